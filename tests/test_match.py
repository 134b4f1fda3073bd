"""Matching on short texts written for the tests: each rule, and its negative."""

import datetime as dt
import random
from collections import Counter

import pytest

from workbench.match import LINKS_PER_CLAIM, MatchInput, Relation, match, match_all_pairs
from workbench.service import Metadata, Workbench
from workbench.store import LINK_STATES, ClaimFilter

# A rebel claim and the army's answer about one ambush.
TESSALIT = (
    (
        "a.txt",
        "Rebels killed 40 soldiers near Tessalit on Monday, a rebel spokesman said.\n",
        "2024-05-08",
    ),
    (
        "b.txt",
        "Only 4 soldiers were killed near Tessalit on Monday, the army said.\n",
        "2024-05-09",
    ),
)


def load(tmp_path, *articles: tuple[str, str, str | None]) -> Workbench:
    """A fresh database holding the articles (name, text, published date)."""
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    for name, text, published in articles:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        report = bench.ingest([str(path)], Metadata(published=published), jobs=1)
        assert report.added == 1, report.errors
    return bench


def relations(bench: Workbench) -> list[tuple[str, str, str]]:
    return [(link.a.text, link.b.text, link.relation) for link in bench.links()]


def test_different_voices_disjoint_figures_contradict(tmp_path):
    bench = load(
        tmp_path,
        *TESSALIT,
    )
    [(_, _, relation)] = relations(bench)
    assert relation == "contradicts"
    reason = bench.links()[0].reason
    assert "40 vs 4 killed" in reason and "disjoint" in reason and "Tessalit" in reason


def test_overlapping_ranges_corroborate_and_disjoint_ranges_do_not(tmp_path):
    bench = load(
        tmp_path,
        (
            "a.txt",
            "Between 30 and 45 villagers were killed in Ogossagou on Saturday, UN monitors said.\n",
            "2024-03-25",
        ),
        (
            "b.txt",
            "At least 40 villagers were killed in Ogossagou on Saturday, a local mayor said.\n",
            "2024-03-25",
        ),
        (
            "c.txt",
            "Up to 20 villagers were killed in Ogossagou on Saturday, the government said.\n",
            "2024-03-26",
        ),
    )
    found = {(link.a.text[:10], link.b.text[:10]): link.relation for link in bench.links()}
    assert "corroborates" in found.values() and "contradicts" in found.values()
    by_pair = {frozenset((x.a.low, x.b.low)): x.relation for x in bench.links()}
    assert by_pair[frozenset((30, 40))] == "corroborates"
    assert by_pair[frozenset((40, None))] == "contradicts"


def test_spelling_variants_of_a_place_match(tmp_path):
    bench = load(
        tmp_path,
        (
            "a.txt",
            "Islamists killed 12 soldiers in Diabaly on Monday, officials said.\n",
            "2013-01-15",
        ),
        (
            "b.txt",
            "Twelve soldiers died in Diabali on Monday, a security source said.\n",
            "2013-01-15",
        ),
    )
    assert [r[2] for r in relations(bench)] == ["corroborates"]


def test_restatement_within_one_article(tmp_path):
    text = (
        "Thousands flee\n\n  • 12,000 people have fled to Chad\n\n"
        "According to UNHCR, 12,000 people have fled to Chad since Friday.\n"
    )
    bench = load(tmp_path, ("a.txt", text, "2023-06-20"))
    assert [r[2] for r in relations(bench)] == ["restates"]


def test_a_denial_contradicts_whatever_the_numbers(tmp_path):
    bench = load(
        tmp_path,
        (
            "a.txt",
            "JNIM said its fighters killed 30 soldiers near Boni on Tuesday.\n",
            "2024-02-07",
        ),
        (
            "b.txt",
            "The defence ministry said reports that 30 soldiers were killed near Boni on Tuesday"
            " were false.\n",
            "2024-02-08",
        ),
    )
    [link] = bench.links()
    assert link.relation == "contradicts"
    assert "the second voice denies this figure" in link.reason  # the 30 is the one denied


def test_the_same_number_for_different_events_is_no_link(tmp_path):
    bench = load(
        tmp_path,
        (
            "a.txt",
            "Four soldiers were killed by a mine at Gossi on Monday, the army said.\n",
            "2024-01-10",
        ),
        ("b.txt", "Four civilians were killed near Gao on Monday, residents said.\n", "2024-01-10"),
        ("c.txt", "Four soldiers were killed in Menaka on Monday, officials said.\n", "2024-01-10"),
    )
    assert relations(bench) == []


def test_different_sides_and_countries_never_match(tmp_path):
    bench = load(
        tmp_path,
        ("a.txt", "Chad has sent 1,200 troops to the region, the minister said.\n", "2024-01-10"),
        ("b.txt", "Niger has sent 1,200 troops to the region, officials said.\n", "2024-01-10"),
        (
            "c.txt",
            "Twenty civilians were killed in Maiduguri, Nigeria, on Monday, police said.\n",
            "2024-01-10",
        ),
        (
            "d.txt",
            "Twenty civilians were killed in Kousseri, Cameroon, on Monday.\n",
            "2024-01-10",
        ),
    )
    assert all(relation != "corroborates" for *_, relation in relations(bench))


def test_different_dates_for_the_same_quantity_are_related_not_contradictory(tmp_path):
    bench = load(
        tmp_path,
        (
            "a.txt",
            "More than 90,000 people have been displaced in Ituri, OCHA said on Monday.\n",
            "2023-03-06",
        ),
        (
            "b.txt",
            "Some 150,000 people have been displaced in Ituri, the IOM said on Tuesday.\n",
            "2023-03-28",
        ),
    )
    assert [r[2] for r in relations(bench)] == ["related"]


def test_a_stale_verdict_is_flagged_when_a_contradicting_source_arrives(tmp_path):
    bench = load(
        tmp_path,
        (
            "a.txt",
            "Militants killed 25 soldiers in Djibo on Sunday, a rebel source said.\n",
            "2024-04-15",
        ),
    )
    claim = bench.claims()[0]
    bench.set_verdict(claim.id, "confirmed", "a second rebel channel says the same")
    (tmp_path / "b.txt").write_text(
        "Three soldiers were killed in Djibo on Sunday, the army said.\n"
    )
    bench.ingest([str(tmp_path / "b.txt")], Metadata(published="2024-04-16"), jobs=1)
    [stale] = bench.claims(ClaimFilter(stale=True))
    assert stale.id == claim.id
    assert "contradicts" in (stale.stale_reason or "") and "25 vs 3 killed" in (
        stale.stale_reason or ""
    )
    bench.set_verdict(claim.id, "disputed", "the army disagrees")
    assert bench.claims(ClaimFilter(stale=True)) == []


def test_analyst_links_survive_rematching_and_rejected_pairs_stay_rejected(tmp_path):
    bench = load(
        tmp_path,
        *TESSALIT,
        ("c.txt", "Five soldiers were wounded in Kidal on Friday, the army said.\n", "2024-05-09"),
    )
    a, b, c = (claim.id for claim in bench.claims())
    bench.set_link(a, b, state="rejected")
    bench.set_link(a, c, relation="related", note="same offensive")
    bench.match(replace=True)
    rows = {(r["a_id"], r["b_id"]): r for r in bench.store.links(states=LINK_STATES)}
    assert rows[(a, b)]["state"] == "rejected" and rows[(a, b)]["origin"] == "analyst"
    assert rows[(a, c)]["relation"] == "related" and rows[(a, c)]["state"] == "confirmed"
    assert [(x.a.id, x.b.id) for x in bench.links()] == [(a, c)]


def test_unlink_keeps_every_link_as_rejected_and_listable(tmp_path):
    """A suggestion and an analyst's own link alike: rejected, not deleted, so they
    stay listable with their reason and can be confirmed again (issue 17 §2)."""
    bench = load(
        tmp_path,
        *TESSALIT,
    )
    a, b = (claim.id for claim in bench.claims())
    assert bench.remove_link(a, b) == "rejected"
    bench.match(replace=True)
    assert bench.links() == []
    bench.set_link(a, b, relation="corroborates", note="the same ambush")
    assert bench.remove_link(a, b) == "rejected"
    [kept] = bench.links(states=["rejected"])
    assert (kept.relation, kept.note) == ("corroborates", "the same ambush")
    bench.set_link(a, b, relation="corroborates", state="confirmed")
    assert [link.state for link in bench.links()] == ["confirmed"]


def test_blocked_matcher_equals_all_pairs_on_the_seeds(seeded_db):
    bench = Workbench(seeded_db)
    inputs = [MatchInput.from_row(r) for r in bench.store.match_inputs()]
    assert match(inputs, inputs) == match_all_pairs(inputs)
    assert len(match(inputs, inputs)) == 3


@pytest.mark.parametrize("days", [0, 2])
def test_reports_a_few_days_apart_speak_of_the_same_event(tmp_path, days):
    published = (dt.date(2024, 5, 8) + dt.timedelta(days=days)).isoformat()
    bench = load(
        tmp_path,
        (
            "a.txt",
            "Gunmen killed 14 villagers in Solhan on Friday, residents said.\n",
            "2024-05-08",
        ),
        ("b.txt", "Fourteen villagers were killed in Solhan, the governor said.\n", published),
    )
    assert [r[2] for r in relations(bench)] == ["corroborates"]


def report(claim_id: int, voice: int, low: int, date: str | None, **fields) -> MatchInput:
    """A killed-count claim about Menaka from a voice of its own document, for pure tests."""
    given = dict(
        id=claim_id,
        document_id=claim_id,
        voice_id=voice,
        voice=f"voice {voice}",
        category="killed",
        low=low,
        high=low,
        value=low,
        qualifier="exact",
        subject="civilians",
        unit=None,
        location="Menaka",
        country="Mali",
        date=date,
        published=date,
        sentence="",
        text=f"{low} civilians",
        denies=False,
        section="body",
    )
    return MatchInput(**{**given, **fields})


def test_a_crowded_event_keeps_each_claims_strongest_links_only():
    crowd = [report(i, voice=i, low=12, date="2024-02-05") for i in range(1, 31)]
    verdicts = match(crowd, crowd)
    per_claim = Counter(i for v in verdicts for i in (v.a, v.b))
    assert all(v.relation is Relation.CORROBORATES for v in verdicts)
    # every claim keeps links, none keeps all 29 of its pairs, and no pair is invented
    assert set(per_claim) == {c.id for c in crowd}
    assert max(per_claim.values()) < 29
    assert min(per_claim.values()) >= LINKS_PER_CLAIM[Relation.CORROBORATES]
    assert len(verdicts) < 30 * 29 / 2


def test_claims_of_long_and_short_times_meet_as_comparing_every_pair_finds(monkeypatch):
    rng = random.Random(3)
    spans = ["2024-03-{:02d}", "2024-03", "2024", "2024-02-20/2024-03-{:02d}"]
    claims = []
    for i in range(1, 160):
        day = rng.randint(1, 28)
        date = rng.choice(spans).format(day) if rng.random() < 0.8 else None
        published = f"2024-03-{rng.randint(1, 28):02d}"
        category = rng.choice(["killed", "displaced", "refugees"])
        place = rng.choice(["Menaka", "Menakka", "Gao", "Kidal"])
        claims.append(
            report(
                i,
                voice=rng.randint(1, 12),
                low=rng.choice([10, 12, 40]),
                date=date,
                published=published,
                category=category,
                location=place,
                document_id=rng.randint(1, 60),
            )
        )
    blocked = {(v.a, v.b, v.relation) for v in match(claims, claims)}
    every_pair = {(v.a, v.b, v.relation) for v in match_all_pairs(claims)}
    assert blocked == every_pair and len(blocked) > 50
    # the later claims loaded alone against all: each must find the long-running ones
    for relation in LINKS_PER_CLAIM:
        monkeypatch.setitem(LINKS_PER_CLAIM, relation, len(claims))
    later = {c.id for c in claims[100:]}
    found = {(v.a, v.b, v.relation) for v in match(claims[100:], claims)}
    expected = {(v.a, v.b, v.relation) for v in match_all_pairs(claims) if {v.a, v.b} & later}
    assert found == expected and len(found) > 50


def test_a_claim_placed_nowhere_is_linked_to_nothing():
    first = report(1, voice=1, low=5, date="2024-02-05", location=None)
    second = report(2, voice=2, low=5, date="2024-02-05", location=None)
    assert match([first, second], [first, second]) == []


def test_a_match_run_says_how_many_of_its_links_are_new(tmp_path):
    """`match` said "7 links suggested" on every run while nothing changed: it now
    says how many join claims no link joined before."""
    bench = load(tmp_path, *TESSALIT)
    again = bench.match()
    assert again.links >= 1 and again.new == 0 and "0 of them new" in again.summary()
    a, b = (claim.id for claim in bench.claims())
    bench.store.restore_link(a, b, None)  # the link taken away, as if never suggested
    assert bench.match(replace=True).new == 1
