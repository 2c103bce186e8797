"""Canonical URLs: the identity of an article that has one."""

from __future__ import annotations

import pytest

from storyweave.ingest.urls import canonical_url


@pytest.mark.parametrize("given, canonical", [
    ("HTTP://WWW.Kelmora-Post.example:80/News/tram/?utm_source=x&utm_medium=email&fbclid=AbC#comments",
     "https://kelmora-post.example/News/tram"),
    ("https://kelmora-post.example/News/tram", "https://kelmora-post.example/News/tram"),
    ("https://kelmora-post.example/story?id=42&gclid=zz&page=2", "https://kelmora-post.example/story?id=42&page=2"),
    ("https://kelmora-post.example/story?page=2&id=42", "https://kelmora-post.example/story?id=42&page=2"),
    ("https://kelmora-post.example:8443/a", "https://kelmora-post.example:8443/a"),
    ("https://kelmora-post.example", "https://kelmora-post.example/"),
])
def test_tracking_scheme_host_and_slash_differences_vanish(given: str, canonical: str) -> None:
    assert canonical_url(given) == canonical


@pytest.mark.parametrize("given", [None, "", "not a url", "ftp://files.example/a", "/relative/path", "http://[::1/x",
                                   "https://example.com:99999/", "https://exa mple.com/", "https://" + "a" * 3000 + ".example/"])
def test_what_is_not_an_absolute_web_url_has_no_canonical_form(given: str | None) -> None:
    assert canonical_url(given) is None
