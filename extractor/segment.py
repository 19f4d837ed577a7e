"""Normalized text -> article body, title and sentences.

Takes the normalized text from :mod:`extractor.reader`; drops boilerplate lines
(``patterns/boilerplate.yaml``), finds the title (the first line when it has no
sentence end) and splits each line into sentences with underthesea.
Returns a :class:`Segmented` whose sentence spans index into its ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from . import patterns

_SENTENCE_END = (".", "!", "?", "…", ":", ";")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    caption: bool = False  # a photo caption or credit: never a source of figures
    too_long: bool = False  # a run-on over MAX_SENTENCE_CHARS (a table dump, hostile input): not matched


@dataclass(frozen=True)
class Segmented:
    text: str
    title: str | None
    sentences: list[Sentence]


#: A sentence longer than this is not prose (a table dump, a run-on list, hostile input):
#: it keeps its span but is never matched, so matching cost per sentence is bounded.
#: The longest sentence of the development corpus has about 1 000 characters.
MAX_SENTENCE_CHARS = 3000

_MAX_CHROME_CHARS = 300  # longer lines are never chrome ("Xem thêm: <a headline>" is shorter)
_COUNT = regex.compile(r"\s*\(\d{1,6}\)$")  # "Bình luận (12)": a counter after chrome
_MANY_BLANKS = regex.compile(r"\n{3,}")


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    table = patterns.load().table("boilerplate")
    lines = frozenset(_key(s) for s in table.get("lines", []))
    prefixes = tuple(str(p).strip().casefold() for p in table.get("prefixes", []))
    link_lists = frozenset(_key(s) for s in table.get("link_lists", []))
    return lines, prefixes, link_lists


def _key(line: str) -> str:
    line = _COUNT.sub("", line.strip())
    return line.rstrip(":").strip().casefold()


def is_boilerplate(line: str) -> bool:
    """Is this whole line site chrome (``patterns/boilerplate.yaml``)?

    >>> [is_boilerplate(s) for s in ("Bình luận (12)", "Xem thêm: Giá vàng tăng 7%", "Bình luận viên")]
    [True, True, False]
    """
    if len(line) > _MAX_CHROME_CHARS:
        return False
    lines, prefixes, _ = _boilerplate()
    folded = line.strip().casefold()
    return _key(line) in lines or folded.startswith(prefixes)


def _reads_as_headline(line: str) -> bool:
    """A short line that does not end like a sentence: a link to another article."""
    end = line.strip().rstrip("\"”’»)]")
    return 0 < len(line) <= _MAX_CHROME_CHARS and not end.endswith((".", "!", "?", "…"))


def drop_boilerplate(text: str) -> str:
    """Remove lines that are site chrome ("Phản hồi", "Xem nhiều nhất", ...), and the
    headlines listed under a heading of links ("Các tin khác").

    >>> drop_boilerplate("Bài.\\n\\nPhản hồi\\n\\nCác tin khác")
    'Bài.'
    >>> drop_boilerplate("Một.\\n\\nChia sẻ\\n\\nHai.")
    'Một.\\n\\nHai.'
    >>> drop_boilerplate("Một.\\nTin liên quan\\nHà Nam đạt 9%\\n\\nHuế đón 1 triệu khách\\nHai.")
    'Một.\\nHai.'
    """
    _, _, link_lists = _boilerplate()
    kept = []
    links = False  # inside a list of links to other articles
    for line in text.split("\n"):
        if is_boilerplate(line):
            links = links or (_key(line) in link_lists)
            continue
        if links and (not line.strip() or _reads_as_headline(line)):
            continue
        links = False
        kept.append(line)
    joined: str = _MANY_BLANKS.sub("\n\n", "\n".join(kept))
    return joined.strip()


def _split_sentences(line: str) -> list[str]:
    from .underthesea_parts import sent_tokenize

    return [s for s in sent_tokenize()(line) if s.strip()]


@lru_cache(maxsize=1)
def _caption_res() -> list[patterns.Regex]:
    pset = patterns.load()
    return [rx for rx in pset.regexes.values() if rx.label == "CAPTION"]


def split_captions(start: int, text: str) -> list[tuple[int, str, bool]]:
    """Pieces (offset, text, is_caption) of a sentence, captions cut out.

    >>> [(t, c) for _, t, c in split_captions(0, "Ảnh: Hoàng Nguyên/TTXVN Tính chung 5 tháng, chỉ số tăng 5,7%.")]
    [('Ảnh: Hoàng Nguyên/TTXVN', True), ('Tính chung 5 tháng, chỉ số tăng 5,7%.', False)]
    """
    cuts: list[tuple[int, int]] = []
    for rx in _caption_res():
        for m in rx.finditer(text):
            if m.end() > m.start() and not any(a < m.end() and m.start() < b for a, b in cuts):
                cuts.append((m.start(), m.end()))
    if not cuts:
        return [(start, text, False)]
    pieces: list[tuple[int, str, bool]] = []
    pos = 0
    for a, b in sorted(cuts):
        for lo, hi, cap in ((pos, a, False), (a, b, True)):
            raw = text[lo:hi]
            stripped = raw.strip()
            if stripped:
                pieces.append((start + lo + raw.index(stripped), stripped, cap))
        pos = b
    rest = text[pos:]
    if rest.strip():
        pieces.append((start + pos + rest.index(rest.strip()), rest.strip(), False))
    return pieces


@lru_cache(maxsize=1)
def _segment_table() -> tuple[frozenset[str], patterns.Regex]:
    pset = patterns.load()
    abbrevs = frozenset(pset.table("segment").get("abbreviations", []))
    return abbrevs, pset.entry("caption_line_tail")


def _join_abbreviations(pieces: list[str], line: str = "") -> list[str]:
    """Undo splits after abbreviations ("TP." + "HCM đạt ...") and inside a word written
    with a dot ("Saigon Co." + "op tăng ...": "Co.op", a lower-case letter right after the
    dot in ``line``).

    >>> _join_abbreviations(["Tiếp đến là Co.", "op Food (17,8%)."], "Tiếp đến là Co.op Food (17,8%).")
    ['Tiếp đến là Co.op Food (17,8%).']
    """
    abbrevs, _ = _segment_table()
    groups: list[list[str]] = []  # joined once at the end: linear however many joins
    for piece in pieces:
        last = groups[-1][-1] if groups else ""
        dotted = last[-2:-1].isalpha() and last.endswith(".") and piece[:1].islower() and f"{last}{piece[:12]}" in line
        if groups and (dotted or last.rsplit(" ", 1)[-1] in abbrevs):
            groups[-1].extend(("" if dotted else " ", piece))
        else:
            groups.append([piece])
    return ["".join(group) for group in groups]


def _line_sentences(line: str, start_of_line: int, first_index: int) -> list[Sentence]:
    """The sentences of one line, captions marked."""
    _, caption_line = _segment_table()
    if caption_line.search(line):
        stripped = line.strip()
        s = start_of_line + line.index(stripped)
        return [Sentence(first_index, s, s + len(stripped), stripped, True)]
    out: list[Sentence] = []
    cursor = 0
    for piece in _join_abbreviations([p.strip() for p in _split_sentences(line)], line):
        found = line.find(piece, cursor)
        if found < 0:  # the splitter changed the text: keep the rest of the line whole
            rest = line[cursor:].strip()
            if rest:
                s = start_of_line + line.index(rest, cursor)
                out.append(Sentence(first_index + len(out), s, s + len(rest), rest))
            break
        parts = split_captions(start_of_line + found, piece)
        if parts[0][2] and out and not out[-1].caption:
            # a credit opening a sentence closes a caption: the sentence before it
            prev = out[-1]
            out[-1] = Sentence(prev.index, prev.start, prev.end, prev.text, True)
        for s, part, cap in parts:
            out.append(Sentence(first_index + len(out), s, s + len(part), part, cap))
        cursor = found + len(piece)
    return out


def segment(text: str) -> Segmented:
    """Title and sentences of an article body (boilerplate dropped first)."""
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
        sentences.extend(_line_sentences(line, start_of_line, len(sentences)))
    sentences = [
        Sentence(s.index, s.start, s.end, s.text, s.caption, True) if len(s.text) > MAX_SENTENCE_CHARS else s
        for s in sentences
    ]
    return Segmented(text=text, title=title, sentences=sentences)
