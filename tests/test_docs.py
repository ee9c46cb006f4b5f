"""The documentation's examples run: `>>>` examples produce the output shown, and Python
blocks without prompts run without error, in README.md and every page under docs/."""

import doctest
import re
from pathlib import Path

import pytest

import reconcile

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


def _name(page: Path) -> str:
    return str(page.relative_to(ROOT))


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_prompted_examples_produce_the_output_shown(
    page: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # As after a plain `pip install .`: the package lives elsewhere, the reader is in the
    # top folder of the checkout.
    monkeypatch.setattr(reconcile, "__file__", str(tmp_path / "site-packages" / "reconcile"))
    monkeypatch.chdir(ROOT)
    test = doctest.DocTestParser().get_doctest(page.read_text(), {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert 0 == runner.failures, f"{runner.failures} failing examples in {_name(page)}"


@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_python_blocks_run(
    page: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    blocks = [b for b in PYTHON_BLOCK.findall(page.read_text()) if ">>>" not in b]
    for block in blocks:
        exec(compile(block, str(page), "exec"), {})
    capsys.readouterr()


def test_the_readme_shows_the_claim_graph() -> None:
    blocks = PYTHON_BLOCK.findall((ROOT / "README.md").read_text())
    assert any("claim_graph(result)" in block for block in blocks)
