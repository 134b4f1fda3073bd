"""Issue 14, item 2: a link decision is keyed by the claim pair and made inside the
write transaction, so a `match --all` re-creating the link meanwhile cannot undo it."""

import threading
import time

import pytest

from tests.reliability_helpers import Holder
from workbench.service import Workbench


@pytest.fixture
def bench(seeded_db):
    bench = Workbench(seeded_db, analyst="ana")
    yield bench
    bench.close()


def _machine_link(bench: Workbench) -> tuple[int, int]:
    link = next(r for r in bench.store.links() if r["origin"] == "machine")
    return link["a_id"], link["b_id"]


def _recreate(a: int, b: int) -> tuple[str, str]:
    """What `match --all` does to a suggestion: deleted, and inserted under a new id."""
    return (
        f"DELETE FROM links WHERE a_id = {a} AND b_id = {b}",
        "INSERT INTO links (a_id, b_id, relation, score, reason, state, origin, updated_at)"
        f" VALUES ({a}, {b}, 'related', 0.5, 'again', 'suggested', 'machine', 'later')",
    )


def _decide_while_held(bench: Workbench, decide, statements: tuple[str, ...]) -> object:
    """Run `decide` while another process holds the lock and re-creates the link."""
    found: list[object] = []
    with Holder(bench.store.path, *statements):
        worker = threading.Thread(target=lambda: found.append(decide()))
        worker.start()
        time.sleep(1.0)  # the decision has read what it reads and waits for the lock
    worker.join(timeout=60)
    return found[0]


def test_unlink_while_matching_recreates_the_link_keeps_the_rejection(bench):
    a, b = _machine_link(bench)
    told = _decide_while_held(bench, lambda: bench.remove_link(a, b), _recreate(a, b))
    assert told == "rejected"
    row = bench.store.links_between(a, b)
    assert (row["state"], row["origin"], row["analyst"]) == ("rejected", "analyst", "ana")


def test_reject_while_matching_recreates_the_link_keeps_the_rejection(bench):
    a, b = _machine_link(bench)
    _decide_while_held(bench, lambda: bench.set_link(a, b, state="rejected"), _recreate(a, b))
    assert bench.store.links_between(a, b)["state"] == "rejected"


def _raising(call, *args):
    try:
        return call(*args)
    except Exception as error:  # carried out of the thread to the test
        return error


def test_unlink_of_a_link_gone_meanwhile_raises(bench):
    a, b = _machine_link(bench)
    gone = (f"DELETE FROM links WHERE a_id = {a} AND b_id = {b}",)
    told = _decide_while_held(bench, lambda: _raising(bench.remove_link, a, b), gone)
    assert "no link between claims" in str(told)
