"""What a command is given: a task id first ("12" or "#12"), or else its usage is the answer."""

from __future__ import annotations

import re

ID_TEXT = re.compile(r"#?([0-9]{1,9})")  # at most 9 digits: within every backend's INTEGER


class Usage(Exception):
    """A command given without what it needs; str(exc) (HTML) says how to write it.

    Raised from a handler, it is answered in one place (``bot.app.answering_refusals``).
    """


def parse_id(text: str) -> int | None:
    """A row id typed as "12" or "#12"; None for anything else (or too long to be one)."""
    match = ID_TEXT.fullmatch(text)
    return int(match.group(1)) if match else None


def task_id_argument(args: list[str] | None) -> int | None:
    """The task id a command starts with ("12" or "#12")."""
    return parse_id(args[0]) if args else None


def task_id_or_usage(args: list[str] | None, usage: str) -> int:
    """The task id a command starts with; without one, ``Usage(usage)``."""
    task_id = task_id_argument(args)
    if task_id is None:
        raise Usage(usage)
    return task_id
