"""German names from a local report: a municipality after its region and a hyphen ("die Prignitz-Gemeinde
Lindholz"), which stays a place even when a citizens' group is named after it, and a firm named again by its own
first word ("die Talwind Netzbau GmbH … Talwind"), unless that word is a trade or a town's adjective and the firm
is someone's ("Schreinerei Kessler GmbH") or the town's. Sentences are original; places and firms are invented."""

from __future__ import annotations

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.model import RawDocument


def mentions(text: str) -> list[tuple[str, str, str]]:
    raw = RawDocument("de.txt", "de.txt", text)
    return [(m.text, m.canonical, m.kind) for m in analyse(raw, clean_document(raw)).entities]


VOTE = ("Lindholz sagt Nein zum Solarpark\n\n"
        "In der Prignitz-Gemeinde Lindholz hat am Sonntag eine Mehrheit gegen den Solarpark gestimmt. "
        "Die Talwind Netzbau GmbH aus Cottbus wollte dort 40 Hektar bebauen. "
        "Ein Sprecher von Talwind sagte, man prüfe das Ergebnis. "
        "Die Bürgerinitiative „Sonnenfrei Lindholz“ hatte 410 Unterschriften gesammelt.")


def test_a_municipality_after_its_region_and_a_hyphen_is_a_place() -> None:
    found = mentions(VOTE)
    assert ("Lindholz", "Lindholz", "place") in found
    assert ("Prignitz", "Prignitz", "place") in found


def test_a_group_named_after_the_town_does_not_take_the_town_as_its_surname() -> None:
    lindwerder = [(canonical, kind) for text, canonical, kind in mentions(VOTE) if text == "Lindholz"]
    assert lindwerder and set(lindwerder) == {("Lindholz", "place")}


def test_a_firm_is_named_again_by_its_own_first_word() -> None:
    assert ("Talwind", "Talwind Netzbau GmbH", "org") in mentions(VOTE)


def test_a_trade_before_the_owners_name_is_no_short_name_of_the_firm() -> None:
    found = mentions("Schreinerei in Lindholz baut Turnhalle\n\nDie Schreinerei Kessler GmbH baut die neue Turnhalle. "
                     "„Die Schreinerei ist unser Stolz“, sagte der Bürgermeister.")
    assert not any(canonical == "Schreinerei Kessler GmbH" for text, canonical, _ in found if text == "Schreinerei")


def test_a_works_named_by_what_it_makes_keeps_only_its_name() -> None:
    found = mentions("Stellenabbau\n\nDie Uhrenfabrik Sarnholz Montres AG streicht in Grenchen 90 Stellen.")
    assert ("Sarnholz Montres AG", "Sarnholz Montres AG", "org") in found
