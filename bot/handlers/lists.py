"""Paged lists: /overdue, /tasks, /units, and the ◀ ▶ buttons that turn their pages."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from telegram import Update

from bot.notify import reply
from bot.roles import OUTSIDE_OFFICE, Actor, BotContext, Role, allow, outside_office
from bot.runtime import Runtime
from bot.text import esc, page_buttons, paginate
from bot.views import grouped, listing, overdue_lines, task_line, unit_lines
from db import read
from db.models import Unit
from db.session import session_scope
from jobs.messages.sender import Button
from jobs.unit_names import find_unit

View = tuple[str, tuple[Button, ...]]
PAGE_DIGITS = 6


def page_number(args: list[str] | None) -> tuple[int, list[str]]:
    """A trailing page number of a command's arguments, and the other arguments."""
    args = list(args or ())
    if args and args[-1].isascii() and args[-1].isdigit() and len(args[-1]) <= PAGE_DIGITS:
        return int(args.pop()), args
    return 1, args


def scope(actor: Actor) -> set[int] | None:
    """The units whose tasks the actor sees: their own, or all (None) for the office."""
    return None if actor.role == Role.OFFICE else actor.unit_ids


def render_overdue(rt: Runtime, actor: Actor, number: int, argument: str) -> View:
    """Overdue tasks grouped by lead unit, most days late first; one page read from the database."""
    now, size, unit_ids = rt.now(), rt.bot_settings.page_size, scope(actor)
    with session_scope(rt.engine) as session:
        total, lines = read.overdue_counts(session, now, unit_ids=unit_ids)
        _, page = paginate(range(lines), number, size)
        found = read.overdue_page(
            session, now, unit_ids=unit_ids, limit=size, offset=(page.number - 1) * size
        )
        entries = overdue_lines(found, now, rt.zone)
    whose = "" if actor.role == Role.OFFICE else f" của {esc(actor.unit_names)}"
    title = f"🔴 <b>Quá hạn chưa hoàn thành{whose}: {total} nhiệm vụ</b>"
    text = listing(title, grouped(entries), page, "Không có nhiệm vụ nào quá hạn. 👍")
    return text, page_buttons("overdue", page)


def render_tasks(rt: Runtime, actor: Actor, number: int, argument: str) -> View:
    """Open tasks, soonest deadline first: the actor's own, one unit's (office), or all."""
    size, now = rt.bot_settings.page_size, rt.now()
    if actor.role != Role.OFFICE:
        argument = ""
    with session_scope(rt.engine) as session:
        unit = session.get(Unit, int(argument)) if argument else None
        unit_ids = {unit.id} if unit else scope(actor)
        names = unit.name if unit else actor.unit_names
        found = read.open_tasks(
            session, unit_ids=unit_ids, limit=size, offset=(number - 1) * size
        )
        _, page = paginate(range(found.total), number, size)
        if page.number != number:
            found = read.open_tasks(
                session, unit_ids=unit_ids, limit=size, offset=(page.number - 1) * size
            )
        lines = [f"• {task_line(task, now, rt.zone)}" for task in found.tasks]
    whose = "" if unit_ids is None else f" của {esc(names)}"
    title = f"📋 <b>Nhiệm vụ đang mở{whose}: {found.total}</b>"
    text = listing(title, lines, page, "Không có nhiệm vụ nào đang mở.")
    return text, page_buttons("tasks", page, argument)


def render_units(rt: Runtime, actor: Actor, number: int, argument: str) -> View:
    """Units with their linked chats, then the units nobody linked."""
    with session_scope(rt.engine) as session:
        units = read.all_units(session)
        inactive = read.inactive_among(
            session, (chat.chat_id for unit in units for chat in unit.chats)
        )
        linked, unlinked = unit_lines(units, inactive)
    entries = list(linked)
    if unlinked:
        entries += [
            "",
            "<b>Chưa có nhóm nào liên kết</b>",
            *(f"• {esc(name)}" for name in unlinked),
        ]
    lines, page = paginate(entries, number, rt.bot_settings.page_size * 2)
    text = listing("🏢 <b>Đơn vị và nhóm Telegram</b>", lines, page, "Chưa có đơn vị nào.")
    return text, page_buttons("units", page)


def unit_id_named(rt: Runtime, name: str) -> int | None:
    """The id of the unit a name (or alias) points at (in a worker thread)."""
    with session_scope(rt.engine) as session:
        unit = find_unit(session, rt.resolver, name)
        return unit.id if unit else None


VIEWS: dict[str, tuple[frozenset[Role], Callable[[Runtime, Actor, int, str], View]]] = {
    "overdue": (frozenset({Role.OFFICE, Role.UNIT}), render_overdue),
    "tasks": (frozenset({Role.OFFICE, Role.UNIT}), render_tasks),
    "units": (frozenset({Role.OFFICE}), render_units),
}


ViewArgument = Callable[[Runtime, Update, Actor, list[str]], Awaitable[str | None]]


async def show_list(
    update: Update,
    context: BotContext,
    actor: Actor,
    view: str,
    argument_of: ViewArgument | None = None,
) -> None:
    """The page of a list a command asks for (its last word, if a number), unless it is asked
    outside the office; ``argument_of``: the view's argument from the other words (None: said
    why not)."""
    rt = context.runtime
    if outside_office(actor):
        await reply(rt, update, f"⛔ {esc(OUTSIDE_OFFICE)}")
        return
    number, args = page_number(context.args)
    argument = await argument_of(rt, update, actor, args) if argument_of else ""
    if argument is None:
        return
    _, render = VIEWS[view]
    await reply(rt, update, *await asyncio.to_thread(render, rt, actor, number, argument))


async def unit_argument(rt: Runtime, update: Update, actor: Actor, args: list[str]) -> str | None:
    """The id of the unit the office named, as the tasks view's argument ("" for none)."""
    if not args or actor.role != Role.OFFICE:
        return ""
    unit_id = await asyncio.to_thread(unit_id_named, rt, " ".join(args))
    if unit_id is None:
        await reply(rt, update, f"⛔ Không có đơn vị «{esc(' '.join(args))}». Xem /units.")
        return None
    return str(unit_id)


@allow(Role.OFFICE, Role.UNIT)
async def overdue(update: Update, context: BotContext, actor: Actor) -> None:
    """Overdue tasks by unit, most days late first: /overdue [trang]."""
    await show_list(update, context, actor, "overdue")


@allow(Role.OFFICE, Role.UNIT)
async def tasks(update: Update, context: BotContext, actor: Actor) -> None:
    """Open tasks: /tasks [đơn vị] [trang]; a unit sees its own."""
    await show_list(update, context, actor, "tasks", unit_argument)


@allow(Role.OFFICE)
async def units(update: Update, context: BotContext, actor: Actor) -> None:
    """Units, their linked chats, and units nobody linked: /units [trang]."""
    await show_list(update, context, actor, "units")


@allow(Role.OFFICE, Role.UNIT)
async def turn_page(update: Update, context: BotContext, actor: Actor) -> None:
    """Show another page of a list in place (◀ ▶)."""
    rt, query = context.runtime, update.callback_query
    _, view, number, argument = query.data.split(":", 3)
    roles, render = VIEWS[view]
    if actor.role not in roles:
        await query.answer("Danh sách này chỉ dành cho Văn phòng.", show_alert=True)
        return
    if outside_office(actor):
        await query.answer(OUTSIDE_OFFICE, show_alert=True)
        return
    await query.answer()
    text, buttons = await asyncio.to_thread(render, rt, actor, int(number), argument)
    await rt.sender.edit(query.message, text, buttons)
