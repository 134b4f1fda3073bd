"""Links within one incident that trial 78 missed or got wrong, on claims written for
the tests: a place told by its way from a town and a town lying that way; whole tolls
of one place a report tells in two sentences, no parts of a third; and a lead's
background incident ("a
week after gunmen killed nine police officers"), another incident than the lead's."""

from __future__ import annotations

from dataclasses import replace

from tests.match_helpers import placed_claim
from workbench.match import MatchInput, Relation, match
from workbench.match.features import features
from workbench.match.parts import with_parts
from workbench.store.gazetteer import GazetteerFile


def senegal(places: GazetteerFile, claim_id: int, location: str, low: int, **fields: object):
    """A killed count placed in Senegal, its own document and voice unless told."""
    return placed_claim(places, claim_id, location, low, country="Senegal", **fields)


def relations(claims: list[MatchInput], a: int, b: int) -> list[Relation]:
    return [s.relation for s in match(claims, claims) if {s.a, s.b} == {a, b}]


def test_a_town_that_lies_the_way_a_place_is_told_from_is_near_it(
    places: GazetteerFile,
) -> None:
    """Tindaba lies 20 km east of Goudomp, Diattakounda 20 km east too."""
    told = senegal(places, 1, "east of Goudomp", 4, subject="soldiers")
    town = senegal(places, 2, "near Tindaba", 4, subject="soldiers")
    assert relations([told, town], 1, 2) == [Relation.CORROBORATES]
    french = senegal(places, 3, "à une vingtaine de kilomètres à l'est de Goudomp", 4)
    village = senegal(places, 4, "Diattakounda", 4)
    assert relations([french, village], 3, 4) == [Relation.CORROBORATES]


def test_a_town_the_other_way_stays_apart(places: GazetteerFile) -> None:
    town = senegal(places, 2, "near Tindaba", 4, subject="soldiers")
    for way in ("west", "north", "south"):
        told = senegal(places, 1, f"{way} of Goudomp", 4, subject="soldiers")
        assert relations([told, town], 1, 2) == []


def _report(places: GazetteerFile, tolls: list[tuple[int, str, int, str]]) -> list[MatchInput]:
    """One report's tolls at Kafountine, one voice: (id, words, figure, sentence)."""
    return [
        senegal(
            places,
            claim_id,
            "Kafountine",
            low,
            document_id=1,
            voice_id=1,
            voice="the radio",
            text=text,
            sentence=sentence,
            subject="people",
        )
        for claim_id, text, low, sentence in tolls
    ]


def test_whole_tolls_of_one_place_in_two_sentences_are_no_parts_of_a_third(
    places: GazetteerFile,
) -> None:
    report = _report(
        places,
        [
            (1, "seven people were killed", 7, "At least seven people were killed on Sunday."),
            (2, "five dead", 5, "The imam speaks of five dead."),
            (3, "two deaths", 2, "The gendarmerie now admits two deaths."),
        ],
    )
    assert not any(f.part for f in with_parts(features(c) for c in report))
    other = senegal(places, 9, "Kafountine", 2, subject="people", text="two people died")
    assert relations([*report, other], 3, 9) == [Relation.CORROBORATES]
    assert relations([*report, other], 2, 9) == [Relation.CONTRADICTS]


def test_tolls_told_together_or_of_two_places_are_still_parts(places: GazetteerFile) -> None:
    said = "Seven people were killed, five in Kafountine and two in Diouloulou."
    report = _report(
        places,
        [(1, "Seven people were killed", 7, said), (2, "five", 5, said), (3, "two", 2, said)],
    )
    assert [f.part for f in with_parts(features(c) for c in report)] == [False, True, True]
    apart = _report(
        places,
        [
            (1, "seven people were killed", 7, "Seven people were killed in the district."),
            (2, "five dead", 5, "Five died in Kafountine."),
            (3, "two deaths", 2, "Two died in Diouloulou."),
        ],
    )
    apart = [
        replace(apart[0], location=None, located=()),
        apart[1],
        replace(apart[2], location="Diouloulou"),
    ]
    assert [f.part for f in with_parts(features(c) for c in apart)] == [False, True, True]


def test_a_lead_s_background_incident_links_not_to_the_lead_s_tolls(
    places: GazetteerFile,
) -> None:
    lead = (
        "A bus hit a mine near Kolda on Wednesday, killing at least six passengers, a week "
        "after gunmen killed nine police officers in the same region."
    )
    first = senegal(
        places, 1, "near Kolda", 6, document_id=1, voice_id=1, voice="wire", sentence=lead,
        text="killing at least six passengers", qualifier="at_least", high=None,
        subject="passengers", date="2024-06-05", published="2024-06-05",
    )  # fmt: skip
    background = senegal(
        places, 2, "Kolda region", 9, document_id=1, voice_id=1, voice="wire", sentence=lead,
        text="killed nine police officers", subject="police officers", date=None,
        published="2024-06-05",
    )  # fmt: skip
    bus = senegal(
        places, 3, "near Kolda", 9, subject="people", text="nine people died",
        date="2024-06-05", published="2024-06-06",
    )  # fmt: skip
    police = senegal(
        places, 4, "Kolda", 9, subject="police officers", text="nine police officers",
        date="2024-05-29", published="2024-05-30",
    )  # fmt: skip
    claims = [first, background, bus, police]
    assert relations(claims, 2, 3) == []
    assert relations(claims, 2, 1) == []
    assert relations(claims, 2, 4) == [Relation.CORROBORATES]
    assert relations(claims, 1, 3) != []
    # told in a sentence of its own, no lead before it, it is matched as before
    plain = "Neuf policiers ont été tués près de Kolda, selon la gendarmerie."
    alone = replace(background, sentence=plain, text="Neuf policiers ont été tués")
    assert relations([first, alone, bus, police], 2, 4) == [Relation.CORROBORATES]
    assert not features(alone).background
