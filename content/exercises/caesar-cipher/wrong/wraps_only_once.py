# Wraps with a single subtraction: after adding the shift, 26 is taken off once if the letter went
# past z. That is enough for shifts between 0 and 25, but a shift of 27, or any negative shift,
# lands outside the alphabet: caesar("abc", -1) gives "`ab".
def caesar(text: str, shift: int) -> str:
    out = []
    for ch in text:
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            base = ord("a") if ch.islower() else ord("A")
            position = ord(ch) - base + shift
            if position > 25:
                position -= 26
            out.append(chr(base + position))
        else:
            out.append(ch)
    return "".join(out)
