"""The SQLite store: normalized tables, re-runs replace rows, the README's queries run."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from extractor import store
from tests.conftest import SAMPLES


def _docs() -> list[dict]:
    from extractor import extract_file

    docs = [json.loads(extract_file(p).to_json()) for p in sorted(SAMPLES.glob("*.txt"))]
    docs.append({"source": {"path": "broken.bin"}, "error": {"type": "not_text", "message": "not a text article"}})
    return docs


def _counts(db: Path) -> tuple[int, int, int]:
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("articles", "organization_figures", "totals"))  # type: ignore[return-value]
    finally:
        conn.close()


def test_twice_gives_the_same_rows_as_once(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    docs = _docs()
    store.write_all(db, docs)
    once = _counts(db)
    store.write_all(db, docs)
    assert _counts(db) == once
    n_orgs = sum(len(d.get("organizations", [])) for d in docs)
    n_tots = sum(len(d.get("totals", [])) for d in docs)
    assert once == (len(docs), n_orgs, n_tots)


def test_example_queries(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    docs = _docs()
    store.write_all(db, docs)
    conn = sqlite3.connect(db)
    seed = next(d for d in docs if d.get("title", "").startswith("Đảng bộ thành phố Hà Nội"))
    rows = conn.execute(store.EXAMPLE_QUERIES["one organization's figures over time"], {"name": "Đảng bộ quận Cầu Giấy"}).fetchall()
    assert [r[2] for r in rows] == [119]
    lowest = conn.execute(store.EXAMPLE_QUERIES["the lowest performers of an article"], {"sha256": seed["source"]["sha256"]}).fetchall()
    assert lowest[0] == ("Đảng bộ Tổng Công ty xây dựng Công trình giao thông 8", 14)
    sums = conn.execute(store.EXAMPLE_QUERIES["the sum of totals by period"]).fetchall()
    assert ("2010-2015", "đảng viên", "actual", 64998, 1) in sums


def test_failed_write_leaves_nothing(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite"
    conn = store.connect(db)
    bad = {"source": {"sha256": "x"}, "organizations": [{"name": "A"}]}  # no mention/percent
    try:
        store.write(conn, bad)
    except KeyError:
        pass
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
