"""The input checks of :mod:`reconcile.validate`, split across a cluster.

Documents are few: they are checked on the client, exactly as the in-process pipeline
does. Claims are checked in two steps: every worker reports an 8-byte hash of each
claim id; only the claims whose hash occurs twice, or whose document was rejected, are
fetched to the client and checked there with the same functions.
"""

from __future__ import annotations

import hashlib

__all__ = ["id_hash"]


def id_hash(text: str) -> int:
    """A stable 63-bit hash of a claim id (the same in every process).

    Examples:
        >>> id_hash("c1") == id_hash("c1") != id_hash("c2")
        True
    """
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1
