"""Truth discovery and copy detection: which value is true, and which sources to trust.

Estimators run over a :class:`ClaimTable` of (source, object, attribute, value) claims
and return a :class:`TruthEstimate`: a value per item with its confidence and any tie,
a trust per source, and the groups of sources that copy each other.

Examples:
    >>> from reconcile.truth import ClaimTable, TruthClaim, estimate_truth
    >>> table = ClaimTable([
    ...     TruthClaim("a", "AA-1007", "dep", "4:55 p.m."),
    ...     TruthClaim("b", "AA-1007", "dep", "16:55"),
    ...     TruthClaim("c", "AA-1007", "dep", "5:05 p.m."),
    ... ])
    >>> estimate_truth(table, method="vote", comparison=times()).value_of("AA-1007", "dep")
    '16:55'
"""

from reconcile.truth._compare import ValueComparison, ValueKind, author_lists, numbers, text, times
from reconcile.truth._estimate import (
    accu,
    crh,
    estimate_truth,
    investment,
    pooled_investment,
    truthfinder,
    vote,
)
from reconcile.truth._load import Accuracy, accuracy, load_claim_table, load_gold
from reconcile.truth._model import (
    ClaimTable,
    CopyGroup,
    ItemEstimate,
    Method,
    Rejection,
    SourceTrust,
    TruthClaim,
    TruthEstimate,
)

__all__ = [
    "Accuracy",
    "ClaimTable",
    "CopyGroup",
    "ItemEstimate",
    "Method",
    "Rejection",
    "SourceTrust",
    "TruthClaim",
    "TruthEstimate",
    "ValueComparison",
    "ValueKind",
    "accu",
    "accuracy",
    "author_lists",
    "crh",
    "estimate_truth",
    "investment",
    "load_claim_table",
    "load_gold",
    "numbers",
    "pooled_investment",
    "text",
    "times",
    "truthfinder",
    "vote",
]
