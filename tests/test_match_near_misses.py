"""Near misses: two incidents of one day and region that must not link, found on
real pairs of ACLED notes (docs/corpora.md, `pairs-extra`) and written here as
claims made for the tests. Each rule with its negative: what still links."""

from __future__ import annotations

from tests.match_helpers import placed_claim, related
from workbench.match import MatchInput, Relation
from workbench.store.gazetteer import GazetteerFile


def dated(places: GazetteerFile, claim_id: int, day: str, **fields: object) -> MatchInput:
    """Two civilians killed in Bankass on `day`, as the text states it."""
    given: dict[str, object] = {"low": 2, "date": day, "date_text": f"on {day}", **fields}
    return placed_claim(places, claim_id, "Bankass", **given)  # type: ignore[arg-type]


def test_two_days_the_texts_state_are_two_incidents(places: GazetteerFile) -> None:
    # "On 2 May, one policeman was killed in Kandahar" and "On 4 May, one
    # policewoman was killed in Kandahar": two stated days, two incidents
    first = dated(places, 1, "2024-06-02", published="2024-06-05")
    assert related(first, dated(places, 2, "2024-06-04", published="2024-06-05")) == []
    # a night's attack told as one day's and the next's is one incident
    [(relation, _)] = related(first, dated(places, 3, "2024-06-03", published="2024-06-05"))
    assert relation is Relation.CORROBORATES


def test_the_day_of_a_count_is_not_the_day_of_the_incident(places: GazetteerFile) -> None:
    # "the death toll rose to 2 on 4 June" counts on 4 June an incident of 2 June
    first = dated(places, 1, "2024-06-02", published="2024-06-05")
    count = dated(places, 2, "2024-06-04", text="the death toll rose to 2", published="2024-06-05")
    [(relation, _)] = related(first, count)
    assert relation is Relation.CORROBORATES


def test_dates_of_weeks_or_stamps_keep_the_tolerance(places: GazetteerFile) -> None:
    # "in early June" (a month) against a day two days later: no two stated days
    month = dated(places, 1, "2024-06", published="2024-06-05")
    [(relation, _)] = related(month, dated(places, 2, "2024-06-04", published="2024-06-05"))
    assert relation is Relation.CORROBORATES


def unknown_place(places: GazetteerFile, claim_id: int, location: str) -> MatchInput:
    claim = placed_claim(places, claim_id, location, low=1, date=None)
    assert claim.located == (), f"{location} is in the shipped gazetteer"
    return claim


def test_a_bare_name_the_gazetteer_lacks_is_no_part_of_a_small_town(
    places: GazetteerFile,
) -> None:
    # "killed a protester in Huruta" and "killed a protester in Kombolcha", a town
    # the gazetteer knows: two places of one country, one figure each
    town = placed_claim(places, 1, "Bankass", low=1, date=None)
    assert related(town, unknown_place(places, 2, "Kouroukoutou")) == []
    # a site a town holds may lie in it ("Zion Square" and Jerusalem)
    [(relation, reason)] = related(town, unknown_place(places, 3, "Kouroukoutou market"))
    assert relation is Relation.CORROBORATES and "same country: Mali" in reason


def test_a_bare_name_may_be_a_quarter_of_a_city(places: GazetteerFile) -> None:
    # "at Polo" and "in Maiduguri": a city's quarters are named alone; a village is not
    city = placed_claim(places, 1, "Bamako", low=12, date=None)
    [(relation, _)] = related(city, placed_claim(places, 2, "Kouroukoutou", low=12, date=None))
    assert relation is Relation.CORROBORATES
    village = placed_claim(places, 3, "Kouroukoutou village", low=12, date=None)
    assert related(city, village) == []


def test_a_formula_sentence_is_no_story_retold(places: GazetteerFile) -> None:
    # ACLED's closing "2 fatalities." and "3 fatalities." under two notes of one
    # country that day: alike but for their numbers, yet no story told again
    fields: dict[str, object] = {"date": None, "subject": "fatalities"}
    one = placed_claim(places, 1, "Mali", low=2, sentence="2 fatalities.", **fields)
    two = placed_claim(places, 2, "Mali", low=3, sentence="3 fatalities.", **fields)
    assert related(one, two) == []
    # a sentence that tells a story, told again with another toll, is one dispute
    told = "Gunmen killed {} people in an attack on a market in Mali on Monday."
    three = placed_claim(places, 3, "Mali", low=2, sentence=told.format(2), **fields)
    four = placed_claim(places, 4, "Mali", low=3, sentence=told.format(3), **fields)
    [(relation, _)] = related(three, four)
    assert relation is Relation.CONTRADICTS


def test_small_tolls_of_one_family_in_one_country_are_two_incidents(
    places: GazetteerFile,
) -> None:
    # "2 policemen were killed" and "3 soldiers were killed" in one country that
    # day: both security forces, close, but a country at war sees many such a day
    fields: dict[str, object] = {"date": None, "unit": "military"}
    police = placed_claim(places, 1, "Mali", low=2, subject="policemen", **fields)
    soldiers = placed_claim(places, 2, "Mali", low=3, subject="soldiers", **fields)
    assert related(police, soldiers) == []
    # "15 rebels" and "21 rebels": tolls that large and that close are one dispute
    many = placed_claim(places, 3, "Mali", low=15, subject="soldiers", **fields)
    more = placed_claim(places, 4, "Mali", low=21, subject="soldiers", **fields)
    [(relation, _)] = related(many, more)
    assert relation is Relation.CONTRADICTS


def test_a_rare_means_both_tell_ties_two_small_tolls_in_a_city(places: GazetteerFile) -> None:
    # "a car bomb in Bamako killed a man" and "a man died when his car exploded in
    # Bamako": one death each in a city, both a bombing; "shot dead" twice is not
    # enough, a city sees many shootings a day
    fields: dict[str, object] = {"date": None, "subject": "man"}
    bomb = placed_claim(places, 1, "Bamako", low=1, sentence="A car bomb killed a man.", **fields)
    blast = "A man was killed when his car exploded near his home."
    [(relation, _)] = related(
        bomb, placed_claim(places, 2, "Bamako", low=1, sentence=blast, **fields)
    )
    assert relation is Relation.CORROBORATES
    shot = placed_claim(places, 3, "Bamako", low=1, sentence="A man was shot dead.", **fields)
    gunned = "Gunmen shot a man dead outside a shop."
    assert related(shot, placed_claim(places, 4, "Bamako", low=1, sentence=gunned, **fields)) == []


def test_a_site_named_after_a_region_lies_in_the_region_not_at_one_place(
    places: GazetteerFile,
) -> None:
    # "eight injured near the Assam Assembly" and "a civilian injured in Assam":
    # the site's name holds the region's, but the site is one place of the region
    region = placed_claim(places, 1, "Mopti Region", low=8, date=None)
    site = placed_claim(places, 2, "Mopti Region Assembly", low=1, date=None)
    assert region.located and not site.located
    assert related(region, site) == []
    # tolls of ten or more, close: one dispute, agreeing at the region's level
    big = placed_claim(places, 3, "Mopti Region", low=12, date=None)
    bigger = placed_claim(places, 4, "Mopti Region Assembly", low=14, date=None)
    [(relation, reason)] = related(big, bigger)
    assert relation is Relation.CONTRADICTS and "same region: Mopti" in reason


def test_a_count_over_several_attacks_in_a_country_needs_more_than_a_smaller_toll(
    places: GazetteerFile,
) -> None:
    # "Boko Haram killed at least 33 people in three separate attacks in the
    # northeast" and "gunmen killed three people in Gbengen village" (Benue): a
    # smaller toll somewhere in the country is not thereby one of the several
    several = "Gunmen killed 33 {} in three separate attacks in Mali."
    fields: dict[str, object] = {"date": None}
    whole = placed_claim(places, 1, "Mali", low=33, sentence=several.format("people"), **fields)
    part = placed_claim(places, 2, "Kouroukoutou", low=3, subject="people", **fields)
    assert related(whole, part) == []
    # both naming one family in their own words: the part of the whole
    civilians = several.format("civilians")
    whole = placed_claim(places, 3, "Mali", low=33, sentence=civilians, **fields)
    part = placed_claim(places, 4, "Kouroukoutou", low=3, subject="villagers", **fields)
    [(relation, _)] = related(whole, part)
    assert relation is Relation.RELATED
