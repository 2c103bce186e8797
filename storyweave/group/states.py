"""Per-group state that outgrows memory: the most recently used states live as objects, the rest
as pickled bytes, in a mapping the caller chooses (a dict by default, or one on disk).

Online grouping keeps a state per event and scores each new article against a handful of
them, mostly recent ones; an old event is rarely asked for again. A pickled state is some seven
times smaller than its dicts of boxed ints and floats, and loads back equal, key order and
every float included, so where a state lives changes no score."""

from __future__ import annotations

import pickle
from collections import OrderedDict
from collections.abc import Iterator, MutableMapping
from typing import Generic, TypeVar

State = TypeVar("State")

# states kept as objects (some 10-30 KiB each for a news event) unless the caller says (the
# setting events_in_memory). A trade: old events come back as candidates, and each comes back
# unpickled; on 10,000 articles (3,563 events) 1,000 cost the main process 2.7 ms of CPU an
# article and 4,000 2.0 ms, as fast as keeping all, for 23 MB more at the peak (424 MB)
DEFAULT_HOT = 4000
# pickled states kept in memory before they go to the caller's store: on 5,000 articles (2,530 events)
# the pickles fit in some 9 MB, and reading them back from memory instead of SQLite takes the main
# process from 4.51 to 3.93 ms of CPU an article; beyond the budget the oldest go on to the store
DEFAULT_BUFFER_BYTES = 32 * 1024 * 1024


class BufferedBlobs(MutableMapping[str, bytes]):
    """A mapping of pickled states that keeps the most recently put ones in memory up to a byte
    budget and hands the oldest on to `store` (a scratch table on disk)."""

    def __init__(self, store: MutableMapping[str, bytes], budget: int | None = None):
        self._front: OrderedDict[str, bytes] = OrderedDict()
        self._bytes = 0
        self._budget = DEFAULT_BUFFER_BYTES if budget is None else budget
        self._store = store
        self._stored: set[str] = set()  # keys handed on to the store, so a key set again is not there twice

    def __getitem__(self, key: str) -> bytes:
        value = self._front.get(key)
        if value is not None:
            return value
        if key not in self._stored:
            raise KeyError(key)  # never handed on: no need to ask the store
        return self._store[key]

    def pop(self, key: str, *default: bytes | None) -> bytes | None:  # type: ignore[override]
        value = self._front.pop(key, None)
        if value is not None:
            self._bytes -= len(value)
            return value
        if key in self._stored:
            self._stored.discard(key)
            return self._store.pop(key)  # one statement on the store, not a read and a delete
        if default:
            return default[0]
        raise KeyError(key)

    def __setitem__(self, key: str, value: bytes) -> None:
        if not self._drop(key) and key in self._stored:
            del self._store[key]
            self._stored.discard(key)
        self._front[key] = value
        self._bytes += len(value)
        while self._bytes > self._budget and self._front:
            oldest, blob = self._front.popitem(last=False)
            self._bytes -= len(blob)
            self._store[oldest] = blob
            self._stored.add(oldest)

    def __delitem__(self, key: str) -> None:
        if not self._drop(key):
            del self._store[key]
            self._stored.discard(key)

    def _drop(self, key: str) -> bool:
        value = self._front.pop(key, None)
        if value is None:
            return False
        self._bytes -= len(value)
        return True

    def __iter__(self) -> Iterator[str]:
        yield from self._front
        yield from self._store

    def __len__(self) -> int:
        return len(self._front) + len(self._store)


class SpillingStates(Generic[State]):
    """A mapping id → state in insertion order (as a dict's: a key set again after `pop` goes
    last). A state handed out must be changed before the next call that may evict it: the
    callers get a state and change it at once."""

    def __init__(self, hot: int | None = None, cold: MutableMapping[str, bytes] | None = None):
        self._hot: OrderedDict[str, State] = OrderedDict()
        self._hot_limit = max(DEFAULT_HOT if hot is None else hot, 1)
        self._cold: MutableMapping[str, bytes] = {} if cold is None else cold
        self._order: dict[str, None] = {}

    def __len__(self) -> int:
        return len(self._order)

    def __contains__(self, key: object) -> bool:
        return key in self._order

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __getitem__(self, key: str) -> State:
        state = self._hot.get(key)
        if state is not None:
            self._hot.move_to_end(key)
            return state
        if key not in self._order:
            raise KeyError(key)
        state = pickle.loads(self._cold.pop(key))
        self._keep(key, state)
        return state

    def get(self, key: str) -> State | None:
        return self[key] if key in self._order else None

    def __setitem__(self, key: str, state: State) -> None:
        if key in self._order:
            self._cold.pop(key, None)
        else:
            self._order[key] = None
        self._keep(key, state)

    def pop(self, key: str) -> State:
        del self._order[key]  # KeyError if unknown, as a dict's
        state = self._hot.pop(key, None)
        return pickle.loads(self._cold.pop(key)) if state is None else state

    def _keep(self, key: str, state: State) -> None:
        self._hot[key] = state
        self._hot.move_to_end(key)
        while len(self._hot) > self._hot_limit:
            coldest, cold_state = self._hot.popitem(last=False)
            self._cold[coldest] = pickle.dumps(cold_state, protocol=pickle.HIGHEST_PROTOCOL)
