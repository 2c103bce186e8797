"""The brief's parts as pure functions over small hand-made articles (original fiction)."""

from __future__ import annotations

import dataclasses

from storyweave.brief import EventFacts, SourceArticle, build_brief, timeline
from storyweave.brief.compare_figures import figure_agreements, figure_disagreements
from storyweave.brief.figures import describe, figure_phrase
from storyweave.brief.framing import framing
from storyweave.brief.lineage import lineage, source_keys
from storyweave.brief.quotes import quote_ledger
from storyweave.brief.sources import DatedStatement
from storyweave.model import Figure, Mention, Quote

FERRY_LEDGER = (
    "Thirty-one passengers were injured when the ferry Aurora struck the pier at Kessel harbour on Friday.\n"
    "The harbour master said the ferry lost power two hundred metres from the pier.\n"
    '"We heard a bang and then everybody fell over," said passenger Ilse Varga.\n'
    "The Aurora was carrying 240 passengers and 12 crew from Veldhaven to Kessel.\n"
    "Rescue teams from three towns reached the pier within twenty minutes of the crash.\n"
    "The ferry company said it would pay for the repairs to the damaged pier."
)
FERRY_NPA = (
    "KESSEL (NPA) - Twenty-seven passengers were injured when the ferry Aurora struck the pier at Kessel harbour on Friday.\n"
    '"We heard a bang and then everybody fell over," passenger Ilse Varga told reporters at the pier.\n'
    "The Aurora was carrying 240 passengers from Veldhaven to Kessel when its engines failed.\n"
    "Investigators from the Norvan Maritime Board will examine the ferry's engines next week.\n"
    "The same ferry was taken out of service for two weeks last winter after an engine fire in its main hall."
)


def _figure(value, counts, verb, sentence, unit=None, approx=False) -> Figure:
    return Figure(float(value), approx, unit, counts, verb, sentence)


def ledger_article() -> SourceArticle:
    body = FERRY_LEDGER
    return SourceArticle(
        id="a1", title="Ferry strikes Kessel pier, 31 hurt", title_from="line", body=body, outlet="Harbor Ledger", lang="en",
        published="2025-06-06T10:00:00",
        quotes=[Quote("We heard a bang and then everybody fell over,", "Ilse Varga", True)],
        figures=[
            _figure(31, "passengers", "injured", body.split("\n")[0]),
            _figure(240, "passengers", None, body.split("\n")[3]),
            _figure(12, "crew", None, body.split("\n")[3]),
        ],
        dates=[DatedStatement("on Friday", "2025-06-06", body.split("\n")[0])],
        entities=[Mention("Aurora", "other", "Aurora"), Mention("Kessel", "place", "Kessel"), Mention("Ilse Varga", "person", "Ilse Varga")],
    )


def npa_article(id_="a2", outlet="NPA", published="2025-06-06T09:00:00") -> SourceArticle:
    body = FERRY_NPA
    lines = body.split("\n")
    return SourceArticle(
        id=id_, title="Twenty-seven injured as ferry hits Kessel pier", title_from="line", body=body, outlet=outlet, lang="en",
        published=published,
        quotes=[Quote("We heard a bang and then everybody fell over,", "Ilse Varga", True)],
        figures=[
            _figure(27, "passengers", "injured", lines[0]),
            _figure(240, "passengers", None, lines[2]),
            _figure(2, "weeks", None, lines[4]),
        ],
        dates=[DatedStatement("on Friday", "2025-06-06", lines[0])],
        entities=[Mention("Aurora", "other", "Aurora"), Mention("Kessel", "place", "Kessel"),
                  Mention("Norvan Maritime Board", "org", "Norvan Maritime Board")],
    )


def test_a_copy_speaks_for_its_original_and_one_outlet_is_one_source():
    original = npa_article()
    copy = dataclasses.replace(npa_article("a3", "Portvale Gazette", "2025-06-06T11:00:00"), duplicate_of="a2")
    second_npa = npa_article("a4", "NPA", "2025-06-06T12:00:00")
    articles = [original, copy, second_npa]
    entries = {e.article: e for e in lineage(articles)}
    assert (entries["a2"].role, entries["a3"].role, entries["a3"].copy_of) == ("base", "copy", "a2")
    keys = source_keys(articles, list(entries.values()))
    assert len(set(keys.values())) == 1
    # the same figure in an original, its copy and the outlet's second report is not corroborated
    assert figure_agreements(articles, keys) == []
    assert build_brief(articles).independent_sources == 1


def test_the_earliest_text_of_a_copy_pair_is_the_base_whichever_was_stored_first():
    later = dataclasses.replace(npa_article("a5", "Harbor Ledger", "2025-06-07"), duplicate_of=None)
    earlier = dataclasses.replace(npa_article("a6", "NPA", "2025-06-06"), duplicate_of="a5")
    entries = {e.article: e for e in lineage([later, earlier])}
    assert entries["a6"].role == "base" and entries["a5"].copy_of == "a6"


def test_a_translation_keeps_the_figures_in_order_but_not_the_words():
    original = npa_article()
    translated = SourceArticle(
        id="t1", title="Siebenundzwanzig Verletzte", title_from="line", body="Siebenundzwanzig Passagiere wurden verletzt.",
        outlet="Morgenbote", lang="de", published="2025-06-06T15:00:00",
        figures=[dataclasses.replace(f, sentence="x") for f in original.figures] + [_figure(3, "Tage", None, "x")],
        entities=[Mention("Aurora", "other", "Aurora"), Mention("Kessel", "place", "Kessel"),
                  Mention("Norvan Maritime Board", "org", "Norvan Maritime Board")],
    )
    entries = {e.article: e for e in lineage([translated, original])}
    assert entries["t1"].role == "translation" and entries["t1"].copy_of == "a2"
    unrelated = dataclasses.replace(translated, id="t2", figures=[_figure(5, "cars", None, "x")])
    assert {e.article: e.role for e in lineage([unrelated, original])}["t2"] == "independent"


def test_two_outlets_agree_on_a_figure_and_differ_on_another():
    articles = [ledger_article(), npa_article()]
    keys = source_keys(articles, lineage(articles))
    agreed = figure_agreements(articles, keys)
    assert [(a.text, a.sources) for a in agreed] == [("240 passengers", ["a1", "a2"])]
    (disagreement,) = figure_disagreements(articles)
    assert disagreement.about == "passenger injured"
    assert {v.text: v.sources for v in disagreement.variants} == {
        "Thirty-one passengers (injured)": ["a1"], "Twenty-seven passengers (injured)": ["a2"]}
    assert all(v.sentence in {"a1": FERRY_LEDGER, "a2": FERRY_NPA}[v.sources[0]] for v in disagreement.variants)


def test_an_article_that_states_both_values_disagrees_with_neither():
    one = ledger_article()
    both = dataclasses.replace(npa_article(), figures=npa_article().figures + [_figure(31, "passengers", "injured", FERRY_NPA.split("\n")[0])])
    assert figure_disagreements([one, both]) == []


def test_one_number_counting_different_things_in_the_same_statement_is_a_disagreement():
    prisoners = "The minister said Veldhaven would not free thousands of political prisoners held in the north."
    troops = "The minister said Veldhaven would not free thousands of troops held in the north."
    a = SourceArticle("p1", "t", "line", prisoners, "Kestrel Times", "en", figures=[_figure(2000, "prisoners", None, prisoners, approx=True)])
    b = SourceArticle("p2", "t", "line", troops, "Daily Meridian", "en", figures=[_figure(2000, "troops", None, troops, approx=True)])
    (disagreement,) = figure_disagreements([a, b])
    assert disagreement.about == "what “thousands of …” counts"
    assert [v.text for v in disagreement.variants] == ["thousands of political prisoners", "thousands of troops"]


def test_figure_phrases_are_taken_from_the_sentence():
    sentence = "At least 26,751 people have been killed and about $4.5 million was spent, down from 4.50% last year."
    assert figure_phrase(_figure(26751, "people", "killed", sentence)) == "At least 26,751 people"
    assert figure_phrase(_figure(4.5e6, None, "spent", sentence, unit="USD")) == "about $4.5 million"
    assert describe(_figure(4.5, None, None, sentence, unit="%")) == "4.50%"


def test_figure_phrases_keep_the_letters_that_mark_a_countrys_dollars():
    sentence = "Tickets cost A$1,000 per adult, and the fund paid out NZ$ 2.5 million."
    assert figure_phrase(_figure(1000, None, "cost", sentence, unit="AUD")) == "A$1,000"
    assert figure_phrase(_figure(2.5e6, None, "paid", sentence, unit="NZD")) == "NZ$ 2.5 million"


def test_the_quote_ledger_marks_verbatim_carriers_variants_and_the_first_publisher():
    variant_body = "Passenger Ilse Varga said she heard a bang and then everybody fell over on the deck."
    third = SourceArticle("a7", "t", "line", variant_body, "Kestrel Times", "en", published="2025-06-05")
    ledger, close = quote_ledger([ledger_article(), npa_article(), third])
    (entry,) = [e for e in ledger if e.direct]
    assert entry.text == "We heard a bang and then everybody fell over,"
    assert entry.speaker == "Ilse Varga"
    carriers = {c.article: c for c in entry.carriers}
    assert carriers["a1"].verbatim and carriers["a2"].verbatim
    assert not carriers["a7"].verbatim and carriers["a7"].variant == variant_body
    # the earliest of the articles that print it word for word, not the earlier paraphrase
    assert entry.earliest == "a2"
    assert close[entry.text] >= {"a1", "a2"}


def test_a_paraphrase_inside_a_long_sentence_is_a_variant_and_not_an_addition():
    long_sentence = (
        "According to the harbour office on Saturday, passenger Ilse Varga heard a bang and then everybody fell over, "
        "while rescue boats from Tarnby, Olsund and Brekke reached the crippled Aurora within minutes of the collision."
    )
    third = SourceArticle("a7", "t", "line", long_sentence + "\nThe pier will stay closed until October.", "Kestrel Times", "en",
                          published="2025-06-07", entities=[Mention("Tarnby", "place", "Tarnby")])
    brief = build_brief([ledger_article(), npa_article(), third])
    (entry,) = [e for e in brief.quotes if e.direct]
    carriers = {c.article: c for c in entry.carriers}
    # the clause that paraphrases the quote, not the whole diluted sentence
    assert carriers["a7"].variant == "passenger Ilse Varga heard a bang and then everybody fell over"
    added = {a.article: a for a in brief.additions}
    assert all(long_sentence != s for s in added.get("a7", dataclasses.replace(brief.additions[0], sentences=[])).sentences)


def test_each_outlet_adds_what_only_it_reports():
    brief = build_brief([ledger_article(), npa_article()])
    added = {a.article: a for a in brief.additions}
    assert any("Norvan Maritime Board" in s for s in added["a2"].sentences)
    assert "12 crew" in added["a1"].facts and "Twenty-seven passengers (injured)" in added["a2"].facts
    assert "two weeks" not in " ".join(added["a2"].facts)  # a count of two is no news
    assert all(s in FERRY_NPA for s in added["a2"].sentences)


def test_the_summary_quotes_sentences_verbatim_and_cites_their_articles():
    copy = dataclasses.replace(npa_article("a3", "Portvale Gazette", "2025-06-06T11:00:00"), duplicate_of="a2")
    brief = build_brief([ledger_article(), npa_article(), copy])
    assert 3 <= len(brief.summary) <= 5
    texts = {"a1": FERRY_LEDGER, "a2": FERRY_NPA, "a3": FERRY_NPA}
    for item in brief.summary:
        assert item.sources and all(item.sentence in texts[s] for s in item.sources)
    # a sentence of the copied text cites the original and its copy
    assert any(set(item.sources) == {"a2", "a3"} for item in brief.summary)
    assert brief.title in {"Ferry strikes Kessel pier, 31 hurt", "Twenty-seven injured as ferry hits Kessel pier"}


def test_framing_lists_each_outlets_words_for_one_referent():
    a = SourceArticle("f1", "t", "line", "Ravik militants attacked a convoy in the occupied Kessel Valley on Monday night.", "Kestrel Times", "en",
                      entities=[Mention("Ravik", "org", "Ravik"), Mention("Kessel Valley", "place", "Kessel Valley")])
    b = SourceArticle("f2", "t", "line", "The terrorist group Ravik attacked a convoy in the disputed Kessel Valley on Monday night.", "NPA", "en",
                      entities=[Mention("Ravik", "org", "Ravik"), Mention("Kessel Valley", "place", "Kessel Valley")])
    c = SourceArticle("f3", "t", "line", "The army began a massive offensive to retake the valley, and could face protests.", "Kestrel Times", "en")
    d = SourceArticle("f4", "t", "line", "The army began a limited offensive in the valley, and might face protests.", "NPA", "en")
    found = {f.referent: {t.term: t.outlets for t in f.terms} for f in framing([a, b, c, d])}
    assert found["Kessel Valley"] == {"disputed Kessel Valley": ["NPA"], "occupied Kessel Valley": ["Kestrel Times"]}
    assert found["Ravik"] == {"Ravik militants": ["Kestrel Times"], "terrorist group Ravik": ["NPA"]}
    assert found["offensive"] == {"limited offensive": ["NPA"], "massive offensive": ["Kestrel Times"]}
    assert "protest" not in found  # "face protests" is a verb and its object


def test_the_timeline_orders_by_date_and_lists_undated_events_last():
    events = [
        EventFacts("e3", "undated", None, [None], 1),
        EventFacts("e2", "late", "2025-05-13", ["2025-05-13"], 2),
        EventFacts("e1", "early by its articles", None, ["2025-05-06T10:00:00", "2025-05-05T09:00:00"], 2),
        EventFacts("e4", "a day without a year", "--05-20", [None], 1),
    ]
    entries = timeline(events)
    assert [(e.event, e.date, e.date_from) for e in entries] == [
        ("e1", "2025-05-05", "articles"), ("e2", "2025-05-13", "event"), ("e3", None, "none"), ("e4", None, "none")]
    assert entries[0].articles == 2 and entries[0].sources == 2


def test_an_empty_event_gives_an_empty_brief():
    brief = build_brief([])
    assert (brief.articles, brief.independent_sources, brief.summary, brief.quotes) == (0, 0, [], [])


def test_dates_agreed_and_an_occurrence_dated_differently_is_flagged():
    first = "The Kessel ferry struck the pier on Friday, June 6, the harbour master said."
    second = "The Kessel ferry struck the pier on Thursday, June 5, the harbour master said."
    a = SourceArticle("d1", "t", "line", first, "Kestrel Times", "en", occurred="2025-06-06",
                      dates=[DatedStatement("on Friday, June 6", "2025-06-06", first), DatedStatement("May 1", "--05-01", first)])
    b = SourceArticle("d2", "t", "line", second, "NPA", "en", occurred="2025-06-05",
                      dates=[DatedStatement("on Thursday, June 5", "2025-06-05", second), DatedStatement("May 1, 2025", "2025-05-01", second)])
    brief = build_brief([a, b])
    assert [(x.text, x.sources) for x in brief.agreements if x.kind == "date"] == [("2025-05-01 (May 1 / May 1, 2025)", ["d1", "d2"])]
    kinds = {(d.about, tuple(v.text for v in d.variants)) for d in brief.disagreements if d.kind == "date"}
    assert ("when it happened", ("2025-06-05 (on Thursday, June 5)", "2025-06-06 (on Friday, June 6)")) in kinds
    assert any(about.startswith("the date in “The Kessel ferry struck the pier") for about, _ in kinds)


def test_the_event_title_prefers_a_plain_headline_to_a_shouting_more_central_one():
    from storyweave.brief import title_and_summary

    texts = {
        "a1": ("REPORT: FERRY HITS KESSEL PIER, DOZENS HURT", "line", "Thirty-one passengers were hurt. The ferry lost power."),
        "a2": ("Ferry strikes Kessel pier, injuring dozens of passengers", "line", "Twenty-seven passengers were hurt."),
    }
    title, summary = title_and_summary(["a1", "a2"], texts, {"a1": 0.9, "a2": 0.8})
    assert title == "Ferry strikes Kessel pier, injuring dozens of passengers"
    assert summary == "Thirty-one passengers were hurt. The ferry lost power."
