"""The Python featurizer gives underthesea's feature strings, so its words are underthesea's."""

from __future__ import annotations

from pathlib import Path

import pytest
from underthesea import word_tokenize as underthesea_words
from underthesea.pipeline.word_tokenize import tokenize

from extractor import wordseg

SENTENCES = [
    "Đảng bộ quận Bắc Từ Liêm (168%), quận Cầu Giấy (119%), quận Đống Đa (118%).",
    "Thành uỷ Hà Nội kết nạp 11.388 đảng viên, đạt 94% so với kế hoạch.",
    "TP.HCM đạt 0,70%; Bộ GD-ĐT có 1.718 bài báo…",
    "Nhiệt độ -1 độ, +12 điểm, 2147483648 lượt và 007 mã số.",
    "A",
    "Trường ĐH Sư phạm Kỹ thuật TP.HCM giải ngân 95,2% kế hoạch vốn năm 2023.",
]


def _crf() -> wordseg._CRF:
    crf = wordseg._tagger()
    if crf is None:
        pytest.skip("the installed underthesea has another word segmentation model")
    return crf


@pytest.mark.parametrize("sentence", SENTENCES)
def test_features_are_underthesea_features(sentence: str) -> None:
    dictionary = _crf().dictionary
    import underthesea.pipeline.word_tokenize as wt

    syllables = tokenize(sentence, use_token_normalize=False)
    wt.word_tokenize("a")  # underthesea's own model and featurizer, to compare with
    expected = wt.word_tokenize_model.featurizer.process([[[s] for s in syllables]])[0]
    rows = wordseg.Featurizer(dictionary).rows(syllables)
    assert [sorted(row) for row in rows] == [sorted(row) for row in expected]


@pytest.mark.parametrize("sentence", [*SENTENCES, "Đạt ² mét và ª ký tự", "Chỉ số Σ tăng 5%"])
def test_words_are_underthesea_words(sentence: str) -> None:
    _crf()
    assert wordseg.word_tokenize(sentence) == underthesea_words(sentence, use_token_normalize=False)


def test_unsafe_characters_take_underthesea_path() -> None:
    assert wordseg._UNSAFE.search("x²") is not None
    assert wordseg._UNSAFE.search("Đảng bộ quận Cầu Giấy (119%) – “đạt”") is None


def test_safe_characters_agree_with_the_rust_featurizer() -> None:
    """Every character that :data:`wordseg._UNSAFE` lets through gets the same lower case,
    digit and title features from both featurizers."""
    dictionary = _crf().dictionary
    import underthesea.pipeline.word_tokenize as wt

    chars = [chr(c) for c in range(0x21, 0x2100) if not wordseg._UNSAFE.match(chr(c))]
    wt.word_tokenize("a")  # underthesea's own model and featurizer, to compare with
    expected = wt.word_tokenize_model.featurizer.process([[[c]] for c in chars])
    featurizer = wordseg.Featurizer(dictionary)
    assert [[sorted(row) for row in featurizer.rows([c])] for c in chars] == [[sorted(row) for row in rows] for rows in expected]


@pytest.mark.parametrize("sentence", [*SENTENCES, "Xem https://vnexpress.net/a-1.html, email a.b@c.vn lúc 8h30 ngày 1/2/2023 :) v.v..."])
def test_syllables_are_underthesea_tokens(sentence: str) -> None:
    assert wordseg._syllables(sentence) == tokenize(sentence, use_token_normalize=False)


def _model() -> wordseg.Model:
    model = wordseg.read_model(_crf().weights.path)
    assert model is not None
    return model


def _sample_sentences() -> list[list[str]]:
    """The syllables of every line of the samples and written sets (real-looking text)."""
    root = Path(__file__).parent.parent
    files = sorted((root / "samples").glob("*.txt")) + sorted((root / "tests").glob("*/*.txt"))
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [s for s in (tokenize(line, use_token_normalize=False) for line in lines) if s]


def test_the_scorer_tags_as_underthesea_tagger() -> None:
    """Over every line of the samples and written sets (hundreds of sentences), the
    scorer's Viterbi over the model's weights gives the tagger's labels exactly."""
    crf = _crf()
    scorer = wordseg.Scorer(crf.dictionary, _model())
    featurizer = wordseg.Featurizer(crf.dictionary)
    sentences = [*_sample_sentences(), *([s] for s in "A.1"), ["A", "b"], ["Hà", "Nội", "."]]
    assert len(sentences) > 500
    assert [scorer.tags(s) for s in sentences] == [crf.tag(featurizer.rows(s)) for s in sentences]


def test_model_weights_are_read() -> None:
    model = _model()
    assert model.labels == ("B-W", "I-W")
    assert "T[-2,-1]=BOS" in model.state and len(model.transition) == 2


def test_a_file_that_is_no_model_reads_as_none(tmp_path: Path) -> None:
    data = _crf().weights.path.read_bytes()
    for name, broken in [
        ("magic.bin", b"XCRF" + data[4:]),
        ("strings.bin", data.replace(b"CQDB", b"QQDB")),
        ("kind.bin", data[:-1000] + bytes(1000)),
    ]:
        path = tmp_path / name
        path.write_bytes(broken)
        try:
            model = wordseg.read_model(path)
        except Exception:  # noqa: BLE001 - what _Weights catches
            model = None
        assert model is None or model == _model(), name


def test_the_weights_are_read_once_enough_sentences_repay_it() -> None:
    crf = _crf()
    weights = wordseg._Weights(crf.weights.path, crf.dictionary, crf.tag)
    for _ in range(weights.AFTER - 1):
        assert weights.tags(["Đảng", "bộ"]) == ["B-W", "I-W"]
    assert weights.scorer is None
    assert weights.tags(["Đảng", "bộ"]) == ["B-W", "I-W"]
    assert weights.scorer is not None


def test_a_batch_worker_reads_the_weights_before_its_first_article(monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor import batch

    crf = _crf()
    fresh = wordseg._Weights(crf.weights.path, crf.dictionary, crf.tag)
    monkeypatch.setattr(wordseg, "_tagger", lambda: wordseg._CRF(crf.tag, crf.dictionary, fresh))  # a new process's
    assert fresh.scorer is None
    batch.init_worker(batch.WorkerConfig())
    assert fresh.scorer is not None and fresh.read
    scorer = fresh.scorer
    fresh.load()  # once
    assert fresh.scorer is scorer


def test_underthesea_tagger_loads_at_its_first_call_only() -> None:
    """A batch worker reads the weights and never needs underthesea's tagger: its model
    is loaded at the first call, not before."""
    loads: list[str] = []

    class Tagger:
        def load(self, path: str) -> None:
            loads.append(path)

        def tag(self, rows: list[tuple[str, ...]]) -> list[str]:
            return ["B-W"] * len(rows)

    lazy = wordseg._LazyTagger(Tagger, Path("model.bin"))
    assert loads == []
    assert lazy([("a",), ("b",)]) == ["B-W", "B-W"]
    assert lazy([("c",)]) == ["B-W"]
    assert loads == ["model.bin"]


def test_scorer_caches_stay_bounded_and_change_no_tag() -> None:
    """Emptying a full cache changes no tag; no cache grows far past its limit."""
    crf = _crf()
    sentences = [tokenize(s, use_token_normalize=False) for s in SENTENCES]
    expected = [crf.tag(wordseg.Featurizer(crf.dictionary).rows(s)) for s in sentences]
    small = wordseg.Scorer(crf.dictionary, _model())
    small.LIMIT = 8
    longest = max(map(len, sentences))
    for _ in range(2):
        assert [small.tags(s) for s in sentences] == expected
        assert all(len(cache) <= small.LIMIT + longest for cache in small.caches)


EDGES = ["TP. Hồ Chí Minh", "TP.", "Đạo diễn :D", "Đạo diễn :D nói", "a :D\tb", "x@y.com đạt", "vnexpress.net/abc đạt 5%",
         "  lề  trái  ", "H'Mông N’Thôn", "v.v... và", "3x4 m", "UBND TP.HCM.", "Th.S Lê", "TP.\nHCM", "10:20:50 ngày 02/05/2014"]  # fmt: skip


def test_syllables_from_runs_are_the_regex_s_over_the_whole_text() -> None:
    """Matching each run of non-space characters once (kept) gives the regex's tokens of
    the whole text, on every line of the samples and written sets and at the edges
    where a run's matches depend on what follows it ("TP." at the end, ":D")."""
    root = Path(__file__).parent.parent
    files = sorted((root / "samples").glob("*.txt")) + sorted((root / "tests").glob("*/*.txt"))
    lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines()] + EDGES
    for line in [*lines, *lines]:  # the second time from the kept runs
        assert wordseg._syllables(line) == tokenize(line, use_token_normalize=False), line


def test_kept_runs_stay_bounded() -> None:
    chunks = wordseg._Chunks()
    chunks.LIMIT = 4
    from extractor.underthesea_parts import syllables

    _, pattern = syllables()
    for line in EDGES:
        assert chunks.tokens(line, pattern) == [m.group() for m in pattern.finditer(line)]
        assert len(chunks.cache) <= chunks.LIMIT + len(line.split())
