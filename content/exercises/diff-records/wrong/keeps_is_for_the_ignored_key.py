# Fixes the value comparison and the None handling, but still skips the ignored key with `is`.
# A string literal in this module and an equal string parsed from JSON are different objects,
# so "updated_at" from real data is reported after all.
IGNORED = "updated_at"


def diff_records(before, after):
    added, removed, changed = [], [], []
    for key in before:
        if key is IGNORED:
            continue
        if key not in after:
            removed.append(key)
        elif after[key] != before[key]:
            changed.append(key)
    for key in after:
        if key is not IGNORED and key not in before:
            added.append(key)
    return {"added": sorted(added), "removed": sorted(removed), "changed": sorted(changed)}
