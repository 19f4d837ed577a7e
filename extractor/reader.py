"""bytes -> normalized text.

Takes raw bytes (or a path) and returns a :class:`RawArticle`: the decoded text in
NFC with whitespace normalized, the encoding found, and the input format.
Errors: :mod:`extractor.errors` input errors, each with a one-line message.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

from .errors import (
    DecodeError,
    EmptyInputError,
    InputError,
    MissingFileError,
    NotTextError,
    TooLargeError,
)

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

_BINARY_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
)

_ZERO_WIDTH = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = regex.compile(r"[^\S\n]+")  # any whitespace but newline (NBSP, tabs, thin spaces)
_EDGE_SPACES = regex.compile(r" *\n *")
_MANY_BLANKS = regex.compile(r"\n{3,}")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class RawArticle:
    """Decoded, normalized text of one input with what was learned reading it."""

    text: str
    encoding: str
    format: str  # "text" | "html"
    sha256: str
    path: str | None = None
    url: str | None = None
    published: str | None = None
    record: str | None = None


def normalize_text(text: str) -> str:
    """NFC, no zero-width characters, single spaces, ``\\n`` line ends, trimmed lines.

    >>> normalize_text("Ha\\u0300 Nô\\u0323i\\r\\n\\u00a0 94\\u00a0%  ")
    'Hà Nội\\n94 %'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = _EDGE_SPACES.sub("\n", text)
    text = _MANY_BLANKS.sub("\n\n", text)
    return text.strip()


def sniff_binary(data: bytes) -> str | None:
    """Describe ``data`` if it is clearly not a text article (magic bytes, NULs)."""
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            return what
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    if b"\x00" in head:
        return "binary data"
    return None


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode bytes to text; return (text, encoding name found)."""
    if encoding:
        try:
            return data.decode(encoding), encoding.lower()
        except (LookupError, UnicodeDecodeError) as exc:
            raise DecodeError(f"cannot decode as {encoding}: {exc}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(f"bad UTF-16: {exc.reason}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_8bit(data)


def _decode_8bit(data: bytes) -> tuple[str, str]:
    from . import legacy  # legacy Vietnamese encodings, loaded only when needed

    found = legacy.detect(data)
    if found is not None:
        return legacy.decode(data, found), found
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError:
        raise DecodeError("not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI text") from None


def looks_like_html(text: str, path: str | None = None) -> bool:
    if path and path.lower().endswith((".html", ".htm", ".xhtml")):
        return True
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        "<body" in head or "<head" in head or "<div" in head or "<p>" in head
    )


def read_bytes(
    data: bytes,
    *,
    path: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RawArticle:
    """Decode and normalize one article given as bytes."""
    if len(data) > max_bytes:
        raise TooLargeError(f"input is {len(data)} bytes, over the limit of {max_bytes}")
    if not data.strip():
        raise EmptyInputError("empty input: no article text")
    what = sniff_binary(data)
    if what is not None:
        raise NotTextError(f"not a text article ({what})")
    text, found = decode(data, encoding)
    digest = hashlib.sha256(data).hexdigest()
    fmt = "text"
    url = published = None
    if looks_like_html(text, path):
        from . import html  # trafilatura is imported only for HTML input

        page = html.to_text(text)
        text, fmt, url, published = page.text, "html", page.url, page.published
    text = normalize_text(text)
    if not text:
        raise EmptyInputError("empty input: no article text")
    if _looks_garbled(text):
        raise NotTextError("not a text article (mostly unprintable characters)")
    return RawArticle(
        text=text, encoding=found, format=fmt, sha256=digest, path=path, url=url, published=published
    )


def _looks_garbled(text: str) -> bool:
    sample = text[:4000]
    bad = sum(1 for c in sample if c == "\ufffd" or unicodedata.category(c) in ("Co", "Cs", "Cn"))
    return bad > max(8, len(sample) // 10)


def read_path(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> RawArticle:
    """Read one article file; input errors name the file."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise InputError(f"{p}: is a folder, not an article file")
        if size > max_bytes:
            raise TooLargeError(f"{p}: {size} bytes, over the limit of {max_bytes} (--max-bytes)")
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise MissingFileError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a folder, not an article file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    try:
        return read_bytes(data, path=str(path), encoding=encoding, max_bytes=max_bytes)
    except InputError as exc:
        if exc.message.startswith(str(p)):
            raise
        raise type(exc)(f"{p}: {exc.message}") from None
