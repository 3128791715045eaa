"""argparse speaks Vietnamese: usage, help and errors, for every subcommand."""

from __future__ import annotations

import argparse
import re

import pytest

from jobs.cli.main import build_parser, main

# What argparse prints in English when nothing translates it.
ENGLISH = re.compile(
    r"usage:|positional arguments|options:|optional arguments|show this help|error:|invalid"
    r"|required|unrecognized|choose from|expected"
)


def every_parser(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parser and all its subcommands' parsers, depth first."""
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += every_parser(sub)
    return found


def test_every_help_is_vietnamese() -> None:
    parsers = every_parser(build_parser())
    assert len(parsers) >= 15
    for parser in parsers:
        text = parser.format_help()
        assert text.startswith("Cách dùng: "), text
        assert not ENGLISH.search(text), text
        assert "in hướng dẫn này rồi thoát" in text
        # every argument is described, and no metavar is an English identifier
        assert not re.search(r"\b(?:FILE|UNIT|LIMIT|CONFIG|STATUS|DAYS|ID|TOKEN)\b", text), text


def test_help_option_prints_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["tasks", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Cách dùng: nhacviec tasks")
    assert "tùy chọn:" in out and not ENGLISH.search(out)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["tasks", "--limit", "x"],
            "nhacviec tasks: lỗi: tham số --limit: giá trị không hợp lệ: 'x'",
        ),
        (["task"], "nhacviec task: lỗi: thiếu tham số bắt buộc: MÃ"),
        ([], "nhacviec: lỗi: thiếu tham số bắt buộc: LỆNH"),
        (["tasks", "--bogus"], "nhacviec: lỗi: không hiểu tham số: --bogus"),
        (["frob"], "nhacviec: lỗi: tham số LỆNH: không có lựa chọn 'frob' (chọn một trong: "),
        (["units", "unlink", "abc"], "lỗi: tham số MÃ_NHÓM: giá trị không hợp lệ: 'abc'"),
        (["tasks", "--limit"], "nhacviec tasks: lỗi: tham số --limit: cần một giá trị"),
    ],
)
def test_bad_input_is_told_in_vietnamese(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("Cách dùng: nhacviec")
    assert message in err
    assert not ENGLISH.search(err), err


def test_other_parsers_keep_their_language() -> None:
    build_parser().parse_args(["tasks"])
    assert argparse.ArgumentParser(prog="x").format_usage().startswith("usage: ")
