"""How stored values read to people, on the command line and in the bot: shortened texts."""

from __future__ import annotations


def shorten(text: str, width: int = 70) -> str:
    """The start of a long text, with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"
