"""Server-rendered pages. Each renders the same payload its JSON twin under /api returns
(linked from the page as rel="alternate")."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from storyweave.ingest import SUPPORTED_SUFFIXES
from storyweave import browse
from storyweave.web import api, views
from storyweave.web.render import query_string, templates
from storyweave.web.views import PagingParams, SearchParams, catalogue_of

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
ORIGINAL_LINES = 3000  # the original text shown beside the removals; a huge page is cut, not sent whole


def page(request: Request, template: str, payload: dict[str, Any], json_url: str, **extra: Any) -> Response:
    context = {**payload, "payload": payload, "json_url": json_url, "read_only": request.app.state.options.read_only, **extra}
    return templates.TemplateResponse(request, template, context)


@router.get("/")
async def stories(request: Request, paging: PagingParams) -> Response:
    payload = views.stories(catalogue_of(request), paging)
    return page(request, "stories.html", payload, f"/api/stories?page={paging.page}&per_page={paging.per_page}", paging=paging)


@router.get("/stories/{story_id}")
async def story(request: Request, story_id: str) -> Response:
    return page(request, "story.html", browse.story(catalogue_of(request), story_id), f"/api/stories/{story_id}")


@router.get("/events/{event_id}")
async def event(request: Request, event_id: str) -> Response:
    payload = browse.event(catalogue_of(request), event_id)
    return page(request, "event.html", payload, f"/api/events/{event_id}", **views.source_lookups(payload["sources"]))


@router.get("/articles/{article_id}")
async def article(request: Request, article_id: str) -> Response:
    payload = catalogue_of(request).article(article_id, with_raw_text=True)
    raw_text = payload.pop("raw_text")
    removed = {line["text"].strip(): line["reason"] for line in payload["article"]["removed"]}
    original = [(line, removed.get(line.strip())) for line in raw_text.splitlines()[:ORIGINAL_LINES]]
    return page(request, "article.html", payload, f"/api/articles/{article_id}", original=original,
                original_cut=raw_text.count("\n") + 1 > ORIGINAL_LINES)


@router.get("/search")
async def search(request: Request, query: SearchParams, paging: PagingParams) -> Response:
    payload = views.search(catalogue_of(request), query, paging)
    params = query.as_params()
    json_url = "/api/search?" + query_string(params, page=paging.page, per_page=paging.per_page)
    return page(request, "search.html", payload, json_url, params=params, paging=paging)


@router.get("/ingest")
async def ingest_form(request: Request) -> Response:
    options = request.app.state.options
    payload = {"read_only": options.read_only, "max_upload_bytes": options.max_upload_bytes,
               "max_file_bytes": options.settings.max_file_bytes, "max_upload_files": options.max_upload_files}
    return page(request, "ingest.html", payload, "/openapi.json", supported=SUPPORTED_SUFFIXES)


@router.post("/ingest")
async def ingest_upload(request: Request) -> Response:
    job = await api.accept_upload(request)
    return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)


@router.get("/ingest/jobs/{job_id}")
async def ingest_job(request: Request, job_id: str) -> Response:
    job = api.job_payload(request, api.find_job(request, job_id))
    return page(request, "job.html", {"job": job}, f"/api/ingest/jobs/{job_id}")


@router.get("/api-docs")
async def api_docs(request: Request) -> Response:
    schema = request.app.openapi()
    return page(request, "api_docs.html", {"paths": schema["paths"]}, "/openapi.json")
