"""Claims placed by the shipped gazetteer, made for the matching tests."""

from __future__ import annotations

from workbench.geo.resolve import resolve
from workbench.match import MatchInput, Relation, match
from workbench.store.gazetteer import GazetteerFile


def match_input(claim_id: int, low: int = 12, **fields: object) -> MatchInput:
    """A killed count of a voice and document of its own, dated 5 June 2024 in Mali,
    of no place unless `fields` give one; `fields` override any default."""
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
        subject="civilians",
        unit=None,
        location=None,
        country="Mali",
        date="2024-06-05",
        published="2024-06-06",
        sentence="",
        text=f"{low} civilians",
        denies=False,
        section="body",
        located=(),
    )
    return MatchInput(**{**given, **fields})  # type: ignore[arg-type]


def placed_claim(
    places: GazetteerFile, claim_id: int, location: str, low: int = 12, **fields: object
) -> MatchInput:
    """A killed count of a voice and document of its own, placed where `location`
    resolves in Mali (unless `country` says otherwise), dated 5 June 2024."""
    country = fields.pop("country", "Mali")
    found = resolve(location, None if country is None else str(country), places)
    placed: dict[str, object] = dict(
        location=location,
        country=country,
        located=(found.place, *found.others) if found else (),
        place_relation=found.relation if found else "in",
    )
    return match_input(claim_id, low, **{**placed, **fields})


def related(a: MatchInput, b: MatchInput) -> list[tuple[Relation, str]]:
    return [(s.relation, s.reason) for s in match([a, b], [a, b])]
