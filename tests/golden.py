"""Compare an Extraction with a hand-written expected JSON; name the field that differs."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
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


_SCHEMA_FILE = Path(__file__).resolve().parent.parent / "extractor" / "schema" / "extraction-1.json"


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = json.loads(_SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def check_document(result: Any) -> None:
    """Offsets point into the reported text, sentences are in range, and the JSON
    validates against the committed schema."""
    text = result.text
    assert isinstance(text, str)
    for o in result.organizations:
        assert text[o.start : o.end] == o.mention, o
        if o.percent_start is not None and o.percent_end is not None:
            assert text[o.percent_start : o.percent_end].endswith(("%", "phần trăm")), o
        assert 0 <= o.sentence < len(result.sentences), o
    for t in result.totals:
        assert text[t.start : t.end] == t.text, t
        assert 0 <= t.sentence < len(result.sentences), t
    for s in result.sentences:
        assert 0 <= s.start <= s.end <= len(text), s
    _validator().validate(json.loads(result.to_json(indent=None)))
