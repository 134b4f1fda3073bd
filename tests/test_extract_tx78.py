"""Trial 78's extraction kinds (helper tx78), each in sentences of their own: a wire's
day before its month shortened ("3 déc (ACP) -") is no toll; a count after a breakdown
with its own predicate is no part of it; an office-holder who tells a toll is no one
killed; a side's claim of its own deed is hedged and in its voice; a stance word is no
part of a voice, nor "d'après" of "après-midi"; a rival voice's bare count is the toll's;
a part's period is not its total's; a revision told before its figure replaces its
teller's first count; "the Nigerian state" is no place. Negatives keep what was right."""

from __future__ import annotations

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text
from workbench.ingest.readers import in_language
from workbench.models import Claim


def _read(text: str, language: str = "en") -> list[Claim]:
    doc = document_from_text("note.txt", f"Note\n\n{text}\n")
    if language != "en":
        doc = in_language(doc, language)
    return list(extract_claims(doc))


def _figures(text: str, language: str = "en") -> list[tuple[str, float | None]]:
    return [(c.category.value, c.value) for c in _read(text, language)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Goma, 3 déc (ACP) - Sept civils ont été tués lundi.", 7),
        ("BUKAVU, 9 janv (Radio Okapi) - Deux enfants ont été tués.", 2),
        ("KINSHASA, 14 sept. (Reuters) - Huit morts dans une attaque.", 8),
        ("Kolda, 18 oct (APS) - Quatre personnes ont été tuées dimanche.", 4),
    ],
)
def test_a_wire_day_before_a_short_month_is_no_toll(text: str, toll: int) -> None:
    figures = _figures(text, "fr")
    assert ("killed", toll) in figures
    assert all(value == toll for category, value in figures if category == "killed")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Au moins 24 novices ont été enlevés.", 24),  # "nov" opens a word, no month
        ("Trois sept-places ont sauté, 24 morts.", 24),
        ("Le 12 oct, 14 personnes ont été tuées.", 14),
    ],
)
def test_short_month_negatives(text: str, value: int) -> None:
    assert value in [v for _, v in _figures(text, "fr")]


@pytest.mark.parametrize(
    ("text", "dead", "treated"),
    [
        (
            "A nurse said eleven people had died, including three women, "
            "and six were being treated.",
            11,
            6,
        ),
        (
            "The toll rose to eight, including a child, while 15 others were receiving treatment.",
            8,
            15,
        ),
        (
            "Officials said 12 people were killed, including four children, "
            "and 20 were hospitalised.",
            12,
            20,
        ),
    ],
)
def test_a_count_with_its_own_predicate_is_no_part(text: str, dead: int, treated: int) -> None:
    claims = _read(text)
    assert [c.value for c in claims if c.category.value == "killed" and not c.part][:1] == [dead]
    hurt = [c for c in claims if c.value == treated]
    assert [c.category.value for c in hurt] == ["wounded"]
    assert hurt[0].subject not in ("women", "child", "children")


def test_parts_still_listed() -> None:
    claims = _read("Nine people were killed, including two police officers and three children.")
    assert [(c.value, bool(c.part)) for c in claims] == [(9, False), (2, True), (3, True)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Le chef du village évoque quatre morts.", 4),
        ("Le préfet de la région parle de sept morts.", 7),
        ("Le sous-préfet de Bambey dénombre douze morts et trois disparus.", 12),
    ],
)
def test_an_office_holder_telling_a_toll_is_not_killed(text: str, toll: int) -> None:
    assert [v for c, v in _figures(text, "fr") if c == "killed"] == [toll]


@pytest.mark.parametrize(
    "text",
    ["Le chef du village a été tué.", "Le maire de la commune a été enlevé par des hommes armés."],
)
def test_an_office_holder_who_falls_stays_one(text: str) -> None:
    assert [v for _, v in _figures(text, "fr")] == [1]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "A splinter wing of the armed Oromo Liberation Army of Ethiopia claimed it "
            "killed 15 federal police.",
            "A splinter wing of the armed Oromo Liberation Army of Ethiopia",
        ),
        ("The rebels claimed they had captured 40 government soldiers.", "rebels"),
        ("Al-Shabaab claimed its fighters killed 25 Kenyan troops.", "Al-Shabaab"),
    ],
)
def test_a_side_claiming_its_deed_is_hedged_in_its_voice(text: str, voice: str) -> None:
    (claim,) = _read(text)
    assert claim.hedged
    assert claim.attribution == voice


@pytest.mark.parametrize(
    "text",
    [
        "The blast claimed 14 lives.",
        "Soldiers detained 20 men after the ambush, in which the army says six soldiers "
        "were killed. Two were freed on Monday. Amnesty International could not confirm "
        "the whereabouts of the others.",
    ],
)
def test_not_hedged(text: str) -> None:
    assert not any(c.hedged for c in _read(text))


def test_an_unconfirmed_toll_stays_hedged() -> None:
    claims = _read(
        "The army says six soldiers were killed. Reporters could not independently verify the toll."
    )
    assert [c.hedged for c in claims] == [True]


@pytest.mark.parametrize(
    ("text", "value", "voice"),
    [
        (
            "The mayor of Kasese said six people were killed, contradicting the Uganda Police "
            "Force, which now puts the death toll at three.",
            3,
            "Uganda Police Force",
        ),
        ("Villagers said nine died, disputing the army, which puts the toll at four.", 4, "army"),
    ],
)
def test_a_stance_word_is_no_part_of_a_voice(text: str, value: int, voice: str) -> None:
    assert [c.attribution for c in _read(text) if c.value == value] == [voice]


def test_apres_midi_names_no_voice() -> None:
    text = (
        "Le médecin-chef a fait état de quatre morts et de onze blessés, dont deux "
        "dans un état grave, "
        "lors d'une conférence de presse en début d'après-midi."
    )
    assert {c.attribution for c in _read(text, "fr")} == {"Le médecin-chef"}


@pytest.mark.parametrize(
    ("headline", "first", "second"),
    [
        ("Kasese clash: Mayor says six killed as police insist on three", 6, 3),
        ("Ituri attack: local leaders say 30 dead as army puts toll at 12", 30, 12),
    ],
)
def test_a_rival_voice_count_is_the_toll(headline: str, first: int, second: int) -> None:
    doc = document_from_text("note.txt", f"{headline}\n\nThe clash took place on Sunday.\n")
    assert [(c.category.value, c.value) for c in extract_claims(doc)] == [
        ("killed", first),
        ("killed", second),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "UNHCR counts 8,200 Chadian refugees registered in Cameroon, including 1,350 "
        "who arrived since January 2026.",
        "The agency has registered 45,000 Sudanese refugees in Chad, 9,800 of whom "
        "arrived since March 2025.",
    ],
)
def test_a_part_period_is_not_the_total(text: str) -> None:
    total = _read(text)[0]
    assert total.period is None
    assert total.scope.value == "cumulative"


def test_a_total_period_stays() -> None:
    claims = _read("At least 2,400 people have been killed since 2019, including 300 children.")
    assert claims[0].period == "since 2019"


@pytest.mark.parametrize(
    ("text", "language", "first", "revised"),
    [
        (
            "Selon le préfet, quatre personnes ont été tuées lundi à Kolda. Dans la soirée, "
            "le préfet a revu le bilan à la hausse : sept morts.",
            "fr",
            4,
            7,
        ),
        (
            "Le ministre a annoncé douze morts. Le ministre a ensuite revu ce bilan à la "
            "baisse : neuf morts.",
            "fr",
            12,
            9,
        ),
        (
            "The governor said four people were killed in Kolda. In the evening, the governor "
            "revised the toll upwards: seven dead.",
            "en",
            4,
            7,
        ),
    ],
)
def test_a_revision_before_its_figure(text: str, language: str, first: int, revised: int) -> None:
    claims = {c.value: c for c in _read(text, language) if c.category.value == "killed"}
    assert claims[first].earlier_figure
    assert not claims[revised].earlier_figure
    assert claims[revised].attribution == claims[first].attribution


def test_another_tellers_count_is_not_revised() -> None:
    text = (
        "Le directeur de l'hôpital a fait état de huit morts. Dans la soirée, le préfet a revu "
        "le bilan à la hausse : dix morts."
    )
    claims = {c.value: c for c in _read(text, "fr")}
    assert not claims[8].earlier_figure


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The war between the Nigerian state and Boko Haram has killed more than 35,000 people.",
            "Nigeria",
        ),
        (
            "The conflict between the Ethiopian state and the Oromo Liberation Army has killed "
            "between 2,000 and 4,000 people since 2018.",
            "Ethiopia",
        ),
    ],
)
def test_a_demonym_state_is_the_polity(text: str, place: str) -> None:
    assert [c.location for c in _read(text)] == [place]


def test_a_region_called_state_stays() -> None:
    assert [
        c.location for c in _read("Gunmen killed 12 people in Ethiopia's Somali state on Monday.")
    ] == ["Ethiopia's Somali state"]


def _dated(text: str, language: str, published: str) -> list[tuple[float | None, str | None]]:
    import datetime as dt

    doc = document_from_text("note.txt", text).model_copy(
        update={"published": dt.date.fromisoformat(published)}
    )
    if language != "en":
        doc = in_language(doc, language)
    return [(c.value, c.date) for c in extract_claims(doc) if c.value is not None]


@pytest.mark.parametrize(
    ("text", "language", "published", "day"),
    [
        (
            "COMMUNIQUÉ\n\nDans la nuit de samedi à dimanche, un convoi des Forces armées a été "
            "pris à partie par des hommes armés près de Kidira.\n\nLa riposte des éléments a "
            "permis de repousser les assaillants.\n\nAu cours de cet accrochage, l'armée déplore "
            "deux (02) soldats tués et quatre (04) blessés.",
            "fr",
            "2026-03-15",
            "2026-03-14/2026-03-15",
        ),
        (
            "Statement\n\nOn Tuesday, an army patrol came under fire near Garissa.\n\nTroops "
            "responded and pushed the attackers back.\n\nDuring the exchange, three soldiers "
            "were killed and two were wounded.",
            "en",
            "2026-03-12",
            "2026-03-10",
        ),
    ],
)
def test_a_patrol_set_upon_dates_the_tolls_after_it(
    text: str, language: str, published: str, day: str
) -> None:
    assert {date for _, date in _dated(text, language, published)} == {day}
