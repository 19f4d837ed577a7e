"""Lists led in by one figure: "... đạt 100% như: A; B (C, D)".

Takes a sentence ``Doc`` and the lead-in percent; gives the named items of the list
with their full names (later items inherit the first's head, "Province (unit)" items
name the unit). Used by :mod:`extractor.resolve` when a lead-in value is exact.
"""

from __future__ import annotations

from typing import Any

from . import names
from .cues import cues


def split_items(doc: Any, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges of the items of a list in ``[lo, hi)``: split at ";" outside
    parentheses when there is one, else at "," and "và" (not inside a known name)."""
    depth, marks = 0, []
    for t in doc[lo:hi]:
        depth += (t.text == "(") - (t.text == ")")
        inside = t.ent_iob_ == "I" and t.ent_type_ == "ORG"  # "Lao động - Thương binh và Xã hội": one body
        if depth == 0 and (t.text in (",", ";") or (t.norm_.casefold() in cues().conjunctions and not inside)):
            marks.append(t)
    semis = [t.i for t in marks if t.text == ";"]
    last_comma = max((t.i for t in marks if t.text == ","), default=-1)
    cuts = semis or [t.i for t in marks if t.text == "," or t.i > last_comma]  # ("A, B và C": the conjunction
    # joins the last item; one before a comma is inside an item: "Bệnh viện Mắt và Da liễu, Bệnh viện Nhi")
    bounds = [lo - 1, *cuts, hi]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]


def with_heads(doc: Any, items: list[tuple[int, int]]) -> list[tuple[tuple[int, int], str]]:
    """The name in each item range and its full name, later items inheriting the head of
    the item before them ("Trường THPT A, THPT B" -> "Trường THPT B"; "TP X, huyện Y và
    Z" -> "huyện Z"); people are skipped."""
    out: list[tuple[tuple[int, int], str]] = []
    first: tuple[int, int] | None = None
    for a, b in items:
        start = names.first_name_start(doc, a, b)
        if start is None or names.person_at(doc, start) > start:
            continue
        span = (start, names.name_end(doc, start, limit=b))
        if first is None:
            out.append((span, names.canonical(doc, span, doc[span[0] : span[1]].text)))
        else:
            out.append((span, names.canonical(doc, span, names.inherit(doc, first, span))))
        kept = first is not None and names.is_admin_type(doc[start]) and agency(doc, first)
        if not kept and (first is None or names.head_word(doc[start]) or names.is_admin_type(doc[start])):
            first = span  # the last item that writes its head ("Phòng X TP A, thị xã B, huyện C": "Phòng X")
    return out


def agency(doc: Any, span: tuple[int, int]) -> bool:
    """Does the name open with an organization's head, not a unit's type ("Phòng GD-ĐT TP
    Vinh", not "TP Vinh")?"""
    return bool(names.head_word(doc[span[0]])) and not names.is_admin_type(doc[span[0]])


def paren_groups(doc: Any, lo: int, hi: int) -> list[tuple[int, int]]:
    """Inner token ranges of the top-level parentheses in ``[lo, hi)``."""
    out, depth, start = [], 0, 0
    for t in doc[lo:hi]:
        if t.text == "(":
            depth += 1
            if depth == 1:
                start = t.i + 1
        elif t.text == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, t.i))
    return out


def lead_in_items(doc: Any, text: str, pct: Any) -> list[tuple[tuple[int, int], str]]:
    """The named units of the list a percent leads in ("... đạt 100% như: A; B (C)"),
    each with its full name. An item "Province (unit)" is the unit in parentheses,
    whose own list inherits its head ("TTGDNN - GDTX Uông Bí, Đông Triều"); an
    item glossed by a count ("Tây Ninh (01 TT GDTX)") names no unit. Nothing when
    the items carry percents of their own."""
    lead = cues().threshold.match(text[pct.end_char :])
    if lead is None:
        return []
    at = pct.end_char + lead.end()
    lo = next((t.i for t in doc[pct.end :] if t.idx >= at), len(doc))
    hi = next((t.i for t in doc[lo:] if t.text == "."), len(doc))
    semi = next((t.i for t in doc[lo:hi] if t.text == ";"), None)
    if semi is not None and any(t.text == "," for t in doc[lo:semi]):
        hi = semi  # "như A, B, C; đây là ...": a list of commas ends at the semicolon
    if any(t.ent_type_ in ("PERCENT", "PERCENT_RANGE") for t in doc[lo:hi]):
        return []
    out: list[tuple[tuple[int, int], str]] = []
    plain: list[tuple[int, int]] = []
    for a, b in split_items(doc, lo, hi):
        groups = paren_groups(doc, a, b)
        named = [g for g in groups if (s := names.first_name_start(doc, *g)) is not None and names.head_word(doc[s])]
        if named:
            for g in named:
                out.extend(with_heads(doc, split_items(doc, *g)))
        elif not groups or not any(t.ent_type_ in ("NUMBER", "NUMWORD") for g in groups for t in doc[g[0] : g[1]]):
            plain.append((a, groups[0][0] - 1 if groups else b))
    return out + with_heads(doc, plain)


def plural_lead(doc: Any, floor: int, end: int) -> list[tuple[tuple[int, int], str]]:
    """"các công ty cổ phần Dệt may Phú Thịnh, Sợi Vị Xuyên và Dệt Nam Hoa", "hai huyện
    miền núi Hướng Hóa và Đakrông": the names a plural lead lists in ``[floor, end)``,
    each with the lead's head ("Công ty cổ phần Sợi Vị Xuyên"; a type word stays out:
    "Đakrông"); [] when there is no such list of two names or more."""
    lex = names.lexicon()
    for i in range(floor, end - 2):
        if names.key(doc[i]) not in lex.plural_markers:
            continue
        head, j = _lead_head(doc, i + 1, end)
        if not head:
            continue
        found: list[tuple[int, int]] = []
        typed = names.is_admin_type(doc[i + 1])  # "các xã Hoàng Văn Thụ, Tân Tiến": units, whatever names they bear
        while j < end and doc[j].text[:1].isupper() and (typed or names.person_at(doc, j) == j):
            k = j + 1
            while k < end and (doc[k].text[:1].isupper() or (doc[k].text in ("-", "–") and k + 1 < end and doc[k + 1].text[:1].isupper())):
                k += 1
            if k < end and doc[k].text.isdigit() and len(doc[k].text) <= 2 and doc[k].ent_type_ != "PERCENT":
                k += 1  # "các KCN Trà Nóc 1, Trà Nóc 2 và Hưng Phú 1": a name that ends in its number
            found.append((j, k))
            if k + 1 < end and (doc[k].text == "," or names.key(doc[k]) in cues().conjunctions):
                j = k + 1
            else:
                break
        if not typed and found and names.head_word(doc[found[0][0]]):
            return []  # "Ba nhà máy của công ty là Nhà máy Sợi A 1, A 2 và B": a list that writes its head, no lead's
        if len(found) >= 2:  # after a plural, a type word is a category: "các tỉnh Đà Nẵng, Thái Nguyên"
            return [(span, doc[span[0] : span[1]].text if typed else f"{head} {_renumbered(doc, found[0], span)}") for span in found]
    return []


def _renumbered(doc: Any, first: tuple[int, int], item: tuple[int, int]) -> str:
    """A later item that is the first item's last words with another number ("Quỳnh Lập
    2" after "Nhiệt điện Quỳnh Lập 1"): with the words the first writes before them
    ("Nhiệt điện Quỳnh Lập 2"); else the item as written."""
    n = item[1] - item[0]
    mention = str(doc[item[0] : item[1]].text)
    if n < 2 or first[1] - first[0] <= n or not (doc[item[1] - 1].text.isdigit() and doc[first[1] - 1].text.isdigit()):
        return mention
    if [names.key(t) for t in doc[first[1] - n : first[1] - 1]] != [names.key(t) for t in doc[item[0] : item[1] - 1]]:
        return mention
    return f"{doc[first[0] : first[1] - n].text} {mention}"


def _lead_head(doc: Any, i: int, end: int) -> tuple[str, int]:
    """The head of a plural lead starting at token ``i`` ("công ty cổ phần", "trường
    THPT", "huyện" of "huyện miền núi") and where its names start; ("", i) when it is no
    unit's or organization's type."""
    lex = names.lexicon()
    if i >= end or not (names.key(doc[i]) in lex.lower_heads or names.is_admin_type(doc[i]) or doc[i].ent_type_ == "ORG_HEAD"):
        return "", i
    kept = [doc[i].text]
    j = i + 1
    while j < end and (
        names.key(doc[j]) in lex.name_modifiers
        or (doc[j].text.isupper() and (doc[j].ent_type_ == "ORG_HEAD" or names.key(doc[j]) in lex.named_after_heads))
    ):
        kept.append(doc[j].text)  # "cổ phần", "THPT"
        j += 1
    while j < end and doc[j].text[:1].islower() and not doc[j].is_punct:
        j += 2 if names.key(doc[j]) in lex.region_words and j + 2 < end else 1  # descriptors the names
        # do not carry ("miền núi"), a region with its capital ("phía Bắc")
    head = " ".join(kept)
    if not names.is_admin_type(doc[i]):
        head = head[:1].upper() + head[1:]  # an organization's name: "Công ty cổ phần ..."
    return head, j


def lead_head_before(doc: Any, start: int) -> str:
    """The head a plural lead right before a list gives its items: "Sở" of "các sở: Y
    tế (78,4%), ..."; "" when there is none, or when it is a type word ("các huyện: A,
    B" names the places)."""
    lex = names.lexicon()
    if start < len(doc) and names.head_word(doc[start]) and doc[start].text[:1].isupper():
        return ""  # "Các nhà máy Nhà máy X (97%), Y (94%)": the first item writes its own head
    j = start
    while j > 0 and doc[j - 1].text in (":", ","):
        j -= 1
    for p in range(j - 2, max(-1, j - 5), -1):
        if names.key(doc[p]) in lex.plural_markers:
            head, end = _lead_head(doc, p + 1, j)
            if head and end == j and not names.is_admin_type(doc[p + 1]):
                return head
            return ""
    return ""
