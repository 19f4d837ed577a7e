"""Matched sentences -> organization figures (and, through :mod:`extractor.totals`, totals).

Takes the segmented article and its matched candidate sentences; returns
:class:`~extractor.models.Organization` objects. The rules, each documented where it
lives:

* a percent in parentheses belongs to the name right before the parenthesis,
  back to the previous delimiter (``, ; : ( )``); consecutive items form a list
  whose later items inherit the first item's head (:func:`names.inherit`), and
  whose lead-in ("... đạt và vượt kế hoạch như:") sets their ``group``;
* a percent after a figure verb ("đạt", "là", "chiếm", ...) belongs to the nearest
  name before it in its clause, with the names coordinated with it; a generic name
  ("Đảng bộ thành phố") is completed from the article;
* a percent with no nearer subject belongs to the name its sentence opens with
  ("Trong khi đó, Bộ Nội vụ là đơn vị có ..., đạt ... 72,86%"), when its own clause
  has no subject; in a sentence that details the one before ("Cụ thể: hoá học 6,04%"),
  to that sentence's subject;
* a percent that opens a list ("tỷ lệ đạt dưới 50% như:") is the list's threshold,
  never an organization's figure, unless it is an exact value ("đạt 100% như: A; B"):
  then every named item gets it; bands, ranges, shares of a count or of a part ("nữ
  chiếm 20%"), and figures of sources, speakers and people are nobody's.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import regex

from . import clauses, lists, names, ner, postags
from .cues import (
    basis_after,
    cues,
    doc_ents,
    group_of,
    is_interest_rate,
    is_threshold,
    percent_ents,
    phrase_starts,
)
from .match import Matched
from .models import Organization, Total
from .segment import Segmented, Sentence
from .totals import TotalResolver

_DELIMS = ",;:()…"
#: Between two list items: delimiters and at most a few lower-case linking words
#: ("..., tiếp theo là GTVT (88,77%)", "... và quận B (119%)").
#: How many sentences back a plain referent noun ("của cảng") looks for the name it stands for.
LOOK_BACK = 10
#: The prose sentences after the title that are the article's lead (see ``_lead_names``).
LEAD_SENTENCES = 2
#: how many sentences of a paragraph that name no one a metric's subject is carried over
PARAGRAPH_STEPS = 3
_LIST_GAP = regex.compile(r"^[\s,;…]*(?:\p{Ll}+\s+){0,4}$")
#: "... được 82% sản lượng mủ của hội viên, Tân Hưng 76%": the figure's metric, then the next item
_METRIC_GAP = regex.compile(r"^[\s,]*\s(?:\p{Ll}+\s+){0,6}\p{Ll}+[,;]\s+(?:\p{Ll}+\s+){0,2}$")  # (", khu vực B 98%"; "đạt 68%, dẫn đầu thành phố; B 61%")


@dataclass(frozen=True)
class _Subject:
    """A subject as the article writes it: name, mention and article offsets (of this
    sentence, or of the one before when it is carried)."""

    sentence: int
    name: str
    mention: str
    start: int
    end: int


@dataclass
class _Item:
    """A percent in parentheses with the name before it (token indices in the doc)."""

    name: tuple[int, int]
    percent: Any  # spaCy Span
    close: int  # char offset (in sentence) after ")"


def _headed_names(doc: Any) -> list[tuple[int, int]]:
    """The names a sentence writes with a capitalized head, as token spans."""
    out = []
    for e in doc_ents(doc):
        if e.label_ in names.HEADS and doc[e.start].text[:1].isupper() and (e.start == 0 or not names.is_head(doc[e.start - 1])):
            end = names.name_end(doc, e.start)
            if end - e.start > 1:
                out.append((e.start, end))
    typed = names.lexicon().type_heads  # "BHXH huyện Lương Tài", "Điện lực Kỳ Anh": an agency named by its place
    posts = names.lexicon().leader_posts  # "Giám đốc Bảo Minh Bình Dương": the body its leader leads
    for t in doc:
        acronym = names.is_acronym(t) and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()  # "CDC Đồng Tháp"
        counted_head = t.ent_type_ == "UNIT" and t.ent_iob_ == "B" and names.unit_head(doc, t.i)  # "HTX Nông nghiệp X", "Khu công nghiệp Y"
        if ((names.key(t) in typed or acronym) and not t.ent_type_ or counted_head) and names.is_name_start(doc, t.i):
            end = names.name_end(doc, t.i)
            if end - t.i > 1:
                out.append((t.i, end))
        led = t.i + 1
        if names.key(t) in posts and led < len(doc) and names.is_proper(doc[led]) and not doc[led].ent_type_ and names.person_at(doc, led) == led:
            end = names.name_end(doc, led)
            if not any(a <= led < b for a, b in out) and (end - led > 1 or " " in doc[led].text):
                out.append((led, end))
    return sorted(out)


def _wider_head(name: str, noun: str) -> bool:
    """Does the name (or its head) open with the referent noun after another word
    ("Tổng cục", "Chi cục" of "cục")? Then the noun does not point to it."""
    words = name.casefold().split()
    n = len(noun.split())
    return len(words) > n and " ".join(words[1 : 1 + n]) == noun


def _headed_by(head: str, noun: str) -> bool:
    """Does a referent noun name this head ("tổ chức" of "Tổ chức tài chính vi mô")?"""
    head = head.casefold()
    return head == noun or head.startswith(f"{noun} ")


def _called(name: str, noun: str) -> bool:
    """Does a referent noun name this organization: its head, the acronym it is written
    with (``referent_acronyms``: "hợp tác xã" of "HTX X"), or, for an ``inner_referents``
    noun, a lower-case word of its name ("chi nhánh" of "Ngân hàng Chính sách xã hội chi
    nhánh tỉnh X")?"""
    return (
        name.casefold().startswith(f"{noun} ") or (noun in cues().inner_referents and f" {noun} " in name)
        or any(name.startswith(f"{a} ") for a in cues().referent_acronyms.get(noun, ()))  # "hợp tác xã": "HTX X"
        or (noun in cues().brand_referents and _brand(name))  # "công ty": "Vietravel"
    )


def _brand(name: str) -> bool:
    """One capitalized word, not an acronym, no place ("Vietravel", "Thaco"): a company's brand."""
    return name.isalpha() and name[:1].isupper() and not name.isupper() and not names.is_known_place(name)


def _inner_head(doc: Any, span: tuple[int, int], noun: str) -> int | None:
    """Where a head that a referent noun names starts inside a longer name ("Công ty" of
    "CĐCS Công ty CP X"), if one does; a branch written in lower case is the whole name's
    ("của chi nhánh" of "Ngân hàng Nhà nước chi nhánh Thái Bình": the bank's branch)."""
    for t in range(span[0] + 1, span[1]):
        if doc[t].ent_iob_ == "B" and (names.head_word(doc[t]) or "").casefold() == noun:
            branch = doc[t].text[:1].islower() and names.key(doc[t]) in cues().branch_heads
            return span[0] if branch else t
    return None


def _numbered_after(doc: Any, span: tuple[int, int], k: int) -> list[tuple[int, int]]:
    """The numbered items coordinated right after a numbered name, before token ``k``
    ("Nông trường số 2" + "và số 4"), which share its head."""
    out: list[tuple[int, int]] = []
    end = span[1]
    if not names.numbered_only(doc, (end - 2, end)):
        return out
    while end + 3 <= k and (doc[end].text == "," or doc[end].norm_.casefold() in cues().conjunctions) and names.numbered_only(doc, (end + 1, end + 3)):
        out.append((end + 1, end + 3))
        end += 3
    return out


def _opens_item(tok: Any) -> bool:
    """A comma, a semicolon or a conjunction: what may come before the next item of a list."""
    return tok.text in (",", ";") or tok.norm_.casefold() in cues().conjunctions


def _numbered_lead(doc: Any, item: tuple[int, int]) -> tuple[int, int] | None:
    """The numbered name a numbered item is coordinated with ("Nông trường số 2" of "số 4"),
    or that an item opening a clause continues ("Ban X số 1 đạt 93,5%, số 2 đạt 88,1%")."""
    lead = _coordinated_lead(doc, item)
    if lead is None and item[0] > 0 and _opens_item(doc[item[0] - 1]):
        j = item[0] - 1
        while (before := names.name_before(doc, j, 0)) is not None:
            if names.numbered_only(doc, (before[1] - 2, before[1])):
                return before
            j = before[0]
    return lead


def _clause_number(doc: Any, lo: int, k: int) -> tuple[int, int] | None:
    """A numbered item that opens the clause of a figure at ``k`` after ``lo`` ("..., số 2
    đạt 88,1%"): its span, when a numbered name comes before it."""
    for j in range(k - 2, max(lo - 1, 0), -1):  # (the clause may open right at ``lo``, after a ";")
        if _opens_item(doc[j - 1]) and names.numbered_only(doc, (j, j + 2)):  # (also "và khu vực 3 đạt")
            return (j, j + 2) if _numbered_lead(doc, (j, j + 2)) is not None else None
        if doc[j].text in (",", ";"):
            return None
    return None


def _coordinated_lead(doc: Any, item: tuple[int, int]) -> tuple[int, int] | None:
    at = item[0] - 1
    while at >= 2 and (doc[at].text == "," or doc[at].norm_.casefold() in cues().conjunctions):
        lead = names.name_before(doc, at, 0)
        if lead is None or lead[1] != at:
            if names.numbered_only(doc, (at - 2, at)):  # another item: "số 2, số 3 và số 4"
                at -= 3
                continue
            return None
        return lead if names.numbered_only(doc, (lead[1] - 2, lead[1])) else None
    return None


def _with_brand_head(doc: Any, first: tuple[int, int], span: tuple[int, int], mention: str) -> str:
    """A bare later name of a list that opens with two words of the headed first name (the
    brand both share) takes what the first puts before them ("Công ty Nhân thọ Sao Việt Đồng
    Nai và Sao Việt Cần Thơ lần lượt ...": "Công ty Nhân thọ Sao Việt Cần Thơ")."""
    words = mention.split()
    if len(words) <= 2 or not names.head_word(doc[first[0]]) or names.head_word(doc[span[0]]) or names.is_admin_type(doc[span[0]]):
        return mention
    whole, stem = doc[first[0] : first[1]].text, " ".join(words[:2])
    at = f" {whole} ".find(f" {stem} ")
    return f"{whole[:at].rstrip()} {mention}" if at >= 0 else mention


def _with_place_swapped(doc: Any, first: tuple[int, int], span: tuple[int, int], mention: str) -> str:
    """A bare later name of a list whose headed first name ends in a place ("Công ty CP Xi
    măng Vicem Hải Phòng, Sông Gianh và Hải Vân"): the first with that place swapped for
    it ("Công ty CP Xi măng Vicem Sông Gianh"); ``mention`` when the first ends in no
    place, or the later name is no bare proper name."""
    a, b = span
    if not names.head_word(doc[first[0]]) or names.head_word(doc[a]) or names.is_admin_type(doc[a]):
        return mention
    if not all(names.is_proper(t) or t.text in ("-", "–") for t in doc[a:b]):
        return mention  # ("Khương Mỹ" + "4": a number of its own, no place)
    words = doc[first[0] : first[1]].text.split()
    head = len(doc[first[0]].text.split())
    place = next((
        w for w in range(head + 1, len(words)) if names.is_known_place(" ".join(words[w:]))
        and not (w - 1 > head and words[w - 1][:1].isupper() and names.is_known_place(f"{words[w - 1]} {words[w]}"))
    ), None)  # (not "Bình Dương" of "Thái Bình Dương": a place, "Thái Bình", overlaps it)
    if place is None or not all(w[:1].isupper() for w in words[place:]) or {words[place - 1].casefold(), " ".join(words[place - 2 : place]).casefold()} & names.lexicon().admin_types:
        return mention  # (not "... tỉnh Hải Phòng": the province's body, a peer of its own)
    if set(mention.casefold().split()) & {w.casefold() for w in words[:place]}:
        return mention  # "Công ty CP Dược X Hà Trung và Dược Sơn Lâm": a name that writes its own field
    return f"{' '.join(words[:place])} {mention}"


def _group_figure(doc: Any, lo: int, hi: int) -> bool:
    """Do the words between several names and their percent make it the group's: an
    average ("A, B và C có mức hài lòng bình quân 79,5%") or a joint share ("A, B và C đóng
    góp khoảng 68% tổng lợi nhuận"; not "A và B cùng chiếm 12%", each one's)?"""
    c = cues()
    words = [names.key(t) for t in doc[lo:hi]]
    return any(w in c.group_measures for w in words) or (any(w in c.share_verbs for w in words) and not any(w in c.each_markers for w in words))


def _placed(doc: Any, span: tuple[int, int]) -> bool:
    """A name with no head of its own right after a place preposition, or after one and a
    lower-case kind of place ("tại Tam Cốc", "tại sân bay Tân Sơn Nhất"): where, not who."""
    if names.head_word(doc[span[0]]):
        return False
    places = cues().place_prepositions
    return (span[0] > 0 and names.key(doc[span[0] - 1]) in places) or (
        span[0] > 1 and doc[span[0] - 1].text.islower() and names.key(doc[span[0] - 2]) in places
    )


def _plain_run(doc: Any, run: list[Any]) -> bool:
    """Percents one after another with only commas and conjunctions between them."""
    c = cues()
    return all(
        t.text == "," or t.norm_.casefold() in c.conjunctions for a, b in itertools.pairwise(run) for t in doc[a.end : b.start]
    )


def _field_item(doc: Any, floor: int, k: int, first: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
    """"Trường ĐH Kinh tế đạt 94,05%, Ngoại ngữ 89,7%": after the previous figure and a
    comma, a capitalized field alone right before the figure is a list item that takes
    the head of the item before it, when that item is a head and a field (the span and
    the full name); None otherwise."""
    end = k - 1 if k - 1 > floor + 1 and names.key(doc[k - 1]) in cues().change_verbs else k  # "..., Xăng dầu Hàng không Tây Nguyên tăng 7,5%"
    if not (floor < k and doc[floor].text == "," and 1 <= end - floor - 1 <= (3 if end == k else 5)):
        return None
    words = doc[floor + 1 : end]
    if not all(
        (names.is_capitalized(t) or (t.i > floor + 1 and t.text.islower() and names.key(t) not in cues().figure_verbs))
        and not t.ent_type_ and not (names.is_proper(t) and (end == k or t.i == floor + 1)) and not names.is_admin_type(t)
        for t in words
    ):  # (its first word capitalized: "Ngoại ngữ", "Y dược cổ truyền"; before a verb, places may follow it)
        return None
    _, typ = names.leading_heads(doc, *first)
    field = doc[first[0] : first[1]].text[len(typ) :].strip()
    if not typ or not field or names.is_admin_type(doc[first[0]]):
        return None  # (the first item a head and its field: "Trường ĐH" + "Kinh tế")
    return (floor + 1, end), f"{typ} {words.text}"


def _quantity(doc: Any, i: int) -> bool:
    """A count and its unit ("9 đảng viên") or a number and its measure ("512 ha") at ``i``."""
    return i + 1 < len(doc) and (
        (clauses.is_count(doc, doc[i]) and doc[i + 1].ent_type_ == "UNIT")
        or (doc[i].ent_type_ == "NUMBER" and doc[i + 1].ent_type_ != "UNIT" and names.key(doc[i + 1]) in names.lexicon().measure_words)
    )


def _place_of(doc: Any, span: tuple[int, int]) -> bool:
    """An administrative unit after a place preposition ("tại huyện Hoằng Hóa"): where
    something happened; or a route ("các tuyến Quy Nhơn - An Nhơn")."""
    if clauses.is_route(doc, span[0]):
        return True
    return span[0] > 0 and names.key(doc[span[0] - 1]) in cues().place_prepositions and (
        names.is_admin_type(doc[span[0]]) or names.is_site(doc, span)  # "tại KCN Khánh An"
    )


def _glossed(doc: Any, span: tuple[int, int], floor: int) -> tuple[int, int]:
    """The name a parenthesized name glosses right before it ("TP Thuận An" of "TP Thuận An
    (Bình Dương)"); ``span`` itself when it glosses none."""
    if span[0] >= 2 and doc[span[0] - 1].text == "(" and span[1] < len(doc) and doc[span[1]].text == ")":
        outer = names.name_before(doc, span[0] - 1, floor)
        if outer is not None and outer[1] == span[0] - 1:
            return outer
    return span


def _place_then_body(doc: Any, span: tuple[int, int], k: int) -> bool:
    """A place with no head of its own (a unit's type word and name, or a known place),
    then a body that is no place, after "của" before the figure at ``k`` ("Hưng Yên, tỷ lệ
    xe chạy rỗng của công ty"): the figure is the body's, which the referent points to."""
    first = doc[span[0]]
    if names.head_word(first) or not (names.is_admin_type(first) or names.is_known_place(doc[span[0] : span[1]].text)):
        return False
    at = clauses.referent_at(doc, span[1], k)
    if at is None or at[0] == 0:
        return False
    c = cues()
    noun = names.key(doc[at[0]])
    return names.key(doc[at[0] - 1]) in c.possessive_after and noun not in c.place_referents and not names.is_admin_type(doc[at[0]])


def _bare_place_of(doc: Any, span: tuple[int, int]) -> bool:
    """A place with no type word after a place preposition ("tra nạp cho các chuyến bay
    tại Cam Ranh"): where something happened."""
    return span[0] > 0 and names.key(doc[span[0] - 1]) in cues().place_prepositions and names.is_known_place(doc[span[0] : span[1]].text)


def _located_commune(doc: Any, span: tuple[int, int], floor: int) -> tuple[int, int] | None:
    """The commune a district after a comma locates ("xã Ea Rốk, huyện Ea Súp"), when the
    name at ``span`` is that district; None otherwise."""
    communes = names.lexicon().commune_types
    if not (span[0] - 2 >= floor and doc[span[0] - 1].text == "," and names.is_admin_type(doc[span[0]]) and names.key(doc[span[0]]) not in communes):
        return None
    commune = names.name_before(doc, span[0] - 1, floor)
    return commune if commune is not None and commune[1] == span[0] - 1 and names.key(doc[commune[0]]) in communes else None


def _commune_body(doc: Any, start: int) -> tuple[int, int] | None:
    """The body of a commune that a district after a comma locates ("Trạm Y tế xã X, huyện
    Y (tăng 38,5%)": the station), when the name before the comma opens with no type word
    and holds a commune's type and name; None otherwise."""
    if not (start >= 3 and names.is_admin_type(doc[start]) and doc[start - 1].text == ","):
        return None
    if names.key(doc[start]) in names.lexicon().commune_types:
        return None  # (a commune after a commune: a list)
    body = names.name_before(doc, start - 1, 0)
    if body is None or body[1] != start - 1 or names.is_admin_type(doc[body[0]]) or not names.is_capitalized(doc[body[0]]):
        return None
    communes = names.lexicon().commune_types
    return body if any(names.key(t) in communes for t in doc[body[0] + 1 : body[1]]) else None


def _with_field(doc: Any, span: tuple[int, int], floor: int) -> tuple[int, int]:
    """A name coordinated after a headed one, with the capitalized field word that opens it
    ("Công ty cổ phần Dược X và Dược liệu Lâm Viên": "Dược liệu Lâm Viên", whose head
    the first name elides)."""
    lead = span[0]
    while lead - 1 > floor and lead > span[0] - 2 and names.is_capitalized(doc[lead - 1]) and not names.is_name_start(doc, lead - 1):
        lead -= 1
    if lead == span[0] or lead - 1 <= floor:
        return span
    joint = doc[lead - 1]
    if not (joint.text == "," or names.key(joint) in cues().conjunctions):
        return span
    before = names.name_before(doc, lead - 1, floor)
    if before is None or before[1] != lead - 1 or not names.head_word(doc[before[0]]):
        return span
    return lead, span[1]


def _partner_lead(doc: Any, span: tuple[int, int], floor: int) -> tuple[int, int] | None:
    """The name a partner marker joins the name at ``span`` to ("X phối hợp với Y"), or
    that manages it ("X phụ trách các KCN Y"): X, the subject; None when there is no
    such word right before ``span``."""
    c = cues()
    start = span[0]
    if start > floor and names.key(doc[start - 1]) in names.lexicon().plural_markers:
        start -= 1  # "Đội X phụ trách các KCN huyện Y, Z mới đạt 83,5%": the team's
    for n in (3, 2, 1):
        at = start - n
        if at - 1 < floor:
            continue
        words = " ".join(t.norm_.casefold() for t in doc[at:start])
        if words in c.partner_markers or (words in c.agent_verbs and names.key(doc[at - 1]) not in c.agent_markers):
            lead = names.name_before(doc, at, floor)
            if lead is not None and lead[1] == at and names.head_word(doc[lead[0]]) is not None:
                return lead
    return None


def _object_verb(doc: Any, span: tuple[int, int], k: int, floor: int) -> int | None:
    """The verb whose counted object holds the name at ``span`` ("giới thiệu 1.150 đoàn viên
    ưu tú cho Đảng xem xét, tăng 12,4%"): a name inside a verb's object is not the subject
    of the figure in the clause right after it (see :func:`clauses.object_end`)."""
    for i in range(span[0] - 1, max(floor, span[0] - 12) - 1, -1):
        if doc[i].ent_type_ == "NUMBER" and i > floor:
            close = clauses.object_end(doc, doc[i], k)
            return i - 1 if close is not None and close >= span[1] and k - close <= 3 else None  # (the figure's clause right after)
        if doc[i].is_punct:
            return None
    return None


def _fund_raiser(doc: Any, span: tuple[int, int], floor: int) -> tuple[int, int] | None:
    """The name before the verb a fund (cues.yaml ``fund_heads``) is the object of ("Ủy ban
    MTTQ tỉnh X vận động Quỹ Vì người nghèo"); None when the name at ``span`` is no such fund."""
    if names.key(doc[span[0]]) not in cues().fund_heads or span[0] - 2 < floor:
        return None
    verb = span[0] - 1
    if not (doc[verb].text.islower() and postags.tag(doc[verb].text) == "V"):
        return None
    body = names.name_before(doc, verb, floor)
    return body if body is not None and body[1] == verb else None


def _in_setting(doc: Any, floor: int, comma: int) -> bool:
    """Does the comma at ``comma`` close a phrase that opens its clause with a place
    ("Tại 4 quận trung tâm gồm Hoàn Kiếm, Ba Đình và Đống Đa,") and holds no verb of a figure?"""
    start = comma - 1
    while start > floor and doc[start - 1].text not in (";", ":", "."):
        start -= 1
    if names.key(doc[start]) not in cues().place_openers:
        return False
    first = next((t.i for t in doc[start + 1 : comma] if t.text == "," and names.head_word(doc[t.i + 1]) and not names.is_admin_type(doc[t.i + 1])), None)
    if first is not None and not any(names.key(t) in cues().list_openers for t in doc[start + 1 : first]):
        return False  # "Tại hội nghị, Sở A, Sở B và Sở C lần lượt ...": the setting ends before the first body's name
    return not any(names.key(t) in cues().figure_verbs for t in doc[start + 1 : comma])


def _a_kind(doc: Any, span: tuple[int, int]) -> bool:
    """A headed name after a plural marker (names.yaml ``plural_markers``) with no proper
    name in it: a kind of body ("của các VKSND cấp huyện trong tỉnh"), not one; or a lone
    lower-case type word right after a metric ("tỷ lệ xã đạt chuẩn")."""
    if span[1] - span[0] == 1 and span[0] > 0 and doc[span[0] - 1].ent_type_ == "METRIC" and doc[span[0]].text[:1].islower():
        return True  # "huyện X có tỷ lệ xã đạt chuẩn ... đạt 74,2%": the rate's kind, not the commune named before
    return (
        span[0] > 0 and names.key(doc[span[0] - 1]) in names.lexicon().plural_markers
        and not any(names.is_proper(t) and not names.is_head(t) and not names.is_acronym(t) for t in doc[span[0] : span[1]])
    )


def _term_gloss(doc: Any, span: tuple[int, int]) -> bool:
    """An acronym in parentheses right after lower-case words: the abbreviation of a term
    ("chỉ số thời gian mất điện bình quân (SAIDI) của đơn vị này giảm 34%"), no body."""
    a, b = span
    return (
        b - a == 1 and names.is_acronym(doc[a]) and a >= 2 and b < len(doc)
        and doc[a - 1].text == "(" and doc[b].text == ")" and doc[a - 2].text[:1].islower() and doc[a - 2].ent_type_ not in ("ORG", "ORG_HEAD", "ORG_OF")
    )


def _last_of_list(doc: Any, span: tuple[int, int]) -> bool:
    """Is the name at ``span`` the last of a list of names ("Hướng Hóa, Đakrông")?"""
    a = span[0]
    return a >= 2 and (doc[a - 1].text == "," or names.key(doc[a - 1]) in cues().conjunctions) and names.is_proper(doc[a - 2])


def _owner_after(doc: Any, span: tuple[int, int], k: int) -> bool:
    """Does the clause before the figure at ``k`` name the body at ``span`` again by its
    head after "của" ("..., doanh thu của công ty đạt")?"""
    head = (names.head_word(doc[span[0]]) or "").casefold()
    return bool(head) and any(
        names.key(doc[j]) in cues().possessive_after and names.key(doc[j + 1]) == head for j in range(span[1], k - 1)
    )


def _with_part(doc: Any, span: tuple[int, int]) -> tuple[int, int]:
    """The name at ``span`` with a parenthesis after it that names one part of it: a part
    word and its number ("(khu 1)", "(cơ sở 2)"), which identifies the unit."""
    b = span[1]
    if (
        b + 3 < len(doc) and doc[b].text == "(" and names.key(doc[b + 1]) in cues().part_designators
        and doc[b + 2].text.isdigit() and len(doc[b + 2].text) <= 2 and doc[b + 3].text == ")"
    ):
        return span[0], b + 4
    return span


def _counts_the_names(doc: Any, i: int) -> bool:
    """Token ``i`` is the unit of a count that the names after it make up ("Hai doanh
    nghiệp A và B", "3 đơn vị A, B và C")."""
    if doc[i].ent_type_ != "UNIT":
        return False
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i > 0 and doc[i - 1].ent_type_ in ("NUMBER", "NUMWORD")


def _without_asides(doc: Any, lo: int, hi: int) -> list[Any]:
    """The tokens in ``[lo, hi)`` without an aside set off by commas that opens with one of
    cues.yaml ``aside_openers`` ("X, nơi có 6 khu công nghiệp, đã kiểm tra ...") or by
    dashes right after the name ("X - đại lý thu lớn nhất - đã vận động ..."): it
    describes the name; it is no part of the clause between the name and its figure."""
    toks = list(doc[lo:hi])
    if toks and toks[0].text in ("-", "–"):  # "Bưu điện tỉnh X - đại lý thu lớn nhất - đã vận động ..."
        end = next((e for e in range(1, min(len(toks), 12)) if toks[e].text == toks[0].text), None)
        if end is not None and end > 1 and end + 1 < len(toks) and all(
            t.text[:1].islower() and t.ent_type_ not in ("NUMBER", "PERCENT", "PERCENT_RANGE") for t in toks[1:end]
        ):
            toks = toks[end + 1 :]
    for j in range(len(toks) - 1):
        if toks[j].text == "," and clauses.opens_aside(doc, toks[j].i):
            end = next((e for e in range(j + 2, len(toks)) if toks[e].text == ","), None)
            if end is not None and end + 1 < len(toks):  # (the name's predicate follows: "..., đã kiểm tra")
                return toks[:j] + toks[end:]
    return toks


def _verb_before(gap: list[Any]) -> bool:
    """Is the gap between a name and its percent the name's own verb, after adverbs
    ("Toàn tỉnh đã sử dụng 58,7% dự toán", "X đã tái sử dụng 42%")?"""
    c = cues()
    rest = clauses.without_adverbs(gap)
    if len(rest) == 2 and postags.tag(rest[0].text) == "Z" and rest[0].ent_type_ == "":
        rest = rest[1:]  # "tái" + "sử dụng": a prefix the segmenter left apart from its verb
    return 0 < len(rest) <= 2 and all(
        t.ent_type_ == "" and postags.tag(t.text) == "V" and t.norm_.casefold() not in c.grant_verbs for t in rest
    )  # (not "tỉnh hỗ trợ 70% chi phí": a policy's rate)


def _typed_list_item(doc: Any, span: tuple[int, int]) -> bool:
    """Is the name at ``span`` an item of a list that a plural lead of a unit type opens
    ("Một số xã có tỷ lệ ... cao như: Vân Nội 97,1%, Nguyên Khê 96,8%"): a unit, whatever
    a person's name it looks like?"""
    lex, c = names.lexicon(), cues()
    for i in range(max(0, span[0] - 24), span[0] - 2):
        if names.key(doc[i]) in lex.plural_markers and names.is_admin_type(doc[i + 1]):
            return any(t.text == ":" or names.key(t) in c.list_openers for t in doc[i + 2 : span[0]])
    return False


def _post_of_person(doc: Any, span: tuple[int, int], k: int) -> bool:
    """Is the name at ``span`` the body of a person's post, in commas after the person
    ("Ông X, Bí thư Huyện ủy, trúng cử với 96,4% ..."), with the figure the person's own:
    no reporting verb after the closing comma ("..., cho biết ...": the body's figures)?"""
    if span[1] >= k or doc[span[1]].text != "," or not any(t.text == "," for t in doc[max(0, span[0] - 4) : span[0]]):
        return False  # (no name in commas: most spans, found with no look at posts)
    lex = names.lexicon()
    post = next((
        n for n in (1, 2, 3) if span[0] - n > 1 and " ".join(names.key(t) for t in doc[span[0] - n : span[0]]) in lex.leader_posts
        and doc[span[0] - n - 1].text == "," and names.is_proper(doc[span[0] - n - 2])
    ), None)  # ("Bà X, Phó Bí thư Tỉnh ủy,": the longest post that a comma opens)
    if post is None:
        return False
    head = " ".join(t.norm_.casefold() for t in doc[span[1] + 1 : min(k, span[1] + 4)])
    return not any(f" {v} " in f" {head} " for v in cues().reporting_verbs)


def _points_back(doc: Any, floor: int, k: int) -> bool:
    """Does the clause before the figure at ``k`` hold a demonstrative referent ("khu du
    lịch này")?"""
    at = clauses.referent_at(doc, floor, k)
    return at is not None and at[1]


def _held_in_phrase(doc: Any, span: tuple[int, int], floor: int) -> bool:
    """Is the name at ``span`` the owner inside a lower-case noun phrase ("dư nợ vốn vay" +
    "Ngân hàng Chính sách xã hội"), not a clause's subject?"""
    if span[0] <= floor:
        return False
    prev = doc[span[0] - 1]
    c = cues()
    word = names.key(prev)
    return bool(
        prev.text.replace(" ", "").isalpha() and prev.text.islower() and prev.ent_type_ == ""
        and word not in c.topic_openers and word not in c.place_openers and word not in c.clause_adverbs
        and word not in c.figure_verbs and word not in c.place_prepositions and word not in names.lexicon().name_connectors
    )


def _enclosing_name(doc: Any, span: tuple[int, int], floor: int) -> tuple[int, int]:
    """The headed name that ends where ``span`` ends and holds it, with lower-case words
    before it: "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp" +
    "tỉnh Nghệ An" (found back from the figure as the province alone); not a second place
    coordinated with the first ("KBNN Triệu Sơn và Nông Cống")."""
    before = doc[span[0] - 1] if span[0] > floor else None
    if (
        before is not None and span[0] - 2 >= floor and names.key(before) in cues().branch_heads and before.text[:1].islower()
        and names.is_proper(doc[span[0]]) and names.key(doc[span[0] - 2]) in cues().conjunctions  # (after a comma, a list: see _list_type)
    ):
        return span[0] - 1, span[1]  # "Ngân hàng X chi nhánh A và chi nhánh B": the second branch, its bank elided
    if before is None or not (names.is_admin_type(doc[span[0]]) or names.is_proper(doc[span[0]])) or not before.text[:1].islower() or (
        names.key(before) in names.lexicon().name_connectors
    ):  # (or a place alone: "Công ty CP Thoát nước và Xử lý nước thải" + "Hạ Long")
        return span
    for h in range(span[0] - 1, max(floor, span[0] - 12) - 1, -1):
        tok = doc[h]
        if tok.is_punct:
            break
        headed = (tok.ent_type_ in names.HEADS and tok.ent_iob_ == "B") or names.key(tok) in names.lexicon().unit_heads  # ("Trạm")
        if headed and tok.text[:1].isupper() and names.name_end(doc, h) == span[1]:
            return h, span[1]
    return span


def _cut_short(name: str, rest: str) -> bool:
    """Does ``name`` end inside a word that the text after it completes ("Ban Tổ" +
    " chức ...", found on syllables)?"""
    from .wordseg import dictionary

    word = regex.match(r"\p{L}+", rest[1:]) if rest[:1] == " " else None
    nxt = word.group() if word else ""
    return nxt.islower() and f"{name.rsplit(' ', 1)[-1]} {nxt}".casefold() in dictionary()


def _reports_own(doc: Any, gap: list[Any], k: int) -> bool:
    """Does the name report its own work: the clause after its reporting verb has no
    subject of its own, only time words before its verb ("BHXH tỉnh X cho biết, trong
    tháng đầu năm đã giải quyết cho 4.860 người ..., tăng 9,1%")?"""
    c = cues()
    words = [t.norm_.casefold() for t in gap]
    at = next(
        (j + n - 1 for j in range(min(4, len(gap))) for n in (1, 2) if " ".join(words[j : j + n]) in c.reporting_verbs), None
    )  # ("cho" + "biết": the verb may be two tokens)
    if at is not None and at + 1 == len(gap) and words[at] in c.announce_verbs:
        return True  # "Trường X công bố 94,7% sinh viên ... có việc làm": its own figure, announced
    if at is None or at + 1 >= len(gap) or any(" ".join(words[j : at + 1]) in c.directive_verbs for j in range(max(0, at - 1), at + 1)):
        return False  # ("UBND tỉnh yêu cầu các chủ đầu tư giải ngân ...": others' work)
    if gap[at + 1].ent_type_ == "METRIC" and words[at + 1] not in c.reported_rates and clauses.opens_with_metric(doc, gap[at + 1].i, k):
        return True  # "Công ty X cho biết doanh thu dịp lễ đạt 36 tỷ đồng, tăng 15%": its own measure, no one else's
    if gap[at + 1].text != ",":  # "cho biết đã thi hành xong ...": its verb right after, no comma
        first = gap[at + 1]
        word = first.norm_.casefold()
        return first.ent_type_ == "" and (word in c.clause_adverbs or word in c.figure_verbs or postags.tag(first.text) == "V")
    for t in gap[at + 2 : at + 10]:
        word = t.norm_.casefold()
        if word in names.lexicon().plural_markers:
            return False  # "..., các đơn vị đã ...": a subject of its own
        if t.ent_type_ not in ("", "PER", "NUMWORD") or t.is_punct or not t.text[:1].islower() or word in c.reporting_verbs:
            return False  # a name, a count, a rate ("chỉ số", "tỷ lệ") or a clause of its own
        if word in c.clause_adverbs or word in c.figure_verbs:
            return word not in c.copulas and word not in c.existential  # ("..., có 95% ...": a subject follows)
        if t.ent_type_ == "" and postags.tag(t.text) == "V":
            return True  # "cho biết, năm nay giải quyết ..."
    return False


def _identity_after(doc: Any, k: int, *, marked: bool = False) -> bool:
    """Is the percent at token ``k`` followed by a copula naming the part it measures
    ("trong đó 65% là nữ", "trong đó 40% ở độ tuổi ..."), not by a predicate ("trong đó 68,4%
    được nộp trực tuyến")?
    (``marked``: by a breakdown marker and a copula, "70% trong số đó là nữ".)"""
    end = k
    while end < len(doc) and doc[end].ent_type_ != "PERCENT":
        end += 1
    while end < len(doc) and doc[end].ent_type_ == "PERCENT":
        end += 1
    if marked:
        return _part_after(doc, end)
    return end < len(doc) and (names.key(doc[end]) in cues().copulas or names.key(doc[end]) in cues().part_locatives)


def _part_after(doc: Any, end: int) -> bool:
    """Is the percent ending at token ``end`` followed by a breakdown marker and a copula
    ("hiện công ty có 1.450 công nhân, 70% trong số đó là lao động nữ": a part's share)?"""
    for n in (1, 2, 3):
        if end + n < len(doc) and " ".join(t.norm_.casefold() for t in doc[end : end + n]) in cues().breakdown_markers:
            return names.key(doc[end + n]) in cues().copulas
    return False


def _places_gloss(doc: Any, span: tuple[int, int], floor: int) -> int | None:
    """The "(" of a gloss of places separated by commas that ends with the place at
    ``span`` ("Công ty X (huyện Ia Grai, tỉnh Gia Lai)"), when every part of it is a
    place; None otherwise."""
    if span[0] < 1 or doc[span[0] - 1].text != "," or not names.is_admin_type(doc[span[0]]):
        return None
    j = span[0] - 1
    while j > floor and span[0] - j < 12 and doc[j].text != "(":
        if doc[j].text != "," and not (names.is_admin_type(doc[j]) or names.is_proper(doc[j])):
            return None
        j -= 1
    return j if doc[j].text == "(" and j + 1 < span[0] - 1 and names.is_admin_type(doc[j + 1]) else None


def _before_gloss(doc: Any, i: int, floor: int) -> int:
    """Where a list item ends before token ``i`` once a parenthesized gloss after it is
    left out ("xã Diễn Thành (huyện Diễn Châu) và ..."): the gloss's "(", else ``i``. A
    parenthesis with a figure in it is the item's figure, no gloss ("A (112%), B")."""
    if i - 1 <= floor or doc[i - 1].text != ")":
        return i
    for j in range(i - 2, max(floor, i - 10) - 1, -1):
        if j == i - 2 and doc[j].ent_type_ == "NUMBER" and (o := _parent_opens(doc, j, floor)) is not None:
            return o  # "Công ty X (Tổng Công ty Phát điện 1) và ...": the parent's own number
        if doc[j].text == ")" or doc[j].ent_type_ in ("NUMBER", "PERCENT", "PERCENT_RANGE", "NUMWORD") or doc[j].like_num:
            return i
        if doc[j].text == "(":
            return j if j > floor else i
    return i


def _parent_opens(doc: Any, j: int, floor: int) -> int | None:
    """The "(" of a parenthesis that names a parent body and ends at its number ``j``
    ("(Tổng Công ty Phát điện 1)"), else None."""
    o = next((p for p in range(j - 1, max(floor, j - 8) - 1, -1) if doc[p].text in "()"), None)
    if o is None or o <= floor or doc[o].text != "(" or not names.head_word(doc[o + 1]) or doc[o + 1].ent_iob_ != "B":
        return None
    return o


def _written(sent: Sentence, m: Matched, span: tuple[int, int], name: str) -> _Subject:
    """The subject ``name`` written at token ``span`` of a sentence (its article offsets)."""
    s = m.doc[span[0] : span[1]]
    return _Subject(sent.index, name, s.text, m.offset + s.start_char, m.offset + s.end_char)


def _once_per_sentence(match_sentence: Callable[[Sentence], Matched]) -> Callable[[Sentence], Matched]:
    """``match_sentence`` run at most once per sentence of an article (the sentences a
    referent looks back over are matched again only for the first referent)."""
    done: dict[int, Matched] = {}

    def matched(sent: Sentence) -> Matched:
        if sent.index not in done:
            done[sent.index] = match_sentence(sent)
        return done[sent.index]

    return matched


class ArticleResolver:
    """Resolves every matched sentence of one article."""

    def __init__(self, seg: Segmented, match_sentence: Callable[[Sentence], Matched] | None = None) -> None:
        self.seg = seg
        #: matches a sentence with no figure when a later one points back to it ("Đơn vị này"),
        #: each sentence once however many referents look back at it
        self._match_sentence = _once_per_sentence(match_sentence) if match_sentence is not None else None
        self.organizations: list[Organization] = []
        self.totals: list[Total] = []
        #: the sentence before (with its organizations), for one that details it
        self._previous: tuple[Sentence, Matched, list[Organization]] | None = None
        self._matched: list[Matched] = []  # the sentences so far, for _named
        self._names: list[tuple[int, str]] = []  # (article offset, name) of names with a head
        self._scanned = 0
        self._lead: list[tuple[int, str]] | None = None  # (article offset, name) of the lead's names, when read

    # -- organizations -------------------------------------------------------
    def _paren_items(self, sent: Sentence, doc: Any) -> list[_Item]:
        text = sent.text
        items: list[_Item] = []
        for pct in percent_ents(doc):
            # "(N%)": token checks, so the cost per percent does not grow with the sentence
            shut = pct.end  # (or "(135% kế hoạch)": the plan the percent is of)
            while shut < len(doc) and shut - pct.end < 3 and doc[shut].ent_type_ in ("PLAN", "BASIS", "TARGET"):
                shut += 1
            if not (shut < len(doc) and doc[shut].text == ")"):
                continue
            opened = pct.start - 1
            changed = opened > 0 and names.key(doc[opened]) in cues().change_verbs and doc[opened - 1].text == "("
            if changed:
                opened -= 1  # "Xí nghiệp phà Châu Giang (giảm 27,3%), Năng Gù (giảm 21,6%)"
            elif not (opened >= 0 and doc[opened].text == "("):
                continue
            open_at = doc[opened].idx
            bound = max(text.rfind(c, 0, open_at) for c in _DELIMS)
            lo_span = doc.char_span(bound + 1, open_at, alignment_mode="contract")
            if lo_span is None or len(lo_span) == 0:
                continue
            lo = lo_span.start
            for j in range(lo_span.start, lo_span.end):  # "thấp nhất là A và cao nhất là B (15,7%)"
                if (doc[j].norm_.casefold() in cues().figure_verbs or doc[j].norm_.casefold() in cues().list_openers) and doc[j].text[:1].islower():
                    lo = j + 1  # (or "... thấp hơn mặt bằng chung của tỉnh như Trường X (95,6%)": the list after "như")
            first = lo_span.start + (doc[lo_span.start].norm_.casefold() in cues().conjunctions)
            if items and lo > first and names.numbered_only(doc, (lo, lo_span.end)):
                first = lo  # "..., tiếp theo là số 27 (9,8%)": the list's next number, after its opener
            if items and (names.numbered_only(doc, (first, lo_span.end)) or names.number_after_numbered(doc, (first, lo_span.end), items[-1].name)):
                items.append(_Item(name=(first, lo_span.end), percent=pct, close=doc[shut].idx + 1))
                continue  # "Đội X số 1 (112%), số 3 (98,5%) và số 7 (95,1%)": the list's next numbers
            start = names.first_name_start(doc, lo, lo_span.end)
            if start is None:  # no name after the verb: the name before it ("Bắc Giang đứng thứ ba")
                start = names.first_name_start(doc, lo_span.start, lo_span.end)
            if start is None:
                continue
            end = names.name_end(doc, start, limit=lo_span.end)
            if changed and (start, end) not in ((first, lo_span.end), (lo, lo_span.end)):
                continue  # "(tăng 12%)" after anything but a name alone (or after "Xếp sau là") is that thing's change
            counted = end + 1 < lo_span.end and (
                _quantity(doc, end)
                or (doc[end].ent_type_ == "NUMBER" and doc[end + 1].ent_type_ == "SCALE")  # "Hội LHPN tỉnh 1.902 tỷ đồng (32,4%)"
                or any(  # "Đảng bộ Công ty X 2" + "kết nạp 9 đảng viên (112,5%)": a predicate and its count
                    doc[j].text[:1].islower() and (
                        _quantity(doc, j + 1)
                        or (  # or a count of any noun: "Chi nhánh huyện Quỳnh Lưu" + "cấp 2.108 giấy (104%)"
                            doc[j + 1].ent_type_ == "NUMBER" and not clauses.is_year(doc, doc[j + 1])
                            and doc[j + 2].text[:1].islower() and doc[j + 2].text.replace(" ", "").isalpha()
                        )
                    ) for j in range(end, lo_span.end - 2)
                )  # (or its measure: "Ban Quản lý rừng phòng hộ A Lưới" + "trồng 512 ha (98,5%)")
            )
            if not (end < lo_span.end and doc[end].text[:1].islower() and doc[end].norm_.casefold() in cues().figure_verbs) and not counted:
                # "Bắc Giang đứng thứ ba (90,13%)": the verb is no part of the name (nor "987 lao động" a count);
                # the name runs to the parenthesis, or to a verb before it ("Phòng giao dịch NHCSXH huyện A có tỷ lệ thấp nhất (0,02%)")
                end = next((
                    j for j in range(end, lo_span.end)
                    if doc[j].text[:1].islower() and (
                        doc[j].norm_.casefold() in cues().figure_verbs or postags.tag(doc[j].text) == "C"
                        or doc[j].norm_.casefold() in cues().verbs_after_names or doc[j].norm_.casefold() in cues().clause_adverbs
                    )
                ), lo_span.end)  # (or to a conjunction: "Trường THPT X" + "dù không đạt tuyệt đối (99,8%)"; or to
                # a word that follows a subject: "Trường THPT chuyên X" + "tiếp tục dẫn đầu với ... (94,9%)")
            if clauses.is_scope(doc, (start, end)):
                continue  # "khu có tỷ lệ cao nhất tỉnh (96,4%)": the figure is not the scope's
            if (body := _commune_body(doc, start)) is not None:
                start, end = body  # "Trạm Y tế xã Tân Hưng Đông, huyện Cái Nước (tăng 38,5%)": the station's
            close = doc[shut].idx + 1
            items.append(_Item(name=(start, end), percent=pct, close=close))
        return items

    def _field_peer_head(self, sent: Sentence, m: Matched, span: tuple[int, int]) -> str:
        """"Sở Giao thông vận tải đạt 88,6%, tiếp đến là Y tế (84,2%), Giáo dục và Đào tạo
        (79,5%)": a list of bare fields right after a body named with its head and a field,
        and its figure, in the same sentence, takes that head ("Sở"), not the known body's
        ("Bộ Y tế"); "" when it does not."""
        doc = m.doc
        first = doc[span[0]]
        if first.ent_type_ != "ORG" or names.canonical(doc, span, doc[span[0] : span[1]].text) == doc[span[0] : span[1]].text:
            return ""
        pct = next((j for j in range(span[0] - 1, max(-1, span[0] - 8), -1) if doc[j].ent_type_ == "PERCENT"), None)
        if pct is None or not all(t.is_punct or t.text[:1].islower() for t in doc[pct + 1 : span[0]]):
            return ""
        prev = names.name_before(doc, pct, 0)
        head = names.head_word(doc[prev[0]]) if prev is not None else None
        known = str(first.ent_id_).split(" ", 1)[0]
        if prev is not None and doc[prev[0]].ent_type_ == "ORG":  # "..., tiếp đến Y tế 101,5%, Giao thông vận tải 100,2%":
            at = m.offset + doc[prev[0]].idx  # the head the item before took, if it took one
            led = next((o.name for o in reversed(self.organizations) if o.sentence == sent.index and o.start == at), "")
            mention = doc[prev[0] : prev[1]].text
            return led[: -len(mention)].rstrip() if led.endswith(" " + mention) and led != names.canonical(doc, prev, mention) else ""
        if prev is None or not head or head.casefold() == known.casefold():
            return ""
        if doc[prev[0]].text.casefold() != head.casefold():
            return ""
        end = prev[0] + 1  # "Công đoàn ngành Giáo dục với 104%, tiếp đến Y tế 101,5%": "Công đoàn ngành"
        while end < prev[1] and doc[end].text.islower() and names.key(doc[end]) in cues().sector_words:
            end += 1
        return str(doc[prev[0] : end].text)

    def _organizations(self, sent: Sentence, m: Matched) -> None:
        doc, text = m.doc, sent.text
        items = self._paren_items(sent, doc)
        paren_pcts = {(it.percent.start, it.percent.end) for it in items}
        # lists of parenthesized items
        first: _Item | None = None
        typed: _Item | None = None  # the item the next ones take their head from
        group: str | None = None
        prev: _Item | None = None
        lead = ""  # "các sở: Y tế (78,4%), ...": the head the list's lead gives every item
        for it in items:
            name_char = doc[it.name[0]].idx
            if prev is not None and _LIST_GAP.match(text[prev.close : name_char]):
                assert first is not None and typed is not None
                if (known := names.peer_of_known(doc, typed.name, it.name)) is not None:
                    self._add_org(sent, m, it.name, known, it.percent, group, (0, first.name[0]))
                    prev = it  # "Bộ Giao thông vận tải (58,6%), ..., Công an (49,9%)": "Bộ Công an", a peer
                    continue
                full = names.inherit(doc, typed.name, it.name)
                if full == doc[it.name[0] : it.name[1]].text:  # a name of its own, completed as the article writes it in full
                    whole = names.expand_generic(full, doc, it.name, self.seg.title, self.seg.text, m.offset + doc[it.name[0]].idx)
                    full = whole if whole in self.seg.text else full  # ("Hội Cựu chiến binh tỉnh Hà Tĩnh" elsewhere)
                full = names.canonical(doc, it.name, full)  # "Y tế (16%)" -> "Bộ Y tế"
                if names.is_admin_type(doc[it.name[0]]) and not lists.agency(doc, typed.name):
                    typed = it  # "phường A (99,9%), xã B (99,8%), C (99,7%)": "xã C"
                elif (
                    names.head_word(doc[it.name[0]]) and doc[it.name[0]].ent_type_ != "ORG"  # (not "Ngân hàng Nhà nước" among ministries)
                    and doc[typed.name[0]].ent_type_ != "ORG_OF"  # ("Đảng bộ Công ty A (..), Tổng Công ty B": "Đảng bộ" for each)
                ):
                    typed = it  # "Công ty cổ phần A (12,7%), Công ty TNHH B (18,2%) và C": "Công ty TNHH C";
                    # "Ban Quản lý X (87,6%), UBND huyện A (85,1%) và B (81,7%)": "UBND huyện B"
                elif doc[it.name[0]].ent_type_ == "ORG_OF" and doc[it.name[0]].ent_id_ == "party-body" and doc[typed.name[0]].ent_id_ == "party-body":
                    typed = it  # "Đảng bộ Văn phòng Tỉnh ủy (98,6%), Chi bộ Ban Tổ chức Tỉnh ủy (97,9%), Ban Tuyên giáo ... (96,4%)": "Chi bộ"
            else:
                first = typed = it
                group = group_of(text[:name_char])
                lead = lists.lead_head_before(doc, it.name[0]) or self._field_peer_head(sent, m, it.name)
                full = doc[it.name[0] : it.name[1]].text
                full = names.expand_generic(full, doc, it.name, self.seg.title, self.seg.text, m.offset + doc[it.name[0]].idx)
            if lead:
                full = names.with_lead(lead, doc[it.name[0] : it.name[1]].text)
            self._add_org(sent, m, it.name, full, it.percent, group, (0, first.name[0]))
            prev = it
        # percents after a figure verb: the nearest name before them
        self._cue_figures(sent, m, [p for p in percent_ents(doc) if (p.start, p.end) not in paren_pcts])

    def _cue_figures(self, sent: Sentence, m: Matched, pcts: list[Any]) -> None:
        """"X đạt 94%", "X có tỷ lệ ... là 28,34%", "X và Y cùng đạt 58,33%",
        "X, Y, Z tăng lần lượt 10,8%, 17%, 20,5%"."""
        doc, text, c = m.doc, sent.text, cues()
        floor = clauses.dateline_end(doc)  # "(CMO) - ...": the agency's code is nobody's subject
        i = 0
        last: list[tuple[int, int]] = []
        changed = False  # the previous percent was the old value of a change
        carried_last: _Subject | None = None  # the previous percent's subject, from another sentence
        topic_memo: list[tuple[int, int] | None] = []  # the sentence's topic, found when first needed
        shared: set[int] = set()  # later percents of a "lần lượt" run with one subject

        def topic() -> tuple[int, int] | None:
            if not topic_memo:
                topic_memo.append(clauses.topic(doc))
            return topic_memo[0]

        while i < len(pcts):
            pct = pcts[i]
            if is_threshold(text, pct):
                if clauses.is_exact(doc, pct):  # "đạt 100% như: A, B": each item gets it
                    for span, name in lists.lead_in_items(doc, text, pct):
                        self._add_org(sent, m, span, name, pct, None, (0, pct.start))
                floor = pct.end
                i += 1
                continue
            if is_interest_rate(text, pct) or clauses.is_ownership(doc, pct):
                i += 1  # (and "doanh nghiệp 100% vốn Hàn Quốc": how a company is owned)
                continue
            run = [pct]
            while i + len(run) < len(pcts) and all(
                t.text in (",", ";") or t.norm_.casefold() in c.conjunctions or t.norm_.casefold() in c.change_verbs
                for t in doc[run[-1].end : pcts[i + len(run)].start]  # "tăng 3%, giảm 6,5% và tăng 11%"
            ):
                run.append(pcts[i + len(run)])
            k = pct.start
            while k > floor and (doc[k - 1].ent_type_ == "QUAL" or doc[k - 1].norm_.casefold() in c.copulas):
                k -= 1
            if k - 1 > floor and doc[k - 1].text in (":", "-", "–"):
                k -= 1  # "Hà Nội: 95,2%", "Hải Phòng - 90%": the name labels its figure
            clause_floor = floor
            for j in range(k - 1, floor - 1, -1):
                if doc[j].text in (";", ":") and not clauses.is_label_colon(doc, j) and not clauses.in_parentheses(doc, j, k):
                    clause_floor = j + 1
                    break
            resp = next((j for j in range(max(clause_floor, k - 3), k) if doc[j].norm_.casefold() in c.respectively), None)
            if resp is not None and len(run) > 1 and clauses.earlier_respectively(doc, clause_floor, resp) is not None:
                resp = clauses.earlier_respectively(doc, clause_floor, resp)  # "A, B lần lượt đạt ..., tương ứng tăng"
            if resp is not None and len(run) > 1:
                at = resp
                if doc[resp - 1].text == ",":  # "Hà Nội và TP.HCM, hai địa phương ..., lần lượt"
                    at = next((j for j in range(resp - 2, max(clause_floor, resp - 12) - 1, -1) if doc[j].text == ","), resp)
                listed = lists.plural_lead(doc, clause_floor, resp)  # "các công ty cổ phần A, B và C lần lượt"
                if len(listed) == len(run):
                    for (span, name), p in zip(listed, run, strict=True):
                        self._add_org(sent, m, span, name, p, None, (0, span[0]))
                    floor = run[-1].end
                    i += len(run)
                    continue
                subjects = self._subjects(doc, at, clause_floor, floor, max_gap=3, paired=True)
                if len(subjects) != len(run):  # "A, B vẫn ở mức thấp, lần lượt 64,3% và 68%"
                    subjects = self._subjects(doc, resp, clause_floor, floor, max_gap=8, paired=True)
                if not subjects and floor < clause_floor - 1 and doc[clause_floor - 1].text == ";" and clauses.opens_with_metric(doc, clause_floor, resp):
                    before = next((j + 1 for j in range(clause_floor - 2, floor - 1, -1) if doc[j].text == ";"), floor)
                    named = self._subjects(doc, clause_floor - 1, before, floor, max_gap=16, paired=True)
                    subjects = named if len(named) == len(run) else subjects
                    # "A và B được ...; tỷ lệ hài lòng lần lượt đạt 89,6% và 81,25%": the clause before names them
                if len(subjects) == len(run):
                    for span, p in zip(subjects, run, strict=True):
                        self._add_named(sent, m, span, p, first=subjects[0])
                    floor = run[-1].end
                    i += len(run)
                    continue
                group = self._plural_referents(sent, m, clause_floor, resp, len(run))
                if group:  # "Tỷ lệ ... của các trung tâm này lần lượt đạt 86% và 82,5%": the centres named before
                    for subject, p in zip(group, run, strict=True):
                        self._append(sent, m, subject, p, None, (clause_floor, p.start))
                    floor = run[-1].end
                    i += len(run)
                    continue
                # "X phục vụ 178.615 lượt khách và 1.204 chuyến bay, tăng lần lượt 16,8% và 9,5%": one
                # subject, a figure for each of its counts
                ents = doc_ents(doc)
                counts = sum(
                    e.label_ == "NUMBER" and clause_floor <= e.start < resp and f.start == e.end and f.label_ in ("UNIT", "SCALE")
                    for e, f in zip(ents, ents[1:], strict=False)
                )
                alone = len(subjects) == 1 and not any(names.is_name_start(doc, j) for j in range(clause_floor, subjects[0][0])) and not any(
                    t.text[:1].isupper() for t in doc[subjects[0][1] : resp]
                )  # (not "Phường A, B là ..., lần lượt": a list whose second name reads as a person's)
                if counts >= len(run) or alone:  # (or "X tăng lần lượt 5,2% và 4,8%": the one name the clause has)
                    shared.update(p.start for p in run[1:])
            if resp is None and len(run) > 1 and _plain_run(doc, run):
                listed = lists.plural_lead(doc, clause_floor, k)  # "Hai huyện A và B chưa hoàn thành ..., chỉ đạt 88,4% và 86%"
                if len(listed) == len(run) and clause_floor <= listed[0][0][0] - 2 and not any(t.ent_type_ in ("NUMBER", "PERCENT") for t in doc[listed[-1][0][1] : k]):
                    for (span, name), p in zip(listed, run, strict=True):
                        self._add_org(sent, m, span, name, p, None, (0, span[0]))
                    floor = run[-1].end
                    i += len(run)
                    continue
                # "A và B có tỷ lệ ... đạt 92,4% và 90,1%": as many names as percents, in order
                subjects = self._subjects(doc, k, clause_floor, floor, max_gap=12)
                typed = [bool(names.head_word(doc[s[0]]) or names.is_admin_type(doc[s[0]])) for s in subjects]
                if len(subjects) == len(run) and typed and typed[0] and all(t or names.is_proper(doc[s[0]]) for t, s in zip(typed, subjects, strict=True)):
                    # (a unit's type word heads a name too, and a later bare item takes the first's: "huyện A, B và thị xã C với 79,9%, 80,2% và 81%")
                    for span, p in zip(subjects, run, strict=True):
                        self._add_named(sent, m, span, p, first=subjects[0])
                    floor = run[-1].end
                    i += len(run)
                    continue
            if clauses.share_of_count(doc, k):
                floor = pct.end
                last = []
                i += 1
                continue
            owner = clauses.owner_after(doc, pct) or clauses.opening_subject(doc, pct)
            if owner is None and (clauses.owned_elsewhere(doc, pct) or clauses.compared(doc, pct) or clauses.national(doc, clause_floor, k)):
                floor, last, i = pct.end, [], i + 1  # "thấp hơn mức 93,4% của cả nước"; "giao dịch ... trên cả nước tăng 86%"
                continue
            subjects = [owner] if owner else self._subjects(doc, k, clause_floor, floor, max_gap=12)
            if len(subjects) == 1 and not owner and _place_then_body(doc, subjects[0], k):
                subjects = []  # "... với các chủ hàng ở Hải Dương, Hưng Yên, tỷ lệ ... của công ty giảm xuống 19%": the company's
            inner = len(subjects) == 1 and floor + 1 < subjects[0][0] and not owner and all(
                names.is_capitalized(t) for t in doc[floor + 1 : subjects[0][0]]
            )  # ("..., Vận tải Biển Phương Nam tăng 6,5%": a field the name it found ends)
            if (not subjects or inner) and len(last) == 1 and (field := _field_item(doc, floor, k, last[0])) is not None:
                self._add_org(sent, m, field[0], field[1], pct, None, (0, field[0][0]))
                floor, i = pct.end, i + 1  # "Trường ĐH Kinh tế đạt 94,05%, Ngoại ngữ 89,7%": "Trường ĐH Ngoại ngữ"
                continue
            if not subjects and last and (changed or pct.start in shared or clauses.continues(doc, floor, k) or (
                clauses.subject_part(doc, floor, k) and not _points_back(doc, floor, k)
            )):  # ("riêng khu du lịch này đạt 108%": the part named before, not the subject's)
                subjects = last  # "Bộ KH&CN, có kết quả là 71%, giảm 6,27%": same subject
            carried = None
            if not subjects and not last and carried_last is not None and (changed or clauses.continues(doc, floor, k)):
                carried = carried_last  # "của chi nhánh đạt ..., bằng 51,6% kế hoạch, tăng 7,2%"
            elif not subjects:
                ref = self._referent(sent, m, k, clause_floor, pct)
                opening = clauses.dateline_end(doc)  # "Ga này đã ...; tỷ lệ ... đạt 93,5%": the sentence's opening referent
                if not ref and opening < clause_floor < len(doc) and (
                    clauses.opens_with_metric(doc, clause_floor, k, anonymous=False) or names.key(doc[clause_floor]) in c.clause_adverbs
                ):  # ("Đơn vị đã thụ lý ...; đã thi hành xong 14.935 việc, đạt tỷ lệ 86,27%")
                    ref = self._referent(sent, m, min(clause_floor, opening + 3), opening, pct)
                    first = None if ref else clauses.referent_at(doc, opening, clause_floor - 1)  # or after its adverbials
                    if first is not None and doc[first[0] - 1].text == ",":
                        ref = self._referent(sent, m, min(clause_floor, first[0] + 2), opening, pct)
                if isinstance(ref, _Subject):
                    carried = ref  # "Đơn vị này cũng đã số hóa 100% ..."
                elif ref:
                    subjects = ref
                elif (para := self._paragraph_subject(sent, doc, clause_floor, k)) is not None:
                    carried = para  # "... công ty vẫn duy trì ... . Tổng doanh thu đạt ..., bằng 103% kế hoạch"
            if carried is not None:
                self._add_carried(sent, m, pct, carried)
            carried_last = carried
            # "giảm từ 41,2% xuống còn 35,3%": the old and the new value are both the subject's
            changed = i + 1 < len(pcts) and clauses.is_old_value(doc, pct, pcts[i + 1])
            if not subjects and (t := topic()) is not None and clauses.about_topic(doc, t, pct) and not (
                carried is not None and (_place_of(doc, t) or _bare_place_of(doc, t))
            ):  # (not "thị phần của đơn vị này tại TP.HCM": where the referent's share is)
                subjects = [t]
            if not subjects and topic() is None and (carried := self._elaborated(sent, doc, pct) or self._bullet_lead(sent)):
                self._add_carried(sent, m, pct, carried)
            several = len(subjects) > 1 or (len(subjects) == 1 and _last_of_list(doc, subjects[0]))  # ("Hai huyện A, B ... dưới 45%")
            banded = several and k < pct.start and doc[k].ent_id_ in ("under", "over")
            averaged = len(subjects) > 1 and _group_figure(doc, subjects[-1][1], pct.start)
            for span in [] if banded or averaged else subjects:  # "A, B, C ở mức dưới 10%" is a band
                # (and "A, B và C có mức hài lòng bình quân 79,5%" the group's average)
                self._add_named(sent, m, span, pct)
            last = subjects
            floor = pct.end
            i += 1

    def _referent(self, sent: Sentence, m: Matched, k: int, floor: int, pct: Any = None) -> list[tuple[int, int]] | _Subject:
        """"của đơn vị này", "Bệnh viện này", "của công ty" (before the percent, or right after
        it and its metric: "92,5% diện tích của hợp tác xã"; or "Đơn vị đã ..." opening the
        sentence): the name the phrase points back to, the nearest before it in the
        sentence; else, for a demonstrative, the subject of the sentence before, and for
        a plain noun ("của công ty") the one name the sentence before writes with that
        noun as its head."""
        doc = m.doc
        at = clauses.referent_at(doc, floor, k)
        if at is None and pct is not None:
            at = clauses.referent_after(doc, pct)  # "92,5% diện tích rừng của hợp tác xã"
        if at is None:
            return []
        i, demonstrative = at
        if (i < k and phrase_starts(doc, i, k, cues().breakdown_markers)) or (pct is not None and _part_after(doc, pct.end)):
            return []  # "Công ty quản lý ..., trong đó dân cư chiếm 58%", "..., 70% trong số đó là nữ": a part's share
        banded = pct is not None and pct.start > 0 and doc[pct.start - 1].ent_id_ in ("under", "over")
        between = doc[i + 1 : k]
        counted_kind = any(clauses.is_count(doc, t) for t in between) and any(t.norm_.casefold() in cues().existential for t in between)
        if banded and i < k and (counted_kind or any(names.key(t) in names.lexicon().plural_markers for t in between)):
            return []  # "Sở yêu cầu các cơ sở có tỷ lệ đạt dưới 50% ...", "phát hiện 3 đơn vị có tỷ lệ ... trên 5%": the kind's criterion
        noun = doc[i].norm_.casefold()
        j, lead = i, clauses.dateline_end(doc)  # (not the agency of a dateline)
        headed_ends: list[int] | None = None  # where the names with a head after ``lead`` end
        if demonstrative:
            lead = clauses.fronted_clause_end(doc, lead, i)  # "Do gần X ..., đơn vị này": not X
        while (span := names.name_before(doc, j, lead)) is not None:
            if span[1] - span[0] == 1 and names.acronym_gloss_at(doc, span[0] - 1):
                outer = names.name_before(doc, span[0] - 1, lead)  # "Tổng Công ty X (EVNNPC) cho biết, đơn vị ...": the name it glosses
                if outer is not None and outer[1] == span[0] - 1:
                    span = outer
            head = (names.head_word(doc[span[0]]) or "").casefold()
            if head != noun and not demonstrative and (inner := _inner_head(doc, span, noun)) is not None:
                span, head = (inner, span[1]), noun  # "Chủ tịch CĐCS Công ty CP X cho biết, công ty ...": the company
            placed = _placed(doc, span)  # "dịch vụ đò tại Tam Cốc", "tại sân bay Tân Sơn Nhất"
            acronym = doc[span[0]].text in cues().referent_acronyms.get(noun, ()) or names.key(doc[span[0]]) == noun  # "của hợp tác xã", "của HTX": "HTX ..." before
            first = doc[span[0]]
            bare = noun in cues().generic_referents and not head and not (
                names.is_admin_type(first) or names.is_acronym(first) or names.key(first) in names.lexicon().type_heads
            )  # (not "BHXH huyện X": an office named by its acronym)
            if _term_gloss(doc, span):
                j = span[0]  # "chỉ số ... (SAIDI) của đơn vị này": the term's abbreviation
                continue
            if demonstrative and _wider_head(head, noun):
                j = span[0]  # "Theo Tổng cục Hải quan, ...; riêng cục này ...": a "cục" is no "Tổng cục" (nor "Chi cục")
                continue
            if headed_ends is None and bare:
                headed_ends = [b for a, b in _headed_names(doc) if a >= lead]  # (read once for the walk back)
            if bare and (i > 0 and doc[i - 1].text == ";" or any(b < span[0] for b in headed_ends or ())) and not any(
                o.start == m.offset + doc[span[0]].idx for o in self.organizations
            ):
                j = span[0]  # "X cho biết khu vực A, B đón ...; đơn vị đạt 109%": the body, not a place named after it
                continue  # (one the clause before gave a figure to stays: "Hội CCB huyện X đạt 99,6%; đơn vị này cũng có 100% ...")
            if (demonstrative or noun in cues().generic_referents or head == noun or head.startswith(f"{noun} ") or acronym) and not (_place_of(doc, span) or placed):
                if names.person_at(doc, span[0]) == span[0] and (not names.is_vague(doc, span) or self._completes(m, span)):
                    return [span]  # ("Bưu điện tỉnh đang chi trả ...; tỷ lệ ... của đơn vị đạt 31,2%": completed from the article)
            j = span[0]
        if not demonstrative:  # "Theo Chi nhánh X, .... Doanh thu của chi nhánh đạt 51,6%"
            kind = i + 1 < len(doc) and doc[i + 1].text[:1].islower() and not doc[i + 1].ent_type_ and names.key(doc[i + 1]) not in (
                cues().figure_verbs | cues().clause_adverbs
            )  # "lỗi của hãng hàng không": a kind of body, no one named
            found = self._last_named(sent, noun, anyhead=noun in cues().generic_referents and not kind)
            if found is None and doc[i].text[:1].isupper() and noun not in cues().generic_referents:
                opens = i == 0 or doc[i - 1].is_punct  # (the clause's subject: "Ở lĩnh vực X, Sở tiếp nhận ...")
                found = self._sole_in_article(noun, m.offset + doc[i].idx, lead=opens)  # "Chi cục đã kiểm tra ...": the one Chi cục named
            elif found is None and noun not in cues().generic_referents and not kind:
                found = self._sole_in_article(noun, m.offset + doc[i].idx, lead=True)  # "toàn công ty", "của công ty": the one company the article named
            return found or []
        if (previous := self._matched_before(sent)) is not None:
            found = self._subject_of(*previous)
            if found is None and not _headed_names(previous[1].doc):
                found = self._last_subject(sent)  # "X ... giảm 9,2%. Theo lãnh đạo công ty, ... . Đến nay, đơn vị này ..."
            elif found is None:
                found = self._sole_name(previous[0], previous[1])  # "Giám đốc X cho biết ... cho 12 đơn vị. Đơn vị đã hoàn thành 87,5%": X
            post = clauses.speaker_body(doc, clauses.dateline_end(doc), i) if noun in cues().generic_referents else None
            if found is not None and post is not None and found.name.split(" ", 1)[0].casefold() in names.lexicon().admin_types:
                found = self._last_named(sent, post) or found  # "Ông X, Giám đốc trung tâm cho biết, đơn vị đạt 102%": the centre's, not the province's
            if found is not None and noun not in cues().generic_referents and not _called(found.name, noun) and (named := self._last_named(sent, noun)) is not None:
                found = named  # "tỉnh có 21 sản phẩm, trong đó HTX X có 3 sản phẩm. Doanh thu của HTX này ...": the HTX, not the province
            if found is not None and _wider_head(found.name, noun):
                found = self._sole_in_article(noun, m.offset + doc[i].idx, lead=True)  # "Chi cục X giảm 6,2%. ... riêng cục này": the Cục
            return found or []
        if demonstrative and (before := self._figureless_before(sent)) is not None:
            found = self._sole_name(*before)  # "X lại có mức tăng cao nhất. Đơn vị này thu tăng 24,3%"
            if found is None and not _headed_names(before[1].doc) and (prior := self._prior_in_paragraph(before[0], sent)) is not None:
                found = self._sole_name(*prior)  # "X đã tiếp nhận ... . Tổn thất ... giảm mạnh. ... của đơn vị này đạt 99,7%": X
            return found or []
        return []

    def _prior_in_paragraph(self, before: Sentence, sent: Sentence) -> tuple[Sentence, Matched] | None:
        """The prose sentence before ``before``, in ``sent``'s paragraph, matched on words."""
        prior = self._prose_before(before)
        if prior is None or self._match_sentence is None or "\n" in self.seg.text[prior.end : sent.start]:
            return None
        return prior, self._match_sentence(prior)

    def _paragraph_subject(self, sent: Sentence, doc: Any, floor: int, k: int) -> _Subject | None:
        """A figure whose clause names no one and opens with what it measures ("Tổng doanh
        thu đạt 486,3 tỷ đồng, bằng 103% kế hoạch") is the subject's of the sentence before,
        in the same paragraph: the one subject of its figures, else its topic, else the body
        its opening referent points back to ("Năm 2024, ..., công ty vẫn duy trì ..."); over
        up to :data:`PARAGRAPH_STEPS` sentences that name no one either ("Huyện X ... .
        Thu nhập bình quân đạt 52 triệu đồng. Tỷ lệ hộ nghèo giảm còn 6,12%")."""
        opening = clauses.dateline_end(doc)
        if floor > opening or not clauses.opens_with_metric(doc, opening, k):
            return None  # (a later clause of a sentence: its own subject, or the one before it)
        after = sent
        for _ in range(PARAGRAPH_STEPS):
            before = self._prose_before(after)
            if before is None or "\n" in self.seg.text[before.end : after.start]:
                return None  # the paragraph's first sentence, or a caption
            if (previous := self._matched_before(after)) is not None:
                prev_m = previous[1]
            elif self._match_sentence is not None:
                prev_m = self._match_sentence(before)
            else:
                return None
            found = [o for o in self.organizations if o.sentence == before.index]
            subject = self._subject_of(before, prev_m, found)
            if subject is None and not found and (scope := clauses.generic_topic(prev_m.doc)) is not None:
                whole = self._written_in_full(before, prev_m, scope)  # "..., toàn tỉnh xảy ra 312 vụ": the article's province
                if whole.name != whole.mention and not any(names.key(t) in cues().sector_words for t in doc[floor:k]):
                    return whole  # (not "Doanh thu ngành viễn thông ... tăng 4,8%": a sector's)
            if subject is not None or found:
                return subject
            prev_doc = prev_m.doc
            lead = clauses.dateline_end(prev_doc)
            at = clauses.referent_at(prev_doc, lead, len(prev_doc))
            if at is not None and not at[1]:
                ref = self._referent(before, prev_m, min(len(prev_doc), at[0] + 2), lead)  # (with the verb after it)
                if isinstance(ref, _Subject):
                    return ref
                return self._written_in_full(before, prev_m, ref[0]) if len(ref) == 1 else None
            if not clauses.opens_with_metric(prev_doc, lead, len(prev_doc), whole=False):
                return None  # a sentence about something else
            after = before
        return None

    def _prose_before(self, sent: Sentence) -> Sentence | None:
        """The sentence right before ``sent`` when it is prose (no caption, not too long)."""
        if sent.index == 0 or sent.index > len(self.seg.sentences):
            return None
        before = self.seg.sentences[sent.index - 1]
        ok = before.index == sent.index - 1 and not (before.caption or before.too_long)
        return before if ok else None

    def _last_subject(self, sent: Sentence) -> _Subject | None:
        """The subject of the last figure found in the :data:`LOOK_BACK` sentences before
        ``sent``: what a demonstrative points back to when the sentence right before it
        names no body."""
        o = next((o for o in reversed(self.organizations) if o.sentence < sent.index), None)  # (not this sentence's list)
        if o is None or sent.index - o.sentence > LOOK_BACK:
            return None
        return _Subject(o.sentence, o.name, o.mention, o.start, o.end)

    def _plural_referents(self, sent: Sentence, m: Matched, lo: int, hi: int, n: int) -> list[_Subject]:
        """"các trung tâm này" in ``[lo, hi)`` before "lần lượt" and ``n`` figures: the ``n``
        bodies with that head the sentence before names, in its order; none otherwise."""
        doc, lex, c = m.doc, names.lexicon(), cues()
        at = next(
            (
                j for j in range(lo, hi - 2)
                if names.key(doc[j]) in lex.plural_markers and names.key(doc[j + 1]) in c.referent_nouns
                and names.key(doc[j + 2]) in lex.demonstratives
            ),
            None,
        )  # fmt: skip
        if at is None:
            return []
        noun = names.key(doc[at + 1])
        here = [  # "A đạt 82,1%, B đạt 80,6%; riêng về tiền, hai đơn vị này ... lần lượt": the sentence's own, before
            o for o in self.organizations
            if o.sentence == sent.index and o.end <= m.offset + doc[at].idx and (noun in cues().generic_referents or _called(o.name, noun))
        ]
        if len(here) == n and len({o.name for o in here}) == n:
            return [_Subject(sent.index, o.name, o.mention, o.start, o.end) for o in here]
        previous = self._matched_before(sent)
        if previous is None:
            return []
        prev_sent, prev_m, _ = previous
        pdoc = prev_m.doc
        spans = [
            s for s in _headed_names(pdoc)
            if _headed_by(names.head_word(pdoc[s[0]]) or "", noun) or _called(pdoc[s[0] : s[1]].text, noun)
        ]  # fmt: skip
        if len({pdoc[a:b].text for a, b in spans}) != n or len(spans) != n:
            return []
        return [self._written_in_full(prev_sent, prev_m, span) for span in spans]

    def _matched_before(self, sent: Sentence) -> tuple[Sentence, Matched, list[Organization]] | None:
        """The sentence right before ``sent`` when it was matched (it had figures), with the
        organizations found there; matched again on words if it was on syllables (counts
        only), since names need words."""
        if self._previous is None or self._previous[0].index != sent.index - 1:
            return None
        prev_sent, prev_m, found = self._previous
        if prev_m.doc.user_data.get("syllables") and self._match_sentence is not None:
            prev_m = self._match_sentence(prev_sent)
        return prev_sent, prev_m, found

    def _last_named(self, sent: Sentence, noun: str, *, anyhead: bool = False) -> _Subject | None:
        """The organization the sentence right before ``sent`` names with head ``noun``
        (written with the head capitalized), when it names one only: of its figures'
        subjects if it has, else of its names."""
        before: tuple[Sentence, Matched] | None
        if (previous := self._matched_before(sent)) is not None:
            prev_sent, prev_m, found = previous
            named = {o.name: o for o in found if anyhead or _called(o.name, noun)}
            if len(named) == 1:  # its figures' subject, named as its rules found it
                o = next(iter(named.values()))
                return _Subject(prev_sent.index, o.name, o.mention, o.start, o.end)
            before = prev_sent, prev_m
        else:
            before = self._figureless_before(sent)
        if before is None:
            return None
        for earlier in [before, *self._earlier(before[0])]:
            doc = earlier[1].doc
            spans = [
                span
                for span in _headed_names(doc)
                if (anyhead or _headed_by(names.head_word(doc[span[0]]) or "", noun) or _called(doc[span[0] : span[1]].text, noun))
                and not names.is_generic(doc, span)
                and span[0] >= clauses.dateline_end(doc)  # (not the agency of a dateline: "(Báo Bắc Giang) -")
            ]
            if not spans:
                continue  # "Theo Cảng hàng không X, ... Ngày cao điểm, cảng ... Tỷ lệ ... của cảng"
            spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]  # ("Điện lực X" within "Công ty Điện lực X")
            if len({doc[a:b].text for a, b in spans}) > 1:
                return None
            span = spans[-1]
            name = names.canonical(doc, span, doc[span[0] : span[1]].text)
            name = names.expand_generic(name, doc, span, self.seg.title, self.seg.text, earlier[1].offset + doc[span[0]].idx)
            return _written(*earlier, span, name)  # ("Bệnh viện Đa khoa tỉnh": the province's, named in full before)
        return None

    def _sole_in_article(self, noun: str, at: int, *, lead: bool = False) -> _Subject | None:
        """The one body with head ``noun`` the article has named with its figures before
        ``at`` (or, with ``lead``, in its lead, figures or not), when every name it wrote
        with that head is the first one or a start of it ("Chi cục Trồng trọt và Bảo vệ
        thực vật tỉnh Nghệ An", then "Chi cục")."""
        found = {*self._named(), *self._lead_names()} if lead else self._named()
        named = [(pos, n) for pos, n in found if pos < at and _called(n, noun)]
        if not named:
            return None
        pos, first = max(named, key=lambda p: (len(p[1]), -p[0]))
        if not all(first.startswith(n) for _, n in named) or _cut_short(first, self.seg.text[pos + len(first) :]):
            return None  # (not "Ban Tổ" + "chức" found on syllables: a name cut short)
        sent = next((s for s in self.seg.sentences if s.start <= pos < s.end), None)
        if sent is None:
            return None
        return _Subject(sent.index, first, first, pos, pos + len(first))

    def _lead_names(self) -> list[tuple[int, str]]:
        """The names the article's lead (its first :data:`LEAD_SENTENCES` prose sentences
        after the title) writes with a head, figures or not, where it writes them: the body
        a report is about ("Năm 2023, Sở Tư pháp tỉnh X đã ..."), which a head written alone
        later points back to ("Sở tiếp nhận 9.842 hồ sơ ..., đạt 99,6%")."""
        if self._lead is None:
            self._lead = []
            match_sentence = self._match_sentence
            if match_sentence is None:
                return self._lead
            prose = [s for s in self.seg.sentences if not (s.caption or s.too_long) and s.start >= len(self.seg.title or "")]
            for sent in prose[:LEAD_SENTENCES]:
                m = match_sentence(sent)
                self._lead.extend((m.offset + m.doc[a].idx, m.doc[a:b].text) for a, b in _headed_names(m.doc))
        return self._lead

    def _earlier(self, sent: Sentence) -> Iterator[tuple[Sentence, Matched]]:
        """The prose sentences before ``sent``, nearest first, up to :data:`LOOK_BACK`, each
        matched on words when asked for."""
        if self._match_sentence is None:
            return
        for before in reversed(self.seg.sentences[max(0, sent.index - LOOK_BACK) : sent.index]):
            if not (before.caption or before.too_long):
                yield before, self._match_sentence(before)

    def _sole_name(self, sent: Sentence, m: Matched) -> _Subject | None:
        """The one organization a sentence names with a head (its topic when it has one),
        as the subject a demonstrative in the next sentence points back to (completed as
        :meth:`_written_in_full` does)."""
        doc = m.doc
        lead = clauses.dateline_end(doc)  # (not the paper of a dateline: "(Báo Bình Định) -")
        spans = [
            span for span in _headed_names(doc)
            if not names.is_generic(doc, span) and span[0] >= lead and not phrase_starts(doc, lead + 1, span[0], cues().breakdown_markers)
            and not (span[0] > lead and names.key(doc[span[0] - 1]) in cues().place_prepositions and names.is_admin_type(doc[span[0]]))
        ]  # (not "Tổng công ty có 3 nhà máy; trong đó Nhà máy X ...": a part it names; nor where
        # it works: "cung cấp nước cho ... khách hàng tại TP Hà Tĩnh"; a body there stays: "ở Trung tâm Y tế X")
        spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]  # not within another
        if not spans:
            return self._subject_of(sent, m, [])
        if len({doc[a:b].text for a, b in spans}) > 1:
            return None  # "Sở Y tế và Sở Tài chính ...": which one is unclear
        return self._written_in_full(sent, m, spans[0])

    def _written_in_full(self, sent: Sentence, m: Matched, span: tuple[int, int]) -> _Subject:
        """The name at ``span`` as a subject, completed from its full form in the article
        when it is generic, ends in its type ("Bệnh viện Đa khoa tỉnh") or is a head alone
        ("Cục Thuế"; see :func:`names.expand_generic`)."""
        doc = m.doc
        name = names.canonical(doc, span, doc[span[0] : span[1]].text)
        name = names.expand_generic(name, doc, span, self.seg.title, self.seg.text, m.offset + doc[span[0]].idx)
        return _written(sent, m, span, name)

    def _figureless_before(self, sent: Sentence) -> tuple[Sentence, Matched] | None:
        """The sentence right before ``sent``, matched now, when it held no figure (so it
        was never matched) and is prose; None otherwise."""
        before = self._prose_before(sent)
        if self._match_sentence is None or before is None:
            return None
        if self._previous is not None and self._previous[0].index == before.index:
            return None  # matched already (it has figures)
        return before, self._match_sentence(before)

    def _elaborated(self, sent: Sentence, doc: Any, pct: Any) -> _Subject | None:
        """Does this sentence detail the one before it ("Cụ thể: hoá học 6,04%")? Then
        that sentence's subject, which owns a percent that has none here; not a band,
        nor a part's share."""
        if self._previous is None or self._previous[0].index != sent.index - 1 or len(doc) < 2:
            return None
        opener = {doc[0].norm_.casefold(), f"{doc[0].norm_} {doc[1].norm_}".casefold()}
        if not opener & cues().elaboration_openers:
            return None
        if pct.start > 0 and doc[pct.start - 1].ent_id_ in ("under", "over"):
            return None
        if any(t.ent_type_ == "UNIT" for t in doc[max(0, pct.start - 3) : pct.start]):
            return None
        return self._subject_of(*self._previous)

    def _bullet_lead(self, sent: Sentence) -> _Subject | None:
        """A list line with no subject of its own ("- tỷ lệ tiêu thụ vé đạt 93,8%;") under a
        line that ends with a colon and names one body ("Riêng Công ty X báo cáo:"): that
        body; None otherwise."""
        if self._match_sentence is None or not sent.text.startswith(clauses.BULLETS):
            return None
        j = sent.index - 1
        while 0 <= j < len(self.seg.sentences) and self.seg.sentences[j].text.startswith(clauses.BULLETS):
            j -= 1
        if not 0 <= j < len(self.seg.sentences):
            return None
        lead = self.seg.sentences[j]
        if lead.index != j or lead.caption or lead.too_long or not lead.text.rstrip().endswith(":"):
            return None
        return self._sole_name(lead, self._match_sentence(lead))

    def _add_carried(self, sent: Sentence, m: Matched, pct: Any, c: _Subject) -> None:
        self._append(sent, m, c, pct, None, (0, pct.start))

    def _subject_of(self, sent: Sentence, m: Matched, found: list[Organization]) -> _Subject | None:
        """A sentence's one subject: of its figures, else its topic."""
        if found:
            if len({o.name for o in found}) > 1:
                return None
            o = found[0]
            return _Subject(sent.index, o.name, o.mention, o.start, o.end)
        topic = clauses.topic(m.doc)
        if topic is None:
            return None
        return self._written_in_full(sent, m, topic)

    def _subjects(
        self, doc: Any, k: int, floor: int, coord_floor: int, *, max_gap: int, paired: bool = False
    ) -> list[tuple[int, int]]:
        """The name governing a figure at token ``k`` and any names coordinated with it
        ("Hải Dương và Hậu Giang, cùng đạt 58,33%"; "A; B; C và D là 4 đơn vị ... đạt
        100%"), in text order. A name given as a source ("Theo Bộ Tài chính, ...") is not
        a subject. The gap to the figure may be longer when it holds no other number."""
        span = _clause_number(doc, floor, k) or names.name_before(doc, k, floor)  # ("..., số 2 đạt 88,1%")
        adjunct = (0, 0)
        if span is not None:
            span = _enclosing_name(doc, span, floor)
        if span is not None and span[0] - 2 >= floor and names.key(doc[span[0] - 1]) in cues().branch_places:
            body = names.name_before(doc, span[0] - 1, floor)  # "Chi nhánh Công ty X tại Nha Trang": one name
            if body is not None and body[1] == span[0] - 1 and names.key(doc[body[0]]) in cues().branch_heads:
                span = (body[0], span[1])
        place = _glossed(doc, span, floor) if span is not None else None  # ("tại TP Thuận An (Bình Dương)": the place glossed)
        if place is not None and place[0] - 2 >= floor and ((typed := _place_of(doc, place)) or _bare_place_of(doc, place)) and (
            not doc[place[0] - 2].is_punct or doc[place[0] - 2].text == ")"  # (after an alias: "X (ICD Phủ Lý) ở Hà Nam")
        ):
            body = names.name_before(doc, place[0] - 1, floor)  # "Xí nghiệp X tại huyện Y ... đạt 95%": the body's
            if body is not None and body[1] + 1 == place[0] - 1 and doc[body[1]].text == ")":
                body = _glossed(doc, body, floor)  # "Công ty CP Cảng cạn Phủ Lý (ICD Phủ Lý) ở Hà Nam": the name its alias glosses
            if body is not None and names.head_word(doc[body[0]]) and not names.is_admin_type(doc[body[0]]) and (
                typed or body[1] < place[0] - 1 or names.key(doc[place[0] - 1]) not in cues().branch_places
            ):  # (a bare place right after a body and "tại" may name its office: "Đại diện Cảng vụ X tại Cẩm Phả"; after "ở" it is where the body is)
                end = place[1] if span is None or span == place else span[1] + 1  # (the place, its gloss and its preposition are no part of the gap)
                adjunct, span = (place[0] - 1, end), body
            elif clauses.referent_at(doc, max(floor, place[0] - 8), place[0] - 1) is not None:
                return []  # "thị phần của đơn vị này tại TP.HCM ở mức 38%": the referent's, where it is
        if span is not None and (commune := _located_commune(doc, span, floor)) is not None:
            span = commune  # "Tại xã Ea Rốk, huyện Ea Súp, tỷ lệ ... 5,4%": the commune's; its district locates it
        if span is not None and (lead := _partner_lead(doc, span, floor)) is not None:
            span = lead  # "LĐLĐ tỉnh X phối hợp với VNPT X triển khai ..., đạt 76%": the federation's
        past = 0  # where the gap to the figure starts, past an apposition
        while span is not None:
            aside = clauses.aside(doc, span, k)
            if aside is None:
                aside = clauses.comma_aside(doc, span, k)  # "Chi nhánh X, nơi có ... toàn tỉnh, đạt": the branch's
            if aside is None:
                aside = clauses.quoted_title(doc, span, k)  # 'X tổ chức ngày hội "Giọt hồng Đại Lãnh", ... đạt': X's
            if aside is None and (aside := clauses.apposition(doc, span, k)) is not None:
                past = span[1]  # "Trung tâm X, đơn vị trực thuộc Sở GTVT, kiểm định ...": the centre's (from the comma)
            if aside is not None:
                span = names.name_before(doc, aside, floor)
            elif (
                clauses.is_source(doc, span) or clauses.is_scope(doc, span) or clauses.is_basis_agent(doc, span) or clauses.is_passive_agent(doc, span)
                or clauses.is_share_whole(doc, span) or _a_kind(doc, span) or _term_gloss(doc, span) or clauses.in_price(doc, span)
            ):
                span = names.name_before(doc, span[0], floor)
            elif span[0] > floor and names.key(doc[span[0] - 1]) in cues().goal_markers and doc[span[0] - 1].text.islower():
                span = names.name_before(doc, span[0] - 1, floor)  # "kết nạp vào Đảng, đạt 107,2%": who admitted
            elif (raiser := _fund_raiser(doc, span, floor)) is not None:
                span = raiser  # "Ủy ban MTTQ tỉnh X vận động Quỹ Vì người nghèo được 86 tỷ đồng, tăng 21%": the committee's
            elif (verb := _object_verb(doc, span, k, floor)) is not None:
                span = names.name_before(doc, verb, floor)  # "X đã giới thiệu 1.150 đoàn viên ... cho Đảng xem xét, tăng 12,4%": X's
            else:
                break
        np_end = max(span[1], past) if span is not None else 0  # "A thuộc B": the gap to the figure starts after B
        if span is not None and span[0] >= 2 and span[1] < len(doc) and names.key(doc[span[1]]) in cues().agent_verbs and names.key(doc[span[0] - 1]) in cues().agent_markers:
            end = _before_gloss(doc, span[0] - 1, floor)  # ("Cảng X (TP Long Xuyên) do Công ty Y khai thác")
            body = names.name_before(doc, end, floor)  # "Khu di tích X do Ban Quản lý Y quản lý đón ..., giảm 4,3%": X's
            if body is not None and body[1] == end and names.head_word(doc[body[0]]) and not _held_in_phrase(doc, body, floor):
                np_end, span = span[1] + 1, body  # (not "dư nợ vốn vay NHCSXH do Hội LHPN tỉnh quản lý": the bank's loans, the association's figure)
        while span is not None and span[0] >= 2 and names.key(doc[span[0] - 1]) in cues().part_of:
            whole = names.name_before(doc, span[0] - 1, floor)  # "Xí nghiệp A của Công ty B": A
            if whole is None or whole[1] != span[0] - 1 or not names.head_word(doc[whole[0]]) or names.is_admin_type(doc[whole[0]]):
                break  # (not "khu công nghiệp Quế Võ của Công ty B", "tháng Tết của thành phố")
            if _owner_after(doc, span, k):
                break  # "Khu du lịch A thuộc Công ty B đón ..., doanh thu của công ty đạt 104%": B's
            span = whole
        if span is None:
            return []
        numbered = _numbered_after(doc, span, k)  # "Nông trường số 2 và số 4 ... lần lượt"
        if numbered and paired:
            span = numbered[-1]
        span = _with_part(doc, span)  # "KCN Nam Đình Vũ (khu 1)", "Bệnh viện X (cơ sở 2)": the part is named
        gap_from = max(span[1], np_end)
        code = names.code_gloss(doc, span)  # "Công ty cổ phần X (mã: DVX)": the stock code glosses the name
        opened = code if code is not None else span[0] - 1
        places = _places_gloss(doc, span, floor) if code is None else None  # "Công ty X (huyện Ia Grai, tỉnh Gia Lai)"
        if places is not None:
            opened = places
        if span[0] >= 1 and doc[opened].text == "(" and span[1] < len(doc) and doc[span[1]].text == ")":
            outer = names.name_before(doc, opened, floor)
            if outer is not None and outer[1] == opened:
                gap_from = span[1] + 1
                site = names.is_site(doc, span)  # "Công ty X (KCN Quang Châu)": where it is
                if code is None and places is None and (names.head_word(doc[span[0]]) or names.key(doc[span[0]]) in names.lexicon().type_heads) and not site:  # "Trường ĐH Sư phạm (ĐH Huế)": part of the name
                    span = (outer[0], span[1] + 1)
                else:  # "Trường ĐH Thủ Đô (Hà Nội)", "Kiểm toán nhà nước (KTNN)": a gloss, dropped
                    span = (outer[0], outer[1])
                    if span[0] - 2 >= floor and _place_of(doc, span) and not doc[span[0] - 2].is_punct:
                        body = names.name_before(doc, span[0] - 1, floor)  # "X có trang trại tại xã Y (huyện Z), ... đạt 94%": X's
                        if body is not None and names.head_word(doc[body[0]]) and not names.is_admin_type(doc[body[0]]):
                            span = body
                k = max(k, span[1])
        if _post_of_person(doc, span, k):
            return []  # "Ông X, Bí thư Huyện ủy, trúng cử với 96,4% số phiếu": the person's votes
        if span[0] > floor and any(
            " ".join(names.key(t) for t in doc[j : span[0]]) in cues().directive_verbs for j in (span[0] - 2, span[0] - 1) if j >= floor
        ):
            return []  # "Sở X đã kiến nghị Bộ Y xem xét giảm 20% giá vé": whom it asks, a proposal, no figure of theirs
        gap = [t for t in _without_asides(doc, gap_from, k) if t.text not in ("(", ")") and not adjunct[0] <= t.i < adjunct[1]]
        if _placed(doc, span) and (ref := clauses.referent_at(doc, gap_from, k)) is not None and ref[1]:
            return []  # "Riêng tại sân bay X, ..., tỷ lệ đúng giờ của hãng này đạt 72,3%": the setting; the referent names who
        verbs = cues().figure_verbs
        verb_at = gap_from  # "Nghệ An đã có 360/411 xã": adverbs before the name's own verb (after a gloss: "huyện X (tỉnh Y) có")
        while verb_at < len(doc) and doc[verb_at].norm_.casefold() in cues().clause_adverbs:
            verb_at += 1
        own = verb_at + 1 if verb_at < len(doc) and doc[verb_at].norm_.casefold() in cues().existential else -1
        own_end = next((t.i for t in doc[own:k] if t.text in (",", ";")), k) if own >= 0 else -1
        numeric = any(  # "... là 5 đơn vị đứng đầu": an apposition counting the subjects is fine,
            # and so are the name's own counts ("Cao Bằng có 85 bài thi ..., chiếm 1,89%",
            # "X có 7 khách sạn với 2.350 phòng, công suất ... đạt 88,3%")
            clauses.is_count(doc, t) and not (t.i > 0 and doc[t.i - 1].norm_.casefold() in cues().copulas) and not own <= t.i < own_end
            and not clauses.is_object_count(doc, t, k)  # "X đã tiếp nhận 186 tin báo, ..., đạt tỷ lệ 95,7%"
            for t in gap
        )
        objects = sum(  # "cấp 41.286 giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở ..., đạt": one object
            close - t.i - 1 for t in gap if t.ent_type_ == "NUMBER" and (close := clauses.object_end(doc, t, k)) is not None
        )
        if len(gap) - objects > (max_gap if numeric else max_gap + 8) or any(
            t.ent_type_ in ("PERCENT", "PERCENT_RANGE", "ORG") for t in gap
        ):
            return []
        if names.is_bare_head(doc, span) and not (span[0] > 0 and names.key(doc[span[0] - 1]) in names.lexicon().generic_markers):
            return []  # "Bộ", "Công ty" alone; but "toàn Đảng bộ" is the article's own
        before = []  # "qua hệ thống Kho bạc", not "nhiệm kỳ qua, Đảng bộ ..."
        for t in reversed(doc[max(0, span[0] - 2) : span[0]]):
            if t.is_punct:
                break
            before.append(t)
        before = [t for t in before if t.text[:1].islower() and not (t.i > 0 and names.key(doc[t.i - 1]) in cues().period_words)]
        # ("6 tháng qua toàn Cục": a time, not a channel)
        verb_after = span[1]  # ("do Cục Thuế trực tiếp quản lý")
        while verb_after < len(doc) and names.key(doc[verb_after]) in cues().clause_adverbs:
            verb_after += 1
        managed = (  # "thu ngân sách do Cục Thuế quản lý đạt": the office's; not "14 bến phà do tỉnh quản lý"
            verb_after < len(doc) and names.key(doc[verb_after]) in cues().agent_verbs
            and not any(t.ent_type_ == "NUMWORD" or clauses.is_count(doc, t) for t in doc[max(0, span[0] - 6) : span[0]])
        )  # (a measure is no count: "Tổn thất lưới 110 kV do Công ty X quản lý ở mức 1,73%")
        entrusted = span[0] >= 2 and f"{names.key(doc[span[0] - 2])} {names.key(doc[span[0] - 1])}" in cues().entrusted  # "Dư nợ ủy thác qua Hội Nông dân chiếm 31,2%"
        if not (managed or entrusted) and any(t.norm_.casefold() in cues().not_subject_after for t in before):
            return []  # "giải ngân qua hệ thống Kho bạc Nhà nước": a channel, not the subject
        if len(gap) > 6 and k < len(doc) and doc[k].ent_id_ in ("under", "over") and names.key(doc[k]) not in cues().figure_verbs:
            return []  # "... giải ngân dưới 50%" far from the name: a criterion, not its figure ("vượt 25%" is a verb's)
        head = " ".join(t.norm_.casefold() for t in gap[:4])
        if any(f" {v} " in f" {head} " for v in cues().reporting_verbs) and not _reports_own(doc, gap, k):
            return []  # the name reports the figure, it is not its subject
        if any(
            t.norm_.casefold() in cues().existential
            and t.i > verb_at  # "Cao Bằng có 85 bài thi": the name's own count
            and t.i + 1 < len(doc)
            and doc[t.i + 1].ent_type_ in ("NUMBER", "NUMWORD")
            for t in gap
        ):
            return []  # "có 13 bộ ngành ... dưới 20%": the counted group is the subject
        verb_at_k = k < len(doc) and doc[k].norm_.casefold() in verbs  # "của tỉnh năm nay là 71,97%"
        if (
            len(gap) and not all(t.norm_.casefold() in cues().clause_adverbs for t in gap)  # ("trong khi huyện X chỉ 31%": no gap)
            and not (verb_at_k or paired) and not any(t.norm_.casefold() in verbs or t.text == "," for t in gap) and not phrase_starts(doc, gap_from, k, verbs) and not _verb_before(gap)
        ):
            return []  # ("lần lượt" pairs names and figures whatever the verb: "kiểm soát nợ xấu lần lượt ở mức")
        if clauses.part_after_comma(gap) or (phrase_starts(doc, gap_from, k, cues().breakdown_markers) and _identity_after(doc, k)) or _identity_after(doc, k, marked=True):
            return []  # "Hà Nội có 500 đảng viên mới, nữ chiếm 20%", "..., trong đó 65% là nữ": the share of a part
        if clauses.own_subject_clause(doc, doc[max(span[1], gap_from) : k], k):  # (after a gloss: "Công ty X (huyện A, tỉnh B) đạt")
            return []  # "Ngân hàng Nhà nước là cơ quan quản lý, lãi suất tăng 2%"
        found = [_with_field(doc, span, coord_floor) if paired else span]  # ("lần lượt": as many names as figures)
        opening = clauses.dateline_end(doc)
        fronted = names.key(doc[opening]) in cues().cause_openers  # "Nhờ ..., Do ...": a fronted clause of cause
        while True:
            start = found[0][0]
            if start - 2 < coord_floor or not (doc[start - 1].text in (",", ";") or doc[start - 1].norm_.casefold() in cues().conjunctions):
                break
            end = _before_gloss(doc, start - 1, coord_floor)  # "Diễn Thành (huyện Diễn Châu) và"
            prev = names.name_before(doc, end, coord_floor)
            if prev is None or prev[1] != end or clauses.is_source(doc, prev) or clauses.is_scope(doc, prev):
                break
            if end < start - 1 and names.head_word(doc[end + 1]) and names.head_word(doc[prev[0]]):
                prev = (prev[0], start - 1)  # "Công ty X (Tổng Công ty Y 1) và Công ty Z lần lượt": the body with its parent
            if names.is_bare_head(doc, prev) and prev[0] > 0 and names.key(doc[prev[0] - 1]) in names.lexicon().plural_markers:
                break  # "hạ tầng các CCN, huyện Ý Yên đạt 92%": a kind, no item
            opener = doc[prev[0] - 1] if prev[0] > coord_floor else None
            word = opener.norm_.casefold() if opener is not None else ""
            setting = opener.i - 1 if opener is not None and opener.i > 0 and names.key(doc[opener.i - 1]) in cues().breakdown_markers | cues().clause_adverbs else (
                opener.i if opener is not None else 0
            )  # ("Riêng tại Kỳ Sơn, xã Hữu Kiệm có ...")
            if opener is not None and doc[start - 1].text == "," and word in cues().place_openers and (setting == 0 or doc[setting - 1].is_punct):
                break  # "Tại Công ty X, Nông trường số 2 và số 4 ...": the setting, not one of them
            if fronted and not any(t.text == "," for t in doc[opening : prev[0]]) and doc[start - 1].text == ",":
                break  # "Nhờ giải ngân cho các dự án tại KKT X, BIDV chi nhánh Y có dư nợ tăng 14%": the cause's place
            colon = next((t.i for t in doc[coord_floor : prev[0]] if t.text == ":"), None)
            if doc[start - 1].text == ";" and colon is not None and any(t.ent_type_ == "PERCENT" for t in doc[:colon]):
                break  # "... đạt 100% như: A, B, C; huyện D mới đạt 91,5%": the colon's list (with its figure) ends at the semicolon
            if doc[start - 1].text == ";" and word in cues().place_openers and not (opener.i == 0 or doc[opener.i - 1].is_punct):  # type: ignore[union-attr]
                break  # "... làm việc tại Khu kinh tế X; huyện Y đạt 91,4%": a place in the clause before, no list item
            if doc[start - 1].text == "," and names.head_word(doc[start]) and _in_setting(doc, coord_floor, start - 1):
                break  # "Tại 4 quận gồm A, B và C, Công ty X thu gom ...": the places are the setting
            if opener is not None and word in cues().possessive_after and any(t.ent_type_ == "PERCENT" for t in doc[max(0, opener.i - 6) : opener.i]):
                break  # "A thu mua 21% sản lượng của tỉnh, B thu mua 12,6%": the whole of the figure before, no list item
            two = f"{doc[opener.i - 1].norm_} {word}".casefold() if opener is not None and opener.i > 0 else ""
            if opener is not None and not (
                opener.is_punct or word in cues().conjunctions or word in cues().topic_openers or word in cues().possessive_after
                or two in cues().topic_openers  # "Trong đó A và B cùng đạt"
                or two in cues().identity_after  # "Các vị trí tiếp theo thuộc về A, B và C với thị phần lần lượt"
                or word in cues().reporting_verbs or two in cues().reporting_verbs  # "X cho biết A và B lần lượt đạt ..."
                or word in cues().figure_verbs or word.split()[-1] in cues().figure_verbs  # "nhất là"
                or names.is_admin_type(opener) or word in names.lexicon().plural_markers  # "Các tỉnh A, B"
                or _counts_the_names(doc, opener.i)  # "Hai doanh nghiệp A và B"
            ):
                break  # "... số vụ truy tố toàn tỉnh; VKSND huyện X": the end of a clause, no list item
            found.insert(0, prev)
        if len(found) > 1 and (lead := _partner_lead(doc, found[0], floor)) is not None:
            return [lead]  # "Đội X phụ trách các KCN huyện A, B mới đạt 83,5%": the team's, not the list's
        return found

    def _add_named(self, sent: Sentence, m: Matched, span: tuple[int, int], pct: Any, *, first: tuple[int, int] | None = None) -> None:
        """Add ``span`` as the subject of ``pct``; ``first``: the first of the names it is
        listed with, whose head a bare later name takes ("Công ty X Đồng Nai và Y Cần Thơ")."""
        doc = m.doc
        mention = doc[span[0] : span[1]].text
        listed = self._list_type(sent, m, span, mention)  # "xã Tạ Khoa giảm 9,7% và Phiêng Ban"
        if first is not None and first[1] <= span[0] and listed == mention:  # a later item of a list the first heads
            listed = _with_brand_head(doc, first, span, mention)
            if listed == mention:
                listed = _with_place_swapped(doc, first, span, mention)
            if listed == mention and names.key(doc[span[0]]) in cues().branch_heads and mention[:1].islower():
                listed = names.inherit(doc, first, (span[0] + 1, span[1]))  # "Ngân hàng X chi nhánh A và chi nhánh B": "Ngân hàng X chi nhánh B"
        if names.numbered_only(doc, span) and (first := _numbered_lead(doc, span)) is not None:
            listed = names.inherit(doc, first, span)  # "Nông trường số 2 và số 4": "Nông trường số 4"
        at = m.offset + doc[span[0]].idx
        if (
            listed == mention and names.is_untyped(doc, span) and not self._short_name(mention, at) and not _typed_list_item(doc, span)
            and ner.is_person(sent.text, mention)
        ):
            return  # underthesea's NER: a person, not an organization
        inherited = listed != mention and doc[span[0]].ent_type_ == "ORG_HEAD"  # "Đảng bộ" + "Công an tỉnh": as the list names it
        full = mention if inherited else names.expand_generic(mention, doc, span, self.seg.title, self.seg.text, at)
        if full != mention:  # completed by the text: as the name was written in full before
            found = next((n for pos, n in reversed(self._named()) if pos < at and n.casefold().startswith(full.casefold() + " ")), None)
            full = found or self._whole_written(full, at)
        if full == mention and names.head_word(doc[span[0]]) and not any(names.is_admin_type(t) for t in doc[span[0] : span[1]]):
            full = next((n for pos, n in reversed(self._named()) if pos < at and names.is_typed_form(n, mention)), full)
        if full == mention and span[0] > 0 and names.key(doc[span[0] - 1]) in names.lexicon().generic_markers:
            full = next((o.name for o in reversed(self.organizations) if o.start < at and names.is_typed_form(o.name, mention)), full)
            # ("... của Đảng bộ tỉnh đạt 91,3%. ... của toàn Đảng bộ đạt 89,7%": the whole body its figures named before)
        if full == mention and listed == mention and names.is_vague(doc, span) and doc[span[0]].ent_id_ != "party-state":
            return  # "TP", "Đảng bộ" that the article never names in full: no subject
        if full == mention:
            full = listed
        if full == mention and (peer := self._field_peer_head(sent, m, span)):
            full = names.with_lead(peer, mention)  # "Sở X đạt 88,6%, tiếp đến là Y tế 84,2%": "Sở Y tế"
        window = (span[1], pct.start) if any(
            e.label_ == "METRIC" and span[1] <= e.start < pct.start for e in doc_ents(doc)
        ) else (0, span[0])
        self._add_org(sent, m, span, names.canonical(doc, span, full), pct, None, window)

    def _completes(self, m: Matched, span: tuple[int, int]) -> bool:
        """Does the article complete the vague name at ``span``, a body's head and its type
        word ("Bưu điện tỉnh" -> "Bưu điện tỉnh Thanh Hóa")?"""
        doc = m.doc
        if names.is_admin_type(doc[span[0]]) or not names.head_word(doc[span[0]]) or not names.is_admin_type(doc[span[1] - 1]):
            return False  # (a body of a place, its head and its type word: not "tỉnh" alone)
        mention = doc[span[0] : span[1]].text
        at = m.offset + doc[span[0]].idx
        return bool(names.expand_generic(mention, doc, span, self.seg.title, self.seg.text, at) != mention)

    def _short_name(self, mention: str, at: int) -> bool:
        """Is ``mention`` the short name of a body the article named before ("Công ty cổ
        phần Dược phẩm Cửu Long Giang", then "Cửu Long Giang")?"""
        tail = " " + mention
        return any(n.endswith(tail) for pos, n in self._named() if pos < at) or any(
            o.name.endswith(tail) for o in self.organizations
        )

    def _list_type(self, sent: Sentence, m: Matched, span: tuple[int, int], mention: str) -> str:
        """"huyện Thạch Hà đạt 71,5%, Can Lộc 69%": a bare place right after the previous
        figure of its sentence is named like that item (see :func:`names.with_stem`)."""
        doc = m.doc
        if (
            self.organizations and span[1] - span[0] >= 3 and doc[span[0]].ent_type_ != "ORG_OF"  # ("Đảng bộ thị xã X": a body of its own)
            and (head := names.head_word(doc[span[0]])) and names.is_admin_type(doc[span[0] + 1])
        ):
            prev = self.organizations[-1]  # "Chi nhánh Văn phòng Đăng ký đất đai quận A đạt 98,2%, Chi nhánh quận B đạt 84%"
            gap = self.seg.text[prev.percent_end : m.offset + doc[span[0]].idx] if prev.percent_end is not None else ""
            if prev.sentence == sent.index and prev.percent_end is not None and (_LIST_GAP.match(gap) or _METRIC_GAP.match(gap)):
                return names.with_elided_middle(prev.name, head, doc[span[0] + 1 : span[1]].text) or mention
        party_item = doc[span[0]].ent_type_ == "ORG_HEAD" and doc[span[0]].ent_iob_ == "B"
        if not self.organizations or (not party_item and (names.head_word(doc[span[0]]) or names.is_admin_type(doc[span[0]]))):
            return mention
        prev = self.organizations[-1]
        if prev.sentence != sent.index or prev.percent_end is None:
            return mention
        gap = self.seg.text[prev.percent_end : m.offset + doc[span[0]].idx]
        if not (_LIST_GAP.match(gap.replace(")", "")) or _METRIC_GAP.match(gap)):
            return mention
        if party_item:
            return self._party_body_of(m, prev, mention)  # "Đảng bộ Quân sự tỉnh tăng 11%, Công an tỉnh 10,4%"
        base, part = (mention[: mention.index(" (")], mention[mention.index(" (") :]) if mention.endswith(")") and " (" in mention else (mention, "")
        return names.with_stem(prev.name, base) + part  # ("Nam Đình Vũ (khu 1)": the item, then its part)

    @staticmethod
    def _party_body_of(m: Matched, prev: Organization, mention: str) -> str:
        """A body named after a list item that is a party body of another ("Đảng bộ Quân sự
        tỉnh tăng 11%, Công an tỉnh 10,4%") is that body's party body too: "Đảng bộ Công an tỉnh"."""
        doc = m.doc
        first = doc.char_span(prev.start - m.offset, prev.end - m.offset, alignment_mode="expand")
        if first is None or doc[first.start].ent_id_ != "party-body":
            return mention
        of_heads, _ = names.leading_heads(doc, first.start, first.end)
        return f"{of_heads} {mention}" if of_heads and not mention.startswith(of_heads) else mention

    def _add_org(
        self,
        sent: Sentence,
        m: Matched,
        span: tuple[int, int],
        name: str,
        pct: Any,
        group: str | None,
        metric_window: tuple[int, int] | None = None,
    ) -> None:
        if span[0] > 0 and names.key(m.doc[span[0] - 1]) in names.lexicon().kind_words and names.is_bare(m.doc, span):
            return  # "môn Tiếng Anh (68,9%)": a school subject, no organization (not a headed name)
        self._append(sent, m, _written(sent, m, span, name), pct, group, metric_window or (0, span[0]))

    def _append(
        self, sent: Sentence, m: Matched, subject: _Subject, pct: Any, group: str | None, window: tuple[int, int]
    ) -> None:
        """The organization figure of ``subject`` (written in this sentence or carried from
        the one before) and the percent ``pct``, its metric read in ``window``."""
        if subject.name.split(" ", 1)[0].casefold() in names.lexicon().bloc_heads:
            return  # "Khối doanh nghiệp nhà nước ... tăng 4,1%": a sector
        if subject.name[:1].islower() and names.is_head_only(subject.name):
            return  # "Nhóm ngân hàng TMCP có tỷ lệ nợ xấu 2,4%": a kind of bodies, a head in lower case alone
        self.organizations.append(
            Organization(
                name=names.without_gloss(names.without_plurals(names.lower_type_word(subject.name))),
                mention=subject.mention,
                percent=float(pct._.value),
                group=group,
                sentence=sent.index,
                start=subject.start,
                end=subject.end,
                percent_start=m.offset + pct.start_char,
                percent_end=m.offset + pct.end_char,
                metric=self._metric(m.doc, window),
                basis=basis_after(m.doc, pct),
            )
        )

    @staticmethod
    def _metric(doc: Any, window: tuple[int, int]) -> str | None:
        """What the percent measures: a METRIC cue in the window and the words that
        qualify it ("tỷ lệ giải ngân", "Chỉ số cải cách hành chính"), up to a verb,
        a figure or punctuation."""
        lo, hi = window
        start = next((e.start for e in doc_ents(doc) if e.label_ == "METRIC" and lo <= e.start < hi), None)
        if start is None:
            return None
        stop = cues().metric_ends
        end = start + 1
        while end < hi and end - start < 8:
            tok = doc[end]
            if tok.is_punct or tok.ent_type_ in ("NUMBER", "PERCENT", "QUAL", "ORG", "ORG_HEAD", "ORG_OF"):
                break
            if tok.ent_type_ != "METRIC" and tok.norm_.casefold() in stop:
                break
            end += 1
        return str(doc[start:end].text)

    # -- totals --------------------------------------------------------------
    def _whole_written(self, found: str, at: int) -> str:
        """A name completed by characters that stops before a lower-case word ("Công ty TNHH
        Thời" of "Công ty TNHH Thời trang Kim Bảng", in a sentence with no figure), read whole
        from the words of the sentence that writes it last before ``at``; ``found`` otherwise."""
        text = self.seg.text
        pos = text.rfind(found, 0, at)
        end = pos + len(found)
        if pos < 0 or self._match_sentence is None or not (text[end : end + 1] == " " and text[end + 1 : end + 2].islower()):
            return found
        sent = next((s for s in self.seg.sentences if s.start <= pos < s.end), None)
        if sent is None:
            return found
        m = self._match_sentence(sent)
        tok = next((t for t in m.doc if m.offset + t.idx == pos), None)
        if tok is None:
            return found
        whole = str(m.doc[tok.i : names.name_end(m.doc, tok.i)].text)
        more = whole[len(found) :].split()
        if not whole.startswith(found + " ") or any(w.casefold() in cues().conjunctions for w in more[:1]):
            return found  # (not "xã Xím Vàng" + "và Hang Chú": two places)
        return whole

    def _named(self) -> list[tuple[int, str]]:
        """The names the sentences so far write with a head, where they write them (read
        when first needed): a completion found by characters ("Trường ĐH Sư" of "Trường
        ĐH Sư phạm Thái Hà") is replaced by the whole name."""
        while self._scanned < len(self._matched):
            m = self._matched[self._scanned]
            self._scanned += 1
            doc = m.doc
            self._names.extend((m.offset + doc[a].idx, doc[a:b].text) for a, b in _headed_names(doc))
        return self._names

    def add(self, sent: Sentence, m: Matched) -> None:
        self._matched.append(m)
        before = len(self.organizations)
        self._organizations(sent, m)
        # in text order, whatever rule found them (parenthesized lists come first otherwise)
        self.organizations[before:] = sorted(self.organizations[before:], key=lambda o: (o.start, o.percent_start or 0))
        self._previous = (sent, m, self.organizations[before:])
        self.totals.extend(TotalResolver().resolve(sent, m))
