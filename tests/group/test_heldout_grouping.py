"""Grouping on the blind sets in tests/group/labelled/ (see its README): invented articles in seven languages,
written by helpers who never saw the code or its output, to probe look-alike occurrences of the same actors on
other days, one event reported in several languages, wire copies, machine translations and undated reports.

heldout_ga (62 articles), heldout_gb (66), heldout_gc (66), heldout_gd (66), heldout_ge (65), heldout_gf (66),
heldout_gg (65), heldout_gh (64) and heldout_gj (65) are development data: their misses were (or may now be) looked at
(heldout_gj's in the session that merged it, after it was scored untouched). heldout_gi (64), heldout_gk (63),
heldout_gl (65) and heldout_gm (64) are the ones whose misses have not been looked at: no rule or weight was set on them
(heldout_gm is the fresh set). Each floor sits just under what was measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyweave.evaluate.runner import evaluate_file
from storyweave.settings import Settings

LABELLED = Path(__file__).parent / "labelled"


@pytest.mark.parametrize(("name", "articles", "level", "precision", "recall", "f1"), [
    ("heldout_ga.jsonl", 62, "event", 0.91, 0.97, 0.94),  # measured P 0.917 R 0.978 F1 0.947 (untouched 0.838/0.938/0.885)
    # (0.941 / 1.000 / 0.970 before an article's words were compared with its own language's members: the undated English
    # report of the second strike, ga-036, now matches the first strike's English wire better than the second's Italian
    # and German reports)
    # (0.962 / 0.915 recall before names in katakana were matched to names in letters by their sounds)
    ("heldout_ga.jsonl", 62, "story", 0.94, 0.995, 0.965),  # measured P 0.946 R 1.000 F1 0.972 (untouched 0.946/0.909/0.927)
    # (R 0.954 / F1 0.950 before late follow-ups, beyond story_window_days, could join with the stricter threshold)
    ("heldout_gb.jsonl", 66, "event", 0.955, 0.98, 0.965),  # measured P 0.964 R 0.985 F1 0.974 (untouched 0.792/0.917/0.850)
    # (P 0.927 / F1 0.955 before page-top strips with a reading time or a time of day beside the date, "3 March 2026 ·
    # 3 min read", and title-case datelines with a full date, "Gand, 14 octobre 2026 (Agence Mosane) —", were read)
    # (P 0.908 / F1 0.938 before a Japanese day of the month alone was read: gb-053's first launch scrub, dated "16日"
    # now, no longer joins the last launch)
    # (R 0.947 / F1 0.927 before an article's words were compared with its own language's members: gb-025 joins the
    # flood's morning report in German again)
    # (R 0.970 / F1 0.938 before "Aktualisiert: 13.06.2026" was read as gb-025's publication line and its headline
    # under it as its title: dated, the German report now misses the English event its undated self had joined)
    # (0.913/0.954 before Chinese and Japanese dates were read: the mine collapse's reports, all dated by a day without
    # its year, now make an undated event that misses the story's stricter undated threshold)
    ("heldout_gb.jsonl", 66, "story", 0.99, 0.91, 0.95),  # measured P 1.000 R 0.915 F1 0.956 (untouched 1.000/0.890/0.942)
    # (R 0.879 / F1 0.935 before late follow-ups could join: the data breach's fine, 235 days later, now does)
    ("heldout_gc.jsonl", 66, "event", 0.91, 0.935, 0.925),  # measured P 0.917 R 0.944 F1 0.930 (untouched 0.826/0.818/0.822)
    # (0.880 / 0.902 / 0.891 before "am späten Donnerstagabend" and "日本時間の20日" were read: the first eruption's German
    # and Japanese reports no longer join the second eruption)
    ("heldout_gc.jsonl", 66, "story", 0.97, 0.88, 0.92),  # measured P 0.974 R 0.885 F1 0.927 (untouched 1.000/0.735/0.847)
    # (R 0.930 / F1 0.952 before the same: the second eruption's reports, undated, made a story with the first eruption's
    # two reports they had wrongly joined; apart, they miss the stricter undated threshold)
    ("heldout_gd.jsonl", 66, "event", 0.92, 0.925, 0.925),  # measured P 0.928 R 0.934 F1 0.931 (untouched 0.912/0.808/0.857)
    # (P 0.956 / R 0.894 before an article's words were compared with its own language's members: the English machine
    # translation of the avalanche rescue, which reads the avalanche's day as its own, now joins the avalanche with its
    # Japanese original)
    ("heldout_gd.jsonl", 66, "story", 0.94, 0.945, 0.94),  # measured P 0.947 R 0.951 F1 0.949 (untouched 0.947/0.772/0.851)
    # (R 0.891 / F1 0.918 before a masthead beside the page's date, "Outlet | Sunday, June 9, 2024", gave that date)
    ("heldout_ge.jsonl", 65, "event", 0.90, 0.995, 0.945),  # measured P 0.904 R 1.000 F1 0.949 (untouched 0.888/0.939/0.913)
    # (R 0.975 / F1 0.938 before a slashed date whose day is its month, "03/03/2027", was read: ge-025 is dated now)
    ("heldout_ge.jsonl", 65, "story", 0.92, 0.83, 0.87),  # measured P 0.926 R 0.834 F1 0.877 (untouched 0.939/0.668/0.780)
    # (R 0.720 / F1 0.810 before late follow-ups could join)
    ("heldout_gf.jsonl", 66, "event", 0.875, 0.94, 0.905),  # measured P 0.880 R 0.944 F1 0.911 (untouched 0.818/0.909/0.861)
    # (the recapture's reports are one event now that a day in the subject's relative clause, "que escapó el martes", is
    # background; the German tour report, dated by its page-top strip now, "24.03.2027 · Musik", joins the tour's first
    # announcement 47 days before, inside the publication window: 0.881 before both)
    # (P 0.809 / R 0.929 before "am Dienstagmorgen" was read: the escape's German report is dated now, and the Spanish
    # report of the recapture, dated by the escape's day in a relative clause, no longer brings the recapture's reports)
    # (P 0.832 / F1 0.869 before a firm's legal form ("… AG") was left out of its key)
    ("heldout_gf.jsonl", 66, "story", 0.94, 0.955, 0.95),  # measured P 0.947 R 0.964 F1 0.955 (untouched 0.947/0.918/0.932)
    ("heldout_gg.jsonl", 65, "event", 0.90, 0.91, 0.905),  # measured P 0.907 R 0.918 F1 0.912 (untouched 0.864/0.856/0.860)
    ("heldout_gg.jsonl", 65, "story", 0.99, 0.77, 0.865),  # measured P 1.000 R 0.775 F1 0.873 (untouched 1.000/0.769/0.870)
    ("heldout_gh.jsonl", 64, "event", 0.925, 0.93, 0.93),  # measured P 0.932 R 0.938 F1 0.935 (untouched 0.805/0.841/0.823)
    ("heldout_gh.jsonl", 64, "story", 0.965, 0.84, 0.90),  # measured P 0.973 R 0.846 F1 0.905 (untouched 0.950/0.777/0.854)
    # (the session's rules came from heldout_gg and heldout_cc; but the scan of page tops that shaped the site-name rule
    # listed nine of this set's first lines too, so its gain is not a clean measure of that rule)
    ("heldout_gi.jsonl", 64, "event", 0.905, 0.94, 0.925),  # measured P 0.910 R 0.948 F1 0.929 (untouched the same)
    ("heldout_gi.jsonl", 64, "story", 0.935, 0.88, 0.905),  # measured P 0.942 R 0.884 F1 0.912 (untouched the same)
    ("heldout_gj.jsonl", 65, "event", 0.905, 0.925, 0.915),  # measured P 0.912 R 0.933 F1 0.923 (untouched 0.827/0.915/0.869)
    ("heldout_gj.jsonl", 65, "story", 0.975, 0.97, 0.975),  # measured P 0.985 R 0.979 F1 0.982 (untouched 0.912/0.951/0.931)
    ("heldout_gk.jsonl", 63, "event", 0.895, 0.825, 0.86),  # measured P 0.903 R 0.831 F1 0.865 (untouched the same)
    ("heldout_gk.jsonl", 63, "story", 0.965, 0.87, 0.915),  # measured P 0.972 R 0.875 F1 0.921 (untouched the same)
    # (the gain is the masthead beside the page's date, "Red River Herald · Published 5 November 2026", found on this
    # set's misses: three of its pages lost their date to it)
    ("heldout_gl.jsonl", 65, "event", 0.91, 0.955, 0.935),  # measured P 0.919 R 0.962 F1 0.940 (untouched the same)
    ("heldout_gl.jsonl", 65, "story", 0.99, 0.79, 0.88),  # measured P 1.000 R 0.799 F1 0.888 (untouched the same)
    ("heldout_gm.jsonl", 64, "event", 0.895, 0.98, 0.935),  # measured P 0.900 R 0.984 F1 0.940 (untouched, 5c163f5)
    ("heldout_gm.jsonl", 64, "story", 0.94, 0.82, 0.875),  # measured P 0.947 R 0.824 F1 0.881 (untouched, 5c163f5)
])
def test_blind_grouping_set(name, articles, level, precision, recall, f1):
    report, unreadable = evaluate_file(LABELLED / name, "text", level, "doc_id", Settings(), level=level)
    assert unreadable == [] and report.n_items == articles
    assert report.bcubed.precision >= precision
    assert report.bcubed.recall >= recall
    assert report.bcubed.f1 >= f1
