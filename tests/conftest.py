from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "hanoi-party-development-2017.txt"


def corpus_dir() -> Path | None:
    env = os.environ.get("VNEXTRACT_CORPUS")
    candidates = [Path(env)] if env else [ROOT.parent / "shared" / "corpus"]
    for c in candidates:
        if c.is_dir() and any(c.glob("*.txt")):
            return c
    return None


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_result():
    from extractor import extract_file

    return extract_file(SEED)
