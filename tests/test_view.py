"""The HTML view: every organization, percentage and total highlighted, and a table."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

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


@pytest.mark.skipif(shutil.which("chromium") is None, reason="headless Chromium is not installed (apt-get install chromium)")
def test_view_in_headless_chromium(seed_result, tmp_path) -> None:
    page = tmp_path / "view.html"
    page.write_text(render(seed_result), encoding="utf-8")
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    ).stdout
    assert dom.count("<mark") == 19 + 19 + 8
    assert "quận Cầu Giấy" in dom and "Đảng bộ quận Cầu Giấy" in dom
