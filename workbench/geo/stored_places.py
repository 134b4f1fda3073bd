"""A resolved place as a claim stores it, and read back: `claim_place` writes a
`Located` (resolve.py) as the claim's `ClaimPlace` (workbench/located.py), and
`located_places` and `place_relation` read a stored place (its JSON, cached: a corpus's
claims share a few thousand places) as the places and relation the matcher compares.
Split from resolve.py.
"""

from __future__ import annotations

from dataclasses import asdict
from functools import lru_cache

from workbench.geo.places import Kind, Place
from workbench.geo.resolve import Located
from workbench.located import ClaimPlace, PlaceRef, stored_place


def claim_place(located: Located) -> ClaimPlace:
    """A resolved place as a claim keeps it (workbench/located.py)."""
    return ClaimPlace(
        **_reference(located.place).model_dump(),
        relation=located.relation,
        others=[_reference(p) for p in located.others],
    )


def located_places(stored: str | ClaimPlace | None) -> tuple[Place, ...]:
    """A claim's stored place (its JSON, "", None, or the model) as the places the
    matcher compares: the claim's first, then the others its phrase names."""
    if isinstance(stored, str):
        return _parsed(stored)
    if stored is None:
        return ()
    return tuple(_place(p) for p in (stored, *stored.others))


def place_relation(stored: str | None) -> str:
    """The relation a claim's stored place states ("in" when none is stored)."""
    place = _model(stored) if stored else None
    return place.relation if place else "in"


@lru_cache(maxsize=1 << 14)
def _parsed(stored: str) -> tuple[Place, ...]:
    place = _model(stored)
    return located_places(place) if place else ()


@lru_cache(maxsize=1 << 14)  # a corpus's claims share a few thousand places
def _model(stored: str) -> ClaimPlace | None:
    """A stored place's JSON read once, for both the places and the relation."""
    value = stored_place(stored)
    return ClaimPlace.model_validate(value) if value else None


def _reference(place: Place) -> PlaceRef:
    return PlaceRef.model_validate(asdict(place))


def _place(ref: PlaceRef) -> Place:
    fields = ref.model_dump(include=set(PlaceRef.model_fields))
    return Place(**{**fields, "kind": Kind(ref.kind)})
