"""Legacy (pre-Unicode) Vietnamese 8-bit encodings: TCVN3 (ABC fonts) and VNI-Windows.

Takes bytes that are not UTF-8 and returns NFC text; :func:`detect` says which legacy
encoding, if any, the bytes are in. The byte tables and the syllable rules detection
relies on are data, in ``patterns/legacy_encodings.yaml``; this module only knows how
to read a table (single bytes and two-byte sequences) and how to score a reading.

>>> decode(b"Vie\\xe4t Nam", "vni")  # "Vieät Nam" in a VNI font
'Việt Nam'
>>> encode("Hà Nội", "tcvn3")
b'H\\xb5 N\\xe9i'
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import yaml

from . import patterns
from .errors import PatternError

TABLE_FILE = "legacy_encodings.yaml"


@dataclass(frozen=True)
class Codec:
    """One legacy encoding compiled from its YAML section."""

    name: str
    title: str
    charmap: str  # 256 characters: what each byte reads as alone (fallback included)
    pairs: dict[str, str]  # a two-byte key, each byte read through charmap -> character
    pair_re: re.Pattern[str] | None  # finds the keys of ``pairs`` in charmap-read text
    encoder: dict[str, bytes]  # character -> bytes, for every character that can be written


@dataclass(frozen=True)
class Syllables:
    """The shape of a written Vietnamese syllable, for scoring a reading."""

    tones: frozenset[str]
    onsets: tuple[str, ...]  # longest first, "" last
    open: frozenset[str]
    closed: frozenset[str]
    codas: frozenset[str]


@dataclass(frozen=True)
class Detector:
    """What :func:`detect` compares and how."""

    candidates: tuple[str, ...]
    sample_bytes: int
    min_score: float
    min_margin: float
    syllables: Syllables


# --- loading the data ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = patterns.builtin_dir() / TABLE_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PatternError(f"{path}: cannot load legacy encoding tables: {exc}") from None
    if not isinstance(data, dict):
        raise PatternError(f"{path}: expected a mapping at the top level")
    return data


def names() -> tuple[str, ...]:
    """The encodings this module reads and writes (the YAML sections with a ``map``)."""
    return tuple(k for k, v in _data().items() if isinstance(v, dict) and "map" in v)


# Other names people give these encodings (compared without case, "-", "_" or spaces).
_ALIASES = {
    "tcvn": "tcvn3", "abc": "tcvn3", "vn3": "tcvn3", "tcvn5712": "tcvn3", "tcvn57123": "tcvn3",
    "vniwindows": "vni", "vniwin": "vni",
}  # fmt: skip


def lookup(name: str) -> str | None:
    """The legacy encoding called ``name`` ("TCVN3", "abc", "VNI-Windows" ...), or None.

    >>> lookup("TCVN-3"), lookup("VNI-Windows"), lookup("utf-8")
    ('tcvn3', 'vni', None)
    """
    key = re.sub(r"[\s_\-.:]+", "", name).lower()
    found = _ALIASES.get(key, key)
    return found if found in names() else None


def _key_bytes(key: object, where: str) -> bytes:
    try:
        raw = bytes(int(part, 16) for part in str(key).split())
    except ValueError:
        raise PatternError(f"{where}: key {key!r} is not hex bytes") from None
    if not 1 <= len(raw) <= 2 or raw[-1] < 0x80:
        raise PatternError(f"{where}: key {key!r} must be 1-2 bytes ending in a byte >= 0x80")
    return raw


@cache
def codec(name: str) -> Codec:
    """The compiled table of encoding ``name``; ``ValueError`` if there is none."""
    section = _data().get(name)
    if not isinstance(section, dict) or not isinstance(section.get("map"), dict):
        raise ValueError(f"unknown legacy encoding {name!r} (known: {', '.join(names())})")
    where = f"{TABLE_FILE}: {name}"
    fallback = str(section.get("fallback", "latin-1"))
    singles: dict[int, str] = {}
    pair_keys: dict[bytes, str] = {}
    encoder: dict[str, bytes] = {}
    used: set[int] = set()
    for key, value in section["map"].items():
        raw = _key_bytes(key, where)
        char = str(value)
        if len(char) != 1 or unicodedata.normalize("NFC", char) != char:
            raise PatternError(f"{where}: value for {key!r} must be one NFC character")
        if char in encoder:
            raise PatternError(f"{where}: {char!r} is mapped twice")
        encoder[char] = raw
        used.update(raw)
        if len(raw) == 1:
            singles[raw[0]] = char
        else:
            pair_keys[raw] = char
    for byte in range(0x100):
        if byte not in singles:
            singles[byte] = bytes([byte]).decode(fallback, errors="replace")[:1] or "\ufffd"
    charmap = "".join(singles[b] for b in range(0x100))
    pairs = {charmap[raw[0]] + charmap[raw[1]]: char for raw, char in pair_keys.items()}
    if len(pairs) != len(pair_keys):
        raise PatternError(f"{where}: two-byte keys collide once read through the single bytes")
    for byte in range(0x80, 0x100):
        char = singles[byte]
        # the fallback writes only non-letters whose byte no key uses, so they read back
        if byte not in used and char != "\ufffd" and unicodedata.category(char)[0] not in "LM":
            encoder.setdefault(char, bytes([byte]))
    return Codec(
        name=name,
        title=str(section.get("title", name)),
        charmap=charmap,
        pairs=pairs,
        pair_re=_pair_regex(pairs),
        encoder=encoder,
    )


def _pair_regex(pairs: dict[str, str]) -> re.Pattern[str] | None:
    """One alternation per first byte (``a[\\xe0...]|e[...]``): fast, and only real keys."""
    if not pairs:
        return None
    by_first: dict[str, list[str]] = {}
    for key in pairs:
        by_first.setdefault(key[0], []).append(key[1])
    parts = [
        re.escape(first) + "[" + "".join(re.escape(c) for c in sorted(seconds)) + "]"
        for first, seconds in sorted(by_first.items())
    ]
    return re.compile("(" + "|".join(parts) + ")")


@lru_cache(maxsize=1)
def detector() -> Detector:
    """The detection settings and syllable rules from the ``detect`` section."""
    section = _data().get("detect")
    if not isinstance(section, dict) or not isinstance(section.get("syllable"), dict):
        raise PatternError(f"{TABLE_FILE}: missing the detect/syllable section")
    syl = section["syllable"]
    onsets = sorted({str(o) for o in syl["onsets"]}, key=len, reverse=True) + [""]
    return Detector(
        candidates=tuple(str(c) for c in section["candidates"]),
        sample_bytes=int(section["sample_bytes"]),
        min_score=float(section["min_score"]),
        min_margin=float(section["min_margin"]),
        syllables=Syllables(
            tones=frozenset(str(t) for t in syl["tones"]),
            onsets=tuple(onsets),
            open=frozenset(str(r) for r in syl["open"]),
            closed=frozenset(str(r) for r in syl["closed"]),
            codas=frozenset(str(c) for c in syl["codas"]),
        ),
    )


# --- decode / encode ----------------------------------------------------------------------


def decode(data: bytes, name: str) -> str:
    """Bytes in legacy encoding ``name`` ("tcvn3" or "vni") -> NFC text.

    Never fails on bad bytes: bytes the table does not cover are read with the
    section's fallback codec (U+FFFD where that has no character).
    Raises ``ValueError`` for an unknown encoding name.
    """
    table = codec(name)
    text, _ = codecs.charmap_decode(data, "strict", table.charmap)  # each byte alone
    if table.pair_re is not None:
        pairs = table.pairs
        text = table.pair_re.sub(lambda m: pairs[m.group()], text)
    return unicodedata.normalize("NFC", text)


def encode(text: str, name: str) -> bytes:
    """Text -> bytes in legacy encoding ``name`` (the text is put in NFC first).

    Raises ``ValueError`` naming the first character the encoding cannot express
    (e.g. upper-case toned letters in TCVN3), or for an unknown encoding name.
    """
    encoder = codec(name).encoder
    out = bytearray()
    for pos, char in enumerate(unicodedata.normalize("NFC", text)):
        if char < "\x80":
            out.append(ord(char))
            continue
        raw = encoder.get(char)
        if raw is None:
            raise ValueError(f"{name} cannot encode {char!r} (U+{ord(char):04X}) at position {pos}")
        out += raw
    return bytes(out)


# --- detection ----------------------------------------------------------------------------

_TOKEN_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


def detect(data: bytes) -> str | None:
    """Which legacy encoding ``data`` is in: "tcvn3", "vni", or None.

    None for UTF-8 (including plain ASCII), for text read best as a plain codec
    candidate (Windows-1258), and when no reading looks like Vietnamese.
    Reads a sample only (head, middle, tail), so it costs the same for any size.
    """
    if data.isascii():
        return None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return None
    settings = detector()
    found = scores(data)
    best = max(found, key=lambda n: found[n])
    runner_up = max((s for n, s in found.items() if n != best), default=0.0)
    if best not in names() or found[best] < settings.min_score:
        return None
    if found[best] - runner_up < settings.min_margin:
        return None
    return best


def scores(data: bytes) -> dict[str, float]:
    """The score of every detection candidate on ``data`` (for tests and debugging)."""
    settings = detector()
    sample = _sample(data, settings.sample_bytes)
    return {name: _score(_read(sample, name), settings.syllables) for name in settings.candidates}


def _sample(data: bytes, size: int) -> bytes:
    if len(data) <= 3 * size:
        return data
    mid = len(data) // 2 - size // 2
    return b"\n".join((data[:size], data[mid : mid + size], data[-size:]))


def _read(sample: bytes, name: str) -> str:
    if name in names():
        return decode(sample, name)
    return unicodedata.normalize("NFC", sample.decode(name, errors="replace"))


def _score(text: str, rules: Syllables) -> float:
    """Share of the words with non-ASCII characters that are Vietnamese syllables."""
    marked = valid = 0
    for token in text.split():
        word = _TOKEN_EDGE.sub("", token)
        if word.isascii():
            continue
        marked += 1
        valid += _is_syllable(word.lower(), rules)
    return valid / marked if marked else 0.0


@lru_cache(maxsize=65536)
def _is_syllable(word: str, rules: Syllables) -> bool:
    """Is ``word`` (lower-case) one well-formed Vietnamese syllable?"""
    base: list[str] = []
    tone_at = -1
    for char in unicodedata.normalize("NFD", word):
        if char in rules.tones:
            if tone_at >= 0 or not base:
                return False
            tone_at = len(base) - 1
        elif unicodedata.combining(char) and base:
            base[-1] += char  # circumflex, breve, horn: part of the letter
        else:
            base.append(char)
    letters = [unicodedata.normalize("NFC", c) for c in base]
    if any(len(c) != 1 for c in letters):
        return False
    plain = "".join(letters)
    for onset in rules.onsets:
        if not plain.startswith(onset):
            continue
        rest = plain[len(onset) :]
        if rest in rules.closed:
            if tone_at < 0 or len(onset) <= tone_at < len(plain) - 1:
                return True
            continue
        for coda in ("", *rules.codas):
            rhyme = rest[: len(rest) - len(coda)] if coda else rest
            if coda and not rest.endswith(coda):
                continue
            if rhyme in rules.open and (tone_at < 0 or len(onset) <= tone_at < len(onset) + len(rhyme)):
                return True
    return False
