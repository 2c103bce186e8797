"""What grouping compares: sparse term and entity weights, quote shingles, figures and dates.

Vectors are plain dicts keyed by hashed terms: dot products over a few hundred keys are
faster in pure Python than building scipy rows one article at a time, and they pickle small."""

from __future__ import annotations

import math
import re
import struct
import zlib
from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyweave.extract.entities import CREDIT_REASONS, credited_only, entity_keys, names_outlet
from storyweave.extract.latin_names import latin_sounds, name_sound, person_in_latin
from storyweave.model import Article, Mention

_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.UNICODE)
_STOP = frozenset(ENGLISH_STOP_WORDS) | frozenset(
    "said says told would could also year years new one two three last first week day percent per cent mr mrs "
    "der die das und ist nicht mit von den dem des sich auf für ein eine als auch es an werden aus er hat dass sie nach "
    "le la les de des du et en un une est pour que qui dans ce il pas sur au avec par el los las del que en un una por con para se "
    "il lo gli di che è e per una sono della het een van en de dat op te zijn voor met niet".split()
)
QUOTE_SHINGLE = 6
MIN_FIGURE = 10
# an actor is salient when the article names it at least twice and at least half as often as its
# most named actor: the protagonists, not the people mentioned in passing
SALIENT_MIN_MENTIONS = 3
SALIENT_SHARE = 0.7
ACTOR_KINDS = ("person", "org")


# the weights as stored: made rounded, so grouping compares the same numbers whether the article was
# analysed in this run or read back from the store by a resumed one
STORED_DIGITS = 4
_COUNT_WEIGHTS = [0.0] + [round(1.0 + math.log(count), STORED_DIGITS) for count in range(1, 512)]


def count_weight(count: int) -> float:
    """The sublinear weight of a count, 1 + ln(count), as stored (a count is mostly small: looked up)."""
    return _COUNT_WEIGHTS[count] if count < len(_COUNT_WEIGHTS) else round(1.0 + math.log(count), STORED_DIGITS)


def tokens(text: str) -> list[str]:
    words = _WORD.findall(text.lower().replace("’", "'"))  # one pass over the text, not one call per word
    return [w for w in words if len(w) > 1 and w not in _STOP]


def _hash(term: str) -> int:
    return zlib.crc32(term.encode("utf-8"))


@dataclass
class ArticleFeatures:
    """Everything grouping needs from one article; stored with it so `add` never re-extracts."""

    terms: dict[int, float]  # sublinear term frequencies of body + title (title counted twice)
    entities: dict[int, float]  # entity-key frequencies
    entity_names: dict[int, str]  # hash → readable key, for evidence
    quote_shingles: dict[int, str]  # hash of a 6-word window of a direct quote → the quote
    figures: dict[str, str]  # "26751" / "4.5%" / "1200000000USD" → "26,751 killed" / "4.5%"
    occurred: str | None  # ISO day (maybe "--MM-DD") stated for the occurrence
    published: str | None  # ISO day of publication
    partial_published: str | None = None  # "--MM-DD" from a dateline without a year
    weekday: str | None = None  # the lead's unresolved weekday, when nothing else dates the article
    lang: str | None = None  # words are only comparable within one language
    actors: dict[int, str] = field(default_factory=dict)  # hash → key of the article's protagonists
    places: frozenset[int] = frozenset()  # the entity keys only places give (no person or organisation)
    # entity key hash → how the name sounds (`name_sound`), for names written in Chinese or Japanese characters
    sounds: dict[int, str] = field(default_factory=dict)
    # the sums of money among `figures`, by currency: read from them once, not at every score
    amounts: dict[str, list[float]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.amounts = money_amounts(self.figures)


def salient_actors(mentions: list[Mention]) -> dict[int, str]:
    """The people and organisations the article is about, keyed as `entity_keys` keys them
    (a person by surname, so "Mo Cheeks" and "Maurice Cheeks" are one actor)."""
    counts: Counter[str] = Counter()
    # keyed once per distinct name: an article names its protagonists many times
    for (canonical, kind), times in Counter((m.canonical, m.kind) for m in mentions if m.kind in ACTOR_KINDS).items():
        counts[entity_keys([Mention(canonical, kind, canonical)])[-1 if kind == "person" else 0]] += times
    if not counts:
        return {}
    most = max(counts.values())
    return {_hash(k): k for k, c in counts.items() if c >= SALIENT_MIN_MENTIONS and c >= most * SALIENT_SHARE}


def _latin_keys(mention: Mention, lang: str | None) -> list[str]:
    """A Chinese or Japanese person's keys as English would write the name too, so reports in both meet."""
    if mention.kind != "person" or lang not in {"zh", "ja"}:
        return []
    latin = person_in_latin(mention.canonical, lang)
    return entity_keys([Mention(latin, "person", latin)]) if latin else []


def article_features(article: Article) -> ArticleFeatures:
    counts: Counter[int] = Counter()
    for word, times in Counter(tokens(article.body) + tokens(article.title) * 2).items():
        counts[_hash(word)] += times  # each distinct word hashed once
    terms = {h: count_weight(c) for h, c in counts.items()}
    # the outlet or wire agency that filed a report says nothing about which occurrence it reports
    # nor do the reporter and the photographer a byline or a credit names
    outlet = article.outlet
    credits = " ".join(line.text for line in article.removed if line.reason in CREDIT_REASONS)
    story = f"{article.title}\n{article.body}" if credits else ""  # (only a credited name is looked up in it)
    kept = [m for m in article.entities if not (outlet and names_outlet(m, outlet)) and not (credits and credited_only(m, credits, story))]
    # each mention keyed once: its keys count, and say whether only places give a key
    keyed = [(mention.kind == "place", entity_keys([mention]) + _latin_keys(mention, article.lang)) for mention in kept]
    key_counts = Counter(key for _, keys in keyed for key in keys)
    place_keys = {key for place, keys in keyed if place for key in keys}.difference(
        key for place, keys in keyed if not place for key in keys)
    entities = {_hash(k): count_weight(c) for k, c in key_counts.items()}
    names = {_hash(k): k for k in key_counts}
    sounds = _sounds(kept, article.lang) if article.lang in {"ja", "zh"} else {}
    shingles: dict[int, str] = {}
    for quote in article.quotes:
        if not quote.direct:
            continue
        quote_words = re.findall(r"\w+", quote.text.lower())
        for start in range(0, len(quote_words) - QUOTE_SHINGLE + 1):
            shingles[_hash(" ".join(quote_words[start : start + QUOTE_SHINGLE]))] = quote.text
    figures = {}
    for figure in article.figures:
        if figure.unit:
            # a rate, a price, an amount: the figure that tells one decision from the next
            figures[f"{figure.value:g}{figure.unit}"] = f"{figure.value:,g} {figure.unit}"
        elif figure.value >= MIN_FIGURE and figure.counts:
            figures[f"{figure.value:g}"] = f"{figure.value:,.0f} {figure.verb or figure.counts}"
    return ArticleFeatures(
        terms=terms,
        entities=entities,
        entity_names=names,
        quote_shingles=shingles,
        figures=figures,
        occurred=article.occurred,
        published=article.published[:10] if article.published else None,
        partial_published=(
            article.dateline.day.iso() if not article.published and article.dateline and article.dateline.day else None
        ),
        weekday=article.occurred_weekday,
        lang=article.lang,
        actors=salient_actors(article.entities),
        places=frozenset(_hash(k) for k in place_keys),
        sounds=sounds,
    )


def _sounds(mentions: list[Mention], lang: str | None) -> dict[int, str]:
    """How the names written in characters sound, keyed as their first entity key (from the name as
    written: folding strips katakana's voicing marks, ジ → シ)."""
    found = {}
    for mention in {m.canonical: m for m in mentions}.values():
        if (sound := name_sound(mention.canonical, lang)) is not None:
            found[_hash(entity_keys([mention])[0])] = sound
    return found


def latin_sound_index(names: dict[int, str], vector: dict[int, float], sounds: dict[int, str]) -> dict[str, int]:
    """Each sound of the names `vector` weighs that are written in Latin letters, to the first such name (in
    `names`' order) that has it: what `sound_alike` looks a name written in characters up in."""
    index: dict[str, int] = {}
    for h, name in names.items():
        if h in vector and h not in sounds:
            for sound in latin_sounds(name):
                index.setdefault(sound, h)
    return index


class KeepsLatinSounds:
    """An event's or a story's state, scored again and again while its names stay the same: it keeps their
    `latin_sound_index` in `latin_index` (a field of its own, set to None whenever its names change, never pickled)."""

    entity_names: dict[int, str]
    entity_sum: dict[int, float]
    sounds: dict[int, str]
    latin_index: dict[str, int] | None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "latin_index": None}

    def latin_sounds(self) -> dict[str, int]:
        if self.latin_index is None:
            self.latin_index = latin_sound_index(self.entity_names, self.entity_sum, self.sounds)
        return self.latin_index


def sound_alike(own: dict[int, float], own_names: dict[int, str], own_sounds: dict[int, str],
                other: dict[int, float], other_names: dict[int, str], other_sounds: dict[int, str],
                other_index: Callable[[], dict[str, int]] | None = None) -> tuple[float, list[str]]:
    """(the dot product, and the pairs for the evidence) of the names one side writes in characters and the other
    in Latin letters that sound alike (マクロン and Macron), which share no key: across languages they are the same
    name. Each name is paired once, with the first name of the other side that sounds like it. `other_index` gives
    the other side's `latin_sound_index` when it keeps one (an event or a story, scored again and again while its
    names stay the same; worked out afresh at each call it was the main process's largest cost with CJK reports)."""
    total, pairs = 0.0, []
    if own_sounds:
        latin = other_index() if other_index is not None else latin_sound_index(other_names, other, other_sounds)
        for h, sound in own_sounds.items():
            if h in own and h not in other and (match := latin.get(sound)) is not None:
                total += own[h] * other[match]
                pairs.append(f"{own_names.get(h, '?')} ~ {other_names[match]}")
    if other_sounds:
        wanted = {}
        for h, sound in other_sounds.items():
            if h in other and h not in own:
                wanted.setdefault(sound, h)
        for h, name in own_names.items():
            if h in own and h not in own_sounds and h not in other:
                sound = next((sound for sound in latin_sounds(name) if sound in wanted), None)
                if sound is not None:
                    match = wanted.pop(sound)
                    total += own[h] * other[match]
                    pairs.append(f"{name} ~ {other_names.get(match, '?')}")
    return total, pairs


def names_dot(own: dict[int, float], own_names: dict[int, str], own_sounds: dict[int, str],
              other: dict[int, float], other_names: dict[int, str], other_sounds: dict[int, str],
              across_languages: bool, other_index: Callable[[], dict[str, int]] | None = None) -> tuple[float, list[str]]:
    """The dot product of two entity vectors and, across languages, of their names that sound alike
    (`sound_alike`); with the pairs that sound alike, for the evidence."""
    total = dot(own, other)
    if not (across_languages and (own_sounds or other_sounds)):
        return total, []
    alike, pairs = sound_alike(own, own_names, own_sounds, other, other_names, other_sounds, other_index)
    return total + alike, pairs


def sounding_evidence(pairs: list[str], most: int) -> str:
    """The evidence line that names the first `most` pairs of names that sound alike."""
    return "names written in other scripts that sound alike: " + ", ".join(pairs[:most])


# a figure key with a unit: the value as `:g` writes it, then a currency code ("2.6e+06USD") or "%"
_AMOUNT_KEY = re.compile(r"^(?P<value>[0-9.e+-]+)(?P<currency>[A-Z]{3})$")
MIN_AMOUNT = 10_000  # sums: a loss, a deal, a fine, a bid; prices below it vary within one occurrence


def money_amounts(figures: dict[str, str]) -> dict[str, list[float]]:
    """The sums of money among `ArticleFeatures.figures` keys, by currency."""
    found: dict[str, list[float]] = {}
    for key in figures:
        match = _AMOUNT_KEY.match(key)
        if match and float(match["value"]) >= MIN_AMOUNT:
            found.setdefault(match["currency"], []).append(float(match["value"]))
    return found


def dot(a: dict[int, float], b: dict[int, float]) -> float:
    """Summed over the shared keys only, which the keys' set intersection finds in C (an event's
    vectors run to thousands of keys, and this was the main process's largest cost); `fsum` rounds
    the sum once, so the set's order cannot change the result."""
    return math.fsum([a[h] * b[h] for h in a.keys() & b.keys()])


def features_json(features: ArticleFeatures) -> str:
    """The features as the store keeps them, JSON text (`features_from_json` reads it back equal):
    written from the dataclass's own dicts, their integer keys as strings."""
    return orjson.dumps({
        "terms": features.terms,
        "entities": features.entities,
        "entity_names": features.entity_names,
        "quote_shingles": features.quote_shingles,
        "figures": features.figures,
        "occurred": features.occurred,
        "published": features.published,
        "partial_published": features.partial_published,
        "weekday": features.weekday,
        "lang": features.lang,
        "actors": features.actors,
        "places": sorted(features.places),
        "sounds": features.sounds,
    }, option=orjson.OPT_NON_STR_KEYS).decode()


def features_from_json(data: dict) -> ArticleFeatures:
    return ArticleFeatures(
        terms={int(k): v for k, v in data["terms"].items()},
        entities={int(k): v for k, v in data["entities"].items()},
        entity_names={int(k): v for k, v in data["entity_names"].items()},
        quote_shingles={int(k): v for k, v in data["quote_shingles"].items()},
        figures=dict(data["figures"]),
        occurred=data["occurred"],
        published=data["published"],
        partial_published=data.get("partial_published"),
        weekday=data.get("weekday"),
        lang=data.get("lang"),
        actors={int(k): v for k, v in data.get("actors", {}).items()},
        places=frozenset(data.get("places", ())),
        sounds={int(k): v for k, v in data.get("sounds", {}).items()},
    )


def accumulate(total: dict[int, float], vector: dict[int, float]) -> float:
    """Add `vector` into `total`; return how much |total|² grew (|s + v|² = |s|² + 2 s·v + |v|²),
    so running norms never need a pass over the whole sum."""
    if not total:
        # an event's or a story's first member, most of them (the same sums: 0.0 + v is v)
        total.update(vector)
        return sum([v * v for v in vector.values()])
    growth = 2 * dot(vector, total) + sum([v * v for v in vector.values()])
    for key, value in vector.items():
        total[key] = total.get(key, 0.0) + value
    return growth


def normalised(vector: dict[int, float]) -> dict[int, float]:
    norm = math.sqrt(sum([v * v for v in vector.values()])) or 1.0
    return {k: v / norm for k, v in vector.items()}


# a vector kept after its article is placed: hashed keys (CRC32, so unsigned 32-bit) and weights
# in insertion order; 12 bytes an entry against some 80 for a dict's entry and its objects
PackedVector = tuple[array, array]
_COUNTS = struct.Struct("<II")


def packed(vector: dict[int, float]) -> PackedVector:
    return array("I", vector.keys()), array("d", vector.values())


def unpacked(vector: PackedVector) -> dict[int, float]:
    """The dict again: the same keys, weights and order, so sums over it are the same."""
    return dict(zip(*vector))


def vectors_to_bytes(terms: dict[int, float], entities: dict[int, float]) -> bytes:
    """An article's two weighted vectors as bytes: their lengths, then each one packed."""
    parts = [_COUNTS.pack(len(terms), len(entities))]
    for keys, weights in (packed(terms), packed(entities)):
        parts += [keys.tobytes(), weights.tobytes()]
    return b"".join(parts)


def vectors_from_bytes(data: bytes) -> tuple[PackedVector, PackedVector]:
    sizes = _COUNTS.unpack_from(data)
    vectors = []
    offset = _COUNTS.size
    for size in sizes:
        keys, weights = array("I"), array("d")
        keys.frombytes(data[offset : offset + size * keys.itemsize])
        offset += size * keys.itemsize
        weights.frombytes(data[offset : offset + size * weights.itemsize])
        offset += size * weights.itemsize
        vectors.append((keys, weights))
    return vectors[0], vectors[1]


def packed_dot(vector: PackedVector, other: dict[int, float]) -> float:
    """`dot(unpacked(vector), other)` without the dict between: the same sum in the same order."""
    keys, weights = vector
    if len(keys) > len(other):
        return dot(unpacked(vector), other)
    return sum([v * other[h] for h, v in zip(keys, weights) if h in other], 0.0)
