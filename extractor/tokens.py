"""underthesea words -> spaCy ``Doc`` aligned to character offsets.

The tokenization unit of vnextract is the underthesea *word*: one or more
syllables joined by single spaces ("Đảng bộ", "Tổng Công ty"). :class:`WordTokenizer`
runs ``underthesea.word_tokenize`` (without its token normalization, which would
change the text) and aligns every word to the text, so ``doc.text`` is the
input exactly and every ``token.idx`` is a true character offset.

Each token's ``NORM`` is its text with the old tone placement rewritten
(``uỷ`` -> ``ủy``), case kept: patterns match on ``NORM`` so "Thành uỷ" and
"Thành ủy" are one phrase while offsets still point into the original text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import regex

from . import spacy_core  # noqa: F401 - spaCy without its command line, before any spacy import

# isort: split
from spacy.attrs import NORM
from spacy.tokens import Doc
from spacy.vocab import Vocab

from . import patterns

_SIMPLE = regex.compile(r"\w+|[^\w\s]", regex.V1)
#: Syllables, with numbers kept whole ("64.998", "1,2", "195/160"): the tokens of
#: sentences that need no word segmentation (see :func:`syllable_doc`).
_SYLLABLES = regex.compile(r"\d+(?:[.,/]\d+)*|(?:\p{Lu}{1,4}\.)+\p{Lu}{2,}(?!\w)|\w+|[^\w\s]", regex.V1)  # ("TP.HCM": one word, as underthesea reads it)


@lru_cache(maxsize=1)
def _tone_rewrite() -> tuple[regex.Pattern[str], dict[str, str]]:
    table: dict[str, str] = patterns.load().table("orthography").get("tone_placement", {})
    alts = "|".join(regex.escape(k) for k in sorted(table, key=len, reverse=True))
    upper = {k.capitalize(): v.capitalize() for k, v in table.items()}
    full = {**table, **upper}
    alts = "|".join(regex.escape(k) for k in sorted(full, key=len, reverse=True))
    return regex.compile(rf"(?<![qQ])(?:{alts})(?!\w)"), full


def canon(word: str) -> str:
    """A word with old tone placement rewritten to the new one (case kept).

    >>> canon("Thành uỷ"), canon("hoà"), canon("quý")
    ('Thành ủy', 'hòa', 'quý')
    """
    pattern, table = _tone_rewrite()
    return str(pattern.sub(lambda m: table[m.group()], word))


_HAS_DIGIT = regex.compile(r"\d")


def split_numbers(words: list[str]) -> list[str]:
    """Numbers are words of their own, and a proper name never continues a lower-case
    word: underthesea sometimes joins them ("1.648 đảng viên", "kiến thiết Sóc Trăng").

    >>> split_numbers(["kỷ luật", "1.648 đảng viên", "Quận 10", "kiến thiết Sóc Trăng", "Tổng Công ty"])
    ['kỷ luật', '1.648', 'đảng viên', 'Quận', '10', 'kiến thiết', 'Sóc Trăng', 'Tổng Công ty']
    """
    out: list[str] = []
    for word in words:
        syllables = word.split(" ")
        if len(syllables) == 1:
            out.append(word)
            continue
        group: list[str] = []
        for syl in syllables:
            if _HAS_DIGIT.search(syl):
                if group:
                    out.append(" ".join(group))
                    group = []
                out.append(syl)
                continue
            if group and syl[:1].isupper() and group[-1][:1].islower():
                out.append(" ".join(group))
                group = []
            group.append(syl)
        if group:
            out.append(" ".join(group))
    return out


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    t = patterns.load().table("cues")
    words = [*t.get("figure_verbs", []), *t.get("reporting_verbs", []), *t.get("existential", []),
             *t.get("verbs_after_names", [])]
    return frozenset(str(w) for w in words if str(w)[:1].islower())


def split_verbs(words: list[str]) -> list[str]:
    """A verb never ends a name: underthesea sometimes joins them ("Nguyễn Trãi đạt").

    >>> split_verbs(["Nguyễn Trãi đạt", "Tổng Công ty", "Hà Nội cho biết", "Ban quản lý"])
    ['Nguyễn Trãi', 'đạt', 'Tổng Công ty', 'Hà Nội', 'cho biết', 'Ban quản lý']
    """
    verbs = _verbs()
    known = _dictionary()
    out: list[str] = []
    for word in words:
        syllables = word.split(" ")
        for n in (2, 1):
            tail = " ".join(syllables[-n:])
            head = syllables[:-n]
            if len(syllables) > n and tail in verbs and " ".join(head) not in _head_words() and (
                all(h[:1].isupper() for h in head)
                # "cổ truyền đạt": a word of the dictionary, then the verb
                or (" ".join(head).casefold() in known and word.casefold() not in known)
            ):
                out.extend([" ".join(head), tail])
                break
        else:
            out.append(word)
    return out


def split_markers(words: list[str]) -> list[str]:
    """A number marker ("số") that underthesea joined to the syllable before it, when
    the two are no word and a number follows ("Cụm thủy" + "nông số" + "3").

    >>> split_markers(["Cụm", "thủy", "nông số", "3", "chỉ số", "2"])
    ['Cụm', 'thủy', 'nông', 'số', '3', 'chỉ số', '2']
    """
    markers = _number_markers()
    out: list[str] = []
    for i, word in enumerate(words):
        if i + 1 < len(words) and words[i + 1][:1].isdigit() and " " in word:  # (before a number only)
            head, _, last = word.rpartition(" ")
            if last in markers and word.casefold() not in _dictionary():
                out.extend([head, last])
                continue
        out.append(word)
    return out


@lru_cache(maxsize=1)
def _number_markers() -> frozenset[str]:
    """One-syllable number markers of names.yaml ("số")."""
    table = patterns.load().table("names")
    return frozenset(str(w) for w in table.get("number_markers", []) if " " not in str(w))


def _dictionary() -> frozenset[str]:
    from .wordseg import dictionary

    return dictionary()


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """Titles before a person's name (names.yaml ``honorifics``), case-folded: "anh", "bà"."""
    return frozenset(str(w).casefold() for w in patterns.load().table("names").get("honorifics", []))


@lru_cache(maxsize=1)
def _type_words() -> frozenset[str]:
    """One-syllable type words of names.yaml (``admin_types``): "huyện", "tỉnh", "xã"."""
    table = patterns.load().table("names")
    return frozenset(str(w).casefold() for w in table.get("admin_types", []) if " " not in str(w))


@lru_cache(maxsize=1)
def _head_words() -> frozenset[str]:
    """One-syllable organization heads of the entity patterns, as written ("Ga", "Sở")."""
    return frozenset(
        str(e["pattern"]) for e in patterns.load().entities
        if e["label"] == "ORG_HEAD" and isinstance(e["pattern"], str) and " " not in str(e["pattern"])
    )


@lru_cache(maxsize=1)
def _head_pairs() -> frozenset[str]:
    """Organization heads of two syllables, case-folded ("huyện đoàn", "tỉnh ủy")."""
    return frozenset(
        str(e["pattern"]).casefold() for e in patterns.load().entities
        if e["label"] in ("ORG_HEAD", "ORG_OF") and isinstance(e["pattern"], str) and str(e["pattern"]).count(" ") == 1
    )


def _is_place(word: str) -> bool:
    """A Vietnamese administrative unit's name, or a name names.yaml says is none (``not_names``:
    countries, "Đài Loan")."""
    from . import gazetteer

    return gazetteer.is_place(word) or word.casefold() in _not_names()


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    return patterns.not_name_words(patterns.load().table("names"))


def _proper_word(word: str) -> bool:
    """Every syllable of ``word`` capitalized letters ("Bạch Long")."""
    return all(s[:1].isupper() and s.isalpha() for s in word.split(" "))


def split_tails(words: list[str]) -> list[str]:
    """A name of two or more capitalized syllables never continues into a lower-case one:
    underthesea sometimes joins the verb after it ("Kinh Bắc tuyển", "Đồng Nai ước").
    One capital and lower case is a word of its own ("Sư phạm", "Nội vụ").

    A conjunction joined to a name is split off it too ("Trà và"), and so is an adverb
    when the two are no word ("Đầm hiện", not "Phát hiện").

    >>> split_tails(["Kinh Bắc tuyển", "Sư phạm", "Hà Nội", "Bãi Cháy Xanh nợ", "TMCP Hưng Phát", "Huyện Bá Thước", "Trà và"])
    ['Kinh Bắc', 'tuyển', 'Sư phạm', 'Hà Nội', 'Bãi Cháy Xanh', 'nợ', 'TMCP', 'Hưng Phát', 'Huyện', 'Bá Thước', 'Trà', 'và']
    >>> split_tails(["Đầm hiện", "Phát hiện"])
    ['Đầm', 'hiện', 'Phát hiện']
    >>> split_tails(["Huyện", "Đoàn Yên Thành", "Đakrông dù"])
    ['Huyện', 'Đoàn', 'Yên Thành', 'Đakrông', 'dù']
    >>> split_tails(["Bạch Long", "Vĩ kích hoạt", "Sông", "Bồ trồng"])
    ['Bạch Long Vĩ', 'kích hoạt', 'Sông Bồ', 'trồng']
    """
    out: list[str] = []
    types = _type_words()
    pairs = _head_pairs()
    for word in words:
        syllables = word.split(" ")
        if len(syllables) > 1 and out and syllables[0][:1].isupper() and f"{out[-1]} {syllables[0]}".casefold() in pairs:
            out.append(syllables[0])  # the second half of a head ("Huyện" + "Đoàn Yên Thành")
            syllables = syllables[1:]
        if len(syllables) > 1 and len(syllables[0]) > 1 and syllables[0].isalpha() and syllables[0].isupper():
            out.append(syllables[0])  # an acronym is a word of its own ("TMCP Hưng Phát")
            syllables = syllables[1:]
        elif len(syllables) > 1 and syllables[0].casefold() in types and syllables[1][:1].isupper():
            out.append(syllables[0])  # so is a type word ("Huyện Bá Thước")
            syllables = syllables[1:]
        elif len(syllables) > 1 and syllables[0] in _head_words() and all(s[:1].isupper() for s in syllables[1:]) and not _is_place(word):
            out.append(syllables[0])  # and a one-syllable head ("Ga Đông Hà"), unless the whole is a place ("Vụ Bản", "Đài Loan")
            syllables = syllables[1:]
        j = 0
        while j < len(syllables) and syllables[j][:1].isupper():
            j += 1
        if j == len(syllables) - 1 >= 1 and syllables[-1] in _conjunctions():
            out.extend([" ".join(syllables[:j]), syllables[-1]])  # "May Sông" "Trà và" "Công ty": a name, then "và"
        elif j == len(syllables) - 1 >= 1 and syllables[-1] in _adverbs() and word.casefold() not in _dictionary():
            out.extend([" ".join(syllables[:j]), syllables[-1]])  # "chợ Đầm hiện quản lý": a name, then "hiện" (not "Phát hiện")
        elif j == len(syllables) - 1 >= 1 and word.casefold() not in _dictionary() and _is_conjunction(syllables[-1]):
            out.extend([" ".join(syllables[:j]), syllables[-1]])  # "Đakrông dù khó khăn": a name, then "dù"
        elif 2 <= j < len(syllables):
            out.extend([" ".join(syllables[:j]), " ".join(syllables[j:])])
        elif j == 1 < len(syllables) and out and _proper_word(out[-1]) and word.casefold() not in _dictionary() and (
            " ".join(syllables[1:]).casefold() in _dictionary()
        ) and (" " in out[-1] or (
            not out[-1].isupper() and out[-1] not in _head_words() and out[-1].casefold() not in types and out[-1].casefold() not in _honorifics() and _is_verb(" ".join(syllables[1:]))
        )):  # (not "Anh" + "Thăng đạt": a person's title, then the name)
            # "Bạch Long" + "Vĩ kích hoạt", "Sông" + "Bồ trồng": the name's last syllable, then a word of its own
            out[-1] = f"{out[-1]} {syllables[0]}"
            out.append(" ".join(syllables[1:]))
        else:
            out.append(" ".join(syllables))
    return out


def _is_verb(word: str) -> bool:
    """Is a lower-case word a verb on its own (underthesea's POS model: "trồng")?"""
    from . import postags

    return word.islower() and postags.tag(word) == "V"


def _is_conjunction(syllable: str) -> bool:
    """Is a lower-case syllable a conjunction on its own (underthesea's POS model: "dù")?"""
    from . import postags

    return syllable.islower() and postags.tag(syllable) in ("C", "Cc")


@lru_cache(maxsize=1)
def _adverbs() -> frozenset[str]:
    table = patterns.load().table("cues")
    return frozenset(str(w) for key in ("clause_adverbs", "verb_markers") for w in table.get(key, []) if " " not in str(w))


@lru_cache(maxsize=1)
def _conjunctions() -> frozenset[str]:
    return frozenset(str(w) for w in patterns.load().table("cues").get("conjunctions", []))


def regroup_fields(words: list[str]) -> list[str]:
    """A capitalized syllable joined to a lower-case one that is no word, when that one
    and the next word are one ("Kính quang" + "học" -> "Kính" + "quang học"): a name's
    field written in sentence case, which underthesea cut in the wrong place.

    >>> regroup_fields(["Công ty", "TNHH", "Kính quang", "học", "Hải Minh", "Sư phạm", "học"])
    ['Công ty', 'TNHH', 'Kính', 'quang học', 'Hải Minh', 'Sư phạm', 'học']
    >>> regroup_fields(["Quỹ Bảo", "vệ", "và", "Phát triển"])
    ['Quỹ', 'Bảo vệ', 'và', 'Phát triển']
    """
    known = _dictionary()
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        syllables = word.split(" ") if word[:1].isupper() else ()
        if (
            len(syllables) == 2 and (syllables[1].islower() or syllables[0] in _head_words()) and i + 1 < len(words)
            and (nxt := words[i + 1]).islower() and " " not in nxt and word.casefold() not in known
            and f"{syllables[1]} {nxt}".casefold() in known
        ):  # ("Quỹ Bảo" + "vệ" -> "Quỹ" + "Bảo vệ": a one-syllable head, then its field)
            out.extend([syllables[0], f"{syllables[1]} {nxt}"])
            i += 2
            continue
        out.append(word)
        i += 1
    return out


@lru_cache(maxsize=1)
def _posts() -> frozenset[str]:
    """People's posts named after a head ("Cục trưởng", "Chi cục trưởng"), case-folded, from
    names.yaml (``posts``)."""
    table = patterns.load().table("names")
    return frozenset(str(w).casefold() for w in table.get("posts", []))


def join_posts(words: list[str]) -> list[str]:
    """A post written as a head and "trưởng" is one word, no head ("Cục" + "trưởng" ->
    "Cục trưởng"): the body whose head it is comes after it.

    >>> join_posts(["Phó", "Cục", "trưởng", "Cục", "Hải quan", "Chi cục", "trưởng"])
    ['Phó', 'Cục trưởng', 'Cục', 'Hải quan', 'Chi cục trưởng']
    """
    posts = _posts()
    out: list[str] = []
    for word in words:
        if out and f"{out[-1]} {word}".casefold() in posts:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def segment_words(text: str) -> list[str]:
    """underthesea word segmentation, without its token normalization; numbers, verbs
    and lower-case tails split off names."""
    from .wordseg import word_tokenize  # heavy: imports underthesea on first use

    return join_posts(split_verbs(regroup_fields(split_tails(split_markers(split_numbers(word_tokenize(text)))))))


def align(text: str, words: list[str]) -> list[tuple[int, int]] | None:
    """Character span of each word in ``text``; None when the words are not the text."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    n = len(text)
    for word in words:
        while cursor < n and text[cursor].isspace():
            cursor += 1
        if word and word == word.strip() and text.startswith(word, cursor):  # as written
            spans.append((cursor, cursor + len(word)))
            cursor += len(word)
            continue
        start = -1
        for syllable in word.split():
            while cursor < n and text[cursor].isspace():
                cursor += 1
            if not text.startswith(syllable, cursor):
                return None
            if start < 0:
                start = cursor
            cursor += len(syllable)
        if start >= 0:
            spans.append((start, cursor))
    if text[cursor:].strip():
        return None
    return spans


def _own_text(text: str) -> str:
    return text


def _lex_getters(vocab: Vocab) -> dict[int, Any]:
    """The functions that set a new lexeme's attributes (untyped in spaCy's stubs)."""
    getters: dict[int, Any] = vocab.lex_attr_getters  # type: ignore[attr-defined]
    return getters


def keep_case_norms(vocab: Vocab) -> None:
    """Every lexeme of ``vocab`` takes its own text as ``NORM`` (spaCy's default lowers it):
    a token's ``NORM`` is then its text unless :func:`spans_to_doc` sets it."""
    _lex_getters(vocab)[NORM] = _own_text
    for lex in vocab:
        lex.norm_ = lex.orth_


def spans_to_doc(vocab: Vocab, text: str, spans: list[tuple[int, int]]) -> Doc:
    """A ``Doc`` of the spans of ``text``, each token's ``NORM`` its text with old tone
    placement rewritten (see :func:`canon`)."""
    words = [text[s:e] for s, e in spans]
    spaces = [
        (spans[i + 1][0] if i + 1 < len(spans) else len(text)) > e for i, (_, e) in enumerate(spans)
    ]
    doc = Doc(vocab, words=words, spaces=spaces)
    folded = canon(text)  # one rewrite per sentence; the same length as the text
    if _lex_getters(vocab).get(NORM) is not _own_text:
        for token, (s, e) in zip(doc, spans, strict=True):
            token.norm_ = folded[s:e]
    elif folded != text:  # only the rewritten tokens differ from their lexeme's NORM
        for i, (s, e) in enumerate(spans):
            if folded[s:e] != text[s:e]:
                doc[i].norm_ = folded[s:e]
    doc.user_data["folded"] = folded  # for matchers on characters (see match._long_matches)
    return doc


def rebuilds(text: str, spans: list[tuple[int, int]]) -> bool:
    """Do the spans, with one space wherever two are apart, give back ``text`` exactly
    (what the ``Doc.text`` of :func:`spans_to_doc` is, without building it)?

    >>> rebuilds("a b", [(0, 1), (2, 3)]), rebuilds(" a", [(1, 2)]), rebuilds("a  b", [(0, 1), (3, 4)])
    (True, False, False)
    """
    if not spans:
        return text == ""
    if spans[0][0] != 0 or spans[-1][1] != len(text):
        return False
    return all(s == e or (s == e + 1 and text[e] == " ") for (_, e), (s, _) in zip(spans, spans[1:], strict=False))


#: A dot inside a word, a lower-case letter after it: "Co.op", "Co.opXtra", "vnexpress.net".
_DOTTED = regex.compile(r"(?<=\p{L})\.(?=\p{Ll})", regex.V1)


def join_dotted(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans with a word written with a dot inside it ("Saigon Co" + "." + "op") joined
    into one: a brand's or a site's name, not a sentence's end.

    >>> t = "Saigon Co.op tăng"
    >>> [t[s:e] for s, e in join_dotted(t, [(0, 9), (9, 10), (10, 12), (13, 17)])]
    ['Saigon Co.op', 'tăng']
    >>> t = "TP.HCM đạt"
    >>> [t[s:e] for s, e in join_dotted(t, [(0, 2), (2, 3), (3, 6), (7, 10)])]
    ['TP', '.', 'HCM', 'đạt']
    """
    dots = {m.start() for m in _DOTTED.finditer(text)}
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and out[-1][1] == s and ((s in dots and e == s + 1) or s - 1 in dots):
            out[-1] = (out[-1][0], e)  # the dot, then the word right after it
        else:
            out.append((s, e))
    return out


def syllable_doc(vocab: Vocab, text: str) -> Doc:
    """A ``Doc`` of syllables, for sentences whose figures are only counts: units, cues and
    qualifiers are phrase patterns that match however syllables are grouped into words,
    so only names (percent sentences) need underthesea's word segmentation."""
    doc = spans_to_doc(vocab, text, [m.span() for m in _SYLLABLES.finditer(text)])
    doc.user_data["syllables"] = True
    return doc


class WordTokenizer:
    """A spaCy tokenizer over underthesea words (``nlp.tokenizer = WordTokenizer(vocab)``).

    Text must be a single sentence or phrase with single spaces (the normalized text).
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        keep_case_norms(vocab)

    def __call__(self, text: str) -> Doc:
        spans = align(text, segment_words(text)) if text.strip() else []
        if spans is None:  # underthesea changed something: fall back to simple tokens
            spans = [m.span() for m in _SIMPLE.finditer(text)]
        if not rebuilds(text, spans):  # leading/trailing spaces: keep the text exact
            spans = [m.span() for m in _SIMPLE.finditer(text)]
        if _DOTTED.search(text):
            spans = join_dotted(text, spans)
        return spans_to_doc(self.vocab, text, spans)

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)

    # spaCy calls these when the pipeline is serialized; the tokenizer has no state.
    def to_bytes(self, **_: Any) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_: Any) -> WordTokenizer:
        return self
