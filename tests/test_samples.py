"""Golden tests: every samples/<name>.txt against samples/<name>.expected.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import extract_file
from tests.conftest import SAMPLES
from tests.golden import diff

CASES = sorted(p for p in SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_sample(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    result = extract_file(path)
    problems = diff(expected, result)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_offsets_point_into_text(path: Path) -> None:
    result = extract_file(path)
    for org in result.organizations:
        assert result.text[org.start : org.end] == org.mention
        assert org.percent_start is not None and org.percent_end is not None
        assert result.text[org.percent_start : org.percent_end].endswith(("%", "phần trăm"))
    for total in result.totals:
        assert result.text[total.start : total.end] == total.text
    for i, s in enumerate(result.sentences):
        assert result.text[s.start : s.end].strip() == result.text[s.start : s.end]
        for item in [*result.organizations, *result.totals]:
            if item.sentence == i:
                assert s.start <= item.start and item.end <= s.end


def test_seed_acceptance_counts(seed_result) -> None:
    """The issue's acceptance: exactly 19 organization figures and 8 totals."""
    assert len(seed_result.organizations) == 19
    assert len(seed_result.totals) == 8
    groups = [o.group for o in seed_result.organizations]
    assert groups == [None] + ["đạt và vượt"] * 13 + ["dưới 50%"] * 5
    assert all(o.name.startswith("Đảng bộ") for o in seed_result.organizations)
    assert 50 not in [o.percent for o in seed_result.organizations]
