"""Chinese family names in Latin letters: which romanised family name a CJK name has.

A CV headed "邓思远" lists its English papers under "Siyuan Deng". Counting
authors cannot tell the owner from a co-author printed as often; the family
name can. The table holds the common family names (they cover most people)
in pinyin and in the older or regional spellings papers also use
(Wade-Giles, Cantonese: 陈 Chen / Chan, 张 Zhang / Chang / Cheung).
"""
from __future__ import annotations

_COMPOUND = {
    "欧阳": "ouyang", "司马": "sima", "诸葛": "zhuge", "上官": "shangguan", "东方": "dongfang",
    "皇甫": "huangfu", "尉迟": "yuchi", "公孙": "gongsun", "慕容": "murong", "令狐": "linghu",
    "夏侯": "xiahou", "长孙": "zhangsun", "宇文": "yuwen", "司徒": "situ", "端木": "duanmu",
}

_SINGLE = {
    "王": "wang wong", "李": "li lee", "张": "zhang chang cheung", "刘": "liu lau", "陈": "chen chan",
    "杨": "yang yeung", "黄": "huang wong", "赵": "zhao chao chiu", "吴": "wu ng", "周": "zhou chou chow",
    "徐": "xu hsu tsui", "孙": "sun suen", "马": "ma", "朱": "zhu chu", "胡": "hu", "郭": "guo kuo kwok",
    "何": "he ho", "高": "gao kao", "林": "lin lam", "罗": "luo lo law", "郑": "zheng cheng", "梁": "liang leung",
    "谢": "xie hsieh tse", "宋": "song sung", "唐": "tang tong", "许": "xu hsu hui", "韩": "han hon",
    "冯": "feng fung", "邓": "deng teng tang", "曹": "cao tsao", "彭": "peng pang", "曾": "zeng tseng tsang",
    "肖": "xiao hsiao", "萧": "xiao hsiao siu", "田": "tian tien", "董": "dong tung", "袁": "yuan yuen",
    "潘": "pan poon", "于": "yu", "蒋": "jiang chiang", "蔡": "cai tsai choi", "余": "yu yue", "杜": "du tu",
    "叶": "ye yeh yip", "程": "cheng ching", "苏": "su so", "魏": "wei ngai", "吕": "lv lu lyu lui",
    "丁": "ding ting", "任": "ren jen yam", "沈": "shen shum", "姚": "yao yiu", "卢": "lu lo", "姜": "jiang chiang",
    "崔": "cui tsui", "钟": "zhong chung", "谭": "tan tam", "陆": "lu luk", "汪": "wang", "范": "fan",
    "金": "jin kam", "石": "shi shih", "廖": "liao liu", "贾": "jia chia", "夏": "xia hsia ha", "韦": "wei",
    "付": "fu", "傅": "fu", "方": "fang fong", "白": "bai pai", "邹": "zou tsou chau", "孟": "meng",
    "熊": "xiong hsiung hung", "秦": "qin chin", "邱": "qiu chiu yau", "江": "jiang chiang kong",
    "尹": "yin wan", "薛": "xue hsueh sit", "闫": "yan", "阎": "yan yen", "段": "duan tuan", "雷": "lei lui",
    "侯": "hou", "龙": "long lung", "史": "shi shih", "陶": "tao to", "黎": "li lai", "贺": "he ho",
    "顾": "gu ku koo", "毛": "mao", "郝": "hao", "龚": "gong kung", "邵": "shao shiu", "万": "wan",
    "钱": "qian chien chin", "严": "yan yen yim", "覃": "qin tan", "武": "wu", "戴": "dai tai", "莫": "mo mok",
    "孔": "kong kung hung", "向": "xiang", "汤": "tang tong", "常": "chang", "温": "wen wan", "康": "kang hong",
    "施": "shi shih sze", "文": "wen man", "牛": "niu", "樊": "fan", "葛": "ge ko", "邢": "xing hsing",
    "安": "an", "齐": "qi chi", "易": "yi", "乔": "qiao chiao", "伍": "wu ng", "庞": "pang pong", "颜": "yan yen ngan",
    "倪": "ni", "庄": "zhuang chuang chong", "聂": "nie", "章": "zhang chang cheung", "鲁": "lu", "岳": "yue",
    "翟": "zhai", "殷": "yin yan", "詹": "zhan chan", "申": "shen", "欧": "ou au", "耿": "geng", "关": "guan kwan",
    "兰": "lan", "焦": "jiao", "俞": "yu", "左": "zuo", "柳": "liu", "甘": "gan kam", "祝": "zhu chu",
    "包": "bao pao", "宁": "ning", "尚": "shang", "符": "fu", "舒": "shu", "阮": "ruan yuen", "柯": "ke ko",
    "纪": "ji", "梅": "mei mui", "童": "tong", "凌": "ling", "毕": "bi", "单": "shan", "季": "ji", "裴": "pei",
    "霍": "huo fok", "涂": "tu", "成": "cheng", "苗": "miao", "谷": "gu", "盛": "sheng", "曲": "qu", "翁": "weng yung",
    "冉": "ran", "骆": "luo lok", "蓝": "lan", "路": "lu", "游": "you yu", "辛": "xin", "靳": "jin", "管": "guan",
    "柴": "chai", "蒙": "meng", "鲍": "bao", "华": "hua wah", "喻": "yu", "祁": "qi", "蒲": "pu", "房": "fang",
    "滕": "teng", "屈": "qu", "饶": "rao", "解": "xie", "牟": "mou", "艾": "ai", "尤": "you", "阳": "yang",
    "时": "shi", "穆": "mu", "农": "nong", "司": "si", "卓": "zhuo cheuk", "古": "gu ku", "吉": "ji", "缪": "miao",
    "简": "jian kan", "车": "che", "项": "xiang", "连": "lian", "芦": "lu", "麦": "mai mak", "褚": "chu",
    "娄": "lou", "窦": "dou", "戚": "qi", "岑": "cen sham", "景": "jing", "党": "dang", "宫": "gong", "费": "fei",
    "卜": "bu", "冷": "leng", "晏": "yan", "席": "xi", "卫": "wei", "米": "mi", "柏": "bai", "宗": "zong",
    "瞿": "qu", "桂": "gui", "全": "quan", "佟": "tong", "应": "ying", "臧": "zang", "闵": "min", "苟": "gou",
    "邬": "wu", "边": "bian", "卞": "bian", "姬": "ji", "师": "shi", "和": "he", "仇": "qiu", "栾": "luan",
    "隋": "sui", "商": "shang", "刁": "diao", "沙": "sha", "荣": "rong wing", "巫": "wu", "寇": "kou",
    "桑": "sang", "郎": "lang", "甄": "zhen", "丛": "cong", "仲": "zhong", "虞": "yu", "敖": "ao", "巩": "gong",
    "明": "ming", "佘": "she", "池": "chi", "查": "zha", "麻": "ma", "苑": "yuan", "迟": "chi", "邝": "kuang kwong",
}


def family_romanisations(cjk_name: str) -> set[str]:
    """Latin spellings of the family name of a Chinese name ("邓思远" -> {"deng", "teng", "tang"});
    empty when the family name is not a common one."""
    name = cjk_name.strip()
    if len(name) >= 3 and name[:2] in _COMPOUND:
        return {_COMPOUND[name[:2]]}
    if len(name) >= 2 and name[0] in _SINGLE:
        return set(_SINGLE[name[0]].split())
    return set()
