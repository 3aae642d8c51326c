"""05: a Chinese Markdown résumé (emoji headings, raw HTML tables), written as text."""
from __future__ import annotations

from kit16 import FILES, label

MD_05 = """<h1 align="center">岑一帆 · 前端开发工程师</h1>

<p align="center">
  📱 199-5550-0152 &nbsp;|&nbsp; 📧 <a href="mailto:cenyifan@example.com">cenyifan@example.com</a> &nbsp;|&nbsp;
  🐙 <a href="https://github.com/cyf-fe-example">github.com/cyf-fe-example</a> &nbsp;|&nbsp; 📝 博客：<a href="https://cyf.example.dev">cyf.example.dev</a>
</p>

---

## 🙋 基本信息

<table>
  <tr><td><b>性别</b></td><td>男</td><td><b>年龄</b></td><td>28</td></tr>
  <tr><td><b>工作年限</b></td><td>5 年</td><td><b>现居</b></td><td>深圳</td></tr>
  <tr><td><b>求职意向</b></td><td colspan="3">资深前端工程师 / 前端技术专家（可视化、低代码方向）</td></tr>
</table>

## 🎓 教育经历

<table>
  <thead><tr><th>时间</th><th>学校</th><th>专业</th><th>学历</th></tr></thead>
  <tbody>
    <tr><td>2015.09 - 2019.06</td><td>华南理工大学</td><td>软件工程</td><td>本科</td></tr>
  </tbody>
</table>

## 💼 工作经历

### 腾讯科技（深圳）有限公司 ｜ 高级前端工程师 ｜ 2021/07 至今

> CSIG · 腾讯云可视化产品中心

- 负责腾讯云图（大屏可视化）编辑器的架构与性能优化，首屏时间从 3.2s 降至 1.1s
- 主导基于 WebGL 的图表渲染引擎改造，支持 10 万级数据点流畅交互
- 带领 3 人小组维护内部组件库，沉淀 60+ 业务组件

### 深圳市虾皮信息科技有限公司（Shopee） ｜ 前端工程师 ｜ 2019/07 - 2021/06

- 参与卖家中心（Seller Center）订单模块开发，Vue 2 → Vue 3 渐进迁移
- 编写 Webpack 插件实现多语言资源按需加载，包体积减少 28%

## 🚀 项目经历

| 项目 | 角色 | 时间 | 技术栈 |
|---|---|---|---|
| 云图编辑器 3.0 | 前端负责人 | 2022.03 - 2023.02 | React, TypeScript, WebGL |
| 低代码表单平台 | 核心开发 | 2020.05 - 2020.12 | Vue 3, Vite, JSON Schema |
| `vue-i18n-lazy`（开源） | 作者 | 2020.01 - 至今 | Webpack, Rollup |

## 🛠️ 专业技能

- **语言**：TypeScript / JavaScript（ES2022）、HTML5、CSS3、少量 Go
- **框架**：React、Vue 2/3、Next.js；状态管理 Zustand、Pinia
- **可视化**：WebGL、Canvas、ECharts、D3.js
- **工程化**：Webpack、Vite、Rollup、pnpm monorepo、Jest / Playwright

## 🏆 荣誉奖项

- 🥇 2022 年 腾讯 CSIG 年度技术突破奖
- 🥈 2018 年 中国大学生计算机设计大赛 全国二等奖

## 📚 技术分享

- 《WebGL 大屏渲染性能优化实践》—— 2023 深圳 FEDay 技术大会（演讲）
- 个人博客累计发表技术文章 40 余篇

---

<p align="center"><sub>✨ 感谢您的阅读，期待与您共事！✨</sub></p>
"""


def cv05() -> dict:
    f = "05_zh_frontend_engineer_markdown_emoji_html_tables.md"
    (FILES / f).write_text(MD_05, encoding="utf-8")
    return label(
        f, "岑一帆", name_any=["Cen Yifan", "Yifan Cen"],
        emails=["cenyifan@example.com"], phones=["+8619955500152"],
        links=["github.com/cyf-fe-example", "cyf.example.dev"],
        education=[{"institution": "华南理工大学", "degree_level": "bachelor", "start": "2015-09", "end": "2019-06"}],
        experience=[
            {"organization": "腾讯科技（深圳）有限公司", "title": "高级前端工程师", "start": "2021-07", "end": "present"},
            {"organization": "深圳市虾皮信息科技有限公司（Shopee）", "title": "前端工程师", "start": "2019-07", "end": "2021-06"},
        ],
        publications_count=0, first_author_count=0, publications_sample=[],
        research_interests_any=[], awards_count=2,
        language="zh",
        layout="GitHub-flavoured Markdown résumé: centred raw-HTML h1 and contact line, emoji headings (## 🎓 教育经历), HTML <table> for 基本信息 and education, a pipe table for projects",
        notes="The name is in a raw HTML <h1> with the role after a middle dot ('岑一帆 · 前端开发工程师'); contact line with emoji (📱 📧 🐙 📝) and <a> tags; '&nbsp;|&nbsp;' separators. "
              "Education only as an HTML table (时间 | 学校 | 专业 | 学历) with '2015.09 - 2019.06' and '本科'. Jobs as '### Company ｜ Role ｜ 2021/07 至今' headings (full-width bars, 'YYYY/MM 至今' = present) with the department in a blockquote. "
              "项目经历 is a pipe table of projects (not jobs), one '2020.01 - 至今'. A conference talk and blog posts under 技术分享 are not publications. Awards: 2 bullet lines with medal emoji.",
    )


TXT_12 = """樊静姝 个人简历
================================

性    别：女                出生年月：1986年11月
职    称：副研究员          所在单位：中国社会科学院近代史研究所
电子邮箱：fanjingshu@cass.example.cn
联系电话：010-5555 0123（办）   199 5550 0197（手机）
研究方向：中国近代社会经济史；近代城市史；海关史料整理与研究

一、教育背景
  2009年9月—2014年7月    北京大学历史学系  中国近现代史专业  历史学博士
                          （导师：邵仲闻 教授）
  2012年9月—2013年8月    日本东京大学东洋文化研究所  访问研究生
                          （国家留学基金委资助）
  2005年9月—2009年7月    南开大学历史学院  历史学专业  历史学学士

二、工作经历
  2020年12月至今          中国社会科学院近代史研究所  副研究员
  2016年8月—2020年11月   中国社会科学院近代史研究所  助理研究员
  2018年3月—2018年9月    哈佛燕京学社（Harvard-Yenching Institute）  访问学者
  2014年7月—2016年7月    复旦大学历史学系  博士后（合作导师：钱以衡 教授）

三、主要学术成果
（一）专著
  1. 樊静姝：《口岸与腹地：近代天津商会与华北市场（1903—1937）》，北京：社会科学文献出版社，2021年。

（二）期刊论文
  1. 樊静姝：《海关贸易报告中的华北棉纱流通（1895—1931）》，《近代史研究》2023年第2期。（CSSCI）
  2. 樊静姝、陶砚秋：《民国时期华北集市的时空分布——以定县为中心》，《中国经济史研究》2022年第4期。（CSSCI）
  3. 樊静姝：《商会档案所见天津钱业风潮》，《历史研究》2019年第5期。（CSSCI）
  4. Fan Jingshu, "Customs Statistics and the Making of a North China Market, 1895-1931,"
     Modern Asian Studies, Vol. 58, No. 3 (2024): 731-764.
  5. 陶砚秋、樊静姝：《近代城市社会史研究的新取向》，《史学理论研究》，即刊。

（三）论文集析出文章
  1. 樊静姝：《租界与商会：天津的双重秩序》，载任可钧主编《近代中国的城市与社会》，
     上海：上海人民出版社，2020年，第113—142页。

四、主持科研项目
  1. 国家社会科学基金青年项目“近代华北海关统计与区域市场整合研究”（19CZS0xx），2019—2023，已结项（良好）
  2. 中国社会科学院青年科研启动项目，2017—2018

五、获奖情况
  2022年  中国社会科学院优秀科研成果奖三等奖（专著类）
  2015年  北京大学优秀博士学位论文

六、学术兼职
  中国经济史学会会员；《近代史研究》匿名审稿人
"""


def cv12() -> dict:
    f = "12_zh_modern_history_assoc_researcher_gb18030_crlf.txt"
    (FILES / f).write_bytes(TXT_12.replace("\n", "\r\n").encode("gb18030"))
    return label(
        f, "樊静姝", name_any=["Fan Jingshu", "Jingshu Fan"],
        emails=["fanjingshu@cass.example.cn"], phones=["+861055550123", "+8619955500197"], links=[],
        education=[
            {"institution": "北京大学", "degree_level": "phd", "start": "2009-09", "end": "2014-07"},
            {"institution": "东京大学", "degree_level": "other", "start": "2012-09", "end": "2013-08"},
            {"institution": "南开大学", "degree_level": "bachelor", "start": "2005-09", "end": "2009-07"},
        ],
        experience=[
            {"organization": "中国社会科学院近代史研究所", "title": "副研究员", "start": "2020-12", "end": "present"},
            {"organization": "中国社会科学院近代史研究所", "title": "助理研究员", "start": "2016-08", "end": "2020-11"},
            {"organization": "哈佛燕京学社（Harvard-Yenching Institute）", "title": "访问学者", "start": "2018-03", "end": "2018-09"},
            {"organization": "复旦大学历史学系", "title": "博士后", "start": "2014-07", "end": "2016-07"},
        ],
        publications_count=7, first_author_count=6,
        publications_sample=[
            {"title": "口岸与腹地：近代天津商会与华北市场（1903—1937）", "venue": "社会科学文献出版社", "year": 2021,
             "first_author": True, "status": "published"},
            {"title": "海关贸易报告中的华北棉纱流通（1895—1931）", "venue": "近代史研究", "year": 2023, "first_author": True, "status": "published"},
            {"title": "Customs Statistics and the Making of a North China Market, 1895-1931", "venue": "Modern Asian Studies",
             "year": 2024, "first_author": True, "status": "published"},
            {"title": "近代城市社会史研究的新取向", "venue": "史学理论研究", "year": None, "first_author": False, "status": "in press"},
            {"title": "租界与商会：天津的双重秩序", "venue": "近代中国的城市与社会", "year": 2020, "first_author": True, "status": "published"},
        ],
        research_interests_any=["中国近代社会经济史", "近代城市史", "海关史料整理与研究"], awards_count=2,
        language="zh",
        layout="Plain-text 个人简历 saved by a Windows editor: GB18030 (GBK) bytes, CRLF line ends, no BOM; '一、' numbered headings, '=====' title underline, a date column of fixed width with wrapped continuation lines",
        notes="The file is not UTF-8: a reader must decode GB18030/GBK. Dates '2009年9月—2014年7月' (em dash), '2020年12月至今' = present. "
              "Degree lines 'school+department  major  历史学博士' with the supervisor wrapped onto an indented next line. The 东京大学东洋文化研究所 visiting graduate student year (访问研究生, CSC-funded, during the PhD) is education of level other, like a 联合培养 year; "
              "the Harvard-Yenching 访问学者 stay is a job (heldout15 convention). 博士后 at Fudan is a job. "
              "Humanities citation style (not GB/T 7714): '作者：《题名》，《刊名》2023年第2期。' — title and journal both in 《》, year inside the issue string. "
              "7 publications: a monograph (venue = the publisher as printed), 5 articles (one English in Chicago style; '即刊' = forthcoming = in press, no year), one chapter in an edited volume ('载 X 主编《书名》', venue = the book). "
              "First authorship: all sole-authored or candidate-first entries = 6 (article 5 lists 陶砚秋 first). Two phones: office landline 010-5555 0123 (+86 10) and mobile. "
              "Projects (国家社科基金) are grants; 学术兼职 (membership, reviewer) are not awards. Awards: 2.",
    )
