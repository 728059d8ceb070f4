# A sorted list of phrases and bisect find the block of phrases that start with the prefix in
# O(log n), a real improvement over scanning everything. But the top 3 is then picked from the
# whole block on every call, and a one-letter prefix's block holds thousands of phrases: still
# O(matches) per suggestion, too slow for 60,000 suggestions.
import bisect
import heapq


class Autocomplete:
    def __init__(self):
        self.counts = {}
        self.phrases = []  # sorted

    def record(self, phrase, times=1):
        if not phrase or times < 1:
            raise ValueError("bad arguments")
        if phrase not in self.counts:
            bisect.insort(self.phrases, phrase)
            self.counts[phrase] = 0
        self.counts[phrase] += times

    def suggest(self, prefix):
        lo = bisect.bisect_left(self.phrases, prefix)
        hi = lo
        while hi < len(self.phrases) and self.phrases[hi].startswith(prefix):
            hi += 1
        block = self.phrases[lo:hi]
        return heapq.nsmallest(3, block, key=lambda phrase: (-self.counts[phrase], phrase))
