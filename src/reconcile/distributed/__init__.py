"""Reconciliation on a Dask cluster, with the same answers as the in-process pipeline.

Needs the ``dask`` extra (``pip install 'reconcile[dask]'``). Claims are read by the
workers from many JSON Lines, CSV or Parquet files, shuffled so that each question (the
blocking key) lands on one worker, and reconciled there with the core's own functions.
The result is written as partitioned JSON Lines files plus a ``summary.json``;
:func:`write_merged` streams the one-file result JSON from them, byte for byte what
:func:`reconcile.output.write_result` gives for the in-process result. Source trust runs
as map-reduce rounds (:func:`independent_vote_dask`, :func:`crh_dask`), equal to the
in-process formulas (:func:`independent_vote`, :func:`crh`).

Examples:
    >>> import io, pathlib, tempfile
    >>> from reconcile.distributed import write_merged
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "summary.json").write_text(
    ...     '{"schema_version": "1.0", "summary": {}, "settings": {}}')
    >>> buffer = io.StringIO()
    >>> write_merged(folder, buffer)
    >>> buffer.getvalue().count("[]")
    7
"""

from reconcile.distributed._inputs import (
    Part,
    parts_of,
    read_part,
    write_claims_jsonl,
    write_claims_parquet,
)
from reconcile.distributed._output import write_merged
from reconcile.distributed._run import DistributedError, DistributedResult, reconcile_dask
from reconcile.distributed._trust import (
    TrustClaim,
    TrustEstimate,
    VoteWinner,
    crh,
    crh_dask,
    independent_vote,
    independent_vote_dask,
    trust_claims_of_result,
)

__all__ = [
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
]
