"""Direct quotes with their speakers, and indirect speech ("said that …") marked as such.

Quotes are found per paragraph, not per sentence: a quote may hold several sentences, and a
quote that runs to the end of its paragraph without a closing mark is news style for "the quote
continues", not an error. The speaker is the person next to a speech verb near the quote; a
pronoun or a role ("he said", "the Prime Minister said") resolves to a named person — the last
named speaker of the same paragraph, else the article's most mentioned person so far."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from storyweave.clean.sentences import split_sentences
from storyweave.extract.entities import ROLE_WORDS
from storyweave.extract.gazetteer import DEMONYMS
from storyweave.model import Mention, Quote

MIN_WORDS = 3
MAX_QUOTE = 2_000  # characters: a longer "quote" is a stray mark, not speech
INDIRECT_MIN_WORDS = 4
SPEAKER_WINDOW = 60  # characters either side of the speech verb where the speaker's name stands
SPEECH_VERBS = (
    "said|says|say|added|adds|stated|states|told|tells|emphasized|emphasised|asserted|declared|warned|noted|insisted|"
    "explained|announced|wrote|writes|tweeted|argued|claimed|stressed|vowed|threatened|reiterated|replied|answered|"
    "continued|concluded|acknowledged|admitted|urged|pledged|promised|conceded|recalled|remarked|according to|"
    "sagte|sagt|erklärte|betonte|fügte|meinte|dijo|afirmó|declaró|señaló|aseguró|añadió|a déclaré|a dit|a affirmé|"
    "a ajouté|déclare|estime|ha detto|ha dichiarato|ha affermato|ha aggiunto|zei|verklaarde|disse|declarou|afirmou"
)
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.I)
_PRONOUN = re.compile(r"\b(?:he|she|they|er|sie|il|elle|él|ella|lui|lei)\b", re.I)
_THAT_CLAUSE = re.compile(r"(?:\s+[\w,]+){0,5}?\s+(?:that|dass|que|che|dat)\s+(?P<what>[^.;\"“”«»]{12,400})")
_PAIRS = {"“": "”", "«": "»", "„": "“", "「": "」", "‹": "›", '"': '"', "‘": "’"}
# curly and angled openings announce a quote; a paragraph may end before its closing mark
_MAY_RUN_ON = {"“", "«", "„", "「"}
_LETTER = re.compile(r"\w")
_ROLE_VOCABULARY = (ROLE_WORDS | set(DEMONYMS) | {"leader", "official", "spokesman", "spokeswoman"}) - {"mr", "mrs", "ms", "dr"}


@dataclass(frozen=True)
class _Span:
    start: int
    end: int  # exclusive, after the closing mark (or the paragraph's end)
    text: str


def quote_spans(paragraph: str) -> list[_Span]:
    spans: list[_Span] = []
    position = 0
    while position < len(paragraph):
        mark = paragraph[position]
        closer = _PAIRS.get(mark)
        if closer is None or not _opens(paragraph, position):
            position += 1
            continue
        close = _closing(paragraph, position + 1, closer)
        if close == -1:
            if mark not in _MAY_RUN_ON:
                position += 1
                continue
            end = len(paragraph)
            inner = paragraph[position + 1 :]
        else:
            end = close + 1
            inner = paragraph[position + 1 : close]
        text = inner.strip().rstrip(",;:").strip()
        if len(text) > MAX_QUOTE:
            position += 1  # no quote runs this long; treat the mark as a stray character
            continue
        if len(text.split()) >= MIN_WORDS:
            spans.append(_Span(position, end, text))
        position = end
    return spans


def _opens(paragraph: str, position: int) -> bool:
    """An opening mark stands at the start or after a space or an opening bracket: not an apostrophe."""
    before = paragraph[position - 1] if position else " "
    after = paragraph[position + 1] if position + 1 < len(paragraph) else ""
    return (before.isspace() or before in "([{—–-:") and bool(after) and not after.isspace() or paragraph[position] in "«「„" and bool(after)


def _closing(paragraph: str, start: int, closer: str) -> int:
    index = paragraph.find(closer, start)
    while index != -1 and closer == "’" and index + 1 < len(paragraph) and _LETTER.match(paragraph[index + 1]):
        index = paragraph.find(closer, index + 1)  # "won’t" inside a ‘…’ quote
    return index


class _Speakers:
    """Who is being talked about so far: mention counts, roles, the paragraph's last speaker."""

    def __init__(self, people: list[Mention], text: str):
        self.canonical = {m.text: m.canonical for m in people}
        # one alternation for every name of the article, longest first, instead of a scan per name
        names = sorted(self.canonical, key=len, reverse=True)
        self._names = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
        self.seen: Counter[str] = Counter()
        self.roles: dict[str, set[str]] = {}
        for position, name in self.named_in(text):
            words = {w.lower().rstrip(".,") for w in text[max(0, position - 60) : position].split()[-3:]}
            self.roles.setdefault(name, set()).update(words & _ROLE_VOCABULARY)
        self.paragraph_speaker: str | None = None

    def named_in(self, text: str) -> list[tuple[int, str]]:
        if self._names is None:
            return []
        return [(match.start(), self.canonical[match.group(0)]) for match in self._names.finditer(text)]

    def mentioned(self, text: str) -> None:
        for _, canonical in self.named_in(text):
            self.seen[canonical] += 1

    def salient(self) -> str | None:
        return self.seen.most_common(1)[0][0] if self.seen else None

    def by_role(self, phrase: str) -> str | None:
        words = {w.lower() for w in re.findall(r"\w+", phrase)} & _ROLE_VOCABULARY
        if not words & ROLE_WORDS:
            return None  # "the Israeli leader" names a role; "the operations will continue" does not
        matches = [(len(words & roles), self.seen[name], name) for name, roles in self.roles.items() if words & roles]
        return max(matches)[2] if matches else None


def _speaker_near(context: str, speakers: _Speakers) -> tuple[str | None, bool]:
    """(speaker, whether the context attributes speech at all)."""
    verbs = list(_VERB.finditer(context))
    if not verbs:
        return None, False
    best: tuple[int, str] | None = None
    named = speakers.named_in(context)
    for verb in verbs:
        for position, name in named:
            distance = abs(position - verb.start())
            if distance <= SPEAKER_WINDOW and (best is None or distance < best[0]):
                best = (distance, name)
    if best:
        return best[1], True
    verb = verbs[0]
    # who stands next to the verb: "he said", "said the minister", "the Prime Minister added"
    before = " ".join(context[max(0, verb.start() - SPEAKER_WINDOW) : verb.start()].split()[-4:])
    after = " ".join(context[verb.end() : verb.end() + SPEAKER_WINDOW].split()[:4])
    if _PRONOUN.search(before.split()[-1] if before else "") or re.match(r"\s*(?:he|she)\b", after, re.I):
        return speakers.paragraph_speaker or speakers.salient(), True
    for phrase in (before, after):
        resolved = speakers.by_role(phrase)
        if resolved:
            return resolved, True
    return None, True  # "officials said", "the ministry said": no person to name


def extract_quotes(paragraphs: list[str], entities: list[Mention]) -> list[Quote]:
    people = [m for m in entities if m.kind == "person"]
    speakers = _Speakers(people, "\n".join(paragraphs))
    quotes: list[Quote] = []
    pending: list[str] = []  # a bare quote paragraph: the attribution follows
    for paragraph in paragraphs:
        speakers.paragraph_speaker = None
        spans = quote_spans(paragraph)
        outside = _blank(paragraph, spans)
        if pending and not spans:
            speaker, attributed = _speaker_near(outside, speakers)
            quotes.extend(Quote(text, speaker if attributed else None, True) for text in pending)
            pending = []
        elif pending:
            quotes.extend(Quote(text, speakers.salient(), True) for text in pending)
            pending = []
        if spans and not outside.strip(" ,.;:—–-"):
            speakers.mentioned(paragraph)
            pending = [span.text for span in spans]
            continue
        joined = _join_split_quotes(spans, outside)
        for group in joined:
            context = _context(outside, group[0].start, group[-1].end)
            speaker, attributed = _speaker_near(context, speakers)
            if not attributed:
                speaker = speakers.paragraph_speaker  # a second quote of the paragraph's speaker
            quotes.append(Quote(" ".join(span.text for span in group), speaker, True))
            if speaker:
                speakers.paragraph_speaker = speaker
        for sentence in split_sentences(outside):
            indirect = _indirect(sentence)
            if indirect:
                before, what = indirect
                named = speakers.named_in(before)
                speaker = named[-1][1] if named else _unnamed_subject(before, speakers)
                quotes.append(Quote(what, speaker, False))
                if speaker:
                    speakers.paragraph_speaker = speaker
        speakers.mentioned(paragraph)
    quotes.extend(Quote(text, speakers.salient(), True) for text in pending)
    return quotes


def _blank(paragraph: str, spans: list[_Span]) -> str:
    """The paragraph with its quotes replaced by spaces (positions kept), built in one pass."""
    pieces, position = [], 0
    for span in spans:
        pieces += [paragraph[position : span.start], " " * (span.end - span.start)]
        position = span.end
    pieces.append(paragraph[position:])
    return "".join(pieces)


CONTEXT_REACH = 300  # characters searched either side of a quote for its sentence's ends


def _unnamed_subject(before: str, speakers: _Speakers) -> str | None:
    """"He said that …" → the paragraph's speaker or the article's main person; "the minister said
    that …" → the person holding that role; "the ministry said that …" → nobody."""
    words = before.split()
    if words and _PRONOUN.fullmatch(words[-1]):
        return speakers.paragraph_speaker or speakers.salient()
    return speakers.by_role(" ".join(words[-4:]))


def _context(outside: str, start: int, end: int) -> str:
    """The sentence(s) around a quote with the quote blanked: from the last sentence end before it to
    the first one after it, looking at most CONTEXT_REACH characters away (keeps huge lines linear)."""
    low, high = max(0, start - CONTEXT_REACH), min(len(outside), end + CONTEXT_REACH)
    left = max(outside.rfind(". ", low, start), outside.rfind("! ", low, start), outside.rfind("? ", low, start), low - 1)
    right_candidates = [i for i in (outside.find(". ", end, high), outside.find("! ", end, high), outside.find("? ", end, high)) if i != -1]
    right = min(right_candidates) if right_candidates else high - 1
    return outside[left + 1 : right + 1]


def _join_split_quotes(spans: list[_Span], outside: str) -> list[list[_Span]]:
    """"We will not leave," he said, "until the job is done." is one quote in two parts."""
    groups: list[list[_Span]] = []
    for span in spans:
        if groups:
            previous = groups[-1][-1]
            between = outside[previous.end : span.start]
            if len(between.split()) <= 6 and _VERB.search(between) and between.strip().endswith(",") and not span.text[:1].isupper():
                groups[-1].append(span)
                continue
        groups.append([span])
    return groups


def _indirect(sentence: str) -> tuple[str, str] | None:
    """(text before the speech verb, the reported clause) for "X said that …"."""
    for verb in _VERB.finditer(sentence):
        clause = _THAT_CLAUSE.match(sentence, verb.end())
        if clause:
            # a direct quote blanked out of the sentence ends the reported clause
            what = re.split(r"\s{3,}", clause.group("what"))[0].strip().rstrip(",")
            if len(what.split()) >= INDIRECT_MIN_WORDS:
                return sentence[max(0, verb.start() - 120) : verb.start()], what
    return None
