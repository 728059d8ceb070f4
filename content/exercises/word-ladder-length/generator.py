def generate(n):
    """The first n words of 8 letters over a-h in alphabetical order (all connected), and an end
    word nothing leads to, so the search visits every word: n is the number of words; the word
    length is fixed, so O(N·L²) is O(n)."""
    words = []
    for number in range(max(n, 1)):
        digits = []
        for _ in range(8):
            number, digit = divmod(number, 8)
            digits.append("abcdefgh"[digit])
        words.append("".join(reversed(digits)))
    words.append("zzzzzzzz")
    return "aaaaaaaa", "zzzzzzzz", words
