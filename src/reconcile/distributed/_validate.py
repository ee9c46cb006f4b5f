"""The input checks of :func:`reconcile.pipeline.reconcile`, split across a cluster.

Documents are few: they are checked on the client, exactly as the in-process pipeline
does. Claims are checked in two steps: every worker reports an 8-byte hash of each
claim id; only the claims whose hash occurs twice, or whose document was rejected, are
fetched to the client and checked there with the same rules.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from reconcile.errors import DuplicateId, InvalidInput
from reconcile.model import Claim, Document, ItemKind, Rejection

__all__ = ["CheckedClaims", "CheckedDocuments", "check_claims", "check_documents", "id_hash"]


def id_hash(text: str) -> int:
    """A stable 63-bit hash of a claim id (the same in every process).

    Examples:
        >>> id_hash("c1") == id_hash("c1") != id_hash("c2")
        True
    """
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


@attrs.frozen
class CheckedDocuments:
    """The documents kept, the ids of the rejected ones, and the rejections."""

    kept: dict[str, Document]
    rejected_ids: frozenset[str]
    rejected: tuple[Rejection, ...]
    errors: tuple[InvalidInput, ...]


def check_documents(documents: Sequence[Document]) -> CheckedDocuments:
    """Reject every document whose id is used by two different documents."""
    rejected: list[Rejection] = []
    errors: list[InvalidInput] = []
    counts = Counter(d.id for d in documents)
    variants: dict[str, set[str]] = {}
    for doc in documents:
        variants.setdefault(doc.id, set()).add(repr(doc))
    kept: dict[str, Document] = {}
    for doc in sorted(documents, key=lambda d: (d.id, repr(d))):
        if len(variants[doc.id]) > 1:
            error = DuplicateId(
                f"document id {doc.id!r} is used by {counts[doc.id]} different documents",
                field="id",
                document=doc.id,
            )
            errors.append(error)
            rejected.append(Rejection.from_error(doc.id, ItemKind.DOCUMENT, error))
            continue
        kept[doc.id] = doc
    return CheckedDocuments(
        kept, frozenset(counts) - frozenset(kept), tuple(rejected), tuple(errors)
    )


@attrs.frozen
class CheckedClaims:
    """Of the claims fetched for a check: those kept, and the rejections."""

    kept: tuple[Claim, ...]
    rejected: tuple[Rejection, ...]
    errors: tuple[InvalidInput, ...]


def check_claims(claims: Iterable[Claim], documents: CheckedDocuments) -> CheckedClaims:
    """Check claims that share an id or whose document was rejected.

    ``claims`` must hold *every* claim with each id it holds. Different claims with one
    id are all rejected (which is right cannot be known); a claim repeated word for word
    is kept once; a claim whose document was rejected is rejected.
    """
    rejected: list[Rejection] = []
    errors: list[InvalidInput] = []

    def reject(item: str, error: InvalidInput) -> None:
        errors.append(error)
        rejected.append(Rejection.from_error(item, ItemKind.CLAIM, error))

    by_id: dict[str, list[Claim]] = {}
    for claim in claims:
        by_id.setdefault(claim.id, []).append(claim)
    kept: list[Claim] = []
    for claim_id in sorted(by_id):
        group = by_id[claim_id]
        if len(group) > 1 and len({repr(c) for c in group}) > 1:
            for _ in group:
                reject(
                    claim_id,
                    DuplicateId(
                        f"claim id {claim_id!r} is used by {len(group)} different claims",
                        field="id",
                    ),
                )
            continue
        for _ in group[1:]:
            reject(
                claim_id, DuplicateId(f"claim {claim_id!r} is repeated word for word", field="id")
            )
        claim = group[0]
        if claim.document in documents.rejected_ids:
            reject(
                claim_id,
                InvalidInput(
                    f"its document {claim.document!r} was rejected",
                    field="document",
                    document=claim.document,
                ),
            )
            continue
        kept.append(claim)
    return CheckedClaims(tuple(kept), tuple(rejected), tuple(errors))
