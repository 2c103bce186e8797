"""People, places and organisations from capitalisation, roles and gazetteers — no model download.

A proper-noun phrase is a run of capitalised words (with "of", "al-", "bin" … inside). Roles in
front of a name ("Israeli Prime Minister Benjamin Netanyahu") are peeled off: the demonym names a
place, the role is dropped, the rest is the person. Inside an article a surname alone ("Netanyahu")
is merged into the full name it stands for."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from storyweave.clean.metadata import AGENCIES
from storyweave.extract.gazetteer import DEMONYMS, countries, places
from storyweave.model import Mention

_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žА-яЁё][\w'’\-]*(?:\.(?=[A-Z]\.))?\.?|[.,;:!?()\"“”«»„]|\S")
_CONNECTORS = {"of", "de", "del", "der", "van", "von", "al", "bin", "ibn", "la", "le", "du", "da", "dos", "di", "el"}
_SENTENCE_STARTERS = set(
    "the a an in on at to for from by with but and or if as so he she it they we i you his her its their our my your this that these "
    "those there here after before when while since during following according meanwhile however also only speaking asked earlier later "
    "then now today yesterday tomorrow last next some many most all both each every other such no not one two three several what who why "
    "how where which despite although though because under over into amid among about around between against without within once until "
    "further furthermore moreover meanwhile instead indeed still yet even perhaps already nevertheless nonetheless thus hence "
    "tonight overnight selon según secondo laut gemäß nach mit bei für während auch aber und der die das ein eine le la les un une "
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr prof".split()
)
ROLE_WORDS = set(
    "president prime minister ministers director secretary chancellor king queen prince princess pope general gen. mr. mrs. ms. dr. "
    "sen. senator rep. representative governor gov. mayor chief commander foreign defense defence health interior finance economy "
    "spokesman spokeswoman spokesperson head leader chairman chairwoman chair ambassador judge justice captain capt. deputy vice speaker "
    "premier sheikh ceo officer state former acting lt. col. colonel sergeant sgt. professor prof. coach manager founder "
    "executive envoy special attorney mr mrs ms dr sir lord lady senior top pm mp commissioner councillor councilor "
    "councilman councilwoman inspector superintendent sheriff detective bishop archbishop cardinal rabbi imam constable "
    "chancellor mayor-elect president-elect secretary-general spokesperson".split()
)
_ORG_WORDS = set(
    "ministry party council forces force army navy agency bank university company corporation corp. corp inc. inc group movement "
    "organization organisation committee commission office department court parliament senate congress union association foundation "
    "institute center centre service services police bureau house kremlin assembly authority authorities federation fund club league "
    "airlines airways hospital school college brigades brigade guard cabinet government network times news post press agency "
    "nations systems maritime holdings energy motors partners capital labs technologies solutions industries international "
    "organisation organization institution council railways railway shipping logistics pharma pharmaceuticals insurance "
    "trust fund ministry directorate secretariat alliance coalition front council tribunal commission".split()
)
_PLACE_WORDS = set("strip city province region island islands river sea valley mountains county state district peninsula coast border gulf".split())
_CALENDAR = set(
    "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)
_COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower"}
_NOT_TOWNS = ROLE_WORDS | _ORG_WORDS | _COMPASS | {"police", "central", "union", "commission", "council", "bank"}
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z]{2,6}s?$")


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower().replace("’", "'")


def _is_capitalised(token: str) -> bool:
    return token[:1].isupper()


def _normal_case(token: str) -> str:
    # "ISRAELI Prime Minister" in a shouted lead: shouting is not an acronym
    if token.isupper() and len(token.rstrip(".")) > 5:
        return token.capitalize()
    return token


_SUFFIX = re.compile(r"-[a-z]+$")
_POSSESSIVE = re.compile(r"['’]s?$")


def _phrases(tokens: list[str]) -> list[list[str]]:
    runs: list[list[str]] = []
    current: list[str] = []
    for position, token in enumerate(tokens):
        clean = token.rstrip(".") if not _ACRONYM.match(token) else token
        # "Hamas-led", "Gaza-based": the name is the capitalised part
        if "-" in clean:
            clean = _SUFFIX.sub("", clean)
        if clean.lower() in _CALENDAR:
            following = tokens[position + 1] if position + 1 < len(tokens) else ""
            # "Theresa May" is a name; "May 3", "in May", "May 2018" are dates
            if not (current and current[-1].lower() not in _CONNECTORS and not following[:1].isdigit()):
                if current:
                    runs.append(current)
                current = []
                continue
        if clean and _is_capitalised(clean) and clean[0].isalpha():
            if position == 0 and clean.lower() in _SENTENCE_STARTERS:
                continue
            current.append(_normal_case(clean))
            if token.endswith(".") and not _ACRONYM.match(token) and clean.lower() + "." not in ROLE_WORDS:
                runs.append(current)
                current = []
        elif current and token.lower() in _CONNECTORS:
            current.append(token.lower())
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    cleaned = []
    for run in runs:
        # "When Donald Trump …" after an opening quote mark, "Praising London …": sentence openers
        while len(run) > 1 and (run[0].lower() in _SENTENCE_STARTERS and run[0].lower() != "the" or run[0].endswith("ing")):
            run = run[1:]
        while run and run[-1] in _CONNECTORS:
            run.pop()
        # "'s" belongs to the possessive, not the name
        if run:
            run[-1] = _POSSESSIVE.sub("", run[-1])
            cleaned.append(run)
    return cleaned


_ROLE_SUFFIXES = ("minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "sprecher", "sprecherin",
                  "chef", "chefin", "ministre", "ministro", "ministra", "presidente", "portavoz", "sindaco")


def _is_role(word: str) -> bool:
    """"President", "Gen.", and compounds like "Innenministerin" or "Regierungssprecher"."""
    low = word.lower().rstrip(".")
    return low in ROLE_WORDS or (len(low) > 6 and low.endswith(_ROLE_SUFFIXES))


def _split_run(run: list[str]) -> list[tuple[str, str]]:
    """One capitalised run → (text, kind hint) pieces. Roles split it: what stands before a role is
    an affiliation ("Israeli", "CIA", "Hamas"), what follows the last role is the person."""
    if len(run) > 1 and run[-1].lower() in _ORG_WORDS:
        # "World Health Organization", "European Union", "International Monetary Fund": one name
        return [(" ".join(run[1:] if run[0].lower() == "the" else run), "org")]
    pieces: list[tuple[str, str]] = []
    segment: list[str] = []
    saw_role = False
    for word in run + [""]:
        low = word.lower()
        if word and _is_role(word):
            saw_role = True
            if segment and not (len(segment) == 1 and segment[0].lower() == "the"):
                text = " ".join(w for w in segment if w.lower() != "the" or w is not segment[0])
                low_text = text.lower()
                pieces.append((DEMONYMS.get(low_text, text), "place" if low_text in DEMONYMS else ""))
            segment = []
            continue
        if word:
            segment.append(word)
            continue
        while segment and segment[0] in _CONNECTORS:
            segment = segment[1:]
        if segment:
            text = " ".join(segment)
            if not saw_role and len(segment) > 1 and segment[0].lower() in DEMONYMS:
                pieces.append((DEMONYMS[segment[0].lower()], "place"))
                text = " ".join(segment[1:])
            else:
                # "United States Donald Trump" (after "President of the"): a place, then a name
                for size in (3, 2, 1):
                    if len(segment) >= size + 2 and _fold(" ".join(segment[:size])) in places():
                        pieces.append((" ".join(segment[:size]), "place"))
                        text = " ".join(segment[size:])
                        break
            pieces.append((text, "person" if saw_role and text[:1].isupper() and not _ACRONYM.match(text) and _looks_like_name(text) else ""))
    return pieces


def _looks_like_name(text: str) -> bool:
    words = text.split()
    low = _fold(text)
    return 1 <= len(words) <= 4 and low not in places() and not any(w.lower() in _ORG_WORDS for w in words)


def _kind(text: str, hint: str) -> str:
    if hint:
        return hint
    low = _fold(text)
    words = low.split()
    if low in AGENCIES:
        return "org"
    if len(words) > 1 and words[0] in _COMPASS:
        return "place"  # "West Bank", "South Gaza", "Northern Ireland"
    if (low in places() and not (" " not in low and low in _NOT_TOWNS)) or low in DEMONYMS:
        return "place"
    if _ACRONYM.match(text):
        return "org"
    if any(w in _ORG_WORDS for w in words):
        return "org"
    if words and words[-1] in _PLACE_WORDS:
        return "place"
    if len(words) > 1 and words[0] in _COMPASS and " ".join(words[1:]) in places():
        return "place"
    if 2 <= len(words) <= 4 and all(w[:1].isalpha() for w in words):
        return "person"
    return "other"


def extract_entities(sentences: list[str]) -> list[Mention]:
    tokenised = [(sentence, _TOKEN.findall(sentence)) for sentence in sentences]
    inner_words = {_fold(w) for _, tokens in tokenised for w in tokens[1:] if w[:1].isupper()}
    raw: list[tuple[str, str]] = []
    gazetteer = places()
    for sentence, tokens in tokenised:
        for index, run in enumerate(_phrases(tokens)):
            for text, hint in _split_run(run):
                folded = _fold(text)
                if len(text) < 2 or folded in _SENTENCE_STARTERS:
                    continue
                # a lone capitalised word opening a sentence is a name only if it is capitalised elsewhere too
                if " " not in text and sentence.startswith(run[0]) and index == 0 and folded not in inner_words and folded not in gazetteer:
                    continue
                raw.append((text, _kind(text, hint)))
    full_names: dict[str, str] = {}
    for text, kind in raw:
        if kind == "person" and " " in text:
            full_names.setdefault(_fold(text.split()[-1]), text)
    # "the International Monetary Fund … the IMF": an acronym stands for the name with its initials
    expansions = {}
    for text, kind in raw:
        words = [w for w in text.split() if w[:1].isupper()]
        if len(words) >= 2:
            expansions.setdefault("".join(w[0] for w in words), (text, kind))
    mentions = []
    for text, kind in raw:
        if text.startswith("The ") and _ACRONYM.match(text[4:]):
            text = text[4:]  # "The IMF"
        if _ACRONYM.match(text) and text.rstrip("s") in expansions:
            full, full_kind = expansions[text.rstrip("s")]
            mentions.append(Mention(text=text, kind=full_kind if full_kind != "other" else "org", canonical=full))
            continue
        folded = _fold(text)
        if folded in DEMONYMS:
            canonical, kind = DEMONYMS[folded], "place"
        elif " " not in text and folded in full_names and folded not in countries():
            # a surname wins over a town of the same name; a country's name stays a country
            canonical, kind = full_names[folded], "person"
        elif folded in gazetteer and kind != "org" and not (" " not in folded and folded in _NOT_TOWNS):
            canonical, kind = gazetteer[folded], "place"
        else:
            canonical = text
        mentions.append(Mention(text=text, kind=kind, canonical=canonical))
    return mentions


def entity_keys(mentions: list[Mention]) -> list[str]:
    """Keys for comparing articles: folded canonical names, plus a person's surname, so that
    "Benjamin Netanyahu" in one article meets "Netanyahu" in another."""
    keys = []
    for mention in mentions:
        key = _fold(mention.canonical)
        keys.append(key)
        if mention.kind == "person" and " " in key:
            keys.append(key.split()[-1])
    return keys
