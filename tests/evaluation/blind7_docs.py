"""The seventh blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (07/12/2026), by three helpers working blind, each after the layout and, where the
page showed it, the wording of a real public document found that day with the search tool — none of them a source of
the corpus, of its generators or of the first six blind parts. The pages showed their opening only: past it, the
helpers went on in the page's style (their content, numbers and signatories are made up).

Same roles as ``blind5_docs``: ``S`` section (number, title, typed label), ``T`` task (number, text, typed label),
``C`` sub-item, ``M`` several dash tasks on one line, ``P`` a paragraph continuing the last task, ``h`` header and
preamble, ``title`` the title (not a section), ``E`` the closing.
"""

from __future__ import annotations

BLIND7_DOCS: list[dict] = [
    {
        "id": "b7a-vptw-huong-dan-chuong-trinh",
        "source": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Huong-dan-03-HD-VPTW-1998-xay-dung-chuong-trinh-cong-tac-cua-cap-uy-484524.aspx?ac=emails",
        "style": "a Party office guidance on Party committees' programmes of work: two-column header, 'HƯỚNG "
        "DẪN' title with subject line, a preamble with its own '-' list (not tasks) and two paragraphs, "
        "then 'I-' capital headings, '1-' items with 'a)' sub-items, one item continued by a paragraph, "
        "closing with 'Nơi nhận:' and 'T/L BAN BÍ THƯ'",
        "lines": [
            ("h", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
            ("h", "VĂN PHÒNG"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Số: 03-HD/VPTW"),
            ("h", "Hà Nội, ngày 06 tháng 02 năm 1998"),
            ("title", "HƯỚNG DẪN"),
            ("h", "XÂY DỰNG CHƯƠNG TRÌNH CÔNG TÁC CỦA CẤP ỦY"),
            (
                "h",
                "Xây dựng chương trình công tác của cấp ủy là nhiệm vụ hàng đầu trong các nhiệm vụ của văn "
                "phòng cấp ủy để thực hiện chức năng tham mưu, giúp cấp ủy tổ chức điều hành công việc lãnh "
                "đạo của Đảng.",
            ),
            ("h", "Các chương trình công tác chủ yếu của cấp ủy gồm:"),
            ("h", "- Chương trình công tác toàn khóa, chương trình công tác năm của cấp ủy."),
            ("h", "- Chương trình công tác năm, quý, tháng của ban thường vụ cấp ủy."),
            ("h", "- Chương trình công tác tuần (hay lịch làm việc) của thường trực cấp ủy."),
            (
                "h",
                "Yêu cầu chung đối với các chương trình công tác của cấp ủy là: vừa bảo đảm giải quyết công "
                "việc trước mắt, vừa chú ý nghiên cứu giải quyết những nhiệm vụ lâu dài; giảm bớt họp hành, "
                "dành quỹ thời gian thích đáng cho công tác kiểm tra và chỉ đạo cơ sở.",
            ),
            (
                "h",
                "Thực hiện kết luận Hội nghị Chánh Văn phòng toàn quốc, Văn phòng Trung ương hướng dẫn một số "
                "điểm như sau:",
            ),
            ("S", "I", "CHƯƠNG TRÌNH CÔNG TÁC TOÀN KHÓA VÀ CHƯƠNG TRÌNH CÔNG TÁC NĂM CỦA CẤP ỦY", "I-"),
            (
                "T",
                "1",
                "Chương trình công tác toàn khóa được xây dựng ngay sau đại hội, cụ thể hóa nghị quyết đại "
                "hội thành những chủ đề lớn cấp ủy cần bàn trong nhiệm kỳ.",
                "1-",
            ),
            (
                "C",
                "a",
                "Xác định các vấn đề cấp ủy ra nghị quyết chuyên đề, thời gian dự kiến từng năm;",
                "a)",
            ),
            ("C", "b", "Xác định các vấn đề cần sơ kết, tổng kết giữa nhiệm kỳ và cuối nhiệm kỳ.", "b)"),
            (
                "T",
                "2",
                "Chương trình công tác năm của cấp ủy được thông qua tại hội nghị cấp ủy cuối năm trước, nêu "
                "rõ nội dung từng kỳ hội nghị và cơ quan chuẩn bị.",
                "2-",
            ),
            (
                "P",
                "Văn phòng cấp ủy đề nghị các ban, ngành đăng ký nội dung trước ngày 30 tháng 11 để tổng hợp, "
                "trình ban thường vụ.",
            ),
            ("S", "II", "CHƯƠNG TRÌNH CÔNG TÁC CỦA BAN THƯỜNG VỤ VÀ THƯỜNG TRỰC CẤP ỦY", "II-"),
            (
                "T",
                "1",
                "Chương trình công tác năm, quý, tháng của ban thường vụ phải cụ thể hóa chương trình công "
                "tác năm của cấp ủy.",
                "1-",
            ),
            (
                "C",
                "a",
                "Chương trình quý gửi các đồng chí ủy viên thường vụ chậm nhất ngày 25 tháng cuối quý;",
                "a)",
            ),
            ("C", "b", "Chương trình tháng được điều chỉnh theo yêu cầu lãnh đạo thực tế.", "b)"),
            (
                "T",
                "2",
                "Lịch làm việc tuần của thường trực cấp ủy do văn phòng xây dựng, thông báo vào chiều thứ sáu "
                "tuần trước.",
                "2-",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III-"),
            (
                "T",
                "1",
                "Văn phòng cấp ủy các cấp có trách nhiệm theo dõi, đôn đốc việc thực hiện chương trình, định "
                "kỳ báo cáo thường trực cấp ủy.",
                "1-",
            ),
            (
                "T",
                "2",
                "Hướng dẫn này thay thế các hướng dẫn trước đây của Văn phòng Trung ương về chương trình công "
                "tác.",
                "2-",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Các tỉnh ủy, thành ủy,"),
            ("E", "- Các ban đảng, đảng ủy trực thuộc Trung ương,"),
            ("E", "- Lưu Văn phòng Trung ương."),
            ("E", "T/L BAN BÍ THƯ"),
            ("E", "CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG"),
            ("E", "Nguyễn Văn Hòa"),
        ],
    },
    {
        "id": "b7a-nhpt-dang-uy-chi-dao-thi-dua",
        "source": "https://vdb.gov.vn/tin-tuc/11667/thi-dua-lap-thanh-tich-chao-mung-dai-hoi-dang-bo-cac-cap--tien-toi-dai-hoi-dai-bieu-dang-bo-nhpt-lan-thu-iii-nhiem-ky-2020-2025.aspx",
        "style": "a corporate Party committee secretary's directions published as an article: headline as title, "
        "signer line under it, a 'Thực hiện Chỉ thị…' preamble, sentence-case 'I.' headings, '1.' tasks "
        "with '-' sub-items, signature at the end",
        "lines": [
            (
                "title",
                "Thi đua lập thành tích chào mừng đại hội đảng bộ các cấp, tiến tới Đại hội Đại biểu Đảng bộ "
                "NHPT lần thứ III nhiệm kỳ 2020-2025",
            ),
            (
                "h",
                "Chào mừng đại hội đảng bộ các cấp, đồng chí Lương Hải Sinh, Bí thư Đảng ủy, Chủ tịch HĐQT "
                "NHPT đã có những ý kiến chỉ đạo cụ thể hoạt động của Đảng bộ, các đảng bộ, chi bộ trực "
                "thuộc.",
            ),
            (
                "h",
                "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp "
                "tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, ngày 10/12/2019, Ban Thường vụ "
                "Đảng ủy NHPT đã ban hành Kế hoạch số 101-KH/ĐU về tổ chức đại hội đảng các cấp. Để triển "
                "khai thống nhất, đề nghị các tổ chức đảng trực thuộc tập trung thực hiện tốt các nội dung "
                "sau:",
            ),
            ("S", "I", "Các yêu cầu trong công tác chuẩn bị đại hội", "I."),
            (
                "T",
                "1",
                "Các cấp ủy trực thuộc quán triệt sâu sắc Chỉ thị số 35-CT/TW và Kế hoạch số 101-KH/ĐU đến "
                "từng chi bộ, đảng viên.",
                "1.",
            ),
            (
                "T",
                "2",
                "Chuẩn bị tốt văn kiện đại hội, đánh giá đúng kết quả thực hiện nghị quyết nhiệm kỳ "
                "2015-2020:",
                "2.",
            ),
            ("C", "-", "Báo cáo chính trị ngắn gọn, nêu rõ mục tiêu, chỉ tiêu nhiệm kỳ 2020-2025;", "-"),
            ("C", "-", "Báo cáo kiểm điểm của cấp ủy thẳng thắn chỉ ra hạn chế, nguyên nhân.", "-"),
            (
                "T",
                "3",
                "Làm tốt công tác nhân sự, bảo đảm đúng quy trình, tỷ lệ cấp ủy viên trẻ, nữ theo hướng dẫn.",
                "3.",
            ),
            ("S", "II", "Nhiệm vụ trọng tâm thi đua lập thành tích chào mừng đại hội", "II."),
            (
                "T",
                "1",
                "Hoàn thành vượt mức kế hoạch tín dụng, thu nợ năm 2020; tập trung xử lý nợ xấu theo đề án "
                "được phê duyệt.",
                "1.",
            ),
            ("C", "-", "Thu nợ gốc và lãi đạt tối thiểu 100% kế hoạch giao;", "-"),
            ("C", "-", "Tỷ lệ nợ xấu giảm ít nhất 1% so với cuối năm 2019.", "-"),
            (
                "T",
                "2",
                "Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin trong quản trị, điều hành.",
                "2.",
            ),
            (
                "T",
                "3",
                "Phát động phong trào thi đua trong đoàn viên công đoàn, đoàn thanh niên gắn với việc học tập "
                "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
                "3.",
            ),
            ("S", "III", "Tổ chức thực hiện", "III."),
            (
                "T",
                "1",
                "Văn phòng Đảng ủy theo dõi, tổng hợp tiến độ đại hội, báo cáo Ban Thường vụ hằng tháng.",
                "1.",
            ),
            (
                "T",
                "2",
                "Các đảng bộ, chi bộ trực thuộc báo cáo kết quả thi đua về Đảng ủy NHPT trước ngày 15/6/2020.",
                "2.",
            ),
            ("E", "Lương Hải Sinh"),
            ("E", "Bí thư Đảng ủy - Chủ tịch HĐQT NHPT"),
        ],
    },
    {
        "id": "b7a-tien-giang-ket-luan-bi-thu",
        "source": "https://baoapbac.vn/chinh-tri/202307/9-nhom-nhiem-vu-can-tap-trung-lanh-dao-thuc-hien-trong-6-thang-cuoi-nam-2023--983606/index.htm",
        "style": "a provincial Party secretary's concluding speech at the provincial Party committee conference, "
        "published in full: newspaper headline and lead, salutation, two introductory paragraphs, then "
        "nine numbered task groups '1.'…'9.' with no headings, '-' sub-items under two of them and one "
        "group of two paragraphs, a closing wish",
        "lines": [
            ("title", "9 nhóm nhiệm vụ cần tập trung lãnh đạo thực hiện trong 6 tháng cuối năm 2023"),
            (
                "h",
                "Ngày 30-6, Ban Thường vụ Tỉnh ủy Tiền Giang tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh mở "
                "rộng lần thứ 13 để sơ kết, đánh giá kết quả lãnh đạo thực hiện nhiệm vụ chính trị 6 tháng "
                "đầu năm và triển khai phương hướng, nhiệm vụ 6 tháng cuối năm 2023.",
            ),
            ("h", "ABO trân trọng đăng toàn văn phát biểu của đồng chí Bí thư Tỉnh ủy tại hội nghị:"),
            (
                "h",
                "Qua dự thảo báo cáo và qua ý kiến phát biểu của các đồng chí đã nhận định, đánh giá về kết "
                "quả thực hiện nhiệm vụ chính trị 6 tháng đầu năm và nhiệm vụ, giải pháp 6 tháng còn lại của "
                "năm 2023.",
            ),
            (
                "h",
                "Tôi đề nghị các cấp ủy, chính quyền, Mặt trận và các đoàn thể tập trung lãnh đạo thực hiện "
                "tốt 9 nhóm nhiệm vụ sau:",
            ),
            (
                "T",
                "1",
                "Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh; phấn đấu tăng trưởng kinh tế cả năm đạt "
                "trên 6%.",
                "1.",
            ),
            (
                "T",
                "2",
                "Đẩy nhanh tiến độ giải ngân vốn đầu tư công, nhất là các công trình trọng điểm:",
                "2.",
            ),
            ("C", "-", "Dự án đường cao tốc Mỹ Thuận - Cần Thơ đoạn qua tỉnh;", "-"),
            ("C", "-", "Dự án đường tỉnh 864 và các tuyến kết nối vùng ngọt hóa Gò Công.", "-"),
            (
                "T",
                "3",
                "Chủ động phòng, chống hạn mặn, sạt lở bờ sông, bờ biển; bảo đảm nước sinh hoạt cho người "
                "dân.",
                "3.",
            ),
            (
                "T",
                "4",
                "Thực hiện tốt công tác thu ngân sách, chống thất thu; quản lý chặt chẽ chi thường xuyên.",
                "4.",
            ),
            (
                "T",
                "5",
                "Chăm lo an sinh xã hội, giảm nghèo bền vững; chuẩn bị tốt năm học mới 2023-2024.",
                "5.",
            ),
            (
                "T",
                "6",
                "Giữ vững an ninh chính trị, trật tự an toàn xã hội; kiềm chế tai nạn giao thông.",
                "6.",
            ),
            (
                "T",
                "7",
                "Đẩy mạnh cải cách hành chính, chuyển đổi số; nâng cao chỉ số năng lực cạnh tranh cấp tỉnh.",
                "7.",
            ),
            (
                "T",
                "8",
                "Chuẩn bị chu đáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI.",
                "8.",
            ),
            (
                "P",
                "Các đảng bộ trực thuộc hoàn thành sơ kết ở cấp mình trước ngày 30-9-2023, gửi báo cáo về Ban "
                "Thường vụ Tỉnh ủy.",
            ),
            ("T", "9", "Tăng cường xây dựng Đảng và hệ thống chính trị; tập trung:", "9."),
            ("C", "-", "Kiểm tra, giám sát việc thực hiện kết luận của cấp ủy sau kiểm tra;", "-"),
            ("C", "-", "Kết nạp đảng viên mới đạt chỉ tiêu năm 2023.", "-"),
            (
                "E",
                "Ban Thường vụ Tỉnh ủy ghi nhận ý kiến của các đồng chí, giao Văn phòng Tỉnh ủy tiếp thu, "
                "hoàn chỉnh báo cáo để triển khai thực hiện.",
            ),
            ("E", "Chúc các đồng chí sức khỏe, hoàn thành thắng lợi nhiệm vụ năm 2023./."),
        ],
    },
    {
        "id": "b7b-an-giang-quyet-dinh-ke-hoach",
        "source": "https://thuvienphapluat.vn/van-ban/Linh-vuc-khac/Quyet-dinh-1994-QD-UBND-2021-Ke-hoach-chuyen-doi-co-cau-cay-trong-An-Giang-2021-2025-556532.aspx",
        "style": "a provincial chairman's decision approving a plan: 'QUYẾT ĐỊNH:' and an 'Điều 1.' lead-in, "
        "then mixed-case Roman sections 'I. Mục tiêu', '1.' tasks (two bare headings 'Mục tiêu chung' / "
        "'Mục tiêu cụ thể' with 'a)' sub-items, one task of two paragraphs); 'Điều 2.', 'Điều 3.' are "
        "the closing",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH AN GIANG"),
            ("h", "-------"),
            ("h", "Số: 1994/QĐ-UBND"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "An Giang, ngày 26 tháng 8 năm 2021"),
            ("title", "QUYẾT ĐỊNH"),
            (
                "h",
                "PHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI CƠ CẤU CÂY TRỒNG TỪ ĐẤT TRỒNG LÚA KÉM HIỆU QUẢ SANG RAU, MÀU "
                "VÀ CÂY ĂN TRÁI GIAI ĐOẠN 2021 - 2025",
            ),
            ("h", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG"),
            (
                "h",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Nghị định số "
                "35/2015/NĐ-CP ngày 13 tháng 4 năm 2015 của Chính phủ về quản lý, sử dụng đất trồng lúa;",
            ),
            (
                "h",
                "Theo đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số "
                "190/TTr-SNNPTNT ngày 10/8/2021.",
            ),
            ("h", "QUYẾT ĐỊNH:"),
            (
                "h",
                "Điều 1. Phê duyệt Kế hoạch chuyển đổi cơ cấu cây trồng từ đất trồng lúa kém hiệu quả sang "
                "rau, màu và cây ăn trái giai đoạn 2021 - 2025, với các nội dung cụ thể như sau:",
            ),
            ("S", "I", "Mục tiêu", "I."),
            ("T", "1", "Mục tiêu chung", "1."),
            (
                "C",
                "a",
                "Chuyển đổi diện tích đất trồng lúa kém hiệu quả sang cây trồng có giá trị kinh tế cao hơn, "
                "nâng cao hiệu quả sử dụng đất, tăng thu nhập cho người dân;",
                "a)",
            ),
            (
                "C",
                "b",
                "Duy trì quỹ đất trồng lúa, bảo đảm an ninh lương thực và thích ứng với biến đổi khí hậu.",
                "b)",
            ),
            ("T", "2", "Mục tiêu cụ thể: giai đoạn 2021 - 2025 chuyển đổi khoảng 34.100 ha, trong đó:", "2."),
            ("C", "a", "Nhóm rau dưa các loại (ớt, đậu bắp, đậu nành rau, bắp non…) khoảng 7.000 ha;", "a)"),
            ("C", "b", "Nhóm cây màu (mè, bắp, cây có củ…) khoảng 12.900 ha;", "b)"),
            (
                "C",
                "c",
                "Nhóm cây ăn trái (xoài, chuối, mít, nhãn, sầu riêng, cây có múi) khoảng 14.200 ha.",
                "c)",
            ),
            ("S", "II", "Nhiệm vụ và giải pháp", "II."),
            (
                "T",
                "1",
                "Rà soát, xác định vùng chuyển đổi phù hợp với quy hoạch, ưu tiên nơi có hạ tầng thủy lợi "
                "thuận lợi; công khai kế hoạch chuyển đổi đến từng xã.",
                "1.",
            ),
            (
                "P",
                "Ủy ban nhân dân các huyện, thị xã, thành phố hoàn thành việc rà soát trước ngày 31/12/2021.",
            ),
            (
                "T",
                "2",
                "Hỗ trợ nông dân nguồn giống chất lượng, ứng dụng tiến bộ kỹ thuật nhằm tăng năng suất, giảm "
                "giá thành sản xuất.",
                "2.",
            ),
            (
                "T",
                "3",
                "Phát triển liên kết sản xuất, tiêu thụ sản phẩm theo chuỗi giá trị; hình thành ít nhất 02 "
                "vùng chuyên canh cây ăn trái có liên kết với doanh nghiệp.",
                "3.",
            ),
            ("S", "III", "Tổ chức thực hiện", "III."),
            (
                "T",
                "1",
                "Sở Nông nghiệp và Phát triển nông thôn chủ trì, hướng dẫn, theo dõi việc thực hiện; định kỳ "
                "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.",
                "1.",
            ),
            (
                "T",
                "2",
                "Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch chuyển đổi hằng năm của địa "
                "phương.",
                "2.",
            ),
            ("E", "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
            (
                "E",
                "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông "
                "thôn, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết "
                "định này./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Như Điều 3;"),
            ("E", "- Bộ Nông nghiệp và PTNT;"),
            ("E", "- Lưu: VT, KTN."),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Trần Anh Thư"),
        ],
    },
    {
        "id": "b7b-quang-nam-chi-thi-du-thao",
        "source": "https://www.scribd.com/document/586480474/chi-thi-11-ct-ubnd-uy-ban-nhan-dan-tinh-quang-nam",
        "style": "a draft provincial People's Committee directive: blank number and date ('Số: /CT-UBND', 'ngày "
        "tháng năm 2022'), subject in two lines under 'CHỈ THỊ', a one-paragraph lead-in, then "
        "'1.'…'5.' tasks with no sections (one of two paragraphs, one with 'a)' sub-items, one with '-' "
        "sub-items); closing '… nghiêm túc triển khai thực hiện Chỉ thị này./.'",
        "lines": [
            ("h", "UỶ BAN NHÂN DÂN"),
            ("h", "TỈNH QUẢNG NAM"),
            ("h", "Số: /CT-UBND"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Quảng Nam, ngày tháng năm 2022"),
            ("title", "CHỈ THỊ"),
            ("h", "Xây dựng kế hoạch phát triển kinh tế - xã hội"),
            ("h", "và dự toán ngân sách nhà nước năm 2023"),
            (
                "h",
                "Để xây dựng kế hoạch phát triển kinh tế - xã hội (kế hoạch), dự toán ngân sách nhà nước (dự "
                "toán) năm 2023 đảm bảo yêu cầu về nội dung, trình tự, tiến độ theo Chỉ thị số 12/CT-TTg ngày "
                "22/7/2022 của Thủ tướng Chính phủ, UBND tỉnh yêu cầu thủ trưởng các Sở, Ban, ngành, Hội, "
                "Đoàn thể và Chủ tịch UBND các huyện, thị xã, thành phố khẩn trương triển khai thực hiện một "
                "số nội dung chính sau:",
            ),
            (
                "T",
                "1",
                "Tổ chức đánh giá tình hình ước thực hiện kế hoạch và dự toán năm 2022. Nội dung đánh giá "
                "phải đầy đủ, thực chất, chính xác các kết quả đạt được, những khó khăn, hạn chế, nguyên "
                "nhân, chỉ rõ trách nhiệm của cơ quan, tổ chức, cá nhân.",
                "1.",
            ),
            (
                "P",
                "Đánh giá tác động của thiên tai, dịch bệnh Covid-19, biến động giá cả… và kết quả thực hiện "
                "các Chương trình hành động của UBND tỉnh về thực hiện các Nghị quyết của Chính phủ, Tỉnh ủy, "
                "HĐND tỉnh.",
            ),
            ("T", "2", "Xây dựng Kế hoạch phát triển KTXH và dự toán ngân sách nhà nước năm 2023:", "2."),
            (
                "C",
                "a",
                "Kế hoạch phát triển KTXH năm 2023 phải bám sát mục tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần "
                "thứ XXII; phấn đấu tốc độ tăng trưởng GRDP khoảng 7 - 7,5%;",
                "a)",
            ),
            (
                "C",
                "b",
                "Dự toán thu ngân sách nhà nước trên địa bàn tăng tối thiểu 5 - 7% so với ước thực hiện năm "
                "2022;",
                "b)",
            ),
            (
                "C",
                "c",
                "Dự toán chi thường xuyên triệt để tiết kiệm, không bố trí chi cho các nhiệm vụ chưa thật sự "
                "cần thiết.",
                "c)",
            ),
            (
                "T",
                "3",
                "Xây dựng kế hoạch đầu tư công năm 2023 theo đúng quy định của Luật Đầu tư công:",
                "3.",
            ),
            ("C", "-", "Ưu tiên bố trí vốn thanh toán nợ đọng xây dựng cơ bản, dự án chuyển tiếp;", "-"),
            ("C", "-", "Không bố trí vốn cho dự án chưa đủ thủ tục đầu tư theo quy định.", "-"),
            (
                "T",
                "4",
                "Các Sở, Ban, ngành và UBND các huyện, thị xã, thành phố gửi báo cáo kế hoạch, dự toán năm "
                "2023 về Sở Kế hoạch và Đầu tư, Sở Tài chính trước ngày 31/7/2022.",
                "4.",
            ),
            (
                "T",
                "5",
                "Giao Sở Kế hoạch và Đầu tư, Sở Tài chính chủ trì tổng hợp, trình UBND tỉnh trước ngày "
                "20/8/2022 để báo cáo các Bộ, ngành Trung ương.",
                "5.",
            ),
            (
                "E",
                "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, Ban, ngành, Hội, Đoàn thể và Chủ tịch UBND các "
                "huyện, thị xã, thành phố nghiêm túc triển khai thực hiện Chỉ thị này./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Bộ Kế hoạch và Đầu tư;"),
            ("E", "- Bộ Tài chính;"),
            ("E", "- TT Tỉnh ủy, TT HĐND tỉnh;"),
            ("E", "- Lưu: VT, TH, KTTH."),
            ("E", "CHỦ TỊCH"),
            ("E", "Lê Trí Thanh"),
        ],
    },
    {
        "id": "b7b-thanh-hoa-ke-hoach-moi-truong",
        "source": "https://thuvienphapluat.vn/bulletin/document.aspx?bid=758f866e-69b0-40a5-8f2e-3784df1ee5b0&key=bcxCaFrIDDnyEjPth02zgg%3D%3D",
        "style": "a provincial People's Committee plan implementing a national strategy: capital Roman headings "
        "'I. MỤC ĐÍCH, YÊU CẦU' … 'IV. TỔ CHỨC THỰC HIỆN', '1.' tasks, a bare 'Mục tiêu chung' task "
        "followed by its paragraph, '-' target sub-items; closing 'Trong quá trình thực hiện … xem xét, "
        "quyết định./.'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH THANH HOÁ"),
            ("h", "-------"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 176/KH-UBND"),
            ("h", "Thanh Hóa, ngày 01 tháng 7 năm 2022"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "THỰC HIỆN CHIẾN LƯỢC BẢO VỆ MÔI TRƯỜNG QUỐC GIA ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2050 TRÊN ĐỊA "
                "BÀN TỈNH THANH HOÁ",
            ),
            (
                "h",
                "Thực hiện Quyết định số 450/QĐ-TTg ngày 13/4/2022 của Thủ tướng Chính phủ; trên cơ sở báo "
                "cáo và đề xuất tại Công văn số 4516/STNMT-BVMT ngày 31/5/2022 của Sở Tài nguyên và Môi "
                "trường; UBND tỉnh ban hành Kế hoạch với các nội dung cụ thể như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Quán triệt, cụ thể hóa mục tiêu, nhiệm vụ và giải pháp để triển khai thực hiện có hiệu quả "
                "Quyết định số 450/QĐ-TTg ngày 13/4/2022 của Thủ tướng Chính phủ.",
                "1.",
            ),
            (
                "T",
                "2",
                "Quá trình tổ chức thực hiện phải bám sát các nội dung cơ bản của Chiến lược; có trọng tâm, "
                "trọng điểm, đảm bảo tính khả thi, hiệu quả.",
                "2.",
            ),
            (
                "T",
                "3",
                "Phân công nhiệm vụ cụ thể để các ngành, địa phương, đơn vị chủ động xây dựng và tổ chức "
                "triển khai thực hiện, hoàn thành các mục tiêu đề ra.",
                "3.",
            ),
            ("S", "II", "MỤC TIÊU", "II."),
            ("T", "1", "Mục tiêu chung", "1."),
            (
                "P",
                "Ngăn chặn xu hướng gia tăng ô nhiễm, suy thoái môi trường; giải quyết các vấn đề môi trường "
                "cấp bách; từng bước cải thiện, phục hồi chất lượng môi trường.",
            ),
            ("T", "2", "Mục tiêu cụ thể đến năm 2030:", "2."),
            ("C", "-", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 95%;", "-"),
            (
                "C",
                "-",
                "100% khu công nghiệp, cụm công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung "
                "đạt quy chuẩn;",
                "-",
            ),
            ("C", "-", "Tỷ lệ che phủ rừng duy trì ổn định ở mức 53%.", "-"),
            ("S", "III", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "III."),
            (
                "T",
                "1",
                "Chủ động phòng ngừa, kiểm soát các nguồn gây ô nhiễm; kiểm soát chặt chẽ các dự án có nguy "
                "cơ gây ô nhiễm môi trường cao.",
                "1.",
            ),
            (
                "T",
                "2",
                "Đẩy mạnh thu gom, phân loại, xử lý chất thải rắn sinh hoạt; xử lý dứt điểm các điểm tồn lưu "
                "ô nhiễm.",
                "2.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Sở Tài nguyên và Môi trường chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch; trước ngày "
                "15/12 hằng năm tổng hợp, báo cáo UBND tỉnh.",
                "1.",
            ),
            (
                "T",
                "2",
                "UBND các huyện, thị xã, thành phố xây dựng kế hoạch bảo vệ môi trường hằng năm trên địa bàn.",
                "2.",
            ),
            (
                "E",
                "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các ngành, địa phương kịp thời báo "
                "cáo về Sở Tài nguyên và Môi trường để tổng hợp, báo cáo UBND tỉnh xem xét, quyết định./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Bộ Tài nguyên và Môi trường (để b/c);"),
            ("E", "- Các sở, ban, ngành cấp tỉnh;"),
            ("E", "- Lưu: VT, NN."),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Lê Đức Giang"),
        ],
    },
    {
        "id": "b7c-long-thuong-bao-cao",
        "source": "http://mglongthuongcg.edu.vn/Detail/45005/-Bao-cao-Danh-gia%2c-so-ket-02-nam-thuc-hien-Chuyen-de--Xay-dung-truong-mam-non-lay-tre-lam-trung-tam-giai-doan-2021-2025",
        "style": "a kindergarten report on two years of a programme: 'I.' sentence-case headings, '1.' tasks, "
        "'-' sub-items each followed by lines bulleted with a bare '.' (continuations of the dash "
        "item), a heading of bare '-' tasks, closing 'Trên đây là báo cáo…'",
        "lines": [
            ("h", "UBND HUYỆN CẦN GIUỘC"),
            ("h", "TRƯỜNG MG LONG THƯỢNG"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập – Tự do – Hạnh phúc"),
            ("h", "Số: 144 /BC-MGLT"),
            ("h", "Long Thượng, ngày 10 tháng 05 năm 2023"),
            ("title", "BÁO CÁO"),
            ("h", "Đánh giá, sơ kết 02 năm thực hiện Chuyên đề"),
            ("h", "“Xây dựng trường mầm non lấy trẻ làm trung tâm” giai đoạn 2021-2025"),
            (
                "h",
                "Thực hiện kế hoạch số 885/PGDĐT-GDMN ngày 08 tháng 05 năm 2023 về việc báo cáo đánh giá, sơ "
                "kết 02 năm thực hiện Chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” giai đoạn "
                "2021-2025;",
            ),
            (
                "h",
                "Căn cứ vào tình hình thực hiện chuyên đề tại đơn vị từ tháng 07/2021 đến tháng 05/2023, "
                "trường Mẫu giáo Long Thượng báo cáo như sau:",
            ),
            ("S", "I", "Kết quả đạt được", "I."),
            ("T", "1", "Qui mô phát triển mạng lưới trường, lớp", "1."),
            ("C", "-", "Tổng số CB-GV-NV: 27 (biên chế: 20; hợp đồng: 07). Trong đó:", "-"),
            ("P", ". CBQL: 02"),
            ("P", ". Giáo viên: 16"),
            ("P", ". Nhân viên: 09 (01 y tế; 01 kế toán; 02 bảo vệ; 05 cấp dưỡng)"),
            ("C", "-", "Tổng số học sinh toàn trường: 255 trẻ/08 lớp. Trong đó:", "-"),
            ("P", ". Lớp mầm: 25 trẻ/01 lớp"),
            ("P", ". Lớp chồi: 87 trẻ/03 lớp"),
            ("P", ". Lớp lá: 143 trẻ/04 lớp"),
            ("T", "2", "Xây dựng môi trường giáo dục lấy trẻ làm trung tâm", "2."),
            ("C", "-", "08/08 lớp xây dựng góc chơi mở, sử dụng nguyên vật liệu sẵn có tại địa phương;", "-"),
            (
                "C",
                "-",
                "Cải tạo sân chơi ngoài trời với 05 khu vực trải nghiệm: vườn rau, khu cát nước, khu vận "
                "động.",
                "-",
            ),
            ("T", "3", "Bồi dưỡng chuyên môn cho đội ngũ", "3."),
            (
                "P",
                "Tổ chức 04 chuyên đề cấp trường, 100% giáo viên tham gia dự giờ, rút kinh nghiệm về tổ chức "
                "hoạt động theo hướng lấy trẻ làm trung tâm.",
            ),
            ("S", "II", "Tồn tại, hạn chế", "II."),
            ("T", "1", "Diện tích sân chơi tại điểm phụ còn hẹp, thiếu đồ chơi ngoài trời.", "-"),
            ("T", "2", "Một số giáo viên mới còn lúng túng khi tổ chức hoạt động theo nhóm nhỏ.", "-"),
            ("S", "III", "Phương hướng thời gian tới", "III."),
            (
                "T",
                "1",
                "Tiếp tục bổ sung học liệu mở cho các lớp, phấn đấu 100% lớp đạt tiêu chí chuyên đề.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tham mưu UBND xã mở rộng sân chơi tại điểm ấp Long Thới trong năm học 2023-2024.",
                "2.",
            ),
            (
                "E",
                "Trên đây là báo cáo đánh giá, sơ kết 02 năm thực hiện Chuyên đề của trường Mẫu giáo Long "
                "Thượng./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Phòng GD&ĐT (b/c);"),
            ("E", "- Lưu: VT."),
            ("E", "HIỆU TRƯỞNG"),
            ("E", "Nguyễn Thị Mỹ Hạnh"),
        ],
    },
    {
        "id": "b7c-hoi-lhpn-nhiem-vu",
        "source": "http://www.hoilhpn.org.vn/web/guest/tin-chi-tiet/-/chi-tiet/v-nhiem-vu-trong-tam-19100-1203.html",
        "style": "a Women's Union congress report published in parts: the part opens at heading 'V.' (no I–IV), "
        "tasks labelled 'Nhiệm vụ 1:', 'Nhiệm vụ 2:' … with '-' sub-items, no closing block but a "
        "source note",
        "lines": [
            ("h", "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM"),
            ("h", "15/12/2012"),
            ("h", "(tiếp phương hướng nhiệm vụ nhiệm kỳ 2012-2017)"),
            ("S", "V", "NHIỆM VỤ TRỌNG TÂM", "V."),
            (
                "T",
                "1",
                "Tuyên truyền, giáo dục, vận động phụ nữ thực hiện chủ trương, luật pháp, chính sách; rèn "
                "luyện phẩm chất đạo đức; nâng cao trình độ, nhận thức.",
                "Nhiệm vụ 1:",
            ),
            (
                "C",
                "-",
                "Đẩy mạnh tuyên truyền, giáo dục chính trị, tư tưởng, truyền thống, phẩm chất đạo đức, lối "
                "sống; tuyên truyền nâng cao nhận thức về bình đẳng giới.",
                "-",
            ),
            (
                "C",
                "-",
                "Tuyên truyền, vận động phụ nữ thực hiện chủ trương, nghị quyết của Đảng, luật pháp, chính "
                "sách của Nhà nước; xây dựng Đề án tuyên truyền, giáo dục nâng cao ý thức chấp hành pháp luật "
                "của phụ nữ.",
                "-",
            ),
            (
                "C",
                "-",
                "Đổi mới công tác nắm tình hình tư tưởng, đời sống, nhu cầu, nguyện vọng của các tầng lớp phụ "
                "nữ, đặc biệt các nhóm phụ nữ yếu thế.",
                "-",
            ),
            (
                "T",
                "2",
                "Hỗ trợ phụ nữ nâng cao năng lực, tạo việc làm, tăng thu nhập, giảm nghèo bền vững.",
                "Nhiệm vụ 2:",
            ),
            (
                "C",
                "-",
                "Hỗ trợ 700.000 chủ hộ nghèo là phụ nữ tiếp cận vốn vay, phấn đấu ít nhất 400.000 hộ thoát "
                "nghèo.",
                "-",
            ),
            (
                "C",
                "-",
                "Phối hợp đào tạo nghề cho 50.000 lao động nữ; tư vấn, giới thiệu việc làm cho 100.000 chị "
                "em.",
                "-",
            ),
            (
                "T",
                "3",
                "Vận động, hỗ trợ phụ nữ xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc.",
                "Nhiệm vụ 3:",
            ),
            (
                "C",
                "-",
                "Triển khai sâu rộng cuộc vận động “Xây dựng gia đình 5 không, 3 sạch” gắn với xây dựng nông "
                "thôn mới.",
                "-",
            ),
            ("C", "-", "Tư vấn, hỗ trợ phụ nữ và trẻ em bị bạo lực gia đình, bị mua bán trở về.", "-"),
            ("T", "4", "Xây dựng, phát triển tổ chức Hội vững mạnh.", "Nhiệm vụ 4:"),
            (
                "C",
                "-",
                "Phấn đấu 75% tổng số phụ nữ từ 18 tuổi trở lên là hội viên Hội Liên hiệp Phụ nữ Việt Nam.",
                "-",
            ),
            ("C", "-", "Đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở.", "-"),
            (
                "T",
                "5",
                "Tham gia xây dựng Đảng, chính quyền; giám sát, phản biện xã hội; thực hiện mục tiêu bình "
                "đẳng giới.",
                "Nhiệm vụ 5:",
            ),
            (
                "C",
                "-",
                "Giới thiệu hội viên ưu tú cho Đảng xem xét kết nạp; tham gia công tác cán bộ nữ.",
                "-",
            ),
            ("T", "6", "Mở rộng, nâng cao hiệu quả công tác đối ngoại nhân dân.", "Nhiệm vụ 6:"),
            (
                "C",
                "-",
                "Tăng cường hợp tác với các tổ chức phụ nữ khu vực và quốc tế; vận động nguồn lực hỗ trợ phụ "
                "nữ.",
                "-",
            ),
            ("E", "(Trích Báo cáo của Ban Chấp hành Trung ương Hội LHPN Việt Nam khóa X trình Đại hội XI)"),
        ],
    },
    {
        "id": "b7c-dien-hanh-ke-hoach",
        "source": "http://mamnondienhanh.dienchau.edu.vn/Hoat-dong-giao-duc/ke-hoach-giao-duc-nha-truong-253.html",
        "style": "a kindergarten education plan with a table of contents ('MỤC LỤC', rows 'I CĂN CỨ … 2' with a "
        "page number) before the body; body 'I.' capital headings, '-' items under the first heading, "
        "'1.' tasks with '-' sub-items and continuation paragraphs under the others",
        "lines": [
            ("h", "PHÒNG GD&ĐT DIỄN CHÂU"),
            ("h", "TRƯỜNG MẦM NON DIỄN HẠNH"),
            ("h", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 92/KH-TMN"),
            ("h", "Diễn Hạnh, ngày 6 tháng 9 năm 2024"),
            ("title", "KẾ HOẠCH GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2024 - 2025"),
            ("h", "MỤC LỤC"),
            ("h", "TT Nội dung Trang"),
            ("h", "I CĂN CỨ XÂY DỰNG KẾ HOẠCH 2"),
            ("h", "II ĐẶC ĐIỂM TÌNH HÌNH 2"),
            ("h", "III MỤC TIÊU, CHỈ TIÊU 5"),
            ("h", "IV CÁC NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN 7"),
            ("h", "V TỔ CHỨC THỰC HIỆN 16"),
            ("S", "I", "CĂN CỨ XÂY DỰNG KẾ HOẠCH", "I."),
            (
                "T",
                "1",
                "Thông tư số 52/2020/TT-BGDĐT ngày 31/12/2020 của Bộ GD&ĐT ban hành Điều lệ Trường mầm non;",
                "-",
            ),
            (
                "T",
                "2",
                "Công văn của Phòng GD&ĐT Diễn Châu hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học "
                "2024 - 2025.",
                "-",
            ),
            ("S", "II", "ĐẶC ĐIỂM TÌNH HÌNH", "II."),
            ("T", "1", "Đặc điểm tình hình kinh tế, văn hóa, xã hội của địa phương", "1."),
            (
                "P",
                "Diễn Hạnh là xã thuần nông, đạt chuẩn nông thôn mới nâng cao; đời sống nhân dân từng bước "
                "được cải thiện, phụ huynh quan tâm đến việc học của con em.",
            ),
            ("T", "2", "Đặc điểm tình hình nhà trường năm học 2024 - 2025", "2."),
            ("C", "-", "Tổng số trẻ: 312 cháu/11 nhóm, lớp; trẻ 5 tuổi: 98 cháu/03 lớp.", "-"),
            ("S", "III", "MỤC TIÊU, CHỈ TIÊU", "III."),
            ("T", "1", "Mục tiêu chung", "1."),
            (
                "P",
                "Nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ; xây dựng trường học an toàn, xanh - "
                "sạch - đẹp.",
            ),
            ("T", "2", "Chỉ tiêu cụ thể", "2."),
            ("C", "-", "Huy động 100% trẻ 5 tuổi ra lớp; trẻ nhà trẻ đạt 45%.", "-"),
            ("S", "IV", "CÁC NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", "IV."),
            ("T", "1", "Đảm bảo an toàn về thể chất và tinh thần cho trẻ", "1."),
            (
                "C",
                "-",
                "Kiểm tra định kỳ cơ sở vật chất, đồ dùng, đồ chơi; 100% bếp ăn đảm bảo an toàn thực phẩm.",
                "-",
            ),
            ("T", "2", "Nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ", "2."),
            ("T", "3", "Phát triển đội ngũ nhà giáo và cán bộ quản lý", "3."),
            ("S", "V", "TỔ CHỨC THỰC HIỆN", "V."),
            ("T", "1", "Hiệu trưởng: xây dựng kế hoạch, phân công nhiệm vụ, kiểm tra việc thực hiện.", "1."),
            (
                "T",
                "2",
                "Tổ chuyên môn, giáo viên: xây dựng kế hoạch nhóm, lớp phù hợp với kế hoạch nhà trường.",
                "2.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Phòng GD&ĐT (b/c);"),
            ("E", "- Lưu: VT."),
            ("E", "HIỆU TRƯỞNG"),
            ("E", "Hoàng Thị Thu"),
        ],
    },
]

BLIND7_FORMS: dict[str, list[str]] = {
    "b7a-vptw-huong-dan-chuong-trinh": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "b7a-nhpt-dang-uy-chi-dao-thi-dua": ["numbered.docx", "running.pdf", "vni.txt"],
    "b7a-tien-giang-ket-luan-bi-thu": ["txt", "photo.jpg", "tcvn3.docx"],
    "b7b-an-giang-quyet-dinh-ke-hoach": ["numbered.docx", "spaced.pdf", "tcvn3.txt"],
    "b7b-quang-nam-chi-thi-du-thao": ["typed.docx", "scan.pdf", "vni.txt"],
    "b7b-thanh-hoa-ke-hoach-moi-truong": ["numbered.docx", "running.pdf", "photo.jpg"],
    "b7c-long-thuong-bao-cao": ["typed.docx", "scan.pdf", "vni.txt"],
    "b7c-hoi-lhpn-nhiem-vu": ["typed.docx", "photo.jpg", "tcvn3.txt"],
    "b7c-dien-hanh-ke-hoach": ["typed.docx", "running.pdf", "spaced.pdf"],
}
