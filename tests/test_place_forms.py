"""Place names in the forms cross-source reporting writes them, on sentences written for
the tests: a part word before the name ("downtown", "rural"), an apostrophe or an Arabic
article inside it, "the countryside of", "on the outskirts of", a direction that is part of
the name; and the country a claim takes when a name qualifies an actor or an organisation."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in
from workbench.extract.home_country import dominant_country
from workbench.extract.places import find_places
from workbench.geo.places import Kind
from workbench.geo.resolve import resolve
from workbench.service.places import placed
from workbench.store.gazetteer import GazetteerFile


@pytest.fixture(scope="module")
def gazetteer() -> GazetteerFile:
    """The shipped gazetteer in the file this run's test processes share (conftest)."""
    return GazetteerFile()


def places(sentence: str) -> list[str]:
    """The names of the places `find_places` sees in one sentence, no home country."""
    return [p.name for p in find_places(sentence, 0, len(sentence), lambda: None, [])]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A bomb killed four people in downtown Bogotá on Monday.", "downtown Bogotá"),
        ("Shelling killed six civilians in rural Idlib.", "rural Idlib"),
        ("A car bomb killed 30 people in A’zaz city.", "A’zaz city"),
        ("Gunmen killed three pupils in Ma'alot.", "Ma'alot"),
        ("Airstrikes killed nine people in Maarrat al-Nu’man.", "Maarrat al-Nu’man"),
        ("Shelling killed five in the northern countryside of Hama.", "Hama"),
        ("A bomb killed 22 people in the outskirts of Maiduguri.", "in the outskirts of Maiduguri"),
    ],
)
def test_a_name_is_found_whole(sentence: str, place: str) -> None:
    assert places(sentence) == [place]


@pytest.mark.parametrize(
    "sentence",
    [
        "Five people died in rural areas.",
        "Two died in downtown areas of the city.",
        "In A raid at dawn, five people died.",
        "Five died in I’m told a market.",
        "Five people were killed in al-Qaeda attacks.",
    ],
)
def test_part_words_articles_and_contractions_alone_are_no_place(sentence: str) -> None:
    assert places(sentence) == []


@pytest.mark.parametrize(
    ("phrase", "country", "name", "kind", "relation"),
    [
        ("downtown Bogotá", None, "Bogotá", Kind.TOWN, "in"),
        ("on the outskirts of Maiduguri", "Nigeria", "Maiduguri", Kind.TOWN, "near"),
        ("south Sulawesi", None, "South Sulawesi", Kind.REGION, "in"),
        ("southern Mali", "Mali", "Mali", Kind.COUNTRY, "southern"),
        # a site of a town: "camp", "police station" and the words before them
        ("near Mopti refugee camp", "Mali", "Mopti", Kind.TOWN, "near"),
        ("at the Gao police station", "Mali", "Gao", Kind.TOWN, "in"),
        # a division word takes a division of either level before a town
        ("in Garissa County", "Kenya", "Garissa", Kind.REGION, "in"),
        ("in the town of Gao", "Mali", "Gao", Kind.TOWN, "in"),
        # an address's division named with a direction: "near Sekela Mado, South Gondar
        # zone" took Gondar town, 100 km from the ambush
        ("near Bolo, South Sulawesi", "Indonesia", "South Sulawesi", Kind.REGION, "near"),
        ("Kalunguta, North Kivu province", None, "Nord Kivu", Kind.REGION, "in"),
        # a French article before a name the gazetteer knows without it
        ("le Nord-Kivu", "Democratic Republic of the Congo", "Nord Kivu", Kind.REGION, "in"),
        ("la Ouaka", "Central African Republic", "Ouaka", Kind.REGION, "in"),
        # negatives: a name with its article stays whole; a side of a town stays a side
        ("Les Cayes", "Haiti", "Les Cayes", Kind.TOWN, "in"),
        ("south of Goma", "Democratic Republic of the Congo", "Goma", Kind.TOWN, "south of"),
    ],
)
def test_part_words_and_directions_resolve(
    gazetteer: GazetteerFile,
    phrase: str,
    country: str | None,
    name: str,
    kind: Kind,
    relation: str,
) -> None:
    found = resolve(phrase, country, gazetteer)
    assert found is not None
    assert (found.place.name, found.place.kind, found.relation) == (name, kind, relation)


def test_with_no_country_a_town_whose_namesakes_are_all_in_its_country_resolves(
    gazetteer: GazetteerFile,
) -> None:
    def country(phrase: str) -> str | None:
        found = resolve(phrase, None, gazetteer)
        return found.place.country_code if found else None

    assert country("A’zaz city") == "SY"  # I‘zāz, by another spelling
    assert country("Yola") == "NG"  # the city; a village of Niger is no evidence
    assert country("Doda district") == "IN"
    assert country("Buenavista") is None  # a town in the Philippines, districts elsewhere
    assert country("Gindo") is None  # only a village's other spelling


def test_a_country_that_ends_an_organisation_s_name_is_no_place() -> None:
    sentence = "Gunmen of the Popular Front for the Liberation of Palestine killed 26 in Ma'alot."
    assert places(sentence) == ["Ma'alot"]
    assert places("Four guards at the Central Bank of Kenya were killed.") == []
    # an organisation before "in" leaves the place after it
    assert places("A bomb at the Ministry of Defence in Kabul killed five.") == ["Kabul"]


def test_a_country_that_strikes_from_afar_is_not_the_document_s_country() -> None:
    assert dominant_country("Iranian missile strikes killed eight people in Hajin.") is None
    kenya = dominant_country("Kenyan soldiers killed 12 militants.")  # who, yet the only one
    assert kenya is not None and kenya.name == "Kenya"


def test_a_border_is_the_place_only_where_nothing_else_is_named() -> None:
    (claim,) = claims_in(
        "Gunmen killed six civilians within Kenya's Mandera County on the border with Somalia.\n"
    )
    assert (claim.location, claim.country) == ("Kenya's Mandera County", "Kenya")
    (claim,) = claims_in(
        "Unrest in Kenya.\n\nGunmen killed six civilians on the border with Somalia.\n"
    )
    assert (claim.location, claim.country) == ("on the border with Somalia", "Kenya")


def test_a_claim_s_country_goes_by_any_of_its_names_and_a_namesake_abroad_is_not_it() -> None:
    # GeoNames calls Palestine "Palestinian Territory"; its town of Palestine is in Texas
    assert placed_in("Gunmen killed three people in Hebron.") == ("Hebron", "PS")
    assert placed_in("Gunmen killed three people in Palestine.") == ("Palestine", "PS")
    assert placed_in("Gunmen killed three people in Palestine, Texas.") != ("Palestine", "US")


def placed_in(text: str) -> tuple[str | None, str | None]:
    """The gazetteer's name and country code for the one claim of `text`."""
    (claim,) = placed(claims_in(text + "\n"))
    return (claim.place.name, claim.place.country_code) if claim.place else (None, None)


def test_a_nationality_s_capital_is_its_capital() -> None:
    (claim,) = claims_in("A bomb exploded near a church in the Kenyan capital, killing one.\n")
    assert (claim.location, claim.country) == ("Nairobi", "Kenya")
    (claim,) = claims_in("A bomb killed two people in the Islamic capital.\n")
    assert claim.location is None  # no nationality: no capital
    (claim,) = claims_in("Bombs at a hall in Bangladesh's capital, Dhaka, killed one teen.\n")
    assert (claim.location, claim.country) == ("Dhaka", "Bangladesh")
    (claim,) = claims_in("A bomb killed two people in Gao's capital.\n")
    assert claim.location == "Gao"  # no country's: the place itself


def test_an_old_or_greater_part_of_a_town_is_in_the_town(gazetteer: GazetteerFile) -> None:
    dhaka = resolve("outside Old Dhaka's Hussaini Dalan", "Bangladesh", gazetteer)
    assert dhaka is not None and (dhaka.place.name, dhaka.relation) == ("Dhaka", "near")
    assert resolve("Old City", "Israel", gazetteer) is None  # "City" is no town


def test_a_division_word_is_no_part_of_a_place_name_for_matching() -> None:
    from workbench.match.place_names import place_names

    assert place_names("Mandera County") == ("mandera",)
    assert place_names("Borno State") == ("borno",)


def test_an_address_part_after_its_relation_resolves(gazetteer: GazetteerFile) -> None:
    found = resolve("Dweil'a, on the outskirts of Damascus", None, gazetteer)
    assert found is not None and found.place.name == "Damascus"
