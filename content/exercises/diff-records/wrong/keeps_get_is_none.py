# Half a fix: keys and values are now compared with == and !=, but a missing key is still
# detected with `.get(key) is None`. A key whose value is None counts as removed (or, in the
# other direction, a new key with a None value is not reported as added).
IGNORED = "updated_at"


def diff_records(before, after):
    added, removed, changed = [], [], []
    for key in before:
        if key == IGNORED:
            continue
        if after.get(key) is None:
            removed.append(key)
        elif after[key] != before[key]:
            changed.append(key)
    for key in after:
        if key != IGNORED and before.get(key) is None:
            added.append(key)
    return {"added": sorted(added), "removed": sorted(removed), "changed": sorted(changed)}
