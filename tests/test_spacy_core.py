"""spaCy imported without its command line (see ``extractor.spacy_core``): each case runs in
a fresh interpreter, since what a process imported cannot be undone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "Đảng bộ quận Cầu Giấy (119%), quận Đống Đa (118%) đạt kế hoạch."


def _run(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return out.stdout.split()


def test_an_article_imports_no_spacy_command_line() -> None:
    code = (
        "import sys; from extractor import extract; "
        f"doc = extract({ARTICLE!r}); "
        "print(len(doc.organizations), 'spacy.cli' in sys.modules, 'spacy.cli.info' in sys.modules, 'weasel' in sys.modules)"
    )
    assert _run(code) == ["2", "False", "False", "False"]


def test_spacy_info_and_the_command_line_still_work_after_it() -> None:
    code = (
        "from extractor import extract; extract('x'); import spacy; "
        "print(spacy.info()['spacy_version'] == spacy.__version__); "
        "from spacy.cli.info import info; print(info is not spacy.info)"
    )
    assert _run(code) == ["True", "True"]


def test_spacy_imported_first_is_left_as_it_is() -> None:
    code = (
        "import sys, spacy; from extractor import extract; "
        f"doc = extract({ARTICLE!r}); "
        "print(len(doc.organizations), 'spacy.cli' in sys.modules, spacy.info.__module__)"
    )
    assert _run(code) == ["2", "True", "spacy.cli.info"]
