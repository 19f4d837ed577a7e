"""The parts of underthesea loaded without its package are the package's own."""

from __future__ import annotations

import subprocess
import sys

import pytest
from underthesea import sent_tokenize
from underthesea.pipeline.text_normalize.text_normalizer import character_map
from underthesea.pipeline.word_tokenize import regex_tokenize as rt

from extractor import underthesea_parts as parts
from tests.conftest import ROOT, SAMPLES

LINES = [
    line
    for path in sorted(SAMPLES.glob("*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
ODD = "TP.HCM có 1.718 bài báo… Ông Nguyễn V. A. nói: “Đạt 95,2%!” Xem thêm tại vnexpress.net/abc. Hết."


def test_sentence_splitter_is_underthesea_s() -> None:
    split = parts.sent_tokenize()
    assert split.__module__ != "underthesea.pipeline.sent_tokenize"  # the private copy
    for line in [*LINES, ODD]:
        assert split(line) == sent_tokenize(line)


def test_character_table_is_underthesea_s() -> None:
    assert parts.character_map() == character_map


def test_syllable_regex_and_normalization_are_underthesea_s() -> None:
    normalize, pattern = parts.syllables()
    assert normalize is not rt.normalize_characters_in_text  # the private copy
    assert (pattern.pattern, pattern.flags) == (rt.patterns.pattern, rt.patterns.flags)
    odd = ODD + "".join(character_map)  # every non-standard character the table replaces
    for line in [*LINES, odd]:
        assert normalize(line) == rt.normalize_characters_in_text(line)


def test_an_article_needs_no_import_of_the_package() -> None:
    code = (
        "import sys; from extractor import extract_file; "
        f"r = extract_file({str(SAMPLES / 'hanoi-party-development-2017.txt')!r}); "
        "print(len(r.organizations), 'underthesea' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["19", "False"]


def test_fixed_words_elsewhere_in_the_process_change_nothing_here() -> None:
    """underthesea's fixed_words rewrites its module's regex for every later call; the
    private copy is out of its reach (run in a fresh process: it would leak into others)."""
    code = (
        "from underthesea import word_tokenize; from extractor.wordseg import _syllables; "
        "s = 'Đảng bộ quận Bắc Từ Liêm đạt 168%'; before = _syllables(s); "
        "word_tokenize(s, fixed_words=['Từ Liêm đạt']); print(_syllables(s) == before)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "True"


def test_another_layout_falls_back_to_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parts, "root", lambda: None)
    for cached in (parts.sent_tokenize, parts.syllables, parts.character_map):
        cached.cache_clear()
    try:
        assert parts.sent_tokenize() is sent_tokenize
        assert parts.syllables() == (rt.normalize_characters_in_text, rt.patterns)
    finally:
        monkeypatch.undo()
        for cached in (parts.sent_tokenize, parts.syllables, parts.character_map):
            cached.cache_clear()
