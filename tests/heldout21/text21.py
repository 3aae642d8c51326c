"""Plain-text (06, pasted from a Word form into an e-mail) and Markdown (09) sources of heldout21."""
from __future__ import annotations

TXT_06 = """覃立峰 个人简历
（应聘岗位：中山大学附属第一医院 神经内科 副主任医师/科研型临床医师）

一、基本情况
姓名：覃立峰        性别：男        出生年月：1989年10月
民族：壮族          籍贯：广西柳州   政治面貌：九三学社社员
学历学位：研究生/医学博士（八年制）
现任职称：主治医师（2021年取得），2024年取得副主任医师任职资格
手机：138-5550-0517        邮箱：qinlifeng@gzsums.example.cn
执业证书编号：1104400xxxxxxxx（不作为联系方式）

二、教育经历
2008年9月—2016年6月  中山大学中山医学院  临床医学（八年制）  医学博士
                     导师：欧阳慧明 教授（神经病学）
2014年3月—2015年2月  美国 Mayo Clinic 神经内科  联合培养博士研究生（国家留学基金委公派）

三、工作经历
2016年7月—2021年6月  中山大学附属第一医院  神经内科  住院医师（含住院医师规范化培训）
2021年7月—至今      中山大学附属第一医院  神经内科  主治医师
2022年9月—2023年8月  Karolinska Institutet  Department of Clinical Neuroscience  访问学者

四、研究方向
缺血性脑卒中的神经炎症机制；脑小血管病影像标志物；卒中后认知障碍

五、主持及参与科研项目
（1）国家自然科学基金青年科学基金项目，82001xxx，小胶质细胞铁死亡在缺血性卒中后认知障碍中的作用及机制，2021.01—2023.12，24万元，主持，已结题
（2）广东省自然科学基金面上项目，2023A1515xxxxxx，2023.01—2025.12，10万元，主持，在研
（3）国家重点研发计划“常见多发病防治研究”专项课题，2022YFC25xxxxx，2022.12—2026.11，参与（排名第4）

六、发表论文（SCI 9篇，其中第一作者/通讯作者6篇，累计影响因子 48.6；中文核心期刊 5篇）
（1）Qin LF, Huang Y, Ouyang HM*. Microglial ferroptosis drives post-stroke cognitive impairment via the GPX4-ACSL4 axis. Stroke, 2023, 54(8): 2102-2114. （SCI，中科院一区，IF=8.3，第一作者）
（2）Qin LF#, Mo JR#, Wei TT, Ouyang HM*. Perivascular space burden and 3-year recurrence after lacunar stroke. Neurology, 2022, 99(14): e1510-e1519. （SCI，一区，IF=9.9，共同第一作者）
（3）Mo JR, Qin LF*. Serum neurofilament light chain predicts early neurological deterioration in minor stroke. Journal of Neuroinflammation, 2024, 21: 77. （SCI，一区，IF=9.3，通讯作者）
（4）Lan Q, Qin LF, Ouyang HM. Glymphatic function assessed by DTI-ALPS in cerebral small vessel disease. Frontiers in Neurology, 2021, 12: 688201. （SCI，三区，IF=3.4）
（5）覃立峰，莫佳蓉，欧阳慧明*. 缺血性卒中后认知障碍的影像学预测模型[J]. 中华神经科杂志，2022，55（6）：601-608.（中文核心，中华系列）
（6）覃立峰，欧阳慧明. 脑小血管病总负荷评分与卒中后抑郁的相关性研究[J]. 中国卒中杂志，2020，15（3）：245-251.（北大核心）
（7）Qin LF, Wei TT, Ouyang HM*. Ferroptosis inhibitor liproxstatin-1 protects white matter after tMCAO in aged mice. Journal of Cerebral Blood Flow & Metabolism, 2025. （SCI，一区，Accepted，in press）
（8）Qin LF, et al. A nomogram for post-stroke cognitive impairment in Southern China. 已投稿 European Journal of Neurology（在审）.

七、获奖情况
（1）2024年 广东省科学技术进步奖二等奖（排名第5）
（2）2022年 中山大学附属第一医院“优秀青年医师”
（3）2016年 中山大学优秀毕业研究生

八、学术兼职
中国卒中学会青年理事会理事；广东省医学会神经病学分会青年委员；《中国卒中杂志》青年编委

九、教学与带教
承担中山大学临床医学专业《神经病学》理论课（每年 16 学时）；协助指导硕士研究生 2 名

（此简历由本人填写于 2025年11月，附件另附论文首页及证书扫描件）
"""

MD_09 = """# 宁思远 · 个人简历

> 清华大学 计算机科学与技术系 博士研究生（2026年6月毕业）｜ 求职方向：博士后 / 助理研究员（人工智能）

- 📱 (+86) 150-5550-0382
- 📧 [ningsiyuan@mails.tsinghua.example.edu.cn](mailto:ningsiyuan@mails.tsinghua.example.edu.cn)
- 🏠 主页：<https://siyuan-ning.example.github.io>　｜　GitHub：[@siyuan-ning-example](https://github.com/siyuan-ning-example)
- 🎓 Google Scholar：[Siyuan Ning](https://scholar.example.com/citations?user=NsY0382)

## 🔬 研究兴趣

多模态大模型的对齐与幻觉抑制；高效参数微调；视觉-语言推理

## 🎓 教育背景

| 时间 | 学校 / 院系 | 学位 | 备注 |
|---|---|---|---|
| 2021.09 – 2026.06（预计） | 清华大学 计算机科学与技术系 | 工学博士 | 导师：诸葛亦辰 副教授 |
| 2024.02 – 2024.08 | 新加坡国立大学 School of Computing | 访问博士生 | 合作导师：Prof. M. Kwan |
| 2017.09 – 2021.06 | 南京大学 人工智能学院 | 工学学士 | GPA 4.52/5.0，专业排名 1/86，匡亚明学院 |

## 💼 实习经历

### 字节跳动 Seed 团队 ｜ 研究型实习生 ｜ 2023/06 – 2023/12
- 参与多模态对话模型 RLHF 数据管线与奖励模型训练，论文 [C2] 即该实习成果。

### 商汤科技 研究院 ｜ 算法实习生 ｜ 2020/07 – 2020/09
- 开放词表目标检测的数据清洗与评测。

## 📄 论文发表

> 注：`*` 共同第一作者，`†` 通讯作者；CCF-A 会议/期刊论文 4 篇（其中一作 3 篇）。本校规定“导师一作、学生二作”视同学生一作，下文如实标注作者顺序。

**会议论文**

- **[C1]** **Siyuan Ning**, Haoyu Lin, Yichen Zhuge†. *Seeing Is Not Believing: Contrastive Decoding Against Visual Hallucination in Multimodal LLMs.* **CVPR 2025** (Highlight) 【CCF-A】
- **[C2]** Haoyu Lin\\*, **Siyuan Ning**\\*, Qian Lu, Yichen Zhuge†. *Fine-grained Reward Models for Vision-Language Dialogue.* **NeurIPS 2024** 【CCF-A】
- **[C3]** Yichen Zhuge, **Siyuan Ning**. *LoRA-Drop: Pruning Adapter Ranks During Fine-tuning.* **AAAI 2024** 【CCF-A，导师一作、本人二作】
- **[C4]** **Siyuan Ning**, Yichen Zhuge†. *Grounded Chain-of-Thought for Visual Question Answering.* **EMNLP 2023 Findings** 【CCF-B】

**期刊论文**

- **[J1]** **Siyuan Ning**, Jie Fang, Yichen Zhuge†. *Measuring and Mitigating Object Hallucination at Scale.* **IEEE TPAMI**, 2025. 【CCF-A，SCI 一区，IF=18.6，Accepted】

**预印本 / 在审**

- **[P1]** **Siyuan Ning**, Yichen Zhuge. *Self-Rewarding Alignment for Video-Language Models.* arXiv:2507.04521, 2025. 【在审 ICLR 2026】
- **[P2]** Qian Lu, **Siyuan Ning**, Yichen Zhuge†. *Token Merging for Long-Video LLMs.* Under review at ICML 2026.

## 🧪 科研项目

- 国家自然科学基金面上项目“多模态大模型的可信推理方法研究”（62476xxx），2025–2028，**参与**（核心成员）
- 清华大学—字节跳动联合研究项目，2023–2024，参与

## 🏆 荣誉奖励

- 2024　博士研究生国家奖学金
- 2023　清华大学“蒋南翔”奖学金
- 2021　江苏省优秀本科毕业论文（一等奖）
- 2019　ACM-ICPC 亚洲区域赛（南京站）金牌

## 🛠️ 技能

PyTorch、DeepSpeed、Megatron-LM；CUDA 基础；英语 CET-6 621，TOEFL 108
"""
