"""Extraction: one cleaned document → an Article with language, dates, entities, quotes, figures."""

from __future__ import annotations

from storyweave.extract.compiled import use_current_rules

use_current_rules()  # before any rule module is imported: a stale compiled build must not shadow the sources

import hashlib
from collections.abc import Generator

from storyweave.clean import split_sentences
from storyweave.clean.datetext import find_dates
from storyweave.clean.fields import field_language
from storyweave.clean.scripts import has_cjk
from storyweave.extract.cjk import acronyms_in_brackets, cjk_entities, known_bodies_pattern, known_places, local_places
from storyweave.extract.japanese import japanese_tagger
from storyweave.extract.dates import (
    LEAD_SENTENCES, latest_year_named, lead_weekday, mentioned_dates, occurrence, points_ahead, publication,
)
from storyweave.extract.entities import (
    CREDIT_REASONS,
    acronyms_named_in_full,
    bodies_named_like_towns,
    credited_entities,
    dateline_entities,
    extract_entities,
    letters_among_characters,
    kinds_across_article,
    merged_agencies_in_full,
    national_sections_in_full,
    places_the_dateline_names,
    outlet_as_organisation,
    place_in_brackets,
    short_names_in_full,
)
from storyweave.extract.figures import extract_figures
from storyweave.extract.gazetteer import (
    countries, italian_town_stems, known_bodies, known_bodies_first_words, places, regions, small_towns, takes_an_article,
)
from storyweave.extract.language import detect_language
from storyweave.extract.pinyin import pinyin_name
from storyweave.extract.people import leading_words_peeled, people_checked, personal_names
from storyweave.extract.quotes import extract_quotes
from storyweave.ingest.urls import canonical_url
from storyweave.model import Article, CleanDocument, RawDocument


def warm_up(entity_model: str = "", cjk: bool = True) -> None:
    """Load the language model, the gazetteers and the entity model now, once: forked workers share
    them instead of each loading them on its first article that needs them (MeCab's dictionary is
    mapped, not read, so loading it is cheap but once per process all the same). Without `cjk`
    (no text to analyse writes Chinese or Japanese) the tables only such text reads are left
    unloaded: they cost some 0.6–0.9 s of CPU, spent before any worker starts."""
    places()
    countries()
    takes_an_article("")  # (the German-speaking regions' names)
    known_bodies()
    known_bodies_first_words()
    regions()
    italian_town_stems()
    small_towns("en")
    personal_names()
    bodies_named_like_towns()
    detect_language("warm up the language model with a sentence")
    load_entity_model(entity_model)
    if cjk:
        known_places()
        local_places()
        known_bodies_pattern()
        pinyin_name("松北")
        japanese_tagger()


def load_entity_model(name: str) -> None:
    """Load the spaCy pipeline the setting `entity_model` names, once per process (empty: the
    built-in rules, and spaCy is never imported); ConfigError, one line, when it cannot be used."""
    if name:
        from storyweave.extract.spacy_ner import load_pipeline

        load_pipeline(name)


def content_hash(text: str) -> str:
    """Identity of an input: the same text with different white space is the same article."""
    # white space collapsed by str.split(), which breaks at exactly the characters re's \s matches, and costs a third of a regex substitution
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def article_id_for(hash_: str) -> str:
    return "a" + hash_[:12]


def identity(raw: RawDocument, hash_: str | None = None) -> tuple[str, str | None]:
    """(article id, canonical URL): an article with a URL is known by it, so a changed text at
    the same URL is a new version of the same article; one without is known by its text."""
    url = canonical_url(raw.fields.get("url"))
    if url:
        return "a" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12], url
    return article_id_for(hash_ or content_hash(raw.text)), None


def analyse(raw: RawDocument, clean: CleanDocument, entity_model: str = "") -> Article:
    """`entity_model`: the spaCy pipeline that finds the entities instead of the built-in rules
    (the setting of that name; loaded once per process by `load_entity_model`)."""
    steps = _analysis(raw, clean, entity_model)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value


def analyse_together(docs: list[tuple[RawDocument, CleanDocument]], entity_model: str = "") -> list[Article | Exception]:
    """What `analyse` makes of each document, or the exception it raised (the others go on), the same
    articles with less work: each stage (language, dates, entities, quotes, figures) runs over all the
    documents before the next one starts, so its code and tables stay in the processor's cache (the
    workers' CPU time an article went down 11-20% on 1,000 real articles against one article at a time,
    and `run` on the 5,000-article bench from 21.1 to 16.8-17.6 s)."""
    steps = [_analysis(raw, clean, entity_model) for raw, clean in docs]
    results: list[Article | Exception | None] = [None] * len(docs)
    going = list(range(len(docs)))
    while going:
        still = []
        for index in going:
            try:
                next(steps[index])
                still.append(index)
            except StopIteration as done:
                results[index] = done.value
            except Exception as exc:  # noqa: BLE001 — one document's failure must not cost the others
                results[index] = exc
        going = still
    return [result for result in results if result is not None]


def _analysis(raw: RawDocument, clean: CleanDocument, entity_model: str) -> Generator[None, None, Article]:
    """`analyse`, stage by stage: it pauses (yields) after each stage, and returns the article."""
    sentences = split_sentences(clean.body)
    if given_lang := field_language(raw.fields.get("lang")):
        lang, lang_score = given_lang, 1.0
    else:
        lang, lang_score = detect_language(f"{clean.title}\n{clean.body}")
    yield
    # a real headline states the occurrence as much as the lead does ("… visit on 13 July confirmed")
    headline = [clean.title] if clean.title_from in {"line", "field"} else []
    dated = headline + sentences
    lead_count = LEAD_SENTENCES + len(headline)
    found = [find_dates(sentence) for sentence in dated]
    recounted = [d.day for sentence, dates in zip(dated, found) for d in dates if d.day.year and not points_ahead(sentence, d.start)]
    published = publication(clean, recounted)
    dateline_day = clean.dateline.day if clean.dateline else published.partial
    dates = mentioned_dates(dated, published, dateline_day, found, lead_count, lang)
    occurred = occurrence(dates, published.value, None if published.value else latest_year_named(clean.body), dateline_day)
    if occurred is None and clean.dateline and clean.dateline.day and not published.value:
        occurred_iso, occurred_evidence = clean.dateline.day.iso(), f"dateline {clean.dateline.text}"
    elif occurred is not None:
        occurred_iso, occurred_evidence = occurred.day.iso(), f"{occurred.text!r} in: {occurred.sentence[:160]}"
    else:
        occurred_iso, occurred_evidence = None, None
    dateline = place_in_brackets(clean.dateline)
    yield
    if entity_model:
        from storyweave.extract.spacy_ner import load_pipeline, spacy_entities

        found = spacy_entities(load_pipeline(entity_model), dated, lang)
    else:
        found = extract_entities(dated, lang, dateline)
        if lang in {"zh", "ja"} or (lang is None and has_cjk(clean.body)):
            in_characters = cjk_entities(dated, lang)
            found = acronyms_in_brackets(dated, in_characters + letters_among_characters(found, in_characters))
    credits = [line.text for line in clean.removed if line.reason in CREDIT_REASONS]
    credited = credited_entities(credits, lang) if credits and not entity_model else []
    found += credited
    # an outlet read from the dateline's brackets goes with them when they hold a place
    outlet = None if dateline is not clean.dateline and clean.outlet == clean.dateline.agency else clean.outlet
    datelined = dateline_entities(dateline, clean.body)
    found = places_the_dateline_names(found, datelined)
    entities = national_sections_in_full(acronyms_named_in_full(merged_agencies_in_full(
        short_names_in_full(kinds_across_article(outlet_as_organisation(datelined + found, outlet)), clean.body))))
    if not entity_model:
        entities = leading_words_peeled(entities, lang, clean.body)
    yield
    quotes = extract_quotes(headline + clean.body.split("\n"), entities)
    if not entity_model:  # (a spaCy pipeline's NER says who is a person on its own)
        entities = people_checked(entities, quotes, lang, {m.canonical for m in credited})
    yield
    figures = extract_figures(dated, {d.text for d in dates}, lang)
    yield
    hash_ = content_hash(raw.text)
    article_id, url = identity(raw, hash_)
    return Article(
        id=article_id,
        input=raw.input,
        content_hash=hash_,
        raw_text=raw.text,
        title=clean.title,
        title_from=clean.title_from,
        body=clean.body,
        outlet=outlet,
        lang=lang,
        lang_score=lang_score,
        published=published.value,
        published_from=published.source,
        occurred=occurred_iso,
        occurred_evidence=occurred_evidence,
        occurred_weekday=lead_weekday(dated, lead_count) if occurred_iso is None and published.value is None else None,
        dates=dates,
        entities=entities,
        quotes=quotes,
        figures=figures,
        removed=list(clean.removed),
        dateline=dateline,
        url=url,
    )

