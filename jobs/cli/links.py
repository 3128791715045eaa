"""The parsers of ``nhacviec units unlink`` and ``nhacviec units revoke`` (run by bot.cli)."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def add_link_commands(
    unit_commands: argparse._SubParsersAction, lazy: Callable[[str], object]
) -> None:
    """``units unlink CHAT_ID [--unit TÊN]`` and ``units revoke MÃ``."""
    unlink = unit_commands.add_parser(
        "unlink", help="huỷ liên kết một nhóm Telegram (hoặc quyền Văn phòng) với đơn vị"
    )
    unlink.add_argument(
        "chat_id", metavar="MÃ_NHÓM", type=int, help="mã nhóm/người dùng Telegram (xem /units)"
    )
    unlink.add_argument("--unit", metavar="ĐƠN_VỊ", help="chỉ huỷ liên kết với đơn vị này")
    unlink.set_defaults(handler=lazy("bot.cli:command_unlink"))
    revoke = unit_commands.add_parser(
        "revoke", help="thu hồi mã mời; nhóm đã dùng mã này bị huỷ liên kết"
    )
    revoke.add_argument("token", metavar="MÃ_MỜI", help="mã mời")
    revoke.set_defaults(handler=lazy("bot.cli:command_revoke"))
