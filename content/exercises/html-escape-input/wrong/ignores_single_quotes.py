# Escapes double quotes but not single quotes. Inside an attribute written with single quotes
# (<a title='...'>), an apostrophe in the text closes the attribute and lets the rest of the text
# add attributes of its own, such as onmouseover.
import re

BARE_AMPERSAND = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});)")


def escape_html(text, quote=True):
    text = BARE_AMPERSAND.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;")
    return text
