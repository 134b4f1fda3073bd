"""French voice kinds a trial found on reports in no set (issue 18), on sentences
written for the tests: a toll given after the verb ("a avancé un nouveau bilan de",
"un bilan de provisoire") is what was said, its voice the titled name before it;
a voice named before a relative clause of speech ("le ministre X, qui a fait état
de"); the same sources in the plural, and a person named again by a bare title
("Le prêtre a ajouté", after "l'abbé X")."""

from __future__ import annotations

import datetime as dt

from workbench.extract import extract_claims
from workbench.extract.french import voice_anaphora
from workbench.ingest import document_from_text


def voices(text: str) -> list[str | None]:
    doc = document_from_text("fr.txt", text).model_copy(
        update={"language": "fr", "published": dt.date(2024, 6, 12)}
    )
    return [c.attribution for c in extract_claims(doc)]


def test_toll_after_the_verb_is_no_voice() -> None:
    text = (
        "Jean-Paul Kasereka, président de l'association des déplacés (ADP), a avancé un "
        "nouveau bilan de « 27 morts »."
    )
    assert voices(text) == ["Jean-Paul Kasereka"]
    text = "Marie Dusabe, maire de la commune, a communiqué un bilan provisoire de 14 morts."
    assert voices(text) == ["Marie Dusabe"]


def test_toll_adjective_after_de_is_no_voice() -> None:
    text = "Paul Mbeki, chef du village, a communiqué un bilan de provisoire « 9 morts »."
    assert voices(text) == ["Paul Mbeki"]


def test_toll_of_a_voice_still_names_it() -> None:
    # negative: "le bilan de la police" names the police
    assert voices("Selon le bilan provisoire de la police, 12 personnes ont été tuées.") == [
        "la police"
    ]


def test_voice_before_a_relative_clause_of_speech() -> None:
    text = (
        "L'attaque a été dénoncée par la ministre belge de la Coopération Anne Leclercq, "
        "qui a pour sa part fait état de « plus de 25 victimes » tuées."
    )
    assert voices(text) == ["la ministre belge de la Coopération Anne Leclercq"]
    assert voices("La Croix-Rouge, qui parle de 30 morts, appelle au calme.") == ["La Croix-Rouge"]


def test_relative_clause_not_of_speech_names_no_voice() -> None:
    # negatives: a claim of the attack, a relative clause about a place
    assert voices("Les rebelles, qui ont revendiqué l'attaque, ont tué 20 civils.") == [None]
    assert voices("Le marché de Beni, qui a été incendié, compte 12 morts.") == [None]


def test_same_sources_in_the_plural_name_the_sources_before() -> None:
    text = (
        "Selon des sources hospitalières, 18 civils ont été tués à Mora. "
        "Sept autres ont été blessés, selon les mêmes sources."
    )
    assert voices(text) == ["des sources hospitalières"] * 2


def test_bare_title_names_the_person_with_that_title() -> None:
    text = (
        "« Nous comptons 12 morts », a déclaré l'abbé Marc Ilunga, curé de la paroisse. "
        "Le prêtre a ajouté que quatre fidèles avaient été enlevés."
    )
    assert voices(text) == ["l'abbé Marc Ilunga"] * 2


def test_bare_title_not_held_before_stays() -> None:
    # negative: "le maire" is not the governor named before
    text = (
        "« Nous comptons 12 morts », a déclaré le gouverneur Marc Ilunga. "
        "Le maire a ajouté que quatre fidèles avaient été enlevés."
    )
    assert voices(text) == ["le gouverneur Marc Ilunga", "Le maire"]


def test_refers() -> None:
    assert voice_anaphora.refers("les mêmes sources")
    assert voice_anaphora.refers("Le prêtre")
    assert not voice_anaphora.refers("le prêtre de Mbau")
    assert not voice_anaphora.refers("des sources locales")
    assert voice_anaphora.refers_to("le prêtre", "l'abbé X", "l'abbé X, curé de Mbau")
    assert not voice_anaphora.refers_to("le prêtre", "le maire X", "le maire X")
    assert not voice_anaphora.refers_to("il", "elle", "elle")
