"""underthesea's word segmentation with the CRF features built in Python.

``underthesea.word_tokenize`` splits a sentence into syllables, turns every syllable
into 43 feature strings (``underthesea_core.CRFFeaturizer``) and tags it ``B-W`` or
``I-W`` with its CRF. Most of its time goes into the featurizer, which builds every
string one at a time; :func:`word_tokenize` builds the same strings column by column
(each n-gram, its lower case and its dictionary lookup once per sentence) and hands
them to the same tagger, so the words are underthesea's own.

The features are underthesea's only where both agree: the model must use the feature
template below, and the syllables must be made of characters on which Python and the
Rust featurizer agree (:data:`_UNSAFE` is every other character). Anything else goes
through ``underthesea.word_tokenize`` unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import regex

#: The feature template of underthesea's word segmentation model, in its order.
TEMPLATE = (
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]", "T[-2,0]", "T[-1,1]", "T[0,2]",
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[-2,-1].lower", "T[-1,0].lower", "T[0,1].lower", "T[1,2].lower",
    "T[-1].isdigit", "T[0].isdigit", "T[1].isdigit",
    "T[-2].istitle", "T[-1].istitle", "T[0].istitle", "T[1].istitle", "T[2].istitle",
    "T[0,1].istitle", "T[0,2].istitle",
    "T[-2].is_in_dict", "T[-1].is_in_dict", "T[0].is_in_dict", "T[1].is_in_dict", "T[2].is_in_dict",
    "T[-2,-1].is_in_dict", "T[-1,0].is_in_dict", "T[0,1].is_in_dict", "T[1,2].is_in_dict",
    "T[-2,0].is_in_dict", "T[-1,1].is_in_dict", "T[0,2].is_in_dict",
)  # fmt: skip

_MODEL_DIR = "ws_crf_vlsp2013_20230727"  # the model underthesea's word_tokenize loads

#: Characters outside printable ASCII, Latin-1, Latin Extended-A, the Vietnamese letters
#: of Latin Extended-B and Latin Extended Additional, combining marks, general
#: punctuation and currency signs, and those inside them on which the Rust featurizer
#: and Python disagree (superscript digits are not digits there, "ª" and a few rare
#: letters are not lower case): syllables with one of them take underthesea's own path.
_UNSAFE = regex.compile(
    r"[^\x20-\x7e\u00a1-\u00a9\u00ab-\u00b1\u00b4-\u00b8\u00bb-\u0137\u0139-\u017f"
    r"\u01a0\u01a1\u01af\u01b0\u0300-\u036f\u1ea0-\u1ef9\u2010-\u205e\u20a0-\u20c0]"
)
#: What the Rust featurizer calls a digit: a 32-bit signed integer ("-1", "+12", "007").
_INT = regex.compile(r"[+-]?[0-9]+")


def _isdigit(syllable: str) -> str:
    if _INT.fullmatch(syllable) is None:
        return "False"
    return str(-(2**31) <= int(syllable) < 2**31)


def _shifted(name: str, values: list[str], k: int, n: int) -> list[str]:
    """The column of feature ``name`` for the syllable at offset ``k``: ``values[i + k]``,
    ``BOS`` before the sentence and ``EOS`` after it."""
    p = name + "="
    if k < 0:
        return [p + "BOS"] * min(-k, n) + [p + v for v in values[: max(n + k, 0)]]
    if k > 0:
        return [p + v for v in values[k:]] + [p + "EOS"] * min(k, n)
    return [p + v for v in values]


def _ngram(name: str, values: list[str], a: int, b: int, n: int) -> list[str]:
    """The column of feature ``name`` for the n-gram from offset ``a`` to ``b``
    (``values[j]`` is the n-gram starting at syllable ``j``): ``BOS`` when it starts
    before the sentence, ``EOS`` when it ends after it."""
    p = name + "="
    head = [p + "BOS"] * min(max(-a, 0), n)
    body = [p + v for v in values[max(a, 0) : max(min(n, n - b) + a, 0)]]
    return head + body + [p + "EOS"] * (n - len(head) - len(body))


def features(syllables: list[str], dictionary: frozenset[str] | set[str]) -> list[list[str]]:
    """The feature strings of every syllable, as ``CRFFeaturizer.process`` gives them."""
    n = len(syllables)
    s = syllables
    low = [t.lower() for t in s]
    title = [not t[:1].islower() for t in s]
    bi = [f"{s[i]} {s[i + 1]}" for i in range(n - 1)]
    bi_low = [f"{low[i]} {low[i + 1]}" for i in range(n - 1)]
    tri = [f"{bi[i]} {s[i + 2]}" for i in range(n - 2)]
    tri_low = [f"{bi_low[i]} {low[i + 2]}" for i in range(n - 2)]
    digit = [_isdigit(t) for t in s]
    title_s = [str(t) for t in title]
    bi_title = [str(title[i] and title[i + 1]) for i in range(n - 1)]
    tri_title = [str(title[i] and title[i + 1] and title[i + 2]) for i in range(n - 2)]
    in_dict = [str(t in dictionary) for t in low]
    bi_dict = [str(t in dictionary) for t in bi_low]
    tri_dict = [str(t in dictionary) for t in tri_low]
    unigram = {"": s, ".lower": low, ".isdigit": digit, ".istitle": title_s, ".is_in_dict": in_dict}
    ngrams = {
        (1, ""): bi, (1, ".lower"): bi_low, (1, ".istitle"): bi_title, (1, ".is_in_dict"): bi_dict,
        (2, ""): tri, (2, ".istitle"): tri_title, (2, ".is_in_dict"): tri_dict,
    }  # fmt: skip
    columns = []
    for name in TEMPLATE:
        offsets, _, func = name[2:].partition("]")
        if "," in offsets:
            a, b = (int(x) for x in offsets.split(","))
            columns.append(_ngram(name, ngrams[(b - a, func)], a, b, n))
        else:
            columns.append(_shifted(name, unigram[func], int(offsets), n))
    return [list(row) for row in zip(*columns, strict=True)]


@lru_cache(maxsize=1)
def _tagger() -> tuple[Callable[[list[list[str]]], list[str]], frozenset[str]] | None:
    """underthesea's loaded word segmentation CRF (its ``tag``) and dictionary; None when
    the installed underthesea is not the one this module knows."""
    try:
        import joblib
        import underthesea.pipeline.word_tokenize as wt

        if wt.word_tokenize_model is None:
            wt.word_tokenize("a")  # loads the model the way underthesea does
        model = wt.word_tokenize_model
        folder = Path(wt.__file__).parent / "models" / _MODEL_DIR
        if tuple(joblib.load(folder / model.path_features)) != TEMPLATE:
            return None
        dictionary = frozenset(joblib.load(folder / model.path_dictionary))
        tag: Callable[[list[list[str]]], list[str]] = model.estimator.tag
    except Exception:  # noqa: BLE001 - any other layout: underthesea's own path
        return None
    return tag, dictionary


def word_tokenize(text: str) -> list[str]:
    """``underthesea.word_tokenize(text, use_token_normalize=False)``, faster."""
    from underthesea import word_tokenize as underthesea_words
    from underthesea.pipeline.word_tokenize import tokenize

    crf = _tagger()
    syllables: list[str] = tokenize(text, use_token_normalize=False)
    joined = " ".join(syllables)
    if crf is None or not syllables or joined.count(" ") != len(syllables) - 1 or _UNSAFE.search(joined):
        words: list[str] = underthesea_words(text, use_token_normalize=False)
        return words
    tag, dictionary = crf
    return join_words(syllables, tag(features(syllables, dictionary)))


def join_words(syllables: list[str], tags: list[str]) -> list[str]:
    """Syllables tagged ``B-W``/``I-W`` -> words (as underthesea joins them).

    >>> join_words(["Đảng", "bộ", "quận"], ["B-W", "I-W", "B-W"])
    ['Đảng bộ', 'quận']
    """
    out: list[str] = []
    for syllable, tag in zip(syllables, tags, strict=True):
        if tag == "I-W" and out:
            out[-1] = out[-1] + " " + syllable
        else:
            out.append(syllable)
    return out
