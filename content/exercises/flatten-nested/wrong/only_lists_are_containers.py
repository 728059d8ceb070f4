# Tests for `list` only. Tuples, ranges, sets, dicts and generators inside the structure are
# yielded as single leaves instead of being expanded.
def flatten(nested):
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            yield item
        else:
            stack.pop()
