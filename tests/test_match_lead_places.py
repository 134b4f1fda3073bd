"""Session 46's matching kinds, on reports written for the tests: a place the gazetteer
lacks ("the Dhoobley Yar junction") lies in the town its report's lead names, so a
later report of a town's mass killing links to the first within the week; companion
tolls that are only open bounds far apart tie no two tolls of one city's day; one
person hurt by one rarer means in a country that day is one incident's toll; one site
called by its own name in both reports' leads ties small tolls of one city, and so
does one kind of site a report's lead tells where its counting sentence names none;
two headlines naming no known place tell one lone blast's toll the same day."""

from __future__ import annotations

from pathlib import Path

from tests.match_reports import load, relations
from workbench.match.lead_sites import named_sites

FIRST = (
    "MOGADISHU - At least 60 people were killed on Saturday when a truck bomb exploded "
    "at a busy checkpoint in Mogadishu, police said.",
    "2025-03-09",
)


def _later(town: str, toll: str, means: str = "truck bomb") -> tuple[str, str]:
    """A report four days later whose lead names `town` and whose count names only a
    junction the gazetteer does not know."""
    return (
        f"Somalia: {town} mourns as families bury the dead. The government said that the "
        f"{means} at the Dhoobley Yar junction killed {toll} people.",
        "2025-03-13",
    )


def test_a_junction_lies_in_the_town_its_report_leads_with(tmp_path: Path) -> None:
    bench = load(tmp_path, FIRST, _later("Mogadishu", "95"))
    assert relations(bench, "killed") == ["corroborates"]
    (link,) = bench.links()
    assert "Mogadishu" in (link.reason or "")


def test_a_revised_toll_of_the_town_disputes_the_first(tmp_path: Path) -> None:
    first = (FIRST[0].replace("At least 60", "Sixty"), FIRST[1])
    bench = load(tmp_path, first, _later("Mogadishu", "95"))
    assert relations(bench, "killed") == ["contradicts"]


def test_a_lead_naming_another_town_places_nothing_in_the_first(tmp_path: Path) -> None:
    bench = load(tmp_path, FIRST, _later("Kismayo", "95"))
    assert relations(bench, "killed") == []


def test_small_tolls_days_apart_stay_two_incidents(tmp_path: Path) -> None:
    first = (
        "MOGADISHU - Three people were killed on Saturday when a grenade exploded at a "
        "checkpoint in Mogadishu, police said.",
        "2025-03-09",
    )
    bench = load(tmp_path, first, _later("Mogadishu", "7", means="grenade"))
    assert relations(bench, "killed") == []


BAGHDAD = (
    "Two people were killed and at least seventeen injured when a car bomb exploded near "
    "a hotel in central Baghdad on Tuesday.",
    "2025-10-08",
)


def test_open_wounded_bounds_far_apart_tie_no_dispute(tmp_path: Path) -> None:
    other = (
        "A suicide truck bomb at a police compound in Baghdad on Tuesday killed ten people "
        "and wounded more than seventy.",
        "2025-10-08",
    )
    bench = load(tmp_path, BAGHDAD, other)
    assert relations(bench, "killed") == []


def test_wounded_bounds_close_still_tie_a_dispute(tmp_path: Path) -> None:
    other = (
        "A suicide car bomb near a hotel in Baghdad on Tuesday killed five people and "
        "wounded at least 15.",
        "2025-10-08",
    )
    bench = load(tmp_path, BAGHDAD, other)
    assert relations(bench, "killed") == ["contradicts"]


BOMB_IN_TOWN = (
    "Militants detonated a bomb at a postal sorting office in Leeds. One person was injured.",
    "2025-05-07",
)


def _country_note(means: str, published: str = "2025-05-07") -> tuple[str, str]:
    """A database's note that names only the country, of one person hurt by `means`."""
    return (
        f"UNITED KINGDOM. {means} outside a post office at 1:40 am, slightly injuring a passerby.",
        published,
    )


def test_one_hurt_by_one_rare_means_in_the_country_that_day_links(tmp_path: Path) -> None:
    bench = load(tmp_path, BOMB_IN_TOWN, _country_note("An explosive device went off"))
    assert relations(bench, "wounded") == ["corroborates"]


def test_one_hurt_by_other_means_stays_unlinked(tmp_path: Path) -> None:
    bench = load(tmp_path, BOMB_IN_TOWN, _country_note("A gunman opened fire"))
    assert relations(bench, "wounded") == []


def test_one_hurt_by_one_means_another_day_stays_unlinked(tmp_path: Path) -> None:
    note = _country_note("An explosive device went off", published="2025-05-09")
    bench = load(tmp_path, BOMB_IN_TOWN, note)
    assert relations(bench, "wounded") == []


SCHOOL = (
    "Gunmen attacked Bishara Primary School in Mombasa, killing three people while another "
    "was injured.",
    "2025-02-17",
)


def _note(school: str) -> tuple[str, str]:
    """A monitor's note of the day: a school attacked in Mombasa, two killed, one hurt."""
    return (
        f"Fighters attack {school} Primary School in Mombasa. Two people killed, one injured.",
        "2025-02-17",
    )


def test_one_named_site_in_both_leads_ties_small_tolls_of_a_city(tmp_path: Path) -> None:
    bench = load(tmp_path, SCHOOL, _note("Bishara"))
    assert sorted(relations(bench)) == ["contradicts", "corroborates"]


def test_two_named_sites_of_a_city_stay_two_incidents(tmp_path: Path) -> None:
    bench = load(tmp_path, SCHOOL, _note("Iftin"))
    assert relations(bench) == []


def test_named_sites_are_read_with_their_own_names() -> None:
    lead = (
        "Bombs hit the Gold Mohur Hotel in Aden and the Police Station in Kano; the Main "
        "Market and Aden market were spared."
    )
    assert named_sites(lead) == {"gold mohur hotel", "aden market"}


STATION = (
    "Two bombs exploded at the central bus station in Haifa, killing one person and injuring 20.",
    "2025-11-07",
)


def _database_note(site: str) -> tuple[str, str]:
    """A database's note whose counting sentence names no site; its lead does."""
    return (
        f"ISRAEL. A bomb exploded in {site} in Haifa, followed by another twenty minutes "
        "later. Two people were killed and thirty wounded in the attack.",
        "2025-11-07",
    )


def test_the_site_a_report_leads_with_ties_one_attack(tmp_path: Path) -> None:
    bench = load(tmp_path, STATION, _database_note("the central bus station"))
    assert relations(bench, "killed") == ["contradicts"]


def test_another_site_in_the_lead_is_another_attack(tmp_path: Path) -> None:
    bench = load(tmp_path, STATION, _database_note("a cafe"))
    assert relations(bench, "killed") == []


HEADLINE = ("About 30 killed by suicide car bomb targeting Dhuusa checkpoint", "2025-04-12")


def _headline(words: str, toll: str = "41", published: str = "2025-04-12") -> tuple[str, str]:
    """Another outlet's headline naming no place the gazetteer knows."""
    return (f"{words} on army checkpoint kills {toll}, mostly civilians: sources", published)


def test_two_headlines_of_one_lone_blast_that_day_dispute_its_toll(tmp_path: Path) -> None:
    bench = load(tmp_path, HEADLINE, _headline("Car bomb"))
    assert relations(bench, "killed") == ["contradicts"]


def test_headlines_of_other_means_far_tolls_or_days_stay_apart(tmp_path: Path) -> None:
    others = (
        _headline("Gunfire"),
        _headline("Car bomb", toll="90"),
        _headline("Car bomb", published="2025-04-14"),
    )
    for index, other in enumerate(others):
        folder = tmp_path / f"case{index}"
        folder.mkdir()
        assert relations(load(folder, HEADLINE, other), "killed") == []
