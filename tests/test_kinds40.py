"""Kinds of English language the held-out news sets still missed (issue 13, session
40): each fixed as a kind, on sentences written for these tests, with negatives
(years, ages, calibres, animals, deaths recalled as background)."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.models import Category, Claim


def of(text: str, category: Category) -> list[Claim]:
    """The claims of `category` in `text`, in text order."""
    return [c for c in claims_in(text) if c.category is category]


# -- harm told of a group no number counts: a vague claim -------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Militiamen stormed the market and killed traders before dawn.", Category.KILLED),
        ("The shell struck the clinic, injuring its staff.", Category.WOUNDED),
        ("There are civilians killed in the shelling of Marjan, the mayor said.", Category.KILLED),
        ("Police are pursuing the gang to rescue those abducted.", Category.KIDNAPPED),
        ("The number of villagers abducted in the raid remains unknown.", Category.KIDNAPPED),
        ("Officials confirmed a killing of a group of herders near Tumba.", Category.KILLED),
        ("The clashes led to the evacuation of residents from three hamlets.", Category.DISPLACED),
        ("Gunmen torched huts, forcing families from their homes.", Category.DISPLACED),
        ("Two guards were shot dead and others taken as captives.", Category.KIDNAPPED),
    ],
)
def test_harm_to_an_uncounted_group_is_a_vague_claim(text, category):
    found = of(text, category)
    assert found and all(c.value is None for c in found)


@pytest.mark.parametrize(
    "text",
    [
        # an accusation, a denial, a plea: no fate told
        "Rights groups accused the militia of killing civilians in 2019.",
        "The army denied killing villagers during the operation.",
        "Elders urged both sides to stop killing farmers.",
        # an adjective, a passive's agent, a killing recalled with "the"
        "Doctors at Kasoa treated injured civilians for free.",
        "The old chief was shot and killed by insurgents near Kilo.",
        "The march marked the anniversary of the killing of students in 1976.",
        # animals and things are no group of people
        "The drought killed cattle and goats across the plateau.",
        # a group told before, said again; a harm recalled as a cause
        "Bandits seized three traders and later killed the captives.",
        "The raid was revenge for a massacre of herders in 1998.",
        "A gang that killed farmers last year was disbanded.",
    ],
)
def test_no_vague_harm_without_a_group_that_suffered_it(text):
    vague = [c for c in claims_in(text) if c.value is None and c.low is None]
    assert vague == []


def test_a_counted_fate_keeps_its_figure_over_the_group():
    found = of("Bandits killed four farmers and the villagers fled.", Category.KILLED)
    assert [c.value for c in found] == [4]


def test_the_agent_of_a_passive_is_no_group_killed():
    found = of("A 45-year-old trader was killed by bandits on Tuesday.", Category.KILLED)
    assert [c.value for c in found] == [1]


# -- a wound told as what the victims got: "received wounds", "suffered burns" ------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Eight people died while another 140 have received wounds, the ministry said.", 140),
        ("Four guards sustained gunshot wounds in the ambush.", 4),
        ("Five girls fled the fire with two suffering serious burns.", 2),
        ("Three herders suffered severe burns when the hut was torched.", 3),
        ("A trader sustained a machete wound on his arm.", 1),
        ("Ibrahim Danjuma, 41, sustained a bullet wound in the raid.", 1),
        ("Grace Achieng suffered serious injuries in the blast.", 1),
    ],
)
def test_wounds_received_or_sustained_are_injuries(text, value):
    assert [c.value for c in of(text, Category.WOUNDED)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        # negatives: what else one receives, suffers or sustains
        "Ibrahim Danjuma received an award from the governor in 2019.",
        "The battalion suffered heavy losses of equipment.",
        "The army received 12 new armoured trucks.",
        "The bridge sustained damage from 155mm shells.",
    ],
)
def test_no_wound_in_other_things_received(text):
    assert of(text, Category.WOUNDED) == []


# -- a toll told in a long frame -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police have revised the death toll in the raid on the country's border posts to 31.", 31),
        ("Officials raised the death toll from Sunday's clashes in the hills to 12.", 12),
        ("The number of miners killed at Tuma, Bashi and Lobo was at least 45.", 45),
        ("The number of pupils abducted from the school in Kafi stood at 80.", 80),
    ],
)
def test_a_toll_in_a_long_frame(text, value):
    assert [c.value for c in claims_in(text) if c.value is not None] == [value]


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a time, a year and a calibre inside the frame are no toll
        "Police revised the death toll in the attack, which began at 3, to 20.",
        "The number of people killed in the clashes of 2019 was never published.",
        "Officials raised the death toll of the 1998 bombing with 12.7mm rounds found.",
    ],
)
def test_no_toll_from_a_number_inside_the_frame(text):
    values = [c.value for c in claims_in(text) if c.category is Category.KILLED]
    assert values in ([], [20])


# -- counts that share one predicate, each with its place told long ------------------


def test_gapped_counts_with_places_told_long():
    text = (
        "The warden said 14 died in Tamo prison, in the far north, 9 in the town of Riva,"
        " on the coast, and five in the city of Belo, in the interior."
    )
    assert [c.value for c in of(text, Category.KILLED)] == [14, 9, 5]


def test_gapped_counts_in_a_kind_of_place():
    text = "Twenty were killed in the village of Dubo, 7 in the town of Sara and 2 in Bale Kuta."
    assert [c.value for c in of(text, Category.KILLED)] == [20, 7, 2]


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a year, an age and a calibre after the place are no gapped count
        "Fourteen died in Tamo prison, in the far north, 9 years after it opened.",
        "Six were killed in the town of Riva, 40 km from the border.",
    ],
)
def test_no_gapped_count_from_other_numbers(text):
    assert [c.value for c in of(text, Category.KILLED)] in ([14], [6])


# -- people taken: with their vehicle, "taken away by" their captors, "N out of M" ----


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A minibus was hijacked with 14 passengers on board near Funtua.", 14),
        ("Bandits hijacked a truck carrying 23 traders on the Gusau road.", 23),
        ("Twelve out of the 20 travellers were taken away by the gunmen.", 12),
        ("Nine farmers were taken away by suspected kidnappers on Friday.", 9),
        ("Gunmen abducted 7 out of the 30 worshippers.", 7),
    ],
)
def test_people_taken_in_other_words(text, value):
    assert [c.value for c in of(text, Category.KIDNAPPED)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        # negatives: goods and animals on board, the dead taken away by their kin
        "Pirates hijacked a tanker carrying 3,000 tonnes of fuel.",
        "Rustlers hijacked a lorry carrying 40 cattle.",
        "The bodies of 12 villagers were taken away by relatives for burial.",
        "Two injured guards were taken away to hospital in 2021.",
    ],
)
def test_nothing_taken_where_no_one_was(text):
    assert of(text, Category.KIDNAPPED) == []


def test_out_of_counts_the_part():
    found = of("Three out of the 11 miners were killed in the blast.", Category.KILLED)
    assert [c.value for c in found] == [3]


# -- one victim whose noun phrase a day or a reason follows --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead a ward councillor Friday night in Gidan Waya.",
        "Soldiers killed a herder because they suspected him of theft.",
        "The riot at the market resulted into the death of a young trader.",
    ],
)
def test_one_victim_before_a_day_or_a_reason(text):
    assert [c.value for c in of(text, Category.KILLED)] == [1]


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a day, a reason, an age, an animal, no death
        "Gunmen shot a ward councillor Friday night, wounding him in 2020.",
        "Soldiers killed a goat because the herder refused to pay.",
        "Riots over the levy resulted into the arrest of a 19-year-old trader.",
    ],
)
def test_no_death_before_a_day_or_a_reason(text):
    assert of(text, Category.KILLED) == []


# -- a flight of a few days is one incident; weeks and months are a flow ---------------


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Some 3,500 villagers have fled their homes over the past two days.", "incident"),
        ("Up to 6,000 Burundians have crossed into Rwanda in the past five days.", "incident"),
        ("About 9,000 people were displaced from Tal Afar between 3 May and 9 May.", "incident"),
        ("Nearly 800 families have fled Kalo in recent days.", "incident"),
        # a flow: weeks, months, a span of dates weeks apart
        ("About 60,000 people were displaced between 2 April and 30 May.", "cumulative"),
        ("Some 12,000 Chadians have arrived in the past three weeks.", "cumulative"),
        ("Around 40,000 people have fled in recent months.", "cumulative"),
    ],
)
def test_a_flight_of_days_is_an_incident(text, scope):
    flights = [c for c in claims_in(text) if c.category in (Category.DISPLACED, Category.REFUGEES)]
    assert [c.scope.value for c in flights] == [scope]


# -- running totals: a crisis's toll, "since an insurgency began" ----------------------


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The crisis has claimed more than 900 lives, according to rights groups.", "cumulative"),
        ("Some 1,400 people have been killed since an insurgency began in 2012.", "cumulative"),
        # negatives: one incident amid a crisis; a year or an age is no total
        ("Amid the crisis, gunmen killed 12 people in Bodo on Monday.", "incident"),
        ("A 35-year-old man was killed in Bodo on Monday, 20 years after the war.", "incident"),
    ],
)
def test_totals_of_a_crisis_or_since_an_insurgency(text, scope):
    assert [c.scope.value for c in of(text, Category.KILLED)] == [scope]


# -- a vague subject: "Many have fled", a subject that runs on before its verb --------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Many have reportedly fled their homes since the raid.", Category.DISPLACED),
        ("Some were abducted as they fled the market.", Category.KIDNAPPED),
        ("Thousands of villagers in the Rusizi valley fled into Burundi.", Category.REFUGEES),
        ("Travellers heading along the Kaduna road near Jere were abducted.", Category.KIDNAPPED),
    ],
)
def test_a_vague_or_long_subject_tells_a_fate(text, category):
    found = of(text, category)
    assert found and all(c.value is None for c in found)


@pytest.mark.parametrize(
    "text",
    [
        # negatives: no fate; a bare subject fled (no count of the displaced); a year
        "Some have argued that talks should resume in 2025.",
        "Residents in the old quarter fled the fighting on foot.",
        "Soldiers in the area were deployed after the raid.",
    ],
)
def test_no_fate_from_a_subject_alone(text):
    assert [c for c in claims_in(text) if c.value is None and c.low is None] == []


def test_a_toll_in_an_aside_is_not_the_toll():
    found = of("The death toll, which was 9 on Friday, rose to 16 on Saturday.", Category.KILLED)
    assert [c.value for c in found] == [16]


# -- the last item of a list, a number nobody states ---------------------------------


@pytest.mark.parametrize(
    ("text", "category", "values"),
    [
        (
            "The blast killed 9 guards, a cleric and an unspecified number of worshippers.",
            Category.KILLED,
            [9, 1, None],
        ),
        (
            "Another 6 police and an unknown number of residents were wounded.",
            Category.WOUNDED,
            [6, None],
        ),
        # negatives: no list, no fate; a calibre is no item
        ("An unknown number of 7.62mm rounds were seized in 2021.", Category.KILLED, []),
        ("Two officers and an unspecified number of trucks were sent.", Category.KILLED, []),
    ],
)
def test_an_unstated_number_ending_a_list(text, category, values):
    assert [c.value for c in of(text, category)] == values


# -- missing told by whereabouts unknown ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Two marines were killed and four others listed as whereabouts unknown.", [4]),
        ("Five guards, whose whereabouts remain unknown, were on duty that night.", [5]),
        # negatives: whereabouts known, or of things; a year
        ("Five guards, whose whereabouts are known, were moved in 2020.", []),
        ("Police said the whereabouts of 12 rifles were unknown.", []),
    ],
)
def test_whereabouts_unknown_is_missing(text, values):
    assert [c.value for c in of(text, Category.MISSING)] == values


# -- people named refugees who flee are refugees -------------------------------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("5,000 Burundian Refugees Flee To Rwanda", Category.REFUGEES),
        ("Some 300 refugees fled the camp after the raid.", Category.REFUGEES),
        # negatives: residents fleeing inside their country are displaced
        ("About 2,000 residents fled to Bunia in 2021.", Category.DISPLACED),
    ],
)
def test_refugees_who_flee_stay_refugees(text, category):
    flights = [c for c in claims_in(text) if c.category in (Category.DISPLACED, Category.REFUGEES)]
    assert [c.category for c in flights] == [category]
