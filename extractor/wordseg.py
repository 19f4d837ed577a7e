"""underthesea's word segmentation, its CRF read and run here.

``underthesea.word_tokenize`` splits a sentence into syllables, turns every syllable
into 43 feature strings (``underthesea_core.CRFFeaturizer``) and tags it ``B-W`` or
``I-W`` with its CRF. Building the strings one at a time takes most of its time.

Here the first sentences of a process get the same strings from :class:`Featurizer`
(each n-gram's strings built once per sentence) and underthesea's own tagger. Once
the process has segmented enough sentences to repay it, the model file is read
(:func:`read_model`) and :class:`Scorer` tags without any feature string: each
syllable, pair and triple of syllables maps to the weights it adds, and a two-label
Viterbi gives the tagger's labels. Both give underthesea's own words.

They are underthesea's only where Python and underthesea agree: the model must use
the feature template below, and the syllables must be made of characters on which
Python and the Rust featurizer agree (:data:`_UNSAFE` is every other character).
Anything else goes through ``underthesea.word_tokenize`` unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
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


def _ngrams(syllables: list[str]) -> tuple[Any, Any, Any]:
    """The syllables, pairs and triples of a sentence, as tuples."""
    s = syllables
    return zip(s), zip(s, s[1:], strict=False), zip(s, s[1:], s[2:], strict=False)


def _spread(grams: list[tuple[Any, ...]], x: int, a: int, n: int, bos: Any, eos: Any) -> list[Any]:
    """The column of the ``x``-th group of n-grams, at offset ``a``: row i takes the value
    of the n-gram starting at syllable ``i + a``; ``bos`` where that is before the
    sentence, ``eos`` where the n-gram runs past its end."""
    head = min(max(-a, 0), n)
    body = [g[x] for g in grams[max(a, 0) : max(min(n + a, len(grams)), 0)]]
    return [bos] * head + body + [eos] * (n - head - len(body))


class Featurizer:
    """The feature rows of ``CRFFeaturizer.process`` (as tuples; the order within a row
    is not underthesea's, and the tagger only sums a row's weights): ``BOS`` when an
    n-gram starts before the sentence, ``EOS`` when it ends after it. The strings of an
    n-gram are built once and grouped by its offset from the row ("T[-1,0]=Đảng bộ"
    belongs to the row of "bộ")."""

    def __init__(self, dictionary: frozenset[str] | set[str]) -> None:
        self.dictionary = dictionary
        self.groups: dict[tuple[int, int], tuple[_Column, ...]] = {}
        for c in _PLAN:
            key = (c.b - c.a, c.a)
            self.groups[key] = (*self.groups.get(key, ()), c)
        self.offsets = {k: sorted(a for kk, a in self.groups if kk == k) for k in (0, 1, 2)}

    def _strings(self, gram: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """The strings of one n-gram, one tuple per offset of its groups."""
        text = " ".join(gram)
        low = text.lower()
        values: dict[str, str | bool] = {
            "": text, ".lower": low,
            ".isdigit": _isdigit(text),
            ".istitle": all(not t[:1].islower() for t in gram),
            ".is_in_dict": low in self.dictionary,
        }  # fmt: skip
        k = len(gram) - 1
        out = []
        for a in self.offsets[k]:
            strings = []
            for c in self.groups[(k, a)]:
                v = values[c.func]
                strings.append((c.true if v else c.false) if isinstance(v, bool) else c.prefix + v)
            out.append(tuple(strings))
        return tuple(out)

    def rows(self, syllables: list[str]) -> list[tuple[str, ...]]:
        """The feature rows of a sentence's syllables, for the tagger."""
        n = len(syllables)
        columns = []
        for k, keys in enumerate(_ngrams(syllables)):
            grams = [self._strings(g) for g in keys]
            for x, a in enumerate(self.offsets[k]):
                cols = self.groups[(k, a)]
                columns.append(_spread(grams, x, a, n, tuple(c.bos for c in cols), tuple(c.eos for c in cols)))
        return [tuple(chain.from_iterable(parts)) for parts in zip(*columns, strict=True)]


@dataclass(frozen=True)
class Model:
    """A CRFsuite model's weights: each attribute's weight for every label (absent: 0),
    the transition weights between labels, and the labels."""

    labels: tuple[str, ...]
    state: dict[str, tuple[float, ...]]
    transition: tuple[tuple[float, ...], ...]


def read_crf(path: Path) -> tuple[list[str], list[str], Any] | None:
    """A CRFsuite model file (``crf1d`` as crfsuite writes it: a header, the features,
    then the labels and attributes in CQDB string tables) as its labels, its attributes
    and its features (a numpy record array: ``kind`` 0 for attribute -> label, 1 for
    label -> label, ``src``, ``dst``, ``weight``), every index checked; None when the
    file is not one. Read with numpy (there with spaCy): a model holds ~100 000 features
    and ~50 000 attributes, which a loop over them takes ~60 ms more to read."""
    import struct

    import numpy as np

    data = path.read_bytes()
    magic, _, kind, _, _, n_labels, n_attrs, at_features, at_labels, at_attrs = struct.unpack_from(
        "<4sI4sIIIIIII", data, 0
    )
    if magic != b"lCRF" or kind != b"FOMC" or data[at_features : at_features + 4] != b"FEAT":
        return None
    labels, attrs = _cqdb(data, at_labels), _cqdb(data, at_attrs)
    (count,) = struct.unpack_from("<I", data, at_features + 8)  # the header's own count is 0
    if labels is None or attrs is None or len(labels) != n_labels or len(attrs) != n_attrs:
        return None
    row = np.dtype([("kind", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
    features = np.frombuffer(data, row, count, at_features + 12)
    kinds, src, dst = features["kind"], features["src"], features["dst"]
    to_label, between = kinds == 0, kinds == 1
    if not (to_label | between).all() or (dst >= n_labels).any():
        return None
    if (src[to_label] >= n_attrs).any() or (src[between] >= n_labels).any():
        return None
    return labels, attrs, features


def read_model(path: Path) -> Model | None:
    """The weights of a CRFsuite model file (:func:`read_crf`); None when the file is not one."""
    import numpy as np

    crf = read_crf(path)
    if crf is None:
        return None
    labels, attrs, features = crf
    n = len(labels)
    to_label, between = features["kind"] == 0, features["kind"] == 1
    state, transition = np.zeros((len(attrs), n)), np.zeros((n, n))
    np.add.at(state, (features["src"][to_label], features["dst"][to_label]), features["weight"][to_label])
    np.add.at(transition, (features["src"][between], features["dst"][between]), features["weight"][between])
    return Model(
        tuple(labels),
        dict(zip(attrs, map(tuple, state.tolist()), strict=True)),
        tuple(map(tuple, transition.tolist())),
    )


def _cqdb(data: bytes, at: int) -> list[str] | None:
    """The strings of a CQDB table (crfsuite's string <-> id database), by id: each
    record is its id, its size with the final NUL, and the string."""
    import struct

    import numpy as np

    if data[at : at + 4] != b"CQDB":
        return None
    _, _, _, n, backward = struct.unpack_from("<IIIII", data, at + 4)
    offsets = np.frombuffer(data, "<u4", n, at + backward).astype(np.int64) + at
    heads = np.frombuffer(data, np.uint8)[offsets[:, None] + np.arange(8)].view("<u4")  # id, size
    if heads.shape != (n, 2) or (heads[:, 0] != np.arange(n)).any() or (heads[:, 1] < 1).any():
        return None
    starts = offsets + 8
    return [data[a:b].decode("utf-8") for a, b in zip(starts.tolist(), (starts + heads[:, 1] - 1).tolist(), strict=True)]


class Scorer:
    """The CRF's tags computed here, as ``CRFTagger.tag`` gives them for the rows of
    :class:`Featurizer`, without building a feature string: with two labels only the
    difference of their scores matters, so each feature column is a map from n-gram to
    that difference (0 for n-grams the model has no weight for), each syllable's score
    is the sum of a dozen of them, and the labels are a two-state Viterbi.

    The differences each syllable, pair and triple adds to the rows around it are
    computed once and kept: a news archive repeats its syllables and most of its pairs.
    Each cache is emptied when it reaches :attr:`LIMIT` entries, so memory stays bounded."""

    LIMIT = 1 << 15

    def __init__(self, dictionary: frozenset[str] | set[str], model: Model) -> None:
        if len(model.labels) != 2:
            raise ValueError("the scorer takes a model of two labels")
        self.dictionary = dictionary
        self.labels = model.labels
        self.transition = model.transition
        diff: dict[str, dict[str, float]] = {}  # feature name -> value -> difference
        for attr, (w0, w1) in model.state.items():
            name, _, value = attr.partition("=")
            diff.setdefault(name, {})[value] = w0 - w1
        groups: dict[tuple[int, int], list[_Column]] = {}
        for c in _PLAN:
            groups.setdefault((c.b - c.a, c.a), []).append(c)
        #: for each n-gram length, its groups: offset, text columns, flag columns
        self.groups: dict[int, list[tuple[int, list[tuple[str, dict[str, float]]], list[tuple[str, float, float]]]]] = {}
        self.edges: dict[tuple[int, int], tuple[float, float]] = {}
        for (k, a), cols in sorted(groups.items()):
            texts, flags = [], []
            for c in cols:
                weights = diff.get(c.prefix[:-1], {})
                if c.func in _FLAGS:
                    flags.append((c.func, weights.get("True", 0.0), weights.get("False", 0.0)))
                else:
                    texts.append((c.func, weights))
            self.groups.setdefault(k, []).append((a, texts, flags))
            self.edges[(k, a)] = (
                sum(diff.get(c.prefix[:-1], {}).get("BOS", 0.0) for c in cols),
                sum(diff.get(c.prefix[:-1], {}).get("EOS", 0.0) for c in cols),
            )
        self.funcs = {k: {c.func for c in _PLAN if c.b - c.a == k} for k in (0, 1, 2)}
        self.caches: tuple[dict[Any, tuple[float, ...]], ...] = ({}, {}, {})

    def _gram(self, gram: tuple[str, ...]) -> tuple[float, ...]:
        """The score differences an n-gram adds to the rows around it, one per offset."""
        k = len(gram) - 1
        text = " ".join(gram) if k else gram[0]
        low = text.lower()
        values: dict[str, str | bool] = {"": text, ".lower": low, ".is_in_dict": low in self.dictionary}
        if ".isdigit" in self.funcs[k]:
            values[".isdigit"] = _isdigit(text)
        if ".istitle" in self.funcs[k]:
            values[".istitle"] = all(not t[:1].islower() for t in gram)
        out = []
        for _, texts, flags in self.groups[k]:
            d = 0.0
            for func, weights in texts:
                d += weights.get(values[func], 0.0)  # type: ignore[arg-type]
            for func, if_true, if_false in flags:
                d += if_true if values[func] else if_false
            out.append(d)
        return tuple(out)

    def _grams(self, k: int, keys: Any) -> list[tuple[float, ...]]:
        cache = self.caches[k]
        if len(cache) >= self.LIMIT:
            cache.clear()
        out = []
        for key in keys:
            found = cache.get(key)
            if found is None:
                found = cache[key] = self._gram(key)
            out.append(found)
        return out

    def scores(self, syllables: list[str]) -> list[float]:
        """Each syllable's score of the first label minus that of the second."""
        n = len(syllables)
        columns = []  # one per group: the difference it adds to each syllable
        for k, keys in enumerate(_ngrams(syllables)):
            grams = self._grams(k, keys)
            for x, (a, _, _) in enumerate(self.groups[k]):
                columns.append(_spread(grams, x, a, n, *self.edges[(k, a)]))
        return list(map(sum, zip(*columns, strict=True))) if columns else [0.0] * n

    def tags(self, syllables: list[str]) -> list[str]:
        """The most likely labels (Viterbi; the first label wins a tie, as in crfsuite)."""
        if not syllables:
            return []
        (t00, t01), (t10, t11) = self.transition
        scores = self.scores(syllables)
        s0, s1 = scores[0], 0.0
        back = []
        for d in scores[1:]:
            a, b = s0 + t00, s1 + t10  # into the first label, from each
            c, e = s0 + t01, s1 + t11  # into the second
            back.append((a < b, c < e))
            s0, s1 = (b if a < b else a) + d, (e if c < e else c)
        y = 1 if s0 < s1 else 0
        path = [y]
        for step in reversed(back):
            y = int(step[y])
            path.append(y)
        return [self.labels[y] for y in reversed(path)]


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


class _Weights:
    """The model's weights, read once the process has segmented enough sentences to repay
    reading them (a single article does not: the 80 ms would go to the cold start); until
    then, and if the file does not read, underthesea's tagger gets the feature rows."""

    AFTER = 64  # sentences

    def __init__(self, path: Path, dictionary: frozenset[str], tag: Callable[[list[tuple[str, ...]]], list[str]]) -> None:
        self.path = path
        self.calls = 0
        self.featurizer = Featurizer(dictionary)
        self.tag = tag
        self.scorer: Scorer | None = None
        self.read = False  # whether the weights were read (or tried)

    def load(self) -> None:
        """Read the weights now (once)."""
        if self.read:
            return
        self.read = True
        try:
            model = read_model(self.path)
        except Exception:  # noqa: BLE001 - unreadable: the tagger stays
            model = None
        if model is not None and set(model.labels) == {"B-W", "I-W"}:
            self.scorer = Scorer(self.featurizer.dictionary, model)

    def tags(self, syllables: list[str]) -> list[str]:
        """The B-W/I-W tags of one sentence's syllables."""
        self.calls += 1
        if self.calls >= self.AFTER:
            self.load()
        if self.scorer is not None:
            return self.scorer.tags(syllables)
        return self.tag(self.featurizer.rows(syllables))


@dataclass(frozen=True)
class _CRF:
    tag: _LazyTagger
    dictionary: frozenset[str]
    weights: _Weights


@lru_cache(maxsize=1)
def _tagger() -> _CRF | None:
    """underthesea's loaded word segmentation CRF (its ``tag``), dictionary and weights;
    None when the installed underthesea is not the one this module knows."""
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
        tag = _LazyTagger(CRFTagger, folder / _MODEL)
    except Exception:  # noqa: BLE001 - any other layout: underthesea's own path
        return None
    return _CRF(tag, dictionary, _Weights(folder / _MODEL, dictionary, tag))


class _LazyTagger:
    """underthesea's tagger (``CRFTagger.tag``), its model loaded at the first call: a
    batch worker reads the weights first (:func:`load_weights`) and never calls it, and
    the load takes ~0.1 s of the fork server's start."""

    def __init__(self, kind: Callable[[], Any], path: Path) -> None:
        self.kind, self.path = kind, path
        self._tag: Callable[[list[tuple[str, ...]]], list[str]] | None = None

    def __call__(self, rows: list[tuple[str, ...]]) -> list[str]:
        if self._tag is None:
            estimator = self.kind()
            estimator.load(str(self.path))
            self._tag = estimator.tag
        return self._tag(rows)


def load_weights() -> None:
    """Read the model's weights now rather than after :attr:`_Weights.AFTER` sentences:
    for a batch, whose workers are forked from a process that has read them."""
    crf = _tagger()
    if crf is not None:
        crf.weights.load()


def dictionary() -> frozenset[str]:
    """underthesea's word list (empty when its model is not the one this module knows)."""
    crf = _tagger()
    return crf.dictionary if crf is not None else frozenset()


def word_tokenize(text: str) -> list[str]:
    """``underthesea.word_tokenize(text, use_token_normalize=False)``, faster."""
    words = join_syllables(_syllables(text))
    if words is None:
        from underthesea import word_tokenize as underthesea_words  # the package: only here

        found: list[str] = underthesea_words(text, use_token_normalize=False)
        return found
    return words


def join_syllables(syllables: list[str]) -> list[str] | None:
    """The words underthesea's model makes of these syllables (its tokens); None where
    this module cannot tell (another model, or characters it does not featurize as the
    package does)."""
    if not syllables:
        return []
    crf = _tagger()
    joined = " ".join(syllables)
    if crf is None or joined.count(" ") != len(syllables) - 1 or _UNSAFE.search(joined):
        return None
    return join_words(syllables, crf.weights.tags(syllables))


def _syllables(text: str) -> list[str]:
    """underthesea's ``tokenize(text, use_token_normalize=False)``: its token regex over
    its character normalization, each token the whole match (every alternative of the
    regex is one named group, which ``tokenize`` looks up by name)."""
    from .underthesea_parts import syllables

    normalize, pattern = syllables()
    return _CHUNKS.tokens(normalize(text), pattern)


class _Chunks:
    """The regex's tokens of a text, from those of each run of non-space characters,
    kept: a run is a syllable with its punctuation ("(168%),"), and an archive repeats
    them. No token holds a space, so the regex's matches never cross one; what a run's
    matches depend on beyond it is only whether the text ends right after it (the
    regex's ``$`` and ``(?=\\s)``), so a run is matched followed by a space, or alone
    at the end of the text. A text with a line break (where ``$`` also matches) is
    matched whole."""

    LIMIT = 1 << 15

    def __init__(self) -> None:
        self.cache: dict[tuple[str, bool], tuple[str, ...]] = {}

    def tokens(self, text: str, pattern: Any) -> list[str]:
        if "\n" in text:
            return [m.group() for m in pattern.finditer(text)]
        if len(self.cache) >= self.LIMIT:
            self.cache.clear()
        out: list[str] = []
        end = len(text)
        for m in _RUN.finditer(text):
            key = (m.group(), m.end() == end)
            found = self.cache.get(key)
            if found is None:
                run = key[0] if key[1] else key[0] + " "
                found = self.cache[key] = tuple(t.group() for t in pattern.finditer(run))
            out.extend(found)
        return out


_RUN = re.compile(r"\S+")
_CHUNKS = _Chunks()


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
