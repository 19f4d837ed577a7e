"""The HTML view: every organization, percentage and total highlighted, and a table."""

from __future__ import annotations

import re

from extractor.view import render, spans


def test_seed_view_highlights_everything(seed_result) -> None:
    page = render(seed_result)
    marks = re.findall(r"<mark[^>]*>\s*(.*?)\s*<span[^>]*>(ORG|PERCENT|TOTAL)</span>", page, flags=re.S)
    labels = [label for _, label in marks]
    assert labels.count("ORG") == 19
    assert labels.count("PERCENT") == 19
    assert labels.count("TOTAL") == 8
    texts = {re.sub(r"\s+", " ", t) for t, _ in marks}
    assert {"quận Cầu Giấy", "gần 13.000 đảng viên", "168%"} <= texts
    assert page.count("<tr><td>organization</td>") == 19 and page.count("<tr><td>total</td>") == 8


def test_spans_are_offsets_into_text(seed_result) -> None:
    for s in spans(seed_result):
        assert 0 <= int(s["start"]) < int(s["end"]) <= len(seed_result.text)
