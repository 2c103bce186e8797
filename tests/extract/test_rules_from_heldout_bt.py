"""Rules learnt from the misses of heldout_bt.jsonl once it stopped being the fresh set, each tested on text of its own:
a publisher named on a copyright line, a dateline's town the story names again, someone's town after a Romance trade,
a fisherman's town after "aus", a family's firm named again by the family's name."""

from __future__ import annotations

import pytest

from tests.extraction import article_names, found


@pytest.mark.parametrize(("line", "publisher"), [
    ("© Il Corriere del Lago", "Il Corriere del Lago"),
    ("© La Gazette cévenole", "La Gazette cévenole"),
    ("© El Heraldo del Sil", "El Heraldo del Sil"),
])
def test_a_copyright_line_names_its_publisher(line, publisher):
    text = f"Frana sulla strada\n\nLa strada è chiusa da lunedì, ha detto il sindaco.\n\n{line}"
    assert (publisher, "org", publisher) in article_names(text)


@pytest.mark.parametrize("line", ["© Tutti i diritti riservati", "© Alle Rechte vorbehalten"])
def test_a_copyright_line_that_reserves_rights_names_no_one(line):
    text = f"Frana sulla strada\n\nLa strada è chiusa da lunedì, ha detto il sindaco.\n\n{line}"
    assert not any(kind == "org" for _, kind, _ in article_names(text))


def test_a_dateline_town_the_story_names_again_is_a_place():
    text = "Vongole perdute\n\nBOSCO - Nella sacca di Bosco il granchio blu ha distrutto i vivai, ha detto un pescatore."
    assert ("BOSCO", "place", "Bosco") in article_names(text)


def test_a_shouted_kicker_the_story_does_not_name_is_no_place():
    text = "Vongole perdute\n\nALLARME - Nella sacca il granchio blu ha distrutto i vivai, ha detto un pescatore."
    assert not any(name == "ALLARME" for name, _, _ in article_names(text))


@pytest.mark.parametrize(("sentence", "lang", "town"), [
    ("«Non l'avevamo mai vista così», ha detto una pescatrice di Bosino.", "it", "Bosino"),
    ("Un agricoltore di Mesolina ha perso tutto il raccolto di mais.", "it", "Mesolina"),
])
def test_someone_of_a_trade_and_their_town(sentence, lang, town):
    assert (town, "place") in found(sentence, lang)


def test_fishermen_from_a_town_on_a_lake():
    assert ("Wermatingen", "place") in found("Die Fischer aus Wermatingen am Untersee warnten vor trockenen Laichplätzen.", "de")


def test_a_family_firm_named_again_by_the_familys_name():
    text = ("Insolvenz\n\nDetmold - Die Bäckerei Holtkämper aus Lemgo hat Insolvenz angemeldet. Eine Verkäuferin sagte, dass sie"
            " seit 31 Jahren bei Holtkämper arbeite.")
    names = article_names(text)
    assert ("Holtkämper", "org", "Bäckerei Holtkämper") in names
    assert not any(name == "Holtkämper" and kind != "org" for name, kind, _ in names)
