"""Build: the package's rule and matching modules compiled with mypyc for a wheel.

``pip install .`` builds a wheel (see ``build_backend.py``): the modules below become C
extensions, each a drop-in for its ``.py`` (same functions, same results; about a
quarter faster an article, see ``bench/README.md``). An editable install
(``pip install -e .``) and ``VNEXTRACT_COMPILE=0 pip install .`` keep plain Python, and
so does a machine without a C compiler: each extension is optional, and one that does
not build leaves its module as Python.
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

#: the modules an article's words and figures run through, hottest first
COMPILED = [
    "resolve", "names", "clauses", "lists", "totals", "match", "tokens", "wordseg", "cues",
    "segment", "numbers", "patterns", "postags", "gazetteer", "pipeline", "html", "reader", "legacy",
]  # fmt: skip


def ext_modules() -> list[object]:
    if os.environ.get("VNEXTRACT_COMPILE") != "1":
        return []
    try:
        from mypyc.build import mypycify

        # the build environment holds mypy, not the package's dependencies: their types
        # are Any here, and the checks that need them (the strict set) run in CI instead
        found = mypycify(
            ["--config-file", "build_backend.ini", *(f"extractor/{name}.py" for name in COMPILED)],
            opt_level="3",
        )
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - no compiled modules, a working package
        print(f"vnextract: building plain Python ({type(exc).__name__}: {exc})", file=sys.stderr)
        return []
    for ext in found:
        ext.optional = True  # a compiler error leaves that module as Python
    return list(found)


setup(ext_modules=ext_modules())
