"""A time limit per input, so one pathological article cannot hold a worker forever.

:func:`time_limit` bounds a block of work: past ``seconds`` it raises
:class:`~extractor.errors.TimedOutError`. Two mechanisms, because a batch runs its work
in two kinds of places:

* in a process's main thread (``--jobs`` pool workers, ``--jobs 1``), a ``SIGALRM``
  timer interrupts any Python code, however deep;
* anywhere (e.g. a Dask worker's thread, where signals cannot be used), the pipeline
  calls :func:`check` between sentences, which raises once the deadline has passed.

A C call in progress (a CRF on one sentence) finishes before either can act; sentences
are bounded in length (``segment``), so that wait is short.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from .errors import TimedOutError

#: The batch's default limit per input (``--timeout``); an article takes ~15 ms.
DEFAULT_SECONDS = 120.0

_local = threading.local()


def _message(seconds: float) -> str:
    return f"took longer than {seconds:g} s (--timeout); stopped"


def check() -> None:
    """Raise :class:`TimedOutError` when the current block's time limit has passed."""
    limit: tuple[float, float] | None = getattr(_local, "limit", None)
    if limit is not None and time.monotonic() > limit[0]:
        raise TimedOutError(_message(limit[1]))


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Run the block with a limit of ``seconds`` (None or <= 0: no limit)."""
    if seconds is None or seconds <= 0:
        yield
        return
    outer = getattr(_local, "limit", None)
    _local.limit = (time.monotonic() + seconds, seconds)
    alarm = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    previous = None
    if alarm:

        def _expired(signum: int, frame: FrameType | None) -> None:
            raise TimedOutError(_message(seconds))

        previous = signal.signal(signal.SIGALRM, _expired)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)
        _local.limit = outer
