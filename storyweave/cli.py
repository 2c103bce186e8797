"""The command line: a thin shell over the pipeline and the store.

Failures print one line (exit 1); bad invocations are usage errors (exit 2); `--verbose`
adds the traceback."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.tree import Tree

from storyweave.errors import StoryweaveError
from storyweave.ingest import ReadOptions
from storyweave.settings import Settings, load_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Turn raw news articles into events and stories.")
out = Console()
err = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file.")]
ConfigOption = Annotated[Optional[Path], typer.Option("--config", help="TOML file of settings ([storyweave] table).")]
SetOption = Annotated[Optional[list[str]], typer.Option("--set", help="Override one setting: name=value (repeatable).")]
VerboseOption = Annotated[bool, typer.Option("--verbose", "-v", help="Show tracebacks on errors.")]
QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
_RECORDS = "JSONL/CSV records"
TextFieldOption = Annotated[Optional[str], typer.Option("--text-field", help=f"{_RECORDS}: field with the article text (default: text, body or content).", rich_help_panel=_RECORDS)]
TitleFieldOption = Annotated[Optional[str], typer.Option("--title-field", help=f"{_RECORDS}: title field (default: title or headline).", rich_help_panel=_RECORDS)]
DateFieldOption = Annotated[Optional[str], typer.Option("--date-field", help=f"{_RECORDS}: publication date field (default: date, published or published_at).", rich_help_panel=_RECORDS)]
UrlFieldOption = Annotated[Optional[str], typer.Option("--url-field", help=f"{_RECORDS}: URL field (default: url or link).", rich_help_panel=_RECORDS)]
IdFieldOption = Annotated[Optional[str], typer.Option("--id-field", help=f"{_RECORDS}: record id field, used as `input` (default: id).", rich_help_panel=_RECORDS)]
LangFieldOption = Annotated[Optional[str], typer.Option("--lang-field", help=f"{_RECORDS}: language field (default: detect).", rich_help_panel=_RECORDS)]
LangFilterOption = Annotated[Optional[list[str]], typer.Option("--lang", help="WARC: keep only pages in this language (repeatable).", rich_help_panel="WARC archives")]
SiteFilterOption = Annotated[Optional[list[str]], typer.Option("--site", help="WARC: keep only pages from this site, e.g. example.com (repeatable).", rich_help_panel="WARC archives")]
AllowPrivateOption = Annotated[bool, typer.Option("--allow-private", help="Feeds: allow fetching from loopback, private and link-local addresses.", rich_help_panel="Feeds")]


@contextmanager
def _failures(verbose: bool) -> Iterator[None]:
    try:
        yield
    except StoryweaveError as exc:
        if verbose:
            traceback.print_exc()
        err.print(f"[red]error:[/red] {_escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print("interrupted; committed batches are kept: the same command again finishes the work", soft_wrap=True)
        raise typer.Exit(130) from None


@contextmanager
def _progress(enabled: bool) -> Iterator[object]:
    if not enabled:
        yield None
        return
    columns = (TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        tasks: dict[str, int] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total or None)  # 0: not known yet, a pulsing bar
            # a stage may run again with another total (feeds, pages); None leaves the total as it is
            bar.update(tasks[stage], completed=done, total=total or None)

        yield report


def _settings(config: Path | None, overrides: list[str] | None) -> Settings:
    from storyweave.pipeline import check_settings

    settings = load_settings(config, overrides or [])
    check_settings(settings)  # an entity model that cannot be loaded fails here, before any input is read
    return settings


def _read_options(
    text_field: str | None = None,
    title_field: str | None = None,
    date_field: str | None = None,
    url_field: str | None = None,
    id_field: str | None = None,
    lang_field: str | None = None,
    langs: list[str] | None = None,
    sites: list[str] | None = None,
    allow_private: bool = False,
) -> ReadOptions:
    return ReadOptions(
        text_field=text_field,
        title_field=title_field,
        date_field=date_field,
        url_field=url_field,
        id_field=id_field,
        lang_field=lang_field,
        langs=frozenset(lang.lower() for lang in langs or ()),
        sites=frozenset(site.lower() for site in sites or ()),
        allow_private=allow_private,
    )


def _locations(arguments: list[str]) -> list[Path | str]:
    """Command-line inputs: http(s) URLs stay text (a Path would fold their "//"), the rest are paths."""
    from storyweave.ingest.fetch import is_url

    return [argument if is_url(argument) else Path(argument) for argument in arguments]


def _ingest(
    paths: list[Path | str],
    db: Path,
    config: Path | None,
    overrides: list[str] | None,
    quiet: bool,
    must_exist: bool = False,
    read_options: ReadOptions | None = None,
    verbose: bool = False,
):
    from storyweave.pipeline import ingest_paths
    settings = _settings(config, overrides)
    with _progress(not quiet and sys.stderr.isatty()) as progress:
        report = ingest_paths(paths, db, settings, progress, must_exist, read_options, waiting=lambda: err.print(  # type: ignore[arg-type]
            f"waiting: another storyweave is writing to {_escape(str(db))}", highlight=False, soft_wrap=True))
    _print_skipped(report.errors, verbose)
    return report


def _print_skipped(errors, verbose: bool) -> None:
    """One line per input left out; with --verbose, the traceback of an unexpected failure too."""
    for error in errors:
        err.print(f"[yellow]skipped[/yellow] {_escape(error.source)}: {_escape(error.reason)}", highlight=False, soft_wrap=True)
        if verbose and error.trace:
            err.print(_escape(error.trace.rstrip()), highlight=False, soft_wrap=True)


def _fail_if_nothing_usable(report) -> None:
    """Exit 1 when inputs were given but not one of them could be used."""
    if report.errors and not report.added and not report.already_stored:
        raise typer.Exit(1)


def _summary_line(report) -> str:
    parts = [f"{len(report.added)} new articles", f"{report.new_events} new events", f"{report.new_stories} new stories"]
    if report.already_stored:
        parts.append(f"{len(report.already_stored)} already stored")
    if report.errors:
        parts.append(f"{len(report.errors)} unreadable")
    if report.skipped_files:
        parts.append(f"{len(report.skipped_files)} files of other formats ignored")
    if report.left_out:
        parts.append(f"{report.left_out} archive records left out (not article pages, or outside --lang/--site)")
    return ", ".join(parts)


@app.command()
def run(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (searched recursively), or feed URLs.")],
    db: DbOption = Path("storyweave.db"),
    config: ConfigOption = None,
    set_: SetOption = None,
    show: Annotated[int, typer.Option("--show", help="Stories to print, largest first (0: all).", min=0)] = 20,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
    text_field: TextFieldOption = None,
    title_field: TitleFieldOption = None,
    date_field: DateFieldOption = None,
    url_field: UrlFieldOption = None,
    id_field: IdFieldOption = None,
    lang_field: LangFieldOption = None,
    lang: LangFilterOption = None,
    site: SiteFilterOption = None,
    allow_private: AllowPrivateOption = False,
) -> None:
    """Ingest articles, group them into events and stories, and print the overview."""
    with _failures(verbose):
        options = _read_options(text_field, title_field, date_field, url_field, id_field, lang_field, lang, site, allow_private)
        report = _ingest(_locations(paths), db, config, set_, quiet, read_options=options, verbose=verbose)
        err.print(_summary_line(report), highlight=False, soft_wrap=True)
        _print_overview(db, show)
        _fail_if_nothing_usable(report)


@app.command()
def add(
    paths: Annotated[list[str], typer.Argument(help="Files or folders to add, or feed URLs.")],
    db: DbOption = Path("storyweave.db"),
    config: ConfigOption = None,
    set_: SetOption = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
    text_field: TextFieldOption = None,
    title_field: TitleFieldOption = None,
    date_field: DateFieldOption = None,
    url_field: UrlFieldOption = None,
    id_field: IdFieldOption = None,
    lang_field: LangFieldOption = None,
    lang: LangFilterOption = None,
    site: SiteFilterOption = None,
    allow_private: AllowPrivateOption = False,
) -> None:
    """Add articles to an existing database: they join existing events or open new ones."""
    with _failures(verbose):
        options = _read_options(text_field, title_field, date_field, url_field, id_field, lang_field, lang, site, allow_private)
        report = _ingest(_locations(paths), db, config, set_, quiet, must_exist=True, read_options=options, verbose=verbose)
        err.print(_summary_line(report), highlight=False, soft_wrap=True)
        _fail_if_nothing_usable(report)


_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*(s|m|h|d)")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in "30s", "10m", "1h" or "1d"; anything else is a usage error."""
    found = _INTERVAL.fullmatch(text.strip().lower())
    if not found or float(found[1]) <= 0:
        raise typer.BadParameter(f"{text!r} is not a time between polls; write a positive number and a unit: 30s, 10m, 1h, 1d",
                                 param_hint="--every")
    return float(found[1]) * _UNIT_SECONDS[found[2]]


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="Feed URLs, feed files or OPML lists of feeds.")],
    db: DbOption = Path("storyweave.db"),
    every: Annotated[str, typer.Option("--every", help="Time between polls: 30s, 10m, 1h, 1d.")] = "10m",
    once: Annotated[bool, typer.Option("--once", help="Poll once and stop.")] = False,
    max_polls: Annotated[Optional[int], typer.Option("--max-polls", help="Stop after this many polls.", min=1)] = None,
    allow_private: AllowPrivateOption = False,
    config: ConfigOption = None,
    set_: SetOption = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Poll feeds and add what is new; one line per poll. Servers are asked for changes only
    (ETag / Last-Modified, remembered in the database)."""
    interval = parse_interval(every)
    last = 1 if once else max_polls
    with _failures(verbose):
        from storyweave.pipeline import poll_feeds_into

        settings = _settings(config, set_)
        options = _read_options(allow_private=allow_private)
        locations = _locations(feeds)
        usable = False
        poll = 0
        while True:
            poll += 1
            started = time.monotonic()
            try:
                with _progress(not quiet and sys.stderr.isatty()) as progress:
                    result = poll_feeds_into(locations, db, settings, options, progress, waiting=lambda: err.print(  # type: ignore[arg-type]
                        f"waiting: another storyweave is writing to {_escape(str(db))}", highlight=False, soft_wrap=True))
            except StoryweaveError as exc:
                if last == 1:
                    raise
                # a watcher outlives one bad poll (a database busy for too long, a full disk)
                if verbose:
                    traceback.print_exc()
                out.print(f"poll {poll} failed: {exc}", highlight=False, markup=False, soft_wrap=True)
            else:
                _print_skipped(result.ingest.errors, verbose)
                out.print(_poll_line(poll, result), highlight=False, markup=False, soft_wrap=True)
                usable = usable or bool(result.feeds or result.unchanged)
            if last is not None and poll >= last:
                break
            time.sleep(max(0.0, interval - (time.monotonic() - started)))  # polls start `every` apart
        if not usable:
            raise typer.Exit(1)


def _poll_line(poll: int, result) -> str:
    report = result.ingest
    when = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S")
    parts = [f"{len(report.added)} new articles", f"{report.new_events} new events", f"{report.new_stories} new stories",
             f"{result.feeds} feeds read", f"{result.unchanged} unchanged (304)", f"{len(report.errors)} errors"]
    return f"poll {poll} at {when}: " + ", ".join(parts)


@app.command()
def export(
    db: DbOption = Path("storyweave.db"),
    format: Annotated[str, typer.Option("--format", help="Output format (json).")] = "json",
    verbose: VerboseOption = False,
) -> None:
    """Write every article, event and story as JSON to stdout."""
    if format != "json":
        raise typer.BadParameter(f"unknown format {format!r}; supported: json", param_hint="--format")
    with _failures(verbose):
        from storyweave.pipeline import export_database, staged_not_grouped

        with _progress(sys.stderr.isatty()) as progress:
            data = export_database(db, progress=progress)  # type: ignore[arg-type]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        if staged := staged_not_grouped(db):
            err.print(f"note: {staged} analysed articles are not grouped yet, so not in this export: an ingest is still "
                      "running, or one was interrupted (then the same `run` again, or any `add`, groups them)",
                      highlight=False, soft_wrap=True)


@app.command()
def report(
    db: DbOption = Path("storyweave.db"),
    format: Annotated[str, typer.Option("--format", help="md or html (one self-contained page).")] = "md",
    event: Annotated[Optional[str], typer.Option("--event", help="Only this event (its id, e…).")] = None,
    story: Annotated[Optional[str], typer.Option("--story", help="Only this story (its id, s…).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    verbose: VerboseOption = False,
) -> None:
    """A readable report: story timelines and each event's brief (summary with citations,
    sources and copies, agreements, disagreements, quotes, what each source adds, framing)."""
    from storyweave.brief.render import FORMATS, render_report

    if format not in FORMATS:
        raise typer.BadParameter(f"unknown format {format!r}; supported: {', '.join(FORMATS)}", param_hint="--format")
    if event and story:
        raise typer.BadParameter("give --event or --story, not both", param_hint="--event/--story")
    with _failures(verbose):
        from storyweave.pipeline import report_data

        with _progress(sys.stderr.isatty()) as progress:
            data = report_data(db, event, story, progress)  # type: ignore[arg-type]
        text = render_report(data, format)
        if output is None:
            sys.stdout.write(text)
        else:
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as exc:
                raise StoryweaveError(f"{output}: cannot write ({exc.strerror})") from None


@app.command("eval")
def eval_(
    file: Annotated[Path, typer.Argument(help="Labelled JSONL file.")],
    text_field: Annotated[str, typer.Option(help="Field holding the article text.")] = "text",
    label_field: Annotated[str, typer.Option(help="Field holding the gold event label.")] = "subtopic",
    id_field: Annotated[str, typer.Option(help="Field holding the record id.")] = "doc_id",
    config: ConfigOption = None,
    set_: SetOption = None,
    level: Annotated[str, typer.Option("--level", help="Score events or stories against the labels: event|story.")] = "event",
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Run the pipeline on labelled data and print B-cubed, pairwise F1, ARI and NMI."""
    from storyweave.evaluate.runner import LEVELS

    if level not in LEVELS:
        raise typer.BadParameter(f"unknown level {level!r}; supported: {', '.join(LEVELS)}", param_hint="--level")
    with _failures(verbose):
        from storyweave.evaluate.metrics import format_report
        from storyweave.evaluate.runner import evaluate_file

        settings = _settings(config, set_)
        with _progress(not quiet and sys.stderr.isatty()) as progress:
            report, unusable = evaluate_file(file, text_field, label_field, id_field, settings, progress, level)  # type: ignore[arg-type]
        for error in unusable:
            err.print(f"[yellow]skipped[/yellow] {_escape(error.source)}: {_escape(error.reason)}", highlight=False, soft_wrap=True)
        if as_json:
            out.print_json(data={**report.as_dict(), "unreadable_records": len(unusable)})
        else:
            out.print(format_report(report), highlight=False)


@app.command()
def serve(
    db: DbOption = Path("storyweave.db"),
    host: Annotated[str, typer.Option("--host", help="Address to listen on; 127.0.0.1 keeps the server private to this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.", min=0, max=65535)] = 8000,
    read_only: Annotated[bool, typer.Option("--read-only", help="Open the database read-only and switch uploads off (for public deployments).")] = False,
    config: ConfigOption = None,
    set_: SetOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Serve the web pages and the JSON API over the database."""
    with _failures(verbose):
        import uvicorn

        from storyweave.web import ServeOptions, create_app

        web_app = create_app(ServeOptions(db=db, read_only=read_only, settings=_settings(config, set_)))
        err.print(f"serving {_escape(str(db))} on http://{host}:{port}{' (read-only)' if read_only else ''}", highlight=False, soft_wrap=True)
        uvicorn.run(web_app, host=host, port=port, log_level="warning", access_log=False)


@app.command()
def settings() -> None:
    """List every setting with its default and what it does."""
    for name, default, help_text in Settings.help_table():
        out.print(f"[bold]{name}[/bold] = {default!r}\n    {help_text}", highlight=False)


def _print_overview(db: Path, show: int = 0) -> None:
    from storyweave.pipeline import export_database

    data = export_database(db, briefs=False)
    articles = {a["id"]: a for a in data["articles"]}
    events: dict[str, list[dict]] = {}
    for event in data["events"]:
        events.setdefault(event["story"], []).append(event)
    size = {s["id"]: sum(len(e["articles"]) for e in events.get(s["id"], [])) for s in data["stories"]}
    # the largest stories first; ties keep the order they were found in
    stories = sorted(data["stories"], key=lambda s: -size[s["id"]])
    hidden = stories[show:] if show else []
    for story in stories[: show or None]:
        story_events = events.get(story["id"], [])
        count = sum(len(e["articles"]) for e in story_events)
        tree = Tree(f"[bold]{_escape(story['title'])}[/bold]  [dim]{story['id']} · {len(story_events)} events · {count} articles[/dim]")
        for event in story_events:
            branch = tree.add(f"[cyan]{event['date'] or 'undated'}[/cyan]  {_escape(event['title'])}  [dim]{event['id']}[/dim]")
            for article_id in event["articles"]:
                article = articles[article_id]
                notes = [article["outlet"] or "outlet unknown", article["lang"] or "lang ?",
                         (article["published"] or "no date")[:10] + f" ({article['published_from']})"]
                if article["duplicate_of"]:
                    notes.append(f"copy of {article['duplicate_of']}")
                branch.add(f"{_escape(article['input'])}  [dim]{_escape(' · '.join(notes))}[/dim]")
        out.print(tree)
    if hidden:
        count = sum(size[s["id"]] for s in hidden)
        out.print(f"… and {len(hidden)} more stories ({count} articles): `storyweave run --show 0` or `storyweave export` lists them all",
                  highlight=False, markup=False)


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
