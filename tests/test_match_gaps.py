"""Matching where the gazetteer or the claim leaves a gap, on claims made for the tests:
a claim of unknown country, a city against a district GeoNames gives no point, a town
whose division codes are stale; each with its negative."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation, match, match_all_pairs
from workbench.match.place_names import place_names
from workbench.store.gazetteer import GazetteerFile


def claim(
    places: GazetteerFile, claim_id: int, location: str, country: str | None, **fields: object
) -> MatchInput:
    """A count of 12 killed civilians placed where `location` resolves in `country`."""
    return placed_claim(places, claim_id, location, country=country, **fields)


def test_a_claim_of_unknown_country_meets_claims_of_any_country(places: GazetteerFile) -> None:
    # a village the gazetteer does not know, in a text that never names its country
    known = claim(places, 1, "Zangomari village", "Nigeria")
    unknown = claim(places, 2, "Zangomari", None)
    assert [r for r, _ in related(known, unknown)] == [Relation.CORROBORATES]
    assert [r for r, _ in related(unknown, known)] == [Relation.CORROBORATES]
    # two known countries still never meet
    assert related(known, claim(places, 3, "Zangomari", "Cameroon")) == []
    # the same day, another village of the same country
    assert related(unknown, claim(places, 4, "Bulabulin", "Nigeria")) == []


def test_blocking_with_unknown_countries_finds_what_every_pair_finds(
    places: GazetteerFile,
) -> None:
    countries = ["Nigeria", None, "Chad", None, "Nigeria", "Cameroon"]
    claims = [
        claim(places, i, name, countries[i % 6], document_id=i % 4 + 1, date=date)
        for i, (name, date) in enumerate(
            [(n, d) for n in ("Zangomari", "Zangomary", "Kolofata") for d in ("2024-06-05", None)]
            * 3,
            start=1,
        )
    ]
    blocked = {(s.a, s.b, s.relation) for s in match(claims, claims)}
    every_pair = {(s.a, s.b, s.relation) for s in match_all_pairs(claims)}
    assert blocked == every_pair and len(blocked) > 5


def test_a_city_and_a_district_of_its_region_agree_at_region_level(
    places: GazetteerFile,
) -> None:
    # GeoNames gives Kano no district and Tarauni, one of its districts, no point
    [(relation, reason)] = related(
        claim(places, 1, "near Kano", "Nigeria"), claim(places, 2, "Tarauni", "Nigeria")
    )
    assert relation is Relation.CORROBORATES and "same region: Kano" in reason
    # a district of another region is another place
    assert related(claim(places, 3, "Kano", "Nigeria"), claim(places, 4, "Chikun", "Nigeria")) == []
    # and a town too small to spread over districts is one place, not its region
    wudil = claim(places, 5, "Wudil", "Nigeria")  # some 23,000 people
    assert related(wudil, claim(places, 6, "Tarauni", "Nigeria")) == []


def test_a_town_with_stale_division_codes_lies_in_the_division_named_after_it(
    places: GazetteerFile,
) -> None:
    # GeoNames still gives Mandera town the old North Eastern Province's code
    [(relation, reason)] = related(
        claim(places, 1, "Mandera", "Kenya"), claim(places, 2, "the Mandera region", "Kenya")
    )
    assert relation is Relation.CORROBORATES and "same region: Mandera" in reason
    # the same day, another county's town
    assert (
        related(claim(places, 3, "Wajir", "Kenya"), claim(places, 4, "the Mandera region", "Kenya"))
        == []
    )


def test_a_dated_claim_and_that_days_news_agree_at_country_level(places: GazetteerFile) -> None:
    # Sunday's report says only "in Kenya"; the other dates the attack to Saturday
    news = claim(places, 1, "Kenya", "Kenya", date=None, published="2024-06-09")
    saturday = claim(places, 2, "Lamu", "Kenya", date="2024-06-08", published="2024-06-10")
    [(relation, reason)] = related(news, saturday)
    assert relation is Relation.CORROBORATES and "same country: Kenya" in reason
    # an attack of the Tuesday before is not Sunday's news, though within its week
    tuesday = claim(places, 3, "Lamu", "Kenya", date="2024-06-04", published="2024-06-10")
    assert related(news, tuesday) == []
    # nor are 12 "people" and 7 "people" one incident for a day and a country alone
    people: dict[str, object] = {"subject": "people"}
    assert (
        related(
            claim(places, 4, "Kenya", "Kenya", date=None, published="2024-06-09", **people),
            claim(places, 5, "Lamu", "Kenya", date="2024-06-08", low=7, high=7, **people),
        )
        == []
    )


def test_a_site_named_by_its_town_meets_the_town(places: GazetteerFile) -> None:
    # "Islamic Cairo" is no gazetteer entry; its words hold the city's name
    [(relation, reason)] = related(
        claim(places, 1, "Islamic Cairo", "Egypt"), claim(places, 2, "Cairo", "Egypt")
    )
    assert relation is Relation.CORROBORATES and "same place 'Islamic Cairo'" in reason
    hotel = claim(places, 3, "the Hilton Hotel", "Egypt")
    assert len(related(hotel, claim(places, 4, "outside the Hilton", "Egypt"))) == 1
    # another hotel of the same city that day is another place
    assert related(hotel, claim(places, 5, "the Sheraton Hotel", "Egypt")) == []


def test_blocking_by_the_words_of_a_name_finds_what_every_pair_finds(
    places: GazetteerFile,
) -> None:
    names = ["Islamic Cairo", "Cairo", "old Cairo market", "Giza", "Hilton Hotel", "Hilton"]
    claims = [
        claim(places, i, names[i % 6], "Egypt", document_id=i % 5 + 1, low=10 + i % 3)
        for i in range(1, 25)
    ]
    blocked = {(s.a, s.b, s.relation) for s in match(claims, claims)}
    every_pair = {(s.a, s.b, s.relation) for s in match_all_pairs(claims)}
    assert blocked == every_pair and len(blocked) > 10


def test_a_comma_or_a_possessive_ends_a_place_name() -> None:
    assert place_names("the road linking Kidal, Anefis and North Darane") == (
        "kidal",
        "anefis",
        "darane",
    )
    assert place_names("Old Dhaka's Hussaini Dalan") == ("old dhaka", "husaini dalan")
    assert place_names("Islamic Cairo") == ("islamic cairo",)


def test_blocking_finds_the_weak_ties_every_pair_finds(places: GazetteerFile) -> None:
    # country level, unknown places, one figure and towns named in passing, in two
    # countries: the blocks must bring together every pair relate would link
    spots = [
        ("Kenya", "Kenya", ""),
        ("Zanguberi Camp", "Kenya", "Police near Garissa said."),
        ("Garissa", "Kenya", ""),
        ("Dianu", "Kenya", "A bar in Garissa was hit."),
        ("Nigeria", "Nigeria", ""),
        ("Zangomari", "Nigeria", "Near Maiduguri."),
        ("Maiduguri", "Nigeria", ""),
    ]
    claims = [
        claim(
            places, i, location, country, low=low, document_id=i, sentence=f"{low} killed. {said}"
        )
        for i, ((location, country, said), low) in enumerate(
            [(spot, low) for spot in spots for low in (3, 4)], start=1
        )
    ]
    blocked = {(s.a, s.b, s.relation) for s in match(claims, claims)}
    every_pair = {(s.a, s.b, s.relation) for s in match_all_pairs(claims)}
    assert blocked == every_pair and len(blocked) > 10


def test_a_toll_counted_in_deaths_or_lives_says_nothing_of_whom(places: GazetteerFile) -> None:
    # "Eighteen deaths" and "killing 18 wedding guests": the one says not whom, so it
    # agrees with any family; "18 soldiers" against "18 wedding guests" does not
    guests = claim(places, 1, "Gwoza", "Nigeria", low=18, subject="wedding guests")
    for words in ("deaths", "lives", "injuries"):
        toll = claim(places, 2, "Gwoza", "Nigeria", low=18, subject=words)
        assert [r for r, _ in related(guests, toll)] == [Relation.CORROBORATES], words
    tenants = claim(places, 3, "Gwoza", "Nigeria", low=18, subject="tenants")
    assert related(guests, tenants) == []


def test_two_stated_days_a_night_apart_hold_one_toll_only_where_close(
    places: GazetteerFile,
) -> None:
    # "8 killed" on the 29th and "at least 13" on the 28th: two operations
    eight = claim(places, 1, "Shah Wali Kot district", "Afghanistan", low=8, date="2020-04-29")
    thirteen = claim(
        places, 2, "Shah Wali Kot district", "Afghanistan", low=13, high=None, date="2020-04-28"
    )
    assert related(eight, thirteen) == []
    # "5" on Friday night and "6" on Saturday may be one night's attack, in dispute
    five = claim(places, 3, "Shah Wali Kot district", "Afghanistan", low=5, date="2020-04-24")
    six = claim(places, 4, "Shah Wali Kot district", "Afghanistan", low=6, date="2020-04-25")
    assert [r for r, _ in related(five, six)] == [Relation.CONTRADICTS]
