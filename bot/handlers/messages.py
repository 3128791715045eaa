"""Plain messages: a proposed extension day, a preview edit, "trả lại" or "xong".

In groups with privacy mode the bot only gets replies to its own messages, which is where
all of these are written; elsewhere a message that is none of them is left alone.
"""

from __future__ import annotations

import asyncio

from telegram import Update

from bot.completion import Hedged, parse_return, read_reply
from bot.handlers.completion import ask_whole, report_completion, return_completion
from bot.handlers.extension import propose
from bot.handlers.ingest import edit_draft
from bot.notify import STALE_BUTTON, reply
from bot.roles import REFUSALS, BotContext, Role
from bot.text import esc


async def on_text(update: Update, context: BotContext) -> None:
    """Read a plain message: extension day, preview edit, "trả lại" or "xong" (or a hedged
    one), in that order."""
    rt = context.runtime
    message = update.effective_message
    text = message.text or ""
    actor = context.actor
    replied = message.reply_to_message
    answering = context.answering  # read with the identification (bot.roles.identify_update)
    asked = answering.extension_task
    if asked is not None and actor.role == Role.UNIT:
        if await propose(rt, update, actor, asked, text):
            prompts = rt.extension_prompts.get(actor.chat_id)
            await asyncio.to_thread(prompts.pop, replied.message_id, None)
        return
    draft = answering.draft  # only the office has drafts to edit
    if draft is not None and await edit_draft(rt, update, actor, draft, text):
        return
    refusal = parse_return(text) if replied is not None else None
    if refusal is not None and actor.role == Role.OFFICE:
        await return_completion(rt, update, actor, refusal)
        return
    completion = read_reply(text)
    if completion is None:
        return
    if isinstance(completion, Hedged):  # "xong sau nhé", "xong phần 1": ask, close nothing
        if actor.role == Role.UNIT:
            await ask_whole(rt, update, actor, completion)
        return
    if actor.role == Role.STRANGER:
        if rt.first_stranger_answer(actor.chat_id):  # once a day per chat, never waited for
            rt.spawn(reply(rt, update, esc(REFUSALS[Role.STRANGER])))
        return
    await report_completion(rt, update, actor, completion, list(answering.replied_tasks))


async def unknown_button(update: Update, context: BotContext) -> None:
    """A button press no handler takes (an old keyboard, or forged data): say so."""
    await update.callback_query.answer(STALE_BUTTON, show_alert=True)
