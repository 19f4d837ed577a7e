"""bytes -> normalized text.

Takes raw bytes (or a path) and returns a :class:`RawArticle`: the decoded text in
NFC with whitespace normalized, the encoding found, and the input format.
Errors: :mod:`extractor.errors` input errors, each with a one-line message.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import regex

from .errors import (
    DecodeError,
    EmptyInputError,
    ExtractorError,
    InputError,
    InternalError,
    NotTextError,
    TooLargeError,
    from_os_error,
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
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"\x28\xb5\x2f\xfd", "a zstd file"),
    (b"OggS", "an Ogg media file"),
    (b"\x1a\x45\xdf\xa3", "a Matroska/WebM video"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
)
_UNICODE_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# C0 control bytes text files do not hold (tab, line ends, form feed, ^Z and ESC allowed).
_BINARY_CONTROLS = bytes([*range(0x01, 0x09), *range(0x0E, 0x1A), *range(0x1C, 0x20), 0x7F])
_GUESS_SAMPLE = 64 * 1024  # bytes charset-normalizer looks at
_WARC_SUFFIXES = (".warc", ".warc.gz")

_ZERO_WIDTH = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = regex.compile(r"[^\S\n]+")  # any whitespace but newline (NBSP, tabs, thin spaces)
_OTHER_SPACE = regex.compile(r"[^\S\n ]")  # whitespace _SPACES rewrites even alone
_EDGE_SPACES = regex.compile(r" *\n *")
_MANY_BLANKS = regex.compile(r"\n{3,}")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")  # only a str from Python can hold them


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
    text = _SURROGATE.sub("\ufffd", text)
    # zero-width characters go before NFC: one between a letter and its tone mark
    # would otherwise keep them apart
    text = _ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub(" ", text)
    # most texts have no space to rewrite: the cheap tests first
    if "  " in text or _OTHER_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _EDGE_SPACES.sub("\n", text)
    text = _MANY_BLANKS.sub("\n\n", text)
    return text.strip()


def sniff_binary(data: bytes, *, magic_only: bool = False) -> str | None:
    """Describe ``data`` if it is clearly not a text article, else None.

    Looks at magic bytes (images, PDF, archives, executables), then, unless
    ``magic_only``, at NUL bytes (unless the bytes read as UTF-16/UTF-32) and at C0
    control bytes, which text never has in numbers.

    >>> sniff_binary(b"%PDF-1.4 ..."), sniff_binary("Hà Nội".encode("utf-16-le") * 4)
    ('a PDF document', None)
    """
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            return what
    if data[4:12] in (b"ftypisom", b"ftypmp42", b"ftypheic", b"ftypavif", b"ftypM4A "):
        return "an MP4/HEIF media file"
    if magic_only:
        return None
    head = data[:4096]
    if head.startswith(_UNICODE_BOMS):
        return None
    if b"\x00" in head:
        return None if _wide_unicode(head) else "binary data"
    controls = sum(head.count(bytes([b])) for b in _BINARY_CONTROLS)
    if controls >= 4 and controls * 50 > len(head):
        return "binary data"
    return None


def _wide_unicode(data: bytes) -> str | None:
    """The codec of BOM-less UTF-16/UTF-32 text (NULs in a regular pattern), or None.

    Vietnamese text is mostly ASCII letters and spaces, whose high bytes are NUL.
    """
    n = len(data) - len(data) % 4
    if n < 16:
        return None
    nul = [sum(1 for i in range(k, n, 4) if data[i] == 0) / (n // 4) for k in range(4)]
    if nul[2] > 0.98 and nul[3] > 0.98 and nul[0] < 0.1:
        return "utf-32-le"
    if nul[0] > 0.98 and nul[1] > 0.98 and nul[3] < 0.1:
        return "utf-32-be"
    even, odd = (nul[0] + nul[2]) / 2, (nul[1] + nul[3]) / 2
    if odd > 0.25 and even < 0.02:
        return "utf-16-le"
    if even > 0.25 and odd < 0.02:
        return "utf-16-be"
    return None


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode bytes to text; return (text, name of the encoding found).

    With ``encoding`` (any Python codec name, or ``tcvn3``/``vni`` and their aliases)
    the bytes are decoded strictly as that; a byte it cannot decode is a
    :class:`DecodeError`. Without, the encoding is detected:

    1. a byte order mark: ``utf-8-sig``, ``utf-32``, ``utf-16``;
    2. UTF-16/UTF-32 without a BOM (NUL bytes in a regular pattern);
    3. valid UTF-8 (ASCII included): ``utf-8``;
    4. UTF-8 with a few bad bytes (a stray Windows quote): ``utf-8``, bad bytes as U+FFFD;
    5. TCVN3 or VNI, when their reading scores as Vietnamese syllables (:mod:`.legacy`);
    6. Windows-1258, when its reading scores as Vietnamese;
    7. what charset-normalizer finds, if it reads as another script (Cyrillic, CJK ...);
    8. Windows-1258 if it decodes at all; else :class:`DecodeError`.
    """
    if encoding:
        return _decode_as(data, encoding)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError as exc:
                raise DecodeError(f"bad {codec.upper()}: {exc.reason} at byte {exc.start}") from None
    wide = _wide_unicode(data[:4096]) if b"\x00" in data[:4096] else None
    if wide is not None:
        try:
            return data.decode(wide), wide
        except UnicodeDecodeError as exc:
            raise DecodeError(f"bad {wide.upper()}: {exc.reason} at byte {exc.start}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lossy = data.decode("utf-8", errors="replace")
    bad = lossy.count("\ufffd")
    good = len(lossy) - len(lossy.encode("ascii", "ignore")) - bad  # non-ASCII read well
    if good >= 16 and bad * 20 <= good:
        return lossy, "utf-8"
    return _decode_8bit(data)


def _decode_as(data: bytes, encoding: str) -> tuple[str, str]:
    """Decode with the encoding the user named (``--encoding``)."""
    from . import legacy

    name = legacy.lookup(encoding)
    if name is not None:
        return legacy.decode(data, name), name
    try:
        codec = codecs.lookup(encoding).name
        return data.decode(codec), codec
    except LookupError:
        raise DecodeError(
            f"unknown encoding {encoding!r} (give a Python codec name such as utf-8 or cp1258, or tcvn3, vni)"
        ) from None
    except UnicodeDecodeError as exc:
        byte = data[exc.start : exc.start + 1].hex()
        raise DecodeError(
            f"cannot decode as {encoding}: byte 0x{byte} at position {exc.start} ({exc.reason}); "
            "leave out --encoding to detect it"
        ) from None


def _decode_8bit(data: bytes) -> tuple[str, str]:
    from . import legacy  # legacy Vietnamese encodings, loaded only when needed

    found = legacy.detect(data)
    if found is not None:
        return legacy.decode(data, found), found
    if legacy.scores(data).get("cp1258", 0.0) >= legacy.detector().min_score:
        try:
            return data.decode("cp1258"), "cp1258"
        except UnicodeDecodeError:
            pass
    guessed = _charset_normalizer(data)
    if guessed is not None and not _mostly_latin(guessed[0]):
        return guessed  # another script (Cyrillic, Greek, CJK ...): not a Vietnamese reading
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError:
        raise DecodeError("not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI text") from None


def _mostly_latin(text: str) -> bool:
    """Are most non-ASCII letters of ``text`` Latin ones (as in any Windows-125x reading)?"""
    letters = [c for c in text[:20000] if c > "\x7f" and c.isalpha()]
    latin = sum(1 for c in letters if unicodedata.name(c, "").startswith("LATIN"))
    return latin * 2 >= len(letters)


def _charset_normalizer(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best reading of a sample, applied to all of ``data``."""
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data[:_GUESS_SAMPLE]).best()
        if best is None:
            return None
        codec = codecs.lookup(best.encoding).name
        return data.decode(codec, errors="replace"), codec
    except (LookupError, ValueError):
        return None


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
    """Decode and normalize one article given as bytes.

    Raises only :class:`~extractor.errors.ExtractorError`: input errors for what cannot
    be read, :class:`~extractor.errors.InternalError` (one line) for a bug.
    """
    try:
        return _read_bytes(data, path=path, encoding=encoding, max_bytes=max_bytes)
    except ExtractorError:
        raise
    except RecursionError:
        raise NotTextError("not a text article (nested too deeply to read)") from None
    except Exception as exc:  # noqa: BLE001 - a bug must reach the user as one line
        raise InternalError(f"internal error reading the input: {type(exc).__name__}: {exc}") from exc


def _read_bytes(data: bytes, *, path: str | None, encoding: str | None, max_bytes: int) -> RawArticle:
    if len(data) > max_bytes:
        raise TooLargeError(f"input is {len(data)} bytes, over the limit of {max_bytes}")
    if not data.strip():
        raise EmptyInputError("empty input: no article text")
    what = sniff_binary(data, magic_only=encoding is not None)
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
        where = " in the HTML page" if fmt == "html" else ""
        raise EmptyInputError(f"empty input: no article text{where}")
    if _looks_garbled(text):
        raise NotTextError("not a text article (mostly unprintable characters)")
    return RawArticle(
        text=text, encoding=found, format=fmt, sha256=digest, path=path, url=url, published=published
    )


_GARBLED = regex.compile(r"[\ufffd\p{Co}\p{Cs}\p{Cn}]")  # replacement, private use, surrogates, unassigned


def _looks_garbled(text: str) -> bool:
    sample = text[:4000]
    bad = len(_GARBLED.findall(sample))
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
        if p.name.lower().endswith(_WARC_SUFFIXES):
            raise InputError(
                f"{p}: a web archive holds many pages: read it with extractor.warc.iter_records() "
                f"or `extract {p} -o out.jsonl`"
            )
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise from_os_error(p, exc) from None
    try:
        return read_bytes(data, path=str(path), encoding=encoding, max_bytes=max_bytes)
    except (InputError, InternalError) as exc:
        if exc.message.startswith(str(p)):
            raise
        raise type(exc)(f"{p}: {exc.message}") from None
