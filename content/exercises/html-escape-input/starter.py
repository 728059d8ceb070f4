def escape_html(text: str, quote: bool = True) -> str:
    """Escape text for HTML without escaping the character references it already contains."""
    pass
