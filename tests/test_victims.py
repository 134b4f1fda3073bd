"""Victims read predicate by predicate (extract/victims.py, victim_lists.py).

Every sentence here was written for these tests; each rule has its negatives.
"""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def read(text: str) -> list[tuple[str, float | None]]:
    """(category, low) of each claim, in order."""
    return [(c.category.value, c.low) for c in extract_claims(document_from_text("t.txt", text))]


def killed(text: str) -> int:
    return sum(int(low or 0) for category, low in read(text) if category == "killed")


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Raiders killed the headman of Tokoro and three of his sons.", 4),
        ("The blast killed an imam, two worshippers and a guard at the gate.", 4),
        ("A teacher and two pupils were killed when the shell hit the school.", 3),
        ("Militiamen hacked to death a farmer and his wife near Umbu.", 2),
        ("Gunmen shot dead Amadou Kone, a local councillor, outside his home.", 1),
        ("Seydou Traore, a driver for a transport firm in the north, was shot dead.", 1),
        ("A fisherman who had gone out before dawn was found dead on the bank.", 1),
        ("Four herders travelling with their cattle near the river were killed.", 4),
        ("The militia lynched one suspect and beat another to death.", 2),
        ("A bomber blew himself up, killing himself and nine shoppers.", 10),
        ("Gunmen fired on two watchmen at the depot, killing both.", 2),
        ("A raid left 4 ISWAP fighters dead near the river.", 4),
        ("Three MDF (Sahel) [Mobile Defence Force] troopers were killed at the gate.", 3),
        ("Unknown men shot dead the chief of Koro and his nephew.", 2),
        ("Karim Diallo, a lorry driver from the coast, was hacked to death at the market.", 1),
        ("Two herders, brothers from Tinka, were found shot dead near the well.", 2),
    ],
)
def test_people_counted_by_article_name_or_number(text, total):
    assert killed(text) == total, read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bandits killed six traders and abducted two drivers.", [("killed", 6), ("kidnapped", 2)]),
        ("The attack left 11 dead and 23 injured.", [("killed", 11), ("wounded", 23)]),
        ("Eight died in Sabon Gari and three in Dille.", [("killed", 8), ("killed", 3)]),
        ("Kidnappers took nine passengers hostage on the road.", [("kidnapped", 9)]),
        ("The army said it had neutralised 21 insurgents.", [("killed", 21)]),
        ("Deaths: 4 civilians.", [("killed", 4)]),
    ],
)
def test_each_predicate_keeps_its_own_victims(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Residents rallied against the killing of a student by police in May.",
        "Officers tried to kill the suspect but he escaped.",
        "Had the device gone off, dozens would have been killed.",
        "Three soldiers were killed, wounded or captured in the fighting.",
        "Nobody was killed and no one was hurt.",
        "Hunters killed two elephants inside the park.",
        "Engineers neutralised four mines on the road.",
        "Police found his body in a ditch the next day.",
        "It is not clear whether the two guards were killed in the blast.",
        "Four days after the judge was assassinated, lawyers went on strike.",
        "Traders marched in Sikasso after two of their colleagues were killed by bandits.",
        "The victims, aged 34 and 52, were treated for burns.",
    ],
)
def test_no_death_in_this_report(text):
    assert killed(text) == 0, read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part named after the total is no more victims
        ("Shelling killed 23 civilians, 9 of them children, in Rebu.", [("killed", 23)]),
        ("At least 12 people, including four women, died in the raid.", [("killed", 12)]),
        # who says so is no victim
        (
            "Bandits killed a herder and two boys, a local chief said.",
            [("killed", 1), ("killed", 2)],
        ),
        # a victim named with a description, and one after him
        (
            "Oumar Sall, a 40-year-old trader, and his brother were abducted near Kaya.",
            [("kidnapped", 2)],  # people counted one by one are one figure (en44)
        ),
        ("Two guards were killed and a third was badly hurt.", [("killed", 2), ("wounded", 1)]),
        ("Nine migrants drowned when the boat capsized.", [("killed", 9)]),
        ("The fighting forced some 4,000 villagers to flee.", [("displaced", 3600)]),
        ("The toll from Monday's blast at the depot rose to 31.", [("killed", 31)]),
    ],
)
def test_parts_speakers_and_more_wording(text, expected):
    assert read(text) == expected


def test_fighters_captured_are_prisoners_not_hostages():
    assert read("Troops captured 14 insurgents and seized 3 pickups.") == [
        ("arrested", 14),
        ("other", 3),
    ]


def test_a_body_told_as_new_is_a_death():
    assert killed("A second body was recovered from the well on Sunday.") == 1
    assert killed("Two bodies were found near the market.") == 2


def test_including_names_a_part_not_more_victims():
    assert killed("Gunmen killed 15 villagers, including a chief and two children.") == 15


def test_a_bare_number_borrows_the_noun_before_it():
    claims = extract_claims(
        document_from_text("t.txt", "Five gendarmes were killed and seven wounded at the post.")
    )
    assert [(c.category.value, c.low, c.subject) for c in claims] == [
        ("killed", 5, "gendarmes"),
        ("wounded", 7, "gendarmes"),
    ]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the phrase after the counted head is no subject of its own
        ("Four fighters belonging to the outlawed Kora-e-Front were killed in the raid.", 4),
        ("A rebel belonging to the NLF(K) was killed near the camp.", 1),
        ("A field wing commander of the proscribed Sahel Union (SU) was killed on Friday.", 1),
        ("One clerk from the ministry's bureau of Water Works was killed at the gate.", 1),
        ("At least 5 armed men affiliated to KDF and MPL were killed in the hills.", 5),
        ("The treasurer of Voix Libre, a weekly paper in Gao, was shot dead at home.", 1),
        # negatives: a number inside the phrase, or a clause, ends it
        ("A family of 4 were killed when the shell hit the house.", 4),
        ("Clashes broke out in the town of Dori, 2 were killed.", 2),
        ("Youths from 5 schools marched after students were killed.", 0),
    ],
)
def test_a_head_and_the_phrase_after_it(text, total):
    assert killed(text) == total, read(text)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a list of victims goes on past ", and"
        ("Raiders killed a miller, his wife, and their son at Kuri.", 3),
        ("The shelling killed a nurse, a porter, and two patients.", 4),
        ("Raiders killed two herders, and three traders were wounded.", 2),
        ("Raiders killed a miller, and the others fled to Kuri.", 1),
        # ranks written as acronyms, and nouns for one person
        ("The SHO of Kora police station, and his driver were shot dead.", 2),
        ("An army jawan and a rebel died in the gunfight.", 2),
    ],
)
def test_lists_of_victims_and_their_nouns(text, total):
    assert killed(text) == total, read(text)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # unrest set off by a death told after "after": the death is told before
        ("Angry residents torched three lorries after a boy was killed by a truck.", 0),
        ("Violence broke out in Deso after a trader died in police custody.", 0),
        ("Locals blocked the road after gunmen shot dead a shopkeeper in Deso.", 0),
        # negatives: the death is the unrest's own, or there is no unrest
        ("Two people were killed after clashes broke out in Deso.", 2),
        ("Police opened fire on the mob, killing three.", 3),
        ("Gunmen shot dead a shopkeeper after robbing his store in Deso.", 1),
        ("Fighting over wells left 4 dead after two days of violence.", 4),
    ],
)
def test_unrest_after_a_death(text, total):
    assert killed(text) == total, read(text)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # more verbs of a killing "to death", and a hedge read as a claim
        ("Guards had tortured to death a detainee at the camp.", 1),
        ("A herder chopped to death near Umbu on Friday.", 1),
        ("A mob crushed a thief to death at the market.", 1),
        ("The lorry crushed two cars at the junction.", 0),
        ("At least four rebels are suspected to have been killed in the raid.", 4),
        # a part named after a comma, and a breakdown of a total
        ("Troops killed five rebels, two with links to the KLF, near Umbu.", 5),
        ("Troops killed five rebels, two soldiers and a boy near Umbu.", 8),
    ],
)
def test_more_verbs_and_parts(text, total):
    assert killed(text) == total, read(text)


def test_the_dead_included_is_a_breakdown():
    claims = extract_claims(
        document_from_text("t.txt", "Six rebels died. The dead included two bombers.")
    )
    assert claims[-1].text.startswith("The dead included")


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "them" stands for the last people counted before the verb
        ("Gunmen fired on two watchmen at the depot in Kuri, killing them.", 2),
        ("Raiders seized three traders and a driver before killing them.", 4),
        ("Rebels fired on the chief and his son, killing them both.", 2),
        # negatives: uncounted people, or only the subject before the verb
        ("Two gunmen fired on the watchmen, killing them.", 0),
        ("Two gunmen stormed the house and killed them.", 0),
    ],
)
def test_them_points_back(text, total):
    assert killed(text) == total, read(text)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a relative clause telling how the victim was hurt before he died
        ("A porter, who was hurt when the bus was set on fire near Kuri, died on Sunday.", 1),
        ("The imam of a mosque who was injured in the raid on Friday died on Saturday.", 1),
        ("A driver, who suffered burns in the attack, succumbed to his injuries.", 1),
        # negative: no death after the hurt
        ("A guard, who was hurt in the raid on the depot, was flown to Kuri.", 0),
    ],
)
def test_hurt_then_died(text, total):
    assert killed(text) == total, read(text)


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Shells killed a family of four, including two children, in Kuri.", 4),
        ("Gunmen killed a group of 12 miners near the pit.", 12),
        ("Gunmen killed a family of herders near the pit.", 1),
        ("A family of five fled the fighting.", 0),
    ],
)
def test_a_group_counted_by_the_number_after_it(text, total):
    assert killed(text) == total, read(text)
