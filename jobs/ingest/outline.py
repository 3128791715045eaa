"""The outline of a directive: its numbered items as a tree, from repaired text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jobs.ingest.deadlines import phase_of_heading
from jobs.ingest.fold import LOWER, UPPER
from jobs.ingest.textfix import (
    CHAT_DAY_RULE,
    UNIT_HEADING_CAPS,
    UNIT_LABEL_LINE,
    WHOLE_WEEK,
    starts_bullet,
)

# Item markers at the start of a line, in no particular order: the nesting comes from the order
# in which the document uses them, as in every Vietnamese administrative text.
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a PDF may lose the space after the marker: "II.NHIỆM VỤ", "2.Công an tỉnh"
    ("roman", re.compile(rf"(?P<label>[IVX]{{1,5}})[.\-–](?:\s+(?=\S)|(?=[{UPPER}]{{2}}))")),
    # ... and older ones "A- NHIỆM VỤ TRỌNG TÂM" (a dash only before a word in capitals)
    ("upper", re.compile(rf"(?P<label>[A-HJ-UW-Z])(?:[.]\s+(?=\S)|[-–]\s*(?=[{UPPER}]{{2}}))")),
    ("decimal", re.compile(r"(?P<label>\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=\D)")),
    # up to 4 digits for long programmes, but never a year ("2025. ..."); older letters write
    # "1- Các huyện ..."
    ("arabic", re.compile(
        rf"(?!(?:19|20)\d\d[.)\-–])(?P<label>\d{{1,4}})(?:[.)]\s+(?=\D)|\.(?=[{UPPER}][{LOWER}])"
        r"|/\s+(?=[^\W\d])"
        r"|[-–]\s+(?=[^\W\d]))")),
    ("paren", re.compile(r"\((?P<label>\d{1,3})\)\s*(?=\S)")),
    ("letter", re.compile(r"(?P<label>[a-zđ])\)\s+(?=\S)")),
    ("dash", re.compile(r"(?P<label>[-–—])\s*(?=\w)")),
    ("plus", re.compile(r"(?P<label>\+)\s*(?=\w)")),
    # and the symbols Word offers for bullets, with the Latin letters its Wingdings ones become
    # where the font is lost ("Ø" for an arrow, "ü" for a tick, "§" for a square)
    ("bullet", re.compile(r"(?P<label>[•·▪●*❖➢►▶✓✔○◦■□◆◇♦➤➔→⇒Øü§])\s+(?=\S)")),
)
BULLET_STYLES = frozenset({"dash", "plus", "bullet"})
NUMBERED_STYLES = frozenset(style for style, _ in MARKERS) - BULLET_STYLES
END_OF_BODY = re.compile(
    # also as OCR and unaccented copies spell it: "Noi nhận", "Noi nhan"
    r"^\s*(?:n[oơ]i\s+(?:nh[aậ]n|g[uử]i)"
    # where a web copy's article ends and the portal's own blocks begin
    r"|(?:các\s+)?tin (?:tức\s+)?(?:khác|liên quan|cùng chuyên mục)|bài viết liên quan"
    r"|thống kê truy cập|tags?|từ khóa|chia sẻ bài viết)\b",
    re.IGNORECASE,
)
# A schedule's day: "THỨ HAI (09/02/2026):", "* THỨ BẢY 11/01/2025 (nhằm 12/12 ÂL)", also
# with the day's first entry run on after it ("... ÂL) 15 giờ 00: Chủ tịch UBND dự ...").
WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)"
# The day may be written out: "THỨ SÁU, NGÀY 08 THÁNG 5 NĂM 2026", "THỨ TƯ - ngày mùng 6 tháng 5".
DAY_HEADING = re.compile(
    rf"^[*\-•]?\s*(?P<label>{WEEKDAY}\b"
    r"[\s,(\-–]*(?:ngày\s+)?(?:mùng\s+)?(?P<date>\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?))"
    r"\s*\)?(?:\s*\([^()\n]{0,30}\))?\s*:?\s*"
    r"(?=$|\d{1,2}\s*(?:giờ|h)\b|-\s|\*\s)",
    re.IGNORECASE,
)
CHAT_DAY = re.compile(CHAT_DAY_RULE, re.IGNORECASE)
# A web page's own furniture around the article: its date and view count, its font control,
# its author line. Not the directive's text, and no item (a bulleted "• Lượt xem: 5547").
PAGE_FURNITURE = re.compile(
    r"^[•*\-]?\s*(?:(?:ngày đăng|cập nhật)(?:\s+(?:bài|tin))?(?:\s+(?:lúc|ngày))?\s*:?\s*\d"
    r"|(?:lượt xem|lượt truy cập|lượt đọc)\s*:|mặc định\s+cỡ chữ|tác giả(?: bài viết)?\s*:"
    # the day and the clock time a portal posted it: "Thứ Tư, 28/10/2026 - 16:05 (GMT+7)"
    rf"|{WEEKDAY},?\s+\d{{1,2}}/\d{{1,2}}/\d{{4}}\s*[-|,]?\s*\d{{1,2}}:\d{{2}}"
    r"\s*\(GMT[^)]*\)$)"
    r".{0,80}$",
    re.IGNORECASE,
)
# A plan's numbered step: "Bước 5. Công nhận kết quả", "Đợt 2:", "Bước II -".
STEP = re.compile(r"(?:bước|đợt)\s+(?P<label>\d{1,2}|[IVX]{1,4})\s*[.:)\-–]\s*(?=\S)",
                  re.IGNORECASE)
# A decision's or a resolution's articles, numbered from 1 in order: "Điều 1. Giao chỉ tiêu ...",
# "Điều 2. Ban Xây dựng Đảng có trách nhiệm ...". An article quoted from a law ("Điều 24.
# Quyền tiếp cận thông tin đất đai") is no item.
ARTICLE = re.compile(r"Điều\s+(?P<label>\d{1,3})\s*[.:]\s+(?=\S)")
DISTRIBUTION_LIST = re.compile(r"^\s*nơi (?:nhận|gửi)\b", re.IGNORECASE)
# The signature's authority, in capitals on a line of its own: "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN
# NHÂN DÂN", "KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG". The body has ended, as at "Nơi nhận".
SIGNATURE = re.compile(rf"^\s*(?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.)\s*[{UPPER}][^{LOWER}]{{2,60}}$")
# An appendix after the signature ("PHỤ LỤC", "Phụ lục số 01 ..."): its task tables are read.
APPENDIX = re.compile(r"^\s*phụ lục(?:\s+(?:số\s+)?[\dIVX]+)?\b\s*[:.]?", re.IGNORECASE)
# So is a text issued with the decision, headed by its kind in capitals ("KẾ HOẠCH", "CHƯƠNG TRÌNH
# HÀNH ĐỘNG CỦA CHÍNH PHỦ ..."), then "(Ban hành kèm theo Quyết định số ...)".
ATTACHED_TEXT = re.compile(
    rf"^\s*(?:KẾ HOẠCH|CHƯƠNG TRÌNH|ĐỀ ÁN|QUY CHẾ|PHƯƠNG ÁN|DANH MỤC)\b[^{LOWER}]*$")
# Not a notice this one carries out, cited by its number or as carried out: "Thực hiện Công văn số
# 2837/VPCP-QHĐP ... của Văn phòng Chính phủ thông báo ý kiến chỉ đạo ..., UBND tỉnh yêu cầu ...",
# "Công văn nêu rõ, thực hiện thông báo kết luận của Thường trực Thành ủy ..., UBND thành phố giao".
CLOSING_FORMULA = re.compile(
    r"^\s*(trên đây là|(?:(?!\bsố\s*\d|\bthực hiện\s|\bcăn cứ\s).){0,80}"
    r"\bthông báo (kết luận|ý kiến|để)\b)",
    re.IGNORECASE,
)

SENTENCE_AFTER = re.compile(rf"[.;]\s+(?-i:[{UPPER}])")
# Every unit a letter closes on, a commune's villages too: "các cơ quan, đơn vị, các thôn".
_ANY_UNITS = (r"(?:cơ quan|đơn vị|địa phương|phòng|ban|ngành|sở|tổ chức|cá nhân|đoàn thể"
              r"|thôn|tổ dân phố|khu phố|bản|ấp|trường học)")
# A letter's last request that the units in general carry out what it said: "Đề nghị các đơn vị
# quan tâm phối hợp thực hiện./.", "Yêu cầu thủ trưởng các cơ quan, đơn vị nghiêm túc thực hiện
# Kế hoạch này" (GUIDE: a general closing demand is no task).
CARRY_OUT_CLOSING = re.compile(
    # "Quý đơn vị": the courtesy a letter addresses its receivers with
    r"(?:[^\W\d][\w\s]{0,60}?,?\s)?(?:đề nghị|yêu cầu)\s+(?:thủ trưởng\s+)?(?:các|quý)\s+"
    rf"{_ANY_UNITS}(?:\s*(?:,|và)\s*(?:các\s+)?{_ANY_UNITS})*(?:\s+(?:có\s+)?liên quan)?"
    r"(?:\s+(?:quan tâm|nghiêm túc|khẩn trương|sớm))?(?:\s*,?\s*(?:phối hợp|chỉ đạo))?"
    r"\s+(?:tổ chức\s+|triển khai\s+)?thực hiện(?:\s+(?:nghiêm túc|tốt|đầy đủ|có hiệu quả))?"
    r"(?:\s+(?:các\s+)?(?:nội dung|kế hoạch|thông báo|công văn|văn bản|chỉ thị)"
    r"(?:\s+(?:này|trên|nêu trên))?)?"
    # "... thực hiện đúng thời gian quy định./.", "..., bảo đảm thời gian theo yêu cầu./."
    r"(?:\s*,?\s+(?:bảo đảm|đảm bảo|đúng|theo)\s+(?:(?:đúng|theo)\s+)?"
    r"(?:thời gian|thời hạn|kế hoạch|tiến độ|chất lượng)(?:\s+(?:quy định|đề ra|theo yêu cầu))?)?"
    r"\s*[./]*",
    re.IGNORECASE,
)
# A letter's closing request to every unit it addresses, on a line of its own after the items:
# "Các đơn vị báo cáo kết quả thực hiện về UBND phường trước ngày D", "Đề nghị các cơ quan, đơn
# vị gửi báo cáo ...".
CLOSING_REQUEST = re.compile(
    r"^(?:(?:đề nghị|yêu cầu)\s+)?(?:thủ trưởng\s+)?các\s+(?:cơ quan,?\s+)?(?:đơn vị|cơ quan)"
    r"(?:[^.;:]{0,40}?)\s(?:báo cáo|gửi báo cáo|gửi kết quả)\b[^.;:]*\b(?:trước|chậm nhất)\b",
    re.IGNORECASE,
)


@dataclass
class Node:
    """One numbered item, or the document root; ``text`` excludes the children's text."""

    style: str
    label: str
    text: str
    title: str = ""  # the item's own first line
    children: list[Node] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # bracketed notes that name items by number
    tail: str = ""  # paragraphs after a table among its items: running text, no item's own
    addressee: bool = False  # a dash item of a letter's address: a name, no work
    headed: bool = False  # its first line is a heading over the paragraph under it
    timed_list: bool = False  # a time limit for the list of items under it follows them
    list_time: str = ""  # the document's: the time limit line after the items under the root
    preamble_end: int | None = None  # the root's: where an appendix's text joins its text


def parse_marker(line: str) -> tuple[str, str, str] | None:
    """(style, label, rest) when ``line`` opens a numbered item."""
    for style, pattern in MARKERS:
        match = pattern.match(line)
        if match:
            return style, match.group("label"), line[match.end() :]
    return None


# A letter's or a dispatch's address: "Kính gửi:", "CHỦ TỊCH UBND TỈNH điện:", its addressees
# listed as dash items under it, the first maybe on the address's own line ("Kính gửi: - Đảng
# uỷ UBND xã,"). The paragraph after them is the letter's body, no addressee's.
ADDRESS_LEAD = re.compile(r"(?:\bkính g[ửở]i|\bđiện)\s*:\s*(?:[-–+•]\s*\S.*)?$", re.IGNORECASE)
TABLE_ROW_FIELD = " ‖ "  # a table row read by column (jobs.ingest.tables) is one whole line
ASSIGNMENT_NOTE = re.compile(r"^\(.+\bnội dung\s+(số\s+)?\d+(\s*(,|và)\s*\d+)*\s*\)\.?$")


HEADING_LENGTH = 70  # longer first lines are a sentence's, wrapped or not
# A week's title and nothing else on its line: "Tuần 1 (từ ngày 30/11 đến ngày 04/12/2026)".
WEEK_TITLE = re.compile(r"^tuần\s+(?:thứ\s+)?\d{1,2}\s*\([^()]{5,60}\)\s*$", re.IGNORECASE)
# A time limit on a line of its own after a list of items under a heading ("- ...", "a) ..."):
# "Thời gian hoàn thành: trước ngày 20/12/2026." sets it for the whole list, the heading's, not
# for the last item alone.
TIME_LABEL = (
    r"(?:thời gian|thời hạn|tiến độ)(?:\s+(?:hoàn thành|thực hiện))?"
    # the whole plan's: "Thời gian hoàn thành toàn bộ kế hoạch: trước ngày D."
    r"(?:\s+toàn bộ\s+(?:kế hoạch|các nội dung|các nhiệm vụ))?\s*:"
)
LIST_TIME_LIMIT = re.compile(rf"^{TIME_LABEL}", re.IGNORECASE)


def _heads_paragraph(node: Node, line: str) -> bool:
    """Whether an item's first line is a heading that the line after it does not go on:
    "III. TỔ CHỨC THỰC HIỆN", "1. Về công tác thu ngân sách", then "Giao Phòng Kinh tế ..."."""
    title = node.title
    if node.text != title or not title or title[-1] in ".,;:!?-–(" or not line[:1].isupper():
        return False
    return not any(c.islower() for c in title) or len(title) <= HEADING_LENGTH


def _articles(lines: list[str]) -> set[int]:
    """The lines that open a text's own articles: "Điều 1.", "Điều 2.", ... in order; a
    regulation a decision issues numbers its own from 1 again after the decision's."""
    found: set[int] = set()
    expected = 1
    for number, raw in enumerate(lines):
        article = ARTICLE.match(raw.strip())
        if article and int(article["label"]) in (expected, 1):
            found.add(number)
            expected = int(article["label"]) + 1
    return found


def _bullet_follows(lines: list[str], number: int) -> bool:
    """Whether the next line with text after line ``number`` opens a bullet."""
    return starts_bullet(next((line.strip() for line in lines[number + 1 :] if line.strip()), ""))


def build_outline(text: str) -> Node:
    """The item tree of a repaired directive; the preamble is the root's text."""
    root = Node("root", "", "")
    stack: list[Node] = [root]
    lines = text.splitlines()
    # A schedule has days, or a day that announces its entries ("THỨ HAI (09/02/2026):"); one
    # bare weekday-and-date line ("Thứ năm 27/1/2022") is the date a web page shows the article
    # under, not a day the items below happen on.
    is_schedule = sum(1 for raw in lines if DAY_HEADING.match(raw.strip())
                      and not PAGE_FURNITURE.match(raw.strip())) > 1
    articles = _articles(lines)
    addressed: Node | None = None  # the node an address's dash items hang under
    closing_request = False  # past the closing request that follows the items
    ended = False  # past the distribution list and the signature, until an appendix
    related = False  # in a page's list of other articles' titles, above the article
    for number, raw in enumerate(lines):
        line = raw.strip()
        if not line or not re.search(r"\w", line):
            continue
        if related and len(line) <= HEADING_LENGTH + 30 and line[-1] not in ".:;!?":
            continue  # "Tin liên quan" / "Bộ Y tế yêu cầu ...": another article's title
        related = False
        if ended:
            if not (APPENDIX.match(line) or ATTACHED_TEXT.match(line)):
                continue
            ended = False
            del stack[1:]
            if root.preamble_end is None:
                root.preamble_end = len(root.text)
        elif SIGNATURE.match(line):
            ended = True
            continue
        elif END_OF_BODY.match(line):
            if not DISTRIBUTION_LIST.match(line):
                if not root.text and len(stack) == 1:
                    # the page's own blocks above the article ("Tag", then its tags; "Tin liên
                    # quan", then other articles' titles)
                    related = True
                    continue
                break  # a web page's own blocks: nothing of the directive follows
            ended = True
            continue
        if PAGE_FURNITURE.match(line):
            continue
        if CHAT_DAY.fullmatch(line):
            del stack[1:]  # a chat's next day or message: the message before it has ended
            root.text = f"{root.text}\n{line}".strip()
            continue
        # "Trong tuần: Phòng X hoàn thiện hồ sơ ...": a schedule's entry on none of its days
        day = DAY_HEADING.match(line) or (WHOLE_WEEK.match(line) if is_schedule else None)
        if day and not is_schedule and not re.search(r"\(|:(?!\d)", line):
            continue  # a page's date ("Thứ hai, ngày 01/12/2025 - 08:30"), no schedule's day
        article = ARTICLE.match(line) if number in articles else None
        marker = ("day", day["date"], line[day.end() :]) if day else (
            ("article", article["label"], line[article.end() :]) if article else parse_marker(line))
        if marker is None and (((stack[-1].style in BULLET_STYLES or stack[-1].style == "label" or (
                # the first unit's label under a lead-in that announces them: "... thực hiện các
                # nội dung sau:" / "Phòng Kinh tế:" / "- Tổ chức tiêm phòng ..."
                len(stack) == 1 and root.text.rstrip().endswith(":") and line.endswith(":")
                and _bullet_follows(lines, number))) and UNIT_LABEL_LINE.match(line))
                # a unit's heading in capitals over its bullets: "PHÒNG VĂN HÓA - XÃ HỘI" / "- ..."
                or (UNIT_HEADING_CAPS.fullmatch(line) and _bullet_follows(lines, number))):
            # "UBND các xã, phường:" after the last unit's bullets or its own line: the next
            # unit's part, beside the last one under the same heading
            while stack[-1].style in BULLET_STYLES and len(stack) > 1:
                stack.pop()
            marker = ("label", "", line)
        week = marker is None and len(stack) > 1 and WEEK_TITLE.match(line) and (
            phase_of_heading(f"{line}:", None))
        if week:
            # a week's title inside a programme's part ("Tuần 1 (từ ngày 30/11 đến ngày
            # 04/12/2026)") heads its entries as a stage does, colon or not, after the last
            # week's bullets
            while stack[-1].style in BULLET_STYLES and len(stack) > 1:
                stack.pop()
        if marker is None and (phase := week or phase_of_heading(line, None)):
            # "Giai đoạn 1 (1/12 - 31/12/2024):" heads the lines below it as a numbered item does
            marker = ("phase", phase.text, line[phase.end :].lstrip(" :"))
        if marker is None and (step := STEP.match(line)):
            # "Bước 5. Công nhận kết quả", "Đợt 2:": a plan's step with no dates of its own
            # heads the lines below it
            marker = ("step", step["label"], line[step.end() :])
        if marker is None and addressed is not None:
            _close_address(stack, addressed)  # the addressees are listed: the body begins
            addressed = None
        if marker is None and len(stack) > 1 and (closing_request or (
                CLOSING_REQUEST.match(line) and stack[-1].text.rstrip().endswith("."))
                or CARRY_OUT_CLOSING.fullmatch(line)):
            # "Các đơn vị báo cáo kết quả ... trước ngày D." after the last item, a finished
            # sentence: the letter's closing request to all it addresses, no item's own
            root.tail = f"{root.tail}\n{line}".strip()
            closing_request = True
            continue
        if marker is None:
            if (closing := CLOSING_FORMULA.match(line)) and (
                closing[2] is None or not SENTENCE_AFTER.search(line, closing.end())
            ):
                # "Trên đây là ...": the closing, with its stock request; but "Văn phòng ...
                # thông báo ý kiến kết luận ...; Yêu cầu Sở X ...": the conclusion goes on
                continue
            if ASSIGNMENT_NOTE.match(line) and len(stack) > 1:
                stack[-2].notes.append(line)
                continue
            if TABLE_ROW_FIELD in stack[-1].title:  # the table has ended: the text goes on after it
                holder = stack[-2]
                holder.tail = f"{holder.tail}\n{line}".strip()
                continue
            if (LIST_TIME_LIMIT.match(line) and len(stack) > 1 and not stack[-1].children
                    and sum(c.style == stack[-1].style for c in stack[-2].children) > 1):
                del stack[-1]
                stack[-1].timed_list = True
                if stack[-1] is root:  # a letter's list of items under its lead-in
                    root.list_time = line
                    continue
            current = stack[-1]
            # The root keeps its paragraphs apart: a letter's title and its first sentence are
            # not one clause. An item's lines are one text (textfix joined its wrapped lines),
            # but an item's heading ends before the paragraph under it.
            headed = current is not root and _heads_paragraph(current, line)
            current.headed |= headed
            glue = "\n" if current is root else ". " if headed else " "
            current.text = f"{current.text}{glue}{line}".strip() if current.text else line
            if ADDRESS_LEAD.search(line):
                addressed = current
            continue
        style, label, rest = marker
        closing_request = False
        if style != "dash" and addressed is not None:
            # the addressees are listed as dashes: a numbered item opens the body
            _close_address(stack, addressed)
            addressed = None
        # "30/6/2026: - Quốc hội thông qua ...": the stage's first dash item runs on after it
        run_on = parse_marker(rest) if style == "phase" else None
        dashed = run_on is not None and run_on[0] == "dash"
        styles = [node.style for node in stack]
        # An item that announces a list ("(1) Bộ Công an:") holds the items right after it, even
        # in a style that an item above it has ("- Toàn văn ..." from a web page's own list).
        top = stack[-1]
        announced = (top.style != style and top.title.rstrip().endswith(":")
                     and top.text == top.title and not top.children)
        if style in styles and not announced:
            del stack[len(styles) - 1 - styles[::-1].index(style) :]  # the nearest such item
        elif style in ("roman", "upper"):
            # a table's section row after rows with no section above them heads no row
            while len(stack) > 1 and TABLE_ROW_FIELD in stack[-1].title:
                stack.pop()
        node = Node(style, label, "" if dashed else rest.strip(), rest.strip(),
                    addressee=addressed is not None)
        stack[-1].children.append(node)
        stack.append(node)
        if dashed:
            item = Node("dash", run_on[1], run_on[2].strip(), run_on[2].strip())
            node.children.append(item)
            stack.append(item)
    return root


def _close_address(stack: list[Node], addressed: Node) -> None:
    """Ends the list of addressees under ``addressed``: the items below it leave the stack. A
    dash item that held "Kính gửi:" may itself have left it, closed by the addressees' dashes
    beside it: then the items below its parent leave."""
    depth = next((depth for depth, node in enumerate(stack) if node is addressed), None)
    if depth is None:
        depth = next((depth for depth, node in enumerate(stack)
                      if any(child is addressed for child in node.children)), len(stack))
    del stack[depth + 1 :]
