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

HEADS = ("ORG_OF", "ORG_HEAD", "ORG")
_ROMAN = regex.compile(r"[IVXLC]+")


@dataclass(frozen=True)
class Lexicon:
    admin_types: frozenset[str]
    not_name_start: frozenset[str]
    not_names: frozenset[str]
    time_names: frozenset[str]
    landmark_words: frozenset[str]
    name_connectors: frozenset[str]
    item_connectors: frozenset[str]
    surnames: frozenset[str]
    named_after_heads: frozenset[str]
    person_like_places: frozenset[str]
    measure_words: frozenset[str]
    numbered_types: frozenset[str]
    lower_heads: frozenset[str]
    field_verbs: frozenset[str]
    honorifics: frozenset[str]
    kind_words: frozenset[str]
    bloc_heads: frozenset[str]
    site_heads: frozenset[str]
    site_tails: frozenset[str]
    commune_types: frozenset[str]
    copulas: frozenset[str]
    generic_markers: frozenset[str]
    plural_markers: frozenset[str]
    head_words: frozenset[str]
    demonstratives: frozenset[str]
    name_modifiers: frozenset[str]
    region_words: frozenset[str]
    former_words: frozenset[str]
    unlisted_types: frozenset[str]
    document_heads: frozenset[str]
    type_heads: frozenset[str]
    level_markers: frozenset[str]
    leader_posts: frozenset[str]
    level_heads: frozenset[str]
    not_heads: frozenset[str]
    unit_heads: frozenset[str]
    name_tails: frozenset[str]
    org_tails: frozenset[str]
    legal_forms: frozenset[str]
    code_labels: frozenset[str]
    number_markers: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    t = patterns.load().table("names")

    def fold(name: str) -> frozenset[str]:
        return patterns.word_set(t, name)

    return Lexicon(
        admin_types=fold("admin_types"),
        not_name_start=fold("not_name_start") | fold("posts"),
        not_names=patterns.not_name_words(t),
        time_names=fold("time_names"),
        landmark_words=fold("landmark_words"),
        leader_posts=fold("leader_posts"),
        name_connectors=fold("name_connectors"),
        item_connectors=fold("item_connectors"),
        surnames=fold("surnames"),
        named_after_heads=fold("named_after_heads"),
        person_like_places=fold("person_like_places"),
        measure_words=fold("measure_words"),
        numbered_types=fold("numbered_types"),
        lower_heads=fold("lower_heads"),
        field_verbs=fold("field_verbs"),
        copulas=fold("copulas"),
        kind_words=fold("kind_words"),
        bloc_heads=fold("bloc_heads"),
        site_heads=fold("site_heads"),
        site_tails=fold("site_tails"),
        commune_types=fold("commune_types"),
        honorifics=frozenset(str(w) for w in patterns.load().table("names").get("honorifics", [])),
        generic_markers=fold("generic_markers"),
        plural_markers=fold("plural_markers"),
        demonstratives=fold("demonstratives"),
        name_modifiers=fold("name_modifiers"),
        region_words=fold("region_words"),
        former_words=fold("former_words"),
        unlisted_types=fold("unlisted_types"),
        type_heads=fold("type_heads"),
        level_markers=fold("level_markers"),
        level_heads=fold("level_heads"),
        not_heads=fold("not_heads"),
        unit_heads=fold("unit_heads"),
        name_tails=fold("name_tails"),
        org_tails=fold("org_tails"),
        legal_forms=fold("legal_forms"),
        code_labels=fold("code_labels"),
        number_markers=fold("number_markers"),
        document_heads=fold("document_heads"),
        head_words=frozenset(
            str(e["pattern"]).casefold()
            for e in patterns.load().entities
            if e["label"] in ("ORG_HEAD", "ORG_OF") and isinstance(e["pattern"], str)
        ),
    )


def key(tok: Any) -> str:
    """A token's NORM, case-folded (kept by the NORM's id: the rules ask it of the same
    tokens many times; the cache is emptied when it reaches ``_KEYS_LIMIT`` entries)."""
    norm = tok.norm
    found = _KEYS.get(norm)
    if found is None:
        if len(_KEYS) >= _KEYS_LIMIT:
            _KEYS.clear()
        found = _KEYS[norm] = str(tok.norm_).casefold()
    return found


_KEYS: dict[int, str] = {}
_KEYS_LIMIT = 1 << 16


def is_head(tok: Any) -> bool:
    return tok.ent_type_ in HEADS


def is_admin_type(tok: Any) -> bool:
    return key(tok) in lexicon().admin_types


def is_proper(tok: Any) -> bool:
    """Every syllable capitalized ("Cầu Giấy", "TP.HCM", "UBND"). Words of ``not_names``
    ("THPT", "Việt Nam") are proper too: they may be part of a name, never one alone
    (see :func:`is_name_start`)."""
    text = tok.text
    if not text or not text[0].isupper() or len(text) < 2:
        return False  # "A", "D": group letters, not names
    if any(c.isdigit() for c in text):
        return False  # "NH09B": a code, not a name
    if _ROMAN.fullmatch(text):
        return False  # "quý III", "khóa XIV": a number
    return all(s[0].isupper() or s[0].isdigit() for s in text.split())


def _is_small_number(tok: Any) -> bool:
    return bool(tok.text.isdigit() and len(tok.text) <= 3 and tok.ent_type_ != "PERCENT")


def is_capitalized(tok: Any) -> bool:
    """First syllable capitalized ("Tư pháp", "Y tế")."""
    text = tok.text
    return bool(text) and text[0].isupper()


def is_name_part(doc: Any, i: int) -> bool:
    """Can token ``i`` continue a name that the token before it is part of?"""
    tok = doc[i]
    if is_head(tok) or is_capitalized(tok) or is_admin_type(tok) or key(tok) in lexicon().lower_heads:
        return True
    prev = doc[i - 1] if i > 0 else None
    if _numbered_at(doc, i) and prev is not None and (is_capitalized(prev) or key(prev) in lexicon().name_modifiers):
        return True  # "Đội Thi hành án" + "số 2", "Xí nghiệp xe buýt" + "số 3"
    if prev is not None and is_capitalized(prev) and code_end(doc, i) > i:
        return True  # "Trung tâm Đăng kiểm" + "60-03D"
    if _is_small_number(tok) and prev is not None and key(prev) in lexicon().number_markers and i > 1 and is_capitalized(doc[i - 2]):
        return True  # "Hợp tác xã Gốm sứ Phù Lãng số 2 lần đầu ...": a name's number, whatever follows
    if _is_small_number(tok) and prev is not None and place_of_numbered(doc, i):
        return True  # "Thuế cơ sở 1" + "tỉnh Bắc Ninh": the body's number, then its province
    if _is_small_number(tok) and prev is not None and (is_proper(prev) or is_admin_type(prev) or key(prev) in lexicon().number_markers):
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is None or (
            nxt.ent_type_ not in ("UNIT", "SCALE") and key(nxt) not in lexicon().measure_words
        )
    return False


def place_of_numbered(doc: Any, i: int) -> bool:
    """Does the place a body belongs to follow the body's number at ``i``, right after
    its head, a capitalized word or a number marker ("Thuế cơ sở 1 tỉnh Bắc Ninh", "Đội
    QLTT số 1 tỉnh X")? The number then counts no province."""
    if not (0 < i and i + 2 < len(doc) and is_admin_type(doc[i + 1]) and doc[i + 1].text[:1].islower() and is_proper(doc[i + 2])):
        return False
    prev = doc[i - 1]
    lex = lexicon()
    words = {key(prev), f"{key(doc[i - 2])} {key(prev)}" if i > 1 else ""}  # (on syllables: "cơ" + "sở")
    return is_head(prev) or (i > 1 and is_capitalized(prev)) or not (words.isdisjoint(lex.number_markers) and words.isdisjoint(lex.name_modifiers))


def is_site(doc: Any, span: tuple[int, int]) -> bool:
    """Does the name at ``span`` open with a site's head ("KCN Quang Châu", "Khu công
    nghiệp Khánh An"): a place where bodies are, not a body?"""
    return _site_head_len(doc, span[0], span[1]) > 0


def _site_head_len(doc: Any, start: int, end: int) -> int:
    """How many tokens of a site's head ("KCN", "khu" + "công nghiệp") start at ``start``,
    before ``end``; 0 if none."""
    heads = lexicon().site_heads
    words = ""
    for i in range(start, min(end, start + 3)):
        words = f"{words} {key(doc[i])}" if words else key(doc[i])
        if words in heads:
            return i - start + 1
    return 0


def is_acronym(tok: Any) -> bool:
    """An acronym of two or more capitals ("PCCC", "CNCH")."""
    return len(tok.text) > 1 and tok.text.isalpha() and tok.text.isupper()


def _numbered_at(doc: Any, i: int) -> bool:
    """Does a number marker and a small number ("số 3") stand at token ``i``?"""
    return key(doc[i]) in lexicon().number_markers and i + 1 < len(doc) and _is_small_number(doc[i + 1])


def acronym_gloss_at(doc: Any, i: int) -> bool:
    """Do "(", an acronym and ")" start at token ``i`` ("(SCIC)", "(EVNNPC)"): the gloss of
    the name before it?"""
    return 0 <= i and i + 2 < len(doc) and doc[i].text == "(" and is_acronym(doc[i + 1]) and doc[i + 2].text == ")"


def number_after_numbered(doc: Any, item: tuple[int, int], before: tuple[int, int]) -> bool:
    """Is ``item`` a small number alone that follows a name ending in one ("Ban QLDA 7
    (63,2%), 85 (60,1%)": the list's next body of the same head)?"""
    return (
        item[1] - item[0] == 1 and _is_small_number(doc[item[0]])
        and before[1] - before[0] > 1 and _is_small_number(doc[before[1] - 1]) and not _is_small_number(doc[before[1] - 2])
    )


def numbered_only(doc: Any, span: tuple[int, int]) -> bool:
    """Is the span a number marker and its number only ("số 3" of "Đội X số 1 (112%),
    số 3 (98,5%)"), or a code only ("60-02S")?"""
    return (span[1] - span[0] == 2 and _numbered_at(doc, span[0])) or (span[1] > span[0] and code_end(doc, span[0]) == span[1])


_CODE = regex.compile(r"\d{1,3}(?:-\d+)+[A-Z]*|\d{2,5}[A-Z]{1,2}")  # "60-01" of "60-01S", "3601S"; not "2010-2015" nor "1.500"
_CODE_TAIL = regex.compile(r"[A-Z\d]+")


def code_end(doc: Any, i: int) -> int:
    """The end of a code written as one run of characters at token ``i`` ("60-01S",
    which underthesea splits "60-01" "S"), or ``i`` if none. Names of stations and
    centres end in one ("Trung tâm Đăng kiểm xe cơ giới 60-01S")."""
    if i >= len(doc) or doc[i].ent_type_ or not _CODE.fullmatch(doc[i].text):
        return i
    j = i + 1
    while j < len(doc) and not doc[j - 1].whitespace_ and _CODE_TAIL.fullmatch(doc[j].text):
        j += 1
    return j


def _last_code(doc: Any, start: int, end: int) -> int | None:
    """Where the code that ends the name ``[start, end)`` begins, or None."""
    return next((k for k in range(end - 1, start, -1) if code_end(doc, k) == end), None)


def person_at(doc: Any, i: int) -> int:
    """End of a person's name starting at token ``i`` ("Đinh La Thăng"), or ``i`` if none."""
    lex = lexicon()
    if i > 0 and doc[i - 1].text in lex.honorifics and is_proper(doc[i]):  # as written: "Bà Rịa" is a place
        j = i  # "ông Thăng", "đồng chí Nguyễn Văn A": a person whatever the syllables
        while j < len(doc) and is_proper(doc[j]) and not is_head(doc[j]):
            j += 1
        return j
    first = doc[i].text.split()
    if not first or first[0].casefold() not in lex.surnames or not is_proper(doc[i]):
        return i
    if i > 0 and key(doc[i - 1]) in lex.named_after_heads:
        return i
    b = i - 1
    while b >= 0 and (
        key(doc[b]) in lex.name_modifiers or _sentence_case_word(doc[b])
        or (b < i - 1 and b > 0 and key(doc[b]) in lex.name_connectors and _sentence_case_word(doc[b - 1]))
    ):  # ("Công ty TNHH Du lịch" + "và" + "Vận tải" + "Hồ Xuân Hương": two fields joined)
        b -= 1
    if b < i - 1 and b >= 0 and is_head(doc[b]):
        return i  # "Công ty cổ phần xe khách" + "Hà Tây Mới", "Công ty TNHH Lữ hành" + "Cao Nguyên Xanh": the body's own name
    j, words = i, []
    while j < len(doc) and is_proper(doc[j]) and not is_head(doc[j]):
        words.append(doc[j].text)
        j += 1
    name = " ".join(words)
    if i > 0 and is_admin_type(doc[i - 1]) and (name.casefold() in lex.person_like_places or is_known_place(name)):
        return i  # "huyện Hoàng Su Phì": a place the gazetteer knows, after its type word
    if i > 0 and _figure_at(doc, j) and (
        key(doc[i - 1]) in lex.commune_types or (i > 1 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "PERCENT")
    ):  # "phường Bùi Thị Xuân 95,4%", "Phường A đạt 98,1%, Bùi Thị Xuân 95,4%": a ward named after a person
        return i
    if words and words[-1].split()[-1].casefold() in lex.org_tails:
        return i  # "Cao Nguyên Air": a company
    syllables = name.split()
    if len(syllables) >= 4 and _is_province(" ".join(syllables[-2:])) and i > 0 and is_capitalized(doc[i - 1]):
        return i  # "Công ty CP Đầu tư và Xây dựng" + "Hoàng Long Nghệ An": a company's name and its province
    return j if len(syllables) >= 3 else i


_ROMAN = regex.compile(r"[IVX]+")


def _opens_entity(doc: Any, i: int) -> bool:
    """Does token ``i`` open a head or body of several tokens ("Đảng" + "ủy")?"""
    return doc[i].ent_iob_ == "B" and doc[i].ent_type_ in HEADS and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"


def _figure_at(doc: Any, j: int) -> bool:
    """Does a percent, or a figure verb and a percent, stand at token ``j`` (after an
    adverb or two: "chỉ đạt 71,2%")?"""
    from .cues import cues

    for _ in range(2):
        if j < len(doc) and key(doc[j]) in cues().clause_adverbs:
            j += 1
    if j < len(doc) and key(doc[j]) in cues().figure_verbs:
        j += 1
    return j < len(doc) and doc[j].ent_type_ == "PERCENT"


def is_known_place(text: str) -> bool:
    from . import gazetteer

    return gazetteer.is_place(text)


def _is_province(text: str) -> bool:
    from . import gazetteer

    g = gazetteer.load()
    return g is not None and text.casefold() in g.provinces


def _category(doc: Any, i: int) -> bool:
    """Is the bare type word at ``i`` a category ("các tỉnh", "8 tỉnh", "tỉnh, thành phố")?"""
    prev = doc[i - 1] if i > 0 else None
    year = prev is not None and prev.text.isdigit() and len(prev.text) == 4 and 1900 <= int(prev.text) <= 2100
    if prev is not None and (key(prev) in lexicon().plural_markers or prev.ent_type_ in ("NUMBER", "NUMWORD")) and not year:
        return True  # (not "năm 2023 huyện X có ...": a date)
    if prev is not None and prev.ent_type_ == "UNIT" and i > 1 and key(doc[i - 2]) in lexicon().plural_markers:
        return not (i > 2 and is_head(doc[i - 3]))  # "nhiều đảng bộ huyện", not "Khối các cơ quan tỉnh"
    named = i + 1 < len(doc) and (
        is_proper(doc[i + 1]) or (key(doc[i]) in lexicon().numbered_types and _is_small_number(doc[i + 1]))  # "là quận 3"
    )
    if prev is not None and key(prev) in lexicon().copulas and not named:  # "Sơn La là tỉnh có ..."
        return True
    if prev is not None and prev.text in (",", "/") and i > 1 and is_admin_type(doc[i - 2]):
        if named and _repeats_type(doc, i):
            return False  # "Trong 11 huyện, thị xã, thành phố, huyện Trần Đề": after the kinds, one unit of them
        if named and key(doc[i]) in lexicon().commune_types and key(doc[i - 2]) not in lexicon().commune_types:
            return False  # "Trong quận, phường An Khánh đạt 97,9%": the district as the scope, then one of its wards
        return not (named and i > 2 and key(doc[i - 3]) in lexicon().level_markers)  # "Ở cấp xã, xã Phụng Công"
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    after = doc[i + 2] if i + 2 < len(doc) else None
    return nxt is not None and nxt.text in (",", "/") and after is not None and is_admin_type(after)


def _repeats_type(doc: Any, i: int) -> bool:
    """Does the type word at ``i`` repeat one of the run of type words before it, joined by
    commas ("huyện, thị xã, thành phố, huyện")?"""
    j = i - 2
    while j >= 0 and is_admin_type(doc[j]):
        if key(doc[j]) == key(doc[i]):
            return True
        if j < 2 or doc[j - 1].text not in (",", "/"):
            break
        j -= 2
    return False


def _code_after_number(doc: Any, i: int) -> bool:
    """Is token ``i`` a part of a code that a number opens, its parts joined by "/" or "-"
    ("847" + "-NQ" + "/QUTW")?"""
    j = i
    while j >= 2 and doc[j - 1].text in ("/", "-"):
        before = doc[j - 2]
        if before.ent_type_ == "NUMBER" or before.text.replace("/", "").isdigit():
            return True  # (and a number with its year: "02/2022" + "/TT-BTNMT")
        if not (before.text.isupper() and before.text.isalpha()):
            return False
        j -= 2
    return False


def is_name_start(doc: Any, i: int) -> bool:
    tok = doc[i]
    if _code_after_number(doc, i) and (doc[i - 1].text == "/" or tok.text.isupper()):
        return False  # "Quyết định số 1978/QĐ-TTg", "Nghị quyết số 28-NQ/TW", "847-NQ/QUTW": a document's code, no name
        # (and its year: "Nghị định 116/2016/NĐ-CP")
    if key(tok) in lexicon().type_heads:  # "BHXH huyện Hiệp Hòa": the district's office
        if i + 1 < len(doc) and is_admin_type(doc[i + 1]):
            return not _category(doc, i + 1)
        from .cues import cues

        after_word = (
            i > 0 and doc[i - 1].text[:1].islower() and key(doc[i - 1]) not in lexicon().copulas
            and key(doc[i - 1]) not in lexicon().name_connectors  # "Điện lực Kỳ Anh và Điện lực Cẩm Xuyên"
            and key(doc[i - 1]) not in cues().topic_openers  # "..., còn Điện lực Kon Plông cao nhất"
        )  # fmt: skip
        # "Điện lực Thái Thụy (15,2%)"; not "tỷ lệ tham gia BHXH Việt Nam": the insurance
        if _place_after_gloss(doc, i + 1, len(doc)):
            return tok.text[:1].isupper() and not after_word  # "Bảo hiểm xã hội (BHXH) Nghệ An"
        return tok.text[:1].isupper() and i + 1 < len(doc) and is_proper(doc[i + 1]) and not after_word
    if unit_head(doc, i):  # "Khu công nghiệp Bình Xuyên Đông"
        return True
    if key(tok) in lexicon().level_heads:  # "THCS Nguyễn Lương Bằng": a school
        return i + 1 < len(doc) and is_proper(doc[i + 1]) and not (
            i > 0 and doc[i - 1].text[:1].islower() and key(doc[i - 1]) not in lexicon().name_connectors
        )  # ("Trường THPT A và THPT B": the second school too)
    if key(tok) in lexicon().not_name_start or (key(tok) in lexicon().not_names and not _opens_entity(doc, i)):
        return False  # (but "Đảng" + "ủy": a longer head it opens)
    if i > 0 and doc[i - 1].text.islower() and key(doc[i - 1]) in lexicon().landmark_words and not is_head(tok):
        return False  # "lễ hội chùa Hương", "vịnh Hạ Long": a landmark, no body
    parts = tok.text.split()
    if len(parts) > 1 and parts[0].casefold() in lexicon().not_name_start and all(_ROMAN.fullmatch(p) for p in parts[1:]):
        return False  # "Quý IV", one word: a quarter
    words = key(tok).split()
    if any(" ".join(words[:n]) in lexicon().document_heads for n in (1, 2)):
        return False  # "Luật Lâm nghiệp", "Nghị quyết 60": a document
    after = doc[i + 1] if i + 1 < len(doc) else None
    if tok.ent_type_ == "UNIT" and tok.text.isupper() and not (after is not None and is_capitalized(after)) and not _modified_name(doc, i + 1):
        return False  # "HTX" alone is the counted noun; "HTX Nông nghiệp Tân Bình", "BQL rừng phòng hộ Minh Hóa" are names
    if is_head(tok):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if key(tok) in lexicon().lower_heads:  # "trường THPT Lê Quý Đôn", "sở Y tế", "trường này"
        if i > 0 and (key(doc[i - 1]) in lexicon().plural_markers or doc[i - 1].ent_type_ in ("NUMBER", "NUMWORD")):
            return False  # "các bệnh viện", "44 trường THPT": a category
        return nxt is not None and (
            (is_capitalized(nxt) and (key(nxt) not in lexicon().not_names or key(nxt) in lexicon().level_heads or not tok.text.islower()))
            or key(nxt) in lexicon().demonstratives
        )  # (not "tiêm phòng" + "LMLM": a disease; "trường THCS & THPT X", "Hội CCB tỉnh" are bodies)
    if person_at(doc, i) > i:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if is_admin_type(tok):
        if _category(doc, i):
            return False  # "các tỉnh Đà Nẵng", "tỉnh, thành phố Đà Nẵng": a category, not part of a name
        if nxt is not None and (is_proper(nxt) or _is_small_number(nxt)):
            return True
        # "toàn TP", "cả tỉnh", "huyện đã giải ngân": the article's own unit, named elsewhere
        # (completed by expand_generic, or dropped); "các tỉnh", "8 tỉnh", "tỉnh, thành
        # phố" are categories
        return True
    if (
        (i == 0 or doc[i - 1].text in (".", ":", "-", ";", "(", '"', "“", "'"))
        and " " not in tok.text
        and not tok.text.isupper()
        and len(tok.text) <= 7  # no Vietnamese syllable is longer: "Vietcombank" is a name
    ):
        # a one-syllable word capitalized only because it opens the sentence, unless it
        # opens a known place ("Bà Rịa-Vũng Tàu", "Cà Mau") or is no Vietnamese word
        # ("Bamboo Airways", "Vietjet Air")
        return nxt is not None and is_proper(nxt) and (
            _is_province(f"{tok.text} {nxt.text}") or (tok.text.isalpha() and tok.text.casefold() not in _dictionary())
        )
    return is_proper(tok)


def unit_head(doc: Any, i: int) -> bool:
    """A capitalized counted noun of ``unit_heads`` before a proper name ("Khu công
    nghiệp Bình Xuyên Đông", "Trạm Y tế xã A Ngo")."""
    tok = doc[i]
    if not tok.text[:1].isupper() or key(tok) not in lexicon().unit_heads:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and (is_capitalized(nxt) or (is_admin_type(nxt) and i + 2 < len(doc) and is_proper(doc[i + 2])))


def _modified_name(doc: Any, i: int) -> bool:
    """Do name modifiers then a proper name start at token ``i`` ("rừng phòng hộ Minh Hóa")?"""
    k = i
    while k < len(doc) and key(doc[k]) in lexicon().name_modifiers:
        k += 1
    return i < k < len(doc) and is_proper(doc[k])


def _joins_fields(doc: Any, j: int) -> bool:
    """Does the connector at ``j`` join two capitalized fields of one name ("Đầu tư" +
    "và" + "Xây dựng", "Trồng trọt" + "và" + "BVTV")? Not after a proper name, and not
    before a second head ("Bộ Tài chính và Bộ Xây dựng")."""
    return (
        0 < j < len(doc) - 1
        and key(doc[j]) in lexicon().name_connectors and doc[j].text not in ("-", "–")
        and is_capitalized(doc[j - 1]) and not is_proper(doc[j - 1])
        and is_capitalized(doc[j + 1]) and (not is_head(doc[j + 1]) or _bare_field(doc, j + 1))
    )  # fmt: skip


def _bare_field(doc: Any, i: int) -> bool:
    """A field a gazetteer body is known by ("Xây dựng" of "Bộ Xây dựng"), one token
    written in sentence case: inside a name after "và", a field of that name, no second
    body (not "Ngân hàng Nhà nước Việt Nam")."""
    tok = doc[i]
    alone = i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I"
    return bool(tok.ent_type_ == "ORG" and tok.ent_iob_ == "B" and alone and not is_proper(tok))


def name_end(doc: Any, i: int, limit: int | None = None, *, headed: bool = False) -> int:
    """The end (exclusive token index) of the name starting at ``i`` (``headed``: the
    rest of a name whose head comes before ``i``)."""
    stop = len(doc) if limit is None else limit
    j = i + 1
    lex = lexicon()
    while j < stop:
        if doc[j].ent_type_ == "ORG" and doc[j].ent_iob_ == "B" and doc[j - 1].ent_type_ != "ORG":
            k = j + 1
            while k < len(doc) and doc[k].ent_iob_ == "I":
                k += 1
            j = k
            continue
        if person_at(doc, j) > j:
            break
        if is_name_part(doc, j):
            j += 1
            continue
        if j == i + 1 and is_head(doc[i]) and j + 1 < stop and key(doc[j]) in _sector_words() and is_capitalized(doc[j + 1]):
            j += 1  # "Công đoàn ngành Giáo dục": a body of a sector
            continue
        if _branch_after_gloss(doc, j, stop) or _place_after_gloss(doc, j, stop):
            j += 3  # "Ngân hàng Chính sách xã hội (NHCSXH)" + "chi nhánh tỉnh Quảng Trị": one name
            continue  # (and "Kho bạc Nhà nước (KBNN)" + "Nghệ An")
        if (
            key(doc[j]) in lex.name_connectors and doc[j].text.isalpha() and j + 2 < stop and key(doc[j + 1]) in lex.plural_markers
            and (n := _site_head_len(doc, j + 2, stop)) and any(_site_head_len(doc, p, j) for p in range(i, j))
        ):  # "Ban Quản lý Khu kinh tế Nghi Sơn" + "và các KCN": the board of a zone and of the parks
            j += 2 + n
            continue
        if key(doc[j]) in lex.name_connectors and j + 1 < stop and not (
            doc[j].text not in ("-", "–") and is_head(doc[j + 1]) and doc[j + 1].ent_iob_ == "B"
            and not _bare_field(doc, j + 1)  # ("Đầu tư và Xây dựng": a field, no ministry)
        ) and not _places_joined(doc, j) and (  # ("Sở Y tế và Sở Tài chính": a second head starts a second name)
            is_proper(doc[j + 1]) or (doc[j].text in ("-", "–") and is_capitalized(doc[j + 1]))  # "Điện - Điện tử"
            or (is_acronym(doc[j - 1]) and is_acronym(doc[j + 1]))  # "Đội Cảnh sát PCCC và CNCH"
            or (_joins_fields(doc, j) and (any(is_head(t) for t in doc[i:j]) or key(doc[i]) in lex.unit_heads))  # of a headed name
        ):
            j += 2
            continue
        break
    if j < stop and key(doc[j]) in lex.site_tails and is_site(doc, (i, j)) and (
        j + 1 == stop or doc[j + 1].is_punct or key(doc[j + 1]) in _verbs()
    ):
        return j + 1  # "KCN Nam Tân Uyên" + "mở rộng" + "đạt 76%": the park's extension
    # "Đảng bộ Khối cơ quan (5/8 đơn vị, đạt 162%)": a few lower-case words that run up
    # to a parenthesis giving the name's figures are the end of the name
    k = j
    while k < stop and k - j < 4 and doc[k].text[:1].islower() and doc[k].ent_type_ in ("", "UNIT") and key(doc[k]) not in _verbs():
        k += 1
    if j < k <= stop and k < len(doc) and doc[k].text == "(" and (
        not any(_predicate_word(t) for t in doc[j:k]) or acronym_gloss_at(doc, k)
    ):  # (and "Tổng công ty Đầu tư và Kinh doanh" + "vốn nhà nước" + "(SCIC)": the name the acronym glosses)
        return k  # (not "quận Ninh Kiều" + "kiểm tra nhiều cơ sở nhất" + "(824 cơ sở)": its predicate)
    # "Bệnh viện Đa khoa tư nhân Hòa An", "Công ty cổ phần đầu tư Hà Thành": lower-case
    # words that belong in names, between a head and a proper name
    k = j
    while k < stop and (
        key(doc[k]) in lex.name_modifiers
        or (k > j and (doc[k].text in ("-", "–") or key(doc[k]) in lex.name_connectors) and k + 1 < stop and key(doc[k + 1]) in lex.name_modifiers)
    ):  # "Đội Cảnh sát giao thông - trật tự Công an ...": modifiers joined by a dash (or by "và": "Ban Quản lý di tích và danh thắng Hương Sơn")
        k += 1
    if k == j and i < j and is_capitalized(doc[j - 1]):  # "Công ty cổ phần Chiếu" + "sáng đô thị" + "Phú Xuân"
        u = j
        fielded = not is_proper(doc[j - 1])  # "Trung tâm Phát triển" + "quỹ đất" + "huyện X": a counted noun may be the field's
        while u < stop and u - j < 4:
            if _field_word(doc[u], units=fielded):
                u += 1
            elif u + 1 < stop and _split_field_word(doc[u], doc[u + 1]):
                u += 2  # "hàng" + "hóa": one word the segmenter split
            elif fielded and u + 1 < stop and _field_verb(doc[u]) and (
                (u == j and is_proper(doc[u + 1]) and not (is_head(doc[u + 1]) or is_admin_type(doc[u + 1]))) or _field_word(doc[u + 1], units=True)
            ):
                u += 1  # "Trung tâm Đào tạo" + "lái xe" + "Hòa Khánh": a trade in the field, before the name
                # (or before the field's other words: "Chi cục An toàn" + "vệ sinh" + "thực phẩm" + "Hải Phòng")
            else:
                break
        if j < u < stop and (
            is_proper(doc[u]) or (u + 1 < stop and is_admin_type(doc[u]) and is_proper(doc[u + 1]))
            or (doc[u].ent_type_ == "ORG_HEAD" and doc[u].ent_iob_ == "B" and is_capitalized(doc[u]))
            or (any(is_head(t) for t in doc[i:j]) and _own_number(doc, u, 2))
        ):
            k = u  # (or a type and a proper name: "Quỹ Tình thương" + "phụ nữ" + "huyện Nghi Lộc";
            # or the body it belongs to: "Phòng Cảnh sát" + "kinh tế" + "Công an tỉnh X";
            # or its own number: "Tiểu đoàn" + "bộ binh" + "2 hoàn thành")
    if k == j and i < j and j < stop and _lower_word(doc[j]) and (_syllable_word(doc[j - 1]) or _split_last_syllable(doc[j - 1], doc[j])):
        k = j + 1  # "Công ty TNHH Phân phối Đồ" + "uống" + "Minh Phát": a capitalized word written
        # with its second syllable in lower case (whatever the POS model says of it alone),
        # also at the name's end ("Trung tâm Huyết học - Truyền" + "máu" + "(...)")
        if k < stop and is_admin_type(doc[k]) and not (k + 1 < stop and is_proper(doc[k + 1])) and any(is_head(t) for t in doc[i:j]):
            return k + 1  # "Bệnh viện Lao và Bệnh" + "phổi" + "tỉnh": the province's, completed later
        if (k == stop or doc[k].is_punct or key(doc[k]) in _verbs()) and key(doc[j]) not in _clause_words() and any(is_head(t) for t in doc[i:j]):
            return k  # ("Trung tâm Huyết học - Truyền máu (...)", "... Truyền máu đạt": not "Trường THPT Vinh" + "cũng")
        if k < stop and _own_number(doc, k, 2) and key(doc[j]) not in _clause_words() and any(is_head(t) for t in doc[i:j]):
            return k + 1  # "Xí nghiệp Bảo dưỡng Tàu" + "bay" + "2 (Công ty ...)": and the name's own number
        if k < stop and key(doc[k]) in _clause_words() and _split_last_syllable(doc[j - 1], doc[j]) and any(is_head(t) for t in doc[i:j]):
            return k  # "Ngân hàng TMCP An Phú Quốc" + "tế" + "vẫn là ...": a word of the dictionary ends the name
        if (
            i == j - 1 and i > 0 and doc[i - 1].text == "," and f"{doc[i].text} {doc[j].text}".casefold() in _dictionary()
            and (k == stop or doc[k].is_punct or key(doc[k]) in _verbs() or key(doc[k]) in _clause_words() or doc[k].ent_type_ == "PERCENT")
        ):
            return k  # a list item, one word the segmenter split: "..., Cử tạ 75%, Bóng" + "bàn" + "chỉ đạt 60%"
    if k == j and i + 2 < j < stop and _joins_fields(doc, j - 2) and is_head(doc[i]):
        from .cues import cues

        u = j  # "Trung tâm Nghiên cứu và Sản xuất" + "giống cây lâm nghiệp" + "đạt 93%": the second field's lower-case words
        while u < stop and u - j < 4 and not is_admin_type(doc[u]) and (
            _field_word(doc[u], units=True) or (doc[u].ent_type_ == "UNIT" and doc[u].text.isalpha() and doc[u].text.islower())
        ):  # ("cây": a counted noun)
            u += 1
        if j < u < stop and (
            doc[u].is_punct or doc[u].ent_type_ == "PERCENT" or key(doc[u]) in _verbs() or key(doc[u]) in _clause_words()
            or key(doc[u]) in cues().possessive_after  # ("... lâm nghiệp" + "của tỉnh")
        ):
            return u
    if i < j and doc[j - 1].ent_type_ == "ORG_HEAD" and doc[j - 1].text[:1].islower() and key(doc[j]) in lex.name_modifiers:
        u = j  # "Ban Quản lý dự án" + "đầu tư xây dựng hạ tầng đô thị" + "đạt 51%": a board named by the works it manages
        while u < stop and u - j < 8 and (
            key(doc[u]) in lex.name_modifiers or _field_word(doc[u], units=True)
            or (u > j and key(doc[u]) in lex.name_connectors and u + 1 < stop and _field_word(doc[u + 1], units=True))
        ):  # ("dân dụng và công nghiệp")
            u += 1
        if j + 1 < u < stop - 1 and is_admin_type(doc[u]) and is_proper(doc[u + 1]):
            return name_end(doc, u, limit)  # (+ "tỉnh Nghệ An": the province's board)
        if j + 1 < u < stop and (doc[u].is_punct or doc[u].ent_type_ == "PERCENT" or key(doc[u]) in _verbs() or key(doc[u]) in _clause_words()):
            return u
    for p in dict.fromkeys((j, *(q for q in range(j + 1, k) if doc[q].ent_type_ == "UNIT"), k)):  # (k: after the name's
        # lower-case field words, "dự án đầu tư xây dựng"; or a unit among them, "công trình")
        if p + 3 < stop and p > i and doc[p].ent_type_ == "UNIT" and (is_acronym(doc[p - 1]) or key(doc[p - 1]) in lex.name_modifiers) and any(
            is_head(t) for t in doc[i:p]
        ):  # "Ban QLDA ĐTXD" (or "Ban Quản lý dự án đầu tư xây dựng") + "công trình dân dụng và công nghiệp tỉnh":
            p -= 1  # the kind of unit, no "các"
        elif not (p + 3 < stop and key(doc[p]) in lex.plural_markers and any(is_head(t) for t in doc[i:p])):
            continue
        u = p + 1  # "Ban Quản lý các khu công nghiệp tỉnh Vĩnh Phúc": the body of a kind of unit
        while u < stop and not is_admin_type(doc[u]) and (
            doc[u].ent_type_ in ("UNIT", "ORG_HEAD")  # ("các KCN")
            or (u > p + 1 and u - p <= 7 and (_field_word(doc[u]) or (key(doc[u]) in lex.name_connectors and (
                _field_word(doc[u - 1]) or doc[u - 1].ent_type_ == "UNIT")) or (  # ("các cơ quan và doanh nghiệp tỉnh")
                key(doc[u - 1]) in lex.name_connectors and u + 1 < stop and doc[u].text[:1].islower() and _field_word(doc[u + 1])
            )))  # (a verb named as a field after "và": "nông nghiệp và phát triển nông thôn")
        ):  # "các công trình giao thông tỉnh", "các công trình dân dụng và công nghiệp tỉnh"
            u += 1
        if p + 1 < u < stop - 1 and is_admin_type(doc[u]) and is_proper(doc[u + 1]):
            return name_end(doc, u, limit)
        if p + 1 < u < stop and is_proper(doc[u]) and is_known_place(doc[u].text):
            return name_end(doc, u, limit)  # "Ban Quản lý các cảng cá" + "Kiên Giang": the province's, without its type word
        if p + 1 < u < stop and is_admin_type(doc[u]) and (u + 1 == stop or doc[u + 1].text[:1].islower() or doc[u + 1].is_punct):
            return u + 1  # "Ban Quản lý các KCN tỉnh cho biết": the province's, completed later
        if key(doc[p]) in lex.plural_markers and p + 2 < u < stop and (doc[u].is_punct or (doc[u].text[:1].islower() and not _field_word(doc[u]))):
            return u  # "Ban QLDA ĐTXD các công trình giao thông" + "chỉ đạt 31%": the body of a kind of works
    if any(is_head(t) for t in doc[i:j]) or unit_head(doc, i):  # "Đội Quản lý thị trường số 3": a field's lower-case
        # words, then its number (and "Trạm Đăng kiểm" + "tàu cá" + "số 2": a counted noun's capitalized head)
        n = j
        while (
            n < stop and n - j < 3 and doc[n].text[:1].islower() and doc[n].ent_type_ in ("", "UNIT")
            and not _numbered_at(doc, n) and key(doc[n]) not in _verbs() and key(doc[n]) not in lex.name_connectors
        ):  # fmt: skip
            n += 1
        predicate = (n - 1 > j and doc[n - 1].ent_type_ == "UNIT" and any(_predicate_word(t) for t in doc[j : n - 1])) or sum(
            _predicate_word(t) for t in doc[j:n]
        ) > 1  # ("Sở X" + "tiếp tục giữ vị trí số 1": a clause, not "Xí nghiệp khai thác số 2")
        if n < stop and _numbered_at(doc, n) and doc[j - 1].ent_type_ != "NUMBER" and not predicate:
            return min(n + 2, stop)  # (not "... Cửu Long 8" + "thi công gói thầu số 2": numbered already,
            # nor "... Mỹ Xuyên" + "thi công gói thầu số 4": a verb and the counted noun the number is of)
        if n < stop and code_end(doc, n) > n:
            return min(code_end(doc, n), stop)  # "Trung tâm Đăng kiểm xe cơ giới 60-01S"
    tail = j
    while tail < stop and key(doc[tail]) in lex.name_tails:
        tail += 1
    if (
        tail > j
        and any(is_head(t) or key(t) in lex.lower_heads for t in doc[i:j])
        and not (tail < stop and is_proper(doc[tail]))
        and not (tail < k < stop and (is_proper(doc[k]) or is_head(doc[k])))  # "giao thông - trật tự Công an ..."
    ):
        return tail + 1 if tail < stop - 1 and _own_number(doc, tail, 3) else tail  # "Bệnh viện Y học cổ truyền"
        # (and its own number: "Công ty CP Xây dựng giao thông" + "4")
    if (k == j or not (k < stop and (is_proper(doc[k]) or is_head(doc[k])))) and _sentence_case_field(doc, i, j, headed=headed):
        u = j  # "Chi cục Bảo vệ" + "môi trường" + "đạt 96%": a name written in sentence case
        while u < stop and u - j < 3 and (_field_word(doc[u], units=True) or _unit_noun(doc[u]) or _field_verb(doc[u])):
            u += 1  # (a counted noun may be the field's: "Dịch vụ" + "việc làm"; "hành chính" + "công"; or a
            # verb that names a trade: "Đăng ký" + "kinh doanh")
        from .cues import cues

        if j < u < stop - 1 and key(doc[u]) in cues().verb_particles and doc[u + 1].ent_type_ in ("NUMBER", "NUMWORD"):
            u -= 1  # "Trường ĐH Kinh tế" + "tuyển được 2.810 sinh viên": a verb, whatever the POS model says of it alone
        if j < u and u + 1 < stop and doc[u].text in ("-", "–") and is_capitalized(doc[u + 1]) and not is_head(doc[u + 1]):
            return name_end(doc, u + 1, limit, headed=True)  # "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"
        if j < u and (u == stop or _ends_sentence_case(doc[u])) and not (u < len(doc) and key(doc[u]) in lex.name_connectors):
            return u  # (not "Trung tâm Phát triển quỹ đất" + "và Cụm công nghiệp ...": one name, read no further)
        if j < u < stop - 1 and key(doc[u]) in lex.name_connectors and doc[u].text not in ("-", "–") and _sentence_case_word(doc[u + 1]):
            return name_end(doc, u + 1, limit, headed=True)  # "Trường Khoa học" + "liên ngành" + "và Nghệ thuật": a second field
    for at, fielded in ((j, False), (k, True)):  # (k: after the name's lower-case field words)
        if (  # "Phân xưởng Khai thác 3 hoàn thành ...", "Công ty cổ phần Xây dựng công trình giao thông 4 đã ...":
            # a name ending in a small number, before its verb ("Trung đoàn 888": right after its head, three digits)
            at < stop and (headed or any(is_head(t) for t in doc[i:at])) and (fielded or is_capitalized(doc[at - 1]) or doc[at - 1].ent_type_ in HEADS)
            and (not fielded or at > j) and _own_number(doc, at, 3)
        ):
            if at + 2 < stop and doc[at + 1].text in ("-", "–") and is_capitalized(doc[at + 2]) and not is_head(doc[at + 2]):
                return name_end(doc, at + 2, limit, headed=True)  # "Công ty CP Khoáng sản Lào Cai 3 – Vimico": its parent's name after a dash
            if at + 2 < stop and doc[at + 1].text in ("-", "–") and doc[at + 2].ent_type_ == "ORG_HEAD" and is_acronym(doc[at + 2]):
                return at + 3  # "Tổng Công ty Phát điện 3 - CTCP": and its registered form
            return at + 1
    typed = k + 1 < stop and is_admin_type(doc[k]) and is_proper(doc[k + 1])  # "chi nhánh tỉnh Đắk Lắk"
    headed = headed or any(is_head(t) or (t.ent_type_ == "UNIT" and t.text.isupper()) for t in doc[i:j]) or unit_head(doc, i)
    # ("BQL rừng phòng hộ X", "Trạm Khuyến ngư" + "khu vực" + "Núi Thành")
    field = j < k < stop and is_capitalized(doc[k]) and key(doc[k - 1]) in lex.name_modifiers  # "Công ty cổ phần Môi trường đô thị X"
    if j < k < stop and (is_proper(doc[k]) or is_head(doc[k]) or typed or _numbered_at(doc, k) or field) and headed and person_at(doc, k) == k:
        return name_end(doc, k, limit, headed=True)
    if (
        headed and j < k < stop - 1 and key(doc[k]) in lex.name_connectors and doc[k].text not in ("-", "–")
        and is_capitalized(doc[k + 1]) and not is_head(doc[k + 1]) and not is_proper(doc[k + 1])
    ):  # "Công ty CP Thoát" + "nước" + "và" + "Xử lý nước thải Hạ Long": a second field, written in sentence case
        return name_end(doc, k + 1, limit, headed=True)
    return j


@lru_cache(maxsize=1)
def _sector_words() -> frozenset[str]:
    from .cues import cues

    return cues().sector_words


def _field_word(tok: Any, *, units: bool = False) -> bool:
    """A lower-case noun or adjective (underthesea's POS model, out of context) that may
    name a company's field between its capitalized words ("sáng đô thị" of "Chiếu sáng
    đô thị Phú Xuân"): no verb, adverb or cue."""
    from . import postags
    from .cues import cues

    text = tok.text
    return bool(
        text.replace(" ", "").isalpha() and text.islower() and (tok.ent_type_ == "" or (units and tok.ent_type_ == "UNIT"))
        and key(tok) not in _verbs() and key(tok) not in cues().clause_adverbs and key(tok) not in lexicon().name_connectors
        and postags.tag(text) in ("N", "A")
    )  # fmt: skip


def _places_joined(doc: Any, j: int) -> bool:
    """Does the word "và" at ``j`` join two places after a type word ("Công an huyện Dầu
    Tiếng và Phú Giáo": two districts, so two bodies), not the words of one name?"""
    return bool(
        doc[j].text not in ("-", "–") and j >= 2 and j + 1 < len(doc) and is_admin_type(doc[j - 2])
        and is_known_place(doc[j - 1].text) and is_known_place(doc[j + 1].text)
        and not (j + 2 < len(doc) and is_proper(doc[j + 2]))
    )  # fmt: skip


def _brand_branch(doc: Any, i: int) -> bool:
    """Is token ``i`` a company named alone (a brand, an acronym) right before its branch
    word ("Agribank chi nhánh", "BIDV chi nhánh")? Not a place's name ("tỉnh X chi nhánh")."""
    from .cues import cues

    tok = doc[i]
    return bool(
        i + 1 < len(doc) and key(doc[i + 1]) in cues().branch_heads and is_proper(tok) and not is_head(tok)
        and not (i > 0 and is_admin_type(doc[i - 1])) and not is_known_place(tok.text)
        and key(tok) not in lexicon().not_name_start and person_at(doc, i) == i
    )  # fmt: skip


def _predicate_word(tok: Any) -> bool:
    """A verb or an adverb (underthesea's POS model, out of context): no word of a name."""
    from . import postags

    return postags.tag(tok.text) in ("V", "R")


def _sentence_case_field(doc: Any, i: int, j: int, *, headed: bool = False) -> bool:
    """Does the name ``doc[i:j]`` end in its field written in sentence case, its first
    syllable capitalized and the others not ("Chi cục Bảo vệ", "Trung tâm Kiểm soát")?
    Its field may go on in lower case ("môi trường", "bệnh tật")."""
    last = doc[j - 1]
    text = last.text
    return bool(
        ((i < j - 1 and is_head(doc[i])) or (headed and i <= j - 1)) and not is_head(last) and " " in text
        and text[:1].isupper() and text.split(" ", 1)[1].islower() and text.replace(" ", "").isalpha()
    )  # fmt: skip  ("headed": the rest of a name whose head came before, "Giáo dục" + "thường xuyên")


def _ends_sentence_case(tok: Any) -> bool:
    """Can ``tok`` follow a name's field written in sentence case: a verb, a clause adverb
    ("đã", "cũng"), a punctuation mark or the name's place ("tỉnh", "huyện")?"""
    from . import postags
    from .cues import cues

    return bool(
        tok.is_punct or key(tok) in _verbs() or is_admin_type(tok) or postags.tag(tok.text) == "V" or key(tok) in cues().clause_adverbs
    )


def _sentence_case_word(tok: Any) -> bool:
    """A word of two or more syllables, the first capitalized and the others not ("Lữ
    hành"): a company's field, no part of a person's name; no head."""
    text = tok.text
    return bool(" " in text and text[:1].isupper() and text.split(" ", 1)[1].islower() and text.replace(" ", "").isalpha() and not is_head(tok))


def _split_field_word(a: Any, b: Any) -> bool:
    """Two lower-case syllables that make one noun together ("hàng" + "hóa") though neither
    reads as a field word alone."""
    from . import postags

    return bool(
        a.text.isalpha() and b.text.isalpha() and a.text.islower() and b.text.islower() and not a.ent_type_ and not b.ent_type_
        and " " not in a.text and " " not in b.text and postags.tag(f"{a.text} {b.text}") == "N"
    )  # fmt: skip


def _unit_noun(tok: Any) -> bool:
    """A lower-case word underthesea's POS model reads as a unit noun ("công" of "hành
    chính công"), no cue's word."""
    from . import postags

    text = tok.text
    return bool(text.isalpha() and text.islower() and tok.ent_type_ == "" and key(tok) not in _verbs() and postags.tag(text) == "Nu")


def _syllable_word(tok: Any) -> bool:
    """One capitalized syllable of letters that is no head ("Đồ", "Mía")."""
    text = tok.text
    return bool(text.isalpha() and text[:1].isupper() and text[1:].islower() and not is_head(tok))


def _split_last_syllable(tok: Any, nxt: Any) -> bool:
    """A proper name of several syllables whose last one and the next lower-case syllable
    make a word of underthesea's dictionary: the segmenter joined a syllable of the name
    to the place before it ("An Phú Quốc" + "tế": "Quốc tế")."""
    syllables = tok.text.split(" ")
    return (
        len(syllables) > 1 and is_proper(tok) and not _predicate_word(nxt)  # (not "BHXH Việt Nam" + "giao")
        and f"{syllables[-1]} {nxt.text}".casefold() in _dictionary()
    )


def _lower_word(tok: Any) -> bool:
    """One lower-case syllable that may end a capitalized word ("uống", "đường"): no
    figure or reporting verb, connector, unit or type word."""
    text = tok.text
    return bool(
        text.isalpha() and text.islower() and tok.ent_type_ == ""
        and key(tok) not in _verbs() and key(tok) not in lexicon().name_connectors and not is_admin_type(tok)
    )  # fmt: skip


@lru_cache(maxsize=1)
def _clause_words() -> frozenset[str]:
    """Adverbs and markers of a clause's verb ("cũng", "đã"): never a syllable of a name."""
    from .cues import cues

    return cues().clause_adverbs | cues().verb_markers


@lru_cache(maxsize=1)
def _field_verb(tok: Any) -> bool:
    """A lower-case verb that names a trade in a field written in sentence case ("lái xe"
    of "Đào tạo lái xe"; names.yaml ``field_verbs``)."""
    return key(tok) in lexicon().field_verbs and tok.text.islower()


def _verbs() -> frozenset[str]:
    from .cues import cues

    return cues().figure_verbs | cues().reporting_verbs


def _branch_after_gloss(doc: Any, j: int, stop: int) -> bool:
    """Does an acronym in parentheses at ``j`` gloss a name that goes on with its branch
    ("Ngân hàng Nhà nước (NHNN) chi nhánh tỉnh X")?"""
    from .cues import cues

    return (
        j + 3 < stop and doc[j].text == "(" and _is_gloss(doc[j + 1]) and doc[j + 2].text == ")"
        and key(doc[j + 3]) in cues().branch_heads and doc[j + 3].text[:1].islower()
    )  # fmt: skip


def _place_after_gloss(doc: Any, j: int, stop: int) -> bool:
    """Does an acronym in parentheses at ``j`` gloss a name that goes on with its place
    ("Kho bạc Nhà nước (KBNN) Nghệ An", "Bảo hiểm xã hội (BHXH) Nghệ An")?"""
    from . import gazetteer

    return (
        j > 0 and j + 3 < stop and doc[j].text == "(" and _is_gloss(doc[j + 1]) and doc[j + 2].text == ")"
        and is_proper(doc[j + 3]) and gazetteer.is_place(doc[j + 3].text)
    )  # fmt: skip


def _is_gloss(tok: Any) -> bool:
    """An acronym or a brand written in one word with a capital inside ("KBNN", "Co-opBank")."""
    text = tok.text
    return is_acronym(tok) or (text[:1].isupper() and " " not in text and any(c.isupper() for c in text[1:]) and not any(c.isdigit() for c in text))


def without_gloss(name: str) -> str:
    """A name with its acronym gloss left out ("Ngân hàng Nhà nước (NHNN) chi nhánh tỉnh
    X" -> "Ngân hàng Nhà nước chi nhánh tỉnh X"); other names as they are.

    >>> without_gloss("Ngân hàng Nhà nước (NHNN) chi nhánh tỉnh Đắk Lắk")
    'Ngân hàng Nhà nước chi nhánh tỉnh Đắk Lắk'
    """
    return _GLOSS.sub(" ", name) if "(" in name else name


_GLOSS = regex.compile(r"\s\(\p{Lu}[\p{Lu}\p{Ll}&\-]*\)\s(?=\S)")


def _own_number(doc: Any, at: int, digits: int) -> bool:
    """Is the token at ``at`` a name's own number of at most ``digits`` digits, before
    the name's verb, an adverb or a comma ("... 2 hoàn thành", "... 4, nhà thầu ...")?"""
    tok = doc[at]
    if not (at + 1 < len(doc) and tok.ent_type_ == "NUMBER" and tok.text.isdigit() and len(tok.text) <= digits):
        return False
    from .cues import cues

    after = doc[at + 1]
    if after.ent_type_ == "" and after.text[:1].islower() and _predicate_word(after) and key(after) not in lexicon().measure_words:
        return True  # "Tổng Công ty xây dựng Công trình Giao thông 4" + "thi công gói thầu số 3"
    if after.text == "(" and at + 2 < len(doc) and doc[at + 2].text[:1].islower() and (doc[at + 2].ent_type_ == "" or is_admin_type(doc[at + 2])):
        return True  # "Xí nghiệp Môi trường đô thị 1" + "(phụ trách quận X)": words about the name; "(huyện Thống Nhất)": where it is
    if after.text in ("-", "–") and at + 2 < len(doc) and is_capitalized(doc[at + 2]) and not is_head(doc[at + 2]) and doc[at + 2].ent_type_ == "":
        return True  # "Công ty CP Khoáng sản Lào Cai 3" + "– Vimico": the parent's name after a dash
    if after.text in ("-", "–") and at + 2 < len(doc) and doc[at + 2].ent_type_ == "ORG_HEAD" and is_acronym(doc[at + 2]) and (
        at + 3 == len(doc) or doc[at + 3].is_punct or doc[at + 3].text[:1].islower()
    ):
        return True  # "Tổng Công ty Phát điện 3" + "- CTCP": the name's registered form
    if after.text == ")" and (o := next((p for p in range(at - 1, max(at - 9, -1), -1) if doc[p].text in "()"), None)) is not None and (
        doc[o].text == "(" and o + 1 < at and is_head(doc[o + 1]) and doc[o + 1].ent_iob_ == "B"
    ):
        return True  # "Nhà máy Thủy điện X (Tổng Công ty Phát điện 1)": the parent's number, closing its parenthesis
    if after.text == "(" and at + 3 < len(doc) and doc[at + 2].text.isupper() and doc[at + 3].text == ")":
        return True  # "Công ty Truyền tải điện 2" + "(PTC2)": the name's abbreviation
    if after.text == "(" and at + 2 < len(doc) and is_head(doc[at + 2]) and doc[at + 2].ent_iob_ == "B":
        return True  # "Xí nghiệp Bảo dưỡng Tàu bay 2" + "(Công ty TNHH Kỹ thuật Máy bay)": its parent named after it
    if at + 2 < len(doc) and key(after) in lexicon().item_connectors and is_head(doc[at + 2]):
        return True  # "Công ty CP Xây dựng Công trình 168" + "và Công ty CP Y": the next name
    if after.text in (",", ";") or key(after) in _verbs() or key(after) in _after_number() or key(after) in cues().verbs_after_names or (
        key(after) in cues().cause_openers  # "Công ty TNHH Sữa Cao nguyên 2" + "do mới tái đàn nên chỉ đạt 64%"
    ):
        return True  # ("Công ty TNHH Kỹ thuật Vân Trung 2" + "nợ hơn 3,2 tỷ đồng")
    if after.ent_type_ == "UNIT" and after.text[:1].islower() and _predicate_word(after) and at + 2 < len(doc) and doc[at + 2].ent_type_ in ("NUMBER", "NUMWORD"):
        return True  # "... Cao su Ia Ly 2" + "tổ chức 6 điểm uống": a verb and its count, no "2 tổ chức"
    if at + 2 < len(doc) and f"{key(after)} {key(doc[at + 2])}" in cues().reporting_verbs:
        return True  # "Công ty Cà phê 708" + "cho biết"
    return at + 2 < len(doc) and f"{key(after)} {key(doc[at + 2])}" in _after_number()  # "... Hòn Nội 2" + "lần đầu đăng cai"


@lru_cache(maxsize=1)
def _after_number() -> frozenset[str]:
    """Words that may follow a name's own number: adverbs ("... 2 hiện có") and "thuộc"/"của"
    ("Xí nghiệp xe buýt Thái Nguyên 1 thuộc Công ty ...")."""
    from .cues import cues

    return cues().clause_adverbs | cues().part_of


def name_before(doc: Any, k: int, floor: int) -> tuple[int, int] | None:
    """The nearest name ending at or before token ``k``, not starting before ``floor``."""
    j = k - 1
    while j >= floor:
        tok = doc[j]
        if is_head(tok) or is_proper(tok) or (
            (is_admin_type(tok) or key(tok) in lexicon().lower_heads) and is_name_start(doc, j)
        ) or (j > floor and is_capitalized(tok) and _field_of_named(doc, j - 1, j) and doc[j - 2].text != ","):  # ("Xi măng" + "Hà Trung Sơn": no person)
            start = j
            while start - 1 >= floor:
                if start - 5 >= floor and _branch_after_gloss(doc, start - 4, len(doc)):
                    start -= 4  # "Ngân hàng Nhà nước (NHNN)" + "chi nhánh tỉnh X": one name
                    continue
                if start - 3 >= floor and doc[start - 1].text in ("-", "–") and _is_small_number(doc[start - 2]) and is_capitalized(doc[start - 3]) and is_capitalized(doc[start]) and not is_head(doc[start]):
                    start -= 2  # "Công ty CP Khoáng sản Lào Cai 3 – Vimico": a numbered name, then its parent's
                    continue
                if start - 4 >= floor and _place_after_gloss(doc, start - 3, len(doc)):
                    start -= 3  # "Kho bạc Nhà nước (KBNN)" + "Nghệ An"
                    continue
                if not (
                    (doc[start - 1].text in ("-", "–") and start - 2 >= floor and (is_proper(doc[start - 2]) or (is_capitalized(doc[start - 2]) and is_capitalized(doc[start]))))  # "Văn hóa - Thể thao"
                    or (key(doc[start - 1]) in lexicon().name_connectors and start - 2 >= floor and is_acronym(doc[start - 2]) and is_acronym(doc[start]))
                    or (start - 2 >= floor and _joins_fields(doc, start - 1))
                    or is_head(doc[start - 1])
                    or unit_head(doc, start - 1)
                    or key(doc[start - 1]) in lexicon().lower_heads
                    or (is_capitalized(doc[start - 1]) and key(doc[start - 1]) not in lexicon().not_name_start)
                    or (is_admin_type(doc[start - 1]) and not (start - 2 >= 0 and key(doc[start - 2]) in lexicon().plural_markers))
                    or (start - 2 >= floor and _is_small_number(doc[start - 1]) and place_of_numbered(doc, start - 1))  # "Thuế cơ sở 1" + "tỉnh X"
                ):
                    break
                start -= 1
            run = start
            while start <= j and not is_name_start(doc, start):
                start += 1
            if start > run and (head := _head_before(doc, run, floor)) < run:
                # "Công ty cổ phần" + "Nông nghiệp Cao Nguyên Sơn La": a field, then a proper name
                # that would read as a person's ("Cao Nguyên ...") or a place ("Sơn La") alone
                return head, max(name_end(doc, head, limit=k), name_end(doc, run, limit=k), j + 1)
            brand = next((run + n for n in (1, 2) if run + n <= j and _field_of_named(doc, run, run + n)), None)
            if brand is not None and start >= brand and not (run > 0 and doc[run - 1].text == ","):
                # "Xi măng Hà Trung Sơn" after "Công ty CP Xi măng Tĩnh Gia 2": a brand (not a list's next item, which takes the head)
                return run, max(name_end(doc, brand, limit=k), j + 1)
            if start <= j:
                head = _head_before(doc, start, floor)  # "Đảng bộ Khối các cơ quan" + "tỉnh"
                if head == start and is_admin_type(doc[start]) and (far := _far_head(doc, start, floor, k)) is not None:
                    return far  # "Ban Quản lý dự án ... các công trình dân dụng và công nghiệp" + "tỉnh"
                return head, max(name_end(doc, head, limit=k), name_end(doc, start, limit=k))
        j -= 1
    return None


def _field_of_named(doc: Any, lo: int, hi: int) -> bool:
    """Are the one or two capitalized words in ``[lo, hi)``, before a proper name, the
    field of a company the sentence names before them with a head ("Xi măng" of "Công ty CP
    Xi măng Tĩnh Gia 2")? Then they and the proper name are a brand ("Xi măng Hà Trung Sơn")."""
    words = [key(t) for t in doc[lo:hi]]
    if not 0 < len(words) <= 2 or not all(is_capitalized(t) and not t.text.isupper() and t.ent_type_ == "" for t in doc[lo:hi]):
        return False
    for j in range(1, lo - len(words) + 1):
        if [key(t) for t in doc[j : j + len(words)]] == words and doc[j - 1].ent_type_ == "ORG_HEAD" and is_proper(doc[j + len(words)]):
            return True
    return False


def _far_head(doc: Any, at: int, floor: int, k: int) -> tuple[int, int] | None:
    """The name a type word at ``at`` ends, when a head up to a dozen lower-case words
    before it starts a name that runs to it ("Ban Quản lý dự án đầu tư xây dựng các công
    trình dân dụng và công nghiệp tỉnh"), as :func:`name_end` reads names forward."""
    for h in range(at - 1, max(floor, at - 14) - 1, -1):
        tok = doc[h]
        if tok.is_punct or tok.ent_type_ in ("NUMBER", "PERCENT") or key(tok) in _verbs():
            return None
        if is_head(tok) and (h == floor or not is_head(doc[h - 1])):
            end = name_end(doc, h, limit=k)
            return (h, end) if end == at + 1 else None
    return None


def _head_before(doc: Any, start: int, floor: int) -> int:
    """Extend a name left over a few lower-case words to the head they follow
    ("Xổ số kiến thiết" + "Sóc Trăng", "Tổng Công ty xây dựng" + "Hà Nội")."""
    from .cues import cues

    i = start - 1
    lower = 0
    while i >= floor and lower < 3 and doc[i].text[:1].islower() and not doc[i].is_punct:
        if doc[i].ent_type_ not in ("", "UNIT") or key(doc[i]) in lexicon().name_connectors or key(doc[i]) in cues().verb_markers:
            break  # (not "Ủy ban MTTQ huyện" + "đã vận động" + "Quỹ ...": a clause, the fund its object)
        if key(doc[i]) in lexicon().generic_markers or (i > floor and f"{key(doc[i - 1])} {key(doc[i])}" in cues().reporting_verbs):
            break  # (not "Sở Y tế" + "cho biết toàn" + "tỉnh": a report on the whole province)
        lower += 1
        i -= 1
    if lower and i >= floor and is_head(doc[i]):
        j = i
        while j - 1 >= floor and is_head(doc[j - 1]):
            j -= 1
        return j
    # "Bệnh viện Đa khoa tư nhân" + "Hòa An": name modifiers, then capitalized words, then a head
    i = start - 1
    modifiers = 0
    mods = lexicon().name_modifiers
    while i >= floor and (
        key(doc[i]) in mods  # "giao thông - trật tự": modifiers joined by a dash too
        or (modifiers and doc[i].text in ("-", "–") and i - 1 >= floor and key(doc[i - 1]) in mods)
    ):
        modifiers += 1
        i -= 1
    if modifiers and i >= floor and doc[i].ent_type_ == "UNIT" and is_name_start(doc, i) and name_end(doc, i) > start:
        return i  # "BQL rừng phòng hộ" + "Minh Hóa": a counted acronym heading a name
    brand = i
    while modifiers and i >= floor and start - i <= 5 and is_capitalized(doc[i]) and not is_head(doc[i]):
        i -= 1
    if modifiers and i >= floor and is_head(doc[i]):
        while i - 1 >= floor and is_head(doc[i - 1]):
            i -= 1
        return i
    if modifiers and brand >= floor and _brand_branch(doc, brand):
        return brand  # "Vietcombank chi nhánh" + "Vinh": a company's branch, named without a head
    field = _field_head(doc, start, floor)
    if field is not None:
        return field
    lo = max(floor, start - 7)
    if any(key(t) in lexicon().plural_markers for t in doc[lo:start]):  # "Ban Quản lý các khu công nghiệp" + "tỉnh X"
        for h in range(start - 2, lo - 1, -1):
            if is_head(doc[h]) and is_name_start(doc, h) and name_end(doc, h) > start:
                while h - 1 >= floor and doc[h].ent_iob_ == "I" and is_head(doc[h - 1]):
                    h -= 1  # the whole head ("Ban Quản lý dự án"), not its second word
                return h
    return start


def _field_head(doc: Any, start: int, floor: int) -> int | None:
    """The head before a field written in sentence case, one capitalized word and a few
    lower-case ones, that runs into the name at ``start`` ("Chi cục Thi hành án dân sự" +
    "huyện Tân Hiệp", "Công ty TNHH MTV Khai thác công trình thủy lợi" + "Sông Chu",
    "Chi cục Hải quan cửa khẩu" + "Chi Ma"), or two such fields joined ("Đài Phát thanh
    và Truyền hình" + "Quảng Bình", "Công ty cổ phần Dược - Trang thiết bị y tế" + "X");
    acronyms and name modifiers may stand between the head and the field ("MTV", "cổ
    phần"). None when the words before the name are not so."""
    from .cues import cues

    lex = lexicon()
    verbs = _verbs()
    places = cues().place_prepositions
    i = start - 1
    while True:
        lower = 0
        while i >= floor and lower < 4 and doc[i].text[:1].islower() and not doc[i].is_punct:
            pair = f"{key(doc[i - 1])} {key(doc[i])}" if i > floor else ""
            if doc[i].ent_type_ not in ("", "UNIT") or key(doc[i]) in lex.name_connectors or key(doc[i]) in verbs or pair in verbs:
                return None
            if key(doc[i]) in places:
                return None  # "Công ty X" + "ở" + "thị xã Sông Cầu": where the body is, no field of its name
            lower += 1
            i -= 1
        field = doc[i].text if i >= floor else ""
        if (
            i - 1 < floor or not is_capitalized(doc[i]) or is_head(doc[i]) or doc[i].ent_type_ not in ("", "UNIT")
            or len(field) < 2 or field.casefold() not in _dictionary() or is_known_place(field)
        ):
            return None  # a field is common words in sentence case, not a proper name
        if i - 2 >= floor and key(doc[i - 1]) in lex.name_connectors and is_capitalized(doc[i - 2]) and not is_head(doc[i - 2]):
            i -= 2  # "Phát thanh và" + "Truyền hình"
            continue
        break
    j = i - 1
    while j >= floor and not is_head(doc[j]) and not (doc[j].ent_type_ == "UNIT" and doc[j].text.isupper()) and (
        (doc[j].text.isalpha() and doc[j].text.isupper()) or key(doc[j]) in lex.name_modifiers
    ):
        j -= 1  # "MTV", "cổ phần" (not a counted acronym heading the name: "HTX Dịch vụ nông nghiệp" + "X")
    if j < floor or not (is_head(doc[j]) or (doc[j].ent_type_ == "UNIT" and doc[j].text.isupper())):
        return None
    while j - 1 >= floor and is_head(doc[j - 1]):
        j -= 1
    return j


def _dictionary() -> frozenset[str]:
    from .wordseg import dictionary

    return dictionary()


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
        if j > 0 and is_capitalized(doc[j]) and key(doc[j]) not in lex.not_name_start and key(doc[j]) not in lex.not_names:
            return j
    return None


def head_word(tok: Any) -> str | None:
    """The organization head a token starts with ("Bộ" in "Bộ Tài chính"), if any."""
    if tok.ent_type_ in ("ORG_HEAD", "ORG_OF"):
        return str(tok.text)
    words = tok.text.split()
    if " ".join(words[:2]).casefold() in lexicon().not_heads:
        return None  # "Khoa học" is no faculty ("Khoa"), "Bộ phận" no ministry
    for n in range(len(words), 0, -1):
        if " ".join(words[:n]).casefold() in lexicon().head_words:
            return " ".join(words[:n])
    if tok.ent_type_ == "ORG" and tok.ent_iob_ == "B":
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.ent_iob_ == "I" and tok.text.casefold() in lexicon().head_words:
            return str(tok.text)
    return None


def leading_heads(doc: Any, start: int, end: int) -> tuple[str, str]:
    """The heads of a list's first item: (of-heads like "Đảng bộ", the type head after them)."""
    i = start
    of_parts: list[str] = []
    while i < end and doc[i].ent_type_ == "ORG_OF":
        if i > start and doc[i].ent_iob_ == "B" and doc[i].ent_id_ == "mass-organization" and doc[start].ent_id_ == "party-body":
            break  # "Chi bộ" + "Hội LHPN tỉnh": the cell of an association, whose name is the item's own
        of_parts.append(doc[i].text)
        i += 1
    if i >= end:  # the item is the body itself ("Hội Cựu chiến binh"): nothing to inherit
        of_parts = []
    typ = ""
    if i < end and is_admin_type(doc[i]):
        typ = doc[i].text
    elif i < end and doc[i].ent_type_ == "ORG_HEAD" and doc[i].ent_iob_ == "B":
        k = i + 1
        while k < end and doc[k].ent_iob_ == "I":
            k += 1
        while k < end and f"{doc[i:k].text} {doc[k].text}".casefold() in lexicon().unit_heads:
            k += 1  # "Phòng" + "giao dịch": a head the lexicon knows whole
        while k + 1 < end and doc[k].ent_type_ == "ORG_HEAD" and doc[k].ent_iob_ == "B" and is_acronym(doc[k]) and key(doc[k]) not in lexicon().legal_forms:
            k += 1  # "Trường" + "ĐH": the school's level is part of the head ("Trường ĐH Kinh tế (94,3%), Ngoại ngữ (93%)")
        typ = doc[i:k].text  # the whole head: "TTGDNN - GDTX", "Trường THPT"
    elif i < end:
        typ = head_word(doc[i]) or ""
    return " ".join(of_parts), typ


def with_stem(previous: str, mention: str) -> str:
    """A bare place name in a list, completed like the item before it when that item is
    a body of a place: "Công ty Điện lực Quảng Ngãi" then "Khánh Hòa" -> "Công ty Điện
    lực Khánh Hòa"; a bare type word is kept only when the gazetteer has such a unit
    ("huyện Thạch Hà", "Can Lộc" -> "huyện Can Lộc"; "tỉnh A", "Hà Nội" stays)."""
    from . import gazetteer

    for dash in (" - ", " – "):  # "Chi cục Thuế khu vực Đông Hưng - Quỳnh Phụ": the stem before the first place
        head, _, last = previous.rpartition(dash)
        if head and (gazetteer.is_place(last) or (len(last) >= 2 and last.isalpha() and last.isupper())):
            previous = head  # (and "Công ty CP Than Cao Sơn – TKV": the parent's acronym is no part of the stem)
    words = [w for j, w in enumerate(previous.split()) if not _plural_before_type(previous.split(), j)]
    previous = " ".join(words)  # "TTYT các huyện Con Cuông" -> "TTYT huyện Con Cuông"
    typ = next((t for t in lexicon().unlisted_types if previous.casefold().startswith(t + " ")), None)
    if typ is not None and is_place_like(previous[len(typ) :]) and is_place_like(mention):
        return f"{previous[: len(typ)]} {mention}"  # "xã Tạ Khoa giảm 9,7% và Phiêng Ban"
    pair = [p for dash in (" - ", " – ") if dash in mention for p in mention.split(dash)]
    if not gazetteer.is_place(mention) and not (pair and all(gazetteer.is_place(p) for p in pair)):
        return _named_like_item(words, mention)  # (a pair of places is one place: "Tiền Hải - Kiến Xương")
    if mention.casefold() == previous.casefold():
        return mention
    for n in range(min(4, len(words) - 1), 0, -1):
        if gazetteer.is_place(" ".join(words[-n:])):
            stem = " ".join(words[:-n])
            if is_place_like(stem) and not (is_head_text(stem) or _type_words().search(stem.casefold())):
                continue  # "Đắk" of "Đắk Lắk" is no stem (huyện Lắk is a place too)
            if stem.casefold() in lexicon().admin_types:
                return with_type(stem, mention)
            return _own_type(stem, mention) or f"{stem} {mention}"
    return _named_like_item(words, mention)


@lru_cache(maxsize=1)
def _types_longest_first() -> tuple[str, ...]:
    """The type words, longest first ("thị xã" before "xã"), in one fixed order."""
    return tuple(sorted(lexicon().admin_types, key=lambda t: (-len(t), t)))


def _starts_with_type(rest: str) -> bool:
    """Does ``rest`` start with a type word ("tỉnh Thanh Hóa", "TP. Huế")?"""
    words = rest.split()
    return bool(words) and words[0].casefold().rstrip(".") in _type_word_set()


def _own_type(stem: str, mention: str) -> str | None:
    """A list item after a stem that ends in a type word, with the type its place has
    ("BHXH thị xã Hồng Lĩnh (2,1%), ..., Đức Thọ (2,9%)" -> "BHXH huyện Đức Thọ"), when the
    gazetteer has that place as one kind of unit and not as the stem's; None otherwise."""
    from . import gazetteer

    types = _types_longest_first()
    typ = next((t for t in types if stem.casefold().endswith(" " + t)), None)
    if typ is None or gazetteer.is_unit(typ, mention):
        return None
    found = [t for t in types if t != typ and gazetteer.is_unit(t, mention)]
    if not found or len({gazetteer.unit_type(t) for t in found}) != 1:
        return None
    return f"{stem[: len(stem) - len(typ)]}{found[0]} {mention}"


def with_elided_middle(previous: str, head: str, rest: str) -> str | None:
    """A list item that writes its head and its unit ("Chi nhánh" + "quận Hải Châu") after
    one that writes the same head, more words and a unit ("Chi nhánh Văn phòng Đăng ký đất
    đai quận Cẩm Lệ"): named with those words too; None when the first is not so.

    >>> with_elided_middle("Chi nhánh Văn phòng Đăng ký đất đai quận Cẩm Lệ", "Chi nhánh", "quận Hải Châu")
    'Chi nhánh Văn phòng Đăng ký đất đai quận Hải Châu'
    >>> with_elided_middle("Chi nhánh quận Cẩm Lệ", "Chi nhánh", "quận Hải Châu") is None
    True
    """
    if not previous.startswith(head + " "):
        return None
    words = previous[len(head) :].split()
    types = _type_word_set()
    at = next((j for j in range(len(words) - 1) if words[j].casefold() in types or " ".join(words[j : j + 2]).casefold() in types), None)
    if not at:
        return None  # (none, or the first's unit right after the head: "Thanh tra thị xã A", "thị trấn B")
    return " ".join([head, *words[:at], rest])


def _named_like_item(words: list[str], mention: str) -> str:
    """"Ban X huyện Lạng Giang đạt 96%, Yên Dũng 93,8%, Tân Yên 90,5%": a place (one the
    gazetteer may not hold: a district merged away before its data) after an item that
    ends in a type word and a place, or that is a head and a place-like name ("KCN Phúc
    Điền đạt 96,2%, Tân Trường 93%"), named like that item."""
    from . import gazetteer

    if not (is_place_like(mention) and 2 <= len(mention.split()) <= 3):
        return mention
    if is_head_text(mention) and not gazetteer.is_place(mention):
        return mention  # "Hội LHPN huyện A 31,2%, Hội CCB 17,5%": a peer with a head of its own
    heads = _head_texts()
    head = next((n for n in (3, 2, 1) if " ".join(words[:n]).casefold() in heads), 0)
    if not head and len(words[0]) > 1 and words[0].isalpha() and words[0].isupper() and words[0].casefold() not in lexicon().admin_types:
        head = 1  # "HTX Dịch vụ nông nghiệp Phì Điền tăng 27%, Hồng Giang 19%": an acronym head
    if head and 2 <= len(words) - head <= 4 and is_place_like(" ".join(words[head:])):  # ("Chứng khoán Hàn Việt Đông Dương")
        if len(words) - head >= 3 and _field_syllable(words[head]):
            head += 1  # "Công ty CP Than Hà Lầm, Hà Tu": "Công ty CP Than Hà Tu"
        while len(words) - head >= 3 and len(words[head]) > 1 and words[head].isalpha() and words[head].isupper() and words[head].casefold() not in lexicon().admin_types:
            head += 1  # "Đội CSGT Rạch Chiếc (34%), An Sương": the head's acronym too, "Đội CSGT An Sương"
        return _prefix(" ".join(words[:head]), mention)  # "KCN Phúc Điền đạt 96,2%, Tân Trường 93%": "KCN Tân Trường"
    for n in (1, 2, 3):
        if len(words) > n + 1 and is_place_like(" ".join(words[-n:])) and words[-n - 1].casefold() in lexicon().admin_types:
            return " ".join([*words[:-n], mention])
    n = len(mention.split())  # "Ban Quản lý cảng cá Tam Quan đạt 91,6%, Đề Gi đạt 84%": a head, its
    field = words[head:-n]  # field and a place-like name as long as the item's
    if head and field and field[-1].islower() and is_place_like(" ".join(words[-n:])):
        return " ".join([*words[:-n], mention])
    return mention


def _plural_before_type(words: list[str], j: int) -> bool:
    return (
        j + 1 < len(words)
        and words[j].casefold() in lexicon().plural_markers
        and words[j + 1].casefold() in lexicon().admin_types
    )


def without_plurals(name: str) -> str:
    """A list's first item written with its lead's plural ("TTYT các huyện Con Cuông")
    named without it ("TTYT huyện Con Cuông").

    >>> without_plurals("TTYT các huyện Con Cuông"), without_plurals("Đảng bộ Khối các cơ quan tỉnh")
    ('TTYT huyện Con Cuông', 'Đảng bộ Khối các cơ quan tỉnh')
    """
    words = name.split()
    return " ".join(w for j, w in enumerate(words) if not _plural_before_type(words, j))


def with_type(type_word: str, mention: str) -> str:
    """A bare place name with the type word its list elided, when the gazetteer has such a
    unit ("huyện" + "Can Lộc" -> "huyện Can Lộc"); else the mention unchanged."""
    from . import gazetteer

    if gazetteer.is_unit(type_word, mention):
        return f"{type_word} {mention}"
    if type_word.casefold() in lexicon().unlisted_types and is_place_like(mention):
        return f"{type_word} {mention}"  # communes: the gazetteer stops at districts
    return mention


def code_gloss(doc: Any, span: tuple[int, int]) -> int | None:
    """The "(" of a stock code glossing a company name ("(mã: DVX)", "(HoSE: STP)"), when
    ``span`` is that code; None otherwise."""
    i = span[0] - 1
    if i >= 0 and doc[i].text == ":":
        i -= 1
    j = i
    while j >= 0 and key(doc[j]) in lexicon().code_labels:
        j -= 1
    if j < i and j >= 0 and doc[j].text == "(":
        return j
    return None


def _unit_typed(type_word: str, mention: str) -> str:
    """A bare place in a list of units: with the list's type word when the gazetteer has
    such a unit, else with the one type the gazetteer knows it by, else the list's type
    word for units it does not list (communes) and the bare place otherwise."""
    typed = with_type(type_word, mention)
    if typed != mention:
        return typed
    from . import gazetteer

    g = gazetteer.load()
    found = {t for t in lexicon().admin_types if gazetteer.is_unit(t, mention)}
    kinds = {g.types.get(t) for t in found} if g is not None else set()
    if len(kinds) == 1:  # ("huyện" and "H." are one kind: the longest spelling)
        return f"{sorted(found, key=len)[-1]} {mention}"
    return _prefix(type_word, mention) if type_word.casefold() in lexicon().unlisted_types else mention


def is_place_like(text: str) -> bool:
    """Capitalized syllables only, as place names are written ("Phiêng Ban")."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() for w in words)


def with_lead(head: str, mention: str) -> str:
    """A list item named with the head its plural lead gives ("Sở" + "Y tế" -> "Sở Y
    tế"), unless it names its own head ("Sở Tài chính", "Ban QLDA ...")."""
    if mention.casefold().startswith(head.casefold() + " ") or mention[:1].isupper() and is_head_text(mention):
        return mention
    return _prefix(head, mention)


def is_head_text(text: str) -> bool:
    """Does ``text`` open with an organization head of the patterns ("Ban", "Sở", "Trường")?"""
    words = text.casefold().split()
    heads = _head_texts()
    return any(" ".join(words[:n]) in heads for n in (1, 2, 3))


def is_head_only(text: str) -> bool:
    """Is ``text`` a head and nothing more ("ngân hàng TMCP", "Công ty CP")?"""
    return text.casefold() in _head_texts()


@lru_cache(maxsize=1)
def _head_texts() -> frozenset[str]:
    lex = lexicon()
    return lex.head_words | lex.lower_heads | lex.type_heads


def _prefix(head: str, mention: str) -> str:
    """``head`` before ``mention``, the words they share written once.

    >>> _prefix("Trường THPT", "THPT Trần Phú"), _prefix("Bộ", "GTVT")
    ('Trường THPT Trần Phú', 'Bộ GTVT')
    """
    words = head.split()
    for n in range(len(words), 0, -1):
        if mention.split()[:n] == words[-n:]:
            return " ".join([*words[:-n], mention])
    return f"{head} {mention}"


def inherit(doc: Any, first: tuple[int, int], item: tuple[int, int]) -> str:
    """The full name of a later list item, with the head the first item's elides.

    "Đảng bộ quận A (168%), quận B (119%)" -> "Đảng bộ quận B";
    "Bộ Tài chính (89%), GTVT (88%)" -> "Bộ GTVT".
    """
    mention = str(doc[item[0] : item[1]].text)
    if numbered_only(doc, item) and first[1] - first[0] > 2 and numbered_only(doc, (first[1] - 2, first[1])):
        return f"{doc[first[0] : first[1] - 2].text} {mention}"  # "Đội X số 1 (112%), số 3 (98,5%)"
    if (number_after_numbered(doc, item, first) and not numbered_only(doc, (first[1] - 2, first[1]))) or (
        first[1] - first[0] > 1 and _is_small_number(doc[first[1] - 1]) and all(is_head(t) or is_acronym(t) for t in doc[first[0] : first[1] - 1])
        and all(is_proper(t) for t in doc[item[0] : item[1]]) and not (head_word(doc[item[0]]) or is_admin_type(doc[item[0]]))
    ):  # "Ban QLDA 7 (63,2%), 85 (60,1%) và Mỹ Thuận (57,9%)": "Ban QLDA 85", "Ban QLDA Mỹ Thuận"
        return f"{doc[first[0] : first[1] - 1].text} {mention}"  # (the first's name without its number)
    if numbered_only(doc, item) and (code := _last_code(doc, *first)) is not None:
        return f"{doc[first[0] : code].text} {mention}"  # "Trung tâm X 60-01S (..), 60-02S (..)"
    if (n := item[1] - item[0]) >= 2 and first[1] - first[0] > n and _is_small_number(doc[item[1] - 1]) and _is_small_number(doc[first[1] - 1]) and [
        key(t) for t in doc[first[1] - n : first[1] - 1]
    ] == [key(t) for t in doc[item[0] : item[1] - 1]]:  # "Công ty Xây dựng mỏ Hầm lò 1 (125%), Hầm lò 2 (118%)": the same name, another number
        return f"{doc[first[0] : first[1] - n].text} {mention}"
    opener = item[0] - 1 if item[0] > first[1] and doc[item[0] - 1].text[:1].islower() else item[0]
    lead = None if key(doc[opener]) in lexicon().name_connectors or doc[opener].is_punct else next(
        (j for j in range(first[0] + 1, first[1]) if key(doc[j]) == key(doc[opener]) and not is_proper(doc[j])), None
    )
    if lead is not None:  # "Ngân hàng X chi nhánh A (17,9%), chi nhánh B (15%)": "Ngân hàng X chi nhánh B"
        return f"{doc[first[0] : lead].text} {doc[opener : item[1]].text}"
    of_head, type_head = leading_heads(doc, *first)
    start_tok = doc[item[0]]
    if not (head_word(start_tok) or is_admin_type(start_tok)):
        placed = with_stem(str(doc[first[0] : first[1]].text), mention)
        if placed != mention:  # "Công ty Điện lực Quảng Ngãi (3,52%), Khánh Hòa (3,8%)"
            return placed
    if of_head:
        if start_tok.ent_type_ == "ORG_OF" or mention.startswith(of_head) or key(start_tok) == key(doc[first[0]]):
            return mention  # ("Hội LHPN tỉnh (32,4%); Hội Cựu chiến binh tỉnh (18,9%)": a peer with its own head)
        if doc[first[0]].ent_id_ == "mass-organization" and head_word(start_tok):
            return mention  # "LĐLĐ tỉnh, Trường Chính trị X": a body of its own, not the union's
        if type_head.casefold() in lexicon().admin_types and not (head_word(start_tok) or is_admin_type(start_tok)):
            typed = with_type(type_head, mention)  # "Đảng bộ huyện Tiền Hải (112%), Thái Thụy (105,4%)"
            return f"{of_head} {typed}"
        if type_head and is_capitalized(start_tok) and not (head_word(start_tok) or is_admin_type(start_tok)):
            return f"{of_head} {type_head} {mention}"  # "Đảng bộ Sở Y tế (150%), ..., Tư pháp (125%)": "Đảng bộ Sở Tư pháp"
        return f"{of_head} {mention}"
    if type_head and not (head_word(start_tok) or is_admin_type(start_tok)):
        last = first[1] - 1 if first[1] - first[0] > 2 and _is_small_number(doc[first[1] - 1]) else first[1]
        tail = _proper_tail(doc, first[0], last)  # (before its number: "Nhà máy Nhiệt điện Duyên Hải 1")
        if tail is None and last - first[0] > 2 and is_capitalized(doc[last - 1]) and not is_head(doc[last - 1]) and doc[last - 2].text[:1].islower():
            tail = last - 1  # "Xí nghiệp xe buýt Thủ đô (12%), Thăng Long": a name in sentence case ends the first
        field = tail
        while field is not None and field < last and doc[field].ent_type_ == "ORG_HEAD":
            field += 1  # (past the head's legal form: "CP")
        if field is not None and field + 1 < last and _one_word_field(doc[field]) and _field_head(doc, field + 1, first[0]) == first[0]:
            tail = field + 1  # "Công ty CP Than Hà Lầm (..), Hà Tu": "Than" is the company's field, no part of its place
        own = item[1] - 1 if item[1] - item[0] > 1 and _is_small_number(doc[item[1] - 1]) else item[1]  # "Hà Đông 1"
        bare = all(is_proper(t) or t.text in ("-", "–") for t in doc[item[0] : own])
        place = None if tail is None else next((j for j in range(tail + 1, last) if is_known_place(doc[j:last].text)), None)
        if bare and place is not None and tail is not None and _field_head(doc, tail, first[0]) == first[0]:
            return f"{doc[first[0] : place].text} {mention}"  # "Công ty CP Xi măng Vicem Bỉm Sơn (..), Bút Sơn": the brand stays
        modified = tail is not None and tail > first[0] + 1 and (
            all(key(t) in lexicon().name_modifiers for t in doc[first[0] + 1 : tail])
            or " ".join(key(t) for t in doc[first[0] + 1 : tail]) in lexicon().name_modifiers  # ("điện" + "gió": one modifier the segmenter split)
        )
        chained = tail is not None and tail > first[0] + 1 and not is_acronym(start_tok) and all(
            is_head(t) or is_acronym(t) for t in doc[first[0] + 1 : tail]
        )  # (or heads: "Công ty CP Chứng khoán Bến Nghé (10,4%), Thăng Long Số (7,2%)")
        if bare and tail is not None and (modified or chained or _field_head(doc, tail, first[0]) == first[0]):
            # "Công ty TNHH MTV Khai thác công trình thủy lợi Thiệu Yên (99,4%), Tĩnh Gia Bắc";
            # "Xí nghiệp phà Châu Giang (giảm 27,3%), Năng Gù"
            return f"{doc[first[0] : tail].text} {mention}"
        if type_head.casefold() in lexicon().admin_types:
            return _unit_typed(type_head, mention)  # "thị xã Duyên Hải (88%), ... Tiểu Cần": a huyện
        return _prefix(_with_legal_form(doc, first, type_head, mention), mention)
    if is_admin_type(start_tok) and (head := _head_before_type(doc, first)):
        return f"{head} {mention}"  # "Chi cục Thuế thành phố Từ Sơn (61,2%), thị xã Quế Võ"
    return mention


def _with_legal_form(doc: Any, first: tuple[int, int], type_head: str, mention: str) -> str:
    """The head a list item inherits with the legal form the first item writes after it
    ("Công ty cổ phần Cà phê Krông Ana 2 (29,6%) và Cà phê Cư M'gar": "Công ty cổ phần"),
    unless the item writes one of its own."""
    forms = lexicon().legal_forms
    if mention.split(" ", 1)[0].casefold() in forms:
        return type_head
    at = next((j for j in range(first[0] + 1, first[1] + 1) if doc[first[0] : j].text == type_head), None)
    if at is None:
        return type_head
    end = at
    while end < first[1] and key(doc[end]) in forms:
        end += 1
    return doc[first[0] : end].text if end > at else type_head


def _one_word_field(tok: Any) -> bool:
    """A capitalized token of one syllable that is a common noun (see :func:`_field_syllable`)."""
    return is_capitalized(tok) and _field_syllable(tok.text)


def _field_syllable(word: str) -> bool:
    """A syllable that is a common noun on its own, no place nor region ("Than" of "Công
    ty CP Than Hà Lầm": the company's field, before its place-like name)."""
    from . import postags

    return (
        " " not in word and word[:1].isupper() and postags.tag(word.casefold()) == "N"
        and word.casefold() not in lexicon().region_words and word.casefold() not in lexicon().surnames and not is_known_place(word)
    )  # fmt: skip (not "Võ" of "Trường THPT Võ Thị Sáu": a person's family name)


def _proper_tail(doc: Any, start: int, end: int) -> int | None:
    """Where the proper name that ends the name ``[start, end)`` begins ("Hậu Lộc - Nga
    Sơn" of a company's name); None when the name does not end in one."""
    k = end
    while k - 1 > start and (is_proper(doc[k - 1]) or (doc[k - 1].text in ("-", "–") and k - 2 > start and is_proper(doc[k - 2]))):
        k -= 1
    return k if k < end else None


def _head_before_type(doc: Any, span: tuple[int, int]) -> str:
    """What a name puts before its type word when it opens with an organization's head:
    "Chi cục Thuế" of "Chi cục Thuế thành phố Từ Sơn", "BHXH" of "BHXH huyện Việt Yên";
    "" for a name that is a place or has no type word."""
    start, end = span
    tok = doc[start]
    if not (head_word(tok) or tok.ent_type_ == "ORG_HEAD" or key(tok) in lexicon().type_heads):
        return ""
    k = next((k for k in range(start + 1, end - 1) if is_admin_type(doc[k])), None)
    return str(doc[start:k].text) if k is not None else ""


_REST = r"(?P<rest>(?:[ ](?:\p{Lu}[\p{L}\p{M}.\-]*|\d{1,3}(?![.,]?\d|\s*%|[ ]\p{Ll})|[-–](?=[ ]\p{Lu})))+)"  # ("Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu")


def _type_aliases(type_word: str) -> str:
    """A regex of every way ``type_word``'s type is written ("thành phố", "TP", "TP.")."""
    from . import gazetteer

    g = gazetteer.load()
    typ = g.types.get(type_word.casefold()) if g is not None else None
    words = {type_word} | {w for w, t in (g.types.items() if g is not None else []) if typ is not None and t == typ}
    return "|".join(regex.escape(w.rstrip("."), literal_spaces=True) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _province_type_words() -> frozenset[str]:
    """The type words of provinces ("tỉnh", "thành phố", "TP")."""
    from . import gazetteer

    g = gazetteer.load()
    return frozenset(t for t in lexicon().admin_types if g is not None and g.types.get(t.casefold()) in g.province_types)


@lru_cache(maxsize=2)
def _typed_rest(*, required: bool = False) -> str:
    """:data:`_REST`, optionally after a province's type word ("Đảng bộ" + " tỉnh Thái
    Bình"; not a district's: "toàn Đảng bộ" is the province's, not the last district's);
    ``required``: only after one."""
    top = _province_type_words()
    if not top:
        return _REST
    types = "|".join(regex.escape(t) for t in sorted(top, key=len, reverse=True))
    return r"(?P<rest>(?:[ ](?:" + types + r"))" + ("" if required else "?") + _REST[len("(?P<rest>") :]


@lru_cache(maxsize=1)
def _fields_then_place() -> Any:
    """A few lower-case words, then a place with its type word (see :func:`_fielded_forms`)."""
    return regex.compile(r"(?P<fields>(?:[ ]\p{Ll}+){1,6}?)" + _typed_rest())


@lru_cache(maxsize=1)
def _fields_then_type() -> Any:
    """A few lower-case words, then a type word alone ("cơ quan tỉnh")."""
    alt = "|".join(regex.escape(t.rstrip(".")) for t in sorted(lexicon().admin_types, key=len, reverse=True))
    return regex.compile(rf"(?:[ ]\p{{Ll}}+){{1,6}}?[ ](?:{alt})(?![\w])")


@lru_cache(maxsize=1)
def _numbered_rest() -> str:
    """:data:`_REST` for a type of numbered places: a number followed by a lower-case word
    names one ("Quận 12 có"), unless the word measures it ("quận 6 tháng")."""
    measures = "|".join(regex.escape(w) for w in sorted(lexicon().measure_words, key=len, reverse=True))
    return _REST.replace(r"|[ ]\p{Ll})", r"|[ ](?:" + measures + r")(?![\p{L}]))", 1)


def _looks_like_person(words: str) -> bool:
    lex = lexicon()
    parts = words.split()
    return (
        len(parts) >= 3
        and parts[0].casefold() in lex.surnames
        and parts[-1].casefold() not in lex.org_tails
        and words.casefold() not in lex.person_like_places
    )


def is_generic(doc: Any, span: tuple[int, int]) -> bool:
    """A name made of heads and type words alone ("Đảng bộ thành phố", "TP")."""
    if span[1] - span[0] == 1 and key(doc[span[0]]) in lexicon().lower_heads:
        return True  # "trường" of "trường này"
    if _mass_organization(doc, span):
        return False  # "Hội Nông dân", "Hội LHPN": one association, named whole
    typed = span[1] - span[0] > 1 and is_admin_type(doc[span[1] - 1])  # "Cục THADS tỉnh", "LĐLĐ huyện"
    return all(
        doc[i].ent_type_ in ("ORG_OF", "ORG_HEAD") or is_admin_type(doc[i]) or key(doc[i]) in lexicon().type_heads
        or (typed and (is_acronym(doc[i]) or doc[i].ent_type_ in ("ORG_OF", "ORG_HEAD") or key(doc[i]) in lexicon().lower_heads))
        for i in range(*span)
    )  # ("BHXH tỉnh": the province's office)


def _mass_organization(doc: Any, span: tuple[int, int]) -> bool:
    """Is the span one mass organization's name, whole ("Hội Nông dân", "Hội LHPN")?"""
    first = doc[span[0]]
    return (
        first.ent_type_ == "ORG_OF" and first.ent_iob_ == "B" and first.ent_id_ == "mass-organization"
        and all(doc[i].ent_iob_ == "I" for i in range(span[0] + 1, span[1]))
    )  # fmt: skip


def is_vague(doc: Any, span: tuple[int, int]) -> bool:
    """A generic name that says nothing without its completion: one head and type words
    ("TP", "Đảng bộ thành phố"); "Đảng bộ Công an tỉnh" (two heads) is a body of its own."""
    heads = {doc[i].ent_iob_ + str(i) for i in range(*span) if doc[i].ent_type_ in ("ORG_OF", "ORG_HEAD") and doc[i].ent_iob_ == "B"}
    return is_generic(doc, span) and len(heads) <= 1


#: a period after a word that ends in a lower-case letter, then a space: a sentence ends
#: ("tỉnh Bắc Giang. Ảnh: ...", "tỉnh Long An. Tỷ lệ ..."), unlike an abbreviation's ("TP. HCM")
_SENTENCE_END = regex.compile(r"(?<=\p{Ll})\.(?=\s)")


def _cut_person(rest: str) -> str:
    """"HCM Đinh La Thăng" -> "HCM": a completion stops where a person's name starts."""
    words = rest.split()
    for j in range(len(words)):
        if j > 0 and words[j - 1].casefold() in lexicon().named_after_heads:
            return rest  # "ĐH Phạm Văn Đồng": a school named after a person
        if _looks_like_person(" ".join(words[j:])):
            return " ".join(words[:j])
    return rest


def _unplaced(doc: Any, span: tuple[int, int]) -> bool:
    """A head and its capitalized field alone, no place nor proper name ("Cục Thuế",
    "Cục Hải quan"): the body the article names in full elsewhere."""
    from . import gazetteer

    toks = doc[span[0] : span[1]]
    return (
        2 <= len(toks) <= 3 and is_head(toks[0]) and toks[0].ent_iob_ == "B"
        and all(is_capitalized(t) for t in toks)
        and not any(is_admin_type(t) or gazetteer.is_place(t.text) for t in toks)
    )  # fmt: skip


def expand_generic(mention: str, doc: Any, span: tuple[int, int], title: str | None, text: str, at: int) -> str:
    """A generic mention ("Đảng bộ thành phố", "toàn TP") completed from the article
    ("Đảng bộ thành phố Hà Nội", "TP. HCM"): the nearest full form before it in the
    text, else the title's, else the most frequent one after it. A person's name
    never completes a name."""
    bare = not is_generic(doc, span)
    unplaced = bare and _unplaced(doc, span)  # "Cục Thuế"
    if bare and not unplaced and not (span[1] - span[0] > 2 and is_admin_type(doc[span[1] - 1]) and any(is_head(doc[i]) for i in range(*span))):
        return mention
    written = _spelled(mention)
    if is_admin_type(doc[span[0]]) and span[1] - span[0] == 1:
        written = _type_aliases(mention)  # "thành phố này", "của thành phố": the city last named, "TP Hạ Long"
    dot = r"\.?" if mention[-1:].isupper() else ""  # "TP. HCM"; after "tỉnh" a period ends the sentence
    folded = mention.casefold()
    rest = _numbered_rest() if folded in lexicon().numbered_types else _typed_rest()  # "Quận 12 có ...": "Quận 12"
    rx = regex.compile("(?i:" + written + ")" + dot + rest)
    province_typed = any(folded.endswith(t.casefold()) for t in _province_type_words())
    typed_alone = is_admin_type(doc[span[0]])  # "tỉnh", "toàn tỉnh": not "các tỉnh X" (see forms)

    def forms(source: str) -> list[tuple[int, str]]:
        out = []
        for m in rx.finditer(source, timeout=patterns.REGEX_TIMEOUT):
            rest = _cut_person(_SENTENCE_END.split(m.group("rest").strip(), maxsplit=1)[0])
            if rest[:1].isdigit() and province_typed:
                continue  # "đường tỉnh 939B": a road's number, no province ("Quận 1" is a district)
            if rest.rstrip(".").casefold() in lexicon().not_names or (typed_alone and _plural_before(source, m.start())):
                continue  # "các tỉnh Đông Nam Bộ": a region, a kind of units, not the one unit
            if typed_alone and _opens_body(folded.split()[-1], rest):
                continue  # "Tỉnh Đoàn", "Tỉnh ủy": a body whose head opens with the type word, no province "Đoàn"
            more = _fields_then_place().match(source, m.end(), timeout=patterns.REGEX_TIMEOUT) if rest == m.group("rest").strip() else None
            if rest and more is not None and not _names_place(rest) and _typed_place(more.group("rest")):
                rest += more.group(0)  # "Đảng bộ Khối Các" + " cơ quan" + " tỉnh Bình Phước": its field, then its place
            elif rest and rest.split()[-1].casefold() in lexicon().plural_markers and (kind := _fields_then_type().match(source, m.end())):
                rest += kind.group(0)  # "Đảng ủy Khối Các" + " cơ quan tỉnh": a kind of body, then its type word
            if rest:
                head = m.group(0)[: m.start("rest") - m.start()]  # as the text writes it
                out.append((m.start(), head.rstrip() + " " + rest))
        return out

    in_text = forms(text)
    if span[1] - span[0] == 1 and doc[span[0]].ent_type_ == "ORG_OF":
        in_text = [(p, f) for p, f in in_text if _names_place(f[len(mention) :])]  # "Đảng bộ" + "tỉnh X"
    before = [(pos, f) for pos, f in in_text if pos < at]
    if unplaced:  # "Cục Thuế": the one place the article writes it with ("Cục Thuế tỉnh Thanh Hóa")
        spelled = {f for _, f in in_text if _starts_with_type(f[len(mention) :])}
        if not spelled:
            spelled = _fielded_forms(written, title, text)
        return spelled.pop() if len(spelled) == 1 else mention
    if bare:  # "Bệnh viện Đa khoa tỉnh": as the article wrote it in full before, if it did
        return before[-1][1] if before else mention
    place = _nearest_place(mention, text, at) if is_vague(doc, span) else None
    if place is not None and (not before or place[0] >= before[-1][0] + len(before[-1][1])):
        return place[1]  # "Hà Giang cũng có tỷ lệ ... thấp. ... của toàn tỉnh là 71,96%"
    if place is not None and typed_alone and title and place[1] in title and not _names_province(before[-1][1]):
        return place[1]  # "TP.HCM thu ngân sách ..." (title), "... Chi cục Thuế TP Thủ Đức ... Thành phố hiện đóng góp 25%": the title's city
    if before and typed_alone and span[1] - span[0] == 1 and not province_typed:
        bare_unit = _nearest_bare_unit(mention, text, at)  # "Bình Tân là địa bàn ...; ... của quận này chỉ đạt 71,5%"
        if bare_unit is not None and bare_unit[0] > before[-1][0] + len(before[-1][1]):
            return f"{mention} {bare_unit[1]}"
    if before:
        return before[-1][1]
    in_title = forms(title) if title else []
    if in_title:
        return in_title[0][1]
    after = [f for _, f in in_text]
    if after:
        return max(after, key=after.count)
    if span[1] - span[0] > 1 and is_vague(doc, span) and (sole := _sole_unit(mention, f"{title or ''}\n{text}", title or "")) is not None:
        return f"{mention} {sole}"  # "Đảng bộ quận kết nạp 418 đảng viên": of the one district the article names
    if span[1] - span[0] > 1 and is_vague(doc, span) and (city := _sole_city(mention, text[:at])) is not None:
        return city  # "Trên địa bàn TP Thanh Hóa ...; Công an thành phố đã khám phá ...": "Công an TP Thanh Hóa"
    fielded = _fielded_forms(written, title, text)
    return fielded.pop() if len(fielded) == 1 else mention


def _plural_before(text: str, at: int) -> bool:
    """Does a plural marker ("các", "những") end right before ``at``?"""
    words = text[max(0, at - 12) : at].split()
    return bool(words) and text[at - 1 : at].isspace() and words[-1].casefold() in _plural_words()


@lru_cache(maxsize=1)
def _plural_words() -> frozenset[str]:
    """Plural markers of a kind ("các", "những"): not "số", nor a number ("Hai xã A và B"
    names two units)."""
    from . import numbers

    return lexicon().plural_markers - lexicon().number_markers - frozenset(w.casefold() for w in numbers.number_words())


def _fielded_forms(written: str, title: str | None, text: str) -> set[str]:
    """The article's spellings of a name that add its field's lower-case words and a
    place with its type ("Đảng bộ Khối" + " cơ quan và doanh nghiệp" + " tỉnh Bình Dương")."""
    rx = regex.compile(  # (a field may hold an acronym: "các KCN"; the place's type word follows it)
        "(?i:" + written + r")(?P<fields>(?:[ ]\p{Ll}+)(?:[ ](?:\p{Ll}+|\p{Lu}{2,})){0,5}?)" + _typed_rest(required=True)
    )
    from .cues import cues

    where = cues().place_prepositions | cues().branch_places
    return {
        m.group(0) for source in (title or "", text) for m in rx.finditer(source, timeout=patterns.REGEX_TIMEOUT)
        if _starts_with_type(m.group("rest")) and not any(w in where for w in m.group("fields").casefold().split())
    }  # (not "Bệnh viện X" + " tại" + " tỉnh Hà Nam": where its branch is, no field of its name)


def _spelled(mention: str) -> str:
    """A regex of ``mention`` as the article may write it, each acronym also spelled out
    by words with its initials ("Hội CCB tỉnh": also "Hội Cựu chiến binh tỉnh"; "Cục THADS
    tỉnh": "Cục Thi hành án dân sự tỉnh")."""
    parts = []
    for word in mention.split(" "):
        letters = [c for c in word if c.isalpha()]
        if len(letters) >= 3 and len(letters) == len(word) and word.isupper():  # ("TP", "ĐH": too short to spell)
            spelled = r"\s+".join(_initial(c) + r"\w*" for c in letters)
            parts.append(f"(?:{regex.escape(word)}|{spelled})")
        else:
            parts.append(regex.escape(word))
    return " ".join(parts)


@lru_cache(maxsize=64)
def _initial(letter: str) -> str:
    """A character class of the letters an acronym's ``letter`` stands for: with any
    tone or vowel mark ("A": "Á", "Ă", "Ầ" ...; "Đ" only "Đ")."""
    import unicodedata

    base = letter.casefold()
    found = {letter, letter.casefold()}
    for code in range(0xC0, 0x1EFA):
        ch = chr(code)
        if ch.isalpha() and unicodedata.normalize("NFD", ch)[0].casefold() == base:
            found.add(ch)
    return "[" + "".join(sorted(regex.escape(c) for c in found)) + "]"


def is_typed_form(name: str, short: str) -> bool:
    """Is ``name`` the short name of a body with its unit's type word and place after it
    ("Cục Thuế tỉnh Bắc Ninh" of "Cục Thuế", "Công an TP Hà Nội" of "Công an")?"""
    if not name.casefold().startswith(short.casefold() + " "):
        return False
    rest = name[len(short) + 1 :].split()
    return len(rest) >= 2 and rest[0].casefold() in lexicon().admin_types and rest[1][:1].isupper()


def typed_spellings(found: list[str]) -> dict[str, str]:
    """Each name written without a type word ("Cục Thuế Bắc Ninh", in a title) -> the one
    spelling among ``found`` that adds one ("Cục Thuế tỉnh Bắc Ninh"); none when the
    article has two ("thành phố Bắc Ninh", "tỉnh Bắc Ninh": two units)."""
    types = _type_words()
    typed: dict[str, set[str]] = {}
    for name in found:
        if types.search(name.casefold()):
            typed.setdefault(_untyped_key(name), set()).add(name)
    out = {}
    for name in set(found):
        spellings = typed.get(_untyped_key(name), set()) if not types.search(name.casefold()) else set()
        if len(spellings) > 1 and is_head_text(name):  # "Công an Thanh Hóa": the province's ("Công an tỉnh Thanh Hóa"), not its city's
            spellings = {f for f in spellings if _province_typed(f, types)}
        if len(spellings) == 1:
            out[name] = next(iter(spellings))
    return out


def _province_typed(name: str, types: regex.Pattern[str]) -> bool:
    """Does ``name`` write a province with the province's own type word ("... tỉnh Thanh
    Hóa"; not "... TP Thanh Hóa", the city)?"""
    from . import gazetteer

    m = types.search(name.casefold())
    if m is None:
        return False
    type_word, place = name[m.start() : m.end()].strip(), name[m.end() :].strip(" .")
    return gazetteer.is_unit(type_word, place) and bool(gazetteer.provinces_before(place, len(place), type_word))


def headed_spellings(found: list[str]) -> dict[str, str]:
    """Each name that opens with a head and is the tail of one longer name among ``found``
    with a head before it ("Điện lực Hà Tĩnh", in a title, of "Công ty Điện lực Hà Tĩnh")
    -> that longer name; none when there are two.

    >>> headed_spellings(["Điện lực Hà Tĩnh", "Công ty Điện lực Hà Tĩnh", "Điện lực thành phố Hà Tĩnh"])
    {'Điện lực Hà Tĩnh': 'Công ty Điện lực Hà Tĩnh'}
    """
    out = {}
    for name in set(found):
        if _starts_with_type(name) or not (is_head_text(name) or (name.split()[0].isupper() and len(name.split()[0]) > 2)):
            continue  # (a head, or an acronym: "NHCSXH Thanh Hóa")
        longer = {f for f in found if f.endswith(" " + name) and is_head_text(f[: -len(name)])} if is_head_text(name) else set()
        if not longer and not _type_words().search(name.casefold()):
            longer = {f for f in found if _headed_typed(f, name)}  # "NHCSXH Thanh Hóa" of "Chi nhánh NHCSXH tỉnh Thanh Hóa"
        if len(longer) == 1:
            out[name] = longer.pop()
    return out


def _headed_typed(name: str, short: str) -> bool:
    """Is ``name`` a head, then ``short`` with a type word before its place ("Chi nhánh" +
    "NHCSXH" + "tỉnh" + "Thanh Hóa" of "NHCSXH Thanh Hóa")?

    >>> _headed_typed("Chi nhánh NHCSXH tỉnh Thanh Hóa", "NHCSXH Thanh Hóa")
    True
    >>> _headed_typed("Chi nhánh NHCSXH tỉnh Thanh Hóa", "NHCSXH Nghệ An")
    False
    """
    whole, tail = _untyped_key(name), _untyped_key(short)
    if not whole.endswith(" " + tail) or whole == name.casefold():
        return False
    prefix = " ".join(name.split()[: len(whole.split()) - len(tail.split())])
    return bool(prefix) and _untyped_key(prefix) == prefix.casefold() and is_head_text(prefix)


def legal_spellings(found: list[str]) -> dict[str, str]:
    """Each company name written without its legal form ("Tổng Công ty Sông Mây", in a
    title) -> the one spelling among ``found`` that writes it ("Tổng Công ty CP Sông Mây").

    >>> legal_spellings(["Tổng Công ty Sông Mây", "Tổng Công ty CP Sông Mây"])
    {'Tổng Công ty Sông Mây': 'Tổng Công ty CP Sông Mây'}
    """
    forms = _legal_form_rx()
    bare: dict[str, set[str]] = {}
    for name in set(found):
        key_ = forms.sub("", f" {name.casefold()} ").strip()
        if key_ != name.casefold().strip():
            bare.setdefault(key_, set()).add(name)
    out = {}
    for name in set(found):
        longer = bare.get(name.casefold().strip(), set()) - {name}
        if len(longer) == 1:
            out[name] = longer.pop()
    return out


def legal_spellings_in(found: list[str], text: str) -> dict[str, str]:
    """Each company name written without its legal form ("Công ty Điện lực Hải Phòng")
    -> the one spelling the text writes it with after its head, where no figure of its
    own may be ("Công ty TNHH MTV Điện lực Hải Phòng").

    >>> legal_spellings_in(["Công ty Điện lực Hải Phòng"], "với Công ty TNHH MTV Điện lực Hải Phòng năm 2024")
    {'Công ty Điện lực Hải Phòng': 'Công ty TNHH MTV Điện lực Hải Phòng'}
    """
    forms = sorted(lexicon().legal_forms, key=len, reverse=True)
    out = {}
    for short in set(found):
        words = short.split()
        longer = set()
        for p in (1, 2):  # the legal form comes after a head of one or two words
            if p >= len(words):
                break
            head, tail = " ".join(words[:p]), " " + " ".join(words[p:])
            at = text.find(tail)
            while at >= 0:
                before = text[max(0, at - 48) : at]
                stripped = before
                while True:
                    low = stripped.casefold()
                    form = next((f for f in forms if low.endswith(" " + f)), None)
                    if form is None:
                        break
                    stripped = stripped[: len(stripped) - len(form) - 1]
                if stripped != before and stripped.endswith(head) and not stripped[-len(head) - 1 : -len(head)].isalnum():
                    longer.add(text[at - (len(before) - len(stripped)) - len(head) : at + len(tail)])
                at = text.find(tail, at + 1)
        if len(longer) == 1:
            out[short] = longer.pop()
    return out


def dropped_spellings(found: list[str]) -> dict[str, str]:
    """Each name written without a capitalized word of its head's ("Kho bạc khu
    vực XIII", in a title) -> the one spelling among ``found`` that writes them ("Kho bạc
    Nhà nước khu vực XIII"); the dropped words come before a lower-case one, so that no
    proper name loses its first syllables ("huyện Tân Uyên" is no "huyện Bắc Tân Uyên").

    >>> dropped_spellings(["Kho bạc khu vực XIII", "Kho bạc Nhà nước khu vực XIII", "huyện Tân Uyên", "huyện Bắc Tân Uyên"])
    {'Kho bạc khu vực XIII': 'Kho bạc Nhà nước khu vực XIII'}
    """
    names_ = set(found)
    heads = lexicon().head_words
    out = {}
    for short in names_:
        words = short.split()
        longer = set()
        for long in names_:
            more = long.split()
            d = len(more) - len(words)
            if not 1 <= d <= 3:
                continue
            for p in range(1, len(words)):
                run = more[p : p + d]  # a capitalized word's syllables, no acronym ("Công đoàn VKSND huyện X" is no "Công đoàn VKSND BHXH huyện X")
                if (
                    more[:p] == words[:p] and more[p + d :] == words[p:] and words[p][:1].islower() and run[0][:1].isupper()
                    and not any(w.isupper() for w in run) and not any(" ".join(run[:n]).casefold() in heads for n in range(1, d + 1))
                ):  # (nor a head: "Đảng bộ Công an thị xã X" is no "Đảng bộ thị xã X")
                    longer.add(long)
                    break
        if len(longer) == 1:
            out[short] = longer.pop()
    return out


@lru_cache(maxsize=1)
def _legal_form_rx() -> regex.Pattern[str]:
    alt = "|".join(regex.escape(f) for f in sorted(lexicon().legal_forms, key=len, reverse=True))
    return regex.compile(rf"(?<= )(?:{alt})(?: (?:{alt}))* ")


def alias_spellings(found: list[str], text: str) -> dict[str, str]:
    """Each name the article introduces in parentheses after a longer one among ``found``
    ("Công ty Điện lực Thái Bình (PC Thái Bình)") -> that longer name; none when two do.

    >>> alias_spellings(["PC Thái Bình", "Công ty Điện lực Thái Bình"], "Công ty Điện lực Thái Bình (PC Thái Bình) đạt")
    {'PC Thái Bình': 'Công ty Điện lực Thái Bình'}
    """
    out = {}
    for name in set(found):
        marker = f" ({name})"
        code, _, rest = name.partition(" ")
        if marker not in text or not (len(code) > 1 and code.isupper()) or _starts_with_type(name):
            continue  # (not "Trạm Y tế phường X (TP Vinh)": a place)
        longer = {
            f for f in found if len(f) > len(name) and f + marker in text and f.endswith(rest) and (rest or _initials_of(code, f))
        }
        if len(longer) == 1:  # (a bare acronym spells the name's initials: not "ACV" of "Ban QLDA Cảng hàng không X (ACV)")
            out[name] = longer.pop()
        elif not longer and rest and (spelled := _spelled_out(code, rest, text[: text.index(marker)])) is not None:
            out[name] = spelled  # "Theo Kho bạc Nhà nước khu vực XIII (KBNN khu vực XIII), ...": the name the acronym's letters spell
    return out


def _spelled_out(code: str, rest: str, before: str) -> str | None:
    """The words right before an alias in parentheses whose initials are the alias's
    acronym, with the alias's other words ("Kho bạc Nhà nước" + " khu vực XIII" of "KBNN
    khu vực XIII"), when the text has them; None otherwise. Acronyms of three letters or more."""
    if len(code) < 3 or not before.endswith(f" {rest}"):
        return None
    words = before[: -len(rest) - 1].split()[-len(code) :]
    if len(words) != len(code) or not words[0][:1].isupper() or "".join(w[:1] for w in words).casefold() != code.casefold():
        return None
    return f"{' '.join(words)} {rest}"


def _initials_of(code: str, name: str) -> bool:
    """Are the letters of ``code`` initials of syllables of ``name``, in order?

    >>> _initials_of("TKV", "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"), _initials_of("ACV", "Cảng hàng không quốc tế Long Thành")
    (True, False)
    """
    initials = iter(_fold_letter(w[0]) for w in name.split() if w[:1].isalpha())
    return all(any(letter == i for i in initials) for letter in (_fold_letter(c) for c in code if c.isalpha()))


def _fold_letter(c: str) -> str:
    return "d" if c in "đĐ" else c.casefold()


def numbered_spellings(found: list[tuple[int, str]]) -> dict[str, str]:
    """Each name written as its head and number only ("Đội số 5") -> the head, the field of
    the nearest name before it written with that head and a number, and its own number
    ("Đội Quản lý thị trường số 5", after "Đội Quản lý thị trường số 1"). ``found``: the
    names with where the article writes them.

    >>> numbered_spellings([(0, "Đội Quản lý thị trường số 1"), (40, "Đội số 5"), (60, "Đội QLTT số 2"), (80, "Đội số 6")])
    {'Đội số 5': 'Đội Quản lý thị trường số 5', 'Đội số 6': 'Đội QLTT số 6'}
    """
    markers = lexicon().number_markers
    ordered = [(at, name, name.split()) for at, name in sorted(found)]
    out = {}
    for at, short, words in ordered:
        if short in out or len(words) < 3 or words[-2].casefold() not in markers or not words[-1].isdigit():
            continue
        head, marker = " ".join(words[:-2]), words[-2]
        fields = [
            " ".join(more[len(words) - 2 : -2]) for pos, long, more in ordered if pos < at
            and len(more) > len(words) and long.startswith(head + " ") and more[-2] == marker and more[-1].isdigit()
        ]
        if fields and is_head_text(head):
            out[short] = f"{head} {fields[-1]} {marker} {words[-1]}"
    return out


def coded_spellings(found: list[str]) -> dict[str, str]:
    """Each name written short, its head and its code only ("Trung tâm 37-01S") -> the one
    spelling among ``found`` with the same head and code and a field between them
    ("Trung tâm Đăng kiểm xe cơ giới 37-01S"); none when there are two.

    >>> coded_spellings(["Trung tâm Đăng kiểm xe cơ giới 37-01S", "Trung tâm 37-01S", "Trung tâm 37-02S"])
    {'Trung tâm 37-01S': 'Trung tâm Đăng kiểm xe cơ giới 37-01S'}
    """
    out = {}
    for name in set(found):
        head, _, code = name.rpartition(" ")
        if not head or not any(ch.isdigit() for ch in code) or not is_head_text(head) or len(head.split()) > 3:
            continue
        longer = {f for f in found if f != name and f.startswith(head + " ") and f.endswith(" " + code)}
        if len(longer) == 1:
            out[name] = next(iter(longer))
    return out


@lru_cache(maxsize=1)
def _type_words() -> regex.Pattern[str]:
    alt = "|".join(regex.escape(t.rstrip(".")) for t in sorted(lexicon().admin_types, key=len, reverse=True))
    return regex.compile(rf"(?<![\w])(?:{alt})\.?(?![\w])")


def _untyped_key(name: str) -> str:
    return " ".join(_type_words().sub(" ", name.casefold()).split())


def _typed_place(rest: str) -> bool:
    """A type word and a capitalized name ("tỉnh Bình Phước"; not "tỉnh 978")."""
    words = rest.split()
    return len(words) > 1 and _starts_with_type(rest) and words[1][:1].isupper()


def _names_place(rest: str) -> bool:
    """Does a completion name a place ("tỉnh Thái Bình", "Hà Nội"), not another body
    ("Khối doanh nghiệp")?"""
    from . import gazetteer

    words = rest.split()
    if not words:
        return False
    if _starts_with_type(rest):
        return True
    return any(gazetteer.is_place(" ".join(words[:n])) for n in range(1, min(4, len(words)) + 1))


def _names_province(form: str) -> bool:
    """Does a completed form name a province-level unit ("TP.HCM", "tỉnh Nghệ An"; not "TP Thủ Đức")?"""
    from . import gazetteer

    return any(gazetteer.provinces_before(form, len(form), t) for t in _province_type_words())


def _sole_unit(mention: str, text: str, title: str = "") -> str | None:
    """The proper name of the one district or commune of ``mention``'s type word the text
    names ("quận Bình Thạnh" for "Đảng bộ quận"), or, when it writes none with its type
    word, the one such unit the title names ("Quảng Xương: ..."); None for a province's
    type word, or when there are none or several."""
    from . import gazetteer

    typ = next((t for t in _types_longest_first() if mention.casefold().endswith(" " + t)), None)
    if typ is None or typ in {t.casefold() for t in _province_type_words()}:
        return None
    found = {m.group(1) for m in _typed_names_re(typ).finditer(text, timeout=patterns.REGEX_TIMEOUT) if not _opens_body(typ, m.group(1))}
    if not found:  # (the title's district, written without its type word; never "Huyện Đoàn", the district's Youth Union)
        words = _CAPITALIZED_RUN.findall(title)
        found = {w for run in words for w in _sub_runs(run) if gazetteer.is_unit(typ, w)}
    return found.pop() if len(found) == 1 else None


def _sole_city(mention: str, text: str) -> str | None:
    """A body named with a city's type word alone ("Công an thành phố") completed by the one
    city below a province the text names with its type word, as written ("TP Thanh Hóa"
    -> "Công an TP Thanh Hóa"); None when it names several, or a city that is a province
    ("TP Cần Thơ"), or none."""
    from . import gazetteer

    typ = next((t for t in _types_longest_first() if mention.casefold().endswith(" " + t)), None)
    if typ is None or typ not in {t.casefold() for t in _province_type_words()} or not gazetteer.unit_type(typ):
        return None
    found = {m.group(1): m.group(0) for m in _typed_alias_names_re(typ).finditer(text, timeout=patterns.REGEX_TIMEOUT)}
    if len(found) != 1:
        return None
    name, written = found.popitem()
    if not gazetteer.is_district(typ, name) or gazetteer.is_unit(typ, name):
        return None  # (not "TP Cần Thơ": a city that is a province)
    return f"{mention[: len(mention) - len(typ)]}{written}"


@lru_cache(maxsize=16)
def _typed_alias_names_re(typ: str) -> regex.Pattern[str]:
    """Any way of writing ``typ``'s type ("thành phố", "TP", "TP.") and the capitalized name
    after it ("TP Thanh Hóa")."""
    return regex.compile(rf"(?<![\w])(?i:{_type_aliases(typ)})\.?[ ]?((?:\p{{Lu}}\p{{Ll}}*)(?:[ ]\p{{Lu}}\p{{Ll}}*){{0,3}})")


def _nearest_bare_unit(typ: str, text: str, at: int) -> tuple[int, str] | None:
    """The unit of type ``typ`` ("quận") the sentence names before ``at`` without its type
    word ("Bình Tân là địa bàn ..."), as (position, name); None when there is none. (Only
    in the sentence: a commune may share a district's name, "xã Vĩnh Lộc".)"""
    from . import gazetteer
    from .cues import cues

    found = None
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    for m in _CAPITALIZED_RUN.finditer(text, start, at, timeout=patterns.REGEX_TIMEOUT):
        run, pos = m.group(), m.start()
        first = run.split(" ", 1)[0]
        if first.casefold() in cues().place_prepositions and not gazetteer.is_unit(typ, run):
            run, pos = run[len(first) + 1 :], pos + len(first) + 1  # "Tại Mê Linh": the place after its preposition
        if gazetteer.is_unit(typ, run) and not _lower_typed(text, pos):
            found = (pos, run)
    return found


@lru_cache(maxsize=16)
def _typed_names_re(typ: str) -> regex.Pattern[str]:
    """A type word ("quận") and the capitalized name after it ("quận Bình Thạnh")."""
    return regex.compile(rf"(?<![\w])(?i:{regex.escape(typ)})[ ]((?:\p{{Lu}}\p{{Ll}}*)(?:[ ]\p{{Lu}}\p{{Ll}}*){{0,3}})")


def _opens_body(type_word: str, rest: str) -> bool:
    """Do a type word and the first word after it make a body's head ("Huyện" + "Đoàn",
    "Tỉnh" + "ủy"), not a unit and its name?"""
    return f"{type_word.casefold()} {rest.split(' ', 1)[0].casefold()}" in _head_texts()


#: runs of capitalized syllables ("Quảng Xương" of "Quảng Xương: Nâng cao ...")
_CAPITALIZED_RUN = regex.compile(r"\p{Lu}\p{Ll}*(?:[ ]\p{Lu}\p{Ll}*)+")


def _sub_runs(run: str) -> list[str]:
    """The runs of two to four syllables inside ``run``."""
    words = run.split()
    return [" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 2, min(len(words), a + 4) + 1)]


def _nearest_place(mention: str, text: str, at: int) -> tuple[int, str] | None:
    """A lone province type word ("tỉnh", "TP") completed by the province the text named
    last before it, even without its type word: (position, full name)."""
    from . import gazetteer

    typ = next((t for t in _types_longest_first() if mention.casefold() == t or mention.casefold().endswith(" " + t)), None)
    if typ is None:
        return None  # "TAND tỉnh", "tỉnh": a body of the province, or the province
    candidates = [
        c for c in gazetteer.provinces_before(text, at, typ)
        if not _inside_name(text, *c) and not _lower_typed(text, c[0]) and not _former_or_several(text, *c) and not _on_route(text, *c)
    ]
    while candidates and _visited(text, candidates[-1][0]):
        candidates.pop()  # "... đi làm ăn xa ở TP.HCM, Bình Dương. ... toàn tỉnh": where people go, not the article's
    if not candidates:
        return None
    pos, name = candidates[-1]
    first = regex.split(r"[\s.]", name, maxsplit=1)[0]  # ("TP.HCM": "TP")
    if lower_type_word(name) != name or first.casefold() in lexicon().admin_types:
        return pos, mention[: len(mention) - len(typ)] + name  # "TP.HCM": the type word is there
    written = _typed_spelling(typ, name, text) if mention.casefold() == typ else None
    # ("Đà Nẵng", then "Thành phố": "TP Đà Nẵng" as the article writes it; a body keeps its
    # own words, "Đảng bộ thành phố" + "Hà Nội")
    return pos, written or f"{mention} {name}"


def _typed_spelling(typ: str, name: str, text: str) -> str | None:
    """How the article writes the place ``name`` with a type word of ``typ`` ("TP Đà Nẵng",
    "thành phố Đà Nẵng"), the most often (of equals, with ``typ`` itself, else the first),
    in lower case ("Thành phố" opening a sentence is "thành phố"); None when it never does."""
    counts: dict[str, int] = {}
    for m in _typed_alias_names_re(typ).finditer(text, timeout=patterns.REGEX_TIMEOUT):
        if m.group(1) == name:
            written = lower_type_word(m.group(0))
            counts[written] = counts.get(written, 0) + 1
    return max(counts, key=lambda w: (counts[w], w == f"{typ} {name}")) if counts else None


def _on_route(text: str, pos: int, name: str) -> bool:
    """Is the province named at ``pos`` an end of a route ("đường cao tốc Khánh Hòa - Buôn
    Ma Thuột đoạn qua tỉnh", "tuyến Hà Nội - Lào Cai"): after a route word, or before a
    dash and another capitalized name? Then it is where the route goes, not the article's."""
    from .cues import cues

    words = text[max(0, pos - 24) : pos].split()
    if any(" ".join(words[-n:]).casefold() in cues().route_words for n in (1, 2) if len(words) >= n):
        return True
    return regex.match(r"[ ]?[-–][ ]?\p{Lu}", text[pos + len(name) : pos + len(name) + 4]) is not None


def _lower_typed(text: str, pos: int) -> bool:
    """Does a type word of no province come right before ``pos`` ("phường Bắc Giang", "xã
    Hải Phòng"): a ward or a commune named like a province, not the province?"""
    words = [w.strip("(\"'“") for w in text[max(0, pos - 12) : pos].split()]
    if not words or not text[pos - 1 : pos].isspace():
        return False
    last = words[-1].casefold()
    two = " ".join(words[-2:]).casefold()
    types = lexicon().admin_types
    top = {t.casefold() for t in _province_type_words()}
    return (last in types and last not in top) or (two in types and two not in top)


def _inside_name(text: str, pos: int, name: str) -> bool:
    """Is the place named at ``pos`` part of a longer proper name, a capitalized word
    right after it and no type word before it ("Công ty TNHH Lương thực Hậu Giang Xanh";
    not "Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải")?"""
    after = text[pos + len(name) : pos + len(name) + 2]
    if not (len(after) == 2 and after[0] == " " and after[1].isupper()):
        return False
    before = text[max(0, pos - 12) : pos].split()
    return not (before and before[-1].casefold().rstrip(".") in _type_word_set())


@lru_cache(maxsize=1)
def _type_word_set() -> frozenset[str]:
    return frozenset(t.casefold().rstrip(".") for t in lexicon().admin_types)


def _former_or_several(text: str, pos: int, name: str) -> bool:
    """Is the province named at ``pos`` a former one ("khu vực Đắk Nông cũ") or one of
    several a plural lists ("hai tỉnh Gia Lai và Bình Định", "ba tỉnh Lâm Đồng, Đắk Nông,
    Bình Thuận"): no completion of a later "toàn tỉnh"?"""
    after = text[pos + len(name) : pos + len(name) + 4].split()
    if after and after[0].casefold().rstrip(".,;") in lexicon().former_words:
        return True
    start = pos
    while (m := _LIST_ITEM_BEFORE.search(text, 0, start)) is not None:
        start = m.start()  # back over the list: "ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận"
    words = text[max(0, start - 30) : start].split()
    return len(words) >= 2 and words[-1].casefold() in _province_type_word_set() and _plural_marker(words[-2])


@lru_cache(maxsize=1)
def _province_type_word_set() -> frozenset[str]:
    return frozenset(t.casefold() for t in _province_type_words())


def _plural_marker(word: str) -> bool:
    """A plural marker or a number word before a type word ("các", "hai", "3")."""
    w = word.casefold()
    return w in lexicon().plural_markers or w.isdigit() or w in _number_word_set()


@lru_cache(maxsize=1)
def _number_word_set() -> frozenset[str]:
    from . import numbers

    return frozenset(n.casefold() for n in numbers.number_words())


def _visited(text: str, pos: int) -> bool:
    """Is the place named at ``pos`` (or the list it ends) the object of a place
    preposition inside a clause ("làm ăn xa ở TP.HCM, Bình Dương"; where people come from:
    "8 chuyến mỗi tuần từ Hà Nội"), not a clause's setting ("Tại Hà Giang, ...")?"""
    from .cues import cues

    start = pos
    while True:  # back over a list of places: "ở TP.HCM, Bình Dương"
        m = _LIST_ITEM_BEFORE.search(text, 0, start)
        if m is None:
            break
        start = m.start()
    words = text[max(0, start - 40) : start].split()
    last = words[-1].casefold() if words else ""
    if len(words) < 2 or (last not in cues().place_prepositions and last not in cues().origin_prepositions):
        return False  # ("ở TP.HCM", "từ Hà Nội")
    return words[-2][-1:].isalpha() and words[-2][:1].islower()  # (after a word of the clause, not after "." or ",")


#: a place name, then a comma or "và", right before a position: a list item before it
_LIST_ITEM_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*)(?:, | và )$")


@lru_cache(maxsize=1)
def _org_ids() -> frozenset[str]:
    """The canonical names of the known organizations (``organizations.jsonl`` ids)."""
    return frozenset(str(e["id"]) for e in patterns.load().entities if e["label"] == "ORG" and e.get("id"))


def peer_of_known(doc: Any, known: tuple[int, int], item: tuple[int, int]) -> str | None:
    """A list item written as a bare field after a known organization's ("Bộ Giao thông vận
    tải (58,6%), Quốc phòng (52,4%), Công an (49,9%)"): the known organization with the first
    item's head and that field ("Bộ Công an"), when there is one; None otherwise."""
    first = doc[known[0]]
    if first.ent_type_ != "ORG" or not first.ent_id_ or item[1] - item[0] != 1:
        return None
    name = f"{str(first.ent_id_).split(' ', 1)[0]} {doc[item[0]].text}"
    return name if name in _org_ids() else None


def canonical(doc: Any, span: tuple[int, int], name: str) -> str:
    """A bare field written for a known body ("Y tế" for "Bộ Y tế") gets the body's name.

    Only when the mention is exactly one gazetteer entity (label ``ORG``) whose id, the
    canonical name, ends with it.
    """
    first = doc[span[0]]
    if name != doc[span[0] : span[1]].text or first.ent_type_ != "ORG" or first.ent_iob_ != "B":
        return name
    end = span[0] + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    canon_name = str(first.ent_id_)
    if end == span[1] and canon_name.endswith(" " + name):
        return canon_name
    return name


def is_bare_head(doc: Any, span: tuple[int, int]) -> bool:
    """A lone head that needs a complement to name anything ("Bộ", "ĐH", "Công ty").

    Party and state bodies ("Thành ủy", "UBND") name the article's own body alone.
    """
    toks = doc[span[0] : span[1]]
    first = toks[0]
    one_entity = first.ent_iob_ == "B" and all(t.ent_iob_ == "I" for t in toks[1:])
    return one_entity and first.ent_type_ in ("ORG_OF", "ORG_HEAD") and first.ent_id_ not in ("party-state", "mass-organization")


def lower_type_word(name: str) -> str:
    """A type word capitalized only because it opened the sentence is lowered in the
    name ("Tỉnh Phú Thọ" -> "tỉnh Phú Thọ"); abbreviations ("TP", "UBND") are kept.

    >>> lower_type_word("Tỉnh Phú Thọ"), lower_type_word("TP. HCM"), lower_type_word("Đảng bộ quận A")
    ('tỉnh Phú Thọ', 'TP. HCM', 'Đảng bộ quận A')
    >>> lower_type_word("Tỉnh Ủy Nghệ An")
    'Tỉnh Ủy Nghệ An'
    """
    if " ".join(name.casefold().split()[:2]) in _head_texts():
        return name  # "Tỉnh Ủy Nghệ An", "Huyện Đoàn X": the type word is half the head
    for typ in sorted(lexicon().admin_types, key=len, reverse=True):
        if name.startswith(typ[:1].upper() + typ[1:] + " "):
            rest = name[len(typ) + 1 :]
            if rest[:1].isupper() or rest[:1].isdigit():
                return name[: len(typ)].lower() + name[len(typ) :]
    return name


def is_bare(doc: Any, span: tuple[int, int]) -> bool:
    """A name with no head, no type word and no acronym ("Toán", "Tiếng Anh")."""
    toks = doc[span[0] : span[1]]
    return not any(t.ent_type_ in HEADS or is_admin_type(t) for t in toks) and not any(w.isupper() and len(w) > 1 for w in toks.text.split())


def is_untyped(doc: Any, span: tuple[int, int]) -> bool:
    """A name with no head, no type word and no gazetteer entry ("Thăng", "Vinacomin"):
    the only kind on which underthesea's NER is asked for evidence."""
    from . import gazetteer

    if not is_bare(doc, span):
        return False  # a head, a type word or an acronym ("CĐSP", "UBND") is an organization's
    toks = doc[span[0] : span[1]]
    words = toks.text.split()
    if words and words[-1].casefold() in lexicon().org_tails:
        return False  # "Cao Nguyên Air", "Vietjet Air": a company
    if not 2 <= len(words) <= 4 or any(len(w) > 7 for w in words):
        return False  # people are named in 2-4 Vietnamese syllables; "Vietcombank" is not one
    g = gazetteer.load()
    folded = toks.text.casefold()
    if gazetteer.is_place(toks.text):
        return False  # a district ("Vũ Quang", "Hương Khê"): a place, however person-like
    if len(words) > 2 and words[0].casefold() not in lexicon().surnames and gazetteer.is_place(" ".join(words[1:])):
        return False  # "Viettel Bình Sơn": a brand's branch in a district
    return g is None or not any(p in folded for p in g.provinces if len(p) > 3)
