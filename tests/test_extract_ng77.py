"""Kinds found in the Nigerian and other ACLED corpora's study halves (session 77, helper
ng77): deaths told as someone's past deed or a motive (the killers named by an earlier
killing, a killing held against someone, a victim named to place someone, unrest after a
killing), and two voices of one toll in one sentence or two (the lower kept, none
included). Sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, load_benchmark
from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category

real_text = load_benchmark("real_text")


def _killed(text: str) -> float:
    """The sum of the killed claims' low ends (an "about" figure its value)."""
    total = 0.0
    for claim in claims_in(text):
        if claim.category is Category.KILLED:
            total += claim.low if claim.low is not None else (claim.value or 0)
    return total


def _toll(text: str) -> int:
    """The toll as the real-text benchmark reads it (other voices, restatements)."""
    return real_text.toll(extract_claims(document_from_text("t.txt", text)), Category.KILLED)


@pytest.mark.parametrize(
    "text",
    [
        # the killers named by an earlier deed, or sought for it
        "Police said the raiders were the same gang that murdered four herders near Lafia.",
        "In search of the bandits who killed two vigilantes on 4 June, troops raided Dogo.",
        "Soldiers are hunting for the gunmen that shot dead a chief in Oke-Ako.",
        "Vigilantes arrested members of a kidnapping gang which killed a farmer last month.",
        # a killing held against someone, or what a panel or a complaint is about
        "Police detained a youth leader on suspicion of involvement in the murder of a councillor.",
        "Villagers beat three men they blame for the recent murder of a bus driver.",
        "The activist was to appear before a panel of inquiry regarding the murder of a chief.",
        "The reason for the raid was the killing of six fishermen by pirates in Bayelsa.",
        "Soldiers stormed the council office, alleging that a colleague was killed by a clerk.",
        "Students seized cultists believed to have taken part in the killings of three students.",
        # a victim named to place someone
        "Mourners filled the church in Enugu, the parish of the murdered priest.",
        "Angry crowds gathered at the house of the assassinated lawmaker in Ondo.",
        "Hundreds marched in Lagos in support of a killed activist.",
        "A crowd set a police van ablaze in Warri over the death of a trader and his son killed "
        "by soldiers.",
        # unrest after a killing, by verbs of storming and barricading
        "Residents stormed the police post in Ede after an officer caused the death of a driver.",
        "Okada riders barricaded the road after a colleague was killed by a soldier.",
    ],
)
def test_a_past_deed_or_a_motive_is_no_death_of_this_event(text: str) -> None:
    assert _killed(text) == 0


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the news around the past deed is kept
        (
            "Troops shot dead three militants who had attacked and killed two traders last week.",
            3,
        ),
        ("A mob lynched a herder because he had killed a farmer's son in a quarrel.", 1),
        # negatives: a relative clause that tells the news itself
        ("A suicide bomber who killed 12 people at a mosque on Friday was a teenage girl.", 12),
        ("Gunmen who stormed the village killed five residents.", 5),
        ("Herdsmen attacked Agatu and killed seven farmers who were working on their farms.", 7),
        # negatives: a body found, the victim named by his death, is news
        ("The body of the murdered trader was found near Ilorin on Monday.", 1),
        # negatives: unrest with its own deaths
        ("Rioters stormed the market and two people were killed in the clash.", 2),
        ("Gunmen stormed the church in Owo and killed 22 worshippers.", 22),
        # negatives: a blame for the news, a reason's noun before the news
        ("Residents blamed soldiers for killing four youths in Obiaruku on Monday.", 4),
        ("Residents blamed the army for the raid that killed five people in Dogo.", 5),
        ("Fighting over the killing of a herder left five dead in Agatu.", 5),
        # negatives: a reason that is no motive
        ("Because of the rains, the soldiers found the bodies of four farmers late.", 4),
    ],
)
def test_the_news_around_a_past_deed_is_kept(text: str, toll: int) -> None:
    assert _killed(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # two voices after a comma: the lower kept
        ("Four traders were killed in Nsukka, the police claimed that two died.", 2),
        ("Five were killed in the clash, local sources said that three were killed.", 3),
        ("Police confirmed one officer died, other sources indicate three officers died.", 1),
        # another voice's one, after a count of the same dead
        (
            "Soldiers shot dead three youths in Obiaruku. Other sources report that one youth "
            "was killed.",
            1,
        ),
        ("Gunmen killed four people in Idah. Police sources report one person was killed.", 1),
        # another voice's none
        (
            "Militias clashed in Aguleri. Community sources report that 4 people were killed. "
            "Police sources on the other hand report that nobody was killed.",
            0,
        ),
        (
            "Gunmen attacked Ugep. Residents said two people died. The police said there were "
            "no fatalities.",
            0,
        ),
    ],
)
def test_two_voices_of_one_toll_keep_the_lower(text: str, toll: int) -> None:
    assert _toll(text) == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # negatives: one voice trailing its figure
        ("Four traders were killed in Nsukka, the police said.", 4),
        ("Six farmers were killed, residents said, adding that two others were hurt.", 6),
        # negatives: one more dead, said so; a side's none
        ("Gunmen killed four people in Idah. One more person was killed the next day.", 5),
        (
            "Troops killed 12 militants in Gwoza. The army said there were no casualties on "
            "its side.",
            12,
        ),
        (
            "An insurgent commander and two fighters were killed in a clash with troops in "
            "Bama. The army reported no casualties.",
            3,
        ),
        # negatives: one of the dead, in the same voice
        ("Soldiers killed four civilians. One person was shot dead late Saturday in Jos.", 4),
    ],
)
def test_one_voice_keeps_its_toll(text: str, toll: int) -> None:
    assert _toll(text) == toll
