"""Kinds trial 68 found (French and English reports of a drone strike and an ambush in
Amhara), each fixed in general: sentences and phrases written for these tests, with
their negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import claimreview_authors
from tests.test_trial_kinds43 import claims
from workbench.match.members import members_family


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("The army neutralised 12 members of the extremist Fano group.", "armed_group"),
        ("Police killed five members of an armed gang in the raid.", "armed_group"),
        ("Troops killed 9 members of the Boko Haram sect.", "armed_group"),
        # negatives: a named body of no known group says no family; a party is none
        ("Four members of the Awami League were killed.", None),
        ("Four members of the group were killed.", None),
    ],
)
def test_members_of_an_armed_group_are_its_fighters(text: str, family: str | None) -> None:
    assert members_family("members", text) == family


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "La Commission a recensé plus de 500 civils tués dans de telles frappes en "
            "2026, dont 24 enfants.",
            "fr",
        ),
        ("Plus de 300 civils ont été tués lors des attaques de drones en 2026.", "fr"),
        ("More than 500 civilians were killed in such strikes in 2026, the commission said.", None),
        ("At least 300 people died in drone attacks during 2026, monitors said.", None),
    ],
)
def test_a_years_toll_of_many_attacks_is_a_running_total(text: str, language: str | None) -> None:
    (first, *_) = claims(text, language)
    assert first.scope.value == "cumulative"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Une frappe de drone a tué 50 personnes à Dabat en 2026.", "fr"),
        ("A drone strike killed 30 people in the market in March 2026.", None),
        ("Gunmen killed 30 people in attacks on two villages on Monday.", None),
    ],
)
def test_one_attack_of_a_year_stays_an_incident(text: str, language: str | None) -> None:
    (first, *_) = claims(text, language)
    assert first.scope.value == "incident"


def test_a_defence_force_and_an_armed_group_are_organizations_in_claimreview(
    tmp_path: Path,
) -> None:
    """Trial 68: the army and Fano were typed as persons; a named person stays one."""
    report = (
        "Addis Ababa, March 15 (Wire) - The Ethiopian National Defense Force said 12 "
        "militants were killed near Debark on Saturday.\n\n"
        "Fano said 45 civilians were killed in the strike on Debark.\n\n"
        "Abebe Kebede, a trader, said 20 bodies were carried from the market in Debark.\n"
    )
    authors = claimreview_authors(tmp_path, report)
    for body in ("Defense Force", "Fano"):
        [kind] = [kind for name, kind in authors.items() if body in name]
        assert kind == "Organization", (body, authors)
    [trader] = [kind for name, kind in authors.items() if "Abebe" in name]
    assert trader == "Person", authors


@pytest.mark.parametrize(
    ("text", "language", "told"),
    [
        (
            "Le bilan de la frappe s'élève désormais à 43 morts, selon le bureau de la "
            "santé de la zone, qui avait d'abord fait état de 31 morts samedi soir.",
            "fr",
            [(43, False), (31, True)],
        ),
        (
            "The toll now stands at 93, according to officials, who had previously said "
            "70 people were killed.",
            None,
            [(93, False), (70, True)],
        ),
        # negatives: a closed aside still tells the first count; a relative clause
        # that tells no count leaves the toll standing
        (
            "The army, which had given a toll of nine dead on Monday, on Wednesday "
            "raised its toll to 14.",
            None,
            [(9, True), (14, False)],
        ),
        ("Gunmen killed 12 villagers, who had earlier fled another attack.", None, [(12, False)]),
    ],
)
def test_a_relative_clause_after_the_standing_toll_tells_the_first_count(
    text: str, language: str | None, told: list[tuple[int, bool]]
) -> None:
    """Trial 68: "s'élève désormais à 43 ..., qui avait d'abord fait état de 31" read
    the 43 as a first count too, and the event left the standing toll out."""
    assert [(c.value, c.earlier_figure) for c in claims(text, language)] == told
