# Correct results, but membership is tested against lists of keys: `key in list` scans the list,
# so each test is O(n) and the whole diff O(n²). A dict (or its keys() view, or a set) answers
# `in` with a hash lookup, O(1) on average.
IGNORED = "updated_at"


def diff_records(before, after):
    before_keys = [key for key in before if key != IGNORED]
    after_keys = [key for key in after if key != IGNORED]
    added = [key for key in after_keys if key not in before_keys]
    removed = [key for key in before_keys if key not in after_keys]
    changed = [key for key in before_keys if key in after_keys and before[key] != after[key]]
    return {"added": sorted(added), "removed": sorted(removed), "changed": sorted(changed)}
