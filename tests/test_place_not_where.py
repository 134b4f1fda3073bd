"""Names that stand where a place could and say who, not where (issue 16's pairs, the
trial's findings), on sentences written for the tests, each with a negative: a
nationality ("members of Iraqi nationality", "Croatian nationalists"), an attribute
("Iran-backed"), an office towards a country ("ambassador to India"), an armed group's
name ("Islamic State West Africa Province"), an organisation's ("the Donetsk Oblast State
Administration"), an owner ("NRC's area manager"), a country before a place word
("Nigeria village raids"); and a place named before a noun ("at a Potiskum church")."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.extract.home_country import dominant_countries, dominant_country
from workbench.extract.places import find_places


def places(sentence: str) -> list[str]:
    """The names of the places `find_places` sees in one sentence, no home country."""
    return [p.name for p in find_places(sentence, 0, len(sentence), lambda: None, [])]


def where(text: str) -> list[tuple[str | None, str | None]]:
    """Each claim's (location, country)."""
    return [(c.location, c.country) for c in claims_in(text)]


def test_a_nationality_or_an_origin_is_not_the_document_s_place() -> None:
    assert dominant_countries(["Airstrikes killed three militants of Iraqi nationality."]) == (
        None,
        None,
    )
    backed = "An airstrike on an Iran-backed militia near the Iraq-Syria border killed five."
    assert dominant_country(backed) is None
    assert dominant_country("Two British nationals were killed in the blast.") is None
    # a nationality before a place word names the place
    kenyan = dominant_countries(["Gunmen killed three people in a northeastern Kenyan town."])
    assert kenyan[1] is not None and kenyan[1].name == "Kenya"


def test_a_nationality_says_who_and_gives_way_to_a_country_named_as_a_place() -> None:
    text = (
        "Five Croatian nationalists hijacked a plane. A bomb they left exploded in a station "
        "in the United States, killing one officer."
    )
    _, named = dominant_countries([text])
    assert named is not None and named.name == "United States"
    # alone, the nationality still says which country for want of another
    alone = dominant_countries(["Croatian nationalists killed one officer."])
    assert alone[0] is not None and alone[0].name == "Croatia" and alone[1] is None


def test_where_attackers_fled_to_is_not_the_document_s_country() -> None:
    text = (
        "Ugandan rebels killed 41 people at a school in Mpondwe. The attackers fled towards "
        "Virunga National Park in the Democratic Republic of the Congo."
    )
    home, named = dominant_countries([text])
    assert named is None and home is not None and home.name == "Uganda"
    stayed = dominant_countries(
        ["Rebels killed 41 people in the Democratic Republic of the Congo."]
    )
    assert stayed[1] is not None and stayed[1].name == "Democratic Republic of the Congo"


def test_the_title_s_country_decides_where_the_body_names_it_too() -> None:
    body = [
        "A bomb wounded two people at a mall. A man who had trained in the Philippines was "
        "later sentenced by an Indonesian court."
    ]
    _, named = dominant_countries(body, title="Incident record — Indonesia")
    assert named is not None and named.name == "Indonesia"
    # a title naming a country the body never names does not override the body's
    other = dominant_countries(["Gunmen killed four people in Kenya."], title="Report — Somalia")
    assert other[1] is not None and other[1].name == "Kenya"


@pytest.mark.parametrize(
    "text",
    [
        "Both bombers were killed. His aide and ambassador to India was also injured.",
        "Two guards were killed, the UN envoy to Syria said.",
    ],
)
def test_an_office_towards_a_country_is_no_place(text: str) -> None:
    assert all(location is None for location, _ in where(text))


def test_a_country_after_in_is_still_a_place() -> None:
    assert where("Two guards were killed in India.") == [("India", "India")]


def test_an_armed_group_s_name_holds_no_place() -> None:
    assert "West Africa" not in places("Islamic State West Africa Province fighters killed 12.")
    assert "West Africa" in places("Jihadists killed 12 soldiers in West Africa.")


def test_an_organisation_s_name_holds_no_place() -> None:
    found = places("In the Donetsk Oblast State Administration, officials counted 30 dead.")
    assert not any("Oblast State" in p for p in found)
    assert places("A missile killed 30 people in Donetsk Oblast.") == ["Donetsk Oblast"]


def test_an_owner_before_a_place_word_is_no_place() -> None:
    found = places("Ten were killed, said Aissa Mahamadou, NRC's area manager in Diffa.")
    assert found == ["Diffa"]
    assert places("Gunmen killed five in Kano's Tarauni area.") == ["Kano's Tarauni area"]


def test_a_country_before_a_place_word_is_the_country() -> None:
    assert [loc for loc, _ in where("Gunmen kill 25 in Nigeria village raids")] == ["Nigeria"]
    assert places("Gunmen killed 12 people in Tamsu village.") == ["Tamsu village"]


def test_a_headline_s_preposition_ends_a_place_name() -> None:
    found = places("Boko Haram Kill 13 Farmers In Borno State Despite Heavy Security")
    assert found == ["Borno State"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A suicide bomber killed four traders at a Potiskum market.", "Potiskum"),
        ("The bomb exploded in a Kano train station, killing one officer.", "Kano"),
        ("Gunmen shot dead two traders outside a busy Maiduguri market.", "Maiduguri"),
    ],
)
def test_a_place_named_before_a_noun_is_the_place(sentence: str, place: str) -> None:
    assert places(sentence) == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "A bomb killed two worshippers at a Shia market.",
        "Gunmen killed three guards at a Kenyan police station.",
        "Two were killed at a US military checkpoint.",
        "Four were wounded at an MSF checkpoint.",
        "Militants killed five at a Boko Haram camp.",
        "Gunmen killed four worshippers at an Orthodox church.",
        "A bomb wounded three people at a Hilton hotel.",
    ],
)
def test_a_people_a_nationality_or_a_group_before_a_noun_is_no_place(sentence: str) -> None:
    assert places(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "not_there"),
    [
        # where an actor is based, not where it struck
        ("A group based in Nigeria killed 12 farmers in Kousseri, Cameroon.", {"Nigeria"}),
        ("JNIM, an affiliate headquartered in Mali, killed 70 soldiers in Benin.", {"Mali"}),
        # the countries beyond a border area, each of a list
        (
            "Rebels killed nine villagers near the border area with Chad and Sudan.",
            {"Chad", "Sudan"},
        ),
        ("Bandits killed four herders along the border zone with Benin.", {"Benin"}),
        # the countries a place borders, told as what it is
        ("Malanville, which borders Niger and Nigeria, lost 14 people.", {"Niger", "Nigeria"}),
    ],
)
def test_a_base_or_what_lies_beyond_a_border_is_not_the_place(
    sentence: str, not_there: set[str]
) -> None:
    assert not_there.isdisjoint(places(sentence))


def test_countries_listed_as_scenes_stay_places() -> None:
    """Negatives: a list of scenes, and a place a border town is in."""
    assert {"Chad", "Sudan"} <= set(
        places("Soldiers killed seven militants in Chad and three in Sudan.")
    )
    assert places("Gunmen killed six people in the border town of Kousseri in Cameroon.") == [
        "Kousseri, Cameroon"  # the town with its address
    ]
    assert where("Twelve civilians were killed in Nigeria on Sunday.") == [("Nigeria", "Nigeria")]


@pytest.mark.parametrize(
    "title",
    [
        "Nine Killed in Drone Strike on Army Graduation Ceremony",
        "Five Dead in Car Bomb at Wedding",
        "Dozens Killed in Rocket Fire",
    ],
)
def test_a_headline_s_means_and_gathering_are_no_place(title: str) -> None:
    assert places(title) == []


def test_a_headline_s_place_beside_them_is_still_one() -> None:
    assert places("Nine Killed in Drone Strike in Homs") == ["Homs"]
    assert places("Gunmen killed 4 people in Mine Camp near Tongo") == ["Mine Camp", "near Tongo"]


def test_where_a_victim_comes_from_is_no_place_with_the_article_too() -> None:
    sentence = "The attack killed 26 people, two of them foreigners, one from the UAE, in Baisaran."
    assert places(sentence) == ["Baisaran"]
    # as without it
    assert places("The attack killed 26 people, one from Nepal, in Baisaran.") == ["Baisaran"]


def test_a_country_s_possessive_before_its_forces_says_who() -> None:
    sentence = "Myanmar's junta confirmed an air strike on a village in the Sagaing region."
    assert places(sentence) == ["Sagaing region"]
    assert places("Nigeria's army said it killed 20 fighters in Borno.") == ["Borno"]
    # a possessive before a place is a place's
    assert places("Gunmen killed 12 in Nigeria's Borno state.") == ["Nigeria's Borno state"]


@pytest.mark.parametrize(
    ("headline", "place"),
    [
        ("Turkish strikes kill 12 in Syrian town of Al-Bab", "Al-Bab"),
        ("Gunmen kill 7 in northern Nigerian city of Kano", "Kano"),
        ("Two hurt in blast in a nationalist area of Belfast", "Belfast"),
    ],
)
def test_a_kind_of_place_without_its_article_names_the_place(headline: str, place: str) -> None:
    assert places(headline) == [place]


def test_a_place_whose_name_holds_and_is_one_place() -> None:
    sentence = "Militants attacked a convoy in Jammu and Kashmir's Pulwama district, killing 40."
    assert places(sentence) == ["Jammu and Kashmir's Pulwama district"]
    assert places("Three soldiers were killed in Bosnia and Herzegovina.") == [
        "Bosnia and Herzegovina"
    ]
    # two places in a list stay two
    assert places("Floods killed nine people in Jammu and Srinagar.")[0] == "Jammu"


def test_a_country_whose_agents_acted_is_not_where_they_did() -> None:
    # "agents of X", "the armed forces of X", "U.S. service members": whose, not where
    assert places("Suspected agents of Iran shot and wounded a publisher.") == []
    assert places("The armed forces of Ukraine said two soldiers died.") == []
    assert places("Eighteen U.S. service members were injured, the Pentagon said.") == []
    # a country after a locative, or after words for no actor, is still a place
    assert places("Agents shot and wounded a publisher in Iran.") == ["Iran"]
    assert places("The people of Mali mourned two soldiers.") == ["Mali"]


def test_a_headline_s_actor_words_do_not_end_a_place_name() -> None:
    headline = "At Least 50 Civilians Massacred in Myanmar Regime Air Strike"
    assert places(headline) == ["Myanmar"]
    assert places("Five Killed in Gaza Army Raid") == ["Gaza"]
    # a place whose own name ends in such a word is kept whole
    assert places("Five Killed in Ouallam Town") == ["Ouallam Town"]


def test_a_foreign_country_named_in_passing_is_not_inherited() -> None:
    story = (
        "LEBANON. A bomb exploded in a building in West Beirut. The front has opposed"
        " Fatah in its policy over Israel. About 150 people were killed in the attack."
    )
    assert where(story) == [("West Beirut", "Lebanon")]
    # a country named after a preposition is inherited as the place it is
    raid = (
        "LEBANON. A bomb exploded in a building in West Beirut. The attackers then"
        " crossed into Israel. Two people were killed in the raid."
    )
    assert where(raid) == [("Israel", "Israel")]


def test_an_ordinary_word_in_capitals_is_no_place() -> None:
    # a lead set in capitals: "AT LEAST" is no place called "Least"
    lead = "AT LEAST 14 people have been killed in clashes in Jonglei state, an official said."
    assert places(lead) == ["Jonglei state"]
    # a dateline's town in capitals still is one, and so is one the gazetteer lacks
    assert places("KIDAL, Mali - Gunmen killed two soldiers.")[0] == "Kidal, Mali"
    assert places("Gunmen killed two soldiers in KWATALO on Monday.") == ["KWATALO"]


def test_a_country_described_by_its_continent_is_named_by_its_name() -> None:
    attack = "A bomb in the capital of the crisis East African state, Somalia, killed 15."
    assert places(attack) == ["Somalia"]
    # a people's region keeps its name
    assert places("Ten civilians died in Somali region.") == ["Somali region"]


@pytest.mark.parametrize(
    "text",
    [
        "Car bomb in Jarablus kills 19: Turkish media",
        "Explosion at market kills 12, Russian state media report",
        "US admits air strike on a village that killed 30",
        "Blast at checkpoint kills nine, Turkey says.",
    ],
)
def test_who_tells_the_news_is_not_the_document_s_country(text: str) -> None:
    """The outlet or the state that tells the news ("Turkish media", "US admits") says
    who speaks, not where, even for want of another country."""
    assert dominant_countries([text]) == (None, None)


def test_who_acts_or_where_still_gives_the_country() -> None:
    """Negatives: a nationality that acts counts for want of another; one before a
    place word names the place; a named country wins over the outlet's."""
    acting = dominant_countries(["Kenyan soldiers killed 12 militants on Monday."])
    assert acting[0] is not None and acting[0].name == "Kenya" and acting[1] is None
    town = dominant_countries(["Bomb kills five in Turkish town of Cizre: Kurdish media"])
    assert town[1] is not None and town[1].name == "Turkey"
    named = dominant_countries(["Car bomb kills 17 near Syria's Ras al Ain: Turkish media"])
    assert named[1] is not None and named[1].name == "Syria"
