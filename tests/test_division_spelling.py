"""A division named with its kind word and spelled otherwise than GeoNames spells it
resolves to that division of the claim's country (`geo/spelling.py`), and only
there: never to a division of a near name in another part of the country, never to
one of two alike, never where the text names no kind of division."""

from __future__ import annotations

from workbench.geo.places import Kind, Place
from workbench.geo.resolve import resolve
from workbench.geo.spelling import spelled_alike
from workbench.service.places import find_places
from workbench.store.gazetteer import GazetteerFile


def _region(places: GazetteerFile, phrase: str, country: str) -> tuple[str, Kind] | None:
    located = resolve(phrase, country, places)
    return None if located is None else (located.place.name, located.place.kind)


def test_a_region_in_another_transliteration_is_that_region(places: GazetteerFile) -> None:
    # GeoNames spells them Sagain and Oromiya; a district "Oromia Zone" lies in Amhara
    assert _region(places, "the Sagaing region", "Myanmar") == ("Sagain", Kind.REGION)
    assert _region(places, "western Oromia Region", "Ethiopia") == ("Oromiya", Kind.REGION)
    assert _region(places, "Saada governorate", "Yemen") == ("Şa‘dah", Kind.REGION)


def test_an_oblast_is_a_region(places: GazetteerFile) -> None:
    assert _region(places, "Donetsk Oblast", "Ukraine") == ("Donetsk", Kind.REGION)
    # without the kind word, the city of the name, as before
    assert _region(places, "Donetsk", "Ukraine") == ("Donets’k", Kind.TOWN)


def test_no_region_of_a_name_nothing_alike(places: GazetteerFile) -> None:
    # Nigeria has no region spelled near "Bornu Emirate": a state is not guessed
    assert _region(places, "Lagoon State", "Nigeria") is None
    # a name of no division at all keeps its town
    assert _region(places, "Maiduguri", "Nigeria") == ("Maiduguri", Kind.TOWN)


def _division(name: str) -> Place:
    return Place(
        geonameid=hash(name) % 10**6,
        name=name,
        kind=Kind.REGION,
        country="Testland",
        country_code="ZZ",
        region=name,
        district=None,
        region_code="01",
        district_code="",
        latitude=None,
        longitude=None,
        population=0,
    )


def test_two_divisions_alike_give_none() -> None:
    # "Osum" is as near to "Ogun" as to "Osun": no evidence for either
    alike = [_division("Ogun"), _division("Osun")]
    assert spelled_alike("Osum", alike) == []
    assert spelled_alike("Ogun", alike) == [alike[0]]


def test_short_and_far_names_are_not_matched() -> None:
    regions = [_division("Kano"), _division("Kogi"), _division("Bauchi")]
    assert spelled_alike("Kan", regions) == []
    assert spelled_alike("Borno", regions) == []
    assert [d.name for d in spelled_alike("Bauchy", regions)] == ["Bauchi"]


def test_gazetteer_find_reads_a_name_as_a_claim_s_place_would_be() -> None:
    # not a gazetteer name as written, but what a claim "in Donetsk Oblast" gets
    [place] = find_places("Donetsk Oblast", "Ukraine")
    assert (place.name, place.kind) == ("Donetsk", Kind.REGION)
    assert find_places("Nowhereland Oblast", "Ukraine") == []


def test_with_no_country_a_town_is_named_by_its_own_name_only(places: GazetteerFile) -> None:
    # "Rann" and "Nawa" are names of Laon and Naha in other languages, and villages of
    # Nigeria and Syria: no evidence of France or Japan
    assert resolve("Rann village", None, places) is None
    assert resolve("Nawa city", None, places) is None
    # a spelling of a town's own name still names it; a world city its exonyms too
    located = resolve("A’zaz", None, places)
    assert located is not None and located.place.country_code == "SY"
    located = resolve("Bombay", None, places)
    assert located is not None and located.place.name == "Mumbai"


def test_a_division_of_a_place_lies_in_that_place(places: GazetteerFile) -> None:
    # "X District of Y Province": X inside Y, as "Y's X district" is
    located = resolve("Muhammad Agha District of Logar Province", "Afghanistan", places)
    assert located is not None
    assert (located.place.kind, located.place.region) == (Kind.DISTRICT, "Logar")
    # Nigeria's local government areas are its districts
    located = resolve("Ifo Local Government Area of Ogun State", "Nigeria", places)
    assert located is not None
    assert (located.place.name, located.place.kind) == ("Ifo", Kind.DISTRICT)
    located = resolve("Kajuru LGA of Kaduna State", "Nigeria", places)
    assert located is not None
    assert (located.place.name, located.place.region) == ("Kajuru", "Kaduna")
    # an unknown inner place leaves the outer one
    located = resolve("the Zarghunabad district of Helmand province", "Afghanistan", places)
    assert located is not None and located.place.name == "Helmand"


def test_an_unknown_outer_place_with_no_country_gives_none(places: GazetteerFile) -> None:
    # the inner name alone is a town of Guinea: no evidence of Guinea
    assert resolve("Boke District of Nowhere Zone", None, places) is None
    # "the town of X" is no division "of" a place
    assert resolve("the town of Bamako", None, places) is not None


def test_a_region_named_with_its_kind_and_no_country_known(places: GazetteerFile) -> None:
    # the one region of the name in the world, not the city of the name
    assert _region(places, "Borno State", None) == ("Borno", Kind.REGION)
    assert _region(places, "Kherson Oblast", None) == ("Kherson Oblast", Kind.REGION)
    # two countries' Punjab: no evidence of either
    assert resolve("Punjab province", None, places) is None


def test_a_division_whose_geonames_name_holds_its_kind(places: GazetteerFile) -> None:
    # GeoNames calls it "Kherson Oblast"; the text's "Kherson Oblast" found it only whole
    assert _region(places, "the Kherson Oblast", "Ukraine") == ("Kherson Oblast", Kind.REGION)
    assert _region(places, "Kherson region", "Ukraine") == ("Kherson Oblast", Kind.REGION)
