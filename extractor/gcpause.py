"""The garbage collector paused while the pipeline loads.

Loading makes ~160 000 objects the collector tracks, all kept for the life of the
process; the collections their allocation triggers on the way scan them again and
again (~0.3 s of a ~1.5 s load, measured with and without). Pausing the collector
defers that to one collection later (or none: a single article's process ends first).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside, and back as it was after (on unless it was off)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
