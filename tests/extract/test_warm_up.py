"""`warm_up` runs in the parent before the extraction workers fork: whatever data it leaves for
the first article to load, every worker loads again. These tests analyse articles after
`warm_up`, in a fresh process, and fail if any loader ran only then; and check that a run with
no Chinese or Japanese text leaves those scripts' tables unloaded (they cost 0.8 s of CPU
before any worker starts)."""

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


def test_a_run_without_chinese_or_japanese_text_does_not_load_their_tables():
    loaded = _loaded_by_a_run("latin")
    assert all(loaded[name] == 0 for name in _CJK_LOADERS), loaded
    assert loaded["storyweave.extract.gazetteer.places"] == 1  # the rest was warmed up before the workers started


def test_a_run_with_one_japanese_text_loads_their_tables_before_the_workers_start():
    loaded = _loaded_by_a_run("cjk")
    assert all(loaded[name] == 1 for name in _CJK_LOADERS), loaded
