"""spaCy imported without its command line.

``import spacy`` (3.x) runs ``from .cli.info import info``, which imports the whole
``spacy.cli`` package: every command, with typer, weasel, jinja2, requests and httpx.
That is about a third of spaCy's import time, paid by every ``extract`` start and by
every batch's fork server, for a command line this tool never runs. spaCy's own fix
(explosion/spaCy#12962, "Load the cli module lazily for spacy.info") is not in 3.8.

:func:`load` imports spaCy with ``spacy.cli.info`` standing in for one import: a module
whose ``info`` imports the real one when called. The stand-in is gone from
``sys.modules`` once spaCy is imported, so ``spacy.cli`` and ``spacy.info`` still work
for whoever asks (they import the real command line then). If spaCy is already
imported, nothing changes. Import this module before any ``spacy`` import.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_INFO = "spacy.cli.info"


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, importing the command line on its first call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def load() -> None:
    """Import spaCy, without ``spacy.cli`` unless something imported it already."""
    if "spacy" in sys.modules:
        return
    stand_in = types.ModuleType(_INFO)
    stand_in.info = _info  # type: ignore[attr-defined]
    sys.modules[_INFO] = stand_in
    try:
        import spacy  # noqa: F401 - imported for its side effect: spaCy in sys.modules
    finally:
        if sys.modules.get(_INFO) is stand_in:
            del sys.modules[_INFO]


load()
import spacy  # noqa: E402 - after load(), which is what imports it

__all__ = ["load", "spacy"]
