"""Open frames: what any figure counts or measures, when the closed count rules pass it by.

A frame is read from the clause around a number mention, not from a list of known
sentences: the counted noun phrase after the figure (or a counting noun before it, "the
toll rose to 91"), the predicate around it (the verb before or after, a participle, a
noun), a unit and the measure it gives ("18 km deep" is a depth), normalized through the
tables in ``lexicon/frames.json``. A predicate the table does not know is kept as
written, so every figure with something counted becomes a claim.

A mention that becomes no claim gets a reason (:class:`PassedOver`): a year or a day
(read as a date), an identifier, the conversion of the figure before it ("33 km (20
miles)"), a number with nothing counted. :func:`clock_times` and :func:`multiplier_words`
find the figures that the number scanner leaves to them ("at 15:04 local time", "twin
blasts").
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, Final

import attrs

from reconcile.extract._context import clause_bounds
from reconcile.extract._lexicon import (
    APOSTROPHES,
    BE_AND_HAVE,
    CAMP_NOUNS,
    CAPTIVE_HEADS,
    CASUALTY,
    CONTENDER_NOUNS,
    COUNTRIES,
    FORCE_HEADS,
    FUNCTION_WORDS,
    HEADS,
    HEADS_TWO,
    HEDGES_ABOUT_WORDS,
    INCLUDE_VERBS,
    IRREGULAR_PAST,
    MONTHS,
    OBJECT_BOUNDS,
    ORDINAL_WORDS,
    PLACES,
    PREDICATES,
    RANKING_VERBS,
    SAY_VERBS,
    SEX_AND_AGE_GROUPS,
    TALLY_SIDES,
    TENS,
    TITLES,
    UNITS,
    UPROOTED_HEADS,
    WEAPON_HEADS,
    WEEKDAYS,
    load_lexicon,
    words,
)
from reconcile.extract._numbers import NumberKind, QuantityMention, change_verb_before
from reconcile.extract._text import Token, as_written, names_any, token, without_possessive
from reconcile.values import Hedge, Quantity

__all__ = [
    "INCREMENTS",
    "NUMBERING_WORDS",
    "SIZELESS_REASON",
    "Figure",
    "FrameTables",
    "OrdinalAct",
    "PassedOver",
    "are_letters",
    "as_role",
    "before_brackets",
    "body_fate",
    "body_verb_event",
    "clock_times",
    "conjunct_object_verb",
    "fact_label",
    "falls_short",
    "frame_tables",
    "fronted_with_holder",
    "holder_of_bare_result",
    "in_a_word",
    "is_figure",
    "is_forecast",
    "is_sizeless",
    "leaders_named",
    "line_label",
    "listed_name",
    "listed_names",
    "multiplier_words",
    "name_ending_at",
    "name_start",
    "names_a_figure_before",
    "names_an_event",
    "ordinal_acts",
    "part_out_of",
    "read_frame",
    "respective_place",
    "sole_votes",
    "tally_side",
    "tally_sides",
    "threshold_of",
    "unanimous_votes",
    "whole_of_a_figure",
    "written_figure",
    "written_tallies",
]


@attrs.frozen
class FrameTables:
    """The frame lexicon, loaded once from ``lexicon/frames.json``.

    Attributes:
        predicates: a word -> its predicate class (``died`` -> ``killed``).
        counting_nouns: a noun that names a figure -> its predicate (``toll`` -> ``killed``).
        measures: a word near a measure -> the measure it names (``deep`` -> ``depth``).
        measure_dimensions: a measure -> the dimension of the units it is given in
            (``depth`` -> ``length``); a word naming a measure of another dimension
            than the figure's unit names no measure of it.
        units: a unit word -> (dimension, canonical unit, factor to it).
        currencies: a currency word or sign -> its code.
        multipliers: a word that states a number -> the number (``twin`` -> 2).
        number_nouns: nouns whose multiplier word counts them (``blasts``).
        events: a trigger word -> its event type.
        event_predicates: an event type -> what a count of its people with no known
            predicate counts (the people at a protest attended it).
        generic_people: heads that mean people in general ("residents", "persons").
        standing_predicates: predicates of standing facts, not of one happening (troops
            deployed, seats won): their claims are bound to no event.
        predicate_people: a predicate -> nouns that are only the people it counts
            ("130 survivors" rescued are 130 people rescued).
        link_openers: phrases that open a page's link to another story ("READ MORE:"),
            by their first word: the figures of the line after them are that story's.
        outcome_nouns: nouns of what an event yields or how it is counted ("the data of
            elections ... grant on Monday"): a later day of the sentence is theirs
        occupant_people: nouns for everyone in the place a disaster struck ("miners"
            in a mine, "fans" in a stadium): their toll is its people's.
        event_people: an event type -> the nouns for the people its figures count
            ("marchers" at a protest).
        nominal_adjectives: words that name people only after "the" ("the dead").
        event_accepts: an event type -> the only attributes its figures can have (a
            vote has tallies, no dead); a type not listed takes any attribute.
        held_counts: nouns counted as what a party holds -> the attribute ("seats" ->
            ``seats_won``): the clause's subject holds them.
        sub_events: event words that name a part of an event with figures of its own
            (an aftershock's magnitude is not the quake's).
        ambiguous_events: a word -> (its type, the type it takes in an article that
            names an event of that second type): "vote" is an election's vote in a
            report of an election, a council's vote elsewhere.
        count_verbs: verbs whose subject is a figure as counted ("the toll passed
            20,000 on Thursday"): a date after one dates the count, not the happening.
        not_events_objects: an event word -> objects after it (past an article) that make
            it a verb of another sense: "strikes a deal" is no attack.
        not_events_before: nouns that make an event word before them a describing word
            ("a landslide victory" is a win, not a landslide).
        event_verbs: an event type -> verbs that do it or do it to its trigger ("vetoed a
            resolution", "the quake struck"): a date on one dates the event.
        fixed_at_event: attributes settled when the event happens (a tally, a
            magnitude): a later report of another figure disputes it, it is no update.
        act_verbs: verbs of notable acts by a named actor ("Lam apologised on Sunday",
            "France announced on Sunday"): the date is the act's, asked of the actor.
        body_heads: nouns that end the name of a body that votes ("Security Council",
            "General Assembly"): a vote is the act of one body, and two bodies' votes
            are two events however alike.
        ordinal_acts: a word of an act -> the plural an ordinal counts the times of
            ("the third US veto": vetoes).
        regional_branches: words of a region before a party's name that make it the
            party's branch there, another contender ("Scottish Labour" is not Labour).
        not_voting_bodies: words that make a body one that runs elections, not one
            that votes ("the Electoral Commission").
        body_owners: names of the organization a body belongs to, as token tuples,
            written before its name or not ("UN", "United Nations").
        bodied_events: the event types whose mentions take the body named with them.
        naming_verbs: a verb that names its event on its own -> the event type
            ("marched" -> ``protest``): a dated one names the event when no noun does.
        part_groups: nouns of a batch of a larger whole ("a convoy of 100 troops"): the
            figure counts the batch, not the whole the story counts.
        unit_low_factors: units whose size the writer leaves open -> the factor of
            their smallest reading: "tons" is metric tonnes or short tons, so "2,000
            tons" holds 1,814 to 2,000 t.
        dollar_prefixes: letters written onto a dollar sign -> the currency ("A$" ->
            ``AUD``).
        subject_naming_verbs: a verb that names an event only after a subject of the
            right kind -> (the event type, those subject nouns): "the last troops left".
        by_region: attributes whose figure for a place within the event is a part, not
            the whole (a region's seats at an election): such a place is kept.
        named_by_attribute: attributes that are their own subject ("a majority of 174",
            "Labour's 174-seat majority", "its majority of 174" are one question).
        unrealized_before, unrealized_calls, unrealized_adjectives: words before an
            event word that make it asked for or still to come ("demanded a new vote",
            "called for an election", "the next election"), with the adjectives passed;
            unrealized_ruled_out: verbs that before "out" rule the event out ("ruled out
            a snap election");
            unrealized_after: phrases after an event word that put it ahead ("an
            election will be held"); unrealized_consequences: what a modal's
            subject would bring about ("would lead to the flooding"), before the event
            word; unrealized_fears: nouns before "of" that make the
            event one feared ("in anticipation of another attack").
        event_types_after: an event word -> a word before it -> the type it makes the
            event ("a nationwide strike" is a protest, "a drone strike" an attack)
        not_events_after: an event word -> words that, before it (a determiner
            between), make it describe something else ("won a landslide").
        event_anaphors: nouns that stand for a story's event without naming its kind
            ("the incident occurred late on Tuesday"): a mention of the article's
            event, of the type its latest mention has.
        act_nouns: nouns of notable acts ("Lam's announcement on Saturday", "a
            statement issued Sunday on behalf of Lam"): the date is the act's.
        object_naming_verbs: a verb that names an event with the object after it ->
            each (event type, its objects): "seized power" is a coup, "handed over the
            base" a withdrawal where "handed over the hostages" is a release.
        event_types_of: an event word -> each (type, objects): the type it is when
            one of the objects follows it after "of" ("the handover of the Faya base"
            is a withdrawal, not a release of captives).
        report_nouns: nouns of a report ("a 9 p.m. update", "a briefing at 10 a.m."): a
            clock time beside one is when a source spoke, not when the event happened.
        vote_objects: nouns of what a body votes on ("draft", "motion"): the votes such a
            noun wins or receives are the votes cast in its favour.
        held_by_default: a counted noun -> the predicate its bare count has:
            "a total of 175 passengers" counts those ``aboard``.
        agent_roles: the nouns ``agent_nouns`` gives, as roles a group takes ("as
            co-sponsors").
        agent_nouns: a verb -> the noun its agents after "by" are counted as:
            "co-sponsored by 90 countries" counts ``co-sponsors``.
        margin_nouns: a noun that names the margin a side won or lost by -> the
            attribute: "a defeat of 149" and "a majority of 149" are both ``majority``.
        margin_verbs, margin_units: verbs of winning or losing and the units after
            which "by N votes" is the margin: "lost by 230 votes" is a ``majority``.
        tally_verbs: a phrase that says which way a body decided -> ``passed`` or
            ``rejected``: the larger side of a tally under it is the side it names.
        back_references: phrases that open a sentence by pointing back at the time of
            the event the sentence before told of ("At that time, 141 voted in favour").
        held_verbs: verbs that win what a contender holds, and only that: "the camp
            collected 6 million votes" (votes won), where "collected 200 tonnes" is no
            winning.
        percent_changes: verbs of change -> ``rise`` or ``fall``: a percentage right after
            one (or after "by") is a change, not a level ("rose by 40%").
        percent_change_nouns: nouns of change -> ``rise`` or ``fall``: a percentage after
            one and "of" is a change ("a loss of 5.6 points").
        not_events_of: an event word -> the words after "of" that make it no happening of
            its type ("the outbreak of the war").
        carried_to: (verbs of carrying, places of care, the predicate): people taken
            to a hospital are the injured ("222 were taken to hospital").
        noun_verbs: a counted noun -> a verb after it -> the class the two say together
            ("167 lives had been lost" are the dead, not lives lost as seats are).
        carried_out: (verbs of carrying, the predicate): people a verb carries "out"
            of a place are the evacuated ("flown 111,000 people out of Afghanistan").
        predicate_phrases: words -> the predicate class they say together ("took part"
            -> ``attended``, "lost their homes" -> ``displaced``), read before any one
            word alone.
        share_names: a noun naming a share or a sum -> the one it is ("participation"
            -> ``turnout``, "losses" -> ``damage``): one question however the writer
            names it.
        voter_verbs: a verb -> the side of a vote it says a count of voters took ("12
            members backed the text" -> ``voted_for``).
        voters: the nouns of those who vote in a body ("members", "countries").
        electorate: the nouns of the voters of a popular vote ("voters", "electorate").
        electorate_phrases: the phrases of them, longest first ("those eligible to vote").
        electorate_acts: words after a share of the electorate -> what the share did:
            ``turned_out`` ("60% of voters turned out": the turnout) or ``backed`` ("34%
            of voters backed Reform": the name's share of the vote).
        comparison_words: words that make an event word a few words after them a
            likeness ("the equivalent of a magnitude 3.3 earthquake"), no happening.
        sensed_words: words of hearing that make an event word after them a sound
            ("heard loud explosions"), no happening of its own.
        occurrence_phrases: verbs of happening an event noun does ("took place",
            "happened"): a date after one is the event's own, however long ago.
        copula_counts: plurals of people -> what the figure a verb of being gives them
            counts ("the survivors are 104": ``rescued``).
        commemorating: event types that mourn another event (a vigil, a funeral): an
            article that tells only of one gives its toll to the event mourned.
        set_off_by: an event type -> the types of event that set it off: a fire on the
            day of a blast is the blast ("fire" -> "attack").
        follow_up_days: an event type -> how many days after it an undated report of
            its type still follows it up (an election's count goes on for weeks).
        same_event_days: an event type -> how many days apart two dated mentions of it
            may be and still be one event (an election's last polling day and the
            day its count is declared).
        clock_phases: a verb before a clock time -> the phase of the event it times
            ("voting started at 8 am": ``began``; "scheduled to land at 10:25":
            ``arrived``), so the opening and the closing hour are no rival times.
        stretch_verbs: a verb a stretch of time is bound to -> the act it names ("kept"
            and "stored" -> ``stored``), so wordings of one stretch meet.
        later_parts: an event type -> what a later happening of its kind in the same
            sentence is called ("followed by a 6.4 quake minutes later": an aftershock).
        withdrawal_nouns: nouns of a force's leaving whose "of" names the force that
            leaves ("the withdrawal of 1,500 troops from Niger").
        body_fates: a word of what was done with bodies -> what a count of bodies
            near it counts ("retrieved" -> ``recovered``, "identified" ->
            ``identified``), not the toll.
        sub_votes: motions voted on beside the main one ("amendment"): a tally after
            one is asked of that motion's voters, not the main vote's.
        scale_ratings: words of a rating scale a small number after them is a step
            of ("a Category 4 storm"): the rating, not an identifier.
        later_deaths: verbs of dying after the event, wherever they stand ("two more
            victims succumbed on Sunday"): their date is no date of the event.
        later_deaths_with_increment: verbs of dying that tell of later deaths only
            after a word of more in their clause ("two more workers died on Monday").
        later_deaths_of_the_harmed: words by which those verbs tell of later deaths
            without a word of more: the dead were hurt before ("one of the people
            injured died on Monday") or died of their wounds.
        member_units: words hyphened to a figure before a body that give its members
            ("the 15-member council", "the 15-nation Security Council").
        size_words: words hyphened to a figure that give a group's size ("a 1,500-strong
            force").
        force_nouns: nouns of an armed force, whose size is the troops deployed.
        forecast_words: words that make a result's figure after them a forecast ("the
            exit poll gives Labour 410 seats", "projected to win 410").
        forecast_phrases: the same in more than one word ("exit poll", "on course").
        forecast_attributes: the attributes of results a forecast is made of.
        threshold_nouns: nouns of a line to reach ("the 326-seat line", "the halfway
            mark of 326 seats"); ``threshold_phrases`` the same in more words.
        threshold_after: words after a counted noun that make it a line to reach ("326
            seats needed"); ``threshold_before`` the same before the figure ("needs").
        act_noun_verbs: an act noun -> the verb of the same act ("announcement" ->
            "announced"): a date of either is one question.
        lasting_days: event types that go on for weeks -> how many days apart their
            reports may date them and still tell of one event (a withdrawal).
        naming_words: event words a proper name follows ("Hurricane Helene").
        verbs_after_to: event words that straight after "to" are verbs ("to strike").
        named_event_days: how many days apart mentions of one named event may be dated
            and still be one event.
        phase_words: a word that says which end of a lasting event a date is
            ("first" -> ``date_began``, "last" -> ``date_ended``).
        one_event_attributes: attributes only one type of event has (seats won at an
            election), read off ``event_accepts``: an article that names no event
            and gives one tells of the corpus's one event that has such figures.
        sole_words: words that make a vote one member's ("the lone abstention").
        sole_votes: vote phrases after one of them -> the side they count ("vote
            against" -> ``voted_against``).
        sole_after_a_name: what follows "only" and a member's name -> the side ("Only
            the US voted against").
        sole_member_nouns, sole_member_describing, sole_member_acts: "the only
            (permanent) member to veto": the member nouns, the words that may describe
            them, and the acts after "to" -> the side.
        unanimous_words: words that make a vote all members' ("unanimously").
        unanimous_vote_words: words of a vote, one of which stands near a unanimous
            word; ``unanimous_against_words`` among them say all voted against.
        fixed_bodies: names of bodies of fixed size, as token tuples -> their members
            ("security council" -> 15).
    """

    predicates: dict[str, str]
    counting_nouns: dict[str, str]
    measures: dict[str, str]
    units: dict[str, tuple[str, str, float]]
    currencies: dict[str, str]
    multipliers: dict[str, int]
    number_nouns: frozenset[str]
    events: dict[str, str]
    event_predicates: dict[str, str]
    generic_people: frozenset[str]
    standing_predicates: frozenset[str]
    event_people: dict[str, frozenset[str]]
    nominal_adjectives: frozenset[str]
    event_accepts: dict[str, frozenset[str]]
    held_counts: dict[str, str]
    sub_events: frozenset[str]
    ambiguous_events: dict[str, tuple[str, str]]
    count_verbs: frozenset[str] = frozenset()
    not_events_before: frozenset[str] = frozenset()
    not_events_objects: dict[str, frozenset[str]] = attrs.Factory(dict)
    event_verbs: dict[str, frozenset[str]] = attrs.Factory(dict)
    fixed_at_event: frozenset[str] = frozenset()
    act_verbs: frozenset[str] = frozenset()
    body_heads: frozenset[str] = frozenset()
    not_voting_bodies: frozenset[str] = frozenset()
    regional_branches: frozenset[str] = frozenset()
    ordinal_acts: dict[str, str] = attrs.Factory(dict)
    body_owners: frozenset[tuple[str, ...]] = frozenset()
    bodied_events: frozenset[str] = frozenset()
    naming_verbs: dict[str, str] = attrs.Factory(dict)
    part_groups: frozenset[str] = frozenset()
    unit_low_factors: dict[str, float] = attrs.Factory(dict)
    dollar_prefixes: dict[str, str] = attrs.Factory(dict)
    subject_naming_verbs: dict[str, tuple[str, frozenset[str]]] = attrs.Factory(dict)
    by_region: frozenset[str] = frozenset()
    named_by_attribute: frozenset[str] = frozenset()
    not_events_after: dict[str, frozenset[str]] = attrs.Factory(dict)
    event_types_after: dict[str, dict[str, str]] = attrs.Factory(dict)
    unrealized_before: frozenset[str] = frozenset()
    unrealized_calls: frozenset[str] = frozenset()
    unrealized_ruled_out: frozenset[str] = frozenset()
    unrealized_adjectives: frozenset[str] = frozenset()
    unrealized_after: frozenset[tuple[str, ...]] = frozenset()
    unrealized_fears: frozenset[str] = frozenset()
    unrealized_consequences: dict[str, frozenset[tuple[str, ...]]] = attrs.Factory(dict)
    act_nouns: frozenset[str] = frozenset()
    event_anaphors: frozenset[str] = frozenset()
    object_naming_verbs: dict[str, tuple[tuple[str, frozenset[str]], ...]] = attrs.Factory(dict)
    event_types_of: dict[str, tuple[tuple[str, frozenset[str]], ...]] = attrs.Factory(dict)
    report_nouns: frozenset[str] = frozenset()
    vote_objects: frozenset[str] = frozenset()
    margin_nouns: dict[str, str] = attrs.Factory(dict)
    agent_nouns: dict[str, str] = attrs.Factory(dict)
    agent_roles: frozenset[str] = frozenset()
    held_by_default: dict[str, str] = attrs.Factory(dict)
    margin_verbs: frozenset[str] = frozenset()
    margin_units: frozenset[str] = frozenset()
    tally_verbs: dict[tuple[str, ...], str] = attrs.Factory(dict)
    held_verbs: frozenset[str] = frozenset()
    back_references: frozenset[tuple[str, ...]] = frozenset()
    percent_changes: dict[str, str] = attrs.Factory(dict)
    percent_change_nouns: dict[str, str] = attrs.Factory(dict)
    measure_dimensions: dict[str, str] = attrs.Factory(dict)
    not_events_of: dict[str, frozenset[str]] = attrs.Factory(dict)
    predicate_phrases: dict[tuple[str, ...], str] = attrs.Factory(dict)
    carried_to: tuple[frozenset[str], frozenset[str], str] = (frozenset(), frozenset(), "")
    carried_out: tuple[frozenset[str], str] = (frozenset(), "")
    noun_verbs: dict[str, dict[str, str]] = attrs.Factory(dict)
    share_names: dict[str, str] = attrs.Factory(dict)
    ballot_sides: dict[str, str] = attrs.Factory(dict)
    phrase_starts: frozenset[str] = frozenset()
    longest_phrase: int = 0
    voter_verbs: dict[str, str] = attrs.Factory(dict)
    voters: frozenset[str] = frozenset()
    electorate: frozenset[str] = frozenset()
    electorate_phrases: tuple[tuple[str, ...], ...] = ()
    electorate_acts: dict[tuple[str, ...], str] = attrs.Factory(dict)
    sole_words: frozenset[str] = frozenset()
    size_words: frozenset[str] = frozenset()
    member_units: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()
    one_event_attributes: frozenset[str] = frozenset()
    comparison_words: frozenset[str] = frozenset()
    sensed_words: frozenset[str] = frozenset()
    occurrence_phrases: frozenset[tuple[str, ...]] = frozenset()
    later_parts: dict[str, str] = attrs.Factory(dict)
    later_deaths: frozenset[str] = frozenset()
    scale_ratings: frozenset[str] = frozenset()
    sub_votes: frozenset[str] = frozenset()
    body_fates: dict[str, str] = attrs.Factory(dict)
    withdrawal_nouns: frozenset[str] = frozenset()
    later_deaths_with_increment: frozenset[str] = frozenset()
    later_deaths_of_the_harmed: frozenset[str] = frozenset()
    follow_up_days: dict[str, int] = attrs.Factory(dict)
    same_event_days: dict[str, int] = attrs.Factory(dict)
    clock_phases: dict[str, str] = attrs.Factory(dict)
    set_off_by: dict[str, frozenset[str]] = attrs.Factory(dict)
    commemorating: frozenset[str] = frozenset()
    copula_counts: dict[str, str] = attrs.Factory(dict)
    stretch_verbs: dict[str, str] = attrs.Factory(dict)
    sole_votes: dict[tuple[str, ...], str] = attrs.Factory(dict)
    sole_after_a_name: dict[tuple[str, ...], str] = attrs.Factory(dict)
    sole_member_nouns: frozenset[str] = frozenset()
    sole_member_describing: frozenset[str] = frozenset()
    sole_member_acts: dict[tuple[str, ...], str] = attrs.Factory(dict)
    unanimous_words: frozenset[str] = frozenset()
    unanimous_vote_words: frozenset[str] = frozenset()
    unanimous_against_words: frozenset[str] = frozenset()
    fixed_bodies: dict[tuple[str, ...], int] = attrs.Factory(dict)
    forecast_words: frozenset[str] = frozenset()
    forecast_phrases: frozenset[tuple[str, ...]] = frozenset()
    forecast_attributes: frozenset[str] = frozenset()
    threshold_nouns: frozenset[str] = frozenset()
    threshold_phrases: frozenset[tuple[str, ...]] = frozenset()
    threshold_after: frozenset[str] = frozenset()
    threshold_before: frozenset[str] = frozenset()
    lasting_days: dict[str, int] = attrs.Factory(dict)
    naming_words: frozenset[str] = frozenset()
    verbs_after_to: frozenset[str] = frozenset()
    link_openers: dict[str, tuple[tuple[str, ...], ...]] = attrs.Factory(dict)
    named_event_days: int = 0
    act_noun_verbs: dict[str, str] = attrs.Factory(dict)
    phase_words: dict[str, str] = attrs.Factory(dict)
    predicate_people: dict[str, frozenset[str]] = attrs.Factory(dict)
    occupant_people: frozenset[str] = frozenset()
    outcome_nouns: frozenset[str] = frozenset()


def _by_first_word(phrases: Sequence[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases split into words, by their first word: a line is tested on one lookup.

    Examples:
        >>> _by_first_word(["read more", "related", "read also"])
        {'read': (('read', 'more'), ('read', 'also')), 'related': (('related',),)}
    """
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in phrases:
        split = tuple(phrase.split())
        out[split[0]] = (*out.get(split[0], ()), split)
    return out


def _inverted(table: dict[str, list[str]], where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, members in table.items():
        for word in members:
            if word in out:
                raise ValueError(f"lexicon/frames.json: {where}: {word!r} is listed twice")
            out[word] = name
    return out


#: Attributes every kind of event may have: no sign of which one an article tells of.
_ANY_EVENT_ATTRIBUTES: Final = frozenset(words("date count"))


def _by_last_word(phrases: Sequence[str]) -> dict[str, frozenset[tuple[str, ...]]]:
    """Phrases by their last word, so a reader looks them up from the word it stands on."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        words_ = tuple(str(phrase).split())
        out.setdefault(words_[-1], set()).add(words_)
    return {last: frozenset(found) for last, found in out.items()}


def _of_one_event_type(accepts: dict[str, list[str]]) -> frozenset[str]:
    """The attributes exactly one event type accepts (``seats_won``: an election's)."""
    types_of: dict[str, int] = {}
    for attributes in accepts.values():
        for attribute in set(attributes):
            types_of[attribute] = types_of.get(attribute, 0) + 1
    return frozenset(a for a, n in types_of.items() if n == 1 and a not in _ANY_EVENT_ATTRIBUTES)


def parse_frame_tables(data: dict[str, Any]) -> FrameTables:
    """Validate and index the frame lexicon; errors name the section and the word."""
    units: dict[str, tuple[str, str, float]] = {}
    low_factors: dict[str, float] = {}
    for word, entry in data["units"].items():
        if not {"dimension", "unit", "factor"} <= set(entry):
            raise ValueError(f"lexicon/frames.json: units: {word!r} needs dimension, unit, factor")
        units[word] = (str(entry["dimension"]), str(entry["unit"]), float(entry["factor"]))
        if "low_factor" in entry:
            low_factors[word] = float(entry["low_factor"])
    phrases: dict[tuple[str, ...], str] = {}
    for phrase, predicate in data.get("predicate_phrases", {}).items():
        if phrase.startswith("_"):
            continue
        if len(phrase.split()) < 2:
            raise ValueError(f"lexicon/frames.json: predicate_phrases: {phrase!r} is one word")
        phrases[tuple(phrase.casefold().split())] = str(predicate)
    return FrameTables(
        predicates=_inverted(data["predicates"], "predicates"),
        counting_nouns=_inverted(data["counting_nouns"], "counting_nouns"),
        measures=_inverted(data["measures"], "measures"),
        measure_dimensions={
            str(k): str(v) for k, v in data.get("measure_dimensions", {}).items() if k[:1] != "_"
        },
        units=units,
        currencies={str(k): str(v) for k, v in data["currencies"].items()},
        multipliers={str(k): int(v) for k, v in data["multiplier_words"].items()},
        number_nouns=frozenset(data["number_nouns"]),
        events=_inverted(data["events"], "events"),
        event_predicates={str(k): str(v) for k, v in data["event_predicates"].items()},
        generic_people=frozenset(data["generic_people"]),
        standing_predicates=frozenset(data["standing_predicates"]),
        event_people={str(k): frozenset(v) for k, v in data["event_people"].items()},
        predicate_people={
            str(k): frozenset(v)
            for k, v in data.get("predicate_people", {}).items()
            if not k.startswith("_")
        },
        occupant_people=frozenset(data.get("occupant_people", {}).get("words", ())),
        outcome_nouns=frozenset(data.get("outcome_nouns", {}).get("words", ())),
        nominal_adjectives=frozenset(data["nominal_adjectives"]),
        event_accepts={str(k): frozenset(v) for k, v in data["event_accepts"].items()},
        one_event_attributes=_of_one_event_type(data["event_accepts"]),
        held_counts={str(k): str(v) for k, v in data["held_counts"].items()},
        sub_events=frozenset(data["sub_events"]),
        ambiguous_events={
            str(k): (str(v[0]), str(v[1])) for k, v in data["ambiguous_events"].items()
        },
        count_verbs=frozenset(data.get("count_verbs", ())),
        not_events_before=frozenset(data.get("not_events_before", ())),
        not_events_objects={
            str(word): frozenset(objects)
            for word, objects in data.get("not_events_objects", {}).items()
            if not word.startswith("_")
        },
        event_verbs={str(k): frozenset(v) for k, v in data.get("event_verbs", {}).items()},
        fixed_at_event=frozenset(data.get("fixed_at_event", ())),
        act_verbs=frozenset(data.get("act_verbs", ())),
        body_heads=frozenset(data.get("voting_bodies", {}).get("heads", ())),
        not_voting_bodies=frozenset(data.get("voting_bodies", {}).get("not_voting", ())),
        regional_branches=frozenset(data.get("regional_branches", {}).get("words", ())),
        ordinal_acts=_inverted(
            {k: v for k, v in data.get("ordinal_acts", {}).items() if not k.startswith("_")},
            "ordinal_acts",
        ),
        body_owners=frozenset(
            tuple(str(name).split()) for name in data.get("voting_bodies", {}).get("owners", ())
        ),
        bodied_events=frozenset(data.get("voting_bodies", {}).get("events", ())),
        naming_verbs=_inverted(
            {k: v for k, v in data.get("naming_verbs", {}).items() if not k.startswith("_")},
            "naming_verbs",
        ),
        part_groups=frozenset(data.get("part_groups", ())),
        unit_low_factors=low_factors,
        dollar_prefixes={str(k): str(v) for k, v in data.get("dollar_prefixes", {}).items()},
        subject_naming_verbs={
            str(verb): (str(kind), frozenset(entry["subjects"]))
            for kind, entry in data.get("naming_verbs_by_subject", {}).items()
            if not kind.startswith("_")
            for verb in entry["verbs"]
        },
        by_region=frozenset(data.get("by_region", ())),
        voter_verbs=_inverted(
            {
                k: v
                for k, v in data.get("voter_verbs", {}).items()
                if not k.startswith("_") and k != "voters"
            },
            "voter_verbs",
        ),
        voters=frozenset(data.get("voter_verbs", {}).get("voters", ())),
        electorate=frozenset(
            v for v in data.get("electorate_shares", {}).get("voters", ()) if " " not in v
        ),
        electorate_phrases=tuple(
            sorted(
                (
                    tuple(v.split())
                    for v in data.get("electorate_shares", {}).get("voters", ())
                    if " " in v
                ),
                key=lambda phrase: -len(phrase),
            )
        ),
        electorate_acts={
            tuple(str(phrase).split()): act
            for act in ("turned_out", "backed")
            for phrase in data.get("electorate_shares", {}).get(act, ())
        },
        sole_words=frozenset(data.get("sole_votes", {}).get("words", ())),
        unanimous_words=frozenset(data.get("unanimous_votes", {}).get("words", ())),
        unanimous_vote_words=frozenset(data.get("unanimous_votes", {}).get("vote_words", ())),
        unanimous_against_words=frozenset(data.get("unanimous_votes", {}).get("against_words", ())),
        fixed_bodies={
            tuple(str(name).split()): int(size)
            for name, size in data.get("unanimous_votes", {}).get("bodies", {}).items()
        },
        size_words=frozenset(data.get("group_sizes", {}).get("words", ())),
        member_units=frozenset(data.get("group_sizes", {}).get("members", ())),
        force_nouns=frozenset(data.get("group_sizes", {}).get("forces", ())),
        comparison_words=frozenset(data.get("comparison_words", {}).get("words", ())),
        sensed_words=frozenset(data.get("sensed_words", {}).get("words", ())),
        occurrence_phrases=frozenset(
            tuple(str(phrase).split())
            for phrase in data.get("occurrence_verbs", {}).get("phrases", ())
        ),
        stretch_verbs=_inverted(
            {k: v for k, v in data.get("stretch_verbs", {}).items() if not k.startswith("_")},
            "stretch_verbs",
        ),
        commemorating=frozenset(data.get("commemorating", {}).get("types", ())),
        copula_counts={
            str(k): str(v) for k, v in data.get("copula_counts", {}).items() if k != "_about"
        },
        set_off_by={
            str(k): frozenset(v) for k, v in data.get("set_off_by", {}).items() if k != "_about"
        },
        follow_up_days={
            str(k): int(v) for k, v in data.get("follow_up_days", {}).items() if k != "_about"
        },
        same_event_days={
            str(k): int(v) for k, v in data.get("same_event_days", {}).items() if k != "_about"
        },
        clock_phases=_inverted(
            {k: v for k, v in data.get("clock_phases", {}).items() if not k.startswith("_")},
            "clock_phases",
        ),
        later_parts={
            str(k): str(v) for k, v in data.get("later_parts", {}).items() if k != "_about"
        },
        later_deaths=frozenset(data.get("later_deaths", {}).get("always", ())),
        scale_ratings=frozenset(data.get("scale_ratings", {}).get("words", ())),
        sub_votes=frozenset(data.get("sub_votes", {}).get("words", ())),
        withdrawal_nouns=frozenset(data.get("withdrawal_nouns", {}).get("words", ())),
        body_fates=_inverted(
            {k: v for k, v in data.get("body_fates", {}).items() if not k.startswith("_")},
            "body_fates",
        ),
        later_deaths_with_increment=frozenset(
            data.get("later_deaths", {}).get("with_increment", ())
        ),
        later_deaths_of_the_harmed=frozenset(data.get("later_deaths", {}).get("of_the_harmed", ())),
        forecast_words=frozenset(data.get("forecasts", {}).get("words", ())),
        forecast_phrases=frozenset(
            tuple(str(phrase).split()) for phrase in data.get("forecasts", {}).get("phrases", ())
        ),
        forecast_attributes=frozenset(data.get("forecasts", {}).get("attributes", ())),
        threshold_nouns=frozenset(data.get("thresholds", {}).get("nouns", ())),
        threshold_phrases=frozenset(
            tuple(str(phrase).split()) for phrase in data.get("thresholds", {}).get("phrases", ())
        ),
        threshold_after=frozenset(data.get("thresholds", {}).get("after", ())),
        threshold_before=frozenset(data.get("thresholds", {}).get("before", ())),
        act_noun_verbs={
            str(k): str(v) for k, v in data.get("act_noun_verbs", {}).items() if k[:1] != "_"
        },
        lasting_days={
            str(k): int(v) for k, v in data.get("lasting_events", {}).get("days", {}).items()
        },
        naming_words=frozenset(data.get("named_events", {}).get("words", ())),
        verbs_after_to=frozenset(data.get("verbs_after_to", {}).get("words", ())),
        link_openers=_by_first_word(data.get("link_openers", {}).get("phrases", ())),
        named_event_days=int(data.get("named_events", {}).get("days", 0)),
        phase_words={
            str(word): f"date_{phase}"
            for phase in ("began", "ended")
            for word in data.get("lasting_events", {}).get(phase, ())
        },
        sole_votes={
            tuple(str(phrase).split()): str(side)
            for phrase, side in data.get("sole_votes", {}).get("phrases", {}).items()
        },
        sole_after_a_name={
            tuple(str(phrase).split()): str(side)
            for phrase, side in data.get("sole_votes", {}).get("after_a_name", {}).items()
            if not phrase.startswith("_")
        },
        sole_member_nouns=frozenset(data.get("sole_votes", {}).get("members", {}).get("nouns", ())),
        sole_member_describing=frozenset(
            data.get("sole_votes", {}).get("members", {}).get("describing", ())
        ),
        sole_member_acts={
            tuple(str(phrase).split()): str(side)
            for phrase, side in data.get("sole_votes", {})
            .get("members", {})
            .get("acts", {})
            .items()
        },
        share_names=_inverted(
            {k: v for k, v in data.get("share_names", {}).items() if not k.startswith("_")},
            "share_names",
        ),
        ballot_sides=_inverted(
            {k: v for k, v in data.get("ballot_sides", {}).items() if not k.startswith("_")},
            "ballot_sides",
        ),
        named_by_attribute=frozenset(data.get("named_by_attribute", ())),
        act_nouns=frozenset(data.get("act_nouns", ())),
        event_anaphors=frozenset(data.get("event_anaphors", {}).get("words", ())),
        report_nouns=frozenset(data.get("report_nouns", ())),
        vote_objects=frozenset(data.get("vote_objects", ())),
        margin_verbs=frozenset(data.get("margin_verbs", {}).get("verbs", ())),
        held_by_default={
            str(k): str(v) for k, v in data.get("held_by_default", {}).items() if k[:1] != "_"
        },
        agent_nouns={
            str(k): str(v) for k, v in data.get("agent_nouns", {}).items() if k[:1] != "_"
        },
        agent_roles=frozenset(
            str(v) for k, v in data.get("agent_nouns", {}).items() if k[:1] != "_"
        ),
        margin_units=frozenset(data.get("margin_verbs", {}).get("units", ())),
        margin_nouns=_inverted(
            {k: v for k, v in data.get("margin_nouns", {}).items() if not k.startswith("_")},
            "margin_nouns",
        ),
        tally_verbs={
            tuple(str(phrase).split()): str(way)
            for way, phrases in data.get("tally_verbs", {}).items()
            if not way.startswith("_")
            for phrase in phrases
        },
        held_verbs=frozenset(str(w) for w in data.get("held_verbs", {}).get("verbs", ())),
        back_references=frozenset(
            tuple(str(p).split()) for p in data.get("back_references", {}).get("openers", ())
        ),
        not_events_of={
            str(word): frozenset(after)
            for word, after in data.get("not_events_of", {}).items()
            if not word.startswith("_")
        },
        percent_changes={
            str(word): str(direction)
            for direction, verbs in data.get("percent_changes", {}).items()
            if not direction.startswith("_")
            for word in verbs
        },
        percent_change_nouns={
            str(word): str(direction)
            for direction, nouns in data.get("percent_change_nouns", {}).items()
            if not direction.startswith("_")
            for word in nouns
        },
        predicate_phrases=phrases,
        carried_to=(
            frozenset(data.get("carried_to", {}).get("verbs", ())),
            frozenset(data.get("carried_to", {}).get("places", ())),
            str(data.get("carried_to", {}).get("predicate", "")),
        ),
        noun_verbs={
            str(noun): {str(verb): str(kind) for verb, kind in verbs.items()}
            for noun, verbs in data.get("noun_verbs", {}).items()
            if not noun.startswith("_")
        },
        carried_out=(
            frozenset(data.get("carried_out", {}).get("verbs", ())),
            str(data.get("carried_out", {}).get("predicate", "")),
        ),
        phrase_starts=frozenset(phrase[0] for phrase in phrases),
        longest_phrase=max((len(phrase) for phrase in phrases), default=0),
        object_naming_verbs=_verbs_by_object(data.get("naming_verb_objects", {})),
        event_types_of={
            str(word): tuple((str(kind), frozenset(objects)) for kind, objects in types.items())
            for word, types in data.get("event_types_of", {}).items()
            if not word.startswith("_")
        },
        unrealized_before=frozenset(data.get("unrealized_events", {}).get("before", ())),
        unrealized_calls=frozenset(data.get("unrealized_events", {}).get("calls", ())),
        unrealized_ruled_out=frozenset(data.get("unrealized_events", {}).get("ruled_out", ())),
        unrealized_fears=frozenset(data.get("unrealized_events", {}).get("fears", ())),
        unrealized_consequences=_by_last_word(
            data.get("unrealized_events", {}).get("consequences", ())
        ),
        unrealized_after=frozenset(
            tuple(str(p).split()) for p in data.get("unrealized_events", {}).get("after", ())
        ),
        unrealized_adjectives=frozenset(data.get("unrealized_events", {}).get("adjectives", ())),
        not_events_after={
            str(k): frozenset(v)
            for k, v in data.get("not_events_after", {}).items()
            if not k.startswith("_")
        },
        event_types_after={
            str(word): {
                str(before): str(kind) for kind, befores in types.items() for before in befores
            }
            for word, types in data.get("event_types_after", {}).items()
            if not word.startswith("_")
        },
    )


def _verbs_by_object(
    table: Mapping[str, Any],
) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """``naming_verb_objects`` by verb: each kind's entry, or list of entries, read out."""
    out: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for kind, entries in table.items():
        if kind.startswith("_"):
            continue
        for entry in entries if isinstance(entries, list) else [entries]:
            for verb in entry["verbs"]:
                out.setdefault(str(verb), []).append((str(kind), frozenset(entry["objects"])))
    return {verb: tuple(kinds) for verb, kinds in out.items()}


@functools.cache
def frame_tables() -> FrameTables:
    """The packaged frame lexicon (read once per process)."""
    return parse_frame_tables(load_lexicon("frames.json"))


@attrs.frozen
class Figure:
    """One figure's frame: what it counts or measures, and its normalized value.

    Attributes:
        subject: the counted or measured thing ("people", "distress calls", "earthquake").
        attribute: the predicate class or measure (``killed``, ``depth``, ``arrived``).
        value: the value in the frame's unit.
        start: start offset of the figure in the text.
        end: end offset (exclusive).
        first: index of the figure's first token.
        last: index one past its last token.
        passed: mentions this figure absorbed, with the reason (a unit conversion).
    """

    subject: str
    attribute: str
    value: Quantity
    start: int
    end: int
    first: int
    last: int
    passed: tuple[PassedOver, ...] = ()


@attrs.frozen(order=True)
class PassedOver:
    """A figure or time expression that became no claim, and why.

    Attributes:
        start: its start offset in the article's text.
        end: its end offset (exclusive).
        text: the figure as written.
        reason: why it makes no claim ("a year (read as a date)").
        document: the article's document id (set by :func:`extract_claims`).
    """

    start: int
    end: int
    text: str
    reason: str
    document: str = ""


_AUXILIARIES: Final = frozenset(
    words(
        """were was are is be been being have has had still reportedly
    also now already remain remains remained since later earlier initially officially so
    far thought believed feared said reported confirmed estimated expected currently
    continue continues continued"""
    )
)
_CALENDAR: Final = frozenset(MONTHS) | frozenset(WEEKDAYS)
#: Words that make the period after them a time ("last week", "this month").
_RELATIVE_TIMES: Final = frozenset(words("last next this past coming previous"))
#: Periods a relative word counts from ("last week"), and days said by one word.
_PERIODS: Final = frozenset(words("week weeks weekend month months year years night day"))
_DAY_WORDS: Final = frozenset(words("yesterday today tonight overnight"))


def _time_at(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """Whether a time starts at ``k``: "last week", "this Monday", "yesterday"."""
    if k >= hi:
        return False
    low = tokens[k].low
    if low in _DAY_WORDS:
        return True
    return (
        low in _RELATIVE_TIMES
        and k + 1 < hi
        and (tokens[k + 1].low in _PERIODS or tokens[k + 1].low in _CALENDAR)
    )


#: What a participle before a counted noun says befell its people: "33 injured workers".
_HARM_MODIFIERS: Final = frozenset(words("injured killed displaced rescued"))
#: Words that end a counted noun phrase though they are no function words: verbs that
#: link the figure ("people remain missing") and places ("dams outside the city").
_NP_STOPS: Final = frozenset(
    words(
        """remain remains remained stay stays stayed continue continues outside inside south
        north east west southwest southeast northwest northeast nearby downstream upstream
        soon already again ahead behind according because nationwide countrywide worldwide
        overall altogether respectively apiece"""
    )
)
_LATER_WORDS: Final = frozenset(["later", "after", "apart", "before", "earlier", "afterwards"])
_PEOPLE: Final = "people"
#: A word; a name of several words an article joins into one token ("Law and Justice",
#: :mod:`reconcile.extract._compounds`) is one word too.
_WORD: Final = re.compile(r"[^\W\d_](?:[\w'-]| [\w&])*")


def _is_word(token: Token) -> bool:
    return _WORD.fullmatch(token.text) is not None


#: Irregular past forms that end a noun phrase; the time words of the past list ("ago",
#: "last", "earlier") and forms that are nouns too ("hit", "shot", "lay") are left out.
IRREGULAR_VERB_FORMS: Final = IRREGULAR_PAST - frozenset(
    words("ago last earlier previously hit shot lay formed established")
)

#: Nouns in -ing that end a counted phrase as its head, not as a verb after it: "an
#: eight-storey apartment building", "two tower blocks and a housing estate".
_ING_NOUNS: Final = frozenset(
    words("""building buildings housing dwelling dwellings ceiling ceilings wedding
    weddings meeting meetings morning evening clothing offering offerings""")
)
#: Month names that are also verbs: in lower case they are the verb.
_VERB_MONTHS: Final = frozenset(words("march may"))


def _noun_phrase(tokens: Sequence[Token], k: int, hi: int) -> tuple[list[Token], int]:
    """Up to four content words from ``k``: the counted noun phrase and its end.

    Stops at punctuation, a function word, a second capitalized name after a common word
    (the start of another phrase), or a verb form after the first word.
    """
    out: list[Token] = []
    j = k
    while j < hi and len(out) < 4:
        t = tokens[j]
        if (
            t.low == "-"
            and out
            and j + 1 < hi
            and _is_word(tokens[j + 1])
            and tokens[j + 1].start == t.end
        ):
            # "black-clad protesters": a hyphened modifier is one word of the phrase
            nxt = tokens[j + 1]
            out[-1] = token(out[-1].start, nxt.end, f"{out[-1].text}-{nxt.text}")
            j += 2
            continue
        weapons_joined = (
            out
            and HEADS.get(out[-1].low) in WEAPON_HEADS
            and j + 1 < len(tokens)
            and HEADS.get(tokens[j + 1].low) in WEAPON_HEADS
        )
        if (
            t.low in ("and", "or")
            and out
            and (weapons_joined or _coordinated_noun(tokens, j + 1, hi))
        ):
            # "300 missiles and drones launched overnight": one count of both kinds
            # "1.2 million homes and businesses were without power": one counted phrase
            out.extend(tokens[j : j + 2])
            j += 2
            continue
        month = t.low in _CALENDAR and (t.is_capitalized or t.low not in _VERB_MONTHS)
        if _time_at(tokens, j, hi):
            break  # "dropped to 385 last week": a time, no counted noun
        if (
            not _is_word(t)
            or t.low in FUNCTION_WORDS
            or month
            or t.low in _NP_STOPS
            or t.low.endswith("n't")  # "This 10,000 won't come close": a verb
            or t.low in _REPORTING_PARTICIPLES  # "another 9,000 expected shortly"
        ):
            break  # "2 million march": a month is written with a capital
        if t.low in IRREGULAR_VERB_FORMS or (
            out
            and (t.low.endswith("ing") or t.low.endswith("ed"))
            and t.low not in _ING_NOUNS
            and not _ing_modifier(tokens, j, hi, out[-1])
        ):
            break  # "100 troops drove out", "thousands took part": the verb ends it
        if (
            out
            and t.low.endswith("ly")
            and len(t.low) > 4
            and t.text.islower()
            and t.low not in _LY_ADJECTIVES
        ):
            break  # "430,000 settlers currently live there": an adverb opens the verb
        out.append(t)
        j += 1
    return out, j


#: Adjectives in -ly a counted noun phrase may hold: "40 frail elderly residents".
_LY_ADJECTIVES: Final = frozenset(
    words("elderly early deadly daily weekly monthly yearly friendly lonely costly holy")
)


def _ing_modifier(tokens: Sequence[Token], j: int, hi: int, before: Token) -> bool:
    """Whether the "-ing" word at ``j`` names a kind of the plural noun after it.

    "481 armored fighting vehicles": after a word that is no plural noun (a plural
    before it would make it a participle: "people attending rallies") and before a
    lowercase plural that ends the phrase.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("481 armored fighting vehicles were lost")
        >>> _ing_modifier(t, 2, len(t), t[1])
        True
        >>> t = tokenize("500 people attending rallies")
        >>> _ing_modifier(t, 2, len(t), t[1])
        False
    """
    nxt = tokens[j + 1] if j + 1 < hi else None
    return (
        tokens[j].low.endswith("ing")
        and not before.low.endswith("s")
        and before.low not in HEADS  # "people", "men": a plural all the same
        and nxt is not None
        and nxt.text.isalpha()
        and nxt.text.islower()
        and nxt.low.endswith("s")
        and nxt.low not in FUNCTION_WORDS
        and nxt.low not in IRREGULAR_VERB_FORMS
    )


def _coordinated_noun(tokens: Sequence[Token], j: int, hi: int) -> bool:
    """Whether token ``j`` is a lone plural noun joined to a counted phrase by "and".

    "homes and businesses", "soldiers and civilians": a lowercase plural that no verb
    form, function word or number is, and that ends the phrase.
    """
    if j >= hi:
        return False
    t = tokens[j]
    if not (t.text.isalpha() and t.text.islower() and t.low.endswith("s")):
        return False
    if t.low in FUNCTION_WORDS or t.low in IRREGULAR_VERB_FORMS or t.low in _NP_STOPS:
        return False
    after = tokens[j + 1] if j + 1 < hi else None
    return after is None or not _is_word(after) or after.low in FUNCTION_WORDS


def predicate_phrase_at(
    tokens: Sequence[Token], k: int, hi: int, tables: FrameTables
) -> tuple[str, int] | None:
    """The predicate class a phrase at ``k`` says and its length in words, longest first.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("300,000 people lost their homes")
        >>> predicate_phrase_at(t, 2, len(t), frame_tables())
        ('displaced', 3)
    """
    if k + 1 >= hi or not tables.predicate_phrases or tokens[k].low not in tables.phrase_starts:
        return None
    for size in range(min(tables.longest_phrase, hi - k), 1, -1):
        phrase = tuple(t.low for t in tokens[k : k + size])
        if phrase in tables.predicate_phrases:
            return tables.predicate_phrases[phrase], size
    return None


def _predicate_near(
    tokens: Sequence[Token], first: int, end: int, lo: int, hi: int, *, tables: FrameTables
) -> tuple[str | None, str | None]:
    """The predicate class (or the verb as written) around a figure.

    Looks after the noun phrase first, past auxiliaries ("were killed", "have died"),
    then at the word before the figure ("killed 30", "destroyed 400 buildings").
    Returns (class, word as written): a class from the table, else the word itself.
    """
    if first - 2 >= lo and tokens[first - 1].low == "of":
        noun = tokens[first - 2].low
        if noun in tables.predicates:
            return tables.predicates[noun], noun  # "the collapse of two dams"
    carried = carried_to_care(tokens, first, end, lo, hi, tables=tables)
    if carried is not None:
        return carried[0], tokens[carried[1]].low
    k = end
    if k + 1 < hi and tokens[k].low == "to" and tokens[k + 1].low in tables.predicates:
        # "forced 8,000 residents to evacuate": what the people were made to do
        return tables.predicates[tokens[k + 1].low], tokens[k + 1].low
    k = _past_aside(tokens, k, hi, tables)
    k = _past_place_phrase(tokens, k, hi, tables)
    k = _past_reduced_relative(tokens, k, hi, tables)
    while k < hi and tokens[k].low in _AUXILIARIES:
        k += 1
    if 0 < k < hi and tokens[k].low == "to" and tokens[k - 1].low in _RAISING_VERBS:
        # "750 people are believed to have been on board": the verb after the belief
        k += 1
        while k < hi and tokens[k].low in _AUXILIARIES:
            k += 1
    said = predicate_phrase_at(tokens, k, hi, tables)
    if said is not None:
        # "300,000 people took part": the words together, not "took" (seats won)
        return said[0], " ".join(t.low for t in tokens[k : k + said[1]])
    unknown: str | None = None  # a verb the table does not know, written as it is
    if k < hi and _is_word(tokens[k]) and tokens[k].low not in FUNCTION_WORDS:
        low = tokens[k].low
        together = tables.noun_verbs.get(tokens[end - 1].low) if end > first else None
        if together is not None and low in together:
            return together[low], low  # "167 lives had been lost": the dead
        if low in tables.predicates:
            return tables.predicates[low], low
        # "an earlier count of 65 had been revised": a verb of change is the figure's
        # course, not what it counts
        if low not in tables.count_verbs and (
            low.endswith(("ed", "en")) if k > end else low.endswith("ed") and k == end
        ):
            unknown = low  # "six trucks ... arrived"
    b = first - 1
    said = predicate_phrase_at(tokens, b - 1, first, tables) if b - 1 >= lo else None
    if said is not None and said[1] == 2:
        # "a boat packed with 700 migrants": two words before the figure say it
        return said[0], " ".join(t.low for t in tokens[b - 1 : first])
    if b >= lo and _is_word(tokens[b]) and tokens[b].low not in FUNCTION_WORDS:
        low = tokens[b].low
        if low in tables.predicates:
            # "a jet carrying 68 people crashed": the known verb before says what the
            # figure counts; the one after is the jet's
            return tables.predicates[low], low
        if unknown is None and low.endswith(("ed", "ing")):
            return None, low
    return None, unknown


#: Participles of report or belief that end a counted noun phrase, never modify it:
#: "another 9,000 expected shortly" ("the 95 known victims" is a modifier).
_REPORTING_PARTICIPLES: Final = frozenset(
    words("expected reported estimated believed feared thought said")
)
#: Verbs of belief or report that pass their subject to the verb after "to": "750 people
#: are believed to have been on board", "were feared to have died".
_RAISING_VERBS: Final = frozenset(
    words(
        """believed thought feared reported said estimated expected presumed understood known
        continue continues continued"""
    )
)


def carried_to_care(
    tokens: Sequence[Token], first: int, end: int, lo: int, hi: int, *, tables: FrameTables
) -> tuple[str, int] | None:
    """(predicate, the verb's index) of people carried to a place of care, else ``None``.

    "222 were taken to hospital", "had taken 271 people to health facilities": a verb of
    carrying (``carried_to``) before or after the counted people, and "to" a place of
    care within a few words after it.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Rescuers had taken 271 people to health facilities.")
        >>> carried_to_care(t, 3, 5, 0, len(t), tables=frame_tables())
        ('injured', 2)
        >>> t = tokenize("Rescuers evacuated 271 people to a school.")
        >>> carried_to_care(t, 2, 4, 0, len(t), tables=frame_tables()) is None
        True
        >>> t = tokenize("The airlift had flown 111,000 people out of the country.")
        >>> carried_to_care(t, 4, 6, 0, len(t), tables=frame_tables())
        ('displaced', 3)
    """
    verbs, places, predicate = tables.carried_to
    out_verbs, out_predicate = tables.carried_out
    if not predicate:
        return None
    b = first - 1
    while b >= 0 and (tokens[b].low in _QUOTE_MARKS or (b >= lo and tokens[b].low in _HEDGING)):
        b -= 1  # 'brought out "more than 120,000" people': a quotation opens a clause
    if b >= 1 and tokens[b].low == "out" and tokens[b - 1].low in out_verbs and out_predicate:
        return out_predicate, b - 1  # "brought out 120,000 people": carried out of a place
    if first - 1 >= lo and tokens[first - 1].low in verbs | out_verbs:
        verb, k = first - 1, end
    else:
        k = end
        while k < hi and tokens[k].low in _AUXILIARIES:
            k += 1
        if k >= hi or tokens[k].low not in verbs | out_verbs:
            return None
        verb, k = k, k + 1
    window = tokens[k : min(hi, k + 5)]
    if tokens[verb].low in out_verbs and out_predicate and window[:1] and window[0].low == "out":
        return out_predicate, verb  # "flown 111,000 people out of Afghanistan"
    if tokens[verb].low not in verbs:
        return None
    to = next((i for i, t in enumerate(window) if t.low == "to"), None)
    if to is None or not any(t.low in places for t in window[to + 1 :]):
        return None
    return predicate, verb


#: Words of a hedge before a figure, read past to the verb before them.
_HEDGING: Final = HEDGES_ABOUT_WORDS | frozenset(
    words("more than less fewer over at least almost nearly up to")
)
#: Quotation marks that may stand between a verb and the figure it quotes.
_QUOTE_MARKS: Final = frozenset({'"', "\u201c", "\u201d", "'"})


#: Words that open a phrase placing the counted things: "two dams outside the city".
_PLACE_LEADS: Final = frozenset(
    words("outside inside near in south north east west southwest southeast northwest northeast")
)


#: How far a list of parts set off by commas may run: "including 84 women, 82 men, ...".
_PART_LIST_REACH: Final = 30


def _past_aside(tokens: Sequence[Token], k: int, hi: int, tables: FrameTables) -> int:
    """Past a verbless aside set off by commas after the counted noun.

    "Two brothers, ages 5 and 11, were found alive": the verb after the aside is the
    brothers'. An aside with a verb of its own ("two men, who were shot, ...") or no
    closing comma within eight words is left where it is.
    """
    if k >= hi or tokens[k].low != ",":
        return k
    if k + 1 < hi and tokens[k + 1].low in _PART_OPENERS:
        # "176 victims, including 84 women, 82 men and 11 others, lost their lives": a
        # list of parts, commas and all, up to the comma its verb comes after
        for j in range(k + 2, min(hi - 1, k + _PART_LIST_REACH)):
            after = tokens[j + 1].low
            if tokens[j].low == "," and (
                after in tables.predicates
                or after in tables.phrase_starts
                or after in _AUXILIARIES
                or (after.endswith("ed") and not tokens[j + 1].is_capitalized)
            ):
                return j + 1
        return k
    for j in range(k + 1, min(hi, k + 9)):
        low = tokens[j].low
        if low == ",":
            return j + 1 if j > k + 1 else k
        if (
            low in _AUXILIARIES
            or low in tables.predicates
            or low in FUNCTION_WORDS - {"and", "or", "of", "the", "a", "an"}
            or (low.endswith("ed") and not tokens[j].is_capitalized)
        ):
            return k
    return k


def _past_reduced_relative(tokens: Sequence[Token], k: int, hi: int, tables: FrameTables) -> int:
    """Past a participle phrase describing the counted things, when a verb follows it.

    "24 captives held in Gaza were freed": "held in Gaza" says which captives; the
    verb after the auxiliary is theirs. Without an auxiliary and a known verb within
    six words the phrase is left where it is.
    """
    if k >= hi or tokens[k].low in tables.predicates:
        return k
    low = tokens[k].low
    if not (low.endswith("ed") or low in IRREGULAR_PAST) or not tokens[k].text.islower():
        return k
    for j in range(k + 1, min(hi - 1, k + 7)):
        if tokens[j].low in (",", ";", "and", "but"):
            break
        if tokens[j].low in _AUXILIARIES and tokens[j + 1].low in tables.predicates:
            return j
    return k


def _past_place_phrase(tokens: Sequence[Token], k: int, hi: int, tables: FrameTables) -> int:
    """Past a short phrase placing the counted things, when a known verb follows it.

    "when two dams outside the city collapsed": the verb is the dams'. Without a known
    verb within four words the phrase is left where it is.
    """
    if k >= hi or tokens[k].low not in _PLACE_LEADS:
        return k
    for j in range(k + 1, min(hi, k + 5)):
        if tokens[j].low in tables.predicates:
            return j
        if tokens[j].low in (",", ";", "and", "but"):
            break
    return k


def _counting_noun_before(
    tokens: Sequence[Token], first: int, lo: int, tables: FrameTables
) -> str | None:
    """A noun before the figure whose value it is: "the toll ... rose to 91" -> killed.

    A generic noun ("the total", "the number", "the figure") takes the predicate that
    its sentence names: "bringing the total of deaths to 41,732".
    """
    for k in range(first - 1, max(lo - 1, first - 30), -1):
        low = tokens[k].low
        if low in tables.counting_nouns and (
            low not in tables.nominal_adjectives or (k > 0 and tokens[k - 1].low in ("the", "of"))
        ):
            # "dead" or "wounded" names the people only after "the": "the number of the dead"
            return tables.counting_nouns[low]
        if low in tables.predicates and k < first - 1 and tokens[k - 1].low in _AUXILIARIES:
            return None  # "four were wounded ... one official": that verb has its figure
        if low in _GENERIC_TOTALS:
            # "bringing the total of deaths to 41,732"; else the figure of the event the
            # sentence names: "their count of 1.03 million for the demo" (who attended)
            named = next(
                (
                    tables.event_predicates[tables.events[t.low]]
                    for t in tokens[first : first + 6]
                    if tables.events.get(t.low) in tables.event_predicates
                ),
                None,
            ) or next(
                (
                    # "took part" is attending, though "took" alone wins seats
                    said[0]
                    if (said := predicate_phrase_at(tokens, j, len(tokens), tables))
                    else tables.predicates[t.low]
                    for j, t in enumerate(tokens)
                    if t.low in tables.predicates
                ),
                None,
            )
            if named is not None:
                return named
        if low in (";", ":"):
            return None
    return None


#: Vague words that give no order of size: no analyst reads a figure into "many".
_SIZELESS: Final = frozenset(words("many several some few numerous multiple countless handful"))
SIZELESS_REASON: Final = "a vague amount with no order of size ('many')"


def is_sizeless(value: Quantity) -> bool:
    """Whether a vague amount gives no order of size: "many", "several", "a few"."""
    words_ = value.text.casefold().split()
    return value.hedge is Hedge.VAGUE and bool(words_) and words_[-1] in _SIZELESS


def _counting_noun_after(
    tokens: Sequence[Token], last: int, hi: int, tables: FrameTables
) -> str | None:
    """A counting noun just after a bare figure: "revised from 95 to 84 the death toll"."""
    for k in range(last, min(hi, last + 4)):
        low = tokens[k].low
        if low in tables.counting_nouns and low not in tables.nominal_adjectives:
            return tables.counting_nouns[low]
        if not (low in ("the", "a", "an") or low in tables.predicates or low.isalpha()):
            return None
    return None


def _is_apposed_age(tokens: Sequence[Token], first: int, last: int, value: Quantity) -> bool:
    """A figure set off after a name: "said demonstrator Victor Li, 19." is his age."""
    point = value.point
    return (
        point is not None
        and point == int(point)
        and 0 < point < 120
        and first >= 2
        and tokens[first - 1].low == ","
        and tokens[first - 2].is_capitalized
        and (last >= len(tokens) or tokens[last].low in (",", ".", ";"))
    )


_GENERIC_TOTALS: Final = frozenset(["total", "number", "figure", "tally", "count"])


def _measure_near(
    tokens: Sequence[Token], first: int, last: int, lo: int, hi: int, *, tables: FrameTables
) -> str | None:
    for k in list(range(last, min(hi, last + 3))) + list(
        range(first - 1, max(lo - 1, first - 4), -1)
    ):
        low = tokens[k].low
        if low in tables.measures:
            return tables.measures[low]
    return None


def _after_unit(tokens: Sequence[Token], mention: QuantityMention) -> int:
    """The token after a measure's unit word ("18 kilometers|")."""
    k = mention.last
    unit = (mention.unit or "").casefold()
    words_of_unit = unit.split()
    if unit and k < len(tokens) and tokens[k].low == unit:
        k += 1
    elif len(words_of_unit) > 1 and [t.low for t in tokens[k : k + len(words_of_unit)]] == (
        words_of_unit
    ):
        k += len(words_of_unit)  # "34.1 per cent|" is written in two words
    elif unit and "".join(t.low for t in tokens[k : k + 3]) == unit:
        k += 3  # "240 km/h" is written in three tokens
    return k


def _conversion_after(
    tokens: Sequence[Token], k: int, mentions_by_first: dict[int, QuantityMention]
) -> QuantityMention | None:
    """The figure in brackets straight after a measure: "33 kilometers (20 miles)"."""
    if k < len(tokens) and tokens[k].low == "(":
        return mentions_by_first.get(k + 1)
    return None


def _in_unit(mention: QuantityMention, factor: float, unit: str) -> Quantity:
    value = mention.value
    low = value.low * factor
    high = value.high * factor
    point = None if value.point is None else value.point * factor
    return Quantity(low, high, value.hedge, point, value.text, unit=unit)


#: The last digit a figure is written to: "7.7" to tenths, "18" to units.
_DECIMALS: Final = re.compile(r"\d+(?:[.,]\d{3})*(?:\.(\d+))?")


def _open_sized(value: Quantity, low_factor: float) -> Quantity:
    """A measure in a unit of open size, down to its smallest reading.

    Examples:
        >>> q = _open_sized(Quantity.exact(2000.0, text="2,000", unit="t"), 0.907185)
        >>> (round(q.low, 1), q.high, q.point, q.hedge.value)
        (1814.4, 2000.0, 2000.0, 'about')
    """
    hedge = Hedge.ABOUT if value.hedge is Hedge.EXACT else value.hedge
    return attrs.evolve(value, low=value.low * low_factor, hedge=hedge)


def _continuous(mention: QuantityMention) -> QuantityMention:
    """A strict bound on a measure, bounded at its stated figure.

    A count is whole, so "more than 40 people" is at least 41; a measure is not, so
    "over 29%" is any share above 29 (29.2 among them), and "less than 5 km" any
    distance under 5. The bound is kept as the closed end of the interval.

    Examples:
        >>> from reconcile.extract._numbers import find_quantities
        >>> _continuous(find_quantities("over 29%")[0]).value.interval
        (29.0, inf)
        >>> _continuous(find_quantities("less than 5 km")[0]).value.interval
        (0.0, 5.0)
        >>> _continuous(find_quantities("more than 2.5%")[0]).value.interval
        (2.5, inf)
    """
    value = mention.value
    low, high = value.low, value.high
    if value.hedge is Hedge.MORE_THAN and low == int(low) and low >= 1:
        low -= 1  # the whole-count step Quantity.hedged takes, undone
    elif value.hedge is Hedge.LESS_THAN and high == int(high) and math.isfinite(high):
        high += 1
    return attrs.evolve(mention, value=attrs.evolve(value, low=low, high=high))


def _measured(mention: QuantityMention, factor: float = 1.0, unit: str = "") -> Quantity:
    """A measure as stated, to the precision it is written in.

    "18 km" is any distance that rounds to 18, so "17.9 km" (the same depth converted
    and rounded again) agrees with it; neighbouring readings ("7.7" and "7.8") stay
    apart, since each rounds to itself.

    Examples:
        >>> from reconcile.extract._numbers import find_quantities
        >>> q = _measured(find_quantities("a 7.7 quake")[0])
        >>> (round(q.low, 3), round(q.high, 3), q.point, q.text)
        (7.651, 7.749, 7.7, '7.7')
    """
    value = mention.value
    found = _DECIMALS.search(mention.text)
    if (
        value.hedge in (Hedge.MORE_THAN, Hedge.LESS_THAN)
        and mention.kind is not NumberKind.DURATION
    ):
        # a duration is counted in whole units as written: "over eight months" is nine
        # or more, as the war's "eight-month" length is not
        return _in_unit(_continuous(mention), factor, unit)
    if value.hedge is not Hedge.EXACT or value.point is None or found is None:
        return _in_unit(mention, factor, unit)
    # just under half the last digit: "7.7" and "7.8" stay two readings, "18" holds 17.9
    half = 0.49 * 10.0 ** -len(found.group(1) or "")
    point = value.point
    return Quantity(
        (point - half) * factor, (point + half) * factor, Hedge.ABOUT, point * factor,
        value.text, unit=unit,
    )  # fmt: skip


def read_frame(
    text: str,
    tokens: Sequence[Token],
    mention: QuantityMention,
    mentions: Sequence[QuantityMention],
    *,
    clause: tuple[int, int],
    tables: FrameTables,
    previous: tuple[str, str] | None = None,
) -> Figure | PassedOver:
    """The frame of one number mention, or the reason it is passed over.

    ``previous`` is the (subject, attribute) of the figure before it in the sentence,
    which a bare figure after "and" or "another" shares: "17,134 deaths in Turkey and
    another 3,317 in Syria".
    """
    lo, hi = clause
    first, last = mention.first, mention.last
    passed = PassedOver(mention.start, mention.end, mention.text, "")
    kind = mention.kind
    if kind is NumberKind.YEAR:
        return attrs.evolve(passed, reason="a year (read as a date)")
    if kind is NumberKind.DATE:
        return attrs.evolve(passed, reason="a day of a month (read as a date)")
    change = _bracketed_change(tokens, mention, previous, tables)
    if change is not None:
        # "Labour 412 (+211), Conservative 121 (-251)": the seats it gained or lost
        return Figure(previous[0] if previous else "", change, mention.value,
                      mention.start, mention.end, first, last)  # fmt: skip
    if _is_pronoun_one(tokens, mention):
        return attrs.evolve(passed, reason="'one' standing for a noun ('the outgoing one')")
    if kind is NumberKind.IDENTIFIER:
        held = (
            previous[1]
            if previous is not None and previous[1] in set(tables.held_counts.values())
            else _held_named_before(tokens, first, tables)
        )
        holder = _elided_holder(tokens, first, 0) if held is not None else None
        if holder is not None and held is not None and mention.value.point is not None:
            # "took 121 seats, the Liberals 72": no name "Liberals 72", the same count of
            # another holder, its verb left out; "Seats: Labour 412, Conservative 121"
            return Figure(holder, held, mention.value, mention.start, mention.end,
                          first, last)  # fmt: skip
        if first > lo and tokens[first - 1].low in tables.scale_ratings:
            # "a Category 4 storm", "Category 4-equivalent intensity": a step of a scale
            rating = tokens[first - 1].low
            rated = _event_word(tokens, lo, hi, tables, near=first) or rating
            return Figure(rated, rating, mention.value, mention.start, mention.end,
                          first, last)  # fmt: skip
        return attrs.evolve(passed, reason="an identifier, a score or part of a name")
    if kind is NumberKind.ORDINAL:
        return attrs.evolve(passed, reason="an ordinal")
    if kind is NumberKind.TIME:
        return attrs.evolve(passed, reason="a clock time (read by the clock-time finder)")
    if kind is NumberKind.VAGUE and is_sizeless(mention.value):
        return attrs.evolve(passed, reason=SIZELESS_REASON)
    unit_word = (mention.unit or "").casefold()
    absorbed: tuple[PassedOver, ...] = ()
    by_first = {m.first: m for m in mentions}
    supermajority = _supermajority(tokens, mention, hi)
    if supermajority is not None:
        # "the two-thirds majority needed", "breaking the two-thirds threshold": the line
        # a vote must reach, as a share of the votes
        return Figure("vote share", "threshold", supermajority, mention.start, mention.end,
                      first, last)  # fmt: skip
    if kind is NumberKind.AGE:
        if _is_speaker(tokens, first, last, tables):
            return attrs.evolve(passed, reason=SPEAKER_AGE_REASON)
        name = _name_before(text, tokens, first, lo) or _unnamed_by_age(tokens, mention)
        return Figure(
            name,
            "age",
            _in_unit(mention, 1, "yr"),
            mention.start,
            mention.end,
            first,
            last,
        )
    if (
        kind is NumberKind.PERCENT
        or unit_word in ("%", "percent", "pct", "percentage")
        # "a loss of 5.6 points", "increasing its share by 12.6 points": points of a
        # share, told by the change they are
        or (unit_word in _POINTS and _percent_change(tokens, first, lo, tables) is not None)
    ):
        after = _after_unit(tokens, mention)
        of = _of_phrase(tokens, after, hi)
        attribute = "share"
        head = _subject_head(tokens, lo, first)
        if head in _MEASURE_HEADS:
            head = _share_name_ending(tokens, lo, first, head, tables)
        subject = of or _share_named_beside(tokens, mention, lo, hi, tables)
        if head in tables.share_names:
            # "participation was 61% of the nominal list": the share's own name, not its whole
            subject = head
        subject = subject or head or _fronted_share_name(tokens, mention, lo, hi, tables) or "share"
        subject = tables.share_names.get(subject, subject)
        by_electorate = _electorate_share(tokens, after, hi, tables)
        if by_electorate is not None:
            # "60% of eligible voters turned out", "34% of voters backed Reform": what the
            # voters did says whose share it is, not the voters themselves
            return Figure(*by_electorate, _measured(mention, 1, "%"), mention.start,
                          mention.end, first, last)  # fmt: skip
        if (
            _share_counted(tokens, after, hi)
            or _counting_before(tokens, mention.first, lo, after, hi)
            or _count_completed(tokens, head, after, hi)
        ):
            # "with about 70% of the vote counted": how far the count has gone
            return Figure(
                "votes", "counted", _measured(mention, 1, "%"), mention.start, mention.end,
                first, last,
            )  # fmt: skip
        side = (
            _ballot_side(tokens, mention, lo, hi, tables)
            if of is None or of in _WHOLE_OF_VOTES
            else None
        )
        if side is not None:
            # "61.9% voting against", "38% for 'approve'": a side's share of a popular
            # vote, asked per side
            return Figure(
                side,
                "vote_share",
                _measured(mention, 1, "%"),
                mention.start,
                mention.end,
                first,
                last,
            )
        in_points = unit_word in _POINTS or (
            # "12.7 percentage points"
            unit_word == "percentage" and after < len(tokens) and tokens[after].low in _POINTS
        )
        if (
            previous is not None
            and previous[1] in _SHARE_CHANGES
            and first >= 2
            and tokens[first - 1].low == "to"
            and tokens[first - 2].low in _POINTS | {"%", "percent"}
        ):
            # "The OVP lost 11.1 points to 26.3%": the level the change left its share at
            return Figure(previous[0], "share", _measured(mention, 1, "%"), mention.start,
                          mention.end, first, last)  # fmt: skip
        moved = _percent_change(tokens, first, lo, tables) if in_points else None
        mover = _name_that_moved(tokens, first, lo, tables) if moved is not None else None
        if moved is not None and mover is not None:
            # "The OVP lost 11.1 points to 26.3%": the change of the name's share, which
            # is its share of the vote where the name is a race's contender
            gained = "share_gained" if moved[1] == "rise" else "share_lost"
            return Figure(mover, gained, _measured(mention, 1, "%"), mention.start,
                          mention.end, first, last)  # fmt: skip
        if moved is not None and moved[0] == "change" and _a_named_share(previous):
            # "Labour won 33.7% of the vote, up 1.6 points on 2019": the change of the
            # share just given, its holder's
            assert previous is not None
            gained = "vote_share_gained" if moved[1] == "rise" else "vote_share_lost"
            return Figure(previous[0], gained, _measured(mention, 1, "%"), mention.start,
                          mention.end, first, last)  # fmt: skip
        if moved is not None:
            # "Labour's share rose 1.6 points to 33.7%": a change of the share, not its level
            return Figure(*moved, _measured(mention, 1, "%"), mention.start, mention.end,
                          first, last)  # fmt: skip
        respective = respective_name(tokens, first)
        if respective is not None:
            # "The Greens and the Left won 11.6% and 8.8% of voters, respectively"
            of_votes = of is not None and (of.split()[-1] in _VOTE_NOUNS or of == "voters")
            return Figure(respective, "vote_share" if of_votes else "share",
                          _measured(mention, 1, "%"), mention.start, mention.end,
                          first, last)  # fmt: skip
        owner = _vote_share_owner(tokens, lo, first) if of is None else None
        if owner is None and of is None and _a_named_share(previous):
            # "58.5% of the vote against 41.5% for Tomas Vidal": the share of the one it
            # is for; "Labor won 32.6%, the coalition 35.7%": of the one named before it
            owner = _for_name(tokens, after, hi) or _elided_holder(tokens, first, lo)
        if (
            owner is None
            and previous is not None
            and previous[1] == "votes_won"
            and (
                # "14.6 per cent of the total", "59% of the total votes cast"
                (of is not None and of.split()[0] in _WHOLE_OF_VOTES)
                or (of is None and _votes_in_apposition(tokens, first, lo))
            )
        ):
            # "won 3.9 million votes, 14.6 per cent of the total": the share those votes are
            owner = previous[0]
        if owner is not None:
            # "the Alliance's share of the vote was 36.2%": the share is the owner's
            subject, attribute = owner, "vote_share"
        elif of in _VOTE_NOUNS or (of is not None and of.split()[-1] in _VOTE_NOUNS):
            # "the party took 38.4% of the vote": the share is the clause subject's;
            # "the quick count put Sheinbaum with 58.9% of the vote": the name before "with"
            with_name = (
                name_ending_at(tokens, first - 1, lo)
                if first - 1 > lo and tokens[first - 1].low == "with"
                else None
            )
            if with_name is not None and (
                with_name.casefold() in _CALENDAR or names_an_event(with_name, tables)
            ):
                # "finished first on Sunday with 35.4%": a day, no name; "Wins General
                # Election With 41%": the race won, not who won it
                with_name = None
            elif with_name is not None:
                with_name = _name_with_its_of(tokens, first - 1, lo, with_name)
            holder = (
                with_name
                # "the first data give 41.1 percent of the votes to the Law and Justice
                # party": the one the share is given to
                or _share_given_after(tokens, lo, first, _past_the_votes(tokens, after, hi), hi)
                # "With 59.8% of the vote, Ana Ruiz won": the name after the fronted phrase
                or fronted_with_holder(tokens, first, after, lo, hi)
                # "exit polls put the Greens at 14% of the vote": the name the share is at
                or _standing_holder(tokens, lo, first)
                or nearest_clause_subject(tokens, lo, first)
                # "the party won 38.4% of the vote": the contender named before, read later
                or _contender_noun_subject(tokens, lo, first)
            )
            subject, attribute = (holder or "vote"), _vote_share_moved(tokens, lo, first, tables)
        elif (acted := _share_acted(tokens, mention, lo, hi, tables)) is not None:
            # "99% of the weapons were intercepted", "99% were intercepted", "shot down
            # 99% of the missiles": the share of the whole the act applies to, asked as
            # the act's share whatever the whole is called
            subject, attribute = acted, "share"
        elif of is None and (moved := _percent_change(tokens, first, lo, tables)) is not None:
            # "cases rose by 40%", "prices fell 12%": a change of the noun before the
            # verb, not its level ("rose to 40%" is the level)
            subject, attribute = moved
        elif of is None:
            # "the National Party's share fell to 22.4%", "the Greens, with 11.8%, won",
            # "Labour's 33.7% share": a named owner's share, of what the article says (a
            # later stage reads a contender's share as its share of the vote)
            owned = after >= hi or tokens[after].low == "share" or not _is_word(tokens[after])
            possessor = _possessor_before(tokens, first, lo) if owned else None
            owner = (
                possessor
                or _standing_holder(tokens, lo, first)
                or _bare_share_owner(tokens, lo, first, tables)
                or _share_won_by(tokens, after, hi)
                or _share_given_to(tokens, first, lo)
            )
            if owner is not None and (head in tables.share_names or owner.casefold() in _CALENDAR):
                owner = None  # "Turnout on Friday was 44.4%": the share's own name, no day's
            subject = owner or subject
        return Figure(
            # a share is written rounded: "36%" is any share that rounds to 36
            subject,
            attribute,
            _measured(mention, 1, "%"),
            mention.start,
            mention.end,
            first,
            last,
        )
    if kind is NumberKind.MONEY:
        code = _currency(tokens, first, last, tables)
        after = _after_unit(tokens, mention)
        # "the damage at $4 billion": a sign before the figure is part of the sum
        sign = (
            first - 1
            if first > lo
            and (tokens[first - 1].low in tables.currencies or tokens[first - 1].low.endswith("$"))
            else first
        )  # "$4 billion"
        if (
            sign > lo
            and sign < first
            and tokens[sign - 1].end == tokens[sign].start
            and tokens[sign - 1].text.isupper()
            and len(tokens[sign - 1].text) <= 3
        ):
            sign -= 1  # "US$5 billion": the country's letters are part of the sign
        labelled = _count_label(tokens, sign, tables)
        subject = (
            _of_phrase(tokens, after, hi)
            or _named_before(tokens, sign, lo)
            or _sum_named_of(tokens, sign, lo)
            or (labelled[0] if labelled else None)  # "- Annual budget: $1.2 billion"
            or "money"
        )
        subject = tables.share_names.get(subject, subject)  # "losses" are the damage
        return Figure(
            subject, "amount", _in_unit(mention, 1, code), mention.start, mention.end, first, last
        )
    if unit_word in tables.units:
        dimension, unit, factor = tables.units[unit_word]
        stop = _after_unit(tokens, mention)
        conversion = _conversion_after(tokens, stop, by_first)
        value = _measured(mention, factor, unit)
        if unit_word in tables.unit_low_factors:
            value = _open_sized(value, tables.unit_low_factors[unit_word] / factor)
        end = mention.end
        if conversion is not None and (conversion.unit or "").casefold() in tables.units:
            c_dim, c_unit, c_factor = tables.units[(conversion.unit or "").casefold()]
            if c_dim == dimension:
                # One measure written twice: keep the metric side, pass the other over.
                if (
                    unit_word not in _METRIC_WORDS
                    and (conversion.unit or "").casefold() in _METRIC_WORDS
                ):
                    absorbed = (
                        PassedOver(
                            mention.start,
                            mention.end,
                            mention.text,
                            "a unit conversion of the figure after it",
                        ),
                    )
                    value = _measured(conversion, c_factor, c_unit)
                else:
                    absorbed = (
                        PassedOver(
                            conversion.start,
                            conversion.end,
                            conversion.text,
                            "a unit conversion of the figure before it",
                        ),
                    )
                stop = _after_unit(tokens, conversion)
                if stop < hi and tokens[stop].low == ")":
                    stop += 1
                end = max(end, conversion.end)
        if dimension == "duration" and _spans_a_record(tokens, mention.first, lo):
            # "India's deadliest rail disaster in more than two decades": how far back
            # the record reaches, not a length of anything the story tells
            return attrs.evolve(passed, reason=RECORD_SPAN_REASON)
        named_measure: str | None = None
        if dimension == "duration":
            attribute = "interval" if stop < hi and tokens[stop].low in _LATER_WORDS else "duration"
        elif dimension == "share":
            attribute = "share"
        else:
            named_measure = _measure_near(tokens, first, stop, lo, hi, tables=tables)
            if tables.measure_dimensions.get(named_measure or "", dimension) != dimension:
                # "took off Thursday with 70 tonnes of cargo": "off" names a distance,
                # which no tonnes measure
                named_measure = None
            attribute = named_measure or dimension
        # "2,750 tonnes of ammonium nitrate": the stuff measured, else the event's measure
        of = _of_phrase(tokens, _after_unit(tokens, mention), hi)
        held = (
            _duration_to_do(tokens, mention, lo, hi, tables)
            or _duration_of(tokens, mention, lo, hi, tables)
            if attribute == "duration"
            else None
        )
        held = tables.stretch_verbs.get(held, held) if held is not None else None
        subject = held or of or _event_word(tokens, lo, hi, tables, near=first) or attribute
        if attribute == "interval" and subject.split(" ", 1)[0] in _ORDINALS:
            # "the second blast came 13 minutes later": the time between the blasts is
            # the event's, not a measure of its second part
            subject = subject.split(" ", 1)[1]
        if attribute == dimension and named_measure is None:
            # "the blast left a crater 43 metres wide": the nearest noun names the measure;
            # "winds peaked at 250 km/h" named it already (speed)
            attribute = _named_before(tokens, first, lo) or attribute
        return Figure(subject, attribute, value, mention.start, end, first, stop, absorbed)
    point = mention.value.point
    small = point is not None and point < 10
    # "7.0" is written as a measure: a count is never written with a decimal point
    decimal = point is not None and (point != int(point) or "." in mention.text)

    def quake_in(start: int) -> bool:
        return any(tables.events.get(t.low) == "earthquake" for t in tokens[start:first])

    magnitude = (
        unit_word == "magnitude"
        or (
            small
            and (decimal or _named_before(tokens, first, lo) == "magnitude")
            and _measure_near(tokens, first, last, lo, hi, tables=tables) == "magnitude"
        )
        or _quake_after(tokens, last, hi, tables)
        # "measured 7 on the Richter scale": the scale names a magnitude, whole or not
        or (small and any(t.low == "richter" for t in tokens[last : min(hi, last + 3)]))
        or (small and decimal and quake_in(max(lo, first - 3)))
        # "measured the quake at 7.0, while the USGS put it at 6.8"
        or (small and decimal and tokens[first - 1].low == "at" and quake_in(lo))
    )
    if magnitude:
        return Figure(
            _event_word(tokens, lo, hi, tables, near=first) or "earthquake",
            "magnitude",
            attrs.evolve(_measured(mention), text=mention.text),
            mention.start,
            mention.end,
            first,
            last,
        )
    if last < hi and tokens[last].low == "s" and tokens[last].start == mention.end:
        return attrs.evolve(passed, reason="a decade of someone's age ('in her 20s')")
    if last + 1 < hi and tokens[last].low == "of" and mention.value.point == 1:
        return attrs.evolve(passed, reason="one of a group ('one of the worst')")
    said = _counted_by_copula(tokens, first, last, lo, tables)
    if said is not None:
        return Figure(*said, mention.value, mention.start, mention.end, first, last)
    tally = tally_side(tokens, mention, mentions, lo, hi)
    if tally is not None:
        return Figure("members", tally, mention.value, mention.start, mention.end, first, last)
    agent = _agent_counted(tokens, first, lo, tables)
    if agent is not None:
        # "co-sponsored by nearly 90 countries": the co-sponsors, as "97 co-sponsors" are
        return Figure(agent, "count", mention.value, mention.start, mention.end, first, last)
    if _won_by(tokens, first, last, (lo, hi), tables):
        # "the government lost by 230 votes": how far apart the sides were
        value = mention.value
        return Figure("majority", "majority", value, mention.start, mention.end, first, last + 1)
    if (
        first >= 2
        and tokens[first - 1].low == "the"
        and tokens[first - 2].low == "of"
        and any(m.last == first - 2 for m in mentions)
    ):
        # "312 of the 520 seats": the whole the part is counted out of
        np, np_end = _noun_phrase(tokens, last, hi)
        noun = np[-1].low if np else "total"
        attribute = "total"
        if len(np) > 1 and noun in tables.predicates:
            # "two of the 181 people aboard survived": the whole is all who were aboard,
            # as "a jet carrying 181 people" says
            noun, attribute = np[-2].low, tables.predicates[noun]
        elif np and _on_board(tokens, np_end, hi):
            attribute = "aboard"  # "179 of the 181 people on board"
        elif (toll := toll_whole(tokens, first, lo, np, tables)) is not None:
            noun, attribute = _PEOPLE, toll  # "141 of the 179 bodies": the toll
        return Figure(noun, attribute, mention.value, mention.start, mention.end, first, last)
    counted_after, _ = _noun_phrase(tokens, last, hi)
    # "a majority of 52" names its figure; "the collapse of two dams" counts the dams;
    # "a majority of 210 seats" is the majority, counted in seats
    named = _noun_of(tokens, first, lo, tables)
    if counted_after and not (
        named is not None
        and named[1] in tables.named_by_attribute
        and counted_after[-1].low in tables.held_counts
    ):
        named = None
    if named is not None and not (not counted_after and _populates(tokens, first, lo, ())):
        subject, attribute = named
        return Figure(subject, attribute, mention.value, mention.start, mention.end, first, last)
    # A count: "N <noun phrase> <predicate>", or "<counting noun> ... N".
    k = last
    value = mention.value
    hyphened = (
        k + 1 < hi
        and tokens[k].low == "-"
        and tokens[k].start == mention.end
        and tokens[k + 1].start == tokens[k].end
    )  # "82-member", not a dash set off by spaces ("20,451 - a staggering loss")
    if (
        k + 1 < hi
        and f"{tokens[k].low}s" in tables.held_counts
        and tokens[k + 1].low in tables.margin_nouns
    ):
        # "an 80 seat majority", its hyphen left out: the majority "a majority of 80" gives
        noun = tables.margin_nouns[tokens[k + 1].low]
        return Figure(noun, noun, value, mention.start, mention.end, first, k + 2)
    if hyphened and tokens[k + 1].low == "plus":
        k += 2  # "1 million-plus protesters": more than a million
        if value.point is not None and value.hedge in (Hedge.EXACT, Hedge.ABOUT):
            value = Quantity.hedged(
                value.point, Hedge.MORE_THAN, text=f"{mention.text}-{tokens[k - 1].text}"
            )
    elif hyphened and _is_word(tokens[k + 1]):
        # "an 82-member team": the team has 82 members
        unit_noun = tokens[k + 1].low
        if (
            f"{unit_noun}s" in tables.held_counts
            and k + 2 < hi
            and tokens[k + 2].low in tables.margin_nouns
        ):
            # "a 126-seat majority" is the majority "a majority of 126" gives
            noun = tables.margin_nouns[tokens[k + 2].low]
            return Figure(noun, noun, value, mention.start, mention.end, first, k + 3)
        np, _ = _noun_phrase(tokens, k + 2, hi)
        if unit_noun in tables.size_words and np:
            # "a 1,500-strong force": the troops deployed; "a 5,000-strong crowd": the
            # people who attended
            group, after = np[-1].low, k + 2 + len(np)  # a place after the group is its
            if group in tables.force_nouns:
                # "France's 1,500-strong contingent": the owner's troops, as "France has
                # 1,500 troops" are
                owner = (
                    COUNTRIES.get(tokens[first - 1].low.removesuffix("'s"))
                    if first > 0 and tokens[first - 1].low.endswith("'s")
                    else None
                )
                troops = f"{owner} troops" if owner else "troops"
                return Figure(troops, "deployed", value, mention.start, mention.end, first, after)
            if group in tables.counting_nouns:
                counts = tables.counting_nouns[group]
                return Figure(_PEOPLE, counts, value, mention.start, mention.end, first, after)
        names_body = bool(np) and (np[-1].low in tables.body_heads or np[-1].is_capitalized)
        if unit_noun in tables.member_units and names_body:
            # "the 15-member council", "the 15-nation Security Council": its members, as
            # "the 15 members of the Security Council" are
            return Figure("members", "total", value, mention.start, mention.end, first, last)
        if f"{unit_noun}s" in tables.held_counts and names_body:
            # "the 600-seat parliament", "the 120-seat Knesset": the whole "of the 600
            # seats" counts out of; "the 301-seat line" is a threshold, read below
            whole = f"{unit_noun}s"
            return Figure(whole, "total", value, mention.start, mention.end, first, last)
        subject = " ".join(t.low for t in np) or unit_noun
        return Figure(subject, unit_noun, value, mention.start, mention.end, first, last)
    if k == last and k + 1 < len(tokens) and tokens[k].low in ('"', "'"):
        # 'said "almost two million" people': past the closing quote, in the next clause
        k += 1
        hi = clause_bounds(tokens, k)[1]
    if k < hi and tokens[k].low == "of" and mention.kind is NumberKind.VAGUE:
        k += 1
        while k < hi and tokens[k].low in ("the", "a", "an"):
            k += 1
    elif k < hi and tokens[k].low == "of":
        held = _held_whole(tokens, k + 1, hi, tables)
        if held is not None and not (first > lo and tokens[first - 1].low in _COUNTED_AFTER):
            # "taking 398 of the 600 seats": the part is what the clause's subject holds
            holder = (
                nearest_clause_subject(tokens, lo, first)
                or clause_subject(tokens, 0, first)
                or _contender_noun_subject(tokens, lo, first)  # "The party holds 76 of"
            )
            if holder is not None:
                return Figure(holder, held, value, mention.start, mention.end, first, last)
        part = _part_of(tokens, k + 1, hi, previous, tables)
        if part is not None:
            subject, attribute = _voters_side(*part, tables)
            return Figure(subject, attribute, value, mention.start, mention.end, first, last)
    increment = (
        k < hi
        and tokens[k].low in INCREMENTS
        and not others_of_a_pair(tokens, first, k, hi, tables)
    )
    if increment:
        k += 1  # "two more dams overwhelmed": the dams, two of them added
    np, end = _noun_phrase(tokens, k, hi)
    if _one_source(tokens, mention, np, end):
        return attrs.evolve(passed, reason=ONE_SOURCE_REASON)
    if (
        len(np) == 1
        and np[0].low in tables.voter_verbs
        and end < hi
        and tokens[end].low in _VOTED_OBJECTS
    ):
        # "Seven opposed it", "thirteen backed the text": a bare count of those who voted,
        # the verb their side
        side = tables.voter_verbs[np[0].low]
        return Figure("members", side, value, mention.start, mention.end, first, end)
    fate = (
        body_fate(tokens, first, end, lo, hi, tables=tables)
        if np and np[-1].low == "bodies"
        else None
    )
    if fate is not None:
        # "six bodies have been retrieved", "the recovery of all 179 bodies": how many
        # were brought out, not the toll; "identified 18 bodies": how many were named
        return Figure("bodies", fate, value, mention.start, mention.end, first, end)
    toll = toll_whole(tokens, first, lo, np, tables)
    if toll is not None:
        # "Of the 118 dead, 104 were women", "141 of the 179 bodies": the whole a
        # part is counted out of is the toll itself
        return Figure(_PEOPLE, toll, value, mention.start, mention.end, first, k + len(np))
    if np and part_out_of(tokens, first, mentions):
        # "648 of 650 seats declared", "560 out of 600 constituencies": the second is the
        # whole the part is counted out of, not a second count of the same thing
        whole = np[0].low if np[0].low in tables.held_counts else " ".join(t.low for t in np)
        return Figure(whole, "total", value, mention.start, mention.end, first, k + len(np))
    if np and _whole_of_a_share(tokens, first, lo):
        # "40% of more than 61 million eligible voters voted": how many there are, not
        # how many did what the verb after says
        whole = " ".join(t.low for t in np)
        return Figure(whole, "count", value, mention.start, mention.end, first, k + len(np))
    if np and whole_after_quantifier(tokens, first, lo):
        # "most of the 181 passengers are presumed dead": 181 is the whole some part of
        # which the verb tells of, never the verb's own count
        whole = " ".join(t.low for t in np)
        return Figure(whole, "total", value, mention.start, mention.end, first, k + len(np))
    if len(np) > 1 and np[0].low in tables.held_counts:
        np, end = np[:1], k + 1  # "288 seats give it": a held count is one noun
    if _populates(tokens, first, lo, np):
        # "home to about 89,000 residents", "a city of 100,000": how many live there
        return Figure("population", "population", value, mention.start, mention.end, first, end)
    predicate, written = _predicate_near(tokens, first, end, lo, hi, tables=tables)
    if (
        np
        and predicate is None
        and written in NUMBERING_WORDS
        and FORCE_HEADS.get(HEADS.get(np[-1].low, np[-1].low), np[-1].low) == "troops"
    ):
        predicate = "deployed"  # "the force guarding the airport numbered 5,800 troops"
    labelled = _count_label(tokens, first, tables) if not np else None
    if labelled is not None:
        # "- Civilian staff: 1,786", "Personnel killed since 2013: more than 300": a fact
        # box's line, counting what its label names
        return Figure(*labelled, value, mention.start, mention.end, first, last)
    numbered = None if np else _numbered_before(tokens, first, lo)
    if numbered is not None:
        # "Valdorian forces numbering about 1,500 are based in the capital": the noun
        # before "numbering" is what the figure counts
        counted_as = predicate or written or "count"
        if FORCE_HEADS.get(numbered, numbered) == "troops" and (
            counted_as == "count" or counted_as in NUMBERING_WORDS
        ):
            counted_as = "deployed"  # a force's size is what is deployed
        if counted_as in ("deployed", "withdrawn"):
            numbered = FORCE_HEADS.get(numbered, numbered)
        return Figure(numbered, counted_as, value, mention.start, mention.end, first, last)
    counted_event = _event_noun_in(np, tables)
    if counted_event is not None:
        # "two explosions killed 95", "two massive blasts rocked the port": the figure
        # counts the blasts, the verb is theirs
        return Figure(
            np[counted_event].low,
            "count",
            value,
            mention.start,
            mention.end,
            first,
            last + 1 + counted_event,
        )
    among = _among_group(tokens, first, tables) if len(np) == 1 else None
    if (
        among is None
        and len(np) == 1
        and previous is not None
        and first > 0
        and (
            (previous[0] in _PART_GROUPS.values() and tokens[first - 1].low in (",", "and"))
            # "121 people - 113 women, seven children and a man - were killed": the
            # parts set off after the whole
            or (previous[0] == _PEOPLE and tokens[first - 1].low in _ASIDE_OPENERS)
        )
    ):
        among = previous[1]  # "are 23 women, three children and a man": the list goes on
    if among is not None and np[0].low in _PART_GROUPS and predicate is None:
        # "among the deceased, 39 were male and 46 female": the women among the dead
        group = _PART_GROUPS[np[0].low]
        return Figure(group, among, value, mention.start, mention.end, first, end)
    if np:
        head = np[-1].low
        if head in tables.predicates and predicate is None:
            predicate = tables.predicates[head]
            np = np[:-1]
        elif (
            predicate is None
            and len(np) >= 2
            and tables.predicates.get(np[0].low) in _HARM_MODIFIERS
            and np[0].low.endswith("ed")
        ):
            # "of the 33 injured workers", "the two rescued individuals": what the
            # participle before the noun says befell them
            predicate = tables.predicates[np[0].low]
            np = np[1:]
        subject = " ".join(t.text if t.is_capitalized and i else t.low for i, t in enumerate(np))
        two = (np[-2].low, np[-1].low) if len(np) >= 2 else None
        if two in HEADS_TWO:
            # "six crew members" are the crew "six crew" counts: one head however written
            subject = " ".join([*subject.split()[:-2], HEADS_TWO[two]])
        weapons = weapons_counted(np)
        subject = weapons or subject or _PEOPLE
        if head in tables.counting_nouns and predicate is None:
            predicate = tables.counting_nouns[head]
        side = _VOTE_SIDES.get(tokens[end].low) if end < hi and head in _VOTE_NOUNS else None
        if side is None and end + 1 < hi and head in _VOTE_NOUNS and tokens[end].low == "in":
            side = _VOTE_SIDES.get(tokens[end + 1].low)
        shared = (
            conjunct_object_verb(tokens, first, lo, _LISTED_OBJECT_PREDICATES)
            if not (side or predicate or written)
            else None
        )
        # "freed 13 Israeli hostages and ten Thais": the verb of the list's first figure
        attribute = side or predicate or written or (shared[0] if shared else "count")
        if head in _PLACE_COUNTS and attribute in CASUALTY:
            # "200 people across at least six states were killed": the states are where,
            # counted; the dead are the people
            attribute = "count"
        if (
            previous is not None
            and predicate is None
            and previous[1] not in _NOT_SHARED
            and _named_as_part(tokens, first, lo)
        ):
            # "killed 40 people, including 12 children", "24 hostages, including 13
            # Israelis and 10 Thais": a part of the figure before, under its predicate
            attribute = previous[1]
        if attribute == "rescued" and HEADS.get(head) in CAPTIVE_HEADS:
            attribute = "released"  # "Israel freed 39 Palestinian prisoners"
        if side is not None:
            subject = "members"  # the members who cast the votes, as the vote rules say
        if attribute in ("killed", "injured", "missing", "displaced", "rescued") and head in (
            "deaths",
            "death",
            "fatalities",
            "injuries",
            "casualties",
            "dead",
            "wounded",
            "injured",
            "missing",
            "displaced",
        ):
            subject = _PEOPLE
        elif (
            head in tables.held_counts
            and len(np) == 1
            and first > lo
            and (tokens[first - 1].low == "all")
        ):
            subject, attribute = head, "total"  # "all 450 seats declared": the whole
        elif (
            head == "votes"
            and side is None
            and any(tokens[k].low in tables.vote_objects for k in range(lo, first))
        ):
            # "the draft won 11 votes", "the motion received 13 votes": the votes cast
            # for it, by members of the body
            subject, attribute = "members", "voted_for"
        elif (
            head in tables.held_counts
            and predicate is None
            and side is None
            and written in tables.voter_verbs
            and head in tables.voters
        ):
            # "announced that 211 Conservative MPs backed Johnson": MPs who vote, the
            # verb their side, however the sentence's subject would hold seats
            subject, attribute = "members", tables.voter_verbs[written]
        elif (
            head in tables.voters
            and side is None
            and (way := _way_voted(tokens, end, hi, tables)) is not None
        ):
            # "more than 330 MPs voted to oust him": the side the phrase of the vote says
            subject, attribute = "members", way
        elif (
            head in tables.held_counts
            and (predicate in (None, "won", "lost") or predicate in tables.held_verbs)
            and side is None
            # "Officials said 12,000 votes were spoiled": votes a verb after them acts
            # on, not a holder's
            and not (predicate is None and _verb_after_counted(tokens, end, hi, written, tables))
        ):
            # "the National Bloc fell to 121 seats": the seats are the clause subject's,
            # "the Front's 288 seats" its owner's; "38 MPs abstained" are no holding
            holder = (
                _possessor_before(tokens, first, lo)
                or fronted_with_holder(tokens, first, end, lo, hi)  # "With 412 seats, Labour"
                or _for_name(tokens, end, hi)  # "projected 410 seats for Labour"
                or _elided_holder(tokens, first, lo)  # "..., the Liberals 72 seats"
                or _winner_named(tokens, first, lo)  # "forecast Labour to win 410 seats"
                or _held_beside_with(tokens, first, lo, tables)  # "and Jafari with 80,506"
                or nearest_clause_subject(tokens, lo, first)
                # "Ostland First, which had hoped for more, will have six deputies": a
                # clause opening on its verb after a comma is the sentence subject's
                or (
                    clause_subject(tokens, 0, first)
                    if lo > 0 and tokens[lo - 1].low == "," and tokens[lo].low in _AUXILIARY
                    else None
                )
            )
            if holder is not None:
                subject, attribute = holder, tables.held_counts[head]
                if falls_short(tokens, end):
                    # "falling eight seats short": how far from a majority, not the seats
                    attribute = f"{head}_short"
            elif predicate in tables.held_verbs:
                attribute = "won"  # "the bloc collected 6 million votes": won, by whom unsaid
        elif len(np) == 1 and head in HEADS:
            subject = HEADS[head]  # "soldiers" are the troops the count rules name
        if attribute in ("deployed", "withdrawn"):
            subject = FORCE_HEADS.get(subject, subject)  # "2,300 men deployed": soldiers
        elif attribute in ("displaced", "missing"):
            subject = UPROOTED_HEADS.get(subject, subject)  # residents made homeless: people
        subject, attribute = _voters_side(subject, attribute, tables)
        if subject in WEAPON_HEADS and attribute in _WEAPON_COUNTS:
            # "which included 30 cruise missiles", "the 170 drones": how many were fired,
            # one question however the sentence counts them
            attribute = "fired"
        batch = batch_before(tokens, first, lo, tables)
        if batch is not None:
            subject = f"{subject} ({batch})"  # "a convoy of 100 troops": the convoy's
        if increment and not attribute.startswith("more_"):
            attribute = f"more_{attribute}"  # "two more people died": an increment, no toll
        return Figure(subject, attribute, value, mention.start, mention.end, first, end)
    counted = _counting_noun_before(tokens, first, lo, tables) or _counting_noun_after(
        tokens, last, hi, tables
    )
    if predicate is None and counted is None and _is_apposed_age(tokens, first, last, value):
        if _is_speaker(tokens, first, last, tables):
            return attrs.evolve(passed, reason=SPEAKER_AGE_REASON)
        name = _name_before(text, tokens, first, lo) or _unnamed_by_age(tokens, mention)
        age = _in_unit(mention, 1, "yr")
        return Figure(name, "age", age, mention.start, mention.end, first, last)
    # "killed 5,000, including 1,200 in Syria": a part no group names is read below
    among = (
        _among_group(tokens, first, tables)
        if first == 0 or tokens[first - 1].low not in _INCLUDING
        else None
    )
    acted = _part_verb(tokens, last, hi, tables) if among is not None else None
    if acted is not None and acted != among and acted not in _PART_HARMS:
        # "Of the 121 dead, 72 have been identified": what was done to the part
        return Figure(_PEOPLE, acted, value, mention.start, mention.end, first, last)
    if among is not None and predicate is None:
        # "Among the dead, at least 145 are believed to be Egyptian nationals"
        named_part = _part_named_after(tokens, last, hi) or _PEOPLE
        return Figure(named_part, among, value, mention.start, mention.end, first, last)
    held_attributes = set(tables.held_counts.values())
    if previous is not None and previous[1] in held_attributes:
        # "the People's Party fell to 121 seats, while the Greens won 36": the same count
        # of another holder
        # "405 of the 600 seats, against 93 for the National Party": the name after "for"
        holder = (
            _elided_holder(tokens, first, lo)
            or _for_name(tokens, last, hi)
            or holder_of_bare_result(tokens, first, last)  # "..., while X were held to 101"
            or listed_name(tokens, first, lo, last)  # "Labour (412 seats) beat the Tories (121)"
        )
        if holder is not None:
            return Figure(holder, previous[1], value, mention.start, mention.end, first, last)
    if (
        predicate is None
        and previous is not None
        and previous[1] not in _NOT_SHARED
        and _named_as_part(tokens, first, lo)
    ):
        # "killed 5,000, including 1,200 in Syria": a part of the figure before, a
        # question of its own (the whole's place may be the part's too)
        subject, attribute = f"{previous[0]} (a part)", previous[1]
        return Figure(subject, attribute, value, mention.start, mention.end, first, last)
    if predicate is None and counted is None:
        counted = _gathering_put_at(tokens, first, lo, tables)
    if predicate is not None:
        return Figure(_PEOPLE, predicate, value, mention.start, mention.end, first, last)
    if counted is not None:
        return Figure(_PEOPLE, counted, value, mention.start, mention.end, first, last)
    said_again = first > 0 and tokens[first - 1].low in SAY_VERBS
    if written is not None and not (said_again and previous is not None):
        # "while 1.2 million voted by special ballot": a verb of its own after the figure
        return Figure(_PEOPLE, written, value, mention.start, mention.end, first, last)
    if previous is not None and first > 0 and (said_again or tokens[first - 1].low in _ELLIPSIS):
        # "organisers said one million, while police said 240,000", "police counted
        # 20,000 protesters; organisers claimed 50,000": the same frame
        subject, attribute = previous
        if attribute in TALLY_SIDES:
            # "120 votes in favour and 14 - including Israel and the US - against": the
            # side the words after the figure's aside name
            attribute = _side_past_aside(tokens, last, hi) or attribute
        elif (
            tokens[first - 1].low == "another"
            and not attribute.startswith("more_")
            and (last >= hi or tokens[last].low not in _PLACING_PREPOSITIONS)
        ):
            # "3,000 soldiers on Russian soil, and another 9,000 expected shortly": as
            # many again, not another reading of the 3,000; "17,134 deaths in Turkey and
            # another 3,000 in Syria" is the same count in another place
            attribute = f"more_{attribute}"
        return Figure(subject, attribute, value, mention.start, mention.end, first, last)
    figure_noun = _named_before(tokens, first, lo)
    if figure_noun is not None and figure_noun in tables.named_by_attribute:
        # "Labour's majority stands at 174": the figure the noun names
        return Figure(figure_noun, figure_noun, value, mention.start, mention.end, first, last)
    numbered = _number_of_named(tokens, first, lo)
    if numbered is not None:
        # "the number of West Bank settlers ... now exceeds 590,000": what the number counts
        return Figure(numbered, "count", value, mention.start, mention.end, first, last)
    return attrs.evolve(passed, reason=NOTHING_AROUND)


def written_figure(
    tokens: Sequence[Token],
    mention: QuantityMention,
    passed: PassedOver,
    clause: tuple[int, int],
) -> Figure | None:
    """A figure nothing counted or measured around, with its predicate as written.

    "173 were South Korean nationals", "61 are safe": a figure whose words the tables do
    not know still makes a claim. Whatever else reads such a figure (the number before
    restated, a bare result) reads it first; "one" and "half" are rather pronouns or
    parts, and a decimal ("Article 49.3") names. ``clause`` is the figure's clause's
    bounds (:func:`reconcile.extract._context.clause_bounds`).
    """
    value = mention.value
    if (
        passed.reason != NOTHING_AROUND
        or mention.kind is not NumberKind.COUNT
        or mention.text.casefold() in _NOT_COUNTS
        or not isinstance(value, Quantity)
        or (value.point is not None and value.point != int(value.point))
    ):
        return None
    written = predicate_as_written(tokens, mention.first, mention.last, *clause)
    if written is None:
        return None
    return Figure(
        WRITTEN_SUBJECT, written, value, mention.start, mention.end, mention.first, mention.last
    )


#: The subject of a figure whose predicate is only as written: nothing names what it counts.
WRITTEN_SUBJECT: Final = "figure"
#: Number words that are rather pronouns or parts: "a crucial one", "half the map".
_NOT_COUNTS: Final = frozenset(words("one ones half"))
#: How many words a predicate as written runs to.
_WRITTEN_REACH: Final = 4


def predicate_as_written(
    tokens: Sequence[Token], first: int, last: int, lo: int, hi: int
) -> str | None:
    """The words a figure's clause says of it, when no table knows them, else ``None``.

    The lowercase words after the figure in its clause (past a form of "be"), else those
    before it; a predicate needs a word that is no function word.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def written(text, at):
        ...     t = tokenize(text)
        ...     return predicate_as_written(t, at, at + 1, 0, len(t))
        >>> written("Of them, 173 were South Korean nationals.", 3)
        'South Korean nationals'
        >>> written("Officials say 61 are safe.", 2)
        'safe'
        >>> written("The number could reach 10,000.", 4)
        'number could reach'
        >>> written("Photo by EPA 1 of 4", 3) is None
        True
    """
    k = last
    while k < hi - 1 and tokens[k].low in BE_AND_HAVE:
        k += 1
    after: list[Token] = []
    if k < hi and last < hi and tokens[last].text[:1].islower():
        for t in tokens[k : min(hi, k + _WRITTEN_REACH)]:
            if not _is_word(t):
                break
            after.append(t)
    if any(t.low not in FUNCTION_WORDS for t in after):
        return " ".join(t.text for t in after)
    before: list[Token] = []
    for t in reversed(tokens[max(lo, first - _WRITTEN_REACH) : first]):
        if not (_is_word(t) and t.text.islower()):
            break
        before.insert(0, t)
    while before and before[0].low in FUNCTION_WORDS:
        before.pop(0)  # "the number could reach": the words from the first of substance
    while before and before[-1].low in BE_AND_HAVE:
        before.pop()  # "the rooms are 104": the rooms
    return " ".join(t.text for t in before) or None


def part_out_of(tokens: Sequence[Token], first: int, mentions: Sequence[QuantityMention]) -> bool:
    """Whether the figure at ``first`` is the whole another counts a part of: "648 of 650".

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> text = "The party claimed 159 out of the 225 seats."
        >>> t = tokenize(text)
        >>> part_out_of(t, 7, scan_numbers(text, t)), part_out_of(t, 3, scan_numbers(text, t))
        (True, False)
    """
    k = first - 1
    if k >= 1 and tokens[k].low == "the":
        k -= 1  # "159 out of the 225 seats"
    if k < 1 or tokens[k].low != "of":
        return False
    if tokens[k - 1].low == "out":
        k -= 1  # "182 out of 577 seats"
    return any(m.last == k for m in mentions)


def _among_group(tokens: Sequence[Token], first: int, tables: FrameTables) -> str | None:
    """The predicate of the group an "among the ..." phrase before a figure names.

    "Among the dead, 145 are ...", "officials said that among the deceased, 39 were
    male and 46 female", "Of the dead, 62 were women": the group, set off by a comma
    before the sentence's figures, is what its parts count.
    """
    k = first - 1
    if k >= 1 and tokens[k].low in _INCLUDING:
        # "the dead included 113 women", "killed 121 people, including 113 women": a
        # part of the harm the clause before tells of
        for j in range(k - 1, max(-1, k - 1 - _GROUP_REACH), -1):
            if tokens[j].low in (".", ";"):
                break
            named = (
                tables.counting_nouns.get(tokens[j].low)
                or tables.predicates.get(tokens[j].low)
                or _people_predicate(tokens[j].low, tables)
            )  # "those rescued included ...": what its nouns count
            if named in _PART_HARMS:
                return named
    if (
        k >= 3
        and tokens[k].low in ("are", "were")
        and tokens[k - 2].low in ("the", "those")
        and tokens[k - 3].low == "among"
    ):
        # "Among those killed are 23 women": the group the participle names
        named = tables.counting_nouns.get(tokens[k - 1].low) or tables.predicates.get(
            tokens[k - 1].low
        )
        if named in _PART_HARMS:
            return named
    for k in range(first - 1, max(2, first - 1 - _GROUP_REACH), -1):
        if tokens[k].low in (".", ";"):
            return None
        if tokens[k].low != "," or not _is_word(tokens[k - 1]):
            continue
        noun = tokens[k - 1].low
        the = k - 2
        while the > 0 and tokens[the].is_number:
            the -= 1  # "Of the 118 dead, 104 were women"
        if (
            the < 1
            or tokens[the].low not in ("the", "those")
            or tokens[the - 1].low
            not in (
                "among",
                "of",
            )
        ):
            continue
        if noun in tables.counting_nouns or noun in _GROUP_ONLY_NOUNS:
            return tables.counting_nouns.get(noun) or _GROUP_ONLY_NOUNS[noun]
        if the < k - 2:
            return toll_whole(tokens, the + 1, 0, tokens[k - 1 : k], tables)
    return None


#: How far back from a figure the group its part is of may be named: a bound, so that a
#: long sentence of many figures is read in linear time.
_GROUP_REACH: Final = 40
#: Nouns that name the harmed only as a group after "among the": "among the deceased,
#: 39 were male" (as an adjective, "the deceased victim", "deceased" counts nothing).
_GROUP_ONLY_NOUNS: Final = {"deceased": "killed"}
#: Marks that open an aside: "121 people - 113 women, ... - were killed".
_ASIDE_OPENERS: Final = frozenset({"-", "(", "\u2013", "\u2014"})
#: Verbs that name parts of a group: "the dead included 113 women".
_INCLUDING: Final = INCLUDE_VERBS | {"including"}
#: Words of sex and age a part of a toll is named by -> the group they name.
_PART_GROUPS: Final = SEX_AND_AGE_GROUPS


def _part_named_after(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """The noun a part is said to be: "145 are (believed to be) Egyptian nationals".

    A word of sex names its group ("39 were male and 46 female": men and women).
    """
    k = last
    if k < hi and tokens[k].low in _PART_GROUPS:
        return _PART_GROUPS[tokens[k].low]  # "and 46 female": the verb left out
    if k < hi and tokens[k].low in ("are", "were", "is", "was"):
        k += 1
        if k + 2 < hi and tokens[k].low in ("believed", "thought", "said", "reported"):
            k += 3 if tokens[k + 1].low == "to" and tokens[k + 2].low == "be" else 0
        if k < hi and tokens[k].low in _PART_GROUPS:
            return _PART_GROUPS[tokens[k].low]
        np, _ = _noun_phrase(tokens, k, hi)
        if np:
            return " ".join(t.text if t.is_capitalized else t.low for t in np)
    return None


def _gathering_put_at(
    tokens: Sequence[Token], first: int, lo: int, tables: FrameTables
) -> str | None:
    """The predicate of an event's people in "police put Sunday's march at 60,000".

    An event whose figure counts its people (a march: those who attended) names the
    figure when "at" joins them, a few words apart.
    """
    if first < 2 or tokens[first - 1].low != "at":
        return None
    for k in range(first - 2, max(lo - 1, first - 6), -1):
        kind = tables.events.get(tokens[k].low)
        if kind is not None:
            return tables.event_predicates.get(kind)
    return None


#: Why the age of someone quoted makes no claim: it describes the witness, not the event.
SPEAKER_AGE_REASON: Final = "the age of someone quoted ('said Ana Ruiz, 41')"
#: How far from an age a verb of saying may stand and make its person the speaker.
_SPEAKER_REACH: Final = 12


def _is_speaker(tokens: Sequence[Token], first: int, last: int, tables: FrameTables) -> bool:
    """Whether the person an age is given to is quoted: "said Victor Li, 19".

    A verb of saying just before the name, or after the age with no verb of harm
    between ("Maggie Leung, 40, marching with her son, said"), makes the person a
    speaker, whose age tells nothing of the event; "Taha Shadkam, 6, was killed" does not.
    """
    if any(t.low in SAY_VERBS for t in tokens[max(0, first - 5) : first]):
        return True
    for t in tokens[last : last + _SPEAKER_REACH]:
        if t.low in tables.predicates or t.low in (".", ";"):
            return False
        if t.low in SAY_VERBS:
            return True
    return False


#: Words between "by" and the figure of a change: "rose by about 12".
_BEFORE_CHANGE_FIGURE: Final = frozenset(words("about around some nearly almost roughly another"))


def bare_change_by(tokens: Sequence[Token], mention: QuantityMention, hi: int) -> bool:
    """Whether a count with no noun of its own is how much a figure changed.

    "The toll rose by one to 158", "the number of missing climbed by 12 overnight": the
    change, not a count of anything; "fell by 12 seats" counts seats and is read as such,
    and a share's change ("rose by 4%") has its own reading.

    Examples:
        >>> from reconcile.extract._numbers import find_quantities
        >>> from reconcile.extract._text import tokenize
        >>> def bare(text):
        ...     t = tokenize(text)
        ...     return [bare_change_by(t, m, len(t)) for m in find_quantities(text)]
        >>> bare("The toll rose by one to 158."), bare("The party fell by 12 seats.")
        ([True, False], [False])
        >>> bare("It was approved by 12 votes to 3.")
        [False, False]
    """
    if mention.unit or mention.kind is NumberKind.PERCENT:
        return False
    k = mention.first - 1
    while k > 0 and tokens[k].low in _BEFORE_CHANGE_FIGURE:
        k -= 1
    if k < 1 or tokens[k].low != "by" or change_verb_before(tokens, k) < 0:
        return False
    after = mention.last
    return (
        after >= hi
        or not _is_word(tokens[after])
        or tokens[after].low in FUNCTION_WORDS
        or tokens[after].low in TIME_WORDS_AFTER_A_CHANGE
    )


#: Words after the figure of a change that name no counted thing: "climbed by 12 overnight".
TIME_WORDS_AFTER_A_CHANGE: Final = frozenset(words("overnight today yesterday"))


#: Why a figure with no frame around it makes no claim.
NOTHING_AROUND: Final = "nothing counted or measured around the number"
ONE_SOURCE_REASON: Final = "one unnamed source ('said one resident'), not a count"
RECORD_SPAN_REASON: Final = "how far back a record reaches ('the deadliest in two decades')"
#: Words between a superlative and the span its record reaches back: "in", "for".
_RECORD_LEADS: Final = frozenset(words("in for since"))


def _spans_a_record(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """Whether a stretch of time says how far back a superlative's record reaches.

    "the deadliest rail disaster in more than two decades", "its lowest turnout for 20
    years": a superlative stands before "in" or "for" and the stretch in its clause.
    """
    k = first - 1
    while k > lo and tokens[k].low in HEDGES_ABOUT_WORDS | {"than", "over"}:
        k -= 1
    if k <= lo or tokens[k].low not in _RECORD_LEADS:
        return False
    for j in range(k - 1, max(lo - 1, k - 6), -1):
        low = tokens[j].low
        if low in (",", ";"):
            return False
        if low in _SUPERLATIVES or (low.endswith("est") and len(low) > 4 and low.isalpha()):
            return True
    return False


def _one_source(
    tokens: Sequence[Token], mention: QuantityMention, np: Sequence[Token], end: int
) -> bool:
    """Whether "one" names a single unnamed speaker: "said one protester".

    The verb of saying stands just before "one" or just after its noun ("one resident
    said").
    """
    if mention.text.casefold() != "one" or len(np) != 1 or np[0].low.endswith("s"):
        return False
    before = tokens[mention.first - 1].low if mention.first > 0 else ""
    after = tokens[end].low if end < len(tokens) else ""
    return before in SAY_VERBS or after in SAY_VERBS


#: Words before a bare figure that carry the frame of the figure before it.
_ELLIPSIS: Final = frozenset(words("and another while whereas"))


_METRIC_WORDS: Final = frozenset(
    words(
        """km kms kilometer kilometers kilometre kilometres m meter meters metre metres cm
    mm tonne tonnes kg kilogram kilograms hectares kph"""
    )
)


def _event_word(
    tokens: Sequence[Token], lo: int, hi: int, tables: FrameTables, *, near: int
) -> str | None:
    """The event word of the clause nearest a figure, the thing it most likely measures.

    An ordinal before it keeps a part of the event apart: "the second blast was 1,000
    metres away" measures the second blast, not the first; so does an ordinal standing
    for its noun ("the first blast was 700 m away, and the second was 1,000 m away").
    """
    # ", and" joins two clauses: "It was 18 km deep, and a 6.7 aftershock rumbled"
    # measures the quake, not the aftershock
    seg_lo, seg_hi = lo, hi
    for k in range(lo, hi - 1):
        if tokens[k].low == "," and tokens[k + 1].low in ("and", "but", "while"):
            if k < near:
                seg_lo = k + 2
            else:
                seg_hi = k
                break
    found = [k for k in range(seg_lo, seg_hi) if tokens[k].low in tables.events]
    if not found:
        everywhere = [k for k in range(lo, hi) if tokens[k].low in tables.events]
        if not everywhere:
            return None
        kind = tables.events[tokens[min(everywhere, key=lambda j: abs(j - near))].low]
        for j in range(seg_lo, min(seg_hi, seg_lo + 3)):
            if tokens[j].low in _ORDINALS:
                return f"{tokens[j].low} {kind}"  # "and the second was 1,000 m away"
        return None
    k = min(found, key=lambda j: (abs(j - near), j))
    for j in range(k - 1, max(seg_lo - 1, k - 4), -1):
        if tokens[j].low in _ORDINALS:
            # "the first blast" and "the first explosion" are one: the ordinal and the type
            return f"{tokens[j].low} {tables.events[tokens[k].low]}"
        if not (tokens[j].low.isalpha() or tokens[j].low == ","):
            break
    if _follows_another(tokens, k, lo, hi, tables):
        # "followed by a magnitude 6.4 quake a few minutes later": not the main shock
        kind = tables.events[tokens[k].low]
        return tables.later_parts.get(kind, f"later {kind}")
    return tokens[k].low


#: Words after an event word that place it after the one the sentence began with.
_LATER: Final = frozenset(words("later afterwards after"))


def _follows_another(
    tokens: Sequence[Token], k: int, lo: int, hi: int, tables: FrameTables
) -> bool:
    """Whether the event word at ``k`` names a later happening than the sentence's first.

    "..., followed by a magnitude 6.4 quake a few minutes later", "Minutes after the
    7.8 earthquake struck, a 6.7 temblor was reported": another event word of the same
    kind stands before it, and "followed by", "later" or an "after" just before the
    first says this one came next.
    """
    kind = tables.events[tokens[k].low]
    earlier = [j for j in range(lo, k) if tables.events.get(tokens[j].low) == kind]
    if not earlier:
        return False
    if any(
        tokens[j].low == "followed" and tokens[j + 1].low == "by"
        for j in range(max(lo, k - 6), k - 1)
    ):
        return True
    if any(tokens[j].low in _LATER for j in range(k + 1, min(hi, k + 6))):
        return True
    # "(About 10 minutes) after the 7.8 earthquake struck, a 6.7 temblor": the sentence
    # opens on the earlier one
    return any(tokens[j].low == "after" for j in range(max(lo, earlier[0] - 5), earlier[0]))


#: Ordinals that single out one of several happenings: "the second blast".
_ORDINALS: Final = frozenset(words("first second third fourth fifth another separate"))


#: Words after a figure that make it an increment: "two more people died".
INCREMENTS: Final = frozenset(words("more additional further"))


def others_of_a_pair(
    tokens: Sequence[Token], first: int, k: int, hi: int, tables: FrameTables
) -> bool:
    """Whether "N more" ending a clause counts others, not an increment.

    "killed five people and wounded seven more": a second verb of another predicate
    after "and" counts seven other people, wounded; "two more were recorded" adds two.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The strike killed five people and wounded seven more.")
        >>> others_of_a_pair(t, 7, 8, len(t), frame_tables())
        True
        >>> t = tokenize("The strike killed five people and killed seven more.")
        >>> others_of_a_pair(t, 7, 8, len(t), frame_tables())
        False
        >>> t = tokenize("Two people died and 68 more have been injured.")
        >>> others_of_a_pair(t, 4, 5, len(t), frame_tables())
        True
        >>> t = tokenize("Two people died and 3 more have died since.")
        >>> others_of_a_pair(t, 4, 5, len(t), frame_tables())
        False
    """
    if tokens[k].low != "more" or first < 2:
        return False
    if tokens[first - 1].low == "and" and first >= 2:
        # "two people died and 68 more have been injured": the verb of the figure before
        # "and" and the one after "more" are of two predicates, so the 68 are others
        before = tables.predicates.get(tokens[first - 2].low)
        j = k + 1
        while j < hi and tokens[j].low in _AUXILIARIES:
            j += 1
        after = tables.predicates.get(tokens[j].low) if j < hi and j > k + 1 else None
        if before is not None and after is not None:
            return before != after
    if first < 4 or tokens[first - 2].low != "and":
        return False
    if k + 1 < hi and tokens[k + 1].text.isalpha() and tokens[k + 1].low not in ("and", "or"):
        return False  # "seven more people", "two more were found"
    second = tables.predicates.get(tokens[first - 1].low)
    for j in range(first - 3, max(-1, first - 7), -1):
        if tokens[j].is_number or tokens[j].low in UNITS or tokens[j].low in TENS:
            earlier = tables.predicates.get(tokens[j - 1].low) if j > 0 else None
            return second is not None and earlier is not None and earlier != second
    return False


#: Nouns a figure after "of" gives no size to: "one of", "two of the", "most of".
_NOT_NAMING: Final = frozenset(words("one some many most all each part none any both either"))
#: Links between a noun and the figure it names ("turnout was 61%", "stood at 4,000").
_LINKS: Final = frozenset(
    words(
        """was is were are stood stands stand at to reached reaches hit hits rose risen
        comes came come
        climbed fell dropped put puts estimated some about nearly almost around over
        more than at least be been looks look set expected likely could may might would
        will reach up valued assessed pegged totalled totaled now currently settle
        settled settles settling only just merely barely probably possibly roughly
        approximately officially provisionally"""
    )
)


#: Words that describe a figure after "a" between it and its link: "turnout was a
#: record 73.9 percent", "an estimated 60 percent".
_FIGURE_DESCRIPTORS: Final = frozenset(
    words("record historic estimated staggering whopping mere modest reported massive")
)


#: Words that start what names a part after "of them": "with severe injuries".
_PART_LEADS: Final = frozenset(words("with in who were are"))


def _part_qualifier(tokens: Sequence[Token], k: int, hi: int) -> str | None:
    """The words that say which part: "(34 of them) with severe injuries"."""
    if k >= hi or tokens[k].low not in _PART_LEADS:
        return None
    lead = tokens[k].low
    np, _ = _noun_phrase(tokens, k + 1, hi)
    if not np:
        return None
    words_ = " ".join(t.low for t in np)
    return f"{lead} {words_}" if lead in ("with", "in") else words_


def _part_of(
    tokens: Sequence[Token],
    k: int,
    hi: int,
    previous: tuple[str, str] | None,
    tables: FrameTables,
) -> tuple[str, str] | None:
    """(subject, attribute) of a part counted out of a group.

    "17 of the injured are children", "34 of them", "two million of Hong Kong's seven
    million people turned out": the part has the group's predicate; a noun after "are"
    or "were" names the part.
    """
    j = k
    owner = next((m for m in range(k, min(hi, k + 4)) if tokens[m].low.endswith("'s")), None)
    if owner is not None:
        j = owner + 1  # "of Hong Kong's seven million people"
    while j < hi and (tokens[j].low in ("the", "its", "their", "these", "those")
                      or tokens[j].low.endswith("'s")):  # fmt: skip
        j += 1
    if j < hi and tokens[j].low in ("them", "those", "whom", "which"):
        if previous is None:
            return None
        # "34 of them": a part of the group just counted, never the group's own figure;
        # what follows names the part ("34 of them with severe injuries")
        qualifier = _part_qualifier(tokens, j + 1, hi)
        if qualifier is None:
            return f"{previous[0]} (a part)", previous[1]
        if qualifier.startswith(("with ", "in ")):
            return f"{previous[0]} {qualifier}", previous[1]
        return qualifier, previous[1]  # "34 of them were children"
    numbered = j
    while numbered < hi and tokens[numbered].is_number:
        numbered += 1  # "12 of the 40 injured are children": past the whole's own figure
    if numbered > j and numbered < hi and tokens[numbered].low in tables.counting_nouns:
        j = numbered
    if j < hi and tokens[j].low in tables.counting_nouns:
        attribute = tables.counting_nouns[tokens[j].low]
        j += 1
        acted = _part_verb(tokens, j, hi, tables)
        if acted is not None and acted != attribute:
            # "five of the dead had been identified": what was done to the part; a harm
            # ("two of the injured died") is a part of that harm's toll, never all of it
            return (f"{_PEOPLE} (a part)" if acted in _PART_HARMS else _PEOPLE), acted
        if j + 1 < hi and tokens[j].low in ("are", "were", "is", "was") and _is_word(tokens[j + 1]):
            said = predicate_phrase_at(tokens, j + 1, hi, tables)
            if said is not None:
                return _PEOPLE, said[0]  # "two of the injured are in critical condition"
            if tokens[j + 1].low not in FUNCTION_WORDS:
                return tokens[j + 1].low, attribute  # "17 of the injured are children"
            # "three of the dead were in one car": a part, never the group's own figure
            return f"{_PEOPLE} (a part)", attribute
        return _PEOPLE, attribute
    while j < hi and tokens[j].is_number:
        j += 1  # "of Hong Kong's seven million people": the whole's own figure
    if j < hi and tokens[j].low in _SCALE_WORDS:
        j += 1
    np, end = _noun_phrase(tokens, j, hi)
    if not np:
        return None
    predicate, written = _predicate_near(tokens, end, end, end, hi, tables=tables)
    head = np[-1].low
    whole = _PEOPLE if head in tables.generic_people else " ".join(t.low for t in np)
    named = predicate or written
    return (whole, named) if named else None


_SCALE_WORDS: Final = frozenset(words("hundred thousand million billion"))
#: Harms a part of a counted group can suffer: a part of such a toll, never all of it.
_PART_HARMS: Final = frozenset(words("killed injured missing critical hospitalized"))


def _part_verb(tokens: Sequence[Token], k: int, hi: int, tables: FrameTables) -> str | None:
    """The predicate of the verb a counted part does after its group, else ``None``.

    "five of the dead had been identified" -> ``identified``; "two of the injured
    died" -> ``killed``.
    """
    while k < hi and tokens[k].low in _AUXILIARIES:
        k += 1
    if k >= hi or not _is_word(tokens[k]) or tokens[k].low in FUNCTION_WORDS:
        return None
    low = tokens[k].low
    if low in tables.predicates:
        return tables.predicates[low]
    return low if low.endswith("ed") and len(low) > 4 else None


def _noun_of(
    tokens: Sequence[Token], first: int, lo: int, tables: FrameTables
) -> tuple[str, str] | None:
    """(subject, attribute) of "<noun> of N": "a majority of 52", "a population of 120,000".

    The noun names what the figure is: a counting noun gives its predicate ("a toll of
    300": killed people), a generic total takes the predicate its sentence names, any
    other noun is the attribute as written.
    """
    noun = _noun_before_of(tokens, first, lo)
    if noun is None:
        return None
    k = first - 1  # the "of"
    if noun.low in tables.counting_nouns:
        attribute = tables.counting_nouns[noun.low]
        # "the support of 12 members": the members who cast the votes, as tallies say
        return ("members" if attribute in _VOTE_SIDES.values() else _PEOPLE), attribute
    if noun.low in tables.measures:
        return noun.low, tables.measures[noun.low]
    if noun.low in tables.margin_nouns:
        margin = tables.margin_nouns[noun.low]  # "a defeat of 149": the majority against
        return margin, margin
    if noun.low in _GENERIC_TOTALS:
        return None  # "the number of" is read with the noun after the figure
    if noun.low in _FIGURE_NOUNS and names_a_figure_before(tokens, first, first + 1):
        return None  # "Washington's previous estimate of 3,000": the figure before it
    if noun.low.endswith("s") and not noun.low.endswith("ss"):
        return None  # "dozens of", "tens of": a plural before "of" is a partitive
    owner = tokens[k - 2].text[:-2] if k - 2 >= lo and tokens[k - 2].low.endswith("'s") else None
    return (owner or noun.low), noun.low


def clause_subject(tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """The proper name that opens the clause before a figure: "The National Bloc fell to".

    A sentence's first word is capitalized whatever it is: a preposition opening an
    introductory phrase ("With all seats declared, the Alliance won 289") hands the
    subject to the words after the phrase's comma, and an adverb ("Nationally the
    Alliance won 36%") is passed over; neither is a name.
    """
    k = lo
    opener = k < first and tokens[k].low not in ("the", "a", "an")
    participle = opener and tokens[k].low.endswith("ed") and tokens[k].is_capitalized
    if (
        opener
        and tokens[k].low.endswith("ing")
        and k + 1 < first
        and tokens[k + 1].low == "to"
        and any(t.low == "," for t in tokens[k + 2 : first])
    ):
        participle = True  # "According to the final results, CDU received 28.5%"
    if opener and (tokens[k].low in FUNCTION_WORDS or _is_adverb(tokens, k, first) or participle):
        # "Concluded the count on Thursday, the president-elect Claudia Sheinbaum
        # obtained ...": a participle's phrase opens the sentence too
        comma = next((j for j in range(k + 1, first) if tokens[j].low == ","), None)
        if comma is not None:
            return clause_subject(tokens, comma + 1, first)
        if tokens[k].low in FUNCTION_WORDS:
            return None
        k += 1
    while k < first and tokens[k].low in ("the", "a", "an"):
        k += 1
    if k < first and (tokens[k].low in UNITS or tokens[k].low in TENS):
        return None  # "Two surveys showed ...": a count opens the clause, no name
    if k + 1 < first and tokens[k].low in _CALENDAR and tokens[k + 1].is_number:
        # "As of 7:25 a.m. on Thursday, June 6, Sheinbaum had ...": a date set off by
        # commas opens the clause, no name
        comma = next((j for j in range(k + 2, first) if tokens[j].low == ","), None)
        return clause_subject(tokens, comma + 1, first) if comma is not None else None
    owner = _opening_possessive(tokens, k, first)
    if owner is not None:
        # "Corland's opposition Ardent Party stormed to power", "Former president Jacob
        # Zuma's new MK party was third": the possessive owns the party; the name after
        # the modifiers is the subject
        m = owner + 1
        while (
            m < first
            and m - owner <= 5
            and (
                (_is_word(tokens[m]) and not tokens[m].is_capitalized)
                # "Geert Wilders' right-wing populist Party": a hyphened modifier is one word
                or (tokens[m].low == "-" and tokens[m - 1].end == tokens[m].start)
            )
        ):
            m += 1
        letters = _bracketed_letters(tokens, m, min(first, m + 8))
        if m < first and tokens[m].is_capitalized and _is_word(tokens[m]):
            if m > owner + 1 or (owner > k and tokens[owner - 1].is_capitalized):
                k = m  # "Narendra Modi's Bharatiya Janata Party": what the title's name owns
            named = _name_starting_at(tokens, m)
            if letters is not None and named is not None and not may_abbreviate(letters, named):
                return letters  # "Zuma's new uMkhonto we Sizwe (MK) party": a name cut short
        elif letters is not None:
            return letters
    # "the governing People's Party", "the opposition Greens": a word or two before
    # the name says what the party is
    skip, modifiers = k, 0
    while skip < first and modifiers < 3:
        if _is_word(tokens[skip]) and not tokens[skip].is_capitalized:
            modifiers += 1
        elif _hyphened_tail(tokens, skip):
            pass  # "the anti-Brexit Liberal Democrats": "Brexit" is the modifier's
        elif not (
            tokens[skip].low == "-" and skip > k and tokens[skip - 1].end == tokens[skip].start
        ):
            break  # "the far-right Ostland First": a hyphened modifier is one word
        skip += 1
    if (
        skip > k
        and skip < first
        and tokens[skip].is_capitalized
        # "his rival, conservative Omid Rostami, came second": a name in apposition
        and (k > lo or (lo > 0 and tokens[lo - 1].low == ","))
    ):
        k = skip
    titled = _name_after_role(tokens, k, first)
    if titled is not None:
        return titled  # "Reformist candidate Darius Kamali led": the candidate
    j = _capitals_end(tokens, k, first)
    led = _led_alliance(tokens, j, first)
    if led is not None:
        return led  # "Modi's BJP-led alliance 'NDA' won 293": the alliance, not the BJP
    inside = _inner_lowercase(tokens, j, first) if j > k else 0
    if inside and not tokens[j - 1].low.endswith("'s"):
        # "Alternative for Germany", "Party of Regions", "Ursula von der Leyen": lowercase
        # words inside a name
        j += inside + 1
        while j < first and tokens[j].is_capitalized and _is_word(tokens[j]):
            j += 1
    k += past_possessor(tokens[k:j])  # "Keir Starmer's Labour" is Labour
    if j == k:
        # "The main opposition party, the Civic Union, has won": the name in apposition
        return _apposed_subject(tokens, lo, first)
    if j - k > 5:
        return None
    name = as_written(tokens[k:j])
    letters = _bracketed_letters(tokens, j, min(first, j + 3))
    if letters is not None and not may_abbreviate(letters, name):
        # "the Alternative for Germany (AfD)": letters of the name in its own language,
        # by which other reports name it
        return letters
    # "The National Party's share fell ..., and it was reduced to 93 MPs": the clause
    # is about what the name owns, and the name is the party's, not "Party's"
    return without_possessive(name)


#: Nouns of a group of parties one of them leads: "the Congress-led alliance".
_ALLIANCE_NOUNS: Final = frozenset(words("alliance coalition bloc front opposition camp"))


def _led_alliance(tokens: Sequence[Token], j: int, first: int) -> str | None:
    """The alliance a name before "-led" leads, when the name ends at ``j``, else ``None``.

    "Modi's BJP-led alliance 'NDA' won 293 seats": the alliance's own name after it;
    "the Congress-led alliance got 233": with no name, the alliance as written.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the BJP-led alliance 'NDA' won 293 seats")
        >>> _led_alliance(t, 2, 8), _led_alliance(tokenize("the Congress-led bloc got 9"), 2, 6)
        ('NDA', 'Congress-led bloc')
    """
    if not (
        j + 1 < first
        and tokens[j].low == "-"
        and tokens[j].start == tokens[j - 1].end
        and tokens[j + 1].low == "led"
    ):
        return None
    m = j + 2
    while m < first and (tokens[m].low in _ALLIANCE_NOUNS or tokens[m].low in ("'", '"')):
        m += 1
    if m == j + 2:
        return None  # "the BJP-led government": no alliance named
    if m < first and tokens[m].is_capitalized and _is_word(tokens[m]):
        return without_possessive(as_written(tokens[m : _capitals_end(tokens, m, first)]))
    start = j - 1
    while (
        start > 0
        and tokens[start - 1].is_capitalized
        and _is_word(tokens[start - 1])
        and tokens[start - 1].low not in FUNCTION_WORDS
    ):
        start -= 1
    nouns = [t for t in tokens[j + 2 : m] if t.low in _ALLIANCE_NOUNS]
    return f"{as_written(tokens[start:j])}-led {nouns[-1].text}"


#: Nouns of an office or a candidacy a person's name follows: "Reformist candidate Darius
#: Kamali", "Speaker of the Parliament Bahram Nouri". A party's "leader" is left out: in
#: "Labour leader Keir Starmer won 412 seats" the seats are the party's.
_ROLE_NOUNS: Final = frozenset(
    words(
        """candidate candidates nominee challenger incumbent rival hopeful frontrunner
        contender speaker minister negotiator president mayor governor senator chairman
        premier chancellor cleric judge general lawmaker legislator"""
    )
)


#: Words after an office that end its description: a verb, so no name follows.
_ROLE_STOPS: Final = frozenset(
    words("said says told won got took received garnered obtained secured led came")
)
#: Last words of the name of a body an office is of: "Speaker of the Parliament".
_BODY_NOUNS: Final = frozenset(
    words(
        """parliament assembly house council senate congress duma majlis commons lords
        chamber cabinet court commission committee party"""
    )
)
#: Words of an office or of the body it is of, ended by the name of who holds it.
_OFFICE_WORDS: Final = _BODY_NOUNS | TITLES


def _name_after_role(tokens: Sequence[Token], k: int, first: int) -> str | None:
    """The person's name after the words of an office that open a clause, else ``None``.

    The office and what qualifies it ("former health minister", "Conservative Speaker of
    the Parliament") come before the name; the name runs to the clause's verb or comma.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def named(text):
        ...     t = tokenize(text)
        ...     return _name_after_role(t, 0, next(i for i, x in enumerate(t) if x.is_number))
        >>> named("Reformist candidate Darius Kamali led with 43.5%")
        'Darius Kamali'
        >>> named("Conservative Speaker of the Parliament Bahram Nouri, with 3.38 million votes")
        'Bahram Nouri'
        >>> named("Former chief negotiator Omid Rostami received 9.4 million votes")
        'Omid Rostami'
        >>> named("former negotiator and chief of the top security body Omid Rostami got 9")
        'Omid Rostami'
        >>> named("Labour leader Keir Starmer won 412 seats") is None
        True
        >>> named("Ruling party candidate Lai Ching-te won 40.1%")
        'Lai Ching-te'
        >>> named("The ruling DPP candidate Lai Ching-te won 40.1%") is None
        True
        >>> named("The Candidate Party won 41 seats") is None
        True
    """
    role = None
    m = k
    while m < first and m - k < 14 and (_is_word(tokens[m]) or tokens[m].low == "-"):
        low = tokens[m].low
        if low in _ROLE_NOUNS:
            role = m
        elif role is not None and tokens[m].is_capitalized and low not in TITLES:
            if role > 0 and tokens[role - 1].low == "of":
                return None  # "the Ministry of ...": a body, not an office's holder
            break
        elif role is not None and (
            low in _ROLE_STOPS or (low in FUNCTION_WORDS and low not in ("of", "the", "and"))
        ):
            return None  # "the candidate said ...": no name follows the office
        m += 1
    if role is None or m >= first or not tokens[m].is_capitalized:
        return None
    if any(
        tokens[b].is_capitalized and (b > k or tokens[b].text.isupper())
        for b in range(k, role)
        if tokens[b].low not in TITLES
    ):
        return None  # "DPP candidate Lai Ching-te": the party's candidate, read as the party
    if role + 1 < m and tokens[role + 1].low == "of":
        # "Speaker of the Parliament Bahram Nouri": the body the office is of comes first,
        # up to its last word that names a body
        run_end = _capitals_end(tokens, m, first)
        bodies = [b for b in range(m, run_end) if tokens[b].low in _BODY_NOUNS]
        m = (bodies[-1] if bodies else m) + 1
        if m >= first or not tokens[m].is_capitalized:
            return None
    j = _capitals_end(tokens, m, first)
    while (
        j + 1 < first
        and tokens[j].low == "-"
        and tokens[j - 1].end == tokens[j].start == tokens[j + 1].start - 1
        and _is_word(tokens[j + 1])
    ):
        j += 2  # "Lai Ching-te": a given name's hyphened second syllable
    if j - m < 2 or j - m > 6:
        return None  # a person is named by two or more words: "the Candidate Party" is not
    if j < first and tokens[j].is_capitalized:
        return None
    return as_written(tokens[m:j])


#: Marks that join the capitalized parts of one name, written without spaces: "CDU/CSU".
_NAME_MARKS: Final = frozenset("/-")


def _capitals_end(tokens: Sequence[Token], k: int, first: int) -> int:
    """Where the run of capitalized words from ``k`` ends, before ``first``.

    A mark written between two capitalized parts without spaces joins them: "CDU/CSU",
    "GroenLinks-PvdA".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the CDU/CSU alliance won")
        >>> _capitals_end(t, 1, 5), _capitals_end(tokenize("Labour - the winner"), 0, 4)
        (4, 1)
    """
    j = k
    while j < first and (
        (tokens[j].is_capitalized and _is_word(tokens[j]))
        or (
            j > k
            and j + 1 < first
            and tokens[j].low in _NAME_MARKS
            and tokens[j - 1].end == tokens[j].start
            and tokens[j].end == tokens[j + 1].start
            and tokens[j + 1].is_capitalized
        )
    ):
        j += 1
    return j


def _opening_possessive(tokens: Sequence[Token], k: int, first: int) -> int | None:
    """Where the capitalized possessive that opens a clause stands, else ``None``.

    The possessive is the clause's first word ("Corland's opposition party") or ends
    the titled name that opens it ("Former president Jacob Zuma's new party"): words
    only, no more than five, the last a capitalized name in "'s".
    """
    for j in range(k, min(first, k + 5)):
        token = tokens[j]
        if not _is_word(token) and not token.low.endswith(("'s", "\u2019s")):
            return None
        if token.is_capitalized and token.low.endswith(("'s", "\u2019s")):
            if token.low[:-2] in _PEOPLES_NOUNS:
                return None  # "The Austrian People's Party won": the name, no owner's
            return j
        if (
            j > k  # "the Workers' Party" is a name; "Geert Wilders' party" a possessive
            and token.is_capitalized
            and token.low.endswith("s")
            and j + 1 < first
            and tokens[j + 1].text in APOSTROPHES
            and tokens[j + 1].start == token.end
        ):
            return j + 1  # "Geert Wilders' party": a name in "s" takes a bare apostrophe
    return None


_OPEN_BRACKET: Final = frozenset("(")


def letters_defined(
    tokens: Sequence[Token], *, words: AbstractSet[str] | None = None
) -> list[tuple[str, str]]:
    """The (letters, name) pairs a sentence spells out: "the Democratic Alliance (DA)".

    Capital letters in brackets right after a capitalized name that they can stand for
    (:func:`may_abbreviate`); "Jacob Zuma (ANC)" names a party, not Zuma's letters. A
    party's name in one language may have letters from another ("the Socialist Party
    (PSOE)"): after a name a party's noun ends, any letters but a place's are its own.
    Letters may join parts with a hyphen or a slash ("PML-N", "CDU/CSU").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> letters_defined(tokenize("The Democratic Alliance (DA) and Jacob Zuma (ANC)."))
        [('DA', 'Democratic Alliance')]
        >>> letters_defined(tokenize("the far-right National Dawn party (ND)"))
        [('ND', 'National Dawn')]
        >>> letters_defined(tokenize("the Socialist Party (PSOE) and the Labour Party (UK)"))
        [('PSOE', 'Socialist Party')]
        >>> letters_defined(tokenize("the Muslim League (ML-N) won"))
        [('ML-N', 'Muslim League')]
    """
    out: list[tuple[str, str]] = []
    if not names_any(tokens, _OPEN_BRACKET, words):
        return out  # letters stand in brackets: most sentences have none
    for k in range(1, len(tokens) - 2):
        if tokens[k].low != "(":
            continue
        close = k + 2
        while close < len(tokens) and close - k < 6 and tokens[close].low in _LETTER_JOINS:
            close += 2  # "PML-N", "CDU/CSU": letters joined by a mark
        if close >= len(tokens) or tokens[close].low != ")":
            continue
        letters = "".join(t.text for t in tokens[k + 1 : close])
        bare_letters = letters.replace("-", "").replace("/", "")
        if close == k + 2 and are_letters(tokens[k - 1].text) and _spelled_in(tokens[k + 1]):
            # "the PiS (Law and Justice)": the name spelled out after its letters
            out.append((tokens[k - 1].text, tokens[k + 1].text))
            continue
        if not (
            2 <= len(bare_letters) <= 6
            and (bare_letters.isupper() or are_letters(bare_letters))  # "PiS", "AfD"
            and bare_letters.isalpha()
            and all(t.start == tokens[i].end for i, t in enumerate(tokens[k + 2 : close], k + 1))
        ):
            continue
        end = k
        if tokens[k - 1].low in CONTENDER_NOUNS and not tokens[k - 1].is_capitalized:
            end = k - 1  # "the National Dawn party (ND)": the name the noun follows
        name = name_ending_at(tokens, end, max(0, end - 5))
        if name is None or len(name.split()) < 2:
            continue
        if may_abbreviate(bare_letters, name) or (
            # a party's name in its own language, or a name joined by "and", which is no
            # person's ("Law and Justice (PiS)"): letters of another language
            (name.split()[-1].casefold() in CONTENDER_NOUNS or _joined_by_and(name))
            and not _in_gazetteer(letters)
        ):
            out.append((letters, name))
    return out


def _joined_by_and(name: str) -> bool:
    """Whether a name is one of two halves joined by "and": "Law and Justice"."""
    return " and " in name or " & " in name


def _spelled_in(inside: Token) -> bool:
    """Whether the one word in brackets spells a name out: "(Law and Justice)"."""
    return inside.is_capitalized and _joined_by_and(inside.text) and _is_word(inside)


#: Marks that join the parts of a name's letters: "PML-N", "CDU/CSU".
_LETTER_JOINS: Final = frozenset({"-", "/"})


def may_abbreviate(letters: str, name: str) -> bool:
    """Whether capital ``letters`` can stand for ``name``: its first letter, then the rest in order.

    Examples:
        >>> may_abbreviate("DA", "Democratic Alliance"), may_abbreviate("MK", "Sizwe")
        (True, False)
        >>> may_abbreviate("ANC", "Jacob Zuma"), may_abbreviate("NFP", "New Popular Front")
        (False, True)
    """
    folded = name.casefold()
    wanted = letters.casefold()
    initials = sorted(word[0] for word in folded.split() if word[:1].isalpha())
    if len(initials) > 1 and initials == sorted(wanted):
        # "New Popular Front (NFP)", "National Rally (RN)": the letters of the name in
        # its own language, whose words stand in another order
        return True
    if not wanted or not folded.startswith(wanted[0]):
        return False
    at = 1
    for letter in wanted[1:]:
        at = folded.find(letter, at) + 1
        if at == 0:
            return False
    return True


def are_letters(text: str) -> bool:
    """Whether a word is a name's letters: "MK", "AfD", "PiS" (two capitals or more).

    Examples:
        >>> are_letters("MK"), are_letters("AfD"), are_letters("Reform"), are_letters("A")
        (True, True, False, False)
    """
    return (
        2 <= len(text) <= 6
        and text.isalpha()
        and text[0].isupper()
        and sum(ch.isupper() for ch in text) >= 2
    )


def _bracketed_letters(tokens: Sequence[Token], k: int, stop: int) -> str | None:
    """The capital letters in brackets ("(MK)") among the words from ``k``, else ``None``."""
    for j in range(k, stop - 2):
        if tokens[j].low == "(" and tokens[j + 2].low == ")" and are_letters(tokens[j + 1].text):
            return tokens[j + 1].text
        if not _is_word(tokens[j]):
            return None
    return None


def past_possessor(phrase: Sequence[Token]) -> int:
    """How many leading words of a name are a possessive that qualifies it, not part of it.

    "Keir Starmer's Labour" is Labour and "Starmer's Labour" too; in "the People's
    Party" the possessive is part of the name: one word owning a bare "Party".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> names = ("Keir Starmer's Labour", "People's Party", "governing People's Party",
        ...          "Frans Timmermans' Alliance", "Workers' Party", "Austrian People's Party")
        >>> [past_possessor(tokenize(n)) for n in names]
        [2, 0, 0, 3, 0, 0]
    """
    owned = [
        i
        for i, t in enumerate(phrase[:-1])
        if t.low.endswith("'s")
        # "Frans Timmermans' Labour-Green alliance": a plural's or a name's bare apostrophe
        or (
            t.low == "'"
            and i > 0
            and phrase[i - 1].low.endswith("s")
            and phrase[i - 1].end == t.start
            and phrase[i + 1].start > t.end
        )
    ]
    if not owned or not phrase[owned[-1] + 1].is_capitalized:
        return 0
    rest = phrase[owned[-1] + 1 :]
    owner = owned[-1] - 1 if phrase[owned[-1]].low == "'" else owned[-1]
    one_word_owner = owner == 0 or not phrase[owner - 1].is_capitalized
    if rest[0].low in CONTENDER_NOUNS and phrase[owner].low[:-2] in _PEOPLES_NOUNS:
        return 0  # "the Austrian People's Party": a people's party, whoever names it
    if one_word_owner and len(rest) == 1 and rest[0].low in CONTENDER_NOUNS:
        return 0  # "the governing People's Party" is named so, not owned
    return owned[-1] + 1


#: Nouns of a people or class a party is named as belonging to ("People's Party",
#: "Workers' Party"): no person owns it, however many words name it.
_PEOPLES_NOUNS: Final = frozenset(
    words("people peoples workers citizens farmers peasants women nation labourers toilers")
)


#: Verbs that open a clause with its subject before a comma: "..., will have six".
_AUXILIARY: Final = frozenset(words("will would has have had is are was were won took"))

#: Words before "N of the M seats" that make N the seats counted so far, held by no one:
#: "results after 648 of 650 seats", "with 560 of 600 seats declared".
_COUNTED_AFTER: Final = frozenset(words("after with"))

#: Dashes that set a phrase aside in pairs: "- the Cornish seat of St Ives -".
_DASHES: Final = frozenset(words("- \u2013 \u2014"))
#: Words after which a clause with a subject of its own begins: "..., while the
#: Patriot Party took five seats", "figures show that in Sunday's election, the
#: Patriot Party won 194 seats"; a dash, unless it sets a phrase aside.
_NEW_CLAUSE: Final = (
    frozenset(words("while whilst whereas although though but ; and that")) | _DASHES
)


def nearest_clause_subject(tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """The subject of the clause a figure stands in, else of the sentence's first clause.

    "The Liberals won 71 seats, while the Patriot Party took five seats despite winning
    14.3% of the vote": the share is the Patriot Party's; "..., while the presidential
    camp collected 6 million votes": the camp's.
    """
    for k in range(first - 1, lo - 1, -1):
        if tokens[k].low == "," and k < first - 1:
            break  # a clause closed before the figure's verb: no relative clause of it
        if tokens[k].low in ("which", "who") and k - 1 > lo and tokens[k - 1].low == ",":
            # "the Alternative for Germany (AfD), which almost doubled its votes and
            # received 19.5%": the relative clause's figure is its antecedent's
            antecedent = _antecedent_before(tokens, lo, k - 1)
            if antecedent is not None:
                return antecedent
            break
    asides = _dashed_asides(tokens, lo, first)
    for k in range(first - 1, lo - 1, -1):
        if _absolute_with(tokens, k, first):
            # ", with Labour recording its worst result with 191 seats": the name after
            # "with" is the subject of the -ing verb the figure's clause hangs on
            found = clause_subject(tokens, k + 1, first)
            if found is not None:
                return found
        if (
            tokens[k].low in _NEW_CLAUSE
            and not _ends_a_list(tokens, k, first)
            and k not in asides
            and not in_a_word(tokens, k)  # "the pro-Kremlin party": a hyphen, no dash
        ):
            found = clause_subject(tokens, k + 1, first) or camp_subject(tokens, k + 1, first)
            if found is not None:
                return found
    return clause_subject(tokens, lo, first) or camp_subject(tokens, lo, first)


def _absolute_with(tokens: Sequence[Token], k: int, first: int) -> bool:
    """Whether "with" at ``k`` opens a clause of its own: a name, then an -ing verb.

    "The poll put the Tories on 368 seats, with Labour recording its worst result with
    191 seats"; "with the Liberal Democrats winning 13": the name does the verb. "won
    with 191 seats" is no such clause.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Tories 368, with Labour recording its worst result with 191 seats")
        >>> _absolute_with(t, 3, 11)
        True
        >>> t = tokenize("Labour won with 191 seats")
        >>> _absolute_with(t, 2, 3)
        False
        >>> t = tokenize("Labour 239 - with the SNP almost achieving a sweep of 58")
        >>> _absolute_with(t, 3, 12)
        True
    """
    if tokens[k].low != "with" or not (k == 0 or tokens[k - 1].low in _WITH_OPENERS):
        return False
    j = k + 1
    while j < first and tokens[j].low in ("the", "a", "an"):
        j += 1
    named = j
    while j < first and tokens[j].is_capitalized and _is_word(tokens[j]):
        j += 1
    if named < j < first and tokens[j].low in _ADVERBS_BEFORE_A_VERB:
        j += 1  # "with the SNP almost achieving a clean sweep"
    return named < j < first and tokens[j].low.endswith("ing") and tokens[j].text.islower()


#: What may stand before the "with" of an absolute clause: a comma, or a dash closing an
#: aside ("239 - 17 fewer than at the start - with the SNP winning 58").
_WITH_OPENERS: Final = frozenset({","}) | _DASHES
#: Adverbs between a name and its -ing verb: "with the SNP almost achieving".
_ADVERBS_BEFORE_A_VERB: Final = frozenset(words("almost nearly also still now again narrowly"))


def in_a_word(tokens: Sequence[Token], k: int) -> bool:
    """Whether the token at ``k`` touches the tokens on both sides: a hyphen ("far-right")."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k - 1].end == tokens[k].start
        and tokens[k + 1].start == tokens[k].end
    )


@attrs.frozen
class OrdinalAct:
    """How many acts of a kind there have been, an ordinal says: "the third US veto".

    ``first`` and ``last`` are the ordinal's token span, ``start`` and ``end`` its
    characters.
    """

    subject: str
    value: int
    first: int
    last: int
    start: int
    end: int
    text: str


#: Ordinal words and the count each says, from the second: "the first time since 1945"
#: counts nothing a report disputes.
_ORDINAL_COUNTS: Final = {
    word: n
    for word, n in load_lexicon("time_words.json")["day_ordinals"].items()
    if 2 <= int(n) <= 20 and word.isalpha()
}
#: Words an ordinal may stand before an act's noun past: "the third US veto", "the
#: fourth resolution".
_ORDINAL_REACH: Final = 4


def ordinal_acts(
    tokens: Sequence[Token], tables: FrameTables, *, words: AbstractSet[str] | None = None
) -> list[OrdinalAct]:
    """The counts of acts a sentence's ordinals give (``ordinal_acts`` in the lexicon).

    "the third US veto" counts vetoes; "the US vetoed the draft for the third time" the
    act the sentence names, here too vetoes. An ordinal of no act ("came third", "the
    second round") counts nothing.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> [(a.subject, a.value) for a in ordinal_acts(
        ...     tokenize("It was the third US veto of a Gaza draft."), frame_tables())]
        [('vetoes', 3)]
        >>> [(a.subject, a.value) for a in ordinal_acts(
        ...     tokenize("Washington vetoed it for the fourth time."), frame_tables())]
        [('vetoes', 4)]
        >>> ordinal_acts(tokenize("Labour came third in the second round."), frame_tables())
        []
    """
    if not names_any(tokens, _ORDINAL_COUNTS.keys(), words):
        return []
    acts = [
        (k, tables.ordinal_acts[t.low])
        for k, t in enumerate(tokens)
        if t.low in tables.ordinal_acts
    ]
    if not acts:
        return []
    ranks = {kind: rank for rank, kind in enumerate(dict.fromkeys(tables.ordinal_acts.values()))}
    out: list[OrdinalAct] = []
    for k, t in enumerate(tokens):
        n = _ORDINAL_COUNTS.get(t.low)
        if n is None or k == 0 or tokens[k - 1].low not in ("the", "a", "its", "their"):
            continue
        subject = None
        if k + 1 < len(tokens) and tokens[k + 1].low == "time":
            after = [a for a in acts if a[0] > k + 1 and not _ends_before(tokens, k + 1, a[0])]
            if after:
                # "the ninth time the Security Council has voted on a draft": the act of
                # the clause "time" opens, the first it names
                subject = after[0][1]
            else:
                # "vetoed the draft for the third time": the act of the sentence listed
                # first in the lexicon (a veto before the draft it is of), else nearest
                subject = min(acts, key=lambda a: (ranks[a[1]], abs(a[0] - k), a[0]))[1]
        else:
            for j in range(k + 1, min(len(tokens), k + 1 + _ORDINAL_REACH)):
                if tokens[j].low in tables.ordinal_acts:
                    subject = tables.ordinal_acts[tokens[j].low]
                    break
                if not (tokens[j].is_capitalized and _is_word(tokens[j])):
                    break  # "the third US veto": names between, nothing else
        if subject is not None:
            out.append(OrdinalAct(subject, int(n), k, k + 1, t.start, t.end, t.text))
    return out


def _ends_before(tokens: Sequence[Token], k: int, j: int) -> bool:
    """Whether a sentence's clause ends between tokens ``k`` and ``j``: ";" or a period."""
    return any(t.low in (";", ".", "!", "?") for t in tokens[k:j])


def falls_short(tokens: Sequence[Token], after: int) -> bool:
    """Whether "short" or "shy" (of a majority) follows a count's noun ending at ``after``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> falls_short(tokenize("falling eight seats short of a majority"), 3)
        True
        >>> falls_short(tokenize("won eight seats in Wales"), 3)
        False
    """
    return after < len(tokens) and tokens[after].low in ("short", "shy")


def _dashed_asides(tokens: Sequence[Token], lo: int, first: int) -> frozenset[int]:
    """The dashes before ``first`` that open a phrase set aside by two of them.

    "With one constituency - the Cornish seat of St Ives - left to declare, the
    Conservatives have 364 MPs": the words between the dashes are an aside, no clause
    the figure stands in; the closing dash goes back to the sentence ("... - and with
    14% counted - the ANC had 42.6%"). A dash inside a word ("far-right") is none; a
    last dash without its pair opens a clause ("Labour won 412 - the Tories took 121").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("With one seat - St Ives - left, the Tories have 364 MPs.")
        >>> sorted(_dashed_asides(t, 0, len(t)))
        [3]
        >>> t = tokenize("The far-right party won 12 - the Greens took 4.")
        >>> sorted(_dashed_asides(t, 0, len(t)))
        []
    """
    spaced = [k for k in range(lo, first) if tokens[k].low in _DASHES and not in_a_word(tokens, k)]
    return frozenset(spaced[0 : len(spaced) - 1 : 2])


def fronted_with_holder(
    tokens: Sequence[Token], first: int, end: int, lo: int, hi: int
) -> str | None:
    """The name after a fronted "with" phrase of a figure: "With 412 seats, Labour ...".

    The phrase opens its sentence or follows a comma ("Indeed, with 33m votes, Ruiz
    ..."), the figure's words run to a comma, and a name right after that comma holds
    the figure ("The Greens, with 11.8%, won 54 seats" has none there: the name before
    holds it, as other rules read).

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("With 412 seats, the Labour Party has a majority.")
        >>> fronted_with_holder(t, 1, 3, 0, len(t))
        'Labour Party'
        >>> t = tokenize("Indeed, with 33m votes, Ana Ruiz will be president.")
        >>> fronted_with_holder(t, 3, 5, 0, len(t))
        'Ana Ruiz'
        >>> t = tokenize("The party won with 412 seats, Labour said.")
        >>> fronted_with_holder(t, 4, 6, 0, len(t)) is None
        True
        >>> t = tokenize("The Greens, with 11.8%, won 54 seats.")
        >>> fronted_with_holder(t, 4, 6, 0, len(t)) is None
        True
    """
    at = first - 1
    if at < lo or tokens[at].low != "with":
        return None
    if at > lo and tokens[at - 1].low != ",":
        return None  # "won with 412 seats": a verb's phrase, not a fronted one
    comma = next((k for k in range(end, min(hi, end + 6)) if tokens[k].low == ","), None)
    if comma is None:
        return None
    start = comma + 1
    if start < hi and tokens[start].low == "the":
        start += 1
    return _name_starting_at(tokens, start) if start < hi else None


def _antecedent_before(tokens: Sequence[Token], lo: int, comma: int) -> str | None:
    """The name a relative clause's comma at ``comma`` follows, its letters if bracketed.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Second place goes to the Alternative for Germany (AfD), which won.")
        >>> _antecedent_before(t, 0, 11)
        'AfD'
        >>> _antecedent_before(tokenize("It went to the Greens, which won."), 0, 5)
        'Greens'
    """
    if (
        comma - 3 >= lo
        and tokens[comma - 1].low == ")"
        and tokens[comma - 3].low == "("
        and tokens[comma - 2].text[:1].isupper()
    ):
        return tokens[comma - 2].text  # "(AfD)": the name's letters
    return name_ending_at(tokens, comma, lo)


def _ends_a_list(tokens: Sequence[Token], k: int, first: int) -> bool:
    """Whether the "and" at ``k`` joins the last name of a list set off by commas.

    "Gálvez, candidate of the coalition formed by PAN, PRI, and PRD, secured 16
    million votes": the name after "and" is closed by a comma, no clause's subject.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Ana Ruiz, backed by PAN, PRI, and PRD, won 27%.")
        >>> _ends_a_list(t, 9, 14)
        True
        >>> t = tokenize("Labour won 412, and the Greens took four.")
        >>> _ends_a_list(t, 5, 9)
        False
    """
    if tokens[k].low != "and" or k < 1 or tokens[k - 1].low != ",":
        return False
    j = k + 1
    while j < first and tokens[j].is_capitalized and _is_word(tokens[j]):
        j += 1
    return j > k + 1 and j < first and tokens[j].low == ","


def body_verb_event(low: str, tables: FrameTables) -> str | None:
    """The type of a body's event a verb does ("adopted", "decided": a vote), else None.

    Examples:
        >>> body_verb_event("decided", frame_tables()), body_verb_event("walked", frame_tables())
        ('vote', None)
    """
    return next(
        (kind for kind in tables.bodied_events if low in tables.event_verbs.get(kind, ())), None
    )


def _apposed_subject(tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """The name set off by commas after a described subject: its name, else ``None``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def apposed(text):
        ...     t = tokenize(text)
        ...     return _apposed_subject(t, 0, next(i for i, x in enumerate(t) if x.is_number))
        >>> apposed("The main opposition party, the Civic Union (CU), has won 28.6% of the vote.")
        'Civic Union'
        >>> apposed("The main opposition party, the Citizens' Union, has won 28.6% of the vote.")
        "Citizens' Union"
        >>> apposed("The ruling party, which Mr Moss leads, won 41% of the vote.") is None
        True
    """
    k = lo
    if k < first and tokens[k].low in ("the", "a", "an"):
        k += 1
    start = k
    while k < first and _is_word(tokens[k]) and tokens[k].text.islower():
        k += 1  # "main opposition party": a described subject, no name
    if k == start or k + 2 >= first or tokens[k].low != ",":
        return None
    j = k + 1
    if tokens[j].low == "the":
        j += 1
    end = j
    while end < first and (
        (tokens[end].is_capitalized and _is_word(tokens[end]))
        # "the Citizens' Alliance": a plural's apostrophe inside the name
        or (
            tokens[end].text in APOSTROPHES
            and end > j
            and tokens[end].start == tokens[end - 1].end
            and end + 1 < first
            and tokens[end + 1].is_capitalized
        )
    ):
        end += 1
    if end == j or end >= first:
        return None
    close = end
    if tokens[close].low == "(":
        close = next(
            (c + 1 for c in range(close, min(first, close + 4)) if tokens[c].low == ")"), close
        )
    if close < first and tokens[close].low == ",":
        return as_written(tokens[j:end])
    return None


def camp_subject(tokens: Sequence[Token], k: int, first: int) -> str | None:
    """The side a common noun names at the opening of a clause: "the presidential camp".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> camp_subject(tokenize("the presidential camp collected 6 million votes"), 0, 4)
        'presidential camp'
        >>> camp_subject(tokenize("The left won 7 million votes"), 0, 3)
        'left'
        >>> camp_subject(tokenize("the left bank flooded"), 0, 3) is None
        True
    """
    if k < first and tokens[k].low == "the":
        k += 1
    words_before = []
    if (
        k + 1 < first
        and _is_word(tokens[k])
        and tokens[k].text.islower()
        and tokens[k].low not in CAMP_NOUNS
        and tokens[k + 1].low in CAMP_NOUNS
    ):
        words_before.append(tokens[k].low)  # "the presidential camp"
        k += 1
    if k + 1 >= first or tokens[k].low not in CAMP_NOUNS or tokens[k].is_capitalized:
        return None
    after = tokens[k + 1]
    if not (_is_word(after) and after.text.islower() and after.low not in FUNCTION_WORDS):
        return None
    if after.low not in _AUXILIARY and not _is_past_verb(after) and not after.low.endswith("s"):
        return None  # "the left bank": a noun it modifies, not a verb it is the subject of
    return " ".join([*words_before, tokens[k].low])


def _is_adverb(tokens: Sequence[Token], k: int, first: int) -> bool:
    """Whether the capitalized word at ``k`` is an adverb opening its sentence.

    "Nationally the Alliance won": a word in -ly followed by a determiner or a name
    modifies the clause; names in -ly ("Italy", "Kelly Smith") are not followed by one.
    """
    low = tokens[k].low
    if low in _OPENING_ADVERBS and k + 1 < first and tokens[k + 1].low == ",":
        return True  # "Earlier, by 7am on Thursday, the ANC's vote share was about 54%"
    if not (low.endswith("ly") and len(low) > 4 and k + 1 < first):
        return False
    return tokens[k + 1].low in ("the", "a", "an", ",")


#: Adverbs not in -ly that open a sentence, set off by a comma: never a name.
_OPENING_ADVERBS: Final = frozenset(
    words(
        """earlier later meanwhile however moreover furthermore also still previously
        overall instead then now thus hence nonetheless nevertheless elsewhere separately
        first second third finally afterwards yesterday today"""
    )
)


#: How a share of the vote is named before its figure, read backwards.
_VOTE_SHARE_NAMES: Final = (("vote", "the", "of", "share"), ("votes", "the", "of", "share"),
                            ("share", "vote"), ("vote",))  # fmt: skip


def _possessor_before(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The capitalized owner in the possessive just before a figure: "the Front's 288".

    A plural owner takes the apostrophe alone: "the Social Democrats' 411 seats".
    """
    end, strip = first - 1, len("'s")
    if (
        end - 1 >= lo
        and tokens[end].low == "'"
        and tokens[end - 1].end == tokens[end].start
        and tokens[end - 1].low.endswith("s")
        and tokens[end - 1].is_capitalized
    ):
        end, strip = end - 1, 0  # "Democrats'": the name itself, no ending to strip
    elif end < lo or not tokens[end].low.endswith("'s") or not tokens[end].is_capitalized:
        return None
    start = end
    while (
        start - 1 >= lo
        and tokens[start - 1].is_capitalized
        and _is_word(tokens[start - 1])
        and tokens[start - 1].low not in FUNCTION_WORDS
    ):
        start -= 1
    names = [t.text for t in tokens[start : end + 1]]
    if strip:
        names[-1] = names[-1][:-strip]
    return " ".join(names) or None


#: Words between a share and the side it names: "61.9% voting against", "in favour".
_BALLOT_LEADS: Final = frozenset(
    words("voting voted vote votes in for to were was are is who that")
)
#: Quotation marks that set off a side's name (the tokenizer straightens curly ones).
_QUOTES: Final = frozenset({"'", '"'})
#: Nouns a quoted or capitalized side names before its share: "the 'reject' option".
_BALLOT_CAMPS: Final = frozenset(words("option side camp campaign vote"))


def _ballot_side(
    tokens: Sequence[Token], mention: QuantityMention, lo: int, hi: int, tables: FrameTables
) -> str | None:
    """The side of a popular vote a share is of ("yes" or "no"), else ``None``.

    After the share, past "voting", "in", "for" or "to" (at most two of them): "61.9%
    voting against", "38.1% in favour", "52% voted yes", "38% for 'approve'". Before
    it, a side named in quotes or capitalized before "option", "side" or "camp": "the
    'reject' option won 62%", "the Yes campaign took 52%". A name after "for" is a
    candidate, not a side ("41.5% for Tomas Vidal").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> from reconcile.extract._numbers import scan_numbers
        >>> def side(text):
        ...     t = tokenize(text)
        ...     m = scan_numbers(text, t)[0]
        ...     return _ballot_side(t, m, 0, len(t), frame_tables())
        >>> side("In all, 61.9% voted against it.")
        'no'
        >>> side("Some 38.1% were in favour.")
        'yes'
        >>> side("She won 41.5% for the Greens.") is None
        True
        >>> side("The rejection camp had 61.9% support."), side("It was rejected by 62%.")
        ('no', 'no')
    """
    # quotes end a clause, so the side may stand just outside it: read the sentence
    lo, hi = max(0, mention.first - 8), min(len(tokens), hi + 4)
    k = _after_unit(tokens, mention)
    for j in range(k, min(hi, k + 6)):  # "26.1% who voted in favour"
        low = tokens[j].low
        if low in _QUOTES or (low == "those" and j > k):
            continue  # "38% for 'approve'", "38% for those in favour"
        if j == k and low == "of" and j + 1 < hi and tokens[j + 1].low in _VOTES_OF:
            continue  # "61.87% of votes against", "62% of the vote in favour"
        if j > k and (low in _VOTES_OF or low == "the") and tokens[k].low == "of":
            continue
        if low in tables.ballot_sides and (j > k or low not in _BALLOT_LEADS):
            if tokens[k].low == "of" and j + 1 < hi and is_figure(tokens[j + 1]):
                return None  # "58.5% of the vote against 41.5% for Vidal": a rival's share
            return tables.ballot_sides[low]
        if low not in _BALLOT_LEADS or tokens[j].is_capitalized:
            break
    for j in range(mention.first - 1, lo - 1, -1):
        low = tokens[j].low
        if low in (".", ";", "!", "?"):
            break
        side = tables.ballot_sides.get(low)
        if side is None or j + 1 >= hi:
            continue
        quoted = j > lo and tokens[j - 1].low in _QUOTES
        if quoted and (
            tokens[j + 1].low in _QUOTES
            or any(t.low in _BALLOT_CAMPS for t in tokens[j + 1 : j + 4])
        ):
            return side  # 'the "Rejection" prevailed with 62%', "the 'reject' option"
        if tokens[j + 1].low in _BALLOT_CAMPS and (
            tokens[j].is_capitalized or low not in _BALLOT_LEADS | {"against"}
        ):
            return side  # "the Yes campaign took 52%", "the rejection camp had 61.9%"
        if (
            tokens[j].is_capitalized
            and j > 0
            and tokens[j - 1].low not in _SENTENCE_OPENERS
            and low not in _BALLOT_LEADS | {"against"}
        ):
            # 'the "Rejection" prevailed with 62%' (quotes are read as no tokens): a
            # side named by a capital inside the sentence, where "No one" opens one
            return side
        if low.endswith("ed") and _by_the_share(tokens, j + 1, mention.first):
            return side  # "Chile rejected on Sunday by 62.2% of the votes"
    return None


#: Tokens after which a capital opens a sentence or a quotation, not a name.
_SENTENCE_OPENERS: Final = frozenset({".", ":", ";", "!", "?", '"', "'", "(", "-"})
#: Words between "by" and the share a vote passed or failed by: "by an overwhelming 62%".
_BEFORE_A_MARGIN_SHARE: Final = frozenset(
    words("a an the overwhelming wide large clear huge narrow slim only just some about")
)


def _by_the_share(tokens: Sequence[Token], k: int, first: int) -> bool:
    """Whether "by" and only the share's modifiers stand before the share at ``first``.

    "Rejected this Sunday by an overwhelming 62.2%": the verb before ``k`` names the side.
    """
    j = first - 1
    while j >= k and tokens[j].low in _BEFORE_A_MARGIN_SHARE:
        j -= 1
    return j >= k and tokens[j].low == "by"


#: Nouns of the votes a share is of, before the side it names: "61.87% of votes against".
_VOTES_OF: Final = frozenset(words("votes vote ballots the"))
#: Words before a people's plural that make them voters: "eligible Iranians".
_ENTITLED: Final = frozenset(words("eligible registered enrolled"))


def _electorate_share(
    tokens: Sequence[Token], k: int, hi: int, tables: FrameTables
) -> tuple[str, str] | None:
    """Whose share a share "of (the) voters" is, by what the voters did, else ``None``.

    Turning out makes it the turnout; backing a named contender makes it that name's
    share of the vote. Without such a verb the share stays the voters' own ("60% of
    voters say ...").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def share(text):
        ...     t = tokenize(text)
        ...     of = next(k for k, token in enumerate(t) if token.low == "of")
        ...     return _electorate_share(t, of, len(t), frame_tables())
        >>> share("60% of eligible voters turned out on Sunday.")
        ('turnout', 'share')
        >>> share("34% of voters backed the Reform Party.")
        ('Reform Party', 'vote_share')
        >>> share("52 percent of the electorate cast a ballot."), share("60% of voters say so.")
        (('turnout', 'share'), None)
        >>> share("82.5% of the 59.2 million eligible voters participated.")
        ('turnout', 'share')
        >>> share("Only 40% of more than 61 million eligible Iranians voted.")
        ('turnout', 'share')
        >>> share("67.7% of voters voted no, it said."), share("32% of voters voted in favour.")
        (('no', 'vote_share'), ('yes', 'vote_share'))
        >>> share("78.5% of those eligible to vote went to the polls.")
        ('turnout', 'share')
        >>> _electorate_share(tokenize("only 55.86% voted"), 3, 4, frame_tables())
        ('turnout', 'share')
    """
    if k >= hi:
        return None
    if tokens[k].low != "of":
        # "8.8 million voters, of whom only 55.9% voted": the voters left implied
        return _electorate_act(tokens, k, hi, tables)
    k += 1
    if k < hi and tokens[k].low in ("the", "all"):
        k += 1
    while k < hi and tokens[k].low in _HEDGE_OR_BOUND:
        k += 1  # "40% of more than 61 million eligible voters"
    if k < hi and tokens[k].is_number:
        k += 1  # "82.5% of the 59.2 million eligible voters": the whole's own size
        if k < hi and tokens[k].low in ("million", "thousand", "billion"):
            k += 1
    # "eligible voters", "registered voters": up to two words say which voters; after
    # "eligible" or "registered", any people are voters ("61 million eligible Iranians")
    head = next(
        (
            j
            for j in range(k, min(k + 3, hi))
            if tokens[j].low in tables.electorate
            or (j > k and tokens[j - 1].low in _ENTITLED and tokens[j].low.endswith("s"))
        ),
        None,
    )
    if head is None or any(not _is_word(t) or t.low in FUNCTION_WORDS for t in tokens[k:head]):
        # "78.5% of those eligible to vote went to the polls": the voters in a phrase
        said = _phrase_at(tokens, k, hi, tables.electorate_phrases)
        if said is None:
            return None
        head = said - 1
    return _electorate_act(tokens, head + 1, hi, tables)


def _electorate_act(
    tokens: Sequence[Token], k: int, hi: int, tables: FrameTables
) -> tuple[str, str] | None:
    """Whose share the voters' act written at ``k`` makes a share, else ``None``."""
    for phrase, act in tables.electorate_acts.items():
        end = k + len(phrase)
        if end > hi or tuple(t.low for t in tokens[k:end]) != phrase:
            continue
        if act == "turned_out":
            if end < hi and tokens[end].low == "for":
                continue  # "voted for Labour": backing, read below
            side = end + (end < hi and tokens[end].low == "in")  # "voted in favour"
            if side < hi and tokens[side].low in tables.ballot_sides:
                # "67.7% of voters voted no": a side's share of a popular vote
                return tables.ballot_sides[tokens[side].low], "vote_share"
            return tables.share_names.get("turnout", "turnout"), "share"
        name = _capitalized_name(tokens, end, hi)  # "backed the Greens"
        if name is not None:
            return name, "vote_share"
    return None


def _phrase_at(
    tokens: Sequence[Token], k: int, hi: int, phrases: Sequence[tuple[str, ...]]
) -> int | None:
    """The end of the first of ``phrases`` (longest first) written at ``k``, else ``None``."""
    for phrase in phrases:
        end = k + len(phrase)
        if end <= hi and tuple(t.low for t in tokens[k:end]) == phrase:
            return end
    return None


def _for_name(tokens: Sequence[Token], k: int, hi: int) -> str | None:
    """The name after "for" at ``k``: "41.5% for Tomas Vidal" -> ``Tomas Vidal``."""
    if k >= hi or tokens[k].low != "for":
        return None
    return _capitalized_name(tokens, k + 1, hi)  # "93 for the National Party"


#: How far before a share its verb of giving may stand: "grant on Monday 41.1 percent".
_GIVING_REACH: Final = 4


def _share_given_after(tokens: Sequence[Token], lo: int, first: int, k: int, hi: int) -> str | None:
    """The name after "to" at ``k`` a share is given to by a verb of giving before it.

    The name after the share, where :func:`_share_given_to` reads the one before it.

    Past "the" and lowercase words that describe the name ("the ultra-conservative Law
    and Justice party"); a name followed by a possessive or a figure is what the share
    is compared with ("41% of the vote to Vidal's 38%"), not its holder.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Data give 41.1% of the votes to the ultra-right Law and Justice party")
        >>> _share_given_after(t, 0, 2, 7, len(t))
        'Law and Justice'
        >>> t = tokenize("The count gave 41 percent of the vote to Vidal's 38 percent.")
        >>> _share_given_after(t, 0, 3, 8, len(t)) is None
        True
    """
    if not 0 <= k < hi or tokens[k].low != "to":
        return None
    if not any(t.low in _GIVING_SHARE for t in tokens[max(lo, first - _GIVING_REACH) : first]):
        return None
    j = k + 1
    if j < hi and tokens[j].low == "the":
        j += 1
    described = 0
    while (
        j < hi
        and described < 4
        and not tokens[j].is_capitalized
        and (tokens[j].low == "-" or tokens[j].low.isalpha())
        and tokens[j].low not in FUNCTION_WORDS
    ):
        j, described = j + 1, described + 1
    start = j
    while j < hi and (
        (tokens[j].is_capitalized and _is_word(tokens[j]))
        or (
            j > start
            and tokens[j].low in ("and", "of", "for")
            and j + 1 < hi
            and tokens[j + 1].is_capitalized
        )
    ):
        j += 1
    if j == start or (j < hi and (tokens[j].is_number or tokens[j].low in ("'s", "\u2019s"))):
        return None
    if tokens[j - 1].low.endswith(("'s", "\u2019s")):
        return None
    return " ".join(t.text for t in tokens[start:j])


def _capitalized_name(tokens: Sequence[Token], k: int, hi: int) -> str | None:
    """Up to four capitalized words from ``k``, past a "the": a contender's name."""
    if k < hi and tokens[k].low == "the":
        k += 1
    j = k
    while j < hi and j - k < 4 and tokens[j].is_capitalized and _is_word(tokens[j]):
        j += 1
    return " ".join(t.text for t in tokens[k:j]) or None


#: Predicate classes a share of the whole may be of: what was done to a part of it.
_ACTED_SHARES: Final = frozenset(
    words("intercepted destroyed damaged killed injured evacuated displaced rescued missing")
)


def _share_acted(
    tokens: Sequence[Token], mention: QuantityMention, lo: int, hi: int, tables: FrameTables
) -> str | None:
    """The act a share is the part of its whole that underwent, else ``None``.

    After the share and its whole, past auxiliaries ("99% of the weapons were
    intercepted"), or the verb before the share ("shot down 99% of the missiles").

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> def acted(text):
        ...     t = tokenize(text)
        ...     m = scan_numbers(text, t)[0]
        ...     return _share_acted(t, m, 0, len(t), frame_tables())
        >>> acted("99% of the weapons were intercepted."), acted("Israel shot down 99%.")
        ('intercepted', 'intercepted')
        >>> acted("About 90% of homes were destroyed."), acted("Turnout was 61%.")
        ('destroyed', None)
    """
    k = _after_unit(tokens, mention)
    if k < hi and tokens[k].low == "of":
        k += 1
        while (
            k < hi
            and k - mention.last < 8
            and (_is_word(tokens[k]) or tokens[k].is_number)
            and tokens[k].low not in _AUXILIARIES
        ):
            k += 1  # "of the 300 missiles"
    while k < hi and tokens[k].low in _AUXILIARIES:
        k += 1
    found = _acted_at(tokens, k, hi, tables)
    if found is not None:
        return found
    first = mention.first
    b = first - 1
    while b > lo and tokens[b].low in _HEDGING:
        b -= 1
    if b - 1 >= lo:
        said = predicate_phrase_at(tokens, b - 1, first, tables)
        if said is not None and said[1] == 2 and said[0] in _ACTED_SHARES:
            return said[0]  # "shot down 99%"
    return _acted_at(tokens, b, first, tables) if b >= lo else None


def _acted_at(tokens: Sequence[Token], k: int, hi: int, tables: FrameTables) -> str | None:
    """The act of the shares at ``k`` (a verb or a two-word phrase), else ``None``."""
    if k >= hi:
        return None
    said = predicate_phrase_at(tokens, k, hi, tables)
    predicate = said[0] if said is not None else tables.predicates.get(tokens[k].low)
    return predicate if predicate in _ACTED_SHARES else None


def _vote_share_moved(tokens: Sequence[Token], lo: int, first: int, tables: FrameTables) -> str:
    """The attribute of a share of the votes by the verb before it: a level or a change.

    "took 38.4% of the vote" is the share won; "lost nearly 10% of its votes" is a
    fall of the share ("vote_share_lost"), "gained 4% of the vote" a rise.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def moved(text):
        ...     t = tokenize(text)
        ...     first = next(i for i, x in enumerate(t) if x.is_number)
        ...     return _vote_share_moved(t, 0, first, frame_tables())
        >>> moved("The SPD lost nearly 10% of its votes."), moved("It took 38.4% of the vote.")
        ('vote_share_lost', 'vote_share')
        >>> moved("The Tories slumped to 23.7% of the vote."), moved("It lost up to 9% of it.")
        ('vote_share', 'vote_share_lost')
    """
    k = first - 1
    while k > lo and tokens[k].low in _HEDGING:
        k -= 1  # "lost nearly 10%"
    direction = tables.percent_changes.get(tokens[k].low) if k >= lo else None
    if direction is None or tokens[k].low in ("up", "down"):
        return "vote_share"
    if any(tokens[j].low == "to" and tokens[j - 1].low != "up" for j in range(k + 1, first)):
        return "vote_share"  # "the Tories slumped to 23.7% of the vote": the new level
    return "vote_share_gained" if direction == "rise" else "vote_share_lost"


def _vote_share_owner(tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """Whose share of the vote a figure is: "the Alliance's share of the vote was 36%".

    The owner is a capitalized name in the possessive just before "share of the vote"
    or "vote share"; without one the figure is no party's share.
    """
    k = first - 1
    if k - 1 > lo and tokens[k].low == ",":
        k -= 1  # "Labour's vote share, 33.7%, was its lowest": the figure in apposition
    if k - 1 > lo and tokens[k].low == "of":
        # "Labour secured a vote share of 33.7%": the share of the clause's subject
        for name in _VOTE_SHARE_NAMES:
            j = k - len(name)
            if j > lo and tuple(t.low for t in reversed(tokens[j:k])) == name:
                return _possessor_before(tokens, j, lo) or nearest_clause_subject(tokens, lo, j)
    # "Labour's vote share rose by 1.6 points to 33.7%": the change is passed over
    while k >= lo and (
        tokens[k].low in _LINKS or tokens[k].low in _CHANGE_WORDS or tokens[k].is_number
    ):
        k -= 1
    for name in _VOTE_SHARE_NAMES:
        j = k - len(name) + 1
        if j <= lo or tuple(t.low for t in reversed(tokens[j : k + 1])) != name:
            continue
        # "the Civic vote fell to 24%": a name before the vote owns it as a possessive does
        owner = _possessor_before(tokens, j, lo) or _plain_name_before(tokens, j, lo)
        if owner is None and j - 1 > lo and _is_vote_kind(tokens[j - 1]):
            # "Labor's primary vote was 32.8%": past the word that says which vote
            owner = _possessor_before(tokens, j - 1, lo)
        return owner
    return None


def _contender_noun_subject(tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """The contender noun that opens the clause: "the party", "the coalition".

    The article's contender named before stands for it, as for any "the party".
    """
    k = lo
    if k < first and tokens[k].low == "the":
        k += 1
    if k < first and tokens[k].low in CONTENDER_NOUNS:
        return tokens[k].low
    return None


def _is_vote_kind(token: Token) -> bool:
    """Whether a word before "vote" says which vote: "primary", "first-preference"."""
    return token.text.islower() and _is_word(token) and token.low not in FUNCTION_WORDS


def _share_counted(tokens: Sequence[Token], after: int, hi: int) -> bool:
    """Whether a share is of the votes counted so far: "with 70% of the vote counted".

    The share stands before "of the vote" (or votes, ballots) and a verb of counting.
    """
    k = _past_the_votes(tokens, after, hi)
    if k < 0:
        return False
    if k < hi and tokens[k].low == "in":
        # "with 90% of the vote in," but not "of the vote in Sunday's plebiscite" nor
        # "of the vote in 2024"
        beyond = tokens[k + 1] if k + 1 < len(tokens) else None
        return beyond is None or not (_is_word(beyond) or beyond.is_number)
    while k < hi and tokens[k].low in ("were", "was", "had", "been", "have", "has"):
        k += 1  # "after 99 percent of the votes were counted"
    if k + 1 < hi and tokens[k].low == "accounted" and tokens[k + 1].low == "for":
        return True  # "99 percent of the votes were accounted for"
    return k < hi and tokens[k].low in _COUNTED_WORDS


def _past_the_votes(tokens: Sequence[Token], after: int, hi: int) -> int:
    """Where "of the vote(s)" after a share ends ("of all the ballots"), else -1.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("1% of more than 23,000 polling stations processed")
        >>> _past_the_votes(t, 2, len(t))
        8
        >>> _past_the_votes(tokenize("1% of the seats"), 2, 5)
        -1
    """
    k = after
    if k >= hi or tokens[k].low != "of":
        return -1
    k += 1
    while k < hi and tokens[k].low in ("the", "all"):
        k += 1
    if k < hi and tokens[k].low in _VOTE_NOUNS:
        return k + 1
    # "of more than 23,000 polling stations", "of voting districts": the places whose
    # votes are counted, counted as the votes are
    while k < hi and (tokens[k].low in _COUNT_HEDGES or tokens[k].is_number):
        k += 1
    for j in range(k, min(hi, k + 2)):
        if tokens[j].low in _COUNTING_PLACES:
            return j + 1
    return -1


#: Places whose count of the votes a share of them gone is how far the count has gone:
#: "5.5% of polling stations reported", "60% of voting districts declared".
_COUNTING_PLACES: Final = frozenset(words("stations districts precincts boxes"))


def _counting_before(tokens: Sequence[Token], first: int, lo: int, after: int, hi: int) -> bool:
    """Whether a verb of counting takes a share of the votes: "after counting 99% of the votes".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("After counting more than 99% of the votes, the PP led.")
        >>> _counting_before(t, 4, 0, 6, len(t))
        True
        >>> t = tokenize("The PP won 33% of the votes.")
        >>> _counting_before(t, 3, 0, 5, len(t))
        False
        >>> t = tokenize("It was rejected, according to 72.2% of the vote.")
        >>> _counting_before(t, 6, 0, 8, len(t))
        True
    """
    k = first - 1
    while k >= lo and tokens[k].low in _COUNT_HEDGES:
        k -= 1
    if k - 1 >= lo and tokens[k].low == "to" and tokens[k - 1].low == "according":
        # "Chile rejected it, according to 72.2% of the vote": the results as far as
        # the count had gone
        return _past_the_votes(tokens, after, hi) >= 0
    return k >= lo and tokens[k].low in _COUNTING_VERBS and _past_the_votes(tokens, after, hi) >= 0


def _count_completed(tokens: Sequence[Token], head: str | None, after: int, hi: int) -> bool:
    """Whether a share is how far the counting has gone: "counting stood at 47.6% completed".

    The share's noun is the counting itself, or the count or tally said to be
    completed by that share.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The count is 52% complete.")
        >>> _count_completed(t, "count", 5, len(t)), _count_completed(t, "counting", 5, len(t))
        (True, True)
        >>> t = tokenize("The count gave Ana Ruiz 58.9%.")
        >>> _count_completed(t, "count", 7, len(t))
        False
    """
    if head == "counting":
        return True
    return head in ("count", "tally") and after < hi and tokens[after].low in _COMPLETED


#: Words that say how far a count has gone: "the count is 52% complete".
_COMPLETED: Final = frozenset(words("complete completed done finished"))
#: Verbs whose object is the part of the votes counted so far: "after counting 99%".
_COUNTING_VERBS: Final = frozenset(words("counting counted tallying tallied processing"))
#: Words of a bound between such a verb and its share: "counting more than 99%".
_COUNT_HEDGES: Final = frozenset(words("more than over nearly almost about around some"))


#: Words that make a share of the vote the part counted so far.
_COUNTED_WORDS: Final = frozenset(words("counted tallied declared reported processed"))


def _plain_name_before(tokens: Sequence[Token], j: int, lo: int) -> str | None:
    """The capitalized name just before token ``j`` after "the" or the clause's start."""
    name = name_ending_at(tokens, j, lo)
    if name is None:
        return None
    start = j - len(name.split())
    return name if start == lo or tokens[start - 1].low == "the" else None


def _votes_in_apposition(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """Whether a share stands beside a count of votes: "9.7 million votes, or 36%".

    "won 9.7 million votes, or 36.1 percent", "12,000 votes (41%)", "votes, a 34%
    share": the share is what those votes are of the total.
    """
    k = first - 1
    while k > lo and tokens[k].low in HEDGES_ABOUT_WORDS:
        k -= 1
    if k > lo and tokens[k].low in _RESTATING_LINKS and tokens[k - 1].low in _RESTATING:
        k -= 1  # "accounting for 27%", "equivalent to 59%"
    if k > lo and tokens[k].low in _RESTATING:
        k -= 1
    if k > lo and tokens[k].low in ("cast", "counted", "polled"):
        k -= 1  # "votes cast, or 40%"
    return k > lo and tokens[k].low in (",", "(") and tokens[k - 1].low in _VOTE_NOUNS


#: Words by which a share restates the votes before it: "9.7 million votes, or 36%",
#: "35,833,293 votes, representing 59%", "16,449,343 votes, accounting for 27%",
#: "2.4 million votes, equating to 4.97%".
_RESTATING: Final = frozenset(
    words("or a an some representing accounting equivalent equal amounting making equating")
)
#: Words after a restating word before the share: "accounting for 27%", "equal to 59%".
_RESTATING_LINKS: Final = frozenset(words("for to"))


#: What "N% of the ..." is a share of, after a count of votes: the votes themselves.
_WHOLE_OF_VOTES: Final = frozenset(words("total vote votes ballots"))


#: The change of a held count, by the sign written before it in brackets.
_CHANGES: Final = {
    "seats_won": {"+": "seats_gained", "-": "seats_lost", "\u2212": "seats_lost",
                  "\u2013": "seats_lost"},
    "vote_share": {"+": "vote_share_gained", "-": "vote_share_lost",
                   "\u2212": "vote_share_lost", "\u2013": "vote_share_lost"},
    # a labelled share, read as of the vote later: "Greens: 11.6% (-3.1%)"
    "share": {"+": "share_gained", "-": "share_lost", "\u2212": "share_lost",
              "\u2013": "share_lost"},
}  # fmt: skip
#: Words that may follow a bracketed change before its bracket closes: "(+4.4% compared
#: to 2021)", "(-9 on 2019)".
_CHANGE_TAILS: Final = frozenset(words("compared on since from vs versus than against"))


def _bracketed_change(
    tokens: Sequence[Token],
    mention: QuantityMention,
    previous: tuple[str, str] | None,
    tables: FrameTables,
) -> str | None:
    """The change a signed figure in brackets after a held count says, else ``None``.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> t = "Labour 412 (+211), Conservative 121 (-251)"
        >>> tokens = tokenize(t)
        >>> [_bracketed_change(tokens, m, ("Labour", "seats_won"), frame_tables())
        ...  for m in scan_numbers(t, tokens)]
        [None, 'seats_gained', None, 'seats_lost']
        >>> t = "Greens: 11.6% (-3.1% compared to 2021)"
        >>> tokens = tokenize(t)
        >>> [_bracketed_change(tokens, m, ("Greens", "vote_share"), frame_tables())
        ...  for m in scan_numbers(t, tokens)]
        [None, 'vote_share_lost', None]
    """
    first = mention.first
    if previous is None or previous[1] not in _CHANGES or first < 2:
        return None
    if tokens[first - 2].low != "(" or mention.last >= len(tokens):
        return None
    after = mention.last
    while after < len(tokens) - 1 and tokens[after].low in _PERCENT_WORDS:
        after += 1  # "(-3.1%)"
    if tokens[after].low not in _CHANGE_TAILS | {")"}:
        return None
    return _CHANGES[previous[1]].get(tokens[first - 1].low)


#: Words before "one" that make it stand for a noun: "the outgoing one", "this one".
_PRONOUN_ONE_BEFORE: Final = frozenset(words("the this that each every another any which"))


def _is_pronoun_one(tokens: Sequence[Token], mention: QuantityMention) -> bool:
    """Whether "one" stands for a noun named before: "compared with 31 in the outgoing one".

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> t = "31 in the outgoing one, and one man died."
        >>> tokens = tokenize(t)
        >>> [_is_pronoun_one(tokens, m) for m in scan_numbers(t, tokens)]
        [False, True, False]
        >>> t = "The previous one indicated 17 killed."
        >>> tokens = tokenize(t)
        >>> [_is_pronoun_one(tokens, m) for m in scan_numbers(t, tokens)]
        [True, False]
    """
    first = mention.first
    if tokens[first].low != "one" or mention.last != first + 1:
        return False
    after = tokens[mention.last] if mention.last < len(tokens) else None
    if after is not None and _is_word(after) and not _is_past_verb(after):
        return False  # "one man": a count of men ("the previous one indicated" is a verb)
    before = [t.low for t in tokens[max(0, first - 2) : first]]
    return bool(before) and (
        before[-1] in _PRONOUN_ONE_BEFORE or (len(before) == 2 and before[0] == "the")
    )


def _share_named_beside(
    tokens: Sequence[Token], mention: QuantityMention, lo: int, hi: int, tables: FrameTables
) -> str | None:
    """The share a percentage is, named right after it or by "<name> of" before it.

    "a 60% turnout" and "a turnout of 59.8%" are both turnout (the frame lexicon's
    ``share_names``), however the sentence opens.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> from reconcile.extract._numbers import scan_numbers
        >>> def named(text):
        ...     t = tokenize(text)
        ...     m = scan_numbers(text, t)[0]
        ...     return _share_named_beside(t, m, 0, len(t), frame_tables())
        >>> named("The 60% turnout was the lowest since 2001."), named("A turnout of 59.8%.")
        ('turnout', 'turnout')
        >>> named("Turnout, at 59.8%, was the lowest."), named("Turnout, 58%, fell.")
        ('turnout', 'turnout')
        >>> named("Prices rose 4%.") is None
        True
    """
    after = _after_unit(tokens, mention)
    for width in (2, 1):
        phrase = " ".join(t.low for t in tokens[after : min(hi, after + width)])
        if phrase in tables.share_names:
            return tables.share_names[phrase]
    first = mention.first
    k = first - 1
    if k - 1 >= lo and tokens[k].low == "at" and tokens[k - 1].low == ",":
        k -= 1  # "Turnout, at 59.8%, was the lowest"
    if k - 1 >= lo and tokens[k].low in ("of", ","):
        # "a turnout of 59.8%", "Turnout, 58%, fell": the name just before
        for width in (2, 1):
            phrase = " ".join(t.low for t in tokens[max(lo, k - width) : k])
            if phrase in tables.share_names:
                return tables.share_names[phrase]
    return None


def _a_named_share(previous: tuple[str, str] | None) -> bool:
    """Whether the figure before is a named contender's share, which a list continues.

    "Labor won 32.6%, the coalition 35.7%", "the ANC is at 40.2%, the DA 21.7%": the
    verb is left out of the rest of the list.
    """
    if previous is None:
        return False
    return previous[1] == "vote_share" or (previous[1] == "share" and previous[0][:1].isupper())


#: Words between a contender and the share it stands on or at: "the ANC is at 40.2%",
#: "with the EFF now on 10.5%".
_STANDING_WORDS: Final = frozenset(
    words(
        """is was were are stood stands stand sits sat remains remained still now currently
        landed lands ended ends finished finishes settled"""
    )
)
#: Words before a name that make it a place, not a holder: "turnout in Gauteng at 55%".
_PLACING_PREPOSITIONS: Final = frozenset(words("in across from at to by for"))


def _standing_holder(tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """The name a share stands "on" or "at", else ``None``.

    "The ANC is on 40.5%", "with the EFF now on 10.5%", "ahead of the Economic Freedom
    Fighters (EFF) on 9.4%": the share is the name's. A name after "in" only places
    the share; a lone capitalized word opening the sentence may be any noun
    ("Inflation was at 4%"), so it is left to the noun rules.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def holder(text):
        ...     t = tokenize(text)
        ...     return _standing_holder(t, 0, next(i for i, x in enumerate(t) if x.is_number))
        >>> holder("The ANC is on 40.5%."), holder("Counting went on, with the EFF now on 10.5%.")
        ('ANC', 'EFF')
        >>> holder("MK was second, ahead of the Economic Freedom Fighters (EFF) on 9.4%.")
        'Economic Freedom Fighters'
        >>> holder("Turnout in Gauteng was at 55%."), holder("Inflation was at 4%.")
        (None, None)
        >>> holder("On Thursday night the party was still 42%.")
        'party'
        >>> holder("Counting went on, with the DA second on 20%.")
        'DA'
    """
    k = first - 1
    if k <= lo:
        return None
    placed = tokens[k].low in ("on", "at")
    if placed:
        k -= 1
        if k > lo and ORDINAL_WORDS.get(tokens[k].low) is not None:
            k -= 1  # "with the DA second on about 20%", "MK was fourth on roughly 5%"
    elif tokens[k].low not in _STANDING_WORDS:
        return None
    while k >= lo and tokens[k].low in _STANDING_WORDS:
        k -= 1
    if k - 2 >= lo and tokens[k].low == ")" and tokens[k - 2].low == "(":
        k -= 3  # "the Economic Freedom Fighters (EFF) on 9.4%": the name before its letters
    if k - 1 >= lo and tokens[k].low in CONTENDER_NOUNS and tokens[k - 1].low == "the":
        # "the party was still above 42%": the contender the article named before
        return tokens[k].low
    name = name_ending_at(tokens, k + 1, lo)
    if name is None or not placed:
        return None
    start = k + 1 - len(name.split())
    if start == lo and not tokens[start].text.isupper() and " " not in name:
        return None
    if start - 1 >= lo and tokens[start - 1].low in _PLACING_PREPOSITIONS:
        return None
    return name


def _fronted_share_name(
    tokens: Sequence[Token], mention: QuantityMention, lo: int, hi: int, tables: FrameTables
) -> str | None:
    """The share a fronted "At 74.4 percent," gives the clause after it, else ``None``.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> def fronted(text):
        ...     t = tokenize(text)
        ...     return _fronted_share_name(t, scan_numbers(text, t)[0], 0, len(t), frame_tables())
        >>> fronted("At 74.4 percent, voter turnout was the highest since 1989.")
        'turnout'
        >>> fronted("At 74.4 percent, the party was ahead.") is None
        True
    """
    first = mention.first
    if first - 1 != lo or tokens[first - 1].low != "at":
        return None
    after = _after_unit(tokens, mention)
    if after >= hi or tokens[after].low != ",":
        return None
    return next(
        (t.low for t in tokens[after + 1 : min(hi, after + 4)] if t.low in tables.share_names),
        None,
    )


def _bare_share_owner(
    tokens: Sequence[Token], lo: int, first: int, tables: FrameTables
) -> str | None:
    """The owner of a share named without its whole, else ``None``.

    "the National Party's share fell to 22.4%" is the National Party's; "The Free
    Democrats, with 11.8%, won 54 seats" is the Free Democrats': a figure after "with"
    set off by a comma belongs to the name before the comma.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def owner(text):
        ...     t = tokenize(text)
        ...     first = next(i for i, x in enumerate(t) if x.is_number)
        ...     return _bare_share_owner(t, 0, first, frame_tables())
        >>> owner("The National Party's share fell to 22.4 per cent.")
        'National Party'
        >>> owner("The Free Democrats, with 11.8 per cent, won 54 seats.")
        'Free Democrats'
        >>> owner("ANC falls to 40% as MK sweeps the province")
        'ANC'
        >>> owner("Ruiz won, while Maynez reached 10.3%."), owner("Turnout reached 61%.")
        ('Maynez', None)
        >>> owner("Turnout in the UK was 60%.") is None
        True
        >>> owner("Left Party: 8.8% (+3.9%)"), owner("Turnout: 82.5%")
        ('Left Party', None)
        >>> owner("The Left also secured a place in parliament with 8.7%.")
        'Left'
        >>> owner("Officials said the count ended with 8.7% spoiled.") is None
        True
    """
    label = fact_label(tokens, first)
    if label is not None:
        return label  # "Greens: 11.6%": a result box's line
    k = first - 1
    changed = False
    while k >= lo and (
        tokens[k].low in _LINKS
        or tokens[k].low in _CHANGE_WORDS
        or tokens[k].low in tables.percent_changes
    ):
        changed = changed or tokens[k].low in tables.percent_changes
        k -= 1
    if k > lo and tokens[k].low == "share":
        return _possessor_before(tokens, k, lo)
    if changed and k >= lo and tokens[k].is_capitalized:
        # "ANC falls to 40%", "the Greens slipped to 9%": the name whose share moved
        named = name_ending_at(tokens, k + 1, lo)
        if named is not None and (k + 1 - len(named.split()) > lo or tokens[k].text.isupper()):
            return named
    if k - 1 >= lo and tokens[k].low == "with" and tokens[k - 1].low == ",":
        # "the Free Democrats, with 11.8%": the clause subject's; "..., and the Green
        # Front in third place, with 7.5%": the name the placing follows
        return placed_name(tokens, lo, k - 1) or clause_subject(tokens, lo, k - 1)
    if k < first - 1 and k >= lo and tokens[k].is_capitalized and _is_word(tokens[k]):
        # "while Maynez reached 10.3%": a name the level is linked to; a lone word that
        # opens the sentence may be any noun ("Turnout reached 61%")
        named = name_ending_at(tokens, k + 1, lo)
        start = k + 1 - len(named.split()) if named is not None else k
        opens = start == 0 or not _is_word(tokens[start - 1])
        before = start - 1 if start > 0 and tokens[start - 1].low != "the" else start - 2
        placed = before >= 0 and tokens[before].low in _PLACING_PREPOSITIONS
        if named is not None and not placed and (" " in named or not opens or named.isupper()):
            return named  # "turnout in Gauteng was 55%": Gauteng only places it
    if k > lo and tokens[k].low == "(":
        # "ahead of the Civic Platform (28 percent)": the name before the bracket
        return name_ending_at(tokens, k, lo)
    listed = listed_name(tokens, first, lo)
    if listed is not None:
        return listed  # "Vote share: Labour 33.7%, Conservative 23.7%"
    if k > lo and tokens[k].low in _WINNING_SHARE:
        # "the Ardent Party won 36%", "Sheinbaum has 58.6%, and Galvez had 27.1%", "the
        # coalition's candidate, Xochitl Galvez, obtained 27.5%": the name in apposition
        apposed = name_ending_at(tokens, k - 1, lo) if tokens[k - 1].low == "," else None
        named = name_ending_at(tokens, k, lo)
        if named is not None:
            # "The Greens, led by economy minister Robert Habeck won 12%": the party
            # the leader's aside follows, its closing comma left out
            return _led_from(tokens, lo, k - len(named.split())) or named
        return apposed or nearest_clause_subject(tokens, lo, k)
    if (
        k > lo
        and tokens[k].low == "with"
        and (
            tokens[k - 1].is_capitalized
            or tokens[k - 1].low == ")"
            # "the centrist Third Way coalition with 13.5%": a name and its kind
            or (
                k - 2 >= lo
                and tokens[k - 1].low in CONTENDER_NOUNS
                and tokens[k - 2].is_capitalized
            )
            # "and Islamic leader Kaveh Jafari, with 206,397 votes,": a name's aside
            or (k - 2 >= lo and tokens[k - 1].low == "," and tokens[k - 2].is_capitalized)
        )
    ):
        # "followed by the AfD with 20.8%", "ahead of the OVP with 26.3%": the name the
        # "with" share is set beside, unless the name only places it ("in Bavaria with")
        beside = _name_beside_with(tokens, lo, k, tables)
        if beside is not None:
            return beside
    if k > lo and tokens[k].low in ("on", "with") and any(t.low in _PLACINGS for t in tokens[lo:k]):
        # "came second on 27.9%", "the Greens were third with 9.1%", "won the election
        # with 35%": the clause subject's
        return nearest_clause_subject(tokens, lo, k)
    if k > lo and tokens[k].low == "with":
        # "secured a place in the Bundestag with 8.7%", "emerged as the winner with
        # 28.5%": the subject of the verb whose object the share closes
        verb = verb_before_with(tokens, k, lo, _SHARE_WITH_VERBS)
        if verb >= 0:
            return _name_before_verb(tokens, lo, verb)
    return None


def _held_beside_with(
    tokens: Sequence[Token], first: int, lo: int, tables: FrameTables
) -> str | None:
    """The name right before the "with" of a held count: "and Kaveh Jafari with 80,506 votes".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Next are Bahram Nouri with 1,385 votes and Kaveh Jafari with over 806")
        >>> _held_beside_with(t, 12, 0, frame_tables())
        'Kaveh Jafari'
        >>> t = tokenize("The party won in Lyon with 80,506 votes.")
        >>> _held_beside_with(t, 7, 0, frame_tables()) is None
        True
    """
    k = first - 1
    while k > lo and tokens[k].low in _HEDGE_OR_BOUND:
        k -= 1  # "with over 206,000 votes"
    if k - 1 <= lo or tokens[k].low != "with":
        return None
    before = tokens[k - 1]
    if not (
        before.is_capitalized
        or before.low == ")"
        # "Kaveh Jafari, with", "won by the New Popular Front - with 182 seats"
        or (before.low in _WITH_ASIDES and k - 2 >= lo and tokens[k - 2].is_capitalized)
    ):
        return None
    return _name_beside_with(tokens, lo, k, tables)


#: Marks between a name and the "with" of its result, set off as an aside.
_WITH_ASIDES: Final = frozenset({",", "-"})


#: Hedges and bounds before a figure, read past as one: "with over 206,000 votes", "of
#: more than 61 million".
_HEDGE_OR_BOUND: Final = HEDGES_ABOUT_WORDS | frozenset(
    words("over more than less fewer under nearly almost just some")
)


#: Words before a name that make it a place or a leader, not a share's holder: "first in
#: Bavaria with 37%", "the party under Kurz with 37.5%".
_NOT_HOLDER_BEFORE_WITH: Final = frozenset(
    words("in into across at from to for within throughout under near outside inside")
)


#: Words before "of" that rank a name beside another: "ahead of the OVP with 26.3%".
_AHEAD: Final = frozenset(words("ahead front"))


def _name_beside_with(
    tokens: Sequence[Token], lo: int, with_at: int, tables: FrameTables
) -> str | None:
    """The name right before the "with" at ``with_at`` that holds the share after it.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def beside(text):
        ...     t = tokenize(text)
        ...     with_at = next(i for i, x in enumerate(t) if x.low == "with")
        ...     return _name_beside_with(t, 0, with_at, frame_tables())
        >>> beside("It was followed by the Free Democrats with 20.8%.")
        'Free Democrats'
        >>> beside("It came first in Bavaria with 37%."), beside("the ÖVP under Kurz with 37%")
        (None, None)
        >>> beside("the party led by Kurz with 37%"), beside("out of the Diet with 3.9%")
        (None, None)
        >>> beside("It came ahead of the OVP with 26.3%.")
        'OVP'
        >>> beside("It was followed by the Socialist Party (PS) with 28.68%.")
        'Socialist Party'
        >>> beside("Third is the Democratic Union of Moravia with 17%.")
        'Democratic Union of Moravia'
        >>> beside("It won the General Election with 41%.") is None
        True
        >>> beside("the centrist Third Way coalition with 13.5%")
        'Third Way'
        >>> beside("the Civic Coalition led by Donald Tusk with 31%")
        'Civic Coalition'
    """
    end = with_at
    aside = tokens[end - 1].low in _WITH_ASIDES
    if aside:
        end -= 1  # "Kaveh Jafari, with 206,397 votes, was knocked out"
    end = _past_letters(tokens, end, lo)  # "the Socialist Party (PS) with 28.68%"
    if (
        end - 2 >= lo
        and tokens[end - 1].low in CONTENDER_NOUNS
        and not tokens[end - 1].is_capitalized
        and tokens[end - 2].is_capitalized
    ):
        end -= 1  # "the centrist Third Way coalition with 13.5%": the name, not its kind
    named = name_ending_at(tokens, end, lo)
    if named is None or names_an_event(named, tables):
        return None  # "won the General Election with 35%": the race, not who won it
    said = named.split()
    office = [i for i, w in enumerate(said) if w.casefold() in _OFFICE_WORDS]
    if office and office[-1] + 1 < len(said) and (aside or office[0] == 0):
        # "Speaker Bahram Nouri with", "Speaker of the Parliament Bahram Nouri, with":
        # the person after the office
        return " ".join(said[office[-1] + 1 :])
    named = _name_with_its_of(tokens, end, lo, named)
    start = end - len(named.split())
    before = start - 1
    if before >= lo and tokens[before].low == "the":
        before -= 1
    if before >= lo and tokens[before].low in _NOT_HOLDER_BEFORE_WITH:
        return None
    if before - 1 >= lo and tokens[before].low == "of" and tokens[before - 1].low not in _AHEAD:
        return None  # "pushed out of the Diet with 3.9%"; "ahead of the OVP with 26%" holds
    if before - 1 >= lo and tokens[before].low == "by" and tokens[before - 1].low in _LEADING:
        # "the party led by Kurz with 37%": the leader's party's share, the party's
        # name when it has one ("the Civic Coalition led by Donald Tusk with 31%")
        party = party_led_by(tokens, lo, start)
        return None if party is None or names_an_event(party, tables) else party
    return named


def _past_letters(tokens: Sequence[Token], end: int, lo: int) -> int:
    """Where a name ends that one bracketed word before ``end`` follows: "the NDA (N)".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the Socialist Party (PS) with")
        >>> _past_letters(t, 6, 0), _past_letters(t, 3, 0)
        (3, 3)
    """
    if end - 3 >= lo and tokens[end - 1].low == ")" and tokens[end - 3].low == "(":
        return end - 3
    return end


def party_led_by(tokens: Sequence[Token], lo: int, start: int) -> str | None:
    """The name before "led by" when the leader's name starts at ``start``, else ``None``.

    "The NDA led by the BJP won 293 seats": the alliance holds them, not its leader.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The NDA led by the BJP won 293 seats.")
        >>> party_led_by(t, 0, 5), party_led_by(t, 0, 1)
        ('NDA', None)
        >>> party_led_by(tokenize("The Union (U) led by the BJP won 293 seats."), 0, 8)
        'Union'
    """
    before = start - 1
    if before >= lo and tokens[before].low == "the":
        before -= 1
    if before - 1 < lo or tokens[before].low != "by" or tokens[before - 1].low not in _LEADING:
        return None
    # "The National Democratic Alliance (NDA) led by the BJP"
    return name_ending_at(tokens, _past_letters(tokens, before - 1, lo), lo)


#: How far back from "with" the verb whose object it closes may stand: an object is a
#: few words ("the second round of early legislative elections").
_OBJECT_REACH: Final = 12


def verb_before_with(tokens: Sequence[Token], with_at: int, lo: int, verbs: frozenset[str]) -> int:
    """The verb of ``verbs`` whose object the "with" at ``with_at`` closes, else -1.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The bloc won the second round of the election with 182 seats.")
        >>> t[verb_before_with(t, 9, 0, frozenset({"won"}))].text
        'won'
        >>> verb_before_with(tokenize("It won, with 143 seats."), 3, 0, frozenset({"won"}))
        -1
    """
    for j in range(with_at - 1, max(lo - 1, with_at - _OBJECT_REACH), -1):
        low = tokens[j].low
        if low in verbs:
            return j
        if low in OBJECT_BOUNDS:
            return -1
    return -1


#: Words between a subject and its verb: "The Left also secured", "Labour has won".
_BEFORE_VERB: Final = frozenset(
    words("also has had have was were is then narrowly comfortably just only clearly")
)


def _name_before_verb(tokens: Sequence[Token], lo: int, verb: int) -> str | None:
    """The name that is the verb's subject, right before it: "The Left (Die Linke) also won".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _name_before_verb(tokenize("The Left (Die Linke) also secured"), 0, 7)
        'Left'
        >>> _name_before_verb(tokenize("Officials said the count ended"), 0, 4) is None
        True
    """
    k = verb - 1
    while k > lo and tokens[k].low in _BEFORE_VERB:
        k -= 1
    if k > lo:
        k = before_brackets(tokens, k)  # "The Left (Die Linke)": the name its bracket follows
    named = name_ending_at(tokens, k + 1, lo)
    if named is None:
        return None
    words_ = tokens[k + 1 - len(named.split()) : k + 1]
    return " ".join(t.text for t in words_[past_possessor(words_) :]) or None


#: Participles before "by" that make the name after it a leader: "led by Robert Habeck".
_LEADING: Final = frozenset(words("led headed fronted"))


def _led_from(tokens: Sequence[Token], lo: int, start: int) -> str | None:
    """The contender before ", led by <name>" when the name starts at ``start``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The Greens, led by economy minister Robert Habeck won 12%.")
        >>> _led_from(t, 0, 7)
        'Greens'
        >>> _led_from(tokenize("Voters backed Robert Habeck"), 0, 2) is None
        True
    """
    for j in range(start - 1, max(lo, start - 12), -1):
        if tokens[j].low == "by" and j >= 2 and tokens[j - 1].low in _LEADING:
            if tokens[j - 2].low == ",":
                return name_ending_at(tokens, j - 2, lo)
            return None
        if tokens[j].low in OBJECT_BOUNDS:
            return None
    return None


def _share_won_by(tokens: Sequence[Token], after: int, hi: int) -> str | None:
    """The agent a share is won by: "the 53.2% won by outgoing President Lopez Obrador".

    A participle of winning and "by" follow the figure; the name after them, past its
    adjectives and titles, holds the share.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def agent(text):
        ...     t = tokenize(text)
        ...     first = next(i for i, x in enumerate(t) if x.is_number)
        ...     return _share_won_by(t, first + 2, len(t))
        >>> agent("It compares with the 53.2% won by outgoing President Ana Ruiz in 2018.")
        'Ana Ruiz'
        >>> agent("the 41% taken by the Liberal Party"), agent("the 41% won by a landslide")
        ('Liberal Party', None)
    """
    if after + 2 >= hi or tokens[after].low not in _WINNING_SHARE or tokens[after + 1].low != "by":
        return None
    k = after + 2
    while k < hi and k - after < 5 and not tokens[k].is_capitalized and _is_word(tokens[k]):
        k += 1  # "by the outgoing president"
    while k < hi and tokens[k].low in TITLES:
        k += 1
    return _name_starting_at(tokens, k) if k < hi else None


def _share_given_to(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The name a count or estimate gives a share to: "the quick count gave Sheinbaum 58.9%".

    The name stands just before the figure, after a verb of giving (and "to").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def given(text):
        ...     t = tokenize(text)
        ...     return _share_given_to(t, next(i for i, x in enumerate(t) if x.is_number), 0)
        >>> given("The count gave Ana Ruiz 58.9 percent."), given("It gave to Ruiz 58.9%.")
        ('Ana Ruiz', 'Ruiz')
        >>> given("The poll gave 58.9% to the Greens.") is None
        True
    """
    name = name_ending_at(tokens, first, lo)
    if name is None:
        return None
    k = first - len(name.split()) - 1
    if k >= lo and tokens[k].low == "to":
        k -= 1
    return name if k >= lo and tokens[k].low in _GIVING_SHARE else None


#: Verbs by which a count or a poll credits a contender with a share ("gave Ruiz 58%").
_GIVING_SHARE: Final = frozenset(
    words("gave gives giving give handed credited awarded grant grants granted granting")
)

#: Verbs by which a contender takes a share: "the Ardent Party won 36%".
_WINNING_SHARE: Final = frozenset(
    words("""won took taken secured polled garnered captured received obtained has had got
    reached scored claimed earned collected amassed bagged clinched netted attracted
    gathered drew""")
)
#: Verbs whose object a "with" share closes: "secured a place with 8.7%".
_SHARE_WITH_VERBS: Final = _WINNING_SHARE | RANKING_VERBS


def placed_name(tokens: Sequence[Token], lo: int, end: int) -> str | None:
    """The name a placing phrase ending at ``end`` follows: "the Greens in third place".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("and the Green Front in third place, with 7.5%")
        >>> placed_name(t, 0, 7)
        'Green Front'
        >>> placed_name(tokenize("the vote in the capital, with 7.5%"), 0, 5) is None
        True
    """
    j = end - 1
    if j > lo and tokens[j].low in PLACE_NOUNS:
        j -= 1
    if j <= lo or (ORDINAL_WORDS.get(tokens[j].low) is None and tokens[j].low != "lead"):
        return None
    j -= 1
    if j > lo and tokens[j].low == "the":
        j -= 1
    if j <= lo or tokens[j].low != "in":
        return None
    return name_ending_at(tokens, j, lo)


#: Nouns after a placing word: "in third place", "in second position".
PLACE_NOUNS: Final = frozenset(words("place position spot"))
#: Words of a placing in a race, before the share that earned it ("came second on 28%").
_PLACINGS: Final = frozenset(
    # "was the clear winner with 31%": a winner is placed first
    words("first second third fourth fifth last top ahead behind finished came won winner victor")
)


#: Words that make the names around them a party and its leader: "Labour leader Keir
#: Starmer", "Mira Holt, the Ardent leader".
_LEADER_WORDS: Final = frozenset(words("leader chief head"))


def _name_starting_at(tokens: Sequence[Token], k: int) -> str | None:
    """The capitalized name (up to four words) whose first word stands at ``k``."""
    j = k
    while j < len(tokens) and j - k < 4:
        if tokens[j].is_capitalized and _is_word(tokens[j]):
            j += 1
        elif j > k and (inside := _inner_lowercase(tokens, j, len(tokens), _NAME_PARTICLES)):
            j += inside  # "Ursula von der Leyen"
        else:
            break
    return " ".join(t.text for t in tokens[k:j]) or None


def _inner_lowercase(
    tokens: Sequence[Token], j: int, stop: int, linking: AbstractSet[str] | None = None
) -> int:
    """How many lowercase words at ``j`` join two parts of one name, else 0.

    One link ("Alternative for Germany", "Party of Regions") or up to two name particles
    ("Ursula von der Leyen", "Jan van Dijk"), with a capitalized word after them.
    """
    allowed = (_NAME_LINKS | _NAME_PARTICLES) if linking is None else linking
    if j < stop and tokens[j].low in _NAME_LINKS and tokens[j].low in allowed:
        n = 1  # a link stands alone
    else:
        particles = _NAME_PARTICLES & allowed
        n = 0
        while j + n < stop and n < 2 and tokens[j + n].low in particles:
            n += 1
    after = j + n
    if (
        n
        and after < stop
        and tokens[after].is_capitalized
        and _is_word(tokens[after])
        # "the People's Party of Chancellor Jan Holm": a titled person the name is of
        and tokens[after].low not in TITLES
    ):
        return n
    return 0


#: Words between the figures of a list that "respectively" closes: "151 and 121 seats",
#: "11.6% and 8.8% of voters".
_RESPECTIVE_JOINERS: Final = frozenset(
    words(", and % percent per cent seats votes of the vote voters")
)


def respective_name(tokens: Sequence[Token], first: int) -> str | None:
    """The name a figure of a list closed by "respectively" goes to, by its place.

    "ahead of AfD and SPD, with 151 and 121 seats respectively": the second figure is
    the second name's. The names are the nearest list of as many names before the
    figures.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The Greens and the Left Party won 11.6% and 8.8%, respectively.")
        >>> respective_name(t, 7), respective_name(t, 10)
        ('Greens', 'Left Party')
        >>> respective_name(tokenize("The Greens and Labour won 11.6% and 8.8%."), 5) is None
        True
    """
    place = respective_place(tokens, first)
    if place is None:
        return None
    start, index, count = place
    names = listed_names(tokens, start, count)
    return names[index] if names is not None else None


def respective_place(tokens: Sequence[Token], first: int) -> tuple[int, int, int] | None:
    """Where the list "respectively" closes starts, the figure's place in it, its length.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("They won 11.6% and 8.8% of the votes, respectively.")
        >>> respective_place(t, 5)
        (2, 1, 2)
        >>> respective_place(tokenize("They won 11.6% and 8.8%."), 2) is None
        True
    """
    n = len(tokens)
    end = first
    while (
        end < n
        and end - first < 12
        and (tokens[end].is_number or tokens[end].low in _RESPECTIVE_LIST_WORDS)
    ):
        end += 1
    if end >= n or tokens[end].low != "respectively":
        return None
    start = first
    while (
        start > 0
        and first - start < 12
        and (tokens[start - 1].is_number or tokens[start - 1].low in _RESPECTIVE_LIST_WORDS)
    ):
        start -= 1
    figures = [k for k in range(start, end) if tokens[k].is_number]
    # "around 4.7% and 4.9%": a figure's hedge stands before its number
    number = next((k for k in range(first, end) if tokens[k].is_number), -1)
    if len(figures) < 2 or number not in figures:
        return None
    return start, figures.index(number), len(figures)


#: Words inside a list that "respectively" closes: its joiners and its figures' hedges.
_RESPECTIVE_LIST_WORDS: Final = _RESPECTIVE_JOINERS | HEDGES_ABOUT_WORDS


def listed_names(tokens: Sequence[Token], before: int, count: int) -> list[str] | None:
    """The nearest ``count`` names joined by commas and "and" that end before ``before``."""
    for k in range(before - 1, max(0, before - 40), -1):
        if tokens[k].low != "and":
            continue
        j = k + 1 + (tokens[k + 1].low == "the") if k + 1 < before else k + 1
        last = _name_starting_at(tokens, j) if j < before else None
        if last is None:
            continue
        names = [last]
        end = k
        while len(names) < count:
            if end >= 1 and tokens[end - 1].low == ",":
                end -= 1  # "A, B and C": the Oxford comma
            if end >= 3 and tokens[end - 1].low == ")" and tokens[end - 3].low == "(":
                # "the Union for Reason and Justice (URJ) and the Greens": its letters
                names.insert(0, tokens[end - 2].text)
                end = before_brackets(tokens, end - 1) + 1
                spelled = name_ending_at(tokens, end, 0)
                end -= len(spelled.split()) if spelled is not None else 0
            else:
                named = name_ending_at(tokens, end, 0)
                if named is None:
                    return None
                names.insert(0, named)
                end -= len(named.split())
            if end >= 1 and tokens[end - 1].low == "the":
                end -= 1
            if len(names) < count:
                if end < 1 or tokens[end - 1].low != ",":
                    return None
                end -= 1
        return names
    return None


def leaders_named(
    tokens: Sequence[Token], *, words: AbstractSet[str] | None = None
) -> list[tuple[str, str]]:
    """The (person, party) pairs a sentence names a party's leader by.

    "Labour leader Keir Starmer", "Mira Holt, the Ardent leader": the person stands for
    the party where a figure of the race is given to them ("Starmer's party won 412
    seats"). A possessive between two names is no such pair ("Labour's Rachel Reeves").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> leaders_named(tokenize("Labour leader Keir Starmer spoke."))
        [('Keir Starmer', 'Labour')]
        >>> leaders_named(tokenize("Mira Holt, the Ardent leader, spoke."))
        [('Mira Holt', 'Ardent')]
        >>> leaders_named(tokenize("Labour's Rachel Reeves spoke."))
        []
        >>> leaders_named(tokenize("It was Emmanuel Macron's Ensemble bloc."))
        [('Emmanuel Macron', 'Ensemble')]
        >>> leaders_named(tokenize("The leader of the Popular Party, Ana Ruiz, spoke."))
        [('Ana Ruiz', 'Popular Party')]
        >>> leaders_named(tokenize("Ana Ruiz, leader of the PP, spoke."))
        [('Ana Ruiz', 'PP')]
        >>> leaders_named(tokenize("Ana Ruiz, the leader of the PP, spoke."))
        [('Ana Ruiz', 'PP')]
        >>> leaders_named(tokenize("They will invite leader Ana Ruiz of the PP."))
        [('Ana Ruiz', 'PP')]
        >>> leaders_named(tokenize("Polls favour Mark Dorn's Unity Party (UP)."))
        [('Mark Dorn', 'Unity Party')]
        >>> leaders_named(tokenize("Polls favour Mark Dorns' far-right UP party."))
        [('Mark Dorns', 'UP')]
        >>> leaders_named(tokenize("Polls favour Spain's Popular Party."))
        []
        >>> leaders_named(tokenize("The Freedom Party has won, its leader Herbert Kickl said."))
        [('Herbert Kickl', 'Freedom Party')]
        >>> leaders_named(tokenize("VIENNA: The Freedom Party won, its leader Herbert Kickl said."))
        [('Herbert Kickl', 'Freedom Party')]
    """
    out: list[tuple[str, str]] = []
    if names_any(tokens, _LEADER_WORDS, words):  # most sentences name no leader
        for k, t in enumerate(tokens):
            if t.low not in _LEADER_WORDS or not 0 < k < len(tokens) - 1:
                continue
            if k >= 2 and tokens[k - 1].low in ("its", "their"):
                # "the Freedom Party (FPO) has won, its leader Herbert Kickl has said":
                # the leader of the party the sentence opens with
                person = _name_starting_at(tokens, k + 1)
                # past a dateline ("VIENNA: Austria's Freedom Party ...")
                lo = next(
                    (
                        j + 1
                        for j in range(min(k - 1, 6))
                        if tokens[j].low in (":", "-", "\u2013", "\u2014")
                        and all(t.text.isupper() for t in tokens[:j])
                    ),
                    0,
                )
                opening = clause_subject(tokens, lo, k - 1)
                if person is not None and opening is not None and opening != person:
                    out.append((person, opening))
                continue
            party = name_ending_at(tokens, k, 0)
            if party is None:
                continue
            person = _name_starting_at(tokens, k + 1)
            before = k - len(party.split())  # where the party's name starts
            if person is not None:
                out.append((person, party))  # "Labour leader Keir Starmer"
            elif before >= 3 and tokens[before - 1].low == "the" and tokens[before - 2].low == ",":
                named = name_ending_at(tokens, before - 2, 0)  # "Mira Holt, the Ardent leader"
                if named is not None:
                    out.append((named, party))
        for k, t in enumerate(tokens[:-3]):
            if t.low not in _LEADER_WORDS:
                continue
            # "Ana Ruiz, leader of the PP": the name the comma sets before the leader word;
            # "leader Ana Ruiz of the PP": the name between the leader word and "of"
            person = _name_starting_at(tokens, k + 1)
            at = k + 1 + (len(person.split()) if person is not None else 0)
            comma = k - 2 if k >= 3 and tokens[k - 1].low == "the" else k - 1
            if person is None and comma >= 1 and tokens[comma].low == ",":
                # "Jo Swinson, the leader of the Lib Dems"
                person = name_ending_at(tokens, comma, max(0, comma - 4))
            if person is None or at >= len(tokens) or tokens[at].low != "of":
                continue
            party = _party_after_of(tokens, at + 1)
            if party is not None and not _in_gazetteer(person) and not _in_gazetteer(party):
                out.append((person, party))  # not "the head of the delegation of Spain"
        for k, t in enumerate(tokens[:-3]):
            # "The leader of the Popular Party, Alberto Feijóo,": the name the comma sets
            # after the party the leader word is "of" (a candidate is none: in a race for
            # president the candidate is the contender, not the party)
            if t.low not in _LEADER_WORDS or tokens[k + 1].low != "of":
                continue
            j = k + 2 + (tokens[k + 2].low == "the")
            end = j
            while (
                end < len(tokens)
                and end - j < 5
                and _is_word(tokens[end])
                and (tokens[end].is_capitalized or tokens[end].low in _NAME_LINKS)
            ):
                end += 1
            if end > j and end + 1 < len(tokens) and tokens[end].low == ",":
                person = _name_starting_at(tokens, end + 1)
                if person is not None:
                    out.append((person, " ".join(x.text for x in tokens[j:end])))
    # "Keir Starmer's Labour" and "Labour's Rachel Reeves" have one shape, and only one
    # names a leader: a possessive between two names says nothing here; but a party's
    # name that a noun of a party ends is the possessor's ("Emmanuel Macron's Ensemble
    # bloc"). That noun is one of the sentence's words: without one (most sentences)
    # no possessive names a leader, and the walk over every token is skipped
    if not names_any(tokens, CONTENDER_NOUNS, words):
        return out
    for k in range(len(tokens) - 2):
        owned = owned_from(tokens, k)
        if owned is None:
            continue
        person = without_possessive(name_ending_at(tokens, k + 1, max(0, k - 3)) or "")
        if not person or _in_gazetteer(person):
            continue  # "Spain's Popular Party" is no one's
        j = owned
        while j < len(tokens) and j - owned < 3 and _describes_name(tokens, j):
            j += 1  # "Geert Wilders' far-right PVV party": what the party is
        end = _name_run_end(tokens, j)
        if end == j:
            continue
        # "Macron's Ensemble bloc": the noun after the name; "Dorn's Unity Party": in it
        if (end < len(tokens) and tokens[end].low in CONTENDER_NOUNS) or (
            tokens[end - 1].low in CONTENDER_NOUNS and end - j > 1
        ):
            out.append((person, " ".join(t.text for t in tokens[j:end])))
    return out


def _in_gazetteer(name: str) -> bool:
    """Whether a name is a place the lexicon knows: "Spain", "South Africa"."""
    return name.casefold() in PLACES


def owned_from(tokens: Sequence[Token], k: int) -> int | None:
    """Where what a capitalized possessive at ``k`` owns starts, else ``None``.

    "Dorn's Unity Party" (the possessive one token) and "Wilders' Party" (a name in -s
    and a bare apostrophe touching it) own what comes next.
    """
    t = tokens[k]
    if not t.is_capitalized:
        return None
    if t.low.endswith("'s"):
        return k + 1
    if (
        t.low.endswith("s")
        and k + 2 < len(tokens)
        and tokens[k + 1].low == "'"
        and tokens[k + 1].start == t.end
        and tokens[k + 2].start > tokens[k + 1].end
    ):
        return k + 2
    return None


def _party_after_of(tokens: Sequence[Token], k: int) -> str | None:
    """The capitalized name after "of (the)" at ``k``: "leader of the PP", "of Labour"."""
    j = k + (k < len(tokens) and tokens[k].low == "the")
    return " ".join(t.text for t in tokens[j : _name_run_end(tokens, j)]) or None


def _name_run_end(tokens: Sequence[Token], j: int) -> int:
    """Where a run of up to five capitalized words from ``j`` ends, links inside it kept.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the Party for Freedom won")
        >>> _name_run_end(t, 1)
        4
    """
    end = j
    while (
        end < len(tokens)
        and end - j < 5
        and (
            (tokens[end].is_capitalized and _is_word(tokens[end]))
            or (end > j and tokens[end].low in _NAME_LINKS)
        )
    ):
        end += 1
    while end > j and tokens[end - 1].low in _NAME_LINKS:
        end -= 1  # "the Unity Party of": a link ends no name
    return end


def listed_name(
    tokens: Sequence[Token], first: int, lo: int, last: int | None = None
) -> str | None:
    """The name a figure stands after in a list of names and figures, else ``None``.

    "Vote share: Labour 33.7%, Conservative 23.7%", "The final tally: Labour 412,
    Conservatives 121": the name opens the sentence or follows a comma, a colon, a
    semicolon or "and"; "(" before the figure puts it in brackets after the name
    ("the Tories (121)"). Given the figure's end ``last``, a name that opens the
    sentence needs a list mark after the figure ("Room 101 was empty" is no list).

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The final tally: Labour 412, Conservatives 121.")
        >>> listed_name(t, 5, 0), listed_name(t, 8, 0)
        ('Labour', 'Conservatives')
        >>> t = tokenize("Labour (412 seats) trounced the Tories (121).")
        >>> listed_name(t, 9, 0)
        'Tories'
        >>> listed_name(tokenize("Room 101 was empty."), 1, 0, 2) is None
        True
        >>> t = tokenize("Labour got 33%, far-right Reform 14% and the Greens Party (GP) 7%.")
        >>> listed_name(t, 9, 0), listed_name(t, 18, 0)
        ('Reform', 'GP')
    """
    if first - 1 > lo and tokens[first - 1].low == "(":
        return name_ending_at(tokens, first - 1, lo)
    if (
        first - 3 > lo
        and tokens[first - 1].low == ")"
        and tokens[first - 3].low == "("
        and _is_word(tokens[first - 4])
        and tokens[first - 2].text[:1].isupper()
        and not tokens[first - 2].text.islower()
        and any(ch.isupper() for ch in tokens[first - 2].text[1:])
    ):
        # "the far-right Alternative for Germany party (AfD) 20.8%": the letters the
        # name is given in brackets
        return tokens[first - 2].text
    listed = name_ending_at(tokens, first, lo)
    if listed is None:
        return None
    start = first - len(listed.split())
    described = start
    while described > lo and start - described < 4 and _describes_name(tokens, described - 1):
        described -= 1  # "far-right AfD 20.8%": words that say what the name is
    if described > lo:
        return listed if tokens[described - 1].low in (",", ":", ";", "and") else None
    if last is None or last >= len(tokens) or tokens[last].low in _LIST_ENDS:
        return listed
    return None


def _describes_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether the token at ``k`` is a lowercase modifier or a hyphen: "far-right"."""
    t = tokens[k]
    return (t.low == "-" and k > 0 and tokens[k - 1].end == t.start) or (
        t.text.isalpha() and t.text.islower() and t.low not in FUNCTION_WORDS
    )


#: What follows a figure of a list: "Labour 412, Conservatives 121."
_LIST_ENDS: Final = frozenset({",", ";", ".", "and"})


def before_brackets(tokens: Sequence[Token], k: int) -> int:
    """The token before a bracketed aside that ends at ``k``, else ``k``: "(AfD)"."""
    if k < 2 or tokens[k].low != ")":
        return k
    opening = next((j for j in range(k - 1, max(-1, k - 6), -1) if tokens[j].low == "("), None)
    return k if opening is None or opening < 1 else opening - 1


def name_ending_at(tokens: Sequence[Token], end: int, lo: int) -> str | None:
    """The capitalized name whose last word stands just before ``end``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Ursula von der Leyen won")
        >>> name_ending_at(t, 4, 0)
        'Ursula von der Leyen'
        >>> name_ending_at(tokenize("the Farmers' League won"), 4, 0)
        "Farmers' League"
        >>> name_ending_at(tokenize("followed by GroenLinks-PvdA with"), 5, 0)
        'GroenLinks-PvdA'
    """
    found = _name_span(tokens, end, lo)
    if found is None:
        return None
    k, joined = found
    if joined:
        return as_written(tokens[k:end])
    return " ".join(t.text for t in tokens[k:end])


def name_start(tokens: Sequence[Token], end: int, lo: int) -> int | None:
    """Where the name :func:`name_ending_at` reads before ``end`` starts, else ``None``."""
    found = _name_span(tokens, end, lo)
    return None if found is None else found[0]


def _name_span(tokens: Sequence[Token], end: int, lo: int) -> tuple[int, bool] | None:
    """The start of the name ending at ``end``, and whether words in it touch ("-", "'")."""
    k = end
    joined = False  # a word joined to the next with no space: as written
    while k - 1 >= lo and end - k <= 4:
        if tokens[k - 1].is_capitalized and _is_word(tokens[k - 1]):
            k -= 1  # no further than a name is long: a run of capitals costs the same
            continue
        if k < end and k - 2 >= lo and _plural_apostrophe(tokens, k - 1):
            k -= 2  # "the Farmers' League": a plural's apostrophe inside the name
            joined = True
            continue
        if (
            k < end
            and k - 2 >= lo
            and tokens[k - 1].low == "-"
            and in_a_word(tokens, k - 1)
            and tokens[k - 2].is_capitalized
            and _is_word(tokens[k - 2])
        ):
            k -= 2  # "GroenLinks-PvdA", "Sinclair-Desgagné": a name's parts a hyphen joins
            joined = True
            continue
        # "Ursula von der Leyen": name particles between capitals, within the same bound
        p = k - 1
        while p >= lo and k - p <= 2 and tokens[p].low in _NAME_PARTICLES:
            p -= 1
        if p < k - 1 and p >= lo and tokens[p].is_capitalized and _is_word(tokens[p]):
            k = p
            continue
        break
    while k < end and tokens[k].low in FUNCTION_WORDS:
        k += 1  # "The 60% turnout": a capitalized "The" opens a sentence, it is no name
    if k < end and _hyphened_tail(tokens, k):
        k += 1  # "the anti-Brexit Liberal Democrats": "Brexit" is the modifier's
    if k == end or end - k > 4 + joined:
        return None
    return k, joined


def _hyphened_tail(tokens: Sequence[Token], k: int) -> bool:
    """Whether the capitalized word at ``k`` ends a modifier a lowercase word and a hyphen open.

    "the anti-Brexit Liberal Democrats", "the pro-Kremlin United Russia": the word is
    what the party is against or for, no word of its name; "Green-Left" is a name.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> _hyphened_tail(tokenize("the anti-Brexit Liberal Democrats"), 3)
        True
        >>> _hyphened_tail(tokenize("the Green-Left alliance"), 3)
        False
    """
    return (
        k >= 2
        and tokens[k].is_capitalized
        and tokens[k - 1].low == "-"
        and in_a_word(tokens, k - 1)
        and _is_word(tokens[k - 2])
        and not tokens[k - 2].is_capitalized
    )


def _plural_apostrophe(tokens: Sequence[Token], k: int) -> bool:
    """Whether the token at ``k`` is the bare apostrophe of a capitalized plural: "Farmers'".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the Farmers' League")
        >>> _plural_apostrophe(t, 2), _plural_apostrophe(tokenize("the 'League'"), 1)
        (True, False)
    """
    return (
        k >= 1
        and tokens[k].text in APOSTROPHES
        and tokens[k - 1].is_capitalized
        and tokens[k - 1].low.endswith("s")
        and tokens[k - 1].end == tokens[k].start
        and k + 1 < len(tokens)
        and tokens[k + 1].start > tokens[k].end
    )


def names_an_event(name: str, tables: FrameTables) -> bool:
    """Whether a capitalized name is an event's, by its last word: "General Election".

    Examples:
        >>> names_an_event("Parliamentary Elections", frame_tables())
        True
        >>> names_an_event("Green Party", frame_tables())
        False
    """
    return name.rsplit(" ", 1)[-1].casefold() in tables.events


def _name_with_its_of(tokens: Sequence[Token], end: int, lo: int, name: str) -> str:
    """``name`` (ending at ``end``) with the contender's name it is the "of" part of.

    A contender's name may run across "of": "the Democratic Union of Moravia", "the
    Social Democratic Party of Austria". The words before "of" must end in a contender
    noun, so "the leader of Moravia" stays "Moravia".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the Social Democratic Party of Austria with 21%")
        >>> _name_with_its_of(t, 6, 0, "Austria")
        'Social Democratic Party of Austria'
        >>> t = tokenize("the leader of Austria with 21%")
        >>> _name_with_its_of(t, 4, 0, "Austria")
        'Austria'
    """
    of = end - len(name.split()) - 1
    if of - 1 < lo or tokens[of].low != "of" or tokens[of - 1].low not in CONTENDER_NOUNS:
        return name
    owner = name_ending_at(tokens, of, lo)
    return f"{owner} of {name}" if owner is not None else name


#: Words of a change between a share's name and its new figure ("rose by 1.6 points to").
_CHANGE_WORDS: Final = frozenset(words("by points point percentage pct rose fell to from"))


def _verb_after_counted(
    tokens: Sequence[Token], end: int, hi: int, written: str | None, tables: FrameTables
) -> bool:
    """Whether the verb as written follows the counted phrase ending at ``end``.

    The figure's phrase is then the verb's subject, "12,000 votes were spoiled", unless
    the verb is one of holding ("30 seats went to the Greens").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Officials said 12,000 votes were spoiled.")
        >>> _verb_after_counted(t, 4, len(t), "spoiled", frame_tables())
        True
        >>> t = tokenize("The party received 12,000 votes.")
        >>> _verb_after_counted(t, 5, len(t), "received", frame_tables())
        False
    """
    if written is None or written in tables.held_verbs:
        return False
    return any(t.low == written for t in tokens[end : min(hi, end + 4)])


#: Nouns that name a figure without saying what it counts: "put the number at 300".
_FIGURE_NOUNS: Final = frozenset(words("number figure total tally count estimate"))
_FIGURE_LINKS: Final = frozenset(
    words(
        # "the number that initially was over 3,000 and then dropped to 385": the
        # figure's own course, earlier figures, hedges and verbs of change link it too
        """at of was is as stood stands to been had has that which initially first
        originally then and over more than about around nearly almost some now , dropped
        fell fallen rose risen climbed jumped increased decreased declined grew went revised
        lowered raised down up could would may might will reach hit top exceed"""
    )
)
_FIGURE_OWNERS: Final = frozenset(words("the a an its their his her this that own lower higher"))
#: Words between "the number of <noun>" and the level it reaches: "has risen to", "now
#: exceeds"; an earlier change in between ("has grown by 355,000 and now exceeds").
_NUMBER_LINKS: Final = _FIGURE_LINKS | frozenset(
    words("exceeds exceeded reached reaches totals totalled totaled grown stand by and")
)
#: How far before its figure "the number of" may stand.
_NUMBER_OF_REACH: Final = 16


def _number_of_named(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The noun phrase "the number of" names before a level it links to a figure.

    A figure right after "by" is a change, not the level.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("the number of hill farmers has grown by 355 and now exceeds 590")
        >>> _number_of_named(t, 11, 0), _number_of_named(t, 8, 0)
        ('hill farmers', None)
        >>> _number_of_named(tokenize("the number of settlers said 12"), 5, 0) is None
        True
    """
    if first < 1 or tokens[first - 1].low == "by":
        return None
    for k in range(first - 2, max(lo, first - _NUMBER_OF_REACH) - 1, -1):
        if tokens[k].low != "number" or tokens[k + 1].low != "of":
            continue
        end = k + 2
        while end < first and tokens[end].low not in _NUMBER_LINKS:
            end += 1  # "the number of West Bank settlers in the territories has ..."
        phrase = list(
            itertools.takewhile(
                lambda t: _is_word(t) and t.low not in FUNCTION_WORDS, tokens[k + 2 : end]
            )
        )
        between = tokens[end:first]
        if (
            not between
            or not 0 < len(phrase) <= _NOUN_PHRASE_WORDS
            or not all(t.low in _NUMBER_LINKS or t.is_number for t in between)
        ):
            return None
        return " ".join(t.text for t in phrase)
    return None


#: The most words a noun phrase "the number of" names may run to.
_NOUN_PHRASE_WORDS: Final = 4
#: Words that open a new clause right after a figure, so that nothing after it says what
#: it counts: "an earlier count of 65 had been revised down to 57 because ...".
_CLAUSE_OPENERS_AFTER: Final = frozenset(
    words("because although though whereas while since after before when unless")
)


#: Words that point back to a figure just given: "This 10,000 won't come close".
_DEMONSTRATIVES: Final = frozenset(words("this that these those"))
#: Pronouns that "have" a bare figure of what was just counted: "they will have 12,000".
_PRONOUNS_HAVING: Final = frozenset(words("they it we he she"))
#: Words between such a pronoun and "have": "they will have 12,000".
_MODALS_BEFORE_HAVE: Final = frozenset(words("will would could may might now already still"))
#: Adverbs that may close such a figure: "12,000 soon".
_TRAILING_ADVERBS: Final = frozenset(words("soon already now again too yet"))
#: Finite verbs that may follow such a figure, with no noun between.
_FINITE_AFTER_FIGURE: Final = frozenset(
    words("""is was are were will would could can may might should has have had does did
    remains remained includes included""")
)


def names_a_figure_before(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Whether a bare figure is named only as "the number" or "a figure".

    "The army put the number at 300", "the ministry has given a figure of 2,200",
    "its own estimate was 1,800": nothing after the figure says what it counts, so it
    is the figure the article gave before, as another source reads it.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The army put the number at 300.")
        >>> names_a_figure_before(t, 6, 7)
        True
        >>> t = tokenize("The army put the number at 300 trucks.")
        >>> names_a_figure_before(t, 6, 7)
        False
        >>> t = tokenize("It raised Washington's previous estimate of 3,000.")
        >>> names_a_figure_before(t, 6, 7)
        True
        >>> t = tokenize("This 10,000 won't come close to it.")
        >>> names_a_figure_before(t, 1, 2)
        True
    """
    after = tokens[last] if last < len(tokens) else None
    if (
        first >= 1
        and tokens[first - 1].low in _DEMONSTRATIVES
        and after is not None
        and (after.low in _FINITE_AFTER_FIGURE or after.low.endswith("n't"))
    ):
        return True  # "This 10,000 won't come close": the figure just given
    holder = first - 2
    if holder >= 1 and tokens[holder].low in _MODALS_BEFORE_HAVE:
        holder -= 1  # "they will have 12,000"
    if (
        holder >= 0
        and tokens[first - 1].low in ("have", "has", "had")
        and tokens[holder].low in _PRONOUNS_HAVING
        and (after is None or not _is_word(after) or after.low in _TRAILING_ADVERBS)
    ):
        return True  # "they will have 12,000 soon": as many of what was just counted
    if (
        after is not None
        and _is_word(after)
        and after.low not in FUNCTION_WORDS
        and after.low not in _CLAUSE_OPENERS_AFTER  # "revised down to 57 because ..."
        and not _time_at(tokens, last, len(tokens))  # "dropped to 385 last week"
    ):
        return False  # "300 trucks": the figure says what it counts
    k = first - 1
    stop = max(-1, first - 1 - _FIGURE_NOUN_REACH)  # a run of figures costs each the same
    while k > stop and (tokens[k].low in _FIGURE_LINKS or tokens[k].is_number):
        k -= 1
    if not (k < first - 1 and k >= 1 and tokens[k].low in _FIGURE_NOUNS):
        return False
    owner = k - 1
    if owner >= 1 and tokens[owner].low in _FIGURE_AGES:
        owner -= 1  # "Washington's previous estimate of 3,000", "an earlier estimate"
    return tokens[owner].low in _FIGURE_OWNERS or (
        tokens[owner].is_capitalized and tokens[owner].low.endswith("'s")
    )


#: How far before a figure the noun that names it ("the number ... was") may stand.
_FIGURE_NOUN_REACH: Final = 40
#: Words that say when a figure was given, between its owner and its noun.
_FIGURE_AGES: Final = frozenset(
    words(
        """previous earlier initial first original latest new last official revised final
        preliminary provisional current updated overall confirmed"""
    )
)


#: Marks that end a forecast's reach: "The exit poll was right: Labour won 412".
_FORECAST_BREAKS: Final = frozenset({":", ";"})


def _forecast_cue_at(tokens: Sequence[Token], k: int, tables: FrameTables) -> bool:
    """Whether a forecast word or phrase ("projected", "exit poll") starts at token ``k``."""
    if tokens[k].low in tables.forecast_words:
        return True
    return any(
        tuple(t.low for t in tokens[k : k + len(phrase)]) == phrase
        for phrase in tables.forecast_phrases
        if phrase[0] == tokens[k].low
    )


def is_forecast(
    tokens: Sequence[Token], first: int, tables: FrameTables, *, future: bool = False
) -> bool:
    """Whether the figure at token ``first`` forecasts a result rather than reports it.

    A forecast word before the figure in its sentence makes it one ("the exit poll gives
    Labour 410 seats", "Labour is projected to win 410"); a colon or semicolon between
    ends the forecast ("The exit poll was right: Labour won 412"). A figure put as
    future or possible (``future``) is one with the word anywhere in the sentence
    ("Labour will win 410 seats, the exit poll suggests"). The words are the frame
    lexicon's ``forecasts``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> tables = frame_tables()
        >>> t = tokenize("An exit poll put Labour on 410 seats.")
        >>> is_forecast(t, 6, tables)
        True
        >>> t = tokenize("Labour won 412 seats, two more than the exit poll had said.")
        >>> is_forecast(t, 2, tables)
        False
        >>> t = tokenize("The exit poll was right: Labour won 412 seats.")
        >>> is_forecast(t, 8, tables)
        False
    """
    k = first - 1
    while k >= max(0, first - _FORECAST_REACH) and tokens[k].low not in _FORECAST_BREAKS:
        if _forecast_cue_at(tokens, k, tables):
            return True
        k -= 1
    if not future:
        return False
    k = first + 1
    stop = min(len(tokens), first + _FORECAST_REACH)
    while k < stop and tokens[k].low not in _FORECAST_BREAKS:
        if _forecast_cue_at(tokens, k, tables):
            return True
        k += 1
    return False


#: How far from a figure its forecast word may stand (a bound, so that a sentence of
#: endless figures costs each figure the same).
_FORECAST_REACH: Final = 30


#: Words of a percentage after its figure ("5%", "5 per cent").
_PERCENT_WORDS: Final = frozenset({"%", "percent", "per", "cent", "pct"})
#: Words between a line-to-reach word and its figure ("needs at least 326 seats").
_THRESHOLD_FILLER: Final = frozenset(words("the a at least more than over some"))
#: Words between a verb of needing and a figure that make the figure the votes needed:
#: "would require support from 200", "needs the backing of 201".
_SUPPORT_WORDS: Final = frozenset(words("support backing votes from of the"))


def threshold_of(tokens: Sequence[Token], first: int, last: int, tables: FrameTables) -> str | None:
    """What the figure at tokens ``[first, last)`` is a line to reach of, if it is one.

    "the 326-seat line", "the halfway mark of 326 seats", "326 seats needed for a
    majority", "a party needs 326 seats", "the 5% threshold": the figure is no count of
    seats anyone holds but the line itself, of "seats", "electoral votes" or "vote
    share". Only counts of what contenders hold (the frame lexicon's ``held_counts``)
    and shares are lines; "300 people needed treatment" is a count.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> tables = frame_tables()
        >>> t = tokenize("Labour passed the halfway mark of 326 seats.")
        >>> threshold_of(t, 6, 7, tables)
        'seats'
        >>> t = tokenize("The Democrats need 270 electoral votes to win.")
        >>> threshold_of(t, 3, 4, tables)
        'electoral votes'
        >>> t = tokenize("The party fell below the 5% threshold.")
        >>> threshold_of(t, 5, 6, tables)
        'vote share'
        >>> t = tokenize("It was four short of the 76 needed for a majority.")
        >>> threshold_of(t, 6, 7, tables)
        'seats'
        >>> t = tokenize("Labour won 412 seats, well above the line.")
        >>> threshold_of(t, 2, 3, tables) is None
        True
        >>> t = tokenize("Impeachment would require support from 200 of the 300 members.")
        >>> threshold_of(t, 5, 6, tables)
        'votes'
        >>> t = tokenize("The injured required 200 stitches.")
        >>> threshold_of(t, 3, 4, tables) is None
        True
        >>> t = tokenize("At least 289 of the 577 votes were needed, and 288 yes-votes required.")
        >>> threshold_of(t, 2, 3, tables), threshold_of(t, 12, 13, tables)
        ('votes', 'votes')
        >>> t = tokenize("Some 289 of the 577 votes were cast.")
        >>> threshold_of(t, 1, 2, tables) is None
        True
    """
    n = len(tokens)
    of_at = first - 1 - (first >= 2 and tokens[first - 1].low == "the")
    if of_at >= 1 and tokens[of_at].low == "of" and tokens[of_at - 1].is_number:
        return None  # "289 of the 577 votes were needed": 577 is the whole, the part a line
    k = last
    percent = False
    while k < n and tokens[k].low in _PERCENT_WORDS:
        percent, k = True, k + 1
    if k < n and tokens[k].low == "-":
        k += 1  # "the 326-seat line"
    counted: list[str] = []
    part_of = False
    if k + 2 < n and tokens[k].low == "of" and not percent:
        # "At least 289 of the 577 votes were needed": the part is the line
        m = k + 1 + (tokens[k + 1].low == "the")
        if m + 1 < n and tokens[m].is_number and _plural(tokens[m + 1].low) in tables.held_counts:
            k, part_of = m + 1, True
    if k + 2 < n and tokens[k + 1].low == "-" and _plural(tokens[k + 2].low) in tables.held_counts:
        k += 2  # "288 yes-votes were required": the votes of a side
    for width in (1, 2):  # "seats", "electoral votes"
        phrase = [t.low for t in tokens[k : k + width]]
        if len(phrase) == width and _plural(phrase[-1]) in tables.held_counts:
            counted = phrase
            break
    if (
        not (percent or counted)
        and k < n
        and tokens[k].low in tables.threshold_after
        and any(t.low == "majority" for t in tokens[k + 1 : k + 4])
    ):
        return "seats"  # "the 76 needed for a majority": the seats left unsaid
    if not (percent or counted):
        j = first - 1
        while j >= 0 and first - j <= 4 and tokens[j].low in _SUPPORT_WORDS | _THRESHOLD_FILLER:
            j -= 1
        if j < first - 1 and j >= 0 and tokens[j].low in tables.threshold_before:
            return "votes"  # "the motion would require support from 200 members"
        return None
    k += len(counted)
    subject = "vote share" if percent else " ".join([*counted[:-1], _plural(counted[-1])])
    if k < n and tokens[k].low in tables.threshold_nouns:
        return subject  # "the 326-seat line"
    while k < n and tokens[k].low in _BE_WORDS:
        k += 1  # "288 votes were needed"
    if k < n and tokens[k].low in tables.threshold_after:
        return subject  # "326 seats needed"
    if part_of:
        return None
    j = first - 1
    while j >= 0 and tokens[j].low in _THRESHOLD_FILLER:
        j -= 1
    if j >= 0 and tokens[j].low in tables.threshold_before:
        return subject  # "a party needs 326 seats"
    if (
        j >= 1
        and tokens[j].low == "of"
        and (
            tokens[j - 1].low in tables.threshold_nouns
            or any(
                tuple(t.low for t in tokens[j - len(p) : j]) == p for p in tables.threshold_phrases
            )
        )
    ):
        return subject  # "the halfway mark of 326 seats", "the magic number of 326"
    return None


#: Forms of "be" between a line's count and the word that makes it one: "were needed".
_BE_WORDS: Final = frozenset(words("is are was were be been being would will"))
#: Parts a fraction of a vote is written in: "two-thirds", "three-fifths".
_FRACTION_PARTS: Final = {"halves": 2, "thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5}
#: Words after a fraction that make it the line a vote must reach.
_SUPERMAJORITY_WORDS: Final = frozenset(
    words("majority supermajority threshold vote votes needed required support approval")
)


def _supermajority(tokens: Sequence[Token], mention: QuantityMention, hi: int) -> Quantity | None:
    """The share a fraction of a vote names as a line to reach, else ``None``.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> def line(text):
        ...     t = tokenize(text)
        ...     m = scan_numbers(text, t)[0]
        ...     found = _supermajority(t, m, len(t))
        ...     return None if found is None else round(found.point, 2)
        >>> line("It needed a two-thirds majority."), line("breaking the two-thirds threshold")
        (66.67, 66.67)
        >>> line("Two-thirds of the homes were lost.") is None
        True
    """
    parts = _FRACTION_PARTS.get((mention.unit or "").casefold())
    value = mention.value.point
    if parts is None or value is None or not 0 < value < parts:
        return None
    k = mention.last
    while k < hi and (tokens[k].low in _FRACTION_PARTS or tokens[k].low == "-"):
        k += 1
    if k >= hi or tokens[k].low not in _SUPERMAJORITY_WORDS:
        return None
    share = 100 * value / parts
    return Quantity(share, share, Hedge.EXACT, share, mention.value.text, "%")


def _plural(noun: str) -> str:
    return noun if noun.endswith("s") else f"{noun}s"


#: Words of a figure just before "of the <noun>": "34.2% of the vote", "half of the votes".
_FIGURE_ENDS: Final = frozenset(words("% percent cent half third quarter majority"))


def toll_whole(
    tokens: Sequence[Token], first: int, lo: int, np: Sequence[Token], tables: FrameTables
) -> str | None:
    """The harm a whole after "of the" counts when its noun names the harmed, else ``None``.

    "Of the 118 dead", "141 of the 179 bodies", "of the 40 injured": the bodies are the
    dead, the whole is the toll (victims are the harmed, not always the dead: no toll).
    """
    if len(np) != 1 or first < 2 or tokens[first - 1].low != "the" or tokens[first - 2].low != "of":
        return None
    noun = np[0].low
    if noun in tables.counting_nouns:
        return tables.counting_nouns[noun]
    if tables.predicates.get(noun) == "killed":
        return "killed"  # "the 179 bodies"
    return _people_predicate(noun, tables)


def _people_predicate(noun: str, tables: FrameTables) -> str | None:
    """The predicate a noun names only the people of (``predicate_people``), else ``None``."""
    return next((p for p, nouns in tables.predicate_people.items() if noun in nouns), None)


#: Words that take a part of a whole after "of the": "most of the 181 passengers".
_PART_QUANTIFIERS: Final = frozenset(
    words("most many some half majority bulk none several rest few")
)


def _whole_of_a_share(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """Whether the figure at ``first`` is the whole a share before it is of.

    "40% of more than 61 million eligible voters voted": the 61 million are the voters
    the share is of, not those who voted.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Only 40% of more than 61 million eligible voters voted.")
        >>> _whole_of_a_share(t, 6, 0), _whole_of_a_share(tokenize("Some 61 million voted"), 1, 0)
        (True, False)
    """
    k = first - 1
    while k > lo and (tokens[k].low in _HEDGE_OR_BOUND or tokens[k].low == "the"):
        k -= 1
    # "40% of", "40 percent of", "40 per cent of"
    return k - 1 >= lo and tokens[k].low == "of" and tokens[k - 1].low in _PERCENT_WORDS


def whole_after_quantifier(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """Whether the figure at ``first`` is a whole a quantifier takes part of.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Most of the 181 passengers died.")
        >>> whole_after_quantifier(t, 3, 0), whole_after_quantifier(tokenize("all 40 died"), 1, 0)
        (True, False)
    """
    return (
        first - 3 >= lo
        and tokens[first - 1].low == "the"
        and tokens[first - 2].low == "of"
        and tokens[first - 3].low in _PART_QUANTIFIERS
    )


def whole_of_a_figure(tokens: Sequence[Token], k: int, dated: set[int] | None = None) -> bool:
    """Whether the noun at ``k`` is the whole a figure is a part of: "34.2% of the vote".

    Such a noun names no happening: "whose party took 34.2% of the vote, will be sworn
    in on Friday" dates the swearing-in, not a vote. A date right after it dates it
    ("34.1% of the vote on Thursday"): ``dated`` holds the indices of time words.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("It took 34.2% of the vote.")
        >>> whole_of_a_figure(t, 6), whole_of_a_figure(tokenize("a day of the vote"), 4)
        (True, False)
        >>> whole_of_a_figure(tokenize("It took 34.2% of the vote on Thursday."), 6, {8})
        False
    """
    if k < 3 or tokens[k - 1].low != "the" or tokens[k - 2].low != "of":
        return False
    if dated and (k + 1 in dated or (k + 2 in dated and tokens[k + 1].low in ("on", "in"))):
        return False
    before = tokens[k - 3]
    return before.is_number or before.low in _FIGURE_ENDS


def _way_voted(tokens: Sequence[Token], k: int, hi: int, tables: FrameTables) -> str | None:
    """The side of a vote "voted ..." from ``k`` says: ``voted_for`` or ``voted_against``.

    "MPs voted to oust him", "voted in favour", "voted against the text": the lexicon's
    ``tally_verbs`` phrases, read from a count of voters.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("330 MPs voted to oust him, and 50 voted against it.")
        >>> _way_voted(t, 2, len(t), frame_tables()), _way_voted(t, 9, len(t), frame_tables())
        ('voted_for', 'voted_against')
        >>> _way_voted(tokenize("330 MPs voted on Monday."), 2, 6, frame_tables()) is None
        True
        >>> _way_voted(tokenize("14 members voting yes"), 2, 4, frame_tables())
        'voted_for'
    """
    while k < hi and tokens[k].low in ("had", "have", "has", "all", "also"):
        k += 1
    if k >= hi or tokens[k].low not in ("voted", "voting"):
        return None
    if k + 1 < hi and tokens[k + 1].low in ("yes", "no"):
        # "all other 14 members voting yes"
        return "voted_for" if tokens[k + 1].low == "yes" else "voted_against"
    for width in (4, 3, 2):
        # "voting in favour" reads as "voted in favour" does
        phrase = ("voted", *(t.low for t in tokens[k + 1 : min(hi, k + width)]))
        way = tables.tally_verbs.get(phrase) if len(phrase) == width else None
        if way is not None:
            return "voted_for" if way == "passed" else "voted_against"
    return None


def _voters_side(subject: str, attribute: str, tables: FrameTables) -> tuple[str, str]:
    """A count of voters by the side their verb says they took, else as it was.

    "12 of the 15 members had backed the text", "140 countries supported it": the
    question "13 members voted in favour" answers, asked of the members.
    """
    # "13 of the 15 council members backed it": the head says who they are
    head = subject.rpartition(" ")[2]
    if attribute in tables.voter_verbs and head in tables.voters:
        return "members", tables.voter_verbs[attribute]
    return subject, attribute


#: Words between a noun and the figure that counts it: "forces numbering 1,500",
#: "French personnel in Niger number about 1,500".
NUMBERING_WORDS: Final = frozenset(words("numbering totalling totaling number numbers numbered"))


#: Plural nouns of places, which a count of harm (``CASUALTY``) never counts: "killed
#: in six states".
_PLACE_COUNTS: Final = frozenset(
    words("states provinces regions countries districts counties cities towns villages")
)
#: Nouns of a settled place: "a city of 100,000" counts who lives there.
_SETTLEMENTS: Final = frozenset(words("city town village country nation region province"))
#: Nouns of those who live in a place, counted as its population.
_DWELLERS: Final = frozenset(words("people residents inhabitants souls"))


def _populates(tokens: Sequence[Token], first: int, lo: int, np: Sequence[Token]) -> bool:
    """Whether a figure counts who lives in a place.

    "home to approximately 89,000 residents" and "a city of 100,000 (people)": the
    words before the figure say so, and the noun after it, if any, names dwellers.
    """
    if np and np[-1].low not in _DWELLERS:
        return False
    return dwelling_before(tokens, first, lo)


def dwelling_before(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """Whether the words before a figure say it counts dwellers: "home to (about)".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> dwelling_before(tokenize("The town is home to around 12,000 people"), 6, 0)
        True
    """
    k = first - 1
    while k > lo and tokens[k].low in HEDGES_ABOUT_WORDS:
        k -= 1
    if k - 1 < lo:
        return False
    before = (tokens[k - 1].low, tokens[k].low)
    return before == ("home", "to") or (before[1] == "of" and before[0] in _SETTLEMENTS)


#: Prepositions that make a stretch after them the length of the word before them.
_STRETCH_LEADS: Final = frozenset(words("for over during within"))


#: Verbs by which a stretch of time is what doing something takes: "it will take at
#: least a week to withdraw", "needed three days to evacuate".
_TAKING_VERBS: Final = frozenset(
    words("take takes took taken taking need needs needed require requires required")
)


def _duration_to_do(
    tokens: Sequence[Token], mention: QuantityMention, lo: int, hi: int, tables: FrameTables
) -> str | None:
    """The event a stretch of time is what it takes to do, else ``None``.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> def to_do(text):
        ...     t = tokenize(text)
        ...     m = scan_numbers(text, t)[0]
        ...     return _duration_to_do(t, m, 0, len(t), frame_tables())
        >>> to_do("It will take at least one week to withdraw the troops.")
        'withdrawal'
        >>> to_do("It took two days to read the report."), to_do("It lasted two days.")
        (None, None)
    """
    after = _after_unit(tokens, mention)
    if after + 1 >= hi or tokens[after].low != "to":
        return None
    event = tables.naming_verbs.get(tokens[after + 1].low)
    if event is None:
        return None
    k = mention.first - 1
    while k > lo and (tokens[k].low in HEDGES_ABOUT_WORDS or tokens[k].low in _TAKE_HEDGES):
        k -= 1  # "at least a week", "only two days"
    if k >= lo and tokens[k].low in _TAKING_VERBS:
        return event
    if k - 1 >= lo and tokens[k - 1].low in _TAKING_VERBS:
        return event  # "take them a week", "need us two days"
    return None


#: Words between a verb of taking and its stretch: "at least a week", "them two days".
_TAKE_HEDGES: Final = frozenset(words("at least a an one no more than less up to"))


def _duration_of(
    tokens: Sequence[Token], mention: QuantityMention, lo: int, hi: int, tables: FrameTables
) -> str | None:
    """What a stretch of time is the length of, by the word it is bound to.

    "a four-day truce" (a hyphened stretch before its noun): the truce, and "a nine-month
    compromise renewal" the renewal (a word of ``stretch_verbs`` in the noun's
    compound); "jailed for 12 years", "released over four days": what was done for that
    long (a verb just before the stretch; "kept at the warehouse for six years" is the
    keeping's, not the warehouse's, so no noun is taken); "extend the mechanism for
    another nine months", "extended by one year": a word of ``stretch_verbs`` a few
    words before. ``None`` when no such word says, and the event of the clause is asked.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> def of(text):
        ...     t = tokenize(text)
        ...     m = scan_numbers(text, t)[0]
        ...     return _duration_of(t, m, 0, len(t), frame_tables())
        >>> of("a nine-month compromise renewal"), of("to renew the mechanism for nine months")
        ('renewal', 'renew')
        >>> of("a four-day truce"), of("The mandate was extended by one year.")
        ('truce', 'extended')
        >>> of("The storm moved north for two days.") is None
        True
        >>> of("It approved a Kenyan-led force to deploy for one year.")
        'deploy'
    """
    after = _after_unit(tokens, mention)
    if (
        after + 2 < hi
        and tokens[after].low == "-"
        and tokens[after].start == tokens[after - 1].end
        and _is_word(tokens[after + 2])
        and tokens[after + 2].low not in FUNCTION_WORDS
    ):
        compound = itertools.takewhile(
            lambda t: _is_word(t) and t.low not in FUNCTION_WORDS, tokens[after + 2 : after + 5]
        )
        return next(
            (t.low for t in compound if t.low in tables.stretch_verbs), tokens[after + 2].low
        )  # "a four-day truce", "a nine-month compromise renewal"
    k = mention.first - 1
    if tokens[mention.first].low in _STRETCH_LEADS:
        k = mention.first  # "over four days": read as the hedge of the figure
    while k > lo and (
        tokens[k].low in HEDGES_ABOUT_WORDS - _STRETCH_LEADS or tokens[k].low in _STRETCH_ADDED
    ):
        k -= 1
    if k > lo and (
        tokens[k].low in _STRETCH_LEADS
        or (tokens[k].low == "by" and tokens[k - 1].low in tables.stretch_verbs)
    ):
        for j in range(k - 1, max(lo - 1, k - _STRETCH_WORD_REACH), -1):
            if tokens[j].low == "-" and tokens[j].start == tokens[j - 1].end:
                continue  # "the cross-border mechanism"
            if not _is_word(tokens[j]):
                break
            if tokens[j - 1].low == "-" and tokens[j - 1].end == tokens[j].start:
                continue  # "a Kenyan-led force": a modifier, no act of the stretch
            if tokens[j].low in tables.stretch_verbs:
                return tokens[j].low  # "renew the mechanism for nine months"
        # "stored at the port for six years": past a place phrase to the verb
        j = k - 1
        while j > lo and k - j < 5 and not _is_past_verb(tokens[j]):
            if not _is_word(tokens[j]) or (tokens[j].is_capitalized and j == k - 1):
                break
            j -= 1
        if j > lo and _is_past_verb(tokens[j]) and tokens[j + 1].low in _PLACE_PREPOSITIONS:
            k = j + 1
        word = tokens[k - 1]
        if (
            _is_word(word)
            and word.text.islower()
            and (
                word.low.endswith("ed")
                or word.low in IRREGULAR_PAST
                # "a force to deploy for one year": the act the stretch is planned for
                or (k - 2 > lo and tokens[k - 2].low == "to")
            )
            and word.low not in FUNCTION_WORDS
            and word.low not in _LASTING_VERBS
        ):
            return word.low  # the verb the stretch is bound to, not a noun before it
    return None


#: Words that add a stretch to one before it: "for another nine months".
_STRETCH_ADDED: Final = frozenset(words("another further additional more extra"))
#: How far before its stretch a word of ``stretch_verbs`` may stand: "renew the
#: cross-border mechanism for nine months".
_STRETCH_WORD_REACH: Final = 8


#: Prepositions opening a place phrase between a verb and its stretch of time.
_PLACE_PREPOSITIONS: Final = frozenset(words("at in on inside near"))


def _is_past_verb(token: Token) -> bool:
    """Whether a lowercase word reads as a past verb or participle ("stored", "kept")."""
    return token.text.islower() and (token.low.endswith("ed") or token.low in IRREGULAR_PAST)


#: Verbs that say how long their subject went on: the stretch is the subject's.
_LASTING_VERBS: Final = frozenset(
    words("lasted lasts last lasting took takes spent spend burned burnt raged continued")
)


#: Attributes of a figure before that a part after "including" does not share.
_NOT_SHARED: Final = frozenset(words("count total duration share ratio rank"))
#: Words that open a list of parts: "including 12 children", "among them 12 officers".
_PART_OPENERS: Final = frozenset(words("including include includes included"))


def _named_as_part(tokens: Sequence[Token], first: int, lo: int) -> bool:
    """Whether the figure at ``first`` stands in a list of parts of the figure before.

    "including 12 children", "among them 12 police officers", "of whom 12 were
    children", and each later item of such a list ("including 13 Israelis and 10
    Thais"): the words back to the opener are figures, their nouns, hedges, "and" and
    commas only.
    """
    for k in range(first - 1, max(lo - 1, first - 12), -1):
        low = tokens[k].low
        if low in _PART_OPENERS:
            return True
        if low in ("them", "whom") and k > lo and tokens[k - 1].low in ("among", "of"):
            return True
        if not (
            low in (",", "and")
            or tokens[k].is_number
            or low in HEDGES_ABOUT_WORDS
            or (_is_word(tokens[k]) and low not in FUNCTION_WORDS and not low.endswith("ed"))
        ):
            return False
    return False


def _on_board(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """Whether "on board" stands at token ``k``."""
    return k + 1 < hi and tokens[k].low == "on" and tokens[k + 1].low == "board"


def weapons_counted(np: Sequence[Token]) -> str | None:
    """The kind of weapon a noun phrase counts, one name however described, else ``None``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> weapons_counted(tokenize("armed drones and missiles"))
        'projectiles'
        >>> weapons_counted(tokenize("Iranian suicide drones"))
        'drones'
        >>> weapons_counted(tokenize("ballistic missiles")), weapons_counted(tokenize("homes"))
        ('ballistic missiles', None)
    """
    kinds = [HEADS.get(t.low) for t in np]
    if not np or kinds[-1] not in WEAPON_HEADS:
        return None
    if sum(kind in WEAPON_HEADS for kind in kinds) > 1 and any(t.low in ("and", "or") for t in np):
        return "projectiles"  # "300 missiles and drones": both kinds in one count
    two = (np[-2].low, np[-1].low) if len(np) >= 2 else None
    return HEADS_TWO[two] if two in HEADS_TWO else kinds[-1]


def _event_noun_in(np: Sequence[Token], tables: FrameTables) -> int | None:
    """Where a counted noun phrase names an event, after at most two adjectives.

    "two explosions", "two massive explosions tore ...": the words before the event
    noun are lowercase, so they describe it; "two Iraqi blasts" is read as the event
    with its place elsewhere.
    """
    for i, word in enumerate(np[:3]):
        if word.low in tables.events:
            # "more than 80 attack drones": a noun the event word describes is counted
            return None if i + 1 < len(np) and np[i + 1].low in HEADS else i
        if not (word.text.isalpha() and word.text.islower()):
            return None
    return None


def _numbered_before(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The noun before "numbering" a figure counts, as the count rules name it.

    A place after the noun stands between them: "personnel in Niger number 1,500".
    """
    k = first - 1
    if k - 1 < lo or tokens[k].low not in NUMBERING_WORDS:
        return None
    j = k - 1
    while j > lo and tokens[j].is_capitalized and tokens[j - 1].is_capitalized:
        j -= 1  # "in Burkina Faso"
    if j - 1 > lo and tokens[j].is_capitalized and tokens[j - 1].low in ("in", "at"):
        j -= 2
    noun = tokens[j]
    if not _is_word(noun) or noun.low in FUNCTION_WORDS:
        return None
    return HEADS.get(noun.low, noun.low)


def batch_before(tokens: Sequence[Token], first: int, lo: int, tables: FrameTables) -> str | None:
    """The batch a figure counts: "a convoy of 100 troops" -> ``convoy``, else ``None``."""
    k = first - 1
    if k - 1 >= lo and tokens[k].low == "of" and tokens[k - 1].low in tables.part_groups:
        return tokens[k - 1].low
    return None


def _held_whole(tokens: Sequence[Token], k: int, hi: int, tables: FrameTables) -> str | None:
    """The attribute of a part of a held whole: "of the 600 seats" -> ``seats_won``."""
    j = k
    while j < hi and (tokens[j].low in ("the", "its", "their") or tokens[j].is_number):
        j += 1
    if j < hi and tokens[j].low in tables.held_counts:
        return tables.held_counts[tokens[j].low]
    return None


#: Words between an elided holder and its figure: "and the Greens to 36", "the
#: Greens won 36", "the Greens 36".
_ELIDED_LINKS: Final = frozenset(
    words("to on with won took has had got kept secured holds hold in leads leading ahead")
    # "with the Bloc now down to 21": where a count has gone
    + words("down up now only just")
)


def _held_named_before(tokens: Sequence[Token], first: int, tables: FrameTables) -> str | None:
    """The held count a list's heading names: "Results after 648 of 650 seats: Labour 412".

    Only before a colon that opens the list, so "Labour 412" in running text stays a
    name and a number.
    """
    colon = next((k for k in range(first - 1, -1, -1) if tokens[k].low == ":"), None)
    if colon is None:
        return None
    for k in range(colon - 1, -1, -1):
        if tokens[k].low in tables.held_counts:
            return tables.held_counts[tokens[k].low]
    return None


#: Words before a bare result that say it is one: "were restricted to 101", "ended
#: with 104", "finished on 398".
_RESULT_LINKS: Final = frozenset(words("to on with at"))
#: Words of a hedge between a verb and a bare result: "secure just 239".
_BARE_HEDGES: Final = frozenset(words("just only about around nearly almost some roughly"))
#: The predicate of winning a count: a bare figure after its verb is a held count's.
_WON: Final = "won"
#: How far back a bare result's clause is read.
_CLAUSE_REACH: Final = 40
#: Nouns that name a figure of their own: a bare figure in a clause naming one is it.
_FIGURE_NAMES: Final = frozenset(
    words("majority share lead turnout tally total margin count number toll figure")
)
#: Words after a bare figure that end its clause.
_CLAUSE_ENDS: Final = frozenset(words(", . ; : and while whereas but"))


#: Predicates whose listed objects each take the verb ("killed 12 civilians and three
#: soldiers", "freed 13 hostages and ten Thais", "destroyed 1,700 homes and 240 shops").
_LISTED_OBJECT_PREDICATES: Final = frozenset(
    words(
        "killed injured shot arrested kidnapped deployed withdrawn displaced rescued released "
        "destroyed damaged evacuated"
    )
)
#: Words of a hedge between a verb and the figure that is its object ("killed at least 12").
_OBJECT_HEDGES: Final = frozenset(
    words("at least about around some nearly almost more than over up to roughly an estimated")
)


def conjunct_object_verb(
    tokens: Sequence[Token], first: int, lo: int, object_predicates: frozenset[str]
) -> tuple[str, int] | None:
    """The verb a list's earlier figure is the object of, for a figure with no verb.

    "killed 12 civilians and three soldiers", "wounded 30 men, 12 women and five
    children": each figure of the list is the verb's object, though a conjunction
    stands between the later ones and it.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The blast killed at least 12 civilians, three soldiers and two police.")
        >>> objects = frozenset({"killed"})
        >>> conjunct_object_verb(t, 11, 0, objects)
        ('killed', 2)
        >>> t = tokenize("It destroyed 40 homes and 12 people died.")
        >>> conjunct_object_verb(t, 5, 0, objects) is None
        True
    """
    k = first - 1
    for _ in range(_LIST_REACH):
        if k < lo or tokens[k].low not in (",", "and"):
            return None
        k -= 1
        if k >= lo and tokens[k].low == ",":
            k -= 1  # ", and": a serial comma
        nouns = 0
        while k >= lo and nouns < 4 and tokens[k].text.isalpha() and not is_figure(tokens[k]):
            if _predicate_class(tokens[k].low) is not None:
                return None  # "and 12 people died": that conjunct has its own verb
            k, nouns = k - 1, nouns + 1
        if nouns == 0 or k < lo or not is_figure(tokens[k]):
            return None
        k -= 1
        while k >= lo and tokens[k].low in _OBJECT_HEDGES:
            k -= 1
        predicate = _predicate_class(tokens[k].low) if k >= lo else None
        if predicate is not None:
            return (predicate, k) if predicate in object_predicates else None
    return None


#: How many earlier figures of a list are looked past for the verb they share.
_LIST_REACH: Final = 6


def _predicate_class(low: str) -> str | None:
    """The predicate class a word says, in either table ("freed" -> ``rescued``)."""
    return PREDICATES.get(low) or frame_tables().predicates.get(low)


def is_figure(token: Token) -> bool:
    """Whether a token writes a number, in digits or in words ("21", "four")."""
    return token.is_number or token.low in UNITS or token.low in TENS


def fact_label(tokens: Sequence[Token], first: int) -> str | None:
    """The contender a fact box's line labels a figure with: "- BJP: 240 seats".

    The label opens its line (past a bullet) and ends with the colon before the figure;
    it is a name, or a contender noun ("Others" is none: the rest of the seats).

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> fact_label(tokenize("- NDA alliance: 293 seats"), 4)
        'NDA alliance'
        >>> fact_label(tokenize("Labour: 412"), 2)
        'Labour'
        >>> fact_label(tokenize("Seats won: 412"), 3) is None
        True
        >>> fact_label(tokenize("CDU/CSU: 28.6%"), 4)
        'CDU/CSU'
        >>> fact_label(tokenize("New Democratic Party (NDP): 7 seats"), 7)
        'New Democratic Party'
        >>> fact_label(tokenize("Freedom Front Plus (VF PLUS): 1.39%"), 8)
        'Freedom Front Plus'
    """
    if first < 2 or tokens[first - 1].low != ":":
        return None
    start = 1 if tokens[0].low in LINE_BULLETS else 0
    phrase = tokens[start : first - 1]
    opening = (
        next((k for k in range(len(phrase) - 2, 0, -1) if phrase[k].low == "("), 0)
        if phrase and phrase[-1].low == ")"
        else 0
    )
    if 0 < opening >= len(phrase) - 4:
        # "New Democratic Party (NDP):", "Freedom Front Plus (VF PLUS):": the name
        # before its letters
        phrase = phrase[:opening]
    if not phrase or len(phrase) > 4 or not phrase[0].is_capitalized:
        return None
    joined = [
        i
        for i, t in enumerate(phrase)
        if t.low in _NAME_JOINERS
        and 0 < i < len(phrase) - 1
        and phrase[i - 1].end == t.start == phrase[i + 1].start - len(t.text)
    ]
    words_ = [t for i, t in enumerate(phrase) if i not in joined]
    named = all(t.is_capitalized for t in words_) or (
        words_[-1].low in CONTENDER_NOUNS and any(t.is_capitalized for t in words_[:-1])
    )
    if not named or any(t.low in _NOT_LABELS for t in words_):
        return None
    # "CDU/CSU: 28.6%": a name two parties' letters make, written without spaces
    return "".join(
        t.text if i == 0 or i in joined or i - 1 in joined else f" {t.text}"
        for i, t in enumerate(phrase)
    )


#: How far into its line a results line's label may run before its colon.
_LABEL_REACH: Final = 12


def line_label(tokens: Sequence[Token]) -> tuple[str, int] | None:
    """The contender a results line opens with, and where its colon stands, else ``None``.

    "- Samagi Jana Balawegaya: 1,968,716 votes (17.66%), total 40 seats": every figure
    of the line after the colon is the label's (:func:`fact_label` reads the label).

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> line_label(tokenize("- Unity Party: 1,200 votes (40%), total 12 seats"))
        ('Unity Party', 3)
        >>> line_label(tokenize("Turnout: 60%")) is None
        True
        >>> line_label(tokenize("Police said 300 people marched: a record.")) is None
        True
        >>> line_label(tokenize("STORY: Beating polls, the party won 35 of 150 seats")) is None
        True
    """
    colon = next((k for k in range(1, min(len(tokens), _LABEL_REACH)) if tokens[k].low == ":"), 0)
    if not (0 < colon < len(tokens) - 1 and tokens[colon + 1].is_number):
        return None  # "STORY: Beating all predictions, ...": a line of words, not figures
    label = fact_label(tokens, colon + 1)
    return (label, colon) if label is not None else None


#: Lowercase words that join a name's capitalized words: "Alternative for Germany".
_NAME_LINKS: Final = frozenset(words("for of"))
#: Lowercase particles inside a person's name: "Ursula von der Leyen", "Jan van Dijk".
_NAME_PARTICLES: Final = frozenset(
    words("von van der den de du da di del della dos das ter bin ibn")
)
#: Attributes of a count of weapons that say only how many there were.
_WEAPON_COUNTS: Final = frozenset(words("count total included fired"))
#: Marks that join two names into one with no space: "CDU/CSU", "SPD-Greens".
_NAME_JOINERS: Final = frozenset({"/", "-", "&"})


#: Marks that open a list's line.
LINE_BULLETS: Final = frozenset({"-", "*", "\u2022", "\u2013"})
#: Words of a fact box's label that name no contender: "Seats won: 412", "Turnout: 60%".
_NOT_LABELS: Final = frozenset(
    words("""seats seat won total majority turnout votes vote others other registered
    counting polling results result gain gains loss losses net change swing electorate
    margin share lead declared remaining undeclared counted""")
)


def _count_label(
    tokens: Sequence[Token], first: int, tables: FrameTables
) -> tuple[str, str] | None:
    """(subject, attribute) a fact box's line labels a count with, else ``None``.

    The label opens its line (past a bullet) and ends with the colon before the figure;
    a predicate in it says what the figure counts ("Personnel killed since 2013: 300"),
    else the figure counts what the label names ("Civilian staff: 1,786"). A contender's
    label is the seats reader's ("BJP: 240 seats").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def label(text):
        ...     t = tokenize(text)
        ...     return _count_label(t, len(t) - 1, frame_tables())
        >>> label("- Civilian staff: 1,786"), label("Personnel killed since 2013: 300")
        (('civilian staff', 'count'), ('personnel', 'killed'))
        >>> label("- BJP: 240") is None
        True
    """
    if first < 2 or tokens[first - 1].low != ":" or fact_label(tokens, first) is not None:
        return None
    start = 1 if tokens[0].low in LINE_BULLETS else 0
    label = tokens[start : first - 1]
    if not label or len(label) > 6 or not _is_word(label[0]):
        return None
    if any(not (_is_word(t) or t.is_number) for t in label):
        return None
    words_ = [t.low for t in label]
    for i, word in enumerate(words_):
        if word in tables.predicates:
            return " ".join(words_[:i]) or "people", tables.predicates[word]
    return " ".join(words_), "count"


def holder_of_bare_result(tokens: Sequence[Token], first: int, last: int) -> str | None:
    """The contender a bare figure of a result belongs to, if the words make it one.

    After a count of seats or votes, "while the ruling Unionists were restricted to
    101" and "The Unionists ended with 104, and the Liberal Front with 64" give each
    name the same count: the figure follows "to", "on", "with" or "at", ends its
    clause, and its clause names its holder. Nothing else is read here; the caller
    knows whether a held count stands before.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The Unionists ended with 104, and the Liberal Front with 64.")
        >>> holder_of_bare_result(t, 4, 5), holder_of_bare_result(t, 11, 12)
        ('Unionists', 'Liberal Front')
        >>> holder_of_bare_result(tokenize("The Unionists ended with 104 days."), 4, 5) is None
        True
        >>> t = tokenize("The NDA won 293 seats and the INDIA bloc 234.")
        >>> holder_of_bare_result(t, 9, 10)
        'INDIA bloc'
        >>> t = tokenize("It gives the Liberals 170 seats, with the Bloc now down to 21.")
        >>> holder_of_bare_result(t, 13, 14)
        'Bloc'
        >>> t = tokenize("Labour were forecast to secure just 239 - 17 fewer than before.")
        >>> holder_of_bare_result(t, 6, 7)
        'Labour'
    """
    if (
        last < len(tokens)
        and tokens[last].low not in _CLAUSE_ENDS
        and not (tokens[last].low in _DASHES and not in_a_word(tokens, last))
    ):
        return None  # "ended with 104 days"; a dash opens an aside: "just 239 - 17 fewer"
    if first >= 2 and tokens[first - 1].low == ":":
        return fact_label(tokens, first)  # "- NDA alliance: 293" after "- BJP: 240 seats"
    if first == 0:
        return None
    verb = first - 1
    while verb > 0 and tokens[verb].low in _BARE_HEDGES:
        verb -= 1
    if frame_tables().predicates.get(tokens[verb].low) == _WON:
        # "Labour were forecast to secure just 239": the figure is the object of a verb
        # of winning, its holder the clause's subject
        return nearest_clause_subject(tokens, 0, first)
    if tokens[first - 1].low not in _RESULT_LINKS:
        # "won 293 seats and the INDIA bloc 234", "while Congress leads in 98": the name
        # straight before the figure, its verb left out or one of leading
        return _elided_holder(tokens, first, 0)
    lo = max(0, first - _CLAUSE_REACH)
    start = next((k + 1 for k in range(first - 1, lo - 1, -1) if tokens[k].low in _NEW_CLAUSE), lo)
    if any(t.low in _FIGURE_NAMES for t in tokens[start:first]):
        return None  # "Labour's majority stands at 174": the clause names its figure
    return _elided_holder(tokens, first, 0) or nearest_clause_subject(tokens, 0, first)


def _elided_holder(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The name a bare figure of a held count is given to: "and the Greens to 36".

    The name stands just before the figure, after "and", "while" or a comma.
    """
    end = first
    while end - 1 >= lo and tokens[end - 1].low in _ELIDED_LINKS:
        end -= 1
    end = before_brackets(tokens, end - 1) + 1  # "and The Left (Die Linke) 8.8%"
    name = name_ending_at(tokens, end, lo)
    if name is None and end - 1 >= lo and tokens[end - 1].low in CONTENDER_NOUNS:
        owner = name_ending_at(tokens, end - 1, lo)
        # "the INDIA bloc 234": the name with its noun; "with the coalition on 57": the
        # article's contender
        name = f"{owner} {tokens[end - 1].text}" if owner else tokens[end - 1].low
    if name is None:
        return None
    k = end - len(name.split()) - 1
    if k >= lo and tokens[k].low == "the":
        k -= 1
    if k >= lo and tokens[k].low not in ("and", "while", "whereas", ",", ";", ":", "with"):
        return None
    return name


#: Verbs and auxiliaries between a contender and the seats it wins: "Labour to win".
_WINNING_WORDS: Final = frozenset(
    words("""win wins won winning take takes took taking secure secures secured would
    will could might may to""")
)


def _winner_named(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The name just before the verb that wins a held count: "forecast Labour to win 410".

    "The exit poll forecast Labour to win 410 seats", "suggested Labour would win 410":
    the clause's grammatical subject is the poll; the winner is the name before "to
    win" or "would win".
    """
    end = first
    while end - 1 >= lo and tokens[end - 1].low in _WINNING_WORDS:
        end -= 1
    if end == first:
        return None
    end = _past_letters(tokens, end, lo)  # "the National Democratic Alliance (NDA) won"
    named = name_ending_at(tokens, end, lo)
    if named is None:
        return None
    return party_led_by(tokens, lo, end - len(named.split())) or named


def _percent_change(
    tokens: Sequence[Token], first: int, lo: int, tables: FrameTables
) -> tuple[str, str] | None:
    """(what changed, ``rise`` or ``fall``) for "cases rose by 40%", "prices fell 12%".

    The verb of change (``percent_changes``) stands right before the figure or before
    "by"; the noun before the verb is what changed ("change" when none is named). A
    noun of change before "of" ("a loss of 5.6 points", ``percent_change_nouns``) names
    no one: the change of the share just given.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> def change(text):
        ...     t = tokenize(text)
        ...     return _percent_change(t, next(i for i, x in enumerate(t) if x.is_number), 0,
        ...                            frame_tables())
        >>> change("Cases rose by 40%."), change("It won, with losses of 5.6 points.")
        (('cases', 'rise'), ('change', 'fall'))
        >>> change("an increase of 12.7 percentage points"), change("a share of 5%")
        (('change', 'rise'), None)
        >>> change("It won, increasing its share by 12.6 points.")
        ('change', 'rise')
    """
    k = first - 1
    if k - 1 >= lo and tokens[k].low == "of" and tokens[k - 1].low in tables.percent_change_nouns:
        return "change", tables.percent_change_nouns[tokens[k - 1].low]
    if k >= lo and tokens[k].low == "by":
        k -= 1
        if (
            k - 2 >= lo
            and tokens[k - 1].low in _OWN
            and tokens[k - 2].low in tables.percent_changes
        ):
            # "increasing its strength by 12.6 points": the change of its own share
            return "change", tables.percent_changes[tokens[k - 2].low]
    if k < lo or tokens[k].low not in tables.percent_changes:
        return None
    direction = tables.percent_changes[tokens[k].low]
    j = k - 1
    while j >= lo and tokens[j].low in (
        "have", "has", "had", "also", "sharply", "steadily", "was", "were", "is", "are"
    ):  # fmt: skip
        j -= 1
    named = j >= lo and _is_word(tokens[j]) and tokens[j].low not in FUNCTION_WORDS
    return (tokens[j].low if named else "change"), direction


#: Owners before the object a verb of change moves: "increasing its share by 12 points".
_OWN: Final = frozenset(words("its their his her"))
#: Units of a change of a share: "up 1.6 points", "a loss of 5.6 percentage points".
_POINTS: Final = frozenset(words("points point pts"))
#: The changes of a share, whose level may follow ("lost 11.1 points to 26.3%").
_SHARE_CHANGES: Final = frozenset(
    words("share_gained share_lost vote_share_gained vote_share_lost")
)


def _name_that_moved(
    tokens: Sequence[Token], first: int, lo: int, tables: FrameTables
) -> str | None:
    """The name whose figure a verb of change right before it moved, else ``None``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The OVP lost 11.1 points to 26.3%.")
        >>> _name_that_moved(t, 3, 0, frame_tables())
        'OVP'
        >>> _name_that_moved(tokenize("Support fell 3 points."), 2, 0, frame_tables()) is None
        True
    """
    k = first - 1
    if k >= lo and tokens[k].low == "by":
        k -= 1
    if k < lo or tokens[k].low not in tables.percent_changes:
        return None
    j = k - 1
    while j >= lo and tokens[j].low in _BEFORE_VERB:
        j -= 1
    if j < lo or not tokens[j].is_capitalized:
        return None
    named = name_ending_at(tokens, j + 1, lo)
    if named is None:
        return None
    start = j + 1 - len(named.split())
    # a lone capitalized word opening the sentence may be any noun ("Support fell")
    return named if start > lo or " " in named or named.isupper() else None


def _subject_head(tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """The noun a figure is the value of, read back to the head of its phrase.

    "turnout was 61.4%" and "Turnout in Thursday's election was 61.4%" both give
    "turnout": a phrase after "in", "of" or "at" only places the noun before it.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Turnout in this year's parliamentary elections reached 84%.")
        >>> _subject_head(t, 0, 7)
        'turnout'
    """
    named = _named_before(tokens, first, lo)
    if named is None:
        return None
    k = first - 1
    while k >= lo and tokens[k].low in _LINKS:
        k -= 1
    head = named
    # "The turnout on the day of the election was 78.2%": each phrase places the noun
    # before it, back to the head of the first
    for _ in range(_MOST_PLACING_PHRASES):
        j = k - 1
        while j >= lo and (tokens[j].is_capitalized or tokens[j].low.endswith("'s")
                           or tokens[j].low in ("the", "a", "this", "last")):  # fmt: skip
            j -= 1
        if j >= lo and tokens[j].low not in _PLACING_WORDS:
            # "Turnout in this year's parliamentary elections reached 84%": lowercase
            # words that describe the noun the phrase places it by
            m = j
            while (
                m > lo
                and j - m < 4
                and tokens[m].low not in _PLACING_WORDS
                and (tokens[m].text[:1].isalpha() and tokens[m].low not in _NP_STOPS)
            ):
                m -= 1
            if tokens[m].low in _PLACING_WORDS:
                j = m
        if not (j - 1 >= lo and tokens[j].low in _PLACING_WORDS and _is_word(tokens[j - 1])):
            break
        if tokens[j - 1].low in FUNCTION_WORDS or (
            head != named and tokens[j - 1].low in _MEASURE_HEADS
        ):
            break  # "the share of votes for the Greens": the measure says what of nothing
        head, k = tokens[j - 1].low, j - 1
    return head


#: Prepositions whose phrase places the noun before it: "turnout in the UK".
_PLACING_WORDS: Final = frozenset(words("in of at for on during"))
#: Heads that name a measure of what their phrase names, not a thing: "the share of votes".
_MEASURE_HEADS: Final = frozenset(words("share proportion percentage rate number total"))
#: How many placing phrases in a row a subject's head is read back across.
_MOST_PLACING_PHRASES: Final = 3


def _share_name_ending(
    tokens: Sequence[Token], lo: int, first: int, head: str, tables: FrameTables
) -> str:
    """The share name of up to three words ending in ``head`` just before a figure's links.

    "the participation rate was 52%" names the turnout as "the turnout rate" does; a
    rate the table does not know stays ``head``.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The participation rate was 52 percent.")
        >>> _share_name_ending(t, 0, 4, "rate", frame_tables())
        'participation rate'
        >>> _share_name_ending(tokenize("The rate was 52%."), 0, 3, "rate", frame_tables())
        'rate'
    """
    k = first - 1
    while k >= lo and tokens[k].low in _LINKS:
        k -= 1
    if k < lo or tokens[k].low != head:
        return head
    for size in (3, 2):
        if k - size + 1 >= lo:
            name = " ".join(t.low for t in tokens[k - size + 1 : k + 1])
            if name in tables.share_names:
                return name
    return head


def _named_before(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The noun a figure is the value of, before a linking verb: "turnout was 61%"."""
    k = first - 1
    if k - 1 >= lo and tokens[k].low in _FIGURE_DESCRIPTORS and tokens[k - 1].low in ("a", "an"):
        k -= 2  # "turnout was a record 73.9 percent"
    while k >= lo and (
        tokens[k].low in _LINKS
        # "Turnout was up, at 71.31 percent": a comma between two links
        or (
            tokens[k].low == ","
            and k - 1 >= lo
            and tokens[k - 1].low in _LINKS
            and tokens[k + 1].low in _LINKS
        )
    ):
        k -= 1
    # a noun just before a range names it as a link would: "put turnout between 60% and 62%"
    linked = k < first - 1 or (first < len(tokens) and tokens[first].low == "between")
    if k < lo or not linked or not _is_word(tokens[k]) or tokens[k].low in FUNCTION_WORDS:
        return None
    return tokens[k].low


#: "13 votes in favour", "two votes against": the side of a vote a count of votes took.
_VOTE_NOUNS: Final = frozenset(words("votes vote ballots ballot"))
_VOTE_SIDES: Final = {
    "favour": "voted_for",
    "favor": "voted_for",
    "for": "voted_for",
    "support": "voted_for",
    "against": "voted_against",
}
#: Words that make "N to M" or "N-M" a tally of votes.
_TALLY_CONTEXT: Final = frozenset(
    words("""voted vote votes ballot tally passed adopted approved rejected defeated passes
    adopts approves rejects""")
)


#: Marks that open an aside, and the mark that closes each.
_ASIDE_CLOSERS: Final = {"-": "-", "\u2013": "\u2013", "\u2014": "\u2014", "(": ")"}
#: The most tokens an aside between a figure and its side holds.
_ASIDE_REACH: Final = 12


def _side_past_aside(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """The side of a tally a word after the figure names, past an aside set off by dashes.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("and 14 - including Israel and the US - against.")
        >>> _side_past_aside(t, 2, len(t)), _side_past_aside(tokenize("and 14 more"), 2, 3)
        ('voted_against', None)
    """
    k = last
    if k < hi and tokens[k].low in _ASIDE_CLOSERS:
        closer = _ASIDE_CLOSERS[tokens[k].low]
        k = next(
            (j + 1 for j in range(k + 1, min(hi, k + _ASIDE_REACH)) if tokens[j].low == closer),
            k,
        )
    return _VOTE_SIDES.get(tokens[k].low) if k < hi else None


#: Words after a figure that make it a difference from another: "17 fewer than".
_DIFFERENCE_WORDS: Final = frozenset(words("fewer more less higher lower up down short"))


def _dash_to_a_difference(tokens: Sequence[Token], dash: int, hi: int) -> bool:
    """Whether a dash opens an aside of a difference: "just 239 - 17 fewer than before".

    The figure after it is compared, not a side of a tally ("voted 239-17").
    """
    return tokens[dash].low == "-" and dash + 2 < hi and tokens[dash + 2].low in _DIFFERENCE_WORDS


def tally_side(
    tokens: Sequence[Token],
    mention: QuantityMention,
    mentions: Sequence[QuantityMention],
    lo: int,
    hi: int,
) -> str | None:
    """``voted_for``, ``voted_against`` or ``abstained`` for a side of a tally.

    "Voted 12 to 1", "by 13 votes to one"; in a fact box, the side a label before a
    colon names: "Votes in favour: 121", "Against: 14", "Abstentions: 44".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> from reconcile.extract._numbers import scan_numbers
        >>> def side(text):
        ...     t = tokenize(text)
        ...     m = scan_numbers(text, t)
        ...     return tally_side(t, m[-1], m, 0, len(t))
        >>> side("Votes in favour: 121."), side("Against: 14."), side("Abstentions: 44.")
        ('voted_for', 'voted_against', 'abstained')
        >>> side("The council voted 12 to 1."), side("Ratio: 3.") is None
        ('voted_against', True)
        >>> side("Their tally fell to 239 - 17 fewer than before.") is None
        True
    """
    labelled = _labelled_side(tokens, mention.first, 0)  # a colon bounds the clause
    if labelled is not None:
        return labelled
    j = (
        mention.last + 1
        if mention.last < hi and tokens[mention.last].low in ("that", "who")
        else mention.last
    )
    # "10 that voted no", "14 who voted against" ("no." ends a sentence as one token)
    answer = tokens[j + 1].low.rstrip(".") if j + 1 < hi and tokens[j].low == "voted" else ""
    if answer in _ANSWER_SIDES:
        return _ANSWER_SIDES[answer]
    if not names_any(tokens[lo:hi], _TALLY_CONTEXT):
        return None
    after = mention.last
    if after < hi and tokens[after].low in _VOTE_NOUNS:
        after += 1  # "by 10 votes to 2"
    if (
        after + 1 < hi
        and tokens[after].low in ("to", "-")
        and (
            tokens[after + 1].is_number
            or tokens[after + 1].low in UNITS
            or tokens[after + 1].low == "none"
        )
        and not _dash_to_a_difference(tokens, after, hi)
    ):
        # "by 13 votes to one": the first side, the votes for unless the verb says the
        # body decided against and this is the larger side
        other = next((m for m in mentions if m.first == after + 1), None)
        if other is None:
            return "voted_for"  # "by 13 votes to none"
        values = (mention.value.point, other.value.point)
        return tally_sides(tokens, (mention.first, other.last), values, lo=lo, hi=hi)[0]
    before = mention.first - 1
    side_end = before - 1 if before - 1 >= lo and tokens[before - 1].low in _VOTE_NOUNS else before
    if (
        before - 1 >= lo
        and tokens[before].low in ("to", "-")
        and not _dash_to_a_difference(tokens, before, hi)
    ):
        other = next((m for m in mentions if m.last == side_end), None)
        if other is not None:
            values = (other.value.point, mention.value.point)
            return tally_sides(tokens, (other.first, mention.last), values, lo=lo, hi=hi)[1]
    return None


def tally_sides(
    tokens: Sequence[Token],
    span: tuple[int, int],
    values: Sequence[float | None],
    *,
    lo: int,
    hi: int,
) -> tuple[str, ...]:
    """The side each figure of a tally counts, in the order the tally gives them.

    A body's decision names the side that won, and a vote carries by a majority, so of
    two figures the larger is the side the verb names, whatever order the tally is
    written in: "rejected the deal by 391 votes to 242" and "voted 391-242 against"
    count 391 against. With no such verb, or three figures, the order is for, against,
    abstaining, as "adopted by 13 votes to one" and "voted 13-1-1" have it.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("MPs rejected the deal by 391 votes to 242.")
        >>> tally_sides(t, (5, 9), (391, 242), lo=0, hi=len(t))
        ('voted_against', 'voted_for')
        >>> t = tokenize("The council voted 12 to 1.")
        >>> tally_sides(t, (3, 6), (12, 1), lo=0, hi=len(t))
        ('voted_for', 'voted_against')
    """
    order = _TALLY_ORDER[: len(values)]
    a, b = (values[0], values[1]) if len(values) == 2 else (None, None)
    if a is None or b is None or a == b:
        return order
    way = _decided(tokens, span, lo, hi)
    if way is None:
        return order
    won, lost = (
        ("voted_for", "voted_against") if way == "passed" else ("voted_against", "voted_for")
    )
    return (won, lost) if a > b else (lost, won)


#: The sides of a tally in the order it gives them when nothing says otherwise.
_TALLY_ORDER: Final = ("voted_for", "voted_against", "abstained")


#: How far after a figure "as <role>" may stand: "100 countries had signed on as".
_ROLE_REACH: Final = 6


def as_role(tokens: Sequence[Token], last: int, tables: FrameTables) -> str | None:
    """The role a counted group took, named after "as": "signed on as co-sponsors".

    The roles are the agent nouns of the frame lexicon (``agent_nouns``), so that "100
    countries joined as co-sponsors" and "co-sponsored by 97 countries" ask one question.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("More than 100 countries had signed on as co-sponsors.")
        >>> as_role(t, 3, frame_tables())
        'co-sponsors'
        >>> as_role(tokenize("100 people served as volunteers."), 1, frame_tables()) is None
        True
    """
    roles = tables.agent_roles
    for k in range(last, min(len(tokens) - 1, last + _ROLE_REACH)):
        low = tokens[k].low
        if low in (".", ";", ",") or (k > last and is_figure(tokens[k])):
            return None
        if low != "as":
            continue
        joined = _co_joined(tokens, k + 1)  # "as co-sponsors"
        word = f"co-{tokens[k + 3].low}" if joined else tokens[k + 1].low
        return word if word in roles else None
    return None


def _co_joined(tokens: Sequence[Token], k: int) -> bool:
    """Whether "co", a hyphen and a word start at token ``k``: "co-sponsors" is three."""
    return k + 2 < len(tokens) and tokens[k].low == "co" and tokens[k + 1].low == "-"


#: What a verb of taking a side is taken of, right after it: "opposed it", "backed the".
_VOTED_OBJECTS: Final = frozenset(words("it them the this that"))


def body_fate(
    tokens: Sequence[Token], first: int, end: int, lo: int, hi: int, *, tables: FrameTables
) -> str | None:
    """What a count of bodies counts when not the toll: "have been retrieved", "identified".

    A word of the table's ``body_fates`` after "bodies" in its clause, or before the
    figure ("the recovery of all 179 bodies", "officials identified 18 bodies").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Six bodies have been retrieved.")
        >>> body_fate(t, 0, 2, 0, len(t), tables=frame_tables())
        'recovered'
        >>> t = tokenize("Officials had identified 18 bodies.")
        >>> body_fate(t, 3, 5, 0, len(t), tables=frame_tables())
        'identified'
        >>> t = tokenize("Six bodies lay in the morgue.")
        >>> body_fate(t, 0, 2, 0, len(t), tables=frame_tables()) is None
        True
    """
    for t in reversed(tokens[max(lo, first - 4) : first]):
        if t.low in tables.body_fates:
            return tables.body_fates[t.low]  # "rescuers pulled four bodies"
    for j in range(end, min(hi, end + 5)):
        low = tokens[j].low
        if low in tables.body_fates:
            return tables.body_fates[low]
        if low in (",", ";", "."):
            return None
    return None


def _agent_counted(tokens: Sequence[Token], first: int, lo: int, tables: FrameTables) -> str | None:
    """The noun a figure's agents are counted as: "co-sponsored by 90 countries".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("It was co-sponsored by 90 countries.")
        >>> _agent_counted(t, 6, 0, frame_tables())
        'co-sponsors'
    """
    if first - 2 < lo or tokens[first - 1].low != "by":
        return None
    verb = tokens[first - 2].low
    if first - 4 >= lo and _co_joined(tokens, first - 4):
        verb = f"co-{verb}"  # "co-sponsored"
    return tables.agent_nouns.get(verb)


def _won_by(
    tokens: Sequence[Token], first: int, last: int, bounds: tuple[int, int], tables: FrameTables
) -> bool:
    """Whether the figure at ``[first, last)`` is a margin: "lost by 230 votes".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The government lost by 230 votes.")
        >>> _won_by(t, 4, 5, (0, len(t)), frame_tables())
        True
        >>> t = tokenize("The deal was backed by 230 votes.")
        >>> _won_by(t, 5, 6, (0, len(t)), frame_tables())
        False
    """
    lo, hi = bounds
    if first - 2 < lo or tokens[first - 1].low != "by" or last >= hi:
        return False
    if tokens[last].low not in tables.margin_units:
        return False
    verb = first - 2
    if verb > lo and tokens[verb].low.endswith("ly"):
        verb -= 1  # "lost narrowly by three votes"
    return tokens[verb].low in tables.margin_verbs


#: How far back the verb a tally tells the outcome of may stand, in tokens.
_TALLY_VERB_REACH: Final = 40


def _decided(tokens: Sequence[Token], span: tuple[int, int], lo: int, hi: int) -> str | None:
    """``passed`` or ``rejected``: which way the body decided whose tally is ``span``.

    The words right after the tally say it ("391-242 against", "13 to 2 in favour",
    "voted 51-49 to reject"), or else the nearest verb before it.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("MPs rejected the deal by 391 votes to 242.")
        >>> _decided(t, (5, 9), 0, len(t))
        'rejected'
        >>> t = tokenize("The Senate voted 51-49 to approve the nominee.")
        >>> _decided(t, (3, 6), 0, len(t)), _decided(tokenize("It was 3-1."), (2, 5), 0, 5)
        ('passed', None)
    """
    start, end = span
    phrases = frame_tables().tally_verbs
    j = end
    if j < hi and tokens[j].low in _VOTE_NOUNS:
        j += 1
    if j < hi and tokens[j].low == "against":
        return "rejected"
    if j < hi and (
        tokens[j].low == "for"
        or (tokens[j].low == "in" and j + 1 < hi and tokens[j + 1].low in ("favour", "favor"))
    ):
        return "passed"
    if j + 1 < hi and tokens[j].low == "to":
        # "voted 51-49 to reject": the infinitive after the tally, as the lexicon's
        # "voted to reject" has it
        way = phrases.get(("voted", "to", tokens[j + 1].low))
        if way is not None:
            return way
    for k in range(start - 1, max(lo, start - _TALLY_VERB_REACH) - 1, -1):
        low = tokens[k].low
        if low in (".", ";"):
            break
        for phrase, way in phrases.items():
            n = len(phrase)
            # the last word first: most phrases end in another, and no tuple is built
            if (
                phrase[-1] == low
                and k - n + 1 >= lo
                and tuple(t.low for t in tokens[k - n + 1 : k + 1]) == phrase
            ):
                return way
    return None


#: The answers a relative clause's vote is cast by: "10 that voted no".
_ANSWER_SIDES: Final = {"yes": "voted_for", "no": "voted_against", "for": "voted_for",
                        "against": "voted_against"}  # fmt: skip
#: The words of a fact box's label that name a side of a tally.
_LABEL_SIDES: Final = {
    **_VOTE_SIDES,
    **dict.fromkeys(words("abstentions abstention abstained abstaining"), "abstained"),
}


def _labelled_side(tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The side a label before a colon names for the figure at ``first``, else ``None``.

    A dash set off by spaces labels the figure after it as a colon does when the words
    before it name the votes ("the largest number of votes in favor - 12 in total");
    "12 in favour - 3 against" names no votes before its dash.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("It had the most votes in favor - 12 in total.")
        >>> _labelled_side(t, 8, 0), _labelled_side(tokenize("12 in favour - 3 against"), 4, 0)
        ('voted_for', None)
    """
    if first - 1 <= lo:
        return None
    mark = tokens[first - 1]
    dashed = mark.low in _DASHES and not in_a_word(tokens, first - 1)
    if mark.low != ":" and not dashed:
        return None
    label = tokens[max(lo, first - 6) : first - 1]
    if dashed and not any(t.low in _VOTE_NOUNS for t in label):
        return None
    for k in range(first - 2, max(lo - 1, first - 6), -1):
        side = _LABEL_SIDES.get(tokens[k].low)
        if side is not None:
            return side
        if not tokens[k].text.isalpha():
            return None
    return None


#: Verbs that make the figure after them the number of the noun before: "the
#: survivors are 104", "the passengers numbered 750".
_COPULAR_COUNTING: Final = frozenset(words("are were number numbered total totalled totaled"))


def _counted_by_copula(
    tokens: Sequence[Token], first: int, last: int, lo: int, tables: FrameTables
) -> tuple[str, str] | None:
    """(subject, predicate) of "the survivors are 104", "the passengers were 750".

    A plural of people that says what they are (``copula_counts``) opens the clause,
    and a verb of being or numbering stands right before the figure: the figure is how
    many of them there are.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("The survivors are 104, the coast guard said.")
        >>> _counted_by_copula(t, 3, 4, 0, frame_tables())
        ('people', 'rescued')
        >>> _counted_by_copula(tokenize("The rooms are 104."), 3, 4, 0, frame_tables()) is None
        True
        >>> t = tokenize("Among the dead were four children.")
        >>> _counted_by_copula(t, 4, 5, 0, frame_tables()) is None
        True
    """
    if first - 2 < lo or tokens[first - 1].low not in _COPULAR_COUNTING:
        return None
    if last < len(tokens) and _is_word(tokens[last]) and tokens[last].low not in FUNCTION_WORDS:
        return None  # "among the dead were four children": the children are counted
    if any(t.low in ("among", "of") for t in tokens[lo:first]):
        return None  # a part of the dead, not how many died
    noun = tokens[first - 2].low
    if noun not in tables.copula_counts:
        return None
    if first - 3 >= lo and tokens[first - 3].low not in ("the", "all", ","):
        return None
    return _PEOPLE, tables.copula_counts[noun]


def _quake_after(tokens: Sequence[Token], last: int, hi: int, tables: FrameTables) -> bool:
    """A decimal figure right before a quake word: "a 6.7 aftershock"."""
    for k in range(last, min(hi, last + 3)):
        low = tokens[k].low
        if tables.events.get(low) == "earthquake":
            return True
        if low in FUNCTION_WORDS:
            return False
    return False


def _unnamed_by_age(tokens: Sequence[Token], mention: QuantityMention) -> str:
    """Who an unnamed person is, by the age given: "an eight-year-old girl" -> "person aged 8".

    Without a name, two ages ("an 8-year-old girl", "an 11-year-old boy") are of two
    people, never one person's disputed age; the age is part of who they are, so reports
    of the same child meet ("a 7-year-old girl", "a 7-year-old Bedouin girl") and no two
    people's ages contradict.

    Examples:
        >>> from reconcile.extract._numbers import scan_numbers
        >>> from reconcile.extract._text import tokenize
        >>> def who(text):
        ...     t = tokenize(text)
        ...     return _unnamed_by_age(t, scan_numbers(text, t)[0])
        >>> who("An eight-year-old girl was killed."), who("A man, 45, was hurt.")
        ('person aged 8', 'person aged 45')
    """
    point = mention.value.point
    return f"person aged {point:g}" if point is not None else f"person aged {mention.text}"


def _name_before(text: str, tokens: Sequence[Token], first: int, lo: int) -> str | None:
    """The person an apposed age belongs to: "Taha Shadkam, 6"."""
    k = first - 1
    if k >= lo and tokens[k].low == ",":
        k -= 1
    j = k
    while j >= lo and tokens[j].is_capitalized and k - j < 3:
        j -= 1
    while j < k and (tokens[j + 1].low in FUNCTION_WORDS or tokens[j + 1].low in UNITS):
        j += 1  # "A 7-year-old girl", "Three 15-year-old boys": no name's word
    if j == k:
        return None
    return text[tokens[j + 1].start : tokens[k].end]


def _of_phrase(tokens: Sequence[Token], last: int, hi: int) -> str | None:
    """The noun phrase after "of" at ``last``: "33.7% of the vote (nationally)" -> vote.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("Labour won 33.7% of the vote nationally.")
        >>> _of_phrase(t, 4, len(t))
        'vote'
    """
    k = last
    if k < hi and tokens[k].low == "of":
        k += 1
        while k < hi and tokens[k].low in ("the", "a", "an", "all", "its", "their"):
            k += 1
        np, _ = _noun_phrase(tokens, k, hi)
        while len(np) > 1 and np[-1].low in _SCOPE_ADVERBS:
            np = np[:-1]  # "of the vote nationally": where the share holds, not of what
        if np:
            return " ".join(t.low for t in np)
    return None


#: Adverbs that close a share's whole with where or how it holds: "of the vote nationally".
_SCOPE_ADVERBS: Final = frozenset(
    words("nationally nationwide countrywide overall combined altogether respectively")
)


def _sum_named_of(tokens: Sequence[Token], sign: int, lo: int) -> str | None:
    """The noun a sum after "of" is the size of: "compensation of Rs 10 lakh each".

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("It announced compensation of Rs 10 lakh each.")
        >>> _sum_named_of(t, 4, 0), _sum_named_of(tokenize("one of $5"), 2, 0)
        ('compensation', None)
    """
    noun = _noun_before_of(tokens, sign, lo)
    return None if noun is None else noun.low


def _noun_before_of(tokens: Sequence[Token], first: int, lo: int) -> Token | None:
    """The noun of "<noun> of" just before token ``first`` ("a toll of", "compensation of")."""
    k = first - 1
    if k - 1 < lo or tokens[k].low != "of":
        return None
    noun = tokens[k - 1]
    if not _is_word(noun) or noun.low in FUNCTION_WORDS or noun.low in _NOT_NAMING:
        return None
    return noun


def _currency(tokens: Sequence[Token], first: int, last: int, tables: FrameTables) -> str:
    """The currency of a sum, else ``money``.

    A sign or word before, inside or after it: "between $3 billion and $5 billion",
    "4 billion euros".
    """
    for k in range(first - 1, min(len(tokens), last + 2)):
        if k >= 0 and tokens[k].low in tables.currencies:
            prefix = tokens[k - 1] if k >= 1 and tokens[k].low == "$" else None
            if prefix is not None and prefix.end == tokens[k].start:
                # "A$320 million", "HK$5": the dollar of the country the letters name
                return tables.dollar_prefixes.get(prefix.low, tables.currencies["$"])
            return tables.currencies[tokens[k].low]
    return "money"


_CLOCK: Final = re.compile(r"(\d{1,2})[:.](\d{2})")
_MERIDIEM: Final = {"a.m.": 0, "am": 0, "a.m": 0, "p.m.": 12, "pm": 12, "p.m": 12}
#: Time zones written after a clock time; "cat" and "eat" are words, so not here.
_ZONES: Final = frozenset(
    words("gmt utc local et est edt pst pdt cst cdt mst mdt cet cest bst ist eet eest msk jst sast")
)


def clock_times(tokens: Sequence[Token], lo: int, hi: int) -> list[tuple[int, int, float, bool]]:
    """Clock times among ``tokens[lo:hi]``: (first, last, hours after midnight, is_utc).

    "15:04", "3:00 p.m.", "4:17 a.m. local time", "1130 GMT", "0500 Moscow time", "5 p.m.".
    A bare "10.30" or "12:40" with no meridiem, zone or "at" before it is no clock time.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> t = tokenize("It ended by 0500 Moscow time (0200 GMT) on Friday.")
        >>> clock_times(t, 0, len(t))
        [(3, 6, 5.0, False), (7, 9, 2.0, True)]
        >>> t = tokenize("The 2050 Moscow Plan won.")
        >>> clock_times(t, 0, len(t))
        []
    """
    out: list[tuple[int, int, float, bool]] = []
    k = lo
    while k < hi:
        t = tokens[k]
        if not t.is_number and not t.text.isdecimal():
            k += 1  # a clock time starts with digits: most tokens are words
            continue
        nxt = tokens[k + 1].low if k + 1 < hi else ""
        # "0500 Moscow time", "0417 local time": a place's or the local clock
        placed = (
            k + 2 < hi
            and tokens[k + 2].low == "time"
            and (nxt == "local" or (tokens[k + 1].is_capitalized and tokens[k + 1].text.isalpha()))
            # "since 2014 Kyiv time has been used": a year, unless "at" makes it a clock
            and (
                not (t.text.isdecimal() and 1900 <= int(t.text) <= 2099)
                or (k > lo and tokens[k - 1].low == "at")
            )
        )
        hours: float | None = None
        span = 1
        m = _CLOCK.fullmatch(t.text)
        if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
            hours = int(m.group(1)) + int(m.group(2)) / 60
        elif (
            t.text.isdecimal()
            and len(t.text) == 4
            and (nxt in ("gmt", "utc", "hrs", "hours") or placed)
        ):
            hh, mm = int(t.text[:2]), int(t.text[2:])
            if hh < 24 and mm < 60:
                hours = hh + mm / 60
        elif t.text.isdecimal() and len(t.text) <= 2 and nxt in _MERIDIEM:
            hours = float(int(t.text))
        if hours is None:
            k += 1
            continue
        if nxt in _MERIDIEM:
            span = 2
            if hours < 12:
                hours += _MERIDIEM[nxt]
        elif (
            nxt not in _ZONES
            and not placed
            and not (k > lo and tokens[k - 1].low in ("at", "around", "by"))
        ):
            k += 1
            continue
        utc = False
        j = k + span
        if placed and nxt != "local":
            j += 2  # "Moscow time": the place's clock, read as a local time
        while j < hi and j < k + span + 2 and tokens[j].low in _ZONES | {"time"}:
            utc = utc or tokens[j].low in ("gmt", "utc")
            j += 1
        out.append((k, j, round(hours, 3), utc))
        k = j
    return out


def entry_stamp(tokens: Sequence[Token]) -> int:
    """How many tokens a live page's entry time takes at a sentence's start, else 0.

    "03:45 - With 560 of 600 seats declared, ...": the time the entry was posted, no
    time of anything the entry tells.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> [entry_stamp(tokenize(t)) for t in ("03:45 - Labour has 388.", "At 03:45 it fell.")]
        [1, 0]
    """
    if len(tokens) < 2 or tokens[1].text not in STAMP_MARKS:
        return 0
    m = _CLOCK.fullmatch(tokens[0].text)
    return 1 if m and int(m.group(1)) < 24 and int(m.group(2)) < 60 else 0


STAMP_MARKS: Final = frozenset({"-", "\u2013", "\u2014", "|"})


def written_tallies(tokens: Sequence[Token]) -> list[tuple[int, int, tuple[int, ...]]]:
    """Tallies written as a score in a sentence about a vote: "passed 13-0", "13-1-1".

    Returns (first, last, sides): votes for, against and, in a three-part score,
    abstentions; the number scanner leaves such scores alone, since out of a vote they
    are results of games.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> written_tallies(tokenize("The vote was 13-1-1, and then 12-2."))
        [(3, 8, (13, 1, 1)), (11, 14, (12, 2))]
    """
    if not any(t.low in _TALLY_CONTEXT for t in tokens):
        return []
    out: list[tuple[int, int, tuple[int, ...]]] = []
    k = 0
    while k < len(tokens):
        sides = [k]
        while len(sides) < 3 and _score_dash(tokens, sides[-1]):
            sides.append(sides[-1] + 2)
        if len(sides) >= 2 and all(_score_part(tokens[m]) for m in sides):
            out.append((k, sides[-1] + 1, tuple(int(tokens[m].text) for m in sides)))
            k = sides[-1] + 1
            continue
        k += 1
    return out


def _score_part(token: Token) -> bool:
    return token.text.isdecimal() and len(token.text) <= 3


def _score_dash(tokens: Sequence[Token], k: int) -> bool:
    """Whether a dash joins the figure at ``k`` to the next, no space between."""
    if k + 2 >= len(tokens) or not _score_part(tokens[k]):
        return False
    dash, nxt = tokens[k + 1], tokens[k + 2]
    return (
        dash.text in ("-", "\u2013")
        and tokens[k].end == dash.start
        and dash.end == nxt.start
        and _score_part(nxt)
    )


def sole_votes(
    tokens: Sequence[Token], tables: FrameTables, *, words: AbstractSet[str] | None = None
) -> list[tuple[int, int, str]]:
    """Votes one member cast, named without a number: (first, last, side).

    "Marland cast the only vote against" is one vote against, "with the lone
    abstention of Brevia" one abstention: the tally "13-1, one abstention" in words.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> sole_votes(tokenize("Marland cast the only vote against."), frame_tables())
        [(2, 6, 'voted_against')]
        >>> sole_votes(tokenize("Only the United States voted against."), frame_tables())
        [(0, 6, 'voted_against')]
        >>> sole_votes(tokenize("It was the sole permanent member to abstain."), frame_tables())
        [(2, 8, 'abstained')]
        >>> sole_votes(tokenize("Only 3 members voted against."), frame_tables())
        []
    """
    if not tables.sole_votes or not names_any(tokens, tables.sole_words, words):
        return []
    out: list[tuple[int, int, str]] = []
    for k, word in enumerate(tokens):
        if word.low not in tables.sole_words:
            continue
        if k > 0 and tokens[k - 1].low in _THE:
            found = _longest_phrase_at(tokens, k + 1, tables.sole_votes)
            if found is not None:
                out.append((k - 1, found[0], found[1]))  # "the only vote against"
                continue
            # "the only permanent member to veto", "the sole country to abstain"
            j = k + 1
            while j < len(tokens) and tokens[j].low in tables.sole_member_describing:
                j += 1
            if (
                j + 1 < len(tokens)
                and tokens[j].low in tables.sole_member_nouns
                and tokens[j + 1].low == "to"
                and (found := _longest_phrase_at(tokens, j + 2, tables.sole_member_acts))
                is not None
            ):
                out.append((k - 1, found[0], found[1]))
            continue
        # "Only the US voted against", "with only Russia against": one named member
        j = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].low == "the")
        name_end = j
        while (
            name_end < len(tokens)
            and name_end - j < _SOLE_NAME_WORDS
            and tokens[name_end].text[:1].isupper()
        ):
            name_end += 1
        if name_end > j and (
            found := _longest_phrase_at(tokens, name_end, tables.sole_after_a_name)
        ):
            out.append((k, found[0], found[1]))
    return out


#: How many capitalized words a member's name after "only" may run to: "the United States".
_SOLE_NAME_WORDS: Final = 4


def _longest_phrase_at(
    tokens: Sequence[Token], k: int, phrases: Mapping[tuple[str, ...], str]
) -> tuple[int, str] | None:
    """The longest of ``phrases`` that starts at token ``k``: (its end, what it maps to)."""
    if not phrases:
        return None
    for size in range(max(len(phrase) for phrase in phrases), 0, -1):
        phrase = tuple(t.low for t in tokens[k : k + size])
        if len(phrase) == size and phrase in phrases:
            return k + size, phrases[phrase]
    return None


_THE: Final = frozenset(words("the its a"))
#: How many tokens either side of "unanimously" a word of the vote may stand.
_UNANIMOUS_REACH: Final = 6
_DENIALS: Final = frozenset(words("not never n't"))


def unanimous_votes(
    tokens: Sequence[Token], tables: FrameTables, *, words: AbstractSet[str] | None = None
) -> list[tuple[int, int, str, int]]:
    """Votes all members of a body of fixed size cast one way: (first, last, side, members).

    "The Security Council unanimously adopted the text" is the tally "15-0" in a word:
    15 votes for. A body whose size the data does not fix ("parliament unanimously
    backed it") gives none, nor does a sentence that counts the votes itself, nor
    unanimity denied ("the vote was not unanimous") or of no vote ("unanimous praise").

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> tables = frame_tables()
        >>> unanimous_votes(tokenize("The Security Council unanimously adopted it."), tables)
        [(3, 4, 'voted_for', 15)]
        >>> unanimous_votes(tokenize("Parliament unanimously adopted the bill."), tables)
        []
    """
    if not tables.fixed_bodies or not names_any(tokens, tables.unanimous_words, words):
        return []
    lows = [t.low for t in tokens]
    size = next(
        (
            members
            for name, members in tables.fixed_bodies.items()
            for k in range(len(lows) - len(name) + 1)
            if tuple(lows[k : k + len(name)]) == name
        ),
        None,
    )
    if size is None:
        return []
    out: list[tuple[int, int, str, int]] = []
    for k, low in enumerate(lows):
        if low not in tables.unanimous_words or _DENIALS & set(lows[max(0, k - 2) : k]):
            continue
        near = lows[max(0, k - _UNANIMOUS_REACH) : k + _UNANIMOUS_REACH + 1]
        if tables.unanimous_vote_words.isdisjoint(near):
            continue
        against = not tables.unanimous_against_words.isdisjoint(lows[k : k + _UNANIMOUS_REACH])
        out.append((k, k + 1, "voted_against" if against else "voted_for", size))
    return out[:1]  # one body, one vote: a second "unanimous" repeats it


@attrs.frozen
class Ratio:
    """A ratio a sentence states: "nearly double", "three times as many", "1 in 4".

    Attributes:
        first: index of its first token.
        last: index one past its last token.
        value: the ratio, hedged as written.
        subject: what is compared ("crowd", "toll"), or "ratio".
        whole: the span of a figure the ratio is out of ("4" in "1 in 4"), if any.
    """

    first: int
    last: int
    value: Quantity
    subject: str
    whole: tuple[int, int] | None = None


#: Words after "N times" that make it a ratio: "three times as many", "10 times higher".
_TIMES_AFTER: Final = frozenset(
    words("as more higher larger bigger greater that the what over than lower smaller")
)
#: Words before a ratio that make it approximate.
_RATIO_ABOUT: Final = frozenset(words("nearly almost about around roughly some"))


#: Words before a multiplier that make it an adjective of the noun after it.
_ARTICLES: Final = frozenset(words("a an the this that its their his her"))


def ratios(
    tokens: Sequence[Token],
    mentions: Sequence[QuantityMention],
    tables: FrameTables,
    *,
    words: AbstractSet[str] | None = None,
) -> list[Ratio]:
    """The ratios of one sentence's tokens.

    "nearly double last week's crowds", "could increase eightfold", "three times as
    many", "nearly 1 in 4 residents". A multiplier word before a countable noun ("twin
    blasts") counts things instead and is left to :func:`multiplier_words`.
    """
    out: list[Ratio] = []
    by_first = {m.first: m for m in mentions}
    if not by_first and not names_any(tokens, tables.multipliers.keys(), words):
        return out  # no figure and no word of one: most sentences
    for k, t in enumerate(tokens):
        low = t.low
        number: float | None = None
        last = k + 1
        whole: tuple[int, int] | None = None
        if low in tables.multipliers and low not in ("twin", "twins", "pair"):
            if last < len(tokens) and tokens[last].low in tables.number_nouns:
                continue  # "double bombing": a count of things
            if k > 0 and (tokens[k - 1].low in _ARTICLES or tokens[k - 1].low.endswith("'s")):
                continue  # "Friday's triple train crash", "a double murder": an adjective
            if low in _HOW_OFTEN and (last >= len(tokens) or tokens[last].low not in _TIMES_AFTER):
                continue  # "bodies had been counted twice": how often, not a ratio
            number = float(tables.multipliers[low])
        elif k in by_first and by_first[k].value.point is not None:
            m = by_first[k]
            after = tokens[m.last].low if m.last < len(tokens) else ""
            nxt = tokens[m.last + 1].low if m.last + 1 < len(tokens) else ""
            if after == "times" and nxt in _TIMES_AFTER:
                number, last = float(m.value.point or 0), m.last + 1
            elif after == "in" and m.last + 1 in by_first:
                out_of = by_first[m.last + 1]
                size = out_of.value.point
                point = m.value.point or 0
                if size and 0 < point < size <= 100 and out_of.kind is NumberKind.COUNT:
                    number, last = point / size, out_of.last
                    whole = (out_of.start, out_of.end)
        if number is None:
            continue
        start = k - 1 if k > 0 and tokens[k - 1].low in _RATIO_ABOUT else k
        hedge = Hedge.ABOUT if start < k else Hedge.EXACT
        if k in by_first and by_first[k].value.hedge is not Hedge.EXACT:
            hedge = Hedge.ABOUT  # "nearly 1 in 4": the mention carries its hedge
        text = " ".join(x.text for x in tokens[start:last])
        value = Quantity.hedged(number, hedge, text=text)
        lo, hi = clause_bounds(tokens, k)
        np, _ = _noun_phrase(tokens, last, hi) if whole is not None else ([], last)
        subject = (
            # "1 in 4 residents (took part)": a share of the residents, the first plural
            next((t.low for t in np if t.low.endswith("s")), np[-1].low if np else None)
            or _subject_head(tokens, lo, start)
            or _clause_head(tokens, lo, start)
            or "ratio"
        )
        out.append(Ratio(start, last, value, subject, whole))
    return out


#: Multipliers that also say how often: a ratio only before what they compare ("twice
#: as many", "twice the size").
_HOW_OFTEN: Final = frozenset(words("twice thrice"))


def _clause_head(tokens: Sequence[Token], lo: int, first: int) -> str | None:
    """The noun that opens a clause: "The toll could increase eightfold" -> "toll"."""
    k = lo
    while k < first and tokens[k].low in ("the", "a", "an", "its", "their", "this"):
        k += 1
    np, _ = _noun_phrase(tokens, k, first)
    return np[-1].low if np else None


#: Superlatives that do not end in -est.
_SUPERLATIVES: Final = frozenset(words("worst best most least"))


_ORDINAL_ENDS: Final = ("st", "nd", "rd", "th")


def ranks(tokens: Sequence[Token]) -> list[tuple[int, int, int, str]]:
    """Ranks a sentence states: "the second-largest march", "the third deadliest quake".

    Returns (first, last, rank, ranked noun): an ordinal before a superlative, and the
    noun after it (or the superlative itself when no noun follows).
    """
    out: list[tuple[int, int, int, str]] = []
    n = len(tokens)
    for k, t in enumerate(tokens):
        low = t.low
        rank = ORDINAL_WORDS.get(low)
        if rank is None:
            if not low.endswith(_ORDINAL_ENDS) or not low[:-2].isdecimal():
                continue  # most words
            rank = int(low[:-2])  # "2nd-largest"
        j = k + 1
        if j < n and tokens[j].low == "-":
            j += 1
        if not (j < n and (tokens[j].low.endswith("est") or tokens[j].low in _SUPERLATIVES)):
            continue
        superlative = j
        if tokens[j].low in ("most", "least") and j + 1 < n and _is_word(tokens[j + 1]):
            j += 1  # "the second most deadly"
        np, _ = _noun_phrase(tokens, j + 1, n)
        noun = np[-1].low if np else tokens[superlative].low
        out.append((k, j + 1, rank, noun))
    return out


_TWIN_PAIR: Final = frozenset(words("twin pair"))


def multiplier_words(
    tokens: Sequence[Token],
    lo: int,
    hi: int,
    tables: FrameTables,
    *,
    words: AbstractSet[str] | None = None,
) -> list[tuple[int, int, int, str]]:
    """Words that state a number of things: "twin blasts", "a pair of bombs".

    Returns (first, last, number, counted noun). Only before a noun the table lists as
    countable this way, so "twin cities" or "a pair of shoes" is left alone.
    """
    out: list[tuple[int, int, int, str]] = []
    if not names_any(tokens[lo:hi], _TWIN_PAIR, words):
        return out  # most sentences
    for k in range(lo, hi):
        low = tokens[k].low
        if low not in tables.multipliers or low not in _TWIN_PAIR:
            continue
        j = k + 1
        if low == "pair" and j < hi and tokens[j].low == "of":
            j += 1
        while j < hi and j < k + 4 and tokens[j].low not in tables.number_nouns:
            if not _is_word(tokens[j]) or tokens[j].low in FUNCTION_WORDS:
                break
            j += 1
        if j < hi and tokens[j].low in tables.number_nouns:
            out.append((k, j + 1, tables.multipliers[low], tokens[j].low))
    return out


def links_elsewhere(tokens: Sequence[Token], tables: FrameTables) -> bool:
    """Whether a line is a page's link to another story: "READ MORE: ...", "RELATED: ...".

    The opener stands first, in capitals or before a colon: "Related deaths rose" is
    a sentence of the story.

    Examples:
        >>> from reconcile.extract._text import tokenize
        >>> links_elsewhere(tokenize("READ MORE : Boat sinks; 45 dead"), frame_tables())
        True
        >>> links_elsewhere(tokenize("Related: Boat sinks; 45 dead"), frame_tables())
        True
        >>> links_elsewhere(tokenize("Related deaths rose to 45."), frame_tables())
        False
    """
    if not tokens or not tokens[0].is_capitalized:
        return False  # most lines: no opener, read at the first token
    for phrase in tables.link_openers.get(tokens[0].low, ()):
        n = len(phrase)
        if len(tokens) <= n or tuple(t.low for t in tokens[:n]) != phrase:
            continue
        if tokens[n].low == ":" or all(t.text.isupper() for t in tokens[:n]):
            return True
    return False
