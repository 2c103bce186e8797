"""Laws, treaties, agreements and illnesses are no bodies or places: the guidelines label them nowhere, nor the acronym
in brackets that stands for one; a body named after one ("Government of National Accord") stays a body."""

from __future__ import annotations

import pytest

from tests.extraction import found


@pytest.mark.parametrize("sentence", [
    "The Citizenship Amendment Act (CAA) was passed last year.",
    "Manila may end the Visiting Forces Agreement (VFA) with Washington.",
    "Delegates discussed the Nuclear Nonproliferation Treaty on Monday.",
    "The species is listed under the Endangered Species Act.",
])
def test_a_law_or_a_treaty_is_no_entity(sentence):
    assert {kind for _, kind in found(sentence, "en")} <= {"other", "place"}


@pytest.mark.parametrize(("sentence", "body"), [
    ("Fighters loyal to the Government of National Accord retook the town.", "Government of National Accord"),
    ("The Parties to the Nauru Agreement (PNA) set the fishing days.", "Parties to the Nauru Agreement"),
])
def test_a_body_named_after_an_agreement_is_an_organisation(sentence, body):
    assert (body, "org") in found(sentence, "en")



@pytest.mark.parametrize("sentence", [
    "Ebola virus disease (EVD) challenges the moral basis of local burial rites.",
    "Two cases of Middle East Respiratory Syndrome (MERS) were confirmed.",
])
def test_an_illness_named_in_capitals_is_no_entity(sentence):
    assert {kind for _, kind in found(sentence, "en")} <= {"other"}


def test_a_body_named_for_an_illness_is_an_organisation():
    assert ("Centers for Disease Control", "org") in found("The Centers for Disease Control issued a warning.", "en")
