"""underthesea's NER as extra evidence about names that carry no type word.

Takes a sentence and a name found in it; says whether underthesea's CRF NER tags the
name as a person. Used only for candidate subjects with no head, no administrative type
and no gazetteer entry ("Thăng đạt 90%"), only on sentences that carry figures, and
never as the only path to a name: the NER model is slow (it is loaded on first use).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=512)
def _tags(sentence: str) -> tuple[tuple[str, str], ...]:
    from underthesea import ner  # loads the CRF model on first use

    return tuple((str(row[0]), str(row[-1])) for row in ner(sentence))


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
