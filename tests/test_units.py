"""The unit resolver: catalogue matching, territories, collectives, enumerations, directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobs.errors import IngestError
from jobs.ingest.units import build_resolver, default_resolver, fold_word, name_key, read_directory


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giao Phòng Nội vụ chủ trì", ["Phòng Nội vụ"]),
        # bodies named in sentence case, and an office's portal
        ("Sở An toàn thực phẩm; Ban Quản lý an toàn thực phẩm kiểm tra",
         ["Sở An toàn thực phẩm", "Ban Quản lý an toàn thực phẩm"]),
        ("Giao Cổng thông tin điện tử tỉnh đăng tải", ["Cổng Thông tin điện tử tỉnh"]),
        # A name abbreviated part by part keeps the text's spelling ("ĐT" may be đầu tư or
        # đào tạo); an acronym of a whole name, or a part written out, reads as the name.
        ("Phòng TC-KH: Rà soát", ["Phòng TC-KH"]),
        ("Phòng Tài chính - KH; Chi cục Thuế KV III", ["Phòng Tài chính - Kế hoạch",
                                                       "Chi cục Thuế khu vực III"]),
        ("Phòng TN&MT", ["Phòng TN&MT"]),
        ("Phòng Kinh tế HT: Đôn đốc", ["Phòng Kinh tế - Hạ tầng"]),
        ("Phòng Lao động, TB, XH-DT: Tổ chức", ["Phòng Lao động - Thương binh và Xã hội"]),
        ("Phòng GD&ĐT:", ["Phòng GD&ĐT"]),
        ("Sở KH-ĐT và Phòng VH-XH xã báo cáo", ["Sở KH-ĐT", "Phòng VH-XH xã"]),
        ("(Phòng Nông nghiệp và PTNT; Trung tâm DVNN)",
         ["Phòng Nông nghiệp và Phát triển nông thôn", "Trung tâm Dịch vụ nông nghiệp"]),
        # Party committees named by their level, and the central bodies of a reform timetable.
        ("Thành ủy chỉ đạo Huyện ủy", ["Thành ủy", "Huyện ủy"]),
        ("Đảng ủy Chính phủ báo cáo Quốc hội", ["Đảng ủy Chính phủ", "Quốc hội"]),
        ("Sở Quy hoạch Kiến trúc trình", ["Sở Quy hoạch - Kiến trúc"]),
        # Offices drop a bare level word; bodies keep it.
        ("BQL DADTXDCT huyện", ["Ban Quản lý dự án đầu tư xây dựng huyện"]),
        ("Ban quản lý dự án xây dựng huyện chủ trì", ["Ban Quản lý dự án đầu tư xây dựng huyện"]),
        ("Ban CHQS huyện:", ["Ban Chỉ huy Quân sự huyện"]),
        ("Trung tâm Văn hóa, Thể thao và TT:", ["Trung tâm Văn hóa, Thể thao và Truyền thông"]),
        ("Uỷ ban nhân dân huyện:", ["UBND huyện"]),
        ("Ủy ban Mặt trận Tổ quốc huyện:", ["Ủy ban MTTQ huyện"]),
        ("Văn phòng HĐND và UBND huyện chuẩn bị", ["Văn phòng HĐND và UBND huyện"]),
        ("Ban Tổ chức Huyện ủy", ["Ban Tổ chức Huyện ủy"]),
        # Two-tier era: province departments and the new communes' offices.
        ("Sở Nông nghiệp và Môi trường chủ trì", ["Sở Nông nghiệp và Môi trường"]),
        ("Sở KH&ĐT", ["Sở KH&ĐT"]),
        ("Phòng Văn hóa - Xã hội xã Tân Yên", ["Phòng Văn hóa - Xã hội xã Tân Yên"]),
        ("Trung tâm Phục vụ hành chính công xã", ["Trung tâm Phục vụ hành chính công xã"]),
        ("TT PVHCC xã niêm yết", ["Trung tâm Phục vụ hành chính công xã"]),
        # a purpose's board of every sector and level, then the next collective
        ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các ngành, các cấp, Thủ trưởng "
         "các sở, ban, ngành tỉnh", [
             "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các ngành, các cấp",
             "Các sở, ban, ngành tỉnh"]),
        ("Ban Chỉ huy PCTT và TKCN các cấp, các ngành", [
            "Ban Chỉ huy PCTT và TKCN các cấp, các ngành"]),
        ("UBND các cấp và Sở Y tế", ["UBND các cấp", "Sở Y tế"]),  # guard, passed before
        # a province's customs department; the national one ("Tổng cục") is no province's Cục
        ("Cục Hải quan các tỉnh, thành phố", ["Cục Hải quan các tỉnh, thành phố"]),
        ("Tổng cục Thuế yêu cầu Cục Thuế các tỉnh", ["Cục Thuế các tỉnh"]),
        ("Tổng cục Hải quan đề nghị", []),
        # a disease's code name in a board's purpose
        ("Các cơ quan thành viên Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh và UBND các huyện, "
         "thị xã, thành phố", ["Các cơ quan thành viên Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh",
                               "UBND các huyện, thị xã, thành phố"]),
        ("Ban Chỉ đạo phòng chống dịch COVID-19 các huyện",
         ["Ban Chỉ đạo phòng chống dịch COVID-19 các huyện"]),
        # the press's agencies by their work
        ("các cơ quan tuyên truyền phối hợp", ["Các cơ quan tuyên truyền"]),
        ("các cơ quan truyền thông đưa tin", ["Các cơ quan truyền thông"]),
        ("Trung tâm PVHCC tỉnh", ["Trung tâm Phục vụ hành chính công tỉnh"]),
        ("Công an xã Tân Yên", ["Công an xã Tân Yên"]),
        ("Văn phòng HĐND và UBND phường Bắc Giang",
         ["Văn phòng HĐND và UBND phường Bắc Giang"]),
        # A type written under another name keeps the text's name: another head word, or
        # words the type's name does not have; a shorter or abbreviated one does not.
        ("Cục Thuế tỉnh phối hợp", ["Cục Thuế tỉnh"]),
        ("Mặt trận xã vận động", ["Mặt trận xã"]),
        ("Trung tâm Văn hóa - Thông tin và Thể thao huyện", [
            "Trung tâm Văn hóa - Thông tin và Thể thao huyện"]),
        ("Kho bạc tỉnh", ["Kho bạc Nhà nước tỉnh"]),
        ("BHXH huyện", ["Bảo hiểm xã hội huyện"]),
        ("Ủy ban xã họp", ["UBND xã"]),
        # A list of collective nouns needs no "các"; a lone dash joins it as a comma does;
        # "các" before an office type is every office of that type.
        ("Cơ quan, tổ chức, địa phương góp ý", ["Cơ quan, tổ chức, địa phương"]),
        ("giao các sở - ngành tập trung", ["Các sở - ngành"]),
        ("UBND các quận – huyện triển khai", ["UBND các quận, huyện"]),
        ("đề nghị các Sở GDĐT chỉ đạo", ["Các Sở Giáo dục và Đào tạo"]),
        ("công tác phòng, chống dịch", []),
        ("Thường trực HĐND các cấp rà soát", ["Thường trực HĐND các cấp"]),
        # Standard provincial bodies; one office of a type named by its proper name.
        ("Cục Thống kê tỉnh tổng hợp", ["Cục Thống kê tỉnh"]),
        ("Viện Kiểm sát nhân dân huyện", ["Viện Kiểm sát nhân dân huyện"]),
        ("NHCSXH huyện giải ngân", ["Ngân hàng Chính sách xã hội huyện"]),
        # the digital-government teams every commune set up, not a count of communes or a village
        ("Tổ công tác triển khai Đề án 06 xã rà soát", ["Tổ công tác triển khai Đề án 06 xã"]),
        ("Tổ Công nghệ số cộng đồng thôn 3 hướng dẫn", ["Tổ Công nghệ số cộng đồng thôn 3"]),
        ("Các Tổ Công nghệ số cộng đồng hướng dẫn", ["Các Tổ Công nghệ số cộng đồng"]),
        # the bank's office, not the bank
        ("Phòng giao dịch NHCSXH khu vực Bình Sơn giải ngân",
         ["Phòng giao dịch Ngân hàng Chính sách xã hội khu vực Bình Sơn"]),
        ("phòng giao dịch Ngân hàng Chính sách xã hội giải ngân",
         ["Phòng giao dịch Ngân hàng Chính sách xã hội"]),
        ("Bệnh viện Đa khoa Tâm An rà soát", ["Bệnh viện Đa khoa Tâm An"]),
        ("UBMTTQVN xã", ["Ủy ban MTTQ xã"]),
        ("Nhà trường tổ chức xét tốt nghiệp", ["Nhà trường"]),
        ("Trung tâm GDNN-GDTX huyện", ["Trung tâm GDNN-GDTX huyện"]),
        ("Ban Thường trực Ủy ban MTTQ Việt Nam các xã", ["Ban Thường trực Ủy ban MTTQ các xã"]),
        ("Sở Y tế Hà Nội Chủ trì", ["Sở Y tế Hà Nội"]),
        ("Phòng Nội vụ UBND huyện", ["Phòng Nội vụ", "UBND huyện"]),
        # Villages after "và" are addressed apart from the offices before them.
        ("đề nghị các cơ quan, đơn vị và thôn, xóm thực hiện",
         ["Các cơ quan, đơn vị", "Thôn, xóm"]),
        ("Ban QLDA ĐTXD khu vực thị xã chủ trì",
         ["Ban Quản lý dự án đầu tư xây dựng khu vực thị xã"]),
        # A comma ends a name: the places after it are not its territory.
        ("Sở Y tế, các huyện Tân Kỳ, Quỳ Hợp và Con Cuông",
         ["Sở Y tế", "UBND huyện Tân Kỳ", "UBND huyện Quỳ Hợp", "UBND huyện Con Cuông"]),
        # A section of a unit after a dash is part of its name; a unit after a dash is its own
        ("Chi cục Thuế khu vực XII - Bộ phận một cửa và UBND các huyện kiểm tra",
         ["Chi cục Thuế khu vực XII - Bộ phận một cửa", "UBND các huyện"]),
        ("UBND huyện Gio Linh - Phòng Nội vụ báo cáo", ["UBND huyện Gio Linh", "Phòng Nội vụ"]),
        # The place named after "trên địa bàn" and its level belongs to the qualifier
        ("yêu cầu các doanh nghiệp hoạt động trên địa bàn Thành phố Hồ Chí Minh phối hợp",
         ["Các doanh nghiệp hoạt động trên địa bàn Thành phố Hồ Chí Minh"]),
        ("các cơ sở kinh doanh trên địa bàn tỉnh Quảng Nam phải",
         ["Các cơ sở kinh doanh trên địa bàn tỉnh Quảng Nam"]),
        # The Youth Union's committees of each level
        ("Tỉnh Đoàn, Thành Đoàn, Huyện Đoàn, Quận Đoàn phối hợp",
         ["Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Quận đoàn"]),
        ("TW Đoàn đề nghị", ["Trung ương Đoàn TNCS Hồ Chí Minh"]),
        # A place's government, only with its place
        ("Chính quyền huyện Đảo Cồn Cỏ phải", ["Chính quyền huyện Đảo Cồn Cỏ"]),
        ("xây dựng chính quyền điện tử, chính quyền số", []),
        # Levels listed each with "cấp" after a qualifier
        ("chính quyền địa phương cấp huyện, cấp xã phải",
         ["Chính quyền địa phương cấp huyện, cấp xã"]),
        # The sub-departments of a Sở, by their names and short forms
        ("Giao Chi cục Thủy lợi tham mưu", ["Chi cục Thủy lợi"]),
        ("Chi cục PTNT tổng hợp", ["Chi cục Phát triển nông thôn"]),
        ("Chi cục Thú y, Chi cục TT&BVTV phối hợp",
         ["Chi cục Thú y", "Chi cục TT&BVTV"]),
        ("Chi cục Dân số - KHHGĐ, Chi cục ATVSTP kiểm tra",
         ["Chi cục Dân số - Kế hoạch hóa gia đình", "Chi cục An toàn vệ sinh thực phẩm"]),
        # A district's radio station; the Party committees of a province's agencies and businesses
        ("Phòng Văn hóa và Thông tin, Đài Phát thanh huyện, UBND các xã",
         ["Phòng Văn hóa và Thông tin", "Đài Phát thanh huyện", "UBND các xã"]),
        ("Đảng ủy Khối các cơ quan tỉnh tổ chức", ["Đảng ủy Khối các cơ quan tỉnh"]),
        ("Đảng ủy Khối Doanh nghiệp tỉnh chỉ đạo", ["Đảng ủy Khối Doanh nghiệp tỉnh"]),
    ],
)
def test_catalogue_mentions(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Units that share a trailing place each take it.
        ("Đảng ủy, UBND xã Cẩm Quang:", ["Đảng ủy xã Cẩm Quang", "UBND xã Cẩm Quang"]),
        # ... so does the Front before the organisations of its level
        ("Ủy ban MTTQ và các đoàn thể chính trị - xã hội xã:",
         ["Ủy ban MTTQ xã", "Các đoàn thể chính trị - xã hội xã"]),
        # ... so does a place's police or military command named by its kind alone
        ("Công an, Ban Chỉ huy Quân sự đặc khu:", ["Công an đặc khu",
                                                   "Ban Chỉ huy Quân sự đặc khu"]),
        ("Ban Chỉ huy Quân sự, Công an xã phối hợp", ["Ban Chỉ huy Quân sự xã", "Công an xã"]),
        # (guard, passed before) a named force keeps its own name
        ("Cục Thuế, Công an tỉnh phối hợp", ["Cục Thuế", "Công an tỉnh"]),
        # A collective is one unit, commas and all.
        ("UBND huyện, đảng ủy, UBND xã, thị trấn và chi bộ, thôn, tổ dân phố cần",
         ["UBND huyện", "Đảng ủy các xã, thị trấn", "UBND các xã, thị trấn",
          "Chi bộ, thôn, tổ dân phố"]),
        ("UBND các xã, thị trấn:", ["UBND các xã, thị trấn"]),
        ("Yêu cầu thủ trưởng các cơ quan, đơn vị", ["Các cơ quan, đơn vị"]),
        ("Các sở, ban, ngành tỉnh", ["Các sở, ban, ngành tỉnh"]),
        ("Các đơn vị liên quan tăng cường", ["Các đơn vị liên quan"]),
        # A collective's noun of several words, and what qualifies it, stay in its name; the
        # party committees heading it do not.
        ("Sở yêu cầu các cơ sở giáo dục mầm non rà soát", ["Các cơ sở giáo dục"]),
        ("Giao các Ban quản lý dự án chuyên ngành lập hồ sơ",
         ["Các Ban quản lý dự án chuyên ngành"]),
        ("Yêu cầu các Ban Quản lý dự án chuyên ngành, khu vực, các chủ đầu tư rà soát",
         ["Các Ban Quản lý dự án chuyên ngành, khu vực", "Các chủ đầu tư"]),
        ("đề nghị cấp ủy các chi bộ, đảng bộ cơ sở quán triệt", ["Các chi bộ, đảng bộ cơ sở"]),
        ("Lãnh đạo các phòng, ban thành phố và UBND các xã họp",
         ["Các phòng, ban thành phố", "UBND các xã"]),
        ("Trưởng các ban, ngành, đoàn thể xã, trưởng các khóm, ấp họp",
         ["Các ban, ngành, đoàn thể xã", "Các khóm, ấp"]),
        ("Các xí nghiệp, bệnh viện và các đơn vị lực lượng vũ trang trực",
         ["Các xí nghiệp, bệnh viện", "Các đơn vị lực lượng vũ trang"]),
        # Nouns joined with no comma stay in the list; a verb after a noun does not.
        ("Giao các phòng, ban đơn vị rà soát; các trường tổ chức",
         ["Các phòng, ban đơn vị", "Các trường"]),
        # A level named alone stands for all its units; after a body it is its territory.
        ("Cấp huyện tổng hợp, gửi UBND cấp tỉnh", ["Cấp huyện", "UBND cấp tỉnh"]),
        # Party committees and companies are collective nouns; nouns join with no comma and
        # qualifiers stack.
        ("Các huyện ủy, thị ủy và các công ty chỉ đạo", ["Các huyện ủy, thị ủy", "Các công ty"]),
        ("Giao các ban ngành, các đơn vị trường học rà soát",
         ["Các ban ngành", "Các đơn vị trường học"]),
        ("Các cơ quan Trung ương đóng trên địa bàn huyện và các doanh nghiệp nhà nước khác họp",
         ["Các cơ quan Trung ương đóng trên địa bàn huyện", "Các doanh nghiệp nhà nước khác"]),
        # A plural head before a colon names each unit listed after it; a committee or a news
        # agency by its own name is no UBND.
        ("Giao các Sở: Tài chính, Xây dựng và Công Thương rà soát",
         ["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"]),
        # ... in lower case too, and "và" inside a name the catalogue knows is no list's "và".
        ("Giám đốc các sở: Y tế, Giáo dục và Đào tạo rà soát",
         ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
        ("các bộ: Công an và Quốc phòng phối hợp", ["Bộ Công an", "Bộ Quốc phòng"]),
        # ... abbreviated, named in full; a unit by its own name in the list is itself.
        ("các bộ: NN-MT, Y tế, VH-TT-DL và Thanh tra Chính phủ ban hành",
         ["Bộ Nông nghiệp và Môi trường", "Bộ Y tế", "Bộ Văn hóa, Thể thao và Du lịch",
          "Thanh tra Chính phủ"]),
        ("các sở: GD&ĐT, LĐ-TB&XH báo cáo",
         ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"]),
        ("các xã: Cẩm Quang, Cẩm Lạc báo cáo", ["UBND xã Cẩm Quang", "UBND xã Cẩm Lạc"]),
        ("Ủy ban Dân tộc và Thông tấn xã Việt Nam phối hợp",
         ["Ủy ban Dân tộc", "Thông tấn xã Việt Nam"]),
        # The central bodies a Government directive addresses besides its ministries.
        ("Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn Lao động Việt Nam "
         "và Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh phối hợp",
         ["Ủy ban Trung ương MTTQ Việt Nam", "Tổng Liên đoàn Lao động Việt Nam",
          "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"]),
        # The bodies advising a party committee are one collective, its comma and all.
        ("Đề nghị các cơ quan tham mưu, giúp việc Tỉnh ủy và các chi, đảng bộ trực thuộc báo cáo",
         ["Các cơ quan tham mưu, giúp việc Tỉnh ủy", "Các chi, đảng bộ trực thuộc"]),
        ("Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam chỉ đạo",
         ["Trung ương Mặt trận Tổ quốc Việt Nam"]),
        ("Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Kiểm toán Nhà nước, Phòng Thương mại "
         "và Công nghiệp Việt Nam tuyên truyền",
         ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Kiểm toán Nhà nước",
          "Phòng Thương mại và Công nghiệp Việt Nam"]),
        # Party committees, governments, the Front and the mass organisations of every level are
        # one collective, as one head noun's comma list is.
        ("Các cấp ủy, chính quyền, Mặt trận và đoàn thể triển khai",
         ["Các cấp ủy, chính quyền, Mặt trận và đoàn thể"]),
        # A province's newspaper, radio and television are one body since 2025; its comma is
        # the name's.
        ("Giao Báo và Phát thanh, Truyền hình Gia Lai, Sở Văn hóa, Thể thao và Du lịch tuyên "
         "truyền", ["Báo và Phát thanh, Truyền hình Gia Lai", "Sở Văn hóa, Thể thao và Du lịch"]),
        # Peer levels of a plural need no comma; a higher level after them is no peer.
        ("Giao UBND các xã phường và Phòng Y tế các quận huyện rà soát",
         ["UBND các xã, phường", "Phòng Y tế các quận, huyện"]),
        ("UBND các xã tỉnh Lào Cai rà soát", ["UBND các xã"]),
        # A city after a body's city is its peer; the heads of a kind of body are every one.
        ("Ủy ban nhân dân thành phố Hà Nội, Thành phố Hồ Chí Minh chủ trì",
         ["UBND thành phố Hà Nội", "UBND thành phố Hồ Chí Minh"]),
        ("Thủ trưởng cơ quan ngang bộ chỉ đạo", ["Cơ quan ngang bộ"]),
        # bodies listed before a committee's own body share its level, not the committee
        ("Đề nghị Thường trực HĐND, UBND, Ủy ban Kiểm tra Đảng ủy xã phối hợp",
         ["Thường trực HĐND xã", "UBND xã", "Ủy ban Kiểm tra Đảng ủy xã"]),
        # a province's bodies of a department's rank
        ("Giám đốc các sở, Thủ trưởng cơ quan ngang sở chỉ đạo", ["Các sở", "Cơ quan ngang sở"]),
        # A party committee of a body, or of every body of a kind; bodies listed with dashes
        # are not one's committee; a name keeps the text's tone marks.
        ("Đảng uỷ Bộ Nội vụ chủ trì", ["Đảng uỷ Bộ Nội vụ"]),
        ("Đảng uỷ Chính phủ, đảng uỷ các bộ, cơ quan ngang bộ chịu trách nhiệm",
         ["Đảng uỷ Chính phủ", "Đảng uỷ các bộ, cơ quan ngang bộ"]),
        ("Đảng ủy - HĐND - UBND xã Phượng Dực tổ chức hội nghị",
         ["Đảng ủy", "HĐND", "UBND xã Phượng Dực"]),
        ("Uỷ ban nhân dân huyện Hoà Vang và Đảng ủy xã Hòa Phú",
         ["UBND huyện Hoà Vang", "Đảng ủy xã Hòa Phú"]),
        ("Các Bộ trưởng, Chủ tịch UBND các tỉnh chỉ đạo", ["UBND các tỉnh"]),
        # People by role over a plural keep the role: they are who must act.
        ("Đề nghị giáo viên chủ nhiệm các lớp tổng hợp", ["Giáo viên chủ nhiệm các lớp"]),
        # After "và" a comma list starts a collective of its own; one noun after it joins.
        ("đề nghị các sở, ban, ngành và cơ quan, đơn vị có liên quan góp ý",
         ["Các sở, ban, ngành", "Cơ quan, đơn vị có liên quan"]),
        ("Các cơ quan, đơn vị và địa phương triển khai", ["Các cơ quan, đơn vị và địa phương"]),
        # Administrative units are places, not bodies; "đơn vị hành chính sự nghiệp" are bodies.
        ("Sau khi sắp xếp, các cơ quan, đơn vị hành chính cấp xã vận hành", ["Các cơ quan",
                                                                             "Cấp xã"]),
        ("các đơn vị hành chính sự nghiệp báo cáo", ["Các đơn vị"]),
        # A storm dispatch's addressees: places by where they lie, the border guard and the
        # fisheries office; a title between them is dropped.
        ("Yêu cầu UBND các xã, phường ven biển, Ban chỉ huy Bộ đội biên phòng, Chi cục trưởng "
         "chi cục thủy sản và kiểm ngư triển khai",
         ["UBND các xã, phường ven biển", "Ban chỉ huy Bộ đội biên phòng",
          "Chi cục Thủy sản và Kiểm ngư"]),
        ("Cảng vụ hàng hải Hải Phòng và UBND các xã biên giới", ["Cảng vụ Hàng hải Hải Phòng",
                                                                 "UBND các xã biên giới"]),
        # Since 7/2025 a special zone ("đặc khu") is a commune's peer; one named apart is a place.
        ("các xã, phường và đặc khu phải sơ tán dân", ["Các xã, phường và đặc khu"]),
        ("UBND các xã, phường, đặc khu ven biển thông báo",
         ["UBND các xã, phường, đặc khu ven biển"]),
        ("UBND các xã, phường vùng ven biển rà soát", ["UBND các xã, phường vùng ven biển"]),
        ("các xã vùng biên giới tổ chức tuần tra", ["Các xã vùng biên giới"]),
        # the Party or Youth Union cell of each village, as "UBND các xã" is each commune's
        ("riêng chi bộ các thôn sinh hoạt", ["Chi bộ các thôn"]),
        ("Chi đoàn các thôn thực hiện", ["Chi đoàn các thôn"]),
        # a northern town's quarters after its hamlets; streets are none
        ("yêu cầu các trường học, các xóm, phố trên địa bàn thực hiện",
         ["Các trường học", "Các xóm, phố trên địa bàn"]),
        ("tổ chức trên các phố đi bộ", []),
        # a district's culture and broadcasting centre, sharing the places with the offices before
        ("các Phòng VH-TT, Trung tâm VH-TT và Truyền thanh-Truyền hình các huyện, thị xã chủ trì",
         ["Các Phòng VH-TT các huyện, thị xã",
          "Trung tâm VH-TT và Truyền thanh-Truyền hình các huyện, thị xã"]),
        # a council's committees and delegates, the level named once at the end
        ("Thường trực HĐND, các Ban HĐND xã giám sát", ["Thường trực HĐND xã", "Các Ban HĐND xã"]),
        ("các Ban của Hội đồng nhân dân tỉnh giám sát", ["Các Ban của HĐND tỉnh"]),
        ("Thường trực HĐND, các Ban HĐND, các Tổ đại biểu và đại biểu HĐND xã giám sát",
         ["Thường trực HĐND xã", "Các Ban HĐND xã", "Các Tổ đại biểu HĐND xã", "Đại biểu HĐND xã"]),
        # where they lie, with the water's name, up to the next unit
        ("Chủ tịch UBND các xã ven đầm Thị Nại tăng cường chỉ đạo",
         ["UBND các xã ven đầm Thị Nại"]),
        ("UBND các huyện ven sông Hồng, Sở Y tế", ["UBND các huyện ven sông Hồng", "Sở Y tế"]),
        ("UBND các xã vùng cao chủ động", ["UBND các xã vùng cao"]),
        ("các sở, ban, ngành, địa phương và đặc khu Cồn Cỏ triển khai",
         ["Các sở, ban, ngành, địa phương"]),
        # "phòng" and "bộ" end other words: "quốc phòng, bộ đội" is no list of units.
        ("làm tốt công tác quốc phòng, bộ đội sẵn sàng", []),
        ("Hội đồng NVQS xã Dầu Giây tổ chức khám", ["Hội đồng Nghĩa vụ quân sự xã Dầu Giây"]),
        # After a comma a place word is another noun of the list, not a qualifier.
        ("Các trường, thành phố tổ chức", ["Các trường"]),
        # ... but a list that names places goes on with places.
        ("giao các huyện, thị xã, thành phố tổ chức khám tuyển",
         ["Các huyện, thị xã, thành phố"]),
        ("đề nghị các sở, ngành, huyện, thành phố báo cáo", ["Các sở, ngành, huyện, thành phố"]),
        ("yêu cầu các xã, thị xã rà soát", ["Các xã, thị xã"]),
        ("giao các tỉnh, thành phố báo cáo", ["Các tỉnh, thành phố"]),
        ("các xã, phường, cơ quan, đơn vị báo cáo", ["Các xã, phường, cơ quan, đơn vị"]),
        # A number counts places only when it stands right before them, not in a date.
        ("Ngày 3.12, huyện ủy họp", ["Huyện ủy"]),
        ("Sáng 1/12, xã tổ chức khám tuyển", []),
        # Party organisations and credit institutions are nouns of a list, whole.
        ("yêu cầu các cấp ủy, tổ chức đảng hoàn thành", ["Các cấp ủy, tổ chức đảng"]),
        # a board's members, named after it and where its bodies are
        ("các sở, ngành là thành viên của Ban Chỉ huy PCTT&TKCN các huyện trên địa bàn tỉnh "
         "xây dựng phương án",
         ["Các sở, ngành là thành viên của Ban Chỉ huy PCTT&TKCN các huyện trên địa bàn tỉnh"]),
        # a steering board's purpose, two of them joined by "và"
        ("Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn huyện đề nghị",
         ["Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn huyện"]),
        # the emulation groups a collective's bodies belong to
        ("các cơ quan, đơn vị tham gia cụm, khối thi đua của tỉnh tổ chức",
         ["Các cơ quan, đơn vị tham gia cụm, khối thi đua của tỉnh"]),
        ("các đơn vị thuộc khối thi đua báo cáo", ["Các đơn vị thuộc khối thi đua"]),
        # every level of the trade union
        ("đề nghị các cấp công đoàn tuyên truyền", ["Các cấp công đoàn"]),
        ("LĐLĐ tỉnh yêu cầu các cấp CĐ báo cáo", ["Liên đoàn Lao động tỉnh", "Các cấp CĐ"]),
        ("chỉ đạo các tổ chức tín dụng báo cáo", ["Các tổ chức tín dụng"]),
        # The state's economic groups and the Party's central boards by name.
        ("Tập đoàn Điện lực Việt Nam và PVN báo cáo",
         ["Tập đoàn Điện lực Việt Nam", "Tập đoàn Dầu khí Việt Nam"]),
        ("Ban Tổ chức Trung ương hướng dẫn", ["Ban Tổ chức Trung ương"]),
        ("Ban quản lý Các khu công nghiệp và chế xuất Hà Nội có trách nhiệm",
         ["Ban Quản lý các khu công nghiệp và chế xuất Hà Nội"]),
        # The localities after a level are addressed apart from the units of that level.
        ("đề nghị các sở, ngành tỉnh và địa phương gửi", ["Các sở, ngành tỉnh", "Các địa phương"]),
        # Party committees named with capitals are each a unit; a plural keeps them together.
        ("Tỉnh ủy, Thành ủy (trước sáp nhập) xây dựng đề án", ["Tỉnh ủy", "Thành ủy"]),
        ("các huyện ủy, thị ủy chỉ đạo", ["Các huyện ủy, thị ủy"]),
        # Wards write "TDP" for tổ dân phố; a steering board named by its purpose keeps it.
        ("các thôn, TDP rà soát", ["Các thôn, TDP"]),
        ("BCĐ giảm nghèo phường họp", ["BCĐ giảm nghèo phường"]),
        ("Ban Chỉ đạo phòng chống thiên tai tỉnh chỉ đạo",
         ["Ban Chỉ đạo phòng chống thiên tai tỉnh"]),
        # The People's Council's boards and delegates' groups, and the National Assembly
        # delegation, are units; "các" before a body's type makes every body of it.
        ("Ban Pháp chế của HĐND tỉnh báo cáo kết quả khảo sát", ["Ban Pháp chế HĐND tỉnh"]),
        ("các Tổ đại biểu HĐND huyện thực hiện tiếp xúc cử tri", ["Các Tổ đại biểu HĐND huyện"]),
        ("Đoàn đại biểu Quốc hội tỉnh giám sát", ["Đoàn đại biểu Quốc hội tỉnh"]),
        ("Văn phòng Đoàn đại biểu Quốc hội - HĐND tỉnh tham mưu",
         ["Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"]),
        # Press agencies and the kinds of "cơ sở" are collectives whole, not "các cơ quan".
        ("đề nghị các cơ quan báo chí tập trung tuyên truyền", ["Các cơ quan báo chí"]),
        ("các cơ sở y tế báo cáo số ca mắc", ["Các cơ sở y tế"]),
        ("các cơ sở kinh doanh phải niêm yết giá", ["Các cơ sở kinh doanh"]),
        # Communes named bare after the first one's level are its peers, up to the verb; one
        # name alone may be the province, and a unit's head word ends the names.
        ("Chủ tịch UBND xã Long Phước, Phước An, Long Thành hoàn thành",
         ["UBND xã Long Phước", "UBND xã Phước An", "UBND xã Long Thành"]),
        ("UBND phường Bến Thành, Hà Nội thông báo", ["UBND phường Bến Thành"]),
        ("UBND xã A Lưới, Hồng Thượng, Phú Vinh, Sở Y tế báo cáo", ["UBND xã A Lưới", "Sở Y tế"]),
        # A command board goes by its purpose too, and a purpose may pair two verbs with a comma.
        ("Ban chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã trực ban",
         ["Ban chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã"]),
        ("Ban Chỉ đạo phòng, chống dịch tỉnh yêu cầu UBND các huyện",
         ["Ban Chỉ đạo phòng, chống dịch tỉnh", "UBND các huyện"]),
        # ... written in title case, as formal names are; a known unit after "và" is another
        ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh tổng kết công tác",
         ["Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh"]),
        ("Ban Chỉ đạo Chuyển đổi số tỉnh và Sở Y tế triển khai",
         ["Ban Chỉ đạo Chuyển đổi số tỉnh", "Sở Y tế"]),
        ("Ủy ban Bầu cử xã niêm yết danh sách cử tri", ["Ủy ban Bầu cử xã"]),
        # a body of a Party committee keeps the committee's level and place
        ("Ủy ban Kiểm tra Đảng ủy xã tiến hành kiểm tra", ["Ủy ban Kiểm tra Đảng ủy xã"]),
        ("Ban Tuyên giáo Đảng ủy phường Ba Đình thực hiện",
         ["Ban Tuyên giáo Đảng ủy phường Ba Đình"]),
        ("Ủy ban Kiểm tra Đảng ủy, Văn phòng Đảng ủy tham mưu",
         ["Ủy ban Kiểm tra Đảng ủy", "Văn phòng Đảng ủy"]),
        # the supreme court and procuracy are bodies of their own, not a court of some place
        ("Đề nghị Tòa án nhân dân tối cao, Viện kiểm sát nhân dân tối cao phối hợp",
         ["Tòa án nhân dân tối cao", "Viện Kiểm sát nhân dân tối cao"]),
        ("VKSND tỉnh Hòa Bình chủ trì", ["Viện Kiểm sát nhân dân tỉnh Hòa Bình"]),
        # customs by region, as the 2025 reorganisation names them; customs procedure is no body
        ("Hải quan khu vực II, Hải quan khu vực III báo cáo",
         ["Hải quan khu vực II", "Hải quan khu vực III"]),
        ("Thuế tỉnh và Chi cục Hải quan khu vực tăng cường",
         ["Thuế tỉnh", "Chi cục Hải quan khu vực"]),
        ("doanh nghiệp làm thủ tục hải quan điện tử", []),
        # public or not, and whose: qualifiers of a collective
        ("Các đơn vị sự nghiệp công lập trực thuộc Sở Y tế tự kiểm tra",
         ["Các đơn vị sự nghiệp công lập trực thuộc Sở Y tế"]),
        ("các cơ sở giáo dục ngoài công lập trên địa bàn tỉnh báo cáo",
         ["Các cơ sở giáo dục ngoài công lập trên địa bàn tỉnh"]),
        # a bank's branch is the branch, not the bank
        ("Ngân hàng Chính sách xã hội chi nhánh tỉnh bố trí vốn",
         ["Ngân hàng Chính sách xã hội chi nhánh tỉnh"]),
        ("Ngân hàng Nhà nước Chi nhánh Khu vực 5 chỉ đạo",
         ["Ngân hàng Nhà nước Việt Nam Chi nhánh khu vực 5"]),
        # Party cells named by the villages they stand in
        ("Đảng ủy yêu cầu các chi bộ thôn, bản quán triệt", ["Đảng ủy", "Các chi bộ thôn, bản"]),
        ("các chi bộ khu phố, tổ dân phố tổ chức sinh hoạt",
         ["Các chi bộ khu phố, tổ dân phố"]),
        ("các chi bộ thôn, UBND xã thực hiện", ["Các chi bộ thôn", "UBND xã"]),
        # "tất cả", "mọi": every unit of the kind.
        ("yêu cầu tất cả cơ sở giáo dục trên địa bàn tỉnh cho học sinh nghỉ",
         ["Các cơ sở giáo dục trên địa bàn tỉnh"]),
        ("mọi đơn vị phải báo cáo", ["Các đơn vị"]),
        ("tất cả các cơ quan, đơn vị, tổ chức kinh tế xã hội, doanh nghiệp trên địa bàn đều",
         ["Các cơ quan, đơn vị, tổ chức kinh tế xã hội, doanh nghiệp trên địa bàn"]),
        # A unit by its proper name after a collective is a unit of its own.
        ("báo cáo của các đơn vị, Sở Kế hoạch và Đầu tư tổng hợp",
         ["Các đơn vị", "Sở Kế hoạch và Đầu tư"]),
        # A plural head distributes over the names that follow it.
        ("Giao các phòng Tài chính - KH, Tài nguyên - MT, Kinh tế - HT tham mưu",
         ["Phòng Tài chính - Kế hoạch", "Phòng Tài nguyên và Môi trường",
          "Phòng Kinh tế - Hạ tầng"]),
        # Councils, centres and work groups in the plural, kept whole.
        ("các Hội đồng thi hoàn thành chấm thi", ["Các Hội đồng"]),
        ("các trường THPT, các trung tâm in giấy báo", ["Các trường THPT", "Các trung tâm"]),
        ("yêu cầu các tổ công tác rà soát", ["Các tổ công tác"]),
        # Any grassroots noun goes on a list that "các" opens; "các bản" alone is no village.
        ("Đề nghị các thôn, xóm, tổ dân phố báo cáo", ["Các thôn, xóm, tổ dân phố"]),
        ("Yêu cầu các khu phố, tổ dân phố treo cờ", ["Các khu phố, tổ dân phố"]),
        ("Giao các thôn, bản rà soát", ["Các thôn, bản"]),
        ("Gửi các bản kế hoạch đã ký", []),
        # A collective's noun that opens another word is no body: cases, meetings, fields.
        ("Các trường hợp vi phạm sẽ bị xử lý nghiêm", []),
        ("chủ trì các hội nghị hiệp thương", []),
        ("đào tạo các ngành nghề phù hợp", []),
        ("Các hội, đoàn thể tham gia", ["Các hội, đoàn thể"]),
        # a list of places ends where a unit's name begins ("Văn Lâm", "Bảo Yên" are places)
        ("phối hợp với Sở Y tế các tỉnh Bắc Giang, Hải Dương và Cục Quản lý dược",
         ["Sở Y tế tỉnh Bắc Giang", "Sở Y tế tỉnh Hải Dương"]),
        ("UBND các huyện Văn Lâm, Văn Giang và Bảo Yên",
         ["UBND huyện Văn Lâm", "UBND huyện Văn Giang", "UBND huyện Bảo Yên"]),
        # the cells of the Youth Union and the associations, by the villages they stand in
        ("Các chi đoàn khu phố đăng ký công trình", ["Các chi đoàn khu phố"]),
        ("Đề nghị các chi hội, tổ hội phụ nữ vận động", ["Các chi hội, tổ hội"]),
        # the health centres by region since 2025
        ("Các bệnh viện, trung tâm y tế khu vực chuẩn bị thuốc",
         ["Các bệnh viện, trung tâm y tế khu vực"]),
        # the association a cell belongs to, then its villages
        ("Các chi hội phụ nữ ấp tổ chức sinh hoạt", ["Các chi hội phụ nữ ấp"]),
        ("Đề nghị các chi hội cựu chiến binh thôn, bản vận động",
         ["Các chi hội cựu chiến binh thôn, bản"]),
        # a state group's branch in a province, by the short name the text gives the group; a
        # telecom branch by its province ("hạ tầng viễn thông" is none)
        ("Đề nghị Viễn thông Gia Lai, Viettel Gia Lai, VNPT Gia Lai bảo đảm hạ tầng viễn thông",
         ["Viễn thông Gia Lai", "Viettel Gia Lai", "VNPT Gia Lai"]),
        ("EVN Hà Nội bảo đảm cấp điện", ["EVN Hà Nội"]),
        # a market's board, in lower case as news writes it
        ("Ban quản lý chợ sẽ tổ chức cho các hộ đăng ký", ["Ban Quản lý chợ"]),
        ("BQL chợ phường 1 báo cáo", ["Ban Quản lý chợ phường 1"]),
        # Whose bodies a plural names stays in its list: Party, State.
        ("Yêu cầu các cơ quan Đảng, đoàn thể, doanh nghiệp treo cờ",
         ["Các cơ quan Đảng, đoàn thể, doanh nghiệp"]),
        ("Các cơ quan Đảng, Nhà nước, đoàn thể treo cờ", ["Các cơ quan Đảng, Nhà nước, đoàn thể"]),
        # A collective of a body's members names the body.
        ("các sở, ngành thành viên Ban Chỉ đạo 389 tỉnh triển khai",
         ["Các sở, ngành thành viên Ban Chỉ đạo 389 tỉnh"]),
        ("các cơ quan thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh",
         ["Các cơ quan thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh"]),
        # the body after a comma is a unit of its own
        ("các tổ chức thành viên, Ban công tác Mặt trận thôn",
         ["Các tổ chức thành viên", "Ban Công tác Mặt trận thôn"]),
        # A place in a list of a plural level's places keeps the level written before it, in
        # full or abbreviated ("TX.", "TP.").
        ("UBND TP.Quy Nhơn chủ trì", ["UBND TP Quy Nhơn"]),
        ("UBND TX. Hoài Nhơn chủ trì", ["UBND TX Hoài Nhơn"]),
        ("UBND các huyện Phù Cát, Tây Sơn, thị xã Hoài Nhơn và thành phố Quy Nhơn chủ trì",
         ["UBND huyện Phù Cát", "UBND huyện Tây Sơn", "UBND thị xã Hoài Nhơn",
          "UBND thành phố Quy Nhơn"]),
        ("UBND các huyện Phù Cát, Tây Sơn, TX.Hoài Nhơn và TP.Quy Nhơn chủ trì",
         ["UBND huyện Phù Cát", "UBND huyện Tây Sơn", "UBND TX Hoài Nhơn", "UBND TP Quy Nhơn"]),
        # a higher level is where the places lie, no place of the list
        ("UBND các xã Cát Hải, Cát Minh, huyện Phù Cát thực hiện",
         ["UBND xã Cát Hải", "UBND xã Cát Minh"]),
        # A number after a numbered place is another place of its level.
        ("UBND phường 11 và 12 thực hiện", ["UBND phường 11", "UBND phường 12"]),
        ("UBND Quận 1, 3 và 5 thực hiện", ["UBND quận 1", "UBND quận 3", "UBND quận 5"]),
        # an amount after a unit is no place number
        ("Phòng Tài chính - Kế hoạch huyện 64,6 triệu đồng", ["Phòng Tài chính - Kế hoạch huyện"]),
        # the boards of one Party committee, named before it
        ("Ban Tổ chức, Ban Tuyên giáo Tỉnh ủy hướng dẫn",
         ["Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"]),
        ("Ban Dân vận, Văn phòng Huyện ủy chuẩn bị",
         ["Ban Dân vận Huyện ủy", "Văn phòng Huyện ủy"]),
        # ... but a board that names its committee already keeps it once
        ("Văn phòng Tỉnh ủy, Ban Tổ chức Tỉnh ủy chuẩn bị",
         ["Văn phòng Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"]),
        ("Tỉnh ủy, Thành ủy xây dựng đề án", ["Tỉnh ủy", "Thành ủy"]),  # guard, passed before
        ("Ban Xây dựng Đảng, Ủy ban Kiểm tra Đảng ủy rà soát",
         ["Ban Xây dựng Đảng", "Ủy ban Kiểm tra Đảng ủy"]),  # guard, passed before
        # a party-style board of a mass organisation, and a sector's trade union
        ("Ban Tuyên giáo Liên đoàn Lao động tỉnh xây dựng đề cương",
         ["Ban Tuyên giáo Liên đoàn Lao động tỉnh"]),
        ("Ban Tổ chức Tỉnh đoàn rà soát", ["Ban Tổ chức Tỉnh đoàn"]),
        ("Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh chủ trì",
         ["Ban Tuyên giáo Hội Liên hiệp phụ nữ tỉnh"]),
        ("Ban Dân vận Huyện ủy và Hội Nông dân huyện thực hiện",
         ["Ban Dân vận Huyện ủy", "Hội Nông dân huyện"]),  # guard, passed before
        ("Công đoàn ngành Y tế tỉnh thực hiện", ["Công đoàn ngành Y tế tỉnh"]),
        ("Công đoàn ngành Giáo dục và Đào tạo báo cáo", ["Công đoàn ngành Giáo dục và Đào tạo"]),
        # nor is a phone's label
        ("liên hệ Trung tâm Dịch vụ tổng hợp xã An Phú SĐT: 0913000111",
         ["Trung tâm Dịch vụ tổng hợp xã An Phú"]),
        ("liên hệ Văn phòng UBND phường Tân Định ĐT 0283.382.0001",
         ["Văn phòng UBND phường Tân Định"]),
        ("yêu cầu 9 trường mầm non, tiểu học và THCS nộp lại",
         ["9 trường mầm non, tiểu học và THCS"]),
        # a department or a committee of every locality
        ("Sở Tài chính các địa phương phải chủ trì", ["Sở Tài chính các địa phương"]),
        ("UBND các địa phương báo cáo", ["UBND các địa phương"]),
        ("Bộ Y tế đề nghị các địa phương", ["Bộ Y tế", "Các địa phương"]),
        # the bodies of a collective, after "của" or "thuộc"
        ("các Bộ, cơ quan trung ương của các tổ chức chính trị - xã hội, UBND các tỉnh căn cứ",
         ["Các Bộ, cơ quan trung ương của các tổ chức chính trị - xã hội", "UBND các tỉnh"]),
        ("các đơn vị thuộc các sở, ngành thực hiện", ["Các đơn vị thuộc các sở, ngành"]),
        # localities counted
        ("Bộ Giáo dục và Đào tạo đề nghị 11 địa phương gửi góp ý",
         ["Bộ Giáo dục và Đào tạo", "11 địa phương"]),
        # a place's name ends before a unit's, and before a capitalised verb asking one
        ("UBND tỉnh Giao Sở Y tế", ["UBND tỉnh", "Sở Y tế"]),
        ("UBND huyện Phù Mỹ Đề nghị Ban Quản lý dự án", ["UBND huyện Phù Mỹ", "Ban Quản lý dự án"]),
        ("UBND huyện Giao Thủy, UBND thành phố Hải Phòng",
         ["UBND huyện Giao Thủy", "UBND thành phố Hải Phòng"]),
        # a cell's lines run together: the next unit ends the place, which a place's own word
        # does not ("Hải Phòng", "Trạm Tấu", "Đoàn Kết", "Trường Sơn"; guards, passed before)
        ("Văn phòng HĐND và UBND xã Tổ Công nghệ số cộng đồng",
         ["Văn phòng HĐND và UBND xã", "Tổ Công nghệ số cộng đồng"]),
        ("UBND xã Phòng Văn hóa - Xã hội", ["UBND xã", "Phòng Văn hóa - Xã hội"]),
        ("Công an xã Trạm Y tế xã", ["Công an xã", "Trạm Y tế xã"]),
        ("UBND huyện Trạm Tấu, UBND xã Đoàn Kết, UBND xã Trường Sơn",
         ["UBND huyện Trạm Tấu", "UBND xã Đoàn Kết", "UBND xã Trường Sơn"]),
        # "có tên trên" narrows a collective to those a letter went to
        ("yêu cầu các sở, ngành có tên trên và UBND các huyện nghiên cứu",
         ["Các sở, ngành có tên trên", "UBND các huyện"]),
        # the places whose unit it is, after "của"
        ("yêu cầu Ban An toàn giao thông của 6 tỉnh nói trên",
         ["Ban An toàn giao thông của 6 tỉnh"]),
        ("báo cáo của các xã", ["Các xã"]),
        # a bracket with the initials of the words before it is no end of the name
        ("yêu cầu Ủy ban nhân dân (UBND) các cấp tập trung", ["UBND các cấp"]),
        ("Sở Tài nguyên và Môi trường (TN&MT) tỉnh Lào Cai",
         ["Sở Tài nguyên và Môi trường tỉnh Lào Cai"]),
        # Party committees of several levels with "ủy" said once, a Party committee's boards
        ("yêu cầu các huyện, thành, thị ủy; các ban xây dựng Đảng thực hiện",
         ["Các huyện, thành, thị ủy", "Các ban xây dựng Đảng"]),
        ("các huyện, thị, thành ủy trực thuộc Tỉnh ủy",
         ["Các huyện, thị, thành ủy trực thuộc Tỉnh ủy"]),
        # the budget's spenders, and whose budget; a qualifier's level opens no Party committee
        ("các đơn vị hưởng ngân sách Tỉnh ủy thực hiện", ["Các đơn vị hưởng ngân sách Tỉnh ủy"]),
        ("các đơn vị sử dụng ngân sách nhà nước lập dự toán",
         ["Các đơn vị sử dụng ngân sách nhà nước"]),
        ("Văn phòng Tỉnh ủy và các ban của Tỉnh ủy giúp", ["Văn phòng Tỉnh ủy",
                                                        "Các ban của Tỉnh ủy"]),
        # one body noun is bodies enough when what they belong to follows; after the places and
        # "và", a collective of its own
        ("xã, phường, thị trấn và đơn vị trực thuộc quận, huyện, thị xã gửi",
         ["Xã, phường, thị trấn", "Đơn vị trực thuộc quận, huyện, thị xã"]),
        ("Đảng ủy các xã, phường, đặc khu và đảng ủy trực thuộc Tỉnh ủy lãnh đạo",
         ["Đảng ủy các xã, phường, đặc khu", "Đảng ủy trực thuộc Tỉnh ủy"]),
        ("chi bộ trực thuộc Đảng ủy xã thực hiện", ["Chi bộ trực thuộc Đảng ủy xã"]),
        ("các xã, phường, cơ quan, đơn vị tổ chức", ["Các xã, phường, cơ quan, đơn vị"]),
        ("Tỉnh, thành ủy nơi đặt trung tâm chủ trì", ["Tỉnh, thành ủy"]),
        # the governments of every level, the levels said first
        ("Cụ thể, các cấp chính quyền, các ngành, Mặt trận Tổ quốc, các đoàn thể tập trung",
         ["Các cấp chính quyền", "Các ngành", "Mặt trận Tổ quốc", "Các đoàn thể"]),
        # a commune's public service centre and the land registry with its branches (2025)
        ("Trung tâm Cung ứng dịch vụ công phường Diên Hồng bố trí",
         ["Trung tâm Cung ứng dịch vụ công phường Diên Hồng"]),
        ("Văn phòng đăng ký đất đai thành phố, các chi nhánh cùng",
         ["Văn phòng Đăng ký đất đai thành phố"]),
        ("Chi nhánh Văn phòng Đăng ký đất đai khu vực 3 cập nhật",
         ["Chi nhánh Văn phòng Đăng ký đất đai khu vực 3"]),
        # a trade union of a sector or of the civil servants, the Front's relief board, the disaster
        # fund; a second place after "và" has the first's level
        ("Các LĐLĐ huyện, thành phố, Công đoàn ngành, Công đoàn Viên chức vận động",
         ["Liên đoàn Lao động các huyện, thành phố", "Công đoàn ngành", "Công đoàn Viên chức"]),
        ("Ban Cứu trợ huyện Phước Sơn và Nam Trà My chịu trách nhiệm",
         ["Ban Cứu trợ huyện Phước Sơn", "Ban Cứu trợ huyện Nam Trà My"]),
        ("Quỹ Phòng, chống thiên tai tỉnh Lâm Đồng thu",
         ["Quỹ Phòng, chống thiên tai tỉnh Lâm Đồng"]),
        ("phường Bến Thành, Hà Nội", []),
        # teams of several sectors
        ("các tổ công tác liên ngành tiến hành", ["Các tổ công tác liên ngành"]),
        # a health body's tier; companies by their legal form and their trade
        ("Các bệnh viện tuyến tỉnh chuẩn bị", ["Các bệnh viện tuyến tỉnh"]),
        ("các cơ sở y tế tuyến xã tổ chức", ["Các cơ sở y tế tuyến xã"]),
        ("Các Công ty TNHH MTV Thủy lợi vận hành", ["Các Công ty TNHH MTV Thủy lợi"]),
        ("các doanh nghiệp cấp nước sạch bảo đảm", ["Các doanh nghiệp cấp nước sạch"]),
        ("các công ty môi trường đô thị thu gom", ["Các công ty môi trường đô thị"]),
        # each Party committee's board, the committees listed after "các"
        ("Ban Thường vụ các huyện ủy, thị ủy, thành ủy chỉ đạo",
         ["Ban Thường vụ các huyện ủy, thị ủy, thành ủy"]),
        ("Ban Thường vụ các đảng ủy trực thuộc chỉ đạo", ["Ban Thường vụ các đảng ủy trực thuộc"]),
        ("Ban Tuyên giáo các huyện ủy tổ chức", ["Ban Tuyên giáo các huyện ủy"]),
        # a health body's field
        ("Các bệnh viện, trung tâm y tế chuẩn bị", ["Các bệnh viện, trung tâm y tế"]),
        ("các trung tâm y tế báo cáo", ["Các trung tâm y tế"]),
        # two units of the field named in the singular stay two (guard, passed before)
        ("phối hợp Trung tâm y tế, Trạm y tế tổ chức", ["Trung tâm Y tế", "Trạm Y tế"]),
        ("các doanh nghiệp kinh doanh xăng dầu niêm yết", ["Các doanh nghiệp kinh doanh xăng dầu"]),
        # a hamlet's or a village's managing board, by its place or of every one
        ("Ban điều hành ấp Phú Hòa rà soát", ["Ban điều hành ấp Phú Hòa"]),
        ("Ban điều hành các ấp rà soát", ["Ban điều hành các ấp"]),
        ("Ban điều hành dự án rà soát", []),  # guard, passed before
        # a steering board that asks is no board named by a purpose
        ("Ban Chỉ đạo đề nghị Đảng ủy các xã xây dựng", ["Ban Chỉ đạo", "Đảng ủy các xã"]),
        # two abbreviations joined by a dot are one name
        ("đề nghị UB.MTTQVN và các đoàn thể xã tổ chức", ["Ủy ban MTTQ", "Các đoàn thể xã"]),
        # a cell's committee stands for its cell
        ("Các chi ủy rà soát", ["Các chi ủy"]),
        ("Chi ủy các chi bộ khu phố rà soát", ["Các chi bộ khu phố"]),  # guard, passed before
        # whose records go to the archive
        ("các cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào Lưu trữ lịch sử tỉnh, tổng hợp",
         ["Các cơ quan, tổ chức thuộc nguồn nộp lưu tài liệu vào Lưu trữ lịch sử tỉnh"]),
        # the heads of a list's bodies, and the ministers before the agencies beside them
        ("Lãnh đạo chủ chốt của các Bộ, cơ quan ngang Bộ, cơ quan trực thuộc Chính phủ thực hiện",
         ["Các Bộ, cơ quan ngang Bộ, cơ quan trực thuộc Chính phủ"]),
        ("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch UBND các "
         "tỉnh tập trung", ["Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", "UBND các tỉnh"]),
        # the Youth Union's executive committee, of each place or of each grassroots branch
        ("BCH Đoàn các xã, thị trấn triển khai", ["Ban Chấp hành Đoàn các xã, thị trấn"]),
        ("đề nghị Ban Chấp hành Đoàn các cơ sở trực thuộc báo cáo",
         ["Ban Chấp hành Đoàn các cơ sở trực thuộc"]),
    ],
)
def test_territories_and_collectives(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cities and towns by their first syllable in a list of places; "thành lập" is a verb.
        ("UBND các huyện, thành, thị báo cáo kết quả", ["UBND các huyện, thành, thị"]),
        ("UBND các huyện, thành lập đoàn kiểm tra", ["UBND các huyện"]),
        # One body distributes over the places of one tier listed after its own.
        ("Giao UBND huyện Yên Mô, huyện Kim Sơn và thị xã Tam Điệp kiểm tra",
         ["UBND huyện Yên Mô", "UBND huyện Kim Sơn", "UBND thị xã Tam Điệp"]),
        ("Đề nghị UBND xã Phú Lâm, phường Đồng Tiến và xã Hòa Bình báo cáo",
         ["UBND xã Phú Lâm", "UBND phường Đồng Tiến", "UBND xã Hòa Bình"]),
        ("Yêu cầu Đảng ủy phường Bến Thành, phường Tân Định rà soát",
         ["Đảng ủy phường Bến Thành", "Đảng ủy phường Tân Định"]),
        # an office, a force or a mass organisation of a place distributes as a body does
        ("Trạm Y tế xã Tân Lập và xã Tân Phú rà soát",
         ["Trạm Y tế xã Tân Lập", "Trạm Y tế xã Tân Phú"]),
        ("Giao Công an xã Quảng Phú, xã Quảng Hòa tuần tra",
         ["Công an xã Quảng Phú", "Công an xã Quảng Hòa"]),
        ("Hội Nông dân xã A Lưới và xã Hồng Kim vận động", ["Hội Nông dân xã A Lưới",
                                                            "Hội Nông dân xã Hồng Kim"]),
        ("Giao Trạm Y tế xã Tân Lập, huyện Sông Lô rà soát", ["Trạm Y tế xã Tân Lập"]),  # guard
        # a village's cell or branch, and one for each village listed after it
        ("Chi đoàn thôn 1 và thôn 2 tổ chức ra quân", ["Chi đoàn thôn 1", "Chi đoàn thôn 2"]),
        ("chi bộ thôn Đông, thôn Tây và thôn Nam họp",
         ["Chi bộ thôn Đông", "Chi bộ thôn Tây", "Chi bộ thôn Nam"]),
        ("Ban công tác Mặt trận thôn 1 và thôn 2 vận động",
         ["Ban Công tác Mặt trận thôn 1", "Ban Công tác Mặt trận thôn 2"]),
        ("Chi hội Nông dân thôn Đông và thôn Tây hoàn thiện hồ sơ",
         ["Chi hội Nông dân thôn Đông", "Chi hội Nông dân thôn Tây"]),
        ("Chi hội Phụ nữ thôn 1 vận động", ["Chi hội Phụ nữ thôn 1"]),
        ("thôn 1 và thôn 2 rà soát", ["thôn 1", "thôn 2"]),  # guard
        ("Chi bộ thôn 1, xã Tân Phú họp", ["Chi bộ thôn 1"]),  # guard
        # A higher level after a place is where it lies, no unit of its own.
        ("Giao UBND xã Tân Lập, huyện Sông Lô rà soát", ["UBND xã Tân Lập"]),
        ("Giao UBND quận Cầu Giấy, thành phố Hà Nội rà soát", ["UBND quận Cầu Giấy"]),
        # "TP" is kept as the text writes it.
        ("Giao UBND TP Bắc Giang lập hồ sơ", ["UBND TP Bắc Giang"]),
        ("UBND TP Vinh, huyện Nghi Lộc và huyện Hưng Nguyên họp",
         ["UBND TP Vinh", "UBND huyện Nghi Lộc", "UBND huyện Hưng Nguyên"]),
        # A number counts the places as "các" does; a thing counted is no unit.
        ("UBND 45 xã, phường có trách nhiệm báo cáo", ["UBND 45 xã, phường"]),
        ("Giao Phòng Y tế 12 huyện, thị xã rà soát", ["Phòng Y tế 12 huyện, thị xã"]),
        ("Đến nay, 27 thôn, tổ dân phố phải sáp nhập", ["27 thôn, tổ dân phố"]),
        ("Có 15 trường hợp vi phạm", []),
        # Departments and localities joined by "và" are two addressees; generic nouns one.
        ("Yêu cầu các sở, ban, ngành và địa phương rà soát",
         ["Các sở, ban, ngành", "Các địa phương"]),
        ("Đề nghị các phòng, ban và xã, thị trấn góp ý", ["Các phòng, ban", "Các xã, thị trấn"]),
        ("Giao các sở, ngành và huyện tham mưu", ["Các sở, ngành", "Các huyện"]),
        ("Các cơ quan, đơn vị và địa phương triển khai", ["Các cơ quan, đơn vị và địa phương"]),
        ("Chiều nay, 34 tỉnh, thành phố phải báo cáo", ["34 tỉnh, thành phố"]),
        # The longest qualifier wins; an abbreviation after a school names its kind.
        ("Yêu cầu Thủ trưởng các đơn vị trực thuộc Sở báo cáo", ["Các đơn vị trực thuộc Sở"]),
        ("Đề nghị Hiệu trưởng các trường THCS tổng hợp", ["Các trường THCS"]),
        ("Giao các cơ sở GDNN tuyển sinh", ["Các cơ sở GDNN"]),
        ("Các trung tâm GDNN-GDTX lập danh sách", ["Các trung tâm GDNN-GDTX"]),
        # a ranger's region since 2025; the post office with its place, not the post
        ("Chi cục Kiểm lâm vùng I kiểm tra", ["Chi cục Kiểm lâm vùng I"]),
        ("Giao Bưu điện xã chi trả trợ cấp", ["Bưu điện xã"]),
        ("Các xã gửi hồ sơ qua bưu điện", ["Các xã"]),  # guard
        # the police's operational departments, whose they are after them
        ("Đề nghị các phòng nghiệp vụ thuộc Công an tỉnh báo cáo",
         ["Các phòng nghiệp vụ thuộc Công an tỉnh"]),
        ("các đơn vị nghiệp vụ, Công an các xã, phường nắm chắc tình hình",
         ["Các đơn vị nghiệp vụ", "Công an các xã, phường"]),
        ("Đề nghị các trung tâm VH-TT tổ chức", ["Các trung tâm VH-TT"]),
        ("Đề nghị các trung tâm y tế tổ chức", ["Các trung tâm y tế"]),  # guard
        # Units a bracket after a collective names, each by its head word, are the units.
        ("Giao các Sở (Sở Tài chính, Sở Nội vụ và Sở Xây dựng) rà soát",
         ["Sở Tài chính", "Sở Nội vụ", "Sở Xây dựng"]),
        ("Đề nghị các trường hiện có (Trường Tiểu học Hòa Bình và Trường Mầm non Sơn Ca) báo cáo",
         ["Trường Tiểu học Hòa Bình", "Trường Mầm non Sơn Ca"]),
        ("Các xã (Tân Phú, Tân Lộc) báo cáo", ["Các xã"]),
        # ... and units in general, whatever the heads of the units the bracket names
        ("Các đơn vị (Phòng Kinh tế, Phòng Văn hóa - Xã hội) rà soát",
         ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]),
        ("Các cơ quan, đơn vị (Công an xã, Ban Chỉ huy Quân sự xã) phối hợp",
         ["Công an xã", "Ban Chỉ huy Quân sự xã"]),
        ("Các đơn vị (theo danh sách kèm theo) báo cáo", ["Các đơn vị"]),  # guard
        # An agency named by its role in the work.
        ("Yêu cầu cơ quan chủ trì soạn thảo tiếp thu ý kiến", ["Cơ quan chủ trì soạn thảo"]),
        ("Đề nghị đơn vị được giao chủ trì báo cáo", ["Đơn vị được giao chủ trì"]),
        ("Giao cơ quan xây dựng đề án hoàn thiện hồ sơ", ["Cơ quan xây dựng đề án"]),
        ("Các cơ quan, đơn vị chủ trì tổ chức", ["Các cơ quan, đơn vị"]),
        # Ministries are units of their own; "Bộ Công an" is no "Công an".
        ("Bộ Tư pháp chủ trì, phối hợp với Bộ Công an thẩm định",
         ["Bộ Tư pháp", "Bộ Công an"]),
        ("Giao Bộ Văn hóa, Thể thao và Du lịch, Bộ Y tế hướng dẫn",
         ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Y tế"]),
        ("Đề nghị các bộ, ngành gửi ý kiến về Bộ Nông nghiệp và Môi trường",
         ["Các bộ, ngành", "Bộ Nông nghiệp và Môi trường"]),
        # A slash between level words lists them as a comma does.
        ("Đề nghị UBND các tỉnh/thành phố trực thuộc Trung ương báo cáo",
         ["UBND các tỉnh, thành phố trực thuộc Trung ương"]),
        ("Giao UBND các huyện/thị xã tổng hợp", ["UBND các huyện, thị xã"]),
        ("Căn cứ Công văn số 15/STC của Sở Tài chính", ["Sở Tài chính"]),
        # The road-safety board of a level, spelled out or abbreviated.
        ("Sở Y tế, Ban An toàn giao thông tỉnh trực 24/24 giờ",
         ["Sở Y tế", "Ban An toàn giao thông tỉnh"]),
        ("Giao Ban ATGT huyện phối hợp với Công an huyện", ["Ban An toàn giao thông huyện",
                                                           "Công an huyện"]),
        # "Văn phòng" before a unit named in full is that unit's office.
        ("Văn phòng Sở Y tế tổng hợp", ["Văn phòng Sở Y tế"]),
        ("Giao Văn phòng Ban Chỉ đạo tỉnh theo dõi", ["Văn phòng Ban Chỉ đạo tỉnh"]),
        ("Công an huyện, Văn phòng Ban An toàn giao thông huyện trực",
         ["Công an huyện", "Văn phòng Ban An toàn giao thông huyện"]),
        ("Văn phòng Sở chủ trì", ["Văn phòng Sở"]),
        # So are a project board, a trade union and a youth union before the unit they serve.
        ("Ban Quản lý dự án Điện lực Nghệ An kiểm kê", ["Ban Quản lý dự án Điện lực Nghệ An"]),
        ("Công đoàn cơ sở Văn phòng UBND tỉnh phát động",
         ["Công đoàn cơ sở Văn phòng UBND tỉnh"]),
        ("Đoàn Thanh niên Công an tỉnh ra quân", ["Đoàn Thanh niên Công an tỉnh"]),
        # So is a party board before the body it leads.
        ("Ban cán sự đảng UBND tỉnh chỉ đạo", ["Ban cán sự đảng UBND tỉnh"]),
        ("Đảng đoàn HĐND tỉnh, Ban cán sự đảng Bộ Tài chính lãnh đạo",
         ["Đảng đoàn HĐND tỉnh", "Ban cán sự đảng Bộ Tài chính"]),
        # "Quý" is the courtesy a letter gives its addressees, who are all the units named.
        ("Quý cơ quan, đơn vị gửi ý kiến về Sở Tư pháp", ["Các cơ quan, đơn vị", "Sở Tư pháp"]),
        ("Đề nghị Quý đơn vị cử cán bộ tham dự", ["Các đơn vị"]),
        ("Trong Quý II, các xã hoàn thành", ["Các xã"]),
        # Qualifiers narrow every office of a type as they narrow any collective.
        ("Các Phòng GD-ĐT trực thuộc báo cáo", ["Các Phòng GD-ĐT trực thuộc"]),
        ("Giao các Ban QLDA chuyên ngành tỉnh rà soát",
         ["Các Ban Quản lý dự án chuyên ngành tỉnh"]),
        ("Các Trung tâm Y tế có liên quan phối hợp", ["Các Trung tâm Y tế có liên quan"]),
        # ... and every branch of a vertical service, not one unit of the army
        ("Các Điện lực khu vực kiểm kê tài sản", ["Các Điện lực khu vực"]),
        ("yêu cầu các Hạt Kiểm lâm địa phương tăng cường", ["Các Hạt Kiểm lâm địa phương"]),
        ("các Bảo hiểm xã hội cơ sở rà soát", ["Các Bảo hiểm xã hội cơ sở"]),
        ("Giao các Quân chủng Hải quân chủ trì", ["Quân chủng Hải quân"]),
        # a commune numbered since the merger is one of the places listed
        ("Yêu cầu UBND các xã: Sơn Kim 1, Kỳ Lạc và UBND phường Sông Trí gửi báo cáo",
         ["UBND xã Sơn Kim 1", "UBND xã Kỳ Lạc", "UBND phường Sông Trí"]),
        ("UBND các xã Sơn Kim 1, Sơn Kim 2 báo cáo", ["UBND xã Sơn Kim 1", "UBND xã Sơn Kim 2"]),
        # a university's faculties, institutes and centres, one collective
        ("Các Khoa, Viện, Trung tâm rà soát chương trình", ["Các Khoa, Viện, Trung tâm"]),
        ("Giao cho trưởng các khoa, viện thông báo", ["Các khoa, viện"]),
        # a bank's or the treasury's offices under a branch; employers, by what they do
        ("Các Phòng Giao dịch trực thuộc thực hiện khóa sổ",
         ["Các Phòng giao dịch trực thuộc"]),
        ("các cơ quan, đơn vị, doanh nghiệp sử dụng lao động đóng đủ",
         ["Các cơ quan, đơn vị, doanh nghiệp sử dụng lao động"]),
        # A range of places names which of a collective.
        ("yêu cầu UBND các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa chỉ đạo",
         ["UBND các tỉnh, thành phố từ Quảng Trị đến Khánh Hòa"]),
        ("các xã từ Phú Lộc tới Phong Điền khẩn trương", ["Các xã từ Phú Lộc tới Phong Điền"]),
        ("UBND các tỉnh từ nay đến cuối năm", ["UBND các tỉnh"]),
        # "của" names what a collective belongs to, as "thuộc" does
        ("các Ban của HĐND tỉnh quyết định", ["Các Ban của HĐND tỉnh"]),
        ("các phòng của UBND huyện báo cáo", ["Các phòng của UBND huyện"]),
        # the ministry that writes, by its head noun alone
        ("các đơn vị thuộc Bộ báo cáo", ["Các đơn vị thuộc Bộ"]),
        # industrial and economic zones' boards, in their abbreviations
        ("Ban Quản lý KCN tỉnh báo cáo", ["Ban Quản lý các khu công nghiệp tỉnh"]),
        ("Ban Quản lý KKT Vân Phong báo cáo", ["Ban Quản lý Khu kinh tế Vân Phong"]),
    ],
)
def test_lists_of_places_and_counted_collectives(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


def test_collectives_are_flagged() -> None:
    mentions = default_resolver().scan("UBND huyện và UBND các xã, thị trấn, UBND cấp xã")
    assert [m.collective for m in mentions] == [False, True, True]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Phòng Nội vụ", "Phòng Nội vụ"),
        ("phong noi vu", "Phòng Nội vụ"),
        ("Tài chính - KH", "Phòng Tài chính - Kế hoạch"),
        ("Tư pháp", "Phòng Tư pháp"),
        ("UBND huyện", "UBND huyện"),
    ],
)
def test_resolve_a_typed_name(typed: str, expected: str) -> None:
    found = default_resolver().resolve(typed)
    assert found.known
    assert found.name == expected


def test_unknown_names_are_kept_and_marked() -> None:
    found = default_resolver().resolve("Tổ giúp việc Đề án 06")
    assert not found.known
    assert found.name == "Tổ giúp việc Đề án 06"


def test_tone_placement_and_case_do_not_matter() -> None:
    assert fold_word("Uỷ") == fold_word("ủy")
    assert fold_word("HOÁ") == fold_word("hóa")
    assert name_key("Phòng Văn hóa và Thông tin") == name_key("PHÒNG VĂN HOÁ - THÔNG TIN")


def test_directory_adds_named_units(tmp_path: Path) -> None:
    directory = tmp_path / "units.toml"
    directory.write_text(
        '[[unit]]\nname = "Tổ công tác 494"\nkind = "office"\n'
        'aliases = ["Tổ công tác chỉ đạo xây dựng nông thôn mới nâng cao"]\n'
        '[[unit]]\nname = "UBND xã Cẩm Quang"\nkind = "body"\n',
        encoding="utf-8",
    )
    resolver = build_resolver(directory)
    mentions = resolver.scan("Tổ công tác chỉ đạo xây dựng nông thôn mới nâng cao: theo dõi")
    assert [(m.name, m.known) for m in mentions] == [("Tổ công tác 494", True)]
    assert resolver.scan("Ủy ban nhân dân xã Cẩm Quang")[0].entry.named


def test_the_directory_names_a_unit_the_text_abbreviates(tmp_path: Path) -> None:
    """The text's spelling ("TP", "KH-ĐT") is kept only for units the directory lacks."""
    directory = tmp_path / "units.toml"
    directory.write_text(
        '[[unit]]\nname = "UBND thành phố Vĩnh Yên"\nkind = "body"\n'
        '[[unit]]\nname = "Sở Kế hoạch và Đầu tư"\nkind = "office"\n'
        '[[unit]]\nname = "Phòng Nội vụ"\nkind = "office"\n',
        encoding="utf-8",
    )
    mentions = build_resolver(directory).scan(
        "Giao UBND TP Vĩnh Yên, Sở KH-ĐT, Phòng Nội vụ TP và UBND TP Phúc Yên rà soát")
    assert [m.name for m in mentions] == [
        "UBND thành phố Vĩnh Yên", "Sở Kế hoạch và Đầu tư", "Phòng Nội vụ", "UBND TP Phúc Yên"]


def test_directory_from_csv(tmp_path: Path) -> None:
    directory = tmp_path / "units.csv"
    directory.write_text(
        "name,kind,aliases,members\nUBND các phường,body,,UBND phường A|UBND phường B\n"
        "UBND phường A,body,UB phường A,\n",
        encoding="utf-8",
    )
    entries = read_directory(directory)
    assert entries[0][0].members == ("UBND phường A", "UBND phường B")
    assert entries[1][1] == ("UB phường A",)


@pytest.mark.parametrize(
    ("name", "content"),
    [("units.toml", "[[unit]]\nkind = 'body'\n"), ("units.toml", "[[unit\n"),
     ("units.xlsx", "x")],
)
def test_bad_directories_say_why(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IngestError, match=r"Danh mục đơn vị|thiếu tên"):
        read_directory(path)


def test_a_directory_unit_shares_its_place_with_the_bodies_before_it(tmp_path: Path) -> None:
    directory = tmp_path / "units.toml"
    directory.write_text('[[unit]]\nname = "UBND xã Tân Phú"\nkind = "body"\n', encoding="utf-8")
    mentions = build_resolver(directory).scan("Đảng ủy, UBND xã Tân Phú: rà soát")
    assert [m.name for m in mentions] == ["Đảng ủy xã Tân Phú", "UBND xã Tân Phú"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A committee named by its purpose in lower case, then its level, is no UBND: one per
        # level listed with "ở", one collective over a plural.
        ("Ủy ban bầu cử ở tỉnh, ở huyện, ở xã công bố danh sách",
         ["Ủy ban bầu cử ở tỉnh", "Ủy ban bầu cử ở huyện", "Ủy ban bầu cử ở xã"]),
        ("Ủy ban bầu cử ở tỉnh và ở xã niêm yết", ["Ủy ban bầu cử ở tỉnh", "Ủy ban bầu cử ở xã"]),
        ("Ủy ban bầu cử các xã, phường tiếp nhận hồ sơ", ["Ủy ban bầu cử các xã, phường"]),
        ("Ủy ban bầu cử tỉnh Gia Lai gửi báo cáo", ["Ủy ban bầu cử tỉnh Gia Lai"]),
        ("Ủy ban huyện chỉ đạo", ["UBND huyện"]),
        # The election's own bodies, and the Front's and mass organisations' branches below a
        # commune, which take the village or residential area as their place.
        ("Hội đồng bầu cử quốc gia hướng dẫn", ["Hội đồng bầu cử quốc gia"]),
        ("Ủy ban bầu cử xã, Ban bầu cử và Tổ bầu cử niêm yết",
         ["Ủy ban bầu cử xã", "Ban bầu cử", "Tổ bầu cử"]),
        ("Ban bầu cử số 3 kiểm tra", ["Ban bầu cử số 3"]),
        ("Đồng chí Trưởng ban Công tác Mặt trận thôn Đông báo cáo",
         ["Ban Công tác Mặt trận thôn Đông"]),
        ("Ban Công tác Mặt trận các khu dân cư tổ chức hội nghị",
         ["Ban Công tác Mặt trận các khu dân cư"]),
        ("Hội Nông dân tổ dân phố 5 vận động", ["Hội Nông dân tổ dân phố 5"]),
        ("Ban Thanh tra nhân dân xã giám sát", ["Ban Thanh tra nhân dân xã"]),
        # The two-tier administration's commune services, and offices that go by a number.
        ("Trung tâm Dịch vụ tổng hợp xã hướng dẫn", ["Trung tâm Dịch vụ tổng hợp xã"]),
        ("Bảo hiểm xã hội cơ sở Hương Trà rà soát", ["Bảo hiểm xã hội cơ sở Hương Trà"]),
        ("Thuế cơ sở 5 tỉnh Huế đôn đốc", ["Thuế cơ sở 5 tỉnh Huế"]),
        ("Đội Quản lý thị trường số 3 kiểm tra", ["Đội Quản lý thị trường số 3"]),
        ("Thuế cơ sở, 5 tỉnh", ["Thuế cơ sở", "5 tỉnh"]),
        # So is a council no catalogue names, its purpose's words joined by "và" included.
        ("Hội đồng thi đua khen thưởng xã xét duyệt", ["Hội đồng thi đua khen thưởng xã"]),
        ("Hội đồng giáo dục quốc phòng và an ninh tỉnh tổ chức kiểm tra",
         ["Hội đồng giáo dục quốc phòng và an ninh tỉnh"]),
        ("Hội đồng nhân dân xã giám sát", ["HĐND xã"]),
        ("Ban Chỉ đạo đề nghị ban thường vụ tỉnh ủy chủ trì",
         ["Ban Chỉ đạo", "Ban Thường vụ Tỉnh ủy"]),
        # "Ban Thường trực" of a unit named in full after it.
        ("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh gửi biên bản",
         ["Ban Thường trực Ủy ban MTTQ tỉnh"]),
        ("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam gửi biên bản",
         ["Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"]),
        ("Ban Thường trực Hội Nông dân tỉnh tổ chức", ["Ban Thường trực Hội Nông dân tỉnh"]),
        ("Ban Thường trực Liên đoàn Lao động tỉnh gửi",
         ["Ban Thường trực Liên đoàn Lao động tỉnh"]),
        # A project board named for its works, as the text writes it.
        ("BQL DA các công trình giao thông, chủ đầu tư dự án", [
            "BQL DA các công trình giao thông"]),
        ("Ban QLDA đầu tư xây dựng các công trình Nông nghiệp và PTNT khẩn trương hoàn thiện",
         ["Ban QLDA đầu tư xây dựng các công trình Nông nghiệp và PTNT"]),
        ("gửi Ban Quản lý dự án đầu tư xây dựng công trình Dân dụng và Hạ tầng khu vực tỉnh Hà "
         "Tĩnh đề nghị", ["Ban Quản lý dự án đầu tư xây dựng công trình Dân dụng và Hạ tầng khu "
                          "vực tỉnh Hà Tĩnh"]),
        ("Ban Quản lý dự án các công trình thủy lợi huyện báo cáo",
         ["Ban Quản lý dự án các công trình thủy lợi huyện"]),
        ("Ban QLDA các công trình Giao thông & Đô thị và Thủ trưởng các đơn vị",
         ["Ban QLDA các công trình Giao thông & Đô thị", "Các đơn vị"]),
        # Qualifiers of a collective: whose it is, what kind.
        ("gửi các sở, ngành trực thuộc UBND tỉnh; UBND các huyện",
         ["Các sở, ngành trực thuộc UBND tỉnh", "UBND các huyện"]),
        ("giao các phòng, ban chuyên môn rà soát", ["Các phòng, ban chuyên môn"]),
        # the unit they belong to named in full, not cut at its head noun
        ("các đơn vị trực thuộc Sở Tài chính nộp báo cáo", ["Các đơn vị trực thuộc Sở Tài chính"]),
        ("các trường thuộc Phòng Giáo dục và Đào tạo huyện Mê Linh báo cáo",
         ["Các trường thuộc Phòng Giáo dục và Đào tạo huyện Mê Linh"]),
        ("các chi bộ trực thuộc Đảng ủy xã hoàn thành", ["Các chi bộ trực thuộc Đảng ủy xã"]),
        ("các đơn vị trực thuộc sở thực hiện", ["Các đơn vị trực thuộc sở"]),
        # the armed forces and public offices are bodies of a list
        ("các cơ quan, trường học, lực lượng vũ trang treo cờ",
         ["Các cơ quan, trường học, lực lượng vũ trang"]),
        ("các công sở, bệnh viện treo cờ", ["Các công sở, bệnh viện"]),
        # The levels of schools listed after "các trường".
        ("Trước 10/5, các trường mầm non, tiểu học, THCS nộp kế hoạch",
         ["Các trường mầm non, tiểu học, THCS"]),
        ("các trường mẫu giáo và trung học cơ sở, các xã", [
            "Các trường mẫu giáo và trung học cơ sở", "Các xã"]),
        ("Các trường THCS, THPT hướng dẫn", ["Các trường THCS, THPT"]),
        # The provincial statistics office since 2025, by its level.
        ("giao Thống kê tỉnh chủ trì", ["Thống kê tỉnh"]),
        ("Thống kê tình hình học tập", []),
        # "các" and a lower-case office head with its kind abbreviated: every office of it.
        ("Các phòng GDĐT báo cáo", ["Các Phòng Giáo dục và Đào tạo"]),
        ("đề nghị các phòng VHTT phối hợp", ["Các Phòng Văn hóa và Thông tin"]),
        ("các sở KH-ĐT tham mưu", ["Các Sở KH-ĐT"]),
    ],
)
def test_units_by_their_head_noun(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ Tài chính", True),
        ("Các bộ, cơ quan ngang bộ, UBND tỉnh, thành phố", True),
        ("Bộ Văn hóa, Thể thao và Du lịch, Bộ Y tế (theo chức năng được giao)", True),
        ("Ngân hàng Nhà nước", True),
        ("Quốc hội sửa đổi, bổ sung, ban hành mới văn bản quy phạm pháp luật", False),
        ("Chương trình số 12-CTr/BCĐ", False),
        ("Cơ chế, chính sách được ban hành", False),
        ("trình Bộ Tài chính thẩm định", False),
        # Offices no catalogue holds, by head noun and capitalised name, alone or in a list.
        ("Vụ Pháp chế", True),
        ("Cục Lâm nghiệp và Kiểm lâm, Sở Nông nghiệp và Môi trường", True),
        ("Ban hành kế hoạch thực hiện", False),
        ("Phòng chống thiên tai, tìm kiếm cứu nạn", False),
        # a known unit with a verb after it is a sentence, not an office's long name
        ("Sở Y tế quyết định chương trình giám sát năm 2018", False),
    ],
)
def test_names_units_tells_a_cell_of_units_from_a_sentence(text: str, expected: bool) -> None:
    """A table cell that lists units, and little else, against one that opens with a unit."""
    assert default_resolver().names_units(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural head before a colon names each unit listed, by the catalogue's longest name:
        # commas and "và" inside a name stay in it
        ("phối hợp với các Bộ: Văn hóa, Thể thao và Du lịch, Tài chính và các cơ quan liên quan",
         ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Tài chính", "Các cơ quan liên quan"]),
        ("các Sở: Nông nghiệp và Môi trường, Xây dựng rà soát",
         ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng"]),
        # collectives of forces and of state groups
        ("các lực lượng chức năng tăng cường tuần tra", ["Các lực lượng chức năng"]),
        ("các tập đoàn, tổng công ty nhà nước rà soát", ["Các tập đoàn, tổng công ty nhà nước"]),
        ("tập trung huy động lực lượng, bố trí nguồn lực", []),
    ],
)
def test_units_listed_after_a_plural_head_and_collectives(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "UB" spells the Front's committee only before "MTTQ": "Ủy ban nhân dân, Mặt trận Tổ
        # quốc" is two bodies
        ("Ủy ban nhân dân, Mặt trận Tổ quốc và các đoàn thể xã", ["UBND", "Mặt trận Tổ quốc",
                                                                 "Các đoàn thể xã"]),
        ("UB MTTQ xã tổ chức", ["Ủy ban MTTQ xã"]),
        ("UB xã họp", ["UBND xã"]),
    ],
)
def test_the_fronts_committee_and_the_peoples_committee_apart(text: str, expected: list[str]):
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party committee's suffix ("tỉnh ủy") never runs across a comma into the next body
        ("Công an huyện, Ủy ban nhân dân các xã triển khai", ["Công an huyện", "UBND các xã"]),
        ("các đơn vị thuộc Ủy ban nhân dân tỉnh, Ủy ban nhân dân các huyện rà soát",
         ["Các đơn vị thuộc UBND tỉnh", "UBND các huyện"]),
        ("Ban Tuyên giáo Tỉnh ủy phối hợp", ["Ban Tuyên giáo Tỉnh ủy"]),
        # the standing board of a body's own party committee is one unit
        ("Ban Thường vụ Đảng ủy Sở Y tế chỉ đạo", ["Ban Thường vụ Đảng ủy Sở Y tế"]),
        # member organisations are a collective
        ("các đoàn thể thành viên tuyên truyền", ["Các đoàn thể thành viên"]),
        # a title before a level names the heads of all its bodies, the levels listed with it
        ("yêu cầu chủ tịch cấp xã, cấp huyện chịu trách nhiệm", ["Chủ tịch cấp xã, cấp huyện"]),
        ("Cấp huyện, cấp xã hoàn thành", ["Cấp huyện", "Cấp xã"]),
        ("Chủ tịch UBND cấp xã chịu trách nhiệm", ["UBND cấp xã"]),
        # the Party's central bodies
        ("báo cáo Ban Bí thư và Bộ Chính trị", ["Ban Bí thư", "Bộ Chính trị"]),
        # a mass organisation's standing board, a unit's party cell, the forces' party committee
        ("Ban Thường vụ Hội Nông dân tỉnh tổ chức", ["Ban Thường vụ Hội Nông dân tỉnh"]),
        ("Ban Thường vụ Liên đoàn Lao động tỉnh chỉ đạo",
         ["Ban Thường vụ Liên đoàn Lao động tỉnh"]),
        ("Ban Thường vụ Tỉnh đoàn tổ chức", ["Ban Thường vụ Tỉnh đoàn"]),
        ("Giao Ban Thường vụ Đoàn Thanh niên xã tổ chức", ["Ban Thường vụ Đoàn Thanh niên xã"]),
        ("Chi bộ Công an xã lãnh đạo", ["Chi bộ Công an xã"]),
        ("Đảng ủy Quân sự tỉnh lãnh đạo", ["Đảng ủy Quân sự tỉnh"]),
        ("Ban Thường vụ Tỉnh ủy chỉ đạo", ["Ban Thường vụ Tỉnh ủy"]),
    ],
)
def test_committees_boards_and_titled_levels(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number counting the bodies of a list names them as "các" does
        ("Chính phủ yêu cầu 11 Bộ, cơ quan tập trung", ["11 Bộ, cơ quan"]),
        ("giao 5 sở, ngành rà soát", ["5 sở, ngành"]),
        # a counted noun that lists nothing is a quantity
        ("đạt 3 bộ tiêu chí", []),
        ("có 12 đơn vị hoàn thành", []),
    ],
)
def test_a_number_counting_the_bodies_of_a_list(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "các sở, ban, ngành:" names the units after its colon: bodies by their own names, bare
        # department names under its first noun, a unit type over places
        ("các sở, ban, ngành: Công an tỉnh, Tài chính, Y tế và UBND các huyện, thị xã báo cáo",
         ["Công an tỉnh", "Sở Tài chính", "Sở Y tế", "UBND các huyện, thị xã"]),
        # what is left of a collective
        ("Các xã còn lại tiếp tục rà soát", ["Các xã còn lại"]),
    ],
)
def test_units_listed_after_a_collectives_colon(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the levels listed after "cấp" belong to the collective
        ("chính quyền địa phương cấp huyện, xã phải báo cáo",
         ["Chính quyền địa phương cấp huyện, xã"]),
        ("các cơ quan chuyên môn cấp tỉnh, huyện và xã phải",
         ["Các cơ quan chuyên môn cấp tỉnh, huyện và xã"]),
        # a level with a proper name after it is a place of its own
        ("các phòng chuyên môn cấp huyện, xã Tân An phải", ["Các phòng chuyên môn cấp huyện"]),
    ],
)
def test_levels_listed_after_a_level_qualifier(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's own number counts nothing: it names the place
        ("Tổ dân phố 14 phường Minh Xuân họp", ["Tổ dân phố 14 phường Minh Xuân"]),
        ("UBND 14 phường tổ chức", ["UBND 14 phường"]),
        # bodies listed before their territory share it across their heads' titles
        ("Bí thư Đảng ủy, Chủ tịch UBND các xã, phường tiếp tục",
         ["Đảng ủy các xã, phường", "UBND các xã, phường"]),
        # the army's commands
        ("Bộ Tư lệnh Quân khu 4 chủ trì", ["Bộ Tư lệnh Quân khu 4"]),
        ("Bộ Tư lệnh Thủ đô phối hợp", ["Bộ Tư lệnh Thủ đô Hà Nội"]),
    ],
)
def test_numbered_places_titled_bodies_and_army_commands(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person named after the unit is the chair, not its place
        ("Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng yêu cầu", ["UBND tỉnh Quảng Nam"]),
        ("Chủ tịch UBND thành phố Nguyễn Văn Được chủ trì", ["UBND thành phố"]),
        # a ward may bear a hero's name, and so may a few districts
        ("UBND phường Hoàng Văn Thụ tổ chức", ["UBND phường Hoàng Văn Thụ"]),
        ("Chủ tịch UBND huyện Trần Văn Thời yêu cầu", ["UBND huyện Trần Văn Thời"]),
        ("Chủ tịch UBND phường Hoàng Văn Thụ yêu cầu", ["UBND phường Hoàng Văn Thụ"]),
        ("Chủ tịch UBND phường Trần Hưng Đạo yêu cầu", ["UBND phường Trần Hưng Đạo"]),
        # ... but after a leader's title, a name with "Văn" or "Thị" is the leader's
        ("Phó Chủ tịch UBND xã Nguyễn Văn Bình chỉ đạo", ["UBND xã"]),
        ("Chủ tịch UBND phường Lê Thị Hoa yêu cầu", ["UBND phường"]),
        # a full name of three or four syllables, its middle name any
        ("Phó Chủ tịch UBND tỉnh Đỗ Tâm Hiển khẳng định", ["UBND tỉnh"]),
        ("Chủ tịch UBND tỉnh Quảng Ngãi Đỗ Tâm Hiển yêu cầu", ["UBND tỉnh Quảng Ngãi"]),
        ("Chủ tịch UBND thành phố Hồ Chí Minh yêu cầu", ["UBND thành phố Hồ Chí Minh"]),
        ("Chủ tịch UBND thành phố Phan Rang - Tháp Chàm yêu cầu",
         ["UBND thành phố Phan Rang - Tháp Chàm"]),
    ],
)
def test_a_persons_name_after_a_unit(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a national committee by its own name, "quốc gia" in lower case one word of it
        ("Ủy ban ATGT quốc gia đề nghị các bộ", ["Ủy ban ATGT quốc gia", "Các bộ"]),
        ("Ủy ban An toàn giao thông quốc gia đề nghị",
         ["Ủy ban An toàn giao thông Quốc gia"]),
        ("Ủy ban ATGT Quốc gia chủ trì", ["Ủy ban ATGT Quốc gia"]),
        ("Ban An toàn giao thông tỉnh chủ trì", ["Ban An toàn giao thông tỉnh"]),
    ],
)
def test_national_committees_by_their_own_names(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news names a minister by the ministry's field alone
        ("Bộ trưởng Xây dựng nghiên cứu, công bố tài liệu", ["Bộ Xây dựng"]),
        ("Bộ trưởng Công an, Bộ trưởng Quốc phòng chỉ đạo", ["Bộ Công an", "Bộ Quốc phòng"]),
        ("Bộ trưởng Bộ Y tế chỉ đạo", ["Bộ Y tế"]),
        # ... not by a person's name
        ("Bộ trưởng Nguyễn Văn An cho biết", []),
    ],
)
def test_a_ministry_by_its_ministers_title(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every office of a numbered kind, its type in lower case as in capitals
        ("Các tổ bầu cử nhận tài liệu", ["Các tổ bầu cử"]),
        ("các Tổ bầu cử nhận tài liệu", ["Các Tổ bầu cử"]),
        ("các thuế cơ sở phối hợp", ["Các thuế cơ sở"]),
        # ... not the offices a number names
        ("các Thuế cơ sở 1, 2 và 3 phối hợp", ["Thuế cơ sở 1"]),
    ],
)
def test_every_office_of_a_numbered_kind(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the election committee with no level is the text's own, never a People's Committee
        ("Ủy ban bầu cử hoàn thành việc niêm yết danh sách", ["Ủy ban bầu cử"]),
        ("Ủy ban bầu cử, Ban bầu cử, Tổ bầu cử thực hiện",
         ["Ủy ban bầu cử", "Ban bầu cử", "Tổ bầu cử"]),
        # ... and with its level, as before
        ("Ủy ban bầu cử xã hoàn thành", ["Ủy ban bầu cử xã"]),
        ("Ủy ban bầu cử ở xã, ở thôn", ["Ủy ban bầu cử ở xã", "Ủy ban bầu cử ở thôn"]),
        ("Ủy ban bầu cử thành phố Hà Nội yêu cầu", ["Ủy ban bầu cử thành phố Hà Nội"]),
    ],
)
def test_the_election_committee_alone(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a village or a residential group by its name or number, one each when listed
        ("Giao Tổ dân phố số 5 phối hợp với Công an phường",
         ["Tổ dân phố số 5", "Công an phường"]),
        ("Giao thôn Đông Hồ phối hợp", ["thôn Đông Hồ"]),
        ("Khu phố 3 phối hợp", ["Khu phố 3"]),
        ("thôn Lai Hà, Tây Hoàng và UBND xã", ["thôn Lai Hà", "thôn Tây Hoàng", "UBND xã"]),
        # ... numbers after a numbered one, each a village of its level
        ("Tổ dân phố số 5, số 7 vận động", ["Tổ dân phố số 5", "Tổ dân phố số 7"]),
        ("Tổ dân phố số 5 và số 7 vận động", ["Tổ dân phố số 5", "Tổ dân phố số 7"]),
        ("Thôn 3, 5 và 7 vận động", ["Thôn 3", "Thôn 5", "Thôn 7"]),
        ("khu phố 2, 4 phối hợp", ["khu phố 2", "khu phố 4"]),
        # ... named after "các", one each as the communes are ("UBND các xã A, B")
        ("Giao các thôn Bản Mạ, Nà Pồng, Khuổi Luông rà soát",
         ["thôn Bản Mạ", "thôn Nà Pồng", "thôn Khuổi Luông"]),
        ("các tổ dân phố số 3, số 5 rà soát", ["tổ dân phố số 3", "tổ dân phố số 5"]),
        # ... a name with its part's number, and the level said again in the list
        ("các thôn Ao Sen 2 và thôn Lĩnh tuyên truyền", ["thôn Ao Sen 2", "thôn Lĩnh"]),
        ("thôn Cập Thượng 2, Cập Nhất 1 vận động", ["thôn Cập Thượng 2", "thôn Cập Nhất 1"]),
        # ... its Party cell, each village's when several are named
        ("Chi bộ thôn Đông Hồ thực hiện", ["Chi bộ thôn Đông Hồ"]),
        ("Chi bộ thôn Bản Mạ, Nà Pồng rà soát", ["Chi bộ thôn Bản Mạ", "Chi bộ thôn Nà Pồng"]),
        ("Chi bộ các thôn Bản Mạ, Nà Pồng rà soát", ["Chi bộ thôn Bản Mạ", "Chi bộ thôn Nà Pồng"]),
        # ... listed after a colon
        ("Trưởng các thôn: Đông Thịnh, Yên Lập tổ chức họp dân",
         ["thôn Đông Thịnh", "thôn Yên Lập"]),
        ("các thôn: tổ chức họp dân", ["Các thôn"]),  # (guard, passed before) no names listed
        ("Các thôn: Tuyên truyền người dân", ["Các thôn"]),  # (guard) a label over a sentence
        # ... not every village, nor the village a unit before it belongs to
        ("các thôn, tổ dân phố thực hiện", ["Các thôn, tổ dân phố"]),
        ("Ban công tác Mặt trận thôn Lĩnh", ["Ban Công tác Mặt trận thôn Lĩnh"]),
    ],
)
def test_villages_by_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the associations every commune has, asked beside the Front
        ("Ủy ban MTTQ Việt Nam xã, Hội Khuyến học xã: Vận động",
         ["Ủy ban MTTQ xã", "Hội Khuyến học xã"]),
        ("Hội Người cao tuổi xã phối hợp", ["Hội Người cao tuổi xã"]),
    ],
)
def test_a_communes_associations(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Youth Union's standing board and the Young Pioneers' council, sharing their places
        ("đề nghị Ban Thường vụ Đoàn, Hội đồng Đội các tỉnh, thành phố triển khai",
         ["Ban Thường vụ Đoàn các tỉnh, thành phố", "Hội đồng Đội các tỉnh, thành phố"]),
        ("Hội Nông dân, Hội Cựu chiến binh các xã tổ chức",
         ["Hội Nông dân các xã", "Hội Cựu chiến binh các xã"]),
        ("Hội đồng Đội xã Tân Lập tổ chức", ["Hội đồng Đội xã Tân Lập"]),
    ],
)
def test_mass_bodies_share_their_places(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban Quản lý Khu kinh tế mở Chu Lai báo cáo", ["Ban Quản lý Khu kinh tế mở Chu Lai"]),
        ("Ban Quản lý Khu kinh tế cửa khẩu Lào Cai rà soát",
         ["Ban Quản lý Khu kinh tế cửa khẩu Lào Cai"]),
        ("Ban Quản lý Khu công nghệ cao Hòa Lạc rà soát",
         ["Ban Quản lý Khu công nghệ cao Hòa Lạc"]),
        ("Ban Quản lý Khu công nghệ cao và các khu công nghiệp tổ chức",
         ["Ban Quản lý Khu công nghệ cao và các khu công nghiệp"]),
    ],
)
def test_boards_of_open_border_and_high_tech_zones(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("giao UBND hai xã Cồn Tiên và Cam Lộ khẩn trương", ["UBND xã Cồn Tiên", "UBND xã Cam Lộ"]),
        ("UBND quận Nam Từ Liêm, UBND hai huyện Đông Anh và Đan Phượng triển khai",
         ["UBND quận Nam Từ Liêm", "UBND huyện Đông Anh", "UBND huyện Đan Phượng"]),
        ("UBND 2 xã Cồn Tiên và Cam Lộ khẩn trương", ["UBND xã Cồn Tiên", "UBND xã Cam Lộ"]),
        ("UBND ba xã báo cáo", ["UBND ba xã"]),
        # a weekday is no count
        ("vào thứ ba xã An Phú họp", []),
    ],
)
def test_a_count_in_words_or_digits_names_its_places(text: str, expected: list[str]) -> None:
    """A count before a level counts places as "các" does, and names each place listed."""
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yêu cầu các sở, ngành, chính quyền địa phương phối hợp",
         ["Các sở, ngành", "Chính quyền địa phương"]),
        ("các sở, ngành và chính quyền địa phương phối hợp",
         ["Các sở, ngành", "Chính quyền địa phương"]),
        ("các sở, ban, ngành, chính quyền các cấp tổ chức",
         ["Các sở, ban, ngành", "Chính quyền các cấp"]),
        # no department before them: one collective still
        ("các cấp ủy, chính quyền, Mặt trận và đoàn thể tổ chức",
         ["Các cấp ủy, chính quyền, Mặt trận và đoàn thể"]),
    ],
)
def test_local_governments_after_the_departments_are_apart(
    text: str, expected: list[str]
) -> None:
    """Two head nouns, two collectives: the departments, then the local governments."""
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("giao Ban quản lý dự án thủy lợi và phòng chống thiên tai tỉnh Phú Yên khẩn trương lập",
         ["Ban quản lý dự án thủy lợi và phòng chống thiên tai tỉnh Phú Yên"]),
        ("Ban Quản lý dự án giao thông tỉnh Hà Tĩnh đẩy nhanh", [
            "Ban Quản lý dự án giao thông tỉnh Hà Tĩnh"]),
        ("Ban Quản lý dự án Thủy lợi tỉnh Phú Yên lập", [
            "Ban Quản lý dự án Thủy lợi tỉnh Phú Yên"]),
        ("Ban Quản lý dự án nông nghiệp huyện lập", ["Ban Quản lý dự án nông nghiệp huyện"]),
        # the field ends where other units or what the board does begin
        ("Ban Quản lý dự án thủy lợi và các xã lập", ["Ban Quản lý dự án thủy lợi", "Các xã"]),
        ("Ban Quản lý dự án giao thông phối hợp với UBND xã lập",
         ["Ban Quản lý dự án giao thông", "UBND xã"]),
    ],
)
def test_a_project_board_named_for_its_sector(text: str, expected: list[str]) -> None:
    """A project board named by the sector of its works, with no "công trình" before it."""
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quân khu 4 chủ trì", ["Quân khu 4"]),
        ("Quân đoàn 34 phối hợp", ["Quân đoàn 34"]),
        ("Bộ Tổng tham mưu Quân đội nhân dân Việt Nam chỉ đạo", ["Bộ Tổng Tham mưu"]),
        ("Quân chủng Phòng không - Không quân bố trí lực lượng",
         ["Quân chủng Phòng không - Không quân"]),
        ("Binh chủng Công binh hỗ trợ", ["Binh chủng Công binh"]),
        ("Bộ Tư lệnh Quân khu 7 chủ trì", ["Bộ Tư lệnh Quân khu 7"]),
    ],
)
def test_the_armys_commands_services_and_arms(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các Ban Chỉ huy Quân sự xã hoàn thành", ["Các Ban Chỉ huy Quân sự xã"]),
        ("giao các Ban CHQS phường tổ chức", ["Các Ban Chỉ huy Quân sự phường"]),
        # guards, passed before
        ("giao các Ban Chỉ huy Quân sự xã, phường tổ chức", ["Ban Chỉ huy Quân sự các xã, phường"]),
        ("các sở, ban, ngành tỉnh thực hiện", ["Các sở, ban, ngành tỉnh"]),
        ("các Ban của HĐND tỉnh thẩm tra", ["Các Ban của HĐND tỉnh"]),
    ],
)
def test_every_board_of_a_force_in_the_plural(text: str, expected: list[str]) -> None:
    """A force's boards in the plural are named whole, not as the collective "các ban"."""
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giao Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo",
         ["Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh"]),
        ("giao Đảng ủy Chính phủ, Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương chỉ đạo",
         ["Đảng ủy Chính phủ", "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"]),
        # guard, passed before: the Front's committee and the mass organisations, two units
        ("Ủy ban MTTQ tỉnh, các đoàn thể tỉnh tuyên truyền",
         ["Ủy ban MTTQ tỉnh", "Các đoàn thể tỉnh"]),
    ],
)
def test_the_fronts_party_committee_named_with_its_comma(text: str, expected: list[str]) -> None:
    """Since 2025: "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" is one committee."""
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chi bộ thôn Đông Hà, Chi bộ Trạm Y tế xã: khẩn trương",
         ["Chi bộ thôn Đông Hà", "Chi bộ Trạm Y tế xã"]),
        ("thôn Đông Hà, Chi đoàn thôn Tân Lập báo cáo", ["thôn Đông Hà", "Chi đoàn thôn Tân Lập"]),
        # guard, passed before: a village named "Chi ..." is still one
        ("thôn Đông Hà, Chi Lăng báo cáo", ["thôn Đông Hà", "thôn Chi Lăng"]),
    ],
)
def test_a_cell_or_branch_after_a_village_is_no_village(text: str, expected: list[str]) -> None:
    """"..., Chi bộ Trạm Y tế xã" after a village opens a unit, not another village "Chi"."""
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ủy ban kiểm tra các đảng ủy trực thuộc Tỉnh ủy xây dựng chương trình",
         ["Ủy ban Kiểm tra các đảng ủy trực thuộc Tỉnh ủy"]),
        ("Ban Thường vụ các đảng ủy trực thuộc Thành ủy báo cáo",
         ["Ban Thường vụ các đảng ủy trực thuộc Thành ủy"]),
        # guards, passed before: no owner named, or a list after a comma
        ("Ban Thường vụ các Đảng ủy trực thuộc báo cáo", ["Ban Thường vụ các Đảng ủy trực thuộc"]),
        ("Ban Thường vụ các đảng ủy trực thuộc, Tỉnh ủy viên báo cáo",
         ["Ban Thường vụ các đảng ủy trực thuộc", "Tỉnh ủy"]),
    ],
)
def test_the_boards_of_party_committees_keep_their_owner(text: str, expected: list[str]) -> None:
    """"... các đảng ủy trực thuộc Tỉnh ủy": the committee they belong to ends the name."""
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban Chỉ huy Phòng thủ dân sự xã Tân An báo cáo",
         ["Ban Chỉ huy Phòng thủ dân sự xã Tân An"]),
        ("BCH PTDS tỉnh trực ban", ["Ban Chỉ huy Phòng thủ dân sự tỉnh"]),
    ],
)
def test_civil_defence_commands(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trung tâm Văn hóa - Thể thao và Truyền thanh phường Bến Cát tổ chức",
         ["Trung tâm Văn hóa - Thể thao và Truyền thanh phường Bến Cát"]),
        ("Ban điều hành khu phố 3 tổ chức", ["Ban điều hành khu phố 3"]),
    ],
)
def test_a_wards_centre_and_its_quarters_boards(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize("kind", ["khám, chữa bệnh", "khám chữa bệnh"])
def test_health_facilities_are_one_collective(kind: str) -> None:
    text = f"Sở Y tế yêu cầu các cơ sở {kind} tăng cường giám sát"
    assert [m.name for m in default_resolver().scan(text)] == ["Sở Y tế", f"Các cơ sở {kind}"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Youth Union by its usual abbreviation
        ("Đoàn TN xã Tân Phú phát động", ["Đoàn Thanh niên xã Tân Phú"]),
        ("Đoàn TNCS xã Tân Phú phát động", ["Đoàn Thanh niên xã Tân Phú"]),
        # an institution's head word of two syllables ends a name before it, not inside it
        ("BCH Đoàn TN Bệnh viện kính đề nghị các chi đoàn", ["Ban Chấp hành Đoàn TN",
                                                             "Các chi đoàn"]),
        ("Sở Xây dựng Hải Phòng triển khai", ["Sở Xây dựng Hải Phòng"]),  # guard, passed before
        # the trade union of every level or of a place; not the common noun
        ("Công đoàn các cấp tổ chức thăm hỏi", ["Công đoàn các cấp"]),
        ("Liên đoàn Lao động thành phố đề nghị Công đoàn các xã, phường chủ động",
         ["Liên đoàn Lao động thành phố", "Công đoàn các xã, phường"]),
        ("tham gia hoạt động công đoàn tích cực", []),  # guard, passed before
        # the Youth Union by the bare "Đoàn" of a place, and its grassroots unions
        ("Đoàn các xã, phường, đặc khu chủ trì tổ chức", ["Đoàn các xã, phường, đặc khu"]),
        ("Đoàn xã Hòa Bình tổ chức ra quân", ["Đoàn xã Hòa Bình"]),
        ("các Đoàn cơ sở trực thuộc gửi báo cáo", ["Các Đoàn cơ sở trực thuộc"]),
        ("Đoàn kiểm tra xã làm việc", []),  # guard, passed before: a team, not the Union
        # a mass organisation's grassroots chapters
        ("Hội CCB cơ sở tổ chức tổng kết", ["Hội Cựu chiến binh cơ sở"]),
        ("Hội Nông dân cơ sở vận động hội viên", ["Hội Nông dân cơ sở"]),
        # the unions of every unit of a kind, one collective
        ("Công đoàn các sở, ngành rà soát", ["Công đoàn các sở, ngành"]),
        ("Công đoàn cơ sở các doanh nghiệp lập danh sách", ["Công đoàn cơ sở các doanh nghiệp"]),
        ("Đoàn Thanh niên các cơ quan tổ chức", ["Đoàn Thanh niên các cơ quan"]),
    ],
)
def test_youth_union_and_trade_union_names(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các đơn vị dự toán cấp I lập báo cáo quyết toán", ["Các đơn vị dự toán cấp I"]),
        ("các đơn vị dự toán trực thuộc gửi báo cáo", ["Các đơn vị dự toán trực thuộc"]),
    ],
)
def test_a_budgets_spending_units_and_their_tier(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cơ quan Cảnh sát điều tra Công an tỉnh rà soát",
         ["Cơ quan Cảnh sát điều tra Công an tỉnh"]),
        ("Cơ quan CSĐT Công an huyện rà soát", ["Cơ quan CSĐT Công an huyện"]),
        ("Cơ quan An ninh điều tra Công an tỉnh phối hợp",
         ["Cơ quan An ninh điều tra Công an tỉnh"]),
    ],
)
def test_the_polices_investigating_bodies(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đề nghị các thành viên Chính phủ bố trí thời gian", ["Các thành viên Chính phủ"]),
        ("yêu cầu các thành viên Ban Chỉ đạo tỉnh rà soát", ["Các thành viên Ban Chỉ đạo tỉnh"]),
        ("đề nghị các thành viên Hội đồng Nghĩa vụ quân sự phường kiểm tra",
         ["Các thành viên Hội đồng Nghĩa vụ quân sự phường"]),
        # a committee named by its purpose, then its level, whole (not "Các thành viên Ủy ban")
        ("Các thành viên Ủy ban bầu cử xã theo dõi địa bàn", ["Các thành viên Ủy ban bầu cử xã"]),
        ("đề nghị các thành viên Ban Chỉ đạo CCHC tỉnh góp ý",
         ["Các thành viên Ban Chỉ đạo CCHC tỉnh"]),
    ],
)
def test_a_bodys_members_are_one_collective(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)][-len(expected):] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the legal name of a health facility, its two verbs with a comma
        ("các cơ sở khám bệnh, chữa bệnh rà soát", ["Các cơ sở khám bệnh, chữa bệnh"]),
        ("các bệnh viện, cơ sở khám bệnh, chữa bệnh tư nhân rà soát",
         ["Các bệnh viện, cơ sở khám bệnh, chữa bệnh tư nhân"]),
        # the short name (guard, passed before)
        ("các cơ sở khám chữa bệnh rà soát", ["Các cơ sở khám chữa bệnh"]),
    ],
)
def test_health_facilities_by_their_legal_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("các cơ sở lưu trú trên địa bàn rà soát", ["Các cơ sở lưu trú trên địa bàn"]),
        ("các cơ sở bảo trợ xã hội rà soát", ["Các cơ sở bảo trợ xã hội"]),
        ("các ban quản lý chợ tăng cường kiểm tra", ["Các ban quản lý chợ"]),
        ("các câu lạc bộ rà soát", ["Các câu lạc bộ"]),
        ("các nhóm trẻ độc lập rà soát", ["Các nhóm trẻ"]),
    ],
)
def test_more_collectives_of_a_commune(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every association of a kind, as the text writes it
        ("Các công đoàn ngành báo cáo nhanh", ["Các công đoàn ngành"]),
        ("các CĐCS trực thuộc nộp kinh phí", ["Các CĐCS"]),
        ("các cơ sở Đoàn trực thuộc gửi báo cáo", ["Các cơ sở Đoàn trực thuộc"]),
        ("Trưởng các khoa lâm sàng rà soát", ["Các khoa lâm sàng"]),
        ("các khoa cận lâm sàng bố trí", ["Các khoa cận lâm sàng"]),
        ("Các chủ đầu tư dự án báo cáo tiến độ", ["Các chủ đầu tư dự án"]),
        # (guards, passed before) one with its place, a body of its kind, a board of the people
        ("các Hội Nông dân xã vận động", ["Các Hội Nông dân xã"]),
        ("các Ban Thanh tra nhân dân giám sát", ["Các Ban Thanh tra nhân dân"]),
        ("các Tổ đại biểu HĐND huyện tiếp xúc cử tri", ["Các Tổ đại biểu HĐND huyện"]),
    ],
)
def test_associations_and_departments_in_the_plural(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trưởng các bản vận động Nhân dân", ["Các bản"]),
        ("Các bản", ["Các bản"]),
        # (guards, passed before) a list of villages, and copies of a text
        ("các bản, làng rà soát", ["Các bản, làng"]),
        ("gửi các bản kế hoạch về xã", []),
    ],
)
def test_villages_called_ban_by_their_head_or_alone(text: str, expected: list[str]) -> None:
    """ "bản" is a village or a copy: the village's head before it, or nothing after it, tells."""
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UBND các xã, phường ven biển và đặc khu Lý Sơn triển khai",
         ["UBND các xã, phường ven biển", "UBND đặc khu Lý Sơn"]),
        ("UBND các xã và phường Sa Huỳnh rà soát", ["UBND các xã", "UBND phường Sa Huỳnh"]),
        ("UBND các huyện, thị xã và thành phố Huế cung cấp bản đồ",
         ["UBND các huyện, thị xã", "UBND thành phố Huế"]),
        ("Công an các xã và phường An Phú tuần tra", ["Công an các xã", "Công an phường An Phú"]),
        # (guard, passed before) a level with no name is one more of the list
        ("UBND các xã và thị trấn chỉ đạo", ["UBND các xã, thị trấn"]),
    ],
)
def test_a_place_named_after_a_plural_is_addressed_apart(text: str, expected: list[str]) -> None:
    """ "UBND các xã và phường Sa Huỳnh": the communes' bodies, and the ward's by its name."""
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cục Thi hành án dân sự tỉnh Lâm Đồng báo cáo", ["Cục Thi hành án dân sự tỉnh Lâm Đồng"]),
        ("Cục THADS tỉnh báo cáo", ["Cục Thi hành án dân sự tỉnh"]),
        # the activity's words name no unit
        ("báo cáo công tác thi hành án dân sự năm 2026", []),
    ],
)
def test_the_provinces_civil_judgment_enforcement(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered group of places a letter parts its addressees in
        ("UBND các xã, phường thuộc Cụm I gửi báo cáo", ["UBND các xã, phường thuộc Cụm I"]),
        ("Đề nghị UBND các xã khu vực II gửi", ["UBND các xã khu vực II"]),
        ("Các xã khu vực II gửi trước", ["Các xã khu vực II"]),
        # (guard, passed before) a region by its kind, not a numbered group
        ("Các xã khu vực biên giới gửi trước", ["Các xã"]),
    ],
)
def test_a_numbered_group_of_places_names_the_collective(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Xây dựng phối hợp với Ban Quản lý dự án đầu tư xây dựng các công trình giao thông "
         "tỉnh (sau đây gọi là Ban QLDA) kiểm tra. Ban QLDA chỉ đạo nhà thầu.",
         "Sở Xây dựng phối hợp với Ban Quản lý dự án đầu tư xây dựng các công trình giao thông "
         "tỉnh (sau đây gọi là Ban QLDA) kiểm tra. Ban Quản lý dự án đầu tư xây dựng các công "
         "trình giao thông tỉnh chỉ đạo nhà thầu."),
        # (guard, passed before: no such step) a short name in lower case, and a document's
        ("Công ty Cổ phần Xây dựng 479 (sau đây gọi là nhà thầu) thi công. Nhà thầu bổ sung.",
         "Công ty Cổ phần Xây dựng 479 (sau đây gọi là nhà thầu) thi công. Nhà thầu bổ sung."),
        ("Quyết định số 12/QĐ-UBND (sau đây gọi là Quyết định 12) ... Quyết định 12 quy định",
         "Quyết định số 12/QĐ-UBND (sau đây gọi là Quyết định 12) ... Quyết định 12 quy định"),
    ],
)
def test_a_short_name_the_text_gives_a_unit_is_spelled_out(text: str, expected: str) -> None:
    assert default_resolver().with_short_names_spelled_out(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member's seat after a dash is no place of the unit's
        ("Đồng chí Trưởng Công an xã - Phó Trưởng ban: bảo đảm an ninh", ["Công an xã"]),
        ("Đồng chí Trạm trưởng Trạm Y tế xã - Thành viên: chuẩn bị thuốc", ["Trạm Y tế xã"]),
        # (guard, passed before) a place's name may hold a dash
        ("UBND tỉnh Bà Rịa - Vũng Tàu", ["UBND tỉnh Bà Rịa - Vũng Tàu"]),
    ],
)
def test_no_place_name_opens_after_a_dash(text: str, expected: list[str]) -> None:
    assert [m.name for m in default_resolver().scan(text)] == expected
