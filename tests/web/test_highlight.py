"""Where extractions sit in an article's text: names, dates, quotes and figures are found in
their paragraph, nested spans keep both kinds, and the text is cut without losing a character."""

from __future__ import annotations

from storyweave.web.highlight import extraction_spans, highlighted_paragraphs, segments

ARTICLE = {
    "entities": [{"text": "Helga Varn", "kind": "person", "canonical": "Helga Varn"},
                 {"text": "Brindle", "kind": "place", "canonical": "Brindle"}],
    "quotes": [{"text": "Helga Varn will ride it first", "speaker": "Anna Holm", "direct": True}],
    "dates": [{"text": "Monday", "date": "2024-09-02", "sentence": "The line opened on Monday."}],
    "figures": [{"value": 12000.0, "approx": True, "unit": None, "counts": "passengers", "verb": "carrying",
                 "sentence": "It carried about 12,000 passengers."},
                {"value": 310000000.0, "approx": False, "unit": "EUR", "counts": None, "verb": None,
                 "sentence": "It cost 310 million euros."}],
}
BODY = ('The Brindle line opened on Monday.\n"Helga Varn will ride it first," said Anna Holm.\n'
        "It carried about 12,000 passengers.\nIt cost 310 million euros.\nBrindleton is elsewhere.")


def kinds_of(paragraph, text: str) -> set[str]:
    return {kind for seg in paragraph if text in seg.text for kind in seg.kinds}


def test_each_kind_is_found() -> None:
    paragraphs = highlighted_paragraphs(BODY, ARTICLE)
    assert len(paragraphs) == 5
    assert kinds_of(paragraphs[0], "Brindle") == {"entity"} and kinds_of(paragraphs[0], "Monday") == {"date"}
    assert kinds_of(paragraphs[2], "12,000") == {"figure"}
    assert kinds_of(paragraphs[3], "310") == {"figure"}  # "310 million" is the figure 310,000,000
    assert all(not seg.kinds for seg in paragraphs[4])  # a longer word that starts with a name is not the name


def test_nested_spans_keep_both_kinds_and_notes() -> None:
    quote_paragraph = highlighted_paragraphs(BODY, ARTICLE)[1]
    name = next(seg for seg in quote_paragraph if seg.text == "Helga Varn")
    assert set(name.kinds) == {"quote", "entity"}
    assert "quote · Anna Holm" in name.notes and "person · Helga Varn" in name.notes


def test_segments_cover_the_text_exactly() -> None:
    for paragraph in BODY.split("\n"):
        cut = segments(paragraph, extraction_spans(paragraph, ARTICLE))
        assert "".join(seg.text for seg in cut) == paragraph


def test_markup_in_extractions_is_only_text() -> None:
    hostile = {"entities": [{"text": "<b>", "kind": "other", "canonical": "<b>"}], "quotes": [], "dates": [], "figures": []}
    assert [seg.text for seg in highlighted_paragraphs("a <b> c", hostile)[0]] == ["a ", "<b>", " c"]
