"""A DR Congo territory is a division: "Kubandi, Irumu Territory, Ituri Province" is
an address whose finest place, the village, is where it happened (a trial's Komanda
attack was placed in its province); "territory" in lower case is no place."""

from __future__ import annotations

import datetime as dt

from tests.conftest import claims_in

DAY = dt.date(2025, 7, 28)


def _killed_place(text: str) -> str | None:
    (claim,) = [c for c in claims_in(text, DAY) if c.category == "killed"]
    return claim.location


def test_a_village_before_its_territory_and_province_is_the_place() -> None:
    text = (
        "Officials condemned an attack by rebels in Kubandi, Irumu Territory, Ituri"
        " Province, which left 43 civilians dead."
    )
    place = _killed_place(text)
    assert place is not None and place.startswith("Kubandi")


def test_a_territory_named_alone_is_a_place() -> None:
    assert _killed_place("Rebels killed 5 soldiers in Beni Territory on Monday.") == (
        "Beni Territory"
    )


def test_held_territory_is_no_place() -> None:
    assert _killed_place("Rebels killed 5 soldiers in rebel-held territory on Monday.") is None
    assert _killed_place("Rebels killed 5 soldiers in Houthi territory on Monday.") is None
