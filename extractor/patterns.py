"""Load and validate the pattern data in ``patterns/`` (YAML regex tables, spaCy JSONL).

Takes: the built-in pattern folder plus optional user folders.
Returns: a :class:`PatternSet` holding the parsed YAML tables, compiled regexes
(``regex`` module, verbose mode) and the EntityRuler patterns.
Errors: :class:`~extractor.errors.PatternError` naming the file and line.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex
import yaml

from .errors import PatternError

#: Every regex is applied with this timeout (seconds); see also the linear-time tests.
REGEX_TIMEOUT = 1.0

_ENTITY_KEYS = {"label", "pattern", "id"}
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available


def builtin_dir() -> Path:
    """The folder of built-in patterns (``patterns/`` in a checkout, packaged in a wheel).
    Sources imported from a checkout that is not installed editable (Python started in
    the repository's root while the installed package is a wheel) read the checkout's."""
    try:
        return Path(str(resources.files("extractor.builtin_patterns")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "patterns"


@dataclass(frozen=True)
class Regex:
    """One compiled YAML regex entry. ``needs``: strings one of which every match
    holds (the entry's optional ``needs`` list); a text without any of them is not
    searched."""

    id: str
    label: str
    compiled: regex.Pattern[str]
    source: str
    needs: tuple[str, ...] = ()

    def may_match(self, text: str) -> bool:
        return not self.needs or any(n in text for n in self.needs)

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """The matches in ``text`` (with the timeout)."""
        if not self.may_match(text):
            return iter(())
        found: Iterator[regex.Match[str]] = self.compiled.finditer(text, timeout=REGEX_TIMEOUT)
        return found

    def search(self, text: str) -> regex.Match[str] | None:
        """The first match in ``text`` (with the timeout)."""
        if not self.may_match(text):
            return None
        return self.compiled.search(text, timeout=REGEX_TIMEOUT)

    def match(self, text: str) -> regex.Match[str] | None:
        """The match at the start of ``text`` (with the timeout)."""
        if not self.may_match(text):
            return None
        return self.compiled.match(text, timeout=REGEX_TIMEOUT)


@dataclass
class PatternSet:
    """All pattern data, merged from one or more folders."""

    tables: dict[str, dict[str, Any]] = field(default_factory=dict)
    regexes: dict[str, Regex] = field(default_factory=dict)
    entities: list[dict[str, Any]] = field(default_factory=list)
    matchers: list[dict[str, Any]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def table(self, name: str) -> dict[str, Any]:
        return self.tables.get(name, {})

    def regex(self, pattern_id: str) -> regex.Pattern[str]:
        return self.entry(pattern_id).compiled

    def entry(self, pattern_id: str) -> Regex:
        try:
            return self.regexes[pattern_id]
        except KeyError:
            raise PatternError(f"no pattern with id {pattern_id!r} in {self.sources}") from None


def word_set(table: dict[str, Any], key: str) -> frozenset[str]:
    """A word list of a pattern table, case-folded, for membership tests."""
    return frozenset(str(w).casefold() for w in table.get(key) or [])


def not_name_words(names_table: dict[str, Any]) -> frozenset[str]:
    """The capitalized words of names.yaml that are no names: ``not_names`` and the names
    of times (``time_names``: "Tết", "Đông Xuân"), case-folded."""
    return word_set(names_table, "not_names") | word_set(names_table, "time_names")


def _line_of(text: str, needle: str) -> int:
    idx = text.find(needle)
    return text.count("\n", 0, idx) + 1 if idx >= 0 else 1


def compile_regex(src: str, where: str) -> regex.Pattern[str]:
    try:
        return regex.compile(src, regex.VERBOSE | regex.V1)
    except regex.error as exc:  # pragma: no branch - message differs per version
        raise PatternError(f"{where}: bad regex: {exc}") from None


def _load_yaml(path: Path, into: PatternSet) -> None:
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.load(text, Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise PatternError(f"{path}:{line}: bad YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise PatternError(f"{path}:1: expected a mapping at the top level")
    name = path.stem
    for key, value in data.items():
        if key == "patterns":
            continue
        existing = into.tables.setdefault(name, {})
        if isinstance(value, list) and isinstance(existing.get(key), list):
            existing[key] = existing[key] + value
        elif isinstance(value, dict) and isinstance(existing.get(key), dict):
            existing[key] = {**existing[key], **value}
        else:
            existing[key] = value
    for entry in data.get("patterns") or []:
        if not isinstance(entry, dict) or not {"id", "label", "pattern"} <= entry.keys():
            pid = entry.get("id") if isinstance(entry, dict) else entry
            raise PatternError(
                f"{path}:{_line_of(text, str(pid))}: a pattern needs id, label and pattern"
            )
        where = f"{path}:{_line_of(text, 'id: ' + str(entry['id']))}"
        needs = entry.get("needs") or []
        if not (isinstance(needs, list) and all(isinstance(n, str) and n for n in needs)):
            raise PatternError(f"{where}: needs must be a list of non-empty strings")
        into.regexes[entry["id"]] = Regex(
            id=entry["id"],
            label=entry["label"],
            compiled=compile_regex(entry["pattern"], where),
            source=where,
            needs=tuple(needs),
        )
        into.tables.setdefault(name, {}).setdefault("_examples", []).append(entry)


def _load_jsonl(path: Path, into: PatternSet) -> None:
    target = into.matchers if path.name.endswith(".matcher.jsonl") else into.entities
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise PatternError(f"{path}:{lineno}: bad JSON: {exc.msg}") from None
        if not isinstance(obj, dict) or not {"label", "pattern"} <= obj.keys():
            raise PatternError(f"{path}:{lineno}: an entity pattern needs label and pattern")
        extra = set(obj) - _ENTITY_KEYS
        if extra:
            raise PatternError(f"{path}:{lineno}: unknown keys {sorted(extra)}")
        pat = obj["pattern"]
        if not (isinstance(pat, str) or (isinstance(pat, list) and pat)):
            raise PatternError(f"{path}:{lineno}: pattern must be a phrase or a token list")
        obj.setdefault("id", f"{path.stem}:{lineno}")
        target.append(obj)


def load_dir(folder: Path, into: PatternSet) -> None:
    """Load every ``*.yaml`` and ``*.jsonl`` in ``folder`` (sorted) into ``into``."""
    if not folder.is_dir():
        raise PatternError(f"{folder}: not a pattern folder")
    for path in sorted(folder.iterdir()):
        if path.suffix == ".yaml":
            _load_yaml(path, into)
        elif path.suffix == ".jsonl":
            _load_jsonl(path, into)
    into.sources.append(str(folder))


#: User pattern folders as data: ``((folder, ((file name, text), ...)), ...)``.
Bundle = tuple[tuple[str, tuple[tuple[str, str], ...]], ...]


def bundle(folders: tuple[str, ...]) -> Bundle:
    """The pattern files (``*.yaml``, ``*.jsonl``) of ``folders``, read here: what a worker
    on another machine, which may not see these folders, needs to load the same patterns."""
    out = []
    for folder in folders:
        files = sorted(p for p in Path(folder).iterdir() if p.suffix in (".yaml", ".jsonl"))
        out.append((folder, tuple((p.name, p.read_text(encoding="utf-8")) for p in files)))
    return tuple(out)


@lru_cache(maxsize=4)
def unbundle(data: Bundle) -> tuple[str, ...]:
    """Write bundled folders under the temporary directory, once per content (a folder
    named by its SHA-256, written whole before it is renamed into place); their paths."""
    import hashlib
    import os
    import tempfile

    paths = []
    for _, files in data:
        digest = hashlib.sha256(json.dumps(files).encode("utf-8")).hexdigest()[:32]
        target = Path(tempfile.gettempdir()) / f"vnextract-patterns-{digest}"
        if not target.is_dir():
            partial = Path(tempfile.mkdtemp(prefix="vnextract-patterns-", suffix=".partial"))
            for name, text in files:
                (partial / Path(name).name).write_text(text, encoding="utf-8")
            try:
                os.rename(partial, target)
            except OSError:  # another worker renamed its copy first: the same content
                import shutil

                shutil.rmtree(partial, ignore_errors=True)
        paths.append(str(target))
    return tuple(paths)


@lru_cache(maxsize=8)
def load(extra: tuple[str, ...] = ()) -> PatternSet:
    """The built-in patterns, plus any user folders (later folders add to earlier ones)."""
    pset = PatternSet()
    load_dir(builtin_dir(), pset)
    for folder in extra:
        load_dir(Path(folder), pset)
    return pset
