"""Extractions -> a SQLite database that trackers query (stdlib ``sqlite3``).

Takes extraction documents (or batch error records); writes normalized tables keyed
by the article's sha256: ``articles``, ``organization_figures``, ``totals``.
Re-running over the same archive replaces an article's rows instead of duplicating
them, and each article is written in one transaction, so a killed run leaves the
database consistent (an article is either fully there or not at all).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    sha256 TEXT PRIMARY KEY,
    path TEXT, url TEXT, record TEXT, published TEXT, title TEXT,
    encoding TEXT, format TEXT,
    organizations INTEGER NOT NULL DEFAULT 0, totals INTEGER NOT NULL DEFAULT 0,
    error_type TEXT, error_message TEXT,
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS organization_figures (
    sha256 TEXT NOT NULL REFERENCES articles(sha256) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    name TEXT NOT NULL, mention TEXT NOT NULL, percent REAL NOT NULL,
    grp TEXT, metric TEXT, basis TEXT,
    admin_type TEXT, admin_name TEXT, admin_province TEXT, admin_code TEXT,
    sentence INTEGER, start INTEGER, "end" INTEGER,
    PRIMARY KEY (sha256, idx)
);
CREATE TABLE IF NOT EXISTS totals (
    sha256 TEXT NOT NULL REFERENCES articles(sha256) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    value REAL NOT NULL, unit TEXT NOT NULL, text TEXT NOT NULL,
    qualifier TEXT, kind TEXT, per TEXT, period TEXT, percent_of_plan REAL,
    sentence INTEGER, start INTEGER, "end" INTEGER,
    PRIMARY KEY (sha256, idx)
);
CREATE INDEX IF NOT EXISTS organization_figures_name ON organization_figures(name);
CREATE INDEX IF NOT EXISTS totals_period ON totals(period);
"""


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (and create) the database; WAL mode so readers never block the writer."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.executescript(SCHEMA)
    return conn


def _source_key(doc: dict[str, Any]) -> str:
    src = doc.get("source") or {}
    key = src.get("sha256")
    if key:
        return str(key)
    # an unreadable input has no content hash: key it by where it came from
    return "error:" + str(src.get("path")) + ("#" + str(src["record"]) if src.get("record") else "")


def write(conn: sqlite3.Connection, doc: dict[str, Any]) -> None:
    """Insert or replace one article (a contract document or an error record)."""
    key = _source_key(doc)
    src = doc.get("source") or {}
    err = doc.get("error") or {}
    orgs = doc.get("organizations") or []
    tots = doc.get("totals") or []
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM organization_figures WHERE sha256 = ?", (key,))
        conn.execute("DELETE FROM totals WHERE sha256 = ?", (key,))
        conn.execute(
            "INSERT OR REPLACE INTO articles (sha256, path, url, record, published, title, encoding, format,"
            " organizations, totals, error_type, error_message, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))",
            (
                key, src.get("path"), src.get("url"), src.get("record"), src.get("published"),
                doc.get("title"), src.get("encoding"), src.get("format"), len(orgs), len(tots),
                err.get("type"), err.get("message"),
            ),
        )
        conn.executemany(
            "INSERT INTO organization_figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    key, i, o["name"], o["mention"], o["percent"], o.get("group"), o.get("metric"),
                    o.get("basis"), *(_admin(o.get("admin_unit"))), o.get("sentence"), o.get("start"), o.get("end"),
                )
                for i, o in enumerate(orgs)
            ],
        )
        conn.executemany(
            "INSERT INTO totals VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    key, i, t["value"], t["unit"], t["text"], t.get("qualifier"), t.get("kind"), t.get("per"),
                    t.get("period"), t.get("percent_of_plan"), t.get("sentence"), t.get("start"), t.get("end"),
                )
                for i, t in enumerate(tots)
            ],
        )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _admin(unit: dict[str, Any] | None) -> tuple[Any, Any, Any, Any]:
    if not unit:
        return (None, None, None, None)
    return (unit.get("type"), unit.get("name"), unit.get("province"), unit.get("code"))


def write_all(path: str | Path, docs: Iterable[dict[str, Any]]) -> int:
    """Write every document; return how many were written."""
    conn = connect(path)
    n = 0
    try:
        for doc in docs:
            write(conn, doc)
            n += 1
    finally:
        conn.close()
    return n


#: Queries a tracker would run (documented in the README, tested in tests/test_store.py).
EXAMPLE_QUERIES = {
    "one organization's figures over time": """
        SELECT a.published, a.title, o.percent, o.grp
        FROM organization_figures o JOIN articles a USING (sha256)
        WHERE o.name = :name ORDER BY a.published""",
    "the lowest performers of an article": """
        SELECT name, percent FROM organization_figures
        WHERE sha256 = :sha256 ORDER BY percent ASC LIMIT 5""",
    "the sum of totals by period": """
        SELECT period, unit, kind, SUM(value) AS total, COUNT(*) AS mentions
        FROM totals WHERE period IS NOT NULL
        GROUP BY period, unit, kind ORDER BY period""",
}
