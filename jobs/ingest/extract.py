"""From a directive's repaired text to draft tasks: who must do what, by when.

The outline gives the items; each item takes its lead units from its own words or from the
nearest heading that names them, and its deadline from its own clauses or from the nearest
lead-in that sets one. Pure functions: text in, values out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from typing import NamedTuple

from jobs.calendar import WEEKDAYS
from jobs.ingest import deadlines
from jobs.ingest.fold import LOWER, UPPER
from jobs.ingest.hours import HOUR_MARK
from jobs.ingest.outline import (
    BULLET_STYLES,
    CARRY_OUT_CLOSING,
    NUMBERED_STYLES,
    TABLE_ROW_FIELD,
    TIME_LABEL,
    WEEKDAY,
    Node,
    build_outline,
    parse_marker,
)
from jobs.ingest.textfix import PLACE_DATE_LINE, is_abbreviation
from jobs.ingest.units import (
    FAMILY_NAMES,
    LEVEL_ABBREVIATIONS,
    LEVEL_PATTERN,
    OFFICE_TYPES,
    UnitMention,
    UnitResolver,
    name_key,
    names_grassroots,
)
from jobs.model import DirectiveInfo, DraftTask, Extraction

# A plan's aims and the standards it sets, before the work it hands out: "I. MỤC ĐÍCH, YÊU CẦU",
# "1. Mục tiêu cụ thể".
AIMS_HEADING = re.compile(
    r"^\W*(?:mục đích(?:,?\s+yêu cầu)?|mục tiêu(?:\s+(?:chung|cụ thể|tổng quát))?|yêu cầu)[\s.]*$",
    re.IGNORECASE)
# "Yêu cầu" alone is the aims' other half only in a text with a "Mục đích" heading; in an
# inspection's conclusions ("I. KẾT QUẢ KIỂM TRA", "II. YÊU CẦU") it heads the requests.
REQUESTS_HEADING = re.compile(r"^\W*yêu cầu[\s.:]*$", re.IGNORECASE)
PURPOSE_HEADING = re.compile(r"^\W*mục đích\b", re.IGNORECASE)
SCOPE_WORD = r"(?:đối tượng|thời gian|phạm vi|địa điểm|thành phần(?:\s+tham dự)?|quy mô)"
# Headings whose items report rather than instruct, by their opening words: "Kết quả đạt
# được", "Đánh giá tình hình", "Bối cảnh", but not "Xác định trách nhiệm ... trong thực hiện
# đánh giá".
REPORT_HEADING = re.compile(
    # not a topic the directions below are about: "1. Về tình hình kinh tế - xã hội" / "a) Bộ X
    # chủ trì ... trình Chính phủ trong tháng 12", "2. Về đánh giá, xếp loại chất lượng cán bộ"
    # / "- Tổ chức đánh giá ... trước ngày D"
    r"^\W*(?:(?:một số|những|các|về(?!\s+(?:tình hình|đánh giá))|i|ii)\s+)?"
    # (not the appraisal of staff a heading hands out: "I. ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM 2026")
    r"(kết quả|khó khăn|hạn chế|tồn tại|đánh giá(?!,?\s+(?:xếp loại|phân loại))|tình hình"
    r"|ưu điểm|nhược điểm|bối cảnh|sự cần thiết)\b"
    rf"|{AIMS_HEADING.pattern}"
    # a regulation's article that says whom it covers or what its words mean, not who acts
    r"|^\W*(?:đối tượng(?:\s+(?:áp dụng|được hỗ trợ|hỗ trợ))?|phạm vi(?:\s+điều chỉnh)?"
    r"(?:\s+và\s+đối tượng áp dụng)?|giải thích từ ngữ)[\s.]*$"
    # an event's or a campaign's particulars, two or more of them: "1. Đối tượng, thời gian, phạm
    # vi", "Thời gian, địa điểm"; each item below describes, none assigns
    rf"|^\W*{SCOPE_WORD}(?:\s*(?:,|và)\s*{SCOPE_WORD})+[\s.:]*$"
    # who attends a meeting or a visit: "2. Thành phần", "Thành phần tham dự:", "1. Thành phần,
    # trân trọng kính mời:", "Trân trọng kính mời:"
    r"|^\W*thành phần(?:\s+(?:tham dự|tham gia|làm việc|mời|đoàn(?:\s+công tác)?))?"
    r"(?:\s*,?\s*(?:trân trọng\s+)?kính mời)?[\s.:]*$"
    r"|^\W*(?:trân trọng\s+)?kính mời[\s.:]*$",
    re.IGNORECASE,
)
# A sentence that asks someone for work: "yêu cầu", "giao" (not "giao thông"), "có trách nhiệm".
ASKING_WORD = re.compile(
    r"\b(?:yêu cầu|đề nghị|giao(?!\s+(?:thông|ban|lưu|dịch|nhận))|(?:có|chịu) trách nhiệm)\b",
    re.IGNORECASE)
TASK_HEADING = re.compile(r"\b(nhiệm vụ|giải pháp|kiến nghị|đề xuất|phương hướng)\b", re.IGNORECASE)
# A lead-in that only announces the list below it, rather than instructing anything itself.
ANNOUNCEMENT = re.compile(
    r"(sau đây|như sau|sau|gồm|bao gồm|dưới đây|cụ thể như sau)\s*:\s*$", re.IGNORECASE
)
# What a lead-in says of the units it opens on, before the items they lead: "(Sở X) chủ trì, phối
# hợp với các đơn vị liên quan:", "(UBND các xã) chủ trì thực hiện các nội dung sau:".
LEADS_WHAT_FOLLOWS = re.compile(
    r"\s*(?:có trách nhiệm\s+)?chủ trì(?:\s*,?\s*phối hợp[^:;.]{0,120})?"
    r"(?:\s*,?\s*(?:thực hiện|triển khai)[^:;.]{0,80})?\s*:\s*"
    # or the work they carry out, listed below: "Các cơ quan, đơn vị liên quan thực hiện một số
    # nội dung sau:"
    r"|\s*(?:có trách nhiệm\s+)?(?:tập trung\s+)?(?:thực hiện|triển khai)(?:\s+tốt)?\s+"
    r"(?:một số\s+|các\s+|những\s+)?(?:nội dung|nhiệm vụ|công việc)[^:;.]{0,60}:\s*"
    # or what they make a party that is no unit do: "Ban QLDA yêu cầu nhà thầu:" (the office
    # answers for its contractor's work)
    r"|\s*(?:yêu cầu|chỉ đạo|đôn đốc)\s+(?:các\s+)?(?:nhà thầu|đơn vị thi công"
    r"|(?:đơn vị\s+)?tư vấn(?:\s+giám sát|\s+thiết kế)?|liên danh nhà thầu)[^:;.]{0,60}:\s*",
    re.IGNORECASE,
)
# A heading that names whose duties the items below are: "Trách nhiệm của các cơ quan, đơn vị:".
DUTIES_OF = re.compile(r"(?:^|(?<=[.:;])\s+)\W*(?:trách nhiệm|nhiệm vụ)\s+của\s+", re.IGNORECASE)
COLON_ENDS = re.compile(r"\s*:\s*")
# A paragraph that counts its duty in words: "Một là, ...", "Thứ hai, ..." (not a day's date).
COUNTED_DUTY = re.compile(
    r"\W*(?:(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là"
    r"|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:]\s+(?![Nn]gày\b|\d)"
)
# What the head of a village or a residential group heads.
_PLACES_HEADED = (
    r"thôn|ấp|bản|xóm|khóm|buôn|làng|sóc|khu phố|tổ dân phố|tdp|kdc|khu dân cư"
)
# Titles and people around a unit's name: "Chủ tịch UBND các huyện" is UBND các huyện.
_TITLE_NAME = (
    # a company's board chair: "chủ tịch HĐQT Công ty ..."
    r"(?:phó\s+|quyền\s+)?(?:chủ tịch(?:\s+(?:HĐQT|HĐTV|hội đồng (?:quản trị|thành viên)))?"
    r"|tổng giám đốc|giám đốc|thủ trưởng|lãnh đạo|hiệu trưởng"
    # the heads of villages over the villages they head: "(Bí thư chi bộ,) Trưởng thôn các thôn"
    rf"|(?:tổ\s+)?trưởng\s+(?:{_PLACES_HEADED})(?=\s+các\s)"
    rf"|bí thư chi bộ(?=\s*(?:,|và)\s*(?:tổ\s+)?trưởng\s+(?:{_PLACES_HEADED})\s+các\s)"
    # the head of an office named by it: "Chánh Văn phòng HĐND và UBND xã" heads the Văn phòng
    r"|(?:tổng cục|chi cục|vụ|viện|trạm) trưởng|trưởng|bí thư|chánh(?=\s+(?:văn phòng|thanh tra)\b)"
    r"|tổng thanh tra|chủ nhiệm"
    r"|chỉ huy trưởng|tư lệnh"
    # a team's head before the team: "Tổ trưởng Tổ công tác", "Đội trưởng Đội kiểm tra", "Tổ
    # trưởng các tổ dân phố"
    r"|tổ (?:trưởng|phó)(?=\s+(?:các\s+)?tổ\s)|đội (?:trưởng|phó)(?=\s+(?:các\s+)?đội\s)"
    # "Bộ trưởng Xây dựng" names the ministry by its field: the units' scan reads it whole
    r"|người đứng đầu|tổng biên tập|chuyên viên|cán bộ|bộ trưởng(?!\s+(?-i:[A-ZĐ])(?!ộ\s))"
    r"|thứ trưởng|tư lệnh|chính ủy"
    r"|trưởng\s*(?:,|và)\s*phó)"  # "Trưởng, phó các phòng"
    # a deputy's portfolio: "Phó Chủ tịch (phụ trách) Văn xã UBND 13 phường"
    r"(?:\s+(?:phụ trách\s+)?(?:văn xã|văn hóa - xã hội|kinh tế|nội chính)(?=\s))?"
)
_TITLE = rf"(?:{_TITLE_NAME}\s+)"
# Titles listed before one collective: "giám đốc, thủ trưởng các sở, ban, ngành".
_TITLES = rf"(?:(?:các\s+)?{_TITLE_NAME}\s*(?:,|và)\s*(?=(?:các\s+)?{_TITLE}))*(?:các\s+)?{_TITLE}"
# One person by title ("Chủ tịch UBND xã Nguyễn Văn Lưu:", "Phó Chủ tịch UBND huyện dự ..."):
# a leader's own agenda, not a unit's task, where it opens an item or a clause.
PERSON = re.compile(rf"^(?:đồng chí\s+|đ/c\s+)?{_TITLES}", re.IGNORECASE)
# A leader's full name: "Nguyễn Văn Hùng".
_LEADERS_NAME = (
    rf"(?-i:(?:{'|'.join(sorted(name.capitalize() for name in FAMILY_NAMES))})"
    rf"(?:\s+[{UPPER}][{LOWER}]*){{1,3}})"
)
# A leader named, then titled, as an item's label: "- Đồng chí Nguyễn Văn Bình, Phó Chủ tịch UBND
# xã: phụ trách ...", handed the work as a title alone is.
_PERSON_NAMED = rf"(?:đồng chí|đ/c|ông|bà)\s+{_LEADERS_NAME}"
_NAMED_PERSON = rf"{_PERSON_NAMED}\s*[,\-–]\s*"
NAMED_THEN_TITLED = re.compile(rf"{_NAMED_PERSON}(?={_TITLE})", re.IGNORECASE)
# A unit as the seat of its staff: "Cơ quan Sở Y tế", "khối Văn phòng Sở" are the unit.
TITLE_WORDS = re.compile(
    rf"^(?:các\s+đồng chí\s+|đồng chí\s+|đ/c\s+|cho\s+|quý\s+"
    # "ông (bà) Hiệu trưởng", "ông/bà Giám đốc": the courtesy before a title
    rf"|(?:các\s+)?(?:ông|bà)(?:\s*\((?:ông|bà)\)|\s*/\s*(?:ông|bà))?\s+(?={_TITLE}))?"
    rf"(?:(?:trong|thuộc|của)\s+)?"
    # "lãnh đạo cơ quan Thuế các địa phương": a title, then the agency's name
    rf"(?:{_TITLES})?(?:(?:cơ quan|khối)\s+(?=(?-i:[A-ZĐ])))?",
    re.IGNORECASE,
)
COURTESY_BEFORE_NAME = re.compile(r"(?:quý|cho|của|trong|thuộc)\s", re.IGNORECASE)
# The head nouns of an office, a body or an enterprise that goes by a proper name.
OFFICE_HEADS = (
    # a congress's subcommittees too: "Tiểu ban Văn kiện", "Tiểu ban Nhân sự"
    "ban", "tiểu ban", "hội đồng", "hội", "đoàn", "liên đoàn", "ủy ban", "văn phòng", "phòng",
    "trung tâm", "sở", "cục", "chi cục", "tổng cục", "viện", "học viện", "trạm", "đội",
    "xí nghiệp", "nhà máy",
    # an office's desk and a school's subject group: "Bộ phận Một cửa", "Tổ chuyên môn Toán"
    "bộ phận", "tổ chuyên môn",
    # a union's and an association's cells: "Công đoàn nhà trường", "Chi hội Nông dân thôn 3"
    "công đoàn", "chi đoàn", "chi hội",
    "tổng công ty", "công ty", "tập đoàn", "hợp tác xã", "chi nhánh", "ngân hàng", "kho bạc",
    "trường", "bệnh viện", "đài", "báo", "chi bộ", "đảng bộ", "thư viện", "bảo tàng",
    # the border guard's posts, the forest rangers', a port's authority, a national park
    "đồn", "hải đội", "hạt", "cảng vụ", "vườn quốc gia", "khu bảo tồn",
)
# What "cơ sở" also names, no facility: "Cơ sở dữ liệu quốc gia", "cơ sở vật chất", "cơ sở pháp lý".
NOT_A_FACILITY = "(?i:dữ liệu|vật chất|hạ tầng|pháp lý|khoa học|lý luận|thực tiễn)"
# What "Khoa" also opens, no hospital's department: "Khoa học ...", a person ("Khoa Hoàng").
NOT_A_DEPARTMENT = rf"(?i:học|{'|'.join(sorted(FAMILY_NAMES))})\b"
OFFICE_INITIALS = r"(?-i:P\.(?=[A-ZĐ]{2,}\b))"
# A unit's head noun opening a phrase, a named office's or a described body's ("cơ quan",
# "đơn vị", "tổ"); not the same word in another sense ("tổ chức", "hội nghị", "báo cáo").
ORG_HEAD = re.compile(
    r"^(?:các\s+)?(?!tổ chức|phòng chống|phòng ngừa|ban hành|đoàn kết|hội nghị|hội thảo|hội thi"
    r"|hội giảng|hội trường|đội ngũ|trường hợp|báo cáo|báo chí|đài thọ)"
    rf"(tổ|{'|'.join(OFFICE_HEADS)}|bql|công an|thường trực|bộ phận|cơ quan|đơn vị|công chức"
    # "Cơ sở Cai nghiện ma túy số 2", "Cơ sở Bảo trợ xã hội": a facility by its proper name
    # a hospital's department: "Khoa Dược", "khoa Khám bệnh" (not "Khoa học")
    rf"|(?:bộ|vụ|cơ sở(?!\s+{NOT_A_FACILITY})|khoa(?!\s+{NOT_A_DEPARTMENT}))"
    r"(?=\s+(?-i:[A-ZĐ]))"
    # an office abbreviated as a body's own papers write it: "P.KHTH", "P.TCKT" (not a ward by
    # its name, "P.Bến Nghé")
    rf"|{OFFICE_INITIALS})\b",
    re.IGNORECASE,
)
ASSIGN_VERB = re.compile(
    # "giao ban" is a briefing meeting: "Giao ban lãnh đạo UBND xã", "giao ban tuần", "Giao ban
    # Thường trực HĐND" (a board given work is written "Giao Ban ...", or "giao ban thường vụ");
    # with no name after it, in any case: a heading "II. LỊCH HỌP, GIAO BAN"
    # targets given to units: "Giao chỉ tiêu điều trị cai nghiện năm 2018 cho Ban chỉ đạo 138 ...",
    # "đã ra chỉ tiêu cho các nhà thầu phải hoàn thành ..."
    r"(?<!\w)((?:giao|ra|đặt)\s+chỉ tiêu(?:\s+[^\s.;:,]+){0,8}?\s+cho"
    r"|giao(?!\s+ban\s+(?:công tác|tuần|tháng|quý|định kỳ|thường kỳ|lãnh đạo|trực tuyến"
    r"|hằng|hàng|với|giữa)\b|\s+(?-i:ban)\s(?!thường vụ\b)|\s+ban\s*(?:$|[,.;:)]))"
    r"(?:\s+(?:nhiệm vụ|trách nhiệm))?(?:\s+cho)?|phân công(?:\s+cho)?"
    # a reminder names whom it asks: "Nhắc Trạm Y tế phường gửi báo cáo ..." (not "nhắc lại")
    r"|(?:yêu cầu|đề nghị|chỉ đạo|lưu ý|đốc thúc|(?:kính|rất|trân trọng)\s+mong"
    r"|nhắc(?:\s+nhở)?(?!\s+(?:lại|đến|tới)\b)"
    # an inspection's recommendation to a body by name: "Kiến nghị Sở Nông nghiệp và Môi
    # trường chỉ đạo ..." (not "kiến nghị của cử tri", nor "các kiến nghị")
    r"|kiến nghị(?=\s+(?-i:[A-ZĐ])))"
    r"(?:\s+(?:rõ|cụ thể))?(?:\s+cho)?|(?:đồng ý|chấp thuận|thống nhất)\s+(?:để|cho)(?:\s+phép)?"
    r"|cho phép"
    # a delegation: "Ủy quyền cho Giám đốc Sở Tài chính ký ...", "ủy quyền Phòng Kinh tế ký ..."
    r"|(?<!được\s)(?:ủy|uỷ) quyền(?:\s+cho)?"
    r"|thông báo(?:\s+(?:cho|tới|đến))?|gửi\s+(?:đến|tới)|kính gửi(?!\s*:)"
    # a dispatch that urges: "Bộ ... đã có công điện đôn đốc UBND các tỉnh ... khẩn trương ..."
    r"|(?:(?<=công điện\s)|(?<=văn bản\s)|(?<=công văn\s))đôn đốc"
    # the unit chosen for a pilot does it: "UBND huyện chọn (đơn vị) xã A làm điểm và tổ chức ...",
    # "Ban Thường vụ Tỉnh đoàn chọn Đoàn thanh niên xã A tổ chức Đại hội điểm ..."
    r"|(?:lựa\s+)?chọn(?:\s+đơn vị)?(?=\s[^.;:]{1,60}?\s(?:làm|tổ chức)\s+(?:[^\s.;:]+\s+){0,2}?"
    r"(?:điểm|mô hình)\b)"
    # a petition forwarded for the unit to handle: "chuyển đơn của công dân đến UBND thị xã X
    # để chỉ đạo kiểm tra, giải quyết"
    r"|chuyển\s+(?:đơn|hồ sơ|kiến nghị|phản ánh)(?:\s+(?:thư\s+)?(?:của|kiến nghị của)"
    r"\s+[^,;.()]{1,40}?)?\s+(?:đến|tới|cho)(?=[^.;]*\s(?:để|chỉ đạo|xem xét)\s))"
    r"(?:\s*[:,])?\s+"
    r"(?!của\b|cho\b|thông\b(?!\s+tấn)|dịch\b|lưu\b)",
    re.IGNORECASE,
)
# "văn bản số: 113/HĐND-TT" (not "Về chuyển đổi số: Giao ...", a label)
NUMBER_COLON = re.compile(r"\bsố\s*:(?=\s*\d)", re.IGNORECASE)
# Words before "giao"/"yêu cầu"/... that make it something else: "bàn giao", "được giao",
# "theo yêu cầu", "đã được UBND tỉnh chỉ đạo" (a report of an earlier instruction).
NOT_ASSIGNING = re.compile(
    r"(?:\b(?:bàn|chuyển|được|theo|các|những|mọi|nội dung|ý kiến|họp|hội nghị|buổi)\s+$)"
    r"|(?:\bđược\s+(?:\S+\s+){0,5}$)",
    re.IGNORECASE,
)
# A verb of oversight that a list of the doer's verbs goes on from: "kiểm tra, yêu cầu các chủ đầu
# tư ...", "hướng dẫn, đôn đốc, yêu cầu các đơn vị ..." is the item's unit at work, not an
# assignment; an adverbial before the comma ("Qua kiểm tra, yêu cầu ...") is not such a verb.
# What a body does over those below it: its own work, never an instruction it hands them.
OVERSIGHT_VERBS = r"hướng dẫn|đôn đốc|kiểm tra|theo dõi|giám sát"
VERB_OF_A_LIST = re.compile(
    r"^[\s\-–+•]*(?:chủ động\s+|thường xuyên\s+|kịp thời\s+)?"
    rf"(?:{OVERSIGHT_VERBS}|nhắc nhở|rà soát|phối hợp|tổng hợp)\s*$",
    re.IGNORECASE,
)
# A person by name, as news names an issuer before the title: "Ông Hồ Văn Mười, Chủ tịch ...".
# A person by name, as a schedule's cell may write it too: "Đ/c Sinh", "Đ/c: Thanh".
NAMED_PERSON = re.compile(rf"(?:ông|bà|đồng chí|đ/c)(?:\s*:)?\s+(?-i:[{UPPER}])", re.IGNORECASE)
# Who issues an instruction, as a clause opens: "Chủ tịch UBND tỉnh yêu cầu ...".
# Asked, in the passive: "Giám đốc Công an Thành phố được yêu cầu: Rà soát ...": the subject is
# who acts, as after an active "yêu cầu".
ASKED_PASSIVE = r"được\s+(?:yêu cầu|đề nghị)"
ISSUER_START = re.compile(
    # an officer by rank: "Đại tá Nguyễn Văn An - Chính ủy Bộ Chỉ huy Quân sự tỉnh yêu cầu ..."
    r"^(?:đồng chí|đ/c|ông|bà|(?:đại|thượng|trung|thiếu)\s+(?:tá|úy|uý|tướng)"
    r"|(?:phó\s+|quyền\s+)?(?:chủ tịch|(?:tổng\s+)?giám đốc|bí thư"
    r"|thường trực|trưởng ban|chánh văn phòng|bộ trưởng|thứ trưởng|(?:tổng\s+)?cục trưởng"
    r"|chi cục trưởng|vụ trưởng|viện trưởng|hiệu trưởng|chủ nhiệm|tư lệnh|chỉ huy trưởng"
    r"|chính ủy|chính uỷ"
    r"|tổng thanh tra|chánh thanh tra|thủ tướng(?!\s+chính phủ))"
    # "Người đứng đầu Chính phủ yêu cầu ...": news names the Prime Minister so
    r"|lãnh đạo|người đứng đầu|ban thường vụ|thường trực)\b",
    re.IGNORECASE,
)
# A document by its number and date: "số 123/UBND-KT", "ngày 05/3/2025", "ngày 5 tháng 3 năm 2025".
DOCUMENT_REF = (
    r"(?i:số)\s*\d[\w./\-]*|(?i:ngày)\s+\d{1,2}\s*(?:[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}"
    r"|(?i:tháng)\s+\d{1,2}\s+(?i:năm)\s+\d{4})\b"
)
# Words that may stand between the issuer and the verb: "... đã có kết luận giao cho".
# The issuer's own name may stand there too: "Giám đốc Sở Y tế Lê Văn A đã ký văn bản hỏa tốc
# đề nghị ...".
ISSUER_LINK = re.compile(
    r"(?:\.[A-ZĐ]+\b)?"  # the place's abbreviation glued on: "UBND TP.HCM yêu cầu"
    # a place after a title: "Lãnh đạo TP.HCM yêu cầu", "Lãnh đạo tỉnh đề nghị"
    # "Lãnh đạo Chính phủ yêu cầu", "Lãnh đạo Sở đề nghị"
    r"(?:\s+[A-ZĐ]+(?:\.[A-ZĐ]+)*\b|\s+(?i:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|chính phủ"
    # the institution a mass body is of: "Ban Chấp hành Đoàn Thanh niên Bệnh viện kính đề nghị"
    r"|bộ|sở|ban|ngành|bệnh viện|nhà trường|trường|công ty|cơ quan)\b)?"
    # a person's name; the range "À-Ỹ" also takes lower-case words opening with "đ" or a toned
    # vowel, and set 33 loses two pairs to fold.UPPER here (round 186): kept, said
    r"(?:\s*[-–]?\s*(?:[A-ZĐÀ-Ỹ][a-zđà-ỹ]*\s+){0,5}[A-ZĐÀ-Ỹ][a-zđà-ỹ]*\b)?"
    r"(?:\s*(?:(?i:đã|cũng|còn|vừa|tiếp tục|có|kết luận|ý kiến|chỉ đạo|thống nhất|đồng ý|chủ trương"
    r"|văn bản|công văn"
    r"|thông báo|và|tại|cuộc họp|hội nghị|buổi|làm việc|sau khi|ký|ban hành|hỏa tốc|khẩn"
    r"|trân trọng|kính|thêm|một|riêng|gửi|này"  # "Chủ tịch UBND tỉnh này yêu cầu"
    r"|ra"  # "Thủ tướng vừa ra chỉ thị yêu cầu"
    r"|phát đi|phát hành"  # "UBND tỉnh đã phát đi văn bản giao ..."
    # when a report says it was asked: "UBND thành phố Huế hôm nay (31/10) yêu cầu ..."
    r"|hôm nay|(?:sáng|chiều|tối) nay"
    r"|(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?"
    r"|quyết định|chỉ thị|kế hoạch|công điện|theo|trong)\b"
    # the document it signs: "tại Văn bản số 123/UBND-KT ngày 05/3/2025"
    rf"|{DOCUMENT_REF}"
    r"|\(\s*\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?\s*\)"  # "hôm nay (31/10)"
    # whose board it is: "Ban Chỉ đạo của Chính phủ đề nghị"
    rf"|(?i:của)\s+[{UPPER}]\w*(?:\s+\w+){{0,3}}))*"
    r"\s*"
)
# Issuers the catalogue holds no type for: a ministry, the Government, a party committee.
PARTY_ISSUER = re.compile(
    r"Bộ\s+[A-ZĐ]|Chính phủ|(?:Phó\s+)?Thủ tướng|(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng)\s+ủy"
)
# A document that asks, as the subject: "Công điện khẩn của Chủ tịch UBND TP yêu cầu ...".
DOCUMENT_ISSUER = re.compile(
    # "Nội dung công văn yêu cầu ...": what the document says asks it
    r"(?:nội dung\s+(?:của\s+)?)?"
    r"(?:công điện|công văn|văn bản|thông báo|chỉ thị|kết luận|kế hoạch|quyết định|nghị quyết"
    r"|thông tư)\b",
    re.IGNORECASE,
)
# A document by its kind and number after a unit's name and a colon: the unit issued it.
ISSUED_DOCUMENT = re.compile(rf"\s*{DOCUMENT_ISSUER.pattern}\s+(?:{DOCUMENT_REF})", re.IGNORECASE)
_ISSUER_ADVERB = r"\s+(?:cũng|còn|đã|vừa|tiếp tục)"
# A ministry named before, by its head word alone: "Theo đó, Bộ đề nghị UBND 3 tỉnh ...".
MINISTRY_NAMED_BEFORE = re.compile(rf"Bộ(?:{_ISSUER_ADVERB})*\s*")
# A place that issues, by its level and proper name: "Thành phố Hà Nội cũng yêu cầu ...", or by
# its level alone, capitalised, in a text about it: "Theo đó, TP giao Sở Công Thương ...",
# "Huyện yêu cầu các xã ...", "Thành phố cũng yêu cầu ...".
PLACE_ISSUER = re.compile(
    rf"(?i:{LEVEL_PATTERN}|tp)\.?\s*[{UPPER}]"
    rf"|(?:TP|Thành phố|Tỉnh|Huyện|Quận|Thị xã|Xã|Phường)(?:{_ISSUER_ADVERB})*\s*$"
    # in lower case, after a fronted adverbial, only an adverb tells it from a list's last place
    # ("UBND các quận, huyện chỉ đạo ..."): "Tại công văn này, thành phố cũng yêu cầu ..."
    rf"|(?i:tp|thành phố|tỉnh|huyện|quận|thị xã|xã|phường)(?:{_ISSUER_ADVERB})+\s*$"
)


def _place_by_name(head: str) -> bool:
    """Whether ``head`` is a province or city by its proper name alone, as news reports name the
    issuer: "Hà Nội yêu cầu chậm nhất ngày D, ...", "Theo đó, Nghệ An đề nghị ..."."""
    words = re.sub(rf"(?:{_ISSUER_ADVERB})+\s*$", "", head).split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:].islower() for w in words)


# A predicate joined to the one before, with the same subject.
COORDINATED = re.compile(r",\s*đồng thời(?:\s[^.;:]*\svà)?(?:\s+(?:cũng|đã))?\s*$",
                         re.IGNORECASE)
# The issuer's announcing before its request: "... xin thông báo và (đề nghị)".
ANNOUNCES_AND = re.compile(r"\s+(?:xin\s+)?thông báo\s+và\s*$", re.IGNORECASE)
# The clauses before the last one a conjunction joins on: "Vấn đề này khó khăn và ".
JOINED_CLAUSE = re.compile(r".*\s(?:và|nên|nhưng)\s+", re.IGNORECASE | re.DOTALL)
# Words that only link a sentence to the one before, where its issuer stands: "Đồng thời cũng
# yêu cầu ...".
LINKING_ONLY = re.compile(
    r"^(?:(?:đồng thời|ngoài ra|bên cạnh đó|qua đó|theo đó|sau đó|cũng|còn|đã|vừa|đặc biệt"
    # a conclusion's consent before the work it hands over: "Thống nhất giao Sở X ...", "Đồng ý
    # chủ trương giao Sở X ..."
    r"|nhất là|kính|thống nhất|đồng ý|nhất trí|(?:về\s+)?chủ trương)\s*,?\s*)+$",
    re.IGNORECASE,
)
# A topic fronted with no comma: "Đối với dự án xí nghiệp cơ khí giao phường A ...".
TOPIC = re.compile(r"^(?:đối với|riêng đối với|riêng|về việc)\s", re.IGNORECASE)
# The dashes that part a table's row typed on one line, and what may follow its units: the time.
CELL_DASH = re.compile(r"\s+[-–]\s+")
ROW_TAIL = re.compile(r"\s*(?:[-–]\s+(?P<time>[^-–]+?))?\s*[.;]?\s*")
ROW_TIME_CHARS = 30
ABBREVIATION_ENDS = re.compile(rf"(?<!\w)[{UPPER}&]{{2,}}$")
# The work itself, pointed back at before it is handed out: "Nhiệm vụ này giao Phòng Kinh tế ...".
WORK_POINTED_AT = re.compile(
    r"(?:nhiệm vụ|nội dung|công việc|việc)\s+(?:này|trên|nêu trên|đó)\s*,?", re.IGNORECASE)
# A sentence's topic fronted before its issuer: "Về nhân sự tại các Điểm phục vụ hành chính công".
ABOUT_A_TOPIC = re.compile(r"(?:về|đối với|riêng)\s[^,;]{1,80}", re.IGNORECASE)
# Who tells a reporter what was directed: "Giám đốc Sở Công Thương X cho biết Chủ tịch UBND tỉnh
# đã chỉ đạo ...": the issuer is the one after it.
SPEAKER = re.compile(r"^[^.;:]*?(?<!\w)cho biết(?:\s+rằng|\s+là)?\s*,?\s*(?=\S)", re.IGNORECASE)
# Linking words before the issuer: "theo đó UBND TP chấp thuận cho ...", "Sau khi xem xét Chủ
# tịch UBND tỉnh giao ..." (no comma after the consideration), "Sau hội nghị UBND xã phân công".
LEADING_LINK = re.compile(
    r"^(?:(?:theo đó|qua đó|đồng thời|ngoài ra|bên cạnh đó|sau đó|tiếp đó|mặt khác|do đó"
    # news's "recently": "Mới đây UBND TP. Hà Nội yêu cầu ..."
    r"|mới đây|gần đây|vừa qua"
    r"|sau khi (?:xem xét|nghiên cứu|nghe|kiểm tra)(?: báo cáo| đề nghị| tờ trình)?"
    r"|(?:sau|tại|kết thúc)\s+(?:buổi\s+|cuộc\s+|phiên\s+)?(?:hội nghị|làm việc|họp)"
    # "Phát biểu kết luận hội nghị đ/c X yêu cầu ...": the speaker's occasion before the speaker
    r"|(?:phát biểu\s+)?(?:kết luận|chỉ đạo)\s+(?:tại\s+)?(?:buổi\s+|cuộc\s+|phiên\s+)?"
    r"(?:hội nghị|làm việc|họp))"
    r"\s*,?\s*)+(?=\S)",
    re.IGNORECASE,
)
# The meeting's hearing, told before its conclusions: "Sau khi nghe đồng chí Chánh Văn phòng,
# lãnh đạo Phòng Văn hóa - Xã hội báo cáo; Thường trực đã thảo luận và kết luận như sau:".
HEARD = re.compile(r"\s*(?:sau khi|qua)\s+(?:nghe|xem xét)\b", re.IGNORECASE)
# What a report found, told as fact: "Theo báo cáo của các đoàn công tác ..., các địa phương ...".
AS_REPORTED = re.compile(r"\s*theo báo cáo\b", re.IGNORECASE)
# The programme's own note that it may change: "Ghi chú: Chương trình có thể điều chỉnh theo ...".
MAY_CHANGE = re.compile(
    r"\W*(?:ghi chú|lưu ý)?\s*:?\s*(?:chương trình|lịch|kế hoạch)(?:\s+(?:công tác|làm việc))?"
    r"(?:\s+(?:này|trên))?\s+có thể\s+(?:được\s+)?(?:điều chỉnh|thay đổi|bổ sung)\b",
    re.IGNORECASE)
# The issuer's own action joined to the instruction: "..., và yêu cầu", "đồng thời đề nghị",
# "... trong thời gian tới đặc biệt yêu cầu".
ALSO = re.compile(r"(?:\s|,)(?:và|đồng thời|đặc biệt|nhất là)(?:\s+(?:cũng|đã))?\s*$",
                  re.IGNORECASE)
# An adverb between a subject and its verb: "UBND tỉnh cũng yêu cầu ...", "... còn giao ...".
# the issuing leader's name may follow the body's: "Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng đề nghị"
_BEFORE_THE_VERB = rf"\s*(?:[-–,]?\s*{_LEADERS_NAME}\s+)?(?:cũng\s+|đã\s+|vừa\s+|còn\s+)?"
# A subject that issues the instruction rather than doing it: "UBND tỉnh yêu cầu ...".
ISSUES = re.compile(
    # a decision reported as made: "UBND tỉnh Tuyên Quang vừa quyết định tổng kiểm kê ..."
    r"\s*(?:vừa|đã)\s+quyết định\b|"
    # a body's proposal to those above it: "Sở X kiến nghị cho phép ..."
    rf"{_BEFORE_THE_VERB}(?:giao|yêu cầu|đề nghị|kiến nghị|chỉ đạo|lưu ý|kết luận|ban hành|ký"
    r"|có\s+(?:công văn|văn bản|ý kiến|kết luận|thông báo)|thông báo|nhận được|vẫn chưa|chưa"
    # a leader chairs a meeting, unless it is to be held by a day ("Ủy ban MTTQ xã chủ trì hội
    # nghị hiệp thương lần thứ ba trước ngày 20/3/2026")
    r"|chủ trì\s+(?:hội nghị|cuộc họp|buổi)(?![^.;\n]*?\b(?:trước|chậm nhất)\s+(?:ngày\s+)?\d))\b",
    re.IGNORECASE,
)
# Telling the public by a date is the subject's duty, not a notice it issues: "Các thôn, tổ dân
# phố thông báo đến Nhân dân, hoàn thành trước ngày D"; not "thông báo cho các gia đình chuẩn bị
# ... trước ngày D", where those told are asked.
TELLS = re.compile(
    r"\s*thông báo\s+(?:rộng rãi\s+|công khai\s+)?(?:đến|cho|tới)\s+(?:toàn thể\s+)?"
    r"(?:nhân dân|người dân)(?:\s+(?:trên địa bàn|biết)\b[^,;.]*)?\s*(?:[,;.]|$)"
    # telling and calling on people at once: "Trưởng các thôn thông báo, kêu gọi các hộ dân ..."
    r"|\s*thông báo\s*(?:,|và)\s*(?:kêu gọi|vận động|hướng dẫn)\b",
    re.IGNORECASE,
)
# "chỉ đạo" in a list of the subject's own verbs is its duty, not an instruction it issues:
# "Bộ Giáo dục và Đào tạo chỉ đạo, đôn đốc ngành giáo dục các địa phương rà soát ...".
OWN_DIRECTION = re.compile(rf"\s*chỉ đạo\s*(?:,|và)\s*(?:{OVERSIGHT_VERBS})\b", re.IGNORECASE)
# A meeting being reported: "Ngày 04/10, Ban Chấp hành ... tổ chức phiên họp thứ 26", "Thường
# trực Tỉnh ủy nghe Ban cán sự đảng UBND tỉnh báo cáo ...". One to hold by a date is the
# subject's duty: "UBND các huyện tổ chức họp ... trước ngày 15.9".
MEETS = re.compile(
    rf"{_BEFORE_THE_VERB}(?:tổ chức\s+(?:phiên họp|cuộc họp|hội nghị|kỳ họp|buổi"
    # a Party cell's meeting held ("Chi bộ thôn Đông tổ chức sinh hoạt thường kỳ"), not its
    # standing one ("tổ chức sinh hoạt chi bộ định kỳ vào ngày 05 hằng tháng")
    r"|sinh hoạt(?![^.;]*\b(?:định kỳ|hằng|hàng)\b)"
    r"|làm việc|giao ban|họp)|họp|dự|nghe|làm việc với|đi kiểm tra)\b",
    re.IGNORECASE,
)
HOLDS_AN_EVENT = re.compile(r"\s*tổ chức\s+(?:hội nghị|buổi lễ|sinh hoạt chuyên đề)\b",
                            re.IGNORECASE)
# A subject handed the work in the passive: "Sở NN-PTNT được giao chủ trì", "Công an tỉnh được
# UBND tỉnh giao phối hợp", "các xã ven biển được yêu cầu kêu gọi tàu thuyền ...".
ASSIGNED_TO_SUBJECT = re.compile(
    r"\s*(?:(?:cũng|tiếp tục|vừa|mới)\s+)?được\s+"
    r"(?:(?:UBND|Ủy ban nhân dân|Chủ tịch UBND)(?:\s+\S+){1,2}\s+)?"
    r"(?:giao|phân công|yêu cầu|đề nghị|ủy quyền|uỷ quyền)\b",
    re.IGNORECASE,
)
# A document sent to its addressees: "công văn số 1232/UBND-VP gửi ".
_SENT_KINDS = r"(?:công văn|văn bản|thông báo|kế hoạch|công điện|chỉ thị|hướng dẫn)"
_SENT_NUMBER = r"(?:\s+(?:số\s*)?\d[\w./\-]*)?(?:\s*,?\s*ngày\s+\d[\d/.\-]*)?"
DOCUMENT_SENT = re.compile(
    rf"\b{_SENT_KINDS}{_SENT_NUMBER}\s*,?\s+gửi\s+(?:đến\s+|tới\s+)?"
    # the verb first: "Sở Công Thương vừa gửi công văn tới các đơn vị đầu mối ... yêu cầu ..."
    rf"|\bgửi\s+{_SENT_KINDS}{_SENT_NUMBER}\s+(?:đến|tới|cho)\s+",
    re.IGNORECASE,
)
# Words that make a clause an instruction to its subject, where no deadline says so.
OBLIGATION_WORDS = re.compile(
    r"\b(?:cần|phải|có trách nhiệm|có nhiệm vụ|khẩn trương|tiếp tục|chủ động|nghiêm túc|tập trung"
    r"|chủ trì"
    # answerable for work, not before someone for it ("chịu trách nhiệm trước Chủ tịch ...")
    r"|chịu trách nhiệm(?!\s+(?:trước|thi hành|về|cá nhân|hoàn toàn|toàn diện|pháp lý)\b)"
    r"|tham mưu|đẩy nhanh|kịp thời|sớm|tăng cường|đôn đốc|hoàn thành|hoàn thiện|hoàn tất|rà soát"
    r"|triển khai|theo dõi|thực hiện|xây dựng|kiểm tra|phối hợp|chuẩn bị|tổ chức|báo cáo"
    r"|tổng hợp|nghiên cứu|đề xuất|trình|giải quyết|xử lý|lập|hướng dẫn|giám sát|thẩm định"
    rf"|bố trí|cung cấp|phân bổ|bảo đảm|đảm bảo|tạm dừng|tạm ngừng|{ASKED_PASSIVE}"
    # a standing duty, the calls of a disaster's telegram ("... thường xuyên thông báo, kêu gọi
    # tàu thuyền ..."), and the work of telling and persuading people
    r"|thường xuyên|kêu gọi|tuyên truyền|vận động|đẩy mạnh)\b",
    re.IGNORECASE,
)
# A sentence that goes on with the obligation before it: "Báo cáo UBND tỉnh trước ngày D".
# Only a lower-case opening continues by its case: the words may open with a capital, and the
# sentence may stand in brackets ("(Báo cáo gửi về Sở trước ngày D)").
CONTINUES = re.compile(
    # the next of the duties counted out: "Thứ hai, đôn đốc các địa phương ..."
    # "À-Ỹ" also takes "Đ" and the toned capitals: "Đề xuất ...", "Đồng thời, ..." go on with the
    # work before them; fold.LOWER here lost pairs in sets 27, 30 and 53 (round 186): kept, said
    r"^\(?(?:(?-i:[a-zđà-ỹ])|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,"
    r"|(?:báo cáo|hoàn thành|thời gian|thời hạn|trình|gửi|xong|chậm nhất"
    r"|đảm bảo|bảo đảm|kết quả"
    # a paragraph that adds to the work before it: "Cùng với đó, khẩn trương ..."
    r"|cùng với đó|bên cạnh đó"
    # the same doer's next duty, its subject left out after a time: "Sau mùa mưa, lũ phải ..."
    r"|(?:sau|trước|trong|khi|đến|từ)\s(?:[^\s.;:]+\s){0,5}?(?:phải|cần)"
    # the parts of the work before it, each with its time: "Trong đó, các tuyến phố trung tâm
    # phải hoàn thành giải tỏa trước ngày D1; các tuyến còn lại ... trước ngày D2"
    r"|trong đó,?\s+(?:[^\s,.;:]+\s+){1,8}?(?:phải|cần)\s+(?:được\s+)?(?:hoàn thành|xong"
    r"|hoàn tất)"
    # what the work before it is to stress: "Trong đó, tập trung báo cáo ..."
    r"|(?:trong đó|ngoài ra|đồng thời),?\s+(?:cần\s+|phải\s+)?(?:tập trung|chú trọng|lưu ý"
    r"|khẩn trương|chủ động|báo cáo|hoàn thành|rà soát|tổ chức|triển khai|kiểm tra))\b)",
    re.IGNORECASE,
)
_NAME_WORDS = rf"(?:\s+[{UPPER}]\w*){{0,3}}"  # a place's name after its first word
BARE_PLACE = re.compile(
    # "TP.Thủ Đức", "Tp. Thủ Đức": the city's abbreviation may touch its name
    r"(?:(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|TP|tỉnh)\s+|T[Pp]\.\s*)"
    rf"(?:[{UPPER}]\w*|\d{{1,2}}){_NAME_WORDS}"
)
CITY_WITH_DOT = re.compile(r"^T[Pp]\.\s*")
# More communes or wards listed after the first, the level said again or not: "Xã Tân Phú, xã
# Tân Hòa", "Phường Hải Châu, Thanh Khê và Sơn Trà".
NEXT_BARE_PLACE = re.compile(
    r"(?:\s*,\s*|\s+và\s+)(?:(?P<level>xã|phường|thị trấn|đặc khu)\s+)?"
    rf"(?P<name>[{UPPER}]\w*{_NAME_WORDS})")
WEEKDAY_BEFORE_DAY = re.compile(rf"^{WEEKDAY}\s*,?\s*(?=ngày\s|\d)", re.IGNORECASE)
# ... or with its day in brackets, the day read as "ngày D", and the hour after it dropped:
# "Thứ Tư (02/12): Hội nghị ...", "Thứ Sáu (25/12), 07 giờ 30: Hội nghị ...".
WEEKDAY_BRACKETING_DAY = re.compile(
    rf"^{WEEKDAY}\s*\(\s*(?:ngày\s+)?(\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{2,4}})?)\s*\)"
    rf"(?:\s*,\s*\d{{1,2}}\s*{HOUR_MARK}\s*(?:\d{{2}}(?:\s*phút)?)?(?=\s*:))?",
    re.IGNORECASE)
# ... or after it in brackets: "Ngày 08/01/2027 (thứ Sáu): Ban Thường vụ họp".
WEEKDAY_AFTER_DAY = re.compile(rf"(?<=\d)\s*\({WEEKDAY}\)(?=\s*:)", re.IGNORECASE)
# The hour before the day an entry opens with: "08 giờ 00 ngày 15/12/2026 (thứ Ba): Đoàn ...".
HOUR_BEFORE_DAY = re.compile(
    rf"^\d{{1,2}}\s*{HOUR_MARK}\s*(?:\d{{2}}(?:\s*phút)?)?\s*,?\s*(?=ngày\s+\d|{WEEKDAY})",
    re.IGNORECASE)
PLACE_ACTS = re.compile(r"(?:\s+(?:sẽ|cần|phải))?(?=\s)")
# The kinds of a deadline that name a period of work: "trong quý IV năm 2025".
PERIOD_KINDS = ("week", "month_start", "month", "quarter", "half", "year")
BARE_LEVEL = re.compile(r"(?:tỉnh|huyện|xã|phường|thành phố)(?=\s)")
# A place a clause is addressed to, fronted ("Cụ thể, đối với tỉnh Tuyên Quang, ..."), and the
# word the clause may then call it by ("địa phương cần ...").
ADDRESSED_PLACE = re.compile(r"\b(?:đối với|về phía|riêng với|với)\s+(?=\w+\s+\S)", re.IGNORECASE)
# ... and a village or a residential group asked alike: "đề nghị Khu phố phân công ...".
THE_LOCALITY = re.compile(rf"(?:địa phương|{_PLACES_HEADED})(?=\s)", re.IGNORECASE)
LOCALITY_WORK = re.compile(
    r"\s+(?!(?:của|này|đó|trên|nơi|có|không|đã|đang|là|và|với|trong|thuộc|trưởng|phó)\b)"
    rf"[{LOWER}]")
# "đề nghị tháng 12/2018 X ...", "chỉ đạo, trong thời gian từ ngày 1 - 31/10/2025, X phải ...":
# the time the work takes, fronted before the units it is handed to; never the month of a day
# ("Kết luận số 34-KL/TW ngày 18 tháng 5 năm 2026").
WHEN_BEFORE_UNITS = re.compile(
    r"(?<!\d )(?<!\d)(?:(?:trong\s+)?(?:tháng|quý)\s+[\dIVX]{1,4}(?:\s*[/.-]\s*\d{4})?\s*,?"
    r"|(?:trong\s+)?(?:thời gian\s+)?từ\s+(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,4}){0,2}"
    r"\s*(?:[-–]|đến(?:\s+hết)?)\s*(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,4}){1,2}\s*,"
    # a day: "yêu cầu trong ngày 23-2, UBND các xã, phường ... chủ động ...", "yêu cầu chậm
    # nhất ngày 30/6/2025, các cơ quan ... phải hoàn thành ..."
    r"|(?:trong|chậm nhất(?:\s+là)?|trước)\s+ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}"
    r"(?:\s*[/.-]\s*\d{2,4})?\s*,)\s+",
    re.IGNORECASE,
)
# An extension of a time limit, before whom it is granted to: "Gia hạn thời gian gửi hồ sơ đối
# với", "Đồng ý gia hạn cho".
EXTENDED_FOR = re.compile(r"\bgia hạn\b[^.;:]{0,120}?\b(?:đối với|cho)\s+", re.IGNORECASE)
DONE_BY_ROLE = re.compile(
    r"\s*(?:chủ trì|thực hiện|phụ trách|đảm nhiệm|đảm nhận|chuẩn bị|soạn thảo|biên soạn)\b", re.I)
QUOTED = re.compile(r"[“\"]([^”\"]*)(?:[”\"]|$)")
# A leader's direction passed on, its leader named last before the assignment: "văn bản truyền đạt
# ý kiến chỉ đạo của Phó Chủ tịch UBND TP Nguyễn Quốc Hùng giao ...".
LEADERS_DIRECTION = re.compile(
    # "truyền đạt ý kiến của Chủ tịch UBND tỉnh yêu cầu ...", as "ý kiến chỉ đạo của"
    r"\b(?:ý kiến\s+)?(?:chỉ đạo|kết luận|(?<=truyền đạt )ý kiến)\s+của\s+(?:đồng chí\s+|đ/c\s+)?"
    r"(?:phó\s+)?"
    r"(?:chủ tịch|bí thư|thủ tướng|bộ trưởng|giám đốc|trưởng ban)\b[^,.;:()]{0,80}$",
    re.IGNORECASE,
)
# A time limit quoted from the order it reports: "yêu cầu Chủ tịch UBND phường “Thời gian lập thủ
# tục và xử lý xong chậm nhất là ngày 10-2-2011”" is read, as no other quotation is.
QUOTED_TIME_LIMIT = re.compile(r"^\s*(?:thời gian|thời hạn)\b|\bchậm nhất\b", re.IGNORECASE)
# A quotation that opens a clause, after the paper's source tag if any: "(PL)- “UBND TP giao ...".
QUOTE_OPENING = re.compile(r"\s*(?:\([^()]{1,30}\)\s*[-–—]?\s*)?(?P<mark>[“\"])")
# A leader's own words quoted after the verb that introduces them: "chỉ đạo rõ: “Giao cho ...".
SPOKEN_QUOTE = re.compile(
    r"\b(?:chỉ đạo|yêu cầu|kết luận|nhấn mạnh|đề nghị)(?:\s+rõ)?\s*:\s*(?P<mark>[“\"])",
    re.IGNORECASE,
)
# The verb is in lower case: "(Ban Quản lý Đầu tư - Xây dựng Khu A)" is a name, no preparer; "(là
# chủ đầu tư, cơ quan chủ trì dự án)" and "(cơ quan chủ trì)" say what the units before it are;
# "(qua Sở NN-PTNT để tổng hợp)" is the way a report goes.
_PREPARING = (r"(?-i:(chuẩn bị|chủ trì|thực hiện|tham mưu|xây dựng|trình|mời|phục vụ|bố trí"
              r"|tổng hợp|đảm bảo|bảo đảm|báo cáo))\b")  # "(Công an phường báo cáo)": it reports
PREPARES = re.compile(
    # (not a gloss of the part the unit before it plays: "gửi về Sở Tài chính (cơ quan thường
    # trực tổng hợp)")
    r"\((?!\s*là\s|\s*qua\s|\s*(?:cơ quan|đơn vị|bộ phận)\s+"
    r"(?:chủ trì|phối hợp|thường trực|đầu mối|tham mưu)\b)"
    # (not a project board's "đầu tư xây dựng": "(Ban Quản lý dự án đầu tư xây dựng chuẩn bị)";
    # but "(Ban QLDA ĐTXD huyện và các chủ đầu tư thực hiện)")
    rf"([^()]{{3,300}}?)\s+(?!(?<=đầu tư\s)xây dựng){_PREPARING}(?!\s*:)([^()]*)\)",
    re.IGNORECASE,
)
# The preparer in brackets by its label: "(Chuẩn bị: Phòng Kinh tế)", "(Đơn vị chuẩn bị: ...)".
PREPARER_LABELLED = re.compile(
    r"\((?:đơn vị\s+|cơ quan\s+)?chuẩn bị\s*:\s*([^()]{3,300})\)", re.IGNORECASE)
# Levels of places alone, as a bracket after a unit writes which of them it means: "(xã, phường)".
PLACES_ONLY = re.compile(
    r"(?:các\s+)?(?:xã|phường|thị trấn|đặc khu|huyện|thôn|bản|tổ dân phố)"
    r"(?:\s*[,;]\s*(?:xã|phường|thị trấn|đặc khu|huyện|thôn|bản|tổ dân phố))*", re.IGNORECASE)
# A further preparer after a semicolon in the bracket, with its own part.
PREPARES_TOO = re.compile(rf"\s*([^;]{{3,150}}?)\s+{_PREPARING}", re.IGNORECASE)
BRACKET = re.compile(r"\(([^()]{3,300})\)")
# Adverbials fronted before a clause's subject: "Đối với ..., các cơ quan ... tổng hợp".
FRONTED = re.compile(
    # the grounds may list documents: "Trên cơ sở Chỉ thị số 52-CT/TW, Kế hoạch hành động, ..."
    # what the words are about may list things with commas before the subject in capitals:
    # "Đối với gia đình thương binh, liệt sĩ và người có công, Đảng ủy, HĐND, UBND xã ..."
    rf"^(?:(?:(?:đối với|về)\s[^,:;()]{{0,150}}"
    rf"(?:,\s*(?!các\s|cấp\s)(?-i:[{LOWER}][{LOWER}\s]{{0,60}}))+,\s*(?=(?-i:[{UPPER}])))"
    r"|(?:(?:trên cơ sở|căn cứ)\b[^,:;()]{0,150}"
    r"(?:,\s*(?:các\s+)?(?:chỉ thị|kế hoạch|nghị quyết|quyết định|thông báo|chương trình|kết luận"
    r"|công văn|hướng dẫn|luật|nghị định|thông tư|đề án)\b[^,:;()]{0,100})+[,:]\s*)"
    # the grounds, then the work they serve with no comma: "Căn cứ tình hình thực tế tại tỉnh để
    # tham mưu, trình ..."
    r"|(?:trên cơ sở|căn cứ)\b[^,:;()]{0,150}?\s(?:để|nhằm)\s+"
    # the side a report turns to is a few words ("Về phía tỉnh, ..."); longer, it is the subject
    # and its work with no comma ("Về phía Văn phòng UBND tỉnh cũng khẩn trương triển khai ...")
    r"|về phía\s[^,:;()]{1,40}[,:]\s*"
    # (not a subject right after "riêng", "đặc biệt": "Đặc biệt các xã tiếp tục ..., tháo gỡ ...")
    r"|(?:(?:về(?!\s+phía\b)|đối với|riêng(?!\s+(?:các|những)\s)|ngoài ra|bên cạnh|cùng với"
    # (a connective and the subject after it with no comma is the clause: "đồng thời Sở Nội vụ
    # tham mưu ...", see CONDITION_OR_CONNECTIVE)
    r"|cùng đó|song song|mặt khác|tiếp đó(?=\s*,)"
    r"|trong đó|đặc biệt(?!\s+(?:là\s+)?(?:các|những)\s)"
    r"|cũng với|(?:cùng|với) thời hạn"
    r"|cụ thể|theo(?! dõi)|tương tự"
    # the theme or aim the work has: "Với chủ đề năm 2025 là “...”, quận Ba Đình sẽ tổ chức ..."
    r"|với(?=\s+(?:chủ đề|mục tiêu|mục đích|phương châm|khẩu hiệu|thông điệp|tinh thần)\b)"
    r"|ở(?=\s+(?:cấp|các|những|địa phương|cơ sở|trung ương)\b)"  # "Ở cấp địa phương, UBND ..."
    r"|đồng thời(?=\s*,)|qua đó|sau(?!\s+(?:thời hạn|hạn|thời gian)\b|\s+đó\s+(?-i:[A-ZĐ]))"
    # a time clause: "Ngay sau khi bão tan, các Sở GD&ĐT cập nhật ...", "Khi có sự cố, ..."
    r"|ngay sau khi|ngay khi|khi"
    # the cause or the text carried out: "Do ảnh hưởng của bão số 5, UBND xã ...", "Thực hiện
    # chỉ đạo của UBND tỉnh, Phòng Nội vụ ..." (not the doer after "do": "Do Sở Y tế chủ trì")
    rf"|do(?!\s+(?:đó|vậy)\b|\s+(?-i:[{UPPER}]))|vì(?!\s+(?:vậy|thế)\b)"
    r"|thực hiện(?=\s+(?:các\s+)?(?:chỉ thị|kế hoạch|nghị quyết|quyết định|thông báo"
    r"|chương trình|kết luận|công văn|hướng dẫn|luật|nghị định|thông tư|đề án|ý kiến|chỉ đạo"
    r"|văn bản|công điện)\b)"
    r"|trên cơ sở|căn cứ|tại (?:cuộc họp|hội nghị|buổi)|để|nhằm|định kỳ|hằng|hàng|từ|trong|sáng"
    # a deadline fronted before its doer: "Chậm nhất ngày 15/8, các xã gửi ..."
    r"|chiều|ngày|tuần|tháng|quý|trước|chậm nhất|hạn chót|đến|tới|hết"
    # a part of a period: "Đầu tháng 01/2027, Sở Tài chính báo cáo ..."
    r"|(?:đầu|cuối|giữa)(?=\s+(?:tháng|tuần|quý|năm)\b)"
    r"|thời gian (?:sắp )?(?:tới|đến))\b(?!\s+phối hợp\b)"  # "Thời gian tới, các chi bộ ..."
    # the year or round of what the words are about may follow: "Về đề nghị công nhận bảo vật
    # quốc gia đợt 12, năm 2023, thực hiện ..."
    r"(?:[^,:;()]|\([^()]{0,80}\)){0,150}(?:,\s*(?:năm|đợt|lần)\s+\d{1,4}(?=\s*,))*[,:]\s*)"
    # an item counted in words: "Một là, Bộ GTVT: ...", "Thứ hai, Sở Nội vụ ..." (not a
    # weekday: "Thứ hai, ngày 5/1")
    r"|(?:(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)\s+là"
    r"|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|bẩy|tám|chín|mười))\s*[,:]\s*(?!ngày\b|\d)"
    # a linking word right before the subject: "Riêng UBND huyện Khánh Sơn khẩn trương ..."
    r"|(?:riêng|đồng thời|ngoài ra|bên cạnh đó|mặt khác|sau đó|tiếp đó|theo kế hoạch"
    r"|đặc biệt(?:\s+là)?)\s+(?=\S)"
    # a recurrence with no comma: "Định kỳ vào ngày 10 hàng tháng Kho bạc Nhà nước gửi ..."
    r"|(?:định kỳ\s+)?(?:(?:vào|trước|chậm nhất)\s+)?(?:(?:ngày|thứ)\s+\w{1,4}\s+(?:của\s+)?)?"
    r"(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)\s+(?=các\s|(?-i:[A-ZĐ])))+",
    re.IGNORECASE,
)
# What a speaker or issuer says, after the colon: "Bí thư Đảng ủy nhấn mạnh: Ủy ban MTTQ xã ...
# cần", "UBND tỉnh có ý kiến như sau: Sở X chủ trì ...", "Chủ tịch UBND tỉnh yêu cầu cụ thể:".
SPOKEN = re.compile(
    r"^[^:.;]{0,200}\b(?<!được\s)(?:nhấn mạnh|lưu ý|kết luận|chỉ rõ|yêu cầu|đề nghị|chỉ đạo"
    r"|(?:có\s+)?ý kiến(?:\s+chỉ đạo)?|như sau|cụ thể)"
    r"(?:\s+(?:như sau|cụ thể(?:\s+như sau)?))?\s*:\s*(?=\S)",
    re.IGNORECASE,
)
# An office named by its proper name: "Phòng Kế hoạch - Đầu tư", "Trung tâm Văn hóa huyện".
NAMED_OFFICE = re.compile(
    # a commune's team by its name: "Tổ Công nghệ số cộng đồng", "Tổ Bảo vệ an ninh, trật tự"
    rf"{OFFICE_INITIALS}|BQL\s|(?:{'|'.join(head[0].upper() + head[1:] for head in OFFICE_HEADS)}"
    r"|Bộ|Vụ|Tổ(?!\s+Quốc)"
    rf"|Cơ sở(?!\s+{NOT_A_FACILITY})|[Kk]hoa(?!\s+{NOT_A_DEPARTMENT}))\s+[A-ZĐ]"
)
# A role named as the subject, and the unit that holds it after "là": "Cơ quan chủ trì xây dựng
# đề án là Sở Nội vụ", "Đơn vị chủ trì bắn pháo hoa là UBND TP Thanh Hóa".
ROLE_NAMED = re.compile(r"(?:cơ quan|đơn vị)\s+(?:chủ trì|đầu mối|thực hiện|soạn thảo)", re.I)
ROLE_IS = re.compile(r"[^,.;:]{0,60}?\s+là\s+", re.IGNORECASE)
# A body by the short name in capitals the text gave it: "Thanh tra Chính phủ (TTCP) ... TTCP".
SHORT_NAME = re.compile(r"(?-i:[A-ZĐ]{2,8})(?=\s|$)")
# A body's short name in brackets right before its verb: "... mại dâm (Ủy ban Quốc gia) yêu cầu".
# Its short name may be announced: "(sau đây gọi tắt là Ủy ban Quốc gia)".
SHORT_NAME_BEFORE = re.compile(
    r"\w\s*\((?:(?:sau đây\s+)?(?:gọi|viết)\s+tắt\s+là\s+)?"
    rf"(?:(?={NAMED_OFFICE.pattern})|(?=[A-ZĐ]{{2,}}\)))[^()]{{2,40}}\)\s*$")
MUST = re.compile(r"\s*(?:cần|phải|(?:có|chịu) trách nhiệm)\b", re.IGNORECASE)
# "X chủ trì, phối hợp với ...": X leads a task, whatever long grounds come before it.
LEADS_WITH_SUPPORT = re.compile(r"\s*chủ trì\s*,?\s*phối hợp\b", re.IGNORECASE)
_FRONTED_DUE = r"(?:đến|trước|chậm nhất|trong|từ|hạn)\b"
# A few words that narrow a collective before its duty, opened by a preposition, a word of state
# or what the units do: "Các đơn vị chưa nộp báo cáo phải ...", "Các phường trong diện sắp xếp
# cần ...", "các đơn vị quản lý, khai thác hồ chứa thủy lợi phải ...".
QUALIFIED_MUST = re.compile(
    r"(\s+(?:trong|thuộc|có|chưa|không|được|còn|nằm|đang|đã|vừa|mới|ở|tại|quản lý|khai thác"
    r"|vận hành|hoạt động|kinh doanh|sản xuất"
    # whose they are, and the form of the companies: "các công ty TNHH MTV do thành phố nắm giữ
    # 100% vốn Nhà nước cũng có trách nhiệm ..."
    r"|do|(?-i:TNHH|MTV)|cổ phần)"
    rf"(?:(?:,(?!\s*{_FRONTED_DUE}))?\s+(?!cần\b|phải\b|có trách nhiệm\b)[\w%-]+){{1,12}}?)"
    # the deadline may stand between the narrowed units and their duty, no part of their name:
    # "các chủ đầu tư có dự án chậm nộp hồ sơ, đến cuối tháng 8-2019 phải hoàn thành ..."
    rf"(?=(?:\s*,\s*{_FRONTED_DUE}[^,.;]{{0,40}}?,?)?\s+(?:cũng\s+)?(?:cần|phải|có trách nhiệm)\b)"
)


# The work a collective was given, after "được giao": "các cơ quan, đơn vị được giao nhiệm vụ
# thực hiện thủ tục đầu tư các dự án khẩn trương ...".
GIVEN_WORK_MUST = re.compile(
    r"(\s+nhiệm vụ(?:\s+[\w-]+){1,10}?)(?=\s+(?:cần|phải|có trách nhiệm|khẩn trương)\b)"
)


def _narrow(text: str, run: list[UnitMention]) -> None:
    """Names ``run``'s last collective, in place (the members read from the run see it), with
    the words that narrow it before its duty."""
    if not run[-1].collective:
        return
    given = re.search(r"được (?:giao|phân công)$", run[-1].name)
    qualified = (GIVEN_WORK_MUST if given else QUALIFIED_MUST).match(text, run[-1].end) or (
        HAS_THEN_ACTS.match(text, run[-1].end)) or PARTAKERS_ACT.match(text, run[-1].end)
    if qualified:
        run[-1] = replace(run[-1], name=f"{run[-1].name}{qualified.group(1)}",
                          end=qualified.end(1))


# A unit after a preposition is no subject: "đối với UBND xã", "của Sở Y tế"; nor one whose
# existence is stated ("có 310 thôn phải chuyển ..."), nor the level of a thing ("khen thưởng cấp
# Bộ, ngành, ..."; not "Cụ thể: cấp phường, xã phải hoàn thành ...", levels as the subject).
PREPOSITION_BEFORE = re.compile(
    r"\b(?:của|với|cho|về|đến|tới|từ|tại|trong|giữa|bởi|do|theo|như|và|có|(?<=\w\s)cấp)\s*$",
    re.IGNORECASE,
)
# A deadline phrase that says by when, not on what day something happens.
_DUE_BY_WORDS = r"(?:trước|chậm nhất|muộn nhất|hạn|thời hạn|đến hết|xong|hoàn thành|không quá)\b"
DUE_BY = re.compile(rf"\W*{_DUE_BY_WORDS}", re.IGNORECASE)
DUE_BY_WORD = re.compile(rf"(?<!\w){_DUE_BY_WORDS}", re.IGNORECASE)
# Before a date to meet, what a unit sends or issues is its duty: "các sở có ý kiến gửi về Sở
# Tài chính trước ngày D", "Bộ Xây dựng ban hành hướng dẫn trước 25/4".
SENDS_BY_A_DATE = re.compile(
    r"\s*(?:có\s+(?:ý kiến|văn bản|báo cáo)|ban hành)\b", re.IGNORECASE
)
# What a plan says a unit will hand over, hold or finish by a date after it: "X sẽ gửi danh
# sách ... chậm nhất là ngày D", "quận sẽ đồng loạt tổ chức lễ phát động ... trước ngày 30/5"
# (but "Kho bạc sẽ mở lại giao dịch trước ngày D" only tells).
WILL_DELIVER = re.compile(
    r"\s+(?:đồng loạt\s+|tiến hành\s+)?(?:gửi|nộp|trình|ban hành|tổ chức|hoàn thành|hoàn tất"
    r"|thanh tra|kiểm tra|giám sát)\b",
    re.IGNORECASE)
# The period a plan's step falls in: "X sẽ tiến hành thanh tra ... trong quý 1/2026".
IN_PERIOD = re.compile(r"(?:trong|vào)\s+(?:quý|tháng)\b", re.IGNORECASE)
# ... or fronted bare between commas: "Trong đó, quý 1/2026, Cục VIII ... sẽ tiến hành ...".
FRONTED_PERIOD = re.compile(
    r"\W*(?:(?:trong đó|cụ thể|theo đó)\s*,\s*)?"
    r"(?P<period>(?:quý|tháng)\s+[IVX\d]{1,4}\s*[/.-]\s*\d{4})\s*,\s*",
    re.IGNORECASE,
)
WILL_LATER = re.compile(r"\ssẽ\s", re.IGNORECASE)
# A deadline's own label: "Hạn cuối nhận hồ sơ:", "Hạn nộp báo cáo:".
DEADLINE_LABEL = re.compile(r"\s*hạn(?:\s+chót|\s+cuối)?(?:\s+[^\W\d][^:.;\n]{0,40}?)?\s*:",
                            re.IGNORECASE)
# A sending by the subject, to whom it goes: "Các đơn vị gửi hồ sơ về Văn phòng ...".
SENDS = re.compile(r"\s+(?:gửi|nộp)\s[^.;:]{0,80}?\s(?:về|cho|đến|tới)\s", re.IGNORECASE)
# What a unit "sẽ" receive or not do is no step of a plan: "Sở Y tế sẽ được đầu tư 100 tỷ đồng".
WILL_RECEIVE = re.compile(r"\s+(?:được(?!\s+(?:giao|yêu cầu|đề nghị))|không|chưa)\b", re.IGNORECASE)
# What a unit "sẽ" do "theo kế hoạch" is the plan's step for it, by the date the plan sets.
# What a plan, a decision or a programme sets out: "Theo Quyết định 19/QĐ-BXD, các đoàn kiểm tra sẽ
# làm việc từ ngày D1 đến D2".
PER_THE_PLAN = re.compile(r"\btheo (?:kế hoạch|quyết định|chương trình|lịch)\b", re.IGNORECASE)
# People a unit may act together with: "Các cơ quan, đơn vị và hộ dân treo cờ".
PEOPLE = (
    r"\s+(?:(?:các|toàn thể|tất cả|mọi)\s+)?(?:hộ dân|hộ gia đình|hộ nhân dân|hộ kinh doanh"
    r"|nhân dân|người dân|cá nhân|người lao động)\b"
)
ASKED = re.compile(rf"\s+{ASKED_PASSIVE}\b", re.IGNORECASE)
# The role a unit is said to hold: "(cơ quan) đầu mối", "đơn vị chủ trì", "cơ quan thường trực".
_ROLE_WORD = r"(?:chủ trì|đầu mối|thường trực)"
_ROLE_HELD = rf"(?:(?:cơ quan|đơn vị)\s+)?{_ROLE_WORD}"
# What follows a subject that reports or modifies rather than acts ("X đã ...", "X của ...").
NOT_A_VERB = re.compile(
    # "X là trước ngày D" in a list of time limits is X's deadline
    rf"\s*(đã|(?!{ASKED_PASSIVE})được"
    rf"|là(?!\s+(?:{_ROLE_HELD}|trước|chậm nhất"
    rf"|hạn chót|ngày\s+\d))"
    rf"|có(?! trách nhiệm| nhiệm vụ| biện pháp| phương án| giải pháp| kế hoạch)|của|với|về"
    rf"|theo(?! dõi)|trong|tại"
    rf"|và(?!{PEOPLE})|cùng"
    # "sẽ" with a duty after it is what a plan has its subject do: "Các quận sẽ tổ chức ..."
    rf"|thuộc|để|như|đang|sẽ(?!\s+{OBLIGATION_WORDS.pattern})|năm|tháng)\b",
    re.IGNORECASE,
)
# The issuer by its head word alone, compiling what it receives: "để Sở tổng hợp, báo cáo ...".
ISSUER_ALONE = re.compile(
    r"(?:[Ss]ở|UBND|Ủy ban|Văn phòng|Ban)\s+(?:kịp thời\s+)?(?:tổng hợp|tham mưu)\b")
# A purpose clause that names a later doer with a deadline of its own: "gửi hồ sơ về Sở Tài
# chính trước ngày 5/3 để sở thẩm định, trình UBND tỉnh trước ngày 20/3".
PURPOSE_DOER = re.compile(
    r"\sđể\s+(?=(?:(?:các|những)\s+)?(?:sở|phòng|ban|đơn vị|cơ quan|UBND|Ủy ban|[A-ZĐ]\w*)\s)"
    # a duty set against what another does: "Kiểm kê diễn ra từ tháng 1, trong khi các bộ,
    # ngành và địa phương phải nộp báo cáo trước ngày 31/5/2026"
    r"|,\s*(?:trong khi(?:\s+đó)?|còn)\s+(?=(?:(?:các|những)\s+)?(?:bộ|ngành|sở|phòng|ban|đơn vị"
    r"|cơ quan|địa phương|UBND|Ủy ban|[A-ZĐ]\w*)\b[^.;:]{0,80}?\s(?:phải|cần)\s)"
    # a second doer with its own work and time after a dated duty: "Giao Sở Tài chính rà soát
    # ... trước ngày 15/6/2026 và Sở Nội vụ thẩm định ... trước ngày 30/6/2026"
    r"|\s+và\s+(?=(?:UBND|Ủy ban|(?-i:[A-ZĐ])\w*)\s(?:(?!\d|trước\s|để\s)[^.;:,]){0,60}?"
    r"\s(?:rà soát|thẩm định|tổ chức"
    r"|báo cáo|hoàn thành|hoàn thiện|xây dựng|triển khai|kiểm tra|tham mưu|chủ trì|gửi|trình"
    r"|tổng hợp|lập)(?!\w))"
    # the issuer's second request, to another doer with its own time: "giao Sở Tài chính bố trí
    # vốn, đồng thời đề nghị Sở Xây dựng đẩy nhanh tiến độ ... trước ngày 31/12/2026"
    r"|(?P<request>,\s*đồng thời\s+(?:cũng\s+)?)"
    r"(?=(?:giao|yêu cầu|đề nghị)\s+(?:cho\s+)?(?:các\s|(?-i:[A-ZĐ])))"
)
# A sending to a named receiver, then a purpose with no doer, the receiver's: "gửi về Phòng Văn
# hóa - Xã hội (qua email) trước ngày D1 để tổng hợp, báo cáo UBND tỉnh ...".
RECEIVER_COMPILES = re.compile(
    r"\s(?:gửi|nộp)\s(?:[^.;:]{0,60}?\s)?(?:về|cho|đến|tới)\s+"
    rf"(?P<receiver>(?:(?i:UBND|Ủy ban|Văn phòng|Phòng|Sở|Ban|Trung tâm|Thường trực)"
    rf"|[{UPPER}]{{2,}})[^.;:,()]{{0,60}}?)"
    r"(?=\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:trước|chậm nhất|trong)\b)"
    r"[^.;:]*?\s+để\s+(?=(?:kịp thời\s+)?(?:tổng hợp|tham mưu|báo cáo|trình)\b)"
)
# ... or with none but the issuer, its own: "... về Sở trước ngày D1 để tổng hợp, báo cáo ...".
ISSUER_COMPILES = re.compile(
    rf"\s+để\s+(?:{ISSUER_ALONE.pattern}|(?:kịp thời\s+)?(?:tổng hợp|tham mưu)\b)")
NAMED_RECEIVER = re.compile(
    r"\s(?:về|qua|đến|tới|cho)\s+(?:(?:UBND|Ủy ban|Văn phòng|Phòng|Sở|Ban|Trung tâm|Thường trực)"
    r"\s+(?!trước|chậm|trong|để)\w|[A-ZĐ]{2,})")
# The letter's addressees named generically, to set the date of what was asked of them just
# before: "Đề nghị Hiệu trưởng các trường rà soát ... Các đơn vị (khẩn trương) thực hiện trước
# ngày D".
ADDRESSEES_ACT = re.compile(
    r"(?:các|những)\s+(?:cơ quan|đơn vị|địa phương)(?:\s*(?:,|và)\s*(?:cơ quan|đơn vị|địa phương))*"
    r"\s+(?:(?:khẩn trương|nghiêm túc|chủ động)\s+)?(?:thực hiện|hoàn thành|báo cáo)\b"
    # "Các đơn vị cần lập hồ sơ ... trước ngày D": the units asked, by the letter's word for them
    r"|(?:các|những)\s+đơn vị\s+(?:cần|phải)\s+(?:lập|gửi|rà soát|tổng hợp|thực hiện|hoàn thành"
    r"|báo cáo)\b",
    re.IGNORECASE,
)
# The words an anaphor names localities by ("các địa phương trên", "các tỉnh, thành phố nêu trên").
LOCALITY_WORDS = ("địa phương", "tỉnh", "huyện", "xã", "phường")
# The kinds of department one anaphor names, each the last of its kind named ("Bộ này").
POINTED_KINDS = ("sở", "phòng", "ban", "cục", "bộ", "trung tâm")
# A unit named by pointing back at one named before: "các đơn vị trên", "đơn vị này", "4 bộ,
# ngành nêu trên" (as many as the list it counts), and a
# bare "sở", "phòng" or "cục" doing something ("sở thẩm định", "Cục cần tăng cường cảnh báo")
# for the department just named.
ANAPHOR = re.compile(
    # "UBND các tỉnh, thành phố trên": the committees of the places named before
    r"(?i:(?:(?:UBND|Ủy ban nhân dân)\s+)?(?:các|những|(?P<count>\d{1,2}|hai|ba|bốn|năm|sáu))\s+"
    r"(?P<plural>đơn vị|cơ quan|địa phương|đảng bộ|chi bộ"
    r"|sở|phòng|ngành|bộ|tỉnh|xã|phường|huyện|trường|doanh nghiệp)"
    r"(?:\s*,?\s*(?:đơn vị|cơ quan|địa phương|ngành|thành phố))*"  # "các cơ quan đơn vị nêu trên"
    r"\s+(?:nêu trên|nói trên|kể trên|trên|này|đó)"
    rf"|(?P<single>đơn vị|cơ quan|{'|'.join(POINTED_KINDS)})"
    r"\s+(?:này|đó|nêu trên|nói trên|trên))\b"
    rf"|(?P<bare>sở|phòng|[Cc]ục(?!\s+(?:trưởng|phó|bộ)\b))\s+(?=[{LOWER}])"
    # a level opening a sentence for the local government named before: "Xã triển khai ..."
    rf"|(?P<level>Xã|Phường|Huyện|Tỉnh)\s+(?!(?:hội|ủy|uỷ|đoàn|đội|lộ|lỵ)\b)(?=[{LOWER}])"
    # work pointed back at: "5 đề án nhánh nêu trên hoàn thành ..." is for whoever leads it
    r"|(?i:(?:\d+|các|những)\s+(?P<work>đề án|nhiệm vụ|nội dung|công việc|dự án)(?:\s+\w+)?"
    r"\s+(?:nêu trên|nói trên|kể trên|trên))\b"
)
# Bodies of a kind as a report goes on to what was asked of them: "... chỉ đạo các sở, Ban Quản
# lý Khu kinh tế tỉnh thực hiện ... Theo đó, các cơ quan nghiên cứu ..." (after a letter only
# sent to units, "Theo đó, các đơn vị ..." is a collective of its own).
BODIES_JUST_ASKED = re.compile(
    rf"\W*(?i:theo đó),?\s+(?P<bodies>(?i:các)\s+(?:cơ quan|đơn vị))(?=\s+[{LOWER}])"
    r"(?!\s+(?:liên quan|có liên quan|chức năng|chuyên môn|trực thuộc|thuộc|của|và|nhà nước"
    r"|hành chính|báo chí)\b)"
)
# A time pointed back at: "treo cờ trong các ngày lễ nêu trên" is due when that window ends.
TIME_POINTED_BACK = re.compile(
    r"\b(?:trong|vào)\s+(?:các|những)?\s*(?:ngày|thời gian)"
    r"(?:\s+(?:lễ|tết|nghỉ(?:\s+(?:lễ|tết))?))?"
    r"\s+(?:nêu trên|nói trên|kể trên|trên)\b"
    # the deadline just set, again: "Cũng với thời hạn trên, UBND các huyện ..."; not a sanction
    # once it has passed ("Quá thời hạn trên, nếu không hoàn thành ...")
    r"|\bcùng\s+(?:với\s+)?thời hạn\b"
    r"|(?<!quá )(?<!sau )(?<!hết )\bthời hạn\s+(?:như\s+)?(?:nêu trên|nói trên|kể trên|trên)\b",
    re.IGNORECASE,
)
# A duty on the days off ("bố trí trực vào ngày nghỉ", "trực trong những ngày nghỉ Tết"): due when
# the holiday stated before it ends; not "nếu trùng vào ngày nghỉ" nor a weekly day off.
HOLIDAY_DUTY = re.compile(
    r"\b(?:trực|truc)\b[^.;]{0,60}?\b(?:trong|vào|vao)\s+(?:các\s+|những\s+|cac\s+|nhung\s+)?"
    r"(?:ngày|ngay)\s+(?:nghỉ|nghi)(?:\s+(?:lễ|tết|le|tet))?\b(?!\s+(?:hằng|hàng|hang)\s+tu[aầ]n)",
    re.IGNORECASE,
)
# A sentence that states a holiday ("nghỉ Tết Dương lịch vào thứ Năm, ngày 1-1-2026").
HOLIDAY = re.compile(r"[^.\n]*\b(?:nghỉ|nghi)\b[^.\n]*", re.IGNORECASE)
# An assignment told as done ("UBND tỉnh đã chỉ đạo các sở ..."): not "đã được giao".
RETOLD = re.compile(r"(?<!\w)đã\s+(?!được\b)", re.IGNORECASE)
# What a subject has done or is doing: a report, not an instruction.
REPORTED = re.compile(r"\s*(?:đã|đang|vừa)\b", re.IGNORECASE)
# Where a subject acts from, between it and its verb: "Các sở, ngành theo chức năng, nhiệm vụ
# được giao triển khai ...", "Sở Y tế, trong phạm vi thẩm quyền, hướng dẫn ...", "các bộ theo
# nhiệm vụ được giao trong Quyết định này tổ chức ...".
BY_ITS_REMIT = re.compile(
    # the place the bodies of a kind are in may come first: "UBND các huyện, thành phố trong tỉnh"
    r"(?:\s+(?:trong|thuộc)\s+(?:tỉnh|huyện|thành phố|xã|phường)(?=\s*,?\s*(?:theo|căn cứ)\b))?"
    r"(?:\s*,?\s*(?:theo|căn cứ(?:\s+vào)?|trong phạm vi)\s+(?:chức năng|thẩm quyền|lĩnh vực"
    r"|(?:các\s+)?nhiệm vụ(?=\s+được giao|\s*,\s*quyền hạn))"
    r"(?:\s*(?:,|và)\s*(?:nhiệm vụ|quyền hạn|thẩm quyền))*"
    r"(?:\s+(?:được giao|quản lý|của mình|của đơn vị|phụ trách))?"
    r"(?:\s+(?:tại|trong)\s+(?:Quyết định|Kế hoạch|Chỉ thị|Nghị quyết|Chương trình|Thông báo"
    r"|Công văn|Phụ lục|văn bản)(?:\s+này|\s+số\s+[\w./\-]+)?)?\s*,?"
    # or the grounds it acts on, then the work: "UBND các huyện căn cứ Bộ tiêu chí và các hướng
    # dẫn của các Sở, ngành để chỉ đạo ..."
    r"|\s*,?\s*căn cứ(?:\s+vào)?\s[^.:()]{1,150}?\s(?:để|nhằm)(?=\s)"
    # or its heads, singled out: "Đảng uỷ các bộ, đặc biệt là người đứng đầu chịu trách nhiệm"
    r"|\s*,\s*(?:đặc biệt|nhất là|trước hết)(?:\s+là)?\s+(?:các\s+)?(?:người đứng đầu"
    r"|thủ trưởng|lãnh đạo)(?:\s+[^\s,;.:]+){0,4}?\s*,?(?=\s))",
    re.IGNORECASE,
)


# A collective narrowed to those late with their work: "UBND các xã, phường chưa gửi báo cáo nêu
# trên", and where a text lists them: "Còn 05 đơn vị chưa gửi báo cáo, gồm: ...".
_LATE = r"(?:chưa|không|chậm)\s+(?:gửi|nộp|báo cáo|hoàn thành|thực hiện)\b"
LATE_ONES = re.compile(rf"\s+{_LATE}", re.IGNORECASE)
LATE_LIST = re.compile(rf"\b{_LATE}[^.;:]{{0,60}}?(?:,\s*)?(?:gồm|là|như)?\s*:\s*", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.;](?=\s|$)|\n")
# The counts an anaphor may write in words, from two: "hai sở này", "ba đơn vị nêu trên".
COUNT_WORDS = ("hai", "ba", "bốn", "năm", "sáu")


def _pointed_kind(anaphor: re.Match[str]) -> str:
    """The kind of unit one anaphor points back at ("sở" in "sở này", "cục" in "Cục cần ..."),
    or ""."""
    return (anaphor.group("single") or anaphor.group("bare") or "").lower()


# Those a collective is drawn from, named before: "mỗi xã, thị trấn trong 6 xã, thị trấn vừa nêu".
AMONG_THOSE_NAMED = re.compile(
    r"\s+trong\s+(?:số\s+)?(?:\d{1,3}|các|những)\s+[^.;:()]{1,60}?\s+(?:vừa\s+nêu|nêu trên"
    r"|nói trên|kể trên|trên|này)\b",
    re.IGNORECASE,
)
# "các đơn vị trên", not "trên 344,5 triệu đồng" (over an amount)
POINTS_BACK = re.compile(r"\s+(?:(?:nêu|nói|kể)\s+)?(?:trên(?!\s+\d)|này|đó)\b", re.IGNORECASE)
# The next item of a sentence that enumerates units, each opening its item: "UBND 11 xã nộp lại
# 554 triệu đồng; Ban Quản lý dự án ... 344,5 triệu đồng; ...".
ENUMERATED_NEXT = re.compile(r"[^.;:\n]{1,80};\s*")
# Where a clause ends before an assignment verb: a comma, a colon, a bracket, a full stop, but not
# the dot of a level's abbreviation ("UBND TP. Vũng Tàu").
CLAUSE_BREAK = re.compile(
    r"[,:;(]|" + "".join(f"(?<!{a})" for a in sorted(LEVEL_ABBREVIATIONS)) + r"\.(?!\w)")
NOTE_NUMBERS = re.compile(r"nội dung\s+(?:số\s+)?((?:\d+\s*(?:,|và)?\s*)+)", re.IGNORECASE)
# "Số: 123/UBND"; and, on a header line of its own without the colon, a document's code as a
# Party committee numbers its texts: "Số 412-KL/TU" (not "công văn số 2221/UBND-TH" in a sentence,
# which may cite another text).
DOCUMENT_NUMBER = re.compile(
    r"(?i:\bSố\s*:\s*([0-9]+[A-Za-zĐđ0-9/\-]*))"
    r"|^[ \t*#]*Số[ \t]+([0-9]+[-/][A-ZĐ][A-Za-zĐđ0-9/\-]*)[ \t*]*$",
    re.MULTILINE,
)


RECENT = 800  # how far back an anaphor looks, in characters
RECENT_LEADS = 10  # how many of the units asked last an anaphor may point back at
NAME_REACH = 160  # how far a unit's name and its qualifiers may run, in characters
HEADING_LENGTH = 160  # longer first lines are paragraphs, not headings
# A label of a few words before a colon opening an item: "Trước 25/4:", "Chậm nhất ngày 10/6:".
SHORT_LABEL = re.compile(r"^\s*([^:\n]{4,30}):\s")
# A period alone as an item's label: "Tháng 01/2026", "Quý II năm 2026".
PERIOD_LABEL = re.compile(
    r"(?:tháng|quý)\s+[\dIVX]{1,4}(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})", re.IGNORECASE
)
# A deadline noun as the subject: "Thời hạn gửi báo cáo ...", "Hạn nộp hồ sơ ...", "Hạn chót ..."
# (not "hạn hán", "hạn chế", "hạn mức").
DEADLINE_NOUN = re.compile(
    r"[\W\d]*(?:thời hạn|hạn chót|hạn cuối|hạn\s+(?:nộp|gửi|đăng ký|báo cáo|hoàn thành|nhận)"
    r"|thoi han|han chot|han cuoi|han\s+(?:nop|gui|dang ky|bao cao|hoan thanh|nhan))(?!\w)",
    re.IGNORECASE,
)
# What the addressees send as the subject: "Ý kiến góp ý gửi về Sở ...", "Văn bản góp ý gửi về
# Phòng Nội vụ ...", "Báo cáo kết quả gửi qua Văn phòng ...", "Văn bản, số liệu tổng hợp, báo
# cáo đề nghị gửi về Bộ ..." (the deadline of the work before it); a report by its period, as a
# label: "Báo cáo 6 tháng: gửi trước ngày 10/6", "Báo cáo quý: gửi trước ngày 15 của tháng cuối
# quý".
SENT_DOCUMENT = re.compile(
    r"[\W\d]*(?:ý kiến|văn bản|báo cáo|hồ sơ|danh sách|đề xuất|y kien|van ban|bao cao|ho so"
    r"|danh sach|de xuat)(?:(?:,?\s+[^\W\d]+){0,8}?\s+(?:gửi|gui)\s+(?:về|đến|qua|ve|den)\b"
    r"|(?:\s+\w+){0,3}\s*:\s*(?:gửi|nộp|gui|nop)\s+(?:về|đến|qua|trước|chậm nhất|ve|den|truoc"
    r"|cham nhat)\b)",
    re.IGNORECASE,
)
# "thời gian quy định cho các cơ quan, đơn vị ... như sau:", "(1) Thời hạn đối với các sở:": the
# limits listed below are theirs.
TIME_LIMITS_FOR = re.compile(
    r"(?<!\w)(?:thời gian|thời hạn)(?:\s+(?:quy định|thực hiện|hoàn thành|báo cáo|gửi))*"
    r"\s+(?:cho|đối với|của)\s+",
    re.IGNORECASE,
)
# "hướng dẫn cho các thôn thực hiện ...": whom a lead-in sets the work for.
FOR_UNITS = re.compile(r"(?<!\w)cho\s+", re.IGNORECASE)
# A request right after the addressees of a document: "gửi Sở X, yêu cầu ...".
ASKS = re.compile(r"\s*,?\s*(?:yêu cầu|đề nghị)\s+", re.IGNORECASE)
# "Hạn nộp hồ sơ ... của các trường vào ngày D": who hands the work in, in the genitive.
DEADLINE_OWNER = re.compile(
    r"(?:nộp|gửi|đăng ký|báo cáo|hoàn thành|nhận)\s[^.;:]{0,150}?\bcủa\s+"
    # the doers right after the noun, their verb after them: "Hạn chót các đơn vị gửi hồ sơ",
    # "Ngày D: Hạn cuối các trường ...", "Ngày D là hạn cuối để các xã ..."
    r"|(?:^|:\s*|(?<!\w)là\s+)[\W\d]*(?:thời hạn|hạn chót|hạn cuối)\s+(?:để\s+|cho\s+)?"
    r"(?=(?:các|UBND|Sở|Phòng|Ban)\b)",
    re.IGNORECASE,
)
TIME_OF_DOERS = re.compile(
    r"[\W\d]*thời gian\s+(?=(?:các|UBND|Ủy ban|Sở|Phòng|Ban|Trưởng)\b)", re.IGNORECASE)
# A heading (or a table's section row) that addresses its items to units: "Đối với Ban Pháp chế",
# "Trách nhiệm của các sở, ban, ngành, UBND các xã".
ADDRESSED_HEADING = re.compile(
    r"^(?:đối với|về phía|(?:trách nhiệm|nhiệm vụ) của)\s+(?=\S)", re.IGNORECASE
)


@dataclass(frozen=True)
class Context:
    """What an item inherits from the headings above it."""

    leads: tuple[UnitMention, ...] = ()
    support: tuple[UnitMention, ...] = ()
    deadline: deadlines.Deadline | None = None
    in_report: bool = False
    noted: tuple[UnitMention, ...] = ()  # leads a note adds to the item's own
    asked: bool = False  # the leads are those the lead-in asks to do the items below it


@dataclass
class Clause:
    text: str
    leads: list[UnitMention] = field(default_factory=list)
    support: list[UnitMention] = field(default_factory=list)
    deadlines: list[deadlines.Deadline] = field(default_factory=list)
    recurrences: list[deadlines.Recurrence] = field(default_factory=list)
    anaphor: re.Match[str] | None = None  # the leads are those it points back at
    reported: bool = False  # an earlier direction retold: "UBND tỉnh đã chỉ đạo X ..."
    courtesy: bool = False  # the letter's closing words: no one's work, not even its item's


# "phối hợp (chặt chẽ) với": who supports, named after it
COORDINATES_WITH = r"phối hợp(?:\s+(?:chặt chẽ|đồng bộ|nhịp nhàng))?(?:\s+(?:với|cùng))?"
SUPPORT_OPENER = re.compile(rf"\b{COORDINATES_WITH}\s+", re.IGNORECASE)


# The exception a clause makes of its subject: "Riêng xã Tịnh Khê", "riêng đối với đặc khu".
_EXCEPTION = r"riêng\s+(?:đối với\s+)?"
EXCEPTION_MADE = re.compile(rf"\W*{_EXCEPTION}", re.IGNORECASE)
# A level or a collective that opens a duty of its own after a ";", in lower case: "cấp phường,
# xã phải hoàn thành ... trước ngày D; cấp quận, huyện phải hoàn thành ... trước ngày E".
LOWER_CASE_DOER = re.compile(
    # the exception made of one doer: "...; riêng Trường Tiểu học Kim Đồng hoàn thành trước ..."
    rf"\s*{_EXCEPTION}(?=(?-i:[A-ZĐ])|các\s)|"
    r"\s*(?:cấp\s+(?:tỉnh|huyện|quận|thị xã|thành phố|xã|phường|cơ sở)|các\s+(?:sở|ngành|huyện"
    r"|quận|xã|phường|đơn vị|địa phương|cơ quan|phòng|ban|trường|thôn|tổ dân phố))"
    r"(?:[\s,]+[^\s;.]+){0,4}?\s+(?:phải|cần|có trách nhiệm"
    # their own work with its own time: "...; các phòng chuyên môn gửi báo cáo ... trước ngày D"
    r"|(?:gửi|hoàn thành|báo cáo|tổ chức|triển khai|rà soát|tham mưu)(?=[^;]*\d))\s"
    # bodies of a kind named with a capital, with a duty of their own in a list of duties: "UBND
    # tỉnh rà soát ...; các Tổ đại biểu lựa chọn ...; các Ban HĐND thẩm tra ..."
    r"|\s*các\s+(?-i:[A-ZĐ])[^\s;.,]*(?:\s+[^\s;.,]+){0,4}?\s+(?:phải|cần|có trách nhiệm|chủ trì"
    r"|thẩm tra|lựa chọn|rà soát|chuẩn bị|tham mưu|tổ chức|triển khai|xây dựng|báo cáo|hoàn thành"
    r"|kiểm tra|tăng cường|tuyên truyền|theo dõi|giám sát|chỉ đạo|hướng dẫn|thực hiện|đôn đốc)\s"
    # a level's own time after another's: "Cấp xã hoàn thành trước ngày D; cấp huyện hoàn thành"
    r"|\s*cấp\s+(?:tỉnh|huyện|xã|cơ sở)\s+(?:hoàn thành|thực hiện|tổ chức|báo cáo)\s"
    # "...; giao cho UBND thành phố ...": an assignment to a unit named in capitals or a plural,
    # the issuer's linking word before it ("...; đồng thời đề nghị Sở Xây dựng ...")
    r"|\s*(?:(?:đồng thời|ngoài ra)\s*,?\s*)?(?:cũng\s+)?(?:giao|yêu cầu|đề nghị|phân công)"
    r"(?:\s+cho)?\s+(?:các\s|(?-i:[A-ZĐ]))"
)


# A condition, to its "thì": "nếu đến ngày 30/6/2026 vẫn không giải ngân được thì Sở Tài chính
# tham mưu ..."; its day is when the condition is judged, no deadline.
CONDITION_THEN = re.compile(
    r"(?<!\w)(?:nếu|trường hợp)\s[^.;:()]{0,200}?\sthì(?!\w)", re.IGNORECASE)
# The doer after a condition, or after a clause's bare connective: "đồng thời Sở Nội vụ ...";
# after a ";" it opens an obligation of its own.
CONDITION_OR_CONNECTIVE = re.compile(
    rf"(?:{CONDITION_THEN.pattern}|(?:đồng thời|sau đó|tiếp đó),?)\s+(?=(?-i:[{UPPER}]))",
    re.IGNORECASE)


def _opens_clause(rest: str) -> bool:
    """Whether the text after a ";" or "." starts a new obligation: a capital, an "(n)", a
    level or collective with a duty of its own, or an assignment to a unit."""
    stripped = rest.lstrip()
    return bool(stripped) and (
        stripped[0].isupper() or bool(re.match(r"\((?:\d{1,2}|[ivx]{1,4})\)", stripped))
        or bool(LOWER_CASE_DOER.match(rest)) or bool(CONDITION_OR_CONNECTIVE.match(stripped))
    )


# A piece after a ";" that only completes the lead's duty: its supporters or its time ("Sở Y tế
# chủ trì; Sở Tài chính phối hợp (thực hiện); thời gian hoàn thành: 20/12/2025"), or a sentence
# that only times the item's work ("... tham mưu thành lập các tiểu ban. Hoàn thành trước ngày D").
PART_OF_THE_LEADS = re.compile(
    r"^(?=\S)(?:[^;:.]{3,80}?\s(?:cùng\s+)?phối hợp(?:\s+(?:thực hiện|triển khai))?"
    r"\s*(?:[;.]\s*|$))?"
    rf"(?:{TIME_LABEL}[^;]*"
    r"|(?:hoàn thành|xong)\s+(?:trước|chậm nhất|trong)\b[^;]*)?[\s;.]*$",
    re.IGNORECASE,
)


def _names_only(piece: str, resolver: UnitResolver | None = None) -> bool:
    """Whether what stands before a ";" is a few names with no verb: a list of doers going on.
    With a resolver, collectives count too ("Các bộ, cơ quan ngang bộ; UBND các tỉnh ...")."""
    if _assigned_names(piece, resolver):
        return True
    if resolver is not None and all(
        _collectives_only(part.strip(), resolver) for part in piece.rstrip("; ").split(";")
    ):
        return True  # doers listed from the clause's start
    piece = piece.rstrip("; ").rsplit(";", 1)[-1]
    words = piece.split()
    # names are capitalised words, each with at most two lower-case syllables after it
    lower_runs = re.findall(rf"(?:(?<=\s)[{LOWER}]\S*\s*){{3,}}", f" {piece} ")
    return 0 < len(words) <= 10 and not lower_runs and not DOER_VERB.search(
        f" {piece.lower()} ") and not re.search(r"\d", piece)


# A field's label before the units it concerns: "Thời gian lấy ý kiến bắt đầu từ ngày 06/5 đến
# ngày 30/5/2025: Các sở, ban, ngành tỉnh; UBND các huyện; ... tổ chức lấy ý kiến".
LABELLED = re.compile(r"[^:;.]{3,100}:\s*(?=\S)")


# A body's decision, in lower case as a verb is written, which ends a heading of units as a
# sentence: "Thường trực HĐND xã nhất trí:", "Ban Thường vụ Đảng ủy phường thống nhất:".
DECIDES = re.compile(r"\s(?:thống nhất|nhất trí|quyết định|đồng ý|kết luận)\b")
# The work handed out after a line of units ending with its verb: "Chủ tịch UBND tỉnh giao:",
# "UBND xã chỉ đạo:" (not "Ban chỉ đạo huyện:", a unit).
HANDS_OUT = re.compile(r"\s(?:giao|phân công|(?<!ban\s)chỉ đạo)\s*:$")


def _collectives_only(part: str, resolver: UnitResolver) -> bool:
    """Whether ``part`` is units and nothing else once the adverbials fronted before them and
    their heads' titles are cut ("Định kỳ trước ngày 20 hàng tháng, chính quyền cấp huyện; ...")."""
    fronted = FRONTED.match(part) or LABELLED.match(part)
    names = part[fronted.end() :] if fronted else part
    names = names[_strip_titles(names) :]
    return bool(names) and not DOER_VERB.search(f" {names.lower()} ") and not (
        DECIDES.search(names)) and resolver.names_units(names)


def _assigned_names(piece: str, resolver: UnitResolver | None = None) -> bool:
    """ "Giao các sở, ngành tỉnh; UBND các huyện, thành phố; ..." before the work they share:
    units listed with ";" after one assignment verb, each with no verb of its own (in lower
    case: "Sở Xây dựng" names a unit)."""
    piece = piece.strip().rstrip(";")
    opened = ASSIGN_VERB.match(piece) or _assigning_after_its_subject(piece)
    return bool(opened) and all(
        name.strip() and not DOER_VERB.search(f" {name} ") and not re.search(r"\d", name) and (
            len(name.split()) <= 10
            or (resolver is not None and resolver.names_units(name.strip()))  # a long name
        )
        for name in piece[opened.end() :].split(";")
    )


# A body giving work by name: "Chủ tịch UBND thành phố giao", "Bộ Văn hóa, ... đề nghị".
ISSUER_GIVES = re.compile(
    r"(?:(?:(?:Phó\s+)?Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân)(?:\s+(?:tỉnh|thành phố|huyện|xã"
    r"|phường|TP))?(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3}"
    # a ministry, an agency or a department asking by name: "Bộ Văn hóa, Thể thao và Du lịch đề
    # nghị", "Cục An toàn thực phẩm đề nghị"
    # (and by a letter it sends: "Sở Văn hóa - Thể thao và Du lịch có văn bản đề nghị")
    r"|(?:Bộ|Sở|Cục|Tổng cục)\s+[A-ZĐ][^\W\d_]*"
    r"(?:(?:,\s*|\s+và\s+|\s+[-–]\s+|\s+)[A-ZĐ]?[^\W\d_]*){0,7}?"
    r"(?:\s+có\s+(?:văn bản|công văn))?)"
    r"\s+(?P<verb>giao|đề nghị|yêu cầu)\b"
)


def _assigning_after_its_subject(piece: str) -> re.Match[str] | None:
    """ "giao" after the committee that gives the work, or a request by a ministry or department,
    in the last sentence of ``piece``: "Tại Công văn số 1188, Chủ tịch UBND thành phố giao Sở Nội
    vụ; Ban Quản lý ...; ... có văn bản", "Bộ Văn hóa, Thể thao và Du lịch đề nghị các bộ, ngành;
    UBND các tỉnh ... chỉ đạo"."""
    givers = list(ISSUER_GIVES.finditer(piece))
    return ASSIGN_VERB.match(piece, givers[-1].start("verb")) if givers else None


LEAD_ROLE_ENDS = re.compile(r"\bchủ trì\s*$", re.IGNORECASE)


def _support_listed(piece: str) -> bool:
    """Whether a "phối hợp (với) ..." list is still going on at the end of ``piece``: "X chủ trì,
    phối hợp các Sở: A, B; Ban C; UBND các huyện ... báo cáo" lists support with ";", no
    verb between "phối hợp" and the ";"."""
    support = list(SUPPORT_OPENER.finditer(piece))
    return bool(support) and not DOER_VERB.search(f" {piece[support[-1].end() :]} ")


# "TP." written with its dot before the city's name, after the body it names the city of.
# "UBND TP. Cần Thơ", "giao TP. Quy Nhơn", "Sở Y tế TP. Hồ Chí Minh": the city a body or a
# request names; not one more place a list goes on with ("..., Quảng Ngãi và TP. Đà Nẵng").
CITY_ABBREVIATED = re.compile(r"(?<![,;:])(?<!\svà)\s+T[Pp]$")
# Capitalised words that open an office's name or a sentence, never a city's name.
NOT_A_CITY = frozenset({"Phòng", "Sở", "Ban", "Các", "Giao", "Yêu", "Đề", "Đồng", "Chủ", "Trung",
                        "Văn", "Công", "Theo", "Trong", "Ngày", "Ủy", "UBND"})


def _city_name_at(text: str, at: int) -> bool:
    """Whether a city's name, two capitalised syllables, follows ``at``: "TP. Cần Thơ"."""
    words = text[at : at + 40].split()[:2]
    return len(words) == 2 and words[0] not in NOT_A_CITY and all(w[:1].isupper() for w in words)


def _unit_opens_after_announcing(text: str, colon: int, resolver: UnitResolver | None) -> bool:
    """Whether the colon at ``colon`` ends a lead-in that announces items ("... các nội dung
    sau:") and a unit opens the sentence after it ("Sở Công Thương chủ trì ...")."""
    announced = ANNOUNCEMENT.search(text, max(0, colon - 30), colon + 1)
    if resolver is None or announced is None or announced[1].lower().endswith("gồm"):
        return False  # "... bao gồm: Tập đoàn, Tổng công ty, ...": members listed, not items
    after = text[colon + 1 : colon + 100]
    found = resolver.scan(after.lstrip())
    return bool(found) and found[0].start == 0


def split_clauses(text: str, resolver: UnitResolver | None = None) -> list[str]:
    """Clauses of an item, split where a new obligation opens, never inside brackets.

    "...khu trung tâm; thẩm định ... trước ngày 15/7" is one obligation: a clause that goes
    on in lower case after ";" continues the one before it.
    """
    clauses: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in ";.…" or (ch == ":" and _unit_opens_after_announcing(
                text, i, resolver))) and _opens_clause(text[i + 1 : i + 60]):
            if ch == "." and not text[i + 1 : i + 2].isspace():
                continue
            if ch == "." and CITY_ABBREVIATED.search(text, max(0, i - 40), i) and (
                _city_name_at(text, i + 1)
            ):
                continue  # "Chủ tịch UBND TP. Cần Thơ yêu cầu": the city's name goes on
            if ch == "…" and (text[i - 1 : i] == "," or not text[i + 1 : i + 2].isspace()):
                continue  # ",…các cơ quan": an "and so on", not the quotation's cut
            # only doers that open a sentence go on to its verb; after a ";" they may be
            # addressees ("gửi Phòng A; Hiệu trưởng các trường; ...")
            opens = start == 0 or text[start - 1] != ";"
            if ch == ";" and (_names_only(text[start:i], resolver if opens else None)
                              or _support_listed(text[start:i])
                              or LEAD_ROLE_ENDS.search(text, start, i)):
                # "Bộ Công an; Thông tấn xã Việt Nam; ... báo cáo": one list of doers; "Sở Y tế
                # chủ trì; Sở Tài chính phối hợp xây dựng ...": the lead's work comes after
                continue
            clauses.append(text[start : i + 1])
            start = i + 1
    clauses.append(text[start:])
    return [c.strip() for c in clauses if re.search(r"\w", c)]


def split_obligations(text: str, resolver: UnitResolver | None = None) -> list[str]:
    """``split_clauses``, with a recurring duty cut out of the clause it is written in.

    "... tồn đọng; thứ 6 hằng tuần báo cáo nhanh ..." holds two duties: the weekly report and
    the rest, which keeps the inherited deadline.
    """
    parts: list[str] = []
    clauses = split_clauses(text, resolver)
    for clause, opens in ((part, not k or not clauses[k - 1].endswith(";"))
                          for k, whole in enumerate(clauses) for part in _purpose_doers(whole)):
        if parts and PART_OF_THE_LEADS.match(clause):
            parts[-1] = f"{parts[-1]} {clause}"  # the supporters or the time of the duty before
            continue
        pieces: list[str] = []
        for piece in (p.strip() for p in re.split(r"(?<=;)", clause) if re.search(r"\w", p)):
            if pieces and _names_only(pieces[-1], resolver if opens else None):
                pieces[-1] = f"{pieces[-1]} {piece}"  # doers listed before their duty
            else:
                pieces.append(piece)
        if sum(bool(SCHEDULE_ENTRY_DOERS.fullmatch(p)) for p in pieces) > 1:
            parts.extend(pieces)  # a schedule's entries, each its day and its doers
        elif len(pieces) > 1 and any(deadlines.find_recurrences(p) for p in pieces):
            merged: list[str] = []
            for piece in pieces:
                recurring = bool(deadlines.find_recurrences(piece))
                if merged and not recurring and not deadlines.find_recurrences(merged[-1]):
                    merged[-1] = f"{merged[-1]} {piece}"
                else:
                    merged.append(piece)
            parts.extend(merged)
        else:
            parts.append(clause)
    return parts


def _purpose_doers(clause: str) -> list[str]:
    """A clause cut where a purpose or a contrast names the next doer and gives it its own
    deadline; the tail drops "để", which would make its deadline a purpose's. A purpose with no
    doer after a dated sending is the receiver's: "Các đơn vị gửi báo cáo về Phòng X trước ngày
    D1 để tổng hợp, báo cáo UBND tỉnh trước ngày D2" gives D2 to Phòng X, not to the senders."""
    parts: list[str] = []
    start = 0
    for match in PURPOSE_DOER.finditer(clause):
        tail = clause[match.end() :]
        contrast = match.group().startswith(",")  # the head needs no deadline of its own
        if ISSUER_ALONE.match(clause, match.end()) and not NAMED_RECEIVER.search(
                clause, start, match.start()):
            continue  # "... về Sở trước ngày D1 để Sở tổng hợp ...": the issuer's, below
        # a second request is an obligation of its own, dated or not
        if match["request"] or (deadlines.find_deadlines(tail, None) and (
            contrast or deadlines.find_deadlines(clause[start : match.start()], None)
        )):
            parts.append(clause[start : match.start()].rstrip(" ,;"))
            start = match.end()
    head = clause[start:]
    if (compiled := RECEIVER_COMPILES.search(head)) and deadlines.find_deadlines(
            head[compiled.end() :], None) and deadlines.find_deadlines(
            head[: compiled.end()], None):
        sending = head[: compiled.end()].removesuffix("để ").rstrip(" ,;")
        return [*parts, sending, f"{compiled['receiver']} {head[compiled.end() :]}"]
    if (compiles := ISSUER_COMPILES.search(head)) and deadlines.find_deadlines(
            head[compiles.end() :], None) and deadlines.find_deadlines(
            head[: compiles.start()], None) and not NAMED_RECEIVER.search(
            head, 0, compiles.start()):
        # "Giao Phòng Kinh tế báo cáo kết quả (về Sở) trước ngày D1 để tổng hợp, báo cáo UBND
        # tỉnh trước ngày D2": with no receiver named, D2 is the issuer's own
        return [*parts, head[: compiles.start()].rstrip(" ,;")]
    return [*parts, head]


# A bracketed aside after a name ("Văn phòng UBND tỉnh (Trung tâm ...)"), or a paragraph wholly
# in brackets ("(Có đề cương chi tiết gửi kèm)").
ASIDE = re.compile(r"\s*\([^()]{1,120}\)")
# A unit's part said in brackets after its name: "(chủ trì)", "(cơ quan phối hợp)".
ROLE_ASIDE = re.compile(r"\s*\(\s*(?:(?:cơ quan|đơn vị)\s+)?(chủ trì|phối hợp)\s*\)", re.IGNORECASE)


def _role_after(text: str, mention: UnitMention) -> str | None:
    """ "chủ trì" or "phối hợp" when a bracket right after the unit's name says its part."""
    role = ROLE_ASIDE.match(text, mention.end)
    return role.group(1).lower() if role else None


# A second verb of asking inside one list of addressees: "yêu cầu các sở, ngành, UBND các quận,
# huyện và đề nghị Ủy ban MTTQ Việt Nam thành phố cùng các hội, đoàn thể ... tổ chức ...".
ASKED_TOO = re.compile(r"\s*(?:,\s*|\s+và\s+)(?:đề nghị|yêu cầu)\s+", re.IGNORECASE)


# A person's seat on a committee, then the post they hold: "(Đồng chí Lê Thị Hoa,) Ủy viên BTV,
# Chủ nhiệm UBKT Đảng ủy xã". The seat is no unit there; "các đồng chí Ủy viên Ban Thường vụ"
# alone are the members.
SEAT_THEN_POST = re.compile(rf"\s*,\s*{_TITLE}", re.IGNORECASE)
PLURAL_BEFORE = re.compile(r"\bcác\s+(?:đồng chí\s+)?$", re.IGNORECASE)


def _is_a_seat(text: str, mention: UnitMention) -> bool:
    """Whether a committee's members named once stand for one person's seat before a post."""
    return mention.entry is not None and mention.entry.kind == "members" and bool(
        SEAT_THEN_POST.match(text, mention.end)) and not PLURAL_BEFORE.search(
        text, 0, mention.start)


def _run_of_mentions(text: str, offset: int, mentions: list[UnitMention]) -> list[UnitMention]:
    """The mentions that stand at ``offset`` and right after it, joined by , ; và cùng."""
    run: list[UnitMention] = []
    position = resume = offset
    seated = False
    for mention in mentions:
        # The first mention may start before offset when it holds the title cut from it:
        # "lãnh đạo các sở, ban, ngành" is one collective.
        if mention.start < position and (run or mention.end <= position):
            continue
        if run and mention.start < resume:
            continue  # named inside a member's aside
        gap = text[resume : mention.start]
        # "Đảng ủy xã lãnh đạo UBND xã ...": with no comma or "và" before it, "lãnh đạo" is the
        # verb of the unit before, not the title of one more
        allowed = r"\s*" if not (run or seated) else (
            rf"\s*(?:(?:,|;|và|cùng|với)\s*(?:đồng chí\s+)?{_TITLE}?"
            rf"|(?:đồng chí\s+)?(?!lãnh đạo\s){_TITLE}?)")
        if not re.fullmatch(allowed, gap, re.IGNORECASE) and not (run and ASKED_TOO.fullmatch(gap)):
            break
        role = _role_after(text, mention)
        if role == "phối hợp":
            break  # "..., Công an xã (phối hợp)": a supporter, not one more lead
        if _is_a_seat(text, mention):
            resume = position = mention.end
            seated = True
            continue  # "Ủy viên BTV, Chủ nhiệm UBKT Đảng ủy xã": the post's unit goes on the run
        run.append(mention)
        position = mention.end
        if role:
            break  # "Phòng Kinh tế (chủ trì), Công an xã (phối hợp)": the lead ends the run
        # "Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh), Công an tỉnh": a
        # member's bracketed aside, and whatever it names, is passed over
        aside = ASIDE.match(text, position)
        resume = aside.end() if aside else position
    return run


_BARE_LEVELS = re.compile(rf"^Các (?:{LEVEL_PATTERN})\b")


# A collective that announces its members after a colon: "các cơ quan: Sở A, Sở B", "Các đơn
# vị sau đây báo cáo trước ngày D: Sở A, Sở B".
MEMBERS_FOLLOW = re.compile(r"\s*:\s*|\s+(?:sau đây|sau|dưới đây)\b[^:.;]{0,80}:\s*"
                            # "các cơ quan chức năng như Công an phường, Phòng Kinh tế, ..."
                            r"|\s*,?\s+(?:như|gồm|bao gồm)\s*:?\s+", re.IGNORECASE)


def _members_listed(
    text: str, run: list[UnitMention], mentions: list[UnitMention]
) -> list[UnitMention]:
    """The units a lone collective lists after its colon, where it does; else the run."""
    colon = MEMBERS_FOLLOW.match(text, run[-1].end) if len(run) == 1 and run[0].collective else None
    members = _run_of_mentions(text, colon.end(), mentions) if colon else []
    if colon and not members and (
        first := _unknown_at(text, colon.end(), mentions, _name_before_role)
    ):
        # offices the catalogue does not hold: "các đơn vị: Trung tâm Văn hóa huyện, ..."
        members = _with_unknown_members(text, first, mentions, _name_before_role)
    return members if members and not any(m.collective for m in members) else run


def _unknown_at(
    text: str, start: int, mentions: list[UnitMention],
    name_of: Callable[[str], str | None] | None = None,
) -> list[UnitMention]:
    """Units the catalogue does not know, by head word and name (``name_of``, else the proper
    name), at ``start``: one, or several joined by "và" ("Trung tâm A và Thư viện B"); they end
    where a known unit begins ("Bệnh viện A và Sở Tài chính")."""
    name = (name_of or _proper_name)(text[start:]) or ""
    # a known unit right after the name's words, with no mark between, is whose office it is:
    # "Xí nghiệp Dịch vụ Điện lực Nghệ An"
    inside = [m.start for m in mentions if start < m.start < start + len(name) and (
        LISTED_BEFORE.search(text, start, m.start) or not m.surface[:1].isupper())]
    if inside:
        name = re.sub(r"[\s,]*(?:và)?\s*$", "", text[start : min(inside)])
    return _named_offices(name, start) if name else []


LEVEL_OF_UNKNOWN = re.compile(r"\s+cấp\s+(?:tỉnh|huyện|xã|cơ sở)\b")
LISTED_BEFORE = re.compile(r"(?:[,;]|\svà)\s*$")
# Handing a thing to someone, not work: "giao cho" after a comma in a unit's own clause.
HANDS_OVER = re.compile(r"giao\s+cho$", re.IGNORECASE)


def _with_unknown_members(
    text: str, run: list[UnitMention], mentions: list[UnitMention],
    name_of: Callable[[str], str | None] | None = None,
) -> list[UnitMention]:
    """A list of units going on with ones the catalogue does not know, by head word and proper
    name: "đề nghị Đảng bộ xã A, Chi bộ Trường THPT B chuẩn bị ..."."""
    while True:
        gap = re.match(r"\s*(?:,|và)\s*", text[run[-1].end :])
        if gap is None:
            return run
        start = run[-1].end + gap.end()
        known = _run_of_mentions(text, start, mentions)
        if known:  # after a commune named alone: "giao phường A và Ban Quản lý dự án ..."
            run = [*run, *known]
            continue
        place = BARE_PLACE.match(text, start)
        if place and _address_of(run[-1].territory, place.group()):
            # "UBND xã Yết Kiêu, huyện Gia Lộc": where the commune lies, no unit of its own
            run = [*run[:-1], replace(run[-1], surface=text[run[-1].start : place.end()],
                                      end=place.end())]
            continue
        if place:  # a place named alone in the list stands for its government, as written
            name = place.group()
            run = [*run, UnitMention(name[0].upper() + name[1:], name, start, place.end(), True)]
            continue
        unknown = _unknown_at(text, start, mentions, name_of)
        if not unknown:
            return run
        if level := LEVEL_OF_UNKNOWN.match(text, unknown[-1].end):
            # "đoàn kiểm tra liên ngành cấp tỉnh và UBND các huyện": its level is its name's
            last = unknown[-1]
            unknown[-1] = replace(last, name=f"{last.name}{level.group()}",
                                  surface=text[last.start : level.end()], end=level.end())
        run = [*run, *unknown]
        more = re.match(r"\s*(?:,|và)\s*", text[run[-1].end :])
        if more:
            run += _run_of_mentions(text, run[-1].end + more.end(), mentions)


# The levels of places, the lower first: a higher one named after a unit's place is its address.
PLACE_RANKS = (("xã", "phường", "thị trấn", "đặc khu"), ("huyện", "quận", "thị xã"), ("tỉnh",))


def _place_rank(place: str) -> int | None:
    """The level of a place by its kind's word: 0 for "xã A", 1 for "huyện B", 2 for "tỉnh C"."""
    word = place.lower()
    return next((rank for rank, kinds in enumerate(PLACE_RANKS)
                 if any(word.startswith(f"{kind} ") for kind in kinds)), None)


def _address_of(territory: str, place: str) -> bool:
    """Whether ``place`` after a unit of ``territory`` is where that territory lies: "huyện Gia
    Lộc" after "xã Yết Kiêu", "tỉnh Hải Dương" after "huyện Gia Lộc"; not a peer ("xã B")."""
    own, other = _place_rank(territory), _place_rank(place)
    return own is not None and other is not None and other > own and any(
        c.isupper() for c in territory)


def _distribute_head(run: list[UnitMention]) -> list[UnitMention]:
    """A plural after a body shares its head: "UBND thành phố và các huyện" is UBND thành phố
    and UBND các huyện; "UBND các địa phương" and "các ban HĐND phường" are one collective each.
    """
    out: list[UnitMention] = []
    for mention in run:
        before = out[-1] if out else None
        if (
            before is not None and before.collective and before.entry is None
            and mention.entry is not None and mention.entry.kind == "body"
            and mention.start - before.end <= 1
        ):
            # "các ban HĐND phường": the collective belongs to the body named after it, and a
            # body listed before it shares its place ("thường trực HĐND, các ban HĐND phường")
            out[-1] = replace(before, name=f"{before.name} {mention.name}", end=mention.end)
            first = out[-2] if len(out) > 1 else None
            if (
                first is not None and mention.territory and not first.territory
                and first.entry is not None and first.entry.kind == "body"
                and not first.entry.named and first.end <= before.start
            ):
                out[-2] = replace(first, name=f"{first.name} {mention.territory}",
                                  territory=mention.territory)
            continue
        if before is None or before.entry is None or before.entry.kind != "body":
            out.append(mention)
            continue
        plural = f"{mention.name[0].lower()}{mention.name[1:]}"
        if before.name == before.entry.name and mention.collective and (
            mention.start - before.end <= 1
        ):
            out[-1] = replace(before, name=f"{before.name} {plural}", end=mention.end,
                              collective=True)
        elif _BARE_LEVELS.match(mention.name):
            out.append(replace(mention, name=f"{before.entry.name} {plural}"))
        else:
            out.append(mention)
    return out


@dataclass(frozen=True)
class TableRow:
    """A row of a task table as the reader renders it:
    "N. nội dung ‖ Chủ trì: A; B ‖ Phối hợp: C ‖ Thời hạn: T"."""

    content: str
    lead: str = ""
    support: str = ""
    time: str = ""


ROW_FIELD = re.compile(r"\s*‖\s*(Chủ trì|Phối hợp|Thời hạn)\s*:\s*")
ROW_FIELDS = {"Chủ trì": "lead", "Phối hợp": "support", "Thời hạn": "time"}
# A time cell that names no date on purpose.
NO_DATE = re.compile(r"\b(thường xuyên|liên tục|kịp thời|khi có yêu cầu|hằng năm)\b", re.I)
# A time cell's hedge before its date: "Dự kiến tháng 5/2022", "Khoảng tháng 9/2025".
TIME_HEDGE = re.compile(r"^(?:dự kiến|khoảng|tiến độ)\s*(?:vào\s+)?:?\s*", re.IGNORECASE)
# The part of a day, or the occasion, a time cell dates by its day: "Tối 16/02/2026", "Đêm Giao
# thừa (16/02/2026)": the day itself.
DAY_OF_A_CELL = re.compile(
    r"^(?:(?:sáng|trưa|chiều|tối|đêm)(?:\s+ngày)?|[^\W\d][^()\d]{0,40}\()\s*"
    r"(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)\s*\)?$",
    re.IGNORECASE,
)
# A span of days in a time cell: "01/12 - 05/12", "01 - 05/12/2026": the work is due at its end.
DAY_RANGE = re.compile(
    r"^(?:từ\s+)?(?:ngày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?\s*(?:[-–]|đến)\s*"
    r"(?:ngày\s+)?(\d{1,2}\s*[/.]\s*\d{1,2}(?:\s*[/.]\s*\d{4})?)$",
    re.IGNORECASE,
)
# A span of months or quarters of one year in a time cell: "Tháng 9 - 10/2025", "Quý III,
# IV/2025", "Từ tháng 9 đến tháng 12/2025": the work is due at the end of the last.
PERIOD_RANGE = re.compile(
    r"\b(?:từ\s+)?(tháng|quý)\s+[\dIVX]{1,4}\s*(?:[-–,]|đến)\s*(?:(?:tháng|quý)\s+)?"
    r"([\dIVX]{1,4}\s*/)",
    re.IGNORECASE,
)
# Two months or quarters "và" one year: two deadlines ("Tháng 6 và tháng 12/2025").
PERIOD_PAIR = re.compile(
    r"\b(tháng|quý)\s+([\dIVX]{1,4})\s+và\s+(?:(?:tháng|quý)\s+)?([\dIVX]{1,4})\s*/\s*(\d{4})",
    re.IGNORECASE,
)


# The parts of a time cell that each may set a date: "Trước 15/6/2025 và 15/12/2025".
TIME_PARTS = re.compile(r"\s*(?:;|\bvà\b)\s*", re.IGNORECASE)


# Months listed apart with one year: "Tháng 3, 6, 9, 12/2026", "Tháng 6, 12" (months in a row,
# "Tháng 11, 12/2025", are one span).
MONTH_LIST = re.compile(r"\b(tháng)\s+(\d{1,2}(?:\s*,\s*\d{1,2})+)(?:\s*(?:/|năm)\s*(\d{4}))?",
                        re.IGNORECASE)
# A stage's label before its time: "Đợt 1: tháng 4/2026; Đợt 2: tháng 9/2026".
STAGE_LABEL = re.compile(r"(?:^|(?<=;))\s*(?:đợt|lần|giai đoạn|bước)\s+\d{1,2}\s*:\s*",
                         re.IGNORECASE)
# A month or a quarter by its letter: "T5/2026", "Q2/2026".
ABBREVIATED_PERIOD = re.compile(
    r"\b(?:(?P<month>T)(?=\d{1,2}/)|(?P<quarter>Q)(?=(?:[1-4]|IV|I{1,3})/))"
)


# A part of a month as a time cell gives it, and the day that part ends on: "Giữa tháng 5/2026",
# "Tuần đầu tháng 4", "Thượng tuần tháng 6" (the first ten days).
MONTH_PART = re.compile(
    r"\b(?P<part>tuần đầu|đầu|thượng tuần|giữa|trung tuần)\s+tháng\s+(?P<month>\d{1,2})"
    r"(?P<year>\s*(?:/|năm)\s*\d{4})?",
    re.IGNORECASE,
)
MONTH_PART_END = {"tuần đầu": 7, "đầu": 10, "thượng tuần": 10, "giữa": 15, "trung tuần": 20}


def _day_ending_the_part(match: re.Match[str]) -> str:
    year = re.sub(r"\D", "", match["year"] or "")
    day = MONTH_PART_END[match["part"].lower()]
    return f"ngày {day}/{match['month']}" + (f"/{year}" if year else "")


def _listed_months(match: re.Match[str]) -> str:
    months = [int(month) for month in re.findall(r"\d{1,2}", match.group(2))]
    if all(later == month + 1 for month, later in pairwise(months)):
        return match.group()  # a span, ended by its last month
    year = f"/{match.group(3)}" if match.group(3) else ""
    return "; ".join(f"{match.group(1)} {month}{year}" for month in months)


def time_cell(text: str) -> str:
    """A table's time cell in the words of a deadline: its hedge and its stages' labels cut,
    a part of a month to the day it ends on, a span to its end, months listed apart and a
    pair of periods each with its year."""
    text = ABBREVIATED_PERIOD.sub(lambda m: "tháng " if m["month"] else "quý ", text.strip())
    text = DAY_RANGE.sub(r"đến ngày \1", DAY_OF_A_CELL.sub(r"ngày \1", text))
    text = MONTH_PART.sub(_day_ending_the_part, text)
    text = STAGE_LABEL.sub(" ", MONTH_LIST.sub(_listed_months, text)).strip()
    text = PERIOD_RANGE.sub(r"\1 \2", TIME_HEDGE.sub("", text))
    return PERIOD_PAIR.sub(r"\1 \2/\4 và \1 \3/\4", text)


# A schedule's entry that is a meeting, a visit or a ceremony held: "Giao ban lãnh đạo UBND xã",
# "Tiếp công dân định kỳ", "Dự Lễ kỷ niệm ...".
AGENDA_ROW = re.compile(
    r"\W*(?:giao ban|họp|dự|tham dự|làm việc|tiếp|hội nghị|hội thảo|kỳ họp|phiên họp|lễ|gặp mặt"
    r"|thăm|đi công tác|trực)\b",
    re.IGNORECASE,
)


def table_row(text: str) -> TableRow | None:
    """The cells of a rendered table row, or None for any other item."""
    if "‖" not in text:
        return None
    parts = ROW_FIELD.split(text)
    cells = {ROW_FIELDS[name]: value.strip(" ;.") for name, value in zip(
        parts[1::2], parts[2::2], strict=True)}
    return TableRow(parts[0].strip(), **cells)


# A comma before another office's capitalised head noun parts two names in a unit cell, where
# neither name is known: "Cục Lâm nghiệp và Kiểm lâm, Sở Nông nghiệp và Môi trường".
NEXT_OFFICE = re.compile(
    rf",\s+(?=(?:{'|'.join(OFFICE_TYPES)}|Bộ|UBND|Ủy ban|Công an|Thanh tra"
    # a hospital, a ranger's or a border post, a station, a company (teams, posts, schools and
    # associations are OFFICE_TYPES): "Công an phường, Đội Quản lý trật tự đô thị"
    r"|Bệnh viện|Hạt|Đồn|Đài|Công ty|Chi nhánh)\s)"
    # a collective after a unit named in full: "Bộ Tài chính và các bộ, ngành quản lý lĩnh vực"
    r"|(?<=\w)(?:,|\s+và)\s+(?=các\s+\w)"
)


# A form's blank to fill in by hand: "…………… Chức vụ ……………".
FORM_BLANK = re.compile(r"…|\.{4}")


# A cell's list numbers its units: "1. Sở Xây dựng", "2) Sở Y tế", "a) Công an tỉnh".
CELL_LIST_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[a-zđ])[.)]\s+")


def _cell_names(cell: str) -> list[str]:
    """The unit names of a table cell: one per line, per ";" or per comma before an office."""
    return [CELL_LIST_NUMBER.sub("", n).strip(" -+•,.")
            for n in re.split(rf"[;\n]|{NEXT_OFFICE.pattern}", cell)
            if re.search(r"\w", n) and not FORM_BLANK.search(n)]


# A unit cell that says each unit's part: "Sở Nội vụ (chủ trì); Sở Tài chính, Sở Tư pháp (phối
# hợp)", "Sở X chủ trì, phối hợp với các sở, ngành", "Chủ trì: Sở Y tế; Phối hợp: Công an tỉnh".
# A role said after a unit covers the units listed before it in its part; the units listed
# after the lead's marker are its supporters ("Sở Tài chính (chủ trì); Sở Tư pháp").
CELL_ROLE = re.compile(r"\s*[(\-–:]?\s*(chủ trì|phối hợp)\s*\)?\s*$", re.IGNORECASE)
CELL_LEAD_THEN_SUPPORT = re.compile(
    r"^(.*?)\s*\(?\s*chủ trì\s*\)?\s*[,;]?\s*(?:phối hợp|cùng)\s+(?:với\s+)?(.+)$",
    re.IGNORECASE,
)
_ROLE_LABEL = r"(?:(?:cơ quan|đơn vị)\s+)?(?:chủ trì|phối hợp)\s*:"
CELL_ROLE_LABEL = re.compile(rf"\s*{_ROLE_LABEL}\s*", re.IGNORECASE)
# the cell's parts: its lines, its ";" parts, and each part a label opens (a PDF cell's lines
# come joined: "Chủ trì: Sở Y tế Phối hợp: Công an tỉnh")
CELL_PART_BREAK = re.compile(rf"[;\n]|(?<!cơ quan)(?<!đơn vị)\s+(?={_ROLE_LABEL})", re.IGNORECASE)


# A person named before the post or the unit they act for, in a unit cell: "Đ/c Nguyễn Văn An -
# Công chức Tư pháp - Hộ tịch", "Bà Trần Thị Bình, Văn phòng HĐND và UBND xã".
PERSON_BEFORE_POST = re.compile(rf"{_NAMED_PERSON}(?=\S)", re.IGNORECASE)
PERSON_ALONE = re.compile(_PERSON_NAMED, re.IGNORECASE)


# A remark in lower case after a lead cell's unit: what it is to see to, no part of its name.
CELL_REMARK = re.compile(rf"\s*\((?-i:[{LOWER}])[^()]*\)\s*$")


def _cell_units(name: str, split: Callable[[str], list[UnitMention]]) -> list[UnitMention]:
    """The units a lead cell's name stands for; a person named before their post is left out,
    a title before a unit the catalogue knows is cut ("Tư lệnh các quân khu", "Chủ tịch UBND
    các tỉnh"), a person's own title is kept."""
    name = CELL_REMARK.sub("", name)  # "Văn phòng HĐND và UBND xã (đảm bảo đường truyền)"
    if PERSON_ALONE.fullmatch(name.strip()):
        return []  # "Bà Trần Thị Bình" of "Bà Trần Thị Bình, Văn phòng HĐND và UBND xã"
    name = name[person.end() :] if (person := PERSON_BEFORE_POST.match(name)) else name
    untitled = name[_strip_titles(name) :]
    if untitled != name and (units := split(untitled)) and all(m.known for m in units) and (
            not _is_person(name, units)):
        return units
    units = split(name)
    if len(units) == 1 and not units[0].known and (verb := DOER_VERB.search(f" {name}")) and (
            (named := split(name[: verb.start()])) and all(m.known for m in named)):
        # "Sở Nông nghiệp và Môi trường chuẩn bị báo cáo" in a schedule's "Chuẩn bị" column: the
        # unit, then what it prepares
        return named
    return units


def cell_roles(cell: str) -> tuple[list[str], list[str]]:
    """The leads and the supporters a table's unit cell names, by the part it gives each."""
    leads: list[str] = []
    support: list[str] = []
    lead_marked = False
    for part in CELL_PART_BREAK.split(cell):
        label = CELL_ROLE_LABEL.match(part)
        role = "phối hợp" if label and "phối hợp" in label.group().lower() else "chủ trì"
        part = part[label.end():] if label else part
        both = CELL_LEAD_THEN_SUPPORT.match(part.strip())
        if both and both.group(1):
            leads.extend(_cell_names(both.group(1)))
            support.extend(_cell_names(both.group(2)))
            continue
        pending: list[str] = []  # names whose role a later name's marker may still give
        for name in _cell_names(part):
            marker = CELL_ROLE.search(name)
            if marker and marker.start():
                pending.append(name[: marker.start()])
                leading = marker.group(1).lower() == "chủ trì"
                (leads if leading else support).extend(pending)
                lead_marked |= leading
                pending = []
            else:
                pending.append(name)
        (support if role == "phối hợp" or (lead_marked and not label) else leads).extend(pending)
    return leads, support


def _is_person(text: str, run: list[UnitMention]) -> bool:
    """Whether a run opened by a singular title names a person, not the unit: "Chủ tịch UBND
    xã" is one leader, "Chủ tịch UBND các huyện" stands for the collective, "Bộ trưởng các Bộ:
    Tài chính, Xây dựng" for the heads of the bodies listed."""
    text = text.lstrip(" -+*•")
    return bool(PERSON.match(text)) and not any(m.collective for m in run) and not re.match(
        r"các\s", text[_strip_titles(text):], re.IGNORECASE)


def _first_sentence(text: str) -> str:
    """Text up to the first "." or ":" outside brackets."""
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth <= 0 and ch in ".:" and (i + 1 == len(text) or text[i + 1].isspace()):
            return text[:i]
    return text


# Before a subject: the number of an entry of time limits run on in one sentence ("(i) các Bộ ...
# là trước ngày D; (ii) báo cáo của UBND các tỉnh là trước ngày D"), and what the subject sends
# by a date ("Số tiền ủng hộ của các Tổ Công đoàn nộp về ... chậm nhất ngày D").
BEFORE_THE_SUBJECT = re.compile(
    r"(?:\((?:\d{1,2}|[ivx]{1,4}|[a-zđ])\)\s*)?"
    # the side a report turns to, with no comma: "Về phía Văn phòng UBND tỉnh cũng khẩn trương ..."
    r"(?:(?:về\s+)?phía\s+(?=\S))?"
    r"(?:(?:báo cáo|văn bản|hồ sơ|số liệu|ý kiến|danh sách|kinh phí|số tiền)"
    r"(?:\s+(?!của\b)[^\W\d]+){0,4}\s+của\s+"
    r"(?=[^.;]*\b(?:là|(?:nộp|gửi)\s+(?:về|cho|đến)\b[^.;]*?)\s+(?:trước|chậm nhất)))?",
    re.IGNORECASE,
)


def _subject_start(text: str) -> int:
    """Where a clause's subject may stand: after what a speaker's colon opens and after the
    adverbials fronted before it ("Chủ tịch UBND tỉnh yêu cầu: từ ngày D, các đơn vị ...")."""
    spoken = SPOKEN.match(text)
    start = spoken.end() if spoken else 0
    fronted = FRONTED.match(text[start:])
    start += fronted.end() if fronted else 0
    conditioned = CONDITION_OR_CONNECTIVE.match(text, start)
    start = conditioned.end() if conditioned else start
    listed = BEFORE_THE_SUBJECT.match(text, start)
    return listed.end() if listed else start


def _past_time_fronted(
    text: str, start: int, dated: Sequence[deadlines.Deadline | deadlines.Recurrence]
) -> int:
    """Where the subject stands past the time of its work fronted before it with no comma:
    "Trong tháng 3/2026 các xã hoàn thành rà soát hộ nghèo" (not when nothing follows it)."""
    opening = len(text) - len(text[start:].lstrip(" -–+•*"))
    after = _past_own_time(text, opening, dated)
    return after if opening < after < len(text) else start


def _past_remit(text: str, end: int) -> int:
    """Where a subject's verb may stand: after the remit that may follow its end."""
    remit = BY_ITS_REMIT.match(text, end)
    return remit.end() if remit else end


# A sending to whom: "Hồ sơ ... gửi về Phòng Quản lý khoa học".
SENT_TO = re.compile(r"\b(?:gửi|nộp|chuyển)(?:\s+[^\s,;]+){0,3}?\s+(?:về|đến|tới|cho)\s[^,;]*$",
                     re.IGNORECASE)


def _receiver_named_on(before: str, text: str, end: int) -> bool:
    """Whether units after a comma go on naming where something is sent (the part before the
    comma sends it), with no verb of their own after them."""
    head = before.rstrip(",").rstrip()
    part = head[max(head.rfind(","), head.rfind(";")) + 1 :]
    aside = BRACKETED_ASIDE.match(text, end)
    return bool(SENT_TO.search(part)) and not DOER_VERB.match(text, aside.end() if aside else end)


def _past_own_time(
    text: str, end: int, dated: Sequence[deadlines.Deadline | deadlines.Recurrence]
) -> int:
    """Where a subject's verb may stand: after the time of its work, which may come between
    them ("UBND các xã, phường trong tháng 12/2025 phải báo cáo ...")."""
    for span in dated:
        if span.start >= end and not text[end : span.start].strip():
            return len(text) - len(text[span.end :].lstrip(" ,"))
    return end


def _duty_follows(text: str, after: int) -> bool:
    """Whether a word of duty follows a subject closely; a capitalised one away from the
    subject is a word of a name ("Đảng bộ phường Tân Lập")."""
    return any(
        text[m.start()].islower() or not text[after : m.start()].strip()
        for m in OBLIGATION_WORDS.finditer(text, after, after + 60)
    )


# Bodies that govern and so direct others' work: People's Committees and councils, their chairs,
# the Government, Party committees.
GOVERNING = re.compile(
    r"(?:(?:Phó\s+)?Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Chính phủ"
    r"|(?:Phó\s+)?Thủ tướng|(?:Tỉnh|Huyện|Thành|Quận|Thị|Đảng)\s+ủy|Ban Thường vụ|Thường trực)\b"
)


# Who is off over a holiday, which no one is asked to do: "học sinh các trường sẽ nghỉ Tết ...".
TAKES_TIME_OFF = re.compile(
    r"\b(?:sẽ|được)\s+nghỉ\s+(?:tết|lễ|học|hè)\b(?![^.;]*\b(?:phải|cần|có trách nhiệm)\b)",
    re.IGNORECASE,
)
# Facts with dates that no one is asked to meet, said with no subject: when an event of the plan
# takes place ("Quá trình kiểm kê ... sẽ diễn ra từ ngày D1 đến hết ngày D2"), who is entitled to
# what ("Thời điểm nghỉ việc để hưởng chính sách muộn nhất là ngày D", "Đối với các trường hợp
# đã có quyết định trước ngày D ... thì tiếp tục được hưởng chế độ").
DATED_FACT = re.compile(
    r"\bsẽ\s+(?:được\s+)?diễn ra\b|\b(?:được|để)\s+(?:tiếp tục\s+)?hưởng\b", re.IGNORECASE
)
# A plan's field that states when all of it is done: "Thời gian tiến hành: từ ngày ... đến ...".
TIME_FIELD = re.compile(
    r"\s*thời (?:gian|hạn)(?:\s+[^\W\d][^:.;\n]{0,40}?)?\s*:",
    re.IGNORECASE,
)
WINDOW_WORD = re.compile(r"\bđến\b", re.IGNORECASE)
# A plan's field that hands out its work.
WORK_FIELD = re.compile(
    r"\s*(?:hình thức(?:\s+(?:tổ chức|thực hiện))?|cách thức(?:\s+thực hiện)?"
    r"|phân công(?:\s+(?:thực hiện|nhiệm vụ|trách nhiệm))?|tổ chức thực hiện)\s*:",
    re.IGNORECASE,
)
# A plan's field that describes the work, no work of its own: "- Sản phẩm: Báo cáo UBND xã".
DESCRIBING_FIELD = re.compile(
    r"\s*(?:sản phẩm(?:\s+(?:đầu ra|dự kiến))?|kết quả (?:đầu ra|dự kiến)|(?:nguồn\s+)?kinh phí"
    r"(?:\s+thực hiện)?)\s*:",
    re.IGNORECASE,
)
DIRECTION_OPENING = re.compile(r"\s*chỉ\s+đạo(?:\s+cho)?\s+", re.IGNORECASE)


# "chỉ đạo" after a collective is its duty to direct those below it, as no collective issues a
# directive: "UBND các huyện, thị xã chỉ đạo các xã treo cờ ...".
DIRECTS = re.compile(r"\s*chỉ đạo\b", re.IGNORECASE)
# What a leader named at a numbered item's head is handed as the unit's duty, dated or not:
# "9. Chánh Văn phòng UBND tỉnh theo dõi, đôn đốc ...", "Giám đốc Sở Y tế chỉ đạo rà soát ...".
LEADER_DUTY = re.compile(
    # (not "chủ trì" alone: a leader chairs meetings and receptions on an agenda; but "chủ trì,
    # phối hợp với ..." leads work with support)
    r"\s*(?:chỉ đạo|theo dõi|đôn đốc|chịu trách nhiệm|có trách nhiệm|tham mưu|rà soát|kiểm tra"
    r"|khẩn trương|chủ trì\s*,?\s*phối hợp)\b",
    re.IGNORECASE,
)


def _directs_those_below(
    text: str, after: int, run: list[UnitMention], mentions: list[UnitMention]
) -> bool:
    """Whether a department (no governing body) directs units below it, as its own duty: "Sở
    GD&ĐT chỉ đạo Phòng GD&ĐT các huyện, Ban Giám hiệu các trường ... tuyên truyền ..."."""
    directs = DIRECTS.match(text, after)
    return directs is not None and not GOVERNING.match(run[-1].name) and bool(
        _run_of_mentions(text, directs.end() + 1, mentions))


def _directs_work(text: str, after: int, mentions: list[UnitMention]) -> bool:
    """Whether "chỉ đạo" after a subject directs work, not a unit: "chỉ đạo rà soát ..."."""
    directs = DIRECTS.match(text, after)
    return directs is not None and not any(
        m.start >= directs.end() and not text[directs.end() : m.start].strip() for m in mentions)


# What a collective does as its own duty, never as the directive's issuer: it directs ("UBND các
# xã chỉ đạo ..."), it issues its own plan ("Các sở, ngành ban hành, tổ chức thực hiện Kế hoạch"),
# it hands work to its own office ("UBND các huyện giao Phòng Văn hóa và Thông tin là đầu mối").
COLLECTIVE_DUTY = re.compile(r"\s*(?:chỉ đạo|ban hành|giao)\b", re.IGNORECASE)


def _collective_duty(text: str, after: int, run: list[UnitMention]) -> bool:
    return run[-1].collective and bool(COLLECTIVE_DUTY.match(text, after))


def _strip_titles(text: str) -> int:
    """Offset where a unit name starts once titles ("Các đồng chí trong", "Chủ tịch") are cut."""
    return TITLE_WORDS.match(text).end()


# A team's or a board's name the verb may stand in: "Đoàn kiểm tra", "Tổ giám sát", "Ban thanh tra".
_NOT_IN_A_TEAMS_NAME = r"(?<![Đđ]oàn\s)(?<![Tt]ổ\s)(?<![Bb]an\s)"
# The verb after a doer's name (lower case: "Xây dựng" in a name is no verb).
DOER_VERB = re.compile(
    r"\s(?:chủ trì|phối hợp|thực hiện|tham mưu|chuẩn bị|mời|xây dựng|tổ chức|báo cáo|rà soát"
    # inspecting, but not in the name of a team that inspects ("Đoàn kiểm tra liên ngành")
    rf"|{_NOT_IN_A_TEAMS_NAME}(?<![Đđ]oàn tự\s)kiểm tra"
    # controlling, but not in a team's or a board's name ("Đội kiểm soát", "Ban kiểm soát")
    r"|(?<![Đđ]ội\s)(?<![Tt]ổ\s)(?<![Bb]an\s)kiểm soát"
    r"|bố trí|phục vụ|đảm bảo|bảo đảm|khẩn trương|khảo sát|hoàn thành|hoàn thiện|gửi|xác nhận"
    r"|triển khai|cung cấp|có trách nhiệm|có nhiệm vụ|tiếp tục|chủ động|tập trung|lập"
    r"|(?<!ứng\s)(?<!bầu\s)cử(?!\s+tri\b)"  # sending someone: not "ứng cử", "bầu cử", "cử tri"
    r"|thẩm định|tổng hợp|chấn chỉnh|tăng cường|đẩy mạnh|đẩy nhanh|duy trì|đồng loạt|tuần tra"
    r"|khôi phục|khắc phục|kiện toàn|củng cố|kiểm kê|huy động|sắp xếp"
    r"|(?<![Gg]iáo dục\s)thường xuyên"  # not "Trung tâm Giáo dục thường xuyên", a name
    # "đăng ký" is the work, not a form's noun ("đơn đăng ký") nor an office's ("Văn phòng đăng
    # ký đất đai")
    r"|(?<!đơn\s)(?<!phiếu\s)(?<!giấy\s)(?<!sơ\s)đăng ký(?!\s+(?:đất đai|kinh doanh|hộ tịch))"
    r"|hướng dẫn|giải quyết|xử lý|nghiêm túc|sớm|phải|cần|theo dõi|đôn đốc|làm"
    # supervising, but not in a team's name ("Đoàn giám sát", "Ban giám sát đầu tư cộng đồng")
    rf"|{_NOT_IN_A_TEAMS_NAME}giám sát"
    r"|tuyên truyền|vận động|phân công|yêu cầu|đề nghị|treo|nộp|ban hành|nắm bắt|nắm chắc"
    # receiving and handing out goods, not a desk's name ("Bộ phận tiếp nhận và trả kết quả")
    r"|(?<![Pp]hận\s)tiếp nhận|cấp phát"
    # the work of a newspaper or a station: "Báo Quảng Ngãi tăng thời lượng đưa tin ..."
    r"|(?:tăng|dành) thời lượng|đưa tin|đăng tải|mở chuyên (?:mục|trang)"
    # inspecting, but not in the name of a team that inspects ("Đoàn thanh tra liên ngành")
    rf"|{_NOT_IN_A_TEAMS_NAME}thanh tra"
    rf"|{ASKED_PASSIVE})\b"
)

# What a collective has, narrowing it before a verb of doing with no modal: "UBND các xã có dự án
# đi qua phối hợp chặt chẽ với chủ đầu tư ...", "Các trường có học sinh dự thi lập danh sách",
# "UBND các xã có rừng xây dựng phương án" (not what it issues or sends, its duty: "Các sở có ý
# kiến gửi về Sở Tài chính"), nor what it is or may do ("có chức năng", "có thể").
HAS_THEN_ACTS = re.compile(
    r"(\s+có(?!\s+(?:ý kiến|văn bản|công văn|báo cáo|kế hoạch|phương án|biện pháp|giải pháp"
    r"|chương trình|đề xuất|tờ trình|trách nhiệm|nhiệm vụ|chức năng|quyền|thể)\b)"
    rf"(?:\s+(?!cần\b|phải\b)[\w%-]+){{1,8}}?)(?={DOER_VERB.pattern})"
)


# What a collective takes part in, before what it does: "Các đơn vị tham dự giải đăng ký thi đấu
# ...", "các trường tham gia Hội thi gửi hồ sơ ...".
PARTAKERS_ACT = re.compile(
    rf"(\s+(?:tham dự|tham gia|dự thi)(?:\s+[\w-]+){{1,5}}?)(?={DOER_VERB.pattern})")


ENABLES = re.compile(
    r"\s*(?:(?:đôn đốc|chỉ đạo|hướng dẫn)(?:\s*,\s*|\s+và\s+))?tạo(?:\s+mọi)?\s+điều kiện"
    r"(?:\s+thuận lợi)?\s+(?:cho|để)\s+",
    re.IGNORECASE,
)
# A leader who directs the work, given before the units that do it: "Giao đ/c Huệ - PGĐ Sở chỉ
# đạo, Chi cục Phát triển nông thôn tham mưu", "giao đồng chí Phó Chủ tịch UBND xã phụ trách chỉ
# đạo, Phòng Kinh tế chủ trì ...": the units after the comma are asked. A leader of two seats
# names them with a comma: "giao đồng chí Phó Bí thư Đảng ủy, Chủ tịch UBND xã chỉ đạo ...".
DIRECTOR_BEFORE_DOERS = re.compile(
    rf"\s*(?:đ/c|đồng chí|ông|bà)\s[^,;:.()]{{1,60}}?(?:,\s*{_TITLE}[^,;:.()]{{0,60}}?)?"
    r"\s(?:phụ trách\s+|trực tiếp\s+)?chỉ đạo\s*,?\s*",
    re.IGNORECASE,
)
# The units a clause is addressed to, fronted ("Đối với UBND các xã, ...", "Về phía X, ..."), or
# whose duties it labels ("Trách nhiệm của Phòng Kinh tế: rà soát ...").
ADDRESSED_FRONT = re.compile(
    r"[\W\d]*(?:(?:riêng\s+)?đối với|về phía|riêng|(?:trách nhiệm|nhiệm vụ)\s+của)\s+",
    re.IGNORECASE)
ASKED_ADDRESSED = re.compile(r"\s*:?\s*đối với\s+", re.IGNORECASE)
# The units addressed go on with a request of their own, no issuer named before it: ", yêu cầu".
ADDRESSED_GO_ON = re.compile(r",\s*(?:yêu cầu|đề nghị|chỉ đạo)\s+$")


def _doers_at(
    text: str, start: int, mentions: list[UnitMention], gap: str = ""
) -> list[UnitMention]:
    """The units at ``start`` when a verb of work follows them, after ``gap`` (a pattern)."""
    run = _run_of_mentions(text, start, mentions)
    between = re.match(gap, text[run[-1].end :]) if run else None
    if not between:
        return []
    verb_at = run[-1].end + between.end()
    # an aside about them before the verb: "thôn Gò Rô, thôn Nước Lăng (nơi đã xảy ra sạt lở)
    # phải hoàn thành ..."
    aside = BRACKETED_ASIDE.match(text, verb_at)
    return run if DOER_VERB.match(text, aside.end() if aside else verb_at) else []


# A purpose fronted before the subject: "Để phù hợp với ...", "Nhằm bảo đảm ...".
FRONTED_PURPOSE = re.compile(r"[\W\d]*(?:để|nhằm)\s", re.IGNORECASE)
# The rest of a name in lower case after its comma: "công nghệ và đổi mới sáng tạo,".
NAME_RUNS_ON = re.compile(rf"(?-i:[{LOWER}])[^,;:()]{{0,80}},\s*")


def _doers_past_a_named_thing(
    text: str, opening: int, mentions: list[UnitMention]
) -> list[UnitMention]:
    """The doers after a fronted purpose that ended at a comma inside a name it holds ("Để phù
    hợp với Luật Khoa học, công nghệ và đổi mới sáng tạo, các bộ, ... gửi kết quả ..."): the
    units after the name's lower-case rest, when a verb of work follows them."""
    rest = NAME_RUNS_ON.match(text, opening)
    if not (FRONTED_PURPOSE.match(text) and rest) or ASSIGN_VERB.search(rest.group()):
        return []  # "..., tỉnh Bình Định yêu cầu chủ đầu tư, ...": an issuer, not a name's rest
    return _doers_at(text, rest.end() + _strip_titles(text[rest.end() :]), mentions)


def _addressed_doers(text: str, mentions: list[UnitMention]) -> list[UnitMention]:
    """ "Đối với Ban Xây dựng Đảng, tham mưu ...": the units a clause is addressed to do the work
    that follows them with no subject of its own ("Đối với các xã, tình hình ..." is none), or
    with no comma at all ("Đối với UBND các xã gửi báo cáo trước ngày D")."""
    spoken = SPOKEN.match(text)  # "..., Phó Chủ tịch đề nghị: đối với các đơn vị thi công ..."
    front = ADDRESSED_FRONT.match(text, spoken.end() if spoken else 0)
    if front is None:
        return []
    start = front.end() + _strip_titles(text[front.end() :])
    run = _run_of_mentions(text, start, mentions)
    if run and (label := UNITS_LABEL.match(text, run[-1].end)) and not ANNEX_POINTER.match(
            text, label.end()) and (DOER_VERB.match(f" {text[label.end() :].lower()}")
                                    or LINE_DUTY.match(text, label.end())):
        return run  # "Đối với UBND các tỉnh, thành phố: Chỉ đạo tăng cường ...": a line's label
    if run and ADDRESSED_DIRECTS.match(text, run[-1].end):
        return run  # "Đối với UBND các xã, chỉ đạo các thôn rà soát ...": they direct it
    # one the catalogue does not know, by its name, then its work: "Đối với Trường THCS Lê Lợi,
    # khẩn trương hoàn thiện ..." (not "Đối với hợp tác xã đã ngừng hoạt động, tập trung ...")
    unknown = None if run else _unknown_named_at(text, start)
    if unknown and text.startswith(",", unknown.end) and DOER_VERB.match(text, unknown.end + 1):
        return [unknown]
    if run and _issuer_asks_after(text, run[-1].end, mentions):
        # "Đối với UBND các huyện: A, B và Ban QLDA ... là những đơn vị chậm nhất, UBND tỉnh yêu
        # cầu báo cáo ...": the issuer asks the units addressed, told what they are first
        return run
    doers = _doers_at(text, start, mentions, f"(?:{ADDRESSED_GAP})?")
    if len(doers) > 1 and _issuer_asks_after(text, doers[-2].end, mentions):
        # "Đối với UBND các xã, phường, Chủ tịch UBND tỉnh yêu cầu báo cáo ...": the leader who
        # asks after the comma is the issuer, no one addressed
        return doers[:-1]
    return doers


ISSUER_ASKS = re.compile(r"\s+(?:yêu cầu|đề nghị)\b", re.IGNORECASE)


def _issuer_asks_after(text: str, end: int, mentions: list[UnitMention]) -> bool:
    """Whether the next unit after ``end`` opens a clause after a comma, maybe by its leader's
    title, and asks for work with no one named: "..., (Chủ tịch) UBND tỉnh yêu cầu báo cáo"."""
    asker = next((m for m in mentions if m.start > end), None)
    asks = ISSUER_ASKS.match(text, asker.end) if asker else None
    return asks is not None and DOER_VERB.match(f" {text[asks.end() :].lstrip()}") is not None and (
        re.search(rf",\s*{_TITLE}?$", text[end : asker.start], re.IGNORECASE) is not None)


# The units addressed, then told to direct the work: "Đối với UBND các xã, chỉ đạo các thôn ...".
ADDRESSED_DIRECTS = re.compile(r"\s*,\s*chỉ đạo\s", re.IGNORECASE)
# After the units addressed, the issuer may hand them the work with no object: "Đối với Sở Y tế,
# thành phố giao tiếp tục triển khai ...", "Đối với các bộ, ..., Thủ tướng yêu cầu khẩn trương".
ADDRESSED_GAP = r"\s*[,:](?:\s*[^,;:.()]{0,60}?\s(?:giao|yêu cầu|đề nghị)(?=\s))?"


# A construction project's parties, asked by their role after a visit to the site: "yêu cầu chủ
# đầu tư, nhà thầu đẩy nhanh tiến độ", "đề nghị các nhà thầu và đơn vị tư vấn phối hợp ..."; and
# the owners of what the work is about: "các chủ rừng tăng cường tuần tra", "các chủ hồ đập ...".
PROJECT_PARTY = re.compile(
    r"(?:các\s+)?(?:chủ (?:đầu tư|rừng|hồ (?:chứa|đập)|đập|tàu cá)"
    r"|nhà thầu(?:\s+thi công)?|đơn vị\s+(?:tư vấn(?:\s+(?:giám sát"
    r"|thiết kế))?|giám sát|thi công))\b",
    re.IGNORECASE,
)
OWNER = re.compile(r"chủ (?!đầu tư)", re.IGNORECASE)
PARTIES_JOINED = re.compile(r"\s*(?:,|và)\s*|\s+")
SPACES = re.compile(r"\s*")


def _with_project_parties(
    text: str, offset: int, run: list[UnitMention]
) -> list[UnitMention]:
    """``run`` (the units asked from ``offset``) with the project parties asked beside them,
    when a verb of work follows the last."""
    parties: list[UnitMention] = []
    at = run[-1].end if run else offset
    joined = PARTIES_JOINED if run else SPACES
    while (gap := joined.match(text, at)) and (party := PROJECT_PARTY.match(text, gap.end())):
        name = party.group()
        if run and not gap.group().strip() and OWNER.match(name):
            break  # "các cơ quan, đơn vị chủ rừng": the units that own forests
        joined = PARTIES_JOINED
        parties.append(UnitMention(name[0].upper() + name[1:], name, party.start(), party.end(),
                                   False, name.lower().startswith("các")))
        at = party.end()
    if not parties or not DOER_VERB.match(" " + text[at:].lstrip(" ,").lower()):
        return run
    return [*run, *parties]


def _enabled_doers(text: str, after: int, mentions: list[UnitMention]) -> list[UnitMention]:
    """ "đề nghị UBND phường đôn đốc và tạo điều kiện cho Ban VHTT phường thực hiện ...": the
    units enabled to do the work are who does it."""
    enables = ENABLES.match(text, after)
    return _doers_at(text, enables.end(), mentions) if enables else []


# A bare level word ends an office's name when a lower-case word follows that no name goes on
# with ("xã hội", "tỉnh ủy", "thành phố trực thuộc"): "giao Công ty TNHH MTV Khai thác công
# trình thủy lợi tỉnh vận hành hợp lý các cống, ..." is "... thủy lợi tỉnh", whatever the verb.
LEVEL_ENDS_NAME = re.compile(
    r"(?<!các)\s(?:tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|thành phố)"
    rf"(?=\s+[{LOWER}])(?!\s+(?:hội|ủy|uỷ|đội|lộ|trực thuộc|thuộc|và|mới|này|đó|trên)\b)"
)


# More of a doer's work, in lower case, that no office's name holds: "Đồn Biên phòng Cầu Treo
# kiểm kê ...", "... giải ngân ...", "... niêm yết ..."; not a field after a dash, which names
# ("Công chức Văn phòng – thống kê").
MORE_WORK = (
    r"(?<![-–])\s(?-i:kiểm kê|cập nhật|phân bổ|tổng kết|sơ kết|đề xuất|giải ngân|thu hồi|phát động"
    r"|tham gia|phê duyệt|kiểm điểm|biên soạn|tiêm phòng|phun|khắc phục|sửa chữa|nạo vét"
    r"|dọn dẹp|ra quân|công khai|niêm yết|lấy ý kiến|góp ý|nghiệm thu|quyết toán|thanh toán"
    r"|chi trả|cấp phát|sẵn sàng|di dời|sơ tán|ứng phó|chăm lo|thăm hỏi|tặng quà|tiếp quản"
    r"|sắp xếp|hoàn chỉnh|điều chỉnh|bổ sung|đảm nhận|dự trù|mua sắm|in ấn|trang trí|bàn giao"
    r"|thống kê|(?<![Đđ]ội\s)(?<![Tt]ổ\s)vệ sinh"  # not a team's name: "Đội vệ sinh môi trường"
    r"|lắp đặt|thu gom|xác minh|thẩm tra|trả lời|giải đáp|tập huấn|diễn tập|canh gác|tiêu độc"
    r"|khử trùng|lấy mẫu|cấp đổi|chỉnh lý|số hóa|nhập liệu|đối chiếu|đóng dấu|khóa sổ|hạch toán"
    # one syllable, where no name holds it ("Trung tâm Giống cây trồng")
    r"|dọn|sửa|in|mua|tiêm|(?<!cây\s)trồng)\b"
)
# A verb that ends an office's own name though it makes no doer of a plural before it ("các đơn
# vị hành chính cấp xã vận hành theo mô hình mới" states a fact): "Công ty TNHH MTV Thủy lợi Bắc
# Nghệ An vận hành hồ chứa ..."; not a name's "quản lý vận hành"; help it gives ("Phòng Công nghệ
# thông tin hỗ trợ các khoa ..."), not a name's ("Trung tâm Hỗ trợ ...", "giúp việc").
NAME_ENDING_VERB = re.compile(
    rf"{DOER_VERB.pattern}|(?<!lý)\svận hành\b|\s(?-i:hỗ trợ|giúp)(?!\s+việc)\b|{MORE_WORK}"
    # the doer's work on itself: "Đội Kiểm tra số 2 tự kiểm tra, báo cáo ..." (not "Tổ tự quản")
    r"|(?<![Đđ]oàn)\s(?-i:tự)(?=\s+(?:kiểm tra|rà soát|đánh giá|tổ chức|thực hiện|xây dựng"
    r"|chuẩn bị|báo cáo|chịu trách nhiệm)\b)"
    # a halt asked of it: "Cơ sở Cai nghiện ma túy tạm dừng tiếp nhận ..."
    r"|,?\s(?:tạm\s+)?(?:dừng|ngừng)\b"
    # the role it holds: "Cục Quản lý nhà ... là đầu mối theo dõi, tổng hợp ..."
    rf"|\slà\s+{_ROLE_HELD}\b")


# A field of work that ends an office's name when the lead's role comes right after it: "Cục
# Kinh tế - Quản lý đầu tư xây dựng phối hợp với ...", "Cục ... công trình xây dựng chủ trì".
FIELD_ENDING_NAME = re.compile(
    r"\s(?:xây dựng|giám sát|kiểm tra|thanh tra|xử lý|đăng ký)"
    # ... and the field joined to it: "Phòng Quản lý xây dựng và Hạ tầng kỹ thuật chủ trì"
    rf"(?:\s+và\s+(?-i:[{UPPER}])[^,;.()]{{0,40}}?)?\s+(?:chủ trì|phối hợp)\b")


def _name_before_verb(text: str) -> str | None:
    """The words before the doer's verb (commas and all, names have them), if one follows."""
    verb = next((found for found in NAME_ENDING_VERB.finditer(text[:150])
                 if not FIELD_ENDING_NAME.match(text, found.start())), None)
    if verb is None:
        return None
    level = LEVEL_ENDS_NAME.search(text, 0, verb.start())
    if level is None or _names_an_office(text[level.end() : verb.start()]):
        return text[: verb.start()]  # another office stands before the verb: it may be its doer
    return text[: level.end()]


def _names_an_office(text: str) -> bool:
    """Whether ``text`` names an office: a capitalised head word ("Sở", "Ủy ban") or an
    abbreviation ("UBND"); not a season or a place ("vụ Đông Xuân")."""
    return any(
        ORG_HEAD.match(text[word.start() :]) or re.fullmatch(f"[{UPPER}]{{2,}}", word.group())
        for word in re.finditer(rf"(?<!\w)[{UPPER}]\w*", text)
    )


# Words of tense or aspect, which no unit's name holds: a verb follows them; "chỉ đạo" in lower
# case ("Tổng cục An ninh II chỉ đạo, kiểm tra ..."; not "Ban Chỉ đạo"); a letter it sends ("Cục
# Cảnh sát kinh tế có văn bản về việc ...").
STATE_WORD = re.compile(
    r"\s(?:đã|đang|sẽ|vừa|chưa|cũng|vẫn|rất|chỉ đạo|có (?:văn bản|công văn|ý kiến))[\s,]"
)


# A heading's label that is names alone, each with its capital, up to its colon at the text's end.
LABEL_NAME = rf"[{UPPER}][^,;:.()]{{3,100}}?"
WHOLE_LABEL = re.compile(rf"(?P<name>{LABEL_NAME}(?:,\s*{LABEL_NAME})*)\s*:\s*")


def _proper_name(text: str) -> str | None:
    """A unit-type word and its proper name, up to the verb after it: "Bệnh viện Đa khoa Tâm An
    rà soát ...". Without a known verb, the name is its capitalised words, each of which may
    carry one lower-case syllable ("Môi trường"): "Công ty TNHH Xanh Hòa Bình thu gom ..." is
    "Công ty TNHH Xanh Hòa Bình". None without a proper name."""
    head = ORG_HEAD.match(text)
    if head is None:
        return None
    before_verb = _name_before_verb(text)
    if before_verb is not None:  # "Bộ Chính trị đã có kết luận ... xây dựng": the name ends at "đã"
        before_verb = STATE_WORD.split(before_verb, maxsplit=1)[0]
    # "À-Ỹ" also lets a lower-case description through ("tổ tự quản môi trường"), which set 10's
    # lists need; fold.UPPER here lost a lead unit there (round 186): kept, said
    if before_verb is not None and re.search(r"\s[A-ZĐÀ-Ỹ0-9]", before_verb[head.end() :]):
        return before_verb
    if before_verb is None and (label := WHOLE_LABEL.fullmatch(text)) and not NOT_A_NAME.search(
            label["name"]):
        # a heading's label is one name, its description in lower case and all: "Đội Quản lý
        # vận hành lưới điện cao thế:"
        return label["name"]
    end, lower_run = None, 0
    for word in re.finditer(r"\S+", text[head.end() :]):
        first = word.group()[0]
        if first.isupper() or first.isdigit():
            end, lower_run = head.end() + word.end(), 0
        elif word.group() in ("và", "-", "–", "&") or (end and lower_run == 0):
            lower_run += 1
        else:
            break
    return text[:end].rstrip(" ,;.") if end else None


VERB_WORDS = range(2, 4)  # "quản lý", "tiếp nhận", "phòng chống"


def _before_its_object(name: str) -> str:
    """A name cut before the verb of a plural object that runs on after it: "Trường THCS Lê Lợi
    quản lý các hồ sơ" is "Trường THCS Lê Lợi" (a verb that names also hold, "quản lý",
    "thống kê", found by the "các" after it). One lower-case syllable after a capitalised word
    is that word's ("Ban Chấp hành các đoàn viện", "Cục trưởng các đơn vị"), so the name must end
    on a proper name of two capitalised words past its head ("Lê Lợi", "Cầu Treo"), not "Trạm
    Khuyến nông dọn các ..."; nor is "Ban Quản lý các dự án ..." cut."""
    words = name.split()
    plural = next((k for k, word in enumerate(words) if word in ("các", "những")), None)
    if plural is None:
        return name
    verb = plural
    while verb > 0 and plural - verb < max(VERB_WORDS) and words[verb - 1][0].islower():
        verb -= 1
    named = verb >= 3 and words[verb - 1][0].isupper() and words[verb - 2][0].isupper()
    return " ".join(words[:verb]) if named and plural - verb in VERB_WORDS else name


def _name_before_role(text: str) -> str:
    """The words before the doer's verb, else up to a level word that ends the name, else up
    to a comma."""
    name = _name_before_verb(text)
    if name is not None:
        return name
    name = _before_its_object(re.split(r"[,;:]", text)[0])
    level = LEVEL_ENDS_NAME.search(name)
    return name[: level.end()] if level else name


# A name that runs on into an instruction is the issuer's ("Bộ Nội vụ đề nghị ..."); one cut
# short ("Trường Tiểu học A..."), or by a purpose ("... để"), is a list item, not a doer.
NOT_A_NAME = re.compile(
    r"\s(?:giao(?! thông)|yêu cầu|đề nghị|ban hành|thông báo|để)(?:\s|$)|\.\.\.|…"
    # a time of day: "GIAO BAN 07 giờ 30 thứ Hai" is a briefing's, no "Ban" to hand work to
    rf"|\s\d{{1,2}}\s*{HOUR_MARK}(?:\s*\d{{2}})?(?!\w)"
)


# A post of an office's staff, by its field ("giao cho cán bộ thú y của xã", "phân công 01 công
# chức Văn phòng - thống kê thực hiện ..."): the post is who acts.
STAFF_POST = re.compile(
    r"(?:\d+\s+|một\s+)?(?P<post>(?:cán bộ|công chức|viên chức)\s+(?!(?:và|của|các|có|được|trong"
    r"|làm|là|thuộc|đã)\b)[^\W\d][^,;.:()\n]{1,40}?)"
    r"(?=\s+(?:cùng|và|phối hợp|thực hiện|trực tiếp|chịu trách nhiệm|theo dõi|tham mưu|làm"
    r"|phụ trách|tổng hợp|tiếp nhận|kiểm tra|đến|tiến hành|trước|chậm nhất|hoàn thành)\b"
    r"|\s*[,;.:]|$"
    # any verb that ends a name, in lower case ("Công chức Địa chính - Xây dựng chủ trì rà soát")
    rf"|(?<![-–])(?-i:{NAME_ENDING_VERB.pattern}))",
    re.IGNORECASE,
)


JOINED_DOER = re.compile(r"\s+(?:cùng|và)\s+")
# The head of a village or a residential group, named by title with no unit of its own ("Trưởng
# thôn, tổ trưởng TDP ... chịu trách nhiệm"): the title is who acts (GUIDE, set 19's rule).
PLACE_HEAD = re.compile(
    rf"(?:các\s+)?(?:(?:(?:tổ\s+trưởng|trưởng|bí thư chi bộ)\s+(?:{_PLACES_HEADED})"
    r"|(?:thôn|xóm|ấp|khóm|buôn)\s+trưởng)\b"  # "các thôn trưởng", "ấp trưởng"
    r"(?!\s+(?:số\s+)?(?:(?-i:[A-ZĐ\d])|các\b))"
    # the secretary of the village's Party cell, before its head: "Bí thư chi bộ, Trưởng thôn"
    rf"|bí thư chi bộ(?=\s*(?:,|và)\s*(?:tổ\s+)?trưởng\s+(?:{_PLACES_HEADED})\b)(?!\s+các\s))",
    re.IGNORECASE,
)
DOERS_JOINED = re.compile(r"\s*(?:,|;|\svà\s)\s*")


COURTESY = re.compile(r"(?:các\s+)?(?:đồng chí|đ/c)\s+", re.IGNORECASE)


def _heads_of_places(text: str, start: int, mentions: list[UnitMention]) -> list[UnitMention]:
    """Villages' heads by title at ``start``, and the units listed on with them; the courtesy
    before them is no part of their title ("các đồng chí Bí thư chi bộ, Trưởng thôn")."""
    heads: list[UnitMention] = []
    courtesy = COURTESY.match(text, start)
    position = courtesy.end() if courtesy else start
    while True:
        head = PLACE_HEAD.match(text, position)
        if head:
            name = head.group()
            heads.append(UnitMention(name[0].upper() + name[1:], name, head.start(), head.end(),
                                     known=False))
            position = head.end()
        elif heads and (run := _run_of_mentions(
                text, position + _strip_titles(text[position:]), mentions)):
            heads.extend(run)
            position = run[-1].end
        else:
            break
        joined = DOERS_JOINED.match(text, position)
        if not joined:
            break
        position = joined.end()
    return heads


def _staff(text: str, offset: int, mentions: list[UnitMention]) -> list[UnitMention]:
    """The staff post an assignment names at ``offset``, as a unit the catalogue does not hold,
    and the units named with it ("... cùng các ông Trưởng, phó các thôn")."""
    post = STAFF_POST.match(text, offset)
    if post is None:
        return []
    name = post.group("post")
    staff = [UnitMention(name[0].upper() + name[1:], name, post.start("post"), post.end("post"),
                         known=False)]
    joined = JOINED_DOER.match(text, post.end())
    if joined is None:
        return staff
    start = joined.end() + _strip_titles(text[joined.end() :])
    return staff + _run_of_mentions(text, start, mentions)


def _staff_by_field(text: str, start: int, mentions: list[UnitMention]) -> list[UnitMention]:
    """A staff post named by its field that opens a clause ("Công chức Tài chính - Kế toán theo
    dõi ..."); a word after "công chức" in lower case names no field ("công chức vẫn trực")."""
    staff = _staff(text, start, mentions)
    return staff if staff and re.match(rf"\S+\s+\S+\s+[{UPPER}]", staff[0].name) else []


# Where the next office of a list begins, by its proper name, its head maybe repeated in lower
# case: "Trường Tiểu học Kim Đồng và Trường THCS Lê Lợi", "Tổ Địa chính, tổ Kiểm tra".
NEXT_NAMED_OFFICE = re.compile(
    rf"(?:,|\s+và)\s+(?={_TITLE}?(?:{NAMED_OFFICE.pattern}|(?:{'|'.join(OFFICE_HEADS)}|tổ)\s+[A-ZĐ]"
    # a local government after a company: "Công ty TNHH MTV ... và UBND các xã, phường"
    r"|(?-i:UBND|Ủy ban nhân dân)\s))"
)
# ... or, after one office, by its head in capitals after a comma, the rest in lower case: "Bộ
# phận Văn hóa - thông tin, Đài truyền thanh phường", "Tập đoàn kinh tế, Tổng công ty" (not in a
# plural's list: "các Viện, Bệnh viện trực thuộc").
_CAPITAL_HEADS = "|".join(head[0].upper() + head[1:] for head in OFFICE_HEADS)
NEXT_OFFICE_BY_HEAD = re.compile(
    rf"{NEXT_NAMED_OFFICE.pattern}|,\s+(?=(?:{_CAPITAL_HEADS})(?:\s+[{LOWER}]|$))"
)
PLURAL_LIST = re.compile(r"(?:các|những)\s", re.IGNORECASE)  # "các Viện, Bệnh viện ..."


def _named_offices(
    phrase: str, start: int, known: dict[tuple[int, int], UnitMention] | None = None
) -> list[UnitMention]:
    """Offices the catalogue does not hold, named one after another ("Trường Tiểu học Kim Đồng
    và Trường THCS Lê Lợi"), each at its place in the text from ``start``; ``known``: the
    catalogue's units by their spans, listed among them."""
    mentions: list[UnitMention] = []
    offset = 0
    splitter = NEXT_NAMED_OFFICE if PLURAL_LIST.match(phrase) else NEXT_OFFICE_BY_HEAD
    for part in splitter.split(phrase):
        offset = phrase.index(part, offset)
        span = (start + offset, start + offset + len(part))
        if known and span in known:
            mentions.append(known[span])
        elif (unknown := _unknown_unit(part)) is not None:
            mentions.append(replace(unknown, start=span[0], end=span[1]))
        else:
            return []
        offset += len(part)
    return mentions


ASSIGNED_PASSIVE = re.compile(rf"\s+(?:{ASKED_PASSIVE}|được\s+(?:giao|phân công))\b")


def _before_listed_unit(text: str, start: int, name: str, mentions: list[UnitMention]) -> str:
    """``name``, read from ``start``, up to the comma after which a known unit is listed."""
    for comma in re.finditer(r"[,;]\s*", name):
        after = start + comma.end()
        if any(mention.start == after + _strip_titles(text[after:]) for mention in mentions):
            return name[: comma.start()]
    return name


def _office_by_name(text: str, start: int, mentions: list[UnitMention]) -> list[UnitMention]:
    """An office the catalogue does not hold, by its proper name at ``start``: "Phòng Kế hoạch -
    Đầu tư kiểm tra, tổng hợp ...", "Trạm Thú y báo cáo ..."; the units it is listed with are the
    catalogue's where it knows them ("Báo Quảng Ngãi, Đài Phát thanh - Truyền hình tỉnh ...")."""
    if not NAMED_OFFICE.match(text, start):
        return []
    rest = text[start:]
    name = _name_before_role(rest).split(":")[0]  # "Cục Kiểm ngư: Tăng cường ...": its label
    # "Cục Quản lý ... được giao chủ trì", "Vụ X được phân công chủ trì": asked in the passive
    passive = ASSIGNED_PASSIVE.search(rest, 0, len(name) + len(" được phân công"))
    if passive and passive.start() < len(name):
        name = rest[: passive.start()]
    # "Cục II Thanh tra Chính phủ sẽ tiến hành ...": a proper name (capitalised words, each with
    # at most one lower-case syllable), then its modal
    if grounds := GROUNDS_AFTER_NAME.search(name):
        name = name[: grounds.start()]  # "Trường THCS X căn cứ tình hình thực tế, chủ động ..."
    modal = re.search(r"\s(?:sẽ|cần|phải)\s", name)
    if modal and not re.search(rf"(?<!\S)[{LOWER}]\S*\s+[{LOWER}]", name[: modal.start()]):
        name = name[: modal.start()]
    if len(name) >= 80 or STATE_WORD.search(f"{name} ") or re.search(r"\b(?:có|được)$", name):
        return []  # "Báo X rất hoan nghênh sự ... phối hợp": no name runs on past such a word
    known = {(mention.start, mention.end): mention for mention in mentions}
    offices = [known.get((named.start, named.end), named)
               for named in _named_offices(name, start, known)]
    if offices and not offices[-1].known and (
            owner := OWNED_BY.search(offices[-1].name)) and any(
            m.start == offices[-1].start + owner.end() for m in mentions):
        # "Cục VIII của Thanh tra Chính phủ": the office, its owner after "của" a known unit
        offices[-1] = replace(offices[-1], name=offices[-1].name[: owner.start()])
    return offices


OWNED_BY = re.compile(r"\s+của\s+")
# The grounds a doer acts on, between its name and its verb, which no name holds.
GROUNDS_AFTER_NAME = re.compile(r"\s(?:căn cứ|trên cơ sở|tùy theo|tuỳ theo)\s", re.IGNORECASE)


EACH_OF_THEM = re.compile(r"\s(?:mỗi|từng)\s+(?:đơn vị|cơ quan|địa phương|xã|phường|trường)\b",
                          re.IGNORECASE)


# What narrows a collective at a label's end: "UBND các xã, phường có rừng:", "Các đơn vị thuộc
# Sở:".
LABEL_QUALIFIER = re.compile(
    r"(\s+(?:có(?!\s+(?:trách nhiệm|nhiệm vụ))|thuộc|trong|ven|giáp|nằm|chưa|đang)\s"
    r"[^,;:()]{1,40}?)\s*", re.IGNORECASE)
# The role a label's unit is given after a dash: "Khoa X - đơn vị thường trực:".
ROLE_APPOSED = re.compile(
    rf"\s+[-–]\s+(?:là\s+)?(?:cơ quan|đơn vị)\s+{_ROLE_WORD}\b[^:]*$",
    re.IGNORECASE,
)
# A member's seat on a committee after the office its title names, as a decision assigning a
# steering committee's members gives it: "Bà X - Trưởng Phòng Văn hóa - Xã hội, Ủy viên:".
_SEATS = "trưởng ban|ủy viên|uỷ viên|thành viên|thư ký"
SEAT_ON_COMMITTEE = re.compile(
    rf"\s*,\s*(?:phó\s+)?(?:{_SEATS})(?:\s+thường trực)?\s*$", re.IGNORECASE)
# ... or before it, with a dash: "Thành viên - Giám đốc Sở Nội vụ:", "Phó Trưởng ban - Giám đốc
# Công an tỉnh:" (a government's own leader there is a person: "Trưởng ban - Chủ tịch UBND tỉnh:").
SEAT_BEFORE_POST = re.compile(
    rf"\s*(?:phó\s+)?(?:{_SEATS}|tổ trưởng|tổ phó)(?:\s+thường trực)?\s*[-–]\s*(?=\S)",
    re.IGNORECASE,
)
# ... or after it, with a dash: "Đồng chí Trưởng Phòng Kinh tế - Thành viên:", "Đồng chí Chỉ huy
# trưởng Ban Chỉ huy Quân sự xã - Phó Trưởng ban".
SEAT_AFTER_POST = re.compile(
    rf"\s*[-–]\s*(?:phó\s+)?(?:{_SEATS}|tổ trưởng|tổ phó)(?:\s+thường trực)?\s*$", re.IGNORECASE)
LEADERS_SEAT = re.compile(r"\s*(?:phó\s+)?(?:chủ tịch|bí thư)\b", re.IGNORECASE)
COMRADE = re.compile(r"\s*(?:đồng chí|đ/c)\s+", re.IGNORECASE)
# The duty a heading says its unit bears, before the items: "4. Đội Nghiệp vụ có trách nhiệm:".
DUTY_AFTER_NAME = re.compile(r"\s+(?:(?:có|chịu) trách nhiệm|có nhiệm vụ)$", re.IGNORECASE)


def _unknown_unit(phrase: str) -> UnitMention | None:
    """A name in a lead position that the catalogue does not know: kept for the office to map."""
    phrase = re.sub(r"\([^()]*\)", " ", phrase)
    # "Đoàn Sở ... Thành phố mỗi đơn vị đăng ký ...": each of them, no part of the name
    phrase = EACH_OF_THEM.split(phrase, maxsplit=1)[0]
    phrase = re.sub(r"\s+", " ", phrase).strip(" ,;:.-")
    phrase = phrase[_strip_titles(phrase) :].strip()
    if not phrase or not ORG_HEAD.match(phrase) or len(phrase) > 150 or NOT_A_NAME.search(phrase):
        return None
    phrase = DUTY_AFTER_NAME.sub("", _before_its_object(phrase))
    name = phrase[0].upper() + phrase[1:]
    return UnitMention(name, phrase, 0, len(phrase), known=False)


# Where a name the catalogue does not know ends, if no verb ends it first: a mark, "và", a
# preposition, the responsibility it bears.
NAME_STOP = re.compile(r"\s*[,;.()]|\s+(?:và|trong|tại|để|nhằm|theo|khi|chịu)\s")
NEXT_IN_LIST = re.compile(r"\s*,\s*|\s+và\s+")


def _unknown_named_at(text: str, start: int) -> UnitMention | None:
    """A unit the catalogue does not know, named with a capital at ``start``: "Đồn Biên phòng Cửa
    Tùng" of "phối hợp với Đồn Biên phòng Cửa Tùng tổ chức tuần tra"."""
    if not text[start : start + 1].isupper():
        return None
    stop = NAME_STOP.search(text, start)
    end = stop.start() if stop else len(text)
    if verb := DESCRIBED_VERB.search(text, start, end):
        end = verb.start()
    unknown = _unknown_unit(text[start:end])
    return replace(unknown, start=start, end=end) if unknown else None


# A doer described by its role, with no name the catalogue could know: "Đơn vị tư vấn chuyển
# kết quả ...", "Tổ bầu cử niêm yết ...", "các cơ quan có người ứng cử gửi ...". Its verb ends it.
DESCRIBED_VERB = re.compile(
    rf"{DOER_VERB.pattern}|{MORE_WORK}|\s(?:chuyển|nộp|công bố|đăng ký|trình|hoàn tất"
    r"|xem xét|(?:cho|có) ý kiến|chỉ đạo)\b"
)
# A description cut by punctuation or a word of state, or one that points back ("Đơn vị này").
DESCRIPTION_BREAK = re.compile(
    r"[,;:()]|\s(?:có|đã|được|sẽ|đang|cũng|vẫn|chưa|là|này|đó|ấy|trên)$", re.IGNORECASE
)


DOCUMENT_SERVED = re.compile(r"\b(?:Đề án|Kế hoạch|Chỉ thị|Nghị quyết|Quyết định)\s+\d+\S*")


def _described_doer(text: str, start: int) -> list[UnitMention]:
    """The doer at ``start`` described by a body's head noun and a few words, up to its verb."""
    rest = text[start:]
    head = ORG_HEAD.match(rest)
    if not head or not rest[:1].isalpha():
        return []
    verb = DESCRIBED_VERB.search(rest, head.end(), 90)
    # a step of a plan: "các đoàn kiểm tra sẽ làm việc từ ngày D1 đến D2"
    words = re.sub(r"\s+(?:sẽ|cũng)$", "", rest[: verb.start()]) if verb else ""
    # an aside in brackets names who heads it: "Tổ công tác ... cấp huyện (Chủ tịch UBND cấp
    # huyện) chỉ đạo ..."
    words = re.sub(r"\s*\([^()]*\)$", "", words)
    # the document a team is set up to carry out is no proper name: "Tổ công tác Đề án 06"
    described = DOCUMENT_SERVED.sub("", words[head.end() :])
    if len(words) <= head.end() or DESCRIPTION_BREAK.search(words) or len(words.split()) > 9 or (
        not described.islower()
    ):
        return []  # a description is in common nouns; a proper name is NAMED_OFFICE's
    unknown = _unknown_unit(words)
    return [replace(unknown, start=start, end=start + len(words))] if unknown else []


# A list of the places the work is done at, going on after a comma: "tại 100% hộ gia đình, ".
PLACES_LISTED = re.compile(r"(?<!\w)(?:tại|ở)\s+[^,;:.()]{1,60},\s*$", re.IGNORECASE)


class ItemReader:
    """Reads the units and deadlines of items with one resolver and one anchor date."""

    def __init__(self, resolver: UnitResolver, anchor: date | None) -> None:
        self.resolver = resolver
        self.anchor = anchor

    def firm_deadlines(self, text: str) -> list[deadlines.Deadline]:
        """The deadlines ``text`` sets that need no directive date, or have the one known."""
        return [d for d in deadlines.find_deadlines(text, self.anchor)
                if not (d.anchored and self.anchor is None)]

    def heading_units(self, title: str) -> list[UnitMention]:
        """Units listed in brackets in a heading: "1. Lĩnh vực ... (Phòng A; B)".

        Only a bracket that holds nothing but known units counts, so "(qua Phòng Tài chính)"
        or "(theo Quyết định số ...)" does not; the heading's first sentence is searched, as
        the work may follow on the same line.
        """
        for match in BRACKET.finditer(_first_sentence(title)[: HEADING_LENGTH + 80]):
            if PLACES_ONLY.fullmatch(match.group(1).strip()) and self._unit_ends_at(
                    title, len(title[: match.start()].rstrip())):
                continue  # "Hội CCB cơ sở (xã, phường):": the levels of the unit before it
            mentions = self.resolver.split_list(match.group(1))
            if mentions and all(m.known for m in mentions):
                return mentions
        return []

    def _unit_ends_at(self, text: str, end: int) -> bool:
        """Whether a unit's name ends at ``end`` of ``text``."""
        return any(m.end == end for m in self.resolver.scan(text[:end]))

    def directed_units(self, text: str, directors: Sequence[UnitMention]) -> list[UnitMention]:
        """ "Chỉ đạo X ..." opening an item whose units ``directors`` govern, or name a collective
        X is one of ("UBND tỉnh chỉ đạo các ngành: - Chỉ đạo Ban Dân tộc ..."): X does the work."""
        opening = DIRECTION_OPENING.match(text)
        if opening is None or not directors:
            return []
        offset = opening.end() + _strip_titles(text[opening.end() :])
        directed = _run_of_mentions(text, offset, self.resolver.scan(text))
        if any(names_grassroots(m.name) for m in directed):
            return []  # "UBND xã: - Chỉ đạo các thôn ...": villages are no bodies; the work stays
        if all(m.collective and GOVERNING.match(m.name) for m in directors) and not any(
                m.collective or m.territory for m in directed):
            return []  # "UBND các xã, phường: a) Chỉ đạo Trạm Y tế ...": each its own station
        # a governing body directing a lower level's bodies as a whole ("Chỉ đạo các xã, phường
        # hoàn thành ...", "Chỉ đạo UBND cấp xã xây dựng Đề án ...") still answers for the work;
        # one it directs by name ("Chỉ đạo Sở Tài nguyên và Môi trường: ...") does it
        governed = all(GOVERNING.match(m.name) for m in directors) and not all(
            m.collective for m in directed)
        one_of = all(m.collective for m in directors) and not any(m.collective for m in directed)
        return directed if governed or one_of else []

    def headed_by_title(self, title: str) -> list[UnitMention]:
        """A heading that is a head's title and its office and nothing else, over the items a
        directive hands out: "3. Giám đốc Sở Y tế", "2. Trưởng Phòng Kinh tế (cơ quan thường trực
        ...)" address the office (not the government's own leader: "1. Chủ tịch UBND xã")."""
        text = SEAT_AFTER_POST.sub("", re.sub(r"\([^()]*\)", " ", title).rstrip(" :."))
        start = _strip_titles(text)
        if not (start > 0 and PERSON.match(text)) or LEADERS_SEAT.match(text):
            return []
        run = _run_of_mentions(text, start, self.resolver.scan(text))
        return run if run and not re.search(r"\w", text[run[-1].end :]) else []

    def prefix_units(self, text: str) -> list[UnitMention] | None:
        """Units that open an item as its label: "Phòng Kinh tế HT: Đôn đốc ..."."""
        colon = text.find(":")
        if colon <= 0 or colon > LABEL_REACH:
            return None
        if any(m.start < colon < m.end for m in self.resolver.scan(text)):
            # "Các Bộ: Công an, Ngoại giao ...": the colon lists the units; under a title, as a
            # heading: "1. Chủ tịch UBND các xã: Cam Lâm, Suối Dầu và phường Bắc Cam Ranh:"
            listed = text.rstrip()[:-1] if text.rstrip().endswith(":") else ""
            run = _run_of_mentions(listed, _strip_titles(listed), self.resolver.scan(listed))
            return run if run and not re.search(r"\w", listed[run[-1].end :]) else None
        if ISSUED_DOCUMENT.match(text, colon + 1):
            return None  # "Văn phòng Chính phủ: Thông báo số 106/TB-VPCP ...": who issued it
        if leading := self._lead_after_label(text, colon):
            return leading  # "Đoàn số 1: Cục An toàn thực phẩm chủ trì, ...": the team's lead
        prefix = re.sub(r"\([^()]*\)", _blanked, text[:colon])
        # "Khoa Phòng, chống bệnh truyền nhiễm - đơn vị thường trực:": the unit, then its role
        prefix = ROLE_APPOSED.sub(_blanked, prefix)
        # "Đồng chí Trưởng Phòng Kinh tế - Thành viên:", the seat after the post
        seat_after = SEAT_AFTER_POST.search(prefix)
        prefix = SEAT_AFTER_POST.sub(_blanked, prefix)
        named = NAMED_THEN_TITLED.match(prefix)
        if named:
            prefix = SEAT_ON_COMMITTEE.sub(_blanked, prefix)
        # "Thành viên - Giám đốc Sở Nội vụ:", the seat before the post: the post's office
        seated = SEAT_BEFORE_POST.match(prefix)
        titled = named.end() if named else seated.end() if seated else 0
        start = titled + _strip_titles(prefix[titled:])
        mentions = self.resolver.scan(prefix)
        run = _run_of_mentions(prefix, start, mentions)
        addressed = COMRADE.match(prefix)
        title_at = titled if seated else addressed.end() if addressed else 0
        if run and _is_person(prefix, run) and text[colon + 1 :].strip() and not (
                (seated or seat_after) and not LEADERS_SEAT.match(prefix, title_at)):
            # "Chủ tịch UBND xã: dự hội nghị ...": a leader's own agenda; but "1. Giám đốc Sở Y
            # tế:" over the items a directive hands out addresses the unit through its head
            return None
        if run and not re.search(r"\w", prefix[run[-1].end :]):
            # "Các đơn vị: Phòng Kinh tế, Công an xã rà soát ...": the members the label lists
            return _members_listed(text, run, self.resolver.scan(text))
        if run and run[-1].collective and (
                narrowed := LABEL_QUALIFIER.fullmatch(prefix, run[-1].end)):
            # "Chủ tịch UBND các xã, phường có rừng:": the collective, narrowed
            return [*run[:-1], replace(run[-1], name=f"{run[-1].name}{narrowed.group(1)}",
                                       end=run[-1].end + len(narrowed.group(1)))]
        if not mentions:
            # a later clause's colon, not a label's: "Phòng Kế hoạch - Tài chính kiểm tra ...;
            # thời hạn: 18/12" is the office up to its verb
            label = prefix
            if ";" in label:
                label = _name_before_verb(label) or ""
            # "Phòng Kỹ thuật, Đội Quản lý vận hành ...:": offices listed, each by its head
            return _named_offices(label, 0) or None
        return None

    def row_in_dashes(self, text: str) -> tuple[list[UnitMention], list[deadlines.Deadline]] | None:
        """ "Tổ chức tuyên truyền Luật Đất đai - Phòng Kinh tế - 20/12/2025": a table's row typed
        on one line, its cells parted by dashes: the work, its units, and maybe its time."""
        if not CELL_DASH.search(text):
            return None
        mentions = self.resolver.scan(text)
        for dash in CELL_DASH.finditer(text):
            if any(m.start < dash.start() < m.end for m in mentions) or ABBREVIATION_ENDS.search(
                    text, 0, dash.start()):
                continue  # the dash of a name: "Phòng Văn hóa - Xã hội", "Trụ sở HĐND - UBND xã"
            run = _run_of_mentions(text, dash.end(), mentions)
            tail = ROW_TAIL.fullmatch(text, run[-1].end) if run else None
            if not tail or not re.search(r"\w", text[: dash.start()]):
                continue
            time = deadlines.deadlines_of_cell(tail["time"], self.anchor) if tail["time"] else []
            if tail["time"] and not time and len(tail["time"]) > ROW_TIME_CHARS:
                continue  # a time with no date is a short cell ("Thường xuyên", "Hằng tháng")
            return run, [replace(d, text=tail["time"].strip()) for d in time]
        return None

    def _lead_after_label(self, text: str, colon: int) -> list[UnitMention]:
        """The units right after an item's label that say they lead ("Đoàn số 1: Sở Y tế (cơ
        quan thường trực) chủ trì, phối hợp ..."), the label being a team or a part of the
        work, not a unit."""
        if colon > TEAM_LABEL_LENGTH:
            return []
        mentions = self.resolver.scan(text)
        if any(m.start < colon for m in mentions):
            return []  # "Bộ Tài chính làm việc ... theo hướng: Bộ X chủ trì ...": no label
        after = colon + 1 + len(text[colon + 1 :]) - len(text[colon + 1 :].lstrip())
        run = _run_of_mentions(text, after, mentions)
        if run and run[0].start == after:
            aside = BRACKETED_ASIDE.match(text, run[-1].end)
            return run if LEADS_HERE.match(text, aside.end() if aside else run[-1].end) else []
        # a name the catalogue does not know: "Cục An toàn Thực phẩm (Bộ Y tế) chủ trì"
        verb = LEADS_HERE.search(text, after, after + NAME_REACH)
        unknown = _unknown_unit(text[after : verb.start()]) if verb else None
        return [replace(unknown, start=after, end=verb.start())] if unknown else []

    def _capitalised_between_units(self, text: str, verb: re.Match[str]) -> bool:
        """Whether a capitalised verb stands between two units' names, and so is no word of a
        name: "UBND tỉnh Quảng Nam Giao Sở Y tế ..."."""
        mentions = self.resolver.scan(text)
        before = len(text[: verb.start(1)].rstrip())
        after = verb.end() + len(text[verb.end() :]) - len(text[verb.end() :].lstrip())
        return any(m.end == before for m in mentions) and any(m.start == after for m in mentions)

    def assigned_units(self, text: str) -> tuple[list[UnitMention], int] | None:
        """ "Giao X (chủ trì)", "yêu cầu X", "chỉ đạo cho X": the units a clause hands work to."""
        matches = sorted(
            ASSIGN_VERB.finditer(text), key=lambda m: not m.group(1).lower().startswith("giao")
        )
        for match in matches:
            before = text[: match.start(1)].split()
            if match.group(1)[0].isupper() and before and before[-1][0].isupper() and (
                before[-1][-1].isalnum()
            ) and not self._capitalised_between_units(text, match):
                continue  # a word of a name: "Ban Chỉ đạo", "Sở Giao thông"
            # "UBND TP.HCM yêu cầu": a dot inside an abbreviation ends no clause; a closed
            # bracket is the issuer's short name or a byline: "Sở Tài chính (Sở TC) đề nghị"
            head = re.sub(r"\([^()]*\)", " ", text[: match.start(1)])
            head = NUMBER_COLON.sub("số ", head)  # "văn bản số: 113/HĐND-TT": no clause ends
            # nor the dot of a level's abbreviation: "Chủ tịch UBND TP. Vũng Tàu đề nghị"
            pieces = CLAUSE_BREAK.split(self._names_unbroken(head))
            pieces = [piece.replace(NAME_COMMA, ",") for piece in pieces]
            if len(pieces) > 2 and ISSUER_LINK.fullmatch(pieces[-1]) and NAMED_PERSON.match(
                    pieces[-3].lstrip(" -")) and ISSUER_START.match(pieces[-2].strip()):
                # "Ông X, Chủ tịch UBND tỉnh, chỉ đạo", "..., vừa ký văn bản yêu cầu": the title
                # in apposition
                pieces.pop()
            if len(pieces) > 1 and not pieces[-1].strip() and VERB_OF_A_LIST.match(pieces[-2]):
                continue  # "hướng dẫn, đôn đốc, yêu cầu các đơn vị ...": the doer's own verbs
            if HANDS_OVER.match(match.group(1)) and len(pieces) > 1 and not (
                    pieces[-1].strip()) and self._unit_does_work(pieces[0].lstrip(" -+•")):
                continue  # "Tòa án ... ban hành Quyết định ..., giao cho Viện kiểm sát ..."
            head = re.sub(r"^[\W_]+", "", pieces[-1])  # " - UBND TP ...", after "(HNM)"
            # "Theo đó, Hà Nội yêu cầu ...": a province by its name alone, opening the sentence
            # or after a link (not "Bộ Công Thương", no unit's name)
            # or after the topic it is about: "Về nhân sự ..., Hà Nội yêu cầu ..."
            place_issues = (len(pieces) == 1 or bool(LINKING_ONLY.match(pieces[-2].strip())) or (
                len(pieces) == 2 and ABOUT_A_TOPIC.fullmatch(pieces[0].strip()) is not None)) and (
                _place_by_name(head)) and not (ORG_HEAD.match(head) or self.resolver.scan(head))
            # "Chủ tịch UBND huyện biểu dương ..., đồng thời ... và yêu cầu X": the sentence's
            # subject goes on issuing in a predicate joined by "đồng thời"
            joined = COORDINATED.search(text[: match.start(1)]) and ISSUER_START.match(
                pieces[0].lstrip(" -"))
            # "Chủ tịch Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm (Ủy ban Quốc gia) yêu
            # cầu": a body named in full, commas and all, then by its short name
            short_named = SHORT_NAME_BEFORE.search(text, 0, match.start(1))
            if not (joined or place_issues or short_named) and (
                NOT_ASSIGNING.search(head) or not self._issued_before(head, match.group(1))
            ):
                continue
            offset = match.end()
            mentions = self.resolver.scan(text)
            director = DIRECTOR_BEFORE_DOERS.match(text, offset)
            if director and _run_of_mentions(text, director.end(), mentions):
                offset = director.end()
            # "đề nghị: đối với các đơn vị thi công tập trung ...": the units it is addressed to
            front = ASKED_ADDRESSED.match(text, offset)
            if front and _run_of_mentions(text, front.end(), mentions):
                offset = front.end()
            addressed = offset
            # "đề nghị tháng 12/2018 X ...", "yêu cầu trong ngày 23-2, X ..." ("trong" is no title)
            if not WHEN_BEFORE_UNITS.match(text, offset):
                offset += _strip_titles(text[offset:])
            when = WHEN_BEFORE_UNITS.match(text, offset)
            offset = when.end() if when else offset
            run = _run_of_mentions(text, offset, mentions) or _heads_of_places(
                text, addressed, mentions) or self._bare_place(text, offset) or (
                self._bare_localities(text, offset))
            run = _with_project_parties(text, offset, run)
            verb = match.group(1).lower()
            if run and verb.startswith("thông báo") and not _duty_follows(text, run[-1].end):
                continue  # "thông báo các sở, ngành biết": told, not asked
            if run and "gửi" in verb and not DESCRIBED_VERB.match(
                f" {text[run[-1].end :].lstrip(' ,')}"
            ):
                continue  # "gửi đến các sở văn bản hướng dẫn": sent to, not asked of
            if run:
                run = _members_listed(text, _with_unknown_members(text, run, mentions), mentions)
            if run and run[-1].collective and POINTS_BACK.match(text, run[-1].end) and not (
                re.match(r"\s+trên\s+(?:cơ sở|địa bàn)", text[run[-1].end :])
            ) and ANAPHOR.match(text, run[-1].start + _strip_titles(text[run[-1].start :])):
                # "các đơn vị trên": an anaphor, for the units named before; not a unit of the
                # places pointed back at ("Ban An toàn giao thông 10 địa phương này")
                return None
            if run and (enabled := _enabled_doers(text, run[-1].end, mentions)):
                return enabled, enabled[-1].end
            if len(run) == 1 and _generic(run[0].name) and (sent := self.sent_to(text)) and (
                    sent[-1].end <= match.start(1)):
                # "có công văn gửi các bộ, ngành, địa phương về ..., đề nghị các cơ quan khẩn
                # trương ...": the units the document went to
                run = sent
            if run:  # "yêu cầu các đơn vị quản lý khai thác hồ chứa ... phải rà soát ..."
                _narrow(text, run)
                return run, run[-1].end
            # A unit the catalogue does not know, by its head word: "đề nghị Công ty Cổ phần
            # X khảo sát ..."; after "đề nghị"/"yêu cầu" only by a proper name a verb follows.
            giao = match.group(1).lower().startswith("giao")
            named = _name_before_role(text[offset:]) if giao else _proper_name(text[offset:])
            if named:
                named = _before_listed_unit(text, offset, named, mentions)
            unknown = _named_offices(named, offset) if named else []
            if unknown:
                # the known units listed after it: "Thủ trưởng cơ quan thành viên Ủy ban Quốc gia,
                # Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ... tập trung chỉ đạo ..."
                joined = DOERS_JOINED.match(text, unknown[-1].end)
                listed = _run_of_mentions(text, joined.end() + _strip_titles(
                    text[joined.end() :]), mentions) if joined else []
                return unknown + listed, (listed or unknown)[-1].end
            if (giao or verb.startswith("phân công")) and (
                staff := _staff(text, match.end(), mentions)
            ):
                return staff, staff[-1].end
        return None

    def _plan_period(self, text: str) -> deadlines.Deadline | None:
        """A bare period fronted before what a unit will do ("Trong đó, quý 1/2026, Cục VIII sẽ
        tiến hành thanh tra ..."): the period the plan's step falls in, as "trong quý 1/2026"."""
        fronted = FRONTED_PERIOD.match(text)
        if fronted is None or not WILL_LATER.search(text, fronted.end()):
            return None
        found = deadlines.find_deadlines(f"trong {fronted['period']}", self.anchor)
        if not found:
            return None
        return replace(found[0], text=fronted["period"], start=fronted.start("period"),
                       end=fronted.end("period"))

    def _names_unbroken(self, text: str) -> str:
        """``text`` with the commas inside unit names ("Sở Văn hóa, Thể thao và Du lịch") hidden,
        so that a split at commas leaves the names whole; a purpose's paired verbs too, in the
        name of a body the catalogue does not know ("Cục Phòng, chống tệ nạn xã hội")."""
        for mention in self.resolver.scan(text):
            if not mention.collective and "," in mention.surface:
                inside = text[mention.start : mention.end].replace(",", NAME_COMMA)
                text = text[: mention.start] + inside + text[mention.end :]
        return PAIRED_PURPOSE.sub(rf"\1{NAME_COMMA}", text)

    def _addressed_place(self, text: str, opening: int, start: int) -> list[UnitMention]:
        """ "Đối với tỉnh Tuyên Quang, địa phương cần khẩn trương ...": the place a clause is
        addressed to does the work that follows with no subject, or with "địa phương" for one."""
        front = ADDRESSED_PLACE.search(text, 0, opening)
        local = THE_LOCALITY.match(text, start)
        if front is None or not DOER_VERB.match(text, local.end() if local else start - 1):
            return []
        return self._bare_place(text, front.end())

    def _bare_localities(self, text: str, offset: int) -> list[UnitMention]:
        """ "yêu cầu địa phương ven biển đẩy nhanh ...": "địa phương" asked with no "các" is
        each locality, when what follows is the work, not a word that narrows or points."""
        if not (locality := THE_LOCALITY.match(text, offset)):
            return []
        plural = "các "
        # "Khu phố" opening its sentence names the kind: "Các khu phố"
        asked = text[offset : offset + NAME_REACH]
        mentions = self.resolver.scan(plural + asked[:1].lower() + asked[1:])
        if not mentions or mentions[0].start != 0:
            return []
        end = offset + mentions[0].end - len(plural)
        if not LOCALITY_WORK.match(text, end) or not text[end:].lstrip()[:1].islower() or (
                end != locality.end() and not locality.group().lower().startswith("địa")):
            return []  # "đề nghị thôn Đồng Tâm ...": one village by its name, not each
        return [replace(mentions[0], surface=text[offset:end], start=offset, end=end)]

    def _bare_place(self, text: str, offset: int) -> list[UnitMention]:
        """ "giao phường Quang Trung phối hợp ...": a commune or ward named alone is its UBND."""
        place = BARE_PLACE.match(text, offset)
        if place is None and (level := BARE_LEVEL.match(text, offset)) and DOER_VERB.match(
                text, level.end()):
            place = level  # "đề nghị tỉnh hoàn thiện hồ sơ ...": the province the text is about
        if place is None:
            return []
        mentions = self.resolver.scan(f"UBND {CITY_WITH_DOT.sub('TP ', place.group())}")
        if len(mentions) != 1:
            return []
        return [replace(mentions[0], surface=place.group(), start=place.start(), end=place.end())]

    def _doing_place(
        self, text: str, start: int, dated: Sequence[deadlines.Deadline | deadlines.Recurrence]
    ) -> list[UnitMention]:
        """ "Xã Thọ Lập tổ chức khám sơ tuyển, hoàn thành trong tháng 11/2025": a commune or a
        ward named alone as the subject of work it is to finish by a date, or to do on a day
        of each week ("Phường Rạch Dừa sẽ duy trì ... vào thứ bảy hàng tuần"), is its UBND (not
        of work on a date: "Huyện Ninh Hải treo cờ ... 30/4", a photo's caption). A plan's
        period fronted before it dates the work too: "Theo kế hoạch, trong quý IV năm 2025, xã
        Tứ Kỳ tập trung tuyên truyền ..."."""
        fronted = any(
            span.end <= start and isinstance(span, deadlines.Deadline)
            and span.kind in PERIOD_KINDS and not text[span.end : start].strip(" ,")
            for span in dated)
        # in lower case, at a subject's place after the words fronted: "Với chủ đề năm 2025 là
        # ..., quận Ba Đình sẽ đồng loạt tổ chức lễ phát động ... trước ngày 30/5"
        # ..., or after "riêng", the exception made of it: "Riêng xã Tịnh Khê gửi thêm ..."
        subject_place = text[:start].rstrip().endswith(",") or bool(
            EXCEPTION_MADE.fullmatch(text, 0, start))
        timed_after = any(span.start > start and (
            isinstance(span, deadlines.Recurrence) or DUE_BY.match(span.text)) for span in dated)
        if not (text[start : start + 1].isupper() or fronted or subject_place) or not (
                fronted or timed_after):
            return []
        window = text[start].lower() + text[start + 1 : start + NAME_REACH]  # "Xã" as "xã"
        named = BARE_PLACE.match(window)
        if named is None:
            return []
        places = self._bare_place(window, 0)
        level = named.group().split()[0]
        end = named.end()
        while places and (listed := NEXT_BARE_PLACE.match(window, end)) and not (
                self.resolver.scan(listed["name"])):
            more = self._bare_place(f"{listed['level'] or level} {listed['name']}", 0)
            if not more:
                break
            places.append(replace(more[0], start=listed.start("name"), end=listed.end()))
            end = listed.end()
        if not (fronted or any(span.start >= start + end for span in dated)):
            return []
        verb = PLACE_ACTS.match(text, start + end)
        if verb is None or not DOER_VERB.match(text, verb.end()):
            return []
        return [replace(m, surface=text[start + m.start : start + m.end], start=start + m.start,
                        end=start + m.end) for m in places]

    def _unit_does_work(self, clause: str) -> bool:
        """Whether a clause opens on a unit that is no issuer doing its own work ("Tòa án nhân dân
        khu vực 6 ban hành Quyết định ..."), not an issuer ("UBND tỉnh ...", "Chủ tịch ...")."""
        if ISSUER_START.match(clause):
            return False
        run = _run_of_mentions(clause, 0, self.resolver.scan(clause))
        return bool(run) and not any(GOVERNING.match(m.name) for m in run) and bool(
            DOER_VERB.match(clause, run[-1].end))

    def _issued_before(self, head: str, word: str) -> bool:
        """Whether ``head``, the clause before an assignment verb, is empty or who issues it.

        "Chỉ đạo X ..." opening an item is the item's own unit directing X, so "chỉ đạo" hands
        work over only after an issuer: "UBND tỉnh chỉ đạo UBND huyện ...", never after a
        collective, which directs as its own duty.
        """
        directs = word.lower().startswith("chỉ đạo")
        if not directs and LEADERS_DIRECTION.search(head):
            return True  # "... truyền đạt ý kiến chỉ đạo của Phó Chủ tịch UBND TP X giao ..."
        head = LINKING_ONLY.sub("", LEADING_LINK.sub("", SPEAKER.sub("", head.strip())))
        head = ANNOUNCES_AND.sub("", head)  # "Văn phòng Bộ xin thông báo và đề nghị ..."
        if (joined := JOINED_CLAUSE.match(head)) and ISSUER_START.match(head[joined.end() :]):
            # "Vấn đề này đang rất khó khăn và bộ trưởng đã giao ...": a clause joined on, with
            # an issuer of its own
            head = head[joined.end() :]
        if TOPIC.match(head) or WORK_POINTED_AT.fullmatch(head):
            head = ""  # "Đối với dự án X giao phường Y ...": a topic, then the instruction
        if not head:
            return not directs
        opening = ISSUER_START.match(head)
        mentions = self.resolver.scan(head)
        if (opening or (mentions and mentions[0].start == 0)) and ALSO.search(head) and not (
            directs  # "... phê duyệt và chỉ đạo": the item's own
        ):
            return True  # "BHXH Việt Nam xây dựng biểu mẫu và yêu cầu ..."
        if opening and not mentions and _named_by_its_field(head[opening.end() :]):
            return True  # "Bộ trưởng Lao động - Thương binh và Xã hội đề nghị ..."
        if not opening and not (mentions and mentions[0].start == 0):
            # An issuer the catalogue does not hold: "Bộ Tài nguyên và Môi trường vừa có văn
            # bản đề nghị ...", "Trung tâm Văn hóa Quận 9 đề nghị ...". Not a predicate joined
            # on to a subject named before: "X có kế hoạch hành động cụ thể và chỉ đạo ...".
            if re.search(r"\bvà\s*$", head):
                return False
            short = SHORT_NAME.match(head)  # "TTCP cũng đề nghị ...": its short name, given before
            return bool(ORG_HEAD.match(head) or PARTY_ISSUER.match(head) or (
                PLACE_ISSUER.match(head)) or DOCUMENT_ISSUER.match(head) or (
                MINISTRY_NAMED_BEFORE.fullmatch(head)) or (
                short and ISSUER_LINK.fullmatch(head[short.end() :])))
        # the issuer's own run of names: a later "UBND" in "số 123/UBND-KT" is not one
        issuers = _run_of_mentions(head, _strip_titles(head), mentions) or mentions[-1:]
        if COLLECTIVE_DUTY.match(word) and issuers and issuers[-1].collective:
            # "UBND các xã chỉ đạo Ban Chỉ huy quân sự ...", "UBND các huyện giao Phòng Văn hóa
            # là đầu mối ...": each commune's, each district's own duty
            return False
        if directs and issuers and not GOVERNING.match(issuers[-1].name) and not (
            opening or DOCUMENT_ISSUER.search(head)
        ):
            # "Sở NN&PTNT chỉ đạo các cơ quan thuộc sở thống kê ...": a department directs its
            # own staff as its duty; it hands work over through its head ("Giám đốc Sở Y tế chỉ
            # đạo ...") or a letter it issues ("Sở Y tế vừa có văn bản chỉ đạo các bệnh viện")
            return False
        issuer_end = max(opening.end() if opening else 0, issuers[-1].end if issuers else 0)
        return ISSUER_LINK.fullmatch(head[issuer_end:]) is not None

    def subject_units(
        self,
        text: str,
        first: bool,
        dated: Sequence[deadlines.Deadline | deadlines.Recurrence],
        later: str = "",
    ) -> list[UnitMention]:
        """Units that open a clause as its subject: "Sở Xây dựng chủ trì ...".

        The first clause of a numbered item is an instruction by its place; any other clause
        is one only when it sets a deadline or says that its subject must act.
        """
        opening = _past_time_fronted(text, _subject_start(text), dated)
        start = opening + _strip_titles(text[opening:])
        mentions = self.resolver.scan(text)
        run = _run_of_mentions(text, start, mentions) or _office_by_name(
            text, start, mentions) or _heads_of_places(text, opening, mentions) or (
            # the exception made of places read as fronted words up to a comma: "Riêng xã Tịnh
            # Khê gửi thêm báo cáo, thời hạn chậm nhất ngày D", "Riêng xã A, xã B phải ..."
            self._doing_place(text, made.end(), dated)
            if (made := EXCEPTION_MADE.match(text)) else []) or (
            self._doing_place(text, start, dated)) or _staff_by_field(text, start, mentions)
        # the fronted words ended at a comma inside a name they hold ("Trên cơ sở báo cáo của
        # các Bộ, ngành, Sở X chủ trì"): that name is no subject
        run = [m for m in run if m.start >= opening or not PREPOSITION_BEFORE.search(
            text[: m.start]) or text[: m.start].rstrip().endswith(" và")]
        if len(run) == 1 and ROLE_NAMED.match(run[0].name) and (
                named := ROLE_IS.match(text, run[0].end)):
            # "Cơ quan chủ trì xây dựng đề án là Sở Nội vụ, ...": the unit named for the role
            run = _run_of_mentions(text, named.end(), mentions) or run
        addressed = _addressed_doers(text, mentions)
        if addressed and _issuer_asks_after(text, addressed[-1].end, mentions):
            return addressed  # "Đối với UBND các xã, Chủ tịch UBND tỉnh yêu cầu báo cáo ..."
        if run and addressed[-1:] == run[-1:]:
            run = addressed  # "Đối với xã, phường và đơn vị trực thuộc huyện gửi ...": all of them
        if not run:
            run = addressed or self._addressed_place(text, opening, start)
        if not run:  # "..., các nhà thầu cần huy động tối đa nguồn lực ..."
            run = _with_project_parties(text, start, [])
        if not run and opening:
            run = _doers_past_a_named_thing(text, opening, mentions)
        if not run and first and (label := ITEM_LABEL.match(text)) and not any(
                m.start < label.end() <= m.end for m in mentions):
            # "2. Chế độ báo cáo trong dịp nghỉ lễ: Công an tỉnh, BCH Quân sự tỉnh báo cáo ...":
            # the item's subject after its label; not "phối hợp với các Bộ: A, B", a list
            run = _run_of_mentions(text, label.end(), mentions) or _office_by_name(
                text, label.end(), mentions)
        if not run and dated and (label := LABELLED.search(text)):
            # "Thời gian ... từ ngày D1 đến ngày D2: Các sở, ...; UBND các xã (sau đây gọi là
            # ...) tổ chức ...": the units after a field's label, when their verb follows
            run = _doers_at(text, label.end(), mentions, r"\s*(?:\([^()]*\))?")
        if not run and any(span.start >= start for span in dated):
            run = _described_doer(text, start)
        if not run:
            run = self._subject_after_comma(text)
        # A leader by title is the unit when the sentence sets the unit work to finish
        # ("Giám đốc Sở Tư pháp chỉ đạo rà soát ..., báo cáo trước ngày D"); else it is a
        # leader's own agenda.
        if not run:
            return []
        leader = _is_person(text[opening:], run) and not ASKED.match(text, run[-1].end)
        if leader and not any(DUE_BY.match(span.text) for span in [
                *dated, *deadlines.find_deadlines(later, self.anchor)]) and not (
                first and LEADER_DUTY.match(text, _past_remit(text, run[-1].end))):
            return []
        run = _with_unknown_members(text, run, mentions)
        members = _members_listed(text, run, mentions)
        if not first and all(m.surface.isupper() for m in run) and not all(
                is_abbreviation(word) for m in run for word in re.findall(r"\w+", m.surface)):
            # "ỦY BAN NHÂN DÂN | CỘNG HÒA ...": a letter's heading, not a subject (but "TT PVHCC
            # bố trí ...", a name abbreviated, is one)
            return []
        _narrow(text, run)  # "Các phường trong diện sắp xếp cần ..."
        after = run[-1].end
        if among := AMONG_THOSE_NAMED.match(text, after):
            after = among.end()  # "mỗi xã trong 6 xã vừa nêu tổ chức ...": the verb follows
        if pointed_back := POINTS_BACK.match(text, after):  # "các đảng bộ trên đã ...": a report
            if len(run) == 1 and run[0].collective and ANAPHOR.match(text, run[0].start):
                return []  # "Các đơn vị nêu trên gửi báo cáo ...": the units named before
            after = pointed_back.end()
        subject_end = after = _past_remit(text, after)
        if INTRODUCES_ITS_PLAN.match(text, after):
            return []
        after = _past_own_time(text, after, dated)
        if ASSIGNED_TO_SUBJECT.match(text, after):
            return members
        # a department directing those below it does so as its own duty ("Sở X chỉ đạo các
        # phòng ..."), as any body does directing work, not a unit ("UBND xã chỉ đạo rà soát ...")
        directs_own = bool(DIRECTS.match(text, after)) and (
            not GOVERNING.match(run[-1].name) or _directs_work(text, after, mentions))
        directs_work = directs_own or _collective_duty(text, after, run) or bool(
            OWN_DIRECTION.match(text, after))
        due_spans = [span for span in dated if DUE_BY.match(span.text)]
        reports = NOT_A_VERB.match(text, after)
        will = reports is not None and reports.group(1).lower() == "sẽ"
        fronted_step = will and any(span.end <= opening for span in dated) and not (
            WILL_RECEIVE.match(text, reports.end()))
        if will and (fronted_step or any(
                span.start >= after and WILL_DELIVER.match(text, reports.end())
                for span in due_spans) or any(
                span.start >= after and WILL_DELIVER.match(text, reports.end())
                and isinstance(span, deadlines.Deadline) and IN_PERIOD.match(span.text)
                for span in dated) or (PER_THE_PLAN.search(text, 0, opening) and any(
                    span.start >= after for span in dated)) or any(
                    isinstance(span, deadlines.Recurrence) and span.start >= after
                    for span in dated)):
            # "Trước ngày D, X sẽ trao ...", "Trong quý III/2026, X sẽ công bố ...", "X sẽ gửi ...
            # chậm nhất là ngày D", "Theo kế hoạch X sẽ phát lệnh gọi ... từ ngày 12 đến 20/12": a
            # timetable's step, due by then; "X sẽ định kỳ công khai ... vào sáng Thứ Ba hàng
            # tuần": a standing duty
            reports = None
        # bodies of a kind opening an item never issue it: "2. UBND các huyện ... căn cứ ... để
        # chỉ đạo, hướng dẫn các xã ..." is their duty
        # ... nor does an item's unit that is to issue a text by a date ("1. Phòng Nghiệp vụ ban
        # hành kế hoạch giám sát trước ngày D")
        issues = ISSUES.match(text, after) and not (due_spans and (
            TELLS.match(text, after) or (first and SENDS_BY_A_DATE.match(text, after)))) and (
            not (first and all(m.collective for m in run)))
        # a meeting a body holds is reported, or its own agenda; but an item of a programme that
        # opens on a body organising a conference is its work ("1. Văn phòng Đảng ủy tổ chức hội
        # nghị tổng kết công tác dân vận")
        # ... nor one it holds every week or month ("Chi cục Kiểm lâm tổ chức giao ban trực
        # tuyến ... vào sáng thứ Hai hằng tuần"), a standing duty
        meets = MEETS.match(text, after) and not due_spans and not (
            first and HOLDS_AN_EVENT.match(text, after)) and not any(
            isinstance(when, deadlines.Recurrence) for when in dated)
        if reports or ((issues or meets) and not directs_work):
            return []
        if first or _duty_follows(text, after) or _directs_those_below(text, after, run, mentions):
            return members
        if (label := UNITS_LABEL.match(text, after)) and (DOER_VERB.match(
                f" {text[label.end() :].lower()}") or (
                (not (front := text[: run[0].start].strip(OPENING_MARKS))
                 or ADDRESSED_FRONT.fullmatch(f"{front} ")) and LINE_DUTY.match(
                    text, label.end())) or (not front and _labels_its_work(text, label.end()))):
            # "Các bộ, cơ quan, địa phương: (i) Tiếp tục cắt giảm ...", "UBND các huyện A, B:
            # Huy động lực lượng ...", "Đối với UBND các tỉnh: Chỉ đạo tăng cường ..."
            return members
        # a deadline after the subject, or fronted before it: "Chậm nhất đến cuối tháng 12, X ..."
        return members if any(
            span.start >= subject_end or span.end <= opening for span in dated) else []

    def free_units(self, text: str, due_by: bool) -> list[UnitMention]:
        """The first run of units in a subject's place, at the clause's start or after a comma,
        that acts: the doers of a dated clause no form of assignment names ("Trong thời gian lấy
        ý kiến, các cơ quan, ban, ngành huyện có ý kiến gửi về UBND huyện trước ngày D")."""
        mentions = self.resolver.scan(text)
        position = 0
        for mention in mentions:
            if mention.start < position:
                continue
            run = _run_of_mentions(text, mention.start, mentions)
            if not run:  # a person's seat with no unit after it
                position = mention.end
                continue
            position = run[-1].end
            before = text[: mention.start].rstrip()
            if before.lstrip(" -+*•") and before[-1] not in ",;:":
                continue
            if PLACES_LISTED.search(before):
                continue  # "diệt loăng quăng tại 100% hộ gia đình, các cơ quan, ...": places
            if _receiver_named_on(before, text, position):
                continue  # "gửi về Phòng Quản lý khoa học, Sở KH&CN (142 Trần Phú)": who receives
            sends = due_by and SENDS_BY_A_DATE.match(text, position)
            if _is_person(text[mention.start :], run) or (not sends and (
                NOT_A_VERB.match(text, position) or ISSUES.match(text, position)
                or (not due_by and MEETS.match(text, position))
            )):
                continue
            return run
        return []

    def concerned_units(self, text: str) -> list[UnitMention]:
        """ "nội dung đối với các phòng, ban, UBND các phường cần triển khai": the units the
        work concerns, where it says they must do it."""
        mentions = self.resolver.scan(text)
        for match in re.finditer(r"(?<!\w)đối với\s+", text, re.IGNORECASE):
            run = _run_of_mentions(text, match.end() + _strip_titles(text[match.end() :]),
                                   mentions)
            if run and re.match(r"\s*(?:cần|phải)\b", text[run[-1].end :]):
                return run
        return []

    def deadline_owners(self, text: str, dated: bool) -> list[UnitMention]:
        """ "Hạn nộp hồ sơ dự thi của các trường vào ngày D": the units whose submission a
        deadline noun opening the clause dates, named in the genitive; "Thời gian các xã gửi báo
        cáo: trước ngày D" (``dated``): those whose work a time that is a deadline dates."""
        # "Riêng hạn nộp ...", after the day as a label ("Ngày D: Hạn cuối ...") or as the
        # subject ("Ngày D là hạn cuối ...")
        label = ITEM_LABEL.match(text)
        starts = [_subject_start(text), label.end() if label else None,
                  deadlines.deadline_noun_after_day(text)]
        if any(DEADLINE_NOUN.match(text, start) for start in starts if start is not None):
            return self._units_after(text, DEADLINE_OWNER)
        if dated and TIME_OF_DOERS.match(text, _subject_start(text)):
            return self._units_after(text, TIME_OF_DOERS, doing=True)
        return []

    def leading_the_items(self, lead_in: str) -> tuple[list[UnitMention], int] | None:
        """ "Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các đơn vị liên quan:":
        the units that lead the work listed below, named as its subject."""
        if DUTIES_OF.search(lead_in):  # "Trách nhiệm của các cơ quan, đơn vị:"
            run, ends = self._units_after(lead_in, DUTIES_OF), COLON_ENDS
        else:
            start = _subject_start(lead_in)
            run = _run_of_mentions(lead_in, start + _strip_titles(lead_in[start:]),
                                   self.resolver.scan(lead_in))
            ends = LEADS_WHAT_FOLLOWS
        if not run or not ends.fullmatch(lead_in, run[-1].end):
            return None
        return run, run[0].start

    def time_limit_units(self, lead_in: str) -> tuple[list[UnitMention], int] | None:
        """ "Thời gian quy định cho các cơ quan, đơn vị ... cụ thể như sau:", "hướng dẫn cho các
        thôn thực hiện ... như sau:": the units the work or time limits listed below are set for."""
        # "kinh phí cho các xã được phân bổ" names no doer: after "cho", a verb of work must follow
        run = self._units_after(lead_in, TIME_LIMITS_FOR) or self._units_after(
            lead_in, FOR_UNITS, doing=True)
        return (run, run[-1].end) if run else None

    def _units_after(
        self, text: str, pattern: re.Pattern[str], doing: bool = False
    ) -> list[UnitMention]:
        """The run of units right after the first match of ``pattern`` that has one (and, when
        ``doing``, that a verb of work follows)."""
        mentions = self.resolver.scan(text)
        for match in pattern.finditer(text):
            start = match.end() + _strip_titles(text[match.end() :])
            run = _run_of_mentions(text, start, mentions)
            if run and (not doing or DOER_VERB.match(f" {text[run[-1].end :].lstrip()}")):
                return run
        return []

    def sent_to(self, text: str) -> list[UnitMention]:
        """ "ban hành công văn số 1232/UBND-VP gửi các sở, ngành; UBND các huyện về việc ...":
        the units a document was sent to."""
        sent = DOCUMENT_SENT.search(text)
        return _run_of_mentions(text, sent.end(), self.resolver.scan(text)) if sent else []

    def sent_a_request(self, text: str) -> list[UnitMention]:
        """ "UBND tỉnh có văn bản gửi Sở X yêu cầu khẩn trương nghiên cứu ...": the addressees of
        a document that asks, with no other unit named for the work."""
        sent = self.sent_to(text)
        asks = ASKS.match(text, sent[-1].end) if sent else None
        if asks is None:
            return []
        start = asks.end() + _strip_titles(text[asks.end() :])
        # "gửi Sở Nội vụ đề nghị UBND các xã phối hợp": the unit asked is named after the verb
        return _run_of_mentions(text, start, self.resolver.scan(text)) or sent

    def tells_done(self, text: str) -> bool:
        """Whether a clause's subject, named or pointed back at, has done or is doing the work:
        "Các đơn vị trên đã hoàn thành kiểm tra trước ngày D" reports; it asks nothing."""
        start = _subject_start(text)
        start += _strip_titles(text[start:])
        run = _run_of_mentions(text, start, self.resolver.scan(text))
        pointed = ANAPHOR.match(text, start)
        if run:
            end = run[-1].end
        elif pointed:
            end = pointed.end()
        else:
            return False
        pointed_back = POINTS_BACK.match(text, end)
        return bool(REPORTED.match(text, pointed_back.end() if pointed_back else end))

    def anaphor(self, text: str) -> re.Match[str] | None:
        """A unit pointed back at where a clause's subject or an assignee stands."""
        if not ANAPHOR.search(text):
            return None
        positions = [_subject_start(text)]
        positions += [m.end() for m in ASSIGN_VERB.finditer(text)]
        for position in positions:
            position += _strip_titles(text[position:])
            found = ANAPHOR.match(text, position)
            if found and REPORTED.match(text, found.end()):
                return None  # "Đến nay, các đơn vị trên đã hoàn thành ...": done, not asked
            if found and _duty_follows(text, found.end()):
                return found
        return None

    def named_late(self, before: str) -> list[UnitMention]:
        """The units a text listed last as late with their work: "Còn 05 đơn vị chưa gửi báo
        cáo, gồm: UBND xã Tân Lập, UBND xã Đồng Tâm và UBND xã Yên Thịnh."."""
        lists = list(LATE_LIST.finditer(before))
        if not lists:
            return []
        listed = lists[-1]
        end = SENTENCE_END.search(before, listed.end())
        names = before[listed.end() : end.start() if end else len(before)]
        return [m for m in self.resolver.scan(names) if not m.collective]

    def antecedent(self, before: str, anaphor: re.Match[str]) -> list[UnitMention]:
        """The units an anaphor stands for, from the text before it: the department of that
        kind named last ("sở"), the last list of units ("các đơn vị trên"), the last unit."""
        mentions = [  # "các đảng bộ trên" points back itself
            m for m in self.resolver.scan(before) if not POINTS_BACK.match(before, m.end)
        ]
        if anaphor.group("work"):
            return self.done_by(before)
        kind = _pointed_kind(anaphor)
        if kind in POINTED_KINDS:
            same = [m for m in mentions if m.name.lower().startswith(f"{kind} ")]
            return same[-1:]
        if level := anaphor.group("level"):
            governments = [m for m in mentions if not m.collective and re.match(
                rf"(?:UBND|Ủy ban nhân dân)\s+{level.lower()}\s", m.name)]
            return governments[-1:]
        runs: list[list[UnitMention]] = []
        for mention in mentions:
            gap = before[runs[-1][-1].end : mention.start] if runs else ""
            # titles between the units of a list: "Thủ trưởng các sở, Tổng Giám đốc các ..."
            # and a short name in brackets: "các đơn vị thuộc Ngân hàng Nhà nước (NHNN) và ...";
            # more numbers of a numbered unit and "các" before the next kind: "các Quân khu 4, 5,
            # 7; Quân đoàn 34; các Binh chủng Đặc công"
            if runs and (re.fullmatch(
                rf"\s*(?:\([^()]{{1,20}}\))?(?:\s*,\s*\d{{1,3}})*\s*(?:,|;|và|cùng)?\s*(?:các\s+)?"
                rf"{_TITLE}?", gap, re.IGNORECASE
            ) or ENUMERATED_NEXT.fullmatch(gap)):
                runs[-1].append(mention)
            else:
                runs.append([mention])
        if count := anaphor.group("count"):  # "4 bộ, ngành nêu trên": the last list of that many
            many = int(count) if count.isdigit() else COUNT_WORDS.index(count.lower()) + 2
            counted = [r for r in runs if len(r) == many]
            kind = (anaphor.group("plural") or "").lower()
            of_kind = [r for r in counted if all(m.name.lower().startswith(f"{kind} ") for m in r)]
            # or the last of that kind named before its sentence, asked apart: "giao Sở Tài chính
            # ...; Sở Xây dựng ... Hai sở này định kỳ báo cáo ..." (not its own issuer's "Bộ Tài
            # chính đề nghị 3 bộ, ngành nêu trên ...")
            sentence = max((m.end() for m in re.finditer(r"[.!?](?=\s|$)", before)), default=0)
            named = list({m.name: m for m in mentions if m.start < sentence and not m.collective
                          and m.name.lower().startswith(f"{kind} ")}.values())
            if of_kind:
                return of_kind[-1]
            if len(named) >= many:
                return named[-many:]
            return counted[-1] if counted else []
        if plural := anaphor.group("plural"):
            many = [r for r in runs if len(r) > 1 or r[0].collective]
            if plural.lower() in LOCALITY_WORDS:
                # "UBND các huyện A, B chủ trì, phối hợp với các cơ quan, đơn vị liên quan ...
                # Các địa phương này phải báo cáo ...": the localities, not the offices; "Chủ
                # tịch UBND các tỉnh, thành phố nêu trên" after the provinces and the ministries
                # a dispatch is sent to: the provinces
                local = [[m for m in r if _local_government(m.name)] for r in runs]
                many = [r for r in local if r] or many
            return (many or runs)[-1] if runs else []
        return runs[-1][-1:] if runs else []

    def _subject_after_comma(self, text: str) -> list[UnitMention]:
        """ "Trong tháng 9, bên cạnh việc ..., các cơ quan, ban ngành cần tập trung ...": units
        that must act, after whatever a long opening put before them."""
        mentions = self.resolver.scan(text)
        for mention in mentions:
            before = text[: mention.start]
            # with no comma: "sau khi kiện toàn bộ máy UBND xã cần ...", not "của UBND xã cần"
            # nor a common noun ("mức thuế phải nộp")
            if not re.search(r"[,…]\s*$", before) and (
                PREPOSITION_BEFORE.search(before) or not MUST.match(text, mention.end)
                or not (mention.surface[0].isupper() or mention.collective)
            ):
                continue
            run = _run_of_mentions(text, mention.start, mentions)
            after = _past_remit(text, run[-1].end) if run else 0
            if run and (MUST.match(text, after) or LEADS_WITH_SUPPORT.match(text, after)
                        or ASSIGNED_TO_SUBJECT.match(text, after)
                        or self._will_deliver_by_a_date(text, after)):
                return run
        for comma in re.finditer(r"[,…]\s*", text):
            # "đối với các công trình đã thông xe, các nhà thầu cần huy động ...": by role
            parties = _with_project_parties(text, comma.end(), [])
            if parties and MUST.match(text, parties[-1].end):
                return parties
        return []

    def _will_deliver_by_a_date(self, text: str, after: int) -> bool:
        """ "..., UBND xã sẽ tiến hành tổ chức hội nghị ..., phấn đấu xong trước ngày 30/6": a
        plan's step for the subject, by the date the clause sets after it."""
        will = re.match(r"\s+sẽ", text[after:])
        return bool(will) and bool(WILL_DELIVER.match(text, after + will.end())) and any(
            DUE_BY.match(d.text) for d in deadlines.find_deadlines(text[after:], self.anchor))

    def scheduled_doers(
        self, text: str
    ) -> tuple[list[UnitMention], list[deadlines.Deadline]] | None:
        """The units a schedule's entry names and its day, the entry being its hour and day and
        the units alone ("07 giờ 30 ngày 14/01/2021 Đoàn ĐBQH đơn vị tỉnh Tây Ninh;", "Ngày
        30/4/2026 Phòng Kinh tế"): their duty on that day, as the schedule's heading says."""
        entry = SCHEDULE_ENTRY_DOERS.fullmatch(text.strip())
        if entry is None:
            return None
        names = entry["names"]
        start = _strip_titles(names)
        run = _run_of_mentions(names, start, self.resolver.scan(names))
        day = deadlines.day_of_heading(entry["day"], self.anchor)
        if not run or names[run[-1].end :].strip(" ;.,") or day is None:
            return None
        return run, [day]

    def item_addressees(self, text: str) -> list[UnitMention]:
        """ "Đối với Ban QLDA tỉnh: không gia hạn; đề nghị gửi hồ sơ ...": the units a label
        opening an item addresses, or a heading of them alone ("3. Đối với Sở Xây dựng" over
        its paragraph)."""
        front = ADDRESSED_FRONT.match(text)
        if front is None:
            return []
        run = _run_of_mentions(text, front.end(), self.resolver.scan(text))
        return run if run and (UNITS_LABEL.match(text, run[-1].end) or HEADING_END.fullmatch(
            text, run[-1].end)) else []

    def done_by(self, text: str) -> list[UnitMention]:
        """ "Kinh tế đô thị do Sở Kế hoạch và Đầu tư chủ trì, ... do Sở Nội vụ chủ trì": the units
        after "do" that lead."""
        leads = [m for run in self.all_done_by(text) for m in run]
        return list({m.name: m for m in leads}.values())

    def all_done_by(self, text: str) -> list[list[UnitMention]]:
        """Every "do X chủ trì" of a text: "A do Sở X chủ trì, B do Sở Y chủ trì"."""
        mentions = self.resolver.scan(text)
        found = []
        for match in re.finditer(r"(?<!\w)do\s+", text, re.IGNORECASE):
            start = match.end() + _strip_titles(text[match.end() :])
            run = _run_of_mentions(text, start, mentions)
            if run and DONE_BY_ROLE.match(text, run[-1].end):
                found.append(run)
            elif not run:
                # one the catalogue does not know: "do Viện Nghiên cứu phát triển chủ trì"
                role = DONE_BY_ROLE.search(text, start, start + 100)
                unknown = _unknown_unit(text[start : role.start()]) if role else None
                if unknown and not re.search(r"[,;]", unknown.surface):
                    found.append([replace(unknown, start=start, end=role.start())])
        return found

    def prepared_by(self, text: str) -> tuple[list[UnitMention], list[UnitMention]]:
        """ "(X chuẩn bị)", "(X chủ trì, Y phối hợp xây dựng)": leads and support in brackets."""
        for match in PREPARES.finditer(text):
            preparers = match.group(1)
            # "(Văn phòng phối hợp (với) Công an xã bố trí)": the first prepares, the rest help
            coordinating = SUPPORT_OPENER.search(preparers)
            helpers = self.resolver.scan(preparers[coordinating.end() :]) if coordinating else []
            leads = self.resolver.scan(preparers[: coordinating.start()] if helpers else preparers)
            if not leads:
                # A unit the catalogue does not hold: "(Trung tâm Văn hóa – Thể thao và
                # Truyền thanh huyện chuẩn bị báo cáo)"
                named = re.sub(r"^(?:giao(?:\s+cho)?)\s+", "", match.group(1), flags=re.I)
                # by its name, capitalised ("(thư viện hồ sơ liệt sĩ; ... bổ sung ...)" is a thing)
                unknown = _unknown_unit(named) if named.strip()[:1].isupper() else None
                leads = [unknown] if unknown else []
            if not leads:
                continue
            rest = match.group(3)
            # more preparers after a semicolon, each with its own part: "(Ban Xây dựng Đảng chuẩn
            # bị báo cáo công tác cán bộ; Đảng ủy UBND xã chuẩn bị báo cáo kinh tế - xã hội)"
            for part in rest.split(";")[1:]:
                if more := PREPARES_TOO.match(part):
                    # by its name where the catalogue does not hold it: "...; Phòng Biên tập -
                    # Thư ký tòa soạn chuẩn bị hồ sơ"
                    found = self.resolver.scan(more.group(1)) or list(
                        filter(None, [_unknown_unit(more.group(1))]))
                    leads += [m for m in found if m not in leads]
            support = self.resolver.scan(rest) if "phối hợp" in rest.lower() else []
            return leads, helpers + [m for m in support if m not in helpers]
        # the preparer by its label, maybe one per event of a schedule's day: "(Chuẩn bị: Văn
        # phòng HĐND và UBND xã); 14h00: ... (Chuẩn bị: Phòng Kinh tế)"
        labelled: list[UnitMention] = []
        for match in PREPARER_LABELLED.finditer(text):
            labelled += [m for m in self.resolver.scan(match.group(1)) if m not in labelled]
        return labelled, []

    def support_units(self, text: str, leads: list[UnitMention]) -> list[UnitMention]:
        """Units named after "phối hợp (với)", or after "chủ trì" in "X chủ trì Y, Z" and "X chủ
        trì; Y, Z phối hợp ..."."""
        lead_names = {m.name for m in leads}
        found: list[UnitMention] = []
        mentions = self.resolver.scan(text)
        for match in re.finditer(
            # "X chủ trì cùng Y ...": Y works with the lead
            rf"\b(?:{COORDINATES_WITH}|chủ trì\s*\)?\s*(?:,?\s*cùng(?:\s+với)?|[,;]|và)?)\s+", text,
            re.IGNORECASE,
        ):
            # a title before the name ("phối hợp với Trưởng các thôn"); not the courtesy that
            # asks support of the units addressed ("rất mong sự phối hợp của Quý đơn vị")
            rest = text[match.end() :]
            start = match.end() + (0 if COURTESY_BEFORE_NAME.match(rest) else _strip_titles(rest))
            run = _run_of_mentions(text, start, mentions)
            if not run and (unknown := _unknown_named_at(text, start)):
                # one the catalogue does not know, by its name, and the units listed after it:
                # "phối hợp với Trường THCS Lê Lợi, Công an xã tổ chức ..."
                listed = NEXT_IN_LIST.match(text, unknown.end)
                run = [unknown, *(_run_of_mentions(text, listed.end(), mentions) if listed else [])]
            for mention in run:
                if mention.start < match.start():
                    continue  # "Cơ quan chủ trì xây dựng đề án là ...": the role, named
                if mention.name not in lead_names and mention not in found:
                    found.append(mention)
        for mention in mentions:  # "..., Công an xã (phối hợp)"
            if _role_after(text, mention) == "phối hợp" and mention not in found:
                found.append(mention)
        return found

    def _in_an_aside_of_its_own(
        self, text: str, deadline: deadlines.Deadline, leads: list[UnitMention]
    ) -> bool:
        """Whether the deadline stands in brackets that open on units doing something of their
        own, beside the clause's doers ("(các địa phương trình Chính phủ đề án ... trước ngày
        1/5/2025)"); not the units the clause names no others beside ("Rà soát hồ sơ (Phòng Kinh
        tế thực hiện, xong trước 15/12/2025)")."""
        if not leads or not _in_brackets(text, deadline.start, deadline.end):
            return False
        inside = text[text.rfind("(", 0, deadline.start) + 1 : deadline.start]
        mentions = self.resolver.scan(inside)
        start = len(inside) - len(inside.lstrip())
        run = _run_of_mentions(inside, start, mentions)
        return bool(run) and bool(
            DESCRIBED_VERB.match(f" {inside[run[-1].end :].lstrip().lower()}"))

    def read_clause(
        self, text: str, first: bool, pointed: deadlines.Deadline | None = None, later: str = ""
    ) -> Clause:
        """The units and deadlines one clause states itself, or ``pointed`` at before it;
        quoted words are not read, but for a quotation that opens it: a leader's direction
        quoted whole ("“Các xã phải ...” - đó là chỉ đạo của ..."). ``later`` is the rest of
        its sentence."""
        clause = Clause(text)
        opening = QUOTE_OPENING.match(text) or SPOKEN_QUOTE.search(text)
        if opening:
            text = f"{text[: opening.start('mark')]} {text[opening.end('mark') :]}"
        text = QUOTED.sub(
            lambda m: m.group() if QUOTED_TIME_LIMIT.search(m.group(1)) else " " * len(m.group()),
            text)
        leads: list[UnitMention] = []
        stripped = text.strip()
        if CARRY_OUT_CLOSING.fullmatch(stripped) or ENFORCEMENT_CLAUSE.fullmatch(stripped) or (
            (IF_IN_DIFFICULTY.match(text) or THANKS_AND_HOPES.fullmatch(stripped)
             or _closing_with_an_offer(stripped))
            and not deadlines.find_deadlines(text, None)
        ):
            clause.courtesy = True
            return clause  # "Đề nghị các đơn vị quan tâm phối hợp thực hiện./.": the letter ends
        if AS_REPORTED.match(text):
            return clause  # "Theo báo cáo của các đoàn công tác ..., các địa phương đã ...": facts
        if MAY_CHANGE.match(text):
            clause.courtesy = True
            return clause  # "Ghi chú: Chương trình có thể điều chỉnh ...": the programme's note
        if scheduled := self.scheduled_doers(text):
            clause.leads, clause.deadlines = scheduled
            return clause  # "07 giờ 30 ngày 21/01/2021 Thường trực HĐND tỉnh;": a schedule's entry
        assigned = self.assigned_units(text)
        if HEARD.match(text) and not assigned:
            return clause  # "Sau khi nghe X, Y báo cáo; ...": who reported to the meeting
        if TAKES_TIME_OFF.search(text) and not assigned:
            return clause  # "... các đơn vị trực thuộc Sở sẽ nghỉ Tết từ ... đến ...": who is off
        row: list[deadlines.Deadline] = []
        if first:
            leads = self.prefix_units(text) or []
            if not leads and (in_dashes := self.row_in_dashes(text)):
                leads, row = in_dashes
        elif 0 < (colon := text.find(":")) <= LABEL_REACH:
            leads = self._lead_after_label(text, colon)
        if not leads and assigned and (addressed := _addressed_doers(
                text, self.resolver.scan(text))) and ADDRESSED_GO_ON.search(
                text, addressed[-1].end, assigned[0][0].start):
            # "Đối với Phòng Quản lý đô thị nắm bắt khối lượng ..., yêu cầu đơn vị cung ứng ...":
            # the units addressed do the work, the request after is theirs to make (not "Đối
            # với 52 địa phương thực hiện ..., Ban Chỉ đạo đề nghị ...", an issuer's)
            leads = addressed
        if not leads and assigned:
            leads = assigned[0]
            clause.reported = bool(RETOLD.search(text, 0, assigned[1]))
        if not leads:
            leads = self.concerned_units(text) or self.sent_a_request(text)
        clause.recurrences = deadlines.find_recurrences(text)
        clause.deadlines = [d for d in deadlines.find_deadlines(text, self.anchor)
                            if not _bounds_a_recurrence(d, clause.recurrences)
                            and not self._in_an_aside_of_its_own(text, d, leads)]
        clause.deadlines = _without_spans_in_asides(text, clause.deadlines)
        conditions = [m.span() for m in CONDITION_THEN.finditer(text)]
        clause.deadlines = [d for d in clause.deadlines
                            if not any(lo <= d.start < hi for lo, hi in conditions)]
        if not clause.deadlines and (step := self._plan_period(text)):
            clause.deadlines = [step]
        clause.deadlines = clause.deadlines or row
        if not leads and (clause.deadlines or first):  # first: the item's label may date it
            leads = self.deadline_owners(text, bool(clause.deadlines))
        if not leads and clause.deadlines:
            # "Gia hạn thời gian gửi hồ sơ đối với UBND xã A đến hết ngày D": whom more time is
            # given must meet the new day
            leads = self._units_after(text, EXTENDED_FOR)
        if not leads:
            own = clause.deadlines or ([pointed] if pointed else [])
            leads = self.subject_units(text, first, [*own, *clause.recurrences], later)
        if pointed and not clause.deadlines:
            clause.deadlines = [pointed]
        if not leads:
            leads = self.done_by(text)
        if not leads:
            clause.anaphor = self.anaphor(text)
        if not leads and clause.anaphor is None and (
            self.tells_done(text) or DATED_FACT.search(text)
        ):
            clause.deadlines, clause.recurrences = [], []
        prepared, prepared_support = self.prepared_by(text)
        if prepared and not clause.deadlines and not clause.recurrences and (
                meeting := deadlines.find_meeting_date(text, self.anchor)):
            # "Hội nghị ... ngày 10/11/2021 ... (Văn phòng chủ trì ... chuẩn bị điểm cầu)": the
            # preparers are due on the meeting's day (GUIDE: a meeting's agenda item)
            clause.deadlines = [deadlines.Deadline(meeting, text[:80], "day", 0, 0)]
        if prepared and leads and all(LEADERSHIP.match(m.name) for m in leads):
            # "Thường trực Tỉnh ủy thăm, chúc Tết ... (Văn phòng Tỉnh ủy chủ trì ...)": the
            # leaders' own engagement; the unit that prepares it has the task
            leads = []
        for unit in prepared:
            if unit.name not in {m.name for m in leads}:
                leads.append(unit)
        clause.leads = [_with_its_quoted_name(m, clause.text) for m in _distribute_head(leads)]
        clause.support = prepared_support or self.support_units(text, leads)
        if self.anchor is None:
            clause.deadlines = [deadlines.with_year_of_clause(d, text) for d in clause.deadlines]
        return clause


# A stretch of days: "từ ngày 04/02/2027 đến hết ngày 10/02/2027".
SPAN_OF_DAYS = re.compile(r"từ\s.*\sđến\s", re.IGNORECASE)


def _in_brackets(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside an open bracket that closes after it."""
    opening = text.rfind("(", 0, start)
    return opening != -1 and ")" not in text[opening:start] and ")" in text[end:]


def _without_spans_in_asides(
    text: str, found: list[deadlines.Deadline]
) -> list[deadlines.Deadline]:
    """The deadlines without a stretch of days in brackets that tells what the work is about,
    when the clause is due by a day of its own: "xây dựng lịch trực Tết (trực từ ngày D1 đến
    hết ngày D2), trình Chủ tịch trước ngày D"."""
    if not any(DUE_BY.match(d.text) and not _in_brackets(text, d.start, d.end) for d in found):
        return found
    return [d for d in found
            if not (SPAN_OF_DAYS.match(d.text) and _in_brackets(text, d.start, d.end))]


# A committee's standing leaders, whose engagements a programme lists for others to prepare.
LEADERSHIP = re.compile(r"(?:Ban\s+)?Thường (?:trực|vụ)\b", re.IGNORECASE)


def _with_its_quoted_name(mention: UnitMention, text: str) -> UnitMention:
    """A unit whose name holds a quotation, which the clause was read without: the quotation
    put back ("Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” phường A")."""
    quoted = QUOTED.search(text, mention.start, mention.end)
    if quoted is None or quoted.end() > mention.end or quoted.group() in mention.name:
        return mention
    before = " ".join(text[mention.start : quoted.start()].split())
    name = " ".join(mention.name.split())
    if not before or not name.lower().startswith(before.lower()):
        return mention
    after = name[len(before) :].strip()
    return replace(mention, name=f"{name[: len(before)]} {quoted.group()} {after}".strip())


# The letter's offer of help, on a condition: "Trong quá trình thực hiện, nếu có khó khăn,
# vướng mắc, đề nghị các địa phương phản ánh về Sở ... để được hướng dẫn./." is no task (with a
# day to report by, it is: "Nếu có vướng mắc, báo cáo về UBND tỉnh trước ngày D").
IF_IN_DIFFICULTY = re.compile(
    r"\W*(?:(?:trong\s+)?quá trình (?:tổ chức\s+|triển khai\s+)?thực hiện\s*,?\s*(?:nếu\s+)?"
    # "nếu" may go unsaid after "quá trình thực hiện": "... thực hiện có khó khăn, vướng mắc"
    r"|nếu\s+)có\s+(?:khó khăn|vướng mắc|phát sinh)\b",
    re.IGNORECASE,
)


def _closing_with_an_offer(text: str) -> bool:
    """The carry-out closing with the offer of help run on after it: "Yêu cầu các cơ quan, đơn
    vị nghiêm túc triển khai thực hiện; trong quá trình thực hiện có khó khăn, vướng mắc báo cáo
    UBND xã để chỉ đạo giải quyết./."""
    return any(IF_IN_DIFFICULTY.match(text, mark.end())
               and CARRY_OUT_CLOSING.fullmatch(text[: mark.start()])
               for mark in re.finditer(r"[;,]", text))


# The letter's thanks, its hope for the units' help, where to ask: "Bộ Nông nghiệp và Môi trường
# trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.", "Sở Công thương rất mong sự quan tâm, phối hợp
# của Quý đơn vị./.", "Mọi thắc mắc xin liên hệ: ..." (no task without a day to act by).
THANKS_AND_HOPES = re.compile(
    r"[^.;:]{0,80}?\b(?:cảm ơn|rất mong\b[^.;:]*\b(?:quan tâm|phối hợp|ủng hộ|giúp đỡ|hợp tác))\b"
    r"[^.;:]*[./!]*"
    r"|(?:mọi|nếu có)\s+(?:thắc mắc|chi tiết|thông tin)\b[^.;:]{0,40}?\bliên hệ\b.*",
    re.IGNORECASE | re.DOTALL,
)
# The carry-out closing (CARRY_OUT_CLOSING) to units by their names: "Sở Nội vụ đề nghị Ủy ban
# nhân dân các xã, phường quan tâm thực hiện./." (a task only where it names units the letter
# asked nothing else of).
NAMED_CLOSING = re.compile(
    r"(?:[^\W\d][\w\s]{0,60}?\s)?(?:đề nghị|yêu cầu)\s+(?P<units>[^.;:]{2,100}?)"
    r"(?:\s+(?:quan tâm|nghiêm túc|khẩn trương|sớm))?(?:\s*,?\s*(?:phối hợp|chỉ đạo))?"
    r"\s+(?:tổ chức\s+|triển khai\s+)?thực hiện"
    # what is to be carried out, this very text: "... nghiêm túc thực hiện Chỉ thị này./."
    r"(?:\s+(?:(?:các\s+)?nội dung (?:nêu\s+)?trên|(?:Chỉ thị|Kế hoạch|Công văn|Công điện"
    r"|Thông báo|Kết luận|Quyết định|văn bản)\s+này))?\s*[./]*",
    re.IGNORECASE,
)
# The enforcement article that closes a decision or a resolution: "Điều 3. Thường trực HĐND, các
# Ban của HĐND ... và các cơ quan có liên quan chịu trách nhiệm thực hiện Nghị quyết này." (GUIDE:
# no task; "Giao UBND tỉnh tổ chức thực hiện Nghị quyết" is one).
# Its doers may be listed with semicolons, and it may end "... căn cứ Quyết định thi hành" or with
# a stray glyph of the page after it.
_ENFORCED = r"(?:Nghị quyết|Quyết định|Kế hoạch|Chỉ thị|Thông báo|Kết luận|Công văn)"
ENFORCEMENT_CLAUSE = re.compile(
    rf"[^.:]*\s(?:chịu trách nhiệm\s+(?:tổ chức\s+)?(?:thực hiện|thi hành)\s+{_ENFORCED}\s+này"
    rf"(?:\s+kể từ ngày ký)?|căn cứ\s+{_ENFORCED}(?:\s+này)?\s+(?:để\s+)?thi hành)"
    r"\s*[./]*(?:\s+\w)?",
    re.IGNORECASE,
)
# A schedule's entry: its hour, its day, then the units on duty ("07 giờ 30 ngày 14/01/2021 Đoàn
# ĐBQH đơn vị tỉnh Tây Ninh;").
SCHEDULE_ENTRY_DOERS = re.compile(
    # the period the entries are grouped under may open the first ("Tháng 3/2021: 07 giờ ..."),
    # the next group's number close the last ("... Bí thư Tỉnh ủy. 3/.")
    r"(?:tháng\s+\d{1,2}(?:/\d{4})?\s*:\s*)?"
    r"[-+•*]?\s*(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?(?:\s*phút)?(?:\s+(?:sáng|chiều|tối))?\s+)?"
    r"(?P<day>ngày\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\s*[:,–-]?\s+(?P<names>[^;:]+?)\s*[;.]?"
    r"(?:\s+\d{1,2}/?\.)?",
    re.IGNORECASE,
)
LABEL_REACH = 250  # the furthest an item's label may run before its colon
TEAM_LABEL_LENGTH = 60  # "Đoàn kiểm tra liên ngành số 1", "Nội dung 2", "Tổ công tác"
# A bracket after a unit's name that says what it is or whose it is: "(Bộ Y tế)", "(cơ quan
# thường trực)".
BRACKETED_ASIDE = re.compile(r"\s*\([^()]{1,80}\)")
LEADS_HERE = re.compile(r"\s*,?\s*(?:chủ trì|là cơ quan chủ trì|làm trưởng đoàn)\b")
LEADS_HERE_TOO = re.compile(r"\bchủ trì\b", re.IGNORECASE)
# The verbs a telegram's or a conclusion's line hands its units after their names and a colon,
# besides a doer's ("UBND các huyện A, B: Huy động lực lượng ..."; "Sở Y tế: Chỉ đạo các bệnh
# viện ..."); a leader's agenda opens otherwise ("Thường trực: Sáng làm việc tại cơ quan").
LINE_DUTY = re.compile(
    r"(?:huy động|chỉ đạo|hỗ trợ|khắc phục|di dời|sơ tán|bảo vệ|duy trì|quản lý|kiểm soát"
    r"|ngăn chặn|ứng phó|điều tiết|vận hành|nắm|thống kê|cấp phát|phân bổ|trình|đề xuất"
    r"|nghiên cứu|chịu trách nhiệm|thông báo|cảnh báo|tạm dừng|dừng|ngừng|cấm|thu hồi|sẵn sàng"
    r"|thường xuyên|kịp thời|khẩn cấp|ưu tiên)\b",
    re.IGNORECASE,
)


# A line's unit label over what it is to do, in any verb, as a chat or a clerk's list writes it:
# "Phòng KT: đăng thông tin lên trang TTĐT xã" (not a figure, a name, nor a report's "đã ...").
LABELLED_WORK = re.compile(rf"[{LOWER}]\w*(?:\s+[{LOWER}]\w*)+")


def _labels_its_work(text: str, at: int) -> bool:
    return LABELLED_WORK.match(text, at) is not None and not NOT_A_VERB.match(text, at) and not (
        ANNEX_POINTER.match(text, at))


# A label's line that only points to an annex, no duty: "Đối với các sở, ban, ngành: Hướng dẫn
# tại Phụ lục I".
ANNEX_POINTER = re.compile(
    r"\s*(?:[^\W\d]+\s+){1,2}(?:tại|theo|ở)\s+(?:các\s+)?(?:phụ lục|biểu mẫu|mẫu|đề cương)"
    r"(?:\s+(?:số\s+)?[\dIVX]+)?\s*[.;]?\s*$",
    re.IGNORECASE,
)
HEADING_END = re.compile(r"\s*\.?\s*")  # a heading's clause ends after its units
# The units a paragraph's duties are for, as its label: "Các bộ, cơ quan, địa phương: (i) ...".
UNITS_LABEL = re.compile(r"\s*:\s*(?:\((?:[ivx]{1,4}|\d{1,2})\)\s*|[-–+•]\s*)?", re.IGNORECASE)
# The span a recurring duty runs over, written right after it: "gửi báo cáo hằng ngày từ 2-2 đến
# 22-2-2026", "báo cáo hàng tuần đến ngày 04/9/2017", "vào sáng thứ Hai hằng tuần trong tháng
# 6/2026": when the reminders stop, no deadline.
RECURRENCE_SPAN = re.compile(
    r"(?:từ|đến|tới|cho đến|trong(?:\s+suốt)?\s+(?:tháng|quý|năm))\b", re.IGNORECASE)
RECURRENCE_SPAN_GAP = 3


def _bounds_a_recurrence(
    deadline: deadlines.Deadline, recurrences: list[deadlines.Recurrence]
) -> bool:
    return bool(RECURRENCE_SPAN.match(deadline.text)) and any(
        0 <= deadline.start - r.end <= RECURRENCE_SPAN_GAP for r in recurrences)


def _heads_with_units(part: str, resolver: UnitResolver) -> bool:
    """Whether ``part`` is a line of units alone, their heads' titles and all, ending with a colon:
    the heading of the paragraphs below it. Not a dispatch's sender ("CHỦ TỊCH UBND TỈNH
    điện:"), whose addressees the paragraphs below it ask."""
    names = part.rstrip()
    return names.endswith(":") and not HANDS_OUT.search(names) and not (
        TELEGRAPHS.search(names)) and _collectives_only(
        names[:-1].rstrip(), resolver)


def _acts_after_its_subject(text: str, resolver: UnitResolver) -> bool:
    """Whether ``text`` opens on units, their titles and all, and a word in lower case follows
    them: a sentence about their work, not a list of names nor a field ("Tổ công tác gồm: ...")."""
    start = len(text) - len(text.lstrip(OPENING_MARKS))
    run = _run_of_mentions(text, start + _strip_titles(text[start:]), resolver.scan(text))
    return bool(run) and re.match(rf"\s+[{LOWER}]", text[run[-1].end :]) is not None


def _named_by_its_field(rest: str) -> bool:
    """Whether ``rest``, after a title, is only the capitalised name of the field the titled one
    heads: "Lao động - Thương binh và Xã hội" after "Bộ trưởng"."""
    words = rest.split()
    # each capitalised word may carry one lower-case syllable: "Lao động", "Xã hội"
    return bool(words) and words[0][0].isupper() and all(
        word[0].isupper() or word in ("và", "-", "–", "&") or words[k - 1][0].isupper()
        for k, word in enumerate(words))


def _names(mentions: list[UnitMention] | tuple[UnitMention, ...]) -> list[str]:
    names: list[str] = []
    for mention in mentions:
        if mention.name not in names:
            names.append(mention.name)
    return names


def _draft(
    ref: str, text: str, leads, support, deadline, recurrence, anchor: date | None
) -> DraftTask:
    lead_names = _names(leads)
    if deadline is not None and anchor is None:
        deadline = deadlines.with_year_of_clause(deadline, text)
    waits = deadline is not None and deadline.anchored and anchor is None
    return DraftTask(
        ref=ref,
        units=lead_names,
        support=[n for n in _names(support) if n not in lead_names],
        due=deadline.due if deadline and not waits else None,
        due_text=(recurrence.text if recurrence else deadline.text if deadline else ""),
        every=recurrence.every if recurrence else None,
        text=_task_text(text),
        unknown_units=[m.name for m in leads if not m.known],
        waits_for_date=waits,
    )


def _task_text(text: str) -> str:
    """The instruction, without a leading unit label."""
    return re.sub(r"\s+", " ", text).strip(" ;,.")


# A clause that only gives a time: "...; thời hạn gửi báo cáo: trước ngày 10 của tháng cuối quý".
TIME_LABEL_CLAUSE = re.compile(r"\s*(?:thời hạn|thời gian)\b[^:;.]{0,40}:", re.IGNORECASE)


def _made_specific(clause: Clause, previous: list[Clause]) -> list[deadlines.Recurrence]:
    """The plain recurrences before ("Báo cáo định kỳ hằng quý ...") that a time label after
    them gives the day of ("thời hạn gửi báo cáo: trước ngày 10 của tháng cuối quý")."""
    if not TIME_LABEL_CLAUSE.match(clause.text):
        return []
    periods = {r.every.split(":")[0] for r in clause.recurrences if ":" in r.every}
    return [r for c in previous for r in c.recurrences if r.every in periods]


def _dates_the_one_before(clause: Clause, previous: list[Clause]) -> bool:
    """ "Các đơn vị thực hiện trước ngày D" after an undated request to the addressees."""
    return bool(ADDRESSEES_ACT.match(clause.text)) and not any(
        c.deadlines or c.recurrences for c in previous
    )


# A meeting or an event set for a time, with no one named: "Giao ban UBND xã vào sáng thứ Hai
# hằng tuần", "Hội nghị tổng kết tổ chức vào ngày 15/12/2025".
AN_EVENT = re.compile(
    r"(?<!\w)(?:họp|giao ban|hội nghị|hội thảo|kỳ họp|phiên họp|đại hội|buổi làm việc|lễ"
    r"|tổng kết|sơ kết)(?!\w)", re.IGNORECASE)
# The work that readies it: "...; Văn phòng HĐND và UBND xã chuẩn bị nội dung".
READIES = re.compile(r"(?<!\w)(?:chuẩn bị|phục vụ)(?!\w)")  # a verb, not "Trung tâm Phục vụ ..."


def _readies_the_event_before(clause: Clause, previous: list[Clause]) -> bool:
    """Whether an undated clause's doers ready the event the clause before sets a time for and
    gives to no one: they do it by that time."""
    return bool(clause.leads) and not (clause.deadlines or clause.recurrences) and bool(
        READIES.search(clause.text)) and not any(c.leads for c in previous) and any(
        (c.deadlines or c.recurrences) and AN_EVENT.search(c.text) for c in previous)


# A request with no one named after it: "Chủ tịch UBND tỉnh yêu cầu tập trung huy động ...".
OPENING_MARKS = " -–+•*\"“"
REQUEST_OF_NO_ONE = re.compile(
    r"[^.;:]{0,80}?(?<!\w)(?<!theo\s)(?:yêu cầu|đề nghị|lưu ý)\s*:?(?=\s)", re.IGNORECASE
)


def _asks_the_work_of_no_one(text: str) -> bool:
    """Whether ``text`` asks for work and names no one to do it: "Đề nghị lập danh sách ...",
    "Thực hiện chỉ đạo ..., yêu cầu hoàn thành ..." (not "trên cơ sở đề nghị của ...", nor "đề
    nghị Đồng chí ...", nor "Người lao động đề nghị cơ quan ...")."""
    request = REQUEST_OF_NO_ONE.match(text)
    return request is not None and bool(
        DOER_VERB.match(" " + text[request.end() :].lstrip(" :").lower()))


# A condition or a matter fronted before the work it calls for: "Trường hợp phát sinh khó khăn,
# vướng mắc vượt thẩm quyền, tổng hợp, báo cáo ngay ...", "Nếu có vướng mắc, báo cáo ...",
# "đối với vấn đề vượt thẩm quyền, báo cáo ...".
CONDITION = re.compile(r"\s*(?:trong\s+)?(?:trường hợp|nếu|khi|đối với)\s", re.IGNORECASE)
CONDITION_LENGTH = 200


def _past_condition(text: str, start: int) -> int:
    """Where the work begins after a condition fronted at ``start``: after the comma that a
    verb of work follows; ``start`` when no condition is fronted there."""
    if not CONDITION.match(text, start):
        return start
    for comma in re.finditer(r",\s*", text[start : start + CONDITION_LENGTH]):
        if DOER_VERB.match(" " + text[start + comma.end() :].lower()):
            return start + comma.end()
    return start


ANSWERABLE = re.compile(r"\s*(?:phải\s+)?chịu trách nhiệm\b")


def _answerable_units(text: str, resolver: UnitResolver) -> list[UnitMention]:
    """The units a sentence holds answerable, as its subject: "Lãnh đạo các địa phương chịu
    trách nhiệm trước Thủ tướng về tiến độ" (what the next sentence asks with no subject is
    theirs)."""
    at = _subject_start(text)
    subject: list[UnitMention] = []
    for mention in resolver.scan(text):
        if mention.start < at or text[at : mention.start].strip(" ,") not in ("", "và"):
            break
        subject.append(mention)
        at = mention.end
    return subject if subject and ANSWERABLE.match(text, at) else []


def _asks_no_one(clause: Clause) -> bool:
    """Whether a clause naming no one asks for work: a request to no one named ("Chủ tịch UBND
    tỉnh yêu cầu tập trung ..."), or a dated duty with no subject ("Chậm nhất trong tháng 9,
    phải ...", "Cần hoàn thiện đề án này trước ngày D"). Said after a request that named its
    units (a news report of a directive, a letter), it asks them."""
    if clause.leads or clause.reported:
        return False
    start = _subject_start(clause.text)
    request = REQUEST_OF_NO_ONE.match(clause.text, start)
    # "Thủ tướng yêu cầu đối với vấn đề vượt thẩm quyền, báo cáo ...": past the matter it is for
    asked = _past_condition(clause.text, request.end()) if request else 0
    if request and DOER_VERB.match(f" {clause.text[asked:].lstrip().lower()}"):
        return True
    fronted = clause.deadlines[0] if clause.deadlines else None
    if fronted and not clause.text[: fronted.start].strip(OPENING_MARKS):
        start = max(start, fronted.end)
    elif fronted and fronted.start < start and DOER_VERB.match(
            f" {clause.text[fronted.end :].lstrip(', ').lower()}"):
        # the verb right after a deadline among the words fronted: "Theo đó, chậm nhất cuối quý
        # 3/2022 phải hoàn thành ..."
        start = fronted.end
    start = _past_condition(clause.text, start)
    rest = " " + clause.text[start:].lstrip(f",{OPENING_MARKS}").lower()
    # "Chỉ đạo tổ chức diệt loăng quăng ...: Đợt 1 hoàn thành trước ngày D": the units asked
    # direct it
    opens = DOER_VERB.match(rest) or rest.startswith(" chỉ đạo ")
    return bool(opens or _work_after_its_matter(clause)) and bool(
        clause.deadlines or clause.recurrences)


# A matter opening its clause: "Đối với nhóm 1 gồm ...", "Nhóm 3 gồm ...", "Riêng các ...".
MATTER = re.compile(
    r"\W*(?:(?:theo đó|trong đó),?\s+)?(?:(?:đối với|riêng)\s+|(?=(?:nhóm|loại|đợt)\s+\d))",
    re.IGNORECASE,
)
# A word that names who may do work, in a matter: then the matter is the doer.
ORG_WORD = re.compile(
    rf"(?<!\w)(?:cơ sở|{'|'.join(OFFICE_HEADS)}|cơ quan|đơn vị|doanh nghiệp|địa phương|xã|phường"
    r"|huyện|tỉnh|UBND)(?!\w)",
    re.IGNORECASE,
)


def _work_after_its_matter(clause: Clause) -> bool:
    """Whether the work and its time follow the matter they concern, listed with commas: "Đối
    với nhóm 1 gồm các chợ cóc, điểm kinh doanh tự phát lấn chiếm lòng đường, vỉa hè, ..., phải
    hoàn thành giải tỏa trước ngày D", "Nhóm 3 gồm ..., hoàn thành giải tỏa trước ngày D", "...,
    thành phố yêu cầu hoàn thành giải tỏa trước ngày D", "Riêng đối với số liệu ..., cần báo cáo
    về Cục vào 8h sáng hàng ngày"."""
    times = [*clause.deadlines, *clause.recurrences]
    if not times or not (matter := MATTER.match(clause.text)):
        return False
    commas = list(re.finditer(r",\s*", clause.text[: min(t.start for t in times)]))
    if not commas or ORG_WORD.search(clause.text, matter.end(), commas[-1].start()):
        return False  # "Đối với các cơ sở khám bệnh ..., triển khai ...": the matter does it
    work = clause.text[commas[-1].end() :]
    request = REQUEST_OF_NO_ONE.match(work)
    return bool(DOER_VERB.match(f" {work[request.end() if request else 0 :].lstrip().lower()}"))


# The matter a paragraph is about, labelled before a colon: "Về quyết toán các dự án tồn đọng:".
TOPIC_LABEL = re.compile(r"\s*(?:về|đối với)\s[^:.;\n]{3,200}:\s*", re.IGNORECASE)


def _times_the_work(clause: Clause, previous: list[Clause], anchor: date | None) -> bool:
    """Whether a paragraph is only the time the undated work before it takes: "Thời gian: Từ
    ngày D1 đến hết ngày D2", "Thời gian thực hiện: trước ngày D"; not a time already past when
    the text was written. The paragraph holds nothing more ("Thời hạn nộp báo cáo: Trước ngày D.
    Tuy nhiên đến nay ..." tells of work overdue)."""
    if not (TIME_FIELD.match(clause.text) and clause.deadlines):
        return False
    due = clause.deadlines[-1]
    return bool(DUE_BY_WORD.search(due.text) or WINDOW_WORD.search(due.text)) and not (
        clause.text[due.end :].strip(" .;") or (anchor is not None and due.due < anchor)
    ) and not any(c.deadlines or c.recurrences for c in previous)


# The event the work before it is, held on its day: "Chương trình dự kiến diễn ra vào ngày
# 12-2-2026 tại Hội trường ...", "Hội nghị sẽ được tổ chức vào ngày ...", "Hoạt động được thực
# hiện trong hai ngày 1-2/11/2025".
EVENT_HELD = re.compile(
    r"\s*(?:chương trình|buổi lễ|lễ|hội nghị|hoạt động|buổi|cuộc thi|giải)\b[^.;:]{0,40}?\s"
    r"(?:dự kiến\s+)?(?:sẽ\s+)?(?:được\s+)?(?:diễn ra|tổ chức|khai mạc|thực hiện|triển khai"
    r"|tiến hành)\s+(?:vào|trong)\b",
    re.IGNORECASE,
)


# What the work is done to, as the subject, and the time it must be done by: "Các tuyến phố trung
# tâm phải hoàn thành giải tỏa trước ngày D", "Các điểm chợ tạm phải được giải tỏa xong trước
# ngày D".
THING_MUST_BE_DONE = re.compile(
    rf"(?:(?:các|những|toàn bộ|100%)\s+[{LOWER}][^,.;:]{{0,60}}?"
    # the doing of the work as the subject: "Việc hoàn thành các kiến nghị, phản ánh của cử tri
    # phải hoàn thành trước ngày D"
    rf"|việc\s+[{LOWER}][^.;:]{{0,100}}?)\s(?:phải|cần)\s+(?:được\s+)?[{LOWER}]",
    re.IGNORECASE,
)


# What the work before asked for, named again as the subject: "Phương án tổng thể cần bảo đảm
# ... và hoàn thành trong tháng 8/2025" after "giao Sở Tài chính ... xây dựng phương án tổng thể
# xử lý trụ sở dôi dư".
DELIVERABLE_SUBJECT = re.compile(
    rf"(?P<thing>(?:kế hoạch|phương án|đề án|báo cáo|dự thảo|hồ sơ|danh sách|quy chế|tờ trình"
    rf"|chương trình)(?:\s+[{LOWER}]+){{0,3}}?)\s+(?:phải|cần|được|sẽ|hoàn thành|xong|gửi|trình"
    rf"|bảo đảm|đảm bảo)\b",
    re.IGNORECASE,
)


def _names_the_deliverable(text: str, previous: list[Clause]) -> bool:
    """Whether ``text`` opens on what the work before it was to produce, named as it was."""
    subject = DELIVERABLE_SUBJECT.match(text)
    return subject is not None and subject["thing"].lower() in " ".join(
        c.text for c in previous).lower()


def _dates_undated_paragraph(clause: Clause, previous: list[Clause]) -> bool:
    """A paragraph naming no one that sets a deadline ("Thời gian gửi: trước ngày D", "Phân
    công trực ..., gửi danh sách ... chậm nhất ngày D") after the paragraph that names the
    units and their undated work: it dates that work. It opens on the work's verb, with no
    subject (after the deadline, if that comes first), or on a deadline noun ("Hạn nộp báo cáo
    chậm nhất ngày D"), so a fact with a date ("Hôm nay là ngày hội ...") or a sentence with a
    doer of its own ("Các đồng chí ... gửi ...") is none."""
    if not clause.deadlines or clause.reported:
        return False
    text = clause.text
    first = clause.deadlines[0]
    if not text[: first.start].strip(" -–+•*"):  # "Trước ngày D, gửi kết quả về Sở ..."
        text = text[first.end :].lstrip(" ,")
    elif topic := TOPIC_LABEL.match(text):  # "Về quyết toán các dự án ...: thời hạn ..."
        text = text[topic.end() :]
    sent = SENT_DOCUMENT.match(clause.text)
    if sent and _names_a_lead(clause.text[sent.end() : sent.end() + 80], previous[0].leads):
        return False  # "Văn bản góp ý gửi về Phòng X": X receives it, X's work is not dated
    opening = (DOER_VERB.match(f" {text.lower()}") or DEADLINE_NOUN.match(clause.text)
               or DEADLINE_NOUN.match(text) or sent or EVENT_HELD.match(text)
               or ((THING_MUST_BE_DONE.match(text) or _names_the_deliverable(text, previous))
                   and any(DUE_BY.match(d.text) for d in clause.deadlines)))
    return bool(opening) and not any(
        c.deadlines or c.recurrences for c in previous
    )


def _names_a_lead(text: str, leads: Sequence[UnitMention]) -> bool:
    folded = text.casefold()
    return any(lead.name.casefold() in folded for lead in leads)


def _segments(
    clauses: list[Clause], inherited: deadlines.Deadline | None, led_above: bool
) -> list[list[Clause]]:
    """Group clauses into obligations: each dated clause is one; undated ones stay together.
    "Các đơn vị thực hiện trước ngày D" dates the request before it, when someone was asked
    there (by the clause or by the headings above: ``led_above``); after a heading that asks
    no one ("V. CHẾ ĐỘ BÁO CÁO"), it is an obligation of its own."""
    groups: list[list[Clause]] = []
    for clause in clauses:
        dated = bool(clause.deadlines or clause.recurrences)
        previous = groups[-1] if groups else None
        if previous is not None and (led_above or previous[0].leads) and _dates_the_one_before(
                clause, previous):
            previous.append(clause)
            continue
        if previous is not None and _readies_the_event_before(clause, previous):
            # one obligation, told in the text's order, of the doers named after the event
            previous[0].leads, previous[0].support = clause.leads, clause.support
            previous.append(replace(clause, support=[]))
            continue
        if previous is not None and not clause.leads and (
                plain := _made_specific(clause, previous)):
            for before in previous:
                before.recurrences = [r for r in before.recurrences if r not in plain]
            previous.append(clause)
            continue
        if previous is None or clause.leads:
            groups.append([clause])
            continue
        previous_dated = any(c.deadlines or c.recurrences for c in previous)
        if inherited is None:
            # No date to fall back on: undated clauses join the obligation beside them.
            if dated and previous_dated:
                groups.append([clause])
            else:
                previous.append(clause)
        elif dated or previous_dated:
            groups.append([clause])
        else:
            previous.append(clause)
    return groups


SHORT_ANNOUNCEMENT = 40
PROGRAMME_TITLE_LINES = 8  # a document's title stands in its first lines
# A month and its year opening the line under a title: "Tháng 12 năm 2026 của UBND xã ...".
TITLE_MONTH_BELOW = re.compile(r"tháng\s+\d{1,2}(?:\s*/\s*|\s+năm\s+)\d{4}\b", re.IGNORECASE)
# A time cell of a month's programme that names the day of its month alone ("Ngày 15"), or the
# whole month ("Cả tháng", "Trong tháng").
DAY_OF_THE_MONTH = re.compile(r"ngày\s+(?P<day>[1-9]|[12]\d|3[01])", re.IGNORECASE)
WHOLE_MONTH = re.compile(r"(?:cả|trong|suốt)\s+tháng(?:\s+này)?", re.IGNORECASE)
# The weeks a programme's timeline marks, or its time cell names, with no month: "trong tuần
# 1, tuần 3", "Tuần 2", "Tuần thứ 3".
WEEKS_MARKED = re.compile(
    r"(?:trong\s+)?(?:tuần\s+(?:thứ\s+)?[1-5]\s*,\s*)*tuần\s+(?:thứ\s+)?(?P<last>[1-5])",
    re.IGNORECASE)


# The event a lead-in says its items prepare: "Để chuẩn bị (chu đáo cho việc) tổ chức Đại hội
# Thể dục thể thao xã lần thứ I vào ngày 27/12/2026, UBND xã phân công nhiệm vụ như sau:".
PREPARES_AN_EVENT = re.compile(
    r"\bchuẩn bị\s+(?:(?:tốt|chu đáo)\s+)?(?:cho\s+)?(?:việc\s+)?(?:tổ chức\s+)?"
    r"(?P<event>đại hội|hội nghị|hội thi|ngày hội|buổi lễ|lễ|hội diễn|giải)\b",
    re.IGNORECASE,
)


def _event_prepared(lead_in: str, anchor: date | None) -> deadlines.Deadline | None:
    """The day of the meeting or the event a lead-in says its items prepare: one still to come
    after the directive's date (not "tại phiên họp ngày 29/8/2025, ... kết luận như sau:")."""
    if anchor is None:
        return None
    meeting = deadlines.find_meeting_date(lead_in, anchor)
    prepared = PREPARES_AN_EVENT.search(lead_in)
    event = deadlines.Deadline(meeting, lead_in[:80], "day", 0, 0) if meeting else (
        deadlines.event_day(lead_in, anchor, prepared["event"] if prepared else None))
    return event if event is not None and event.due > anchor else None


def _leads_a_table(lead_in: str, first_item: Node) -> bool:
    """Whether a paragraph ending in ":" opens a table read by column (its rows, items)."""
    return lead_in.rstrip().endswith(":") and TABLE_ROW_FIELD in first_item.title


def _blanked(match: re.Match[str]) -> str:
    """Spaces in place of a match, so that what follows keeps its offsets."""
    return " " * len(match.group())


def _names_only_its_leads(clause: Clause) -> bool:
    """Whether a clause is its leads' names and nothing more (or only a label): "Đội A;"."""
    rest = clause.text
    for mention in sorted(clause.leads, key=lambda m: m.start, reverse=True):
        rest = rest[: mention.start] + rest[mention.end :]
    return not re.sub(r"\b(?:và|[IVX]+|\d+)\b", "", rest).strip(" \t,;:.-–()")


def _has_a_purpose_heading(node: Node) -> bool:
    return any(PURPOSE_HEADING.match(child.title) or _has_a_purpose_heading(child)
               for child in node.children)


class Extractor:
    """Walks the outline with inherited units and deadlines and emits draft tasks."""

    def __init__(self, resolver: UnitResolver, anchor: date | None) -> None:
        self.reader = ItemReader(resolver, anchor)
        self.anchor = anchor
        self.tasks: list[DraftTask] = []
        self.recent = ""  # the text read last, where an anaphor finds what it points at
        self.recent_leads: list[UnitMention] = []  # the units asked last, named or not
        self.localities_asked: list[UnitMention] = []  # the local governments asked last
        self.asked_before: list[UnitMention] = []  # the units of the clause just read
        self.reports: list[str] = []  # items of sections that report ("Kết quả", "Bối cảnh")
        self.aims_headed = False  # a "Mục đích" heading: "Yêu cầu" is the aims' other half
        self.reporting = False  # the document is a report or a submission ("BÁO CÁO", "TỜ TRÌNH")

    def run(self, root: Node) -> list[DraftTask]:
        self.aims_headed = _has_a_purpose_heading(root)
        self.reporting = REPORTING_KIND.search(root.text[:REPORTING_KIND_REACH]) is not None
        self.emit_prose(root.text, "")
        # A letter's last paragraph may announce the items below it: "đề nghị thường trực
        # HĐND, các ban HĐND phường tập trung thực hiện tốt một số nội dung sau:".
        # (an appendix's title after the closing is no lead-in: "PHỤ LỤC / ... (Kèm theo ...)")
        paragraphs = root.text[: root.preamble_end].rstrip().rsplit("\n", 2)
        lead_in = paragraphs[-1]
        if (len(paragraphs) > 1 and len(lead_in) <= SHORT_ANNOUNCEMENT and lead_in.endswith(":")
                and not self.reader.assigned_units(lead_in)):
            # "Nội dung như sau:" on a line of its own ends the paragraph that assigns (not "Sở Y
            # tế đề nghị các đơn vị:", a short line that assigns)
            lead_in = f"{paragraphs[-2]} {lead_in}"
        ctx = Context()
        announcing_task: DraftTask | None = None
        announcing = lead_in.rstrip().endswith(":")
        assigned = announcing and (
            self.reader.assigned_units(lead_in) or self.reader.time_limit_units(lead_in)
            or self.reader.leading_the_items(lead_in)
        )
        if root.children and assigned:
            # the time fronted right before the units, not a forecast's ("từ giữa tháng 12/2026
            # đến tháng 02/2027 ... có khả năng xuất hiện rét đậm")
            first_unit = assigned[0][0].start
            period = next((m for m in WHEN_BEFORE_UNITS.finditer(lead_in, 0, first_unit)
                           if m.end() == first_unit), None)
            # the sentence that assigns them, not another text's request retold before it
            # ("Ngày D, Sở X ban hành Công văn ..., trong đó yêu cầu ... trước ngày D2. Chủ tịch
            # UBND xã yêu cầu các cơ quan, đơn vị triển khai các nội dung sau:")
            sentence = max((m.end() for m in SENTENCE_BREAK.finditer(lead_in, 0, first_unit)),
                           default=0)
            when = deadlines.find_deadlines(lead_in[sentence:], self.anchor) or (
                deadlines.find_deadlines(f"trong {period.group()}", self.anchor) if period else []
            )
            leads = tuple(_distribute_head(assigned[0]))
            ctx = Context(leads=leads, deadline=when[-1] if when else None, asked=True)
            last = self.tasks[-1] if self.tasks else None
            # undated, or dated as the items it only announces: "đề nghị trong tháng 12/2026,
            # UBND các xã thực hiện một số nội dung sau:" (not a duty spelt out "cụ thể:")
            if last is not None and last.every is None and (last.due is None or (
                    ctx.deadline and last.due == ctx.deadline.due
                    and ANNOUNCEMENT.search(lead_in))) and (
                    last.units == _names(leads) and lead_in.rstrip(" :")[-40:] in last.text):
                announcing_task = last
        elif root.children and announcing and (period := _period_of_the_work(lead_in, self.anchor)):
            # "... một số công việc trọng tâm cần tổ chức thực hiện trong tháng 9 năm 2020, cụ
            # thể như sau:": the items below, each with its own doers, are due in that period
            ctx = Context(deadline=period)
        elif root.children and announcing and (event := _event_prepared(lead_in, self.anchor)):
            # "Để chuẩn bị tổ chức Hội nghị tổng kết năm 2025 vào ngày 26/12/2025, UBND xã giao:":
            # the items below prepare the event, by its day (GUIDE: a meeting's agenda item)
            ctx = Context(deadline=event)
        elif root.children and _leads_a_table(lead_in, root.children[0]):
            # "... chương trình giám sát từ nay đến cuối năm 2025. Trong đó:" over a table
            when = deadlines.find_deadlines(lead_in, self.anchor)
            ctx = Context(deadline=when[-1] if when else None)
        elif root.children and (month := self._programme_month(root.text)):
            # "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12/2026": a month's programme, its items due in it
            # (GUIDE: a section headed "NHIỆM VỤ ... THÁNG 11/2022")
            ctx = Context(deadline=month)
        if ctx.deadline is None and root.list_time and (
                limit := deadlines.find_deadlines(root.list_time, self.anchor)):
            # "Đề nghị các đơn vị: - A ... - B ... Thời gian hoàn thành: trước ngày D.": the
            # list's time limit, written after it, dates each item with no time of its own
            ctx = replace(ctx, deadline=limit[-1])
        preamble_tasks = len(self.tasks)
        for child, label, child_ctx in self._children_to_visit(root, ctx):
            self.visit(child, child_ctx, label)
        if announcing_task is not None and any(
                task.units == announcing_task.units
                or (all(map(_unnamed, announcing_task.units)) and task.units)
                for task in self.tasks[preamble_tasks:]):
            # "... đề nghị UBND các xã quan tâm chỉ đạo thực hiện một số nội dung sau:": the items
            # below are its work, the units' tasks; the lead-in is none of its own. Nor is one
            # that hands the items to "các đơn vị" in general, each item naming its own unit.
            self.tasks.remove(announcing_task)
            preamble_tasks -= 1
        self.emit_prose(root.tail, "", first=preamble_tasks)
        return self.tasks

    def _programme_month(self, preamble: str) -> deadlines.Deadline | None:
        """The month a document's title sets for its work, on a line of its own in capitals:
        "CHƯƠNG TRÌNH CÔNG TÁC THÁNG 12/2026", "NHIỆM VỤ TRỌNG TÂM THÁNG 12/2026"."""
        lines = preamble.split("\n")[:PROGRAMME_TITLE_LINES]
        for line, below in zip(lines, [*lines[1:], ""], strict=True):
            words = re.sub(r"[\W\d_]+", "", line)
            if not words.isupper() or len(line) > HEADING_LENGTH:
                continue
            # the month on the title's second line: "CHƯƠNG TRÌNH CÔNG TÁC" / "Tháng 12 năm 2026
            # của Ủy ban nhân dân xã ..."
            month_below = TITLE_MONTH_BELOW.match(below)
            for title in (line, f"{line} {month_below.group().upper()}" if month_below else ""):
                period = deadlines.period_of_heading(title, self.anchor) if title else None
                if period and period.kind == "month":
                    return period
        return None

    def heading_context(self, node: Node, ctx: Context) -> Context:
        """What a heading passes on to its items: units, deadline, report or task section."""
        if (row := table_row(node.text)) is not None:
            # a table row over its lettered sub-rows ("a) Điều lệ Đại hội") gives them its cells
            leads, support, obligations, _ = self.row_obligations(row, ctx)
            return replace(ctx, leads=tuple(leads), support=tuple(support),
                           deadline=obligations[-1] or ctx.deadline, asked=False)
        title = node.title
        in_report = ctx.in_report
        if REQUESTS_HEADING.match(title) and not self.aims_headed:
            in_report = False
        elif _reports(title) or (self.reporting and PROPOSALS_HEADING.match(title)):
            # a report's "ĐỀ XUẤT, KIẾN NGHỊ" asks those above it or beside it: no unit's task
            in_report = True
        elif TASK_HEADING.search(title[:120]):
            in_report = False
        # A lead-in names its units anywhere: "Để ...; UBND huyện, ... cần ...".
        clauses = [self.reader.read_clause(c, True)
                   for c in split_clauses(node.text, self.reader.resolver)]
        # a heading of several sentences asks the units its last one names before the items:
        # "Điều 2. HĐND tỉnh cơ bản thống nhất với .... HĐND tỉnh đề nghị UBND tỉnh quan tâm chỉ
        # đạo thực hiện một số công việc sau:"
        asking = clauses[-1] if len(clauses) > 1 and clauses[-1].text.rstrip().endswith(":") and (
            clauses[-1].leads and not clauses[-1].reported) else None
        leads = list(asking.leads) if asking else self.reader.heading_units(title)
        if asking and all(_names_only_its_leads(c) for c in clauses[:-1]):
            # "1. Đội Quản lý thuế liên xã A; Đội Quản lý thuế liên xã B:": units listed by
            # semicolons before the colon all lead the items
            leads = [m for c in clauses[:-1] for m in c.leads] + leads
        addressed = ADDRESSED_HEADING.match(title)
        if not leads and addressed and len(title) <= HEADING_LENGTH:
            leads = self.reader.read_clause(title[addressed.end() :].rstrip(" :."), True).leads
        if not leads and title.rstrip().endswith(":") and (
                led := self.reader.leading_the_items(title)):
            leads = led[0]  # "1. Ban QLDA yêu cầu nhà thầu:": the office answers for its items
        if not leads and clauses:
            leads = self.reader.directed_units(clauses[0].text, ctx.leads)
        if not leads:
            for clause in clauses:
                if clause.leads and not clause.reported:
                    leads = clause.leads
                    break
        if not leads and (limits := self.reader.time_limit_units(title)):
            leads = limits[0]  # "(1) Thời hạn đối với các sở, ngành:"
        if not leads and node.children:
            leads = self.reader.headed_by_title(title)
        support = next((c.support for c in clauses if c.support), [])
        deadline = ctx.deadline
        meeting = deadlines.find_meeting_date(node.text, self.anchor)
        period = (
            deadlines.period_of_heading(node.text, self.anchor)
            if len(node.title) <= HEADING_LENGTH
            else None
        )
        explicit = [d for c in clauses for d in c.deadlines]
        day = (
            deadlines.day_of_heading(node.label, self.anchor) if node.style == "day"
            # the outline cut the stage's closing colon from its label, and the duty run on after
            # it from the milestone that only that duty makes one
            else deadlines.phase_of_heading(f"{node.label}: {node.title}", self.anchor)
            if node.style == "phase"
            else self._opening_phase(node)
        )
        if day:
            deadline = day
        elif meeting:
            deadline = deadlines.Deadline(meeting, node.title[:80], "day", 0, 0)
        elif explicit:
            deadline = explicit[-1]
        elif period:
            deadline = period
        return Context(
            tuple(leads) or ctx.leads, tuple(support) or ctx.support, deadline, in_report,
            asked=ctx.asked and not leads,
        )

    def visit(self, node: Node, ctx: Context, ref: str) -> None:
        if node.addressee:
            # "Chủ tịch UBND các tỉnh nêu trên ..." points back at the addressees listed
            self.recent = f"{self.recent}\n{node.text}"[-RECENT:]
            return
        if node.children:
            own = self.heading_context(node, ctx)
            if self._heading_is_task(node):
                self.emit_item(node, ctx, ref, own_heading=True)
            noted = self._noted_leads(node)
            for child, label, child_ctx in self._children_to_visit(node, own):
                self.visit(child, replace(child_ctx, noted=tuple(noted.get(child.label, ()))),
                           child_ref(ref, label))
            self.emit_prose(node.tail, f"{ref}.")
            return
        if AIMS_HEADING.match(node.title) and node.text != node.title:
            return  # "I. MỤC TIÊU / Đến cuối năm 2027, 100% hồ sơ ...": the plan's aim, no work
        if node.text != node.title and node.title.isupper() and _reports(node.title) and not (
                ASKING_WORD.search(node.text, len(node.title))):
            # "I. ĐÁNH GIÁ CHUNG TÌNH HÌNH THÁNG 01/2027 / Trong tháng 01/2027, UBND phường đã
            # chỉ đạo ...": a section that reports, in a paragraph that asks no one
            self.reports.append(node.text)
            return
        if node.style in ("day", "phase"):  # a day or stage whose entries run on below it
            ctx = replace(self.heading_context(node, ctx), in_report=ctx.in_report)
        elif phase := self._opening_phase(node):
            ctx = replace(ctx, deadline=phase)
        self.emit_item(node, ctx, ref, own_heading=False)

    def _opening_phase(self, node: Node) -> deadlines.Deadline | None:
        """The day or stage a numbered or bulleted item opens with, its entry after the colon,
        when the entry sets no deadline of its own: "1. Ngày 05/3/2026: Họp giao ban UBND xã
        (Văn phòng chuẩn bị)", "- Từ ngày 16 - 20/3/2026: Trung tâm ... tự kiểm tra" (a line
        with no marker is a stage of its own)."""
        if node.style in ("root", "day", "phase"):
            return None
        # "Thứ Hai, ngày 23/3/2026: ...", "Ngày 08/01/2027 (thứ Sáu): ...", "08 giờ 00 ngày D:"
        text = WEEKDAY_BRACKETING_DAY.sub(r"ngày \1", HOUR_BEFORE_DAY.sub("", node.text))
        text = WEEKDAY_AFTER_DAY.sub("", WEEKDAY_BEFORE_DAY.sub("", text))
        # a numbered month or quarter heads its items ("II. Tháng 5/2026")
        phase = deadlines.phase_of_heading(
            text, self.anchor, numbered=node.style in ("roman", "upper", "arabic", "decimal"))
        if phase is None or deadlines.find_deadlines(text[phase.end :], self.anchor):
            return None  # the entry's own deadline is its ("Quý II/2025: ... trước ngày 30/5")
        return phase

    def _heading_is_task(self, node: Node) -> bool:
        """A heading whose lead-in sets a deadline of its own ("..., cụ thể:") is a task too; not
        one whose time limit, written after its list, is the list's."""
        return not node.timed_list and not ANNOUNCEMENT.search(node.text) and bool(
            deadlines.find_deadlines(node.text, self.anchor)
        )

    def _children_to_visit(self, node: Node, ctx: Context) -> list[tuple[Node, str, Context]]:
        """Each child with its label and the context a notice's time field gives it; a child
        that is only the time of the work its siblings name doers for ("2/ Thời gian treo cờ:
        từ ngày 30/4 đến hết ngày 01/5/2025") is no task of its own and is left out."""
        times = [c for c in node.children if not c.children and TIME_FIELD.match(c.text)]
        contexts = [self._field_context(child, times, ctx) for child in node.children]
        dated = any(child_ctx is not ctx for child_ctx in contexts)
        return [
            (child, label, child_ctx)
            for (child, label), child_ctx in zip(_child_labels(node), contexts, strict=True)
            if not (((dated and any(child is time for time in times))
                     or (not child.children and DESCRIBING_FIELD.match(child.text)))
                    and not self.reader.read_clause(child.text[:300], True).leads)
        ]

    def _field_context(self, child: Node, times: list[Node], ctx: Context) -> Context:
        """A notice's fields: "- Thời gian tiến hành: từ ngày 6/11 đến ngày 11/11/2023" dates the
        field that hands out the work ("- Hình thức tổ chức: UBND xã giao cho ..."), when the
        headings above set no deadline."""
        if ctx.deadline is not None or not times or any(child is time for time in times) or not (
                WORK_FIELD.match(child.text) or self._names_undated_doers(child)):
            return ctx
        for sibling in times:
            found = deadlines.find_deadlines(sibling.text, self.anchor)
            # a window or a time limit, not the hour a meeting opens
            if found and (DUE_BY_WORD.search(found[-1].text) or WINDOW_WORD.search(
                    found[-1].text)):
                return replace(ctx, deadline=found[-1])
        return ctx

    def _names_undated_doers(self, node: Node) -> bool:
        """An item that says who does the work but not by when: "1/ Tất cả các cơ quan, các
        thôn ... thực hiện treo cờ Tổ quốc", beside "2/ Thời gian treo cờ: ..."."""
        if node.children or re.match(r"[^:.;()]{1,60}:", node.text):
            return False  # a field ("Đơn vị chủ trì: ...") of a plan's item, not a sentence
        clause = self.reader.read_clause(node.text[:300], True)
        return bool(clause.leads) and not clause.deadlines and not clause.reported

    def _noted_leads(self, node: Node) -> dict[str, list[UnitMention]]:
        """ "(Văn phòng ... chuẩn bị nội dung 3, 4, 5)": extra leads for the items named."""
        noted: dict[str, list[UnitMention]] = {}
        for note in node.notes:
            leads, _ = self.reader.prepared_by(note)
            numbers = NOTE_NUMBERS.search(note)
            if leads and numbers:
                for number in re.findall(r"\d+", numbers.group(1)):
                    noted.setdefault(number, []).extend(leads)
        return noted

    def _time_pointed_back(self, text: str) -> deadlines.Deadline | None:
        """The deadline "trong các ngày lễ nêu trên" points at: the last one read before; that of
        the holiday stated before for a duty on the days off."""
        pointed = TIME_POINTED_BACK.search(text)
        earlier = deadlines.find_deadlines(self.recent, self.anchor) if pointed else []
        if not pointed and (pointed := HOLIDAY_DUTY.search(text)):
            holidays = HOLIDAY.findall(self.recent)
            earlier = [d for h in holidays for d in deadlines.find_deadlines(h, self.anchor)]
        if not (pointed and earlier):
            return self._same_day_as_before(text)
        return replace(earlier[-1], text=f"{pointed.group()} ({earlier[-1].text})",
                       start=pointed.start(), end=pointed.end())

    def _same_day_as_before(self, text: str) -> deadlines.Deadline | None:
        """ "Cấm ra khơi từ 5h ngày 21/7. Đồng thời, ... về bờ trước 10h cùng ngày": "cùng ngày"
        is the day written last in the clauses just before it ("hôm nay" too)."""
        if not deadlines.names_the_same_day(text):
            return None
        before = " ".join(self.recent.split("\n")[-SAME_DAY_REACH:])
        shift = len(before) + 1
        found = [d for d in deadlines.find_deadlines(f"{before} {text}", self.anchor)
                 if d.start >= shift]
        return replace(found[-1], start=found[-1].start - shift,
                       end=found[-1].end - shift) if found else None

    def read(self, text: str, first: bool, later: str = "") -> Clause:
        """A clause read in its place, ``later`` the rest of its sentence: an anaphor takes the
        units named before it."""
        clause = self.reader.read_clause(text, first, self._time_pointed_back(text), later)
        if clause.anaphor is not None and len(self.asked_before) == 1 and _pointed_kind(
                clause.anaphor) in ("đơn vị", "cơ quan"):
            # "Hà Nội giao Sở Nội vụ rà soát ... báo cáo UBND thành phố ... Đơn vị này cũng phải
            # ...": the unit just asked, not the last one named
            clause.leads = list(self.asked_before)
        elif clause.anaphor is not None:
            before = f"{self.recent}\n{text[: clause.anaphor.start()]}"
            clause.leads = self.reader.antecedent(before, clause.anaphor) or (
                self._asked_last(clause.anaphor))
            if (clause.anaphor.group("plural") or "").lower() in LOCALITY_WORDS and not any(
                    _local_government(m.name) for m in clause.leads) and self.localities_asked:
                # "Chủ tịch UBND các tỉnh, thành phố nêu trên" items after the provinces were
                # asked: the provinces, however much was read since
                clause.leads = list(self.localities_asked)
        elif self.asked_before and len(clause.leads) == 1 and (
                bodies := BODIES_JUST_ASKED.match(text)) and (
                clause.leads[0].start, clause.leads[0].end) == bodies.span("bodies"):
            clause.leads = list(self.asked_before)
        elif len(clause.leads) == 1 and clause.leads[0].collective and LATE_ONES.match(
                text, clause.leads[0].end) and (late := self.reader.named_late(self.recent)):
            # "Còn 05 đơn vị chưa gửi báo cáo, gồm: UBND xã A, UBND xã B ... đề nghị UBND các xã
            # chưa gửi báo cáo nêu trên khẩn trương ...": those named
            clause.leads = late
        self.recent = f"{self.recent}\n{text}"[-RECENT:]
        self.recent_leads = [*self.recent_leads, *clause.leads][-RECENT_LEADS:]
        self.asked_before = clause.leads
        if localities := [m for m in clause.leads if _local_government(m.name)]:
            self.localities_asked = localities
        return clause

    def _sending_timed_beside(self, parts: list[tuple[str, int, str]], k: int,
                              clause: Clause) -> list[UnitMention]:
        """The senders of part ``k`` when the part after it, or else the one before it, is only
        the time to send by: "Các đơn vị gửi hồ sơ về Văn phòng ... Thời hạn nộp hồ sơ: trước
        ngày D", "Hạn nộp hồ sơ: ngày D. Các đơn vị gửi hồ sơ về ..." (the clause then takes that
        time as its deadline)."""
        part = parts[k][0]
        if k + 1 < len(parts) and (senders := self._senders_timed(part, parts[k + 1][0])):
            return senders
        if k and not clause.deadlines and (senders := self._senders_timed(part, parts[k - 1][0])):
            clause.deadlines = self.reader.firm_deadlines(parts[k - 1][0])
            return senders
        return []

    def _senders_timed(self, part: str, time: str) -> list[UnitMention]:
        """The units that open ``part``, sending something, when ``time`` is only the time to
        send it by: a deadline's label dates it ("Hạn nộp hồ sơ: ngày D"), a time field only by
        a due-by word ("Thời hạn nộp hồ sơ: trước ngày D")."""
        labelled, field = DEADLINE_LABEL.match(time), TIME_FIELD.match(time)
        if not (labelled or field) or not SENDS.search(part):
            return []  # the cheap tests first: most clauses are neither
        times = deadlines.find_deadlines(time, self.anchor)
        if not (labelled and times) and not (field and any(DUE_BY.match(d.text) for d in times)):
            return []
        run = _run_of_mentions(part, 0, self.reader.resolver.scan(part))
        return run if run and SENDS.match(part, run[-1].end) else []

    def _asked_last(self, anaphor: re.Match[str]) -> list[UnitMention]:
        """The unit of an anaphor's kind asked last, when the catalogue does not hold its name:
        "Bộ giao Cục Đường bộ rà soát ... Cục cần tăng cường cảnh báo ..."."""
        kind = _pointed_kind(anaphor)
        same = [m for m in self.recent_leads if kind and m.name.lower().startswith(f"{kind} ")]
        return same[-1:]

    def emit_prose(self, text: str, ref: str, first: int = 0) -> None:
        """Obligations of running text outside any numbered item (the body of a letter).

        Each clause that names who must act opens an obligation; a clause that names no one
        goes on with the obligation before it in the same paragraph, and in a later paragraph
        only when it reads as its continuation ("Báo cáo UBND tỉnh trước ngày D"), so a fact
        stated a paragraph later is not taken for a deadline.
        """
        groups: list[list[Clause]] = []
        # A paragraph that hands the paragraphs below it to its units ("Chính phủ yêu cầu UBND
        # các tỉnh ... thực hiện các nhiệm vụ trọng tâm sau:") gives each of them its units and
        # its deadline, and is no task of its own.
        lead_in: Clause | None = None
        inherits: dict[int, Clause] = {}
        # "UBND TP vừa có văn bản triển khai các nhiệm vụ trong tháng 6-2018. Theo đó, ...": the
        # month dates the undated work named after it.
        period: tuple[int, deadlines.Deadline] | None = None
        carrying = False
        # the units a paragraph opened with as its label ("Đảng uỷ, UBND các xã: Lập ..."): the
        # paragraphs after it that open on a verb of work, each with its own date, are theirs too
        labelled: list[UnitMention] = []
        # the units the latest request named: a later request or duty naming no one is theirs
        addressed: list[UnitMention] = []
        # the latest request that dated its work but named no one to do it, and its place
        unowned: tuple[int, Clause] | None = None
        # "Để buổi tiếp dân diễn ra hiệu quả, ... đề nghị A ...; B ...": the event's day, as the
        # text gave it before, dates the work its paragraph hands out
        paragraphs = text.split("\n")
        event_days = {
            i: deadlines.event_day("\n".join(paragraphs[:i]), self.anchor, purpose.group("event"))
            for i, para in enumerate(paragraphs) if (purpose := EVENT_PURPOSE.match(para))}
        group_paragraphs: list[int] = []
        # each clause with its paragraph's number and the rest of its paragraph
        resolver = self.reader.resolver
        unit_headings = {
            i for i, para in enumerate(paragraphs) if _heads_with_units(para, resolver)}
        parts = [(p, i, " ".join(pieces[j + 1 :]))
                 for i, pieces in enumerate(split_obligations(para, resolver)
                                            for para in text.split("\n"))
                 for j, p in enumerate(pieces)]
        for k, (part, paragraph, later) in enumerate(parts):
            new_paragraph = k == 0 or parts[k - 1][1] != paragraph
            if new_paragraph:
                requested = SPOKEN.match(part)
            # "X yêu cầu: A rà soát ...; B lựa chọn ...": each duty listed after the request
            # is asked, as an item of a list is
            listed = bool(requested) and not new_paragraph and parts[k - 1][0].endswith(";")
            # a duty counted in words opens its paragraph: "Ba là, Trung tâm ... niêm yết ..."
            listed |= new_paragraph and COUNTED_DUTY.match(part) is not None
            clause = self.read(part, listed, later)
            if new_paragraph:
                label = part.find(":")
                if clause.leads and label > 0 and _heads_with_units(part[: label + 1], resolver):
                    labelled = clause.leads
                elif clause.leads or not (clause.deadlines and DOER_VERB.match(
                        f" {part.lstrip(' -–+•*').lower()}")):
                    labelled = []
                else:
                    clause.leads = labelled
            if carrying and _dates_the_one_before(clause, groups[-1]):
                groups[-1].append(clause)
            elif clause.leads:
                asked = unowned[1] if unowned and unowned[0] == k - 1 and (
                    not new_paragraph) else None
                if asked and not (clause.deadlines or clause.recurrences) and (
                        LEADS_HERE_TOO.search(part)):
                    # "UBND xã yêu cầu tổ chức kiểm tra ... vào thứ Sáu hằng tuần. Giao Trạm Y tế
                    # xã chủ trì thực hiện.": the unit named next leads the work asked, by its time
                    asked.leads = clause.leads
                    if groups and groups[-1][0] is asked:  # the request's own group, led now
                        groups.pop()
                        group_paragraphs.pop()
                    groups.append([asked, clause])
                else:
                    groups.append([clause])
                group_paragraphs.append(paragraph)
                carrying = True
                lead_in = clause if ANNOUNCEMENT.search(part) else None
            elif senders := self._sending_timed_beside(parts, k, clause):
                clause.leads = senders
                groups.append([clause])
                group_paragraphs.append(paragraph)
                carrying = True
            elif lead_in is not None and new_paragraph:
                clause.leads = lead_in.leads
                inherits[len(groups)] = lead_in
                groups.append([clause])
                group_paragraphs.append(paragraph)
                carrying = True
            elif groups and part.strip() == paragraphs[paragraph].strip() and _times_the_work(
                    clause, groups[-1], self.anchor):
                # "Thời gian: Từ ngày 12/3 đến hết ngày 23/3/2024." after the paragraphs of a
                # letter's request: the time of the work it asked
                groups[-1].append(clause)
            elif paragraph in unit_headings:
                # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ...; Chủ tịch UBND các tỉnh, ...:" over
                # the paragraphs of their duties
                if new_paragraph:
                    clause.leads = list(resolver.scan(paragraphs[paragraph]))
                    groups.append([clause])
                    group_paragraphs.append(paragraph)
                    carrying = True
                    lead_in = clause
            elif carrying and (
                not new_paragraph
                or CONTINUES.match(part)
                or _dates_undated_paragraph(clause, groups[-1])
            ):
                groups[-1].append(clause)
            elif (asked := (not new_paragraph and _answerable_units(parts[k - 1][0], resolver))
                  or addressed) and _asks_no_one(clause):
                clause.leads = asked
                groups.append([clause])
                group_paragraphs.append(paragraph)
                carrying = True
            elif not (ASIDE.fullmatch(part.strip()) and not clause.deadlines):
                carrying = False  # "(Có đề cương gửi kèm)" is an aside: the letter goes on
                if (clause.deadlines or clause.recurrences) and not clause.reported and (
                        ASSIGN_VERB.search(part)):
                    unowned = (k, clause)
                    if _asks_the_work_of_no_one(part):
                        # "Đề nghị lập danh sách ..., gửi về Sở trước ngày D": a task whose units
                        # the letter's addressees or the office reviewing it give
                        groups.append([clause])
                        group_paragraphs.append(paragraph)
            assigns = ASSIGN_VERB.search(part)
            if clause.leads and assigns:
                addressed = clause.leads
            if not (carrying or clause.leads or assigns) and (
                announced := self._period_announced(part)
            ):
                period = (len(groups), announced)
        announcing = {id(c) for c in inherits.values()}
        emitted = first
        for index, group in enumerate(groups):
            if id(group[0]) in announcing:
                continue
            leads = group[0].leads
            support = [s for c in group for s in c.support]
            text = " ".join(c.text for c in group)
            lead_in_dates = inherits[index].deadlines if index in inherits else []
            if not lead_in_dates and period is not None and index >= period[0]:
                lead_in_dates = [period[1]]
            if not lead_in_dates and (event := event_days.get(group_paragraphs[index])):
                lead_in_dates = [event]
            if not lead_in_dates and not any(c.deadlines or c.recurrences for c in group) and (
                    held := EVENT_WORK.search(group[0].text)) and (
                    event := deadlines.event_day("\n".join(paragraphs[: group_paragraphs[index]]),
                                                 self.anchor, held.group("event"))):
                # "... sẽ tổ chức bắn pháo hoa ... diễn ra vào tối 15/12. / UBND tỉnh giao Bộ Chỉ
                # huy Quân sự tỉnh chủ trì ... tổ chức bắn pháo hoa": the event's day, given before
                lead_in_dates = [event]
            for deadline, recurrence in _obligations(group, next(iter(lead_in_dates), None)):
                owners, owners_support = self._owners(text, deadline, leads, support)
                self.tasks.append(
                    _draft(f"{ref}{letter_suffix(emitted)}", text, owners, owners_support,
                           deadline, recurrence, self.anchor)
                )
                emitted += 1

    def _period_announced(self, text: str) -> deadlines.Deadline | None:
        """The month or quarter whose work a sentence announces ("... triển khai các nhiệm vụ
        trong tháng 6-2018"), told as done or not."""
        found = TASKS_OF_A_PERIOD.search(text)
        if found is None:
            return None
        periods = [d for d in self.reader.firm_deadlines(text)
                   if d.kind in ("month", "quarter") and d.start >= found.start()]
        return periods[0] if periods else None

    def row_obligations(
        self, row: TableRow, ctx: Context
    ) -> tuple[list[UnitMention], list[UnitMention], list[deadlines.Deadline | None],
               deadlines.Recurrence | None]:
        """A work programme's table row read by its cells: its leads from the "chủ trì" cell,
        its supporters, its deadlines from the "thời hạn" cell (else from the content or the
        section above it) and its recurrence."""
        content = self.reader.read_clause(row.content, True)
        split = self.reader.resolver.split_list
        lead_names, support_names = cell_roles(row.lead)
        leads = [m for name in lead_names for m in _cell_units(name, split)]
        support = [m for name in [*support_names, *_cell_names(row.support)] for m in split(name)]
        leads = leads or content.leads or list(ctx.leads)
        when = time_cell(row.time)
        month = ctx.deadline.due if ctx.deadline and ctx.deadline.kind == "month" else None
        if (weeks := WEEKS_MARKED.fullmatch(when)) and month:
            # "x" under "Tuần 3" in a month's programme: that week of its month
            when = f"trong tuần {weeks['last']} tháng {month.month}/{month.year}"
        elif (day := DAY_OF_THE_MONTH.fullmatch(when.strip())) and month:
            # "Ngày 15" in a month's programme: that day of its month
            when = f"ngày {day['day']}/{month.month}/{month.year}"
        elif WHOLE_MONTH.fullmatch(when.strip()) and month:
            when = f"trong tháng {month.month}/{month.year}"  # "Cả tháng": by the month's end
        due = [d for part in TIME_PARTS.split(when) if part
               for d in deadlines.deadlines_of_cell(part, self.anchor)]
        if when != row.time:  # the deadline says what the cell says, not its rewording
            due = [replace(d, text=f"Thời hạn: {row.time}") for d in due]
        every = deadlines.find_recurrences(row.time) if row.time else []
        # a time cell with two dates ("Trước 15/6/2025 và 15/12/2025") sets two obligations
        obligations: list[deadlines.Deadline | None] = _distinct(due)
        if due:
            # one duty of the content cell dated apart ("- Kiểm tra ..., hoàn thành trước ngày
            # D;" in a row whose time cell says "Trong tháng 01/2027") is an obligation too
            obligations = _distinct([*due, *(d for d in content.deadlines if DUE_BY.match(d.text))])
        if not (due or every or (row.time and NO_DATE.search(row.time))):
            due, every = content.deadlines, content.recurrences
            # a content cell of several duties, each due by its own day ("..., trình UBND tỉnh
            # trước ngày 15/01; ...; báo cáo kết quả trước ngày 06/3"), sets each
            due_by = _distinct([d for d in due if DUE_BY.match(d.text)])
            obligations = due_by if len(due_by) > 1 else due[:1]
        obligations = obligations or [None if every or row.time else ctx.deadline]
        return leads, support, obligations, every[0] if every else None

    def emit_row(self, row: TableRow, ctx: Context, ref: str) -> None:
        """One task per row of a work programme's table (one per date its time cell sets); a row
        whose lead cell is blank but whose time is set is a task with no unit yet."""
        leads, support, obligations, every = self.row_obligations(row, ctx)
        if not leads and (row.lead or not (every or any(obligations))
                          or AGENDA_ROW.match(row.content)):
            # a row whose lead cell names no unit, that sets no time, or that is a schedule's
            # meeting or visit, is no task; a blank lead cell beside work and its time is the
            # office's to fill
            return
        for index, deadline in enumerate(obligations):
            suffix = letter_suffix(index) if len(obligations) > 1 else ""
            self.tasks.append(
                _draft(f"{ref}{suffix}", row.content, leads, support, deadline, every, self.anchor)
            )

    def _labelled_deadline(self, text: str) -> deadlines.Deadline | None:
        """ "Trước 25/4: Bộ X ban hành ... Bộ Y hoàn thành ...": a deadline set before a colon
        as the item's label dates every duty in it."""
        label = SHORT_LABEL.match(text)
        found = deadlines.find_deadlines(label.group(1), self.anchor) if label else []
        if label and not found and PERIOD_LABEL.fullmatch(label.group(1).strip()) and not (
            deadlines.find_deadlines(text[label.end() :], self.anchor)
        ):
            # a timetable's milestone: "Tháng 01/2026: Phòng Nội vụ tổng hợp, trình ...", unless
            # the item sets a day within it
            found = deadlines.deadlines_of_cell(label.group(1), self.anchor)
        return found[0] if found else None

    def emit_item(self, node: Node, ctx: Context, ref: str, own_heading: bool) -> None:
        if ctx.in_report:
            self.reports.append(node.text)
            return
        row = table_row(node.text)
        if row is not None:
            self.emit_row(row, ctx, ref)
            return
        parts = split_obligations(node.text, self.reader.resolver)
        clauses: list[Clause] = []
        for i, part in enumerate(parts):
            # "3. Về thu nộp đảng phí / Các chi bộ nộp ... đầy đủ": the paragraph under a heading
            # that names no one opens the item's work, as an item's first sentence does
            opens = i == 0 or (i == 1 and node.headed and not clauses[0].leads
                               and _acts_after_its_subject(part, self.reader.resolver))
            clauses.append(self.read(part, opens, " ".join(parts[i + 1 :])))
        if not clauses:
            return
        if len(clauses) > 1 and clauses[-1].leads and HANDS_THE_ITEM.fullmatch(
                clauses[-1].text) and not any(c.leads for c in clauses[:-1]) and not (
                clauses[-1].deadlines or clauses[-1].recurrences):
            # "Rà soát hồ sơ. Thời hạn: trước ngày D. Giao Phòng Kinh tế thực hiện.": the item's
            # work, then whom it is handed to
            handed = clauses.pop()
            clauses[0].leads, clauses[0].support = handed.leads, handed.support
        item_leads = self.reader.heading_units(node.title) if not own_heading else []
        if not clauses[0].leads:
            clauses[0].leads = self.reader.directed_units(clauses[0].text, item_leads or ctx.leads)
        if item_leads and not clauses[0].leads:
            clauses[0].leads = item_leads
        if any(c.deadlines or c.recurrences for c in clauses) and not any(
                c.leads for c in clauses):
            # "Đối với X: không gia hạn; đề nghị gửi ... chậm nhất ngày D": the label addresses
            # the dated work after it that names no one
            clauses[0].leads = self.reader.item_addressees(clauses[0].text)
        inherited = (self._labelled_deadline(node.text) or _closing_time(clauses, self.anchor)
                     or ctx.deadline)
        groups = _segments(clauses, inherited, bool(ctx.leads))
        leads: list[UnitMention] = list(ctx.leads)
        support: list[UnitMention] = list(ctx.support)
        emitted = 0
        named_above = [m for m in ctx.leads if not _generic(m.name)] if ctx.asked else []
        # one obligation read twice, its units and time the same ("... Thành phần: .... Địa
        # điểm: .... (Văn phòng chuẩn bị nội dung)"): one task
        obligations_seen: set[tuple[tuple[str, ...], date | None, str | None]] = set()
        for index, group in enumerate(groups):
            if all(c.courtesy for c in group):
                continue  # "+ Mọi thắc mắc xin liên hệ: ...": not the work of the item above
            if index == 0 and _announces_named_work(group, groups[1:]):
                leads, support = list(group[0].leads), list(group[0].support)
                continue  # "... yêu cầu các cơ quan thực hiện các nội dung sau: Sở X ...; Sở Y ..."
            if group[0].leads and named_above and all(_generic(m.name) for m in group[0].leads):
                # "Chủ tịch UBND tỉnh yêu cầu các Sở, Ban, Ngành; UBND các huyện ... thực hiện
                # một số nhiệm vụ sau:" / "- ..., các Đơn vị cử người trực": the units above
                leads = list(ctx.leads)
            elif group[0].leads:
                leads = group[0].leads
                support = group[0].support
            elif not leads and group[0].deadlines:
                due_by = bool(DUE_BY.match(group[0].deadlines[-1].text))
                leads = self.reader.free_units(group[0].text, due_by)
            leads = leads + [m for m in ctx.noted if m.name not in _names(leads)]
            group_support = support + [s for c in group[1:] for s in c.support]
            text = " ".join(c.text for c in group)
            # a direction retold takes no date from the heading it is told under
            obligations = _obligations(group, None if group[0].reported else inherited)
            dated_itself = any(c.deadlines or c.recurrences for c in group)
            for deadline, recurrence in obligations:
                if not leads and not dated_itself:
                    continue
                owners, owners_support = self._owners(text, deadline, leads, group_support)
                seen = (tuple(_names(owners)), deadline and deadline.due,
                        recurrence and recurrence.every)
                if owners and seen in obligations_seen:
                    continue
                obligations_seen.add(seen)
                suffix = letter_suffix(emitted) if len(groups) > 1 or len(obligations) > 1 else ""
                self.tasks.append(
                    _draft(
                        f"{ref}{suffix}", text, owners, owners_support, deadline, recurrence,
                        self.anchor,
                    )
                )
                emitted += 1

    def _owners(
        self, text: str, deadline: deadlines.Deadline | None, leads: list[UnitMention],
        support: list[UnitMention],
    ) -> tuple[list[UnitMention], list[UnitMention]]:
        """Who leads and supports an obligation: its clause's units, or the office a report is
        sent through when ``deadline`` is the one it passes the report on by ("... báo cáo qua
        Sở Giáo dục và Đào tạo trước ngày 10-5 để tổng hợp, báo cáo UBND tỉnh trước ngày
        18-5-2017": the second deadline is the Sở's)."""
        passed = PASSED_ON.search(text) if deadline is not None else None
        if passed is None or text.find(deadline.text) < passed.start("then"):
            return leads, support
        office = self.reader.resolver.scan(passed["office"])
        return (office, []) if office else (leads, support)


# An item's closing sentence that only gives its time: ". Thời gian hoàn thành: xong trước ngày
# 20-9." at its end.
CLOSING_TIME = re.compile(
    r"(?:^|[.;]\s+)(?:thời gian(?:\s+(?:hoàn thành|thực hiện))?|thời hạn(?:\s+hoàn thành)?)"
    r"\s*:\s*(?P<time>[^.;:]+)\.?\s*$",
    re.IGNORECASE)


def _closing_time(clauses: list[Clause], anchor: date | None) -> deadlines.Deadline | None:
    """The time an item's closing sentence gives the whole item ("...; UBND phường Tân An tiếp
    nhận .... Thời gian hoàn thành: xong trước ngày 20-9."), for its parts that give none."""
    closing = CLOSING_TIME.search(clauses[-1].text) if len(clauses) > 1 else None
    found = deadlines.find_deadlines(closing["time"], anchor) if closing else []
    return found[-1] if found else None


def _announces_named_work(group: list[Clause], rest: list[list[Clause]]) -> bool:
    """Whether an item's first clause only announces the work after its colon ("... yêu cầu
    các cơ quan, đơn vị tập trung thực hiện các nội dung sau:") and a part after it names its
    doers."""
    text = group[0].text.rstrip()
    return (len(group) == 1 and bool(ANNOUNCEMENT.search(text))
            and not (group[0].deadlines or group[0].recurrences)
            and any(other[0].leads for other in rest))


# An item's last sentence that only hands the work above it to its doers: "Giao Phòng Kinh tế
# (chủ trì) thực hiện.", "Đề nghị Công an xã triển khai thực hiện nội dung này."
HANDS_THE_ITEM = re.compile(
    r"\W*(?:giao(?:\s+cho)?|phân công|đề nghị|yêu cầu)\s+[^.;:]{3,120}?\s+(?:chủ trì\s*,?\s*)?"
    r"(?:triển khai\s+)?(?:thực hiện|triển khai|phụ trách|đảm nhiệm)"
    r"(?:\s+(?:nội dung|nhiệm vụ|việc) này)?\s*[.;]?\s*",
    re.IGNORECASE,
)
# Where a report goes, by a first deadline, for that office to pass it on by a second one.
PASSED_ON = re.compile(
    r"\s(?:về|qua|đến|tới)\s+(?P<office>[^,;:()]{3,80}?)\s+(?:trước|chậm nhất)\b[^,;:]{0,30}?\d"
    r"[^;:]{0,40}?\s(?:để|nhằm)\s+(?:tổng hợp|báo cáo)\b[^;:]{0,120}?"
    r"(?P<then>\b(?:trước|chậm nhất)\b[^;:]{0,20}?\d)",
    re.IGNORECASE,
)


# Another text's request retold: "Ngày D, Sở X ban hành Công văn số ..., trong đó yêu cầu UBND
# các xã báo cáo ... trước ngày D2".
RETOLD_REQUEST = re.compile(
    r"\bban hành\b[^.;]{0,200}?\b(?:trong đó|theo đó)\s*,?\s*(?:yêu cầu|đề nghị|giao)\b",
    re.IGNORECASE)
# The end of a sentence inside a paragraph: a full stop before the next sentence's capital.
SENTENCE_BREAK = re.compile(rf"\.\s+(?=[{UPPER}])")
# The work a lead-in announces, done within a period: "công việc cần tổ chức thực hiện trong tháng
# 9 năm 2020", "nhiệm vụ trọng tâm triển khai trong quý IV/2025".
WORK_IN_A_PERIOD = re.compile(
    r"\b(?:công việc|nhiệm vụ|nội dung)\b[^.:;]{0,60}?\b(?:thực hiện|triển khai|hoàn thành)"
    r"(?=\s+(?:trong|trước|ngay trong)\b)",
    re.IGNORECASE,
)


def _period_of_the_work(lead_in: str, anchor: date | None) -> deadlines.Deadline | None:
    """The period a lead-in sets for the work it announces, if it sets one."""
    announced = WORK_IN_A_PERIOD.search(lead_in)
    if announced is None:
        return None
    found = [d for d in deadlines.find_deadlines(lead_in[announced.end() :], anchor)
             if d.kind in ("day", "month", "quarter", "half", "year")]
    return found[0] if found else None


def _child_labels(node: Node) -> list[tuple[Node, str]]:
    """Each child with its label in a ref: its own number, "-1", "+2" for dashes/bullets, or
    "(1)" for a unit's labelled part."""
    labelled, dashes, parts = [], 0, 0
    for child in node.children:
        if child.style in BULLET_STYLES:
            dashes += 1
            labelled.append((child, f"-{dashes}" if child.style == "dash" else f"+{dashes}"))
        elif child.style == "label":  # a unit's part after another's bullets: "(1)", "(2)"
            parts += 1
            labelled.append((child, f"({parts})"))
        else:
            labelled.append((child, child.label))
    return labelled


def child_ref(ref: str, label: str) -> str:
    """An item's ref under its heading's: "II" and "1" give "II.1"; a label that already
    numbers its heading ("1.2" under "1", "2.1.3" under "2.1") stands for both."""
    parent, _, _ = label.rpartition(".")
    if parent and (ref == parent or ref.endswith(f".{parent}")):
        return f"{ref[: len(ref) - len(parent)]}{label}"
    return f"{ref}.{label}"


def letter_suffix(index: int) -> str:
    """a, b, ..., z, aa, ab, ...: the suffix of the index-th task of one item."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


Obligation = tuple[deadlines.Deadline | None, deadlines.Recurrence | None]


def _obligations(group: list[Clause], fallback: deadlines.Deadline | None) -> list[Obligation]:
    """One obligation per distinct deadline and per recurrence a group of clauses states;
    else one, due at ``fallback`` (what its headings set, if anything)."""
    dated = _distinct([d for c in group for d in c.deadlines])
    due_by = [d.due for d in dated if d.kind == "day" and DUE_BY_WORD.search(d.text)]
    found: list[Obligation] = [
        (d, None) for d in dated
        # "rà soát các nhiệm vụ được giao trong năm 2025 ..., đề xuất nội dung thực hiện trong
        # năm 2026. Báo cáo trước ngày 15/11/2025": a year that ends after the day the work is
        # due by is what the work is about
        if not (d.kind == "year" and any(day < d.due for day in due_by))
    ]
    found += [(None, r) for c in group for r in c.recurrences]
    return found or [(fallback, None)]


def _distinct(found: list[deadlines.Deadline]) -> list[deadlines.Deadline]:
    seen: set[date] = set()
    unique = []
    for deadline in found:
        if deadline.due not in seen:
            seen.add(deadline.due)
            unique.append(deadline)
    return unique


def directive_metadata(text: str) -> DirectiveInfo:
    """Anchored date, number ("Số: 123-TB/HU") and title of a directive."""
    head = text[:3000]
    number = DOCUMENT_NUMBER.search(head)
    return DirectiveInfo(
        date=deadlines.directive_date(text),
        number=(number.group(1) or number.group(2)).rstrip(".,") if number else None,
        title=_title(head),
    )


# The kinds of directive by the word a header gives them; some carry their subject on the line.
KINDS_ALONE = ("THÔNG BÁO(?: KẾT LUẬN)?|KẾT LUẬN|CHỈ THỊ|CÔNG VĂN|QUYẾT ĐỊNH|NGHỊ QUYẾT|HƯỚNG DẪN"
               "|PHƯƠNG ÁN|ĐỀ ÁN|BÁO CÁO")
KINDS_WITH_SUBJECT = "CHƯƠNG TRÌNH|KẾ HOẠCH|CÔNG ĐIỆN|LỊCH CÔNG TÁC"
DOCUMENT_KIND_LINE = re.compile(rf"(?:{KINDS_ALONE}|(?:{KINDS_WITH_SUBJECT}).*)\s*")
# The kind in capitals, then the subject as a sentence writes it, as a Markdown heading has them.
KIND_THEN_SUBJECT = re.compile(
    rf"(?:{KINDS_ALONE}|{KINDS_WITH_SUBJECT})\s+[{UPPER}]?[{LOWER}][^\n]*")
# A letter's subject under its number: "V/v rà soát dự án chậm tiến độ".
SUBJECT_LINE = re.compile(r"(?:^|\s)((?:v/v|về việc)\s+[^|]+?)\s*(?:\||$)", re.IGNORECASE)


# Who issues a decision, in capitals under its subject: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH". A subject
# in capitals goes on in capitals ("THÔNG BÁO" / "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY XÃ").
AUTHORITY_LINE = re.compile(
    r"(?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|CHÍNH PHỦ|ỦY BAN|UỶ BAN|UBND"
    r"|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|HỘI ĐỒNG|CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP)\b")
SUBTITLE_OPENING = re.compile(rf"[{LOWER}]|Về\s")
NUMBERED_DOCUMENT = re.compile(r"\bsố\s*:?\s*\d", re.IGNORECASE)
SUBTITLE_LENGTH = 70  # a longer line that ends a sentence is the body's, not the subtitle's


def _title(head: str) -> str:
    """The document type and the line(s) that follow it, up to the body; a letter's subject
    ("V/v ..."); else the first line."""
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    for i, line in enumerate(lines):
        if KIND_THEN_SUBJECT.fullmatch(line):
            return line[:200]  # "KẾ HOẠCH chuyển đổi số năm 2026": kind and subject on one line
        if DOCUMENT_KIND_LINE.fullmatch(line) and line.isupper():
            parts = [line]
            for follow in lines[i + 1 : i + 4]:
                in_capitals = follow.isupper() and (
                    AUTHORITY_LINE.match(follow) or not parts[-1].isupper())
                # under a subject in capitals only a subtitle goes on ("về một số nội dung cuộc
                # họp ...", "tại Hội nghị ..."); a sentence is the body's first
                body_after_capitals = len(parts) > 1 and parts[-1].isupper() and not (
                    follow.isupper() or SUBTITLE_OPENING.match(follow))
                # after its subtitle, a sentence is the body's first ("Phân công nhiệm vụ tháng
                # 12" / "Một là, Phòng Văn hóa - Xã hội chủ trì ..., hoàn thành trước ngày D.")
                sentence_after_subtitle = len(parts) > 1 and len(follow) > SUBTITLE_LENGTH and (
                    follow.endswith((".", ";")))
                # "Thực hiện Công văn số ..., UBND xã ..." opens the body; "Thực hiện Chương trình
                # mục tiêu quốc gia ... năm 2027" under "KẾ HOẠCH" is its subject
                carries_out = re.match(r"thực hiện\b", follow, re.IGNORECASE) and (
                    "," in follow or follow.endswith((".", ":", ";"))
                    or NUMBERED_DOCUMENT.search(follow))
                if re.match(r"^(ngày|căn cứ|kính gửi|-{3,})", follow, re.IGNORECASE) or (
                    carries_out or parse_marker(follow) or in_capitals or body_after_capitals
                    or sentence_after_subtitle
                    or PLACE_DATE_LINE.match(follow)
                    or TELEGRAPHS.search(follow) or follow.endswith("như sau:")
                    # a lead-in after the subtitle: "Ban Thường vụ Đảng ủy phường kết luận:"
                    or (len(parts) > 1 and follow.endswith(":"))
                ):
                    break  # the body, or the issuing authority ("CHỦ TỊCH UBND TỈNH điện:")
                parts.append(follow)
            return " ".join(parts)
    subject = next((found[1] for line in lines if (found := SUBJECT_LINE.search(line))), None)
    return (subject or (lines[0] if lines else ""))[:200]


def extract_tasks(
    text: str, resolver: UnitResolver, directive_date: date | None = None
) -> Extraction:
    """Draft tasks of a repaired directive text.

    ``directive_date`` (set by the office) overrides the date the text gives; with neither, a
    deadline that needs that date waits for it instead of being guessed.
    """
    info = directive_metadata(text)
    if directive_date is not None:
        info = replace(info, date=directive_date)
    root = build_outline(text)
    extractor = Extractor(resolver, info.date)
    tasks = _with_unclaimed_deadlines(text, extractor.run(root), extractor)
    tasks = _for_the_addressees(tasks, letter_addressees(text, extractor.reader), resolver)
    tasks = _for_the_plan_author(tasks, plan_author(text, resolver))
    tasks = _prepared_for_the_meeting(tasks, deadlines.invitation_meeting_date(text, info.date))
    tasks = _prepared_for_the_meeting(
        tasks, preparation_meeting_date(text, info.date), every_task=True)
    tasks = _prepared_for_the_meeting(tasks, deadlines.event_day(text, info.date))
    tasks = _prepared_for_its_meeting(tasks, info.date)
    tasks = _in_the_stage_named(tasks, deadlines.stages_named(text, info.date))
    tasks = _done_as_another_does(tasks, resolver)
    tasks = [task for task in tasks if not _a_leaders_own_attendance(task)]
    tasks = _without_repeats(_weekly_schedules(_unify_level_words(_levels_as_named(tasks))))
    tasks = _without_named_closings(tasks)
    tasks = _in_the_programmes_year(tasks, programme_year(text), info.date)
    if info.date is None:
        months = deadlines.months_named(text)
        written = deadlines.days_written_in_full(text)
        tasks = [_in_year_of_text(task, text, months, written) for task in tasks]
    placed = [_without_placeless_bodies(task, resolver) for task in tasks]
    return Extraction(info, [
        task for task in placed if task.units or task.due or task.every or task.waits_for_date
    ])


# A year's programme or plan by its title: "CHƯƠNG TRÌNH" / "công tác năm 2027 của Ban Chấp hành",
# "KẾ HOẠCH CÔNG TÁC NĂM 2027".
PROGRAMME_YEAR_TITLE = re.compile(
    r"^(?:chương trình|kế hoạch)\b(?:\s+công tác)?(?:\s+\S+){0,6}?\s+năm\s+(?P<year>20\d\d)\b",
    re.IGNORECASE)
# A period with no year: "Quý IV", "tháng 12", "trong tháng 12".
YEARLESS_PERIOD = re.compile(r"^\D*(?:quý|tháng)\s+(?:[ivx]+|\d{1,2})\D*$", re.IGNORECASE)


def programme_year(text: str) -> int | None:
    """The year a programme's or a plan's title sets for its work, or None."""
    lines = [line.strip() for line in text.split("\n")[:PROGRAMME_TITLE_LINES + 4]]
    for line, below in zip(lines, [*lines[1:], ""], strict=True):
        if found := PROGRAMME_YEAR_TITLE.match(f"{line} {below}" if line.isupper() else line):
            return int(found["year"])
    return None


def _in_the_programmes_year(
    tasks: list[DraftTask], year: int | None, anchor: date | None
) -> list[DraftTask]:
    """A quarter or a month with no year in next year's programme, signed late this year, is
    that year's: "Quý IV" of a 2027 programme signed on 28/12/2026 ends on 31/12/2027, not in
    the three days left of 2026 (the no-year rule dates the earlier quarters alike)."""
    if year is None or anchor is None or year != anchor.year + 1:
        return tasks
    return [
        replace(task, due=deadlines.month_end(year, task.due.month))
        if task.due and task.due.year == anchor.year and task.due > anchor
        and YEARLESS_PERIOD.match(task.due_text)
        else task
        for task in tasks
    ]


# The work of holding an event the text dated before: "giao X chủ trì ... tổ chức 1 điểm bắn
# pháo hoa tầm thấp", "tổ chức Lễ hội Hoa anh đào".
EVENT_WORK = re.compile(
    r"\btổ chức\s+(?:[^\s,.;]+\s+){0,2}?(?P<event>bắn pháo hoa|lễ hội|lễ kỷ niệm|hội nghị|đại hội"
    r"|hội thi|cuộc thi|ngày hội)\b",
    re.IGNORECASE,
)
# A purpose that names the event its work is for: "Để buổi tiếp dân diễn ra hiệu quả, ...".
EVENT_PURPOSE = re.compile(
    r"\W*để\s+(?P<event>(?:buổi|lễ|hội nghị|cuộc họp|kỳ họp|đại hội|hội thi|ngày hội)"
    r"(?:\s+[^\s,.;]+){0,5}?)\s+(?:diễn ra|được tổ chức|tổ chức|thành công)\b",
    re.IGNORECASE,
)
# A sentence that announces the work of a month or a quarter: "triển khai các nhiệm vụ trong
# tháng 6-2018", "nhiệm vụ trọng tâm quý IV/2025".
TASKS_OF_A_PERIOD = re.compile(
    r"\bnhiệm vụ(?:\s+trọng tâm)?(?:\s+(?:trong|của))?\s+(?:tháng|quý)\s+[\dIVX]", re.IGNORECASE
)
# An item's label before its first sentence: "Chế độ báo cáo trong dịp nghỉ lễ: ...", "Ngày
# 7/6/2026: các xã ...", "Giai đoạn 1 (từ ngày 01/12 đến ngày 15/12/2026): các thôn ...".
ITEM_LABEL = re.compile(rf"^(?:[^:.;()]|\([^():;]*\)){{3,100}}:\s+(?=[{UPPER}]|các\s)")
SAME_DAY_REACH = 3  # clauses back that a "cùng ngày" may name the day of
NAME_COMMA = "\u201a"  # stands for a comma inside a unit's name while a clause is split at commas
# The two verbs of a purpose joined by a comma: "phòng, chống", "phòng cháy, chữa cháy".
PAIRED_PURPOSE = re.compile(r"\b([Pp]hòng(?: cháy)?),(?=\s+(?:chống|chữa)\b)")
# A letter's addressees: "Kính gửi: Sở X" and the lines listed under it ("- Các sở, ngành;"); a
# dispatch's after "CHỦ TỊCH UBND TỈNH điện:".
ADDRESSED_TO = re.compile(
    r"(?<!\w)kính g[ửở]i\s*:[ \t]*|^\W*kính g[ửở]i[ \t]+|(?<!\w)điện\s*:[ \t]*$"
    # a request whose addressees are listed below it, names only: "Phòng Giáo dục Trung học
    # đề nghị Hiệu trưởng:" / "– Trường Trung học phổ thông" / "– Trường Trung học cơ sở"
    r"|(?<!\w)(?P<request>đề nghị|yêu cầu)(?:\s+(?:hiệu trưởng|thủ trưởng|giám đốc|chủ tịch"
    r"|lãnh đạo)(?:\s+các)?)?\s*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
ADDRESSEE_NAME_WORDS = 12  # a listed addressee is a name, not a duty
TELEGRAPHS = re.compile(r"(?<!\w)điện\s*:\s*$", re.IGNORECASE)  # a telegram's sender's line
ADDRESSEE_LINE = re.compile(r"^[ \t]*[-–+•*][ \t]*(\S.*)$")
# Words of a collective that names no one in particular: "Quý cơ quan, đơn vị", "các đơn vị".
GENERIC_UNIT_WORDS = frozenset({"các", "qúy", "cơ", "quan", "đơn", "vị", "địa", "phương", "tổ",
                                "chức"})
# ... and of one that names them by how they stand to the issuer: "các đơn vị trực thuộc", "các
# cơ quan có liên quan" (a letter's addressees may name them better: "các trường trực thuộc").
UNNAMED_UNIT_WORDS = GENERIC_UNIT_WORDS | {"trực", "thuộc", "có", "liên"}


class Addressees(NamedTuple):
    """Whom a letter addresses, the lines that list them, and whether they were listed under
    the request itself, so that all its undated-doer work is theirs."""

    units: list[str]
    listed: set[str]
    requested: bool


def letter_addressees(text: str, reader: ItemReader) -> Addressees:
    """The units a letter is addressed to ("Kính gửi: ..."), and the lines that list them; in a
    letter with no address block, the units its opening request asks for what it lists below
    ("Ban Thường vụ Quận Đoàn đề nghị Ban Chấp hành Đoàn các cơ sở báo cáo ..., cụ thể như
    sau:")."""
    resolver = reader.resolver
    opening = ADDRESSED_TO.search(text)
    if opening is None:
        return _asked_in_the_lead_in(text, reader)
    lines = text[opening.end() :].split("\n")
    named: list[str] = []
    listed: set[str] = set()
    if lines[0].strip() and not ADDRESSEE_LINE.match(lines[0]):
        named.append(lines.pop(0))  # "Kính gửi: Sở Y tế; Sở Tài chính."
    for line in lines:
        item = ADDRESSEE_LINE.match(line)
        if item is None:
            if line.strip() or named:
                break
            continue
        named.append(item.group(1))
        listed.add(item.group(1).strip(" ;,."))
    if opening["request"] and not (named and all(
        len(name.split()) <= ADDRESSEE_NAME_WORDS and not DOER_VERB.search(f" {name.lower()} ")
        for name in named
    )):
        return Addressees([], set(), False)  # "đề nghị:" over items of work, not names
    units = []
    for line in named:
        for piece in re.split(r"[;,]\s*(?=(?:[-–+•]\s*)?(?:[A-ZĐ]|các\s))|;", line):
            piece = piece.strip(" -–+•;,.")
            names = [m.name for m in resolver.scan(piece[_strip_titles(piece) :])]
            if not names and (unknown := _unknown_unit(piece)):
                # "Trường phổ thông nhiều cấp học": a kind of school; "Trường THCS An Bình"
                names = [unknown.name]
            units.extend(names)
    return Addressees(list(dict.fromkeys(units)), listed, bool(opening["request"]))


# The request that opens a letter and hands it the work listed below it.
REQUEST_LEAD_IN = re.compile(
    r"(?<!\w)(?:đề nghị|yêu cầu)\s+[^\n]+?(?:cụ thể\s+)?như sau\s*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
LEAD_IN_REACH = 2000  # the opening request stands near the top of the letter


def _asked_in_the_lead_in(text: str, reader: ItemReader) -> Addressees:
    """The units the request opening a letter asks, as the letter's addressees."""
    lead_in = REQUEST_LEAD_IN.search(text, 0, LEAD_IN_REACH)
    asked = reader.assigned_units(lead_in.group()) if lead_in else None
    if asked is None:
        return Addressees([], set(), False)
    return Addressees([m.name for m in asked[0]], set(), True)


# A matter fronted with no comma, then what is to be sent back: "Đối với các tờ khai đăng ký từ
# ngày ... đến ... báo cáo và gửi kèm hồ sơ ... về Tổng cục Hải quan trước ngày D".
MATTER_THEN_SENDING = re.compile(
    r"\W*(?:đối với|riêng)\s[^.;:]{3,200}?\s(?:báo cáo|gửi|nộp)\b[^.;:]{0,120}?\s(?:về|đến)\s",
    re.IGNORECASE,
)


def _for_the_addressees(
    tasks: list[DraftTask], addressed: Addressees, resolver: UnitResolver
) -> list[DraftTask]:
    """Tasks read in a letter's address block are none; a dated task led only by a generic
    collective ("Quý cơ quan, đơn vị gửi báo cáo trước ngày D"), or led by no one and stating
    only what is sent by when ("Thời hạn gửi báo cáo trước ngày D") or asking it of no one
    ("Đề nghị lập danh sách ..., gửi về Sở trước ngày D"), is the addressees'. A
    collective that counts localities is not a letter's to offices only. What a letter from
    above asks its addressee to direct ("Chủ tịch UBND tỉnh X chỉ đạo các sở ..., báo cáo Thủ
    tướng trước ngày D") is the addressee's to answer for."""
    addressees, listed = addressed.units, addressed.listed
    named = [name for name in addressees if not _generic(name)]
    localities = any(_local_government(name) for name in named)
    kept = []
    for task in tasks:
        if (task.text.strip(" ;,.") in listed or TELEGRAPHS.search(task.text)) and not (
                task.due or task.every):
            continue  # an addressee's line, or the sender's "CHỦ TỊCH UBND TỈNH điện:"
        if addressed.requested and named and set(task.units) <= set(named) and any(
                task.text.startswith(line) for line in listed):
            # the list's last name ran on into the request's work below it
            task = replace(task, units=list(named), unknown_units=[])
        if named and (task.due or task.every) and (directing := _addressee_directing(
                task.text, named, resolver)) and directing not in task.units:
            task = replace(task, units=[directing], unknown_units=[])
        if named and task.units and all(_every_one_of(unit, named) for unit in task.units):
            # "Kính gửi: Trường Tiểu học An Bình; Trường THCS An Bình. ... đề nghị Quý trường
            # ...": every addressee of that kind, each by its name
            task = replace(task, units=list(named), unknown_units=[])
        if named and (task.due or task.every) and (
            all(_generic(unit) and (localities or not _names_localities(unit))
                for unit in task.units)
            if task.units
            else bool(addressed.requested or DEADLINE_NOUN.match(task.text)
                      or SENT_DOCUMENT.match(task.text) or _asks_the_work_of_no_one(task.text)
                      or MATTER_THEN_SENDING.match(task.text))
        ):
            task = replace(task, units=list(named), unknown_units=[])
        kept.append(task)
    return kept


def _addressee_directing(text: str, addressees: list[str], resolver: UnitResolver) -> str | None:
    """The letter's addressee that opens ``text`` directing others, by its head's title or not."""
    start = _strip_titles(text)
    mentions = resolver.scan(text)
    first = mentions[0] if mentions else None
    if first and first.start == start and first.name in addressees and DIRECTS.match(
            text, first.end):
        return first.name
    return None


# The sentence in which a body says it draws up the plan that follows, as its own work: "Ban
# Thường trực Ủy ban MTTQ Việt Nam phường X xây dựng kế hoạch kiểm tra, giám sát ... như sau:".
# Its steps with no doer named are that body's (GUIDE: a task makes a named unit responsible,
# and the plan has named it).
AUTHORS_A_PLAN = re.compile(
    r"\s*(?:xây dựng|ban hành|triển khai)\s+(?:kế hoạch|chương trình)\b", re.IGNORECASE
)
# ... and the clause that says so before the colon opening the plan is the text, not a task
# (the body may be named with its place: "Ban Thường vụ Tỉnh ủy Hà Tĩnh xây dựng kế hoạch ...:")
INTRODUCES_ITS_PLAN = re.compile(
    rf"(?-i:{_NAME_WORDS}){AUTHORS_A_PLAN.pattern}.*:\s*$", re.IGNORECASE | re.DOTALL
)
PREAMBLE_LINES = 40


def plan_author(text: str, resolver: UnitResolver) -> list[UnitMention]:
    """The body that opens the text saying it draws up this plan of its own work."""
    for line in text.split("\n")[:PREAMBLE_LINES]:
        if parse_marker(line):
            break  # the plan's body has begun
        if not line.rstrip().endswith(":"):
            continue  # "UBND tỉnh ban hành Kế hoạch số 15/KH-UBND.": another plan, cited
        mentions = [m for m in resolver.scan(line) if m.known]
        # the sentence may follow the grounds it rests on, joined onto their line ("Căn cứ ...;")
        for start in [0, *(m.end() for m in re.finditer(r"[.;:]\s+", line))]:
            run = _run_of_mentions(line, start, mentions)
            if run and run[0].start == start and AUTHORS_A_PLAN.match(line, run[-1].end):
                return run
    return []


def _for_the_plan_author(tasks: list[DraftTask], author: list[UnitMention]) -> list[DraftTask]:
    """A dated step of a body's own plan that names no one is that body's, under the name the
    plan calls it by: "Ban Thường trực Ủy ban MTTQ phường", once it has said which ward."""
    if not author:
        return tasks
    named = {n for task in tasks for n in task.units}
    names = []
    for mention in author:
        level = mention.territory.split(" ")[0]
        short = mention.name.removesuffix(mention.territory) + level if level else ""
        names.append(short if short in named else mention.name)
    names = list(dict.fromkeys(names))
    return [replace(task, units=names) if not task.units and (task.due or task.every) else task
            for task in tasks]


# What a unit invited to a meeting prepares for it: "UBND xã chuẩn bị báo cáo ..., báo cáo tại
# cuộc họp" (GUIDE: a meeting's agenda item that a unit prepares is due on the meeting's date).
PREPARES_FOR_THE_MEETING = re.compile(
    r"\bchuẩn bị\b|\btại\s+(?:(?:cuộc|buổi|phiên)\s+)?(?:họp|hội nghị|làm việc)\b"
    # what an event needs on its day: its security, its hall, its video links
    r"|\b(?:đảm bảo|bảo đảm)\s+(?:đầy đủ\s+)?(?:an ninh|an toàn|cơ sở vật chất|hạ tầng|âm thanh)"
    r"|\bkết nối (?:các )?điểm cầu\b|\bkhánh tiết\b|\btrước, trong và sau\b"
    # an agenda item with the unit that presents it: "Báo cáo ... (UBND xã trình)", "(Ban KT-NS)"
    rf"|\btrình\s*\)|\((?-i:[{UPPER}])[^()]*\)\s*[.;]?$",
    re.IGNORECASE,
)
TIME_LINE = re.compile(r"\W*thời gian\s*:", re.IGNORECASE)


# A paragraph that hands its work to the unit it names: "Giao Văn phòng HĐND và UBND xã ...".
HANDS_TO_ONE = re.compile(r"\W*giao\s+(?!ban\b)", re.IGNORECASE)


def preparation_meeting_date(text: str, anchor: date | None) -> deadlines.Deadline | None:
    """The day of the meeting a letter asks its units to prepare for, as the paragraph asking
    it gives it or the opening after it, up to the first numbered item (a title "Chuẩn bị nội
    dung tham luận tại Hội nghị ...", then "... (tổ chức sáng ngày D)"), or None: what each
    unit prepares is due that day (GUIDE: a meeting's agenda item a unit prepares)."""
    lines = text.split("\n")
    for k, line in enumerate(lines):
        asked = deadlines.preparation_request(line)
        marker = parse_marker(line)
        if asked is None or HANDS_TO_ONE.match(line) or marker is not None:
            # "Giao Văn phòng ... chuẩn bị nội dung Kỳ họp ...", "1. Văn phòng Sở: / - Chuẩn bị
            # nội dung ... buổi làm việc ...", "4. Văn phòng Đảng ủy xã / a) Chuẩn bị báo cáo ...
            # phục vụ Hội nghị ...": that unit's own item
            continue
        end = next((j for j in range(k + 1, len(lines))
                    if (marker := parse_marker(lines[j])) and marker[0] in NUMBERED_STYLES),
                   len(lines))
        due = deadlines.find_meeting_date("\n".join(lines[k:end]), anchor)
        if due is not None:
            return deadlines.Deadline(due, asked, "day", 0, 0)
    return None


def _prepared_for_the_meeting(
    tasks: list[DraftTask], meeting: deadlines.Deadline | None, every_task: bool = False
) -> list[DraftTask]:
    """An undated task that prepares for the meeting the letter invites to is due that day, and
    so is every undated task of a letter that asks for the meeting's preparation; the meeting's
    own time ("1. Thời gian: ... ngày D") is no task."""
    if meeting is None:
        return tasks
    return [
        replace(task, due=meeting.due, due_text=meeting.text)
        if task.units and not (task.due or task.every or task.waits_for_date)
        and (every_task or PREPARES_FOR_THE_MEETING.search(task.text))
        else task
        for task in tasks
        if task.units or task.due != meeting.due or not TIME_LINE.match(task.text)
    ]


def _in_the_stage_named(
    tasks: list[DraftTask], stages: dict[tuple[str, str], deadlines.Deadline]
) -> list[DraftTask]:
    """An undated task done in a stage the plan names elsewhere with its span ("Lập danh sách
    đối tượng, xong trong giai đoạn 1") is due when the stage ends."""
    if not stages:
        return tasks
    return [
        replace(task, due=stage.due, due_text=stage.text)
        if not (task.due or task.every or task.waits_for_date)
        and (stage := deadlines.stage_referred(task.text, stages))
        else task
        for task in tasks
    ]


# The same work as units asked before: "Trung tâm GDNN-GDTX các khu vực thực hiện như các
# trường THPT", "UBND các phường thực hiện tương tự như đối với các xã".
DONE_AS_OTHERS = re.compile(
    r"\bthực hiện\s+(?:tương tự\s+)?(?:như|giống như)\s+(?:đối với\s+)?(?P<others>[^.;:,()]{3,80})",
    re.IGNORECASE,
)


def _done_as_another_does(tasks: list[DraftTask], resolver: UnitResolver) -> list[DraftTask]:
    """An undated task that does as units asked before it do takes their deadline."""
    done: list[DraftTask] = []
    for task in tasks:
        if not (task.due or task.every or task.waits_for_date) and (
                found := DONE_AS_OTHERS.search(task.text)):
            others = {name_key(m.name) for m in resolver.scan(found["others"])}
            model = next((earlier for earlier in reversed(done) if others & {
                name_key(unit) for unit in earlier.units} and (earlier.due or earlier.every)), None)
            if model is not None:
                task = replace(task, due=model.due, due_text=model.due_text, every=model.every)
        done.append(task)
    return done


# Work that prepares a meeting named in the same clause: "chuẩn bị nội dung trình kỳ họp",
# "bố trí địa điểm phục vụ hội nghị".
PREPARES_ITS_MEETING = re.compile(
    r"\b(?:chuẩn bị|phục vụ)\b[^.;]{0,80}?\b(?:hội nghị|kỳ họp|cuộc họp|phiên họp|đại hội)\b",
    re.IGNORECASE,
)


# A leader's own diary in a schedule: "Đ/c Sinh - PCT UBND | Dự họp nghe thông báo ...".
ATTENDS = re.compile(r"\W*(?:dự|tham dự|tham gia|đi công tác)\b", re.IGNORECASE)


def _a_leaders_own_attendance(task: DraftTask) -> bool:
    """Whether a task only has named leaders attend something: their diary, no unit's work."""
    return bool(task.units) and all(NAMED_PERSON.match(unit) for unit in task.units) and bool(
        ATTENDS.match(task.text))


def _prepared_for_its_meeting(tasks: list[DraftTask], anchor: date | None) -> list[DraftTask]:
    """An undated task that prepares a meeting it dates itself is due that day: "bố trí địa
    điểm phục vụ hội nghị kiểm điểm của Ban Chấp hành (dự kiến ngày 15/12/2025)"."""
    dated = []
    for task in tasks:
        # a period its heading set ("2. Nhiệm vụ trọng tâm quý IV năm 2026") gives way to the
        # meeting's day within it
        inherited = task.due is not None and task.due_text not in task.text
        if task.units and not ((task.due and not inherited) or task.every
                               or task.waits_for_date) and (
                PREPARES_ITS_MEETING.search(task.text)) and (
                day := deadlines.find_meeting_date(task.text, anchor)) and (
                anchor is None or day > anchor) and (task.due is None or day <= task.due):
            task = replace(task, due=day, due_text=f"ngày {day:%d/%m/%Y}")
        dated.append(task)
    return dated


def _generic(name: str) -> bool:
    return set(name_key(name)) <= GENERIC_UNIT_WORDS


def _unnamed(name: str) -> bool:
    return set(name_key(name)) <= UNNAMED_UNIT_WORDS


def _every_one_of(name: str, addressees: list[str]) -> bool:
    """Whether ``name`` is the plural of one kind ("Các trường", "Các sở") and every addressee
    is one of that kind ("Trường THCS An Bình", "Sở Y tế")."""
    key = name_key(name)
    if len(key) < 2 or key[0] != "các":
        return False
    kind = key[1:]
    return all(len(named := name_key(addressee)) > len(kind) and named[: len(kind)] == kind
               for addressee in addressees)


def _names_localities(name: str) -> bool:
    """ "Các cơ quan, đơn vị, địa phương": the localities too, whoever the letter addresses."""
    key = name_key(name)
    return any(key[i : i + 2] == ("địa", "phương") for i in range(len(key) - 1))


# A report or a submission by the kind its header gives it, on a line of its own.
REPORTING_KIND = re.compile(r"^[ \t*#]*(?:BÁO CÁO|TỜ TRÌNH)[ \t*]*$", re.MULTILINE)
REPORTING_KIND_REACH = 1500
# A report's part that proposes to those above it: "IV. ĐỀ XUẤT, KIẾN NGHỊ", "Kiến nghị".
PROPOSALS_HEADING = re.compile(
    r"^\W*(?:đề xuất|kiến nghị)(?:\s*(?:,|và|-)\s*(?:đề xuất|kiến nghị))?\W*$", re.IGNORECASE)


def _reports(title: str) -> bool:
    """Whether a heading heads a part that reports ("Kết quả đạt được") rather than asks."""
    return bool(REPORT_HEADING.search(title[:120])) and not TASK_HEADING.search(title[:120])


def _local_government(name: str) -> bool:
    """A locality's own body: "UBND các xã", "Ủy ban nhân dân huyện", "Đảng ủy phường"."""
    key = name_key(name)
    return key[:1] in (("ubnd",), ("hđnd",)) or key[:4] == ("ủy", "ban", "nhân", "dân") or (
        key[:2] == ("đảng", "ủy")
    )


def _with_unclaimed_deadlines(
    text: str, tasks: list[DraftTask], extractor: Extractor
) -> list[DraftTask]:
    """The tasks, plus one for each sentence that sets a date to meet ("trước ngày D") no task
    with a unit took, for the units it names in a subject's place; such a task replaces the
    one without units the same sentence gave. Items of a section that reports are no task's."""
    reader = extractor.reader
    claimed = {task.due for task in tasks if task.units}
    tasks = list(tasks)
    for paragraph in text.split("\n"):
        if not DUE_BY_WORD.search(paragraph):
            continue  # most paragraphs set no date to meet: skip the costlier reading
        if TABLE_ROW_FIELD in paragraph:
            continue  # a table's row names its lead in its own cell, its supporters apart
        marker = parse_marker(paragraph.strip())
        body = (marker[2] if marker else paragraph).strip()
        if any(body in item for item in extractor.reports):
            continue
        for part in split_obligations(paragraph, reader.resolver):
            firm = reader.firm_deadlines(part)
            if not firm or firm[-1].due in claimed or not DUE_BY.match(firm[-1].text):
                continue
            if RETOLD_REQUEST.search(part):
                continue  # another text's request retold: its issuer asked, and of others
            clause = reader.read_clause(part, False)
            if clause.leads or not clause.deadlines:
                continue
            leads = reader.free_units(part, True)
            if not leads:
                continue
            claimed.add(firm[-1].due)
            task = _draft("", part, leads, clause.support, firm[-1], None, reader.anchor)
            unowned = next((k for k, t in enumerate(tasks) if not t.units and t.due == task.due
                            and (t.text in task.text or task.text in t.text)), None)
            if unowned is None:
                tasks.append(task)
            else:
                tasks[unowned] = replace(task, ref=tasks[unowned].ref)
    return tasks


def _in_year_of_text(
    task: DraftTask, text: str, months: list[tuple[int, date]], written: list[tuple[int, date]]
) -> DraftTask:
    """A yearless deadline with no directive date to place it, in the year the text writes the
    same day with, else in the year the text writes nearest it ("tháng 7/2025" above "Trước
    30/7"), or else in the one year the whole text names ("Hội thao năm 2022 ... đăng ký trước
    ngày 20/7") or has written its days in full with before it."""
    if not task.waits_for_date:
        return task
    # a schedule's day by its heading ("THỨ HAI (08/12)") is no phrase of a deadline
    found = deadlines.find_deadlines(task.due_text, None) or [
        day for day in [deadlines.day_of_heading(task.due_text, None)] if day]
    if not found:
        return task
    pos = max(0, text.find(task.text[:40]))
    due = deadlines.written_again_in_full(found[0], written) or deadlines.in_year_of_text(
        found[0], months, pos)
    if due is None:
        placed = deadlines.with_year_of_clause(found[0], text)
        due = None if placed.anchored else placed.due
    # the one year the text has written its days in full with so far ("từ ngày 27-4 đến hết ngày
    # 11-5-2021" above "Chậm nhất ngày 14-5"), the nearest such day framing it
    before = [day for start, day in written if start < pos] if due is None else []
    if len({day.year for day in before}) == 1:
        due = deadlines.in_year_of_text(found[0], [(pos, before[-1])], pos)
    if due is None and (cited := deadlines.latest_cited(text)):
        due = deadlines.on_or_after(found[0], cited)
    return replace(task, due=due, waits_for_date=False) if due else task


def _without_placeless_bodies(task: DraftTask, resolver: UnitResolver) -> DraftTask:
    """ "UBND" with no place is a committee of no one knows where (an issuer's short name, a
    name cut by a line break): no unit to remind. A number places a body of a numbered kind
    ("Tổ đại biểu số 2")."""

    def placed(name: str) -> bool:
        mention = resolver.resolve(name)
        entry = mention.entry
        return not (
            entry and entry.kind == "body" and not entry.named and mention.name == entry.name
            and not (entry.numbered and mention.name[-1:].isdigit())
        )

    return replace(task, units=[u for u in task.units if placed(u)],
                   support=[u for u in task.support if placed(u)])


def _without_named_closings(tasks: list[DraftTask]) -> list[DraftTask]:
    """A letter's closing courtesy to units it has already asked for their work ("Sở Nội vụ đề
    nghị Ủy ban nhân dân các xã, phường quan tâm thực hiện./.") adds no task of its own."""
    def closing(task: DraftTask) -> bool:
        return not (task.due or task.every) and bool(NAMED_CLOSING.fullmatch(task.text.strip()))

    asked = {unit for task in tasks if not closing(task) for unit in task.units}
    return [task for task in tasks
            if not (closing(task) and task.units and set(task.units) <= asked)]


def _without_repeats(tasks: list[DraftTask]) -> list[DraftTask]:
    """A paragraph a web copy repeats (its lead as summary, then as body) is one task."""
    seen: set[tuple] = set()
    kept = []
    for task in tasks:
        # the phrase too: two deadlines that wait for the text's date have no day yet
        key = (tuple(task.units), task.due, task.due_text, task.every, task.text)
        if key not in seen:
            seen.add(key)
            kept.append(task)
    return kept


LISTED_WEEKS = 3  # a duty's dates that make a weekly schedule, not so many deadlines


def _weekly_schedules(tasks: list[DraftTask]) -> list[DraftTask]:
    """A duty's dates a week apart on one weekday ("thứ Sáu hàng tuần, cụ thể: Tuần 4: ngày
    01/10; Tuần 5: ngày 08/10; ...") are its weekly recurrence, not so many deadlines (GUIDE);
    the same units' bare "weekly" beside the weekday named is that recurrence too, as a bare
    "monthly" beside the day of the month."""
    by_duty: dict[tuple, list[int]] = {}
    for i, task in enumerate(tasks):
        if task.due and not task.every:
            by_duty.setdefault((tuple(task.units), task.text), []).append(i)
    weekly: dict[int, str] = {}
    for indexes in by_duty.values():
        days = sorted(d for i in indexes if (d := tasks[i].due))
        if len(days) >= LISTED_WEEKS and all(
                (later - earlier).days == 7 for earlier, later in pairwise(days)):
            weekly |= dict.fromkeys(indexes, f"weekly:{WEEKDAYS[days[0].weekday()]}")
    written = {(tuple(t.units), t.every) for t in tasks if t.every}
    on_a_weekday = {units for units, every in written if every.startswith("weekly:")} | {
        tuple(tasks[i].units) for i in weekly}
    # a month's or a quarter's day given in the same paragraph as its bare period
    on_a_day = {(tuple(t.units), t.every.split(":")[0], t.text) for t in tasks
                if ":" in (t.every or "") and not t.every.startswith("weekly")}
    kept: list[DraftTask] = []
    for i, task in enumerate(tasks):
        if i in weekly:
            task = replace(task, due=None, due_text="", every=weekly[i])
            if (tuple(task.units), task.every) in written:
                continue  # the text names the recurrence itself
            written.add((tuple(task.units), task.every))
        elif not task.due and (
                (task.every == "weekly" and tuple(task.units) in on_a_weekday)
                or (tuple(task.units), task.every, task.text) in on_a_day):
            continue  # "hàng tháng lựa chọn ..., gửi ... trước ngày 06 hàng tháng": the day's
        kept.append(task)
    return kept


_LEVEL_WORD = re.compile(rf"^(?P<base>.+?)\s+(?:{LEVEL_PATTERN})$")


LEVEL_ALONE = re.compile(r"cấp\s+(xã|huyện|tỉnh)", re.IGNORECASE)
_BARE_COMMUNE = re.compile(r"(?:UBND|Ủy ban nhân dân|HĐND)\s+(?:xã|phường|đặc khu)")
_PLACE_NAMED = re.compile(rf"[{UPPER}]\w*{_NAME_WORDS}")


def _levels_as_named(tasks: list[DraftTask]) -> list[DraftTask]:
    """A level named alone ("Cấp xã hoàn thành trước ngày D; cấp huyện ...") is the one
    collective of that level the tasks before it name ("Ủy ban bầu cử các xã, phường")."""
    out: list[DraftTask] = []
    for task in tasks:
        units = []
        for name in task.units:
            level = LEVEL_ALONE.fullmatch(name)
            named = {u for t in out for u in t.units if re.search(
                rf"\bcác\s+{level[1]}\b", u, re.IGNORECASE)} if level else set()
            units.append(named.pop() if len(named) == 1 else name)
        out.append(replace(task, units=units))
    return out


def _unify_level_words(tasks: list[DraftTask]) -> list[DraftTask]:
    """One name per unit in a directive: "Trung tâm X" and "Trung tâm X huyện" are one unit,
    named with the level word the text gives it somewhere."""
    names = {n for task in tasks for n in (*task.units, *task.support)}
    longer = {}
    for name in names:
        match = _LEVEL_WORD.match(name)
        if match and match["base"] in names:
            longer[match["base"]] = name
    # "UBND xã" in a letter about one commune it names in full as a lead ("UBND xã Ia Grai")
    # is that one (not a neighbour asked to help)
    leads = {n for task in tasks for n in task.units}
    for name in names:
        if _BARE_COMMUNE.fullmatch(name):
            placed = [n for n in leads if n.startswith(f"{name} ") and _PLACE_NAMED.fullmatch(
                n[len(name) + 1 :])]
            if len(placed) == 1:
                longer[name] = placed[0]

    def unified(units: list[str]) -> list[str]:
        out: list[str] = []
        for name in units:
            name = longer.get(name, name)
            if name not in out:
                out.append(name)
        return out

    return [replace(t, units=unified(t.units), support=unified(t.support)) for t in tasks]
