"""Tests for reconcile.entities: normalization, aliases, the match ladder and resolution."""

from __future__ import annotations

import pickle
import random
from typing import Any

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from reconcile.entities import (
    DEFAULT_ALIASES,
    DEFAULT_THRESHOLD,
    AliasTable,
    Entity,
    EntityResolution,
    MatchLevel,
    NameMatch,
    _normalize,
    blocking_keys,
    make_resolver,
    match_names,
    normalize_name,
    resolve_entities,
)
from reconcile.errors import InvalidInput, InvalidValue

NO_ALIASES = AliasTable.from_groups([])

# Realistic fragments mixed with the odd characters that reports carry.
GIVEN = ["Qasem", "Qassem", "Kassem", "Muhammad", "Mohammed", "Abu Mahdi", "Hassan", "Ali"]
FAMILY = ["Soleimani", "Suleimani", "al-Aaraji", "Al-Muhandis", "al-Muhandis", "Nasrallah"]
TITLES = ["", "Gen. ", "Dr. ", "President ", "the "]
# "Qasem Soleimani" in Arabic script, escaped so that no letter looks Latin.
ARABIC_GIVEN = "\u0642\u0627\u0633\u0645"
ARABIC_FAMILY = "\u0633\u0644\u064a\u0645\u0627\u0646\u064a"
ARABIC_NAME = f"{ARABIC_GIVEN} {ARABIC_FAMILY}"
ODD = ["", "\u200b", "\u00a0", "\u200f", ".", "'s"]
ORGS = ["ISIS", "ISIL", "Daesh", "Islamic State", "U.S.", "US", "Kataib Hezbollah"]


@st.composite
def surface_names(draw: st.DrawFn) -> str:
    """A person, an organization, or a bare part of a name, with noise around it."""
    kind = draw(st.sampled_from(["person", "org", "family", "given"]))
    if kind == "org":
        return draw(st.sampled_from(ORGS))
    given_name, family = draw(st.sampled_from(GIVEN)), draw(st.sampled_from(FAMILY))
    core = {"person": f"{given_name} {family}", "family": family, "given": given_name}[kind]
    return draw(st.sampled_from(TITLES)) + core + draw(st.sampled_from(ODD))


def normalizable(text: str) -> bool:
    try:
        normalize_name(text)
    except InvalidValue:
        return False
    return True


any_names = st.one_of(surface_names(), st.text(min_size=1, max_size=30).filter(normalizable))


# normalize_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Qasem Soleimani", "qasem soleimani"),
        ("Prime Minister Adil Abdul-Mahdi", "adil abdul mahdi"),
        ("Abu Mahdi. al-Muhandis", "abu mahdi al muhandis"),
        ("Abu Mahdi El-Muhandis", "abu mahdi al muhandis"),
        ("Nuri ash-Shaalan", "nuri al shaalan"),
        ("U.S.", "us"),
        ("U.S", "us"),
        ("A.Qasem", "a qasem"),
        ("Brigade 5.5", "brigade 5 5"),
        ("the United States", "united states"),
        ("Iraq's parliament", "iraq parliament"),
        ("Kata\u2019ib Hizballah", "kataib hizballah"),
        ("Mosul\u00a0University", "mosul university"),
        ("Qa\u0301sem\u200b Sole\u00efmani\u200f", "qasem soleimani"),
        ("Brigade 5!", "brigade 5"),
        ("\U0001d468li", "ali"),
        ("\u0130stanbul", "istanbul"),
    ],
)
def test_normalize_name_folds_case_accents_punctuation_titles_and_articles(
    text: str, expected: str
) -> None:
    assert expected == normalize_name(text)


def test_normalize_name_keeps_a_title_that_is_the_whole_name() -> None:
    assert "prime minister" == normalize_name("the Prime Minister")


def test_normalize_name_keeps_a_title_followed_by_of() -> None:
    assert "president of iraq" == normalize_name("President of Iraq")


def test_normalize_name_leaves_arabic_script_letters_alone() -> None:
    assert ARABIC_NAME == normalize_name(f"\u200f{ARABIC_NAME}")


def test_normalize_name_strips_arabic_short_vowel_marks() -> None:
    with_vowel_marks = "\u0642\u064e\u0627\u0633\u0650\u0645"
    assert ARABIC_GIVEN == normalize_name(with_vowel_marks)


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u200f", "\u00a0", "...", "-"])
def test_normalize_name_rejects_names_without_letters_or_digits(text: str) -> None:
    with pytest.raises(InvalidValue) as info:
        normalize_name(text)
    assert "name" == info.value.field


@given(st.lists(st.text(max_size=12) | surface_names(), max_size=6), st.sampled_from(["a", "b"]))
def test_normalize_name_remembered_gives_the_key_or_the_error_naming_the_field(
    texts: list[str], field: str
) -> None:
    # Each name's key is remembered (the resolver asks for it four times): asked again,
    # under another field, or after the memo is cleared, the same key, or the same error
    # naming the field of this call.
    def outcome(text: str, field: str) -> tuple[str, str | None]:
        try:
            return normalize_name(text, field=field), None
        except InvalidValue as error:
            return str(error), error.field

    seen = [outcome(text, "name") for text in texts]
    for text, first in zip(texts, seen, strict=True):
        again = outcome(text, field)
        if first[1] is None:
            assert first == again
        else:
            assert (first[0].replace("'name'", repr(field)), field) == again
    _normalize._folded_name.cache_clear()
    assert seen == [outcome(text, "name") for text in texts]


def test_normalize_name_rejects_non_strings() -> None:
    with pytest.raises(InvalidValue, match="must be a str"):
        normalize_name(5)  # type: ignore[arg-type]


@given(st.text())
def test_normalize_name_is_idempotent(text: str) -> None:
    assume(normalizable(text))
    once = normalize_name(text)
    assert once == normalize_name(once)


@given(surface_names())
def test_normalize_name_is_idempotent_on_realistic_names(text: str) -> None:
    once = normalize_name(text)
    assert once == normalize_name(once)


# AliasTable


def test_alias_table_first_name_of_a_group_is_the_canonical_name() -> None:
    table = AliasTable.from_groups([["Islamic State", "ISIS", "Daesh"]])
    assert "Islamic State" == table.canonical("daesh")


def test_alias_table_lookup_ignores_case_dots_and_a_leading_article() -> None:
    assert "United States" == DEFAULT_ALIASES.canonical("the U.S.")


def test_alias_table_finds_another_spelling_of_a_known_name() -> None:
    assert "Al-Qaeda" == DEFAULT_ALIASES.canonical("al-Qaa'ida")


def test_alias_table_ignores_a_spelling_that_fits_two_groups() -> None:
    table = AliasTable.from_groups([["Kassem Group"], ["Qassem Group"]])
    assert None is table.canonical("Qasem Group")


def test_alias_table_returns_none_for_an_unknown_name() -> None:
    assert None is DEFAULT_ALIASES.canonical("Baghdad")


def test_with_aliases_returns_an_extended_copy_and_leaves_the_original() -> None:
    extended = DEFAULT_ALIASES.with_aliases("Popular Mobilization Forces", "al-Hashd")
    assert "Popular Mobilization Forces" == extended.canonical("al-Hashd")
    assert None is DEFAULT_ALIASES.canonical("al-Hashd")


def test_with_aliases_merges_groups_that_become_connected() -> None:
    table = AliasTable.from_groups([["A One", "A Two"], ["B One", "B Two"]])
    merged = table.with_aliases("A Two", "B One")
    assert (("A One", "A Two", "B One", "B Two"),) == merged.groups


def test_from_groups_merges_groups_sharing_a_name_and_drops_repeats() -> None:
    table = AliasTable.from_groups([["UN", "U.N."], ["United Nations", "un"]])
    assert (("UN", "United Nations"),) == table.groups


def test_alias_tables_with_the_same_groups_are_equal() -> None:
    assert AliasTable.from_groups([["X ray", "Xray"]]) == AliasTable.from_groups(
        [("X ray", "Xray")]
    )


def test_from_groups_rejects_an_empty_group_naming_it() -> None:
    with pytest.raises(InvalidValue) as info:
        AliasTable.from_groups([["ISIS"], []])
    assert "groups[1]" == info.value.field


def test_from_groups_rejects_a_bare_string_group() -> None:
    with pytest.raises(InvalidValue, match="not a str"):
        AliasTable.from_groups(["ISIS"])


def test_from_groups_rejects_a_blank_name_naming_its_position() -> None:
    with pytest.raises(InvalidValue) as info:
        AliasTable.from_groups([["ISIS", " "]])
    assert "groups[0][1]" == info.value.field


def test_alias_table_is_immutable() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DEFAULT_ALIASES.groups = ()  # type: ignore[misc]


# MatchLevel and NameMatch


def test_match_levels_are_ordered_from_exact_down_to_different() -> None:
    assert list(MatchLevel) == sorted(MatchLevel, reverse=True)


def test_only_exact_to_fuzzy_levels_count_as_matches() -> None:
    expected = {MatchLevel.EXACT, MatchLevel.ALIAS, MatchLevel.NORMALIZED, MatchLevel.FUZZY}
    assert expected == {level for level in MatchLevel if level.is_match}


def test_name_match_rejects_a_score_outside_zero_to_one() -> None:
    with pytest.raises(InvalidValue) as info:
        NameMatch(MatchLevel.FUZZY, 1.5, "too good")
    assert "score" == info.value.field


def test_name_match_rejects_an_empty_reason() -> None:
    with pytest.raises(InvalidValue) as info:
        NameMatch(MatchLevel.FUZZY, 0.9, " ")
    assert "reason" == info.value.field


# match_names: the ladder


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        ("Qasem Soleimani", "Qasem Soleimani", MatchLevel.EXACT),
        ("ISIS", "ISIL", MatchLevel.ALIAS),
        ("Daesh", "the Islamic State group", MatchLevel.ALIAS),
        ("US", "United States", MatchLevel.ALIAS),
        ("U.S.", "USA", MatchLevel.ALIAS),
        ("Qasem Soleimani", "Gen. Qasem Soleimani", MatchLevel.NORMALIZED),
        ("Qasem Soleimani", "Qassem Soleimani", MatchLevel.NORMALIZED),
        ("Kassem Soleimani", "Qasim Suleimani", MatchLevel.NORMALIZED),
        ("Soleimani, Qassem", "Qassem Soleimani", MatchLevel.NORMALIZED),
        ("Abu Mahdi al-Muhandis", "Abu Mahdi Al-Muhandis", MatchLevel.NORMALIZED),
        ("Abu Mahdi al-Muhandis", "Abu Mahdi. al-Muhandis", MatchLevel.NORMALIZED),
        ("Abu Mahdi al-Muhandis", "Abu Mahdi Muhandis", MatchLevel.NORMALIZED),
        ("Abu Mahdi al-Muhandis", "Abu Mahdi Almuhandis", MatchLevel.NORMALIZED),
        ("Muhammad Ali", "Mohamed Ali", MatchLevel.NORMALIZED),
        ("Abdul Karim", "Abdel Karim", MatchLevel.NORMALIZED),
        ("Nouri al-Maliki", "Nuri al-Maliki", MatchLevel.NORMALIZED),
        ("Qassem Soleimany", "Qassem Soleimani", MatchLevel.NORMALIZED),
        ("Abu Mahdi al-Muhandis", "Abu Mahdi al-Muhandsi", MatchLevel.FUZZY),
        ("Soleimani", "Qassem Soleimani", MatchLevel.AMBIGUOUS),
        ("Qassem", "Qassem Soleimani", MatchLevel.AMBIGUOUS),
        ("Qassem Soleimani", "Qassem al-Aaraji", MatchLevel.DIFFERENT),
        ("Brigade 5", "Brigade 6", MatchLevel.DIFFERENT),
        ("Iraq", "Iran", MatchLevel.DIFFERENT),
    ],
)
def test_match_names_reaches_the_expected_level(a: str, b: str, level: MatchLevel) -> None:
    assert level == match_names(a, b).level


def test_kataib_hezbollah_spellings_match_even_without_the_alias_table() -> None:
    assert match_names("Kataib Hezbollah", "Kata'ib Hizballah", aliases=NO_ALIASES).is_match


def test_a_one_word_name_is_never_matched_on_a_misspelling() -> None:
    verdict = match_names("Rubagho", "Rumagho", aliases=NO_ALIASES)
    assert MatchLevel.DIFFERENT == verdict.level
    assert verdict.reason.startswith("a one-word name is not matched on a misspelling")


def test_a_misspelling_needs_another_word_spelled_alike() -> None:
    assert MatchLevel.FUZZY == match_names("Abu Mahdi Muhandis", "Abu Mahdi Muhandsi").level
    verdict = match_names("Soleimani Muhandis", "Soleimnai Muhandsi")
    assert MatchLevel.DIFFERENT == verdict.level
    assert verdict.reason.startswith("no word is spelled alike")


def test_a_misspelled_organization_matches_without_the_alias_table() -> None:
    assert match_names("Hezbolah", "Hezbollah", aliases=NO_ALIASES).is_match


def test_a_shared_first_name_does_not_make_two_people_one() -> None:
    verdict = match_names("Qassem Soleimani", "Qassem al-Aaraji")
    assert MatchLevel.DIFFERENT == verdict.level
    assert "family names differ: 'aaraji' vs 'soleimani'" == verdict.reason


def test_a_shared_family_name_does_not_make_two_people_one() -> None:
    assert MatchLevel.DIFFERENT == match_names("Hassan Soleimani", "Qassem Soleimani").level


def test_vowel_changes_that_make_another_name_are_not_transliterations() -> None:
    assert MatchLevel.DIFFERENT == match_names("Jamal Khashoggi", "Jamil Khashoggi").level
    assert MatchLevel.DIFFERENT == match_names("Hassan Nasrallah", "Hussein Nasrallah").level


def test_numbers_must_agree_however_similar_the_words() -> None:
    verdict = match_names("5th Brigade", "6th Brigade")
    assert (MatchLevel.DIFFERENT, "numbers differ: '5' vs '6'") == (verdict.level, verdict.reason)


def test_short_names_never_match_approximately() -> None:
    verdict = match_names("Gaza", "Giza", aliases=NO_ALIASES)
    assert MatchLevel.DIFFERENT == verdict.level
    assert verdict.reason.startswith("too short")


def test_isis_and_isil_are_one_letter_apart_and_need_the_alias_table() -> None:
    assert MatchLevel.DIFFERENT == match_names("ISIS", "ISIL", aliases=NO_ALIASES).level


def test_names_the_alias_table_gives_to_different_entities_are_different() -> None:
    verdict = match_names("United States", "United Nations")
    assert (MatchLevel.DIFFERENT, 0.0) == (verdict.level, verdict.score)


def test_user_added_aliases_are_honoured() -> None:
    table = DEFAULT_ALIASES.with_aliases("Abu Mahdi al-Muhandis", "Jamal Jaafar Ibrahimi")
    verdict = match_names("Jamal Jaafar Ibrahimi", "Abu Mahdi Al-Muhandis", aliases=table)
    assert MatchLevel.ALIAS == verdict.level


def test_a_replaced_alias_table_forgets_the_defaults() -> None:
    table = AliasTable.from_groups([["Hamas", "Harakat al-Muqawama al-Islamiya"]])
    assert MatchLevel.DIFFERENT == match_names("ISIS", "Daesh", aliases=table).level


def test_a_place_is_not_part_of_a_phrase_that_mentions_it() -> None:
    assert MatchLevel.DIFFERENT == match_names("Baghdad", "US troops in Baghdad").level


def test_a_name_in_the_alias_table_is_never_a_partial_name() -> None:
    assert MatchLevel.DIFFERENT == match_names("US", "US troops").level


def test_a_higher_threshold_turns_a_fuzzy_match_into_different() -> None:
    verdict = match_names("Abu Mahdi al-Muhandis", "Abu Mahdi al-Muhandsi", threshold=0.99)
    assert MatchLevel.DIFFERENT == verdict.level


def test_match_names_reports_which_argument_is_blank() -> None:
    with pytest.raises(InvalidValue) as info:
        match_names("ISIS", "  ")
    assert "b" == info.value.field


@pytest.mark.parametrize("threshold", [0.0, -0.1, 1.5, float("nan")])
def test_match_names_rejects_a_threshold_outside_zero_to_one(threshold: float) -> None:
    with pytest.raises(InvalidValue) as info:
        match_names("a name", "a name", threshold=threshold)
    assert "threshold" == info.value.field


def test_invisible_characters_and_arabic_script_do_not_break_matching() -> None:
    noisy = f"\u200f{ARABIC_NAME}\u200e"
    assert match_names(noisy, f"{ARABIC_GIVEN}\u00a0{ARABIC_FAMILY}").is_match


@given(any_names, any_names)
def test_match_names_is_symmetric(a: str, b: str) -> None:
    assert match_names(a, b) == match_names(b, a)


@given(any_names)
def test_a_name_always_matches_itself_exactly(name: str) -> None:
    assert NameMatch(MatchLevel.EXACT, 1.0, "identical text") == match_names(name, name)


# blocking keys


def test_transliteration_variants_share_a_blocking_key() -> None:
    shared = set(blocking_keys("Qasem Soleimani")) & set(blocking_keys("Kassem Suleimani"))
    assert {"skel:ksm slmn"} <= shared


def test_a_misspelled_family_name_shares_a_key_through_its_intact_end() -> None:
    shared = set(blocking_keys("Qassem Soleimani")) & set(blocking_keys("Qassem Soleimami"))
    # tok:, acro: and abbr: keys serve partial names, acronyms and shortened words
    by_spelling = {key for key in shared if not key.startswith(("tok:", "acro:", "abbr:"))}
    assert by_spelling == {"pre:ksm _:soli"}


def test_a_surname_first_form_shares_a_key_with_the_usual_order() -> None:
    shared = set(blocking_keys("Soleimani, Qassem")) & set(blocking_keys("Qasem Soleimani"))
    assert "skel:ksm slmn" in shared


def test_blocking_keys_are_sorted() -> None:
    keys = blocking_keys("Gen. Qasem Soleimani")
    assert sorted(keys) == list(keys)


# resolve_entities


def test_variants_of_one_person_resolve_to_one_entity() -> None:
    names = ["Gen. Qasem Soleimani", "Qassem Soleimani", "Kassem Suleimani", "Soleimani, Qassem"]
    result = resolve_entities([*names, "Qassem Soleimani"])
    assert 1 == len(result.entities)
    assert "e:qassem-soleimani" == result.entities[0].id


def test_people_sharing_a_first_name_stay_apart() -> None:
    result = resolve_entities(["Qassem Soleimani", "Qassem al-Aaraji"])
    assert ["e:qassem-al-aaraji", "e:qassem-soleimani"] == [e.id for e in result.entities]


def test_a_chain_of_near_matches_does_not_merge_names_judged_different() -> None:
    result = resolve_entities(["Jamal Khashoggi", "Jamel Khashoggi", "Jamil Khashoggi"])
    assert result.entity_of("Jamal Khashoggi") != result.entity_of("Jamil Khashoggi")
    assert result.entity_of("Jamal Khashoggi") == result.entity_of("Jamel Khashoggi")


def test_a_bare_surname_fitting_one_person_is_linked_to_that_person() -> None:
    result = resolve_entities(["Qassem Soleimani", "Soleimani", "Qassem al-Aaraji"])
    assert result.entity_of("Soleimani") == result.entity_of("Qassem Soleimani")
    assert () == result.ambiguous


def test_a_bare_common_noun_is_no_surname_of_a_narrower_group() -> None:
    # "people" killed are everyone; "Thai people" killed are two of them
    result = resolve_entities(["people", "Thai people", "Soleimani", "Qassem Soleimani"])
    assert result.entity_of("people") != result.entity_of("Thai people")
    assert result.entity_of("Soleimani") == result.entity_of("Qassem Soleimani")


def test_a_bare_surname_fitting_two_people_stays_ambiguous_and_unmerged() -> None:
    result = resolve_entities(["Qassem Soleimani", "Hassan Soleimani", "Soleimani"])
    expected = (("Soleimani", ("e:hassan-soleimani", "e:qassem-soleimani")),)
    assert expected == result.ambiguous
    assert ("Soleimani",) == result.entity_of("Soleimani").names


def test_a_bare_given_name_fitting_two_people_stays_ambiguous() -> None:
    result = resolve_entities(["Qassem Soleimani", "Qassem al-Aaraji", "Qassem"])
    expected = (("Qassem", ("e:qassem-al-aaraji", "e:qassem-soleimani")),)
    assert expected == result.ambiguous


def test_a_bare_given_name_fitting_one_person_is_kept_apart_but_not_listed() -> None:
    result = resolve_entities(["Qassem Soleimani", "Qassem"])
    assert ("Qassem",) == result.entity_of("Qassem").names
    assert () == result.ambiguous


def test_a_full_name_inside_a_longer_name_is_not_absorbed_by_it() -> None:
    result = resolve_entities(["Hezbollah", "Hezbolah", "Kataib Hezbollah"])
    assert ("Hezbolah", "Hezbollah") == result.entity_of("Hezbollah").names


def test_a_name_missing_its_middle_name_is_linked_when_unique() -> None:
    result = resolve_entities(["Qassem Mohammed Soleimani", "Qassem Soleimani", "Soleimani"])
    assert 1 == len(result.entities)


def test_aliases_resolve_to_the_canonical_display_name() -> None:
    result = resolve_entities(["ISIS", "ISIL", "Daesh", "the Islamic State group", "IS"])
    by_id = {entity.id: entity for entity in result.entities}
    expected = ("Daesh", "ISIL", "ISIS", "the Islamic State group")
    assert expected == by_id["e:islamic-state"].names
    assert "Islamic State" == by_id["e:islamic-state"].name


def test_the_fullest_most_common_form_names_an_entity_without_an_alias() -> None:
    names = ["Qassem Soleimani", "Qasem Soleimani", "Qassem Soleimani", "Soleimani"]
    assert "Qassem Soleimani" == resolve_entities(names).entity_of("Soleimani").name


def test_entity_of_accepts_a_normalized_spelling() -> None:
    result = resolve_entities(["Gen. Qasem Soleimani"])
    assert "e:qasem-soleimani" == result.entity_of("qasem soleimani").id


def test_entity_of_rejects_a_name_that_was_not_resolved() -> None:
    with pytest.raises(InvalidValue) as info:
        resolve_entities(["ISIS"]).entity_of("Hamas")
    assert "name" == info.value.field


def test_resolve_entities_names_the_position_of_a_blank_name() -> None:
    with pytest.raises(InvalidValue) as info:
        resolve_entities(["ISIS", "Daesh", "\u200b "])
    assert "names[2]" == info.value.field


def test_resolve_entities_rejects_a_single_string_instead_of_a_collection() -> None:
    with pytest.raises(InvalidValue) as info:
        resolve_entities("ISIS")
    assert "names" == info.value.field


def test_resolve_entities_of_nothing_is_empty() -> None:
    assert EntityResolution((), ()) == resolve_entities([])


def test_entity_ids_are_hyphenated_normalized_display_names() -> None:
    result = resolve_entities(["Abu Mahdi al-Muhandis", "Kata'ib Hizballah", "U.S."])
    expected = ["e:abu-mahdi-al-muhandis", "e:kataib-hezbollah", "e:united-states"]
    assert expected == [entity.id for entity in result.entities]


def test_entity_rejects_unsorted_names() -> None:
    with pytest.raises(InvalidValue) as info:
        Entity("e:x", "X", ("b", "a"))
    assert "names" == info.value.field


def test_entity_resolution_rejects_a_name_in_two_entities() -> None:
    with pytest.raises(InvalidValue, match="belongs to both"):
        EntityResolution((Entity("e:a", "A", ("x",)), Entity("e:b", "B", ("x",))))


def test_entity_resolution_rejects_ambiguity_pointing_at_unknown_entities() -> None:
    with pytest.raises(InvalidValue) as info:
        EntityResolution((Entity("e:a", "A", ("x",)),), (("x", ("e:zz",)),))
    assert "ambiguous" == info.value.field


def test_entity_resolution_rejects_unsorted_candidates() -> None:
    entities = (Entity("e:a", "A", ("x",)), Entity("e:b", "B", ("y",)), Entity("e:c", "C", ("z",)))
    with pytest.raises(InvalidValue, match="sorted, unique"):
        EntityResolution(entities, (("x", ("e:c", "e:b")),))


def test_resolution_errors_are_value_errors_and_pickle() -> None:
    with pytest.raises(InvalidInput) as info:
        resolve_entities([""])
    restored = pickle.loads(pickle.dumps(info.value))
    assert (str(info.value), "names[0]") == (str(restored), restored.field)
    assert isinstance(restored, ValueError)


@given(st.lists(any_names, max_size=12), st.randoms(use_true_random=False))
def test_resolution_is_identical_under_any_input_order(names: list[str], rng: object) -> None:
    shuffled = list(names)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert resolve_entities(names) == resolve_entities(shuffled)


@given(st.lists(any_names, max_size=12))
def test_every_name_belongs_to_exactly_one_entity(names: list[str]) -> None:
    result = resolve_entities(names)
    owners = [entity.id for entity in result.entities for name in entity.names]
    assert len(set(names)) == len(owners)
    assert set(names) == {name for entity in result.entities for name in entity.names}
    assert all(result.entity_of(name).names.count(name) == 1 for name in names)


@given(st.lists(surface_names(), max_size=12))
def test_ambiguous_names_keep_an_entity_of_their_own(names: list[str]) -> None:
    result = resolve_entities(names)
    for name, candidates in result.ambiguous:
        assert result.entity_of(name).id not in candidates
        assert len(candidates) >= 2


@given(st.lists(surface_names(), max_size=12))
def test_entities_are_sorted_by_id(names: list[str]) -> None:
    ids = [entity.id for entity in resolve_entities(names).entities]
    assert sorted(ids) == ids


def test_resolution_compares_a_small_fraction_of_all_pairs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import reconcile.entities._resolve as resolve_module
    from reconcile.entities._match import compare as real_compare

    rng = random.Random(3)
    letters = "bdfghjklmnqrstwz"
    names = sorted(
        {
            f"{rng.choice(GIVEN)} "
            + "".join(rng.choice(letters) + rng.choice("aiu") for _ in range(4)).title()
            for _ in range(2000)
        }
    )
    calls = 0

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real_compare(*args, **kwargs)

    monkeypatch.setattr(resolve_module, "compare", counting)
    resolve_entities(names)
    all_pairs = len(names) * (len(names) - 1) // 2
    assert calls < all_pairs // 100


# make_resolver


def test_make_resolver_returns_a_frozen_callable_with_a_readable_repr() -> None:
    resolve = make_resolver(threshold=0.9)
    assert "<resolver threshold=0.9 aliases=27 groups>" == repr(resolve)
    assert resolve_entities(["US", "USA"], threshold=0.9) == resolve(["US", "USA"])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        resolve.threshold = 0.5  # type: ignore[misc]


def test_make_resolver_matches_with_its_settings() -> None:
    assert MatchLevel.ALIAS == make_resolver().match("UN", "United Nations").level


def test_make_resolver_rejects_a_bad_threshold_and_a_bad_table() -> None:
    with pytest.raises(InvalidValue):
        make_resolver(threshold=2)
    with pytest.raises(InvalidValue) as info:
        make_resolver(aliases={"ISIS": "Daesh"})  # type: ignore[arg-type]
    assert "aliases" == info.value.field


def test_the_public_names_are_pinned() -> None:
    from reconcile import entities

    expected = [
        "DEFAULT_ALIASES",
        "DEFAULT_THRESHOLD",
        "AliasTable",
        "Entity",
        "EntityResolution",
        "MatchLevel",
        "NameMatch",
        "NormalizedName",
        "Resolver",
        "blocking_keys",
        "make_resolver",
        "match_names",
        "normalize_name",
        "resolve_entities",
    ]
    assert expected == entities.__all__


def test_default_threshold_is_a_similarity_between_zero_and_one() -> None:
    assert 0.0 < DEFAULT_THRESHOLD <= 1.0


def test_a_demonym_and_its_country_name_one_group() -> None:
    match = match_names("American troops", "US troops")
    assert MatchLevel.NORMALIZED == match.level
    assert "same country" in match.reason


def test_different_demonyms_stay_apart() -> None:
    assert MatchLevel.DIFFERENT == match_names("American troops", "Iraqi troops").level


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a modifier naming another party, spelled alike
        ("the Austrian delegation", "the Australian delegation"),
        # an owner or leader named by a tie word
        ("US forces", "the U.S.-led forces"),
        ("militias", "Iran-backed militias"),
    ],
)
def test_modifiers_and_owners_that_name_different_parties_keep_subjects_apart(
    a: str, b: str
) -> None:
    resolution = resolve_entities([a, b], aliases=NO_ALIASES)
    assert resolution.entity_of(a) != resolution.entity_of(b)
    assert not match_names(a, b, aliases=NO_ALIASES).is_match


def test_a_misspelt_proper_name_vouched_for_by_another_still_matches() -> None:
    assert match_names("Qasem Soleimani", "Qassem Soleimani", aliases=NO_ALIASES).is_match
    assert match_names(
        "Popular Mobilisation Forces", "Popular Mobilization Forces", aliases=NO_ALIASES
    ).is_match


def test_a_trailing_party_is_folded_so_every_report_names_one_party() -> None:
    from reconcile.entities import normalize_name

    assert normalize_name("Green Alliance") != normalize_name("the Green Party")
    assert normalize_name("Labour") == normalize_name("the Labour Party")
    assert "party" == normalize_name("the party")


def test_a_party_named_by_its_members_is_the_party() -> None:
    from reconcile.entities import MatchLevel, match_names

    assert match_names("the Green Party", "the Greens").level is MatchLevel.NORMALIZED
    assert match_names("Liberals", "Liberal Party").level is MatchLevel.NORMALIZED
    # without "Party" a plural is no member name: only a party is named by its members
    assert match_names("Liberal", "Liberals").level is MatchLevel.DIFFERENT
    assert match_names("Green Party", "Greenes").level is not MatchLevel.NORMALIZED


def test_an_acronym_and_a_name_shortened_word_by_word_meet_their_full_names() -> None:
    for short, full in (
        ("SNP", "Scottish National Party"),
        ("the DUP", "the Democratic Unionist Party"),
        ("Lib Dems", "Liberal Democrats"),
    ):
        assert set(blocking_keys(short)) & set(blocking_keys(full))
        assert match_names(short, full).level is MatchLevel.NORMALIZED


def test_a_name_that_only_looks_shortened_is_someone_else() -> None:
    # the failure modes: a given name cut short, a two-letter acronym, and initials that
    # spell another name's
    assert not match_names("Sam Jones", "Samuel Jones").is_match
    assert not match_names("QS", "Qasem Soleimani").is_match
    assert not match_names("SNP", "Serbian Progressive Party").is_match


def test_resolution_joins_acronyms_and_shortened_names_of_parties() -> None:
    result = resolve_entities(
        ["SNP", "Scottish National Party", "Lib Dems", "Liberal Democrats", "Labour"]
    )
    assert result.entity_of("SNP") == result.entity_of("Scottish National Party")
    assert result.entity_of("Lib Dems") == result.entity_of("Liberal Democrats")
    assert len(result.entities) == 3


def test_a_party_s_nickname_is_the_party() -> None:
    assert match_names("the Tories", "Conservatives").level is MatchLevel.ALIAS
    assert match_names("GOP", "Republican Party").level is MatchLevel.ALIAS
    # the failure mode: a longer name that holds the nickname's word is another party
    assert not match_names("Conservatives", "Progressive Conservatives").is_match


def test_resolution_joins_a_short_party_name_and_its_members_in_the_plural() -> None:
    # "Green" is too short for the fuzzy keys: the plural of a party's name meets it
    result = resolve_entities(["Greens", "Green Party", "Reds", "Labour", "Rebels", "Rebel"])
    assert result.entity_of("Greens") == result.entity_of("Green Party")
    # the failure modes: another plural, and a plural and its singular when neither
    # names a party
    assert result.entity_of("Reds") != result.entity_of("Greens")
    assert result.entity_of("Rebels") != result.entity_of("Rebel")
