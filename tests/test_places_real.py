"""Places as real reporting names them, on sentences written for the tests: a place by
its kind or by what was done to it, what is not a place, and datelines."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.extract.gazetteer import COUNTRY_BY_NAME
from workbench.extract.home_country import dominant_country
from workbench.extract.places import country_in, dateline_place, find_places


def places(sentence: str) -> list[str]:
    """The names of the places `find_places` sees in one sentence, no home country."""
    return [p.name for p in find_places(sentence, 0, len(sentence), lambda: None, [])]


def locations(text: str) -> list[str | None]:
    return [c.location for c in claims_in(text)]


@pytest.mark.parametrize(
    ("sentence", "location"),
    [
        ("Gunmen killed 12 people in the village of Tamsu on Monday.", "Tamsu"),
        ("Rebels stormed the town of Bokolo, killing nine soldiers.", "Bokolo"),
        ("Nine soldiers died near the remote border town of Tinzawa.", "near Tinzawa"),
        ("Twelve people died in the attack on Kwatalo.", "Kwatalo"),
        ("An assault on Dibra left 40 soldiers dead.", "Dibra"),
        ("The siege of Marandet has killed 60 civilians.", "Marandet"),
        ("Shelling hit Kalgo, the largest camp in Sudan, killing 14 people.", "Kalgo"),
        ("Some 500,000 people live in Kalgo, the largest camp in Sudan.", "Kalgo"),
        ("Gunmen killed 12 people in Tamsu village.", "Tamsu village"),
        ("Bandits killed seven farmers in Kukawa district.", "Kukawa district"),
        ("Kukawa district lost 30 homes in the floods.", "Kukawa district"),
        ("Insurgents killed 14 farmers in Dikwaru LGA.", "Dikwaru LGA"),
        ("Dikwaru LGA was raided and 14 farmers were killed.", "Dikwaru LGA"),
        ("Militiamen killed 20 civilians in Dera woreda.", "Dera woreda"),
        ("Twelve soldiers died near Bokolo.", "near Bokolo"),
        ("Raiders killed 8 herders in the Tuareg-held town of Anefis.", "Anefis"),
        ("Fighters killed 6 in the Shiite town of Hawaira.", "Hawaira"),
    ],
)
def test_a_place_named_by_its_kind_or_what_was_done_to_it(sentence, location):
    assert locations(sentence) == [location]


def test_the_place_an_apposition_describes_is_not_its_country():
    found = claims_in("Shelling hit Kalgo, the largest camp in Sudan, killing 14 people.")
    assert [(c.location, c.country) for c in found] == [("Kalgo", "Sudan")]


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Guinean peacekeepers said three of their men were wounded near Tessit.", "Guinea"),
        ("Rwanda-backed rebels killed 12 civilians near Rutshuru.", "Rwanda"),
        ("A French report said 30 people died near Menaka.", "France"),
        ("Kenyan soldiers killed 12 militants near Dhobley.", "Kenya"),
        ("The Malian army said 14 soldiers died near Boulkessi.", "Mali"),
        ("US troops said 4 soldiers were hurt near Tongo.", "US"),
        ("Twelve people were killed in US airstrikes near Jilib.", "US"),
    ],
)
def test_nationalities_and_origins_are_not_places(sentence, absent):
    assert absent not in places(sentence)
    assert len(places(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve people were killed in Boko Haram attacks.",
        "Nine people were killed in RSF shelling.",
        "Five soldiers died in ISWAP raids.",
        "Seven civilians were killed in M23 attacks.",
        "Eleven people died in Al-Shabaab-held areas.",
        "Four soldiers were killed near ISWAP positions.",
        "The attack on the Fulani left eight dead.",
        "Six people were killed in the Fulani community.",
        "Ten people died in an Islamic state.",
    ],
)
def test_armed_groups_and_peoples_are_not_places(sentence):
    assert places(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A bomb exploded near President Tinubu's convoy, killing four.",
        "Residents said 12 people were killed near Musa Bello's farm.",
        "A blast near Ahmed Musa, who was visiting, killed three guards.",
        "Twelve people died in an attack on Gen. Haruna Yusuf.",
    ],
)
def test_a_person_after_near_or_on_is_not_a_place(sentence):
    assert places(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Police district commanders said four officers died.",
        "Several district officials said 20 homes burned.",
        "Meanwhile, the town was shelled, killing three.",
        "Yesterday, a village near the river lost 40 cattle.",
        "The attack on Tuesday killed five people.",
        "The attacks on New Year's Eve killed nine people.",
        "Attacks on Megafon towers cut the network for 3 days.",
    ],
)
def test_ordinary_capitalised_words_times_and_companies_are_not_places(sentence):
    assert places(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Some 40 people were killed in the Kurdish city of Qamishli.", "Qamishli"),
        ("Ten civilians died in Somali region.", "Somali region"),
        ("Troops killed 30 fighters in Shan State.", "Shan State"),
        ("Gunmen killed 3 in Kano State.", "Kano State"),
        ("Ten died in a Kabul government compound.", "Kabul"),
        ("Gunmen killed 5 on the Bamako-Segou road.", "Bamako-Segou road"),
    ],
)
def test_people_and_places_that_share_words_stay_places(sentence, place):
    assert place in places(sentence)


def test_a_place_kind_between_a_town_and_its_country_keeps_the_town():
    assert locations("Nine villagers were killed in the Gao region of Mali.") == ["Gao region"]


@pytest.mark.parametrize(
    ("location", "country"),
    [
        ("Idlib Province", "Syria"),
        ("near Maiduguri", "Nigeria"),
        ("Somali region", "Ethiopia"),
        ("Gao, Mali", "Mali"),
        ("north of Kidal", "Mali"),
    ],
)
def test_regions_and_towns_give_their_country(location, country):
    found = country_in(location)
    assert found is not None and found.name == country


def test_an_actor_s_nationality_counts_for_the_main_country_only_without_other_names():
    somalia = dominant_country("Kenyan soldiers killed 12 militants in Somalia.")
    assert somalia == COUNTRY_BY_NAME["somalia"]
    alone = dominant_country("Kenyan soldiers killed 12 militants.")
    assert alone is not None and alone.name == "Kenya"
    nigeria = dominant_country("Four Nigerian soldiers died in the Niger Delta.")
    assert nigeria is not None and nigeria.name == "Nigeria"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GAO, Mali — Gunmen killed 20 people on Sunday.", "Gao, Mali"),
        ("KABUL (Reuters) - A bomb killed nine people on Friday.", "Kabul"),
        ("MAIDUGURI, Nigeria, June 3 (AFP) - Insurgents killed 14 farmers.", "Maiduguri, Nigeria"),
        ("Gao, Mali (AP) — Gunmen killed 20 people on Sunday.", "Gao, Mali"),
        ("TINSUKIA, April 27 -- Protesters blocked the road.", "Tinsukia"),
        ("NEW DELHI: Three people died.", "New Delhi"),
        ("LEBANON.  A bomb killed two people.", "Lebanon"),
    ],
)
def test_a_dateline_gives_its_place(text, name):
    place = dateline_place(text, 0, len(text))
    assert place is not None and place.name == name


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE — Gunmen killed 20 people on Sunday.",
        "BREAKING: Gunmen killed 20 people on Sunday.",
        "NOTE: This is the second of two attacks.",
        "(CNN) -- Malian security forces made gains.",
        "Officials said 20 people died.",
        "AFP - Twenty people died.",
        "FILE. Twenty people died.",
        "ISWAP — Fighters killed 20 people.",
    ],
)
def test_no_dateline_no_place(text):
    assert dateline_place(text, 0, len(text)) is None


def test_a_dateline_abroad_gives_no_place_when_the_story_is_elsewhere():
    text = "NAIROBI, Kenya (Reuters) - Al-Shabaab fighters killed 12 soldiers in Somalia."
    assert dateline_place(text, 0, len(text)) is not None
    assert dateline_place(text, 0, len(text), lambda: COUNTRY_BY_NAME["somalia"]) is None


def test_a_dateline_gives_the_place_to_the_sentences_that_name_none():
    text = (
        "Attack in the north\n\n"
        "GAO, Mali — Gunmen killed 20 people on Sunday, officials said.\n\n"
        "The army said five soldiers died. Twelve people were wounded in Tessit."
    )
    found = claims_in(text)
    assert [(c.location, c.country) for c in found if c.category != "other"] == [
        ("Gao, Mali", "Mali"),
        ("Gao, Mali", "Mali"),
        ("Tessit", "Mali"),
    ]


def test_a_dateline_gives_its_place_beyond_the_sentences_a_place_carries_over():
    text = (
        "GAO, Mali — Gunmen attacked a market on Sunday.\n\n"
        + "The market was busy. " * 7
        + "Five soldiers died."
    )
    assert [(c.location, c.country) for c in claims_in(text)] == [("Gao, Mali", "Mali")]


def test_a_country_named_only_as_who_acted_is_not_where() -> None:
    # the only country is the attackers' origin: the claim's place stays unknown
    (claim,) = claims_in(
        "Suicide bombing claimed by a Palestinian militant group; 12 civilians killed at a hotel.\n"
    )
    assert claim.location is None
    # a country named as a place is the last resort, as before
    (claim,) = claims_in("Unrest in Kenya.\n\nTwelve civilians were killed at a hotel.\n")
    assert claim.location == "Kenya"


def test_a_demonym_before_an_armed_groups_name_is_who_not_where() -> None:
    (claim,) = claims_in(
        "Somali al-Shabaab militants killed three police officers in a "
        "raid on a northeastern Kenyan town.\n"
    )
    assert claim.country == "Kenya"
