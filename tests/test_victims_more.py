"""Victims read predicate by predicate: deaths that did not happen or are told
elsewhere (extract/victims.py). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import killed_in

killed = killed_in


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a body in a sentence that tells no finding: a death told elsewhere
        ("Villagers blocked the road by laying the body of a herder across it.", 0),
        ("The two sides swapped five prisoners and the body of a soldier.", 0),
        # negatives: a body found is a death of this report
        ("The body of a herder was found in a ditch near Kuri.", 1),
        ("Divers recovered the bodies of three fishermen.", 3),
        # "nearly" among the auxiliaries: no death
        ("Two thieves were nearly lynched by a crowd at the market.", 0),
        ("A suspect was caught and almost lynched in Kuri.", 0),
        ("Nearly 40 people were killed in the raid.", 40),
    ],
)
def test_deaths_not_of_this_report(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # an age between the victim and "to death" / "dead"
        ("Robbers hacked trader Musa Bello, 52, to death at his shop.", 1),
        ("Gunmen left farmer Ali Sani, 35, dead on the road.", 1),
        ("Gunmen left Ali Sani, the chief of Kuri, wounded.", 0),
    ],
)
def test_an_age_before_the_result(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # killing verbs: "slashed", "macheted", "speared" to death; a particle before the object
        ("A gang slashed a watchman to death in Kuri.", 1),
        ("Three farmers were macheted to death overnight.", 3),
        ("One herder speared to death at the well", 1),
        ("Youths beat up three suspects to death at the market.", 3),
        # the participle in quotation marks
        ('A teacher is "hacked to death" by unknown men.', 1),
        # nouns for one person the lexicon lacked, and an -ing word before one
        ("Gunmen killed the local monarch and his guard.", 2),
        ("A mob lynched a former convict in Tamsu.", 1),
        ("Bandits shot dead a court clerk.", 1),
        ("Assassins killed a leading surgeon near his clinic.", 1),
        ("Militia killed a visiting pastor.", 1),
        # an age as the noun
        ("A mob beat a 15 year old to death.", 1),
        ("One seven-year-old was killed in the blast.", 1),
        # the misspelt casualties of a coder's note
        ("Raiders struck Kuri, nine causalities.", 9),
        # an article typed before a count: the count
        ("A mob shoots and kills a 5 suspected thieves.", 5),
        ("Six guards were killed along with an eleven soldiers.", 17),
        ("Police killed a 19 year-old student.", 1),  # an age, not a count
        # negatives: an -ing word before a thing, animals, an age that is no victim
        ("Gunmen killed two goats and a grazing cow.", 0),
        ("The army, leading 40 soldiers, entered Kuri.", 0),
        ("A 15 year old boy was arrested.", 0),
        ("Gunmen opened fire, killing six people and wounding twenty-three.", 6),
        ("Ali Musa, a high-ranking member of the party and mayor of Kuri, was shot dead.", 1),
        ("Nobody died; no causalities were reported.", 0),
    ],
)
def test_killing_words_and_victim_nouns(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a protest that turned into the scene of the deaths: not their reason
        ("Farmer protests turned violent in Kuri, three farmers killed", 3),
        ("Protests at the college resulted in two pupils being killed by police.", 2),
        # negatives: the deaths a protest is about, told before it
        ("Traders protested over the deaths of two porters who were killed by police.", 0),
        ("Youths held a protest against the killing of a driver last week.", 0),
        ("Protesters blocked the road after a farmer, his wife and two sons were killed.", 0),
        ("In revenge for the murder of a herder, youths burned the market.", 0),
        # a reason or a protest fronted before a comma: the victims after it are the news
        ("In revenge for the murder of a herder, three farmers were killed.", 3),
        ("During the protests, two traders were killed by police.", 2),
        ("After protests demanding reforms in Kuri, four people were killed.", 4),
    ],
)
def test_a_protest_as_scene_or_reason(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "as well as" after a passive adds its victims, like "along with"
        ("Five guards were killed, as well as two raiders.", 7),
        ("Three soldiers were shot dead in the ambush, as well as one civilian.", 4),
        # negatives: an uncounted plural, a fate of its own
        ("Three soldiers were killed as well as civilians.", 3),
        ("Two soldiers were killed, as well as three wounded.", 2),
        ("Nine people were killed as well as 14 others injured.", 9),
        ("Two guards were killed and 5 were hurt, as well as a driver.", 2),
    ],
)
def test_as_well_as_after_a_passive(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # what the victims are held to have done: deaths told before
        ("A mob lynched two thieves, who were accused of killing a trader.", 2),
        ("Police shot dead four men suspected of having killed three guards.", 4),
        ("Soldiers killed a bandit suspected to have murdered a chief.", 1),
        # negatives: the suspects of this report's deaths
        ("Herdsmen are suspected of killing five farmers in Kuri.", 5),
        ("Gunmen suspected to be bandits killed six traders.", 6),
    ],
)
def test_deaths_the_victims_are_accused_of(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a breakdown after "N dead:" is part of the total
        ("Gunmen attacked a convoy. Four dead: one driver, three guards.", 4),
        ("Fatalities: 3 people.", 3),  # a coder's field, no total before it
        # a time between the auxiliary and the participle
        ("Two guards were Sunday night shot dead at the gate.", 2),
        ("A chief was on the morning of 12/03 shot dead by gunmen.", 1),
        ("Three herders were in the evening hours killed near Kuri.", 3),
        # "themselves": the sentence's subject
        ("Three bombers attacked a checkpoint, but killed only themselves.", 3),
        ("The two blew up their vests early, killing themselves.", 2),
        # negatives: "them" is the last people told, not the subject
        ("Two gunmen fired on three guards, killing them.", 3),
        ("Two bombers blew themselves up at a mosque, killing 12 worshippers.", 12),
    ],
)
def test_breakdowns_times_and_themselves(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a toll told with a copula
        ("Deaths in the clash are believed to be about 20; fatalities were 18.", 18),
        ("The death toll was 9 by the evening.", 9),
        ("The number of people killed is 14, officials said.", 14),
        ("Fatality count is 6.", 6),
        # negatives: another fate, or no figure
        ("The toll of injured was 12.", 0),
        ("Fatalities are unknown; 4 were hurt.", 0),
        ("The number of displaced is 3000.", 0),
    ],
)
def test_a_toll_told_with_a_copula(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # "found" between the auxiliary and the participle, as "found dead"
        ("Two herders were found killed near the well.", 2),
        ("A pastor was found murdered in his home.", 1),
        # one person named by a demonym
        ("A Tanzanian was shot dead at the border.", 1),
        ("A Kurd and two Turks were killed in the blast.", 3),
        # negatives: things found, and words in -er/-or that name no person
        ("Police found two guns and a grenade.", 0),
        ("In revenge for the slaughter, a Kenyan lorry was torched.", 0),
    ],
)
def test_found_killed_and_demonyms(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a reason word far before a nominal, the deaths the result of this event
        (
            "Following a raid on the market, vigilantes chased the bandits, which resulted"
            " in the death of five.",
            5,
        ),
        ("Raiders, numbering over 40, stormed the camp, leading to the death of nine herders.", 9),
        ("The army's response led to the deaths of three of the gunmen.", 3),
        ("Troops fired on the protesters, resulting in the death of a teacher.", 1),
        # negatives: the preposition governs the nominal, or a relative clause tells an
        # earlier event, or the result did not happen
        ("Herders clashed with farmers over the recent killing of a cattle owner.", 0),
        (
            "Youths staged a rally against the bombing of a bus that resulted in the death of"
            " 12 pupils.",
            0,
        ),
        ("A strike was called against the killing of a trader by soldiers.", 0),
        ("Soldiers were arrested in connection with the 2019 murder of a chief.", 0),
        ("The kidnappers said any delay would result in the execution of a hostage.", 0),
        ("The attack came after clashes which led to the death of a youth in Kuri.", 0),
    ],
)
def test_a_reason_word_and_the_deaths_of_this_event(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a sentence that ties this attack to another event tells that one's deaths
        (
            "Gunmen wounded two guards in Kuri. The attack comes a week after a car bomb in"
            " the same street killed twelve people.",
            0,
        ),
        ("Police shot dead four robbers. This follows a raid on a bank that killed a cashier.", 4),
        (
            "Two traders were kidnapped. The abduction came barely two days after bandits"
            " killed nine herders, residents said.",
            0,
        ),
        # negatives: the same event told on, or the deaths of this one
        ("The attack came as gunmen killed four farmers in Kuri.", 4),
        ("A bomb exploded in the market. The blast killed six traders.", 6),
        ("This was followed by a gunfight in which three soldiers were killed.", 3),
    ],
)
def test_deaths_of_another_event_the_attack_follows(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the attackers' own deaths told beside the victims'
        ("Six worshippers were killed, plus the bomber.", 7),
        ("At least 9 people died, plus the two bombers.", 11),
        ("The raiders, four of whom were also killed, burned the granary.", 4),
        ("Bandits came with 30 men, 8 of whom were killed by vigilantes.", 8),
        # negatives: another fate after "plus", a part of a counted whole
        ("Three guards were killed, plus one injury.", 3),
        ("Gunmen killed 18 people, 11 of them children.", 18),
    ],
)
def test_the_attackers_own_deaths_beside_the_victims(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a coder's note states the figure coded
        ("Troops shelled the rebels' camp. Unknown fatalities coded as 10.", 10),
        ("Police fired on the crowd; deaths were reported. Several fatalities coded as 3.", 3),
        ('Raiders killed "many" (coded as 10) herders near Kuri.', 10),
        # negatives: a place, an actor or a span coded as something else
        ("Militiamen (coded as Popular Resistance) clashed with troops near Kuri.", 0),
        ('Students protested "for days" (coded as 2 days) in Kuri.', 0),
        ("Gunmen attacked Waru (coded as Kuri) and wounded 4 people.", 0),
    ],
)
def test_a_coders_note_of_the_figure_coded(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a coder's note gives a toll to another event
        ("Raiders killed 3 herders (coded separately) and stole 200 goats.", 0),
        ("Bandits ambushed a bus. (2 guards were also killed - coded seperately)", 0),
        ("Four traders were killed in the raid (fatalities coded in other events).", 0),
        # negatives: the note speaks of another figure, or of a place
        ("5 soldiers killed (and 2 civilians - coded separately) near Kuri.", 5),
        ("Gunmen killed 6 villagers in Waru (coded as Kuri).", 6),
    ],
)
def test_a_toll_the_coder_gives_to_another_event(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # one active verb, its count repeated for a second place
        ("Bandits killed 8 in Kuri and 5 in Waru.", 13),
        ("Militants killed 10 people in Daku village and six others in Baga.", 16),
        # negatives: a second clause with its own verb, or no count
        ("Troops killed 4 rebels in Gao and 3 rebels were arrested.", 4),
        ("Gunmen killed 2 farmers in Kuri and burned houses in Waru.", 2),
    ],
)
def test_a_count_repeated_for_another_place(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a victim told before dies: by a pronoun, by name, or after a passive of hurt
        ("A trader was shot by gunmen near the market. He died of his wounds.", 1),
        ("Mariam Kone was taken to hospital. She later died on 3 June.", 1),
        (
            "Gunmen fired at an officer, Captain Oumar Sidibe. Sidibe was wounded in the"
            " attack and later died.",
            1,
        ),
        ("Two guards were wounded in the blast and later died in hospital.", 2),
        # negatives: a death told twice, another subject's death, a pronoun elsewhere
        ("Gunmen shot dead a herder. He died instantly.", 1),
        ("Three were injured and one died.", 1),
        ("He said the soldiers died in vain.", 0),
    ],
)
def test_a_victim_told_before_who_died(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # deaths of an earlier event, dated before this one
        ("A grenade hit a shop near the spot where three soldiers were killed a week earlier.", 0),
        ("Police foiled a follow-on attack to a previous bombing at the market which killed 9.", 0),
        # a killing joined to an intended act; creatures are no victims
        ("Gunmen stormed the bank, threatening to burn it and kill the manager.", 0),
        ("The group said the farm caused the deaths of thousands of creatures.", 0),
        # negatives: a time that dates this event, or another predicate's
        ("Two days before the vote, gunmen killed 12 people in Kuri.", 12),
        ("Police found the bodies of four guards who were kidnapped two days before.", 4),
        ("Raiders tried to storm the camp and killed two guards.", 2),
    ],
)
def test_deaths_dated_before_the_event_or_only_intended(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a crime the victims or the crowd's target are held to have done before
        ("A mob beat a man who had allegedly killed his brother in Kuri.", 0),
        ("Traders attacked the guards for allegedly killing a porter.", 0),
        ("Residents demanded the arrest of a soldier who they believe killed two boys.", 0),
        # what a protest or a rampage is about
        ("Youths protested in Kuri against a wave of night raids that killed five herders.", 0),
        ("Pupils went on a rampage after a classmate was killed by a truck.", 0),
        # negatives: this event's deaths beside a relative clause of an earlier act
        ("Police killed two robbers who had attacked a bank.", 2),
        ("Youths protested in Kuri, and police killed two of them.", 2),
    ],
)
def test_crimes_told_before_and_what_a_protest_is_about(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a coder's slips of "killed"
        ("Four herders were kiled by raiders near Kuri.", 4),
        ("Six traders were killid when the bus hit a mine.", 6),
        # one person named by a people's name, or a job the lexicon lacked
        ("A Turkana is killed by raiders outside Lodwar.", 1),
        ("Soldiers shot and killed a young Borana near Moyale.", 1),
        ("A paramedic tending the wounded was shot dead.", 1),
        # an appositive that names the members of a count
        ("Three guards, a Kenyan and two Somalis, were killed at the gate.", 3),
        # negatives: a proper name of several words, a name a phrase goes on from,
        # and a plain list
        ("Gunmen burned a Kuri Mosque and killed two guards.", 2),
        ("A Jammu and Kashmir police officer was shot dead.", 1),
        ("Gunmen killed two farmers, a trader and a pupil, and burned the market.", 4),
    ],
)
def test_slips_peoples_names_and_appositives(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # an open fate, a threat, another event's deaths
        ("All 40 guards were either killed or wounded in the raid.", 0),
        ("The kidnappers said they will kill the hostages on Friday.", 0),
        ("Police linked the blast to another which killed three traders.", 0),
        ("On the same day that bandits killed two herders, gunmen abducted 12 pupils.", 0),
        ("A second bomb was found near where a blast the previous day killed nine people.", 0),
        # negatives: this event's deaths, with a time after them
        ("The army said it killed 8 rebels the previous day.", 8),
        ("Either two or three soldiers were killed.", 2),
    ],
)
def test_open_fates_threats_and_other_events(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # one of a counted group
        ("Gunmen ambushed a bus, leaving one of the three guards dead.", 1),
        ("Two of the 12 hostages were executed.", 2),
        # the subject before what it is held to have done
        ("Two thieves accused of killing a herder were lynched.", 2),
        ("A mob lynched a man who was suspected to have beaten his wife to death.", 1),
        # a verb in -er after "and" is no victim
        ("Police killed four bandits and recover the stolen goats.", 4),
        # negatives
        ("Two of the attackers were killed.", 2),
        ("Gunmen killed a worker and a farmer.", 2),
    ],
)
def test_partitives_and_the_subject_before_an_accusation(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # the injured who die later; a count given as one or another
        ("Two soldiers were killed and 9 injured. Three of the injured die the next day.", 5),
        ("Police repulsed the attack, killing either one or four fighters.", 1),
        # negatives: a part of the dead, the injured alone
        ("Five people were wounded. Two of the wounded were children.", 0),
    ],
)
def test_the_injured_who_die_and_one_or_another_count(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a toll put at a figure, with the toll's noun in other words
        ("Differing reports put the fatalities at 31 and 40.", 31),
        ("The army places the death number of the rebels at 70.", 70),
        ("Police hold the fatalities at seven.", 7),
        # negatives: a total of things
        ("The company put the number of vehicles at 40.", 0),
        ("Officials put the total at 40 vehicles.", 0),
    ],
)
def test_a_toll_put_at_a_figure(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # a relative clause or an appositive between the subject and its verb
        ("Six guards, two of whom were officers, were killed in the raid.", 6),
        ("Two herders, both Fulani, were shot dead near Kuri.", 2),
        # negatives: a subject read through the clause, a death inside the clause
        ("Two soldiers, who were killed last year, were buried in Kuri on Monday.", 2),
        ("Two soldiers, two of whom were wounded, were flown home.", 0),
        # a road named by two places is no people's name
        ("Three bombers heading along Damaturu-Maiduguri Road were killed by soldiers.", 3),
        ("Two soldiers, two policemen, and a guard were killed.", 5),
    ],
)
def test_clauses_between_a_subject_and_its_verb(text, total):
    assert killed(text) == total


@pytest.mark.parametrize(
    ("text", "total"),
    [
        # deaths counted with the victims' noun before them
        ("Police fought the gunmen; one police death was reported.", 1),
        ("Two militia fatalities were reported in Kuri.", 2),
        # a noun in -ly for a person
        ("Gunmen killed his nephew and police orderly.", 2),
        # negative: the people themselves, with no death
        ("Two police officers were deployed to Kuri.", 0),
    ],
)
def test_deaths_named_with_the_victims_noun_before(text, total):
    assert killed(text) == total
