"""A Telegram Bot API emulator: a real HTTP server on 127.0.0.1 for tests, demos and benchmarks.

PTB talks to it exactly as to Telegram once pointed at it::

    emu = TelegramEmulator()
    base_url, base_file_url = await emu.start()
    app = Application.builder().token(emu.token).base_url(base_url)
    app = app.base_file_url(base_file_url).build()        # or: emu.app_builder().build()

It answers the Bot API methods the bot uses with complete objects (``{"ok": true, "result":
...}`` or Telegram's error shape and HTTP status), validates HTML markup and lengths as
Telegram does, stores uploaded files for ``getFile`` and download, records every message sent,
queues user activity (messages, documents, button presses) for ``getUpdates`` long polling, or,
once ``setWebhook`` is called, POSTs each update to the webhook URL with the secret token in
``X-Telegram-Bot-Api-Secret-Token`` as Telegram does (one at a time, in order, retried until
the server answers 2xx; plain http is accepted here, Telegram would want https), and
injects faults on demand: 429 with ``retry_after``, 500/502, dropped connections, slow answers
and a Telegram-like flood limit (30 messages/s overall, 1/s per chat, 20/min per group).

Why aiohttp.web rather than the standard library: it is a real asyncio HTTP/1.1 server with
keep-alive, chunked bodies and multipart parsing (PTB uploads files as multipart), so it runs
in the test's own event loop without threads, wakes long polls instantly and answers in well
under a millisecond, far above the 30 msg/s the fan-out benchmark measures; ``make demo`` uses
it too. ``http.server``
would need a thread, a hand-written multipart parser and cross-thread wake-ups.

Everything public must be called from the event loop the emulator runs in.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import html
import json
import logging
import math
import mimetypes
import random
import re
import secrets
import struct
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web
from aiohttp.web_request import FileField
from telegram import Bot
from telegram.ext import Application, ApplicationBuilder
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

DEFAULT_TOKEN = "123456789:AAEmulatorTokenForTestsOnly_nhacviec"
MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
# How long the webhook pusher waits before posting an update that failed again.
WEBHOOK_RETRY_SECONDS = 0.2
# How long the webhook server may take to answer one POST before it counts as failed.
WEBHOOK_TIMEOUT_SECONDS = 10
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
NO_ANSWER = 499  # recorded status of a request whose answer never reached the client
THUMBNAIL_SIDE = 90
PHOTO_SIDE = 1280

JSON = dict[str, Any]
Handler = Callable[["Params"], Awaitable[Any]]

RATE_LIMITED_METHODS = frozenset({"sendmessage", "sendphoto", "senddocument"})
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
BUTTON_ACTIONS = frozenset(
    {
        "callback_data",
        "url",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
COMMAND_NAME = re.compile(r"[a-z0-9_]{1,32}")
LEADING_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
NGINX_PAGES = {
    502: "Bad Gateway",
    503: "Service Temporarily Unavailable",
    504: "Gateway Time-out",
}


class ApiError(Exception):
    """A Bot API error answer: HTTP status = error_code, like Telegram."""

    def __init__(self, code: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters

    def response(self) -> web.Response:
        """The JSON answer Telegram gives for this error."""
        body: JSON = {"ok": False, "error_code": self.code, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return web.json_response(body, status=self.code)


def bad_request(description: str) -> ApiError:
    """A 400 error with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {description}")


def too_many_requests(retry_after: int) -> ApiError:
    """Telegram's flood-control answer."""
    return ApiError(
        429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
    )


# --- HTML parse mode ------------------------------------------------------------------------

HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
HTML_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPECIAL = re.compile(r"[<&]")
_ATTRIBUTE = r"[a-zA-Z][a-zA-Z0-9-]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?"
_START_TAG = re.compile(rf"<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+{_ATTRIBUTE})*)\s*/?>")
_ATTRIBUTE_PARTS = re.compile(
    r"([a-zA-Z][a-zA-Z0-9-]*)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+)))?"
)
_END_TAG = re.compile(r"</([a-zA-Z][a-zA-Z0-9-]*)\s*>")
_ENTITY = re.compile(r"&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]*));")


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


@dataclass
class _OpenTag:
    """A start tag waiting for its end tag."""

    name: str
    attributes: dict[str, str]
    offset: int
    language: str | None = None


class HtmlParser:
    """Telegram's strict reading of parse_mode=HTML: plain text plus MessageEntity dicts."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.parts: list[str] = []
        self.length = 0
        self.stack: list[_OpenTag] = []
        self.entities: list[JSON] = []

    def parse(self) -> tuple[str, list[JSON]]:
        """Return (plain text, entities) or raise a 400 "can't parse entities" ApiError."""
        while match := _SPECIAL.search(self.text, self.pos):
            self._emit(self.text[self.pos : match.start()])
            self.pos = match.start()
            if self.text[self.pos] == "&":
                self._entity()
            elif self.text.startswith("</", self.pos):
                self._end_tag()
            else:
                self._start_tag()
        self._emit(self.text[self.pos :])
        if self.stack:
            name = self.stack[-1].name
            raise self._error(f'Can\'t find end tag corresponding to start tag "{name}"')
        return "".join(self.parts), sorted(self.entities, key=lambda e: (e["offset"], -e["length"]))

    def _emit(self, chunk: str) -> None:
        """Append visible text."""
        if chunk:
            self.parts.append(chunk)
            self.length += utf16_length(chunk)

    def _error(self, detail: str) -> ApiError:
        """A parse error with Telegram's prefix."""
        return bad_request(f"can't parse entities: {detail}")

    def _byte_offset(self) -> int:
        """The current position as Telegram reports it: a UTF-8 byte offset."""
        return len(self.text[: self.pos].encode())

    def _entity(self) -> None:
        """Decode &lt; &gt; &amp; &quot; or a numeric character reference."""
        match = _ENTITY.match(self.text, self.pos)
        if match is None:
            raise self._error(
                f'Character "&" at byte offset {self._byte_offset()} is not an HTML entity; '
                'escape it as "&amp;"'
            )
        decimal, hexadecimal, name = match.groups()
        if name is not None:
            if name not in HTML_NAMED_ENTITIES:
                raise self._error(
                    f'Unsupported HTML entity "&{name};" at byte offset {self._byte_offset()}'
                )
            self._emit(HTML_NAMED_ENTITIES[name])
        else:
            code = int(decimal) if decimal is not None else int(hexadecimal, 16)
            if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                offset = self._byte_offset()
                raise self._error(f"Invalid character reference at byte offset {offset}")
            self._emit(chr(code))
        self.pos = match.end()

    def _start_tag(self) -> None:
        """Open an allowed tag, checking its required attributes."""
        match = _START_TAG.match(self.text, self.pos)
        if match is None:
            raise self._error(
                f'Unexpected character "<" at byte offset {self._byte_offset()}; '
                'escape it as "&lt;"'
            )
        name = match.group(1).lower()
        if name not in HTML_TAGS:
            offset = self._byte_offset()
            raise self._error(f'Unsupported start tag "{name}" at byte offset {offset}')
        attributes = {
            key.lower(): html.unescape("".join(values))
            for key, *values in _ATTRIBUTE_PARTS.findall(match.group(2))
        }
        if name == "span" and attributes.get("class") != "tg-spoiler":
            raise self._error('Tag "span" must have class "tg-spoiler"')
        if name == "tg-emoji" and not attributes.get("emoji-id"):
            raise self._error('Tag "tg-emoji" must have attribute "emoji-id"')
        self.stack.append(_OpenTag(name, attributes, self.length))
        self.pos = match.end()

    def _end_tag(self) -> None:
        """Close the innermost open tag, which must be the one named."""
        match = _END_TAG.match(self.text, self.pos)
        if match is None:
            raise self._error(
                f'Unexpected character "<" at byte offset {self._byte_offset()}; '
                'escape it as "&lt;"'
            )
        name = match.group(1).lower()
        if not self.stack:
            raise self._error(f"Unexpected end tag at byte offset {self._byte_offset()}")
        if self.stack[-1].name != name:
            raise self._error(
                f"Unmatched end tag at byte offset {self._byte_offset()}, "
                f'expected "</{self.stack[-1].name}>", found "</{name}>"'
            )
        self._close(self.stack.pop())
        self.pos = match.end()

    def _close(self, tag: _OpenTag) -> None:
        """Turn a closed tag into a MessageEntity (empty ones are dropped, as Telegram does)."""
        language = tag.attributes.get("class", "")
        if tag.name == "code" and self.stack and self.stack[-1].name == "pre":
            self.stack[-1].language = language.removeprefix("language-") or None
            return
        length = self.length - tag.offset
        if length == 0 or (tag.name == "a" and not tag.attributes.get("href")):
            return
        entity: JSON = {"type": HTML_TAGS[tag.name], "offset": tag.offset, "length": length}
        if tag.name == "a":
            entity["url"] = tag.attributes["href"]
        elif tag.name == "pre" and tag.language:
            entity["language"] = tag.language
        elif tag.name == "blockquote" and "expandable" in tag.attributes:
            entity["type"] = "expandable_blockquote"
        elif tag.name == "tg-emoji":
            entity["custom_emoji_id"] = tag.attributes["emoji-id"]
        self.entities.append(entity)


def parse_html(text: str) -> tuple[str, list[JSON]]:
    """Parse parse_mode=HTML text the way Telegram does: (plain text, entities) or ApiError."""
    return HtmlParser(text).parse()


# --- request parameters ---------------------------------------------------------------------


class Params:
    """A method's parameters from the query string and a JSON, form or multipart body."""

    def __init__(self, fields: Mapping[str, Any]) -> None:
        self.fields = dict(fields)

    def get(self, name: str) -> Any:
        """The raw value, None when absent."""
        return self.fields.get(name)

    def text(self, name: str) -> str | None:
        """A string parameter."""
        value = self.fields.get(name)
        return None if value is None else str(value)

    def required_text(self, name: str, missing: str) -> str:
        """A non-empty string parameter, or 400 with Telegram's ``missing`` description."""
        value = self.text(name)
        if not value:
            raise bad_request(missing)
        return value

    def integer(self, name: str, default: int | None = None) -> int | None:
        """An integer parameter (form bodies carry it as a string)."""
        value = self.fields.get(name)
        if value is None or value == "":
            return default
        try:
            return int(value)
        except (TypeError, ValueError):
            raise bad_request(f'field "{name}" must be a valid Number') from None

    def flag(self, name: str) -> bool:
        """A boolean parameter."""
        return self.fields.get(name) in (True, 1, "true", "True", "1")

    def json_value(self, name: str) -> Any:
        """A JSON-serialized parameter (objects arrive as JSON strings in form bodies)."""
        value = self.fields.get(name)
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {name} JSON object") from None

    def loggable(self) -> JSON:
        """The parameters with uploaded files replaced by their file names."""
        return {
            key: f"<file {value.filename}>" if isinstance(value, FileField) else value
            for key, value in self.fields.items()
        }


async def read_params(request: web.Request) -> Params:
    """Merge the query string and the body, whatever its content type."""
    fields: dict[str, Any] = dict(request.query)
    if not request.body_exists:
        return Params(fields)
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise bad_request("can't parse JSON body") from None
        if not isinstance(body, dict):
            raise bad_request("JSON body must be an object")
        fields.update(body)
    elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        try:
            form = await request.post()
        except web.HTTPRequestEntityTooLarge:
            raise ApiError(413, "Request Entity Too Large") from None
        fields.update(form.items())
    return Params(fields)


# --- records --------------------------------------------------------------------------------


@dataclass
class StoredFile:
    """A file Telegram holds: uploaded by the bot or sent by a user."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None

    def document(self) -> JSON:
        """The Document object."""
        result: JSON = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
        }
        if self.file_name:
            result["file_name"] = self.file_name
        if self.mime_type:
            result["mime_type"] = self.mime_type
        return result

    def file(self) -> JSON:
        """The File object getFile returns."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": len(self.data),
            "file_path": self.file_path,
        }


@dataclass
class RecordedMessage:
    """A message the bot sent; edits update it in place."""

    method: str
    chat_id: int
    message_id: int
    text: str | None
    parse_mode: str | None
    reply_markup: JSON | None
    reply_to_message_id: int | None
    at: float
    message: JSON
    file: StoredFile | None = None
    edit_count: int = 0

    @property
    def data(self) -> bytes | None:
        """The bytes of the photo or document sent, if any."""
        return self.file.data if self.file else None

    @property
    def file_name(self) -> str | None:
        """The document's file name, if any."""
        return self.file.file_name if self.file else None

    @property
    def plain_text(self) -> str | None:
        """The text or caption as the user sees it, markup removed."""
        return self.message.get("text", self.message.get("caption"))

    @property
    def buttons(self) -> list[JSON]:
        """The inline keyboard's buttons, row after row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [button for row in rows for button in row]


@dataclass
class ApiCall:
    """One HTTP request to a Bot API method and its status (NO_ANSWER: none delivered);
    ``abandoned``: the client had given up (its read timeout) when the answer was ready."""

    method: str
    params: JSON
    status: int
    at: float
    abandoned: bool = False


class FaultKind(Enum):
    """What an injected fault does to a request."""

    STATUS = "status"
    DROP = "drop"
    SLOW = "slow"
    HOLD = "hold"


@dataclass(frozen=True)
class Fault:
    """An injected failure: an error status, a dropped connection, a slow answer, or a request
    held (without effect) until the test opens ``gate``."""

    kind: FaultKind
    status: int = 500
    retry_after: int = 1
    seconds: float = 0.0
    deliver: bool = True
    gate: asyncio.Event | None = field(default=None, compare=False)


@dataclass
class FaultRule:
    """Applies ``fault`` to requests for ``method`` ("*" = any), ``times`` times (None: always)."""

    method: str
    fault: Fault
    times: int | None = 1
    chat_id: int | None = None
    probability: float = 1.0
    hits: int = 0

    def matches(self, method: str, params: Params) -> bool:
        """Whether this rule is meant for this request (ignoring probability)."""
        if self.times is not None and self.hits >= self.times:
            return False
        if self.method != "*" and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or str(self.chat_id) == str(params.get("chat_id"))


@dataclass
class TokenBucket:
    """A bucket of ``capacity`` tokens refilled at ``rate`` tokens per second."""

    rate: float
    capacity: float
    tokens: float = field(init=False)
    stamp: float = field(init=False)

    def __post_init__(self) -> None:
        """Start full."""
        self.tokens = self.capacity
        self.stamp = time.monotonic()

    def wait_time(self, now: float) -> float:
        """Seconds until one token is available (0 when one is)."""
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


@dataclass
class FloodLimits:
    """Telegram's documented limits: 30 msg/s overall, 1 msg/s per chat, 20 msg/min per group.

    Each limit is a token bucket holding ``burst`` tokens (``chat_burst`` for one chat) plus
    ``jitter_allowance`` of slack, so that a client pacing itself exactly at the limit (PTB's
    AIORateLimiter) is not refused when the network delivers its requests bunched together.
    """

    per_second: float = 30.0
    burst: int = 30
    per_chat_per_second: float = 1.0
    chat_burst: int = 3
    group_per_minute: float = 20.0
    jitter_allowance: float = 0.2
    overall: TokenBucket = field(init=False)
    chats: dict[int, list[TokenBucket]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        """Create the overall bucket; chat buckets come with each new chat."""
        self.overall = self._bucket(self.per_second, self.burst)

    def admit(self, chat_id: int) -> int:
        """Take a token from every bucket and return 0, or return retry_after and take none."""
        if chat_id not in self.chats:
            self.chats[chat_id] = self._chat_buckets(chat_id)
        buckets = [self.overall, *self.chats[chat_id]]
        now = time.monotonic()
        wait = max(bucket.wait_time(now) for bucket in buckets)
        if wait > 0:
            return max(1, math.ceil(wait))
        for bucket in buckets:
            bucket.tokens -= 1
        return 0

    def _chat_buckets(self, chat_id: int) -> list[TokenBucket]:
        """One chat's buckets: per second, plus per minute for groups (negative ids)."""
        buckets = [self._bucket(self.per_chat_per_second, self.chat_burst)]
        if chat_id < 0:
            buckets.append(self._bucket(self.group_per_minute / 60, self.group_per_minute))
        return buckets

    def _bucket(self, rate: float, burst: float) -> TokenBucket:
        """A full bucket with the jitter allowance added to its capacity."""
        return TokenBucket(rate, burst * (1 + self.jitter_allowance))


@dataclass
class ChatState:
    """A chat as the emulator knows it: its object, its messages and how it answers."""

    info: JSON
    messages: dict[int, JSON] = field(default_factory=dict)
    last_message_id: int = 0
    blocked: bool = False
    removed: bool = False
    migrated_to: int | None = None

    def next_message_id(self) -> int:
        """Message ids grow per chat, shared by the bot and the users."""
        self.last_message_id += 1
        return self.last_message_id


def infer_chat_type(chat_id: int) -> str:
    """Telegram's id ranges: users positive, supergroups -100..., basic groups negative."""
    if chat_id > 0:
        return "private"
    return "supergroup" if str(chat_id).startswith("-100") else "group"


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG or JPEG, None for anything else."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return width, height
    if data.startswith(b"\xff\xd8"):
        return jpeg_size(data)
    return None


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the JPEG segments to the first start-of-frame marker."""
    pos = 2
    while pos + 9 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return width, height
        pos += 2 + struct.unpack(">H", data[pos + 2 : pos + 4])[0]
    return None


def scaled(size: tuple[int, int], side: int) -> tuple[int, int]:
    """Fit (width, height) into a ``side``-pixel square, as Telegram's photo sizes do."""
    width, height = size
    factor = min(1.0, side / max(width, height, 1))
    return max(1, round(width * factor)), max(1, round(height * factor))


# --- the emulator ---------------------------------------------------------------------------


class TelegramEmulator:
    """An in-process Telegram Bot API server with recording, user injection and faults."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "NhacViecTestBot",
        bot_name: str = "Nhắc việc",
        host: str = "127.0.0.1",
        port: int = 0,
        seed: int = 0,
    ) -> None:
        self.token = token
        self.host = host
        self.port = port
        self.me: JSON = {
            "id": int(token.split(":", 1)[0]),
            "is_bot": True,
            "first_name": bot_name,
            "username": bot_username,
        }
        self.sent: list[RecordedMessage] = []
        self.calls: list[ApiCall] = []
        self.polls_begun = 0  # getUpdates requests received, answered or still waiting
        self.updates: list[JSON] = []
        self.files: dict[str, StoredFile] = {}
        self.callback_answers: dict[str, JSON] = {}
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        self.faults: list[FaultRule] = []
        self.flood: FloodLimits | None = None
        self.random = random.Random(seed)
        self.answering = 0  # requests being served now (long polls aside)
        self._chats: dict[int, ChatState] = {}
        self._users: dict[int, JSON] = {}
        self._queue: list[JSON] = []
        self._next_update_id = 1
        self._pending_queries: set[str] = set()
        self._file_paths: dict[str, StoredFile] = {}
        self._by_message: dict[tuple[int, int], RecordedMessage] = {}
        self._changed = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        # setWebhook's parameters while a webhook is set; its pusher; what each POST answered.
        self.webhook: JSON | None = None
        self.webhook_deliveries: list[tuple[int, int | str]] = []
        self._pusher: asyncio.Task[None] | None = None
        self._methods: dict[str, Handler] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "deletewebhook": self._delete_webhook,
            "setwebhook": self._set_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "answercallbackquery": self._answer_callback_query,
            "sendphoto": self._send_photo,
            "senddocument": self._send_document,
            "getfile": self._get_file,
            "sendchataction": self._send_chat_action,
            "getchat": self._get_chat,
            "close": self._ok,
            "logout": self._ok,
        }

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self) -> tuple[str, str]:
        """Listen on a free port (unless one was given); return (base_url, base_file_url)."""
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        app.router.add_get("/emulator/sent", self._handle_sent)
        app.router.add_post("/emulator/{action}", self._handle_control)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self._closing = False
        return self.base_url, self.base_file_url

    async def stop(self) -> None:
        """Release long polls and slow answers, then close the server."""
        self._closing = True
        self._notify()
        if self._pusher is not None:
            self._pusher.cancel()  # a POST in flight is abandoned, as at a Telegram outage
            with contextlib.suppress(asyncio.CancelledError):
                await self._pusher
            self._pusher = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> TelegramEmulator:
        """Start; ``async with TelegramEmulator() as emu:``."""
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Stop."""
        await self.stop()

    @property
    def base_url(self) -> str:
        """PTB's ``base_url`` (the token is appended by PTB)."""
        return f"http://{self.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        """PTB's ``base_file_url``."""
        return f"http://{self.host}:{self.port}/file/bot"

    def make_bot(self, **request_kwargs: Any) -> Bot:
        """A ``telegram.Bot`` pointed at this emulator (not yet initialized).

        ``request_kwargs`` go to both HTTPXRequest objects (``read_timeout=...``, ...).
        """
        return Bot(
            self.token,
            base_url=self.base_url,
            base_file_url=self.base_file_url,
            request=plain_http_request(**request_kwargs),
            get_updates_request=plain_http_request(**request_kwargs),
        )

    def app_builder(self, **request_kwargs: Any) -> ApplicationBuilder:
        """``Application.builder()`` with the token, both base URLs and plain-HTTP requests.

        ``request_kwargs`` go to both HTTPXRequest objects, so set timeouts and pool sizes
        here rather than on the builder.
        """
        return (
            Application.builder()
            .token(self.token)
            .base_url(self.base_url)
            .base_file_url(self.base_file_url)
            .request(plain_http_request(**request_kwargs))
            .get_updates_request(plain_http_request(**request_kwargs))
        )

    # --- chats ----------------------------------------------------------------------------

    def add_chat(
        self,
        chat_id: int,
        *,
        chat_type: str | None = None,
        title: str | None = None,
        first_name: str | None = None,
        username: str | None = None,
    ) -> JSON:
        """Register a chat (chats are also created on first use); return its Chat object."""
        kind = chat_type or infer_chat_type(chat_id)
        info: JSON = {"id": chat_id, "type": kind}
        if kind == "private":
            info["first_name"] = first_name or f"User {chat_id}"
        else:
            info["title"] = title or f"Group {chat_id}"
        if username:
            info["username"] = username
        self._chats[chat_id] = ChatState(info)
        return info

    def block_chat(self, chat_id: int) -> None:
        """Sends to the chat answer 403, as when a user blocks the bot or a group kicks it."""
        self._chat(chat_id).blocked = True

    def unblock_chat(self, chat_id: int) -> None:
        """Undo ``block_chat``."""
        self._chat(chat_id).blocked = False

    def remove_chat(self, chat_id: int) -> None:
        """The chat no longer exists for the bot: 400 "chat not found"."""
        self._chat(chat_id).removed = True

    def migrate_chat(self, chat_id: int, new_chat_id: int) -> None:
        """The group became a supergroup: sends answer 400 with migrate_to_chat_id."""
        self._chat(chat_id).migrated_to = new_chat_id

    def messages_to(self, chat_id: int) -> list[RecordedMessage]:
        """The messages the bot sent to one chat, oldest first."""
        return [message for message in self.sent if message.chat_id == chat_id]

    def commands_for(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """The commands setMyCommands stored for a scope and language."""
        return self.commands.get(self._commands_key(scope, language_code), [])

    # --- user activity --------------------------------------------------------------------

    def user_message(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        *,
        chat_type: str = "private",
        reply_to_message_id: int | None = None,
        first_name: str | None = None,
        username: str | None = None,
        title: str | None = None,
    ) -> JSON:
        """Queue a user's text message (a leading /command gets its bot_command entity)."""
        message = self._user_message_base(
            chat_id, user_id, chat_type, first_name, username, title, reply_to_message_id
        )
        message["text"] = text
        if command := LEADING_COMMAND.match(text):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_length(command.group())}
            ]
        return self._queue_update("message", self._store_user_message(message))

    def user_document(
        self,
        chat_id: int,
        user_id: int,
        file_name: str,
        data: bytes,
        caption: str | None = None,
        *,
        chat_type: str = "private",
        first_name: str | None = None,
        mime_type: str | None = None,
        reply_to_message_id: int | None = None,
    ) -> JSON:
        """Queue a user's document; the file is stored so getFile and download work."""
        message = self._user_message_base(
            chat_id, user_id, chat_type, first_name, None, None, reply_to_message_id
        )
        guessed = mime_type or mimetypes.guess_type(file_name)[0] or "application/octet-stream"
        stored = self._store_file("documents", data, file_name, guessed)
        message["document"] = stored.document()
        if caption is not None:
            message["caption"] = caption
        return self._queue_update("message", self._store_user_message(message))

    def user_photo(
        self,
        chat_id: int,
        user_id: int,
        data: bytes,
        caption: str | None = None,
        reply_to_message_id: int | None = None,
        *,
        chat_type: str | None = None,
        first_name: str | None = None,
    ) -> JSON:
        """Queue a user's photo (a PNG or JPEG): ``message.photo`` holds its sizes, largest last.

        As on Telegram, each size is a file of its own (file_id, file_unique_id) that getFile
        and download reach; the bytes of every size are those given.
        """
        size = image_size(data)
        if size is None:
            raise ValueError("a photo must be a PNG or JPEG image")
        message = self._user_message_base(
            chat_id,
            user_id,
            chat_type or infer_chat_type(chat_id),
            first_name,
            None,
            None,
            reply_to_message_id,
        )
        thumbnail = self._store_file("photos", data, None, "image/jpeg")
        stored = self._store_file("photos", data, None, "image/jpeg")
        message["photo"] = [
            photo_size(thumbnail, scaled(size, THUMBNAIL_SIDE)),
            photo_size(stored, scaled(size, PHOTO_SIDE)),
        ]
        if caption is not None:
            message["caption"] = caption
        return self._queue_update("message", self._store_user_message(message))

    def callback(
        self,
        chat_id: int,
        user_id: int,
        message_id: int,
        data: str,
        *,
        first_name: str | None = None,
    ) -> JSON:
        """Queue a press on an inline button of a bot message."""
        message = self._chat(chat_id).messages.get(message_id)
        if message is None or message.get("from", {}).get("id") != self.me["id"]:
            raise ValueError(f"no bot message {message_id} in chat {chat_id}")
        query_id = f"{user_id}-{self._next_update_id}"
        self._pending_queries.add(query_id)
        query = {
            "id": query_id,
            "from": self._user(user_id, first_name, None),
            "chat_instance": f"{self.me['id']}{chat_id}",
            "message": message,
            "data": data,
        }
        return self._queue_update("callback_query", query)

    @property
    def pending_updates(self) -> int:
        """Updates queued and not yet confirmed by a getUpdates offset."""
        return len(self._queue)

    # --- waiting --------------------------------------------------------------------------

    async def wait_until(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Wait until ``predicate()`` is truthy and return its value; TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        while not (value := predicate()):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"condition not met in {timeout}s; sent: {self._summary()}")
            await self._wait_change(min(remaining, 0.05))
        return value

    async def wait_for_messages(
        self, n: int, timeout: float = 5.0, *, chat_id: int | None = None
    ) -> list[RecordedMessage]:
        """Wait until at least ``n`` messages were sent (to ``chat_id`` if given); return them."""

        def enough() -> list[RecordedMessage] | None:
            """The matching messages once there are enough."""
            found = self.sent if chat_id is None else self.messages_to(chat_id)
            return list(found) if len(found) >= n else None

        return await self.wait_until(enough, timeout)

    # --- faults ---------------------------------------------------------------------------

    def inject_fault(
        self,
        method: str,
        fault: Fault,
        *,
        times: int | None = 1,
        chat_id: int | None = None,
        probability: float = 1.0,
    ) -> FaultRule:
        """Add a fault rule; the first matching rule applies to each request."""
        rule = FaultRule(method, fault, times, chat_id, probability)
        self.faults.append(rule)
        return rule

    def fail_too_many_requests(
        self,
        method: str,
        retry_after: int = 1,
        *,
        times: int | None = 1,
        chat_id: int | None = None,
    ) -> FaultRule:
        """Answer 429 "Too Many Requests: retry after N"."""
        fault = Fault(FaultKind.STATUS, status=429, retry_after=retry_after)
        return self.inject_fault(method, fault, times=times, chat_id=chat_id)

    def fail_server_error(
        self, method: str, status: int = 500, *, times: int | None = 1, chat_id: int | None = None
    ) -> FaultRule:
        """Answer 500 (JSON) or 502/503/504 (nginx's HTML page, as Telegram's front does)."""
        fault = Fault(FaultKind.STATUS, status=status)
        return self.inject_fault(method, fault, times=times, chat_id=chat_id)

    def drop_connection(
        self, method: str, *, times: int | None = 1, chat_id: int | None = None
    ) -> FaultRule:
        """Close the connection without answering; nothing happens."""
        return self.inject_fault(method, Fault(FaultKind.DROP), times=times, chat_id=chat_id)

    def slow(
        self,
        method: str,
        seconds: float,
        *,
        deliver: bool = True,
        times: int | None = 1,
        chat_id: int | None = None,
    ) -> FaultRule:
        """Answer after ``seconds``.

        deliver=True: the request takes effect at once (the message is sent even if the client
        times out first). deliver=False: it takes effect only if the client is still waiting.
        """
        fault = Fault(FaultKind.SLOW, seconds=seconds, deliver=deliver)
        return self.inject_fault(method, fault, times=times, chat_id=chat_id)

    def hold(self, method: str, *, chat_id: int | None = None) -> tuple[FaultRule, asyncio.Event]:
        """Hold the next matching request, without effect, until the returned event is set;
        then it runs as usual (the rule's ``hits`` says it arrived)."""
        gate = asyncio.Event()
        rule = self.inject_fault(method, Fault(FaultKind.HOLD, gate=gate), chat_id=chat_id)
        return rule, gate

    def clear_faults(self) -> None:
        """Remove every fault rule."""
        self.faults.clear()

    def rate_limit(self, enabled: bool = True, **limits: Any) -> FloodLimits | None:
        """Turn Telegram's flood limits on send methods on or off; ``limits``: FloodLimits."""
        self.flood = FloodLimits(**limits) if enabled else None
        return self.flood

    # --- HTTP -----------------------------------------------------------------------------

    async def _handle_method(self, request: web.Request) -> web.StreamResponse:
        """Serve ``/bot{token}/{method}``."""
        method = request.match_info["method"]
        params = Params({})
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            handler = self._methods.get(method.lower())
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            params = await read_params(request)
            self.answering += method.lower() != "getupdates"
            try:
                response = await self._serve(request, method, handler, params)
            finally:
                self.answering -= method.lower() != "getupdates"
        except ApiError as error:
            response = error.response()
        abandoned = request.transport is None or request.transport.is_closing()
        self._log_call(method, params, response.status, abandoned=abandoned)
        return response

    async def _serve(
        self, request: web.Request, method: str, handler: Handler, params: Params
    ) -> web.StreamResponse:
        """Apply the first matching fault, if any, then run the method."""
        fault = self._take_fault(method, params)
        if fault is None:
            return await self._execute(method, handler, params)
        if fault.kind is FaultKind.DROP:
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=NO_ANSWER)
        if fault.kind is FaultKind.STATUS:
            return fault_response(fault)
        if fault.gate is not None:
            await fault.gate.wait()
            return await self._execute(method, handler, params)
        return await self._slow_answer(request, fault, method, handler, params)

    async def _slow_answer(
        self, request: web.Request, fault: Fault, method: str, handler: Handler, params: Params
    ) -> web.StreamResponse:
        """Delay the answer; with deliver=False skip the effect if the client has gone."""
        if fault.deliver:
            response = await self._execute(method, handler, params)
            await self._sleep(fault.seconds)
            return response
        await self._sleep(fault.seconds)
        if request.transport is None or request.transport.is_closing():
            return web.Response(status=NO_ANSWER)
        return await self._execute(method, handler, params)

    async def _execute(self, method: str, handler: Handler, params: Params) -> web.Response:
        """Check the flood limits, run the method and wrap its result."""
        try:
            if self.flood is not None and method.lower() in RATE_LIMITED_METHODS:
                retry_after = self.flood.admit(self._chat_id(params))
                if retry_after:
                    raise too_many_requests(retry_after)
            result = await handler(params)
        except ApiError as error:
            return error.response()
        return web.json_response({"ok": True, "result": result})

    def _take_fault(self, method: str, params: Params) -> Fault | None:
        """The fault of the first rule matching this request, counting the hit."""
        for rule in self.faults:
            if rule.matches(method, params) and self.random.random() < rule.probability:
                rule.hits += 1
                return rule.fault
        return None

    async def _handle_file(self, request: web.Request) -> web.Response:
        """Serve ``/file/bot{token}/{file_path}`` downloads."""
        if request.match_info["token"] != self.token:
            return ApiError(401, "Unauthorized").response()
        stored = self._file_paths.get(request.match_info["path"])
        if stored is None:
            return ApiError(404, "Not Found").response()
        content_type = stored.mime_type or "application/octet-stream"
        return web.Response(body=stored.data, content_type=content_type)

    async def _handle_control(self, request: web.Request) -> web.Response:
        """``POST /emulator/user_message`` or ``/emulator/callback`` with JSON keyword args."""
        actions: dict[str, Callable[..., JSON]] = {
            "user_message": self.user_message,
            "callback": self.callback,
        }
        action = actions.get(request.match_info["action"])
        if action is None:
            return web.json_response({"error": "unknown action"}, status=404)
        try:
            return web.json_response(action(**await request.json()))
        except (TypeError, ValueError) as error:
            return web.json_response({"error": str(error)}, status=400)

    async def _handle_sent(self, request: web.Request) -> web.Response:
        """``GET /emulator/sent``: what the bot sent so far."""
        keys = ("method", "chat_id", "message_id", "text", "parse_mode", "reply_markup")
        return web.json_response([{k: getattr(m, k) for k in keys} for m in self.sent])

    def _log_call(
        self, method: str, params: Params, status: int, *, abandoned: bool = False
    ) -> None:
        """Append to ``calls`` and log one line."""
        call = ApiCall(method, params.loggable(), status, time.monotonic(), abandoned)
        self.calls.append(call)
        log.info("%s %s chat=%s", status, method, params.get("chat_id"))

    # --- methods: bot and updates ---------------------------------------------------------

    async def _ok(self, params: Params) -> bool:
        """close, logOut: nothing to do."""
        return True

    async def _get_me(self, params: Params) -> JSON:
        """getMe."""
        return {
            **self.me,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: Params) -> list[JSON]:
        """getUpdates: confirm by offset, then long-poll up to ``timeout`` seconds."""
        self.polls_begun += 1
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        offset = params.integer("offset", 0) or 0
        limit = min(max(params.integer("limit", 100) or 100, 1), 100)
        timeout = max(params.integer("timeout", 0) or 0, 0)
        if offset > 0:
            self._queue = [u for u in self._queue if u["update_id"] >= offset]
        elif offset < 0:
            self._queue = self._queue[offset:]
        deadline = time.monotonic() + timeout
        while not self._queue and not self._closing:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            await self._wait_change(remaining)
        return self._queue[:limit]

    async def _delete_webhook(self, params: Params) -> bool:
        """deleteWebhook: back to getUpdates; drop_pending_updates empties the queue."""
        self.webhook = None
        self._notify()
        if params.flag("drop_pending_updates"):
            self._queue.clear()
        return True

    async def _set_webhook(self, params: Params) -> bool:
        """setWebhook: from now on updates are POSTed to ``url``, in order, one at a time."""
        url = params.text("url") or ""
        if not url:  # an empty url removes the webhook, as Telegram does
            return await self._delete_webhook(params)
        if not url.startswith(("https://", "http://")):
            raise bad_request("Bad Request: bad webhook: Failed to resolve host")
        secret = params.text("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise bad_request("Bad Request: secret token contains unallowed characters")
        if params.flag("drop_pending_updates"):
            self._queue.clear()
        self.webhook = {
            "url": url,
            "secret_token": secret,
            "allowed_updates": params.json_value("allowed_updates"),
            "max_connections": params.integer("max_connections", 40),
        }
        if self._pusher is None or self._pusher.done():
            self._pusher = asyncio.get_running_loop().create_task(self._push_updates())
        self._notify()
        return True

    async def _get_webhook_info(self, params: Params) -> JSON:
        """getWebhookInfo: the URL (empty without a webhook) and the updates waiting."""
        info: JSON = {
            "url": self.webhook["url"] if self.webhook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }
        if self.webhook:
            info["max_connections"] = self.webhook["max_connections"]
            if self.webhook["allowed_updates"] is not None:
                info["allowed_updates"] = self.webhook["allowed_updates"]
        failed = [status for _, status in self.webhook_deliveries[-1:] if status != 200]
        if failed:
            info["last_error_date"] = int(time.time())
            info["last_error_message"] = str(failed[0])
        return info

    async def _push_updates(self) -> None:
        """POST queued updates to the webhook while one is set; a failure is retried later."""
        timeout = aiohttp.ClientTimeout(total=WEBHOOK_TIMEOUT_SECONDS)
        async with aiohttp.ClientSession(timeout=timeout) as client:
            while self.webhook is not None and not self._closing:
                if not self._queue:
                    await self._wait_change(1.0)
                    continue
                update, webhook = self._queue[0], self.webhook
                headers = {}
                if webhook["secret_token"] is not None:
                    headers["X-Telegram-Bot-Api-Secret-Token"] = webhook["secret_token"]
                try:
                    async with client.post(webhook["url"], json=update, headers=headers) as answer:
                        status: int | str = answer.status
                except (aiohttp.ClientError, TimeoutError) as exc:
                    status = f"Connection error: {exc.__class__.__name__}"
                self.webhook_deliveries.append((update["update_id"], status))
                if isinstance(status, int) and 200 <= status < 300:
                    if self._queue and self._queue[0] is update:
                        self._queue.pop(0)
                    self._notify()
                else:
                    await self._sleep(WEBHOOK_RETRY_SECONDS)

    async def _set_my_commands(self, params: Params) -> bool:
        """setMyCommands, validating names and descriptions."""
        commands = params.json_value("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("commands must be a list of at most 100 BotCommand")
        for command in commands:
            if not COMMAND_NAME.fullmatch(str(command.get("command", ""))):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = self._commands_key(params.json_value("scope"), params.text("language_code") or "")
        self.commands[key] = [
            {"command": c["command"], "description": c["description"]} for c in commands
        ]
        return True

    async def _get_my_commands(self, params: Params) -> list[JSON]:
        """getMyCommands."""
        return self.commands_for(params.json_value("scope"), params.text("language_code") or "")

    async def _delete_my_commands(self, params: Params) -> bool:
        """deleteMyCommands."""
        key = self._commands_key(params.json_value("scope"), params.text("language_code") or "")
        self.commands.pop(key, None)
        return True

    async def _answer_callback_query(self, params: Params) -> bool:
        """answerCallbackQuery: each query can be answered once."""
        query_id = params.required_text("callback_query_id", "callback_query_id is empty")
        if query_id not in self._pending_queries:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        self._pending_queries.discard(query_id)
        self.callback_answers[query_id] = params.loggable()
        return True

    # --- methods: chats and messages ------------------------------------------------------

    async def _get_chat(self, params: Params) -> JSON:
        """getChat: a ChatFullInfo."""
        chat = self._chat(self._chat_id(params))
        if chat.removed:
            raise bad_request("chat not found")
        return {
            **chat.info,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def _send_chat_action(self, params: Params) -> bool:
        """sendChatAction."""
        self._reachable_chat(params)
        if params.text("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    async def _send_message(self, params: Params) -> JSON:
        """sendMessage."""
        chat = self._reachable_chat(params)
        text = params.required_text("text", "message text is empty")
        plain, entities = self._render(params, text, "parse_mode", "entities", MAX_TEXT_LENGTH)
        content: JSON = {"text": plain}
        if entities:
            content["entities"] = entities
        return self._send(chat, params, "sendMessage", content, text, None)

    async def _send_photo(self, params: Params) -> JSON:
        """sendPhoto: an uploaded PNG/JPEG or the file_id of a stored photo."""
        chat = self._reachable_chat(params)
        stored = self._input_file(params, "photo", "photos")
        size = image_size(stored.data)
        if size is None:
            raise bad_request("IMAGE_PROCESS_FAILED")
        thumbnail = self._store_file("photos", stored.data, None, "image/jpeg")
        content = self._caption_content(params)
        content["photo"] = [
            photo_size(thumbnail, scaled(size, THUMBNAIL_SIDE)),
            photo_size(stored, scaled(size, PHOTO_SIDE)),
        ]
        return self._send(chat, params, "sendPhoto", content, params.text("caption"), stored)

    async def _send_document(self, params: Params) -> JSON:
        """sendDocument: an upload or the file_id of a stored file."""
        chat = self._reachable_chat(params)
        stored = self._input_file(params, "document", "documents")
        content = self._caption_content(params)
        content["document"] = stored.document()
        return self._send(chat, params, "sendDocument", content, params.text("caption"), stored)

    async def _get_file(self, params: Params) -> JSON:
        """getFile: a File with file_path; Telegram refuses files over 20 MB."""
        stored = self.files.get(params.text("file_id") or "")
        if stored is None:
            raise bad_request("invalid file_id")
        if len(stored.data) > MAX_DOWNLOAD_BYTES:
            raise bad_request("file is too big")
        return stored.file()

    async def _edit_message_text(self, params: Params) -> JSON:
        """editMessageText; without reply_markup the inline keyboard goes, as on Telegram."""
        chat, old = self._editable(params)
        text = params.required_text("text", "message text is empty")
        plain, entities = self._render(params, text, "parse_mode", "entities", MAX_TEXT_LENGTH)
        if "text" not in old:
            raise bad_request("there is no text in the message to edit")
        new = {k: v for k, v in old.items() if k not in ("text", "entities", "reply_markup")}
        new["text"] = plain
        if entities:
            new["entities"] = entities
        return self._replace(chat, old, new, params, text)

    async def _edit_message_reply_markup(self, params: Params) -> JSON:
        """editMessageReplyMarkup; no reply_markup removes the keyboard."""
        chat, old = self._editable(params)
        new = {k: v for k, v in old.items() if k != "reply_markup"}
        return self._replace(chat, old, new, params, None)

    # --- helpers: messages ----------------------------------------------------------------

    def _send(
        self,
        chat: ChatState,
        params: Params,
        method: str,
        content: JSON,
        raw_text: str | None,
        stored: StoredFile | None,
    ) -> JSON:
        """Validate reply target and keyboard, then create, store and record a bot message."""
        reply_to = self._reply_target(chat, params)
        markup = self._reply_markup(params)
        message: JSON = {
            "message_id": chat.next_message_id(),
            "from": self.me,
            "chat": chat.info,
            "date": int(time.time()),
            **content,
        }
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if markup and "inline_keyboard" in markup:
            message["reply_markup"] = markup
        chat.messages[message["message_id"]] = message
        record = RecordedMessage(
            method=method,
            chat_id=chat.info["id"],
            message_id=message["message_id"],
            text=raw_text,
            parse_mode=params.text("parse_mode"),
            reply_markup=markup,
            reply_to_message_id=reply_to["message_id"] if reply_to else None,
            at=time.monotonic(),
            message=message,
            file=stored,
        )
        self.sent.append(record)
        self._by_message[(record.chat_id, record.message_id)] = record
        self._notify()
        return message

    def _replace(
        self, chat: ChatState, old: JSON, new: JSON, params: Params, raw_text: str | None
    ) -> JSON:
        """Finish an edit: keyboard, "not modified" check, store and update the record."""
        markup = self._reply_markup(params)
        if markup and "inline_keyboard" in markup:
            new["reply_markup"] = markup
        keys = ("text", "entities", "reply_markup")
        if all(old.get(key) == new.get(key) for key in keys):
            raise bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        new["edit_date"] = int(time.time())
        chat.messages[new["message_id"]] = new
        record = self._by_message[(chat.info["id"], new["message_id"])]
        record.message = new
        record.reply_markup = markup
        record.edit_count += 1
        if raw_text is not None:
            record.text = raw_text
            record.parse_mode = params.text("parse_mode")
        self._notify()
        return new

    def _editable(self, params: Params) -> tuple[ChatState, JSON]:
        """The chat and bot message an edit targets."""
        if params.get("inline_message_id") is not None:
            raise bad_request("inline messages are not supported by the emulator")
        chat = self._reachable_chat(params)
        message_id = params.integer("message_id")
        message = chat.messages.get(message_id) if message_id is not None else None
        if message is None:
            raise bad_request("message to edit not found")
        if message.get("from", {}).get("id") != self.me["id"]:
            raise bad_request("message can't be edited")
        return chat, message

    def _render(
        self, params: Params, text: str, mode_key: str, entities_key: str, limit: int
    ) -> tuple[str, list[JSON]]:
        """Apply the parse mode (only HTML is validated) and the length limit."""
        mode = (params.text(mode_key) or "").lower()
        if mode == "html":
            plain, entities = parse_html(text)
        elif mode in ("", "markdown", "markdownv2"):
            plain, entities = text, params.json_value(entities_key) or []
        else:
            raise bad_request("unsupported parse_mode")
        if not plain.strip():
            raise bad_request("message text is empty")
        if len(plain) > limit:
            kind = "message" if limit == MAX_TEXT_LENGTH else "message caption"
            raise bad_request(f"{kind} is too long")
        return plain, entities

    def _caption_content(self, params: Params) -> JSON:
        """The caption fields of a photo or document message."""
        caption = params.text("caption")
        if not caption:
            return {}
        plain, entities = self._render(
            params, caption, "parse_mode", "caption_entities", MAX_CAPTION_LENGTH
        )
        content: JSON = {"caption": plain}
        if entities:
            content["caption_entities"] = entities
        return content

    def _reply_target(self, chat: ChatState, params: Params) -> JSON | None:
        """The message replied to (without its own reply), from either reply parameter."""
        reply = params.json_value("reply_parameters") or {}
        message_id = reply.get("message_id") or params.integer("reply_to_message_id")
        if message_id is None:
            return None
        target = chat.messages.get(int(message_id))
        if target is None:
            allowed = reply.get("allow_sending_without_reply")
            if allowed or params.flag("allow_sending_without_reply"):
                return None
            raise bad_request("message to be replied not found")
        return {k: v for k, v in target.items() if k != "reply_to_message"}

    def _reply_markup(self, params: Params) -> JSON | None:
        """The reply_markup object, inline keyboards checked as Telegram checks them."""
        markup = params.json_value("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        rows = markup.get("inline_keyboard")
        if rows is None:
            return markup
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup must be an Array'
            )
        for button in (button for row in rows for button in row):
            check_inline_button(button)
        return markup

    def _store_user_message(self, message: JSON) -> JSON:
        """Keep a user's message so replies and edits can find it."""
        self._chat(message["chat"]["id"]).messages[message["message_id"]] = message
        return message

    def _user_message_base(
        self,
        chat_id: int,
        user_id: int,
        chat_type: str,
        first_name: str | None,
        username: str | None,
        title: str | None,
        reply_to_message_id: int | None = None,
    ) -> JSON:
        """The common fields of a message a user sends."""
        user = self._user(user_id, first_name, username)
        if chat_id not in self._chats:
            self.add_chat(
                chat_id,
                chat_type=chat_type,
                title=title,
                first_name=user["first_name"],
                username=username,
            )
        chat = self._chats[chat_id]
        message: JSON = {
            "message_id": chat.next_message_id(),
            "from": user,
            "chat": chat.info,
            "date": int(time.time()),
        }
        if reply_to_message_id is not None:
            target = chat.messages.get(reply_to_message_id)
            if target is None:
                raise ValueError(f"no message {reply_to_message_id} in chat {chat_id}")
            message["reply_to_message"] = {
                k: v for k, v in target.items() if k != "reply_to_message"
            }
        return message

    def _user(self, user_id: int, first_name: str | None, username: str | None) -> JSON:
        """The User object of a (remembered) user."""
        user = self._users.get(user_id) or {"id": user_id, "is_bot": False}
        user = {**user, "first_name": first_name or user.get("first_name") or f"User {user_id}"}
        if username:
            user["username"] = username
        self._users[user_id] = user
        return user

    def _queue_update(self, kind: str, payload: JSON) -> JSON:
        """Append an Update for getUpdates and wake the long polls."""
        update = {"update_id": self._next_update_id, kind: payload}
        self._next_update_id += 1
        self._queue.append(update)
        self.updates.append(update)
        self._notify()
        return update

    # --- helpers: chats, files, waiting ---------------------------------------------------

    def _chat(self, chat_id: int) -> ChatState:
        """The chat with this id, created on first use."""
        if chat_id not in self._chats:
            self.add_chat(chat_id)
        return self._chats[chat_id]

    def _chat_id(self, params: Params) -> int:
        """The chat_id parameter as an integer."""
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise bad_request("chat_id is empty")
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None

    def _reachable_chat(self, params: Params) -> ChatState:
        """The target chat, or the 400/403 Telegram answers for it."""
        chat = self._chat(self._chat_id(params))
        if chat.removed:
            raise bad_request("chat not found")
        if chat.migrated_to is not None:
            raise ApiError(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": chat.migrated_to},
            )
        if chat.blocked:
            raise ApiError(403, f"Forbidden: {blocked_description(chat.info['type'])}")
        return chat

    def _input_file(self, params: Params, name: str, folder: str) -> StoredFile:
        """An uploaded file (stored now) or the file_id of a stored one."""
        value = params.get(name)
        if isinstance(value, FileField):
            data = value.file.read()
            if not data:
                raise bad_request("file must be non-empty")
            return self._store_file(folder, data, value.filename, value.content_type)
        if not value:
            raise bad_request(f"there is no {name} in the request")
        if str(value) in self.files:
            return self.files[str(value)]
        if str(value).startswith(("http://", "https://")):
            raise bad_request("failed to get HTTP URL content")
        raise bad_request("wrong file identifier/HTTP URL specified")

    def _store_file(
        self, folder: str, data: bytes, file_name: str | None, mime_type: str | None
    ) -> StoredFile:
        """Store bytes under a new file_id and file_path."""
        number = len(self.files) + 1
        suffix = ".jpg" if folder == "photos" else Path(file_name or "").suffix
        prefix = "AgAC" if folder == "photos" else "BQAC"
        stored = StoredFile(
            file_id=f"{prefix}{number:06d}{secrets.token_hex(8)}",
            file_unique_id=f"AQAD{number:06d}",
            file_path=f"{folder}/file_{number}{suffix}",
            data=data,
            file_name=file_name,
            mime_type=mime_type,
        )
        self.files[stored.file_id] = stored
        self._file_paths[stored.file_path] = stored
        return stored

    def _commands_key(self, scope: JSON | None, language_code: str) -> tuple[str, str]:
        """The storage key of a command list."""
        return json.dumps(scope or {"type": "default"}, sort_keys=True), language_code

    def _notify(self) -> None:
        """Wake everything waiting for a change."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_change(self, timeout: float) -> None:
        """Wait for the next change, at most ``timeout`` seconds."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), timeout)

    async def _sleep(self, seconds: float) -> None:
        """Sleep, cut short when the emulator stops."""
        deadline = time.monotonic() + seconds
        while not self._closing and (remaining := deadline - time.monotonic()) > 0:
            await self._wait_change(remaining)

    def _summary(self) -> list[tuple[int, str | None]]:
        """(chat_id, text) of the last messages sent, for timeout errors."""
        return [(m.chat_id, m.text) for m in self.sent[-5:]]


def plain_http_request(**kwargs: Any) -> HTTPXRequest:
    """An HTTPXRequest for the emulator's plain HTTP: no CA bundle to load (0.1 s a client)."""
    return HTTPXRequest(httpx_kwargs={"verify": False}, **kwargs)


def photo_size(stored: StoredFile, size: tuple[int, int]) -> JSON:
    """A PhotoSize object."""
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "width": size[0],
        "height": size[1],
        "file_size": len(stored.data),
    }


def check_inline_button(button: Any) -> None:
    """Telegram's checks on one InlineKeyboardButton."""
    if not isinstance(button, dict) or not button.get("text"):
        raise bad_request("can't parse inline keyboard button: Text must be non-empty")
    if not BUTTON_ACTIONS & button.keys():
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    data = button.get("callback_data")
    if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
        raise bad_request("BUTTON_DATA_INVALID")


def blocked_description(chat_type: str) -> str:
    """Telegram's 403 text for a chat that no longer accepts the bot."""
    if chat_type == "private":
        return "bot was blocked by the user"
    return f"bot was kicked from the {'supergroup' if chat_type == 'supergroup' else 'group'} chat"


def fault_response(fault: Fault) -> web.Response:
    """The answer for an injected error status."""
    if fault.status == 429:
        return too_many_requests(fault.retry_after).response()
    if fault.status in NGINX_PAGES:
        title = f"{fault.status} {NGINX_PAGES[fault.status]}"
        page = f"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n"
        page += f"<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n"
        page += "</body>\r\n</html>\r\n"
        return web.Response(status=fault.status, text=page, content_type="text/html")
    return ApiError(fault.status, "Internal Server Error").response()


async def serve_forever(host: str, port: int, token: str) -> None:
    """Run an emulator until interrupted, printing where PTB should point."""
    emulator = TelegramEmulator(token, host=host, port=port)
    base_url, base_file_url = await emulator.start()
    print(f"Bot API emulator on {base_url} (files: {base_file_url})", flush=True)
    print(f"token: {token}", flush=True)
    print(
        f'inject: curl -d \'{{"chat_id": 1, "user_id": 1, "text": "/start"}}\' '
        f"http://{host}:{emulator.port}/emulator/user_message",
        flush=True,
    )
    try:
        await asyncio.Event().wait()
    finally:
        await emulator.stop()


def main(argv: list[str] | None = None) -> None:
    """``python -m tests.support.emulator --port 8081``."""
    parser = argparse.ArgumentParser(description="Telegram Bot API emulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve_forever(args.host, args.port, args.token))


if __name__ == "__main__":
    main()
