"""Reading .txt inputs: folder walking, encodings, and the one-line reasons for unusable files.

Every text here is original and written for these tests."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from storyweave.errors import BadInput
from storyweave.ingest import ReadOptions, read_inputs
from storyweave.ingest.files import Skipped
from storyweave.model import RawDocument
from storyweave.settings import Settings

LIMIT = Settings().max_file_bytes

ENGLISH = "The ferry to Ostrin Island ran again on Friday after a week of repairs to its landing ramp.\n"
RUSSIAN = (
    "Городской совет Светлогорска в четверг утвердил бюджет на ремонт старого моста через реку.\n"
    "Жители, которые годами жаловались на трещины в опорах, встретили решение с облегчением.\n"
    "Работы начнутся весной и продлятся около года."
)
FRENCH = (
    "Le conseil municipal de Valbrune a voté jeudi soir la rénovation complète du marché couvert.\n"
    "Les commerçants, inquiets depuis des mois, ont salué une décision « très attendue ». Les travaux "
    "débuteront en été et dureront près de deux ans ; pendant ce temps, les étals seront installés sur "
    "la place de l'Église.\nLe maire a précisé que le coût dépasserait légèrement le budget prévu."
)
GERMAN = (
    "Der Stadtrat von Wellbrück hat am Donnerstag beschlossen, die marode Fußgängerbrücke über die Lahn abzureißen.\n"
    "Die Bürger äußerten sich überwiegend zufrieden; viele hatten seit Jahren über die Schäden geklagt. "
    "Der Neubau soll im Frühjahr beginnen und etwa zwölf Monate dauern.\n"
    "Die Kosten schätzt die Verwaltung auf gut drei Millionen Euro."
)


def _read(*paths: Path) -> list[RawDocument | BadInput | Skipped]:
    return list(read_inputs(list(paths), ReadOptions(max_file_bytes=LIMIT)))


def _docs(items) -> dict[str, RawDocument]:
    return {item.input: item for item in items if isinstance(item, RawDocument)}


def _errors(items) -> dict[str, BadInput]:
    return {Path(item.source).name: item for item in items if isinstance(item, BadInput)}


# folders and names -------------------------------------------------------------------------------


def test_folder_is_walked_recursively_in_sorted_order_with_relative_posix_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    # created out of order on purpose: the order read must not depend on creation order
    for relative in ["zeta.txt", "mid/deep/gamma.txt", "alpha.txt", "mid/beta.txt", "mid.txt"]:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{relative}: {ENGLISH}", encoding="utf-8")

    first = [item.input for item in _read(folder)]
    second = [item.input for item in _read(folder)]

    assert first == ["alpha.txt", "mid.txt", "mid/beta.txt", "mid/deep/gamma.txt", "zeta.txt"]
    assert second == first
    docs = _docs(_read(folder))
    assert docs["mid/deep/gamma.txt"].text == f"mid/deep/gamma.txt: {ENGLISH}"
    assert docs["mid/deep/gamma.txt"].source == str(folder / "mid" / "deep" / "gamma.txt")


def test_file_given_directly_keeps_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "ferry.txt"
    path.parent.mkdir(parents=True)
    path.write_text(ENGLISH, encoding="utf-8")

    [item] = _read(path)

    assert isinstance(item, RawDocument)
    assert item.input == "ferry.txt"
    assert item.text == ENGLISH


def test_several_paths_are_read_in_the_order_given(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "one.txt").write_text("one " + ENGLISH, encoding="utf-8")
    (tmp_path / "a.txt").write_text("two " + ENGLISH, encoding="utf-8")

    assert [item.input for item in _read(tmp_path / "b", tmp_path / "a.txt")] == ["one.txt", "a.txt"]


# encodings ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "encode"),
    [
        ("russian-cp1251", RUSSIAN, lambda t: t.encode("cp1251")),
        ("german-latin1", GERMAN, lambda t: t.encode("latin-1")),
        ("russian-utf16-bom", RUSSIAN, lambda t: t.encode("utf-16")),  # Python writes the BOM
        ("french-utf16-bom", FRENCH, lambda t: t.encode("utf-16")),
        ("french-utf8-bom", FRENCH, lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
        ("russian-utf8-bom", RUSSIAN, lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
        ("german-utf8", GERMAN, lambda t: t.encode("utf-8")),
    ],
)
def test_encoded_text_decodes_to_the_exact_original(tmp_path: Path, name: str, text: str, encode) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_bytes(encode(text))

    [item] = _read(path)

    assert isinstance(item, RawDocument), item
    assert item.text == text


def test_latin1_french_decodes_to_the_exact_original(tmp_path: Path) -> None:
    path = tmp_path / "valbrune.txt"
    path.write_bytes(FRENCH.encode("latin-1"))

    [item] = _read(path)

    assert isinstance(item, RawDocument)
    assert item.text == FRENCH


def test_windows_line_endings_become_newlines(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"First line of the report.\r\nSecond line of the report.\r\n")

    [item] = _read(path)

    assert item.text == "First line of the report.\nSecond line of the report.\n"


# files that cannot be used ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("batch")
    (folder / "a-good.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\n   \r\n")
    noise = random.Random(7).randbytes(600)
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + noise)
    with (folder / "huge.txt").open("wb") as handle:
        line = ENGLISH.encode("utf-8")
        for _ in range(20_000_000 // len(line) + 1):
            handle.write(line)
    (folder / "z-good.txt").write_text(RUSSIAN, encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("empty.txt", ["empty"]),
        ("blank.txt", ["empty"]),
        ("picture.txt", ["binary"]),
        ("huge.txt", ["too large", "max_file_bytes"]),
    ],
)
def test_unusable_file_is_a_bad_input_with_a_clear_reason(bad_folder: Path, name: str, words: list[str]) -> None:
    folder = bad_folder
    assert (folder / "huge.txt").stat().st_size >= 20_000_000

    errors = _errors(_read(folder))

    error = errors[name]
    assert error.source == str(folder / name)
    assert str(folder / name) in str(error)
    for word in words:
        assert word in error.reason


def test_bad_files_do_not_stop_the_rest_of_the_folder(bad_folder: Path) -> None:
    folder = bad_folder

    items = _read(folder)

    docs = _docs(items)
    assert sorted(docs) == ["a-good.txt", "z-good.txt"]
    assert docs["a-good.txt"].text == ENGLISH
    assert docs["z-good.txt"].text == RUSSIAN
    assert sorted(_errors(items)) == ["blank.txt", "empty.txt", "huge.txt", "picture.txt"]
    # other formats inside a folder are counted, not errors
    assert sorted(Path(item.path).name for item in items if isinstance(item, Skipped)) == ["notes.pdf", "photo.png"]
    assert len(items) == 8


def test_missing_path_is_a_bad_input(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "gone.txt"

    [item] = _read(missing)

    assert isinstance(item, BadInput)
    assert item.source == str(missing)
    assert "no such file" in item.reason


def test_pdf_given_directly_is_a_bad_input_not_a_skip(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n")

    [item] = _read(pdf)

    assert isinstance(item, BadInput)
    assert item.source == str(pdf)
    assert ".pdf" in item.reason and "unsupported" in item.reason


def test_missing_path_does_not_stop_later_paths(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH, encoding="utf-8")

    items = _read(tmp_path / "missing", good)

    assert isinstance(items[0], BadInput)
    assert isinstance(items[1], RawDocument) and items[1].input == "good.txt"


def test_a_few_binary_bytes_are_no_utf16_text(tmp_path: Path) -> None:
    # ten bytes with a NUL decode as five CJK characters in UTF-16 without a BOM: no spaces, no punctuation
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\x01\x02binary\xff")

    [item] = _read(path)

    assert isinstance(item, BadInput)
    assert "binary" in item.reason


def test_chinese_in_utf16_without_a_bom_is_still_read(tmp_path: Path) -> None:
    text = "香港昨日天氣晴朗。市民外出遊玩，交通繁忙，渡輪班次增加。"
    path = tmp_path / "hk.txt"
    path.write_bytes(text.encode("utf-16-le"))

    [item] = _read(path)

    assert isinstance(item, RawDocument)
    assert item.text == text
