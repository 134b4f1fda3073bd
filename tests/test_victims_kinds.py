"""Kinds of victim phrase read from real incident notes (extract/victim_*.py): a
subject set off by a comma its verb follows without one, one person with two
titles, a name of an institution before a title, what a participle after a noun
of kin is told of, and counts that are no people. Every sentence here was written
for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import killed_in

killed = killed_in


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a relative clause or an apposition opened by a comma and never closed
        ("Three farmers, who had gone to their fields were hacked to death.", 3),
        ("Two guards, whose post stood by the gate were shot dead at dawn.", 2),
        ("Five traders, members of the market union in Gombe were killed on Sunday.", 5),
        # negatives: the clause's own death, a speaker, the closed forms still read
        ("Two herders, who had killed a farmer in 2019 were arrested.", 0),
        ("Two soldiers, who were wounded, were flown to Abuja.", 0),
        ("Four pupils, who had fled the school, were found dead.", 4),
        ("Crowds cheered the mayor, who laid a wreath for the soldiers who died in 1967.", 0),
    ],
)
def test_a_subject_set_off_by_one_comma(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # one article, two titles, a verb in the singular: one person
        ("A respected cleric and community leader was assassinated in Kano.", 1),
        ("A retired colonel and farmer is shot dead in his compound.", 1),
        ("A Kano State University cadet was shot dead.", 1),
        # negatives: two articles or a plural verb are two people
        ("A cleric and a teacher were killed in Kano.", 2),
        ("A cleric and his driver were killed in Kano.", 2),
        ("A soldier and policeman were shot dead at the gate.", 2),
    ],
)
def test_one_person_with_two_titles(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a named institution between the article and the title
        ("Gunmen shot and killed a University of Jos student in his hostel.", 1),
        ("A Kaduna State University lecturer was killed on the campus.", 1),
        # negatives: a place alone, and an age
        ("Gunmen attacked the University of Jos in 2014.", 0),
        ("A 19-year-old University of Jos student was wounded.", 0),
    ],
)
def test_an_institution_before_a_title(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a participle after the nearest noun is told of it, not of a crowd before it
        # (a death the crowd marches for is no death of this report)
        ("Dozens of relatives of a man killed by police marched to the palace.", 0),
        ("Dozens of women gathered round a girl killed by a stray bullet.", 1),
        # (a road accident's death is none either: test_victims_grievance.py)
        ("Dozens of women blocked traffic, demanding compensation for a girl killed by a bus.", 0),
        ("Neighbours of a herder killed in the raid buried him at dusk.", 1),
        # negatives: the crowd's own death, and a shared subject
        ("Two relatives of the chief were killed in the raid.", 2),
        ("Four miners, working for a gold firm, were killed in the blast.", 4),
    ],
)
def test_a_participle_told_of_the_nearest_noun(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # rounds, bullets and shells are no victims
        ("The driver, who was hit by four bullets, died in hospital.", 1),
        ("Bello, who was struck by five bullets, died on the way to hospital.", 0),
        ("Musa Bello, hit by three rounds, died at the scene.", 1),
        ("He took two bullets to the chest and died.", 0),
        ("Troops fired 12 shells, killing two fighters.", 2),
        # negatives: the bullets are not counted, the people are
        ("Seven people were killed by stray bullets in Jos.", 7),
    ],
)
def test_ammunition_is_no_victim(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a pronoun for one told before, and its death in the passive
        ("Gunmen seized a trader in Aba on Monday. He was killed on Tuesday.", 1),
        ("Robbers attacked a nurse at her home. She was later found dead.", 1),
        # "him" with a time after it
        ("Bandits captured one herder and killed him hours later.", 1),
        # negatives: a death told already is not told again
        ("Gunmen shot dead a trader in Aba. He was killed over a land dispute.", 1),
        ("Gunmen shot dead a trader in Aba. He was a father of four.", 1),
    ],
)
def test_a_victim_told_before_by_a_pronoun(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # kin and staff after "with": killed beside the victim
        ("A pastor was killed by gunmen with his wife and daughter.", 3),
        ("A chief was shot dead with his two bodyguards in Kaura.", 3),
        # the attacker's own death
        ("A police sergeant shot dead two colleagues before turning the gun on himself.", 3),
        # negatives: a weapon after "with", a gun turned on others
        ("A guard was killed with his own rifle.", 1),
        ("The guard turned the gun on the crowd, wounding two.", 0),
    ],
)
def test_those_killed_beside_the_victim(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a fronted clause's object, and the main clause's subject after its comma
        ("After soldiers killed a herder, 200 youths burned the barracks.", 1),
        ("When police shot dead two looters, hundreds of traders shut the market.", 2),
        # negatives: a list joined by "and" goes on past its commas
        ("After gunmen killed a farmer, a trader and a herder, troops arrived.", 3),
        ("Gunmen killed 3 soldiers, 2 policemen in Borno.", 5),
    ],
)
def test_the_objects_of_a_fronted_clause(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a number that names a unit or a place counts no one
        ("A sergeant from battalion 101 was killed in an ambush.", 1),
        ("Two soldiers of the 72 battalion were killed.", 2),
        # negatives: a count before a place named by a number
        ("A bomb killed 12 people in sector 4.", 12),
        ("Gunmen killed 6 travellers at km 40.", 6),
    ],
)
def test_numbers_that_name(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a time or a coder's aside between the auxiliary and the participle
        ("A pastor was last weekend shot dead in his church.", 1),
        ("Two farmers were on 14/06 hacked to death near Riyom.", 2),
        ("A teacher was *last week* - date not known - abducted and killed in Aba.", 1),
        # negatives: no death after the aside, a year before a death
        ("A pastor was last weekend abducted in Aba.", 0),
        ("A trader who was shot dead in 2011 was buried on Sunday.", 0),
    ],
)
def test_a_time_between_auxiliary_and_participle(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a coder's words in square brackets stand for the source's
        ("No fewer than 40 [militants] and three soldiers died in the fighting.", 43),
        ("Seven [attackers] were killed by vigilantes.", 7),
        # a figure in brackets that breaks down the one before it adds none
        ("Bandits killed 9 herders in two hamlets (Kuri, where they killed five, and Dogo).", 9),
        ("Gunmen killed 10 people (six in Kaura and four in Riyom).", 10),
        # negatives: another report in brackets, and more victims said to be more
        ("Troops killed six bombers (a second report says 11).", 6),
        ("Gunmen killed 4 villagers (two soldiers were also killed).", 6),
        ("Police killed three robbers and wounded two (one later died in hospital).", 4),
    ],
)
def test_brackets_around_victims(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "them" for the people the sentence before took or counted
        ("Gunmen abducted 7 farmers near Kuri. They later killed them.", 7),
        ("Rebels held twelve villagers in a school. The rebels then executed them.", 12),
        ("Bandits seized four herders on Monday. They were later executed.", 4),
        # negatives: things, a release, and a death read already
        ("Gunmen seized 3 trucks. They burned them.", 0),
        ("Police arrested 4 suspects. They were later released.", 0),
        ("Troops killed 5 rebels. They then burned them.", 5),
    ],
)
def test_them_for_people_told_before(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a participle phrase with no comma, or an acronym in brackets, before the verb
        ("A cook, a guard and two men working on the dam were killed.", 4),
        ("Three nurses from a charity (MSF) driving to Kuri were killed by a mine.", 3),
        # negatives: "missing" is a fate, "during" a preposition, a clause a count
        ("Nine police officers go missing and two are killed.", 2),
        ("Fighting lasted several hours during which one rebel was killed.", 1),
        ("A raid on a shipping office in which 2 guards were killed.", 2),
    ],
)
def test_a_participle_phrase_before_the_verb(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # personal names a verb of killing governs, counted by the names
        ("Rebels shot and killed Pedro Luis Ramos, Ana Maria Cruz and Jorge Vidal near Tame.", 3),
        ("Gunmen killed Musa Danladi Bello in Jos on Friday.", 1),
        # negatives: a group's name, a name that modifies a noun, a name kidnapped
        ("Troops killed Boko Haram fighters in Bama.", 0),
        ("Police said they killed Boko Haram in Bama.", 0),
        ("Gunmen kidnapped Musa Danladi Bello in Jos.", 0),
    ],
)
def test_victims_named_after_the_verb(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a relative clause or a participle phrase closed by a comma it never opened
        ("A Ghanaian trader who worked for a firm in Kano, was killed on Monday.", 1),
        ("A farmer accused of helping the army, was beheaded in Gwoza.", 1),
        # an apposition, then where the victim was
        ("A police officer, Inspector Musa Sani, in Kano was shot dead.", 1),
        # negatives: the clause tells a death of its own, a speaker's clause
        ("A man who was wounded in the raid, was flown to Abuja.", 0),
        ("A trader whose son was killed in 2019, was arrested.", 0),
    ],
)
def test_a_phrase_closed_by_a_comma_before_the_verb(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the bodies of people taken before, and kin killed along with one named
        ("Two engineers were abducted on Monday. Their bodies were recovered on Friday.", 2),
        ("Danjuma Ayuba was shot dead along with his driver in Kaura.", 2),
        # negatives: bodies of those counted dead already, kin of one kidnapped
        ("Gunmen killed 3 farmers. Their bodies were found on Friday.", 3),
        ("Musa Danladi Bello was kidnapped along with his driver.", 0),
    ],
)
def test_bodies_and_kin_of_victims_told_before(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "as were": more victims of the same verb
        ("The driver was killed, as were two police officers.", 3),
        ("A guard was shot dead in the raid, as was his son.", 2),
        # a participle with "by" in a subject's modifier names no victim
        ("Three Yemeni soldiers backed by the United Arab Emirates were killed in Abyan.", 3),
        # negatives: "as" opening a clause, an agent
        ("The driver was killed as he drove home.", 1),
        ("Two soldiers were killed by the Allied Democratic Front.", 2),
    ],
)
def test_as_were_and_backed_by(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a name's acronym after a comma, left open before the verb or the next item
        ("Two officers of the Kuri Civil Guard, KCG were killed in Kuri.", 2),
        ("A member of the Kuri Youth Council, KYC was shot dead in Kuri.", 1),
        ("Gunmen killed two officers of the Kuri Civil Guard, KCG and a farmer in Kuri.", 3),
        ("Gunmen killed two officers of the Kuri Civil Guard, KCG, and a farmer.", 3),
        # negatives: another name after the comma, not the name's letters
        ("Gunmen killed two soldiers of the Nigerian Army, ISWAP said.", 2),
        ("Two members of the Kuri Youth Council, police said, were arrested.", 0),
    ],
)
def test_an_acronym_after_a_name(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a long subject, its brackets and marks counted as words, still read back whole
        (
            "Two top leaders of the Kuri Halam Front (Action) militant outfit and a member "
            "of the banned Bassa People's Liberation Tiger (BPLT) were killed in a raid.",
            3,
        ),
        (
            "A farmer, who was wounded after being hit by a stray bullet during a raid on "
            "a bus in the Kuri district of Bassa on Saturday night, died in hospital on Monday.",
            1,
        ),
        # negative: a long phrase before the subject is no victim
        (
            "After gunmen on motorbikes raided the weekly market of Kuri (Bassa) on Saturday "
            "night and burned two shops, the traders' union called a strike.",
            0,
        ),
    ],
)
def test_a_long_subject_read_back(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a participle phrase counting its own people is no apposition of the noun before
        ("Militants attacked the home of a chief, leaving two dead.", 2),
        ("Gunmen raided the house of the village head of Kuri, leaving 12 dead.", 12),
        # negatives: an apposition closed by its comma, and one counting no one
        ("A guard, working for two firms, was killed in Kuri.", 1),
        ("A trader, returning from the market, was shot dead in Kuri.", 1),
    ],
)
def test_a_participle_counting_its_own(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # an age in words, unhyphenated, as one in digits
        ("Four people including a ten year old boy were killed at Kuri.", 4),
        ("Gunmen shot dead a twelve year old in Kuri.", 1),
        ("Gunmen killed a fifteen years old girl and her father in Kuri.", 2),
        # negatives: a count before "year" that is no age
        ("Gunmen killed two farmers and abducted a ten year old girl in Kuri.", 2),
        ("Troops killed ten year-round smugglers.", 0),
    ],
)
def test_an_age_in_words(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a hedged passive with another verb of report before "to have been"
        ("Three others were alleged to have been burnt to death in Kuri.", 3),
        ("Two traders are presumed to have been killed in the raid on Kuri.", 2),
        # negative: the same verbs before no death
        ("Two traders are presumed to have been kidnapped in Kuri.", 0),
    ],
)
def test_alleged_to_have_been_killed(text, total):
    assert killed(text) == total
