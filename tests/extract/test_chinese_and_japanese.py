"""Chinese and Japanese: names found by the titles, honorifics and official words around them,
speakers of 「」 quotes, and reported speech ("X表示，…", "Xは、…と述べた"). Texts, people and
bodies are invented."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.extract.cjk import cjk_entities
from storyweave.extract.japanese import romanised
from storyweave.model import Article, RawDocument

from extraction import named_in_characters

ZH = "\n\n".join([
    "河港市暴雨成災　兩人死亡",
    "河港市水利局表示，昨夜的暴雨已造成兩人死亡，逾千戶停電。",
    "市長周文華在災區說：「我們會盡快恢復供電，請市民不要涉水。」",
    "她表示，市府已開設十處收容所，並請求中國紅十字會協助。",
])
JA = "\n\n".join([
    "大雨で川が氾濫　住民避難",
    "北川町の水害対策本部によると、住民約300人が避難した。",
    "町の防災課の森田智子さんは記者会見で「夜間の外出は控えてほしい」と述べた。",
    "森田さんは、堤防の修理には一週間かかると述べた。国土交通省は、専門家を派遣すると発表した。",
])


def analysed(text: str) -> Article:
    raw = RawDocument("x.txt", "x.txt", text)
    return analyse(raw, clean_document(raw))


def test_chinese_people_and_bodies_are_named_by_the_words_around_them() -> None:
    found = {(m.canonical, m.kind) for m in cjk_entities(ZH.split("\n\n"))}
    # (the Red Cross Society of China is one body the organisation list knows: its "China" is no place of its own)
    assert {("周文華", "person"), ("河港市水利局", "org"), ("中國紅十字會", "org")} <= found
    assert not any(m.text in {"全部", "東部"} for m in cjk_entities(["全部居民已撤離，東部山區仍有積水。"]))


def test_a_japanese_family_name_alone_is_the_person_named_in_full() -> None:
    mentions = cjk_entities(JA.split("\n\n"))
    people = [(m.text, m.canonical) for m in mentions if m.kind == "person"]
    assert ("森田智子", "森田智子") in people and ("森田", "森田智子") in people
    assert ("国土交通省", "org") in {(m.canonical, m.kind) for m in mentions}


def test_a_place_before_a_mayors_title_is_no_person() -> None:
    assert not [m for m in cjk_entities(["大阪市長は会見で方針を説明した。"]) if m.kind == "person"]


def test_chinese_quotes_and_reported_speech_have_their_speakers() -> None:
    quotes = {(q.text, q.speaker, q.direct) for q in analysed(ZH).quotes}
    assert ("我們會盡快恢復供電，請市民不要涉水。", "周文華", True) in quotes
    assert ("市府已開設十處收容所，並請求中國紅十字會協助", "周文華", False) in quotes  # 她 → the mayor
    assert ("昨夜的暴雨已造成兩人死亡，逾千戶停電", None, False) in quotes  # a bureau is no person


def test_japanese_quotes_and_reported_speech_have_their_speakers() -> None:
    quotes = {(q.text, q.speaker, q.direct) for q in analysed(JA).quotes}
    assert ("夜間の外出は控えてほしい", "森田智子", True) in quotes
    assert ("堤防の修理には一週間かかる", "森田智子", False) in quotes
    assert ("専門家を派遣する", None, False) in quotes
    assert not any(text.startswith("記者会見で") for text, _, _ in quotes)  # the 「」 quote is direct, not reported


def test_a_foreign_name_written_with_a_middle_dot_is_a_person() -> None:
    people = [m.text for m in cjk_entities(["匈牙利经济部长费伦茨·托特表示，工厂明年投产。"]) if m.kind == "person"]
    assert people == ["费伦茨·托特"]


def test_a_chinese_name_right_before_the_speech_verb_speaks_whatever_title_precedes_it() -> None:
    text = "漁港停工\n\n港口工人代表周明德說：「我們只想安心工作。」"
    quotes = {(q.text, q.speaker) for q in analysed(text).quotes}
    assert ("我們只想安心工作。", "周明德") in quotes
    assert not [m for m in cjk_entities(["小说家说：「写作很难」"]) if m.kind == "person"]
    assert not [m for m in cjk_entities(["高雄市表示，颱風已遠離。"]) if m.kind == "person"]  # a city speaks, not a Mr Gao


def test_a_japanese_quote_followed_by_to_and_any_verb_is_the_topics() -> None:
    text = "新工場が稼働\n\n苫川市の村井健吾市長は「若者が地元で働ける場が増える」と歓迎した。"
    assert ("若者が地元で働ける場が増える", "村井健吾") in {(q.text, q.speaker) for q in analysed(text).quotes}


@pytest.mark.parametrize(
    ("sentence", "place"),
    [("岩手県の山林火災は28日も続いた。", "Iwate Prefecture"), ("沖縄では停電が続いた。", "Okinawa"),
     ("臺東縣政府表示，道路已搶通。", "Taitung County"), ("高雄市昨天下了整天的雨。", "Kaohsiung"),
     ("金沢市内の高校で授業が再開した。", "Kanazawa"), ("鄭州市的工廠昨天停工。", "Zhengzhou")],
)
def test_east_asian_regions_and_cities_take_their_english_names(sentence: str, place: str) -> None:
    assert (place, "place") in {(m.canonical, m.kind) for m in cjk_entities([sentence])}


@pytest.mark.parametrize(
    "sentences, lang, expected",
    [
        # a report's credits name its reporter and editor; the dateline's place ends the name
        (["（東洋社記者許家豪高雄12日電）港區昨夜起火。"], "zh", {("許家豪", "person", "許家豪"), ("高雄", "place", "Kaohsiung")}),
        (["（記者鄭慧玲報道）衛生署今日表示，"], "zh", {("鄭慧玲", "person", "鄭慧玲"), ("衛生署", "org", "衛生署")}),  # "today" between body and verb
        (["（责任编辑：孙晓）"], "zh", {("孙晓", "person", "孙晓")}),
        # a press conference and what the reporter learnt name nobody
        (["记者会上，他表示会尽快处理。", "记者从市政府获悉，"], "zh", set()),
        # an artist's trade before the name, and 氏 inside a Vietnamese name
        (["越南导演阮氏梅表示，电影将在河内首映。"], "zh", {("越南", "place", "Vietnam"), ("阮氏梅", "person", "阮氏梅"), ("河内", "place", "Hanoi")}),
        # a family name a city shares, before a mayor's title: the person when named in full
        (["鶴岡市の田村良平市長は会見した。", "田村市長は予算を説明した。"], "ja",
         {("鶴岡市", "place", "Tsuruoka"), ("田村良平", "person", "田村良平"), ("田村", "person", "田村良平")}),
        (["田村市長は予算を説明した。"], "ja", {("田村市", "place", "Tamura")}),
        # any title after it: "田村組合長" is the union head named in full before
        (["漁協の田村良平組合長は述べた。", "田村組合長は支援を求めた。"], "ja",
         {("田村良平", "person", "田村良平"), ("田村", "person", "田村良平")}),
        (["田村組合長は支援を求めた。"], "ja", {("田村", "place", "Tamura")}),
        # a player's rank after the name, a director general's title
        (["佐伯光一四段が村上健叡王に勝った。", "同庁の森本正長官は述べた。"], "ja",
         {("佐伯光一", "person", "佐伯光一"), ("村上健", "person", "村上健"), ("森本正", "person", "森本正")}),
        # a foreign name in katakana, and its last part alone later
        (["英国出身のエマ・ロウリーさんは話した。", "ロウリーさんによると、"], "ja",
         {("英国", "place", "United Kingdom"), ("エマ・ロウリー", "person", "エマ・ロウリー"), ("ロウリー", "person", "エマ・ロウリー")}),
        (["ロウリーさんによると、"], "ja", set()),
    ],
)
def test_credits_ranks_mayors_and_katakana_names(sentences: list[str], lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert {(m.text, m.kind, m.canonical) for m in cjk_entities(sentences, lang)} == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "name", "english"),
    [
        ("世界衛生組織今天表示，疫情仍在擴大。", "zh", "世界衛生組織", "World Health Organization"),
        ("欧盟委员会周三公布了新的规定。", "zh", "欧盟委员会", "European Commission"),  # not the 欧盟 inside it
        ("国連は声明を発表した。", "ja", "国連", "United Nations"),
        ("ユネスコが登録を決めた。", "ja", "ユネスコ", "UNESCO"),
    ],
)
def test_international_bodies_named_in_characters_take_their_english_names(sentence: str, lang: str, name: str, english: str) -> None:
    assert [(m.text, m.kind, m.canonical) for m in cjk_entities([sentence], lang) if m.text == name] == [(name, "org", english)]


@pytest.mark.parametrize(
    "sentences, expected",
    [
        # a person named in full with no title, and a town the dictionary knows, in English
        (["北海道大樹町で、村上隆之は記者に語った。"],
         {("北海道", "place", "Hokkaido"), ("大樹町", "place", "Taiki"), ("村上隆之", "person", "村上隆之")}),
        # a prefecture keeps its word, a city drops it
        (["会見は長崎県西海市で開かれた。"], {("長崎県", "place", "Nagasaki Prefecture"), ("西海市", "place", "Saikai")}),
        # a company: proper nouns and the words of a business, or a name the dictionary has as a body's;
        # the place it is named after is no place of its own
        (["バス大手の北陸交通は運休を決めた。", "九州フードサービスの社員が謝罪した。"],
         {("北陸交通", "org", "北陸交通"), ("九州フードサービス", "org", "九州フードサービス")}),
        (["日本航空は声明を出した。"], {("日本航空", "org", "日本航空")}),
        # but a common noun before a business's word is no company ("public transport")
        (["公共交通の利用者が減った。", "地方鉄道は赤字だ。"], set()),
        # the end of a longer word is no place, nor "within the village"
        (["湯之沢町で地熱発電所が稼働した。", "村内の小学校3校を統合する。"], {("湯之沢町", "place", "湯之沢町")}),
        # a given name that a longer word goes on from is no name, nor one written in kana; a country
        # in katakana inside a longer word is not that country ("マリ" in "マリン")
        (["佐伯遥斗四段が勝った。", "運航する宗谷マリンによると、"], {("佐伯遥斗", "person", "佐伯遥斗")}),
        (["マリで選挙が行われた。"], {("マリ", "place", "Mali")}),
    ],
)
def test_japanese_names_the_dictionary_knows(sentences: list[str], expected: set[tuple[str, str, str]]) -> None:
    assert {(m.text, m.kind, m.canonical) for m in cjk_entities(sentences, "ja")} == expected


@pytest.mark.parametrize(("pronunciation", "english"), [("キューシュー", "Kyushu"), ("ホッカイドー", "Hokkaido"), ("オートヨ", "Otoyo"),
                                                       ("ワッカナイ", "Wakkanai"), ("イノウエ", "Inoue")])
def test_a_pronunciation_is_written_as_english_writes_japanese_places(pronunciation: str, english: str) -> None:
    assert romanised(pronunciation) == english


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a government department named after its province or city: the place, and the department
        ("江西省水利厅发布了预警。", {("江西省", "place"), ("水利厅", "org")}),
        ("據高雄市衛生局表示，病例增加。", {("高雄市", "place"), ("衛生局", "org")}),  # "according to" is no part of it
        ("成都市文化广电旅游局表示，", {("成都市", "place"), ("文化广电旅游局", "org")}),
        # two provinces joined by "and" are two places, and a city without its word stays a place
        ("湖南省和江西省降雨。", {("湖南省", "place"), ("江西省", "place")}),
    ],
)
def test_a_chinese_body_opens_with_the_place_it_serves(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert {(m.text, m.kind) for m in cjk_entities([sentence], "zh")} == expected


@pytest.mark.parametrize(("sentence", "lang", "place"), [
    ("至少200架无人机坠入长江，现场观众目睹了这一幕。", "zh", "Yangtze River"),
    ("機体は発射場の東約30キロの太平洋上に落下した。", "ja", "Pacific Ocean"),
])
def test_rivers_and_oceans_written_in_characters_take_their_english_names(sentence: str, lang: str, place: str) -> None:
    assert (place, "place") in {(m.canonical, m.kind) for m in cjk_entities([sentence], lang)}


@pytest.mark.parametrize(("sentence", "person"), [
    ("香港棋手梁子軒在馬來西亞奪冠。", "梁子軒"),  # a player, then the name, then "in"
    ("「理赔也在加快」，王立新说。", "王立新"),  # after the quote and a comma
    ("涉事業主何志強透過律師表示，會上訴。", "何志強"),
    ("越南導演阮氏蘭的首部長片獲獎。", "阮氏蘭"),
])
def test_chinese_people_after_more_titles_and_before_more_words(sentence: str, person: str) -> None:
    assert (person, "person", person) in named_in_characters([sentence])


def test_a_chinese_clause_before_a_title_is_no_one() -> None:
    assert not any(kind == "person" for _, kind, _ in named_in_characters(["维持一审对被告人赵国强判处有期徒刑。"]))


@pytest.mark.parametrize(("sentence", "text", "place"), [
    ("河南遭遇强降雨，多地停课。", "河南", "Henan"),  # a province without its 省
    ("嘉義縣布袋鎮的蚵農損失慘重。", "嘉義縣", "Chiayi County"),  # the county, not the city of that name
    ("屯門一幢大廈的升降機昨日急墜。", "屯門", "Tuen Mun"),  # a Hong Kong district
    ("至少20艘貨輪在宁波舟山港外排隊。", "宁波舟山港", "Ningbo-Zhoushan Port"),  # a port named after two towns
])
def test_chinese_provinces_counties_districts_and_ports(sentence: str, text: str, place: str) -> None:
    assert (text, "place", place) in named_in_characters([sentence])


def test_a_port_authoritys_name_stays_an_organisation() -> None:
    assert ("宁波舟山港集团", "org", "宁波舟山港集团") in named_in_characters(["宁波舟山港集团表示，运力已恢复。"])


def test_a_chinese_bodys_short_name_is_its_full_name() -> None:
    named = named_in_characters(["衛生福利部食品藥物管理署今天表示，已下架。", "食藥署指出，共有12批。"])
    assert ("食藥署", "org", "衛生福利部食品藥物管理署") in named


@pytest.mark.parametrize(("sentence", "expected"), [
    ("JR東日本は23日、運転を見合わせた。", [("JR東日本", "org", "JR東日本")]),  # no Japan inside it
    ("鹿児島空港では12便が欠航した。", [("鹿児島空港", "place", "Kagoshima Airport")]),
    ("福岡県警によると、男は逮捕された。", [("福岡県警", "org", "福岡県警")]),
    ("九州北部で大雨が続いた。", [("九州", "place", "Kyushu")]),
])
def test_japanese_companies_airports_police_and_regions(sentence: str, expected: list) -> None:
    assert named_in_characters([sentence], "ja") == expected


def test_a_city_written_in_characters_takes_its_english_name_without_long_vowel_marks() -> None:
    assert ("大館市", "place", "Odate") in named_in_characters(["大館市の小学校が統合される。"], "ja")  # geonames writes "Ōdate"


@pytest.mark.parametrize(("sentence", "body"), [
    ("傷者被送往聯合醫院，其中4人情況危殆。", "聯合醫院"),  # after "to"
    ("研究团队与江南大学合作开展监测。", "江南大学"),  # after "with"
    ("土地審裁處裁定業主須退還租客。", "土地審裁處"),  # an office's 處
])
def test_chinese_bodies_inside_a_sentence(sentence: str, body: str) -> None:
    assert (body, "org", body) in named_in_characters([sentence])


@pytest.mark.parametrize(("sentence", "outlet"), [
    ("【明報專訊】新界單車徑新路段啟用。", "明報"),
    ("人民网武汉11月22日电　江城大剧院重新开放。", "人民网"),
])
def test_the_outlet_a_chinese_report_opens_with(sentence: str, outlet: str) -> None:
    assert (outlet, "org", outlet) in named_in_characters([sentence])


def test_this_papers_own_report_names_no_outlet() -> None:
    assert not any(kind == "org" for _, kind, _ in named_in_characters(["【本報訊】台北市今天宣布。"]))


@pytest.mark.parametrize(("sentence", "body"), [
    ("大館東小学校は来春、統合される。", "大館東小学校"),
    ("日本将棋連盟は23日、発表した。", "日本将棋連盟"),
    ("桜ヶ丘動物園によると、赤ちゃんは元気だという。", "桜ヶ丘動物園"),  # ヶ inside a name in kanji
])
def test_japanese_schools_federations_and_names_with_ke(sentence: str, body: str) -> None:
    assert (body, "org", body) in named_in_characters([sentence], "ja")


def test_a_japanese_school_word_alone_is_no_body() -> None:
    assert not any(kind == "org" for _, kind, _ in named_in_characters(["高校は来月から休校となる。"], "ja"))


def _quotes(paragraphs: list[str]) -> list[tuple[str, str | None, bool]]:
    raw = RawDocument("q.txt", "q.txt", "\n\n".join(["橋樑事故　多人受傷", *paragraphs]))
    return [(q.text, q.speaker, q.direct) for q in analyse(raw, clean_document(raw)).quotes]


def test_a_chinese_body_reporting_after_a_persons_quote_is_not_that_person() -> None:
    quotes = _quotes(["乘客李嘉欣說：「巴士轉彎時突然傾側，大家都撞成一團。」屯門醫院發言人表示，其中8名傷者情況嚴重。"])
    assert ("其中8名傷者情況嚴重", None, False) in quotes
    assert ("巴士轉彎時突然傾側，大家都撞成一團。", "李嘉欣", True) in quotes


def test_a_chinese_officer_who_reminds_is_the_quotes_speaker() -> None:
    quotes = _quotes(["岳阳市交警支队民警张勇提醒：「雾天请务必减速、开雾灯、保持车距。」"])
    assert ("雾天请务必减速、开雾灯、保持车距。", "张勇", True) in quotes


def test_a_japanese_bank_president_named_before_his_title_is_a_person() -> None:
    named = named_in_characters(["中村浩二頭取は記者会見で「ご迷惑をおかけしました」と述べた。", "中村頭取は、不具合があったと述べた。"], "ja")
    assert ("中村浩二", "person", "中村浩二") in named and ("中村", "person", "中村浩二") in named


def test_a_chinese_reporter_credited_after_a_wide_space() -> None:
    assert ("周海燕", "person", "周海燕") in named_in_characters(["本报记者\u3000周海燕"])


def test_a_national_park_named_after_its_place_and_its_administration() -> None:
    assert named_in_characters(["太魯閣國家公園內的步道發生落石。"]) == [("太魯閣國家公園", "place", "Taroko National Park")]
    assert named_in_characters(["墾丁國家公園管理處表示，將封閉步道。"]) == [("墾丁國家公園管理處", "org", "墾丁國家公園管理處")]


def test_a_title_ending_with_a_family_names_character_is_no_part_of_the_name() -> None:
    text = "报告\n\n武汉理工大学就业指导中心主任周敏说：「今年企业更看重实习经历。」"
    raw = RawDocument("z.txt", "z.txt", text)
    assert [q.speaker for q in analyse(raw, clean_document(raw)).quotes] == ["周敏"]


def test_a_farmer_named_after_their_trade_is_a_person() -> None:
    people = {m.text for m in cjk_entities(["彭亨州劳勿的果农陈国良有800棵榴莲树。"], "zh") if m.kind == "person"}
    assert people == {"陈国良"}


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("日本航空の鈴木健太郎広報部長は、原因が分かるまで点検を続けると述べた。", "鈴木健太郎"),
        ("群馬県警の石井浩交通企画課長は、事故の原因を詳しく調べると述べた。", "石井浩"),
        ("高橋由美知事は記者会見で述べた。", "高橋由美"),
    ],
)
def test_a_japanese_department_between_the_name_and_the_title_is_no_part_of_the_name(sentence: str, person: str) -> None:
    assert {m.text for m in cjk_entities([sentence], "ja") if m.kind == "person"} == {person}


def test_a_japanese_body_that_also_comments_is_no_persons_voice() -> None:
    text = ("記事\n\n日本航空の鈴木健太郎広報部長は「原因を調べる」と述べた。大韓航空も「乗客に心配をかけ、申し訳ない」とするコメントを出した。")
    raw = RawDocument("j.txt", "j.txt", text)
    speakers = {q.text: q.speaker for q in analyse(raw, clean_document(raw)).quotes}
    assert speakers["原因を調べる"] == "鈴木健太郎"
    assert speakers["乗客に心配をかけ、申し訳ない"] is None


def test_a_japanese_quote_whose_speaker_the_cleft_after_it_names() -> None:
    text = ("記事\n\n国頭漁協の大城健太組合長は「エンジンが止まる」と話した。\n\n"
            "「海が灰色に変わってしまった」と嘆くのは、名護市でダイビング店を営む金城美咲さん。")
    raw = RawDocument("j.txt", "j.txt", text)
    assert {q.text: q.speaker for q in analyse(raw, clean_document(raw)).quotes}["海が灰色に変わってしまった"] == "金城美咲"


@pytest.mark.parametrize(
    ("sentence", "lang", "person"),
    [
        ("捜査1課の佐々木智也管理官は「応募した若者は抜けられなくなっていた」と述べた。", "ja", "佐々木智也"),
        ("万博協会の石田雅之事務次長は「平日も混雑が続く」と述べた。", "ja", "石田雅之"),
        ("英国游客彼得·沃森说：「这里的气氛比很多职业比赛还热烈。」", "zh", "彼得·沃森"),
    ],
)
def test_more_titles_and_descriptions_around_a_name(sentence: str, lang: str, person: str) -> None:
    assert person in {m.text for m in cjk_entities([sentence], lang) if m.kind == "person"}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("香港中文大學經濟學系副教授馮嘉欣表示，人民幣匯率偏弱。", "香港中文大學"),
        ("北京航空航天大学教授孙立军表示，噪音问题需要解决。", "北京航空航天大学"),
        ("傷者被送往聯合醫院治療。", "聯合醫院"),
    ],
)
def test_a_university_or_hospital_is_a_body_whatever_follows_its_name(sentence: str, body: str) -> None:
    assert body in {m.text for m in cjk_entities([sentence], "zh") if m.kind == "org"}


def test_a_small_japanese_citys_name_without_its_city_word_is_an_ordinary_chinese_word() -> None:
    places = {m.canonical for m in cjk_entities(["上週末逾120萬人次經陸路口岸北上深圳。"], "zh") if m.kind == "place"}
    assert places == {"Shenzhen"}
    assert "Kitakami" in {m.canonical for m in cjk_entities(["北上市で大雨が降った。"], "ja")}
    assert "Hebei" in {m.canonical for m in cjk_entities(["强沙尘暴袭击内蒙古、河北和北京等地。"], "zh")}
    assert "Osaka" in {m.canonical for m in cjk_entities(["他上个月去了大阪旅游。"], "zh")}


def test_according_to_in_two_characters_is_no_part_of_a_bodys_name() -> None:
    assert [m.text for m in cjk_entities(["根據交通部觀光署統計，遊客增加三成。"], "zh") if m.kind == "org"] == ["交通部觀光署"]


@pytest.mark.parametrize("sentence, body", [
    ("運輸及物流局發言人表示，渡輪將加班。", "運輸及物流局"),
    ("據農業及漁業處統計，今年稻米減產。", "農業及漁業處"),
    ("文化體育及旅遊局局長今天出席記者會。", "文化體育及旅遊局"),  # three portfolios
    ("海洋与渔业局表示，休渔期将延长。", "海洋与渔业局"),
])
def test_a_bodys_name_joins_its_portfolios_with_and(sentence, body):
    assert (body, "org", body) in named_in_characters([sentence])


def test_and_between_a_group_and_a_body_joins_no_name():
    # the police, and then the fire services department
    names = named_in_characters(["警方及消防處人員到場處理。"])
    assert not [name for name in names if name[0].startswith("警方")]
