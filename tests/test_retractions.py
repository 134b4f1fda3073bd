"""A correction notice's retracted figure is no claim (the trial: it stayed live beside
the corrected one), on sentences written for the tests; the corrected figure, a
revision and an earlier attack stay claims."""

from __future__ import annotations

from tests.conftest import claims_in
from workbench.models import Category


def killed(text: str) -> list[float | None]:
    return [c.value for c in claims_in(text) if c.category is Category.KILLED]


def test_the_figure_an_earlier_version_gave_is_taken_back() -> None:
    notice = (
        "Gunmen killed 13 people in Gao on Monday, officials said.\n\n"
        "Correction: An earlier version of this article said 30 people were killed."
    )
    assert killed(notice) == [13]
    told = "A previous version of this story incorrectly reported that 40 soldiers died; 14 died."
    assert killed(told) == [14]
    assert killed("The toll was misreported as 25 dead; 12 people died in Gao.") == [12]
    assert killed("This report wrongly stated that 9 were killed, but 19 people died.") == [19]


def test_a_revision_or_an_earlier_attack_is_no_correction() -> None:
    # a voice that revised its own count, and another attack, still state figures
    assert killed("The army, which earlier said 30 were killed, now says 13 died.") == [30, 13]
    assert killed("An earlier attack on the town killed 30 people in May.") == [30]
    assert killed("An earlier version of the law was passed; 8 people were killed.") == [8]


def test_the_figure_a_revision_replaces_is_no_new_claim() -> None:
    # the trial: "revising its earlier toll of 12" made the army say 12 again that day
    revised = "The army said 40 soldiers were killed, revising its earlier toll of 12."
    assert killed(revised) == [40]
    assert killed("The army said 40 soldiers died, up from an initial count of 20.") == [40]
    # a figure of its own after "earlier" stays: another toll, not the one replaced
    assert killed("The army said 40 soldiers died and 12 civilians died in an earlier raid.") == [
        40,
        12,
    ]
