"""Markdown sources read as their words: a trial's "at least *168* killed" came out as
an exact "168*", and "[DVB](…) said" named the voice "DVB]". Texts written for the
tests."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_claim_places import run
from workbench.ingest.markdown import markdown_to_text


def test_inline_markup_goes_and_the_words_stay() -> None:
    text = markdown_to_text(
        "At least *168* people were **killed**, [the ministry](https://example.org/a)"
        " said, and `12` were hurt ![a burned market](m.jpg).\n"
    )
    assert text == (
        "At least 168 people were killed, the ministry said, and 12 were hurt a burned market.\n"
    )


def test_blocks_are_a_blank_line_apart_and_list_markers_stay() -> None:
    text = markdown_to_text(
        "## Toll rises\n\nLine one\nline two\n\n- 12 dead in Kaya\n- 4 in Dori\n\n"
        "2019. Gunmen killed 4.\n\n> The army said 9.\n"
    )
    assert text.split("\n\n") == [
        "Toll rises",
        "Line one\nline two",  # a paragraph's lines stay lines
        "- 12 dead in Kaya",
        "- 4 in Dori",
        "2019. Gunmen killed 4.",  # a year, not a list's number
        "The army said 9.\n",
    ]


def test_raw_html_and_code_are_kept_as_text() -> None:
    text = markdown_to_text("<b>5</b> killed\n\n    indented 7 killed\n")
    assert "<b>5</b> killed" in text and "indented 7 killed" in text


def test_a_markdown_file_gives_the_figure_and_voice_its_words_say(tmp_path: Path) -> None:
    source = tmp_path / "a.md"
    source.write_text(
        "# Attack\n\nAt least *168* people were killed, [DVB](https://dvb.example/a) said.\n",
        encoding="utf-8",
    )
    (claim,) = [json.loads(line) for line in run("extract", str(source), "--json").splitlines()]
    assert (claim["low"], claim["qualifier"], claim["attribution"]) == (168, "at_least", "DVB")
    assert "*" not in claim["text"]


def test_a_text_file_keeps_its_asterisks(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Gunmen killed *12* villagers in Kaya, police said.\n", encoding="utf-8")
    (claim,) = [json.loads(line) for line in run("extract", str(source), "--json").splitlines()]
    assert "*12*" in claim["sentence"]
