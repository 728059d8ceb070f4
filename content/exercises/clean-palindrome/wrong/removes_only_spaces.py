# Removes the spaces but not the punctuation: "A man, a plan, a canal: Panama" keeps its commas
# and colon, which do not mirror each other.
def is_clean_palindrome(s: str) -> bool:
    cleaned = s.replace(" ", "").lower()
    return cleaned == cleaned[::-1]
