"""Chinese and Japanese people's names as English news writes them, so that a report in characters and
one in English meet on the person: 森下隆之 → Takayuki Morishita (given name first, from the names'
readings in MeCab's dictionary), 王晓明 → Wang Xiaoming (family name first, in Hanyu Pinyin). Only a
comparison key for grouping: the name shown stays as the text writes it."""

from __future__ import annotations

from storyweave.clean.scripts import has_cjk
from storyweave.extract.japanese import japanese_tagger, romanised
from storyweave.extract.pinyin import pinyin_name

# a Chinese name is a family name of one character and a given name of one or two; foreign names written in
# characters carry a dot between their parts ("马克·埃斯珀") and are transliterations, not read so
_CHINESE_NAME_LENGTHS = (2, 3)
_NAME_DOTS = "·・•"


def person_in_latin(name: str, lang: str | None) -> str | None:
    """`name`, a person's name in characters, as English writes it; None when it is not one the rules
    can read (a foreign name transliterated, a name in kana, another language)."""
    if not has_cjk(name) or any(dot in name for dot in _NAME_DOTS):
        return None
    if lang == "ja":
        words = list(japanese_tagger()(name))
        kinds = [tuple(word.feature)[1:4] for word in words]
        if (len(words) == 2 and kinds == [("固有名詞", "人名", "姓"), ("固有名詞", "人名", "名")]
                and all(len(word.feature) > 8 and word.feature[8] != "*" for word in words)):
            # (no apostrophe between syllables: English writes Kenichi, not Ken'ichi)
            family, given = (romanised(word.feature[8]).replace("'", "") for word in words)
            return f"{given} {family}"
        return None
    if lang == "zh" and len(name) in _CHINESE_NAME_LENGTHS:
        return f"{pinyin_name(name[0])} {pinyin_name(name[1:])}"
    return None
