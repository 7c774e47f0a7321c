"""The eleventh blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (07/12/2026, fourteenth session), by three helpers working blind (they never ran the
reader nor read its code), each after the layout and opening of a real public document found that day with the search
tool — none of them a source of the corpus, of its generators, of its target passages or of the first ten blind
parts. Past what the page showed, the helpers went on in its style (content, numbers and signatories made up). Frozen
before the session's fixes from the tenth part's classes (``DEV_DOCS_12``), so its first run measures them held out.

Same roles as ``blind10_docs``.
"""

from __future__ import annotations

BLIND11_DOCS: list[dict] = [
    {
        "id": "b11s-dak-lak-chi-thi-tet",
        "source": "https://nhansu.vn/van-ban-phap-luat/Chi-thi-01-CT-UBND-2026-don-Tet-Nguyen-dan-Binh-Ngo-Dak-Lak-689381.html",
        "style": "a provincial People's Committee directive on the Lunar New Year: one long unlabelled preamble "
        "paragraph ending 'các nhiệm vụ trọng tâm sau:', then '1.' … '6.' headings naming the agency in charge "
        "(each ending ':'), each over '-' tasks, some tasks with '+' sub-items; a closing request paragraph, "
        "'Nơi nhận:' and a 'KT. CHỦ TỊCH' signature",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH ĐẮK LẮK"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 01/CT-UBND"),
            ("h", "Đắk Lắk, ngày 13 tháng 01 năm 2026"),
            ("title", "CHỈ THỊ"),
            ("h", "VỀ VIỆC TỔ CHỨC ĐÓN TẾT NGUYÊN ĐÁN BÍNH NGỌ NĂM 2026 TRÊN ĐỊA BÀN TỈNH"),
            (
                "h",
                "Thực hiện Chỉ thị số 36/CT-TTg ngày 31/12/2025 của Thủ tướng Chính phủ về việc tổ chức Tết Nguyên "
                "đán Bính Ngọ năm 2026 vui tươi, lành mạnh, an toàn, tiết kiệm; Chỉ thị số 02-CT/TU ngày 31/12/2025 "
                "của Ban Thường vụ Tỉnh ủy về việc tổ chức đón Tết Nguyên đán Bính Ngọ năm 2026; đồng thời thực hiện "
                "hiệu quả nhiệm vụ phát triển kinh tế - xã hội năm 2026 của tỉnh ngay từ những ngày đầu năm, Chủ "
                "tịch UBND tỉnh đề nghị Thủ trưởng các sở, ban, ngành, hội, đoàn thể cấp tỉnh, Chủ tịch UBND các xã, "
                "phường nghiêm túc quán triệt và tổ chức thực hiện có hiệu quả các nhiệm vụ trọng tâm sau:",
            ),
            ("S", "1", "Sở Công Thương chủ trì, phối hợp với các sở, ngành, địa phương liên quan", "1."),
            (
                "T",
                "1",
                "Theo dõi sát diễn biến cung cầu, giá cả thị trường các mặt hàng thiết yếu; chủ động phương án bảo "
                "đảm nguồn hàng, không để xảy ra tình trạng thiếu hàng, sốt giá trước, trong và sau Tết.",
                "-",
            ),
            (
                "T",
                "2",
                "Triển khai Chương trình bình ổn thị trường dịp Tết Nguyên đán Bính Ngọ năm 2026, cụ thể:",
                "-",
            ),
            (
                "C",
                "-",
                "Vận động các doanh nghiệp phân phối, hệ thống siêu thị dự trữ hàng hóa với tổng giá trị không thấp "
                "hơn 1.200 tỷ đồng;",
                "+",
            ),
            (
                "C",
                "-",
                "Tổ chức ít nhất 15 chuyến hàng Việt về các xã vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số.",
                "+",
            ),
            (
                "T",
                "3",
                "Tăng cường kiểm tra, kiểm soát thị trường, xử lý nghiêm các hành vi buôn lậu, gian lận thương mại, "
                "kinh doanh hàng giả, hàng kém chất lượng.",
                "-",
            ),
            ("S", "2", "Sở Y tế", "2."),
            (
                "T",
                "1",
                "Chỉ đạo các cơ sở khám bệnh, chữa bệnh bố trí đủ thuốc, trang thiết bị, nhân lực trực cấp cứu 24/24 "
                "giờ trong những ngày nghỉ Tết.",
                "-",
            ),
            (
                "T",
                "2",
                "Chủ trì các đoàn liên ngành kiểm tra an toàn thực phẩm; kịp thời xử lý các vụ ngộ độc thực phẩm nếu "
                "xảy ra.",
                "-",
            ),
            ("S", "3", "Sở Nông nghiệp và Môi trường", "3."),
            (
                "T",
                "1",
                "Hướng dẫn nông dân khôi phục sản xuất sau thiên tai, gieo trồng vụ Đông Xuân 2025 - 2026 đúng lịch "
                "thời vụ; bảo đảm nước tưới cho cây trồng mùa khô.",
                "-",
            ),
            (
                "T",
                "2",
                "Tăng cường công tác phòng cháy, chữa cháy rừng; bố trí lực lượng trực tại các khu vực trọng điểm có "
                "nguy cơ cháy cao.",
                "-",
            ),
            (
                "T",
                "3",
                "Giám sát chặt chẽ dịch bệnh trên gia súc, gia cầm; kiểm soát việc vận chuyển, giết mổ động vật phục "
                "vụ Tết.",
                "-",
            ),
            ("S", "4", "Sở Văn hóa, Thể thao và Du lịch", "4."),
            (
                "T",
                "1",
                "Tổ chức các hoạt động mừng Đảng, mừng Xuân Bính Ngọ năm 2026 trang trọng, tiết kiệm:",
                "-",
            ),
            (
                "C",
                "-",
                "Chương trình nghệ thuật chào năm mới và bắn pháo hoa tầm thấp tại phường Buôn Ma Thuột và phường "
                "Tuy Hòa đêm Giao thừa;",
                "+",
            ),
            (
                "C",
                "-",
                "Hội báo Xuân, hội chợ hoa xuân và các giải thể thao truyền thống tại các xã, phường.",
                "+",
            ),
            (
                "T",
                "2",
                "Quản lý chặt chẽ hoạt động lễ hội, kinh doanh dịch vụ văn hóa, du lịch; không để xảy ra tình trạng "
                "chèo kéo, ép giá du khách.",
                "-",
            ),
            ("S", "5", "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh", "5."),
            (
                "T",
                "1",
                "Nắm chắc tình hình, chủ động phòng ngừa, đấu tranh với các loại tội phạm; bảo đảm tuyệt đối an toàn "
                "các mục tiêu, công trình trọng điểm và các sự kiện chính trị dịp Tết.",
                "-",
            ),
            (
                "T",
                "2",
                "Xử lý nghiêm các hành vi sản xuất, mua bán, vận chuyển, tàng trữ và sử dụng trái phép pháo nổ.",
                "-",
            ),
            (
                "T",
                "3",
                "Tăng cường tuần tra, kiểm soát, bảo đảm trật tự an toàn giao thông, kiềm chế tai nạn giao thông "
                "trên các tuyến quốc lộ 14, 26, 29 và quốc lộ 1.",
                "-",
            ),
            ("S", "6", "Ủy ban nhân dân các xã, phường", "6."),
            (
                "T",
                "1",
                "Rà soát, chăm lo Tết cho các gia đình chính sách, người có công, hộ nghèo, hộ bị thiệt hại do bão "
                "lũ, bảo đảm mọi người, mọi nhà đều có Tết:",
                "-",
            ),
            ("C", "-", "Trao quà đến tận tay đối tượng trước ngày 10/02/2026;", "+"),
            (
                "C",
                "-",
                "Kịp thời đề xuất cấp gạo hỗ trợ cho các hộ có nguy cơ thiếu đói trong dịp Tết và giáp hạt.",
                "+",
            ),
            (
                "T",
                "2",
                "Bố trí lãnh đạo, công chức trực Tết; giữ vững ổn định an ninh trật tự ở khu dân cư và báo cáo kịp "
                "thời các vụ việc phát sinh.",
                "-",
            ),
            (
                "E",
                "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường nghiêm túc "
                "triển khai thực hiện Chỉ thị này; báo cáo tình hình trước, trong và sau Tết về UBND tỉnh (qua Sở "
                "Văn hóa, Thể thao và Du lịch) trước ngày 24/02/2026 để tổng hợp, báo cáo Thủ tướng Chính phủ./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Văn phòng Chính phủ (b/c);"),
            ("E", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);"),
            ("E", "- Các sở, ban, ngành, hội, đoàn thể cấp tỉnh;"),
            ("E", "- UBND các xã, phường;"),
            ("E", "- Lưu: VT, VHXH."),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Đào Mỹ"),
        ],
    },
    {
        "id": "b11s-khanh-hoa-chuong-trinh-hanh-dong",
        "source": "https://baomoi.net.vn/chuong-trinh-hanh-dong-cua-ban-chap-hanh-dang-bo-tinh-khanh-hoa-thuc-hien-nghi-quyet-dai-hoi-dai-bieu-dang-bo-tinh-lan-thu-i-nhiem-ky-2025-2030-c53307044.epi",
        "style": "a provincial Party committee action programme: Party header with 'Số 01-CTr/TU', a one-line lead-in, "
        "then four capital Roman parts 'I.' … 'IV.': the first and last over '1.' tasks, the second over '-' "
        "target tasks, the third over '1.' tasks carrying 'a)', 'b)' sub-items in one place, '(1)', '(2)', "
        "'(3)' breakthroughs in another and '-' sub-items in a third; one task continued by a paragraph; a "
        "closing sentence, 'Nơi nhận:' and 'T/M TỈNH ỦY'",
        "lines": [
            ("h", "ĐẢNG BỘ TỈNH KHÁNH HÒA"),
            ("h", "BAN CHẤP HÀNH"),
            ("h", "*"),
            ("h", "Số 01-CTr/TU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Khánh Hòa, ngày 08 tháng 10 năm 2025"),
            ("title", "CHƯƠNG TRÌNH HÀNH ĐỘNG"),
            ("h", "của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết Đại hội đại biểu"),
            ("h", "Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030"),
            ("h", "-----"),
            (
                "h",
                "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, Ban Chấp hành "
                "Đảng bộ tỉnh xây dựng Chương trình hành động, cụ thể như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Chương trình hành động nhằm cụ thể hóa và tổ chức thực hiện hiệu quả Nghị quyết Đại hội đại biểu "
                "Đảng bộ tỉnh lần thứ I, bám sát mục tiêu, nhiệm vụ trọng tâm và các đột phá chiến lược; hiện thực "
                "hóa mục tiêu sớm đưa tỉnh Khánh Hòa trở thành thành phố trực thuộc Trung ương.",
                "1.",
            ),
            (
                "T",
                "2",
                "Xác định rõ các kế hoạch, đề án, dự án cụ thể trong giai đoạn 2025 - 2030; phân công trách nhiệm, "
                "nguồn lực, tiến độ thực hiện, làm căn cứ để các cấp ủy, tổ chức đảng xây dựng kế hoạch của mình.",
                "2.",
            ),
            (
                "T",
                "3",
                "Việc thực hiện phải đồng bộ, quyết liệt, có trọng tâm, trọng điểm; gắn với kiểm tra, giám sát và sơ "
                "kết, đánh giá hằng năm.",
                "3.",
            ),
            ("S", "II", "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "II."),
            (
                "T",
                "1",
                "Tốc độ tăng trưởng kinh tế (GRDP) bình quân giai đoạn 2026 - 2030 đạt từ 10% trở lên.",
                "-",
            ),
            ("T", "2", "GRDP bình quân đầu người đến năm 2030 đạt khoảng 8.500 USD.", "-"),
            ("T", "3", "Tỷ lệ đô thị hóa đến năm 2030 đạt trên 60%.", "-"),
            ("T", "4", "Hằng năm kết nạp từ 2.500 đảng viên mới trở lên.", "-"),
            ("S", "III", "NHIỆM VỤ TRỌNG TÂM VÀ ĐỘT PHÁ CHIẾN LƯỢC", "III."),
            (
                "T",
                "1",
                "Tập trung hoàn thiện thể chế, cơ chế, chính sách đặc thù cho phát triển của tỉnh:",
                "1.",
            ),
            (
                "C",
                "a",
                "Tổ chức thực hiện hiệu quả Nghị quyết số 55/2022/QH15 của Quốc hội về thí điểm một số cơ chế, chính "
                "sách đặc thù phát triển tỉnh Khánh Hòa; đề xuất sửa đổi, bổ sung phù hợp với tỉnh mới.",
                "a)",
            ),
            (
                "C",
                "b",
                "Xây dựng Đề án thành lập thành phố Khánh Hòa trực thuộc Trung ương, trình cấp có thẩm quyền trước "
                "năm 2029.",
                "b)",
            ),
            ("T", "2", "Thực hiện 03 đột phá chiến lược:", "2."),
            (
                "C",
                "1",
                "Đột phá về hạ tầng giao thông, trọng tâm là tuyến cao tốc Khánh Hòa - Buôn Ma Thuột và các tuyến "
                "kết nối vùng;",
                "(1)",
            ),
            (
                "C",
                "2",
                "Đột phá về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, xây dựng trung tâm dữ liệu quốc "
                "gia và khu vực;",
                "(2)",
            ),
            (
                "C",
                "3",
                "Đột phá về phát triển nguồn nhân lực chất lượng cao phục vụ du lịch, dịch vụ và kinh tế biển.",
                "(3)",
            ),
            (
                "T",
                "3",
                "Phát triển du lịch biển quốc tế trở thành ngành kinh tế mũi nhọn; thu hút các nhà đầu tư chiến lược "
                "vào Khu kinh tế Vân Phong và khu vực Cam Ranh.",
                "3.",
            ),
            (
                "T",
                "4",
                "Phát triển năng lượng tái tạo và công nghiệp xanh tại khu vực Ninh Thuận (cũ):",
                "4.",
            ),
            ("C", "-", "Hoàn thành đầu tư các dự án điện gió ngoài khơi đã có trong quy hoạch;", "-"),
            ("C", "-", "Chuẩn bị các điều kiện triển khai lại Dự án Nhà máy điện hạt nhân Ninh Thuận.", "-"),
            (
                "T",
                "5",
                "Chăm lo phát triển văn hóa, giáo dục, y tế; bảo đảm an sinh xã hội, giảm nghèo bền vững, nhất là ở "
                "vùng đồng bào dân tộc thiểu số và miền núi.",
                "5.",
            ),
            (
                "T",
                "6",
                "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh toàn diện; bảo đảm vững chắc quốc "
                "phòng, an ninh và chủ quyền biển, đảo.",
                "6.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Các đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt, xây dựng kế hoạch thực hiện Chương trình hành "
                "động này, hoàn thành trong quý IV năm 2025.",
                "1.",
            ),
            (
                "T",
                "2",
                "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo cụ thể hóa các chỉ tiêu, nhiệm vụ thành kế hoạch phát triển "
                "kinh tế - xã hội 5 năm và hằng năm.",
                "2.",
            ),
            (
                "P",
                "Đảng ủy Hội đồng nhân dân tỉnh lãnh đạo ban hành kịp thời các nghị quyết về cơ chế, chính sách và "
                "giám sát việc thực hiện.",
            ),
            (
                "T",
                "3",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tuyên truyền, vận động "
                "Nhân dân tích cực thực hiện.",
                "3.",
            ),
            (
                "T",
                "4",
                "Văn phòng Tỉnh ủy chủ trì, phối hợp với các ban đảng theo dõi, đôn đốc, định kỳ tổng hợp báo cáo "
                "Ban Thường vụ Tỉnh ủy.",
                "4.",
            ),
            ("E", "Chương trình hành động này được quán triệt đến chi bộ và đảng viên./."),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư Trung ương Đảng (báo cáo),"),
            ("E", "- Các đồng chí Tỉnh ủy viên,"),
            ("E", "- Các đảng ủy trực thuộc Tỉnh ủy,"),
            ("E", "- Lưu Văn phòng Tỉnh ủy."),
            ("E", "T/M TỈNH ỦY"),
            ("E", "BÍ THƯ"),
            ("E", "Nghiêm Xuân Thành"),
        ],
    },
    {
        "id": "b11s-dong-thap-dien-van-be-mac",
        "source": "https://btg.dongthap.gov.vn/web/btg/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/3568186?plidlayout=3045",
        "style": "a closing speech of a provincial Party congress by the outgoing secretary: congress header, 'DIỄN VĂN "
        "BẾ MẠC', 'Kính thưa:' with three '-' addressee lines and unlabelled opening paragraphs, then a single "
        "level of tasks led by 'Thứ nhất,' … 'Thứ tám,' (no sections), one with '-' sub-items and one "
        "continued by a paragraph; a closing of 'Thưa các đồng chí!', the declaration of closure and thanks",
        "lines": [
            ("h", "ĐẢNG BỘ TỈNH ĐỒNG THÁP"),
            ("h", "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XI"),
            ("h", "*"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Cao Lãnh, ngày 20 tháng 10 năm 2020"),
            ("title", "DIỄN VĂN BẾ MẠC"),
            ("h", "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH ĐỒNG THÁP LẦN THỨ XI, NHIỆM KỲ 2020 - 2025"),
            (
                "h",
                "(Do đồng chí Lê Minh Hoan, Ủy viên Ban Chấp hành Trung ương Đảng, Thứ trưởng Bộ Nông nghiệp và Phát "
                "triển nông thôn, Bí thư Tỉnh ủy khóa X trình bày)",
            ),
            ("h", "Kính thưa:"),
            ("h", "- Các đồng chí lãnh đạo tỉnh qua các thời kỳ,"),
            (
                "h",
                "- Đồng chí Lê Quốc Phong, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy;",
            ),
            ("h", "- Các vị khách quý và các đồng chí đại biểu."),
            (
                "h",
                'Qua gần 04 ngày làm việc với phương châm "Đoàn kết - Kỷ cương - Dân chủ - Phát triển", Đại hội đại '
                "biểu Đảng bộ tỉnh Đồng Tháp lần thứ XI, nhiệm kỳ 2020 - 2025 đã hoàn thành các nội dung theo chương "
                "trình đề ra.",
            ),
            (
                "h",
                "Đại hội đã nghiêm túc kiểm điểm, đánh giá tình hình thực hiện Nghị quyết Đại hội đại biểu Đảng bộ "
                "tỉnh lần thứ X, chỉ rõ những việc làm được, những hạn chế, yếu kém và nguyên nhân; thông qua Nghị "
                "quyết Đại hội với 18 chỉ tiêu chủ yếu và 5 đột phá chiến lược; bầu Ban Chấp hành Đảng bộ tỉnh khóa "
                "XI gồm 51 đồng chí và Đoàn đại biểu dự Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
            ),
            (
                "h",
                "Để Nghị quyết Đại hội sớm đi vào cuộc sống, tôi đề nghị các cấp ủy đảng, chính quyền, Mặt trận Tổ "
                "quốc, các đoàn thể và toàn thể cán bộ, đảng viên trong Đảng bộ tập trung thực hiện tốt một số nhiệm "
                "vụ trọng tâm sau đây:",
            ),
            (
                "T",
                "1",
                "ngay sau Đại hội, các cấp ủy tổ chức học tập, quán triệt sâu rộng Nghị quyết Đại hội đến tận chi "
                "bộ, đảng viên và Nhân dân; xây dựng chương trình hành động cụ thể, sát với điều kiện của từng địa "
                "phương, đơn vị.",
                "Thứ nhất,",
            ),
            (
                "T",
                "2",
                "tiếp tục đổi mới phương thức lãnh đạo của Đảng, nâng cao năng lực lãnh đạo và sức chiến đấu của tổ "
                "chức cơ sở đảng; xây dựng đội ngũ cán bộ dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung.",
                "Thứ hai,",
            ),
            (
                "T",
                "3",
                "tập trung tái cơ cấu ngành nông nghiệp gắn với xây dựng nông thôn mới, chuyển mạnh từ tư duy sản "
                "xuất nông nghiệp sang tư duy kinh tế nông nghiệp; cụ thể là:",
                "Thứ ba,",
            ),
            ("C", "-", "phát triển vùng nguyên liệu lúa, xoài, sen, cá tra theo chuỗi giá trị;", "-"),
            (
                "C",
                "-",
                "khuyến khích doanh nghiệp đầu tư chế biến sâu và liên kết tiêu thụ với hợp tác xã;",
                "-",
            ),
            (
                "C",
                "-",
                "nhân rộng các mô hình sản xuất ứng dụng công nghệ cao, thích ứng biến đổi khí hậu.",
                "-",
            ),
            (
                "T",
                "4",
                "cải thiện mạnh mẽ môi trường đầu tư, kinh doanh, giữ vững vị trí tốp đầu về Chỉ số năng lực cạnh "
                "tranh cấp tỉnh; đồng hành cùng doanh nghiệp, khởi nghiệp và đổi mới sáng tạo.",
                "Thứ tư,",
            ),
            (
                "T",
                "5",
                "phát triển đô thị theo hướng xanh, thông minh; đầu tư kết cấu hạ tầng giao thông kết nối vùng, nhất "
                "là các tuyến cao tốc và cầu vượt sông Tiền.",
                "Thứ năm,",
            ),
            (
                "T",
                "6",
                "xây dựng nền văn hóa và con người Đồng Tháp nghĩa tình, năng động, sáng tạo; chăm lo giáo dục, y tế "
                "và nâng cao chất lượng sống của Nhân dân.",
                "Thứ sáu,",
            ),
            (
                "P",
                "Mỗi cán bộ, đảng viên phải là tấm gương sáng về đạo đức, lối sống, gần dân, trọng dân, lắng nghe và "
                "giải quyết kịp thời những kiến nghị chính đáng của Nhân dân.",
            ),
            (
                "T",
                "7",
                "giữ vững quốc phòng, an ninh, bảo vệ vững chắc chủ quyền biên giới quốc gia; bảo đảm trật tự, an "
                "toàn xã hội trên địa bàn tỉnh.",
                "Thứ bảy,",
            ),
            (
                "T",
                "8",
                "phát huy sức mạnh khối đại đoàn kết toàn dân tộc; tăng cường vai trò giám sát, phản biện xã hội của "
                "Mặt trận Tổ quốc và các đoàn thể.",
                "Thứ tám,",
            ),
            ("E", "Thưa các đồng chí!"),
            (
                "E",
                "Với niềm tin và khát vọng mới, tôi tin tưởng rằng Đảng bộ, chính quyền và Nhân dân tỉnh Đồng Tháp "
                "sẽ thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI đã đề ra.",
            ),
            (
                "E",
                "Với tinh thần đó, tôi xin tuyên bố bế mạc Đại hội đại biểu Đảng bộ tỉnh Đồng Tháp lần thứ XI, nhiệm "
                "kỳ 2020 - 2025.",
            ),
            ("E", "Xin trân trọng cảm ơn!"),
        ],
    },
    {
        "id": "b11t-cao-bang-nghi-quyet-ke-hoach",
        "source": "https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-70-NQ-HDND-2025-ke-hoach-phat-trien-kinh-te-xa-hoi-Cao-Bang-690050.html",
        "style": "a provincial People's Council resolution on the 2026 plan: 'QUYẾT NGHỊ:', an 'Điều 1. … như sau:' "
        "lead-in and an unlabelled objective paragraph, then two '1.', '2.' sentence-case parts: the first "
        "over bracketed '(1)' … '(8)' targets, the second over decimal '2.1.' … '2.7.' tasks ('-' sub-items "
        "under two, one task of two paragraphs); closing 'Điều 2.' with its own '1.', '2.' and 'Điều 3.'",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN"),
            ("h", "TỈNH CAO BẰNG"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 70/NQ-HĐND"),
            ("h", "Cao Bằng, ngày 11 tháng 12 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026 TỈNH CAO BẰNG"),
            ("h", "HỘI ĐỒNG NHÂN DÂN TỈNH CAO BẰNG"),
            ("h", "KHÓA XVII KỲ HỌP THỨ 38"),
            ("h", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;"),
            (
                "h",
                "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Cao Bằng lần thứ XX, nhiệm kỳ 2025 - 2030;",
            ),
            (
                "h",
                "Căn cứ Nghị quyết số 68/NQ-HĐND ngày 11 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Cao Bằng về Kế "
                "hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026 - 2030;",
            ),
            (
                "h",
                "Xét Tờ trình số 3620/TTr-UBND ngày 18 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về việc ban hành "
                "Nghị quyết Kế hoạch phát triển kinh tế - xã hội năm 2026 tỉnh Cao Bằng; Báo cáo thẩm tra số "
                "661/BC-HĐND ngày 03 tháng 12 năm 2025 của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh; ý kiến "
                "thảo luận của các đại biểu Hội đồng nhân dân tỉnh tại Kỳ họp.",
            ),
            ("h", "QUYẾT NGHỊ:"),
            (
                "h",
                "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội năm 2026 tỉnh Cao Bằng với nội dung chủ yếu "
                "như sau:",
            ),
            (
                "h",
                "Năm 2026 phấn đấu đạt mức tăng trưởng kinh tế hai con số, tạo bước bứt phá rõ nét trong phát triển "
                "kinh tế - xã hội; đẩy mạnh cơ cấu lại nền kinh tế theo hướng nâng cao chất lượng, hiệu quả và sức "
                "cạnh tranh; phát triển toàn diện kinh tế cửa khẩu, du lịch và kinh tế rừng; bảo đảm an sinh xã hội, "
                "giữ vững quốc phòng, an ninh và chủ quyền biên giới quốc gia.",
            ),
            ("S", "1", "Các chỉ tiêu chủ yếu", "1."),
            ("T", "1", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 10% trở lên.", "(1)"),
            ("T", "2", "GRDP bình quân đầu người đạt 58 triệu đồng/người/năm.", "(2)"),
            (
                "T",
                "3",
                "Tổng thu ngân sách nhà nước trên địa bàn đạt 3.650 tỷ đồng, trong đó thu nội địa 2.150 tỷ đồng.",
                "(3)",
            ),
            ("T", "4", "Tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu đạt 1.200 triệu USD.", "(4)"),
            ("T", "5", "Đón 3,2 triệu lượt khách du lịch; tổng thu từ du lịch đạt 4.500 tỷ đồng.", "(5)"),
            (
                "T",
                "6",
                "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm từ 3% trở lên; riêng các xã biên giới giảm từ 4% trở "
                "lên.",
                "(6)",
            ),
            ("T", "7", "Tỷ lệ che phủ rừng duy trì ở mức 56,5%.", "(7)"),
            ("T", "8", "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 98,5%.", "(8)"),
            ("S", "2", "Nhiệm vụ, giải pháp chủ yếu", "2."),
            (
                "T",
                "1",
                "Triển khai hiệu quả Quy hoạch tỉnh Cao Bằng thời kỳ 2021 - 2030; hoàn thiện quy hoạch chung các xã, "
                "phường phù hợp với mô hình chính quyền địa phương hai cấp.",
                "2.1.",
            ),
            (
                "T",
                "2",
                "Tập trung nguồn lực hoàn thành các công trình hạ tầng chiến lược, trọng tâm là:",
                "2.2.",
            ),
            ("C", "-", "Đường bộ cao tốc Đồng Đăng (Lạng Sơn) - Trà Lĩnh (Cao Bằng) giai đoạn 1;", "-"),
            ("C", "-", "Chuẩn bị đầu tư tuyến cao tốc Bắc Kạn - Cao Bằng;", "-"),
            (
                "C",
                "-",
                "Các tuyến đường kết nối cửa khẩu Tà Lùng, Trà Lĩnh và khu du lịch thác Bản Giốc.",
                "-",
            ),
            (
                "T",
                "3",
                "Phát triển kinh tế cửa khẩu theo hướng hiện đại, thông minh; thúc đẩy thông quan hàng hóa, phát "
                "triển dịch vụ logistics tại các khu kinh tế cửa khẩu.",
                "2.3.",
            ),
            (
                "T",
                "4",
                "Cơ cấu lại ngành nông, lâm nghiệp gắn với phát triển vùng nguyên liệu tập trung; nâng cao chất "
                "lượng sản phẩm OCOP và chỉ dẫn địa lý.",
                "2.4.",
            ),
            (
                "P",
                "Bảo vệ, khai thác hiệu quả kinh tế rừng; tăng cường phòng cháy, chữa cháy rừng trong mùa khô hanh.",
            ),
            ("T", "5", "Phát triển du lịch thành ngành kinh tế quan trọng của tỉnh:", "2.5."),
            ("C", "-", "Khai thác hiệu quả Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng;", "-"),
            ("C", "-", "Đa dạng hóa sản phẩm du lịch cộng đồng, du lịch văn hóa, lịch sử.", "-"),
            (
                "T",
                "6",
                "Nâng cao chất lượng giáo dục, y tế; hoàn thành xây dựng trường phổ thông nội trú liên cấp tại các "
                "xã biên giới; thực hiện tốt chính sách dân tộc, an sinh xã hội.",
                "2.6.",
            ),
            (
                "T",
                "7",
                "Củng cố quốc phòng, an ninh, giữ vững chủ quyền biên giới quốc gia; tổ chức thành công cuộc bầu cử "
                "đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.",
                "2.7.",
            ),
            ("E", "Điều 2. Tổ chức thực hiện"),
            ("E", "1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này."),
            (
                "E",
                "2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại "
                "biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.",
            ),
            (
                "E",
                "Điều 3. Nghị quyết này đã được Hội đồng nhân dân tỉnh Cao Bằng khóa XVII, Kỳ họp thứ 38 thông qua "
                "ngày 11 tháng 12 năm 2025 và có hiệu lực kể từ ngày thông qua./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ủy ban Thường vụ Quốc hội;"),
            ("E", "- Chính phủ;"),
            ("E", "- Thường trực Tỉnh ủy, HĐND, UBND tỉnh;"),
            ("E", "- Các sở, ban, ngành, đoàn thể tỉnh;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Bế Thanh Tịnh"),
        ],
    },
    {
        "id": "b11t-dien-bien-nghi-quyet-mot-la",
        "source": "https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-251-NQ-HDND-2025-giai-phap-trong-tam-phat-trien-kinh-te-xa-hoi-6-thang-cuoi-nam-Dien-Bien-667443.html",
        "style": "a provincial People's Council resolution on the tasks of the last six months: 'QUYẾT NGHỊ:', an 'Điều "
        "1.' line typed as a heading (no 'như sau:') and an approving paragraph ending in ':', then eight "
        "tasks introduced by 'Một là,' … 'Tám là,' with no sections ('-' sub-items under two, one task of two "
        "paragraphs); closing 'Điều 2. Tổ chức thực hiện' with its own '1.', '2.'",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN"),
            ("h", "TỈNH ĐIỆN BIÊN"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 251/NQ-HĐND"),
            ("h", "Điện Biên, ngày 15 tháng 7 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            (
                "h",
                "VỀ NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM PHÁT TRIỂN KINH TẾ - XÃ HỘI, BẢO ĐẢM QUỐC PHÒNG - AN NINH 6 THÁNG "
                "CUỐI NĂM 2025",
            ),
            ("h", "HỘI ĐỒNG NHÂN DÂN TỈNH ĐIỆN BIÊN"),
            ("h", "KHOÁ XV, KỲ HỌP THỨ HAI MƯƠI MỐT"),
            ("h", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
            (
                "h",
                "Xét Báo cáo số 3107/BC-UBND ngày 29 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh về tình hình thực "
                "hiện kế hoạch phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh 6 tháng đầu năm; nhiệm vụ, "
                "giải pháp trọng tâm 6 tháng cuối năm 2025; Báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh; ý "
                "kiến thảo luận của đại biểu Hội đồng nhân dân tại kỳ họp.",
            ),
            ("h", "QUYẾT NGHỊ:"),
            ("h", "Điều 1. Nhiệm vụ và giải pháp trọng tâm 6 tháng cuối năm 2025"),
            (
                "h",
                "Hội đồng nhân dân tỉnh tán thành với đánh giá tình hình thực hiện các mục tiêu, nhiệm vụ phát triển "
                "kinh tế - xã hội, bảo đảm quốc phòng - an ninh 6 tháng đầu năm 2025 của Ủy ban nhân dân tỉnh và "
                "kiến nghị, đề xuất tại các báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh; đồng thời yêu cầu "
                "tập trung thực hiện tốt các nhiệm vụ, giải pháp trọng tâm sau:",
            ),
            (
                "T",
                "1",
                "bảo đảm bộ máy chính quyền địa phương hai cấp vận hành thông suốt, hiệu lực, hiệu quả ngay từ ngày "
                "01/7/2025; kịp thời bố trí cán bộ, công chức, trụ sở, trang thiết bị cho 45 xã, phường mới.",
                "Một là,",
            ),
            (
                "T",
                "2",
                "quyết liệt đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn được "
                "giao; trong đó:",
                "Hai là,",
            ),
            (
                "C",
                "-",
                "Tập trung giải phóng mặt bằng dự án đường cao tốc Sơn La - Điện Biên - Cửa khẩu Tây Trang;",
                "-",
            ),
            ("C", "-", "Hoàn thành nâng cấp Quốc lộ 12 đoạn đến cửa khẩu A Pa Chải;", "-"),
            (
                "C",
                "-",
                "Xử lý dứt điểm vướng mắc tại các dự án thuộc ba chương trình mục tiêu quốc gia.",
                "-",
            ),
            (
                "T",
                "3",
                "chăm sóc tốt cây trồng vụ Mùa; mở rộng diện tích cà phê, mắc ca theo hướng hàng hóa; chủ động "
                "phòng, chống thiên tai, lũ quét, sạt lở đất trong mùa mưa bão.",
                "Ba là,",
            ),
            (
                "T",
                "4",
                "tăng cường quản lý thu ngân sách, chống thất thu; triệt để tiết kiệm chi thường xuyên để dành nguồn "
                "lực cho đầu tư phát triển.",
                "Bốn là,",
            ),
            (
                "P",
                "Rà soát, sắp xếp, xử lý tài sản công dôi dư sau sắp xếp đơn vị hành chính, không để lãng phí, thất "
                "thoát.",
            ),
            (
                "T",
                "5",
                "hoàn thành Chương trình xóa nhà tạm, nhà dột nát trước ngày 31/8/2025 và chuẩn bị tốt các điều kiện "
                "cho năm học mới 2025 - 2026:",
                "Năm là,",
            ),
            ("C", "-", "Bảo đảm đủ giáo viên, phòng học cho các trường vùng cao, biên giới;", "-"),
            ("C", "-", "Thực hiện đầy đủ chính sách hỗ trợ học sinh bán trú, nội trú.", "-"),
            (
                "T",
                "6",
                "nâng cao chất lượng khám, chữa bệnh tại các trạm y tế xã; chủ động phòng, chống dịch bệnh, nhất là "
                "sốt xuất huyết, tay chân miệng.",
                "Sáu là,",
            ),
            (
                "T",
                "7",
                "đẩy mạnh cải cách hành chính, chuyển đổi số; nâng cao tỷ lệ hồ sơ thủ tục hành chính được giải "
                "quyết trực tuyến toàn trình.",
                "Bảy là,",
            ),
            (
                "T",
                "8",
                "giữ vững an ninh chính trị, trật tự an toàn xã hội, chủ quyền biên giới quốc gia; chuẩn bị chu đáo "
                "các điều kiện phục vụ Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030.",
                "Tám là,",
            ),
            ("E", "Điều 2. Tổ chức thực hiện"),
            ("E", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết."),
            (
                "E",
                "2. Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu "
                "Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết.",
            ),
            (
                "E",
                "Nghị quyết này đã được Hội đồng nhân dân tỉnh Điện Biên khoá XV, Kỳ họp thứ Hai mươi mốt thông qua "
                "ngày 15 tháng 7 năm 2025 và có hiệu lực từ ngày thông qua./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- UBTV Quốc hội, Chính phủ (b/c);"),
            ("E", "- TT Tỉnh ủy, HĐND, UBND, UBMTTQ VN tỉnh;"),
            ("E", "- Đại biểu HĐND tỉnh;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Lò Văn Phương"),
        ],
    },
    {
        "id": "b11t-son-la-quyet-dinh-nhiem-vu",
        "source": "https://thuvienphapluat.vn/van-ban/Thuong-mai/Quyet-dinh-161-QD-UBND-2025-giai-phap-chu-yeu-thuc-hien-Ke-hoach-phat-trien-kinh-te-xa-hoi-Son-La-641052.aspx?ac=emails",
        "style": "a provincial People's Committee decision issuing the year's main tasks: 'QUYẾT ĐỊNH:', an 'Điều 1. … "
        "như sau:' lead-in followed by two unlabelled context paragraphs, then Roman capital parts 'I.' … "
        "'III.': the first holding a single unlabelled paragraph, the second '-' target tasks, the third '1.' "
        "… '6.' tasks ('a)', 'b)' sub-items under two); closing 'Điều 2.', 'Điều 3.'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH SƠN LA"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 161/QĐ-UBND"),
            ("h", "Sơn La, ngày 20 tháng 01 năm 2025"),
            ("title", "QUYẾT ĐỊNH"),
            (
                "h",
                "VỀ NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI VÀ DỰ TOÁN NGÂN SÁCH "
                "NHÀ NƯỚC NĂM 2025",
            ),
            ("h", "ỦY BAN NHÂN DÂN TỈNH SƠN LA"),
            ("h", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/06/2015;"),
            (
                "h",
                "Căn cứ Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực "
                "hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2025;",
            ),
            (
                "h",
                "Căn cứ Nghị quyết số 420/NQ-HĐND ngày 05/12/2024 của HĐND tỉnh về Kế hoạch phát triển kinh tế - xã "
                "hội năm 2025;",
            ),
            ("h", "Theo đề nghị của Sở Kế hoạch và Đầu tư tại Tờ trình số 27/TTr-SKHĐT ngày 17/01/2025."),
            ("h", "QUYẾT ĐỊNH:"),
            (
                "h",
                "Điều 1. Ban hành những nhiệm vụ, giải pháp chủ yếu chỉ đạo, điều hành thực hiện Kế hoạch phát triển "
                "kinh tế - xã hội, dự toán ngân sách nhà nước năm 2025 như sau:",
            ),
            (
                "h",
                "Năm 2024, mặc dù khó khăn, thách thức nhiều hơn thuận lợi, nhiều yếu tố vượt dự báo, nhất là ảnh "
                "hưởng của cơn bão số 3, nhưng kinh tế của tỉnh vẫn duy trì đà tăng trưởng; 26/28 chỉ tiêu chủ yếu "
                "đạt và vượt kế hoạch.",
            ),
            (
                "h",
                "Năm 2025 là năm tăng tốc, bứt phá, về đích thực hiện Kế hoạch 5 năm 2021 - 2025, đòi hỏi các cấp, "
                "các ngành phải quyết liệt hành động, bám sát mục tiêu đã đề ra.",
            ),
            ("S", "I", "MỤC TIÊU TỔNG QUÁT", "I."),
            (
                "T",
                "1",
                "Tập trung thúc đẩy tăng trưởng kinh tế nhanh, bền vững; đẩy nhanh giải ngân vốn đầu tư công; phát "
                "triển nông nghiệp hàng hóa, du lịch; bảo đảm an sinh xã hội; giữ vững quốc phòng, an ninh; hoàn "
                "thành sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả.",
                "",
            ),
            ("S", "II", "CÁC CHỈ TIÊU CHỦ YẾU", "II."),
            ("T", "1", "Tốc độ tăng trưởng kinh tế (GRDP) đạt 8% trở lên.", "-"),
            ("T", "2", "GRDP bình quân đầu người đạt 62 triệu đồng.", "-"),
            ("T", "3", "Thu ngân sách nhà nước trên địa bàn đạt 5.460 tỷ đồng.", "-"),
            ("T", "4", "Tỷ lệ hộ nghèo giảm 2,5% so với cuối năm 2024.", "-"),
            ("T", "5", "Có thêm 12 xã đạt chuẩn nông thôn mới.", "-"),
            ("S", "III", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "III."),
            ("T", "1", "Thúc đẩy phát triển nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao:", "1."),
            (
                "C",
                "a",
                "Mở rộng diện tích cây ăn quả, cà phê chất lượng cao gắn với chế biến sâu và xuất khẩu;",
                "a)",
            ),
            ("C", "b", "Phát triển chăn nuôi bò sữa, thủy sản lòng hồ thủy điện Sơn La, Hòa Bình.", "b)"),
            (
                "T",
                "2",
                "Đẩy nhanh tiến độ thực hiện và giải ngân vốn đầu tư công, ba chương trình mục tiêu quốc gia; người "
                "đứng đầu chịu trách nhiệm về kết quả giải ngân.",
                "2.",
            ),
            (
                "T",
                "3",
                "Cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số PCI; thu hút đầu tư vào khu du lịch quốc "
                "gia Mộc Châu.",
                "3.",
            ),
            ("T", "4", "Tăng cường quản lý thu, chi ngân sách:", "4."),
            ("C", "a", "Quyết liệt chống thất thu, xử lý nợ đọng thuế;", "a)"),
            ("C", "b", "Tiết kiệm 10% chi thường xuyên để thực hiện cải cách tiền lương.", "b)"),
            (
                "T",
                "5",
                "Chăm lo an sinh xã hội, giảm nghèo bền vững; hoàn thành xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ "
                "cận nghèo trong năm 2025.",
                "5.",
            ),
            (
                "T",
                "6",
                "Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội; thực hiện sắp xếp tổ chức bộ máy theo chỉ đạo "
                "của Trung ương.",
                "6.",
            ),
            (
                "E",
                "Điều 2. Giao Sở Kế hoạch và Đầu tư chủ trì, theo dõi, đôn đốc, tổng hợp tình hình thực hiện, báo "
                "cáo Ủy ban nhân dân tỉnh định kỳ hằng quý.",
            ),
            (
                "E",
                "Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thành "
                "phố chịu trách nhiệm thi hành Quyết định này./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Văn phòng Chính phủ;"),
            ("E", "- Thường trực Tỉnh ủy, HĐND tỉnh;"),
            ("E", "- Như Điều 3;"),
            ("E", "- Lưu: VT, TH."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "CHỦ TỊCH"),
            ("E", "Lò Văn Thanh"),
        ],
    },
    {
        "id": "b11u-tw-tuyen-giao-huong-dan",
        "source": "https://bacninh.gov.vn/news/-/details/20182/huong-dan-tuyen-truyen-nhung-chu-e-lon-trong-tam-tu-nay-en-ai-hoi-ai-bieu-toan-quoc-lan-thu-xiv-cua-ang-73688772",
        "style": "a central Party board's guidance (Ban Tuyên giáo Trung ương): Party header with 'Số 168-HD/BTGTW', a "
        "one-paragraph lead-in ending 'như sau:', then capital Roman parts 'I.' … 'IV.': two over '1.' tasks "
        "(two of them with '-' sub-items), one over dash-only tasks, the last over '1.' tasks naming the "
        "bodies; closing 'Nơi nhận:' and 'K/T TRƯỞNG BAN'",
        "lines": [
            ("h", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
            ("h", "BAN TUYÊN GIÁO"),
            ("h", "*"),
            ("h", "Số 168-HD/BTGTW"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Hà Nội, ngày 23 tháng 9 năm 2024"),
            ("title", "HƯỚNG DẪN"),
            (
                "h",
                "tuyên truyền những chủ đề lớn, trọng tâm từ nay đến Đại hội đại biểu toàn quốc lần thứ XIV của "
                "Đảng",
            ),
            (
                "h",
                "Nhằm tạo sự thống nhất nhận thức tư tưởng chính trị và hành động trong toàn Đảng, toàn dân, toàn "
                "quân, thực hiện thắng lợi Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII, tiến tới Đại hội đại "
                "biểu toàn quốc lần thứ XIV của Đảng, Ban Tuyên giáo Trung ương hướng dẫn công tác tuyên truyền như "
                "sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Nâng cao nhận thức cho cán bộ, đảng viên và Nhân dân về những thành tựu của đất nước sau 40 năm đổi "
                "mới dưới sự lãnh đạo của Đảng; tạo cục diện “trên dưới đồng lòng, dọc ngang thông suốt”, cổ vũ các "
                "phong trào thi đua yêu nước, quyết tâm thực hiện thắng lợi các mục tiêu của nhiệm kỳ.",
                "1.",
            ),
            (
                "T",
                "2",
                "Công tác tuyên truyền bảo đảm tính Đảng, tính chiến đấu, tính định hướng; nội dung chính xác, sinh "
                "động, có trọng tâm, trọng điểm; hình thức phong phú, phù hợp với từng đối tượng, địa bàn.",
                "2.",
            ),
            (
                "T",
                "3",
                "Kết hợp chặt chẽ giữa tuyên truyền tích cực với đấu tranh, phản bác các quan điểm sai trái, thù "
                "địch; kịp thời định hướng thông tin, nắm bắt và xử lý dư luận xã hội.",
                "3.",
            ),
            ("S", "II", "NỘI DUNG TUYÊN TRUYỀN", "II."),
            (
                "T",
                "1",
                "Tuyên truyền những thành tựu to lớn, có ý nghĩa lịch sử của đất nước sau 40 năm đổi mới, trọng tâm "
                "là:",
                "1.",
            ),
            (
                "C",
                "-",
                "Thành tựu về phát triển kinh tế, quy mô và tiềm lực của nền kinh tế không ngừng được nâng lên;",
                "-",
            ),
            (
                "C",
                "-",
                "Thành tựu về văn hóa, xã hội, bảo đảm an sinh xã hội và nâng cao đời sống Nhân dân;",
                "-",
            ),
            ("C", "-", "Thành tựu về quốc phòng, an ninh, đối ngoại và hội nhập quốc tế.", "-"),
            (
                "T",
                "2",
                "Tuyên truyền những tư tưởng chỉ đạo chiến lược về đưa đất nước bước vào kỷ nguyên mới, kỷ nguyên "
                "vươn mình của dân tộc:",
                "2.",
            ),
            (
                "C",
                "-",
                "Yêu cầu tinh gọn tổ chức bộ máy của hệ thống chính trị hoạt động hiệu năng, hiệu lực, hiệu quả;",
                "-",
            ),
            (
                "C",
                "-",
                "Đột phá về thể chế, phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
                "-",
            ),
            (
                "T",
                "3",
                "Tuyên truyền về đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 và Đại hội đại biểu toàn quốc lần thứ "
                "XIV của Đảng; việc tổ chức lấy ý kiến góp ý của cán bộ, đảng viên và Nhân dân vào dự thảo các văn "
                "kiện.",
                "3.",
            ),
            (
                "T",
                "4",
                "Tuyên truyền các phong trào thi đua yêu nước, gương người tốt, việc tốt, các điển hình tiên tiến "
                "lập thành tích chào mừng đại hội đảng bộ các cấp.",
                "4.",
            ),
            (
                "T",
                "5",
                "Chủ động đấu tranh, phản bác các luận điệu xuyên tạc, chống phá đại hội đảng bộ các cấp và Đại hội "
                "XIV của Đảng trên không gian mạng.",
                "5.",
            ),
            ("S", "III", "HÌNH THỨC TUYÊN TRUYỀN", "III."),
            (
                "T",
                "1",
                "Tuyên truyền trên các phương tiện thông tin đại chúng, mở chuyên trang, chuyên mục, tăng thời lượng "
                "phát sóng về các chủ đề lớn, trọng tâm.",
                "-",
            ),
            (
                "T",
                "2",
                "Tuyên truyền miệng thông qua đội ngũ báo cáo viên, tuyên truyền viên tại hội nghị báo cáo viên các "
                "cấp và sinh hoạt chi bộ định kỳ.",
                "-",
            ),
            (
                "T",
                "3",
                "Tuyên truyền trên cổng thông tin điện tử, mạng xã hội; biên soạn tài liệu, sản phẩm truyền thông "
                "ngắn gọn, dễ hiểu, phù hợp với thiết bị di động.",
                "-",
            ),
            (
                "T",
                "4",
                "Tổ chức cổ động trực quan, triển lãm ảnh, sách báo, các hoạt động văn hóa, văn nghệ gắn với các "
                "ngày lễ lớn trong năm.",
                "-",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Ban Tuyên giáo các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương căn cứ Hướng dẫn này, tham mưu "
                "cấp ủy xây dựng kế hoạch tuyên truyền phù hợp với tình hình thực tế của địa phương, đơn vị.",
                "1.",
            ),
            (
                "T",
                "2",
                "Các đảng đoàn, ban cán sự đảng bộ, ngành Trung ương chỉ đạo các cơ quan, đơn vị trực thuộc đẩy mạnh "
                "tuyên truyền kết quả thực hiện nhiệm vụ chính trị của ngành.",
                "2.",
            ),
            (
                "T",
                "3",
                "Các cơ quan báo chí, xuất bản xây dựng kế hoạch tuyên truyền cụ thể, bảo đảm đúng định hướng, kịp "
                "thời, hiệu quả.",
                "3.",
            ),
            (
                "T",
                "4",
                "Vụ Báo chí - Xuất bản chủ trì, phối hợp với các vụ, đơn vị liên quan theo dõi, đôn đốc việc thực "
                "hiện Hướng dẫn này, định kỳ báo cáo Thường trực Ban Tuyên giáo Trung ương.",
                "4.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương,"),
            ("E", "- Các ban đảng, đảng đoàn, ban cán sự đảng Trung ương,"),
            ("E", "- Ban Tuyên giáo các tỉnh ủy, thành ủy,"),
            ("E", "- Các cơ quan báo chí Trung ương,"),
            ("E", "- Lưu Văn phòng, Vụ BCXB."),
            ("E", "K/T TRƯỞNG BAN"),
            ("E", "PHÓ TRƯỞNG BAN"),
            ("E", "Vũ Thanh Hương"),
        ],
    },
    {
        "id": "b11u-chinh-phu-nghi-quyet-phien-hop",
        "source": "https://uat.nhansu.vn/van-ban-phap-luat/Nghi-quyet-406-NQ-CP-2025-Phien-hop-Chinh-phu-thuong-ky-thang-11-684387.html",
        "style": "a Government resolution on its monthly meeting: 'Căn cứ' lines and 'QUYẾT NGHỊ:', then sentence-case "
        "Roman parts 'I. Về …': the first and the last of unlabelled paragraphs only (each paragraph a task), "
        "the middle two over '1.' tasks, some with 'a)', 'b)' sub-items; closing sentence './.', 'Nơi nhận:', "
        "'TM. CHÍNH PHỦ'",
        "lines": [
            ("h", "CHÍNH PHỦ"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 406/NQ-CP"),
            ("h", "Hà Nội, ngày 10 tháng 12 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "PHIÊN HỌP CHÍNH PHỦ THƯỜNG KỲ THÁNG 11 NĂM 2025"),
            ("h", "CHÍNH PHỦ"),
            ("h", "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;"),
            (
                "h",
                "Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ ban hành Quy chế làm việc "
                "của Chính phủ;",
            ),
            (
                "h",
                "Trên cơ sở thảo luận của các Thành viên Chính phủ, ý kiến các đại biểu dự họp và kết luận của Thủ "
                "tướng Chính phủ tại Phiên họp Chính phủ thường kỳ tháng 11 năm 2025, tổ chức vào ngày 06 tháng 12 "
                "năm 2025.",
            ),
            ("h", "QUYẾT NGHỊ:"),
            ("S", "I", "Về tình hình kinh tế - xã hội tháng 11 và 11 tháng năm 2025", "I."),
            (
                "T",
                "1",
                "Chính phủ thống nhất đánh giá: Trong tháng 11, tình hình thế giới, khu vực tiếp tục diễn biến phức "
                "tạp, khó lường; ở trong nước, thiên tai, bão lũ xảy ra trên diện rộng, gây thiệt hại nặng nề. Với "
                "sự vào cuộc quyết liệt của cả hệ thống chính trị, kinh tế vĩ mô cơ bản ổn định, lạm phát được kiểm "
                "soát, các cân đối lớn được bảo đảm; sản xuất công nghiệp, xuất khẩu, du lịch tiếp tục tăng khá.",
                "",
            ),
            (
                "T",
                "2",
                "Tuy nhiên, nền kinh tế còn những hạn chế, khó khăn: áp lực lạm phát, tỷ giá còn lớn; giải ngân vốn "
                "đầu tư công ở một số bộ, địa phương còn chậm; đời sống một bộ phận Nhân dân vùng bị thiên tai còn "
                "nhiều khó khăn.",
                "",
            ),
            ("S", "II", "Về nhiệm vụ, giải pháp trọng tâm thời gian tới", "II."),
            (
                "T",
                "1",
                "Tiếp tục khẩn trương phổ biến, quán triệt và triển khai hiệu quả các nghị quyết, kết luận của Ban "
                "Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư; các nghị quyết của Quốc hội, Ủy ban Thường vụ Quốc "
                "hội vừa được thông qua tại Kỳ họp thứ 10.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tập trung khắc phục nhanh hậu quả thiên tai, bão, lũ, sớm ổn định đời sống Nhân dân và khôi phục "
                "sản xuất, kinh doanh:",
                "2.",
            ),
            (
                "C",
                "a",
                "Bộ Nông nghiệp và Môi trường chủ trì, phối hợp với các địa phương hỗ trợ kịp thời giống cây trồng, "
                "vật nuôi cho các hộ bị thiệt hại;",
                "a)",
            ),
            (
                "C",
                "b",
                "Ủy ban nhân dân các tỉnh, thành phố hoàn thành việc sửa chữa, xây mới nhà ở cho các hộ bị mất nhà "
                "trước ngày 31 tháng 01 năm 2026.",
                "b)",
            ),
            (
                "T",
                "3",
                "Ưu tiên thúc đẩy tăng trưởng gắn với giữ vững ổn định kinh tế vĩ mô, kiểm soát lạm phát, bảo đảm "
                "các cân đối lớn của nền kinh tế:",
                "3.",
            ),
            (
                "C",
                "a",
                "Ngân hàng Nhà nước Việt Nam điều hành chính sách tiền tệ chủ động, linh hoạt, kịp thời, phối hợp "
                "chặt chẽ với chính sách tài khóa;",
                "a)",
            ),
            (
                "C",
                "b",
                "Bộ Tài chính quyết liệt chống thất thu, mở rộng cơ sở thu, triệt để tiết kiệm chi thường xuyên.",
                "b)",
            ),
            (
                "T",
                "4",
                "Đẩy nhanh tiến độ thực hiện và giải ngân vốn đầu tư công, phấn đấu giải ngân 100% kế hoạch vốn năm "
                "2025; kiên quyết điều chuyển vốn của các dự án chậm giải ngân sang dự án có khả năng giải ngân tốt.",
                "4.",
            ),
            (
                "T",
                "5",
                "Bảo đảm cân đối cung cầu, bình ổn giá các mặt hàng thiết yếu dịp cuối năm và Tết Nguyên đán Bính "
                "Ngọ năm 2026; tăng cường chống buôn lậu, gian lận thương mại, hàng giả.",
                "5.",
            ),
            (
                "T",
                "6",
                "Chăm lo đời sống vật chất, tinh thần của Nhân dân, nhất là gia đình chính sách, người có công, hộ "
                "nghèo, người lao động mất việc làm, bảo đảm mọi người, mọi nhà đều có Tết.",
                "6.",
            ),
            (
                "T",
                "7",
                "Củng cố, tăng cường tiềm lực quốc phòng, an ninh; bảo đảm trật tự, an toàn xã hội, an toàn giao "
                "thông; đẩy mạnh công tác đối ngoại và hội nhập quốc tế.",
                "7.",
            ),
            ("S", "III", "Về tình hình triển khai và vận hành mô hình chính quyền địa phương 2 cấp", "III."),
            (
                "T",
                "1",
                "Bộ Nội vụ tiếp tục theo dõi, hướng dẫn, kịp thời tháo gỡ vướng mắc về tổ chức bộ máy, biên chế và "
                "chế độ, chính sách đối với cán bộ, công chức cấp xã.",
                "1.",
            ),
            (
                "T",
                "2",
                "Các bộ, cơ quan ngang bộ rà soát, hoàn thiện hệ thống văn bản hướng dẫn về phân cấp, phân quyền "
                "theo ngành, lĩnh vực, hoàn thành trong tháng 12 năm 2025.",
                "2.",
            ),
            (
                "T",
                "3",
                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương bố trí đủ nguồn lực, trụ sở, trang thiết "
                "bị cho cấp xã; nâng cao chất lượng cung cấp dịch vụ công trực tuyến cho người dân, doanh nghiệp.",
                "3.",
            ),
            (
                "S",
                "IV",
                "Về dự thảo Nghị quyết của Chính phủ quy định về chính sách tạm cư khi Nhà nước thu hồi đất",
                "IV.",
            ),
            (
                "T",
                "1",
                "Chính phủ thống nhất về sự cần thiết ban hành Nghị quyết. Giao Bộ Nông nghiệp và Môi trường chủ "
                "trì, phối hợp với Bộ Tư pháp, Văn phòng Chính phủ và các cơ quan liên quan tiếp thu tối đa ý kiến "
                "Thành viên Chính phủ, hoàn thiện dự thảo, trình ban hành trước ngày 20 tháng 12 năm 2025.",
                "",
            ),
            (
                "E",
                "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban "
                "nhân dân các tỉnh, thành phố trực thuộc Trung ương chịu trách nhiệm thi hành Nghị quyết này./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư Trung ương Đảng;"),
            ("E", "- Thủ tướng, các Phó Thủ tướng Chính phủ;"),
            ("E", "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;"),
            ("E", "- HĐND, UBND các tỉnh, thành phố trực thuộc Trung ương;"),
            ("E", "- Lưu: VT, TH."),
            ("E", "TM. CHÍNH PHỦ"),
            ("E", "THỦ TƯỚNG"),
            ("E", "Phạm Minh Chính"),
        ],
    },
    {
        "id": "b11u-vpcp-thong-bao-ket-luan",
        "source": "https://thuvienphapluat.vn/van-ban/the-thao-y-te/thong-bao-114-tb-vpcp-2022-ket-luan-phien-hop-phong-chong-dich-covid19-truc-tuyen-511988.aspx",
        "style": "a Government Office notice of the Prime Minister's conclusions: narrative preamble ending 'kết luận "
        "như sau:', then three sentence-case '1.' parts: the first of two unlabelled paragraphs (two tasks), "
        "the others over 'a)' … 'đ)', 'e)' tasks, two of them with '(1)', '(2)' sub-items; closing notice "
        "formula, 'Nơi nhận:' and 'KT. BỘ TRƯỞNG, CHỦ NHIỆM'",
        "lines": [
            ("h", "VĂN PHÒNG CHÍNH PHỦ"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 114/TB-VPCP"),
            ("h", "Hà Nội, ngày 15 tháng 4 năm 2022"),
            ("title", "THÔNG BÁO"),
            (
                "h",
                "KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ PHẠM MINH CHÍNH TẠI PHIÊN HỌP LẦN THỨ 14 BAN CHỈ ĐẠO QUỐC GIA "
                "PHÒNG, CHỐNG DỊCH COVID-19 TRỰC TUYẾN VỚI CÁC ĐỊA PHƯƠNG",
            ),
            (
                "h",
                "Sáng ngày 09 tháng 4 năm 2022, tại trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng "
                "Ban chỉ đạo Quốc gia phòng, chống dịch COVID-19 đã chủ trì phiên họp lần thứ 14 của Ban chỉ đạo "
                "Quốc gia trực tuyến với các địa phương về công tác phòng, chống dịch.",
            ),
            (
                "h",
                "Tham dự cuộc họp có các Phó Thủ tướng Chính phủ, thành viên Ban chỉ đạo Quốc gia, lãnh đạo các bộ, "
                "cơ quan liên quan và lãnh đạo Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.",
            ),
            (
                "h",
                "Sau khi nghe Bộ Y tế báo cáo tình hình dịch bệnh, ý kiến của các thành viên Ban chỉ đạo và các đại "
                "biểu dự họp, Thủ tướng Chính phủ kết luận như sau:",
            ),
            ("S", "1", "Về tình hình dịch bệnh thời gian qua", "1."),
            (
                "T",
                "1",
                "Thủ tướng Chính phủ biểu dương các bộ, ngành, địa phương, lực lượng tuyến đầu đã nỗ lực thực hiện "
                "hiệu quả Chương trình phòng, chống dịch COVID-19; số ca mắc mới, ca nặng và ca tử vong giảm rõ rệt, "
                "các hoạt động kinh tế - xã hội từng bước phục hồi.",
                "",
            ),
            (
                "T",
                "2",
                "Tuy nhiên, tiến độ tiêm vắc xin mũi nhắc lại ở một số địa phương còn chậm; việc chuẩn bị tiêm cho "
                "trẻ em từ 5 đến dưới 12 tuổi chưa đồng bộ; nguy cơ xuất hiện biến chủng mới vẫn hiện hữu.",
                "",
            ),
            ("S", "2", "Về nhiệm vụ trọng tâm thời gian tới", "2."),
            ("T", "a", "Bộ Y tế:", "a)"),
            (
                "C",
                "1",
                "Chủ trì theo dõi sát diễn biến dịch bệnh, nhất là các biến chủng mới, kịp thời tham mưu điều chỉnh "
                "các biện pháp phòng, chống dịch phù hợp;",
                "(1)",
            ),
            (
                "C",
                "2",
                "Phân bổ ngay vắc xin cho các địa phương để triển khai tiêm cho trẻ em từ 5 đến dưới 12 tuổi, bảo "
                "đảm an toàn, khoa học, hiệu quả;",
                "(2)",
            ),
            (
                "C",
                "3",
                "Hướng dẫn việc quản lý, chăm sóc người mắc COVID-19 tại nhà và điều trị hậu COVID-19.",
                "(3)",
            ),
            (
                "T",
                "b",
                "Bộ Giáo dục và Đào tạo phối hợp với Bộ Y tế hướng dẫn các cơ sở giáo dục tổ chức dạy học trực tiếp "
                "an toàn, phối hợp tổ chức tiêm vắc xin cho học sinh.",
                "b)",
            ),
            (
                "T",
                "c",
                "Bộ Thông tin và Truyền thông chỉ đạo đẩy mạnh công tác truyền thông, không để người dân chủ quan, "
                "lơ là; xử lý nghiêm các thông tin sai lệch về vắc xin.",
                "c)",
            ),
            (
                "T",
                "d",
                "Bộ Ngoại giao tiếp tục triển khai ngoại giao vắc xin, thuốc điều trị; phối hợp với các nước công "
                "nhận lẫn nhau hộ chiếu vắc xin.",
                "d)",
            ),
            ("T", "đ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:", "đ)"),
            (
                "C",
                "1",
                "Đẩy nhanh tiến độ tiêm vắc xin mũi nhắc lại cho người từ 18 tuổi trở lên, hoàn thành trong tháng 4 "
                "năm 2022;",
                "(1)",
            ),
            (
                "C",
                "2",
                "Chuẩn bị đầy đủ nhân lực, cơ sở vật chất để tổ chức tiêm cho trẻ em ngay khi được cấp vắc xin.",
                "(2)",
            ),
            (
                "T",
                "e",
                "Bộ Công an, Bộ Quốc phòng chỉ đạo lực lượng chức năng phối hợp bảo đảm an ninh, trật tự tại các "
                "điểm tiêm, hỗ trợ địa phương khi có yêu cầu.",
                "e)",
            ),
            ("S", "3", "Về các kiến nghị của Bộ Y tế và các địa phương", "3."),
            (
                "T",
                "a",
                "Đồng ý về nguyên tắc đề xuất của Bộ Y tế về việc sử dụng vắc xin phòng COVID-19 còn hạn dùng để "
                "tiêm cho các đối tượng; Bộ Y tế chịu trách nhiệm hướng dẫn cụ thể.",
                "a)",
            ),
            (
                "T",
                "b",
                "Giao Bộ Tài chính chủ trì, phối hợp với Bộ Y tế xem xét, xử lý kiến nghị của các địa phương về kinh "
                "phí chi trả chế độ chống dịch, báo cáo Thủ tướng Chính phủ trong tháng 4 năm 2022.",
                "b)",
            ),
            (
                "E",
                "Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thủ tướng, các Phó Thủ tướng Chính phủ;"),
            ("E", "- Thành viên Ban chỉ đạo Quốc gia;"),
            ("E", "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;"),
            ("E", "- UBND các tỉnh, thành phố trực thuộc Trung ương;"),
            ("E", "- Lưu: VT, KGVX."),
            ("E", "KT. BỘ TRƯỞNG, CHỦ NHIỆM"),
            ("E", "PHÓ CHỦ NHIỆM"),
            ("E", "Đỗ Ngọc Khanh"),
        ],
    },
]

BLIND11_FORMS: dict[str, list[str]] = {
    "b11s-dak-lak-chi-thi-tet": ["numbered.docx", "scan.pdf", "vni.txt"],
    "b11s-khanh-hoa-chuong-trinh-hanh-dong": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b11s-dong-thap-dien-van-be-mac": ["typed.docx", "txt", "tcvn3.docx"],
    "b11t-cao-bang-nghi-quyet-ke-hoach": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b11t-dien-bien-nghi-quyet-mot-la": ["typed.docx", "scan.pdf", "vni.txt"],
    "b11t-son-la-quyet-dinh-nhiem-vu": ["txt", "running.pdf", "tcvn3.docx"],
    "b11u-tw-tuyen-giao-huong-dan": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b11u-chinh-phu-nghi-quyet-phien-hop": ["typed.docx", "scan.pdf", "vni.txt"],
    "b11u-vpcp-thong-bao-ket-luan": ["typed.docx", "txt", "running.pdf"],
}
