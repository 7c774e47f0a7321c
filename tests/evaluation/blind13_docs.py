"""The thirteenth blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (07/12/2026, fifteenth session), by three helpers working blind (they never ran the
reader nor read its code), each after the layout and opening of a real public document found that day with the search
tool — none of them a source of the corpus, of its generators, of its target passages or of the first twelve blind
parts. Past what the page showed, the helpers went on in its style (content, numbers and signatories made up). Frozen
after the fixes from the twelfth part's first run and before those from the dev documents written beside it
(``DEV_DOCS_14``), so its first run measures the session's rules held out.

Same roles as ``blind10_docs``. One document the helper asked in Word numbering ("1.1." tasks) is built as a typed
Word file instead: the builder's numbering writes no decimal numbers (decided before the build).
"""

from __future__ import annotations

BLIND13_DOCS: list[dict] = [
    {
        "id": "b13a-thap-muoi-hoi-nong-dan-so-ket",
        "source": "https://text.123doc.org/document/5033891-bao-cao-cong-tac-hoi-va-phong-trao-nong-dan-6-thang-dau-nam-va-phuong-huong-nhiem-vu-6-thang-cuoi-nam-2018.htm",
        "style": "a commune Farmers' Union half-year report with directions: mass-organisation header (three BCH lines, "
        "'*', 'Số: 07- BC/HNDX'), a 'Căn cứ' line and a one-line lead-in, then four Roman parts typed with a "
        "hyphen 'I-' … 'IV-' over '1.' tasks; the first task is continued by run-in 'Trồng trọt:' / 'Chăn nuôi:' "
        "paragraphs before its '-' sub-items, other tasks carry '-' sub-items; closing sentence, 'Nơi nhận:' and "
        "'TM. BAN THƯỜNG VỤ'",
        "lines": [
            ("h", "HỘI NÔNG DÂN VIỆT NAM"),
            ("h", "BCH HNDVN HUYỆN THÁP MƯỜI"),
            ("h", "BCH HNDVN XÃ THẠNH LỢI"),
            ("h", "*"),
            ("h", "Số: 07- BC/HNDX"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập – Tự do – Hạnh phúc"),
            ("h", "Thạnh lợi, ngày 24 tháng 5 năm 2018"),
            ("title", "BÁO CÁO"),
            ("h", "Công tác Hội và phong trào nông dân 6 tháng đầu năm"),
            ("h", "Và phương hướng, nhiệm vụ 6 tháng cuối năm 2018"),
            (
                "h",
                "Căn cứ vào Chương trình công tác năm của Hội NDVN huyện Tháp Mười và sự chỉ đao của Thường trực Đảng "
                "Ủy xã Thạnh Lợi.",
            ),
            (
                "h",
                "Ban Thường vụ Hội Nông dân xã báo cáo kết quả công tác Hội và phong trào nông dân như sau:",
            ),
            ("S", "I", "TÌNH HÌNH NÔNG NGHIỆP, NÔNG DÂN, NÔNG THÔN", "I-"),
            ("T", "1", "Tình hình sản xuất nông nghiệp:", "1."),
            (
                "P",
                "Trồng trọt: Thu hoạch vụ lúa Đông xuân năm 2018, diện tích 4114ha/4114ha, đạt 100%, năng suất bình "
                "quân 6,5 tấn/ha. Tổng sản lượng 26.741.000 tấn. Xuống giống vụ lúa Hè thu được 4.114 ha/4.114ha, đạt "
                "100%. Cây lúa đang trong giai đoạn mạ, đòng trổ, chín nông dân chủ động chăm sóc và thu hoạch.",
            ),
            (
                "P",
                "Chăn nuôi: Có 37 đàn vịt chạy đồng từ nơi khác đến địa bàn với 65.000 con, trong đó: đã kiêm tra 13 "
                "đàn 48.000 con, có giấy tờ hợp lệ tiêm phòng văcsin 46.000 con, số còn lại lập biên bản cho hộ chăn "
                "nuôi cam kết tiếp tục tiêm phòng đầy đủ cho đàn vịt chạy đồng. Đến nay đàn vịt rời khỏi địa phương.",
            ),
            (
                "P",
                "Đàn bò có 76 con, đàn dê 107 con, đàn heo 653con, có 19 hộ nuôi thủy sản với diện tích là 4,2 ha, "
                "trong đó nuôi các loại cá như: cá tra, cá rô đồng, cá trê lai, cá sặc rằng, cá lóc, cá lóc bông có "
                "10.800 con.",
            ),
            (
                "C",
                "-",
                "Cây màu: xuống giống 31,6ha. Trong đó: Dưa hấu 12,5ha, khoai môn 8,2ha, ớt 4,3ha, rau các loại 6,6ha; "
                "giá cả tương đối ổn định, nông dân có lãi.",
                "-",
            ),
            (
                "C",
                "-",
                "Cây ăn trái: diện tích xoài 46ha, chanh không hạt 18,5ha đang cho thu hoạch; một số hộ chuyển đổi đất "
                "lúa kém hiệu quả sang trồng mít Thái, sen.",
                "-",
            ),
            (
                "T",
                "2",
                "Tình hình nông dân, nông thôn: Đời sống hội viên, nông dân cơ bản ổn định, giá lúa Đông xuân cao hơn "
                "cùng kỳ nên phần lớn nông dân có lãi; tình hình an ninh trật tự ở nông thôn được giữ vững, không xảy "
                "ra khiếu kiện đông người.",
                "2.",
            ),
            ("S", "II", "KẾT QUẢ CÔNG TÁC HỘI VÀ PHONG TRÀO NÔNG DÂN", "II-"),
            ("T", "1", "Công tác tuyên truyền, giáo dục chính trị tư tưởng:", "1."),
            (
                "C",
                "-",
                "Phối hợp tổ chức 18 cuộc tuyên truyền, phổ biến chủ trương của Đảng, chính sách pháp luật của Nhà nước "
                "và Nghị quyết Đại hội Hội Nông dân các cấp, có 632 lượt hội viên tham dự.",
                "-",
            ),
            (
                "C",
                "-",
                "Lồng ghép trong sinh hoạt chi, tổ hội tuyên truyền phòng chống dịch bệnh trên đàn gia súc, gia cầm và "
                "sử dụng thuốc bảo vệ thực vật an toàn.",
                "-",
            ),
            (
                "T",
                "2",
                "Công tác xây dựng tổ chức Hội: Trong 6 tháng kết nạp mới 24 hội viên, nâng tổng số lên 1.386 hội viên, "
                "sinh hoạt ở 05 chi hội và 38 tổ hội; thu quỹ hội đạt 86% kế hoạch.",
                "2.",
            ),
            (
                "T",
                "3",
                "Phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền "
                "vững:",
                "3.",
            ),
            (
                "C",
                "-",
                "Có 312 hộ đăng ký danh hiệu nông dân sản xuất kinh doanh giỏi các cấp, đạt 104% chỉ tiêu;",
                "-",
            ),
            (
                "C",
                "-",
                "Vận động hội viên giúp đỡ 05 hộ nghèo ngày công, cây giống, con giống trị giá 18 triệu đồng.",
                "-",
            ),
            (
                "T",
                "4",
                "Hoạt động dịch vụ, tư vấn, hỗ trợ nông dân: Phối hợp Trạm Khuyến nông mở 04 lớp tập huấn kỹ thuật sản "
                "xuất lúa theo hướng giảm giá thành; quản lý nguồn vốn ủy thác Ngân hàng Chính sách xã hội 8,6 tỷ đồng "
                "với 263 hộ vay, không có nợ quá hạn.",
                "4.",
            ),
            (
                "T",
                "5",
                "Phong trào nông dân tham gia xây dựng nông thôn mới và bảo đảm quốc phòng, an ninh: Vận động hội viên "
                "hiến 1.250 m2 đất, đóng góp 320 ngày công làm đường giao thông nông thôn ấp Tân Thuận; tham gia tổ "
                "nhân dân tự quản giữ gìn an ninh trật tự.",
                "5.",
            ),
            ("S", "III", "ĐÁNH GIÁ CHUNG", "III-"),
            (
                "T",
                "1",
                "Ưu điểm: Ban Thường vụ Hội bám sát sự chỉ đạo của Hội cấp trên và Đảng ủy xã, triển khai kịp thời các "
                "nhiệm vụ; phong trào sản xuất kinh doanh giỏi tiếp tục được duy trì.",
                "1.",
            ),
            (
                "T",
                "2",
                "Hạn chế: Sinh hoạt một số tổ hội chưa đều; việc thu quỹ hội còn chậm; liên kết tiêu thụ nông sản cho "
                "hội viên chưa nhiều.",
                "2.",
            ),
            ("S", "IV", "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2018", "IV-"),
            (
                "T",
                "1",
                "Tiếp tục tuyên truyền các chủ trương của Đảng, pháp luật của Nhà nước đến hội viên; vận động nông dân "
                "xuống giống vụ Thu đông đúng lịch thời vụ, né rầy.",
                "1.",
            ),
            ("T", "2", "Củng cố tổ chức Hội:", "2."),
            (
                "C",
                "-",
                "Phấn đấu kết nạp thêm 30 hội viên mới, nâng tỷ lệ tập hợp nông dân vào Hội đạt 78%;",
                "-",
            ),
            ("C", "-", "Chỉ đạo 05 chi hội sinh hoạt định kỳ, nâng chất lượng sinh hoạt tổ hội.", "-"),
            (
                "T",
                "3",
                "Đẩy mạnh phong trào nông dân sản xuất kinh doanh giỏi; vận động hội viên tham gia tổ hợp tác, hợp tác "
                "xã dịch vụ nông nghiệp để liên kết tiêu thụ lúa, xoài.",
                "3.",
            ),
            (
                "T",
                "4",
                "Quản lý tốt nguồn vốn vay ủy thác và Quỹ Hỗ trợ nông dân; đôn đốc các tổ vay vốn thu lãi, không để "
                "phát sinh nợ quá hạn.",
                "4.",
            ),
            (
                "T",
                "5",
                "Tổ chức các hoạt động kỷ niệm 88 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2018); "
                "chuẩn bị tổng kết công tác Hội năm 2018.",
                "5.",
            ),
            (
                "E",
                "Trên đây là báo cáo công tác Hội và phong trào nông dân 6 tháng đầu năm và phương hướng, nhiệm vụ 6 "
                "tháng cuối năm 2018 của Ban Thường vụ Hội Nông dân xã Thạnh Lợi./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- BTV Hội ND huyện;"),
            ("E", "- TT. Đảng ủy xã;"),
            ("E", "- UBND xã;"),
            ("E", "- Các chi hội;"),
            ("E", "- Lưu VP."),
            ("E", "TM. BAN THƯỜNG VỤ"),
            ("E", "CHỦ TỊCH"),
            ("E", "Nguyễn Văn Hùng"),
        ],
    },
    {
        "id": "b13a-can-giuoc-truong-tieu-hoc-so-ket",
        "source": "http://thttcangiuoc.edu.vn/Detail/15320/Bao-cao-So-ket-Hoc-ki-I-nam-hoc-2018-2019",
        "style": "a primary school's first-semester report with directions: school header ('PHÒNG GD-ĐT', 'Số: "
        "02/BC-TH.TTCG'), two 'Căn cứ' lines and a lead-in, then five sentence-case Roman parts 'I.' … 'V.': the "
        "first over '1. Thuận lợi' / '2. Khó khăn' label-only tasks with '-' sub-items, the next three over '1.' "
        "tasks (run-in 'Ưu điểm:' style, '-' sub-items under two, one task continued by a paragraph), the last a "
        "single unlabelled request paragraph; closing sentence, 'Nơi nhận:' and 'HIỆU TRƯỞNG'",
        "lines": [
            ("h", "PHÒNG GD-ĐT CẦN GIUỘC"),
            ("h", "TRƯỜNG TH THỊ TRẤN CẦN GIUỘC"),
            ("h", "Số: 02/BC-TH.TTCG"),
            ("h", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập – Tự do – Hạnh phúc"),
            ("h", "Thị trấn Cần Giuộc, ngày 02 tháng 01 năm 2019."),
            ("title", "BÁO CÁO"),
            ("h", "Sơ kết học kì I - Năm học 2018-2019"),
            (
                "h",
                "Căn cứ công văn số 1294/ PGDĐT-GDTH ngày 24/12/2018 của Phòng Giáo dục và Đào tạo Cần Giuộc về việc "
                "hướng dẫn báo cáo sơ kết học kì I năm học 2018-2019 cấp tiểu học;",
            ),
            ("h", "Căn cứ vào kế hoạch năm học 2018-2019 của trường Tiểu học Thị trấn Cần Giuộc;"),
            ("h", "Trường Tiểu học Thị trấn Cần Giuộc báo cáo Sơ kết Học kì I năm học 2018-2019, như sau:"),
            ("S", "I", "Đặc điểm tình hình chung", "I."),
            ("T", "1", "Thuận lợi", "1."),
            (
                "C",
                "-",
                "Phần lớn gia đình học sinh có sự phát triển về kinh tế, phụ huynh học sinh có quan tâm đến việc học "
                "tập của con em mình.",
                "-",
            ),
            (
                "C",
                "-",
                "Đảng ủy, HĐND, UBND thị trấn Cần Giuộc luôn quan tâm, tạo điều kiện cho nhà trường hoạt động; Ban đại "
                "diện cha mẹ học sinh phối hợp chặt chẽ với nhà trường.",
                "-",
            ),
            (
                "C",
                "-",
                "Đội ngũ giáo viên đủ về số lượng, 100% đạt chuẩn về trình độ đào tạo, trong đó 82% trên chuẩn.",
                "-",
            ),
            ("T", "2", "Khó khăn", "2."),
            (
                "C",
                "-",
                "Một số học sinh là con em công nhân ở nơi khác đến tạm trú, cha mẹ đi làm ca nên việc học ở nhà chưa "
                "được quan tâm đúng mức.",
                "-",
            ),
            (
                "C",
                "-",
                "Diện tích trường hẹp, còn thiếu phòng chức năng; sĩ số một số lớp còn đông (trên 40 học sinh/lớp).",
                "-",
            ),
            ("S", "II", "Kết quả thực hiện nhiệm vụ học kì I", "II."),
            (
                "T",
                "1",
                "Công tác huy động và duy trì sĩ số: Tổng số học sinh đầu năm 1.026 em/28 lớp; cuối học kì I còn 1.024 "
                "em (chuyển đi 05 em, chuyển đến 03 em), không có học sinh bỏ học.",
                "1.",
            ),
            ("T", "2", "Thực hiện chương trình và chất lượng giáo dục:", "2."),
            (
                "C",
                "-",
                "Thực hiện đúng chương trình, kế hoạch dạy học theo chuẩn kiến thức, kỹ năng; tổ chức dạy học 2 "
                "buổi/ngày cho 28/28 lớp.",
                "-",
            ),
            (
                "C",
                "-",
                "Kết quả đánh giá cuối học kì I: môn Tiếng Việt hoàn thành tốt 48,6%, hoàn thành 49,1%, chưa hoàn thành "
                "2,3%; môn Toán hoàn thành tốt 51,2%, hoàn thành 46,9%, chưa hoàn thành 1,9%.",
                "-",
            ),
            ("C", "-", "Về năng lực, phẩm chất: 99,5% học sinh được đánh giá đạt trở lên.", "-"),
            (
                "T",
                "3",
                "Công tác bồi dưỡng đội ngũ: Tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học 2 lần/tháng; mỗi giáo "
                "viên dự giờ ít nhất 9 tiết trong học kì.",
                "3.",
            ),
            (
                "P",
                "Có 12 giáo viên tham gia Hội thi giáo viên dạy giỏi cấp trường, 04 giáo viên được chọn dự thi cấp "
                "huyện.",
            ),
            (
                "T",
                "4",
                "Cơ sở vật chất, thiết bị dạy học: Sửa chữa 06 phòng học, trang bị thêm 02 ti vi màn hình lớn; thư viện "
                "được bổ sung 320 bản sách tham khảo.",
                "4.",
            ),
            (
                "T",
                "5",
                'Các hoạt động ngoài giờ lên lớp, phong trào: Tổ chức Hội khỏe Phù Đổng cấp trường, chương trình "Thắp '
                'sáng ước mơ" trao 25 phần quà cho học sinh khó khăn.',
                "5.",
            ),
            ("S", "III", "Đánh giá chung", "III."),
            (
                "T",
                "1",
                "Ưu điểm: Nề nếp dạy và học ổn định; đội ngũ nhiệt tình, đoàn kết; chất lượng giáo dục cơ bản đạt chỉ "
                "tiêu học kì I.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tồn tại, hạn chế: Tỉ lệ học sinh chưa hoàn thành môn Tiếng Việt khối 1 còn cao; việc ứng dụng công "
                "nghệ thông tin trong dạy học của một số giáo viên còn hạn chế.",
                "2.",
            ),
            ("S", "IV", "Phương hướng, nhiệm vụ học kì II", "IV."),
            (
                "T",
                "1",
                "Tiếp tục duy trì sĩ số, vận động học sinh có hoàn cảnh khó khăn ra lớp đầy đủ.",
                "1.",
            ),
            ("T", "2", "Nâng cao chất lượng dạy học:", "2."),
            (
                "C",
                "-",
                "Phụ đạo học sinh chưa hoàn thành, bồi dưỡng học sinh có năng khiếu; chú trọng rèn đọc, viết cho học "
                "sinh lớp 1;",
                "-",
            ),
            (
                "C",
                "-",
                "Tổ chức kiểm tra định kì cuối năm đúng quy định, đánh giá học sinh khách quan, chính xác;",
                "-",
            ),
            (
                "C",
                "-",
                "Chuẩn bị các điều kiện để triển khai chương trình giáo dục phổ thông 2018 đối với lớp 1.",
                "-",
            ),
            (
                "T",
                "3",
                "Đẩy mạnh ứng dụng công nghệ thông tin trong quản lý và giảng dạy; mỗi giáo viên thiết kế ít nhất 02 "
                "bài giảng điện tử.",
                "3.",
            ),
            (
                "T",
                "4",
                "Tham mưu chính quyền địa phương xây dựng thêm 02 phòng chức năng, phấn đấu giữ vững trường đạt chuẩn "
                "quốc gia mức độ 1.",
                "4.",
            ),
            (
                "T",
                "5",
                "Tổ chức tốt các hoạt động chào mừng các ngày lễ 3/2, 8/3, 26/3; chuẩn bị tổng kết năm học 2018-2019.",
                "5.",
            ),
            ("S", "V", "Đề xuất, kiến nghị", "V."),
            (
                "T",
                "1",
                "Đề nghị Phòng Giáo dục và Đào tạo quan tâm bổ sung 01 giáo viên Tiếng Anh và 01 nhân viên thư viện - "
                "thiết bị cho nhà trường trong học kì II.",
                "",
            ),
            (
                "E",
                "Trên đây là báo cáo sơ kết học kì I năm học 2018-2019 của Trường Tiểu học Thị trấn Cần Giuộc./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Phòng GD-ĐT Cần Giuộc;"),
            ("E", "- Đảng ủy, UBND thị trấn;"),
            ("E", "- Lưu: VT."),
            ("E", "HIỆU TRƯỞNG"),
            ("E", "Trần Thị Ngọc Hạnh"),
        ],
    },
    {
        "id": "b13a-pleiku-dang-uy-phuong-bao-cao",
        "source": "http://pleiku.gialai.gov.vn/phuong-thang-loi/Gioi-thieu/Thanh-tuu-giai-%C4%91oan-2010-2015.aspx",
        "style": "a ward Party committee's report of the 2010 - 2015 results and the 2015 - 2020 directions: Party header "
        "with 'Số 45-BC/ĐU', a lead-in paragraph, then five decimal-numbered capital parts '1. KINH TẾ' … '5. "
        "PHƯƠNG HƯỚNG, NHIỆM VỤ …' over run-in '1.1. Tiểu thủ công nghiệp: …' tasks carrying bracketed footnote "
        "marks '([1])'; '-' sub-items only under two tasks of the last part; closing sentence, 'Nơi nhận:' and "
        "'T/M ĐẢNG ỦY'",
        "lines": [
            ("h", "ĐẢNG BỘ THÀNH PHỐ PLEIKU"),
            ("h", "ĐẢNG ỦY PHƯỜNG THẮNG LỢI"),
            ("h", "*"),
            ("h", "Số 45-BC/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Thắng Lợi, ngày 12 tháng 5 năm 2015"),
            ("title", "BÁO CÁO"),
            ("h", "kết quả thực hiện Nghị quyết Đại hội Đảng bộ phường giai đoạn 2010 - 2015"),
            ("h", "và phương hướng, nhiệm vụ giai đoạn 2015 - 2020"),
            ("h", "-----"),
            (
                "h",
                "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường Thắng Lợi nhiệm kỳ 2010 - 2015, dưới sự lãnh đạo "
                "của Thành ủy Pleiku, Đảng bộ và Nhân dân phường đã đoàn kết, khắc phục khó khăn, đạt được những kết "
                "quả chủ yếu sau:",
            ),
            ("S", "1", "KINH TẾ", "1."),
            (
                "T",
                "1.1",
                "Tiểu thủ công nghiệp: Giá trị sản xuất Tiểu thủ công nghiệp tăng qua các năm, nhiều cơ sở đã và đang "
                "phát huy đáp ứng thị hiếu người tiêu dùng. Các sản phẩm chủ yếu như sản xuất cửa sắt, gia công mộc dân "
                "dụng, ăn uống, sửa chữa xe… góp phần giải quyết việc làm cho một bộ phận lao động([1]). Tổng doanh thu "
                "bình quân ngành hằng năm ước đạt 218 tỷ đồng, tăng 12%.",
                "1.1.",
            ),
            (
                "T",
                "1.2",
                "Thương mại dịch vụ: Hoạt động thương mại- dịch vụ có bước phát triển trên nhiều lĩnh vực, sản phẩm "
                "hàng hóa có chất lượng, phong phú đa dạng, đáp ứng nhu cầu mua bán trao đổi của Nhân dân([2]), tạo "
                "được việc làm cho hơn 900 người lao động mới([3]). Hợp tác xã Tín dụng hoạt động có hiệu quả, đáp ứng "
                "được nhu cầu vay vốn kinh doanh, sản xuất và tiêu dùng của nhân dân([4]).",
                "1.2.",
            ),
            (
                "T",
                "1.3",
                "Nông nghiệp: Tổng diện tích gieo trồng hằng năm là 297,5 ha([5]) đạt 100% kế hoạch Nghị quyết đề ra. "
                "Nhân dân chuyển đổi cây trồng phù hợp, nâng cao giá trị sản xuất trên một đơn vị diện tích. Hỗ trợ "
                "nhân dân 03 làng đồng bào dân tộc thiểu số phát triển kinh tế, định hướng xây dựng làng nông thôn mới.",
                "1.3.",
            ),
            (
                "T",
                "1.4",
                "Tài chính - ngân sách: Thu ngân sách trên địa bàn hằng năm đều vượt dự toán được giao, bình quân đạt "
                "116%([6]); chi ngân sách đúng quy định, tiết kiệm.",
                "1.4.",
            ),
            (
                "T",
                "1.5",
                "Quản lý đô thị, tài nguyên - môi trường: Vận động nhân dân hiến đất mở rộng 14 tuyến hẻm, bê tông hóa "
                "6,2 km đường; xử lý kịp thời các trường hợp xây dựng trái phép([7]).",
                "1.5.",
            ),
            ("S", "2", "VĂN HÓA - XÃ HỘI", "2."),
            (
                "T",
                "2.1",
                "Giáo dục: Duy trì phổ cập giáo dục tiểu học đúng độ tuổi và trung học cơ sở; 03/04 trường đạt chuẩn "
                "quốc gia.",
                "2.1.",
            ),
            (
                "T",
                "2.2",
                "Y tế - dân số: Trạm Y tế phường đạt chuẩn quốc gia về y tế xã; tỷ lệ trẻ em suy dinh dưỡng giảm còn "
                "9,8%.",
                "2.2.",
            ),
            (
                "T",
                "2.3",
                'Văn hóa - thông tin: Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" được hưởng ứng rộng rãi; '
                "92% hộ đạt gia đình văn hóa, 11/13 tổ dân phố đạt tổ dân phố văn hóa.",
                "2.3.",
            ),
            (
                "T",
                "2.4",
                "Chính sách xã hội: Thực hiện đầy đủ chế độ đối với người có công; giảm 41 hộ nghèo, tỷ lệ hộ nghèo còn "
                "0,9%([8]).",
                "2.4.",
            ),
            ("S", "3", "QUỐC PHÒNG - AN NINH", "3."),
            (
                "T",
                "3.1",
                "Quốc phòng: Hoàn thành 100% chỉ tiêu giao quân hằng năm; xây dựng lực lượng dân quân vững mạnh.",
                "3.1.",
            ),
            (
                "T",
                "3.2",
                "An ninh - trật tự: Tình hình an ninh chính trị ổn định; phong trào toàn dân bảo vệ an ninh Tổ quốc "
                "được duy trì, kéo giảm tội phạm về trộm cắp tài sản.",
                "3.2.",
            ),
            ("S", "4", "XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ", "4."),
            (
                "T",
                "4.1",
                "Công tác xây dựng Đảng: Kết nạp 27 đảng viên mới; hằng năm 85% chi bộ đạt trong sạch, vững mạnh.",
                "4.1.",
            ),
            (
                "T",
                "4.2",
                "Chính quyền, Mặt trận và các đoàn thể: Hoạt động của HĐND, UBND phường có chuyển biến; Mặt trận và các "
                "đoàn thể hằng năm đều xếp loại vững mạnh.",
                "4.2.",
            ),
            ("S", "5", "PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2015 - 2020", "5."),
            ("T", "5.1", "Về kinh tế:", "5.1."),
            (
                "C",
                "-",
                "Phấn đấu giá trị sản xuất tiểu thủ công nghiệp, thương mại - dịch vụ tăng bình quân 13%/năm;",
                "-",
            ),
            (
                "C",
                "-",
                "Củng cố, nâng cao hiệu quả hoạt động của Hợp tác xã Tín dụng; khuyến khích thành lập hợp tác xã dịch "
                "vụ tại các làng đồng bào dân tộc thiểu số;",
                "-",
            ),
            ("C", "-", "Tiếp tục chỉnh trang đô thị, bê tông hóa 100% hẻm chính vào năm 2020.", "-"),
            ("T", "5.2", "Về văn hóa - xã hội:", "5.2."),
            ("C", "-", "Giữ vững 100% trường đạt chuẩn quốc gia vào năm 2020;", "-"),
            ("C", "-", "Tỷ lệ hộ nghèo giảm còn dưới 0,5%; 95% hộ đạt gia đình văn hóa.", "-"),
            (
                "T",
                "5.3",
                "Về quốc phòng - an ninh: Giữ vững ổn định chính trị, trật tự an toàn xã hội; không để hình thành điểm "
                "nóng.",
                "5.3.",
            ),
            (
                "T",
                "5.4",
                "Về xây dựng Đảng: Hằng năm kết nạp từ 5 đảng viên trở lên; 100% chi bộ hoàn thành tốt nhiệm vụ trở "
                "lên.",
                "5.4.",
            ),
            (
                "E",
                "Trên đây là báo cáo kết quả thực hiện Nghị quyết Đại hội Đảng bộ phường giai đoạn 2010 - 2015 và "
                "phương hướng, nhiệm vụ giai đoạn 2015 - 2020 của Đảng ủy phường Thắng Lợi./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Thường vụ Thành ủy (b/c),"),
            ("E", "- Các chi bộ trực thuộc,"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M ĐẢNG ỦY"),
            ("E", "BÍ THƯ"),
            ("E", "Rơ Châm Hiếu"),
        ],
    },
    {
        "id": "b13b-benh-vien-mat-tw-huong-dan",
        "source": "http://vnio.vn/huong-dan-to-chuc-hoi-nghi-cbvc-cap-khoa-phong-nam-2020-1",
        "style": "a central hospital's guidance on its departments' staff conferences, posted without letterhead: a "
        "one-line title 'HƯỚNG DẪN TỔ CHỨC …' over 'NĂM 2020', parts numbered with a slash ('1/' … '6/'), bullet "
        "'•' tasks in most parts but decimal '3.1.' … '3.5.' tasks in part 3, two of them with '-' sub-items and "
        "a bare 'Bao gồm:' line between sub-items; closing remark and a trade-union signature",
        "lines": [
            ("title", "HƯỚNG DẪN TỔ CHỨC HỘI NGHỊ CBVC CẤP KHOA, PHÒNG"),
            ("h", "NĂM 2020"),
            ("S", "1", "Thời gian tổ chức hội nghị", "1/"),
            ("T", "1", "Từ 17/12/2020 – 18/12/2020.", "•"),
            ("S", "2", "Chủ tọa hội nghị", "2/"),
            ("T", "1", "Lãnh đạo khoa phòng và Tổ trưởng Công đoàn.", "•"),
            ("T", "2", "Thư ký : Do chủ tọa cử để ghi biên bản hội nghị.", "•"),
            ("S", "3", "Nội dung hội nghị", "3/"),
            ("T", "3.1", "Tổng kết hoạt động Tổ công đoàn năm 2020, kế hoạch năm 2021.", "3.1."),
            (
                "T",
                "3.2",
                "Thảo luận về các hoạt động của Bệnh viện, của các bộ phận; chỉ tiêu hoạt động chuyên môn của khoa, "
                "phòng, của bệnh viện; tham gia ý kiến về những vấn đề còn tồn tại; kiến nghị giải pháp, các biện pháp "
                "thực hiện công tác của các khoa, phòng, góp ý các quy chế của Bệnh viện.",
                "3.2.",
            ),
            ("T", "3.3", "Bầu đại biểu đi dự Hội nghị CBVC bệnh viện.", "3.3."),
            ("C", "-", "Số lượng: 1/3 số lượng VC, người lao động của khoa phòng.", "-"),
            ("P", "Bao gồm:"),
            (
                "C",
                "-",
                "Đại biểu đương nhiên: Lãnh đạo khoa phòng, bí thư chi bộ, điều dưỡng trưởng khoa, Đảng ủy viên, ủy "
                "viên Ban chấp hành công đoàn, tổ trưởng công đoàn, Bí thư đoàn thanh niên.",
                "-",
            ),
            (
                "C",
                "-",
                "Viên chức, người lao động ưu tú có khả năng đóng góp ý kiến thảo luận về các hoạt động của Bệnh viện.",
                "-",
            ),
            (
                "T",
                "3.4",
                "Thực hiện công tác thi đua, khen thưởng (có hướng dẫn bình bầu thi đua đã ban hành).",
                "3.4.",
            ),
            ("C", "-", "Bầu Chiến sĩ thi đua, lao động tiên tiến.", "-"),
            ("C", "-", "Đề xuất khen thưởng Tập thể lao động tiên tiến, Tập thể lao động xuất sắc.", "-"),
            (
                "C",
                "-",
                "Đề xuất cán bộ, viên chức, người lao động, tập thể tiêu biểu có đủ điều kiện đề nghị khen thưởng bằng "
                "khen của Bệnh viện Mắt TW, bằng khen của Bộ Y tế, bằng khen Chính phủ.",
                "-",
            ),
            (
                "C",
                "-",
                "Đề xuất khen thưởng cá nhân điển hình tiên tiến trong phong trào thi đua yêu nước năm 2020.",
                "-",
            ),
            (
                "T",
                "3.5",
                "Góp ý dự thảo Quy chế chi tiêu nội bộ và Quy chế thực hiện dân chủ ở cơ sở của Bệnh viện năm 2021.",
                "3.5.",
            ),
            ("S", "4", "Hồ sơ gửi về Bệnh viện", "4/"),
            ("T", "1", "Biên bản hội nghị cấp khoa, phòng có đủ chữ ký của chủ tọa và thư ký.", "•"),
            ("T", "2", "Danh sách đại biểu đi dự Hội nghị CBVC bệnh viện.", "•"),
            (
                "T",
                "3",
                "Biên bản họp bình bầu thi đua, danh sách đề nghị khen thưởng kèm báo cáo thành tích.",
                "•",
            ),
            ("T", "4", "Tổng hợp ý kiến đóng góp, kiến nghị của khoa, phòng.", "•"),
            ("S", "5", "Thời hạn nộp hồ sơ", "5/"),
            (
                "T",
                "1",
                "Các khoa, phòng gửi hồ sơ về Phòng Tổ chức cán bộ và Văn phòng Công đoàn trước 16 giờ 00 ngày "
                "22/12/2020.",
                "•",
            ),
            ("T", "2", "Bản mềm gửi qua hộp thư điện tử của Công đoàn Bệnh viện.", "•"),
            ("S", "6", "Tổ chức thực hiện", "6/"),
            (
                "T",
                "1",
                "Lãnh đạo khoa, phòng phối hợp với Tổ trưởng Công đoàn chuẩn bị nội dung, bố trí thời gian hợp lý, "
                "không để ảnh hưởng đến công tác khám, chữa bệnh.",
                "•",
            ),
            (
                "T",
                "2",
                "Ban Chấp hành Công đoàn phân công ủy viên dự, theo dõi hội nghị tại các khoa, phòng được giao phụ "
                "trách.",
                "•",
            ),
            ("T", "3", "Phòng Tổ chức cán bộ tổng hợp kết quả, báo cáo Giám đốc trước ngày 25/12/2020.", "•"),
            (
                "E",
                "Trong quá trình tổ chức, nếu có vướng mắc, đề nghị các khoa, phòng liên hệ Văn phòng Công đoàn Bệnh "
                "viện để được hướng dẫn./.",
            ),
            ("E", "TM. BAN CHẤP HÀNH CÔNG ĐOÀN"),
            ("E", "CHỦ TỊCH"),
            ("E", "Nguyễn Thị Minh Nguyệt"),
        ],
    },
    {
        "id": "b13b-khanh-thuong-chi-doan-ke-hoach",
        "source": "https://thcskhanhthuong.edu.vn/hoat-dong-giao-duc/hoat-dong-doan-the/doan-thanh-nien",
        "style": "a school Youth Union branch's year plan (Chi đoàn giáo viên): Đoàn header over the national motto, a "
        "one-line title 'KẾ HOẠCH HOẠT ĐỘNG CHI ĐOÀN' over the school year, no preamble; capital Roman parts "
        "typed with an en dash ('I –' … 'V –'), '-' tasks, a '*' star heading for the committee's duties after "
        "part III, part IV of '1.' … '4.' tasks ending ':' over '-' sub-items, part V of month-by-month '-' tasks "
        "(one with '+' sub-items); closing remark, approval line and the branch secretary's signature",
        "lines": [
            ("h", "ĐOÀN TNCS HỒ CHÍ MINH"),
            ("h", "CHI ĐOÀN TRƯỜNG THCS KHÁNH THƯỢNG"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập – Tự do – Hạnh phúc"),
            ("h", "Khánh Thượng, ngày 05 tháng 09 năm 2020"),
            ("title", "KẾ HOẠCH HOẠT ĐỘNG CHI ĐOÀN"),
            ("h", "NĂM HỌC 2020 – 2021"),
            ("S", "I", "CĂN CỨ LẬP KẾ HOẠCH", "I –"),
            ("T", "1", "Căn cứ kế hoạch, nhiệm vụ của nhà trường năm học 2020 – 2021", "-"),
            ("T", "2", "Căn cứ kế hoạch hoạt động của Đoàn xã Khánh Thượng năm học 2020 – 2021", "-"),
            ("T", "3", "Căn cứ kế hoạch hoạt động của Liên đội năm học 2020 – 2021", "-"),
            ("S", "II", "GIỚI THIỆU CHUNG VỀ CHI ĐOÀN", "II –"),
            ("T", "1", "Chi đoàn GV trường THCS Khánh Thượng năm học 2020 – 2021 gồm: 10 đồng chí.", "-"),
            ("T", "2", "Trong đó: nam 4 đồng chí, nữ 6 đồng chí.", "-"),
            ("T", "3", "Đảng viên đang sinh hoạt tại chi đoàn: 5 đồng chí.", "-"),
            ("S", "III", "NHIỆM VỤ TRỌNG TÂM", "III –"),
            (
                "T",
                "1",
                "100% đoàn viên có tư tưởng chính trị vững vàng kiên định lập trường, tin tưởng vào sự lãnh đạo của "
                "Đảng và nhà nước",
                "-",
            ),
            ("T", "2", "Nghiêm túc thực hiện việc “học tập và làm theo tấm gương đạo đức Hồ Chí Minh”", "-"),
            (
                "T",
                "3",
                "100% đoàn viên thực hiện tốt quy chế chuyên môn, hoàn thành chỉ tiêu hai mặt giáo dục",
                "-",
            ),
            (
                "T",
                "4",
                "Nhiệt tình tham gia các cuộc thi do cấp trên tổ chức, phấn đấu có 5 đồng chí đạt danh hiệu giáo viên "
                "dạy giỏi cấp trường.",
                "-",
            ),
            (
                "T",
                "5",
                "Công tác Đảng: Phấn đấu giới thiệu 1 đến 2 đồng chí lên Chi bộ xem xét kết nạp Đảng",
                "-",
            ),
            ("S", "", "Nhiệm vụ cụ thể cho các đồng chí trong BCH Chi đoàn", "*"),
            (
                "T",
                "1",
                "Đồng chí Đào Thị Hoa – Bí thư: điều hành mọi hoạt động chung của Chi đoàn; chịu trách nhiệm chính "
                "trước Chi bộ, Đoàn cấp trên về tất cả các hoạt động của Chi đoàn; phụ trách công tác tư tưởng chính "
                "trị, công tác tổ chức.",
                "-",
            ),
            (
                "T",
                "2",
                "Đồng chí Nguyễn Văn Tuấn – Phó Bí thư: giúp Bí thư điều hành khi Bí thư đi vắng; phụ trách phong trào "
                "văn nghệ, thể dục thể thao và phối hợp với Liên đội.",
                "-",
            ),
            (
                "T",
                "3",
                "Đồng chí Phạm Thị Lan – Ủy viên BCH: phụ trách công tác kiểm tra, thu nộp đoàn phí, quản lý hồ sơ, sổ "
                "sách của Chi đoàn.",
                "-",
            ),
            ("S", "IV", "NỘI DUNG VÀ BIỆN PHÁP THỰC HIỆN", "IV –"),
            ("T", "1", "Công tác giáo dục chính trị, tư tưởng:", "1."),
            (
                "C",
                "-",
                "Tổ chức cho đoàn viên học tập, quán triệt Nghị quyết Đại hội Đảng bộ xã và Nghị quyết Đại hội Đoàn các "
                "cấp;",
                "-",
            ),
            (
                "C",
                "-",
                "Sinh hoạt chi đoàn định kỳ vào thứ Sáu tuần đầu của tháng, lồng ghép tìm hiểu lịch sử Đoàn.",
                "-",
            ),
            ("T", "2", "Công tác chuyên môn:", "2."),
            (
                "C",
                "-",
                "Đoàn viên tích cực đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin trong soạn giảng;",
                "-",
            ),
            (
                "C",
                "-",
                "Mỗi đoàn viên đăng ký ít nhất 02 tiết dạy tốt mỗi học kỳ và 01 chuyên đề trong năm học.",
                "-",
            ),
            ("T", "3", "Công tác phong trào:", "3."),
            (
                "C",
                "-",
                "Hưởng ứng phong trào “Ngày Chủ nhật xanh”, tham gia dọn vệ sinh, chăm sóc cây xanh trong khuôn viên "
                "trường;",
                "-",
            ),
            (
                "C",
                "-",
                "Phối hợp với Liên đội tổ chức các hoạt động ngoại khóa, văn nghệ chào mừng các ngày lễ lớn.",
                "-",
            ),
            ("T", "4", "Công tác xây dựng tổ chức Đoàn:", "4."),
            ("C", "-", "Thu nộp đoàn phí đầy đủ, đúng quy định; cập nhật sổ sách, hồ sơ chi đoàn;", "-"),
            ("C", "-", "Đánh giá, xếp loại đoàn viên cuối năm khách quan, đúng thực chất.", "-"),
            ("S", "V", "KẾ HOẠCH HOẠT ĐỘNG CỤ THỂ", "V –"),
            (
                "T",
                "1",
                "Tháng 9/2020: Ổn định tổ chức, xây dựng kế hoạch hoạt động năm học; tham gia Lễ khai giảng năm học "
                "mới.",
                "-",
            ),
            (
                "T",
                "2",
                "Tháng 10/2020: Sinh hoạt chuyên đề “Tuổi trẻ học tập và làm theo lời Bác”; tham gia hội thi giáo viên "
                "dạy giỏi cấp trường.",
                "-",
            ),
            ("T", "3", "Tháng 11/2020: Tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11:", "-"),
            ("C", "-", "Thi đua “Dạy tốt – Học tốt”, đăng ký tiết dạy tốt;", "+"),
            ("C", "-", "Phối hợp với Liên đội tổ chức văn nghệ, làm báo tường.", "+"),
            (
                "T",
                "4",
                "Tháng 12/2020: Sơ kết hoạt động học kỳ I; tổ chức hoạt động kỷ niệm Ngày thành lập Quân đội nhân dân "
                "Việt Nam 22/12.",
                "-",
            ),
            (
                "T",
                "5",
                "Tháng 01 – 02/2021: Tổ chức các hoạt động mừng Đảng, mừng Xuân; tham gia trang trí khuôn viên trường "
                "dịp Tết.",
                "-",
            ),
            (
                "T",
                "6",
                "Tháng 3/2021: Tổ chức các hoạt động kỷ niệm 90 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 – "
                "26/3/2021); ra quân Tháng Thanh niên.",
                "-",
            ),
            (
                "T",
                "7",
                "Tháng 4 – 5/2021: Tổng kết hoạt động năm học; đánh giá, xếp loại đoàn viên; đề xuất khen thưởng.",
                "-",
            ),
            (
                "E",
                "Trên đây là kế hoạch hoạt động Chi đoàn trường THCS Khánh Thượng năm học 2020 – 2021. Đề nghị các đồng "
                "chí đoàn viên nghiêm túc thực hiện./.",
            ),
            ("E", "DUYỆT CỦA CHI BỘ"),
            ("E", "TM. BCH CHI ĐOÀN"),
            ("E", "BÍ THƯ"),
            ("E", "Đào Thị Hoa"),
        ],
    },
    {
        "id": "b13b-my-hoa-lien-doi-chuong-trinh",
        "source": "http://c12myhoa.tanlac.edu.vn/tin-tuc-su-kien/hoat-dong-doan-doi/chuong-trinh-cong-tac-doi-va-phong-trao-thieu-nhi-nam-hoc-20.html",
        "style": "a school Young Pioneers' unit's year programme (Liên đội, Đội TNTP Hồ Chí Minh): Đội header with '* * *' "
        "and 'Số: …-CTr/LĐ', title 'CHƯƠNG TRÌNH' over its subject, two lead-in paragraphs; capital Roman parts "
        "'I.' … 'V.'; part I an unlabelled three-line slogan, part II of long '1.' … '4.' tasks, part III of '1.' "
        "… '3.' tasks over 'a)' 'b)' 'c)' sub-items, part IV of '-' targets, part V of '1.' tasks; closing "
        "remark, 'Nơi nhận:' and the Pioneer leader's signature",
        "lines": [
            ("h", "ĐỘI TNTP HỒ CHÍ MINH"),
            ("h", "LIÊN ĐỘI TRƯỜNG TH&THCS MỸ HÒA"),
            ("h", "* * *"),
            ("h", "Số: 01-CTr/LĐ"),
            ("h", "Mỹ Hòa, ngày 10 tháng 9 năm 2021"),
            ("title", "CHƯƠNG TRÌNH"),
            ("h", "Công tác Đội và phong trào thiếu nhi năm học 2021 - 2022"),
            (
                "h",
                'Căn cứ Chương trình số 22-CTr/HĐĐT, ngày 16/9/2021 của Hội đồng Đội tỉnh Hòa Bình về "Chương trình '
                'công tác Đội và phong trào thiếu nhi năm học 2021 - 2022"',
            ),
            (
                "h",
                "Hội đồng Đội huyện Tân Lạc ban hành chương trình công tác Đội và phong trào thiếu nhi năm học "
                "2021-2022. Liên đội trường TH&THCS Mỹ Hòa xây dựng Chương trình công tác Đội và phong trào thiếu nhi "
                "năm học 2021-2022 cụ thể như sau:",
            ),
            ("S", "I", "CHỦ ĐỀ NĂM HỌC", "I."),
            ("T", "1", "Thiếu nhi Tân Lạc", ""),
            ("P", "Học tốt, chăm ngoan"),
            ("P", "Vui khỏe, an toàn"),
            ("S", "II", "TRỌNG TÂM CÔNG TÁC", "II."),
            (
                "T",
                "1",
                "Tiếp tục đẩy mạnh triển khai phong trào “Thiếu nhi Việt Nam thi đua làm theo 5 điều Bác Hồ dạy”; đổi "
                "mới, linh hoạt phương thức trong triển khai các phong trào, chương trình, hoạt động Đội cho thiếu nhi "
                "phù hợp với tình hình dịch bệnh Covid-19; đảm bảo cho các em được học tập, rèn luyện trong môi trường "
                "an toàn.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tham mưu cho các cấp Đội, Đoàn tổng kết các chương trình, đề án, kết luận của Đại hội Đoàn các cấp về "
                "công tác phụ trách Đội TNTP Hồ Chí Minh và bảo vệ, chăm sóc, giáo dục thiếu niên, nhi đồng. Triển khai "
                "thực hiện tốt các hoạt động thi đua, chào mừng Đại hội Đoàn các cấp tiến tới Đại hội Đoàn toàn quốc "
                "lần thứ XII.",
                "2.",
            ),
            (
                "T",
                "3",
                "Tổ chức các hoạt động giáo dục kỹ năng sống, phòng chống xâm hại, tai nạn thương tích, đuối nước cho "
                "đội viên, nhi đồng; tăng cường các hoạt động trực tuyến phù hợp với điều kiện dạy học.",
                "3.",
            ),
            (
                "T",
                "4",
                "Nâng cao chất lượng hoạt động của Ban chỉ huy Liên đội, chi đội; củng cố đội ngũ giáo viên làm công "
                "tác phụ trách Đội và phụ trách Sao Nhi đồng.",
                "4.",
            ),
            ("S", "III", "NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN", "III."),
            ("T", "1", "Tổ chức phong trào “Thiếu nhi Việt Nam thi đua làm theo 5 điều Bác Hồ dạy”", "1."),
            (
                "C",
                "a",
                "Thi đua rèn luyện đạo đức, lối sống: tổ chức cho đội viên học tập, thực hiện 5 điều Bác Hồ dạy, nội "
                "quy nhà trường; duy trì hoạt động “Việc tốt quanh em”.",
                "a)",
            ),
            (
                "C",
                "b",
                "Thi đua học tập: phát động phong trào “Đôi bạn cùng tiến”, “Giờ học tốt” trong các chi đội.",
                "b)",
            ),
            (
                "C",
                "c",
                "Thi đua rèn luyện sức khỏe, kỹ năng: duy trì tập thể dục giữa giờ, múa hát sân trường bảo đảm các quy "
                "định phòng, chống dịch.",
                "c)",
            ),
            ("T", "2", "Công tác chăm lo, bảo vệ quyền trẻ em", "2."),
            (
                "C",
                "a",
                "Triển khai phong trào “Kế hoạch nhỏ”, “Nuôi heo đất” để giúp đỡ bạn có hoàn cảnh khó khăn;",
                "a)",
            ),
            (
                "C",
                "b",
                "Phối hợp với Trạm Y tế xã tuyên truyền phòng, chống dịch bệnh Covid-19 và phòng, chống đuối nước trong "
                "học sinh.",
                "b)",
            ),
            ("T", "3", "Xây dựng Đội vững mạnh", "3."),
            (
                "C",
                "a",
                "Tổ chức Đại hội chi đội, Đại hội Liên đội năm học 2021 - 2022 trước ngày 15/10/2021;",
                "a)",
            ),
            (
                "C",
                "b",
                "Kết nạp đội viên mới cho học sinh lớp 3 vào dịp 26/3 và 19/5; giới thiệu đội viên ưu tú để Đoàn xem "
                "xét kết nạp.",
                "b)",
            ),
            ("S", "IV", "CHỈ TIÊU PHẤN ĐẤU", "IV."),
            ("T", "1", "100% đội viên, nhi đồng được học tập, tuyên truyền về 5 điều Bác Hồ dạy.", "-"),
            ("T", "2", "95% trở lên học sinh trong độ tuổi được kết nạp vào Đội.", "-"),
            ("T", "3", "Mỗi chi đội có ít nhất 01 công trình măng non hoặc phần việc thiết thực.", "-"),
            ("T", "4", "Liên đội phấn đấu đạt danh hiệu Liên đội vững mạnh xuất sắc cấp huyện.", "-"),
            ("S", "V", "TỔ CHỨC THỰC HIỆN", "V."),
            (
                "T",
                "1",
                "Tổng phụ trách Đội tham mưu với Chi bộ, Ban giám hiệu nhà trường triển khai chương trình; xây dựng kế "
                "hoạch hoạt động theo từng tháng, từng chủ điểm.",
                "1.",
            ),
            (
                "T",
                "2",
                "Giáo viên chủ nhiệm các lớp phối hợp chặt chẽ với Liên đội hướng dẫn các chi đội thực hiện; báo cáo "
                "kết quả định kỳ hằng tháng.",
                "2.",
            ),
            (
                "T",
                "3",
                "Ban chỉ huy Liên đội, chi đội theo dõi, chấm điểm thi đua hằng tuần; sơ kết học kỳ I và tổng kết năm "
                "học.",
                "3.",
            ),
            (
                "E",
                "Trên đây là Chương trình công tác Đội và phong trào thiếu nhi năm học 2021 - 2022 của Liên đội trường "
                "TH&THCS Mỹ Hòa. Đề nghị các chi đội nghiêm túc triển khai thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- HĐĐ huyện Tân Lạc (b/c);"),
            ("E", "- Chi bộ, BGH nhà trường (b/c);"),
            ("E", "- Các chi đội (t/h);"),
            ("E", "- Lưu: LĐ."),
            ("E", "T/M LIÊN ĐỘI"),
            ("E", "TỔNG PHỤ TRÁCH"),
            ("E", "Bùi Thị Thu Hà"),
        ],
    },
    {
        "id": "b13c-ninh-binh-nghi-quyet-kinh-te-tu-nhan",
        "source": "https://baoninhbinh.org.vn/ninh-binh-phat-trien-kinh-te-tu-nhan-la-mot-dong-luc-quan-trong-nhat-trong-nen--260228223655716.html",
        "style": "a provincial Party standing committee resolution: Party header with 'Số 08-NQ/TU', three unlabelled "
        "context paragraphs (the last ending 'như sau:'), then capital Roman parts 'I.' … 'IV.' each over '1.' "
        "tasks; in the objectives part two tasks are short headings continued by a paragraph and one carries '-' "
        "targets, in the tasks part two carry '-' sub-items and one runs to a second paragraph; closing sentence "
        "'Nghị quyết này được phổ biến đến chi bộ.', 'Nơi nhận:' and 'T/M BAN THƯỜNG VỤ / BÍ THƯ'",
        "lines": [
            ("h", "ĐẢNG BỘ TỈNH NINH BÌNH"),
            ("h", "BAN THƯỜNG VỤ TỈNH ỦY"),
            ("h", "*"),
            ("h", "Số 08-NQ/TU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Ninh Bình, ngày 26 tháng 02 năm 2026"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "về phát triển kinh tế tư nhân tỉnh Ninh Bình đến năm 2030, tầm nhìn đến năm 2045"),
            ("h", "-----"),
            (
                "h",
                "Những năm qua, kinh tế tư nhân trên địa bàn tỉnh có bước phát triển khá, trở thành một trong những "
                "động lực chính của tăng trưởng; đóng góp khoảng 53% tổng thu ngân sách của tỉnh, tạo nhiều việc làm và "
                "thúc đẩy chuyển dịch cơ cấu kinh tế.",
            ),
            (
                "h",
                "Tuy nhiên, trong hơn 24.500 doanh nghiệp đang hoạt động, doanh nghiệp nhỏ và siêu nhỏ chiếm tới 97%; "
                "còn thiếu doanh nghiệp quy mô lớn có khả năng dẫn dắt chuỗi giá trị; năng lực quản trị, đổi mới sáng "
                "tạo, chuyển đổi số còn hạn chế; việc tiếp cận đất đai, tín dụng, nhân lực chất lượng cao còn khó khăn; "
                "môi trường đầu tư kinh doanh vẫn còn rào cản cần tháo gỡ.",
            ),
            (
                "h",
                "Quán triệt Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân và "
                "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, Ban Thường vụ Tỉnh ủy ban "
                "hành Nghị quyết về phát triển kinh tế tư nhân tỉnh Ninh Bình đến năm 2030, tầm nhìn đến năm 2045 như "
                "sau:",
            ),
            ("S", "I", "QUAN ĐIỂM CHỈ ĐẠO", "I."),
            (
                "T",
                "1",
                "Kinh tế tư nhân là một động lực quan trọng nhất của nền kinh tế tỉnh, được khuyến khích phát triển lâu "
                "dài, bền vững, bình đẳng với các thành phần kinh tế khác theo tinh thần Nghị quyết số 68-NQ/TW của Bộ "
                "Chính trị.",
                "1.",
            ),
            (
                "T",
                "2",
                "Cụ thể hóa các quan điểm, mục tiêu của Trung ương phù hợp với tiềm năng, lợi thế và điều kiện thực "
                "tiễn của tỉnh sau hợp nhất; lấy doanh nghiệp và người dân làm trung tâm, chủ thể của quá trình phát "
                "triển.",
                "2.",
            ),
            (
                "T",
                "3",
                "Phát triển kinh tế tư nhân là nhiệm vụ chính trị trọng tâm của cả hệ thống chính trị; gắn trách nhiệm "
                "của người đứng đầu cấp ủy, chính quyền với kết quả cải thiện môi trường đầu tư kinh doanh.",
                "3.",
            ),
            (
                "T",
                "4",
                "Doanh nhân là chiến sĩ trên mặt trận kinh tế; xây dựng đội ngũ doanh nhân Ninh Bình có bản lĩnh, khát "
                "vọng, đạo đức, văn hóa kinh doanh và trách nhiệm xã hội.",
                "4.",
            ),
            ("S", "II", "MỤC TIÊU", "II."),
            ("T", "1", "Mục tiêu chung", "1."),
            (
                "P",
                "Phát triển kinh tế tư nhân nhanh, bền vững, hiệu quả, chất lượng cao; nâng cao quy mô, năng lực cạnh "
                "tranh và khả năng tham gia chuỗi giá trị của doanh nghiệp; đưa kinh tế tư nhân thực sự trở thành động "
                "lực quan trọng nhất thúc đẩy tăng trưởng kinh tế của tỉnh.",
            ),
            ("T", "2", "Mục tiêu cụ thể đến năm 2030:", "2."),
            ("C", "-", "Toàn tỉnh có khoảng 40.000 doanh nghiệp đang hoạt động;", "-"),
            (
                "C",
                "-",
                "Tốc độ tăng trưởng bình quân của khu vực kinh tế tư nhân đạt 11 - 12%/năm, đóng góp khoảng 60% GRDP "
                "của tỉnh;",
                "-",
            ),
            ("C", "-", "Có ít nhất 30 doanh nghiệp quy mô lớn tham gia chuỗi cung ứng toàn cầu;", "-"),
            (
                "C",
                "-",
                "Trên 80% doanh nghiệp nhỏ và vừa ứng dụng nền tảng số trong quản trị, kinh doanh.",
                "-",
            ),
            ("T", "3", "Tầm nhìn đến năm 2045", "3."),
            (
                "P",
                "Kinh tế tư nhân của tỉnh phát triển mạnh mẽ, có năng lực cạnh tranh cao trong khu vực và quốc tế; đóng "
                "góp trên 65% GRDP, góp phần đưa Ninh Bình trở thành thành phố trực thuộc Trung ương.",
            ),
            ("S", "III", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "III."),
            (
                "T",
                "1",
                "Đổi mới tư duy, nâng cao nhận thức, thống nhất hành động về vai trò của kinh tế tư nhân trong toàn "
                "Đảng bộ, hệ thống chính trị và Nhân dân; tôn vinh các doanh nghiệp, doanh nhân tiêu biểu.",
                "1.",
            ),
            ("T", "2", "Đẩy mạnh cải cách thủ tục hành chính, cải thiện môi trường đầu tư kinh doanh:", "2."),
            (
                "C",
                "-",
                "Cắt giảm tối thiểu 30% thời gian, chi phí tuân thủ thủ tục hành chính liên quan đến hoạt động sản "
                "xuất, kinh doanh;",
                "-",
            ),
            (
                "C",
                "-",
                "Chuyển mạnh từ tiền kiểm sang hậu kiểm; không thanh tra, kiểm tra quá một lần trong năm đối với một "
                "doanh nghiệp, trừ trường hợp có dấu hiệu vi phạm rõ ràng;",
                "-",
            ),
            (
                "C",
                "-",
                "Nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI), phấn đấu vào nhóm 10 tỉnh dẫn đầu.",
                "-",
            ),
            ("T", "3", "Tạo thuận lợi cho kinh tế tư nhân tiếp cận các nguồn lực:", "3."),
            (
                "C",
                "-",
                "Dành quỹ đất tại các khu, cụm công nghiệp để bố trí mặt bằng sản xuất cho doanh nghiệp nhỏ và vừa, "
                "doanh nghiệp đổi mới sáng tạo;",
                "-",
            ),
            (
                "C",
                "-",
                "Phối hợp với các tổ chức tín dụng triển khai các gói tín dụng ưu đãi, bảo lãnh tín dụng cho doanh "
                "nghiệp nhỏ và vừa;",
                "-",
            ),
            ("C", "-", "Gắn đào tạo nghề với nhu cầu sử dụng lao động của doanh nghiệp.", "-"),
            (
                "T",
                "4",
                "Hỗ trợ doanh nghiệp nhỏ và vừa, hộ kinh doanh chuyển đổi số, đổi mới sáng tạo, ứng dụng khoa học công "
                "nghệ; khuyến khích hộ kinh doanh chuyển lên hoạt động theo mô hình doanh nghiệp.",
                "4.",
            ),
            (
                "T",
                "5",
                "Hình thành và phát triển các doanh nghiệp quy mô lớn, có vai trò dẫn dắt trong các lĩnh vực công "
                "nghiệp chế biến, chế tạo, du lịch, dịch vụ và nông nghiệp công nghệ cao.",
                "5.",
            ),
            (
                "P",
                "Thúc đẩy liên kết giữa doanh nghiệp tư nhân với doanh nghiệp có vốn đầu tư nước ngoài, hợp tác xã và "
                "nông dân, hình thành các chuỗi giá trị sản phẩm chủ lực của tỉnh.",
            ),
            (
                "T",
                "6",
                "Bảo vệ quyền sở hữu, quyền tự do kinh doanh, quyền tài sản của doanh nghiệp; phân biệt rõ trách nhiệm "
                "hình sự với trách nhiệm hành chính, dân sự trong xử lý vi phạm.",
                "6.",
            ),
            (
                "T",
                "7",
                "Nâng cao vai trò của Hiệp hội Doanh nghiệp tỉnh và các hiệp hội ngành nghề trong kết nối, hỗ trợ doanh "
                "nghiệp và tham gia phản biện chính sách.",
                "7.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Các cấp ủy, tổ chức đảng tổ chức quán triệt, xây dựng kế hoạch thực hiện Nghị quyết phù hợp với tình "
                "hình thực tế của địa phương, đơn vị.",
                "1.",
            ),
            (
                "T",
                "2",
                "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh xây dựng kế hoạch thực hiện Nghị quyết, "
                "hoàn thành trước ngày 30/4/2026; định kỳ hằng năm đánh giá kết quả thực hiện.",
                "2.",
            ),
            (
                "T",
                "3",
                "Đảng ủy Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh ban hành cơ chế, chính sách hỗ trợ phát "
                "triển kinh tế tư nhân thuộc thẩm quyền; tăng cường giám sát việc thực hiện.",
                "3.",
            ),
            (
                "T",
                "4",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tuyên truyền, vận động hội "
                "viên, đoàn viên tham gia phát triển kinh tế tư nhân.",
                "4.",
            ),
            (
                "T",
                "5",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, đôn đốc, kiểm tra "
                "việc thực hiện Nghị quyết, định kỳ báo cáo Ban Thường vụ Tỉnh ủy.",
                "5.",
            ),
            ("E", "Nghị quyết này được phổ biến đến chi bộ."),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư Trung ương Đảng (để b/c),"),
            ("E", "- Các đồng chí Tỉnh ủy viên,"),
            ("E", "- Các đảng ủy trực thuộc Tỉnh ủy,"),
            ("E", "- Các sở, ban, ngành, MTTQ và các tổ chức chính trị - xã hội tỉnh,"),
            ("E", "- Lưu Văn phòng Tỉnh ủy."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "BÍ THƯ"),
            ("E", "Trần Quang Hiếu"),
        ],
    },
    {
        "id": "b13c-yen-bai-thong-bao-ket-luan",
        "source": "http://hhdn.yenbai.vn/tin-tuc/ubnd-tinh-yen-bai-yeu-cau-cac-co-quan-don-vi-dia-phuong-khan-truong-ra-soat-cac-chi-tieu-nhiem-vu-dat-thap-5-thang-dau-nam-dat-duoi-40-ke-hoach-de-kip-thoi-co-giai-phap-thao-go-kho-khan-day-nha/",
        "style": "a provincial People's Committee Office notice of the chairman's conclusions at the monthly meeting: "
        "state header, 'THÔNG BÁO' and a 'Kết luận của …' subtitle, two narrative paragraphs ending 'kết luận như "
        "sau:', then capital Roman parts 'I.', 'II.', 'III.': the first over two short '1.', '2.' headings "
        "carrying bracketed lower-case Roman '(i)', '(ii)', '(iii)' sub-items, the second over seven long '1.' "
        "tasks, two with '(i)', '(ii)' sub-items, the third over '1.' … '3.' tasks; closing notice formula, 'Nơi "
        "nhận:' and 'KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN TỈNH YÊN BÁI"),
            ("h", "VĂN PHÒNG"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 55/TB-VP"),
            ("h", "Yên Bái, ngày 03 tháng 6 năm 2024"),
            ("title", "THÔNG BÁO"),
            (
                "h",
                "Kết luận của đồng chí Trần Huy Tuấn - Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh tại phiên họp "
                "thành viên Ủy ban nhân dân tỉnh đánh giá tình hình kinh tế - xã hội tháng 5 và 5 tháng đầu năm 2024; "
                "phương hướng, nhiệm vụ công tác tháng 6 năm 2024",
            ),
            (
                "h",
                "Ngày 31/5/2024, Ủy ban nhân dân tỉnh tổ chức phiên họp thường kỳ đánh giá tình hình kinh tế - xã hội "
                "tháng 5 và 5 tháng đầu năm 2024, triển khai nhiệm vụ công tác tháng 6 năm 2024. Đồng chí Trần Huy Tuấn "
                "- Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh chủ trì phiên họp; dự phiên họp có lãnh đạo Hội "
                "đồng nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, thành viên Ủy ban nhân dân tỉnh và lãnh đạo "
                "các cơ quan, đơn vị cấp tỉnh.",
            ),
            (
                "h",
                "Sau khi nghe báo cáo tình hình kinh tế - xã hội tháng 5 và 5 tháng đầu năm, phương hướng, nhiệm vụ "
                "tháng 6 năm 2024 và ý kiến thảo luận của các đại biểu, đồng chí Chủ tịch Ủy ban nhân dân tỉnh kết luận "
                "như sau:",
            ),
            ("S", "I", "ĐÁNH GIÁ TÌNH HÌNH KINH TẾ - XÃ HỘI THÁNG 5 VÀ 5 THÁNG ĐẦU NĂM", "I."),
            ("T", "1", "Kết quả đạt được", "1."),
            (
                "C",
                "i",
                "5 tháng đầu năm, dưới sự lãnh đạo của Tỉnh ủy, sự đồng hành của Hội đồng nhân dân tỉnh và sự chỉ đạo "
                "quyết liệt của Ủy ban nhân dân tỉnh, tình hình kinh tế - xã hội của tỉnh tiếp tục ổn định và có bước "
                "phát triển; nhiều chỉ tiêu đạt khá so với kịch bản tăng trưởng.",
                "(i)",
            ),
            (
                "C",
                "ii",
                "Sản xuất nông, lâm nghiệp thuận lợi; chỉ số sản xuất công nghiệp tăng 12,6% so với cùng kỳ; tổng lượng "
                "khách du lịch đạt trên 690 nghìn lượt, tăng 18%.",
                "(ii)",
            ),
            (
                "C",
                "iii",
                "An sinh xã hội được bảo đảm; quốc phòng, an ninh được giữ vững; công tác cải cách hành chính, chuyển "
                "đổi số có chuyển biến tích cực.",
                "(iii)",
            ),
            ("T", "2", "Tồn tại, hạn chế", "2."),
            (
                "C",
                "i",
                "Một số chỉ tiêu đạt thấp so với kế hoạch, nhất là thu ngân sách từ tiền sử dụng đất và tỷ lệ giải ngân "
                "vốn đầu tư công (mới đạt 31,5% kế hoạch).",
                "(i)",
            ),
            (
                "C",
                "ii",
                "Công tác giải phóng mặt bằng một số dự án trọng điểm còn chậm; việc tham mưu của một số cơ quan chưa "
                "kịp thời, chất lượng chưa cao.",
                "(ii)",
            ),
            (
                "C",
                "iii",
                "Thời tiết diễn biến bất thường, nắng nóng gay gắt kéo dài ảnh hưởng đến sản xuất và đời sống của Nhân "
                "dân.",
                "(iii)",
            ),
            ("S", "II", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 6 NĂM 2024", "II."),
            (
                "T",
                "1",
                "Các cơ quan, đơn vị, địa phương khẩn trương rà soát các chỉ tiêu, nhiệm vụ đạt thấp (5 tháng đầu năm "
                "đạt dưới 40% kế hoạch) để kịp thời có giải pháp tháo gỡ khó khăn, đẩy nhanh tiến độ, phấn đấu hoàn "
                "thành và hoàn thành vượt mức kịch bản tăng trưởng Quý II năm 2024.",
                "1.",
            ),
            (
                "T",
                "2",
                "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính và các chủ đầu tư đẩy nhanh giải ngân vốn đầu "
                "tư công, trong đó:",
                "2.",
            ),
            (
                "C",
                "i",
                "Tổ chức kiểm tra hiện trường các dự án có tỷ lệ giải ngân dưới 30%, báo cáo Ủy ban nhân dân tỉnh trước "
                "ngày 20/6/2024;",
                "(i)",
            ),
            (
                "C",
                "ii",
                "Tham mưu điều chuyển vốn từ các dự án chậm tiến độ sang các dự án có khả năng giải ngân tốt.",
                "(ii)",
            ),
            (
                "T",
                "3",
                "Sở Nông nghiệp và Phát triển nông thôn chỉ đạo chăm sóc, bảo vệ cây trồng vụ Mùa; chủ động phương án "
                "phòng, chống thiên tai, mưa lũ, sạt lở đất trong mùa mưa bão; kiểm soát dịch tả lợn châu Phi.",
                "3.",
            ),
            (
                "T",
                "4",
                "Sở Tài nguyên và Môi trường, Ủy ban nhân dân các huyện, thị xã, thành phố tập trung tháo gỡ vướng mắc "
                "về đất đai, đẩy nhanh giải phóng mặt bằng các dự án trọng điểm:",
                "4.",
            ),
            ("C", "i", "Đường kết nối Quốc lộ 32C với cao tốc Nội Bài - Lào Cai;", "(i)"),
            ("C", "ii", "Khu công nghiệp Trấn Yên và Cụm công nghiệp Văn Chấn.", "(ii)"),
            (
                "T",
                "5",
                "Sở Văn hóa, Thể thao và Du lịch tổ chức tốt các hoạt động du lịch mùa hè, Tuần Văn hóa - Du lịch Mường "
                "Lò; bảo đảm an toàn cho du khách.",
                "5.",
            ),
            (
                "T",
                "6",
                "Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh giữ vững an ninh chính trị, trật tự an toàn xã hội; tăng cường "
                "bảo đảm trật tự an toàn giao thông trên các tuyến trọng điểm.",
                "6.",
            ),
            (
                "T",
                "7",
                "Sở Nội vụ tăng cường kiểm tra công vụ, chấn chỉnh kỷ luật, kỷ cương hành chính; kiên quyết xử lý cán "
                "bộ, công chức né tránh, đùn đẩy, thiếu trách nhiệm trong thực thi nhiệm vụ.",
                "7.",
            ),
            ("S", "III", "VỀ CÁC NỘI DUNG TRÌNH TẠI PHIÊN HỌP", "III."),
            (
                "T",
                "1",
                "Thống nhất thông qua dự thảo Nghị quyết quy định chính sách hỗ trợ phát triển du lịch cộng đồng; giao "
                "Sở Văn hóa, Thể thao và Du lịch tiếp thu ý kiến, hoàn thiện hồ sơ trình kỳ họp Hội đồng nhân dân tỉnh "
                "giữa năm 2024.",
                "1.",
            ),
            (
                "T",
                "2",
                "Giao Sở Tài chính hoàn thiện phương án phân bổ kinh phí sự nghiệp kinh tế năm 2024, báo cáo Ủy ban "
                "nhân dân tỉnh trước ngày 10/6/2024.",
                "2.",
            ),
            (
                "T",
                "3",
                "Đối với đề nghị điều chỉnh chủ trương đầu tư dự án Khu đô thị phía Nam Nghĩa Lộ: giao Sở Kế hoạch và "
                "Đầu tư rà soát, làm rõ căn cứ pháp lý, báo cáo tại phiên họp tháng 7 năm 2024.",
                "3.",
            ),
            (
                "E",
                "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thường trực Tỉnh ủy;"),
            ("E", "- Thường trực HĐND tỉnh;"),
            ("E", "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;"),
            ("E", "- Các sở, ban, ngành thuộc UBND tỉnh;"),
            ("E", "- UBND các huyện, thị xã, thành phố;"),
            ("E", "- Lưu: VT, TH."),
            ("E", "KT. CHÁNH VĂN PHÒNG"),
            ("E", "PHÓ CHÁNH VĂN PHÒNG"),
            ("E", "Hoàng Minh Đức"),
        ],
    },
    {
        "id": "b13c-thanh-hoa-quyet-dinh-ke-hoach-hanh-dong",
        "source": "https://nhansu.vn/van-ban-phap-luat/Quyet-dinh-208-QD-UBND-2026-Ke-hoach-thuc-hien-Nghi-quyet-phat-trien-kinh-te-Thanh-Hoa-690434.html",
        "style": "a provincial People's Committee decision issuing an action plan, with the plan attached: the decision's "
        "'Căn cứ' lines, 'QUYẾT ĐỊNH:', 'Điều 1.' … 'Điều 3.', 'Nơi nhận:' and 'TM. ỦY BAN NHÂN DÂN' signature "
        "all come before the plan (preamble), then the plan's own header, 'KẾ HOẠCH HÀNH ĐỘNG' heading, '(Ban "
        "hành kèm theo …)' line and a context paragraph; the plan body has capital letter parts 'A.', 'B.', 'C.': "
        "the first a single unlabelled paragraph, the second nine '1.' … '9.' focus tasks ('a)', 'b)' sub-items "
        "under three, '-' under one), the third '1.' … '5.' tasks naming the bodies; a closing request paragraph "
        "and no signature after the plan",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH THANH HÓA"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 208/QĐ-UBND"),
            ("h", "Thanh Hóa, ngày 17 tháng 01 năm 2026"),
            ("title", "QUYẾT ĐỊNH"),
            (
                "h",
                "VỀ VIỆC BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG THỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ, NGHỊ QUYẾT CỦA TỈNH ỦY, HĐND "
                "TỈNH VỀ NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH NĂM 2026",
            ),
            ("h", "ỦY BAN NHÂN DÂN TỈNH THANH HÓA"),
            ("h", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
            (
                "h",
                "Căn cứ Nghị quyết của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch phát triển kinh tế - "
                "xã hội và dự toán ngân sách nhà nước năm 2026;",
            ),
            ("h", "Căn cứ Nghị quyết của Ban Chấp hành Đảng bộ tỉnh về phương hướng, nhiệm vụ năm 2026;"),
            (
                "h",
                "Căn cứ Nghị quyết của Hội đồng nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2026;",
            ),
            ("h", "Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh."),
            ("h", "QUYẾT ĐỊNH:"),
            (
                "h",
                "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch hành động thực hiện Nghị quyết của Chính phủ, Nghị "
                "quyết của Tỉnh ủy, HĐND tỉnh về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026.",
            ),
            ("h", "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."),
            (
                "h",
                "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Trưởng các ban, ngành, đơn vị cấp tỉnh, Chủ tịch "
                "UBND các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
            ),
            ("h", "Nơi nhận:"),
            ("h", "- Như Điều 3 QĐ;"),
            ("h", "- Văn phòng Chính phủ (để b/c);"),
            ("h", "- Thường trực Tỉnh ủy, HĐND tỉnh (để b/c);"),
            ("h", "- Lưu: VT, THKH."),
            ("h", "TM. ỦY BAN NHÂN DÂN"),
            ("h", "CHỦ TỊCH"),
            ("h", "Nguyễn Hoài Anh"),
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH THANH HÓA"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "KẾ HOẠCH HÀNH ĐỘNG"),
            (
                "h",
                "Thực hiện Nghị quyết của Chính phủ, Nghị quyết của Tỉnh ủy, HĐND tỉnh về nhiệm vụ phát triển kinh tế - "
                "xã hội, quốc phòng - an ninh năm 2026",
            ),
            ("h", "(Ban hành kèm theo Quyết định số 208/QĐ-UBND ngày 17/01/2026 của UBND tỉnh Thanh Hóa)"),
            (
                "h",
                "Năm 2026 có ý nghĩa đặc biệt quan trọng, là năm diễn ra Đại hội đại biểu toàn quốc lần thứ XIV của "
                "Đảng, bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2026 - 2031; là năm đầu thực hiện Nghị quyết "
                "Đại hội Đảng bộ tỉnh lần thứ XX và Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030. Để thực "
                "hiện thắng lợi các mục tiêu, chỉ tiêu đã đề ra, UBND tỉnh ban hành Kế hoạch hành động với những nội "
                "dung sau:",
            ),
            ("S", "A", "MỤC TIÊU TỔNG QUÁT", "A."),
            (
                "T",
                "1",
                "Tập trung thúc đẩy tăng trưởng kinh tế đạt từ 11% trở lên gắn với giữ vững ổn định kinh tế vĩ mô; đẩy "
                "mạnh đổi mới mô hình tăng trưởng dựa trên khoa học công nghệ, đổi mới sáng tạo và chuyển đổi số; phát "
                "triển kết cấu hạ tầng đồng bộ, hiện đại; bảo đảm an sinh xã hội, nâng cao đời sống Nhân dân; giữ vững "
                "quốc phòng, an ninh; vận hành hiệu quả chính quyền địa phương hai cấp.",
                "",
            ),
            ("S", "B", "TRỌNG TÂM CHỈ ĐẠO, ĐIỀU HÀNH NĂM 2026", "B."),
            (
                "T",
                "1",
                "Khẩn trương cụ thể hóa các nghị quyết của Đảng, Quốc hội, Chính phủ và Nghị quyết Đại hội Đảng bộ tỉnh "
                "lần thứ XX thành các chương trình, kế hoạch, đề án cụ thể; hoàn thiện hệ thống quy hoạch và thể chế, "
                "chính sách của tỉnh.",
                "1.",
            ),
            ("T", "2", "Thúc đẩy tăng trưởng kinh tế gắn với giữ vững ổn định kinh tế vĩ mô:", "2."),
            (
                "C",
                "a",
                "Phấn đấu thu ngân sách nhà nước trên địa bàn đạt 65.000 tỷ đồng; quản lý chặt chẽ, tiết kiệm chi ngân "
                "sách;",
                "a)",
            ),
            (
                "C",
                "b",
                "Giải ngân 100% kế hoạch vốn đầu tư công được giao; người đứng đầu chịu trách nhiệm về kết quả giải "
                "ngân.",
                "b)",
            ),
            (
                "T",
                "3",
                "Đẩy mạnh chuyển dịch cơ cấu kinh tế; phát triển công nghiệp chế biến, chế tạo, năng lượng tại Khu kinh "
                "tế Nghi Sơn; phát triển nông nghiệp sinh thái, hiện đại, quy mô lớn.",
                "3.",
            ),
            (
                "T",
                "4",
                "Ưu tiên nguồn lực phát triển kết cấu hạ tầng kinh tế - xã hội đồng bộ, hiện đại, trọng tâm là:",
                "4.",
            ),
            ("C", "a", "Đường bộ cao tốc Thanh Hóa - Lào Cai đoạn qua địa bàn tỉnh;", "a)"),
            ("C", "b", "Nâng cấp Cảng hàng không Thọ Xuân và hạ tầng các khu công nghiệp.", "b)"),
            (
                "T",
                "5",
                "Cải thiện mạnh mẽ môi trường đầu tư, kinh doanh; đẩy nhanh cải cách thủ tục hành chính, nâng cao chỉ "
                "số PCI, PAR INDEX, SIPAS:",
                "5.",
            ),
            (
                "C",
                "a",
                "Rút ngắn ít nhất 30% thời gian giải quyết thủ tục hành chính về đầu tư, đất đai, xây dựng;",
                "a)",
            ),
            ("C", "b", "Tổ chức đối thoại định kỳ hằng quý giữa lãnh đạo tỉnh với doanh nghiệp.", "b)"),
            (
                "T",
                "6",
                "Phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; xây dựng chính quyền số, kinh tế "
                "số, xã hội số.",
                "6.",
            ),
            ("T", "7", "Phát triển toàn diện các lĩnh vực văn hóa, xã hội, bảo đảm an sinh xã hội:", "7."),
            (
                "C",
                "-",
                "Hoàn thành xây dựng trường phổ thông nội trú liên cấp tại các xã biên giới của tỉnh;",
                "-",
            ),
            ("C", "-", "Giảm tỷ lệ hộ nghèo đa chiều từ 1,2% trở lên.", "-"),
            (
                "T",
                "8",
                "Quản lý chặt chẽ tài nguyên, bảo vệ môi trường; chủ động phòng, chống thiên tai, ứng phó với biến đổi "
                "khí hậu.",
                "8.",
            ),
            (
                "T",
                "9",
                "Củng cố quốc phòng, an ninh; tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu "
                "HĐND các cấp nhiệm kỳ 2026 - 2031.",
                "9.",
            ),
            ("S", "C", "TỔ CHỨC THỰC HIỆN", "C."),
            (
                "T",
                "1",
                "Giám đốc các sở, Trưởng các ban, ngành, đơn vị cấp tỉnh, Chủ tịch UBND các xã, phường căn cứ Kế hoạch "
                "này xây dựng chương trình, kế hoạch hành động của ngành, địa phương, hoàn thành trước ngày 10/02/2026.",
                "1.",
            ),
            (
                "T",
                "2",
                "Sở Tài chính chủ trì theo dõi, đôn đốc việc thực hiện; tổng hợp, báo cáo UBND tỉnh tình hình thực hiện "
                "Kế hoạch định kỳ hằng quý.",
                "2.",
            ),
            (
                "T",
                "3",
                "Văn phòng UBND tỉnh đưa các nhiệm vụ của Kế hoạch vào chương trình công tác của UBND tỉnh; theo dõi, "
                "đôn đốc việc thực hiện các nhiệm vụ được giao.",
                "3.",
            ),
            (
                "T",
                "4",
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tăng cường tuyên "
                "truyền, vận động Nhân dân tích cực tham gia thực hiện Kế hoạch.",
                "4.",
            ),
            (
                "T",
                "5",
                "Báo và Phát thanh, Truyền hình Thanh Hóa, các cơ quan thông tấn, báo chí trên địa bàn tỉnh kịp thời "
                "đưa tin về kết quả thực hiện Kế hoạch; biểu dương các tập thể, cá nhân làm tốt.",
                "5.",
            ),
            (
                "E",
                "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp "
                "thời báo cáo UBND tỉnh (qua Sở Tài chính) để xem xét, giải quyết./.",
            ),
        ],
    },
]

BLIND13_FORMS: dict[str, list[str]] = {
    "b13a-thap-muoi-hoi-nong-dan-so-ket": ["typed.docx", "scan.pdf", "vni.txt"],
    "b13a-can-giuoc-truong-tieu-hoc-so-ket": ["txt", "running.pdf", "tcvn3.docx"],
    "b13a-pleiku-dang-uy-phuong-bao-cao": ["typed.docx", "typed.pdf", "tcvn3.txt"],
    "b13b-benh-vien-mat-tw-huong-dan": ["typed.docx", "photo.jpg", "vni.txt"],
    "b13b-khanh-thuong-chi-doan-ke-hoach": ["txt", "running.pdf", "tcvn3.docx"],
    "b13b-my-hoa-lien-doi-chuong-trinh": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "b13c-ninh-binh-nghi-quyet-kinh-te-tu-nhan": ["numbered.docx", "running.pdf", "tcvn3.txt"],
    "b13c-yen-bai-thong-bao-ket-luan": ["typed.docx", "scan.pdf", "vni.txt"],
    "b13c-thanh-hoa-quyet-dinh-ke-hoach-hanh-dong": ["typed.docx", "txt", "tcvn3.docx"],
}
