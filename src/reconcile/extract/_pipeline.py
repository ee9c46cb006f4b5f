"""The plug-in point and the default rule-based extractor."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING, Final, Protocol, runtime_checkable

import attrs

from reconcile._heap import collector_paused
from reconcile.errors import ExtractionError, ReconcileError
from reconcile.extract._compounds import compound_names_joined
from reconcile.extract._context import (
    clause_attribution,
    clause_bounds,
    find_attribution,
    is_place,
    modality_at,
    place_in,
    places_named,
    proper_name,
)
from reconcile.extract._coref import (
    EVENT_PLACEHOLDER,
    Event,
    bind_events,
    describe_events,
    event_anchors,
    place_forces,
    unify_parties,
    unify_subjects,
)
from reconcile.extract._counts import bare, nationality_at, read_counts, where_before
from reconcile.extract._dates import NOT_PAST, TimeExpression, _tense, time_expressions_in
from reconcile.extract._event_mentions import (
    HAPPENING_AUXILIARIES,
    LEAD_SENTENCES,
    EventMention,
    StoryShift,
    bodies_by_sentence,
    bodies_named,
    compared_with,
    deadline_before,
    described_by_before,
    event_describing_doer,
    find_event_mentions,
    find_story_shifts,
    in_main_clause,
    lead_event,
    long_over,
    mention_key,
    named_by_subject,
    names_a_contender,
    race_and_tallies,
    settle_ambiguous,
    settle_bodies,
    verb_named_lead,
)
from reconcile.extract._events import (
    EventTie,
    date_subject,
    moved_happening,
    stretch_opened,
    tie_event,
)
from reconcile.extract._frames import (
    INCREMENTS,
    LINE_BULLETS,
    NUMBERING_WORDS,
    SIZELESS_REASON,
    STAMP_MARKS,
    WRITTEN_SUBJECT,
    Figure,
    FrameTables,
    PassedOver,
    as_role,
    bare_change_by,
    batch_before,
    body_verb_event,
    clause_subject,
    clock_times,
    entry_stamp,
    fact_label,
    frame_tables,
    holder_of_bare_result,
    is_figure,
    is_forecast,
    is_sizeless,
    leaders_named,
    letters_defined,
    line_label,
    links_elsewhere,
    listed_name,
    listed_names,
    multiplier_words,
    name_ending_at,
    names_a_figure_before,
    ordinal_acts,
    others_of_a_pair,
    past_possessor,
    predicate_phrase_at,
    ranks,
    ratios,
    read_frame,
    respective_place,
    sole_votes,
    tally_sides,
    threshold_of,
    unanimous_votes,
    written_figure,
    written_tallies,
)
from reconcile.extract._lexicon import (
    BE_AND_HAVE,
    CAMP_NOUNS,
    CAPTIVE_HEADS,
    CASUALTY,
    CLAUSE_OPENERS,
    CONTENDER_NOUNS,
    COUNTRIES,
    COUNTRY_OF_ADJECTIVE,
    DEGREE_ADVERBS,
    EVENT_NOUNS,
    FUNCTION_WORDS,
    HEADS,
    HEDGES_ABOUT_WORDS,
    INSTITUTIONS,
    IRREGULAR_PAST,
    NATIONALITY,
    ORDINAL_WORDS,
    PLACES,
    PREDICATES,
    RANKING_VERBS,
    SAY_VERBS,
    SAYING_FORMS,
    TALLY_SIDES,
    TITLES,
    words,
)
from reconcile.extract._loader import Article, Corpus
from reconcile.extract._numbers import NumberKind, QuantityMention, scan_numbers
from reconcile.extract._scope import (
    SCOPED_ATTRIBUTES,
    at_an_earlier_event,
    count_scope,
    dates_prior_value,
    earlier_scope,
    earlier_year_of,
    is_prior_value,
)
from reconcile.extract._seats import (
    WINNING_VERBS,
    changed_from_holder,
    read_seats,
    relative_holder,
    restates_share,
    seat_kind,
    share_holder,
    without_title,
)
from reconcile.extract._text import (
    Token,
    a_full_name,
    is_title_case,
    names_any,
    shadow,
    split_sentences,
    tokenize,
    truecased,
    without_possessive,
    words_of,
)
from reconcile.extract._votes import read_follow_up, read_named_sides, read_votes
from reconcile.model import Claim, Document, Evidence, ItemKind, Modality, Rejection
from reconcile.values import DEFAULT_ABOUT_SPREAD, DateSpan, Hedge, Quantity, VoteOutcome

if TYPE_CHECKING:
    from reconcile.extract._cache import ReadingCache

_PRESENT: Final = frozenset({"today", "tonight", "now", "currently"})
#: The words of the present that name a day, which a happening may be dated by.
_DAY_WORDS: Final = frozenset({"today", "tonight"})
#: The claim families the default extractor can produce.
KINDS: Final = frozenset({"counts", "dates", "votes", "figures", "events"})
#: The closed rules alone: counts, dates and votes, with no open figures and no events.
CLOSED_KINDS: Final = frozenset({"counts", "dates", "votes"})


@runtime_checkable
class Extractor(Protocol):
    """Anything that turns an article into claims: the default rules, a model, your own."""

    def __call__(self, article: Article) -> Iterable[Claim]:
        """The claims ``article`` makes; raise ExtractionError for an article it cannot read."""
        ...


@attrs.frozen
class ArticleReading:
    """The claims of one article and counters of what was seen but not claimed."""

    claims: tuple[Claim, ...]
    stats: tuple[tuple[str, int], ...] = ()
    passed: tuple[PassedOver, ...] = ()
    events: tuple[tuple[str, EventMention], ...] = ()
    #: (person, party) pairs the article names a party's leader by ("Labour leader Keir
    #: Starmer"): another article's "Starmer's party" is that party too.
    leaders: tuple[tuple[str, str], ...] = ()
    #: (letters, name) pairs the article spells a name out by ("the Democratic Alliance
    #: (DA)"): another article's bare "DA" is that name too.
    letters: tuple[tuple[str, str], ...] = ()


def _frozen_set(value: Iterable[str] | None) -> frozenset[str] | None:
    return None if value is None else frozenset(value)


@attrs.frozen(repr=False)
class RuleExtractor:
    """The default rule-based extractor; build it with :func:`default_extractor`."""

    about_spread: float = DEFAULT_ABOUT_SPREAD
    kinds: frozenset[str] = KINDS
    predicates: frozenset[str] | None = attrs.field(default=None, converter=_frozen_set)

    def __repr__(self) -> str:
        preds = "all" if self.predicates is None else ",".join(sorted(self.predicates))
        return (
            f"<default_extractor about_spread={self.about_spread} "
            f"kinds={','.join(sorted(self.kinds))} predicates={preds}>"
        )

    def __call__(self, article: Article) -> Iterable[Claim]:
        reading = self.read(article)
        doc = article.document
        return tuple(
            bind_events([(doc.id, reading.claims, reading.events)], {doc.id: doc.published})
        )

    def read(self, article: Article) -> ArticleReading:
        """Claims and debug counters for one article."""
        text = article.text
        view = shadow(text)
        doc = article.document
        anchor = doc.published
        stats: Counter[str] = Counter()
        claims: dict[str, Claim] = {}
        passed: list[PassedOver] = []
        event_mentions: list[EventMention] = []
        # the voting bodies the article names, in order, each with its sentence and
        # whether it stands in the sentence's main clause
        named_bodies: list[tuple[int, str, bool]] = []
        tables = frame_tables()
        shot: list[Claim] = []
        # the places the article named, each once, the one named last at the end (a
        # dict, so that a long article naming one place often stays small)
        places_seen: dict[str, None] = {}
        reference: dt.date | None = anchor
        # an undated article's corpus says near which day it was written: the year of
        # the months and days of months it names (see _dated_near)
        year_anchor = _near_day(doc) if anchor is None else None
        # the scope of an earlier report: the article's, the same for every sentence
        before_publication = earlier_scope(anchor)
        sentences = [(s, e, tokenize(view, s, e)) for s, e in split_sentences(text, view=view)]
        common = frozenset(t.low for _, _, tokens in sentences for t in tokens if t.text.islower())
        sentences = _headlines_truecased(sentences, common)
        sentences = compound_names_joined(sentences, view)
        # each sentence's words, gathered once: its readers test them for the few words
        # they look for before they walk its tokens
        sentence_words = [words_of(tokens) for _, _, tokens in sentences]
        # an article of a council's vote and of no assembly's: the members it names on a
        # side are all of that side (a council has few)
        council_only = any("council" in w for w in sentence_words) and not any(
            "assembly" in w for w in sentence_words
        )
        last_vote: tuple[str, int] | None = None  # the claim id and sentence of the last vote
        lead_places: dict[int, Sequence[str]] = {}  # the places each lead sentence names
        story_shifts: dict[int, StoryShift] = {}  # sentences naming no event, set back
        self_dated: set[int] = set()  # sentences that give a date of their own
        # events named after "since": the time a figure runs from, not what it counts
        since_named: set[int] = set()
        # phrases set back within a sentence that names events, by sentence: the span
        # of the comma-bounded part they stand in ("the million who marched a week
        # earlier")
        part_shifts: dict[int, list[tuple[int, int, StoryShift]]] = {}
        named_subjects: list[str | None] = []  # the name opening each sentence, if any
        # the last figure an earlier sentence gave, or the last measure it named: what
        # "put the number at 300" counts
        last_figure: _Referent | None = None
        # the last count of seats or votes an earlier sentence gave: what "The
        # Unionists ended with 104" counts
        last_held: Claim | None = None
        # the last motion an earlier sentence named: what "The vote saw 88 in favour" is on
        last_motion: str | None = None
        # an article that tells of a veto: a council's tally in it is of a blocked draft
        veto_told = any(not _VETO_WORDS.isdisjoint(words) for words in sentence_words)
        for index, (s, e, tokens) in enumerate(sentences):
            words_here = sentence_words[index]
            named_subjects.append(_contender_opening(tokens, words=words_here))
            if not tokens:
                continue
            claims_before = len(claims)
            announces: bool | None = None  # whether it tells of an event to come
            quote = Evidence(text[s:e], s, e)
            attribution = find_attribution(text, tokens, words=words_here)
            mentions = scan_numbers(text, tokens, spread=self.about_spread)
            times, reference = time_expressions_in(
                text, tokens, anchor, reference, year_anchor=year_anchor
            )
            if links_elsewhere(tokens, tables):
                # "READ MORE: Boat breaks apart off Italy; 45 dead": another story's line
                passed.extend(PassedOver(m.start, m.end, m.text, _LINK_REASON) for m in mentions)
                passed.extend(PassedOver(t.start, t.end, t.text, _LINK_REASON) for t in times)
                continue
            if any(t.type == "DATE" for t in times):
                self_dated.add(index)
            as_of = _as_of(tokens, times)
            gazetteer_places = _beside_the_speaker(
                places_named(tokens, words=words_here), text, attribution, mentions, e
            )
            if index < LEAD_SENTENCES:
                lead_places[index] = gazetteer_places
            # what each date is tied to, read once for the happening test and the claim
            ties = {
                (t.start, t.end): tie_event(tokens, t)
                for t in times
                if t.span is not None and t.type in ("DATE", "TIME")
            }
            # the act after the event each date may be of, read once for the same two:
            # the verb of later deaths ("two more died on Sunday"), and the act of a
            # clause that says why a count changed ("rose to 21 as rescuers found ...")
            acts_after = {
                (t.start, t.end): (
                    _later_death_verb(tokens, t, tables),
                    _explaining_act(tokens, t, tables),
                )
                for t in times
                if (t.start, t.end) in ties
            }
            # "up from 29% five years ago": when an earlier figure held, no event's date
            prior_times = [t for t in times if dates_prior_value(tokens, t)]
            bodies = bodies_named(tokens, tables, words=words_here) if tables.body_heads else []
            occurrences = [
                t
                for t in times
                if (t.start, t.end) in ties
                and t not in prior_times
                and _dates_a_happening(
                    tokens,
                    t,
                    tables,
                    ties[t.start, t.end],
                    body_named=bool(bodies),
                    after_the_event=acts_after[t.start, t.end] != (None, None),
                )
            ]
            sentence_shifts = find_story_shifts(tokens, words=words_here)
            named_events = find_event_mentions(
                tokens,
                index,
                occurrences,
                gazetteer_places,
                tables,
                times=[t for t in times if t not in prior_times],
                bodies=bodies,
                shifts=sentence_shifts,
                words=words_here,
                story_type=_story_type(event_mentions),
            )
            event_mentions.extend(named_events)
            since_named.update(_named_since(tokens, named_events))
            named_bodies.extend((index, name, in_main_clause(tokens, k)) for k, name in bodies)
            # "rose to 3,250 from 2,900 a week earlier": that week is the prior
            # value's, the sentence's own story is not set back
            in_prior = {k for t in prior_times for k in range(t.first, t.last)}
            shifts = [s for s in sentence_shifts if s[0] not in in_prior]
            if shifts and not named_events:
                # "A week earlier, a million marched": of an event before the lead
                story_shifts[index] = shifts[0][1]
            elif shifts:
                part_shifts[index] = [(*_comma_part(tokens, k), shift) for k, shift in shifts]
            votes = (
                read_votes(text, tokens, mentions, words=words_here, veto_told=veto_told)
                if "votes" in self.kinds or "dates" in self.kinds
                else []
            )
            periods: set[int] = set()
            claimed: set[tuple[int, int]] = set()
            counted_here: list[tuple[int, str, str]] = []  # this sentence's count claims
            if "counts" in self.kinds:
                figures = read_counts(text, tokens, mentions, words=words_here) + read_seats(
                    text, tokens, mentions
                )
                if council_only and not _SIDE_WORDS.isdisjoint(words_here):
                    # "with China and Russia abstaining": members of a council counted by
                    # their names (an assembly's named members are a few of many)
                    figures += read_named_sides(tokens)
                for figure in figures:
                    reading = figure.reading
                    wanted = self.predicates is None or reading.attribute in self.predicates
                    if not wanted and reading.attribute != "shot":
                        continue
                    if reading.attribute == "count" and "figures" in self.kinds:
                        continue  # no predicate the closed rules know: the open frame reads it
                    if "figures" in self.kinds and is_sizeless(figure.value):
                        passed.append(
                            PassedOver(
                                figure.start,
                                figure.end,
                                figure.value.text,
                                SIZELESS_REASON,
                            )
                        )
                        claimed.add((figure.start, figure.end))  # its fate is told once
                        continue
                    place = reading.place
                    if place == "@there":
                        # "there": a place an earlier sentence named, not this one's
                        # subject ("Paris had kept 1,500 soldiers there")
                        place = _host_country(reading.subject, list(places_seen))
                    if place == "@country":
                        named_here = _countries_before(tokens, reading.first)
                        place = _host_country(
                            reading.subject,
                            # the sentence's own places are the latest named
                            [*places_seen, *named_here],
                            # "France's decision to withdraw its 1,500 troops": its own
                            # country is not where the force is
                            owner=named_here[-1]
                            if named_here and _owned(tokens, reading.first)
                            else None,
                        )
                    counted, scoped = reading.subject, as_of
                    if counted == "people" and counted_here and _of_whom(tokens, reading.first):
                        # "about 4,000 soldiers were hurt, of whom about 1,000 were
                        # killed": the part is of the group the sentence counted
                        counted = counted_here[-1][1]
                    batch = batch_before(tokens, reading.first, 0, tables)
                    if batch is not None:
                        counted = f"{counted} ({batch})"  # "a convoy of 120 soldiers left"
                    if reading.attribute in SCOPED_ATTRIBUTES:
                        scope = count_scope(
                            tokens,
                            reading.first,
                            reading.last,
                            clause_bounds(tokens, reading.first),
                            times,
                        )
                        periods |= scope.used
                        if scope.period is not None:
                            counted = f"{counted} ({scope.period})"
                        if scope.earlier and as_of is None:
                            scoped = before_publication
                    if reading.attribute == "injured" and _in_care(
                        tokens, reading.first, reading.last
                    ):
                        # "220 injured were admitted to hospitals": a part of the injured
                        reading = attrs.evolve(reading, attribute="hospitalized")
                    if "figures" in self.kinds and (
                        _is_increment(tokens, figure.start, figure.end)
                        or _changed_by(tokens, mentions, figure.start)
                    ):
                        # "two more people died", "the toll rose by 12": how many were
                        # added, not the toll
                        reading = attrs.evolve(reading, attribute=f"more_{reading.attribute}")
                    claim = Claim(
                        id=f"{doc.id}#{figure.start}-{figure.end}:{reading.attribute}",
                        document=doc.id,
                        subject=counted,
                        attribute=reading.attribute,
                        value=figure.value,
                        as_of=scoped,
                        place=_canonical_place(
                            _trimmed_place(
                                _not_the_speakers(place, text, attribution, figure.end, e),
                                common,
                            )
                        ),
                        attribution=clause_attribution(text, tokens, reading.first, attribution),
                        modality=modality_at(
                            tokens, reading.first, reading.last, attributed=attribution is not None
                        ),
                        evidence=quote,
                    )
                    if reading.attribute == "shot":
                        shot.append(claim)
                    if wanted:
                        claims.setdefault(claim.id, claim)
                        claimed.add((figure.start, figure.end))
                        counted_here.append((figure.end, claim.subject, claim.attribute))
            if "figures" in self.kinds:
                # a year or a day inside a time expression has the expression's fate
                time_spans = {(t.start, t.end) for t in times}
                # "four days ago", "22 years ago": the count is the date's, not a figure
                date_spans = {(t.start, t.end) for t in times if t.type in ("DATE", "TIME")}
                in_dates = [
                    m
                    for m in mentions
                    if m.kind not in _CALENDAR_KINDS
                    and (m.start, m.end) not in claimed
                    and any(a <= m.start and m.end <= b for a, b in date_spans)
                ]
                passed.extend(PassedOver(m.start, m.end, m.text, _PART_OF_A_DATE) for m in in_dates)
                figures_before = sorted(counted_here)
                for claim_or_passed in _open_figures(
                    text,
                    tokens,
                    [
                        m
                        for m in mentions
                        if m not in in_dates
                        and (
                            m.kind not in _CALENDAR_KINDS
                            or not any(a <= m.start < b for a, b in time_spans)
                        )
                    ],
                    claimed,
                    quote=quote,
                    doc_id=doc.id,
                    as_of=as_of,
                    attribution=attribution,
                    earlier=figures_before,
                    prior_as_of=_prior_scope(tokens, prior_times) or before_publication,
                    referred=last_figure,
                    held=last_held,
                    words=words_here,
                    previous_tokens=sentences[index - 1][2] if index else (),
                    # only a labelled line ("- Total: 156") can stand in a results box
                    box=_results_box(sentences, index) if _labelled_line(tokens) else None,
                ):
                    if isinstance(claim_or_passed, PassedOver):
                        passed.append(claim_or_passed)
                    else:
                        claims.setdefault(claim_or_passed.id, claim_or_passed)
                for ordinal in ordinal_acts(tokens, tables, words=words_here):
                    # "the third US veto", "for the fourth time": how many such acts so far
                    ordinal_id = f"{doc.id}#{ordinal.start}-{ordinal.end}:{_ORDINAL}"
                    claims.setdefault(
                        ordinal_id,
                        Claim(
                            id=ordinal_id,
                            document=doc.id,
                            subject=ordinal.subject,
                            attribute=_ORDINAL,
                            value=Quantity.exact(ordinal.value, text=ordinal.text),
                            as_of=as_of,
                            attribution=attribution,
                            modality=modality_at(
                                tokens,
                                ordinal.first,
                                ordinal.last,
                                attributed=attribution is not None,
                            ),
                            evidence=quote,
                        ),
                    )
            if len(claims) > claims_before:
                claims = _reframed(
                    claims,
                    claims_before,
                    tokens,
                    tables,
                    earlier=_prior_scope(tokens, prior_times) or before_publication,
                    motion_before=last_motion,
                )
            if not (
                tables.vote_objects.isdisjoint(words_here)
                and tables.sub_votes.isdisjoint(words_here)
            ):
                last_motion = _last_motion(tokens, tables) or last_motion
            added = len(claims) - claims_before
            last_referred = _last_claim(claims, added, _is_referred)
            last_figure = (
                _Referent(last_referred.subject, last_referred.attribute, last_referred.place)
                if last_referred is not None
                else _measure_named(tokens, tables, words_here) or last_figure
            )
            last_held = _last_claim(claims, added, _is_contender_count) or last_held
            if "dates" in self.kinds:
                dated: list[Claim] = []
                resolved = [t for t in times if t.span is not None and t.type in ("DATE", "TIME")]
                for expr in times:

                    def skip(counter: str, expr: TimeExpression = expr) -> None:
                        stats[counter] += 1
                        passed.append(
                            PassedOver(expr.start, expr.end, expr.text, _DATE_REASONS[counter])
                        )

                    if expr.type not in ("DATE", "TIME") or expr.value.endswith("_REF"):
                        skip("durations_and_vague_times")
                        continue
                    if expr.span is None:
                        skip("dates_without_anchor" if expr.relative else "dates_unresolved")
                        continue
                    if as_of is not None and expr.span == as_of:
                        skip("dates_of_figures")  # "as of Monday": the figure's time scope
                        continue
                    if expr.text.casefold() in _PRESENT and not (
                        expr.text.casefold() in _DAY_WORDS and expr in occurrences
                    ):
                        # "the toll today stands at 40": when the report was written;
                        # "the council adopted the resolution today" dates the vote
                        skip("dates_of_reporting")
                        continue
                    if (expr.first == 0 and expr.last == len(tokens)) or _in_dateline(tokens, expr):
                        # a date alone on its line, or after the place that opens a
                        # wire story ("NIAMEY, Oct 10 (Reuters) -"), dates the article
                        skip("datelines")
                        continue
                    if expr.first in periods:
                        skip("dates_of_count_periods")  # "killed since October 7"
                        continue
                    if expr in prior_times:
                        skip("dates_of_prior_values")  # "up from 29% five years ago"
                        continue
                    if compared_with(tokens, expr.first) and not deadline_before(
                        tokens,
                        expr.first,  # "no later than May 1": a deadline's "than"
                    ):
                        skip("dates_of_comparisons")  # "a wider margin than in October"
                        continue
                    if deadline_before(tokens, expr.first, _DEADLINE_WORDS) and not _looks_ahead(
                        tokens, expr
                    ):
                        skip("dates_of_bounds")  # "the decision was made before Oct. 7"
                        continue
                    dying, explaining = acts_after[expr.start, expr.end]
                    if dying is None and _dates_a_count(tokens, expr, tables):
                        skip("dates_of_figures")  # "the toll passed 20,000 on Thursday"
                        continue
                    tie = tied = ties[expr.start, expr.end]
                    later_act = dying if dying is not None else explaining
                    if later_act is not None and later_act >= 0:
                        # "two more workers died in hospital on Sunday", "the toll rose
                        # to 21 as rescuers recovered two bodies on Saturday": the day of
                        # an act after the event, no date of the event itself
                        tie = tied = EventTie(
                            tie.head, f"date_{tokens[later_act].low}", later_act, -1
                        )
                    if tie.attribute == "date_said" and expr in occurrences:
                        # "as the storm pounded the coast on Monday, residents said": the
                        # date is the pounding's, the saying comes after it
                        tie = EventTie("event", "date")
                    if tie.attribute == "date" and votes and tie.head in _VOTE_HEADS:
                        # "will meet in an emergency session on Tuesday after a draft
                        # failed": a date tied to another event noun is not the vote's
                        tie = attrs.evolve(tie, head="vote", attribute="date_held")
                    span = attrs.evolve(expr.span, text=expr.text or expr.span.text)
                    if expr.first > 0 and tokens[expr.first - 1].low == "since":
                        span = DateSpan.between(span.start, None, text=f"since {expr.text}")
                    party = votes[0].body if tie.head == "vote" and votes else None
                    subject, skipped = date_subject(
                        tokens, expr, tie, span, party=party, common=common
                    )
                    named_deadline = "events" in self.kinds and _names_a_deadline(tokens, expr)
                    if (
                        "events" in self.kinds
                        # "US troops have until September 15 to leave": a deadline is
                        # the story's event's, named in the sentence or not
                        and (named_events or named_deadline)
                        and expr.first > 0
                        and (
                            (
                                deadline_before(tokens, expr.first, _DEADLINE_WORDS)  # ahead
                                and (
                                    subject is None
                                    or tokens[expr.first - 1].low in ("by", "than")
                                    or _AHEAD_WORDS & {t.low for t in tokens[: expr.first]}
                                )
                            )
                            or named_deadline
                        )
                    ):
                        # "the withdrawal is to be completed by Dec. 31": the day the
                        # event is due by, a claim of its own beside the day it happens
                        subject, tie = _EVENT, attrs.evolve(tie, attribute="date_due")
                    if (
                        subject is None
                        and "events" in self.kinds
                        and expr in occurrences
                        and _verb_named_near(tokens, expr, named_events)
                    ):
                        # "the junta, which seized power on July 26": the date of the
                        # event its verb names, however long ago
                        subject, tie = _EVENT, attrs.evolve(tie, attribute="date")
                    if (
                        subject is None
                        and "events" in self.kinds
                        and expr in occurrences
                        and named_events
                        and (
                            _modifies_trigger(tokens, expr, tables)
                            or _event_happened_on(tokens, expr, tables)
                        )
                    ):
                        # "since the July 26 coup", "the coup took place on July 26": a
                        # date that names its event, or that the event itself happened
                        # on, is that event's, however long ago
                        subject, tie = _EVENT, attrs.evolve(tie, attribute="date")
                    if (
                        subject is None
                        and skipped in _EVENT_LESS
                        and "events" in self.kinds
                        and (named_events or expr in occurrences)
                        and not _dates_another_noun(tokens, tie, expr, tables)
                    ):
                        # "almost two million turned out on Sunday": a date of the harm
                        # or the gathering dates the article's event even unnamed
                        skipped = _event_date_problem(
                            expr,
                            resolved,
                            anchor,
                            happening=expr in occurrences,
                            # "completed the withdrawal of its forces on July 7": a phase
                            # of a lasting event the sentence names may lie long before
                            phase=tie.attribute in _PHASES and bool(named_events),
                            # "On Dec. 10, French troops left Chad", written in February:
                            # a lasting event's days lie as far apart as it lasts
                            window=max(
                                (tables.lasting_days.get(m.type, 0) for m in named_events),
                                default=0,
                            ),
                        )
                        if not skipped:
                            subject = _EVENT  # bound to the event of its sentence or article
                            if tie.attribute == "date" and expr not in occurrences:
                                # "India on Tuesday sent relief": a date of something
                                # done about the event, not of the event itself
                                act_date = _date_of_act(tokens, expr, tables)
                                tie = attrs.evolve(tie, attribute=act_date)
                    if subject is None and "events" in self.kinds:
                        act = (
                            _actor_act(tokens, expr, tables)
                            or _actor_act_noun(tokens, expr, tables)
                            or _doer_act(tokens, expr, tables)
                        )
                        if act is not None:
                            # "On Sunday Lam apologised": the date of a named actor's act
                            subject, verb_low = act
                            verb_low = tables.act_noun_verbs.get(verb_low, verb_low)
                            tie = EventTie("act", f"date_{verb_low}")
                    if (
                        subject is not None
                        and "events" in self.kinds
                        and named_events
                        and not _dates_another_noun(tokens, tied, expr, tables)
                        and (
                            (
                                tie.attribute in _OCCURRENCE | _PHASES
                                and _names_event_type(
                                    tie.head,
                                    named_events,
                                    tables,
                                    loose=tie.attribute in _HAPPENED,
                                )
                            )
                            or (
                                expr in occurrences
                                and (
                                    _modifies_trigger(tokens, expr, tables)
                                    or _event_verb_dates(tokens, expr, tables, tied)
                                )
                            )
                        )
                    ):
                        # "Thursday's election", "the vote on May 8": the date of the event
                        # the sentence names, however the closed rules would name it
                        subject = _EVENT
                    if (
                        subject is None
                        and skipped == "dates_of_reporting"
                        and "events" in self.kinds
                        and tie.verb >= 0
                    ):
                        # "X will withdraw its troops, President Aubel said on Sunday":
                        # the day the event was announced, an act of the speaker's (the
                        # sentence is read for it once, when a saying's date first asks)
                        if announces is None:
                            announces = _announces_event(tokens, tables)
                        speaker = _speaker_before(tokens, tie.verb) if announces else None
                        if speaker is not None:
                            subject, tie = speaker, EventTie("act", "date_announced")
                    if (
                        subject is None
                        and skipped in _AS_WRITTEN_DATES
                        and "events" in self.kinds
                        and (written := _happening_as_written(tokens, expr)) is not None
                    ):
                        # "he came to Germany in 2006": a date of what its clause says,
                        # when no event and no doer is named, the happening as written
                        subject, tie = written, EventTie("act", HAPPENED_ON)
                    if (
                        subject == _EVENT
                        and stretch_opened(tokens, expr.first) is not None
                        and (written := _happening_as_written(tokens, expr)) is not None
                    ):
                        # "killed since entering combat in December", "vetoed since the
                        # start of the war on October 7": the date starts the stretch
                        # the figures run over; it dates what the phrase names, no
                        # event of the sentence's
                        subject, tie = written, EventTie("act", HAPPENED_ON)
                    if subject is None:
                        skip(skipped)
                        continue
                    attribute, verb = tie.attribute, tie.verb
                    future = (
                        _is_future(tokens, verb)
                        or _tense(tokens, expr.first, expr.last) == "future"
                    )
                    lo, hi = (verb, verb + 1) if verb >= 0 else (expr.first, expr.last)
                    modality = modality_at(
                        tokens, lo, hi, attributed=attribution is not None, future=future
                    )
                    claim = Claim(
                        id=f"{doc.id}#{expr.start}-{expr.end}:{attribute}",
                        document=doc.id,
                        subject=subject,
                        attribute=attribute,
                        value=span,
                        attribution=attribution,
                        modality=modality,
                        evidence=quote,
                    )
                    dated.append(claim)
                for claim in _number_listed([c for c in dated if c.subject != _EVENT]) + [
                    c for c in dated if c.subject == _EVENT
                ]:
                    claims.setdefault(claim.id, claim)
            if "votes" in self.kinds and not votes and last_vote is not None:
                vote_id, said_in = last_vote
                follow = read_follow_up(tokens, mentions) if index - said_in <= 2 else None
                if follow is not None:
                    # "The resolution passed with 13 votes in favour": the vote two
                    # sentences back, with the quote stretched over both.
                    earlier = claims[vote_id]
                    assert isinstance(earlier.value, VoteOutcome)
                    assert earlier.evidence is not None
                    begin = earlier.evidence.start
                    claims[vote_id] = attrs.evolve(
                        earlier,
                        value=earlier.value.combined_with(follow),
                        evidence=Evidence(text[begin:e], begin, e),
                    )
                    last_vote = (vote_id, index)
            if "votes" in self.kinds:
                for vote in votes:
                    trigger = tokens[vote.trigger]
                    vote_date = _vote_date(times)
                    claim = Claim(
                        id=f"{doc.id}#{trigger.start}-{trigger.end}:vote",
                        document=doc.id,
                        subject=vote.body,
                        attribute="vote",
                        value=vote.outcome,
                        as_of=vote_date,
                        attribution=attribution,
                        modality=modality_at(
                            tokens,
                            vote.trigger,
                            vote.trigger + 1,
                            attributed=attribution is not None,
                        ),
                        evidence=quote,
                    )
                    claims.setdefault(claim.id, claim)
                    last_vote = (claim.id, index)
            named = gazetteer_places or (
                [
                    t.text[:-2]
                    for t in tokens
                    if t.low.endswith("'s") and bare(t.low) in PLACES and t.is_capitalized
                ]
                if not _PLACE_POSSESSIVES.isdisjoint(words_here)  # most sentences: none
                else []
            )
            if named:
                for name in named:
                    places_seen.pop(name, None)
                    places_seen[name] = None
        if self.predicates is None or "injured" in self.predicates:
            for claim in _wounded(shot, sentences):
                claims.setdefault(claim.id, claim)
        if not event_mentions and claims:
            # "At least 78 died after a boat capsized": no noun and no date names the
            # event, the verb alone does
            by_verb = verb_named_lead([tokens for _, _, tokens in sentences], tables, lead_places)
            if by_verb is not None:
                event_mentions.append(by_verb)
        starts = {s: index for index, (s, _, _) in enumerate(sentences)}
        led_in = [
            leaders_named(tokens, words=words_here)
            for (_, _, tokens), words_here in zip(sentences, sentence_words, strict=True)
        ]
        # "Mark Dorn's Unity Party leads. ... his party could win 35 seats": a party a
        # sentence names as someone's is a contender it names
        named_subjects = [
            opening or (pairs[0][1] if pairs else None)
            for opening, pairs in zip(named_subjects, led_in, strict=True)
        ]
        claims = _contenders_named(claims, starts, named_subjects, sentences=sentences)
        leaders = tuple(pair for pairs in led_in for pair in pairs)
        claims = _leaders_parties(claims, _parties_led(leaders))
        claims = _contender_shares(
            claims,
            race=any("vote_share" in tables.event_accepts.get(m.type, ()) for m in event_mentions),
        )
        claims = _forces_named(claims, sentences)
        # the names the shares and votes only a race gives are of: parties, however
        # their names end ("the African National Congress had 42.34%")
        contenders, tallied = race_and_tallies(claims.values(), tables)
        event_mentions = settle_bodies(
            settle_ambiguous(event_mentions, tables, contenders=contenders, tallied=tallied),
            [named for named in named_bodies if not names_a_contender(named[1], contenders)],
            tables,
        )
        bound, events = (
            _bound_to_events(
                claims.values(),
                starts,
                event_mentions,
                story_shifts,
                next((name for _, name, _ in named_bodies if not name.islower()), None),
                sentence_bodies=bodies_by_sentence(named_bodies),
                part_shifts=part_shifts,
                published=anchor,
                follows=_paragraph_follows(text, sentences, self_dated),
                recalls=_recalling(sentences, tables),
                since_named=since_named,
            )
            if "events" in self.kinds
            else (list(claims.values()), [])
        )
        # a date of a happening in an article that names no event has nothing to date
        bound_ids = {claim_id for claim_id, _ in events}
        unbound = [
            c
            for c in bound
            if c.subject == _EVENT and c.id not in bound_ids and isinstance(c.value, DateSpan)
        ]
        dropped: set[str] = set()
        for claim in unbound:
            where = figure_span(claim)
            if where is not None:  # every rule claim's id has its span
                reason = _DATE_REASONS["dates_without_event"]
                passed.append(PassedOver(where[0], where[1], text[where[0] : where[1]], reason))
                dropped.add(claim.id)
        bound = [c for c in bound if c.id not in dropped]
        ordered = tuple(sorted(bound, key=_claim_key))
        return ArticleReading(
            ordered,
            tuple(sorted(stats.items())),
            tuple(sorted(passed, key=_passed_key)),
            tuple(sorted(events, key=lambda cm: (cm[0], mention_key(cm[1])))),
            leaders,
            tuple(
                sorted(
                    {
                        pair
                        for (_, _, tokens), words_here in zip(
                            sentences, sentence_words, strict=True
                        )
                        for pair in letters_defined(tokens, words=words_here)
                    }
                )
            ),
        )


#: A place's name with a possessive "'s", case-folded: "France's" names France.
_PLACE_POSSESSIVES: Final = frozenset(f"{place}'s" for place in PLACES)
#: Date-subject reasons that leave a date to the event of its sentence or article.
_EVENT_LESS: Final = frozenset({"dates_without_event", "dates_of_unnamed_events"})
#: Dates of a phase of a lasting event ("the withdrawal began on Oct. 10"): asked of
#: the event the sentence names, under their own attribute.
_PHASES: Final = frozenset({"date_began", "date_ended", "date_completed"})
#: Words before a date that make it the day an event is due by.
_DEADLINE_WORDS: Final = frozenset(words("by before"))
#: Words that make "by <date>" a deadline ("will leave by", "due to be completed by")
#: rather than the time a state was reached ("was 10% contained by Monday evening").
_AHEAD_WORDS: Final = frozenset(
    words("""will would shall due must should expected anticipated scheduled set demanded
    demands ordered orders asked urged required plans intends pledged promised vowed
    authorized authorised authorizing authorising objective aim goal target determined
    determination committed schedule scheduled stipulated deadline""")
)


#: How far from a date the verb that names its event may stand.
_NAMING_REACH: Final = 6


def _verb_named_near(
    tokens: list[Token], expr: TimeExpression, mentions: Sequence[EventMention]
) -> bool:
    """Whether a verb that names an event ("seized power", "marched") is near the date."""
    starts = {m.start for m in mentions if m.by_verb}
    return any(
        tokens[k].start in starts
        for k in range(max(0, expr.first - _NAMING_REACH), min(len(tokens), expr.last + 2))
    )


def _looks_ahead(tokens: list[Token], expr: TimeExpression) -> bool:
    """Whether the clause of a "by <date>" looks ahead to it: a deadline.

    A quoted phrase is part of its clause: in 'will be completed "by the end of
    December"' the clause looks ahead.
    """
    lo, _ = clause_bounds(tokens, expr.first)
    while lo >= 2 and tokens[lo - 1].low in _QUOTE_MARKS:
        lo = clause_bounds(tokens, lo - 2)[0]
    if lo >= 2 and expr.first - lo <= 1 and tokens[lo - 1].low == ",":
        # "to complete its withdrawal on schedule, by December 31": the bound set off by
        # a comma is the clause's before it
        lo = clause_bounds(tokens, lo - 2)[0]
    # "voted to fully withdraw by": an adverb of manner between "to" and its verb
    clause = [t for t in tokens[lo : expr.first] if not t.low.endswith("ly")]
    naming = frame_tables().naming_verbs
    return any(t.low in _AHEAD_WORDS for t in clause) or any(
        # "the pullout is to be completed by the end of the year": a plan
        (a.low in ("is", "are", "was", "were") and b.low == "to")
        # "US To Withdraw All Troops by September 15", "agreed to withdraw them by":
        # the event named as what is to be done
        or (a.low == "to" and b.low in naming)
        for a, b in itertools.pairwise(clause)
    )


_QUOTE_MARKS: Final = frozenset({'"', "\u201c", "\u201d", "'"})


_EVENT: Final = EVENT_PLACEHOLDER
#: Date attributes that date the event itself ("struck on Monday", "the Monday blasts").
_OCCURRENCE: Final = frozenset({"date", "date_occurred", "date_killed", "date_held"})


#: What contenders hold: a bare contender's figure of these is the named one's.
_HELD_BY_CONTENDERS: Final = frozenset(
    words("seats_won seats_lost seats_gained vote_share votes_won majority")
)


#: Words before a bare figure that make it a change of the figure before it: a rise
#: ("up 211", "gaining 12") or a fall ("down 7").
_BARE_CHANGES: Final[dict[str, bool]] = {
    **dict.fromkeys(words("up gaining"), True),
    **dict.fromkeys(words("down losing"), False),
}
#: The attributes a rise and a fall of each kind of figure are: "Labour won 412 seats,
#: up 211" gained seats; "Turnout was 60%, down 7" is a fall of the share.
_CHANGE_OF: Final[dict[str, tuple[str, str]]] = {
    "seats_won": ("seats_gained", "seats_lost"),
    "share": ("rise", "fall"),
    "vote_share": ("rise", "fall"),
}
#: Verbs by which a sentence's opening name is a contender: "The Social Democrats won".
_WIN_VERBS: Final = frozenset(
    words("""won win wins took take takes secured secures captured swept gained lost winning
    taking securing capturing""")
)


def _contender_opening(
    tokens: Sequence[Token], *, words: AbstractSet[str] | None = None
) -> str | None:
    """The name that won or lost something in a sentence: a contender.

    The sentence's opening name first ("The Social Democrats have won"), else a name
    just before a verb of winning later on ("... after his Labour Alliance won a
    majority").
    """
    if not names_any(tokens, _CONTENDER_VERBS, words):
        return None  # most sentences: no verb of winning or ranking, no name to read
    name = clause_subject(tokens, 0, len(tokens))
    if name is not None:
        last = name.split()[-1]
        k = next((i for i, t in enumerate(tokens) if t.text == last), -1) + 1
        if 0 < k < len(tokens) and tokens[k].low == "(":
            # "the Civic Union (CU) won": past the name's letters
            k = next((j for j in range(k, min(len(tokens), k + 6)) if tokens[j].low == ")"), k)
        if 0 < k < len(tokens) and tokens[k].low == ")":
            k += 1  # "Wilders' Party for Freedom (PVV) won": the name is its letters
        while 0 < k < len(tokens) and tokens[k].low.endswith("ly") and tokens[k].text.islower():
            k += 1  # "clearly won"
        if 0 < k < len(tokens) and tokens[k].low == ",":
            # "The SPD, led by Olaf Scholz, came in third": the verb past the aside
            k = next((j + 1 for j in range(k + 1, min(len(tokens), k + 12))
                      if tokens[j].low == ","), k)  # fmt: skip
        while 0 < k < len(tokens) and tokens[k].low in _AUXILIARIES:
            k += 1
        if 0 < k < len(tokens) and tokens[k].low in _CONTENDER_VERBS:
            return name  # "Labour won", "the SPD came in third"
    for verb, token in enumerate(tokens):
        if token.low not in _WIN_VERBS:
            continue
        end = verb
        while end > 1 and tokens[end - 1].low in _AUXILIARIES:
            end -= 1
        start = end
        while start > 1 and tokens[start - 1].is_capitalized and tokens[start - 1].low.isalpha():
            start -= 1  # never the sentence's first word: capitalized whatever it is
        start += past_possessor(tokens[start:end])  # "Berg's Labour Alliance" is Labour's
        if 0 < end - start <= 4:
            return " ".join(t.text for t in tokens[start:end])
    return None


_AUXILIARIES: Final = frozenset(words("has have had was were"))
#: Verbs after a contender's name in a sentence that names it: won, lost, came third.
_CONTENDER_VERBS: Final = _WIN_VERBS | RANKING_VERBS


def _contender_kinds(sentences: Sequence[tuple[int, int, list[Token]]]) -> dict[str, set[str]]:
    """Contender noun -> the names an article writes it after: "the NPP coalition".

    "his National People's Power (NPP) coalition" makes the name and its letters a
    coalition, so that "the coalition" later in the article may stand for it.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("His Unity Front (UF) coalition won. The Greens party lost.")
        >>> sorted((k, sorted(v)) for k, v in _contender_kinds([(0, 0, t)]).items())
        [('coalition', ['UF', 'Unity Front']), ('party', ['Greens'])]
    """
    kinds: dict[str, set[str]] = {}
    for _, _, tokens in sentences:
        for k, token in enumerate(tokens):
            if k < 1 or token.low not in CONTENDER_NOUNS or not token.text.islower():
                continue
            end = k
            if tokens[k - 1].low == ")" and k >= 4 and tokens[k - 3].low == "(":
                kinds.setdefault(token.low, set()).add(tokens[k - 2].text)  # the letters
                end = k - 3
            name = name_ending_at(tokens, end, 0)
            if name is not None and name.split()[0].casefold() not in _NOT_ACTORS:
                kinds.setdefault(token.low, set()).add(name)
    return kinds


def _contenders_named(
    claims: dict[str, Claim],
    starts: Mapping[int, int],
    named: Sequence[str | None],
    *,
    sentences: Sequence[tuple[int, int, list[Token]]] = (),
) -> dict[str, Claim]:
    """Claims of "the party" given to the contender the article last named before.

    "The Social Democrats won a landslide. With 648 seats declared, the party had won
    409": the party is the Social Democrats, not whichever "X Party" the corpus names.
    A sentence that gives a named contender a share or seats names it too ("The ANC is
    on 40.5%. ... the party was still above 42%"). "The coalition" is a contender whose
    name holds the word, or one the article wrote the word after in its ``sentences``
    (:func:`_contender_kinds`: "the NPP coalition"), read only when a claim asks.
    """
    kinds: dict[str, set[str]] | None = None
    named = list(named)
    for claim in sorted(claims.values(), key=_figure_start):
        if (
            (claim.attribute in _HELD_BY_CONTENDERS or claim.attribute == "share")
            and claim.subject[:1].isupper()
            and claim.evidence is not None
            and claim.evidence.start is not None
        ):
            at = starts.get(claim.evidence.start, -1)
            if 0 <= at < len(named) and named[at] is None:
                named[at] = claim.subject
    out: dict[str, Claim] = {}
    for claim_id, found in claims.items():
        claim = found
        noun = claim.subject
        if (
            noun in CONTENDER_NOUNS  # lower case: "the party", not "Alliance"
            # "the party was still above 42%": a share the named contender's to be
            and (claim.attribute in _HELD_BY_CONTENDERS or claim.attribute == "share")
            and claim.evidence is not None
            and claim.evidence.start is not None
        ):
            sentence = starts.get(claim.evidence.start, -1)
            # "the party" is any contender; "the coalition" only one named a coalition
            # ("the Liberal-National coalition", "the NPP coalition"), never the Labor
            # Party named last
            if noun != "party" and kinds is None:
                kinds = _contender_kinds(sentences)
            described = kinds.get(noun, set()) if kinds is not None else set()
            before = next(
                (
                    n
                    for n in reversed(named[:sentence])
                    if n and (noun == "party" or noun in n.casefold() or n in described)
                ),
                None,
            )
            if sentence > 0 and before is not None:
                claim = attrs.evolve(claim, subject=before)
        out[claim_id] = claim
    return out


def _parties_led(leaders: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Person (full name and surname, folded) -> the party named as theirs first.

    Examples:
        >>> _parties_led([("Alberto Feijoo", "PP"), ("Ana Ruiz", "Left")])
        {'alberto feijoo': 'PP', 'feijoo': 'PP', 'ana ruiz': 'Left', 'ruiz': 'Left'}
    """
    parties: dict[str, str] = {}
    for person, party in leaders:
        parties.setdefault(_plain(person), party)
        parties.setdefault(_plain(person.split()[-1]), party)
    return parties


def _plain(name: str) -> str:
    """A name case-folded with its accents dropped: reports spell "Feijóo" and "Feijoo".

    Examples:
        >>> _plain("Núñez Feijóo")
        'nunez feijoo'
    """
    if name.isascii():
        return name.casefold()
    spread = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in spread if not unicodedata.combining(ch))


def _leaders_parties(claims: dict[str, Claim], parties: Mapping[str, str]) -> dict[str, Claim]:
    """Claims of a race given to a party's leader, given to the party.

    "Labour leader Keir Starmer ... Starmer's party won 412 seats", "Keir Starmer, whose
    party took 33.7% of the vote": the leader stands for the party named as theirs
    (:func:`reconcile.extract._frames.leaders_named`, :func:`_parties_led`), by full
    name or surname.
    """
    if not parties or not any(c.attribute in _HELD_BY_CONTENDERS for c in claims.values()):
        return claims
    out: dict[str, Claim] = {}
    for claim_id, claim in claims.items():
        owner = _possessor(claim.subject)
        led = parties.get(_plain(owner)) if claim.attribute in _HELD_BY_CONTENDERS else None
        if (
            led is None
            and claim.attribute in _HELD_BY_CONTENDERS
            and (owner != claim.subject or a_full_name(owner))
        ):
            # "President Emmanuel Macron's coalition", "Alberto Núñez Feijóo" where
            # another report names "Alberto Feijóo" the leader: the leader by surname
            led = parties.get(_plain(owner.split()[-1]))
        out[claim_id] = claim if led is None else attrs.evolve(claim, subject=led)
    return out


def _possessor(subject: str) -> str:
    """The one whose side a subject names: "Starmer's party", "Macron's centrists".

    Examples:
        >>> _possessor("Macron's centrists"), _possessor("Labour")
        ('Macron', 'Labour')
        >>> _possessor("Mark Dorn's Unity Party"), _possessor("Geert Wilders' party")
        ('Mark Dorn', 'Geert Wilders')
        >>> _possessor("President Emmanuel Macron's")
        'President Emmanuel Macron'
    """
    for mark in ("'s ", "\u2019s ", "s' ", "s\u2019 "):
        owner, found, owned = subject.partition(mark)
        if found and owned.rpartition(" ")[2].casefold() in CONTENDER_NOUNS | CAMP_NOUNS:
            return owner + "s" if found[0] == "s" else owner  # "Wilders' party"
    if subject.endswith(("'s", "\u2019s")) and " " in subject:
        return subject[:-2]  # "148 for President Emmanuel Macron's centrist bloc"
    return subject


def _contender_shares(claims: dict[str, Claim], *, race: bool = False) -> dict[str, Claim]:
    """A contender's bare share read as its share of the vote.

    "The National Party's share fell to 22.4%" in an article that counts seats or votes,
    or that names a race (``race``: an event whose figures include vote shares, such as
    an election), is its vote share: the names in it are the race's contenders. In an
    article of neither, a share keeps its name (a company's share).
    """
    contenders = {
        c.subject.casefold() for c in claims.values() if c.attribute in _HELD_BY_CONTENDERS
    }
    if not contenders and not race:
        return claims
    return {
        claim_id: (
            attrs.evolve(claim, attribute=_OF_THE_VOTE[claim.attribute])
            if claim.attribute in _OF_THE_VOTE and _a_contender(claim.subject, contenders)
            else claim
        )
        for claim_id, claim in claims.items()
    }


#: The attribute of a count of acts an ordinal gives: "the third US veto".
_ORDINAL: Final = "ordinal"
#: Nouns of those a harm befell, which a count of the harm counts as people.
_VICTIM_NOUNS: Final = frozenset(words("victims victim casualties fatalities lives"))
#: Shares that may be a contender's.
_SHARES: Final = frozenset({"share", "vote_share"})
#: What a share's subject is when its words name no one: "received 4.3% of the vote".
_UNNAMED_SHARES: Final = frozenset(
    ["ballots cast", "votes cast", "vote count", "valid votes", "total votes"]
) | frozenset(words("share vote votes support ballots voting"))
#: Pronouns that stand for a contender winning a share: "It received 16.4%" -> "party",
#: which :func:`_contenders_named` gives the contender the article named before.
_CONTENDER_PRONOUNS: Final = dict.fromkeys(words("it they"), "party")
#: Pronouns that stand for a candidate winning a share: "showing he had taken 40.2%".
_PERSONAL_PRONOUNS: Final = frozenset(words("he she"))

#: A contender's share and its change, as shares of the vote: "Greens: 11.6% (-3.1%)".
_OF_THE_VOTE: Final = {
    "share": "vote_share",
    "share_gained": "vote_share_gained",
    "share_lost": "vote_share_lost",
}


_Bound = tuple[str, tuple[Claim, ...], tuple[tuple[str, EventMention], ...]]


def _named_across_corpus(
    readings: Sequence[tuple[str, ArticleReading]], spelled: Mapping[str, str]
) -> list[_Bound]:
    """Each article's claims, events bound, with names read against the whole corpus.

    Letters one article spells out stand for the name (``spelled``, "DA": the
    Democratic Alliance), a bare share of a name others count votes or seats for is
    its vote share, and a contender's shorter names are its fullest one.
    """
    bound = _corpus_contender_shares(
        [(d, _named_in_full(r.claims, spelled), r.events) for d, r in readings]
    )
    full_names = _contenders_in_full(c for _, claims, _ in bound for c in claims)
    if not full_names:
        return bound
    return [(d, tuple(_as_named(c, full_names) for c in cs), events) for d, cs, events in bound]


def _spelled_out(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Letters (case-folded) -> the name the corpus spells them out as most often.

    Letters that articles spell out as different names ("Popular Party (PP)", "People's
    Party (PP)": two translations of one party's name) join those names too: each other
    name (case-folded) -> the most common one, the first in order on a tie.

    Examples:
        >>> pairs = [("PP", "Popular Party"), ("PP", "People's Party"), ("PP", "Popular Party")]
        >>> _spelled_out(pairs)
        {'pp': 'Popular Party', "people's party": 'Popular Party'}
        >>> _spelled_out([("FPÖ", "Freedom Party")])
        {'fpö': 'Freedom Party', 'fpo': 'Freedom Party'}
    """
    names: dict[str, Counter[str]] = {}
    for letters, name in pairs:
        names.setdefault(letters.casefold(), Counter())[name] += 1
    out: dict[str, str] = {}
    for letters, counted in sorted(names.items()):
        ranked = sorted(counted, key=lambda name: (-counted[name], name))
        out[letters] = ranked[0]
        for other in ranked[1:]:
            out.setdefault(other.casefold(), ranked[0])
    for letters in sorted(names):
        # "FPO" in a report that drops the accents is the "FPÖ" another spells out
        out.setdefault(_plain(letters), out[letters])
    return out


def _named_in_full(claims: tuple[Claim, ...], spelled: Mapping[str, str]) -> tuple[Claim, ...]:
    """Claims whose subject is letters some article spells out, given the name in full.

    "The DA finished second" in one report and "the Democratic Alliance (DA)" in
    another: both are the Democratic Alliance, so their figures meet in one question. A
    name whose own initials are those letters is the same name in another language or
    wording ("Rassemblement National" where another report has "National Rally (RN)"),
    when what it holds is a contender's (seats, votes, shares): letters are few, and
    among the contenders of one race they are told apart.
    """
    if not spelled:
        return claims
    return tuple(
        attrs.evolve(c, subject=full)
        if (full := _spelled_name(c.subject, spelled, c.attribute in _HELD_BY_CONTENDERS))
        else c
        for c in claims
    )


def _spelled_name(subject: str, spelled: Mapping[str, str], by_initials: bool) -> str | None:
    """The name the corpus spells ``subject`` out as, by its letters or its initials.

    Examples:
        >>> spelled = {"rn": "National Rally", "da": "Democratic Alliance"}
        >>> _spelled_name("the RN", spelled, False)
        'National Rally'
        >>> _spelled_name("Rassemblement National", spelled, True)
        'National Rally'
        >>> _spelled_name("Rassemblement National", spelled, False) is None
        True
        >>> _spelled_name("rural north", spelled, True) is None
        True
        >>> _spelled_name("Rebel Nomads", spelled, True) is None  # no word in common
        True
    """
    bare = subject.removeprefix("the ")
    full = spelled.get(bare.casefold())
    if full is not None or not by_initials:
        return full
    named = bare.split()
    if len(named) < 2 or not all(w[:1].isupper() and w.isalpha() for w in named):
        return None
    full = spelled.get("".join(w[0] for w in named).casefold())
    if full is None or full == bare or not (_stems(bare) & _stems(full)):
        # "Dunmore Road Project" spells DRP too, but shares no word with the Democratic
        # Renewal Party: a translation keeps a word's root ("National", "Demokratik")
        return None
    return full


def _stems(name: str) -> set[str]:
    """The first four letters of each long word, accents folded: a root two wordings share.

    Examples:
        >>> sorted(_stems("Bloc Libéral")), sorted(_stems("Liberal Bloc"))
        (['bloc', 'libe'], ['bloc', 'libe'])
    """
    return {word[:4] for word in _plain(name).split() if len(word) >= 4}


def _contenders_in_full(claims: Iterable[Claim]) -> dict[str, str]:
    """A contender's shorter names -> the one fullest name the corpus gives it.

    "Sheinbaum", "Claudia Sheinbaum" and "Claudia Sheinbaum Pardo" hold shares in
    three reports: one candidate, named in full by the name whose words hold all the
    others'. A name that two fuller names hold apart ("Smith": "John Smith" and "Jane
    Smith") keeps its own.

    Examples:
        >>> def c(subject):
        ...     return Claim(id=subject, document="d", subject=subject,
        ...                  attribute="vote_share", value=Quantity.exact(1))
        >>> names = ["Sheinbaum", "Claudia Sheinbaum", "Claudia Sheinbaum Pardo", "Smith",
        ...          "John Smith", "Jane Smith"]
        >>> sorted(_contenders_in_full(map(c, names)).items())
        [('Claudia Sheinbaum', 'Claudia Sheinbaum Pardo'), ('Sheinbaum', 'Claudia Sheinbaum Pardo')]
        >>> joint = ["GroenLinks/PvdA", "GroenLinks-PvdA", "PvdA"]
        >>> sorted(_contenders_in_full(map(c, joint)).items())
        [('GroenLinks/PvdA', 'GroenLinks-PvdA'), ('PvdA', 'GroenLinks-PvdA')]
        >>> sorted(_contenders_in_full(map(c, ["Liberals", "Liberal", "Liberal Party"])).items())
        [('Liberal', 'Liberal Party'), ('Liberals', 'Liberal Party')]
        >>> _contenders_in_full(map(c, ["INDIA", "Election Commission of India"]))
        {}
        >>> _contenders_in_full(map(c, ["Labour", "Scottish Labour"]))
        {}
    """
    names = {
        c.subject for c in claims if c.attribute in _HELD_BY_CONTENDERS and c.subject[:1].isupper()
    }
    words_of = {name: _name_words(name) for name in sorted(names)}
    out: dict[str, str] = {}
    # "GroenLinks-PvdA" and "GroenLinks/PvdA": one name of the same words, spelled two
    # ways; the first in order stands for the others
    spelled: dict[frozenset[str], str] = {}
    for name, own in words_of.items():
        first = spelled.setdefault(own, name)
        if first != name:
            out[name] = first
    words_of = {name: own for name, own in words_of.items() if name not in out}
    # "Lib Dems" and "Liberal Democrats": each word the start of the other's, in order;
    # only names of as many words whose first three letters agree are compared
    blocks: dict[tuple[int, str], list[str]] = {}
    for name in words_of:
        parts = name.casefold().split()
        blocks.setdefault((len(parts), parts[0][:_SHORTEST_CUT]), []).append(name)
    for name in words_of:
        parts = name.casefold().split()
        block = blocks[len(parts), parts[0][:_SHORTEST_CUT]]
        longer = [o for o in block if o != name and _shortened(name, o)]
        if len(longer) == 1:
            out[name] = longer[0]
    words_of = {name: own for name, own in words_of.items() if name not in out}
    # the names each word stands in, so a name is compared only with those sharing a word
    having: dict[str, set[str]] = {}
    for name, own in words_of.items():
        for word in own:
            having.setdefault(word, set()).add(name)
    # letters in capitals ("INDIA", the bloc) are an acronym, not a word of a fuller name
    # ("the Election Commission of India"); a body that runs elections holds no seats
    running = frame_tables().not_voting_bodies
    # "Scottish Labour" is Labour's branch in Scotland, not Labour's full name
    branches = frame_tables().regional_branches
    for name, own in words_of.items():
        if name.isupper() and len(name) > 1:
            continue
        holders = [
            h
            for h in set.intersection(*(having[w] for w in own))
            if own < words_of[h]
            and not running & words_of[h]
            and not branches & (words_of[h] - own)
        ]
        fullest = [h for h in holders if not any(words_of[h] < words_of[o] for o in holders)]
        if len(fullest) == 1:
            out[name] = fullest[0]
    # "Liberals" -> "Liberal" (one name spelled two ways) -> "Liberal Party of Canada":
    # each name goes the whole way to its fullest
    return {name: _fullest(out, name) for name in out}


def _fullest(names: Mapping[str, str], name: str) -> str:
    """Where a chain of shorter names -> fuller ones ends, from ``name``."""
    seen = {name}
    while (fuller := names.get(name)) is not None and fuller not in seen:
        seen.add(fuller)
        name = fuller
    return name


def _name_words(name: str) -> frozenset[str]:
    """A name's words, case-folded, a plural read as its singular: "Conservatives".

    A plural's apostrophe is no part of the word: "Workers' Party" holds "Workers"; the
    parties a hyphen or a slash joins into one list are its words: "GroenLinks-PvdA"
    holds "PvdA", so a report naming one party of the joint list names the list.

    Examples:
        >>> sorted(_name_words("Workers' Party")), sorted(_name_words("Les Verts"))
        (['party', 'worker'], ['les', 'vert'])
        >>> sorted(_name_words("GroenLinks-PvdA")), sorted(_name_words("Xóchitl Gálvez"))
        (['groenlink', 'pvda'], ['galvez', 'xochitl'])
        >>> _name_words("Austrian Freedom Party") == _name_words("Freedom Party of Austria")
        True
    """
    parts = (part for word in name.split() for part in _joint_parts(word))
    return frozenset(
        w[:-1] if len(w) > _SHORTEST_PLURAL and w.endswith("s") and not w.endswith("ss") else w
        # "Xóchitl Gálvez" and "Xochitl Galvez Ruiz": reports spell accents or drop them
        for w in (_country_word(_plain(part).rstrip("'\u2019")) for part in parts)
        if w not in _NAME_LINKS
    )


def _country_word(word: str) -> str:
    """A country's adjective as its country, case-folded: "austrian" -> "austria".

    "The Austrian Freedom Party" and "the Freedom Party of Austria" are one name.
    """
    country = COUNTRY_OF_ADJECTIVE.get(word)
    return country.casefold() if country is not None else word


#: Words that link a name's words, which another wording of it leaves out.
_NAME_LINKS: Final = frozenset(words("of the"))


#: The marks that join the parties of a joint list: "GroenLinks-PvdA", "CDU/CSU".
_JOINING_MARKS: Final = re.compile(r"[/-]")


def _joint_parts(word: str) -> list[str]:
    """The parties' names a joint list's word is made of, else the word itself.

    Only names written with capitals inside ("GroenLinks-PvdA", "CDU/CSU", "VVD-RE")
    are joint lists: "Green-Left" is one party's name.

    Examples:
        >>> _joint_parts("GroenLinks-PvdA"), _joint_parts("Green-Left")
        (['GroenLinks', 'PvdA'], ['Green-Left'])
    """
    parts = _JOINING_MARKS.split(word)
    if len(parts) > 1 and all(sum(c.isupper() for c in part) >= 2 for part in parts):
        return parts
    return [word]


#: The shortest word whose final "s" may be a plural's: "Greens", not "Les".
_SHORTEST_PLURAL: Final = 4
#: The fewest words a name cut short has: one word cut short could be any name.
_SHORTEST_NAME: Final = 2
#: The fewest letters a shortened word keeps: "Lib", "Dem".
_SHORTEST_CUT: Final = 3


def _shortened(short: str, name: str) -> bool:
    """Whether ``short`` is ``name`` with each word cut short: "Lib Dems", "Liberal Democrats".

    Examples:
        >>> _shortened("Lib Dems", "Liberal Democrats"), _shortened("Labour", "Liberal")
        (True, False)
    """
    cut, full = short.casefold().split(), name.casefold().split()
    if len(cut) != len(full) or len(cut) < _SHORTEST_NAME or cut == full:
        return False
    return all(
        len(c.rstrip("s")) >= _SHORTEST_CUT and f.startswith(c.rstrip("s"))
        for c, f in zip(cut, full, strict=True)
    )


def _as_named(claim: Claim, full_names: Mapping[str, str]) -> Claim:
    """A contender's claim under the full name :func:`_contenders_in_full` gives it."""
    full = full_names.get(claim.subject)
    if full is None or claim.attribute not in _HELD_BY_CONTENDERS:
        return claim
    return attrs.evolve(claim, subject=full)


def _corpus_contender_shares(readings: list[_Bound]) -> list[_Bound]:
    """Bare shares of a name other reports count votes or seats for, as its vote share.

    A live page that names no election ("the Ardent Party is on 40.5%") reports the
    race the other reports of the corpus count: a name they give seats or a vote share
    runs in it (:func:`_contender_shares` does the same within one article).
    """
    contenders = {
        c.subject.casefold()
        for _, claims, _ in readings
        for c in claims
        if c.attribute in _HELD_BY_CONTENDERS
    }
    if not contenders:
        return readings
    return [
        (
            doc,
            tuple(
                attrs.evolve(c, attribute=_OF_THE_VOTE[c.attribute])
                if c.attribute in _OF_THE_VOTE and c.subject.casefold() in contenders
                else c
                for c in claims
            ),
            events,
        )
        for doc, claims, events in readings
    ]


def _a_contender(subject: str, contenders: set[str]) -> bool:
    """Whether a share's subject runs in the race an article counts.

    A contender it counts seats or votes of, or any other name ("ahead of the Greens
    (9%)"); "turnout" or "share" is no contender.
    """
    return subject.casefold() in contenders or subject[:1].isupper()


_SINCE: Final = re.compile(r"^(?P<base>.+) \(since (?P<day>\d{4}-\d{2}(?:-\d{2})?)\)$")
#: How long before its report a "since" date must lie for the count to be a running
#: total of a conflict rather than of a recent spell.
_RUNNING_DAYS: Final = 30


def _running_totals(
    claims: Sequence[Claim], published: Mapping[str, dt.date | None]
) -> list[Claim]:
    """A war's running toll as one question, however each report qualifies it.

    In a corpus that counts casualties "in the war", a casualty count of no event
    that runs "since" a date a month or more before its report ("killed since
    October") is that count too; and where the corpus's event-less counts of one kind
    have just that one qualified form, the bare ones ("the death toll in Korvia has
    passed 11,400") are the war's total, in the one place given. Counts bound to an
    event keep their subject; without a war counted, "since October 7" keeps its date.
    """
    war = any(c.event is None and c.subject.endswith(" (in the war)") for c in claims)
    renamed = [_as_war_total(c, published) if war else c for c in claims]
    if war:
        renamed = _one_side_unnamed(renamed)
    totals: dict[str, set[tuple[str, str | None]]] = {}
    for claim in renamed:
        if (
            claim.event is None
            and claim.attribute in SCOPED_ATTRIBUTES
            and (claim.subject.endswith(" (in the war)") or claim.subject == "people")
        ):
            totals.setdefault(claim.attribute, set()).add((claim.subject, claim.place))
    out: list[Claim] = []
    for claim in renamed:
        forms = totals.get(claim.attribute, set()) if claim.event is None else set()
        qualified = {subject for subject, _ in forms if subject != "people"}
        places = {place for _, place in forms if place is not None}
        joined = (
            qualified == {"people (in the war)"}
            and len(places) <= 1
            and claim.subject in ("people", "people (in the war)")
        )
        out.append(
            attrs.evolve(
                claim,
                subject="people (in the war)",
                place=claim.place or next(iter(places), None),
            )
            if joined
            else claim
        )
    return out


def _one_side_unnamed(claims: list[Claim]) -> list[Claim]:
    """Event-less casualty counts without the one nationality every such count gives.

    "7,703 Palestinians killed in the war" and "more than 7,000 people killed" count the
    same dead where the corpus names no other side's event-less dead: the nationality
    says nothing that tells the counts apart. Two nationalities keep theirs.
    """

    def side_of(claim: Claim) -> str | None:
        first, _, rest = claim.subject.partition(" ")
        named = first.casefold() in NATIONALITY and rest.startswith("people")
        counted = claim.event is None and claim.attribute in SCOPED_ATTRIBUTES
        return first.casefold() if named and counted else None

    sides: dict[str, set[str]] = {}
    for claim in claims:
        side = side_of(claim)
        if side is not None:
            sides.setdefault(claim.attribute, set()).add(side)
    return [
        attrs.evolve(claim, subject=claim.subject.partition(" ")[2])
        if side_of(claim) is not None and len(sides[claim.attribute]) == 1
        else claim
        for claim in claims
    ]


def _as_war_total(claim: Claim, published: Mapping[str, dt.date | None]) -> Claim:
    """A count of no event "since" a date a month before its report, as the war's."""
    found = _SINCE.match(claim.subject) if claim.event is None else None
    day = published.get(claim.document)
    if found is None or day is None or claim.attribute not in SCOPED_ATTRIBUTES:
        return claim
    text = found["day"] if len(found["day"]) > 7 else f"{found['day']}-01"
    if (day - dt.date.fromisoformat(text)).days < _RUNNING_DAYS:
        return claim
    return attrs.evolve(claim, subject=f"{found['base']} (in the war)")


def figure_span(claim: Claim) -> tuple[int, int] | None:
    """The figure's offsets, as the rule extractor writes them into ids (``doc#s-e:a``).

    ``None`` for a claim whose id is not of that form (another extractor's).

    Examples:
        >>> from reconcile.values import Quantity
        >>> figure_span(Claim(id="a.txt#12-20:killed", document="a.txt", subject="people",
        ...                   attribute="killed", value=Quantity.exact(3)))
        (12, 20)
    """
    _, _, tail = claim.id.rpartition("#")
    start, _, end = tail.partition(":")[0].partition("-")
    if not (start.isdecimal() and end.isdecimal()):
        return None
    return int(start), int(end)


def _figure_start(claim: Claim) -> int:
    span = figure_span(claim)
    return span[0] if span else -1


#: Why a count inside a date makes no claim of its own.
_PART_OF_A_DATE: Final = "part of a date ('four days ago')"
#: Number kinds that a time expression around them reads ("in 2019", "on June 9").
_CALENDAR_KINDS: Final = frozenset({NumberKind.YEAR, NumberKind.DATE, NumberKind.TIME})
#: Why a time expression makes no claim, by the stats counter that counts it.
_DATE_REASONS: Final = {
    "durations_and_vague_times": "a duration, a set or a vague time, not a date",
    "dates_without_anchor": "a relative date and no publication date to resolve it",
    "dates_unresolved": "a date the text does not fix",
    "dates_of_figures": "the time scope of a figure ('as of Monday')",
    "dates_of_reporting": "when a source spoke, not when anything happened",
    "datelines": "a dateline: it dates the page",
    "dates_of_count_periods": "the period a count covers ('since October 7', 'in 2009, when')",
    "dates_of_prior_values": "when an earlier figure held ('up from 29% in 2020')",
    "dates_of_comparisons": "when what a figure is compared with held ('more than in 2020')",
    "dates_of_bounds": "a bound, not the day anything happened ('made before Oct. 7')",
    "dates_without_event": "dates no event the sentence names",
    "dates_of_unnamed_events": "dates an event the text does not name",
    "dates_of_earlier_events": "dates an earlier happening the sentence names no event for",
    "dates_among_others": "one of several dates in a sentence that names one event",
}
#: How far from the publication date a date may lie and still date the article's events.
_EVENT_WINDOW_DAYS: Final = 31


def _event_date_problem(
    expr: TimeExpression,
    resolved: list[TimeExpression],
    anchor: dt.date | None,
    *,
    happening: bool,
    phase: bool = False,
    window: int = 0,
) -> str:
    """Why a date with no event of its own should not date the sentence's event, or "".

    Of two or more dates in the sentence only one said to date a happening ("struck on
    Monday", "the Monday blasts") dates the event; a date far from the publication date
    ("in 1999", "in January 2020") is background about another happening, unless the
    sentence's event lasts that long (``window``, in days: a withdrawal's months).
    """
    if not happening and len({t.span.value for t in resolved if t.span is not None}) > 1:
        return "dates_among_others"  # "on Wednesday (Jan 3)" is one date written twice
    span = expr.span
    if anchor is not None and span is not None and span.start is not None:
        end = span.end or span.start
        if (anchor - end).days > max(window, _EVENT_WINDOW_DAYS) and not phase:
            return "dates_of_earlier_events"
        if (span.start - anchor).days > 1:
            return "dates_of_earlier_events"
    return ""


#: Tie attributes that say when something happened (not when it was said or planned).
_HAPPENED: Final = frozenset({"date_occurred", "date_killed", "date_held"})
#: Predicate classes of what happens at an event: harm done, people gathering.
_HAPPENING: Final = frozenset(
    {"killed", "injured", "missing", "destroyed", "damaged", "displaced", "attended"}
)


#: Words after which a participle describes the noun it stands before: "the revised deal".
_DETERMINERS: Final = frozenset(words("the a an his her their its this that"))


#: Words that end a date set back or ahead of the story's: "A week earlier,".
_SHIFTING_WORDS: Final = frozenset(words("earlier before ago later after previously"))
#: The most words before a date that opens its sentence: "On", "Late on", "Early on".
_FRONTING_REACH: Final = 2


def _names_after_fronted_date(
    tokens: Sequence[Token], expr: TimeExpression, tables: FrameTables
) -> bool:
    """Whether a date that opens the sentence dates the event the clause after it names.

    "On Dec. 10, French troops left Chad": the date set off by its comma is the
    clause's, and the clause's verb names a withdrawal by its subject; "On Dec. 10,
    officials said troops left" dates the saying.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> from reconcile.extract._dates import time_expressions_in
        >>> def dated(text):
        ...     t = tokenize(text)
        ...     expr = time_expressions_in(text, t, dt.date(2024, 12, 12), None)[0][0]
        ...     return _names_after_fronted_date(t, expr, frame_tables())
        >>> dated("On Dec. 10, French troops left Chad."), dated("On Dec. 10, it rained.")
        (True, False)
        >>> dated("On Dec. 10, officials said the troops left.")
        False
        >>> dated("A week earlier, French troops left Chad.")
        False
        >>> dated("In 2024, French troops left Chad.")
        False
    """
    if expr.first > _FRONTING_REACH or expr.last >= len(tokens) or tokens[expr.last].low != ",":
        return False
    if tokens[expr.last - 1].low in _SHIFTING_WORDS:
        return False  # "A week earlier, a million marched": an earlier event's, set back
    span = expr.span
    if span is None or span.start is None or span.start != span.end:
        return False  # "In 2020, ...": a year or a month sets the scene, it dates no day
    for k in range(expr.last + 1, len(tokens)):
        low = tokens[k].low
        if low in SAY_VERBS or low in CLAUSE_OPENERS:
            return False
        if low in tables.naming_verbs or named_by_subject(tokens, k, tables):
            return True
    return False


def _dates_a_happening(
    tokens: list[Token],
    expr: TimeExpression,
    tables: FrameTables,
    tie: EventTie,
    *,
    body_named: bool = False,
    after_the_event: bool = False,
) -> bool:
    """Whether a date says when an event happened: "struck on Monday", "Sunday's strike".

    A verb of happening ties it, or an event word within three tokens of it ("the
    February 6 tremor", "the blasts on Wednesday"); a bare date in a sentence that also
    names an event ("the council condemned the attack on Tuesday") may date the
    condemning, so it dates no event. A date of an act after the event
    (``after_the_event``: later deaths, or what made a count change) dates none.
    """
    if expr.span is None or expr.type not in ("DATE", "TIME"):
        return False
    if compared_with(tokens, expr.first):
        return False  # "a wider margin than in October": the time of what it is compared to
    if after_the_event:
        # "two more workers died in hospital on Sunday", "the toll rose to 21 as rescuers
        # found two more bodies on Saturday": the later deaths' or the count's day
        return False
    if tie.attribute in _HAPPENED:
        if tie.verb > expr.last and any(
            t.low in CLAUSE_OPENERS for t in tokens[expr.last : tie.verb]
        ):
            # "the toll rose to 156 on Tuesday after a woman died": the date is the rise's,
            # in the clause before the one its happening verb opens
            lo, _ = clause_bounds(tokens, expr.first)
            if any(t.low in tables.count_verbs for t in tokens[lo : expr.first]):
                return False
        # "the quake that hit the region climbed above 40,000 on Friday": the count's date;
        # but "voted against the revised agreement on Tuesday": a participle after a
        # determiner describes a noun, it counts nothing
        return not any(
            tokens[k].low in tables.count_verbs and tokens[k - 1].low not in _DETERMINERS
            for k in range(tie.verb + 1, expr.first)
        )
    if moved_happening(tokens, expr.first, 0) is not None:
        return True  # "the vote was postponed from Monday to Tuesday": its days, old and new
    if (
        _modifies_trigger(tokens, expr, tables)
        or _event_did(tokens, expr, tables)
        or _event_verb_dates(tokens, expr, tables, tie)
        or _body_did(tokens, expr, tables, body_named)
    ):
        return True
    # "killed 12 and wounded 30 on Sunday", "marched today": a date with no verb of its
    # own, after the harm or the gathering its clause tells of, dates it
    if expr.text.casefold().endswith("'s"):
        return False  # "Saturday's report": the date names the noun after it
    # A verb of a figure counted after the harm ("the toll from the quakes that
    # devastated the region passed 20,000 on Thursday") dates the count, not the harm.
    lo, _ = clause_bounds(tokens, expr.first)
    # "has vetoed a draft three times since the start of the war on October 7": a verb
    # before the "since" of the date's phrase acts over the stretch, not on its day
    stretch = stretch_opened(tokens, expr.first)
    named = [
        k
        for k in range(lo, expr.first if stretch is None else stretch)
        if tokens[k].low in tables.naming_verbs or named_by_subject(tokens, k, tables)
    ]
    if named and not any(t.low in SAY_VERBS for t in tokens[named[-1] : expr.first]):
        return True  # "Norland began withdrawing its troops on Wednesday"
    k = expr.last
    if k < len(tokens) and (
        tokens[k].low in tables.naming_verbs or named_by_subject(tokens, k, tables)
    ):
        return True  # "Hamas on Friday released 24 hostages": the verb just after
    if _names_after_fronted_date(tokens, expr, tables):
        return True  # "On Dec. 10, French troops left Chad"
    harm = [k for k in range(lo, expr.first) if tables.predicates.get(tokens[k].low) in _HAPPENING]
    if harm and _reported_count(tokens, harm[-1], lo):
        return False  # "officials confirmed 96 deaths on Sunday": the confirming's day
    return (
        tie.attribute == "date"
        and bool(harm)
        and not any(
            t.low in tables.count_verbs or t.low in SAY_VERBS for t in tokens[harm[-1] : expr.first]
        )  # "the toll ..., an official told the agency on Thursday": the telling's date
    )


def _later_death_verb(tokens: list[Token], expr: TimeExpression, tables: FrameTables) -> int | None:
    """The verb before a date in its clause that tells of deaths after the event.

    "Two more victims succumbed to injuries on Sunday", "three more workers died in
    hospital on Monday", "a woman injured in the blast died on Monday": the toll grew
    on that day, the disaster was earlier.
    """
    lo, _ = clause_bounds(tokens, expr.first)
    dying = [
        k
        for k in range(lo, expr.first)
        if tokens[k].low in tables.later_deaths
        or tokens[k].low in tables.later_deaths_with_increment
    ]
    if not dying:
        return None
    k = dying[-1]
    if tokens[k].low in tables.later_deaths or any(t.low in INCREMENTS for t in tokens[lo:k]):
        return k
    harmed = tables.later_deaths_of_the_harmed
    # "one of the people injured in the attack died on Monday": the dead were hurt by
    # the event, said of them in a phrase of their own, with no clause between ("30
    # were injured and two died on Monday" tells of one day)
    hurt_before = any(
        tokens[j].low in harmed
        and tokens[j + 1].low in _HARMED_BY
        and not any(t.low in _CLAUSE_JOINS for t in tokens[j + 1 : k])
        for j in range(lo, k - 1)
    )
    # "died of her injuries on Sunday", "died from his wounds"
    of_wounds = (
        k + 1 < expr.first
        and tokens[k + 1].low in ("of", "from")
        and any(t.low in harmed for t in tokens[k + 2 : min(expr.first, k + _OF_WOUNDS_REACH)])
    )
    return k if hurt_before or of_wounds else None


#: How far past a verb of dying "of her wounds" may end.
_OF_WOUNDS_REACH: Final = 5
#: Words after a word of harm that make it the phrase of those it hurt ("injured in").
_HARMED_BY: Final = frozenset(words("in by during at when"))
#: Words that join two clauses, each with its own verb.
_CLAUSE_JOINS: Final = frozenset(words(", and ; but while"))


def _explaining_act(tokens: list[Token], expr: TimeExpression, tables: FrameTables) -> int | None:
    """The act a date's clause tells, when the clause says why a count before it changed.

    "The toll has risen to 40 after rescuers recovered two more bodies on Wednesday":
    the recovery is when the toll stood at 40, not when the blast the toll is of went
    off. Returns the index of the clause's verb ("recovered"), ``-1`` when it has none
    written as a past, and ``None`` when the date's clause explains no count.
    """
    lo, _ = clause_bounds(tokens, expr.first)
    opener = next(
        (k for k in range(expr.first - 1, lo, -1) if tokens[k].low in _EXPLAINING_OPENERS), None
    )
    if opener is None or not any(
        tokens[k].low in tables.count_verbs and any(is_figure(t) for t in tokens[k + 1 : opener])
        for k in range(lo, opener)
    ):
        return None
    if any(t.low in tables.events for t in tokens[opener + 1 : expr.first]):
        return None  # "rose to 78,000 after a quake jolted both nations on February 6": its day
    return next((k for k in range(opener + 1, expr.first) if _acts(tokens[k].low)), -1)


#: Words that open a clause telling why or when a count before it changed: "the toll
#: rose to 40 after two more bodies were found", "as rescuers reached the village".
_EXPLAINING_OPENERS: Final = frozenset(words("after as when following"))

#: Words of a hedge between such a verb and its figure: "reported at least 40".
_COUNT_HEDGES: Final = HEDGES_ABOUT_WORDS | frozenset(words("at least than up to"))
#: Verbs that report a count of harm as their object: "confirmed 96 deaths".
_REPORTING_VERBS: Final = frozenset(
    words("confirmed confirms reported reports recorded records registered counted listed")
)


def _reported_count(tokens: list[Token], harm: int, lo: int) -> bool:
    """Whether the harm noun at ``harm`` is a count a verb just before reports.

    "Officials confirmed 96 deaths", "the ministry reported at least 40 injuries": the
    verb takes the figure and its noun as object, so a date after them is the report's.
    """
    k = harm - 1
    while k > lo and (tokens[k].is_number or tokens[k].low in _COUNT_HEDGES):
        k -= 1
    return k < harm - 1 and tokens[k].low in _REPORTING_VERBS


#: How far before a date a verb of a figure counted may stand and still be its verb.
_COUNT_REACH: Final = 8


def _dates_a_count(tokens: list[Token], expr: TimeExpression, tables: FrameTables) -> bool:
    """Whether a date is when a figure stood: "the toll passed 20,000 on Thursday".

    A verb of counting ("passed", "climbed", "reached") and then a figure stand just
    before the date in its clause, or the verb follows the date and a figure follows
    the verb ("the government on Sunday revised the toll to 275").
    """
    lo, hi = clause_bounds(tokens, expr.first)
    verb = expr.last + 1 if expr.last < hi and tokens[expr.last].low == "," else expr.last
    named = expr.first - 1
    if named >= lo and tokens[named].low in ("on", "in", "at"):
        named -= 1
    if (
        not (named >= lo and tokens[named].low in tables.events)  # "the quake four days ago"
        and verb < hi
        and tokens[verb].low in tables.count_verbs
        and any(is_figure(t) for t in tokens[verb + 1 : hi])
    ):
        return True  # "the government on Sunday revised the toll to 275": the revision's
    start = max(lo, expr.first - _COUNT_REACH)
    for k in range(expr.first - 1, start - 1, -1):
        if tokens[k].low == "," or tokens[k].low in SAY_VERBS:
            return False  # "rose to 21, officials said on Monday": the saying's date
        if tokens[k].low in tables.count_verbs:
            # "rose to 21 on Monday", "rose to four on Tuesday"
            return any(is_figure(t) for t in tokens[k + 1 : expr.first])
        if tokens[k].low in _STATES and any(is_figure(t) for t in tokens[start:k]):
            # "26 people were still missing on Monday": when the count stood, not when
            # the disaster struck
            return True
    return False


#: Words of a state a counted group is in, not of a happening: a date after one dates
#: the count.
_STATES: Final = frozenset(
    words("missing unaccounted hospitalised hospitalized homeless displaced trapped stranded")
)


#: How far back from a date its verb may stand: "occurred in Kerman city, southeastern
#: Iran, on Wednesday".
_VERB_REACH: Final = 12


def _event_did(tokens: list[Token], expr: TimeExpression, tables: FrameTables) -> bool:
    """Whether the event itself does the verb a date follows.

    "The storm pounded the coast on Monday", "the blasts occurred in Kerman on Wednesday";
    "the incident occurred near the market late on Tuesday": a noun that stands for the
    event (``event_anaphors``) does only a verb of happening.
    """
    for k in range(expr.first - 1, max(-1, expr.first - _VERB_REACH), -1):
        low = tokens[k].low
        if low in (";", ":") or low in SAY_VERBS or low in tables.count_verbs:
            return False
        if low.isalpha() and (low.endswith("ed") or low in _ACT_VERBS):
            doers = tokens[max(0, k - 3) : k]
            if event_describing_doer(tokens, k, tables) is not None:
                return False  # "the final election results released on Friday"
            return any(t.low in tables.events for t in doers) or (
                any(low == phrase[0] for phrase in tables.occurrence_phrases)
                and any(t.low in tables.event_anaphors for t in doers)
            )
    return False


#: Words between a verb of happening and the date it happened on: "took place on July 26".
_HAPPENED_ON: Final = frozenset(words("on in at during"))


def _event_happened_on(tokens: list[Token], expr: TimeExpression, tables: FrameTables) -> bool:
    """Whether an event noun does the verb of happening right before a date.

    "The coup took place on July 26", "the blast had occurred on August 4", "the quake
    struck on Monday": a verb of ``occurrence_verbs`` or one the noun's type is done by
    (``event_verbs``), the noun its subject with at most an auxiliary between; "the coup
    leaders met on July 26" is no coup's date.
    """
    k = expr.first - 1
    if k >= 0 and tokens[k].low in _HAPPENED_ON:
        k -= 1
    for noun in range(k - 1, max(-1, k - 4), -1):
        kind = tables.events.get(tokens[noun].low)
        if kind is None:
            continue
        verb = tuple(t.low for t in tokens[noun + 1 : k + 1])
        if verb and verb[0] in HAPPENING_AUXILIARIES:
            verb = verb[1:]
        return verb in tables.occurrence_phrases or (
            len(verb) == 1 and verb[0] in tables.event_verbs.get(kind, ())
        )
    return False


def _body_did(
    tokens: list[Token], expr: TimeExpression, tables: FrameTables, body_named: bool
) -> bool:
    """Whether a date stands by a verb a body's event is done by, a body named beside it.

    ``body_named`` says the sentence names a voting body (read once per sentence).
    "The Security Council decided on June 30 to end the mission": the vote's day, though
    no noun names the vote.
    """
    near = (expr.first - 2, expr.first - 1, expr.last)
    return body_named and any(
        0 <= k < len(tokens) and body_verb_event(tokens[k].low, tables) is not None for k in near
    )


def _event_verb_dates(
    tokens: list[Token], expr: TimeExpression, tables: FrameTables, tie: EventTie
) -> bool:
    """Whether a date stands by a verb that does an event its sentence names.

    "Freedonia on Friday vetoed a resolution", "vetoed the resolution on Friday": the
    verb is one the event's type is done by (``event_verbs``), and a trigger of that type
    stands in the sentence.
    """
    named = {tables.events[t.low] for t in tokens if t.low in tables.events}
    if not named:
        return False
    lo, hi = clause_bounds(tokens, expr.first)
    near = [
        k
        for k in range(max(lo, expr.first - 2), min(hi, expr.last + 2))
        if not expr.first <= k < expr.last
    ]
    if tie.verb >= 0:
        near.append(tie.verb)  # "an earthquake measuring 7.6 struck the south on Monday"
    return any(tokens[k].low in tables.event_verbs.get(kind, ()) for k in near for kind in named)


#: Words that open a phrase of its own: a noun after one is not what a date before it
#: describes.
_PREPOSITIONS: Final = frozenset(words("for of to with by after before from since until during"))


def _modifies_trigger(tokens: list[Token], expr: TimeExpression, tables: FrameTables) -> bool:
    """Whether a date names its event: "Sunday's strike", "the blasts on Wednesday".

    Up to two describing words may stand between ("the February 6 deadly tremor"), and
    no verb.
    """
    for k in range(expr.last, min(len(tokens), expr.last + 3)):
        if (
            tokens[k].low in tables.events
            and not described_by_before(tokens, k, tables)
            and not _another_of_its_kind(tokens, k)
        ):
            return True
        if (
            not tokens[k].low.isalpha()
            or tokens[k].low in tables.predicates
            or tokens[k].low in _PREPOSITIONS
        ):
            break  # "an agreement reached last month for the departure": not the departure's
    k = expr.first - 1
    if k >= 1 and tokens[k].low in ("on", "of"):
        # "the blasts on Wednesday"; "a press release on Monday" is no release
        return (
            tokens[k - 1].low in tables.events
            and not described_by_before(tokens, k - 1, tables)
            # "a high risk of more floods on Wednesday": floods to come, not the story's
            and not _another_of_its_kind(tokens, k - 1)
        )
    return False


#: Words before an event's noun that make it another of its kind: "more floods".
_ANOTHER_OF_ITS_KIND: Final = frozenset(words("more further fresh new another renewed"))


def _another_of_its_kind(tokens: Sequence[Token], k: int) -> bool:
    """Whether the event noun at ``k`` names another event of its kind: "more floods".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _another_of_its_kind(tokenize("a risk of more floods"), 4)
        True
        >>> _another_of_its_kind(tokenize("the floods"), 1)
        False
    """
    return k >= 1 and tokens[k - 1].low in _ANOTHER_OF_ITS_KIND


def _bound_to_events(
    claims: Iterable[Claim],
    starts: dict[int, int],
    mentions: list[EventMention],
    shifts: Mapping[int, StoryShift] | None = None,
    body: str | None = None,
    *,
    sentence_bodies: Mapping[int, str] | None = None,
    part_shifts: Mapping[int, Sequence[tuple[int, int, StoryShift]]] | None = None,
    published: dt.date | None = None,
    follows: Mapping[int, int] | None = None,
    recalls: set[int] | None = None,
    since_named: set[int] | None = None,
) -> tuple[list[Claim], list[tuple[str, EventMention]]]:
    """Bind each claim to the event mention it describes.

    A claim is about the event its own sentence mentions; a sentence that mentions none
    speaks of the article's lead event, unless it is set back in story time ("a week
    earlier, a million marched"): then of an earlier event of the lead's type. A
    mention of the lead's type on a day more than a day from the lead's is another event
    of that type. A date of the event's occurrence becomes the event's one ``date``.
    A sentence that names a voting body but no vote ("In the council, 13 members backed
    the text") speaks of that body's vote (``sentence_bodies``: the body each sentence
    names first). A figure in a part of a sentence set back on its own, apart from the
    events the sentence names ("the march, which drew more than the million who turned
    out a week earlier", ``part_shifts``), is of the earlier event. A sentence that
    names no event goes on telling of the event set apart from the lead that the
    sentence before it in its paragraph named (``follows``: each sentence's predecessor
    in its paragraph): "On September 30, Russia vetoed a draft. Ten members voted yes."
    tell of one vote, whatever the article leads with. An event named after "since"
    (``since_named``, by its start: "its highest figure since protests started on
    January 19") is when a figure runs from, not what it counts.
    """
    lead = lead_event(mentions, body, published=published)
    if lead is None:
        return list(claims), []
    # an earlier event is dated from the lead's day when the article gives it
    mentions = [
        attrs.evolve(m, day=m.earlier.before(lead.day))
        if m.earlier is not None and m.day is None and lead.day is not None
        else m
        for m in mentions
    ]
    in_sentence: dict[int, list[EventMention]] = {}
    for m in mentions:
        in_sentence.setdefault(m.sentence, []).append(m)
    for sentence, named in (sentence_bodies or {}).items():
        if not any(m.body is not None for m in in_sentence.get(sentence, ())):
            held = _vote_of_body(mentions, named, sentence)
            if held is not None:
                in_sentence.setdefault(sentence, []).append(held)
    for sentence, shift in (shifts or {}).items():
        day = shift.before(lead.day) if lead.day is not None else None
        in_sentence[sentence] = [
            attrs.evolve(lead, sentence=sentence, day=day, period=None, earlier=shift)
        ]
    out: list[Claim] = []
    bound: list[tuple[str, EventMention]] = []
    told_in: dict[int, EventMention] = {}  # the event set apart each sentence told of
    having: dict[str, list[tuple[int, int, EventMention]]] = {}  # events by what they count
    tables = frame_tables()
    for found in claims:
        claim = found
        start = claim.evidence.start if claim.evidence else None
        sentence = starts.get(start, -1) if start is not None else -1
        here = [m for m in in_sentence.get(sentence, []) if m.start not in (since_named or ())]
        if isinstance(claim.value, VoteOutcome):
            # a vote is the vote event of its sentence: "a similar draft failed last
            # month" is another vote than today's, by the same council
            out.append(claim)
            votes = [m for m in here if m.type == "vote"]
            if votes or lead.type == "vote":
                at = _figure_start(claim)
                bound.append((claim.id, _sentence_event(votes, lead, claim.attribute, at)))
            continue
        # a share the noun names as the event's own measure ("turnout was 61%") is the
        # event's, not a standing fact of a contender
        measure = claim.attribute == "share" and claim.subject in _MEASURE_SUBJECTS
        if (
            (claim.attribute in tables.standing_predicates and not measure)
            or not isinstance(claim.value, Quantity | DateSpan)
            or (isinstance(claim.value, DateSpan) and claim.subject != _EVENT)
        ):
            # a standing fact, a vote, or a date whose subject names its own event
            out.append(claim)
            continue
        kind = "date" if isinstance(claim.value, DateSpan) else claim.attribute
        at = _figure_start(claim)
        prior = follows.get(sentence) if follows is not None else None
        recalled = (
            [
                m
                for m in in_sentence.get(prior, ())
                if _sentence_event([m], lead, kind, m.start) is not lead
            ]
            if prior is not None and sentence in (recalls or ())
            else []
        )
        if recalled:
            # "... a resolution adopted on February 23, 2023. At that time, 141 voted in
            # favour": the time the sentence points back at is the earlier event's
            here = recalled[-1:]
        elif (
            not here
            and prior in told_in
            and not any(
                _sentence_event([m], lead, kind, m.start) is lead
                for m in in_sentence.get(prior, ())
            )
        ):
            # the sentence before in the paragraph told of an event set apart, and not
            # also of the lead ("called the elections after his defeat in June's vote.
            # The left won 182 seats": this election's seats)
            here = [told_in[prior]]
        mention = _sentence_event(here, lead, kind, at)
        if mention is lead and kind == "date" and not long_over(lead, published):
            # "When her predecessor faced a confidence vote in 2018", in a report that
            # leads with today's vote: the date of an event long over is its own
            old = [m for m in here if long_over(m, published)]
            if old:
                mention = min(old, key=lambda m: (abs(m.start - at), m.start))
        if mention is lead and kind not in tables.event_accepts.get(lead.type, (kind,)):
            # "a crowd estimated at 200,000 welcomed the vote": a vote has no crowd; the
            # gathering the article names elsewhere has
            if kind not in having:
                having[kind] = _events_having(mentions, kind)
            mention = _nearest_event(having[kind], sentence) or lead
        if mention is not lead:
            told_in[sentence] = mention
        set_back = next(
            (
                part
                for lo, hi, part in (part_shifts or {}).get(sentence, ())
                if lo <= at < hi and not any(lo <= m.start < hi for m in here)
            ),
            None,
        )
        if set_back is not None and mention is lead:
            day = set_back.before(lead.day) if lead.day is not None else None
            mention = attrs.evolve(lead, sentence=sentence, day=day, period=None, earlier=set_back)
        if kind in SCOPED_ATTRIBUTES and kind not in tables.event_accepts.get(
            mention.type, (kind,)
        ):
            # "More than 11,000 have been killed", in a report of a council vote: a
            # vote has no dead, so the toll is no figure of it
            out.append(claim)
            continue
        if claim.attribute in _OCCURRENCE and isinstance(claim.value, DateSpan):
            phase = _phase(claim, tables) if mention.type in tables.lasting_days else None
            claim = attrs.evolve(claim, attribute=phase or "date")
        elif isinstance(claim.value, Quantity) and not claim.value.unit:
            claim = _people_of_event(claim, mention)
        subject_word = claim.subject.casefold()
        if (
            tables.events.get(subject_word) == mention.type
            and subject_word not in tables.sub_events
        ) or (
            subject_word == claim.attribute
            and (
                claim.attribute in tables.measures.values()
                or claim.attribute in tables.scale_ratings
            )
        ):
            # a measure that names nothing it measures ("it was 18 km deep") is the event's
            # "the blast was 700 m away", "the quake's depth": the event itself, by name
            claim = attrs.evolve(claim, subject=_EVENT)
        out.append(claim)
        bound.append((claim.id, mention))
    return out, bound


_WORD: Final = re.compile(r"[A-Za-z]+")
#: How many characters either side of a date its phase word may stand.
_PHASE_REACH: Final = 120


def _comma_part(tokens: list[Token], k: int) -> tuple[int, int]:
    """The character span of the comma-bounded part of its clause token ``k`` is in."""
    lo, hi = clause_bounds(tokens, k)
    start = next((j + 1 for j in range(k - 1, lo - 1, -1) if tokens[j].low == ","), lo)
    end = next((j for j in range(k, hi) if tokens[j].low == ","), hi)
    return tokens[start].start, tokens[end - 1].end


def _phase(claim: Claim, tables: FrameTables) -> str | None:
    """Which end of a lasting event a date is, by the phase word nearest it, if any.

    "The first convoy left on October 10" dates the withdrawal's start, "the last
    soldiers left on Friday" its end (the frame lexicon's ``lasting_events``); a
    withdrawal goes on for months, so its days are not one ``date``.
    """
    span = figure_span(claim)
    evidence = claim.evidence
    if span is None or evidence is None or evidence.start is None:
        return None
    at = span[0] - evidence.start
    lo = max(0, at - _PHASE_REACH)  # near the date only: a long sentence costs each date
    phases = [
        (abs(word.start() - at), tables.phase_words[word.group().casefold()])
        for word in _WORD.finditer(evidence.quote, lo, at + _PHASE_REACH)
        if word.group().casefold() in tables.phase_words
    ]
    return min(phases)[1] if phases else None


def _dates_another_noun(
    tokens: list[Token], tie: EventTie, expr: TimeExpression, tables: FrameTables
) -> bool:
    """Whether a date is tied to another happening's noun, apart from the sentence's events.

    The noun is of a happening no event type is made of (a session, talks), in a clause
    apart from every event the sentence names: "will hold an emergency session on
    Tuesday after a draft failed" gives the session's day, not that of the vote the
    sentence reports; but "at a session on Friday, Marland vetoed the draft" dates the
    veto.
    """
    if tie.noun < 0 or tie.head in _VOTE_HEADS:
        return False  # "voted for the ceasefire resolution on Friday": the vote's day
    low = tokens[tie.noun].low
    if (
        low in tables.events
        or low in tables.ambiguous_events
        or EVENT_NOUNS.get(low) in INSTITUTIONS  # "a Security Council draft"
    ):
        return False
    return all(
        any(t.low in CLAUSE_OPENERS for t in tokens[min(k, expr.first) : max(k, expr.last)])
        for k, token in enumerate(tokens)
        if token.low in tables.events or token.low in tables.ambiguous_events
    )


#: Event heads a date of a sentence reporting a vote may stand for the vote by.
#: ("Marland on Friday vetoed a Security Council draft": the council noun is the body's).
_VOTE_HEADS: Final = frozenset(("event", "vote", "resolution")) | INSTITUTIONS
#: How far from its verb a date of an act may stand: "On Sunday, Lam apologised".
_ACT_REACH: Final = 3
#: How many more words an act's object may put between its verb and its date.
_ACT_OBJECT_REACH: Final = 3
#: How many more words "by <actor>" may put between an act noun and its date.
_BY_NAME_REACH: Final = 4


#: Words that put what follows them ahead: "will withdraw", "would leave".
_WILL: Final = frozenset(words("will would shall"))


def _announces_event(tokens: list[Token], tables: FrameTables) -> bool:
    """Whether a sentence tells of an event to come by its verb: "will withdraw".

    A verb that names its event (``naming_verbs``) after "will" or "would" makes what
    the sentence reports an announcement of that event.
    """
    ahead = next((k for k, t in enumerate(tokens) if t.low in _WILL), None)
    return ahead is not None and any(
        t.low in tables.naming_verbs for t in tokens[ahead + 1 : ahead + 12]
    )


def _speaker_before(tokens: list[Token], verb: int) -> str | None:
    """The capitalized name (one to four words) just before a verb of saying."""
    name = name_ending_at(tokens, verb, 0)
    return None if name is None or name.split()[0].casefold() in _NOT_ACTORS else name


def _actor_act(
    tokens: list[Token], expr: TimeExpression, tables: FrameTables
) -> tuple[str, str] | None:
    """(actor, verb) of a notable act a date is of: "On Sunday Lam apologised".

    The verb is one of ``act_verbs``, within a few words of the date, and a name in
    capitals stands just before it as its doer.
    """
    for verb in _verbs_near(tokens, expr, lambda t: t.low in tables.act_verbs):
        j = verb - 1
        while j >= 0 and expr.first <= j < expr.last:
            j -= 1  # "Lam on Sunday apologised"
        if j >= 0 and tokens[j].low in ("on", ","):
            j -= 1
        end = j + 1
        j = _name_start(tokens, end, expr) - 1
        if 1 <= end - (j + 1) <= 3:
            return " ".join(t.text for t in tokens[j + 1 : end]), tokens[verb].low
    return None


#: Past forms that tell no act: being, having, saying.
_NOT_ACTS: Final = frozenset(words("was were had did said told ago last earlier previously"))


def _a_past_form(token: Token) -> bool:
    """Whether a word is a verb's past form: "questioned", "came", "fled"."""
    low = token.low
    return (
        token.text.islower()
        and low.isalpha()
        and low not in _NOT_ACTS
        and low not in SAY_VERBS
        and ((low.endswith("ed") and len(low) > 4) or low in IRREGULAR_PAST)
    )


def _verbs_near(
    tokens: list[Token], expr: TimeExpression, is_verb: Callable[[Token], bool]
) -> list[int]:
    """Where the verbs an act's date may be of stand, the nearest first.

    Within a few words of the date, or further before it past the act's object in
    lower-case words only ("Yoon declared martial law late on December 3").
    """
    lo = max(0, expr.first - _ACT_REACH - _ACT_OBJECT_REACH)
    around = [
        k
        for k in range(lo, min(len(tokens), expr.last + _ACT_REACH))
        if not expr.first <= k < expr.last
        and is_verb(tokens[k])
        and (
            k >= expr.first - _ACT_REACH
            or all(t.text.isalpha() and t.text.islower() for t in tokens[k + 1 : expr.first])
        )
    ]
    return sorted(around, key=lambda k: (abs(k - expr.first), k))


def _name_start(tokens: list[Token], end: int, expr: TimeExpression) -> int:
    """Where the name in capitals that ends just before ``end`` starts (``end``: none)."""
    j = end - 1
    while (
        j >= 0
        and tokens[j].is_capitalized
        and tokens[j].low.isalpha()
        and not expr.first <= j < expr.last
        and tokens[j].low not in _NOT_ACTORS
    ):
        j -= 1
    return j + 1


def _doer_act(
    tokens: list[Token], expr: TimeExpression, tables: FrameTables
) -> tuple[str, str] | None:
    """(doer, verb) of an act a date is of, a doer named (else one a common noun names).

    The past forms near the date are found once for both readings.
    """
    verbs = _verbs_near(tokens, expr, _a_past_form)
    if not verbs:
        return None
    return _named_doer_act(tokens, expr, verbs) or _common_doer_act(tokens, expr, tables, verbs)


def _named_doer_act(
    tokens: list[Token], expr: TimeExpression, verbs: Sequence[int]
) -> tuple[str, str] | None:
    """(doer, verb) of any act a date is of whose doer is named: "Ruiz was questioned".

    Where no table knows the verb (:func:`_actor_act` reads those it knows), a verb's
    past form within a few words of the date, after a name in capitals (past a form of
    "be" or "have"), is a named doer's act: "Karacsony was questioned by police on
    Friday", "Ruiz fled the country in 2006".

    Examples:
        >>> from reconcile.extract._dates import find_time_expressions
        >>> from reconcile.extract._text import tokenize
        >>> def act(text):
        ...     e = find_time_expressions(text, anchor=dt.date(2025, 8, 2))[0]
        ...     t = tokenize(text)
        ...     return _named_doer_act(t, e, _verbs_near(t, e, _a_past_form))
        >>> act("Mayor Ana Ruiz was questioned by police on Friday.")
        ('Ana Ruiz', 'questioned')
        >>> act("He was questioned by police on Friday.") is None
        True
    """
    for verb in verbs:
        j = verb - 1
        while j >= 0 and tokens[j].low in BE_AND_HAVE:
            j -= 1
        end = j + 1
        start = _name_start(tokens, end, expr)
        j = start - 1
        while start < end - 1 and tokens[start].low in TITLES:
            start += 1  # "Mayor Ana Ruiz": the person, not the title
        if 1 <= end - start <= 3 and (j < 0 or not tokens[j].is_capitalized):
            return " ".join(t.text for t in tokens[start:end]), tokens[verb].low
    return None


#: Determiners that open a common noun's phrase: "the dam", "its army".
_DOER_DETERMINERS: Final = frozenset(words("the its their his her"))
#: How many words a common doer's phrase may run to past its determiner.
_DOER_REACH: Final = 3


#: The attribute of a date of a happening as written: "came to Germany" | date_happened.
HAPPENED_ON: Final = "date_happened"
#: Reasons a date makes no claim that leave it to its happening as written.
_AS_WRITTEN_DATES: Final = frozenset(
    {"dates_without_event", "dates_of_unnamed_events", "dates_of_earlier_events"}
)
#: How many words a happening as written runs to.
_HAPPENING_REACH: Final = 5
#: Words that put a date to what comes before it: "came to Germany in 2006".
_DATE_PREPOSITIONS: Final = frozenset(words("in on at since by during until from"))


def _happening_as_written(tokens: list[Token], expr: TimeExpression) -> str | None:
    """What a date's clause says happened, in its own words, else ``None``.

    The words from the verb's past form nearest the date to the date, or from the date
    to that verb when the date opens its clause; the verb must stand within a few words,
    and a saying is no happening.

    Examples:
        >>> from reconcile.extract._dates import find_time_expressions
        >>> from reconcile.extract._text import tokenize
        >>> def written(text):
        ...     e = find_time_expressions(text, anchor=dt.date(2025, 8, 2))[0]
        ...     return _happening_as_written(tokenize(text), e)
        >>> written("He came to Germany in 2006 and worked as a doctor.")
        'came to Germany'
        >>> written("In March, the government enacted a law.")
        'enacted a law'
        >>> written("Officials said on Friday that it was calm.") is None
        True
        >>> written("The country has been mired in conflict since 2011.")
        'mired in conflict'
        >>> written("It has vetoed three drafts since the start of the war on October 7.")
        'start of the war'

    """
    lo, hi = clause_bounds(tokens, expr.first)
    stretch = stretch_opened(tokens, expr.first)
    if stretch is not None:
        # "since the start of the war on October 7": the phrase the "since" opens
        words_ = _phrase_before_date(tokens, stretch + 1, expr.first)
        return " ".join(t.text for t in words_) or None
    for k in range(expr.first - 1, max(lo, expr.first - _HAPPENING_REACH) - 1, -1):
        if not tokens[k].low.isalpha() and tokens[k].low not in ("-", "'s"):
            break
        if _a_past_form(tokens[k]):
            return " ".join(t.text for t in _phrase_before_date(tokens, k, expr.first))
    if expr.first > lo + 1:
        return None  # a date inside its clause, no verb just before it: no happening
    start = expr.last + 1 if expr.last < hi and tokens[expr.last].low == "," else expr.last
    for k in range(start, min(hi, start + _HAPPENING_REACH)):
        if _a_past_form(tokens[k]):
            stop = min(hi, k + 3)
            while stop - 1 > k and tokens[stop - 1].low in FUNCTION_WORDS:
                stop -= 1
            words_ = [t for t in tokens[k:stop] if t.low.isalpha()]
            return " ".join(t.text for t in words_)
    return None


def _phrase_before_date(tokens: list[Token], start: int, first: int) -> list[Token]:
    """The words from ``start`` up to the date's preposition, without a leading article.

    "came to Germany in" -> "came to Germany"; "the start of the war on" -> "start of
    the war".
    """
    end = first
    while end - 1 > start and (
        tokens[end - 1].low in _DATE_PREPOSITIONS or tokens[end - 1].low in FUNCTION_WORDS
    ):
        end -= 1  # "came to Germany in": the words up to the date's preposition
    while start < end - 1 and tokens[start].low in _DETERMINERS:
        start += 1
    return list(tokens[start:end])


def _story_type(mentions: Sequence[EventMention]) -> str | None:
    """The type of the event the article told of last, for "the incident" to stand for.

    A mention set back in story time ("the march a week earlier") or named as the one
    before ("the last election") is another event than the one the story goes on with.
    """
    for mention in reversed(mentions):
        if mention.earlier is None and not mention.before_this:
            return mention.type
    return None


def _common_doer_act(
    tokens: list[Token], expr: TimeExpression, tables: FrameTables, verbs: Sequence[int]
) -> tuple[str, str] | None:
    """(doer, verb) of an act a date is of whose doer a common noun names.

    "The dam gave way on Thursday", "the law, passed in March": the verb's past form
    near the date (as :func:`_named_doer_act` finds it), after a phrase that a
    determiner opens and a noun in lower case ends (past a form of "be", or the comma
    a participle follows), the noun the doer.

    Examples:
        >>> from reconcile.extract._dates import find_time_expressions
        >>> from reconcile.extract._text import tokenize
        >>> def act(text):
        ...     e = find_time_expressions(text, anchor=dt.date(2025, 8, 2))[0]
        ...     t = tokenize(text)
        ...     return _common_doer_act(t, e, frame_tables(), _verbs_near(t, e, _a_past_form))
        >>> act("The second dam gave way on Thursday.")
        ('second dam', 'gave')
        >>> act("The controversial law, passed in March, bans it.")
        ('controversial law', 'passed')
        >>> act("They left on Thursday.") is None
        True
        >>> act("The tragedy occurred on Tuesday.") is None
        True
    """
    for verb in verbs:
        j = verb - 1
        while j >= 0 and tokens[j].low in BE_AND_HAVE:
            j -= 1
        if j >= 0 and tokens[j].low == ",":
            j -= 1  # "the law, passed in March"
        end = j + 1
        while j >= 0 and end - j <= _DOER_REACH and tokens[j].low.isalpha():
            if tokens[j].low in _DOER_DETERMINERS:
                break
            j -= 1
        if (
            j >= 0
            and tokens[j].low in _DOER_DETERMINERS
            and end - j > 1
            and all(t.text.islower() and t.low not in FUNCTION_WORDS for t in tokens[j + 1 : end])
            and not expr.first <= j < expr.last
            # "the tragedy occurred", "the blast happened": the event itself
            and tokens[end - 1].low not in tables.event_anaphors
            and tokens[end - 1].low not in tables.events
            and tokens[end - 1].low not in tables.ambiguous_events
            # "the announcement was welcomed": an act is no doer
            and tokens[end - 1].low not in tables.act_nouns
        ):
            return " ".join(t.text for t in tokens[j + 1 : end]), tokens[verb].low
    return None


def _actor_act_noun(
    tokens: list[Token], expr: TimeExpression, tables: FrameTables
) -> tuple[str, str] | None:
    """(actor, noun) of an act a date is of, the act named by a noun.

    "Lam's announcement on Saturday", "a statement issued Sunday on behalf of Carrie
    Lam": the actor is the owner of the act or the one it is made "on behalf of" or
    "by"; an act of no named actor gives nothing.
    """
    # "The announcement by Marc Aubel on Sunday": an act noun further back, its
    # actor's name between it and the date
    far = _ACT_REACH + _BY_NAME_REACH
    near = sorted(
        (abs(k - expr.first), k)
        for k in range(max(0, expr.first - far), min(len(tokens), expr.last + _ACT_REACH))
        if not expr.first <= k < expr.last
        and tokens[k].low in tables.act_nouns
        and (
            expr.first - k <= _ACT_REACH
            or (k + 1 < len(tokens) and tokens[k + 1].low == "by")
            # "Yoon's declaration of martial law Tuesday night": past what it is of
            or (
                k + 1 < expr.first
                and tokens[k + 1].low == "of"
                and expr.first - k <= _ACT_REACH + _ACT_OBJECT_REACH
                and all(t.text.isalpha() and t.text.islower() for t in tokens[k + 1 : expr.first])
            )
        )
    )
    for _, noun in near:
        owner = noun - 1
        while owner > 0 and noun - owner <= 2 and tokens[owner].text.islower():
            owner -= 1  # "Yoon's surprise declaration": past a word that describes it
        before = tokens[owner] if owner >= 0 else None
        if before is not None and before.low.endswith(("'s", "\u2019s")) and before.is_capitalized:
            return without_possessive(before.text), tokens[noun].low  # "Lam's announcement"
        for k in range(noun + 1, min(len(tokens) - 1, expr.last + _ACT_REACH + 3)):
            by = tokens[k].low == "by" or (tokens[k].low == "of" and tokens[k - 1].low == "behalf")
            if by:
                name = _name_run(tokens, k + 1)
                if name is not None:
                    return name, tokens[noun].low
    return None


def _name_run(tokens: list[Token], j: int) -> str | None:
    """The capitalized name from ``j``, its last two words.

    A title before a person's name is none of it: "Chief Executive Carrie Lam" is
    Carrie Lam.
    """
    end = j
    while end < len(tokens) and tokens[end].is_capitalized and tokens[end].low.isalpha():
        end += 1
    if end == j:
        return None
    return " ".join(t.text for t in tokens[max(j, end - 2) : end])


#: Capitalized words before a verb that name no actor.
_NOT_ACTORS: Final = frozenset(words("on in it he she they we the this that"))


def _date_of_act(tokens: list[Token], expr: TimeExpression, tables: FrameTables) -> str:
    """``date_<verb>`` for the verb nearest a date: "on Tuesday sent" -> ``date_sent``.

    With no verb near, the date is the event's own ("an earthquake in Diyarbakir on
    February 6"): ``date``. A word in -ed that is no verb ("the Red Crescent") is none.
    """
    near = sorted(
        (abs(k - expr.first), k)
        for k in range(max(0, expr.first - 4), min(len(tokens), expr.last + 4))
        if not expr.first <= k < expr.last and _acts(tokens[k].low)
    )
    if not near and expr.first <= 1 and expr.last < len(tokens) and tokens[expr.last].low == ",":
        # "On Wednesday evening, the Ministry of the Interior announced a new toll": a
        # date set off at the head of its sentence is its clause's verb's
        near = [
            (0, k)
            for k in range(expr.last + 1, min(len(tokens), expr.last + _FRONTED_VERB_REACH))
            if _acts(tokens[k].low)
        ][:1]
    if not near:
        return "date"
    at = near[0][1]
    verb = tokens[at].low
    if any(verb in verbs for verbs in tables.event_verbs.values()):
        return "date"  # "vetoed on Friday": what the event does is the event, dated
    if any(
        tuple(t.low for t in tokens[at : at + len(phrase)]) == phrase
        for phrase in tables.tally_verbs
        if phrase[0] == verb
    ):
        return "date"  # "on Friday turned down a resolution": the vote, a body's deciding
    return f"date_{verb}"


#: How far after a fronted date ("On Wednesday,") its clause's verb may stand.
_FRONTED_VERB_REACH: Final = 12


def _acts(low: str) -> bool:
    """Whether a word is a verb of an act told in the past: "sent", "recovered".

    A word in -ed that is no verb ("the Red Crescent", "need") is none.
    """
    return low.isalpha() and (
        (low.endswith("ed") and len(low) > 4 and low not in NOT_PAST) or low in _ACT_VERBS
    )


#: Verbs of acts told about an event that do not end in -ed.
_ACT_VERBS: Final = frozenset(
    words("""sent send sends came come comes began begin gave give made make took take
    held hold met meet said says told tells won win lost lose left leave struck hit""")
)


#: Words that say the injured are being cared for: a part of the injured, not all.
_CARE: Final = frozenset(
    words("admitted hospitalized hospitalised hospital hospitals treatment treated care")
)
#: Words that take people out of the care a word after them names: "discharged from".
_OUT_OF_CARE: Final = frozenset(words("discharged released left"))
#: Words of a past admission to care: the injured, all of them, were taken in.
_ADMITTED: Final = frozenset(words("were was"))
#: Words of care that goes on: those in care now, a part of the injured.
_STILL_IN_CARE: Final = frozenset(
    words("are is remain remains remained still currently being receiving undergoing")
)
#: Words for the injured as a group, before or right after a figure.
_HURT: Final = frozenset(words("injured wounded"))


def _in_care(tokens: list[Token], first: int, last: int) -> bool:
    """Whether a count of injured people counts those in hospital or still treated.

    "220 injured individuals have been admitted to hospitals", "103 wounded are still
    receiving treatment", "the injured at 284, of which 220 were hospitalized": the
    figure is a part of the injured, which a toll of the injured does not dispute. "Two
    people were hospitalized" alone is the injured.
    """
    _, hi = clause_bounds(tokens, first)
    named_hurt = any(t.low in _HURT for t in tokens[first : min(hi, last + 2)])
    part_of = (
        first >= 2 and tokens[first - 1].low in ("which", "whom") and tokens[first - 2].low == "of"
    )
    if not (named_hurt or part_of):
        return False
    care = next(
        (
            k
            for k, t in enumerate(tokens[last : min(hi, last + 10)], last)
            if t.low in _CARE
            # "14 have recovered and been discharged from the hospital": out of care
            and not any(w.low in _OUT_OF_CARE for w in tokens[max(last, k - 3) : k])
        ),
        None,
    )
    if care is None:
        return False
    if any(t.is_number for t in tokens[last:care]):
        return False  # "Out of the 196 people injured, 10 are still being treated": the 10's
    between = {t.low for t in tokens[last:care]}
    # "70 injured persons were rushed to hospitals", "were injured and admitted to
    # hospitals": an admission told in the simple past counts the injured; "have been
    # admitted", "are being treated", "remain in hospital" count those in care now
    return part_of or not between & _ADMITTED or bool(between & _STILL_IN_CARE)


#: The classes the predicate table reads verbs and nouns into ("killed", "injured").
_PREDICATE_CLASSES: Final = frozenset(frame_tables().predicates.values())


def _badly_hurt(tokens: Sequence[Token], last: int, tables: FrameTables) -> bool:
    """Whether the injured counted before ``last`` are said to be badly hurt.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("82 people were injured, 19 of them seriously.")
        >>> _badly_hurt(t, 6, frame_tables()), _badly_hurt(t, 1, frame_tables())
        (True, False)
        >>> t = tokenize("37 of the injured people were in serious condition.")
        >>> _badly_hurt(t, 1, frame_tables())
        True
    """
    if (
        last + 2 < len(tokens)
        and tokens[last].low == "of"
        and tokens[last + 1].low in ("them", "whom", "those")
        and tokens[last + 2].low in DEGREE_ADVERBS
    ):
        return True  # "19 of them seriously"
    for k in range(last, min(len(tokens), last + 8)):
        if tokens[k].is_number or tokens[k].low in (",", ";"):
            return False
        said = predicate_phrase_at(tokens, k, len(tokens), tables)
        if said is not None:
            return said[0] == "critical"
    return False


#: Words that may stand between a verb of a phase and its clock time: "started at about".
_BEFORE_A_CLOCK: Final = frozenset(words("at around about approximately shortly just by to"))


def _clock_phase(tokens: Sequence[Token], first: int, tables: FrameTables) -> str | None:
    """The phase of its event a clock time times, by the verb just before it, else ``None``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Voting started at 8 am and ended at 6 pm.")
        >>> _clock_phase(t, 3, frame_tables()), _clock_phase(t, 8, frame_tables())
        ('began', 'ended')
        >>> _clock_phase(tokenize("It was due to land in Nairobi at 10:25 am."), 8, frame_tables())
        'arrived'
        >>> _clock_phase(tokenize("The quake struck at 11:11 pm."), 4, frame_tables()) is None
        True
    """
    k = first - 1
    while k >= 0 and first - k <= 4 and tokens[k].low in _BEFORE_A_CLOCK:
        k -= 1
    if k < 0 or k == first - 1:
        return None  # "8 am" with no "at" before it names no phase
    place = k
    while place >= 0 and tokens[place].is_capitalized and first - place <= 8:
        place -= 1
    if place < k and place >= 1 and tokens[place].low in ("in", "to", "from"):
        k = place - 1  # "scheduled to land in Nairobi at 10:25 am"
    return tables.clock_phases.get(tokens[k].low)


def _changed_by(tokens: list[Token], mentions: Sequence[QuantityMention], start: int) -> bool:
    """Whether the count mention starting at ``start`` is how much a figure changed.

    "The toll rose by 12 to 158": see :func:`bare_change_by`.
    """
    mention = next((m for m in mentions if m.start == start), None)
    return mention is not None and bare_change_by(tokens, mention, len(tokens))


def _is_increment(tokens: list[Token], start: int, end: int) -> bool:
    """Whether the word after a figure makes it an increment: "two more", "12 additional".

    "26 seats went to the alliance, with 23 more to the VVD": a share handed out
    beside another, not an increment of the VVD's seats; "killed five people and
    wounded seven more" counts seven others (:func:`others_of_a_pair`).

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Two more people died, with 23 more to the VVD.")
        >>> _is_increment(t, t[0].start, t[0].end), _is_increment(t, t[6].start, t[6].end)
        (True, False)
    """
    k = next((i for i, t in enumerate(tokens) if t.start >= end), len(tokens))
    if k >= len(tokens) or tokens[k].low not in INCREMENTS:
        return False
    first = k  # the figure's first token, read back from the word after it
    while first > 0 and tokens[first - 1].start >= start:
        first -= 1
    if others_of_a_pair(tokens, first, k, len(tokens), frame_tables()):
        return False
    if k + 2 < len(tokens) and tokens[k + 1].low == "to":
        named = tokens[k + 2].is_capitalized or (
            tokens[k + 2].low == "the" and k + 3 < len(tokens) and tokens[k + 3].is_capitalized
        )
        return not named  # "23 more to the VVD": handed to a name
    return True


def _names_event_type(
    head: str, named: list[EventMention], tables: FrameTables, *, loose: bool = False
) -> bool:
    """Whether a date's event head ("election", "vote") is of a type the sentence names.

    With ``loose``, a head of no known type ("killing", for "were killed on Wednesday")
    dates whatever event the sentence names.
    """
    kinds = {m.type for m in named}
    ambiguous = tables.ambiguous_events.get(head)
    known = tables.events.get(head)
    if known is None and ambiguous is None:
        return loose
    return known in kinds or (ambiguous is not None and bool(set(ambiguous) & kinds))


def _vote_of_body(
    mentions: Sequence[EventMention], body: str, sentence: int
) -> EventMention | None:
    """The vote of a body a sentence names: the last mentioned by then, else the next."""
    held = [m for m in mentions if m.body == body and m.earlier is None]
    before = [m for m in held if m.sentence <= sentence]
    if before:
        return before[-1]
    return held[0] if held else None


_SINCE_WORD: Final = frozenset({"since"})


def _named_since(tokens: Sequence[Token], mentions: Sequence[EventMention]) -> set[int]:
    """The starts of the mentions a "since" stands up to three words before."""
    if not mentions or not names_any(tokens, _SINCE_WORD):
        return set()  # most sentences
    at = {t.start: k for k, t in enumerate(tokens)}
    return {
        m.start
        for m in mentions
        if (k := at.get(m.start)) is not None
        and any(t.low == "since" for t in tokens[max(0, k - 3) : k])
    }


def _in_dateline(tokens: Sequence[Token], expr: TimeExpression) -> bool:
    """Whether a date is a wire story's dateline: "NIAMEY, Oct 10 (Reuters) - ...".

    The place, in capitals, and a comma open the sentence; a dash or a bracketed agency
    follows the date.

    Examples:
        >>> from reconcile.extract._dates import time_expressions_in
        >>> from reconcile.extract._text import tokenize
        >>> def dateline(text):
        ...     t = tokenize(text)
        ...     exprs, _ = time_expressions_in(text, t, dt.date(2023, 10, 10))
        ...     return _in_dateline(t, exprs[0])
        >>> dateline("NIAMEY, Oct 10 (Reuters) - Troops left on Tuesday.")
        True
        >>> dateline("NEW YORK, Oct. 10 - Troops left.")
        True
        >>> dateline("In Niger, Oct 10 was the day troops left.")
        False
        >>> dateline("New York, 25 February 2025 (dpa) - The council voted on Monday.")
        True
        >>> dateline("In Niger, Oct 10 (a Tuesday) troops left.")
        False
    """
    k = expr.first - 1
    if k < 1 or tokens[k].low != ",":
        return False
    place = tokens[:k]
    # "NIAMEY,", or a place's name in title case ("New York, 25 February 2025 (dpa) -")
    if (
        not place
        or len(place) > 4
        or not all(
            t.text.isupper() or (t.is_capitalized and t.low not in FUNCTION_WORDS) for t in place
        )
    ):
        return False
    return expr.last < len(tokens) and tokens[expr.last].text in ("-", "\u2013", "\u2014", "(")


def _names_a_deadline(tokens: Sequence[Token], expr: TimeExpression) -> bool:
    """Whether a date is a deadline's: "a deadline of December 31", "the Dec. 31 deadline".

    Examples:
        >>> from reconcile.extract._dates import time_expressions_in
        >>> from reconcile.extract._text import tokenize
        >>> def due(text):
        ...     t = tokenize(text)
        ...     (expr,), _ = time_expressions_in(text, t, dt.date(2023, 10, 10))
        ...     return _names_a_deadline(t, expr)
        >>> due("It gave a deadline of December 31."), due("It set a December 31 deadline.")
        (True, True)
        >>> due("It left on December 31."), due("They will not extend the deadline past May 1.")
        (False, True)
        >>> due("It will leave by the stipulated date of May 1."), due("On the date of May 1.")
        (True, False)
        >>> due("Troops have until December 31 to leave."), due("It lasted until December 31.")
        (True, False)
        >>> due("The council gave the mission until December 31 to leave.")
        True
    """
    before = tokens[expr.first - 2 : expr.first]
    after = tokens[expr.last] if expr.last < len(tokens) else None
    return (
        # "a deadline of December 31", "will not extend the deadline past December 31"
        (
            len(before) == 2
            and before[1].low in ("of", "past", "beyond")
            and before[0].low in _DEADLINE_NOUNS
        )
        # "by the stipulated date of Dec. 31", "the target date of May 1"
        or (
            expr.first >= 3
            and before[1].low == "of"
            and before[0].low == "date"
            and tokens[expr.first - 3].low in _DUE_DATES
        )
        # "the deadline for the departure of French troops remains January 31"
        or _deadline_is(tokens, expr.first)
        or (after is not None and after.low in _DEADLINE_NOUNS)
        # "US troops have until September 15 to leave": the time given to do it
        or (
            len(before) == 2
            and before[1].low == "until"
            # "gave the mission until December 31 to leave": past the one given the time
            and any(t.low in _GIVEN_TIME for t in tokens[max(0, expr.first - 5) : expr.first - 1])
            and after is not None
            and after.low == "to"
        )
    )


def _deadline_is(tokens: Sequence[Token], first: int) -> bool:
    """Whether a date at ``first`` is what the clause's deadline is, remains or is set for.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the deadline for the departure of the troops remains January 31")
        >>> _deadline_is(t, 9)
        True
        >>> _deadline_is(tokenize("the deadline passed, and on January 31 they left"), 6)
        False
    """
    k = first - 1
    if k >= 1 and tokens[k].low in ("for", "on", "at") and tokens[k - 1].low == "set":
        k -= 2  # "with the final departure set for January 31"
    elif k >= 0 and tokens[k].low in _BEING_DUE:
        k -= 1
    else:
        return False
    for j in range(k, max(-1, k - _DEADLINE_REACH), -1):
        if tokens[j].low in _DEADLINE_NOUNS or tokens[j].low == "departure":
            return True
        if tokens[j].low in (",", ";", ":", "and", "but"):
            return False
    return False


#: Verbs that say what a deadline is: "the deadline remains January 31".
_BEING_DUE: Final = frozenset(words("is was remains remained stays stayed falls fell"))
#: How far before its verb a deadline's noun may stand: "the deadline for the final
#: departure of the French troops remains".
_DEADLINE_REACH: Final = 10
#: Words that make a "date of" a day something is due by: "the stipulated date of".
_DUE_DATES: Final = frozenset(words("stipulated agreed target set scheduled planned fixed"))
#: Nouns whose date is the day something is due by.
_DEADLINE_NOUNS: Final = frozenset(words("deadline deadlines"))
#: Verbs of having time to do something: "have until September 15 to leave".
_GIVEN_TIME: Final = frozenset(words("have has had given gave giving"))


def _recalling(
    sentences: Sequence[tuple[int, int, Sequence[Token]]], tables: FrameTables
) -> set[int]:
    """The sentences that open by pointing back at the time told before: "At that time"."""
    out = set()
    # a sentence opens with a phrase only if it opens with the phrase's first word
    firsts = {phrase[0] if phrase else None for phrase in tables.back_references}
    for index, (_, _, tokens) in enumerate(sentences):
        if tokens and tokens[0].low not in firsts and None not in firsts:
            continue  # most sentences: one look-up
        opening = tuple(t.low for t in tokens[:4])
        if any(opening[: len(phrase)] == phrase for phrase in tables.back_references):
            out.add(index)
    return out


#: Hedges between "of whom" and its figure: "of whom about 1,000".
_PART_HEDGES: Final = HEDGES_ABOUT_WORDS | frozenset(words("some nearly almost over"))


def _of_whom(tokens: Sequence[Token], first: int) -> bool:
    """Whether a figure follows ", of whom" or ", of which": a part of the group before.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _of_whom(tokenize("4,000 were hurt, of whom about 1,000 died"), 7)
        True
        >>> _of_whom(tokenize("4,000 were hurt and 1,000 died"), 5)
        False
    """
    k = first - 1
    while k >= 0 and tokens[k].low in _PART_HEDGES:
        k -= 1
    return (
        k >= 2
        and tokens[k].low in ("whom", "which")
        and tokens[k - 1].low == "of"
        and tokens[k - 2].low == ","
    )


def _paragraph_follows(
    text: str, sentences: Sequence[tuple[int, int, object]], dated: set[int]
) -> dict[int, int]:
    """Each undated sentence's predecessor in its paragraph (no line break between).

    A sentence that gives a date of its own sets its own story time: it follows none.
    """
    return {
        index: index - 1
        for index in range(1, len(sentences))
        if index not in dated and "\n" not in text[sentences[index - 1][1] : sentences[index][0]]
    }


def _sentence_event(
    here: list[EventMention], lead: EventMention, attribute: str, at: int
) -> EventMention:
    """The event a figure of a sentence is about.

    The nearest event the sentence names that can have such a figure (a vote has
    tallies, no dead: "adopted a resolution condemning the attack, which killed 21"
    gives the 21 to the attack). Of the lead's type and day, that is the lead event; of
    its type on another day ("the June 9 march"), another event. A sentence that names
    no such event speaks of the lead event.
    """
    accepts = frame_tables().event_accepts
    # "turnout was 59.8%, down from 67.3% at the last election": the event named as the
    # one before holds only what follows it, the figure ahead of it is the news's
    fitting = [
        m
        for m in here
        if attribute in accepts.get(m.type, (attribute,)) and not (m.before_this and at < m.start)
    ]
    if not fitting:
        return lead
    nearest = min(fitting, key=lambda m: (abs(m.start - at), m.start))
    if (
        nearest.type != lead.type
        or nearest.earlier is not None
        or nearest.before_this
        or nearest.body != lead.body
        or (nearest.name is not None and nearest.name != lead.name)
    ):
        # another type, an earlier event ("the last election"), another body's vote, or
        # a storm of its own name ("since Hurricane Orla, which killed 1,500")
        return nearest
    if nearest.day is not None and lead.day is not None and abs((nearest.day - lead.day).days) > 1:
        return nearest
    if (
        nearest.period is not None
        and lead.day is not None
        and not _within(lead.day, nearest.period)
    ):
        return nearest  # "in October, a draft failed": not the November vote
    return lead


def _events_having(
    mentions: Sequence[EventMention], kind: str
) -> list[tuple[int, int, EventMention]]:
    """The events of an article whose type counts ``kind`` as its own figure, in order.

    A protest's people attend it (``event_predicates``), a commemoration lists what it
    accepts (``event_accepts``). Read once per kind and article, each claim then finds
    its nearest by a binary search (:func:`_nearest_event`).
    """
    tables = frame_tables()
    return sorted(
        (m.sentence, m.start, m)
        for m in mentions
        if tables.event_predicates.get(m.type) == kind
        or kind in tables.event_accepts.get(m.type, ())
    )


def _nearest_event(
    ordered: Sequence[tuple[int, int, EventMention]], sentence: int
) -> EventMention | None:
    """The event of ``ordered`` nearest ``sentence``.

    At a tie the earlier sentence's, and of a sentence its first mention.

    Examples:
        >>> a, b, c = (EventMention("protest", "rally", i, 10 * i) for i in (1, 3, 3))
        >>> _nearest_event([(1, 10, a), (3, 30, b), (3, 31, c)], 2) is a
        True
        >>> _nearest_event([(1, 10, a), (3, 30, b), (3, 31, c)], 4) is b
        True
    """
    if not ordered:
        return None
    after = bisect.bisect_left(ordered, sentence, key=lambda item: item[0])
    candidates = []
    if after < len(ordered):
        candidates.append(ordered[after])  # the first at or after the sentence
    if after > 0:
        before = ordered[after - 1][0]
        first_of = bisect.bisect_left(ordered, before, key=lambda item: item[0])
        candidates.append(ordered[first_of])  # the first of the nearest sentence before
    best = min(candidates, key=lambda item: (abs(item[0] - sentence), item[0] > sentence, item[1]))
    return best[2]


def _within(day: dt.date, period: tuple[dt.date, dt.date]) -> bool:
    slack = dt.timedelta(days=1)
    return period[0] - slack <= day <= period[1] + slack


#: Attributes of a figure that is no count of anyone, whatever its subject.
_NOT_HEADCOUNTS: Final = frozenset({"rank", "ratio"})


def _headlines_truecased(
    sentences: list[tuple[int, int, list[Token]]], common: frozenset[str]
) -> list[tuple[int, int, list[Token]]]:
    """The article's sentences, its title-case headlines in the case it writes words.

    "Labour Wins 411 Seats": "wins" and "seats" are written in lower case elsewhere in
    the article and never capitalized inside a sentence, so they are read as words, not
    as a name "Labour Wins"; "Labour", capitalized inside the article's sentences, stays.
    """
    titled = [is_title_case(tokens) for _, _, tokens in sentences]
    if not any(titled):
        return sentences  # most articles: no headline in title case
    capitalized = {
        t.low
        for (_, _, tokens), title in zip(sentences, titled, strict=True)
        if not title
        for t in tokens[1:]
        if t.is_capitalized
    }
    # only the words the rules read as words (verbs, heads, event words), so that a
    # place's words ("Two Hurt In Lake City", in an article that also says "the city")
    # stay a name
    tables = frame_tables()
    words_here = {
        w
        for w in common - capitalized
        if w in tables.predicates
        or w in tables.count_verbs
        or w in tables.held_counts
        or w in HEADS
    }
    # "Sheinbaum Achieves More Than 35 Million Votes": a verb of winning is a word in a
    # headline even where the article writes it nowhere else
    words_here |= {
        t.low
        for (_, _, tokens), title in zip(sentences, titled, strict=True)
        if title
        for t in tokens
        if t.low in WINNING_VERBS and t.low not in capitalized
    }
    return [
        (s, e, truecased(tokens, words_here) if title else tokens)
        for (s, e, tokens), title in zip(sentences, titled, strict=True)
    ]


#: Attributes of a count that no predicate named.
_BARE_COUNTS: Final = frozenset({"count", "total"})


#: First words of a figure's words as written that place or source it, saying nothing of
#: what it counts: "700,000 in Paris", "30,000 according to police".
_NO_PREDICATE_OPENERS: Final = frozenset(words("in at across throughout according"))


def _only_places_or_sources(written: str) -> bool:
    """Whether a predicate as written ("in Paris", ``in_paris``) only places or sources.

    Examples:
        >>> _only_places_or_sources("according to police"), _only_places_or_sources("in_paris")
        (True, True)
        >>> _only_places_or_sources("were_safe")
        False
    """
    return written.replace("_", " ").split(" ", 1)[0] in _NO_PREDICATE_OPENERS


def _people_of_event(claim: Claim, mention: EventMention) -> Claim:
    """A count of people, in the words its event gives it.

    "Residents" or "persons" are the event's people; a count of people at an event whose
    type says what its people do ("2 million marched", "police counted 338,000" at a
    protest) counts that, whatever verb the sentence used.
    """
    if claim.attribute in _NOT_HEADCOUNTS:
        return claim  # "the second-largest march": a rank, not the march's people
    tables = frame_tables()
    subject = claim.subject
    if subject.casefold() in tables.generic_people:
        subject = "people"
    attribute = claim.attribute
    default = tables.event_predicates.get(mention.type)
    head = subject.casefold().split()[-1]
    is_people = (
        subject == "people"
        or head == mention.trigger
        or head in tables.event_people.get(mention.type, frozenset())
    )
    if is_people and subject != "people" and head in tables.event_people.get(mention.type, ()):
        subject = "people"  # the marchers of a march are its people
    if head in tables.predicate_people.get(attribute, ()) and subject.casefold() == head:
        subject = "people"  # "pulled 130 survivors from the water": 130 people rescued
    if head in tables.occupant_people and subject.casefold() == head and attribute in CASUALTY:
        subject = "people"  # "the blast killed 41 miners": the mine's toll, its people's
    bare = claim.subject.casefold()
    said = tables.copula_counts.get(bare) if " " not in bare else None
    if (
        said is not None
        and attribute in _BARE_COUNTS
        and said in tables.event_accepts.get(mention.type, (said,))
    ):
        # "identified 85 of the 95 known victims", "Of the 45 victims, 30 ...": a bare count
        # of a noun that says what its people are counts that
        attribute = said
        subject = "people" if said in CASUALTY else subject
    if default is not None and is_people and attribute not in tables.predicates.values():
        attribute, subject = default, "people"
    elif (
        default is not None
        and claim.subject == WRITTEN_SUBJECT
        and _only_places_or_sources(attribute)
    ):
        # "245,000 in Marseille according to the unions", "(30,000 according to police)"
        # at a march: its words only place or source the count, which is of the people
        # the event's type counts
        attribute, subject = default, "people"
    if (
        attribute == "count"
        and HEADS.get(head, head) in CAPTIVE_HEADS
        and "released" in tables.event_accepts.get(mention.type, ())
    ):
        # "13 Israeli hostages and 39 Palestinian prisoners" told of a release: the
        # captives counted are those it freed
        attribute = "released"
    if (subject, attribute) == (claim.subject, claim.attribute):
        return claim
    return attrs.evolve(claim, subject=subject, attribute=attribute)


def _beside_the_speaker(
    places: list[str],
    text: str,
    attribution: str | None,
    mentions: Sequence[QuantityMention],
    end: int,
) -> list[str]:
    """The sentence's places but those of a speaker cited after its first figure.

    "Deaths rose to 3,003, Myanmar's embassy in Japan said": the sentence's event is
    not in Japan (:func:`_not_the_speakers`, for its figures).
    """
    if not places or attribution is None or not mentions:
        return places
    return [p for p in places if _not_the_speakers(p, text, attribution, mentions[0].end, end)]


def _not_the_speakers(
    place: str | None, text: str, attribution: str | None, after: int, end: int
) -> str | None:
    """``place``, unless it is where the speaker cited after the figure is.

    "Deaths rose to 3,003, with 351 missing, Myanmar's embassy in Japan said": Japan is
    the embassy's place, not where the dead and missing are.

    Examples:
        >>> text = "351 missing, the embassy in Japan said."
        >>> _not_the_speakers("Japan", text, "the embassy in Japan", 3, len(text)) is None
        True
        >>> _not_the_speakers("Japan", text, None, 3, len(text))
        'Japan'
    """
    if place is None or attribution is None or place.startswith("@"):
        return place
    if text.find(attribution, after, end) < 0:
        return place  # "Officials in Gaza said 30 died": the speaker before the figure
    spoken = f" {attribution.casefold()} "
    return None if f" {place.casefold()} " in spoken else place


def _open_place(text: str, tokens: list[Token], figure: Figure) -> str | None:
    """Where an open figure holds: "in/at X" right after it, within its clause.

    "3,688 in Syria"; a place further on belongs to another phrase of the clause.
    """
    lo, hi = clause_bounds(tokens, figure.first)  # read once for every test below
    place = place_in(text, tokens, figure.last, min(hi, figure.last + 4))
    if place is None and figure.first > 0 and tokens[figure.first - 1].low in NUMBERING_WORDS:
        # "French personnel in Niger number about 1,500": the place before the verb
        place = place_in(text, tokens, max(0, figure.first - 6), figure.first)
    if place is None and tokens and tokens[0].low in ("in", "across") and figure.first > 2:
        # "In Scotland, Labour won 37 seats, while the SNP won nine": a place that
        # opens the sentence holds for all of it
        comma = next((k for k in range(1, min(len(tokens), 6)) if tokens[k].low == ","), 0)
        if comma and comma < figure.first:
            place = place_in(text, tokens, 0, comma)
    if place is None and figure.subject in _MEASURE_SUBJECTS:
        # "Turnout in Gauteng was 55%": the place the measure's noun is named with
        place = place_in(text, tokens, lo, figure.first)
    if place is None and figure.attribute == "population":
        # "Derna, home to 89,000 residents": the place the figure stands in apposition to
        comma = next((k for k in range(figure.first - 1, 0, -1) if tokens[k].low == ","), 0)
        name = proper_name(text, tokens, 0, comma) if comma else None
        if name is not None and is_place(name):
            place = name
    if place is None:
        # "another disaster in Kazakhstan, where a flight burst into flames, claiming 38
        # lives": the place the clause's "where" stands for, as the count rules read it
        place = where_before(text, tokens, lo, figure.first)
    return None if place is None or place.startswith("@") else _canonical_place(place)


#: Subjects that are an event's own measure, placed where their noun is ("turnout").
_MEASURE_SUBJECTS: Final = frozenset(frame_tables().share_names.values())
_DIGIT: Final = re.compile(r"\d")
#: Words that hedge a clock time ("at around 15:00"), and the hours they allow.
_ABOUT_WORDS: Final = frozenset(words("about around approximately roughly circa nearly"))
_CLOCK_SLACK: Final = 0.25


def _passed_key(p: PassedOver) -> tuple[int, int, str]:
    return (p.start, p.end, p.reason)


_REPORT_CLOCK_REASON: Final = "a clock time of a report ('in a 9 p.m. update')"
_LINK_REASON: Final = "a page's link to another story ('READ MORE: ...')"


def _of_a_report(tokens: list[Token], first: int, last: int, tables: FrameTables) -> bool:
    """Whether a clock time is a report's: a report noun or a verb of saying beside it."""
    after = tokens[last : last + 4]
    before = tokens[max(0, first - 4) : first]
    return any(t.low in tables.report_nouns for t in (*after, *before)) or any(
        t.low in SAY_VERBS for t in before
    )


_ENTRY_STAMP_REASON: Final = "when a live page posted the entry, no time of what it tells"
_PAGE_STAMP_REASON: Final = "when the page was published or updated"
#: Words of a page's own furniture that a clock time after them stamps.
_PAGE_STAMPS: Final = frozenset(words("updated published posted modified"))


def _heads_an_entry(tokens: list[Token], last: int) -> bool:
    """Whether a clock time that opens a sentence heads a live page's entry.

    A mark, a colon or a capitalized heading follows it ("10:48 PM - Toll climbs",
    "5:20 p.m. ET Evacuation continues"), not the rest of a sentence ("9 p.m. was the
    deadline").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> [_heads_an_entry(tokenize(t), 2) for t in ("10:48 PM - Toll climbs",
        ...     "9 p.m. Polls close", "9 p.m. was the deadline")]
        [True, True, False]
    """
    if last >= len(tokens):
        return True
    after = tokens[last]
    return after.text in (*STAMP_MARKS, ":") or (
        after.is_capitalized and after.low not in FUNCTION_WORDS
    )


#: Figures beside a list's items, not items of it: a whole, a change in brackets.
_ASIDE_FIGURES: Final = frozenset(words("total seats_gained seats_lost"))
#: Attributes no later "the number" refers back to: a whole, an age, a rank.
_NOT_REFERRED: Final = frozenset(words("total age rank"))


#: The modalities of a figure put as future or possible ("Labour will win 410").
_UNREALIZED: Final = frozenset({Modality.PLANNED, Modality.POSSIBLE})


def _reframed(
    claims: dict[str, Claim],
    added_from: int,
    tokens: list[Token],
    tables: FrameTables,
    *,
    earlier: DateSpan | None = None,
    motion_before: str | None = None,
) -> dict[str, Claim]:
    """The claims, this sentence's lines to reach, forecasts and past results read as such.

    The claims from index ``added_from`` on are this sentence's; they are replaced in
    ``claims`` itself, in their order, and ``claims`` is returned.

    Whichever reader found them: "the halfway mark of 326 seats" and "326 seats needed
    for a majority" are the ``threshold`` of ``seats``, not seats anyone won
    (:func:`reconcile.extract._frames.threshold_of`); "an exit poll gives Labour 410
    seats" forecasts the seats Labour wins: ``seats_won`` put as possible, so the count
    declared later answers the same question and updates or contradicts it
    (:func:`reconcile.extract._frames.is_forecast`). "The Unionists had won 310 seats
    at the last election" held then: it takes the time scope ``earlier``, so the result
    the story reports updates it (:func:`reconcile.extract._scope.at_an_earlier_event`).
    """
    # only this sentence's claims are read and put back, in their order: an article's
    # sentences cost no more each than the claims they make
    items = [claims.popitem() for _ in range(len(claims) - added_from)][::-1]
    starts = [t.start for t in tokens]
    renamed: list[tuple[str, Claim]] = []
    for claim_id, claim in items:
        span = figure_span(claim)
        if span is None:
            renamed.append((claim_id, claim))
            continue
        first = bisect.bisect_left(starts, span[0])
        last = bisect.bisect_left(starts, span[1])
        subject, attribute = claim.subject, claim.attribute
        modality = claim.modality
        line = threshold_of(tokens, first, last, tables) if attribute != "threshold" else None
        sub_vote = (
            _sub_vote_before(tokens, first, tables, motion_before)
            if attribute in TALLY_SIDES and subject == "members"
            else None
        )
        value = claim.value
        if line is not None:
            subject, attribute = line, "threshold"
            if isinstance(value, Quantity) and value.hedge is Hedge.AT_LEAST:
                # "at least 288 votes were required": "at least" is the rule's, not a
                # doubt about the line; the line is 288
                value = Quantity.exact(value.low, text=value.text, unit=value.unit)
        elif sub_vote is not None:
            # "The vote on the Canadian amendment was 88-55": the amendment's voters
            subject = f"members ({sub_vote})"
        elif attribute in tables.forecast_attributes and is_forecast(
            tokens, first, tables, future=claim.modality in _UNREALIZED
        ):
            # a forecast asks the question the count answers: put as possible, it meets
            # the declared figure, which updates or contradicts it
            modality = Modality.POSSIBLE
        as_of = claim.as_of
        if (
            as_of is None
            and earlier is not None
            and isinstance(claim.value, Quantity)
            and at_an_earlier_event(tokens, first, last)
        ):
            as_of = earlier
        if as_of is None and earlier is not None and earlier.end is not None:
            told_in = (earlier.end + dt.timedelta(days=1)).year
            then = earlier_year_of(tokens, first, last, told_in)
            if then is not None and isinstance(claim.value, Quantity):
                # "In 2019, turnout was 75.6%": the value of that year
                as_of = DateSpan.year(then, text=str(then))
        if (subject, attribute, as_of, modality, value) == (
            claim.subject,
            claim.attribute,
            claim.as_of,
            claim.modality,
            claim.value,
        ):
            renamed.append((claim_id, claim))
            continue
        new_id = f"{claim_id.rpartition(':')[0]}:{attribute}"
        renamed.append(
            (
                new_id,
                attrs.evolve(
                    claim,
                    id=new_id,
                    subject=subject,
                    attribute=attribute,
                    as_of=as_of,
                    modality=modality,
                    value=value,
                ),
            )
        )
    claims.update(renamed)
    return claims


def _sub_vote_before(
    tokens: list[Token], first: int, tables: FrameTables, motion_before: str | None = None
) -> str | None:
    """The side motion a tally at ``first`` is of, when the motion nearest before it is one.

    "The resolution passed 120-14; the vote on the Canadian amendment was 88-55": the
    88 is the amendment's; "the amendment failed, and the resolution passed 120-14" is
    the resolution's. A sentence that names no motion before its tally ("The vote saw
    88 members in favour") counts the votes on ``motion_before``, the last motion an
    earlier sentence named.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The vote on the amended U.S. resolution was 93-8.")
        >>> _sub_vote_before(t, 8, frame_tables())
        'amended resolution'
        >>> _sub_vote_before(tokenize("The resolution passed 93-8."), 3, frame_tables()) is None
        True
    """
    for k in range(first - 1, max(-1, first - _MOTION_REACH), -1):
        low = tokens[k].low
        if low in tables.sub_votes:
            return low.removesuffix("s")  # "amendments": each is the amendment's voters
        if low in tables.vote_objects:
            # "the vote on the amended U.S. resolution was 93-8": the text as amended,
            # another motion than the one voted on first
            amended = any(t.low == "amended" for t in tokens[max(0, k - 3) : k])
            return f"amended {low}" if amended else None
    if motion_before is not None and motion_before in tables.sub_votes:
        return motion_before.removesuffix("s")
    return None


def _last_motion(tokens: list[Token], tables: FrameTables) -> str | None:
    """The last motion a sentence names ("resolution", "amendment"), else ``None``.

    A motion after "to" or "of" is another's complement, not one voted on: "an
    amendment to the text" names the amendment.
    """
    for k in range(len(tokens) - 1, -1, -1):
        low = tokens[k].low
        if low not in tables.vote_objects and low not in tables.sub_votes:
            continue
        j = k - 1
        if j >= 0 and tokens[j].low in ("the", "a", "an", "this", "that"):
            j -= 1
        if j >= 0 and tokens[j].low in ("to", "of"):
            continue
        return low
    return None


#: How far before a tally the motion it is of may be named.
_MOTION_REACH: Final = 12


def _last_claim(
    claims: dict[str, Claim], added: int, wanted: Callable[[Claim], bool]
) -> Claim | None:
    """The last claim by figure position among the ``added`` made last that is ``wanted``.

    Only the new claims are read (a dict keeps their order), so an article's sentences
    cost no more each than the claims they make.
    """
    if added <= 0:
        return None  # most sentences make no claim
    found = [c for c in itertools.islice(reversed(claims.values()), added) if wanted(c)]
    return max(found, key=_figure_start, default=None)


@attrs.frozen
class _Referent:
    """What a bare "the number" or "an earlier count" of a later sentence stands for."""

    subject: str
    attribute: str
    place: str | None = None


def _measure_named(
    tokens: Sequence[Token], tables: FrameTables, words: AbstractSet[str] | None = None
) -> _Referent | None:
    """The last measure a sentence names without a figure: "Estimates of the toll varied".

    A later sentence's "an earlier count of 65" counts it, as "the number" counts the
    last figure an earlier sentence gave.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _measure_named(tokenize("Estimates of the death toll varied."), frame_tables())
        _Referent(subject='people', attribute='killed', place=None)
        >>> _measure_named(tokenize("The dead were buried on Monday."), frame_tables())
        _Referent(subject='people', attribute='killed', place=None)
        >>> _measure_named(tokenize("Dead fish lined the shore."), frame_tables()) is None
        True
    """
    if not names_any(tokens, tables.counting_nouns.keys(), words):
        return None  # most sentences name no measure: one test for the whole sentence
    for k in range(len(tokens) - 1, -1, -1):
        low = tokens[k].low
        attribute = tables.counting_nouns.get(low)
        if attribute is None or attribute not in CASUALTY:
            continue
        if low in tables.nominal_adjectives and not (k > 0 and tokens[k - 1].low in ("the", "of")):
            continue  # "dead" names the people only after "the": "the number of the dead"
        return _Referent("people", attribute)
    return None


def _is_referred(claim: Claim) -> bool:
    """Whether "the number" may stand for a claim: a count, not "1,000 km".

    Nor an increment ("another 9,000 expected"): "the number" is a level.
    """
    return (
        isinstance(claim.value, Quantity)
        and not claim.value.unit
        and claim.attribute not in _NOT_REFERRED
        and not claim.attribute.startswith("more_")
    )


#: Counts each contender holds, that a bare figure of another contender repeats.
_CONTENDER_COUNTS: Final = frozenset(words("seats_won votes_won"))
#: What a bare figure on a results line counts, by its frame's subject: the label's.
_HELD_ON_A_LINE: Final = {
    **dict.fromkeys(words("votes vote"), "votes_won"),
    **dict.fromkeys(words("seats seat"), "seats_won"),
    "share": "share",
}


def _held_on_a_line(frame: Figure, tokens: Sequence[Token], mention: QuantityMention) -> str | None:
    """What a results line's figure is of its label, else ``None`` (not a bare result).

    "1,968,716 votes" is votes won, "(17.66%)" a share, "total 40 seats" and "5 national
    list seats" seats won; "35 parliamentary seats" beside its line's total is neither
    (a part the words do not name).
    """
    if frame.attribute not in ("count", "share"):
        return None
    held = _HELD_ON_A_LINE.get(frame.subject)
    if held is None and frame.subject.endswith(" seats") and seat_kind(tokens, mention):
        held = "seats_won"  # "5 national list seats": the kind is read after
    return held


#: Attributes of a count of seats, which a kind of seat qualifies.
_SEAT_COUNTS: Final = frozenset(words("seats_won seats_gained seats_lost"))


def _is_contender_count(claim: Claim) -> bool:
    return claim.attribute in _CONTENDER_COUNTS


def _listed_part(tokens: Sequence[Token], first: int) -> bool:
    """Whether the figure at ``first`` is a part listed after another figure.

    "two survivors, one passenger and one crew member": the passenger is one of them.
    """
    return (
        first >= 1
        and tokens[first - 1].low in (",", "and")
        and any(is_figure(t) for t in tokens[max(0, first - 4) : first - 1])
    )


#: Words of a veto: an article that names one tells of a blocked draft.
_VETO_WORDS: Final = frozenset(words("veto vetoed vetoes vetoing"))
#: Verbs by which a contender gets a count of votes or seats: "Kamali got 10.4 million".
_GETTING_VERBS: Final = _WIN_VERBS | frozenset(
    words("got gets received receives garnered garners obtained obtains polled polls")
)
#: Counted nouns whose count a contender wins, and what the winner's count is.
_WON_OF_NOUN: Final = {
    **dict.fromkeys(words("votes ballots"), "votes_won"),
    **dict.fromkeys(words("seats"), "seats_won"),
}


def _bare_won_of_named(
    tokens: Sequence[Token], mention: QuantityMention, frame: Figure | PassedOver
) -> tuple[str, str] | None:
    """(holder, what it won) of a bare figure a verb of getting has, in a sentence of votes.

    The figure counts nothing of its own ("got 10.4 million while ..."); the sentence
    counted votes or seats before it, and the clause's subject got the figure of them.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> t = tokenize("Of 24.5 million votes cast, Darius Kamali got 10.4 million.")
        >>> m = scan_numbers("Of 24.5 million votes cast, Darius Kamali got 10.4 million.", t)[1]
        >>> _bare_won_of_named(t, m, PassedOver(m.start, m.end, m.text, "nothing"))
        ('Darius Kamali', 'votes_won')
        >>> text = "The Unity Party won 239 and was leading in two seats."
        >>> t = tokenize(text)
        >>> m = scan_numbers(text, t)[0]
        >>> _bare_won_of_named(t, m, PassedOver(m.start, m.end, m.text, "nothing"))
        ('Unity Party', 'seats_won')
    """
    if isinstance(frame, Figure) and not (
        frame.subject == WRITTEN_SUBJECT
        or (frame.subject == "people" and frame.attribute in _GETTING_VERBS)
    ):
        return None
    verb = mention.first - 1
    while verb >= 0 and tokens[verb].low in HEDGES_ABOUT_WORDS:
        verb -= 1
    if verb < 1 or tokens[verb].low not in _GETTING_VERBS:
        return None
    after = tokens[mention.last] if mention.last < len(tokens) else None
    if after is not None and after.low in _WON_OF_NOUN:
        return None  # "got 10.4 million votes": its own noun reads it
    before = next(
        (k for k in range(mention.first - 1, -1, -1) if tokens[k].low in _WON_OF_NOUN), None
    )
    # "151 and 85 seats respectively": a list of figures, each its own name's
    listed = (
        mention.last + 1 < len(tokens)
        and tokens[mention.last].low in ("and", ",", "or")
        and tokens[mention.last + 1].is_number
    )
    after_at = (
        None
        if listed
        else next(
            (
                k
                for k in range(mention.last, min(len(tokens), mention.last + _WON_NOUN_AFTER))
                if tokens[k].low in _WON_OF_NOUN
            ),
            None,
        )
    )
    # the noun the sentence counts nearest the figure, before it on a tie: "Of 24.5
    # million votes cast, Kamali got 10.4 million"; "With most votes counted, the party
    # won 239 and was leading in two seats"
    nearest = min(
        (k for k in (before, after_at) if k is not None),
        key=lambda k: (mention.first - k if k < mention.first else k - mention.last + 1, k),
        default=None,
    )
    if nearest is None:
        return None
    won = _WON_OF_NOUN[tokens[nearest].low]
    lo = clause_bounds(tokens, verb)[0]
    # "... while former chief negotiator Omid Rostami received 9.4 million": the
    # subject of the clause the verb stands in
    lo = next((k + 1 for k in range(verb - 1, lo - 1, -1) if tokens[k].low in _CONTRAST_JOINS), lo)
    holder = clause_subject(tokens, lo, verb)
    return (holder, won) if holder is not None else None


#: How far after a bare figure won the noun it counts may stand: "won 239 and was
#: leading in two seats".
_WON_NOUN_AFTER: Final = 8

#: Words that join a contrasting clause to a sentence: its subject follows them.
_CONTRAST_JOINS: Final = frozenset(words("while whereas but"))


#: Labels of a results box's line that give its heading's whole count: "- Total: 156".
_TOTAL_LABELS: Final = frozenset(words("total"))
#: Words of a results box's title, and what its lines count: "Current seat count".
_BOX_TITLES: Final = {"seat": "seats_won", "seats": "seats_won"}
#: How many lines back a results box's heading and its title may stand.
_BOX_REACH: Final = 40
#: How many words a results box's title may run to.
_BOX_TITLE_WORDS: Final = 6


def _box_label(tokens: Sequence[Token], mention: QuantityMention) -> str | None:
    """The one-word label of a results line, the figure alone after it: "- Total: 156"."""
    start = 1 if tokens and tokens[0].low in LINE_BULLETS else 0
    if (
        mention.first == start + 2
        and mention.last == len(tokens)
        and tokens[start].text.isalpha()
        and tokens[start + 1].low == ":"
    ):
        return tokens[start].low
    return None


def _results_box(
    sentences: Sequence[tuple[int, int, list[Token]]], index: int
) -> tuple[str, str] | None:
    """(holder, attribute) of the results box the line at ``index`` stands in, if any.

    A box is a title line that names what it counts ("Current seat count"), then for each
    contender a heading line of its name and a colon ("Liberals:") over lines of labelled
    figures ("- Elected: 142", "- Total: 156"). Read back from the line: past the
    labelled lines to the heading, then past headings and labelled lines to the title.
    """
    k = index - 1
    while k >= 0 and index - k <= _BOX_REACH and _labelled_line(sentences[k][2]):
        k -= 1
    if k < 0 or not _heading_line(sentences[k][2]):
        return None
    heading = sentences[k][2]
    holder = " ".join(t.text for t in heading[:-1])
    k -= 1
    while k >= 0 and index - k <= _BOX_REACH:
        line = sentences[k][2]
        if _labelled_line(line) or _heading_line(line):
            k -= 1
            continue
        if len(line) <= _BOX_TITLE_WORDS and not any(t.is_number for t in line):
            attribute = next((_BOX_TITLES[t.low] for t in line if t.low in _BOX_TITLES), None)
            return None if attribute is None else (holder, attribute)
        return None
    return None


def _labelled_line(tokens: Sequence[Token]) -> bool:
    """Whether a line is a label, a colon and a figure: "- Leading: 14"."""
    return len(tokens) >= 3 and tokens[-1].is_number and tokens[-2].low == ":"


def _heading_line(tokens: Sequence[Token]) -> bool:
    """Whether a line is a capitalized name and a colon alone: "Bloc Québécois:"."""
    return (
        2 <= len(tokens) <= _BOX_TITLE_WORDS
        and tokens[-1].low == ":"
        and all(t.text[:1].isupper() for t in tokens[:-1])
    )


def _figure_at(subject: str, attribute: str, mention: QuantityMention) -> Figure:
    """The figure of ``mention`` as ``subject`` and ``attribute``, read by a later rule."""
    return Figure(
        subject, attribute, mention.value, mention.start, mention.end, mention.first, mention.last
    )


#: Predicates as written that only report a figure: a verb of saying, in any form.
_REPORTING_WORDS: Final = SAY_VERBS | SAYING_FORMS


def _level_before(before: list[tuple[str, str]]) -> tuple[str, str]:
    """The (subject, attribute) a prior value is an earlier reading of: the last level.

    "The toll rose to 10 after two more patients died, up from eight": the toll was
    eight; an increment ("two more") is a change, never what "up from" compares.

    Examples:
        >>> _level_before([("SNP", "seats_lost")]), _level_before([("toll", "killed")])
        (('SNP', 'seats_won'), ('toll', 'killed'))
    """
    subject, attribute = next(
        (b for b in reversed(before) if not b[1].startswith("more_")), before[-1]
    )
    # "the SNP lost 39 of its 48 seats": what a change was of is the level it changed
    return subject, _LEVEL_OF_CHANGE.get(attribute, attribute)


#: The level a change of it was of: seats lost were of the seats won before.
_LEVEL_OF_CHANGE: Final = {
    "seats_lost": "seats_won",
    "seats_gained": "seats_won",
    "vote_share_lost": "vote_share",
    "vote_share_gained": "vote_share",
}


#: How far back from a prior value the noun that counts may stand.
_COUNTED_REACH: Final = 40


def _counted_before(tokens: list[Token], first: int, tables: FrameTables) -> tuple[str, str] | None:
    """The (subject, attribute) a counting noun before a figure names: "the death toll"."""
    # (a bound, so that a long sentence of many figures is read in linear time)
    for k in range(first - 1, max(-1, first - 1 - _COUNTED_REACH), -1):
        attribute = tables.counting_nouns.get(tokens[k].low)
        if attribute is not None:
            # "the support of 12 members, up from nine": those who voted, as tallies say
            return ("members" if attribute.startswith("voted") else "people"), attribute
    return None


def _prior_scope(tokens: list[Token], prior_times: list[TimeExpression]) -> DateSpan | None:
    """The time scope a sentence gives its prior value: "up from 29% five years ago"."""
    return next((t.span for t in prior_times if t.span is not None), None)


def _told_respectively(
    tokens: Sequence[Token], first: int, previous: Sequence[Token]
) -> str | None:
    """The name the sentence before lists in the place of a figure "respectively" closes.

    Only when the sentence opens on a pronoun for those names ("They", "The two").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> before = tokenize("The Greens and the Left Party are on the brink.")
        >>> t = tokenize("They received 4.7% and 4.9% of the votes, respectively.")
        >>> _told_respectively(t, 2, before), _told_respectively(t, 5, before)
        ('Greens', 'Left Party')
        >>> _told_respectively(tokenize("Labour got 4.7% and 4.9%, respectively."), 2, before)
    """
    if not tokens or tokens[0].low not in _LIST_PRONOUNS:
        return None
    place = respective_place(tokens, first)
    if place is None:
        return None
    _, index, count = place
    names = listed_names(previous, len(previous), count)
    return names[index] if names is not None else None


#: Words that open a sentence on the names the sentence before listed: "They won ...".
_LIST_PRONOUNS: Final = frozenset(words("they these both"))


def _open_figures(
    text: str,
    tokens: list[Token],
    mentions: list[QuantityMention],
    claimed: set[tuple[int, int]],
    *,
    quote: Evidence,
    doc_id: str,
    as_of: DateSpan | None,
    attribution: str | None,
    earlier: Sequence[tuple[int, str, str]],
    prior_as_of: DateSpan | None = None,
    referred: _Referent | None = None,
    held: Claim | None = None,
    words: AbstractSet[str] | None = None,
    previous_tokens: Sequence[Token] = (),
    box: tuple[str, str] | None = None,
) -> list[Claim | PassedOver]:
    """Claims for the figures no closed rule read, or the reason each is passed over.

    Every number mention of the sentence that no count or seat claim took gets a frame
    (:func:`reconcile.extract._frames.read_frame`); clock times and number words ("twin
    blasts") are read here too, since the number scanner leaves them. A prior value
    ("36%, up from 29%") is the figure before it as it stood earlier: it takes that
    figure's subject and attribute, and ``prior_as_of`` as its time scope. A figure
    named only as "the number" ("the army put the number at 300") is another source's
    reading of ``referred``, the last figure an earlier sentence gave. A bare result
    after a count of seats or votes (``held``, the last an earlier sentence gave: "The
    Unionists ended with 104") is the same count of its clause's contender.
    """
    tables = frame_tables()
    out: list[Claim | PassedOver] = []
    figures: list[Figure] = []
    absorbed: set[tuple[int, int]] = set()
    referred_places: dict[tuple[int, int], str | None] = {}
    prior: set[tuple[int, int]] = set()
    claimed = set(claimed)
    for ratio in ratios(tokens, mentions, tables, words=words):
        start, end = tokens[ratio.first].start, tokens[ratio.last - 1].end
        if any(s < end and start < e for s, e in claimed):
            continue
        claimed.add((start, end))
        figures.append(
            Figure(ratio.subject, "ratio", ratio.value, start, end, ratio.first, ratio.last)
        )
        if ratio.whole is not None:
            absorbed.add(ratio.whole)
            whole_text = text[ratio.whole[0] : ratio.whole[1]]
            out.append(PassedOver(*ratio.whole, whole_text, "the whole a ratio is out of"))
    # a score "13-1-1" is its sides' claims, not a number of its own
    has_digits = bool(tokens) and _DIGIT.search(text, tokens[0].start, tokens[-1].end) is not None
    tallies = written_tallies(tokens) if has_digits else []
    for first, last, _ in tallies:
        claimed.add((tokens[first].start, tokens[last - 1].end))
    # "- Unity Party: 1,200 votes (40%), total 12 seats": a results line's figures are
    # its label's; most sentences have no colon, and are not looked at
    labelled = line_label(tokens) if words is None or ":" in words else None
    written_here: set[str] = set()  # the predicates figures of the sentence were written with
    for mention in mentions:
        span = (mention.start, mention.end)
        if span in claimed or span in absorbed:
            continue
        if mention.kind is not NumberKind.AGE and any(
            s <= mention.start and mention.end <= e for s, e in claimed
        ):
            # a figure inside a claim's words is that claim's; an age is the person's
            # own fact ("a 7-year-old girl was wounded": one wounded, aged 7)
            continue
        # the figures before this one in the sentence, closed rules' and open, in the
        # order they stand: the last is the one a bare figure after it shares
        before = [
            (subject, attribute)
            for _, subject, attribute in sorted(
                [(end, s, a) for end, s, a in earlier if end <= mention.start]
                # a figure whose predicate is only as written is no frame to share
                + [
                    (f.end, f.subject, f.attribute)
                    for f in figures
                    if f.end <= mention.start and f.subject != WRITTEN_SUBJECT
                ]
            )
        ]
        clause = clause_bounds(tokens, mention.first)
        frame = read_frame(
            text,
            tokens,
            mention,
            mentions,
            clause=clause,
            tables=tables,
            # the whole a part is counted out of ("37 of the 57 seats") and a change in
            # brackets ("412 (+211)") share nothing with the next figure
            previous=next((b for b in reversed(before) if b[1] not in _ASIDE_FIGURES), None),
        )
        if (
            isinstance(frame, Figure)
            and frame.attribute in _PREDICATE_CLASSES
            and bare_change_by(tokens, mention, len(tokens))
        ):
            # "the toll rose by 12": how many were added to a count of people, not the
            # count ("exports rose by 12" keeps its predicate as written, "rose_by")
            frame = attrs.evolve(frame, attribute=f"more_{frame.attribute}")
        if (
            isinstance(frame, Figure)
            and frame.attribute == "injured"
            and _badly_hurt(tokens, mention.last, tables)
        ):
            # "82 people were injured, 19 of them seriously", "37 of the injured people
            # were in serious condition": the critical, a part of the injured
            frame = attrs.evolve(frame, subject="people", attribute="critical")
        if (
            isinstance(frame, Figure)
            and frame.attribute in CASUALTY
            and frame.subject in _VICTIM_NOUNS
        ):
            # "176 victims lost their lives": the people killed, as "176 victims died"
            # is read, not a group called victims
            frame = attrs.evolve(frame, subject="people")
        if (
            isinstance(frame, Figure)
            and frame.subject in tables.held_by_default
            and frame.attribute not in CASUALTY
            and mention.first > 0
            and tokens[mention.first - 1].low == "with"
        ):
            # "an overcrowded boat with 278 passengers capsized": those aboard; the verb
            # after them is the boat's
            frame = attrs.evolve(frame, attribute=tables.held_by_default[frame.subject])
        if (
            isinstance(frame, Figure)
            and frame.attribute in ("count", "total")
            and frame.subject in tables.held_by_default
            and not _listed_part(tokens, mention.first)
        ):
            # "a total of 175 passengers", "most of the 181 passengers": those aboard
            frame = attrs.evolve(frame, attribute=tables.held_by_default[frame.subject])
        if (
            isinstance(frame, Figure)
            and frame.attribute in _SHARES
            and frame.subject in _UNNAMED_SHARES
            and (holder := share_holder(tokens, mention.first)) is not None
        ):
            # "the FDP, which garnered only 4.3%", "the SPD ended third, securing 16.4%":
            # a share its own words name no one for is the contender's that won it; "It
            # received 16.4%": the contender the article named before (_contenders_named)
            if holder.casefold() in _PERSONAL_PRONOUNS:
                # "Lai won the election, with results showing he had taken 40.2
                # percent": the person the sentence opens with
                holder = clause_subject(tokens, 0, mention.first) or frame.subject
            frame = attrs.evolve(frame, subject=_CONTENDER_PRONOUNS.get(holder.casefold(), holder))
        if (
            isinstance(frame, Figure)
            and frame.attribute in _SHARES
            and (rival := relative_holder(tokens, mention.first)) is not None
        ):
            # "Milei won 55.8%, against Sergio Massa who obtained 44.2%": Massa's
            frame = attrs.evolve(frame, subject=rival)
        if isinstance(frame, Figure) and (
            frame.attribute in _SHARES or frame.attribute in _CONTENDER_COUNTS
        ):
            # "Economy Minister Sergio Massa 44.2%": the office is no part of the name
            frame = attrs.evolve(frame, subject=without_title(frame.subject) or frame.subject)
        if (
            isinstance(frame, Figure)
            and frame.attribute == "votes_won"
            and before
            and before[-1][1] in _SHARES
            and restates_share(tokens, mention.first)
        ):
            # "Lai received 42.9% or 349,213 votes, Hou 33.0% or 268,921 votes": the
            # votes of that share, its holder's
            frame = attrs.evolve(frame, subject=before[-1][0])
        role = as_role(tokens, mention.last, tables) if isinstance(frame, Figure) else None
        if role is not None and isinstance(frame, Figure):
            # "more than 100 countries had signed on as co-sponsors": the co-sponsors
            frame = attrs.evolve(frame, subject=role, attribute="count")
        if (
            isinstance(frame, PassedOver)
            and before
            and mention.kind in (NumberKind.COUNT, NumberKind.VAGUE)
            and is_prior_value(tokens, mention.first, 0)
        ):
            # "121 seats, down from 365 at the previous election": the bare figure is the
            # one before it as it stood earlier
            frame = _figure_at(*_level_before(before), mention)
        if (
            isinstance(frame, PassedOver)
            and (referred is not None or before)
            and mention.kind in (NumberKind.COUNT, NumberKind.VAGUE)
            and names_a_figure_before(tokens, mention.first, mention.last)
        ):
            # "The army put the number at 300", "the ministry gave a figure of 2,200":
            # the same question as the figure before, in another's words; "sent 10,000
            # troops, raising Washington's previous estimate of 3,000": this sentence's
            if before:
                subject, attribute = _level_before(before)
                # the figure it is an earlier reading of is of the sentence's place
                referred_places[mention.start, mention.end] = place_in(text, tokens, 0, len(tokens))
            else:
                assert referred is not None
                subject, attribute = referred.subject, referred.attribute
                referred_places[mention.start, mention.end] = referred.place
            frame = _figure_at(subject, attribute, mention)
        if (
            isinstance(frame, Figure)
            and before
            and frame.attribute in _REPORTING_WORDS
            and mention.kind in (NumberKind.COUNT, NumberKind.VAGUE)
        ):
            # "TVGE reporting 20 deaths, the ministry saying that 17 were killed and the
            # president's statement mentioning 15": a bare figure a source reports is
            # another reading of the figure the sentence reported before it
            frame = _figure_at(*_level_before(before), mention)
        if (
            isinstance(frame, Figure)
            and referred is not None
            and frame.subject == "people"
            and frame.attribute in _WIN_VERBS
            and referred.attribute in _HELD_BY_CONTENDERS
        ):
            # "Labour won 412 seats. The Conservatives won 121": the count the sentence
            # before held, of this clause's contender; "The Lib Dems had their best
            # result since 1923, winning 72": of the subject whose participle it is
            lo = clause_bounds(tokens, mention.first)[0]
            holder = clause_subject(tokens, lo, mention.first)
            if holder is None and lo >= 1 and tokens[lo - 1].low == ",":
                holder = clause_subject(tokens, 0, lo - 1)
            if holder is not None:
                frame = attrs.evolve(frame, subject=holder, attribute=referred.attribute)
        box_label = _box_label(tokens, mention) if box is not None else None
        if box is not None and box_label is not None:
            # "Liberals:", then "- Elected: 142", "- Total: 156" under a "Current seat
            # count" title: the total under a contender's heading is its count, another
            # label a kind of it ("elected_seats_won")
            counted = box[1] if box_label in _TOTAL_LABELS else f"{box_label}_{box[1]}"
            frame = _figure_at(box[0], counted, mention)
        won = _bare_won_of_named(tokens, mention, frame)
        if won is not None:
            # "Of 24.5 million votes cast, Kamali got 10.4 million while Rostami received
            # 9.4 million": votes the sentence counted, won by each clause's subject
            frame = _figure_at(won[0], won[1], mention)
        if (
            # "Labour were forecast to secure just 239": a predicate as written, nothing
            # counted named, is no better a reading than none
            (isinstance(frame, PassedOver) or frame.subject == WRITTEN_SUBJECT)
            and held is not None
            and mention.kind in (NumberKind.COUNT, NumberKind.IDENTIFIER)
            and (
                holder := holder_of_bare_result(tokens, mention.first, mention.last)
                or listed_name(tokens, mention.first, 0, mention.last)
                or fact_label(tokens, mention.first)
            )
        ):
            # "Labour finished on 398 seats. The Unionists ended with 104."; "The final
            # tally: Labour 412, Conservatives 121."; a results box's next line,
            # "Conservatives: 121 (-251)"
            frame = _figure_at(holder, held.attribute, mention)
        rise = _BARE_CHANGES.get(tokens[mention.first - 1].low) if mention.first >= 1 else None
        changes = _CHANGE_OF.get(before[-1][1]) if before and rise is not None else None
        if changes is not None and (
            isinstance(frame, PassedOver)
            # "Turnout was 60%, down 7": a share's change in points, no one attending
            or (
                changes[0] == "rise"
                and frame.subject == "people"
                and frame.attribute in ("count", "attended")
            )
        ):
            # "Labour won 412 seats, up 211": the holder's change since, of what it holds
            frame = _figure_at(before[-1][0], changes[0] if rise else changes[1], mention)
        written = (
            written_figure(tokens, mention, frame, clause)
            if isinstance(frame, PassedOver)
            else None
        )
        if written is not None and (
            written.attribute not in written_here
            # "245,000 in Marseille (30,000 according to the police), 120,000 in
            # Toulouse (21,000 according to the police)": words that only source a
            # figure tell no two apart, and take none from the other
            or _only_places_or_sources(written.attribute)
        ):
            # "at about 8,000 out of a total of 10,000": words an earlier figure of the
            # sentence was given tell the two apart no more; the later makes no claim
            written_here.add(written.attribute)
            frame = written
        if (
            isinstance(frame, Figure)
            and previous_tokens
            and (words is None or "respectively" in words)
            and (told := _told_respectively(tokens, mention.first, previous_tokens)) is not None
        ):
            # "The Greens and the Left ... . They received 4.7% and 4.9%, respectively":
            # each figure is the name the sentence before lists in its place
            frame = attrs.evolve(frame, subject=told)
        if isinstance(frame, PassedOver):
            out.append(frame)
            continue
        if frame.attribute == "injured" and _in_care(tokens, frame.first, frame.last):
            frame = attrs.evolve(frame, attribute="hospitalized")
        if (
            labelled is not None
            and mention.first > labelled[1]
            and (held_here := _held_on_a_line(frame, tokens, mention)) is not None
        ):
            frame = attrs.evolve(frame, subject=labelled[0], attribute=held_here)
        if frame.attribute in _SEAT_COUNTS and (kind := seat_kind(tokens, mention)):
            # "141 seats and 18 national list seats": a kind of seat is a part of the
            # holder's seats, its own figure beside the total (as read_seats does)
            frame = attrs.evolve(frame, attribute=f"{kind}_{frame.attribute}")
        prior_value = is_prior_value(tokens, frame.first, 0)
        level = (
            (_level_before(before) if before else _counted_before(tokens, frame.first, tables))
            if prior_value
            else None
        )
        if (moved := changed_from_holder(tokens, frame.last)) is not None:
            # "the party, which jumped from 96 seats to 148": the holder's seats before,
            # whoever the figure before it counted
            prior_value, level = True, (moved, "seats_won")
        if level is not None:
            # "the death toll - up from six earlier in the day - was confirmed": with no
            # figure before it, the prior value is of the noun that counts before it
            frame = attrs.evolve(frame, subject=level[0], attribute=level[1])
        if prior_value and (level is not None or frame.attribute in _CONTENDER_COUNTS):
            # "Vox fell from 52 seats to 33": an earlier reading, in its earlier time
            prior.add((frame.start, frame.end))
        for p in frame.passed:
            absorbed.add((p.start, p.end))
            out.append(p)
        claimed.add((frame.start, frame.end))  # a conversion in brackets is part of it
        figures.append(frame)
    # clock times and tallies have digits: most sentences have none, and are not scanned
    clocks = clock_times(tokens, 0, len(tokens)) if has_digits else []
    if has_digits and entry_stamp(tokens):
        stamp = tokens[0]
        out.append(PassedOver(stamp.start, stamp.end, stamp.text, _ENTRY_STAMP_REASON))
    for index, (first, last, hours, utc) in enumerate(clocks):
        start, end = tokens[first].start, tokens[last - 1].end
        if any(s <= start < e for s, e in claimed):
            continue
        if index and (utc or (first > 0 and tokens[first - 1].low == "(")):
            # "at 15:00 local time (1130 GMT)": the same moment in another time zone
            out.append(PassedOver(start, end, text[start:end], "a time-zone conversion"))
            continue
        if first == 0 and _heads_an_entry(tokens, last):
            # "10:48 PM - Toll climbs further", "5:20 p.m. ET Evacuation continues": when
            # a live page posted the entry
            out.append(PassedOver(start, end, text[start:end], _ENTRY_STAMP_REASON))
            continue
        if any(t.low in _PAGE_STAMPS for t in tokens[max(0, first - 8) : first]):
            # "Published 8 March 2023 at 07:15, updated at 11:02": the page's own times
            out.append(PassedOver(start, end, text[start:end], _PAGE_STAMP_REASON))
            continue
        if _of_a_report(tokens, first, last, tables):
            # "said in a 9 p.m. update", "at a briefing at 10 a.m.": when a source spoke
            out.append(PassedOver(start, end, text[start:end], _REPORT_CLOCK_REASON))
            continue
        # "voting started at 8 am and ended at 6 pm": the opening and the closing hour,
        # no rival times of the vote
        phase = _clock_phase(tokens, first, tables)
        label = "time" if phase is None else f"time_{phase}"
        if utc:
            label = f"{label} (UTC)"
        value = Quantity.exact(hours, text=text[start:end], unit="h")
        if first > 0 and tokens[first - 1].low in _ABOUT_WORDS:
            # "at around 15:00": within a quarter of an hour either way
            value = Quantity(
                hours - _CLOCK_SLACK, hours + _CLOCK_SLACK, Hedge.ABOUT, hours,
                f"{tokens[first - 1].text} {text[start:end]}", "h",
            )  # fmt: skip
        figures.append(Figure("event", label, value, start, end, first, last))
    for first, last, sides in tallies:
        # "13-1-1": for, against and abstaining, each side its own figure; "voted
        # 391-242 against": the larger side is the side the verb says won
        named = tally_sides(tokens, (first, last), sides, lo=0, hi=len(tokens))
        for side, count, at in zip(named, sides, range(first, last, 2), strict=False):
            token = tokens[at]
            value = Quantity.exact(count, text=token.text)
            figures.append(Figure("members", side, value, token.start, token.end, first, last))
    for first, last, side in sole_votes(tokens, tables, words=words):
        start, end = tokens[first].start, tokens[last - 1].end
        value = Quantity.exact(1, text=text[start:end])
        figures.append(Figure("members", side, value, start, end, first, last))
    if not any(f.subject == "members" and f.attribute == "voted_for" for f in figures):
        # "the Security Council unanimously adopted it": all its 15 members, unless the
        # sentence counts them itself
        for first, last, side, members in unanimous_votes(tokens, tables, words=words):
            start, end = tokens[first].start, tokens[last - 1].end
            value = Quantity.exact(members, text=text[start:end])
            figures.append(Figure("members", side, value, start, end, first, last))
    # a rank needs an ordinal, a word ("third") or digits ("2nd"): most sentences have
    # neither, and are not walked
    ordinal = has_digits or names_any(tokens, ORDINAL_WORDS.keys(), words)
    for first, last, rank, noun in ranks(tokens) if ordinal else []:
        start, end = tokens[first].start, tokens[last - 1].end
        if not any(s < end and start < e for s, e in claimed):
            value = Quantity.exact(rank, text=text[start:end])
            figures.append(Figure(noun, "rank", value, start, end, first, last))
    for first, last, number, noun in multiplier_words(tokens, 0, len(tokens), tables, words=words):
        start, end = tokens[first].start, tokens[last - 1].end
        value = Quantity.exact(number, text=text[start:end])
        figures.append(Figure(noun, "count", value, start, end, first, last))
    for figure in figures:
        out.append(
            Claim(
                id=f"{doc_id}#{figure.start}-{figure.end}:{figure.attribute}",
                document=doc_id,
                subject=figure.attribute
                if figure.attribute in tables.named_by_attribute
                else figure.subject,
                attribute=figure.attribute,
                value=figure.value,
                as_of=prior_as_of if (figure.start, figure.end) in prior else as_of,
                # "In Scotland, the party won nine seats, down from 48": the earlier figure
                # is of the place the figure it is compared with is of
                place=_not_the_speakers(
                    _open_place(text, tokens, figure),
                    text,
                    attribution,
                    figure.end,
                    tokens[-1].end,
                )
                or (
                    place_in(text, tokens, 0, len(tokens))
                    if (figure.start, figure.end) in prior
                    else referred_places.get((figure.start, figure.end))
                ),
                attribution=clause_attribution(text, tokens, figure.first, attribution),
                modality=modality_at(
                    tokens, figure.first, figure.last, attributed=attribution is not None
                ),
                evidence=quote,
            )
        )
    return out


#: Words that report a death; an article with none of them reports no one killed.
_DEATH_WORDS: Final = frozenset(
    [w for w, cls in PREDICATES.items() if cls == "killed"] + words("fatal deadly")
)


#: Counts of a force whose bare "troops" are the one force its article names.
_FORCE_SIZES: Final = frozenset({"deployed", "withdrawn"})


def _forces_named(
    claims: dict[str, Claim], sentences: list[tuple[int, int, list[Token]]]
) -> dict[str, Claim]:
    """Bare troops counted where the article names one nation's forces, as that force.

    "The first convoy of French soldiers left ... beginning the withdrawal of some 1,500
    personnel": the personnel are the French troops the article is about. Forces of two
    nations ("French soldiers ... 1,000 US troops") leave the bare count alone.
    """
    if not any(c.subject == "troops" and c.attribute in _FORCE_SIZES for c in claims.values()):
        return claims
    nations: set[str] = set()
    for _, _, tokens in sentences:
        for k, t in enumerate(tokens):
            if HEADS.get(t.low) != "troops" or k == 0:
                continue
            nation = nationality_at(tokens, k - 1)  # "French soldiers", "France's soldiers"
            if nation is not None:
                nations.add(nation)
    for claim in claims.values():
        words_ = claim.subject.split()
        if len(words_) == 2 and words_[1] == "troops" and claim.attribute in _FORCE_SIZES:
            nations.add(words_[0])
    if len(nations) != 1:
        return claims
    (nation,) = nations
    return {
        key: attrs.evolve(claim, subject=f"{nation} troops")
        if claim.subject == "troops" and claim.attribute in _FORCE_SIZES
        else claim
        for key, claim in claims.items()
    }


def _wounded(shot: list[Claim], sentences: list[tuple[int, int, list[Token]]]) -> list[Claim]:
    """The people an article says were shot, as wounded, when it reports no death.

    "Shot" alone does not say whether the victim lived; a report that names no death
    anywhere ("three men were shot outside a bar"; "a boy was shot in the leg") reports
    the victims wounded. One word of death in the article (killed, died, fatally, ...)
    leaves its "shot" claims as they are, since a later sentence may say who of them died.
    """
    if not shot or any(t.low in _DEATH_WORDS for _, _, tokens in sentences for t in tokens):
        return []
    return [
        attrs.evolve(claim, id=f"{claim.id.rsplit(':', 1)[0]}:injured", attribute="injured")
        for claim in shot
    ]


def _number_listed(dated: list[Claim]) -> list[Claim]:
    """Number the events of one sentence that share a subject but not a date.

    One sentence does not dispute itself: "sessions were held in June and August" lists
    two sessions, so they become "talks (2020) #1" and "talks (2020) #2" (in text
    order), two questions rather than one contested question.
    """
    groups: dict[tuple[str, str], list[Claim]] = {}
    for claim in dated:
        groups.setdefault((claim.subject, claim.attribute), []).append(claim)
    out: list[Claim] = []
    for claim in dated:
        group = groups[claim.subject, claim.attribute]
        if len({c.value for c in group}) < 2:
            out.append(claim)
            continue
        ordinal = next(i for i, c in enumerate(group, 1) if c is claim)
        out.append(attrs.evolve(claim, subject=f"{claim.subject} #{ordinal}"))
    return out


def _claim_key(claim: Claim) -> tuple[int, int, str]:
    span = claim.evidence.span if claim.evidence else None
    return (span[0] if span else -1, 0, claim.id)


def _canonical_place(place: str | None) -> str | None:
    if place is None:
        return None
    return place[:-2] if place.endswith("'s") else place


#: Nouns that end many place names and are common words too ("Kansas City", "Salt Lake").
_PLACE_NOUNS: Final = frozenset(
    words("""city county town village park heights beach springs lake valley island hills
    falls river mountain point bay harbor harbour port township parish borough district
    ward square gardens creek grove station""")
)


def _trimmed_place(place: str | None, common: frozenset[str]) -> str | None:
    """A place name without the words a title-case line glued to it.

    "Pasadena Shooting" is "Pasadena" when the article writes "shooting" in lower case
    elsewhere; a name made only of such words ("Least", "Side") is no place.
    """
    if place is None or place.startswith("@"):
        return place
    words_ = place.split()
    while words_ and _is_common(words_[-1], common):
        words_.pop()
    while words_ and _is_common(words_[0], common):
        words_.pop(0)
    return " ".join(words_) or None


def _is_common(word: str, common: frozenset[str]) -> bool:
    low = bare(word.casefold())
    return low in common and low not in _PLACE_NOUNS and low not in PLACES


def _host_country(
    subject: str, places: Sequence[str | None], owner: str | None = None
) -> str | None:
    """The place "in the country" means for a count: the last place named, not its owner's.

    "France has 1,500 troops in the country": French troops are in the country the
    article placed them in, never France itself, though France was named last. The
    owner is the subject's nationality ("French troops") or the country ``owner`` a
    possessive pronoun stands for ("France's decision to withdraw its troops").
    """
    nationality = subject.split(maxsplit=1)[0] if " " in subject else None
    for place in reversed(places):
        if place is None or place == owner:
            continue
        if nationality is not None and COUNTRIES.get(bare(place.casefold())) == nationality:
            continue
        return place
    return None


def _countries_before(tokens: list[Token], k: int) -> list[str]:
    """The countries a sentence names before token ``k``, in order, each once."""
    named: dict[str, None] = {}
    for t in tokens[:k]:
        if t.is_capitalized and bare(t.low) in COUNTRIES and bare(t.low) in PLACES:
            name = without_possessive(t.text)
            named.pop(name, None)
            named[name] = None
    return list(named)


def _owned(tokens: list[Token], k: int) -> bool:
    """Whether a possessive pronoun stands just before the figure at ``k``: "its 1,500"."""
    return any(t.low in ("its", "their") for t in tokens[max(0, k - 2) : k])


def _as_of(tokens: list[Token], times: list[TimeExpression]) -> DateSpan | None:
    for expr in times:
        k = expr.first
        if k >= 2 and tokens[k - 2].low == "as" and tokens[k - 1].low == "of" and expr.span:
            return expr.span
    return None


def _vote_date(times: list[TimeExpression]) -> DateSpan | None:
    spans = [t.span for t in times if t.span is not None and t.type == "DATE"]
    return spans[0] if spans else None


def _is_future(tokens: list[Token], verb: int) -> bool:
    if verb < 0:
        return False
    window = [t.low for t in tokens[max(0, verb - 4) : verb]]
    return any(w in ("will", "'ll", "shall") for w in window) or (
        "to" in window
        and any(w in ("expected", "scheduled", "plans", "set", "due") for w in window)
    )


def default_extractor(
    *,
    about_spread: float = DEFAULT_ABOUT_SPREAD,
    kinds: Iterable[str] = KINDS,
    predicates: Iterable[str] | None = None,
) -> RuleExtractor:
    """The rule-based extractor: counts, dates and votes from news text.

    Args:
        about_spread: relative half-width of "about" figures.
        kinds: which claim families to produce: any of ``counts``, ``dates``, ``votes``
            (the closed rules), ``figures`` (every other counted or measured figure) and
            ``events`` (claims bound to the events they are about, across articles).
        predicates: keep only count claims with these attributes (``killed``,
            ``deployed``, ...); ``None`` keeps all.

    Raises:
        ValueError: for an unknown kind or a spread outside [0, 1).

    Examples:
        >>> default_extractor(kinds=["counts"], predicates=["killed"])
        <default_extractor about_spread=0.1 kinds=counts predicates=killed>
    """
    chosen = frozenset(kinds)
    if not chosen <= KINDS:
        raise ValueError(
            f"unknown kinds {sorted(chosen - KINDS)}; expected some of {sorted(KINDS)}"
        )
    if not 0 <= about_spread < 1:
        raise ValueError(f"'about_spread' must be in [0, 1) (got {about_spread})")
    return RuleExtractor(about_spread, chosen, predicates)


@attrs.frozen
class Extraction:
    """The claims from a corpus (sorted by id) and the articles that failed.

    Attributes:
        claims: every claim, sorted by id.
        rejected: the corpus's load rejections, then one per article the extractor failed on.
        stats: counters of things seen but not claimed (relative dates without a
            publication date to anchor them, ...), sorted by name.
        passed_over: every figure the default extractor read and made no claim of,
            with the reason, sorted by document and offset.
        events: the events the claims are bound to, across the articles, sorted by name.
    """

    claims: tuple[Claim, ...] = ()
    rejected: tuple[Rejection, ...] = ()
    stats: tuple[tuple[str, int], ...] = ()
    passed_over: tuple[PassedOver, ...] = ()
    events: tuple[Event, ...] = ()


#: Words without which a sentence names no members' side (:func:`read_named_sides`).
_SIDE_WORDS: Final = frozenset(
    words("abstaining abstained abstain abstains against opposed abstentions abstention")
)
#: The metadata key of the day near which an undated article was written.
DATED_NEAR: Final = "dated_near"
#: How far apart the dated articles of a corpus may be for their middle day to give the
#: year of an undated one's dates: about one story's life, never a year's turn of it.
_NEAR_SPREAD: Final = dt.timedelta(days=92)


def _near_day(document: Document) -> dt.date | None:
    """The day in the document's ``dated_near`` metadata, if it has a valid one."""
    for key, value in document.metadata:
        if key == DATED_NEAR:
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                return None
    return None


def _dated_near(articles: Sequence[Article]) -> tuple[Article, ...]:
    """The articles, each undated one told near which day the others were written.

    A page with no date of its own ("Japan's ruling coalition lost its majority in the
    October 27 election") names months and days without their year. When the corpus's
    dated articles came out within a few months of each other, the middle of their
    days (``dated_near``) gives that year: "October 27" is the October 27 nearest it.
    Weekdays and "yesterday" need the day itself and stay unresolved, and a corpus
    whose dated articles spread wider gives nothing.

    Examples:
        >>> from reconcile.extract._loader import articles_from_texts
        >>> dated = articles_from_texts([("a", "x"), ("b", "y")], published=dt.date(2024, 10, 28))
        >>> undated = articles_from_texts([("c", "z")])
        >>> out = _dated_near(dated.articles + undated.articles)
        >>> [a.document.metadata for a in out]
        [(), (), (('dated_near', '2024-10-28'),)]
    """
    days = sorted(a.document.published for a in articles if a.document.published is not None)
    if not days or days[-1] - days[0] > _NEAR_SPREAD or len(days) == len(articles):
        return tuple(articles)
    middle = days[(len(days) - 1) // 2].isoformat()
    return tuple(
        article
        if article.document.published is not None or _near_day(article.document) is not None
        else attrs.evolve(
            article,
            document=attrs.evolve(
                article.document, metadata=(*article.document.metadata, (DATED_NEAR, middle))
            ),
        )
        for article in articles
    )


def _reread_undated(
    run: RuleExtractor,
    corpus: Corpus,
    readings: list[tuple[str, ArticleReading]],
    published: dict[str, dt.date | None],
) -> list[tuple[str, ArticleReading]]:
    """Readings again for undated articles, their relative dates told from their event's day.

    An article without a publication date leaves "on Sunday" unresolved; when other
    articles date the event it reports, the week from that day anchors it: "on Sunday"
    is the first Sunday from the event's day on. An event that lasts months anchors only
    the year of its report's month-days.
    """
    anchors = event_anchors([(d, r.claims, r.events) for d, r in readings], published)
    if not anchors:
        return readings
    by_id = {a.document.id: a for a in corpus.articles}
    out: list[tuple[str, ArticleReading]] = []
    for doc_id, reading in readings:
        anchor = anchors.get(doc_id)
        if anchor is None:
            out.append((doc_id, reading))
            continue
        day, lasting = anchor
        article = by_id[doc_id]
        if lasting:
            # a withdrawal's report may come any week of its months: the event's day
            # gives the year of "Oct. 21", never the day of "on Saturday"
            if _near_day(article.document) is None:
                near = attrs.evolve(
                    article.document,
                    metadata=(*article.document.metadata, (DATED_NEAR, day.isoformat())),
                )
                out.append(
                    (doc_id, _events_undated(run.read(attrs.evolve(article, document=near))))
                )
            else:
                out.append((doc_id, _events_undated(reading)))
            continue
        # the report came out on the event's day or within the week after it: read from
        # the week's end, each weekday names the one day of that week it can mean
        guess = day + dt.timedelta(days=6)
        anchored = attrs.evolve(article.document, published=guess)
        again = run.read(attrs.evolve(article, document=anchored))
        told = _told_from_publication(again, guess, day)
        if told is not None and told != guess:
            # "the quakes four days ago": the page came out four days after the event
            anchored = attrs.evolve(article.document, published=told)
            again = run.read(attrs.evolve(article, document=anchored))
        elif any(_planned_day(c) for c in again.claims):
            # "the council will vote on Monday": a day still to come when the page was
            # written points forward from the event's morrow, not from the week's end
            morrow = attrs.evolve(article.document, published=day + dt.timedelta(days=1))
            ahead = {c.id: c for c in run.read(attrs.evolve(article, document=morrow)).claims}
            again = attrs.evolve(
                again,
                claims=tuple(ahead.get(c.id, c) if _planned_day(c) else c for c in again.claims),
            )
        out.append((doc_id, _events_undated(again)))
    return out


def _events_undated(reading: ArticleReading) -> ArticleReading:
    """The reading with its event mentions undated.

    Days read against a guessed anchor (or a corpus's year) do not decide which event a
    mention is.
    """
    return attrs.evolve(
        reading,
        events=tuple((c, attrs.evolve(m, day=None, period=None)) for c, m in reading.events),
    )


def _planned_day(claim: Claim) -> bool:
    """Whether a claim is a day put as still to come: "will vote on Monday"."""
    return claim.modality is Modality.PLANNED and isinstance(claim.value, DateSpan)


#: Dates counted from the day a page came out: "four days ago", "yesterday".
_FROM_PUBLICATION: Final = re.compile(r"\bago\b|^yesterday\b|^(?:earlier )?today\b", re.I)


def _told_from_publication(
    reading: ArticleReading, guess: dt.date, event_day: dt.date
) -> dt.date | None:
    """The day an undated page came out, when it dates its event from that day.

    Read against ``guess``, "the earthquakes four days ago" gave ``guess - 4``; the event
    was on ``event_day``, so the page came out on ``event_day + 4``.
    """
    for claim in reading.claims:
        value = claim.value
        if (
            claim.attribute == "date"
            and claim.subject == _EVENT
            and isinstance(value, DateSpan)
            and value.start is not None
            and value.days == 1
            and _FROM_PUBLICATION.search(value.text)
        ):
            return event_day + (guess - value.start)
    return None


def extract_claims(
    corpus: Corpus, *, extractor: Extractor | None = None, cache: ReadingCache | None = None
) -> Extraction:
    """Run an extractor over every article; a failing article becomes a rejection.

    Args:
        corpus: articles from :func:`load_articles`.
        extractor: any :class:`Extractor`; the default rules when ``None``.
        cache: a :class:`~reconcile.extract.ReadingCache`: the default rules' reading
            of each article is taken from it when the article, its metadata and the
            rules are unchanged. The result is the same with or without it.

    Returns:
        All claims sorted by id, the corpus's rejections plus one per failed article.

    Examples:
        >>> from reconcile.extract._loader import articles_from_texts
        >>> corpus = articles_from_texts(
        ...     [("a", "A drone attack killed three US troops in Jordan.")],
        ...     published=dt.date(2024, 1, 29))
        >>> [(c.subject, c.attribute, str(c.value), c.event) for c in extract_claims(corpus).claims]
        [('US troops', 'killed', 'three', 'Jordan attack (reported 2024-01-29)')]

        The place the attack happened is the event's; a figure bound to the event is
        asked of the event, wherever each report places it. The text gives no day for
        the attack, so the event is named by the day it was reported.
    """
    # the readings are value objects with no reference cycles: reference counting
    # frees them, and the collector's passes over the growing heap only cost time
    with collector_paused():
        return _extract_claims(corpus, extractor, cache)


def _extract_claims(
    corpus: Corpus, extractor: Extractor | None, cache: ReadingCache | None
) -> Extraction:
    """:func:`extract_claims` with the cyclic collector paused."""
    run = extractor if extractor is not None else default_extractor()
    claims: list[Claim] = []
    readings: list[tuple[str, ArticleReading]] = []
    rejected = list(corpus.rejected)
    stats: Counter[str] = Counter()
    for article in _dated_near(corpus.articles):
        doc_id = article.document.id
        try:
            if isinstance(run, RuleExtractor):
                # a subclass may read differently from what the cache's key describes
                if cache is not None and type(run) is RuleExtractor:
                    reading = cache.read(run, article)
                else:
                    reading = run.read(article)
                if article.document.published is None and _near_day(article.document):
                    # "the February 28 election" in an undated report is dated by the
                    # corpus's year only: the day decides no event (a report's wrong day
                    # is a rival date of the one event, not another event)
                    reading = _events_undated(reading)
                readings.append((doc_id, reading))
                found = []
                stats.update(dict(reading.stats))
            else:
                found = list(run(article))
        except ReconcileError as exc:
            error = exc if isinstance(exc, ExtractionError) else ExtractionError(str(exc))
            rejected.append(
                Rejection.from_error(
                    doc_id, ItemKind.DOCUMENT, error.located(path=article.path, document=doc_id)
                )
            )
            continue
        except (ValueError, TypeError, IndexError, KeyError, RecursionError, StopIteration) as exc:
            error = ExtractionError(
                f"extractor failed: {type(exc).__name__}: {exc}", path=article.path, document=doc_id
            )
            rejected.append(Rejection.from_error(doc_id, ItemKind.DOCUMENT, error))
            continue
        claims.extend(found)
    published = {a.document.id: a.document.published for a in corpus.articles}
    if isinstance(run, RuleExtractor) and "events" in run.kinds:
        readings = _reread_undated(run, corpus, readings, published)
    # the letters any article spells a name out by, read once for the whole corpus
    spelled = _spelled_out(pair for _, r in readings for pair in r.letters)
    bound = _named_across_corpus(readings, spelled)
    claims.extend(bind_events(bound, published))
    events = describe_events(bound, published)
    passed = [attrs.evolve(p, document=d) for d, r in readings for p in r.passed]
    # "Holt's party" in one report is the party another report names Holt the leader of
    corpus_parties = {
        person: spelled.get(party.casefold(), party)  # "Marine Le Pen's RN party"
        for person, party in _parties_led(pair for _, r in readings for pair in r.leaders).items()
    }
    if corpus_parties:
        claims = list(_leaders_parties({c.id: c for c in claims}, corpus_parties).values())
    unique = {
        c.id: c
        for c in _running_totals(place_forces(unify_subjects(unify_parties(claims))), published)
    }
    return Extraction(
        tuple(unique[k] for k in sorted(unique)),
        tuple(rejected),
        tuple(sorted(stats.items())),
        tuple(sorted(passed, key=lambda p: (p.document, p.start, p.end, p.reason))),
        events,
    )
