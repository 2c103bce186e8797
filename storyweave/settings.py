"""Every threshold and limit, declared once with its default and its reason.

Settings load from a TOML file (`--config FILE`) and single overrides (`--set name=value`);
the README's settings table is checked against this list by a test.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyweave.errors import ConfigError


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Settings:
    max_file_bytes: int = _setting(5_000_000, "Files larger than this many bytes are refused with a one-line error.")
    repeated_line_min_docs: int = _setting(3, "A short line seen in at least this many unrelated articles is boilerplate.")
    duplicate_threshold: float = _setting(0.8, "MinHash Jaccard of 5-word shingles at or above which an article is a near-duplicate.")
    event_threshold: float = _setting(0.26, "Lowest article-to-event score that joins an existing event; below it a new event opens.")
    event_undated_margin: float = _setting(0.06, "Extra score an article needs to join an event when neither side has a date to compare.")
    event_date_window_days: int = _setting(2, "Occurrence dates further apart than this count against a join; more than 2 days beyond it, they are different occurrences (a veto).")
    event_published_window_days: int = _setting(60, "Publication dates further apart than this (with no occurrence date stated) veto joining.")
    story_threshold: float = _setting(0.22, "Lowest event-to-story score that links an event into an existing story.")
    story_undated_threshold: float = _setting(0.40, "Score an undated event needs to join a story (no time window can vouch for it).")
    story_window_days: int = _setting(75, "Events further apart than this from every event of a story start a new story, unless they score as late follow-ups (story_follow_up_days) (75: decisions every six to eight weeks, like central bank meetings, still chain).")
    story_follow_up_days: int = _setting(300, "Beyond story_window_days and up to this many days, an event still joins a story when it scores story_follow_up_threshold (a fine months after a breach); kept under a year, so that yearly occurrences of the same kind stay apart.")
    story_follow_up_threshold: float = _setting(0.45, "Score an event needs to join a story whose nearest event is between story_window_days and story_follow_up_days away.")
    candidate_terms: int = _setting(12, "Distinctive terms per article used to find candidate events (keeps grouping linear).")
    candidate_events: int = _setting(6, "Events an article is scored against (and stories an event): those sharing the most of its distinctive terms and entities (6 instead of 10: ECB+ and NewsWCL50 the same, MEANTIME B-cubed F1 0.961 -> 0.964, 5,000 articles 11.9 s -> 11.3 s).")
    candidate_postings: int = _setting(60, "Most recent events remembered per term in the candidate index.")
    events_in_memory: int = _setting(4000, "Event and story states kept as objects while grouping; older ones are pickled (in memory up to 32 MB, then in a scratch table), so memory stays flat; more of them costs memory and saves CPU (10,000 articles: 1,000 → 2.7 ms of main-process CPU an article and 401 MB; 4,000 → 2.0 ms and 424 MB, as fast as keeping all).")
    workers: int = _setting(0, "Processes for cleaning and extraction; 0 means one per core.")
    commit_batch_size: int = _setting(200, "Analysed articles committed to the database per transaction; a killed run keeps every batch it committed, and the next run groups them; 0 means all in one.")
    group_batch_size: int = _setting(500, "New articles grouped per batch, while later ones are still being extracted; each batch's TF-IDF weights use the document frequencies known when it arrives.")
    entity_model: str = _setting("", "Empty: the built-in rules find people, places and organisations. Otherwise the name or folder of an installed spaCy pipeline (e.g. en_core_web_sm) whose NER finds them instead; names are made canonical as the rules' are.")

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls)]

    @classmethod
    def help_table(cls) -> list[tuple[str, Any, str]]:
        return [(f.name, f.default, f.metadata["help"]) for f in dataclasses.fields(cls)]

    def replace(self, **changes: Any) -> "Settings":
        known = {f.name: f for f in dataclasses.fields(self)}
        coerced = {}
        for name, value in changes.items():
            if name not in known:
                raise ConfigError(f"unknown setting {name!r}; known: {', '.join(sorted(known))}")
            coerced[name] = _coerce(name, type(known[name].default), value)
        return dataclasses.replace(self, **coerced)


_KIND_NAMES = {int: "a whole number", float: "a number", str: "text"}


def _coerce(name: str, kind: type, value: Any) -> Any:
    try:
        result = kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name} needs {_KIND_NAMES.get(kind, kind.__name__)}, got {value!r}") from None
    if isinstance(result, (int, float)) and result < 0:
        raise ConfigError(f"setting {name} cannot be negative, got {value!r}")
    return result


def load_settings(config: Path | None = None, overrides: list[str] | None = None) -> Settings:
    """Defaults, then the TOML file, then `name=value` overrides: later wins."""
    settings = Settings()
    if config is not None:
        try:
            data = tomllib.loads(config.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{config}: config file not found") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{config}: not valid TOML ({exc})") from None
        settings = settings.replace(**data.get("storyweave", data))
    for item in overrides or []:
        name, sep, value = item.partition("=")
        if not sep:
            raise ConfigError(f"--set needs name=value, got {item!r}")
        settings = settings.replace(**{name.strip(): value.strip()})
    return settings
