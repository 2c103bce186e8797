"""The JSON API against a real `storyweave serve` on 127.0.0.1: shapes, paging, search and its
filters, the one error shape, security headers, upload limits and read-only mode."""

from __future__ import annotations

import shutil
import socket
import time
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave.web import schemas

DESIGN_ARTICLE_KEYS = {"id", "input", "title", "outlet", "lang", "published", "published_from", "event", "duplicate_of"}
DESIGN_EVENT_KEYS = {"id", "title", "date", "story", "articles", "summary", "reasons"}
DESIGN_STORY_KEYS = {"id", "title", "events"}


def get(base: str, path: str, **params) -> httpx.Response:
    return httpx.get(base + path, params=params or None, timeout=10)


def assert_error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error", "status"} and body["status"] == status and body["error"]
    return body["error"]


def test_stories_are_listed_with_counts_most_recent_first(server: str, stored: dict) -> None:
    body = get(server, "/api/stories").json()
    assert body["total"] == len(stored["stories"]) == len(body["stories"])
    assert body["counts"] == {"stories": len(stored["stories"]), "events": len(stored["events"]), "articles": len(stored["articles"])}
    lasts = [s["last"] for s in body["stories"]]
    assert lasts == sorted(lasts, reverse=True)  # every seeded story is dated
    tram = next(s for s in body["stories"] if "tram" in s["title"].lower())
    assert (tram["events"], tram["articles"], tram["sources"]) == (2, 4, 2)  # two outlets report both events
    assert tram["first"] == "2024-09-02" and tram["last"] == "2024-09-09"
    assert tram["outlets"] == ["Brindle Courier", "Coast Ledger"]


def test_stories_are_paginated(server: str) -> None:
    everything = get(server, "/api/stories", per_page=100).json()["stories"]
    first = get(server, "/api/stories", per_page=2, page=1).json()
    second = get(server, "/api/stories", per_page=2, page=2).json()
    assert first["pages"] == (len(everything) + 1) // 2
    assert first["stories"] + second["stories"] == everything[:4]
    assert get(server, "/api/stories", per_page=2, page=99).json()["stories"] == []


def test_story_event_and_article_follow_the_export_shapes(server: str, stored: dict) -> None:
    story_id = stored["stories"][0]["id"]
    story = get(server, f"/api/stories/{story_id}").json()
    assert DESIGN_STORY_KEYS <= set(story["story"])
    assert story["story"]["events"] == [e["id"] for e in stored["events"] if e["story"] == story_id]
    timeline = story["story"]["timeline"]
    assert [t["event"] for t in timeline] == story["story"]["events"]
    assert set(timeline[0]) == {"event", "title", "date", "date_from", "articles", "sources"}

    event_id = story["story"]["events"][0]
    event = get(server, f"/api/events/{event_id}").json()
    exported = next(e for e in stored["events"] if e["id"] == event_id)
    assert DESIGN_EVENT_KEYS <= set(event["event"])
    assert {k: event["event"][k] for k in DESIGN_EVENT_KEYS} == {k: exported[k] for k in DESIGN_EVENT_KEYS}
    brief = event["event"]["brief"]  # built from the stored articles, as the export builds it
    assert set(brief) >= {"title", "articles", "independent_sources", "lineage", "summary", "agreements", "disagreements", "quotes",
                          "additions", "framing"}
    assert brief["articles"] == len(exported["articles"])
    assert {source for item in brief["summary"] for source in item["sources"]} <= set(exported["articles"])
    published = [s["published"] for s in event["sources"]]
    assert sorted(s["id"] for s in event["sources"]) == sorted(exported["articles"])
    assert [p for p in published if p] == sorted(p for p in published if p)  # who reported first reads first

    article_id = exported["articles"][0]
    article = get(server, f"/api/articles/{article_id}").json()["article"]
    expected = next(a for a in stored["articles"] if a["id"] == article_id)
    assert {k: article[k] for k in DESIGN_ARTICLE_KEYS} == {k: expected[k] for k in DESIGN_ARTICLE_KEYS}
    assert article["body"] and article["reason"]["evidence"]
    others = get(server, f"/api/articles/{article_id}").json()["event"]["other_reports"]
    assert sorted(o["id"] for o in others) == sorted(set(exported["articles"]) - {article_id})
    assert article["quotes"] == expected["quotes"] and article["figures"] == expected["figures"]


def test_search_marks_matches_and_filters(server: str, stored: dict) -> None:
    body = get(server, "/api/search", q="power fault").json()
    assert body["total"] == 2
    for hit in body["hits"]:
        marked = {seg["text"].lower() for part in (hit["title"], hit["snippet"]) for seg in part if seg["match"]}
        assert marked == {"power", "fault"}
        assert "".join(seg["text"] for seg in hit["title"]) in {a["title"] for a in stored["articles"]}
    assert get(server, "/api/search", q="heide").json()["total"] >= 1
    german = get(server, "/api/search", q="Oldmoor", lang="de").json()
    assert german["total"] == 1 and german["hits"][0]["lang"] == "de"
    assert {h["outlet"] for h in get(server, "/api/search", q="Brindle", outlet="Coast Ledger").json()["hits"]} == {"Coast Ledger"}
    dated = get(server, "/api/search", q="Brindle", since="2024-09-05", until="2024-09-30").json()
    assert dated["total"] == 2 and all(h["published"] >= "2024-09-05" for h in dated["hits"])
    assert get(server, "/api/search", q="Häuser").json()["total"] == 1
    assert get(server, "/api/search", q="hauser").json()["total"] == 1  # accents ignored
    assert get(server, "/api/search", q="Brin*").json()["total"] == 4  # prefix
    assert get(server, "/api/search", q='"power fault"').json()["total"] == 2  # phrase
    assert {f["value"] for f in body["facets"]["langs"]} == {"en", "de"}


@pytest.mark.parametrize("path, params", [
    ("/api/stories", {"page": 0}),
    ("/api/stories", {"per_page": 1000}),
    ("/api/stories", {"page": "two"}),
    ("/api/search", {"q": ""}),
    ("/api/search", {"q": "tram", "since": "2024-13-01"}),
    ("/api/search", {"q": "tram", "since": "2024-09-10", "until": "2024-09-01"}),
    ("/api/search", {"q": "x" * 501}),
])
def test_bad_parameters_are_422_in_the_error_shape(server: str, path: str, params: dict) -> None:
    assert_error(get(server, path, **params), 422)


@pytest.mark.parametrize("path", ["/api/stories/s000", "/api/events/e000", "/api/articles/a000", "/api/nothing-here",
                                  "/api/ingest/jobs/0000"])
def test_unknown_ids_are_404_in_the_error_shape(server: str, path: str) -> None:
    assert_error(get(server, path), 404)


def test_wrong_method_is_405_in_the_error_shape(server: str) -> None:
    assert_error(httpx.post(server + "/api/stories", timeout=10), 405)


def test_unknown_page_is_a_404_page(server: str) -> None:
    response = get(server, "/no/such/page")
    assert response.status_code == 404 and "text/html" in response.headers["content-type"]
    assert_error(httpx.get(server + "/no/such/page", headers={"accept": "application/json"}), 404)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=40), lang=st.text(max_size=5), page=st.text(max_size=4))
def test_no_user_input_gives_a_500(server: str, q: str, lang: str, page: str) -> None:
    for path in ("/api/search", "/search"):
        response = httpx.get(server + path, params={"q": q, "lang": lang, "page": page}, timeout=10)
        assert response.status_code in {200, 422}, (q, lang, page, response.text[:200])


def test_answers_match_their_documented_schemas(server: str, stored: dict) -> None:
    event = stored["events"][0]
    for path, model in (("/api/stories", schemas.StoriesPage), (f"/api/stories/{event['story']}", schemas.StoryAnswer),
                        (f"/api/events/{event['id']}", schemas.EventAnswer), (f"/api/articles/{event['articles'][0]}", schemas.ArticleAnswer),
                        ("/api/search?q=Brindle&lang=en", schemas.SearchAnswer)):
        model.model_validate(get(server, path).json(), strict=True)
    for status, documented in get(server, "/openapi.json").json()["paths"]["/api/search"]["get"]["responses"].items():
        assert documented["content"]["application/json"]["schema"]["$ref"].endswith(("SearchAnswer", "ErrorBody")), status


def test_openapi_schema_lists_the_api(server: str) -> None:
    schema = get(server, "/openapi.json").json()
    for path in ("/api/stories", "/api/stories/{story_id}", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/search", "/api/ingest"):
        assert path in schema["paths"]
    assert {p["name"] for p in schema["paths"]["/api/search"]["get"]["parameters"]} >= {"q", "lang", "outlet", "since", "until", "page", "per_page"}


def test_every_page_has_a_json_twin(server: str, stored: dict) -> None:
    event = stored["events"][0]
    for path in ("/", f"/stories/{event['story']}", f"/events/{event['id']}", f"/articles/{event['articles'][0]}", "/search?q=tram"):
        html = get(server, path).text
        twin = html.split('rel="alternate" type="application/json" href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
        assert twin.startswith("/api/")
        assert httpx.get(server + twin, timeout=10).status_code == 200


def test_security_headers_and_no_inline_code(server: str, stored: dict) -> None:
    response = get(server, "/")
    policy = response.headers["content-security-policy"]
    assert "unsafe-inline" not in policy and "script-src 'self'" in policy and "style-src 'self'" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    for path in ("/", f"/events/{stored['events'][0]['id']}", "/search?q=tram", "/ingest"):
        html = get(server, path).text
        assert "<script>" not in html and " style=" not in html and "<style" not in html
        assert "http://" not in html.replace(server, "") and "https://" not in html  # every asset is local


def test_hostile_text_is_escaped_in_the_html(server: str, stored: dict, corpus) -> None:
    article = stored["by_input"]["council/hostile.txt"]
    html = get(server, f"/articles/{article['id']}").text
    for payload in (corpus.xss_title, *corpus.xss_payloads):
        assert payload not in html
    assert "&lt;script&gt;window.__xss" in html and "&lt;img src=x onerror=" in html


def upload(base: str, files: list[tuple[str, bytes]]) -> httpx.Response:
    return httpx.post(base + "/api/ingest", files=[("files", (name, content, "text/plain")) for name, content in files], timeout=30)


def wait_for(base: str, job_id: str) -> dict:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        job = httpx.get(f"{base}/api/ingest/jobs/{job_id}", timeout=10).json()["job"]
        if job["state"] in {"done", "failed"}:
            return job
        time.sleep(0.1)
    raise AssertionError("the ingest job did not finish")


def test_upload_adds_articles_and_search_finds_them(writable_server: str, corpus) -> None:
    response = upload(writable_server, [("reopening.txt", corpus.upload_text.encode()), ("notes.pdf", b"%PDF-1.4"),
                                        ("empty.txt", b"")])
    assert response.status_code == 202
    job = wait_for(writable_server, response.json()["job"]["id"])
    schemas.JobAnswer.model_validate({"job": job}, strict=True)
    assert job["state"] == "done" and len(job["added"]) == 1 and job["added"][0]["title"].startswith("Brindle tram line reopens")
    assert "empty.txt: empty file" in job["refused"]
    assert any(line.startswith("notes.pdf: unsupported format; supported: .txt") for line in job["refused"])
    assert get(writable_server, "/api/search", q="substation repair").json()["total"] == 1  # the index follows new articles
    again = wait_for(writable_server, upload(writable_server, [("same.txt", corpus.upload_text.encode())]).json()["job"]["id"])
    assert again["added"] == [] and again["already_stored"] == ["same.txt"]


def post_declaring(base: str, length: str | None) -> httpx.Response:
    """A POST whose Content-Length header says `length` (None: chunked), body never sent in full."""
    headers = {"content-type": "multipart/form-data; boundary=b"}
    if length is None:
        return httpx.post(base + "/api/ingest", content=iter([b"--b--"]), headers=headers, timeout=10)
    with socket.create_connection((httpx.URL(base).host, httpx.URL(base).port), timeout=10) as sock:
        sock.sendall(f"POST /api/ingest HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
                     f"Content-Length: {length}\r\nConnection: close\r\n\r\n".encode())
        raw = b""
        while chunk := sock.recv(65536):
            raw += chunk
    head, _, body = raw.partition(b"\r\n\r\n")
    status = int(head.split()[1])
    return httpx.Response(status, content=body, headers={"content-type": "application/json"})


def test_upload_limits(writable_server: str) -> None:
    assert_error(upload(writable_server, [("only.pdf", b"%PDF-1.4")]), 422)
    assert_error(httpx.post(writable_server + "/api/ingest", data={"note": "no files"}, timeout=10), 422)
    assert "too large" in assert_error(post_declaring(writable_server, str(21_000_000)), 413)
    many = [(f"note-{i}.txt", b"A short note about the harbour.") for i in range(101)]
    assert "Maximum number of files is 100" in assert_error(upload(writable_server, many), 400)
    assert_error(post_declaring(writable_server, None), 411)


def test_read_only_server_refuses_uploads_and_leaves_the_file_alone(seeded_db: Path, tmp_path: Path, start_server, corpus) -> None:
    db = tmp_path / "public.db"
    shutil.copy(seeded_db, db)
    before = db.read_bytes()
    db.chmod(0o444)
    with start_server(db, "--read-only") as base:
        assert_error(upload(base, [("reopening.txt", corpus.upload_text.encode())]), 403)
        assert get(base, "/api/search", q="Brindle").json()["total"] == 4
        assert "Add articles" not in get(base, "/").text
        assert "read-only" in get(base, "/ingest").text
    assert db.read_bytes() == before
