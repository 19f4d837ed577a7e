"""Every pattern file is its own test table: each inline example runs here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import patterns
from extractor.errors import PatternError


def _examples() -> list[tuple[str, dict, str, bool]]:
    rows = []
    pset = patterns.load()
    for table in pset.tables.values():
        for entry in table.get("_examples", []):
            ex = entry.get("examples") or {}
            for m in ex.get("match", []):
                rows.append((entry["id"], m.get("groups") or {}, m["text"], True))
            for text in ex.get("no_match", []):
                rows.append((entry["id"], {}, text, False))
    return rows


EXAMPLES = _examples()


def test_every_regex_has_examples() -> None:
    pset = patterns.load()
    with_examples = {row[0] for row in EXAMPLES}
    assert set(pset.regexes) <= with_examples


@pytest.mark.parametrize("pid,groups,text,should_match", EXAMPLES, ids=[f"{r[0]}:{r[2][:30]}" for r in EXAMPLES])
def test_inline_example(pid: str, groups: dict, text: str, should_match: bool) -> None:
    rx = patterns.load().regex(pid)
    m = rx.search(text, timeout=patterns.REGEX_TIMEOUT)
    if not should_match:
        assert m is None, f"{pid} should not match {text!r} but matched {m.group(0)!r}"
        return
    assert m is not None, f"{pid} should match {text!r}"
    entry = patterns.load().entry(pid)
    assert entry.may_match(m.group(0)), f"{pid}: the match {m.group(0)!r} holds none of its needs {entry.needs}"
    assert [x.group(0) for x in entry.finditer(text)] == [x.group(0) for x in rx.finditer(text)]
    for name, expected in groups.items():
        got = m.group(int(name)) if str(name).isdigit() else m.group(name)
        assert got == expected, f"{pid} group {name}: {got!r} != {expected!r}"


def test_entity_patterns_have_labels() -> None:
    pset = patterns.load()
    assert pset.entities and all(e["label"] and e["pattern"] for e in pset.entities)
    assert {"ORG_OF", "ORG_HEAD", "UNIT", "PLAN", "TARGET", "AVERAGE", "PER"} <= {e["label"] for e in pset.entities}


def _bad_dir(tmp_path: Path, name: str, content: str) -> Path:
    d = tmp_path / "user"
    d.mkdir()
    (d / name).write_text(content, encoding="utf-8")
    return d


def test_bad_regex_names_file_and_line(tmp_path: Path) -> None:
    d = _bad_dir(tmp_path, "mine.yaml", "x: 1\npatterns:\n  - id: broken\n    label: X\n    pattern: '(unclosed'\n")
    with pytest.raises(PatternError, match=r"mine\.yaml:3: bad regex"):
        patterns.load((str(d),))


def test_needs_must_be_a_list_of_strings(tmp_path: Path) -> None:
    d = _bad_dir(tmp_path, "mine.yaml", "patterns:\n  - id: mine\n    label: X\n    needs: 5\n    pattern: 'x'\n")
    with pytest.raises(PatternError, match=r"mine\.yaml:2: needs must be a list"):
        patterns.load((str(d),))


def test_a_text_without_the_needs_is_not_searched(tmp_path: Path) -> None:
    d = _bad_dir(tmp_path, "mine.yaml", "patterns:\n  - id: mine\n    label: X\n    needs: ['%']\n    pattern: '\\d+'\n")
    entry = patterns.load((str(d),)).entry("mine")
    assert [m.group() for m in entry.finditer("12 và 5%")] == ["12", "5"]
    assert list(entry.finditer("12 và 5")) == [] and entry.search("12") is None


def test_bad_yaml_names_file_and_line(tmp_path: Path) -> None:
    d = _bad_dir(tmp_path, "mine.yaml", "a: 1\nb: [unclosed\n")
    with pytest.raises(PatternError, match=r"mine\.yaml:\d+: bad YAML"):
        patterns.load((str(d),))


def test_bad_json_names_file_and_line(tmp_path: Path) -> None:
    d = _bad_dir(tmp_path, "mine.jsonl", json.dumps({"label": "UNIT", "pattern": "hộ"}) + "\n{not json\n")
    with pytest.raises(PatternError, match=r"mine\.jsonl:2: bad JSON"):
        patterns.load((str(d),))


def test_unknown_key_rejected(tmp_path: Path) -> None:
    d = _bad_dir(tmp_path, "mine.jsonl", json.dumps({"label": "UNIT", "pattern": "hộ", "colour": 1}) + "\n")
    with pytest.raises(PatternError, match=r"mine\.jsonl:1: unknown keys"):
        patterns.load((str(d),))


def test_builtin_patterns_found_from_a_checkout_not_installed_editable(monkeypatch: pytest.MonkeyPatch) -> None:
    # Python started in a checkout's root imports its sources, where the wheel's
    # extractor.builtin_patterns does not exist: the checkout's patterns/ are read
    import importlib.resources

    from extractor import patterns as pattern_module

    if not str(pattern_module.__file__).endswith(".py"):
        pytest.skip("a compiled module: the patched attribute does not reach it")

    def missing(name: str) -> object:
        raise ModuleNotFoundError(name)

    monkeypatch.setattr(importlib.resources, "files", missing)
    folder = pattern_module.builtin_dir()
    if not (folder / "entities.jsonl").is_file():  # (the installed wheel's modules live outside a checkout)
        pytest.skip("the package is not imported from a checkout")
    assert folder.name == "patterns"
