"""Tests for jobs.ingest.textfix: each repair step by table, then whole seeds from tests/corpus."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobs.ingest.textfix import (
    collapse_spaces,
    continues_previous,
    drop_blank_lines,
    drop_citation_marks,
    drop_page_numbers,
    drop_separator_lines,
    drop_signature_stamps,
    ends_sentence,
    ends_with_connective,
    is_block_line,
    is_page_number,
    is_running_head,
    is_separator,
    join_wrapped_lines,
    lower_shouted_paragraphs,
    nest_indented_numbering,
    normalize_pdf_bullets,
    normalize_unicode,
    normalize_whitespace,
    repair_text,
    split_chat_messages,
    split_glued_words,
    split_national_columns,
    starts_outline_item,
    strip_html,
    strip_markdown,
    strip_markdown_line,
)

CORPUS = Path(__file__).parent / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))
WIDTH = 80  # the usual line width of the PDF seeds


def seed(prefix: str) -> str:
    """The raw text of the corpus seed whose file name starts with `prefix`."""
    (path,) = CORPUS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def repaired_lines(prefix: str) -> list[str]:
    """The repaired seed, split into lines."""
    return repair_text(seed(prefix)).split("\n")


# --- single steps -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (unicodedata.normalize("NFD", "Phòng Nội vụ"), "Phòng Nội vụ"),
        ("Phiên họp thƣờng kỳ", "Phiên họp thường kỳ"),
        ("ƢU TIÊN", "ƯU TIÊN"),
        ("\ufeffTHÔNG BÁO", "THÔNG BÁO"),
        ("Ủy\u200bban", "Ủyban"),
        ("đã chuẩn hóa", "đã chuẩn hóa"),
        # "ươ" typed with its first horn left off; "thuở", "quở" are as written
        ("hoàn thành truớc ngày 15/12", "hoàn thành trước ngày 15/12"),
        ("phục vụ nguời dân, THUỜNG XUYÊN", "phục vụ người dân, THƯỜNG XUYÊN"),
        ("thuở ấy, quở trách", "thuở ấy, quở trách"),
    ],
)
def test_normalize_unicode(raw: str, expected: str) -> None:
    assert normalize_unicode(raw) == expected


def test_sentences_glued_at_a_full_stop_are_parted() -> None:
    assert repair_text("Hội nghị kết thúc.Phát biểu tại hội nghị, UBND TP.HCM yêu cầu.") == (
        "Hội nghị kết thúc. Phát biểu tại hội nghị, UBND TP.HCM yêu cầu."
    )


def test_a_web_date_stamp_stands_on_its_own_line() -> None:
    text = repair_text(" date 2026-03-02 Chủ tịch UBND tỉnh yêu cầu Sở Y tế báo cáo.")
    assert text.split("\n") == ["date 2026-03-02", "Chủ tịch UBND tỉnh yêu cầu Sở Y tế báo cáo."]
    byline = repair_text("Thời sự -\n08:15, 02/03/2026 UBND tỉnh yêu cầu Sở Y tế báo cáo.")
    assert byline.split("\n") == ["Thời sự -", "08:15, 02/03/2026",
                                   "UBND tỉnh yêu cầu Sở Y tế báo cáo."]
    # a stamp with its month only
    month = repair_text(" date 2026-03 Chủ tịch UBND tỉnh yêu cầu Sở Y tế báo cáo.")
    assert month.split("\n") == ["date 2026-03", "Chủ tịch UBND tỉnh yêu cầu Sở Y tế báo cáo."]


@pytest.mark.parametrize(
    "caption",
    [
        "Cử tri phường An Phú bỏ phiếu sớm vào ngày 26-2. Ảnh: MINH TÂM",
        "Lực lượng xung kích giúp dân chằng chống nhà cửa. (Ảnh: Hải Nam/TTXVN)",
        "Hình ảnh minh họa - Ảnh: ST",
        "Trường học bị ngập sau bão. Ảnh minh họa",
    ],
)
def test_a_news_pages_photo_caption_is_dropped(caption: str) -> None:
    """A short paragraph ending on a photo's credit tells what the photo shows, no duty."""
    text = f"UBND tỉnh yêu cầu Sở Y tế báo cáo.\n{caption}\nSở Y tế tổng hợp số liệu."
    assert repair_text(text).split("\n") == [
        "UBND tỉnh yêu cầu Sở Y tế báo cáo.", "Sở Y tế tổng hợp số liệu."]


def test_a_paragraph_that_names_a_photo_is_kept() -> None:
    text = "Ảnh 2: Chủ tịch UBND tỉnh chỉ đạo Sở Xây dựng hoàn thành thi công.\nẢnh hưởng của bão."
    assert repair_text(text).split("\n") == text.split("\n")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("văn bản số 1345/ UBND –KT chỉ đạo", "văn bản số 1345/UBND-KT chỉ đạo"),
        ("Công văn 27 /SYT - NVY ngày", "Công văn 27/SYT-NVY ngày"),
        ("Quyết định số 12/2024/QĐ-UBND", "Quyết định số 12/2024/QĐ-UBND"),
        ("nghỉ từ 30/4 - 03/5", "nghỉ từ 30/4 - 03/5"),
        # an older letter's item mark opening its line is no number
        ("Theo dõi, đôn đốc.\n7/ UBND các xã, thị trấn:", "Theo dõi, đôn đốc.\n7/ UBND các xã, thị "
         "trấn:"),
    ],
)
def test_a_document_number_typed_with_spaces_is_one_number(raw: str, expected: str) -> None:
    assert repair_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("báo cáo trước ngày 01  / 6 / 2015 .", "báo cáo trước ngày 01/6/2015 ."),
        ("trước ngày 20 /12/ 2026", "trước ngày 20/12/2026"),
        ("trước ngày 15 - 12 - 2026", "trước ngày 15/12/2026"),
        ("hoàn thành trước ngày 3 . 4 . 2026", "hoàn thành trước ngày 3/4/2026"),
        # no day of a month; dashes and dots with no spaces are a date as it stands (guards,
        # passed before)
        ("tỷ lệ 45 / 60 / 2015 hộ", "tỷ lệ 45 / 60 / 2015 hộ"),
        ("trước ngày 01.3.2026", "trước ngày 01.3.2026"),
        ("Công điện số 05/CĐ-LĐTBXH ngày 23-6-2020", "Công điện số 05/CĐ-LĐTBXH ngày 23-6-2020"),
    ],
)
def test_a_date_typed_with_spaces_is_one_date(raw: str, expected: str) -> None:
    assert repair_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoàn thành trước ngày l5/12/2025.", "hoàn thành trước ngày 15/12/2025."),
        ("hoàn thành trước ngày 15/l2/2025.", "hoàn thành trước ngày 15/12/2025."),
        ("tổ chức ngày 3O/4/2026.", "tổ chức ngày 30/4/2026."),
        # no digit in its day or month, or no day of a month once read (guards, passed before)
        ("ký hiệu Il/OI/2020.", "ký hiệu Il/OI/2020."),
        ("mã số 4l/12/2025.", "mã số 4l/12/2025."),
    ],
)
def test_a_dates_digits_misread_as_letters(raw: str, expected: str) -> None:
    assert repair_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("giao Phòng Văn hóa - Thông tinchủ trì", "giao Phòng Văn hóa - Thông tin chủ trì"),
        ("các cơquan, đơnvị Banhành kếhoạch", "các cơ quan, đơn vị Ban hành kế hoạch"),
        # The second syllable takes the initial a stop cannot end: "tổc" has the wrong tone.
        ("Hội nữtham gia tổchức", "Hội nữ tham gia tổ chức"),
        # Three syllables or more glued into one word, and a first syllable of one letter.
        ("Văn phòng Đảng uỷchủtrì, thựchiệnbáocáo ýkiến",
         "Văn phòng Đảng uỷ chủ trì, thực hiện báo cáo ý kiến"),
        # A syllable glued to the capital of the next word; a brand's inner capital stays.
        ("Giao Đảng uỷUBND xã thực hiện nhiệm vụNghị quyết lần thứI",
         "Giao Đảng uỷ UBND xã thực hiện nhiệm vụ Nghị quyết lần thứ I"),
        ("ứng dụng VNeID, IoT, eKYC trên iPhone", "ứng dụng VNeID, IoT, eKYC trên iPhone"),
        # One syllable, an English word, an ethnic place name: left as they are.
        ("Người nghiêng khuỷu giường thuyết quốc", "Người nghiêng khuỷu giường thuyết quốc"),
        ("email online Krông Hmông", "email online Krông Hmông"),
        # An ASCII word parts only into two known syllables with no tone mark.
        ("Giaocho Sở Xây dựng; Theotin từ Sởđể", "Giao cho Sở Xây dựng; Theo tin từ Sở để"),
        ("Internet banking Thanhtra Canon", "Internet banking Thanh tra Canon"),
    ],
)
def test_split_glued_words(raw: str, expected: str) -> None:
    assert split_glued_words(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("dòng một\r\ndòng hai\rdòng ba", "dòng một\ndòng hai\ndòng ba"),
        ("Phòng\u00a0Nội\tvụ", "Phòng Nội vụ"),
        ("cuối dòng   \nkế tiếp \t", "cuối dòng\nkế tiếp"),
        ("    thụt lề", "thụt lề"),
        ("trang một\ftrang hai", "trang một\ntrang hai"),
        ("hẹp\u202fkhông ngắt", "hẹp không ngắt"),
    ],
)
def test_normalize_whitespace(raw: str, expected: str) -> None:
    assert normalize_whitespace(raw) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2", True),
        ("12", True),
        ("- 2 -", True),
        ("-2-", True),
        ("Trang 2", True),
        ("Trang 2/5", True),
        ("2024", False),
        ("2. Giao UBND huyện", False),
        ("- Phòng Nội vụ", False),
        ("Trang trọng", False),
    ],
)
def test_is_page_number(line: str, expected: bool) -> None:
    assert is_page_number(line) is expected


def test_a_running_header_beside_the_page_numbers_goes_with_them() -> None:
    """A scanned notice's header line, printed the same on each page next to its number, falls
    inside a sentence once the pages are joined."""
    header = "Thông báo kết luận giao ban tháng 11/2026 - UBND xã Đông Thành"
    text = (f"1. Phòng Kinh tế rà soát, hoàn thành trong\n{header}\n2\ntháng 12/2026.\n"
            f"2. Công an xã tuần tra.\n{header}\nTrang 3/5\n3. Trạm Y tế xã giám sát.")
    assert repair_text(text) == (
        "1. Phòng Kinh tế rà soát, hoàn thành trong tháng 12/2026.\n"
        "2. Công an xã tuần tra.\n3. Trạm Y tế xã giám sát.")


def test_a_line_printed_once_beside_a_page_number_stays() -> None:
    """(guard, passed before) a heading that happens to open a page is no running header."""
    text = "1. Công an xã tuần tra.\nTrang 2\nII. NHIỆM VỤ THỜI GIAN TỚI\n1. Trạm Y tế xã giám sát."
    assert drop_page_numbers(text) == (
        "1. Công an xã tuần tra.\nII. NHIỆM VỤ THỜI GIAN TỚI\n1. Trạm Y tế xã giám sát.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("5. CHỦ TỊCH UBND XÃ YÊU CẦU TRƯỞNG CÁC THÔN, LÀNG TỔ CHỨC HỌP DÂN, HOÀN THÀNH TRƯỚC "
         "NGÀY 20/12/2026. THÔN NÀO ĐỂ XẢY RA CHÁY RỪNG, TRƯỞNG THÔN PHẢI CHỊU TRÁCH NHIỆM.",
         "5. Chủ tịch UBND xã yêu cầu trưởng các thôn, làng tổ chức họp dân, hoàn thành trước "
         "ngày 20/12/2026. Thôn nào để xảy ra cháy rừng, trưởng thôn phải chịu trách nhiệm."),
        ("ĐÂY LÀ NHIỆM VỤ CẤP BÁCH. YÊU CẦU CÔNG AN XÃ, BAN CHQS XÃ BỐ TRÍ LỰC LƯỢNG TRỰC 24/24 "
         "GIỜ; BÁO CÁO NGAY KHI CÓ CHÁY.",
         "Đây là nhiệm vụ cấp bách. Yêu cầu công an xã, ban CHQS xã bố trí lực lượng trực 24/24 "
         "giờ; báo cáo ngay khi có cháy."),
        # (guard, passed before) a title, a headline and a heading stay in capitals
        ("KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI NĂM 2026",
         "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA XÂY DỰNG NÔNG THÔN MỚI NĂM 2026"),
        ("QUẢNG NGÃI HUYỆN BỊ PHÊ BÌNH VÌ CHẬM GỠ VƯỚNG DỰ ÁN 6 ĐỜI CHỦ TỊCH VẪN CHƯA XONG.",
         "QUẢNG NGÃI HUYỆN BỊ PHÊ BÌNH VÌ CHẬM GỠ VƯỚNG DỰ ÁN 6 ĐỜI CHỦ TỊCH VẪN CHƯA XONG."),
        ("II. NHIỆM VỤ TRỌNG TÂM", "II. NHIỆM VỤ TRỌNG TÂM"),
    ],
)
def test_a_paragraph_typed_in_capitals_is_written_in_lower_case(line: str, expected: str) -> None:
    """A sentence typed wholly in capitals for emphasis: its abbreviations keep their capitals,
    its sentences open with one, so that a unit's name ends where its sentence goes on."""
    assert lower_shouted_paragraphs(line) == expected


def test_a_quoted_emails_wrapped_lines_join_without_their_marks() -> None:
    """A directive quoted in an e-mail ("> " on each line): its wrapped lines join as plain
    text, no mark left inside a sentence."""
    text = ("> 4. Phòng Văn hóa - Xã hội rà soát các hộ gia đình sống ở khu\n"
            "> vực thấp trũng, hoàn thành trước 17 giờ\n> 00 ngày 24/11/2026.\n>\n"
            "> 5. Công an phường bố trí lực lượng.")
    assert repair_text(text) == (
        "4. Phòng Văn hóa - Xã hội rà soát các hộ gia đình sống ở khu vực thấp trũng, hoàn "
        "thành trước 17 giờ 00 ngày 24/11/2026.\n5. Công an phường bố trí lực lượng.")


def test_a_date_broken_after_its_months_slash_is_joined_whole() -> None:
    """ "chậm nhất ngày 20/01/" at a line's end, "2027." on the next: one date."""
    text = "báo cáo Chủ tịch UBND xã chậm nhất ngày 20/01/\n2027."
    assert join_wrapped_lines(text) == "báo cáo Chủ tịch UBND xã chậm nhất ngày 20/01/2027."


def test_drop_page_numbers_keeps_the_rest() -> None:
    text = "kế hoạch đầu tư\n\n2\n\nxây dựng cơ bản\n- 3 -\nTrang 4/9\nnăm 2024"
    assert drop_page_numbers(text) == "kế hoạch đầu tư\n\n\nxây dựng cơ bản\nnăm 2024"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("-----", True),
        ("___", True),
        ("|---|:---:|", True),
        ("* * *", False),
        ("--", False),
        ("- Phòng Nội vụ", False),
        ("- 2 -", False),
    ],
)
def test_is_separator(line: str, expected: bool) -> None:
    assert is_separator(line) is expected


def test_drop_separator_lines() -> None:
    assert drop_separator_lines("TIÊU ĐỀ\n-----\nNội dung") == "TIÊU ĐỀ\nNội dung"


@pytest.mark.parametrize(
    "line",
    [
        "(3) Quyết tâm, quyết liệt",
        "3. Giao UBND huyện:",
        "1.2. Nội dung chi tiết",
        "1.2 Nội dung chi tiết",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "II. Chủ tịch và các Phó Chủ tịch",
        "A. NHIỆM VỤ TRỌNG TÂM",
        "B. HỘI NGHỊ CHÍNH TRONG THÁNG",
        "a) Phòng Tư pháp",
        "đ) Các xã",
        "- Phòng Nội vụ:",
        "+ Điện:",
        "• Tăng cường",
        "* Phòng Tài chính",
        "Nơi nhận:",
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        "Điều 1. Ban hành kèm theo",
        "**8. UBND các xã, thị trấn:** Tập trung",
        "## **2. Về công tác thu chi NSNN**",
        "THÔNG BÁO",
        "T/L BAN THƯỜNG VỤ",
    ],
)
def test_starts_outline_item(line: str) -> None:
    assert starts_outline_item(line)


@pytest.mark.parametrize(
    "line",
    [
        "- xã hội huyện",
        "4.260 tỷ đồng, tăng 10,2%",
        "02/6/2023 của Ban Thường vụ",
        "xuất, kiến nghị, trao đổi",
        "Tích cực tuyên truyền, vận động",
        "2024, trong đó quan tâm",
        "UBND huyện xem xét",
        "Quang nhằm đánh giá",
    ],
)
def test_does_not_start_outline_item(line: str) -> None:
    assert not starts_outline_item(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("## Kết luận của đồng chí Chủ tịch", True),
        ("**1. Lĩnh vực nông lâm nghiệp**", True),
        ("__Nơi nhận:__", True),
        ("Đơn vị | Nhiệm vụ | Thời hạn", True),
        ("| a | b |", True),
        ("KẾT LUẬN CỦA BÍ THƯ HUYỆN ỦY", True),
        ("**8. UBND các xã, thị trấn:** Tập trung", False),
        ("Kết luận phiên họp thứ 26", False),
    ],
)
def test_is_block_line(line: str, expected: bool) -> None:
    assert is_block_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("được cấp nguồn vốn.", True),
        ("một số nội dung sau:", True),
        ("thực hiện./.", True),
        ("theo phương châm “4 tại chỗ”.", True),
        ("**Nơi nhận:**", True),
        ("chất thải;", False),
        ("trách nhiệm,", False),
        ("năm 2024", False),
    ],
)
def test_ends_sentence(line: str, expected: bool) -> None:
    assert ends_sentence(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Phòng Văn hóa và", True),
        ("Chỉ thị số 26-CT/TU ngày", True),
        ("trưởng thôn,", True),
        ("Phòng Kinh tế -", True),
        ("năm 2024", False),
        ("được cấp nguồn vốn.", False),
    ],
)
def test_ends_with_connective(line: str, expected: bool) -> None:
    assert ends_with_connective(line) is expected


LONG = "Ngày 12/3/2024, Thường trực Ban Chỉ đạo huyện tổ chức làm việc với xã Cẩm"


@pytest.mark.parametrize(
    ("previous", "line", "expected"),
    [
        # lowercase continuation after a mid-sentence break
        (
            "trưởng thôn, tổ trưởng tổ dân phố trong huyện. Sau khi nghe các ý kiến, đề",
            "xuất",
            True,
        ),
        # a full line that ends mid-phrase continues, whatever the case of the next word
        (LONG, "Quang nhằm đánh giá tình hình", True),
        # a short line without punctuation ends its paragraph (e.g. a title)
        ("xã nông thôn mới nâng cao năm 2024", "Ngày 12/3/2024, Thường trực", False),
        # a sentence end followed by a capital starts a new paragraph
        ("được cấp nguồn vốn.", "Tích cực tuyên truyền", False),
        # a verb that assigns opens a sentence after a heading, however full the heading's line
        (LONG, "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp các cơ quan liên quan:", False),
        ("5. Về cải cách hành chính", "Yêu cầu các xã, phường rà soát", False),
        ("5. Về xây dựng chính quyền điện tử, chính quyền số", "Giao Sở Y tế", False),
        ("5. Về cải cách hành chính", "De nghi UBND cac xa bao cao", False),
        # ... but a place named "Giao ..." may run on, and a dangling word still continues
        (LONG, "Giao Thủy và huyện Hải Hậu", True),
        ("Để kịp thời triển khai,", "Giao Sở Tư pháp", True),
        # a new item never continues
        ("3. Giao UBND huyện:", "- Nghiên cứu, ban hành văn bản", False),
        ("năng lực hoạt động của HTX vệ sinh môi trường;", "+ Quốc phòng an ninh:", False),
        (LONG, "(2) Tích cực phối hợp", False),
        # a dangling connective continues even on a short line
        ("Phòng Văn hóa và", "Thông tin; Phòng Kinh tế", True),
        # a number after an unfinished line continues
        ("Thu ngân sách ước đến hết tháng 9 đạt", "1.593,851 tỷ đồng", True),
        ("được cấp nguồn vốn.", "2024 là năm bản lề", False),
        # a dash after a full line that ends mid-phrase is a hyphen between words
        (
            "sơ đấu giá đất, giao đất không qua đấu giá: Giao các phòng Tài chính - KH, Tài nguyên",
            "- MT, Kinh tế - HT và các phòng liên quan",
            True,
        ),
        # ... but not after a numbered heading
        (
            "3. Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện trên địa bàn tỉnh",
            "- Ủy ban Mặt trận Tổ quốc huyện:",
            False,
        ),
        # block lines stand alone
        ("## **1. Lĩnh vực nông lâm nghiệp**", "tập trung chỉ đạo", False),
        ("KẾT LUẬN CỦA BÍ THƯ HUYỆN ỦY", "tại Hội nghị tiếp xúc", False),
        ("1 | Rà soát hồ sơ | Phòng Nội vụ", "2 | Báo cáo | Phòng Tư pháp", False),
        ("phê duyệt trước ngày", "**Nơi nhận:**", False),
        # a unit's label after the last unit's bullet opens that unit's part
        ("- Định kỳ hằng tháng trước ngày 05, báo cáo UBND tỉnh tiến độ kết nối camera giám",
         "UBND các xã, phường:", False),
        ("- Bố trí đủ công chức tại Trung tâm Phục vụ hành chính công trước Tết Nguyên đán",
         "**Sở Nội vụ, Sở Tài chính**: tham mưu cơ chế", False),
        # an item's mark alone on its line opens the item, and its text on the next line is the
        # item's (a task slip's "1." over "Đơn vị xử lý: ..."), unless a reference awaits it
        ("Ngày giao: 12/5/2026", "1.", False),
        ("Thời hạn: 15/5/2026", "b)", False),
        ("1.", "Đơn vị xử lý: Phòng Kinh tế", True),
        ("II.", "Nhiệm vụ trọng tâm", True),
        ("theo Phụ lục số", "2.", True),
        ("1.", "2. Rà soát hồ sơ", False),
        # a form's fields one a line
        ("Bộ phận xử lý: Trung tâm Phục vụ hành chính công xã", "Nội dung: Thống kê hồ sơ", False),
        # a day's number wrapped after its "ngày" is no item's mark
        ("a) Theo dõi, đôn đốc thực hiện Kế hoạch; hằng tháng (trước ngày", "22) tổng hợp tiến độ",
         True),
        ("báo cáo theo Quyết định số", "15) của UBND tỉnh", True),
        # a chat's day between rules stands alone
        ("---------------- 15/09/2026 ----------------", "07:52 Phạm Đức Thịnh (PCT UBND xã):",
         False),
        # (guards, passed before) a speaker's colon, and a label after a dangling connective
        (LONG, "Ban Thường vụ Huyện ủy dự kiến: từ tháng 7 đến tháng 12", True),
        ("1. Báo cáo tình hình triển khai kế hoạch tháng 5 năm 2026 gửi Văn phòng trước ngày "
         "20.", "2) Tổng hợp ý kiến", False),
        ("phối hợp với", "Phòng Kinh tế: rà soát", True),
    ],
)
def test_continues_previous(previous: str, line: str, expected: bool) -> None:
    assert continues_previous(previous, line, WIDTH) is expected


def test_join_wrapped_lines_ignores_blank_lines_between_wrapped_lines() -> None:
    text = (
        "bí thư chi bộ và trưởng thôn, tổ trưởng tổ dân phố trong huyện. Sau khi nghe, đề\n"
        "\n"
        "xuất, kiến nghị của đại biểu tại Hội nghị; Đồng chí Bí thư Huyện ủy có ý\n"
        "\n"
        "\n"
        "kiến kết luận như sau:\n"
        "\n"
        "1. Những tháng đầu năm 2024"
    )
    assert join_wrapped_lines(text) == (
        "bí thư chi bộ và trưởng thôn, tổ trưởng tổ dân phố trong huyện. Sau khi nghe, đề "
        "xuất, kiến nghị của đại biểu tại Hội nghị; Đồng chí Bí thư Huyện ủy có ý "
        "kiến kết luận như sau:\n"
        "1. Những tháng đầu năm 2024"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("## **THÔNG BÁO**", "THÔNG BÁO"),
        ("#### **I. KẾT QUẢ ĐẠT ĐƯỢC**", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
        ("**1. Lĩnh vực nông lâm nghiệp**", "1. Lĩnh vực nông lâm nghiệp"),
        ("**8. UBND các xã, thị trấn:** Tập trung", "8. UBND các xã, thị trấn: Tập trung"),
        ("mô hình “*Vận động quần chúng*” với", "mô hình “Vận động quần chúng” với"),
        ("__Nơi nhận:__", "Nơi nhận:"),
        ("* Phòng Nội vụ", "- Phòng Nội vụ"),
        ("1\\. Giao UBND huyện", "1. Giao UBND huyện"),
        ("**TL. CHỦ TỊCH", "TL. CHỦ TỊCH"),
        ("diện tích 2*3*4 m", "diện tích 2*3*4 m"),
        ("- Phòng Nội vụ", "- Phòng Nội vụ"),
        # a quoted block, nested too
        ("> Văn phòng HĐND và UBND xã theo dõi", "Văn phòng HĐND và UBND xã theo dõi"),
        ("> > - Công an xã tuần tra", "- Công an xã tuần tra"),
        ("diện tích > 200 m2", "diện tích > 200 m2"),
    ],
)
def test_strip_markdown_line(line: str, expected: str) -> None:
    assert strip_markdown_line(line) == expected


def test_strip_markdown_works_line_by_line() -> None:
    assert strip_markdown("# **A. NHIỆM VỤ**\n**1. Nông nghiệp**") == "A. NHIỆM VỤ\n1. Nông nghiệp"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Chủ  ịch   UBND h   n", "Chủ ịch UBND h n"),
        ("  đầu dòng  \n cuối ", "đầu dòng\ncuối"),
    ],
)
def test_collapse_spaces(raw: str, expected: str) -> None:
    assert collapse_spaces(raw) == expected


def test_drop_blank_lines() -> None:
    assert drop_blank_lines("một\n\n \ntwo\n") == "một\ntwo"


def test_repair_text_runs_every_step() -> None:
    raw = (
        "\ufeff## **THÔNG BÁO**\r\n\r\n"
        "Phiên họp thƣờng kỳ của UBND huyện; các đơn vị chủ trì, phối hợp, tổ chức\u00a0thực \r\n"
        "\r\n"
        "2\r\n"
        "\r\n"
        "hiện  đúng thời hạn.\r\n"
        "-----\r\n"
        "    - Phòng Nội vụ:\tbáo cáo trước ngày 10/4/2024./.\r\n"
    )
    assert repair_text(raw) == (
        "THÔNG BÁO\n"
        "Phiên họp thường kỳ của UBND huyện; các đơn vị chủ trì, phối hợp, tổ chức thực "
        "hiện đúng thời hạn.\n"
        "- Phòng Nội vụ: báo cáo trước ngày 10/4/2024./."
    )


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâđơư ỆỘ1.:;-+*#()|\n\r\t\u00a0ƣ")), max_size=200))
def test_repair_text_output_is_tidy(raw: str) -> None:
    repaired = repair_text(raw)
    assert repaired == unicodedata.normalize("NFC", repaired)
    assert "ƣ" not in repaired
    assert "\r" not in repaired and "\t" not in repaired and "  " not in repaired
    assert repaired == "" or all(line and line == line.strip() for line in repaired.split("\n"))


# --- the corpus seeds -------------------------------------------------------------------------

ITEMS_AT_LINE_START = {
    "000": [
        "1. Những tháng đầu năm 2024",
        "2. Để đảm bảo hoàn thành",
        "(1) Tập trung chỉ đạo thi công",
        "(3) Quyết tâm",
        "(5) Rà soát tiến độ",
        "(7) Tập trung thực hiện",
        "3. Giao UBND huyện:",
        "- Nghiên cứu, ban hành văn bản",
        "- Về vấn đề nước sinh hoạt",
        "4. Ban Tổ chức Huyện:",
        "5. Giao Văn phòng Huyện ủy:",
        "Nơi nhận:",
    ],
    "001": [
        "1. Cơ bản nhất trí",
        "2. Yêu cầu các đồng chí",
        "5. Giao Văn phòng Huyện ủy theo dõi",
        "Nơi nhận:",
        "- Lưu Văn phòng Huyện ủy.",
    ],
    "002": [
        "Ngày 12/3/2024, Thường trực Ban Chỉ đạo",
        "1. Đảng ủy, UBND xã Cẩm Quang:",
        "+ Quy hoạch:",
        "+ Điện:",
        "+ Quốc phòng an ninh:",
        "2. Ủy ban nhân dân huyện:",
        "- Phòng Nội vụ:",
        "- Phòng Tài chính Kế hoạch:",
        "3. Mặt trận Tổ quốc",
        "- Ủy ban Mặt trận Tổ quốc huyện:",
        "5. Về các kiến nghị, đề xuất",
    ],
    "003": [
        "A. NHIỆM VỤ TRỌNG TÂM",
        "1. Tiếp tục đẩy mạnh",
        "6. Tăng cường chỉ đạo",
        "B. HỘI NGHỊ",
        "I. Phiên họp",
        "(Văn phòng HĐND và UBND huyện chuẩn bị nội dung 3, 4, 5)",
        "8. Các cơ quan, đơn vị",
        "II. Chủ",
        "Nơi nhận:",
    ],
    "004": [
        "THÔNG BÁO",
        "Kết luận của đồng chí Chủ tịch UBND huyện",
        "Ngày 25/10/2022, UBND huyện",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Một số kết quả chủ yếu",
        "II. NHIỆM VỤ, GIẢI PHÁP",
        "1. Lĩnh vực nông lâm nghiệp",
        "- Phòng Nội vụ tham mưu",
        "8. UBND các xã, thị trấn:",
        "9. Tăng cường kỷ cương",
        "Nơi nhận:",
    ],
}

JOINED_WRAPS = {
    "000": ["đề xuất, kiến nghị", "ngày 02/6/2023 của Ban Thường vụ", "Dương Hưu; (4) Khẩn trương"],
    "001": ["Ban Chấp hành Đảng bộ huyện khóa XXII, nhiệm kỳ 2020-2025", "tình hình, kết quả"],
    "002": ["xã Cẩm Quang nhằm đánh giá", "Tài nguyên - MT, Kinh tế - HT và các phòng"],
    "003": [
        "Ngày 21/7/2023 (Thứ Sáu); dự kiến",
        "ưu tiên đấu thầu",
        "Văn phòng HĐND và UBND huyện.",
    ],
}

# Numbered markers that can never be a wrapped continuation, checked on every raw line.
RAW_ITEM = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}\.\s|[IVX]{1,4}\.\s|[A-H]\.\s)")


def test_every_seed_has_expectations() -> None:
    assert sorted(path.name[:3] for path in SEEDS) == sorted(ITEMS_AT_LINE_START)


@pytest.mark.parametrize("prefix", sorted(ITEMS_AT_LINE_START))
def test_seed_items_start_their_own_line(prefix: str) -> None:
    lines = repaired_lines(prefix)
    missing = [
        item
        for item in ITEMS_AT_LINE_START[prefix]
        if not any(line.startswith(item) for line in lines)
    ]
    assert missing == []


@pytest.mark.parametrize("prefix", sorted(ITEMS_AT_LINE_START))
def test_seed_numbered_raw_lines_still_start_a_line(prefix: str) -> None:
    starts = [
        collapse_spaces(strip_markdown_line(line.strip()))[:20]
        for line in normalize_unicode(seed(prefix)).split("\n")
    ]
    numbered = [start for start in starts if RAW_ITEM.match(start)]
    lines = repaired_lines(prefix)
    assert numbered
    assert [start for start in numbered if not any(line.startswith(start) for line in lines)] == []


@pytest.mark.parametrize("prefix", sorted(JOINED_WRAPS))
def test_seed_wraps_are_joined(prefix: str) -> None:
    text = repair_text(seed(prefix))
    assert [fragment for fragment in JOINED_WRAPS[prefix] if fragment not in text] == []


@pytest.mark.parametrize("path", SEEDS, ids=lambda path: path.name[:3])
def test_seed_output_is_clean(path: Path) -> None:
    repaired = repair_text(path.read_text(encoding="utf-8"))
    lines = repaired.split("\n")
    assert all(line and line == line.strip() for line in lines)
    assert "  " not in repaired
    assert "**" not in repaired and "##" not in repaired
    assert "ƣ" not in repaired
    assert not any(is_page_number(line) or is_separator(line) for line in lines)


def test_one_paragraph_per_line_markdown_is_not_joined() -> None:
    raw_lines = [line for line in seed("004").split("\n") if line.strip()]
    assert len(repaired_lines("004")) == len(raw_lines)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_pdf_seeds_are_joined_into_far_fewer_lines(prefix: str) -> None:
    raw_lines = [line for line in seed(prefix).split("\n") if line.strip()]
    assert len(repaired_lines(prefix)) < len(raw_lines) / 2


@pytest.mark.parametrize(
    "stamp",
    [
        "01/12/2025 08:30 GMT+7",
        "Thứ hai, ngày 01/12/2025 - 08:30",
        "01-12-2025 08:30",
        "(Cập nhật lúc 08:30 ngày 01/12/2025)",
        "T2, 01/12/2025, 08:30",
        "Tin Y tế 10/04/2025 12:00",  # after the page's section
    ],
)
def test_a_date_stamp_line_joins_neither_the_headline_nor_the_article(stamp: str) -> None:
    headline = "UBND tỉnh yêu cầu các sở khẩn trương rà soát"
    body = "UBND tỉnh vừa có văn bản yêu cầu các sở rà soát."
    assert repair_text(f"{headline}\n{stamp}\n{body}").split("\n") == [headline, stamp, body]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CÔNG BÁO/Số 412/Ngày 03-11-2026", True),
        ("CÔNG BÁO/Số 17 + 18/Ngày 5-1-2026 ", True),
        ("Số 17/Ngày 05-01-2026 CÔNG BÁO", True),
        ("Số 17/Ngày 05-01-2026", False),  # no gazette named: it may be a reference
        ("Theo Công báo số 17 ngày 05-01-2026, Sở Tư pháp đề nghị", False),
    ],
)
def test_is_running_head(line: str, expected: bool) -> None:
    assert is_running_head(line) is expected


def test_a_gazettes_running_heads_leave_the_text() -> None:
    """The head of each printed page sits between a paragraph's lines: the paragraph joins up
    without it, and it never reaches the directive's text."""
    text = (
        "Giao Sở Xây dựng chủ trì rà soát các công trình \n"
        "CÔNG BÁO/Số 412/Ngày 03-11-2026 \n"
        "57\n"
        "xuống cấp, báo cáo trước ngày 30/11/2026.\n"
    )
    assert repair_text(text) == (
        "Giao Sở Xây dựng chủ trì rà soát các công trình xuống cấp, báo cáo trước ngày 30/11/2026."
    )


def test_a_digital_signatures_stamp_is_dropped() -> None:
    text = (
        "1. Rà soát thôn, tổ dân phố.\nKý bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-06-02 08:06:58 +07:00\n2. Báo cáo kết quả."
    )
    assert drop_signature_stamps(text) == "1. Rà soát thôn, tổ dân phố.\n2. Báo cáo kết quả."


def test_a_lone_office_label_is_no_stamp() -> None:
    text = "Đề xuất dự án\nCơ quan: Sở Xây dựng\nThời gian: Quý III/2026"
    assert drop_signature_stamps(text) == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a web copy pasted with its markup: a line per block, entities decoded, tags gone
        ("<p>Giao Sở Y tế&nbsp;rà soát.</p><p><strong>Sở Tài chính</strong> b&aacute;o c&aacute;o"
         " tr&#432;&#7899;c ng&agrave;y 5/3/2026.</p>",
         "Giao Sở Y tế rà soát.\nSở Tài chính báo cáo trước ngày 5/3/2026."),
        # a row of a site's database dump: the row's fields stay around the text
        ("(7, 'Tin', '<p>Xã A họp.<br>Giao Công an xã trực 24/24.</p>')",
         "(7, 'Tin', '\nXã A họp.\nGiao Công an xã trực 24/24.\n')"),
        # no block tag: a "<" of the text is left as it is
        ("Tỷ lệ hộ nghèo < 2% và <5% ở vùng cao.", "Tỷ lệ hộ nghèo < 2% và <5% ở vùng cao."),
    ],
)
def test_a_web_copy_with_its_markup_reads_as_its_text(raw: str, expected: str) -> None:
    assert repair_text(raw) == expected


def test_the_issuer_after_the_grounds_line_opens_its_own_sentence() -> None:
    text = (
        "Thực hiện Thông báo số 12/TB-UBND ngày 03 tháng 9 năm 2026 của UBND tỉnh về việc treo "
        "cờ Tổ quốc (02/9/1945 – 02/9/2026)\n"
        "Ủy ban nhân dân xã An Phú thông báo và đề nghị các cơ quan, đơn vị trên địa bàn xã treo "
        "cờ Tổ quốc từ ngày 01/9/2026 đến hết ngày 03/9/2026.\n"
    )
    assert repair_text(text).split("\n")[1].startswith("Ủy ban nhân dân xã An Phú thông báo")


def test_a_web_pages_table_keeps_its_rows() -> None:
    page = ("<h2>Lộ trình</h2>\n<table>\n  <thead>\n    <tr><th>Đơn vị thực hiện</th>"
            "<th>Nhiệm vụ</th><th>Thời hạn</th></tr>\n  </thead>\n  <tbody>\n    <tr>\n"
            "      <td>Sở <b>Xây</b> dựng</td>\n      <td><p>Thẩm định\n hồ sơ</p></td>\n"
            "      <td>Tháng 5/2026</td>\n    </tr>\n  </tbody>\n</table>\n<p>Hết.</p>")
    assert [line for line in strip_html(page).split("\n") if line.strip()] == [
        "Lộ trình",
        "| Đơn vị thực hiện | Nhiệm vụ | Thời hạn |",
        "| Sở Xây dựng | Thẩm định hồ sơ | Tháng 5/2026 |",
        "Hết.",
    ]


def test_the_issuer_after_a_pages_headline_opens_its_own_sentence() -> None:
    text = (
        "Sở Tư pháp lấy ý kiến góp ý dự thảo Quyết định của Ủy ban nhân dân tỉnh về quy chế\n"
        "Sở Tư pháp kính gửi các sở, ngành, xem xét dự thảo và có ý kiến gửi về Sở Tư pháp "
        "trước ngày 20/3/2026.\nXin trân trọng cảm ơn.\nTin liên quan\nTin nổi bật\n"
    )
    assert repair_text(text).split("\n")[1].startswith("Sở Tư pháp kính gửi")


@pytest.mark.parametrize("lead", [
    "(HCM CityWeb) - UBND TP đã chỉ đạo Sở Tài nguyên và Môi trường rà soát, trình trước 30/11.",
    "(Chinhphu.vn) – Thủ tướng yêu cầu các bộ báo cáo trước ngày 15/12/2026.",
    "(PLO)- Sở Y tế đề nghị các bệnh viện rà soát danh sách người bệnh trong tuần này.",
])
def test_a_news_lead_after_its_source_opens_a_line_of_its_own(lead: str) -> None:
    headline = "Sẽ sửa đổi, bổ sung quy định về phân loại chất thải rắn sinh hoạt tại nguồn"
    page = f"Trang chủ\nTin chỉ đạo điều hành\n{headline}\n\n{lead}\nPhóng viên\n"
    assert lead in repair_text(page).split("\n")


def test_a_headline_ending_on_a_count_of_days_is_no_wrapped_line() -> None:
    """ "... trước Tết 15 ngày": a count of days, not "ngày" awaiting its date on the next line."""
    page = ("Thành phố dừng đào đường, vỉa hè trước Tết 15 ngày\n\n"
            "Sở Xây dựng yêu cầu các chủ đầu tư hoàn trả mặt đường trước ngày 10/1/2027.\n")
    assert repair_text(page).split("\n") == [
        "Thành phố dừng đào đường, vỉa hè trước Tết 15 ngày",
        "Sở Xây dựng yêu cầu các chủ đầu tư hoàn trả mặt đường trước ngày 10/1/2027.",
    ]


@pytest.mark.parametrize(("head", "title", "body"), [
    ("ĐẢNG ỦY XÃ NGHI LỘC\nSố 12-NQ/ĐU\nNghi Lộc, ngày 15 tháng 7 năm 2026\nNGHỊ QUYẾT\n",
     "về phát triển kinh tế nông nghiệp giai đoạn 2026 - 2030",
     "Các chi bộ trực thuộc tổ chức học tập, quán triệt Nghị quyết, xong trước ngày 15/8/2026; "
     "gửi chương trình hành động về Văn phòng Đảng ủy trước ngày 31/8/2026."),
    ("BCH ĐOÀN PHƯỜNG TÂN PHONG\nSố: 15-KH/ĐTN\nTân Phong, ngày 05 tháng 4 năm 2026\nKẾ HOẠCH\n",
     "Tổ chức Tháng Thanh niên năm 2026",
     "Các chi đoàn khu phố đăng ký công trình thanh niên về Văn phòng Đoàn phường chậm nhất "
     "ngày 08/4/2026."),
])
def test_a_short_texts_title_stands_apart_from_its_first_paragraph(
    head: str, title: str, body: str
) -> None:
    """A title's subject line ("về ...", or any line right under the document's kind) over a
    paragraph that outruns it did not fill the width."""
    assert repair_text(f"{head}{title}\n{body}\n").split("\n")[-2:] == [title, body]


def test_a_title_wrapped_onto_a_lower_case_line_still_joins() -> None:
    wrapped = "KẾ HOẠCH\nvề việc triển khai thực hiện\nnhiệm vụ chuyển đổi số năm 2026 của tỉnh.\n"
    assert repair_text(wrapped).split("\n")[-1] == (
        "về việc triển khai thực hiện nhiệm vụ chuyển đổi số năm 2026 của tỉnh.")


LETTER_HEAD = ("SỞ TƯ PHÁP TỈNH NGHỆ AN\nSố: 1203/STP-PBGDPL\n"
               "V/v triển khai Ngày Pháp luật năm 2025\nNghệ An, ngày 20 tháng 10 năm 2025\n")


def test_the_letters_body_stands_apart_from_its_addressees() -> None:
    body = "Các trường học báo cáo số liệu về Phòng Tư pháp trước 15 giờ thứ Sáu hằng tuần."
    text = f"{LETTER_HEAD}Kính gửi: Ủy ban nhân dân các xã, phường\n{body}\n"
    assert repair_text(text).split("\n")[-2:] == ["Kính gửi: Ủy ban nhân dân các xã, phường", body]


@pytest.mark.parametrize(("addressees", "joined"), [
    ("Kính gửi: Sở Y tế, Sở Giáo dục và\nĐào tạo", "Kính gửi: Sở Y tế, Sở Giáo dục và Đào tạo"),
    ("Kính gửi: Các sở, ban, ngành tỉnh; Ủy ban nhân dân các\nhuyện, thành phố",
     "Kính gửi: Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố"),
])
def test_a_list_of_addressees_wrapped_still_joins(addressees: str, joined: str) -> None:
    text = f"{LETTER_HEAD}{addressees}\nThực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh.\n"
    assert joined in repair_text(text).split("\n")


def test_a_schedules_entries_after_a_semicolon_stay_apart() -> None:
    lines = ["1/. Tháng 01/2026:", "07 giờ 30 ngày 08/01/2026 Thường trực HĐND tỉnh;",
             "07 giờ 30 ngày 15/01/2026 Đoàn ĐBQH đơn vị tỉnh Tây Ninh;",
             "Ngày 22/01/2026 Bí thư Tỉnh ủy."]
    assert repair_text("\n".join(lines) + "\n").split("\n")[-3:] == lines[1:]


def test_a_date_wrapped_after_ngay_still_joins() -> None:
    text = "Các xã gửi báo cáo về Sở trước ngày\n20/10/2026 để tổng hợp.\n"
    assert repair_text(text) == "Các xã gửi báo cáo về Sở trước ngày 20/10/2026 để tổng hợp."


@pytest.mark.parametrize(("glued", "expected"), [
    ("UBND xã Avương báo cáo.", "UBND xã Avương báo cáo."),  # a place of the highlands
    ("Giaocho Sở Y tế.", "Giao cho Sở Y tế."),
    ("Ởcác xã.", "Ở các xã."),
])
def test_a_highland_place_is_one_word(glued: str, expected: str) -> None:
    assert repair_text(glued) == expected


@pytest.mark.parametrize("place", ["Cà Mau", "Kinhtedothi", "Mộ Đức"])
def test_a_news_dateline_before_the_issuer_stands_apart(place: str) -> None:
    """ "Cà Mau - Chủ tịch UBND tỉnh ... chỉ đạo ...": the issuer opens the sentence."""
    lead = "Chủ tịch UBND tỉnh chỉ đạo Sở Y tế khắc phục ngay."
    assert repair_text(f"Tiêu đề\n\n{place} - {lead}").split("\n") == ["Tiêu đề", place, lead]


@pytest.mark.parametrize("initials", ["ĐTO", "BTN", "TTO"])
def test_a_papers_initials_before_the_issuer_are_dropped(initials: str) -> None:
    """ "ĐTO - Chủ tịch UBND tỉnh ... vừa có chỉ đạo ...": the initials say nothing."""
    lead = "Chủ tịch UBND tỉnh vừa có chỉ đạo các sở thực hiện ngay."
    assert repair_text(f"Tiêu đề\n\n{initials} - {lead}").split("\n") == ["Tiêu đề", lead]


def test_a_name_with_a_dash_is_no_dateline() -> None:
    line = "Liên Bộ Công Thương - Tài chính chủ trì, phối hợp với các cơ quan liên quan."
    assert repair_text(line) == line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hoàn thành vào cuối năm 2026.[1][4][6]", "hoàn thành vào cuối năm 2026."),
        ("khu vực bỏ phiếu[1]; bầu cử đại biểu", "khu vực bỏ phiếu; bầu cử đại biểu"),
        # a bracketed number standing alone is no citation mark
        ("Tổ bầu cử số [1] lập biên bản", "Tổ bầu cử số [1] lập biên bản"),
    ],
)
def test_citation_marks_are_dropped(text: str, expected: str) -> None:
    assert drop_citation_marks(text) == expected


def test_a_paragraph_ending_in_citation_marks_still_ends_its_sentence() -> None:
    """The next paragraph, cut short by the page, is not joined to it."""
    text = ("Đồng thời, Bộ Xây dựng được giao hoàn thành các tiêu chuẩn trước ngày 20/7.[1][10]\n"
            "Ngoài ra, Thủ tướng cũng lưu ý các bộ, ngành cần chủ động xây dựng phương án huy động")
    assert repair_text(text).split("\n") == [
        "Đồng thời, Bộ Xây dựng được giao hoàn thành các tiêu chuẩn trước ngày 20/7.",
        "Ngoài ra, Thủ tướng cũng lưu ý các bộ, ngành cần chủ động xây dựng phương án huy động"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PHÒNG GIÁO DỤC-ĐÀO TẠO         Độc lập - Tự do - Hạnh phúc",
         "PHÒNG GIÁO DỤC-ĐÀO TẠO\nĐộc lập - Tự do - Hạnh phúc"),
        ("UBND XÃ AN PHÚ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
         "UBND XÃ AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        # the motto on a line of its own, or quoted in a sentence, stays as it is
        ("Độc lập - Tự do - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"),
        ("giữ vững nền Độc lập - Tự do - Hạnh phúc", "giữ vững nền Độc lập - Tự do - Hạnh phúc"),
    ],
)
def test_the_national_heading_beside_the_issuers_column(text: str, expected: str) -> None:
    assert split_national_columns(text) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Word's symbol bullet and, under it, its "o" bullet as a PDF shows them
        ("\uf0b7 Phòng Văn hóa - Xã hội:\no Rà soát danh sách hộ nghèo.\no Phối hợp tiêm chủng.",
         "- Phòng Văn hóa - Xã hội:\n+ Rà soát danh sách hộ nghèo.\n+ Phối hợp tiêm chủng."),
        # (guard, passed before) with no symbol bullet, an "o" is left alone
        ("o Rà soát danh sách hộ nghèo.", "o Rà soát danh sách hộ nghèo."),
    ],
)
def test_a_pdfs_word_bullets_of_two_levels(raw: str, expected: str) -> None:
    assert normalize_pdf_bullets(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ĐẢNG ỦY PHƯỜNG VÀNG DANH\n          *                    Vàng Danh, ngày 16 tháng 11 năm"
         " 2026\nSố 312-CV/ĐU", "ĐẢNG ỦY PHƯỜNG VÀNG DANH\nVàng Danh, ngày 16 tháng 11 năm 2026\n"
         "Số 312-CV/ĐU"),
        ("ĐẢNG ỦY XÃ HÒA BÌNH\n*\nSố 12-TB/ĐU", "ĐẢNG ỦY XÃ HÒA BÌNH\nSố 12-TB/ĐU"),
        # (guard, passed before) a Markdown bullet opens an item
        ("Kính gửi:\n* Sở Y tế;\n* Sở Tài chính.", "Kính gửi:\n- Sở Y tế;\n- Sở Tài chính."),
    ],
)
def test_the_heading_star_of_a_party_text_opens_no_item(raw: str, expected: str) -> None:
    """The star printed under a Party committee's name in the heading is dropped."""
    assert repair_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("3. Công an xã:\n    1. Xây dựng phương án.\n    2. Bố trí lực lượng.\n4. Trạm Y tế:",
         "3. Công an xã:\n    (1) Xây dựng phương án.\n    (2) Bố trí lực lượng.\n4. Trạm Y tế:"),
        # (guard, passed before) items indented alike at every level stay as written
        ("    1. Rà soát.\n    2. Báo cáo.", "    1. Rà soát.\n    2. Báo cáo."),
        ("2. Phòng Kinh tế:\n   3. Phòng Văn hóa:", "2. Phòng Kinh tế:\n   3. Phòng Văn hóa:"),
    ],
)
def test_items_numbered_afresh_under_a_numbered_item_are_its_sub_items(
    raw: str, expected: str
) -> None:
    """Markdown nests a list by indentation: "3. X:" / "    1. ..." are X's sub-items."""
    assert nest_indented_numbering(raw) == expected


def test_a_converters_markdown_lists_are_numbered_as_rendered() -> None:
    """mammoth's Markdown: a typed number is escaped ("1\\. **Phòng Kinh tế**"), a Word list's
    items all say "1.": they are counted on, and a list under a typed number's paragraph is
    that paragraph's sub-items; a list under a heading keeps the margin."""
    raw = (
        "# II. THỜI GIAN\n\n1. Thời gian: tháng 9/2026.\n1. Địa điểm: các thôn.\n\n"
        "1\\. __Phòng Kinh tế__\n\n1. Tiếp nhận vắc xin trước ngày 28/8/2026.\n"
        "1. Báo cáo:\n  - Hằng tuần vào thứ Sáu.\n1. Tổng kết trước ngày 15/10/2026.\n\n"
        "2\\. __Các thôn__\n\n1. Lập danh sách hộ chăn nuôi chậm nhất ngày 24/8.\n"
    )
    assert repair_text(raw).split("\n") == [
        "II. THỜI GIAN",
        "1. Thời gian: tháng 9/2026.",
        "2. Địa điểm: các thôn.",
        "1. Phòng Kinh tế",
        "(1) Tiếp nhận vắc xin trước ngày 28/8/2026.",
        "(2) Báo cáo:",
        "- Hằng tuần vào thứ Sáu.",
        "(3) Tổng kết trước ngày 15/10/2026.",
        "2. Các thôn",
        "(1) Lập danh sách hộ chăn nuôi chậm nhất ngày 24/8.",
    ]


def test_typed_text_keeps_its_numbers_as_typed() -> None:
    """(guard, passed before) Without a converter's escapes, "1." repeated stays as typed."""
    raw = "1. Phòng Kinh tế\n1. Tiếp nhận vắc xin.\n1. Tổng kết đợt tiêm."
    assert repair_text(raw).split("\n") == raw.split("\n")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("@Phòng KT: tổng hợp thiệt hại", "Phòng KT: tổng hợp thiệt hại"),
        ("Bổ sung: @Trạm Y tế phun khử khuẩn", "Bổ sung: Trạm Y tế phun khử khuẩn"),
        ("trình UBND tỉnh trc 15/5.", "trình UBND tỉnh trước 15/5."),
        ("rà soát giá vật liệu; xong trong T5.", "rà soát giá vật liệu; xong trong tháng 5."),
        # a weekday stays, and so does an address
        ("KẾT LUẬN GIAO BAN (chiều T2, 11/5/2026)", "KẾT LUẬN GIAO BAN (chiều T2, 11/5/2026)"),
        ("gửi về vanphong@ubnd.gov.vn", "gửi về vanphong@ubnd.gov.vn"),
        # a name in capitals, a weekday after "đầu", a count of days
        ("cổ phiếu (TRC) tăng giá", "cổ phiếu (TRC) tăng giá"),
        ("họp vào đầu T2 tuần sau", "họp vào đầu T2 tuần sau"),
        ("giải quyết trong T15 ngày", "giải quyết trong T15 ngày"),
    ],
)
def test_a_chats_shorthand_is_written_out(raw: str, expected: str) -> None:
    assert repair_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # an emoji opening a line is its item's mark
        ("➡️ Công an xã tuần tra trong dịp lễ.", "- Công an xã tuần tra trong dịp lễ."),
        ("👉 Trạm Y tế xã bố trí trực 24/24.", "- Trạm Y tế xã bố trí trực 24/24."),
        # ... or nothing before a heading in capitals, a numbered item or a lead-in
        ("🔴 PHÒNG KINH TẾ", "PHÒNG KINH TẾ"),
        ("📌 2. Phòng Kinh tế rà soát.", "2. Phòng Kinh tế rà soát."),
        ("📌 Bổ sung chỉ đạo của đ/c Chủ tịch:", "Bổ sung chỉ đạo của đ/c Chủ tịch:"),
        # a keycap's digit numbers the item
        ("1️⃣ Công an phường chốt chặn ngầm tràn.", "1. Công an phường chốt chặn ngầm tràn."),
        # elsewhere an emoji is dropped
        ("Trân trọng cảm ơn! 🙏", "Trân trọng cảm ơn!"),
        # not a table's tick, nor print's marks
        ("| Tháng 6 | ✓ |", "| Tháng 6 | ✓ |"),
        ("® Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ", "® Cơ quan phát hành: VĂN PHÒNG CHÍNH PHỦ"),
    ],
)
def test_a_chats_emoji_are_marks_or_nothing(raw: str, expected: str) -> None:
    assert repair_text(raw) == expected


@pytest.mark.parametrize(
    "header",
    [
        "[03/06/2026 09:15] Văn phòng HĐND và UBND xã Đồng Lạc:",
        "[03.06.2026 08:12] Đinh Thị Lan | VP Sở:",
        "Nguyễn Văn Hùng (VP Sở), [08:03, 03/6/2026]",
        "Hà Minh Châu - VP Sở (08:15 03/6/2026)",
    ],
)
def test_a_chats_message_headers_become_its_days(header: str) -> None:
    """The sender's office is who writes, not whom the message asks: the header is the day's
    line, which keeps one message from running on into the next."""
    raw = (f"{header}\nĐề nghị Phòng Kinh tế báo cáo\ntrước 15h hôm nay.\n{header}\n"
           "phòng nào chưa gửi thì gửi ngay")
    assert repair_text(raw).split("\n") == [
        "------ 03/06/2026 ------",
        "Đề nghị Phòng Kinh tế báo cáo trước 15h hôm nay (tức ngày 03/06/2026).",
        "------ 03/06/2026 ------",
        "phòng nào chưa gửi thì gửi ngay",
    ]


def test_a_chats_day_lines_date_the_messages_under_them() -> None:
    """A day's line, its year that of the day before if unsaid, dates "hôm nay" and "sáng mai"
    in the messages under it; a header with no date is a rule."""
    raw = ("Thứ Hai, 09/02/2026\n• 08:02 — Lê Thị Hạnh (VP):\nCông an xã báo cáo trước 8h sáng "
           "mai.\nThứ Ba 10/2\n[07:50] Lê Thị Hạnh (VP):\nTrạm Y tế gửi lịch trực trong chiều nay.")
    assert repair_text(raw).split("\n") == [
        "------ 09/02/2026 ------",
        "------ 09/02/2026 ------",
        "Công an xã báo cáo trước 8h sáng mai (tức ngày 10/02/2026).",
        "------ 10/02/2026 ------",
        "------ 10/02/2026 ------",
        "Trạm Y tế gửi lịch trực trong chiều nay (tức ngày 10/02/2026).",
    ]


@pytest.mark.parametrize(
    "raw",
    [
        # (guard, passed before) one header alone is no chat: a web page's time stamp
        "Văn phòng UBND tỉnh (08:15 03/6/2026)\nĐề nghị Sở Tài chính báo cáo trước 15h hôm nay.",
        # (guard, passed before) a schedule's entries are no chat's headers
        "- 07:30 - Họp giao ban:\n- 14:00 - Tiếp công dân:\nĐề nghị Văn phòng chuẩn bị hôm nay.",
    ],
)
def test_texts_that_are_no_chat_keep_their_lines(raw: str) -> None:
    assert repair_text(raw).split("\n") == raw.split("\n")


def test_a_replys_quoted_history_is_not_its_request() -> None:
    """Below a reply that asks with its own days, the older messages quoted ("-----Original
    Message-----", "Vào ... đã viết:") are dropped: their requests and answers are not this
    mail's."""
    top = "Kính gửi các phòng.\nĐề nghị Phòng Kinh tế gửi báo cáo chậm nhất ngày 24/3/2026."
    for history in ("-----Original Message-----\nFrom: Trạm Y tế\nTrạm sẽ gửi trước ngày 31/3.",
                    "Vào Th 3, 10 thg 11, 2026 lúc 14:20 Văn phòng <vp@ak.gov.vn> đã viết:\n> Đề "
                    "nghị các phòng gửi số liệu trước ngày 20/11/2026."):
        assert repair_text(f"{top}\n\n{history}") == top


@pytest.mark.parametrize(
    "text",
    [
        # (guard, passed before) a message passed on keeps what it passes on
        "Subject: FW: lịch kiểm tra\nĐề nghị các phòng thực hiện trước ngày 24/3.\n"
        "-----Original Message-----\nĐề nghị các xã báo cáo trước ngày 30/3.",
        # (guard, passed before) a reply that asks nothing dated itself keeps the request below
        "Đề nghị các phòng thực hiện theo thư dưới đây.\n"
        "Vào Th 3, 10 thg 11, 2026 lúc 14:20 Văn phòng <vp@ak.gov.vn> đã viết:\n"
        "Đề nghị các phòng gửi số liệu trước ngày 20/11/2026.",
    ],
)
def test_a_mail_passed_on_or_asking_nothing_of_its_own_keeps_its_quotes(text: str) -> None:
    assert "20/11/2026" in repair_text(text) or "30/3" in repair_text(text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the message run on after its header goes on below the day's line
        ("[07:31] Lê Thị Thu Hà - VP: Đề nghị Phòng Kinh tế gửi báo cáo hôm nay.\n[07:33] Nguyễn "
         "Bình - P.KT: Dạ nhận ạ",
         ["---", "Đề nghị Phòng Kinh tế gửi báo cáo hôm nay.", "---", "Dạ nhận ạ"]),
        ("*** Thứ Năm, ngày 05/02/2026 ***\nAnh Tuấn VP (7h52): Đề nghị Công an phường báo cáo "
         "trong chiều nay.\nChị Hạnh VH-XH (8h05): Dạ nhận ạ",
         ["------ 05/02/2026 ------", "------ 05/02/2026 ------",
          "Đề nghị Công an phường báo cáo trong chiều nay (tức ngày 05/02/2026).",
          "------ 05/02/2026 ------", "Dạ nhận ạ"]),
        # the time, then the sender; a day written with its month's word
        ("Thứ Hai, 13 tháng 4, 2026\n07:45  Phạm Minh Khoa (PGĐ Sở XD)\nĐề nghị Thanh tra Sở báo "
         "cáo trước 16h hôm nay.\n08:02  Lương Thị Hoa (P.QLN)\nDạ nhận.",
         ["------ 13/04/2026 ------", "------ 13/04/2026 ------",
          "Đề nghị Thanh tra Sở báo cáo trước 16h hôm nay (tức ngày 13/04/2026).",
          "------ 13/04/2026 ------", "Dạ nhận."]),
        # a stamp under its sender's line; a bracketed day with no year takes the last one's
        ("Hoàng Văn Sơn - PCT UBND xã\n07:12, 14/09/2026\nYêu cầu Trạm Y tế xã chuẩn bị thuốc, xong"
         " trong ngày mai.\n\nLò Văn Hải - CA xã\n07:20, 14/09/2026\nCA xã nhận.",
         ["------ 14/09/2026 ------",
          "Yêu cầu Trạm Y tế xã chuẩn bị thuốc, xong trong ngày mai (tức ngày 15/09/2026).", "",
          "------ 14/09/2026 ------", "CA xã nhận."]),
    ],
)
def test_a_chats_headers_of_every_app_become_its_days(raw: str, expected: list[str]) -> None:
    """Chats copied out of Zalo, Telegram, Viber or by hand write their headers in many ways;
    each is the message's day, or a rule where it names no day."""
    assert split_chat_messages(raw).split("\n") == expected


def test_a_units_answer_keeps_the_request_it_answers() -> None:
    """A unit's reply that asks nothing of anyone ("nhắc nhở 5 cơ sở" is what it did) keeps the
    office's request quoted below it: that request's tasks are the thread's."""
    text = ("Trạm Y tế xin gửi số liệu: kiểm tra 46 cơ sở, nhắc nhở 5 cơ sở. Trạm sẽ bổ sung số "
            "liệu tháng 12 (dự kiến ngày 08/01/2026).\n"
            "Vào Th 2, 29 thg 12, 2025 vào lúc 14:32 Văn phòng <vp@th.gov.vn> đã viết:\n"
            "> Đề nghị các phòng, đơn vị gửi báo cáo trước ngày 05/01/2026.")
    assert "trước ngày 05/01/2026" in repair_text(text)
