"""``python -m reconcile``: the same as the ``reconcile`` command."""

import sys

from reconcile.cli import main

if __name__ == "__main__":
    sys.exit(main())
