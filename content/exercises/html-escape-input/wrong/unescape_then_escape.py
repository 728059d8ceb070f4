# Decodes every reference with html.unescape, then escapes the result with html.escape. No double
# escaping, but references outside the list are decoded instead of kept or escaped: "&copy;"
# becomes "©", "&#39;" becomes "&#x27;", and "&lt" (no semicolon) becomes "&lt;".
import html


def escape_html(text, quote=True):
    return html.escape(html.unescape(text), quote=quote)
