"""The sixth blind part of the structure corpus: eight documents written, with their expected structure,
before the reader was run on them (07/12/2026), by three helpers working blind, each after the layout and, where the
page showed it, the wording of a real public document found that day with the search tool — none of them a source of
the corpus, of its generators or of the first five blind parts.

Same roles as ``blind5_docs``: ``S`` section (number, title, typed label), ``T`` task (number, text, typed label),
``C`` sub-item, ``M`` several dash tasks on one line, ``P`` a paragraph continuing the last task, ``h`` header and
preamble, ``title`` the title (not a section), ``E`` the closing.
"""

from __future__ import annotations

BLIND6_DOCS: list[dict] = [
    {
        "id": "b6a-thuan-bac-nghi-quyet-gach",
        "source": "https://baoninhthuan.com.vn/news/141931p24c161/huyen-uy-thuan-bac-danh-gia-ket-qua-thuc-hien-nhiem-vu-nam-2023.htm",
        "style": "a district Party resolution: 'QUYẾT NGHỊ:' line, 'I-' capital headings, tasks '1-', '2-' (number "
        "with a dash), '-' sub-items under the field tasks, one task of two paragraphs",
        "lines": [
            ("h", "ĐẢNG BỘ TỈNH NINH THUẬN"),
            ("h", "HUYỆN ỦY THUẬN BẮC"),
            ("h", "*"),
            ("h", "Số 112-NQ/HU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Thuận Bắc, ngày 05 tháng 12 năm 2023"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "Hội nghị lần thứ 19 Ban Chấp hành Đảng bộ huyện (khóa III)"),
            ("h", "về phương hướng, nhiệm vụ năm 2024"),
            (
                "h",
                "Ngày 05/12/2023, Ban Chấp hành Đảng bộ huyện tổ chức Hội nghị lần thứ 19 đánh giá kết quả thực "
                "hiện nhiệm vụ năm 2023: huyện thực hiện đạt 13/14 chỉ tiêu kế hoạch đề ra; giá trị sản xuất "
                "các ngành ước đạt 10.951 tỷ đồng, vượt 1,8% và tăng 11%. Sau khi thảo luận, Hội nghị",
            ),
            ("h", "QUYẾT NGHỊ:"),
            ("S", "I", "CÁC CHỈ TIÊU CHỦ YẾU NĂM 2024", "I-"),
            ("T", "1", "Về kinh tế:", "1-"),
            (
                "C",
                "-",
                "Tổng giá trị sản xuất các ngành đạt 12.984 tỷ đồng, tăng 16,6% so với năm 2023;",
                "-",
            ),
            ("C", "-", "Tổng vốn đầu tư phát triển toàn xã hội đạt 4.380 tỷ đồng.", "-"),
            ("T", "2", "Về văn hóa - xã hội:", "2-"),
            ("C", "-", "Tỷ lệ hộ nghèo giảm 4,5%;", "-"),
            ("C", "-", "Tỷ lệ bao phủ bảo hiểm y tế đạt 97%;", "-"),
            ("C", "-", "Bình quân các xã đạt 17,5 tiêu chí nông thôn mới.", "-"),
            ("T", "3", "Về quốc phòng - an ninh và xây dựng Đảng:", "3-"),
            ("C", "-", "Giao quân đạt 100% chỉ tiêu;", "-"),
            ("C", "-", "Kết nạp 55 đảng viên mới;", "-"),
            ("C", "-", "90% trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.", "-"),
            ("S", "II", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "II-"),
            (
                "T",
                "1",
                "Tập trung thu hút đầu tư các dự án điện gió, điện mặt trời đã được phê duyệt; hỗ trợ nhà đầu "
                "tư hoàn thành giải phóng mặt bằng.",
                "1-",
            ),
            (
                "T",
                "2",
                "Đẩy mạnh chuyển đổi cơ cấu cây trồng trên đất lúa kém hiệu quả; phát triển chăn nuôi dê, cừu "
                "theo hướng trang trại.",
                "2-",
            ),
            (
                "P",
                "Các xã xây dựng phương án chuyển đổi, báo cáo Ủy ban nhân dân huyện trước ngày 31/01/2024.",
            ),
            (
                "T",
                "3",
                "Thực hiện có hiệu quả các chương trình mục tiêu quốc gia về xây dựng nông thôn mới, giảm nghèo "
                "bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.",
                "3-",
            ),
            (
                "T",
                "4",
                "Nâng cao chất lượng sinh hoạt chi bộ; tăng cường công tác kiểm tra, giám sát của cấp ủy các "
                "cấp.",
                "4-",
            ),
            ("E", "Nghị quyết này được phổ biến, quán triệt đến chi bộ và đảng viên trong toàn Đảng bộ./."),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Thường vụ Tỉnh ủy (b/c),"),
            ("E", "- Các tổ chức cơ sở đảng,"),
            ("E", "- Lưu Văn phòng Huyện ủy."),
            ("E", "T/M HUYỆN ỦY"),
            ("E", "BÍ THƯ"),
            ("E", "Đặng Văn Thuận"),
        ],
    },
    {
        "id": "b6a-hue-ket-luan-tinh-uy",
        "source": "https://text.123docz.net/document/12849335-221-bs-sao-kl-ve-xd-ket-cau-ha-tang-pdf.htm",
        "style": "a provincial Party conclusion: header 'HỘI NGHỊ LẦN THỨ BẢY' under the title, 'I.' capital "
        "headings, '1.' tasks with 'a)' sub-items and a two-paragraph task, then '-' tasks under the last "
        "heading with two typed on one line",
        "lines": [
            ("h", "TỈNH ỦY THỪA THIÊN HUẾ"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "*"),
            ("h", "Số 445-KL/TU"),
            ("h", "Thừa Thiên Huế, ngày 13 tháng 5 năm 2022"),
            ("title", "KẾT LUẬN"),
            ("h", "HỘI NGHỊ LẦN THỨ BẢY"),
            ("h", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVI)"),
            ("h", "về xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025, định hướng đến năm 2030"),
            (
                "h",
                "Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp ngày 26/4/2022 đã thảo luận Tờ "
                "trình của Ban Thường vụ Tỉnh ủy, Báo cáo của Ban cán sự đảng UBND tỉnh và kết luận:",
            ),
            ("S", "I", "MỤC TIÊU", "I."),
            (
                "T",
                "1",
                "Đến năm 2025, cơ bản hoàn thành hạ tầng kết nối đô thị Huế với các đô thị vệ tinh, hạ tầng "
                "vùng ven biển và hạ tầng khu công nghệ cao.",
                "1.",
            ),
            (
                "T",
                "2",
                "Hoàn thành Đề án di dời dân cư, giải phóng mặt bằng khu vực I di tích Kinh thành Huế trước năm "
                "2025.",
                "2.",
            ),
            ("S", "II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "II."),
            ("T", "1", "Tập trung huy động nguồn lực phát triển kết cấu hạ tầng, trong đó:", "1."),
            ("C", "a", "Ưu tiên vốn ngân sách cho hạ tầng giao thông kết nối và hạ tầng khu kinh tế;", "a)"),
            (
                "C",
                "b",
                "Thu hút đầu tư theo phương thức đối tác công tư đối với hạ tầng đô thị, thương mại.",
                "b)",
            ),
            (
                "T",
                "2",
                "Tiếp tục chỉnh trang, xây dựng, mở rộng không gian phát triển đô thị; cải tạo, nâng cấp, chỉnh "
                "trang hệ thống giao thông nội thị thành phố Huế.",
                "2.",
            ),
            (
                "T",
                "3",
                "Đầu tư hạ tầng thủy lợi, hạ tầng vùng ven biển, đầm phá gắn với phòng, chống thiên tai.",
                "3.",
            ),
            (
                "P",
                "Ủy ban nhân dân tỉnh rà soát danh mục công trình ưu tiên, trình Ban Thường vụ Tỉnh ủy trong "
                "quý III/2022.",
            ),
            (
                "T",
                "4",
                "Hoàn thiện hạ tầng văn hóa - xã hội, bảo đảm đồng bộ với quy hoạch tỉnh thời kỳ 2021 - 2030.",
                "4.",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Ban cán sự đảng UBND tỉnh lãnh đạo xây dựng kế hoạch thực hiện Kết luận, hoàn thành trong "
                "tháng 6/2022.",
                "-",
            ),
            (
                "M",
                [
                    (
                        "2",
                        "Đảng đoàn HĐND tỉnh lãnh đạo bố trí vốn đầu tư công trung hạn cho các công trình trọng "
                        "điểm;",
                    ),
                    ("3", "các huyện ủy, thị ủy, thành ủy cụ thể hóa Kết luận phù hợp với địa phương."),
                ],
            ),
            ("T", "4", "Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.", "-"),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư (để b/c),"),
            ("E", "- Các đồng chí Tỉnh ủy viên,"),
            ("E", "- Lưu Văn phòng Tỉnh ủy."),
            ("E", "T/M TỈNH ỦY"),
            ("E", "BÍ THƯ"),
            ("E", "Lê Minh Tân"),
        ],
    },
    {
        "id": "b6a-tam-hong-so-chu-cai",
        "source": "https://baophutho.vn/dang-uy-xa-tam-hong-trien-khai-nhiem-vu-trong-tam-nam-2026-245048.htm",
        "style": "a commune Party plan of key tasks: fields '1.', '2.' in capitals without a colon, tasks lettered "
        "'a)', 'b)' restarting under each field, no Roman level; typed and scanned",
        "lines": [
            ("h", "ĐẢNG BỘ TỈNH PHÚ THỌ"),
            ("h", "ĐẢNG ỦY XÃ TAM HỒNG"),
            ("h", "*"),
            ("h", "Số 45-KH/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Tam Hồng, ngày 31 tháng 12 năm 2025"),
            ("title", "KẾ HOẠCH"),
            ("h", "Thực hiện nhiệm vụ trọng tâm năm 2026"),
            (
                "h",
                "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030, Ban Thường vụ "
                "Đảng ủy xây dựng Kế hoạch thực hiện nhiệm vụ trọng tâm năm 2026 như sau:",
            ),
            ("S", "1", "CÔNG TÁC XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ", "1."),
            ("T", "a", "Phấn đấu kết nạp từ 45 đảng viên trở lên.", "a)"),
            ("T", "b", "Trên 90% chi bộ, đảng viên hoàn thành tốt nhiệm vụ.", "b)"),
            (
                "T",
                "c",
                "Lãnh đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp, "
                "nhiệm kỳ 2026 - 2031.",
                "c)",
            ),
            ("S", "2", "PHÁT TRIỂN KINH TẾ - XÃ HỘI", "2."),
            ("T", "a", "Thu ngân sách Nhà nước đạt trên 154 tỷ đồng.", "a)"),
            ("T", "b", "Tỷ lệ giải ngân vốn đầu tư công đạt trên 97%.", "b)"),
            (
                "T",
                "c",
                "Đẩy nhanh công tác bồi thường, giải phóng mặt bằng, bàn giao mặt bằng các dự án đúng tiến độ.",
                "c)",
            ),
            ("T", "d", "Giữ tỷ lệ hộ nghèo dưới 0,36%.", "d)"),
            ("S", "3", "QUỐC PHÒNG - AN NINH", "3."),
            ("T", "a", "Hoàn thành 100% chỉ tiêu giao quân năm 2026.", "a)"),
            (
                "T",
                "b",
                "Giữ vững an ninh chính trị, trật tự an toàn xã hội, không để phát sinh điểm nóng.",
                "b)",
            ),
            (
                "E",
                "Trên đây là Kế hoạch thực hiện nhiệm vụ trọng tâm năm 2026 của Ban Thường vụ Đảng ủy xã Tam "
                "Hồng./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Thường vụ Tỉnh ủy (b/c),"),
            ("E", "- Các chi, đảng bộ trực thuộc,"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "BÍ THƯ"),
            ("E", "Nguyễn Văn Hồng"),
        ],
    },
    {
        "id": "b6b-ha-tinh-dieu-mot",
        "source": "https://vietnamlaws.net/van-ban/van-ban-phap-luat/nghi-quyet-117-nq-hdnd-2023-nhiem-vu-phat-trien-kinh-te-xa-hoi-ha-tinh-577729",
        "style": "a provincial People's Council resolution: 'QUYẾT NGHỊ:', an 'Điều 1.' lead-in in two paragraphs, "
        "then '1.' tasks with no sections (one task of two paragraphs); 'Điều 2.' and 'Điều 3.' are the "
        "closing",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH"),
            ("h", "Số: 117/NQ-HĐND"),
            ("h", "Hà Tĩnh, ngày 14 tháng 7 năm 2023"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG CUỐI NĂM 2023"),
            ("h", "HỘI ĐỒNG NHÂN DÂN TỈNH HÀ TĨNH"),
            ("h", "KHÓA XVIII, KỲ HỌP THỨ 14"),
            ("h", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
            (
                "h",
                "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
                "quyền địa phương ngày 22 tháng 11 năm 2019;",
            ),
            (
                "h",
                "Xét Tờ trình số 286/TTr-UBND ngày 11 tháng 7 năm 2023 của Ủy ban nhân dân tỉnh; Báo cáo thẩm "
                "tra của các Ban Hội đồng nhân dân tỉnh và ý kiến thống nhất của đại biểu Hội đồng nhân dân "
                "tỉnh tại Kỳ họp.",
            ),
            ("h", "QUYẾT NGHỊ:"),
            (
                "h",
                "Điều 1. Hội đồng nhân dân tỉnh thống nhất với Báo cáo số 284/BC-UBND ngày 10 tháng 7 năm 2023 "
                "của Ủy ban nhân dân tỉnh về kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu "
                "năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2023.",
            ),
            (
                "h",
                "Trong 6 tháng cuối năm 2023, để phấn đấu hoàn thành mức cao nhất các chỉ tiêu kế hoạch đề ra, "
                "bên cạnh việc thực hiện hiệu quả các nhóm nhiệm vụ, giải pháp tại Nghị quyết số 95/NQ-HĐND "
                "ngày 16 tháng 12 năm 2022 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội "
                "năm 2023, cần tập trung thực hiện các nhiệm vụ, giải pháp trọng tâm sau đây:",
            ),
            (
                "T",
                "1",
                "Triển khai quyết liệt, đồng bộ, toàn diện, có hiệu quả các nhiệm vụ phát triển kinh tế - xã "
                "hội năm 2023 và các nghị quyết, kết luận của Trung ương, Tỉnh ủy, Hội đồng nhân dân tỉnh; kịp "
                "thời tháo gỡ khó khăn, vướng mắc cho sản xuất, kinh doanh.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đến ngày 31 tháng 01 năm 2024 "
                "giải ngân đạt 100% kế hoạch vốn được giao.",
                "2.",
            ),
            (
                "P",
                "Kiên quyết điều chuyển vốn từ các dự án chậm giải ngân sang các dự án có khả năng giải ngân "
                "nhanh; xử lý nghiêm các chủ đầu tư, nhà thầu vi phạm tiến độ.",
            ),
            (
                "T",
                "3",
                "Tăng cường quản lý thu, chống thất thu ngân sách; phấn đấu thu ngân sách nhà nước trên địa bàn "
                "đạt và vượt dự toán Hội đồng nhân dân tỉnh giao.",
                "3.",
            ),
            (
                "T",
                "4",
                "Chỉ đạo sản xuất vụ Hè Thu, vụ Mùa bảo đảm khung thời vụ; chủ động phòng, chống thiên tai, "
                "dịch bệnh trên cây trồng, vật nuôi.",
                "4.",
            ),
            (
                "T",
                "5",
                "Đẩy nhanh tiến độ lập, thẩm định các quy hoạch xây dựng, quy hoạch đô thị phù hợp với Quy "
                "hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
                "5.",
            ),
            (
                "T",
                "6",
                "Chuẩn bị tốt các điều kiện cho năm học mới 2023 - 2024; nâng cao chất lượng khám, chữa bệnh; "
                "bảo đảm an sinh xã hội.",
                "6.",
            ),
            (
                "T",
                "7",
                "Đẩy mạnh cải cách hành chính, chuyển đổi số; cải thiện chỉ số năng lực cạnh tranh cấp tỉnh "
                "(PCI) và chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI).",
                "7.",
            ),
            (
                "T",
                "8",
                "Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội; giải quyết kịp thời đơn thư khiếu nại, "
                "tố cáo của công dân, không để phát sinh điểm nóng.",
                "8.",
            ),
            (
                "E",
                "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này. Thường trực Hội đồng nhân "
                "dân tỉnh, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện "
                "Nghị quyết.",
            ),
            (
                "E",
                "Điều 3. Nghị quyết này đã được Hội đồng nhân dân tỉnh Hà Tĩnh khóa XVIII, Kỳ họp thứ 14 thông "
                "qua ngày 14 tháng 7 năm 2023 và có hiệu lực từ ngày thông qua./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ủy ban Thường vụ Quốc hội;"),
            ("E", "- Chính phủ;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Phan Đình Lộc"),
        ],
    },
    {
        "id": "b6b-tien-giang-dieu-la-ma",
        "source": "https://luatminhkhue.vn/nghi-quyet-11-2011-nq-hdnd-ke-hoach-phat-trien-kinh-te---xa-hoi-tinh-tien-giang-nam-2012.aspx",
        "style": "a provincial People's Council resolution: 'Điều 1.' lead-in over 'I.' capital sections, '1. Mục "
        "tiêu' a bare heading-like task followed by its paragraph, '2.' task with '-' target sub-items; "
        "'Điều 2.' and a passing line are the closing",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN"),
            ("h", "TỈNH TIỀN GIANG"),
            ("h", "Số: 11/2011/NQ-HĐND"),
            ("h", "Tiền Giang, ngày 15 tháng 12 năm 2011"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI TỈNH TIỀN GIANG NĂM 2012"),
            ("h", "HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG"),
            ("h", "KHÓA VIII - KỲ HỌP THỨ 3"),
            ("h", "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"),
            (
                "h",
                "Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03 "
                "tháng 12 năm 2004;",
            ),
            (
                "h",
                "Qua xem xét Báo cáo số 187/BC-UBND ngày 30 tháng 11 năm 2011 của Ủy ban nhân dân tỉnh về tình "
                "hình kinh tế - xã hội năm 2011 và kế hoạch phát triển kinh tế - xã hội năm 2012 tỉnh Tiền "
                "Giang; Báo cáo thẩm tra số 46/BC-HĐND ngày 08 tháng 12 năm 2011 của Ban Kinh tế - Ngân sách và "
                "Ban Văn hóa - Xã hội và ý kiến của các đại biểu Hội đồng nhân dân tỉnh tại kỳ họp,",
            ),
            ("h", "QUYẾT NGHỊ:"),
            (
                "h",
                "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội tỉnh Tiền Giang năm 2012, với những nội "
                "dung chính như sau:",
            ),
            ("S", "I", "MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2012", "I."),
            ("T", "1", "Mục tiêu", "1."),
            (
                "P",
                "Tiếp tục thực hiện các giải pháp kiềm chế lạm phát, phấn đấu đạt tốc độ tăng trưởng kinh tế "
                "hợp lý gắn với chuyển dịch đồng bộ cơ cấu kinh tế nông - công nghiệp và thương mại dịch vụ "
                "theo hướng nâng cao năng suất, chất lượng, hiệu quả và sức cạnh tranh của các ngành kinh tế, "
                "doanh nghiệp; tiếp tục tăng cường đầu tư xây dựng kết cấu hạ tầng kinh tế, xã hội; cải thiện "
                "môi trường đầu tư nhằm tăng cường thu hút đầu tư trong và ngoài nước. Chủ động tạo việc làm, "
                "giảm nghèo, bảo đảm phúc lợi và an sinh xã hội.",
            ),
            ("T", "2", "Các chỉ tiêu chủ yếu", "2."),
            ("C", "-", "Tốc độ tăng trưởng kinh tế (GDP) đạt 11 - 11,5%;", "-"),
            ("C", "-", "GDP bình quân đầu người đạt 26,5 triệu đồng;", "-"),
            ("C", "-", "Kim ngạch xuất khẩu đạt 850 triệu USD;", "-"),
            ("C", "-", "Tổng vốn đầu tư toàn xã hội đạt 15.500 tỷ đồng;", "-"),
            ("C", "-", "Giảm tỷ lệ hộ nghèo xuống dưới 6%;", "-"),
            ("C", "-", "Giải quyết việc làm cho 28.000 lao động.", "-"),
            ("S", "II", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "II."),
            (
                "T",
                "1",
                "Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh; thực hiện đồng bộ các giải pháp kiềm chế "
                "lạm phát, ổn định kinh tế vĩ mô.",
                "1.",
            ),
            (
                "T",
                "2",
                "Phát triển nông nghiệp theo hướng sản xuất hàng hóa gắn với xây dựng nông thôn mới; hoàn thành "
                "quy hoạch nông thôn mới ở 100% số xã.",
                "2.",
            ),
            (
                "T",
                "3",
                "Huy động và sử dụng có hiệu quả các nguồn vốn đầu tư, ưu tiên các công trình giao thông, thủy "
                "lợi phục vụ sản xuất và phòng, chống xâm nhập mặn.",
                "3.",
            ),
            (
                "T",
                "4",
                "Nâng cao chất lượng giáo dục, đào tạo và chăm sóc sức khỏe nhân dân; thực hiện tốt chính sách "
                "đối với người có công và hộ nghèo.",
                "4.",
            ),
            (
                "T",
                "5",
                "Đẩy mạnh cải cách hành chính, phòng, chống tham nhũng, lãng phí; giữ vững quốc phòng, an ninh, "
                "trật tự an toàn xã hội.",
                "5.",
            ),
            (
                "E",
                "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này; Thường trực Hội "
                "đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện.",
            ),
            (
                "E",
                "Nghị quyết này đã được Hội đồng nhân dân tỉnh Tiền Giang khóa VIII, kỳ họp thứ 3 thông qua "
                "ngày 15 tháng 12 năm 2011./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- UB Thường vụ Quốc hội, Chính phủ;"),
            ("E", "- Thường trực Tỉnh ủy;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Võ Văn Hiền"),
        ],
    },
    {
        "id": "b6b-thuan-nam-ket-luan",
        "source": "https://thuannam.ninhthuan.gov.vn/portal/pages/print.aspx?p=30599",
        "style": "a district People's Committee notice of the chairman's conclusions: no sections, a narrative "
        "preamble, tasks '(1)', '(2)' ending in ';', one task with '-' sub-items, closing 'thông báo để … "
        "thực hiện./.'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN HUYỆN THUẬN NAM"),
            ("h", "Số: 41/TB-UBND"),
            ("h", "Thuận Nam, ngày 02 tháng 3 năm 2022"),
            ("title", "THÔNG BÁO"),
            (
                "h",
                "Kết luận của Chủ tịch Ủy ban nhân dân huyện tại phiên họp thường kỳ tháng 02 và triển khai "
                "phương hướng, nhiệm vụ tháng 3 năm 2022",
            ),
            (
                "h",
                "Sáng ngày 01/3/2022, UBND huyện tổ chức phiên họp thường kỳ tháng 02 để đánh giá kết quả thực "
                "hiện nhiệm vụ kinh tế - xã hội tháng 02 và triển khai phương hướng, nhiệm vụ tháng 3/2022. "
                "Tham dự phiên họp có các Phó Chủ tịch UBND huyện, Thành viên UBND huyện; lãnh đạo các Phòng, "
                "ban, đơn vị trực thuộc và Chủ tịch UBND các xã.",
            ),
            (
                "h",
                "Sau khi nghe báo cáo và ý kiến của các đại biểu, Chủ tịch UBND huyện yêu cầu các cơ quan, đơn "
                "vị, địa phương trong thời gian tới:",
            ),
            (
                "T",
                "1",
                "Tăng cường công tác kiểm tra, công tác phòng, chống dịch bệnh; tiếp tục tập trung chỉ đạo "
                "quyết liệt trong triển khai Chiến dịch tiêm chủng mùa xuân vắc xin phòng Covid-19;",
                "(1)",
            ),
            (
                "T",
                "2",
                "Tập trung chỉ đạo rà soát, triển khai các nhiệm vụ trong Quý I/2022, chỉ đạo xây dựng kế hoạch "
                "cụ thể để triển khai thực hiện các nhiệm vụ trọng tâm, đột phá theo Quyết định số 54/QĐ-UBND "
                "ngày 14/01/2022 của Ủy ban nhân dân huyện;",
                "(2)",
            ),
            (
                "T",
                "3",
                "Đôn đốc các Chủ đầu tư đẩy nhanh tiến độ hoàn tất các thủ tục XDCB theo Luật đầu tư công; phân "
                "bổ kế hoạch vốn và thực hiện thông báo vốn kịp thời cho các chủ đầu tư nhằm đảm bảo tiến độ, "
                "tỷ lệ giải ngân vốn đầu tư công trong năm;",
                "(3)",
            ),
            (
                "T",
                "4",
                "Tập trung thực hiện tốt công tác quản lý trật tự xây dựng, đất đai, tài nguyên khoáng sản trên "
                "địa bàn; đẩy mạnh công tác bồi thường, giải phóng mặt bằng các dự án, đồng thời phối hợp triển "
                "khai các dự án trọng điểm trên địa bàn huyện;",
                "(4)",
            ),
            ("T", "5", "Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với UBND các xã:", "(5)"),
            ("C", "-", "Chỉ đạo chăm sóc, bảo vệ diện tích lúa vụ Đông Xuân 2021 - 2022;", "-"),
            (
                "C",
                "-",
                "Điều tiết hợp lý nguồn nước hồ Sông Biêu, hồ CK7, không để thiếu nước tưới cuối vụ;",
                "-",
            ),
            (
                "T",
                "6",
                "Đẩy mạnh thu ngân sách nhà nước, phấn đấu quý I/2022 thu đạt 25% dự toán tỉnh giao;",
                "(6)",
            ),
            (
                "T",
                "7",
                "Giữ vững an ninh chính trị, trật tự an toàn xã hội; tăng cường tuần tra, kiểm soát, xử lý vi "
                "phạm trật tự an toàn giao thông.",
                "(7)",
            ),
            ("E", "Ủy ban nhân dân huyện thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./."),
            ("E", "Nơi nhận:"),
            ("E", "- TT Huyện ủy, TT HĐND huyện;"),
            ("E", "- Các cơ quan, đơn vị, UBND các xã;"),
            ("E", "- Lưu: VT."),
            ("E", "TL. CHỦ TỊCH"),
            ("E", "CHÁNH VĂN PHÒNG"),
            ("E", "Lê Văn Thạnh"),
        ],
    },
    {
        "id": "b6c-doan-tw-chuong-trinh-xiii",
        "source": "https://thanhniencec.edu.vn/chuong-trinh-hanh-dong-cua-doan-thanh-nien-cong-san-ho-chi-minh-thuc-hien-nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang/",
        "style": "a Youth Union action programme: '***' and '————' rule lines in the header, 'I.' capital "
        "headings, '1.' tasks (one with '-' sub-items, one of two paragraphs), '-' target tasks under "
        "'II. MỘT SỐ CHỈ TIÊU'",
        "lines": [
            ("h", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
            ("h", "ĐOÀN TNCS HỒ CHÍ MINH"),
            ("h", "***"),
            ("h", "Số: 26-CTr/TWĐTN-VP"),
            ("h", "Hà Nội, ngày 19 tháng 5 năm 2021"),
            ("title", "CHƯƠNG TRÌNH HÀNH ĐỘNG"),
            ("h", "CỦA ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH"),
            ("h", "thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
            ("h", "————"),
            (
                "h",
                "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh ban hành Chương trình hành động thực hiện Nghị "
                "quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, cụ thể như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Nhằm thống nhất về nhận thức và hành động của các cấp bộ Đoàn trong việc thực hiện Nghị quyết "
                "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, góp phần sớm đưa Nghị quyết Đại hội vào cuộc "
                "sống.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tăng cường giáo dục lý tưởng cách mạng, lòng yêu nước, nuôi dưỡng hoãi bão, khát vọng vươn lên "
                "trong thanh thiếu nhi. Chăm lo, phát triển thanh thiếu nhi và phát huy tinh thần xung kích, "
                "tình nguyện, sáng tạo của thanh niên tham gia phát triển kinh tế – xã hội và bảo vệ Tổ quốc, "
                "góp phần thực hiện thắng lợi Nghị quyết Đại hội.",
                "2.",
            ),
            (
                "T",
                "3",
                "Chương trình hành động phải được thực hiện sâu rộng trong các cấp bộ Đoàn, có sự lan tỏa mạnh "
                "mẽ đến đông đảo thanh thiếu nhi. Các chương trình, hoạt động triển khai bảo đảm tính thiết "
                "thực, hiệu quả, sáng tạo, phù hợp với nhu cầu, nguyện vọng của thanh niên và điều kiện thực "
                "tiễn của từng địa phương, đơn vị.",
                "3.",
            ),
            ("S", "II", "MỘT SỐ CHỈ TIÊU", "II."),
            (
                "T",
                "1",
                "Trong năm 2021, 100% cán bộ Đoàn, đoàn viên được học tập, quán triệt Nghị quyết Đại hội đại "
                "biểu toàn quốc lần thứ XIII của Đảng.",
                "-",
            ),
            (
                "T",
                "2",
                "Hằng năm, giới thiệu ít nhất 150.000 đoàn viên ưu tú cho Đảng xem xét, kết nạp.",
                "-",
            ),
            (
                "T",
                "3",
                "Mỗi Đoàn xã, phường, thị trấn có ít nhất 01 công trình hoặc phần việc thanh niên mỗi năm.",
                "-",
            ),
            (
                "T",
                "4",
                "Tư vấn, hướng nghiệp cho 1,5 triệu thanh niên và giới thiệu việc làm cho 150.000 thanh niên "
                "mỗi năm.",
                "-",
            ),
            ("S", "III", "NHIỆM VỤ, GIẢI PHÁP", "III."),
            (
                "T",
                "1",
                "Tổ chức học tập, quán triệt Nghị quyết Đại hội XIII của Đảng trong đoàn viên, thanh niên, gồm:",
                "1.",
            ),
            ("C", "-", "Biên soạn tài liệu hỏi - đáp về Nghị quyết dành cho đoàn viên, thanh niên;", "-"),
            ("C", "-", "Tổ chức cuộc thi trực tuyến tìm hiểu Nghị quyết Đại hội XIII của Đảng.", "-"),
            (
                "T",
                "2",
                "Xung kích, tình nguyện tham gia phát triển kinh tế – xã hội và bảo vệ Tổ quốc.",
                "2.",
            ),
            (
                "P",
                "Ưu tiên hỗ trợ thanh niên khởi nghiệp, lập nghiệp tại địa bàn khó khăn, vùng đồng bào dân tộc "
                "thiểu số và thanh niên hoàn thành nghĩa vụ quân sự trở về địa phương.",
            ),
            ("T", "3", "Chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng của thanh thiếu nhi.", "3."),
            (
                "T",
                "4",
                "Xây dựng tổ chức Đoàn vững mạnh, tích cực tham gia xây dựng Đảng và hệ thống chính trị.",
                "4.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Các tỉnh, thành đoàn, đoàn trực thuộc căn cứ Chương trình hành động này xây dựng kế hoạch thực "
                "hiện phù hợp với địa phương, đơn vị, hoàn thành trong tháng 6/2021.",
                "1.",
            ),
            (
                "T",
                "2",
                "Văn phòng Trung ương Đoàn theo dõi, tổng hợp, báo cáo Ban Bí thư Trung ương Đoàn định kỳ 6 "
                "tháng, 1 năm.",
                "2.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư Trung ương Đảng (để báo cáo);"),
            ("E", "- Các tỉnh, thành đoàn, đoàn trực thuộc;"),
            ("E", "- Lưu VP, TWĐ."),
            ("E", "TM. BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN"),
            ("E", "BÍ THƯ THỨ NHẤT"),
            ("E", "Nguyễn Minh Khôi"),
        ],
    },
    {
        "id": "b6c-giao-uoc-thi-dua-chi-tieu-thu",
        "source": "https://tailieu.vn/doc/mau-so-1a-huong-dan-dang-ky-giao-uoc-thi-dua-hang-nam-1095196.html",
        "style": "a registration of emulation targets sent to the Emulation Council: 'Kính gửi' on two lines, 'I. "
        "CÁC PHONG TRÀO THI ĐUA:' capital headings ending in ':', '1. Chỉ tiêu thứ nhất: …:' tasks with "
        "'1)', '2)' sub-items, '-' tasks under the last heading",
        "lines": [
            ("h", "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"),
            ("h", "TRUNG TÂM ĐIỀU DƯỠNG NGƯỜI CÓ CÔNG SÔNG CẦU"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Thái Nguyên, ngày 15 tháng 01 năm 2024"),
            ("title", "BẢNG ĐĂNG KÝ GIAO ƯỚC THI ĐUA NĂM 2024"),
            ("h", "Kính gửi: Hội đồng Thi đua - Khen thưởng"),
            ("h", "Bộ Lao động - Thương binh và Xã hội"),
            (
                "h",
                "Căn cứ vào chức năng, nhiệm vụ và các chỉ tiêu Bộ giao năm 2024, đơn vị đăng ký giao ước thi "
                "đua năm 2024 với các phong trào và các chỉ tiêu thi đua sau:",
            ),
            ("S", "I", "CÁC PHONG TRÀO THI ĐUA", "I. CÁC PHONG TRÀO THI ĐUA:"),
            (
                "T",
                "1",
                "Phát động phong trào thi đua phấn đấu hoàn thành xuất sắc nhiệm vụ chính trị được giao.",
                "1.",
            ),
            (
                "T",
                "2",
                "Xây dựng đơn vị đạt “Cơ quan Văn hoá” (Công sở văn minh - Sạch đẹp - An toàn) năm 2024.",
                "2.",
            ),
            (
                "T",
                "3",
                "Tích cực tham gia các hoạt động phong trào văn thể của cơ quan tổ chức chính quyền, đoàn thể "
                "cấp trên và địa phương phát động nhân kỷ niệm các ngày lễ lớn trong năm.",
                "3.",
            ),
            ("S", "II", "CÁC CHỈ TIÊU ĐĂNG KÝ THI ĐUA", "II. CÁC CHỈ TIÊU ĐĂNG KÝ THI ĐUA:"),
            (
                "T",
                "1",
                "Chỉ tiêu thứ nhất: Hoàn thành các chỉ tiêu kế hoạch và nhiệm vụ chính trị năm 2024:",
                "1.",
            ),
            (
                "C",
                "1",
                "Tiếp nhận, điều dưỡng tập trung cho 1.350 lượt người có công với cách mạng, đạt 100% kế hoạch "
                "Bộ giao;",
                "1)",
            ),
            ("C", "2", "Tổ chức điều dưỡng tại gia đình cho 420 người có công có hoàn cảnh khó khăn;", "2)"),
            ("C", "3", "Giải ngân 100% dự toán ngân sách được giao trước ngày 31/12/2024.", "3)"),
            ("T", "2", "Chỉ tiêu thứ hai: Xây dựng tổ chức Đảng, các đoàn thể trong đơn vị vững mạnh:", "2."),
            ("C", "1", "Chi bộ đạt “Hoàn thành tốt nhiệm vụ” trở lên;", "1)"),
            ("C", "2", "Công đoàn, Chi đoàn thanh niên đạt danh hiệu vững mạnh.", "2)"),
            ("T", "3", "Chỉ tiêu thứ ba: Đổi mới công tác quản lý, ứng dụng công nghệ thông tin:", "3."),
            ("C", "1", "Số hoá 100% hồ sơ người có công đang được điều dưỡng tại Trung tâm;", "1)"),
            ("C", "2", "Xử lý 100% văn bản đi, đến trên môi trường mạng.", "2)"),
            ("S", "III", "ĐĂNG KÝ DANH HIỆU THI ĐUA", "III. ĐĂNG KÝ DANH HIỆU THI ĐUA:"),
            (
                "T",
                "1",
                "Tập thể: đăng ký danh hiệu “Tập thể lao động xuất sắc” và Bằng khen của Bộ trưởng;",
                "-",
            ),
            (
                "T",
                "2",
                "Cá nhân: 02 cá nhân đăng ký danh hiệu “Chiến sĩ thi đua cơ sở”, 100% viên chức, người lao động "
                "đăng ký danh hiệu “Lao động tiên tiến”.",
                "-",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Như trên;"),
            ("E", "- Lưu: VT, TĐKT."),
            ("E", "GIÁM ĐỐC"),
            ("E", "(Ký tên, đóng dấu)"),
            ("E", "Đỗ Văn Thành"),
        ],
    },
]

BLIND6_FORMS: dict[str, list[str]] = {
    "b6a-thuan-bac-nghi-quyet-gach": ["typed.docx", "tcvn3.txt", "photo.jpg"],
    "b6a-hue-ket-luan-tinh-uy": ["numbered.docx", "running.pdf", "tcvn3.docx"],
    "b6a-tam-hong-so-chu-cai": ["typed.docx", "scan.pdf", "vni.txt"],
    "b6b-ha-tinh-dieu-mot": ["numbered.docx", "scan.pdf"],
    "b6b-tien-giang-dieu-la-ma": ["numbered.docx", "spaced.pdf", "vni.txt"],
    "b6b-thuan-nam-ket-luan": ["typed.docx", "photo.jpg", "tcvn3.txt"],
    "b6c-doan-tw-chuong-trinh-xiii": ["numbered.docx", "pdf", "scan.pdf"],
    "b6c-giao-uoc-thi-dua-chi-tieu-thu": ["typed.docx", "vni.txt", "running.pdf"],
}
