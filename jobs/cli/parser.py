"""An ``argparse`` parser that speaks Vietnamese: usage, help and errors.

argparse looks every message it prints up through ``gettext`` when it formats it (its module's
``_`` and ``ngettext``). ``VietnameseParser`` points those two at a Vietnamese catalogue of
argparse's message ids while it builds, formats and parses, and puts them back afterwards, so
nothing else in the process (pytest's own parser, say) changes language and the result does not
depend on the machine's locale.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NoReturn

# argparse's message ids (Python 3.11-3.13) and how they read in Vietnamese. The type in
# "invalid %(type)s value" is a Python name ("int"), so the translation leaves it out.
CATALOGUE = {
    "usage: ": "Cách dùng: ",
    "positional arguments": "tham số bắt buộc",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "subcommands": "lệnh con",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "không có lựa chọn %(value)r (chọn một trong: %(choices)s)"
    ),
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu tham số: %s",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn %(option)s không rõ, có thể là: %(matches)s"
    ),
    "not allowed with argument %s": "không dùng được cùng với %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị: %r",
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "không có lệnh %(parser_name)r (chọn một trong: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "không mở được «%(filename)s»: %(error)s",
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): "cần %s giá trị",
}


def translate(message: str) -> str:
    """argparse's ``_``: the Vietnamese of one of its messages."""
    return CATALOGUE.get(message, message)


def translate_plural(singular: str, plural: str, count: int) -> str:
    """argparse's ``ngettext``: Vietnamese has one form for every count."""
    return PLURALS.get((singular, plural), singular if count == 1 else plural)


@contextmanager
def vietnamese_messages() -> Iterator[None]:
    """argparse's messages in Vietnamese for the duration; safe to nest."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = translate, translate_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class VietnameseParser(argparse.ArgumentParser):
    """An ArgumentParser whose usage, help and errors are Vietnamese (exit code 2 on errors)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with vietnamese_messages():  # the group titles and -h's help are made here
            super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with vietnamese_messages():  # "unrecognized arguments" is raised here
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with vietnamese_messages():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with vietnamese_messages():
            return super().format_usage()

    def format_help(self) -> str:
        with vietnamese_messages():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        with vietnamese_messages():
            super().error(message)
