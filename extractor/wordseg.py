"""underthesea's word segmentation with the CRF features built in Python.

``underthesea.word_tokenize`` splits a sentence into syllables, turns every syllable
into 43 feature strings (``underthesea_core.CRFFeaturizer``) and tags it ``B-W`` or
``I-W`` with its CRF. Most of its time goes into the featurizer, which builds every
string one at a time; :func:`word_tokenize` builds the same strings column by column
(each n-gram, its lower case and its dictionary lookup once per sentence) and hands
them to the same tagger, so the words are underthesea's own. The n-gram features the
model has no weight for (most of them: "T[-1,1]=tháng Tám ,") are left out, as the
tagger would only read and skip them; which ones the model knows is read once from its
attribute database, and only when it reads whole.

The features are underthesea's only where both agree: the model must use the feature
template below, and the syllables must be made of characters on which Python and the
Rust featurizer agree (:data:`_UNSAFE` is every other character). Anything else goes
through ``underthesea.word_tokenize`` unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

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
#: Its files, as ``FastCRFSequenceTagger`` names them.
_MODEL, _FEATURES, _DICTIONARY = "models.bin", "features.bin", "dictionary.bin"

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


def _isdigit(syllable: str) -> bool:
    return _INT.fullmatch(syllable) is not None and -(2**31) <= int(syllable) < 2**31


@dataclass(frozen=True)
class _Column:
    """One feature of :data:`TEMPLATE`: the n-gram from offset ``a`` to ``b`` around each
    syllable, through ``func`` ("", ".lower", ".isdigit", ...); its constant strings built once."""

    prefix: str
    func: str
    a: int
    b: int
    bos: str
    eos: str
    true: str
    false: str


def _column(name: str) -> _Column:
    offsets, _, func = name[2:].partition("]")
    a, _, b = offsets.partition(",")
    p = name + "="
    return _Column(p, func, int(a), int(b or a), p + "BOS", p + "EOS", p + "True", p + "False")


_PLAN = tuple(_column(name) for name in TEMPLATE)
_FLAGS = (".isdigit", ".istitle", ".is_in_dict")


def features(
    syllables: list[str], dictionary: frozenset[str] | set[str], known: dict[str, frozenset[str]] | None = None
) -> list[list[str]]:
    """The feature strings of every syllable, as ``CRFFeaturizer.process`` gives them:
    ``BOS`` when an n-gram starts before the sentence, ``EOS`` when it ends after it.

    ``known`` maps each n-gram feature ("T[0,1]") to the values the model has a weight
    for: the others, most n-grams, are left out (the tagger skips them anyway, after
    reading them)."""
    n = len(syllables)
    s = syllables
    low = [t.lower() for t in s]
    title = [not t[:1].islower() for t in s]
    bi = [f"{s[i]} {s[i + 1]}" for i in range(n - 1)]
    bi_low = [f"{low[i]} {low[i + 1]}" for i in range(n - 1)]
    tri_low = [f"{bi_low[i]} {low[i + 2]}" for i in range(n - 2)]
    texts: dict[tuple[int, str], list[str]] = {
        (0, ""): s, (0, ".lower"): low, (1, ""): bi, (1, ".lower"): bi_low,
        (2, ""): [f"{bi[i]} {s[i + 2]}" for i in range(n - 2)],
    }  # fmt: skip
    flags: dict[tuple[int, str], list[bool]] = {
        (0, ".isdigit"): [_isdigit(t) for t in s],
        (0, ".istitle"): title,
        (1, ".istitle"): [title[i] and title[i + 1] for i in range(n - 1)],
        (2, ".istitle"): [title[i] and title[i + 1] and title[i + 2] for i in range(n - 2)],
        (0, ".is_in_dict"): [t in dictionary for t in low],
        (1, ".is_in_dict"): [t in dictionary for t in bi_low],
        (2, ".is_in_dict"): [t in dictionary for t in tri_low],
    }
    columns = []
    sparse = []
    for c in _PLAN:
        head = min(max(-c.a, 0), n)
        lo, hi = max(c.a, 0), max(min(n, n - c.b) + c.a, 0)
        key = (c.b - c.a, c.func)
        if c.func in _FLAGS:
            body = [c.true if x else c.false for x in flags[key][lo:hi]]
        elif known is not None and c.a != c.b:
            sparse.append((c, head, lo, hi, texts[key], known.get(c.prefix[:-1], frozenset())))
            continue
        else:
            body = [c.prefix + v for v in texts[key][lo:hi]]
        columns.append([c.bos] * head + body + [c.eos] * (n - head - len(body)))
    rows = [list(row) for row in zip(*columns, strict=True)]
    for c, head, lo, hi, values, weighted in sparse:
        for j in [j for j in range(lo, hi) if values[j] in weighted]:
            rows[j - c.a].append(c.prefix + values[j])
        if "BOS" in weighted:
            for i in range(head):
                rows[i].append(c.bos)
        if "EOS" in weighted:
            for i in range(head + hi - lo, n):
                rows[i].append(c.eos)
    return rows


def _load(path: Path) -> Any:
    """A file underthesea saved with ``joblib.dump``: a plain pickle for lists and sets,
    read directly (joblib's own reader takes several times longer)."""
    import pickle

    try:
        with path.open("rb") as f:
            return pickle.load(f)  # noqa: S301 - underthesea's installed model data
    except pickle.UnpicklingError:
        import joblib

        return joblib.load(path)


#: The keys of a CRFsuite attribute database: every feature string starts with "T[" and
#: ends at its NUL; the binary fields around a key hold NULs, so none runs into a key.
_KEY = regex.compile(rb"T\[[^\x00]*")
_CONTROL = regex.compile(r"[\x00-\x1f]")


def _ngram_weights(path: Path) -> dict[str, frozenset[str]] | None:
    """The values each n-gram feature ("T[0,1]") has a weight for in a CRFsuite model
    file, read from its attribute database (CQDB). None unless exactly as many features
    of :data:`TEMPLATE` are found there as the model says it has, each one whole (no
    control character: a key that ran into binary data would hold some)."""
    import struct

    data = path.read_bytes()
    magic, _, kind, _, _, _, n_attrs, _, _, at = struct.unpack_from("<4sI4sIIIIIII", data, 0)
    if magic != b"lCRF" or kind != b"FOMC" or data[at : at + 4] != b"CQDB":
        return None
    (size,) = struct.unpack_from("<I", data, at + 4)
    names = frozenset(TEMPLATE)
    by_name: dict[str, set[str]] = {}
    count = 0
    for key in _KEY.findall(data, at, at + size):
        name, equals, value = key.decode("utf-8", "replace").partition("=")
        if not equals or name not in names:
            continue  # "T[" in the binary part of the file
        if _CONTROL.search(value):
            return None
        count += 1
        if "," in name:
            by_name.setdefault(name, set()).add(value)
    if count != n_attrs:
        return None
    return {name: frozenset(values) for name, values in by_name.items()}


class _Known:
    """The n-gram values the model has a weight for, read from the model file once the
    process has segmented enough sentences to repay reading it (a single article does
    not: its 70 ms would go to the cold start); until then, None: every feature."""

    AFTER = 64  # sentences

    def __init__(self, path: Path) -> None:
        self.path = path
        self.calls = 0
        self.values: dict[str, frozenset[str]] | None = None

    def get(self) -> dict[str, frozenset[str]] | None:
        self.calls += 1
        if self.calls == self.AFTER:
            try:
                self.values = _ngram_weights(self.path)
            except Exception:  # noqa: BLE001 - unreadable: every feature is built
                self.values = None
        return self.values


@dataclass(frozen=True)
class _CRF:
    tag: Callable[[list[list[str]]], list[str]]
    dictionary: frozenset[str]
    known: _Known  # n-gram values with a weight


@lru_cache(maxsize=1)
def _tagger() -> _CRF | None:
    """underthesea's loaded word segmentation CRF (its ``tag``), dictionary and n-gram
    weights; None when the installed underthesea is not the one this module knows."""
    try:
        from underthesea_core import CRFTagger

        from .underthesea_parts import word_tokenize_folder

        models = word_tokenize_folder()
        if models is None:
            return None
        folder = models / _MODEL_DIR
        if tuple(_load(folder / _FEATURES)) != TEMPLATE:
            return None
        dictionary = frozenset(_load(folder / _DICTIONARY))
        estimator = CRFTagger()
        estimator.load(str(folder / _MODEL))
        tag: Callable[[list[list[str]]], list[str]] = estimator.tag
    except Exception:  # noqa: BLE001 - any other layout: underthesea's own path
        return None
    return _CRF(tag, dictionary, _Known(folder / _MODEL))


def dictionary() -> frozenset[str]:
    """underthesea's word list (empty when its model is not the one this module knows)."""
    crf = _tagger()
    return crf.dictionary if crf is not None else frozenset()


def word_tokenize(text: str) -> list[str]:
    """``underthesea.word_tokenize(text, use_token_normalize=False)``, faster."""
    crf = _tagger()
    syllables = _syllables(text)
    joined = " ".join(syllables)
    if crf is None or not syllables or joined.count(" ") != len(syllables) - 1 or _UNSAFE.search(joined):
        from underthesea import word_tokenize as underthesea_words  # the package: only here

        words: list[str] = underthesea_words(text, use_token_normalize=False)
        return words
    return join_words(syllables, crf.tag(features(syllables, crf.dictionary, crf.known.get())))


def _syllables(text: str) -> list[str]:
    """underthesea's ``tokenize(text, use_token_normalize=False)``: its token regex over
    its character normalization, each token the whole match (every alternative of the
    regex is one named group, which ``tokenize`` looks up by name)."""
    from .underthesea_parts import syllables

    normalize, pattern = syllables()
    return [m.group() for m in pattern.finditer(normalize(text))]


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
