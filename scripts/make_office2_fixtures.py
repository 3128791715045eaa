# ruff: noqa: E501  (the sources' sentences are long by nature)
"""Generate the held-out office fixtures of tests/corpus/office2/ (run from the repository root).

    .venv/bin/python scripts/make_office2_fixtures.py

Three real texts (addresses in each NAME.source), written here cell by cell as they were read,
laid out the way offices lay such texts out:

- `chauphu-giamsat`: a district council's monitoring programme as a Word table whose lead unit
  is in full-width section rows ("Đối với Ban Kinh tế - Xã hội"), not in a column; a column of
  monitored bodies ("Đối tượng giám sát") full of unit names that are not leads; "Thời gian giám
  sát" cells "Dự kiến tháng 5/2022"; a "Ghi chú" column.
- `tayho-giamsat`: a commune council's monitoring programme as a table whose lead column comes
  before the content ("Cơ quan chủ trì giám sát" | "Nội dung giám sát"), with no time column,
  and a dated sentence after it.
- `thanhhoa-tet2026`: a provincial directive's numbered list with a lettered sub-item, numbered
  by Word's automatic numbering ("1.", "a)").

Each .docx is converted with LibreOffice to .pdf, .doc, .odt and .rtf next to it (the gold
files and sources are written by hand, not here).
"""

from __future__ import annotations

from pathlib import Path

from make_office_fixtures import (
    OUTLINE_ID,
    ROOT,
    add_numbering,
    add_table,
    convert,
    new_document,
    set_numbering,
)

OUT = ROOT / "tests" / "corpus" / "office2"


def write_chauphu() -> Path:
    document = new_document()
    for text, bold in (
        ("Đánh giá kết quả thực hiện việc thay đổi sách giáo khoa ở khối lớp 2 và lớp 6", True),
        ("Ngày đăng 14/09/2021", False),
        ("Hội đồng nhân dân huyện Châu Phú vừa quyết định Chương trình giám sát của các Ban HĐND huyện năm 2022. Theo đó, năm 2022 các Ban HĐND huyện sẽ tập trung giám sát:", False),
    ):
        document.add_paragraph().add_run(text).bold = bold or None
    add_table(
        document,
        ("STT", "Nội dung giám sát", "Đối tượng giám sát", "Thời gian giám sát", "Ghi chú"),
        [
            "Đối với Ban Kinh tế - Xã hội",
            ("1", "Kết quả thực hiện việc thay đổi sách giáo khoa ở 02 khối lớp 2 và lớp 6.",
             "UBND các xã, thị trấn: Khánh Hòa, Vĩnh Thạnh Trung, Cái Dầu và các trường tiểu học, trung học cơ sở trên địa bàn huyện;\nPhòng Giáo dục và Đào tạo huyện.",
             "Dự kiến tháng 5/2022.", "Trước kỳ họp giữa năm 2022"),
            ("2", "Kết quả thực hiện các công trình xây dựng cơ bản theo kế hoạch đầu tư công trung hạn năm 2022.",
             "UBND các xã: Bình Thủy, Bình Long, Bình Chánh, Bình Phú;\nBan Quản lý đầu tư xây dựng khu vực huyện.",
             "Dự kiến tháng 10/2022.", "Trước kỳ họp cuối năm 2022"),
            "Đối với Ban Pháp chế",
            ("1", "Giám sát công tác xét xử, tình hình án dân sự tồn đọng quá hạn luật định năm 2020 – 2021.",
             "Tòa án nhân dân huyện.", "Dự kiến tháng 5/2022.", "Trước kỳ họp giữa năm 2022"),
        ],
        (1.0, 5.0, 5.0, 2.5, 2.5),
    )
    # Word always ends a body with a paragraph; without one LibreOffice's .doc drops the table.
    document.add_paragraph()
    path = OUT / "chauphu-giamsat.docx"
    document.save(path)
    return path


def write_tayho() -> Path:
    document = new_document()
    for text, bold in (
        ("HĐND cấp xã lựa chọn nội dung giám sát sau sắp xếp đơn vị hành chính", True),
        ("Ngày 22/8, HĐND xã Tây Hồ và phường Quảng Phú tổ chức Kỳ họp thứ 2 xem xét quyết định các nội dung theo thẩm quyền, làm cơ sở cho việc triển khai thực hiện hoàn thành các nhiệm vụ trong thời gian còn lại của năm 2025.", False),
        ("Thực hiện vai trò giám sát của cơ quan dân cử, trong 8 nghị quyết được HĐND xã Tây Hồ thống nhất thông qua, có nghị quyết về chương trình giám sát từ nay đến cuối năm 2025. Trong đó:", False),
    ):
        document.add_paragraph().add_run(text).bold = bold or None
    add_table(
        document,
        ("TT", "Cơ quan chủ trì giám sát", "Nội dung giám sát"),
        [
            ("1", "Thường trực HĐND xã",
             "Giám sát công tác tiếp nhận đơn thư, giải quyết thủ tục hành chính trong nhân dân tại bộ phận hành chính công."),
            ("2", "Ban Kinh tế - ngân sách HĐND xã",
             "Giám sát thực hiện công tác chuyển giao, tiếp nhận, quản lý và sử dụng tài sản công sau sáp nhập."),
            ("3", "Ban Văn hóa - xã hội HĐND xã",
             "Giám sát việc triển khai thực hiện Quyết định số 21 của Thủ tướng Chính phủ về mức hỗ trợ xây dựng mới hoặc cải tạo, sữa chữa nhà ở đối với người có công cách mạng và thân nhân liệt sĩ trên địa bàn xã và việc hỗ trợ xây mộ liệt sĩ, mộ Mẹ Việt Nam anh hùng ngoài nghĩa trang."),
        ],
        (1.0, 4.5, 10.5),
    )
    for text in (
        "Tại Kỳ họp thứ 2, HĐND phường Quảng Phú thống nhất thông qua 6 nghị quyết, trong đó có nghị quyết về chương trình giám sát của Thường trực HĐND và các Ban của HĐND phường.",
        "Theo đó, dự kiến trong quý IV/2025, Thường trực HĐND phường Quảng Phú giám sát kết quả hoạt động của Trung tâm Phục vụ hành chính công phường.",
    ):
        document.add_paragraph(text)
    path = OUT / "tayho-giamsat.docx"
    document.save(path)
    return path


def write_thanhhoa() -> Path:
    document = new_document()
    add_numbering(document, dash_symbol=False)
    for text, bold in (
        ("Chủ tịch UBND tỉnh chỉ thị tổ chức Tết Nguyên đán Bính Ngọ năm 2026 vui tươi, lành mạnh, an toàn, tiết kiệm", True),
        ("Thực hiện các chỉ đạo của Trung ương, Chính phủ và Tỉnh ủy về tổ chức Tết Nguyên đán Bính Ngọ 2026 vui tươi, lành mạnh, an toàn, tiết kiệm, Chủ tịch UBND tỉnh Nguyễn Hoài Anh vừa ban hành Chỉ thị số 01/CT-UBND ngày 7/1/2026 yêu cầu các sở, ngành, địa phương triển khai đồng bộ nhiều nhiệm vụ trọng tâm nhằm bảo đảm đời sống Nhân dân, giữ vững ổn định thị trường, an ninh trật tự và an toàn trong dịp Tết.", False),
        ("Theo đó, Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể cho từng sở, ban ngành và các địa phương trong tỉnh thực hiện như sau:", False),
    ):
        document.add_paragraph().add_run(text).bold = bold or None
    for level, text in (
        (1, "Sở Công Thương chủ trì, phối hợp với các sở, ngành, địa phương, đơn vị liên quan"),
        (2, "Chủ động nắm bắt tình hình cung ứng hàng hóa, theo dõi sát diễn biến thị trường, cung cầu, giá cả các mặt hàng thiết yếu, nhất là những mặt hàng có nhu cầu cao hoặc có biến động giá nhiều trong thời gian qua; trường hợp, thị trường có nguy cơ mất cân đối cung cầu hoặc giá cả hàng hóa có biến động phải kịp thời tham mưu, đề xuất biện pháp bảo đảm cân đối cung cầu, ổn định giá cả; không để xảy ra tình trạng thiếu hàng, gián đoạn nguồn hàng, gây tăng giá đột biến trong dịp cuối năm và Tết Nguyên đán."),
    ):
        paragraph = document.add_paragraph()
        set_numbering(paragraph, OUTLINE_ID, level)
        paragraph.add_run(text)
    path = OUT / "thanhhoa-tet2026.docx"
    document.save(path)
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    sources = [write_chauphu(), write_tayho(), write_thanhhoa()]
    convert(sources, OUT)
    for path in sorted(OUT.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
