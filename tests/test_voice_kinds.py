"""Voices (issue 13, kinds37): data, figures and estimates with no author are no
speaker ("according to preliminary data": the outlet's voice); "he said" and "she said"
are the person the paragraph, or the paragraph before it, named last with a title or a
full name. Sentences written for these tests, with their negatives."""

import pytest

from workbench.extract import extract_claims
from workbench.ingest import document_from_text


def _voices(text: str) -> list[str | None]:
    return [c.attribution for c in extract_claims(document_from_text("t.txt", text))]


@pytest.mark.parametrize(
    "text",
    [
        "According to preliminary data, 27 people were killed in Tessit.",
        "According to official figures, 3,400 people have fled their homes.",
        "According to the latest estimates, 61 civilians died.",
        "According to initial counts, 8 soldiers were wounded.",
        # the determiner that opens the sentence is no author ("A", a trial's voice)
        "A provisional count reports 41 civilians killed in Mambasa.",
        "The preliminary tally shows 12 soldiers wounded.",
    ],
)
def test_a_document_with_no_author_names_no_voice(text):
    assert _voices(text) == [None]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a document whose author is named is that author's
        ("According to data from the interior ministry, 27 people died.", "interior ministry"),
        ("According to figures released by OCHA, 3,400 people fled.", "OCHA"),
        ("According to hospital records, 12 patients died.", "hospital records"),
        # a name before the document's noun is its author
        ("According to UN data, 300 people fled to Chad.", "UN"),
        ("According to OCHA figures, 3,400 people were displaced.", "OCHA"),
        ("According to Health Ministry statistics, 17 people died.", "Health Ministry"),
        # a report stays a voice the text tells as a source
        ("According to initial reports, 9 guards were killed.", "initial reports"),
    ],
)
def test_a_document_with_an_author_or_a_report_keeps_its_voice(text, voice):
    assert _voices(text) == [voice]


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        # a title before the name, in the paragraph before
        (
            'Commissioner Halima Bello inspected the camp.\n\n"We buried 18 people," she said.',
            "Halima Bello",
        ),
        # a name before an apposition that gives a title, in the same paragraph
        (
            "Tomas Ferreira, the regional governor, flew to Pemba on Monday. "
            "He said 23 soldiers had been killed.",
            "Tomas Ferreira",
        ),
        # a full name with no title, opening its sentence before a verb
        ("Grace Achieng runs the clinic in Lira. She said 9 patients died.", "Grace Achieng"),
        # a death told further off in the clause is not the person's
        (
            "Mayor Rosa Tembo visited the market where 12 traders were killed. "
            "She said 30 more were wounded.",
            "Rosa Tembo",
        ),
        # the person named last, not a speaker named before
        (
            "The army said 4 soldiers died. A local chief, Ibrahim Tanko, disputed that. "
            "He said 31 soldiers were killed.",
            "Ibrahim Tanko",
        ),
    ],
)
def test_he_or_she_said_is_the_person_named_last(text, voice):
    assert _voices(text)[-1] == voice


def test_a_speakers_own_words_are_kept_for_the_person_they_name():
    text = (
        "Defence ministry spokesman Karim Haddad said 5 soldiers died. "
        "Eleven more were wounded, he said."
    )
    assert _voices(text)[-1] == "Defence ministry spokesman Karim Haddad"


@pytest.mark.parametrize(
    "text",
    [
        # a place, a body, a group, a victim: none is whom "he" stands for
        "In Kayes Town, the mayor spoke. He said 12 people were killed.",
        "Gunmen shot dead trader Musa Garba in Dogo. He said 3 others fled.",
        "Musa Garba, 45, was shot dead in Dogo. He said 3 others were wounded.",
        "Boko Haram fighters stormed Gwoza. He said 40 were abducted.",
        "The Red Cross reached Bama. She said 14 were injured.",
        # a name two paragraphs back is too far
        "Governor Ali Sani visited.\n\nThe army moved in.\n\nHe said 12 were killed.",
    ],
)
def test_no_person_named_is_no_one_to_resolve_to(text):
    assert _voices(text)[-1] in ("He", "She")


@pytest.mark.parametrize(
    ("text", "voice"),
    [
        (
            "The rebels, who control the mines, seized the town and said they "
            "had killed 30 soldiers.",
            "rebels",
        ),
        (
            "The ministry, which runs the camps, opened an inquiry and said 14 refugees died.",
            "ministry",
        ),
    ],
)
def test_a_predicate_coordinated_with_the_verb_of_saying_is_no_voice(text, voice):
    """A trial's voice was "claimed responsibility for Monday's attack and": the
    subject of "X, who ..., claimed ... and said" is X."""
    assert _voices(text) == [voice]
