def generate(n):
    """A log of n lines: mostly Combined Log Format entries, every tenth line malformed."""
    lines = []
    for i in range(n):
        if i % 10 == 9:
            lines.append("corrupted entry %d" % i)
            continue
        lines.append(
            '10.1.%d.%d - - [15/Apr/2024:09:%02d:%02d +0200] "GET /api/v1/items/%d HTTP/1.1" %d %d '
            '"https://example.com/page/%d" "client/%d.0"'
            % (i % 256, i % 100, i % 60, (i * 7) % 60, i, 200 + (i % 3) * 100, i * 13 % 5000, i, i % 9)
        )
    return ("\n".join(lines),)
