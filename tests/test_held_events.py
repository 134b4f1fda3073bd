"""An event the analyst shaped takes a new report's claims, but the machine's links pour
no other incident into it (trial 72: after the analyst merged a bandit attack's events,
one machine link made by a date correction moved an air strike's 18 claims, from several
reports, into the attack's event). Only a confirmed link, or the analyst's merge, does
that. Claims and links written for these tests; with their negatives."""

from __future__ import annotations

from tests.match_helpers import match_input
from workbench.events import EventLink, group


def _claims():
    held = [
        match_input(1, 21, location="Maru", document_id=1, voice_id=1),
        match_input(2, 23, location="Maru", document_id=2, voice_id=2),
    ]
    strike = [
        match_input(3, 30, location="Kurmin Bawa", document_id=3, voice_id=3),
        match_input(4, 30, location="Kurmin Bawa", document_id=4, voice_id=4),
    ]
    return held, strike


def _groups(links, claims, placed):
    return sorted(sorted(g.claim_ids) for g in group(claims, links, placed, {}))


def test_a_machine_link_pours_no_other_reports_incident_into_a_held_event() -> None:
    held, strike = _claims()
    links = [EventLink(3, 4, "corroborates", 0.95), EventLink(2, 3, "contradicts", 0.6)]
    placed = {1: 10, 2: 10}  # the analyst merged the attack's claims into event 10
    assert _groups(links, [*held, *strike], placed) == [[1, 2], [3, 4]]


def test_the_analysts_confirmed_link_does() -> None:
    held, strike = _claims()
    links = [
        EventLink(3, 4, "corroborates", 0.95),
        EventLink(2, 3, "contradicts", 0.6, confirmed=True),
    ]
    assert _groups(links, [*held, *strike], {1: 10, 2: 10}) == [[1, 2, 3, 4]]


def test_a_new_reports_claims_still_join_a_held_event() -> None:
    """The negative: one new report's claims (its killed and wounded) join by a
    machine link, as they always did."""
    held, _ = _claims()
    report = [
        match_input(5, 23, location="Maru", document_id=5, voice_id=5),
        match_input(6, 40, category="wounded", location="Maru", document_id=5, voice_id=5),
    ]
    links = [EventLink(2, 5, "corroborates", 0.9)]
    assert _groups(links, [*held, *report], {1: 10, 2: 10}) == [[1, 2, 5, 6]]


def test_without_a_held_event_the_machine_joins_as_before() -> None:
    """The negative: among the machine's own events a link joins two reports' sets."""
    held, strike = _claims()
    links = [
        EventLink(1, 2, "corroborates", 0.9),
        EventLink(3, 4, "corroborates", 0.95),
        EventLink(2, 3, "contradicts", 0.6),
    ]
    assert _groups(links, [*held, *strike], {}) == [[1, 2, 3, 4]]
