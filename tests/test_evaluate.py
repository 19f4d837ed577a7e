"""The scorer behind ``extract --eval``."""

from __future__ import annotations

import io
import json
from pathlib import Path

from extractor import evaluate


def _gold(folder: Path, name: str) -> None:
    gold = {
        "file": name,
        "organizations": [{"name": "Sở Y tế", "percent": 81.4, "metric": "", "implicit": False}],
        "totals": [{"value": 12, "unit": "xã", "qualifier": "exact"}],
    }
    (folder / name.replace(".txt", ".expected.json")).write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")


def test_an_article_found_whole_scores_one(tmp_path: Path) -> None:
    _gold(tmp_path, "a.txt")
    (tmp_path / "a.txt").write_text("Sở Y tế đạt 81,4% kế hoạch, có 12 xã.", encoding="utf-8")
    orgs, totals = evaluate.evaluate(tmp_path, [tmp_path], out=io.StringIO())
    assert (orgs.tp, orgs.fp, orgs.fn) == (1, 0, 0)
    assert (totals.tp, totals.fp, totals.fn) == (1, 0, 0)


def test_an_article_that_fails_misses_all_its_gold(tmp_path: Path) -> None:
    _gold(tmp_path, "a.txt")
    (tmp_path / "a.txt").write_bytes(b"")  # an empty file is an error, not a perfect score
    out = io.StringIO()
    orgs, totals = evaluate.evaluate(tmp_path, [tmp_path], out=out)
    assert "error" in out.getvalue()
    assert (orgs.tp, orgs.fn, orgs.recall) == (0, 1, 0.0)
    assert (totals.tp, totals.fn, totals.recall) == (0, 1, 0.0)
