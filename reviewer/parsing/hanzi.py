"""Traditional Chinese spellings of the parser's Simplified Chinese vocabulary.

CVs from Taiwan and Hong Kong print 學歷, 經歷, 國立臺灣大學, 工程師 where the word lists
say 学历, 经历, 大学, 工程师. The lists stay written once, in Simplified characters;
`both_scripts` adds each word's Traditional spelling, and `both_scripts_pattern` lets a
regex's Chinese literals match either script, so a profile keeps the characters the
document printed. The table covers the characters of the vocabulary (headings, degrees,
posts, institutions, form labels), not the language: a one-to-one character table, as the
words here have no Simplified character with two Traditional readings that matter (the
ambiguous ones, 里 台 干 范, are left out).
"""
from __future__ import annotations

from collections.abc import Iterable

_PAIRS = (
    "与與 专專 业業 东東 个個 为為 习習 书書 买買 亚亞 产產 亲親 仅僅 从從 价價 众眾 优優 会會 传傳 体體 "
    "佣傭 侨僑 债債 储儲 儿兒 关關 兴興 养養 内內 册冊 写寫 军軍 农農 况況 净淨 准準 凭憑 击擊 划劃 则則 刘劉 "
    "创創 删刪 剧劇 办辦 务務 动動 励勵 劳勞 势勢 区區 医醫 华華 协協 单單 卖賣 卫衛 厂廠 历歷 压壓 县縣 "
    "参參 双雙 发發 变變 叙敘 号號 叶葉 员員 响響 团團 园園 围圍 图圖 国國 圣聖 场場 坏壞 块塊 坚堅 报報 "
    "声聲 处處 备備 复復 头頭 夹夾 奋奮 奖獎 妇婦 娱娛 孙孫 学學 宁寧 宝寶 实實 审審 宪憲 对對 导導 寿壽 "
    "将將 尔爾 尘塵 层層 属屬 岁歲 岛島 币幣 师師 带帶 帮幫 广廣 庆慶 库庫 应應 开開 异異 张張 弹彈 "
    "强強 归歸 当當 录錄 彻徹 径徑 忆憶 态態 总總 恋戀 恶惡 惯慣 愿願 战戰 户戶 执執 扩擴 扫掃 扬揚 护護 "
    "报報 担擔 拟擬 择擇 挥揮 损損 换換 据據 摄攝 数數 断斷 无無 旧舊 时時 显顯 晋晉 术術 机機 杂雜 权權 "
    "条條 来來 杰傑 构構 析析 标標 样樣 树樹 桥橋 检檢 楼樓 欢歡 毕畢 气氣 汇匯 汉漢 沟溝 没沒 测測 济濟 "
    "浏瀏 涉涉 润潤 涨漲 温溫 湾灣 滨濱 灵靈 炼煉 点點 热熱 爱愛 状狀 独獨 环環 现現 电電 画畫 畅暢 疗療 "
    "监監 盘盤 硕碩 码碼 础礎 确確 礼禮 离離 种種 积積 称稱 稳穩 竞競 笔筆 简簡 类類 紧緊 纪紀 约約 级級 "
    "纲綱 纳納 纸紙 线線 练練 组組 细細 终終 经經 结結 绍紹 绘繪 给給 络絡 统統 继繼 绩績 维維 综綜 编編 "
    "缘緣 网網 罗羅 职職 联聯 聘聘 肃肅 胜勝 脑腦 腾騰 舰艦 艺藝 节節 荐薦 荣榮 药藥 获獲 营營 萨薩 "
    "虑慮 补補 表表 观觀 规規 视視 览覽 觉覺 计計 订訂 认認 讨討 让讓 训訓 议議 讯訊 记記 讲講 论論 设設 "
    "访訪 证證 评評 识識 译譯 试試 诗詩 询詢 该該 语語 说說 读讀 课課 调調 谈談 谢謝 谱譜 负負 贡貢 财財 "
    "责責 质質 购購 贸貿 资資 赛賽 赵趙 趋趨 践踐 转轉 软軟 轻輕 载載 较較 辅輔 辑輯 输輸 辩辯 边邊 达達 "
    "过過 运運 还還 这這 进進 远遠 连連 迟遲 适適 选選 递遞 逻邏 邮郵 邻鄰 采採 释釋 钢鋼 钱錢 铁鐵 银銀 "
    "销銷 锋鋒 锻鍛 镇鎮 长長 门門 问問 闻聞 间間 阅閱 队隊 阳陽 阶階 际際 陆陸 陈陳 随隨 隐隱 难難 雾霧 "
    "项項 顺順 须須 顾顧 领領 频頻 题題 额額 风風 飞飛 馆館 驱驅 验驗 鱼魚 鸟鳥 鲁魯 齐齊 龙龍 后後 "
    "厦廈 启啟 团團 圆圓 录錄 誉譽 纪紀 艺藝 韩韓 试試 "
    "别別 龄齡 贯貫 "
    # family names
    "张張 刘劉 杨楊 黄黃 郑鄭 谢謝 许許 冯馮 邓鄧 萧蕭 苏蘇 吕呂 卢盧 钟鍾 谭譚 阎閻 贾賈 龚龔 严嚴 汤湯 庞龐 颜顏 庄莊 聂聶 兰蘭 涂塗 骆駱 蓝藍 饶饒 缪繆 简簡 车車 娄婁 窦竇 党黨 费費 闵閔 邬鄔 乐樂 邹鄒 韦韋 贺賀 凤鳳 杨楊 邝鄺 闫閆 宁寧"
)
_TRADITIONAL: dict[int, str] = {ord(pair[0]): pair[1] for pair in _PAIRS.split() if pair[0] != pair[1]}


def traditional(text: str) -> str:
    """text with each Simplified character of the table in its Traditional form."""
    return text.translate(_TRADITIONAL)


def both_scripts(words: Iterable[str]) -> tuple[str, ...]:
    """Each word, then its Traditional spelling where that differs ("大学" -> "大学", "大學")."""
    out: list[str] = []
    for word in words:
        out.append(word)
        other = traditional(word)
        if other != word and other not in out:
            out.append(other)
    return tuple(out)


def both_scripts_pattern(pattern: str) -> str:
    """A regex whose Chinese literals also match their Traditional forms: outside a character
    class "学" becomes "[学學]", inside one the Traditional form is added ("[市区]" ->
    "[市区區]"). Escapes are copied as they are."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        other = traditional(ch)
        if other == ch:
            out.append(ch)
        else:
            out.append(ch + other if in_class else f"[{ch}{other}]")
        i += 1
    return "".join(out)
