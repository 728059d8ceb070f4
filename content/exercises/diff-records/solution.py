from typing import Any

IGNORED = "updated_at"  # changes on every save, so it is never reported


def diff_records(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[str]]:
    """Compare two versions of a record and list the keys that were added, removed or changed.

    Return {"added": [...], "removed": [...], "changed": [...]}, each list sorted. The key
    IGNORED is left out of all three.
    """
    added, removed, changed = [], [], []
    for key in before:
        if key == IGNORED:  # equal strings need not be the same object
            continue
        if key not in after:  # a key whose value is None is still present
            removed.append(key)
        elif after[key] != before[key]:  # compare values, not identities
            changed.append(key)
    for key in after:
        if key != IGNORED and key not in before:
            added.append(key)
    return {"added": sorted(added), "removed": sorted(removed), "changed": sorted(changed)}
