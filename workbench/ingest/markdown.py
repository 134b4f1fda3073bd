"""Markdown read as the text a reader sees: emphasis, link and image markup gone,
the words kept ("at least *168* killed" is "at least 168 killed", "[DVB](https://…)
said" is "DVB said"), parsed by markdown-it-py (CommonMark; raw HTML is left as
text). Blocks (paragraphs, headings, list items, quotes, code) are a blank line
apart, as the sentence and paragraph readers expect; the lines of a paragraph stay
lines; a list item keeps its marker ("2019." stays a year, not a list's number)."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

_PARSER = MarkdownIt("commonmark", {"html": False})
_OPENS_BLOCK = {"paragraph_open", "heading_open"}
_LITERAL = {"fence", "code_block", "html_block"}


def markdown_to_text(source: str) -> str:
    """The text of a Markdown document: its blocks a blank line apart, each block's
    inline markup dropped and its words kept. Never raises: CommonMark reads any text."""
    blocks: list[str] = []
    marker = ""  # a list item's marker, put before its first block
    for token in _PARSER.parse(source):
        if token.type == "list_item_open":
            marker = f"{token.info}{token.markup} "
        elif token.type == "inline":
            blocks.append(marker + _inline(token.children or []))
            marker = ""
        elif token.type in _LITERAL:
            blocks.append(token.content.rstrip("\n"))
    return "\n\n".join(block for block in blocks if block.strip()) + "\n"


def _inline(children: list[Token]) -> str:
    """A block's words: text, code and images' descriptions; breaks as line ends."""
    words: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline", "html_inline"):
            words.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            words.append("\n")
        elif child.type == "image":
            words.append(_inline(child.children or []))
    return "".join(words)
