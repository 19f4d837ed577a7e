"""The build backend: setuptools', with ``VNEXTRACT_COMPILE=1`` (see ``setup.py``) for a
wheel, so that ``pip install .`` compiles the hot modules with mypyc, and plain Python
for an editable install, whose sources are edited in place. ``VNEXTRACT_COMPILE=0``
turns compiling off."""

from __future__ import annotations

import glob
import os
import shutil
from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 - every other hook is setuptools' own

#: mypyc, as the code was checked with (a newer one may reject what this one takes)
COMPILER = "mypy==2.4.1"


def get_requires_for_build_wheel(config_settings: Any = None) -> list[str]:
    needs: list[str] = _setuptools.get_requires_for_build_wheel(config_settings)
    return needs if os.environ.get("VNEXTRACT_COMPILE") == "0" else [*needs, COMPILER]


def build_wheel(wheel_directory: str, config_settings: Any = None, metadata_directory: str | None = None) -> str:
    os.environ.setdefault("VNEXTRACT_COMPILE", "1")
    for old in glob.glob(os.path.join("build", "lib*")):  # no extension of an earlier build rides along
        shutil.rmtree(old, ignore_errors=True)
    name: str = _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)
    return name
