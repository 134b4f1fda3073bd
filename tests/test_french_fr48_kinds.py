"""French kinds helper fr48 found in part a of the French sets' study halves (issue 18),
on sentences written for the tests, each with its negatives: groups of people joined
under one verb ("deux gendarmes, deux policiers et un civil ont péri") each read with
its own people, and compared by their total in matching as an English list is."""

from __future__ import annotations

import datetime as dt

from tests.test_match_lists import part
from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.match.features import features
from workbench.match.lists import with_list_totals
from workbench.models import Claim


def claims(text: str) -> list[Claim]:
    """The claims of a French document published in June 2025."""
    doc = document_from_text("fr.txt", text + "\n").model_copy(
        update={"language": "fr", "published": dt.date(2025, 6, 12)}
    )
    return list(extract_claims(doc))


def groups(text: str) -> list[tuple[str, int | None, str | None]]:
    """Each claim's category, value and subject."""
    return [(c.category.value, c.value, c.subject) for c in claims(text)]


# --- groups joined under one verb ---


def test_each_group_of_a_list_is_read_with_its_own_people() -> None:
    assert groups("Deux gendarmes, deux policiers et un civil ont péri lundi à Gao.") == [
        ("killed", 2, "gendarmes"),
        ("killed", 2, "policiers"),
        ("killed", 1, "civil"),
    ]


def test_a_rank_of_one_opens_a_list() -> None:
    assert groups("Un général de brigade et cinq combattants ont été tués mardi.") == [
        ("killed", 1, "général"),
        ("killed", 5, "combattants"),
    ]


def test_an_aside_with_ages_stays_inside_its_group() -> None:
    text = "Trois enfants, âgés de 5 à 9 ans, et deux femmes ont été blessés jeudi."
    assert groups(text) == [("wounded", 3, "enfants"), ("wounded", 2, "femmes")]


def test_a_comma_alone_joins_no_figure_before_the_list() -> None:
    # "deux jours" is a time, "2025" a year, "la 5e région" a rank: none is a group
    assert groups("Deux jours après, trois soldats ont été tués à Gao.") == [
        ("killed", 3, "soldats")
    ]
    assert groups("En 2025, 12 soldats et trois civils ont été tués.") == [
        ("killed", 12, "soldats"),
        ("killed", 3, "civils"),
    ]
    assert [c.value for c in claims("Dans la 5e région, 4 soldats ont été tués.")] == [4]


def test_a_whole_and_its_part_stay_apart() -> None:
    assert groups("Neuf civils dont deux enfants ont péri mardi.") == [
        ("killed", 9, "civils"),
        ("killed", 2, "enfants"),
    ]


def test_a_decree_number_is_no_group() -> None:
    text = "Selon le décret n° 2025-12 du 3 mars 2025, trois soldats et un civil ont été blessés."
    assert [c.value for c in claims(text)] == [3, 1]


def test_a_french_list_is_compared_by_its_total() -> None:
    sentence = "Deux gendarmes, deux policiers et un civil ont péri lundi."
    common = dict(document_id=1, voice_id=1)
    parts = [
        part(1, sentence, "Deux gendarmes", 2, **common),
        part(2, sentence, "deux policiers", 2, **common),
        part(3, sentence, "un civil ont péri", 1, **common),
    ]
    totals = [f.total for f in with_list_totals(features(c) for c in parts)]
    assert [t.words for t in totals if t] == ["2 + 2 + 1 = 5"] * 3


def test_a_french_breakdown_is_no_list() -> None:
    sentence = "Neuf civils dont deux enfants ont péri lundi."
    common = dict(document_id=1, voice_id=1)
    parts = [
        part(1, sentence, "Neuf civils", 9, **common),
        part(2, sentence, "deux enfants ont péri", 2, **common),
    ]
    assert [f.total for f in with_list_totals(features(c) for c in parts)] == [None, None]


# --- a dateline's day dates the story's words ---


def dated(text: str, language: str = "fr", published: dt.date | None = dt.date(2025, 3, 10)):
    """Each claim's value and ISO date, the document published on `published`."""
    doc = document_from_text("d.txt", text + "\n").model_copy(
        update={"language": language, "published": published}
    )
    return [(c.value, c.date) for c in extract_claims(doc)]


def test_a_french_dateline_dates_the_weekday_of_a_story_relayed_later() -> None:
    wire = "MAROUA, 3 mars (AFP) - Douze soldats ont été tués dimanche, selon l'armée."
    assert dated(wire) == [(12, "2025-03-02")]
    dated_line = "Maroua, le 28 février 2025 – Trois civils ont été tués dimanche à Mora."
    assert dated(dated_line) == [(3, "2025-02-23")]
    headed = "Embuscade près de Mora\n\n" + wire
    assert dated(headed) == [(12, "2025-03-02")]


def test_an_english_dateline_dates_the_weekday_the_same_way() -> None:
    wire = "MAIDUGURI, March 3 (Reuters) - Twelve soldiers were killed on Sunday, the army said."
    assert dated(wire, "en") == [(12, "2025-03-02")]


def test_no_dateline_or_a_far_one_leaves_the_publication_date() -> None:
    assert dated("Douze soldats ont été tués dimanche, selon l'armée.") == [(12, "2025-03-09")]
    # a year back is no filing day of this story: the publication date stays
    old = "Maroua, le 3 mars 2024 – Douze soldats ont été tués dimanche."
    assert dated(old) == [(12, "2025-03-09")]
    # a date inside the first sentence is no dateline: "Le 3 mars 2025, ..."
    inside = "Le 3 mars 2025, douze soldats ont été tués près de Mora."
    assert dated(inside) == [(12, "2025-03-03")]


# --- a headline's place gives way to the dateline's ---


def places(text: str) -> list[tuple[int | None, str | None]]:
    """Each claim's value and place."""
    return [(c.value, c.location) for c in claims(text)]


def test_the_dateline_told_after_a_headline_is_the_body_s_place() -> None:
    text = (
        "Cameroun : douze soldats tués dans une embuscade\n\n"
        "MAROUA, 3 mars (AFP) - Douze soldats ont été tués dimanche, selon l'armée. "
        "Trois civils ont été blessés."
    )
    assert places(text) == [(12, "Cameroun"), (12, "Maroua"), (3, "Maroua")]


def test_a_place_in_the_body_still_beats_the_dateline() -> None:
    text = (
        "Cameroun : une embuscade meurtrière\n\n"
        "MAROUA, 3 mars (AFP) - Douze soldats ont été tués dimanche à Mora, selon l'armée. "
        "Trois civils ont été blessés."
    )
    assert places(text) == [(12, "Mora"), (3, "Mora")]


def test_without_a_dateline_the_headline_s_place_is_carried() -> None:
    text = "Cameroun : une embuscade meurtrière\n\nDouze soldats ont été tués dimanche."
    assert places(text) == [(12, "Cameroun")]


# --- an earlier toll is no voice, and its voice is its own ---


def voices(text: str) -> list[tuple[int | None, str | None]]:
    """Each claim's value and voice."""
    return [(c.value, c.attribution) for c in claims(text)]


def test_an_earlier_toll_is_no_voice() -> None:
    text = (
        "Au moins 30 personnes ont été tuées à Mora, selon l'armée. "
        "Un précédent bilan communiqué mardi faisait état de 12 morts."
    )
    assert voices(text) == [(30, "l'armée"), (12, "l'armée")]
    # whose toll it is stays a voice
    assert voices("Selon le bilan de l'ONU, 30 personnes ont été tuées à Mora.") == [(30, "l'ONU")]


def test_the_voice_of_an_earlier_toll_after_a_claim_is_not_the_claim_s() -> None:
    text = (
        "Le bilan est passé à 30 morts. "
        "Un précédent bilan communiqué par la police faisait état de 12 morts."
    )
    assert voices(text) == [(30, None), (12, "la police")]
    # the voice closing the sentence after, with no earlier toll, is the paragraph's
    later = "Au moins 30 personnes ont été tuées à Mora. Ce bilan a été communiqué par la police."
    assert voices(later) == [(30, "la police")]


# --- a force's quarters in a town ---


def test_a_force_s_quarters_are_a_place_with_their_town() -> None:
    text = (
        "Un kamikaze s'est fait exploser lundi à l'intérieur du QG de la police de Mora, "
        "tuant douze policiers."
    )
    assert places(text) == [(12, "à l'intérieur du QG de la police de Mora")]
    barracks = "Douze gendarmes ont été tués lundi dans la caserne de la gendarmerie de Mora."
    assert places(barracks) == [(12, "la caserne de la gendarmerie de Mora")]


def test_quarters_that_speak_are_a_voice_not_a_place() -> None:
    text = "Douze policiers ont été tués lundi à Mora, selon le QG de la police."
    assert [(c.location, c.attribution) for c in claims(text)] == [("Mora", "le QG de la police")]


# --- a local figure's town ---


def test_a_local_figure_s_town_is_the_place_where_the_sentence_names_none() -> None:
    text = "Selon un élu local de Kolofata, une trentaine de personnes ont été tuées mercredi."
    assert places(text) == [(30, "Kolofata")]
    elder = "Trente personnes ont été tuées mercredi à Tourou, selon un chef coutumier de Mokolo."
    assert places(elder) == [(30, "Tourou")]
    # no town named: none
    assert places("Selon un responsable local, trente personnes ont été tuées.") == [(30, None)]


def test_a_whole_broken_down_after_a_comma_is_no_list() -> None:
    sentence = "L'attaque a fait trois morts, deux soldats et un civil, selon l'armée."
    common = dict(document_id=1, voice_id=1)
    parts = [
        part(1, sentence, "trois morts", 3, **common),
        part(2, sentence, "deux soldats", 2, **common),
        part(3, sentence, "un civil", 1, **common),
    ]
    totals = [f.total.words if f.total else None for f in with_list_totals(map(features, parts))]
    assert totals == [None, "2 + 1 = 3", "2 + 1 = 3"]


def test_a_part_set_off_after_dont_leaves_the_groups_around_it() -> None:
    text = "Les 12 soldats, dont deux officiers, et trois civils ont été tués lundi."
    assert groups(text) == [("killed", 12, "soldats"), ("killed", 3, "civils")]
    # the part of a toll told before is no group of the next toll
    tolls = "L'attaque a fait 11 morts, dont les deux kamikazes et une trentaine de blessés."
    assert [(c.category.value, c.value) for c in claims(tolls)] == [
        ("killed", 11),
        ("wounded", 30),
    ]


# --- one victim told by kin or by an ordinal; an age is no part of a claim ---


def test_kin_told_by_a_possessive_is_one_victim() -> None:
    assert groups("Des hommes armés ont tué son épouse et ses deux enfants lundi.") == [
        ("killed", 1, "épouse"),
        ("killed", 2, "enfants"),
    ]
    assert groups("Sa fille a été enlevée mardi à Mora.") == [("kidnapped", 1, "fille")]
    assert [c.value for c in claims("Le premier civil israélien a été tué lundi.")] == [1]


def test_kin_with_no_fate_or_lost_or_no_people_is_no_victim() -> None:
    assert claims("Son fils a déclaré que l'attaque avait eu lieu lundi.") == []
    assert claims("Elle a déclaré avoir perdu sa mère dans la guerre.") == []
    assert claims("Le premier ministre a été blessé lundi.") == []
    assert claims("Son armée a été mise en déroute en 2025.") == []


def test_an_age_told_with_the_people_is_left_out_of_the_claim_s_words() -> None:
    (claim,) = claims("Un soldat, âgé de 30 ans, a été tué lundi à Mora.")
    assert (claim.value, claim.text) == (1, "Un soldat")
    (son,) = claims("Son fils de 18 ans a été tué lundi.")
    assert (son.value, son.text) == (1, "Son fils")
    (group,) = claims("Douze soldats ont été tués lundi.")
    assert group.text == "Douze soldats ont été tués"


# --- people counted again by "en" ---


def test_people_counted_again_by_en_take_the_toll_s_category() -> None:
    text = (
        "Des milliers de réfugiés sont arrivés au Tchad. Ils se sont installés près d'Adré. "
        "Le HCR en a enregistré officiellement environ 11 000."
    )
    assert [(c.category.value, c.value, c.attribution) for c in claims(text)] == [
        ("refugees", None, None),
        ("refugees", 11000, "Le HCR"),
    ]


def test_en_with_no_toll_in_the_paragraph_counts_nothing() -> None:
    assert claims("Le HCR en a enregistré environ 11 000 en 2025.") == []
    apart = "Douze soldats ont été tués lundi.\n\nLe ministère en a enregistré 300 en 2025."
    assert [c.value for c in claims(apart)] == [12]
    assert [c.value for c in claims("Douze soldats ont été tués. L'armée a livré 30 camions.")] == [
        12
    ]


# --- the voice of the next sentence that speaks of those counted ---


def test_a_voice_opening_the_next_sentence_on_those_counted_is_the_claim_s() -> None:
    text = (
        "Plus de 100 000 personnes ont fui les combats autour de Goma. "
        "Selon OCHA, ces déplacés vivent dans des conditions difficiles."
    )
    assert voices(text) == [(100000, "OCHA")]
    victims = (
        "Au moins 20 civils ont été tués lundi à Mora. "
        "Selon la police, les victimes étaient des agriculteurs."
    )
    assert voices(victims) == [(20, "la police")]


def test_a_voice_on_others_in_the_next_sentence_is_not_the_claim_s() -> None:
    text = (
        "Au moins 20 civils ont été tués lundi à Mora. "
        "Selon la police, les assaillants venaient du Nigeria."
    )
    assert voices(text) == [(20, None)]
    # a toll of its own keeps its voice
    own = (
        "Au moins 20 civils ont été tués lundi à Mora. "
        "Selon la police, les victimes sont au nombre de 25."
    )
    assert voices(own) == [(20, None), (25, "la police")]
