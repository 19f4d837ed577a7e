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
    assert isinstance(split, parts._Splitter)  # the loop from one end mark to the next
    for line in [*LINES, ODD]:
        assert split(line) == sent_tokenize(line)


@pytest.mark.parametrize("seed", range(4))
def test_sentence_splitter_agrees_on_random_texts(seed: int) -> None:
    import random

    rng = random.Random(seed)
    pieces = ["a", "Ba", " ", "  ", ".", "..", "...", "....", "?", "!", "?!", "\n", "\t", "1", "5.", "e.g", "TP", "ts", "Đ", "…", "x."]
    split = parts.sent_tokenize()
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert split(text) == sent_tokenize(text), repr(text)


def test_character_table_is_underthesea_s() -> None:
    assert parts.character_map() == character_map


def test_syllable_regex_and_normalization_are_underthesea_s() -> None:
    normalize, pattern = parts.syllables()
    assert normalize is not rt.normalize_characters_in_text  # the private copy
    assert (pattern.pattern, pattern.flags) == (rt.patterns.pattern, rt.patterns.flags)
    odd = ODD + "".join(character_map)  # every non-standard character the table replaces
    for line in [*LINES, odd]:
        assert normalize(line) == rt.normalize_characters_in_text(line)


def test_token_normalization_is_underthesea_s() -> None:
    tokenize = parts.normalized_tokens()
    assert tokenize is not rt.tokenize  # the private copy
    odd = ODD + " Thành uỷ hoà thuỷ lợi Quý"
    for line in [*LINES, odd]:
        assert tokenize(line) == rt.tokenize(line)


def test_ner_models_are_underthesea_s() -> None:
    from underthesea.pipeline.chunking import model_crf as chunk_model
    from underthesea.pipeline.chunking import tagged_feature as chunk_features
    from underthesea.pipeline.ner import model_crf as ner_model
    from underthesea.pipeline.ner import tagged_feature as ner_features
    from underthesea.pipeline.pos_tag import model_crf as pos_model
    from underthesea.pipeline.pos_tag import tagged_feature as pos_features

    models = parts.ner_models()
    assert models is not None
    package = [
        (pos_model.CRFPOSTagPredictor.Instance(), pos_features),
        (chunk_model.CRFChunkingPredictor.Instance(), chunk_features),
        (ner_model.CRFNERPredictor.Instance(), ner_features),
    ]
    functions = ("lower", "istitle", "isallcap", "isdigit", "is_in_dict")
    words = ["Hà Nội", "abc", "12", "ĐẢNG", "nhà nước", ""]
    for (_, template, apply), (predictor, module) in zip(models, package, strict=True):
        assert list(template) == predictor.transformer.template
        assert [apply(f, w) for f in functions for w in words] == [module.apply_function(f, w) for f in functions for w in words]


def test_ner_needs_no_import_of_the_package() -> None:
    code = "import sys; from extractor import ner; print(ner.is_person('Ông Nguyễn Văn An đạt 5%.', 'Nguyễn Văn An'), 'underthesea' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["True", "False"]


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
    cached = (parts.sent_tokenize, parts.syllables, parts._rules, parts.normalized_tokens, parts.ner_models)
    for function in cached:
        function.cache_clear()
    try:
        assert parts.sent_tokenize() is sent_tokenize
        assert parts.syllables() == (rt.normalize_characters_in_text, rt.patterns)
        assert parts.normalized_tokens() is rt.tokenize
        assert parts.ner_models() is None
    finally:
        monkeypatch.undo()
        for function in cached:
            function.cache_clear()
