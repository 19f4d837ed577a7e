"""Many inputs -> one output stream: expansion, workers, resume, progress, Dask.

Takes :class:`BatchOptions` (the ``extract PATH... -o out.jsonl`` command line) and
returns an exit status (:func:`run_batch`). The flow, every stage a generator so memory
stays flat however many inputs there are:

1. :func:`expand` turns the arguments (files, folders walked in name order, ``-`` for a
   list of paths on stdin) into input paths, in a stable order;
2. :class:`Feeder` turns them into :class:`Task` s: one per file, one per HTML response
   of a WARC file; with ``--resume`` it skips the inputs the output already holds;
3. an engine (:class:`LocalEngine`: in-process or a process pool; :class:`DaskEngine`)
   runs :func:`process_chunk` on bounded windows of tasks and yields one
   :class:`Outcome` per task, in input order;
4. :class:`Sink` appends each outcome's bytes with a single ``os.write``.

Every input gives one record, an error record when it fails (whatever the exception);
a worker process that dies costs only the input it was reading.
"""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import importlib
import importlib.util
import io
import itertools
import json
import os
import sqlite3
import stat
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from fnmatch import fnmatchcase
from pathlib import Path
from typing import IO, Any

from . import deadline, emit, forkserver, gcpause, store
from .emit import Key, key_of
from .errors import ExtractorError, TimedOutError
from .models import ErrorInfo, ErrorRecord
from .patterns import Bundle, bundle, unbundle
from .reader import DEFAULT_MAX_BYTES, RawArticle, read_bytes, read_path

WARC_SUFFIXES = (".warc", ".warc.gz")
CHUNK_SIZE = 4  # tasks per worker call
WINDOW_PER_JOB = 4  # chunks in flight (or done, waiting for their turn) per worker
DASK_MISSING = "--engine dask needs dask.distributed (pip install 'vnextract[dask]')"


class UsageError(Exception):
    """A bad command line or an unusable output: one line on stderr, exit 2."""


@dataclasses.dataclass(frozen=True)
class BatchOptions:
    """The batch command line (see ``extract --help``)."""

    paths: list[str]
    output: Path | None = None
    fmt: str = "jsonl"
    glob: str = "*"
    jobs: int | None = None
    resume: bool = False
    engine: str = "local"
    scheduler: str | None = None
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    patterns: tuple[str, ...] = ()
    db: Path | None = None
    timeout: float | None = deadline.DEFAULT_SECONDS


@dataclasses.dataclass(frozen=True)
class WorkerConfig:
    """What a worker needs besides its tasks; small and picklable."""

    fmt: str = "jsonl"
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    patterns: tuple[str, ...] = ()
    timeout: float | None = deadline.DEFAULT_SECONDS  # seconds per input (None: no limit)
    pattern_files: Bundle = ()  # the contents of ``patterns``, for workers elsewhere


def worker_patterns(config: WorkerConfig) -> tuple[str, ...]:
    """The user pattern folders as this worker reads them: the bundled contents written
    here when the config carries them (a Dask worker on another machine), else the paths."""
    return unbundle(config.pattern_files) if config.pattern_files else config.patterns


@dataclasses.dataclass(frozen=True)
class Task:
    """One input. ``path`` is what the output shows, ``location`` where a worker reads it.

    ``data`` holds the bytes when the main process already has them (WARC records,
    ``--resume``, Dask without a shared filesystem); else the worker reads ``location``.
    ``error`` is a (type, message) found before any work (e.g. a damaged WARC file).
    """

    path: str
    location: str
    record: str | None = None
    url: str | None = None
    data: bytes | None = None
    sha256: str | None = None
    error: tuple[str, str] | None = None

    @property
    def key(self) -> Key:
        """The resume key (see :func:`extractor.emit.key_of`)."""
        return key_of({"path": self.path, "record": self.record, "sha256": self.sha256})


@dataclasses.dataclass(frozen=True)
class Outcome:
    """The result of one task: the bytes to append and what they hold."""

    payload: bytes
    organizations: int = 0
    totals: int = 0
    error: bool = False


# --------------------------------------------------------------------------- inputs


def is_warc(path: str) -> bool:
    """True for ``.warc`` and ``.warc.gz`` names (any case)."""
    return path.lower().endswith(WARC_SUFFIXES)


def expand(paths: Iterable[str], glob: str = "*", stdin: IO[str] | None = None,
           exclude: str | None = None) -> Iterator[str]:  # fmt: skip
    """Input paths, in order: files as given, folders walked (see :func:`walk`), ``-``
    replaced by the paths listed one per line on ``stdin``. ``exclude`` (a real path,
    the output file) is never an input."""
    for arg in paths:
        if arg == "-":
            for line in stdin or sys.stdin:
                name = line.rstrip("\r\n")
                if name.strip():
                    yield from _expand_one(name, glob, exclude)
        else:
            yield from _expand_one(arg, glob, exclude)


def _expand_one(path: str, glob: str, exclude: str | None) -> Iterator[str]:
    if os.path.isdir(path):
        yield from walk(path, glob, exclude)
    else:
        yield path


def walk(folder: str, glob: str = "*", exclude: str | None = None) -> Iterator[str]:
    """Files under ``folder`` whose name matches ``glob``, sorted by name at each level.

    Hidden names (``.x``) are skipped, symlinked folders not followed, FIFOs, sockets
    and devices ignored; symlinks to files are inputs, dangling ones too (they become
    error records). A folder that cannot be listed is yielded itself (an error record).
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield folder
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk(entry.path, glob, exclude)
        elif _is_input_file(entry) and fnmatchcase(entry.name, glob):
            if exclude is None or os.path.realpath(entry.path) != exclude:
                yield entry.path


def _is_input_file(entry: os.DirEntry[str]) -> bool:
    if entry.is_symlink():
        return not entry.is_dir()  # a link to a file, or dangling
    return entry.is_file(follow_symlinks=False)


def count_inputs(paths: list[str], glob: str, exclude: str | None = None) -> int | None:
    """How many inputs :func:`expand` will give, when cheap to know (no stdin, no WARC)."""
    if "-" in paths:
        return None
    n = 0
    for path in expand(paths, glob, exclude=exclude):
        if is_warc(path):
            return None
        n += 1
    return n


def read_limited(location: str, max_bytes: int) -> tuple[bytes | None, str | None]:
    """(the file's bytes, or None when over ``max_bytes``; the SHA-256 of all of it).

    Both are None when the file cannot be read (missing, a folder, no permission).
    """
    digest = hashlib.sha256()
    kept: bytearray | None = bytearray()
    try:
        with open(location, "rb") as fh:
            while block := fh.read(1 << 20):
                digest.update(block)
                if kept is not None:
                    kept += block
                    if len(kept) > max_bytes:
                        kept = None
    except OSError:
        return None, None
    return (bytes(kept) if kept is not None else None), digest.hexdigest()


class Feeder:
    """Input paths -> :class:`Task` s; with ``done`` (resume) skips inputs already written.

    ``preload`` reads each file here (needed to hash it for ``--resume``, and to send
    bytes to workers that cannot see the files); ``location`` maps a path to where
    workers read it. Counts skipped inputs (and skipped error records) in ``stats``.
    """

    def __init__(self, config: WorkerConfig, stats: Stats, *, preload: bool = False,
                 done: Counter[Key] | None = None, failed: Counter[Key] | None = None,
                 location: Callable[[str], str] = str) -> None:  # fmt: skip
        self.config = config
        self.stats = stats
        self.preload = preload or bool(done)
        self.done: Counter[Key] = done if done is not None else Counter()
        self.failed: Counter[Key] = failed if failed is not None else Counter()
        self.location = location

    def tasks(self, paths: Iterable[str]) -> Iterator[Task]:
        """One task per file, one per WARC record, in order, minus those already done."""
        for path in paths:
            found = self._warc(path) if is_warc(path) else iter([self._file(path)])
            for task in found:
                if not self._already_done(task.key):
                    yield task

    def _file(self, path: str) -> Task:
        task = Task(path=path, location=self.location(path))
        if not self.preload:
            return task
        data, digest = read_limited(task.location, self.config.max_bytes)
        if data is not None:
            return dataclasses.replace(task, data=data, sha256=digest)
        return dataclasses.replace(task, sha256=digest, error=_read_failure(task, self.config))

    def _warc(self, path: str) -> Iterator[Task]:
        location = self.location(path)
        try:
            from . import warc

            for rec in warc.iter_records(location):
                digest = hashlib.sha256(rec.data).hexdigest()
                yield Task(path=path, location=location, record=rec.record_id, url=rec.url,
                           data=rec.data, sha256=digest)  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - a bad archive is an error record, never a crash
            yield Task(path=path, location=location, error=describe(exc, path))

    def _already_done(self, key: Key) -> bool:
        if not _take(self.done, key):
            return False
        self.stats.skipped += 1
        self.stats.errors += _take(self.failed, key)
        return True


def _take(counts: Counter[Key], key: Key) -> bool:
    """Take one ``key`` from ``counts`` (dropping it at zero); False when there is none."""
    n = counts.get(key, 0)
    if n <= 0:
        return False
    if n == 1:
        del counts[key]
    else:
        counts[key] = n - 1
    return True


def _read_failure(task: Task, config: WorkerConfig) -> tuple[str, str] | None:
    """The error :func:`~extractor.reader.read_path` gives for a file we could not load."""
    try:
        _read(task, config)
    except Exception as exc:  # noqa: BLE001 - any failure is recorded
        return describe(exc, task.path)
    return None  # readable after all (it changed meanwhile): the worker reads it


# --------------------------------------------------------------------------- workers


def describe(exc: BaseException, path: str) -> tuple[str, str]:
    """(type, one-line message) of an exception: the error code for our own errors."""
    if isinstance(exc, ExtractorError):
        return exc.code, exc.message
    lines = str(exc).strip().splitlines()
    detail = f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__
    return type(exc).__name__, f"{path}: internal error ({detail})"


def init_worker(config: WorkerConfig) -> None:
    """Load the pipeline once per worker process and warm it up (never raises). A worker
    of a batch also loads underthesea's NER models now: over thousands of inputs some
    name will need them (about one article in thirty), and a worker forked from the
    pool's fork server then starts with them; so with the word segmentation's weights
    (which a single article does without, and which the warm-up then uses). The
    garbage collector is paused meanwhile (:mod:`extractor.gcpause`), and what was
    loaded is frozen after (``gc.freeze``): the collections the articles' work triggers
    then never scan it (~4% of an article's time, ``bench/``)."""
    with gcpause.paused():
        try:
            from . import match, ner, postags, wordseg
            from .pipeline import run

            extra = worker_patterns(config)
            match.pipeline(extra)
            wordseg.load_weights()
            postags.table()
            run(read_bytes(b"Warm up: 1 (2%), 3 4.\n"), patterns=extra)
            ner.load()
        except Exception:  # noqa: BLE001 - a broken setup shows up as error records instead
            pass
    gc.freeze()  # what was loaded lives as long as the worker: no collection scans it again


def process_chunk(tasks: list[Task], config: WorkerConfig) -> list[Outcome]:
    """Run :func:`process_task` on each task (top-level: picklable for any pool)."""
    return [process_task(task, config) for task in tasks]


def process_task(task: Task, config: WorkerConfig) -> Outcome:
    """Read and extract one input; any exception becomes an error record."""
    from .pipeline import run

    if task.error is not None:
        return error_outcome(task, *task.error, config=config)
    try:
        raw = _read(task, config)
        if task.record is not None:
            raw = dataclasses.replace(raw, url=task.url or raw.url, record=task.record)
        with deadline.time_limit(config.timeout):
            doc = run(raw, patterns=worker_patterns(config))
        payload = emit.emitter(config.fmt).encode(doc)
    except TimedOutError as exc:
        return error_outcome(task, exc.code, f"{Path(task.path)}: {exc.message}", config=config)
    except Exception as exc:  # noqa: BLE001 - never crash the batch, never lose an input
        return error_outcome(task, *describe(exc, task.path), config=config)
    return Outcome(payload, len(doc.organizations), len(doc.totals))


def _read(task: Task, config: WorkerConfig) -> RawArticle:
    """The task's article; errors name ``task.path`` exactly as ``extract FILE`` does."""
    shown = str(Path(task.path))
    try:
        if task.data is None:
            raw = read_path(task.location, encoding=config.encoding, max_bytes=config.max_bytes)
            return dataclasses.replace(raw, path=task.path)
        return read_bytes(task.data, path=task.path, encoding=config.encoding, max_bytes=config.max_bytes)
    except ExtractorError as exc:
        message = exc.message
        read_as = str(Path(task.location))
        if task.data is None and read_as != shown and message.startswith(read_as):
            message = shown + message[len(read_as) :]
        elif task.data is not None and not message.startswith(shown):
            message = f"{shown}: {message}"
        raise type(exc)(message) from None


def error_outcome(task: Task, kind: str, message: str, *, config: WorkerConfig) -> Outcome:
    """The error record of a task, encoded: source path, sha256 (when readable), record.

    A file's digest is that of its bytes (read again if need be: the resume key); a
    whole WARC file that fails has none (its key is its path).
    """
    digest = task.sha256
    if digest is None and task.data is not None:
        digest = hashlib.sha256(task.data).hexdigest()
    elif digest is None and task.error is None and task.record is None:  # a file the worker read
        digest = read_limited(task.location, 0)[1]
    source: dict[str, Any] = {"path": task.path}
    if digest is not None:
        source["sha256"] = digest
    if task.record is not None:
        source.update(record=task.record, url=task.url)
    doc = ErrorRecord(source=source, error=ErrorInfo(type=kind, message=message.replace("\n", " ")))
    return Outcome(emit.emitter(config.fmt).encode(doc), error=True)


# --------------------------------------------------------------------------- engines


def chunks(tasks: Iterable[Task], size: int = CHUNK_SIZE) -> Iterator[list[Task]]:
    """Consecutive lists of ``size`` tasks (the last may be shorter)."""
    it = iter(tasks)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


Work = Callable[[list[Task], WorkerConfig], list[Outcome]]
Init = Callable[[WorkerConfig], None]


class LocalEngine:
    """Tasks -> outcomes in input order, in this process (``jobs=1``) or a process pool.

    The pool (workers forked from a warm fork server, see :mod:`extractor.forkserver`; ``init``
    loads the user's patterns, if any, once per worker) gets
    chunks of ``chunk_size`` tasks, at most ``jobs * WINDOW_PER_JOB`` chunks ahead of
    the one being written. When a worker dies, the chunks it took down are run again
    one task at a time on a fresh pool; a task that kills that one too becomes an
    error record.
    """

    def __init__(self, config: WorkerConfig, jobs: int, *, work: Work = process_chunk,
                 init: Init = init_worker, chunk_size: int = CHUNK_SIZE) -> None:  # fmt: skip
        self.config, self.jobs, self.work, self.init = config, jobs, work, init
        self.chunk_size = chunk_size
        self.window = max(2, jobs * WINDOW_PER_JOB)
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the pool's workers (pending work is cancelled)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def map(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        """One outcome per task, in order; a single task runs in-process."""
        tasks = iter(tasks)
        head = list(itertools.islice(tasks, 2))
        tasks = itertools.chain(head, tasks)
        if self.jobs <= 1 or len(head) < 2:
            self.init(self.config)
            for task in tasks:
                yield from self.work([task], self.config)
            return
        yield from self._pooled(chunks(tasks, self.chunk_size))

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            forkserver.start()  # once, from the right folder, if the command line has not
            self._executor = ProcessPoolExecutor(
                self.jobs, mp_context=forkserver.context(),
                initializer=_pool_worker, initargs=(self.init, self.config, os.getpid()),
            )  # fmt: skip
        return self._executor

    def _restart(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def _submit(self, chunk: list[Task]) -> Future[list[Outcome]]:
        try:
            return self._pool().submit(self.work, chunk, self.config)
        except BrokenProcessPool as exc:
            failed: Future[list[Outcome]] = Future()
            failed.set_exception(exc)
            return failed

    def _pooled(self, chunked: Iterator[list[Task]]) -> Iterator[Outcome]:
        pending: deque[tuple[list[Task], Future[list[Outcome]]]] = deque()
        while True:
            while len(pending) < self.window and (chunk := next(chunked, None)) is not None:
                pending.append((chunk, self._submit(chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                self._restart()
                lost = [(chunk, future), *pending]
                pending.clear()
                for lost_chunk, lost_future in lost:
                    yield from self._salvage(lost_chunk, lost_future)
                continue
            except Exception:  # noqa: BLE001 - e.g. a result that does not pickle
                outcomes = list(self._one_by_one(chunk))
            yield from outcomes

    def _salvage(self, chunk: list[Task], future: Future[list[Outcome]]) -> Iterator[Outcome]:
        if future.done() and not future.cancelled() and future.exception() is None:
            yield from future.result()
        else:
            yield from self._one_by_one(chunk)

    def _one_by_one(self, chunk: list[Task]) -> Iterator[Outcome]:
        for task in chunk:
            try:
                yield from self._submit([task]).result()
            except BrokenProcessPool:
                self._restart()
                message = f"{task.path}: the worker process died (crashed or killed) reading this input"
                yield error_outcome(task, "BrokenProcessPool", message, config=self.config)
            except Exception as exc:  # noqa: BLE001
                yield error_outcome(task, *describe(exc, task.path), config=self.config)


def _pool_worker(init: Init, config: WorkerConfig, run_pid: int) -> None:
    """A pool worker's start: watch the process of the run, then ``init``."""
    threading.Thread(target=_watch, args=(run_pid,), daemon=True, name="vnextract-watch").start()
    init(config)


def _watch(run_pid: int, every: float = 1.0) -> None:
    """End this worker once the run's process is gone (killed with SIGKILL, say): what it
    does can no longer be written, and its pool's queues would keep it waiting forever
    (with the fork server it serves, which lives as long as a worker does)."""
    while True:
        time.sleep(every)
        try:
            os.kill(run_pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except OSError:  # EPERM: the process exists
            pass


class DaskEngine:
    """Tasks -> outcomes in input order on a dask.distributed cluster.

    ``scheduler`` (``tcp://HOST:PORT``) joins an existing cluster; None starts a
    LocalCluster of ``jobs`` single-threaded worker processes. Chunks are submitted
    ``jobs * WINDOW_PER_JOB`` (at least 8) at a time and put back in order as they
    complete; a chunk that fails (e.g. ``KilledWorker``) is retried task by task and a
    task that fails again becomes an error record. Workers must have vnextract
    installed; they read input files themselves when :meth:`sees` says they can.
    """

    def __init__(self, config: WorkerConfig, jobs: int, scheduler: str | None = None) -> None:
        try:
            distributed: Any = importlib.import_module("distributed")  # lazy: only with --engine dask
        except ImportError:
            raise UsageError(DASK_MISSING) from None
        self.config = dataclasses.replace(config, pattern_files=bundle(config.patterns))  # workers may not see the folders
        self._cluster: Any = None
        self.client: Any = None
        try:
            if scheduler is None:
                import logging

                self._cluster = distributed.LocalCluster(
                    n_workers=jobs, threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=logging.ERROR,
                )  # fmt: skip
            self.client = distributed.Client(self._cluster or scheduler, timeout=30)
            workers = max(1, len(self.client.scheduler_info().get("workers", {})))
            self.client.run(init_worker, config)
        except Exception as exc:  # noqa: BLE001 - dask fails in many ways; the user gets one line
            self.close()
            where = f"the Dask scheduler {scheduler}" if scheduler else "a Dask LocalCluster"
            raise UsageError(f"cannot use {where} ({_first_line(exc)})") from None
        self.window = max(8, workers * WINDOW_PER_JOB)

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Disconnect (and stop the LocalCluster this engine started)."""
        if self.client is not None:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def sees(self, path: str) -> bool:
        """True when every worker sees ``path`` as this process does (shared filesystem)."""
        here = _fingerprint(path)
        if not here[0]:
            return False
        seen = self.client.run(_fingerprint, path)
        return all(tuple(v) == here for v in seen.values())

    def map(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        """One outcome per task, in order."""
        running: Any = importlib.import_module("distributed").as_completed()
        index: dict[str, int] = {}
        sent: dict[int, list[Task]] = {}
        ready: dict[int, list[Outcome]] = {}
        chunked, submitted, written = chunks(tasks), 0, 0
        while True:
            while submitted - written < self.window and (chunk := next(chunked, None)) is not None:
                future = self.client.submit(process_chunk, chunk, self.config, pure=False)
                index[future.key], sent[submitted] = submitted, chunk
                running.add(future)
                submitted += 1
            if written == submitted:
                return
            future = next(running)
            i = index.pop(future.key)
            ready[i] = self._result(future, sent.pop(i))
            while written in ready:
                yield from ready.pop(written)
                written += 1

    def _result(self, future: Any, chunk: list[Task]) -> list[Outcome]:
        try:
            return list(future.result())
        except Exception:  # noqa: BLE001 - KilledWorker, lost connections, ...
            return [self._alone(task) for task in chunk]

    def _alone(self, task: Task) -> Outcome:
        try:
            outcomes: list[Outcome] = self.client.submit(process_chunk, [task], self.config, pure=False).result()
            return outcomes[0]
        except Exception as exc:  # noqa: BLE001
            return error_outcome(task, *describe(exc, task.path), config=self.config)


def _fingerprint(path: str) -> tuple[bool, int]:
    """(exists, size of a regular file or -1): compared across machines by :meth:`DaskEngine.sees`."""
    try:
        st = os.stat(path)
    except OSError:
        return (False, 0)
    return (True, st.st_size if stat.S_ISREG(st.st_mode) else -1)


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


# --------------------------------------------------------------------------- progress


@dataclasses.dataclass
class Stats:
    """Counts for the progress bar and the summary line."""

    done: int = 0
    skipped: int = 0
    organizations: int = 0
    totals: int = 0
    errors: int = 0

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        self.done += 1
        self.organizations += outcome.organizations
        self.totals += outcome.totals
        self.errors += outcome.error

    def summary(self, seconds: float) -> str:
        """The one-line summary printed at the end."""
        files = f"{self.done + self.skipped} files"
        if self.skipped:
            files += f" ({self.skipped} already done)"
        return (f"extract: {files}, {self.organizations} organizations, {self.totals} totals, "
                f"{self.errors} errors, {seconds:.1f} s")  # fmt: skip


class Progress:
    """A rich progress bar on stderr, shown only when stderr is a terminal.

    Shows files done/total (the total is counted in a background thread when cheap:
    no stdin list, no WARC), articles/s, errors and the time left.
    """

    def __init__(self, stats: Stats, opts: BatchOptions, enabled: bool | None = None) -> None:
        self.stats = stats
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.total: int | None = None
        self.started = time.monotonic()
        self._bar: Any = None
        self._task: Any = None
        if self.enabled:
            self._start(opts)

    def _start(self, opts: BatchOptions) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn

        text = ("{task.completed}/{task.fields[of]} files · {task.fields[rate]:.1f} articles/s · "
                "{task.fields[errors]} errors · ETA {task.fields[eta]}")  # fmt: skip
        self._bar = Progress(BarColumn(), TextColumn(text), console=Console(stderr=True), transient=True)
        self._task = self._bar.add_task("extract", total=None, of="?", rate=0.0, errors=0, eta="?")
        self._bar.start()
        threading.Thread(target=self._count, args=(opts,), daemon=True).start()

    def _count(self, opts: BatchOptions) -> None:
        exclude = os.path.realpath(opts.output) if opts.output is not None else None
        try:
            self.total = count_inputs(opts.paths, opts.glob, exclude)
        except Exception:  # noqa: BLE001 - the total is a nicety
            self.total = None

    def update(self) -> None:
        """Refresh the bar from the stats."""
        if self._bar is None:
            return
        now = time.monotonic()
        if self.stats.done <= 1:  # the rate is counted from the first result (after start-up)
            self.started = now
        rate = (self.stats.done - 1) / (now - self.started) if now > self.started else 0.0
        finished = self.stats.done + self.stats.skipped
        eta = "?"
        if self.total is not None and rate > 0:
            eta = time.strftime("%H:%M:%S", time.gmtime(max(self.total - finished, 0) / rate))
        self._bar.update(self._task, completed=finished, total=self.total,
                         of=self.total if self.total is not None else "?",
                         rate=rate, errors=self.stats.errors, eta=eta)  # fmt: skip

    def stop(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


# --------------------------------------------------------------------------- the command


def check(opts: BatchOptions) -> None:
    """Raise :class:`UsageError` for a bad option or a command-line path that does not exist."""
    if opts.fmt not in emit.EMITTERS:
        raise UsageError(f"--format {opts.fmt} writes one document; use jsonl or csv for a batch")
    if opts.jobs is not None and opts.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    if opts.engine not in ("local", "dask"):
        raise UsageError(f"unknown --engine {opts.engine!r} (local or dask)")
    if opts.scheduler is not None and opts.engine != "dask":
        raise UsageError("--scheduler needs --engine dask")
    if opts.engine == "dask" and importlib.util.find_spec("distributed") is None:
        raise UsageError(DASK_MISSING)
    if opts.resume and opts.output is None:
        raise UsageError("--resume needs -o FILE")
    if not opts.glob:
        raise UsageError("--glob must not be empty")
    out = os.path.realpath(opts.output) if opts.output is not None else None
    for path in opts.paths:
        if path != "-" and not os.path.exists(path):
            raise UsageError(f"{path}: no such file")
        if path != "-" and os.path.realpath(path) == out:
            raise UsageError(f"{path}: is the output file too (-o)")


def run_batch(opts: BatchOptions) -> int:
    """Run the batch; return the exit status (0 all good, 1 some inputs failed, 2 usage)."""
    started = time.monotonic()
    try:
        return _run(opts, started)
    except UsageError as exc:
        sys.stderr.write(f"extract: error: {exc}\n")
        return 2
    except BrokenPipeError:  # the reader of stdout went away (e.g. `| head`): stop quietly
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return 1


def _run(opts: BatchOptions, started: float) -> int:
    check(opts)
    config = WorkerConfig(fmt=opts.fmt, encoding=opts.encoding, max_bytes=opts.max_bytes,
                          patterns=tuple(os.path.abspath(p) for p in opts.patterns),
                          timeout=opts.timeout)  # fmt: skip
    exclude = os.path.realpath(opts.output) if opts.output is not None else None
    paths = expand(opts.paths, opts.glob, exclude=exclude)
    first = next(paths, None)
    if first is None:
        raise UsageError(f"no input files found in {' '.join(opts.paths)} (--glob {opts.glob!r})")
    paths = itertools.chain([first], paths)
    stats = Stats()
    with _engine(opts, config, opts.jobs or os.cpu_count() or 1) as engine:  # before the output is touched
        try:
            sink, done, failed = emit.open_output(opts.output, emit.emitter(opts.fmt), resume=opts.resume)
        except emit.OutputError as exc:
            raise UsageError(str(exc)) from None
        progress = Progress(stats, opts)
        db = _open_db(opts.db)
        try:
            feeder = _feeder(engine, first, config, stats, done, failed)
            for outcome in engine.map(feeder.tasks(paths)):
                if db is not None:  # one transaction per article (see extractor.store)
                    store.write(db, json.loads(outcome.payload))
                if db is None or opts.output is not None:
                    _write(sink, outcome.payload)
                stats.add(outcome)
                progress.update()
        finally:
            progress.stop()
            sink.close()
            if db is not None:
                db.close()
    sys.stderr.write(stats.summary(time.monotonic() - started) + "\n")
    return 1 if stats.errors else 0


def _open_db(path: Path | None) -> sqlite3.Connection | None:
    if path is None:
        return None
    try:
        return store.connect(path)
    except sqlite3.Error as exc:
        raise UsageError(f"{path}: cannot open the database ({exc})") from None


def _write(sink: emit.Sink, payload: bytes) -> None:
    try:
        sink.write(payload)
    except emit.OutputError as exc:
        raise UsageError(str(exc)) from None


def _engine(opts: BatchOptions, config: WorkerConfig, jobs: int) -> LocalEngine | DaskEngine:
    if opts.engine == "dask":
        return DaskEngine(config, jobs, opts.scheduler)
    return LocalEngine(config, jobs)


def _feeder(engine: LocalEngine | DaskEngine, first: str, config: WorkerConfig, stats: Stats,
            done: Counter[Key], failed: Counter[Key]) -> Feeder:  # fmt: skip
    """Local workers read files themselves; Dask workers too when they see the files
    at the same absolute paths (a shared filesystem), else they are sent the bytes."""
    if isinstance(engine, LocalEngine):
        return Feeder(config, stats, done=done, failed=failed)
    shared = engine.sees(os.path.abspath(first))
    return Feeder(config, stats, preload=not shared, done=done, failed=failed, location=os.path.abspath)
