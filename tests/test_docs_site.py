"""The documentation site builds offline, with the API reference from the docstrings."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_site_builds_strictly_and_loads_nothing_remote(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs", reason="the docs extra is not installed")
    pytest.importorskip("mkdocstrings_handlers.python", reason="the docs extra is not installed")
    site = tmp_path / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert 0 == proc.returncode, proc.stderr
    api = (site / "api.html").read_text(encoding="utf-8")
    assert "build_report" in api
    assert "Reconcile claims from many documents." in api
    for page in site.glob("*.html"):
        remote = re.findall(
            r'<(?:script|link|img)[^>]+(?:src|href)="(?:https?:)?//', page.read_text()
        )
        assert [] == remote, page.name
    assert (site / "tutorial.html").is_file()


def test_the_api_reference_covers_every_public_module() -> None:
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    package = ROOT / "src" / "reconcile"
    public = sorted(
        p.stem if p.is_file() else p.name
        for p in package.iterdir()
        if not p.name.startswith("_") and (p.suffix == ".py" or (p / "__init__.py").is_file())
    )
    missing = [name for name in public if f"::: reconcile.{name}\n" not in api]
    assert [] == missing
