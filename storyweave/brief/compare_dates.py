"""Dates compared across reports: a day two independent sources state, one statement dated
differently, and articles that date the occurrence itself differently."""

from __future__ import annotations

from collections import Counter, defaultdict

from storyweave.brief.facts import Agreement, Disagreement, Variant, components, independent
from storyweave.brief.sources import DatedStatement, SourceArticle
from storyweave.brief.words import content_words, similar_pairs

SAME_DATED_STATEMENT = 0.4  # overlap of two sentences' words (dates left out) at which they make one statement


def _with_years(articles: list[SourceArticle]) -> list[tuple[str, str, str, str]]:
    """(article, full or month-day date, as written, sentence) for every dated statement; a date
    without a year takes the year the event's other statements give that day, when there is one."""
    years: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        for mention in article.dates:
            if not mention.date.startswith("--"):
                years[mention.date[5:]][mention.date[:4]] += 1
    found = []
    for article in articles:
        for mention in article.dates:
            day = mention.date
            if day.startswith("--") and years.get(day[2:]):
                day = f"{years[day[2:]].most_common(1)[0][0]}-{day[2:]}"
            found.append((article.id, day, mention.text, mention.sentence))
    return found


def date_agreements(articles: list[SourceArticle], keys: dict[str, str]) -> list[Agreement]:
    by_day: dict[str, list[tuple[str, str]]] = {}
    for article_id, day, written, _ in _with_years(articles):
        by_day.setdefault(day, []).append((article_id, written))
    agreed = []
    for day, mentions in by_day.items():
        ids = list(dict.fromkeys(i for i, _ in mentions))
        if independent(ids, keys):
            written = " / ".join(dict.fromkeys(w for _, w in mentions))
            agreed.append(Agreement("date", f"{day} ({written})", ids))
    return agreed


def date_disagreements(articles: list[SourceArticle]) -> list[Disagreement]:
    """The same statement dated differently by two articles (its sentence otherwise alike)."""
    mentions = _with_years(articles)
    undated = [frozenset(w for w in content_words(s) if not w[:1].isdigit()) - content_words(written) for _, _, written, s in mentions]
    pairs = [
        (i, j)
        for i, j in similar_pairs(undated, SAME_DATED_STATEMENT)
        if mentions[i][0] != mentions[j][0] and mentions[i][1] != mentions[j][1]
    ]
    found = []
    for members in components(pairs):
        by_day: dict[str, list[int]] = {}
        for index in members:
            by_day.setdefault(mentions[index][1], []).append(index)
        if len(by_day) < 2:
            continue
        first = mentions[members[0]]
        about = " ".join(first[3].split()[:12]) + ("…" if len(first[3].split()) > 12 else "")
        variants = [
            Variant(f"{day} ({mentions[group[0]][2]})", mentions[group[0]][3], list(dict.fromkeys(mentions[i][0] for i in group)))
            for day, group in by_day.items()
        ]
        found.append(Disagreement("date", f"the date in “{about}”", variants))
    return found


def occurrence_disagreements(articles: list[SourceArticle]) -> list[Disagreement]:
    """Articles that date the occurrence itself differently (each by a statement it makes)."""
    by_day: dict[str, list[tuple[str, DatedStatement]]] = {}
    for article in articles:
        if not article.occurred or article.occurred.startswith("--"):
            continue
        stated = next((d for d in article.dates if d.date[-5:] == article.occurred[-5:] and d.sentence in article.text), None)
        if stated is not None:
            by_day.setdefault(article.occurred, []).append((article.id, stated))
    if len(by_day) < 2:
        return []
    variants = [
        Variant(f"{day} ({stated[0][1].text})", stated[0][1].sentence, [article_id for article_id, _ in stated])
        for day, stated in sorted(by_day.items())
    ]
    return [Disagreement("date", "when it happened", variants)]
