"""A country's people named by a noun are no entity (the guidelines label demonyms used as nouns nowhere): before a
person's name it says where they are from ("Spaniard Rafael Nadal"), after one it opens the next line a page ran on
("… Mike Pompeo Iraqis are dancing")."""

from __future__ import annotations

import pytest

from tests.extraction import found


@pytest.mark.parametrize(("sentence", "person"), [
    ("Spaniard Lucas Ferrero won the final in straight sets.", "Lucas Ferrero"),
    ("Pole Tomasz Wierzbicki joins the team as reserve driver.", "Tomasz Wierzbicki"),
    ("The title went to Dutchman Joris van der Meulen.", "Joris van der Meulen"),
    ("Briton Harriet Coles finished fourth.", "Harriet Coles"),
])
def test_a_demonym_noun_before_a_name_is_not_part_of_it(sentence, person):
    assert found(sentence, "en") == {(person, "person")}


def test_a_peoples_plural_after_a_name_is_not_part_of_it():
    assert found("Quoting Secretary Mike Pompeo Iraqis are dancing in the streets.", "en") == {("Mike Pompeo", "person")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Young Americans sang at the opening.", ("Young Americans", "org")),
    ("Finn Russell kicked the winning penalty.", ("Finn Russell", "person")),
])
def test_names_holding_a_demonym_noun_stay_whole(sentence, expected):
    assert expected in found(sentence, "en")

