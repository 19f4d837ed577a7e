"""underthesea's NER as extra evidence about names that carry no type word.

Takes a sentence and a name found in it; says whether underthesea's CRF NER tags the
name as a person. Used only for candidate subjects with no head, no administrative type
and no gazetteer entry ("Thăng đạt 90%"), only on sentences that carry figures, and
never as the only path to a name: the NER model is slow (it is loaded on first use).

``underthesea.ner`` runs three CRFs (part of speech, chunks, entities) whose features its
``word2features`` builds in Python, re-reading every template and every column of the
sentence for every word. :func:`_tags` runs the same three models on the same features,
built once per sentence (:func:`sentence_features`), so the tags are underthesea's own.
The models and the words come from underthesea's files without importing the package
(0.2 s instead of 0.6 s), as :mod:`extractor.underthesea_parts` loads them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import regex

#: underthesea's template syntax ("T[-2,-1][1].lower"), as its ``template2features`` reads it.
_SYNTAX = regex.compile(
    r"T\[(?P<index1>\-?\d+)(\,(?P<index2>\-?\d+))?\](\[(?P<column>.*)\])?(\.(?P<function>.*))?"
)


@lru_cache(maxsize=8)
def _parse(template: tuple[str, ...]) -> tuple[tuple[str, int, int | None, int, str | None], ...]:
    """(prefix, first offset, last offset or None, column, function) of every template entry."""
    out = []
    for syntax in template:
        m = _SYNTAX.match(syntax)
        if m is None:
            raise ValueError(f"template {syntax!r}")
        index2 = m.group("index2")
        column = m.group("column")
        out.append((f"{syntax}=", int(m.group("index1")), int(index2) if index2 else None, int(column) if column else 0, m.group("function")))
    return tuple(out)


def sentence_features(
    sent: Sequence[Sequence[str]], template: Sequence[str], apply: Callable[[str, str], Any]
) -> list[list[str]]:
    """``[word2features(sent, i, template) for i in range(len(sent))]`` of underthesea's
    ``tagged_feature`` modules (``apply`` is their ``apply_function``), each template
    read once and each column of the sentence built once."""
    n = len(sent)
    columns = [[row[j] for row in sent] for j in range(len(sent[0]))] if n else []
    parsed = _parse(tuple(template))
    out = []
    for i in range(n):
        feats = []
        for prefix, index1, index2, column, func in parsed:
            if i + index1 < 0:
                feats.append(prefix + "BOS")
                continue
            if i + index1 >= n or (index2 is not None and i + index2 >= n):
                feats.append(prefix + "EOS")
                continue
            word = " ".join(columns[column][i + index1 : i + index2 + 1]) if index2 is not None else sent[i + index1][column]
            feats.append(f"{prefix}{apply(func, word) if func is not None else word}")
        out.append(feats)
    return out


Model = tuple[Any, Sequence[str], Callable[[str, str], Any]]  # tagger, template, apply_function


@lru_cache(maxsize=1)
def _models() -> tuple[Model, ...]:
    """underthesea's part-of-speech, chunking and NER models, loaded from their files
    (:func:`extractor.underthesea_parts.ner_models`) or, on another layout, through the
    package."""
    from . import underthesea_parts

    models = underthesea_parts.ner_models()
    if models is not None:
        return models
    from underthesea.pipeline.chunking import model_crf as chunk_model
    from underthesea.pipeline.chunking import tagged_feature as chunk_features
    from underthesea.pipeline.ner import model_crf as ner_model
    from underthesea.pipeline.ner import tagged_feature as ner_features
    from underthesea.pipeline.pos_tag import model_crf as pos_model
    from underthesea.pipeline.pos_tag import tagged_feature as pos_features

    predictors = [
        (pos_model.CRFPOSTagPredictor.Instance(), pos_features),
        (chunk_model.CRFChunkingPredictor.Instance(), chunk_features),
        (ner_model.CRFNERPredictor.Instance(), ner_features),
    ]
    return tuple((p.model, p.transformer.template, m.apply_function) for p, m in predictors)


def _words(sentence: str) -> list[str]:
    """``underthesea.word_tokenize(sentence)`` (with its token normalization), as its
    ``pos_tag`` segments a sentence."""
    from . import underthesea_parts, wordseg

    words = wordseg.join_syllables(underthesea_parts.normalized_tokens()(sentence))
    if words is None:
        from underthesea import word_tokenize

        words = word_tokenize(sentence)
    return words


def _tag(model: Model, sent: Sequence[Sequence[str]]) -> list[str]:
    """One of underthesea's CRF taggers on a sentence of rows ("X" in the column it fills)."""
    tagger, template, apply = model
    tags: list[str] = tagger.tag(sentence_features(sent, template, apply))
    return tags


@lru_cache(maxsize=512)
def _tags(sentence: str) -> tuple[tuple[str, str], ...]:
    """(word, entity tag) of every word: ``underthesea.ner(sentence)``, faster."""
    words = _words(sentence)
    if not words:
        return ()
    pos_model, chunk_model, ner_model = _models()
    pos = _tag(pos_model, [(w, "X") for w in words])
    chunks = _tag(chunk_model, [(w, p, "X") for w, p in zip(words, pos, strict=True)])
    rows = [(w, p, c, "X") for w, p, c in zip(words, pos, chunks, strict=True)]
    entities = _tag(ner_model, rows)
    return tuple(zip(words, entities, strict=True))


def load() -> None:
    """Load underthesea's three models now (about 0.2 s) rather than at the first name
    that needs them: what a batch worker does before its first input."""
    _tags("Ông Nguyễn Văn An.")


def is_person(sentence: str, name: str) -> bool:
    """True when every word of ``name`` is tagged PER in the sentence."""
    words = name.split()
    tagged = _tags(sentence)
    syllables: list[tuple[str, str]] = []
    for word, tag in tagged:
        for syl in word.split():
            syllables.append((syl, tag))
    n = len(words)
    for i in range(len(syllables) - n + 1):
        if [s for s, _ in syllables[i : i + n]] == words:
            return all(t.endswith("PER") for _, t in syllables[i : i + n])
    return False
