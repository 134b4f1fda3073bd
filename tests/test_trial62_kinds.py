"""Kinds of misreading the analyst trial of session 62 met (two Haitian incidents a
few days apart with one figure in common): sentences written for these tests, with
their negatives."""

from __future__ import annotations

from tests.conftest import claims_in
from tests.french_helpers import french_claims


def _voice(text: str) -> str | None:
    (claim,) = claims_in(text)
    return claim.attribution


def test_where_opens_a_clause_with_a_speaker_of_its_own() -> None:
    """ "in Cité Soleil, where the UN says 38 were killed" is the UN's, not the place's."""
    said = "Gunmen raided the market in Gao, where the United Nations says 21 people died."
    assert _voice(said) == "United Nations"
    assert _voice("They fled to Gao, where officials say 21 people died.") == "officials"
    assert _voice("Fighting broke out in May, when the army said 21 soldiers died.") == "army"


def test_who_still_makes_its_antecedent_the_speaker() -> None:
    assert _voice("The army, which said 21 soldiers died, denied it.") == "army"


def test_the_speaker_whose_verb_leads_into_the_figure_is_its_voice() -> None:
    """A figure the UN gives, that the police pass on: the UN's."""
    assert _voice("The UN says at least 21 people were killed, police said.") == "UN"
    assert _voice("At least 21 people were killed, police said.") == "police"
    assert _voice("Police said at least 21 people were killed, a report said.") == "Police"


def test_a_headline_takes_the_voice_of_its_stories_first_telling() -> None:
    """The headline's 21 is the lead's (the mayor's), not a closing paragraph's other
    incident's same 21 (the UN's)."""
    text = (
        "Attack near Gonaïves leaves at least 21 dead\n\n"
        "At least 21 people were killed in an attack on Bassin village, the mayor said.\n\n"
        "In the capital, at least 21 people were killed in a massacre last week, according"
        " to the United Nations.\n"
    )
    voices = [c.attribution for c in claims_in(text, fmt="md")]
    assert voices[0] == "mayor"
    assert voices[-1] == "United Nations"


def test_a_french_rejection_with_its_day_between_denies_the_figure() -> None:
    (claim,) = french_claims(
        "Le porte-parole du gouvernement a rejeté samedi le bilan de 57 morts avancé par"
        " une organisation."
    )
    assert claim.denies and claim.figure_denied
    (own,) = french_claims("Le porte-parole a annoncé samedi un bilan de 57 morts.")
    assert not own.denies


def _figures(text: str) -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in claims_in(text)]


def test_a_toll_put_at_its_figure_after_where_it_happened() -> None:
    """ "puts the number of people killed in the X massacre at 62": 62 dead, and the
    group that puts it is no victim."""
    assert _figures(
        "The Nigerian Red Cross now puts the number of people killed in the Kawo massacre at 62."
    ) == [("killed", 62)]
    assert _figures(
        "Officials put the number of people killed in the raid at the market at 12."
    ) == [("killed", 12)]
    assert ("killed", 4000) not in _figures(
        "Officials put the number of people in the camp at 4,000."
    )


def test_people_who_left_their_neighbourhood_are_displaced_but_gunmen_are_not() -> None:
    assert _figures("About 2,300 people have left the neighbourhood since Monday.") == [
        ("displaced", 2300)
    ]
    assert ("displaced", 20) not in _figures("Twenty gunmen fled the village at dawn.")
    assert ("displaced", 20) not in _figures("Twenty gunmen left the village at dawn.")


def test_where_people_were_taken_is_not_the_next_paragraphs_place() -> None:
    text = (
        "Gunmen killed 12 people in Kawo on Tuesday, police said.\n\n"
        "Five women were kidnapped and taken towards the Rigasa area.\n\n"
        "About 300 families have left the neighbourhood.\n"
    )
    displaced = [c for c in claims_in(text) if c.category.value == "displaced"]
    assert displaced and all(c.location != "Rigasa area" for c in displaced)


def test_a_french_rejection_with_when_and_where_between_denies_the_figure() -> None:
    (claim,) = french_claims(
        "Le ministre de la Communication a démenti jeudi à Douala le bilan de 31 morts qui"
        " circule sur les réseaux sociaux."
    )
    assert claim.figure_denied
    (own,) = french_claims("Le maire a rejeté la demande et le bilan de 31 morts a été confirmé.")
    assert not own.figure_denied


def test_a_voices_revision_told_after_its_first_count_in_an_aside() -> None:
    """ "The army, which had given a toll of nine dead, raised its toll to 14": the 9 is
    the army's earlier count, the 14 its standing one, and neither is a share of the
    rights network's 23 told before, nor does the army's revision replace that 23."""
    text = (
        "A rights network said on Wednesday that 23 people were killed in the attack on the"
        " market of Kerawa. The army, which had given a toll of nine dead on Monday, on"
        " Wednesday raised its toll to 14 dead, a military source said.\n"
    )
    found = [(c.value, bool(c.earlier_figure), bool(c.part)) for c in claims_in(text)]
    assert found == [(23, False, False), (9, True, False), (14, False, False)]


def test_a_revision_in_the_reports_own_voice_still_replaces_its_first_count() -> None:
    text = "Gunmen killed 47 villagers in Kerawa. The figure was later raised to 58.\n"
    assert [(c.value, bool(c.earlier_figure)) for c in claims_in(text)] == [(47, True), (58, False)]
