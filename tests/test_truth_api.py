"""The public surface of reconcile.truth, pinned; the vote needs no numpy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import reconcile.truth


def test_public_names_are_pinned() -> None:
    assert [
        "Accuracy",
        "ClaimTable",
        "CopyGroup",
        "ItemEstimate",
        "Method",
        "Rejection",
        "SourceTrust",
        "TruthClaim",
        "TruthEstimate",
        "ValueComparison",
        "ValueKind",
        "accu",
        "accuracy",
        "author_lists",
        "crh",
        "estimate_truth",
        "investment",
        "load_claim_table",
        "load_gold",
        "numbers",
        "pooled_investment",
        "text",
        "times",
        "truthfinder",
        "vote",
    ] == reconcile.truth.__all__


def test_all_is_sorted() -> None:
    assert sorted(reconcile.truth.__all__) == reconcile.truth.__all__


def _without_numpy(code: str) -> tuple[str, str]:
    """Run ``code`` in a fresh interpreter where importing numpy fails."""
    src = str(Path(reconcile.truth.__file__).parents[2])
    result = subprocess.run(
        [sys.executable, "-c", "import sys; sys.modules['numpy'] = None\n" + code],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": src},
    )
    return result.stdout.strip(), result.stderr


def test_the_vote_runs_without_numpy() -> None:
    code = (
        "import reconcile\n"
        "from reconcile.truth import ClaimTable, TruthClaim, vote\n"
        "t = ClaimTable([TruthClaim('a', 'o', 'k', 'x'), TruthClaim('b', 'o', 'k', 'x')])\n"
        "print(vote(t).items[0].value, 'numpy' in sys.modules and sys.modules['numpy'] is not None)"
    )
    assert ("x False", "") == _without_numpy(code)


def test_an_iterative_estimator_without_numpy_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.util

    from reconcile.errors import MissingDependency
    from reconcile.truth import ClaimTable, TruthClaim, estimate_truth

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "numpy" else real(name, *a)
    )
    table = ClaimTable([TruthClaim("a", "o", "k", "x"), TruthClaim("b", "o", "k", "y")])
    with pytest.raises(MissingDependency, match=r"reconcile\[truth\]"):
        estimate_truth(table, method="accu")
    assert "x" == estimate_truth(table, method="vote").value_of("o", "k")


def test_a_table_loads_and_encodes_without_numpy(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("source,object,attribute,value\na,o,k,x\nb,o,k,X\nc,o,k,y\nc,p,k,\n")
    code = (
        "from reconcile.truth import load_claim_table, vote\n"
        f"e = vote(load_claim_table({str(table)!r}))\n"
        "print(e.items[0].value, len(e.rejected), sys.modules['numpy'] is None)"
    )
    assert ("x 1 True", "") == _without_numpy(code)
