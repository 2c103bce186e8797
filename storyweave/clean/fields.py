"""Metadata that structured inputs (JSONL/CSV records, feeds, pages) state in their own fields."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from storyweave.clean.metadata import parse_header_date

_LANG = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]{2,8})*$")


def field_date(value: str | None) -> str | None:
    """ISO date or datetime (the time as the source states it) from a date field: ISO 8601,
    RFC 2822 as feeds write it, or the words a header line would use ("31 January 2024")."""
    if not value or len(value) > 100:
        return None
    value = value.strip()
    for parse in (_iso, email.utils.parsedate_to_datetime):
        try:
            when = parse(value)
        except (ValueError, TypeError, IndexError, OverflowError):
            continue
        if isinstance(when, dt.datetime):
            return when.replace(tzinfo=None).isoformat(timespec="seconds")
        return when.isoformat()
    return parse_header_date(value)


def _iso(value: str) -> dt.date | dt.datetime:
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))


def field_language(value: str | None) -> str | None:
    """"en", "EN", "en-GB", "fr_FR" → the ISO 639 code; anything else → None (then detected)."""
    match = _LANG.match(value.strip()) if value else None
    return match.group(1).lower() if match else None
