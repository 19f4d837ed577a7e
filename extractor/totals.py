"""Matched sentences -> totals: how many of what, and in which sense.

Takes a matched sentence (:class:`~extractor.match.Matched`); returns its
:class:`~extractor.models.Total` objects. A total is a Matcher ``TOTAL`` span
(qualifier? number scale? unit), or a count written without its unit that takes the
unit of the count it breaks down ("2.435 đảng viên (khai trừ 282, ...)") or that
follows it ("từ 1.424 xuống còn 491 chỉ tiêu"). Its kind comes from the cues of its
clause (a parenthesis takes the cue right before it), its rate basis from a ``PER``
cue, its period from the nearest period before it, and a percent right after it that
is compared with a plan is its ``percent_of_plan``.
"""

from __future__ import annotations

from typing import Any

from . import numbers
from .cues import cues, doc_ents, phrase_starts, sentence_periods
from .match import Matched
from .models import Total
from .segment import Sentence


def _unit_form(unit: str) -> str:
    """The unit as a tracker groups it: "132 Đảng viên" counts "đảng viên"; acronyms keep
    their case ("TT GDTX").

    >>> _unit_form("Đảng viên"), _unit_form("TT GDTX"), _unit_form("đảng viên")
    ('đảng viên', 'TT GDTX', 'đảng viên')
    """
    if unit[:1].isupper() and unit[1:2].islower():
        return unit[:1].lower() + unit[1:]
    return unit


def _in_range(doc: Any, span: Any) -> bool:
    """"từ 30 đến 45 học sinh": either end of a range is no count of its own."""
    c = cues()
    i, j = span.start, span.end
    while i < j and doc[i].ent_type_ == "QUAL":
        i += 1
    before = [t.norm_.casefold() for t in doc[max(0, i - 3) : i]]
    if len(before) == 3 and before[0] in c.range_from and before[2] in c.range_to and doc[i - 2].ent_type_ == "NUMBER":
        return True  # the upper end
    if i >= 2 and doc[i - 1].text == "," and _next_of(doc, i - 2, i):
        return True  # "1, 2 cuộc kiểm tra": one or two, not two
    k = i - 1
    if k >= 0 and doc[k].norm_.casefold() in c.range_from:
        n = i
        while n < len(doc) and doc[n].ent_type_ == "NUMBER":
            n += 1
        return n < len(doc) and doc[n].norm_.casefold() in c.range_to  # the lower end
    return False


def _per(doc: Any, i: int) -> bool:
    """Does a rate's "/" stand at token ``i`` ("suất/ca", "cán bộ/10.000 dân"), rather than
    one between two counts ("2.312 vụ/4.105 bị can")? After it, a word, or a round number."""
    if i + 1 >= len(doc) or doc[i].text != "/":
        return False
    try:  # (the figure regexes take no number right after a "/": "13/18 trạm")
        value = numbers.parse_number(doc[i + 1].text)
    except ValueError:
        return True
    return value in (1, 10, 100, 1_000, 10_000, 100_000, 1_000_000)


def _value_at(doc: Any, i: int) -> float | None:
    tok = doc[i]
    if tok.ent_type_ == "NUMBER":
        return next((e._.value for e in doc_ents(doc) if e.start <= i < e.end), None)
    if tok.ent_type_ == "NUMWORD":
        return numbers.parse_words(tok.text)
    return None


def _next_of(doc: Any, a: int, b: int) -> bool:
    """Is the small number at token ``b`` the one after the number at ``a`` ("1, 2",
    "hai, ba")? Then the two are an approximate range."""
    x, y = _value_at(doc, a), _value_at(doc, b)
    return x is not None and y is not None and y == x + 1 and y <= 10


class TotalResolver:
    """The totals of one sentence at a time (:meth:`resolve`)."""

    def resolve(self, sent: Sentence, m: Matched) -> list[Total]:
        self.totals: list[Total] = []
        self._totals(sent, m)
        return self.totals

    def _kind(self, doc: Any, lo: int, span: Any, unit: str) -> str:
        c = cues()
        unit_key = unit.casefold()
        # a cue that is the counted noun itself ("chỉ tiêu" = admission places) says nothing
        ents = [e for e in doc_ents(doc) if lo <= e.start < span.start and e.text.casefold() != unit_key]
        depth = 0
        for i in range(span.start - 1, lo - 1, -1):
            if doc[i].text == ")":
                depth += 1
            elif doc[i].text == "(":
                if depth == 0:  # the total sits in a parenthesis: the cue before it rules
                    before = [e for e in ents if e.end <= i]
                    if before:
                        last = before[-1]
                        for rule in c.paren_kind:
                            if last.label_ == rule["label"] and rule.get("id", last.ent_id_) == last.ent_id_:
                                return rule["kind"]
                    break
                depth -= 1
        labels = {e.label_ for e in ents}
        for rule in c.kind_order:
            if rule["label"] in labels:
                return rule["kind"]
        return "actual"

    def _totals(self, sent: Sentence, m: Matched) -> None:
        doc = m.doc
        found: list[tuple[Any, float, str, Any]] = []  # (span, value, unit, qualifier ent)
        for span in m.totals:
            ents = [e for e in doc_ents(doc) if e.start < span.end and e.end > span.start]
            num = next((e for e in ents if e.label_ == "NUMBER"), None)
            qual = next((e for e in ents if e.label_ == "QUAL"), None)
            scale = next((e for e in ents if e.label_ == "SCALE"), None)
            unit_tokens = [t for t in span if t.ent_type_ not in ("QUAL", "NUMBER", "NUMWORD", "SCALE")]
            if num is not None:
                value = num._.value
            else:
                words = " ".join(t.text for t in span if t.ent_type_ == "NUMWORD")
                value = numbers.parse_words(words)
                if value is None or (value == 1 and len(m.totals) == 1):
                    continue  # "một" alone is the article "a", not a count
                if value == 1 and span.start > 0 and doc[span.start - 1].norm_.casefold() in cues().article_before:
                    continue  # "của một công ty chứng khoán", "mỗi xã một sản phẩm": "a", not one
                if value == 1 and _distributive(doc, span.start):
                    continue  # "giao cho mỗi chi đoàn nhận chăm sóc một tuyến đường": one each
                if span.start > 0 and words.casefold() in numbers.ambiguous_words() and doc[span.start - 1].norm_.casefold() in cues().year_before:
                    continue  # "trong năm đơn vị đã phát hiện ...": during the year, not five units
            if scale is None and value != int(value):
                continue  # "16,8 bác sĩ/vạn dân", "bình quân 5,6 nhân viên": a ratio or a mean, no count
            if _per(doc, span.end):
                continue  # "1 cán bộ/10.000 dân", "2.400 suất/ca": a rate, no count
            unit_key = " ".join(t.norm_.casefold() for t in unit_tokens)
            if scale is None and value <= 4 and unit_key in cues().shift_units and _shifts(doc, span):
                continue  # "làm việc 3 ca mỗi ngày", "3 ca, 4 kíp": a work schedule
            if unit_key in cues().verb_units and span.end < len(doc) and doc[span.end].ent_type_ in ("NUMBER", "NUMWORD", "QUAL"):
                continue  # "... Hạ Long 2 tổ chức 36 chuyến xe": the verb, before the count it made
            if _threshold(doc, span):
                continue  # "doanh nghiệp có từ 25 lao động trở lên": a kind's size
            value = numbers.scaled(value, scale.text if scale else None)
            lead = (num or span).start - 1
            if num is not None and lead >= 0 and doc[lead].norm_.casefold() in cues().count_blockers and not (
                lead > 0 and doc[lead - 1].ent_type_ in ("NUMBER", "NUMWORD")
            ):
                continue  # "năm 2024 thành phố ...", "xếp thứ 12/63 tỉnh": a date or a rank (not "8 tầng 33 phòng")
            if num is not None and lead >= 0 and doc[lead].norm_.casefold() in cues().month_words and 1 <= value <= 12 and scale is None:
                continue  # "từ tháng 9 đơn vị đã ...": a month
            if num is not None and scale is None and qual is None and _names_own_number(doc, num.start):
                continue  # "Công ty CP Cơ khí Tiền Phong 2 nợ gần 2,9 tỷ đồng": the company's number
            if num is not None and scale is None and qual is None and _marked_number(doc, num.start):
                continue  # "Ban bầu cử số 1 báo cáo ...": a body's number after its marker, then a verb
            if num is not None and scale is None and qual is None and _numbered_body(doc, num.start, span.end):
                continue  # "Thuế cơ sở 1 tỉnh Bắc Ninh", "Đội QLTT số 1 tỉnh X": a body's number, its province
            found.append((span, value, _unit_form(" ".join(t.text for t in unit_tokens)), qual))
        found.extend(self._bare_numbers(m, [f[0] for f in found]))
        found = [f for f in found if not _in_range(doc, f[0])]
        found.sort(key=lambda f: f[0].start)
        periods = sentence_periods(sent.text) if found else []  # only where there are totals
        lo = 0
        for span, value, unit, qual in found:
            window = [e for e in doc_ents(doc) if lo <= e.start < span.start]
            per = None  # the last period word before the figure
            for e in window:
                if e.label_ == "PER":
                    per = e.ent_id_
            period = None
            for start, v in periods:
                if start < span.start_char:
                    period = v
            self.totals.append(
                Total(
                    value=value,
                    unit=unit,
                    text=span.text,
                    qualifier=qual.ent_id_ if qual is not None else "exact",
                    kind=self._kind(doc, lo, span, unit),  # type: ignore[arg-type]
                    per=per,
                    period=period,
                    percent_of_plan=self._percent_of_plan(doc, span),
                    sentence=sent.index,
                    start=m.offset + span.start_char,
                    end=m.offset + span.end_char,
                )
            )
            lo = span.end

    def _bare_numbers(self, m: Matched, totals: list[Any]) -> list[tuple[Any, float, str, Any]]:
        """Counts written without their unit, which they take from the nearest unit before
        them in the sentence: breakdowns ("2.435 đảng viên (khai trừ 282, cách chức 81)")
        and number-after-noun forms ("tổng số cấp ủy viên ... là 3.504")."""
        doc = m.doc
        c = cues()
        taken = {i for t in totals for i in range(t.start, t.end)}
        out: list[tuple[Any, float, str, Any]] = []
        ents = doc_ents(doc)
        for e in ents:
            if e.label_ != "NUMBER" or e.start in taken or e.start == 0:
                continue
            nxt = doc[e.end] if e.end < len(doc) else None
            shared = self._unit_after_coordination(doc, e.end, totals)  # "684 và 519 lao động"
            if shared is None and nxt is not None and nxt.text not in (",", ";", ")", ".", "…") and nxt.norm_.casefold() not in c.transitions:
                continue
            prev = doc[e.start - 1]
            prev_key = prev.norm_.casefold()
            if prev_key in c.bare_blockers or prev.ent_type_ in ("QUAL", "SCALE"):
                if prev.ent_type_ != "QUAL":
                    continue
            first = doc[e.start - 1] if prev.ent_type_ != "QUAL" else doc[max(0, e.start - 2)]
            listed = shared is not None and _after_listed_number(doc, first.i)  # "12, 15 và 20 xã"
            item = bool(totals) and _named_item_count(doc, e)  # "huyện Bình Sơn (1.012), Sơn Tịnh (845)"
            if not listed and not item and (not first.text[:1].islower() or first.norm_.casefold() in c.bare_blockers):
                continue
            if not item and first.i > 0 and doc[first.i - 1].text[:1].isupper() and " " not in first.text:
                continue  # "Nghị quyết Trung ương 4": the end of a name, written as syllables
            if not item and _names_own_number(doc, e.start):
                continue  # "Tổng Công ty Xây dựng Công trình giao thông 4, đơn vị thi công ...": the company's number
            value = e._.value
            if not float(value).is_integer() or value < 2 or 1900 <= value <= 2100:
                continue  # counts are whole; a lone 1 is rarely a figure; years are not counts
            unit = shared or self._unit_after_transition(doc, e.end, totals) or self._unit_before(doc, e.start)
            if unit is None:
                continue
            qual = prev if prev.ent_type_ == "QUAL" else None
            qual_ent = next((q for q in ents if qual is not None and q.start <= qual.i < q.end), None)
            span = doc[qual_ent.start if qual_ent is not None else e.start : e.end]
            out.append((span, value, unit, qual_ent))
        return out

    @staticmethod
    def _unit_after_coordination(doc: Any, k: int, totals: list[Any]) -> str | None:
        """"đưa đi tương ứng 684 và 519 lao động", "12, 15 và 20 xã": numbers coordinated
        with a count share its unit."""
        c = cues()
        i = k
        while i < len(doc) and (doc[i].text == "," or doc[i].norm_.casefold() in c.conjunctions):
            nxt = i + 1
            for t in totals:
                if t.start == nxt and t[0].ent_type_ == "NUMBER":
                    return _unit_text(t)
            ent = next((e for e in doc_ents(doc) if e.start == nxt and e.label_ == "NUMBER"), None)
            if ent is None:
                return None
            i = ent.end
        return None

    @staticmethod
    def _unit_after_transition(doc: Any, k: int, totals: list[Any]) -> str | None:
        """"từ 1.424 xuống còn 491 chỉ tiêu": the first count takes the second's unit."""
        i = k
        while i < len(doc) and i < k + 3 and doc[i].norm_.casefold() in cues().transitions:
            i += 1
        if i == k:
            return None
        for t in totals:
            if t.start == i:
                return _unit_text(t)
        return None

    @staticmethod
    def _unit_before(doc: Any, k: int) -> str | None:
        """The unit of a count written without one, at token ``k``: the first counted
        noun of its own clause ("công nhân lao động trong các thành phần kinh tế 6.254"),
        else the head of the breakdown it is part of ("44.315 đảng viên; trong đó hơn
        19.800 nữ; dân tộc 504" -> đảng viên), else the nearest unit before it."""
        c = cues()
        units = [
            e for e in doc_ents(doc)
            if e.end <= k and e.label_ == "UNIT" and not (e.end < k and (doc[e.end].ent_type_ == "NUMBER" or doc[e.end].text[:1].isupper()))
        ]  # ("lớp 10", "khóa 12": a unit word labelled by another number is no counted noun;
        # nor is a type word that a name follows: "huyện Bình Sơn kết nạp 1.012")
        if not units:
            return None
        clause = max((t.i for t in doc[:k] if t.text in (",", ";", "(", ":")), default=-1)
        own = [e for e in units if e.start > clause]
        if own:
            return str(own[0].text)
        marker = max(phrase_starts(doc, 0, k, c.breakdown_markers), default=-1)
        head = [e for e in units if e.end <= marker]
        if marker > 0 and head and any(e.start > marker for e in units):
            return str(head[-1].text)  # the parts before have units of their own ("nữ")
        return str(units[-1].text)

    @staticmethod
    def _percent_of_plan(doc: Any, span: Any) -> float | None:
        """"11.388 đảng viên, đạt 94% so với kế hoạch": a percent right after the count
        (past punctuation and a figure verb) that is compared with a plan, a target or
        an estimate (``PLAN``/``TARGET`` cues, ``BASIS`` ids plan/estimate)."""
        c = cues()
        i = span.end
        while i < len(doc) and (doc[i].text == "," or doc[i].norm_.casefold() in c.figure_verbs):
            i += 1
        while i < len(doc) and doc[i].ent_type_ == "QUAL":
            i += 1
        pct = next((e for e in doc_ents(doc) if e.start == i and e.label_ == "PERCENT"), None)
        if pct is None:
            return None
        j = pct.end + (1 if pct.end < len(doc) and doc[pct.end].text == ")" else 0)
        basis = next((e for e in doc_ents(doc) if e.start == j), None)
        if basis is None:
            return None
        if basis.label_ in ("PLAN", "TARGET") or (basis.label_ == "BASIS" and basis.ent_id_ in ("plan", "estimate")):
            return float(pct._.value)
        return None


def _names_own_number(doc: Any, i: int) -> bool:
    """Is the small number at token ``i`` the end of an organization's name: right after
    a capitalized word (or a name's lower-case tail, "giao thông"), in a run of capitalized
    words and legal forms back to its head ("Công ty CP Cơ khí Tiền Phong" + "2")?"""
    from .names import is_capitalized, is_head, key, lexicon

    text = doc[i].text
    if not (text.isdigit() and len(text) <= 2 and i > 1) or doc[i - 1].is_punct:
        return False
    lex = lexicon()
    syllables = bool(doc.user_data.get("syllables"))  # ("Cơ" + "khí": a word's syllables)
    start = next((i - n for n in (1, 2) if i - n > 0 and " ".join(key(t) for t in doc[i - n : i]) in lex.name_tails), i)
    last = doc[start - 1]
    if not ((is_capitalized(last) or (syllables and start < i and start > 1 and is_capitalized(doc[start - 2]))) and not is_head(last)):
        return False  # (a name's lower-case tail may come before it: "Công trình" + "giao thông" + "4")
    j = start - 1
    while j >= 0 and i - j <= 8 and (
        is_capitalized(doc[j]) or key(doc[j]) in lex.legal_forms
        or (syllables and j > 0 and doc[j].text.isalpha() and is_capitalized(doc[j - 1]))
    ):  # fmt: skip
        if is_head(doc[j]):
            return True
        j -= 1
    return False


def _marked_number(doc: Any, i: int) -> bool:
    """Is the small number at token ``i`` a name's own, after a number marker that
    continues the name ("Ban bầu cử" + "số 1", "Công ty Điện lực" + "số 1"), not a count
    ("trong số 12 người")?"""
    from .names import key, lexicon, name_before

    text = doc[i].text
    if not (text.isdigit() and len(text) <= 2 and i > 1 and key(doc[i - 1]) in lexicon().number_markers):
        return False
    if key(doc[i - 2]) in cues().count_scope_openers:
        return False  # "trong số 91 ứng cử viên": among so many
    span = name_before(doc, i + 1, 0)
    return span is not None and span[0] < i - 1 < i < span[1]


def _numbered_body(doc: Any, i: int, end: int) -> bool:
    """Is the small number at token ``i``, its unit a type word, a body's own number
    before the place it belongs to ("Thuế cơ sở 1 tỉnh Bắc Ninh")?"""
    from .names import place_of_numbered

    text = doc[i].text
    return text.isdigit() and len(text) <= 2 and end == i + 2 and place_of_numbered(doc, i)


def _named_item_count(doc: Any, e: Any) -> bool:
    """Is the number ``e`` the count of a list item named by a proper name, with no unit
    of its own: in parentheses ("huyện Bình Sơn (1.012), Sơn Tịnh (845)") or after the
    item's name that a comma or a conjunction opens ("..., Sơn Tịnh 845")? Not a
    code ("(0238)") nor a name's own number ("Quận 10", "Trung đoàn 888")."""
    from .names import is_proper

    text = e.text
    if text.startswith("0") or e.end - e.start != 1:
        return False
    nxt = doc[e.end].text if e.end < len(doc) else "."
    if e.start >= 2 and doc[e.start - 1].text == "(" and nxt == ")":
        return is_proper(doc[e.start - 2])
    if nxt not in (",", ";", ".", ")") and doc[e.end].norm_.casefold() not in cues().conjunctions:
        return False
    name = e.start - 1
    while name > 0 and _place_word(doc[name - 1]):
        name -= 1
    return (
        name < e.start and name > 0 and _place_word(doc[e.start - 1]) and e._.value >= 10
        and (doc[name - 1].text == "," or doc[name - 1].norm_.casefold() in cues().conjunctions)
    )  # fmt: skip  (not "THPT Nông Cống 1 và THPT Hoằng Hóa 4": a school's own number)


def _place_word(tok: Any) -> bool:
    """A proper word that may name a place: no head and no acronym ("Sơn Tịnh", not "THPT")."""
    from .names import is_head, is_proper

    return is_proper(tok) and not is_head(tok) and not tok.text.isupper()


def _after_listed_number(doc: Any, i: int) -> bool:
    """Is token ``i`` a comma or a conjunction right after a number ("12, 15")?"""
    return i > 0 and (doc[i].text == "," or doc[i].norm_.casefold() in cues().conjunctions) and doc[i - 1].ent_type_ == "NUMBER"


def _unit_text(total: Any) -> str:
    """The unit words of a matched total ("lao động" of "khoảng 519 lao động")."""
    return " ".join(x.text for x in total if x.ent_type_ not in ("QUAL", "NUMBER", "NUMWORD", "SCALE"))


def _threshold(doc: Any, span: Any) -> bool:
    """Is the count at ``span`` a threshold that describes a kind ("từ 25 lao động trở lên")?"""
    after = [t.norm_.casefold() for t in doc[span.end : span.end + 2]]
    return bool(after) and (after[0] in cues().threshold_tails or " ".join(after) in cues().threshold_tails)


def _shifts(doc: Any, span: Any) -> bool:
    """Is the count of a shift word ("ca") at ``span`` one of work shifts: after a verb of
    working or dividing, or before a count of crews ("3 ca, 4 kíp")?"""
    c = cues()
    start = span.start
    while start > 0 and doc[start - 1].ent_type_ == "QUAL":
        start -= 1
    before = {doc[start - 1].norm_.casefold() if start > 0 else "", " ".join(t.norm_.casefold() for t in doc[max(0, start - 2) : start])}
    after = {t.norm_.casefold() for t in doc[span.end : span.end + 3]}
    return bool(before & c.shift_verbs or after & c.shift_partners)


def _distributive(doc: Any, at: int) -> bool:
    """Does a distributive word ("mỗi") stand before token ``at`` in its clause?"""
    words = cues().distributive_words
    for j in range(at - 1, -1, -1):
        if doc[j].is_punct:
            return False
        if doc[j].norm_.casefold() in words:
            return True
    return False
