"""A figure that sums several incidents told before ("Together, the two attacks have
killed at least 19 people") is a total over them, scope "cumulative" with the
incidents as its period, never one incident's toll (trial 73: a wire story's sum of
two clashes became one clash's conservative toll). A sum's article ("killed a
combined 30 people") leads a toll as "a total of" does. Sentences written for these
tests; negatives included."""

from __future__ import annotations

import pytest

from tests.test_scope_news_kinds import scope_of
from workbench.extract import extract_claims
from workbench.ingest import document_from_text

SUMS = [
    ("Together, the two attacks have killed at least 23 people.", "23 people", "the two attacks"),
    ("The three ambushes killed 41 soldiers in all.", "41 soldiers", "The three ambushes"),
    ("In total, 17 villagers died in the four raids.", "17 villagers", "the four raids"),
    ("The two bombings have left 55 dead, officials said.", "55 dead", "The two bombings"),
    ("Altogether these three shootings claimed 9 lives.", "9 lives", "these three shootings"),
    (
        "Police said 12 people were wounded in the two separate explosions combined.",
        "12 people",
        "the two separate explosions",
    ),
]


@pytest.mark.parametrize(("sentence", "figure", "period"), SUMS)
def test_a_sum_of_several_incidents_is_a_total(sentence: str, figure: str, period: str) -> None:
    assert scope_of(sentence, figure) == ("cumulative", period)


ONE_INCIDENT = [
    # several blasts of one attack, with no word that sums them
    ("Two explosions at the market killed 14 people on Friday.", "14 people"),
    # "in two attacks" alone: a coder may code it as one event
    ("Gunmen killed 6 herders in two attacks on Sunday.", "6 herders"),
    # the attackers, not the attacks
    ("The two attackers were killed by guards.", "two attackers"),
    # one attack of the two named
    ("The first of the two attacks killed 8 people.", "8 people"),
    ("In all, 8 people were killed in the bombing.", "8 people"),
]


@pytest.mark.parametrize(("sentence", "figure"), ONE_INCIDENT)
def test_one_incident_is_no_sum(sentence: str, figure: str) -> None:
    assert scope_of(sentence, figure) == ("incident", None)


def _killed(text: str) -> list[tuple[int | None, str]]:
    claims = extract_claims(document_from_text("t.txt", text))
    return [(c.low, c.scope.value) for c in claims if c.category.value == "killed"]


@pytest.mark.parametrize("lead", ["a combined", "a combined total of", "a whopping", "a record"])
def test_a_sum_article_leads_a_toll(lead: str) -> None:
    assert _killed(f"The storms killed {lead} 31 people.") == [(31, "incident")]


def test_an_age_after_an_article_is_one_victim_still() -> None:
    assert _killed("The blast killed a 31-year-old trader.") == [(1, "incident")]
