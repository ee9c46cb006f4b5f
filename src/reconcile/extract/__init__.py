"""Extraction: news text in, the core's claims out."""

from reconcile.extract._dates import TimeExpression, find_time_expressions
from reconcile.extract._loader import Article, Corpus, load_articles
from reconcile.extract._numbers import NumberKind, QuantityMention, find_quantities

__all__ = [
    "Article",
    "Corpus",
    "NumberKind",
    "QuantityMention",
    "TimeExpression",
    "find_quantities",
    "find_time_expressions",
    "load_articles",
]
