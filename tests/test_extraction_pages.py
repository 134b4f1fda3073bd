"""A long document is read a page at a time, and its claims handed on as they are
read (issue 14, item 15: memory bounded whatever the length). Memory itself is
measured by benchmarks/adversarial.py, not here."""

from __future__ import annotations

from collections.abc import Iterator

from workbench.extract import extract_claims, iter_claims
from workbench.extract.document import PAGE, Whole, pages
from workbench.extract.home_country import dominant_country, dominant_country_of
from workbench.extract.restatements import RESTATED_WITHIN, share_attributions
from workbench.ingest import document_from_text
from workbench.models import Category, Claim

_STORY = (
    "Gunmen killed {n} villagers near Gao on Tuesday, the army said.\n\n"
    "About {m} families fled to Mopti after the attack, according to the UN.\n\n"
)


def _long_document(paragraph_pairs: int) -> str:
    # each paragraph its own: one said again word for word is read once (reader.py)
    return "".join(_STORY.format(n=n + 2, m=n + 30) for n in range(paragraph_pairs))


def test_a_document_no_longer_than_a_page_is_its_own_single_page():
    doc = document_from_text("short.txt", _long_document(10))
    [page] = pages(doc)
    assert page.offset == 0 and page.doc is doc


def test_pages_are_whole_blocks_in_order_and_cover_every_block():
    doc = document_from_text("long.txt", _long_document(1200))
    assert len(doc.text) > 2 * PAGE
    cut = list(pages(doc))
    assert len(cut) > 2
    seen = []
    for page in cut:
        assert len(page.doc.text) <= PAGE
        for block in page.doc.blocks:
            seen.append(page.doc.text[block.start : block.end])
            whole = doc.text[page.offset + block.start : page.offset + block.end]
            assert whole == seen[-1]
    assert seen == [doc.text[b.start : b.end] for b in doc.blocks]


def test_a_block_longer_than_a_page_is_cut_at_a_sentence_end():
    sentence = "Gunmen killed 12 villagers in Gao on Tuesday, the army said. "
    doc = document_from_text("flat.txt", sentence * 2000)
    cut = list(pages(doc, size=10_000))
    assert len(cut) > 10
    for page in cut[:-1]:
        assert page.doc.text.rstrip().endswith("said.")


def test_claims_of_a_long_document_are_those_of_its_paragraphs_with_offsets_into_it():
    text = _long_document(1200)
    doc = document_from_text("long.txt", text)
    claims = extract_claims(doc)
    assert len(claims) == 2400
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    one = extract_claims(document_from_text("one.txt", _STORY.format(n=2, m=30)))
    assert [(c.category, c.value, c.location, c.attribution) for c in claims[:2]] == [
        (c.category, c.value, c.location, c.attribution) for c in one
    ]


def test_claims_are_handed_on_as_they_are_read():
    claims = iter_claims(document_from_text("long.txt", _long_document(1200)))
    assert isinstance(claims, Iterator)
    first = next(claims)
    assert first.value == 2 and first.category is Category.KILLED


def test_the_country_of_a_long_document_counts_every_page_and_the_first_dateline():
    assert dominant_country_of(["Fighting in Mali.", "Mali and Niger.", "Niger, Niger."]).name == (
        "Niger"
    )
    dated = "BAMAKO, Mali — Fighting went on.\nNiger and Niger."
    assert dominant_country_of([dated]) == dominant_country(dated)
    assert dominant_country_of(["Niger. Niger.", "BAMAKO, Mali — Fighting."]).name == "Niger"
    assert dominant_country_of(["BAMAKO, Mali — Fighting.", "Niger. Niger."]).name == "Mali"
    doc = document_from_text("long.txt", "GAO, Mali — " + _long_document(1200))
    assert Whole(doc).home is not None and Whole(doc).home.name == "Mali"


def _claim(value: int, attribution: str | None) -> Claim:
    return Claim(
        source="t.txt",
        start=value,
        end=value + 1,
        text=str(value),
        sentence=str(value),
        category=Category.KILLED,
        value=value,
        low=value,
        high=value,
        qualifier="exact",
        attribution=attribution,
    )


def test_a_restated_figure_takes_the_source_its_restatement_names_within_reach():
    near = [_claim(12, None), *(_claim(100 + i, None) for i in range(10)), _claim(12, "the army")]
    shared = list(share_attributions(near))
    assert shared[0].attribution == "the army"
    assert [c.value for c in shared] == [c.value for c in near]


def test_a_figure_restated_out_of_reach_keeps_no_source():
    between = [_claim(1000 + i, None) for i in range(RESTATED_WITHIN + 5)]
    far = [_claim(12, None), *between, _claim(12, "the army")]
    shared = list(share_attributions(far))
    assert shared[0].attribution is None
    assert shared[-1].attribution == "the army"
    assert len(shared) == len(far)


def test_a_title_over_its_date_line_is_read() -> None:
    """A title with its date on the next line ("23/03/2020") was read as a list of
    two related-story links and dropped, and its toll with it."""
    from tests.conftest import claims_in

    for date in ("23/03/2020", "23 mars 2020", "March 23, 2020"):
        text = f"Gunmen kill 36 civilians in Beni\n{date}\nThe attack took place overnight.\n"
        assert [c.value for c in claims_in(text)] == [36], date
    # two headline-like lines are still a list of links
    listed = "Gunmen kill 36 civilians in Beni\nFloods kill 12 in Kinshasa\n\nNo figure here.\n"
    assert claims_in(listed) == []
