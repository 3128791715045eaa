"""The one unit resolver: finds unit mentions in directive text and maps names to units.

Names come from the shipped catalogue of standard unit types (``data/unit_catalogue.toml``)
plus the deployment's own directory. Matching works on folded word tokens, so case, tone-mark
placement ("uỷ"/"ủy"), hyphens, "&", "và" and the usual abbreviations ("TC-KH", "TN&MT",
"UBND") do not matter.
"""

from __future__ import annotations

import csv
import io
import re
import tomllib
import unicodedata
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from jobs.errors import IngestError
from jobs.ingest.fold import LOWER, UPPER, fold_words, repair_glyphs, strip_diacritics

WORD = re.compile(r"[^\W_]+")
# A bracketed remark, closed or cut off at the end: "(đối với các nội dung ...)".
BRACKETED = re.compile(r"\([^()]*(?:\)|$)")
# The parts of a list of units, and an office by its head noun and capitalised name, which a
# table's unit cell may hold though no catalogue does ("Vụ Pháp chế", "Cục Quản lý đất đai").
LIST_PARTS = re.compile(r"[;,]")
OFFICE_TYPES = ("Cục", "Vụ", "Viện", "Tổng cục", "Chi cục", "Trung tâm", "Ban", "Sở", "Phòng",
                "Văn phòng", "Bộ phận", "Công chức", "Đội", "Tổ", "Trạm", "Trường", "Hội",
                "Đoàn")  # a commune's desks, teams and its staff by field too
OFFICE_BY_NAME = re.compile(
    rf"(?:{'|'.join(OFFICE_TYPES)})\s+[A-ZĐ]\w*(?:\s+(?:và\s+)?[\w-]+){{0,8}}"
)
# Punctuation that ends a name: a unit never spans a clause or a bracket.
LONE_DASH = re.compile(r"\s*[-–]\s*")
NAME_BARRIER = re.compile(r"[.;:()\[\]\n/\"“”]")
LEVEL_ABBREVIATIONS = frozenset({"TP", "TX"})
DECIMAL_PART = re.compile(r"[.,]\d")
CONNECTORS = frozenset({"và"})
TONED_GLIDE = re.compile(r"([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])$")
GLIDE_TONE_MOVE = {
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uỳ": "ùy",
    "uý": "úy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}

# A name abbreviated part by part ("Sở KH-ĐT", "Trung tâm GDNN-GDTX", "Phòng TN&MT") keeps
# the text's spelling: a part may stand for several words ("ĐT" is đầu tư, đào tạo, đô thị).
# An acronym of the whole name ("BHXH", "UBND") reads as the name.
PART_ABBREVIATIONS = re.compile(r"\b[A-ZĐ]{2,}\s*[-–&]\s*[A-ZĐ]{2,}\b")
# Territory words that follow a unit type: "UBND huyện", "Công an xã Cẩm Quang".
LEVEL_WORDS: tuple[tuple[str, ...], ...] = (
    ("thành", "phố"),
    ("thị", "xã"),
    ("thị", "trấn"),
    ("tỉnh",),
    ("huyện",),
    ("quận",),
    ("xã",),
    ("phường",),
    ("tp",),
    ("tx",),
    ("đặc", "khu"),
    ("khu", "vực"),
    ("kv",),
    ("vùng",),  # the forest rangers' regions since 2025: "Chi cục Kiểm lâm vùng I"
    # below a commune, where its Front and mass organisations have their branches
    ("thôn",),
    ("tổ", "dân", "phố"),
    ("khu", "dân", "cư"),
    ("khu", "phố"),
    ("ấp",),
    ("xóm",),
)
# Offices are named without their level word; bodies keep it ("UBND huyện" is not "UBND xã").
LEVEL_FREE_KINDS = frozenset({"office", "party", "mass"})
# A unit's role, capitalised in a table cell: "Sở Y tế Chủ trì".
ROLE_WORDS: tuple[tuple[str, ...], ...] = (
    ("chủ", "trì"), ("phối", "hợp"), ("thực", "hiện"), ("tham", "mưu"), ("đầu", "mối"),
)
# Types one of which a text names by a proper name after the type ("Bệnh viện Đa khoa Tâm An").
PROPER_NAMED_KINDS = frozenset({"office", "force", "agency", "mass"})
BARE_LEVELS = frozenset(
    {
        "huyện",
        "tỉnh",
        "xã",
        "phường",
        "thị xã",
        "quận",
        "cấp huyện",
        "cấp tỉnh",
        "cấp xã",
        "thành phố",
        "TP",
        "TX",
    }
)
PEER_LEVELS = ({"quận", "huyện", "thị xã"}, {"xã", "phường", "thị trấn", "đặc khu"})
# "KV" is written out; "TP" and "TX" stay as the text writes them ("UBND TP Thủ Đức").
LEVEL_DISPLAY = {"kv": "khu vực"}
# The administrative levels places are named by, as a regular-expression alternation.
LEVEL_PATTERN = "thành phố|thị xã|thị trấn|đặc khu|huyện|quận|tỉnh|phường|xã"
PARTY_SUFFIXES: tuple[tuple[str, ...], ...] = (
    ("huyện", "ủy"),
    ("tỉnh", "ủy"),
    ("thị", "ủy"),
    ("thành", "ủy"),
    ("đảng", "ủy"),
)
GRASSROOTS: tuple[tuple[str, ...], ...] = (
    ("tdp",),  # "các TDP": tổ dân phố, as wards write it
    ("kdc",),  # khu dân cư
    ("tổ", "dân", "phố"),
    ("khu", "dân", "cư"),
    ("khu", "phố"),
    ("chi", "bộ"),
    ("thôn",),
    ("bản",),
    ("xóm",),
    ("làng",),
    ("ấp",),
    ("tổ", "dân", "cư"),
    ("khóm",),
    ("buôn",),
    ("khối", "phố"),
    ("phố",),  # a northern town's quarter: "các xóm, phố"
)
# The first words of bodies' two-word nouns: "đơn vị", "cơ quan", "đảng ủy", "chi bộ".
TWO_WORD_BODY_NOUNS = frozenset({"đơn", "cơ", "đảng", "chi"})
# Generic nouns of a collective: "các cơ quan, đơn vị", "các sở, ban, ngành".
COLLECTIVE_NOUNS: tuple[tuple[str, ...], ...] = (
    ("cơ", "quan", "ngang", "bộ"),
    ("cơ", "quan", "ngang", "sở"),  # a province's: "các sở, cơ quan ngang sở"
    ("cơ", "quan", "thuộc", "chính", "phủ"),
    ("cơ", "quan", "trực", "thuộc", "chính", "phủ"),
    ("cơ", "quan", "chuyên", "môn"),
    ("cơ", "quan", "báo", "chí"),
    ("cơ", "quan", "thông", "tấn"),
    ("cơ", "quan", "tuyên", "truyền"),
    ("cơ", "quan", "truyền", "thông"),
    ("cơ", "quan", "hành", "chính"),
    ("phòng", "chuyên", "môn"),
    ("phòng", "ban"),
    ("đơn", "vị", "sự", "nghiệp"),
    ("đơn", "vị", "dự", "toán"),  # a budget's spending units: "các đơn vị dự toán cấp I"
    ("cơ", "quan"),
    ("đơn", "vị"),
    ("sở",),
    ("ban", "quản", "lý", "dự", "án"),
    ("ban", "xây", "dựng", "đảng"),  # a Party committee's boards: "các ban xây dựng Đảng"
    ("ban", "ngành"),
    ("ban",),
    ("ngành",),
    ("phòng",),
    ("địa", "phương"),
    ("đoàn", "thể", "chính", "trị", "xã", "hội"),
    ("tổ", "chức", "chính", "trị", "xã", "hội"),
    # every level of the trade union: "các cấp công đoàn", "các cấp CĐ"
    ("cấp", "công", "đoàn"),
    ("cấp", "cđ"),
    ("đoàn", "thể"),
    ("tổ", "chức", "cơ", "sở", "đảng"),
    ("tổ", "chức", "đảng"),
    ("tổ", "chức", "tín", "dụng"),
    ("tổ", "chức", "kinh", "tế", "xã", "hội"),
    ("tổ", "chức", "kinh", "tế"),
    ("tổ", "chức"),
    ("doanh", "nghiệp"),
    ("tổng", "công", "ty"),
    ("công", "ty"),
    ("chủ", "đầu", "tư"),
    ("trường", "học"),
    ("trường",),
    ("xí", "nghiệp"),
    ("bệnh", "viện"),
    ("trạm", "y", "tế"),
    ("công", "sở"),
    ("lực", "lượng", "vũ", "trang"),
    ("lực", "lượng", "chức", "năng"),
    ("tập", "đoàn"),
    ("hội", "đồng"),
    ("hội",),
    # the health centres, by region since 2025: "các bệnh viện, trung tâm y tế khu vực"
    ("trung", "tâm", "y", "tế", "khu", "vực"),
    ("trung", "tâm"),
    # a school's units: "các phòng, khoa, bộ môn trực thuộc trường", "các Khoa, Viện, Trung tâm"
    ("khoa",),
    ("bộ", "môn"),
    ("viện",),
    ("chi", "nhánh", "ngân", "hàng", "nước", "ngoài"),
    ("chi", "nhánh", "ngân", "hàng"),
    ("tổ", "công", "tác"),
    ("cơ", "sở", "y", "tế"),
    # the legal name, its two verbs with a comma: "các cơ sở khám bệnh, chữa bệnh"
    ("cơ", "sở", "khám", "bệnh", "chữa", "bệnh"),
    ("cơ", "sở", "khám", "chữa", "bệnh"),
    ("cơ", "sở", "kinh", "doanh"),
    ("cơ", "sở", "sản", "xuất"),
    ("cơ", "sở", "tôn", "giáo"),
    ("cơ", "sở", "lưu", "trú"),
    ("cơ", "sở", "bảo", "trợ", "xã", "hội"),
    ("ban", "quản", "lý", "chợ"),  # "các ban quản lý chợ" (not "các ban" alone)
    ("câu", "lạc", "bộ"),
    ("nhóm", "trẻ"),
    ("tỉnh", "ủy"),
    ("thành", "ủy"),
    ("huyện", "ủy"),
    ("quận", "ủy"),
    ("thị", "ủy"),
    ("đảng", "ủy"),
    ("huyện",),
    ("quận",),
    ("tỉnh",),
    ("xã",),
    ("phường",),
    ("thị", "trấn"),
    ("đặc", "khu"),
    ("thôn",),
    ("khóm",),
    ("ấp",),
    ("tổ", "dân", "phố"),
    ("tdp",),
    ("kdc",),
    ("chi", "bộ"),
    ("đảng", "bộ"),
    ("chi", "đảng", "bộ"),
    # the cells of the Youth Union and of the associations: "các chi đoàn", "các chi hội, tổ hội"
    ("chi", "đoàn"),
    ("chi", "hội"),
    ("tổ", "hội"),
    ("cấp", "ủy"),
    ("chi", "ủy"),
    ("cấp", "chính", "quyền"),  # "các cấp chính quyền, các ngành, ..."
    ("chính", "quyền"),  # "các cấp ủy, chính quyền, Mặt trận và đoàn thể"
    ("mặt", "trận"),
    ("bộ", "phận"),
    ("bộ",),
    ("nhà", "trường"),
    ("lớp",),
    ("cơ", "sở", "giáo", "dục"),
    ("cơ", "sở"),
)
# The words a place's own number follows: "tổ 14", "thôn 3", "khu phố 2", "tổ dân phố số 5".
NUMBERED_PLACES = frozenset({"số", "tổ", "đội"} | {g[-1] for g in GRASSROOTS})
# Grassroots nouns that are other words too when they stand alone after "các": "các bản", "các
# phố" (copies of a text, streets).
AMBIGUOUS_FIRST_NOUNS: tuple[tuple[str, ...], ...] = (("bản",), ("phố",))
# Words a collective's noun opens with no comma after it: "các trường hợp", "các hội nghị" are
# cases and meetings, not schools and associations.
WORDS_NOT_BODIES: tuple[tuple[str, ...], ...] = (
    ("trường", "hợp"), ("hội", "nghị"), ("hội", "thi"), ("hội", "diễn"), ("hội", "thảo"),
    ("hội", "chợ"), ("hội", "viên"), ("hội", "trại"), ("hội", "họp"), ("ban", "hành"),
    ("ban", "ngày"), ("ban", "đêm"), ("ban", "đầu"), ("phòng", "họp"), ("phòng", "chống"),
    ("phòng", "ngừa"), ("phòng", "cháy"), ("phòng", "dịch"), ("phòng", "tránh"), ("sở", "hữu"),
    ("sở", "thích"), ("ngành", "nghề"), ("ngành", "hàng"), ("đơn", "vị", "tính"),
)
# Whose bodies a plural names, written straight after its noun: "các cơ quan Đảng, Nhà nước".
OWNERS_OF_BODIES: tuple[tuple[str, ...], ...] = (("đảng",), ("nhà", "nước"))
# A body named by its head noun alone, as the one that writes: "các đơn vị thuộc Bộ".
BARE_OWNERS = frozenset({"bộ", "sở", "cục", "viện"})
# The short names of the bodies a collective belongs to, as the catalogue names them.
SHORT_BODY_NAME = {
    "hội đồng nhân dân": "HĐND", "ủy ban nhân dân": "UBND", "uỷ ban nhân dân": "UBND"}
SHORT_BODY_NAMES = re.compile(r"\b(?:Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân)\b",
                              re.IGNORECASE)
# A council whose committees are named right after "các Ban": "các Ban HĐND tỉnh".
COUNCILS = frozenset({"hđnd", "hội"})
# Who a list of bodies may end on, never a collective alone: "các cơ quan, tổ chức, doanh
# nghiệp và cá nhân liên quan".
MEMBERS_ONLY: tuple[tuple[str, ...], ...] = (("cá", "nhân"),)
PARTY_COMMITTEES: tuple[tuple[str, ...], ...] = (
    ("tỉnh", "ủy"), ("thành", "ủy"), ("huyện", "ủy"), ("quận", "ủy"), ("thị", "ủy"),
)
# Nouns that join a collective's list with no comma: "các phòng, ban đơn vị", "các ban ngành
# đoàn thể", "các quận huyện"; never a verb ("tổ chức" is one).
JUXTAPOSED_NOUNS: tuple[tuple[str, ...], ...] = (
    ("đơn", "vị"), ("đoàn", "thể"), ("địa", "phương"), ("huyện",), ("xã",), ("phường",),
    ("ngành",), ("trường", "học"),
)
COLLECTIVE_HEADS: tuple[tuple[str, ...], ...] = (
    ("thủ", "trưởng"),
    # "Lãnh đạo chủ chốt của các Bộ, cơ quan ngang Bộ": the heads of every body of the list
    ("lãnh", "đạo", "chủ", "chốt", "của"),
    ("lãnh", "đạo", "chủ", "chốt"),
    ("lãnh", "đạo"),
    ("người", "đứng", "đầu"),
    ("cấp", "ủy"),
    ("chi", "ủy"),  # a cell's committee: "Chi ủy các chi bộ khu phố" is each cell's
)
# Departments and localities are two addressees, even joined by "và": "các sở, ban, ngành và
# địa phương" is the departments and the localities.
DEPARTMENT_NOUNS = frozenset({"sở", "ban", "ngành", "phòng"})
PLURAL_OFFICE_NOUNS = DEPARTMENT_NOUNS | {"bộ"}  # "các sở: Y tế, Tài chính", "các bộ: ..."
LOCALITIES: tuple[tuple[str, ...], ...] = (("địa", "phương"),)
# Every level, and every sector beside it: "các cấp", "các ngành, các cấp", "các cấp, các ngành".
EVERY_LEVEL: tuple[tuple[str, ...], ...] = (("cấp", "các", "ngành"), ("ngành", "các", "cấp"),
                                            ("cấp",))
LOCALITY_NOUNS: tuple[tuple[str, ...], ...] = (
    *LOCALITIES, ("huyện",), ("quận",), ("xã",), ("phường",), ("thị", "trấn"),
    ("đặc", "khu"),
)
LOCALITY_NOUNS_FIRST = frozenset(n[0] for n in LOCALITY_NOUNS)
LOCAL_GOVERNMENTS: tuple[tuple[str, ...], ...] = (("chính", "quyền", "địa", "phương"),
                                                  ("chính", "quyền", "các", "cấp"))
# Cities and towns by their first syllable in a list of places: "các huyện, thành, thị".
SHORT_LEVELS = frozenset({"thành", "thị"})
# An agency named by its role in the work: "cơ quan chủ trì soạn thảo".
ROLE_BEARERS: tuple[tuple[str, ...], ...] = (("cơ", "quan"), ("đơn", "vị"))
ROLES: tuple[tuple[str, ...], ...] = (
    ("chủ", "trì", "soạn", "thảo"), ("chủ", "trì", "xây", "dựng"), ("chủ", "trì"),
    ("soạn", "thảo"), ("xây", "dựng", "báo", "cáo"), ("xây", "dựng", "dự", "thảo"),
    ("xây", "dựng", "đề", "án"), ("đầu", "mối"),
)
BOARD_KINDS: tuple[tuple[str, ...], ...] = (("chuyên", "ngành"), ("khu", "vực"))
# A list of places ("các huyện, thị xã, thành phố", "các tỉnh, thành phố") goes on with towns and
# cities, which are no nouns of a collective otherwise.
TOWNS: tuple[tuple[str, ...], ...] = (("thị", "xã"), ("thành", "phố"))
# What a number before a plural counts, to make it a collective: places, not things.
COUNTED_PLACES = tuple(w for w in LEVEL_WORDS if w not in (
    *((a.lower(),) for a in LEVEL_ABBREVIATIONS), ("kv",), ("khu", "vực")))
COUNTED_PLACES += GRASSROOTS
# The levels of schools: "các trường mầm non, tiểu học".
SCHOOL_LEVELS: tuple[tuple[str, ...], ...] = (
    ("mầm", "non"), ("mẫu", "giáo"), ("tiểu", "học"), ("trung", "học", "cơ", "sở"),
    ("trung", "học", "phổ", "thông"), ("phổ", "thông"), ("trung", "học"), ("chuyên",),
)
# People by role over a plural, who keep their role in the name: "giáo viên chủ nhiệm các lớp".
ROLE_HEADS: tuple[tuple[str, ...], ...] = (("giáo", "viên", "chủ", "nhiệm"), ("giáo", "viên"))
# A level named alone stands for all its units: "Cấp xã hoàn thành ...".
LEVELS_BY_NAME: tuple[tuple[str, ...], ...] = (("cấp", "xã"), ("cấp", "huyện"), ("cấp", "tỉnh"))
# "Quý cơ quan, đơn vị": the courtesy a letter gives the units it addresses.
HONORIFIC = "qúy"  # "quý" as fold_word spells it
# Steering boards named by their purpose before their level: "Ban Chỉ đạo giảm nghèo phường".
PURPOSE_BOARDS = frozenset({"Ban Chỉ đạo", "Ban Chỉ huy"})
# The second verb of a purpose written with a comma: "phòng, chống dịch", "phòng cháy, chữa cháy
# rừng".
PURPOSE_PAIRED = frozenset({"chống", "chữa"})
# "tất cả cơ sở giáo dục", "mọi đơn vị": every unit of the kind, with or without "các".
EVERY: tuple[tuple[str, ...], ...] = (("tất", "cả"), ("mọi",))
# The heads of the bodies a title names stand for every body of the kind: "Thủ trưởng cơ quan
# ngang bộ" is every ministry-level agency.
HEADS_OF_BODIES: tuple[tuple[str, ...], ...] = (
    ("thủ", "trưởng"), ("người", "đứng", "đầu"), ("bộ", "trưởng"), ("giám", "đốc"),
    ("chủ", "tịch"),
)
LEVEL_TITLES = (*HEADS_OF_BODIES, ("bí", "thư"))
COLLECTIVE_OPENERS = frozenset(
    {"các", "cấp", HONORIFIC, "tất", "mọi"} | {h[0] for h in COLLECTIVE_HEADS + ROLE_HEADS}
    | {g[0] for g in GRASSROOTS} | {n[0] for n in COLLECTIVE_NOUNS}
)
# A list needs no "các": "thôn, xóm", "cơ quan, tổ chức, địa phương", "sở, ban, ngành".
LISTED_NOUNS = GRASSROOTS + COLLECTIVE_NOUNS
# once places are listed, "thị xã" and "thành phố" are more of them
LISTED_NOUNS_OR_TOWNS = LISTED_NOUNS + TOWNS
COUNTED_PLACES_OR_TOWNS = COUNTED_PLACES + TOWNS
ADMINISTRATIVE_DIVISION = ("đơn", "vị", "hành", "chính")
ADMINISTRATIVE_DIVISIONS = (ADMINISTRATIVE_DIVISION,)
# Nouns of a list that also end common words: "quốc phòng", "biên phòng", "cán bộ", "toàn bộ".
COMPOUND_ENDINGS = frozenset({"phòng", "bộ"})
# The last syllables of the words that ask or lead a unit ("yêu cầu", "đề nghị", "giao", "lãnh
# đạo", "chỉ đạo"), after which those nouns begin one.
ASKING_ENDS = frozenset({"cầu", "nghị", "giao", "đạo"})
# Where the places lie, in a dispatch on storms or borders: "các xã, phường ven biển", "các xã
# ven đầm Thị Nại" (with the water's name), "các xã vùng cao".
PLACES_LYING: tuple[tuple[str, ...], ...] = (
    ("ven", "biển"), ("ven", "sông"), ("ven", "đầm"), ("ven", "hồ"), ("ven", "đô"),
    ("biên", "giới"), ("vùng", "cao"), ("miền", "núi"),
    # ... the same with "vùng" before it: "UBND các xã, phường vùng ven biển"
    ("vùng", "ven", "biển"), ("vùng", "ven", "sông"), ("vùng", "biên", "giới"), ("vùng", "trũng"))
LYING_NAME_WORDS = 3
# Words that open a unit's name, never a river's or a lagoon's: the name ends before them.
NAME_BREAKERS = frozenset({
    "sở", "ubnd", "ủy", "uỷ", "ban", "phòng", "bộ", "công", "đảng", "hội", "chi", "cục", "văn",
    "đài", "trạm", "trường", "bệnh", "kho", "đoàn", "mặt", "tòa", "viện", "hạt", "đội", "tổ",
    "huyện", "tỉnh", "xã", "phường"})
# A phone or mail label after a place, no word of its name: "Trung tâm ... xã Minh Đức SĐT: 09...".
CONTACT_LABELS = frozenset({"sđt", "đt", "email", "fax", "hotline"})
# The bodies that advise and assist a party committee: "các cơ quan tham mưu, giúp việc Tỉnh ủy".
ADVISING = (("tham", "mưu", "giúp", "việc"),)
COLLECTIVE_QUALIFIERS: tuple[tuple[str, ...], ...] = (
    ("có", "liên", "quan"),
    ("ngoài", "công", "lập"),  # "các đơn vị sự nghiệp (ngoài) công lập"
    ("tư", "nhân"),  # "các cơ sở khám bệnh, chữa bệnh tư nhân"
    ("công", "lập"),
    ("đầu", "mối"),  # "các đơn vị đầu mối liên quan"
    ("liên", "ngành"),  # "các đoàn kiểm tra liên ngành"
    # the tier of a health body: "các bệnh viện tuyến tỉnh", "cơ sở y tế tuyến xã"
    ("tuyến", "trung", "ương"), ("tuyến", "tỉnh"), ("tuyến", "huyện"), ("tuyến", "xã"),
    ("tuyến", "cơ", "sở"),
    # a company's legal form and its trade: "các Công ty TNHH MTV Thủy lợi", "các doanh
    # nghiệp cấp nước sạch", "các công ty môi trường đô thị"
    ("tnhh",), ("mtv",), ("một", "thành", "viên"), ("cổ", "phần"),
    ("thủy", "lợi"), ("cấp", "nước", "sạch"), ("cấp", "nước"), ("viễn", "thông"),
    ("kinh", "doanh", "xăng", "dầu"), ("xăng", "dầu"), ("điện", "lực"), ("bưu", "chính"),
    ("môi", "trường", "đô", "thị"), ("môi", "trường"),
    ("y", "tế"),  # "các bệnh viện, trung tâm y tế"
    ("lâm", "sàng"), ("cận", "lâm", "sàng"),  # a hospital's departments: "các khoa lâm sàng"
    ("dự", "án"),  # "các chủ đầu tư dự án": the projects' owners
    ("đoàn", "trực", "thuộc"),  # the Youth Union's base units: "các cơ sở Đoàn trực thuộc"
    # a budget's tier: "các đơn vị dự toán cấp I", "... cấp II, cấp III"
    ("cấp", "i"), ("cấp", "ii"), ("cấp", "iii"),
    # members of a board named after them: "các Sở, ban, ngành là thành viên của Ban Chỉ huy ..."
    ("là", "thành", "viên"),
    # the emulation groups the bodies belong to: "các cơ quan, đơn vị tham gia cụm, khối thi đua"
    ("tham", "gia", "cụm", "khối", "thi", "đua"), ("thuộc", "cụm", "khối", "thi", "đua"),
    ("tham", "gia", "cụm", "thi", "đua"), ("thuộc", "cụm", "thi", "đua"),
    ("tham", "gia", "khối", "thi", "đua"), ("thuộc", "khối", "thi", "đua"),
    # whose records go to the archive: "các cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào
    # Lưu trữ lịch sử tỉnh"
    ("thuộc", "nguồn", "nộp", "lưu", "tài", "liệu", "vào", "lưu", "trữ", "lịch", "sử"),
    ("thuộc", "nguồn", "nộp", "lưu", "vào", "lưu", "trữ", "lịch", "sử"),
    ("thuộc", "nguồn", "nộp", "lưu", "tài", "liệu"),
    ("thuộc", "nguồn", "nộp", "lưu"),
    # the budget's spenders: "các đơn vị sử dụng ngân sách nhà nước", "... hưởng ngân sách"
    ("sử", "dụng", "ngân", "sách", "nhà", "nước"),
    ("sử", "dụng", "ngân", "sách"),
    ("hưởng", "ngân", "sách"),
    # employers: "các cơ quan, đơn vị, doanh nghiệp sử dụng lao động"
    ("sử", "dụng", "lao", "động"),
    ("có", "tên", "nêu", "trên"),  # "các sở, ngành có tên trên": those the letter went to
    ("có", "tên", "trên"),
    ("được", "phân", "công"),
    ("được", "giao"),
    ("liên", "quan"),
    ("chức", "năng"),
    ("nghiệp", "vụ"),  # the police's operational departments: "các phòng nghiệp vụ"
    ("trực", "thuộc"),
    ("chủ", "quản"),
    ("chuyên", "ngành"),
    ("chuyên", "môn"),
    ("thành", "viên"),
    ("còn", "lại"),
    ("cấp", "huyện"),
    ("cấp", "tỉnh"),
    ("cấp", "xã"),
    ("huyện",),
    ("tỉnh",),
    ("thuộc", "tỉnh"),
    ("thuộc", "huyện"),
    ("thuộc", "xã"),
    # "các cơ quan, tổ chức, đơn vị thuộc đơn vị hành chính cấp huyện, cấp xã (cũ)"
    ("thuộc", *ADMINISTRATIVE_DIVISION),
    ("thuộc", "ubnd", "huyện"),
    ("thuộc", "ubnd", "tỉnh"),
    ("của", "tỉnh"),
    ("trong", "tỉnh"),
    ("trong", "huyện"),
    ("trong", "xã"),
    ("trong", "phường"),
    ("trực", "thuộc", "ubnd", "huyện"),
    ("trực", "thuộc", "ubnd", "tỉnh"),
    ("thuộc", "ubnd", "xã"),
    ("đóng", "trên", "địa", "bàn"),
    ("hoạt", "động", "trên", "địa", "bàn"),
    *PLACES_LYING,
    ("trên", "địa", "bàn"),
    # where works lie: "các đơn vị thi công trên các tuyến đường"
    ("trên", "các", "tuyến", "đường"),
    ("trên", "các", "tuyến", "phố"),
    ("trên", "tuyến", "đường"),
    ("thi", "công"),
    ("trung", "ương"),
    ("nhà", "nước"),
    ("khác",),
    ("tp",),
    ("thuộc", "sở"),
    ("trực", "thuộc", "sở"),
    ("cơ", "sở"),
    ("lực", "lượng", "vũ", "trang"),
    ("thành", "phố"),
    ("quận",),
    ("phường",),
    ("xã",),
)


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Lower-case NFC form of one word, with tone marks placed the modern way ("uỷ" -> "ủy")."""
    word = repair_glyphs(unicodedata.normalize("NFC", word)).lower()
    match = TONED_GLIDE.search(word)
    if match and len(word) >= 2:
        tail = word[-2:]
        word = word[:-2] + GLIDE_TONE_MOVE.get(tail, tail)
    return word


def _in_the_texts_spelling(mention: UnitMention) -> UnitMention:
    """The mention's name with its tone marks placed as the text places them ("Đảng uỷ Bộ
    Nội vụ" stays so): the office reads its own spelling back."""
    written = {fold_word(w): w.lower() for w in WORD.findall(mention.surface)
               if fold_word(w) != w.lower()}
    if not written:
        return mention

    def respell(word: re.Match[str]) -> str:
        spelled = written.get(fold_word(word.group()))
        if spelled is None or word.group().lower() == spelled:
            return word.group()
        return spelled[0].upper() + spelled[1:] if word.group()[0].isupper() else spelled

    return replace(mention, name=WORD.sub(respell, mention.name))


def name_key(name: str) -> tuple[str, ...]:
    """The folded words of a name, connectors dropped: what two spellings of one name share."""
    return tuple(w for w in (fold_word(m) for m in WORD.findall(name)) if w not in CONNECTORS)


# The Front's and the residents' own boards of a residential area: "Ban Công tác Mặt trận ở khu
# dân cư", "Ban điều hành ấp".
RESIDENTS_BOARDS: tuple[tuple[str, ...], ...] = (
    ("ban", "công", "tác", "mặt", "trận"),
    ("ban", "điều", "hành"),
)


def names_grassroots(name: str) -> bool:
    """Whether a unit's name is a village's or a residential group's ("Các thôn", "Tổ dân phố 5"),
    or its residents' board, run by its residents rather than by a state body."""
    key = name_key(name)
    key = key[1:] if key[:1] == ("các",) else key
    return any(key[: len(words)] == words for words in GRASSROOTS + RESIDENTS_BOARDS)


def loose_key(name: str) -> tuple[str, ...]:
    """``name_key`` without diacritics, for names typed on a phone."""
    return tuple(strip_diacritics(w) for w in name_key(name))


# The ministers, before the heads of the agencies beside the ministries: "Bộ trưởng, Thủ trưởng
# cơ quan ngang bộ, cơ quan thuộc Chính phủ".
MINISTERS_BEFORE = re.compile(r"(?<!\w)bộ trưởng\s*,\s*(?:thủ trưởng\s+)?$", re.IGNORECASE)
# The levels whose Party committees a list names with "ủy" said once: "các huyện, thành, thị
# ủy" (huyện ủy, thành ủy, thị ủy).
COMMITTEE_LEVELS = frozenset(committee[0] for committee in PARTY_COMMITTEES)


# A numbered group of places a letter parts its addressees in: "UBND các xã, phường thuộc Cụm
# I", "các xã khu vực II", "các trường vùng 3".
PLACE_GROUPS: tuple[tuple[str, ...], ...] = (("cụm",), ("khu", "vực"), ("vùng",), ("nhóm",))
GROUP_NUMBER = re.compile(r"[ivx]{1,4}|\d{1,2}")


def _place_group_at(tokens: list[Token], i: int) -> int:
    k = i + (tokens[i].key == "thuộc")
    n = _match_sequence(tokens, k, PLACE_GROUPS)
    if n and k + n < len(tokens) and _run_on(tokens[k + n]) and GROUP_NUMBER.fullmatch(
            tokens[k + n].key):
        return k + n + 1 - i
    return 0


def _qualifier_at(tokens: list[Token], i: int) -> int:
    """The length of the qualifier narrowing a collective at ``i`` ("liên quan", "tỉnh",
    "thuộc Cụm I"); none where its level opens a Party committee's name ("các ban Đảng Tỉnh
    ủy")."""
    n = _match_sequence(tokens, i, COLLECTIVE_QUALIFIERS) or _place_group_at(tokens, i)
    if n and tokens[i + n - 1].key in COMMITTEE_LEVELS and _match_sequence(
            tokens, i + n - 1, PARTY_COMMITTEES) == 2 and not (
            tokens[i + n].comma_before or tokens[i + n].barrier_before) and not (
            i + n + 1 < len(tokens) and tokens[i + n + 1].key == "ban"):  # "tỉnh Ủy ban ..."
        return 0
    return n


def _branches_of_a_kind(mention: UnitMention, tokens: list[Token]) -> bool:
    """Whether a vertical service's mention names a kind with a branch in many places ("Điện
    lực", "Hạt Kiểm lâm", "Bảo hiểm xã hội cơ sở"), not one unit ("Quân khu 4", "Quân chủng Hải
    quân")."""
    entry = mention.entry
    return entry is not None and entry.kind == "force" and not (entry.named or entry.numbered) and (
        entry.level != "any" or bool(mention.territory) or len(entry.name.split()) <= 2) and not (
        any(t.key.isdigit() for t in tokens))


def _past_qualifiers(tokens: list[Token], i: int) -> int:
    """Past the qualifiers that follow at ``i`` with no comma or clause break before them."""
    while i < len(tokens) and not (tokens[i].comma_before or tokens[i].barrier_before) and (
            qualifier := _qualifier_at(tokens, i)):
        i += qualifier
    return i


class Token(NamedTuple):  # a tuple: scans build one per word, a frozen dataclass slowly
    key: str
    start: int
    end: int
    barrier_before: bool  # a clause or bracket boundary lies between this and the previous token
    comma_before: bool
    capitalised: bool
    dash_before: bool = False  # a lone dash before it: "các sở - ngành", "quận-huyện"


# The short name a text gives the unit before it: "(sau đây gọi là Ban QLDA)", "(sau đây gọi tắt
# là Ban Chỉ đạo)", "(viết tắt là BQL)".
SHORT_NAME_GIVEN = re.compile(
    r"\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi|viết)(?:\s+tắt)?\s+là\s*:?\s*[\"“]?"
    r"(?P<short>[^()\"”\n]{2,60}?)[\"”]?\s*\)", re.IGNORECASE)
SHORT_NAME_REACH = 300  # characters before the bracket the unit's name may take

# A bracket holding the initials of the words before it: "Ủy ban nhân dân (UBND) các cấp".
INITIALS_BRACKET = re.compile(r"\s*\(([A-ZĐ][A-ZĐ&]{1,7})\)")


def _without_initials(text: str) -> str:
    """``text`` with each bracket that abbreviates the words before it blanked out (offsets kept),
    so that the name goes on after it: "Ủy ban nhân dân (UBND) các cấp" is one name."""
    def blanked(bracket: re.Match[str]) -> str:
        letters = bracket.group(1).replace("&", "")
        words = [w for w in WORD.findall(text[max(0, bracket.start() - 80) : bracket.start()])
                 if fold_word(w) != "và"][-len(letters) :]
        initials = "".join(strip_diacritics(w[0]) for w in words).upper()
        same = initials == strip_diacritics(letters).upper()
        return " " * len(bracket.group()) if same else bracket.group()

    return INITIALS_BRACKET.sub(blanked, text)


def tokenize(text: str) -> list[Token]:
    """Word tokens of ``text`` with the punctuation facts that name matching needs."""
    text = _without_initials(text)
    tokens: list[Token] = []
    previous_end = 0
    for match in WORD.finditer(text):
        gap = text[previous_end : match.start()]
        word = match.group()
        previous_end = match.end()
        if gap == " " and tokens:  # most words: nothing between them but a space
            tokens.append(Token(fold_word(word), match.start(), previous_end, False, False,
                                word[0].isupper()))
            continue
        # "tỉnh/thành phố": a bare slash between lowercase words lists alternatives as a comma does
        alternative = gap == "/" and bool(tokens) and word.isalpha() and word.islower() and (
            text[tokens[-1].start : tokens[-1].end].islower())
        # "TP.Quy Nhơn", "TX. An Nhơn": a level's abbreviation ends no name
        previous = text[tokens[-1].start : tokens[-1].end] if tokens else ""
        abbreviated = gap.strip() == "." and bool(tokens) and word[0].isupper() and (
            previous in LEVEL_ABBREVIATIONS
            # "UB.MTTQVN": two abbreviations joined by a dot are one name
            or (gap == "." and word.isupper() and previous.isupper()))
        tokens.append(
            Token(
                key=fold_word(word),
                start=match.start(),
                end=match.end(),
                barrier_before=(not (alternative or abbreviated) and bool(NAME_BARRIER.search(gap)))
                or not tokens,
                comma_before="," in gap or alternative,
                capitalised=word[0].isupper(),
                dash_before=("-" in gap or "–" in gap) and bool(LONE_DASH.fullmatch(gap)),
            )
        )
    return tokens


@dataclass(frozen=True)
class UnitEntry:
    """A unit type from the catalogue, or a named unit from the deployment's directory."""

    name: str
    kind: str
    level: str = "any"
    named: bool = False  # a directory unit: its name is complete, no territory follows
    members: tuple[str, ...] = ()
    numbered: bool = False  # its offices go by a number: "Thuế cơ sở 5", "Đội QLTT số 3"
    placed: bool = False  # a unit only with its place: "Chính quyền xã X", not "chính quyền số"


@dataclass(frozen=True)
class UnitMention:
    name: str
    surface: str
    start: int
    end: int
    known: bool
    collective: bool = False
    territory: str = ""  # "huyện", "xã Cẩm Quang", "các xã, thị trấn"; "" when none follows
    entry: UnitEntry | None = field(default=None, compare=False)


@dataclass
class _Trie:
    children: dict[str, _Trie] = field(default_factory=dict)
    entry: UnitEntry | None = None

    def add(self, words: Iterable[str], entry: UnitEntry) -> None:
        node = self
        for word in words:
            node = node.children.setdefault(word, _Trie())
        if node.entry is None or entry.named:
            node.entry = entry


def _glued_runs(form: list[tuple[str, bool]]) -> list[tuple[str, ...]]:
    """Every way of writing adjacent abbreviations glued or apart ("tc kh", "tckh")."""
    spellings: list[list[str]] = [[]]
    k = 0
    while k < len(form):
        part, is_abbreviation = form[k]
        if not is_abbreviation or " " in part:
            spellings = [[*s, *part.split()] for s in spellings]
            k += 1
            continue
        run = []
        while k < len(form) and form[k][1] and " " not in form[k][0]:
            run.append(form[k][0])
            k += 1
        pieces = []
        for cuts in range(1 << (len(run) - 1)):
            words, current = [], run[0]
            for n, piece in enumerate(run[1:]):
                if cuts >> n & 1:
                    words.append(current)
                    current = piece
                else:
                    current += piece
            pieces.append([*words, current])
        spellings = [[*s, *p] for s in spellings for p in pieces]
    return [tuple(s) for s in spellings]


def _abbreviated_forms(
    words: tuple[str, ...], abbreviations: dict[tuple[str, ...], list[str]]
) -> set[tuple[str, ...]]:
    """Every spelling of ``words`` with any of its phrases abbreviated or expanded."""
    expansions: dict[tuple[str, ...], list[str]] = {}
    for phrase, shorts in abbreviations.items():
        for short in shorts:
            expansions.setdefault(tuple(short.split()), []).append(" ".join(phrase))
    partial: dict[int, list[list[tuple[str, bool]]]] = {0: [[]]}
    for i in range(len(words)):
        for prefix in partial.pop(i, []):
            partial.setdefault(i + 1, []).append([*prefix, (words[i], False)])
            for j in range(i + 1, len(words) + 1):
                for short in abbreviations.get(words[i:j], ()) if j > i + 1 else ():
                    partial.setdefault(j, []).append([*prefix, (short, True)])
                for phrase in expansions.get(words[i:j], ()):
                    partial.setdefault(j, []).append([*prefix, (phrase, False)])
    spellings: set[tuple[str, ...]] = set()
    for form in partial.get(len(words), [])[:2000]:
        spellings.update(_glued_runs(form))
    return spellings


# By identity: hashing a tuple of tuples at every word costs more than the lookup. Each entry
# keeps its options (no id is reused while it stands); the bound keeps options built on the fly.
_GROUPED_BY_FIRST_WORD: dict[int, tuple[tuple[tuple[str, ...], ...], dict]] = {}
_GROUPED_BOUND = 1024


def _by_first_word(
    options: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """``options`` grouped by their first word, in their order."""
    known = _GROUPED_BY_FIRST_WORD.get(id(options))
    if known is not None and known[0] is options:
        return known[1]
    grouped: dict[str, list[tuple[str, ...]]] = {}
    # the longest spelling first: "trực thuộc sở" before "trực thuộc"
    for option in sorted(options, key=len, reverse=True):
        grouped.setdefault(option[0], []).append(option)
    by_word = {word: tuple(group) for word, group in grouped.items()}
    if len(_GROUPED_BY_FIRST_WORD) >= _GROUPED_BOUND:
        _GROUPED_BY_FIRST_WORD.clear()
    _GROUPED_BY_FIRST_WORD[id(options)] = (options, by_word)
    return by_word


def _match_sequence(tokens: list[Token], i: int, options: tuple[tuple[str, ...], ...]) -> int:
    """Length of the first of ``options`` that the tokens spell at ``i`` (no barrier), else 0."""
    if i >= len(tokens):
        return 0
    for option in _by_first_word(options).get(tokens[i].key, ()):
        n = len(option)
        if i + n > len(tokens):
            continue
        for k in range(1, n):
            token = tokens[i + k]
            if token.key != option[k] or token.barrier_before:
                break
        else:
            return n
    return 0


def _named_under_head(
    text: str, tokens: list[Token], i: int, head_end: int, inner: tuple[UnitMention, int]
) -> tuple[UnitMention, int]:
    """The unit matched after a head of its own ("Văn phòng" in "Văn phòng Sở Y tế", "Ban Tuyên
    giáo" in "Ban Tuyên giáo Tỉnh đoàn"), named with the head's words from ``i``."""
    unit, next_i = inner
    head = text[tokens[i].start : tokens[head_end - 1].end]
    inner_name = unit.surface if unit.collective else unit.name
    return replace(unit, name=f"{head[0].upper()}{head[1:]} {inner_name}", surface=text[
        tokens[i].start : unit.end], start=tokens[i].start), next_i


class UnitResolver:
    """Finds unit mentions in text and resolves unit names, over catalogue plus directory."""

    def __init__(
        self,
        catalogue: list[UnitEntry],
        abbreviations: dict[str, list[str]],
        directory: list[tuple[UnitEntry, tuple[str, ...]]] = (),
    ) -> None:
        self._abbreviations = {name_key(k): v for k, v in abbreviations.items()}
        self._trie = _Trie()
        self._by_key: dict[tuple[str, ...], UnitEntry] = {}
        self._by_loose_key: dict[tuple[str, ...], UnitEntry] = {}
        # Spellings of a catalogue type under another name ("Cục Thuế" for "Thuế", "Mặt trận Tổ
        # quốc" for "Ủy ban MTTQ"): a mention keeps the name the text gives it.
        self._renamed: set[tuple[str, ...]] = set()
        # First words of a committee, a council or a board that may go by its purpose
        self._purpose_heads: set[str] = {"ủy", "hội"}
        self._known_names = {entry.name.lower() for entry in catalogue} | {
            entry.name.lower() for entry, _ in directory}
        for entry in catalogue:
            self._add(entry, entry.name)
        # The sectors the departments serve, whole and by their first field: "Y tế", "Giáo dục
        # và Đào tạo", "Giáo dục" (a sector's trade union: "Công đoàn ngành Giáo dục tỉnh")
        fields = {part for entry in catalogue if entry.name.startswith("Sở ")
                  for part in (entry.name[3:], re.split(r",| và | - ", entry.name[3:])[0])}
        self._sectors = tuple(sorted((tuple(t.key for t in tokenize(field)) for field in fields),
                                     key=len, reverse=True))
        for entry, aliases in directory:
            for alias in (entry.name, *aliases):
                self._add(entry, alias)

    def _add(self, entry: UnitEntry, spelling: str) -> None:
        for form in _abbreviated_forms(name_key(spelling), self._abbreviations):
            self._trie.add(form, entry)
            if entry.name in PURPOSE_BOARDS:
                self._purpose_heads.add(form[0])
        self._by_key.setdefault(name_key(spelling), entry)
        self._by_loose_key.setdefault(loose_key(spelling), entry)

    def add_aliases(self, entry: UnitEntry, aliases: Iterable[str]) -> None:
        """Teach the resolver more spellings of a catalogue type."""
        words = {w for phrase in self._abbreviations for w in phrase} | set(name_key(entry.name))

        def written_out(name: str) -> set[tuple[str, ...]]:
            """The spellings of a name in words, no abbreviation ("mặt trận" for "MTTQ")."""
            forms = _abbreviated_forms(name_key(name), self._abbreviations)
            return {form for form in forms if set(form) <= words | set(name_key(name))}

        canonical = written_out(entry.name)
        canonical_words = {w for form in canonical for w in form}
        for alias in aliases:
            self._add(entry, alias)
            forms = written_out(alias)
            # A name in words ("BHXH" is an abbreviation) that is not the type's name spelled
            # otherwise or cut short ("Ủy ban"), nor the same head with fewer words ("Kho bạc",
            # "Ban Quản lý dự án xây dựng"): another head ("Cục Thuế", "Mặt trận") or words.
            if any(len(w) > 1 and w.isupper() for w in alias.split()) or forms & canonical or any(
                form == name[: len(form)] for form in forms for name in canonical
            ):
                continue
            head = name_key(entry.name)[0]
            self._renamed |= {
                form for form in forms if form[0] != head or not set(form) <= canonical_words
            }

    # -- scanning text -------------------------------------------------------------------
    def scan(self, text: str) -> list[UnitMention]:
        """All unit mentions in ``text``, left to right, longest first, not overlapping."""
        return list(self._scan_cached(text))

    def with_short_names_spelled_out(self, text: str) -> str:
        """``text`` with the short name it gives a unit written out in full after it: "Ban Quản
        lý dự án đầu tư xây dựng các công trình giao thông tỉnh (sau đây gọi là Ban QLDA) ...
        Ban QLDA chỉ đạo ..." (a short name in capitals, not "nhà thầu")."""
        for given in reversed(list(SHORT_NAME_GIVEN.finditer(text))):
            short = given["short"].strip()
            before = text[max(0, given.start() - SHORT_NAME_REACH) : given.start()]
            mentions = self.scan(before)
            if not mentions or before[mentions[-1].end :].strip() or not short[0].isupper() or (
                    before[mentions[-1].start - 1 : mentions[-1].start] in ("-", "/")):
                continue  # not a document's number: "Quyết định số 12/QĐ-UBND (sau đây ...)"
            full = before[mentions[-1].start : mentions[-1].end]
            if full == short:
                continue
            later = re.sub(rf"(?<!\w){re.escape(short)}(?!\w)",
                           lambda _, spelled=full: spelled, text[given.end() :])
            text = text[: given.end()] + later
        return text

    def names_units(self, text: str) -> bool:
        """Whether ``text`` is a list of units and little else ("Bộ Tài chính", "Các bộ, cơ
        quan ngang bộ, UBND tỉnh"), not a sentence that opens with one ("Quốc hội sửa đổi,
        bổ sung ...")."""
        text = BRACKETED.sub("", text)
        if self._names_known_units(text):
            return True
        # offices no catalogue holds, by head noun and proper name, alone or listed with known
        # units: "Cục Lâm nghiệp và Kiểm lâm, Sở Nông nghiệp và Môi trường"
        parts = [part.strip() for part in LIST_PARTS.split(text) if part.strip()]
        offices = [OFFICE_BY_NAME.fullmatch(part) is not None and not self._known_then_words(part)
                   for part in parts]
        return any(offices) and all(office or self._names_known_units(part)
                                    for office, part in zip(offices, parts, strict=True))

    def _known_then_words(self, part: str) -> bool:
        """Whether ``part`` opens with a known unit that lower-case words follow, a sentence
        rather than an office's name: "Sở Y tế quyết định chương trình năm 2018"."""
        mentions = self.scan(part)
        if not mentions or mentions[0].start > 0:
            return False
        rest = part[mentions[0].end :].split()
        return bool(rest) and rest[0][0].islower() and rest[0] not in CONNECTORS

    def _names_known_units(self, text: str) -> bool:
        mentions = self.scan(text)
        if not mentions or mentions[0].start > 0:
            return False
        named = sum(len(WORD.findall(text[m.start : m.end])) for m in mentions)
        return named >= 0.6 * len(WORD.findall(text))

    @staticmethod
    def clear_scan_cache() -> None:
        """Forget cached scans (benchmarks measure a document seen for the first time)."""
        UnitResolver._scan_cached.cache_clear()

    @lru_cache(maxsize=8192)  # noqa: B019 - resolvers live as long as the process
    def _scan_cached(self, text: str) -> tuple[UnitMention, ...]:
        tokens = tokenize(text)
        mentions: list[UnitMention] = []
        i = 0
        while i < len(tokens):
            distributed = self._distributed_at(text, tokens, i) or self._named_after_colon(
                text, tokens, i) or self._committee_for_a_purpose(text, tokens, i) or (
                self._villages_at(text, tokens, i))
            if distributed:
                mentions.extend(distributed[0])
                i = distributed[1]
                continue
            found = self._match_at(text, tokens, i)
            if found is None:
                i += 1
                continue
            mention, next_i = found
            if mention.entry is not None and mention.entry.placed and not mention.territory:
                i += 1
                continue
            if i and tokens[i].key == "cục" and tokens[i - 1].key == "tổng" and not (
                    tokens[i].barrier_before):
                i = next_i  # "Tổng cục Hải quan": the national department, not a province's Cục
                continue
            if mention.entry is not None and mention.entry.kind == "mass" and i and (
                    tokens[i - 1].key == "chi" and _run_on(tokens[i])):
                # "Chi hội Nông dân thôn Đông": the association's branch, not the association
                start = tokens[i - 1].start
                mention = replace(mention, name=f"Chi {text[tokens[i].start : mention.end]}",
                                  start=start, surface=text[start : mention.end])
            plural_before = i and tokens[i - 1].key == "các" and not (
                tokens[i].barrier_before or tokens[i].comma_before)
            if plural_before and mention.collective:
                # "các UBND huyện, thị xã": the plural stands before the body too
                start = tokens[i - 1].start
                mention = replace(mention, start=start, surface=text[start : mention.end])
            elif plural_before and mention.entry is not None and (
                    mention.entry.kind in ("body", "mass") and not mention.entry.named):
                # "các Tổ đại biểu HĐND huyện", "các công đoàn ngành": every body or association
                # of the kind, one collective (an association by the text's words)
                start = tokens[i - 1].start
                kind = text[mention.start : mention.end] if mention.entry.kind == "mass" else (
                    mention.name)
                mention = replace(mention, name=f"Các {kind}", start=start,
                                  surface=text[start : mention.end], collective=True)
            elif plural_before and _branches_of_a_kind(mention, tokens[i:next_i]):
                # "các Điện lực khu vực", "các Hạt Kiểm lâm địa phương": every branch of a
                # vertical service, its qualifiers with it
                start = tokens[i - 1].start
                qualified = _past_qualifiers(tokens, next_i)
                if qualified < len(tokens) and not tokens[qualified].comma_before and (
                        local := _match_sequence(tokens, qualified, LOCALITIES)):
                    qualified += local  # "các cục thuế địa phương": no member listed after them
                end = tokens[qualified - 1].end if qualified > next_i else mention.end
                mention = replace(mention, name=f"Các {text[mention.start : end]}", start=start,
                                  end=end, surface=text[start:end], collective=True)
                next_i = qualified
            elif plural_before and mention.entry is not None and mention.entry.numbered and (
                    mention.name == mention.entry.name) and not any(
                    t.key.isdigit() for t in tokens[i:next_i]):
                # "các tổ bầu cử", "các thuế cơ sở": every office of a numbered kind
                start = tokens[i - 1].start
                mention = replace(mention, name=f"Các {text[mention.start : mention.end]}",
                                  start=start, surface=text[start : mention.end], collective=True)
            per_place = self._per_place(text, tokens, mention, next_i)
            if per_place:
                mentions.extend(per_place[0])
                i = per_place[1]
                continue
            listed = (_listed_in_brackets(text, mention, self.resolve)
                      or self._members_in_brackets(text, mention)) if mention.collective else []
            if listed:
                mentions.extend(listed)
                i = _token_from(tokens, next_i, listed[-1].end)
                continue
            if mention.collective and (span := _place_range(text, mention.end)):
                # "UBND các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng": the range names which
                mention = replace(mention, name=f"{mention.name} {span[0]}",
                                  surface=text[mention.start : span[1]], end=span[1])
                next_i = _token_from(tokens, next_i, span[1])
            mentions.append(mention)
            i = next_i
            if (first := _first_place_of(mention)) is not None:
                # "UBND TP Thủy Nguyên, quận An Dương và quận Hồng Bàng": one body per place;
                # "Trạm Y tế xã Tân Lập và xã Tân Phú": one office per place; "UBND các xã,
                # phường ven biển và đặc khu Lý Sơn": the body of a place named after its plural
                peers, i = _peer_places(text, tokens, i, first, self._trie.children,
                                        cities=mention.collective)
                mentions.extend(self._with_place(mention, place, start, end)
                                for place, start, end in peers)
        return tuple(map(_in_the_texts_spelling, _share_trailing_territory(mentions, text)))

    def _members_in_brackets(self, text: str, collective: UnitMention) -> list[UnitMention]:
        """The units a bracket after units in general names, whatever their heads: "Các đơn vị
        (Phòng Kinh tế, Phòng Văn hóa - Xã hội)" is the two offices; the bracket names nothing
        but units."""
        bracket = MEMBERS_BRACKET.match(text, collective.end)
        if bracket is None or not UNITS_IN_GENERAL.match(collective.name):
            return []
        inner = bracket.group(1)
        found = list(self.scan(inner))
        if len(found) < 2 or not _covers(found, inner):
            return []
        shift = bracket.start(1)
        return [replace(m, start=collective.start if k == 0 else m.start + shift, end=m.end + shift)
                for k, m in enumerate(found)]

    def _match_at(self, text: str, tokens: list[Token], i: int) -> tuple[UnitMention, int] | None:
        role = (_named_by_role(text, tokens, i) or self._ministry_of_its_minister(text, tokens, i)
                or self._committees_said_once(text, tokens, i) or self._members_of(text, tokens, i))
        if role is not None:
            return role
        plural = self._plural_office_at(text, tokens, i)
        collective = self._collective_at(text, tokens, i)
        if plural is not None and (collective is None or plural[1] > collective[1]):
            return plural
        entry, end = self._walk(self._trie, tokens, i)
        if entry is None:
            return self._office_of_unit(text, tokens, i, i) or collective
        if entry.kind == "party" and (board := self._board_of_a_mass_body(text, tokens, i, end)):
            return board
        mention, next_i = self._with_territory(text, tokens, i, end, entry)
        if collective is not None and collective[1] > next_i:
            return collective
        return self._office_of_unit(text, tokens, i, next_i) or (mention, next_i)

    def _members_of(
        self, text: str, tokens: list[Token], i: int
    ) -> tuple[UnitMention, int] | None:
        """ "các thành viên Chính phủ", "các thành viên Ban Chỉ đạo tỉnh": a body's members, one
        collective named with the body."""
        n = _match_sequence(tokens, i, MEMBERS_OF)
        if not n or i + n >= len(tokens) or not tokens[i + n].capitalised or (
                tokens[i + n].comma_before or tokens[i + n].barrier_before):
            return None
        if government := _match_sequence(tokens, i + n, GOVERNMENT):  # no unit of its own
            end = i + n + government
        elif (purpose := self._committee_for_a_purpose(text, tokens, i + n)) and len(
                purpose[0]) == 1:
            end = purpose[1]  # "các thành viên Ủy ban bầu cử xã": the committee named whole
        elif (body := self._match_at(text, tokens, i + n)) and (
                body[0].start == tokens[i + n].start and not _capitalised_at(tokens, body[1])):
            end = body[1]  # the body named whole: not "Ban Chỉ đạo" of "Ban Chỉ đạo CCHC tỉnh"
        else:
            return None
        name = text[tokens[i].start : tokens[end - 1].end]
        return UnitMention(name[0].upper() + name[1:], name, tokens[i].start, tokens[end - 1].end,
                           True, True), end

    def _committees_said_once(
        self, text: str, tokens: list[Token], i: int
    ) -> tuple[UnitMention, int] | None:
        """ "các huyện, thành, thị ủy": one collective, the Party committees of the levels
        listed, with its qualifiers and whose they are ("... trực thuộc Tỉnh ủy")."""
        j = i + (tokens[i].key == "các")
        k = j
        while k < len(tokens) and tokens[k].key in COMMITTEE_LEVELS and (k == j or (
                not tokens[k].barrier_before
                and (tokens[k].comma_before or tokens[k - 1].key in CONNECTORS))):
            k += 1
            if k + 1 < len(tokens) and tokens[k].key in CONNECTORS:
                k += 1
        if k - j < 2 or k >= len(tokens) or tokens[k].key != "ủy" or tokens[k].comma_before or (
                tokens[k].barrier_before):
            return None
        end = self._owner_named_whole(text, tokens, i, _past_qualifiers(tokens, k + 1))
        name = text[tokens[i].start : tokens[end - 1].end]
        return UnitMention(name[0].upper() + name[1:], name, tokens[i].start, tokens[end - 1].end,
                           True, True), end

    def _ministry_of_its_minister(
        self, text: str, tokens: list[Token], i: int
    ) -> tuple[UnitMention, int] | None:
        """ "Bộ trưởng Xây dựng", "Bộ trưởng Y tế": news names a minister by the ministry's
        field alone; the work is the ministry's."""
        if i + 2 >= len(tokens) or (tokens[i].key, tokens[i + 1].key) != ("bộ", "trưởng") or (
            not tokens[i + 2].capitalised or tokens[i + 2].key == "bộ"
            or not _run_on(tokens[i + 2])
        ):
            return None
        entry, end = self._walk(self._trie, [tokens[i], *tokens[i + 2 : i + 12]], 0)
        if entry is None or end < 2 or not entry.name.startswith("Bộ "):
            return None
        last = tokens[i + end]  # the ministry's words stand one token later than in its name
        return UnitMention(entry.name, text[tokens[i].start : last.end], tokens[i].start,
                           last.end, True, entry=entry), i + end + 1

    def _board_of_a_mass_body(
        self, text: str, tokens: list[Token], i: int, end: int
    ) -> tuple[UnitMention, int] | None:
        """ "Ban Tuyên giáo Liên đoàn Lao động tỉnh", "Ban Tổ chức Tỉnh đoàn": a board of the
        kind a party committee has, named with the mass organisation it belongs to."""
        if end >= len(tokens) or not tokens[end].capitalised or (
                tokens[end].barrier_before or tokens[end].comma_before or tokens[end].dash_before):
            return None
        inner = self._match_at(text, tokens, end)
        if inner is None or inner[0].collective or inner[0].entry is None or (
                inner[0].entry.kind != "mass"):
            return None
        return _named_under_head(text, tokens, i, end, inner)

    def _office_of_unit(
        self, text: str, tokens: list[Token], i: int, next_i: int
    ) -> tuple[UnitMention, int] | None:
        """ "Văn phòng Sở Y tế", "Ban cán sự đảng UBND tỉnh": the office or party board of one
        unit named in full after it, when that name runs further than the catalogue's own."""
        n = _match_sequence(tokens, i, BOARDS_OF_A_UNIT)
        if not n and (named := _match_sequence(tokens, i, BOARDS_OF_A_NAMED_UNIT)) and (
                i + named < len(tokens) and (tokens[i + named].capitalised
                                             or tokens[i + named].key == "các")):
            n = named
        if not n or i + n >= len(tokens) or tokens[i + n].barrier_before or (
                tokens[i + n].comma_before or tokens[i + n].dash_before):
            return None  # "Đảng ủy - HĐND - UBND xã": bodies listed, not one's board
        inner = self._match_at(text, tokens, i + n)
        # a party board or a union of every unit of a kind: "đảng uỷ các bộ, cơ quan ngang bộ",
        # "Công đoàn các sở, ngành"
        of_every = any(t.key in ("đảng", "đoàn") for t in tokens[i : i + n])
        if inner is None or inner[1] <= next_i or (inner[0].collective and not of_every):
            return None
        return _named_under_head(text, tokens, i, i + n, inner)

    def _plural_office_at(
        self, text: str, tokens: list[Token], i: int
    ) -> tuple[UnitMention, int] | None:
        """ "các Sở GDĐT", "các Phòng Giáo dục và Đào tạo", "các phòng GDĐT": every office of one
        type, its head in capitals or its kind in an abbreviation."""
        if not (tokens[i].key == "các" and i + 2 < len(tokens) and (
            tokens[i + 1].capitalised or _is_abbreviation(text, tokens[i + 2])
        )):
            return None
        entry, end = self._walk(self._trie, tokens, i + 1)
        if entry is None or entry.named or end <= i + 2 or not (entry.kind in LEVEL_FREE_KINDS or (
                # "các Ban Chỉ huy Quân sự xã": a force's boards, not the collective "các ban"
                entry.kind == "force" and tokens[i + 1].key == "ban")):
            return None
        mention, next_i = self._with_territory(text, tokens, i + 1, end, entry)
        # qualifiers narrow the offices as they do any collective: "các Ban QLDA chuyên ngành"
        qualified = _past_qualifiers(tokens, next_i)
        end_char = tokens[qualified - 1].end if qualified > next_i else mention.end
        next_i = qualified
        return replace(mention, name=f"Các {mention.name}{text[mention.end : end_char]}",
                       surface=text[tokens[i].start : end_char], start=tokens[i].start,
                       end=end_char, collective=True), next_i

    def _advising(self, text: str, tokens: list[Token], j: int) -> int:
        """Where a collective ends that advises and assists a body: "các cơ quan tham mưu, giúp
        việc Đảng ủy" (the comma is the term's own)."""
        n = _match_sequence(tokens, j, ADVISING)
        if not n or tokens[j].comma_before or tokens[j].barrier_before:
            return j
        j += n
        if j < len(tokens) and tokens[j].barrier_before:
            return j
        return self._owner_end(text, tokens, j, j)

    def _owner_named_whole(self, text: str, tokens: list[Token], i: int, j: int) -> int:
        """Where a collective ends once the unit it belongs to is named in full: "các đơn vị
        trực thuộc Sở Y tế", "các Ban của HĐND tỉnh", "các sở, ngành thành viên Ban Chỉ đạo 389
        tỉnh", "các đơn vị hưởng ngân sách Tỉnh ủy", not "... trực thuộc Sở" (a qualifier's own
        last word)."""
        belongs = _match_sequence(tokens, j, (("trực", "thuộc"), ("thuộc",), ("của",)))
        if belongs and not (tokens[j].comma_before or tokens[j].barrier_before):
            owner = j + belongs
        elif tokens[j - 1].key == "ban" and j < len(tokens) and tokens[j].key in COUNCILS and not (
                tokens[j].comma_before or tokens[j].barrier_before):
            owner = j  # "các Ban HĐND tỉnh": the council's committees, with no "của"
        else:
            # "các sở, ngành thành viên Ban Chỉ đạo ...", "các đơn vị hưởng ngân sách Tỉnh ủy"
            owner = next((k + 1 for k in range(j - 1, i, -1) if tokens[k].key == "thuộc" or (
                (tokens[k - 1].key, tokens[k].key) in (("thành", "viên"), ("ngân", "sách")))),
                None)
        if owner is None or (owner < len(tokens) and (
                tokens[owner].comma_before or tokens[owner].barrier_before)):
            return j
        end = self._owner_end(text, tokens, owner, j)
        # where the owner's bodies are: "... của Ban Chỉ huy các huyện trên địa bàn tỉnh"
        return _past_qualifiers(tokens, end) if end > j else end

    def _owner_end(self, text: str, tokens: list[Token], owner: int, j: int) -> int:
        """Where a collective that ends at ``j`` ends once the unit named in full from ``owner``
        is taken in, its territory included; ``j`` when no unit named there runs past it."""
        if owner < len(tokens) and tokens[owner].key == "các" and (
            bodies := self._collective_at(text, tokens, owner)
        ):
            # "cơ quan trung ương của các tổ chức chính trị - xã hội": a collective's bodies
            return max(j, bodies[1])
        if owner < len(tokens) and not tokens[owner].capitalised and (
                level := _match_sequence(tokens, owner, LEVEL_WORDS)) and not (
                owner + level < len(tokens) and tokens[owner + level].capitalised and not (
                    tokens[owner + level].comma_before or tokens[owner + level].barrier_before)):
            # "đơn vị trực thuộc quận, huyện, thị xã": the bodies of every place of the levels
            return max(j, _more_levels(tokens, owner + level))
        if owner >= len(tokens) or not tokens[owner].capitalised:
            return j
        entry, end = self._walk(self._trie, tokens, owner)
        if entry is None and tokens[owner].key in BARE_OWNERS and (
            owner + 1 == len(tokens) or not tokens[owner + 1].capitalised
            or tokens[owner + 1].barrier_before or tokens[owner + 1].comma_before
        ):
            return owner + 1  # "các đơn vị thuộc Bộ": the ministry that writes
        if entry is None or end <= j - 1:
            return j
        if entry.name in PURPOSE_BOARDS and (
            board := self._committee_for_a_purpose(text, tokens, owner)
        ):
            return max(j, board[1])  # "... thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh"
        return max(j, self._with_territory(text, tokens, owner, end, entry)[1])

    def _walk(self, node: _Trie, tokens: list[Token], j: int) -> tuple[UnitEntry | None, int]:
        """Longest catalogue entry spelled from ``node`` by the tokens from ``j`` on."""
        entry, end, start = None, j, j
        while j < len(tokens) and (j == start or not tokens[j].barrier_before):
            if tokens[j].key in CONNECTORS and j > start:
                j += 1
                continue
            child = node.children.get(tokens[j].key)
            if child is None:
                break
            node = child
            j += 1
            if node.entry is not None:
                entry, end = node.entry, j
        return entry, end

    def _distributed_at(
        self, text: str, tokens: list[Token], i: int
    ) -> tuple[list[UnitMention], int] | None:
        """ "các phòng Tài chính - KH, Tài nguyên - MT": the plural head distributes."""
        if not (i + 2 < len(tokens) and tokens[i].key == "các"):
            return None
        head = self._trie.children.get(tokens[i + 1].key)
        if head is None or not tokens[i + 2].capitalised or tokens[i + 2].barrier_before:
            return None
        mentions: list[UnitMention] = []
        j = i + 2
        while j < len(tokens):
            entry, end = self._walk(head, tokens, j)
            if entry is None or end == j:
                break
            mention, j = self._with_territory(text, tokens, j, end, entry)
            if not mentions:  # the list's first unit starts where "các phòng" does
                mention = replace(mention, start=tokens[i].start)
            mentions.append(mention)
            if j < len(tokens) and tokens[j].key in CONNECTORS:
                j += 1
            elif j >= len(tokens) or not tokens[j].comma_before:
                break
        # One office of many places is a collective too: "các phòng Giáo dục và Đào tạo các
        # huyện, thị xã, thành phố".
        if len(mentions) < 2 and not (mentions and mentions[0].collective):
            return None
        while j > i and tokens[j - 1].key in CONNECTORS:
            j -= 1
        return mentions, j

    def _per_place(
        self, text: str, tokens: list[Token], mention: UnitMention, next_i: int
    ) -> tuple[list[UnitMention], int] | None:
        """ "UBND các xã: Cẩm Quang, Cẩm Lạc" is one unit per named commune; "UBND các tỉnh,
        thành phố: Hải Phòng, Quảng Nam" gives each place its level; "các huyện Chương Mỹ, Đan
        Phượng": places named alone are their UBND."""
        first, _, counted = mention.territory.partition(" ")
        # "UBND hai huyện Đông Anh và Đan Phượng" names its places as "các" does
        level = counted if first == "các" or _counts(first) else mention.territory
        tier = next((t for t in PLACE_TIERS if level.split(",")[0].strip() in t), set())
        places, after_places = _places_listed(text, tokens, next_i, tier)
        if not places:
            return None
        bare = name_key(mention.surface)
        if mention.entry is None and bare[:1] == ("các",) and " ".join(bare[1:]) in BARE_LEVELS:
            level = " ".join(bare[1:])
            mention = replace(mention, entry=self._by_key.get(("ubnd",)))
        levels = [part.strip() for part in level.split(",")]
        if not (mention.collective and mention.entry and all(p in BARE_LEVELS for p in levels)):
            return None
        return [
            self._with_place(mention, f"{own or _level_of(place, levels)} {place}",
                             mention.start if k == 0 else start, end)
            for k, (place, start, end, own) in enumerate(places)
        ], after_places

    def _named_after_colon(
        self, text: str, tokens: list[Token], i: int
    ) -> tuple[list[UnitMention], int] | None:
        """ "các Bộ: Quốc phòng, Công an, Ngoại giao", "các sở: Y tế, Tài chính": the plural head
        names each unit listed after its colon (Bộ Quốc phòng, Bộ Công an, Bộ Ngoại giao)."""
        if not (
            i + 3 < len(tokens) and tokens[i].key == "các"
            and (tokens[i + 1].capitalised or tokens[i + 1].key in PLURAL_OFFICE_NOUNS)
            and (tokens[i + 1].key,) in COLLECTIVE_NOUNS
        ):
            return None
        j = i + 2  # "các sở, ban, ngành: Công an tỉnh, Y tế, ...": the first noun names the rest
        while j < len(tokens) and tokens[j].comma_before and not tokens[j].capitalised and (
            more := _match_sequence(tokens, j, LISTED_NOUNS)
        ):
            j += more
        if not (j + 1 < len(tokens) and tokens[j].capitalised
                and text[tokens[j - 1].end : tokens[j].start].strip() == ":"):
            return None
        head = text[tokens[i + 1].start : tokens[i + 1].end].capitalize()
        head_node = self._trie.children.get(tokens[i + 1].key)
        mentions: list[UnitMention] = []
        while j < len(tokens) and tokens[j].capitalised:
            first = tokens[i].start if not mentions else tokens[j].start
            known, end = self._walk(head_node, tokens, j) if head_node else (None, j)
            own = self._match_at(text, tokens, j) if known is None else None
            if known is not None:
                # "các Bộ: Văn hóa, Thể thao và Du lịch, Tài chính": the longest name the
                # catalogue holds under the head, commas and "và" inside it included
                mentions.append(UnitMention(known.name, text[first : tokens[end - 1].end],
                                            first, tokens[end - 1].end, True))
            elif own and own[0].known and (not own[0].collective or own[0].territory):
                # "các bộ: Y tế, Công Thương và Thanh tra Chính phủ": a unit by its own name, or
                # a unit type over places ("và UBND các huyện, thị xã", and those it lists)
                if per_place := self._per_place(text, tokens, own[0], own[1]):
                    mentions.extend(per_place[0])
                    j = per_place[1]
                    break
                mentions.append(replace(own[0], surface=text[first : own[0].end], start=first))
                end = own[1]
            else:
                name, end = _capitalised_name(text, tokens, j, limit=3)
                if _is_abbreviation(text, tokens[j]):  # "NN-MT", "VH-TT-DL", "LĐ-TB&XH"
                    end = j + 1
                    while end < len(tokens) and _is_abbreviation(text, tokens[end]) and (
                            text[tokens[end - 1].end : tokens[end].start] in ("-", "–", "&")):
                        end += 1
                    name = text[tokens[j].start : tokens[end - 1].end]
                entry = self.resolve(f"{head} {name}").entry  # "Bộ NN-MT" in full
                full = entry.name if entry and not entry.named else f"{head} {name}"
                mentions.append(UnitMention(full, text[first : tokens[end - 1].end],
                                            first, tokens[end - 1].end, True))
            j = end
            if j < len(tokens) and tokens[j].key in CONNECTORS and not tokens[j].barrier_before:
                j += 1
            elif j >= len(tokens) or not tokens[j].comma_before or tokens[j].barrier_before:
                break
        return (mentions, j) if len(mentions) > 1 else None

    def _committee_for_a_purpose(
        self, text: str, tokens: list[Token], i: int
    ) -> tuple[list[UnitMention], int] | None:
        """ "Ủy ban bầu cử ở tỉnh, ở huyện, ở xã", "Ủy ban bầu cử các xã, phường", "BCĐ giảm
        nghèo phường", "Hội đồng thi đua khen thưởng xã": a committee, a council or a steering
        board named by its purpose in lower case, then its level, is no UBND; one per level
        listed with "ở", one collective over a plural."""
        if i + 3 >= len(tokens) or not tokens[i].capitalised or (
                tokens[i].key not in self._purpose_heads):
            return None
        entry, head_end = self._walk(self._trie, tokens, i)
        if entry is None and (tokens[i].key, tokens[i + 1].key) == ("hội", "đồng"):
            head_end = i + 2  # "Hội đồng thi đua khen thưởng xã": a council no catalogue names
        elif not ((tokens[i].key, tokens[i + 1].key, head_end) == ("ủy", "ban", i + 2) or (
                entry is not None and entry.name in PURPOSE_BOARDS)):
            return None
        j = head_end
        if alone := self._named_alone(text, tokens, i, head_end):
            return alone
        # a purpose written in title case, as formal names are: "Ban Chỉ huy Phòng, chống thiên
        # tai và Tìm kiếm cứu nạn tỉnh"; a known unit after it is another unit
        title_case = head_end < len(tokens) and tokens[head_end].capitalised and (
            self._walk(self._trie, tokens, head_end)[0] is None)

        def ends_purpose(k: int) -> bool:
            """Whether a capitalised word at ``k`` ends the purpose rather than goes on in it; a
            disease's code name goes on in it ("phòng, chống dịch Covid-19")."""
            coded = k + 1 < len(tokens) and tokens[k + 1].key.isdigit() and (
                text[tokens[k].end : tokens[k + 1].start] == "-")
            return tokens[k].capitalised and not coded and (
                not title_case or self._walk(self._trie, tokens, k)[0] is not None)

        def joins_purpose(k: int) -> bool:
            """ "và" between words of one purpose: "giáo dục quốc phòng và an ninh"."""
            return k > head_end and tokens[k].key in CONNECTORS and k + 1 < len(tokens) and not (
                ends_purpose(k + 1) or _match_sequence(tokens, k + 1, LEVEL_WORDS))

        # a purpose has up to four words, two more after a paired verb ("phòng, chống") and
        # four after each "và" ("phòng chống thiên tai và tìm kiếm cứu nạn")
        words, joined = 0, 0
        while j < len(tokens):
            if _match_sequence(tokens, j, ASSIGNING_WORDS):
                return None  # "Ban Chỉ đạo đề nghị Đảng ủy các xã ...": the board asks, no purpose
            if joins_purpose(j):
                joined += 2
            elif tokens[j].comma_before and tokens[j].key in PURPOSE_PAIRED and words:
                joined += 1
                words += 1
            elif tokens[j].key.isdigit() and tokens[j].dash_before and tokens[j - 1].capitalised:
                pass  # the number of a code name: "Covid-19" is one word
            elif words >= 4 + 2 * joined or (
                ends_purpose(j) or tokens[j].barrier_before or tokens[j].comma_before
                or tokens[j].key in ("các", "ở", "nhân", *CONNECTORS)
                or _match_sequence(tokens, j, LEVEL_WORDS)
            ):
                break
            else:
                words += 1
            j += 1
        if j == head_end or j >= len(tokens) or tokens[j].barrier_before or tokens[j].comma_before:
            return None
        committee = text[tokens[i].start : tokens[j - 1].end]
        mentions: list[UnitMention] = []
        while j < len(tokens) and tokens[j].key == "ở" and (
            level := _match_sequence(tokens, j + 1, LEVEL_WORDS)
        ):
            end = tokens[j + level].end
            start = tokens[i].start if not mentions else tokens[j].start
            mentions.append(UnitMention(f"{committee} {text[tokens[j].start : end]}",
                                        text[start:end], start, end, True))
            j += 1 + level
            if j + 1 < len(tokens) and (tokens[j].comma_before or tokens[j].key in CONNECTORS):
                j += tokens[j].key in CONNECTORS
            else:
                break
        if mentions:
            return mentions, j
        territory, next_j, collective = _territory_after(text, tokens, j)
        if not territory:
            return None
        end = tokens[next_j - 1].end
        return [UnitMention(f"{committee} {territory}", text[tokens[i].start : end],
                            tokens[i].start, end, True, collective, territory)], next_j

    @staticmethod
    def _named_alone(
        text: str, tokens: list[Token], i: int, head_end: int
    ) -> tuple[list[UnitMention], int] | None:
        """ "Ủy ban bầu cử hoàn thành ...": a committee whose purpose names it with no level
        after it, the committee of the text's own place (never a People's Committee)."""
        purpose = _match_sequence(tokens, head_end, PURPOSES_NAMED_ALONE)
        j = head_end + purpose
        if not purpose or (j < len(tokens) and _run_on(tokens[j]) and (
                _match_sequence(tokens, j, LEVEL_WORDS) or tokens[j].key in ("ở", "các", "cấp"))):
            return None
        name = text[tokens[i].start : tokens[j - 1].end]
        return [UnitMention(name, name, tokens[i].start, tokens[j - 1].end, True)], j

    def _villages_at(
        self, text: str, tokens: list[Token], i: int
    ) -> tuple[list[UnitMention], int] | None:
        """Villages or residential groups by name or number, one each: "thôn Đồng Tâm", "Tổ dân
        phố số 5", "thôn Lai Hà, Tây Hoàng", "các thôn Bản Mạ, Nà Pồng" (not "các thôn", a
        collective, nor the village a unit named before belongs to)."""
        plural = i + 1 < len(tokens) and tokens[i].key == "các" and _run_on(tokens[i + 1])
        at = i
        i += plural
        n = _match_sequence(tokens, i, VILLAGE_LEVELS)
        if not n or (not plural and i and tokens[i - 1].key == "các" and not (
                tokens[i].barrier_before)):
            return None
        level = text[tokens[i].start : tokens[i + n - 1].end]
        j = _village_name(tokens, i + n)
        # "các thôn: Đông Thịnh, Yên Lập": the names listed after a colon (a list, not "Các thôn:
        # Tuyên truyền ...", a label over a sentence)
        listed = plural and i + n < j < len(tokens) and text[
            tokens[i + n - 1].end : tokens[i + n].start].strip() == ":" and (
            tokens[j].comma_before or tokens[j].key in CONNECTORS)
        if j == i + n or not (_run_on(tokens[i + n]) or listed):
            return None
        # a village's Party cell or branch: "Chi bộ thôn Đông Hồ", "chi đoàn khu phố 3"
        first = at - 2 if at >= 2 and _cell_or_branch_at(tokens, at - 2) and _run_on(
            tokens[at - 1]) and _run_on(tokens[at]) else at
        # the commune or ward it lies in: "Tổ dân phố 14 phường Minh Xuân"
        lies_in = _match_sequence(tokens, j, LEVEL_WORDS)
        if lies_in and _run_on(tokens[j]) and (placed := _village_name(tokens, j + lies_in)) > (
                j + lies_in) and tokens[j + lies_in].capitalised:
            j = placed
        written = text[tokens[first].start : tokens[j - 1].end]
        cell = text[tokens[first].start : tokens[at].start]
        head = cell[0].upper() + cell[1:] if cell else ""
        first_name = text[tokens[i + n].start : tokens[j - 1].end]
        mentions = [UnitMention(f"{head}{level} {first_name}", written,
                                tokens[first].start, tokens[j - 1].end, True)]
        # more of them listed after one level word, each a name no unit's type opens, or each a
        # number after a numbered one ("Thôn 3, 5 và 7", "Tổ dân phố số 5, số 7")
        numbered = tokens[j - 1].key.isdigit()
        while j + 1 < len(tokens) and (tokens[j].comma_before or tokens[j].key in CONNECTORS):
            k = j + (tokens[j].key in CONNECTORS)
            if _match_sequence(tokens, k, VILLAGE_LEVELS) == n and (
                    end := _village_name(tokens, k + n)) > k + n:
                # a cell or branch of each village: "Chi đoàn thôn 1 và thôn 2"
                written = text[tokens[k].start : tokens[end - 1].end]
                mentions.append(UnitMention(f"{head}{written}", written,
                                            tokens[k].start, tokens[end - 1].end, True))
                j = end
                continue
            if numbered and tokens[k].key == "số" and k + 1 < len(tokens) and (
                    tokens[k + 1].key.isdigit()):
                end = k + 2
            else:
                end = _village_name(tokens, k) if tokens[k].capitalised or (
                    numbered and tokens[k].key.isdigit()) else k
            if end == k or self._walk(self._trie, tokens, k)[0] is not None or (
                    _match_sequence(tokens, k, LEVEL_WORDS)) or _cell_or_branch_at(tokens, k):
                break
            written = text[tokens[k].start : tokens[end - 1].end]
            mentions.append(UnitMention(f"{head}{level} {written}", written, tokens[k].start,
                                        tokens[end - 1].end, True))
            j = end
        return mentions, j

    def _with_territory(
        self, text: str, tokens: list[Token], i: int, end: int, entry: UnitEntry
    ) -> tuple[UnitMention, int]:
        works = _board_of_works(text, tokens, i, end) if entry.kind == "office" and (
            "dự án" in entry.name) else None
        if works is not None:
            return works
        territory, next_i, collective = "", end, False
        number = _office_number(tokens, end) if entry.numbered else 0
        if number:
            # the number names the office, after the catalogue's name of its kind ("BTL Quân
            # khu 3" is "Bộ Tư lệnh Quân khu 3"), or the text's, where the text gives only that
            # name's head ("Tổ Đại biểu số 2" of a ward's council)
            kind = text[tokens[i].start : tokens[end - 1].end]
            head_only = entry.name.lower().startswith(f"{kind.lower()} ")
            written = text[tokens[end].start : tokens[end + number - 1].end]
            entry = replace(entry, name=f"{kind if head_only else entry.name} {written}")
            end += number
        if entry.name.endswith(" ngành") and end < len(tokens) and tokens[end].capitalised and (
                sector := _match_sequence(tokens, end, self._sectors)):
            written = text[tokens[end].start : tokens[end + sector - 1].end]
            entry = replace(entry, name=f"{entry.name} {written}")
            end += sector
        if not entry.named:
            territory, next_i, collective = _territory_after(text, tokens, end)
        if not entry.named and not territory and entry.kind in PROPER_NAMED_KINDS:
            territory, next_i = self._proper_name_after(text, tokens, end)
        if not territory and entry.kind in ("mass", "body") and _match_sequence(
                tokens, end, (("các", "cơ", "sở"),)) and not tokens[end].comma_before:
            # "Ban Chấp hành Đoàn các cơ sở trực thuộc": the board of each grassroots branch
            next_i = _past_qualifiers(tokens, end + 3)
            territory = text[tokens[end].start : tokens[next_i - 1].end]
            collective = True
        if not territory and entry.kind == "body" and end - i == 2 and (
            tokens[i].key, tokens[i + 1].key) == ("ủy", "ban"):
            # "Ủy ban An toàn Giao thông Quốc gia": a committee by its own name, no UBND
            own_name, own_end = _capitalised_name(text, tokens, end)
            if own_name:
                name = f"{text[tokens[i].start : tokens[end - 1].end]} {own_name}"
                return UnitMention(name, text[tokens[i].start : tokens[own_end - 1].end],
                                   tokens[i].start, tokens[own_end - 1].end, True), own_end
        surface = text[tokens[i].start : tokens[next_i - 1].end]
        written = text[tokens[i].start : tokens[end - 1].end]
        if tuple(t.key for t in tokens[i:end] if t.key not in CONNECTORS) in self._renamed or (
                territory and entry.name.startswith(NATIONAL_GROUP)):
            # "VNPT Gia Lai", "EVN Hà Nội": a state group's branch in a province, by the short
            # name the text gives the group, not "Tập đoàn ... Việt Nam Gia Lai"
            name = _join_name(written[0].upper() + written[1:], territory)
        else:
            name = _join_name(entry.name, territory)
        named = self._named(name)
        if PART_ABBREVIATIONS.search(written) and not entry.named:
            name = _join_name(written[0].upper() + written[1:], territory)
        if (named is None or not named.named) and entry.kind in LEVEL_FREE_KINDS and (
            territory in BARE_LEVELS
        ):
            # "Phòng Nội vụ xã" is the directory's "Phòng Nội vụ" of the issuing level; a name
            # the directory does not hold keeps the level word the text gives it.
            plain = self._by_key.get(name_key(entry.name))
            if plain is not None and plain.named:
                named, territory = plain, ""
        if named is not None and named.named:
            return UnitMention(
                named.name,
                surface,
                tokens[i].start,
                tokens[next_i - 1].end,
                True,
                bool(named.members),
                territory,
                named,
            ), next_i
        return UnitMention(
            name,
            surface,
            tokens[i].start,
            tokens[next_i - 1].end,
            True,
            collective,
            territory,
            entry,
        ), next_i

    def _named(self, name: str) -> UnitEntry | None:
        """The entry of a unit name, its place's "TP" also read as "thành phố"."""
        return self._by_key.get(name_key(name)) or self._by_key.get(
            name_key(re.sub(r"\bTP\b", "thành phố", name)))

    def _proper_name_after(self, text: str, tokens: list[Token], j: int) -> tuple[str, int]:
        """The proper name of one office of a type: "Bệnh viện Đa khoa Tâm An", "Trường THPT
        Lê Lợi": up to four capitalised words, none a level word nor the start of another unit.
        A unit's first word that ends the name is a word of it: "Sở Xây dựng Hải Phòng"."""
        k = j
        while (
            k < len(tokens) and k - j < 4 and tokens[k].capitalised
            and not (tokens[k].barrier_before or tokens[k].comma_before or tokens[k].dash_before)
            and (tokens[k].key not in self._trie.children
                 # not a unit's head of two words, its second in lower case: "Bệnh viện"
                 or (k > j and not _capitalised_at(tokens, k + 1) and not (
                     k + 1 < len(tokens) and tokens[k + 1].key
                     in self._trie.children[tokens[k].key].children))
                 # "Hải Phòng" is a place though "Hải quan khu vực" is a unit
                 or (k == j and _capitalised_at(tokens, k + 1)
                     and self._walk(self._trie, tokens, k)[0] is None))
            and tokens[k].key not in CONNECTORS
            and not _match_sequence(tokens, k, LEVEL_WORDS)
            and not _match_sequence(tokens, k, ROLE_WORDS)
        ):
            k += 1
        return (text[tokens[j].start : tokens[k - 1].end], k) if k > j else ("", j)

    def _with_place(
        self, mention: UnitMention, territory: str, start: int, end: int
    ) -> UnitMention:
        """The unit of a plural mention for one place of its list."""
        assert mention.entry is not None
        # the mention's own type ("Chi hội Nông dân" of "Chi hội Nông dân thôn Đông")
        own = mention.territory and mention.name.endswith(f" {mention.territory}")
        kind = mention.name[: -len(mention.territory) - 1] if own else mention.entry.name
        name = _join_name(kind, territory)
        named = self._named(name)
        if named is not None and named.named:
            return UnitMention(
                named.name, mention.surface, start, end, True, False, territory, named
            )
        return UnitMention(name, mention.surface, start, end, True, False, territory, mention.entry)

    def _collective_at(
        self, text: str, tokens: list[Token], i: int
    ) -> tuple[UnitMention, int] | None:
        # "bí thư cấp huyện, cấp xã": the heads of every body of the levels, named by their title
        titled = _match_sequence(tokens, i, LEVEL_TITLES)
        if titled and not _match_sequence(tokens, i + titled, LEVELS_BY_NAME):
            titled = 0
        count = _a_count(tokens, i)
        if not (count or titled or tokens[i].key in COLLECTIVE_OPENERS):
            return None  # the most words: no opener, and no count for the forms below to count
        # a number counts places as "các" does: "63 tỉnh, thành phố", "12 thôn, tổ dân phố"
        number = (
            count and i + 1 < len(tokens)
            and not (tokens[i + 1].comma_before or tokens[i + 1].barrier_before)
            and text[tokens[i].start - 1 : tokens[i].start] not in (".", "/", "-")  # "1.12"
            # a place's own number, no count: "Chi bộ tổ 14 phường Minh Xuân", "thôn 3 xã X"
            and not (i and not tokens[i].comma_before and tokens[i - 1].key in NUMBERED_PLACES)
        )
        counted = number and bool(_match_sequence(tokens, i + 1, COUNTED_PLACES))
        # "11 Bộ, cơ quan": a number counting the bodies of a list (a list: "3 bộ tiêu chí" is not)
        # one noun counted is enough for schools by their levels ("9 trường mầm non, tiểu học và
        # THCS") and for localities ("11 địa phương")
        schools = number and tokens[i + 1].key == "trường" and i + 2 < len(tokens) and bool(
            _match_sequence(tokens, i + 2, SCHOOL_LEVELS) or _is_abbreviation(text, tokens[i + 2]))
        localities = number and bool(_match_sequence(tokens, i + 1, LOCALITIES))
        counted_alone = schools or localities
        counted_bodies = number and not (counted or counted_alone) and bool(
            _match_sequence(tokens, i + 1, COLLECTIVE_NOUNS))
        if tokens[i].key not in COLLECTIVE_OPENERS and not (
                counted or counted_bodies or counted_alone or titled):
            return None
        every = _match_sequence(tokens, i, EVERY)
        honoured = tokens[i].key == HONORIFIC or bool(every)
        level = _match_sequence(tokens, i + titled, LEVELS_BY_NAME)
        if level:  # "Cấp xã hoàn thành ...": every unit of a level
            j = i + titled + level
            while titled and j + 1 < len(tokens) and not tokens[j].barrier_before:
                joined = int(tokens[j].key in CONNECTORS)  # "cấp xã và cấp huyện"
                more = _match_sequence(tokens, j + joined, LEVELS_BY_NAME) if (
                    joined or tokens[j].comma_before) else 0
                if not more:
                    break
                j += joined + more
            end = tokens[j - 1].end
            name = text[tokens[i].start : end]
            return UnitMention(name[0].upper() + name[1:], name, tokens[i].start, end, True,
                               True), j
        j = i + (_match_sequence(tokens, i, COLLECTIVE_HEADS)
                 or _match_sequence(tokens, i, ROLE_HEADS))
        if every:
            j = i + every
            if j < len(tokens) and tokens[j].key == "các":
                j += 1
            min_nouns = 1
        elif counted_bodies:
            j, min_nouns = i + 1, 2
        elif j < len(tokens) and (
            tokens[j].key == "các" or counted or counted_alone or honoured) and (
            j == i or not tokens[j].barrier_before
        ):
            j += 1
            min_nouns = 1
        elif j == i and _localities_after_departments(tokens, i):
            min_nouns = 1  # "... ngành và địa phương": the "các" before the departments
        elif j == i and tokens[i].key in COMPOUND_ENDINGS and i and not (
            tokens[i].capitalised or tokens[i].comma_before or tokens[i].barrier_before
            # asked by name: "yêu cầu bộ, ngành liên quan", "đề nghị phòng, ban"
            or tokens[i - 1].key in ASKING_ENDS
        ):
            return None  # "quốc phòng, bộ đội ...", "cán bộ, ...": the end of another word
        elif j == i and tokens[i].capitalised and _match_sequence(tokens, i, PARTY_COMMITTEES):
            return None  # "Tỉnh ủy, Thành ủy xây dựng đề án": each committee by its name
        elif j == i and not tokens[i].comma_before and _after_a_title(tokens, i):
            # "Thủ trưởng cơ quan ngang bộ": the heads of every body of a kind; a bare noun is
            # the one body the reader heads ("thủ trưởng đơn vị", "Giám đốc Sở")
            min_nouns = 1 if _match_sequence(tokens, i, LISTED_NOUNS) >= 3 else 2
        elif j == i:
            min_nouns = 2  # "chi bộ, thôn, tổ dân phố" needs no "các" but needs a list
        else:
            return None
        nouns, any_grassroots = 0, False
        places = False  # once a list names places it goes on with them: "huyện, thị xã, thành phố"
        owned = False  # once a noun names whose bodies they are, another owner may follow
        while j < len(tokens) and (nouns == 0 or not tokens[j].barrier_before):
            if tokens[j].key in CONNECTORS and nouns:
                j += 1
                continue
            if nouns and not (
                tokens[j].comma_before or tokens[j].dash_before
                or tokens[j - 1].key in CONNECTORS
                or _match_sequence(tokens, j, JUXTAPOSED_NOUNS)
            ):
                break  # "các huyện tổ chức ...": a verb, not another noun of the list
            nouns_here = (COUNTED_PLACES_OR_TOWNS if places else COUNTED_PLACES) if counted else (
                LISTED_NOUNS_OR_TOWNS if places else LISTED_NOUNS)
            n = _match_sequence(tokens, j, nouns_here) or (
                _match_sequence(tokens, j, MEMBERS_ONLY) if nouns and min_nouns == 1 else 0)
            if n and not nouns and _match_sequence(tokens, j, AMBIGUOUS_FIRST_NOUNS) == n and (
                j + n < len(tokens) and not tokens[j + n].comma_before
            ) and not (i and tokens[i - 1].key == "trưởng" and not tokens[i].barrier_before):
                # "các bản kế hoạch": copies of a text; "Trưởng các bản", a cell's "Các bản" and
                # "các bản, làng": villages
                break
            if not nouns and _match_sequence(tokens, j, WORDS_NOT_BODIES) > n:
                break
            if n and not counted and j + n < len(tokens) and not (
                tokens[j + n].comma_before or tokens[j + n].barrier_before
            ):  # whose bodies: "các cơ quan Đảng, đoàn thể"
                owner = _match_sequence(tokens, j + n, OWNERS_OF_BODIES)
                if owner and _match_sequence(tokens, j + n, LISTED_NOUNS):
                    owner = 0  # "các chi bộ đảng bộ": another noun of the list
                owned, n = owned or bool(owner), n + owner
            elif owned and not n:  # "các cơ quan Đảng, Nhà nước": another owner's bodies
                n = _match_sequence(tokens, j, OWNERS_OF_BODIES)
            if n and j + n < len(tokens) and tokens[j + n].key == "trưởng" and not (
                tokens[j + n].comma_before or tokens[j + n].barrier_before
            ):
                break  # "các Bộ trưởng", "các tổ trưởng": the heads, a title, not the bodies
            if not n or (_match_sequence(tokens, j, ADMINISTRATIVE_DIVISIONS) and not (
                _match_sequence(tokens, j + 4, (("sự", "nghiệp"),))
            )):
                break  # "các đơn vị hành chính cấp xã" are places; "... sự nghiệp" are bodies
            if nouns and _names_a_place(tokens, j, n):
                break  # "các sở, ngành và đặc khu Cồn Cỏ": one place, addressed apart
            if nouns and tokens[j].capitalised and (
                _capitalised_at(tokens, j + n) or self._walk(self._trie, tokens, j)[1] > j + n
                or (tokens[j].key == "ban" and n > 1 and tokens[j + 1].capitalised
                    and not tokens[j + 1].comma_before and nouns >= min_nouns)
            ):
                # "các đơn vị, Sở Kế hoạch và Đầu tư", "..., trường học, Ban nhân dân các ấp": one
                # unit by its proper name or its type's longer name; "các chủ đầu tư, Ban Quản lý
                # dự án": one board by its kind's name written as a name
                break
            grassroots = _match_sequence(tokens, j, GRASSROOTS) == n
            if nouns and tokens[j - 1].key in CONNECTORS and grassroots and not any_grassroots:
                break  # "các cơ quan, đơn vị và thôn, xóm": the villages are addressed apart
            if nouns and _localities_after_departments(tokens, j):
                break  # "các sở, ban, ngành và địa phương": the localities are addressed apart
            if places and tokens[j - 1].key in CONNECTORS and not _match_sequence(
                    tokens, j, LEVEL_WORDS) and not _match_sequence(tokens, j, GRASSROOTS):
                # "xã, phường, thị trấn và đơn vị trực thuộc ...": bodies after the places and
                # "và", a collective of their own ("các xã, phường, cơ quan, đơn vị" is one)
                break
            if nouns > 1 and tokens[j - 1].key in CONNECTORS and j + n < len(tokens) and (
                tokens[j + n].comma_before and _match_sequence(tokens, j + n, LISTED_NOUNS)
            ):
                break  # "các bộ, cơ quan ngang bộ và cơ quan, đơn vị có liên quan": a list anew
            any_grassroots = any_grassroots or grassroots
            places = places or _match_sequence(tokens, j, LEVEL_WORDS) == n
            nouns += 1
            j += n
        if nouns < min_nouns and not (
                nouns == 1 and j == i + 1 + (tokens[i].key in TWO_WORD_BODY_NOUNS)
                and _match_sequence(tokens, j, (("trực", "thuộc"),))
                and not tokens[j].comma_before):
            # one noun is bodies enough when what they belong to follows: "đơn vị trực thuộc
            # quận, huyện, thị xã", "đảng ủy trực thuộc Tỉnh ủy"
            return None
        while tokens[j - 1].key in CONNECTORS:
            j -= 1
        j = _villages_of_cells(tokens, j)
        # Qualifiers stack: "các cơ quan Trung ương đóng trên địa bàn tỉnh"; an abbreviation
        # after a school or a centre names its kind: "các trường THPT", "các trung tâm GDNN-GDTX".
        school = tokens[j - 1].key in ("trường", "học") or (
            [t.key for t in tokens[j - 2 : j]] == ["cơ", "sở"])
        kind_abbreviated = school or [t.key for t in tokens[j - 2 : j]] == ["trung", "tâm"]
        while j < len(tokens) and not (tokens[j].comma_before or tokens[j].barrier_before) and (
            qualifier := _qualifier_at(tokens, j)
            or (kind_abbreviated and _is_abbreviation(text, tokens[j]))
        ):
            j += qualifier
            if qualifier == 2 and tokens[j - 2].key == "cấp":
                j = _more_levels(tokens, j)
        j = _place_named_after(tokens, j)
        j = self._advising(text, tokens, j)
        before_owner = j
        j = self._owner_named_whole(text, tokens, i, j)
        # The levels of a school listed after it: "các trường mầm non, tiểu học, THCS".
        listed = school and j > i + 1 and _is_abbreviation(text, tokens[j - 1])
        while school and j < len(tokens) and not tokens[j].barrier_before:
            k = j + 1 if listed and tokens[j].key in CONNECTORS else j
            if k >= len(tokens) or (tokens[k].comma_before and not listed):
                break
            level = _match_sequence(tokens, k, SCHOOL_LEVELS) or _is_abbreviation(text, tokens[k])
            if not level:
                break
            j, listed = k + level, True
        # Kinds of a board listed after it: "các Ban Quản lý dự án chuyên ngành, khu vực".
        while j - i >= 2 and _match_sequence(tokens, j - 2, BOARD_KINDS) and j < len(tokens) and (
            tokens[j].comma_before and (kind := _match_sequence(tokens, j, BOARD_KINDS))
        ):
            j += kind
        surface = text[tokens[i].start : tokens[j - 1].end]
        # The name leaves out who heads the collective: "lãnh đạo các sở" is "Các sở".
        head = _match_sequence(tokens, i, COLLECTIVE_HEADS)
        name = text[tokens[i + head].start : tokens[j - 1].end] if head else surface
        if tokens[i].key in LOCALITY_NOUNS_FIRST and _localities_after_departments(tokens, i):
            name = f"các {name}"
        if honoured:  # "Quý cơ quan, đơn vị": the addressees, every one of them
            first = i + (every or 1)
            if every and tokens[first].key == "các":
                first += 1
            name = f"các {text[tokens[first].start : tokens[j - 1].end]}"
        if j > before_owner:  # "các Ban của Hội đồng nhân dân tỉnh": the council by its short name
            name = SHORT_BODY_NAMES.sub(lambda m: SHORT_BODY_NAME[m.group().lower()], name)
        if MINISTERS_BEFORE.search(text, 0, tokens[i].start) and name_key(name)[:3] == (
                "cơ", "quan", "ngang"):
            # "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ...": the ministers' bodies come first
            name = f"các Bộ, {name[0].lower()}{name[1:]}"
        name = name[0].upper() + name[1:]
        start = tokens[i].start
        if i >= 2 and tokens[i].key == "các" and _match_sequence(tokens, i - 2, CELLS) == 2 and (
                _match_sequence(tokens, i + 1, VILLAGES)) and not any(
                tokens[k].comma_before or tokens[k].barrier_before for k in (i - 1, i)):
            # "chi bộ các thôn": the cell of each village, as "UBND các xã" is each commune's
            cell = text[tokens[i - 2].start : tokens[i - 1].end]
            name = f"{cell[0].upper()}{cell[1:]} {name[0].lower()}{name[1:]}"
            start = tokens[i - 2].start
            surface = text[start : tokens[j - 1].end]
        return UnitMention(name, surface, start, tokens[j - 1].end, True, True), j

    # -- resolving names -----------------------------------------------------------------
    def resolve(self, name: str) -> UnitMention:
        """One unit name as written (a heading's "(X; Y)" part, a CLI argument) -> a mention."""
        cleaned = name.strip(" ,;:.-–")
        mentions = self.scan(cleaned)
        if len(mentions) == 1 and _covers(mentions, cleaned):
            return mentions[0]
        for guess in (f"Phòng {cleaned}", f"Ban {cleaned}"):
            guessed = self.scan(guess)
            if len(guessed) == 1 and _covers(guessed, guess):
                found = guessed[0]
                return UnitMention(
                    found.name,
                    cleaned,
                    0,
                    len(cleaned),
                    True,
                    found.collective,
                    found.territory,
                    found.entry,
                )
        entry = self._by_loose_key.get(loose_key(cleaned))
        if entry is not None:
            return UnitMention(
                entry.name, cleaned, 0, len(cleaned), True, bool(entry.members), "", entry
            )
        return UnitMention(cleaned, cleaned, 0, len(cleaned), False)

    def split_list(self, text: str) -> list[UnitMention]:
        """A list of units as in a heading's brackets: "Phòng Kinh tế và HT; Tài chính - KH"."""
        parts = [p for p in re.split(r"\s*[;]\s*", text) if p.strip()]
        mentions: list[UnitMention] = []
        for part in parts:
            found = self.scan(part)
            if found and _covers(found, part):
                mentions.extend(found)
            else:
                mentions.append(self.resolve(part))
        return mentions

    def learn_alias(self, alias: str, name: str, kind: str | None = None) -> bool:
        """Read ``alias`` as the unit ``name`` from now on (a name the office taught).

        ``name`` must be a unit this resolver knows, or ``kind`` names the kind of a unit it
        does not (a stored one); returns False when neither holds and nothing was learnt.
        """
        target = self.resolve(name)
        if target.known and target.entry is not None:
            entry = target.entry
            if not entry.named or entry.name != target.name:
                entry = UnitEntry(
                    target.name, entry.kind, entry.level, named=True, members=entry.members
                )
        elif kind is not None:
            entry = UnitEntry(name, kind, named=True)
            self._add(entry, name)
        else:
            return False
        self._add(entry, alias)
        UnitResolver.clear_scan_cache()
        return True


def _covers(mentions: list[UnitMention], text: str) -> bool:
    """Whether the mentions account for every word of ``text``."""
    return sum(len(name_key(m.surface)) for m in mentions) >= len(name_key(text))


# The cities run by the centre, a province's peers: "các tỉnh, thành phố: Hải Phòng, Cà Mau" names
# one city and one province.
CENTRAL_CITIES = frozenset({"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"})


def _level_of(place: str, levels: list[str]) -> str:
    """The level of a place listed under several ("các tỉnh, thành phố"): a city run by the
    centre is a "thành phố", any other place takes the first level named."""
    if "thành phố" in levels and fold_words(place) in CENTRAL_CITIES:
        return "thành phố"
    return levels[0]


def _places_listed(
    text: str, tokens: list[Token], i: int, tier: Container[str] = ()
) -> tuple[list[tuple[str, int, int, str]], int]:
    """Proper names listed after a plural territory: ": Cẩm Quang, Cẩm Lạc và Cẩm Sơn", each
    with the level written before it when that is one of ``tier`` ("các huyện Phù Mỹ, Vân Canh,
    thị xã An Nhơn và TP.Quy Nhơn")."""
    if i >= len(tokens) or (
        tokens[i].barrier_before
        and not re.fullmatch(r"\s*:\s*", text[tokens[i - 1].end : tokens[i].start])
    ):
        return [], i
    places: list[tuple[str, int, int, str]] = []
    j = i
    while j < len(tokens):
        level, first = "", j
        if places and (n := _match_sequence(tokens, j, LEVEL_WORDS)) and _capitalised_at(
                tokens, j + n):
            written = text[tokens[j].start : tokens[j + n - 1].end]
            level = written if written in LEVEL_ABBREVIATIONS else written.lower()
            if level not in tier:
                break
            j += n
        elif not tokens[j].capitalised or _unit_begins(tokens, j) or _match_sequence(
                tokens, j, NEXT_UNIT_OPENINGS):
            # "các huyện Hóc Môn, Bình Chánh, Tổng Công ty Cấp nước ...", "các huyện: A, B và Ban
            # Quản lý dự án ...": a unit's name
            break
        start = j
        while (
            j < len(tokens)
            and tokens[j].capitalised
            and j - start < 4
            and (j == start or not (tokens[j].comma_before or tokens[j].barrier_before))
        ):
            j += 1
        if j < len(tokens) and tokens[j].key.isdigit() and not (
                tokens[j].comma_before or tokens[j].barrier_before):
            j += 1  # a commune numbered since the merger: "Sơn Kim 1", "Sơn Kim 2"
        places.append((text[tokens[start].start : tokens[j - 1].end], tokens[first].start,
                       tokens[j - 1].end, level))
        if j < len(tokens) and tokens[j].key in CONNECTORS and not tokens[j].barrier_before:
            j += 1
        elif j >= len(tokens) or not tokens[j].comma_before or tokens[j].barrier_before:
            break
    return (places, j) if len(places) >= 2 else ([], i)


# The places below a commune, which its texts hand work to by name: "Giao thôn Đồng Tâm ...",
# "Tổ dân phố số 5 phối hợp ...", "khu phố 3".
VILLAGE_LEVELS: tuple[tuple[str, ...], ...] = (
    ("thôn",), ("tổ", "dân", "phố"), ("khu", "phố"), ("khu", "dân", "cư"), ("ấp",), ("xóm",),
)

# Levels a list of places may go on with after a place of the first; a higher level, or a city
# of any level, is where the place lies ("UBND huyện A, tỉnh B", "quận A, thành phố B").
PLACE_TIERS = (
    {"huyện", "quận", "thị xã", "thành phố", "TP", "TX"}, {"xã", "phường", "thị trấn", "đặc khu"},
    {"tỉnh"}, {" ".join(level) for level in VILLAGE_LEVELS},
)
CITY_LEVELS = frozenset({"thành phố", "TP"})
# Heads naming a board or office that belongs to the unit named after them.
MEMBERS_OF: tuple[tuple[str, ...], ...] = (("các", "thành", "viên"),)
GOVERNMENT: tuple[tuple[str, ...], ...] = (("chính", "phủ"),)
BOARDS_OF_A_UNIT = (
    ("văn", "phòng"), ("ban", "cán", "sự", "đảng"), ("đảng", "đoàn"), ("ban", "thường", "trực"),
    ("đảng", "ủy"),
    # a standing board of a party committee or a mass organisation, a unit's party cell: "Ban
    # Thường vụ Đảng ủy xã", "Ban Thường vụ Hội Nông dân tỉnh", "Chi bộ Công an xã"
    ("ban", "thường", "vụ"), ("ban", "chấp", "hành"), ("chi", "bộ"),
    # the police's investigating bodies: "Cơ quan Cảnh sát điều tra Công an tỉnh"
    ("cơ", "quan", "cảnh", "sát", "điều", "tra"), ("cơ", "quan", "an", "ninh", "điều", "tra"),
    ("cơ", "quan", "csđt"), ("cơ", "quan", "anđt"),
)
# A unit's project board, trade union or youth union, before the unit's name in capitals: "Ban
# Quản lý dự án Điện lực Nghệ An", "Công đoàn cơ sở Văn phòng UBND tỉnh", "Đoàn Thanh niên Công
# an tỉnh" (not "Công đoàn nhà trường", the school's union by its common noun).
BOARDS_OF_A_NAMED_UNIT = (
    ("ban", "quản", "lý", "dự", "án"), ("ban", "qlda"), ("công", "đoàn", "cơ", "sở"),
    ("công", "đoàn"), ("đoàn", "thanh", "niên"),
)


# Units in general ("các đơn vị", "các cơ quan, đơn vị"), whose members a bracket may name.
UNITS_IN_GENERAL = re.compile(r"(?:các|những)\s+(?:cơ quan|đơn vị|địa phương)\b", re.IGNORECASE)
MEMBERS_BRACKET = re.compile(r"\s*\(([^()]{3,400})\)")


def _listed_in_brackets(
    text: str, collective: UnitMention, resolve: Callable[[str], UnitMention]
) -> list[UnitMention]:
    """The units a bracket after a collective names, each with the collective's head word:
    "các Ban Quản lý dự án hiện hữu (Ban A và Ban B)" is Ban A and Ban B."""
    head = re.match(r"(?:các|những)\s+(\w+)", collective.name, re.IGNORECASE)
    bracket = re.compile(rf"(?:\s+[{LOWER}]+){{0,3}}\s*\(([^()]{{3,400}})\)").match(
        text, collective.end)
    if head is None or bracket is None:
        return []
    word = re.escape(head.group(1))
    start = bracket.start(1)
    pieces = re.split(rf"(\s*(?:,|;|\svà)\s*)(?=(?i:{word})\b)", bracket.group(1))
    if len(pieces) < 3 or not all(
        re.match(rf"(?i:{word})\s+[{UPPER}]", piece) for piece in pieces[::2]
    ):
        return []
    listed = []
    for k, piece in enumerate(pieces):
        if k % 2 == 0:  # the first starts where the collective does, as a list's first unit
            listed.append(replace(resolve(piece), start=start if k else collective.start,
                                  end=start + len(piece)))
        start += len(piece)
    return listed


def _is_abbreviation(text: str, token: Token) -> int:
    """1 for a word in capitals ("THPT", "GDNN"), else 0."""
    word = text[token.start : token.end]
    return int(len(word) > 1 and word.isupper())


def _named_by_role(text: str, tokens: list[Token], i: int) -> tuple[UnitMention, int] | None:
    """One agency named by its role in the work: "cơ quan chủ trì soạn thảo", "đơn vị được
    giao chủ trì", "cơ quan xây dựng báo cáo"."""
    head = _match_sequence(tokens, i, ROLE_BEARERS)
    if not head or (i and tokens[i - 1].key == "các" and not tokens[i].barrier_before):
        return None
    j = i + head
    j += _match_sequence(tokens, j, (("được", "giao"), ("được", "phân", "công")))
    role = _match_sequence(tokens, j, ROLES)
    if not role:
        return None
    end = j + role
    name = text[tokens[i].start : tokens[end - 1].end]
    return UnitMention(name[0].upper() + name[1:], name, tokens[i].start, tokens[end - 1].end,
                       True), end


VILLAGE_NAME_WORDS = 4


def _village_name(tokens: list[Token], j: int) -> int:
    """Past a village's name or number at ``j``: "Đồng Tâm", "Ao Sen 2", "số 5", "3"; ``j`` if
    none."""
    if j < len(tokens) and tokens[j].key == "số" and _run_on(tokens[j]):
        return j + 2 if j + 1 < len(tokens) and tokens[j + 1].key.isdigit() else j
    if j < len(tokens) and tokens[j].key.isdigit():
        return j + 1
    k = j
    while k < len(tokens) and k - j < VILLAGE_NAME_WORDS and tokens[k].capitalised and (
            k == j or _run_on(tokens[k])):
        k += 1
    if j < k < len(tokens) and _run_on(tokens[k]) and (
            tokens[k].key.isdigit() and len(tokens[k].key) <= 2):
        k += 1  # a village split in numbered parts: "thôn Ao Sen 2", "Cập Thượng 1"
    return k


def _after_a_title(tokens: list[Token], i: int) -> bool:
    """Whether the words before ``i`` are the title of the heads of bodies."""
    return any(
        i >= len(title) and tuple(t.key for t in tokens[i - len(title) : i]) == title
        and not any(t.barrier_before for t in tokens[i - len(title) + 1 : i + 1])
        for title in HEADS_OF_BODIES
    )


# A count in words: "UBND hai xã Cồn Tiên và Cam Lộ", "ba huyện biên giới".
COUNT_WORDS = frozenset({"hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"})


def _counts(word: str) -> bool:
    """Whether a word is a count: a number, or one written in words."""
    return word.isdigit() or word in COUNT_WORDS


def _a_count(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` counts what follows it ("thứ ba" is a weekday)."""
    return _counts(tokens[i].key) and not (
        tokens[i].key in COUNT_WORDS and i and tokens[i - 1].key == "thứ"
        and not tokens[i].comma_before)


def _localities_after_departments(tokens: list[Token], j: int) -> bool:
    """Whether localities named at ``j`` follow "và" after a department noun, or after the
    level that sets the units before apart from them ("các bộ, cơ quan trung ương và địa
    phương", "các sở, ngành tỉnh và địa phương")."""
    if j >= 1 and tokens[j].comma_before and _match_sequence(tokens, j, LOCAL_GOVERNMENTS) and (
        tokens[j - 1].key in DEPARTMENT_NOUNS
    ):
        return True  # "các sở, ngành, chính quyền địa phương": the departments, then the localities
    if not (j >= 2 and tokens[j - 1].key in CONNECTORS and not tokens[j - 1].comma_before
            and (_match_sequence(tokens, j, LOCALITY_NOUNS)
                 or _match_sequence(tokens, j, LOCAL_GOVERNMENTS))):
        return False
    before = [t.key for t in tokens[max(0, j - 3) : j - 1]]
    return before[-1] in DEPARTMENT_NOUNS or before[-1:] == ["tỉnh"] or before[-2:] == [
        "trung", "ương"]


def _first_place_of(mention: UnitMention) -> str | None:
    """The place a body's peers after it are of the tier of: its own ("xã Tân Lập"), or the
    first level of its plural's ("xã " of "các xã, phường ven biển"); None when no peer can
    follow (no place, or a named unit)."""
    if mention.entry is None:
        return None
    if mention.collective:
        if not mention.territory.startswith("các "):
            return None
        return re.split(r",|\s+và\s", mention.territory.removeprefix("các "))[0] + " "
    return mention.territory if mention.territory and not mention.entry.named else None


def _peer_places(
    text: str, tokens: list[Token], j: int, first: str, heads: Container[str], cities: bool = False
) -> tuple[list[tuple[str, int, int]], int]:
    """Places of the same tier listed after a body's place: ", quận A và quận B"; ``cities``:
    a city is a peer of any place of its tier (after a plural: "các huyện và thành phố X")."""
    tier = next((t for t in PLACE_TIERS if any(first.startswith(f"{lv} ") for lv in t)), set())
    places: list[tuple[str, int, int]] = []
    while j < len(tokens) and not tokens[j].barrier_before:
        k = j + 1 if tokens[j].key in CONNECTORS else j
        if (k == j and not tokens[j].comma_before) or k >= len(tokens) or (
            k > j and (tokens[k].barrier_before or tokens[k].comma_before)
        ):
            break
        n = _match_sequence(tokens, k, LEVEL_WORDS)
        written = text[tokens[k].start : tokens[k + n - 1].end] if n else ""
        written = written if written in LEVEL_ABBREVIATIONS else written.lower()
        # a city after a body's city is its peer: "UBND thành phố Hà Nội, Thành phố Hồ Chí Minh"
        peers = tier if cities or first.startswith(f"{written} ") else tier - CITY_LEVELS
        if not n and not places and (named := _names_of_peers(text, tokens, j, first, heads)):
            return named  # "Chủ tịch UBND xã Long Phước, Phước An, Long Thành, Nhơn Trạch"
        if not n or written not in peers:
            break
        start = m = k + n
        while m < len(tokens) and m - start < 4 and (
            tokens[m].capitalised or tokens[m].key.isdigit()
        ) and not (tokens[m].barrier_before or tokens[m].comma_before):
            m += 1
        if m == start:
            break
        place = text[tokens[start].start : tokens[m - 1].end]
        places.append((f"{written} {place}", tokens[k].start, tokens[m - 1].end))
        j = m
    return places, j


PEER_NAMES = 2  # bare names after a body's place that make a list of its peers, not its region


def _names_of_peers(
    text: str, tokens: list[Token], j: int, first: str, heads: Container[str]
) -> tuple[list[tuple[str, int, int]], int] | None:
    """Bare place names listed after a commune's or a district's, at least two and up to the
    verb: the same level of each ("xã Long Phước, Phước An, Long Thành"). One name alone may be
    the place's province ("phường Bến Thành, Hà Nội"), not one after "và" ("huyện Phước Sơn và
    Nam Trà My")."""
    level = next((lv for lv in ("xã", "phường", "thị trấn", "huyện", "quận", "thị xã")
                  if first.startswith(f"{lv} ")), None)
    if level is None:
        return None
    # "phường 11, 12": a number after a numbered place is another place of its level, never
    # its region, so one is enough
    numbered = first.split()[-1].isdigit()
    places: list[tuple[str, int, int]] = []
    joined = False  # a name after "và" is a peer, never the place's province
    while j < len(tokens) and not tokens[j].barrier_before:
        k = j + 1 if tokens[j].key in CONNECTORS else j
        joined = joined or k > j
        if numbered and k < len(tokens) and tokens[k].key.isdigit() and (
                k > j or tokens[k].comma_before):
            places.append((f"{level} {tokens[k].key}", tokens[k].start, tokens[k].end))
            j = k + 1
            continue
        if (k == j and not tokens[j].comma_before) or k >= len(tokens) or (
                _match_sequence(tokens, k, LEVEL_WORDS) or not tokens[k].capitalised
                or tokens[k].key in heads):
            break  # a level, a verb or a unit's head word ("Sở Y tế") ends the names
        m = k
        while m < len(tokens) and m - k < 3 and tokens[m].capitalised and not (
                m > k and (tokens[m].barrier_before or tokens[m].comma_before)):
            m += 1
        places.append((f"{level} {text[tokens[k].start : tokens[m - 1].end]}", tokens[k].start,
                       tokens[m - 1].end))
        j = m
    ends_at_verb = j >= len(tokens) or tokens[j].barrier_before or not tokens[j].capitalised
    enough = bool(places) if numbered or joined else len(places) >= PEER_NAMES
    return (places, j) if enough and ends_at_verb else None


# The works a project board is named for, after "(các) công trình": "giao thông", "Nông nghiệp
# và PTNT", "Dân dụng và Hạ tầng khu vực tỉnh Hà Tĩnh".
WORKS = (("các", "công", "trình"), ("công", "trình"))
SECTORS: tuple[tuple[str, ...], ...] = (
    ("giao", "thông"), ("dân", "dụng"), ("công", "nghiệp"), ("nông", "nghiệp"), ("thủy", "lợi"),
    ("hạ", "tầng"), ("đô", "thị"), ("văn", "hóa"), ("y", "tế"), ("giáo", "dục"),
    ("trọng", "điểm"),
)


FIELD_WORDS = 6  # how many words of a project board's field may follow its sector
# Words that end a board's field: other units ("và các xã"), or what it does ("phối hợp với xã A")
NOT_A_FIELD = frozenset({"các", "những", "mọi", "với", "cùng", "phối", "chủ", "của", "tại", "để"})


def _board_of_works(
    text: str, tokens: list[Token], i: int, end: int
) -> tuple[UnitMention, int] | None:
    """A project board named in full for its works: "BQL DA các công trình giao thông", "Ban QLDA
    đầu tư xây dựng các công trình Nông nghiệp và PTNT", as the text writes it."""
    j = end
    if [t.key for t in tokens[end - 2 : end]] != ["công", "trình"]:
        works = _match_sequence(tokens, end, WORKS)
        # or the sector right after the board: "Ban Quản lý dự án giao thông tỉnh"
        sector = not works and _match_sequence(tokens, end, SECTORS)
        if not (works or sector) or tokens[end].barrier_before or tokens[end].comma_before:
            return None
        j = end + works
    if j >= len(tokens) or tokens[j].barrier_before or tokens[j].comma_before:
        return None
    k = j if tokens[j].capitalised else j + _match_sequence(tokens, j, SECTORS)
    if k > j:  # more of the works' field up to the board's place: "thủy lợi và phòng chống
        # thiên tai tỉnh Phú Yên"
        for more in range(k, min(k + FIELD_WORDS, len(tokens))):
            if tokens[more].barrier_before or tokens[more].comma_before or (
                tokens[more].capitalised or tokens[more].key in NOT_A_FIELD
            ):
                break
            if _match_sequence(tokens, more, LEVEL_WORDS) and (
                _territory_after(text, tokens, more)[0]
            ):
                k = more
                break
    if k == j:  # a proper name: capitalised words, each with one lower-case syllable
        lower_run = 0
        while k < len(tokens) and k - j < 8 and not (
            tokens[k].barrier_before or tokens[k].comma_before
            or _match_sequence(tokens, k, LEVEL_WORDS)
        ):
            # "Nông nghiệp và PTNT", not "... và Thủ trưởng các đơn vị"
            joins = tokens[k].key in CONNECTORS and k + 1 < len(tokens) and (
                tokens[k + 1].capitalised and not _match_sequence(tokens, k + 1, COLLECTIVE_HEADS))
            # "Dân dụng", not "PTNT khẩn trương"
            syllable = k > j and lower_run == 0 and tokens[k - 1].capitalised and not (
                _is_abbreviation(text, tokens[k - 1]))
            if tokens[k].capitalised:
                lower_run = 0
            elif joins or syllable:
                lower_run = 1
            else:
                break
            k += 1
    if k == j:
        return None
    territory, next_k, collective = _territory_after(text, tokens, k)
    if not territory and _match_sequence(tokens, k, (("khu", "vực"),)):
        territory, next_k, collective = _territory_after(text, tokens, k + 2)
        next_k, territory = (next_k, f"khu vực {territory}") if territory else (k, "")
    last = next_k if territory else k
    written = text[tokens[i].start : tokens[last - 1].end]
    name = written[0].upper() + written[1:]
    return UnitMention(name, written, tokens[i].start, tokens[last - 1].end, True, collective,
                       territory), last


def _names_a_place(tokens: list[Token], j: int, n: int) -> bool:
    """Whether the level word of ``n`` tokens at ``j`` opens a place's proper name."""
    return _match_sequence(tokens, j, LEVEL_WORDS) == n and _capitalised_at(tokens, j + n)


def _office_number(tokens: list[Token], k: int) -> int:
    """How many tokens from ``k`` spell an office's number: "5", "số 3", "số 03"."""
    n = 1 if k < len(tokens) and tokens[k].key == "số" else 0
    ok = k + n < len(tokens) and tokens[k + n].key.isdigit() and not (
        tokens[k + n].barrier_before or tokens[k + n].comma_before)
    return n + 1 if ok else 0


def _cell_or_branch_at(tokens: list[Token], k: int) -> bool:
    """Whether a Party cell or a branch is named from token ``k``: "Chi bộ", "chi hội", "Chi
    đoàn"."""
    return k + 1 < len(tokens) and tokens[k].key == "chi" and tokens[k + 1].key in (
        "bộ", "hội", "đoàn")


def _capitalised_at(tokens: list[Token], k: int) -> bool:
    """Whether a capitalised word at ``k`` goes on the words before it (no comma, no break)."""
    return k < len(tokens) and tokens[k].capitalised and not (
        tokens[k].comma_before or tokens[k].barrier_before)


# "quốc gia" in lower case ends a national committee's own name: "Ủy ban ATGT quốc gia".
NATIONAL: tuple[tuple[str, ...], ...] = (("quốc", "gia"),)


# The purposes that name a committee with no level after it: "Ủy ban bầu cử" is the election
# committee of the text's own place, never a People's Committee.
PURPOSES_NAMED_ALONE: tuple[tuple[str, ...], ...] = (("bầu", "cử"),)


def _capitalised_name(text: str, tokens: list[Token], j: int, limit: int = 6) -> tuple[str, int]:
    """A proper name from token ``j``: capitalised words, each of which may carry one
    lower-case syllable ("An toàn Giao thông Quốc gia", "Công an"), within one list item;
    "quốc gia" in lower case is one word ("Ủy ban ATGT quốc gia")."""
    k, lower_run = j, 0
    end = j
    while k < len(tokens) and k - j < limit and not (
        k > j and (tokens[k].barrier_before or tokens[k].comma_before or tokens[k].dash_before)
    ):
        if tokens[k].capitalised:
            lower_run = 0
        elif k > j and lower_run == 0 and _match_sequence(tokens, k, NATIONAL) and not (
                tokens[k + 1].barrier_before or tokens[k + 1].comma_before):
            k, end, lower_run = k + 2, k + 2, 1
            continue
        elif k > j and lower_run == 0 and tokens[k].key not in CONNECTORS:
            lower_run = 1
        else:
            break
        k += 1
        if tokens[k - 1].capitalised or lower_run:
            end = k
    return (text[tokens[j].start : tokens[end - 1].end], end) if end > j else ("", j)


PLACE_NAME_WORDS = 4
PLACE_AND_PERSON_WORDS = 8  # "tỉnh Quảng Ngãi Đỗ Tâm Hiển", "tỉnh Bà Rịa Vũng Tàu Nguyễn Văn Thọ"


def _place_named_after(tokens: list[Token], j: int) -> int:
    """Past the place's proper name after a qualifier that ends on "địa bàn" and its level:
    "các doanh nghiệp hoạt động trên địa bàn Thành phố Hồ Chí Minh", "... trên địa bàn tỉnh
    Quảng Nam" (not "các xã, thị trấn Hòa Vang", a list of places)."""
    level = next((len(level) for level in LEVEL_WORDS
                  if tuple(t.key for t in tokens[max(0, j - len(level)) : j]) == level), 0)
    if not level or [t.key for t in tokens[max(0, j - level - 2) : j - level]] != ["địa", "bàn"]:
        return j
    k = j
    while k < len(tokens) and k - j < PLACE_NAME_WORDS and tokens[k].capitalised and not (
        tokens[k].barrier_before or tokens[k].comma_before or tokens[k].dash_before
    ):
        k += 1
    return k


def _more_levels(tokens: list[Token], j: int) -> int:
    """Past the levels listed after a level qualifier: "chính quyền địa phương cấp huyện, xã"
    is both levels' (not "cấp huyện, xã Tân An", which names a commune), as is "cấp huyện, cấp
    xã"."""
    while j < len(tokens) and (tokens[j].comma_before or tokens[j].key in CONNECTORS):
        k = j + 1 if tokens[j].key in CONNECTORS else j
        k += k + 1 < len(tokens) and tokens[k].key == "cấp"
        n = _match_sequence(tokens, k, LEVEL_WORDS) if k < len(tokens) else 0
        if not n or (k + n < len(tokens) and tokens[k + n].capitalised
                     and not tokens[k + n].comma_before and not tokens[k + n].barrier_before):
            break
        j = k + n
    return j


NATIONAL_GROUP = "Tập đoàn "


def _join_name(type_name: str, territory: str) -> str:
    return f"{type_name} {territory}" if territory else type_name


# Nouns that open a section of a unit, never a place's name: "- Bộ phận một cửa", "- Phòng ...".
SECTION_HEADS = frozenset({"bộ", "phòng", "đội", "tổ", "ban"})
SECTION_WORDS = 4


# Words that open a unit's name and end a place's: no place is named "Sở", "UBND" or "Công ty".
UNIT_OPENERS = frozenset({"sở", "ubnd", "hđnd"})
UNIT_NAME_OPENINGS: tuple[tuple[str, ...], ...] = (
    *((word,) for word in UNIT_OPENERS), ("công", "ty"), ("công", "an"), ("tổng", "công", "ty"),
    ("tổng", "cục"), ("trung", "tâm"),
    # words no place's name opens with ("Văn Lâm", "Ngân Sơn", "Bảo Lộc" are places)
    ("cục",), ("chi", "cục"), ("bộ",), ("viện",), ("ủy", "ban"), ("văn", "phòng"),
    ("ngân", "hàng"), ("bảo", "hiểm"), ("kho", "bạc"),
)
# ... and words no place's name opens with, though one may end with them ("Hải Phòng"): the next
# unit of a cell's lines run together, "UBND xã Phòng Kinh tế", "Văn phòng HĐND và UBND xã Tổ
# Công nghệ số cộng đồng" (not "Trường", "Hội", "Đoàn": "Trường Sơn", "Hội An", "Đoàn Kết")
NEXT_UNIT_OPENINGS: tuple[tuple[str, ...], ...] = (
    ("tổ",), ("phòng",), ("trạm", "y"), ("đảng", "ủy"), ("ban", "chỉ"), ("ban", "quản"),
)
ASSIGNING_WORDS: tuple[tuple[str, ...], ...] = (("giao",), ("yêu", "cầu"), ("đề", "nghị"))
# After a verb handing work over, more words open a unit ("Hải Phòng" ends a place's name, "Giao
# Phòng Nội vụ" asks a unit).
ASSIGNED_OPENERS = UNIT_OPENERS | {
    "phòng", "ban", "ủy", "văn", "trung", "công", "cục", "chi", "bộ", "đài", "các", "trường",
}


def _unit_begins(tokens: list[Token], j: int) -> bool:
    """Whether a unit's name, or a capitalised verb handing it work, starts at token ``j``:
    "Ủy ban nhân dân tỉnh Giao Sở Nông nghiệp ..." names the province, then asks."""
    if _match_sequence(tokens, j, UNIT_NAME_OPENINGS):
        return True
    k = j + _match_sequence(tokens, j, ASSIGNING_WORDS)
    return k > j and k < len(tokens) and tokens[k].key in ASSIGNED_OPENERS


# Party, Youth Union and association cells, named by the villages they stand in: "các chi bộ
# thôn, bản", "các chi đoàn khu phố".
CELLS: tuple[tuple[str, ...], ...] = (("chi", "bộ"), ("chi", "đoàn"), ("chi", "hội"))
VILLAGES = tuple(noun for noun in GRASSROOTS if noun not in CELLS)
# The association an association's cell belongs to: "các chi hội phụ nữ ấp".
ASSOCIATIONS: tuple[tuple[str, ...], ...] = (
    ("phụ", "nữ"), ("nông", "dân"), ("cựu", "chiến", "binh"), ("người", "cao", "tuổi"),
    ("khuyến", "học"), ("chữ", "thập", "đỏ"), ("cựu", "thanh", "niên", "xung", "phong"),
)


def _villages_of_cells(tokens: list[Token], j: int) -> int:
    """Past the villages a list of cells ending at token ``j`` is named by ("các chi bộ thôn,
    bản", "các chi bộ khu phố, tổ dân phố", "các chi hội phụ nữ ấp"), or ``j``."""
    if j < 2 or not _match_sequence(tokens, j - 2, CELLS) or j >= len(tokens) or (
            tokens[j].comma_before or tokens[j].barrier_before):
        return j
    if tokens[j - 1].key == "hội":
        j += _match_sequence(tokens, j, ASSOCIATIONS)
        if j >= len(tokens) or tokens[j].comma_before or tokens[j].barrier_before:
            return j

    def village_at(k: int) -> int:
        return 0 if tokens[k].capitalised else _match_sequence(tokens, k, VILLAGES)

    end = j
    while village := village_at(end):
        end += village
        after = end + int(end < len(tokens) and tokens[end].key in CONNECTORS)
        if after >= len(tokens) or tokens[end].barrier_before or not (
                after > end or tokens[end].comma_before) or not village_at(after):
            break
        end = after
    return end


def _territory_after(text: str, tokens: list[Token], i: int) -> tuple[str, int, bool]:
    """The territory written after a unit type at token ``i``: (territory, next index, plural).

    A comma ends the name: "Sở NN&PTNT, các huyện Chương Mỹ, ..." lists the huyện beside it."""
    if i >= len(tokens) or tokens[i].barrier_before or tokens[i].comma_before:
        return "", i, False
    if _match_sequence(tokens, i, (("chi", "nhánh"),)):
        # a bank's or a company's branch: "Ngân hàng Nhà nước chi nhánh tỉnh Hòa Bình"
        place, after, plural = _territory_after(text, tokens, i + 2)
        if place:
            return f"{text[tokens[i].start : tokens[i + 1].end]} {place}", after, plural
    n = _match_sequence(tokens, i, PARTY_SUFFIXES)
    if n and not any(t.comma_before for t in tokens[i + 1 : i + n]):  # not "tỉnh, Ủy ban ..."
        end = i + n
        committee = text[tokens[i].start : tokens[end - 1].end].capitalize()
        if tokens[i].key == "đảng":  # whose Party committee: "Ủy ban Kiểm tra Đảng ủy xã"
            level, after, plural = _territory_after(text, tokens, end)
            if level:
                return f"{committee} {level}", after, plural
        return committee, end, False
    if tokens[i].key == "của" and i + 1 < len(tokens) and _run_on(tokens[i + 1]) and (
        tokens[i + 1].key == "các" or tokens[i + 1].key.isdigit()
    ):
        # "Ban An toàn giao thông của 6 tỉnh nói trên": the places whose unit it is
        places, end, plural = _territory_after(text, tokens, i + 1)
        return (f"của {places}", end, plural) if plural else ("", i, False)
    # a number counts the places like "các": "UBND 273 phường, xã", "Phòng GD-ĐT 24 quận, huyện"
    plural = tokens[i].key == "các" or _a_count(tokens, i)
    j = i + 1 if plural else i
    if plural and (n := _match_sequence(tokens, j, PARTY_SUFFIXES)):
        # each Party committee's board: "Ban Thường vụ các huyện ủy, thị ủy, thành ủy"
        end = j + n
        while end < len(tokens) and tokens[end].comma_before and (
                more := _match_sequence(tokens, end, PARTY_SUFFIXES)):
            end += more
        end = _past_qualifiers(tokens, end)  # "... các đảng ủy trực thuộc"
        if tokens[end - 1].key == "thuộc" and (owner := _match_sequence(
                tokens, end, PARTY_SUFFIXES[:4])) and not tokens[end].comma_before:
            end += owner  # the committee they belong to: "... trực thuộc Tỉnh ủy"
        return text[tokens[i].start : tokens[end - 1].end], end, True
    if tokens[i].key == "cấp":
        j = i + 1
    levels: list[str] = []
    while j < len(tokens) and (j == i or not tokens[j].barrier_before):
        n = _match_sequence(tokens, j, LEVEL_WORDS) or int(
            # "các huyện, thành, thị": cities and towns by their first syllable, in a list
            # ("thành lập" is a verb: "thành" is a city only where its item ends)
            plural and bool(levels) and tokens[j].key in SHORT_LEVELS and tokens[j].comma_before
            and (tokens[j].key == "thị" or j + 1 == len(tokens) or tokens[j + 1].comma_before
                 or tokens[j + 1].barrier_before or tokens[j + 1].key in CONNECTORS)) or (
            # "UBND các địa phương", "Sở Tài chính các địa phương": every locality's
            _match_sequence(tokens, j, LOCALITIES) if plural and not levels else 0)
        level = " ".join(t.key for t in tokens[j : j + n])
        # a plural may list peer levels with no comma: "các quận huyện", "các xã phường"
        peers = plural and levels and any({levels[-1], level} <= tier for tier in PEER_LEVELS)
        if not n or (levels and not (tokens[j].comma_before or tokens[j].dash_before or peers)
                     and tokens[j - 1].key not in CONNECTORS):
            break
        written = text[tokens[j].start : tokens[j].end] if (
            level.upper() in LEVEL_ABBREVIATIONS) else level
        levels.append(LEVEL_DISPLAY.get(level, written))
        j += n
        after = _match_sequence(tokens, j, LEVEL_WORDS) if levels[-1] == "khu vực" else 0
        if after and not (tokens[j].comma_before or tokens[j].barrier_before):
            # "khu vực thị xã": the region of the level named after it
            levels[-1] += " " + " ".join(t.key for t in tokens[j : j + after])
            j += after
        if (
            j < len(tokens)
            and tokens[j].key in CONNECTORS
            and (more := _match_sequence(tokens, j + 1, LEVEL_WORDS))
            # "UBND các xã và phường Sa Huỳnh": one place after the plural, addressed apart
            and not (plural and _names_a_place(tokens, j + 1, more))
        ):
            j += 1
    if not levels and plural and j < len(tokens) and (
            every := _match_sequence(tokens, j, EVERY_LEVEL)):
        # "UBND các cấp": every level; "Ban Chỉ huy ... các ngành, các cấp": every sector too
        return f"các {text[tokens[j].start : tokens[j + every - 1].end]}", j + every, True
    if not levels:
        return "", i, False
    if len(levels) > 1 or plural:
        central = _match_sequence(tokens, j, (("trực", "thuộc", "trung", "ương"),))
        if central:  # "các tỉnh, thành phố trực thuộc Trung ương"
            levels[-1] += " trực thuộc Trung ương"
        lying = 0 if central else _match_sequence(tokens, j, PLACES_LYING)
        named = lying
        while named and tokens[j].key == "ven" and named < lying + LYING_NAME_WORDS and (
                j + named < len(tokens) and tokens[j + named].capitalised
                and not tokens[j + named].barrier_before
                and tokens[j + named].key not in NAME_BREAKERS):
            named += 1  # the water's name: "ven đầm Thị Nại", "ven sông Hồng"
        if lying:  # "UBND các xã, phường ven biển"
            levels[-1] += " " + " ".join(t.key for t in tokens[j : j + lying])
            if named > lying:
                levels[-1] += " " + text[tokens[j + lying].start : tokens[j + named - 1].end]
            lying = named
        opener = tokens[i].key if plural else "các"
        k = j + central + lying
        group = _place_group_at(tokens, k) if k < len(tokens) and _run_on(tokens[k]) else 0
        if group:  # "UBND các xã, phường thuộc Cụm I": the group of them a letter names
            levels[-1] += " " + text[tokens[k].start : tokens[k + group - 1].end]
        return f"{opener} " + ", ".join(levels), k + group, True
    place_start = j
    while (
        j < len(tokens)
        and j - place_start < 4
        and (tokens[j].capitalised or (
            # not an amount: "Phòng Tài chính - Kế hoạch huyện 64,6 triệu đồng"
            tokens[j].key.isdigit() and not DECIMAL_PART.match(text, tokens[j].end)))
        and not tokens[j].barrier_before
        and not tokens[j].comma_before
        # a section of the unit after a dash (below): "Chi cục Thuế khu vực XV - Bộ phận ..."
        and not (tokens[j].dash_before and tokens[j].key in SECTION_HEADS)
        # no place's name opens after a dash: "Trưởng Công an xã - Phó Trưởng ban" is a seat
        # (a name may hold one: "tỉnh Bà Rịa - Vũng Tàu")
        and not (j == place_start and tokens[j].dash_before)
        and not _unit_begins(tokens, j)
        and not (j == place_start and _match_sequence(tokens, j, NEXT_UNIT_OPENINGS))
        and tokens[j].key not in CONTACT_LABELS
    ):
        j += 1
    # the person a title names after the unit: "Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng", "Chủ
    # tịch UBND thành phố Nguyễn Văn Được" (communes and wards may bear a hero's name, and so
    # may a few districts: "huyện Trần Văn Thời")
    reach = j  # a person's name may run on past the words a place may have
    while reach < len(tokens) and reach - place_start < PLACE_AND_PERSON_WORDS and (
        tokens[reach].capitalised and _run_on(tokens[reach])
    ):
        reach += 1
    person = next((k for k in range(place_start, j) if _a_persons_name(tokens[k:reach])), None)
    if person is not None and _after_a_leaders_title(tokens, place_start) and (
        person > place_start or levels[0] not in NAMED_FOR_PEOPLE
        or tokens[person + 1].key in PERSONAL_MIDDLE_NAMES
    ) and " ".join(t.key for t in tokens[person:reach]) not in PLACES_NAMED_FOR_PEOPLE:
        j = person
    if j > place_start and j < len(tokens) and tokens[j].dash_before and (
        tokens[j].key in SECTION_HEADS
    ):
        # the section named after the place: "Chi cục Thuế khu vực XV - Bộ phận một cửa"
        section = j + 1
        while section < len(tokens) and section - j < SECTION_WORDS and not (
            tokens[section].capitalised or tokens[section].key in CONNECTORS
            or tokens[section].comma_before or tokens[section].barrier_before
        ):
            section += 1
        j = section if section > j + 1 else j  # "- Phòng Nội vụ" is a unit of its own
    place = text[tokens[place_start].start : tokens[j - 1].end] if j > place_start else ""
    if tokens[i].key == "cấp":  # "UBND cấp xã": every commune's, one collective
        return "cấp " + levels[0], j, True
    return (f"{levels[0]} {place}" if place else levels[0]), j, False


# A person's full name: a common family name, then a middle name ("Nguyễn Văn Được", "Trần Thị
# Hoa"); places are not named so.
FAMILY_NAMES = frozenset({
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý",
})
MIDDLE_NAMES = frozenset({"văn", "thị", "hữu", "đức", "công", "quang", "xuân", "ngọc", "thanh"})
# Communes and wards bear heroes' names ("phường Trần Hưng Đạo", "xã Lê Lợi"), but after a
# leader's title a name with "Văn" or "Thị" is the leader's ("Phó Chủ tịch UBND xã Nguyễn Văn
# Bình"), unless it is a hero's the places listed below bear.
NAMED_FOR_PEOPLE = frozenset({"xã", "phường", "thị trấn"})
PERSONAL_MIDDLE_NAMES = frozenset({"văn", "thị"})
PLACES_NAMED_FOR_PEOPLE = frozenset({
    "trần văn thời", "hồ chí minh", "hoàng su phì", "hoàng văn thụ", "nguyễn văn cừ",
    "võ thị sáu", "nguyễn thị minh khai", "nguyễn văn trỗi",
})
LEADERS_TITLES: tuple[tuple[str, ...], ...] = (("chủ", "tịch"), ("bí", "thư"), ("giám", "đốc"))


def _after_a_leaders_title(tokens: list[Token], i: int) -> bool:
    """Whether a leader's title stands a few words before token ``i``: "Chủ tịch UBND tỉnh"."""
    return any(_match_sequence(tokens, k, LEADERS_TITLES) for k in range(max(0, i - 8), i))


def _a_persons_name(words: list[Token]) -> bool:
    """A family name, then a middle name ("Nguyễn Văn Được"), or two or three more capitalised
    syllables that end the words ("Đỗ Tâm Hiển"; not "Phan Rang - Tháp Chàm")."""
    if len(words) < 2 or words[0].key not in FAMILY_NAMES:
        return False
    return words[1].key in MIDDLE_NAMES or (
        3 <= len(words) <= 4 and all(w.capitalised and _run_on(w) for w in words[1:]))


def _run_on(token: Token) -> bool:
    """Whether a word goes on from the one before it: no comma, dash or boundary between."""
    return not (token.barrier_before or token.comma_before or token.dash_before)


_PLACE_IN_NAME = re.compile(rf"(?<!\w)(?:{LEVEL_PATTERN})\s+\S.*$")


# A range of places after a collective of them: "từ Hà Tĩnh đến Lâm Đồng", "từ Quảng Trị tới
# Khánh Hòa"; each end a name of up to four capitalised words.
_CAPITALISED = r"(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ])\w*"
PLACE_RANGE = re.compile(
    rf"\s+từ\s+{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}\s+(?:đến|tới)\s+"
    rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,3}}"
)


def _token_from(tokens: list[Token], i: int, offset: int) -> int:
    """The first token from ``i`` on that starts at or after ``offset`` (or the end)."""
    return next((k for k in range(i, len(tokens)) if tokens[k].start >= offset), len(tokens))


def _place_range(text: str, end: int) -> tuple[str, int] | None:
    """The range of places named right after ``end``, and where it ends."""
    found = PLACE_RANGE.match(text, end)
    return (found.group().strip(), found.end()) if found else None


# Between bodies listed before their territory, maybe the next one's head: "Bí thư Đảng ủy, Chủ
# tịch UBND các xã" is each commune's Party committee and People's Committee.
_LIST_GAP = re.compile(
    r"\s*(?:,|và)\s*(?:(?:phó\s+)?(?:chủ tịch|bí thư|giám đốc|thủ trưởng|trưởng ban)\s+)?",
    re.IGNORECASE,
)


_OWNER_THEN_LEVEL = re.compile(
    rf"(?:Đảng ủy|Đảng uỷ|HĐND|UBND|Ủy ban nhân dân)\s+(?P<level>(?:{LEVEL_PATTERN})(?:\s+\S.*)?)"
)


# A collective named with the body it belongs to: "các Ban HĐND xã", "các Ban của HĐND tỉnh".
_OWNING_BODY = r"(?:HĐND|Hội đồng nhân dân|UBND|Ủy ban nhân dân|Đảng ủy|Đảng uỷ)"
_OWNED_BY_A_BODY = re.compile(rf"\s(?:của\s+)?(?P<owner>{_OWNING_BODY}\s+(?:{LEVEL_PATTERN}))$")


# A Party committee that owns the boards named before it: "Tỉnh ủy", "Đảng ủy xã".
_PARTY_COMMITTEE = re.compile(r"(?:tỉnh|thành|huyện|quận|thị|đảng)\s+(?:ủy|uỷ)\b", re.IGNORECASE)
# A collective of a body's parts, named with the body but not its level: "các Ban HĐND".
_BODY_AT_THE_END = re.compile(rf"\s{_OWNING_BODY}$")


# The mass organisations of one level as a collective: "các đoàn thể chính trị - xã hội xã",
# "các tổ chức chính trị - xã hội phường".
_MASS_BODIES_OF_A_LEVEL = re.compile(
    r"(?:các\s+)?(?:đoàn thể|tổ chức)\s+chính trị\s*[-–]\s*xã hội\s+"
    r"(?P<level>xã|phường|thị trấn|đặc khu|huyện|tỉnh)", re.IGNORECASE)
# Forces named by their kind alone, each a unit only with its place: "Công an", "Ban Chỉ huy
# Quân sự".
PLACED_FORCES = frozenset({("công", "an"), ("ban", "chỉ", "huy", "quân", "sự")})


def _share_trailing_territory(mentions: list[UnitMention], text: str) -> list[UnitMention]:
    """ "Đảng ủy, UBND xã Cẩm Quang": bodies listed before a territory each take it; so do
    offices listed before the places they are many of ("các Sở Văn hóa và Thể thao, Sở Văn hóa,
    Thể thao và Du lịch các tỉnh, thành phố")."""
    shared: list[UnitMention] = list(mentions)
    for k in range(len(shared) - 2, -1, -1):
        current, following = shared[k], shared[k + 1]
        gap = text[current.end : following.start]
        if not following.territory and following.entry is not None and following.entry.named:
            # A directory unit matched whole ("UBND xã Cẩm Quang") still names its place.
            place = _PLACE_IN_NAME.search(following.name)
            following = replace(following, territory=place.group() if place else "")
        if not following.territory and following.collective and (
                owned := _OWNED_BY_A_BODY.search(following.name)):
            # "Thường trực HĐND, các Ban HĐND xã": the committees' council and its level
            following = replace(following, territory=owned.group("owner"))
        if not following.territory and following.entry is not None and (
                following.entry.kind == "party") and (
                committee := _PARTY_COMMITTEE.search(following.name, 1)):
            # "Ban Dân vận, Văn phòng Huyện ủy": the committee the named office belongs to
            following = replace(following, territory=following.name[committee.start() :])
        mass_bodies = _MASS_BODIES_OF_A_LEVEL.fullmatch(following.name) if (
            following.entry is None and following.collective) else None
        if not following.territory and mass_bodies:
            following = replace(following, territory=mass_bodies.group("level"))
        if following.territory and (owner := _OWNER_THEN_LEVEL.fullmatch(following.territory)):
            # "Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy xã": the bodies before share the
            # committee's level, not the committee ("UBND xã", not "UBND Đảng ủy xã")
            following = replace(following, territory=owner.group("level"))
        if (
            not current.territory
            and following.territory
            and (current.entry is not None or _BODY_AT_THE_END.search(current.name))
            and (current.entry is None or current.entry.kind == "body" or (
                # "Ban Thường vụ Đoàn, Hội đồng Đội các tỉnh": the mass bodies of each place
                current.entry.kind == "mass" and following.entry is not None
                and following.entry.kind == "mass") or (
                # "Ủy ban MTTQ và các đoàn thể chính trị - xã hội xã": the Front and the
                # organisations of one place
                current.entry.kind == "mass" and mass_bodies is not None) or (
                # "Công an, Ban Chỉ huy Quân sự đặc khu": a place's police and military command,
                # which are no unit without a place
                name_key(current.name) in PLACED_FORCES and following.entry is not None
                and following.entry.kind == "force" and not following.collective) or (
                current.entry.kind == "office" and following.collective
                and following.entry is not None and following.entry.kind == "office"
                and following.territory.startswith("các ")) or (
                # "Ban Tổ chức, Ban Tuyên giáo Huyện ủy": the boards of one Party committee
                current.entry.kind == "party" and not _PARTY_COMMITTEE.search(current.name)
                and following.entry is not None and following.entry.kind == "party"
                and _PARTY_COMMITTEE.match(following.territory) is not None
                and name_key(following.territory) != ("đảng", "ủy")))
            and not (current.entry and current.entry.named)
            and _LIST_GAP.fullmatch(gap)
        ):
            shared[k] = UnitMention(
                _join_name(current.name, following.territory),
                current.surface,
                current.start,
                current.end,
                True,
                following.collective,
                following.territory,
                current.entry,
            )
    return shared


# -- loading ---------------------------------------------------------------------------------
@cache
def _catalogue_data() -> dict:
    text = resources.files("jobs.ingest").joinpath("data/unit_catalogue.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_catalogue() -> tuple[list[UnitEntry], dict[str, list[str]], dict[str, list[str]]]:
    """The shipped catalogue: unit types, phrase abbreviations, and extra aliases per type."""
    data = _catalogue_data()
    entries = [
        UnitEntry(u["name"], u["kind"], u.get("level", "any"), numbered=u.get("numbered", False),
                  placed=u.get("placed", False))
        for u in data["unit"]
    ]
    aliases = {u["name"]: list(u.get("aliases", ())) for u in data["unit"]}
    # The members of a collegial body are addressed as a group: "các đồng chí Ủy viên Ban
    # Chấp hành Đảng bộ huyện", "thành viên Ban Chỉ đạo".
    for body in [e for e in entries if e.kind == "body"]:
        members = UnitEntry(f"Ủy viên {body.name}", "members", body.level)
        entries.append(members)
        aliases[members.name] = [f"Thành viên {body.name}"]
    return entries, dict(data["abbreviations"]), aliases


def read_directory(path: Path) -> list[tuple[UnitEntry, tuple[str, ...]]]:
    """A deployment's unit directory (TOML ``[[unit]]`` tables or CSV name,kind,aliases,members)."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise IngestError(f"Không đọc được danh mục đơn vị {path}: {exc}") from exc
    if path.suffix.lower() == ".csv":
        rows = list(csv.DictReader(io.StringIO(raw)))
        units = [
            {
                "name": (r.get("name") or "").strip(),
                "kind": (r.get("kind") or "office").strip(),
                "aliases": [a.strip() for a in (r.get("aliases") or "").split("|") if a.strip()],
                "members": [m.strip() for m in (r.get("members") or "").split("|") if m.strip()],
            }
            for r in rows
        ]
    elif path.suffix.lower() == ".toml":
        try:
            units = tomllib.loads(raw).get("unit", [])
        except tomllib.TOMLDecodeError as exc:
            raise IngestError(f"Danh mục đơn vị {path} không đúng định dạng TOML: {exc}") from exc
    else:
        raise IngestError(f"Danh mục đơn vị phải là tệp .toml hoặc .csv: {path}")
    directory = []
    for number, unit in enumerate(units, start=1):
        name = str(unit.get("name", "")).strip()
        if not name:
            raise IngestError(f"Đơn vị thứ {number} trong {path} thiếu tên (name).")
        entry = UnitEntry(
            name,
            str(unit.get("kind", "office")),
            str(unit.get("level", "any")),
            named=True,
            members=tuple(unit.get("members", ())),
        )
        directory.append((entry, tuple(unit.get("aliases", ()))))
    return directory


def build_resolver(directory_path: Path | None = None) -> UnitResolver:
    """The resolver over the shipped catalogue plus the deployment's directory, if any."""
    entries, abbreviations, aliases = load_catalogue()
    directory = read_directory(directory_path) if directory_path else []
    resolver = UnitResolver(entries, abbreviations, directory)
    for entry in entries:
        resolver.add_aliases(entry, aliases.get(entry.name, ()))
    return resolver


@cache
def default_resolver() -> UnitResolver:
    """The catalogue-only resolver, built once per process."""
    return build_resolver(None)


def catalogue_spelling(name: str) -> str:
    """The catalogue's name for a unit a text abbreviated part by part ("Phòng TC-KH huyện" ->
    "Phòng Tài chính - Kế hoạch huyện"), so that one unit is stored once however it is written;
    any other name unchanged."""
    if not PART_ABBREVIATIONS.search(name):
        return name
    mention = default_resolver().resolve(name)
    if mention.entry is None or mention.entry.named or mention.collective:
        return name
    return _join_name(mention.entry.name, mention.territory)
