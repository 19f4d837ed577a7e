"""Score extractions against hand-annotated gold files (the corpus gold format).

Takes a folder of ``NNN.expected.json`` (see ``tests/corpus/GUIDE.md``) and the
folder holding the articles they name; returns precision, recall and F1 for
organization figures (name, percent) and for totals (value, unit), per file and
overall (micro-averaged).

Matching is one-to-one and lenient on spelling only: names are compared after
case folding, tone-placement and punctuation folding, and match when one is the
other or ends with it as whole words ("khối GDTX Bình Định" ~ "Bình Định");
percents must agree to 0.01; units match when one is the other or starts it
("đảng viên mới" ~ "đảng viên"); values must be equal.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

_PUNCT = regex.compile(r"[^\w\s]+")
_SPACE = regex.compile(r"\s+")


def fold(text: str) -> str:
    """Spelling-insensitive key: case, tone placement, punctuation and spacing folded."""
    from .tokens import canon

    t = str(canon(text.casefold()))
    t = _PUNCT.sub(" ", t)
    return str(_SPACE.sub(" ", t).strip())


def names_match(pred: str, gold: str) -> bool:
    p, g = fold(pred), fold(gold)
    if not p or not g:
        return False
    return p == g or p.endswith(" " + g) or g.endswith(" " + p) or p.replace(" ", "") == g.replace(" ", "")


def units_match(pred: str, gold: str) -> bool:
    p, g = fold(pred), fold(gold)
    return p == g or p.startswith(g + " ") or g.startswith(p + " ")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _match(
    preds: list[tuple[Any, ...]],
    golds: list[tuple[Any, ...]],
    same: Callable[[tuple[Any, ...], tuple[Any, ...]], bool],
    show: Callable[[tuple[Any, ...]], str],
) -> Score:
    score = Score()
    free = list(golds)
    for p in preds:
        hit = next((g for g in free if same(p, g)), None)
        if hit is None:
            score.fp += 1
            score.extras.append(show(p))
        else:
            free.remove(hit)
            score.tp += 1
    score.fn = len(free)
    score.misses = [show(g) for g in free]
    return score


def _dedupe(items: Iterable[tuple[Any, ...]], same: Callable[[tuple[Any, ...], tuple[Any, ...]], bool]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for item in items:
        if not any(same(item, o) for o in out):
            out.append(item)
    return out


def _same_org(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return abs(float(a[1]) - float(b[1])) < 0.01 and names_match(a[0], b[0])


def _same_total(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return abs(float(a[0]) - float(b[0])) < 1e-6 and units_match(a[1], b[1])


@dataclass(frozen=True)
class _Nothing:
    """What an article that failed to extract found."""

    organizations: tuple[()] = ()
    totals: tuple[()] = ()


_NOTHING = _Nothing()


def score_file(gold: dict[str, Any], result: Any) -> tuple[Score, Score]:
    """(organization score, totals score) of one extraction against its gold."""
    g_orgs = _dedupe(((o["name"], o["percent"]) for o in gold.get("organizations", [])), _same_org)
    p_orgs = _dedupe(((o.name, o.percent) for o in result.organizations), _same_org)
    g_tot = _dedupe(((t["value"], t["unit"]) for t in gold.get("totals", [])), _same_total)
    p_tot = _dedupe(((t.value, t.unit) for t in result.totals), _same_total)
    orgs = _match(p_orgs, g_orgs, _same_org, lambda x: f"{x[0]} {x[1]}%")
    tots = _match(p_tot, g_tot, _same_total, lambda x: f"{x[0]:g} {x[1]}")
    return orgs, tots


def evaluate(gold_dir: Path, article_dirs: list[Path], *, patterns: tuple[str, ...] = (), verbose: bool = False, out: Any = None) -> tuple[Score, Score]:
    """Score every gold file in ``gold_dir``; print a table to ``out``."""
    from . import extract_file
    from .errors import ExtractorError

    out = out or sys.stdout
    total_o, total_t = Score(), Score()
    golds = sorted(gold_dir.glob("*.expected.json"))
    out.write(f"{'file':<12} {'org P':>6} {'org R':>6} {'org F1':>6}   {'tot P':>6} {'tot R':>6} {'tot F1':>6}\n")
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        name = gold.get("file") or gpath.name.replace(".expected.json", ".txt")
        article = next((d / name for d in article_dirs if (d / name).is_file()), None)
        if article is None:
            out.write(f"{name:<12} (article not found)\n")
            continue
        try:
            result = extract_file(article, patterns=patterns)
        except ExtractorError as exc:  # scored as finding nothing: every gold item is missed
            out.write(f"{name:<12} error: {exc.message}\n")
            o, t = score_file(gold, _NOTHING)
            total_o.add(o)
            total_t.add(t)
            continue
        o, t = score_file(gold, result)
        total_o.add(o)
        total_t.add(t)
        out.write(f"{name:<12} {o.precision:6.3f} {o.recall:6.3f} {o.f1:6.3f}   {t.precision:6.3f} {t.recall:6.3f} {t.f1:6.3f}\n")
        if verbose:
            for label, s in (("org", o), ("total", t)):
                for m in s.misses:
                    out.write(f"    missed {label}: {m}\n")
                for e in s.extras:
                    out.write(f"    extra  {label}: {e}\n")
    out.write(
        f"{'overall':<12} {total_o.precision:6.3f} {total_o.recall:6.3f} {total_o.f1:6.3f}   "
        f"{total_t.precision:6.3f} {total_t.recall:6.3f} {total_t.f1:6.3f}\n"
    )
    return total_o, total_t


def main(gold_dir: Path, paths: list[str], *, patterns: tuple[str, ...] = ()) -> int:
    """``extract --eval GOLD_DIR [ARTICLE_DIR...]``: print scores; exit 0 (2 if no gold)."""
    if not gold_dir.is_dir() or not any(gold_dir.glob("*.expected.json")):
        sys.stderr.write(f"extract: error: {gold_dir}: no *.expected.json gold files\n")
        return 2
    dirs = [Path(p) for p in paths] or [gold_dir]
    env = os.environ.get("VNEXTRACT_CORPUS")
    if env:
        dirs.append(Path(env))
    evaluate(gold_dir, dirs, patterns=patterns, verbose=bool(os.environ.get("VNEXTRACT_EVAL_VERBOSE")))
    return 0
