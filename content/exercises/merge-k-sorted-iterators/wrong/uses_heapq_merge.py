# heapq.merge does exactly this (lazily, stably, with key=), and in production code it is the
# right call. Here the statement asks for the merge to be written by hand.
import heapq


def merge_sorted(iterables, key=None):
    return heapq.merge(*iterables, key=key)


def merged_list(iterables, key=None):
    return list(merge_sorted(iterables, key))
