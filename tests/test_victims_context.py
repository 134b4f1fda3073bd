"""Deaths told of another event, and words that only look like victims or predicates
(extract/victims.py, victim_reasons.py, victim_nouns.py). Every sentence here was
written for these tests; each kind has its negatives beside it."""

from __future__ import annotations

import pytest

from tests.conftest import killed_in
from workbench.extract import extract_claims
from workbench.ingest import document_from_text

killed = killed_in


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a relative clause of an event named as earlier by a preposition
        ("Settlers beat two farmers following a raid on Kuri that killed nine herders.", 0),
        ("Troops arrested six men after an ambush which had killed four guards.", 0),
        ("Police closed the market since yesterday's blast that killed three traders.", 0),
        # negatives: the sentence's own deaths, and a relative clause of its own event
        ("Gunmen attacked a bus that was carrying pilgrims, killing seven.", 7),
        ("A bomb that killed eleven people went off in the market.", 11),
        # any subject before "comes ... after": the deaths after it are another event's
        (
            "The seizure of the arms cache comes two days after a mortar attack "
            "killed five soldiers near Kuri.",
            0,
        ),
        ("The raid came shortly after militants killed two guards at the gate.", 0),
        # negative: the deaths before "came" are this report's
        ("Gunmen killed four villagers in an assault that came after weeks of threats.", 4),
    ],
)
def test_deaths_of_an_earlier_event(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a reason word misspelled, and talk about a killing
        ("Youths torched shops in retalliation for the killing of a trader.", 0),
        ("Elders met the governor to discuss the murder of a chief in March.", 0),
        # negatives: the killing is this report's
        ("Police are investigating the killing of two traders in Kuri.", 2),
        ("Police blame the rebels for the execution of a village head.", 1),
    ],
)
def test_a_killing_talked_about(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # damage to things ends the noun phrase: the houses are not victims
        ("Over 30 houses burnt, three people killed and crops torched in Kuri.", 3),
        ("The raid has seen 12 huts destroyed, cattle killed and wells poisoned.", 0),
        # negative: a burned body is a victim's
        ("Three burned bodies were found near the road.", 3),
        # an object after a bare participle: an active verb, its subject no victim
        ("The Joint Security Task Force neutralized a device planted under a bridge.", 0),
        ("A guard stabbed a suspect in the arm.", 0),
        # negatives: a headline's reduced passive, with a time after it
        ("Two soldiers killed an hour later near the camp.", 2),
        ("Police officer shot dead by gunmen in Kuri", 1),
        # a predicate's word capitalised in a name of running text
        ("Gunmen tried to kidnap a guide at Dead Sea Camp.", 0),
        ("Two workers were found dead at the camp.", 2),
        # an animal named with an -ing word before it
        ("The blast wounded a handler and killed his mine detecting dog.", 0),
        ("The blast killed a leading surgeon.", 1),
    ],
)
def test_words_that_only_look_like_victims(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a headline's present tense, a bare noun with a participle after it
        ("Mob kills man accused of stealing a goat", 1),
        ("Vigilantes kill a woman thought to be a witch in Kuri.", 1),
        ("Police gun down 9 suspects in Kuri.", 9),
        # a result verb makes a revenge attack the scene of its deaths
        ("Reprisal raid by herders leaves two dead", 2),
        ("The march turned violent after police killed a student.", 1),
        # negatives: the deaths are what the protest or the reprisal is about
        ("Protesters blocked roads after two were killed.", 0),
        ("Parents of a murdered girl staged a sit-in.", 0),
        # a victim told before who died, after "but"
        ("A trader was beaten by a mob. Police intervened, but he died later.", 1),
        ("Gunmen shot dead a farmer. He died instantly.", 1),
        # a named victim with more death wording
        ("Daniel Okoth was found dead at a guest house.", 1),
        ("The minister was nearly lynched by workers.", 0),
        # an active perfect with an object: the subject is no victim
        ("A police officer has shot dead his boss in Kuri.", 1),
        ("Two soldiers have died in the attack.", 2),
    ],
)
def test_headlines_and_named_deaths(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a phrase set off by commas between the subject and its verb
        ("Three workers at the sugar mill, Kuri district, were killed by gunmen.", 3),
        ("Two guards, employees of a mining firm, were killed.", 2),
        # items of a list with an affiliation after each
        ("An inspector with the police and a ranger with the park service were shot dead.", 2),
        ("A delegate from the talks, a chief and a trader were found shot dead.", 3),
        # negatives: a tool after "with" ends the list; a possessive's body part is no one
        ("Gunmen killed a soldier with a knife and wounded two others.", 1),
        ("The body of a driver with his hands bound was found near Kuri.", 1),
        # an infinitive passive tells no new death; a hedged perfect one does
        ("He is the third mayor to be shot dead this year.", 0),
        ("Two soldiers are believed to have been killed.", 2),
        # what the victim is held to have done, by those who killed him
        ("Villagers lynched a man they believed murdered a boy.", 1),
        ("Police believe gunmen killed two traders.", 2),
        ("The gang admitted to the slaying of a judge in 2001.", 0),
        # person nouns and death nominals the lexicon lacked
        ("A radio host was shot and killed outside his home.", 1),
        ("Police probe the slaying of two traders.", 2),
        # a capitalised preposition opens no name: one chief, not "In Kuri"
        ("In Kuri, the chief, Ali Musa, was found dead.", 1),
    ],
)
def test_subjects_set_off_and_lists_with_affiliations(text, total):
    assert killed(text) == total


def test_a_capitalised_preposition_is_no_victims_name():
    claims = extract_claims(
        document_from_text("t.txt", "In Kuri, the chief, Ali Musa, was found dead.")
    )
    assert [c.subject for c in claims if c.category.value == "killed"] == ["chief"]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # an initialism with its stops is one word of the victims' phrase
        ("Gunmen shot and killed a U.S. citizen at his farm.", 1),
        ("The blast killed two U.N. workers and a driver.", 3),
    ],
)
def test_initialisms_inside_the_victims_phrase(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # an ACLED coder's note that a reading's deaths are coded in another event
        ("1 man shot dead by police near the camp for displaced people (coded separately).", 0),
        ("Raiders attacked herders, killed 2 (coded seperately) and stole 100 cows.", 0),
        # negative: the note speaks of the figure just before it, not of the one before that
        ("2 police killed (and 3 civilians - coded separately).", 2),
    ],
)
def test_deaths_coded_in_another_event(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a year alone dates an earlier event
        ("The group follows a rebel leader killed in 1998.", 0),
        ("Kuri is the town where in 2004 eleven people were killed by a bomb.", 0),
        ("They admitted to the 2001 slaying of a judge.", 0),
        # negatives: the sentence's own time, and a year that dates a later noun
        ("In June 2016, gunmen killed two farmers in Kuri.", 2),
        ("On 5 June 2016, gunmen killed two farmers in Kuri.", 2),
        ("Gunmen shot dead an officer, who was sacked over the 2011 killing of five women.", 1),
        # the deaths a reprisal, a response or an earlier regime's record are about
        ("Rebels burned three buses in retaliation for police killing four rebels.", 0),
        ("Militants fired rockets, responding to the deaths of eight villagers.", 0),
        ("He was chosen because he led a regime which had tortured and killed hundreds.", 0),
        ("The man was wanted for the murders of three agents.", 0),
        # negative: a confession to this report's attack
        ("Two men have confessed to a car bomb which killed one leader.", 1),
    ],
)
def test_deaths_dated_or_told_as_a_reason(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # an earlier or similar event named by an adjective, with its gapped verbs
        ("Gunmen fired on police responding to an earlier bombing that killed six.", 0),
        ("The mob hit a bus at the site of a similar attack which killed two and wounded 11.", 0),
        # an event told as shortly before this one
        ("The raid came shortly before an air strike that killed a boy.", 0),
        ("The device was defused. Shortly before three people were killed in a blast.", 0),
        # another event named in the sentence's opening (Pakistan trial, session 50)
        ("In the previous incident, 16 people lost their lives near a checkpoint.", 0),
        ("In the preceding attack, nine soldiers were killed.", 0),
        # negatives: a time before the sentence's own deaths
        ("Shortly before noon, three people were killed.", 3),
        ("On the previous day, three people were killed in Bannu.", 3),
        ("The attack came before dawn and killed three.", 3),
    ],
)
def test_earlier_and_similar_events(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the voice of what a passive tells is no victim of it (Ukraine trial, session 50)
        ("Ivan Petrov, an official, claims that the strike was executed by the army.", 0),
        ("The governor, Ivan Petrov, insisted that the raid was executed by commandos.", 0),
        # negatives: the people the claim is about
        ("The militants claimed that two hostages were executed.", 2),
        ("Ivan Petrov, a farmer, was executed by the militants.", 1),
    ],
)
def test_the_voice_before_a_claimed_passive_is_no_victim(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a count that shares a predicate said once, past a comma, an agent, a lead word
        ("Two people were killed by soldiers, and another two by police.", 4),
        ("Five soldiers were killed in Kuri, and three in Gao.", 8),
        ("Two were killed by soldiers and two more by police.", 4),
        ("Gunmen killed 12 people in Kuri and nine others in Gao and 3 others in Mopti.", 24),
        # negatives: a count with a predicate of its own, or of another clause
        ("Two soldiers were killed in Kuri, and 3 in Gao were wounded.", 2),
        ("Two were killed by soldiers and police arrested three in Gao.", 2),
    ],
)
def test_gapped_counts(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the source a figure is credited to is no victim
        ("According to a police officer, three villagers were killed.", 3),
        ("According to the chief, two herders were killed near Kuri.", 2),
        # negative: a victim after another preposition is still read
        ("In the attack on the camp, a guard was killed.", 1),
    ],
)
def test_the_source_before_the_victims(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "to" before a place is no infinitive
        ("Gunmen moved to Kuri killing a lawmaker.", 1),
        ("Gunmen threatened to kill two hostages.", 0),
        # a noun in -ly inside the victims' phrase
        ("Gunmen killed a state assembly member.", 1),
        # "along with" after a comma joins the list; a posting after the victims
        ("A trader, along with his business partner, were killed by militia.", 2),
        ("Two policemen attached to the governor were killed.", 2),
        # two people named as one, and a staff member
        ("An elderly couple was shot dead in Kuri.", 2),
        ("Gunmen shot dead a staff of the council.", 1),
        # negative: "a couple of" is a vague count, read as such
        ("A couple of soldiers were wounded.", 0),
    ],
)
def test_more_victim_phrases(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a bracket between the victims and their verb
        ("Between three and ten (figures vary) were killed in the blast.", 3),
        ("Five guards (two of them officers) were killed.", 5),
    ],
)
def test_a_bracket_before_the_verb(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a hurt told as mortal is a death, active or passive
        ("A guard fatally shot a man at the gate.", 1),
        ("Two men were fatally assaulted by a mob.", 2),
        ("A soldier was fatally wounded in the ambush.", 1),
        # negative: a hurt not told as mortal
        ("A soldier was seriously wounded in the ambush.", 0),
        # a named victim's harm before the death
        ("Ana Ruiz was shot and killed outside her home.", 1),
        ("Ana Ruiz was abducted and murdered by gunmen.", 1),
        # negative: one victim, told with the death, then with the body
        ("Ana Ruiz was shot and killed and her body was found in a ditch.", 1),
    ],
)
def test_fatal_harm_and_named_victims(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a name that ends a longer subject is that subject: counted once
        ("An engineer working in southern Helmand Province was shot and killed.", 1),
        ("A critic of the government Jacob Juma was shot dead in Nairobi.", 1),
        ("A reporter for the newspaper El Sol was killed by gunmen.", 1),
        # a name after a title or a speech verb stands for the victim
        ("Catholic priest John Smith was killed in his church.", 1),
        ("Police said John Smith was killed in his car.", 1),
    ],
)
def test_a_name_that_ends_a_longer_subject(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a war's toll in a relative clause after an accusation is news of the war
        # (unseen study misses, session 50)
        ("Rights groups accused both sides of abuses in a war that has left 4,000 dead.", 4000),
        # the deaths an accusation is about stay its reason
        ("The men accused of the attack, in which 12 were killed, were sentenced.", 0),
    ],
)
def test_a_wars_toll_after_an_accusation_is_told(text, total):
    assert killed(text) == total
