"""Kinds read from the first part of the ACLED study halves and from a trial on news
(issue 13, generalisation): a fate left open between two ("dead or injured"), the
army's "eliminated" in the passive, "a pair of" as two, a body counted once when a
participle and the finding both tell its death, and tolls of clauses that open with
"when". Every sentence here was written for these tests; each kind has negatives."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, killed_in

killed = killed_in


def wounded(text: str) -> int:
    """The `wounded` claims of `text` summed by their low ends."""
    claims = claims_in(text, fmt="txt")
    return sum(int(c.low or c.value or 0) for c in claims if c.category.value == "wounded")


@pytest.mark.parametrize(
    ("text", "dead", "hurt"),
    [
        # which of the two befell whom is unsaid: no death and no injury counted
        ("The raid on Kofa left 14 people dead or injured.", 0, 0),
        ("The blast left 30 traders dead or wounded, police said.", 0, 0),
        ("A mortar round killed or injured 22 pupils at the school.", 0, 0),
        ("Gunmen killed or wounded nine herders near the well.", 0, 0),
        ("The shelling was killing or maiming ten children a day.", 0, 0),
        ("Forty people were reported dead or injured after the blast.", 0, 0),
        # negatives: both fates told, each with its figure
        ("The raid on Kofa left 14 people dead and five injured.", 14, 5),
        ("Gunmen killed six farmers and injured 18 villagers.", 6, 18),
        ("The blast left 30 traders dead, police said.", 30, 0),
        ("Gunmen killed two farmers or more, and injured a boy.", 2, 1),
    ],
)
def test_an_open_fate_is_neither(text: str, dead: int, hurt: int) -> None:
    assert (killed(text), wounded(text)) == (dead, hurt)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("At least 35 insurgents were eliminated in the clearance operation.", 35),
        ("Troops said twelve bandits had been eliminated near the forest.", 12),
        ("Nine terrorists were neutralised by the air component.", 9),
        # negatives: things eliminated or neutralised are no deaths
        ("Three illegal checkpoints were eliminated by the new commander.", 0),
        ("Twelve roadside bombs were neutralised by the engineers.", 0),
        ("Four teams were eliminated from the tournament on Sunday.", 0),
    ],
)
def test_the_passive_euphemism_kills_people_only(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A pair of gunmen stormed the post, killing themselves and three guards.", 5),
        ("A pair of bandits were shot dead at the checkpoint.", 2),
        # negatives: a pair of things, and a pair no death befell
        ("Police seized a pair of rifles and 40 rounds.", 0),
        ("A pair of suicide bombers were arrested at the gate.", 0),
    ],
)
def test_a_pair_is_two(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The body of a guard, possibly murdered by thieves, was found near the gate.", 1),
        ("The body of a driver, apparently killed by robbers, lay beside the road.", 1),
        ("The bodies of three fishermen, apparently executed, were pulled from the lake.", 3),
        ("The remains of two herders, believed murdered, were recovered on Monday.", 2),
        # negatives: a body counted elsewhere, and a body named by no victim
        ("A guard was killed by thieves. The body was found near the gate.", 1),
        ("The body was handed over to the family on Monday.", 0),
    ],
)
def test_a_body_and_its_death_are_one_victim(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Clinics closed in May, when shelling by the militia on a camp killed 15 people.", 15),
        ("Her son died in June when shelling by rebels on the market killed 12 people.", 13),
        ("A gang attack on the town left at least 88 people dead, a UN official said.", 88),
        ("In October a gang raid left at least 70 people dead, including Pastor Jean Remy.", 70),
        # negatives: the earlier attack a report dates itself by, and a toll of
        # animals left dead
        ("The march came a week after shelling by the militia killed 15 people.", 0),
        ("The raid left at least 80 cattle dead.", 0),
    ],
)
def test_tolls_in_when_clauses_and_left_dead(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a passive's count, then its breakdown after a colon: counted once
        ("Six people were killed: four herders and two traders.", 6),
        ("Four people were killed: two guards, a cook and a driver.", 4),
        ("Three persons were shot dead: a teacher and two pupils.", 3),
        # negatives: a subject no number counts, and a coder's field of its own
        ("Villagers were killed: four men and three women.", 7),
        ("Fatalities: 4 herders, 2 traders.", 6),
    ],
)
def test_a_breakdown_after_a_passive_colon_adds_nothing(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The bomber set off his vest at the gate, killing only himself.", 1),
        ("A woman detonated her belt near the well, killing only herself.", 1),
        # negatives: the bomber and others, and "only himself" with no death
        ("The bomber set off his vest at the gate, killing himself and two guards.", 3),
        ("The governor said he had only himself to blame for the loss.", 0),
    ],
)
def test_killing_only_himself_is_one(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # deaths a vigil or a memorial remembers are an earlier event's
        ("Villagers held a vigil remembering the 14 herders killed in the raid.", 0),
        ("Pupils paid tribute to two teachers killed by bandits in May.", 0),
        ("Women gathered at a memorial to the 30 people killed there.", 0),
        # negatives: an attack on a vigil, and its own dead
        ("During a vigil in Dogo, gunmen opened fire and killed three mourners.", 3),
        ("Gunmen attacked a memorial service in Dogo, killing seven people.", 7),
    ],
)
def test_deaths_a_vigil_remembers_are_told_before(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # corpses counted as bodies are
        ("Rescuers pulled 11 corpses from the river after the raid.", 11),
        ("Two corpses were dumped near the checkpoint at dawn.", 2),
        ("The corpse of a herder was found in the bush.", 1),
        # negatives: bodies of animals, and no count of corpses
        ("Herders found 30 cattle carcasses in the field.", 0),
        ("Police said corpses were not found at the scene.", 0),
    ],
)
def test_corpses_are_bodies(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # deaths of an illness or want are no casualties of violence
        ("Four people died of cholera in the camp at Dogo.", 0),
        ("Six children died from hunger in the camp, aid workers said.", 0),
        ("Two detainees died of illness in the prison, the group said.", 0),
        # negatives: deaths of wounds, and an illness told beside an attack
        ("Two soldiers died of their injuries in hospital.", 2),
        ("A trader died from gunshot wounds after the raid.", 1),
    ],
)
def test_deaths_of_illness_are_no_casualties(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the idioms of military and press reports
        ("Three soldiers paid the supreme price in the battle for Dogo.", 3),
        ("Two officers made the supreme sacrifice at the checkpoint.", 2),
        ("Six insurgents met their waterloo in the encounter near Dogo.", 6),
        ("Troops sent 7 terrorists to their early graves in the forest.", 7),
        ("Nine bandits were sent to hell by the vigilantes.", 9),
        ("The air component wiped out 14 fighters at their camp.", 14),
        ("Two herders were mortally wounded in the raid.", 2),
        # negatives: the same verbs of things and of no death
        ("Floods wiped out 40 houses in Dogo.", 0),
        ("The army sent 500 troops to Dogo.", 0),
        ("Two teams met their match in the final.", 0),
        ("The farmers paid the price of 20 naira a bag.", 0),
    ],
)
def test_the_idioms_of_military_reports(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a vague count, then the figure confirmed in a bracket
        ("Raiders struck Dogo, killing scores (40 confirmed).", 40),
        ('Troops took two towns, killing "many" (12 confirmed in Dogo) members of the group.', 12),
        ("Raiders struck Dogo, killing many (at least 9).", 9),
        # negatives: a bracket with no figure, and a counted figure with a part in brackets
        ("Troops killed many insurgents (the army gave no figure).", 0),
        ("Troops killed 12 insurgents (many of them commanders).", 12),
    ],
)
def test_a_vague_count_then_the_confirmed_figure(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a toll given as a range its estimates vary over
        ("Raiders struck Dogo. Casualty figures vary from 20 to 35.", 20),
        ("Raiders struck Dogo. Estimates of the dead range from 20 to 35.", 20),
        ("Raiders struck Dogo. Death toll estimates range between 20 and 35.", 20),
        # negatives: other things' ranges
        ("Prices of grain in Dogo range from 30 to 50 naira.", 0),
        ("Estimates of the displaced range from 3000 to 5000.", 0),
    ],
)
def test_a_toll_given_as_a_range(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # another attack, told as a similar one at an earlier time
        ("Raiders killed 4 herders in Dogo. In a similar attack in May, 9 people were killed.", 4),
        ("Raiders killed 4 herders in Dogo. A similar raid last week killed 9 traders.", 4),
        # negatives: a similar attack with no earlier time, and a month's own toll
        ("Raiders killed 4 herders in Dogo in a similar attack to the one on Kuri.", 4),
        ("Raiders killed 4 herders in Dogo. Last month 9 people died in Kuri.", 13),
    ],
)
def test_a_similar_attack_earlier_is_another_event(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a family counted by its number, twins as two
        ("Raiders killed an entire family of five in Dogo.", 5),
        ("Raiders killed a whole family of seven near the well.", 7),
        ("Raiders killed twin brothers at the market in Dogo.", 2),
        ("Twin sisters were shot dead in Dogo.", 2),
        # negatives: twins taken, not killed, and twin things
        ("Twin sisters were abducted in Dogo.", 0),
        ("The twin towns of Dogo and Kuri were attacked.", 0),
    ],
)
def test_families_and_twins(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the bombers' death where the page tells no other
        ("A female bomber blew herself up at the gate, wounding five guards.", 1),
        ("Three kamikazes blew themselves up near the market. No other victims were found.", 3),
        ("A bomber blew himself up near the post. No one else was killed or hurt.", 1),
        # counted once beside "killing themselves"
        ("Two bombers blew themselves up, killing themselves and six traders.", 8),
        ("A bomber blew himself up at the mosque, killing himself and nine others.", 10),
        # negatives: beside their victims' toll, in its sentence or the next, and
        # things blown up
        ("A bomber blew himself up at the mosque, killing nine worshippers.", 9),
        ("Nine people were killed when a bomber blew himself up at the mosque.", 9),
        ("A bomber blew himself up at a checkpoint. The blast killed 23 people.", 23),
        ("Two bombers blew themselves up near a mosque, causing at least 30 deaths.", 30),
        ("Rebels blew up a bridge and a pylon near Dogo.", 0),
    ],
)
def test_bombers_who_blew_themselves_up(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # people named in full before a plural fate, one each
        ("Sani Bello and Musa Garba were shot dead near the well.", 2),
        ("Sani Bello, Musa Garba and Ade Okon were killed in Dogo.", 3),
        ("In Dogo Town, Sani Bello and Musa Garba were killed.", 2),
        # negatives: groups named by one word, places, and another fate
        ("Christians and Muslims were killed in the clashes.", 0),
        ("Boko Haram and Ansaru fighters were killed in the clash.", 0),
        ("Sani Bello and Musa Garba were arrested in Dogo.", 0),
    ],
)
def test_people_named_in_full_before_a_plural_fate(text: str, dead: int) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a capitalised title opening its sentence with no article, before "of"
        ("Headmaster of the village school was killed by bandits.", 1),
        ("Chairman of the farmers' union was shot dead at home.", 1),
        ("Sub-inspector of the district police was shot dead near Dogo.", 1),
        # negatives: plural heads, peoples' names, another fate
        ("Residents of the village were killed by bandits.", 0),
        ("Japanese of the tour group were killed in the blast.", 0),
        ("Leader of the group was arrested in Dogo.", 0),
    ],
)
def test_a_title_opening_its_sentence(text: str, dead: int) -> None:
    assert killed(text) == dead
