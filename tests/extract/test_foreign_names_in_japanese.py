"""Foreign names in Japanese text: a katakana word the dictionary does not know before a person's title, a
ship or a satellite by its katakana name in quote marks after what it is; and
the Latin acronyms a Japanese or Chinese text writes among its characters, which end where the characters
begin. The people and ships are invented for these tests."""

from __future__ import annotations

import pytest

from extraction import article_names, named_in_characters
from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.model import RawDocument


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("フランスのヴァルモン大統領は２０日、記者会見した。", "ヴァルモン"),
        ("ドイツのケスラー首相も同日、会見した。", "ケスラー"),
        ("政府代表団を率いたベレニ内相は「停戦を守る」と表明した。", "ベレニ"),
        ("戦線側のコスタ首席交渉官は「最初の一歩だ」と語った。", "コスタ"),
        ("ハルヴォルセン前大統領は支持を表明した。", "ハルヴォルセン"),
        ("ブレッケスタッド船長は記者団に説明した。", "ブレッケスタッド"),
    ],
)
def test_an_unknown_katakana_word_before_a_persons_title_is_a_foreign_name(sentence: str, person: str) -> None:
    assert (person, "person", person) in named_in_characters([sentence], "ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "チーム監督は試合後に話した。",  # a team's coach: a loanword the dictionary knows
        "ウクライナ大統領府が声明を出した。",  # the country's presidential office
        "ホテル支配人が対応した。",
        "ハートさんは話した。",  # ("さん" follows what someone is called too: a person only when named in full)
    ],
)
def test_a_known_word_before_a_title_is_no_foreign_name(sentence: str) -> None:
    assert not [name for name in named_in_characters([sentence], "ja") if name[1] == "person"]


def test_a_ship_by_its_katakana_name_in_quote_marks_after_what_it_is() -> None:
    found = named_in_characters(["スカルブリニエン社が運航するフェリー「ノルヴィカ・スター」が浅瀬に乗り上げた。"], "ja")
    assert ("ノルヴィカ・スター", "other", "ノルヴィカ・スター") in found
    assert not [name for name in named_in_characters(["彼は「ノルヴィカ・スター」と呼んだ。"], "ja") if name[0] == "ノルヴィカ・スター"]


def _mentions(text: str) -> list[tuple[str, str]]:
    raw = RawDocument("ja.txt", "ja.txt", text)
    return [(m.text, m.kind) for m in analyse(raw, clean_document(raw)).entities]


def test_a_latin_acronym_among_japanese_characters_ends_where_they_begin() -> None:
    found = _mentions("打ち上げ延期　インドのロケット\n\nインドのISROが打ち上げを担当し、JAXAのチームも現地入りした。駅のATMの前には列が"
                      "できた。NEXCO東日本は通行止めを解除した。")
    assert ("JAXA", "org") in found
    assert not [text for text, _ in found if text.startswith(("ISRO", "JAXA", "ATM")) and len(text) > 4]
    # no list knows them as bodies: names the text gives, not organisations' (the rules for letters see no words around them)
    assert ("ISRO", "other") in found
    assert ("ATM", "other") in found
    assert not [text for text, kind in found if text == "NEXCO" and kind == "org"]  # (the body's name in characters holds it)
    assert ("NEXCO東日本", "org") in found


def test_a_latin_name_among_chinese_characters_ends_where_they_begin() -> None:
    names = article_names("发射推迟\n\n印度空间研究组织ISRO表示，GSLV火箭将择期发射。")
    assert not [text for text, _, _ in names if text.startswith("ISRO") and len(text) > 4]
