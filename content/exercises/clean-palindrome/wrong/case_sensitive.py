# Cleans out the punctuation but forgets to lower the case: "No 'x' in Nixon" becomes "NoxinNixon",
# and "N" != "n".
def is_clean_palindrome(s: str) -> bool:
    kept = [ch for ch in s if ch.isalnum()]
    return kept == kept[::-1]
