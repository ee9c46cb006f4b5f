"""``python -m reconcile.truth TABLE --method NAME``: see :mod:`reconcile.truth.command`."""

from reconcile.truth.command import main

raise SystemExit(main())
