"""Common words a page writes in capitals ("the IP address", "FREE daily alerts") name no organisation."""

from __future__ import annotations

import pytest

from tests.extraction import found


@pytest.mark.parametrize("sentence", [
    "We recorded many connections from the IP address you are connecting from.",
    "Sign up to FREE daily email alerts from our newsroom.",
    "The coach will hold live daily PE lessons for children.",
    "As the popularity of CBD continues to grow, growers expand.",
])
def test_a_common_word_written_in_capitals_is_no_organisation(sentence):
    assert not {kind for _, kind in found(sentence, "en")} & {"org", "person", "place"}
