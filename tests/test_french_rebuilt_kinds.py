"""French kinds found on the study half of the rebuilt French set (issue 18), on
sentences written for the tests: arrests counted by their noun ("88 arrestations");
a toll told in the conditional with its noun first ("les morts se compteraient par
centaines"); flight after a need or a choice ("ont dû fuir", "ont décidé de fuir");
one of a side in a list of tolls ("et un parmi les soldats"); and voices: after a
closing quote with no comma, after a reflexive verb ("s'est inquiété l'ONU"), after
whom they told and a comma ("à Reuters, mercredi"), after where they spoke ("dans
un tweet", "dans une interview"), "A en croire" written without its accent, and a
name beside a voice's title ("ce responsable, Ali Koné"); and places: one named by
its distance or nearness right after another is a landmark ("à Komanda, à 75 km de
Bunia"), one set off by commas after a voice opening its sentence is the voice's."""

from __future__ import annotations

import datetime as dt

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.models import Claim


def claims(text: str) -> list[Claim]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return list(extract_claims(doc))


def figures(text: str) -> list[tuple[str, int | None, int | None]]:
    return [(c.category.value, c.low, c.high) for c in claims(text)]


def voices(text: str) -> list[str | None]:
    return [c.attribution for c in claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La gendarmerie a procédé à 42 arrestations dans la ville.", [("arrested", 42, 42)]),
        ("Une vingtaine d'interpellations ont eu lieu à Goma.", [("arrested", 16, 24)]),
    ],
)
def test_arrests_counted_by_their_noun(text, expected):
    assert figures(text) == expected


def test_an_arrest_noun_without_a_figure_counts_nothing():
    assert figures("Les arrestations se poursuivent dans la ville de Goma.") == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Selon des témoins, les morts se compteraient par dizaines.", "killed"),
        ("Les blessés s'élèveraient à une quarantaine selon un médecin.", "wounded"),
        ("Les victimes seraient au nombre de 14, selon le maire.", "killed"),
    ],
)
def test_a_toll_told_in_the_conditional(text, category):
    found = claims(text)
    assert [c.category.value for c in found] == [category]
    assert found[0].hedged


def test_a_conditional_with_no_toll_noun_counts_nothing():
    assert figures("Les écoles seraient au nombre de 14 dans la commune.") == []


@pytest.mark.parametrize(
    "verb", ["ont dû fuir", "ont décidé de fuir", "ont choisi de fuir", "ont préféré fuir"]
)
def test_flight_after_a_need_or_a_choice(verb):
    assert figures(f"Plus de 600 habitants {verb} la localité de Bunia.") == [
        ("displaced", 600, None)
    ]


def test_an_attempt_to_flee_is_no_displacement():
    assert figures("Trois détenus ont tenté de fuir la prison de Bunia.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les combats ont fait 21 morts parmi les assaillants et un parmi les gendarmes.",
            [("killed", 21, 21), ("killed", 1, 1)],
        ),
        (
            "On compte 9 blessés côté armée et un côté rebelles.",
            [("wounded", 9, 9), ("wounded", 1, 1)],
        ),
    ],
)
def test_one_of_a_side_in_a_list_of_tolls(text, expected):
    assert figures(text) == expected


def test_one_of_a_side_alone_counts_nothing():
    assert figures("Un parmi les gendarmes a témoigné devant le tribunal.") == []


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            'Quatre civils ont été blessés et "sont hors de danger" a indiqué à l\'AFP'
            " un infirmier de l'hôpital.",
            "un infirmier de l'hôpital",
        ),
        (
            "Au moins 40 personnes ont péri à Djugu, s'est inquiété jeudi le HCR.",
            "le HCR",
        ),
        (
            "Au moins 12 personnes ont été tuées à Beni, ont rapporté à Reuters, lundi"
            " deux notables de la ville.",
            "deux notables de la ville",
        ),
        (
            "« Plus de vingt morts à Kolofata », a affirmé dans un tweet le député de la région.",
            "le député de la région",
        ),
        (
            "« Sept soldats sont morts », a déclaré Paul Ndong dans une interview accordée"
            " à la radio.",
            "Paul Ndong",
        ),
        (
            "A en croire le maire de la commune, six éleveurs ont été tués à Mongo.",
            "le maire de la commune",
        ),
        (
            "« Trois gendarmes ont été tués », a déclaré ce responsable, Ali Koné, joint"
            " par téléphone.",
            "ce responsable, Ali Koné",
        ),
    ],
)
def test_voices_of_the_rebuilt_set(text, voice):
    assert voices(text) == [voice]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a quote closing on a name, a verb of no saying after it: no voice
        ('La milice "Zaïre" a attaqué le village de Drodro où 8 civils ont été tués.', None),
        # a reflexive verb that tells no speech
        ("Huit soldats ont été tués à Kolofata, s'est souvenu le village.", None),
        # a title alone, no name beside it
        (
            "« Trois gendarmes ont été tués », a déclaré ce responsable, joint par téléphone.",
            "ce responsable",
        ),
        # a name beside a name is no apposition
        ("« Cinq civils ont été tués », a déclaré Ali Koné, Paul Ndong confirmant.", "Ali Koné"),
    ],
)
def test_what_is_no_voice_of_the_rebuilt_set(text, voice):
    assert voices(text) == [voice]


def places(text: str) -> list[str | None]:
    return [c.location for c in claims(text)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("À Komanda, à 75 km de Bunia, six civils ont été tués.", "Komanda"),
        (
            "Des combats ont eu lieu à Minova, à une trentaine de kilomètres à l'ouest de"
            " Goma, où quatre soldats ont été tués.",
            "Minova",
        ),
    ],
)
def test_a_place_named_by_its_distance_is_a_landmark(text, place):
    assert places(text) == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a distance with no place before it is where it happened
        ("Six civils ont été tués à 20 km de Beni.", "à 20 km de Beni"),
        # a list of places, no distance: the last before the figure, as before
        ("À Kolofata et à Mora, trois soldats ont été tués.", "Mora"),
    ],
)
def test_no_landmark_without_a_place_before_the_distance(text, place):
    assert places(text) == [place]


def test_a_place_beside_an_opening_voice_is_the_voices():
    text = (
        "La société civile de Beni, dans la province du Nord-Kivu, rapporte la mort de"
        " sept civils dans une attaque, lundi 3 mars, au village Mabalako."
    )
    assert places(text) == ["Mabalako"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a relative clause after the voice tells where it happened
        (
            "L'armée, qui a perdu 12 soldats à Kolofata, affirme que la situation est calme.",
            "Kolofata",
        ),
        # a statement after the voice is no place
        (
            "Le maire de Beni, dans un communiqué, a annoncé la mort de six civils à Mavivi.",
            "Mavivi",
        ),
    ],
)
def test_what_follows_a_voice_and_is_no_place_of_its_own(text, place):
    assert places(text) == [place]
