# Shifts only the lower-case letters; capitals are copied as they are, so "Hello" becomes "Hfmmp"
# instead of "Ifmmp".
def caesar(text: str, shift: int) -> str:
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        else:
            out.append(ch)
    return "".join(out)
