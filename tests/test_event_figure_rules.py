"""An event's figures state only what some source stated: the conservative figure and
the minimum and maximum are numbers a report gives (a vague word as ACLED codes it),
never the spread an "about" allows; the majority is a figure the voices give, not one
an open bound leaves room for, nor one a claim the analyst marked disputed gives.
Claims written for the tests, with their negatives."""

from __future__ import annotations

from dataclasses import replace

from workbench.events import category_figures
from workbench.events.statements import vague_figure
from workbench.extract.french.numbers import find_quantities as french_quantities
from workbench.extract.numbers import find_quantities
from workbench.match import MatchInput
from workbench.models import Number


def said(
    claim_id: int,
    value: Number | None,
    low: Number | None,
    high: Number | None,
    qualifier: str = "exact",
    category: str = "displaced",
) -> MatchInput:
    """A claim of a voice and document of its own, with the figure as stored."""
    return MatchInput(
        id=claim_id,
        document_id=claim_id,
        voice_id=claim_id,
        voice=f"voice {claim_id}",
        category=category,
        low=low,
        high=high,
        value=value,
        qualifier=qualifier,
        subject="people",
        unit=None,
        location="Bosso",
        country="Niger",
        date="2026-11-28",
        published="2026-11-29",
        sentence=chr(ord("a") + claim_id) * 30,  # no reprint of another's
        text=f"text {claim_id}",
        denies=False,
        section="body",
    )


def test_an_about_figure_is_the_number_stated_not_its_spread() -> None:
    # "some 3,500 people fled" and "about 40 families": the extractor stores a spread
    some = said(1, 3500, 3150, 3850, "about")
    figures = category_figures([some, said(2, 4000, 4000, 4000)], {})
    assert figures.conservative == 3500
    assert (figures.minimum, figures.maximum) == (3500, 4000)
    assert figures.low == 3500


def test_a_vague_word_counts_as_acled_codes_it_where_no_number_is_stated() -> None:
    hundreds = said(1, None, 200, 999, "vague:hundreds")
    dozens = said(2, None, 24, 99, "vague:dozens")
    figures = category_figures([hundreds, dozens], {})
    assert figures.conservative == 12  # ACLED: "dozens" is 12, "hundreds" 100
    assert (figures.minimum, figures.maximum) == (12, 100)
    assert (figures.low, figures.high) == (12, 100)


def test_a_vague_word_sets_no_figure_beside_a_stated_number() -> None:
    """ "Several bodies remained in the bush" beside tolls of 34 and 127: ACLED codes
    a vague word only when no other information is available."""
    several = said(1, None, 3, None, "vague:several")
    figures = category_figures([several, said(2, 34, 34, 34), said(3, 127, 127, 127)], {})
    assert (figures.conservative, figures.low, figures.high) == (34, 34, 127)
    assert (figures.minimum, figures.maximum) == (34, 127)
    assert (figures.claims, figures.voices) == (3, 3)  # still counted, as a voice too
    # a range's ends are stated, both of them
    ranged = said(3, None, 20, 50, "range")
    figures = category_figures([ranged, said(4, 60, 60, 60)], {})
    assert (figures.conservative, figures.minimum, figures.maximum) == (20, 20, 60)


def test_vague_figures_follow_the_scale_the_words_name() -> None:
    english = {
        "dozens of": 12,
        "tens of": 10,
        "scores of": 20,
        "hundreds of": 100,
        "several hundred": 100,
        "a few dozen": 12,
        "thousands of": 1_000,
        "tens of thousands of": 10_000,
        "a few": 2,
        "several": 3,
    }
    for words, expected in english.items():
        text = f"{words} people fled"
        [found] = find_quantities(text, 0, len(text), [])
        assert vague_figure(found.qualifier, found.low) == expected, words
    french = {
        "des centaines de": 100,
        "plusieurs centaines de": 100,
        "des dizaines de": 10,
        "des milliers de": 1_000,
        "quelques": 2,
        "plusieurs": 3,
    }
    for words, expected in french.items():
        text = f"{words} familles ont fui"
        [found] = french_quantities(text, 0, len(text))
        assert vague_figure(found.qualifier, found.low) == expected, words


def test_an_open_bound_backs_only_the_figure_it_states() -> None:
    # four voices say "at least" a smaller toll; one says 30: 30 is no majority
    bounds = [said(i, n, n, None, "at_least", "killed") for i, n in enumerate((5, 12, 20, 20), 1)]
    thirty = said(9, 30, 30, 30, category="killed")
    figures = category_figures([*bounds, thirty], {})
    assert figures.majority is None
    assert figures.majority_voices == 2  # the two "at least 20"
    # where most voices state one figure, bounds or not, it is the majority
    twenty = said(10, 20, 20, 20, category="killed")
    figures = category_figures([*bounds, thirty, twenty], {})
    assert (figures.majority, figures.majority_voices) == (None, 3)
    figures = category_figures([*bounds[2:], twenty], {})
    assert (figures.majority, figures.majority_voices) == (20, 3)


def test_an_about_figure_backs_what_its_spread_holds() -> None:
    figures = category_figures([said(1, 50, 45, 55, "about"), said(2, 48, 48, 48)], {})
    assert (figures.majority, figures.majority_voices) == (48, 2)


def test_a_disputed_claim_backs_no_majority_but_its_voice_counts() -> None:
    claimed = said(1, 30, 30, 30, category="killed")  # an armed group's claim
    backers = [said(i, 30, 30, 30, category="killed") for i in (2, 3)]
    others = [said(i, 12, 12, 12, category="killed") for i in (4,)]
    everyone = [claimed, *backers, *others]
    assert category_figures(everyone, {}).majority == 30  # 3 of 4
    figures = category_figures(everyone, {}, disputed={claimed.id})
    assert (figures.majority, figures.majority_voices) == (None, 2)  # 2 of 4 is no majority
    assert figures.voices == 4 and figures.high == 30  # still counted in the figures
    # a disputed claim's figure is no majority even where it alone is backed by all
    alone = category_figures([claimed], {}, disputed={claimed.id})
    assert alone.majority is None and alone.conservative == 30


def _told_in(sentence: str, *parts: tuple[int, str], voice: int = 1) -> list[MatchInput]:
    """Claims of one voice's one sentence, each `(figure, its words in the sentence)`."""
    return [
        replace(
            said(voice * 10 + n, value, value, value, category="killed"),
            voice_id=voice,
            document_id=voice,
            voice=f"voice {voice}",
            sentence=sentence,
            text=words,
        )
        for n, (value, words) in enumerate(parts)
    ]


def test_a_list_told_in_one_sentence_is_one_figure_its_sum() -> None:
    """ "109 men, 24 women and 38 children were killed" is a toll of 171: a trial's
    event showed a conservative figure of 24, the women alone."""
    sentence = "A rescue worker said 109 men, 24 women and 38 children were killed."
    listed = _told_in(
        sentence,
        (109, "109 men, 24 women and 38 children were killed"),
        (24, "24 women and 38 children were killed"),
        (38, "38 children were killed"),
    )
    other = _told_in(
        "The government said 168 people were killed.", (168, "168 people were killed"), voice=2
    )
    figures = category_figures([*listed, *other], {})
    assert (figures.conservative, figures.low, figures.high) == (168, 168, 171)
    assert (figures.minimum, figures.maximum) == (168, 171)
    assert figures.claims == 4 and figures.voices == 2


def test_a_breakdown_is_no_list_and_two_sentences_are_two_statements() -> None:
    including = _told_in(
        "Eleven people, including six attackers, were killed.",
        (11, "Eleven people, including six attackers, were killed"),
        (6, "six attackers, were killed"),
    )
    figures = category_figures(including, {})
    # no sum of 17; and the six, a part whose words start at its figure, no toll
    assert figures.maximum == 11 and figures.minimum == 11
    apart = [
        *_told_in("Gunmen killed 12 people in Kaya.", (12, "killed 12 people")),
        *_told_in("Later, 15 were said to have died.", (15, "15 were said to have died")),
    ]
    assert category_figures(apart, {}).low == 12  # one voice, two tolls: its lower median


def test_a_list_and_another_voices_total_agree_as_its_sum() -> None:
    """ "Nineteen men, five women and a child" against another voice's 25: no dispute,
    and 25 the figure both voices back (a trial's event was marked contested, with no
    majority, each part read as a toll the other voice's 25 disputed)."""
    sentence = "Residents said gunmen killed nineteen men, five women and a child in Ewo."
    listed = _told_in(
        sentence,
        (19, "killed nineteen men"),
        (5, "five women"),
        (1, "a child"),
    )
    total = _told_in("The governor said 25 civilians were killed.", (25, "25 civilians"), voice=2)
    figures = category_figures([*listed, *total], {})
    assert not figures.contested
    assert (figures.majority, figures.majority_voices) == (25, 2)
    assert figures.conservative == 25
    # a total the list does not reach is still a dispute, and no figure has a majority
    more = _told_in("The governor said 40 civilians were killed.", (40, "40 civilians"), voice=2)
    figures = category_figures([*listed, *more], {})
    assert figures.contested and figures.majority is None
    # a disputed part leaves its list backing nothing
    figures = category_figures([*listed, *total], {}, disputed={listed[1].id})
    assert (figures.majority, figures.majority_voices) == (None, 1)


def test_a_side_whose_every_claim_is_left_out_has_no_row() -> None:
    # the army's 17 militants arrested; a denial of 12 people arrested (no side): the
    # category's row tells the denied one as left out, and no row of "?" stands for it
    from workbench.events.summary import figures_by_category

    militants = replace(said(1, 17, 17, 17, category="arrested"), subject="militants")
    soldiers = replace(said(3, 2, 2, 2, category="arrested"), subject="soldiers")
    denied = replace(said(2, 12, 12, 12, category="arrested"), figure_denied=True)
    rows = figures_by_category([militants, soldiers, denied], {}, {1: 1, 2: 2, 3: 3})
    assert [row.side for row in rows] == [None, "military", "armed_group"]
    assert rows[0].denied == 1
