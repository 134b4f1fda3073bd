"""Matching a toll that names no place (match.placeless), on claims made for the tests:
a headline's "kills 22" against a report placing the toll in a town; with the
negatives: another country, another day, figures far apart, two tolls that disagree
with nothing but the country between them, a country-less headline's small or
merely overlapping figure, and two headlines that both name no place. And the events
such a toll joins (events.grouping.event_claims): its strongest link's, never one alone.
And a first count its own report revises (match.superseded): ranked below the revision,
which is no second incident's toll."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.events import EventLink, event_claims, group
from workbench.match import MatchInput, Relation, match, match_all_pairs
from workbench.match.features import features
from workbench.match.superseded import with_superseded
from workbench.store.gazetteer import GazetteerFile


def blank(claim_id: int, low: int, **fields: object) -> MatchInput:
    """A killed count of its own report that names no place (a headline)."""
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
        location=None,
        country="Kenya",
        date=None,
        published="2024-06-06",
        sentence=f"Bomb kills {low}",
        text=f"kills {low}",
        denies=False,
        section="title",
    )
    return MatchInput(**{**given, **fields})  # type: ignore[arg-type]


def town(places: GazetteerFile, claim_id: int, low: int, **fields: object) -> MatchInput:
    """A killed count placed in Garissa, Kenya, by a report of the same day."""
    given: dict[str, object] = dict(country="Kenya", date=None, subject="people")
    return placed_claim(places, claim_id, "Garissa", low, **{**given, **fields})


def test_a_headline_naming_no_place_corroborates_a_town_of_its_country(
    places: GazetteerFile,
) -> None:
    [(relation, reason)] = related(blank(1, 14), town(places, 2, 14))
    assert relation is Relation.CORROBORATES
    assert "same country: Kenya" in reason and "names no place" in reason


def test_no_place_in_another_country_or_on_another_day_links_nothing(
    places: GazetteerFile,
) -> None:
    assert related(blank(1, 14, country="Somalia"), town(places, 2, 14)) == []
    assert related(blank(1, 14, published="2024-06-20"), town(places, 2, 14)) == []


def test_figures_far_apart_link_nothing(places: GazetteerFile) -> None:
    # "dozens" (24 to 99) and "kills 10": too far apart for a tie by figure alone
    vague = town(places, 2, 24, high=99, value=None, qualifier="vague:dozens")
    assert related(blank(1, 10), vague) == []


def test_disagreeing_tolls_need_one_family_named_in_both(places: GazetteerFile) -> None:
    # "killing 19" in an unnamed town and "12-17 dead" in Garissa: two bombings
    spread = town(places, 2, 12, high=17, value=None, qualifier="range", subject=None)
    assert related(blank(1, 19), spread) == []
    # "more than 22 fighters" and "kills 20 rebels": one toll in dispute
    fighters = town(places, 2, 23, subject="fighters", high=None, value=None, qualifier="more than")
    rebels = blank(1, 20, subject="rebels", text="kills 20 rebels")
    [(relation, reason)] = related(rebels, fighters)
    assert relation is Relation.CONTRADICTS and "names no place" in reason


def test_a_headline_of_no_country_needs_the_same_figure_and_no_small_one(
    places: GazetteerFile,
) -> None:
    [(relation, reason)] = related(blank(1, 22, country=None), town(places, 2, 22))
    assert relation is Relation.CORROBORATES and "the same figure" in reason
    assert related(blank(1, 2, country=None), town(places, 2, 2)) == []
    assert related(blank(1, 21, country=None), town(places, 2, 22)) == []


def test_a_place_of_no_known_country_needs_the_same_figure(places: GazetteerFile) -> None:
    # "at least 17 killed in Qameshly city" (no country) and "18 dead" in Kenya's Garissa
    unknown = blank(
        1, 17, country=None, location="Qameshly city", high=None, value=None, qualifier="at least"
    )
    syria = placed_claim(places, 2, "Syria", 18, country="Syria", date=None, subject="people")
    [(relation, reason)] = related(unknown, syria)
    assert relation is Relation.CORROBORATES and "'Qameshly city' is in no country" in reason
    # a town is another place named: "Qameshly city" and Garissa are two places
    assert related(unknown, town(places, 2, 18)) == []
    # a small figure, or figures that only overlap ("at least 17" and 40), tie nothing
    small = blank(1, 3, country=None, location="Qameshly city")
    assert related(small, placed_claim(places, 2, "Syria", 3, country="Syria")) == []
    assert related(unknown, placed_claim(places, 2, "Syria", 40, country="Syria")) == []
    # the same unknown name in a report of a known country is left to the names
    assert related(blank(1, 18, location="Qameshly city"), town(places, 2, 18)) == []


def test_two_headlines_naming_no_place_never_meet() -> None:
    assert related(blank(1, 14), blank(2, 14)) == []


def test_blocking_finds_what_every_pair_finds(places: GazetteerFile) -> None:
    claims = [
        blank(1, 14),
        blank(2, 22, country=None),
        blank(3, 30, subject="rebels"),
        town(places, 4, 14),
        town(places, 5, 22),
        placed_claim(places, 6, "Kenya", 33, country="Kenya", date=None),
        town(places, 7, 22, country=None),
        blank(8, 5, country="Somalia"),
        blank(9, 33, country=None, location="Qameshly city"),
    ]
    blocked = {(s.a, s.b, s.relation) for s in match(claims, claims)}
    every = {(s.a, s.b, s.relation) for s in match_all_pairs(claims)}
    assert blocked == every
    assert (1, 4, Relation.CORROBORATES) in blocked and (2, 5, Relation.CORROBORATES) in blocked
    assert (6, 9, Relation.CORROBORATES) in blocked
    # and a stored headline is found by a new report's claim, and the other way round
    assert {(s.a, s.b) for s in match([claims[3]], claims)} >= {(1, 4)}
    assert {(s.a, s.b) for s in match([claims[0]], claims)} >= {(1, 4)}


# Events: a count that names no place joins the event its strongest link points to,
# and never makes an event alone.


def _events(claims: list[MatchInput], links: list[EventLink]) -> list[list[int]]:
    members = event_claims(claims, links, {})
    return sorted(g.claim_ids for g in group(members, links, {}, {}))


def test_a_headline_naming_no_place_joins_the_event_of_its_link(places: GazetteerFile) -> None:
    headline, body = blank(1, 14), town(places, 2, 14)
    assert _events([headline, body], [EventLink(1, 2, "corroborates", 0.9)]) == [[1, 2]]
    # unlinked, or only related, it is in no event
    assert _events([headline, body], []) == [[2]]
    assert _events([headline, body], [EventLink(1, 2, "related", 0.9)]) == [[2]]


def test_a_headline_linked_to_two_places_joins_the_strongest_only(
    places: GazetteerFile,
) -> None:
    far = placed_claim(places, 3, "Mandera", 14, country="Kenya", date=None, subject="people")
    claims = [blank(1, 14), town(places, 2, 14), far]
    links = [EventLink(1, 2, "corroborates", 0.8), EventLink(1, 3, "corroborates", 0.9)]
    assert _events(claims, links) == [[1, 3], [2]]


def test_two_headlines_naming_no_place_make_no_event() -> None:
    links = [EventLink(1, 2, "corroborates", 0.9)]
    assert _events([blank(1, 14), blank(2, 14)], links) == []


def test_a_headline_agreeing_with_two_places_links_neither(places: GazetteerFile) -> None:
    # "kills 14" and, that day, 14 dead in Garissa and 14 in Mandera: which, it does not say
    far = placed_claim(places, 3, "Mandera", 14, country="Kenya", date=None, subject="people")
    claims = [blank(1, 14), town(places, 2, 14), far]
    found = {(s.a, s.b) for s in match(claims, claims)}
    assert (1, 2) not in found and (1, 3) not in found
    assert found == {(s.a, s.b) for s in match_all_pairs(claims)}
    # one of them alone, it links
    assert {(s.a, s.b) for s in match(claims[:2], claims[:2])} == {(1, 2)}


# A first count its own report revises (match.superseded): its links rank below
# those of the report's standing figure; nothing is linked or unlinked by it.


def _said(claim_id: int, low: int, text: str, date: str | None = None) -> MatchInput:
    """A toll of report 10, placed in Garissa."""
    return blank(
        claim_id, low, document_id=10, location="Garissa", text=text, date=date, voice_id=10
    )


def test_a_first_count_the_report_revises_is_superseded() -> None:
    first = _said(1, 6, "six people were killed", "2024-06-03")
    total = _said(2, 25, "a total of 25 were killed", "2024-06-04")
    read = with_superseded([features(first), features(total)])
    assert [f.superseded for f in read] == [True, False]
    # told as a first count, with no date
    initial = [_said(1, 9, "nine initial casualties"), _said(2, 35, "35 dead")]
    assert [f.superseded for f in with_superseded(map(features, initial))] == [True, False]


def test_tolls_of_two_places_or_told_alike_are_no_revision() -> None:
    # two villages' tolls of one report, and two tolls told as any count
    village = blank(2, 25, document_id=10, location="Kigam", text="a total of 25 were killed")
    two = [_said(1, 6, "six people were killed"), village]
    assert not any(f.superseded for f in with_superseded(map(features, two)))
    alike = [_said(1, 6, "six people were killed"), _said(2, 25, "25 were killed")]
    assert not any(f.superseded for f in with_superseded(map(features, alike)))


def test_the_revised_figure_ranks_first() -> None:
    first = _said(1, 6, "six people were killed")
    total = _said(2, 12, "the toll rose to 12")
    other = blank(3, 6, location="Garissa", text="six killed")
    found = {(s.a, s.b): s for s in match([first, total, other], [first, total, other])}
    assert found[(1, 3)].relation is Relation.CORROBORATES
    assert found[(2, 3)].relation is Relation.CONTRADICTS
    assert found[(2, 3)].score > found[(1, 3)].score


def test_a_report_revising_its_first_count_disputes_another_reports_first() -> None:
    # "nine casualties" in Logo, and another report's "nine initial casualties ...
    # totalling 35 dead": the 35 revises the nine, no second incident's toll
    other = blank(3, 9, location="Logo", text="Nine casualties")
    initial = blank(1, 9, document_id=10, location="Logo", text="nine initial casualties")
    total = blank(2, 35, document_id=10, location="Logo", text="totalling 35 dead")
    found = {
        (s.a, s.b): s.relation for s in match([initial, total, other], [initial, total, other])
    }
    assert found[(2, 3)] is Relation.CONTRADICTS
    # told as any count, 35 against nine in one place that week are two incidents
    plain = blank(2, 35, document_id=10, location="Logo", text="35 dead")
    found = {(s.a, s.b): s.relation for s in match([plain, other], [plain, other])}
    assert (2, 3) not in found
