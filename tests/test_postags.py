"""Words' parts of speech out of context, from underthesea's POS model weights."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import postags


@pytest.fixture
def table() -> dict[str, str]:
    found = postags.table()
    if not found:
        pytest.skip("the installed underthesea has another POS model")
    return found


@pytest.mark.parametrize(
    ("word", "tag"),
    [
        ("máy bơm", "N"),  # common nouns: counted
        ("thư viện", "N"),
        ("cuốn", "Nc"),  # a classifier
        ("tấn", "Nu"),  # units of measure
        ("đồng", "Nu"),
        ("đạt", "V"),  # a verb
        ("của", "E"),  # a preposition
        ("Máy Bơm", "N"),  # case does not matter
        ("xã viên", "N"),  # unknown whole: its first syllable's
    ],
)
def test_words_have_their_usual_tag(table: dict[str, str], word: str, tag: str) -> None:
    assert postags.tag(word) == tag


def test_unknown_words_have_none(table: dict[str, str]) -> None:
    assert postags.tag("qwxz") is None and postags.tag("") is None


def test_a_missing_model_leaves_every_tag_unknown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from extractor import underthesea_parts

    postags.table.cache_clear()
    monkeypatch.setattr(underthesea_parts, "root", lambda: tmp_path)
    try:
        assert postags.table() == {} and postags.tag("máy bơm") is None
        (tmp_path / postags.MODEL).parent.mkdir(parents=True)
        (tmp_path / postags.MODEL).write_bytes(b"not a model")
        postags.table.cache_clear()
        assert postags.table() == {}
    finally:
        postags.table.cache_clear()
