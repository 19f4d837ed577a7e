"""vnextract: figures from Vietnamese news articles as structured JSON.

>>> from extractor import extract
>>> doc = extract("Đảng bộ quận Cầu Giấy (119%), quận Đống Đa (118%) đạt kế hoạch.")
>>> [(o.name, o.percent) for o in doc.organizations]
[('Đảng bộ quận Cầu Giấy', 119.0), ('Đảng bộ quận Đống Đa', 118.0)]
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .errors import ExtractorError, InputError, PatternError
from .reader import DEFAULT_MAX_BYTES, RawArticle, normalize_text, read_path

if TYPE_CHECKING:
    from .models import Extraction, Organization, Source, Total

__all__ = [
    "Extraction",
    "ExtractorError",
    "InputError",
    "Organization",
    "PatternError",
    "Source",
    "Total",
    "extract",
    "extract_file",
]
__version__ = "0.1.0"

_MODELS = ("Extraction", "Organization", "Source", "Total")


def __getattr__(name: str) -> Any:
    """The output models, imported on first use: pydantic takes 0.15 s to import, which
    ``extract --help`` and the start of a batch need not wait for."""
    if name in _MODELS:
        from . import models

        return getattr(models, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _pattern_dirs(patterns: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None) -> tuple[str, ...]:
    if patterns is None:
        return ()
    if isinstance(patterns, (str, os.PathLike)):
        return (os.fspath(patterns),)
    return tuple(os.fspath(p) for p in patterns)


def extract(
    text: str,
    *,
    patterns: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
) -> Extraction:
    """Extract organization figures and totals from an article given as text.

    ``patterns`` adds user pattern folders to the built-in ones.
    Raises :class:`ExtractorError` (never anything else) on unusable input.
    """
    from .pipeline import run

    if not isinstance(text, str):
        raise InputError("extract() takes a str; use extract_file() for files and bytes")
    norm = normalize_text(text)
    if not norm:
        raise InputError("empty input: no article text")
    raw = RawArticle(
        text=norm,
        encoding="unicode",
        format="text",
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )
    return run(raw, patterns=_pattern_dirs(patterns))


def extract_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    patterns: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
) -> Extraction:
    """Extract from a file (any supported encoding, text or HTML)."""
    from .pipeline import run

    raw = read_path(path, encoding=encoding, max_bytes=max_bytes)
    return run(raw, patterns=_pattern_dirs(patterns))
