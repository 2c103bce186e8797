"""A body's short name given with "known as" stands for the body; a group of people opening a sentence
before "of" and a body's name is no part of the name; nor is a portfolio before a commissioner or a minister
("Emergency Management Commissioner …") a body."""

from __future__ import annotations

import pytest

from storyweave.extract.entities import extract_entities
from tests.extraction import found


def _mentions(sentences: list[str]) -> list[tuple[str, str, str]]:
    return [(m.text, m.kind, m.canonical) for m in extract_entities(sentences, "en")]


@pytest.mark.parametrize(("sentences", "short", "full"), [
    (["The Tanzania Wildlife Management Authority, known as Tawa, closed the reserve.", "Tawa rangers found 3 carcasses."],
     "Tawa", "Tanzania Wildlife Management Authority"),
    (["Prices are set by the Kenya Tea Development Agency, also known as Ktda."], "Ktda", "Kenya Tea Development Agency"),
])
def test_a_short_name_known_as_stands_for_the_body(sentences, short, full):
    mentions = _mentions(sentences)
    assert {(short, "org", full)} <= set(mentions)
    assert all(canonical == full for text, _, canonical in mentions if text == short)


@pytest.mark.parametrize(("sentence", "lang", "short", "full"), [
    ("La Dirección General de Tránsito, conocida como Ditra, cerró la vía.", "es", "Ditra", "Dirección General de Tránsito"),
    ("La Società Autostrade Meridionali, nota come Sam, ha chiuso il tratto.", "it", "Sam", "Società Autostrade Meridionali"),
    ("La Direction des routes du Jura, connue sous le nom de Diroja, a fermé la route.", "fr", "Diroja", "Direction des routes du Jura"),
])
def test_a_short_name_known_as_in_other_languages(sentence, lang, short, full):
    assert (short, "org", full) in [(m.text, m.kind, m.canonical) for m in extract_entities([sentence], lang)]


def test_a_persons_byname_is_no_bodys_short_name():
    mentions = _mentions(["Parliament was loyal to the late president Ruslan Omarov, also known as Batyr, for decades."])
    assert not any(kind == "org" and canonical == "Ruslan Omarov" for _, kind, canonical in mentions)


@pytest.mark.parametrize(("sentence", "body"), [
    ("Officials of the Uganda Coffee Development Authority said exports fell.", "Uganda Coffee Development Authority"),
    ("Researchers of the Mbarara University Hospital found the strain.", "Mbarara University Hospital"),
])
def test_people_opening_a_sentence_before_of_are_no_part_of_the_name(sentence, body):
    names = found(sentence, "en")
    assert (body, "org") in names
    assert not any(name.split()[0] in {"Officials", "Researchers"} for name, _ in names)


def test_a_body_named_as_a_group_stays_whole():
    assert ("Friends of the Earth", "org") in found("Friends of the Earth protested outside the ministry.", "en")


@pytest.mark.parametrize("sentence", [
    "Emergency Management Commissioner Rhys Calloway said the fire was contained.",
    "Emergency Services Minister Jo Park visited Horsham.",
    "Corrections Commissioner Dana Webb said 2 inmates escaped.",
])
def test_a_portfolio_before_a_commissioner_or_a_minister_is_part_of_the_role(sentence):
    assert not any(kind == "org" for _, kind in found(sentence, "en"))
