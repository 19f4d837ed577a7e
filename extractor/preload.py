"""Imported once by the fork server of a ``--jobs N`` pool: loads and warms the pipeline
(built-in patterns) there, so that every worker forked from it starts ready instead of
importing spaCy and loading the patterns itself (about a second each), and a worker
that replaces a dead one starts in milliseconds. See ``batch.LocalEngine``."""

from __future__ import annotations

from .batch import WorkerConfig, init_worker

init_worker(WorkerConfig())  # never raises: a broken setup shows up as error records
