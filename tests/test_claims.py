"""Categories, subjects, actors, places and dates, on sentences written for the tests."""

import datetime as dt

import pytest

from tests.conftest import claims_in, only_claim


@pytest.mark.parametrize(
    ("sentence", "category", "value"),
    [
        ("At least 19 miners lost their lives when the shaft was bombed.", "killed", 19),
        ("The army reported 12 fatalities after the convoy was hit.", "killed", 12),
        ("Three aid workers were among the victims of the blast.", "killed", 3),
        ("Gunmen shot dead seven farmers near the river.", "killed", 7),
        ("The death toll rose to 45 on Sunday.", "killed", 45),
        ("Fourteen villagers were injured in the shelling.", "wounded", 14),
        ("Nine fishermen remain missing after the raid.", "missing", 9),
        ("Bandits abducted 31 schoolgirls from their dormitory.", "kidnapped", 31),
        ("Police arrested 60 protesters in the square.", "arrested", 60),
        ("The floods and fighting have displaced 80,000 people.", "displaced", 80000),
        ("Some 12,000 families fled their homes.", "displaced", 12000),
        ("More than 9,000 people have fled to Chad.", "refugees", 9000),
        ("The camp now holds 25,000 refugees.", "refugees", 25000),
        ("Kenya has sent 400 soldiers to the mission.", "troops", 400),
        ("About 800 peacekeepers have arrived in the province.", "troops", 800),
        ("Britain deployed 250 troops last spring.", "troops", 250),
        ("The commander led 300 men across the border.", "troops", 300),
        ("Insurgents carried out six ambushes in March.", "attacks", 6),
        ("The donors pledged $2.5 million in emergency aid.", "money", 2_500_000),
        ("The town lies 80 kilometres from the coast.", "distance", 80),
        ("The blockade lasted for 40 days.", "duration", 40),
        ("Twelve hostages were released on Friday.", "kidnapped", 12),
    ],
)
def test_categories(sentence, category, value):
    claim = only_claim(sentence)
    assert (claim.category, claim.value) == (category, value)


def test_two_claims_in_one_list_of_casualties():
    found = claims_in("On Monday three police officers were killed and eleven wounded in Ouallam.")
    assert [(c.category, c.value) for c in found] == [("killed", 3), ("wounded", 11)]
    assert found[1].subject == "police officers"
    assert all(c.location == "Ouallam" for c in found)


def test_a_bare_number_after_a_list_of_several_nouns_counts_none_of_them():
    found = claims_in("Seven men, two women and a boy were killed and six injured in Bafut.")
    assert [(c.category, c.value) for c in found][-1] == ("wounded", 6)
    assert found[-1].subject is None  # not "women": the six are of no one noun
    found = claims_in("Police said four traders were killed and nine wounded in Bafut.")
    assert found[-1].subject == "traders"
    two = claims_in("Two guards were killed and five hurt, and six drivers died and four hurt.")
    assert [c.subject for c in two] == ["guards", "guards", "drivers", "drivers"]
    # two clauses' counts are no list: the bare number counts the nearest
    apart = claims_in("Two of the gunmen were killed and 40 people died and 90 were wounded.")
    assert apart[-1].subject == "people"


def test_several_sides_in_one_sentence():
    found = claims_in("One attacker and four guards were killed in the raid on the prison.")
    assert [(c.category, c.value, c.subject) for c in found] == [
        ("killed", 1, "attacker"),
        ("killed", 4, "guards"),
    ]


def test_a_single_person():
    claim = only_claim("A Kenyan peacekeeper was killed when his patrol hit a mine.")
    assert (claim.category, claim.value, claim.subject) == ("killed", 1, "Kenyan peacekeeper")


def test_a_single_named_person():
    claim = only_claim("Aid worker Marta Lindqvist was kidnapped outside the hospital.")
    assert (claim.category, claim.value) == ("kidnapped", 1)


def test_one_of_names_a_thing_not_a_count():
    assert claims_in("The port is one of the main supply routes for the garrison.") == []


def test_subject_and_actor():
    claim = only_claim("Armed bandits killed 14 Nigerien soldiers at a checkpoint.")
    assert claim.subject == "Nigerien soldiers"
    assert claim.actor == "Armed bandits"


def test_passive_actor():
    claim = only_claim("Eight civilians were killed by a roadside bomb.")
    assert claim.actor == "a roadside bomb"


def test_bare_number_borrows_the_noun_before_it():
    found = claims_in("Ghanaian troops and up to 1,500 from Niger are expected, the minister said.")
    assert found[-1].category == "troops"
    assert "Niger" in found[-1].subject


@pytest.mark.parametrize(
    ("sentence", "location"),
    [
        ("Eleven people were killed in Menaka on Sunday.", "Menaka"),
        ("Six soldiers died south of Timbuktu.", "south of Timbuktu"),
        ("Four herders were killed between Ansongo and Menaka.", "between Ansongo and Menaka"),
        (
            "Two drivers were killed on the road linking Sevare, Bandiagara and Bankass.",
            "road linking Sevare, Bandiagara and Bankass",
        ),
        ("Nine villagers were killed in northern Burkina Faso.", "northern Burkina Faso"),
        ("France keeps 5,100 soldiers on Malian soil.", "Mali"),
    ],
)
def test_locations(sentence, location):
    assert only_claim(sentence).location == location


def test_location_carries_over_and_the_country_resolves():
    found = claims_in(
        "Fighting in Kidal intensified on Monday. Ten soldiers were killed. "
        "More than 2,000 people have fled the country, a Malian official said."
    )
    assert [c.location for c in found] == ["Kidal", "Mali"]


def test_origin_is_not_the_place():
    claim = only_claim("In Mali, 900 troops from Senegal have arrived.")
    assert claim.location == "Mali"


def test_dates_resolve_against_the_article():
    found = claims_in(
        "Twelve people were killed on Tuesday. Last month 40 people died.", dt.date(2021, 3, 18)
    )
    assert [c.date for c in found] == ["2021-03-16", "2021-02"]


def test_each_part_of_a_list_keeps_its_own_place_and_date():
    text = (
        "Mines exploded in (1) Labbezanga (March 2, three soldiers killed) and "
        "(2) near Tillaberi (March 9, two civilians killed)."
    )
    found = claims_in(text)
    assert [(c.value, c.location, c.date_text) for c in found] == [
        (3, "Labbezanga", "March 2"),
        (2, "near Tillaberi", "March 9"),
    ]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("About 500 troops were sent to the border region.", "troops"),
        ("Nearly 1,000 Nigerien soldiers have arrived in the north.", "troops"),
        ("More than 300 civilians fled across the border into Niger.", "refugees"),
        ("The attack killed 23.", "killed"),
    ],
)
def test_deployment_and_flight_verbs(sentence, category):
    assert only_claim(sentence).category == category


def test_markdown_emphasis_and_links_do_not_hide_or_invent_numbers():
    text = "# Raid\n\n**24** soldiers were killed, says [the report](https://example.org/2024/05/12).\n"
    found = claims_in(text, fmt="md")
    assert [(c.category, c.value) for c in found] == [("killed", 24)]


def test_a_window_without_a_pre_cue_last_word_holds_no_pre_cue():
    """`may_end_a_cue` passes every window that PRE_CUES reads: each place before a
    number in the seed articles, and windows written for this test."""
    from pathlib import Path

    from workbench.extract.claims import may_end_a_cue
    from workbench.extract.lexicon import PRE_CUES

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.iterdir()) if p.is_file()]
    texts += [
        "the death toll rose to ",
        "Fatalities: ",
        "casualties = ",
        "rebels mobilised ",
        "the army (which killed ",
        "took hostage ",
        "a number of displaced people rose to ",
    ]
    windows = [t[max(0, i - 60) : i] for t in texts for i in range(1, len(t) + 1)]
    read = [w for w in windows if PRE_CUES.search(w)]
    assert len(read) > 50
    assert [w for w in read if not may_end_a_cue(w)] == []


def test_a_bare_range_before_a_comma_is_no_part_of_the_list_after_it():
    """A trial's "numbers between 35 and 43, and 6 seriously injured" gave 35 to 43
    wounded: the range counts what the sentence spoke of before, not the injured."""
    found = claims_in("Other sources give numbers between 30 and 45, and 7 seriously injured.")
    assert [(c.category, c.low, c.high) for c in found] == [("wounded", 7, 7)]
    listed = claims_in("Between 20 and 30 soldiers, and 12 civilians were injured in Bafut.")
    assert [(c.low, c.high) for c in listed] == [(20, 30), (12, 12)]
