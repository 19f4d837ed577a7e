"""Imported once by the fork server of a ``--jobs N`` pool: loads and warms the pipeline
(built-in patterns) there, so that every worker forked from it starts ready instead of
importing spaCy and loading the patterns itself (about a second each), and a worker
that replaces a dead one starts in milliseconds. See ``batch.LocalEngine``.

As the ``gc`` module's documentation advises for a process that forks without exec,
the garbage collector is off while it loads, and what it loaded is frozen before the
first fork: the workers' collections never scan those objects (nor write to their
pages, which stay shared)."""

from __future__ import annotations

import gc

gc.disable()

from .batch import WorkerConfig, init_worker  # noqa: E402 - imported with the collector off

init_worker(WorkerConfig())  # never raises: a broken setup shows up as error records
gc.freeze()
gc.enable()
