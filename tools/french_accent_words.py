"""Write workbench/extract/french/accent_words.txt: the accented words the French
reader's own patterns spell (every whole word with an accent, three letters or
more, in the string literals of workbench/extract/french/ and the French number and
place words), which `extract/french/accents.py` gives back their accents where a
page was typed without them. Run it again after changing the reader's words;
tests/test_french_accents.py fails while the file is out of date.

Usage: python tools/french_accent_words.py [--check]
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    *sorted((ROOT / "workbench/extract/french").glob("*.py")),
    ROOT / "workbench/geo/french_relations.py",
]
OUT = ROOT / "workbench/extract/french/accent_words.txt"
# a whole word of a literal: not a piece of a regular expression's alternation
_WORD = re.compile(r"(?<![\w(|?:\\])([a-zà-ÿœ]{3,})(?![\w)|?\\])")


def _bare(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def words() -> list[str]:
    """The accented words of the sources' string literals, sorted."""
    found: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.update(w for w in _WORD.findall(node.value) if _bare(w) != w)
    return sorted(found)


def text() -> str:
    """The file's text: a header, then one word a line."""
    header = "# Made by tools/french_accent_words.py from the French reader's patterns.\n"
    return header + "".join(f"{w}\n" for w in words())


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args()
    if args.check:
        sys.exit(0 if OUT.read_text(encoding="utf-8") == text() else 1)
    OUT.write_text(text(), encoding="utf-8")


if __name__ == "__main__":
    main()
