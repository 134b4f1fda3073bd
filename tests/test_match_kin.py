"""Whom "others" counts: the family of the sentence's toll of another kind ("killed
three villagers and wounded two others": two wounded villagers), so that one
incident's wounded civilians never dispute another's wounded soldiers; beside a
toll of its own kind, "others" are other people. Sentences written for the tests."""

from __future__ import annotations

from tests.match_helpers import placed_claim
from workbench.match import MatchInput, Relation, match
from workbench.match.features import features
from workbench.match.kin import kin_word, with_kin
from workbench.store.gazetteer import GazetteerFile

BASE = "Gunmen killed 14 soldiers and wounded six others at a base in Bankass on Tuesday."
MINE = "A bus hit a mine in Bankass on Tuesday, killing three villagers and wounding two others."


def toll(
    places: GazetteerFile,
    claim_id: int,
    document: int,
    sentence: str,
    text: str,
    low: int,
    subject: str | None,
    category: str = "killed",
    unit: str | None = None,
) -> MatchInput:
    """A toll of `sentence` in Bankass, in a document and voice numbered `document`."""
    return placed_claim(
        places,
        claim_id,
        "Bankass",
        low,
        document_id=document,
        voice_id=document,
        voice=f"voice {document}",
        sentence=sentence,
        text=text,
        subject=subject,
        unit=unit,
        category=category,
    )


def base(places: GazetteerFile) -> list[MatchInput]:
    return [
        toll(places, 1, 1, BASE, "killed 14 soldiers", 14, "soldiers", unit="military"),
        toll(places, 2, 1, BASE, "wounded six others", 6, "others", "wounded"),
    ]


def mine(places: GazetteerFile) -> list[MatchInput]:
    return [
        toll(places, 3, 2, MINE, "killing three villagers", 3, "villagers", unit="civilian"),
        toll(places, 4, 2, MINE, "wounding two others", 2, "others", "wounded"),
    ]


def test_others_take_the_family_of_the_toll_beside_them(places: GazetteerFile) -> None:
    found = {
        f.claim.id: f.victim for f in with_kin(features(c) for c in base(places) + mine(places))
    }
    assert found == {1: "military", 2: "military", 3: "civilian", 4: "civilian"}


def links_between(claims: list[MatchInput], a: int, b: int) -> list[tuple[Relation, str]]:
    """The links matching all the claims suggests between claims `a` and `b`."""
    found = match(claims, claims)
    return [(s.relation, s.reason) for s in found if {s.a, s.b} == {a, b}]


def test_wounded_civilians_never_dispute_another_incidents_wounded_soldiers(
    places: GazetteerFile,
) -> None:
    assert links_between(base(places) + mine(places), 2, 4) == []
    # "others" told alone, no toll beside them: anyone, as before
    alone = [c for c in mine(places) if c.category == "wounded"]
    [(relation, _)] = links_between(base(places) + alone, 2, 4)
    assert relation is Relation.CONTRADICTS


def test_others_of_one_family_still_meet_that_family(places: GazetteerFile) -> None:
    said = "Six soldiers were wounded when gunmen attacked the Bankass base on Tuesday."
    six = toll(places, 5, 3, said, "Six soldiers", 6, "soldiers", "wounded", "military")
    [(relation, reason)] = links_between([*base(places), six], 2, 5)
    assert relation is Relation.CORROBORATES and "same place 'Bankass'" in reason


def test_others_beside_a_toll_of_their_own_kind_are_other_people(places: GazetteerFile) -> None:
    said = "Three soldiers and two others were killed in Bankass on Tuesday."
    claims = [
        toll(places, 1, 1, said, "Three soldiers", 3, "soldiers", unit="military"),
        toll(places, 2, 1, said, "two others were killed", 2, "others"),
    ]
    assert [f.victim for f in with_kin(features(c) for c in claims)] == ["military", None]


def test_a_sentence_of_two_families_gives_others_none(places: GazetteerFile) -> None:
    said = "The raid killed four soldiers and nine militants and wounded five others in Bankass."
    claims = [
        toll(places, 1, 1, said, "four soldiers", 4, "soldiers", unit="military"),
        toll(places, 2, 1, said, "nine militants", 9, "militants", unit="armed_group"),
        toll(places, 3, 1, said, "wounded five others", 5, "others", "wounded"),
    ]
    assert [f.victim for f in with_kin(features(c) for c in claims)][2] is None


def test_which_subjects_name_no_one_of_their_own() -> None:
    assert all(kin_word(s) for s in (None, "", "others", "more", "blessés", "wounded"))
    assert not any(kin_word(s) for s in ("people", "civilians", "other soldiers", "children"))


def test_others_point_back_to_the_toll_just_before_them(places: GazetteerFile) -> None:
    said = "52 soldiers were killed, while 196 others were wounded, and 900 insurgents died."
    claims = [
        toll(places, 1, 1, said, "52 soldiers were killed", 52, "soldiers", unit="military"),
        toll(places, 2, 1, said, "196 others were wounded", 196, "others", "wounded"),
        toll(places, 3, 1, said, "900 insurgents died", 900, "insurgents", unit="armed_group"),
    ]
    assert [f.victim for f in with_kin(features(c) for c in claims)] == [
        "military",
        "military",
        "armed_group",
    ]


def test_a_count_of_no_toll_is_not_whom_others_count(places: GazetteerFile) -> None:
    """ "Two suicide bombers ... killing 22 and injuring 18": the 22 are not bombers."""
    said = (
        "Two suicide bombers blew themselves up at a mosque in Bankass, killing 22 and injuring 18."
    )
    claims = [
        toll(
            places, 1, 1, said, "Two suicide bombers", 2, "suicide bombers", "other", "armed_group"
        ),
        toll(places, 2, 1, said, "killing 22", 22, None),
        toll(places, 3, 1, said, "injuring 18", 18, None, "wounded"),
    ]
    assert [f.victim for f in with_kin(features(c) for c in claims)][1:] == [None, None]
