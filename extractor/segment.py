"""Normalized text -> article body, title and sentences.

Takes the normalized text from :mod:`extractor.reader`; drops boilerplate lines
(``patterns/boilerplate.yaml``), finds the title (the first line when it has no
sentence end) and splits each line into sentences with underthesea.
Returns a :class:`Segmented` whose sentence spans index into its ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import patterns

_SENTENCE_END = (".", "!", "?", "…", ":", ";")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Segmented:
    text: str
    title: str | None
    sentences: list[Sentence]


@lru_cache(maxsize=1)
def _boilerplate() -> frozenset[str]:
    lines = patterns.load().table("boilerplate").get("lines", [])
    return frozenset(_key(s) for s in lines)


def _key(line: str) -> str:
    return line.strip().rstrip(":").strip().casefold()


def drop_boilerplate(text: str) -> str:
    """Remove lines that are site chrome ("Phản hồi", "Xem nhiều nhất", ...).

    >>> drop_boilerplate("Bài.\\n\\nPhản hồi\\n\\nCác tin khác")
    'Bài.'
    """
    chrome = _boilerplate()
    kept = [line for line in text.split("\n") if _key(line) not in chrome]
    return "\n".join(kept).strip()


def _split_sentences(line: str) -> list[str]:
    from underthesea import sent_tokenize  # heavy: imported on first use

    return [s for s in sent_tokenize(line) if s.strip()]


def segment(text: str) -> Segmented:
    """Title and sentences of an article body (boilerplate already dropped or not)."""
    text = drop_boilerplate(text)
    sentences: list[Sentence] = []
    title: str | None = None
    offset = 0
    for lineno, line in enumerate(text.split("\n")):
        start_of_line = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        if lineno == 0 and not line.rstrip().endswith(_SENTENCE_END):
            title = line.strip()
            sentences.append(Sentence(0, start_of_line, start_of_line + len(line), line))
            continue
        cursor = 0
        for piece in _split_sentences(line):
            piece = piece.strip()
            found = line.find(piece, cursor)
            if found < 0:  # the splitter changed the text: keep the rest of the line whole
                rest = line[cursor:].strip()
                if rest:
                    s = start_of_line + line.index(rest, cursor)
                    sentences.append(Sentence(len(sentences), s, s + len(rest), rest))
                break
            s = start_of_line + found
            sentences.append(Sentence(len(sentences), s, s + len(piece), piece))
            cursor = found + len(piece)
    return Segmented(text=text, title=title, sentences=sentences)
