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
    assert wordseg.features(syllables, dictionary) == expected


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
    assert [wordseg.features([c], dictionary) for c in chars] == expected


@pytest.mark.parametrize("sentence", [*SENTENCES, "Xem https://vnexpress.net/a-1.html, email a.b@c.vn lúc 8h30 ngày 1/2/2023 :) v.v..."])
def test_syllables_are_underthesea_tokens(sentence: str) -> None:
    assert wordseg._syllables(sentence) == tokenize(sentence, use_token_normalize=False)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_ngrams_without_weight_change_no_tag(sentence: str) -> None:
    crf = _crf()
    known = wordseg._ngram_weights(crf.known.path)
    if known is None:
        pytest.skip("the model's attributes could not be read")
    syllables = tokenize(sentence, use_token_normalize=False)
    full = wordseg.features(syllables, crf.dictionary)
    trimmed = wordseg.features(syllables, crf.dictionary, known)
    assert all(set(t) <= set(f) for t, f in zip(trimmed, full, strict=True))
    assert crf.tag(trimmed) == crf.tag(full)


def test_model_ngram_weights_are_read() -> None:
    known = wordseg._ngram_weights(_crf().known.path)
    assert known is not None and "BOS" in known["T[-2,-1]"] and "T[0]" not in known


def test_model_weights_are_read_once_enough_sentences_repay_it() -> None:
    known = wordseg._Known(_crf().known.path)
    assert all(known.get() is None for _ in range(known.AFTER - 1))
    assert known.get() is not None


def test_model_weights_read_whole_or_not_at_all(tmp_path: Path) -> None:
    """A key that runs into the next record, or one missing, leaves every feature in."""
    import underthesea.pipeline.word_tokenize as wt

    _crf()
    model = Path(wt.__file__).parent / "models" / wordseg._MODEL_DIR / "models.bin"
    data = model.read_bytes()
    run_on = tmp_path / "run_on.bin"
    run_on.write_bytes(data.replace(b"\x00T[", b"\x01T[").replace(b"=BOS\x00", b"=BOS\x01"))
    assert wordseg._ngram_weights(run_on) is None
    missing = tmp_path / "missing.bin"
    missing.write_bytes(data.replace(b"T[-2,-1]=BOS\x00", b"X[-2,-1]=BOS\x00", 1))
    assert wordseg._ngram_weights(missing) is None
    assert wordseg._ngram_weights(model) is not None
