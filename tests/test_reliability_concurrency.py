"""Issue 14, the concurrency check: four writers decide verdicts and links while
`match --all` runs in a loop; afterwards every decision a writer was told succeeded
is in the database, and the verdict history holds every one of them."""

import json
import subprocess
import sys
from contextlib import closing

from tests.test_reliability_resume import write_corpus
from workbench.service import Workbench

WRITERS = 4
ROUNDS = 300
# 200 machine links, 50 for each writer: the fewer the claims, the quicker each
# `match --all` and each regrouping after a link decision, so the more of them overlap
DOCUMENTS = 50
WRITER = """
import json, random, sys
from workbench.errors import WorkbenchError
from workbench.service import Workbench
db, who, claims, links = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
bench = Workbench(db, analyst=who)
pick = random.Random(who)
for i in range(int(sys.argv[5])):
    try:
        if i % 2:
            claim = pick.choice(claims)
            status = pick.choice(["confirmed", "disputed", "false", "unverifiable"])
            bench.set_verdict(claim, status, note=f"{who}-{i}")
            told = {"claim": claim, "status": status, "note": f"{who}-{i}"}
        else:
            a, b = pick.choice(links)
            decision = pick.choice(["confirmed", "rejected", "unlink"])
            if decision == "unlink":
                decision = bench.remove_link(a, b)
            else:
                bench.set_link(a, b, state=decision)
            told = {"pair": [a, b], "decision": decision}
    except WorkbenchError as error:
        told = {"refused": str(error)}
    print(json.dumps(told), flush=True)
"""
MATCHER = """
import sys
from workbench.service import Workbench
bench = Workbench(sys.argv[1])
print("started", flush=True)
while True:
    bench.match(None, replace=True)
"""


def _start(script: str, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _shares(bench: Workbench) -> list[tuple[list[int], list[list[int]]]]:
    """Each writer's own claims and machine links, none shared."""
    claims = [c.id for c in bench.claims()]
    links = [[r["a_id"], r["b_id"]] for r in bench.store.links()]
    assert len(links) >= 8 * WRITERS
    return [(claims[w::WRITERS], links[w::WRITERS]) for w in range(WRITERS)]


def test_four_writers_and_match_all_in_a_loop_lose_no_decision(tmp_path):
    db = str(tmp_path / "claims.db")
    with closing(Workbench(db)) as bench:
        bench.ingest([str(write_corpus(tmp_path, DOCUMENTS))], jobs=1)
        shares = _shares(bench)
    matcher = _start(MATCHER, db)
    assert matcher.stdout is not None and matcher.stdout.readline().strip() == "started"
    writers = [
        _start(WRITER, db, f"w{w}", json.dumps(c), json.dumps(links), str(ROUNDS))
        for w, (c, links) in enumerate(shares)
    ]
    told = []
    for writer in writers:
        out, err = writer.communicate(timeout=600)
        assert writer.returncode == 0, err
        told += [json.loads(line) for line in out.splitlines()]
    matcher.kill()
    matcher.wait()
    # the only refusal: removing a link an earlier removal of one's own deleted
    assert all(t["refused"].startswith("no link between") for t in told if "refused" in t)
    with closing(Workbench(db)) as bench:
        _assert_verdicts_kept(bench, [t for t in told if "claim" in t])
        _assert_links_kept(bench, [t for t in told if "pair" in t])


def _assert_verdicts_kept(bench: Workbench, told: list[dict]) -> None:
    notes = {r["note"] for r in bench.store.iter_history()}
    assert {t["note"] for t in told} <= notes
    last = {t["claim"]: t for t in told}
    for claim_id, decision in last.items():
        claim = bench.claim(claim_id)
        assert (claim.status, claim.note) == (decision["status"], decision["note"])


def _assert_links_kept(bench: Workbench, told: list[dict]) -> None:
    last = {tuple(t["pair"]): t["decision"] for t in told}
    links = {(r["a_id"], r["b_id"]): r for r in bench.store.iter_links()}
    for pair, decision in last.items():
        link = links.get(pair)
        if decision == "deleted":  # the analyst's own link went; matching may suggest it
            assert link is None or (link["origin"], link["state"]) == ("machine", "suggested")
            continue
        assert link is not None, f"{pair}: {decision} lost"
        assert (link["state"], link["origin"]) == (decision, "analyst"), pair
