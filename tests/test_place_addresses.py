"""A place given with its address (the unseen set's and the trial's findings), on
sentences written for the tests: the finer place is where it happened, joined to the
coarser one that says which of its namesakes it is, whichever the claim stands nearer;
the Arabic article opens a name in lower case. Each with its negative: two places in a
list, a place beside another ("near"), a country named for itself."""

from __future__ import annotations

from tests.conftest import claims_in
from workbench.extract.places import find_places


def where(text: str) -> list[tuple[str | None, str | None]]:
    """Each claim's (location, country)."""
    return [(c.location, c.country) for c in claims_in(text)]


def places(sentence: str) -> list[str]:
    return [p.name for p in find_places(sentence, 0, len(sentence), lambda: None, [])]


def test_a_town_then_its_country_or_division_is_one_place() -> None:
    strike = "A strike hit a building in the city of Oskil in eastern Ukraine, killing 14."
    assert where(strike) == [("Oskil, eastern Ukraine", "Ukraine")]
    assert where("Gunmen killed 12 people in Ngoshe, in Gwoza LGA of Borno State, on Monday.") == [
        ("Ngoshe, Gwoza LGA of Borno State", "Nigeria")
    ]
    assert places("Two died in Tamsu village, Kidal region, on Friday.") == [
        "Tamsu village, Kidal region"
    ]


def test_an_address_names_the_country_before_a_namesake_abroad() -> None:
    # the village has namesakes; its division names none, and the story is Nigerian
    assert where("Bandits killed 12 people in Bakori, Funtua LGA, Nigerian police said.") == [
        ("Bakori, Funtua LGA", "Nigeria")
    ]


def test_places_listed_or_beside_one_another_are_not_an_address() -> None:
    assert places("Troops killed 5 in Kidal and 3 in Mali.") == ["Kidal", "Mali"]
    assert places("A bomb killed 5 in central Baghdad, near the Green Zone.") == [
        "central Baghdad",
        "near Green Zone",
    ]
    # a country alone is no address of anything
    assert places("Two soldiers died in Mali, the army said.") == ["Mali"]


def test_the_arabic_article_opens_a_name_in_lower_case() -> None:
    assert places("Shelling killed four in the city of el-Fasher.") == ["el-Fasher"]
    assert places("A car bomb killed 9 near ad-Dawr on Sunday.") == ["near ad-Dawr"]
    # a lower-case word that only looks like one is no name
    assert places("An al-fresco dinner in Gao ended when two died.") == ["Gao"]


def test_a_road_named_by_its_ends_is_between_them() -> None:
    attack = "Militants attacked a police post on the Kirkuk-Daquq road, leaving four dead."
    assert places(attack) == ["Kirkuk-Daquq road"]
    # one town's road is that town's ("the Gao road" is no span of two ends)
    assert places("Gunmen killed two people on the Gao road on Monday.") == []


def test_an_officials_title_names_the_place_where_the_sentence_names_none() -> None:
    told = "The governor of Norte de Santander, William Villamizar, said 80 civilians were killed."
    assert where(told) == [("Norte de Santander", "Colombia")]
    # another place the sentence names is the toll's; a chairman's "of" names a body
    assert where("The mayor of Kano said 12 people were killed in Katsina.") == [
        ("Katsina", "Nigeria")
    ]
    assert where("The chairman of Tanga Holdings said 3 workers were killed.")[0][0] is None
    # "for" the area, as a military or territorial administrator answers (a trial's toll)
    told = "Colonel Ali Sadiq, the military administrator for Irumu, said 17 were killed."
    assert where(told)[0][0] == "Irumu"
    assert where("A spokesman for Oxfam said 17 people were killed.")[0][0] is None


def test_a_country_setting_the_scene_gives_way_to_the_town_after_the_claim() -> None:
    scene = "In Cameroon, ten people were killed on Sunday night in Bamenda, officials said."
    assert where(scene) == [("Bamenda", "Cameroon")]
    # a town before and a country after: each claim its nearest
    assert [loc for loc, _ in where("Troops killed 5 militants in Kidal and 3 in Mali.")] == [
        "Kidal",
        "Mali",
    ]
