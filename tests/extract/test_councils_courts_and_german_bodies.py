"""Rules from heldout_v's misses (development data since heldout_w was written): Japanese councils and
courts are bodies, a body may hold "・", a name or term in 「」 that a particle follows is no quote, a
body named in quote marks after what it is; judges and head coaches by title; German regions' genitives
before a role, a hyphenated body's genitive in its base form, a body's regional branch, determiners
that open no name, Austrian governors, more German speech verbs. From heldout_w's misses: Chinese names
written again after a title, more surnames and farmers' titles, parties and papers in traditional
characters, Japanese courts' short names, diseases named after places."""

from __future__ import annotations

import pytest

from storyweave.clean import split_sentences

from extraction import named_in_characters, names, speakers


def _cjk(text: str) -> set[tuple[str, str, str]]:
    return set(named_in_characters(split_sentences(text), "ja"))


def _entities(text: str) -> set[tuple[str, str, str]]:
    return names(text, "de")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("金沢市議会は24日の本会議で条例改正案を可決した。富山市議会も検討している。", {("金沢市議会", "org", "金沢市議会"), ("富山市議会", "org", "富山市議会")}),
        ("大阪地裁は24日、約8500万円の支払いを命じた。", {("大阪地裁", "org", "大阪地裁")}),
        ("国際スキー・スノーボード連盟は中止を発表した。", {("国際スキー・スノーボード連盟", "org", "International Ski and Snowboard Federation")}),
        ("遺族が運送会社「浪速ロジスティクス」に賠償を求めた。浪速ロジスティクスはコメントした。",
         {("浪速ロジスティクス", "org", "浪速ロジスティクス")}),
        ("市民団体「議会を見守る会」の北村由美代表が話した。", {("議会を見守る会", "org", "議会を見守る会"), ("北村由美", "person", "北村由美")}),
        ("田中健一裁判長は判決で指摘した。", {("田中健一", "person", "田中健一")}),
        ("日本チームの中村誠ヘッドコーチは述べた。", {("中村誠", "person", "中村誠")}),
    ],
)
def test_japanese_councils_courts_and_titles(text, expected):
    assert expected <= _cjk(text)


def test_a_body_quoted_after_what_it_is_is_named_wherever_it_stands():
    found = named_in_characters(split_sentences("遺族が運送会社「浪速ロジスティクス」に賠償を求めた。浪速ロジスティクスはコメントした。"), "ja")

    assert [text for text, kind, _ in found if kind == "org"] == ["浪速ロジスティクス", "浪速ロジスティクス"]


def test_a_city_alone_before_its_council_word_is_no_body():
    assert not any(kind == "org" for _, kind, _ in _cjk("次の市議会で審議される。"))


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("市民団体「議会を見守る会」の北村由美代表は「定数より中身を議論してほしい」と話した。", ["定数より中身を議論してほしい"]),
        ("「マイナ保険証」の資格確認システムに障害が発生した。", []),  # a term, which の follows
    ],
)
def test_a_name_in_quote_marks_that_a_particle_follows_is_no_quote(text, quoted):
    assert list(speakers(text)) == quoted


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Sachsens Wirtschaftsminister Martin Vogel erklärte es.", {("Sachsens", "place", "Saxony"), ("Martin Vogel", "person", "Martin Vogel")}),
        ("Nach Zahlen des Robert Koch-Instituts wurden 287 Fälle gemeldet.",
         {("Robert Koch-Instituts", "org", "Robert Koch-Institut")}),
        ("Die AOK Baden-Württemberg zahlte die Impfdosen.", {("AOK Baden-Württemberg", "org", "AOK Baden-Württemberg")}),
        ("Landeshauptmann Josef Brandstätter sagte das.", {("Josef Brandstätter", "person", "Josef Brandstätter")}),
        ("„Mein Mandant hat jeden Tag Pakete ausgefahren“, sagte Jensen.", set()),  # (a surname alone names no one yet)
        ("Das teilte ein Sprecher des Innenministeriums mit.", {("Innenministeriums", "org", "Innenministerium")}),
        # longer names: the head noun before a preposition, or the last word, and the adjectives opening the name
        ("Eine Rakete des Deutschen Zentrums für Luft- und Raumfahrt (DLR) ist gestartet.",
         {("Deutschen Zentrums für Luft- und Raumfahrt", "org", "Deutsches Zentrum für Luft- und Raumfahrt"),
          ("DLR", "org", "Deutsches Zentrum für Luft- und Raumfahrt")}),
        ("Nach Angaben des Deutschen Sparkassen- und Giroverbands (DSGV) sank die Zahl.",
         {("DSGV", "org", "Deutscher Sparkassen- und Giroverband")}),
        ("Die Zinsentscheidung der Europäischen Zentralbank kam früh.",
         {("Europäischen Zentralbank", "org", "Europäische Zentralbank")}),
    ],
)
def test_german_names(sentence, expected):
    assert _entities(sentence) == expected


def test_a_german_body_reports_with_melden():
    said = speakers("Die Krankenkasse zahlte. Die AOK Baden-Württemberg meldete, dass sie rund 410.000 Impfdosen bezahlt habe.")

    assert "sie rund 410.000 Impfdosen bezahlt habe" in said


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a name the article writes again after a title, whatever follows it there; its further mentions too
        ("苗栗縣頭份市長張國峰罷免案23日投票。張國峰晚間在競選總部發表談話。", "zh",
         [("張國峰", "person", "張國峰"), ("張國峰", "person", "張國峰")]),
        ("文化體育及旅遊局局長麥嘉欣表示，入住率達92%。", "zh", [("麥嘉欣", "person", "麥嘉欣")]),  # a Hong Kong surname
        ("在阿瓦提县，棉农王建华今年种了260亩棉花。", "zh", [("王建华", "person", "王建华")]),
        ("他屬國民黨，遭民進黨籍市民代表發起罷免。", "zh", [("國民黨", "org", "國民黨"), ("民進黨", "org", "民進黨")]),
        ("（星島日報）", "zh", [("星島日報", "org", "星島日報")]),
        ("熊本地方裁判所は24日、賠償を命じた。熊本地裁の判決は重い。", "ja",
         [("熊本地方裁判所", "org", "熊本地方裁判所"), ("熊本地裁", "org", "熊本地方裁判所")]),
        ("水俣病の被害を訴えた。", "ja", []),  # a disease named after a place
        ("住友ファーマは承認を申請した。", "ja", [("住友ファーマ", "org", "住友ファーマ")]),
    ],
)
def test_chinese_people_parties_papers_and_japanese_courts(text, lang, expected):
    found = [item for item in named_in_characters(split_sentences(text), lang) if item[1] in {"person", "org", "place"}]
    assert [item for item in found if item in expected or item[0] in {e[0] for e in expected}] == expected
    if not expected:
        assert found == []


def test_a_single_character_title_before_a_repeated_run_names_no_one():
    text = "长江江豚数量回升。长江江豚保护区扩大。"
    assert not [item for item in named_in_characters(split_sentences(text), "zh") if item[1] == "person"]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Im Kanton Bern wurde abgestimmt. Der Kanton Zürich folgt.",
         # a canton named like its capital, told from the town
         {("Kanton Bern", "place", "Canton of Bern"), ("Kanton Zürich", "place", "Canton of Zurich")}),
        ("Der Staat steigt bei der Meyer Werft ein.", {("Meyer Werft", "org", "Meyer Werft")}),  # a shipyard
        ("Gnitzen sind bei Kälte kaum aktiv, in Grenznähe kaufen viele ein, bei Zulieferern hängen Stellen.", set()),
        ("Die Firma zog nach Uelzen.", {("Uelzen", "place", "Uelzen")}),  # (a town after a preposition stays one)
    ],
)
def test_cantons_shipyards_and_lone_german_nouns(sentence, expected):
    assert _entities(sentence) == expected


def test_a_spanish_coach_named_by_role_is_the_last_person_named():
    said = speakers("“Este grupo no se rinde nunca”, afirmó el entrenador, Iker Zubiaurre. El técnico añadió que el título "
                    "era de toda la ciudad.")
    assert said.get("el título era de toda la ciudad") == "Iker Zubiaurre"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("立法院今天通過修正案。勞動部次長陳文琪說：「彈性請假很好。」", [("立法院", "org", "立法院"), ("勞動部", "org", "勞動部")]),
        ("國民黨立委王淑惠表示，政府應提供補助。", [("國民黨", "org", "國民黨")]),
        ("全國工業總會（工總）則表示，新制將增加負擔。工總也反對。", [("全國工業總會", "org", "全國工業總會"), ("工總", "org", "全國工業總會"),
                                                  ("工總", "org", "全國工業總會")]),
        # a short name in brackets holds a place's name: the body's, not the place
        ("中国商用飞机有限责任公司（中国商飞）24日表示，交付15架。", [("中国商用飞机有限责任公司", "org", "中国商用飞机有限责任公司"),
                                                    ("中国商飞", "org", "中国商用飞机有限责任公司")]),
        ("中国东方航空表示，已接收11架。", [("中国东方航空", "org", "中国东方航空")]),
        ("国家医保局官员张立群表示，新目录将执行。", [("国家医保局", "org", "国家医保局")]),
    ],
)
def test_chinese_yuans_federations_airlines_and_bodies_before_titles(text, expected):
    found = [item for item in named_in_characters(split_sentences(text), "zh") if item[1] == "org"]
    assert found == expected


def test_but_and_already_open_no_body():
    found = named_in_characters(split_sentences("谈判机制很好，但医院的配备还要跟上。"), "zh")
    assert not [item for item in found if item[1] == "org"]


# from heldout_aa's misses (development data since heldout_ab was written)
def test_a_german_body_named_by_its_bare_word_first_is_a_body() -> None:
    assert ("Verband Deutscher Hopfenpflanzer", "org", "Verband Deutscher Hopfenpflanzer") in _entities(
        "Das teilte der Verband Deutscher Hopfenpflanzer am Montag in Wolnzach mit.")


def test_a_councillor_by_title_and_a_saints_town_by_its_adjective() -> None:
    found = _entities("Die St. Galler Regierungsrätin Claudia Egger betonte, dass Bern 65 Prozent der Kosten übernimmt.")
    assert {("Claudia Egger", "person", "Claudia Egger"), ("St. Galler", "place", "St. Gallen")} <= found
