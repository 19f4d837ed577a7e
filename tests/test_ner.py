"""The NER evidence is underthesea's own: same three models, same features, built faster."""

from __future__ import annotations

import pytest
from underthesea import ner as underthesea_ner

from extractor import ner

SENTENCES = [
    "Ông Putin ca ngợi những thành tựu vĩ đại của Liên Xô",
    "Theo ông Đinh La Thăng, Bí thư Thành ủy TP.HCM, tỷ lệ giải ngân đạt 95,2%.",
    "Thăng đạt 90% kế hoạch, Vinacomin đạt 87%.",
    "A",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tags_are_underthesea_ner(sentence: str) -> None:
    expected = tuple((str(row[0]), str(row[-1])) for row in underthesea_ner(sentence))
    assert ner._tags.__wrapped__(sentence) == expected


def test_features_match_underthesea_word2features() -> None:
    from underthesea.pipeline.ner.tagged_feature import apply_function, word2features

    sent = [("Ông", "Nc", "B-NP", "X"), ("Putin", "Np", "B-NP", "X"), ("ca ngợi", "V", "B-VP", "X")]
    template = ["T[-3][3]", "T[-2,-1][1]", "T[0].istitle", "T[0,1].lower", "T[1,2]", "T[2]"]
    expected = [word2features(sent, i, template) for i in range(len(sent))]
    assert ner.sentence_features(sent, template, apply_function) == expected
