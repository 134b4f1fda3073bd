"""An event's deaths by side (UCDP's codebook splits them: deaths_a, deaths_b,
deaths_civilians, deaths_unknown): a trial's event pooled 21 soldiers and the 48
militants the army said it killed in one "killed" figure, whose high became 48.
The category's own row is the sum of its side rows (`events.sides.over_sides`): an
analyst's trial saw an overall high of 21 above a side row of 48. Reports written
for the tests, ingested into a real database, and side rows made by hand."""

from __future__ import annotations

from pathlib import Path

from workbench.display import figure_row
from workbench.events.sides import over_sides
from workbench.ingest.files import Metadata
from workbench.models import Category, CategoryFigures
from workbench.service import Workbench

ARMY = (
    "Borno ambush\n\nInsurgents killed 21 soldiers near Damboa on Tuesday, the army said,"
    " adding that troops killed 48 militants near Damboa on Tuesday.\n"
)
WIRE = (
    "Damboa attack\n\nA military source told AFP that 17 soldiers were killed near Damboa"
    " on Tuesday.\n"
)
PEOPLE = "Damboa toll\n\nAt least 30 people were killed near Damboa on Tuesday, residents said.\n"


def event_rows(tmp_path: Path, *texts: str) -> list[CategoryFigures]:
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"r{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    bench = Workbench(str(tmp_path / "claims.db"))
    bench.ingest(paths, Metadata(published="2026-11-25"), jobs=1)
    [event] = bench.events()
    return bench.event(event.id).figures


def event_figures(tmp_path: Path, *texts: str) -> list[tuple[str, str | None, float | None]]:
    return [(f.category.value, f.side, f.high) for f in event_rows(tmp_path, *texts)]


def test_two_sides_killed_are_figured_apart_after_the_whole(tmp_path):
    figures = event_figures(tmp_path, ARMY, WIRE)
    assert figures == [
        ("killed", None, 69),  # 21 soldiers at most and 48 militants: not 21
        ("killed", "military", 21),
        ("killed", "armed_group", 48),
    ]


def test_the_whole_row_is_the_sum_of_its_sides_and_counts_no_one_twice(tmp_path):
    """Soldiers 17 (AFP) or 21 (the army), 48 militants, and 'at least 30 people' of
    no side named: the whole is at least 17 + 48 (the people may be the same dead),
    at most the 48 militants and the 30 people (the toll of those attacked, larger
    than the soldiers' 21; the attackers' dead are counted apart)."""
    whole, *sides = event_rows(tmp_path, ARMY, WIRE, PEOPLE)
    by_side = {f.side: f for f in sides}
    assert list(by_side) == ["military", "armed_group", "unstated"]
    assert (whole.side, whole.low, whole.high) == (None, 17 + 48, 48 + 30)
    assert whole.conservative == 17 + 48
    # Airwars' range is each side's: a sum is stated by none, and the smallest and
    # largest numbers over the sides (17, 48) are no range of the whole
    assert (whole.minimum, whole.maximum, whole.by_side) == (None, None, True)
    assert whole.claims == sum(f.claims for f in sides)
    consistent(whole, sides)


def test_two_voices_of_different_sides_do_not_contest_the_whole():
    """The army's 48 militants and a wire's 17 soldiers cannot both be the toll of one
    group, but they are not one group: pooled, they made the whole 'contested'."""
    soldiers = row("military", 17, voices=1, majority=17)
    militants = row("armed_group", 48, voices=1, majority=48)
    pooled = row(None, 17, high=48, voices=2, contested=True)
    whole = over_sides(pooled, [soldiers, militants], linked=False)
    assert not whole.contested
    assert (whole.low, whole.best, whole.high) == (65, 65, 65)
    # each voice backs one part: the sum is no figure more than half the voices back
    assert (whole.majority, whole.majority_voices) == (None, 1)
    assert over_sides(pooled, [soldiers, militants], linked=True).contested
    disputed = over_sides(
        pooled, [soldiers.model_copy(update={"contested": True}), militants], False
    )
    assert disputed.contested


def test_a_toll_of_no_side_larger_than_the_sides_is_the_whole_toll():
    soldiers = row("military", 5, majority=5)
    militants = row("armed_group", 10, majority=10)
    people = row("unstated", 40, majority=40, majority_voices=3)
    whole = over_sides(row(None, 5, high=40), [soldiers, militants, people], linked=False)
    assert (whole.conservative, whole.low) == (40, 40)
    # the likeliest toll: the 40 attacked (more than the 5 soldiers) and 10 attackers
    assert (whole.best, whole.high) == (50, 50)
    assert (whole.minimum, whole.maximum) == (None, None)  # each side row has its own
    assert (whole.majority, whole.majority_voices) == (40, 3)
    consistent(whole, [soldiers, militants, people])


def test_a_side_with_no_majority_leaves_the_whole_without_one():
    soldiers = row("military", 17, high=21, voices=2, majority=None, majority_voices=1)
    militants = row("armed_group", 48, majority=48)
    whole = over_sides(row(None, 17, high=48), [soldiers, militants], linked=False)
    assert whole.majority is None and whole.majority_voices == 1
    assert (whole.low, whole.high) == (65, 69)


def test_a_side_judged_false_adds_nothing():
    soldiers = row("military", 17, majority=17)
    false = CategoryFigures(**{**FIGURES, "side": "armed_group", "claims": 0, "left_out": 1})
    whole = over_sides(row(None, 17, left_out=1), [soldiers, false], linked=False)
    assert (whole.low, whole.high, whole.majority, whole.left_out) == (17, 17, 17, 1)


FIGURES = dict(
    category=Category.KILLED,
    claims=0,
    voices=0,
    contested=False,
    conservative=None,
    low=None,
    best=None,
    high=None,
    minimum=None,
    maximum=None,
    majority=None,
    majority_voices=0,
)


def row(
    side: str | None,
    low: float,
    high: float | None = None,
    voices: int = 1,
    majority: float | None = None,
    majority_voices: int = 1,
    contested: bool = False,
    left_out: int = 0,
) -> CategoryFigures:
    """A side row (or a pooled one, `side` None) whose figures run from `low` to `high`."""
    top = low if high is None else high
    return CategoryFigures(
        **{
            **FIGURES,
            "side": side,
            "claims": voices,
            "voices": voices,
            "contested": contested,
            "conservative": low,
            "low": low,
            "best": low,
            "high": top,
            "minimum": low,
            "maximum": top,
            "majority": majority,
            "majority_voices": majority_voices,
            "left_out": left_out,
        }
    )


def consistent(whole: CategoryFigures, sides: list[CategoryFigures]) -> None:
    """What an analyst reads off the rows: the whole at least each side, its high at
    least the named sides' sum, its figures in order, and no minimum or maximum of its
    own (each side row gives Airwars' range: a range over sides no report stated)."""
    for rule in ("conservative", "low", "best", "high"):
        assert all(getattr(whole, rule) >= getattr(s, rule) for s in sides), rule
    assert whole.high >= sum(s.high for s in sides if s.side != "unstated")
    assert whole.low <= whole.best <= whole.high
    assert (whole.minimum, whole.maximum, whole.by_side) == (None, None, True)
    assert all(not s.by_side and s.maximum is not None for s in sides)


def test_one_side_and_people_of_no_side_keep_one_figure(tmp_path):
    figures = event_figures(tmp_path, WIRE, PEOPLE)
    assert [(category, side) for category, side, _ in figures] == [("killed", None)]


def test_people_of_no_side_are_the_victims_not_the_attackers():
    """A trial's village: 2 soldiers, 12 insurgents the army said it killed, 4 to 11
    civilians and "11 people" of no side (the same villagers): the most the reports
    allow is 12 + 11, not every row added up (36)."""
    soldiers = row("military", 2, majority=2)
    insurgents = row("armed_group", 12, majority=12)
    civilians = row("civilian", 4, high=11)
    people = row("unstated", 2, high=11)
    sides = [soldiers, insurgents, civilians, people]
    whole = over_sides(row(None, 2, high=12), sides, linked=False)
    assert (whole.low, whole.high) == (2 + 12 + 4, 12 + 11 + 2)
    consistent(whole, sides)


def test_a_sum_over_sides_is_a_majority_only_where_most_voices_back_it():
    """A trial's "17 (1 of 6)": 6 gang members one voice gave and 11 civilians two of
    three gave made a majority of 17 that one voice of six backed."""
    gang = row("armed_group", 6, majority=6)
    civilians = row("civilian", 11, voices=3, majority=11, majority_voices=2)
    pooled = row(None, 6, high=11, voices=6)
    assert over_sides(pooled, [gang, civilians], linked=False).majority is None
    one_voice = [row("military", 4, majority=4), row("armed_group", 9, majority=9)]
    assert over_sides(row(None, 4, high=9), one_voice, linked=False).majority == 13


def test_reports_show_the_whole_rows_range_by_side():
    """A report's row over sides reads "by side" where Airwars' range would be, not a
    '?' an analyst takes for a figure the reports lack."""
    soldiers = row("military", 10, high=21, majority=10)
    militants = row("armed_group", 64, majority=64)
    whole = over_sides(row(None, 10, high=64), [soldiers, militants], linked=False)
    cells = figure_row(whole)
    assert cells[3:9] == ["74", "74", "74", "85", "by side", "by side"]
    assert figure_row(soldiers)[7:9] == ["10", "21"]
