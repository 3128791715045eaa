"""A directive read from an uploaded file, under review: the preview and the office's edits.

Nothing is stored until the office confirms; meanwhile the draft waits in the database
(``bot.pending.DraftBook``) as its extracted text and state, without the file's bytes. Tasks
keep the numbers the first preview gave them, so that "bỏ 3" and later "3 hạn: 15/5" mean the
same task. The edits, one a message
(diacritics optional):

- ``3 đơn vị: Phòng Nội vụ; Phòng Tư pháp`` — the lead units of task 3
- ``3 hạn: 15/5`` (or ``3 hạn: không``) — the deadline of task 3
- ``bỏ 3`` (or ``bỏ 3, 5``) — drop tasks
- ``Ban ABC = Phòng Nội vụ`` — an unknown unit is that known unit, in every task (stored as
  an alias of the unit when the office confirms, so that the next directive resolves it)
- ``ngày: 17/10/2025`` (or ``Ngày ban hành: ...``) — the directive's date, when the text does
  not give it: the text is read again with it, and the deadlines that waited for it appear

A document with no task, or tasks whose deadlines still wait for the directive's date, cannot
be confirmed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from bot.dates import parse_day
from bot.text import esc
from jobs.calendar import local_date
from jobs.config import ReminderPolicy
from jobs.ingest.fold import fold
from jobs.ingest.pipeline import NO_TASK_WARNING, extract_text, extraction_warnings
from jobs.ingest.units import UnitResolver, loose_key
from jobs.messages.notices import closing_phrase, format_date
from jobs.messages.wording import item_reference, shorten
from jobs.model import DirectiveInfo, DraftTask, Extraction
from jobs.plan.late import (
    LateDeadlines,
    default_past,
    late_deadlines,
    late_warning,
    past_choice_note,
)
from jobs.plan.policy import Planner
from jobs.plan.recurrence import parse_every

# extract_text, or the same run in the bot's worker process
Extract = Callable[[str, UnitResolver, date | None], Extraction]

PREVIEW_TEXT_WIDTH = 90
SET_UNITS = re.compile(r"(?:(?P<a>\d+)\s*don\s*vi|don\s*vi\s*(?P<b>\d+))\s*[:=-]?\s*(?P<value>.+)")
SET_DUE = re.compile(
    r"(?:(?P<a>\d+)\s*(?:han|thoi\s*han)|(?:han|thoi\s*han)\s*(?P<b>\d+))\s*[:=-]?\s*(?P<value>.+)"
)
DROP = re.compile(
    r"(?:bo|xoa|loai)\s+(?:nhiem\s*vu\s*)?(?:so\s*)?(?P<numbers>\d+(?:(?:\s*[,;]\s*|\s+va\s+|\s+)\d+)*)$"
)
SET_DATE = re.compile(r"ngay(?:\s*ban\s*hanh)?(?:\s*van\s*ban)?\s*[:=-]?\s*(?P<value>\d.*)")
MAP_UNIT = re.compile(r"(?P<unknown>[^=→>]+?)\s*(?:=|->|→|=>)\s*(?P<known>.+)")
NO_DEADLINE = frozenset({"khong", "khong co", "khong thoi han", "bo", "xoa"})
WAITING = "chờ ngày ban hành"
LOW_CONFIDENCE = "⚠️"  # after a unit or deadline OCR read from words of low confidence
SCANNED = "🔎 Văn bản được đọc từ bản quét hoặc ảnh chụp (nhận dạng chữ)."
CHECK_MARKED = " Hãy kiểm tra các mục có ⚠️ (đơn vị, thời hạn) trước khi bấm ✅ Xác nhận."
DEFAULT_PLANNER = Planner(ReminderPolicy())
NAG_LABEL = "🔔 Lưu, nhắc như quá hạn"
HISTORY_LABEL = "🗄 Lưu làm lịch sử"
ALL_DROPPED = "Đã bỏ hết nhiệm vụ: không còn gì để lưu. Bấm ❌ Hủy hoặc gửi lại văn bản."


class DraftError(Exception):
    """An edit that cannot be applied; str(exc) is the Vietnamese reason."""


@dataclass
class Draft:
    """An uploaded directive's extraction, under review in one chat."""

    number: int
    file_name: str
    data: bytes
    sha256: str
    extraction: Extraction
    tasks: dict[int, DraftTask] = field(default_factory=dict)
    # The text read from the file, to read again when the office sets the directive's date.
    raw_text: str = ""
    # Unknown names the office mapped to known units: stored as aliases on confirmation.
    aliases: dict[str, str] = field(default_factory=dict)
    # Tasks whose deadline the office set: a new directive date leaves them as they are.
    due_set: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        """Number the tasks from 1 once, the first time."""
        if not self.tasks:
            self.tasks = dict(enumerate(self.extraction.tasks, start=1))

    @property
    def unknown_units(self) -> list[str]:
        """Lead or support units nobody knows yet, in order of appearance."""
        names = (name for task in self.tasks.values() for name in task.unknown_units)
        return list(dict.fromkeys(names))

    @property
    def waiting(self) -> list[int]:
        """The tasks whose deadline waits for the directive's date."""
        return [number for number, task in self.tasks.items() if task.waits_for_date]

    @property
    def warnings(self) -> list[str]:
        """What the office must know before confirming, as the draft stands now."""
        found = self.extraction.warnings
        own = extraction_warnings(self.extraction)
        live = extraction_warnings(self.confirmed())
        if self.extraction.tasks and NO_TASK_WARNING in live:
            live = [ALL_DROPPED if w == NO_TASK_WARNING else w for w in live]
        return [*(w for w in found if w not in own), *live]

    def refusal(self) -> str | None:
        """Why the draft cannot be stored yet (Vietnamese), or None when it can."""
        if not self.tasks:
            if self.extraction.tasks:
                return ALL_DROPPED
            return "Văn bản không có nhiệm vụ nào nên không có gì để lưu. " + NO_TASK_WARNING
        if waiting := self.waiting:
            numbers = ", ".join(map(str, waiting))
            return (
                f"Chưa lưu được: thời hạn của nhiệm vụ số {numbers} đang chờ ngày ban hành "
                "văn bản. Nhập «ngày: dd/mm/yyyy» (ví dụ «ngày: 17/10/2025») để đặt ngày ban "
                f"hành, hoặc đặt hạn cho từng nhiệm vụ («{waiting[0]} hạn: 15/5»)."
            )
        return None

    def to_state(self) -> dict[str, Any]:
        """What the database keeps of the draft besides its name, hash and text (JSON)."""
        return {
            "extraction": self.extraction.to_json(),
            "tasks": [[number, task.to_json()] for number, task in self.tasks.items()],
            "aliases": self.aliases,
            "due_set": sorted(self.due_set),
        }

    @classmethod
    def from_state(
        cls, number: int, file_name: str, sha256: str, raw_text: str, state: dict[str, Any]
    ) -> Draft:
        """The draft ``to_state`` wrote (the file's bytes are not kept: ``data`` is empty)."""
        found = state["extraction"]
        info = found["directive"]
        extraction = Extraction(
            DirectiveInfo(_day(info["date"]), info["number"], info["title"]),
            [_draft_task(task) for task in found["tasks"]],
            list(found.get("warnings", [])),
            bool(found.get("ocr", False)),
        )
        draft = cls(number, file_name, b"", sha256, extraction, raw_text=raw_text)
        draft.tasks = {int(n): _draft_task(task) for n, task in state["tasks"]}  # maybe none left
        draft.aliases = dict(state.get("aliases", {}))
        draft.due_set = set(state.get("due_set", []))
        return draft

    def confirmed(self) -> Extraction:
        """The extraction as it will be stored: the kept tasks, as edited."""
        return Extraction(self.extraction.directive, list(self.tasks.values()))

    def task(self, number: int) -> DraftTask:
        """Task ``number`` of the preview, or an error naming the valid numbers."""
        if number not in self.tasks:
            raise DraftError(f"Không có nhiệm vụ số {number} trong bản xem trước.")
        return self.tasks[number]

    def apply(
        self, text: str, resolver: UnitResolver, today: date, extract: Extract = extract_text
    ) -> str | None:
        """Apply one edit; returns what was done, or None when ``text`` is not an edit.

        ``extract`` reads the text again when the office sets the directive's date (the bot
        passes its worker process's).
        """
        original = unicodedata.normalize("NFC", " ".join(text.split())).strip(" .!")
        folded = fold(original)
        if match := DROP.match(folded):
            return self._drop([int(n) for n in re.findall(r"\d+", match["numbers"])])
        if match := SET_UNITS.match(folded):
            number = int(match["a"] or match["b"])
            return self._set_units(number, original[match.start("value") :], resolver)
        if match := SET_DUE.match(folded):
            number = int(match["a"] or match["b"])
            return self._set_due(number, original[match.start("value") :], today)
        if match := SET_DATE.fullmatch(folded):
            return self._set_date(original[match.start("value") :], resolver, extract)
        if (match := MAP_UNIT.match(original)) and self.unknown_units:
            return self._map_unit(match["unknown"], match["known"], resolver)
        return None

    def _drop(self, numbers: list[int]) -> str:
        """Leave tasks out."""
        for number in numbers:
            self.task(number)
        for number in numbers:
            del self.tasks[number]
        return f"Đã bỏ nhiệm vụ số {', '.join(map(str, numbers))}."

    def _set_units(self, number: int, value: str, resolver: UnitResolver) -> str:
        """Make these the lead units of a task."""
        task = self.task(number)
        mentions = resolver.split_list(value)
        if not mentions:
            raise DraftError("Hãy ghi tên đơn vị, ví dụ: «3 đơn vị: Phòng Nội vụ».")
        names = [mention.name for mention in mentions]
        unknown = [m.name for m in mentions if not m.known]
        others = [name for name in task.unknown_units if name in task.support]
        self.tasks[number] = replace(
            task,
            units=names,
            unknown_units=[*unknown, *others],
            low_confidence=[name for name in task.low_confidence if name != "units"],
        )
        flagged = f" (chưa có trong danh mục: {', '.join(unknown)})" if unknown else ""
        return f"Nhiệm vụ số {number}: đơn vị chủ trì là {', '.join(names)}{flagged}."

    def _set_due(self, number: int, value: str, today: date) -> str:
        """Give a task a deadline, or take it away."""
        task = self.task(number)
        if task.every:
            cadence = parse_every(task.every).describe()
            raise DraftError(
                f"Nhiệm vụ số {number} là nhiệm vụ định kỳ ({cadence}); không đổi hạn ở đây."
            )
        checked = [name for name in task.low_confidence if name != "due_text"]
        if fold(value).strip(" .") in NO_DEADLINE:
            self.tasks[number] = replace(
                task, due=None, due_text="", waits_for_date=False, low_confidence=checked
            )
            self.due_set.add(number)
            return f"Nhiệm vụ số {number}: không thời hạn."
        day = parse_day(value, today)
        if day is None:
            raise DraftError(f"Không hiểu ngày «{value}». Ví dụ: «3 hạn: 15/5».")
        self.tasks[number] = replace(
            task,
            due=day,
            due_text=f"đến ngày {format_date(day)}",
            waits_for_date=False,
            low_confidence=checked,
        )
        self.due_set.add(number)
        return f"Nhiệm vụ số {number}: hạn {format_date(day)}."

    def _set_date(self, value: str, resolver: UnitResolver, extract: Extract) -> str:
        """Set the directive's date: read the text again with it, keeping the office's edits."""
        from jobs.ingest.deadlines import parse_directive_date  # dateparser: not at bot start

        day = parse_directive_date(value)
        if day is None:
            raise DraftError(
                f"Không hiểu ngày ban hành «{value}». Ghi đủ ngày, tháng, năm, ví dụ: "
                "«ngày: 17/10/2025»."
            )
        if not self.raw_text:
            raise DraftError("Không đọc lại được văn bản; hãy gửi lại tệp.")
        waiting = len(self.waiting)
        again = extract(self.raw_text, resolver, day)
        kept = [task.ref for task in again.tasks] == [task.ref for task in self.extraction.tasks]
        self.extraction = again
        done = f"Ngày ban hành văn bản: {format_date(day)}."
        if kept:
            for number, task in self.tasks.items():
                if number not in self.due_set:
                    fresh = again.tasks[number - 1]
                    self.tasks[number] = replace(
                        task,
                        due=fresh.due,
                        due_text=fresh.due_text,
                        every=fresh.every,
                        waits_for_date=fresh.waits_for_date,
                    )
        else:  # read differently with the date: start the review again
            self.tasks = dict(enumerate(again.tasks, start=1))
            self.due_set.clear()
            for source, target in self.aliases.items():
                self._swap_unit(source, target)
            done += (
                " Danh sách nhiệm vụ được lập lại; các sửa đổi trước (trừ ghép đơn vị) cần làm lại."
            )
        if waiting:
            done += f" Đã tính {waiting} thời hạn đang chờ ngày này."
        return done

    def _map_unit(self, unknown: str, known: str, resolver: UnitResolver) -> str:
        """Read an unknown unit as a known one, wherever it appears."""
        wanted = loose_key(unknown)
        source = next((name for name in self.unknown_units if loose_key(name) == wanted), None)
        if source is None:
            raise DraftError(
                f"«{unknown.strip()}» không phải đơn vị chưa rõ nào. "
                f"Các đơn vị chưa rõ: {', '.join(self.unknown_units)}."
            )
        target = resolver.resolve(known)
        if not target.known:
            raise DraftError(f"Không có đơn vị «{known.strip()}» trong danh mục.")
        self._swap_unit(source, target.name)
        self.aliases[source] = target.name
        return (
            f"Đã ghép «{source}» với {target.name}. Khi bấm ✅ Xác nhận, bot ghi nhớ «{source}» "
            f"là tên gọi khác của {target.name} cho các văn bản sau."
        )

    def _swap_unit(self, source: str, target: str) -> None:
        """Replace an unknown unit with a known one in every task."""

        def swap(names: list[str]) -> list[str]:
            """The names with the unknown one replaced."""
            return list(dict.fromkeys(target if name == source else name for name in names))

        for number, task in self.tasks.items():
            self.tasks[number] = replace(
                task,
                units=swap(task.units),
                support=swap(task.support),
                unknown_units=[name for name in task.unknown_units if name != source],
            )


def _day(text: str | None) -> date | None:
    """An ISO day, or None."""
    return date.fromisoformat(text) if text else None


def _draft_task(data: dict[str, Any]) -> DraftTask:
    """A draft task from ``DraftTask.to_json``."""
    return DraftTask(
        ref=data["ref"],
        units=list(data["units"]),
        support=list(data["support"]),
        due=_day(data["due"]),
        due_text=data["due_text"],
        every=data["every"],
        text=data["text"],
        unknown_units=list(data.get("unknown_units", [])),
        waits_for_date=bool(data.get("waits_for_date", False)),
        confidence=data.get("confidence"),
        low_confidence=list(data.get("low_confidence", [])),
    )


def draft_due(task: DraftTask, planner: Planner = DEFAULT_PLANNER) -> str:
    """The deadline or recurrence of a draft task, for the preview: the closing instant the
    stored task will have (``closing_phrase``), under the deadline rule of ``planner``."""
    if task.every:
        return f"định kỳ: {parse_every(task.every).describe()}"
    if task.due:
        closes = planner.deadline(task.due, task.due_text)
        return closing_phrase(closes, task.due_text, planner.zone)
    if task.waits_for_date:
        return f"⏳ hạn {WAITING} («{task.due_text}»)"
    return "không thời hạn"


def late_in(draft: Draft, planner: Planner, now: datetime) -> LateDeadlines | None:
    """The draft's deadlines already past at ``now`` (None if none)."""
    return late_deadlines(draft.confirmed().tasks, planner, now)


def preview_text(
    draft: Draft, planner: Planner = DEFAULT_PLANNER, now: datetime | None = None
) -> str:
    """The preview: directive number and date, the numbered tasks, what needs the office
    (with ``now``: the deadlines already past, and the choice of what becomes of them)."""
    info = draft.extraction.directive
    issued = format_date(info.date) if info.date else "không rõ"
    lines = [
        f"📄 <b>Xem trước văn bản</b> «{esc(draft.file_name)}»",
        f"Số: {esc(info.number or '—')} · Ngày: {issued}",
        f"<i>{esc(shorten(info.title or 'Văn bản', 200))}</i>",
        f"Số nhiệm vụ: {len(draft.tasks)}",
    ]
    if draft.extraction.ocr:
        marked = any(task.low_confidence for task in draft.tasks.values())
        lines.append(SCANNED + (CHECK_MARKED if marked else ""))
    lines.append("")
    for number, task in draft.tasks.items():
        units = [
            f"{esc(name)} ⚠️chưa rõ" if name in task.unknown_units else esc(name)
            for name in task.units
        ]
        who = ", ".join(units) if units else "⚠️ <b>chưa có đơn vị</b>"
        if units and "units" in task.low_confidence:
            who += f" {LOW_CONFIDENCE}"
        support = f" (phối hợp: {esc(', '.join(task.support))})" if task.support else ""
        due = esc(draft_due(task, planner))
        if "due_text" in task.low_confidence and task.due_text:
            due += f" {LOW_CONFIDENCE}"
        lines.append(f"<b>{number}.</b> [{esc(item_reference(task.ref))}] {who}{support} — {due}")
        lines.append(f"    {esc(shorten(task.text, PREVIEW_TEXT_WIDTH))}")
    unknown = draft.unknown_units
    no_unit = [str(number) for number, task in draft.tasks.items() if not task.units]
    lines.append("")
    if unknown:
        lines.append(f"⚠️ Đơn vị chưa rõ: {esc(', '.join(unknown))}")
    if no_unit:
        lines.append(f"⚠️ Nhiệm vụ chưa có đơn vị: {', '.join(no_unit)}")
    lines += [f"⚠️ {esc(warning)}" for warning in draft.warnings]
    late = late_in(draft, planner, now) if now is not None else None
    if late is not None and now is not None:
        today = local_date(now, planner.zone)
        lines.append(f"⚠️ {esc(late_warning(late))}")
        default = default_past(info.date, today)
        lines.append(esc(past_choice_note(default, info.date, today, chosen=False)))
        lines.append(f"Chọn: {NAG_LABEL} hoặc {HISTORY_LABEL}.")
    if not draft.tasks:
        lines.append("<i>Không có gì để lưu.</i>")
        return "\n".join(lines)
    lines.append(
        "Sửa bằng tin nhắn (trong nhóm: trả lời tin này): «3 đơn vị: Phòng Nội vụ», "
        "«3 hạn: 15/5», «bỏ 3», «Tên đơn vị chưa rõ = Phòng Nội vụ», «ngày: 17/10/2025» "
        "(ngày ban hành văn bản)."
    )
    if draft.waiting:
        lines.append("<i>Chưa lưu gì. Hãy đặt ngày ban hành trước khi bấm ✅ Xác nhận.</i>")
    elif late is not None:
        lines.append("<i>Chưa lưu gì cho đến khi chọn một trong hai nút bên dưới.</i>")
    else:
        lines.append("<i>Chưa lưu gì cho đến khi bấm ✅ Xác nhận.</i>")
    return "\n".join(lines)
