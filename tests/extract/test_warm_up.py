"""`warm_up` runs in the process the extraction workers fork from, before they fork: whatever data
it leaves for the first article to load, every worker loads again. These tests analyse articles
after `warm_up`, in a fresh process, and fail if any loader ran only then; check the same in the
workers of a real pool; and check that the caller of a run loads no table at all."""

import json
import subprocess
import sys

_LOADERS = r"""
import importlib, json, pkgutil

modules = []
for package in ("storyweave.extract", "storyweave.clean", "storyweave.group"):
    for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
        if info.name != "spacy_ner":
            modules.append(importlib.import_module(f"{package}.{info.name}"))

def loaders():
    # functions cached once per process (maxsize 1 or unbounded with no arguments): the data loaders
    return {f"{m.__name__}.{name}": f.cache_info().currsize for m in modules for name, f in vars(m).items()
            if hasattr(f, "cache_info") and f.__module__ == m.__name__ and f.cache_info().maxsize == 1}
"""

_PROBE = _LOADERS + r"""
import sys
import storyweave.extract as extract
from storyweave.clean import clean_document
from storyweave.model import RawDocument

cjk = sys.argv[1] == "cjk"
extract.warm_up(cjk=cjk)
before = loaders()
texts = [
    "Minister visits Lyon\nPARIS, Jan. 3 (Reuters) -- French Prime Minister Jean Dupont said on Tuesday: \"We will act.\" "
    "Some 1,200 people were evacuated from Germany and Spain.",
    "Smoke over Brazil\nFires burned across the Amazon on Monday, the state's governor Lúcia Prado said.",
    "Die Regierung in Berlin\nBundeskanzlerin Anna Weber sagte am Montag in München: „Wir handeln.“ Rund 300 Menschen protestierten.",
    "Выборы в Казани\nМэр Казани Иван Петров заявил во вторник: «Мы готовы». На участки пришли 4500 человек.",
]
if cjk:
    texts += [
        "高雄港塞港加劇\n【中央社記者林佩君高雄23日電】臺灣港務公司總經理陳建宏表示，已增聘120名碼頭人員。陳建宏說：「我們預計兩週內恢復正常。」",
        "大雪で交通混乱\n岩手県盛岡市で23日、大雪となり、気象庁は警報を出した。佐々木健一さんは「驚いた」と話した。",
    ]
for number, text in enumerate(texts):
    raw = RawDocument(f"{number}.txt", f"{number}.txt", text)
    extract.analyse(raw, clean_document(raw))
after = loaders()
print(json.dumps({name: [before[name], after[name]] for name in after}))
"""

_CJK_LOADERS = ("storyweave.extract.cjk.known_places", "storyweave.extract.cjk.local_places", "storyweave.extract.japanese.japanese_tagger")


def _loaded_late(scripts: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE, scripts], check=True, capture_output=True, text=True).stdout
    sizes = json.loads(out)
    assert "storyweave.extract.cjk.known_places" in sizes  # the probe sees the loaders it means to
    return sorted(name for name, (before, after) in sizes.items() if after > before)


def test_warm_up_leaves_no_loader_for_the_first_article():
    assert _loaded_late("cjk") == []


def test_warm_up_without_chinese_or_japanese_leaves_nothing_other_scripts_need():
    assert _loaded_late("no-cjk") == []


_RUN = _LOADERS + r"""
import sys, tempfile
from pathlib import Path
from storyweave.pipeline import PARALLEL_FROM, ingest
from storyweave.settings import Settings
from storyweave.store import Store

with tempfile.TemporaryDirectory() as tmp:
    folder = Path(tmp, "in")
    folder.mkdir()
    for index in range(PARALLEL_FROM + 5):  # enough for the worker processes
        text = f"Flood in town {index}\nRiver levels rose by {index} centimetres in Ashford on Monday, officials said."
        if sys.argv[1] == "cjk" and index == 7:
            text = "大雪で交通混乱\n岩手県盛岡市で23日、大雪となり、気象庁は警報を出した。"
        Path(folder, f"{index:04}.txt").write_text(text, encoding="utf-8")
    with Store(Path(tmp, "run.db")) as store:
        report = ingest([folder], store, Settings(workers=2))
    assert len(report.added) == PARALLEL_FROM + 5, report.errors
print(json.dumps(loaders()))
"""


def _loaded_by_a_run(scripts: str) -> dict[str, int]:
    out = subprocess.run([sys.executable, "-c", _RUN, scripts], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def test_the_caller_of_a_run_loads_no_extraction_table():
    """The tables live in the workers (shared with the process they fork from), not in the caller
    for the whole run: it only groups."""
    for scripts in ("latin", "cjk"):
        loaded = _loaded_by_a_run(scripts)
        assert loaded["storyweave.extract.gazetteer.places"] == 0, scripts
        assert all(loaded[name] == 0 for name in _CJK_LOADERS), (scripts, loaded)


# the chunk function of a real pool, swapped for one that reports what the first chunk made a worker load
_IN_WORKERS = _LOADERS + r"""
import pickle, sys
from storyweave.model import RawDocument
from storyweave.pipeline import workers

def loaded_by_the_chunk(raws):
    before = loaders()
    workers._analyse_in_worker(raws)
    after = loaders()
    return pickle.dumps(sorted(name for name in after if after[name] > before[name]))

workers._analysed_as_bytes = loaded_by_the_chunk  # (before the fork: the workers inherit it)
cjk = sys.argv[1] == "cjk"
texts = ["Flood in Ashford\nRiver levels rose by 40 centimetres in Ashford on Monday, Mayor Jane Holt said. \"It is bad,\" Holt said."]
if cjk:
    texts.append("大雪で交通混乱\n岩手県盛岡市で23日、大雪となり、気象庁は警報を出した。佐々木健一さんは「驚いた」と話した。")
pool = workers.WorkerPool(2)
pool.start(frozenset(), cjk)
pool.submit([RawDocument(f"{i}.txt", f"{i}.txt", text) for i, text in enumerate(texts)])
late = pool.result()
pool.close()
print(json.dumps({"late": late, "caller": loaders()}))
"""


def _loaded_in_workers(scripts: str) -> dict:
    out = subprocess.run([sys.executable, "-c", _IN_WORKERS, scripts], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def test_the_workers_find_every_table_loaded_before_their_first_article():
    for scripts in ("latin", "cjk"):
        found = _loaded_in_workers(scripts)
        assert found["late"] == [], scripts
        assert found["caller"]["storyweave.extract.gazetteer.places"] == 0
