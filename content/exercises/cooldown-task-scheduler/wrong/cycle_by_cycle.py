# The textbook heap simulation: each round opens a frame of cooldown + 1 units and pops up to
# that many names. It is correct, but the inner loop runs cooldown + 1 times per round whether or
# not there is anything left to pop, so a cooldown of 10**9 (or 10**6 over thousands of rounds)
# takes forever.
import heapq
from collections import Counter


def least_time(tasks, cooldown):
    heap = [-count for count in Counter(tasks).values()]
    heapq.heapify(heap)
    time = 0
    while heap:
        ran = []
        for _ in range(cooldown + 1):
            if heap:
                ran.append(heapq.heappop(heap))
        for count in ran:
            if count + 1 < 0:
                heapq.heappush(heap, count + 1)
        time += cooldown + 1 if heap else len(ran)
    return time
