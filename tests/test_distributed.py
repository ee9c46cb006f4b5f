"""The pipeline on a local Dask cluster with two worker processes gives the in-process
result, byte for byte; a killed worker loses and duplicates nothing."""

from __future__ import annotations

import io
import json
import os
import signal
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.distributed import (
    DistributedError,
    reconcile_dask,
    write_claims_jsonl,
    write_claims_parquet,
    write_merged,
)
from reconcile.distributed._inputs import _read_parquet
from reconcile.errors import InputErrors, ReconcileError
from reconcile.io import read_claims
from reconcile.model import Claim, Document, ItemKind, Rejection
from reconcile.normalize import NameResolver, plain_resolver
from reconcile.output import dumps_result
from reconcile.pipeline import reconcile
from reconcile.synthetic import generate
from reconcile.testing import claim_sets, documents
from reconcile.values import Quantity
from reconcile.verdicts import EstimatePolicy

# Dask is partly typed; its objects are handled as Any here.
distributed: Any = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")


def _cluster() -> Any:
    return distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with _cluster() as cluster, distributed.Client(cluster) as c:
        yield c


def _merged(folder: Path | str) -> str:
    buffer = io.StringIO()
    write_merged(folder, buffer)
    return buffer.getvalue()


@st.composite
def messy_inputs(draw: st.DrawFn) -> tuple[list[Document], list[Claim]]:
    """Claim sets plus what the checks must catch: repeats, clashing ids, bad documents."""
    docs, claims = draw(claim_sets(max_size=25))
    doc_list, claim_list = list(docs), list(claims)
    clash: bool = draw(st.booleans())
    if clash:
        doc_list.append(attrs.evolve(draw(st.sampled_from(doc_list)), outlet="Clash"))
    repeated: list[Claim] = (
        draw(st.lists(st.sampled_from(claim_list), max_size=3)) if claim_list else []
    )
    for claim in repeated:
        same: bool = draw(st.booleans())
        claim_list.append(claim if same else attrs.evolve(claim, subject="Other"))
    orphan: bool = draw(st.booleans())
    if orphan and claim_list:
        claim_list.append(attrs.evolve(claim_list[0], id="orphan", document="nowhere"))
    if draw(st.booleans()):
        doc_list.append(draw(documents(ids=("extra",))))
    order = draw(st.permutations(range(len(claim_list))))
    return doc_list, [claim_list[i] for i in order]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    data=messy_inputs(),
    layout=st.tuples(st.integers(1, 12), st.integers(1, 5)),
    resolver=st.sampled_from([None, plain_resolver]),
    policy=st.sampled_from(list(EstimatePolicy)),
)
def test_distributed_result_equals_the_in_process_result(
    client: Any,
    data: tuple[list[Document], list[Claim]],
    layout: tuple[int, int],
    resolver: NameResolver | None,
    policy: EstimatePolicy,
) -> None:
    docs, claims = data
    chunk, partitions = layout
    expected = dumps_result(reconcile(claims, docs, resolver=resolver, policy=policy))
    with tempfile.TemporaryDirectory() as out:
        result = reconcile_dask(
            claims,
            docs,
            out=out,
            client=client,
            chunk=chunk,
            partitions=partitions,
            resolver=resolver,
            policy=policy,
            overwrite=True,
        )
        assert expected == _merged(out)
        assert json.loads(expected)["summary"] == dict(result.summary)


def _write_files(folder: Path, data: Any) -> list[Path]:
    paths = []
    for i in range(3):
        path = folder / f"claims-{i}.jsonl"
        write_claims_jsonl(data.claims[i::4], path, documents=data.documents[i::3])
        paths.append(path)
    with open(paths[0], "a", encoding="utf-8") as extra:
        extra.write('{"id": "bad", "document": "x", "subject": "", "attribute": "a"}\n')
        extra.write("not json\n")
    parquet = folder / "claims-3.parquet"
    write_claims_parquet(data.claims[3::4], parquet)
    return [*paths, parquet]


def test_claims_read_from_json_lines_and_parquet_files_give_the_in_process_result(
    client: Any, tmp_path: Path
) -> None:
    data = generate(3000, sources=12, seed=2)
    files = _write_files(tmp_path, data)
    docs: list[Document] = []
    claims: list[Claim] = []
    rejected: list[Rejection] = []
    for path in files[:3]:
        loaded = read_claims(path)
        docs += loaded.documents
        claims += loaded.claims
        rejected += loaded.rejected
    expected = dumps_result(reconcile([*claims, *data.claims[3::4]], docs, rejected=rejected))
    result = reconcile_dask(
        tmp_path, out=tmp_path / "out", client=client, partitions=3, progress=io.StringIO()
    )
    assert expected == _merged(tmp_path / "out")
    assert 2 == result.summary["rejected"]
    assert 3 == len(list((tmp_path / "out" / "claims").glob("part-*.jsonl")))


def test_progress_and_the_dashboard_link_go_to_the_given_stream(
    client: Any, tmp_path: Path
) -> None:
    stream = io.StringIO()
    claims = generate(200, sources=4, seed=1).claims
    result = reconcile_dask(claims, out=tmp_path, client=client, progress=stream)
    assert f"dashboard: {result.dashboard}" in stream.getvalue()
    assert "reconcile: 4/4 partitions" in stream.getvalue()  # two per worker


def test_strict_mode_raises_every_input_problem_at_once(client: Any, tmp_path: Path) -> None:
    claims = list(generate(50, sources=4, seed=1).claims)
    clash = attrs.evolve(claims[0], subject="Someone else")
    with pytest.raises(InputErrors) as caught:
        reconcile_dask([*claims, clash], out=tmp_path, client=client, strict=True)
    assert 2 == len(caught.value.exceptions)


def test_a_non_empty_output_folder_is_refused(client: Any, tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("x")
    with pytest.raises(ReconcileError, match="not empty"):
        reconcile_dask([], out=tmp_path, client=client)


def test_a_task_that_keeps_failing_raises_a_distributed_error_naming_the_stage(
    client: Any, tmp_path: Path
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "broken.parquet").write_bytes(b"not parquet")
    with pytest.raises(DistributedError, match=r"^scan failed") as caught:
        reconcile_dask(tmp_path / "in", out=tmp_path / "out", client=client)
    assert not (tmp_path / "out" / "summary.json").exists()
    assert isinstance(caught.value, RuntimeError)


def test_extra_rejections_are_carried_into_the_result(client: Any, tmp_path: Path) -> None:
    claims = generate(100, sources=4, seed=1).claims
    earlier = [Rejection("a1", ItemKind.DOCUMENT, "unreadable", "InvalidDocument", "a.html")]
    expected = dumps_result(reconcile(claims, rejected=earlier))
    reconcile_dask(claims, out=tmp_path, client=client, rejected=earlier)
    assert expected == _merged(tmp_path)


def test_a_worker_killed_in_the_middle_of_the_shuffle_loses_and_duplicates_no_claim(
    tmp_path: Path,
) -> None:
    data = generate(20_000, sources=30, seed=5)
    for i in range(8):
        write_claims_jsonl(data.claims[i::8], tmp_path / f"c{i}.jsonl")
    expected = dumps_result(reconcile(data.claims, data.documents))
    outcome: dict[str, Any] = {}
    with _cluster() as cluster, distributed.Client(cluster) as client:
        files = sorted(tmp_path.glob("*.jsonl"))

        def run() -> None:
            try:
                outcome["result"] = reconcile_dask(
                    files,
                    data.documents,
                    out=tmp_path / "out",
                    client=client,
                )
            except DistributedError as error:  # pragma: no cover (Dask recovers here)
                outcome["error"] = error

        thread = threading.Thread(target=run)
        thread.start()
        killed = None
        deadline = time.monotonic() + 60
        while thread.is_alive() and killed is None and time.monotonic() < deadline:
            busy = [str(k) for keys in client.processing().values() for k in keys]
            if any("shuffle" in k for k in busy):
                pids = client.run(os.getpid)
                killed = sorted(pids)[0]
                os.kill(pids[killed], signal.SIGKILL)
            time.sleep(0.02)
        thread.join()
    assert killed is not None, "the run finished before a worker could be killed"
    assert "error" not in outcome
    text = _merged(tmp_path / "out")
    assert expected == text
    ids = [c["id"] for c in json.loads(text)["claims"]]
    assert len(data.claims) == len(ids) == len(set(ids))


def test_the_command_line_runs_on_a_scheduler_address_and_merges(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reconcile.distributed.__main__ import main

    data = generate(500, sources=6, seed=3)
    write_claims_jsonl(data.claims, tmp_path / "claims.jsonl", documents=data.documents)
    address = client.scheduler.address
    argv = ["run", str(tmp_path / "claims.jsonl"), "--out", str(tmp_path / "out")]
    assert 0 == main([*argv, "--scheduler", address, "--quiet"])
    assert 500 == json.loads(capsys.readouterr().out)["claims"]
    assert 0 == main(["merge", str(tmp_path / "out"), "-o", str(tmp_path / "result.json")])
    expected = dumps_result(reconcile(data.claims, data.documents))
    assert expected == (tmp_path / "result.json").read_text(encoding="utf-8")


def test_public_names_are_pinned() -> None:
    import reconcile.distributed

    assert [
        "DistributedError",
        "DistributedResult",
        "Part",
        "TrustClaim",
        "TrustEstimate",
        "VoteWinner",
        "crh",
        "crh_dask",
        "independent_vote",
        "independent_vote_dask",
        "parts_of",
        "read_part",
        "reconcile_dask",
        "trust_claims_of_result",
        "write_claims_jsonl",
        "write_claims_parquet",
        "write_merged",
    ] == reconcile.distributed.__all__


def test_a_claim_s_event_survives_a_parquet_claims_file(tmp_path: Path) -> None:
    claim = Claim(
        id="c1",
        document="d",
        subject="people",
        attribute="killed",
        value=Quantity.exact(21),
        event="strike (2025-03-09)",
    )
    path = tmp_path / "claims.parquet"
    write_claims_parquet([claim], path)
    (read,) = _read_parquet(path).claims
    assert "strike (2025-03-09)" == read.event
