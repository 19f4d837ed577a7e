"""The ``extract`` command (typer).

``extract article.txt`` prints one JSON document; ``extract PATH... -o out.jsonl``
runs a batch (see :mod:`extractor.batch`). Every failure is one line on stderr:
exit 2 for a usage error or an unreadable single article, 1 when some inputs of
a batch failed (their error records are written), 0 otherwise.
Heavy modules (spaCy, underthesea, dask) are imported only when needed.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from .deadline import DEFAULT_SECONDS

app = typer.Typer(
    add_completion=True,
    no_args_is_help=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"extract: error: {message}", err=True)
    raise typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"vnextract {__version__}")
        raise typer.Exit(0)


@app.command()
def main_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Article files or folders; '-' reads a list of paths from stdin."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write JSON Lines here (batch).")
    ] = None,
    schema: Annotated[bool, typer.Option("--schema", help="Print the JSON Schema and exit.")] = False,
    fmt: Annotated[
        str | None, typer.Option("--format", help="json | jsonl | csv (default: json for one file).")
    ] = None,
    compact: Annotated[bool, typer.Option("--compact", help="One-line JSON.")] = False,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Override encoding detection.")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")
    ] = 20 * 1024 * 1024,
    patterns: Annotated[
        list[str] | None, typer.Option("--patterns", help="A folder of extra pattern files.")
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds one input may take before it stops with an error (in a batch: an error record); 0: no limit.")
    ] = DEFAULT_SECONDS,
    glob: Annotated[str, typer.Option("--glob", help="File pattern inside folders.")] = "*",
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes.")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Skip inputs already in the output.")] = False,
    engine: Annotated[str, typer.Option("--engine", help="local | dask")] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address (tcp://HOST:PORT).")
    ] = None,
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Write into this SQLite database (tables articles, organization_figures, totals)."),
    ] = None,
    html_view: Annotated[
        Path | None, typer.Option("--html", help="Also write an HTML view of one article's extraction here.")
    ] = None,
    eval_dir: Annotated[
        Path | None, typer.Option("--eval", help="Score against a folder of gold *.expected.json.")
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Extract organizations with their percentages and totals with their units from
    Vietnamese news articles, as JSON."""
    if schema:
        from .models import json_schema

        typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))
        return
    if fmt not in (None, "json", "jsonl", "csv"):
        _fail(f"unknown --format {fmt!r} (json, jsonl or csv)")
    if engine not in ("local", "dask"):
        _fail(f"unknown --engine {engine!r} (local or dask)")
    if max_bytes <= 0:
        _fail("--max-bytes must be positive")
    if timeout < 0:
        _fail("--timeout must be 0 (no limit) or more seconds")
    extra = tuple(patterns or ())
    if extra:
        _check_patterns(extra)
    if eval_dir is not None:
        from .evaluate import main as eval_main

        raise typer.Exit(eval_main(eval_dir, paths or [], patterns=extra))
    if not paths:
        _fail("no input: give an article file, a folder, or '-' (see --help)")
        return
    if db is not None and fmt not in (None, "jsonl"):
        _fail("--db takes JSON documents: use it with --format jsonl (the default in batch)")
    single = (
        db is None
        and len(paths) == 1
        and paths[0] != "-"
        and not Path(paths[0]).is_dir()
        and not paths[0].lower().endswith((".warc", ".warc.gz"))
        and output is None
    )
    if single and fmt in (None, "json"):
        _single(paths[0], encoding=encoding, max_bytes=max_bytes, patterns=extra, compact=compact,
                html_view=html_view, timeout=timeout or None)  # fmt: skip
        return
    if html_view is not None:
        _fail("--html renders one article: give a single article file")
    if engine == "local" and (jobs or os.cpu_count() or 1) > 1:
        _start_fork_server()  # if main() has not
    from .batch import BatchOptions, run_batch

    opts = BatchOptions(
        paths=list(paths),
        output=output,
        fmt=fmt or "jsonl",
        glob=glob,
        jobs=jobs,
        resume=resume,
        engine=engine,
        scheduler=scheduler,
        encoding=encoding,
        max_bytes=max_bytes,
        patterns=extra,
        db=db,
        timeout=timeout or None,
    )
    raise typer.Exit(run_batch(opts))


def _start_fork_server() -> None:
    """Start the pool's fork server (once, never raising): the workers' pipeline loads
    while this process starts the batch."""
    from . import forkserver

    forkserver.start()


#: Options after which the command is no pooled batch, or may not be one.
_NOT_POOLED = frozenset({"--engine", "--eval", "--schema", "--version", "--help", "-h", "--html", "--"})


def _surely_a_pooled_batch(args: list[str]) -> bool:
    """Whether these arguments are a batch on a local pool of several workers, read
    before typer parses them: the fork server then starts ~75 ms earlier, and its ~1 s
    load is what the batch waits for first. Conservative: written output (``-o``,
    which only a batch takes), no option that may make it something else, and ``--jobs``
    absent (one per CPU) or a number above 1. Anything unclear says no, and
    :func:`main_command` starts the server after parsing, as it would anyway."""
    names = {a.partition("=")[0] for a in args if a.startswith("-") and a != "-"}
    if not names & {"-o", "--output"} or names & _NOT_POOLED:
        return False
    jobs = None
    for i, arg in enumerate(args):
        if arg in ("--jobs", "-j"):
            jobs = args[i + 1] if i + 1 < len(args) else ""
        elif arg.startswith("--jobs="):
            jobs = arg.partition("=")[2]
        elif arg.startswith("-j") and arg != "-j":
            return False  # "-j2": left to typer
    if jobs is None:
        return (os.cpu_count() or 1) > 1
    return jobs.isdigit() and int(jobs) > 1


def _check_patterns(extra: tuple[str, ...]) -> None:
    from . import patterns as pat
    from .errors import PatternError

    try:
        pat.load(extra)
    except PatternError as exc:
        _fail(exc.message)


class _Ran:
    """What the command ran, for :func:`main`."""

    single = False  # one article, printed: nothing of the process is left to clean up


def _single(
    path: str,
    *,
    encoding: str | None,
    max_bytes: int,
    patterns: tuple[str, ...],
    compact: bool,
    html_view: Path | None = None,
    timeout: float | None = None,
) -> None:
    from . import deadline, extract_file, gcpause
    from .errors import ExtractorError, TimedOutError

    _Ran.single = True
    try:
        with gcpause.paused(), deadline.time_limit(timeout):  # one article: load and run
            result = extract_file(path, encoding=encoding, max_bytes=max_bytes, patterns=patterns)
    except TimedOutError as exc:
        _fail(f"{path}: {exc.message}")
        return
    except ExtractorError as exc:
        _fail(exc.message)
        return
    except Exception as exc:  # noqa: BLE001 - a bug must still be one line, not a traceback
        _fail(f"{path}: internal error ({type(exc).__name__}: {exc})")
        return
    if html_view is not None:
        from .view import render

        try:
            html_view.write_text(render(result), encoding="utf-8")
        except OSError as exc:
            _fail(f"{html_view}: cannot write the HTML view ({exc.strerror or exc})")
    sys.stdout.write(result.to_json(indent=None if compact else 2) + "\n")


def main() -> None:
    """Console-script entry point: usage errors are one line too, never a traceback."""
    import logging

    # underthesea calls logging.basicConfig() on import; configuring the root logger first
    # keeps library warnings off stderr, where the user expects one line per error.
    logging.basicConfig(level=logging.CRITICAL, handlers=[logging.NullHandler()])
    if _surely_a_pooled_batch(sys.argv[1:]):
        _start_fork_server()  # now, not after typer's ~75 ms of parsing: see below
    try:
        code = app(standalone_mode=False)
    except KeyboardInterrupt:
        typer.echo("extract: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - click's (vendored) usage errors, and any bug
        if type(exc).__name__ == "Abort":
            typer.echo("extract: interrupted", err=True)
            sys.exit(130)
        format_message = getattr(exc, "format_message", None)
        if callable(format_message):  # click.UsageError and its kind
            typer.echo(f"extract: error: {format_message()} (see extract --help)", err=True)
            sys.exit(int(getattr(exc, "exit_code", 2)))
        typer.echo(f"extract: error: internal error ({type(exc).__name__}: {exc})", err=True)
        sys.exit(2)
    code = code if isinstance(code, int) else 0
    if _Ran.single:
        _exit_now(code)
    sys.exit(code)


def _exit_now(code: int) -> None:
    """End the process once its output is flushed, without tearing the interpreter down:
    a single article's run holds spaCy's and underthesea's objects, and freeing them one
    by one took ~0.3 s of its ~1.3 s. Nothing else is left to do: it started no process
    and left no file open."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a reader that went away (`| head`), a closed stream
            pass
    os._exit(code)
