"""The code stays linted (ruff) and typed (mypy --strict), checked with the test suite."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=False, cwd=ROOT)


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed (test extra)")
def test_ruff_finds_nothing() -> None:
    proc = _run("ruff", "check", "src", "tests", "benchmarks", "examples")
    assert 0 == proc.returncode, proc.stdout


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is not installed (test extra)")
def test_code_is_formatted() -> None:
    proc = _run("ruff", "format", "--check", "src", "tests", "benchmarks", "examples")
    assert 0 == proc.returncode, proc.stdout


def test_mypy_strict_finds_nothing() -> None:
    pytest.importorskip("mypy")
    proc = _run(sys.executable, "-m", "mypy")
    assert 0 == proc.returncode, proc.stdout
