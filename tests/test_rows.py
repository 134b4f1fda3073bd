"""The rows the store gives have the fields their declared types name
(workbench/rows.py): a TypedDict is not checked at run time, so the queries' columns
are checked here against it, method by method."""

from collections.abc import Callable
from contextlib import closing

import pytest

from workbench import event_rows, rows
from workbench.service import ClaimFilter, Workbench
from workbench.store import Store


@pytest.fixture
def store(seeded_db):
    """The seeds with one of everything an analyst writes: a verdict, a grade, a link
    and an event renamed (left unsummed, as the store alone leaves it)."""
    with closing(Workbench(seeded_db, analyst="ana")) as bench:
        first, second = bench.store.claim_ids(ClaimFilter())[:2]
        bench.set_verdict(first, "confirmed", "checked")
        bench.set_credibility(first, 2, "two sources")
        bench.set_link(first, second, "corroborates")
        bench.correct_claim(first, {"subject": "villagers"}, "read again")
        bench.store.rename_event(_first_event(bench.store), "the raid", "ana")
        yield bench.store


def _first_claim(store: Store) -> int:
    return store.claim_ids(ClaimFilter())[0]


def _first_event(store: Store) -> int:
    return store.event_placements()[0][1]


def _a_voice(store: Store) -> str:
    return str(store.voices()[0]["id"])


def _renamed_voice(store: Store) -> Store:
    store.rename_voice(int(_a_voice(store)), "the army", "ben")
    return store


def _removed(store: Store) -> Store:
    """The store with the first document removed: its first claim, with a verdict, archived."""
    assert _first_claim(store) == 1
    store.remove_document(1, "ben")
    return store


READS: dict[str, tuple[type, Callable[[Store], object]]] = {
    "claims": (rows.ClaimDict, lambda s: s.claims(ClaimFilter())),
    "claim": (rows.ClaimDict, lambda s: [s.claim(_first_claim(s))]),
    "claims_by_id": (rows.ClaimDict, lambda s: s.claims_by_id([_first_claim(s)])),
    "match_inputs": (rows.MatchInputRow, lambda s: s.match_inputs()),
    "documents": (rows.DocumentRow, lambda s: s.documents()),
    "voices": (rows.CountedVoiceRow, lambda s: s.voices()),
    "find_voice": (rows.VoiceRow, lambda s: [s.find_voice(_a_voice(s))]),
    "set_verdict": (
        rows.HistoryRow,
        lambda s: [s.set_verdict(_first_claim(s), "disputed", None, "ben")],
    ),
    "history": (rows.HistoryRow, lambda s: s.history(_first_claim(s))),
    "histories": (rows.HistoryRow, lambda s: s.histories([_first_claim(s)])[_first_claim(s)]),
    "iter_history": (rows.HistoryRow, lambda s: list(s.iter_history())),
    "iter_verdicts": (rows.VerdictRow, lambda s: list(s.iter_verdicts())),
    "credibility_grades": (
        rows.GradeRow,
        lambda s: list(s.credibility_grades([_first_claim(s)]).values()),
    ),
    "links": (rows.LinkRow, lambda s: s.links()),
    "iter_links": (rows.LinkRow, lambda s: list(s.iter_links())),
    "links_between": (rows.LinkRow, lambda s: [s.links_between(*s.claim_ids(ClaimFilter())[:2])]),
    "set_link": (
        rows.LinkRow,
        lambda s: [s.set_link(*s.claim_ids(ClaimFilter())[:2], None, "confirmed", None, "ben")],
    ),
    "strongest_links": (
        rows.RankedLinkRow,
        lambda s: s.strongest_links([_first_claim(s)], ["corroborates"], 3),
    ),
    "unsummed_events": (event_rows.EventRow, lambda s: s.unsummed_events()),
    "event": (event_rows.DatedEventRow, lambda s: [s.event(_first_event(s))]),
    "iter_events": (event_rows.EventSummaryRow, lambda s: list(s.iter_events())),
    "event_log": (event_rows.EventLogRow, lambda s: s.event_log(_first_event(s))),
    "curation_log": (rows.CurationLogRow, lambda s: _renamed_voice(s).curation_log()),
    "archived_claims": (rows.ArchivedClaimRow, lambda s: _removed(s).archived_claims()),
    "archived_history": (rows.HistoryRow, lambda s: _removed(s).archived_history(1)),
    "summary_counts": (rows.ClaimCounts, lambda s: [s.summary_counts()]),
    "corrections": (rows.CorrectionRow, lambda s: s.corrections(_first_claim(s))),
    "corrections_of": (
        rows.CorrectionRow,
        lambda s: s.corrections_of([_first_claim(s)])[_first_claim(s)],
    ),
    "iter_corrections": (rows.CorrectionRow, lambda s: list(s.iter_corrections())),
    "correct": (
        rows.CorrectionRow,
        lambda s: s.correct(_first_claim(s), {"actor": "gunmen"}, None, "ben"),
    ),
    "document_claims": (rows.ClaimDict, lambda s: s.document_claims(1)),
    "stored_text": (rows.StoredTextRow, lambda s: [s.stored_text(1)]),
    "tally": (rows.Tally, lambda s: [s.tally()]),
}


@pytest.mark.parametrize("method", READS)
def test_a_row_has_the_fields_of_its_type(store, method):
    shape, read = READS[method]
    found = read(store)
    assert isinstance(found, list) and found, f"{method} gave no row to check"
    for row in found:
        assert list(row) == list(shape.__annotations__), method


def test_a_claim_reads_alike_as_a_dict_and_as_a_tuple():
    assert list(rows.ClaimDict.__annotations__) == list(rows.ClaimRow._fields)
