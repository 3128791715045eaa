"""``nhacviec run``, ``invite``, ``units unlink`` and ``units revoke``: their parsers are in
``jobs.cli.main`` and ``jobs.cli.links``."""

from __future__ import annotations

import argparse
import asyncio
import logging

from telegram import Bot
from telegram.error import TelegramError

from bot.app import build_application, serve
from bot.invites import invite_lines, issue_invite
from db import read, write
from db.models import ChatRole
from db.session import session_scope
from jobs.calendar import SystemClock
from jobs.cli.store import cli_actor, opened_store
from jobs.config import Settings
from jobs.ingest.pipeline import resolver_for
from jobs.model import StoreError
from jobs.plan.policy import Planner
from jobs.unit_names import find_unit

log = logging.getLogger(__name__)


def command_run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the bot until interrupted (Ctrl+C, SIGTERM): long polling or a webhook."""
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    with opened_store(settings) as engine:
        serve(build_application(settings, engine, SystemClock()))
    return 0


def bot_username(settings: Settings, configured: str) -> str:
    """The bot's @username for links: configured, else asked from the Bot API (may fail: "")."""
    if configured or not settings.telegram.token:
        return configured

    async def ask() -> str:
        """getMe."""
        async with Bot(
            settings.telegram.token,
            base_url=settings.telegram.api_base_url,
            base_file_url=settings.telegram.file_base_url,
        ) as bot:
            return bot.username

    try:
        return asyncio.run(ask())
    except TelegramError as exc:
        log.warning("getMe failed, invite printed without links: %s", exc)
        return ""


def command_invite(args: argparse.Namespace, settings: Settings) -> int:
    """Create a single-use invite token for a unit and print it with its links."""
    days = settings.bot.invite_days if args.days is None else args.days
    if days < 1:
        raise StoreError("Số ngày hiệu lực của mã mời phải lớn hơn 0.")
    with opened_store(settings) as engine, session_scope(engine) as session:
        issued = issue_invite(
            session,
            resolver_for(settings),
            args.unit,
            role=ChatRole.OFFICE_ADMIN if args.office_admin else ChatRole.MEMBER,
            now=SystemClock().now(),
            days=days,
            actor=cli_actor(),
            units_listed_by="nhacviec units list",
        )
    username = bot_username(settings, settings.bot.username)
    zone = Planner.from_settings(settings).zone
    print("\n".join(invite_lines(issued, username, zone)))
    return 0


def command_unlink(args: argparse.Namespace, settings: Settings) -> int:
    """Remove a chat's link to its unit (or to one unit), audited."""
    with opened_store(settings) as engine, session_scope(engine) as session:
        unit_id = None
        if args.unit:
            unit = find_unit(session, resolver_for(settings), args.unit)
            if unit is None:
                raise StoreError(f"Không có đơn vị «{args.unit}».")
            unit_id = unit.id
        link_ids = read.links_of_chat(session, args.chat_id, unit_id)
        if not link_ids:
            raise StoreError(f"Nhóm/người dùng {args.chat_id} không liên kết với đơn vị nào.")
        now = SystemClock().now()
        gone = [
            write.unlink_chat(session, link_id, at=now, actor=cli_actor())
            for link_id in link_ids
        ]
    for link in gone:
        print(f"Đã huỷ liên kết {link.chat_id} với {link.unit_name} ({link.role.value}).")
    return 0


def command_revoke(args: argparse.Namespace, settings: Settings) -> int:
    """Revoke an invite token; a chat that redeemed it is unlinked."""
    with opened_store(settings) as engine, session_scope(engine) as session:
        gone = write.revoke_invite(
            session, args.token, at=SystemClock().now(), actor=cli_actor()
        )
    print("Đã thu hồi mã mời.")
    if gone is not None:
        print(f"Đã huỷ liên kết {gone.chat_id} với {gone.unit_name} ({gone.role.value}).")
    return 0
