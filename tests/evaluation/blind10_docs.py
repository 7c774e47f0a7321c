"""The tenth blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (07/12/2026, fourteenth session), by three helpers working blind (they never ran the
reader nor read its code), each after the layout and opening of a real public document found that day with the search
tool — none of them a source of the corpus, of its generators, of its target passages or of the first nine blind
parts. Past what the page showed, the helpers went on in its style (content, numbers and signatories made up). Frozen
before the session's fixes from the ninth part's classes, so its first run measures them held out.

Same roles as ``blind5_docs``: ``S`` section (number, title, typed label), ``T`` task (number, text, typed label; a
paragraph right under a part with no list is the part's task, with no label), ``C`` sub-item, ``M`` several dash tasks
on one line, ``P`` a paragraph continuing the last task, ``h`` header and preamble, ``title`` the title (not a
section), ``E`` the closing.
"""

from __future__ import annotations

BLIND10_DOCS: list[dict] = [
    {
        "id": "b10p-lai-khe-de-xuat-dang-uy",
        "source": "http://laikhe.haiphong.gov.vn/thong-tin-chung-78108/xa-lai-khe-thanh-pho-hai-phong-758887",
        "style": "a commune Party committee's report proposing 2026 targets and key tasks to the city Party committee: "
        "Roman sentence-case headings; part I of two unlabelled paragraphs (its tasks); part II with '1.' Mục "
        "tiêu followed by a paragraph and '2.' Các chỉ tiêu chủ yếu over '(1)' … '(8)' sub-items; part III of "
        "'1.' tasks, one with '-' sub-items; part IV of '-' recommendations",
        "lines": [
            ("h", "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"),
            ("h", "ĐẢNG ỦY XÃ LAI KHÊ"),
            ("h", "*"),
            ("h", "Số: 86-BC/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Lai Khê, ngày 20 tháng 11 năm 2025"),
            ("title", "BÁO CÁO"),
            ("h", "đề xuất mục tiêu, chỉ tiêu và nhiệm vụ trọng tâm năm 2026 của Đảng bộ xã Lai Khê"),
            (
                "h",
                "Thực hiện Công văn số 215-CV/TU ngày 05/11/2025 của Ban Thường vụ Thành ủy Hải Phòng về việc đề "
                "xuất mục tiêu, chỉ tiêu và nhiệm vụ trọng tâm năm 2026; căn cứ Nghị quyết Đại hội đại biểu Đảng bộ "
                "xã Lai Khê lần thứ I, nhiệm kỳ 2025 - 2030, Ban Thường vụ Đảng ủy xã báo cáo, đề xuất như sau:",
            ),
            ("S", "I", "Vị trí địa lý, điều kiện tự nhiên", "I."),
            (
                "T",
                "1",
                "Xã Lai Khê được thành lập trên cơ sở sáp nhập 03 xã Lai Khê, Vũ Dũng và Tuấn Việt thuộc huyện Kim "
                "Thành (cũ), nằm ở phía Tây thành phố; diện tích tự nhiên trên 30 km2, dân số gần 43.000 người, sinh "
                "sống tại 21 thôn.",
                "",
            ),
            (
                "T",
                "2",
                "Địa bàn xã có Quốc lộ 5, tuyến đường sắt Hà Nội - Hải Phòng và đường tỉnh 389 đi qua, được bao bọc "
                "bởi sông Rạng và sông Kinh Môn, thuận lợi cho giao thương, phát triển công nghiệp, dịch vụ hậu cần "
                "và nông nghiệp hàng hóa.",
                "",
            ),
            ("S", "II", "Mục tiêu, chỉ tiêu chủ yếu năm 2026", "II."),
            ("T", "1", "Mục tiêu", "1."),
            (
                "P",
                "Xây dựng Đảng bộ và hệ thống chính trị xã trong sạch, vững mạnh toàn diện; chính quyền xã vận hành "
                "thông suốt, hiệu lực, hiệu quả; phát triển kinh tế dịch vụ, công nghiệp gắn với hạ tầng giao thông "
                "kết nối; nâng cao đời sống vật chất, tinh thần của Nhân dân; giữ vững quốc phòng, an ninh; đẩy mạnh "
                "chuyển đổi số theo chủ trương của Thành ủy.",
            ),
            ("T", "2", "Các chỉ tiêu chủ yếu", "2."),
            (
                "C",
                "1",
                "Đảng bộ xã hoàn thành tốt nhiệm vụ trở lên; từ 90% chi, đảng bộ trực thuộc hoàn thành tốt nhiệm vụ "
                "trở lên; kết nạp từ 45 đảng viên mới trở lên.",
                "(1)",
            ),
            ("C", "2", "Tốc độ tăng giá trị sản xuất trên địa bàn đạt từ 11% trở lên.", "(2)"),
            (
                "C",
                "3",
                "Thu ngân sách nhà nước trên địa bàn đạt và vượt dự toán thành phố giao, phấn đấu tăng 10%.",
                "(3)",
            ),
            ("C", "4", "Thu nhập bình quân đầu người đạt 92 triệu đồng/năm.", "(4)"),
            (
                "C",
                "5",
                "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình đạt 85%.",
                "(5)",
            ),
            (
                "C",
                "6",
                "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 96%; tỷ lệ hộ nghèo giảm còn dưới 0,5%.",
                "(6)",
            ),
            (
                "C",
                "7",
                "100% thôn đạt danh hiệu khu dân cư văn hóa; 92% hộ gia đình đạt danh hiệu gia đình văn hóa.",
                "(7)",
            ),
            (
                "C",
                "8",
                "Hoàn thành 100% chỉ tiêu tuyển quân; không để phát sinh điểm nóng về an ninh, trật tự.",
                "(8)",
            ),
            ("S", "III", "Nhiệm vụ trọng tâm đề xuất năm 2026", "III."),
            (
                "T",
                "1",
                "Hoàn thiện tổ chức bộ máy, kiện toàn đội ngũ cán bộ, công chức xã sau sắp xếp; nâng cao chất lượng "
                "sinh hoạt chi bộ, nhất là các chi bộ thôn mới hợp nhất.",
                "1.",
            ),
            (
                "T",
                "2",
                "Đẩy nhanh công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm trên địa bàn:",
                "2.",
            ),
            ("C", "-", "Dự án mở rộng Quốc lộ 5 đoạn qua xã (giai đoạn 2);", "-"),
            ("C", "-", "Dự án cụm công nghiệp Lai Khê và khu tái định cư thôn Vũ Xá.", "-"),
            (
                "T",
                "3",
                "Phát triển nông nghiệp hàng hóa ứng dụng công nghệ cao; xây dựng thêm 02 sản phẩm OCOP đạt 3 sao "
                "trở lên.",
                "3.",
            ),
            (
                "T",
                "4",
                "Đẩy mạnh chuyển đổi số theo Nghị quyết số 57-NQ/TW của Bộ Chính trị; duy trì hoạt động hiệu quả tổ "
                "công nghệ số cộng đồng ở 100% thôn.",
                "4.",
            ),
            (
                "T",
                "5",
                "Chăm lo an sinh xã hội, nâng cấp trường học, trạm y tế; tổ chức thành công cuộc bầu cử đại biểu "
                "Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.",
                "5.",
            ),
            ("S", "IV", "Kiến nghị, đề xuất", "IV."),
            (
                "T",
                "1",
                "Đề nghị Thành ủy, Ủy ban nhân dân thành phố quan tâm bố trí vốn đầu tư xây dựng trụ sở làm việc tập "
                "trung của xã.",
                "-",
            ),
            (
                "T",
                "2",
                "Đề nghị các sở, ngành sớm hướng dẫn thống nhất việc quản lý, sử dụng trụ sở, tài sản công dôi dư "
                "sau sắp xếp.",
                "-",
            ),
            (
                "T",
                "3",
                "Đề nghị thành phố có cơ chế hỗ trợ kinh phí hoạt động cho người hoạt động không chuyên trách ở thôn "
                "sau khi hợp nhất.",
                "-",
            ),
            (
                "E",
                "Trên đây là báo cáo đề xuất mục tiêu, chỉ tiêu và nhiệm vụ trọng tâm năm 2026 của Ban Thường vụ "
                "Đảng ủy xã Lai Khê, kính trình Ban Thường vụ Thành ủy xem xét./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thường trực Thành ủy (để b/c),"),
            ("E", "- Văn phòng Thành ủy,"),
            ("E", "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã,"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "BÍ THƯ"),
            ("E", "Phạm Văn Hưng"),
        ],
    },
    {
        "id": "b10p-huu-lien-thong-bao-ket-luan",
        "source": "http://huulien.langson.gov.vn/tin-tuc-su-kien/tin-moi/xa-huu-lien-to-chuc-hoi-nghi-ban-thuong-vu-dang-uy-ky-hop-thu-7-tap-trung-phuong-huong-nhiem-vu-nam-2026.html",
        "style": "a commune Party standing committee's conclusion notice after its 7th meeting: two preamble paragraphs "
        "ending 'kết luận như sau:', then '1.' … '4.' sentence-case headings: the first over one unlabelled "
        "paragraph, the second over 'Thứ nhất,' … 'Thứ sáu,' tasks (lower-case after the label, one with '+' "
        "sub-items), the third and fourth over '-' tasks; the notice formula closes",
        "lines": [
            ("h", "ĐẢNG BỘ TỈNH LẠNG SƠN"),
            ("h", "ĐẢNG ỦY XÃ HỮU LIÊN"),
            ("h", "*"),
            ("h", "Số: 58-TB/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Hữu Liên, ngày 08 tháng 12 năm 2025"),
            ("title", "THÔNG BÁO"),
            ("h", "kết luận của Ban Thường vụ Đảng ủy xã tại Hội nghị lần thứ 7"),
            (
                "h",
                "Chiều ngày 05/12/2025, Ban Thường vụ Đảng ủy xã Hữu Liên tổ chức Hội nghị lần thứ 7 để đánh giá kết "
                "quả công tác năm 2025, thảo luận, quyết nghị phương hướng, nhiệm vụ trọng tâm năm 2026 và xem xét "
                "một số nội dung thuộc thẩm quyền. Đồng chí Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã chủ trì "
                "Hội nghị.",
            ),
            (
                "h",
                "Sau khi nghe Báo cáo tổng kết công tác năm 2025, phương hướng, nhiệm vụ năm 2026; Báo cáo kết quả "
                "thực hiện các nhiệm vụ trọng tâm năm 2025; các tờ trình của Ủy ban nhân dân xã và ý kiến thảo luận "
                "của các đồng chí dự Hội nghị, Ban Thường vụ Đảng ủy xã kết luận như sau:",
            ),
            ("S", "1", "Về kết quả thực hiện nhiệm vụ năm 2025", "1."),
            (
                "T",
                "1",
                "Ban Thường vụ Đảng ủy xã cơ bản thống nhất với các báo cáo trình Hội nghị. Năm 2025, năm đầu vận "
                "hành chính quyền địa phương hai cấp, Đảng bộ xã đã lãnh đạo hoàn thành 18/21 chỉ tiêu chủ yếu; tổ "
                "chức thành công Đại hội đại biểu Đảng bộ xã lần thứ I; bộ máy mới đi vào hoạt động ổn định; an ninh "
                "chính trị, trật tự an toàn xã hội được giữ vững. Tuy nhiên, thu ngân sách trên địa bàn, tiến độ "
                "giải ngân vốn đầu tư công và tỷ lệ hồ sơ trực tuyến toàn trình còn thấp so với kế hoạch.",
                "",
            ),
            ("S", "2", "Về phương hướng, nhiệm vụ trọng tâm năm 2026", "2."),
            (
                "T",
                "1",
                "tập trung lãnh đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng "
                "nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa bàn xã, bảo đảm dân chủ, đúng luật, an toàn.",
                "Thứ nhất,",
            ),
            (
                "T",
                "2",
                "đẩy mạnh phát triển kinh tế nông, lâm nghiệp gắn với du lịch sinh thái, trong đó:",
                "Thứ hai,",
            ),
            ("C", "-", "Mở rộng diện tích trồng hồi, quế theo hướng hữu cơ thêm 50 ha;", "+"),
            ("C", "-", "Xây dựng ít nhất 01 sản phẩm OCOP từ dược liệu bản địa;", "+"),
            ("C", "-", "Hoàn thiện hồ sơ đề nghị công nhận điểm du lịch cộng đồng thôn Làng Ne.", "+"),
            (
                "T",
                "3",
                "tăng cường quản lý thu ngân sách, phấn đấu thu vượt 10% dự toán tỉnh giao; đẩy nhanh giải ngân vốn "
                "đầu tư công, không để tồn đọng vốn cuối năm.",
                "Thứ ba,",
            ),
            (
                "T",
                "4",
                "đẩy mạnh cải cách hành chính, chuyển đổi số theo Nghị quyết số 57-NQ/TW; nâng tỷ lệ hồ sơ trực "
                "tuyến toàn trình lên 80% trở lên.",
                "Thứ tư,",
            ),
            (
                "T",
                "5",
                "lãnh đạo thực hiện quyết liệt công tác phòng, chống ma túy, phấn đấu xây dựng xã Hữu Liên không ma "
                "túy; giữ vững an ninh chính trị, trật tự an toàn xã hội.",
                "Thứ năm,",
            ),
            (
                "T",
                "6",
                "nâng cao chất lượng sinh hoạt chi bộ; thực hiện tốt công tác kiểm tra, giám sát; phấn đấu kết nạp "
                "từ 20 đảng viên mới trở lên.",
                "Thứ sáu,",
            ),
            ("S", "3", "Về các tờ trình của Ủy ban nhân dân xã", "3."),
            (
                "T",
                "1",
                "Đồng ý chủ trương điều động, bổ nhiệm chức vụ lãnh đạo, quản lý theo tờ trình của Ủy ban nhân dân "
                "xã; giao Ban Xây dựng Đảng phối hợp hướng dẫn thực hiện đúng quy trình.",
                "-",
            ),
            (
                "T",
                "2",
                "Thống nhất chủ trương thành lập Trung tâm Dịch vụ công ích xã và Trạm Y tế xã; giao Ủy ban nhân dân "
                "xã hoàn thiện hồ sơ, trình cấp có thẩm quyền trước ngày 31/12/2025.",
                "-",
            ),
            (
                "T",
                "3",
                "Thống nhất ban hành Nghị quyết của Ban Thường vụ Đảng ủy về tăng cường sự lãnh đạo của Đảng đối với "
                "công tác phòng, chống ma túy trong tình hình mới; giao Văn phòng Đảng ủy hoàn chỉnh dự thảo, trình "
                "ký ban hành.",
                "-",
            ),
            ("S", "4", "Tổ chức thực hiện", "4."),
            (
                "T",
                "1",
                "Giao Văn phòng Đảng ủy tiếp thu ý kiến, hoàn chỉnh các báo cáo trình Hội nghị Ban Chấp hành Đảng bộ "
                "xã cuối năm.",
                "-",
            ),
            (
                "T",
                "2",
                "Các chi, đảng bộ trực thuộc căn cứ Thông báo này xây dựng chương trình công tác năm 2026, gửi về "
                "Đảng ủy xã (qua Văn phòng Đảng ủy) trước ngày 25/12/2025.",
                "-",
            ),
            (
                "E",
                "Ban Thường vụ Đảng ủy xã thông báo để các chi, đảng bộ trực thuộc, các cơ quan, đơn vị biết, thực "
                "hiện.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Thường vụ Tỉnh ủy (để b/c),"),
            ("E", "- Các đồng chí Đảng ủy viên,"),
            ("E", "- Các chi, đảng bộ trực thuộc,"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "BÍ THƯ"),
            ("E", "Hoàng Văn Thiện"),
        ],
    },
    {
        "id": "b10p-thang-tin-nghi-quyet-hdnd",
        "source": "https://thangtin.tuyenquang.gov.vn/vi/tin-bai/ky-hop-chuyen-de-lan-thu-ba-hdnd-xa-khoa-xx-nhiem-ky-2021-2026?id=167463&type=NEWS",
        "style": "a commune People's Council resolution from a thematic session: 'QUYẾT NGHỊ:' and an 'Điều 1.' "
        "lead-in, then two Roman capital parts with '1)', '2)' … tasks — the targets part of three groups (two "
        "over '+' sub-items, one inline), the tasks part of six plain '1)' tasks; 'Điều 2.' with its own '1.', "
        "'2.' closes",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN"),
            ("h", "XÃ THẮNG TÍN"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 27/NQ-HĐND"),
            ("h", "Thắng Tín, ngày 26 tháng 9 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            (
                "h",
                "Về nhiệm vụ, giải pháp trọng tâm phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh những "
                "tháng cuối năm 2025",
            ),
            ("h", "HỘI ĐỒNG NHÂN DÂN XÃ THẮNG TÍN"),
            ("h", "KHÓA XX, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ BA"),
            ("h", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;"),
            ("h", "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15;"),
            (
                "h",
                "Xét Tờ trình số 142/TTr-UBND ngày 18 tháng 9 năm 2025 của Ủy ban nhân dân xã; Báo cáo thẩm tra của "
                "Ban Kinh tế - Ngân sách Hội đồng nhân dân xã và ý kiến thảo luận của đại biểu Hội đồng nhân dân xã "
                "tại kỳ họp.",
            ),
            ("h", "QUYẾT NGHỊ:"),
            (
                "h",
                "Điều 1. Thông qua các chỉ tiêu chủ yếu và nhiệm vụ, giải pháp trọng tâm phát triển kinh tế - xã "
                "hội, bảo đảm quốc phòng - an ninh những tháng cuối năm 2025, cụ thể như sau:",
            ),
            ("S", "I", "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN HẾT NĂM 2025", "I."),
            ("T", "1", "Nhóm chỉ tiêu kinh tế:", "1)"),
            ("C", "-", "Tổng sản lượng lương thực có hạt cả năm đạt 6.850 tấn;", "+"),
            ("C", "-", "Trồng mới rừng tập trung 120 ha;", "+"),
            ("C", "-", "Thu ngân sách nhà nước trên địa bàn đạt 100% dự toán tỉnh giao.", "+"),
            ("T", "2", "Nhóm chỉ tiêu văn hóa - xã hội:", "2)"),
            ("C", "-", "Tỷ lệ hộ nghèo giảm 3,5% so với cuối năm 2024;", "+"),
            ("C", "-", "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 98%;", "+"),
            ("C", "-", "Duy trì 100% trường học đạt chuẩn phổ cập giáo dục mức độ 2.", "+"),
            (
                "T",
                "3",
                "Nhóm chỉ tiêu quốc phòng - an ninh: hoàn thành 100% chỉ tiêu giao quân năm 2026; 90% thôn đạt tiêu "
                "chuẩn an toàn về an ninh, trật tự.",
                "3)",
            ),
            ("S", "II", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "II."),
            (
                "T",
                "1",
                "Tập trung chỉ đạo thu hoạch vụ mùa, triển khai sản xuất vụ đông; chủ động phòng, chống thiên tai, "
                "sạt lở đất trong mùa mưa bão.",
                "1)",
            ),
            (
                "T",
                "2",
                "Đẩy nhanh tiến độ các công trình đầu tư xây dựng cơ bản chuyển tiếp; giải ngân 100% kế hoạch vốn "
                "đầu tư công năm 2025 được giao.",
                "2)",
            ),
            (
                "T",
                "3",
                "Tăng cường quản lý thu, chi ngân sách; thực hành tiết kiệm, chống lãng phí; rà soát, sắp xếp trụ "
                "sở, tài sản công dôi dư sau sắp xếp đơn vị hành chính.",
                "3)",
            ),
            (
                "T",
                "4",
                "Vận hành hiệu quả Trung tâm Phục vụ hành chính công xã; đẩy mạnh chuyển đổi số và phong trào “Bình "
                "dân học vụ số” trên địa bàn.",
                "4)",
            ),
            (
                "T",
                "5",
                "Thực hiện đầy đủ, kịp thời các chính sách an sinh xã hội; hoàn thành xóa nhà tạm, nhà dột nát cho "
                "hộ nghèo, hộ cận nghèo.",
                "5)",
            ),
            (
                "T",
                "6",
                "Giữ vững an ninh chính trị, trật tự an toàn xã hội; chuẩn bị chu đáo công tác tuyển chọn, gọi công "
                "dân nhập ngũ năm 2026.",
                "6)",
            ),
            ("E", "Điều 2. Tổ chức thực hiện"),
            ("E", "1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này."),
            (
                "E",
                "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại biểu "
                "Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết.",
            ),
            (
                "E",
                "Nghị quyết này đã được Hội đồng nhân dân xã Thắng Tín khóa XX, kỳ họp chuyên đề lần thứ ba thông "
                "qua ngày 26 tháng 9 năm 2025 và có hiệu lực kể từ ngày thông qua./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thường trực HĐND tỉnh;"),
            ("E", "- Thường trực Đảng ủy xã;"),
            ("E", "- UBND xã, Ủy ban MTTQ Việt Nam xã;"),
            ("E", "- Đại biểu HĐND xã;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Lý Văn Sơn"),
        ],
    },
    {
        "id": "b10q-tan-phong-dan-van-ke-hoach",
        "source": "https://tanphong.tayninh.gov.vn/vi/news/tin-tuc/cong-tac-dan-van-dot-ii-nam-2024-6909.html",
        "style": "a commune Party committee's steering board (quy chế dân chủ và vận động quần chúng) plan for a joint "
        "mass-mobilisation campaign: Party header with the board's name over three lines, '*' and 'Số "
        "…-KH/BCĐ', a '-----' rule under the title, then 'I-' … 'IV-' capital headings with '1-', '2-' tasks "
        "(short heading tasks with a paragraph, inline 'Thời gian:' tasks, '-' sub-items)",
        "lines": [
            ("h", "ĐẢNG ỦY XÃ TÂN PHONG"),
            ("h", "BAN CHỈ ĐẠO QUY CHẾ DÂN CHỦ"),
            ("h", "CƠ SỞ VÀ CÔNG TÁC VẬN ĐỘNG"),
            ("h", "QUẦN CHÚNG"),
            ("h", "*"),
            ("h", "Số 06-KH/BCĐ"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Tân Phong, ngày 12 tháng 5 năm 2025"),
            ("title", "KẾ HOẠCH"),
            ("h", "Phối hợp liên ngành làm công tác dân vận đợt I năm 2025"),
            ("h", "-----"),
            (
                "h",
                "Thực hiện Kế hoạch số 05-KH/BCĐ ngày 28/4/2025 của Ban Chỉ đạo Quy chế dân chủ cơ sở và công tác "
                "vận động quần chúng huyện Tân Biên về phối hợp liên ngành làm công tác dân vận đợt I năm 2025, Ban "
                "Chỉ đạo Quy chế dân chủ cơ sở và công tác vận động quần chúng xã Tân Phong xây dựng kế hoạch thực "
                "hiện cụ thể như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I-"),
            ("T", "1", "Mục đích", "1-"),
            (
                "P",
                "Phát huy sức mạnh tổng hợp của cả hệ thống chính trị trong công tác dân vận; tuyên truyền, vận động "
                "Nhân dân thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, tích cực tham gia "
                "phát triển kinh tế, xây dựng nông thôn mới nâng cao, giữ vững quốc phòng, an ninh trên địa bàn xã.",
            ),
            ("T", "2", "Yêu cầu", "2-"),
            (
                "C",
                "-",
                "Công tác phối hợp phải chặt chẽ, đúng chức năng, nhiệm vụ của từng cơ quan, đơn vị; tránh hình "
                "thức, phô trương, lãng phí.",
                "-",
            ),
            (
                "C",
                "-",
                "Lựa chọn nội dung thiết thực, đúng nhu cầu của Nhân dân; ưu tiên hộ nghèo, hộ cận nghèo, gia đình "
                "chính sách ở các ấp biên giới.",
                "-",
            ),
            ("S", "II", "THỜI GIAN, ĐỊA BÀN VÀ LỰC LƯỢNG THAM GIA", "II-"),
            (
                "T",
                "1",
                "Thời gian: 10 ngày, từ ngày 02/6/2025 đến hết ngày 11/6/2025; ra quân đồng loạt lúc 7 giờ 00 ngày "
                "02/6/2025 tại Hội trường ấp Tân Đông.",
                "1-",
            ),
            ("T", "2", "Địa bàn: tập trung tại ấp Tân Đông và ấp Tân Hòa.", "2-"),
            ("T", "3", "Lực lượng tham gia gồm:", "3-"),
            ("C", "-", "Ban Chỉ huy Quân sự xã, Công an xã và Đồn Biên phòng Tân Phong;", "-"),
            ("C", "-", "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã;", "-"),
            ("C", "-", "Trạm Y tế xã, Trường Tiểu học Tân Phong và các ban, ngành liên quan.", "-"),
            ("S", "III", "NỘI DUNG THỰC HIỆN", "III-"),
            (
                "T",
                "1",
                "Tuyên truyền, vận động Nhân dân nâng cao cảnh giác, không nghe theo kẻ xấu kích động, xuất nhập "
                "cảnh trái phép; chấp hành Luật Biên giới quốc gia và các quy định về an ninh, trật tự.",
                "1-",
            ),
            (
                "T",
                "2",
                "Giúp dân sửa chữa 03 căn nhà cho hộ nghèo, nạo vét 1,5 km kênh mương nội đồng, phát quang 2 km "
                "đường giao thông nông thôn tại ấp Tân Hòa.",
                "2-",
            ),
            (
                "T",
                "3",
                "Phối hợp khám bệnh, cấp thuốc miễn phí cho khoảng 300 lượt người cao tuổi, gia đình chính sách; "
                "tặng 50 phần quà cho học sinh có hoàn cảnh khó khăn.",
                "3-",
            ),
            (
                "T",
                "4",
                "Ra quân tổng vệ sinh môi trường, thu gom rác thải, trồng 500 cây xanh tại các tuyến đường liên ấp, "
                "góp phần giữ vững tiêu chí môi trường nông thôn mới nâng cao.",
                "4-",
            ),
            (
                "T",
                "5",
                "Tổ chức đối thoại, nắm tình hình tư tưởng, tâm tư, nguyện vọng của Nhân dân; tổng hợp kiến nghị "
                "chuyển đến cơ quan có thẩm quyền giải quyết kịp thời.",
                "5-",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV-"),
            (
                "T",
                "1",
                "Ban Dân vận Đảng ủy (cơ quan thường trực Ban Chỉ đạo) theo dõi, đôn đốc các lực lượng triển khai kế "
                "hoạch; tổng hợp kết quả báo cáo Ban Thường vụ Đảng ủy và Ban Chỉ đạo huyện.",
                "1-",
            ),
            (
                "T",
                "2",
                "Ủy ban nhân dân xã bố trí kinh phí, phương tiện phục vụ đợt ra quân; chỉ đạo các ngành chuyên môn "
                "phối hợp thực hiện các công trình, phần việc.",
                "2-",
            ),
            (
                "T",
                "3",
                "Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể xã vận động đoàn viên, hội viên tham gia ngày công "
                "lao động, đóng góp vật liệu sửa chữa nhà.",
                "3-",
            ),
            (
                "T",
                "4",
                "Chi bộ, Ban Nhân dân các ấp Tân Đông, Tân Hòa chuẩn bị địa điểm, danh sách hộ được hỗ trợ; báo cáo "
                "kết quả về Ban Chỉ đạo xã trước ngày 16/6/2025.",
                "4-",
            ),
            (
                "E",
                "Trên đây là Kế hoạch phối hợp liên ngành làm công tác dân vận đợt I năm 2025 của Ban Chỉ đạo xã Tân "
                "Phong, đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- BCĐ huyện (b/c),"),
            ("E", "- TT Đảng ủy xã,"),
            ("E", "- Thành viên BCĐ xã,"),
            ("E", "- Lưu."),
            ("E", "T/M BAN CHỈ ĐẠO"),
            ("E", "TRƯỞNG BAN"),
            ("E", "Nguyễn Thị Bích Vân"),
        ],
    },
    {
        "id": "b10q-van-phong-tinh-uy-ket-luan-kiem-tra",
        "source": "https://binhthuan.dcs.vn/Trang-chu/post/12026/mot-so-noi-dung-rut-ra-tu-ket-qua-kiem-tra-cac-chi-bo-truc-thuoc-dang-uy-co-so-van-phong-tinh-uy",
        "style": "a Party committee's notice of an inspection team's conclusions on its Party cells: Party header with "
        "'*', a lead-in ending 'kết luận một số vấn đề như sau:', three bold field headings ('Về ưu điểm:', "
        "'Về hạn chế, khuyết điểm:', 'Về nhiệm vụ thời gian tới:') each over tasks opened by ordinal words "
        "'Một là,', 'Hai là,' … counted again from one (one task with '+' sub-items), closing with a deadline "
        "sentence and 'T/M ĐẢNG ỦY'",
        "lines": [
            ("h", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH"),
            ("h", "ĐẢNG ỦY CƠ SỞ VĂN PHÒNG TỈNH ỦY"),
            ("h", "*"),
            ("h", "Số 27-TB/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Phan Thiết, ngày 16 tháng 7 năm 2024"),
            ("title", "THÔNG BÁO"),
            (
                "h",
                "kết luận kiểm tra việc thực hiện quy chế làm việc và chế độ sinh hoạt đảng của các chi bộ trực "
                "thuộc 6 tháng đầu năm 2024",
            ),
            (
                "h",
                "Thực hiện Chương trình kiểm tra, giám sát năm 2024 của Đảng ủy, từ ngày 02 đến ngày 10/7/2024, Tổ "
                "Kiểm tra của Đảng ủy đã làm việc với 06 chi bộ trực thuộc. Sau khi nghe các chi bộ báo cáo và kiểm "
                "tra hồ sơ, sổ sách, đồng chí Tổ trưởng Tổ Kiểm tra kết luận một số vấn đề như sau:",
            ),
            ("S", "", "Về ưu điểm", "Về ưu điểm:"),
            (
                "T",
                "1",
                "các chi bộ đã ban hành và thực hiện quy chế làm việc khá nghiêm túc; 100% đảng viên được phân công "
                "nhiệm vụ cụ thể; sổ biên bản ghi chép đầy đủ, sau mỗi kỳ sinh hoạt đều ra nghị quyết để lãnh đạo "
                "thực hiện.",
                "Một là,",
            ),
            (
                "T",
                "2",
                "đảng viên tham gia sinh hoạt định kỳ đúng, đủ; không có đảng viên vắng sinh hoạt hai kỳ liên tiếp; "
                "tự phê bình và phê bình được phát huy, không khí sinh hoạt dân chủ, đoàn kết.",
                "Hai là,",
            ),
            (
                "T",
                "3",
                "có 4/6 chi bộ tổ chức sinh hoạt chuyên đề gắn với học tập và làm theo tư tưởng, đạo đức, phong cách "
                "Hồ Chí Minh; nội dung chuyên đề được chuẩn bị chu đáo, có đề cương và báo cáo đề dẫn.",
                "Ba là,",
            ),
            ("S", "", "Về hạn chế, khuyết điểm", "Về hạn chế, khuyết điểm:"),
            (
                "T",
                "1",
                "nội dung sinh hoạt ở một số chi bộ còn dàn trải, nặng về thông báo công việc chuyên môn, chưa đi "
                "sâu vào lãnh đạo thực hiện nhiệm vụ chính trị của cơ quan.",
                "Một là,",
            ),
            (
                "T",
                "2",
                "việc thu, nộp đảng phí ở 02 chi bộ chưa kịp thời; sổ theo dõi đảng phí ghi chép chưa đúng mẫu quy "
                "định.",
                "Hai là,",
            ),
            (
                "T",
                "3",
                "việc kiểm tra, giám sát đảng viên của chi bộ chưa thường xuyên; có chi bộ chưa ban hành thông báo "
                "kết luận sau giám sát.",
                "Ba là,",
            ),
            ("S", "", "Về nhiệm vụ thời gian tới", "Về nhiệm vụ thời gian tới:"),
            (
                "T",
                "1",
                "các chi bộ tiếp tục rà soát, bổ sung quy chế làm việc phù hợp với việc sắp xếp tổ chức bộ máy của "
                "cơ quan; hoàn thành trước ngày 15/8/2024.",
                "Một là,",
            ),
            (
                "T",
                "2",
                "đổi mới nội dung sinh hoạt chi bộ theo hướng thiết thực, tập trung vào những việc khó, việc mới "
                "phát sinh; mỗi quý tổ chức ít nhất 01 kỳ sinh hoạt chuyên đề.",
                "Hai là,",
            ),
            ("T", "3", "chấn chỉnh ngay công tác thu, nộp và quản lý đảng phí, cụ thể:", "Ba là,"),
            ("C", "-", "thu đủ đảng phí hằng tháng theo đúng mức quy định;", "+"),
            ("C", "-", "nộp về Đảng ủy chậm nhất ngày 10 của tháng đầu quý sau;", "+"),
            ("C", "-", "ghi sổ theo dõi đảng phí theo đúng mẫu của Ban Tổ chức Trung ương.", "+"),
            (
                "T",
                "4",
                "xây dựng kế hoạch kiểm tra, giám sát đảng viên 6 tháng cuối năm, bảo đảm mỗi chi bộ kiểm tra, giám "
                "sát ít nhất 30% đảng viên.",
                "Bốn là,",
            ),
            (
                "E",
                "Đề nghị các chi bộ nghiêm túc thực hiện thông báo kết luận này và báo cáo kết quả khắc phục về Đảng "
                "ủy (qua Ủy ban Kiểm tra Đảng ủy) trước ngày 30/9/2024./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- UBKT Đảng ủy Khối (b/c),"),
            ("E", "- Các chi bộ trực thuộc,"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M ĐẢNG ỦY"),
            ("E", "PHÓ BÍ THƯ"),
            ("E", "Lê Văn Thành"),
        ],
    },
    {
        "id": "b10q-lac-duong-tuyen-giao-cong-van",
        "source": "https://lacduong.lamdong.dcs.vn/huong-dan-nghiep-vu/type/detail/id/16299/task/1460",
        "style": "a district Party propaganda board's letter (công văn) on an anniversary: Party header with '*', 'Số "
        "…-CV/BTGHU' and a 'V/v' subject, 'Kính gửi:' with '-' addressees, a lead-in, then eight '1.' … '8.' "
        "tasks with no sections (one with '-' activities, one 'Một số khẩu hiệu tuyên truyền:' over '-' "
        "slogans), closing 'Nhận được Công văn này …' and 'K/T TRƯỞNG BAN'",
        "lines": [
            ("h", "HUYỆN ỦY LẠC DƯƠNG"),
            ("h", "BAN TUYÊN GIÁO"),
            ("h", "*"),
            ("h", "Số 318-CV/BTGHU"),
            ("h", "V/v tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Lạc Dương, ngày 14 tháng 4 năm 2025"),
            ("h", "Kính gửi:"),
            ("h", "- Các tổ chức cơ sở đảng trực thuộc Huyện ủy;"),
            ("h", "- Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể huyện;"),
            ("h", "- Phòng Văn hóa và Thông tin huyện."),
            (
                "h",
                "Thực hiện Công văn số 2146-CV/BTGTU ngày 07/4/2025 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền kỷ "
                "niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025), Ban Tuyên giáo Huyện ủy đề "
                "nghị các cơ quan, đơn vị thực hiện một số nội dung sau:",
            ),
            (
                "T",
                "1",
                "Tuyên truyền sâu rộng về thân thế, cuộc đời, sự nghiệp cách mạng vẻ vang của Chủ tịch Hồ Chí Minh; "
                "khẳng định những cống hiến to lớn của Người đối với sự nghiệp cách mạng của Đảng và dân tộc Việt "
                "Nam.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tuyên truyền giá trị lý luận và thực tiễn của tư tưởng Hồ Chí Minh; kết quả 9 năm thực hiện Chỉ thị "
                "số 05-CT/TW của Bộ Chính trị trên địa bàn huyện, nhất là các mô hình, điển hình tiêu biểu trong "
                "đồng bào dân tộc thiểu số.",
                "2.",
            ),
            (
                "T",
                "3",
                "Tuyên truyền tình cảm của Chủ tịch Hồ Chí Minh đối với đồng bào các dân tộc Tây Nguyên và những đổi "
                "thay của quê hương Lạc Dương sau 50 năm giải phóng.",
                "3.",
            ),
            (
                "T",
                "4",
                "Tổ chức các hoạt động kỷ niệm thiết thực, tiết kiệm, phù hợp điều kiện từng đơn vị:",
                "4.",
            ),
            ("C", "-", "Dâng hương tại Nhà bia tưởng niệm các anh hùng liệt sĩ huyện;", "-"),
            (
                "C",
                "-",
                "Sinh hoạt chi bộ chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh;",
                "-",
            ),
            ("C", "-", "Tổ chức giao lưu văn nghệ, thể thao trong đoàn viên, thanh niên và học sinh.", "-"),
            (
                "T",
                "5",
                "Chủ động nắm bắt dư luận xã hội; đấu tranh, phản bác các quan điểm sai trái, thù địch xuyên tạc "
                "thân thế, sự nghiệp của Chủ tịch Hồ Chí Minh trên không gian mạng.",
                "5.",
            ),
            (
                "T",
                "6",
                "Chỉ đạo trang trí, treo cờ Đảng, cờ Tổ quốc, băng rôn, khẩu hiệu tại trụ sở cơ quan, trường học, "
                "khu dân cư và các tuyến đường chính từ ngày 10/5 đến hết ngày 20/5/2025.",
                "6.",
            ),
            ("T", "7", "Một số khẩu hiệu tuyên truyền:", "7."),
            (
                "C",
                "-",
                "Nhiệt liệt chào mừng kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh vĩ đại (19/5/1890 - 19/5/2025)!",
                "-",
            ),
            ("C", "-", "Chủ tịch Hồ Chí Minh - Lãnh tụ vĩ đại của Đảng và dân tộc Việt Nam!", "-"),
            ("C", "-", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh!", "-"),
            ("C", "-", "Đảng Cộng sản Việt Nam quang vinh muôn năm!", "-"),
            ("C", "-", "Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!", "-"),
            (
                "T",
                "8",
                "Các cơ quan, đơn vị báo cáo kết quả công tác tuyên truyền về Ban Tuyên giáo Huyện ủy trước ngày "
                "25/5/2025 để tổng hợp, báo cáo Thường trực Huyện ủy.",
                "8.",
            ),
            (
                "E",
                "Nhận được Công văn này, đề nghị các tổ chức cơ sở đảng, các cơ quan, đơn vị triển khai công tác "
                "tuyên truyền bảo đảm kịp thời, hiệu quả./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Tuyên giáo Tỉnh ủy (b/c),"),
            ("E", "- Thường trực Huyện ủy (b/c),"),
            ("E", "- Như kính gửi,"),
            ("E", "- Lưu Ban Tuyên giáo."),
            ("E", "K/T TRƯỞNG BAN"),
            ("E", "PHÓ TRƯỞNG BAN"),
            ("E", "Ka Thị Hoa"),
        ],
    },
    {
        "id": "b10r-thanh-hoa-chi-thi-thu-ngan-sach",
        "source": "https://hethongphapluat.vn/chi-thi-06-ct-ubnd-ve-tap-trung-thuc-hien-giai-phap-dam-bao-hoan-thanh-vuot-muc-du-toan-thu-ngan-sach-nha-nuoc-nam-2019-va-nhung-nam-toi-do-tinh-thanh-hoa-ban-hanh.html",
        "style": "a provincial chairman's directive on state budget revenue (tax): 'CHỈ THỊ' title with a capital "
        "subject, two lead-in paragraphs, then '1.' … '4.' sentence headings, each over 'a) Cục Thuế có trách "
        "nhiệm:'-style agency tasks with '-' sub-items (one task with a continuation paragraph), except one "
        "heading over bare '-' tasks; closing sentence, 'Nơi nhận:', 'CHỦ TỊCH'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH THANH HÓA"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 06/CT-UBND"),
            ("h", "Thanh Hóa, ngày 02 tháng 5 năm 2019"),
            ("title", "CHỈ THỊ"),
            (
                "h",
                "VỀ VIỆC TẬP TRUNG THỰC HIỆN MỘT SỐ GIẢI PHÁP ĐẢM BẢO HOÀN THÀNH VƯỢT MỨC DỰ TOÁN THU NGÂN SÁCH NHÀ "
                "NƯỚC NĂM 2019 VÀ NHỮNG NĂM TỚI",
            ),
            (
                "h",
                "Từ đầu năm 2019 đến nay, thu ngân sách nhà nước (NSNN) trên địa bàn tỉnh có chuyển biến tích cực, "
                "cơ bản đạt tiến độ thu hằng tháng và tăng so với cùng kỳ. Tuy nhiên, nhiều doanh nghiệp còn khó "
                "khăn về thị trường, doanh nghiệp mới thành lập chủ yếu có quy mô nhỏ; một số nguồn thu chưa được "
                "quan tâm khai thác, nợ đọng thuế còn ở mức cao.",
            ),
            (
                "h",
                "Để bảo đảm hoàn thành vượt mức dự toán thu NSNN năm 2019 và những năm tới, Chủ tịch UBND tỉnh yêu "
                "cầu các cấp, các ngành tập trung lãnh đạo, chỉ đạo quyết liệt các giải pháp sau:",
            ),
            (
                "S",
                "1",
                "Tập trung rà soát, xác định đầy đủ, chính xác các đối tượng phải kê khai, nộp thuế, doanh thu và "
                "mức thuế phải nộp; không để bỏ sót đối tượng, thất thoát nguồn thu.",
                "1.",
            ),
            ("T", "a", "Cục Thuế có trách nhiệm:", "a)"),
            (
                "C",
                "-",
                "Rà soát 100% hộ kinh doanh trên địa bàn, xác định đúng doanh thu và mức thuế khoán; hoàn thành "
                "trong tháng 6 năm 2019;",
                "-",
            ),
            (
                "C",
                "-",
                "Đối chiếu dữ liệu hóa đơn điện tử với hồ sơ khai thuế của doanh nghiệp, phát hiện kịp thời các "
                "trường hợp kê khai thiếu doanh thu.",
                "-",
            ),
            (
                "T",
                "b",
                "Sở Kế hoạch và Đầu tư có trách nhiệm cung cấp định kỳ hằng tháng danh sách doanh nghiệp mới thành "
                "lập, thay đổi đăng ký kinh doanh, tạm ngừng hoạt động cho Cục Thuế.",
                "b)",
            ),
            ("T", "c", "UBND các huyện, thị xã, thành phố có trách nhiệm:", "c)"),
            (
                "C",
                "-",
                "Chỉ đạo Hội đồng tư vấn thuế xã, phường, thị trấn rà soát hộ kinh doanh chưa đăng ký thuế;",
                "-",
            ),
            ("C", "-", "Phấn đấu thu ngân sách trên địa bàn vượt ít nhất 10% dự toán tỉnh giao.", "-"),
            ("S", "2", "Tăng cường quản lý các khoản thu từ đất, tài nguyên, khoáng sản.", "2."),
            ("T", "a", "Sở Tài nguyên và Môi trường có trách nhiệm:", "a)"),
            (
                "C",
                "-",
                "Đẩy nhanh tiến độ đấu giá quyền sử dụng đất đối với các khu đất đã hoàn thành giải phóng mặt bằng; "
                "phấn đấu thu tiền sử dụng đất đạt trên 4.500 tỷ đồng;",
                "-",
            ),
            (
                "C",
                "-",
                "Kiểm tra việc kê khai sản lượng khai thác khoáng sản của các doanh nghiệp, xử lý nghiêm các trường "
                "hợp khai thác vượt công suất được cấp phép.",
                "-",
            ),
            (
                "T",
                "b",
                "Cục Thuế phối hợp với Sở Tài chính kịp thời ban hành thông báo nộp tiền thuê đất, tiền sử dụng đất "
                "ngay sau khi nhận được hồ sơ do cơ quan tài nguyên và môi trường chuyển đến.",
                "b)",
            ),
            (
                "P",
                "Không để tồn đọng hồ sơ quá thời hạn quy định; định kỳ hằng quý báo cáo UBND tỉnh kết quả thực "
                "hiện.",
            ),
            ("S", "3", "Quyết liệt chống thất thu, thu hồi nợ đọng thuế.", "3."),
            (
                "T",
                "1",
                "Cục Thuế phân loại nợ thuế theo từng nhóm, giao chỉ tiêu thu nợ đến từng chi cục thuế, từng công "
                "chức; phấn đấu tổng số nợ thuế đến ngày 31/12/2019 không vượt quá 5% tổng thu NSNN.",
                "-",
            ),
            (
                "T",
                "2",
                "Công khai trên các phương tiện thông tin đại chúng danh sách người nộp thuế chây ỳ, nợ thuế kéo "
                "dài.",
                "-",
            ),
            (
                "T",
                "3",
                "Áp dụng đầy đủ các biện pháp cưỡng chế nợ thuế theo quy định của Luật Quản lý thuế.",
                "-",
            ),
            ("S", "4", "Đẩy mạnh cải cách thủ tục hành chính thuế, tạo thuận lợi cho người nộp thuế.", "4."),
            (
                "T",
                "a",
                "Cục Thuế duy trì tỷ lệ doanh nghiệp khai thuế điện tử đạt trên 98%, nộp thuế điện tử đạt trên 95%; "
                "giải quyết hoàn thuế đúng thời hạn.",
                "a)",
            ),
            (
                "T",
                "b",
                "Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh, Báo Thanh Hóa tăng cường tuyên "
                "truyền chính sách thuế mới, biểu dương người nộp thuế tiêu biểu.",
                "b)",
            ),
            (
                "E",
                "Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch UBND các "
                "huyện, thị xã, thành phố nghiêm túc triển khai thực hiện Chỉ thị này./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Bộ Tài chính (để b/c);"),
            ("E", "- Thường trực Tỉnh ủy, HĐND tỉnh (để b/c);"),
            ("E", "- Như trên;"),
            ("E", "- Lưu: VT, KTTC."),
            ("E", "CHỦ TỊCH"),
            ("E", "Nguyễn Văn Hòa"),
        ],
    },
    {
        "id": "b10r-tphcm-huong-dan-nam-hoc-sgddt",
        "source": "https://hethongphapluat.vn/cong-van-1557-sgddt-gdpt-nam-2025-huong-dan-thuc-hien-nhiem-vu-giao-duc-pho-thong-nam-hoc-2025-2026-do-so-giao-duc-va-dao-tao-thanh-pho-ho-chi-minh-ban-hanh.html",
        "style": "a city Department of Education guidance letter (công văn, no title): three-line issuer header, 'V/v' "
        "subject, 'Kính gửi:', three 'Căn cứ' lines and a lead-in, then capital Roman headings: 'I. NHIỆM VỤ "
        "CHUNG' of two unlabelled paragraphs, 'II. NHIỆM VỤ CỤ THỂ' with '1.' tasks carrying 'a)' or '-' "
        "sub-items (one task continued by a paragraph), 'III. CHỈ TIÊU PHẤN ĐẤU' of bare '1.' targets; closing "
        "request, 'Nơi nhận:', 'KT. GIÁM ĐỐC'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "THÀNH PHỐ HỒ CHÍ MINH"),
            ("h", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 1557/SGDĐT-GDPT"),
            ("h", "V/v hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025 - 2026"),
            ("h", "Thành phố Hồ Chí Minh, ngày 19 tháng 8 năm 2025"),
            ("h", "Kính gửi: Hiệu trưởng các trường phổ thông, trường phổ thông nhiều cấp học"),
            (
                "h",
                "Căn cứ Công văn số 4555/BGDĐT-GDPT ngày 05 tháng 8 năm 2025 của Bộ Giáo dục và Đào tạo về việc "
                "hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025 - 2026;",
            ),
            (
                "h",
                "Căn cứ Quyết định số 2269/QĐ-BGDĐT ngày 11 tháng 8 năm 2025 của Bộ trưởng Bộ Giáo dục và Đào tạo "
                "ban hành khung kế hoạch thời gian năm học 2025 - 2026;",
            ),
            (
                "h",
                "Căn cứ Quyết định số 640/QĐ-UBND ngày 14 tháng 8 năm 2025 của Ủy ban nhân dân Thành phố về khung kế "
                "hoạch thời gian năm học 2025 - 2026 trên địa bàn Thành phố;",
            ),
            (
                "h",
                "Sở Giáo dục và Đào tạo (GDĐT) hướng dẫn các cơ sở giáo dục phổ thông thực hiện nhiệm vụ năm học "
                "2025 - 2026 như sau:",
            ),
            ("S", "I", "NHIỆM VỤ CHUNG", "I."),
            (
                "T",
                "1",
                "Thực hiện hiệu quả Chương trình giáo dục phổ thông 2018 (CTGDPT) bảo đảm tính khoa học, sư phạm, "
                "khai thác tối đa cơ sở vật chất, thiết bị dạy học; tổ chức dạy học 2 buổi/ngày tại các trường có đủ "
                "điều kiện theo quy định.",
                "",
            ),
            (
                "T",
                "2",
                "Tham mưu cấp ủy, chính quyền địa phương cấp xã thực hiện tốt quản lý nhà nước về giáo dục sau sắp "
                "xếp đơn vị hành chính; tích cực, chủ động trong công tác truyền thông giáo dục.",
                "",
            ),
            ("S", "II", "NHIỆM VỤ CỤ THỂ", "II."),
            ("T", "1", "Thực hiện chương trình, kế hoạch giáo dục", "1."),
            (
                "C",
                "a",
                "Các trường xây dựng kế hoạch giáo dục nhà trường phù hợp điều kiện thực tế, hoàn thành trước ngày "
                "15/9/2025 và công khai trên cổng thông tin điện tử của trường.",
                "a)",
            ),
            (
                "C",
                "b",
                "Tổ chức các hoạt động giáo dục STEM, trải nghiệm, hướng nghiệp; mỗi trường thực hiện tối thiểu 04 "
                "chủ đề STEM mỗi khối lớp trong năm học.",
                "b)",
            ),
            ("T", "2", "Đổi mới phương pháp dạy học và kiểm tra, đánh giá", "2."),
            (
                "C",
                "a",
                "Thực hiện đánh giá học sinh theo Thông tư số 22/2021/TT-BGDĐT; đa dạng hóa hình thức kiểm tra, hạn "
                "chế yêu cầu ghi nhớ máy móc.",
                "a)",
            ),
            (
                "C",
                "b",
                "Xây dựng ngân hàng câu hỏi dùng chung cấp trường; ứng dụng công nghệ trong tổ chức kiểm tra định "
                "kỳ.",
                "b)",
            ),
            (
                "C",
                "c",
                "Chuẩn bị tốt cho Kỳ thi tốt nghiệp trung học phổ thông năm 2026 theo định hướng mới của Bộ GDĐT.",
                "c)",
            ),
            ("T", "3", "Phát triển đội ngũ giáo viên và cán bộ quản lý", "3."),
            (
                "C",
                "-",
                "Rà soát, bố trí đủ giáo viên các môn học; kịp thời đề xuất tuyển dụng bổ sung theo chỉ tiêu biên "
                "chế được giao.",
                "-",
            ),
            (
                "C",
                "-",
                "Tổ chức bồi dưỡng thường xuyên; 100% giáo viên hoàn thành các mô-đun bồi dưỡng theo kế hoạch.",
                "-",
            ),
            (
                "T",
                "4",
                "Đẩy mạnh chuyển đổi số trong quản lý và dạy học; cập nhật đầy đủ, chính xác dữ liệu vào cơ sở dữ "
                "liệu ngành, thực hiện học bạ số đối với tất cả các khối lớp.",
                "4.",
            ),
            (
                "P",
                "Hiệu trưởng chịu trách nhiệm về tính chính xác của dữ liệu báo cáo; không yêu cầu giáo viên lưu trữ "
                "song song hồ sơ giấy đối với những nội dung đã số hóa.",
            ),
            (
                "T",
                "5",
                "Tăng cường giáo dục đạo đức, lối sống, kỹ năng sống, giáo dục thể chất và công tác y tế trường học; "
                "bảo đảm an toàn trường học, phòng chống bạo lực học đường.",
                "5.",
            ),
            ("S", "III", "CHỈ TIÊU PHẤN ĐẤU", "III."),
            (
                "T",
                "1",
                "Tỷ lệ học sinh tiểu học được học 2 buổi/ngày đạt 100%; trung học cơ sở đạt từ 60% trở lên.",
                "1.",
            ),
            ("T", "2", "Tỷ lệ học sinh bỏ học dưới 0,2% ở tất cả các cấp học.", "2."),
            ("T", "3", "Có thêm ít nhất 25 trường phổ thông được công nhận đạt chuẩn quốc gia.", "3."),
            ("T", "4", "Tỷ lệ tốt nghiệp trung học phổ thông năm 2026 đạt từ 99% trở lên.", "4."),
            (
                "E",
                "Sở GDĐT đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực hiện; trong quá trình thực hiện, "
                "nếu có khó khăn, vướng mắc, báo cáo về Sở GDĐT (qua Phòng Giáo dục phổ thông) để được hướng dẫn./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Như trên;"),
            ("E", "- Bộ GDĐT (để báo cáo);"),
            ("E", "- UBND Thành phố (để báo cáo);"),
            ("E", "- Giám đốc, các Phó Giám đốc Sở;"),
            ("E", "- Lưu: VT, GDPT."),
            ("E", "KT. GIÁM ĐỐC"),
            ("E", "PHÓ GIÁM ĐỐC"),
            ("E", "Trần Thị Minh Thư"),
        ],
    },
    {
        "id": "b10r-nghe-an-ke-hoach-tuyen-quan",
        "source": "https://nhansu.vn/van-ban-phap-luat/Ke-hoach-800-KH-UBND-2025-tuyen-chon-goi-cong-dan-nhap-ngu-Nghe-An-2026-674882.html",
        "style": "a provincial People's Committee plan on military and police conscription: 'KẾ HOẠCH' with a capital "
        "subject, 'Căn cứ' lines and a lead-in, then capital Roman headings 'I.' … 'IV. TỔ CHỨC THỰC HIỆN'; "
        "under them '1.' tasks of three kinds: bare headings ('Mục đích', 'Yêu cầu') over '-' sub-items, tasks "
        "ending in ':' over 'a)' or '-' sub-items, plain sentence tasks (one of two paragraphs); agency tasks "
        "under IV; closing 'Trên đây là …', 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH NGHỆ AN"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 800/KH-UBND"),
            ("h", "Nghệ An, ngày 26 tháng 9 năm 2025"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "TUYỂN CHỌN, GỌI CÔNG DÂN NHẬP NGŨ VÀ THỰC HIỆN NGHĨA VỤ THAM GIA CÔNG AN NHÂN DÂN NĂM 2026",
            ),
            (
                "h",
                "Căn cứ Luật Nghĩa vụ quân sự ngày 19/6/2015; Luật Sửa đổi, bổ sung một số điều của 11 Luật về quân "
                "sự, quốc phòng ngày 27/6/2025; Luật Công an nhân dân năm 2018;",
            ),
            (
                "h",
                "Căn cứ Thông tư số 68/2025/TT-BQP ngày 03/7/2025 của Bộ Quốc phòng sửa đổi, bổ sung một số điều của "
                "Thông tư số 148/2018/TT-BQP quy định tuyển chọn và gọi công dân nhập ngũ;",
            ),
            (
                "h",
                "Căn cứ Thông tư số 63/2023/TT-BCA ngày 15/11/2023 của Bộ Công an quy định về tuyển chọn công dân "
                "thực hiện nghĩa vụ tham gia Công an nhân dân;",
            ),
            (
                "h",
                "Ủy ban nhân dân tỉnh ban hành Kế hoạch tuyển chọn, gọi công dân nhập ngũ và thực hiện nghĩa vụ tham "
                "gia Công an nhân dân năm 2026, cụ thể như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            ("T", "1", "Mục đích", "1."),
            (
                "C",
                "-",
                "Tuyển chọn đủ số lượng, bảo đảm chất lượng công dân nhập ngũ, góp phần xây dựng Quân đội, Công an "
                "cách mạng, chính quy, tinh nhuệ, hiện đại.",
                "-",
            ),
            (
                "C",
                "-",
                "Gắn công tác tuyển quân với xây dựng lực lượng dự bị động viên và tạo nguồn cán bộ cho cơ sở.",
                "-",
            ),
            ("T", "2", "Yêu cầu", "2."),
            (
                "C",
                "-",
                "Thực hiện dân chủ, công khai, công bằng, đúng Luật; “tuyển người nào, chắc người đó”, hạn chế thấp "
                "nhất việc bù đổi.",
                "-",
            ),
            (
                "C",
                "-",
                "Là lần đầu tổ chức tuyển quân theo mô hình chính quyền địa phương hai cấp, Hội đồng nghĩa vụ quân "
                "sự cấp xã phải chủ động, không để gián đoạn.",
                "-",
            ),
            ("S", "II", "CHỈ TIÊU, THỜI GIAN, TIÊU CHUẨN", "II."),
            ("T", "1", "Chỉ tiêu: toàn tỉnh tuyển chọn 3.420 công dân, trong đó:", "1."),
            ("C", "-", "Nhập ngũ vào Quân đội: 2.850 công dân;", "-"),
            ("C", "-", "Thực hiện nghĩa vụ tham gia Công an nhân dân: 570 công dân.", "-"),
            (
                "T",
                "2",
                "Thời gian giao, nhận quân: từ ngày 04/3/2026 đến hết ngày 06/3/2026 (ngày 16 đến 18 tháng Giêng năm "
                "Bính Ngọ), tổ chức tại các Ban Chỉ huy phòng thủ khu vực.",
                "2.",
            ),
            ("T", "3", "Tiêu chuẩn tuyển chọn:", "3."),
            (
                "C",
                "a",
                "Tuổi đời: từ đủ 18 tuổi đến hết 25 tuổi; được đào tạo cao đẳng, đại học đến hết 27 tuổi.",
                "a)",
            ),
            ("C", "b", "Sức khỏe: tuyển công dân có sức khỏe loại 1, 2, 3 theo quy định.", "b)"),
            (
                "C",
                "c",
                "Chính trị: thực hiện theo Thông tư số 97/2025/TT-BQP và quy định của Bộ Công an.",
                "c)",
            ),
            ("S", "III", "NỘI DUNG THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Tổ chức tuyên truyền sâu rộng Luật Nghĩa vụ quân sự trên hệ thống loa truyền thanh cơ sở và mạng xã "
                "hội; hoàn thành trước ngày 30/10/2025.",
                "1.",
            ),
            (
                "T",
                "2",
                "Sơ tuyển sức khỏe tại Trạm Y tế cấp xã; khám tuyển tập trung tại các Hội đồng khám sức khỏe khu vực "
                "từ ngày 01/11 đến ngày 10/12/2025.",
                "2.",
            ),
            (
                "P",
                "Sở Y tế bảo đảm đủ nhân lực, trang thiết bị; kết quả khám phải được niêm yết công khai tại trụ sở "
                "Ủy ban nhân dân cấp xã.",
            ),
            (
                "T",
                "3",
                "Xét duyệt chính trị, chốt hồ sơ, phát lệnh gọi nhập ngũ trước ngày 12/02/2026.",
                "3.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Bộ Chỉ huy quân sự tỉnh là cơ quan thường trực Hội đồng nghĩa vụ quân sự tỉnh, chủ trì tham mưu, "
                "hướng dẫn, kiểm tra các địa phương thực hiện Kế hoạch.",
                "1.",
            ),
            (
                "T",
                "2",
                "Công an tỉnh chủ trì tuyển chọn công dân thực hiện nghĩa vụ tham gia Công an nhân dân; phối hợp "
                "thẩm tra lý lịch công dân nhập ngũ.",
                "2.",
            ),
            ("T", "3", "Ủy ban nhân dân các xã, phường:", "3."),
            (
                "C",
                "-",
                "Kiện toàn Hội đồng nghĩa vụ quân sự cấp xã, phân công thành viên phụ trách từng thôn, khối;",
                "-",
            ),
            ("C", "-", "Giao quân đủ 100% chỉ tiêu, tổ chức gặp mặt, tặng quà công dân nhập ngũ.", "-"),
            (
                "E",
                "Trên đây là Kế hoạch tuyển chọn, gọi công dân nhập ngũ và thực hiện nghĩa vụ tham gia Công an nhân "
                "dân năm 2026; yêu cầu các sở, ngành, địa phương nghiêm túc triển khai thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Bộ Tư lệnh Quân khu 4;"),
            ("E", "- Thường trực Tỉnh ủy, HĐND tỉnh;"),
            ("E", "- UBND các xã, phường;"),
            ("E", "- Lưu: VT, NC."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Hoàng Văn Khiêm"),
        ],
    },
]

BLIND10_FORMS: dict[str, list[str]] = {
    "b10p-lai-khe-de-xuat-dang-uy": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b10p-huu-lien-thong-bao-ket-luan": ["typed.docx", "scan.pdf", "vni.txt"],
    "b10p-thang-tin-nghi-quyet-hdnd": ["typed.docx", "txt", "tcvn3.docx"],
    "b10q-tan-phong-dan-van-ke-hoach": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b10q-van-phong-tinh-uy-ket-luan-kiem-tra": ["typed.docx", "txt", "vni.txt"],
    "b10q-lac-duong-tuyen-giao-cong-van": ["numbered.docx", "scan.pdf", "tcvn3.docx"],
    "b10r-thanh-hoa-chi-thi-thu-ngan-sach": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "b10r-tphcm-huong-dan-nam-hoc-sgddt": ["typed.docx", "running.pdf", "vni.txt"],
    "b10r-nghe-an-ke-hoach-tuyen-quan": ["txt", "tcvn3.docx", "scan.pdf"],
}
