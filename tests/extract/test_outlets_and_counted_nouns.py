"""Review findings: news outlets are organisations (never people, never speakers), and a figure
counts the head noun of its phrase. Texts are invented."""

from __future__ import annotations

import pytest

from storyweave.clean import clean_document
from storyweave.extract import analyse
from storyweave.extract.figures import extract_figures
from storyweave.model import Article, RawDocument


def analysed(text: str) -> Article:
    raw = RawDocument(input="x.txt", source="/in/x.txt", text=text)
    return analyse(raw, clean_document(raw))


OUTLETS = (
    "Lenders raise mortgage rates\n\n"
    "Only three of the 12 economists surveyed by the Weekly Harrowgate had expected the increase.\n\n"
    "Governor Ilse Brandvik defended the decision on Thursday.\n\n"
    '"Nobody likes paying more for a mortgage," she told Radio Selmark One. "But inflation hurts the poorest most."\n\n'
    "The Selmark Business Review said lenders would follow within days, and the Daily Courant agreed."
)


@pytest.mark.parametrize("name", ["Weekly Harrowgate", "Radio Selmark One", "Selmark Business Review", "Daily Courant"])
def test_an_outlet_is_an_organisation(name):
    article = analysed(OUTLETS)
    kinds = {m.kind for m in article.entities if m.text == name}
    assert kinds == {"org"}


def test_quotes_told_to_a_broadcaster_are_the_speakers_not_the_broadcasters():
    article = analysed(OUTLETS)
    assert [q.speaker for q in article.quotes if q.direct] == ["Ilse Brandvik", "Ilse Brandvik"]


def test_a_name_of_common_words_is_no_person():
    # "water" is written in lower case in the same article: "Dunmore Water" is a company
    article = analysed(
        "Water company fined\n\n"
        "Engineers from Dunmore Water repaired 80 leaks last month, the regional water regulator said.\n\n"
        "Its chief executive, Ruth Okoro, said the company had spent £4 million on new mains."
    )
    kinds = {m.text: m.kind for m in article.entities}
    assert kinds["Dunmore Water"] == "org" and kinds["Ruth Okoro"] == "person"


@pytest.mark.parametrize(
    ("sentence", "value", "counts"),
    [
        ("The two-year yield rose 19 basis points on Monday.", 19.0, "points"),
        ("About 410,000 Selmarkian households hold variable-rate loans.", 410000.0, "households"),
        ("By noon, 23 cargo ships were waiting at anchor.", 23.0, "ships"),
        ("Police sent 200 aid trucks to the valley.", 200.0, "trucks"),
        ("Only 15 economists surveyed by the paper expected a rise.", 15.0, "economists"),
        ("At least 34 people died in the crash.", 34.0, "people"),
        ("Two of the seven board members voted against.", 2.0, "members"),
        ("Two of the seven board members voted against.", 7.0, "members"),
    ],
)
def test_a_figure_counts_the_head_noun_of_its_phrase(sentence, value, counts):
    [figure] = [f for f in extract_figures([sentence]) if f.value == value]
    assert figure.counts == counts


def test_a_number_after_and_is_its_own_figure():
    figures = extract_figures(["The Red Cross sent three boats and eleven divers; 34 people died and dozens more are missing."])
    assert [(f.value, f.counts) for f in figures][:2] == [(3.0, "boats"), (11.0, "divers")]
    assert {f.value for f in figures} == {3.0, 11.0, 34.0, 24.0}


def test_money_counts_nothing_after_its_currency_word():
    [figure] = extract_figures(["Il governo ha stanziato 20 milioni di euro per i primi interventi."], lang="it")
    assert (figure.value, figure.unit, figure.counts) == (20e6, "EUR", None)


def test_acronyms_that_spell_a_common_word_are_organisations():
    # "UN" and "WHO" are also the French "un" and the English "who"
    article = analysed(
        "UN warns of famine in the east\n\n"
        "WHO representative Ana Lindqvist said that clinics were running out of medicine, and the UN appeal was "
        "only a tenth funded."
    )
    assert [(m.text, m.canonical) for m in article.entities if m.kind == "org"] == [
        ("UN", "United Nations"), ("WHO", "World Health Organization"), ("UN", "United Nations")]


def test_german_names_after_a_noun_and_in_the_nominative():
    from storyweave.extract.entities import extract_entities

    mentions = extract_entities(
        ["Nach Angaben der Vereinten Nationen warnte der Deutsche Wetterdienst vor Sturm.",
         "Der Minister betonte, dass Deutschland an der Seite Israels stehe."], "de")
    found = {(m.canonical, m.kind) for m in mentions}
    assert {("United Nations", "org"), ("Deutscher Wetterdienst", "org"), ("Israel", "place")} <= found


def test_the_articles_own_outlet_is_an_organisation_wherever_it_is_named():
    article = analysed(
        "Ferry fares to rise\n\n"
        "Ferry fares between Osterby and the islands will rise by a fifth in April, the operator said on Monday.\n\n"
        '"We held prices for three years," chief executive Marit Solberg told Varden Lantern. "We cannot hold them any longer."\n\n'
        "The Varden Lantern"
    )
    assert article.outlet == "The Varden Lantern" or article.outlet == "Varden Lantern"
    assert {m.kind for m in article.entities if m.text == "Varden Lantern"} == {"org"}
    assert [q.speaker for q in article.quotes] == ["Marit Solberg", "Marit Solberg"]


def test_a_name_listed_after_an_organisation_is_one():
    from storyweave.extract.entities import extract_entities

    mentions = extract_entities(["Harwick Energy and Quellonor have pledged turbines worth €40 million."], "en")
    assert [(m.text, m.kind) for m in mentions] == [("Harwick Energy", "org"), ("Quellonor", "org")]
