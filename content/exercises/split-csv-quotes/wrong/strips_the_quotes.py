# Half a fix: strips the quote marks from each piece and handles \r\n, but still splits on every
# comma, so "Hopper, Grace" is cut in two, and the pieces shift into the wrong columns.
def read_records(text: str) -> list[dict[str, str]]:
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line]
    if not lines:
        return []
    header = [name.strip('"') for name in lines[0].split(",")]
    return [
        dict(zip(header, (value.strip('"') for value in line.split(",")))) for line in lines[1:]
    ]
