import re

# An & that does not start one of the references to keep. The lookahead checks the text after the
# & without consuming it, so only the & itself is replaced.
BARE_AMPERSAND = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)")


def escape_html(text: str, quote: bool = True) -> str:
    """Escape text for HTML without escaping the character references it already contains."""
    # The & first, so that the references added below are never looked at. (Doing it last would
    # also work: the lookahead keeps &lt; &gt; &quot; and &#x27; as they are.)
    text = BARE_AMPERSAND.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text
