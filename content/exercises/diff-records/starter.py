from typing import Any

IGNORED = "updated_at"  # changes on every save, so it is never reported


def diff_records(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[str]]:
    """Compare two versions of a record and list the keys that were added, removed or changed.

    Return {"added": [...], "removed": [...], "changed": [...]}, each list sorted. The key
    IGNORED is left out of all three.
    """
    added, removed, changed = [], [], []
    for key in before:
        if key is IGNORED:
            continue
        if after.get(key) is None:
            removed.append(key)
        elif after[key] is not before[key]:
            changed.append(key)
    for key in after:
        if key is IGNORED:
            continue
        if before.get(key) is None:
            added.append(key)
    return {"added": sorted(added), "removed": sorted(removed), "changed": sorted(changed)}
