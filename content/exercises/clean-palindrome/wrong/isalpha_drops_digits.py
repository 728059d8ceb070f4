# Keeps only letters (isalpha), so the digits disappear: "0P" is cleaned to "p", which reads the
# same both ways, but the statement says digits count and "0p" is not a palindrome.
def is_clean_palindrome(s: str) -> bool:
    kept = [ch.lower() for ch in s if ch.isalpha()]
    return kept == kept[::-1]
