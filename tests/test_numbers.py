"""Vietnamese numerals: one table row per case, grouped by where the case came from."""

from __future__ import annotations

import pytest

from extractor.numbers import parse_number, parse_words, roman_to_int, scaled

# (text, value): the seed article and the list
SEED_ROWS = [
    ("64.998", 64998),
    ("12.064", 12064),
    ("11.388", 11388),
    ("13.000", 13000),
    ("94", 94),
    ("1,5", 1.5),
]
# real-article shapes (corpus README): mixed decimal marks
CORPUS_ROWS = [
    ("71.97", 71.97),
    ("28,34", 28.34),
    ("1.234.567", 1234567),
    ("1.234,5", 1234.5),
    ("0,70", 0.7),
    ("5.8", 5.8),
    ("1,234,567", 1234567),
]


@pytest.mark.parametrize("text,value", SEED_ROWS + CORPUS_ROWS)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1..2", "1,2,3.4.5"])
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(
    "num,scale,value",
    [("1,2", "triệu", 1_200_000), ("12", "nghìn", 12_000), ("12", "ngàn", 12_000), ("3,5", "tỷ", 3_500_000_000), ("7", None, 7)],
)
def test_scaled(num: str, scale: str | None, value: int) -> None:
    assert scaled(parse_number(num), scale) == value


@pytest.mark.parametrize(
    "text,value",
    [("hai", 2), ("bảy", 7), ("mười", 10), ("mười lăm", 15), ("hai mươi lăm", 25), ("hai mươi mốt", 21),
     ("một trăm linh năm", 105), ("ba trăm", 300), ("hai nghìn", 2000), ("đảng viên", None), ("", None)],
)
def test_parse_words(text: str, value: int | None) -> None:
    assert parse_words(text) == value


@pytest.mark.parametrize("text,value", [("XV", 15), ("XIV", 14), ("IX", 9), ("XII", 12), ("AB", None)])
def test_roman(text: str, value: int | None) -> None:
    assert roman_to_int(text) == value
