"""What each page shows, as one JSON-ready payload: the API returns it, the page renders it.

Query parameters are declared once here, so the API and the pages validate them alike (bad
values are a 422, never a 500)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.exceptions import RequestValidationError

from storyweave.browse import Catalogue

MAX_PER_PAGE = 100
MAX_QUERY_CHARS = 500


@dataclass(frozen=True)
class Paging:
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def describe(self, total: int) -> dict[str, int]:
        return {"page": self.page, "per_page": self.per_page, "total": total, "pages": max(1, math.ceil(total / self.per_page))}


def paging(
    page: Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description=f"Items per page (1–{MAX_PER_PAGE}).")] = 20,
) -> Paging:
    return Paging(page, per_page)


def _invalid(field: str, message: str, value: str) -> RequestValidationError:
    return RequestValidationError([{"loc": ("query", field), "msg": message, "input": value, "type": "value_error"}])


def _day(field: str, value: str) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise _invalid(field, f"not a date (YYYY-MM-DD): {value!r}", value) from None


@dataclass(frozen=True)
class SearchQuery:
    q: str
    lang: str
    outlet: str
    since: str | None
    until: str | None

    def as_params(self) -> dict[str, str]:
        return {"q": self.q, "lang": self.lang, "outlet": self.outlet, "since": self.since or "", "until": self.until or ""}


def search_query(
    q: Annotated[str, Query(max_length=MAX_QUERY_CHARS, description='Words that must all appear; "quoted phrase"; word* for a prefix.')] = "",
    lang: Annotated[str, Query(max_length=16, description="Only articles in this language (ISO code, e.g. en).")] = "",
    outlet: Annotated[str, Query(max_length=200, description="Only articles from this outlet.")] = "",
    since: Annotated[str, Query(max_length=10, description="Only articles published on or after this day (YYYY-MM-DD).")] = "",
    until: Annotated[str, Query(max_length=10, description="Only articles published on or before this day (YYYY-MM-DD).")] = "",
) -> SearchQuery:
    first, last = _day("since", since), _day("until", until)
    if first and last and first > last:
        raise _invalid("until", f"{last} is before since ({first})", until)
    return SearchQuery(q.strip(), lang.strip(), outlet.strip(), first, last)


PagingParams = Annotated[Paging, Depends(paging)]
SearchParams = Annotated[SearchQuery, Depends(search_query)]


def catalogue_of(request: Request) -> Catalogue:
    return request.app.state.catalogue


def stories(catalogue: Catalogue, paging: Paging) -> dict[str, Any]:
    overviews = catalogue.story_overviews()
    return {
        "stories": overviews[paging.offset : paging.offset + paging.per_page],
        **paging.describe(len(overviews)),
        "counts": catalogue.counts(),
    }


def search(catalogue: Catalogue, query: SearchQuery, paging: Paging) -> dict[str, Any]:
    found = catalogue.search(query.q, query.lang, query.outlet, query.since, query.until, paging.per_page, paging.offset) if query.q else {"total": 0, "hits": []}
    return {"query": query.as_params(), "hits": found["hits"], **paging.describe(found["total"]), "facets": catalogue.facets()}


def source_lookups(sources: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """For citing an event's sources: article id → its number on the page (the order of the
    sources), its outlet and its title."""
    return {
        "cite": {source["id"]: number for number, source in enumerate(sources, 1)},
        "outlets": {source["id"]: source["outlet"] for source in sources},
        "titles": {source["id"]: source["title"] for source in sources},
    }
