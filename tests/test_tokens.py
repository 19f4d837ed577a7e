"""Tokens plus whitespace give back the sentence exactly; NORM folds tone placement."""

from __future__ import annotations

import pytest

from extractor.match import pipeline
from extractor.tokens import align, canon

SENTENCES = [
    "Đảng bộ quận Bắc Từ Liêm (168%), quận Cầu Giấy (119%), quận Đống Đa (118%).",
    "Thành uỷ Hà Nội kết nạp 11.388 đảng viên, đạt 94% so với kế hoạch.",
    "TP.HCM đạt 0,70%; Bộ GD-ĐT có 1.718 bài báo…",
    "Tổng Công ty xây dựng Công trình Giao thông 1 (19%), Công ty CP Sông Hồng (19%)…",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_doc_text_is_sentence(sentence: str) -> None:
    doc = pipeline().nlp.make_doc(sentence)
    assert doc.text == sentence
    assert "".join(t.text_with_ws for t in doc) == sentence
    for t in doc:
        assert sentence[t.idx : t.idx + len(t.text)] == t.text


def test_words_are_underthesea_words() -> None:
    doc = pipeline().nlp.make_doc("Đảng bộ quận Cầu Giấy")
    assert [t.text for t in doc] == ["Đảng bộ", "quận", "Cầu Giấy"]


def test_align_rejects_changed_text() -> None:
    assert align("hoà bình", ["hòa bình"]) is None
    assert align("a b", ["a", "b"]) == [(0, 1), (2, 3)]


@pytest.mark.parametrize("word,norm", [("Thành uỷ", "Thành ủy"), ("hoà", "hòa"), ("quý", "quý"), ("hoàng", "hoàng"), ("Tuỳ", "Tùy")])
def test_canon(word: str, norm: str) -> None:
    assert canon(word) == norm


def test_old_tone_placement_matches_head() -> None:
    doc = pipeline()("Thành uỷ Hà Nội có 59 đảng bộ.").doc
    assert [e.label_ for e in doc.ents if e.text == "Thành uỷ"] == ["ORG_HEAD"]


@pytest.mark.parametrize("sentence", [*SENTENCES, "Hoà Bình… – 5 đảng viên"])
def test_norm_is_the_folded_text_with_case(sentence: str) -> None:
    for doc in (pipeline().nlp.make_doc(sentence), pipeline()(sentence).doc):
        assert [t.norm_ for t in doc] == [canon(t.text) for t in doc]


def test_a_verb_joined_to_a_dictionary_word_is_split_off() -> None:
    from extractor.tokens import split_verbs

    assert split_verbs(["cổ truyền đạt", "thành đạt", "Nguyễn Trãi đạt"]) == ["cổ truyền", "đạt", "thành đạt", "Nguyễn Trãi", "đạt"]


def test_folded_norms_are_kept_in_a_bounded_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor import names

    monkeypatch.setattr(names, "_KEYS", {})
    monkeypatch.setattr(names, "_KEYS_LIMIT", 4)
    doc = pipeline().nlp.make_doc(SENTENCES[0])
    for tok in doc:
        assert names.key(tok) == tok.norm_.casefold()
        assert len(names._KEYS) <= 4
    assert [names.key(t) for t in doc] == [t.norm_.casefold() for t in doc]  # from the cache or not
