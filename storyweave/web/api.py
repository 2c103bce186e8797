"""The JSON API (DESIGN.md): stories, one story, event, article, search, and ingest jobs."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from storyweave import browse
from storyweave.web import schemas, views
from storyweave.web.uploads import IngestJob, refusal
from storyweave.web.views import PagingParams, SearchParams, catalogue_of

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": schemas.ErrorBody, "description": "Unknown id"},
    422: {"model": schemas.ErrorBody, "description": "Bad parameter"},
}
router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


def answers(model: type, description: str = "Success", status: int = 200) -> dict[str, Any]:
    """Route options: the answer's schema for OpenAPI, without validating each answer against it."""
    return {"response_model": None, "responses": {status: {"model": model, "description": description}}}


@router.get("/stories", summary="Stories, the most recent activity first, with counts and date spans", **answers(schemas.StoriesPage))
async def stories(request: Request, paging: PagingParams) -> JSONResponse:
    return JSONResponse(views.stories(catalogue_of(request), paging))


@router.get("/stories/{story_id}", summary="One story: its events and the timeline", **answers(schemas.StoryAnswer))
async def story(request: Request, story_id: str) -> JSONResponse:
    return JSONResponse(browse.story(catalogue_of(request), story_id))


@router.get("/events/{event_id}", summary="One event: its brief (when built), summary, reasons and sources", **answers(schemas.EventAnswer))
async def event(request: Request, event_id: str) -> JSONResponse:
    return JSONResponse(browse.event(catalogue_of(request), event_id))


@router.get("/articles/{article_id}", summary="One article: clean text, extractions, removed lines, why it is in its event",
            **answers(schemas.ArticleAnswer))
async def article(request: Request, article_id: str) -> JSONResponse:
    return JSONResponse(catalogue_of(request).article(article_id))


@router.get("/search", summary="Full-text search over titles and texts, with marked matches and filters", **answers(schemas.SearchAnswer))
async def search(request: Request, query: SearchParams, paging: PagingParams) -> JSONResponse:
    if not query.q:
        raise RequestValidationError([{"loc": ("query", "q"), "msg": "give at least one word to search for", "input": "", "type": "missing"}])
    return JSONResponse(views.search(catalogue_of(request), query, paging))


UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["files"],
            "properties": {"files": {"type": "array", "items": {"type": "string", "format": "binary"}}},
        }}},
    }
}


@router.post(
    "/ingest", status_code=202, openapi_extra=UPLOAD_BODY, response_model=None,
    summary="Upload files (field `files`) to add to the database; returns the job to poll",
    responses={202: {"model": schemas.JobAnswer, "description": "Queued"}, 403: {"model": schemas.ErrorBody},
               411: {"model": schemas.ErrorBody}, 413: {"model": schemas.ErrorBody}},
)
async def ingest(request: Request) -> JSONResponse:
    job = await accept_upload(request)
    return JSONResponse({"job": job_payload(request, job)}, status_code=202)


@router.get("/ingest/jobs/{job_id}", summary="Progress and result of an upload", **answers(schemas.JobAnswer))
async def ingest_job(request: Request, job_id: str) -> JSONResponse:
    return JSONResponse({"job": job_payload(request, find_job(request, job_id))})


def find_job(request: Request, job_id: str) -> IngestJob:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no ingest job {job_id!r}")
    return job


def job_payload(request: Request, job: IngestJob) -> dict[str, Any]:
    payload = job.as_dict()
    if job.state == "done":
        titles = catalogue_of(request).article_titles(job.added)
        payload["added"] = [{"id": id_, **titles.get(id_, {"title": None, "event": None})} for id_ in job.added]
    else:
        payload["added"] = [{"id": id_, "title": None, "event": None} for id_ in job.added]
    return payload


async def accept_upload(request: Request) -> IngestJob:
    """Check the limits, read the files, refuse the unusable ones by name, queue the rest."""
    options = request.app.state.options
    if options.read_only:
        raise HTTPException(403, "this server is read-only: uploads are switched off")
    length = request.headers.get("content-length")
    if length is None or not length.isdigit():
        raise HTTPException(411, "an upload needs a Content-Length header")
    if int(length) > options.max_upload_bytes:
        raise HTTPException(413, f"upload too large ({int(length):,} bytes; the limit is {options.max_upload_bytes:,} bytes)")
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise HTTPException(422, "send the files as multipart/form-data in the field `files`")
    async with request.form(max_files=options.max_upload_files, max_fields=20) as form:
        uploads = [item for item in form.getlist("files") if not isinstance(item, str)]
        if not uploads:
            raise HTTPException(422, "no files: choose at least one file to upload")
        accepted: list[tuple[str, bytes]] = []
        refused: list[str] = []
        limit = options.settings.max_file_bytes
        for upload in uploads:
            name = upload.filename or "upload"
            reason = refusal(name, upload.size or 0, limit)
            if reason is None:
                accepted.append((name, await upload.read()))
            else:
                refused.append(f"{name}: {reason}")
    if not accepted:
        raise HTTPException(422, "nothing to ingest: " + "; ".join(refused))
    return request.app.state.jobs.submit(accepted, refused)
