"""A quote a colon brings in, which ends its sentence, is said by the subject before the colon even
when the next sentence holds a speech verb; German compound offices ("Landeshauptfrau",
"Betriebsratsvorsitzender", "Generalsekretärin") name the person who holds them again; a quoted
name right after a work's noun and "called" is no quote; a party no list knows, run on into the
name of one of its people, is the party and the person; a Chinese quote with no attribution of its
own, right after a sentence in which someone speaks, is theirs. Texts and people are invented."""

from __future__ import annotations

import pytest

from extraction import article_names, speakers


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("El pescador Luis Romero Duarte de Pilar lo ve así: «Donde vuelve el agua vuelven los peces.» "
         "Desde hace dos años, cuenta, pesca más.", "Donde vuelve el agua vuelven los peces.", "Luis Romero Duarte"),
        ("Der Fischer Lukas Brandner aus Gmunden sieht es so: „Wo das Schilf zurückkommt, kommen die Fische.“ "
         "Seit zwei Jahren, erzählt er, fange er mehr Hechte.", "Wo das Schilf zurückkommt, kommen die Fische.", "Lukas Brandner"),
        ("La viticultrice Odile Marchetti résume ainsi : « Sans la pluie de juin, nous aurions tout perdu. » "
         "Cette année, raconte-t-elle, la vendange a commencé tôt.", "Sans la pluie de juin, nous aurions tout perdu.",
         "Odile Marchetti"),
    ],
)
def test_a_quote_brought_in_by_a_colon_is_the_subjects_before_it(text: str, quote: str, speaker: str) -> None:
    assert speakers(text)[quote] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Salzburgs Landeshauptfrau Monika Brandauer-Kössl versprach rasche Hilfe. "
         "„Niemand wird im Stich gelassen“, sagte die Landeshauptfrau am Abend.", "Niemand wird im Stich gelassen", "Monika Brandauer-Kössl"),
        ("Der Betriebsratsvorsitzende Karl Wimmer-Lechner war empört. „Das ist ein Skandal“, sagte der Vorsitzende.",
         "Das ist ein Skandal", "Karl Wimmer-Lechner"),
        ("Die Generalsekretärin der Gewerkschaft, Eva Stöger, kündigte Proteste an. "
         "„Wir gehen auf die Straße“, sagte die Generalsekretärin.", "Wir gehen auf die Straße", "Eva Stöger"),
    ],
)
def test_a_german_compound_office_names_its_holder_again(text: str, quote: str, speaker: str) -> None:
    assert speakers(text)[quote] == speaker


def test_a_name_after_a_works_noun_and_called_is_no_quote() -> None:
    found = speakers('"We need more water in the marsh," ecologist Dr. Hana Okafor said. She added that the '
                     'council\'s scheme, called "Wet Feet Again", would cover 12 ponds by 2028.')
    assert "Wet Feet Again" not in found
    assert found["We need more water in the marsh"] == "Hana Okafor"


def test_called_after_a_person_still_reports_their_words() -> None:
    found = speakers('Mayor Tom Reyes called the delay "a disgrace to the county" on Monday.')
    assert found["a disgrace to the county"] == "Tom Reyes"


@pytest.mark.parametrize(
    ("party", "person"),
    [("Partido Nacional", "Gustavo Ferreira Bentancur"), ("Partido Verde", "Ana Ruiz"), ("Frente Cívico", "Ramón Acosta Villalba")],
)
def test_a_party_run_on_into_a_persons_name_is_both(party: str, person: str) -> None:
    text = f"Ley de humedales\n\nEl senador del {party} {person} dijo que la ley llega tarde y que el Estado no ayuda a los ganaderos."
    names = {(name, kind) for name, kind, _ in article_names(text)}
    assert (party, "org") in names
    assert (person, "person") in names
    assert speakers(text.split("\n\n", 1)[1]).get("la ley llega tarde y que el Estado no ayuda a los ganaderos") == person


def test_a_party_named_with_a_known_surname_is_left_whole() -> None:
    # "Cristiano" opens no name here: the three words at the end are not all a person's
    names = {(name, kind) for name, kind, _ in article_names(
        "Elecciones\n\nLa coalición del Partido Demócrata Cristiano Unido presentó su lista el martes.")}
    assert not any(kind == "person" for _, kind in names)


def test_a_chinese_quote_after_a_sentence_someone_speaks_is_theirs() -> None:
    found = speakers("云南山韵茶业有限公司总经理王建国说，公司今年新招了80名员工。「我们要让更多人喝到云南的好茶。」\n\n"
                     "游客说，茶园很美。「我明年还会再来这里看看。」")
    assert found["我们要让更多人喝到云南的好茶。"] == "王建国"
    assert found["我明年还会再来这里看看。"] is None  # (an unnamed visitor)
