"""Canonical URLs: the identity of an article that has one.

Two links to the same page differ in tracking parameters (utm_*, fbclid, gclid …, stripped by
courlan, which trafilatura ships), scheme, host case, a leading "www.", a default port, a
fragment or a trailing slash; the canonical form drops all of those differences."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from courlan import normalize_url

MAX_URL_CHARS = 2_000


def canonical_url(url: str | None) -> str | None:
    """https://host/path?query with tracking parameters removed; None when `url` is not an
    absolute http(s) URL (then the article is known by its text instead)."""
    if not url:
        return None
    url = url.strip()
    if len(url) > MAX_URL_CHARS or any(c.isspace() for c in url):
        return None
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in {"http", "https"} or not parts.hostname:
            return None
        parts = urlsplit(normalize_url(url))
        host = parts.hostname or ""
        port = parts.port
    except ValueError:  # a malformed host or port
        return None
    host = host.removeprefix("www.")
    if ":" in host:
        host = f"[{host}]"  # IPv6
    if port and port not in {80, 443}:
        host = f"{host}:{port}"
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https", host, path, parts.query, ""))
