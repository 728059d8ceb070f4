def read_records(text: str) -> list[dict[str, str]]:
    """Parse CSV text whose first line is a header; return one dict per data row."""
    lines = text.strip().split("\n")
    header = lines[0].split(",")
    records = []
    for line in lines[1:]:
        values = line.split(",")
        records.append(dict(zip(header, values)))
    return records
