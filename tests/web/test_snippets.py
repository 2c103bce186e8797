"""Search matches marked as the index matches them: whole words, any case, accents ignored,
prefixes and phrases; snippets are windows around the densest matches, cut at words."""

from __future__ import annotations

from storyweave.store.search import query_terms
from storyweave.store.snippets import marked, snippet, term_pattern


def matches(query: str, text: str) -> list[str]:
    return [s["text"] for s in marked(text, term_pattern(query_terms(query))) if s["match"]]


def test_words_any_case_accents_ignored() -> None:
    assert matches("hauser", "Sie verlassen ihre Häuser und HAUSER.") == ["Häuser", "HAUSER"]
    assert matches("Zwölf", "zwolf Zwölf") == ["zwolf", "Zwölf"]
    assert matches("port", "the port of Portvale, a transport hub") == ["port"]  # whole words only


def test_prefixes_and_phrases() -> None:
    assert matches("Brin*", "Brindle and Brin, not Abrin") == ["Brindle", "Brin"]
    assert matches('"power fault"', "a power  fault, power and fault") == ["power  fault"]


def test_marked_keeps_every_character() -> None:
    text = "The <b>harbour</b> & the HARBOUR."
    assert "".join(s["text"] for s in marked(text, term_pattern(query_terms("harbour")))) == text


def test_snippet_window_around_the_densest_matches() -> None:
    text = "Opening words about nothing. " * 20 + "The tram fault stopped every tram on the line. " + "Closing words. " * 20
    parts = snippet(text, term_pattern(query_terms("tram")))
    assert parts[0]["text"] == "…" and parts[-1]["text"] == "…"
    assert [p["text"] for p in parts if p["match"]] == ["tram", "tram"]
    inner = "".join(p["text"] for p in parts[1:-1])
    assert inner == inner.strip() and inner in " ".join(text.split())  # cut at word boundaries, verbatim


def test_snippet_without_a_match_is_the_opening() -> None:
    parts = snippet("Only the title matched this article. " * 30, term_pattern(query_terms("zebra")))
    assert parts[0]["text"].startswith("Only the title") and not any(p["match"] for p in parts)
    assert snippet("Short text.", None) == [{"text": "Short text.", "match": False}]
