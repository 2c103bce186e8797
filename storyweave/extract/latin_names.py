"""Chinese and Japanese people's names as English news writes them, so that a report in characters and
one in English meet on the person: 森下隆之 → Takayuki Morishita (given name first, from the names'
readings in MeCab's dictionary), 王晓明 → Wang Xiaoming (family name first, in Hanyu Pinyin). And how
any name sounds, as a skeleton of its consonants, so that a foreign name Japanese writes in katakana
(ジェイド・メリディアン, マクロン) or Chinese in characters chosen for their sounds (马克龙) meets the
name in Latin letters (Jade Meridian, Macron). Only comparison keys for grouping: the name shown stays
as the text writes it."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from storyweave.clean.scripts import has_cjk
from storyweave.extract.japanese import japanese_tagger, romanised, romkan_letters
from storyweave.extract.pinyin import pinyin_name

# a Chinese name is a family name of one character and a given name of one or two; foreign names written in
# characters carry a dot between their parts ("马克·埃斯珀") and are transliterations, not read so
_CHINESE_NAME_LENGTHS = (2, 3)
_NAME_DOTS = "·・•"


@lru_cache(maxsize=65536)
def person_in_latin(name: str, lang: str | None) -> str | None:
    """`name`, a person's name in characters, as English writes it; None when it is not one the rules
    can read (a foreign name transliterated, a name in kana, another language). Cached: grouping asks for
    every mention of a person, and a name recurs within an article and across reports."""
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


# a name written only in katakana (its parts joined by "・"), which Japanese writes foreign names in
_KATAKANA_NAME = re.compile("[ァ-ヺー・]+")
_HIRAGANA = re.compile("[ぁ-ゖ]")
# what the sound of a name keeps, in order: the spellings of one sound made one letter (German's z and
# Japanese ツ are "ts"; Japanese writes ti as チ, a doubled ch as ッチ, "cchi"), then the letters Japanese
# and Chinese cannot tell apart made one (l and r, b and v; s and z, as English writes a z sound with s), then
# the vowels and the letters that stand for one or for nothing (h, f, w, y: フ is "fu" and "hu") dropped. The
# other voiced and voiceless stay apart, as katakana tells them apart (Biden is バイデン, Putin プーチン)
_SPELLINGS = [("cch", "tch"), ("sch", "S"), ("tch", "t"), ("ch", "t"), ("sh", "S"), ("ph", ""), ("th", "t"), ("dt", "t"),
              ("ck", "k"), ("qu", "k"), ("q", "k"), ("x", "ks"), ("ng", "n"), ("tz", "s"), ("ts", "s")]
_SOFT_C = re.compile("c(?=[eiy])")
# an r after a vowel and before no vowel, which Japanese writes as a long vowel when the name is English ("Star" is
# スター, "Parker" パーカー) and as ル when it is not ("Kurt" is クルト), or both in one name ("Norvika Star",
# ノルヴィカ・スター): a name in letters sounds every way, its r sounded, not at a word's end, or not at all
_SILENT_R = re.compile("r(?![aeiouy])")
_SILENT_R_AT_THE_END = re.compile(r"r\b")
_LETTER_CLASSES = str.maketrans({"c": "k", "v": "b", "l": "r", "z": "s",
                                 "a": None, "e": None, "i": None, "o": None, "u": None, "y": None, "h": None, "f": None,
                                 "w": None})
_REPEATED = re.compile(r"(.)\1+")
_NOT_A_TO_Z = re.compile("[^a-z]+")
# pinyin's letters for sounds English spells otherwise
_PINYIN_SPELLINGS = [("zh", "j"), ("x", "sh"), ("q", "ch"), ("c", "ts")]
# the fewest consonants a sound may keep to be compared: a katakana name is a foreign name by its script alone; a name
# read from characters needs a longer sound, as its readings are guesses
SHORTEST_SOUND = 3
SHORTEST_SOUND_READ = 4


def sound_of(latin: str) -> str:
    """The skeleton of consonants of a name in Latin letters: "Macron" and マクロン (makuron) → "mkrn",
    "Trump" and トランプ (toranpu) → "trnp", "Scholz" and ショルツ (shorutsu) → "Srs"."""
    return _consonants(_plain_letters(latin), None)


def _plain_letters(latin: str) -> str:
    """The name's words in lower-case a to z only, accents taken off and other characters dropped."""
    return " ".join(_NOT_A_TO_Z.sub("", word) for word in unicodedata.normalize("NFKD", latin.lower()).split())


def _consonants(words: str, silent_r: re.Pattern[str] | None) -> str:
    """`sound_of` for words `_plain_letters` gave; the r's `silent_r` finds are not sounded ("Star" → "st")."""
    if silent_r is not None:
        words = silent_r.sub("", words)
    letters = words.replace(" ", "")
    for spelling, sound in _SPELLINGS:
        letters = letters.replace(spelling, sound)
    letters = _SOFT_C.sub("s", letters).translate(_LETTER_CLASSES).replace("mp", "np")
    return _REPEATED.sub(r"\1", letters)


@lru_cache(maxsize=65536)
def latin_sounds(key: str) -> tuple[str, ...]:
    """The sounds of a name key written in Latin letters, its r after a vowel sounded and not (none for a key in
    another script, or too short)."""
    if not key.isascii():
        key = unicodedata.normalize("NFKD", key)
        if not all(c.isascii() or unicodedata.combining(c) for c in key):
            return ()
    words = _plain_letters(key)
    sounds = (_consonants(words, None), _consonants(words, _SILENT_R_AT_THE_END), _consonants(words, _SILENT_R))
    return tuple(dict.fromkeys(sound for sound in sounds if len(sound) >= SHORTEST_SOUND))


def name_sound(name: str, lang: str | None) -> str | None:
    """The sound of a name written in Japanese (its katakana, or the readings MeCab's dictionary gives
    its words) or in Chinese characters (their pinyin); None for other names, names whose words the
    dictionary cannot read, and sounds too short to tell names apart."""
    if not has_cjk(name):
        return None
    if lang == "ja":
        if _KATAKANA_NAME.fullmatch(name):
            latin, shortest = romkan_letters(name), SHORTEST_SOUND
        else:
            readings = []
            for word in japanese_tagger()(name):
                if _KATAKANA_NAME.fullmatch(word.surface) or _HIRAGANA.match(word.surface) and len(word.feature) <= 7:
                    readings.append(word.surface)
                elif len(word.feature) > 7 and word.feature[7] != "*":
                    readings.append(word.feature[7])
                else:
                    return None
            latin, shortest = romkan_letters("".join(readings)), SHORTEST_SOUND_READ
    elif lang == "zh":
        latin = pinyin_name(name).lower()
        for spelling, sound in _PINYIN_SPELLINGS:
            latin = latin.replace(spelling, sound)
        shortest = SHORTEST_SOUND_READ
    else:
        return None
    sound = sound_of(latin)
    return sound if len(sound) >= shortest else None
