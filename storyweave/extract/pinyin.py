"""Chinese place names in Hanyu Pinyin, the way English writes the counties, districts and towns no
gazetteer lists (松北 → Songbei, 南岸 → Nan'an, 東港 → Donggang): pypinyin's readings, which ship in
its wheel, with its dictionary of words for the characters that read differently inside one."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

# characters whose reading in place names is not the one pypinyin gives them (长治 and 长乐 are Chang-,
# 都昌 and 都匀 Du-)
_PLACE_READINGS = {"长": "chang", "長": "chang", "都": "du"}


@lru_cache(maxsize=1)
def _reader() -> Callable[[str], list[str]]:
    from pypinyin import Style, lazy_pinyin

    return lambda characters: lazy_pinyin(characters, style=Style.NORMAL, v_to_u=True, errors="ignore")


def pinyin_name(characters: str) -> str:
    """One capitalised word; a syllable opening with a, o or e after another takes an apostrophe
    (Xi'an, Pu'er), as the standard spelling of place names does, so no two names run together."""
    syllables = [_PLACE_READINGS.get(character, syllable) for character, syllable in zip(characters, _reader()(characters))]
    if not syllables:
        return characters
    word = syllables[0] + "".join(("'" if syllable[0] in "aoe" else "") + syllable for syllable in syllables[1:])
    return word[:1].upper() + word[1:]

