"""Each word's part of speech out of context, read from underthesea's POS model.

underthesea's part-of-speech CRF (VLSP 2013 tags: ``N`` common noun, ``Nc`` classifier,
``Nu`` unit of measure, ``V`` verb, ``E`` preposition ...) weighs every label for the
word itself (its ``T[0]`` and ``T[0].lower`` attributes) among its other features. Summed,
those two weights give the tag the model leans to for the word before it reads the
context: "máy bơm" N, "cuốn" Nc, "tấn" Nu, "đạt" V, "của" E. Running the tagger on a
sentence costs as much as the NER; this reads the weights once (~50 ms, ~10 000 words)
and looks words up, for :mod:`extractor.match` to tell a counted noun after a number
("12 máy bơm") from a measure, a verb or a preposition.

Nothing is downloaded: the model is the installed underthesea's. Without it (another
version, another layout) every word's tag is unknown.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

#: The model ``underthesea.pos_tag`` loads, under the package's folder.
MODEL = Path("pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/models.bin")
_WORD_ATTRS = ("T[0]=", "T[0].lower=")


@lru_cache(maxsize=1)
def table() -> dict[str, str]:
    """Lower-case word -> its tag out of context; empty when the model is not there."""
    from .underthesea_parts import root

    base = root()
    if base is None or not (base / MODEL).is_file():
        return {}
    try:
        return _read(base / MODEL)
    except Exception:  # noqa: BLE001 - an unreadable model: every tag unknown
        return {}


def _read(path: Path) -> dict[str, str]:
    import numpy as np

    from .wordseg import read_crf

    crf = read_crf(path)
    if crf is None:
        return {}
    labels, attrs, features = crf
    words: dict[str, int] = {}
    row = np.full(len(attrs), -1, dtype=np.int64)  # attribute -> its word's row, or -1
    for i, attr in enumerate(attrs):
        for prefix in _WORD_ATTRS:
            if attr.startswith(prefix):
                row[i] = words.setdefault(attr[len(prefix) :].lower(), len(words))
    features = features[features["kind"] == 0]
    rows = row[features["src"]]
    mine = rows >= 0
    weights = np.zeros((len(words), len(labels)))
    np.add.at(weights, (rows[mine], features["dst"][mine]), features["weight"][mine])
    best = weights.argmax(axis=1).tolist()
    names = [label.removeprefix("B-") for label in labels]
    return {word: names[best[i]] for word, i in words.items()}


def tag(word: str) -> str | None:
    """The tag of a word out of context, or of its first syllable when the model has no
    weight for the whole word; None when it knows neither.

    >>> tag("máy bơm"), tag("tấn"), tag("đạt"), tag("xã viên")  # the last: "xã"'s
    ('N', 'Nu', 'V', 'N')
    """
    words = table()
    low = word.lower()
    found = words.get(low)
    if found is None and " " in low:
        found = words.get(low.split(" ", 1)[0])
    return found
