"""The eighteenth blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (08/12/2026, sixteenth session), by three helpers working blind (they never ran the
reader nor read its code), each after the layout and opening of a real public document found that day with the search
tool — none of them a source of the corpus, of its generators, of its target passages or of the first seventeen blind
parts. Past what the page showed, the helpers went on in its style (content, numbers and signatories made up).
Written with the conventions of the sixteenth part's brief (one task a paragraph, a resolution's articles as preamble
and closing, counted names as labels). Frozen after the fixes from the seventeenth part's first run, so its first run
measures the session's rules held out.

Same roles as ``blind10_docs``.
"""

from __future__ import annotations

BLIND18_DOCS: list[dict] = [
    {
        "id": "b18a-lam-dong-tinh-uy-nghi-quyet-nam-2026",
        "source": "https://btgdvtu.lamdong.dcs.vn/tin-tuc-su-kien/thong-tin-tuyen-truyen/type/detail/id/58443/task/1701",
        "style": "a merged province's Party committee resolution on the 2026 key tasks (Tỉnh ủy Lâm Đồng after the "
        "merger with Đắk Nông and Bình Thuận), in Party layout: Party header with '*' and 'Số 03-NQ/TU', "
        "'NGHỊ QUYẾT' over a lower-case 'về …' subject and a dashed rule, one lead-in ending 'như sau:', "
        "then dash-labelled Roman parts 'I-' … 'III-': I four unlabelled paragraphs (two opening with "
        "run-in field names 'Về kinh tế:', the last a 'Tuy nhiên, …' paragraph), II '1-' … '4-' with a "
        "run-in 'Chủ đề năm 2026: …' task, a 'Mục tiêu tổng quát' heading continued by a paragraph, a "
        "'Các chỉ tiêu chủ yếu' heading over '-' targets and a 'Nhiệm vụ, giải pháp trọng tâm' heading "
        "over '(1)' … '(6)' items, one continued by an assignment paragraph; III '1-' … '4-' assignments; "
        "'Nghị quyết này được phổ biến đến chi bộ./.', 'Nơi nhận:' with comma-ended dash lines and 'T/M "
        "TỈNH ỦY / BÍ THƯ'",
        "lines": [
            ("h", "ĐẢNG BỘ TỈNH LÂM ĐỒNG"),
            ("h", "TỈNH ỦY"),
            ("h", "*"),
            ("h", "Số 03-NQ/TU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Lâm Đồng, ngày 05 tháng 12 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            (
                "h",
                "về nhiệm vụ trọng tâm phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh, công tác xây "
                "dựng Đảng, hệ thống chính trị năm 2026",
            ),
            ("h", "-----"),
            (
                "h",
                "Tại Hội nghị lần thứ ba (ngày 03 và 04/12/2025), Ban Chấp hành Đảng bộ tỉnh khóa I đã thảo "
                "luận, đánh giá tình hình thực hiện nhiệm vụ năm 2025 và thống nhất mục tiêu, nhiệm vụ, giải "
                "pháp trọng tâm năm 2026 như sau:",
            ),
            ("S", "I", "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ NĂM 2025", "I-"),
            (
                "T",
                "1",
                "Năm 2025 là năm tỉnh Lâm Đồng (mới) được thành lập trên cơ sở hợp nhất ba tỉnh Lâm Đồng, Đắk "
                "Nông, Bình Thuận và vận hành mô hình chính quyền địa phương hai cấp từ ngày 01/7/2025. Trong "
                "bối cảnh khối lượng công việc rất lớn, vừa sắp xếp tổ chức bộ máy vừa tổ chức đại hội đảng bộ "
                "các cấp, toàn Đảng bộ đã đoàn kết, nỗ lực vượt khó; ước có 18/22 chỉ tiêu chủ yếu đạt và vượt "
                "kế hoạch.",
                "",
            ),
            (
                "T",
                "2",
                "Về kinh tế: Tốc độ tăng trưởng GRDP ước đạt 8,2%; thu ngân sách nhà nước trên địa bàn ước đạt "
                "31.450 tỷ đồng, bằng 112% dự toán; giải ngân vốn đầu tư công ước đạt 95% kế hoạch; các dự án "
                "cao tốc Tân Phú - Bảo Lộc, Bảo Lộc - Liên Khương được tập trung đẩy nhanh tiến độ.",
                "",
            ),
            (
                "T",
                "3",
                "Về văn hóa - xã hội, quốc phòng - an ninh và xây dựng Đảng: An sinh xã hội được bảo đảm, hoàn "
                "thành xóa nhà tạm, nhà dột nát cho 4.860 hộ; quốc phòng - an ninh được giữ vững; Đại hội đại "
                "biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 được tổ chức thành công.",
                "",
            ),
            (
                "T",
                "4",
                "Tuy nhiên, tăng trưởng kinh tế chưa đạt mục tiêu đề ra; công tác giải phóng mặt bằng một số dự "
                "án trọng điểm còn chậm; nhiều xã, phường sau sắp xếp còn thiếu công chức chuyên môn về đất "
                "đai, xây dựng, tài chính; hạ tầng số ở vùng sâu, vùng xa chưa đáp ứng yêu cầu.",
                "",
            ),
            ("S", "II", "MỤC TIÊU, CHỈ TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM NĂM 2026", "II-"),
            (
                "T",
                "1",
                "Chủ đề năm 2026: “Tăng cường kỷ cương, đổi mới sáng tạo, chủ động thích ứng, đột phá phát "
                "triển”.",
                "1-",
            ),
            ("T", "2", "Mục tiêu tổng quát", "2-"),
            (
                "P",
                "Khai thác hiệu quả tiềm năng, lợi thế của tỉnh sau hợp nhất; huy động mạnh mẽ các nguồn lực, "
                "lấy khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số, kinh tế tư nhân làm động lực chính để "
                "tạo đột phá tăng trưởng; tập trung phát triển kết cấu hạ tầng, trọng tâm là hạ tầng giao "
                "thông; bảo đảm an sinh xã hội, giữ vững quốc phòng - an ninh; xây dựng Đảng bộ và hệ thống "
                "chính trị trong sạch, vững mạnh.",
            ),
            ("T", "3", "Các chỉ tiêu chủ yếu", "3-"),
            (
                "C",
                "-",
                "Tốc độ tăng trưởng GRDP đạt 10% trở lên; GRDP bình quân đầu người đạt 112 triệu đồng.",
                "-",
            ),
            ("C", "-", "Tổng thu ngân sách nhà nước trên địa bàn đạt 33.000 tỷ đồng trở lên.", "-"),
            ("C", "-", "Tỷ lệ giải ngân vốn đầu tư công đạt 100% kế hoạch được giao.", "-"),
            ("C", "-", "Tỷ lệ hộ nghèo giảm 0,5% so với cuối năm 2025; tỷ lệ che phủ rừng đạt 52,5%.", "-"),
            (
                "C",
                "-",
                "Kết nạp 2.800 đảng viên mới; 100% tổ chức cơ sở đảng và đảng viên được đánh giá, xếp loại chất "
                "lượng theo quy định.",
                "-",
            ),
            ("T", "4", "Nhiệm vụ, giải pháp trọng tâm", "4-"),
            (
                "C",
                "1",
                "Tập trung cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I và các nghị quyết "
                "chiến lược của Bộ Chính trị; rà soát, điều chỉnh quy hoạch tỉnh, quy hoạch chung các đô thị "
                "phù hợp với không gian phát triển mới sau hợp nhất.",
                "(1)",
            ),
            (
                "C",
                "2",
                "Tạo đột phá tăng trưởng: phát triển công nghiệp bô-xít - alumin - nhôm, năng lượng tái tạo; "
                "nông nghiệp ứng dụng công nghệ cao; liên kết du lịch Đà Lạt - Mũi Né - Tà Đùng; kịp thời tháo "
                "gỡ khó khăn cho các dự án tồn đọng.",
                "(2)",
            ),
            (
                "P",
                "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo xây dựng kịch bản tăng trưởng theo từng quý, phân bổ chỉ "
                "tiêu đến từng xã, phường, đặc khu; định kỳ hằng tháng báo cáo Ban Thường vụ Tỉnh ủy.",
            ),
            (
                "C",
                "3",
                "Huy động mọi nguồn lực đầu tư kết cấu hạ tầng; hoàn thành giải phóng mặt bằng các tuyến cao "
                "tốc qua địa bàn tỉnh; đẩy nhanh nâng cấp Cảng hàng không Liên Khương và các tuyến đường kết "
                "nối vùng.",
                "(3)",
            ),
            (
                "C",
                "4",
                "Phát triển văn hóa, xã hội; nâng cao chất lượng giáo dục, y tế; khởi công các trường phổ thông "
                "nội trú liên cấp tại các xã biên giới; thực hiện đầy đủ, kịp thời chính sách đối với người có "
                "công, đồng bào dân tộc thiểu số.",
                "(4)",
            ),
            (
                "C",
                "5",
                "Củng cố quốc phòng - an ninh, bảo vệ vững chắc chủ quyền biên giới, biển đảo; giữ vững an ninh "
                "nông thôn, không để hình thành điểm nóng.",
                "(5)",
            ),
            (
                "C",
                "6",
                "Xây dựng Đảng, hệ thống chính trị; vận hành thông suốt chính quyền địa phương hai cấp; lãnh "
                "đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân "
                "các cấp nhiệm kỳ 2026 - 2031.",
                "(6)",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III-"),
            (
                "T",
                "1",
                "Các đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt, xây dựng chương trình, kế hoạch thực hiện "
                "Nghị quyết sát với tình hình của địa phương, cơ quan, đơn vị; hoàn thành trước ngày "
                "31/01/2026.",
                "1-",
            ),
            (
                "T",
                "2",
                "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo cụ thể hóa Nghị quyết thành kế hoạch, phân công rõ "
                "người, rõ việc, rõ thời gian; Đảng ủy Hội đồng nhân dân tỉnh lãnh đạo tăng cường giám sát việc "
                "thực hiện.",
                "2-",
            ),
            (
                "T",
                "3",
                "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo đẩy mạnh tuyên truyền, vận động các tầng "
                "lớp Nhân dân thi đua thực hiện thắng lợi các mục tiêu, nhiệm vụ năm 2026.",
                "3-",
            ),
            (
                "T",
                "4",
                "Các ban xây dựng Đảng, Văn phòng Tỉnh ủy theo chức năng, nhiệm vụ theo dõi, đôn đốc, kiểm tra "
                "việc thực hiện Nghị quyết; định kỳ 6 tháng, năm báo cáo Ban Thường vụ Tỉnh ủy.",
                "4-",
            ),
            ("E", "Nghị quyết này được phổ biến đến chi bộ./."),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư (để b/c),"),
            ("E", "- Văn phòng Trung ương Đảng,"),
            ("E", "- Các ban đảng Trung ương,"),
            ("E", "- Các đồng chí Tỉnh ủy viên,"),
            ("E", "- Các đảng ủy trực thuộc Tỉnh ủy,"),
            ("E", "- Lưu Văn phòng Tỉnh ủy."),
            ("E", "T/M TỈNH ỦY"),
            ("E", "BÍ THƯ"),
            ("E", "Võ Ngọc Hiệp"),
        ],
    },
    {
        "id": "b18a-dong-xoai-mttq-bao-cao-nam",
        "source": "https://dongxoai.dongnai.gov.vn/vi/news/hoat-dong-cua-dang-uy-phuong/mttq-phuong-dong-xoai-phat-huy-suc-manh-dai-doan-ket-toan-dan-nhieu-ket-qua-noi-bat-trong-cong-tac-mat-tran-nam-2025-745.html",
        "style": "a ward Fatherland Front committee's year-end report with the next year's tasks (Ủy ban MTTQ Việt "
        "Nam phường Đồng Xoài, Đồng Nai after the merger with Bình Phước): three-line Front header with "
        "'BAN THƯỜNG TRỰC' over 'Số: …/BC-MTTQ-BTT', 'BÁO CÁO' over a sentence-case subject and a "
        "parenthesised '(Trình Hội nghị …)' line, one lead-in ending 'như sau:', then capital Roman parts "
        "'I.' … 'IV.' with a single '1.' level and '-' sub-items only: I four field headings (two "
        "continued by a paragraph, two over '-' items, one '-' item continued by a paragraph), II 'Ưu "
        "điểm' continued by a paragraph and 'Hạn chế, nguyên nhân' over '-' items, III five run-in '1.' "
        "tasks (the election task ending ':' over three '-' items, one continued by an assignment "
        "paragraph), IV two '1.' recommendations; 'Trên đây là …/.', 'Nơi nhận:' and 'TM. BAN THƯỜNG TRỰC "
        "/ CHỦ TỊCH'",
        "lines": [
            ("h", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM"),
            ("h", "PHƯỜNG ĐỒNG XOÀI"),
            ("h", "BAN THƯỜNG TRỰC"),
            ("h", "Số: 08/BC-MTTQ-BTT"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Đồng Xoài, ngày 12 tháng 01 năm 2026"),
            ("title", "BÁO CÁO"),
            ("h", "Kết quả công tác Mặt trận năm 2025; phương hướng, nhiệm vụ năm 2026"),
            ("h", "(Trình Hội nghị Ủy ban MTTQ Việt Nam phường lần thứ ba, khóa I, nhiệm kỳ 2025 - 2030)"),
            (
                "h",
                "Năm 2025, phường Đồng Xoài được thành lập trên cơ sở sắp xếp các phường thuộc thành phố Đồng "
                "Xoài (cũ) và trực thuộc tỉnh Đồng Nai từ ngày 01/7/2025. Trong điều kiện vừa kiện toàn tổ chức "
                "bộ máy, vừa triển khai nhiệm vụ, Ban Thường trực Ủy ban MTTQ Việt Nam phường báo cáo kết quả "
                "công tác Mặt trận năm 2025 và phương hướng, nhiệm vụ năm 2026 như sau:",
            ),
            ("S", "I", "KẾT QUẢ CÔNG TÁC MẶT TRẬN NĂM 2025", "I."),
            ("T", "1", "Công tác kiện toàn tổ chức, bộ máy sau sắp xếp", "1."),
            (
                "P",
                "Ngay sau khi phường mới đi vào hoạt động, Ban Thường trực đã ổn định tổ chức cơ quan, phân "
                "công nhiệm vụ cho các Phó Chủ tịch phụ trách khối đoàn thể; tổ chức thành công Đại hội đại "
                "biểu MTTQ Việt Nam phường lần thứ I, nhiệm kỳ 2025 - 2030 và kiện toàn 36 Ban Công tác Mặt "
                "trận khu phố.",
            ),
            ("T", "2", "Công tác tuyên truyền, vận động Nhân dân", "2."),
            (
                "C",
                "-",
                "Phối hợp tổ chức 214 cuộc tuyên truyền các chủ trương, nghị quyết của Đảng, chính sách, pháp "
                "luật của Nhà nước và các sự kiện chính trị quan trọng, thu hút trên 15.600 lượt người tham dự.",
                "-",
            ),
            (
                "C",
                "-",
                "Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số; 100% lãnh đạo MTTQ phường thực hiện ký "
                "số văn bản, các tổ chức thành viên sử dụng nền tảng “Mặt trận số” trong hoạt động.",
                "-",
            ),
            (
                "T",
                "3",
                "Công tác giám sát, phản biện xã hội; tham gia xây dựng Đảng, xây dựng chính quyền",
                "3.",
            ),
            (
                "P",
                "Thường xuyên tổng hợp, phản ánh ý kiến, kiến nghị của Nhân dân; phối hợp tổ chức 06 cuộc tiếp "
                "xúc cử tri của đại biểu Hội đồng nhân dân các cấp; tổ chức 02 cuộc giám sát chuyên đề về giải "
                "quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường; tham gia góp ý dự thảo "
                "các văn kiện trình Đại hội XIV của Đảng.",
            ),
            ("T", "4", "Thực hiện các cuộc vận động, phong trào thi đua", "4."),
            (
                "C",
                "-",
                "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” được triển khai sâu "
                "rộng; 34/36 khu phố được công nhận khu phố văn hóa.",
                "-",
            ),
            (
                "C",
                "-",
                "Vận động Quỹ “Vì người nghèo” được 1,26 tỷ đồng; hỗ trợ xây mới, sửa chữa 14 căn nhà Đại đoàn "
                "kết cho hộ nghèo, hộ có hoàn cảnh khó khăn.",
                "-",
            ),
            ("C", "-", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại 36/36 khu phố.", "-"),
            (
                "P",
                "Riêng khu phố Phú Cường được chọn tổ chức điểm cấp phường, có lãnh đạo Ủy ban MTTQ Việt Nam "
                "tỉnh về dự và trao quà cho các hộ gia đình chính sách.",
            ),
            ("S", "II", "ĐÁNH GIÁ CHUNG", "II."),
            ("T", "1", "Ưu điểm", "1."),
            (
                "P",
                "Công tác Mặt trận năm 2025 bám sát sự lãnh đạo của Đảng ủy phường, phối hợp chặt chẽ với chính "
                "quyền; các hoạt động được triển khai kịp thời, thiết thực, góp phần củng cố khối đại đoàn kết "
                "toàn dân tộc trong thời gian đầu vận hành chính quyền địa phương hai cấp.",
            ),
            ("T", "2", "Hạn chế, nguyên nhân", "2."),
            (
                "C",
                "-",
                "Hoạt động của một số Ban Công tác Mặt trận khu phố chưa đều; việc nắm bắt tâm tư, nguyện vọng "
                "của Nhân dân có lúc chưa kịp thời.",
                "-",
            ),
            (
                "C",
                "-",
                "Đội ngũ cán bộ cơ quan Mặt trận sau sắp xếp phần lớn mới nhận nhiệm vụ, kinh nghiệm công tác "
                "còn hạn chế; kinh phí hoạt động ở khu phố còn khó khăn.",
                "-",
            ),
            ("S", "III", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "III."),
            (
                "T",
                "1",
                "Tuyên truyền sâu rộng Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Nghị quyết "
                "Đại hội Đảng bộ tỉnh và Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030 đến các tầng lớp Nhân "
                "dân.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tham gia tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân "
                "dân các cấp nhiệm kỳ 2026 - 2031:",
                "2.",
            ),
            (
                "C",
                "-",
                "Tổ chức các hội nghị hiệp thương lần thứ hai, lần thứ ba đúng trình tự, thời gian luật định;",
                "-",
            ),
            (
                "C",
                "-",
                "Phối hợp tổ chức hội nghị lấy ý kiến nhận xét và tín nhiệm của cử tri nơi cư trú đối với người "
                "ứng cử;",
                "-",
            ),
            ("C", "-", "Vận động cử tri đi bầu cử đạt tỷ lệ trên 99% trong ngày 15/3/2026.", "-"),
            (
                "T",
                "3",
                "Nâng cao chất lượng giám sát, phản biện xã hội; tập trung giám sát việc giải quyết thủ tục "
                "hành chính, quản lý trật tự đô thị và việc thực hiện chính sách an sinh xã hội trên địa bàn.",
                "3.",
            ),
            (
                "T",
                "4",
                "Tiếp tục thực hiện hiệu quả các cuộc vận động, phong trào thi đua; phấn đấu vận động Quỹ “Vì "
                "người nghèo” đạt 1,3 tỷ đồng trở lên, hỗ trợ xây dựng 15 căn nhà Đại đoàn kết.",
                "4.",
            ),
            (
                "P",
                "Giao các Ban Công tác Mặt trận khu phố rà soát danh sách hộ nghèo, hộ có hoàn cảnh khó khăn về "
                "nhà ở, gửi về Ban Thường trực trước ngày 31/3/2026.",
            ),
            (
                "T",
                "5",
                "Đẩy mạnh chuyển đổi số trong hoạt động Mặt trận; duy trì ký số văn bản, cập nhật dữ liệu trên "
                "nền tảng “Mặt trận số” đầy đủ, kịp thời.",
                "5.",
            ),
            ("S", "IV", "ĐỀ XUẤT, KIẾN NGHỊ", "IV."),
            (
                "T",
                "1",
                "Đề nghị Đảng ủy phường tiếp tục quan tâm lãnh đạo, tạo điều kiện để Mặt trận và các tổ chức "
                "chính trị - xã hội hoàn thành nhiệm vụ năm 2026.",
                "1.",
            ),
            (
                "T",
                "2",
                "Đề nghị Ủy ban nhân dân phường bố trí kinh phí hỗ trợ hoạt động của các Ban Công tác Mặt trận "
                "khu phố và kinh phí phục vụ công tác bầu cử.",
                "2.",
            ),
            (
                "E",
                "Trên đây là báo cáo kết quả công tác Mặt trận năm 2025; phương hướng, nhiệm vụ năm 2026 của "
                "Ban Thường trực Ủy ban MTTQ Việt Nam phường Đồng Xoài./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Thường trực UBMTTQVN tỉnh (b/c);"),
            ("E", "- Thường trực Đảng ủy phường (b/c);"),
            ("E", "- HĐND, UBND phường;"),
            ("E", "- Các vị Ủy viên UBMTTQVN phường;"),
            ("E", "- Các Ban Công tác Mặt trận khu phố;"),
            ("E", "- Lưu: VT."),
            ("E", "TM. BAN THƯỜNG TRỰC"),
            ("E", "CHỦ TỊCH"),
            ("E", "Lê Thị Thu Hà"),
        ],
    },
    {
        "id": "b18a-duong-an-hdnd-xa-nghi-quyet",
        "source": "https://duongan.haiphong.gov.vn/tin-tuc-su-kien/hdnd-xa-duong-an-to-chuc-thanh-cong-ki-hop-thu-6-835499",
        "style": "a new commune People's Council's year-end resolution on the 2026 tasks (HĐND xã Đường An, Hải "
        "Phòng after the merger with Hải Dương): two-line council header, 'NGHỊ QUYẾT' over a "
        "sentence-case 'Về …' subject, the council and session lines, three 'Căn cứ …'/'Xét …' lines, "
        "'QUYẾT NGHỊ:' and an 'Điều 1. … như sau:' line, then the parts inside Điều 1 '1.' … '3.': 1 a "
        "single plain paragraph, 2 '-' targets with two typed on one line, 3 Vietnamese-lettered tasks "
        "'a)' 'b)' 'c)' 'd)' 'đ)' 'e)' 'g)' (b) ending 'tập trung:' over two '-' items, d) continued by a "
        "paragraph); closing 'Điều 2. Tổ chức thực hiện' with its own '1.' … '3.', 'Điều 3. Hiệu lực thi "
        "hành' and its './.' sentence, 'Nơi nhận:' and a bare 'CHỦ TỊCH'",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN"),
            ("h", "XÃ ĐƯỜNG AN"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 38/NQ-HĐND"),
            ("h", "Đường An, ngày 19 tháng 12 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "Về nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026"),
            ("h", "HỘI ĐỒNG NHÂN DÂN XÃ ĐƯỜNG AN"),
            ("h", "KHÓA I, KỲ HỌP THỨ SÁU"),
            ("h", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
            (
                "h",
                "Căn cứ Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã "
                "của thành phố Hải Phòng năm 2025;",
            ),
            (
                "h",
                "Xét Tờ trình số 96/TTr-UBND ngày 10 tháng 12 năm 2025 của Ủy ban nhân dân xã về nhiệm vụ phát "
                "triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2026; Báo cáo thẩm tra của Ban Kinh "
                "tế - Ngân sách Hội đồng nhân dân xã; ý kiến thảo luận của đại biểu Hội đồng nhân dân xã tại kỳ "
                "họp.",
            ),
            ("h", "QUYẾT NGHỊ:"),
            (
                "h",
                "Điều 1. Thông qua mục tiêu, các chỉ tiêu chủ yếu, nhiệm vụ và giải pháp phát triển kinh tế - "
                "xã hội, bảo đảm quốc phòng - an ninh năm 2026 của xã Đường An như sau:",
            ),
            ("S", "1", "Mục tiêu tổng quát", "1."),
            (
                "T",
                "1",
                "Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 "
                "- 2030. Phát huy lợi thế của xã sau sáp nhập các xã Thúc Kháng, Tân Hồng, Thái Minh và thôn "
                "Hoàng Sơn; phát triển nông nghiệp hàng hóa gắn với tiểu thủ công nghiệp, thương mại, dịch vụ; "
                "nâng cao đời sống vật chất, tinh thần của Nhân dân; xây dựng chính quyền gần dân, phục vụ Nhân "
                "dân; giữ vững quốc phòng - an ninh.",
                "",
            ),
            ("S", "2", "Các chỉ tiêu chủ yếu", "2."),
            ("T", "1", "Tổng giá trị sản xuất trên địa bàn tăng 9,5% trở lên so với năm 2025.", "-"),
            (
                "M",
                [
                    ("2", "Thu nhập bình quân đầu người đạt 78 triệu đồng/năm;"),
                    ("3", "Tổng thu ngân sách nhà nước trên địa bàn đạt 62,5 tỷ đồng."),
                ],
            ),
            (
                "T",
                "4",
                "Năng suất lúa bình quân đạt 65 tạ/ha; giá trị sản phẩm thu hoạch trên 01 ha đất canh tác đạt "
                "165 triệu đồng.",
                "-",
            ),
            (
                "T",
                "5",
                "Tỷ lệ hộ nghèo giảm còn dưới 0,6%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,5% trở lên.",
                "-",
            ),
            (
                "T",
                "6",
                "Giữ vững chuẩn xã nông thôn mới nâng cao; phấn đấu có thêm 02 thôn đạt chuẩn nông thôn mới "
                "kiểu mẫu.",
                "-",
            ),
            (
                "T",
                "7",
                "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến đạt 85% trở lên; hoàn thành 100% chỉ "
                "tiêu giao quân.",
                "-",
            ),
            ("S", "3", "Nhiệm vụ, giải pháp chủ yếu", "3."),
            (
                "T",
                "a",
                "Tập trung chỉ đạo sản xuất nông nghiệp theo hướng hàng hóa; mở rộng vùng lúa chất lượng cao, "
                "khuyến khích tích tụ ruộng đất, dồn điền đổi thửa tại các thôn thuộc xã Thái Minh (cũ).",
                "a)",
            ),
            (
                "T",
                "b",
                "Đẩy nhanh tiến độ thực hiện và giải ngân các công trình đầu tư công năm 2026, trong đó tập "
                "trung:",
                "b)",
            ),
            (
                "C",
                "-",
                "Hoàn thành cải tạo, nâng cấp tuyến đường trục xã nối thôn Hoàng Sơn với trung tâm xã;",
                "-",
            ),
            (
                "C",
                "-",
                "Xây dựng nhà lớp học Trường Mầm non Thúc Kháng; cải tạo điểm tiếp nhận hồ sơ thủ tục hành "
                "chính tại trụ sở xã Tân Hồng (cũ).",
                "-",
            ),
            (
                "T",
                "c",
                "Tăng cường quản lý đất đai, trật tự xây dựng, bảo vệ môi trường; xử lý dứt điểm các trường hợp "
                "lấn chiếm đất công, vi phạm hành lang giao thông, thủy lợi; nâng cao hiệu quả thu gom, xử lý "
                "rác thải sinh hoạt.",
                "c)",
            ),
            (
                "T",
                "d",
                "Quản lý, điều hành ngân sách chặt chẽ, tiết kiệm; tăng cường chống thất thu, nhất là thu từ hộ "
                "kinh doanh và tiền sử dụng đất.",
                "d)",
            ),
            (
                "P",
                "Rà soát, lập phương án sắp xếp, xử lý trụ sở, tài sản công dôi dư sau sắp xếp đơn vị hành "
                "chính, ưu tiên chuyển đổi công năng phục vụ giáo dục, y tế, văn hóa, thể thao; hoàn thành "
                "trong quý II/2026.",
            ),
            (
                "T",
                "đ",
                "Phát triển văn hóa - xã hội: nâng cao chất lượng giáo dục các cấp học; chăm sóc sức khỏe Nhân "
                "dân tại Trạm Y tế xã; thực hiện đầy đủ, kịp thời chính sách đối với người có công, đối tượng "
                "bảo trợ xã hội.",
                "đ)",
            ),
            (
                "T",
                "e",
                "Đẩy mạnh cải cách hành chính, chuyển đổi số; nâng cao chất lượng hoạt động của Trung tâm Phục "
                "vụ hành chính công xã; phối hợp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và "
                "đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.",
                "e)",
            ),
            (
                "T",
                "g",
                "Củng cố quốc phòng - an ninh; xây dựng lực lượng dân quân vững mạnh, rộng khắp; bảo đảm an "
                "ninh chính trị, trật tự an toàn xã hội, không để xảy ra điểm nóng trên địa bàn.",
                "g)",
            ),
            ("E", "Điều 2. Tổ chức thực hiện"),
            ("E", "1. Giao Ủy ban nhân dân xã tổ chức thực hiện Nghị quyết này."),
            (
                "E",
                "2. Giao Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các Tổ đại biểu và đại "
                "biểu Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết.",
            ),
            (
                "E",
                "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội tuyên truyền, "
                "vận động Nhân dân tích cực tham gia thực hiện Nghị quyết.",
            ),
            ("E", "Điều 3. Hiệu lực thi hành"),
            (
                "E",
                "Nghị quyết này đã được Hội đồng nhân dân xã Đường An khóa I, Kỳ họp thứ Sáu thông qua ngày 19 "
                "tháng 12 năm 2025 và có hiệu lực từ ngày thông qua./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thường trực HĐND, UBND thành phố;"),
            ("E", "- Thường trực Đảng ủy xã;"),
            ("E", "- Đại biểu HĐND xã;"),
            ("E", "- UBND, UBMTTQVN xã;"),
            ("E", "- Các cơ quan, đơn vị thuộc xã;"),
            ("E", "- Các thôn;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Nguyễn Thị Hạnh"),
        ],
    },
    {
        "id": "b18b-tkv-dang-uy-nghi-quyet",
        "source": "http://vinacomin.vn/dang-uy-tap-doan/nghi-quyet-so-19nqdu-cua-ban-thuong-vu-dang-uy-tap-doan-tkv-ve-tap-trung-lanh-dao-day-manh-201703031513535059.htm",
        "style": "a state group Party committee's Standing Committee resolution on a single topic (Nghị quyết "
        "19-NQ/ĐU of Đảng ủy Tập đoàn TKV on mechanisation, automation and computerisation): Party header "
        "with the bloc's name, '*' and 'Số 19-NQ/ĐU', 'NGHỊ QUYẾT' over an upper-case issuer line, a "
        "sentence-case 'về …' subject and a dashed rule, one context paragraph, then capital Roman parts "
        "'I.' … 'IV.': I of '1.' field tasks ('Công tác cơ giới hóa:' over '-' sub-items, the first over "
        "two '+' third-level lines; a run-in automation task; a computerisation heading over '-' items; a "
        "'Hạn chế và nguyên nhân' heading continued by two paragraphs), II of a short heading continued "
        "by a paragraph and a 'Mục tiêu cụ thể …:' heading over '-' targets, III of five '1.' tasks (one "
        "continued by a paragraph, one ending ':' over 'a)' 'b)' 'c)'), IV of '-' tasks with two typed on "
        "one line; a './.' dissemination sentence, 'Nơi nhận:' and 'T/M BAN THƯỜNG VỤ / BÍ THƯ'",
        "lines": [
            ("h", "ĐẢNG BỘ KHỐI DOANH NGHIỆP TRUNG ƯƠNG"),
            ("h", "ĐẢNG ỦY TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM"),
            ("h", "*"),
            ("h", "Số 19-NQ/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Hà Nội, ngày 02 tháng 3 năm 2017"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "CỦA BAN THƯỜNG VỤ ĐẢNG ỦY TẬP ĐOÀN"),
            (
                "h",
                "về tập trung lãnh đạo đẩy mạnh ứng dụng cơ giới hóa, tự động hóa, tin học hóa vào sản xuất và "
                "quản lý nhằm nâng cao hiệu quả sản xuất kinh doanh giai đoạn 2017 - 2020, tầm nhìn đến năm "
                "2030",
            ),
            ("h", "-----"),
            (
                "h",
                "Những năm qua, việc nghiên cứu, ứng dụng khoa học - công nghệ, nhất là cơ giới hóa, tự động "
                "hóa, tin học hóa (CGH, TĐH, THH) vào sản xuất kinh doanh và quản lý, điều hành luôn được Tập "
                "đoàn quan tâm; các dây chuyền công nghệ và mô hình quản lý từng bước được đổi mới, hoàn thiện, "
                "góp phần vào sự phát triển bền vững của Tập đoàn.",
            ),
            ("S", "I", "THỰC TRẠNG VÀ NGUYÊN NHÂN", "I."),
            ("T", "1", "Công tác cơ giới hóa:", "1."),
            (
                "C",
                "-",
                "Trong sản xuất than, khoáng sản: đã áp dụng nhiều công nghệ khai thác tiên tiến với thiết bị "
                "hiện đại, từng bước thay thế lao động thủ công nặng nhọc:",
                "-",
            ),
            (
                "P",
                "+ Khai thác lộ thiên: áp dụng hệ thống khai thác lớp xiên, lớp đứng; sử dụng máy xúc thủy lực "
                "gầu ngược dung tích 5 - 12 m3, ô tô tự đổ tải trọng 58 - 96 tấn;",
            ),
            (
                "P",
                "+ Khai thác hầm lò: đưa vào vận hành 09 lò chợ cơ giới hóa đồng bộ, 21 lò chợ sử dụng giá "
                "khung di động và giàn chống tự hành; đào lò bằng máy combai tại 14 đơn vị.",
            ),
            (
                "C",
                "-",
                "Trong sàng tuyển, chế biến và vận tải: hệ thống băng tải, máng cào được áp dụng rộng rãi, thay "
                "thế vận tải bằng ô tô qua khu dân cư; các nhà máy tuyển than được cải tạo, mở rộng công suất.",
                "-",
            ),
            (
                "T",
                "2",
                "Công tác tự động hóa: 100% mỏ hầm lò có khí nổ đã lắp đặt hệ thống giám sát khí mỏ tập trung; "
                "trạm quạt gió chính, trạm bơm thoát nước, tuyến băng tải chính được điều khiển tự động; các "
                "nhà máy nhiệt điện, tuyển than vận hành bằng hệ thống điều khiển phân tán (DCS).",
                "2.",
            ),
            ("T", "3", "Công tác tin học hóa:", "3."),
            (
                "C",
                "-",
                "Triển khai phần mềm quản trị tài nguyên, kế hoạch, tài chính - kế toán, văn phòng điện tử "
                "thống nhất từ Tập đoàn đến các đơn vị;",
                "-",
            ),
            (
                "C",
                "-",
                "Hệ thống hội nghị truyền hình, camera giám sát tại các cảng, kho than và khu vực sản xuất "
                "trọng điểm được đầu tư, kết nối về trung tâm điều hành của Tập đoàn.",
                "-",
            ),
            ("T", "4", "Hạn chế và nguyên nhân", "4."),
            (
                "P",
                "Mức độ CGH, TĐH, THH trong Tập đoàn chưa cao, chưa đồng đều; sản lượng than khai thác bằng lò "
                "chợ cơ giới hóa đồng bộ mới đạt khoảng 3,5% tổng sản lượng hầm lò; năng suất lao động còn thấp "
                "so với các nước trong khu vực; nhiều phần mềm quản lý chưa được kết nối, chia sẻ dữ liệu.",
            ),
            (
                "P",
                "Nguyên nhân chủ yếu là điều kiện địa chất phức tạp, vỉa mỏng, dốc; một số cấp ủy, người đứng "
                "đầu chưa nhận thức đầy đủ vai trò của CGH, TĐH, THH; nguồn vốn đầu tư hạn chế; đội ngũ cán bộ "
                "kỹ thuật, công nhân vận hành thiết bị hiện đại còn thiếu.",
            ),
            ("S", "II", "MỤC TIÊU", "II."),
            ("T", "1", "Mục tiêu chung", "1."),
            (
                "P",
                "Đẩy mạnh ứng dụng CGH, TĐH, THH vào tất cả các khâu sản xuất và quản lý, coi đây là khâu đột "
                "phá để tăng năng suất lao động, giảm tổn thất tài nguyên, giảm tai nạn lao động, nâng cao hiệu "
                "quả và năng lực cạnh tranh của Tập đoàn.",
            ),
            ("T", "2", "Mục tiêu cụ thể đến năm 2020:", "2."),
            (
                "C",
                "-",
                "Sản lượng than khai thác bằng công nghệ cơ giới hóa đồng bộ đạt trên 10% sản lượng hầm lò; "
                "100% lò chợ sử dụng vì chống thủy lực;",
                "-",
            ),
            (
                "C",
                "-",
                "Năng suất lao động bình quân toàn Tập đoàn tăng 6 - 8%/năm; số lao động trực tiếp tại các vị "
                "trí nặng nhọc, độc hại giảm 15% so với năm 2016;",
                "-",
            ),
            (
                "C",
                "-",
                "100% đơn vị trực thuộc sử dụng hệ thống quản trị doanh nghiệp (ERP) và văn phòng điện tử thống "
                "nhất trong toàn Tập đoàn.",
                "-",
            ),
            ("S", "III", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "III."),
            (
                "T",
                "1",
                "Nâng cao nhận thức, trách nhiệm của cấp ủy, người đứng đầu và cán bộ, đảng viên, người lao "
                "động về vai trò của CGH, TĐH, THH đối với sự phát triển bền vững của Tập đoàn.",
                "1.",
            ),
            (
                "P",
                "Đưa kết quả thực hiện CGH, TĐH, THH vào tiêu chí đánh giá, xếp loại tổ chức đảng, đảng viên và "
                "người đứng đầu hằng năm.",
            ),
            ("T", "2", "Rà soát, xây dựng lộ trình đầu tư phù hợp với điều kiện từng mỏ:", "2."),
            (
                "C",
                "a",
                "Ưu tiên đầu tư cơ giới hóa đồng bộ tại các mỏ hầm lò có điều kiện địa chất thuận lợi;",
                "a)",
            ),
            (
                "C",
                "b",
                "Nhân rộng các mô hình lò chợ giàn chống tự hành, máy đào lò đã áp dụng hiệu quả;",
                "b)",
            ),
            (
                "C",
                "c",
                "Hoàn thành hệ thống điều hành sản xuất tập trung tại các công ty than lớn trước năm 2019.",
                "c)",
            ),
            (
                "T",
                "3",
                "Đổi mới cơ chế quản lý, huy động các nguồn vốn cho đầu tư đổi mới công nghệ; có cơ chế khuyến "
                "khích các đơn vị chủ động nghiên cứu, ứng dụng thiết bị mới.",
                "3.",
            ),
            (
                "T",
                "4",
                "Đào tạo, phát triển nguồn nhân lực chất lượng cao, nhất là đội ngũ kỹ sư, công nhân vận hành, "
                "sửa chữa thiết bị cơ giới hóa, tự động hóa.",
                "4.",
            ),
            (
                "T",
                "5",
                "Đẩy mạnh hợp tác với các viện nghiên cứu, trường đại học và đối tác nước ngoài trong chuyển "
                "giao, làm chủ công nghệ; từng bước nội địa hóa thiết bị.",
                "5.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Các đảng ủy, chi bộ trực thuộc tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên; xây dựng "
                "chương trình hành động cụ thể, hoàn thành trước ngày 30/4/2017.",
                "-",
            ),
            (
                "M",
                [
                    ("2", "Ban Tuyên giáo Đảng ủy Tập đoàn chủ trì tuyên truyền Nghị quyết;"),
                    (
                        "3",
                        "Ủy ban Kiểm tra Đảng ủy Tập đoàn đưa nội dung vào chương trình giám sát hằng năm.",
                    ),
                ],
            ),
            (
                "T",
                "4",
                "Văn phòng Đảng ủy Tập đoàn theo dõi, tổng hợp, định kỳ hằng năm báo cáo Ban Thường vụ kết quả "
                "thực hiện Nghị quyết.",
                "-",
            ),
            ("E", "Nghị quyết này được phổ biến đến chi bộ và đảng viên./."),
            ("E", "Nơi nhận:"),
            ("E", "- Đảng ủy Khối DNTW (để b/c),"),
            ("E", "- Các đồng chí UV BCH Đảng bộ Tập đoàn,"),
            ("E", "- Các đảng bộ, chi bộ trực thuộc,"),
            ("E", "- Lưu VPĐU."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "BÍ THƯ"),
            ("E", "Lê Minh Chuẩn"),
        ],
    },
    {
        "id": "b18b-binh-duong-dang-uy-quan-su-bao-cao",
        "source": "https://baoquankhu7.vn/dang-uy-quan-su-tinh-binh-duong-nam-chac-tinh-hinh-kip-thoi-tham-muu-xu-ly-tot-cac-tinh-huong--137508210-0016170s34010gs?AspxAutoDetectCookieSupport=1",
        "style": "a provincial military Party committee's year report with next year's direction (Đảng ủy Quân sự "
        "tỉnh, after the military-zone news page; letterhead and body reconstructed): Party header under "
        "the military zone's Party organisation with '*' and 'Số …-BC/ĐU', 'BÁO CÁO' over a two-line "
        "sentence-case subject and a dashed rule, one lead-in paragraph, then capital Roman parts typed "
        "with a hyphen 'I-' … 'IV-': I of unlabelled run-in field paragraphs 'Về công tác …: …', two of "
        "them ending ':' over '-' sub-items; II of two plain paragraphs; III of tasks typed '1-' … '5-', "
        "the first a 'Chỉ tiêu phấn đấu:' heading over '-' targets, the second ending ':' over 'a)' 'b)', "
        "the third continued by a paragraph; IV of two '-' recommendations; 'Trên đây là …/.', 'Nơi "
        "nhận:' and 'T/M ĐẢNG ỦY / BÍ THƯ'",
        "lines": [
            ("h", "ĐẢNG BỘ QUÂN KHU 7"),
            ("h", "ĐẢNG ỦY QUÂN SỰ TỈNH BÌNH DƯƠNG"),
            ("h", "*"),
            ("h", "Số 386-BC/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Bình Dương, ngày 18 tháng 12 năm 2019"),
            ("title", "BÁO CÁO"),
            ("h", "Kết quả lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng năm 2019;"),
            ("h", "phương hướng, nhiệm vụ năm 2020"),
            ("h", "-----"),
            (
                "h",
                "Năm 2019, tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn tỉnh cơ bản ổn "
                "định, song tiềm ẩn nhiều yếu tố phức tạp, nhất là tại các khu công nghiệp tập trung đông công "
                "nhân. Quán triệt nghị quyết của Thường vụ Đảng ủy Quân khu và Tỉnh ủy, Đảng ủy Quân sự tỉnh đã "
                "lãnh đạo, chỉ đạo lực lượng vũ trang tỉnh nỗ lực vượt qua khó khăn, hoàn thành tốt nhiệm vụ "
                "quân sự, quốc phòng năm 2019, kết quả cụ thể như sau.",
            ),
            ("S", "I", "KẾT QUẢ LÃNH ĐẠO THỰC HIỆN NHIỆM VỤ NĂM 2019", "I-"),
            (
                "T",
                "1",
                "Về công tác nắm, dự báo tình hình và tham mưu: chủ động nắm chắc tình hình, kịp thời tham mưu "
                "cho Tỉnh ủy, Ủy ban nhân dân tỉnh xử lý tốt các tình huống về quốc phòng - an ninh, không để "
                "bị động, bất ngờ; phối hợp chặt chẽ với Công an tỉnh giữ vững an ninh chính trị, trật tự an "
                "toàn xã hội.",
                "",
            ),
            (
                "T",
                "2",
                "Về công tác huấn luyện, sẵn sàng chiến đấu: duy trì nghiêm chế độ trực sẵn sàng chiến đấu, "
                "trực phòng không; chất lượng huấn luyện có chuyển biến rõ nét, cụ thể:",
                "",
            ),
            (
                "C",
                "-",
                "Huấn luyện cán bộ, chiến sĩ và lực lượng dân quân tự vệ đạt 100% kế hoạch, kiểm tra 100% đạt "
                "yêu cầu, trong đó 76,4% khá, giỏi;",
                "-",
            ),
            (
                "C",
                "-",
                "Hoàn thành diễn tập khu vực phòng thủ thị xã Bến Cát, huyện Bắc Tân Uyên và diễn tập chiến đấu "
                "phòng thủ tại 16 xã, phường, thị trấn theo chỉ tiêu nghị quyết.",
                "-",
            ),
            (
                "T",
                "3",
                "Về công tác giáo dục quốc phòng - an ninh và xây dựng lực lượng: bồi dưỡng kiến thức quốc "
                "phòng - an ninh cho 2.146 cán bộ đối tượng 3, 4, đạt 100% kế hoạch; lực lượng dân quân tự vệ "
                "đạt 1,35% dân số; giao đủ 1.380 công dân nhập ngũ, đạt 100% chỉ tiêu.",
                "",
            ),
            (
                "T",
                "4",
                "Về công tác đảng, công tác chính trị: tổ chức học tập, quán triệt nghiêm túc các nghị quyết, "
                "chỉ thị của cấp trên; công tác xây dựng Đảng đạt nhiều kết quả:",
                "",
            ),
            (
                "C",
                "-",
                "Kết nạp 42 đảng viên mới, đạt 105% chỉ tiêu; 100% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ "
                "trở lên;",
                "-",
            ),
            (
                "C",
                "-",
                "Ủy ban Kiểm tra Đảng ủy Quân sự tỉnh kiểm tra 05 tổ chức đảng, giám sát 08 tổ chức đảng và 14 "
                "đảng viên; không có đảng viên vi phạm phải xử lý kỷ luật.",
                "-",
            ),
            (
                "T",
                "5",
                "Về công tác hậu cần, kỹ thuật: bảo đảm đầy đủ, kịp thời vật chất cho huấn luyện, diễn tập; "
                "tăng gia sản xuất đạt chỉ tiêu; quản lý chặt chẽ vũ khí, trang bị, không để xảy ra mất an "
                "toàn.",
                "",
            ),
            ("S", "II", "HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN", "II-"),
            (
                "T",
                "1",
                "Công tác tham mưu của một số cơ quan, đơn vị có lúc chưa chủ động; chất lượng huấn luyện lực "
                "lượng dự bị động viên chưa đồng đều; việc xây dựng lực lượng tự vệ trong doanh nghiệp ngoài "
                "nhà nước còn gặp nhiều khó khăn.",
                "",
            ),
            (
                "T",
                "2",
                "Nguyên nhân chủ yếu là nhiệm vụ nhiều, thời gian triển khai ngắn; một số cấp ủy, chỉ huy cơ sở "
                "chưa sâu sát; sự phối hợp giữa các cơ quan, đơn vị với doanh nghiệp chưa chặt chẽ.",
                "",
            ),
            ("S", "III", "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2020", "III-"),
            ("T", "1", "Chỉ tiêu phấn đấu:", "1-"),
            ("C", "-", "Luôn nắm chắc tình hình, xử lý tốt các tình huống, không để bị động, bất ngờ;", "-"),
            (
                "C",
                "-",
                "Bồi dưỡng kiến thức quốc phòng - an ninh cho các đối tượng, quân số tham gia đạt 100% kế "
                "hoạch;",
                "-",
            ),
            ("C", "-", "Tuyển chọn và gọi công dân nhập ngũ đạt 100% chỉ tiêu, bảo đảm chất lượng;", "-"),
            (
                "C",
                "-",
                "100% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, trong đó trên 70% hoàn thành xuất sắc "
                "nhiệm vụ.",
                "-",
            ),
            (
                "T",
                "2",
                "Lãnh đạo tổ chức thành công đại hội đảng bộ các cấp, tiến tới Đại hội đại biểu Đảng bộ Quân sự "
                "tỉnh nhiệm kỳ 2020 - 2025:",
                "2-",
            ),
            ("C", "a", "Đại hội chi bộ, đảng bộ cơ sở hoàn thành trong quý I/2020;", "a)"),
            (
                "C",
                "b",
                "Đại hội đại biểu Đảng bộ Quân sự tỉnh hoàn thành trước ngày 30/6/2020, bảo đảm đúng quy định, "
                "an toàn, tiết kiệm.",
                "b)",
            ),
            (
                "T",
                "3",
                "Nâng cao chất lượng tham mưu cho cấp ủy, chính quyền địa phương về quốc phòng, quân sự địa "
                "phương; xây dựng khu vực phòng thủ tỉnh ngày càng vững chắc.",
                "3-",
            ),
            (
                "P",
                "Chỉ đạo Ban Chỉ huy Quân sự thị xã Tân Uyên và huyện Phú Giáo tổ chức diễn tập khu vực phòng "
                "thủ năm 2020 đạt loại khá trở lên.",
            ),
            (
                "T",
                "4",
                "Duy trì nghiêm chế độ trực sẵn sàng chiến đấu; nâng cao chất lượng huấn luyện, xây dựng chính "
                "quy, quản lý kỷ luật; bảo đảm an toàn tuyệt đối về người, vũ khí, trang bị.",
                "4-",
            ),
            (
                "T",
                "5",
                "Đẩy mạnh công tác đảng, công tác chính trị; tăng cường kiểm tra, giám sát; xây dựng Đảng bộ "
                "Quân sự tỉnh trong sạch, vững mạnh tiêu biểu.",
                "5-",
            ),
            ("S", "IV", "ĐỀ XUẤT, KIẾN NGHỊ", "IV-"),
            (
                "T",
                "1",
                "Đề nghị Thường vụ Đảng ủy Quân khu quan tâm bổ sung trang bị huấn luyện cho lực lượng dân quân "
                "tự vệ tại các khu công nghiệp.",
                "-",
            ),
            (
                "T",
                "2",
                "Đề nghị Tỉnh ủy, Ủy ban nhân dân tỉnh bố trí kinh phí xây dựng các công trình trong khu vực "
                "phòng thủ năm 2020.",
                "-",
            ),
            (
                "E",
                "Trên đây là báo cáo kết quả lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng năm 2019 và phương "
                "hướng, nhiệm vụ năm 2020 của Đảng ủy Quân sự tỉnh./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thường vụ Đảng ủy Quân khu 7,"),
            ("E", "- Thường trực Tỉnh ủy,"),
            ("E", "- Các đồng chí Đảng ủy viên,"),
            ("E", "- Lưu VP, CTĐ."),
            ("E", "T/M ĐẢNG ỦY"),
            ("E", "BÍ THƯ"),
            ("E", "Trần Văn Nam"),
        ],
    },
    {
        "id": "b18b-khoi-ccq-tw-ubkt-ke-hoach",
        "source": "http://ubkttw.vn/web/guest/hoat-dong-cua-ubkt-cac-cap/-/view_content/content/224537/ubkt-%C4%91ang-uy-khoi-cac-co-quan-trung-uong-xay-dung-ke-hoach-ky-niem-70-nam-ngay-truyen-thong-nganh-kiem-tra-%C4%91ang-va-70-nam-ngay-truyen-thong-%C4%91ang-bo-kh",
        "style": "a plan of the inspection commission of a bloc Party committee (Ủy ban Kiểm tra Đảng ủy Khối các "
        "cơ quan Trung ương) for the 70th anniversary of the Party inspection sector and of the bloc's "
        "Party organisation, after the news page listing its contents: Party header with '*' and 'Số "
        "…-KH/UBKT', 'KẾ HOẠCH' over a sentence-case subject and a dashed rule, one 'Thực hiện … như "
        "sau:' lead-in, then capital Roman parts 'I.' … 'III.' with a single '1.' task level and '-' "
        "sub-items only: I of three '1.' aims, II of five short '1.' activity headings, four over '-' "
        "sub-items and one continued by a time-and-place paragraph, III of three '1.' assignments, one "
        "continued by a paragraph; 'Trên đây là …/.', 'Nơi nhận:' and 'T/M ỦY BAN KIỂM TRA / CHỦ NHIỆM'",
        "lines": [
            ("h", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG"),
            ("h", "ỦY BAN KIỂM TRA"),
            ("h", "*"),
            ("h", "Số 52-KH/UBKT"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Hà Nội, ngày 20 tháng 6 năm 2018"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "Tổ chức kỷ niệm 70 năm Ngày truyền thống Ngành Kiểm tra Đảng (16/10/1948 - 16/10/2018) và 70 "
                "năm Ngày truyền thống Đảng bộ Khối các cơ quan Trung ương (07/11/1948 - 07/11/2018)",
            ),
            ("h", "-----"),
            (
                "h",
                "Thực hiện Hướng dẫn số 12-HD/UBKTTW ngày 25/5/2018 của Ủy ban Kiểm tra Trung ương và Kế hoạch "
                "số 86-KH/ĐUK ngày 08/6/2018 của Ban Thường vụ Đảng ủy Khối về tổ chức các hoạt động kỷ niệm, "
                "Ủy ban Kiểm tra Đảng ủy Khối xây dựng Kế hoạch tổ chức kỷ niệm như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Tuyên truyền sâu rộng truyền thống 70 năm xây dựng và trưởng thành của Ngành Kiểm tra Đảng và "
                "của Đảng bộ Khối các cơ quan Trung ương; giáo dục, bồi dưỡng lòng tự hào, ý thức trách nhiệm "
                "của cán bộ, đảng viên làm công tác kiểm tra.",
                "1.",
            ),
            (
                "T",
                "2",
                "Động viên cán bộ, đảng viên, công chức cơ quan ủy ban kiểm tra các cấp trong Đảng bộ Khối thi "
                "đua hoàn thành xuất sắc nhiệm vụ kiểm tra, giám sát và thi hành kỷ luật đảng năm 2018.",
                "2.",
            ),
            (
                "T",
                "3",
                "Các hoạt động kỷ niệm được tổ chức trang trọng, thiết thực, tiết kiệm, phù hợp với điều kiện "
                "của từng đảng bộ, tránh phô trương, hình thức.",
                "3.",
            ),
            ("S", "II", "NỘI DUNG, HÌNH THỨC KỶ NIỆM", "II."),
            ("T", "1", "Tuyên truyền và phát động thi đua lập thành tích chào mừng", "1."),
            (
                "C",
                "-",
                "Đăng tải tin, bài về truyền thống Ngành Kiểm tra Đảng và Đảng bộ Khối trên Tạp chí Sinh hoạt "
                "lý luận, Trang thông tin điện tử Đảng ủy Khối;",
                "-",
            ),
            (
                "C",
                "-",
                "Phát động đợt thi đua cao điểm từ tháng 7 đến tháng 10/2018 trong ủy ban kiểm tra các đảng ủy "
                "trực thuộc.",
                "-",
            ),
            ("T", "2", "Tọa đàm, gặp mặt cán bộ làm công tác kiểm tra qua các thời kỳ", "2."),
            (
                "P",
                "Thời gian, địa điểm: dự kiến ngày 12/10/2018, tại Hội trường Đảng ủy Khối, số 1 Hoàng Văn Thụ, "
                "Hà Nội; thành phần gồm nguyên lãnh đạo Ủy ban Kiểm tra Đảng ủy Khối qua các thời kỳ và đại "
                "diện ủy ban kiểm tra các đảng ủy trực thuộc.",
            ),
            ("T", "3", "Hoạt động về nguồn, an sinh xã hội", "3."),
            (
                "C",
                "-",
                "Dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Khu di tích Tân Trào (Tuyên Quang) và ATK Định "
                "Hóa (Thái Nguyên);",
                "-",
            ),
            (
                "C",
                "-",
                "Trao 60 suất quà cho gia đình chính sách, học sinh nghèo vượt khó tại hai địa phương.",
                "-",
            ),
            ("T", "4", "Sưu tầm tư liệu, sinh hoạt chuyên đề", "4."),
            (
                "C",
                "-",
                "Sưu tầm, bổ sung tư liệu, hình ảnh về truyền thống 70 năm Ngành Kiểm tra Đảng của Đảng bộ "
                "Khối;",
                "-",
            ),
            (
                "C",
                "-",
                "Các chi bộ tổ chức sinh hoạt chuyên đề về công tác kiểm tra, giám sát của Đảng trong tháng 9 "
                "và tháng 10/2018.",
                "-",
            ),
            ("T", "5", "Công tác khen thưởng", "5."),
            (
                "C",
                "-",
                "Đề nghị khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác kiểm tra, giám "
                "sát giai đoạn 2013 - 2018;",
                "-",
            ),
            (
                "C",
                "-",
                "Đề nghị tặng Kỷ niệm chương “Vì sự nghiệp kiểm tra của Đảng” và Kỷ niệm chương “Vì sự nghiệp "
                "xây dựng Đảng bộ Khối các cơ quan Trung ương” cho cán bộ đủ tiêu chuẩn.",
                "-",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Giao Văn phòng Ủy ban Kiểm tra chủ trì, phối hợp với Văn phòng Đảng ủy Khối chuẩn bị nội dung, "
                "chương trình, tài liệu và các điều kiện bảo đảm cho các hoạt động kỷ niệm.",
                "1.",
            ),
            (
                "T",
                "2",
                "Ủy ban kiểm tra các đảng ủy trực thuộc căn cứ Kế hoạch này tổ chức các hoạt động kỷ niệm phù "
                "hợp với tình hình của đảng bộ; báo cáo kết quả về Ủy ban Kiểm tra Đảng ủy Khối trước ngày "
                "15/11/2018.",
                "2.",
            ),
            (
                "P",
                "Đồng thời đôn đốc, hướng dẫn ủy ban kiểm tra cấp dưới triển khai thực hiện, bảo đảm đúng tiến "
                "độ.",
            ),
            (
                "T",
                "3",
                "Kinh phí tổ chức các hoạt động kỷ niệm thực hiện theo dự toán được Thường trực Đảng ủy Khối "
                "phê duyệt và các nguồn hỗ trợ hợp pháp khác.",
                "3.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch tổ chức kỷ niệm 70 năm Ngày truyền thống Ngành Kiểm tra Đảng và 70 năm "
                "Ngày truyền thống Đảng bộ Khối của Ủy ban Kiểm tra Đảng ủy Khối./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ủy ban Kiểm tra Trung ương (để b/c),"),
            ("E", "- Thường trực Đảng ủy Khối (để b/c),"),
            ("E", "- UBKT các đảng ủy trực thuộc,"),
            ("E", "- Lưu VP UBKT."),
            ("E", "T/M ỦY BAN KIỂM TRA"),
            ("E", "CHỦ NHIỆM"),
            ("E", "Trần Văn Hòa"),
        ],
    },
    {
        "id": "b18c-vinh-ha-ubnd-xa-ke-hoach-giam-ngheo",
        "source": "https://vinhha.thuathienhue.gov.vn/?cn=91&gd=4&tc=11684",
        "style": "a commune People's Committee's year plan for the national poverty-reduction programme (xã Vinh "
        "Hà, 2024): two-line state header over 'Số: …/KH-UBND', 'KẾ HOẠCH' over a sentence-case subject, "
        "one long 'Căn cứ …' lead-in ending 'như sau:', then capital Roman parts 'I.' … 'IV.': I a run-in "
        "'1. Mục tiêu chung: …' task and a bare '2. Chỉ tiêu' heading over '-' targets; II a '1.' heading "
        "continued by a paragraph, a '2.' task ending ':' over '-' sub-items each naming a project in "
        "brackets ('(Dự án 2)'), the last continued by a paragraph, and two run-on '1.' tasks, the last "
        "over '-' sub-items; III two '1.' funding sources; IV '1.' assignments run in after the office "
        "named ('Công chức …:'), the first over '-' sub-items; 'Trên đây là …/.', 'Nơi nhận:' and 'TM. ỦY "
        "BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "XÃ VINH HÀ"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 09/KH-UBND"),
            ("h", "Vinh Hà, ngày 16 tháng 01 năm 2024"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024 trên địa bàn xã Vinh Hà",
            ),
            (
                "h",
                "Căn cứ Kế hoạch số 273/KH-UBND ngày 19/12/2023 của UBND huyện Phú Vang về thực hiện Chương "
                "trình mục tiêu quốc gia giảm nghèo bền vững năm 2024 trên địa bàn huyện; Nghị quyết số "
                "89-NQ/ĐU ngày 22/12/2023 của Đảng ủy xã Vinh Hà về nhiệm vụ phát triển kinh tế - xã hội năm "
                "2024; Nghị quyết số 14/NQ-HĐND ngày 29/12/2023 của Hội đồng nhân dân xã về nhiệm vụ phát triển "
                "kinh tế - xã hội năm 2024, Ủy ban nhân dân xã ban hành Kế hoạch thực hiện Chương trình mục "
                "tiêu quốc gia giảm nghèo bền vững năm 2024 trên địa bàn xã như sau:",
            ),
            ("S", "I", "MỤC TIÊU, CHỈ TIÊU", "I."),
            (
                "T",
                "1",
                "Mục tiêu chung: Thực hiện giảm nghèo đa chiều, bao trùm, bền vững; hạn chế tái nghèo và phát "
                "sinh nghèo mới; hỗ trợ người nghèo vượt lên mức sống tối thiểu, tiếp cận đầy đủ các dịch vụ xã "
                "hội cơ bản; chú trọng đào tạo nghề gắn với việc làm bền vững, huy động nguồn lực hỗ trợ nhà ở "
                "cho người nghèo.",
                "1.",
            ),
            ("T", "2", "Chỉ tiêu", "2."),
            (
                "C",
                "-",
                "Phấn đấu giảm tỷ lệ hộ nghèo trên địa bàn xã từ 5,2% xuống còn 3,5% (tương đương giảm 46 hộ) "
                "vào cuối năm 2024; giảm ít nhất 20 hộ cận nghèo.",
                "-",
            ),
            (
                "C",
                "-",
                "Bảo đảm nguồn vốn cho vay đối với 100% hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo đủ điều "
                "kiện, có nhu cầu vay vốn phát triển sản xuất, kinh doanh.",
                "-",
            ),
            (
                "C",
                "-",
                "100% người nghèo trong độ tuổi lao động có nhu cầu học nghề được hỗ trợ đào tạo nghề, tư vấn "
                "và giới thiệu việc làm.",
                "-",
            ),
            (
                "C",
                "-",
                "Bảo đảm 100% người thuộc hộ nghèo, hộ cận nghèo được cấp thẻ bảo hiểm y tế; 100% học sinh "
                "thuộc hộ nghèo được miễn, giảm học phí và hỗ trợ chi phí học tập theo quy định.",
                "-",
            ),
            ("S", "II", "NHIỆM VỤ, GIẢI PHÁP", "II."),
            ("T", "1", "Công tác tuyên truyền, nâng cao nhận thức", "1."),
            (
                "P",
                "Đẩy mạnh tuyên truyền trên hệ thống truyền thanh xã, tại các buổi sinh hoạt thôn, chi hội về "
                "chủ trương, chính sách giảm nghèo; khơi dậy ý chí tự lực, tự cường của hộ nghèo, khắc phục tư "
                "tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước, không muốn thoát nghèo.",
            ),
            ("T", "2", "Triển khai các dự án, tiểu dự án thuộc Chương trình trên địa bàn xã:", "2."),
            (
                "C",
                "-",
                "Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo (Dự án 2): xây dựng 01 mô hình nuôi gà thả "
                "vườn và 01 mô hình trồng rau an toàn tại thôn Lương Viện, hỗ trợ cho 15 hộ nghèo, hộ cận nghèo "
                "tham gia;",
                "-",
            ),
            (
                "C",
                "-",
                "Phát triển giáo dục nghề nghiệp, việc làm bền vững (Dự án 4): phối hợp Trung tâm Giáo dục nghề "
                "nghiệp - Giáo dục thường xuyên huyện mở 01 lớp sơ cấp nghề may công nghiệp cho 30 lao động;",
                "-",
            ),
            (
                "C",
                "-",
                "Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo (Dự án 5): hỗ trợ xây mới 04 nhà, sửa chữa 03 nhà cho "
                "hộ nghèo, hộ cận nghèo có khó khăn về nhà ở.",
                "-",
            ),
            (
                "P",
                "Ưu tiên hộ có thành viên là người cao tuổi, người khuyết tật, hộ thuộc diện bảo trợ xã hội; "
                "phấn đấu hoàn thành, bàn giao nhà cho các hộ trước ngày 30/9/2024.",
            ),
            (
                "T",
                "3",
                "Thực hiện đầy đủ, kịp thời, đúng đối tượng các chính sách hỗ trợ giảm nghèo: tín dụng ưu đãi, "
                "bảo hiểm y tế, miễn giảm học phí, trợ giúp pháp lý, hỗ trợ tiền điện cho hộ nghèo và hộ chính "
                "sách xã hội.",
                "3.",
            ),
            (
                "T",
                "4",
                "Huy động các nguồn lực xã hội hóa cho công tác giảm nghèo; phân công cán bộ, công chức, các "
                "ban, ngành, đoàn thể giúp đỡ hộ nghèo có khả năng thoát nghèo trong năm 2024:",
                "4.",
            ),
            (
                "C",
                "-",
                "Mỗi đoàn thể chính trị - xã hội xã nhận giúp đỡ ít nhất 02 hộ nghèo; mỗi cán bộ, công chức "
                "theo dõi, kèm cặp 01 hộ;",
                "-",
            ),
            (
                "C",
                "-",
                "Vận động Quỹ “Vì người nghèo” xã đạt từ 60 triệu đồng trở lên, ưu tiên hỗ trợ sinh kế và sửa "
                "chữa nhà ở.",
                "-",
            ),
            ("S", "III", "KINH PHÍ THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững được UBND huyện phân bổ năm 2024 "
                "và vốn tín dụng chính sách của Ngân hàng Chính sách xã hội huyện ủy thác qua các hội, đoàn "
                "thể.",
                "1.",
            ),
            (
                "T",
                "2",
                "Nguồn ngân sách xã bố trí trong dự toán năm 2024, Quỹ “Vì người nghèo” xã và các nguồn vận "
                "động xã hội hóa hợp pháp khác.",
                "2.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            ("T", "1", "Công chức Văn hóa - Xã hội (phụ trách lao động - thương binh và xã hội):", "1."),
            (
                "C",
                "-",
                "Là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch; hướng dẫn các thôn lập danh sách "
                "hộ nghèo, hộ cận nghèo đăng ký thoát nghèo năm 2024;",
                "-",
            ),
            (
                "C",
                "-",
                "Phối hợp thực hiện rà soát hộ nghèo, hộ cận nghèo cuối năm 2024 đúng quy trình, công khai, "
                "minh bạch;",
                "-",
            ),
            (
                "C",
                "-",
                "Tổng hợp, báo cáo kết quả thực hiện về UBND huyện (qua Phòng Lao động - Thương binh và Xã hội) "
                "định kỳ 6 tháng, năm.",
                "-",
            ),
            (
                "T",
                "2",
                "Công chức Tài chính - Kế toán: Tham mưu bố trí, quản lý, thanh quyết toán kinh phí thực hiện "
                "Chương trình đúng quy định.",
                "2.",
            ),
            (
                "T",
                "3",
                "Công chức Địa chính - Nông nghiệp: Hướng dẫn kỹ thuật, theo dõi các mô hình sinh kế; phối hợp "
                "xác nhận đất ở cho các hộ được hỗ trợ nhà ở.",
                "3.",
            ),
            (
                "T",
                "4",
                "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội tăng cường vận động, giám "
                "sát việc thực hiện chính sách giảm nghèo; phối hợp nhận ủy thác vốn vay ưu đãi.",
                "4.",
            ),
            (
                "T",
                "5",
                "Trưởng các thôn: Phối hợp tổ chức bình xét, giới thiệu hộ được thụ hưởng chính sách; theo dõi, "
                "nắm chắc tình hình hộ nghèo, hộ cận nghèo trên địa bàn thôn.",
                "5.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024 "
                "trên địa bàn xã Vinh Hà. Yêu cầu các ban, ngành, đoàn thể, các thôn nghiêm túc triển khai thực "
                "hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Phòng LĐ-TB&XH huyện (b/c);"),
            ("E", "- TT Đảng ủy, TT HĐND xã;"),
            ("E", "- CT, các PCT UBND xã;"),
            ("E", "- UBMTTQVN và các đoàn thể xã;"),
            ("E", "- Các thôn;"),
            ("E", "- Lưu: VT."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Nguyễn Thị Thanh Hương"),
        ],
    },
    {
        "id": "b18c-phong-binh-thcs-ke-hoach-y-te-truong-hoc",
        "source": "http://thcs-pbinh.phongdien.thuathienhue.edu.vn/ke-hoach/ke-hoach-nam/kh-nam-to-chuyen-mon/kh-nam-y-te/ke-hoach-cua-y-te-nam-2023.html",
        "style": "a lower-secondary school's school-health plan for the school year (Trường THCS Phong Bình, "
        "2023-2024), drawn up by the school nurse: district education office and school header with an "
        "unfilled 'Số: …/KH-THCS-YT', 'KẾ HOẠCH' over a two-line subject, five 'Căn cứ …' lines, the last "
        "run on into the 'Bộ phận y tế … như sau:' lead-in; capital Roman parts typed with a trailing "
        "colon ('I. TÌNH HÌNH CHUNG:'): I of three '1.' headings over '-' sub-items, II of bare '-' aims, "
        "III of five '1.' headings ending ':', four over '-' sub-items and one run in and continued by a "
        "paragraph, IV of unlabelled month paragraphs ('Tháng 9, 10/2023: …'); a './.' sentence, 'Nơi "
        "nhận:' and two signature captions (the principal's approval and the plan's author)",
        "lines": [
            ("h", "PHÒNG GD&ĐT PHONG ĐIỀN"),
            ("h", "TRƯỜNG THCS PHONG BÌNH"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: …/KH-THCS-YT"),
            ("h", "Phong Bình, ngày 05 tháng 10 năm 2023"),
            ("title", "KẾ HOẠCH"),
            ("h", "THỰC HIỆN CÔNG TÁC Y TẾ TRƯỜNG HỌC"),
            ("h", "Năm học 2023-2024"),
            (
                "h",
                "Căn cứ Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT ngày 12/5/2016 của Bộ Y tế, Bộ Giáo dục và "
                "Đào tạo quy định về công tác y tế trường học;",
            ),
            (
                "h",
                "Căn cứ Quyết định số 3288/QĐ-BGDĐT ngày 23/11/2020 của Bộ Giáo dục và Đào tạo hướng dẫn về "
                "công tác y tế trường học;",
            ),
            (
                "h",
                "Căn cứ Công văn số 2844/SGDĐT-GDTX-CN&CTTT-CTHS ngày 03/10/2023 của Sở Giáo dục và Đào tạo "
                "tỉnh Thừa Thiên Huế về việc hướng dẫn triển khai nhiệm vụ y tế trường học năm học 2023-2024;",
            ),
            (
                "h",
                "Căn cứ Công văn số 402/PGDĐT-HĐNG ngày 05/10/2023 của Phòng GD&ĐT Phong Điền về việc hướng dẫn "
                "triển khai nhiệm vụ y tế học đường năm học 2023-2024;",
            ),
            (
                "h",
                "Căn cứ Kế hoạch số 38/KH-THCSPB ngày 05/10/2023 về thực hiện nhiệm vụ giáo dục năm học "
                "2023-2024 của trường THCS Phong Bình, bộ phận y tế xây dựng kế hoạch thực hiện công tác y tế "
                "trường học năm học 2023-2024 với các nội dung cụ thể như sau:",
            ),
            ("S", "I", "TÌNH HÌNH CHUNG", "I."),
            ("T", "1", "Đặc điểm chung của nhà trường:", "1."),
            ("C", "-", "Số lớp: 12 lớp; số học sinh: 407 em (nữ 196 em).", "-"),
            (
                "C",
                "-",
                "Số CB, GV, NV: 35 người (02 cán bộ quản lý, 27 giáo viên, 06 nhân viên), trong đó có 01 nhân "
                "viên y tế trình độ y sĩ đa khoa.",
                "-",
            ),
            ("T", "2", "Thuận lợi:", "2."),
            (
                "C",
                "-",
                "Được sự quan tâm chỉ đạo của Ban giám hiệu, sự phối hợp chặt chẽ của Trạm Y tế xã Phong Bình "
                "trong khám sức khỏe, tiêm chủng và phòng chống dịch bệnh.",
                "-",
            ),
            (
                "C",
                "-",
                "Nhà trường có phòng y tế riêng, được trang bị giường bệnh, tủ thuốc và dụng cụ sơ cấp cứu ban "
                "đầu theo quy định.",
                "-",
            ),
            ("T", "3", "Khó khăn:", "3."),
            (
                "C",
                "-",
                "Nhiều học sinh ở xa trường, gia đình làm nông, điều kiện kinh tế còn khó khăn nên việc chăm "
                "sóc sức khỏe, dinh dưỡng cho các em chưa được quan tâm đúng mức.",
                "-",
            ),
            (
                "C",
                "-",
                "Kinh phí dành cho công tác y tế trường học còn hạn chế; nhân viên y tế còn kiêm nhiệm thêm "
                "công tác văn thư.",
                "-",
            ),
            ("S", "II", "MỤC TIÊU", "II."),
            (
                "T",
                "1",
                "Quản lý, theo dõi và chăm sóc sức khỏe ban đầu cho 100% học sinh và CB, GV, NV; phát hiện sớm "
                "và phối hợp điều trị các bệnh học đường.",
                "-",
            ),
            ("T", "2", "Phấn đấu 100% học sinh tham gia bảo hiểm y tế trước ngày 31/12/2023.", "-"),
            (
                "T",
                "3",
                "Bảo đảm vệ sinh trường học, vệ sinh môi trường; không để xảy ra dịch bệnh, ngộ độc thực phẩm "
                "và tai nạn thương tích nghiêm trọng trong nhà trường.",
                "-",
            ),
            ("S", "III", "NỘI DUNG VÀ BIỆN PHÁP THỰC HIỆN", "III."),
            ("T", "1", "Công tác quản lý, chăm sóc sức khỏe học sinh:", "1."),
            (
                "C",
                "-",
                "Phối hợp Trạm Y tế xã tổ chức khám sức khỏe đầu năm cho học sinh; đo chiều cao, cân nặng, "
                "huyết áp, kiểm tra thị lực, cột sống và lập hồ sơ theo dõi sức khỏe từng em.",
                "-",
            ),
            (
                "C",
                "-",
                "Thông báo kết quả khám sức khỏe đến cha mẹ học sinh; tư vấn, hướng dẫn điều trị đối với các "
                "trường hợp mắc bệnh cận thị, cong vẹo cột sống, sâu răng.",
                "-",
            ),
            ("T", "2", "Công tác truyền thông, giáo dục sức khỏe:", "2."),
            (
                "C",
                "-",
                "Lồng ghép nội dung giáo dục sức khỏe vào tiết sinh hoạt dưới cờ, sinh hoạt lớp; phát thanh "
                "măng non mỗi tháng 01 chủ đề về phòng bệnh.",
                "-",
            ),
            (
                "C",
                "-",
                "Tổ chức 02 buổi ngoại khóa về phòng, chống tác hại của thuốc lá điện tử và chăm sóc sức khỏe "
                "sinh sản vị thành niên cho học sinh khối 8, 9.",
                "-",
            ),
            (
                "T",
                "3",
                "Bảo hiểm y tế học sinh: Phối hợp giáo viên chủ nhiệm tuyên truyền, vận động cha mẹ học sinh "
                "tham gia bảo hiểm y tế cho con em; lập danh sách, thu nộp và cấp thẻ đúng thời gian quy định.",
                "3.",
            ),
            (
                "P",
                "Đối với học sinh thuộc hộ cận nghèo, hộ có hoàn cảnh khó khăn, phối hợp Ban đại diện cha mẹ "
                "học sinh và Hội Chữ thập đỏ xã vận động hỗ trợ kinh phí mua thẻ bảo hiểm y tế.",
            ),
            ("T", "4", "Vệ sinh trường học, vệ sinh an toàn thực phẩm:", "4."),
            (
                "C",
                "-",
                "Kiểm tra thường xuyên việc vệ sinh lớp học, nhà vệ sinh, nguồn nước uống; tổ chức tổng vệ sinh "
                "toàn trường vào chiều thứ Sáu cuối mỗi tháng.",
                "-",
            ),
            (
                "C",
                "-",
                "Phối hợp kiểm tra căng tin, không để bán thực phẩm không rõ nguồn gốc, quá hạn sử dụng trong "
                "khu vực trường.",
                "-",
            ),
            ("T", "5", "Phòng, chống dịch bệnh và tai nạn thương tích:", "5."),
            (
                "C",
                "-",
                "Theo dõi, phát hiện sớm các trường hợp sốt xuất huyết, tay chân miệng, thủy đậu, đau mắt đỏ; "
                "báo cáo kịp thời về Trạm Y tế xã và Ban giám hiệu.",
                "-",
            ),
            (
                "C",
                "-",
                "Bổ sung cơ số thuốc, dụng cụ sơ cấp cứu; sơ cứu kịp thời các trường hợp tai nạn, ốm đau tại "
                "trường trước khi chuyển tuyến.",
                "-",
            ),
            ("S", "IV", "KẾ HOẠCH CỤ THỂ", "IV."),
            (
                "T",
                "1",
                "Tháng 9, 10/2023: Xây dựng kế hoạch; kiểm tra, bổ sung tủ thuốc; khám sức khỏe đầu năm và "
                "triển khai thu bảo hiểm y tế học sinh.",
                "",
            ),
            (
                "T",
                "2",
                "Tháng 11, 12/2023: Hoàn thành cấp thẻ bảo hiểm y tế; truyền thông phòng chống sốt xuất huyết, "
                "bệnh đường hô hấp mùa đông.",
                "",
            ),
            (
                "T",
                "3",
                "Tháng 01, 02/2024: Tuyên truyền an toàn thực phẩm dịp Tết; tổng vệ sinh trường lớp trước và "
                "sau kỳ nghỉ Tết Nguyên đán.",
                "",
            ),
            (
                "T",
                "4",
                "Tháng 3, 4/2024: Ngoại khóa sức khỏe sinh sản vị thành niên; phòng chống tay chân miệng, thủy "
                "đậu.",
                "",
            ),
            (
                "T",
                "5",
                "Tháng 5/2024: Tổng hợp hồ sơ sức khỏe học sinh; sơ kết, đánh giá công tác y tế trường học năm "
                "học 2023-2024.",
                "",
            ),
            (
                "E",
                "Trên đây là kế hoạch thực hiện công tác y tế trường học năm học 2023-2024 của trường THCS "
                "Phong Bình./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- BGH (để chỉ đạo);"),
            ("E", "- Trạm Y tế xã Phong Bình (phối hợp);"),
            ("E", "- GVCN các lớp;"),
            ("E", "- Lưu: YT, VT."),
            ("E", "DUYỆT CỦA HIỆU TRƯỞNG"),
            ("E", "Hoàng Văn Lợi"),
            ("E", "NGƯỜI LẬP KẾ HOẠCH"),
            ("E", "Nguyễn Thị Thu Sương"),
        ],
    },
    {
        "id": "b18c-tran-quoc-toan-mn-bao-cao-so-ket-hoc-ky",
        "source": "https://mntranquoctoan.pgdhadong.edu.vn/tin-tuc/nha-truong/bao-cao-so-ket-hoc-ky-i-nam-hoc-2024-2025-333.html",
        "style": "a kindergarten's first-semester report with its second-semester tasks and targets (Trường mầm "
        "non Trần Quốc Toản, 2024-2025), as posted on the school site with no letterhead: the post "
        "heading and its weekday-date line, one 'Căn cứ vào … như sau:' lead-in, then capital Roman parts "
        "'I.' … 'IV.': I of '1.' tasks, the first ending ':' over '-' figures (one over three '+' "
        "third-level lines) and closed by a run-in 'Khó khăn: …' paragraph, the second over a '-' item "
        "carrying two '+' lines, one run in and continued by a paragraph; II two plain paragraphs; III "
        "'1.' tasks, one ending 'phấn đấu:' over '-' targets; IV '-' recommendations, the first two typed "
        "on one line; a './.' sentence, 'Nơi nhận:' and 'HIỆU TRƯỞNG'",
        "lines": [
            ("h", "Báo cáo sơ kết học kỳ I năm học 2024-2025"),
            ("h", "Thứ hai - 23/12/2024 14:24"),
            (
                "h",
                "Căn cứ vào Kế hoạch số 170-KH/MNTQT ngày 09 tháng 9 năm 2024 về việc thực hiện nhiệm vụ năm "
                "học 2024 - 2025, trường mầm non Trần Quốc Toản báo cáo kết quả đạt được trong học kỳ I cụ thể "
                "như sau:",
            ),
            ("S", "I", "KẾT QUẢ ĐẠT ĐƯỢC", "I."),
            ("T", "1", "Quy mô, số lượng toàn trường:", "1."),
            ("C", "-", "Số lượng trẻ toàn trường/tổng chỉ tiêu giao tuyển sinh: 536/536.", "-"),
            ("C", "-", "Số nhóm lớp toàn trường: 15 nhóm lớp/15 nhóm lớp, trong đó:", "-"),
            ("P", "+ Nhà trẻ: 70 trẻ/03 nhóm; bình quân 23 trẻ/nhóm;"),
            ("P", "+ Mẫu giáo 3 tuổi: 137 trẻ/04 lớp; mẫu giáo 4 tuổi: 154 trẻ/04 lớp;"),
            ("P", "+ Mẫu giáo 5 tuổi: 175 trẻ/04 lớp; bình quân 44 trẻ/lớp."),
            (
                "C",
                "-",
                "Tỷ lệ huy động trẻ ra lớp: số trẻ giảm so với cùng kỳ năm trước do số trẻ trong độ tuổi theo "
                "điều tra giảm; tổng số trẻ đã huy động đến trường đạt 100% chỉ tiêu tuyển sinh.",
                "-",
            ),
            (
                "P",
                "Khó khăn: Sĩ số trẻ đến lớp chưa ổn định do một số phụ huynh thuê nhà tạm trú, công việc không "
                "ổn định nên chuyển trẻ về quê giữa năm học.",
            ),
            ("T", "2", "Công tác quản lý:", "2."),
            ("C", "-", "Việc cập nhật các văn bản chỉ đạo các cấp về giáo dục mầm non:", "-"),
            (
                "P",
                "+ Nhà trường cập nhật kịp thời các văn bản chỉ đạo của Bộ GDĐT, UBND Thành phố, Sở GDĐT, UBND "
                "quận, Phòng GDĐT; lưu trữ đầy đủ, khoa học;",
            ),
            (
                "P",
                "+ Các văn bản được cụ thể hóa thành kế hoạch năm, tháng, tuần của nhà trường và của các tổ "
                "chuyên môn.",
            ),
            (
                "C",
                "-",
                "Thực hiện nghiêm quy chế dân chủ ở cơ sở; công khai chất lượng giáo dục, điều kiện bảo đảm "
                "chất lượng và thu chi tài chính theo Thông tư số 09/2024/TT-BGDĐT.",
                "-",
            ),
            (
                "T",
                "3",
                "Công tác nuôi dưỡng, chăm sóc sức khỏe trẻ: 100% trẻ được ăn bán trú tại trường; phối hợp Trạm "
                "Y tế phường khám sức khỏe lần 1 cho 536/536 trẻ; tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân 0,7%, "
                "thể thấp còi 0,9%.",
                "3.",
            ),
            (
                "P",
                "Bếp ăn một chiều được duy trì đúng quy định; thực hiện kiểm thực ba bước, lưu mẫu thức ăn 24 "
                "giờ; trong học kỳ I không xảy ra ngộ độc thực phẩm, tai nạn thương tích.",
            ),
            ("T", "4", "Công tác chăm sóc, giáo dục trẻ:", "4."),
            (
                "C",
                "-",
                "Thực hiện Chương trình giáo dục mầm non đúng kế hoạch; tổ chức chuyên đề “Xây dựng trường mầm "
                "non lấy trẻ làm trung tâm” cấp trường cho 15/15 nhóm lớp.",
                "-",
            ),
            (
                "C",
                "-",
                "Tổ chức các ngày hội, ngày lễ: Tết Trung thu, Ngày Phụ nữ Việt Nam 20/10, Ngày Nhà giáo Việt "
                "Nam 20/11 an toàn, tiết kiệm, thu hút 100% trẻ tham gia.",
                "-",
            ),
            (
                "T",
                "5",
                "Công tác phát triển đội ngũ: Tổng số CB, GV, NV 52 người; 100% giáo viên đạt chuẩn trình độ "
                "đào tạo, trong đó 86% trên chuẩn; 04 giáo viên đạt giải Hội thi giáo viên dạy giỏi cấp quận.",
                "5.",
            ),
            ("S", "II", "TỒN TẠI, HẠN CHẾ", "II."),
            (
                "T",
                "1",
                "Một số phòng học tại điểm lẻ đã xuống cấp, diện tích sân chơi chưa bảo đảm theo quy định; sĩ "
                "số trẻ mẫu giáo 5 tuổi còn cao so với quy định của Điều lệ trường mầm non.",
                "",
            ),
            (
                "T",
                "2",
                "Một số giáo viên mới tuyển dụng còn lúng túng trong tổ chức hoạt động trải nghiệm và ứng dụng "
                "công nghệ thông tin vào thiết kế hoạt động giáo dục.",
                "",
            ),
            ("S", "III", "PHƯƠNG HƯỚNG, NHIỆM VỤ HỌC KỲ II NĂM HỌC 2024 - 2025", "III."),
            (
                "T",
                "1",
                "Duy trì ổn định sĩ số; làm tốt công tác điều tra, phổ cập giáo dục mầm non cho trẻ em 5 tuổi "
                "năm 2025.",
                "1.",
            ),
            (
                "T",
                "2",
                "Nâng cao chất lượng nuôi dưỡng, chăm sóc sức khỏe trẻ; đến cuối năm học phấn đấu:",
                "2.",
            ),
            (
                "C",
                "-",
                "Giảm tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân xuống dưới 0,5%, thể thấp còi dưới 0,7%;",
                "-",
            ),
            ("C", "-", "100% trẻ được khám sức khỏe lần 2 và theo dõi bằng biểu đồ tăng trưởng.", "-"),
            (
                "T",
                "3",
                "Tổ chức Hội thi “Bé khỏe - Bé ngoan” cấp trường; tiếp tục bồi dưỡng giáo viên mới về ứng dụng "
                "công nghệ thông tin trong tổ chức hoạt động giáo dục.",
                "3.",
            ),
            (
                "T",
                "4",
                "Hoàn thiện hồ sơ tự đánh giá kiểm định chất lượng giáo dục; chuẩn bị các điều kiện đề nghị "
                "công nhận lại trường đạt chuẩn quốc gia mức độ 2.",
                "4.",
            ),
            (
                "T",
                "5",
                "Tổ chức tổng kết năm học, bàn giao chất lượng trẻ 5 tuổi cho các trường tiểu học trên địa bàn.",
                "5.",
            ),
            ("S", "IV", "ĐỀ XUẤT, KIẾN NGHỊ", "IV."),
            (
                "M",
                [
                    ("1", "Đề nghị Phòng GDĐT quận bổ sung 02 biên chế giáo viên mẫu giáo;"),
                    ("2", "Đề nghị UBND quận đầu tư cải tạo 03 phòng học tại điểm lẻ trong dịp hè 2025."),
                ],
            ),
            (
                "T",
                "3",
                "Đề nghị UBND phường quan tâm hỗ trợ nhà trường trong công tác điều tra, phổ cập và bảo đảm an "
                "ninh trật tự khu vực cổng trường giờ đón, trả trẻ.",
                "-",
            ),
            (
                "E",
                "Trên đây là báo cáo sơ kết học kỳ I năm học 2024 - 2025 của trường mầm non Trần Quốc Toản./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Phòng GDĐT quận Hà Đông (để b/c);"),
            ("E", "- CB, GV, NV nhà trường;"),
            ("E", "- Lưu: VT."),
            ("E", "HIỆU TRƯỞNG"),
            ("E", "Nguyễn Thị Minh Ngọc"),
        ],
    },
]

BLIND18_FORMS: dict[str, list[str]] = {
    "b18a-lam-dong-tinh-uy-nghi-quyet-nam-2026": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b18a-dong-xoai-mttq-bao-cao-nam": ["numbered.docx", "photo.jpg", "vni.txt"],
    "b18a-duong-an-hdnd-xa-nghi-quyet": ["typed.docx", "scan.pdf", "txt"],
    "b18b-tkv-dang-uy-nghi-quyet": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b18b-binh-duong-dang-uy-quan-su-bao-cao": ["typed.docx", "photo.jpg", "vni.txt"],
    "b18b-khoi-ccq-tw-ubkt-ke-hoach": ["numbered.docx", "scan.pdf", "tcvn3.docx"],
    "b18c-vinh-ha-ubnd-xa-ke-hoach-giam-ngheo": ["numbered.docx", "running.pdf", "vni.txt"],
    "b18c-phong-binh-thcs-ke-hoach-y-te-truong-hoc": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "b18c-tran-quoc-toan-mn-bao-cao-so-ket-hoc-ky": ["typed.docx", "photo.jpg", "tcvn3.docx"],
}
