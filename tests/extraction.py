"""What the extraction tests ask of a sentence or a paragraph, written once: the entities the rules find
in a sentence or in Chinese and Japanese sentences, who says each quote of a paragraph analysed as
an article's body, and a whole text analysed as an article with its direct quotes' speakers."""

from __future__ import annotations

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.extract.cjk import cjk_entities
from storyweave.extract.entities import extract_entities
from storyweave.model import Article, RawDocument


def found(sentence: str, lang: str) -> set[tuple[str, str]]:
    """(canonical name, kind) of each entity in one sentence."""
    return {(m.canonical, m.kind) for m in extract_entities([sentence], lang)}


def names(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(text, kind, canonical name) of each person, place and organisation in a few sentences."""
    from storyweave.clean import split_sentences

    return {(m.text, m.kind, m.canonical) for m in extract_entities(split_sentences(text), lang) if m.kind in {"person", "place", "org"}}


def named_in_characters(sentences: list[str], lang: str = "zh") -> list[tuple[str, str, str]]:
    """(text, kind, canonical name) of each entity the Chinese and Japanese rules find, in text order."""
    return [(m.text, m.kind, m.canonical) for m in cjk_entities(sentences, lang)]


def article_names(text: str) -> set[tuple[str, str, str]]:
    """(text, kind, canonical name) of each person, place and organisation of `text` analysed as a whole
    article, its credits and the names that only the whole article settles included."""
    raw = RawDocument("n.txt", "n.txt", text)
    return {(m.text, m.kind, m.canonical) for m in analyse(raw, clean_document(raw)).entities if m.kind in {"person", "place", "org"}}


def speakers(text: str) -> dict[str, str | None]:
    """Each quote of `text`, analysed as the body under a headline, and its speaker."""
    raw = RawDocument("q.txt", "q.txt", "Report\n\n" + text)
    return {q.text: q.speaker for q in analyse(raw, clean_document(raw)).quotes}


def analysed_article(text: str) -> Article:
    """`text` analysed as a whole article, its first line the headline."""
    raw = RawDocument("a.txt", "a.txt", text)
    return analyse(raw, clean_document(raw))


def direct_speakers(text: str) -> list[tuple[str, str | None]]:
    """(quote, speaker) of each direct quote of `text` analysed as a whole article, in text order."""
    return [(quote.text, quote.speaker) for quote in analysed_article(text).quotes if quote.direct]
