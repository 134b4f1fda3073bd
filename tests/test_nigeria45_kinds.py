"""Kinds from part a of the Nigerian study halves (issue 13, session ng45): a voice
that disputes a toll with a participle (", claiming only two deaths"), bodies taken to
the morgue, and one dead told again after the toll that counted him. Every sentence
here was written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import load_benchmark
from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Category

real_text = load_benchmark("real_text")


def _claims(text: str) -> list:
    return extract_claims(document_from_text("t.txt", text))


def toll(text: str) -> int:
    return real_text.toll(_claims(text), Category.KILLED)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a voice that disputes the toll before, by a participle after a comma
        (
            "Gunmen killed seven people in Bida. Police disputed the figure, "
            "claiming only two deaths.",
            2,
        ),
        ("Bandits killed nine herders. The army denied this, stating only three were killed.", 3),
        ("Cultists killed eight youths. Police responded, insisting that five died.", 5),
        ("Raiders killed six traders. The police however insist only four people were killed.", 4),
        ("Attackers killed ten farmers, but police maintain that only six died.", 6),
        # not a voice: a death, or responsibility claimed
        ("Gunmen raided Dutse on Monday, claiming the lives of four farmers.", 4),
        ("Militants killed three soldiers, claiming responsibility for the attack.", 3),
        ("Militants killed three soldiers, claiming 5 rifles as booty.", 3),
    ],
)
def test_a_voice_disputing_the_toll_by_a_participle(text: str, figure: int) -> None:
    assert toll(text) == figure


def test_the_participle_names_its_subject_as_the_voice() -> None:
    claims = _claims("Gunmen killed seven people. Police disputed the figure, claiming two deaths.")
    second = [c for c in claims if c.category is Category.KILLED][-1]
    assert second.attribution == "Police"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The bodies of 5 victims were deposited at the general hospital morgue in Jos.", 5),
        ("The corpses of three traders were evacuated to the mortuary on 2 June 2025.", 3),
        ("Police deposited the body of a herder at the mortuary in Lafia.", 1),
        # no body taken anywhere: a death told elsewhere, or no death
        ("The family placed the body of a soldier on the road in protest.", 0),
        ("Police deposited 5 suspects at the station in Lafia.", 0),
    ],
)
def test_bodies_taken_to_the_morgue(text: str, figure: int) -> None:
    assert toll(text) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # one of the dead told again with what befell him
        (
            "Soldiers killed four civilians in Ako. One person was shot dead late Sunday "
            "near a bar.",
            4,
        ),
        (
            "Three people were killed in clashes in Offa. The fight began on Friday, "
            "during which a person died.",
            3,
        ),
        ("Gunmen killed 5 villagers in Kwall. One victim was beheaded.", 5),
        ("Bandits killed six farmers. A farmer was shot in his hut.", 6),
        # one more dead
        ("Gunmen killed 5 villagers. A soldier was also killed.", 6),
        ("Gunmen killed 5 villagers. Another person died in hospital.", 6),
        ("Gunmen killed two farmers. A third was killed the following day.", 3),
        ("Gunmen killed 5 villagers in Kwall. In a separate attack, one person was shot dead.", 6),
        ("Gunmen killed two herders. A policeman was killed.", 3),
        ("Gunmen killed 5 villagers. One person later died of his wounds.", 6),
    ],
)
def test_one_dead_told_again_after_the_toll(text: str, figure: int) -> None:
    assert toll(text) == figure


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The clash in Awe caused 2 deaths plus 3 civilians.", 5),
        ("Two soldier deaths, plus three civilians, were reported in Bama.", 5),
        ("Gunmen killed nine. Police claim one police death, plus three civilians.", 4),
        # plus what is not people, or people of another fate
        ("The clash caused 2 deaths plus 3 vehicles burnt.", 2),
        ("The clash caused 2 deaths, plus 3 suspects arrested.", 2),
        ("The clash caused 2 deaths plus 4 injured.", 2),
    ],
)
def test_people_after_plus_share_the_deaths_fate(text: str, figure: int) -> None:
    assert toll(text) == figure


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kill nine traders. Police later refute the number, claiming only two deaths.",
        "Gunmen kill nine traders. The army disputes this, stating two died.",
        "Gunmen kill nine traders. Police respond, saying two people died.",
    ],
)
def test_a_present_tense_answer_names_its_voice(text: str) -> None:
    assert toll(text) == 2


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Four people were killed in Jos. Additionally, a soldier was killed near Bauchi.", 5),
        ("A bomb killed 8 people in Kano. Gunmen shot dead two guards and an official.", 11),
        ("Six villagers were killed in Kwall. A villager was hacked to death in his hut.", 6),
    ],
)
def test_one_dead_of_his_own_noun_is_one_more(text: str, figure: int) -> None:
    assert toll(text) == figure
