"""Direct quotes with their speakers, and indirect speech ("said that …") marked as such."""

from __future__ import annotations

import re

from storyweave.model import Mention, Quote

MIN_WORDS = 3
_PAIRS = [("“", "”"), ("\"", "\""), ("«", "»"), ("„", "“"), ("「", "」"), ("‘", "’"), ("``", "''")]
_QUOTE = re.compile("|".join(
    rf"(?:(?<![\w]){re.escape(o)}(?P<q{i}>[^{re.escape(o[0])}{re.escape(c[0])}\n]{{3,600}}?){re.escape(c)}(?![\w]))"
    for i, (o, c) in enumerate(_PAIRS)
))
SPEECH_VERBS = (
    "said|says|say|added|adds|stated|states|told|tells|emphasized|emphasised|asserted|declared|warned|noted|insisted|explained|"
    "announced|wrote|tweeted|argued|claimed|stressed|vowed|threatened|reiterated|replied|answered|continued|concluded|acknowledged|"
    "admitted|urged|pledged|promised|conceded|recalled|remarked|sagte|erklärte|dijo|afirmó|declaró|a déclaré|a dit|ha detto"
)
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b", re.I)
_PRONOUN = re.compile(r"^(?:he|she|they|it)$", re.I)
_THAT_CLAUSE = re.compile(r"(?:\s+\w+){0,4}?\s+that\s+(?P<what>[^.;]{12,400})")


def _quote_spans(sentence: str) -> list[tuple[int, int, str]]:
    spans = []
    for match in _QUOTE.finditer(sentence):
        text = next(g for g in match.groups() if g is not None).strip()
        if len(text.split()) >= MIN_WORDS:
            spans.append((match.start(), match.end(), text))
    return spans


def _speaker(context: str, people: list[Mention], last_person: str | None) -> str | None:
    """The named person next to a speech verb in `context`, or the last person named for a pronoun or role."""
    if not _VERB.search(context):
        return None
    for mention in people:
        if mention.text in context:
            return mention.canonical
    return last_person


def _indirect(sentence: str) -> tuple[str, str] | None:
    """(text before the speech verb, the reported clause) for "X said that …"."""
    if " that " not in sentence:
        return None
    for verb in _VERB.finditer(sentence):
        clause = _THAT_CLAUSE.match(sentence, verb.end())
        if clause:
            return sentence[max(0, verb.start() - 80) : verb.start()], clause.group("what").strip()
    return None


def extract_quotes(sentences: list[str], entities: list[Mention]) -> list[Quote]:
    people = [m for m in entities if m.kind == "person"]
    quotes: list[Quote] = []
    last_person: str | None = None
    pending: list[str] = []  # a quote whose attribution comes in the next sentence
    for sentence in sentences:
        in_sentence = [m for m in people if m.text in sentence]
        spans = _quote_spans(sentence)
        outside = sentence
        for start, end, _ in reversed(spans):
            outside = outside[:start] + " … " + outside[end:]
        speaker = _speaker(outside, in_sentence, last_person) if spans else None
        if spans:
            texts = [t for _, _, t in spans]
            if speaker is None and not _VERB.search(outside) and len(outside.strip(" …,.:")) < 3:
                pending.extend(texts)  # a bare quote paragraph: attribution may follow
            else:
                for text in pending + texts:
                    quotes.append(Quote(text=text, speaker=speaker, direct=True))
                pending = []
        else:
            for text in pending:
                quotes.append(Quote(text=text, speaker=last_person, direct=True))
            pending = []
            indirect = _indirect(sentence)
            if indirect:
                before, what = indirect
                who = [m for m in in_sentence if m.text in before]
                quotes.append(Quote(text=what, speaker=who[0].canonical if who else last_person, direct=False))
        if in_sentence:
            last_person = in_sentence[-1].canonical
    for text in pending:
        quotes.append(Quote(text=text, speaker=last_person, direct=True))
    return quotes
