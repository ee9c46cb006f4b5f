"""Reconciliation on a Dask cluster, with the same answers as the in-process pipeline.

Needs the ``dask`` extra (``pip install 'reconcile[dask]'``). Claims are read by the
workers from many JSON Lines, CSV or Parquet files, shuffled so that each question (the
blocking key) lands on one worker, and reconciled there with the core's own functions.
The result is written as partitioned JSON Lines files plus a ``summary.json``;
:func:`write_merged` streams the one-file result JSON from them, byte for byte what
:func:`reconcile.output.write_result` gives for the in-process result.

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

__all__ = [
    "DistributedError",
    "DistributedResult",
    "Part",
    "parts_of",
    "read_part",
    "reconcile_dask",
    "write_claims_jsonl",
    "write_claims_parquet",
    "write_merged",
]
