"""Repair the raw text of a directive into one logical paragraph or outline item per line.

`repair_text` chains small pure steps, each usable and testable on its own:

1. `normalize_unicode`: NFC, broken PDF glyphs (`ƣ` → `ư`), "ươ" typed with its first horn
   left off (`truớc` → `trước`), zero-width characters dropped.
   `normalize_pdf_bullets`: a Symbol-font private-use bullet that Word exports to PDF
   (U+F0B7, U+F0A7, U+F076, U+F0D8, ... U+F020-U+F0FF) opening a line becomes "- ".
   `strip_html`: a web copy pasted with its HTML markup becomes its text, one line per block.
   `drop_heading_stars`: the star a Party text prints under its issuer's name in the heading.
   `replace_emoji`: a chat's emoji opening a line is its item's mark (or nothing before a heading
   or a number); a keycap digit numbers its item; any other emoji is dropped.
   `split_chat_messages`: in a chat copied out of Zalo, Telegram or Viber, each message header
   and day's line becomes the chat's day line, which ends the message before it, and "hôm nay",
   "sáng mai" are glossed with the day they name.
2. `nest_indented_numbering`: items numbered afresh and indented under a numbered item become
   "(1)", "(2)", its sub-items. `normalize_whitespace`: CRLF/CR → LF, form feed → LF,
   NBSP/tab/other spaces → " ", trailing and leading spaces stripped. `drop_reply_history`: an
   e-mail reply's quoted older messages, below a message that asks with days of its own.
   `strip_quote_marks`: a quoted e-mail's "> " marks.
3. `drop_page_numbers`: lines that are only a page number ("2", "- 2 -", "Trang 2", "Trang 2/5"),
   and a running header or footer printed the same beside them on two pages or more.
   `lower_shouted_paragraphs`: an item or sentences typed wholly in capitals for emphasis are
   written in lower case, abbreviations ("UBND", "BCH") kept and sentences opened with a capital.
4. `join_wrapped_lines`: lines broken mid-sentence (PDF extraction) joined with one space;
   blank lines in between are ignored. A line never joins when it opens an outline item
   (`I.`, `A.`, `1.`, `1.2.`, `(1)`, `a)`, `-`, `+`, `•`, capitals, "Nơi nhận", ...). Otherwise
   it joins when the previous line ends with ",", "-" or a word such as "và", "của", or when
   it starts in lowercase; it does not join after ".", ":", "!", "?", "…"; else it joins only
   when the previous line fills the text width (so a short title line keeps its own line). A
   date broken after its month's slash ("20/01/" / "2027") is joined with no space.
5. `strip_markdown`: heading marks, emphasis marks and backslash escapes removed.
6. `drop_separator_lines`: decorative rules such as "-----" or "|---|---|".
7. `collapse_spaces`: runs of spaces become one.
8. `drop_blank_lines`: the output has no blank lines.

Bold and heading convention: the output is plain text and keeps no mark of bold or headings.
The raw text (from `reading` or a Markdown file) may carry them as `**line**` or `# line`;
`join_wrapped_lines` runs before `strip_markdown` so that such a line is never joined to its
neighbours, and a table row from a .docx (cells joined by " | ", or a row read by column with its
fields separated by " ‖ ") likewise stays on its own line.
The outline stage finds headings from their numbering.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from html.parser import HTMLParser
from itertools import groupby, pairwise

import regex

from jobs.ingest.fold import LOWER, UPPER, repair_glyphs

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))

# A line this much shorter than the document's usual line width ends its paragraph.
FULL_LINE_SHARE = 0.8
# Lines ending in one of these words (or ",", "-") cannot end a sentence.
CONNECTIVES = frozenset(
    {"và", "của", "với", "các", "cho", "tại", "theo", "trong", "để", "những", "hoặc"}
    | {"ngày", "số", "về", "từ", "đến", "nhằm", "như", "là"}
)
SENTENCE_ENDS = (".", ":", "!", "?", "…")
CLOSERS = ")]}”’\"'»*_"
OPENERS = "([{“‘\"'«*_"
DASHES = ("-", "–", "—")

BULLET_MARKS = "-+•–—*·▪●"

PAGE_NUMBER = re.compile(
    r"(?:-\s*)?\d{1,3}(?:\s*-)?|(?:Trang|trang|TRANG)\s+\d{1,3}(?:\s*/\s*\d{1,3})?"
)
SEPARATOR = re.compile(r"[-_=*~|:+ ]*[-_=*~]{3,}[-_=*~|:+ ]*")
# A short label between two rules, a line of its own: a chat's day "------ 15/09/2026 ------".
FRAMED_LABEL = re.compile(r"[-=─━]{3,}[^\n]{1,40}?[-=─━]{3,}")
# The running head of a printed gazette's page: "CÔNG BÁO/Số 242/Ngày 22-04-2026",
# "CÔNG BÁO/Số 285 + 286/Ngày 04-4-2022", "Số 12/Ngày 15-01-2025 CÔNG BÁO".
_ISSUE = r"Số\s+\d+(?:\s*\+\s*\d+)*\s*/\s*Ngày\s+\d{1,2}-\d{1,2}-\d{4}"
RUNNING_HEAD = re.compile(
    rf"CÔNG BÁO[^/\n]{{0,30}}/\s*{_ISSUE}|{_ISSUE}\s*/?\s*CÔNG BÁO[^\n]{{0,30}}", re.IGNORECASE
)
MARKUP_PREFIX = re.compile(r"^(?:#{1,6}\s+)?(?:\*\*|__|\*(?=\S))?")
MARKDOWN_HEADING = re.compile(r"^#{1,6}(?:\s+|$)")
WHOLLY_BOLD = re.compile(r"^(?:\*\*|__)(?=\S).*\S(?:\*\*|__)$")
NUMBERING = re.compile(
    r"""^(?:
        [IVXLC]+[.\-–]\s                 # I.  II.  III-
      | [A-ZĐ]\.\s                       # A.  B.
      | \d{1,2}\.\s                      # 1.
      | \d{1,2}[-–]\s(?=[^\W\d])          # 1- (older letters)
      | \d{1,2}(?:\.\d{1,2})+\.?\s       # 1.2.  1.2
      | \((?:\d{1,2}|[a-zđ])\)           # (1)  (a)
      | (?:\d{1,2}|[a-zđ])\)\s           # 1)  a)
      | \d{1,2}/\s                       # 1/ (commune notices)
      | [a-zđ]\.\s                       # a.
      | (?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+\b
      | Căn\ cứ\b
      | Nơi\ nhận\b
    )""",
    re.VERBOSE,
)
BOLD_PAIR = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
ITALIC_PAIR = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
MARKDOWN_BULLET = re.compile(r"^\*\s+")
MARKDOWN_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")  # "> Văn phòng ...": a quoted block
SPACE_RUN = re.compile(r" {2,}")
PRIVATE_BULLET = re.compile(r"^[^\S\n]*[\uf020-\uf0ff][^\S\n]*(?=\S)", re.MULTILINE)
# Word's second-level bullet, Courier New's "o", opening a line in a PDF that has symbol bullets.
LETTER_O_BULLET = re.compile(rf"^[^\S\n]*o[^\S\n]+(?=[{UPPER}])", re.MULTILINE)
OTHER_SPACES = re.compile(r"[^\S\n]")


# "ươ" typed with its first horn left off, before a final: "truớc", "nguời", "thuờng" (not
# "thuở", "quở", which have no final or are "qu").
UNHORNED_UO = re.compile(r"(?<![qQ])([uU])(?=[ơớờởỡợƠỚỜỞỠỢ][cmnptiuCMNPTIU])")


def normalize_unicode(text: str) -> str:
    """Compose to NFC, fix broken PDF glyphs, the horn left off "ươ", and drop zero-width
    characters."""
    text = repair_glyphs(unicodedata.normalize("NFC", text)).translate(ZERO_WIDTH)
    return UNHORNED_UO.sub(lambda m: "ư" if m[1] == "u" else "Ư", text)


HTML_BLOCK_TAGS = frozenset({
    "p", "br", "div", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "h1", "h2",
    "h3", "h4", "h5", "h6", "blockquote", "section", "article",
})
HTML_BLOCK_TAG = re.compile(rf"</?(?:{'|'.join(HTML_BLOCK_TAGS)})\b[^<>]*>", re.IGNORECASE)
# A Markdown pipe table's row, its cells between the outer pipes: "| 1 | Rà soát | Sở Tư pháp |".
PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")


HTML_HIDDEN_TAGS = frozenset({"style", "script"})
# In a paragraph, a line break of the page's source is a space, as a browser shows it (Word wraps
# its pages' source at 80 characters, mid-sentence); a blank line is kept as a break, since
# hand-made pages often separate paragraphs inside one block that way. Text outside any paragraph
# (lines typed above pasted markup) keeps its lines.
HTML_PARAGRAPH_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6"})
HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


def _html_space(match: re.Match[str]) -> str:
    return "\n" if match.group().count("\n") > 1 else " "


class _HtmlText(HTMLParser):
    """A page's text: a block tag breaks the line, other tags vanish, entities are decoded,
    white space runs are one space as a browser shows them, style sheets and scripts are not
    text; a table's row is one line with its cells between pipes ("| Bộ Công Thương | ... |
    Tháng 12/2025 |"), as a task table pasted as Markdown is read."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.tables = 0  # how deep in tables the parser stands
        self.in_cell = False
        self.hidden = 0  # how deep in style sheets and scripts
        self.paragraphs = 0  # how deep in paragraphs

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.hidden += tag in HTML_HIDDEN_TAGS
        self.paragraphs += tag in HTML_PARAGRAPH_TAGS
        if self.tables and tag == "tr":
            self.parts.append("|" if self.parts and self.parts[-1].endswith("\n") else "\n|")
        elif self.tables and tag in ("td", "th"):
            self.parts.append(" ")
            self.in_cell = True
        elif self.tables and tag in HTML_BLOCK_TAGS:
            # a paragraph inside a cell stays in its row; "thead", "tbody" between rows vanish
            self._space_in_cell()
        elif tag in HTML_BLOCK_TAGS:
            self.parts.append("\n")
        self.tables += tag == "table"

    def _space_in_cell(self) -> None:
        if self.in_cell and not self.parts[-1].endswith(" "):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        self.hidden -= tag in HTML_HIDDEN_TAGS and self.hidden > 0
        self.paragraphs -= tag in HTML_PARAGRAPH_TAGS and self.paragraphs > 0
        self.tables -= tag == "table" and self.tables > 0
        if self.tables and tag in ("td", "th"):
            self._space_in_cell()
            self.parts.append("|")
            self.in_cell = False
        elif self.tables and tag == "tr":
            self.parts.append("\n")
        elif self.tables and tag in HTML_BLOCK_TAGS:
            self._space_in_cell()
        elif tag in HTML_BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.hidden or (self.tables and not self.in_cell):
            return  # a style sheet, or the indentation between a table's tags
        if not self.in_cell:
            self.parts.append(HTML_SPACE.sub(_html_space, data) if self.paragraphs else data)
            return
        if data[:1].isspace():  # a cell's words on one line, one space between them
            self._space_in_cell()
        if words := data.split():
            self.parts.append(" ".join(words))
            if data[-1].isspace():
                self._space_in_cell()


def strip_html(text: str) -> str:
    """A web copy pasted with its markup ("<p>...&nbsp;</p>") reads as its text, a line per block.

    Text with no block tag is left as it is, so a stray "<" in a directive is never parsed; nor
    are the line breaks inside a Markdown pipe table's cells ("| 1 | Rà soát<br>- Báo cáo |"),
    which the table's reader keeps as the cell's lines.
    """
    outside_tables = "\n".join(line for line in text.split("\n") if not PIPE_ROW.match(line))
    if len(HTML_BLOCK_TAG.findall(outside_tables)) < 2:
        return text
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


_VOWEL = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_SYLLABLE = (
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[{_VOWEL}]{{1,3}}"
    r"(?:ch|nh|ng|[cmnpt])?"
)
SYLLABLE = re.compile(_SYLLABLE, re.IGNORECASE)
# A word of two vowel groups, the only kind that can be two syllables glued.
GLUED = re.compile(
    rf"\b[^\W\d_]*[{_VOWEL}][^\W\d_{_VOWEL}]+[{_VOWEL}][^\W\d_]*\b", re.IGNORECASE
)
STOP_FINAL = re.compile(r"(?:c|ch|p|t)$", re.IGNORECASE)
# Only the rising and the heavy tone can end in a stop: "tốc", "tộc", never "tổc".
STOP_TONES = re.compile("[áắấéếíóốớúứýạặậẹệịọộợụựỵ]", re.IGNORECASE)


def is_syllable(text: str) -> bool:
    return bool(SYLLABLE.fullmatch(text)) and (
        not STOP_FINAL.search(text) or bool(STOP_TONES.search(text))
    )


# Syllables with no tone mark that directives glue ("Giaocho"): an ASCII word is parted only
# into two of these, so that "online" or "Internet" stay whole.
ASCII_SYLLABLES = frozenset({
    "ban", "cho", "chi", "giao", "theo", "trong", "tra", "tin", "thi", "thu", "sinh", "kinh",
    "minh", "thanh", "tranh", "nhanh", "can", "con", "cao", "tham", "gia", "mua", "nam", "tai",
    "vien", "tinh",
})


def _syllables(word: str) -> list[str] | None:
    """``word`` parted into syllables, each as long as it can be and each after the first
    opening with a consonant; None when it cannot be."""
    if is_syllable(word):
        return [word]
    for cut in range(len(word) - 2, 0, -1):
        if word[cut].lower() in _VOWEL or not is_syllable(word[:cut]):
            continue
        if rest := _syllables(word[cut:]):
            return [word[:cut], *rest]
    return None


def _unglue(match: re.Match[str]) -> str:
    """Syllables where one word cannot be one ("Banhành" is "Ban hành", "uỷchủtrì" is "uỷ
    chủ trì"); an ASCII word is parted only into two syllables it is known to glue."""
    word = match.group()
    if word.isascii():
        return next((f"{word[:cut]} {word[cut:]}" for cut in range(len(word) - 2, 1, -1)
                     if word[:cut].lower() in ASCII_SYLLABLES
                     and word[cut:].lower() in ASCII_SYLLABLES), word)
    parts = _syllables(word)
    if parts and parts[0] == "A":
        return word  # a place of the highlands, one word: "xã Avương", "xã Atiêng"
    return " ".join(parts or [word])


LETTERS = re.compile(r"[^\W\d_]+")


def _part_before_capital(match: re.Match[str]) -> str:
    """A syllable glued to the capital that opens the next word: "uỷUBND" -> "uỷ UBND",
    "vụĐảng" -> "vụ Đảng"; a brand's or an abbreviation's inner capital stays ("IoT", "VNeID")."""
    word = match.group()
    for cut in range(2, len(word)):
        if not (word[cut].isupper() and word[cut - 1].islower()):
            continue
        head = word[:cut]
        if (head[1:].islower() and is_syllable(head)
                and (not head.isascii() or head.lower() in ASCII_SYLLABLES)):
            return f"{head} {LETTERS.sub(_part_before_capital, word[cut:])}"
        break
    return word


def split_glued_words(text: str) -> str:
    """Part syllables a PDF or web copy glued together: "Giaocho" -> "Giao cho",
    "Môi trườngchủ trì" -> "Môi trường chủ trì", "Đảng uỷUBND" -> "Đảng uỷ UBND"; a word that
    is one syllable stays."""
    return GLUED.sub(_unglue, LETTERS.sub(_part_before_capital, text))


# A sentence end glued to the next sentence: "trên địa bàn xã.Phát biểu tại hội nghị".
GLUED_SENTENCE = re.compile(rf"(?<=[{LOWER}][{LOWER}])\.(?=[{UPPER}][{LOWER}])")


def split_glued_sentences(text: str) -> str:
    """A space after a full stop glued to the capital that opens the next sentence (a word
    in lower case before it, so "TP.HCM" stays)."""
    return GLUED_SENTENCE.sub(". ", text)


# A chat's shorthand, as offices forward it: "@Phòng KT: tổng hợp ...", "trình UBND tỉnh trc
# 15/5", "xong trong T5" (a month; "T2" alone is a weekday, "chiều T2, 11/5").
CHAT_MENTION = re.compile(rf"(?<![\w@])@(?=[{UPPER}])")
CHAT_BEFORE = re.compile(r"(?<!\w)[Tt]rc(?!\w)")  # not "TRC", a name in capitals
CHAT_MONTH = re.compile(
    r"(?<!\w)(trong|hết|cuối|đầu|giữa)\s+T\.?(1[0-2]|0?[1-9])(?!\w)(?!\s+(?:này|tuần))",
    re.IGNORECASE)


def expand_chat_shorthand(text: str) -> str:
    """A chat's mentions, "trc" and "trong T5" written out: "Phòng KT: ...", "trước 15/5",
    "trong tháng 5"."""
    text = CHAT_MENTION.sub("", text)
    text = CHAT_BEFORE.sub(lambda m: "Trước" if m[0][0] == "T" else "trước", text)
    return CHAT_MONTH.sub(r"\1 tháng \2", text)


# An emoji and what rides on it (a variation selector, a skin tone, a keycap), as a chat's message
# writes its marks and moods: "📌", "➡️", "🔴", "🙏". Not the ticks a table's period cell holds,
# nor "©" and "®" (print's marks, or a dash misread).
EMOJI = regex.compile(
    r"(?![©®✓✔])\p{Extended_Pictographic}[\p{Emoji_Modifier}\N{VARIATION SELECTOR-16}\u20e3]*")
LEADING_EMOJI = regex.compile(
    rf"^[^\S\n]*(?:{EMOJI.pattern}[^\S\n]*)+(?P<rest>\S.*)$", regex.MULTILINE)


def _emoji_mark(match: regex.Match[str]) -> str:
    rest = match["rest"]
    # a lead-in announces the items under it ("📌 Bổ sung chỉ đạo của đ/c Chủ tịch:")
    plain = starts_outline_item(EMOJI.sub("", rest)) or rest.rstrip().endswith(":")
    return rest if plain else f"- {rest}"


# A keycap's digit numbering a chat's items: "1️⃣ Ban Chỉ huy Quân sự phường ..." is "1. ...".
KEYCAP_NUMBER = regex.compile(
    r"^([^\S\n]*)(\d{1,2})\N{VARIATION SELECTOR-16}?\u20e3[^\S\n]*", regex.MULTILINE)


def replace_emoji(text: str) -> str:
    """A chat message's emoji: one opening a line is its item's mark ("➡️ Công an xã ..." is
    "- Công an xã ...") or nothing before a heading in capitals or a numbered item ("🔴 PHÒNG
    KINH TẾ"); elsewhere it is dropped ("Trân trọng cảm ơn! 🙏")."""
    text = KEYCAP_NUMBER.sub(r"\1\2. ", text)
    if not EMOJI.search(text):
        return text
    return EMOJI.sub("", LEADING_EMOJI.sub(_emoji_mark, text))


def normalize_pdf_bullets(text: str) -> str:
    """Turn a private-use symbol bullet opening a line (U+F0B7, a tab, text) into "- ", and in a
    text that has them, Word's "o" bullet of the level under it ("o Rà soát ...") into "+ "."""
    if not PRIVATE_BULLET.search(text):
        return text
    return PRIVATE_BULLET.sub("- ", LETTER_O_BULLET.sub("+ ", text))


# A numbered item at the left margin, and one indented under it (Markdown nests a list by its
# indentation): "3. Công an, Ban Chỉ huy Quân sự đặc khu:" / "    1. Xây dựng phương án ...".
MARGIN_NUMBERED = re.compile(r"\d{1,3}\.\s")
INDENTED_NUMBERED = re.compile(r"(?P<indent>(?: {2,}|\t+))(?P<number>\d{1,3})\.\s+(?=\S)")


# A converter's Markdown (mammoth, Pandoc): a number typed in a paragraph is escaped ("1\\. Phòng
# Kinh tế"), a Word list's item is not ("1. Chủ trì ...") and may say "1." for every item, the
# renderer counting them.
ESCAPED_NUMBER = re.compile(r"^\d{1,3}\\\.\s")
LIST_NUMBER = re.compile(r"^(?P<number>\d{1,3})\.\s+(?=\S)")


def number_markdown_lists(text: str) -> str:
    """In a converter's Markdown, a list's items as its renderer numbers them: every "1." of a
    list counted on, and a list under a typed number's paragraph written "(1)", "(2)" as that
    paragraph's sub-items."""
    if MARKDOWN_ESCAPE.search(text) is None:
        return text  # no converter's escapes: typed text, its numbers as typed
    lines = text.split("\n")
    under_typed_number = False
    k = 0
    while k < len(lines):
        if ESCAPED_NUMBER.match(lines[k]):
            under_typed_number = True
        elif LIST_NUMBER.match(lines[k]):
            items, j = [k], k + 1
            while j < len(lines) and (not lines[j].strip() or lines[j][:1] in " \t"
                                      or LIST_NUMBER.match(lines[j])):
                if LIST_NUMBER.match(lines[j]):
                    items.append(j)
                j += 1
            counted = len(items) > 1 and all(LIST_NUMBER.match(lines[i])["number"] == "1"
                                             for i in items)
            for n, i in enumerate(items, 1):
                mark = LIST_NUMBER.match(lines[i])
                number = str(n) if counted else mark["number"]
                lines[i] = (f"({number}) " if under_typed_number else f"{number}. ") + lines[i][
                    mark.end() :]
            k = j
            continue
        elif lines[k].strip() and lines[k][:1] not in " \t":
            under_typed_number = False
        k += 1
    return "\n".join(lines)


def nest_indented_numbering(text: str) -> str:
    """Items numbered afresh ("1.", "2.") indented under a numbered item are its sub-items,
    written "(1)", "(2)", so that stripping the indentation does not make them its siblings."""
    lines = text.split("\n")
    parent, nested = False, False
    for k, line in enumerate(lines):
        indented = INDENTED_NUMBERED.match(line)
        if indented and (nested or (parent and indented["number"] == "1")):
            nested = True
            lines[k] = f"{indented['indent']}({indented['number']}) {line[indented.end() :]}"
        elif line[:1].strip():  # a line at the margin ends the sub-items
            parent, nested = MARGIN_NUMBERED.match(line) is not None, False
    return "\n".join(lines)


def normalize_whitespace(text: str) -> str:
    """Use LF line ends and plain spaces, and strip each line at both ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = OTHER_SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


# Where a reply's quoted history begins: Outlook's "-----Original Message-----", Gmail's "Vào Th 3,
# 10 thg 11, 2026 lúc 14:20 Văn phòng ... <...> đã viết:" (in English "On ... wrote:").
REPLY_HISTORY = re.compile(
    r"^[ \t]*(?:-{3,}[ \t]*(?:original message|thư gốc)[ \t]*-{3,}"
    r"|(?:>[ \t]*)*(?:vào|on)\b[^\n]{5,200}(?:đã viết|wrote)[ \t]*:)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A message passed on, which the quoted part holds: "Subject: FW: ...", "Tiêu đề: Fwd: ...", "...
# chuyển tiếp thư của Sở ...".
PASSED_ON = re.compile(r"^[ \t]*(?:subject|tiêu đề|chủ đề)[ \t]*:[ \t]*(?:fw|fwd|ct)\b|chuyển tiếp",
                       re.IGNORECASE | re.MULTILINE)
# A day or a recurring time, and a request, in what a message asks itself.
DAY_OR_RHYTHM = re.compile(r"\d{1,2}\s*[/-]\s*\d{1,2}\b|hằng\s+(?:ngày|tuần|tháng)", re.IGNORECASE)
REQUEST_WORD = re.compile(
    r"(?<!\w)(?:đề nghị|yêu cầu|giao|nhắc|đôn đốc)(?::|\s+(?:các\s|(?-i:[A-ZĐ])))", re.IGNORECASE)


def drop_reply_history(text: str) -> str:
    """An e-mail reply's quoted history, below a message that asks with days of its own: the
    older messages' requests and answers are not this one's. A message passed on keeps what it
    passes on, and a reply that asks nothing (a unit's answer) the request it answers."""
    history = REPLY_HISTORY.search(text)
    if history is None or PASSED_ON.search(text, 0, history.start()) or not (
            DAY_OR_RHYTHM.search(text, 0, history.start())
            and REQUEST_WORD.search(text, 0, history.start())):
        return text
    return text[: history.start()]


def strip_quote_marks(text: str) -> str:
    """Remove the marks that open a quoted e-mail's or a Markdown quote's lines ("> 3. Công an
    phường ..."), before wrapped lines are joined: a joined line keeps no mark inside it."""
    return "\n".join(MARKDOWN_QUOTE.sub("", line) for line in text.split("\n"))


RUNNING_LINE_MIN = 15  # a running header is a title, not a word or a number


def is_page_number(line: str) -> bool:
    """Tell whether a line is only a page number such as "2", "- 2 -" or "Trang 2"."""
    return PAGE_NUMBER.fullmatch(line.strip()) is not None


def drop_page_numbers(text: str) -> str:
    """Remove the lines that are only a page number, and the running header or footer beside
    them: a line written the same on two pages or more, next to a page's number ("Thông báo kết
    luận giao ban tháng 11/2026 - UBND xã Đông Thành" / "Trang 4/5")."""
    lines = text.split("\n")
    filled = [k for k, line in enumerate(lines) if line.strip()]
    counts = Counter(lines[k].strip() for k in filled)
    running = {
        lines[filled[m + side]].strip()
        for m, k in enumerate(filled) if is_page_number(lines[k])
        for side in (-1, 1) if 0 <= m + side < len(filled)
    }
    running = {line for line in running if counts[line] > 1 and len(line) >= RUNNING_LINE_MIN
               and not is_page_number(line) and not starts_outline_item(line)}
    return "\n".join(line for line in lines
                     if not is_page_number(line) and line.strip() not in running)


def is_running_head(line: str) -> bool:
    """Tell whether a line is a gazette page's running head ("CÔNG BÁO/Số 242/Ngày
    22-04-2026"): it names the gazette, never the directive."""
    return RUNNING_HEAD.fullmatch(line.strip()) is not None


def drop_running_heads(text: str) -> str:
    """Remove the running heads of a gazette's pages."""
    return "\n".join(line for line in text.split("\n") if not is_running_head(line))


# A digital signature's stamp as a PDF's text layer prints it, one label per line: "Ký bởi: CÔNG
# BÁO ...", "Cơ quan: VĂN PHÒNG CHÍNH PHỦ", "Ngày ký: 2026-06-02 08:06:58 +07:00".
STAMP_LINE = re.compile(
    r"(?:ký bởi|người ký|cơ quan|chức vụ|email|ngày ký|thời gian ký)\s*:.*", re.IGNORECASE
)
SIGNING_LABEL = re.compile(r"(?:ký bởi|người ký|ngày ký|thời gian ký)\s*:", re.IGNORECASE)


def drop_signature_stamps(text: str) -> str:
    """Remove a digital signature's stamp: two or more stamp lines in a row, one of them naming
    the signing ("Cơ quan: X" alone is a labelled field and stays)."""
    out: list[str] = []
    for stamp, run in groupby(text.split("\n"), key=lambda line: bool(STAMP_LINE.fullmatch(
            line.strip()))):
        lines = list(run)
        if not (stamp and len(lines) >= 2
                and any(SIGNING_LABEL.match(line.strip()) for line in lines)):
            out.extend(lines)
    return "\n".join(out)


# A news page's photo caption: a short paragraph ending on its credit ("... sơ tán dân. Ảnh: Thanh
# Hải", "(Ảnh: Tường Quân/TTXVN)", "Ảnh minh họa"). It tells what the photo shows, no duty.
PHOTO_CREDIT = re.compile(
    r"[.\s(–-]\s*(?:Ảnh|ẢNH|Nguồn ảnh)(?:\s+(?:minh họa|minh hoạ|tư liệu))?"
    # the credit: a name or an agency, each word capitalised ("Hải Nam/TTXVN", "MINH TÂM")
    rf"(?:\s*:\s*[{UPPER}][^\s.:;()]*(?:\s+[{UPPER}][^\s.:;()]*){{0,4}})?\.?\)?\.?\s*$"
)
CAPTION_CHARS = 300


def drop_photo_captions(text: str) -> str:
    """Remove a news page's photo captions (short paragraphs ending on a photo's credit)."""
    return "\n".join(line for line in text.split("\n") if not (
        len(line) <= CAPTION_CHARS and PHOTO_CREDIT.search(line)))


def is_separator(line: str) -> bool:
    """Tell whether a line is a decorative rule such as "-----" or "|---|---|"."""
    return SEPARATOR.fullmatch(line.strip()) is not None


def drop_separator_lines(text: str) -> str:
    """Remove decorative rule lines."""
    return "\n".join(line for line in text.split("\n") if not is_separator(line))


def is_all_caps_heading(line: str) -> bool:
    """Tell whether a line's letters are all capitals (at least four of them)."""
    letters = "".join(filter(str.isalpha, line))
    return len(letters) >= 4 and all(map(str.isupper, letters))


def starts_bullet(line: str) -> bool:
    """Tell whether a line opens with a bullet ("- ", "+ ", "•") followed by a non-lowercase."""
    rest = line[1:].strip()
    return line[:1] in BULLET_MARKS and bool(rest) and not starts_lowercase(rest)


def starts_outline_item(line: str) -> bool:
    """Tell whether a line opens a new item: numbering, a bullet, a capitals heading, etc."""
    body = MARKUP_PREFIX.sub("", line.strip())
    return NUMBERING.match(body) is not None or starts_bullet(body) or is_all_caps_heading(body)


# The words of a web copy's date stamp: its weekday ("Thứ Hai", "T2") and its label ("Cập nhật
# lúc", "Ngày đăng"), as lower case text spells them.
STAMP_WEEKDAY = r"(?:thứ\s+\w+|chủ nhật|t[2-7]|cn)"
STAMP_LABEL = r"(?:ngày\s+)?(?:đăng|cập nhật|xuất bản)(?:\s+(?:bài|tin))?(?:\s+(?:ngày|lúc))?"
# A web copy's date stamp on a line of its own: "Thứ Hai, 01/12/2025 08:30 (GMT+7)", "T2,
# 01/12/2025, 08:30", "(Cập nhật lúc 08:30 ngày 01/12/2025)", "08:30 | 01/12/2025", and after
# the page's section with its time: "Tin Y tế 10/04/2025 12:00".
DATE_STAMP_LINE = re.compile(
    r"^(?:[^\W\d]+\s+){1,4}\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2}$"
    rf"|^\(?(?:{STAMP_WEEKDAY}\s*,?\s*"
    rf"|{STAMP_LABEL}\s*:?\s*"
    r"|\d{1,2}[:h]\d{2}(?::\d{2})?\s*[,|-]?\s*|ngày\s+)*"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    r"(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]m)?)?\s*(?:\(?gmt\s*\+\s*\d+\)?)?\s*\)?$",
    re.IGNORECASE,
)


# A directive's place and date: "Quảng Ngãi, ngày 03 tháng 11 năm 2025".
PLACE_DATE_LINE = re.compile(
    r"^[^\W\d][^\d,]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$", re.IGNORECASE
)


# An e-mail header's line: its field ("Từ:", "Sent:", "Tiêu đề:", ...) or an address in angle
# brackets ("Văn phòng Sở <vp@phulam.gov.vn>   Th 2, 20 thg 4, 2026, 15:48").
MAIL_HEADER_LINE = re.compile(
    r"\s*(?:from|sent|to|cc|bcc|subject|date|attachments|từ|gửi|tới|đến|tiêu đề|chủ đề|ngày gửi"
    r"|người gửi|người nhận|tệp đính kèm)\s*:|.*<[^<>@\s]+@[^<>\s]+>", re.IGNORECASE)


def is_block_line(line: str) -> bool:
    """Tell whether a line stands alone: Markdown heading, wholly bold, table row, rule, a
    directive's place and date or a web copy's date stamp."""
    line = line.strip()
    return (
        MARKDOWN_HEADING.match(line) is not None
        or DATE_STAMP_LINE.match(line) is not None
        or PLACE_DATE_LINE.match(line) is not None
        or WHOLLY_BOLD.match(line) is not None
        or line.startswith("|")
        or " | " in line
        or " ‖ " in line
        or is_separator(line)
        or FRAMED_LABEL.fullmatch(line) is not None
        or is_all_caps_heading(line)
        or MAIL_HEADER_LINE.match(line) is not None
    )


def ends_sentence(line: str) -> bool:
    """Tell whether a line ends with sentence-final punctuation (closing quotes ignored)."""
    return line.rstrip().rstrip(CLOSERS).endswith(SENTENCE_ENDS)


def _ends_clause_open(line: str) -> bool:
    """Tell whether a line stops after a comma, a dash or a conjunction: a clause goes on."""
    line = line.rstrip()
    return line.endswith((",", "-", "–")) or line.rsplit(None, 1)[-1:] in (["và"], ["hoặc"])


def ends_with_connective(line: str) -> bool:
    """Tell whether a line ends with a comma, a dash or a word that cannot end a sentence."""
    line = line.rstrip()
    if line.endswith((",", "-", "–")):
        return True
    words = line.split()
    if len(words) > 1 and words[-1].lower() == "ngày" and words[-2].isdigit():
        return False  # a count of days ("trước Tết 15 ngày"), not "ngày" awaiting its date
    return bool(words) and words[-1].lower() in CONNECTIVES


def starts_lowercase(line: str) -> bool:
    """Tell whether a line starts (after opening brackets or quotes) with a lowercase letter."""
    body = line.lstrip().lstrip(OPENERS)
    return bool(body) and body[0].islower()


def typical_line_width(lines: list[str]) -> int:
    """Return the upper-quartile length of the non-blank lines: the text block's width.

    Table rows read by column (fields separated by " ‖ ") are not lines of the page: left out.
    """
    lengths = sorted(len(line) for line in lines if line.strip() and " ‖ " not in line)
    return lengths[len(lengths) * 3 // 4] if lengths else 0


def ends_mid_phrase(line: str) -> bool:
    """Tell whether a line ends with a letter or digit, i.e. without any punctuation."""
    return line.rstrip()[-1:].isalnum()


def is_wrapped_hyphen(previous: str, line: str, fills_width: bool) -> bool:
    """Tell whether a dash opening `line` is a hyphen between words ("Tài nguyên - MT")."""
    return (
        line.startswith(DASHES)
        and fills_width
        and ends_mid_phrase(previous)
        and not starts_outline_item(previous)
    )


# A verb that assigns, capitalised at a line's start, opens a sentence: "Giao Sở ...", "Yêu cầu
# các ...", "Đề nghị UBND ...". A place such as "Giao Thủy" is followed by no unit word.
ASSIGNING_OPENER = re.compile(
    r"(?:Giao|Yêu cầu|Đề nghị|Yeu cau|De nghi)\s+(?:cho\s+)?"
    r"(?:các\b|cac\b|đ/c\b|đồng chí\b|Đ/c\b|Đồng chí\b|Sở\b|Phòng\b|Ban\b|Bộ\b|Cục\b"
    r"|Chi cục\b|Ủy ban\b|Uỷ ban\b|UBND\b|Công an\b|Văn phòng\b|Trung tâm\b|Đảng\b|Hội\b"
    r"|Đoàn\b|Mặt trận\b|Trường\b|Chủ tịch\b|Giám đốc\b|Thủ trưởng\b|Hiệu trưởng\b|Các\b)"
)


# The body that issues, opening a line after the grounds it acts on ("Thực hiện Thông báo số
# 491/TB-UBND ... (10/10/1954 – 10/10/2023)" / "Uỷ ban nhân dân phường X thông báo và đề nghị
# ..."): a sentence of its own, the grounds' line having no full stop.
GROUNDS_OPENER = re.compile(r"(?:Căn cứ|Thực hiện|Triển khai|Thi hành)\b")
ISSUER_OPENER = re.compile(
    r"(?:Ủy ban|Uỷ ban|UBND|Ban Thường vụ|Thường trực|Đảng ủy|Đảng uỷ|Sở|Chủ tịch)\b"
    r"[^,.;:\n]{0,60}?\s(?:thông báo|đề nghị|yêu cầu|ban hành|chỉ đạo|giao|kết luận|kính gửi)\b"
)

# A news article's lead opens with its source in brackets and a dash: "(HCM CityWeb) - UBND TP
# đã chỉ đạo ...", "(Chinhphu.vn) – Thủ tướng ...": never the rest of the headline above it.
NEWS_LEAD = re.compile(r"\([^()\n]{2,30}\)\s*[-–—]\s*\S")


# An entry of a schedule, opening on its hour or its day: "07 giờ 30 ngày 21/01/2021 ...",
# "Ngày 28/01/2021: ...", "Thứ Năm (22/01): ...".
SCHEDULE_ENTRY = re.compile(
    r"\s*(?:\d{1,2}\s*(?:giờ|h)\b|(?:ngày|thứ\s+\w+)\s*\(?\d{1,2}[/.-]\d{1,2})", re.IGNORECASE)
# The head nouns of the units a label line names.
LABEL_HEADS = (
    "Sở", "Phòng", "UBND", "Ủy ban", "Ban", "Công an", "Trung tâm", "Văn phòng", "Đảng ủy", "Hội",
    "Đoàn", "Trường", "Trạm", "Chi cục", "Cục", "Bộ", "Thanh tra", "Kho bạc", "Bảo hiểm", "Đài",
    "Báo", "Liên đoàn", "Mặt trận", "Tỉnh đoàn", "Thuế", "Hải quan", "Bệnh viện", "Khoa", "Tổ",
    "Đội", "Chi bộ", "Chi đoàn", "Thôn", "Ấp", "Bản", "Khu phố", "Tổ dân phố",
)
# A line that opens on the units its lines below or its own words are for: "UBND các xã,
# phường:", "Sở Nội vụ, Sở Tài chính: tham mưu ...", "Đối với Phòng Kinh tế:". After a list of
# bullets it starts the next unit's part, no continuation of the last bullet.
UNIT_LABEL_LINE = re.compile(
    rf"(?:\*\*|__)?(?:(?:đối với|riêng)\s+)?(?-i:(?:Các\s+)?(?:{'|'.join(LABEL_HEADS)}"
    # the heads of the places or bodies a label names: "Trưởng các thôn:", "Thủ trưởng các
    # cơ quan, đơn vị:"
    r"|(?:Thủ trưởng|Trưởng)\s+các\s+(?:thôn|bản|ấp|tổ dân phố|khu phố|cơ quan|đơn vị|phòng)"
    r")\b)"
    # a speaker's verb makes the colon a quotation's, not a label's ("Ban Thường vụ dự kiến:"),
    # and a contact's label a contact's ("Trung tâm Dịch vụ tổng hợp xã SĐT: 09...")
    r"(?![^:]*\b(?:dự kiến|yêu cầu|đề nghị|chỉ đạo|kết luận|thông báo|nhấn mạnh|cho biết|giao"
    r"|lưu ý|sđt|đt|điện thoại|email|fax|hotline|địa chỉ)\b)[^:.;()]{0,90}?(?:\*\*|__)?:(?!\s*\d)",
    re.IGNORECASE,
)
# The same units' heading in capitals, on a line of its own over their items, with no colon: "PHÒNG
# KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", "CÔNG AN PHƯỜNG".
UNIT_HEADING_CAPS = re.compile(
    rf"(?:CÁC\s+)?(?:{'|'.join(head.upper() for head in LABEL_HEADS)})\b[^{LOWER}:.;()]{{0,90}}:?")
# A schedule's entry for the whole week, after its days: "Trong tuần: ...", "Cả tuần: ...".
WHOLE_WEEK = re.compile(
    r"^[*\-•]?\s*(?P<date>trong tuần|cả tuần|các ngày trong tuần)\s*:\s*", re.IGNORECASE)


# A letter's line of addressees: the capitalised line after it opens the letter's body ("Kính
# gửi: UBND các xã, phường" / "Thực hiện Kế hoạch ..."), unless the list runs on after a comma.
ADDRESSEES_LINE = re.compile(r"\s*[-–+•*]?\s*Kính gửi\b", re.IGNORECASE)


# An item's mark alone on its line, its text on the next: "1.", "a)", "II.", "2.1.".
BARE_MARK = re.compile(r"(?:[IVX]{1,5}|\d{1,3}(?:\.\d{1,3})*|[a-zđ])[.)]")

# A task's labelled field on its line, as a form gives it: "Nội dung: ...", "Thời hạn: ...",
# "Đơn vị xử lý: ...", "Cơ quan phối hợp: ...".
FIELD_LINE = re.compile(
    r"\s*[-+]?\s*(?:nội dung|thời hạn|thời gian[^:\n]{0,15}"
    r"|(?:đơn vị|cơ quan|bộ phận)\s[^:\n]{1,20}|ghi chú)\s*:", re.IGNORECASE)


# The subject line under a document's kind: "về phát triển kinh tế ...", "V/v rà soát ...".
TITLE_SUBJECT = re.compile(r"\s*(?:về|v/v)\s", re.IGNORECASE)


def continues_previous(previous: str, line: str, width: int, above: str = "") -> bool:
    """Tell whether `line` is the wrapped continuation of the physical line `previous`;
    `above`: the line `previous` stands under, when it is a line of its own."""
    if is_block_line(previous) or is_block_line(line):
        return False
    if BARE_MARK.fullmatch(line.strip()):
        # an item's mark alone opens it, unless the line above awaits it ("theo Phụ lục số")
        return ends_with_connective(previous)
    if BARE_MARK.fullmatch(previous.strip()):
        return not starts_outline_item(line)  # the item's text under its mark
    if FIELD_LINE.match(previous) and FIELD_LINE.match(line):
        return False  # a form's fields, one a line: "Đơn vị xử lý: X" / "Nội dung: ..."
    fills_width = len(previous) >= FULL_LINE_SHARE * width
    if len(line) > len(previous) and ends_sentence(line) and (
            TITLE_SUBJECT.match(previous) or (above and is_all_caps_heading(above))):
        # a short text's title ("về phát triển kinh tế ... 2026 - 2030", or any line under the
        # document's kind) over a first paragraph that outruns it did not fill the text's width
        fills_width = False
    if starts_outline_item(line):
        # a day's number wrapped after its "ngày" looks like a mark: "hằng tháng (trước ngày" /
        # "22) tổng hợp tiến độ"
        return (AWAITS_A_NUMBER.search(previous) is not None and ends_with_connective(previous)
                and line.lstrip()[:1].isdigit()) or is_wrapped_hyphen(previous, line, fills_width)
    if ASSIGNING_OPENER.match(line.lstrip()) and not _ends_clause_open(previous):
        return False  # "5. Về xây dựng chính quyền số" / "Giao Sở ...": "số" awaits no number
    if NEWS_LEAD.match(line.lstrip()):
        return False
    if ISSUER_OPENER.match(line.lstrip()) and not ends_with_connective(previous):
        return False  # after the grounds' line or a web page's headline, the issuer speaks
    if UNIT_LABEL_LINE.match(line.lstrip()) and not ends_with_connective(previous):
        return False  # "UBND các xã, phường:" after a bullet: the next unit's part
    if WHOLE_WEEK.match(line.lstrip()):
        return False  # a schedule's entry for its whole week, after the last day's
    if previous.rstrip().endswith(";") and SCHEDULE_ENTRY.match(line):
        return False  # "07 giờ 30 ngày 14/01/2021 Đoàn ĐBQH ...;" / the next day's entry
    if ADDRESSEES_LINE.match(previous) and not (
            ends_with_connective(previous) or previous.rstrip().endswith(";")
            or starts_lowercase(line)):
        return False
    if ends_with_connective(previous) or starts_lowercase(line):
        return True
    if ends_sentence(previous):
        return False
    return line.lstrip(OPENERS)[:1].isdigit() or fills_width


AWAITS_A_NUMBER = re.compile(r"\b(?:ngày|số)\s*$", re.IGNORECASE)
DATE_BROKEN_AT_SLASH = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\s*$")


# A paragraph typed wholly in capitals for emphasis ("5. CHỦ TỊCH UBND XÃ YÊU CẦU TRƯỞNG CÁC THÔN
# ... HOÀN THÀNH TRƯỚC NGÀY 20/12/2026."): a sentence, long and ended, not a heading or a title.
SHOUTED_MIN_WORDS = 12
# A Vietnamese syllable without its marks: initial consonants, vowels, final consonants. A word in
# capitals that is no such syllable is an abbreviation and keeps its capitals ("UBND", "BCH").
PLAIN_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
                            r"[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
SENTENCE_OPENING = re.compile(
    r"^(\W*(?:(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)/]\s*)?)(\w)|(?<=[.!?]\s)(\w)")


def is_abbreviation(word: str) -> bool:
    """Whether a word in capitals is an abbreviation: no syllable's spelling ("UBND", "BCH")."""
    if word.isdigit() or any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", word)):
        return False
    return PLAIN_SYLLABLE.fullmatch(word.lower().replace("đ", "d")) is None


def lower_shouted_paragraphs(text: str) -> str:
    """Write a paragraph typed wholly in capitals in lower case, its abbreviations kept and its
    sentences opened with a capital, so that a unit's name ends where its sentence goes on."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        stripped = line.rstrip()
        # an item, or sentences one after another (a headline or a title is one, unnumbered)
        if not (is_all_caps_heading(stripped) and stripped.endswith((".", ";"))
                and len(stripped.split()) >= SHOUTED_MIN_WORDS
                and (NUMBERING.match(stripped) or re.search(r"[.;]\s", stripped))):
            continue
        lowered = re.sub(r"\w+", lambda m: m[0] if is_abbreviation(m[0]) else m[0].lower(), line)
        lines[k] = SENTENCE_OPENING.sub(
            lambda m: f"{m[1]}{m[2].upper()}" if m[2] else m[3].upper(), lowered)
    return "\n".join(lines)


def join_wrapped_lines(text: str) -> str:
    """Join lines broken mid-sentence with one space; blank lines are dropped, not boundaries."""
    lines = [line for line in text.split("\n") if line.strip()]
    width = typical_line_width(lines)
    joined = lines[:1]
    for k, (previous, line) in enumerate(pairwise(lines)):
        above = lines[k - 1] if k and joined[-1] == previous else ""
        if continues_previous(previous, line, width, above):
            # a date broken after its month's slash goes on with no space: "ngày 15/12/" "2026."
            broken_date = DATE_BROKEN_AT_SLASH.search(previous) and line.lstrip()[:1].isdigit()
            space = "" if broken_date else " "
            joined[-1] = f"{joined[-1].rstrip()}{space}{line.lstrip()}"
        else:
            joined.append(line)
    return "\n".join(joined)


def strip_markdown_line(line: str) -> str:
    """Remove Markdown heading marks, quote marks, bullets, emphasis marks and escapes from one
    line."""
    line = MARKDOWN_QUOTE.sub("", line)
    if WHOLLY_BOLD.match(line.strip()) and UNIT_LABEL_LINE.match(f"{line.strip()}:"):
        # "**UBND các xã, phường**" on a line of its own heads the bullets below it
        line = f"{line.rstrip()}:"
    line = MARKDOWN_HEADING.sub("", line)
    line = MARKDOWN_BULLET.sub("- ", line)
    line = BOLD_PAIR.sub(r"\2", line).replace("**", "")
    line = ITALIC_PAIR.sub(r"\1", line)
    return MARKDOWN_ESCAPE.sub(r"\1", line)


def strip_markdown(text: str) -> str:
    """Remove Markdown marks from every line."""
    return "\n".join(strip_markdown_line(line) for line in text.split("\n"))


# A web digest's citation marks after a word or a sentence's end: "... năm 2026.[1][4][6]".
CITATION_MARKS = re.compile(r"(?<=\S)(?:\[\d{1,3}\])+")


def drop_citation_marks(text: str) -> str:
    """Remove citation marks, so a paragraph that ends with them still ends its sentence."""
    return CITATION_MARKS.sub("", text)


def collapse_spaces(text: str) -> str:
    """Turn runs of spaces into one space and strip each line."""
    return "\n".join(SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))


def drop_blank_lines(text: str) -> str:
    """Remove blank lines."""
    return "\n".join(line for line in text.split("\n") if line.strip())


# A web copy's date stamp glued before its first sentence: " date 2025-09-24 Chủ tịch ...",
# or a news byline's "10:51, 23/03/2021 UBND tỉnh ...".
DATE_STAMP = re.compile(
    r"\A(\s*date\s+\d{4}-\d{2}(?:-\d{2})?)[^\S\n]+(?=\S)"
    rf"|(?<![\w:])(\d{{1,2}}:\d{{2}},?[^\S\n]+\d{{1,2}}/\d{{1,2}}/\d{{4}})[^\S\n]+(?=(?-i:[{UPPER}]))",
    re.IGNORECASE,
)


# The national name and motto of a letter's heading: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc
# lập - Tự do - Hạnh phúc", written in one line with the issuer's column in a two-column heading.
NATIONAL_NAME = re.compile(
    r"C[ỘÔO]NG\s+H(?:ÒA|OÀ|OA)\s+X[ÃA]\s+H[ỘÔO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆÊE]T\s+NAM"
)
MOTTO = re.compile(r"Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc", re.IGNORECASE)
_BESIDE_A_COLUMN = re.compile(
    rf"(?<=\S)(?:[ \t]{{2,}}|\t)({NATIONAL_NAME.pattern}|{MOTTO.pattern})",
    re.IGNORECASE,
)


def split_national_columns(text: str) -> str:
    """The national name or motto beside the issuer's column ("PHÒNG GIÁO DỤC-ĐÀO TẠO      Độc
    lập - Tự do - Hạnh phúc") on a line of its own: the issuer's line is no sentence with it."""
    return _BESIDE_A_COLUMN.sub(lambda m: f"\n{m.group(1)}", text)


# The star a Party text prints under its issuer's name in the heading, alone on its line or
# beside the place and date across the column gap: "ĐẢNG ỦY PHƯỜNG X / * / Số 312-CV/ĐU".
HEADING_STAR = re.compile(r"^[^\S\n]*\*(?:[^\S\n]{2,}|[^\S\n]*$)")
HEADING_LINES = 12


def drop_heading_stars(text: str) -> str:
    """The heading's decoration star removed, so that it opens no bullet item."""
    return "\n".join(HEADING_STAR.sub("", line) if k < HEADING_LINES else line
                     for k, line in enumerate(text.split("\n")))


def split_date_stamp(text: str) -> str:
    """The date stamp on a line of its own, so that the first sentence opens with its words."""
    return DATE_STAMP.sub(lambda m: f"{m[1] or m[2]}\n\n", text)


# A news report's dateline, the place it is filed from or the paper's initials, before the
# issuer who speaks: "Cà Mau - Chủ tịch UBND tỉnh Cà Mau chỉ đạo ...", "Kinhtedothi - UBND TP Hà
# Nội đã ban hành ...".
DATELINE = re.compile(
    r"^([^\W\d_]+(?:[^\S\n][^\W\d_]+){0,3})[^\S\n]*[-–][^\S\n]*(?=\S)",
    re.MULTILINE,
)


def split_news_dateline(text: str) -> str:
    """A dateline on a line of its own, so that the issuer opens the first sentence."""
    def split(match: re.Match[str]) -> str:
        place = match[1].split()
        titled = all(word[0].isupper() and word[1:].islower() for word in place)
        if not ISSUER_OPENER.match(text, match.end()):
            return match[0]
        if titled:
            return f"{match[1]}\n\n"
        # the paper's initials say nothing: "ĐTO - Chủ tịch UBND tỉnh ... vừa có chỉ đạo ..."
        initials = len(place) == 1 and re.fullmatch(r"[A-ZĐ]{2,6}", place[0]) is not None
        return "" if initials else match[0]
    return DATELINE.sub(split, text)


# A document number typed with spaces round its "/" and "-": "số 1345/ UBND –KT".
SPACED_DOCUMENT_NUMBER = re.compile(
    r"(?<![\w/])(\d+(?:/\d{4})?)\s*/\s*([A-ZĐ][A-ZĐ0-9&]*)(?:\s*[-–]\s*([A-ZĐ][A-ZĐ0-9&]*))?"
    r"(?![\w/])"
)


def join_spaced_document_numbers(text: str) -> str:
    """ "1345/ UBND –KT" is "1345/UBND-KT": one number, not a unit and a dash; an item's mark
    opening its line is none ("7/ UBND các xã, thị trấn:", as older letters number items)."""

    def joined(m: re.Match[str]) -> str:
        if (m.start() == 0 or text[m.start() - 1] == "\n") and len(m[1]) <= 2 and not m[3]:
            return m[0]
        return f"{m[1]}/{m[2]}" + (f"-{m[3]}" if m[3] else "")

    return SPACED_DOCUMENT_NUMBER.sub(joined, text)


# A date whose digits a scan read as letters: "l5/12/2025", "15/l2/2025", "3O/4/2026".
MISREAD_DATE = re.compile(r"(?<![\w/])([\dlIO]{1,2})/([\dlIO]{1,2})/((?:19|20)[\dlIO]{2})(?![\w/])")
MISREAD_DIGITS = str.maketrans("lIO", "110")


def repair_misread_dates(text: str) -> str:
    """ "l5/12/2025" is "15/12/2025": letters among a date's digits are the digits they look
    like, where the date is a day of a month once read so (and has a digit in its day or month:
    "Il/OI/2020" is no date)."""
    def repair(match: re.Match[str]) -> str:
        day, month, year = (part.translate(MISREAD_DIGITS) for part in match.groups())
        if match.group() == f"{day}/{month}/{year}" or not re.search(
                r"\d", match[1] + match[2]) or not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
            return match.group()
        return f"{day}/{month}/{year}"
    return MISREAD_DATE.sub(repair, text)


# A date typed with spaces round its slashes, or round dashes or dots: "trước ngày 01  / 6 /
# 2015", "trước ngày 15 - 12 - 2026" (not "01.3.2026" nor "23-6-2020", dates as they stand).
SPACED_DATE = re.compile(
    r"(?<![\w/.-])(?:(?P<d>\d{1,2})[ \t]*/[ \t]*(?P<m>\d{1,2})[ \t]*/[ \t]*"
    r"|(?P<sd>\d{1,2})[ \t]+(?P<sep>[.-])[ \t]+(?P<sm>\d{1,2})[ \t]+(?P=sep)[ \t]+)"
    r"(?P<y>(?:19|20)\d\d)(?![\w/])")


def join_spaced_dates(text: str) -> str:
    """ "01  / 6 / 2015" is "01/6/2015", "15 - 12 - 2026" is "15/12/2026", when it is a day of
    a month."""
    def join(match: re.Match[str]) -> str:
        day, month = (match["d"], match["m"]) if match["d"] else (match["sd"], match["sm"])
        return f"{day}/{month}/{match['y']}" if 1 <= int(day) <= 31 and 1 <= int(month) <= 12 else (
            match.group())
    return SPACED_DATE.sub(join, text)


# A chat's message header, its sender and its time, on a line of its own or before the message:
# "[08/06/2026 09:15] Văn phòng HĐND và UBND xã:", "[07:31] Lê Thị Thu Hà - VP: Chào ...", "•
# 08:02 — Trịnh Thu Hằng (VP HĐND và UBND xã):", "Nguyễn Văn Hùng (VP Sở), [08:03, 07/9/2026]",
# "Hà Minh Châu - VP Sở (08:15 28/12/2026)", "Anh Tuấn VP (7h52): Mời ...", "VP UBND phường
# 07:05", "07:45  Phạm Minh Khoa (PGĐ Sở XD)", and a stamp under its sender's line: "07:12,
# 14/09/2026". The sender's office is who writes, not whom the message asks.
_CHAT_TIME = r"\d{1,2}(?::|h)\d{2}(?::\d{2})?(?:[^\S\n]*(?:SA|CH|AM|PM)\b)?"
_CHAT_DAY = r"\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{4}|\d{2}))?"
_CHAT_STAMP = rf"(?:{_CHAT_DAY}[ ,]+)?{_CHAT_TIME}(?:[ ,]+{_CHAT_DAY})?"
_CHAT_SENDER = r"[^\W\d][^\n:\[\]()]{0,50}?(?:[^\S\n]*\([^\n()]{1,40}\))?"
_SP = r"[^\S\n]"
CHAT_HEADERS = tuple(re.compile(pattern) for pattern in (
    rf"{_SP}*\[{_CHAT_STAMP}\]{_SP}*(?:{_CHAT_SENDER}{_SP}*:)?{_SP}*(?P<rest>.*)",
    rf"{_SP}*[-•*]{_SP}*{_CHAT_TIME}{_SP}+—{_SP}+{_CHAT_SENDER}{_SP}*:{_SP}*(?P<rest>.*)",
    rf"{_SP}*{_CHAT_SENDER}{_SP}*,?{_SP}*[\[(]{_CHAT_STAMP}[\])]{_SP}*(?::{_SP}*(?P<rest>.*))?",
    rf"{_SP}*{_CHAT_SENDER}{_SP}+{_CHAT_TIME}{_SP}*",
    rf"{_SP}*{_CHAT_TIME} {{2,}}{_CHAT_SENDER}{_SP}*",
))
# A stamp on a line of its own, under the line of its sender: "07:12, 14/09/2026".
CHAT_STAMP_LINE = re.compile(rf"{_SP}*{_CHAT_TIME},?{_SP}+{_CHAT_DAY}{_SP}*")
SENDER_LINE_MAX = 60
CHAT_DAY = re.compile(
    r"(?P<d>\d{1,2})(?:[/.]|\s+tháng\s+)(?P<m>\d{1,2})"
    r"(?:[/.](?P<y>\d{4}|\d{2})(?!\d)|,?\s+(?P<full_year>\d{4}))?", re.IGNORECASE)
# A chat's day between rules, over the messages of that day: "------ 15/09/2026 ------", "=====
# Thứ Hai 19/10/2026 =====", "──── Thứ Năm, 12/03/2026 ────". It ends the message before it.
CHAT_DAY_RULE = (rf"[-=─━]{{3,}}[ \t]*(?:{STAMP_WEEKDAY},?\s+)?"
                 r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})[ \t]*[-=─━]{3,}")
# A chat's day on a line of its own, over its messages: "Thứ Hai, 09/02/2026", "*** Thứ Năm, ngày
# 05/02/2026 ***", "Thứ Ba 10/2", "Thứ Hai, 13 tháng 4, 2026".
CHAT_DAY_LINE = re.compile(
    rf"[-=─━*\s]*(?:{STAMP_WEEKDAY}\s*,?\s*)?(?:ngày\s+)?{CHAT_DAY.pattern}[-=─━*\s]*",
    re.IGNORECASE)
# A day a message names from its own: "trước 15h hôm nay", "trước 8h sáng mai".
CHAT_RELATIVE_DAY = re.compile(
    r"(?<!\w)(?:(?P<today>hôm nay|(?:sáng|trưa|chiều|tối) nay)|(?:ngày|sáng|trưa|chiều|tối) mai)"
    r"(?!\w)(?!\s*\()", re.IGNORECASE)


def _chat_header(line: str) -> re.Match[str] | None:
    """A chat's message header that opens ``line``, the message after it (if any) its "rest"."""
    return next((found for header in CHAT_HEADERS if (found := header.fullmatch(line))), None)


def _chat_day(found: re.Match[str], last: date | None) -> date | None:
    """The day of a header's or a day line's date, its year that of the day before if unsaid."""
    written = found["y"] or found["full_year"]
    year = written and (int(written) if len(written) == 4 else 2000 + int(written))
    if not (year := year or (last and last.year)):
        return None
    try:
        return date(year, int(found["m"]), int(found["d"]))
    except ValueError:
        return None


def _is_sender_line(lines: list[str]) -> bool:
    """Whether the last line kept is a sender's name over a stamp: short, no sentence, after a
    blank line, a day or another message's end."""
    last = lines[-1].strip() if lines else ""
    return bool(last) and len(last) <= SENDER_LINE_MAX and last[-1] not in ".:;!?" and (
        len(lines) == 1 or not lines[-2].strip() or lines[-2].startswith("---"))


def split_chat_messages(text: str) -> str:
    """A chat's messages, in a text of several headers: a header or a day's line becomes the
    chat's day line ("------ 07/09/2026 ------"), which ends the message before it (the message
    run on after its header goes on below it), and "hôm nay", "sáng mai" in a message are glossed
    with the day they name ("trước 15h hôm nay (tức ngày 19/10/2026)")."""
    raw = text.split("\n")
    if sum(1 for line in raw if _chat_header(line) or CHAT_STAMP_LINE.fullmatch(line)) < 2:
        return text
    lines: list[str] = []
    day = None

    def gloss(match: re.Match[str]) -> str:
        named = day if match["today"] else day + timedelta(days=1)
        return f"{match[0]} (tức ngày {named:%d/%m/%Y})"

    for line in raw:
        header = _chat_header(line)
        stamp = None if header else CHAT_STAMP_LINE.fullmatch(line)
        day_only = None if header or stamp else CHAT_DAY_LINE.fullmatch(line)
        if stamp and _is_sender_line(lines):
            lines.pop()
        if header or stamp or day_only:
            if found := CHAT_DAY.search(line) if header or stamp else day_only:
                day = _chat_day(found, day) or day
            lines.append(f"------ {day:%d/%m/%Y} ------" if day else line if day_only else "---")
            line = (header.groupdict().get("rest") or "") if header else ""
            if not line.strip():
                continue
        lines.append(CHAT_RELATIVE_DAY.sub(gloss, line) if day else line)
    return "\n".join(lines)


STEPS: tuple[Callable[[str], str], ...] = (
    normalize_unicode,
    strip_html,
    drop_heading_stars,
    split_national_columns,
    split_date_stamp,
    split_news_dateline,
    join_spaced_document_numbers,
    join_spaced_dates,
    repair_misread_dates,
    split_glued_sentences,
    split_glued_words,
    expand_chat_shorthand,
    replace_emoji,
    split_chat_messages,
    normalize_pdf_bullets,
    number_markdown_lists,
    nest_indented_numbering,
    normalize_whitespace,
    drop_reply_history,
    strip_quote_marks,
    drop_citation_marks,
    drop_running_heads,
    drop_signature_stamps,
    drop_page_numbers,
    drop_photo_captions,
    lower_shouted_paragraphs,
    join_wrapped_lines,
    strip_markdown,
    drop_separator_lines,
    collapse_spaces,
    drop_blank_lines,
)


def repair_text(raw: str) -> str:
    """Repair raw directive text: one paragraph or outline item per line, no markup."""
    text = raw
    for step in STEPS:
        text = step(text)
    return text
