"""Copies of one sentence in different documents are one origin (events.figures): the
rule compares each distinct sentence once and skips a document's own repeats, which
must join exactly the claims the pair-by-pair rule joins (a trial's 16,000 claims of
one file took 44 s pair by pair)."""

from __future__ import annotations

import random

from rapidfuzz import fuzz

from workbench.events import independent_voices
from workbench.events.figures import COPY_THRESHOLD
from workbench.events.sets import DisjointSets
from workbench.match import MatchInput

SENTENCES = [
    "Gunmen killed 12 soldiers near Gao on Thursday, the army said in a statement.",
    "Gunmen killed 12 soldiers near Gao on Thursday night, the army said in a statement.",
    "Gunmen killed 12 Soldiers  near Gao on Thursday, the army said in a statement.",
    "A local official said 12 soldiers died in the attack near Gao.",
    "A local official said 14 soldiers died in the attack near Gao.",
    "Residents said the attackers burned the market of Ansongo.",
]


def claim(claim_id: int, document: int, sentence: str) -> MatchInput:
    """A claim of its own voice (no name): only copies can join it to another."""
    return MatchInput(
        claim_id, document, 1000 + claim_id, "", "killed", 12, 12, 12, "exact",
        "soldiers", None, "Gao", "Mali", None, "2021-03-05", sentence, "12", False,
        "paragraph",
    )  # fmt: skip


def pairwise(claims: list[MatchInput]) -> dict[int, int]:
    """The rule as it was: every pair of claims of different documents compared."""
    sets = DisjointSets(c.id for c in claims)
    folded = [(c, " ".join(c.sentence.lower().split())) for c in claims]
    for i, (a, sa) in enumerate(folded):
        for b, sb in folded[i + 1 :]:
            if a.document_id != b.document_id and fuzz.ratio(sa, sb) >= COPY_THRESHOLD:
                sets.union(a.id, b.id)
    return {c.id: sets.find(c.id) for c in claims}


def partition(origins: dict[int, int]) -> set[frozenset[int]]:
    groups: dict[int, set[int]] = {}
    for claim_id, origin in origins.items():
        groups.setdefault(origin, set()).add(claim_id)
    return {frozenset(g) for g in groups.values()}


def test_copies_join_the_claims_the_pair_by_pair_rule_joins() -> None:
    rng = random.Random(7)
    for _ in range(200):
        claims = [
            claim(i, rng.randint(1, 4), rng.choice(SENTENCES)) for i in range(rng.randint(1, 12))
        ]
        assert partition(independent_voices(claims)) == partition(pairwise(claims))


def test_one_documents_repeats_are_no_copies_and_cost_no_comparisons() -> None:
    said = "Attack at Bosso killed 12 soldiers."
    claims = [claim(i, 1, said) for i in range(20_000)]
    origins = independent_voices(claims)  # pair by pair: 200 million comparisons
    assert len(set(origins.values())) == 20_000
    origins = independent_voices([*claims[:3], claim(99_999, 2, said)])
    assert len(set(origins.values())) == 1
