"""Kinds of casualty wording the extractor must read, written from the specification
(the issue and docs/extraction.md), not from the extractor's code.

Each kind has several sentences of different structure, so that a rule fitted to
one of them fails the others, and negatives. Only what the specification fixes is
asserted: category, value or interval, how many claims of a category, the sum of
killed, scope, period and date of an incident, hedged.
"""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.extract.numbers import asserted_bounds
from workbench.ingest import document_from_text
from workbench.models import Claim

# A Friday: "on Tuesday" is 2024-05-07, "yesterday" 2024-05-09.
PUBLISHED = dt.date(2024, 5, 10)


def claims(text: str, published: dt.date | None = None) -> list[Claim]:
    """The claims the public API extracts from `text`."""
    doc = document_from_text("x.txt", text)
    if published is not None:
        doc = doc.model_copy(update={"published": published})
    return extract_claims(doc)


def of(found: list[Claim], category: str) -> list[Claim]:
    """The claims of one category."""
    return [c for c in found if c.category == category]


def shown(found: list[Claim]) -> list[tuple]:
    """The claims, briefly, for assertion messages."""
    return [(c.category.value, c.value, c.low, c.high, c.text) for c in found]


def total(found: list[Claim], category: str) -> float:
    """The sum of the exact values of one category's claims (each must be exact)."""
    picked = of(found, category)
    assert all(c.value is not None for c in picked), shown(found)
    return sum(c.value for c in picked)


# --- 1. One victim written with an article or a title -------------------------

ONE_VICTIM = [
    # (sentence, killed in all, killed claims)
    pytest.param(
        "Gunmen shot dead a village chief near Tessit on Monday.", 1, 1, id="shot-dead-a-chief"
    ),
    pytest.param(
        "The deputy mayor was killed when his car struck a mine outside Boni.",
        1,
        1,
        id="the-deputy-mayor-was-killed",
    ),
    pytest.param(
        "A soldier, a nurse and two pupils were killed when the shell hit the school in Madaoua.",
        4,
        3,
        id="a-soldier-a-nurse-two-pupils-passive",
    ),
    pytest.param(
        "The blast killed a soldier, a nurse and two pupils in Dakoro.",
        4,
        3,
        id="a-soldier-a-nurse-two-pupils-active",
    ),
    pytest.param(
        "Unknown assailants killed a teacher in Gossi on Sunday night.",
        1,
        1,
        id="killed-a-teacher",
    ),
    pytest.param(
        "An explosive device killed a police officer at the gate of the prefecture in Diffa.",
        1,
        1,
        id="device-killed-a-police-officer",
    ),
    pytest.param(
        "The district commissioner was shot dead at his home in Ber.",
        1,
        1,
        id="the-commissioner-shot-dead",
    ),
    pytest.param(
        "Imam Souleymane Diallo was killed by gunmen in Mondoro.",
        1,
        1,
        id="title-and-name",
    ),
    pytest.param(
        "A young shepherd died after stepping on a mine near Ansongo.",
        1,
        1,
        id="a-shepherd-died",
    ),
]


@pytest.mark.parametrize(("sentence", "killed", "n_claims"), ONE_VICTIM)
def test_one_victim_with_an_article_or_title(sentence, killed, n_claims):
    found = claims(sentence)
    assert total(found, "killed") == killed, shown(found)
    assert len(of(found, "killed")) == n_claims, shown(found)


def test_one_killed_and_one_wounded_each_with_an_article():
    found = claims("A policeman was killed and a trader wounded at the market in Tillia.")
    assert total(found, "killed") == 1, shown(found)
    assert total(found, "wounded") == 1, shown(found)


NOT_A_VICTIM = [
    pytest.param("A goat was killed by a stray bullet in Kidira.", id="a-goat-was-killed"),
    pytest.param("Soldiers killed a cow that had wandered onto the airstrip.", id="killed-a-cow"),
    pytest.param("The car bomb killed a horse tethered outside the mosque.", id="killed-a-horse"),
    pytest.param(
        "A year after the attack, the market in Goundam is still closed.", id="a-year-after"
    ),
    pytest.param("A day after the ambush, the convoy resumed its journey.", id="a-day-after"),
    pytest.param(
        "The army holds one of the main bases in the region at Sevare.", id="one-of-the-bases"
    ),
    pytest.param("Kidal is one of the main towns the rebels have attacked.", id="one-of-the-towns"),
]


@pytest.mark.parametrize("sentence", NOT_A_VICTIM)
def test_not_a_victim(sentence):
    found = claims(sentence)
    assert of(found, "killed") == [], shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Officials said the attack killed no one.", id="killed-no-one"),
        pytest.param("Residents said the raid on Tarka killed nobody.", id="killed-nobody"),
        pytest.param("No one was killed in the attack on the depot.", id="no-one-was-killed"),
    ],
)
def test_nobody_killed_is_zero(sentence):
    found = claims(sentence)
    assert all(c.value == 0 and (c.low or 0) == 0 for c in of(found, "killed")), shown(found)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("A year after the attack, the market in Goundam is still closed.", id="year"),
        pytest.param("The army holds one of the main bases in the region at Sevare.", id="one-of"),
    ],
)
def test_no_claim_at_all(sentence):
    found = claims(sentence)
    assert found == [], shown(found)


# --- 2. Death wording ---------------------------------------------------------

DEATH_WORDING = [
    # (sentence, category, the sum of that category)
    pytest.param(
        "The mayor of Tessalit was assassinated outside his home on Sunday.",
        "killed",
        1,
        id="assassinated",
    ),
    pytest.param("Jihadists executed five hostages in Inates.", "killed", 5, id="executed"),
    pytest.param(
        "Three aid workers were beheaded by militants near Menaka.", "killed", 3, id="beheaded"
    ),
    pytest.param("Militiamen massacred 47 villagers in Ogossagou.", "killed", 47, id="massacred"),
    pytest.param(
        "Sixty herders were slaughtered in the raid on the camp.", "killed", 60, id="slaughtered"
    ),
    pytest.param(
        "A mob lynched two suspected thieves in the market at Zinder.", "killed", 2, id="lynched"
    ),
    pytest.param("Four women were burned alive in their huts.", "killed", 4, id="burned-alive"),
    pytest.param(
        "Two policemen later succumbed to their wounds in hospital.",
        "killed",
        2,
        id="succumbed-to-their-wounds",
    ),
    pytest.param(
        "A soldier succumbed to his wounds on Tuesday.", "killed", 1, id="a-soldier-succumbed"
    ),
    pytest.param(
        "Eleven fishermen were found dead on the riverbank near Mopti.",
        "killed",
        11,
        id="found-dead",
    ),
    pytest.param(
        "The bodies of nine miners were recovered from the pit.", "killed", 9, id="bodies-of"
    ),
    pytest.param(
        "Rescuers found 14 bodies in a ditch outside Kaya.", "killed", 14, id="found-bodies"
    ),
    pytest.param("Villagers buried 23 bodies on Wednesday.", "killed", 23, id="buried-bodies"),
    pytest.param(
        "The ambush claimed the lives of 18 soldiers.", "killed", 18, id="claimed-the-lives-of"
    ),
    pytest.param(
        "The army confirmed the deaths of six soldiers in the convoy.",
        "killed",
        6,
        id="the-deaths-of",
    ),
    pytest.param(
        "Police are investigating the killing of three journalists in Gao on Saturday.",
        "killed",
        3,
        id="the-killing-of",
    ),
    pytest.param("The dead included 12 police officers.", "killed", 12, id="the-dead-included"),
    pytest.param(
        "The dead included four children and a teacher.",
        "killed",
        5,
        id="the-dead-included-a-list",
    ),
    pytest.param("Seven women were among the dead.", "killed", 7, id="among-the-dead"),
    pytest.param("The toll rose to 31 on Thursday.", "killed", 31, id="the-toll-rose-to"),
    pytest.param(
        "The toll from Sunday's bombing rose to 31.", "killed", 31, id="the-toll-from-rose-to"
    ),
    pytest.param(
        "Gunmen stormed the market in Dori, leaving 25 dead.", "killed", 25, id="leaving-n-dead"
    ),
    pytest.param("Twelve dead as gunmen raid Sebba.", "killed", 12, id="n-dead-headline"),
    pytest.param(
        "The army said it neutralised 32 terrorists in Boulkessi.",
        "killed",
        32,
        id="neutralised",
    ),
    pytest.param(
        "Air strikes neutralized 40 terrorists in the forest near Mora.",
        "killed",
        40,
        id="neutralized",
    ),
    pytest.param(
        "Troops eliminated 15 militants during an operation near Tillaberi.",
        "killed",
        15,
        id="eliminated",
    ),
    pytest.param(
        "Nine civilians were injured when a mortar hit the market.", "wounded", 9, id="injured"
    ),
    pytest.param("Fourteen pupils were hurt in the shelling.", "wounded", 14, id="hurt"),
    pytest.param("The blast maimed six children in Karal.", "wounded", 6, id="maimed"),
    pytest.param(
        "The shelling injured 22 people in Barsalogho.", "wounded", 22, id="injured-active"
    ),
    pytest.param(
        "Gunmen abducted 12 passengers from a bus near Gaya.", "kidnapped", 12, id="abducted"
    ),
    pytest.param(
        "Seven women were abducted from their village.", "kidnapped", 7, id="were-abducted"
    ),
    pytest.param(
        "Three engineers were taken hostage at the mine.", "kidnapped", 3, id="taken-hostage"
    ),
    pytest.param(
        "Gunmen took four tourists hostage in the hotel.", "kidnapped", 4, id="took-hostage"
    ),
]


@pytest.mark.parametrize(("sentence", "category", "count"), DEATH_WORDING)
def test_death_and_harm_wording(sentence, category, count):
    found = claims(sentence)
    assert total(found, category) == count, shown(found)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        pytest.param(
            "Troops captured 20 fighters after the battle for Tarkint.", 20, id="captured-active"
        ),
        pytest.param(
            "Twelve jihadists were captured during clashes with the army.",
            12,
            id="were-captured",
        ),
        pytest.param(
            "The rebels said they had captured 35 government soldiers around Anefis.",
            35,
            id="rebels-captured",
        ),
    ],
)
def test_fighters_captured_in_battle_are_not_kidnapped(sentence, count):
    found = claims(sentence)
    assert of(found, "kidnapped") == [], shown(found)
    assert of(found, "killed") == [], shown(found)
    counted = [c for c in found if c.value == count]
    assert counted, shown(found)
    assert all(c.category in ("arrested", "other") for c in counted), shown(found)


# --- 3. Lists and ellipsis ----------------------------------------------------

LISTS = [
    # (sentence, {category: (sum, claims)})
    pytest.param(
        "Gunmen opened fire on the checkpoint, killing two policemen, a driver and four traders.",
        {"killed": (7, 3)},
        id="two-policemen-a-driver-four-traders",
    ),
    pytest.param(
        "The ambush killed three soldiers, a translator and two drivers.",
        {"killed": (6, 3)},
        id="three-soldiers-a-translator-two-drivers",
    ),
    pytest.param(
        "Militants attacked the convoy, killing one soldier, a cook and three porters.",
        {"killed": (5, 3)},
        id="one-soldier-a-cook-three-porters",
    ),
    pytest.param(
        "The two raids killed 12 and 7 civilians respectively.",
        {"killed": (19, 2)},
        id="respectively",
    ),
    pytest.param(
        "Fighting in Bama and Dikwa killed nine and fourteen people respectively.",
        {"killed": (23, 2)},
        id="respectively-words",
    ),
    pytest.param("30 died in Kaya and 11 in Dori.", {"killed": (41, 2)}, id="died-in-a-and-b"),
    pytest.param(
        "Eight were killed in Djibo and five in Arbinda.",
        {"killed": (13, 2)},
        id="were-killed-in-a-and-b",
    ),
    pytest.param(
        "On Monday twenty-two people died in Menaka and four in Anderamboukane.",
        {"killed": (26, 2)},
        id="people-died-in-a-and-b",
    ),
    pytest.param(
        "The bombers struck the market, killing six and wounding nine.",
        {"killed": (6, 1), "wounded": (9, 1)},
        id="killing-six-wounding-nine",
    ),
    pytest.param(
        "The explosion killed 5 and injured 12.",
        {"killed": (5, 1), "wounded": (12, 1)},
        id="killed-5-injured-12",
    ),
    pytest.param(
        "Gunmen shot dead three, wounded eleven and set fire to the clinic.",
        {"killed": (3, 1), "wounded": (11, 1)},
        id="shot-dead-three-wounded-eleven",
    ),
    pytest.param(
        "Raiders killed four herders, kidnapped one and burned the granary.",
        {"killed": (4, 1), "kidnapped": (1, 1), "wounded": (0, 0)},
        id="killed-four-kidnapped-one",
    ),
    pytest.param(
        "The raiders abducted six women, killed two guards and looted the shops.",
        {"kidnapped": (6, 1), "killed": (2, 1)},
        id="abducted-six-killed-two",
    ),
    pytest.param(
        "Jihadists kidnapped a nurse, wounded two guards and burned the health post.",
        {"kidnapped": (1, 1), "wounded": (2, 1), "killed": (0, 0)},
        id="kidnapped-a-nurse-wounded-two",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), LISTS)
def test_lists_and_ellipsis(sentence, expected):
    found = claims(sentence)
    for category, (count, n_claims) in expected.items():
        assert total(found, category) == count, (category, shown(found))
        assert len(of(found, category)) == n_claims, (category, shown(found))


# --- 4. Vague multipliers and ranges ------------------------------------------

VAGUE = [
    # (sentence, category, low, high): exactly one claim
    pytest.param(
        "Several hundred people were killed in the fighting.",
        "killed",
        300,
        900,
        id="several-hundred-passive",
    ),
    pytest.param(
        "The offensive killed several hundred civilians.",
        "killed",
        300,
        900,
        id="several-hundred-active",
    ),
    pytest.param(
        "Several hundred families fled their homes.",
        "displaced",
        300,
        900,
        id="several-hundred-displaced",
    ),
    pytest.param(
        "Several dozen soldiers were wounded.", "wounded", 36, 108, id="several-dozen-passive"
    ),
    pytest.param(
        "The militia abducted several dozen schoolchildren.",
        "kidnapped",
        36,
        108,
        id="several-dozen-active",
    ),
    pytest.param("Tens of civilians were killed.", "killed", 20, 90, id="tens-of-passive"),
    pytest.param("The shelling wounded tens of people.", "wounded", 20, 90, id="tens-of-active"),
    pytest.param(
        "The clashes killed from 30 to 40 fighters.", "killed", 30, 40, id="from-30-to-40"
    ),
    pytest.param(
        "From 30 to 40 villagers were abducted.", "kidnapped", 30, 40, id="from-30-to-40-passive"
    ),
    pytest.param("At least 50 people were killed.", "killed", 50, None, id="at-least-50"),
    pytest.param(
        "The attack on the camp killed at least 50 refugees.",
        "killed",
        50,
        None,
        id="killed-at-least-50",
    ),
]


@pytest.mark.parametrize(("sentence", "category", "low", "high"), VAGUE)
def test_vague_quantities(sentence, category, low, high):
    found = claims(sentence)
    assert len(found) == 1, shown(found)
    claim = found[0]
    assert (claim.category, claim.low, claim.high) == (category, low, high), shown(found)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        pytest.param("A few dozen protesters were arrested.", "arrested", id="passive"),
        pytest.param("Gunmen killed a few dozen villagers.", "killed", id="active"),
    ],
)
def test_a_few_dozen(sentence, category):
    # docs/extraction.md has no row for "a few dozen" yet: only its outer bounds.
    found = claims(sentence)
    assert len(found) == 1, shown(found)
    claim = found[0]
    assert claim.category == category, shown(found)
    assert claim.low is not None and claim.high is not None, shown(found)
    assert 24 <= claim.low <= claim.high <= 108, shown(found)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        pytest.param("A couple hundred residents fled their homes.", "displaced", id="passive"),
        pytest.param("The raid killed a couple hundred people.", "killed", id="active"),
    ],
)
def test_a_couple_hundred(sentence, category):
    found = claims(sentence)
    assert len(found) == 1, shown(found)
    claim = found[0]
    assert claim.category == category, shown(found)
    assert claim.low is not None and claim.high is not None, shown(found)
    assert 150 <= claim.low <= 200 <= claim.high <= 300, shown(found)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        pytest.param("A couple of policemen were killed.", "killed", id="passive"),
        pytest.param("Gunmen killed a couple of guards at the gate.", "killed", id="active"),
        pytest.param("A couple of nurses were injured.", "wounded", id="wounded"),
    ],
)
def test_a_couple_of(sentence, category):
    found = claims(sentence)
    assert len(found) == 1, shown(found)
    claim = found[0]
    assert claim.category == category, shown(found)
    assert claim.low == 2 and claim.high in (2, 3), shown(found)


@pytest.mark.parametrize(
    ("sentence", "category", "figure"),
    [
        pytest.param("More than 50 people were killed.", "killed", 50, id="more-than-50"),
        pytest.param(
            "Gunmen killed more than 50 villagers in Solhan.", "killed", 50, id="killed-more-than"
        ),
        pytest.param("Over 120 soldiers were wounded.", "wounded", 120, id="over-120"),
    ],
)
def test_more_than_excludes_the_figure(sentence, category, figure):
    found = claims(sentence)
    assert len(found) == 1, shown(found)
    claim = found[0]
    assert claim.category == category, shown(found)
    # the stored low is the stated bound (the gold format's convention); the
    # interval the claim allows starts above it
    assert claim.qualifier == "more_than" and claim.low == figure, shown(found)
    assert asserted_bounds(claim.low, claim.high, claim.qualifier)[0] > figure, shown(found)
    assert claim.high is None, shown(found)


# --- 5. Scope: a running total or one incident ---------------------------------

CUMULATIVE = [
    # (sentence, category, words the period holds)
    pytest.param(
        "The insurgency has killed thousands since 2009.", "killed", "since 2009", id="since-2009"
    ),
    pytest.param(
        "More than 20,000 have died in two years of war.",
        "killed",
        "two years of war",
        id="two-years-of-war",
    ),
    pytest.param(
        "So far this year 300 civilians were killed.",
        "killed",
        "so far this year",
        id="so-far-this-year",
    ),
    pytest.param(
        "Since March 2021, bandits have abducted 1,200 people in the state.",
        "kidnapped",
        "since march 2021",
        id="since-a-month",
    ),
    pytest.param(
        "Over the past three years, 4,000 soldiers have been killed in the region.",
        "killed",
        "past three years",
        id="over-the-past-years",
    ),
]


@pytest.mark.parametrize(("sentence", "category", "period"), CUMULATIVE)
def test_running_totals_are_cumulative(sentence, category, period):
    found = of(claims(sentence), category)
    assert len(found) == 1, shown(found)
    claim = found[0]
    assert claim.scope == "cumulative", (claim.scope, claim.period)
    assert claim.period and period in claim.period.lower(), claim.period


PARAGRAPHS = [
    # (paragraph, the incident's killed value, the incident's date)
    pytest.param(
        "The insurgency has killed thousands since 2009. On Tuesday gunmen killed "
        "12 villagers in Gajiram.",
        12,
        "2024-05-07",
        id="total-then-tuesday",
    ),
    pytest.param(
        "So far this year 300 civilians were killed in Sanmatenga province, the UN said. "
        "On 3 May militants killed nine farmers near Bourzanga.",
        9,
        "2024-05-03",
        id="total-then-a-date",
    ),
    pytest.param(
        "More than 20,000 people have died in two years of war. Yesterday a drone strike "
        "killed four people at a wedding in Tanout.",
        4,
        "2024-05-09",
        id="total-then-yesterday",
    ),
    pytest.param(
        "Gunmen killed 17 worshippers at a mosque in Kwatas on Monday. The insurgency "
        "has killed more than 35,000 people since 2009.",
        17,
        "2024-05-06",
        id="monday-then-total",
    ),
]


@pytest.mark.parametrize(("paragraph", "value", "date"), PARAGRAPHS)
def test_an_incident_beside_a_total_keeps_its_scope_and_date(paragraph, value, date):
    found = of(claims(paragraph, PUBLISHED), "killed")
    assert len(found) == 2, shown(found)
    incident = [c for c in found if c.value == value]
    others = [c for c in found if c.value != value]
    assert len(incident) == 1 and len(others) == 1, shown(found)
    assert incident[0].scope == "incident", (incident[0].scope, incident[0].period)
    assert incident[0].date == date, incident[0].date
    assert others[0].scope == "cumulative", (others[0].scope, others[0].period)
    assert others[0].period, others[0].period


# --- 6. Hedges ------------------------------------------------------------------

HEDGES = [
    # (sentence, killed, hedged)
    pytest.param(
        "Twenty miners are feared dead after the tunnel was shelled.", 20, True, id="feared-dead"
    ),
    pytest.param(
        "At least 30 passengers are feared dead after the boat was hit near Kousseri.",
        30,
        True,
        id="at-least-feared-dead",
    ),
    pytest.param(
        "Five soldiers are believed killed in the ambush near Tin-Zaouatene.",
        5,
        True,
        id="believed-killed",
    ),
    pytest.param(
        "Three crew members are believed to have been killed when the helicopter came down.",
        3,
        True,
        id="believed-to-have-been-killed",
    ),
    pytest.param(
        "Unconfirmed reports say 20 were killed in Tahoua.", 20, True, id="unconfirmed-reports"
    ),
    pytest.param(
        "According to unconfirmed reports, 14 villagers were killed in the raid.",
        14,
        True,
        id="according-to-unconfirmed",
    ),
    pytest.param("20 were killed in Tahoua on Monday.", 20, False, id="plain"),
    pytest.param("The governor said 20 people were killed in Tahoua.", 20, False, id="plain-said"),
    pytest.param(
        "Five soldiers were killed in the ambush near Tin-Zaouatene.",
        5,
        False,
        id="plain-passive",
    ),
]


@pytest.mark.parametrize(("sentence", "killed", "hedged"), HEDGES)
def test_hedges(sentence, killed, hedged):
    found = of(claims(sentence), "killed")
    assert len(found) == 1, shown(found)
    claim = found[0]
    assert claim.value == killed or claim.low == killed, shown(found)
    assert claim.hedged is hedged, shown(found)


# --- 10. Old coder formats and typing slips --------------------------------------

CODER_FORMATS = [
    # (text, killed)
    pytest.param("Fatalities: 10 people.", 10, id="fatalities-people"),
    pytest.param("Fatalities: 2 civilians.", 2, id="fatalities-civilians"),
    pytest.param("Fatalities: 12.", 12, id="fatalities-bare"),
    pytest.param(
        "Gunmen raided the market in Bankass. Fatalities: 4 people.", 4, id="after-a-sentence"
    ),
    pytest.param(
        "The convoy was ambushed near Gao on Friday.15 soldiers were killed.",
        15,
        id="no-space-after-stop",
    ),
    pytest.param(
        "Militants attacked Dori on Monday.7 civilians died in the attack.",
        7,
        id="no-space-then-died",
    ),
    pytest.param(
        "The base came under fire at dawn.12 soldiers were killed and 4 wounded.",
        12,
        id="no-space-then-list",
    ),
    # no space after a label's colon
    pytest.param("Riots broke out in Kuri. FATALITIES:9 (mortuary count)", 9, id="label-colon"),
    pytest.param("21 May:7 civilians killed in a clash near Kuri.", 7, id="date-colon"),
]


@pytest.mark.parametrize(
    "text",
    [
        "At 10:30 gunmen struck the market in Kuri, but nobody was killed.",
        "John 3:16 was painted on the wall of the church in Kuri.",
    ],
)
def test_a_time_or_a_verse_after_a_colon_is_no_figure(text):
    assert [c.value for c in of(claims(text), "killed")] in ([], [0])  # "nobody": a toll of 0


@pytest.mark.parametrize(("text", "killed"), CODER_FORMATS)
def test_old_coder_formats_and_typing_slips(text, killed):
    found = claims(text)
    assert total(found, "killed") == killed, shown(found)
    assert len(of(found, "killed")) == 1, shown(found)


# --- General negatives: no killed claim ---------------------------------------------

NO_KILLED = [
    pytest.param("In 2015 the village was abandoned by its people.", id="year-2015"),
    pytest.param("Until 1991 the town had no police post.", id="year-1991"),
    pytest.param("The militia was founded in 2012 in the north.", id="year-founded"),
    pytest.param("A 45-year-old man was arrested in Kayes.", id="age-year-old"),
    pytest.param("Moussa Keita, 61, was arrested at the border.", id="age-appositive"),
    pytest.param("Police detained a trader aged 52 at the bus station.", id="age-aged"),
    pytest.param("Police seized a 7.62 mm rifle from the suspect.", id="calibre-mm"),
    pytest.param("Soldiers recovered 14.5-millimetre rounds near the wreck.", id="calibre-rounds"),
    pytest.param("40 cattle were killed by the raiders.", id="cattle-killed"),
    pytest.param("The drone strike killed 200 camels near the well.", id="camels-killed"),
    pytest.param("Herders said 35 goats were slaughtered in the night.", id="goats-slaughtered"),
    pytest.param(
        "Protesters marched against the killing of two students last year.",
        id="protest-killing-last-year",
    ),
    pytest.param(
        "Hundreds of women rallied in Tahoua on Saturday to demand justice over the "
        "killing of three farmers in 2021.",
        id="rally-over-killing-in-2021",
    ),
    pytest.param(
        "The strike was called in protest at the deaths of four miners last year.",
        id="strike-over-deaths-last-year",
    ),
]


@pytest.mark.parametrize("sentence", NO_KILLED)
def test_no_killed_claim(sentence):
    found = claims(sentence)
    assert of(found, "killed") == [], shown(found)
