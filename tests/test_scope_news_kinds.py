"""Running totals the news writes without "since": a war's toll in the perfect tense
("have been killed in the conflict", "displaced by the war"), a week's toll ("within
the week", "in the second week of June"; not "in the last week"), a strife's toll
("the ethnic strife has claimed"), and an outbreak or a series given its start month
("the riots, which began in June, have left 80 dead"). Sentences written for these
tests; negatives included."""

from __future__ import annotations

import pytest

from workbench.extract.scope import claim_scope


def scope_of(sentence: str, figure: str) -> tuple[str, str | None]:
    """The scope of the claim `figure` (its first occurrence) in `sentence`."""
    at = sentence.index(figure)
    return claim_scope(sentence, 0, len(sentence), at, at + len(figure))


TOTALS = [
    (
        "Some 4,800 lives have been lost in the conflict, a monitoring group says.",
        "4,800 lives",
        "in the conflict",
    ),
    (
        "Officials say 900 people have died and 12,000 have fled in the war in the east.",
        "12,000 have fled",
        "in the war",
    ),
    (
        "More than 300 fighters have been killed in the long insurgency, the army said.",
        "300 fighters",
        "in the long insurgency",
    ),
    (
        "Air raids killed over 70 insurgents within the week.",
        "over 70 insurgents",
        "within the week",
    ),
    (
        "A rights group counted 15 people abducted in the second week of June.",
        "15 people abducted",
        "in the second week of June",
    ),
    (
        "Gunmen killed 23 farmers in raids in the third week of August.",
        "23 farmers",
        "in the third week of August",
    ),
    (
        "The riots, which began in the capital in June 2021, have left 85 people dead.",
        "85 people",
        "began in the capital in June 2021",
    ),
    (
        "The unrest that erupted on 4 March has now claimed 61 lives.",
        "61 lives",
        "erupted on 4 March",
    ),
    (
        "Some 1.2 million people have been displaced by the war in the north.",
        "1.2 million people",
        "by the war",
    ),
    (
        "The raids, which began in October, have killed 48 villagers.",
        "48 villagers",
        "began in October",
    ),
    (
        "The communal strife in the valley has already claimed the lives of 140 residents.",
        "140 residents",
        None,
    ),
    # a war its waging side names, a toll in figures of ten thousand and more (Gaza
    # trial, session 50)
    ("The ministry says the offensive has killed more than 38,000 people.", "38,000 people", None),
    ("The army's siege of the city has claimed 2,100 lives.", "2,100 lives", None),
    ("The rebels' campaign has killed 12,000 civilians, the UN says.", "12,000 civilians", None),
]

INCIDENTS = [
    # one outbreak: fighting, violence, an attack
    ("Five soldiers have been killed in the fighting near the border.", "Five soldiers"),
    ("At least 9 people have been killed in the violence at the stadium.", "9 people"),
    ("Nine pilgrims were killed in the war zone on Friday.", "Nine pilgrims"),
    # a "conflict" that is one clash, begun on a weekday
    (
        "Rebels said 7 soldiers have been killed in the conflict, which erupted on Friday.",
        "7 soldiers",
    ),
    # one day's span, and one attack told with "by"
    ("Troops have killed 14 bandits in the past 24 hours.", "14 bandits"),
    ("Two farmers have been killed in a land dispute in the last week.", "Two farmers"),
    ("Nine traders have been killed by the blast at the market.", "Nine traders"),
    ("The attacks, which began on Sunday, have killed 17 people.", "17 people"),
    # a start on a weekday is one incident still going on
    ("The riots, which began on Tuesday, have left 20 people dead.", "20 people"),
    # a week that is no span of a toll
    ("Gunmen killed 12 villagers in the first week of the campaign.", "12 villagers"),
    ("Within the week's first hour, a bomb killed 6 traders.", "6 traders"),
    # one event named, dated only by its week ("in shelling", "in an ambush")
    ("Three herders died in shelling near the river in the last week of July.", "Three herders"),
    ("Militants killed 5 guards in a raid on the depot during the first week of May.", "5 guards"),
    # a war named, but as the setting of one raid
    ("He said 4 people were killed in the war's deadliest raid.", "4 people"),
    # an offensive's one day
    ("The army's offensive on the town killed 12 people on Monday.", "12 people"),
]


@pytest.mark.parametrize(("sentence", "figure", "period"), TOTALS)
def test_totals_without_since_are_cumulative(sentence, figure, period):
    assert scope_of(sentence, figure) == ("cumulative", period)


@pytest.mark.parametrize(("sentence", "figure"), INCIDENTS)
def test_one_outbreak_stays_an_incident(sentence, figure):
    assert scope_of(sentence, figure) == ("incident", None)


@pytest.mark.parametrize(
    ("sentence", "figure", "scope"),
    [
        # a count of ten thousand or more, a perfect tense after it (Syria trial, session 50)
        (
            "More than 158,000 civilians have been killed in the country, a rights group said.",
            "158,000 civilians",
            "cumulative",
        ),
        # negatives: a smaller count, and a past tense
        ("Some 1,200 people have been killed in the city.", "1,200 people", "incident"),
        ("The earthquake killed 12,500 people.", "12,500 people", "incident"),
    ],
)
def test_a_perfect_tense_after_ten_thousand_is_a_running_total(sentence, figure, scope):
    assert scope_of(sentence, figure)[0] == scope
