# Uses isalpha() to pick the characters to shift. But "é", "ï" or "ж" are letters too, so they go
# through the a-z arithmetic and come out as unrelated letters: "Café" becomes "Dbgh".
def caesar(text: str, shift: int) -> str:
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
