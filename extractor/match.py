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

#: A sentence is a candidate when it holds a digit (or, see ``count_words``, a number word
#: right before a counted unit).
_DIGIT = regex.compile(r"\d")


@dataclass
class Matched:
    """One sentence after matching."""

    doc: Any  # spacy.tokens.Doc
    offset: int  # character offset of the sentence in the article text
    totals: list[Any]  # spacy Spans labelled TOTAL


class Pipeline:
    """The spaCy pipeline of one pattern set: tokenizer, EntityRuler, Matcher."""

    def __init__(self, pset: PatternSet) -> None:
        import spacy
        from spacy.matcher import Matcher
        from spacy.tokens import Span

        from .tokens import WordTokenizer

        if not Span.has_extension("value"):
            Span.set_extension("value", default=None)
        self.pset = pset
        self.nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
        self.nlp.tokenizer = WordTokenizer(self.nlp.vocab)
        ruler = self.nlp.add_pipe(
            "entity_ruler",
            config={"validate": True, "overwrite_ents": False},
        )
        rows = [dict(p) for p in pset.entities]
        for word, cls in numbers.qualifier_words().items():
            rows.append({"label": "QUAL", "pattern": word, "id": cls})
            rows.append({"label": "QUAL", "pattern": word.capitalize(), "id": cls})
        entity_patterns = [p for row in rows for p in phrase_to_token_patterns(row)]
        try:
            ruler.add_patterns(entity_patterns)  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001 - spaCy's validation error names the pattern
            raise patterns_error(f"entity pattern rejected by spaCy: {exc}") from None
        self.matcher = Matcher(self.nlp.vocab, validate=True)
        for row in pset.matchers:
            try:
                self.matcher.add(row["label"], [row["pattern"]], greedy="LONGEST")
            except Exception as exc:  # noqa: BLE001 - spaCy raises several types
                raise patterns_error(f"matcher pattern {row.get('id')}: {exc}") from None
        self.figure_res = [
            (pset.regexes[pid].label, pset.regex(pid)) for pid in ("percent", "number")
        ]

    def __call__(self, sentence: str, offset: int = 0) -> Matched:
        from spacy.util import filter_spans

        doc = self.nlp.make_doc(sentence)
        spans = []
        for label, rx in self.figure_res:
            for m in rx.finditer(sentence, timeout=REGEX_TIMEOUT):
                span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="strict")
                if span is None:
                    span = _retokenize_number(doc, m.start(), m.end(), label)
                if span is None:
                    continue
                try:
                    span._.value = numbers.parse_number(m.group("num"))
                except ValueError:
                    continue
                spans.append(span)
        doc.ents = filter_spans(spans)
        doc = self.nlp.get_pipe("entity_ruler")(doc)
        totals = [doc[s:e] for _, s, e in self.matcher(doc)]
        for t in totals:
            t.label_ = "TOTAL"
        totals.sort(key=lambda s: s.start)
        return Matched(doc=doc, offset=offset, totals=totals)


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


def phrase_to_token_patterns(row: dict[str, Any]) -> list[dict[str, Any]]:
    """A phrase pattern as token patterns on ``NORM`` that match it however
    underthesea groups its syllables into words in context ("Thành ủy" is one word
    in "Thành ủy Hà Nội" but two on its own)."""
    pattern = row["pattern"]
    if not isinstance(pattern, str):
        return [row]
    from .tokens import canon

    syllables = canon(pattern).split()
    if len(syllables) > 6:
        raise patterns_error(f"phrase pattern {pattern!r}: more than 6 syllables")
    return [
        {**row, "pattern": [{"NORM": word} for word in grouping]}
        for grouping in groupings(syllables)
    ]


def _retokenize_number(doc: Any, start: int, end: int, label: str) -> Any:
    """Expand to whole tokens when they hold nothing but the figure and punctuation."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return None
    extra = doc.text[span.start_char : start] + doc.text[end : span.end_char]
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


def is_candidate(sentence: str) -> bool:
    """Only sentences with figures go through word segmentation and matching."""
    return _DIGIT.search(sentence) is not None
