"""Kinds of misses read in session 67 (the study halves of unseen-q, and trial 67's
French and English reports of two Sudanese incidents; trial 66's police toll), each
fixed in general: sentences written for these tests, with their negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_trial_kinds43 import claims, only
from workbench.extract.french.title_voices import authored_voice
from workbench.ingest.files import Metadata
from workbench.ingest.furniture import find_blocks
from workbench.match.institutions import institution
from workbench.match.parts import is_part
from workbench.models import BlockKind
from workbench.service import Workbench


def _figures(text: str, language: str | None = None) -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in claims(text, language)]


def _bench(tmp_path: Path, texts: list[str]) -> Workbench:
    bench = Workbench(str(tmp_path / "claims.db"), analyst="ana")
    for n, text in enumerate(texts):
        path = tmp_path / f"{n}.txt"
        path.write_text(text + "\n", encoding="utf-8")
        meta = Metadata(outlet=f"Outlet {n}", published="2026-04-14")
        assert bench.ingest([str(path)], meta, jobs=1).added == 1
    return bench


_POLICE = (
    "Two officers were killed when gunmen stormed Kabrousse on Monday, the national police said."
)
_TOTAL = "At least 15 people were killed when gunmen stormed Kabrousse on Monday, officials said."


def test_a_polices_count_of_its_own_officers_is_a_part_of_the_toll(tmp_path: Path) -> None:
    """Trial 66: the police's own dead were "contradicted" by every total, and made them
    stale; an institution counts its own losses, a part of the toll."""
    bench = _bench(tmp_path, [_POLICE.replace("the national police", "Senegal's police"), _TOTAL])
    links = bench.links()
    assert [link.relation for link in links] == ["related"]
    assert "counts its own people" in links[0].reason
    (event,) = bench.events()  # one incident
    assert len(event.claim_ids) == 2


def test_a_group_counted_by_someone_else_still_disputes_the_toll(tmp_path: Path) -> None:
    """pairs-news-e/-j gold: "six pupils" from a school's director against "10 killed"
    is a dispute; the group is the other report's whole toll in its own words."""
    text = "Six pupils were killed when gunmen stormed Kabrousse on Monday, the headmaster said."
    bench = _bench(tmp_path, [text, _TOTAL])
    assert [link.relation for link in bench.links()] == ["contradicts"]


@pytest.mark.parametrize(
    "voice, found",
    [
        ("la PNH", ("police", "haiti")),
        ("le porte-parole de la PNH", ("police", "haiti")),
        ("IDF Spokesperson Daniel Hagari", ("army", "israel")),
        ("the Haitian National Police", ("police", "haiti")),
        ("PNH officers", None),  # its members, not the institution
        ("SAFE", None),
    ],
)
def test_institutions_known_by_their_initials_or_as_national(
    voice: str, found: tuple[str, str] | None
) -> None:
    assert institution(voice) == found


@pytest.mark.parametrize(
    "text",
    [
        "Some 40,000 civilians from 86 villages along the border have been evacuated.",
        "At least 385,000 civilians across four border districts were being evacuated.",
    ],
)
def test_people_displaced_past_a_count_of_their_places(text: str) -> None:
    """unseen-q study: the places' count took the predicate, the people's read nothing."""
    displaced = [v for c, v in _figures(text) if c == "displaced"]
    assert len(displaced) == 1 and displaced[0] is not None and displaced[0] > 1000


def test_the_places_counted_are_no_people_displaced() -> None:
    assert ("displaced", 86) not in _figures(
        "Some 40,000 civilians from 86 villages have been evacuated."
    )


def test_households_and_people_in_brackets_share_their_flight() -> None:
    """Trial 67: IOM's "3,400 households (about 17,000 people) have fled" read the
    people as `other`."""
    figures = _figures("Some 3,400 households (about 17,000 people) have fled the camp.")
    assert [c for c, _ in figures] == ["displaced", "displaced"]


@pytest.mark.parametrize(
    "lead",
    ["As of Thursday March 2nd", "On Thursday", "By Thursday evening", "On 2 March"],
)
def test_a_time_before_the_speaker_is_not_the_voice(lead: str) -> None:
    """unseen-q study: "As of Thursday March 2nd the town's mayor" was the voice."""
    claim = only(f"{lead} the town's mayor told reporters that 210 people had been killed.")
    assert claim.attribution is not None and claim.attribution.endswith("mayor")
    assert not claim.attribution.lower().startswith(("as", "of", "on", "by"))


def test_a_speaker_whose_name_holds_a_weekday_keeps_it() -> None:
    claim = only("Monday Night Football star Ray Lewis said three people were hurt.")
    assert claim.attribution is not None and "Monday" in claim.attribution


_STATEMENT = (
    "Communiqué de la salle d'intervention d'urgence du camp de Kalma (traduit de l'arabe)\n\n"
    "Le bilan de l'attaque s'alourdit. Le bilan s'élève désormais à 57 morts.\n"
)


def test_a_headings_note_on_its_translation_is_no_voice_its_author_is() -> None:
    """Trial 67: "(traduit de l'arabe)" was the voice of ten claims."""
    claim = only(_STATEMENT, "fr")
    assert claim.attribution == "salle d'intervention d'urgence du camp de Kalma"
    assert claim.location == "Kalma"  # the author's home names where it speaks of


def test_a_headlines_bracketed_voice_still_speaks() -> None:
    text = "Tchad : 20 soldats tués dans une attaque près de Bol (armée)\n\nLe texte suit.\n"
    assert only(text, "fr").attribution == "armée"


def test_the_army_foes_elements_are_an_armed_group() -> None:
    """Trial 67: "tuant 63 éléments de la milice" counted as security forces."""
    claim = only("L'armée a poursuivi les assaillants, tuant 63 éléments de la milice.", "fr")
    assert claim.unit == "armed_group"


def test_elements_of_the_police_stay_security_forces() -> None:
    assert only("Trois éléments de la police ont été tués.", "fr").unit == "military"


def test_a_figure_after_an_inverted_verb_is_what_was_said_not_who() -> None:
    """Trial 67: "qui avait d'abord annoncé 38 morts, avance désormais 57 morts": the
    voice "57 morts", and the 57 missed."""
    found = claims(
        "La salle d'urgence du camp, qui avait d'abord annoncé 38 morts, avance désormais "
        "57 morts.",
        "fr",
    )
    assert [c.value for c in found] == [38, 57]
    assert all(c.attribution != "57 morts" for c in found)


def test_comments_under_a_titled_section_with_dated_authors() -> None:
    """Trial 67: "COMMENTAIRES (3)" and "Abu Moez - 11 mai 2025 à 14h02" were read as
    the post's own words."""
    page = (
        "Titre\n\nLe billet.\n\nCOMMENTAIRES (2)\n\nAbu Moez - 11 mai 2025 à 14h02\n"
        "Le chiffre est faux.\n\nSara - 11 mai 2025 à 15h40\nMy cousin saw it.\n"
    )
    comments = [
        (b.comment, b.commenter, page[b.start : b.end])
        for b in find_blocks(page)
        if b.kind is BlockKind.COMMENT
    ]
    assert comments == [
        ("1", "Abu Moez", "Le chiffre est faux."),
        ("2", "Sara", "My cousin saw it."),
    ]


def test_a_section_with_no_comments_opens_none() -> None:
    page = "Titre\n\nComments (0)\n\nLe billet.\n"
    assert all(b.kind is not BlockKind.COMMENT for b in find_blocks(page))


def test_he_after_a_person_of_a_body_is_that_person() -> None:
    """The all-study check (acled-nigeria-c): "a security source told AFP ... 'the
    outsiders killed three locals,' he said" left "he" the voice of the three."""
    text = (
        "Ten people were killed in clashes at a gold mine, a security source told AFP. "
        '"A fight broke out and the outsiders killed three locals," he said.'
    )
    three = next(c for c in claims(text) if c.value == 3)
    assert three.attribution is not None and "source" in three.attribution


def test_he_after_a_name_is_that_person() -> None:
    assert only("Ali Musa was at the market. He says 40 people were killed.").attribution == (
        "Ali Musa"
    )


def test_the_toll_there_after_another_event_is_background() -> None:
    """Trial 67: "Sudan's army said the toll there was 112" (the other camp's) took the
    Kordofan attack's place and date."""
    text = (
        "At least 27 people were killed on Tuesday when fighters attacked the village of "
        "Um Dreisaya. The attack came three days after an assault on the Kalma camp, which "
        "a local group said killed at least 57 people. The army said the toll there was 112."
    )
    assert [v for c, v in _figures(text) if c == "killed"] == [27]


def test_the_toll_there_of_the_reports_own_attack_stays() -> None:
    text = "Gunmen attacked the village of Kuna on Monday. The toll there was 12, police said."
    assert _figures(text) == [("killed", 12)]


def test_the_dead_told_before_a_toll_of_wounded_make_it_no_part() -> None:
    """Trial 67: "five of its members were among the dead and that about 90 people were
    wounded" marked the 90 wounded a part of a toll."""
    sentence = (
        "The group said five of its members were among the dead and that about 90 people "
        "were wounded."
    )
    assert not is_part("about 90 people were wounded", sentence, "wounded")


def test_the_wounded_told_among_the_wounded_are_a_part() -> None:
    assert is_part("12 children", "Among the wounded were 12 children.", "wounded")


@pytest.mark.parametrize(
    "note, coded",
    [
        ("leaving unspecified number of fatalities [coded as 3].", [3]),
        ("resulting in people killed [unspecified number of fatalities coded as 3].", [3]),
        ("leaving 10 fatalities including women and children.", [10]),
    ],
)
def test_a_coders_figure_in_square_brackets_and_a_toll_before_including(
    note: str, coded: list[int]
) -> None:
    """acled-t study: "[coded as 3]" was read as no toll, and the noun of "10
    fatalities including ..." was refused with its predicate."""
    text = f"On 5 November 2023, warplanes struck a house in Tal el Hawa, {note}"
    assert [v for c, v in _figures(text) if c == "killed"] == coded


def test_claimed_fatalities_coded_as_none_are_no_toll_but_a_notes_zero_is() -> None:
    claimed = (
        "On 9 July 2024, Hamas claimed that soldiers were killed [claimed fatalities coded 0]."
    )
    assert ("killed", 0) not in _figures(claimed)
    own = (
        "On 9 May 2020, a commander was killed by a landmine. Fatalities coded as 0 "
        "(VoJ reported 1)."
    )
    assert ("killed", 0) in _figures(own)


@pytest.mark.parametrize(
    "heading, author",
    [
        (
            "Déclaration du porte-parole du Secrétaire général sur la situation au Tchad",
            "porte-parole du Secrétaire général",
        ),
        ("Communiqué de l'armée suite à l'attaque de Bol", "armée"),
    ],
)
def test_a_statements_author_ends_where_its_subject_begins(heading: str, author: str) -> None:
    assert [s.name for s in authored_voice(heading, 0, len(heading))] == [author]


def test_a_statement_titled_by_its_subject_alone_names_no_author() -> None:
    heading = "Message de condoléances après l'attaque de Bol"
    assert authored_voice(heading, 0, len(heading)) == []
