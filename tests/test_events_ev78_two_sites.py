"""Two sites of one attack are parts of its toll, summed, never rival counts
(events/tolls_apart.py); a site's toll and the toll of the attack on both sites, in one
report, are one incident (events/report_tolls.py). Trial 77k's event took a hospital's
one dead as the conservative toll against a petrol station's eight, and kept a report's
toll of the attack apart from its own hospital's dead as another incident. Reports
written for these tests, ingested into real databases."""

from __future__ import annotations

from pathlib import Path

from workbench.display import figure_row
from workbench.ingest.files import Metadata
from workbench.models import CategoryFigures
from workbench.service import Workbench

POLICE = (
    "Konduga bombings\n\nTwo suicide bombers struck a market and a mosque in Konduga on"
    " Friday. Twelve people were killed at the market, and five worshippers died at the"
    " mosque, police said.\n"
)
RESIDENTS = (
    "Konduga attack\n\nA suicide bomber blew herself up at the Konduga market on Friday,"
    " killing 14 people, residents said, while a second bomber hit the town's mosque,"
    " killing four.\n"
)
MORA = (
    "Attentats à Mora\n\nDeux kamikazes se sont fait exploser vendredi à Mora, l'un au"
    " marché, l'autre devant l'église. Au marché, neuf personnes ont été tuées, selon la"
    " police. Trois fidèles ont péri devant l'église, a précisé la police.\n"
)
KUPIANSK = (
    "Kharkiv shelling\n\nRussian shells hit a market and a school in Ukraine's Kharkiv"
    " region on Monday, killing at least 9 civilians and wounding 20, the regional health"
    " department said.\n\nSix of the dead were killed when a shell struck the market in"
    " Kupiansk on Monday, police chief Oleh Bondar told reporters.\n\nThe school's"
    " director, Iryna Koval, said shells landed in the school yard in Kupiansk shortly"
    " after noon, killing two people and wounding five.\n"
)
MARKET_TWELVE = (
    "Konduga bombing\n\nA bomb at the market in Konduga killed 12 people on Friday, police said.\n"
)
MARKET_TWENTY = (
    "Konduga blast\n\nA suicide bomber killed 20 people at the market in Konduga on Friday,"
    " residents said.\n"
)


def events(tmp_path: Path, *texts: str) -> list[list[CategoryFigures]]:
    """Each event's figures, for the reports given."""
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"r{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    bench = Workbench(str(tmp_path / "claims.db"))
    bench.ingest(paths, Metadata(published="2026-11-25"), jobs=1)
    return [bench.event(e.id).figures for e in bench.events()]


def rows(found: list[CategoryFigures], category: str = "killed") -> list[tuple[object, ...]]:
    return [
        (f.side, f.conservative, f.best, f.high, f.contested)
        for f in found
        if f.category.value == category
    ]


def test_two_sites_tolls_add_up_and_each_site_keeps_its_own_dispute(tmp_path):
    """Police: 12 at the market, 5 at the mosque; residents: 14 and 4. Each site's two
    counts are in dispute; the attack's toll is a site's and the other's, 16 to 19,
    never the mosque's 4 as its conservative figure."""
    [found] = events(tmp_path, POLICE, RESIDENTS)
    assert rows(found) == [
        (None, 12 + 4, 12 + 4, 14 + 5, True),
        ("site:market", 12, 12, 14, True),
        ("site:mosque", 4, 4, 5, True),
    ]


def test_french_two_sites_add_up(tmp_path):
    [found] = events(tmp_path, MORA)
    assert rows(found) == [
        (None, 12, 12, 12, False),
        ("site:market", 9, 9, 9, False),
        ("site:church", 3, 3, 3, False),
    ]
    assert [figure_row(f)[0] for f in found] == [
        "killed",
        "killed · at the market",
        "killed · at the church",
    ]


def test_a_site_s_toll_and_the_attack_s_toll_are_one_incident(tmp_path):
    """The health department's 9 at a market and a school (in the region), the market's
    share of the dead ("Six of the dead", the market's whole toll) and the school's 2 (in
    the town): one event, whose toll is the attack's 9; the school's 5 wounded are a part
    of the 20."""
    [found] = events(tmp_path, KUPIANSK)
    assert rows(found) == [
        (None, 9, 9, 9, False),
        ("site:market", 6, 6, 6, False),
        ("site:school", 2, 2, 2, False),
        ("site:all", 9, 9, 9, False),
    ]
    assert rows(found, "wounded") == [
        (None, 20, 20, 20, False),
        ("site:school", 5, 5, 5, False),
        ("site:all", 20, 20, 20, False),
    ]
    assert figure_row(found[3])[0] == "killed · at every site"


# negatives: two reports of one site stay one toll in dispute


def test_two_reports_of_one_site_stay_contested(tmp_path):
    [found] = events(tmp_path, MARKET_TWELVE, MARKET_TWENTY)
    assert rows(found) == [(None, 12, 12, 20, True)]


def test_one_report_of_one_site_and_another_of_two_sites_compare_as_before(tmp_path):
    """A report that names the market alone tells no sites apart, and one that names both
    sites together gives no site its toll: the market's 12 and the attack's 20 stay one
    toll in dispute."""
    both = (
        "Konduga attacks\n\nBombs at a market and a mosque in Konduga killed 20 people on"
        " Friday, residents said.\n"
    )
    [found] = events(tmp_path, MARKET_TWELVE, both)
    assert [r[0] for r in rows(found)] == [None]


def test_a_breakdown_of_one_site_s_toll_stays_a_part_of_it(tmp_path):
    """Twelve at the market "including three children", four at the school: 16, the
    children no toll of the market's own (a site's share is a toll only where its report
    gives that site no other)."""
    shelling = (
        "Kupiansk shelling\n\nRussian shells hit a market and a school in Kupiansk on"
        " Monday. Twelve people were killed at the market, including three children,"
        " police said. At the school, four people were killed, the mayor said.\n"
    )
    [found] = events(tmp_path, shelling)
    assert rows(found) == [
        (None, 16, 16, 16, False),
        ("site:market", 12, 12, 12, False),
        ("site:school", 4, 4, 4, False),
    ]
