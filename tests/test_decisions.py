"""An analyst's decisions: read, checked, applied at their stage, and kept across re-runs."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.cli import main
from reconcile.decisions import (
    Decision,
    DecisionKind,
    check_decisions,
    decision_from_record,
)
from reconcile.errors import ConflictingDecisions, InvalidInput, SchemaError
from reconcile.fingerprint import claim_fingerprint
from reconcile.io import append_decision, read_decisions
from reconcile.model import Claim, Document
from reconcile.output import claim_records, dumps_result, encode_record
from reconcile.pipeline import reconcile
from reconcile.report import build_report, render
from reconcile.trust import reconcile_with_trust
from reconcile.values import DateSpan, Quantity
from tests.helpers import FLOOD, FLOOD_NEXT_DAY, write_articles


def _run(folder: Path, out: Path, *extra: str) -> dict[str, Any]:
    assert 0 == main(["run", str(folder), "-o", str(out), *extra])
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def _claim(result: dict[str, Any], document: str, attribute: str, figure: str) -> dict[str, Any]:
    found: dict[str, Any]
    [found] = [
        c
        for c in result["claims"]
        if c["document"].startswith(document)
        and c["attribute"] == attribute
        and c["value"]["text"] == figure
    ]
    return found


def _question(result: dict[str, Any], claim: dict[str, Any]) -> str:
    question: str = claim["cluster"].rsplit("#", 1)[0]
    return question


def _verdict(result: dict[str, Any], question: str) -> dict[str, Any]:
    found: dict[str, Any]
    [found] = [v for v in result["verdicts"] if v["question"] == question]
    return found


def _decide(decisions: Path, *args: str) -> None:
    assert 0 == main(["decide", *args, "--file", str(decisions), "--by", "ana"])


def _check_applied(result: dict[str, Any], fp: dict[str, str]) -> None:
    """Every decision made on the first run holds in ``result``."""
    by_fp = {c["fingerprint"]: c for c in result["claims"]}
    # same: Herald's "at least 14" is asked with the flood's other death tolls.
    herald, courier = by_fp[fp["herald_killed"]], by_fp[fp["courier_killed"]]
    assert _question(result, herald) == _question(result, courier)
    # different: the Aldby deaths are not the Verrin flood's.
    aldby = by_fp[fp["aldby_killed"]]
    assert _question(result, aldby) != _question(result, courier)
    # reject: the Gazette's 91 is out, listed as the analyst's rejection with the reason.
    assert fp["gazette_91"] not in by_fp
    [rejected] = [r for r in result["rejected"] if r["error"] == "AnalystDecision"]
    assert "misprint of 19" in rejected["reason"]
    assert "ana" in rejected["reason"]
    # value: the Post's 23,000 reads as about 2,300, the original kept beside it.
    if fp["post_displaced"] in by_fp:
        post = by_fp[fp["post_displaced"]]
        assert ("about 2,300", "About 23,000") == (
            post["value"]["text"],
            post["original_value"]["text"],
        )
    # depends: the Post reprints the Courier, so they are one source.
    [group] = [s for s in result["sources"] if "Evening Post" in s["name"]]
    assert "Daily Courier" in group["name"]
    # trust and rename: the flood's death toll rests on them, and says so.
    toll = _verdict(result, _question(result, courier))
    assert "Verrin flood, 1 June 2025" == toll["event_name"]
    assert toll["decisions"]


def test_decisions_survive_a_new_article_and_a_lost_target_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles"
    write_articles(articles, FLOOD)
    first = _run(articles, tmp_path / "day1.json")
    fp = {
        "herald_killed": _claim(first, "01_herald", "killed", "at least 14")["fingerprint"],
        "courier_killed": _claim(first, "02_courier", "killed", "19")["fingerprint"],
        "aldby_killed": _claim(first, "04_gazette", "killed", "2")["fingerprint"],
        "gazette_91": _claim(first, "04_gazette", "killed", "91")["fingerprint"],
        "post_displaced": _claim(first, "03_post", "displaced", "About 23,000")["fingerprint"],
    }
    # the herald's and the courier's tolls are of one flood; the extractor reads them
    # so, and the analyst's "same" below makes it hold whatever a later version reads
    decisions = tmp_path / "decisions.jsonl"
    _decide(
        decisions,
        "same",
        fp["herald_killed"],
        fp["courier_killed"],
        "--reason",
        "both count the Verrin flood dead",
    )
    _decide(
        decisions,
        "different",
        fp["aldby_killed"],
        fp["courier_killed"],
        "--reason",
        "Aldby is another village",
    )
    _decide(decisions, "reject", fp["gazette_91"], "--reason", "misprint of 19")
    _decide(
        decisions,
        "value",
        fp["post_displaced"],
        "--value",
        "about 2,300",
        "--reason",
        "a zero too many; the office said 2,300",
    )
    _decide(
        decisions,
        "depends",
        "Evening Post",
        "Daily Courier",
        "--reason",
        "the Post reprints the Courier word for word",
    )
    _decide(decisions, "trust", "Hill Gazette", "--trust", "0.3", "--reason", "misprints figures")
    _decide(
        decisions,
        "rename",
        "event:flood (2025-06-01)",
        "--name",
        "Verrin flood, 1 June 2025",
        "--reason",
        "a readable name",
    )
    assert 7 == len(read_decisions(decisions))
    capsys.readouterr()

    applied = _run(articles, tmp_path / "day1-decided.json", "--decisions", str(decisions))
    _check_applied(applied, fp)
    assert [] == applied["decisions"]["unmatched"]
    assert "match nothing" not in capsys.readouterr().err

    # The next day: a new article, and the Post corrects its figure at the source.
    write_articles(articles, FLOOD_NEXT_DAY)
    post = articles / "03_post_2025-06-03.txt"
    post.write_text(post.read_text().replace("About 23,000", "About 2,300"))
    again = _run(articles, tmp_path / "day2.json", "--decisions", str(decisions))
    _check_applied(again, fp)
    # The wire's 23 is asked with the other tolls, under the analyst's name.
    wire = _claim(again, "05_wire", "killed", "23")
    assert _question(again, wire) == _question(again, _claim(again, "02_courier", "killed", "19"))
    [lost] = again["decisions"]["unmatched"]
    assert ("value", [fp["post_displaced"]]) == (lost["kind"], lost["targets"])
    err = capsys.readouterr().err
    assert "1 decision matches nothing" in err
    assert fp["post_displaced"] in err
    assert f"{decisions}, line 4" in err


def test_the_result_is_the_same_in_any_order_of_the_decisions_file(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    write_articles(articles, FLOOD)
    first = _run(articles, tmp_path / "plain.json")
    decisions = tmp_path / "decisions.jsonl"
    _decide(
        decisions,
        "reject",
        _claim(first, "04_gazette", "killed", "91")["fingerprint"],
        "--reason",
        "misprint",
        "--at",
        "2025-06-05",
    )
    _decide(
        decisions,
        "trust",
        "Hill Gazette",
        "--trust",
        "0.3",
        "--reason",
        "misprints",
        "--at",
        "2025-06-05",
    )
    _decide(
        decisions,
        "depends",
        "Evening Post",
        "Daily Courier",
        "--reason",
        "reprint",
        "--at",
        "2025-06-05",
    )
    lines = decisions.read_text().splitlines()
    outputs = set()
    for seed in range(3):
        random.Random(seed).shuffle(lines)
        decisions.write_text("\n".join(lines) + "\n")
        # The decisions' lines are part of the result; the order of the rest is not.
        result = _run(articles, tmp_path / "out.json", "--decisions", str(decisions))
        for record in result["decisions"]["given"]:
            record.pop("line")
        for record in result["rejected"]:
            record.pop("line")
        outputs.add(json.dumps(result, sort_keys=True))
    assert 1 == len(outputs)


# --- reading and checking decisions ---------------------------------------------------

FP_A, FP_B, FP_C = "fp-aaaaaaaaaaaa", "fp-bbbbbbbbbbbb", "fp-cccccccccccc"
WHO = {"reason": "checked", "by": "ana", "at": "2025-06-05"}


@pytest.mark.parametrize(
    ("record", "field", "words"),
    [
        ({"kind": "merge", "targets": [FP_A, FP_B]}, "kind", "must be one of"),
        ({"kind": "same", "targets": [FP_A]}, "targets", "takes at least 2 targets"),
        ({"kind": "reject", "targets": ["Wire"]}, "targets[0]", "by fingerprint"),
        ({"kind": "trust", "targets": [FP_A], "trust": 0.5}, "targets[0]", "by name"),
        ({"kind": "trust", "targets": ["Wire"], "trust": 1.5}, "trust", "in [0, 1]"),
        ({"kind": "trust", "targets": ["Wire"]}, "trust", "needs a 'trust'"),
        ({"kind": "value", "targets": [FP_A]}, "value", "needs a 'value'"),
        ({"kind": "reject", "targets": [FP_A], "name": "x"}, "name", "takes no 'name'"),
        ({"kind": "rename", "targets": ["Kerman"], "name": "K"}, "targets[0]", "event:NAME"),
        ({"kind": "depends", "targets": ["Wire", "Wire"]}, "targets", "twice"),
        ({"kind": "reject", "targets": [FP_A], "colour": "red"}, "colour", "unknown field"),
        (
            {"kind": "reject", "targets": [FP_A], "decisions_version": "2.0"},
            "decisions_version",
            "reads decisions_version 1.0",
        ),
        ({"kind": "reject", "targets": [FP_A], "at": "yesterday"}, "at", "ISO date"),
        ({"kind": "reject", "targets": [FP_A], "reason": " "}, "reason", "is required"),
        (
            {
                "kind": "value",
                "targets": [FP_A],
                "value": {"kind": "quantity", "low": 9, "high": 2},
            },
            "value.low",
            "low",
        ),
    ],
)
def test_a_bad_decision_is_refused_naming_its_file_line_and_field(
    tmp_path: Path, record: dict[str, Any], field: str, words: str
) -> None:
    path = tmp_path / "decisions.jsonl"
    good = json.dumps({"kind": "reject", "targets": [FP_C], **WHO})
    path.write_text(good + "\n\n" + json.dumps({**WHO, **record}) + "\n")
    with pytest.raises(InvalidInput) as caught:
        read_decisions(path)
    assert (str(path), 3, field) == (caught.value.path, caught.value.line, caught.value.field)
    assert words in str(caught.value)


def _decision(kind: str, *targets: str, line: int, **payload: Any) -> Decision:
    record = {"kind": kind, "targets": list(targets), **WHO, **payload}
    return decision_from_record(record, path="d.jsonl", line=line)


@pytest.mark.parametrize(
    "pair",
    [
        [("same", (FP_A, FP_B), {}), ("different", (FP_A, FP_B), {})],
        # Through a chain: a is b, b is c, so a cannot be different from c.
        [("same", (FP_A, FP_B), {}), ("same", (FP_B, FP_C), {}), ("different", (FP_C, FP_A), {})],
        [
            ("value", (FP_A,), {"value": {"kind": "quantity", "point": 19}}),
            ("value", (FP_A,), {"value": {"kind": "quantity", "point": 91}}),
        ],
        [("reject", (FP_A,), {}), ("value", (FP_A,), {"value": {"kind": "quantity", "point": 1}})],
        [("trust", ("Wire",), {"trust": 0.2}), ("trust", ("wire",), {"trust": 0.9})],
        [("rename", (FP_A,), {"name": "One"}), ("rename", (FP_A,), {"name": "Two"})],
    ],
)
def test_decisions_that_contradict_each_other_are_an_error_naming_both(
    pair: list[tuple[str, tuple[str, ...], dict[str, Any]]],
) -> None:
    decisions = [
        _decision(kind, *targets, line=i, **payload)
        for i, (kind, targets, payload) in enumerate(pair, start=1)
    ]
    with pytest.raises(ConflictingDecisions) as caught:
        check_decisions(reversed(decisions))
    message = str(caught.value)
    assert message.startswith(f"d.jsonl, line {len(pair)}")
    assert "d.jsonl, line 1" in message or "d.jsonl, line 2" in message


def test_a_decision_repeated_word_for_word_is_no_contradiction() -> None:
    twice = [_decision("trust", "Wire", line=i, trust=0.2) for i in (1, 2)]
    assert 1 == len({d.id for d in check_decisions(twice)})


def test_decide_refuses_a_contradiction_and_leaves_the_file_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "decisions.jsonl"
    _decide(path, "same", FP_A, FP_B, "--reason", "one attack")
    before = path.read_text()
    status = main(["decide", "different", FP_B, FP_A, "--reason", "two", "--file", str(path)])
    assert 2 == status
    err = capsys.readouterr().err
    assert f"{path}, line 2" in err
    assert f"{path}, line 1" in err
    assert "Traceback" not in err
    assert before == path.read_text()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["value", FP_A, "--reason", "r"], "'value' needs a 'value'"),
        (["trust", "Wire", "--trust", "7", "--reason", "r"], "in [0, 1]"),
        (["reject", "Wire", "--reason", "r"], "by fingerprint"),
        (["same", FP_A, "--reason", "r"], "takes at least 2 targets"),
        (["reject", FP_A, "--value", "3", "--reason", "r"], "takes no --value"),
        (["value", FP_A, "--value", "{oops", "--reason", "r"], "malformed JSON"),
    ],
)
def test_decide_checks_the_kind_and_its_arguments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    path = tmp_path / "decisions.jsonl"
    assert 2 == main(["decide", *args, "--file", str(path)])
    err = capsys.readouterr().err
    assert words in err
    assert "Traceback" not in err
    assert not path.exists()


def test_run_with_a_bad_decisions_file_fails_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = tmp_path / "articles"
    write_articles(articles, FLOOD)
    bad = tmp_path / "decisions.jsonl"
    bad.write_text('{"kind": "reject", "targets": ["fp-1"], "reason": "r", "by": "a", "at": "x"}\n')
    assert 2 == main(["run", str(articles), "--decisions", str(bad)])
    err = capsys.readouterr().err
    assert f"{bad}, line 1, field 'targets[0]'" in err
    assert "Traceback" not in err
    assert 2 == main(["report", str(articles), "--decisions", str(tmp_path / "missing.jsonl")])
    assert "no such file or folder" in capsys.readouterr().err


def test_the_distributed_run_refuses_decisions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reconcile.distributed.__main__ import main as distributed_main

    decisions = tmp_path / "decisions.jsonl"
    _decide(decisions, "trust", "Wire", "--trust", "0.2", "--reason", "r")
    status = distributed_main(
        ["run", "claims.jsonl", "--out", str(tmp_path / "out"), "--decisions", str(decisions)]
    )
    assert 2 == status
    assert "decisions are not applied on a Dask cluster" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


# --- each stage ----------------------------------------------------------------------


def _docs(*outlets: str) -> list[Document]:
    return [
        Document(f"d{i}", outlet=o, published=dt.date(2025, 6, 2)) for i, o in enumerate(outlets)
    ]


def _toll(i: int, n: int, *, subject: str = "people", place: str | None = "Verrin") -> Claim:
    return Claim(
        id=f"c{i}",
        document=f"d{i}",
        subject=subject,
        attribute="killed",
        place=place,
        value=Quantity.exact(n),
    )


def _with(
    kind: str, claims: list[Claim], *, targets: tuple[str, ...] = (), **payload: Any
) -> Decision:
    names = targets or tuple(claim_fingerprint(c) for c in claims)
    return Decision(
        DecisionKind(kind),
        tuple(sorted(names)) if kind in ("same", "different") else names,
        "checked",
        "ana",
        "2025-06-05",
        **payload,
    )


def test_same_joins_two_questions_and_their_figures_are_compared() -> None:
    a, b = _toll(0, 14), _toll(1, 19, place="Verrin town")
    plain = reconcile([a, b], _docs("Herald", "Courier"))
    assert 2 == len(plain.verdicts)
    joined = reconcile([a, b], _docs("Herald", "Courier"), decisions=[_with("same", [a, b])])
    [verdict] = joined.verdicts
    assert "contested" == verdict.status.value
    assert (verdict.question,) == tuple(joined.decisions.of_question())


def test_different_splits_a_question_and_unlinked_claims_stay_with_the_first_part() -> None:
    a, b, c = _toll(0, 19), _toll(1, 2), _toll(2, 19)
    docs = _docs("Herald", "Courier", "Post")
    assert 1 == len(reconcile([a, b, c], docs).verdicts)
    split = reconcile([a, b, c], docs, decisions=[_with("different", [a, b])])
    questions = {v.question: sorted(v.claims) for v in split.verdicts}
    assert {
        "e:people:killed@e:verrin": ["c0", "c2"],
        "e:people:killed@e:verrin~2": ["c1"],
    } == questions
    assert "confirmed" == split.verdicts[0].status.value
    titles = [q.title for q in build_report(split).questions]
    assert "people in Verrin: killed (part 2, split by the analyst)" in titles


def test_reject_keeps_the_claim_as_rejected_by_the_analyst() -> None:
    a, b = _toll(0, 19), _toll(1, 91)
    result = reconcile([a, b], _docs("Herald", "Gazette"), decisions=[_with("reject", [b])])
    assert ["c0"] == [c.id for c in result.claims]
    [rejected] = result.rejected
    assert ("c1", "AnalystDecision") == (rejected.item, rejected.error)
    assert claim_fingerprint(b) in rejected.reason


def test_value_sets_the_figure_and_keeps_the_original() -> None:
    a, b = _toll(0, 19), _toll(1, 91)
    fix = _with("value", [b], value=Quantity.exact(19))
    result = reconcile([a, b], _docs("Herald", "Gazette"), decisions=[fix])
    assert "confirmed" == result.verdicts[0].status.value
    assert {"c1": Quantity.exact(91)} == result.decisions.original_of()
    [claim] = [c for c in json.loads(dumps_result(result))["claims"] if c["id"] == "c1"]
    assert ("19", "91", claim_fingerprint(b)) == (
        claim["value"]["text"],
        claim["original_value"]["text"],
        claim["fingerprint"],
    )


def test_depends_makes_two_outlets_one_source() -> None:
    a, b = _toll(0, 19), _toll(1, 19)
    docs = _docs("Courier", "Post")
    assert "confirmed" == reconcile([a, b], docs).verdicts[0].status.value
    copy = _with("depends", [], targets=("Post", "Courier"))
    result = reconcile([a, b], docs, decisions=[copy])
    assert "single_source" == result.verdicts[0].status.value
    assert [copy.id] == list(result.decisions.of_question()[result.verdicts[0].question])


def test_a_distrusted_source_confirms_nothing_and_weighs_its_trust() -> None:
    a, b, c = _toll(0, 19), _toll(1, 19), _toll(2, 91)
    docs = _docs("Courier", "Gazette", "Post")
    distrust = _with("trust", [], targets=("Gazette",), trust=0.2)
    result = reconcile([a, b], docs[:2], decisions=[distrust])
    assert "single_source" == result.verdicts[0].status.value
    assert "trust set by the analyst: Gazette 0.2" in result.verdicts[0].clusters[0].reason
    # 19 (Courier 0.1 + Gazette 0.2) against 91 (Post 1): trust decides, not the head count.
    courier = _with("trust", [], targets=("Courier",), trust=0.1)
    assert "19" == reconcile([a, b, c], docs).verdicts[0].estimate.best  # type: ignore[union-attr]
    contest = reconcile([a, b, c], docs, decisions=[courier, distrust])
    assert "91" == contest.verdicts[0].estimate.best  # type: ignore[union-attr]


def test_rename_names_a_question_by_one_of_its_claims() -> None:
    a = _toll(0, 19)
    result = reconcile([a], _docs("Courier"), decisions=[_with("rename", [a], name="Verrin toll")])
    assert (("e:people:killed@e:verrin", "Verrin toll"),) == result.decisions.names
    assert "Verrin toll" in render(build_report(result), "md")


def test_links_with_too_few_claims_left_and_unknown_sources_are_reported() -> None:
    a, b = _toll(0, 19), _toll(1, 2)
    gone = attrs.evolve(_toll(2, 5), document="d1")
    decisions = [
        _with("same", [a, gone]),
        _with("trust", [], targets=("Nobody",), trust=0.5),
        _with("rename", [], targets=("event:Nothing",), name="x"),
    ]
    result = reconcile([a, b], _docs("Courier", "Post"), decisions=decisions)
    reasons = sorted(u.reason for u in result.decisions.unmatched)
    assert 3 == len(reasons)
    assert any("fewer than two of its claims are left" in r for r in reasons)
    assert any("no document of this run comes from it" in r for r in reasons)
    assert () == result.decisions.by_question


def test_reports_mark_each_verdict_resting_on_a_decision_and_show_fingerprints() -> None:
    a, b = _toll(0, 19), _toll(1, 91)
    fix = _with("value", [b], value=Quantity.exact(19))
    report = build_report(reconcile([a, b], _docs("Herald", "Gazette"), decisions=[fix]))
    markdown = render(report, "md")
    assert f"Rests on the analyst's decision: value {claim_fingerprint(b)} set to 19" in markdown
    assert "read as 91" in markdown
    html = render(report, "html")
    assert claim_fingerprint(a) in html
    assert "Rests on the analyst" in html
    record = json.loads(render(report, "json"))
    assert (
        fix.id == record["contested"][0]["decisions"][0]["id"]
        if record["contested"]
        else (fix.id == record["confirmed"][0]["decisions"][0]["id"])
    )


def test_trust_set_by_hand_replaces_the_estimated_trust() -> None:
    a, b, c = _toll(0, 19), _toll(1, 19), _toll(2, 91)
    docs = _docs("Courier", "Gazette", "Post")
    _, estimated = reconcile_with_trust([a, b, c], docs, method="vote")
    assert 0.25 != dict(estimated.trust)["Post"]
    by_hand = _with("trust", [], targets=("post",), trust=0.25)
    _, trust = reconcile_with_trust([a, b, c], docs, method="vote", decisions=[by_hand])
    assert 0.25 == dict(trust.trust)["Post"]
    assert dict(estimated.trust)["Courier"] == dict(trust.trust)["Courier"]


def test_the_verdict_a_rejected_claim_left_rests_on_the_rejection() -> None:
    a, b = _toll(0, 19), _toll(1, 91)
    drop = _with("reject", [b])
    result = reconcile([a, b], _docs("Courier", "Gazette"), decisions=[drop])
    assert {"e:people:killed@e:verrin": (drop.id,)} == result.decisions.of_question()


def test_a_rename_of_a_rejected_claim_and_a_same_across_kinds_are_reported() -> None:
    a, b = _toll(0, 19), _toll(1, 91)
    day = Claim(
        id="c2",
        document="d2",
        subject="flood",
        attribute="date",
        value=DateSpan.parse("2025-06-01"),
    )
    rename = _with("rename", [b], name="Gazette toll")
    decisions = [_with("reject", [b]), rename, _with("same", [a, day])]
    result = reconcile([a, b, day], _docs("Courier", "Gazette", "Post"), decisions=decisions)
    reasons = {u.decision.kind.value: u.reason for u in result.decisions.unmatched}
    assert "an analyst rejected it" in reasons["rename"]
    assert "different kinds (date, quantity)" in reasons["same"]
    assert () == result.decisions.names
    assert 2 == len(result.verdicts)


@given(st.randoms(use_true_random=False))
def test_the_same_claims_and_decisions_in_any_order_give_the_same_bytes(
    rng: random.Random,
) -> None:
    claims = [_toll(0, 19), _toll(1, 19), _toll(2, 2), _toll(3, 91), _toll(4, 14, place="Oster")]
    docs = _docs("Courier", "Post", "Gazette", "Herald", "Wire")
    decisions = [
        _with("same", [claims[0], claims[4]]),
        _with("different", [claims[0], claims[2]]),
        _with("reject", [claims[3]]),
        _with("value", [claims[1]], value=Quantity.exact(20)),
        _with("depends", [], targets=("Post", "Courier")),
        _with("trust", [], targets=("Gazette",), trust=0.4),
        _with("rename", [claims[2]], name="Aldby toll"),
    ]
    expected = dumps_result(reconcile(claims, docs, decisions=decisions))
    rng.shuffle(claims)
    rng.shuffle(docs)
    rng.shuffle(decisions)
    assert expected == dumps_result(reconcile(claims, docs, decisions=decisions))


def test_claims_named_by_decisions_are_written_as_their_records() -> None:
    # Claims no decision names are written field by field, the others from their records
    # (with ``decisions`` and ``original_value``): every line is its record's encoding.
    claims = [_toll(0, 19), _toll(1, 19), _toll(2, 2), _toll(3, 91)]
    decisions = [
        _with("value", [claims[1]], value=Quantity.exact(20)),
        _with("rename", [claims[2]], name="Aldby toll"),
        _with("same", [claims[0], claims[3]]),
    ]
    result = reconcile(claims, _docs("Courier", "Post", "Gazette", "Herald"), decisions=decisions)
    expected = [encode_record(record) for record in claim_records(result)]
    assert any('"original_value"' in line for line in expected)
    assert any('"decisions"' in line for line in expected)
    lines = dumps_result(result).split("\n")
    start = lines.index('"claims": [') + 1
    assert expected == [line.removesuffix(",") for line in lines[start : start + len(expected)]]


def test_append_decision_ends_a_last_line_left_open_and_counts_lines(tmp_path: Path) -> None:
    path = tmp_path / "decisions.jsonl"
    first = json.dumps({"kind": "trust", "targets": ["Wire"], "trust": 0.5, **WHO})
    path.write_text(first + "\n\n" + first)
    placed = append_decision(path, _with("trust", [], targets=("Post",), trust=0.2))
    assert 4 == placed.line
    assert [4] == [d.line for d in read_decisions(path) if d.targets == ("Post",)]
    assert path.read_text().endswith("\n")


def test_same_on_events_asks_their_claims_under_one_event() -> None:
    def on(i: int, event: str, subject: str, value: Any, attribute: str = "killed") -> Claim:
        return Claim(
            id=f"c{i}",
            document=f"d{i % 2}",
            subject=subject,
            attribute=attribute,
            value=value,
            event=event,
        )

    blast, explosion = "Kerman blast (2024-01-03)", "explosion (2024-01-03)"
    claims = [
        on(0, blast, "people", Quantity.exact(84)),
        on(1, explosion, "people", Quantity.exact(84)),
        on(2, blast, blast, DateSpan.parse("2024-01-03"), "date"),
        on(3, explosion, explosion, DateSpan.parse("2024-01-03"), "date"),
    ]
    docs = _docs("Wire", "Daily")
    assert 4 == len(reconcile(claims, docs).verdicts)
    join = _with("same", [], targets=(f"event:{explosion}", f"event:{blast}"))
    rename = _with("rename", [], targets=(f"event:{explosion}",), name="Kerman bombing")
    result = reconcile(claims, docs, decisions=[join, rename])
    assert [("confirmed", blast)] * 2 == [(v.status.value, v.event) for v in result.verdicts]
    assert {blast: "Kerman bombing"} == dict(result.decisions.event_names)
    assert all(join.id in ids for ids in result.decisions.of_question().values())


def test_same_on_events_reports_an_event_no_claim_is_about_and_refuses_mixed_targets() -> None:
    claim = attrs.evolve(_toll(0, 84), event="Kerman blast (2024-01-03)")
    lost = _with("same", [], targets=("event:Kerman blast (2024-01-03)", "event:gone"))
    result = reconcile([claim], _docs("Wire"), decisions=[lost])
    [unmatched] = result.decisions.unmatched
    assert ("event:gone",) == unmatched.targets
    assert "joins nothing" in unmatched.reason
    with pytest.raises(SchemaError, match="not both"):
        _with("same", [claim], targets=("event:Kerman blast (2024-01-03)", FP_A))
