"""A headline printed again under itself (often glued to a photo caption) is noise; a lead that
merely starts with a short headline's words is the article."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.model import RawDocument


@pytest.mark.parametrize("title", ["Port strike", "Storm"])
def test_a_lead_that_starts_with_a_short_headline_is_kept(title: str) -> None:
    lead = f"{title} talks collapsed on Monday after the union rejected the third offer from the harbour company."
    raw = RawDocument("x.txt", "x.txt", f"{title}\n{lead}\nShips are waiting offshore.")
    assert lead in clean_document(raw).body
    given = RawDocument("r1", "r1", f"{lead}\nShips are waiting offshore.", fields={"title": title})
    assert lead in clean_document(given).body


def test_a_long_headline_glued_to_its_photo_caption_is_still_removed() -> None:
    title = "Dockworkers halt Port Ellery as crane dispute boils over"
    raw = RawDocument("x.txt", "x.txt", f"{title}\n{title} Photo: Harbour Ledger\nDockworkers at Port Ellery walked off the job on Tuesday.")
    assert clean_document(raw).body == "Dockworkers at Port Ellery walked off the job on Tuesday."
