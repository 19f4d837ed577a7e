"""Vietnamese numerals -> values.

Takes strings as written in Vietnamese news; returns numbers. The language
knowledge (scale words, qualifiers, number words) lives in ``patterns/numbers.yaml``.

>>> parse_number("64.998")
64998
>>> parse_number("1,5")
1.5
>>> parse_number("71.97")
71.97
>>> scaled(parse_number("1,2"), "triệu")
1200000
>>> parse_words("hai mươi lăm")
25
>>> roman_to_int("XV")
15
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from . import patterns

Number = int | float

_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")


def _tidy(value: float) -> Number:
    return int(value) if float(value).is_integer() else round(value, 6)


def parse_number(text: str) -> Number:
    """Parse a numeral written the Vietnamese way (with tolerance for the English way).

    ``.`` groups thousands when every group after it has three digits; otherwise a
    single ``.`` is a decimal point. ``,`` is the decimal mark, unless it groups
    thousands more than once (``1,234,567``).
    """
    s = text.strip().replace(" ", "")
    if not s:
        raise ValueError("empty number")
    if _GROUPED.fullmatch(s):
        return _tidy(float(s.replace(".", "").replace(",", ".")))
    if _COMMA_GROUPED.fullmatch(s):
        return _tidy(float(s.replace(",", "")))
    if s.count(",") == 1 and "." not in s:
        return _tidy(float(s.replace(",", ".")))
    if s.count(".") == 1 and "," not in s:
        return _tidy(float(s))
    if s.isdigit():
        return int(s)
    raise ValueError(f"not a number: {text!r}")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    return patterns.load().table("numbers")


def scale_of(word: str) -> int | None:
    """The multiplier of a scale word (``triệu`` -> 1e6), or None."""
    value = _table().get("scales", {}).get(word.lower())
    return int(value) if value is not None else None


def scaled(value: Number, word: str | None) -> Number:
    factor = scale_of(word) if word else None
    return _tidy(value * factor) if factor else value


def qualifier_words() -> dict[str, str]:
    """Map each qualifier phrase to its class (approx/over/under), longest first."""
    table = _table().get("qualifiers", {})
    pairs = [(w, cls) for cls, words in table.items() for w in words]
    return dict(sorted(pairs, key=lambda p: -len(p[0])))


def word_values() -> dict[str, int]:
    return {k: int(v) for k, v in _table()["words"]["units"].items()}


def number_words() -> list[str]:
    """Every word that can be part of a number written in words."""
    w = _table()["words"]
    return [*w["units"], *w["tens"], *w["hundreds"], *w["zero_fillers"]]


@lru_cache(maxsize=1)
def ambiguous_words() -> frozenset[str]:
    """Number words that are mostly another word ("năm" year, "tư" private, "không" not),
    case-folded."""
    return frozenset(str(w).casefold() for w in _table()["words"].get("ambiguous", []))


def parse_words(text: str) -> int | None:
    """Parse a number written in words (``hai mươi lăm`` -> 25); None when it is not one."""
    words = _table()["words"]
    units = word_values()
    tens = set(words["tens"])
    hundreds = set(words["hundreds"])
    fillers = set(words["zero_fillers"])
    total = 0
    current = 0
    seen = False
    for w in text.lower().split():
        if w in units:
            current += units[w]
        elif w in tens:
            current = (current or 1) * 10
        elif w in hundreds:
            total += (current or 1) * 100
            current = 0
        elif w in fillers:
            continue
        elif scale_of(w):
            total = (total + current) * (scale_of(w) or 1)
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def roman_to_int(text: str) -> int | None:
    """Roman numeral for terms (``XV`` -> 15); None when it is not one."""
    values = {k: int(v) for k, v in _table()["roman"].items()}
    s = text.upper()
    if not s or any(c not in values for c in s):
        return None
    total = 0
    for i, c in enumerate(s):
        v = values[c]
        total += -v if i + 1 < len(s) and values[s[i + 1]] > v else v
    return total
