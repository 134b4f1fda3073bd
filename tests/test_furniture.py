"""Body text versus page furniture, with offsets into the original text."""

from itertools import groupby

from hypothesis import given
from hypothesis import strategies as st

from workbench.ingest.furniture import _in_context, _lines, _listable, find_blocks, name_commenters
from workbench.models import BlockKind

PAGE = """Skip to main content

Ceasefire collapses in the east

By Jane Roe and John Doe, Example News
updated 9:02 AM GMT, Tue March 2, 2021
  • NEW: 40 people killed overnight
Forty people were killed overnight in the east, officials said.

Read more: Why the ceasefire failed

Talks in the capital
Donors meet in Geneva
Aid convoys stuck at border

The United Nations said 3,000 people had fled.

ALSO READ
Markets slump as rates rise
Election results delayed in the south
"""


def texts(page: str):
    return [(b.kind, page[b.start : b.end]) for b in find_blocks(page)]


def test_furniture_is_dropped_and_offsets_kept():
    blocks = texts(PAGE)
    assert blocks == [
        (BlockKind.TITLE, "Ceasefire collapses in the east"),
        (BlockKind.BULLET, "NEW: 40 people killed overnight"),
        (BlockKind.PARAGRAPH, "Forty people were killed overnight in the east, officials said."),
        (BlockKind.PARAGRAPH, "The United Nations said 3,000 people had fled."),
    ]


def test_other_stories_timestamps_start_a_rail():
    page = (
        "Title here\n\nupdated 1:00 PM EST, Fri May 3, 2019\nBody says 12 soldiers died.\n"
        "Part of complete coverage on\nupdated 2:00 PM EST, Sat May 4, 2019\n"
        "Teaser says 90 people were killed.\n"
    )
    assert [t for _, t in texts(page)] == ["Title here", "Body says 12 soldiers died."]


def test_wrapped_lines_join_into_one_paragraph():
    page = "The report says that the militia\nkilled 40 people in the village.\n"
    blocks = find_blocks(page)
    assert len(blocks) == 1
    assert page[blocks[0].start : blocks[0].end].endswith("village.")


def test_comments_are_numbered_and_signed():
    page = (
        "Post title\n\nThe post body.\n\n3 thoughts on “Post title”\n\n"
        "  1. First comment text.\n\n    • A reply to the first.\n\n"
        "  2. Second comment. Cheers, Omar.\n\nLeave a Reply\n\n"
        "Your email address will not be published.\n"
    )
    blocks = name_commenters(page, find_blocks(page))
    comments = [
        (b.comment, page[b.start : b.end], b.commenter)
        for b in blocks
        if b.kind is BlockKind.COMMENT
    ]
    assert comments == [
        ("1", "First comment text.", None),
        ("1.1", "A reply to the first.", None),
        ("2", "Second comment. Cheers, Omar.", "Omar"),
    ]


def test_duplicate_caption_kept_once():
    page = "Title\n\nSoldiers patrol a market.\nSoldiers patrol a market.\n\nBody text.\n"
    assert [t for _, t in texts(page)].count("Soldiers patrol a market.") == 1


_LINE_PARTS = ["Gunmen", "killed", " ", "  ", "\n", "\r\n", "\r", "\u2028", "\x0c", "12."]


@given(st.lists(st.sampled_from(_LINE_PARTS), max_size=40))
def test_lines_are_cut_where_splitlines_cuts_them(parts):
    text = "".join(parts)
    expected, pos = [], 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        lead = len(content) - len(content.lstrip())
        if content.strip():
            expected.append((pos + lead, pos + lead + len(content.strip()), content.strip()))
        pos += len(raw)
    found = [(line.start, line.end, line.text) for line in _lines(text) if not line.blank]
    assert found == expected


_LIST_LINES = [
    "Markets slump",
    "• A bullet",
    "",
    "a lower line.",
    "Forty were killed.",
    "Aid stuck",
]


@given(st.lists(st.sampled_from(_LIST_LINES), max_size=30))
def test_lines_in_context_mark_runs_of_two_headlines(lines):
    """`_in_context` reads one line ahead, never a list of every line: a line is in a
    related-story list when it is in a run of two or more adjacent listable lines,
    and each line comes with the next one."""
    text = "\n".join(lines)
    cut = list(_lines(text))
    in_runs: list[bool] = []
    for listable, run in groupby(_listable(line) for line in cut):
        size = len(list(run))
        in_runs += [listable and size >= 2] * size
    found = list(_in_context(iter(_lines(text))))
    assert [(line.start, listed) for line, _, listed in found] == [
        (line.start, runs) for line, runs in zip(cut, in_runs, strict=True)
    ]
    assert [None if f is None else f.start for _, f, _ in found] == [
        line.start for line in cut[1:]
    ] + ([None] if cut else [])


LONG_HEADLINE = (
    "Kivu : au moins 120 morts et 400 blessés dans les combats pour le contrôle de Sake, "
    "selon une ONG"
)


def test_a_long_headline_alone_on_the_first_line_is_the_title():
    page = f"{LONG_HEADLINE}\n\nAu moins 120 personnes ont été tuées à Sake, selon une ONG.\n"
    assert texts(page)[0] == (BlockKind.TITLE, LONG_HEADLINE)
    assert len(LONG_HEADLINE) > 90  # longer than a link or a section head


def test_a_long_first_line_is_no_title_when_wrapped_alone_in_the_text_or_a_sentence():
    wrapped = f"{LONG_HEADLINE}\nand more words on the next line.\n\nA second paragraph.\n"
    assert texts(wrapped)[0][0] is BlockKind.PARAGRAPH
    assert texts(f"{LONG_HEADLINE}\n")[0][0] is BlockKind.PARAGRAPH  # a note of one line
    sentence = f"{LONG_HEADLINE}.\n\nA second paragraph.\n"
    assert texts(sentence)[0][0] is BlockKind.PARAGRAPH
    too_long = f"{LONG_HEADLINE} {LONG_HEADLINE}\n\nA second paragraph.\n"
    assert texts(too_long)[0][0] is BlockKind.PARAGRAPH


def test_a_headline_ending_in_a_closing_quote_is_the_title():
    page = "Kivu: 'More than a dozen killed in rebel attack'\n\nA dozen people were killed.\n"
    assert texts(page)[0] == (BlockKind.TITLE, "Kivu: 'More than a dozen killed in rebel attack'")
    quoted = "He said: 'We lost 12 men.'\n\nA dozen people were killed.\n"
    assert texts(quoted)[0][0] is BlockKind.PARAGRAPH
