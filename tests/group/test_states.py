"""Grouping state that spills: `SpillingStates` behaves as a dict whatever is kept hot, and
grouping with almost nothing hot (nearly every event and story pickled, on disk through the
store's scratch tables) ends exactly as with everything in memory."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyweave.group import states
from storyweave.group.states import BufferedBlobs, SpillingStates
from storyweave.pipeline import export_database, ingest_paths
from storyweave.settings import Settings
from consistency import without_seen

KEYS = st.sampled_from(["e1", "e2", "e3", "e4", "e5"])
OPERATIONS = st.lists(
    st.tuples(st.just("set"), KEYS, st.integers()) | st.tuples(st.sampled_from(["get", "pop", "change"]), KEYS, st.none()),
    max_size=60,
)


@given(operations=OPERATIONS, hot=st.integers(1, 4))
def test_spilling_states_behave_as_a_dict(operations, hot: int) -> None:
    expected: dict[str, list[int]] = {}
    cold: dict[str, bytes] = {}
    spilling: SpillingStates[list[int]] = SpillingStates(hot, cold)
    for operation, key, value in operations:
        if operation == "set":
            expected[key] = [value]
            spilling[key] = [value]
        elif operation == "get":
            assert spilling.get(key) == expected.get(key)
        elif operation == "pop" and key in expected:
            assert spilling.pop(key) == expected.pop(key)
        elif operation == "change" and key in expected:
            # a state handed out is changed at once, as the groupers do
            spilling[key].append(len(expected[key]))
            expected[key].append(len(expected[key]))
        assert list(spilling) == list(expected) and len(spilling) == len(expected)
        assert max(len(expected) - hot, 0) <= len(cold) <= len(expected)  # at most `hot` kept as objects
    assert {key: spilling[key] for key in expected} == expected


def test_grouping_with_old_events_on_disk_ends_as_in_memory(demo_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    in_memory = tmp_path / "memory.db"
    ingest_paths([demo_dir], in_memory, Settings())
    monkeypatch.setattr(states, "DEFAULT_BUFFER_BYTES", 0)  # every pickled state goes on to the scratch table
    spilled = tmp_path / "spilled.db"
    ingest_paths([demo_dir], spilled, Settings(events_in_memory=1))
    assert without_seen(export_database(spilled)) == without_seen(export_database(in_memory))


@given(operations=st.lists(st.tuples(st.sampled_from(["set", "get", "delete", "pop"]), KEYS, st.binary(max_size=8)), max_size=60),
       budget=st.integers(0, 24))
def test_buffered_blobs_behave_as_a_dict_and_keep_at_most_their_budget_in_memory(operations, budget: int) -> None:
    expected: dict[str, bytes] = {}
    store: dict[str, bytes] = {}
    blobs = BufferedBlobs(store, budget)
    for operation, key, value in operations:
        if operation == "set":
            expected[key] = blobs[key] = value
        elif operation == "get":
            assert blobs.get(key) == expected.get(key)
        elif operation == "pop":
            assert blobs.pop(key, None) == expected.pop(key, None)
        elif key in expected:
            del expected[key]
            del blobs[key]
        assert dict(blobs) == expected and len(blobs) == len(expected)
        in_memory = {key: value for key, value in expected.items() if key not in store}
        assert sum(map(len, in_memory.values())) <= budget


def test_the_events_in_memory_setting_bounds_the_states_kept_as_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyweave.group.events import EventGrouper
    from storyweave.group.features import ArticleFeatures, normalised

    monkeypatch.setattr(states, "DEFAULT_BUFFER_BYTES", 0)
    cold: dict[str, bytes] = {}
    grouper = EventGrouper(Settings(events_in_memory=2), cold)
    for number in range(5):  # five articles with nothing in common: five events
        features = ArticleFeatures(terms={}, entities={}, entity_names={}, quote_shingles={}, figures={}, occurred=None, published=None)
        grouper.assign(f"a{number}", normalised({10 * number + 1: 1.0, 10 * number + 2: 1.0}), {}, features)
    assert len(grouper.events_) == 5 and len(cold) == 3


def test_the_events_in_memory_setting_bounds_the_story_states_kept_as_objects_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyweave.group.stories import EventProfile, StoryGrouper

    monkeypatch.setattr(states, "DEFAULT_BUFFER_BYTES", 0)
    cold: dict[str, bytes] = {}
    grouper = StoryGrouper(Settings(events_in_memory=2), cold)
    for number in range(5):  # five events with nothing in common: five stories
        grouper.assign(EventProfile(f"e{number}", {10 * number + 1: 1.0}, {}, {}, None))
    assert len(grouper.stories_) == 5 and len(cold) == 3
