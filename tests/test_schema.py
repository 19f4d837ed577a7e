"""The committed JSON Schema is the models' schema, and every output validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from extractor import extract_file
from extractor.models import json_schema
from tests.conftest import ROOT, SAMPLES

SCHEMA_FILE = ROOT / "extractor" / "schema" / "extraction-1.json"


def test_committed_schema_matches_models() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), (
        "extractor/schema/extraction-1.json is stale: regenerate it with "
        "`extract --schema > extractor/schema/extraction-1.json`"
    )


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_sample_output_validates(path: Path) -> None:
    doc = json.loads(extract_file(path).to_json())
    jsonschema.validate(doc, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))


def test_schema_rejects_a_broken_document() -> None:
    doc = json.loads(extract_file(SAMPLES / "hanoi-party-development-2017.txt").to_json())
    doc["totals"][0]["qualifier"] = "roughly"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
