# html.escape is the right tool for raw text, but it escapes every &, including the ones that start
# a reference: text that was already escaped comes out as "&amp;amp;", and escaping twice is not a
# no-op.
import html


def escape_html(text, quote=True):
    return html.escape(text, quote=quote)
