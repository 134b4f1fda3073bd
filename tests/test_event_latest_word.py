"""A voice that revises its toll counts with its latest word in an event's figures
(UCDP's low/best/high, ACLED's conservative figure, the majority), while the range
of what reports stated (Airwars' minimum and maximum) keeps its earlier figures.
Claims written for the tests, with their negatives."""

from __future__ import annotations

from dataclasses import replace

from workbench.events import category_figures
from workbench.events.figures import latest_word, published_day
from workbench.match import MatchInput


def told(claim_id: int, voice: int, value: int, published: str | None) -> MatchInput:
    """A killed claim of `voice` in a document of its own, reported on `published`."""
    return MatchInput(
        id=claim_id,
        document_id=claim_id,
        voice_id=voice,
        voice=f"voice {voice}",
        category="killed",
        low=value,
        high=value,
        value=value,
        qualifier="exact",
        subject="villagers",
        unit=None,
        location="Tarmuwa",
        country="Nigeria",
        date="2026-11-20",
        published=published,
        sentence=chr(ord("a") + claim_id) * 30,  # no reprint of another's
        text=f"text {claim_id}",
        denies=False,
        section="body",
    )


def test_a_voice_that_raises_its_toll_counts_with_the_raised_toll() -> None:
    # the police said 5 on the day, 19 two days later; residents said 19
    claims = [
        told(1, 1, 5, "2026-11-20"),
        told(2, 1, 19, "2026-11-22"),
        told(3, 2, 19, "2026-11-21"),
    ]
    figures = category_figures(claims, {})
    assert (figures.low, figures.best, figures.high) == (19, 19, 19)
    assert figures.conservative == 19
    assert (figures.majority, figures.majority_voices) == (19, 2)
    # what the reports stated, the first toll among them
    assert (figures.minimum, figures.maximum) == (5, 19)


def test_a_voice_that_lowers_its_toll_counts_with_the_lowered_toll() -> None:
    claims = [told(1, 1, 40, "2026-11-20"), told(2, 1, 24, "2026-11-23")]
    assert category_figures(claims, {}).best == 24


def test_figures_of_one_report_day_are_not_put_in_order() -> None:
    # two figures the same day (a toll and a breakdown, or two tellings): as before,
    # the lower middle of them
    claims = [told(1, 1, 7, "2026-11-20"), told(2, 1, 12, "2026-11-20")]
    assert category_figures(claims, {}).best == 7
    assert latest_word(claims, published_day) == claims


def test_undated_reports_are_kept_beside_the_latest() -> None:
    claims = [
        told(1, 1, 5, "2026-11-20"),
        told(2, 1, 9, "2026-11-22"),
        told(3, 1, 8, None),
    ]
    assert [c.id for c in latest_word(claims, published_day)] == [2, 3]


def test_other_voices_keep_their_own_words() -> None:
    # voice 2's earlier figure is not dropped for voice 1's later report
    claims = [told(1, 1, 30, "2026-11-25"), told(2, 2, 12, "2026-11-20")]
    figures = category_figures(claims, {})
    assert (figures.low, figures.high) == (12, 30)
    # and voice 2's own later word replaces its earlier
    assert category_figures([*claims, told(3, 2, 14, "2026-11-26")], {}).low == 14


def test_a_breakdown_of_the_toll_is_no_toll_of_its_own() -> None:
    # "The death toll reached 52, including 7 women": the 7 are among the 52
    toll = told(1, 1, 52, "2026-11-20")
    part = replace(toll, id=2, value=7, low=7, high=7, text="including 7 women")
    part = replace(part, sentence=toll.sentence)
    figures = category_figures([toll, part], {})
    assert (figures.conservative, figures.low, figures.best) == (52, 52, 52)
    # a part alone is all there is to count
    assert category_figures([part], {}).best == 7
