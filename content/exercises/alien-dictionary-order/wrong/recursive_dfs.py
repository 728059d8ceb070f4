# A depth-first search with three colours and the post-order reversed: correct, but it recurses
# once per character along a chain of constraints, and a chain of 20,000 characters exceeds
# Python's recursion limit (RecursionError).
def alien_order(words):
    later = {char: [] for word in words for char in word}
    for first, second in zip(words, words[1:]):
        for a, b in zip(first, second):
            if a != b:
                later[a].append(b)
                break
        else:
            if len(first) > len(second):
                return None
    NEW, ACTIVE, DONE = 0, 1, 2
    state = dict.fromkeys(later, NEW)
    finished = []

    def visit(char):
        state[char] = ACTIVE
        for after in later[char]:
            if state[after] == ACTIVE:
                return False
            if state[after] == NEW and not visit(after):
                return False
        state[char] = DONE
        finished.append(char)
        return True

    for char in later:
        if state[char] == NEW and not visit(char):
            return None
    return "".join(reversed(finished))
