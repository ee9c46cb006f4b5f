"""Extraction: news text in, the core's claims out.

Load articles (:func:`load_articles`), run an :class:`Extractor` over them
(:func:`extract_claims`, with :func:`default_extractor` unless you bring your own), and
pass the claims to the core. :func:`figure_fates` and :func:`render_explain` show what
became of every figure (``reconcile extract --explain``). Lower-level finders
(:func:`find_quantities`, :func:`find_time_expressions`) serve benchmarks and custom
extractors.

Examples:
    >>> import datetime as dt
    >>> from reconcile.extract import articles_from_texts, extract_claims
    >>> corpus = articles_from_texts(
    ...     [("ap", "About 2,500 US troops remain deployed in Iraq, officials said.")],
    ...     published=dt.date(2024, 1, 27))
    >>> claim = extract_claims(corpus).claims[0]
    >>> claim.subject, claim.attribute, claim.place, claim.value.interval, claim.attribution
    ('US troops', 'deployed', 'Iraq', (2250.0, 2750.0), 'officials')
"""

from reconcile.extract._cache import EXTRACTOR_VERSION, ReadingCache
from reconcile.extract._coref import Event
from reconcile.extract._dates import TimeExpression, find_time_expressions
from reconcile.extract._explain import (
    UNACCOUNTED,
    ArticleFates,
    Fate,
    figure_fates,
    render_explain,
)
from reconcile.extract._frames import PassedOver
from reconcile.extract._loader import (
    Article,
    Corpus,
    articles_from_texts,
    load_articles,
    parse_published,
    split_header,
)
from reconcile.extract._numbers import NumberKind, QuantityMention, find_quantities
from reconcile.extract._pipeline import (
    Extraction,
    Extractor,
    RuleExtractor,
    default_extractor,
    extract_claims,
)

__all__ = [
    "EXTRACTOR_VERSION",
    "UNACCOUNTED",
    "Article",
    "ArticleFates",
    "Corpus",
    "Event",
    "Extraction",
    "Extractor",
    "Fate",
    "NumberKind",
    "PassedOver",
    "QuantityMention",
    "ReadingCache",
    "RuleExtractor",
    "TimeExpression",
    "articles_from_texts",
    "default_extractor",
    "extract_claims",
    "figure_fates",
    "find_quantities",
    "find_time_expressions",
    "load_articles",
    "parse_published",
    "render_explain",
    "split_header",
]
