"""A name Japanese writes in katakana, or Chinese in characters chosen for their sounds, meets the name in
Latin letters by how it sounds; so a Japanese report of a foreign event joins the European reports of it.

The ferry, its operator, the people and the town are invented for these tests."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

from storyweave.extract.latin_names import latin_sounds, name_sound
from storyweave.group.events import EventState
from storyweave.group.features import ArticleFeatures, latin_sound_index
from storyweave.model import RawDocument
from storyweave.pipeline import group_in_memory
from storyweave.settings import Settings

FERRY_EN = """Norvika Star ferry runs aground off Hallerup, 212 passengers taken off
Published: March 9, 2027
HALLERUP, March 9 (Reuters) - The ferry Norvika Star ran aground on a sandbank off the Danish port of Hallerup on Tuesday, and all 212 passengers were taken off by lifeboats, operator Skarvlinjen said.
Captain Jonas Brekkestad told reporters the ship had lost steering in a squall shortly after leaving the harbour.
"The passengers stayed calm and nobody was hurt," Brekkestad said.
Skarvlinjen said it had cancelled its crossings to Norway until the ship could be refloated and inspected by divers.
"""

FERRY_JA = """フェリー「ノルヴィカ・スター」が座礁　乗客212人救助

デンマークの港町沖で9日、スカルブリニエン社が運航するフェリー「ノルヴィカ・スター」が浅瀬に乗り上げ、乗客212人全員が救命ボートで救助された。

ブレッケスタッド船長は記者団に対し、出港直後に突風で操舵ができなくなったと説明した。けが人はいないという。

同社はノルウェーへの便を当面欠航すると発表した。ノルヴィカ・スターは潜水士による点検の後、離礁させる予定だ。"""

# the same operator, another ship, another year: no name of this occurrence but the operator's
OTHER_FERRY_EN = """Skarvlinjen orders two electric ferries for the Hallerup crossing
Published: June 2, 2025
HALLERUP, June 2 - Skarvlinjen has ordered two battery-electric ferries from a Polish yard for its crossing to Norway, the operator said on Monday.
The ships, to be delivered in 2028, will replace vessels built in the 1990s, chief executive Marit Vellesen said.
"""


def grouped(texts: dict[str, str]) -> dict[str, Any]:
    return group_in_memory([RawDocument(name, name, text) for name, text in texts.items()], Settings())


@pytest.mark.parametrize(
    ("written", "lang", "latin"),
    [
        ("マクロン", "ja", "Macron"),
        ("トランプ", "ja", "Trump"),
        ("ショルツ", "ja", "Scholz"),
        ("ゼレンスキー", "ja", "Zelensky"),
        ("グテーレス", "ja", "Guterres"),
        ("ジェイド・メリディアン", "ja", "Jade Meridian"),
        ("キプロティッチ", "ja", "Kiprotich"),
        ("ノルヴィカ・スター", "ja", "Norvika Star"),  # (an English r after a vowel is a long vowel in katakana)
        ("クルト", "ja", "Kurt"),  # (and a German one is ル)
        ("星川モバイル", "ja", "Hoshikawa Mobile"),  # a family name in characters, read by the dictionary, and a loanword
        ("马克龙", "zh", "Macron"),
        ("古特雷斯", "zh", "Guterres"),
    ],
)
def test_a_name_in_characters_sounds_like_its_latin_spelling(written: str, lang: str, latin: str) -> None:
    assert name_sound(written, lang) is not None
    assert name_sound(written, lang) in latin_sounds(latin.lower())


@pytest.mark.parametrize(("one", "other"), [("バイデン", "putin"), ("メルケル", "macron"), ("ラガルド", "legault")])
def test_names_that_sound_different_stay_apart(one: str, other: str) -> None:
    # katakana keeps voiced and voiceless apart (バ, プ; ド, t), so the sounds do too
    assert name_sound(one, "ja") not in latin_sounds(other)


def test_too_short_or_latin_names_have_no_sound_in_characters() -> None:
    assert name_sound("メイ", "ja") is None  # (one consonant tells no name from another)
    assert name_sound("Tokyo", "ja") is None
    assert latin_sounds("東京") == ()


def test_a_japanese_report_of_a_foreign_event_joins_it_by_names_that_sound_alike() -> None:
    export = grouped({"en.txt": FERRY_EN, "ja.txt": FERRY_JA, "other.txt": OTHER_FERRY_EN})

    events = {a["input"]: a["event"] for a in export["articles"]}
    assert events["ja.txt"] == events["en.txt"] != events["other.txt"]
    evidence = [line for e in export["events"] for r in e["reasons"] for line in r["evidence"]]
    assert any(line.startswith("names written in other scripts that sound alike: ") and "norvika star" in line for line in evidence)


def test_an_events_kept_sounds_follow_its_names_and_are_never_pickled() -> None:
    state = EventState("e1", entity_sum={1: 0.5}, entity_names={1: "brekkestad"})
    assert state.latin_sounds() == latin_sound_index({1: "brekkestad"}, {1: 0.5}, {}) != {}
    # a new member's names are indexed too: the kept index is dropped when names come
    joining = ArticleFeatures(terms={}, entities={2: 0.4}, entity_names={2: "norvika star"}, quote_shingles={}, figures={},
                              occurred=None, published=None)
    state.absorb("a2", {}, {2: 0.4}, joining)
    assert set(state.latin_sounds().values()) == {1, 2}
    assert pickle.loads(pickle.dumps(state)).latin_index is None
