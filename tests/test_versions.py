"""Two versions of a source compared (ingest/versions.py): which claims say the same
thing with another figure, and which are no such pair."""

from workbench.ingest.versions import DIFF_LINES, Figure, changed_figures, text_diff


def figure(claim_id, sentence, value, category="killed", text=None, low=None, high=None):
    return Figure(claim_id, category, sentence, text or sentence, value, low, high)


def test_a_revised_toll_is_paired_with_the_one_it_replaced():
    old = [figure(1, "At least 14 civilians were killed in Gao.", 14)]
    new = [figure(7, "At least 23 civilians were killed in Gao.", 23)]
    assert changed_figures(old, new) == [(7, 1)]


def test_figures_in_words_are_set_aside_too():
    old = [figure(1, "Twelve soldiers were killed near Kidal.", 12)]
    new = [figure(5, "Fifteen soldiers were killed near Kidal.", 15)]
    assert changed_figures(old, new) == [(5, 1)]


def test_a_figure_of_one_word_revised_to_several_is_paired():
    """ "Trente" revised to "Soixante-dix" (a trial), "nine" to "twenty-one"."""
    old = [figure(1, "Trente morts dans une attaque contre un hôpital de Koura.", 30)]
    new = [figure(6, "Soixante-dix morts dans une attaque contre un hôpital de Koura.", 70)]
    assert changed_figures(old, new) == [(6, 1)]
    old = [figure(2, "Nine people were killed in Obiri.", 9)]
    new = [figure(3, "One hundred and twenty-one people were killed in Obiri.", 121)]
    assert changed_figures(old, new) == [(3, 2)]


def test_an_unchanged_claim_a_new_one_and_a_dropped_one_are_no_pairs():
    old = [
        figure(1, "At least 14 civilians were killed in Gao.", 14),
        figure(2, "Three soldiers were wounded.", 3, category="injured"),
    ]
    new = [
        figure(8, "At least 14 civilians were killed in Gao.", 14),
        figure(9, "Rebels took 40 hostages in Mopti.", 40, category="detained"),
    ]
    assert changed_figures(old, new) == []


def test_the_same_sentence_in_another_category_is_no_pair():
    old = [figure(1, "Five were killed and 9 wounded.", 5)]
    new = [figure(4, "Five were killed and 12 wounded.", 12, category="injured")]
    assert changed_figures(old, new) == []


def test_a_reworded_sentence_is_paired_by_the_claims_own_words():
    old = [figure(1, "Officials said 14 people were killed.", 14, text="14 people were killed")]
    new = [
        figure(
            3, "The toll rose on Friday: 23 people were killed.", 23, text="23 people were killed"
        )
    ]
    assert changed_figures(old, new) == [(3, 1)]


def test_a_range_that_changed_is_a_change():
    old = [figure(1, "Between 10 and 20 were killed.", None, low=10, high=20)]
    new = [figure(2, "Between 10 and 30 were killed.", None, low=10, high=30)]
    assert changed_figures(old, new) == [(2, 1)]


def test_the_diff_is_unified_and_cut_when_long():
    diff = text_diff("a\nb\n", "a\nc\n", "old", "new")
    assert diff.splitlines()[:2] == ["--- old", "+++ new"] and "-b" in diff and "+c" in diff
    assert text_diff("same\n", "same\n", "old", "new") == ""
    old = "\n".join(str(i) for i in range(3 * DIFF_LINES))
    long = text_diff(old, old.replace("1", "x"), "old", "new").splitlines()
    assert len(long) == DIFF_LINES + 1 and long[-1].startswith("... (diff cut")


def test_a_figure_revised_with_its_bound_is_paired():
    """ "More than 30" revised to "At least 34" (a trial), "au moins 12" to "près de 20"."""
    old = [figure(1, "More than 30 civilians were killed in Kaboro on Monday.", 31)]
    new = [figure(2, "At least 34 civilians were killed in Kaboro on Monday.", 34)]
    assert changed_figures(old, new) == [(2, 1)]
    old = [figure(3, "Au moins 12 morts à Koura.", 12)]
    new = [figure(4, "Près de 20 morts à Koura.", 20)]
    assert changed_figures(old, new) == [(4, 3)]
