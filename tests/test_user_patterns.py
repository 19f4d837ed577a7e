"""--patterns DIR / extract(patterns=...): a user's pattern files add to the built-in ones."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from extractor import extract
from extractor.cli import app
from tests.conftest import ROOT

USER = ROOT / "tests" / "data" / "user-patterns"
TEXT = "Năm 2017, thành phố có 1.200 ô tô điện. Năm nay, Vận tải Hà Nội đạt 95% kế hoạch vận chuyển."


def test_builtin_patterns_do_not_know_them() -> None:
    result = extract(TEXT)
    assert [t.unit for t in result.totals] == ["ô tô"]  # a unit of their own, shorter
    assert [o.name for o in result.organizations] == ["Hà Nội"]  # the nearest proper name


def test_user_patterns_add_unit_and_organization() -> None:
    result = extract(TEXT, patterns=USER)
    assert [(t.value, t.unit, t.text) for t in result.totals] == [(1200, "ô tô điện", "1.200 ô tô điện")]
    assert [(o.name, o.mention, o.percent) for o in result.organizations] == [
        ("Tổng Công ty Vận tải Hà Nội", "Vận tải Hà Nội", 95)
    ]


def test_cli_patterns_option(tmp_path) -> None:
    article = tmp_path / "bus.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, [str(article), "--patterns", str(USER)])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [t["unit"] for t in doc["totals"]] == ["ô tô điện"]
