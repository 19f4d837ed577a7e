"""Clause readers over a matched sentence ``Doc``: what separates a name from a figure.

Takes a sentence ``Doc`` from :mod:`extractor.match` (tokens, ``ent_type_`` labels);
answers the questions :mod:`extractor.resolve` asks before it pairs a name with a
percent: is this number a count or a year, does the figure's clause have a subject of
its own, is a name a source or an aside, what is the sentence about. The words are the
cues of ``patterns/cues.yaml`` (see :mod:`extractor.cues`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from . import names, numbers
from .cues import cues, doc_ents, phrase_starts


def _values(doc: Any) -> dict[int, float]:
    """The value of every token inside a figure, read from the entities once per doc."""
    values: dict[int, float] | None = doc.user_data.get("values")
    if values is None:
        values = {i: e._.value for e in doc_ents(doc) if e._.value is not None for i in range(e.start, e.end)}
        doc.user_data["values"] = values
    return values


def is_year(doc: Any, tok: Any) -> bool:
    value = _values(doc).get(tok.i)
    return value is not None and 1900 <= value <= 2100 and float(value).is_integer()


def is_object_count(doc: Any, tok: Any, k: int) -> bool:
    """"tiếp nhận 186 tin báo, giải quyết 178 tin báo, đạt tỷ lệ 95,7%": a count right after
    a verb (``object_verb_tags``), in a clause a comma closes before token ``k``: the
    subject's own work, not a counted subject of the figure ("..., 5 đơn vị đạt 95%")."""
    return object_end(doc, tok, k) is not None


def object_end(doc: Any, tok: Any, k: int) -> int | None:
    """Where the comma closing an object count's clause is (see :func:`is_object_count`):
    its counted noun may run on past commas ("cấp 41.286 giấy chứng nhận quyền sử dụng
    đất, quyền sở hữu nhà ở ..., đạt 87,3%"; "đón 112.600 lượt khách ra các đảo Cô Tô,
    Quan Lạn, tăng 22,6%"), up to the last comma before ``k`` with no other figure before it."""
    from . import postags

    if tok.i == 0:
        return None
    if postags.tag(doc[tok.i - 1].text) not in cues().object_verb_tags and not (
        tok.i >= 2 and doc[tok.i - 2].norm_.casefold() in cues().verb_markers
    ):
        return None
    end = None
    for j in range(tok.i + 1, min(k, tok.i + _OBJECT_REACH)):
        if doc[j].ent_type_ in ("NUMBER", "NUMWORD") and postags.tag(doc[j - 1].text) == "E":
            continue  # "tiếp nhận 186.420 hồ sơ của 18 sở, ngành": a count inside the object
        if doc[j].ent_type_ in ("NUMBER", "NUMWORD", "PERCENT"):
            return end  # another figure: the clause closed at the comma before it, if any
        if doc[j].text in (",", ";"):
            if j < tok.i + 6:
                return j
            end = j  # (a long counted noun: its last comma before the figure)
    return end


_OBJECT_REACH = 32


def is_count(doc: Any, tok: Any) -> bool:
    """A number that is not a year, nor a number word that dates one ("năm 2018"), nor
    a score, rank or date after a blocking word ("điểm 9", "lớp 12")."""
    if tok.ent_type_ == "NUMWORD":
        if tok.i > 0 and doc[tok.i - 1].norm_.casefold() in cues().year_before and tok.text.casefold() in numbers.ambiguous_words():
            return False  # "6 tháng đầu năm": the year, not five
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.ent_type_ != "UNIT" and names.key(nxt) in names.lexicon().measure_words:
            return False  # "Chín tháng năm 2024": a duration
        return not (nxt is not None and nxt.ent_type_ == "NUMBER" and is_year(doc, nxt))
    if tok.i > 0 and doc[tok.i - 1].norm_.casefold() in cues().bare_blockers:
        return False
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and (nxt.ent_type_ == "SCALE" or (nxt.ent_type_ != "UNIT" and names.key(nxt) in names.lexicon().measure_words)):
        return False  # an amount or a measure ("21,4 tỷ USD", "1.842 ha"), not a count
    return tok.ent_type_ == "NUMBER" and not is_year(doc, tok)


def _a_year_word(doc: Any, tok: Any) -> bool:
    """"Năm nay, ...": a number word that is also a noun ("năm", year), counting nothing."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.ent_type_ == "NUMWORD"
        and names.key(tok) in numbers.ambiguous_words()
        and not (nxt is not None and nxt.ent_type_ in ("UNIT", "SCALE", "NUMWORD", "NUMBER"))
    )



def own_subject_clause(doc: Any, gap: Any, k: int, cuts: tuple[str, ...] = (",",)) -> bool:
    """Does the clause of a figure (after the last "," or "(" of ``gap``, up to token
    ``k``) have a subject of its own ("..., lãi suất tăng 2%")? Not when it opens with
    its verb ("..., giảm 17%") or only labels the figure ("..., vật lý 5,35%", "hoá học
    là 5,89%")."""
    c = cues()
    cut = _last_cut(gap, cuts)
    if cut is None:
        return False
    if doc[cut].text == "," and joins_metric_nouns(doc, cut):
        return False  # "dẫn đầu về tỷ lệ tin, bài được Đài tỉnh sử dụng với 97,5%": the metric's nouns, joined
    toks = without_adverbs(list(doc[cut + 1 : k]))
    result = max((j for j, t in enumerate(toks) if t.norm_.casefold() in c.result_markers), default=None)
    if result is not None:
        toks = toks[result + 1 :]  # "..., do địa bàn rộng nên tỷ lệ thu gom đạt 71,3%": the result's clause
    words = [t.norm_.casefold() for t in toks]
    if not words or words[0] in c.clause_openers or " ".join(words[:2]) in c.clause_openers:
        return False  # "..., kéo giảm 40%": the clause opens with its verb
    said = 2 if " ".join(words[:2]) in c.reporting_verbs else 1 if words[0] in c.reporting_verbs else 0
    aside = len(gap) > 0 and gap[0].text == "," and opens_aside(doc, gap[0].i)  # (the name, then an aside about it)
    if aside and said and said < len(words) and (words[said] in c.clause_adverbs or words[said] in c.figure_verbs):
        return False  # "X, nhà thầu phụ trách ..., cho biết đã hoàn thành 87%": the name reports its own work
    if any(t.ent_type_ == "METRIC" for t in toks[:2]):
        return False  # "..., công suất sử dụng giường bệnh lên tới 135%": the subject's measure
    verb = next((
        j for j, t in enumerate(toks)
        if t.norm_.casefold() in c.figure_verbs and t.norm_.casefold() not in c.copula_verbs and t.ent_type_ != "METRIC"
    ), None)  # fmt: skip
    if verb is None:
        return False
    from . import postags

    # "có tỷ lệ HTX khá, tốt cao nhất tỉnh với 85%": adjectives joined by the comma, no subject
    # (but "Số hộ có thu nhập khá, giàu chiếm 48,6%": a kind's share)
    adjectives = all(t.text.islower() and postags.tag(t.text) in ("A", "V") for t in toks[:verb])  # (or verbs: "tỷ lệ điều tra, khám phá án đạt")
    if verb > 0 and toks[0].ent_type_ == "" and toks[0].text.islower() and postags.tag(toks[0].text) == "V" and toks[verb].norm_.casefold() not in c.part_verbs:
        return False  # "..., xuất chuồng đạt 54%": the clause opens with a verb, its subject elided
    return not (adjectives and toks[verb].norm_.casefold() not in c.part_verbs)


def without_adverbs(toks: list[Any]) -> list[Any]:
    """The tokens that are no clause adverb, of one word or of two ("đến" + "nay")."""
    adverbs = cues().clause_adverbs
    out: list[Any] = []
    skip = False
    for n, t in enumerate(toks):
        if skip:
            skip = False
            continue
        word = t.norm_.casefold()
        if n + 1 < len(toks) and f"{word} {toks[n + 1].norm_.casefold()}" in adverbs:
            skip = True
            continue
        if word not in adverbs:
            out.append(t)
    return out


def _last_cut(gap: Any, cuts: tuple[str, ...]) -> int | None:
    """The last of ``cuts`` in ``gap`` outside a parenthesis the gap closes ("Chi cục X
    (phụ trách các xã A, B) thu đạt": the comma lists the gloss's places, it opens no
    clause); an open "(" may be one."""
    found: list[int] = []
    opened: list[int] = []  # how many cuts were found before each open "("
    for t in gap:
        if t.text == ")" and opened:
            del found[opened.pop() :]
            continue
        if t.text == "(":
            opened.append(len(found))
        if t.text in cuts:
            found.append(t.i)
    return found[-1] if found else None


def joins_metric_nouns(doc: Any, comma: int) -> bool:
    """Does the comma at ``comma`` join nouns of a metric named just before it ("tỷ lệ tin,
    bài", "tỷ lệ kiến nghị, kháng nghị"), so that it opens no clause of its own?"""
    return comma > 0 and doc[comma - 1].text[:1].islower() and any(t.ent_type_ == "METRIC" for t in doc[max(0, comma - 3) : comma])


def part_after_comma(gap: Any) -> bool:
    """A counted category opens the last clause before a percent ("..., nữ chiếm 20%");
    not the object of a rate that opens it when the subject's count before has that
    noun ("còn 14.226 hộ nghèo, tỷ lệ hộ nghèo giảm còn 3,2%")."""
    tail = list(gap)
    cut = max((j for j, t in enumerate(tail) if t.text == ","), default=None)
    if cut is None:
        return False
    units = [t for t in tail[cut + 1 : cut + 3] if t.ent_type_ == "UNIT"]
    if joins_metric_nouns(tail[cut].doc, tail[cut].i):
        return False  # "có tỷ lệ kiến nghị, kháng nghị được chấp nhận 100%": the metric's nouns, joined
    if units and tail[cut + 1].ent_type_ == "METRIC":  # the rate of the subject's own count
        counted = {names.key(t) for t in tail[:cut] if t.ent_type_ == "UNIT"}
        return not all(names.key(t) in counted for t in units)
    return bool(units)


def is_exact(doc: Any, pct: Any) -> bool:
    """A lead-in percent with no band word ("dưới", "trên", "từ") before it or after it
    ("trở lên"), nor a negation of its verb ("chưa đạt 100% kế hoạch như A, B": the units
    that did not reach it)."""
    before = [t for t in doc[max(0, pct.start - 2) : pct.start]]
    if pct.start >= 2 and names.key(doc[pct.start - 2]) in cues().negations and names.key(doc[pct.start - 1]) in cues().figure_verbs:
        return False
    j = pct.end
    while j < len(doc) and doc[j].ent_type_ in ("BASIS", "PLAN", "TARGET"):
        j += 1  # (past what it measures: "dự toán")
    if j < len(doc) and (names.key(doc[j]) in cues().band_after or " ".join(names.key(t) for t in doc[j : j + 2]) in cues().band_after):
        return False  # "đạt 100% dự toán trở lên như: A, B": a band
    return not any(
        t.ent_id_ in ("under", "over") or t.norm_.casefold() in cues().range_from for t in before
    )


def share_of_count(doc: Any, k: int) -> bool:
    """"44 nữ (chiếm 7,2%)": a percent in parentheses right after a count is that
    count's share, not an organization's figure."""
    i = k - 1
    while i >= 0 and doc[i].text != "(" and i >= k - 3 and not doc[i].ent_type_:
        i -= 1
    if i < 1 or doc[i].text != "(":
        return False
    inside = [names.key(t) for t in doc[i + 1 : k]]
    if any(w in cues().change_verbs or (w in cues().figure_verbs and w not in cues().share_verbs) for w in inside):
        return False  # "tăng 2 vụ (tăng 25%)", "giải quyết 1.985 vụ (đạt 92,8%)": the subject's rate
    before = doc[i - 1]
    if before.ent_type_ == "NUMBER":  # a count, not a year ("từ 2013 (đạt 87,02%)")
        return not is_year(doc, before)
    if before.ent_type_ == "UNIT":  # "44 nữ (chiếm 7,2%)", not "cao nhất tỉnh (96,4%)"
        j = before.i - 1
        while j >= 0 and doc[j].ent_type_ == "UNIT":
            j -= 1
        return j >= 0 and doc[j].ent_type_ in ("NUMBER", "NUMWORD")
    return str(before.ent_type_) == "NUMWORD"


def is_basis_agent(doc: Any, span: tuple[int, int]) -> bool:
    """"đạt 58,3% dự toán HĐND tỉnh giao": a name between a basis and the verb of the
    body that set it ("107% chỉ tiêu pháp lệnh Bộ Tài chính giao": a word or two may say
    what kind of target it is)."""
    return _basis_verb_at(doc, span) is not None


def _basis_verb_at(doc: Any, span: tuple[int, int]) -> int | None:
    """Where the verb of the body at ``span`` that set a basis is (see :func:`is_basis_agent`),
    past the body's alias ("kế hoạch Tập đoàn Điện lực Việt Nam (EVN) giao"); None if it is no such body."""
    if span[0] > 0 and doc[span[0] - 1].text == "(" and span[1] < len(doc) and doc[span[1]].text == ")":
        outer = names.name_before(doc, span[0] - 1, 0)  # the alias of a name that is the agent
        return _basis_verb_at(doc, outer) if outer is not None and outer[1] == span[0] - 1 else None
    b = span[0] - 1
    while b > 0 and span[0] - b <= 2 and _target_kind(doc[b]):
        b -= 1
    end = span[1]
    if end < len(doc) and doc[end].text == "(":
        end = next((j + 1 for j in range(end + 1, min(end + 8, len(doc))) if doc[j].text == ")"), end)
    if b >= 0 and doc[b].ent_type_ in ("BASIS", "PLAN", "TARGET") and end < len(doc) and names.key(doc[end]) in cues().basis_verbs:
        return end
    return None


def is_passive_agent(doc: Any, span: tuple[int, int]) -> bool:
    """"tỷ lệ tin, bài được Đài tỉnh sử dụng với 97,5%": the agent of a passive inside the
    figure's metric, not its subject."""
    return (
        span[0] > 0
        and names.key(doc[span[0] - 1]) in cues().passive_markers
        and span[1] < len(doc)
        and doc[span[1]].text[:1].islower()
        and doc[span[1]].ent_type_ == ""
        and names.key(doc[span[1]]) not in cues().clause_adverbs
    )


def _target_kind(tok: Any) -> bool:
    """A lower-case word between a basis and the body that set it, saying what kind of
    target it is ("pháp lệnh" of "chỉ tiêu pháp lệnh Bộ Tài chính giao")."""
    return bool(tok.text[:1].islower() and tok.ent_type_ == "" and names.key(tok) not in cues().figure_verbs)


def _past_basis_agent(doc: Any, i: int, k: int) -> int:
    """After a basis, past the body that set it and its verb ("HĐND tỉnh giao", and past
    a word or two of the target's kind: "pháp lệnh Bộ Tài chính giao"); else ``i``."""
    m = i
    while m < k and m - i < 2 and _target_kind(doc[m]):
        m += 1
    if i < m and (past := _past_agent(doc, m, k)) > m:
        return past
    return _past_agent(doc, i, k)


def _past_agent(doc: Any, i: int, k: int) -> int:
    """Past the body at ``i`` that set the basis before it and its verb; else ``i``."""
    if 0 < i < k - 1 and names.is_capitalized(doc[i]) and is_basis_agent(doc, (i, i + 1)):
        return i + 2  # "dự toán Trung ương giao": a capitalized word no name starts with
    if not (0 < i < k and (names.is_name_start(doc, i) or (doc[i].ent_type_ == "ORG" and doc[i].ent_iob_ == "B"))):
        return i  # (a named body: "kế hoạch BHXH Việt Nam giao")
    end = names.name_end(doc, i, limit=k)
    verb = _basis_verb_at(doc, (i, end)) if end < k else None
    return verb + 1 if verb is not None and verb < k else i


def opens_with_metric(doc: Any, floor: int, k: int, *, anonymous: bool = True, whole: bool = True) -> bool:
    """Does the clause from ``floor`` to the figure at ``k`` open with what the figure
    measures ("Tổng doanh thu đạt 486,3 tỷ đồng, bằng 103%"; after a time: "Năm 2024, lợi
    nhuận ...") and give it to no kind of body ("số nợ của khối doanh nghiệp"), nor to a
    part ("riêng ...", "trong đó")? ``anonymous``: and name no one, no kind or owner
    ("toàn", "của"); ``whole`` (with ``anonymous``): and measure no average ("bình quân") nor
    a part's share ("chiếm")."""
    i = floor
    c, lex = cues(), names.lexicon()
    comma = next((j for j in range(i, min(k, i + 8)) if doc[j].text == ","), None)
    if comma is not None and i < comma and (
        (comma - i < 4 and all(t.ent_type_ in ("NUMBER", "NUMWORD", "PER") for t in doc[i:comma]))  # "Năm 2024, ..."
        or (i in phrase_starts(doc, i, comma, c.comparison_openers) and all(t.text[:1].islower() or t.ent_type_ in ("NUMBER", "BASIS") for t in doc[i + 1 : comma]))
    ):  # "So với cùng kỳ, số vụ giảm 14,5%": the comparison, then the metric
        i = comma + 1
    if i >= k or doc[i].ent_type_ != "METRIC":
        return False  # (not "Gói tín dụng ... giải ngân 1,2%": a fund's figure)
    for j in range(i, k):
        t = doc[j]
        word = names.key(t)
        if anonymous and (names.is_name_start(doc, j) or t.ent_type_ in ("ORG_HEAD", "ORG") or (j > i and t.text[:1].isupper() and not t.text.isupper() and word not in lex.time_names)):  # ("dịp Tết": a time)
            return False
        whole_time = word in c.year_before and j + 1 < k and names.key(doc[j + 1]) in c.period_words  # "cả năm": a period
        bodies = word in lex.plural_markers and t.ent_type_ != "METRIC" and not (j + 1 < k and _no_body(doc[j + 1]))  # ("số vụ": a metric;
        # "bán vào các dự án": things, no bodies)
        if anonymous and (bodies or (word in lex.generic_markers and not whole_time)):
            return False  # a kind of bodies ("các", "toàn"), an owner ("của")
        if anonymous and whole and (word in c.group_measures or word in c.part_verbs):
            return False  # "thu nhập bình quân ...", "Lao động nữ chiếm 86,5%": a group's, a part's
        if word in c.possessive_after and any(  # "số nợ của khối doanh nghiệp dệt may": a kind's; not "của đơn vị này"
            names.key(u) in c.referent_nouns and not (u.i + 1 < len(doc) and names.key(doc[u.i + 1]) in lex.demonstratives)
            for u in doc[j + 1 : min(k, j + 3)]
        ):
            return False
        linked = (  # "tỷ lệ xử lý đối với vi phạm ... đạt 87,4%": what the metric counts (not after a figure)
            word in c.metric_prepositions and j + 1 < k and doc[j + 1].text[:1].islower() and not names.is_admin_type(doc[j + 1])
            and not any(ch.isdigit() for u in doc[i:j] for ch in u.text)
        )
        if (word in c.place_openers and not linked and not (j + 1 < k and f"{word} {names.key(doc[j + 1])}" in c.figure_verbs)) or phrase_starts(doc, j, k, c.breakdown_markers):
            return False  # "..., riêng bưu gửi thương mại điện tử tăng 32%": a part's figure (not "giữ ở mức": a level)
    return True


def _no_body(tok: Any) -> bool:
    """A lower-case counted noun that names things, no kind of body ("dự án", "công
    trình"; not "đơn vị", "doanh nghiệp", "trường", "xã")?"""
    word = names.key(tok)
    return bool(
        tok.ent_type_ == "UNIT" and tok.text.islower() and word not in cues().referent_nouns and word not in names.lexicon().lower_heads
        and not names.is_admin_type(tok) and not names.head_word(tok)
    )


def subject_part(doc: Any, floor: int, k: int) -> bool:
    """A clause after the previous figure that singles out a part of the same subject's
    work, in lower case and with no name of its own, and gives its figure ("..., đạt tỷ
    lệ 89,5%; riêng trọng án đạt 97,3%", "tổng lượng khách tăng 41%, riêng khách quốc tế
    tăng 64%"): the subject's figure too."""
    c = cues()
    i = next((j for j in range(floor, min(k - 2, floor + 12)) if doc[j].text in (",", ";") and names.key(doc[j + 1]) in c.part_openers), None)
    if i is None:  # (past what the previous figure measured: "kế hoạch", "vượt chỉ tiêu Bộ Công an giao")
        return False
    gap = doc[i + 2 : k]
    while gap and gap[-1].ent_type_ == "QUAL":
        gap = gap[:-1]
    if not gap or names.key(gap[-1]) not in c.figure_verbs or len(gap) > 10 or any(
        names.key(t) in c.sector_words or names.key(t) in c.agent_markers for t in gap
    ):  # (not "riêng ngành trí tuệ nhân tạo có 100% ...": a field of study's; nor "riêng vùng do các
        return False  # doanh nghiệp thủy lợi phục vụ, tỷ lệ này đạt 98,2%": an area others serve)
    return all(
        t.text[:1].islower() and not t.is_punct and t.ent_type_ in ("", "METRIC", "UNIT") or (t.text == "," and j > 0)
        for j, t in enumerate(gap[:-1])
    )


def continues(doc: Any, floor: int, k: int) -> bool:
    """Only a comma and a short verb phrase since the previous figure, after the basis
    and the aside in parentheses that may follow it ("94,7% kế hoạch, tăng 3,2%"; "là
    2,32% (vượt TP. HCM), hoá học là 5,89%"); a year may date the figure ("thấp hơn năm
    2018 là gần 17%"). After a semicolon, only a metric of the same subject ("đạt
    6,9%/năm; tỷ lệ hộ nghèo giảm còn 0,8%"); never a part ("trong đó cấp xã đạt ...")."""
    i = floor
    if i + 1 < k and doc[i].text == "/":
        i += 2  # "6,9%/năm"
    while i < k and doc[i].ent_type_ in ("BASIS", "PLAN", "TARGET", "PER"):
        i += 1
    i = _past_basis_agent(doc, i, k)  # ("107% chỉ tiêu" + "pháp lệnh" + "Bộ Tài chính giao")
    while i < k and i > floor and (names.key(doc[i]) in cues().basis_tails or (
        i + 1 < k and f"{names.key(doc[i])} {names.key(doc[i + 1])}" in cues().basis_tails
    )):  # fmt: skip
        i += 1 if names.key(doc[i]) in cues().basis_tails else 2  # "kế hoạch năm, tăng 9,5%", "chỉ tiêu cả năm và tăng"
    if floor < i < k - 2 and doc[i].ent_type_ == "NUMBER" and _is_small(doc[i]) and names.key(doc[i + 1]) in cues().period_words:
        i += 2  # "vượt 4,5% kế hoạch" + "9 tháng" + "và bằng 78,6%": the plan's period
    i = _past_dimension(doc, i, k)
    i = _past_dated_basis(doc, i, k)
    j = i  # "thu được 71,6% giá trị hợp đồng, giảm 9,2%": what the figure measures, then the comma
    while j < k and j - i < 6 and (
        doc[j].text[:1].islower() or (j > i and doc[j].ent_type_ == "" and doc[j].text[:1].isupper() and not names.is_name_start(doc, j))
    ) and names.key(doc[j]) not in cues().figure_verbs | cues().conjunctions and (
        doc[j].ent_type_ in ("", "METRIC", "UNIT")
        or (doc[j].ent_type_ == "QUAL" and doc[j + 1].ent_type_ not in ("NUMBER", "NUMWORD", "PERCENT"))  # ("độ tuổi")
        or (  # "105% kế hoạch sản lượng năm, tăng 21,7%": the year, not five
            doc[j].ent_type_ == "NUMWORD" and doc[j].text.casefold() in numbers.ambiguous_words() and doc[j + 1].text in (",", ";")
        )
    ):  # (a capitalized word in it that starts no name: "100% vốn Trung ương giao và 96,8% ...")
        j += 1
    if i < j < k and (doc[j].text in (",", ";") or names.key(doc[j]) in cues().conjunctions) and j > floor:
        i = j  # (or a conjunction: "chiếm 36,2% thị phần thép xây dựng và 29,5% thị phần ống thép")
    elif (semi := _measured_to_semicolon(doc, i, k)) is not None:
        i = semi  # "85,6% số việc có điều kiện thi hành; về tiền đạt 52,3%": what it measured, then another dimension
    if i < k and doc[i].text == "(":
        close = next((j for j in range(i, k) if doc[j].text == ")"), None)
        if close is None:
            return False
        i = close + 1
    gap = doc[i:k]
    metric = len(gap) > 1 and gap[0].text == ";" and (
        opens_with_metric(doc, gap[1].i, k, anonymous=False)  # (not "số nợ của khối doanh nghiệp")
        or names.key(gap[1]) in cues().dimension_markers  # "; về tiền đã thi hành xong ..., đạt 47,2%": another dimension
    )
    if not 0 < len(gap) <= (12 if metric else 8) or phrase_starts(doc, i, k, cues().breakdown_markers):
        return False
    elided = len(gap) > 3 and gap[0].text == ";" and gap[1].ent_type_ == "" and _a_verb(gap[1]) and gap[1].norm_.casefold() not in cues().figure_verbs and (
        gap[2].ent_type_ in ("NUMBER", "NUMWORD") or (gap[2].ent_type_ == "QUAL" and gap[3].ent_type_ in ("NUMBER", "NUMWORD"))
    )  # (a verb and the count it made: not "; tổn thất điện năng toàn tổng công ty là 3,69%", a metric)
    # "tiêu thụ ..., đạt 61% kế hoạch năm; sản xuất 1,42 triệu tấn xi măng, đạt 55,4%": a clause of the same subject, elided
    opens = metric or elided or gap[0].text == "," or gap[0].norm_.casefold() in cues().conjunctions or (  # "100% ... và hơn 70%"
        gap[0].norm_.casefold() in cues().contrasts  # "giảm 8,9% nhưng số người bị thương tăng 3,4%"
    )
    if i > floor and opens and all(t.ent_type_ == "QUAL" or t.norm_.casefold() in cues().clause_adverbs for t in gap[1:]):
        return True  # "93,6% về việc và 71,2% về tiền": the same measure in another dimension (and
        # "98,5% ở khu vực đô thị nhưng chỉ khoảng 71% ở vùng nông thôn")
    return (
        opens
        and not any(
            is_count(doc, t) or t.ent_type_ == "ORG" or (names.is_proper(t) and names.is_name_start(doc, t.i)) for t in gap
        )
        and not _others_figure(doc, gap)
        and any(t.norm_.casefold() in cues().figure_verbs for t in doc[i : k + 1])
    )


def _is_small(tok: Any) -> bool:
    return tok.text.isdigit() and len(tok.text) <= 2


def _past_dated_basis(doc: Any, i: int, k: int) -> int:
    """Past a comparison with a year ("so với năm 2023", "so với cùng kỳ năm 2023") that no
    basis pattern holds, up to the comma or conjunction before the next figure at ``k``;
    ``i`` when there is none."""
    if 0 < i < k and (
        (doc[i - 1].ent_type_ == "BASIS" and doc[i].ent_type_ == "NUMWORD")
        or (doc[i].ent_type_ == "NUMBER" and is_year(doc, doc[i]) and doc[i - 1].ent_type_ == "NUMWORD")
    ):
        j, dated = i, False  # "so với cùng kỳ" + "năm 2023" (or its "năm" taken as a basis tail)
    elif i + 2 < k and f"{names.key(doc[i])} {names.key(doc[i + 1])}" in cues().comparison_words:
        j, dated = i + 2, False
    else:
        return i
    while j < k and j < i + 6 and (doc[j].text[:1].islower() or (doc[j].ent_type_ == "NUMBER" and is_year(doc, doc[j]))):
        if doc[j].ent_type_ == "NUMBER":
            dated = True
        elif doc[j].ent_type_ not in ("", "NUMWORD", "BASIS") or names.key(doc[j]) in cues().conjunctions:
            break
        j += 1
    return j if dated and j < k and (doc[j].text == "," or names.key(doc[j]) in cues().conjunctions) else i


def _measured_to_semicolon(doc: Any, i: int, k: int) -> int | None:
    """The semicolon after what a figure measured, when a few lower-case words with no
    figure or name run up to it and the clause after it opens with another dimension
    ("về tiền") of the same measure: its index, else None."""
    for j in range(i, min(k, i + 10)):
        tok = doc[j]
        if tok.text == ";":
            return j if j > i and j + 1 < k and names.key(doc[j + 1]) in cues().dimension_markers else None
        if tok.is_punct or not tok.text[:1].islower() or tok.ent_type_ in ("NUMBER", "NUMWORD", "PERCENT", "ORG", "ORG_HEAD"):
            return None
    return None


def _others_figure(doc: Any, gap: Any) -> bool:
    """"..., thu nhập của xã viên tăng bình quân 12%": "của" and a lower-case noun that
    points back to no body give the figure to others (a category of people)."""
    c = cues()
    return any(
        names.key(t) in c.possessive_after and t.i + 1 < len(doc) and doc[t.i + 1].text[:1].islower()
        and names.key(doc[t.i + 1]) not in c.referent_nouns and doc[t.i + 1].ent_type_ in ("", "UNIT")
        for t in gap
    )


def _past_dimension(doc: Any, i: int, k: int) -> int:
    """Past the dimension a figure is counted in ("về việc", "về tiền") up to the comma
    or conjunction before the next figure at ``k``; ``i`` when there is none."""
    if i >= k or names.key(doc[i]) not in cues().dimension_markers:
        return i
    j = i + 1
    joins = cues().conjunctions | cues().contrasts  # ("ở khu vực đô thị nhưng chỉ khoảng 71%")
    while j < k and j <= i + 3 and doc[j].text not in (",", ";") and names.key(doc[j]) not in joins:
        if doc[j].ent_type_ in ("NUMBER", "PERCENT", "PERCENT_RANGE", "ORG", "ORG_HEAD") or names.is_proper(doc[j]):
            return i
        j += 1
    return j if j < k and j > i + 1 else i


BULLETS = ("-", "–", "•", "+", "*")  # what opens a list line
QUOTES = ('"', "“", "”", "'", "‘", "’")


def in_parentheses(doc: Any, j: int, k: int) -> bool:
    """Is token ``j`` inside parentheses that close before token ``k`` ("(mã: DVX)")?"""
    opened = next((i for i in range(j - 1, max(-1, j - 6), -1) if doc[i].text in ("(", ")")), None)
    return opened is not None and doc[opened].text == "(" and any(doc[i].text == ")" for i in range(j + 1, k))


def is_label_colon(doc: Any, j: int) -> bool:
    """Is the ":" at token ``j`` the end of a name that opens the line, labelling what
    follows ("- Công an thành phố Đồng Xoài: giảm 31,2%")?"""
    s = 1 if len(doc) and doc[0].text in BULLETS else 0
    if j <= s or not names.is_name_start(doc, s):
        return False
    # "- Công ty cổ phần Cao su Suối Lam: ...": a field between head and name, as name_before reads it
    return names.name_end(doc, s) == j or (names.head_word(doc[s]) is not None and names.name_before(doc, j, s) == (s, j))


def topic(doc: Any) -> tuple[int, int] | None:
    """The name a sentence is about: its first name, opening the sentence (after
    adverbials and a comma, or an opener such as "Như vậy") and followed by its predicate
    ("Trong khi đó, Bộ Nội vụ là đơn vị ...", "tỉnh Hưng Yên đã thu hồi ..."), or set
    as the place of the sentence ("Tại Bệnh viện X, công suất ... đạt 128%"). None when
    a figure or a verb comes first, or when the name reports (it is the speaker)."""
    c = cues()
    skip = dateline_end(doc)
    if skip < len(doc) and doc[skip].text in BULLETS:
        skip += 1  # "- Công an thành phố Đồng Xoài: giảm 31,2%": a list line
    if skip < len(doc) and names.key(doc[skip]) in c.source_markers:
        comma = next((j for j in range(skip + 1, min(len(doc), skip + 6)) if doc[j].text == ","), None)
        if comma is not None and not any(names.is_name_start(doc, j) for j in range(skip + 1, comma)):
            skip = comma + 1  # "Theo báo cáo, năm 2023 huyện X có ...": a source that names no one
    if skip + 1 < len(doc) and names.key(doc[skip]) in c.count_scope_openers and is_count(doc, doc[skip + 1]):
        comma = next((
            j for j in range(skip + 2, min(len(doc) - 1, skip + 14))
            if doc[j].text == "," and (
                (names.is_admin_type(doc[j + 1]) and j + 2 < len(doc) and names.is_proper(doc[j + 2]))
                or (names.is_name_start(doc, j + 1) and _name_at(doc, j + 1)[1] - j > 2)
            )
        ), None)  # fmt: skip
        if comma is not None:
            skip = comma + 1  # "Trong 11 huyện, thị xã, thành phố, huyện X có ...": the whole counted, then the one
    for i, tok in enumerate(doc):
        if i < skip:
            continue
        word = tok.norm_.casefold()
        if tok.ent_type_ in ("PERCENT", "PERCENT_RANGE") or (is_count(doc, tok) and not _a_year_word(doc, tok)):
            return None
        if i <= skip + 1 and word in c.topic_openers:
            continue  # "Đối với X, ...": an opener, not the verb of a clause
        if tok.text[:1].islower() and (word in c.figure_verbs or word in c.reporting_verbs):
            return None
        if not names.is_name_start(doc, i):
            continue
        before = doc[i - 1].norm_.casefold() if i > 0 else ""
        dated = i >= 2 and doc[i - 1].ent_type_ == "NUMBER" and names.key(doc[i - 2]) in c.bare_blockers  # "..., năm 2023 huyện X có"
        whole = i > skip and before in names.lexicon().generic_markers and before not in c.possessive_after and (
            i - 1 == skip or doc[i - 2].text == ","
        ) and i + 1 < len(doc) and names.is_proper(doc[i + 1])  # "Chín tháng năm 2024, toàn tỉnh Lâm Đồng xảy ra ...": the whole province
        opening_adverb = i - 1 == skip and before in c.clause_adverbs  # "Hiện LĐLĐ tỉnh X đang quản lý ..."
        if i > skip and doc[i - 1].text != "," and before not in c.topic_openers and not dated and not whole and not opening_adverb:
            return None
        span = _name_at(doc, i)
        end = span[1]
        if is_source(doc, span) or names.is_bare_head(doc, span) or is_tier(doc, span):
            return None  # (a generic topic, "TAND tỉnh", is completed or dropped later; "Viện KSND hai cấp" is a tier)
        j = end
        if j < len(doc) and doc[j].text == "(":  # "xã Phụng Công (huyện Văn Giang) là ...": a gloss
            j = next((g + 1 for g in range(j + 1, min(len(doc), j + 8)) if doc[g].text == ")"), j)
        while j < len(doc) and doc[j].norm_.casefold() in c.clause_adverbs:
            j += 1
        if j >= len(doc):
            return None
        if doc[j].text == "," and before in c.place_openers and j + 1 < len(doc) and names.head_word(doc[j + 1]) and names.is_name_start(doc, j + 1):
            skip = j + 1  # "Ở huyện X, Công ty Y phụ trách ...": the setting, then the body the sentence is about
            continue
        if doc[j].text == "," and before in c.place_openers:
            return span  # "Tại Xím Vàng, tỷ lệ hộ nghèo ... giảm 4,5%"
        if doc[j].text == ":" and i == skip and j + 1 < len(doc) and doc[j + 1].text[:1].isupper():
            return span  # "Khánh Hòa: Tỷ lệ cử tri đi bầu đạt 99,12%" (a headline's subject)
        if doc[j].text in (",", "-", "–") and j + 1 < len(doc) and names.key(doc[j + 1]) in c.referent_nouns:
            return span  # "TAND thị xã Nghi Sơn, đơn vị thụ lý nhiều án nhất, đạt 93,4%": an apposition
        nxt = " ".join(t.norm_.casefold() for t in doc[j : j + 2])
        if not doc[j].text[:1].islower() or any(nxt == v or nxt.startswith(v + " ") for v in c.reporting_verbs):
            return None
        return span
    return None


#: how far into a sentence, and past how many commas, :func:`generic_topic` looks for its unit
GENERIC_TOPIC_REACH = 30
GENERIC_TOPIC_COMMAS = 3


def generic_topic(doc: Any) -> tuple[int, int] | None:
    """The whole unit a sentence opens with, a generic marker and a type word alone,
    after its adverbials and the source it reports ("6 tháng đầu năm 2024, toàn tỉnh xảy
    ra 312 vụ ...", "Năm 2023, trên địa bàn thành phố xảy ra ...", "Ban X cho biết, 6
    tháng đầu năm, trên địa bàn tỉnh xảy ra ..."): the type word's span, for the article's
    unit to complete; None when the sentence opens otherwise or names the unit ("toàn tỉnh
    Nghệ An": :func:`topic`)."""
    lex, c = names.lexicon(), cues()
    skip = dateline_end(doc)
    starts = [skip]
    for j in range(skip, min(len(doc), skip + GENERIC_TOPIC_REACH)):
        if doc[j].ent_type_ == "PERCENT" or len(starts) > GENERIC_TOPIC_COMMAS:
            break  # (a figure before it: the sentence is about something else first)
        if doc[j].text == ",":
            starts.append(j + 1)
    for i in starts:
        for n in (1, 2):
            marker = " ".join(names.key(t) for t in doc[i : i + n])
            at = i + n
            if marker in lex.generic_markers and marker not in c.possessive_after and at + 1 < len(doc) and names.is_admin_type(doc[at]):
                if names.is_proper(doc[at + 1]) or not (doc[at + 1].text[:1].islower() and doc[at + 1].ent_type_ == ""):
                    return None  # (named, or no predicate after it)
                return (at, at + 1)
    return None


def dateline_end(doc: Any) -> int:
    """The token after a news agency's dateline that opens a lead: "(ĐTO) -", "TPO -",
    "(QĐND Online) -"; 0 when there is none."""
    i = 0
    if len(doc) > 2 and doc[0].text == "(":
        i = next((j + 1 for j in range(1, min(6, len(doc))) if doc[j].text == ")"), 0)
    elif len(doc) > 1 and doc[0].text[:1].isupper() and " " not in doc[0].text and len(doc[0].text) > 1:
        i = 1  # "TPO -", "Kinhtedothi -"
    if 0 < i < len(doc) and doc[i].text in ("-", "–", ":"):
        return i + 1
    return 0


def is_ownership(doc: Any, pct: Any) -> bool:
    """"doanh nghiệp 100% vốn Hàn Quốc", "công ty 100% vốn nhà nước": a percent between a
    kind of company and its capital says how the company is owned, nobody's figure."""
    c = cues()
    return (
        pct.start > 0 and pct.end < len(doc) and names.key(doc[pct.start - 1]) in c.ownership_before
        and names.key(doc[pct.end]) in c.ownership_after
    )


def fronted_clause_end(doc: Any, start: int, i: int) -> int:
    """Where the main clause starts when the sentence (from ``start``) fronts a clause of
    cause or concession ("Do gần X, ...", "Dù Y ..., ...") whose comma comes before token
    ``i``: the token after that comma; else ``start``."""
    if start >= i or names.key(doc[start]) not in cues().cause_openers:
        return start
    comma = next((j for j in range(i - 1, start, -1) if doc[j].text == ","), None)
    return start if comma is None else comma + 1


def about_topic(doc: Any, topic: tuple[int, int], pct: Any) -> bool:
    """May a percent with no nearer subject be the sentence topic's figure? Not after
    another name, a clause break, a speaker, a part ("trong đó nữ chiếm 20%"), a
    counted group ("có 13 bộ ..."), nor as a band ("dưới 50%")."""
    c = cues()
    if topic[1] > pct.start or (pct.start > 0 and doc[pct.start - 1].ent_id_ in ("under", "over")):
        return False
    gap = doc[topic[1] : pct.start]
    head = " ".join(t.norm_.casefold() for t in gap[:4])
    if any(f" {v} " in f" {head} " for v in c.reporting_verbs):
        return False  # the topic reports the figure (as in _subjects)
    if phrase_starts(doc, topic[1], pct.start, c.breakdown_markers):
        return False
    depth = 0
    for t in gap:
        depth += (t.text == "(") - (t.text == ")")
        word = t.norm_.casefold()
        if t.text == ";" and not opens_with_metric(doc, t.i + 1, pct.start, anonymous=False) and not _counted_then_metric(doc, t.i + 1, pct.start):
            return False  # (but "...; công suất sử dụng kho ... đạt 97%": the topic's next measure)
        if depth <= 0 and (names.is_head(t) or (names.is_proper(t) and names.is_name_start(doc, t.i))):
            return False  # another name (not "FDI", "GDP": words of not_names)
        if word in c.existential and t.i + 1 < len(doc) and is_count(doc, doc[t.i + 1]):
            return False
    return not own_subject_clause(doc, gap, pct.start, cuts=(",", "("))  # "... 1.985 vụ (đạt 92,8%)"


def _counted_then_metric(doc: Any, i: int, k: int) -> bool:
    """A clause that counts the topic's work, then measures it ("; 11.447 người đạt, tỷ lệ
    đạt 61,4%"): a count and its verb, a comma, and a metric up to the figure at ``k``."""
    if not (i < k and is_count(doc, doc[i])):
        return False
    comma = next((j for j in range(i + 1, min(k, i + 8)) if doc[j].text == ","), None)
    return comma is not None and opens_with_metric(doc, comma + 1, k, anonymous=False)


def aside(doc: Any, span: tuple[int, int], k: int) -> int | None:
    """The "(" opening the aside a name sits in, when the aside closes before the
    figure at ``k`` and follows no name ("là 0,09% (hơn TP. HCM và Nam Định), với
    môn vật lý đạt 0,45%": Nam Định is compared, not measured)."""
    open_at = next((j for j in range(span[0] - 1, -1, -1) if doc[j].text in ("(", ")")), None)
    if open_at is None or doc[open_at].text != "(":
        return None
    if not any(doc[j].text == ")" for j in range(span[1], k)):
        return None
    before = doc[open_at - 1] if open_at > 0 else None
    if before is not None and (names.is_capitalized(before) or names.is_head(before)):
        lead = doc[span[0] - 1]  # "tại", "thuộc": the name is where the body is, or what it belongs to
        if (
            span[0] > open_at + 1 and lead.text.replace(" ", "").isalpha() and lead.text.islower() and not names.is_admin_type(lead)
            and names.key(lead) not in cues().branch_heads and names.key(lead) not in cues().part_designators  # ("(cơ sở Nam Định)": a part)
            and (outer := names.name_before(doc, open_at, 0)) is not None and outer[1] == open_at
        ):  # fmt: skip
            return open_at  # "Công ty X (mã chứng khoán: SHP, trụ sở tại TP Nam Định) đạt", "Thuế cơ sở 1 tỉnh X
            # (phụ trách khu vực Việt Trì) thu đạt": words about the name, whose figure it is
        return None  # "Trường ĐH Sư phạm (ĐH Huế)": part of the name or its gloss
    syllable = before is not None and before.text.islower() and open_at >= 2 and names.is_capitalized(doc[open_at - 2])  # "Truyền máu ("
    field = before is not None and before.text.islower() and span[0] == open_at + 1 and names.head_word(doc[span[0]])  # "tàu cá ("
    named = names.name_before(doc, open_at, 0) if before is not None and (before.ent_type_ == "NUMBER" or syllable or field) else None
    if before is not None and named is not None and named[1] == open_at and span[0] == open_at + 1 and (before.ent_type_ == "NUMBER" or names.head_word(doc[span[0]])) and (
        not field or names.head_word(doc[named[0]])
    ):
        return None  # "Đội sản xuất số 3 (Nông trường Ia Yok)": a numbered name's gloss; "Trung tâm
        # Huyết học - Truyền máu (Bệnh viện X)": a name ending in a lower-case syllable, and its parent body
        # (or in a lower-case field: "Trung tâm Giám sát tàu cá (Chi cục Thủy sản X)")
    return open_at


def quoted_title(doc: Any, span: tuple[int, int], k: int) -> int | None:
    """The opening quote of a title a name sits in, after a lower-case word and closed
    before the figure at ``k`` ('X tổ chức ngày hội "Giọt hồng Đại Lãnh", ..., đạt 124%':
    the organiser's figure, not the place in the event's name)."""
    opening = next((j for j in range(span[0] - 1, max(-1, span[0] - 12), -1) if doc[j].text in QUOTES), None)
    if opening is None or opening == 0 or not doc[opening - 1].text[:1].islower():
        return None
    if sum(t.text in QUOTES for t in doc[:opening]) % 2:
        return None  # (a closing quote: the name is outside the quotation)
    return opening if any(doc[e].text in QUOTES for e in range(span[1], k)) else None


def opens_aside(doc: Any, j: int) -> bool:
    """Does the comma (or dash) at ``j`` open an aside: one of cues.yaml ``aside_openers``
    follows it ("X, nơi có 6 khu công nghiệp, ..."), or one of ``member_openers`` right
    after a name ("Vietnam Airlines Group, gồm A, B và C, ...": the group's members)?"""
    if j + 1 >= len(doc):
        return False
    word, c = names.key(doc[j + 1]), cues()
    pair = f"{word} {names.key(doc[j + 2])}" if j + 2 < len(doc) else ""  # ("chủ" + "chuỗi")
    return word in c.aside_openers or pair in c.aside_openers or (word in c.member_openers and j > 0 and names.is_proper(doc[j - 1]))


def comma_aside(doc: Any, span: tuple[int, int], k: int) -> int | None:
    """The comma opening an aside a name sits in, set off by commas and opened by one of
    cues.yaml ``aside_openers``, when it closes before the figure at ``k`` ("Chi nhánh X,
    nơi có lượng hồ sơ lớn thứ 2 toàn tỉnh, đạt 96,8%": the branch's, not the province's)."""
    if 1 < span[0] and span[1] < len(doc) and doc[span[0] - 1].text == "(" and doc[span[1]].text == ")" and not doc[span[0] - 2].is_punct:
        span = (span[0] - 1, span[1] + 1)  # "..., gồm A và Công ty B (VASCO), đã ...": B's gloss, read from B
    for j in range(span[0] - 1, max(0, span[0] - 24), -1):  # (past the commas inside the aside: "nơi tập
        # trung các làng nghề A, B, C", "đơn vị khai thác phòng chờ, cửa hàng ... tại Nội Bài")
        if doc[j].text in (";", "(", ")", ":") or (j == span[0] - 1 and doc[j].text == "," and not names.is_proper(doc[j - 1])):
            return None  # (a comma right before the name opens its clause: "Ở khối cơ quan, đơn vị, Trường X tiếp nhận")
        if doc[j].text in (",", "-", "–") and opens_aside(doc, j) and j + 1 != span[0]:
            if any(names.key(t) in cues().copulas for t in doc[j + 1 : span[0]]):
                return None  # "Đối với cụm X, chủ đầu tư là Công ty Y đã ứng ...": a clause naming the subject, no aside
            return j if any(doc[e].text == doc[j].text for e in range(span[1], k)) else None  # (or dashes: "X - nơi có A, B - có ...")
    return None


def apposition(doc: Any, span: tuple[int, int], k: int) -> int | None:
    """The comma opening an apposition a name ends, when it says whose part the subject
    before it is ("Trung tâm X, đơn vị trực thuộc Sở GTVT, kiểm định ..., đạt 118%": the
    centre's): a few lower-case words with "thuộc"/"của" between two commas, or words that
    open with what kind of body the subject is ("Công ty X, đơn vị sở hữu chuỗi 28 cửa hàng
    Y, đạt ...": the company's)."""
    if not (span[1] < k and doc[span[1]].text == ","):
        return None
    words = 0
    for j in range(span[0] - 1, max(-1, span[0] - 10), -1):
        if doc[j].text == ",":
            inside = doc[j + 1 : span[0]]
            part = any(names.key(t) in cues().part_of for t in inside) and len(inside) <= 5
            kind = len(inside) > 1 and names.key(inside[0]) in cues().referent_nouns  # "X, đơn vị sở hữu chuỗi 28 cửa hàng Y, đạt ..."
            return j if words and (part or kind) and j > 0 else None
        if not (doc[j].text[:1].islower() or doc[j].ent_type_ == "NUMBER"):
            return _kind_apposition(doc, span)
        words += 1
    return None


def _kind_apposition(doc: Any, span: tuple[int, int]) -> int | None:
    """The comma opening an apposition that says what kind of body a headed name is and
    names the places it serves ("Công ty X, đơn vị đảm nhận thu gom tại 3 quận Ninh Kiều,
    Bình Thủy và Cái Răng, 6 tháng đầu năm đạt ...": the company's), when ``span`` is the
    last of those places."""
    for j in range(span[0] - 1, max(0, span[0] - _APPOSITION_REACH), -1):
        if doc[j].text != "," or j + 2 >= span[0] or names.key(doc[j + 1]) not in cues().referent_nouns:
            continue
        if not doc[j + 2].text[:1].islower():
            return None
        body = names.name_before(doc, j, 0)
        return j if body is not None and body[1] == j and names.head_word(doc[body[0]]) else None
    return None


_APPOSITION_REACH = 20


def owner_after(doc: Any, pct: Any) -> tuple[int, int] | None:
    """"giải ngân 5,8% của Ngân hàng Nhà nước": the name after "của" owns the percent."""
    i = pct.end
    banded = pct.start > 0 and doc[pct.start - 1].ent_id_ in ("under", "over")  # "trên 90% là A, B, C"
    if not banded and i + 1 < len(doc) and doc[i].norm_.casefold() in cues().identity_after and names.is_name_start(doc, i + 1):
        return (i + 1, names.name_end(doc, i + 1))  # "... 100% là trường THCS & THPT Chu Văn An"
    if any(t.norm_.casefold() in cues().share_verbs for t in doc[max(0, pct.start - 3) : pct.start]):
        return None  # "đóng góp 41% tổng kim ngạch của tỉnh": the whole, not the owner
    for i in range(pct.end, min(pct.end + 8, len(doc) - 1)):
        tok = doc[i]
        if tok.norm_.casefold() in cues().possessive_after and names.is_name_start(doc, i + 1):
            if doc[i + 1].text[:1].islower() and referent_after(doc, pct) == (i + 1, False):
                return None  # "60% sản phẩm của hợp tác xã": a referent (see referent_after)
            between = " ".join(names.key(t) for t in doc[pct.end : i])
            if any(f" {m} " in f" {between} " for m in cues().comparison_markers):
                return None  # "thấp hơn 12,9% so với tỷ lệ chung của tỉnh": the base compared with
            return (i + 1, names.name_end(doc, i + 1))
        if tok.is_punct or tok.ent_type_ not in ("", "METRIC") or tok.text[:1].isupper():
            return None  # only a short lower-case metric phrase may come between ("là mức giảm lượng khách")
    return None


def opening_subject(doc: Any, pct: Any) -> tuple[int, int] | None:
    """"Với 68,3% kế hoạch năm, Nhà máy thủy điện Ma Quai dẫn đầu", "Với mức tăng 15,7%,
    Bưu điện huyện Trực Ninh ...": a figure in the phrase that opens the sentence belongs
    to the name right after the phrase (and a short aside after it: "Với tỷ lệ tổn thất
    3,12%, thấp nhất toàn công ty, Điện lực thành phố Thái Bình ...")."""
    if not len(doc) or names.key(doc[0]) not in cues().figure_openers:
        return None
    if any(t.text in (",", ";", ":") for t in doc[1 : pct.start]):
        return None  # the figure is past the opening phrase
    for j in range(pct.end, min(len(doc) - 1, pct.end + 16)):
        if doc[j].text in (";", ":") or doc[j].ent_type_ in ("PERCENT", "PERCENT_RANGE", "NUMBER"):
            return None
        if doc[j].text == "," and names.is_name_start(doc, j + 1):
            return _name_at(doc, j + 1)  # after a short aside: "3,12%, thấp nhất toàn công ty, Điện lực ..."
    return None


def _name_at(doc: Any, start: int) -> tuple[int, int]:
    """The name that starts at ``start``: the longest of its end by :func:`names.name_end`
    and the name :func:`names.name_before` finds back from the end of the run of words a
    name may hold ("Công ty cổ phần" + "Nhân lực Quốc tế Sông Thương")."""
    lex = names.lexicon()
    end = start + 1
    while end < len(doc) and (doc[end].text[:1].isupper() or names.key(doc[end]) in lex.name_modifiers or names.is_admin_type(doc[end])):
        end += 1
    found = names.name_before(doc, end, start)
    ends = [names.name_end(doc, start)]
    if found is not None and found[0] == start:
        ends.append(found[1])
    return start, max(ends)


def is_source(doc: Any, span: tuple[int, int]) -> bool:
    """"Theo Bộ Tài chính, ...", "Theo ông A, Giám đốc Sở Y tế, ...": a name inside the
    opening source phrase (a source marker before it, a comma right after it)."""
    after = doc[span[1]].text if span[1] < len(doc) else ""
    if after == "(":  # "Theo báo cáo của Ban QLDA 6 (Bộ GTVT), ...": past the gloss after the name
        close = next((t.i for t in doc[span[1] : span[1] + 12] if t.text == ")"), None)
        glossed = close is not None and not any(t.ent_type_ in ("PERCENT", "NUMBER") for t in doc[span[1] : close])
        after = doc[close + 1].text if glossed and close is not None and close + 1 < len(doc) else ""  # (not "X (đều đạt 100%),")
    elif after == ")" and span[1] + 1 < len(doc):
        after = doc[span[1] + 1].text  # "Theo Cục Xuất nhập khẩu (Bộ Công Thương), ...": the gloss ends the source too
    if after != ",":
        return False
    markers = cues().source_markers
    for tok in doc[min(dateline_end(doc), span[0]) : span[0]]:  # (not the agency's name: "(Tin Đồng bằng) -")
        if tok.norm_.casefold() in markers:
            comma = next((t.i for t in doc[tok.i + 1 : span[0]] if t.text == ","), None)
            if comma is not None and not any(t.text[:1].isupper() for t in doc[tok.i + 1 : comma]):
                continue  # "Xét theo nhà thầu, X, Y và Z lần lượt đạt ...": a criterion closed before the name, no source
            if comma is not None and doc[span[0] - 1].text == "," and span[1] < len(doc) and doc[span[1]].text == "," and opens_aside(doc, span[1]):
                return False  # "Theo Ban QLDA X, Liên danh Y, nhà thầu gói thầu ..., đã hoàn thành 78%": the clause's subject
            if comma is not None and comma < span[0] and names.head_word(doc[tok.i + 1]) and names.key(doc[tok.i + 1]) not in names.lexicon().honorifics and all(
                t.text == "," or names.key(t) in cues().conjunctions or not t.text[:1].islower() for t in doc[comma + 1 : span[0]]
            ):  # "Theo Văn phòng UBND tỉnh, Sở Tư pháp, Sở X và Sở Y lần lượt ...": names opening the clause after the source
                return False  # (not "Theo ông A, Giám đốc Sở Y tế, ...", a person's post; nor "..., toàn tỉnh ... vụ Xuân")
            return True
        if tok.norm_.casefold() in cues().figure_verbs or tok.ent_type_ in ("PERCENT", "NUMBER"):
            return False
    return False


def is_tier(doc: Any, span: tuple[int, int]) -> bool:
    """A whole tier of bodies, no one of them: "HĐND các cấp", "Viện KSND hai cấp", "các
    cấp Hội Liên hiệp Phụ nữ tỉnh X"."""
    tiers = {" ".join(names.key(t) for t in doc[span[1] : span[1] + n]) for n in (1, 2)}
    before = " ".join(names.key(t) for t in doc[max(0, span[0] - 2) : span[0]])
    firsts = _collective_firsts()  # "Ủy ban Kiểm tra các cấp trong Đảng bộ": a tier inside the name
    inside = {" ".join(names.key(t) for t in doc[i : i + 2]) for i in range(span[0] + 1, span[1] - 1) if names.key(doc[i]) in firsts}
    return bool((tiers | inside) & cues().collective_after) or before in cues().collective_before or _heads_of_kind(doc, span)


def _heads_of_kind(doc: Any, span: tuple[int, int]) -> bool:
    """A head alone before a plural marker and a type word: the bodies of every unit of
    that kind ("UBND các huyện, thành phố đã trích ..., đạt 103%"), no one of them."""
    lex = names.lexicon()
    first, after = doc[span[0]], span[1]
    one_entity = first.ent_iob_ == "B" and first.ent_type_ in ("ORG_OF", "ORG_HEAD") and all(t.ent_iob_ == "I" for t in doc[span[0] + 1 : span[1]])
    return (
        one_entity and after + 1 < len(doc) and names.key(doc[after]) in lex.plural_markers
        and names.key(doc[after]) not in lex.number_markers and names.is_admin_type(doc[after + 1])
    )


@lru_cache(maxsize=1)
def _collective_firsts() -> frozenset[str]:
    """The first words of cues.yaml ``collective_after`` ("các" of "các cấp")."""
    return frozenset(p.split()[0] for p in cues().collective_after)


def is_scope(doc: Any, span: tuple[int, int]) -> bool:
    """A name right after a scope word: "cao nhất thành phố" (the superlative's scope),
    "phía Nam" (a direction), "chỉ số VN-Index" (an index)."""
    at = span[0]
    while at > 0 and (word := names.key(doc[at - 1])) in names.lexicon().generic_markers and word not in cues().possessive_after:
        at -= 1  # "cao nhất toàn tỉnh": the superlative's scope is the whole province
    words = [t.norm_.casefold() for t in doc[max(0, at - 2) : at]]
    if words and (words[-1] in cues().scope_before or " ".join(words) in cues().scope_before) and " ".join(words) not in cues().scope_exceptions:
        return True
    if any(names.key(t) in cues().sector_words for t in doc[max(0, span[0] - 2) : span[0]]) and not (
        span[0] > 0 and (names.key(doc[span[0] - 1]) in cues().copulas or doc[span[0] - 1].text == ",")
    ):  # (nor "Ở khối sở, ngành, Sở A, Sở B ...": a comma closes the sector's phrase)
        return True  # "toàn ngành kiểm sát tỉnh" (not "Dẫn đầu khối bộ, ngành là X": X is named)
    if is_route(doc, span[0]):
        return True
    if is_tier(doc, span):
        return True  # "đại biểu HĐND các cấp"
    if words and (words[-1] in cues().collective_scope or " ".join(words) in cues().collective_scope):
        lead = doc[max(0, span[0] - 10) : span[0]]  # "các cơ sở khám chữa bệnh trên địa bàn tỉnh"
        lex = names.lexicon()  # (not "số vụ phạm tội trên địa bàn tỉnh giảm 4,2%": the count of a kind, the province's)
        if at > 1 and names.key(doc[at - 2]) in cues().agent_verbs:
            return True  # "Đội X, phụ trách địa bàn thành phố Y, xử lý ...": the area a body serves
        verb = next((v for v in (at - 2, at - 3) if v > 0 and names.key(doc[v]) in cues().figure_verbs), -1)  # ("thu" + "trên" + "địa bàn")
        if verb > 0 and not any(t.is_punct for t in doc[verb:at]) and (body := names.name_before(doc, verb, 0)) is not None and (
            body[1] == verb and names.head_word(doc[body[0]]) is not None
        ):
            return True  # "Chi cục X thu trên địa bàn tỉnh 7.565 tỷ đồng, tăng 9,4%": where the body collects, not the subject
        return any((names.key(t) in lex.plural_markers and names.key(t) not in lex.number_markers) or is_count(doc, t) for t in lead)
    if counted_member(doc, span):
        return True
    # "nối Hưng Yên với Thái Bình": the first of a pair joined by a scope word is one too
    after = span[1]
    return after + 1 < len(doc) and names.key(doc[after]) in cues().scope_before and names.is_proper(doc[after + 1])


def counted_member(doc: Any, span: tuple[int, int]) -> bool:
    """Is the name a member of a counted list of units ("trên địa bàn 3 huyện Hương Sơn,
    Đức Thọ, Vũ Quang và thị xã Hồng Lĩnh"): the scope of a figure, not its subject?"""
    c = cues()
    for i in range(span[0], max(-1, span[0] - 16), -1):
        t = doc[i]
        if i < span[0] and names.is_admin_type(t) and i + 1 < len(doc) and doc[i + 1].text == "," and not (
            i > 0 and doc[i - 1].ent_type_ in ("NUMBER", "NUMWORD")
        ):
            return False  # "Trong 9 quận, huyện, quận Ninh Kiều có ...": the count's kinds ("quận, huyện"), then a clause
        if names.is_admin_type(t) and i > 0 and doc[i - 1].ent_type_ in ("NUMBER", "NUMWORD") and is_count(doc, doc[i - 1]):
            return True  # (not "năm 2025 tỉnh phấn đấu")
        if i < span[0] and i > 1 and t.text[:1].islower() and _plural_before(doc, i) and names.key(t) not in c.copulas:
            # "ra các đảo Cô Tô, Quan Lạn, Minh Châu, tăng 22,6%": a verb's object; not a clause's
            # subject ("Ở cấp xã, các xã A, B ... có tỷ lệ", "Công an các xã A, B đã hoàn thành"),
            # nor items with their own figures ("là các huyện Mường Lát (82,3%), ...")
            before = doc[i - 2]
            return (
                names.is_proper(doc[i + 1]) and before.text[:1].islower() and not before.is_punct
                and names.key(before) not in c.copulas and not (span[1] < len(doc) and doc[span[1]].text == "(")
            )  # fmt: skip
        if not (i == span[0] or t.text == "," or names.key(t) in c.conjunctions or names.is_proper(t) or names.is_admin_type(t)):
            return False
    return False


def _plural_before(doc: Any, i: int) -> bool:
    """Does a plural marker ("các", "những"; not a number's "số") stand before token ``i``?"""
    word = names.key(doc[i - 1])
    return word in names.lexicon().plural_markers and word not in names.lexicon().number_markers and names.key(doc[i]) not in cues().possessive_after


def is_route(doc: Any, start: int) -> bool:
    """Does a route or service-area word come right before ``start``, past a number
    and the words that give it ("tuyến số 5 Quy Nhơn - Nhơn Lý", "các chặng ...")?"""
    i = start - 1
    while i >= 0 and i >= start - 3 and (doc[i].ent_type_ == "NUMBER" or names.key(doc[i]) in cues().route_fillers):
        if doc[i].text[:1].islower() and names.key(doc[i]) in cues().route_words:
            return True  # "dự án cao tốc Quảng Ngãi – Hoài Nhơn": a route word that is also a filler ("tuyến cao tốc A - B")
        i -= 1
    if i < 0:
        return False
    two = f"{names.key(doc[i - 1])} {names.key(doc[i])}" if i > 0 else ""
    lower = doc[i].text[:1].islower() or i == 0 or doc[i].text.partition(" ")[2].islower()  # ("Đường bay A - B chiếm 21%")
    if lower and (names.key(doc[i]) in cues().route_words or two in cues().route_words):
        return True  # (lower case: "Công ty TNHH Đường Hiếu Giang" makes sugar)
    if doc[i].text != "," and names.key(doc[i]) not in cues().conjunctions:
        return False
    if start < len(doc) and names.is_head(doc[start]):
        return False  # "Trên tuyến A - B, Công ty X chiếm 41%": a body after the route, no route
    j = i - 1  # "các chặng Quy Nhơn - TP.HCM và Quy Nhơn - Hà Nội": a later item of a list of routes
    while j >= 0 and j >= i - 6 and (names.is_proper(doc[j]) or names.key(doc[j]) in cues().route_connectors):
        j -= 1  # ("các chặng từ TP.HCM đi Hà Nội, Vinh": "đi" joins the route's places)
    return j + 1 < i and is_route(doc, j + 1)


def national(doc: Any, floor: int, k: int) -> bool:
    """Is the country the scope of the clause of the figure at ``k`` ("Theo số liệu của
    NHNN, giao dịch qua mã QR trên cả nước tăng 86%")? Not where it ranks a subject
    ("cao nhất cả nước với 98%", "đứng thứ 3 toàn quốc") or compares with it."""
    c = cues()
    maybe = doc.user_data.get("national")
    if maybe is None:  # (once a sentence: most have none of the words)
        text = doc.text
        maybe = doc.user_data["national"] = any(phrase.rsplit(" ", 1)[-1] in text for phrase in c.national_scope)
    if not maybe:
        return False
    lo = max((j + 1 for j in range(floor, k) if doc[j].text == ","), default=floor)
    return any(
        not (j > 0 and (names.key(doc[j - 1]) in c.national_rank_words or doc[j - 1].ent_type_ == "NUMBER"))
        for j in phrase_starts(doc, lo, k, c.national_scope)
    )


def is_old_value(doc: Any, pct: Any, nxt: Any) -> bool:
    """"từ 41,2% xuống còn 35,3%": the first percent of a change, its old value (the new
    one has the same subject)."""
    c = cues()
    if pct.start == 0 or doc[pct.start - 1].norm_.casefold() not in c.range_from:
        return False
    between = list(doc[pct.end : nxt.start])
    if len(between) > 2 and names.key(between[0]) in c.bare_blockers and between[1].ent_type_ == "NUMBER":
        between = between[2:]  # "từ 1,2% năm 2014 xuống còn 0,05%": the old value's year
    return 0 < len(between) <= 3 and all(t.norm_.casefold() in c.transitions for t in between)


def owned_elsewhere(doc: Any, pct: Any) -> bool:
    """"thấp hơn mức 93,4% của cả nước": a percent that belongs, by "của", to something
    that is no organization. Not after a share verb ("chiếm 19,3% số nợ của chi cục":
    that is the whole the subject's share is of)."""
    c = cues()
    if any(t.norm_.casefold() in c.share_verbs for t in doc[max(0, pct.start - 3) : pct.start]):
        return False
    for i in range(pct.end, min(pct.end + 2, len(doc) - 1)):
        if doc[i].norm_.casefold() in c.possessive_after:
            return not names.is_name_start(doc, i + 1) and referent_after(doc, pct) is None  # "của hợp tác xã": a referent
    return False


def is_share_whole(doc: Any, span: tuple[int, int]) -> bool:
    """"chiếm 22% sản lượng toàn tỉnh": a name that is the whole a share is of, a few
    lower-case words after the share's percent; no subject of the figures after it."""
    c = cues()
    for p in range(span[0] - 1, max(-1, span[0] - 6), -1):
        if doc[p].ent_type_ == "PERCENT":
            return any(t.norm_.casefold() in c.share_verbs for t in doc[max(0, p - 3) : p])
        if not doc[p].text[:1].islower() or (p == span[0] - 1 and names.key(doc[p]) in c.conjunctions):
            return False  # ("chiếm 12,4% thị phần và Công ty X đạt 8,5%": the next subject)
    return False


def in_price(doc: Any, span: tuple[int, int]) -> bool:
    """A name inside the phrase of a price (cues.yaml ``price_words``) that opens its
    clause: "Giá đồng trên sàn giao dịch kim loại London bình quân 9 tháng tăng 9%", "Giá
    than chuẩn Newcastle giảm 18%": where the price is set, no subject of its change."""
    c = cues()
    for p in range(span[0] - 1, max(-1, span[0] - 10), -1):
        word = names.key(doc[p])
        if word in c.price_words:
            return p == 0 or doc[p - 1].is_punct
        if not doc[p].text[:1].islower() or doc[p].ent_type_ not in ("", "QUAL", "UNIT") or word in c.figure_verbs or word in names.lexicon().generic_markers:
            return False  # (not "giá bán điện của EVN": an owner)
    return False


def referent_at(doc: Any, lo: int, hi: int) -> tuple[int, bool] | None:
    """A phrase in ``[lo, hi)`` that points back to an organization: a referent noun with a
    demonstrative ("đơn vị này", "Bệnh viện này"), or after "của" ("của công ty"). Its
    token index, and whether it has the demonstrative."""
    c = cues()
    lex = names.lexicon()
    for i in range(hi - 1, lo - 1, -1):
        if names.key(doc[i]) not in c.referent_nouns:
            continue
        if is_source(doc, (i, i + 1)):
            continue  # "Theo số liệu của Sở, khối THPT có ...": the source, not the subject
        if i > 0 and names.key(doc[i - 1]) in lex.plural_markers:
            continue  # "các doanh nghiệp trên địa bàn": a category, not one body named before
        if i > 2 and doc[i - 1].text == "," and names.key(doc[i - 3]) in lex.plural_markers:
            continue  # "Các cơ quan, đơn vị có tỷ lệ nữ từ 30%": the category's second noun
        if _reports_own_measure(doc, lo, i, hi):
            return i, True  # "Ngân hàng này cho biết thu nhập lãi thuần tăng 28%": the body named before, reporting its own
        if _reported_after(doc, i + 1, hi):
            continue  # "Bác sĩ X, phụ trách ... của trung tâm, cho biết 40% ...": the speaker's post
        if i + 1 < hi and names.key(doc[i + 1]) in lex.demonstratives:
            return i, True
        if (
            i + 2 < hi and names.key(doc[i + 2]) in lex.demonstratives and doc[i + 1].text.islower() and doc[i + 1].ent_type_ == ""
            and not _verb_word(c, doc[i + 1]) and " ".join(names.key(t) for t in doc[i + 2 : i + 4]) not in lex.generic_markers
            and not _reported_after(doc, i + 3, hi)  # (nor a speaker: "Công ty chứng khoán này cũng lưu ý ...")
        ):  # "khu" + "du lịch" + "này": a referent noun and its kind (not "nhà máy xi măng" + "trên địa bàn")
            return i, True
        whole = i > 0 and (before := names.key(doc[i - 1])) in names.lexicon().generic_markers and before not in c.possessive_after
        owner_at = i - 2 if whole else i - 1  # "của toàn công ty"
        owner = names.key(doc[owner_at]) if owner_at >= 0 else ""
        if owner in c.possessive_after and not (i + 1 < len(doc) and names.is_proper(doc[i + 1])):
            return i, False
        if owner in c.referent_owners and not whole and doc[i].text[:1].isupper() and names.key(doc[i]) not in c.generic_referents and not (
            i + 1 < len(doc) and (names.is_capitalized(doc[i + 1]) or names.is_admin_type(doc[i + 1]))
        ):  # "tại Trung tâm", "đối với Trung tâm": the head written alone for the body named before
            return i, False  # (not "tại Đảng bộ thành phố X", a name of its own; nor "đối với đơn vị giải ngân dưới 10%", a kind)
        if whole and doc[i].text[:1].islower() and not (
            i + 1 < len(doc) and (names.is_proper(doc[i + 1]) or (doc[i + 1].text[:1].islower() and not _verb_word(c, doc[i + 1]) and not (
                i + 2 < len(doc) and f"{names.key(doc[i + 1])} {names.key(doc[i + 2])}" in c.figure_verbs  # ("... toàn công ty ở mức 4,12%")
            )))
        ):  # "Tính chung toàn công ty, tỷ lệ thu đạt 84,6%", "Tỷ lệ thất thoát toàn công ty giảm còn 11,4%"
            return i, False  # the one company named before
        if (  # "Đơn vị đã trồng mới 215 ha, đạt 107,5% kế hoạch": the subject of the sentence before
            # (also after an opening adverbial that names no one: "Nhờ đó, đơn vị đã thu hồi ...")
            (i == 0 or (i == lo and doc[i - 1].text == ";" and doc[i].text[:1].islower()) or (doc[i - 1].text == "," and not any(
                names.is_name_start(doc, j) or doc[j].ent_type_ == "ORG_HEAD" or doc[j].text in QUOTES for j in range(lo, i - 1)
            )))  # (not in a quotation: "Trong quý IV, đơn vị sẽ ...", a speaker's plan; "...; đơn vị đạt 101%": a clause's opening)
            and names.key(doc[i]) in c.generic_referents
            and i + 1 < hi
            and (names.key(doc[i + 1]) in c.clause_adverbs or names.key(doc[i + 1]) in c.figure_verbs or (i > 0 and _a_verb(doc[i + 1]) and not _modified(doc, i, hi)))
        ):
            return i, True
        if (  # "Công ty đã lắp đặt ..., nâng tỷ lệ ... lên 86%", "..., cảng đã phục vụ ...": the one such body named before
            ((t := _after_time(doc, lo, i)) == 0 or doc[t - 1].text in (",", ";"))  # (also after a time: "..., năm 2024 công ty đóng điện ...";
            # or a semicolon: "...; chi nhánh đã giải ngân 100% ...")
            and (doc[i].text[:1].islower() == (i > 0) or (  # "Năm nay, Chi cục cũng cấp mới ...": a head written alone
                i > 1 and doc[i].ent_type_ in ("ORG_HEAD", "ORG_OF") and doc[i].ent_iob_ == "B" and not any(t.text in QUOTES for t in doc[lo:i])
            ))  # (not in a quotation: a speaker's plan; "Trong năm, Đảng bộ kết nạp ...": a party body too)
            and names.key(doc[i]) not in c.generic_referents  # ("X, đơn vị đứng đầu ...": an apposition)
            and i + 1 < hi
            and (names.key(doc[i + 1]) in c.clause_adverbs or names.key(doc[i + 1]) in c.figure_verbs or doc[i + 1].ent_type_ == "TARGET"
                 or _a_verb(doc[i + 1]))  # ("công ty đồng ý tăng lương 8%")
        ):
            return i, False
        if (  # "X cho biết, 9 tháng qua đơn vị đã giải ngân ...": the reporter's own figures
            names.key(doc[i]) in c.generic_referents
            and i + 1 < hi
            and not (i > 0 and _counted(doc, i - 1))  # (not "có 58 đơn vị giải ngân trên 80%", a count)
            and (names.key(doc[i + 1]) in c.clause_adverbs or names.key(doc[i + 1]) in c.figure_verbs or (
                doc[i + 1].ent_type_ == "" and (_a_verb(doc[i + 1]) or names.key(doc[i + 1]) in c.verbs_after_names)
                and not _modified(doc, i, hi) and _reported_after(doc, lo, i)
                and not (i > 0 and doc[i - 1].ent_type_ in ("NUMBER", "NUMWORD") and _after_time(doc, lo, i) == i)
            ))  # ("X cho biết, 9 tháng năm 2024, đơn vị sản xuất được ...": any verb; not "19 đơn vị báo lãi", a count;
            # but "X cho biết năm 2024 đơn vị bán ...": a year)
            and (_reported_after(doc, lo, i) or any(names.key(t) in c.source_markers for t in doc[lo:i]))
        ):  # ("Theo Hạt Kiểm lâm X, trong năm đơn vị đã phát hiện 29 vụ, giảm 35,6%": the source's own)
            return i, False
        if (  # "X cho biết, năm nay công ty thu mua ..., tăng 15%": a typed noun opening the reported clause
            names.key(doc[i]) not in c.generic_referents
            and doc[i].text[:1].islower()
            and i + 1 < hi
            and (_verb_word(c, doc[i + 1]) or _a_verb(doc[i + 1]) or names.key(doc[i + 1]) in c.verbs_after_names)
            and _opens_reported_clause(doc, lo, i)
            and not any(names.key(t) in c.directive_verbs for t in doc[i + 1 : hi])
        ):  # (a verb the POS model reads as a noun out of context: "trường tuyển 1.150 sinh viên"; not what the body
            # proposes others do: "sở đã đề xuất UBND tỉnh cắt giảm 5% dự toán ...")
            return i, False
    return None


def _counted(doc: Any, j: int) -> bool:
    """Is token ``j`` a number counting the noun after it ("58 đơn vị"), not the year word
    of a time ("trong năm đơn vị đã ...": during the year)?"""
    tok = doc[j]
    if tok.ent_type_ == "NUMBER":
        return not is_year(doc, tok)  # ("năm 2024 đơn vị thu ...": a year)
    return tok.ent_type_ == "NUMWORD" and not (
        names.key(tok) in numbers.ambiguous_words() and j > 0 and doc[j - 1].norm_.casefold() in cues().year_before
    )


def _modified(doc: Any, i: int, hi: int) -> bool:
    """Is the referent noun at ``i`` the head of a longer noun phrase, lower-case words up
    to a verb marker ("đơn vị tư vấn độc lập đã khảo sát ..."): another body, not the one
    named before?"""
    for j in range(i + 2, min(hi, i + 6)):
        if names.key(doc[j]) in cues().verb_markers:
            return True
        if not doc[j].text[:1].islower() or doc[j].ent_type_:
            return False
    return False


def _after_time(doc: Any, lo: int, i: int) -> int:
    """Where the time phrase right before token ``i`` starts ("năm 2024", "năm nay"):
    a year after its word, or at most two time words; ``i`` when there is none."""
    if i - 2 >= lo and names.key(doc[i - 2]) in numbers.ambiguous_words() and is_year(doc, doc[i - 1]):
        return i - 2
    j = i
    while j > lo and i - j < 2 and names.key(doc[j - 1]) in cues().clause_time_words:
        j -= 1
    return j


def _opens_reported_clause(doc: Any, lo: int, i: int) -> bool:
    """Does token ``i`` open the clause a reporting verb before it introduces, after a
    comma or the verb and a time (:func:`_after_time`: "X cho biết, năm nay công ty ...",
    "X cho biết năm 2024 chi nhánh ...")?"""
    j = _after_time(doc, lo, i) - 1
    return j >= lo and (doc[j].text in (",", ":") or _reported_after(doc, max(lo, j - 1), j + 1)) and _reported_after(doc, lo, j + 1)  # ("cho" + "biết": two words)


def _verb_word(c: Any, tok: Any) -> bool:
    """Is the token a figure verb, a clause adverb or a change verb ("giảm", "đã")?"""
    word = names.key(tok)
    return word in c.figure_verbs or word in c.clause_adverbs or word in c.change_verbs


def _a_verb(tok: Any) -> bool:
    """Is the token a lower-case word the POS model tags a verb (``object_verb_tags``)?"""
    from . import postags

    return tok.text[:1].islower() and postags.tag(tok.text) in cues().object_verb_tags


def speaker_body(doc: Any, lo: int, i: int) -> str | None:
    """"Ông X, Giám đốc trung tâm cho biết, đơn vị ...": the referent noun ("trung tâm") of
    the post of the speaker who reports before token ``i``, the body "đơn vị" is then."""
    c = cues()
    verb = next((j for j in range(i - 1, lo - 1, -1) if _reported_after(doc, j, j + 1)), None)
    if verb is None:
        return None
    for j in range(verb - 1, lo - 1, -1):
        word = names.key(doc[j])
        if word in c.referent_nouns and word not in c.generic_referents and doc[j].text[:1].islower():
            return word
    return None


def _reports_own_measure(doc: Any, lo: int, i: int, hi: int) -> bool:
    """Does the clause open with a referent noun and a demonstrative at ``i`` ("Ngân hàng
    này") and its reporting verb, then what the figure measures, anonymous ("cho biết thu
    nhập lãi thuần tăng 28%")?"""
    if not (i == lo or doc[i - 1].is_punct) or i + 3 >= hi or names.key(doc[i + 1]) not in names.lexicon().demonstratives:
        return False
    verbs = cues().reporting_verbs
    j = i + 2
    while j < hi and names.key(doc[j]) in cues().clause_adverbs:
        j += 1
    n = 2 if " ".join(names.key(t) for t in doc[j : j + 2]) in verbs else 1 if names.key(doc[j]) in verbs else 0
    return n > 0 and j + n < hi and opens_with_metric(doc, j + n, hi)


def _reported_after(doc: Any, lo: int, hi: int) -> bool:
    """Is there a reporting verb ("cho biết") in ``[lo, hi)``?"""
    verbs = cues().reporting_verbs
    return any(names.key(doc[j]) in verbs or " ".join(names.key(t) for t in doc[j : j + 2]) in verbs for j in range(lo, hi))


def referent_after(doc: Any, pct: Any) -> tuple[int, bool] | None:
    """A referent phrase after "của" right after a percent and its metric ("92,5% diện tích
    rừng của hợp tác xã", "... của đơn vị này"), as :func:`referent_at` gives one."""
    c = cues()
    for i in range(pct.end, min(pct.end + 8, len(doc) - 1)):
        tok = doc[i]
        if names.key(tok) in c.possessive_after:
            if names.key(doc[i + 1]) not in c.referent_nouns or (i + 2 < len(doc) and names.is_proper(doc[i + 2])):
                return None
            return i + 1, i + 2 < len(doc) and names.key(doc[i + 2]) in names.lexicon().demonstratives
        if tok.is_punct or (tok.ent_type_ not in ("", "METRIC", "UNIT", "PLAN", "BASIS", "TARGET") and not _a_year_word(doc, tok)) or tok.text[:1].isupper():
            return None  # (a plan may come between: "vượt 56% kế hoạch của đơn vị"; or a year word: "sinh viên năm cuối của trường")
    return None


def compared(doc: Any, pct: Any) -> bool:
    """"thấp hơn nhiều so với mức 1,5% theo quy định": the percent a figure is compared
    with, nobody's figure."""
    words = " ".join(names.key(t) for t in doc[max(0, pct.start - 4) : pct.start])
    if any(f"{m} " in f"{words} " for m in cues().comparison_markers):
        return True
    # "thấp hơn bình quân cả nước (55,2%)": in parentheses after what is compared, no name
    at = pct.start - 1
    while at > 0 and doc[at].ent_type_ == "QUAL":
        at -= 1  # "(khoảng 52,3%)"
    if at < 2 or doc[at].text != "(" or not doc[at - 1].text[:1].islower():
        return False
    return any(names.key(t) in cues().comparison_words for t in doc[max(0, at - 8) : at])


def earlier_respectively(doc: Any, lo: int, resp: int) -> int | None:
    """"A, B và C lần lượt đạt 7,1, 4,3 và 9,8 triệu tấn, tương ứng tăng 3%, ...": the
    first "respectively" of the clause, where the names are."""
    c = cues()
    return next((j for j in range(lo, resp) if doc[j].norm_.casefold() in c.respectively), None)
