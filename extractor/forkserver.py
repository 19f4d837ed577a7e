"""How the workers of a ``--jobs N`` pool start, and starting them early.

Workers are forked from a fork server that has imported :mod:`extractor.preload` (the
loaded, warmed pipeline) where the platform has one (Linux, macOS), else spawned, each
loading the pipeline. Never a plain fork of the running process, which may run threads
(progress).

Loading the pipeline takes the fork server about 1.5 s, most of it importing spaCy. The
command line starts the fork server as soon as it knows that a batch will run on more
than one worker (:func:`start`), so that this loading overlaps its own start-up
(imports, reading the arguments, listing the inputs) instead of following it. This
module imports nothing heavy.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import Any

PRELOAD = "extractor.preload"
#: Where the fork server starts: the folder this package was imported from. The server is
#: ``python -c ...``, which puts its working directory first on ``sys.path``, and Python
#: 3.10-3.11 never apply the parent's path to it: started in a folder holding another
#: ``extractor`` (a checkout of this repository), it would import that one.
_HOME = Path(__file__).resolve().parent.parent


def context() -> Any:
    """The multiprocessing context of pool workers."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload([PRELOAD])
        return ctx
    return multiprocessing.get_context("spawn")


def start() -> bool:
    """Start the fork server now, if workers are forked from one; True if it runs. The
    pool started later uses it (there is one fork server per process). Never raises:
    if it cannot start here, the pool starts it again when it needs it, or says why not."""
    try:
        ctx = context()
        if ctx.get_start_method() != "forkserver":
            return False
        from multiprocessing import forkserver

        try:
            here: str | None = os.getcwd()
        except OSError:  # a working directory that is gone
            here = None
        os.chdir(_HOME)  # (see _HOME) the workers it forks go back to the run's directory
        try:
            forkserver.ensure_running()
        finally:
            if here is not None:
                os.chdir(here)
    except Exception:  # noqa: BLE001 - see above
        return False
    return True
