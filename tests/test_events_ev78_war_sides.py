"""Two countries' dead in one event are two groups of dead, summed into the event's toll,
never one toll told two ways (events/tolls_apart.py). Trial 77k's AP report gave one
country's toll "on its side" and the other's dead by nationality, and its event read them
as rival counts (contested, best the lower of the two); a French wire's two sides were
rows by victim family, each "contested". Reports written for these tests (other wars,
other numbers, English and French), ingested into real databases."""

from __future__ import annotations

from pathlib import Path

from workbench.display import figure_row
from workbench.ingest.files import Metadata
from workbench.models import CategoryFigures
from workbench.service import Workbench

LINE_OF_CONTROL = (
    "Line of Control shelling\n\nIndian and Pakistani troops exchanged fire across the"
    " Line of Control in Kupwara on Sunday. India's army said four of its soldiers were"
    " killed in Kupwara. Pakistan's military said three Pakistani soldiers were killed in"
    " Kupwara.\n"
)
JERMUK = (
    "Border clashes\n\nArmenia said 15 of its soldiers were killed near Jermuk on Tuesday."
    " Azerbaijan said 50 Azerbaijani servicemen were killed near Jermuk on Tuesday.\n"
)
YEREVAN_AGREES = (
    "Jermuk fighting\n\nFifteen Armenian soldiers were killed in fighting near Jermuk on"
    " Tuesday, the defence ministry in Yerevan said.\n"
)
BADME = (
    "Combats à la frontière\n\nDe violents combats ont opposé jeudi les armées éthiopienne"
    " et érythréenne près de Badme. Selon Addis-Abeba, 12 soldats ont été tués côté"
    " éthiopien. Asmara fait état de 9 soldats érythréens tués près de Badme.\n"
)
METULA = (
    "Border fire\n\nIsrael said two of its soldiers were killed near Metula on Monday."
    " Lebanon's health ministry said Israeli shelling killed six people near Metula on"
    " Monday.\n"
)
ARMENIA_FOUR = (
    "Jermuk clash\n\nArmenia said four of its soldiers were killed near Jermuk on Tuesday.\n"
)
ARMENIA_FOUR_AGAIN = (
    "Armenian losses\n\nFour Armenian soldiers were killed near Jermuk on Tuesday, the"
    " defence ministry in Yerevan said.\n"
)
ARMENIA_SEVEN = (
    "Armenian losses\n\nSeven Armenian soldiers were killed near Jermuk on Tuesday, a local"
    " official said.\n"
)


def killed_rows(tmp_path: Path, *texts: str) -> list[CategoryFigures]:
    """The killed rows of the one event the reports make."""
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"r{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    bench = Workbench(str(tmp_path / "claims.db"))
    bench.ingest(paths, Metadata(published="2026-11-25"), jobs=1)
    [event] = bench.events()
    return [f for f in bench.event(event.id).figures if f.category.value == "killed"]


def figures(row: CategoryFigures) -> tuple[object, ...]:
    return (row.side, row.conservative, row.low, row.best, row.high, row.contested)


def test_two_armies_soldiers_on_the_line_of_control_add_up(tmp_path):
    """India's four soldiers ("of its soldiers") and three Pakistani soldiers: both
    security forces, so victim families alone made them rival counts (3 against 4)."""
    whole, india, pakistan = killed_rows(tmp_path, LINE_OF_CONTROL)
    assert figures(whole) == (None, 7, 7, 7, 7, False)
    assert figures(india) == ("country:India", 4, 4, 4, 4, False)
    assert figures(pakistan) == ("country:Pakistan", 3, 3, 3, 3, False)
    assert (whole.minimum, whole.maximum, whole.by_side) == (None, None, True)


def test_each_side_counted_by_its_own_government_adds_up(tmp_path):
    whole, armenia, azerbaijan = killed_rows(tmp_path, JERMUK)
    assert figures(whole) == (None, 65, 65, 65, 65, False)
    assert [armenia.side, azerbaijan.side] == ["country:Armenia", "country:Azerbaijan"]


def test_another_report_of_one_side_corroborates_that_side(tmp_path):
    """A second report of Armenia's 15 joins Armenia's row, two voices agreeing; the
    whole stays 15 + 50, uncontested."""
    whole, armenia, azerbaijan = killed_rows(tmp_path, JERMUK, YEREVAN_AGREES)
    assert figures(whole) == (None, 65, 65, 65, 65, False)
    assert (armenia.claims, armenia.voices, armenia.majority, armenia.contested) == (
        2,
        2,
        15,
        False,
    )
    assert azerbaijan.best == 50


def test_french_sides_by_side_words_and_by_nationality(tmp_path):
    """ "côté éthiopien" and "soldats érythréens", each side's government speaking."""
    whole, ethiopia, eritrea = killed_rows(tmp_path, BADME)
    assert figures(whole) == (None, 21, 21, 21, 21, False)
    assert figures(ethiopia)[:2] == ("country:Ethiopia", 12)
    assert figures(eritrea)[:2] == ("country:Eritrea", 9)


def test_a_country_counting_its_own_dead_after_the_other_side_s(tmp_path):
    """Lebanon's ministry counts "six people" (its own, by its voice; Israeli shelling
    killed them), beside Israel's two soldiers: 8, not 2 against 6."""
    whole, israel, lebanon = killed_rows(tmp_path, METULA)
    assert figures(whole) == (None, 8, 8, 8, 8, False)
    assert (israel.side, israel.best, lebanon.side, lebanon.best) == (
        "country:Israel",
        2,
        "country:Lebanon",
        6,
    )


def test_side_rows_read_in_the_analyst_s_words(tmp_path):
    whole, *sides = killed_rows(tmp_path, LINE_OF_CONTROL)
    assert [figure_row(f)[0] for f in [whole, *sides]] == [
        "killed",
        "killed · India's side",
        "killed · Pakistan's side",
    ]
    assert figure_row(whole)[7:9] == ["by side", "by side"]


# negatives: one side's tolls stay one toll, agreeing or in dispute


def test_one_side_told_by_two_sources_alike_stays_one_row(tmp_path):
    [whole] = killed_rows(tmp_path, ARMENIA_FOUR, ARMENIA_FOUR_AGAIN)
    assert figures(whole) == (None, 4, 4, 4, 4, False)
    assert (whole.majority, whole.majority_voices) == (4, 2)


def test_one_side_told_by_two_sources_apart_stays_contested(tmp_path):
    [whole] = killed_rows(tmp_path, ARMENIA_FOUR, ARMENIA_SEVEN)
    assert figures(whole) == (None, 4, 4, 4, 7, True)


def test_another_country_s_nationals_among_the_dead_are_a_part_not_a_side(tmp_path):
    """Kenya's police count the passengers; Uganda's ministry says two Ugandans were
    among them: a part of the 19, no side of 2 to add (the seeds' In Amenas report,
    "two of its employees were among the victims", made 39 of 37 so)."""
    garissa = (
        "Garissa bus attack\n\nAt least 19 passengers were killed when gunmen attacked a"
        " bus near Garissa on Sunday, Kenyan police said. Uganda's foreign ministry said"
        " two Ugandans were among the dead.\n"
    )
    [whole] = killed_rows(tmp_path, garissa)
    assert figures(whole) == (None, 19, 19, 19, 19, False)
