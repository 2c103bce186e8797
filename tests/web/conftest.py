"""Fixtures for the web tests: a seeded SQLite file, a real `storyweave serve` (uvicorn) on a
free 127.0.0.1 port, and Debian's chromium driven by Playwright (never a downloaded browser).

Screenshots go to test-artifacts/web/ (git-ignored)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest

from storyweave.pipeline import export_database, ingest_paths
from storyweave.settings import Settings

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts" / "web"
STARTUP_S = 30

# Small original articles: two stories of two events each, a German report, and one article
# whose title and text carry script and markup payloads.
XSS_TITLE = 'Harbour council vote <script>window.__xss = "title"</script> delayed'
XSS_PAYLOADS = (
    '<img src=x onerror="window.__xss = \'img\'">',
    '<script>window.__xss = "body"</script>',
    '"><svg onload="window.__xss = \'svg\'">',
)

ARTICLES = {
    "tram/opening-courier.txt": """Brindle tram line opens to crowds after four years of works
Published: September 2, 2024
The new Brindle tram line opened on Monday, carrying about 12,000 passengers on its first day, transport director Helga Varn said.
"This line joins the harbour to the hospital in eleven minutes," Varn told reporters at Brindle Square.
The 7.4 kilometre line cost 310 million euros and has 14 stops.
Shopkeepers along Mill Road said the works had cost them customers for four years.
Brindle Courier
""",
    "tram/opening-ledger.txt": """Trams roll again in Brindle as new line opens
Published: September 2, 2024
Brindle's first tram line in sixty years opened on Monday with 14 stops between the harbour and the hospital.
Transport director Helga Varn said about 12,000 people rode the 7.4 kilometre line on its first day.
"This line joins the harbour to the hospital in eleven minutes," Varn said.
The project cost 310 million euros, ten percent more than planned.
Coast Ledger
""",
    "tram/fault-courier.txt": """Brindle trams halted by power fault a week after opening
Published: September 9, 2024
All trams on the new Brindle line stopped on Monday after a power fault at the Mill Road substation, transport director Helga Varn said.
Engineers expect the line to run again on Wednesday, and buses replace the trams until then.
"We are sorry for the disruption in the first weeks of the line," Varn said.
About 9,000 passengers a day have used the line since it opened.
Brindle Courier
""",
    "tram/fault-ledger.txt": """Power fault stops Brindle's new trams
Published: September 9, 2024
A power fault at the Mill Road substation stopped every tram on the new Brindle line on Monday.
Transport director Helga Varn apologised and said engineers hoped to restart the line on Wednesday.
Replacement buses run every ten minutes between the harbour and the hospital.
The line opened a week earlier with 14 stops.
Coast Ledger
""",
    "fire/heath-fire-post.txt": """Heath fire near Oldmoor forces 400 from their homes
Published: July 14, 2024
A fire on the heath north of Oldmoor forced about 400 residents to leave their homes on Sunday, fire chief Anja Ross said.
"The wind turned twice in an hour, and the fire followed it," Ross said.
Forty firefighters and two helicopters fought the fire through the afternoon.
Oldmoor Post
""",
    "fire/heath-fire-de.txt": """Heidebrand bei Oldmoor: 400 Menschen verlassen ihre Häuser
Veröffentlicht: 14. Juli 2024
Ein Feuer auf der Heide nördlich von Oldmoor hat am Sonntag rund 400 Bewohner aus ihren Häusern vertrieben, sagte Feuerwehrchefin Anja Ross.
Vierzig Feuerwehrleute und zwei Hubschrauber bekämpften den Brand den ganzen Nachmittag.
Der Wind drehte sich zweimal innerhalb einer Stunde, sagte Ross.
Heide Journal
""",
    "fire/heath-fire-contained.txt": """Oldmoor heath fire contained, residents return
Published: July 16, 2024
Firefighters contained the heath fire north of Oldmoor on Tuesday and about 400 residents were allowed to return home, fire chief Anja Ross said.
Ross said 230 hectares of heath had burned and no one was hurt.
The cause of the fire is still being investigated.
Oldmoor Post
""",
    "council/hostile.txt": XSS_TITLE + """
Published: October 1, 2024
The harbour council postponed its vote on the new ferry timetable on Tuesday. """ + XSS_PAYLOADS[0] + """
Councillor Piet Ambrose said the delay was needed. """ + XSS_PAYLOADS[1] + """
Ferry users had asked for earlier sailings on weekdays. """ + XSS_PAYLOADS[2] + """
The vote is now planned for October 15.
""",
}

UPLOAD_TEXT = """Brindle tram line reopens after substation repair
Published: September 11, 2024
Trams on the new Brindle line ran again on Wednesday after engineers repaired the power fault at the Mill Road substation, transport director Helga Varn said.
"Thank you for your patience," Varn said at Brindle Square.
The line had been closed for two days.
"""


@pytest.fixture(scope="session")
def corpus() -> SimpleNamespace:
    return SimpleNamespace(articles=ARTICLES, xss_title=XSS_TITLE, xss_payloads=XSS_PAYLOADS, upload_text=UPLOAD_TEXT)


def write_corpus(folder: Path) -> Path:
    for name, text in ARTICLES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("seeded")
    db = root / "seeded.db"
    report = ingest_paths([write_corpus(root / "corpus")], db, Settings(workers=1))
    assert len(report.added) == len(ARTICLES), report.errors
    return db


@pytest.fixture(scope="session")
def stored(seeded_db: Path) -> dict:
    """The seeded database's export, with the article ids by input path."""
    data = export_database(seeded_db)
    data["by_input"] = {a["input"]: a for a in data["articles"]}
    return data


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(db: Path, *flags: str) -> Iterator[str]:
    """`storyweave serve` in its own process; yields the base URL once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "storyweave.cli", "serve", "--db", str(db), "--port", str(port), *flags],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_S
    try:
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"storyweave serve exited {process.returncode}: {process.stdout.read() if process.stdout else ''}")
            try:
                if httpx.get(base + "/api/stories", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"storyweave serve did not answer on {base} within {STARTUP_S} s")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()


@pytest.fixture(scope="session")
def start_server():
    """`with start_server(db, *flags) as base_url:` a server of one's own."""
    return running_server


@pytest.fixture(scope="session")
def server(seeded_db: Path) -> Iterator[str]:
    """A server over the seeded database that no test writes to."""
    with running_server(seeded_db) as base:
        yield base


@pytest.fixture(scope="module")
def writable_db(seeded_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the seeded database for tests that add to it."""
    copy = tmp_path_factory.mktemp("writable") / "copy.db"
    shutil.copy(seeded_db, copy)
    return copy


@pytest.fixture(scope="module")
def writable_server(writable_db: Path) -> Iterator[str]:
    with running_server(writable_db) as base:
        yield base


@pytest.fixture(scope="session")
def browser(chromium):
    """The shared chromium (tests/conftest.py)."""
    return chromium


class Watched:
    """A browser page that records console errors, uncaught page errors and dialogs."""

    def __init__(self, page):
        self.page = page
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda message: message.type == "error" and self.console_errors.append(message.text))
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))

        def dismiss(dialog) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", dismiss)

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path

    def assert_clean(self) -> None:
        """Nothing failed in the page: no script error, no CSP violation, no dialog."""
        assert self.page_errors == []
        assert self.console_errors == []
        assert self.dialogs == []


VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request: pytest.FixtureRequest) -> str:
    return request.param


@contextmanager
def watched_page(browser, viewport: str = "desktop") -> Iterator[Watched]:
    context = browser.new_context(viewport=VIEWPORTS[viewport], device_scale_factor=1)
    try:
        yield Watched(context.new_page())
    finally:
        context.close()


@pytest.fixture(scope="session")
def open_page():
    """`with open_page(browser, "phone") as page:` a watched page at that viewport."""
    return watched_page


@pytest.fixture
def page(browser) -> Iterator[Watched]:
    with watched_page(browser) as watched:
        yield watched


def contract_brief(stored: dict, event_id: str, hostile_quote: str) -> dict:
    """A brief in the shape of BRIEF-CONTRACT.md, built from the stored event's real articles:
    sentences and quotes taken verbatim from their texts, so citations point at real ids."""
    event = next(e for e in stored["events"] if e["id"] == event_id)
    members = [a for a in stored["articles"] if a["event"] == event_id]
    first, second = members[0], members[1]
    quote = next(q for q in first["quotes"] if q["speaker"])
    figure = next(f for f in first["figures"] if f["sentence"] != first["title"])
    return {
        "title": event["title"],
        "articles": len(members), "independent_sources": len(members),
        "lineage": [{"article": a["id"], "outlet": a["outlet"], "role": "base" if a is first else "independent", "copy_of": None}
                    for a in members],
        "summary": [{"sentence": figure["sentence"], "sources": [first["id"], second["id"]]},
                    {"sentence": second["figures"][-1]["sentence"], "sources": [second["id"]]}],
        "agreements": [{"kind": "quote", "text": quote["text"], "sources": [first["id"], second["id"]]}],
        "disagreements": [{"kind": "figure", "about": "passengers on the first day", "variants": [
            {"text": "12,000", "sentence": figure["sentence"], "sources": [first["id"]]},
            {"text": hostile_quote, "sentence": hostile_quote, "sources": [second["id"]]},
        ]}],
        "quotes": [{"text": quote["text"], "speaker": quote["speaker"], "earliest": first["id"], "carriers": [
            {"article": first["id"], "outlet": first["outlet"], "verbatim": True, "variant": None},
            {"article": second["id"], "outlet": second["outlet"], "verbatim": False, "variant": hostile_quote},
        ]}],
        "additions": [{"article": second["id"], "outlet": second["outlet"], "sentences": [second["figures"][-1]["sentence"]],
                       "facts": ["310 million euros"]}],
        "framing": [{"referent": "the tram line", "terms": [
            {"term": "new Brindle tram line", "outlets": [first["outlet"]], "articles": [first["id"]]},
            {"term": "first tram line in sixty years", "outlets": [second["outlet"]], "articles": [second["id"]]},
        ]}],
    }


@pytest.fixture(scope="session")
def opening_event(stored: dict) -> str:
    """The id of the tram line's opening (two outlets, quotes and figures in both)."""
    return stored["by_input"]["tram/opening-courier.txt"]["event"]


@pytest.fixture(scope="session")
def make_brief(stored: dict):
    return lambda event_id, hostile: contract_brief(stored, event_id, hostile)
