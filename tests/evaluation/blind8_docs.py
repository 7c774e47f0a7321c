"""The eighth blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (07/12/2026, thirteenth session), by three helpers working blind, each after the
layout and opening of a real public document found that day with the search tool — none of them a source of the
corpus, of its generators, of its target passages or of the first seven blind parts. The pages showed their opening
only: past it, the helpers went on in the page's style (their content, numbers and signatories are made up).

Same roles as ``blind5_docs``: ``S`` section (number, title, typed label), ``T`` task (number, text, typed label),
``C`` sub-item, ``M`` several dash tasks on one line, ``P`` a paragraph continuing the last task, ``h`` header and
preamble, ``title`` the title (not a section), ``E`` the closing.
"""

from __future__ import annotations

BLIND8_DOCS: list[dict] = [
    {
        "id": "b8x-tay-ninh-nghi-quyet-hdnd",
        "source": "https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-45-NQ-HDND-2025-ke-hoach-phat-trien-kinh-te-xa-hoi-Tay-Ninh-686800.html",
        "style": "a provincial People's Council resolution: 'QUYẾT NGHỊ:', an 'Điều 1.' lead-in followed by an "
        "unlabelled objective paragraph, then '1.' sentence-case headings: the first over '-' target "
        "tasks, the second over 'a)', 'b)' … 'đ)', 'e)' tasks (one with '-' sub-items, one of two "
        "paragraphs); the closing 'Điều 2. Tổ chức thực hiện' carries its own '1.', '2.' items",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN"),
            ("h", "TỈNH TÂY NINH"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 45/NQ-HĐND"),
            ("h", "Tây Ninh, ngày 10 tháng 12 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026"),
            ("h", "HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH"),
            ("h", "KHÓA X - KỲ HỌP THỨ 7"),
            ("h", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;"),
            (
                "h",
                "Xét Báo cáo số 2289/BC-UBND ngày 24 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh; Báo cáo thẩm "
                "tra số 655/BC-HĐND ngày 05 tháng 12 năm 2025 của Ban Kinh tế - Ngân sách Hội đồng nhân dân "
                "tỉnh và ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.",
            ),
            ("h", "QUYẾT NGHỊ:"),
            (
                "h",
                "Điều 1. Thống nhất Kế hoạch phát triển kinh tế - xã hội năm 2026 với mục tiêu, chỉ tiêu chủ "
                "yếu và nhiệm vụ, giải pháp chủ yếu như sau:",
            ),
            (
                "h",
                "Phát huy tối đa các tiềm năng và lợi thế địa kinh tế mới của tỉnh để tăng tốc phát triển "
                "nhanh và bền vững; triển khai có hiệu quả quy hoạch tỉnh sau điều chỉnh; đột phá mạnh mẽ về "
                "khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số; nâng cao chất lượng tăng trưởng và "
                "sức cạnh tranh của nền kinh tế.",
            ),
            ("S", "1", "Các chỉ tiêu chủ yếu", "1."),
            ("T", "1", "Tốc độ tăng trưởng kinh tế (GRDP) đạt từ 10 - 10,5%.", "-"),
            ("T", "2", "GRDP bình quân đầu người đạt khoảng 125 triệu đồng.", "-"),
            (
                "T",
                "3",
                "Tổng thu ngân sách nhà nước trên địa bàn đạt dự toán Trung ương giao, phấn đấu vượt 10%.",
                "-",
            ),
            ("T", "4", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 0,5% so với cuối năm 2025.", "-"),
            ("T", "5", "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5%.", "-"),
            ("S", "2", "Nhiệm vụ, giải pháp chủ yếu", "2."),
            (
                "T",
                "a",
                "Tập trung triển khai hiệu quả Quy hoạch tỉnh sau điều chỉnh; hoàn thiện quy hoạch chung các "
                "xã, phường phù hợp với mô hình chính quyền địa phương hai cấp.",
                "a)",
            ),
            (
                "T",
                "b",
                "Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn được giao; "
                "tập trung các dự án giao thông trọng điểm:",
                "b)",
            ),
            ("C", "-", "Đường cao tốc Thành phố Hồ Chí Minh - Mộc Bài;", "-"),
            ("C", "-", "Đường Vành đai 3, Vành đai 4 Thành phố Hồ Chí Minh đoạn qua địa bàn tỉnh.", "-"),
            (
                "T",
                "c",
                "Cải thiện mạnh mẽ môi trường đầu tư kinh doanh; thu hút đầu tư vào các khu công nghiệp, khu "
                "kinh tế cửa khẩu.",
                "c)",
            ),
            (
                "P",
                "Kịp thời tháo gỡ khó khăn, vướng mắc cho các dự án tồn đọng, kéo dài; nâng cao các chỉ số "
                "PCI, PAPI, PAR INDEX của tỉnh.",
            ),
            (
                "T",
                "d",
                "Đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số theo Nghị quyết số "
                "57-NQ/TW của Bộ Chính trị.",
                "d)",
            ),
            (
                "T",
                "đ",
                "Chăm lo an sinh xã hội, giảm nghèo bền vững, phát triển nhà ở xã hội; nâng cao chất lượng "
                "giáo dục, y tế.",
                "đ)",
            ),
            (
                "T",
                "e",
                "Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội; tổ chức thành công cuộc bầu cử đại "
                "biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.",
                "e)",
            ),
            ("E", "Điều 2. Tổ chức thực hiện"),
            ("E", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này."),
            (
                "E",
                "2. Thường trực Hội đồng nhân dân tỉnh, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân "
                "dân tỉnh giám sát việc thực hiện Nghị quyết.",
            ),
            (
                "E",
                "Nghị quyết này đã được Hội đồng nhân dân tỉnh Tây Ninh khóa X, Kỳ họp thứ 7 thông qua ngày "
                "10 tháng 12 năm 2025 và có hiệu lực từ ngày thông qua./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ủy ban Thường vụ Quốc hội, Chính phủ;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Nguyễn Mạnh Hùng"),
        ],
    },
    {
        "id": "b8x-thanh-hoa-ky-hop-hdnd",
        "source": "https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Nghi-quyet-616-NQ-HDND-2024-Ky-hop-thu-24-Hoi-dong-nhan-dan-khoa-XVIII-Thanh-Hoa-638783.aspx",
        "style": "a provincial People's Council resolution on the results of a session: subtitle 'KỲ HỌP THỨ 24 "
        "…' under the title, 'QUYẾT NGHỊ:' followed by an unlabelled narrative paragraph, then '1.' … "
        "'5.' items with no sections and no 'Điều' ('-' sub-items under two of them, one item of two "
        "paragraphs)",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN"),
            ("h", "TỈNH THANH HÓA"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 616/NQ-HĐND"),
            ("h", "Thanh Hóa, ngày 14 tháng 12 năm 2024"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "KỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA KHÓA XVIII"),
            ("h", "HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA"),
            ("h", "KHÓA XVIII, KỲ HỌP THỨ 24"),
            (
                "h",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung "
                "một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng "
                "11 năm 2019;",
            ),
            (
                "h",
                "Căn cứ kết quả kỳ họp thứ 24, Hội đồng nhân dân tỉnh Thanh Hóa khóa XVIII từ ngày 12 đến "
                "ngày 14 tháng 12 năm 2024;",
            ),
            (
                "h",
                "Theo đề nghị của Thường trực Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng "
                "nhân dân tỉnh tại kỳ họp.",
            ),
            ("h", "QUYẾT NGHỊ:"),
            (
                "h",
                "Sau 2,5 ngày làm việc tích cực, dân chủ, nghiêm túc, kỳ họp thứ 24, Hội đồng nhân dân tỉnh "
                "khóa XVIII đã hoàn thành chương trình đề ra. Kết quả kỳ họp tiếp tục thể hiện tinh thần đoàn "
                "kết, trách nhiệm, sự nỗ lực, quyết tâm cao của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh "
                "và các cơ quan, tổ chức hữu quan.",
            ),
            (
                "T",
                "1",
                "Kỳ họp thứ 24, Hội đồng nhân dân tỉnh khóa XVIII đã thống nhất xem xét, quyết nghị thông qua "
                "38 nghị quyết, bao gồm:",
                "1.",
            ),
            ("C", "-", "15 nghị quyết quy phạm pháp luật;", "-"),
            (
                "C",
                "-",
                "23 nghị quyết cá biệt về kế hoạch phát triển kinh tế - xã hội, dự toán ngân sách, kế hoạch "
                "đầu tư công năm 2025 và các nội dung khác.",
                "-",
            ),
            (
                "T",
                "2",
                "Năm 2025 là năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025, năm "
                "tiến hành Đại hội Đảng bộ các cấp; Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh, các "
                "sở, ngành, địa phương tập trung thực hiện tốt các nhiệm vụ trọng tâm sau:",
                "2.",
            ),
            (
                "C",
                "-",
                "Tháo gỡ khó khăn, vướng mắc, đẩy nhanh tiến độ các dự án lớn, trọng điểm; phấn đấu tốc độ "
                "tăng trưởng kinh tế (GRDP) năm 2025 đạt 11% trở lên;",
                "-",
            ),
            (
                "C",
                "-",
                "Đẩy nhanh giải ngân vốn đầu tư công ngay từ đầu năm, phấn đấu giải ngân 100% kế hoạch vốn "
                "được giao;",
                "-",
            ),
            (
                "C",
                "-",
                "Thực hiện nghiêm chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị theo "
                "Nghị quyết số 18-NQ/TW;",
                "-",
            ),
            (
                "C",
                "-",
                "Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội, phục vụ tốt Đại hội Đảng bộ các cấp.",
                "-",
            ),
            (
                "T",
                "3",
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tăng cường "
                "tuyên truyền, vận động Nhân dân thực hiện các nghị quyết của Hội đồng nhân dân tỉnh.",
                "3.",
            ),
            (
                "T",
                "4",
                "Thường trực Hội đồng nhân dân tỉnh, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân "
                "tỉnh tăng cường giám sát việc triển khai thực hiện các nghị quyết của kỳ họp.",
                "4.",
            ),
            (
                "P",
                "Các Ban Hội đồng nhân dân tỉnh tập trung giám sát việc giải quyết ý kiến, kiến nghị của cử "
                "tri và việc thực hiện các nội dung đã cam kết tại phiên chất vấn.",
            ),
            (
                "T",
                "5",
                "Hội đồng nhân dân tỉnh kêu gọi cán bộ, đảng viên, các tầng lớp Nhân dân và cộng đồng doanh "
                "nghiệp trong tỉnh phát huy truyền thống đoàn kết, thực hiện thắng lợi Nghị quyết Đại hội đại "
                "biểu Đảng bộ tỉnh lần thứ XIX.",
                "5.",
            ),
            ("E", "Nghị quyết này có hiệu lực từ ngày thông qua./."),
            ("E", "Nơi nhận:"),
            ("E", "- Ủy ban Thường vụ Quốc hội;"),
            ("E", "- Thường trực Tỉnh ủy;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Lại Thế Nguyên"),
        ],
    },
    {
        "id": "b8x-bac-ninh-thi-dua-chi-bo",
        "source": "https://dangboubndtinh.bacninh.dcs.vn/chi-tiet-tin-tuc/-/asset_publisher/M0UUAFstbTMq/content/chi-bo-va-co-quan-ang-uy-ubnd-tinh-phat-ong-phong-trao-thi-ua-nam-2026?inheritRedirect=false",
        "style": "a Party cell plan launching the 2026 emulation movement: Party header with '*', preamble with "
        "a quoted 'Chủ đề thi đua' line and a lead-in announcing '5 nội dung lớn', then five tasks "
        "introduced by ordinal words 'Thứ nhất,' … 'Thứ năm,' with no sections ('-' sub-items under "
        "one, a second paragraph under another)",
        "lines": [
            ("h", "ĐẢNG ỦY UBND TỈNH BẮC NINH"),
            ("h", "CHI BỘ CƠ QUAN ĐẢNG ỦY"),
            ("h", "*"),
            ("h", "Số 12-KH/CB"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Bắc Ninh, ngày 20 tháng 01 năm 2026"),
            ("title", "KẾ HOẠCH"),
            ("h", "phát động phong trào thi đua năm 2026"),
            (
                "h",
                "Năm 2026 là năm có ý nghĩa đặc biệt quan trọng, là năm đầu tiên triển khai thực hiện Nghị "
                "quyết Đại hội Đảng các cấp nhiệm kỳ 2025 - 2030 và kế hoạch phát triển kinh tế - xã hội 05 "
                "năm 2026 - 2030; năm diễn ra Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu cử "
                "đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.",
            ),
            (
                "h",
                "Để phấn đấu hoàn thành tốt các nhiệm vụ chính trị do Đảng ủy, Ban Thường vụ Đảng ủy giao, "
                "Chi bộ và cơ quan Đảng ủy UBND tỉnh phát động đợt thi đua cao điểm phấn đấu hoàn thành và "
                "hoàn thành vượt mức các chỉ tiêu, nhiệm vụ năm 2026.",
            ),
            (
                "h",
                "Chủ đề thi đua: “Cán bộ, công chức, người lao động Cơ quan chuyên trách Đảng ủy UBND tỉnh "
                "Bắc Ninh thi đua: Đoàn kết - Dân chủ - Kỷ cương - Sáng tạo - Phát triển - Quyết tâm hoàn "
                "thành xuất sắc nhiệm vụ”.",
            ),
            ("h", "Nội dung thi đua tập trung vào 5 nội dung lớn, cụ thể như sau:"),
            (
                "T",
                "1",
                "Tăng cường xây dựng Chi bộ trong sạch, vững mạnh; nâng cao chất lượng sinh hoạt chi bộ, gắn "
                "với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, "
                "đạo đức, phong cách Hồ Chí Minh.",
                "Thứ nhất,",
            ),
            (
                "T",
                "2",
                "Thi đua thực hiện tốt chức năng tham mưu, giúp việc cho Ban Chấp hành, Ban Thường vụ Đảng ủy "
                "UBND tỉnh, trong đó:",
                "Thứ hai,",
            ),
            (
                "C",
                "-",
                "Tham mưu ban hành kịp thời chương trình, kế hoạch thực hiện Nghị quyết Đại hội XIV của Đảng "
                "và Nghị quyết Đại hội Đảng bộ tỉnh;",
                "-",
            ),
            (
                "C",
                "-",
                "100% văn bản được tham mưu, trình ký đúng thời hạn, bảo đảm chất lượng, đúng thể thức;",
                "-",
            ),
            ("C", "-", "Tham mưu thực hiện đạt 100% chương trình kiểm tra, giám sát năm 2026.", "-"),
            (
                "T",
                "3",
                "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của cơ quan; 100% văn "
                "bản đi, đến được xử lý trên môi trường mạng, trừ văn bản mật.",
                "Thứ ba,",
            ),
            (
                "T",
                "4",
                "Thi đua lập thành tích chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc bầu "
                "cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.",
                "Thứ tư,",
            ),
            (
                "P",
                "Mỗi đảng viên, công chức đăng ký ít nhất một phần việc cụ thể, có sản phẩm và thời hạn hoàn "
                "thành rõ ràng, được đánh giá khi sơ kết 6 tháng.",
            ),
            (
                "T",
                "5",
                "Xây dựng cơ quan đạt chuẩn văn hóa, an toàn; thực hành tiết kiệm, chống lãng phí; tích cực "
                "tham gia các hoạt động văn hóa, thể thao, từ thiện, nhân đạo do Đảng ủy và Công đoàn phát "
                "động.",
                "Thứ năm,",
            ),
            (
                "E",
                "Trên đây là Kế hoạch phát động phong trào thi đua năm 2026 của Chi bộ và cơ quan Đảng ủy "
                "UBND tỉnh; đề nghị các đồng chí đảng viên, công chức, người lao động nghiêm túc triển khai "
                "thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Thường vụ Đảng ủy UBND tỉnh (b/c),"),
            ("E", "- Đảng viên trong chi bộ,"),
            ("E", "- Lưu Chi bộ."),
            ("E", "T/M CHI BỘ"),
            ("E", "BÍ THƯ"),
            ("E", "Nguyễn Mạnh Hùng"),
        ],
    },
    {
        "id": "b8y-bac-kan-huong-dan-tu-phap",
        "source": "https://sotuphap.backan.gov.vn/huong-dan-cua-so/huong-dan-thuc-hien-cong-tac-pho-bien-giao-duc-phap-luat-hoa-giai-o-co-so-xay-dung-cap-xa-dat-ch-101371",
        "style": "a provincial Justice Department guidance letter (công văn, no title): 'V/v' subject, 'Kính "
        "gửi:' with dash recipients, 'Thực hiện ...' lead-in ending 'như sau:', 'I.' capital field "
        "headings, tasks '1.', '2.' as paragraphs, '-' sub-items under one task, a continuation "
        "paragraph, 'Trên đây là ...' closing",
        "lines": [
            ("h", "UBND TỈNH BẮC KẠN"),
            ("h", "SỞ TƯ PHÁP"),
            ("h", "Số: 473/STP-PBGDPL"),
            (
                "h",
                "V/v hướng dẫn thực hiện công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng "
                "cấp xã đạt chuẩn tiếp cận pháp luật năm 2020",
            ),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Bắc Kạn, ngày 25 tháng 3 năm 2020"),
            ("h", "Kính gửi:"),
            ("h", "- Các sở, ban, ngành, đoàn thể tỉnh;"),
            ("h", "- Ủy ban nhân dân các huyện, thành phố."),
            (
                "h",
                "Thực hiện Văn bản số 979/BTP-PBGDPL ngày 19/3/2020 của Bộ Tư pháp và Văn bản số "
                "1445/UBND-NCPC ngày 23/3/2020 của UBND tỉnh, Sở Tư pháp hướng dẫn một số nội dung như sau:",
            ),
            ("S", "I", "CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT (PBGDPL)", "I."),
            (
                "T",
                "1",
                "Trên cơ sở kết quả tổng kết 15 năm thực hiện Chỉ thị số 32-CT/TW của Ban Bí thư, đề nghị các "
                "sở, ban, ngành, đoàn thể tỉnh và UBND các huyện, thành phố tiếp tục quan tâm lãnh đạo, chỉ "
                "đạo; tổ chức thực hiện các giải pháp nâng cao chất lượng, hiệu quả công tác PBGDPL.",
                "1.",
            ),
            (
                "T",
                "2",
                "Căn cứ điều kiện, tình hình thực tiễn, các cơ quan, đơn vị xác định nội dung PBGDPL trọng "
                "tâm năm 2020, tập trung vào:",
                "2.",
            ),
            ("C", "-", "Các luật mới được Quốc hội thông qua, có hiệu lực trong năm 2020;", "-"),
            ("C", "-", "Các văn bản liên quan đến phòng, chống dịch bệnh Covid-19;", "-"),
            ("C", "-", "Pháp luật về đất đai, môi trường, khiếu nại, tố cáo.", "-"),
            (
                "T",
                "3",
                "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam "
                "(09/11) thiết thực, hiệu quả, tránh hình thức.",
                "3.",
            ),
            ("S", "II", "CÔNG TÁC HÒA GIẢI Ở CƠ SỞ", "II."),
            (
                "T",
                "1",
                "Kiện toàn, củng cố tổ hòa giải ở cơ sở; rà soát, bầu bổ sung hòa giải viên đáp ứng yêu cầu "
                "theo quy định của Luật Hòa giải ở cơ sở.",
                "1.",
            ),
            (
                "T",
                "2",
                "Phấn đấu tỷ lệ hòa giải thành đạt từ 80% trở lên; 100% hòa giải viên mới được bồi dưỡng, "
                "hướng dẫn nghiệp vụ.",
                "2.",
            ),
            (
                "P",
                "Phòng Tư pháp các huyện, thành phố chủ động bố trí kinh phí chi thù lao cho hòa giải viên "
                "theo Nghị quyết của HĐND tỉnh.",
            ),
            ("S", "III", "XÂY DỰNG CẤP XÃ ĐẠT CHUẨN TIẾP CẬN PHÁP LUẬT", "III."),
            (
                "T",
                "1",
                "UBND các huyện, thành phố chỉ đạo UBND cấp xã tổ chức đánh giá, chấm điểm các tiêu chí theo "
                "Quyết định số 619/QĐ-TTg; phấn đấu 85% số xã đạt chuẩn năm 2020.",
                "1.",
            ),
            (
                "T",
                "2",
                "Gửi hồ sơ đề nghị công nhận cấp xã đạt chuẩn tiếp cận pháp luật về Sở Tư pháp trước ngày "
                "15/12/2020.",
                "2.",
            ),
            (
                "E",
                "Trên đây là hướng dẫn của Sở Tư pháp, đề nghị các cơ quan, đơn vị, địa phương triển khai "
                "thực hiện và báo cáo kết quả về Sở Tư pháp trước ngày 25/11/2020 để tổng hợp./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Như trên;"),
            ("E", "- Bộ Tư pháp (b/c);"),
            ("E", "- UBND tỉnh (b/c);"),
            ("E", "- Lưu: VT, PBGDPL."),
            ("E", "GIÁM ĐỐC"),
            ("E", "Hoàng Văn Thái"),
        ],
    },
    {
        "id": "b8y-tien-giang-chi-thi-ngoac",
        "source": "https://tuyengiaotiengiang.vn/khoa-giao/uy-ban-nhan-dan-tinh-chi-thi-ve-xay-dung-ke-hoach-phat-trien-kinh-te-xa-hoi-nam-2025-4870.html",
        "style": "a provincial People's Committee directive on building the 2025 plan: 'CHỈ THỊ' title, two "
        "context paragraphs, lead-in 'tập trung vào các nội dung chủ yếu sau:', no section headings, "
        "tasks '(1)' … '(6)' in brackets, '-' target sub-items under one task, a task continued by a "
        "paragraph, closing 'Yêu cầu …'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH TIỀN GIANG"),
            ("h", "Số: 06/CT-UBND"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Tiền Giang, ngày 28 tháng 6 năm 2024"),
            ("title", "CHỈ THỊ"),
            ("h", "Về xây dựng kế hoạch phát triển kinh tế - xã hội năm 2025"),
            (
                "h",
                "Năm 2024, tình hình thế giới tiếp tục đối mặt với nhiều khó khăn, thách thức, rủi ro. Trong "
                "nước, kinh tế vĩ mô cơ bản ổn định, lạm phát được kiểm soát, sản xuất kinh doanh tiếp tục "
                "phục hồi.",
            ),
            (
                "h",
                "Năm 2025 là năm cuối thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025, đồng "
                "thời là năm tiến hành Đại hội Đảng các cấp. Để xây dựng kế hoạch năm 2025 sát thực tế, Chủ "
                "tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thành "
                "phố, thị xã tập trung vào các nội dung chủ yếu sau:",
            ),
            (
                "T",
                "1",
                "Bối cảnh xây dựng kế hoạch phát triển kinh tế - xã hội năm 2025. Nhận định, phân tích những "
                "cơ hội, thuận lợi, thách thức, rủi ro của bối cảnh trong nước, khu vực và quốc tế tác động "
                "đến ngành, lĩnh vực, địa phương.",
                "(1)",
            ),
            (
                "T",
                "2",
                "Đánh giá tình hình thực hiện kế hoạch năm 2024 trên tất cả các ngành, lĩnh vực được phân "
                "công phụ trách; làm rõ các chỉ tiêu không đạt, nguyên nhân chủ quan, khách quan.",
                "(2)",
            ),
            (
                "P",
                "Việc đánh giá phải bảo đảm trung thực, khách quan, có số liệu so sánh với cùng kỳ và với kế "
                "hoạch đề ra.",
            ),
            (
                "T",
                "3",
                "Xác định mục tiêu tổng quát và các chỉ tiêu chủ yếu năm 2025, trong đó phấn đấu:",
                "(3)",
            ),
            ("C", "-", "Tốc độ tăng trưởng kinh tế (GRDP) đạt 7,5 - 8%;", "-"),
            ("C", "-", "Tổng thu ngân sách nhà nước trên địa bàn đạt 12.000 tỷ đồng;", "-"),
            ("C", "-", "Tỷ lệ hộ nghèo giảm còn dưới 0,7%.", "-"),
            (
                "T",
                "4",
                "Đề xuất các nhiệm vụ, giải pháp chủ yếu, có trọng tâm, trọng điểm; gắn với thực hiện ba khâu "
                "đột phá và các chương trình mục tiêu quốc gia.",
                "(4)",
            ),
            (
                "T",
                "5",
                "Xây dựng kế hoạch đầu tư công năm 2025 theo đúng quy định của Luật Đầu tư công, ưu tiên bố "
                "trí vốn cho các công trình chuyển tiếp, trọng điểm.",
                "(5)",
            ),
            (
                "T",
                "6",
                "Sở Kế hoạch và Đầu tư chủ trì tổng hợp, tham mưu Ủy ban nhân dân tỉnh dự thảo kế hoạch phát "
                "triển kinh tế - xã hội năm 2025, báo cáo Tỉnh ủy trong tháng 10/2024.",
                "(6)",
            ),
            (
                "E",
                "Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố, "
                "thị xã nghiêm túc triển khai thực hiện Chỉ thị này./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- TT. Tỉnh ủy, TT. HĐND tỉnh;"),
            ("E", "- CT, các PCT UBND tỉnh;"),
            ("E", "- Như trên;"),
            ("E", "- Lưu: VT, P.KT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Nguyễn Văn Vĩnh"),
        ],
    },
    {
        "id": "b8y-quang-nam-ke-hoach-tieu-chi",
        "source": "https://hethongphapluat.vn/ke-hoach-123-kh-ubnd-nam-2024-thuc-hien-bo-tieu-chi-quoc-gia-ve-y-te-xa-giai-doan-den-nam-2030-tren-dia-ban-tinh-quang-nam.html",
        "style": "a provincial plan on the national commune-health criteria: 'I.' capital headings, targets '1.' "
        "(a heading line continued by a paragraph) and '2.' with '-' sub-items, a criteria section "
        "whose tasks are labelled 'Tiêu chí 1.', 'Tiêu chí 2.' each with '-' sub-items, an organisation "
        "section with agencies '1.', '2.'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH QUẢNG NAM"),
            ("h", "Số: 123/KH-UBND"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Quảng Nam, ngày 05 tháng 01 năm 2024"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "Thực hiện Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030 trên địa bàn tỉnh Quảng "
                "Nam",
            ),
            (
                "h",
                "Thực hiện Quyết định số 1300/QĐ-BYT ngày 09/3/2023 của Bộ Y tế; UBND tỉnh xây dựng Kế hoạch "
                "triển khai thực hiện Bộ tiêu chí quốc gia về y tế xã trên địa bàn tỉnh giai đoạn đến năm "
                "2030, như sau:",
            ),
            ("S", "I", "MỤC TIÊU", "I."),
            ("T", "1", "Mục tiêu chung", "1."),
            (
                "P",
                "Xây dựng, củng cố và phát triển mạng lưới y tế xã, phường, thị trấn nhằm thực hiện tốt công "
                "tác chăm sóc sức khỏe ban đầu cho Nhân dân; góp phần xây dựng thành công mô hình nông thôn "
                "mới tại địa phương.",
            ),
            ("T", "2", "Mục tiêu cụ thể", "2."),
            ("C", "-", "Đến năm 2025: 80% số xã đạt Bộ tiêu chí quốc gia về y tế.", "-"),
            ("C", "-", "Đến năm 2030: 100% số xã đạt Bộ tiêu chí quốc gia về y tế.", "-"),
            ("S", "II", "BỘ TIÊU CHÍ QUỐC GIA VỀ Y TẾ XÃ GIAI ĐOẠN ĐẾN 2030", "II."),
            ("T", "1", "Chỉ đạo, điều hành công tác chăm sóc sức khỏe", "Tiêu chí 1."),
            ("C", "-", "Xã có Ban Chỉ đạo chăm sóc sức khỏe Nhân dân, hoạt động thường xuyên.", "-"),
            (
                "C",
                "-",
                "Công tác chăm sóc sức khỏe Nhân dân, công tác dân số được đưa vào nghị quyết của Đảng ủy "
                "hoặc kế hoạch phát triển kinh tế - xã hội hằng năm của xã.",
                "-",
            ),
            ("T", "2", "Nhân lực y tế", "Tiêu chí 2."),
            ("C", "-", "Trạm y tế có bác sĩ làm việc thường xuyên.", "-"),
            ("C", "-", "100% thôn, tổ dân phố có nhân viên y tế hoặc cộng tác viên dân số.", "-"),
            ("T", "3", "Cơ sở hạ tầng, trang thiết bị và thuốc", "Tiêu chí 3."),
            ("C", "-", "Trạm y tế được xây dựng kiên cố, đủ các phòng chức năng theo quy định.", "-"),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Sở Y tế: chủ trì, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh "
                "trước ngày 15/12 hằng năm.",
                "1.",
            ),
            (
                "T",
                "2",
                "Sở Tài chính: tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
                "2.",
            ),
            (
                "T",
                "3",
                "UBND các huyện, thị xã, thành phố: chỉ đạo UBND cấp xã xây dựng lộ trình, phấn đấu đạt chuẩn "
                "theo phân vùng.",
                "3.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Bộ Y tế (b/c);"),
            ("E", "- CT, các PCT UBND tỉnh;"),
            ("E", "- Các Sở, ngành liên quan;"),
            ("E", "- Lưu: VT, KGVX."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Trần Anh Tuấn"),
        ],
    },
    {
        "id": "b8z-huong-hoa-doan-so-ket",
        "source": "https://text.123docz.net/document/6432699-bao-cao-cong-tac-doan-va-phong-trao-thanh-thieu-nhi-6-thang-dau-nam-2020.htm",
        "style": "a commune Youth Union six-month report: two-column header with '***', a capital subject in two "
        "lines under 'BÁO CÁO' and a '-----' rule, 'I.' capital headings, mixed-case field items '1.' "
        "each continued by one or two paragraphs, then '-' tasks under the shortcomings and the plan "
        "headings; closing 'TM. BCH ĐOÀN XÃ'",
        "lines": [
            ("h", "HUYỆN ĐOÀN TUYÊN HÓA"),
            ("h", "ĐOÀN XÃ HƯƠNG HÓA"),
            ("h", "***"),
            ("h", "Số: 20-BC/ĐTN"),
            ("h", "ĐOÀN TNCS HỒ CHÍ MINH"),
            ("h", "Hương Hóa, ngày 03 tháng 6 năm 2020"),
            ("title", "BÁO CÁO"),
            ("h", "CÔNG TÁC ĐOÀN & PHONG TRÀO THANH THIẾU NHI"),
            ("h", "6 THÁNG ĐẦU NĂM 2020"),
            ("h", "-----"),
            (
                "h",
                "Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2020. Trong 6 tháng "
                "đầu năm, dưới sự lãnh đạo trực tiếp của BTV Huyện Đoàn, BTV Đảng ủy, sự quan tâm, phối hợp "
                "của UBND xã, các ban ngành, đoàn thể, Ban chấp hành Đoàn xã đã tập trung chỉ đạo và triển "
                "khai thực hiện có hiệu quả các hoạt động công tác Đoàn và phong trào thanh thiếu nhi.",
            ),
            ("S", "I", "KẾT QUẢ ĐẠT ĐƯỢC", "I."),
            ("T", "1", "Công tác tuyên truyền, giáo dục", "1."),
            (
                "P",
                "BTV Đoàn xã thường xuyên tuyên truyền, phổ biến cho ĐVTN về chủ trương, đường lối của Đảng, "
                "chính sách, pháp luật của nhà nước qua mạng xã hội và hệ thống loa truyền thanh của xã.",
            ),
            (
                "P",
                "Triển khai thực hiện có hiệu quả cuộc vận động học tập và làm theo tư tưởng, đạo đức, phong "
                "cách Hồ Chí Minh; vận động ĐVTN hưởng ứng phong trào Tuổi trẻ chung tay xây dựng nông thôn "
                "mới.",
            ),
            ("T", "2", "Phong trào “Thanh niên tình nguyện”", "2."),
            (
                "P",
                "Ra quân dọn vệ sinh môi trường, phát quang 3,5 km đường giao thông nông thôn; trồng 450 cây "
                "xanh dịp Tết trồng cây; tổ chức 02 đợt hiến máu tình nguyện với 37 đơn vị máu.",
            ),
            ("T", "3", "Công tác xây dựng tổ chức Đoàn", "3."),
            (
                "P",
                "Kết nạp 12 đoàn viên mới, đạt 60% chỉ tiêu năm; giới thiệu 03 đoàn viên ưu tú cho Đảng xem "
                "xét kết nạp; kiện toàn Ban chấp hành 02 chi đoàn thôn.",
            ),
            ("S", "II", "TỒN TẠI, HẠN CHẾ", "II."),
            (
                "T",
                "1",
                "Sinh hoạt ở một số chi đoàn thôn chưa đều, nội dung còn đơn điệu, chưa thu hút đoàn viên.",
                "-",
            ),
            ("T", "2", "Việc thu đoàn phí ở các chi đoàn còn chậm so với quy định.", "-"),
            ("S", "III", "PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2020", "III."),
            (
                "T",
                "1",
                "Tiếp tục tuyên truyền, giáo dục chính trị tư tưởng; tổ chức các hoạt động chào mừng kỷ niệm "
                "75 năm Cách mạng Tháng Tám và Quốc khánh 2/9.",
                "-",
            ),
            (
                "T",
                "2",
                "Tổ chức các hoạt động hè cho thiếu nhi tại 8/8 thôn; phối hợp phòng, chống đuối nước trẻ em.",
                "-",
            ),
            ("T", "3", "Phấn đấu kết nạp thêm 08 đoàn viên, hoàn thành 100% chỉ tiêu năm 2020.", "-"),
            ("T", "4", "Thu đoàn phí đạt 100%, hoàn thành trước ngày 15/12/2020.", "-"),
            (
                "E",
                "Trên đây là báo cáo công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2020 của BCH "
                "Đoàn xã Hương Hóa./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- BTV Huyện Đoàn (b/c);"),
            ("E", "- Đảng ủy xã (b/c);"),
            ("E", "- Lưu VP."),
            ("E", "TM. BCH ĐOÀN XÃ"),
            ("E", "BÍ THƯ"),
            ("E", "Đinh Văn Tú"),
        ],
    },
    {
        "id": "b8z-hoang-xuan-phu-nu-bao-cao",
        "source": "http://hoangxuan.hoanghoa.gov.vn/web/trang-chu/tin-tuc-su-kien/hoat-dong-cua-mttq-amp;-cac-doan-the-xa/ket-qua-hoat-dong-cong-tac-hoi-nam-2022-phuong-huong-nhiem-vu-nam-2023.html",
        "style": "a commune Women's Union year report: header with 'Số: 09 /BC - BTV', a two-line subject under "
        "'BÁO CÁO', a three-paragraph preamble, parts lettered 'A.', 'B.' in capitals, field tasks '1.' "
        "ending in a colon with '-' sub-items, one task continued by a paragraph; photographed",
        "lines": [
            ("h", "HỘI LHPN XÃ HOẰNG XUÂN"),
            ("h", "BAN THƯỜNG VỤ"),
            ("h", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 09 /BC - BTV"),
            ("h", "Hoằng Xuân, ngày 12 tháng 12 năm 2022"),
            ("title", "BÁO CÁO"),
            ("h", "Kết quả hoạt động công tác hội năm 2022"),
            ("h", "Phương hướng nhiệm vụ năm 2023"),
            (
                "h",
                "Thực hiện chương trình công tác Hội năm 2022, Ban thường vụ Hội LHPN xã Hoằng Xuân báo cáo "
                "kết quả thực hiện phong trào thi đua và các nhiệm vụ trọng tâm công tác Hội năm 2022 như "
                "sau.",
            ),
            (
                "h",
                "Năm 2022 nhìn chung đời sống của hội viên phụ nữ tương đối ổn định, tin tưởng vào sự lãnh "
                "đạo của Đảng và của Hội cấp trên. Tuy nhiên vẫn còn một số vấn đề gây tâm lý lo lắng cho hội "
                "viên như ô nhiễm môi trường, vệ sinh an toàn thực phẩm chưa được kiểm soát chặt chẽ.",
            ),
            (
                "h",
                "Song dưới sự quan tâm lãnh đạo, chỉ đạo trực tiếp của BTV Đảng ủy, Hội LHPN huyện, Hội LHPN "
                "xã đã đạt được một số kết quả sau:",
            ),
            ("S", "A", "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ TRỌNG TÂM NĂM 2022", "A."),
            ("T", "1", "Công tác tuyên truyền, giáo dục:", "1."),
            (
                "C",
                "-",
                "Tổ chức 24 buổi sinh hoạt chuyên đề tại 12 chi hội với 1.150 lượt hội viên tham gia;",
                "-",
            ),
            (
                "C",
                "-",
                "100% chi hội triển khai Nghị quyết Đại hội đại biểu phụ nữ toàn quốc lần thứ XIII.",
                "-",
            ),
            ("T", "2", "Hỗ trợ phụ nữ phát triển kinh tế:", "2."),
            ("C", "-", "Phối hợp Ngân hàng CSXH giải ngân 3,2 tỷ đồng cho 68 hộ hội viên vay vốn;", "-"),
            ("C", "-", "Giúp 05 hộ hội viên thoát nghèo, đạt 100% chỉ tiêu.", "-"),
            ("T", "3", "Công tác xây dựng tổ chức Hội:", "3."),
            ("C", "-", "Kết nạp 42 hội viên mới, nâng tổng số hội viên lên 1.386 chị;", "-"),
            ("C", "-", "Quỹ Hội đạt 186 triệu đồng, tăng 21 triệu đồng so với năm 2021.", "-"),
            ("S", "B", "PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2023", "B."),
            ("T", "1", "Phấn đấu thực hiện các chỉ tiêu chủ yếu:", "1."),
            ("C", "-", "Kết nạp 40 hội viên mới, tỷ lệ thu hút hội viên đạt 90% trở lên;", "-"),
            ("C", "-", "85% chi hội đạt loại vững mạnh, không có chi hội yếu;", "-"),
            ("C", "-", "Giúp 04 hộ hội viên nghèo thoát nghèo.", "-"),
            (
                "T",
                "2",
                "Đẩy mạnh thực hiện cuộc vận động “Xây dựng gia đình 5 có, 3 sạch”; mỗi chi hội xây dựng 01 "
                "tuyến đường hoa, hàng rào xanh.",
                "2.",
            ),
            ("T", "3", "Phối hợp giải quyết tốt vấn đề môi trường, an toàn thực phẩm tại khu dân cư.", "3."),
            (
                "P",
                "Các chi hội ra mắt tổ phụ nữ phân loại rác thải tại nguồn, báo cáo kết quả về Ban thường vụ "
                "trước ngày 30/6/2023.",
            ),
            (
                "E",
                "Trên đây là báo cáo kết quả hoạt động công tác Hội năm 2022, phương hướng nhiệm vụ năm 2023 "
                "của Hội LHPN xã Hoằng Xuân./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- BTV Hội LHPN huyện (b/c);"),
            ("E", "- Đảng ủy, UBND xã (b/c);"),
            ("E", "- Các chi hội;"),
            ("E", "- Lưu VP."),
            ("E", "TM. BAN THƯỜNG VỤ"),
            ("E", "CHỦ TỊCH"),
            ("E", "Lê Thị Hằng"),
        ],
    },
    {
        "id": "b8z-chi-bo-nong-nghiep-so-ket",
        "source": "https://allavida.org/bao-cao-so-ket-cong-tac-xay-dung-dang-6-thang-dau-nam-2022/",
        "style": "a Party cell six-month report: Party header with '*' (number under the date), 'I-' capital "
        "headings, tasks '1-', '2-' (results with paragraphs, plan with '+' sub-items), closing 'T/M "
        "CHI BỘ'",
        "lines": [
            ("h", "ĐẢNG BỘ BỘ NÔNG NGHIỆP VÀ PTNT"),
            ("h", "CHI BỘ VỤ KẾ HOẠCH"),
            ("h", "*"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Hà Nội, ngày 28 tháng 6 năm 2022"),
            ("h", "Số 14-BC/CB"),
            ("title", "BÁO CÁO"),
            ("h", "sơ kết công tác 6 tháng đầu năm, nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2022"),
            (
                "h",
                "Thực hiện Hướng dẫn của Ban Thường vụ Đảng ủy Bộ, Chi bộ Vụ Kế hoạch báo cáo sơ kết công tác "
                "6 tháng đầu năm và nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2022 như sau:",
            ),
            ("S", "I", "KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2022", "I-"),
            ("T", "1", "Công tác chính trị, tư tưởng", "1-"),
            (
                "P",
                "Chi bộ tổ chức cho 100% đảng viên học tập, quán triệt Nghị quyết Hội nghị Trung ương 4 khóa "
                "XIII; tư tưởng đảng viên ổn định, yên tâm công tác.",
            ),
            ("T", "2", "Lãnh đạo thực hiện nhiệm vụ chính trị", "2-"),
            (
                "P",
                "Lãnh đạo đơn vị hoàn thành 18/20 nhiệm vụ theo chương trình công tác của Bộ, trong đó tham "
                "mưu trình ban hành kế hoạch vốn đầu tư công trung hạn bổ sung đúng tiến độ.",
            ),
            ("T", "3", "Công tác tổ chức, cán bộ và đảng viên", "3-"),
            (
                "P",
                "Duy trì sinh hoạt chi bộ định kỳ hằng tháng; tổ chức 01 buổi sinh hoạt chuyên đề; kết nạp 01 "
                "đảng viên mới.",
            ),
            ("S", "II", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM 6 THÁNG CUỐI NĂM 2022", "II-"),
            ("T", "1", "Lãnh đạo hoàn thành các nhiệm vụ chuyên môn được giao, trong đó:", "1-"),
            (
                "C",
                "-",
                "Tham mưu xây dựng kế hoạch phát triển ngành năm 2023, trình Bộ trước ngày 30/9/2022;",
                "+",
            ),
            ("C", "-", "Phấn đấu giải ngân kế hoạch vốn đầu tư công năm 2022 đạt trên 95%.", "+"),
            (
                "T",
                "2",
                "Nâng cao chất lượng sinh hoạt chi bộ; mỗi quý tổ chức ít nhất 01 buổi sinh hoạt chuyên đề.",
                "2-",
            ),
            (
                "T",
                "3",
                "Phấn đấu 100% đảng viên hoàn thành tốt nhiệm vụ trở lên, có 20% hoàn thành xuất sắc.",
                "3-",
            ),
            (
                "T",
                "4",
                "Thực hiện kiểm tra, giám sát theo chương trình năm; chuẩn bị tốt việc kiểm điểm, đánh giá, "
                "xếp loại chất lượng cuối năm.",
                "4-",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Đảng ủy Bộ (b/c),"),
            ("E", "- Đảng viên trong chi bộ,"),
            ("E", "- Lưu Chi bộ."),
            ("E", "T/M CHI BỘ"),
            ("E", "BÍ THƯ"),
            ("E", "Phạm Quang Hưng"),
        ],
    },
]

BLIND8_FORMS: dict[str, list[str]] = {
    "b8x-tay-ninh-nghi-quyet-hdnd": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "b8x-thanh-hoa-ky-hop-hdnd": ["numbered.docx", "running.pdf", "vni.txt"],
    "b8x-bac-ninh-thi-dua-chi-bo": ["typed.docx", "photo.jpg", "tcvn3.docx"],
    "b8y-bac-kan-huong-dan-tu-phap": ["numbered.docx", "running.pdf", "vni.txt"],
    "b8y-tien-giang-chi-thi-ngoac": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "b8y-quang-nam-ke-hoach-tieu-chi": ["typed.docx", "photo.jpg", "txt"],
    "b8z-huong-hoa-doan-so-ket": ["typed.docx", "txt", "scan.pdf"],
    "b8z-hoang-xuan-phu-nu-bao-cao": ["typed.docx", "photo.jpg", "tcvn3.txt"],
    "b8z-chi-bo-nong-nghiep-so-ket": ["typed.docx", "running.pdf", "vni.txt"],
}
