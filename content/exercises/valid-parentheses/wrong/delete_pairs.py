# Deletes adjacent matched pairs until none is left. Correct, but each round copies the whole
# string and, on deeply nested input like "((((...))))", removes only the innermost pair: n/2
# rounds of O(n) work, O(n²) in all. A million characters cannot finish in time.
def is_balanced(s: str) -> bool:
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter
