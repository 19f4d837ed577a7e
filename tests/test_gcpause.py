"""The garbage collector paused while the pipeline loads, and left as it was found."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import batch, gcpause
from extractor.cli import app

SAMPLE = Path(__file__).parent.parent / "samples" / "hanoi-party-development-2017.txt"


@pytest.fixture(autouse=True)
def _collector_back_on() -> Iterator[None]:
    yield
    gc.enable()


def _single_article() -> None:
    result = CliRunner().invoke(app, [str(SAMPLE), "--compact"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("enabled", [True, False])
@pytest.mark.parametrize(
    "load",
    [lambda: None, lambda: batch.init_worker(batch.WorkerConfig()), _single_article],
    ids=["paused", "init_worker", "single_article"],
)
def test_the_collector_is_off_while_loading_and_as_it_was_after(enabled: bool, load: Callable[[], None]) -> None:
    (gc.enable if enabled else gc.disable)()
    with gcpause.paused():
        assert not gc.isenabled()
        load()
        assert not gc.isenabled()
    assert gc.isenabled() is enabled
    load()  # on its own too
    assert gc.isenabled() is enabled


def test_the_fork_server_preload_freezes_what_it_loaded_and_collects_again() -> None:
    code = "import gc, extractor.preload; print(gc.isenabled(), gc.get_freeze_count() > 10_000)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.split() == ["True", "True"]
