"""The `extract` command: exit codes and one-line messages (typer's CliRunner)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from extractor.cli import app
from tests.conftest import SEED

runner = CliRunner()


def _one_line_error(result, needle: str) -> None:
    assert result.exit_code == 2, result.output
    err = result.stderr.strip()
    assert "\n" not in err and "Traceback" not in err
    assert err.startswith("extract: error:") and needle in err


def test_single_file_prints_one_document() -> None:
    result = runner.invoke(app, [str(SEED)])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["schema_version"] == "1.0"
    assert len(doc["organizations"]) == 19 and len(doc["totals"]) == 8


def test_compact_is_one_line() -> None:
    result = runner.invoke(app, [str(SEED), "--compact"])
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1


def test_missing_file(tmp_path: Path) -> None:
    _one_line_error(runner.invoke(app, [str(tmp_path / "nope.txt")]), "no such file")


def test_empty_file(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    _one_line_error(runner.invoke(app, [str(p)]), "empty input")


def test_whitespace_only_file(tmp_path: Path) -> None:
    p = tmp_path / "blank.txt"
    p.write_bytes(b" \n\n\t \r\n")
    _one_line_error(runner.invoke(app, [str(p)]), "empty input")


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "photo.jpg"
    p.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8)
    _one_line_error(runner.invoke(app, [str(p)]), "not a text article")


def test_random_bytes(tmp_path: Path) -> None:
    p = tmp_path / "blob.bin"
    p.write_bytes(bytes(range(256)) * 16)
    _one_line_error(runner.invoke(app, [str(p)]), "not a text article")


def test_too_large(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2000)
    _one_line_error(runner.invoke(app, [str(p), "--max-bytes", "1000"]), "over the limit")


def test_bad_pattern_folder(tmp_path: Path) -> None:
    d = tmp_path / "pats"
    d.mkdir()
    (d / "bad.jsonl").write_text('{"label": "UNIT"\n', encoding="utf-8")
    _one_line_error(runner.invoke(app, [str(SEED), "--patterns", str(d)]), "bad.jsonl:1")


def test_schema() -> None:
    result = runner.invoke(app, ["--schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert {"organizations", "totals", "source", "warnings"} <= set(schema["properties"])


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("vnextract ")


def test_no_input_is_usage_error() -> None:
    _one_line_error(runner.invoke(app, []), "no input")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extractor", *args], capture_output=True, text=True, timeout=300)


def test_unknown_option_is_one_line() -> None:
    proc = _run("--bogus")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("extract: error: No such option: --bogus")


def test_bad_option_value_is_one_line() -> None:
    proc = _run("--jobs", "abc", str(SEED))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "--jobs" in proc.stderr


def test_html_view_and_json(tmp_path: Path) -> None:
    view = tmp_path / "view.html"
    result = runner.invoke(app, [str(SEED), "--html", str(view)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["organizations"]
    assert view.read_text(encoding="utf-8").count("<mark") == 19 + 19 + 8


def test_db_twice_same_rows(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "r.sqlite"
    for _ in range(2):
        result = runner.invoke(app, [str(SEED.parent), "--db", str(db)])
        assert result.exit_code == 0, result.stderr
        assert result.stdout == ""  # the database is the output
    conn = sqlite3.connect(db)
    n_articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    n_orgs = conn.execute("SELECT COUNT(*) FROM organization_figures").fetchone()[0]
    assert n_articles == len(list(SEED.parent.glob("*.txt"))) + len(list(SEED.parent.glob("*.json")))
    assert n_orgs >= 19


def test_a_single_article_run_ends_with_its_output_whole(tmp_path: Path) -> None:
    """One article ends without tearing the interpreter down: its output is flushed whole
    first (to a pipe here), and a failure keeps its one line and exit status."""
    proc = _run(str(SEED))
    assert proc.returncode == 0 and proc.stderr == ""
    assert len(json.loads(proc.stdout)["organizations"]) == 19
    view = tmp_path / "view.html"
    proc = _run(str(SEED), "--compact", "--html", str(view))
    assert proc.returncode == 0 and proc.stdout.count("\n") == 1 and "<mark" in view.read_text(encoding="utf-8")
    proc = _run(str(tmp_path / "missing.txt"))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == f"extract: error: {tmp_path / 'missing.txt'}: no such file\n"
