"""Sentences -> spaCy Docs with every figure and cue marked.

Takes one candidate sentence; returns a :class:`Matched` holding its ``Doc``
(underthesea words) whose ``ents`` carry

* regex figures from ``patterns/numbers.yaml``: ``NUMBER``, ``PERCENT`` (values in
  ``span._.value``) and qualifiers/scale words,
* EntityRuler labels from ``patterns/*.jsonl`` (organization heads, units, cues),

plus the spans found by the Matcher patterns of ``patterns/*.matcher.jsonl``
(``TOTAL``: qualifier? number scale? unit).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from . import numbers, patterns
from .patterns import REGEX_TIMEOUT, PatternSet

_DIGIT = regex.compile(r"\d")


@dataclass
class Matched:
    """One sentence after matching."""

    doc: Any  # spacy.tokens.Doc
    offset: int  # character offset of the sentence in the article text
    totals: list[Any]  # spacy Spans labelled TOTAL
    ents: list[Any]  # doc.ents, computed once


class Pipeline:
    """The spaCy side of one pattern set: word tokenizer, phrase and token matchers.

    Phrase patterns (strings) go to a ``PhraseMatcher`` on ``NORM``, once for every
    grouping of their syllables into words (see :func:`groupings`); token patterns
    (lists) to a ``Matcher``. Overlaps are resolved as spaCy's EntityRuler does:
    longest first, then earliest (``spacy.util.filter_spans``); regex figures win
    over phrases.
    """

    def __init__(self, pset: PatternSet) -> None:
        from .spacy_core import spacy  # (first: spaCy without its command line)

        # isort: split
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Span

        from .tokens import WordTokenizer

        if not Span.has_extension("value"):
            Span.set_extension("value", default=None)
        self.pset = pset
        self.nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        self.nlp.tokenizer = WordTokenizer(self.nlp.vocab)
        vocab = self.nlp.vocab
        rows = [dict(p) for p in pset.entities]
        heads = {r["pattern"] for r in rows if r["label"] in ("ORG_HEAD", "ORG_OF", "ORG") and isinstance(r["pattern"], str)}
        #: units matched capitalized as well ("132 Đảng viên"), by their NORM key
        self.capitalized_units: set[str] = set()
        #: heads of several words that are units too: a unit right after a number ("7 Phòng
        #: giao dịch"), a head elsewhere ("Phòng giao dịch NHCSXH huyện X")
        self.head_units: set[str] = set()
        self.head_unit_starts: set[str] = set()  # their first words, tested before the whole key
        for row in [r for r in rows if r["label"] == "UNIT" and isinstance(r["pattern"], str)]:
            upper = row["pattern"][:1].upper() + row["pattern"][1:]
            if upper != row["pattern"] and upper not in heads:  # "132 Đảng viên", not "Trường"
                rows.append({**row, "pattern": upper})
                self.capitalized_units.add(_phrase_key(upper))
            elif upper != row["pattern"] and " " in upper:
                rows.append({**row, "pattern": upper})
                self.head_units.add(_phrase_key(upper))
                self.head_unit_starts.add(upper.split(" ", 1)[0])
        for row in [r for r in rows if r["label"] in ("ORG_HEAD", "ORG_OF") and isinstance(r["pattern"], str)]:
            title = title_case(row["pattern"])  # "Tỉnh Ủy", "Huyện Đoàn", "Trung Tâm Y Tế": a head
            if title != row["pattern"] and title not in heads:  # written in title case is a head
                rows.append({**row, "pattern": title})
                heads.add(title)
        for word, cls in numbers.qualifier_words().items():
            rows.append({"label": "QUAL", "pattern": word, "id": cls})
            rows.append({"label": "QUAL", "pattern": word.capitalize(), "id": cls})
        for word in numbers.number_words():
            rows.append({"label": "NUMWORD", "pattern": word, "id": "word"})
            rows.append({"label": "NUMWORD", "pattern": word.capitalize(), "id": "word"})
        self.phrases = PhraseMatcher(vocab, attr="NORM")
        self.tokens = Matcher(vocab, validate=True)
        long_phrases: dict[str, str] = {}
        for row in rows:
            key = f"{row['label']}|{row.get('id') or ''}"
            if isinstance(row["pattern"], str) and _is_short(row["pattern"]):
                self.phrases.add(key, phrase_docs(vocab, row["pattern"]))
            elif isinstance(row["pattern"], str):
                long_phrases.setdefault(_phrase_key(row["pattern"]), key)
            else:
                try:
                    self.tokens.add(key, [row["pattern"]])
                except Exception as exc:  # noqa: BLE001 - spaCy raises several types
                    raise patterns_error(f"entity pattern {row.get('id')}: {exc}") from None
        self.long_phrases = long_phrases
        self.long_re = _phrase_regex(long_phrases) if long_phrases else None
        self.long_first = regex.compile(
            r"(?<!\w)(?:" + "|".join(regex.escape(f) for f in sorted(self.long_re or {}, key=len, reverse=True)) + r")(?!\w)"
        )
        self.matcher = Matcher(vocab, validate=True)
        for row in pset.matchers:
            try:
                self.matcher.add(row["label"], [row["pattern"]], greedy="LONGEST")
            except Exception as exc:  # noqa: BLE001 - spaCy raises several types
                raise patterns_error(f"matcher pattern {row.get('id')}: {exc}") from None
        self.matcher_needs = matcher_needs([row["pattern"] for row in pset.matchers])
        cue_table = pset.table("cues")
        self.open_tags = frozenset(str(t) for t in cue_table.get("open_unit_tags") or [])
        self.not_counted = patterns.word_set(cue_table, "not_counted")
        self.counted_with_a_word = patterns.word_set(cue_table, "counted_with_a_word")
        self.counted_before_any_word = patterns.word_set(cue_table, "counted_before_any_word")
        self.modifier_tags = frozenset(str(t) for t in cue_table.get("modifier_tags") or [])
        self.not_modifiers = patterns.word_set(cue_table, "not_modifiers")
        self.count_blockers = patterns.word_set(cue_table, "bare_number_blockers")
        self.place_openers = patterns.word_set(cue_table, "place_openers")  # "Tại 32 KCN": no name
        self.adverbs = patterns.word_set(cue_table, "clause_adverbs")  # "... số 2 hiện có": no unit
        #: acronyms that count ("12 CĐCS", "46 TƯLĐTT"), unless they are names' not_names ("MW")
        self.count_acronyms = bool(cue_table.get("count_acronyms"))
        self.acronym_tags = frozenset(str(t) for t in cue_table.get("acronym_tags") or [])
        self.not_acronym_units = patterns.not_name_words(pset.table("names"))
        self.figure_res = [
            (rx.label, rx)
            for rx in pset.regexes.values()
            if rx.label in ("NUMBER", "PERCENT", "PERCENT_RANGE")
        ]

    def __call__(self, sentence: str, offset: int = 0, *, words: bool = False) -> Matched:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        if words or "%" in sentence or _word_count_re().search(sentence, timeout=REGEX_TIMEOUT):
            # names are resolved here, or number words must be whole words: underthesea words
            doc = self.nlp.make_doc(sentence)
        else:  # counts only: syllables are enough (see tokens.syllable_doc)
            from .tokens import syllable_doc

            doc = syllable_doc(self.nlp.vocab, sentence)
        by_words = not doc.user_data.get("syllables")
        figures = []
        for label, rx in self.figure_res:
            for m in rx.finditer(sentence):
                span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="strict")
                if span is None:
                    span = _retokenize_number(doc, m.start(), m.end(), label)
                if span is None:
                    continue
                try:
                    span._.value = numbers.parse_number(m.group("num"))
                except ValueError:
                    continue
                figures.append(span)
        figures = filter_spans(figures)
        taken = {i for span in figures for i in range(span.start, span.end)}
        after_number = {  # (not "Phòng 11 VKSND tỉnh": a numbered name, the body it belongs to;
            # but "Tại 32 KCN": a capitalized word that opens the sentence is no name)
            span.end for span in figures if span.label_ == "NUMBER" and not (
                span.start and doc[span.start - 1].text[:1].isupper()
                and not (span.start == 1 and doc[0].norm_.casefold() in self.place_openers)
            )
        }
        strings = self.nlp.vocab.strings
        cues = []
        token_matches = self.tokens(doc) if len(self.tokens) else []
        found = [(strings[key], start, end) for key, start, end in [*self.phrases(doc), *token_matches]]
        found.extend(self._long_matches(doc))
        for key, start, end in found:
            if not taken.isdisjoint(range(start, end)):
                continue
            label, ent_id = _label_and_id(key)
            if label == "NUMWORD" and not by_words:
                continue  # a syllable may be half a word ("đầu tư"): number words need words
            if label == "UNIT" and self._starts_a_name(doc, start, end):
                continue  # "metro 2 Bến Thành - Tham Lương": a place, not 2 "bến"
            if label == "ORG_HEAD" and start in after_number and end - start == 1 and doc[start].text.isupper():
                continue  # "11 KCN đã đi vào hoạt động": counted, no name's head (see _acronym_unit)
            if label in ("UNIT", "ORG_HEAD") and doc[start].text.split(" ", 1)[0] in self.head_unit_starts and _phrase_key(doc[start:end].text) in self.head_units and (
                (label == "UNIT") != (start in after_number and (start < 2 or doc[start - 2].norm_.casefold() not in self.count_blockers))
            ):  # (not "Trại tạm giam số 2 Công an tỉnh X": a name's number)
                continue  # "7 Phòng giao dịch": counted; "Phòng giao dịch NHCSXH ...": a name's head
            cues.append(Span(doc, start, end, label=label, span_id=ent_id))
        cues = filter_spans(cues)
        if self.open_tags:
            cues.extend(self._open_units(doc, figures, cues))
        ents = sorted([*figures, *cues], key=lambda s: s.start)
        # sets ENT_TYPE/ENT_IOB on the tokens for the Matcher (``doc.ents = ents`` would
        # copy every Span first)
        doc.set_ents(ents, default="outside")
        doc.user_data["ents"] = ents  # reading doc.ents back would rebuild every Span
        totals = []
        if self.matcher_needs is None or _has_any(self.matcher_needs, {e.label_ for e in ents}):
            totals = [Span(doc, s, e, label="TOTAL") for _, s, e in self.matcher(doc)]
            totals.sort(key=lambda s: s.start)
        return Matched(doc=doc, offset=offset, totals=totals, ents=ents)

    def _open_units(self, doc: Any, figures: list[Any], cues: list[Any]) -> list[Any]:
        """Units no pattern lists: the noun right after a number ("12 máy bơm", "143 mộ"),
        as ``patterns/cues.yaml`` (``open_unit_tags``, ``not_counted``) defines it."""
        from spacy.tokens import Span

        taken = {i for span in [*figures, *cues] for i in range(span.start, span.end)}
        scales = {span.start: span.end for span in cues if span.label_ == "SCALE"}
        out = []
        for figure in figures:
            if figure.label_ != "NUMBER":
                continue
            at = scales.get(figure.end, figure.end)  # "1,2 nghìn cuốn sách"
            if at in taken:
                continue
            before = [doc[i].norm_.casefold() for i in range(max(0, figure.start - 2), figure.start)]
            if before and (before[-1] in self.count_blockers or " ".join(before) in self.count_blockers):
                continue  # "năm 2025", "giai đoạn 2"
            size = self._open_unit_at(doc, at, taken)
            if size:  # (a fraction or a rate's "/" after it: no count, see totals)
                out.append(Span(doc, at, at + size, label="UNIT", span_id="open"))
                taken.update(range(at, at + size))
        return out

    def _open_unit_at(self, doc: Any, at: int, taken: set[int]) -> int:
        """How many tokens from ``at`` make a counted noun (0: none)."""
        from . import postags

        size = self._word_at(doc, at, taken)
        if not size:
            return 1 if self._acronym_unit(doc, at, taken) else 0
        word = doc[at : at + size].text
        found = postags.tag(word)
        if found is None and " " in word and "?" in self.open_tags:
            found = "?"  # a word of underthesea's dictionary the POS model has no weight for ("nghệ nhân")
        if word in self.counted_with_a_word:  # "18 điểm thu gom", not "tăng 3 điểm"
            more = self._word_at(doc, at + size, taken)
            after = doc[at + size : at + size + more].text if more else ""
            if after.split(" ", 1)[0] in self.not_modifiers or after in self.not_counted:
                return 0
            if more and postags.tag(after) in self.modifier_tags:
                return size + more
            return size if more and word in self.counted_before_any_word else 0  # "44 mẫu không đạt", "2.316 mẫu để xét nghiệm"
        if found not in self.open_tags or word in self.not_counted or word.split(" ", 1)[0] in self.not_counted or word in self.adverbs:
            return 0  # "tháng năm": the first syllable too
        if found == "Nc":  # a classifier counts the noun after it: "cuốn sách", "căn nhà"
            more = self._word_at(doc, at + size, taken)
            if more and postags.tag(doc[at + size : at + size + more].text) in self.open_tags - {"Nc"}:
                size += more
        return size

    def _acronym_unit(self, doc: Any, at: int, taken: set[int]) -> bool:
        """An acronym of capitals after a number counts ("12 CĐCS", "46 TƯLĐTT"), unless it
        is a measure (POS "Nu": "USD") or a word of names' not_names ("MW", "HIV")."""
        from . import postags

        if not self.count_acronyms or at >= len(doc) or at in taken:
            return False
        text = doc[at].text
        if not (2 <= len(text) <= 8 and text.isalpha() and text.isupper()) or text.casefold() in self.not_acronym_units:
            return False
        found = postags.tag(text)
        return found is None or found in self.acronym_tags or found in self.open_tags

    @staticmethod
    def _word_at(doc: Any, at: int, taken: set[int]) -> int:
        """The tokens of the lower-case word at ``at``: the token itself on underthesea's
        words; on syllables, the longest run of up to three that underthesea's dictionary
        holds (one syllable always)."""
        from . import wordseg

        def plain(i: int) -> bool:
            text = doc[i].text if i < len(doc) else ""
            return i not in taken and text.replace(" ", "").isalpha() and text.islower()

        if not plain(at):
            return 0
        if not doc.user_data.get("syllables"):
            return 1
        words = wordseg.dictionary()
        for size in (3, 2):
            if all(plain(i) for i in range(at + 1, at + size)) and doc[at : at + size].text in words:
                return size
        return 1

    def _starts_a_name(self, doc: Any, start: int, end: int) -> bool:
        """A unit written capitalized and followed by a capitalized word begins a proper
        name ("Bến Thành")."""
        return (
            doc[start].text[:1].isupper()
            and end < len(doc)
            and doc[end].text[:1].isupper()
            and _phrase_key(doc[start:end].text) in self.capitalized_units
        )

    def _long_matches(self, doc: Any) -> list[tuple[str, int, int]]:
        """Long or punctuated phrases ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ NN&PTNT"),
        matched on characters since underthesea splits them unpredictably; a match
        must start and end on token boundaries."""
        if self.long_re is None:
            return []
        from .tokens import canon

        text = doc.user_data.get("folded") or canon(doc.text)  # same length as doc.text
        out = []
        for first in self.long_first.finditer(text, timeout=REGEX_TIMEOUT):  # where a phrase may start
            rx = self.long_re[first.group()]
            m = rx.match(text, first.start(), timeout=REGEX_TIMEOUT)
            if m is None:
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
            key = self.long_phrases.get(_phrase_key(m.group()))
            if span is not None and key is not None:
                out.append((key, span.start, span.end))
        return out


_SYLLABLE = regex.compile(r"\w+", regex.V1)


def matcher_needs(rows: list[list[dict[str, Any]]]) -> list[frozenset[str]] | None:
    """For each Matcher pattern, the entity labels it cannot match without (a token
    that must be there, with one ``ENT_TYPE``); None when some pattern needs none, so
    that the Matcher runs on every sentence.

    >>> [sorted(need) for need in matcher_needs([[{"ENT_TYPE": "QUAL", "OP": "*"}, {"ENT_TYPE": "NUMBER"}, {"ENT_TYPE": "UNIT", "OP": "+"}]])]
    [['NUMBER', 'UNIT']]
    >>> matcher_needs([[{"ENT_TYPE": "NUMBER"}], [{"LOWER": "x"}]]) is None
    True
    """
    out = []
    for pattern in rows:
        need = frozenset(
            tok["ENT_TYPE"]
            for tok in pattern
            if isinstance(tok.get("ENT_TYPE"), str) and tok.get("OP", "1") in ("1", "+")
        )
        if not need:
            return None
        out.append(need)
    return out


def _has_any(needs: list[frozenset[str]], labels: set[str]) -> bool:
    return any(need <= labels for need in needs)


@lru_cache(maxsize=4096)
def _label_and_id(key: str) -> tuple[str, str]:
    """The entity label and id of a match key ("UNIT|party-members")."""
    label, _, ent_id = key.partition("|")
    return label, ent_id


def title_case(phrase: str) -> str:
    """Every word of a phrase capitalized, the rest of each word as written.

    >>> title_case("Tỉnh ủy"), title_case("Ban Quản lý dự án"), title_case("UBND")
    ('Tỉnh Ủy', 'Ban Quản Lý Dự Án', 'UBND')
    """
    return " ".join(w[:1].upper() + w[1:] for w in phrase.split(" "))


def _is_short(phrase: str) -> bool:
    """Up to 4 syllables of letters only: matched by the PhraseMatcher."""
    parts = phrase.split()
    return len(parts) <= 4 and all(_SYLLABLE.fullmatch(p) for p in parts)


@lru_cache(maxsize=4096)
def _phrase_key(text: str) -> str:
    from .tokens import canon

    return " ".join(regex.findall(r"\w+|[^\w\s]", canon(text)))


def _first_syllable(text: str) -> str:
    m = _SYLLABLE.match(text)
    return m.group() if m else text[:1]


def _phrase_regex(phrases: dict[str, str]) -> dict[str, regex.Pattern[str]]:
    """One anchored regex per first syllable, over the phrases that start with it."""
    by_first: dict[str, list[str]] = {}
    for key in sorted(phrases, key=len, reverse=True):
        pieces = key.split(" ")
        by_first.setdefault(pieces[0], []).append(r"\s*".join(regex.escape(p) for p in pieces))
    return {
        first: regex.compile(r"(?:" + "|".join(alts) + r")(?!\w)", regex.V1)
        for first, alts in by_first.items()
    }


def phrase_docs(vocab: Any, phrase: str) -> list[Any]:
    """One pattern ``Doc`` per grouping of the phrase's syllables into words."""
    from spacy.tokens import Doc

    from .tokens import canon

    syllables = canon(phrase).split()
    if len(syllables) > 6:
        raise patterns_error(f"phrase pattern {phrase!r}: more than 6 syllables")
    docs = []
    for grouping in groupings(syllables):
        doc = Doc(vocab, words=grouping)
        for tok in doc:
            tok.norm_ = tok.text
        docs.append(doc)
    return docs


def groupings(syllables: list[str]) -> list[list[str]]:
    """Every way to group syllables into consecutive words.

    >>> groupings(["so", "với", "kế", "hoạch"])[:3]
    [['so với kế hoạch'], ['so với kế', 'hoạch'], ['so với', 'kế hoạch']]
    """
    if len(syllables) <= 1:
        return [syllables[:]]
    out: list[list[str]] = []
    for cut in range(len(syllables), 0, -1):
        head = " ".join(syllables[:cut])
        if cut == len(syllables):
            out.append([head])
        else:
            out.extend([head, *rest] for rest in groupings(syllables[cut:]))
    return out


def _retokenize_number(doc: Any, start: int, end: int, label: str) -> Any:
    """Expand to whole tokens when they hold nothing but the figure and punctuation."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return None
    text = doc.user_data.get("folded") or doc.text  # same length and letters as doc.text
    extra = text[span.start_char : start] + text[end : span.end_char]
    if any(c.isalnum() for c in extra):
        return None  # a number inside a word or name ("Quận 10", "GD-2")
    return doc.char_span(start, end, label=label, alignment_mode="contract")


def patterns_error(message: str) -> Exception:
    from .errors import PatternError

    return PatternError(message)


@lru_cache(maxsize=4)
def pipeline(extra: tuple[str, ...] = ()) -> Pipeline:
    """The pipeline for the built-in patterns plus user pattern folders (cached per process)."""
    return Pipeline(patterns.load(extra))


@lru_cache(maxsize=1)
def _word_count_re() -> regex.Pattern[str]:
    """A number word right before a counted unit ("bảy đảng viên", "hai tổ chức đảng").

    The whole unit phrase must follow, and the number words that are mostly something
    else ("năm" year, "tư" in "đầu tư", "không" not) never open a count here."""
    pset = patterns.load()
    units = {str(e["pattern"]).casefold() for e in pset.entities if e["label"] == "UNIT" and isinstance(e["pattern"], str)}
    ambiguous = set(numbers.ambiguous_words())
    words = sorted((w for w in numbers.number_words() if w not in ambiguous), key=len, reverse=True)
    alt_w = "|".join(regex.escape(w) for w in words)
    alt_u = "|".join(regex.escape(u) for u in sorted(units, key=len, reverse=True))
    return regex.compile(rf"(?i)\b(?:{alt_w})\s+(?:{alt_u})\b")


def is_candidate(sentence: str) -> bool:
    """Only sentences with figures go through word segmentation and matching: a digit,
    or a number word right before a counted unit."""
    return (
        _DIGIT.search(sentence) is not None
        or _word_count_re().search(sentence, timeout=REGEX_TIMEOUT) is not None
    )
