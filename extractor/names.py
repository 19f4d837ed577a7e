"""The grammar of organization names over a word ``Doc``.

Takes a sentence ``Doc`` from :mod:`extractor.match`; answers which tokens can
start a name, how far a name runs, and the head a list item inherits. The word
lists are ``patterns/names.yaml``; the heads are EntityRuler labels ``ORG_OF``
(bodies *of* something: "Đảng bộ", "Chi bộ") and ``ORG_HEAD``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from . import patterns

HEADS = ("ORG_OF", "ORG_HEAD")


@dataclass(frozen=True)
class Lexicon:
    admin_types: frozenset[str]
    not_name_start: frozenset[str]
    not_names: frozenset[str]
    name_connectors: frozenset[str]
    item_connectors: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    t = patterns.load().table("names")

    def fold(key: str) -> frozenset[str]:
        return frozenset(str(w).casefold() for w in t.get(key, []))

    return Lexicon(
        admin_types=fold("admin_types"),
        not_name_start=fold("not_name_start"),
        not_names=fold("not_names"),
        name_connectors=fold("name_connectors"),
        item_connectors=fold("item_connectors"),
    )


def key(tok: Any) -> str:
    return str(tok.norm_).casefold()


def is_head(tok: Any) -> bool:
    return tok.ent_type_ in HEADS


def is_admin_type(tok: Any) -> bool:
    return key(tok) in lexicon().admin_types


def is_proper(tok: Any) -> bool:
    """Every syllable capitalized ("Cầu Giấy", "TP.HCM", "UBND"), not a stop word."""
    text = tok.text
    if not text or not text[0].isupper():
        return False
    if key(tok) in lexicon().not_names:
        return False
    return all(s[0].isupper() or s[0].isdigit() for s in text.split())


def _is_small_number(tok: Any) -> bool:
    return bool(tok.text.isdigit() and len(tok.text) <= 3 and tok.ent_type_ != "PERCENT")


def is_capitalized(tok: Any) -> bool:
    """First syllable capitalized ("Tư pháp", "Y tế"), not a stop word."""
    text = tok.text
    return bool(text) and text[0].isupper() and key(tok) not in lexicon().not_names


def is_name_part(doc: Any, i: int) -> bool:
    """Can token ``i`` continue a name that the token before it is part of?"""
    tok = doc[i]
    if is_head(tok) or is_capitalized(tok) or is_admin_type(tok):
        return True
    prev = doc[i - 1] if i > 0 else None
    if _is_small_number(tok) and prev is not None and (is_proper(prev) or is_admin_type(prev)):
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is None or nxt.ent_type_ not in ("UNIT", "SCALE")
    return False


def is_name_start(doc: Any, i: int) -> bool:
    tok = doc[i]
    if key(tok) in lexicon().not_name_start or key(tok) in lexicon().not_names:
        return False
    if is_head(tok):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if is_admin_type(tok):
        return nxt is not None and (is_proper(nxt) or _is_small_number(nxt))
    return is_proper(tok)


def name_end(doc: Any, i: int, limit: int | None = None) -> int:
    """The end (exclusive token index) of the name starting at ``i``."""
    stop = len(doc) if limit is None else limit
    j = i + 1
    lex = lexicon()
    while j < stop:
        if is_name_part(doc, j):
            j += 1
            continue
        if key(doc[j]) in lex.name_connectors and j + 1 < stop and is_proper(doc[j + 1]):
            j += 2
            continue
        break
    return j


def name_before(doc: Any, k: int, floor: int) -> tuple[int, int] | None:
    """The nearest name ending at or before token ``k``, not starting before ``floor``."""
    j = k - 1
    while j >= floor:
        tok = doc[j]
        if is_head(tok) or is_proper(tok) or (is_admin_type(tok) and is_name_start(doc, j)):
            start = j
            while start - 1 >= floor and (
                is_head(doc[start - 1])
                or (is_proper(doc[start - 1]) and key(doc[start - 1]) not in lexicon().not_name_start)
                or is_admin_type(doc[start - 1])
            ):
                start -= 1
            while start <= j and not is_name_start(doc, start):
                start += 1
            if start <= j:
                return start, name_end(doc, start, limit=k)
        j -= 1
    return None


def first_name_start(doc: Any, lo: int, hi: int) -> int | None:
    """The first token in ``[lo, hi)`` that can start a name.

    Inside a delimited list item a capitalized first syllable is enough ("Tư pháp"),
    except for the sentence's first word, which is capitalized anyway.
    """
    lex = lexicon()
    i = lo
    while i < hi and key(doc[i]) in lex.item_connectors:
        i += 1
    for j in range(i, hi):
        if is_name_start(doc, j):
            return j
        if j > 0 and is_capitalized(doc[j]) and key(doc[j]) not in lex.not_name_start:
            return j
    return None


def leading_heads(doc: Any, start: int, end: int) -> tuple[str, str]:
    """The heads of a list's first item: (of-heads like "Đảng bộ", the type head after them)."""
    i = start
    of_parts: list[str] = []
    while i < end and doc[i].ent_type_ == "ORG_OF":
        of_parts.append(doc[i].text)
        i += 1
    typ = ""
    if i < end and (doc[i].ent_type_ == "ORG_HEAD" or is_admin_type(doc[i])):
        typ = doc[i].text
    return " ".join(of_parts), typ


def inherit(doc: Any, first: tuple[int, int], item: tuple[int, int]) -> str:
    """The full name of a later list item, with the head the first item's elides.

    "Đảng bộ quận A (168%), quận B (119%)" -> "Đảng bộ quận B";
    "Bộ Tài chính (89%), GTVT (88%)" -> "Bộ GTVT".
    """
    mention = str(doc[item[0] : item[1]].text)
    of_head, type_head = leading_heads(doc, *first)
    start_tok = doc[item[0]]
    if of_head:
        if start_tok.ent_type_ == "ORG_OF":
            return mention
        return f"{of_head} {mention}"
    if type_head and not (is_head(start_tok) or is_admin_type(start_tok)):
        return f"{type_head} {mention}"
    return mention


_REST = r"(?P<rest>(?:[ ](?:\p{Lu}[\p{L}\p{M}.\-]*|\d{1,3}))+)"


def expand_generic(mention: str, doc: Any, span: tuple[int, int], *sources: str | None) -> str:
    """A generic mention ("Đảng bộ thành phố") completed from the title or text
    ("Đảng bộ thành phố Hà Nội"), when the article names it in full."""
    if any(is_proper(doc[i]) for i in range(*span)):
        return mention
    rx = regex.compile("(?i:" + regex.escape(mention, literal_spaces=True) + ")" + _REST)
    for source in sources:
        if not source:
            continue
        m = rx.search(source, timeout=patterns.REGEX_TIMEOUT)
        if m:
            return mention + str(m.group("rest"))
    return mention
