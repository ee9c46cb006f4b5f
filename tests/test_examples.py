"""The examples run, and the example report says what examples/README.md says it does."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reconcile.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "iraq_withdrawal"
SCRIPTS = sorted((ROOT / "examples").glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_example_script_runs(script: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert (0, "") == (proc.returncode, proc.stderr)
    assert proc.stdout


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    out = tmp_path_factory.mktemp("example") / "result.json"
    args = ["run", str(EXAMPLE / "claims.jsonl"), "--aliases", str(EXAMPLE / "aliases.json")]
    assert 0 == main([*args, "-o", str(out)])
    data: dict = json.loads(out.read_text())  # type: ignore[type-arg]
    return data


def _verdict(result: dict, subject: str, attribute: str, place: str | None = None) -> dict:  # type: ignore[type-arg]
    [verdict] = [
        v
        for v in result["verdicts"]
        if (v["subject"], v["attribute"], v["place"]) == (subject, attribute, place)
    ]
    return verdict  # type: ignore[no-any-return]


def test_every_example_claim_is_kept_with_a_span_that_matches_its_article(result: dict) -> None:  # type: ignore[type-arg]
    assert (24, []) == (len(result["claims"]), result["rejected"])
    for claim in result["claims"]:
        body = (EXAMPLE / "articles" / claim["document"]).read_text().partition("\n\n")[2]
        start, end = claim["span"]
        assert claim["quote"] == body[start:end]


def test_the_commission_date_is_contested(result: dict) -> None:  # type: ignore[type-arg]
    verdict = _verdict(result, "US-Iraq joint military commission", "date_formed")
    assert "contested" == verdict["status"]
    assert ["2023-SU", "2023-late"] == sorted(
        c["value"].split("(")[1].rstrip(")") for c in verdict["clusters"]
    )


def test_troops_in_iraq_are_confirmed_without_counting_one_author_twice(result: dict) -> None:  # type: ignore[type-arg]
    verdict = _verdict(result, "US troops", "deployed", "Iraq")
    assert "confirmed" == verdict["status"]
    [cluster] = verdict["clusters"]
    # Four reports, but the two by one author on one site count once.
    assert (4, 3) == (len(cluster["claims"]), cluster["independent_sources"])


def test_unanimous_and_non_binding_describe_one_vote(result: dict) -> None:  # type: ignore[type-arg]
    verdict = _verdict(result, "Council of Representatives of Iraq", "vote_to_expel_us_troops")
    assert ("confirmed", "passed, unanimous, non-binding") == (
        verdict["status"],
        verdict["estimate"]["best"],
    )


def test_soleimani_spellings_merge_but_al_aaraji_stays_apart(result: dict) -> None:  # type: ignore[type-arg]
    names = {c["subject"]: c["subject_entity"] for c in result["claims"]}
    assert names["Qasem Soleimani"] == names["Gen. Qassem Soleimani"] == names["Qassem Soleimani"]
    assert names["Qassem al-Aaraji"] != names["Qassem Soleimani"]


def test_the_evolving_toll_is_updated_and_the_death_toll_contested(tmp_path: Path) -> None:
    out = tmp_path / "toll.json"
    assert 0 == main(
        ["run", str(ROOT / "examples" / "evolving_toll" / "claims.jsonl"), "-o", str(out)]
    )
    verdicts = {v["attribute"]: v for v in json.loads(out.read_text())["verdicts"]}
    injured = verdicts["injured"]
    assert ("confirmed", 47) == (injured["status"], injured["estimate"]["best_value"])
    assert [
        ("25", "superseded"),
        ("at least 25", "single_source"),
        ("34", "superseded"),
        ("47", "confirmed"),
    ] == [(c["value"], c["status"]) for c in injured["clusters"]]
    [current] = [c for c in injured["clusters"] if c["value"] == "47"]
    assert (2, ["r3-injured"]) == (current["independent_sources"], current["consistent"])
    assert "contested" == verdicts["killed"]["status"]


STRIKE = ROOT / "examples" / "market_strike" / "articles"


@pytest.fixture(scope="module")
def strike(tmp_path_factory: pytest.TempPathFactory) -> dict:  # type: ignore[type-arg]
    out = tmp_path_factory.mktemp("strike") / "result.json"
    assert 0 == main(["run", str(STRIKE), "-o", str(out)])
    data: dict = json.loads(out.read_text())  # type: ignore[type-arg]
    return data


def test_the_strike_articles_give_claims_whose_spans_match(strike: dict) -> None:  # type: ignore[type-arg]
    assert [] == strike["rejected"]
    for claim in strike["claims"]:
        body = (STRIKE / claim["document"]).read_text().partition("\n\n")[2]
        start, end = claim["span"]
        assert claim["quote"] == body[start:end]


def test_the_strike_toll_is_contested_and_the_war_total_stays_apart(strike: dict) -> None:  # type: ignore[type-arg]
    toll = _verdict(strike, "people", "killed")
    assert ("contested", "21") == (toll["status"], toll["estimate"]["best"])
    [supported] = [c for c in toll["clusters"] if c["value"] == "21"]
    assert 3 == len(supported["sources"])
    war = _verdict(strike, "people (in the war)", "killed")
    assert "single_source" == war["status"]


def test_the_later_injured_count_updates_the_earlier_one(strike: dict) -> None:  # type: ignore[type-arg]
    injured = _verdict(strike, "people", "injured")
    assert [("more than 30", "single_source"), ("45", "superseded"), ("47", "single_source")] == [
        (c["value"], c["status"]) for c in injured["clusters"]
    ]


def test_the_council_vote_is_completed_by_the_sentences_after_it(strike: dict) -> None:  # type: ignore[type-arg]
    [vote] = [c["value"] for c in strike["claims"] if c["attribute"] == "vote"]
    assert ("Regional Peace and Security Council", "passed", 13, 2, False) == (
        vote["body"],
        vote["result"],
        vote["votes_for"],
        vote["abstentions"],
        vote["binding"],
    )


def test_the_vigil_crowd_is_given_by_police_and_organisers(strike: dict) -> None:  # type: ignore[type-arg]
    crowd = [
        (c["value"]["point"], c["attribution"])
        for c in strike["claims"]
        if c["attribute"] == "attended"
    ]
    assert [(3000, "Police"), (10000, "organisers")] == sorted(crowd)
