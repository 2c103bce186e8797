"""The FastAPI application: JSON API, server-rendered pages, local static assets.

Article text is hostile: templates autoescape everything, and the Content-Security-Policy allows
scripts and styles only from this server (no 'unsafe-inline'), so markup smuggled into an
article can neither run nor restyle the page."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storyweave.browse import open_catalogue
from storyweave.errors import BadInput, ConfigError, NotFound, StoryweaveError
from storyweave.settings import Settings
from storyweave.web import api, pages
from storyweave.web.render import templates
from storyweave.web.uploads import IngestJobs

STATIC = Path(__file__).parent / "static"
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
log = logging.getLogger("storyweave.web")


@dataclass(frozen=True)
class ServeOptions:
    db: Path
    read_only: bool = False
    settings: Settings = Settings()
    max_upload_bytes: int = 20_000_000  # one upload request, all files together
    max_upload_files: int = 100


class SecurityHeaders:
    """Adds the CSP and related headers to every response (pure ASGI: no per-request task)."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(options: ServeOptions) -> FastAPI:
    catalogue = open_catalogue(options.db, read_only=options.read_only, check_same_thread=False)
    jobs = IngestJobs(options.db, options.settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.close()
        catalogue.close()

    app = FastAPI(
        lifespan=lifespan,
        title="storyweave",
        summary="Events and stories from raw news articles: browse, search and add.",
        version="1",
        docs_url=None,  # the bundled Swagger UI loads from a CDN with inline scripts; /api is documented at /api-docs
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.catalogue = catalogue
    app.state.options = options
    app.state.jobs = jobs
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(StoryweaveError, _storyweave_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)
    app.add_middleware(SecurityHeaders)
    return app


def error_response(request: Request, status: int, message: str) -> Response:
    """One error shape: {"error", "status"} for the API, the same on an HTML page for people."""
    if request.url.path.startswith("/api") or request.url.path == "/openapi.json" or _wants_json(request):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    return templates.TemplateResponse(request, "error.html", {"error": message, "status": status}, status_code=status)


def _wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


_STATUS = {NotFound: 404, BadInput: 422, ConfigError: 422}


async def _storyweave_error(request: Request, exc: Exception) -> Response:
    status = next((code for kind, code in _STATUS.items() if isinstance(exc, kind)), 503)
    return error_response(request, status, str(exc))


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ()) if part not in {"query", "path", "body"})
        problems.append(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", "invalid"))
    return error_response(request, 422, "; ".join(problems) or "invalid request")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404 and message == "Not Found":
        message = f"no page at {request.url.path}"
    return error_response(request, exc.status_code, message)


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s", request.url.path)
    return error_response(request, 500, "internal error; the server log has the details")
