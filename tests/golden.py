"""Compare an Extraction with a hand-written expected JSON; name the field that differs."""

from __future__ import annotations

from typing import Any


def _fmt(item: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in item.items())


def diff(expected: dict[str, Any], result: Any) -> list[str]:
    """Differences between the expected fields and the result (empty when equal)."""
    problems: list[str] = []
    if "title" in expected and expected["title"] != result.title:
        problems.append(f"title: expected {expected['title']!r}, got {result.title!r}")
    for section in ("organizations", "totals"):
        if section not in expected:
            continue
        want = expected[section]
        got = [g.model_dump() for g in getattr(result, section)]
        if len(want) != len(got):
            problems.append(f"{section}: expected {len(want)} entries, got {len(got)}")
        for i, (w, g) in enumerate(zip(want, got)):
            for field, value in w.items():
                if g.get(field) != value:
                    problems.append(
                        f"{section}[{i}].{field}: expected {value!r}, got {g.get(field)!r} (in {_fmt(w)})"
                    )
        extra = got[len(want):]
        for g in extra:
            problems.append(f"{section}: unexpected {g.get('name') or g.get('text')!r}")
    return problems
