"""Batch output formats: one record per input, each encoded as whole lines of bytes.

Takes an :class:`~extractor.models.Extraction` or an :class:`~extractor.models.ErrorRecord`;
returns the bytes to append to the output for that input, ending with ``\\n``:

* ``jsonl`` (default): one line, the Extraction document or the error record;
* ``csv``: one row per organization figure and per total (none for an input without
  figures), one ``error`` row for an input that failed; :data:`CSV_COLUMNS` in order.

:func:`open_output` opens the output (stdout, or a file appended to with one
``os.write`` per input) and, to resume, reads back what it holds (:func:`read_done`):
each format parses its own lines (:meth:`Emitter.line_key`) into *keys* naming inputs
(:func:`key_of`); a *torn* last line (no trailing newline, or one that does not parse)
is what a killed run may leave behind, and is cut off.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .models import ErrorRecord, Extraction

#: Names one input: (path, "record", WARC-Record-ID) or (path, "sha256", hex digest or "").
Key = tuple[str, str, str]

#: The CSV columns, in order. ``record`` (WARC-Record-ID), ``error_type`` and ``message``
#: come after the figure columns; newlines inside a field are written as spaces.
CSV_COLUMNS: tuple[str, ...] = (
    "path", "sha256", "record_type", "name", "mention", "percent", "group",
    "value", "unit", "text", "qualifier", "kind", "per", "period", "percent_of_plan",
    "sentence", "start", "end", "record", "error_type", "message",
)  # fmt: skip

_ORG_FIELDS = ("name", "mention", "percent", "group", "sentence", "start", "end")
_TOTAL_FIELDS = (
    "value", "unit", "text", "qualifier", "kind", "per", "period", "percent_of_plan",
    "sentence", "start", "end",
)  # fmt: skip
_SOURCE_KEY = b'"source":'
FSYNC_EVERY = 1000  # records between two fsyncs of an output file
_DECODER = json.JSONDecoder()


def key_of(source: dict[str, Any]) -> Key:
    """The resume key of an input from its ``source`` fields (``path``, ``record``, ``sha256``).

    >>> key_of({"path": "a.warc", "record": "<urn:uuid:1>", "sha256": "ab"})
    ('a.warc', 'record', '<urn:uuid:1>')
    >>> key_of({"path": "a.txt", "sha256": "ab"}), key_of({"path": "gone.txt"})
    (('a.txt', 'sha256', 'ab'), ('gone.txt', 'sha256', ''))
    """
    path = str(source.get("path") or "")
    record = source.get("record")
    if record is not None and record != "":
        return (path, "record", str(record))
    return (path, "sha256", str(source.get("sha256") or ""))


class Emitter:
    """One output format: encodes records and reads keys back from its own output."""

    name = ""
    #: True when one input may take several lines (then they are contiguous).
    multi_line = False

    def header(self) -> bytes:
        """Bytes written once at the top of a new output (may be empty)."""
        return b""

    def encode(self, doc: Extraction | ErrorRecord) -> bytes:
        """The whole output of one input, as complete lines (may be empty)."""
        raise NotImplementedError

    def is_whole(self, line: bytes) -> bool:
        """True when ``line`` (with its newline) is a complete, parseable output line."""
        raise NotImplementedError

    def line_key(self, line: bytes) -> tuple[Key, bool] | None:
        """(key, is_error) of the input a whole line belongs to; None for a header."""
        raise NotImplementedError

    def is_first(self, line: bytes) -> bool:
        """True when ``line`` (whole or torn) can start an output of this format."""
        raise NotImplementedError


class JsonLines(Emitter):
    """JSON Lines: one Extraction document or error record per line."""

    name = "jsonl"

    def encode(self, doc: Extraction | ErrorRecord) -> bytes:
        return doc.model_dump_json().encode("utf-8") + b"\n"

    def is_whole(self, line: bytes) -> bool:
        if not line.endswith(b"\n"):
            return False
        try:
            return isinstance(json.loads(line), dict)
        except ValueError:
            return False

    def is_first(self, line: bytes) -> bool:
        return line.startswith(b"{")

    def line_key(self, line: bytes) -> tuple[Key, bool] | None:
        source = _source_of(line)
        if source is None:
            return None
        return key_of(source), line.startswith(b'{"source"')  # an ErrorRecord starts so


def _source_of(line: bytes) -> dict[str, Any] | None:
    """The ``source`` object of a JSON line, decoded alone (the rest is not parsed)."""
    at = line.find(_SOURCE_KEY)
    if at < 0:
        return None
    text = line[at + len(_SOURCE_KEY) :].decode("utf-8", "replace")
    try:
        value, _ = _DECODER.raw_decode(text.lstrip())
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


class Csv(Emitter):
    """CSV: one row per organization figure and per total; one row per failed input."""

    name = "csv"
    multi_line = True

    def header(self) -> bytes:
        return _csv_line(CSV_COLUMNS)

    def encode(self, doc: Extraction | ErrorRecord) -> bytes:
        return b"".join(_csv_line([row.get(c, "") for c in CSV_COLUMNS]) for row in csv_rows(doc))

    def is_whole(self, line: bytes) -> bool:
        if not line.endswith(b"\n"):
            return False
        try:
            rows = list(csv.reader([line.decode("utf-8")]))
        except (UnicodeDecodeError, csv.Error):
            return False
        return len(rows) == 1 and len(rows[0]) == len(CSV_COLUMNS)

    def is_first(self, line: bytes) -> bool:
        return self.header().startswith(line)

    def line_key(self, line: bytes) -> tuple[Key, bool] | None:
        values = next(csv.reader([line.decode("utf-8", "replace")]), [])
        if tuple(values) == CSV_COLUMNS or len(values) != len(CSV_COLUMNS):
            return None
        row = dict(zip(CSV_COLUMNS, values, strict=True))
        return key_of(row), row["record_type"] == "error"


def csv_rows(doc: Extraction | ErrorRecord) -> list[dict[str, str]]:
    """The CSV rows of one record as column -> text (``None`` becomes ``""``)."""
    if isinstance(doc, ErrorRecord):
        base = _base(doc.source)
        return [{**base, "record_type": "error", "error_type": doc.error.type, "message": doc.error.message}]
    base = _base(doc.source.model_dump(mode="json"))
    rows = []
    for org in doc.organizations:
        rows.append({**base, "record_type": "organization", **_cells(org.model_dump(mode="json"), _ORG_FIELDS)})
    for total in doc.totals:
        rows.append({**base, "record_type": "total", **_cells(total.model_dump(mode="json"), _TOTAL_FIELDS)})
    return rows


def _base(source: dict[str, Any]) -> dict[str, str]:
    return {"path": _cell(source.get("path")), "sha256": _cell(source.get("sha256")),
            "record": _cell(source.get("record"))}  # fmt: skip


def _cells(values: dict[str, Any], fields: tuple[str, ...]) -> dict[str, str]:
    return {f: _cell(values.get(f)) for f in fields}


def _cell(value: Any) -> str:
    """A CSV cell: ``None`` -> ``""``; newlines -> spaces, so every row is one line."""
    if value is None:
        return ""
    return str(value).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")


def _csv_line(values: Iterable[str]) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(list(values))
    return buf.getvalue().encode("utf-8")


EMITTERS: dict[str, Emitter] = {"jsonl": JsonLines(), "csv": Csv()}


def emitter(fmt: str) -> Emitter:
    """The emitter for ``fmt`` (``jsonl`` or ``csv``); KeyError for anything else."""
    return EMITTERS[fmt]


# --------------------------------------------------------------------------- the output file


class OutputError(Exception):
    """The output cannot be opened, read back or written: a one-line message."""


class Sink:
    """Where records go: stdout, or a file opened ``O_APPEND`` with one ``os.write`` per
    input (so a killed run leaves at most a torn last line), fsynced every
    :data:`FSYNC_EVERY` records and when closed."""

    def __init__(self, fd: int | None, name: str) -> None:
        self.fd, self.name, self.written = fd, name, 0

    def write(self, payload: bytes) -> None:
        """Append ``payload`` whole. Raises :class:`OutputError` (``BrokenPipeError`` on stdout)."""
        if not payload:
            return
        if self.fd is None:
            sys.stdout.buffer.write(payload)
            sys.stdout.flush()
            return
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(self.fd, view) :]
            self.written += 1
            if self.written % FSYNC_EVERY == 0:
                os.fsync(self.fd)
        except OSError as exc:
            raise OutputError(f"{self.name}: cannot write ({exc.strerror or exc})") from None

    def close(self) -> None:
        """Flush to disk and close (stdout is left open)."""
        if self.fd is not None:
            try:
                os.fsync(self.fd)
            except OSError:
                pass
            os.close(self.fd)
            self.fd = None


def open_output(output: Path | None, emitter: Emitter, *, resume: bool = False) -> tuple[Sink, Counter[Key], Counter[Key]]:
    """Open the output (stdout when None); return it with the keys of the inputs it
    already holds and of those among them that failed (both empty unless ``resume``).

    Without ``resume`` an existing file is overwritten; with it, see :func:`read_done`.
    Writes the format's header to a new (empty) output. Raises :class:`OutputError`.
    """
    done: Counter[Key] = Counter()
    failed: Counter[Key] = Counter()
    if output is None:
        sink = Sink(None, "<stdout>")
    else:
        name = str(output)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0)
        try:
            if resume and output.is_file():
                done, failed = read_done(output, emitter)
            else:
                flags |= os.O_TRUNC
            fd = os.open(name, flags, 0o666)
            empty = os.fstat(fd).st_size == 0
        except OSError as exc:
            raise OutputError(f"{name}: cannot write ({_reason(exc)})") from None
        sink = Sink(fd, name)
        if not empty:
            return sink, done, failed
    sink.write(emitter.header())
    return sink, done, failed


def _reason(exc: OSError) -> str:
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, FileNotFoundError):
        return "no such folder"
    return exc.strerror or str(exc)


def read_done(output: Path, emitter: Emitter) -> tuple[Counter[Key], Counter[Key]]:
    """Keys of the inputs ``output`` holds (and of those that failed), after truncating
    what a killed run may have left unfinished: a torn last line (no newline, or not
    parseable) and, for a format with several lines per input (CSV), the whole last
    input, which is then done again. Raises :class:`OutputError` when the file is not
    an output of this format (it is then left as it is)."""
    done: Counter[Key] = Counter()
    failed: Counter[Key] = Counter()
    cut: int | None = None  # where the file is truncated
    last: tuple[Key, bool] | None = None  # the input of the latest run of lines
    last_at = 0
    with open(output, "rb") as fh:
        for offset, line, is_last in _lines(fh):
            if offset == 0 and not emitter.is_first(line):
                raise OutputError(f"{output}: not {emitter.name} output of extract; not resuming into it")
            if is_last and not emitter.is_whole(line):
                cut = offset
                break
            found = emitter.line_key(line)
            if found is None or (emitter.multi_line and last is not None and found[0] == last[0]):
                continue
            if last is not None:
                _count(last, done, failed)
            last, last_at = found, offset
    if last is not None and emitter.multi_line:
        cut = last_at  # its rows may stop short of the end: it is done again
    elif last is not None:
        _count(last, done, failed)
    if cut is not None:
        os.truncate(output, cut)
    return done, failed


def _count(found: tuple[Key, bool], done: Counter[Key], failed: Counter[Key]) -> None:
    done[found[0]] += 1
    if found[1]:
        failed[found[0]] += 1


def _lines(fh: IO[bytes]) -> Iterator[tuple[int, bytes, bool]]:
    """(offset, line, is it the last one) for each line of ``fh``."""
    offset, previous, previous_at = 0, b"", 0
    for line in fh:
        if previous:
            yield previous_at, previous, False
        previous, previous_at = line, offset
        offset += len(line)
    if previous:
        yield previous_at, previous, True
