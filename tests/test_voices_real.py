"""Whose voice a figure is, on sentences written for these tests in the shapes real
reports take: each clause's own speaker, "X put the toll at N", an aide to someone,
a speaker's own place, datelines, and a voice relaying another ("citing",
"quoting", "relayed by"); and the origin kept by the database."""

from __future__ import annotations

import pytest

from tests.conftest import claims_in, database_before, killed_claim, only_claim
from workbench.extract.attribution import speaker_for
from workbench.extract.dateline import dateline_end
from workbench.extract.relay import origin_of, split_name
from workbench.extract.voice_resolution import resolve
from workbench.extract.voices import Speaker, find_speakers, mask_brackets
from workbench.ingest import document_from_text
from workbench.models import Claim, ClaimRow, StoredClaim
from workbench.store import SCHEMA_VERSION, ClaimFilter, Store


def speakers_of(sentence: str) -> list[Speaker]:
    """The sentence's speakers as the pipeline has them: found, then resolved."""
    return [resolve(s, ()) for s in find_speakers(mask_brackets(sentence), 0, len(sentence))]


def speaker_of(sentence: str, figure: str) -> Speaker | None:
    """The speaker `speaker_for` gives the figure `figure` (its first occurrence)."""
    at = sentence.index(figure)
    return speaker_for(speakers_of(sentence), at, at + len(figure), sentence)


def voice_of(sentence: str, figure: str) -> str | None:
    speaker = speaker_of(sentence, figure)
    return speaker.name if speaker else None


def origin_in(sentence: str, figure: str) -> str | None:
    speaker = speaker_of(sentence, figure)
    return speaker.origin if speaker else None


# -- 1. each figure takes the speaker of its own clause ----------------------

TWO_VOICES = [
    # (sentence, first figure, its voice, second figure, its voice)
    (
        "The ministry reported 14 deaths; the opposition said 40 people were killed.",
        "14 deaths",
        "ministry",
        "40 people",
        "opposition",
    ),
    (
        "Officials said 8 policemen died, but the militants claimed they had killed 25.",
        "8 policemen",
        "Officials",
        "25",
        "militants",
    ),
    (
        "Police said four people were wounded, whereas hospital staff said nine were hurt.",
        "four people",
        "Police",
        "nine",
        "hospital staff",
    ),
    (
        "While the governor said 16 villagers were killed, local residents put the figure at 60.",
        "16 villagers",
        "governor",
        "60",
        "local residents",
    ),
    (
        "Nineteen soldiers died, the defence ministry said, while the insurgents claimed 70.",
        "Nineteen soldiers",
        "defence ministry",
        "70",
        "insurgents",
    ),
    (
        "The Red Cross put the toll at 31, while the local chief said 45 bodies were buried.",
        "31",
        "Red Cross",
        "45 bodies",
        "local chief",
    ),
]


@pytest.mark.parametrize(("sentence", "first", "voice1", "second", "voice2"), TWO_VOICES)
def test_each_figure_takes_the_speaker_of_its_clause(sentence, first, voice1, second, voice2):
    assert (voice_of(sentence, first), voice_of(sentence, second)) == (voice1, voice2)


def test_a_trailing_speaker_speaks_for_the_clauses_before_it():
    sentence = "Twelve soldiers were killed, while 30 were wounded, the army said."
    assert voice_of(sentence, "Twelve soldiers") == voice_of(sentence, "30") == "army"


def test_a_clause_without_a_speaker_continues_the_one_before():
    sentence = "The ministry said 7 soldiers died, but 15 civilians were also hurt."
    assert voice_of(sentence, "15 civilians") == "ministry"


def test_a_speaker_opening_a_later_clause_does_not_speak_for_the_first():
    sentence = "Eleven civilians died in the raid, although the rebels put the toll at 40."
    assert voice_of(sentence, "Eleven civilians") is None
    assert voice_of(sentence, "40") == "rebels"


def test_each_figure_takes_its_clause_speaker_in_the_claims():
    found = claims_in(
        "Officials said 8 policemen died, but the militants claimed they had killed 25."
    )
    assert [(c.text.split()[-1], c.attribution) for c in found][-1] == ("25", "militants")
    assert found[0].attribution == "Officials"


# -- 2. "X put the toll at N": X is the voice ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("The health ministry put the death toll at 37.", "health ministry"),
        ("Rescue workers gave a toll of 18 dead.", "Rescue workers"),
        ("Regional officials estimated the number of dead at 90.", "Regional officials"),
        ("The Red Crescent placed the casualty toll at 26.", "Red Crescent"),
        ("A local monitor on Tuesday revised the toll to 52 dead.", "A local monitor"),
    ],
)
def test_who_puts_the_toll_at_a_figure_is_its_voice(sentence, voice):
    assert only_claim(sentence).attribution == voice


@pytest.mark.parametrize(
    ("sentence", "figure", "voice"),
    [
        ("The UN puts the number killed at 70.", "70", "UN"),
        ("The prefecture pegs the count of missing at 23.", "23", "prefecture"),
        ("Hospital doctors put it at 15.", "15", "Hospital doctors"),
    ],
)
def test_toll_statements_name_their_speaker(sentence, figure, voice):
    assert voice_of(sentence, figure) == voice


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack put the death toll at 50.",
        "New figures put the toll at 20.",
        "Overnight clashes set the toll at 35.",
    ],
)
def test_an_event_putting_the_toll_is_no_voice(sentence):
    assert speakers_of(sentence) == []


def test_who_puts_the_toll_is_not_the_actor():
    assert only_claim("The army put the death toll at 37.").actor is None


# -- 3 and 4. an aide to someone, a leader in a place --------------------------


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "“Nine bodies were recovered,” said an aide to the regional governor, who asked "
            "not to be named.",
            "an aide to the regional governor",
        ),
        (
            "Fourteen people died, said an adviser to the mayor, who was not authorised to "
            "speak to the press.",
            "an adviser to the mayor",
        ),
        (
            "An aide to the prefect, who declined to be named, said 14 people were abducted.",
            "An aide to the prefect",
        ),
        (
            "A women's leader in Dori, who asked not to be named, said 22 people were abducted.",
            "A women's leader in Dori",
        ),
        (
            "A resident of Mopti, who fled on Sunday, said 12 houses were burned.",
            "A resident of Mopti",
        ),
        (
            "A spokesman for the army in Gao, who gave no name, said 6 soldiers were wounded.",
            "A spokesman for the army in Gao",
        ),
        ("Residents of Djibo said 30 herders were killed.", "Residents of Djibo"),
    ],
)
def test_the_speaker_keeps_what_places_it_and_drops_the_relative_clause(sentence, voice):
    assert only_claim(sentence).attribution == voice


def test_a_relative_clause_after_a_phrase_still_names_its_last_noun():
    text = "These raids show the reach of the militants, who claim to have killed 200 soldiers."
    assert only_claim(text).attribution == "militants"


def test_an_aide_is_a_person_whom_he_resolves_to():
    found = claims_in(
        "An aide to the governor, who asked not to be named, said 9 soldiers died. "
        "Two others were wounded, he said."
    )
    assert [c.attribution for c in found] == ["An aide to the governor"] * 2


# -- 5. datelines ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("NIAMEY, Niger — Gunmen killed 11 gendarmes.", "Gunmen"),
        ("MOPTI (Reuters) - A mine killed 4 people.", "A mine"),
        ("Diffa, Niger, May 4 (AP) - Boko Haram killed 20 farmers.", "Boko Haram"),
        ("TILLABERI, April 9 -- Nine soldiers died.", "Nine"),
        ("NEW DELHI, Jan. 5 (PTI) — Police said 3 died.", "Police"),
    ],
)
def test_a_dateline_is_passed_over(text, rest):
    assert text[dateline_end(text, 0, len(text)) :].startswith(rest)
    masked = mask_brackets(text)  # the agency blanked out, as find_speakers reads it
    assert masked[dateline_end(masked, 0, len(masked)) :].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Two groups - one led by a chief - clashed.",
        "JNIM - the group behind the raid - killed 9.",
        "UN - The mission said 4 died.",
        "A bomb -- probably a mine -- killed 4.",
        "Gao — Twelve soldiers died.",
        "Title line\nThe army said, KAYA - 4 died.",
    ],
)
def test_what_is_not_a_dateline(text):
    start = text.rfind("\n") + 1 if "KAYA" in text else 0
    assert dateline_end(text, start, len(text)) == start


@pytest.mark.parametrize(
    "text",
    [
        "MOPTI (Reuters) - Eleven soldiers were killed in an ambush.",
        "NIAMEY, Niger — Gunmen killed 11 gendarmes on Sunday.",
        "Diffa, Niger, May 4 (AP) - Twenty farmers were killed.",
    ],
)
def test_a_dateline_is_no_voice(text):
    assert only_claim(text).attribution is None


def test_a_dateline_before_a_real_speaker():
    text = "MOPTI, Mali (Reuters) - Eleven soldiers were killed, the defence ministry said."
    assert only_claim(text).attribution == "defence ministry"


def test_a_dateline_is_no_actor():
    claim = only_claim("MOPTI (Reuters) - A mine killed 4 people.")
    assert claim.actor is None


# -- 6. a voice relaying another: the origin -------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure", "voice", "origin"),
    [
        (
            "At least 19 soldiers died, according to a rights group citing local medics.",
            "19 soldiers",
            "a rights group",
            "local medics",
        ),
        (
            "The agency said 14 people died, citing hospital sources.",
            "14 people",
            "agency",
            "hospital sources",
        ),
        (
            "Quoting witnesses, the radio station said 8 traders were abducted.",
            "8 traders",
            "radio station",
            "witnesses",
        ),
        (
            "Ansarul Islam's statement, relayed by a local radio, said 12 soldiers were killed.",
            "12 soldiers",
            "a local radio",
            "Ansarul Islam",
        ),
        (
            "Security officials quoted by state television said 23 militants were killed.",
            "23 militants",
            "state television",
            "Security officials",
        ),
        (
            "The newspaper quoted a nurse as saying 30 bodies had arrived.",
            "30 bodies",
            "newspaper",
            "a nurse",
        ),
        (
            "A spokesman speaking on behalf of the movement said 5 hostages were freed.",
            "5 hostages",
            "A spokesman",
            "the movement",
        ),
        (
            "Seven guards were killed, according to the ministry, quoting a police report.",
            "Seven guards",
            "ministry",
            "police",
        ),
        (
            "Nine people were killed, said a monitor, citing figures from the health office.",
            "Nine people",
            "a monitor",
            "the health office",
        ),
    ],
)
def test_a_relaying_voice_and_its_origin(sentence, figure, voice, origin):
    speaker = speaker_of(sentence, figure)
    assert speaker is not None
    assert (speaker.name, speaker.origin) == (voice, origin)


@pytest.mark.parametrize(
    ("sentence", "figure", "voice"),
    [
        ("The army said 12 soldiers died, citing a lack of evidence for more.", "12", "army"),
        ("The group said 40 people were hurt, citing security concerns.", "40", "group"),
        ("Police, citing the coming elections, said 9 men were arrested.", "9 men", "Police"),
        ("The militia, which fights on behalf of the government, said 6 died.", "6", "militia"),
        ("According to the group citing its own rules, 4 died.", "4", "group"),
    ],
)
def test_citing_a_reason_names_no_origin(sentence, figure, voice):
    speaker = speaker_of(sentence, figure)
    assert speaker is not None
    assert (speaker.name, speaker.origin) == (voice, None)


@pytest.mark.parametrize(
    ("phrase", "origin"),
    [
        ("JNIM", "JNIM"),
        ("the group's statement", "the group"),
        ("a statement from the army", "the army"),
        ("a UN report", "UN"),
        ("a report by Human Rights Watch", "Human Rights Watch"),
        ("local sources", "local sources"),
        ("a lack of evidence", None),
        ("security concerns", None),
        ("Israeli aggression", None),
        ("a report", None),
        ("the mayor's negligence", None),
        ("retaliation for the raid", None),
    ],
)
def test_what_a_relay_names(phrase, origin):
    assert origin_of(phrase) == origin


def test_a_relay_in_a_speakers_words_is_cut_off_its_name():
    assert split_name("a monitoring group citing JNIM") == ("a monitoring group", "JNIM")
    assert split_name("the group citing a lack of evidence") == ("the group", None)
    assert split_name("Human Rights Watch") == ("Human Rights Watch", None)


def test_the_relaying_voice_is_the_claims_attribution():
    text = "At least 19 soldiers died, according to a rights group citing local medics."
    assert only_claim(text).attribution == "a rights group"


def test_a_pronoun_keeps_its_origin_when_resolved():
    text = "Reuters named the dead. It said, citing medics, that 5 died."
    [it] = find_speakers(text, text.index("It"), len(text))
    resolved = resolve(it, [Speaker(0, 7, "Reuters", person=False)])
    assert (resolved.name, resolved.origin) == ("Reuters", "medics")


def test_the_claim_carries_its_origin():
    text = "At least 19 soldiers died, according to a rights group citing local medics."
    claim = only_claim(text)
    assert (claim.attribution, claim.origin) == ("a rights group", "local medics")


# -- the origin in the database ----------------------------------------------

TEXT = (
    "Toll in the north\n\n"
    "At least 40 soldiers were killed, according to a monitoring group citing JNIM.\n\n"
    "Gunmen killed 12 villagers near Tessit on Tuesday.\n"
)


def claim(words: str, value: int, attribution: str | None, origin: str | None) -> Claim:
    return killed_claim(TEXT, words, value, attribution=attribution, origin=origin)


def stored(path) -> Store:
    store = Store(path)
    claims = [
        claim("40 soldiers", 40, "a monitoring group", "JNIM"),
        claim("12 villagers", 12, None, None),
    ]
    assert store.add_document(document_from_text("toll.txt", TEXT), claims) is not None
    return store


def test_origin_survives_the_database(tmp_path):
    store = stored(tmp_path / "claims.db")
    store.close()
    store = Store(tmp_path / "claims.db")
    rows = store.claims(ClaimFilter())
    assert [(r["attribution"], r["origin"]) for r in rows] == [
        ("a monitoring group", "JNIM"),
        (None, None),
    ]
    assert StoredClaim.model_validate(store.claim(rows[0]["id"])).origin == "JNIM"
    plain = list(store.iter_claim_rows(ClaimFilter()))
    assert all(isinstance(r, ClaimRow) for r in plain)
    assert [r.origin for r in plain] == ["JNIM", None]
    store.close()


def test_a_database_from_before_origins_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.db"
    old = database_before(
        path, "m007_origin", attribution="the army", scope="cumulative", period="since 2019"
    )
    assert "origin" not in old["claims"].columns_dict
    old.close()

    store = Store(path)
    assert store.schema_version() == SCHEMA_VERSION
    [row] = store.claims(ClaimFilter(search="Gao"))
    assert (row["attribution"], row["origin"]) == ("the army", None)
    assert (row["scope"], row["period"]) == ("cumulative", "since 2019")  # nothing lost
    store.add_document(
        document_from_text("toll.txt", TEXT), [claim("40 soldiers", 40, "a group", "JNIM")]
    )
    assert [r["origin"] for r in store.claims(ClaimFilter(source="toll.txt"))] == ["JNIM"]
    store.close()
    assert Store(path).schema_version() == SCHEMA_VERSION
