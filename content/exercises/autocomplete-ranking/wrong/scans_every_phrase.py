# Keeps the counts in a dict and, on every suggestion, filters all phrases with startswith and
# sorts the matches. Always right, but each call is O(number of phrases): 60,000 suggestions over
# 20,000 phrases are more than a billion string checks.
class Autocomplete:
    def __init__(self):
        self.counts = {}

    def record(self, phrase, times=1):
        if not phrase or times < 1:
            raise ValueError("bad arguments")
        self.counts[phrase] = self.counts.get(phrase, 0) + times

    def suggest(self, prefix):
        matching = [phrase for phrase in self.counts if phrase.startswith(prefix)]
        matching.sort(key=lambda phrase: (-self.counts[phrase], phrase))
        return matching[:3]
