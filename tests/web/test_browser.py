"""The pages in a real browser (Debian chromium through Playwright) against a real server:
click story → event → article, search, upload with progress, hostile text shown as text,
and every page usable at 1280×800 and 390×844. Screenshots: test-artifacts/web/."""

from __future__ import annotations

import re

from playwright.sync_api import expect


def test_click_from_story_to_event_to_article(server: str, page, stored: dict) -> None:
    tab = page.page
    tab.goto(server + "/")
    expect(tab.locator("h1")).to_have_text("Stories")
    page.screenshot("stories-desktop")
    opening, fault = (stored["by_input"][f"tram/{name}-courier.txt"]["event"] for name in ("opening", "fault"))
    story_id = next(e["story"] for e in stored["events"] if e["id"] == opening)
    story_title = next(s["title"] for s in stored["stories"] if s["id"] == story_id)
    tab.get_by_role("link", name=story_title).click()
    expect(tab).to_have_url(re.compile(r"/stories/s\w+$"))
    expect(tab.locator(".timeline-svg.across .tl-event")).to_have_count(2)
    expect(tab.locator(".event-card")).to_have_count(2)
    page.screenshot("story-desktop")

    tab.locator(".timeline-svg.across .tl-event circle").nth(1).click()  # the chart links to the later event
    expect(tab).to_have_url(re.compile(f"/events/{fault}$"))
    expect(tab.locator(".source-card")).to_have_count(2)
    expect(tab.locator(".brief-summary p").first).to_be_visible()  # the brief's summary, with citations
    expect(tab.locator(".brief-summary .cite").first).to_have_attribute("href", re.compile(r"^#source-a\w+$"))
    page.screenshot("event-desktop")

    tab.locator(".source-card").filter(has_text="Coast Ledger").get_by_role("link", name="Read the article →").click()
    expect(tab).to_have_url(re.compile(r"/articles/a\w+$"))
    expect(tab.locator("h1")).to_have_text("Power fault stops Brindle's new trams")
    expect(tab.locator(".article-text .hl-entity").first).to_be_visible()
    expect(tab.locator(".article-text .hl-figure")).not_to_have_count(0)
    expect(tab.locator(".article-side")).to_contain_text("Why it is in this event")
    # the highlight toggles are plain JavaScript from /static: switching entities off marks the page
    tab.get_by_role("button", name="entities").click()
    expect(tab.locator("body")).to_have_class(re.compile("hide-entity"))
    tab.locator("details.original summary").click()
    expect(tab.locator(".original-text")).to_be_visible()
    page.screenshot("article-desktop")
    page.assert_clean()


def test_search_with_filters(server: str, page) -> None:
    tab = page.page
    tab.goto(server + "/")
    tab.get_by_role("searchbox", name="Search articles").fill("Oldmoor")
    tab.keyboard.press("Enter")
    expect(tab).to_have_url(re.compile(r"/search\?q=Oldmoor"))
    expect(tab.locator(".hit")).to_have_count(3)
    expect(tab.locator(".hit mark").first).to_have_text(re.compile("Oldmoor", re.I))
    tab.get_by_label("Language").select_option("de")
    tab.get_by_role("button", name="Search").click()
    expect(tab.locator(".hit")).to_have_count(1)
    expect(tab.locator(".hit h2")).to_contain_text("Heidebrand")
    page.screenshot("search-desktop")
    tab.get_by_label("Language").select_option("")
    tab.get_by_label("From").fill("2024-07-15")
    tab.get_by_role("button", name="Search").click()
    expect(tab.locator(".hit")).to_have_count(1)
    expect(tab.locator(".hit h2")).to_contain_text("contained")
    tab.locator(".hit h2 a").click()
    expect(tab).to_have_url(re.compile(r"/articles/a\w+$"))
    page.assert_clean()


def test_upload_shows_progress_and_the_result(writable_server: str, page, corpus, tmp_path) -> None:
    tab = page.page
    story = tmp_path / "reopening.txt"
    story.write_text(corpus.upload_text, encoding="utf-8")
    odd = tmp_path / "photo.png"
    odd.write_bytes(b"\x89PNG\r\n")
    tab.goto(writable_server + "/ingest")
    tab.locator("#files").set_input_files([str(story), str(odd)])
    expect(tab.locator("#chosen li")).to_have_count(2)
    expect(tab.locator("#chosen .bad")).to_have_text("unsupported format")
    expect(tab.locator("#upload-progress")).to_be_hidden()  # shown once the upload starts
    page.screenshot("ingest-desktop")
    tab.get_by_role("button", name="Upload and group").click()
    expect(tab).to_have_url(re.compile(r"/ingest/jobs/\w+$"))
    expect(tab.locator("#job-title")).to_have_text("Added to the database", timeout=60_000)
    expect(tab.locator(".added li")).to_have_count(1)
    expect(tab.locator(".problems")).to_contain_text("photo.png: unsupported format")
    page.screenshot("ingest-done-desktop")
    tab.locator(".added a").first.click()
    expect(tab.locator("h1")).to_have_text("Brindle tram line reopens after substation repair")
    page.assert_clean()


def test_hostile_article_renders_as_text_and_runs_nothing(server: str, page, stored: dict, corpus) -> None:
    tab = page.page
    article = stored["by_input"]["council/hostile.txt"]
    for path in (f"/articles/{article['id']}", f"/events/{article['event']}", "/", "/search?q=harbour+council"):
        tab.goto(server + path)
        assert tab.evaluate("window.__xss") is None, path  # not one payload ran
        assert tab.locator("main img, main svg:not(.timeline-svg), main script").count() == 0, path
    tab.goto(server + f"/articles/{article['id']}")
    expect(tab.locator("h1")).to_have_text(corpus.xss_title)  # shown as the text it is
    for payload in corpus.xss_payloads:
        expect(tab.locator(".article-text")).to_contain_text(payload)
    page.screenshot("hostile-article-desktop")
    page.assert_clean()


def test_pages_fit_desktop_and_phone(server: str, browser, open_page, viewport: str, stored: dict) -> None:
    tram = next(s for s in stored["stories"] if "tram" in s["title"].lower())
    event = next(e for e in stored["events"] if e["story"] == tram["id"])
    pages = {"stories": "/", "story": f"/stories/{tram['id']}", "event": f"/events/{event['id']}",
             "article": f"/articles/{event['articles'][0]}", "search": "/search?q=Brindle", "ingest": "/ingest", "api": "/api-docs"}
    with open_page(browser, viewport) as page:
        for name, path in pages.items():
            page.page.goto(server + path)
            # usable: nothing wider than the screen, the heading and the navigation in view
            overflow = page.page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{name} at {viewport} is {overflow}px wider than the screen"
            expect(page.page.locator("h1")).to_be_in_viewport()
            expect(page.page.get_by_role("navigation", name="Main")).to_be_in_viewport()
            if name == "story":  # the chart's shape suits the screen
                expect(page.page.locator(f".timeline-svg.{'down' if viewport == 'phone' else 'across'}")).to_be_visible()
                expect(page.page.locator(f".timeline-svg.{'across' if viewport == 'phone' else 'down'}")).to_be_hidden()
            if viewport == "phone" or name in {"stories"}:
                page.screenshot(f"{name}-{viewport}")
        page.assert_clean()
