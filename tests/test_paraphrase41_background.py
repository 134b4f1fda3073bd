"""Deaths told in the pluperfect as background after the news (issue 13, paraphrase
robustness): "The village had lost 40 people in a raid last year" tells an earlier
occasion, not the incident reported. Sentences written for these tests."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category, Claim


def killed(text: str) -> list[Claim]:
    """The killed claims the public API extracts from `text`."""
    claims = extract_claims(document_from_text("x.txt", text))
    return [c for c in claims if c.category is Category.KILLED]


@pytest.mark.parametrize(
    "text, news",
    [
        (
            "Raiders shot dead four herders in Tudu. The hamlet had lost 25 residents in a raid "
            "in April.",
            4,
        ),
        (
            "Raiders shot dead four herders in Tudu; the hamlet had earlier lost 25 residents in "
            "an attack.",
            4,
        ),
        (
            "Armed men murdered two traders at Oko market. The market had lost 9 traders to "
            "similar attacks in 2019.",
            2,
        ),
        (
            "Three fishermen drowned after gunmen sank their boat. The 2018 ambush on the same "
            "river had killed 14 people.",
            3,
        ),
        (
            "Raiders shot dead two guards at the depot. They had killed 8 workers when they "
            "first struck the depot on 3 March.",
            2,
        ),
        (
            "Youths shot dead two herders in Kuta, after herders had killed 6 farmers there "
            "on 3 May.",
            2,
        ),
        (
            "Raiders shot dead four herders in Tudu. The hamlet lost 9 residents to a similar "
            "raid in April.",
            4,
        ),
        ("Raiders shot dead four herders in Tudu. Tudu lost 30 people in a raid last year.", 4),
        (
            "A bomb killed five people at the depot. Eleven workers had been killed there in a "
            "blast last year.",
            5,
        ),
    ],
)
def test_pluperfect_background_is_not_counted(text: str, news: int) -> None:
    found = killed(text)
    assert [c.low for c in found] == [news], [(c.text, c.low) for c in found]


@pytest.mark.parametrize(
    "text, figures",
    [
        # a voice's claim in the pluperfect is a claim of the incident
        ("Troops raided the camp. The army said it had killed 12 fighters in the raid.", [12]),
        ("The group claimed it had killed 7 soldiers in an ambush in May.", [7]),
        # the text's first reading is its news, whatever its tense
        ("Gunmen had killed six villagers in Ruma in a raid by the time troops arrived.", [6]),
        # a side's loss in the simple past, of the occasion reported
        ("Militants stormed the base. The army lost 12 soldiers in the attack.", [12]),
        ("The army lost 5 soldiers in an ambush last week, a spokesman said.", [5]),
        # a pluperfect with no earlier occasion named: the incident told again
        ("Gunmen stormed Ruma. By dawn they had killed nine villagers.", [9]),
        ("Two guards and a driver had been killed in the attack on the depot.", [2, 1]),
        ("Gunmen stormed Ruma. They had already killed nine villagers before fleeing.", [9]),
        # years and ages are no deaths, nor animals
        (
            "A 40-year-old farmer was shot dead in Ruma. He had lost 30 cattle in a raid in 2019.",
            [1],
        ),
    ],
)
def test_pluperfect_kept_when_it_is_the_news(text: str, figures: list[int]) -> None:
    found = killed(text)
    assert [c.low for c in found] == figures, [(c.text, c.low) for c in found]
