"""Kinds from trial 61 (an analyst's own reports of a massacre in North Kivu and a
kidnapping in Cabo Delgado), on sentences written for the tests, with negatives: the
writer's own count is the outlet's word ("Selon notre décompte"), a voice holding to
its toll ("L'armée maintient son bilan de 18 morts") speaks it, and a person named in
full and then by the family name alone is offered as one voice; households counted
apart from people in an event's figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claims_in
from tests.french_helpers import french_claims
from tests.test_match_country import load, relations
from workbench.geo.places import Kind
from workbench.match.victims import counts_households
from workbench.service.places import find_places
from workbench.store.voice_names import Named, suggestions


@pytest.mark.parametrize(
    "text",
    [
        "Selon notre décompte, 51 civils ont été tués.",
        "Selon nos unités sur le terrain, 18 assaillants ont été neutralisés.",
        "Selon nos informations, 18 civils ont été tués.",
        "Selon un décompte réalisé par notre rédaction, 51 civils ont été tués.",
    ],
)
def test_the_writers_own_count_has_no_voice_of_its_own(text: str) -> None:
    assert [c.attribution for c in french_claims(text)] == [None]


def test_a_daily_named_our_is_a_voice() -> None:
    [claim] = french_claims("Selon Notre Voie, 18 civils ont été tués.")
    assert claim.attribution == "Notre Voie"


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        ("La Croix-Rouge a recensé 51 corps. L'armée maintient son bilan de 18 morts.", "L'armée"),
        ("Les autorités ont maintenu leur bilan de 18 morts.", "Les autorités"),
        ("Le gouverneur réitère son bilan de 18 morts.", "Le gouverneur"),
        (
            "MAROUA, 2 juillet (Fil) - Le gouvernement maintient son bilan de 18 morts.",
            "Le gouvernement",
        ),
    ],
)
def test_a_voice_holding_to_its_toll_speaks_it(text: str, voice: str) -> None:
    assert [c.attribution for c in french_claims(text) if c.value == 18] == [voice]


def test_holding_to_something_else_is_no_toll() -> None:
    claims = french_claims("La Croix-Rouge a recensé 51 corps. L'armée maintient sa position.")
    assert [(c.value, c.attribution) for c in claims] == [(51, "La Croix-Rouge")]


def _named(*names: str) -> list[Named]:
    return [Named(i, name, "speaker") for i, name in enumerate(names, 1)]


def test_a_family_name_alone_is_offered_with_the_full_name() -> None:
    found = suggestions(_named("Kambale Mumbere", "Mumbere", "OCHA", "Beni"))
    pairs = {frozenset((s.a.name, s.b.name)) for s in found}
    assert frozenset(("Kambale Mumbere", "Mumbere")) in pairs
    assert not any("Beni" in p or "OCHA" in p for p in pairs)


def test_a_lone_word_no_full_name_ends_with_is_offered_with_none() -> None:
    assert suggestions(_named("Kambale Mumbere", "Kasereka")) == []


def test_households_are_a_row_of_their_own(tmp_path: Path) -> None:
    """Trial 61's "about 300 families" became the best figure of 300 displaced people."""
    bench = load(
        tmp_path,
        ("", "About 4,000 people fled their homes in Kalemba on Monday.", "2026-11-04"),
        ("", "Some 300 families fled their homes in Kalemba on Monday.", "2026-11-04"),
    )
    figures = [f for e in bench.events() for f in e.figures if f.category.value == "displaced"]
    rows = {(f.counted, f.best) for f in figures if f.side is None}
    assert rows == {(None, 4000), ("households", 300)}


def test_a_count_of_people_alone_has_no_households_row(tmp_path: Path) -> None:
    bench = load(
        tmp_path, ("", "About 4,000 people fled their homes in Kalemba on Monday.", "2026-11-04")
    )
    assert [f.counted for e in bench.events() for f in e.figures] == [None]


@pytest.mark.parametrize(
    "phrase",
    ["le village de Kalemba, en territoire de Beni", "Kalemba, dans le territoire de Beni"],
)
def test_an_address_part_keeps_its_own_kind_word(phrase: str) -> None:
    """Trial 61's "le village de Kalemba, en territoire de Beni" resolved to the town of
    Beni, 30 km away; the territory (a district) is meant."""
    [place, *_] = find_places(phrase, "Democratic Republic of the Congo")
    assert (place.name, place.kind) == ("Beni", Kind.DISTRICT)
    [town, *_] = find_places("le village de Kalemba, à Beni", "Democratic Republic of the Congo")
    assert town.kind is Kind.TOWN


@pytest.mark.parametrize(
    ("text", "date_text"),
    [
        (
            "Only four people were taken by the terrorists, and all four were rescued by the"
            " army on 7 November.",
            None,
        ),
        ("Four people were kidnapped on Monday and released on Thursday.", "Monday"),
        ("Gunmen abducted four people, who were freed on 7 November.", None),
        ("Gunmen abducted four people on 7 November.", "7 November"),  # no aftermath
    ],
)
def test_an_aftermath_date_does_not_date_the_incident(text: str, date_text: str | None) -> None:
    """Trial 61's kidnapping dated by its rescue became an event of its own."""
    [claim] = [c for c in claims_in(text) if c.category.value == "kidnapped"]
    assert claim.date_text == date_text


def test_households_and_people_are_no_dispute(tmp_path: Path) -> None:
    """Re-trial 61: "about 300 families" contradicted "about 1,200 people"."""
    bench = load(
        tmp_path,
        ("", "About 1,200 people fled their homes in Kalemba on Monday.", "2026-11-04"),
        ("", "About 300 families fled their homes in Kalemba on Monday.", "2026-11-04"),
    )
    found = relations(bench)
    assert [r for r, _ in found] == ["related"]
    assert "one counts households, the other people" in found[0][1]


def test_households_named_after_a_word_are_households() -> None:
    """Re-trial 61: "450 displaced families" (its subject read "displaced") counted as
    450 people."""
    assert counts_households("displaced", "Some 450 displaced families arrived")
    assert counts_households("families", "About 300 families fled")
    assert not counts_households("people", "300 people from 40 families fled")
    assert not counts_households("people", "1,200 people fled")
