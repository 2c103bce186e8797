"""`warm_up` runs in the parent before the extraction workers fork: whatever data it leaves for
the first article to load, every worker loads again. This test analyses articles in several
scripts after `warm_up`, in a fresh process, and fails if any loader ran only then."""

import json
import subprocess
import sys

_PROBE = r"""
import importlib, json, pkgutil
import storyweave.extract as extract
from storyweave.clean import clean_document
from storyweave.model import RawDocument

modules = []
for package in ("storyweave.extract", "storyweave.clean", "storyweave.group"):
    for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
        if info.name != "spacy_ner":
            modules.append(importlib.import_module(f"{package}.{info.name}"))

def loaders():
    # functions cached once per process (maxsize 1 or unbounded with no arguments): the data loaders
    return {f"{m.__name__}.{name}": f.cache_info().currsize for m in modules for name, f in vars(m).items()
            if hasattr(f, "cache_info") and f.__module__ == m.__name__ and f.cache_info().maxsize == 1}

extract.warm_up()
before = loaders()
texts = [
    "Minister visits Lyon\nPARIS, Jan. 3 (Reuters) -- French Prime Minister Jean Dupont said on Tuesday: \"We will act.\" "
    "Some 1,200 people were evacuated from Germany and Spain.",
    "高雄港塞港加劇\n【中央社記者林佩君高雄23日電】臺灣港務公司總經理陳建宏表示，已增聘120名碼頭人員。陳建宏說：「我們預計兩週內恢復正常。」",
    "大雪で交通混乱\n岩手県盛岡市で23日、大雪となり、気象庁は警報を出した。佐々木健一さんは「驚いた」と話した。",
    "Die Regierung in Berlin\nBundeskanzlerin Anna Weber sagte am Montag in München: „Wir handeln.“ Rund 300 Menschen protestierten.",
]
for number, text in enumerate(texts):
    raw = RawDocument(f"{number}.txt", f"{number}.txt", text)
    extract.analyse(raw, clean_document(raw))
after = loaders()
print(json.dumps({name: [before[name], after[name]] for name in after}))
"""


def test_warm_up_leaves_no_loader_for_the_first_article():
    out = subprocess.run([sys.executable, "-c", _PROBE], check=True, capture_output=True, text=True).stdout
    sizes = json.loads(out)
    assert "storyweave.extract.cjk.known_places" in sizes  # the probe sees the loaders it means to
    loaded_late = sorted(name for name, (before, after) in sizes.items() if after > before)
    assert loaded_late == []
