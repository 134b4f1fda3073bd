"""Kinds of misses read in session 65 (the study halves of unseen-o and french-s, and
leftovers of trial 64), each fixed in general: sentences written for these tests, with
their negatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_match_country import load, relations
from tests.test_trial_kinds43 import claims
from workbench.errors import WorkbenchError


def _figures(text: str, language: str | None = None) -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in claims(text, language)]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied that any soldier had been killed in the raid.",
        "Any villager found in the fields was executed, the witness said.",
        "Every fisherman on the boat was abducted.",
    ],
)
def test_a_quantifier_counts_no_one(text: str) -> None:
    assert _figures(text) == []


def test_a_soldier_is_still_one() -> None:
    assert _figures("A soldier had been killed in the raid.") == [("killed", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Both the herders were killed near the well.",
        "Both of the attackers were shot dead by troops.",
        "Gunmen killed both the guards at the gate.",
        "Both of the young nurses were abducted on the road.",
    ],
)
def test_both_before_a_determiner_counts_two(text: str) -> None:
    assert [f[1] for f in _figures(text)] == [2]


def test_both_before_a_list_counts_its_items() -> None:
    assert _figures("Both the driver and a passenger were killed.") == [
        ("killed", 1),
        ("killed", 1),
    ]


@pytest.mark.parametrize("who", ["Local contacts", "Our informants"])
def test_contacts_and_informants_are_voices(who: str) -> None:
    (claim,) = claims(f"{who} put the death toll at 20.")
    assert claim.attribution == who


def test_the_writers_sources_are_a_voice_in_french() -> None:
    (claim,) = claims("Selon nos sources, 14 personnes ont été tuées à Garoua.", "fr")
    assert claim.attribution == "nos sources"


def test_the_writers_own_count_is_still_no_voice_in_french() -> None:
    (claim,) = claims("Selon notre décompte, 14 personnes ont été tuées à Garoua.", "fr")
    assert claim.attribution is None


def test_two_outlets_sources_are_no_one_voice() -> None:
    from workbench.extract.voicewords import anonymous

    assert anonymous("nos sources") and anonymous("our sources") and anonymous("Local contacts")
    assert not anonymous("the army")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Some 2,300 people (about 400 households) fled their homes.", "displaced"),
        ("Nearly 90 people (mostly herders) were abducted by the gunmen.", "kidnapped"),
    ],
)
def test_a_bracketed_aside_between_a_count_and_its_verb(text: str, category: str) -> None:
    assert _figures(text)[0][0] == category


def test_a_bracketed_aside_with_no_verb_after_is_no_fate() -> None:
    assert _figures("Some 2,300 people (about 400 households) live in the camp.")[0][0] == "other"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("One of the nine people killed in the raid was a nurse.", 9),
        ("Two of the 14 soldiers killed on Monday were officers.", 14),
    ],
)
def test_a_part_of_the_killed_told_by_a_finite_verb(text: str, value: int) -> None:
    assert _figures(text) == [("killed", value)]


def test_a_headlines_part_is_its_own_toll() -> None:
    assert _figures("One of six hostages killed in the forest") == [("killed", 1)]


def test_one_of_the_wounded_who_later_died_is_one_death() -> None:
    found = _figures("One of the three wounded later died in hospital.")
    assert ("killed", 1) in found and ("killed", 3) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Rocket kills husband and wife in northern town",
        "A husband and wife were shot dead in their home.",
    ],
)
def test_husband_and_wife_are_two(text: str) -> None:
    assert _figures(text) == [("killed", 2)]


def test_both_declared_dead_afterwards() -> None:
    text = "Two herders were shot near the well. Both were shortly afterwards declared dead."
    assert ("killed", 2) in _figures(text)


def test_pronounced_dead_is_a_death() -> None:
    assert _figures("A trader was later pronounced dead in hospital.") == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le bilan s'élève désormais à une « vingtaine » de morts.", 20),
        ('Une "centaine" de familles ont fui vers Kousseri.', 100),
    ],
)
def test_a_quoted_approximate_word_in_french(text: str, value: int) -> None:
    assert [f[1] for f in _figures(text, "fr")] == [value]


def test_a_quoted_age_is_still_no_figure_in_french() -> None:
    found = _figures("Un chef âgé d'une « trentaine » d'années a été tué.", "fr")
    assert found == [("killed", 1)]


def test_the_standing_toll_after_an_opening_clause_with_the_first_one() -> None:
    text = (
        "Alors que nous faisions état hier d'un bilan provisoire de six morts, le bilan"
        " est désormais de neuf morts, selon des sources hospitalières à Obo."
    )
    found = [(c.value, c.earlier_figure) for c in claims(text, "fr")]
    assert found == [(6, True), (9, False)]


def test_the_same_in_english() -> None:
    text = (
        "While initial reports said six people died, the toll now stands at nine,"
        " hospital sources in Obo said."
    )
    found = {c.value: c.earlier_figure for c in claims(text)}
    assert found == {6: True, 9: False}


def test_an_analyst_clears_an_earlier_figure_and_it_is_kept(tmp_path: Path) -> None:
    """Trial 65: a revised toll read as an earlier one could not be put back."""
    text = "Gunmen killed 12 villagers in Obo on Monday. The figure was later raised to 15."
    bench = load(tmp_path, ("", text, "2026-11-24"))
    [first] = [c for c in bench.claims() if c.value == 12]
    assert first.earlier_figure
    bench.correct_claim(first.id, {"earlier": "no"}, "the 12 is another count")
    assert not bench.claim(first.id).earlier_figure
    bench.reextract()
    assert not bench.claim(first.id).earlier_figure  # the analyst's word outlives a re-read
    assert [c.field for c in bench.corrections(first.id)] == ["earlier"]


def test_an_earlier_flag_is_yes_or_no(tmp_path: Path) -> None:
    bench = load(tmp_path, ("", "Gunmen killed 12 people in Obo on Monday.", "2026-11-24"))
    [claim] = bench.claims()
    with pytest.raises(WorkbenchError, match="earlier: 'maybe' is neither yes nor no"):
        bench.correct_claim(claim.id, {"earlier": "maybe"}, None)


@pytest.mark.parametrize(
    "text",
    [
        "Since its deployment, the mission has lost more than 150 peacekeepers on duty.",
        "The force has lost 40 soldiers since its establishment in 2013.",
    ],
)
def test_a_forces_losses_since_its_deployment_are_a_running_total(text: str) -> None:
    assert [c.scope.value for c in claims(text)] == ["cumulative"]


def test_a_forces_losses_since_its_deployment_in_french() -> None:
    text = "Depuis son déploiement, la mission a perdu plus de 150 Casques bleus."
    assert [c.scope.value for c in claims(text, "fr")] == ["cumulative"]


def test_a_deployment_of_a_day_is_no_running_total() -> None:
    text = "Twelve soldiers were killed in an ambush on the day of their deployment to Obo."
    assert [c.scope.value for c in claims(text)] == ["incident"]


def test_the_internally_displaced_are_a_stock() -> None:
    text = "More than 600,000 Burundians are internally displaced, according to the UN."
    assert [c.scope.value for c in claims(text)] == ["cumulative"]


def test_the_internally_displaced_by_an_attack_are_its_own() -> None:
    text = "Some 1,500 people are internally displaced after the attack on Ngouli."
    assert [c.scope.value for c in claims(text)] == ["incident"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Deux Casques bleus marocains ont été tués près de Mboki, dans le Haut-Mbomou.", "fr"),
        ("Two Moroccan peacekeepers were killed near Mboki in an ambush.", None),
    ],
)
def test_a_contingents_nationality_is_no_scene(text: str, language: str | None) -> None:
    assert [c.country for c in claims(text, language)] != ["Morocco"]


def test_a_demonym_of_the_scene_still_names_its_country() -> None:
    text = "Deux soldats tchadiens ont été tués près de Bol."
    assert [c.country for c in claims(text, "fr")] == ["Chad"]


def test_condolences_to_a_country_name_no_scene_in_french() -> None:
    text = (
        "Le Gouvernement s'incline devant la mémoire des deux Casques bleus tombés et"
        " présente ses condoléances au Royaume du Maroc."
    )
    assert [c.location for c in claims(text, "fr")] == [None]


def test_a_restatement_at_another_place_lends_no_voice() -> None:
    text = (
        "Selon le maire, sept civils ont été tués à Kadjéma, dont deux femmes.\n\n"
        "Cette attaque intervient trois jours après l'embuscade de Mboki, qui avait coûté"
        " la vie à deux Casques bleus."
    )
    voices = {c.subject: c.attribution for c in claims(text, "fr")}
    assert voices["Casques bleus"] is None and voices["femmes"] == "le maire"


@pytest.mark.parametrize(
    ("first", "second", "shared", "two"),
    [
        ("Moroccan peacekeepers", "soldats des FACA", False, True),
        ("Casques bleus marocains", "soldiers", False, True),
        ("blue helmets", "gendarmes", False, True),
        ("Moroccan peacekeepers", "Moroccan soldiers", True, False),
        ("soldiers", "gendarmes", False, False),
        ("peacekeepers", "Casques bleus", False, False),
    ],
)
def test_peacekeepers_and_an_armys_soldiers_are_two_groups(
    first: str, second: str, shared: bool, two: bool
) -> None:
    """Trial 65: MINUSCA's two dead peacekeepers read as disputed by the army's four."""
    from workbench.match.victims import keepers_and_army

    assert keepers_and_army(first, second, shared) is two


def test_peacekeepers_of_one_side_are_still_one_count(tmp_path: Path) -> None:
    bench = load(
        tmp_path,
        (
            "",
            "Two Moroccan peacekeepers were killed in an ambush near Mboki on Monday.",
            "2026-11-23",
        ),
        (
            "",
            "Three Moroccan soldiers were killed in an ambush near Mboki on Monday.",
            "2026-11-23",
        ),
    )
    assert [r for r, _ in relations(bench)] == ["contradicts"]


def test_a_preliminary_toll_a_figure_is_given_by_stands_against_an_earlier_count() -> None:
    text = (
        "The bombing left at least seven people dead, according to a preliminary toll,"
        " while an earlier count had mentioned four fatalities."
    )
    assert {c.value: c.earlier_figure for c in claims(text)} == {7: False, 4: True}


def test_a_provisional_toll_alone_is_still_overtaken_by_a_revision() -> None:
    text = (
        "Selon un bilan provisoire, cinq soldats ont été tués. Le bilan s'est alourdi à neuf morts."
    )
    assert {c.value: c.earlier_figure for c in claims(text, "fr")} == {5: True, 9: False}


def test_days_after_another_attack_count_from_that_attack_in_french() -> None:
    text = (
        "Des hommes armés ont tué sept civils au marché de Kompa ce mercredi. Cette attaque"
        " survient trois jours après celle du poste de Sampéto, où six militaires avaient"
        " perdu la vie selon l'armée."
    )
    found = {c.value: (c.date, c.attribution) for c in claims(text, "fr")}
    assert found[7] == ("2026-11-11", None)  # not the army's, which speaks of Sampéto
    assert found[6][0] != "2026-11-14"  # not three days after the report's attack


def test_days_later_in_french_still_count_from_the_story() -> None:
    text = "L'attaque a eu lieu lundi. Trois jours après, deux blessés ont succombé."
    assert [c.date for c in claims(text, "fr")] == ["2026-11-12"]


@pytest.mark.parametrize(
    "opening",
    ["This action follows", "This latest raid comes days after", "That operation followed"],
)
def test_this_and_its_noun_tie_the_report_to_another_event(opening: str) -> None:
    text = f"A soldier was killed on Sunday. {opening} the killing of two guards in the area."
    assert _figures(text) == [("killed", 1)]


def test_these_people_counted_are_no_other_event() -> None:
    assert _figures("These five soldiers were killed after the convoy came under fire.") == [
        ("killed", 5)
    ]


def test_a_figure_of_that_incident_the_sentence_before_tied_to_is_background() -> None:
    text = (
        "Gunmen killed nine villagers in Obo on Thursday. The attack comes two days after an"
        " ambush near Mboki. The army said 14 attackers were killed in that incident."
    )
    assert _figures(text) == [("killed", 9)]


def test_that_incident_of_the_report_itself_is_its_own() -> None:
    text = (
        "Gunmen ambushed a convoy of journalists near Chiuala. Four members of the riot police"
        " were killed in that incident."
    )
    assert _figures(text) == [("killed", 4)]


MISSION = (
    "Mboki ambush\n\nTwo Moroccan peacekeepers were killed in an ambush near Zemio on"
    " Tuesday, the UN mission said.\n"
)
ARMY = "Zemio toll\n\nFour soldiers of the FACA were killed in the ambush near Zemio on Tuesday.\n"
RESIDENTS = "Zemio\n\nSix people were killed in the ambush near Zemio on Tuesday, residents said.\n"


def test_peacekeepers_are_a_side_of_their_own_in_an_event(tmp_path: Path) -> None:
    """Re-trial 65: the mission's 2 and the army's 4 were rival counts, best 2."""
    from tests.test_event_sides import event_figures

    figures = event_figures(tmp_path, MISSION, ARMY, RESIDENTS)
    assert ("killed", "peacekeepers", 2) in figures
    assert ("killed", "military", 4) in figures
    assert ("killed", None, 6) in figures  # the two sides added, no rival counts


@pytest.mark.parametrize(
    ("name", "country"),
    [("Kandi", "Benin"), ("Kandy", "Sri Lanka"), ("Maiduguri", "Nigeria")],
)
def test_a_city_of_that_very_name_before_one_of_another_spelling(name: str, country: str) -> None:
    """Re-trial 65: "à Kandi" (Benin) was placed at Kandy, Sri Lanka."""
    from workbench.geo.resolve import resolve
    from workbench.store.gazetteer import GazetteerFile

    found = resolve(name, None, GazetteerFile())
    assert found is not None and found.place.country == country


@pytest.mark.parametrize("header", ["3 comments", "3 commentaires"])
def test_comments_under_their_authors_names(header: str) -> None:
    """Trial 65: four comments, each under its author's name, were read as one."""
    text = (
        "Ambush on the Mboki road\n\nThe blog post says little of the toll.\n\n"
        f"{header}\n\n"
        "Aline Ngaikoura\nMy brother in Mboki counted 9 bodies near the trucks.\nReply\nLike\n\n"
        "John Pearce wrote:\nPeople in Obo say 14 villagers were killed.\n\n"
        "Stephen\nWe heard that 2,000 people fled to Zemio.\n"
    )
    found = [(c.value, c.comment, c.commenter) for c in claims(text)]
    assert found == [
        (9, "1", "Aline Ngaikoura"),
        (14, "2", "John Pearce"),
        (2000, "3", "Stephen"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fourteen people including a policeman received shrapnel wounds.",
        "Fourteen people recieved splinter wounds in the blast.",
    ],
)
def test_received_wounds_after_an_including_list_and_misspelt(text: str) -> None:
    assert _figures(text) == [("wounded", 14)]


def test_received_aid_is_no_wound() -> None:
    assert _figures("Fourteen families received food aid on Monday.")[0][0] == "other"


def test_newly_displaced_is_displaced() -> None:
    text = "About 1,200 people were newly displaced by the attack on Ngouli."
    assert [c.category.value for c in claims(text)] == ["displaced"]


def test_a_bulletins_heading_is_no_place() -> None:
    (first, _) = claims("KEY FIGURES: 1,200 people newly displaced; 3 villages emptied")
    assert (first.category.value, first.value, first.location) == ("displaced", 1200, None)


def test_a_french_bulletins_heading_in_capitals_is_no_place() -> None:
    assert [c.location for c in claims("CHIFFRES CLÉS : 1 200 personnes déplacées.", "fr")] == [
        None
    ]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "According to preliminary information gathered by the Mission, six civilians"
            " were killed.",
            "Mission",
        ),
        (
            "According to a rapid assessment conducted on 24 November by the sub-prefecture,"
            " 1,200 people were displaced.",
            "sub-prefecture",
        ),
    ],
)
def test_who_gathered_the_document_is_its_voice(text: str, voice: str) -> None:
    assert [c.attribution for c in claims(text)] == [voice]


def test_whom_a_french_toll_was_had_from_is_its_voice() -> None:
    text = (
        "Selon un bilan provisoire obtenu auprès de sources sécuritaires, au moins cinq"
        " militaires ont été tués à Obo."
    )
    assert [c.attribution for c in claims(text, "fr")] == ["sources sécuritaires"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen killed four villagers in Obo.\n\nNo comment was available from the army."
            "\n\nPolice said 12 people were arrested in the town.\n",
            None,
        ),
        (
            "Quatre civils ont été tués à Obo.\n\nAucun commentaire n'a pu être obtenu."
            "\n\nLa police a indiqué que 12 personnes ont été arrêtées.\n",
            "fr",
        ),
    ],
)
def test_no_comment_in_a_story_opens_no_comments(text: str, language: str | None) -> None:
    assert [c.comment for c in claims(text, language)] == [None, None]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Two Irish peacekeepers serving with the United Nations Interim Force in Lebanon"
            " (UNIFIL) were killed on Tuesday.",
            "Irish peacekeepers",
        ),
        ("Three aid workers working for the Red Cross were abducted.", "aid workers"),
    ],
)
def test_the_body_people_serve_with_is_no_victim(text: str, subject: str) -> None:
    assert [c.subject for c in claims(text)] == [subject]


def test_a_resolutions_number_is_no_figure() -> None:
    text = "The peacekeepers manned the checkpoint with soldiers under resolution 1701."
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        (
            "A strike hit a checkpoint near Chamaa on Monday morning.\n\nAccording to a"
            " provisional toll, two soldiers were killed.",
            None,
            "2026-11-09",
        ),
        (
            "Une frappe a visé lundi un poste à l'entrée de Chamaa.\n\nSelon un bilan"
            " provisoire, deux soldats ont été tués.",
            "fr",
            "2026-11-09",
        ),
    ],
)
def test_a_strike_sets_the_scene_of_the_tolls_after_it(
    text: str, language: str | None, day: str
) -> None:
    """Re-trial 65: undated tolls after the lead matched another strike two days later."""
    assert [c.date for c in claims(text, language)] == [day]
