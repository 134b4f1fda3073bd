"""Victims told beside another (issue 13, session 72's kinds of RAND's and the ACLED
study halves): the companions of a death told after "along with" whoever the subject
was ("He was killed along with his two bodyguards"), after an active verb's object and
its place ("killed a party member in Mosul, along with three of his escorts"); a person
named in full and then killed under the last name alone; one more person closing the
clause after the predicate ("Two leaders killed and a religious leader."); the members
of a count set off by commas, and a breakdown after a colon, no more victims; a list's
last item after bare counts a part as the first ones are; "2 murders" as deaths (not
"four murder suspects"); a share "of the deaths" told before a part of that toll; and
a "since" in a relative clause no bound of the claim after it.
Sentences written for these tests, with their negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, load_benchmark
from workbench.models import Category

toll = load_benchmark("real_text").toll
K, W = Category.KILLED, Category.WOUNDED


def killed(text: str) -> int:
    return toll(claims_in(text), K, text)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The mayor was shot. He was killed along with his two bodyguards.", 3),
        ("The judge was killed in the blast, along with his son and one other person.", 3),
        ("During the gunfight Okello died along with five guerrillas.", 5),
        ("Gunmen killed a party official in Mosul, along with three of his escorts.", 4),
        ("Rebels killed one contractor, Ali Musa, along with six of his guards.", 7),
        ("Bandits killed a trader in Gusau, along with his nephew, when they opened fire.", 2),
        # negatives: a thing beside the dead, the companion of one counted before
        ("The militants killed two soldiers in Gao, along with a stolen truck.", 2),
        ("The house was destroyed along with three cars.", 0),
        (
            "Three people were killed in the raid. The target was a gang leader, who was "
            "killed along with his son.",
            3,
        ),
    ],
)
def test_companions_after_along_with_share_the_fate(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "A tribal elder, identified as Musa Bala Garba, was attacked by gunmen near "
            "Tsafe. Garba was killed in the attack along with his brother.",
            2,
        ),
        ("Gunmen attacked the car of Hajji Lala in Kajaki. Lala died in the explosion.", 1),
        # negatives: the full name's own sentence told the death; no earlier full name;
        # a word that names no one
        (
            "Colonel Hasan al-Harrab was killed when gunmen entered his home. Al-Harrab "
            "was killed along with his son and a guest.",
            3,
        ),
        ("Gunmen stormed the village at dawn. Kaura was killed, officials said.", 0),
        ("Crowds protested the killing of Friday Dimafor. Dimafor was shot by police.", 0),
        (
            "Gunmen fired on the funeral procession for Zuhair Mohammed Kashmula in Mosul. "
            "Kashmula was killed by gunmen as he left prayers last week.",
            0,
        ),
        (
            "Nicholas Berg was kidnapped in Baghdad. Berg died in captivity, his family said. "
            "Berg was killed by his kidnappers, police said.",
            1,
        ),
        ("Soldiers arrested Ali Musa Garba. Nobody was killed.", 0),
        ("President Goodluck Jonathan visited Maiduguri. Jonathan was told 5 soldiers died.", 5),
    ],
)
def test_a_person_named_in_full_then_killed_by_last_name_alone(text, dead):
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Militia clashed with the army. Two local chiefs killed and a religious leader.", 3),
        ("Ten soldiers were killed, and a civilian.", 11),
        # negatives: a thing; another fate after; a place after the person
        ("Ten soldiers were killed and a big truck.", 10),
        ("Ten soldiers were killed and a civilian wounded.", 10),
    ],
)
def test_one_more_person_closing_the_clause_shares_its_predicate(text, dead):
    assert killed(text) == dead


def test_one_more_wounded_after_the_predicate_is_wounded():
    claims = claims_in("Two soldiers were wounded and a policeman.")
    assert sorted((c.category, c.value) for c in claims) == [(W, 1), (W, 2)]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("3 people, a shopkeeper and his 2 daughters, were shot dead by rebels.", 3),
        ("Five people, two women and three children, were killed in the village.", 5),
        ("12 people died: 9 were shot by the rebels and three drowned in the river.", 12),
        ("Shelling kills 11: monitor; three soldiers killed in a separate raid", 14),
        ("Seven were killed: four soldiers died in the ambush and 3 civilians died later.", 7),
        # negatives: members that do not add up to the count; more after the colon
        ("Five people, two women and two children, were killed.", 9),
        ("Five killed: two more soldiers died later.", 7),
    ],
)
def test_members_set_off_after_a_count_are_parts_of_it(text, dead):
    assert killed(text) == dead


def test_the_last_item_of_a_list_after_bare_counts_is_a_part_too():
    text = (
        "Rebels killed 24 people in an attack, including 9 women, 8 children, 5 men and "
        "1 soldier. They were killed with machetes."
    )
    claims = claims_in(text)
    assert killed(text) == 24
    assert not [c for c in claims if c.category is Category.TROOPS]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Militiamen raided the village and carried out rapes, 2 murders and looting.", 2),
        # negatives: a year before "murder", a murder of no count, a murder's suspects
        ("Hijackers demanded the release of men jailed for the 1985 murder of a guard.", 0),
        ("He was convicted of a murder in 2010.", 0),
        ("Protesters demanded the release of four murder suspects.", 0),
        ("A turf war broke out between two militant groups killing at least four.", 4),
    ],
)
def test_murders_counted_are_deaths(text, dead):
    assert killed(text) == dead


def test_a_since_in_a_relative_clause_bounds_no_claim_after_it():
    text = "Police fired on protesters who had been clashing since 8 October, killing one person."
    (claim,) = [c for c in claims_in(text) if c.category is K]
    assert claim.scope == "incident"
    total = "The militants who have killed 3,000 people since 2015 attacked the base on Monday."
    (claim,) = [c for c in claims_in(total) if c.category is K]
    assert claim.scope == "cumulative"


@pytest.mark.parametrize(
    ("text", "dead", "parts"),
    [
        ("Four were killed in Butere. Police said three of the deaths were by gunfire.", 4, 1),
        ("Four people were murdered in Butere. The times of two of the murders are unknown.", 4, 1),
        # negative: no toll told before the share
        ("Three of the deaths in Butere were caused by gunshots.", 3, 0),
    ],
)
def test_a_share_of_the_deaths_told_before_is_a_part(text, dead, parts):
    claims = claims_in(text)
    assert killed(text) == dead
    assert sum(1 for c in claims if c.part) == parts


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # trial 72b: ISPR's words, read as troops
        ("During the exchange of fire, 3 soldiers, having fought gallantly, embraced shahadat.", 3),
        ("Two policemen embraced martyrdom in the attack on the post.", 2),
        # negatives: an aside before an active verb; "embraced" of the living
        ("The militants, having stormed the school, killed 12 pupils.", 12),
        ("The village embraced 5 families who fled the fighting.", 0),
    ],
)
def test_a_participles_aside_and_ispr_words_leave_the_soldiers_dead(text, dead):
    assert killed(text) == dead
