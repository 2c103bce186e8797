"""Names in Chinese and Japanese text, which writes no spaces and no capitals: people by the title,
honorific or speech word next to their name, organisations by the word that ends an official
body's name, countries by the gazetteer's Chinese and Japanese names (pycountry's; it has no city
names in these scripts).

Rules, not a model: what they cannot place (a town's English name, a company named by no such
word) they leave out rather than guess."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from storyweave.clean.scripts import has_cjk
from storyweave.clean.alternation import prefix_tree_pattern
from storyweave.extract.japanese import (
    ENVOY, FOREIGN_TITLE, JA_TITLE, SITE_WORDS, STRUCTURE_SUFFIXES, common_noun, japanese_names, named_by_its_sounds,
)
from storyweave.extract.gazetteer import (
    LANGUAGE_WORDS, ORGANISATIONS, cities_in_characters, city_names, east_asian_cities, east_asian_regions, japanese_city_stems, known_bodies_in_characters, local_places_in_characters,
    places,
)
from storyweave.extract.pinyin import pinyin_name
from storyweave.model import Mention

HAN = "\u3400-\u9fff\uf900-\ufaff々ヶ"  # (ヶ stands inside names written in kanji: "桜ヶ丘", "霧ヶ岳村")

# the shortest name each takes: a title after a two-character word is as often a place's ("大阪市長")
_JA_HONORIFICS = {"さん", "氏"}
# people Japanese politely calls さん by what they are, not by name ("患者さん", "息子さん")
_JA_ROLES_BEFORE_HONORIFIC = {"患者", "息子", "店員", "住民", "職員", "乗客", "生徒", "学生", "家族", "農家", "漁師", "店主", "職人"}
# the titles of those who run or founded a company, before their name and after the company's ("总经理陈志强")
_ZH_COMPANY_HEADS = "總經理 总经理 經理 经理 董事長 董事长 總裁 总裁 執行長 执行长 創辦人 创办人".split()
# Chinese: a title, then the name, then what the person does ("縣長陳美玲在", "官員林志強說")
_ZH_BEFORE_NAME = _ZH_COMPANY_HEADS + (
    "長 长 員 员 主任 主席 總統 总统 總理 总理 官員 官员 議員 议员 教授 醫師 医师 發言人 发言人 "
    "主委 法官 檢察官 检察官 律師 律师 記者 记者 警官 局長 局长 署長 署长 院長 院长 部長 部长 市長 市长 縣長 县长 總監 总监 "
    "選手 选手 教練 教练 董事 代表 召集人 負責人 负责人 主持人 老闆 老板 店長 店长 "
    # athletes by their sport: "本地跑手何嘉欣", "运动员刘洋"
    "跑手 運動員 运动员 球員 球员 騎手 骑手 泳手 車手 车手 "
    "歌手 導演 导演 演員 演员 作家 棋手 主嫌 嫌犯 嫌疑人 被告 被告人 業主 业主 市民 居民 村民 漁民 渔民 農民 农民 船員 船员 司機 司机 民警 交警 警員 警员 "
    "果農 果农 菜農 菜农 茶農 茶农 花農 花农 蕉農 蕉农 棉農 棉农 稻農 稻农 蔗農 蔗农 養殖戶 养殖户 牧民 攤販 摊贩 店主 車主 车主 "
    # the public the news asks: "球迷陳怡君說", "旅客王芳表示"
    "球迷 旅客 遊客 游客 乘客 家長 家长 學生 学生 患者 病人 網友 网友 顧客 顾客 消費者 消费者 "
    # counsel, curators and the family of those the news is about: "大律師黃嘉欣", "策展人徐晓岚", "兒子張家豪"
    "大律師 大律师 策展人 兒子 儿子 女兒 女儿 母親 母亲 父親 父亲 丈夫 妻子 "
    # traders and buyers: "采购商米勒说", "卖家赵婷", "出口商林國華"
    "采购商 採購商 进口商 進口商 出口商 经销商 經銷商 批发商 批發商 客商 买家 買家 卖家 賣家 商人 "
    # business operators and owners: "砂石業者陳國樑", "养殖户李建国"
    "業者 业者 業主 业主 養殖戶 养殖户 "
    # Hong Kong's magistrates and owners: "裁判官陳詠詩", "東主梁國豪"
    "裁判官 東主 东主"
).split()
_ZH_AFTER_NAME = (
    "在 說 说 表示 指出 強調 强调 透露 坦言 呼籲 呼吁 今天 今日 昨天 昨日 也 則 则 向 對 对 於 于 認為 认为 告訴 告诉 稱 称 "
    "說道 说道 宣布 承認 承认 賽後 赛后 會後 会后 受訪 受访 獲得 获得 透過 透过 通過 通过 被 的 和 與 与 提醒 呼籲 呼吁 警告 ： ， 、 。 ／ / ） ) "
    "有 家 種 种 質疑 质疑 批評 批评 補充 补充 回應 回应 坦承 直言 感嘆 感叹 解釋 解释 "
    # what an athlete does: "由本地車手林志豪奪得", "何嘉欣夺冠"
    "奪得 夺得 贏得 赢得 奪冠 夺冠 "
    # when or why: "王建华今年种了…", "孙立新因渐冻症…", "張國峰晚間在…"
    "因 今年 去年 曾 已 將 将 目前 仍 還 还 晚間 晚间 上午 下午 當天 当天 "
    # the day of the week: "马克·埃斯珀周二表示", "陳志明週五說"
    "周一 周二 周三 周四 周五 周六 周日 週一 週二 週三 週四 週五 週六 週日 星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 "
    "本周 本週 上周 上週 周末 週末 "
    # when a court or a ceremony hears them: "法官李志明判刑時表示", "黃嘉欣求情時說"
    "判刑時 判刑时 求情時 求情时 判決時 判决时 宣判時 宣判时 致辭時 致辞时 發言時 发言时 作證時 作证时 庭外 "
    "接受訪問時 接受访问时 受訪時 受访时"
).split()
# the commonest Chinese family names, traditional and simplified: a title is followed by a name
# only if it opens with one
_ZH_SURNAMES = set(
    "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林高羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧田董袁潘蔡蔣蒋"
    "余于杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦傅方白鄒邹孟熊秦邱江尹薛閻阎段雷侯龍龙史陶黎阮"
    "賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤柯翁游施洪簡简詹賴赖莊庄溫温歐欧邢童"
    # and those Hong Kong and Taiwan write often: "麥嘉欣", "岑", "鄺"
    "麥麦岑伍關关鄺邝甘容霍顏颜倪殷卓龐庞喬乔聶聂駱骆尤齊齐艾饒饶巫辜梅凌紀纪包費费車车葛管柴滕練练"
    # and less common ones that are seldom a word of their own after a title ("教授蒙立新"; not 常, 付, 房, 谷: "主任常說")
    "蒙易康苗毕畢蘭兰祝闫焦舒屈鲁魯俞裴褚郁晏姬"
)
# a body's branch in a town: "日本銀行高知支店", "共同通信大阪支社"
_BRANCHES = ("支店", "支社")
# embassies and consulates ("中国驻乌兹别克斯坦大使馆", "在モンゴル日本大使館"; a consulate-general's "総領事館" ends so too),
# whose names open at the places they name (`_embassy_opening`)
_EMBASSIES = ("大使館", "大使馆", "領事館", "领事馆")
# words that end an official body's name, and what such a name is followed by in a report
_ORG_ENDINGS = (
    "庁 省 局 署 部 隊 队 委員会 委员会 委員會 管委会 管委會 公司 銀行 银行 大学 大學 法院 協会 协会 協會 組織 组织 基金會 基金会 議會 议会 "
    "警察 研究所 機構 机构 集團 集团 新聞 新闻 動物園 动物园 連合 联合会 電力 电力 郵便 病院 医院 协会 聯盟 联盟 "
    "處 处 天文台 气象台 氣象台 電台 电台 中心 海关 海關 "
    # Japanese schools, prisons, parties, unions, co-operatives and centres: "大館東小学校", "立憲民主党", "日本将棋連盟"
    "小学校 中学校 高校 高等学校 刑務所 党 連盟 組合 漁協 農協 センター 気象台 保健所 百貨店 財団 学会 会議所 税関 連合会 基金 "
    # councils and courts: "金沢市議会", "大阪地裁", "東京高裁"
    "議会 地裁 高裁 家裁 簡裁 最高裁 地方裁判所 高等裁判所 家庭裁判所 "
    # parties and papers in traditional characters, companies: "國民黨", "星島日報", "大阪IR株式会社"
    "黨 日報 日报 晚報 晚报 早報 早报 時報 时报 株式会社 "
    # federations and chambers, airlines: "全國工業總會", "中国东方航空"
    "總會 总会 工會 工会 商會 商会 公會 公会 聯會 联会 航空 "
    # museums, libraries and academies: "三星堆博物馆", "山东省农业科学院", "金沢21世紀美術館"
    "博物館 博物馆 美術館 美术馆 圖書館 图书馆 図書館 紀念館 纪念馆 科學院 科学院 "
    # a fire and rescue corps and its detachments: "四川省消防救援总队"
    "總隊 总队 支隊 支队 大隊 大队 "
    # research institutes, palace museums, newspapers, company groups, a party's local chapters: "敦煌研究院", "故宫博物院",
    # "秋田魁新報", "自民党千葉市連"
    "研究院 博物院 新報 新报 県連 市連 府連 都連 學會 醫學會 医学会 立法會 立法会 "
    # Japanese professional associations and chambers, bus companies: "富山県薬剤師会", "弁護士会", "屏東客運"
    "師会 士会 商工会 客運 客运 "
    # Japanese firms and hunters' associations named by their trade: "錦江酒造", "中部港運", "三井物産", "北海道猟友会"
    "酒造 港運 物産 商事 製作所 電機 猟友会 "
    # Taiwan's and China's farmers' and fishermen's associations: "新埔鎮農會", "南方澳區漁會"
    "農會 农会 漁會 渔会"
).split() + list(_BRANCHES) + list(_EMBASSIES)
_ORG_FOLLOWERS = (
    "表示 指出 統計 统计 預測 预测 宣布 發布 发布 表明 說 说 稱 称 は が の も と に で 、 ， 。 今天 今日 昨天 昨日 日前 稍早 的 "
    "裁定 決定 决定 要求 證實 证实 確認 确认 批准 通報 通报 公布 公佈 啟動 启动 介绍 介紹 获悉 獲悉 "
    # the title of the one who heads it or speaks for it ("捷運工程局局長蔡明翰", "交通运输局副局长王建国")
    "局長 局长 副 主任 部長 部长 院長 院长 署長 署长 處長 处长 主席 "
    # and its figures: "政府統計處數字顯示", "国家统计局数据显示"; a party's members: "民進黨籍市民代表"
    "數字 数字 數據 数据 資料 资料 籍 官員 官员 次長 次长 廳長 厅长 司長 司长 科長 科长 立委 研究員 研究员 院士 專家 专家 "
    # and when it acts: "三星堆博物馆今年接待…"; with whom: "…考古研究所联合开展", "…共同举办"
    "今年 去年 明年 本月 上月 联合开展 聯合開展 联合发布 聯合發布 共同 "
    # and where a reporter learnt the news: "记者从新疆维吾尔自治区林业和草原局获悉"
    "获悉 獲悉 了解到 瞭解到 得知 "
    # its spokesperson, what it sent or issued, and in the morning or evening: "外交部发言人", "香港天文台今早發出…"
    "發言人 发言人 新闻发言人 新聞發言人 派出 發出 发出 今早 今晨 昨晚 今晚 "
    # its head, members and staff: "香港醫學會會長", "立法會議員", "中央氣象署預報員"
    "會長 会长 議員 议员 預報員 预报员 "
    # where it stands: "渠務署位於觀塘…"
    "位於 位于"
    # a company's managers and founders: "海南丰禾种业有限公司总经理陈志强说"
).split() + _ZH_COMPANY_HEADS + ["创始人"]
# a bureau's, an agency's or a ministry's head written with one character after its name, before the head's name:
# "交通局長王大明", "漁業署長張", "国家发展部长林振华" (the body is 交通局; 長 alone follows too many words to be a follower
# everywhere: 增长, 成长; and not after 處, whose heads' titles Taiwan's county governments write after the government's
# name: "屏東縣政府旅遊處長")
_HEAD_AFTER_A_DEPARTMENT = rf"(?<=[局署部])(?<!理署)[長长](?=[{''.join(sorted(_ZH_SURNAMES))}])"  # (not "助理署長", assistant director)
# and a second body named beside one whose name's last word ends names only: "中華航空與長榮航空表示…" (not "西貢市中心與…")
_ANOTHER_BODY_AFTER = "(?<=航空|公司|大學|大学|銀行|银行|集團|集团|醫院|医院)[與与]"
_NOT_A_NAME_START = set("該该本同此各全其貴贵我")
_PLACES_OPENING_LIKE_WORDS = ("貴州", "贵州", "本溪", "同安")  # ("贵州大学": Guizhou's, not "your" university)
_ZH_TWO_CHARACTER_TITLES = {title for title in _ZH_BEFORE_NAME if len(title) == 2}
_PLACE_ENDINGS = set("都道府県縣市町村区區州省")
_COMPASS_CHARACTERS = set("東东西南北中")  # "東部", "西區": a part of the country, not a body
# (unless the compass character opens the body's word itself: "疾病预防控制中心")
_ENDINGS_OPENING_WITH_A_COMPASS_POINT = tuple(e for e in _ORG_ENDINGS if len(e) == 2 and e[0] in _COMPASS_CHARACTERS)
# a part of an area or a thing, by the word 部 ends as "part": "沿岸部" (the coast), "中心部" (the centre), "最深部" (the deepest
# point), "北東部" (the north-east); no body
_AREA_PARTS = tuple(
    "中心部 最深部 沿岸部 都市部 山間部 中山間部 内陸部 中央部 周辺部 先端部 頂上部 市街部 郊外部 農村部 平野部 海岸部 臨海部 "
    "湾岸部 島しょ部 島嶼部 外縁部 中間部 底部 深部 北東部 北西部 南東部 南西部".split())
_BODY_ENDINGS = set("局部署會会院所司廳厅隊队團团社")


# traditional characters of the gazetteer's (simplified) country and city names, one for one, so a
# traditional text is looked up with its positions unchanged ("中國", "馬來西亞", "德國")
_SIMPLIFIED = str.maketrans(
    "國亞來蘭灣臘羅爾蘇烏麥盧維門島聯衛屬頓剛喬紐韓幾歐嶼瑪薩謝內倫圖開約臺",
    "国亚来兰湾腊罗尔苏乌麦卢维门岛联卫属顿刚乔纽韩几欧屿玛萨谢内伦图开约台",
)
# and for the local towns of Singapore and Malaysia, the characters of the names geonames gives in traditional
# characters only (古晉 is Kuching); kept out of the known places' table, as Japanese writes many of them (東京都)
_LOCAL_SIMPLIFIED = {**_SIMPLIFIED, **str.maketrans("晉詩馬東華陽龍鳳橋關樂寶興廣園豐漢嶺頭溝邊莊場灘岡峽湯",
                                                   "晋诗马东华阳龙凤桥关乐宝兴广园丰汉岭头沟边庄场滩冈峡汤")}


def _alternation(words: list[str]) -> str:
    return prefix_tree_pattern(sorted(set(words), key=len, reverse=True))


# the characters Chinese writes foreign, Tibetan, Mongolian, Uyghur and Dai names with, by their sounds
# ("阿济佐夫", "扎西多吉", "巴特尔", "古丽娜尔", "岩罕"): such a name opens with no family name, and is told
# from a word by being made of these alone
_NAME_SOUNDS = "".join(sorted(set(
    "阿埃艾爱安昂奥巴拜班邦鲍贝比彼毕宾波伯博布查察达戴丹道德登迪蒂丁杜多厄恩尔法范菲费芬弗福富盖甘冈戈格根古圭哈豪赫"
    "亨胡霍基吉加贾杰卡凯坎康考柯科克肯库夸拉莱兰朗劳勒雷里利莉丽琳隆卢鲁伦罗洛马玛迈麦曼梅蒙米密莫姆穆纳娜奈尼妮涅纽"
    "努诺欧帕佩皮珀普齐奇乔琴让热萨塞赛桑瑟森沙莎什施斯松苏索塔泰坦汤唐特提图托瓦旺威韦维温沃乌西希锡谢辛雅亚扬耶伊尤"
    "约扎泽詹兹佐茨济夫金史林滕侯得"
    "次仁卓央措旦增白曲珍顿珠强群培边嘎青益平拥娃才琼宗堆"  # Tibetan
    "买依努合别罕吐逊孜夏岩玉"  # Uyghur and Dai
    "愛鮑貝畢賓達爾費蓋岡賈傑凱庫誇萊蘭勞裡裏麗盧魯倫羅瑪邁麥納紐諾歐齊喬讓熱薩賽蘇湯韋維溫烏錫謝亞揚約紮澤茲頓強邊買別遜內圖濟"
)))
# the last characters of the roles and trades written before a name: "主席", "運動員", "采购商", "发言人", "代表"
_BEFORE_DOTTED_NAMES = "长長员員统統理席官家者手师師客民生友迷工商人表"
# words made of names' sounds that stand where a name would: "牧民多次表示" (many times), "特别强调" (especially)
_WORDS_OF_NAMES_SOUNDS = {"多次", "特别", "特別", "伊斯兰", "伊斯蘭"}
# verbs and adverbs that open with a character of names' sounds, which a name written by its sounds may run into
_VERBS_OPENING_WITH_A_NAMES_SOUND = set("提出 提到 提供 提醒 提交 提议 提議 提高 提起 达成 達成 达到 達到 加入 加强 加強 登上 多次 特别 特別 "
                                        "布置 安排".split())
# Chinese words of grammar ("of", "in", "by", "with", "to", "from"…), after which a name may begin
_ZH_FUNCTION_WORDS = "的在由与與和及向据據对對到从從是被遭将將把为為於于往"
_NAME_DOTS = "·‧"
_NAME_DOT = re.compile(f"[{_NAME_DOTS}]")
_FOREIGN_NAME_DOT = re.compile(f"[{_NAME_DOTS}・]")  # (and Japanese katakana names' "・")
_TWO_NAME_SOUNDS = re.compile(f"[{_NAME_SOUNDS}]{{2}}")
_SOUNDS_RUN = re.compile(f"[{_NAME_SOUNDS}]{{0,6}}")
_ZH_AFTER_A_NAME = re.compile(_alternation(_ZH_AFTER_NAME))
_ZH_TITLE = re.compile(_alternation(_ZH_BEFORE_NAME))
# a foreign name written in Chinese characters, its parts joined by a middle dot ("费伦茨·托特", "采购商马克·杜邦"; Japanese
# writes foreign names in katakana, and its "・" separates the items of a list); Taiwan writes the dot as "‧"
# ("艾琳‧恩吉拉凱"). The name ends where what follows a name begins or, when a verb no list holds follows ("托特出席"),
# where the characters of names' sounds end
_DOTTED_NAME = re.compile(
    rf"(?:^|(?<=[^{HAN}])|(?<=[{_BEFORE_DOTTED_NAMES}{_ZH_FUNCTION_WORDS}了]))[{HAN}]{{1,4}}[{_NAME_DOTS}]"
    rf"(?:[{HAN}]{{1,5}}?(?={_ZH_AFTER_A_NAME.pattern}|[^{HAN}]|$)|[{_NAME_SOUNDS}]{{1,6}})"
)
# the two-character words for people by what they are or do, of those before a name (游客, 旅客, 市民): no one's name
_ZH_PEOPLE_BY_WHAT_THEY_ARE = frozenset(word for word in _ZH_BEFORE_NAME if len(word) == 2)
# what a person who speaks does right after the name: says, states, points out, stresses, reveals, tells a reporter
_ZH_SPEECH_VERBS = ("說 说 表示 指出 強調 强调 透露 坦言 告訴 告诉 對記者 对记者 向記者 向记者").split()
# a name right before the speech verb that introduces a quote ("漁民陳金水說：「…」"): whatever title
# stands before it, the name opens with a family name
# (a time word may stand between: "李思遠今天表示", and then it is no part of the name, as in "主辦方今天表示")
_ZH_NAME_SPEAKING = re.compile(rf"([{HAN}]{{2,3}})(?=(?:今天|今日|昨天|昨日|日前|稍早)?(?:說|说|表示|提醒|強調|强调|指出)[：:，,])")
# a title of two characters or more, a name and the speech verb: the name of someone the news asks, Chinese or not
# ("采购商颂猜表示，", "日本旅客佐藤美紀表示，")
_ZH_TITLE_NAME_SPEAKING = re.compile(
    rf"(?:{_alternation([title for title in _ZH_BEFORE_NAME if len(title) > 1])})([{HAN}]{{2,4}}?)(?=(?:說|说|表示)[：:，,])")
# the parties to an event or a deal, which a body's name may follow: the organiser, the contractor, the operator,
# the developer, the supplier
_PARTIES_TO_AN_EVENT = ("主办方", "主辦方", "承办方", "承辦方", "运营方", "運營方", "營運方", "营运方", "投资方", "投資方",
                        "运营商", "運營商", "营运商", "營運商", "开发商", "開發商", "承包商", "供应商", "供應商")
# the last characters of the nouns for what someone does, which no given name ends with: "工程師", "技術員", "研究员"
_OCCUPATION_ENDINGS = set("師师員员")
_NOT_ENDING_A_SPEAKERS_NAME = set("則则也上中後后時时還还亦再")
# a name right after a closing quote mark, then the speech verb, maybe with when ("「…」梁子軒賽後說。")
_ZH_NAME_AFTER_QUOTE = re.compile(
    rf"(?:(?<=[」』”])|(?<=[」』”][，,]))([{HAN}]{{2,3}}?)(?=(?:賽後|赛后|會後|会后|隨後|随后|最後|最后|也|則|则|還|还)?(?:說|说|表示|指出|強調|强调)[。，,：:])")
_JA_TITLES = JA_TITLE.pattern
# the department a title heads may stand between the name and the title ("鈴木健太郎広報部長", "石井浩交通企画課長"),
# and the shortest name before them is taken
_JA_DEPARTMENTS = ("広報 営業 総務 人事 経理 企画 技術 開発 製造 品質 安全 防災 危機管理 観光 商工 福祉 保健 健康 教育 環境 建設 "
                   "土木 交通 消防 運航 整備 生産 販売 海外 国際 研究 事業 財務 法務 経営企画 業務 運輸 施設 水道 農林 水産 "
                   "政策 計画 振興 対策 推進 管理 調整 支援 指導 文化 都市 道路 河川 港湾 農政 畜産 医療 衛生 税務 市民 地域 "
                   "生活 労働 雇用 産業 経済 情報 広聴 総合 監査 危機 防犯 警備 保安 "
                   # a survey department's head, a ball club's representative: "佐野義之調査部長", "山口健一球団代表"
                   "調査 球団 編成 運営 審査 統計 渉外 物流 設計 購買").split()
_JA_PERSON = re.compile(rf"(?<![{HAN}])([{HAN}]{{2,5}}?)(?=(?:{_alternation(_JA_DEPARTMENTS)}){{0,3}}(?:{_JA_TITLES}))")
_HIRAGANA = "\u3041-\u3096"
# hiragana that are grammar, not part of a word a name holds
_JA_PARTICLE_CHARACTERS = "のはがをにでともへや"
_JA_PARTICLES = set(_JA_PARTICLE_CHARACTERS)
# a family name in kanji and a given name in hiragana, then an honorific or a title ("金城さくら氏"); no
# particle (nor verb ending) stands in a given name ("県のみなさん" is everyone in the prefecture)
_JA_KANA_GIVEN_NAME = re.compile(
    rf"(?<![{HAN}])([{HAN}]{{1,3}}(?:(?![{_JA_PARTICLE_CHARACTERS}てた])[{_HIRAGANA}]){{2,4}})(?=さん|氏|{_JA_TITLES})"
    # or in katakana, as many women born before the war were named ("小野塚ハツさん"); before an honorific only, for a
    # company's name in kanji and katakana comes before its president's title ("東京ガス社長")
    rf"|(?<![{HAN}])([{HAN}]{{2,3}}[ァ-ヺ][ァ-ヺー]{{1,2}})(?=さん|氏)")
# the first character of a title that heads a section, a department, a bureau or an office ("課長", "部長", "局長")
_JA_OFFICE_HEADS = set("課部局室係所")
# a family name of one character before the honorific ("林さん", "森氏"): a person only when the article names
# them in full, as a longer family name before a title is
_JA_ONE_CHARACTER_FAMILY_NAME = re.compile(rf"(?<![{HAN}{_HIRAGANA}ァ-ヺー])([{HAN}])(?=さん|氏)")
# a foreign name in katakana, its parts joined by "・", then an honorific or a title ("ジェームズ・ハートさん");
# its last part alone ("ハートさん") is that person only when the article names them in full
_KANA = "ァ-ヺー"
_JA_FOREIGN_PERSON = re.compile(
    rf"(?<![{_KANA}・])([{_KANA}]{{2,}}(?:・[{_KANA}]{{2,}}){{1,2}}|[{_KANA}]{{2,}})(?=(?:前|元|次期)?(?:{_JA_TITLES}|{FOREIGN_TITLE.pattern}))")
# a person's age after the honorific: "バトバヤルさん（52）" is a person, whether or not named in full
_JA_AGE_AFTER_HONORIFIC = re.compile(r"(?:さん|氏)[（(][0-9０-９]{1,3}[）)]")
# a name in kanji, then the age in brackets, after "の", a mark or the sentence's start: "主将の森田拓海（29）"
_JA_NAME_BEFORE_AGE = re.compile(rf"(?:^|(?<=[の、。」　 ]))([{HAN}]{{3,5}})(?=[（(][0-9０-９]{{1,3}}[）)])")
# the last characters of the nouns for what someone is, which a name before an age is not: "容疑者（45）", "会社員（30）"
_NOT_ENDING_A_NAME_BEFORE_AGE = _OCCUPATION_ENDINGS | set("者生長长手家官士人")
# Chinese news writes a person's age in brackets after their name too: "旅行社東主梁國豪（54）", "司机李建军（45岁）"
_ZH_NAME_BEFORE_AGE = re.compile(rf"([{HAN}]{{3}})(?=[（(][0-9０-９]{{1,3}}(?:歲|岁)?[）)])")
# titles only people hold: a katakana word before them, after "の", is a name ("国立大学のエンフバヤル教授"), not a
# word of a body's ("の" + "センター長" may be any centre's head)
_JA_TITLES_OF_PEOPLE_ONLY = re.compile("(?:准教授|教授|大使|総領事)(?!館)")
# an envoy by family name ("佐々木大使"; the dictionary finds "佐々木隆大使" in full, where a title may follow)
_JA_ENVOY = re.compile(rf"(?<![{HAN}])([{HAN}]{{2,3}})(?={ENVOY.pattern})")
# a title of two characters or more (not 長 alone: "长江江豚"), then a full name of three characters, whatever follows it
_ZH_TITLE_THEN_NAME = re.compile(rf"(?:{_alternation([title for title in _ZH_BEFORE_NAME if len(title) > 1])})([{HAN}]{{3}})")
# a name written by its sounds (_NAME_SOUNDS) after a title or a trade ("副主席阿济佐夫表示", "牧民巴特尔说"), or after
# 的 when the person speaks ("经营甜茶馆的央金说"; after 的 more words are made of these characters: "今年的马拉松在")
_NOT_AFTER_A_NAME_BY_ITS_SOUNDS = set("的和與与有家種种被、，。／/）)")
_ZH_NAME_BY_ITS_SOUNDS = re.compile(
    rf"(?:{_ZH_TITLE.pattern})([{_NAME_SOUNDS}]{{2,5}}?)"
    rf"(?={_alternation([word for word in _ZH_AFTER_NAME if word not in _NOT_AFTER_A_NAME_BY_ITS_SOUNDS] + _ZH_SPEECH_VERBS)})"
    rf"|的([{_NAME_SOUNDS}]{{2,5}}?)(?={_alternation(_ZH_SPEECH_VERBS)})"
)
_ZH_PERSON = re.compile(rf"(?:{_ZH_TITLE.pattern})([{HAN}]{{2,3}}?)(?={_ZH_AFTER_A_NAME.pattern})")
# news agencies and papers, which datelines and credits name ("新华社布达佩斯11月18日电", "（共同通信）")
_NEWS_AGENCIES = (
    "新华社 新華社 中新社 中通社 中央社 共同通信 共同社 時事通信 时事通信 時事社 时事社 路透社 美联社 美聯社 法新社 韩联社 韓聯社 "
    "塔斯社 德新社 安莎社 埃菲社 彭博社 朝日新聞 読売新聞 毎日新聞 日本経済新聞 産経新聞 人民日报 人民日報 联合报 聯合報 自由時報 "
    "中国新闻网 中國新聞網"
).split()
_AGENCY = re.compile(_alternation(_NEWS_AGENCIES))
# an international airport, named by its city and, most often, the district or the old name it stands on: "西安咸阳国际机场"
# (matched in the simplified text the known places are written in)
_INTERNATIONAL_AIRPORT = re.compile("([\u4e00-\u9fff]{2,8}?)国际机场")


def _airport_named_by_its_city(words: str, places_by_name: dict[str, tuple[str, str]]) -> tuple[int, str] | None:
    """Where a known city's name opens the words before "国际机场", and the airport's English name: "从西安咸阳" → (1,
    "Xi'an Xianyang International Airport"); the words after the city, at most three characters, are its name's in
    pinyin. None when no city opens them."""
    for opening in range(len(words) - 1):
        if (whole := places_by_name.get(words[opening:] + "国际机场")) is not None:
            return opening, whole[0]  # "北京首都国际机场": an airport the features table names (Beijing Capital …)
        for size in range(min(4, len(words) - opening), 1, -1):
            city = places_by_name.get(words[opening : opening + size])
            rest = words[opening + size :]
            if city is not None and len(rest) <= 3:
                return opening, " ".join(part for part in (city[0], pinyin_name(rest) if rest else "") if part) + " International Airport"
    return None


# companies the news names by a short name that holds a region's ("JR東日本", "NEXCO中日本"): known, so that
# the region is not taken out of them
# Taiwan's five Yuans and China's State Council, named by three characters no body's word ends
_YUANS = re.compile("立法院|行政院|監察院|监察院|考試院|考试院|司法院|國務院|国务院")
_JA_GROUP_COMPANIES = re.compile(r"(?:JR|ＪＲ)(?:東日本|西日本|東海|北海道|九州|四国|貨物)|NEXCO(?:東日本|中日本|西日本)")
# international bodies by their names in characters, with their usual English names ("世界衛生組織" → World Health Organization)
_CJK_ORGANISATIONS = {name: english for name, english in ORGANISATIONS.items() if has_cjk(name)}  # (kana included: "ユネスコ")
_INTERNATIONAL_BODY = re.compile(_alternation(list(_CJK_ORGANISATIONS)))


@lru_cache(maxsize=1)
def known_bodies_pattern() -> re.Pattern[str]:
    """The bodies data/organisations.tsv writes in characters or kana ("内閣府", "港鐵", "明報"), as one pattern;
    the international ones, with their English names, are `_INTERNATIONAL_BODY`'s."""
    return re.compile(_alternation(sorted(known_bodies_in_characters() - set(_CJK_ORGANISATIONS))))


# a Chinese report's credits: "（中央社記者林雅婷台北21日電）", "（記者周嘉欣報道）", "（编辑：刘婷）"; the name
# is the family name and one or two characters, ended by the place and date of the dateline, a word
# of the credit, a digit or a mark
_ZH_CREDIT = re.compile(rf"(?:記者|记者|編輯[：:]|编辑[：:]|攝影[：:]|摄影[：:]|撰稿[：:])[\u3000 ]?([{HAN}]{{2,4}})")  # ("本报记者　周海燕")
_ONE_CHARACTER_CREDIT_ENDINGS = set("攝摄電电")
_ZH_CREDIT_ENDINGS = ("報導", "報道", "报道", "攝", "摄", "綜合", "综合", "專電", "专电", "電", "电")
# a town or village by the word that ends its name, where a name can start: after a mark, a word for
# "in", "and" or "to", or the prefecture or county it lies in ("福島県只見町", "屏東縣東港鎮", "在布袋鎮")
_TOWN_SUFFIX = set("町村鎮镇鄉乡")
_TOWN = re.compile(rf"(?:(?<![{HAN}])|(?<=[在於于與与和及到從从赴県縣县道都府省市]))(?![已将將把被为為是在对對也还還])"
                   rf"([{HAN}]{{2,3}}?[町村鎮镇鄉乡])(?![町村鎮镇鄉乡民長长])")  # (not "全市已培训村干部": "has trained")
# the days of the week, which a family name's character opens ("央行周三表示": the bank said on Wednesday)
_WEEKDAYS = {week + day for week in ("周", "週", "星期", "礼拜", "禮拜") for day in "一二三四五六日天末"}
# the words for a time that a unit's or a town's character may follow: "今年鎮內…"
_TIME_WORDS = ("今年", "去年", "明年", "前年", "全年", "每年", "當年", "当年", "今天", "昨天", "明天", "今日", "昨日", "本月", "同年")
# Chinese counties, districts and cities no gazetteer lists, by the unit written after their name, in
# English as "<Pinyin> County", "<Pinyin> District" and "<Pinyin>" (阿瓦提县 → Awati County, 三民區 → Sanmin
# District, 监利市 → Jianli)
_ZH_UNITS = {"县": " County", "縣": " County", "区": " District", "區": " District", "市": ""}
# where such a name opens: after "in", "to", "from", "and" …, or after the province, city or county it lies in
_BEFORE_A_UNIT_NAME = set("在於于到從从與与和及至赴往經经住") | set("省市州区區县縣")
# what makes the unit part of another word after it: a government (縣府, 县政府), a council, a court, the
# residents (縣民), a market (市场, 市值), an area (区域, 區間)
_NOT_AFTER_A_UNIT_NAME = set("府政委議议法人民场場值面容价價况況井域别別間间块塊级級")
# the unit's character ending a common noun, not a name: 地区, 灾区, 园区, 全市, 城市, 门市, 上市, 工业区, 服务区 …
_COMMON_UNIT_WORDS = set(
    "地区 地區 城区 城區 灾区 災區 园区 園區 全区 全區 会区 會區 社区 社區 产区 產區 景区 景區 林区 牧区 老区 辖区 轄區 郊区 郊區 "
    "校区 校區 小区 小區 街区 街區 院区 院區 厂区 廠區 矿区 礦區 农区 農區 特区 特區 选区 選區 政区 政區 治区 治區 填区 填區 "
    "业区 業區 务区 務區 护区 護區 发区 發區 宅区 宅區 验区 驗區 范区 範區 疫区 疫區 营区 營區 片区 片區 分区 分區 边区 邊區 "
    "库区 庫區 赛区 賽區 展区 展區 商区 商區 湾区 灣區 港区 港區 市区 市區 各区 各區 本区 本區 该区 該區 "
    "全县 全縣 各县 各縣 本县 本縣 该县 該縣 我县 我縣 "
    "全市 城市 都市 门市 門市 本市 该市 該市 我市 各市 县市 縣市 超市 股市 夜市 上市 黑市 楼市 樓市 车市 車市 菜市 早市 集市 "
    "闹市 鬧市 街市 开市 開市 收市 休市 闭市 閉市 花市 书市 書市 入市 退市 坊市 牛市 熊市".split()
)
# characters Chinese spells foreign names with and its own place names hardly use: 劳雷尔县 is Laurel County,
# 萨福克县 Suffolk County, whose English names Pinyin does not give (the name is kept as written)
_TRANSLITERATION = set("尔爾斯逊遜斐顿頓骚騷兹茲茨娜莉莎蒂迪弗伦倫萨薩坎奥奧纳納亨曼摩赫韦韋杰傑瑞森克特纽紐")
# what opens no name of a place: a date's day, month or year ("2023年橙县"), "this", "that", "every"
_NOT_A_UNIT_NAME_START = _NOT_A_NAME_START | set("年月日号號这這那哪每某个個")  # ("12个观测区": twelve viewing areas)
_UNIT = re.compile(f"[{''.join(_ZH_UNITS)}]")
_ZH_TOWN_SUFFIX = {"鎮": "", "镇": "", "鄉": " Township", "乡": " Township"}
# a mountain area (山区) or a district named after a hill (南山区, 鼓山區): a name only after a place or a preposition
_HILL_DISTRICTS = {"山区", "山區"}
# where a body's name ends: before what follows a name, a department head's 長, a second body after 與, or no character
_BODY_ENDS_HERE = rf"(?={_alternation(_ORG_FOLLOWERS)}|{_HEAD_AFTER_A_DEPARTMENT}|{_ANOTHER_BODY_AFTER}|[^{HAN}]|$)"
# (Japanese writes katakana inside a body's name: "ホクレン農業協同組合連合会", "京都府旅館ホテル生活衛生同業組合", "デジタル庁",
# "国際スキー・スノーボード連盟")
_ORG = re.compile(rf"(?<![{HAN}{_KANA}・])([{HAN}{_KANA}][{HAN}{_KANA}・]{{0,14}}?(?:{_alternation(_ORG_ENDINGS)})){_BODY_ENDS_HERE}")
# a body named after its place and a thing written in hiragana: "青森ねぶた祭実行委員会", "和歌山県うめ研究所"
_JA_PLACE_KANA_BODY = re.compile(rf"(?<![{HAN}{_KANA}{_HIRAGANA}])([{HAN}]{{2,4}})([{_HIRAGANA}]{{2,4}})"
                                 rf"[{HAN}{_KANA}]{{0,8}}?(?:{_alternation(_ORG_ENDINGS)}){_BODY_ENDS_HERE}")
# what opens a society named "the … society" ("日本野鳥の会", "被害者の会"), right before its "会": kanji from
# a mark or the sentence's start, then の
_JA_SOCIETY_OPENING = re.compile(rf"(?:^|(?<=[^{HAN}{_KANA}{_HIRAGANA}]))([{HAN}]{{2,6}})の$")
_KANA_ENDINGS = tuple(ending for ending in _ORG_ENDINGS if re.fullmatch(f"[{_KANA}]+", ending))
_HAN_CHARACTER = re.compile(f"[{HAN}]")
_HAN_STEM = re.compile(f"[{HAN}]+")
# a national body opens with "all" ("全国保険医団体連合会"), which opens no name otherwise ("全部")
_NATIONAL = ("全国", "全國", "全日本")
# the outlet a Chinese report opens with, in 【】 ("【明報專訊】", "【香港電台】", "【港聞網訊】") or before its
# dateline ("人民网武汉11月22日电", "中新网昆明11月24日电")
_ZH_OUTLET = re.compile(
    rf"(?:(?<=【)([{HAN}]{{1,8}}?(?:報|报|網|网|電台|电台|新聞|新闻|時報|时报|社))(?:專訊|专讯|訊|讯)?(?=】)"
    rf"|^([{HAN}]{{2,6}}?(?:網|网|報|报))(?=[{HAN}]{{2,4}}\d{{1,2}}月\d{{1,2}}日[電电]))")
# Chinese writes no space before a name: inside a sentence, a body's name opens after a word of function
# ("送往聯合醫院", "與江南大学合作", "据中国科学院"), and is three characters or more there; it ends with a
# word that ends only names (大学, 醫院, 公司) or, with one that ends other words too (局, 部), before what
# follows a name
_TEAM = {"队", "隊"}  # a team, or a corps: "常州队", "消防救援总队"
_ZH_NAME_ENDINGS = ("大学 大學 醫院 医院 公司 集團 集团 委員會 委员会 法院 銀行 银行 協會 协会 基金會 基金会 研究院 研究所 "
                    "科学院 科學院 管理局 管理處 管理处 總會 总会 工會 工会").split()
_ZH_ORG_INSIDE = re.compile(
    rf"(?<=[{_ZH_FUNCTION_WORDS}])([{HAN}]{{2,11}}?(?:{_alternation(_ZH_NAME_ENDINGS)}"
    rf"|(?:{_alternation([e for e in _ORG_ENDINGS if e not in _TEAM])}){_BODY_ENDS_HERE}))")
# a university, a hospital or a bank opening a clause is a body whatever follows it: its department, or a title
# ("香港中文大學經濟學系副教授…", "北京航空航天大学教授…"), not its students (大學生)
_ZH_INSTITUTION = re.compile(rf"(?<![{HAN}])([{HAN}]{{2,10}}?(?:大學|大学|醫院|医院|銀行|银行))(?![生])")
# a university's hospital after the university: "第二医院", "附属医院", "附屬第一醫院"
_UNIVERSITY_HOSPITAL = re.compile("(?:附属|附屬)?(?:第[一二三四五六七八九十]{1,2})?(?:附属|附屬)?(?:医院|醫院)")
# a Chinese government body is named by its province, city or county, what it does and the word for a
# department, office, centre or court ("江西省水利厅", "高雄市衛生局", "郑州市中级人民法院"): its name
# opens where the place does, wherever in the sentence that is
_PLACES_BODY = re.compile(
    rf"[{HAN}]{{2,14}}?(?:{_alternation(_ORG_ENDINGS + '厅 廳 处 處 中心 政府 院 法院'.split())})"
    rf"{_BODY_ENDS_HERE}")
# the words that make a region's name autonomous: "维吾尔自治区", "廣西壯族自治區", "延边朝鲜族自治州"
_AUTONOMOUS_REGION = re.compile(rf"[{HAN}]{{0,4}}?自治[区區州县縣]")
_PREPOSITIONS = set("據据由經经向對对與与從从")  # "according to", "by", "via", "to", "with", "from"
# words that open with one of them: "經濟部" is the Ministry of Economic Affairs, "對外貿易發展協會" a trade council
_WORDS_OPENING_LIKE_PREPOSITIONS = ("經濟", "经济", "對外", "对外")
_ADMINISTRATIVE_ENDINGS = set("省市縣县區区")  # the place written as the unit it is: "江西省", not "江西"
_NOT_IN_A_BODYS_NAME = set("的在是了對对向與与從从為为於于將将被遭把讓让及但已")
# and the counters of things, which a Chinese clause has ("艘貨輪海上排隊": ships queueing at sea) and no name
# (Japanese names hold some of these characters: "日本将棋連盟")
_NOT_IN_AN_ORGS_NAME = _NOT_IN_A_BODYS_NAME | set("艘個个隻只輛辆架")
# a unit's name opening with a preposition or a function word is a clause ("在北區"), and holds none after its first
# character, nor a counter (see _unit_names)
_OPENS_A_CLAUSE = _NOT_IN_A_BODYS_NAME | _BEFORE_A_UNIT_NAME
_INSIDE_NO_UNIT_NAME = _NOT_IN_AN_ORGS_NAME | _BEFORE_A_UNIT_NAME


@lru_cache(maxsize=1)
def known_places() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]] | None:
    """Countries, East Asian regions and cities by their names in characters (folded to simplified, as the
    text they are looked for in is) → (English name, the kind a 県/縣/县 after the name adds)."""
    names = {name.translate(_SIMPLIFIED): (canonical, "") for name, canonical in places().items() if has_cjk(name) and len(name) >= 2}
    for name, (english, kind) in east_asian_regions().items():
        names.setdefault(name.translate(_SIMPLIFIED), (english, kind if kind in _REGION_KINDS else ""))
    for name, english in [*east_asian_cities().items(), *cities_in_characters().items()]:
        names.setdefault(name.translate(_SIMPLIFIED), (english, ""))
    _japanese_city_stems_simplified()  # (loaded with the names it filters)
    if not names:
        return None
    # the English name a place goes by, as for names in letters: 澳門 is Macau, not the ISO name Macao; geonames
    # writes some Japanese cities with the word for city, and "Chikushino-shi" is Chikushino in English
    renamed = city_names()
    names = {name: (renamed.get(english.removesuffix("-shi").lower(), english.removesuffix("-shi")), kind)
             for name, (english, kind) in names.items()}
    return re.compile(_alternation(list(names))), names


def _common_katakana_noun(name: str) -> bool:
    """"データセンター", "大型データセンター": a katakana word before a katakana body word is a common noun;
    a name in characters before it is a body's ("防災センター")."""
    ending = next((ending for ending in _KANA_ENDINGS if name.endswith(ending)), "")
    before = name[: len(name) - len(ending)]
    return bool(ending) and not _HAN_CHARACTER.fullmatch(before[-1:])


# a province's name before a city's or a county's: "湖北省潜江市…", "广西壮族自治区百色市…" (the body is the city's,
# the province where it is)
_PROVINCE_THEN_CITY = re.compile(rf"[{HAN}]{{2,3}}(?:省|[{HAN}]{{0,3}}自治[区區])(?=[{HAN}]{{2,3}}?[市县縣][{HAN}]{{2,}})")
# the verbs of two characters that say how someone stands to a body: holding office in it, belonging to it, joining it
_TWO_CHARACTER_VERBS_OF_BODIES = set("担任 擔任 属于 屬於 加入 任职 任職 来自 來自 就职 就職 供职 供職 离开 離開".split())
# the words Chinese counts bodies and places with: after a digit ("8家医院", "3所大学", see _counted), or after a
# numeral or a demonstrative before a body's word ("一家米业公司", "一間診所", "這家公司": a company, a clinic, this
# company), no name
_COUNTERS_OF_BODIES = "家所座個个間间"
_ONE_OF_A_KIND = re.compile(f"[一這这那該该多幾几數数][{_COUNTERS_OF_BODIES}]")  # (and "many" or "a few": "多家医院")
# and "all" or "every" before one ("削减所有银行": cut all banks'; not "研究所有限公司", an institute's company)
_ALL_OF_A_KIND = re.compile("(?:所有|每一?[家所個个間间])(?!限)")
# the news of a kind, which no outlet is named ("头条新闻": the headlines, "真实新闻": real news)
_KINDS_OF_NEWS = tuple(
    f"{kind}{news}" for kind in "头条 頭條 真实 真實 虚假 虛假 假 最新 突发 突發 相关 相關 热门 熱門 热点 熱點 更多 重要 本地".split()
    for news in ("新闻", "新聞"))
# Japanese schools of a kind, no school's name: "県内の小中学校", "市立小学校2校" (a town's own school is named with it:
# "大館東小学校")
_JA_SCHOOLS_OF_A_KIND = re.compile("(?:[市県町村区都府道国公私]立)?(?:小中学校|小学校|中学校|高校|高等学校|義務教育学校)")
# a number and the word Chinese counts people with, before a body: "一名南洋理工大学学生" is a student of the
# university, "两位清华大学教授" two of its professors
_PEOPLE_COUNTED = re.compile(r"[0-9一二两兩三四五六七八九十百几幾多数數]*[名位]")
# an ordinal written with digits right before a body's name, which is part of it: "第7管区海上保安本部"
_NUMBERED_IN_DIGITS = re.compile("第[0-9０-９]+$")


def _after_people_counted(sentence: str, start: int, name: str, cut: int = 0) -> int:
    """Where a body's name opens after people counted before it (`cut` if they are not): "一名南洋理工大学学生",
    "3名台湾大学医院医生" (the digit standing before the run)."""
    counted = _PEOPLE_COUNTED.match(name, cut)
    if counted and counted.end() > cut + 1 and name[counted.end() :] in _ORG_ENDINGS:
        return counted.end()  # "一名大学生": a student, counted, and no body's name after them
    if not counted or len(name) - counted.end() < 4:
        return cut
    if counted.end() - cut == 1 and not sentence[start + cut - 1 : start + cut].isdigit():
        return cut  # ("名古屋大学", "位于…": the word alone opens a name or a verb)
    return counted.end()


# words for "many" or "some" a body's name may follow with nothing between: "不少台灣大學教授" (many professors of
# National Taiwan University), "许多北京大学的学生"
_MANY_OR_SOME = ("不少", "许多", "許多", "很多", "一些", "众多", "眾多", "诸多", "諸多", "大批", "若干", "少数", "少數", "多数", "多數")


def _after_many_or_some(name: str, cut: int = 0) -> int:
    """Where a body's name opens after a word for "many" or "some" (`cut` if it does not open with one)."""
    return cut + 2 if name.startswith(_MANY_OR_SOME, cut) else cut


def _province_before_a_citys_body(name: str) -> int:
    """Where the body of a city or a county opens after the province that `name` opens with (0 if it does not)."""
    province = _PROVINCE_THEN_CITY.match(name)
    return province.end() if province and name[-1] not in _ADMINISTRATIVE_ENDINGS else 0


# what makes a noun a verb in Japanese ("北上し", "北上する", "北上させ"): no place's name is followed by it
_SURU_VERB_ENDINGS = ("し", "する", "させ")


def _counted(sentence: str, start: int) -> bool:
    """Whether the run at `start` opens with the word a number counts bodies with: "8家三甲医院" is eight
    hospitals of the top grade, no name."""
    return sentence[start] in _COUNTERS_OF_BODIES and sentence[start - 1 : start].isdigit()


def _after_function_words(name: str) -> int:
    """Where a body's name found after a function word really opens: the leftmost opening may take in a verb
    ("送往聯合醫院" opens after 往, not after 被); its last two characters, the body's word, are never cut."""
    return max((i for i, c in enumerate(name[:-2]) if c in _ZH_FUNCTION_WORDS or c == "了"), default=-1) + 1  # ("连接了兰州大学")


@lru_cache(maxsize=1)
def _japanese_city_stems_simplified() -> dict[str, str]:
    return {stem.translate(_SIMPLIFIED): english for stem, english in japanese_city_stems().items()}


# a prefecture's or county's name written with its 県/縣/县 is named so in English: 岩手県 → Iwate Prefecture
_REGION_KINDS = {"Prefecture", "County"}
_REGION_SUFFIX = set("県縣县")
# what makes "区" after a known city's name no district of that name: another word (_NOT_AFTER_A_UNIT_NAME), or the
# units it is listed with as a common noun: "区县" (districts and counties), "区市", "区镇"
_NOT_AFTER_A_DISTRICT = _NOT_AFTER_A_UNIT_NAME | set("县縣市镇鎮乡鄉")
# what follows a family name and never a city's: "佐伯さん", "村上氏", "田村社長", a shogi player's rank
# (not 選手, 監督 or 代表: "肯亞選手", "日本代表" are a country's athletes and team)
_TITLES_AFTER_FAMILY_NAME = {"さん", "氏", "様", "君", "社長", "会長", "知事", "議員", "教授", "四段", "五段", "六段", "七段", "八段",
                             "九段", "名人", "叡王", "竜王", "先生", "部長", "課長", "理事"}


def cjk_entities(sentences: list[str], lang: str | None = None) -> list[Mention]:
    """People, organisations and known places named in Chinese or Japanese sentences, in text order."""
    found: list[tuple[int, int, Mention]] = []
    family_names: list[tuple[int, int, str]] = []  # "川畑" before 市長: a family name only if the article names the person in full
    # "田村市長": the mayor of Tamura, or Mayor Tamura when the article names a 田村浩二: decided at the end
    city_or_family: list[tuple[int, int, int, str, str]] = []
    known = known_places()
    quoted_bodies: set[str] = set()  # "運送会社「浪速ロジスティクス」": a body named in quote marks after what it is
    article = "\n".join(sentences) if lang == "zh" else ""
    for number, sentence in enumerate(sentences):
        sentence_found = len(found)  # where this sentence's mentions begin in `found`
        taken: list[tuple[int, int]] = []
        simplified = sentence.translate(_SIMPLIFIED)  # as the known places are written

        def add(start: int, end: int, kind: str, canonical: str | None = None) -> bool:
            if any(start < e and s < end for s, e in taken) or (kind == "person" and sentence[start:end] in _WEEKDAYS):
                return False
            taken.append((start, end))
            text = sentence[start:end]
            found.append((number, start, Mention(text, kind, canonical or text)))
            return True

        def add_over(start: int, end: int, kind: str, canonical: str | None = None) -> bool:
            """`add`, where the bodies found inside the span are parts of its name ("草原局" in "…林业和草原局")."""
            inside = {(s, e) for s, e in taken if start <= s and e <= end}
            if not all(m.kind == "org" for n, s, m in found if n == number and (s, s + len(m.text)) in inside):
                return False
            found[:] = [item for item in found if not (item[0] == number and (item[1], item[1] + len(item[2].text)) in inside)]
            taken[:] = [span for span in taken if span not in inside]
            return add(start, end, kind, canonical)

        for match in _INTERNATIONAL_BODY.finditer(sentence):
            if sentence[max(0, match.start() - 1) : match.start() + 1] not in _COUNTRY_WORDS:
                add(match.start(), match.end(), "org", _CJK_ORGANISATIONS[match.group(0)])
        for match in _QUOTED_BODY.finditer(sentence):
            if add(match.start(1), match.end(1), "org"):
                quoted_bodies.add(match.group(1))
        if lang == "ja":
            for match in _JA_QUOTED_CRAFT.finditer(sentence):
                add(match.start(1), match.end(1), "other")
        for match in _AGENCY.finditer(sentence):
            start = match.start()
            if (match.group(0).endswith(("新聞", "新闻")) and start >= 3 and sentence[start - 3] in "（("
                    and _HAN_STEM.fullmatch(sentence, start - 2, start) and sentence[match.end() : match.end() + 1] in {"）", ")"}):
                start -= 2  # "（信濃毎日新聞）": a regional paper whose name holds a national one's, credited in brackets
            add(start, match.end(), "org")
        if lang == "zh" and known:
            for match in _INTERNATIONAL_AIRPORT.finditer(simplified):
                if (airport := _airport_named_by_its_city(match.group(1), known[1])) is not None:
                    opening, english = airport
                    add(match.start(1) + opening, match.end(), "place", english)
        if lang != "zh":
            for match in _BASED_IN.finditer(sentence):
                name = match.group(1)
                if (not name.endswith(tuple(_TITLES_AFTER_FAMILY_NAME)) and not name.endswith(_LANDMARK_ENDINGS)
                        and not (known and known[0].fullmatch(name.translate(_SIMPLIFIED)))):
                    # (not "田中一郎氏（東京都）", a person, "松本城（長野県松本市）", a castle, nor a place and its town)
                    add(match.start(1), match.end(1), "org")
            for match in _JA_COOPERATIVE.finditer(sentence):
                add(match.start(), match.end(), "org")
            for match in _JA_PLACE_KANA_BODY.finditer(sentence):
                place = match.group(1).translate(_SIMPLIFIED)
                kana = match.group(2)
                if (known and known[0].fullmatch(place[:-1] if place[-1] in _PLACE_ENDINGS else place) and not set(kana) & _JA_PARTICLES
                        and kana[-1] not in "いるう"):  # (not an adjective or a verb: "東京らしい委員会")
                    add(match.start(), match.end(), "org")
        if lang == "zh":
            for match in _ZH_OUTLET.finditer(sentence):
                group = 1 if match.group(1) else 2
                if match.group(group)[0] not in _NOT_A_NAME_START:  # "【本報訊】": this paper, unnamed
                    add(match.start(group), match.end(group), "org")
        for match in _JA_GROUP_COMPANIES.finditer(sentence):
            add(match.start(), match.end(), "org")
        if lang != "ja":
            for match in _YUANS.finditer(sentence):
                add(match.start(), match.end(), "org")
        if lang == "zh":
            for match in _ZH_INSTITUTION.finditer(sentence):
                name = match.group(1)
                cut = _after_function_words(name)  # "傷者被送往聯合醫院"
                cut = _after_people_counted(sentence, match.start(1), name, cut)
                cut = _after_many_or_some(name, cut)
                end = match.end(1)
                if name.endswith(("大学", "大學")) and (hospital := _UNIVERSITY_HOSPITAL.match(sentence, end)):
                    end = hospital.end()  # "兰州大学第二医院": the university's second hospital
                if (len(name) - cut >= 4 and name[cut] not in _NOT_A_NAME_START and not _counted(sentence, match.start(1) + cut)
                        and not _ALL_OF_A_KIND.search(name, cut) and not _ONE_OF_A_KIND.search(name, cut)):
                    add(match.start(1) + cut, end, "org")
        inside = _ZH_ORG_INSIDE.finditer(sentence) if lang == "zh" else ()
        for match in [*_ORG.finditer(sentence), *inside]:
            name, start = match.group(1), match.start(1)
            if match.re is _ZH_ORG_INSIDE:
                cut = _after_function_words(name)
                name, start = name[cut:], start + cut
                if len(name) < 3:
                    continue
            if lang == "zh" and _counted(sentence, start):
                continue
            if lang == "zh" and name.startswith(_PARTIES_TO_AN_EVENT) and len(name) > 5:
                name, start = name[3:], start + 3  # "主办方蓝鲸文化传媒公司": the organiser, then its name
            if lang == "zh" and (counted := _after_people_counted(sentence, start, name)):
                name, start = name[counted:], start + counted
            if lang == "zh" and (many := _after_many_or_some(name)) and len(name) - many >= 4:
                name, start = name[many:], start + many  # "一些东方航空公司的乘客": some passengers, then the airline
            if lang == "zh" and name[:2] in {"根據", "根据"} and len(name) > 4:
                name, start = name[2:], start + 2  # "根據交通部觀光署": according to the tourism administration
            if lang == "zh" and name[0] in _PREPOSITIONS and len(name) > 3 and not name.startswith(_WORDS_OPENING_LIKE_PREPOSITIONS):
                name, start = name[1:], start + 1  # "據高雄市衛生局表示": according to the health bureau
            if lang == "zh" and name[0] in "他她" and len(name) > 4:
                verb = 3 if name[1:3] in _TWO_CHARACTER_VERBS_OF_BODIES else 2
                name, start = name[verb:], start + verb  # "他屬國民黨", "他担任中央情报局局长": he, a verb, then the body
            if lang == "zh" and (came := max(name.rfind("來自"), name.rfind("来自"))) >= 0 and len(name) - came >= 5:
                name, start = name[came + 2 :], start + came + 2  # "150件來自北京故宮博物院的文物": coming from, then the body
            if lang == "zh" and (province := _province_before_a_citys_body(name)):
                name, start = name[province:], start + province  # "黑龙江省五常市农业农村局": the city's bureau, in its province
            if lang == "zh" and (_ONE_OF_A_KIND.search(name) or _ALL_OF_A_KIND.search(name) or name.endswith(_KINDS_OF_NEWS)):
                continue  # "五常市一家米业公司": a rice company of the city, not its name
            if name.endswith(_EMBASSIES):
                opening = _embassy_opening(name, simplified, start, known)
                if opening is None:
                    continue  # "力量保护大使馆": no country's, nor any place's
                name, start = name[opening:], start + opening  # "策划袭击美国驻伊拉克大使馆": plotting to attack, then the embassy
            if lang == "zh" and known and name[-1] in _TEAM and (team := _team_of_a_place(simplified, start, start + len(name), known)):
                name, start = name[team - start :], team  # "以2比1战胜盐城队": beat, then the city's team
            if lang == "ja" and name.startswith("会") and (society := _JA_SOCIETY_OPENING.search(sentence, 0, start)):
                name, start = sentence[society.start(1) : match.end(1)], society.start(1)  # "日本野鳥の会軽井沢支部": "…の会" is a name
            # "高校は", "センターで": the word alone names no one body; "排隊" is queuing, no team; "法律团队", a team of
            # lawyers, is none either
            if (name in _ORG_ENDINGS or name.endswith(("排隊", "排队")) or len(name) <= 4 and name.endswith(("团队", "團隊"))
                    or lang == "ja" and _JA_SCHOOLS_OF_A_KIND.fullmatch(name)):
                continue
            if (branch := next((b for b in _BRANCHES if name.endswith(b)), None)) and (
                    known is None or known[0].fullmatch(name[: -len(branch)].translate(_SIMPLIFIED))):
                continue  # "同社の大阪支社": a branch no body's name opens is the town's, not a body's name
            if _common_katakana_noun(name):
                continue
            if len(name) >= 3 and not (name[0] in _PLACE_ENDINGS and name[1:] in _ORG_ENDINGS) and not name.endswith(_AREA_PARTS):
                # two characters are a word ("薬局", "全部", "東部", "當局", "与党"), not a name, and so is the council of
                # some city ("市議会")
                if (name[0] not in _NOT_A_NAME_START or name.startswith(_NATIONAL) or name.startswith(_PLACES_OPENING_LIKE_WORDS)) and (name[-2:-1] not in _COMPASS_CHARACTERS or name.endswith(_ENDINGS_OPENING_WITH_A_COMPASS_POINT)) and not (lang == "zh" and _NOT_IN_AN_ORGS_NAME & set(name) and not _fields_joined(name)):
                    numbered = _NUMBERED_IN_DIGITS.search(sentence, 0, start)
                    add(numbered.start() if numbered else start, match.end(1), "org")  # ("第7管区海上保安本部": the 7th region's)
        # the bodies the list knows, where no longer name found by its ending holds them ("京都大学防災研究所")
        for match in known_bodies_pattern().finditer(sentence):
            if not _inside_a_places_name(sentence, match.end()):
                add(match.start(), match.end(), "org")
        for match in _JA_PERSON.finditer(sentence):
            name = match.group(1)
            title = sentence[match.end(1) : match.end(1) + 3]
            if sentence[match.start(1) - 1 : match.start(1)] == "・" and title[:1] in _JA_OFFICE_HEADS:
                # "松尾健二・世界遺産課長": the name, then after the dot the section its holder heads ("カープ・野村投手" is
                # the team's pitcher)
                continue
            shortest = 2 if any(title.startswith(h) for h in _JA_HONORIFICS) else 3
            if lang == "zh" and title.startswith("氏"):
                continue  # Chinese writes 氏 inside names ("阮氏蘭"), not after them
            if lang == "zh" and (len(name) > 3 or name[0] not in _ZH_SURNAMES):
                continue  # unspaced, the run before a title is a clause ("维持一审对被告人…"): Chinese titles go first
            if name in _JA_ROLES_BEFORE_HONORIFIC:
                continue
            if lang == "ja" and title.startswith("さん") and common_noun(name):
                # "舞妓さん": what she is, by a word the dictionary has as a common noun, unless the article names someone
                # in full with it ("山下健一 … 山下さん": 山下 is a family name as well as "the foot of a hill")
                family_names.append((number, match.start(1), name))
                continue
            if (title[:1] in _HEADED_PLACES and title[1:2] in {"長", "长"} and known
                    and known[0].fullmatch(simplified, match.start(1), match.end(1))):
                continue  # "鹿児島市長": a known city's mayor, told from Mayor Kagoshima with the city's other names below
            if name.endswith("副") and len(name) > 3:
                name = name[:-1]  # "小松誠副署長": the deputy's 副 belongs to the title
            if len(name) >= shortest and name[-1] not in _PLACE_ENDINGS and name[-1] not in _BODY_ENDINGS and name[0] not in _NOT_A_NAME_START:
                add(match.start(1), match.start(1) + len(name), "person")
            elif len(name) == 2:
                # (whatever its first character: a family name counts only where someone is named in full with it, so
                # "本間市長" is Mayor Honma after 本間和夫, though 本 opens words that are no names)
                family_names.append((number, match.start(1), name))
        if lang != "zh":
            for match in _JA_ONE_CHARACTER_FAMILY_NAME.finditer(sentence):
                family_names.append((number, match.start(1), match.group(1)))  # "林さんは", when the article names 林浩二
            for match in _JA_KANA_GIVEN_NAME.finditer(sentence):
                group = 1 if match.group(1) else 2
                add(match.start(group), match.end(group), "person")  # "金城さくら氏": a given name written in hiragana
            for match in _JA_FOREIGN_PERSON.finditer(sentence):
                if "・" in match.group(1) or _JA_AGE_AFTER_HONORIFIC.match(sentence, match.end(1)) or (
                        sentence[match.start(1) - 1 : match.start(1)] == "の" and _JA_TITLES_OF_PEOPLE_ONLY.match(sentence, match.end(1))):
                    add(match.start(1), match.end(1), "person")  # "バトバヤルさん（52）", "…大学のエンフバヤル教授"
                elif named_by_its_sounds(match.group(1), sentence, match.end(1)):
                    add(match.start(1), match.end(1), "person")  # "マクロン大統領", "ショルツ首相": a foreign name, by its title
                else:
                    family_names.append((number, match.start(1), match.group(1)))
            for match in _JA_NAME_BEFORE_AGE.finditer(sentence):
                name = match.group(1)
                if name[-1] not in _NOT_ENDING_A_NAME_BEFORE_AGE and name[0] not in _NOT_A_NAME_START and not (
                        known and known[0].fullmatch(simplified, match.start(1), match.end(1))):
                    add(match.start(1), match.end(1), "person")  # "主将の森田拓海（29）は": a name, then the age
            for match in _JA_ENVOY.finditer(sentence):
                family_names.append((number, match.start(1), match.group(1)))  # "佐々木大使", when the article names 佐々木隆
        if lang == "zh":
            for match in _ZH_NAME_BEFORE_AGE.finditer(sentence):
                name = match.group(1)
                if (name[0] in _ZH_SURNAMES and name[-1] not in _NOT_ENDING_A_NAME_BEFORE_AGE
                        and not set(name) & _NOT_IN_A_BODYS_NAME and not (known and known[0].search(simplified, match.start(1), match.end(1)))):
                    add(match.start(1), match.end(1), "person")  # a family name, a given name, then the age
        for match in _DOTTED_NAME.finditer(sentence):
            start, end = match.start(), match.end()
            dot = _NAME_DOT.search(sentence, start).start()
            if (of := sentence.rfind("的", start, dot - 1)) >= 0:
                start = of + 1  # "35岁的劳伦·沃尔": the person's age or trade, then the name
            start = _first_name_start(sentence, start, dot)
            sounds = _SOUNDS_RUN.match(sentence, dot + 1).end()
            if sounds - dot > 2 and sounds < end and not (_HAN_CHARACTER.match(sentence, end) and _ZH_AFTER_A_NAME.match(sentence, end)):
                end = sounds  # "小约瑟夫·柯林斯交谈。": at a mark, the name ends with its sounds
            if sentence[end - 1 : end + 1] in _VERBS_OPENING_WITH_A_NAMES_SOUND:
                end -= 1  # "加文·纽瑟姆提出": the verb's first character is no part of the name
            add(start, end, "person")
        if lang != "ja":
            for match in _ZH_NAME_BY_ITS_SOUNDS.finditer(sentence):
                group = 1 if match.group(1) else 2
                if match.group(group) not in _WORDS_OF_NAMES_SOUNDS and not (known and known[0].fullmatch(simplified, match.start(group), match.end(group))):
                    add(match.start(group), match.end(group), "person")  # (not "巴西", Brazil)
        for match in _ZH_NAME_SPEAKING.finditer(sentence):
            name = match.group(1)
            if (name[-1] in _PLACE_ENDINGS or name[-1] in _BODY_ENDINGS or name[-1] in _OCCUPATION_ENDINGS
                    or name[-2:] in _ZH_PEOPLE_BY_WHAT_THEY_ARE):
                # "高雄市表示", "環境部表示": a place or a body speaks; "一名工程師說": an engineer, no one named; "的游客说":
                # a tourist, whose word opens with a surname's character (游)
                continue
            start = match.end(1) - 3
            if name[-3:-2] and name[-3] in _ZH_SURNAMES and sentence[max(0, start - 1) : start + 1] not in _ZH_TWO_CHARACTER_TITLES:
                add(start, match.end(1), "person")  # ("中心主任周敏说": 任 ends the title, 周 opens the name)
            elif name[-2] in _ZH_SURNAMES and not _TWO_NAME_SOUNDS.fullmatch(sentence, max(0, match.end(1) - 4), match.end(1) - 2):
                add(match.end(1) - 2, match.end(1), "person")  # (not inside a foreign name: "彼得罗夫说")
        if lang != "ja":
            for match in _ZH_TITLE_NAME_SPEAKING.finditer(sentence):
                name = match.group(1)
                # not a place, a body, a time, an adverb ("李明哲則表示": then), a function word, a meeting ("記者會上表示"),
                # a verb, a word of names' sounds or a known place ("教练巴西说": Brazil)
                if (name[-1] not in _PLACE_ENDINGS and name[-1] not in _BODY_ENDINGS and not name.startswith(_TIME_WORDS)
                        and name[-1] not in _NOT_ENDING_A_SPEAKERS_NAME and not any(c in _ZH_FUNCTION_WORDS for c in name)
                        and name[0] not in "會会" and name not in _ZH_AFTER_NAME and name[-2:] not in _ZH_AFTER_NAME
                        and name not in _WORDS_OF_NAMES_SOUNDS and name[:2] not in _VERBS_OPENING_WITH_A_NAMES_SOUND
                        and not (known and known[0].fullmatch(simplified, match.start(1), match.end(1)))):
                    add(match.start(1), match.end(1), "person")  # "采购商颂猜表示", "日本旅客佐藤美紀表示": whatever name it is
            for match in _ZH_NAME_AFTER_QUOTE.finditer(sentence):
                if match.group(1)[0] in _ZH_SURNAMES:
                    add(match.start(1), match.end(1), "person")
        for match in _ZH_PERSON.finditer(sentence):
            name = match.group(1)
            if name[0] in _ZH_SURNAMES:
                # ("记者王芳摄）": the photograph's mark ends the credit, not the name)
                cut = len(name) == 3 and name[-1] in _ONE_CHARACTER_CREDIT_ENDINGS and sentence[match.end(1) : match.end(1) + 1] in {"）", ")"}
                add(match.start(1), match.end(1) - cut, "person")
        if lang == "zh":
            for match in _ZH_TITLE_THEN_NAME.finditer(sentence):
                name = match.group(1)
                if name[0] in _ZH_SURNAMES and article.count(name) >= 2:
                    add(match.start(1), match.end(1), "person")  # "市長張國峰罷免案 … 張國峰晚間": a name the article writes again
        for match in _ZH_CREDIT.finditer(sentence):
            length = _credited_name_length(sentence, simplified, match.start(1), len(match.group(1)), known)
            if not length and sentence[match.start() - 1 : match.start()] in {"（", "("} and sentence[match.end(1) : match.end(1) + 1] in {"）", ")"}:
                # the whole of a bracketed credit is the name, whatever it opens with ("（记者次仁卓玛）")
                length = 0 if match.group(1).endswith(_ZH_CREDIT_ENDINGS) else len(match.group(1))
            if length:
                add(match.start(1), match.start(1) + length, "person")
        # a person named in full goes before a city that shares the family name ("村上隆之" is not Murakami),
        # a company before the place it is named after ("北陸交通")
        dictionary_names = japanese_names(sentence) if lang == "ja" else []
        dictionary_places = [name for name in dictionary_names if name.kind == "place"]
        for name in dictionary_names:
            if name.whole:
                add_over(name.start, name.end, name.kind, name.canonical)  # "東大寺" is Todai-ji, not 東大 (the university)
            elif name.kind != "place":
                add(name.start, name.end, name.kind, name.canonical)
        if known:
            pattern, names = known
            for match in _place_matches(pattern, simplified):
                english, kind = names[match.group(0)]
                end = match.end()
                if _inside_a_katakana_word(sentence, match.start(), end):
                    continue
                if (lang != "zh" and not _HAN_CHARACTER.match(sentence, end)  # (not "リニア静岡工区", the line's Shizuoka section)
                        and (club := _katakana_before(sentence, match.start(), pattern)) is not None and add_over(club, end, "org")):
                    continue  # "ヴァンフォーレ甲府", "アルビレックス新潟": a club or a company by a word in katakana and its town
                if any(name.start <= match.start() and end <= name.end
                       # (a port the dictionary reads is the known town's port: "新潟港" is Niigata Port, read below)
                       and name.end - name.start - _site_word_length(sentence[name.start : name.end]) > end - match.start()
                       for name in dictionary_places):
                    continue  # "八幡浜市": the dictionary reads the longer name (Yawatahama), not Yawata inside it
                if lang == "ja" and sentence.startswith(_SURU_VERB_ENDINGS, end):
                    continue  # "適地が北上している": moving north, a verb made of the noun (not Kitakami)
                if (lang == "zh" and _japanese_city_stems_simplified().get(match.group(0)) == english
                        and sentence[end : end + 1] not in "市巿"):
                    continue  # "北上深圳": heading north, not Kitakami (河北 stays Hebei)
                if sentence[end : end + 2] in _TITLES_AFTER_FAMILY_NAME or sentence[end : end + 1] in _TITLES_AFTER_FAMILY_NAME:
                    continue  # "佐伯四段", "村上氏": a family name that a city shares, with the person's title after it
                headed = sentence[end - 1 : end] in _HEADED_PLACES and sentence[end : end + 1] in {"長", "长"}
                titled = lang == "ja" and JA_TITLE.match(sentence, end)  # "田村組合長": as 田村市長
                if headed or titled:
                    if not any(match.start() < e and s < end for s, e in taken):
                        taken.append((match.start(), end))
                        family = sentence[match.start() : end - 1] if headed else sentence[match.start() : end]
                        city_or_family.append((number, match.start(), end, english, family))
                    continue
                if sentence[end : end + 1] in _DISEASE_AND_LANGUAGE or sentence.startswith("行方不明", match.start()):
                    # "水俣病": a disease named after the place; "フランス語", "中国语": a language; "行方不明" (missing)
                    # is no visit to Namegata
                    continue
                if lang == "ja" and sentence.startswith("県警", end):
                    add(match.start(), end + 2, "org")  # "福岡県警": the prefecture's police
                    continue
                if sentence.startswith(_BODIES_NAMED_BY_A_PLACE, end) and add_over(match.start(), end + 2, "org"):
                    continue  # "台中捷運藍線": the city's metro company, whatever follows; "卢森堡货航": a cargo airline
                city_elsewhere = (lang == "zh" and sentence[end : end + 1] in {"区", "區"}
                                  and east_asian_cities().get(match.group(0)) == english)
                if sentence[end : end + 1] in _REGION_SUFFIX:
                    # "嘉義縣": the county, though the gazetteer knows the city of that name first
                    english, end = f"{english} {'Prefecture' if sentence[end] == '県' else 'County'}", end + 1
                elif (lang == "zh" and (sentence[end : end + 1] == "区" or sentence[end : end + 1] == "區" and city_elsewhere)
                      and match.group(0)[-1] not in _ADMINISTRATIVE_ENDINGS and sentence[end + 1 : end + 2] not in _NOT_AFTER_A_DISTRICT
                      and sentence[end - 1 : end + 1] not in _COMMON_UNIT_WORDS):
                    # "中山区", "中山區": a district named like a city elsewhere (Zhongshan, in Guangdong), as the city's
                    # districts are (Hong Kong's go by their names alone: "觀塘區" is Kwun Tong); Taipei's "松山區" is
                    # Songshan, in Pinyin, whatever Japanese city geonames reads those characters as (Matsuyama)
                    if city_elsewhere and _TRANSLITERATION.isdisjoint(match.group(0)):
                        english = _in_pinyin(match.group(0), match.group(0))
                    english, end = f"{english} District", end + 1
                elif kind and match.group(0)[-1] in "県县府":
                    english = f"{english} {kind}"  # "大阪府", a region the gazetteer writes with its word: Osaka Prefecture
                if lang == "zh" and sentence[end : end + 1] in _TEAM and sentence[end + 1 : end + 2] not in {"员", "員"}:
                    if add_over(match.start(), end + 1, "org"):
                        continue  # "常州队", "盐城隊": a city's team (its players, "队员", are no name)
                if (port := _port(sentence, simplified, end, known)) is not None and not any(s <= end < e for s, e in taken):
                    # ("横浜市港北区": the 港 opens a ward the dictionary read)
                    # "稚内港": the port, named after its town or, for "宁波舟山港", its two towns
                    port_end, second = port
                    english, end = f"{english}-{second} Port" if second else f"{english} Port", port_end
                elif (structure := next((item for item in _STRUCTURES_AFTER_PLACES + (
                                             _JA_WATERS_AFTER_PLACES if lang == "ja" and sentence[end - 1] not in "都道府県市区" else ())
                                         if sentence.startswith(item[0], end)), None)) and not (
                        sentence.startswith("駅伝", end)):  # (a relay race, no station: "箱根駅伝")
                    english, end = f"{english} {structure[1]}", end + len(structure[0])  # "鹿児島空港", "太魯閣國家公園"
                elif (lang == "zh" and sentence[end : end + 1] in _ZH_WATERS and sentence[end - 1] not in _ADMINISTRATIVE_ENDINGS
                      and sentence[end + 1 : end + 2] not in _NOT_AFTER_A_WATERS_NAME):
                    # "花蓮溪", "砂拉越河", "青海湖": the river or the lake named after its town or region
                    english, end = f"{english} {_ZH_WATERS[sentence[end]]}", end + 1
                elif (lang == "zh" and sentence[end : end + 1] == "站" and sentence[end + 1 : end + 2] not in _NOT_AFTER_A_STATION
                      and sentence[match.start() - 1 : match.start()] not in _TOURS):  # ("音乐节海口站": a festival's stop there)
                    # "中山站", "台北站": a station named after its place, as its own name (泰山站 is Taishan Station, not
                    # "Mount Tai Station")
                    named = english.startswith("Mount ")
                    english, end = f"{pinyin_name(sentence[match.start():end]) if named else english} Station", end + 1
                if lang == "zh" and (autonomous := _AUTONOMOUS_REGION.match(sentence, end)):
                    end = autonomous.end()  # "新疆维吾尔自治区": the region by the name of its people
                if lang == "zh" and sentence[end - 1] in _ADMINISTRATIVE_ENDINGS:
                    if sentence.startswith("政府", end) and add(match.start(), end + 2, "org"):
                        continue  # "屏東縣政府": the county's government, whatever follows it ("旅遊處長…")
                    body = _PLACES_BODY.match(sentence, match.start())
                    if (body and body.end() > end + 1 and body.group(0)[-1] not in _PLACE_ENDINGS
                            and not _province_before_a_citys_body(body.group(0)) and not _ONE_OF_A_KIND.search(body.group(0))
                            and not _NOT_IN_A_BODYS_NAME & set(body.group(0)) and add_over(match.start(), body.end(), "org")):
                        continue
                add(match.start(), end, "place", english)
        for name in dictionary_places:
            add(name.start, name.end, name.kind, name.canonical)
        if lang == "zh":
            place_ends = {start + len(mention.text) for _, start, mention in found[sentence_found:] if mention.kind == "place"}
            for start, end, canonical in _unit_names(sentence, place_ends):
                add(start, end, "place", canonical)
            for start, end in _waters_names(sentence, place_ends):
                add(start, end, "place", _in_pinyin(sentence[start:end], sentence[start : end - 1], f" {_ZH_WATERS[sentence[end - 1]]}"))
        if lang == "zh":
            for start, end in _places_listed(sentence):
                name = sentence[start:end]
                add(start, end, "place", _in_pinyin(name, name))
        for match in _TOWN.finditer(sentence):
            name, start = match.group(1), match.start(1)
            if len(name) == 4 and name[0] in _BEFORE_A_UNIT_NAME:
                name, start = name[1:], start + 1  # "在萨拉镇" opening a sentence: "in", then the town
            if name.startswith(_TIME_WORDS) or sentence[match.end(1) : match.end(1) + 1] in {"內", "内"}:
                continue  # "今年鎮內": this year, within the town
            if name[0] not in _NOT_A_NAME_START and not any(c in _PLACE_ENDINGS or c in _TOWN_SUFFIX for c in name[:-1]):
                # a Chinese town in Pinyin without its unit, as English names it (東港鎮 → Donggang), and a township with
                # it (卓溪鄉 → Zhuoxi Township)
                romanised = _in_pinyin(name, name[:-1], _ZH_TOWN_SUFFIX[name[-1]]) if lang == "zh" and name[-1] in _ZH_TOWN_SUFFIX else None
                add(start, match.end(1), "place", romanised)
    people = {mention.text for _, _, mention in found if mention.kind == "person"}
    for number, start, end, english, family in city_or_family:
        if any(person.startswith(family) and len(person) > len(family) for person in people):
            found.append((number, start, Mention(family, "person", family)))
        else:
            found.append((number, start, Mention(sentences[number][start:end], "place", english)))
    for number, start, name in family_names:
        if any((person.startswith(name) or person.endswith("・" + name)) and len(person) > len(name) for person in people) and not any(
                n == number and s <= start < s + len(m.text) for n, s, m in found):
            found.append((number, start, Mention(name, "person", name)))
    found = _bracketed_short_names(sentences, found, quoted_bodies)
    if lang == "zh":
        found += _named_again(sentences, found)
        found = _bodies_of_joined_portfolios(sentences, found)
    found = _bodies_named_again(sentences, found)
    if lang == "zh":
        found = _local_places(sentences, found)
        found += _universities_shortened(sentences, found)
    if lang in {"zh", "ja"}:
        found = _departments_after_their_places(found, lang)
    found.sort(key=lambda item: item[:2])
    place_ends = {(number, start + len(mention.text)) for number, start, mention in found if mention.kind == "place"}
    departments = {mention.text for number, start, mention in found if mention.kind == "org" and (number, start) in place_ends}
    return _abbreviated_bodies(_full_names([mention for _, _, mention in found]), departments)


_UNIVERSITY = ("大學", "大学")
_STATE_RUN = ("國立", "国立", "私立", "市立")


def _university_short_name(name: str, known: tuple[re.Pattern[str], dict[str, tuple[str, str]]]) -> str | None:
    """How Chinese shortens a university's name, its first character after the place it is named by and 大
    ("香港中文大學" → 中大, "國立清華大學" → 清大), or the place's first character when the place is all the
    name holds ("北京大学" → 北大, "國立臺灣大學" → 臺大)."""
    if not name.endswith(_UNIVERSITY):
        return None
    stem = name[:-2]
    for opening in _STATE_RUN:
        stem = stem.removeprefix(opening)
    place = known[0].match(stem.translate(_SIMPLIFIED))
    rest = stem[place.end() :] if place else stem
    if not rest:
        return stem[0] + name[-2] if len(stem) >= 2 else None
    return rest[0] + name[-2] if len(rest) >= 2 else None


def _universities_shortened(sentences: list[str], found: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """A university's short name where the report names it in full too: "中大" for 香港中文大學, opening a clause."""
    known = known_places()
    if known is None:
        return []
    short: dict[str, str] = {}
    for _, _, mention in found:
        if mention.kind == "org" and (abbreviation := _university_short_name(mention.text, known)):
            short.setdefault(abbreviation, mention.canonical)
    if not short:
        return []
    opening_a_clause = [(number, start, end, name) for number, start, end, name in _occurrences_of(short, sentences)
                        if (start == 0 or not _HAN_CHARACTER.match(sentences[number][start - 1])
                            or sentences[number][start - 1] in _ZH_FUNCTION_WORDS)
                        and sentences[number][end : end + 1] not in {"學", "学"}]
    return [(number, start, Mention(name, "org", short[name])) for number, start, name in _not_yet_found(opening_a_clause, found)]


@lru_cache(maxsize=1)
def local_places() -> dict[str, tuple[re.Pattern[str], dict[str, str], tuple[str, ...]]]:
    """Country → (a pattern of its towns' names in its own Chinese-language press, those names → English, the
    country's own names in characters, folded to simplified)."""
    tables = known_places()
    own_names = {} if tables is None else tables[1]
    # (geonames gives some towns in traditional characters only, 古晉 for Kuching: names and text are compared folded to
    # simplified)
    folded = {country: {name.translate(_LOCAL_SIMPLIFIED): english for name, english in names.items()}
              for country, names in local_places_in_characters().items() if names}
    return {country: (re.compile(_alternation(list(names))), names,
                      tuple(name for name, (english, _) in own_names.items() if english == country))
            for country, names in folded.items()}


def _names_the_country(found: list[tuple[int, int, Mention]], country: str, own_names: tuple[str, ...]) -> bool:
    """Whether the report names the country: as a place, or opening a body's name that holds it ("马来西亚移民局")."""
    return any(mention.canonical == country if mention.kind == "place"
               else mention.kind == "org" and mention.text.translate(_SIMPLIFIED).startswith(own_names)
               for _, _, mention in found)


def _local_places(sentences: list[str], found: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """The towns of a country the report names, by the names its Chinese-language press gives them ("新加坡 … 榜鹅、盛港"),
    where nothing else was found or only a place was."""
    countries = [(pattern, names) for country, (pattern, names, own_names) in local_places().items()
                 if _names_the_country(found, country, own_names)]
    if not countries:
        return found
    spans = _spans_by_sentence(found)
    renamed: dict[tuple[int, int], Mention] = {}
    added = []
    folded = [sentence.translate(_LOCAL_SIMPLIFIED) for sentence in sentences]
    for pattern, names in countries:
        for number, sentence in enumerate(sentences):
            for match in pattern.finditer(folded[number]):
                start, end = match.span()
                if "站" in sentence[end : end + 2]:
                    continue  # "勿洛南站", "双溪勿洛站": a station named after the town, not the town
                mention = Mention(sentence[start:end], "place", names[match.group(0)])
                overlapping = [(s, e, m) for s, e, m in spans.get(number, ()) if start < e and s < end]
                if not overlapping:
                    added.append((number, start, mention))
                elif [(s, e, m.kind) for s, e, m in overlapping] == [(start, end, "place")]:
                    renamed[number, start] = mention  # (a town's name read by its 镇 alone: 女皇镇 is Queenstown)
    return [(number, start, renamed.get((number, start), mention)) for number, start, mention in found] + added


# a government department after the province, city or county whose it is: "宜昌市交通运输局", "苏州市市场监督管理局",
# "名古屋市教育委員会", "京都市交通局" (Japanese writes its ministries with 省, so no province opens its names; and the
# state's regional bureaus with 北海道: "北海道運輸局" is one body)
_DEPARTMENT_ENDINGS = {"zh": ("局", "厅", "廳", "处", "處", "委员会", "委員會"), "ja": ("局", "委員会", "課", "室")}
_DEPARTMENT_UNITS = {"zh": ("自治区", "自治區", "自治州", "地区", "地區", "省", "市", "县", "縣", "州", "区", "區"),
                     "ja": ("都", "府", "県", "市", "区", "町", "村")}
# the cities that are states, whose government's departments are the city's: Singapore's Housing Board, 新加坡建屋发展局
# (Hong Kong's and Macau's bodies are named whole: 香港機場管理局)
_CITY_STATES = {"Singapore", "Monaco"}
# bodies whose names hold a place and a department's word but are no government's department: a government itself,
# a court, a scenic area's or a reserve's authority, an association, a research institute
_NO_DEPARTMENT = re.compile("政府|法院|景区|景區|风景|風景|保护区|保護區|文化区|文化區|协会|協會|協会|学会|學會|研究")


def _department_of_a_place(name: str, lang: str,
                           known: tuple[re.Pattern[str], dict[str, tuple[str, str]]]) -> tuple[str, str, str] | None:
    """(the place as written, its English name, the department) when `name` is a government department named
    after its province, city or county ("苏州市市场监督管理局" → 苏州市, Suzhou, 市场监督管理局), or None."""
    if not name.endswith(_DEPARTMENT_ENDINGS[lang]) or _NO_DEPARTMENT.search(name):
        return None
    units = _DEPARTMENT_UNITS[lang]
    match = known[0].match(name.translate(_SIMPLIFIED))
    if match:
        end = match.end()
        if not name[:end].endswith(units):  # (a name known with its unit, "苏州市", takes no second: "…市场监督管理局")
            unit = next((unit for unit in units if name.startswith(unit, end)), "")
            if not unit:
                english = known[1][match.group(0)][0]
                if english in _CITY_STATES and len(name) - end >= 2:  # a city that is its own state: "新加坡建屋发展局"
                    return name[:end], english, name[end:]
                return None  # a known name with no unit after it ("九州農政局"): a body named by a region
            end += len(unit)
    else:  # a county or a city of two or three characters no table knows: "刚察县文体旅游广电局"
        end = next((size + 1 for size in (2, 3) if name[size : size + 1] in units), 0)
    place, body = name[:end], name[end:]
    if not end or len(body) < 2 or lang == "ja" and place.endswith("道"):
        return None
    english = _unit_place_name(place, lang, known)
    return (place, english, body) if english else None


def _departments_after_their_places(found: list[tuple[int, int, Mention]], lang: str) -> list[tuple[int, int, Mention]]:
    """A government department named after its province, city or county is that place and the department, as
    "Qatari Foreign Ministry" is Qatar and the ministry: "宜昌市交通运输局" → 宜昌市 (Yichang) + 交通运输局; and in
    Chinese a known province with its 省 alone is the province, not a ministry ("浙江省的出口")."""
    known = known_places()
    if known is None:
        return found
    result = []
    split = {}
    for number, start, mention in found:
        if mention.kind != "org" or mention.canonical != mention.text:
            result.append((number, start, mention))
        elif department := _department_of_a_place(mention.text, lang, known):
            place, english, body = department
            split[mention.text] = body
            result += [(number, start, Mention(place, "place", english)), (number, start + len(place), Mention(body, "org", body))]
        elif lang == "zh" and mention.text.endswith("省") and (english := _unit_place_name(mention.text, lang, known)):
            result.append((number, start, Mention(mention.text, "place", english)))
        elif lang == "zh" and mention.text.endswith("省") and (provinces := _provinces_in_a_span(mention.text, known)):
            # "公园横跨吉林省和黑龙江省": no ministry (Chinese names its own with 部) but a verb's provinces
            result += [(number, start + offset, Mention(text, "place", english)) for offset, text, english in provinces]
        else:
            result.append((number, start, mention))
    # a short name given the department's full name in brackets ("新加坡建屋发展局（建屋局）") is the department's
    return [(number, start, Mention(mention.text, "org", split[mention.canonical]))
            if mention.kind == "org" and mention.text != mention.canonical and mention.canonical in split else (number, start, mention)
            for number, start, mention in result]


_UNIT_WORDS = {"省", "市", "县", "縣", "県", "区", "區", "州", "都", "道", "府", "地区", "地區"}


def _provinces_in_a_span(text: str, known: tuple[re.Pattern[str], dict[str, tuple[str, str]]]) -> list[tuple[int, str, str]]:
    """The known provinces a span ending in one is read across, written with their 省: (offset, text, English
    name) each, or nothing when what ends the span is no known province's name."""
    simplified = text.translate(_SIMPLIFIED)
    provinces = []
    for end in (position + 1 for position, character in enumerate(simplified) if character == "省"):
        for length in (4, 3, 2):  # (the longest name first: 黑龙江, not 龙江)
            start = end - 1 - length
            match = known[0].match(simplified, start) if start >= 0 else None
            if match is not None and match.end() in (end - 1, end) and (english := _unit_place_name(text[start:end], "zh", known)):
                provinces.append((start, text[start:end], english))
                break
    return provinces if provinces and provinces[-1][0] + len(provinces[-1][1]) == len(text) else []


def _unit_place_name(name: str, lang: str, known: tuple[re.Pattern[str], dict[str, tuple[str, str]]]) -> str | None:
    """The English name of a known place written with its unit ("宜昌市" → Yichang, "台東縣" → Taitung County), or None."""
    simplified = name.translate(_SIMPLIFIED)
    match = known[0].match(simplified)
    if match is None:
        # a county or a city of two or three characters no table knows, in Pinyin as the rules name it elsewhere
        stem, unit = name[:-1], name[-1]
        return _in_pinyin(name, stem, _ZH_UNITS[unit]) if lang == "zh" and unit in _ZH_UNITS and 2 <= len(stem) <= 3 else None
    english, kind = known[1][match.group(0)]
    unit = simplified[match.end():]
    if unit and not (unit in _UNIT_WORDS or unit.startswith("自治")):
        return None  # "西双版纳傣族自治州": the people's name between, or another word
    if unit and unit in "县縣県" and not english.endswith(("County", "Prefecture")):
        english = f"{english} {kind or ('Prefecture' if lang == 'ja' else 'County')}"  # 台東縣 → Taitung County
    return english


_POSTED_TO = set("駐驻")


def _embassy_opening(name: str, simplified: str, start: int, known: tuple[re.Pattern[str], dict[str, tuple[str, str]]] | None) -> int | None:
    """Where an embassy's or a consulate's name opens in the run of characters before its word: at the first
    place named in it ("美国驻伊拉克大使馆"), with the "在" before it ("在モンゴル日本大使館", the Japanese embassy in
    Mongolia), or at the run's start when it is posted "駐" a place after a country no gazetteer lists
    ("中華民國駐帛琉大使館"); None when it names no place."""
    if known is None:
        return 0
    posted = next((i for i, character in enumerate(name) if character in _POSTED_TO and known[0].match(simplified, start + i + 1)), None)
    for i in range(len(name) - 3):
        if posted is not None and i == posted:
            return 0 if posted >= 2 else posted
        if known[0].match(simplified, start + i):
            return i - 1 if i and name[i - 1] == "在" else i
    return None


def _first_name_start(sentence: str, start: int, dot: int) -> int:
    """Where the part of a foreign name before its dot opens, in the characters a match took before it: after
    a word of grammar ("由史蒂文·斯皮尔伯格执导"), a title ("总裁亚当·萧华"), a role's last character
    ("工作人员保罗·怀特") or one that is no name's sound, in four characters or before names' sounds alone
    ("支持基米·莱科宁", "联系马丁·弗兰克"), unless a word of grammar stands right before it ("民宿的叶尔兰·赛力克")."""
    while dot - start > 1:
        title = _ZH_TITLE.match(sentence, start)
        if sentence[start] in _ZH_FUNCTION_WORDS:
            start += 1
        elif title and dot - title.end() >= 2:
            start = title.end()
        elif dot - start > 2 and (sentence[start] in _BEFORE_DOTTED_NAMES or sentence[start] not in _NAME_SOUNDS and (
                dot - start > 3 or all(character in _NAME_SOUNDS for character in sentence[start + 1 : dot]))
                # (right after a word of grammar the name opens, whatever its first sound: "经营民宿的叶尔兰·赛力克")
                and not (start and sentence[start - 1] in _ZH_FUNCTION_WORDS and dot - start <= 3)):
            start += 1
        else:
            break
    return start


# what makes a word with a 中 after it ("其中", among them; "集中", together): "其中台灣" holds Taiwan, not 中台灣
_BEFORE_MIDDLE_IN_A_WORD = set("其当當之集空心途家手")
# and the words a known place's first character ends (simplified): a day ("昨天水位" is yesterday's water level, not
# Tianshui), the open sea ("出海口", a river's mouth, not Haikou)
_WORDS_A_PLACES_NAME_OPENS_INSIDE = {"今天", "昨天", "明天", "前天", "后天", "每天", "当天", "出海"}
# and the words its last character opens: "沿海地区" and "加勒比海地区" are coastal and Caribbean regions, not Haiti (海地)
_WORDS_A_PLACES_NAME_ENDS_INSIDE = {"地区", "地區"}


def _place_matches(pattern: re.Pattern[str], simplified: str) -> Iterator[re.Match[str]]:
    """The known places' names in a sentence, left to right, a name whose 中 ends a word before it skipped for
    the name after that 中, and a name inside a word skipped."""
    position = 0
    while match := pattern.search(simplified, position):
        if (match.group(0)[0] == "中" and simplified[match.start() - 1 : match.start()] in _BEFORE_MIDDLE_IN_A_WORD
                or simplified[match.start() - 1 : match.start() + 1] in _WORDS_A_PLACES_NAME_OPENS_INSIDE
                or simplified[match.end() - 1 : match.end() + 1] in _WORDS_A_PLACES_NAME_ENDS_INSIDE):
            position = match.start() + 1
            continue
        yield match
        position = match.end()


# a list of places before the kind they are: "分散到池上、關山等鄉鎮" (to townships such as Chishang and Guanshan)
_PLACES_LISTED = re.compile(rf"((?:[{HAN}]{{2,3}}、)+[{HAN}]{{2,3}})等(?:[0-9０-９]+[個个])?(?:鄉鎮|乡镇|城鎮|城镇|城市|縣市|县市|地區|地区|國家|国家|省份|省市)")


def _places_listed(sentence: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each name in such a list: two or three characters between its marks, the first
    after a mark or a preposition (a longer first item is a clause's, and left out)."""
    for match in _PLACES_LISTED.finditer(sentence):
        start = match.start(1)
        items = match.group(1).split("、")
        first = items[0]
        while len(first) > 2 and first[0] in _OPENS_A_CLAUSE:
            first, start = first[1:], start + 1
        before = sentence[start - 1 : start]
        if len(first) == 2 or not before or not _HAN_CHARACTER.match(before) or before in _OPENS_A_CLAUSE:
            yield start, start + len(first)
        position = match.start(1) + len(items[0]) + 1
        for item in items[1:]:
            yield position, position + len(item)
            position += len(item) + 1


def _in_pinyin(written: str, stem: str, unit: str = "") -> str:
    """A Chinese place's English name: its stem's Pinyin and the unit's word, or, for a name spelled with the
    characters of foreign names, the name as written."""
    return written if _TRANSLITERATION & set(stem) else pinyin_name(stem) + unit


# a river, a stream (溪, as Taiwan's rivers are written) and a lake, by the English word after the name
_ZH_WATERS = {"河": "River", "溪": "River", "湖": "Lake"}
_WATERS_CHARACTER = re.compile(f"[{''.join(_ZH_WATERS)}]")
# what makes the water's character part of another word or name after it: a river's course (河流, 河道), a dam,
# a bank, a mouth or a valley that names a town (雙溪口, 陶溪川), a township or a village (卓溪鄉, 双河村), a
# province (河南, 湖北), a town named after its source (河源), lakes (湖泊), a lake's area or surface (湖区, 湖面), a
# square named after it (西灣湖廣場)
_NOT_AFTER_A_WATERS_NAME = set("流道床堤坝壩岸谷川口鄉乡村鎮镇里區区縣县市南北西东東源池内內间間泊面廣广")
# what is said of a river or a lake right after its name, so that the name may open after a mark ("，沙柳河等入湖
# 河流"): its upper and lower course, its basin, banks, mouth, level, a branch, or a list of waters going on
# ("秀姑巒溪與立霧溪"); not its side (畔), which common words take too ("種植溪畔樹木", planting streamside trees)
_WATERS_CONTEXT = re.compile("上游|中游|下游|流域|沿岸|出海口|水位|支流|河段|等|[與与和及、]")
# the prepositions a river's or a lake's name follows besides the unit's: along, across, by, through
_BEFORE_A_WATERS_NAME = _BEFORE_A_UNIT_NAME | set("沿跨靠過过入")


def _waters_names(sentence: str, place_ends: set[int]) -> Iterator[tuple[int, int]]:
    """Rivers and lakes no gazetteer knows, named by 河, 溪 or 湖 as (start, end): the shortest name of two or three
    characters that opens after a preposition or the place it lies in ("在七家灣溪", "刚察县沙柳河", "苏州市阳澄湖"),
    or after a mark when what follows is said of the water ("，沙柳河等入湖河流"; not "，夏季溪水")."""
    for water in _WATERS_CHARACTER.finditer(sentence):
        at, end = water.start(), water.end()
        if sentence[end : end + 1] in _NOT_AFTER_A_WATERS_NAME and not sentence.startswith("流域", end):
            continue  # ("河流" is a river, "洛明河流域" the Luoming River's basin)
        for start in (at - 2, at - 3):
            stem = sentence[start:at]
            if start < 0 or not _HAN_STEM.fullmatch(stem) or stem[0] in _NOT_A_UNIT_NAME_START or stem.startswith(_TIME_WORDS):
                break
            if _INSIDE_NO_UNIT_NAME.intersection(stem[1:]):
                break
            if stem[0] in _BEFORE_A_WATERS_NAME:
                continue  # "新灣區及愛河": "and", then a name of one character
            if stem[0] == "的":
                break  # ("松原的查干湖": the lake of the town before 的, which no name opens with)
            before = sentence[start - 1 : start]
            if before in _BEFORE_A_WATERS_NAME or start in place_ends or before == "的" and start - 1 in place_ends:
                yield start, end
                break
            if (not before or not _HAN_CHARACTER.match(before)) and _WATERS_CONTEXT.match(sentence, end):
                yield start, end
                break


def _unit_names(sentence: str, place_ends: set[int]) -> Iterator[tuple[int, int, str]]:
    """Counties, districts and cities named by their unit (_ZH_UNITS) as (start, end, English name): the
    shortest name of two or three characters that opens where a name can — the sentence's start, after a
    mark or a preposition, after the place it lies in (`place_ends`: where the places found end) — and
    makes no common noun with its unit."""
    for unit in _UNIT.finditer(sentence):
        at, end = unit.start(), unit.end()
        if sentence[end : end + 1] in _NOT_AFTER_A_UNIT_NAME or sentence[at - 1 : end] in _COMMON_UNIT_WORDS:
            continue
        hill = sentence[at - 1 : end] in _HILL_DISTRICTS
        for start in (at - 2, at - 3):
            stem = sentence[start:at]
            if start < 0 or not _HAN_STEM.fullmatch(stem) or stem[0] in _NOT_A_UNIT_NAME_START:
                break
            if _INSIDE_NO_UNIT_NAME.intersection(stem[1:]):
                break  # a clause, not a name: "住在鼓山區" is found from 鼓, after 在
            before = sentence[start - 1 : start]
            if stem[0] in _OPENS_A_CLAUSE and before not in _ZH_UNITS:
                continue  # "在北區": a preposition opens a name only after the unit the place lies in ("和田地区于田县")
            if before in _BEFORE_A_UNIT_NAME or start in place_ends or not hill and (not before or not _HAN_CHARACTER.match(before)):
                yield start, end, _in_pinyin(sentence[start:end], stem, _ZH_UNITS[unit.group(0)])
                break


# a body's short name in brackets right after its full name: "中華職業棒球大聯盟（中職）", "全国保険医団体連合会（保団連）",
# "ホクレン農業協同組合連合会（ホクレン）"
_BRACKETED_SHORT_NAME = re.compile(rf"[（(]([{HAN}]{{2,4}}|[{_KANA}]{{2,8}})[）)]")


def _bracketed_short_names(sentences: list[str], found: list[tuple[int, int, Mention]],
                           quoted_bodies: set[str]) -> list[tuple[int, int, Mention]]:
    """The mentions, where the article gives a body a short name in brackets after its full name (some of
    the name's characters, in order), with every mention of that short name naming the body: those no
    word of a body's ends, which no rule finds, added, and so for the bodies it names in quote marks."""
    short_names = {name: name for name in quoted_bodies}
    for number, start, mention in found:
        bracketed = mention.kind == "org" and _BRACKETED_SHORT_NAME.match(sentences[number], start + len(mention.text))
        if bracketed:
            short = bracketed.group(1)
            if len(short) < len(mention.text) and _in_order(short, mention.text):
                short_names[short] = mention.canonical
    if not short_names:
        return found
    found = [(number, start, Mention(mention.text, "org", short_names[mention.text]) if mention.text in short_names else mention)
             for number, start, mention in found]
    occurrences = _occurrences_of(short_names, sentences)
    # a place the short name holds is the short name's ("中国" in "中国商飞")
    inside = {(number, start) for number, start, mention in found if mention.kind == "place"
              for n, s, e, _ in occurrences if n == number and s <= start and start + len(mention.text) <= e}
    found = [item for item in found if item[:2] not in inside]
    return found + [(number, start, Mention(short, "org", short_names[short]))
                    for number, start, short in _not_yet_found(occurrences, found)]


# a ship, a satellite or a spacecraft by its name in katakana in quote marks after what it is ("フェリー「ノルヴィカ・スター」")
_JA_QUOTED_CRAFT = re.compile(rf"(?:船|フェリー|タンカー|ヨット|艦|衛星|探査機|宇宙船|ロケット|機)「([{_KANA}]{{2,}}(?:・[{_KANA}]{{2,}})*)」")
# what a body is, then its name in quote marks: "市民団体「議会を見守る会」", "運送会社「浪速ロジスティクス」"
_QUOTED_BODY = re.compile(r"(?:団体|會社|会社|企業|グループ|組織|法人|チーム)「([^「」。、！？]{2,20})」")
# what a place's name turns into a body's, whatever word follows: a metro ("台中捷運") or a cargo airline ("卢森堡货航")
_BODIES_NAMED_BY_A_PLACE = ("捷運", "捷运", "貨航", "货航")
# a Japanese company with the town it is based in after it: "敦賀マリン（敦賀市）", "阿波フーズ（徳島市）"
_BASED_IN = re.compile(rf"(?<![{HAN}{_KANA}A-Za-zＡ-Ｚａ-ｚ・])([{HAN}{_KANA}A-Za-zＡ-Ｚａ-ｚ・]{{2,12}})（[{HAN}]{{1,6}}[都道府県市町村区]）")
# what a landmark's name ends with, which a town after it locates as it does a company: "松本城（長野県松本市）"
_LANDMARK_ENDINGS = ("城", "寺", "神社", "大社", "神宮", "公園", "駅", "空港", "港", "橋", "山", "川", "湖")
# Japan's agricultural co-operatives by their place: "JA名西郡", "ＪＡ全農"
# (a name may hold hiragana, "JAふじ伊豆", "JAつがる弘前", but opens with no particle and ends with kanji or katakana)
# or ends in hiragana before a particle, when no particle stands inside it: "JA甲斐ぶどうの", "JA全農おかやまの担当者"
_JA_CASE_PARTICLES = "のはがをにでと"
# ("とやま", "とかち": a name may hold と and で, not の, は, が, を or に)
_JA_HIRAGANA_BUT_PARTICLES = "".join(chr(c) for c in range(0x3041, 0x3097) if chr(c) not in "のはがをに")
_JA_COOPERATIVE = re.compile(
    rf"(?:JA|ＪＡ)(?![{_JA_PARTICLE_CHARACTERS}])(?:[{HAN}{_KANA}{_JA_HIRAGANA_BUT_PARTICLES}]{{1,7}}[{_JA_HIRAGANA_BUT_PARTICLES}]"
    rf"(?=[{_JA_CASE_PARTICLES}](?![{_HIRAGANA}])|[、。])|[{HAN}{_KANA}{_HIRAGANA}]{{0,8}}?[{HAN}{_KANA}](?![{HAN}{_KANA}]))")


_BRACKETED_ACRONYM = re.compile(r"[（(]([A-Z]{2,8})[）)]")  # (up to "JAMSTEC")


def acronyms_in_brackets(sentences: list[str], mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a Latin acronym written in brackets after a body's name in characters
    ("日本野球機構（NPB）") naming that body wherever it stands."""
    acronyms = {}
    for mention in mentions:
        if mention.kind == "org" and has_cjk(mention.text):
            for sentence in sentences:
                for at in _occurrences(sentence, mention.text):
                    if bracketed := _BRACKETED_ACRONYM.match(sentence, at + len(mention.text)):
                        acronyms.setdefault(bracketed.group(1).upper(), mention.canonical)
    # (a long acronym is read as a shouted word and written so: "JAMSTEC" → "Jamstec")
    return [Mention(m.text, "org", acronyms[m.text.upper()]) if m.text.upper() in acronyms and m.canonical == m.text else m
            for m in mentions]


def _occurrences(sentence: str, text: str):
    at = sentence.find(text)
    while at >= 0:
        yield at
        at = sentence.find(text, at + 1)


def _named_again(sentences: list[str], found: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """Each further mention of a person the article names in full in Chinese (three characters or more) where no
    rule found one: "張國峰晚間在競選總部發表談話", "阿济佐夫说：「…」", with no title before the name nor a
    verb right after it (two characters may be part of a word)."""
    people = {mention.text for _, _, mention in found if mention.kind == "person"}
    names = {name for name in people if len(name) >= 3}
    # and a foreign name's last part ("费伦茨·托特" … "托特说")
    names |= {last for name in people if (last := foreign_name_last_part(name))}
    if not names:
        return []
    return [(number, start, Mention(name, "person", name))
            for number, start, name in _not_yet_found(_occurrences_of(names, sentences), found)]


def _fields_joined(name: str) -> bool:
    """Whether the one 及 or 与 in a body's name joins two fields of its work, after at least the place it
    serves: "香港考試及評核局", "中国科学院新疆生态与地理研究所"; not two bodies ("警察局及消防局") or places
    ("台北市及新北市…")."""
    odd = [i for i, character in enumerate(name) if character in _NOT_IN_AN_ORGS_NAME]
    if len(odd) != 1 or name[odd[0]] not in "及与與":
        return False
    i = odd[0]
    return i >= 4 and len(name) - i >= 4 and name[i - 1] not in _BODY_ENDINGS and name[i - 1] not in _PLACE_ENDINGS


# the portfolios a Chinese government body's name joins with 及 or 与 ("運輸及物流局", "環境及生態局",
# "林業及自然保育署", "海洋与渔业局", "文化體育及旅遊局"), which otherwise stand between two bodies ("警方及消防局")
_ZH_PORTFOLIOS = set(
    "環境 环境 林業 林业 運輸 运输 民政 交通 文化 體育 体育 旅遊 旅游 海洋 工業 工业 農業 农业 漁業 渔业 教育 衛生 卫生 "
    "福利 勞工 劳工 房屋 規劃 规划 地政 科技 創新 创新 商務 商务 經濟 经济 財政 财政 金融 保安 食物 食品 藥品 药品 自然 "
    "水利 水務 水务 能源 資源 资源 國土 国土 城鄉 城乡 建設 建设 住房 社會 社会 青年 婦女 妇女 兒童 儿童 海事 港口 鐵路 "
    "铁路 公路 觀光 观光 考試 考试 廣播 广播 電視 电视 信息 資訊 资讯 通訊 通讯 物流 貿易 贸易 投資 投资 人力 保育 生態 "
    "生态 保險 保险 醫療 医疗 衛福 卫福 新聞 新闻 出版 文物 古蹟 古迹 法務 法务 司法 郵政 邮政 氣象 气象 地震 地質 地质".split())
_PORTFOLIOS_JOINED_BY = set("及與与")


def _bodies_of_joined_portfolios(sentences: list[str], found: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """The bodies found right after 及 or 与, named with the portfolios before it: "運輸及物流局" is one bureau,
    not 物流局 after "transport and"; a name the rules found there already (a person, a place) keeps it out."""
    spans = _spans_by_sentence(found)
    result = []
    for number, start, mention in found:
        sentence = sentences[number]
        opening = start - 1
        if mention.kind == "org" and sentence[opening:start] in _PORTFOLIOS_JOINED_BY:
            while sentence[opening - 2 : opening] in _ZH_PORTFOLIOS:
                opening -= 2
            if opening < start - 1 and not any(s < start - 1 and opening < e for s, e, _ in spans.get(number, ())):
                name = sentence[opening : start + len(mention.text)]
                result.append((number, opening, Mention(name, "org", name)))
                continue
        result.append((number, start, mention))
    return result


def _bodies_named_again(sentences: list[str], found: list[tuple[int, int, Mention]]) -> list[tuple[int, int, Mention]]:
    """Each further mention of a body the article names (four characters or more) where a rule found it
    once: "记者从敦煌研究院获悉 … 敦煌研究院院长刘文华表示", though no word after it says it is a body there.
    Such a mention goes before the place its name opens with ("敦煌"). So does a company's name without
    its legal form ("比亚迪股份有限公司 … 比亚迪执行副总裁"), three characters or more, as its full name."""
    bodies = {mention.text for _, _, mention in found if mention.kind == "org" and len(mention.text) >= 4 and has_cjk(mention.text)}
    full_names = {stem: body for body in bodies for stem in [_without_company_form(body)] if len(stem) >= 3 and stem != body}
    bodies |= set(full_names)
    if not bodies:
        return found
    spans = _spans_by_sentence(found)
    added, replaced = [], set()
    for number, start, end, name in _occurrences_of(bodies, sentences):
        overlapping = [(s, e, m) for s, e, m in spans.get(number, ()) if start < e and s < end]
        if all(m.kind == "place" and start <= s and e <= end for s, e, m in overlapping) and not any(
                m.text == name for _, _, m in overlapping):
            replaced.update((number, s) for s, _, _ in overlapping)
            added.append((number, start, Mention(name, "org", full_names.get(name, name))))
    return [item for item in found if item[:2] not in replaced] + added


def _without_company_form(name: str) -> str:
    """A company's name without the longest legal form it ends with ("比亚迪股份有限公司" → "比亚迪"), or as it is."""
    form = max((form for form in _COMPANY_FORMS if name.endswith(form)), key=len, default="")
    return name[: len(name) - len(form)]


def _occurrences_of(names: Iterable[str], sentences: list[str]) -> list[tuple[int, int, int, str]]:
    """(sentence number, start, end, name) of each place the sentences write one of `names`."""
    pattern = re.compile(_alternation(list(names)))
    return [(number, match.start(), match.end(), match.group(0))
            for number, sentence in enumerate(sentences) for match in pattern.finditer(sentence)]


def _not_yet_found(occurrences: list[tuple[int, int, int, str]],
                   found: list[tuple[int, int, Mention]]) -> list[tuple[int, int, str]]:
    """(sentence number, start, name) of the occurrences that overlap no mention found already."""
    spans = _spans_by_sentence(found)
    return [(number, start, name) for number, start, end, name in occurrences
            if not any(start < e and s < end for s, e, _ in spans.get(number, ()))]


def _spans_by_sentence(found: list[tuple[int, int, Mention]]) -> dict[int, list[tuple[int, int, Mention]]]:
    """Sentence number → (start, end, mention) of the mentions found in it."""
    spans: dict[int, list[tuple[int, int, Mention]]] = {}
    for number, start, mention in found:
        spans.setdefault(number, []).append((start, start + len(mention.text), mention))
    return spans


# the words a place's name makes a disease or a language with
_DISEASE_AND_LANGUAGE = {"病", *LANGUAGE_WORDS}
# what goes on from 港 when it opens a word rather than ends a port's name: 港务 (port authority), 港口, 港航, 港区
_PORT_WORDS = set("务務口航区區湾灣")


def _site_word_length(name: str) -> int:
    """How many characters of a place's name the dictionary read are the word for what it is, a unit or a site: "八幡浜市"
    1, "新潟港" 1, "女満別空港" 2."""
    return next((len(word) for word in SITE_WORDS if name.endswith(word)), 0) or int(name[-1] in _PLACE_ENDINGS or name[-1] in STRUCTURE_SUFFIXES)


def _port(sentence: str, simplified: str, end: int, known: tuple[re.Pattern[str], dict[str, tuple[str, str]]]) -> tuple[int, str] | None:
    """(where a port's name ends, the second town it is named after or "") when 港 follows the place
    that ends at `end`, maybe after a second known place."""
    second = ""
    if sentence[end : end + 1] != "港" and (after := known[0].match(simplified, end)) and sentence[after.end() : after.end() + 1] == "港":
        second, end = known[1][after.group(0)][0], after.end()
    if sentence[end : end + 1] == "港" and sentence[end + 1 : end + 2] not in _PORT_WORDS:
        return end + 1, second
    return None


# a shrine, an airport, a fishing port, a station or a national park named after its place ("秩父神社", "鹿児島空港",
# "銚子漁港", "桃園機場", "甲府駅", "台中車站", "太魯閣國家公園"): the word, and its English (Japanese sites as the
# dictionary's names take them)
_STRUCTURES_AFTER_PLACES = (("神社", "Shrine"), *SITE_WORDS.items(), ("渔港", "Fishing Port"), ("機場", "Airport"), ("机场", "Airport"), ("車站", "Station"),
                            ("车站", "Station"), ("駅", "Station"), ("國家公園", "National Park"), ("国家公园", "National Park"),
                            ("国立公園", "National Park"))

# what makes 站 after a place's name a word of its own: the station's head (站长), an area (站区), standing (站在, 站着)
_NOT_AFTER_A_STATION = set("长長区區在上台臺点點着著起出稳穩内內住得了")
_TOURS = set("节節赛賽演展会會季")  # what stops at a place on its tour
# and in Japanese a bay, a marsh or a river named after its town ("大村湾", "釧路湿原", "釧路川"; Chinese writes 湾 in
# words of its own: "大湾区", the Greater Bay Area), not after a unit's word ("横浜市川口": Yokohama, then Kawaguchi)
_JA_WATERS_AFTER_PLACES = (("湾", "Bay"), ("湿原", "Marsh"), ("川", "River"))


def _team_of_a_place(simplified: str, start: int, end: int, known: tuple[re.Pattern[str], dict[str, tuple[str, str]]]) -> int | None:
    """Where a team's name opens inside a run that ends with 队 (at `end`) when a known place stands right
    before that word, after other words: "战胜盐城队" is "beat" and 盐城队."""
    for opening in range(start + 1, end - 2):
        if (place := known[0].match(simplified, opening)) and place.end() == end - 1:
            return opening
    return None


# the words "国" ends, which a body's name opening with it ("国連", the UN) is no part of: "本州四国連絡高速道路会社" is
# the company that links Honshu and Shikoku, "全国連合会" a national federation
_COUNTRY_WORDS = set("四国 中国 韓国 全国 外国 米国 英国 各国 両国 本国 諸国 隣国 他国 自国 祖国 帝国 王国 天国 入国 出国 帰国 母国 "
                     "敵国 大国 小国 島国 雪国 南国 北国 異国 建国 愛国 開国 盟国 四國 中國 韓國 全國 外國 美國 英國 各國".split())


def _inside_a_places_name(sentence: str, end: int) -> bool:
    """Whether a body's short name that ends at `end` opens the name of a city, a town or a ward no
    table knows, which goes on in characters to the unit's word ("東大" in "東大阪市")."""
    rest = sentence[end : end + 3]
    return bool(rest) and _HAN_CHARACTER.match(rest) is not None and any(
        character in _HEADED_PLACES for character in rest[1:3]) and rest[0] not in _HEADED_PLACES


def _inside_a_katakana_word(sentence: str, start: int, end: int) -> bool:
    """A name in katakana that the word it stands in goes on from or into ("マリ" in "マリン")."""
    if not _KANA_WORD.fullmatch(sentence, start, end):
        return False
    return bool(_KANA_WORD.fullmatch(sentence[start - 1 : start]) or _KANA_WORD.fullmatch(sentence[end : end + 1]))


_KANA_WORD = re.compile(f"[{_KANA}]+")


def _katakana_before(sentence: str, start: int, place_names: re.Pattern[str]) -> int | None:
    """Where a word of three katakana or more right before `start` opens, unless it is a place's name itself (one
    of `place_names`) or one of a foreign name's parts ("・")."""
    opening = start
    while opening > 0 and _KANA_WORD.fullmatch(sentence[opening - 1]):
        opening -= 1
    if start - opening < 3 or (opening and sentence[opening - 1] == "・"):
        return None
    return None if place_names.fullmatch(sentence, opening, start) else opening


# a city, town or ward written with the word that its head's title adds 長 to (市長, 町長, 村長, 区長)
_HEADED_PLACES = set("市町村区")


def _credited_name_length(sentence: str, simplified: str, start: int, longest: int,
                          known: tuple[re.Pattern[str], dict[str, tuple[str, str]]] | None) -> int:
    """How many of the `longest` characters a credit opens with are the name (three or two), or 0;
    `simplified` is the sentence in the simplified characters the known places are written in."""
    if sentence[start] not in _ZH_SURNAMES:
        return 0
    for length in (3, 2)[(3 > longest):]:
        if length == 3 and sentence[start + 2] in _ONE_CHARACTER_CREDIT_ENDINGS:
            continue  # "（记者王芳摄）": the photograph's mark ends the credit, not the name
        rest = sentence[start + length :]
        if not rest or not ("\u3400" <= rest[0] <= "\u9fff") or rest.startswith(_ZH_CREDIT_ENDINGS):
            return length
        if known and known[0].match(simplified, start + length):
            return length
    return 0


# Japanese courts by their short names: "熊本地裁" is the 熊本地方裁判所
_COURTS_SHORTENED = {"地裁": "地方裁判所", "高裁": "高等裁判所", "家裁": "家庭裁判所", "簡裁": "簡易裁判所"}


def _abbreviated_bodies(mentions: list[Mention], departments: set[str] = frozenset()) -> list[Mention]:
    """A body's short name is its full name written in the article: Chinese shortens a name by keeping
    some of its characters in order and its last word ("食藥署" for 食品藥物管理署, "疾管署" for 疾病管制署);
    a name may also drop the word that says what the body is ("大阪桐蔭" for 大阪桐蔭高校). A department written
    right after its place (`departments`) is that place's, no short name of a body such as the nation's
    ("定西市卫生健康委员会" beside 国家卫生健康委员会)."""
    bodies = {m.text: m.canonical for m in mentions if m.kind == "org"}
    resolved = []
    for mention in mentions:
        if mention.kind == "org" and mention.canonical == mention.text and mention.text not in departments:
            fuller = [name for name in bodies if len(name) > len(mention.text) and _shortens(mention.text, name)]
            if fuller:
                mention = Mention(mention.text, "org", bodies[max(fuller, key=len)])
        resolved.append(mention)
    return resolved


def _shortens(short: str, name: str) -> bool:
    """Whether `short` is a short name of the body named `name`: some of its characters in order and its last
    word ("食藥署"), the name without its body's word ("大阪桐蔭"), or a court's short name ("熊本地裁")."""
    if short[-1] in name[-2:] and short[0] != name[-1] and _in_order(short, name):
        return True
    if name.startswith(short) and (name[len(short) :] in _ORG_ENDINGS or name[len(short) :] in _COMPANY_FORMS):
        return True
    return any(short.endswith(abbreviation) and name == short[: -len(abbreviation)] + full
               for abbreviation, full in _COURTS_SHORTENED.items())


# the legal forms a company's full name ends with, and its short name drops ("比亚迪股份有限公司" → "比亚迪")
_COMPANY_FORMS = set("股份有限公司 有限公司 有限责任公司 有限責任公司 股份公司 集团有限公司 集團有限公司 控股有限公司 集团股份有限公司 "
                     "集團股份有限公司 ホールディングス 公司".split())  # ("香港電車公司 … 香港電車董事總經理")


def _in_order(short: str, name: str) -> bool:
    """Whether `short`'s characters all stand in `name`, in order."""
    rest = iter(name)
    return all(character in rest for character in short)


def foreign_name_last_part(name: str) -> str | None:
    """The part of a foreign name written with dots that names the person again on its own, its last one of two
    characters or more ("费伦茨·托特" → 托特, "艾琳‧恩吉拉凱" → 恩吉拉凱, "ジェームズ・ハート" → ハート), or None."""
    last = _FOREIGN_NAME_DOT.split(name)[-1]
    return last if last != name and len(last) >= 2 else None


def _full_names(mentions: list[Mention]) -> list[Mention]:
    """A family name alone ("比嘉さん") is the person named in full elsewhere ("比嘉真理子")."""
    people = [m.text for m in mentions if m.kind == "person"]
    resolved = []
    for mention in mentions:
        if mention.kind == "person":
            # a family name opens a Chinese or Japanese name, and ends a foreign one written with a dot
            fuller = [p for p in people if p != mention.text and (p.startswith(mention.text) or foreign_name_last_part(p) == mention.text)]
            if fuller:
                mention = Mention(mention.text, "person", max(fuller, key=len))
        resolved.append(mention)
    return resolved
