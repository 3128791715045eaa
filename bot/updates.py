"""Updates handled concurrently, each chat's in the order they came (PTB's update processor).

A handler that waits — for a chat's rate slot, a long query, a file being read — holds up
only the later updates of its own chat: a unit's "xong" is answered while another group's
backlog is still being worked through.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# Updates waiting for their chat's turn hold a slot each: the bound is high, so one chat's
# flood cannot take every slot (the per-chat order is what limits the work done at once).
MAX_CONCURRENT_UPDATES = 4096


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Updates of different chats at once; those of one chat one after another, in order."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        # chat id -> its lock and how many of its updates hold or wait for it
        self._chats: dict[int, tuple[asyncio.Lock, int]] = {}
        self._active = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the update's handlers once the earlier updates of its chat are done."""
        chat = update.effective_chat if isinstance(update, Update) else None
        self._active += 1
        self._idle.clear()
        try:
            if chat is None:
                await coroutine
                return
            lock, users = self._chats.get(chat.id, (asyncio.Lock(), 0))
            self._chats[chat.id] = (lock, users + 1)
            try:
                async with lock:  # asyncio.Lock is fair: the chat's updates keep their order
                    await coroutine
            finally:
                lock, users = self._chats[chat.id]
                if users == 1:
                    del self._chats[chat.id]
                else:
                    self._chats[chat.id] = (lock, users - 1)
        finally:
            self._active -= 1
            if not self._active:
                self._idle.set()

    async def idle(self) -> None:
        """Wait until no update is being handled (or waits for its chat)."""
        await self._idle.wait()

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        """Nothing to free: PTB waits for the updates under way before it shuts down."""
