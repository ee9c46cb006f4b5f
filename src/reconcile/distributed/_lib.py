"""The optional libraries, imported when first used.

The package imports (and its doctests run) without the ``dask`` extra; only running on
a cluster needs it. Dask, pandas and pyarrow are partly typed, so they are handled as
``Any`` here rather than with an ignore at every call.
"""

from __future__ import annotations

import importlib
from typing import Any

from reconcile.errors import MissingDependency

__all__ = ["lib"]


def lib(name: str) -> Any:
    """Import ``name`` (``"dask"``, ``"distributed"``, ``"pandas"``, ``"pyarrow"``, ...).

    Raises:
        MissingDependency: the ``dask`` extra is not installed; the message says how.

    Examples:
        >>> lib("json").dumps([1])
        '[1]'
    """
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        raise MissingDependency(
            f"reconcile.distributed needs {error.name!r}: pip install 'reconcile[dask]'",
            field=error.name,
        ) from error
