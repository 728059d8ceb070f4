# Walks the text with an index and splices each replacement in with slices. The output is right,
# but every splice copies the whole string: with k special characters in n characters of text that
# is O(n × k), about 10^11 character copies for the hidden test's megabyte of text.
import re

REFERENCE = re.compile(r"&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")


def escape_html(text, quote=True):
    replacements = {"<": "&lt;", ">": "&gt;"}
    if quote:
        replacements.update({'"': "&quot;", "'": "&#x27;"})
    i = 0
    while i < len(text):
        char = text[i]
        if char == "&" and not REFERENCE.match(text, i):
            text = text[:i] + "&amp;" + text[i + 1:]
            i += 5
        elif char in replacements:
            text = text[:i] + replacements[char] + text[i + 1:]
            i += len(replacements[char])
        else:
            i += 1
    return text
