"""A count given as a list of groups is compared by its total as well, and a count
over several incidents is related to one of them, on sentences written for the
tests; a breakdown ("including") and two places' counts are no list."""

from __future__ import annotations

from dataclasses import replace

from workbench.match import MatchInput, Relation, match
from workbench.match.features import features
from workbench.match.lists import with_list_totals


def part(claim_id: int, sentence: str, text: str, low: int, **fields: object) -> MatchInput:
    """A killed count read from `sentence` (its words `text`), in Mandera on 2 March
    2024, by a voice and document of the claim's own unless `fields` say otherwise."""
    given: dict[str, object] = dict(
        id=claim_id,
        document_id=claim_id,
        voice_id=claim_id,
        voice=f"voice {claim_id}",
        category="killed",
        low=low,
        high=low,
        value=low,
        qualifier="exact",
        subject=None,
        unit=None,
        location="Mandera",
        country="Kenya",
        date="2024-03-02",
        published="2024-03-03",
        sentence=sentence,
        text=text,
        denies=False,
        section="body",
    )
    return MatchInput(**{**given, **fields})  # type: ignore[arg-type]


LIST = "Four police officers and one reservist were killed when gunmen attacked a camp."


def listed(location: str = "Mandera") -> list[MatchInput]:
    """The two parts of LIST, one document and voice."""
    common = dict(document_id=1, voice_id=1, location=location)
    return [
        part(1, LIST, "Four police officers and one reservist were killed", 4, **common),
        part(2, LIST, "one reservist were killed", 1, **common),
    ]


def test_the_parts_of_a_list_carry_its_total() -> None:
    totals = [f.total for f in with_list_totals(features(c) for c in listed())]
    assert [(t.low, t.words) for t in totals if t] == [(5, "4 + 1 = 5"), (5, "4 + 1 = 5")]


def test_a_repeated_sentence_counts_its_list_once() -> None:
    copies = [*listed(), *(replace(c, id=c.id + 10) for c in listed())]
    totals = {f.total.words for f in with_list_totals(features(c) for c in copies) if f.total}
    assert totals == {"4 + 1 = 5"}


def test_a_list_corroborates_its_total() -> None:
    five = part(3, "Five police officers were killed in Mandera.", "Five police officers", 5)
    found = match([five], [*listed(), five])
    assert {s.relation for s in found} == {Relation.CORROBORATES}
    assert "4 + 1 = 5 vs 5 killed: the list's total agrees" in found[0].reason
    # six against the list's five still contradicts
    six = part(4, "Six police officers were killed in Mandera.", "Six police officers", 6)
    assert {s.relation for s in match([six], [*listed(), six])} == {Relation.CONTRADICTS}


def test_a_breakdown_is_no_list() -> None:
    sentence = "Eleven people, including six attackers, were killed."
    parts = [
        part(1, sentence, "Eleven people, including six attackers, were killed", 11),
        part(2, sentence, "six attackers", 6, document_id=1),
    ]
    assert all(f.total is None for f in with_list_totals(features(c) for c in parts))


def test_counts_of_two_places_in_one_sentence_are_no_list() -> None:
    sentence = "Two were killed in Elwak and three in Rhamu."
    parts = [part(1, sentence, "Two were killed", 2), part(2, sentence, "three", 3, document_id=1)]
    assert all(f.total is None for f in with_list_totals(features(c) for c in parts))


def test_a_list_in_another_town_of_the_region_is_another_incident() -> None:
    five = part(3, "Five police officers were killed in Wajir.", "Five", 5, location="Wajir")
    assert match([five], [*listed(), five]) == []


def test_a_count_over_several_incidents_is_related_to_one_of_them() -> None:
    whole_sentence = "Nine people were killed in two separate attacks in Mandera on Saturday."
    whole = part(1, whole_sentence, "Nine people were killed", 9)
    one = part(2, "Four people were killed in an attack in Mandera.", "Four people", 4)
    [link] = match([whole, one], [whole, one])
    assert link.relation is Relation.RELATED
    assert "the first counts several incidents, the other one of them" in link.reason
    # a part larger than the whole it belongs to contradicts it
    twelve = part(3, "Twelve people were killed in an attack in Mandera.", "Twelve people", 12)
    assert [s.relation for s in match([twelve], [whole, twelve])] == [Relation.CONTRADICTS]
    # and one attack in another town of the county that day is nothing to either
    wajir = part(4, "Four people were killed in Wajir.", "Four people", 4, location="Wajir")
    assert match([wajir], [whole, wajir]) == []


def test_a_single_attack_with_twin_blasts_is_one_incident() -> None:
    twin = part(1, "Nine people were killed when two blasts hit Mandera.", "Nine people", 9)
    nine = part(2, "Nine people were killed in a bombing in Mandera.", "Nine people", 9)
    assert [s.relation for s in match([twin, nine], [twin, nine])] == [Relation.CORROBORATES]


def test_as_well_as_joins_a_list_after_its_toll_word() -> None:
    sentence = "The attack left five guards dead as well as the six attackers."
    parts = [
        part(1, sentence, "five guards", 5),
        part(2, sentence, "the six attackers", 6, document_id=1),
    ]
    totals = [f.total for f in with_list_totals(features(c) for c in parts)]
    assert [t.words for t in totals if t] == ["5 + 6 = 11", "5 + 6 = 11"]
    along = "Gunmen killed four soldiers along with two guides."
    parts = [
        part(1, along, "killed four soldiers", 4),
        part(2, along, "two guides", 2, document_id=1),
    ]
    assert {f.total.words for f in with_list_totals(features(c) for c in parts) if f.total} == {
        "4 + 2 = 6"
    }


def test_two_counts_told_apart_are_no_list_whatever_the_joiner() -> None:
    # words between the counts other than a toll word and a joiner: two statements
    sentence = "Five guards died in the raid, and later as well as that six attackers died."
    parts = [
        part(1, sentence, "Five guards died", 5),
        part(2, sentence, "six attackers died", 6, document_id=1),
    ]
    assert all(f.total is None for f in with_list_totals(features(c) for c in parts))
    # and a total before a breakdown joined by "as well as" is no part of a list
    breakdown = "Eleven people died, including a guard as well as six attackers."
    parts = [
        part(1, breakdown, "Eleven people died", 11),
        part(2, breakdown, "a guard", 1, document_id=1),
        part(3, breakdown, "six attackers", 6, document_id=1),
    ]
    totals = [f.total for f in with_list_totals(features(c) for c in parts)]
    assert totals[0] is None and [t.words for t in totals[1:] if t] == ["1 + 6 = 7"] * 2


def test_a_person_with_their_family_is_one_list() -> None:
    """ "Warplanes kill a mother with her 4 children" is five dead, as another report's
    "5 civilians killed"; "with" before no possessive joins nothing ("killed five
    militants with grenades" holds one count)."""
    said = "Warplanes kill a mother with her 4 children in the countryside."
    parts = [
        part(1, said, "kill a mother", 1, document_id=1, voice_id=1),
        part(2, said, "kill a mother with her 4 children", 4, document_id=1, voice_id=1),
    ]
    totals = {f.total.words for f in with_list_totals(features(c) for c in parts) if f.total}
    assert totals == {"4 + 1 = 5"}
    other = "Soldiers killed five militants with grenades and one with a rifle."
    apart = [
        part(3, other, "killed five militants", 5, document_id=3, voice_id=3),
        part(4, other, "one with a rifle", 1, document_id=3, voice_id=3),
    ]
    assert not [f.total for f in with_list_totals(features(c) for c in apart) if f.total]


SIDES = "The army said seven soldiers were killed and 30 insurgents were neutralised in Mandera."


def two_sides() -> list[MatchInput]:
    """A list of two sides' dead (SIDES): security forces and an armed group."""
    common = dict(document_id=1, voice_id=1)
    return [
        part(1, SIDES, "seven soldiers were killed", 7, subject="soldiers", **common),
        part(2, SIDES, "30 insurgents", 30, subject="insurgents", **common),
    ]


def test_a_list_of_two_sides_is_no_count_of_either() -> None:
    """ "Seven soldiers and 30 insurgents" is no count of 37 soldiers: another report's
    "at least 12 soldiers" disputes the seven, and is never agreed by the sum."""
    totals = [f.total for f in with_list_totals(features(c) for c in two_sides())]
    assert all(t is not None and t.mixed for t in totals)
    said = "At least 12 soldiers were killed in the attack in Mandera."
    twelve = part(3, said, "At least 12 soldiers", 12, subject="soldiers", high=None)
    twelve = replace(twelve, qualifier="at_least")
    found = match([twelve], [*two_sides(), twelve])
    assert [(s.a, s.b, s.relation) for s in found] == [(1, 3, Relation.CONTRADICTS)]
    assert "list's total" not in found[0].reason and "7 + 30" not in found[0].reason


def test_a_list_of_two_sides_may_total_a_toll_of_no_side() -> None:
    """All the dead, "37 people were killed", may be both sides' together."""
    said = "Thirty-seven people were killed in the fighting in Mandera."
    everyone = part(3, said, "Thirty-seven people", 37, subject="people")
    found = match([everyone], [*two_sides(), everyone])
    assert [(s.a, s.b, s.relation) for s in found] == [(1, 3, Relation.CORROBORATES)]
    assert "7 + 30 = 37 vs 37 killed: the list's total agrees" in found[0].reason


def test_a_list_of_one_side_still_sums() -> None:
    said = "Gunmen killed four soldiers and two police officers in Mandera."
    parts = [
        part(1, said, "four soldiers", 4, subject="soldiers"),
        part(2, said, "two police officers", 2, subject="police officers", document_id=1),
    ]
    totals = [f.total for f in with_list_totals(features(c) for c in parts)]
    assert [(t.words, t.mixed) for t in totals if t] == [("4 + 2 = 6", False)] * 2
