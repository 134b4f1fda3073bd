"""The charset an HTML page declares in its head, for bytes that are not UTF-8: a
file saved from a browser, or a page whose server named no charset, says
`<meta charset="windows-1252">` (or the older `<meta http-equiv="Content-Type"
content="text/html; charset=...">`), which is read before a guess and its warning."""

from __future__ import annotations

import codecs
from email.message import Message
from html.parser import HTMLParser

# HTML's prescan reads the first 1,024 bytes for the declaration; a head of scripts
# and styles may push it later, so a little more is read
_HEAD_BYTES = 4096


def declared_charset(data: bytes) -> str | None:
    """The codec name (Python's, e.g. "cp1252") of the charset the page's `<meta>`
    declares in its first bytes, read with the standard library's HTML parser; None
    where it declares none, or one Python does not know. Never raises."""
    head = data[:_HEAD_BYTES]
    if b"<meta" not in head.lower():
        return None
    metas = _Metas()
    metas.feed(head.decode("latin-1"))  # tags are ASCII: any byte reads as one character
    for name in metas.charsets:
        try:
            return codecs.lookup(name.strip()).name
        except LookupError:
            continue
    return None


class _Metas(HTMLParser):
    """The charsets a page's `<meta>` elements name, in order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.charsets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta":
            return
        named = {key: value or "" for key, value in attrs}
        if named.get("charset"):
            self.charsets.append(named["charset"])
        elif named.get("http-equiv", "").lower() == "content-type":
            charset = _charset_of(named.get("content", ""))
            if charset:
                self.charsets.append(charset)


def _charset_of(content_type: str) -> str | None:
    """ "text/html; charset=ISO-8859-1" -> "iso-8859-1" (email's header parsing)."""
    message = Message()
    message["content-type"] = content_type
    return message.get_content_charset()
