"""Batches: many inputs -> one JSON Lines (or CSV) output, in a stable order, resumable.

Inputs are small copies of samples/*.txt in tmp_path. The in-process CliRunner is used
where it can be (the pipeline loads once per test session); a subprocess where a run
must be killed.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import batch
from extractor.batch import LocalEngine, Outcome, Task, WorkerConfig
from extractor.cli import app
from extractor.emit import CSV_COLUMNS
from tests.conftest import SAMPLES, SEED

runner = CliRunner()
SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]


def _article(path: Path, i: int, text: str | None = None) -> Path:
    """A distinct small article: a sample with a numbered last line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = text if text is not None else SAMPLE_TEXTS[i % len(SAMPLE_TEXTS)]
    path.write_text(f"{body}\nGhi chú số {i}.\n", encoding="utf-8")
    return path


def _records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def _paths(records: list[dict]) -> list[str]:
    return [r["source"]["path"] for r in records]


def _errors(records: list[dict]) -> dict[str, str]:
    return {r["source"]["path"]: r["error"]["type"] for r in records if "error" in r}


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def _mixed_folder(root: Path) -> list[str]:
    """Good, empty, binary and unreadable inputs; returns the expected output order."""
    _article(root / "b.txt", 1)
    _article(root / "a.txt", 0, SEED.read_text(encoding="utf-8"))
    _article(root / "sub" / "c.txt", 2)
    (root / "empty.txt").write_bytes(b"")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    (root / "gone.txt").symlink_to(root / "nowhere.txt")  # dangling: cannot be read, even as root
    _article(root / ".hidden" / "h.txt", 3)
    _article(root / ".h.txt", 4)
    return [str(root / n) for n in ("a.txt", "b.txt", "empty.txt", "gone.txt", "photo.jpg", "sub/c.txt")]


def test_folder_gives_one_record_per_input_in_stable_order(tmp_path: Path) -> None:
    want = _mixed_folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, [str(tmp_path / "in"), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 1, result.stderr
    records = _records(out.read_text(encoding="utf-8"))
    assert _paths(records) == want
    assert _errors(records) == {
        want[2]: "empty_input",
        want[3]: "missing_file",
        want[4]: "not_text",
    }
    seed = records[0]
    assert seed["schema_version"] == "1.0" and len(seed["organizations"]) == 19
    assert records[2]["source"]["sha256"]  # readable: hashed
    assert "sha256" not in records[3]["source"]  # unreadable: no digest
    summary = _one_line(result.stderr)
    assert summary.startswith("extract: 6 files,") and "3 errors" in summary and summary.endswith(" s")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads chmod 000 files")
def test_unreadable_file_is_an_error_record(tmp_path: Path) -> None:
    _article(tmp_path / "in" / "a.txt", 0)
    locked = _article(tmp_path / "in" / "b.txt", 1)
    locked.chmod(0)
    try:
        result = runner.invoke(app, [str(tmp_path / "in"), "--jobs", "1"])
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    assert _errors(_records(result.stdout)) == {str(locked): "input_error"}


def test_stdin_list_keeps_its_order(tmp_path: Path) -> None:
    a = _article(tmp_path / "a.txt", 0)
    b = _article(tmp_path / "d" / "b.txt", 1)
    listing = f"{tmp_path / 'd'}\n{tmp_path / 'missing.txt'}\n\n{a}\n"
    result = runner.invoke(app, ["-", "--jobs", "1"], input=listing)
    assert result.exit_code == 1
    records = _records(result.stdout)
    assert _paths(records) == [str(b), str(tmp_path / "missing.txt"), str(a)]
    assert records[1]["error"]["message"].endswith("no such file")


def test_glob_selects_names_in_folders_only(tmp_path: Path) -> None:
    _article(tmp_path / "d" / "a.txt", 0)
    _article(tmp_path / "d" / "b.md", 1)
    _article(tmp_path / "d" / "x" / "c.txt", 2)
    extra = _article(tmp_path / "e.md", 3)
    result = runner.invoke(app, [str(tmp_path / "d"), str(extra), "--glob", "*.txt", "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    names = [Path(p).name for p in _paths(_records(result.stdout))]
    assert names == ["a.txt", "c.txt", "e.md"]


def test_jobs_1_and_2_write_the_same_bytes(tmp_path: Path) -> None:
    for i in range(8):
        _article(tmp_path / "in" / f"{i:02}.txt", i)
    (tmp_path / "in" / "zz-empty.txt").write_bytes(b" \n")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        result = runner.invoke(app, [str(tmp_path / "in"), "-o", str(out), "--jobs", jobs])
        assert result.exit_code == 1, result.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert len(outs[0].splitlines()) == 9


def test_killed_run_resumes_to_every_input_exactly_once(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    files = [_article(tmp_path / "in" / f"{i:02}.txt", i, seed) for i in range(40)]
    out = tmp_path / "out.jsonl"
    code = "from extractor.cli import main; main()"
    args = [str(tmp_path / "in"), "-o", str(out), "--jobs", "2"]
    proc = subprocess.Popen([sys.executable, "-c", code, *args], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    deadline = time.monotonic() + 90
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 3:
                break
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its workers: this test started them
        proc.wait()
    before = out.read_bytes()
    assert before.count(b"\n") >= 3
    assert all(json.loads(line) for line in before.splitlines(keepends=True) if line.endswith(b"\n"))
    with out.open("ab") as fh:
        fh.write(b'{"schema_version":"1.0","source":{"path":"torn')  # what a kill mid-write leaves
    result = runner.invoke(app, [*args[:-1], "1", "--resume"])
    assert result.exit_code == 0, result.stderr
    records = _records(out.read_text(encoding="utf-8"))
    assert _paths(records) == [str(f) for f in files]  # each exactly once, in input order
    assert all(len(r["organizations"]) >= 19 for r in records)
    assert "already done" in result.stderr or before.count(b"\n") == 40


def test_workers_end_when_the_run_is_killed(tmp_path: Path) -> None:
    """SIGKILL to the run's process alone (not its group): its pool workers and their fork
    server do not linger."""
    seed = SEED.read_text(encoding="utf-8")
    for i in range(60):
        _article(tmp_path / "in" / f"{i:02}.txt", i, seed)
    out = tmp_path / "out.jsonl"
    code = "from extractor.cli import main; main()"
    proc = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "in"), "-o", str(out), "--jobs", "2"],
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    gone = False
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.read_bytes().count(b"\n") >= 2:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 20
        while not gone and time.monotonic() < deadline:
            try:
                os.killpg(proc.pid, 0)  # any process left in the run's group?
                time.sleep(0.1)
            except ProcessLookupError:
                gone = True
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert gone


def test_resume_skips_done_inputs_and_keeps_their_errors(tmp_path: Path) -> None:
    for i in range(3):
        _article(tmp_path / "in" / f"{i}.txt", i)
    (tmp_path / "in" / "3.txt").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    args = [str(tmp_path / "in"), "-o", str(out), "--jobs", "1"]
    assert runner.invoke(app, args).exit_code == 1
    full = out.read_bytes()
    again = runner.invoke(app, [*args, "--resume"])
    assert again.exit_code == 1 and "4 files (4 already done)" in again.stderr and "1 errors" in again.stderr
    assert out.read_bytes() == full
    _article(tmp_path / "in" / "1.txt", 99)  # changed bytes: a new input for --resume
    assert runner.invoke(app, [*args, "--resume"]).exit_code == 1
    assert len(out.read_bytes().splitlines()) == 5
    assert runner.invoke(app, args).exit_code == 1  # without --resume: overwritten
    assert _paths(_records(out.read_text(encoding="utf-8"))) == [str(tmp_path / "in" / f"{i}.txt") for i in range(4)]


def test_output_inside_the_input_folder_is_not_an_input(tmp_path: Path) -> None:
    _article(tmp_path / "a.txt", 0)
    out = tmp_path / "z.jsonl"
    out.write_text("old\n", encoding="utf-8")
    assert runner.invoke(app, [str(tmp_path), "-o", str(out), "--jobs", "1"]).exit_code == 0
    assert _paths(_records(out.read_text(encoding="utf-8"))) == [str(tmp_path / "a.txt")]


def test_resume_refuses_an_output_of_another_format(tmp_path: Path) -> None:
    a = _article(tmp_path / "a.txt", 0)
    out = tmp_path / "out.csv"
    assert runner.invoke(app, [str(a), "-o", str(out), "--jobs", "1"]).exit_code == 0  # JSON Lines
    before = out.read_bytes()
    result = runner.invoke(app, [str(a), "-o", str(out), "--format", "csv", "--resume"])
    assert result.exit_code == 2 and "not csv output" in _one_line(result.stderr)
    assert out.read_bytes() == before


def test_csv_round_trips_through_dictreader(tmp_path: Path) -> None:
    _article(tmp_path / "in" / "a.txt", 0, SEED.read_text(encoding="utf-8"))
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    json_out = runner.invoke(app, [str(tmp_path / "in"), "--jobs", "1"]).stdout
    result = runner.invoke(app, [str(tmp_path / "in"), "--format", "csv", "--jobs", "1"])
    assert result.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == CSV_COLUMNS
    doc = _records(json_out)[0]
    orgs = [r for r in rows if r["record_type"] == "organization"]
    totals = [r for r in rows if r["record_type"] == "total"]
    assert [r["name"] for r in orgs] == [o["name"] for o in doc["organizations"]]
    assert [r["percent"] for r in orgs] == [str(o["percent"]) for o in doc["organizations"]]
    assert [(r["value"], r["unit"], r["text"]) for r in totals] == [
        (str(t["value"]), t["unit"], t["text"]) for t in doc["totals"]
    ]
    assert {r["path"] for r in orgs + totals} == {doc["source"]["path"]}
    (error,) = [r for r in rows if r["record_type"] == "error"]
    assert error["error_type"] == "empty_input" and error["message"].endswith("empty input: no article text")


def test_csv_on_a_single_file_writes_stdout() -> None:
    result = runner.invoke(app, [str(SEED), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert Counter(r["record_type"] for r in rows) == {"organization": 19, "total": 8}


def _write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    pages = [
        ("text/html; charset=utf-8", "<html><body><p>" + SAMPLE_TEXTS[1].replace("\n", "</p><p>") + "</p></body></html>"),
        ("image/png", "not a page"),
        ("text/html", "<html><body><p>" + SAMPLE_TEXTS[2].replace("\n", "</p><p>") + "</p></body></html>"),
    ]
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i, (ctype, body) in enumerate(pages):
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://example.vn/{i}", "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=http,
            ))  # fmt: skip


def test_warc_html_responses_are_inputs_and_resume_by_record_id(tmp_path: Path) -> None:
    pytest.importorskip("extractor.warc")
    warc = tmp_path / "crawl.warc.gz"
    _write_warc(warc)
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, [str(warc), "-o", str(out), "--jobs", "1"]).exit_code == 0
    records = _records(out.read_text(encoding="utf-8"))
    assert [r["source"]["url"] for r in records] == ["https://example.vn/0", "https://example.vn/2"]
    assert all(r["source"]["record"].startswith("<urn:uuid:") and r["organizations"] for r in records)
    assert {r["source"]["path"] for r in records} == {str(warc)}
    first = out.read_bytes().splitlines(keepends=True)[0]
    out.write_bytes(first)
    again = runner.invoke(app, [str(warc), "-o", str(out), "--jobs", "1", "--resume"])
    assert again.exit_code == 0 and "(1 already done)" in again.stderr
    assert _records(out.read_text(encoding="utf-8")) == records


def test_dask_local_cluster_writes_what_the_local_engine_writes(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    for i in range(5):
        _article(tmp_path / "in" / f"{i}.txt", i)
    (tmp_path / "in" / "9.txt").write_bytes(b"\x00\x01\x02")
    local, dask = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    assert runner.invoke(app, [str(tmp_path / "in"), "-o", str(local), "--jobs", "1"]).exit_code == 1
    result = runner.invoke(app, [str(tmp_path / "in"), "-o", str(dask), "--engine", "dask", "--jobs", "2"])
    assert result.exit_code == 1, result.stderr
    assert dask.read_bytes() == local.read_bytes()
    assert _one_line(result.stderr).startswith("extract: 6 files,")


def test_dask_scheduler_address_joins_an_existing_cluster(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    for i in range(3):
        _article(tmp_path / "in" / f"{i}.txt", i)
    local = runner.invoke(app, [str(tmp_path / "in"), "--jobs", "1"])
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        result = runner.invoke(app, [str(tmp_path / "in"), "--engine", "dask", "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == local.stdout


def test_bytes_sent_to_workers_give_what_workers_reading_files_give(tmp_path: Path) -> None:
    """The Dask engine without a shared filesystem: the client reads, workers get bytes."""
    names = [_article(tmp_path / "a.txt", 0), tmp_path / "gone.txt", tmp_path / "empty.txt", tmp_path / "big.txt"]
    names[2].write_bytes(b"")
    names[3].write_bytes(b"x" * 5000)
    (tmp_path / "folder.txt").mkdir()
    names.append(tmp_path / "folder.txt")
    config = WorkerConfig(max_bytes=4000)
    paths = [os.path.relpath(p) for p in names]

    def run(preload: bool) -> list[bytes]:
        feeder = batch.Feeder(config, batch.Stats(), preload=preload, location=os.path.abspath)
        with LocalEngine(config, 1) as engine:
            return [o.payload for o in engine.map(feeder.tasks(paths))]

    sent, read = run(True), run(False)
    assert sent == read
    errors = [json.loads(p)["error"]["message"] for p in read[1:]]
    assert [m.split(": ", 1)[0] for m in errors] == paths[1:]  # named as given, not as read
    assert "over the limit of 4000" in errors[2] and "is a folder" in errors[3]


def test_dask_missing_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "distributed" else real(name, *a))
    result = runner.invoke(app, [str(SEED), str(SEED), "--engine", "dask"])
    assert result.exit_code == 2 and "needs dask.distributed" in _one_line(result.stderr)


def _crash_on_boom(tasks: list[Task], config: WorkerConfig) -> list[Outcome]:
    """A worker that dies (as on a segfault) when it meets an input named 'boom'."""
    for task in tasks:
        if "boom" in task.path:
            os._exit(11)
    return [Outcome(f"{t.path}\n".encode()) for t in tasks]


def _no_init(config: WorkerConfig) -> None:
    pass


def test_a_dying_worker_loses_no_input() -> None:
    names = [f"in{i}" for i in range(10)]
    names[6] = "boom"
    tasks = [Task(path=n, location=n) for n in names]
    with LocalEngine(WorkerConfig(), 2, work=_crash_on_boom, init=_no_init, chunk_size=2) as engine:
        outcomes = list(engine.map(tasks))
    assert len(outcomes) == 10
    assert [o.payload.decode().strip() for i, o in enumerate(outcomes) if i != 6] == [n for n in names if n != "boom"]
    dead = json.loads(outcomes[6].payload)
    assert outcomes[6].error and dead["error"]["type"] == "BrokenProcessPool"
    assert dead["source"]["path"] == "boom"


def test_any_exception_becomes_an_error_record(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    a = _article(tmp_path / "a.txt", 0)

    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("too deep\nsecond line")

    monkeypatch.setattr("extractor.pipeline.run", broken)
    outcome = batch.process_task(Task(path=str(a), location=str(a)), WorkerConfig())
    record = json.loads(outcome.payload)
    assert record["error"] == {"type": "RecursionError", "message": f"{a}: internal error (RecursionError: too deep)"}
    assert record["source"]["sha256"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["{tmp}/missing.txt", "-o", "{tmp}/out.jsonl"], "missing.txt: no such file"),
        (["{seed}", "{tmp}/missing"], "missing: no such file"),
        (["{seed}", "-o", "{tmp}/no/such/dir/out.jsonl"], "cannot write (no such folder)"),
        (["{seed}", "-o", "{tmp}"], "cannot write (is a folder)"),
        (["{tmp}/empty"], "no input files found"),
        (["{seed}", "{seed}", "--resume"], "--resume needs -o FILE"),
        (["{seed}", "-o", "{tmp}/out.jsonl", "--jobs", "0"], "--jobs must be at least 1"),
        (["{seed}", "{seed}", "--format", "json"], "use jsonl or csv"),
        (["{tmp}/empty", "{tmp}/empty/../in.txt", "-o", "{tmp}/in.txt"], "is the output file too"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(tmp_path: Path, args: list[str], needle: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "in.txt").write_bytes(SEED.read_bytes())
    argv = [a.format(tmp=tmp_path, seed=SEED) for a in args]
    result = runner.invoke(app, argv)
    assert result.exit_code == 2, result.output
    line = _one_line(result.stderr)
    assert line.startswith("extract: error:") and needle in line
    assert not (tmp_path / "out.jsonl").exists()
    assert (tmp_path / "in.txt").read_bytes() == SEED.read_bytes()


def _stuck_on_slow(raw: object, **kwargs: object) -> object:
    """The pipeline, except that an input named 'slow' never ends (a pure-Python loop)."""
    from extractor.pipeline import _run

    if "slow" in str(getattr(raw, "path", "")):
        while True:
            pass
    return _run(raw, tuple(kwargs.get("patterns", ())))  # type: ignore[arg-type]


def test_an_input_past_the_timeout_becomes_an_error_record(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("a", "slow", "c"):
        _article(tmp_path / "in" / f"{name}.txt", 0)
    monkeypatch.setattr("extractor.pipeline.run", _stuck_on_slow)
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    result = runner.invoke(app, [str(tmp_path / "in"), "-o", str(out), "--jobs", "1", "--timeout", "0.3"])
    assert time.monotonic() - started < 30
    assert result.exit_code == 1, result.stderr
    records = _records(out.read_text(encoding="utf-8"))
    assert [Path(p).name for p in _paths(records)] == ["a.txt", "c.txt", "slow.txt"]
    slow = records[2]
    assert slow["error"]["type"] == "timeout"
    assert slow["error"]["message"] == f"{tmp_path / 'in' / 'slow.txt'}: took longer than 0.3 s (--timeout); stopped"
    assert slow["source"]["sha256"] and all(r.get("organizations") for r in records[:2])


def test_the_timeout_holds_where_no_signal_can_reach(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """In a thread (as in a Dask worker) the pipeline checks the deadline between sentences
    (each made to take 50 ms here; patched where the pipeline calls it, a plain Python
    module in the compiled build too)."""
    import threading

    from extractor import deadline

    real_check = deadline.check

    def slow_check() -> None:
        time.sleep(0.05)
        real_check()

    monkeypatch.setattr(deadline, "check", slow_check)
    seed = tmp_path / "seed.txt"
    seed.write_bytes(SEED.read_bytes())
    outcomes: dict[float | None, Outcome] = {}

    def work(limit: float | None) -> None:
        outcomes[limit] = batch.process_task(Task(path=str(seed), location=str(seed)), WorkerConfig(timeout=limit))

    for limit in (0.1, None):
        thread = threading.Thread(target=work, args=(limit,))
        thread.start()
        thread.join(60)
    assert json.loads(outcomes[0.1].payload)["error"]["type"] == "timeout"
    assert not outcomes[None].error and outcomes[None].organizations > 10


def test_timeout_must_not_be_negative(tmp_path: Path) -> None:
    result = runner.invoke(app, [str(SEED), str(SEED), "--timeout", "-1"])
    assert result.exit_code == 2 and "--timeout must be 0" in _one_line(result.stderr)


def test_user_patterns_reach_workers_that_cannot_see_the_folder(tmp_path: Path) -> None:
    """Dask workers elsewhere get the pattern files' contents, not the folder's path."""
    from tests.test_user_patterns import TEXT, USER

    article = tmp_path / "bus.txt"
    article.write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "mine"
    folder.mkdir()
    for f in USER.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    shipped = WorkerConfig(patterns=(str(folder),), pattern_files=batch.bundle((str(folder),)))
    seen = batch.process_task(Task(path=str(article), location=str(article)), WorkerConfig(patterns=(str(folder),)))
    for f in folder.iterdir():
        f.unlink()
    folder.rmdir()  # the worker's machine has no such folder
    elsewhere = batch.process_task(Task(path=str(article), location=str(article)), shipped)
    assert not elsewhere.error and elsewhere.payload == seen.payload
    assert json.loads(seen.payload)["totals"][0]["unit"] == "ô tô điện"


def test_dask_workers_use_the_user_patterns(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from tests.test_user_patterns import TEXT, USER

    for i in range(3):
        (tmp_path / "in").mkdir(exist_ok=True)
        (tmp_path / "in" / f"{i}.txt").write_text(f"{TEXT}\nSố {i}.\n", encoding="utf-8")
    args = [str(tmp_path / "in"), "--patterns", str(USER)]
    local = runner.invoke(app, [*args, "--jobs", "1"])
    dask = runner.invoke(app, [*args, "--engine", "dask", "--jobs", "1"])
    assert dask.exit_code == 0 and local.exit_code == 0, dask.stderr
    assert dask.stdout == local.stdout
    assert all(r["totals"][0]["unit"] == "ô tô điện" for r in _records(dask.stdout))


def _ready(tasks: list[Task], config: WorkerConfig) -> list[Outcome]:
    """What a pool worker holds before it has done any work of its own."""
    import gc

    from extractor import match, ner, wordseg

    crf = wordseg._tagger()
    ready = [
        match.pipeline.cache_info().currsize,
        ner._tags.cache_info().currsize,
        gc.isenabled(),
        gc.get_freeze_count() > 10_000,
        crf is None or (crf.weights.scorer is not None and crf.tag._tag is None),
    ]
    return [Outcome(f"{' '.join(map(str, ready))}\n".encode()) for _ in tasks]


def test_pool_workers_start_with_the_pipeline_loaded() -> None:
    """Workers are forked from a fork server that loaded the pipeline and the NER models
    once (not spawned, each importing spaCy and loading the patterns again), with the
    word segmentation's weights and not underthesea's tagger, which they never use. The
    garbage collector is on in the workers, and the server's objects are frozen."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform: workers are spawned")
    tasks = [Task(path=f"in{i}", location=f"in{i}") for i in range(4)]
    with LocalEngine(WorkerConfig(), 2, work=_ready, init=_no_init, chunk_size=1) as engine:
        loaded = [o.payload.decode().strip() for o in engine.map(tasks)]
    assert loaded == ["1 1 True True True"] * 4


@pytest.mark.parametrize(("args", "started"), [(["--jobs", "2"], True), (["--jobs", "1"], False), (["--engine", "dask", "--jobs", "2"], False)])
def test_a_pooled_batch_starts_its_fork_server_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], started: bool) -> None:
    """The workers' pipeline loads while the command starts the batch: the fork server
    is started before the batch runs (not at its first submitted chunk)."""
    from extractor import forkserver

    calls: list[str] = []
    monkeypatch.setattr(forkserver, "start", lambda: calls.append("started") or True)
    monkeypatch.setattr(batch, "run_batch", lambda opts: 0)
    for i in range(2):
        (tmp_path / f"{i}.txt").write_text("Đạt 5%.", encoding="utf-8")
    result = runner.invoke(app, [str(tmp_path), *args])
    assert result.exit_code == 0, result.stderr
    assert bool(calls) is started


@pytest.mark.parametrize(
    ("args", "pooled"),
    [
        (["in", "-o", "out.jsonl"], True),
        (["in", "--output=out.jsonl", "--jobs", "2"], True),
        (["a.txt", "b.txt", "-o", "out.jsonl", "--jobs=3", "--resume"], True),
        (["-", "-o", "out.jsonl", "-j", "2"], True),
        (["in", "-o", "out.jsonl", "--jobs", "1"], False),
        (["in", "-o", "out.jsonl", "-j1"], False),  # unclear: typer decides
        (["in", "-o", "out.jsonl", "--jobs"], False),  # a usage error
        (["in", "-o", "out.jsonl", "--jobs", "x"], False),
        (["in", "-o", "out.jsonl", "--engine", "dask"], False),
        (["in", "-o", "out.jsonl", "--help"], False),
        (["--eval", "gold", "in", "-o", "out.jsonl"], False),
        (["in"], False),  # a folder to stdout, or a single article: typer decides
        (["a.txt", "--html", "view.html"], False),
        (["--schema"], False),
    ],
)
def test_the_fork_server_starts_before_parsing_only_for_a_sure_pooled_batch(
    monkeypatch: pytest.MonkeyPatch, args: list[str], pooled: bool
) -> None:
    from extractor import cli

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert cli._surely_a_pooled_batch(args) is pooled


def test_main_starts_the_fork_server_before_typer_parses(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from extractor import cli, forkserver

    events: list[str] = []
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(forkserver, "start", lambda: events.append("fork server") or True)
    monkeypatch.setattr(cli, "app", lambda **kw: events.append("parse") or 0)
    monkeypatch.setattr(sys, "argv", ["extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl")])
    with pytest.raises(SystemExit):
        cli.main()
    assert events == ["fork server", "parse"]


def test_the_fork_server_starts_in_the_package_folder_and_the_run_stays_put(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The fork server is ``python -c``, whose working directory comes first on its path
    (Python 3.10-3.11 never apply the parent's): it starts from the folder the package
    was imported from, and the run's own directory is back right after."""
    import multiprocessing
    import multiprocessing.forkserver

    from extractor import forkserver

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform: workers are spawned")
    seen: list[str] = []
    monkeypatch.setattr(multiprocessing.forkserver, "ensure_running", lambda: seen.append(os.getcwd()))
    monkeypatch.chdir(tmp_path)
    assert forkserver.start()
    assert seen == [str(Path(forkserver.__file__).resolve().parent.parent)]
    assert os.getcwd() == str(tmp_path)


def test_a_fork_server_that_cannot_start_is_no_error_and_leaves_the_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import multiprocessing.forkserver

    from extractor import forkserver

    def broken() -> None:
        raise OSError("no sockets here")

    monkeypatch.setattr(multiprocessing.forkserver, "ensure_running", broken)
    monkeypatch.chdir(tmp_path)
    assert forkserver.start() is False
    assert os.getcwd() == str(tmp_path)


def test_a_pooled_batch_run_from_a_folder_holding_another_extractor(tmp_path: Path) -> None:
    """End to end: a batch started in a checkout, or any folder holding an ``extractor``
    package, loads the installed one in its workers. (An editable install finds its
    package before the path is read, so this bites only with a built install.)"""
    import multiprocessing
    import shutil

    if "forkserver" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork server on this platform: workers are spawned")
    script = shutil.which("extract")
    if script is None:
        pytest.skip("no extract console script on PATH")
    (tmp_path / "extractor").mkdir()  # another package of that name, which imports fine
    (tmp_path / "extractor" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "extractor" / "preload.py").write_text("", encoding="utf-8")
    (tmp_path / "in").mkdir()
    for i in range(3):
        (tmp_path / "in" / f"{i}.txt").write_text(f"Sở Y tế tỉnh Nam Định đạt {90 + i}% kế hoạch.", encoding="utf-8")
    run = subprocess.run([script, "in", "-o", "out.jsonl", "--jobs", "2"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    records = _records((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert [r["organizations"][0]["percent"] for r in records] == [90, 91, 92]


def test_the_command_line_imports_no_output_model_before_it_needs_one() -> None:
    """pydantic (0.15 s) waits until a document is built: ``--help`` and a batch's start
    do not pay for it."""
    code = "import sys, extractor.cli; print('pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_single_article_past_the_timeout_stops_with_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _article(tmp_path / "slow.txt", 0)
    monkeypatch.setattr("extractor.pipeline.run", _stuck_on_slow)
    started = time.monotonic()
    result = runner.invoke(app, [str(tmp_path / "slow.txt"), "--timeout", "0.3"])
    assert time.monotonic() - started < 30
    assert result.exit_code == 2 and result.stdout == ""
    assert _one_line(result.stderr) == f"extract: error: {tmp_path / 'slow.txt'}: took longer than 0.3 s (--timeout); stopped"
