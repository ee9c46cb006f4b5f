"""The documentation's examples run: doctest blocks in docs/*.md and Python blocks in READMEs."""

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC_PAGES = sorted((ROOT / "docs").glob("*.md"))
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


@pytest.mark.parametrize("page", DOC_PAGES, ids=lambda p: p.name)
def test_doc_page_examples_produce_the_output_shown(page: Path) -> None:
    text = page.read_text()
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert (0, len(test.examples) > 0 or "```python" not in text) == (
        runner.failures,
        True,
    ), f"{runner.failures} failing examples in {page.name}"


@pytest.mark.parametrize("page", [ROOT / "README.md"], ids=lambda p: p.name)
def test_readme_python_blocks_run(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = [b for b in PYTHON_BLOCK.findall(page.read_text()) if ">>>" not in b]
    assert blocks
    for block in blocks:
        exec(compile(block, str(page), "exec"), {})
    assert capsys.readouterr().out
