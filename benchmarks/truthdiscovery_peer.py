"""Run ``truthdiscovery`` 1.0.4 end to end on a claims CSV, as a process of its own.

The peer for ``truth_benchmark.py scale --peer-python``: ``truthdiscovery`` 1.0.4 pins
old versions of attrs, numpy and pytest, so it lives in a virtual environment of its own
and this script runs under that environment's interpreter::

    python -m venv tdvenv
    tdvenv/bin/pip install --no-deps truthdiscovery==1.0.4
    tdvenv/bin/pip install numpy==1.24.2 scipy==1.10.1 bidict==0.22.1 attrs==22.2.0 \
        PyYAML==6.0 python-dateutil==2.8.2
    tdvenv/bin/python benchmarks/truthdiscovery_peer.py CLAIMS.csv Investment

(``--no-deps`` because its pinned pycairo needs the cairo headers to build; its drawing
back ends are not used, and are stubbed before the import.) The CSV has the columns
``source,object,attribute,value``; the item is (object, attribute). It prints one JSON
line: the seconds to import, to load the CSV with ``FileDataset`` and to run the
estimator, and the number of items it believed something about. Only the standard
library and ``truthdiscovery`` are imported: reconcile is not on this interpreter's path.
"""

from __future__ import annotations

import csv
import json
import sys
import time
import types
from typing import Any


def import_truthdiscovery() -> Any:
    """``truthdiscovery`` with its drawing back ends stubbed (they are never used)."""
    for stub in ("imageio", "imageio.v2", "cairo", "matplotlib", "matplotlib.pyplot"):
        sys.modules.setdefault(stub, types.ModuleType(stub))
    import truthdiscovery as td  # type: ignore[import-not-found]

    return td


def claims_dataset(td: Any, path: str) -> Any:
    """The CSV (``source,object,attribute,value``) as truthdiscovery's own file dataset."""

    class ClaimsCsv(td.FileDataset):  # type: ignore[misc]
        def get_tuples(self, fileobj: Any) -> Any:
            rows = csv.reader(fileobj)
            next(rows)
            for source, obj, attribute, value in rows:
                yield source, (obj, attribute), value

    return ClaimsCsv(path)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: truthdiscovery_peer.py CLAIMS.csv ESTIMATOR", file=sys.stderr)
        return 2
    path, name = argv
    start = time.perf_counter()
    td = import_truthdiscovery()
    imported = time.perf_counter()
    data = claims_dataset(td, path)
    loaded = time.perf_counter()
    result = getattr(td, name)().run(data)
    ran = time.perf_counter()
    print(
        json.dumps(
            {
                "import": round(imported - start, 3),
                "load": round(loaded - imported, 3),
                "run": round(ran - loaded, 3),
                "items": len(result.belief),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
