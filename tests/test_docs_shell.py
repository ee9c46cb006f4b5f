"""The documentation's shell examples show real output.

A ```text or ```console block line ``$ reconcile ARGS`` whose arguments name files of
the checkout (and use no pipes or redirections) is run, and what the page shows after it
must be what the command prints now. Sessions that build files step by step (the how-to
pages) are checked by their own tests.
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
BLOCK = re.compile(r"```(?:text|console)\n(.*?)```", re.DOTALL)
SHELL = frozenset("|<>&;")


def _examples() -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    for page in PAGES:
        for block in BLOCK.findall(page.read_text(encoding="utf-8")):
            lines = block.splitlines()
            starts = [i for i, line in enumerate(lines) if line.startswith("$ ")]
            for n, i in enumerate(starts):
                command = lines[i][2:]
                end = starts[n + 1] if n + 1 < len(starts) else len(lines)
                try:
                    args = shlex.split(command)
                except ValueError:
                    continue  # a command that goes on over several lines
                runnable = (
                    args[:1] == ["reconcile"]
                    and not SHELL & set(command)
                    and all((ROOT / a).exists() for a in args[2:] if not a.startswith("-"))
                    and len(args) > 2
                )
                if runnable:
                    shown = "\n".join(lines[i + 1 : end]).strip()
                    found.append((str(page.relative_to(ROOT)), command, shown))
    return found


EXAMPLES = _examples()


def test_the_docs_have_runnable_shell_examples() -> None:
    assert any("--explain" in command for _, command, _ in EXAMPLES)


@pytest.mark.parametrize(("page", "command", "shown"), EXAMPLES, ids=lambda x: str(x)[:60])
def test_a_shell_example_prints_what_the_page_shows(page: str, command: str, shown: str) -> None:
    args = shlex.split(command)[1:]
    proc = subprocess.run(
        [sys.executable, "-m", "reconcile", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    printed = (proc.stdout + proc.stderr).strip()
    assert shown == printed, f"{page}: `{command}` prints something else now"
