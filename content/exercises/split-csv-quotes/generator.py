def generate(n):
    """CSV text with a header and n rows, half of them with quoted commas and doubled quotes."""
    rows = ['%d,"Name %d, Jr.","said ""hi"""' % (i, i) if i % 2 else "%d,Name %d,plain" % (i, i)
            for i in range(n)]
    return ("id,name,note\n" + "\n".join(rows) + "\n",)
