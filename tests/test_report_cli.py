"""``reconcile report``: the format from ``-o`` or ``--format``; progress only on a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reconcile.cli import _Progress, main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "iraq_withdrawal"
ARGS = ["report", str(EXAMPLE / "claims.jsonl"), "--aliases", str(EXAMPLE / "aliases.json")]


@pytest.mark.parametrize(
    ("name", "start"),
    [("r.html", "<!DOCTYPE html>"), ("r.md", "# Reconciliation report"), ("r.json", "{")],
)
def test_the_format_follows_the_extension(tmp_path: Path, name: str, start: str) -> None:
    out = tmp_path / name
    assert 0 == main([*ARGS, "-o", str(out)])
    assert out.read_text(encoding="utf-8").startswith(start)


def test_format_overrides_the_extension(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    assert 0 == main([*ARGS, "-o", str(out), "--format", "json"])
    assert 1 == json.loads(out.read_text())["summary"]["contested"]


def test_standard_output_gets_markdown_and_a_pipe_gets_no_progress(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert 0 == main([*ARGS, "--title", "Iraq"])
    captured = capsys.readouterr()
    assert captured.out.startswith("# Iraq\n")
    assert "" == captured.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_names_each_stage_on_a_terminal_and_erases_itself() -> None:
    stream = _Terminal()
    progress = _Progress(stream)
    progress("reading")
    progress("rendering html")
    progress.done()
    text = stream.getvalue()
    assert "reconcile: reading" in text
    assert "reconcile: rendering html" in text
    assert text.endswith("\r")


def test_progress_is_silent_off_a_terminal() -> None:
    stream = io.StringIO()
    progress = _Progress(stream)
    progress("reading")
    progress.done()
    assert "" == stream.getvalue()


def test_a_terminal_sees_progress_on_standard_error(tmp_path: Path) -> None:
    import os
    import pty
    import subprocess
    import sys

    main_fd, terminal = pty.openpty()
    proc = subprocess.run(
        [sys.executable, "-m", "reconcile", *ARGS, "-o", str(tmp_path / "r.html")],
        stderr=terminal,
        stdout=subprocess.DEVNULL,
        check=False,
        timeout=120,
    )
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(main_fd)
    assert 0 == proc.returncode
    assert b"reconcile: rendering html" in seen
