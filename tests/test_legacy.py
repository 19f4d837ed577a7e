"""Legacy Vietnamese encodings (TCVN3, VNI-Windows): tables, round trips, detection."""

from __future__ import annotations

import shutil
import subprocess
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor import legacy
from tests.make_fixtures import to_cp1258

SEED = Path(__file__).resolve().parents[1] / "samples" / "hanoi-party-development-2017.txt"

VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # none, huyền hỏi ngã sắc nặng
LOWER = [unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES] + ["đ"]
UPPER = [c.upper() for c in LOWER]
TCVN3_UPPER = {"Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ", "A", "E", "I", "O", "U", "Y"}
ENCODINGS = ("tcvn3", "vni")


def seed_text() -> str:
    return unicodedata.normalize("NFC", SEED.read_text(encoding="utf-8"))




# --- the tables ---------------------------------------------------------------------------

# Rows written from the encodings' definitions, independent of the YAML tables.
KNOWN = [
    ("tcvn3", "Hà Nội", b"H\xb5 N\xe9i"),
    ("tcvn3", "Đảng", b"\xa7\xb6ng"),
    ("tcvn3", "năm", b"n\xa8m"),
    ("tcvn3", "người", b"ng\xad\xeai"),
    ("tcvn3", "Việt", b"Vi\xd6t"),
    ("tcvn3", "quỹ", b"qu\xfc"),
    ("tcvn3", "Ơn Ư Ô Ê Â Ă", b"\xa5n \xa6 \xa4 \xa3 \xa2 \xa1"),
    ("vni", "Việt Nam", b"Vie\xe4t Nam"),
    ("vni", "Người", b"Ng\xf6\xf4\xf8i"),
    ("vni", "NGƯỜI", b"NG\xd6\xd4\xd8I"),
    ("vni", "Đảng", b"\xd1a\xfbng"),
    ("vni", "đấu", b"\xf1a\xe1u"),
    ("vni", "năm", b"na\xeam"),
    ("vni", "mắt", b"ma\xe9t"),
    ("vni", "Bác sĩ", b"Ba\xf9c s\xf3"),
    ("vni", "chỉ địa", b"ch\xe6 \xf1\xf2a"),
    ("vni", "Công", b"Co\xe2ng"),
    ("vni", "Mỹ, quỵ", b"My\xf5, qu\xee"),
]


@pytest.mark.parametrize(("name", "text", "raw"), KNOWN)
def test_known_words(name: str, text: str, raw: bytes) -> None:
    assert legacy.encode(text, name) == raw
    assert legacy.decode(raw, name) == text


@pytest.mark.skipif(shutil.which("iconv") is None, reason="no iconv")
def test_tcvn3_agrees_with_iconv_tcvn5712() -> None:
    """VN3 is a subset of VN1, which glibc/libiconv implement as TCVN5712-1."""
    letters = [c for c in LOWER + sorted(TCVN3_UPPER) if not c.isascii()]
    raw = b" ".join(legacy.encode(c, "tcvn3") for c in letters)
    run = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=raw, capture_output=True, check=False
    )
    if run.returncode != 0:
        pytest.skip("iconv has no TCVN5712-1")
    assert unicodedata.normalize("NFC", run.stdout.decode("utf-8")).split(" ") == letters


@pytest.mark.parametrize("name", ENCODINGS)
def test_table_sizes(name: str) -> None:
    # 12 vowels x 6 forms + đ, minus the 6 ASCII vowels = 67 letters per case
    expected = {"tcvn3": 67 + 7, "vni": 67 * 2}[name]
    table = legacy.codec(name)
    assert sum(1 for c in table.encoder if c.isalpha()) == expected


# --- round trips --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ENCODINGS)
@pytest.mark.parametrize("letter", LOWER)
def test_lower_case_round_trip(name: str, letter: str) -> None:
    assert legacy.decode(legacy.encode(letter, name), name) == letter


@pytest.mark.parametrize("letter", UPPER)
def test_upper_case_round_trip_vni(letter: str) -> None:
    assert legacy.decode(legacy.encode(letter, "vni"), "vni") == letter


@pytest.mark.parametrize("letter", UPPER)
def test_upper_case_tcvn3(letter: str) -> None:
    """VN3 has the upper-case base letters only; capitals with a tone are refused."""
    if letter in TCVN3_UPPER:
        assert legacy.decode(legacy.encode(letter, "tcvn3"), "tcvn3") == letter
    else:
        with pytest.raises(ValueError, match=f"U\\+{ord(letter):04X}"):
            legacy.encode(letter, "tcvn3")


@pytest.mark.parametrize("name", ENCODINGS)
def test_seed_round_trip(name: str) -> None:
    text = seed_text()
    raw = legacy.encode(text, name)
    assert not raw.isascii()
    assert legacy.decode(raw, name) == text


@pytest.mark.parametrize("name", ENCODINGS)
def test_decomposed_input_is_composed(name: str) -> None:
    assert legacy.encode(unicodedata.normalize("NFD", "Việt"), name) == legacy.encode("Việt", name)


@pytest.mark.parametrize("name", ENCODINGS)
@pytest.mark.parametrize("text", ["中", "ž", "é\u0302"])
def test_encode_refuses_what_it_cannot_write(name: str, text: str) -> None:
    with pytest.raises(ValueError, match=f"{name} cannot encode"):
        legacy.encode(text, name)


@pytest.mark.parametrize("name", ENCODINGS)
def test_punctuation_uses_the_fallback(name: str) -> None:
    assert legacy.encode("“1–2…”", name) == b"\x931\x962\x85\x94"


def test_unknown_encoding() -> None:
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        legacy.decode(b"x", "viscii")


@pytest.mark.parametrize("name", ENCODINGS)
@given(raw=st.binary(max_size=200))
def test_decode_never_fails(name: str, raw: bytes) -> None:
    text = legacy.decode(raw, name)
    assert unicodedata.is_normalized("NFC", text)


# --- detection ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ENCODINGS)
def test_detect_seed(name: str) -> None:
    assert legacy.detect(legacy.encode(seed_text(), name)) == name


@pytest.mark.parametrize("name", ENCODINGS)
def test_detect_one_sentence(name: str) -> None:
    line = "Toàn Đảng bộ thành phố đã kết nạp được 11.388 đảng viên, đạt 94% kế hoạch."
    assert legacy.detect(legacy.encode(line, name)) == name


def test_cp1258_helper_round_trips() -> None:
    text = seed_text()
    assert unicodedata.normalize("NFC", to_cp1258(text).decode("cp1258")) == text


def test_detect_leaves_cp1258_alone() -> None:
    raw = to_cp1258(seed_text())
    assert legacy.detect(raw) is None
    found = legacy.scores(raw)
    assert found["cp1258"] > max(found["tcvn3"], found["vni"])


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"Hanoi party membership grew by 94% in 2017.",
        "The \u201cquoted\u201d caf\u00e9 \u2013 na\u00efve r\u00e9sum\u00e9".encode("cp1252"),
        "Đảng bộ thành phố Hà Nội".encode(),
        bytes(range(256)),
    ],
    ids=["empty", "ascii", "cp1252-english", "utf8", "all-bytes"],
)
def test_detect_says_none(raw: bytes) -> None:
    assert legacy.detect(raw) is None


def test_detect_is_fast_on_20_mb() -> None:
    raw = legacy.encode(seed_text(), "vni")
    big = raw * (20 * 1024 * 1024 // len(raw))
    start = time.perf_counter()
    assert legacy.detect(big) == "vni"
    assert time.perf_counter() - start < 1.0


@given(raw=st.binary(max_size=300))
def test_detect_never_fails(raw: bytes) -> None:
    assert legacy.detect(raw) in (None, "tcvn3", "vni")
