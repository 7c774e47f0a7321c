"""The fourteenth blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (07/12/2026, fifteenth session), by three helpers working blind (they never ran the
reader nor read its code), each after the layout and opening of a real public document found that day with the search
tool — none of them a source of the corpus, of its generators, of its target passages or of the first thirteen blind
parts. Past what the page showed, the helpers went on in its style (content, numbers and signatories made up). Frozen
after the fixes from the thirteenth part's first run and before those from the dev documents written beside it
(``DEV_DOCS_15``), so its first run measures the session's rules held out.

Same roles as ``blind10_docs``.
"""

from __future__ import annotations

BLIND14_DOCS: list[dict] = [
    {
        "id": "b14a-binh-phuoc-quy-trinh-kiem-tra",
        "source": "https://tinhuybinhphuoc.vn/news/Chinh-tri/binh-phuoc-ban-hanh-quy-trinh-kiem-tra-giam-sat-thi-hanh-ky-luat-dang-giai-quyet-to-cao-cua-chi-bo-3214.html",
        "style": "a provincial Party standing committee's procedure (quy trình) for a Party cell checking one member: "
        "Party header with '*', title 'QUY TRÌNH' over its subject and two bracketed scope lines, then capital "
        "Roman steps 'I. BƯỚC CHUẨN BỊ' … 'III. BƯỚC KẾT THÚC' over '1.' tasks; one task continued by an "
        "unlabelled paragraph, one task over 'a-' … 'e-' sub-items and one over '-' sub-items; 'T/M BAN THƯỜNG "
        "VỤ' signature and no 'Nơi nhận'",
        "lines": [
            ("h", "TỈNH ỦY BÌNH PHƯỚC"),
            ("h", "*"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Đồng Xoài, ngày 14 tháng 7 năm 2023"),
            ("title", "QUY TRÌNH"),
            ("h", "Kiểm tra đảng viên chấp hành"),
            ("h", "(Ban hành kèm theo Quyết định số 1127-QĐ/TU, ngày 14/7/2023 của Ban Thường vụ Tỉnh ủy)"),
            (
                "h",
                "(Quy trình này áp dụng cho chi bộ không có chi ủy, không đủ điều kiện thành lập tổ kiểm tra)",
            ),
            ("S", "I", "BƯỚC CHUẨN BỊ", "I."),
            ("T", "1", "Đầu năm, bí thư chi bộ dự thảo kế hoạch kiểm tra, giám sát năm của chi bộ.", "1."),
            (
                "P",
                "Kế hoạch nêu rõ mục đích, yêu cầu; đối tượng, nội dung và mốc thời gian kiểm tra; thời gian tiến hành "
                "kiểm tra và phương pháp tiến hành (theo mẫu).",
            ),
            ("T", "2", "Chi bộ họp, thảo luận thống nhất và ban hành kế hoạch kiểm tra, giám sát năm.", "2."),
            ("S", "II", "BƯỚC TIẾN HÀNH", "II."),
            (
                "T",
                "1",
                "Căn cứ kế hoạch kiểm tra, giám sát năm hoặc nhiệm vụ đột xuất do cấp ủy cấp trên giao, bí thư chi bộ "
                "thông báo nội dung, thời gian kiểm tra đến đảng viên được kiểm tra tại kỳ họp chi bộ liền kề trước "
                "thời gian kiểm tra; hướng dẫn đảng viên xây dựng báo cáo tự kiểm tra (theo mẫu) và cung cấp hồ sơ, tài "
                "liệu có liên quan (nếu có).",
                "1.",
            ),
            (
                "T",
                "2",
                "Bí thư chi bộ nhận, nghiên cứu báo cáo tự kiểm tra của đảng viên và các tài liệu liên quan; làm việc "
                "với tổ chức, cá nhân có liên quan khi cần thiết; yêu cầu đảng viên được kiểm tra bổ sung những nội "
                "dung chưa rõ (nếu có); dự thảo báo cáo kết quả kiểm tra của chi bộ (theo mẫu).",
                "2.",
            ),
            ("S", "III", "BƯỚC KẾT THÚC", "III."),
            (
                "T",
                "1",
                "Chi bộ tổ chức hội nghị (bí thư chi bộ chủ trì, phân công đảng viên ghi biên bản):",
                "1.",
            ),
            ("C", "a", "Bí thư chi bộ nêu mục đích, yêu cầu, nội dung của cuộc kiểm tra;", "a-"),
            ("C", "b", "Đảng viên được kiểm tra trình bày báo cáo tự kiểm tra;", "b-"),
            ("C", "c", "Bí thư chi bộ trình bày dự thảo báo cáo kết quả kiểm tra;", "c-"),
            (
                "C",
                "d",
                "Đảng viên trong chi bộ thảo luận, đóng góp ý kiến; đảng viên được kiểm tra phát biểu tiếp thu, giải "
                "trình (nếu có);",
                "d-",
            ),
            ("C", "đ", "Bí thư chi bộ kết luận những nội dung đã được thống nhất;", "đ-"),
            (
                "C",
                "e",
                "Chi bộ biểu quyết thông qua báo cáo kết quả kiểm tra; trường hợp đảng viên có vi phạm đến mức phải xem "
                "xét, xử lý kỷ luật thì thực hiện theo quy trình thi hành kỷ luật đảng viên của chi bộ.",
                "e-",
            ),
            (
                "T",
                "2",
                "Bí thư chi bộ hoàn chỉnh báo cáo kết quả kiểm tra, ký thông báo kết luận kiểm tra và gửi đến đảng viên "
                "được kiểm tra (theo mẫu).",
                "2.",
            ),
            (
                "T",
                "3",
                "Chi bộ theo dõi, đôn đốc đảng viên được kiểm tra khắc phục hạn chế, khuyết điểm theo kết luận; báo cáo "
                "kết quả kiểm tra với đảng ủy cấp trên trực tiếp khi có yêu cầu.",
                "3.",
            ),
            ("T", "4", "Lập và lưu trữ hồ sơ cuộc kiểm tra theo quy định, gồm:", "4."),
            ("C", "-", "Kế hoạch kiểm tra, giám sát năm của chi bộ;", "-"),
            ("C", "-", "Báo cáo tự kiểm tra của đảng viên được kiểm tra;", "-"),
            ("C", "-", "Báo cáo kết quả kiểm tra và biên bản hội nghị chi bộ;", "-"),
            ("C", "-", "Thông báo kết luận kiểm tra và các tài liệu khác có liên quan.", "-"),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
            ("E", "Trần Văn Thịnh"),
        ],
    },
    {
        "id": "b14a-quan-11-phuong-4-ke-hoach-ky-niem",
        "source": "https://www.danguyphuong4quan11.com/x%C3%A2y-d%E1%BB%B1ng-%C4%91%E1%BA%A3ng/tuy%C3%AAn-gi%C3%A1o/k%E1%BB%B7-ni%E1%BB%87m-132-n%C4%83m-ng%C3%A0y-sinh-ch%E1%BB%A7-t%E1%BB%8Bch-h%E1%BB%93-ch%C3%AD-minh",
        "style": "a ward Party committee's plan of anniversary activities (TP Hồ Chí Minh): Party header with '*' and 'Số "
        "…-KH/ĐU', title 'KẾ HOẠCH' over its subject, one lead-in paragraph, then seven '1.' … '7.' activities "
        "with no sections, each followed by four unlabelled run-in field paragraphs 'Đơn vị phụ trách:', 'Địa "
        "điểm:', 'Mục đích:', 'Thời gian:'; a closing request ending './.', 'Nơi nhận:' and 'T/M BAN THƯỜNG VỤ'",
        "lines": [
            ("h", "ĐẢNG BỘ QUẬN 11"),
            ("h", "ĐẢNG ỦY PHƯỜNG 4"),
            ("h", "*"),
            ("h", "Số 118-KH/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Quận 11, ngày 05 tháng 5 năm 2022"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "tổ chức các hoạt động chào mừng kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - "
                "19/5/2022)",
            ),
            (
                "h",
                "Thực hiện Hướng dẫn số 41-HD/BTGQU ngày 22/4/2022 của Ban Tuyên giáo Quận ủy Quận 11 về tuyên truyền "
                "kỷ niệm 132 năm Ngày sinh Chủ tịch Hồ Chí Minh; gắn với thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 "
                "của Bộ Chính trị và Chỉ thị số 02-CT/TU ngày 03/12/2020 của Ban Thường vụ Thành ủy, Ban Thường vụ Đảng "
                "ủy Phường 4 xây dựng kế hoạch tổ chức các hoạt động thiết thực chào mừng kỷ niệm 132 năm Ngày sinh Chủ "
                "tịch Hồ Chí Minh (19/5/1890 - 19/5/2022), cụ thể như sau:",
            ),
            (
                "T",
                "1",
                'Ra mắt tủ sách cộng đồng gắn với việc thực hiện "Không gian Hồ Chí Minh" của đơn vị.',
                "1.",
            ),
            ("P", "Đơn vị phụ trách: Đoàn Thanh niên Cộng sản Hồ Chí Minh phường."),
            ("P", "Địa điểm: Trụ sở Ủy ban nhân dân Phường 4 Quận 11."),
            (
                "P",
                "Mục đích: trang bị các đầu sách lịch sử, tiểu sử anh hùng dân tộc, bài viết về học tập và làm theo "
                "Bác... để người dân, cán bộ, công chức, đảng viên, đoàn viên, hội viên tìm đọc, tham khảo khi đến Ủy "
                "ban phường.",
            ),
            ("P", "Thời gian: thực hiện trong năm 2022 và các năm tiếp theo."),
            (
                "T",
                "2",
                'Tổ chức Hội thi trực tuyến với chủ đề "Hành trình theo dấu chân Người" năm 2022.',
                "2.",
            ),
            ("P", "Đơn vị phụ trách: Đoàn Thanh niên Cộng sản Hồ Chí Minh phường."),
            ("P", "Địa điểm: Bảo tàng Hồ Chí Minh - Bến Nhà Rồng."),
            (
                "P",
                "Mục đích: nâng cao hiểu biết của đoàn viên, thanh niên phường về hành trình ra đi tìm đường cứu nước "
                "của Bác.",
            ),
            ("P", "Thời gian: ngày 18/5/2022."),
            ("T", "3", "Thực hiện mô hình trao tặng cây xanh cho hội viên phụ nữ phường.", "3."),
            ("P", "Đơn vị phụ trách: Hội Liên hiệp Phụ nữ phường."),
            ("P", "Địa điểm: 5 khu phố."),
            (
                "P",
                "Mục đích: vận động hội viên phụ nữ học tập và làm theo Bác trong việc trồng cây xanh, giữ gìn cảnh "
                "quan, bảo vệ môi trường.",
            ),
            ("P", "Thời gian: hoàn thành trong tháng 5/2022."),
            (
                "T",
                "4",
                'Xây dựng "Không gian Hồ Chí Minh trực tuyến" tại Trang tin điện tử Đảng bộ Phường 4 Quận 11.',
                "4.",
            ),
            ("P", "Đơn vị phụ trách: Văn phòng Đảng ủy phường."),
            ("P", "Địa điểm: Trang tin điện tử Đảng bộ Phường 4 Quận 11."),
            (
                "P",
                "Mục đích: giới thiệu tư liệu, hình ảnh về thân thế, sự nghiệp của Chủ tịch Hồ Chí Minh; đăng tải các "
                "gương điển hình học tập và làm theo Bác trên địa bàn phường.",
            ),
            ("P", "Thời gian: khai trương ngày 19/5/2022 và cập nhật thường xuyên."),
            ("T", "5", "Tổ chức dâng hương, dâng hoa tưởng niệm Chủ tịch Hồ Chí Minh.", "5."),
            ("P", "Đơn vị phụ trách: Văn phòng Đảng ủy phối hợp Ủy ban Mặt trận Tổ quốc Việt Nam phường."),
            ("P", "Địa điểm: Phòng truyền thống Đảng bộ Phường 4."),
            (
                "P",
                "Mục đích: bày tỏ lòng biết ơn sâu sắc đối với công lao to lớn của Chủ tịch Hồ Chí Minh; giáo dục "
                "truyền thống cho cán bộ, đảng viên và Nhân dân.",
            ),
            ("P", "Thời gian: 7 giờ 30 ngày 19/5/2022."),
            (
                "T",
                "6",
                'Tổ chức sinh hoạt chuyên đề "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" năm 2022 '
                "tại các chi bộ trực thuộc.",
                "6.",
            ),
            ("P", "Đơn vị phụ trách: Cấp ủy các chi bộ trực thuộc Đảng ủy phường."),
            ("P", "Địa điểm: Các chi bộ khu phố, chi bộ cơ quan."),
            (
                "P",
                "Mục đích: đảng viên liên hệ bản thân, đăng ký việc làm cụ thể học tập và làm theo Bác gắn với nhiệm vụ "
                "được giao.",
            ),
            ("P", "Thời gian: trong kỳ sinh hoạt chi bộ định kỳ tháng 5/2022."),
            (
                "T",
                "7",
                "Thăm, tặng quà các gia đình chính sách, hộ nghèo, hộ cận nghèo trên địa bàn phường.",
                "7.",
            ),
            (
                "P",
                "Đơn vị phụ trách: Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp Hội Cựu chiến binh, Hội Người cao "
                "tuổi phường.",
            ),
            ("P", "Địa điểm: 5 khu phố."),
            (
                "P",
                'Mục đích: thực hiện tốt chính sách an sinh xã hội, phát huy đạo lý "Uống nước nhớ nguồn" trong Nhân '
                "dân.",
            ),
            ("P", "Thời gian: từ ngày 16/5/2022 đến ngày 19/5/2022."),
            (
                "E",
                "Ban Thường vụ Đảng ủy đề nghị cấp ủy các chi bộ trực thuộc, Ủy ban Mặt trận Tổ quốc Việt Nam và các "
                "đoàn thể phường triển khai thực hiện nghiêm túc Kế hoạch này; báo cáo kết quả về Ban Thường vụ Đảng ủy "
                "(qua Văn phòng Đảng ủy) trước ngày 25/5/2022./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Tuyên giáo Quận ủy Quận 11,"),
            ("E", "- Các chi bộ trực thuộc,"),
            ("E", "- UBMTTQ và các đoàn thể phường,"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "PHÓ BÍ THƯ"),
            ("E", "Lâm Thị Kim Hoa"),
        ],
    },
    {
        "id": "b14a-tw-van-phong-cong-van-ket-luan",
        "source": "https://thanhnien.vn/ban-bi-thu-tuyet-doi-khong-de-tinh-trang-du-xuan-keo-dai-anh-huong-den-nhiem-vu-185260224221015474.htm",
        "style": "the Central Party Office's letter (công văn) conveying a Secretariat conclusion, with no kind line: "
        "two-line Party header with '*', 'Số …-CV/VPTW' and its subject line, 'Kính gửi:' over four '-' "
        "addressees, a lead-in, one appraisal paragraph and a closing lead-in, then six tasks 'Thứ nhất,' … 'Thứ "
        "sáu,' with no sections; two tasks continued by an unlabelled paragraph, four tasks over lower-case '-' "
        "sub-items; a closing sentence, 'Nơi nhận:' and a 'K/T CHÁNH VĂN PHÒNG' signature",
        "lines": [
            ("h", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
            ("h", "VĂN PHÒNG"),
            ("h", "*"),
            ("h", "Số 539-CV/VPTW"),
            ("h", "Kết luận của Ban Bí thư về tình hình tổ chức Tết Bính Ngọ 2026"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Hà Nội, ngày 24 tháng 02 năm 2026"),
            ("h", "Kính gửi:"),
            ("h", "- Các tỉnh ủy, thành ủy;"),
            ("h", "- Các ban đảng, đảng ủy trực thuộc Trung ương;"),
            ("h", "- Các đảng ủy bộ, ngành, tổ chức chính trị - xã hội ở Trung ương;"),
            ("h", "- Các đảng ủy đơn vị sự nghiệp Trung ương."),
            (
                "h",
                "Tại phiên họp ngày 24/02/2026, sau khi xem xét Báo cáo số 28-BC/VPTW của Văn phòng Trung ương Đảng về "
                "một số tình hình chủ yếu thực hiện Chỉ thị số 55-CT/TW, ngày 22/12/2025 của Ban Bí thư về việc tổ chức "
                "Tết Bính Ngọ năm 2026, Ban Bí thư kết luận như sau:",
            ),
            (
                "h",
                "Ban Bí thư biểu dương các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã "
                "hội, cán bộ, công chức, viên chức, lực lượng vũ trang đã thực hiện nghiêm chỉ đạo của Ban Bí thư, bảo "
                'đảm để Nhân dân đón Tết vui tươi, đầm ấm, nghĩa tình, an toàn, với tinh thần "ăn Tết gọn, làm việc '
                'sớm, vào việc ngay". Việc tổ chức chu đáo các hoạt động Tết Bính Ngọ là khởi đầu thuận lợi, tạo khí '
                "thế mới cho năm 2026.",
            ),
            (
                "h",
                "Ban Bí thư yêu cầu các cấp ủy, chính quyền, cơ quan, đơn vị tập trung thực hiện tốt 6 nhiệm vụ trọng "
                "tâm sau:",
            ),
            (
                "T",
                "1",
                "toàn hệ thống chính trị khẩn trương trở lại hoạt động bình thường ngay sau kỳ nghỉ Tết; siết chặt kỷ "
                "luật, kỷ cương hành chính, kỷ luật công vụ; tuyệt đối không để tình trạng du Xuân kéo dài làm ảnh "
                'hưởng đến nhiệm vụ, khắc phục tâm lý "tháng Giêng là tháng ăn chơi".',
                "Thứ nhất,",
            ),
            (
                "P",
                "Người đứng đầu cơ quan, đơn vị, địa phương phải nêu gương, nói đi đôi với làm, tạo khí thế làm việc "
                "khẩn trương ngay từ đầu năm và chịu trách nhiệm trực tiếp nếu để xảy ra trì trệ, chậm giải quyết công "
                "việc.",
            ),
            (
                "T",
                "2",
                "hoàn thành trong quý I/2026 việc bổ sung chương trình hành động, kế hoạch của cấp ủy các cấp thực hiện "
                "Nghị quyết Đại hội XIV của Đảng và các nghị quyết chiến lược của Bộ Chính trị, trong đó:",
                "Thứ hai,",
            ),
            (
                "C",
                "-",
                "rà soát, cụ thể hóa đầy đủ các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp phù hợp với điều kiện của từng "
                "địa phương, cơ quan, đơn vị;",
                "-",
            ),
            (
                "C",
                "-",
                "thể chế hóa kịp thời những nội dung trọng tâm, cốt lõi, nội dung mới trong Văn kiện Đại hội XIV của "
                "Đảng;",
                "-",
            ),
            (
                "C",
                "-",
                "phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ kết quả trong từng chương trình, kế "
                "hoạch.",
                "-",
            ),
            (
                "T",
                "3",
                "khẩn trương chuẩn bị các nội dung trình Hội nghị Trung ương 2 khóa XIV trong tháng 3/2026.",
                "Thứ ba,",
            ),
            (
                "P",
                "Các cơ quan tham mưu của Đảng sớm báo cáo Bộ Chính trị cho ý kiến để hoàn thiện các đề án, bảo đảm "
                "chất lượng và đúng tiến độ.",
            ),
            (
                "T",
                "4",
                "tập trung lãnh đạo, chỉ đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội "
                "đồng nhân dân các cấp nhiệm kỳ 2026 - 2031:",
                "Thứ tư,",
            ),
            (
                "C",
                "-",
                "hoàn thành việc lập, niêm yết danh sách cử tri, danh sách người ứng cử đúng quy định;",
                "-",
            ),
            (
                "C",
                "-",
                "đẩy mạnh thông tin, tuyên truyền để cử tri hiểu rõ quyền, nghĩa vụ và tích cực tham gia bầu cử;",
                "-",
            ),
            (
                "C",
                "-",
                "chủ động nắm chắc tình hình, có phương án bảo đảm tuyệt đối an ninh, trật tự trước, trong và sau ngày "
                "bầu cử;",
                "-",
            ),
            (
                "C",
                "-",
                "giải quyết kịp thời, dứt điểm đơn thư khiếu nại, tố cáo liên quan đến người ứng cử.",
                "-",
            ),
            (
                "T",
                "5",
                "thúc đẩy tăng trưởng kinh tế ngay từ những tháng đầu năm, phấn đấu đạt mục tiêu tăng trưởng từ 10% trở "
                "lên:",
                "Thứ năm,",
            ),
            ("C", "-", "rà soát kịch bản tăng trưởng của từng ngành, từng địa phương theo từng quý;", "-"),
            (
                "C",
                "-",
                "đẩy nhanh giải ngân vốn đầu tư công, tiến độ các công trình, dự án trọng điểm; kịp thời tháo gỡ khó "
                "khăn cho sản xuất, kinh doanh;",
                "-",
            ),
            (
                "C",
                "-",
                "chăm lo đời sống Nhân dân, bảo đảm an sinh xã hội, nhất là ở những địa phương chịu ảnh hưởng của thiên "
                "tai.",
                "-",
            ),
            (
                "T",
                "6",
                "quản lý chặt chẽ các hoạt động lễ hội đầu Xuân, bảo đảm văn minh, an toàn, tiết kiệm:",
                "Thứ sáu,",
            ),
            (
                "C",
                "-",
                "cán bộ, đảng viên không đi lễ hội trong giờ hành chính, không sử dụng phương tiện, tài sản công đi lễ "
                "hội (trừ trường hợp làm nhiệm vụ);",
                "-",
            ),
            (
                "C",
                "-",
                "tăng cường bảo đảm an ninh, trật tự, an toàn giao thông, phòng, chống cháy, nổ tại nơi tổ chức lễ hội;",
                "-",
            ),
            (
                "C",
                "-",
                "kiên quyết xử lý các hành vi lợi dụng lễ hội để trục lợi, hoạt động mê tín dị đoan.",
                "-",
            ),
            (
                "E",
                "Văn phòng Trung ương Đảng xin thông báo để các cấp ủy, tổ chức đảng, cơ quan, đơn vị biết, thực hiện.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Như trên,"),
            ("E", "- Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng,"),
            ("E", "- Lưu Văn phòng Trung ương Đảng."),
            ("E", "K/T CHÁNH VĂN PHÒNG"),
            ("E", "PHÓ CHÁNH VĂN PHÒNG"),
            ("E", "Nguyễn Đức Thịnh"),
        ],
    },
    {
        "id": "b14b-quang-ngai-nghi-quyet-6-thang-cuoi",
        "source": "https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-15-NQ-HDND-2025-giai-phap-phat-trien-kinh-te-xa-hoi-6-thang-cuoi-nam-Quang-Ngai-668677.html",
        "style": "a provincial People's Council resolution at the session of July 2025: 'QUYẾT NGHỊ:', then the articles "
        "themselves are the parts ('Điều 1.' … 'Điều 3.' with their titles on the same line); Điều 1 is "
        "unnumbered paragraphs (an approving lead-in ending ':' and two more), Điều 2 has '1.' … '9.' tasks with "
        "'a)' … 'd)' sub-items under two and one task of two paragraphs, Điều 3 'Tổ chức thực hiện' has '1.' … "
        "'3.'; a closing 'Nghị quyết này đã được … thông qua …/.' sentence, 'Nơi nhận:' and a 'CHỦ TỊCH' "
        "signature",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN"),
            ("h", "TỈNH QUẢNG NGÃI"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 15/NQ-HĐND"),
            ("h", "Quảng Ngãi, ngày 15 tháng 7 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "VỀ NHIỆM VỤ VÀ GIẢI PHÁP PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG CUỐI NĂM 2025"),
            ("h", "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI"),
            ("h", "KHÓA XIII KỲ HỌP THỨ 2"),
            ("h", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
            (
                "h",
                "Xét Tờ trình số 01/TTr-UBND ngày 10 tháng 7 năm 2025 của Ủy ban nhân dân tỉnh về việc trình Hội đồng "
                "nhân dân tỉnh thông qua Nghị quyết về nhiệm vụ và giải pháp phát triển kinh tế - xã hội 6 tháng cuối "
                "năm 2025; Báo cáo thẩm tra của các Ban Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng "
                "nhân dân tại kỳ họp.",
            ),
            ("h", "QUYẾT NGHỊ:"),
            ("S", "1", "Tình hình kinh tế - xã hội 6 tháng đầu năm 2025", "Điều 1."),
            (
                "T",
                "1",
                "Hội đồng nhân dân tỉnh thống nhất với những nhận định, đánh giá nêu trong các báo cáo của Ủy ban nhân "
                "dân tỉnh, Tòa án nhân dân tỉnh, Viện kiểm sát nhân dân tỉnh, cơ quan Thi hành án dân sự tỉnh trình tại "
                "kỳ họp thứ 2, trong đó nhấn mạnh một số nội dung chính như sau:",
                "",
            ),
            (
                "P",
                "Trong 6 tháng đầu năm 2025, tình hình kinh tế - xã hội của tỉnh đạt được một số kết quả tích cực: Tổng "
                "sản phẩm trên địa bàn tỉnh (GRDP) tăng 11,51%; hoạt động sản xuất công nghiệp tăng mạnh; tổng mức bán "
                "lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng 12,8% so với cùng kỳ; thu ngân sách nhà nước trên địa "
                "bàn ước đạt 58,6% dự toán. Việc hợp nhất tỉnh và vận hành chính quyền địa phương hai cấp được triển "
                "khai khẩn trương, đúng lộ trình; an sinh xã hội được bảo đảm; quốc phòng, an ninh được giữ vững.",
            ),
            (
                "P",
                "Tuy nhiên, giải ngân vốn đầu tư công mới đạt 31,4% kế hoạch; công tác bồi thường, giải phóng mặt bằng "
                "một số dự án trọng điểm còn vướng mắc; sản xuất nông nghiệp chịu ảnh hưởng của thời tiết bất thường; "
                "việc bàn giao hồ sơ, tài sản sau sắp xếp đơn vị hành chính ở một số nơi còn lúng túng.",
            ),
            ("S", "2", "Nhiệm vụ và giải pháp chủ yếu 6 tháng cuối năm 2025", "Điều 2."),
            (
                "T",
                "1",
                "Tập trung ổn định tổ chức bộ máy của tỉnh sau hợp nhất; hoàn thành việc bố trí, sắp xếp cán bộ, công "
                "chức, viên chức; bảo đảm các xã, phường, đặc khu vận hành thông suốt, không để gián đoạn công việc, "
                "ảnh hưởng đến người dân, doanh nghiệp.",
                "1.",
            ),
            (
                "T",
                "2",
                "Đẩy mạnh giải ngân vốn đầu tư công, phấn đấu đến ngày 31 tháng 01 năm 2026 giải ngân đạt 100% kế hoạch "
                "vốn được giao, trong đó:",
                "2.",
            ),
            (
                "C",
                "a",
                "Thành lập các tổ công tác của tỉnh để đôn đốc, tháo gỡ vướng mắc đối với từng dự án chậm giải ngân;",
                "a)",
            ),
            (
                "C",
                "b",
                "Xử lý dứt điểm khó khăn về bồi thường, giải phóng mặt bằng, nguồn vật liệu xây dựng cho các dự án "
                "trọng điểm, các tuyến giao thông kết nối Quảng Ngãi - Kon Tum;",
                "b)",
            ),
            (
                "C",
                "c",
                "Kiên quyết điều chuyển vốn của các dự án chậm triển khai sang các dự án có khả năng giải ngân tốt;",
                "c)",
            ),
            (
                "C",
                "d",
                "Gắn trách nhiệm người đứng đầu với kết quả giải ngân; xử lý nghiêm các trường hợp gây chậm trễ.",
                "d)",
            ),
            (
                "T",
                "3",
                "Phát triển công nghiệp, dịch vụ làm động lực tăng trưởng; tạo điều kiện để các dự án lớn tại Khu kinh "
                "tế Dung Quất sớm đi vào hoạt động; phát triển du lịch biển, đảo Lý Sơn và du lịch sinh thái Măng Đen "
                "gắn với bảo tồn văn hóa các dân tộc.",
                "3.",
            ),
            (
                "P",
                "Khẩn trương hoàn thiện quy hoạch các khu, cụm công nghiệp trên địa bàn tỉnh sau hợp nhất; đẩy mạnh xúc "
                "tiến đầu tư, ưu tiên thu hút các dự án công nghệ cao, thân thiện với môi trường.",
            ),
            (
                "T",
                "4",
                "Chỉ đạo sản xuất vụ Hè Thu và vụ Mùa năm 2025; chủ động phòng, chống thiên tai, dịch bệnh cây trồng, "
                "vật nuôi; xây dựng phương án ứng phó mưa bão theo phương châm “bốn tại chỗ”.",
                "4.",
            ),
            (
                "T",
                "5",
                "Tăng cường thu ngân sách nhà nước, chống thất thu, xử lý nợ đọng thuế; quản lý chi ngân sách chặt chẽ, "
                "tiết kiệm, bảo đảm nguồn lực cho hoạt động của chính quyền cấp xã.",
                "5.",
            ),
            ("T", "6", "Chăm lo phát triển văn hóa - xã hội, bảo đảm an sinh xã hội:", "6."),
            (
                "C",
                "a",
                "Chuẩn bị tốt các điều kiện cho năm học 2025 - 2026; bố trí đủ giáo viên, cơ sở vật chất cho các trường "
                "học sau sắp xếp;",
                "a)",
            ),
            (
                "C",
                "b",
                "Hoàn thành chương trình xóa nhà tạm, nhà dột nát trên địa bàn tỉnh trước ngày 31 tháng 8 năm 2025;",
                "b)",
            ),
            (
                "C",
                "c",
                "Nâng cao chất lượng khám bệnh, chữa bệnh tại các trạm y tế xã, phường, đặc khu.",
                "c)",
            ),
            (
                "T",
                "7",
                "Đẩy mạnh cải cách hành chính, chuyển đổi số; bảo đảm 100% thủ tục hành chính đủ điều kiện được cung "
                "cấp dịch vụ công trực tuyến toàn trình; triển khai hiệu quả Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
                "7.",
            ),
            (
                "T",
                "8",
                "Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội; bảo đảm an ninh biên giới trên đất liền và an "
                "ninh vùng biển, đảo; kiềm chế tai nạn giao thông, tội phạm và tệ nạn xã hội.",
                "8.",
            ),
            (
                "T",
                "9",
                "Chuẩn bị chu đáo các điều kiện để tổ chức thành công Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ "
                "2025 - 2030 và công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI, đại biểu Hội đồng nhân dân các cấp "
                "nhiệm kỳ 2026 - 2031.",
                "9.",
            ),
            ("S", "3", "Tổ chức thực hiện", "Điều 3."),
            (
                "T",
                "1",
                "Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này; báo cáo kết quả thực hiện tại "
                "kỳ họp thường lệ cuối năm 2025 của Hội đồng nhân dân tỉnh.",
                "1.",
            ),
            (
                "T",
                "2",
                "Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu "
                "Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.",
                "2.",
            ),
            (
                "T",
                "3",
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền, vận "
                "động Nhân dân thực hiện và tham gia giám sát việc thực hiện Nghị quyết.",
                "3.",
            ),
            (
                "E",
                "Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Ngãi Khóa XIII Kỳ họp thứ 2 thông qua ngày 15 "
                "tháng 7 năm 2025 và có hiệu lực từ ngày thông qua./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ủy ban Thường vụ Quốc hội;"),
            ("E", "- Chính phủ;"),
            ("E", "- Thường trực Tỉnh ủy, HĐND, UBND tỉnh;"),
            ("E", "- Đại biểu HĐND tỉnh;"),
            ("E", "- Các sở, ban, ngành, hội, đoàn thể tỉnh;"),
            ("E", "- Thường trực HĐND, UBND các xã, phường, đặc khu;"),
            ("E", "- Lưu: VT, KTNS."),
            ("E", "CHỦ TỊCH"),
            ("E", "Nguyễn Đức Tuy"),
        ],
    },
    {
        "id": "b14b-binh-thuan-bao-cao-khao-sat-ban-dan-toc",
        "source": "https://hdnd.binhthuan.gov.vn/News/hoatdonghdnd/bandantoc/2018/09/1684.aspx",
        "style": "a survey report of the Ethnic Affairs Committee of a provincial People's Council: committee letterhead "
        "'HĐND TỈNH … / BAN DÂN TỘC', 'BÁO CÁO' over a sentence-case subject line, one long 'Thực hiện ý kiến chỉ "
        "đạo …' preamble ending 'như sau:', then five unnumbered 'Về …:' heading lines as parts: the first three "
        "over plain paragraphs (one or two), the fourth over '-' difficulties, the last 'Về kiến nghị:' over '-' "
        "tasks, two of them bare 'Đối với …:' lines over '+' sub-items; 'Trên đây là …/.' closing, 'Nơi nhận:' "
        "and a 'TM. BAN DÂN TỘC / TRƯỞNG BAN' signature",
        "lines": [
            ("h", "HĐND TỈNH BÌNH THUẬN"),
            ("h", "BAN DÂN TỘC"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 91/BC-HĐND"),
            ("h", "Bình Thuận, ngày 31 tháng 8 năm 2018"),
            ("title", "BÁO CÁO"),
            (
                "h",
                "Kết quả khảo sát tình hình thiếu nước và tiến độ thực hiện chính sách của tỉnh về hỗ trợ xây dựng bể "
                "chứa nước hộ gia đình và đào ao trữ nước vùng đồng bào dân tộc thiểu số trên địa bàn tỉnh",
            ),
            (
                "h",
                "Thực hiện ý kiến chỉ đạo của Thường trực HĐND tỉnh tại Thông báo kết luận số 20/TB-HĐND ngày 07/5/2018 "
                "tại cuộc họp giao ban Thường trực HĐND tỉnh, các Ban HĐND tỉnh và Văn phòng HĐND tỉnh tháng 5/2018, "
                "Ban Dân tộc HĐND tỉnh đã tiến hành khảo sát tình hình thiếu nước và tiến độ thực hiện chính sách hỗ "
                "trợ xây dựng bể chứa nước hộ gia đình và đào ao trữ nước cho vùng đồng bào dân tộc thiểu số (khảo sát "
                "trực tiếp tại 03 xã: Tân Thuận - Hàm Thuận Nam, Tân Thắng - Hàm Tân, Suối Kiết - Tánh Linh; xem xét "
                "báo cáo của Sở Nông nghiệp và Phát triển nông thôn và UBND các huyện: Tuy Phong, Bắc Bình, Hàm Thuận "
                "Bắc, Hàm Tân, Đức Linh, TP. Phan Thiết). Ban Dân tộc HĐND tỉnh báo cáo kết quả khảo sát như sau:",
            ),
            ("S", "", "Về việc ban hành các văn bản để triển khai chính sách", ""),
            (
                "T",
                "1",
                "Trước tình hình thời tiết những năm qua diễn biến ngày càng phức tạp do tác động của biến đổi khí hậu, "
                "nắng hạn đã xảy ra ở nhiều nơi trên địa bàn tỉnh, ảnh hưởng nghiêm trọng đến đời sống sinh hoạt của "
                "người dân và sản xuất nông nghiệp, nhất là vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số. Đây là "
                "vấn đề được Tỉnh ủy, HĐND tỉnh rất quan tâm.",
                "",
            ),
            (
                "P",
                "Trên cơ sở Nghị quyết của HĐND tỉnh, UBND tỉnh đã ban hành quyết định phê duyệt đối tượng, mức hỗ trợ "
                "và hướng dẫn trình tự, thủ tục thực hiện; các huyện đã kịp thời triển khai đến các xã, thôn có đồng "
                "bào dân tộc thiểu số sinh sống.",
            ),
            ("S", "", "Về tiến độ thực hiện chính sách", ""),
            (
                "T",
                "1",
                "Tính đến ngày 15/8/2018, toàn tỉnh đã hỗ trợ xây dựng 1.126/2.350 bể chứa nước hộ gia đình, đạt 47,9% "
                "kế hoạch; đào được 38/120 ao trữ nước, đạt 31,7%; tổng kinh phí đã giải ngân 9,8 tỷ đồng.",
                "",
            ),
            (
                "P",
                "Các huyện Tánh Linh, Đức Linh triển khai khá; các huyện Bắc Bình, Hàm Thuận Bắc còn chậm, nhiều hộ đã "
                "được phê duyệt nhưng chưa khởi công xây dựng.",
            ),
            ("S", "", "Về tình hình thiếu nước sinh hoạt tại các xã khảo sát", ""),
            (
                "T",
                "1",
                "Mùa khô năm 2018, tại 03 xã khảo sát có khoảng 640 hộ đồng bào dân tộc thiểu số thiếu nước sinh hoạt, "
                "phải mua nước với giá từ 80.000 đến 150.000 đồng/m3; nhiều giếng đào bị khô cạn, một số công trình cấp "
                "nước tập trung xuống cấp, hoạt động không hiệu quả.",
                "",
            ),
            (
                "P",
                "Các bể chứa nước đã xây dựng cơ bản phát huy hiệu quả, bảo đảm nước sinh hoạt cho các hộ trong mùa "
                "khô; tuy nhiên một số bể có dung tích nhỏ, chưa đáp ứng nhu cầu của hộ đông nhân khẩu.",
            ),
            ("S", "", "Về những khó khăn, vướng mắc", ""),
            (
                "T",
                "1",
                "Mức hỗ trợ xây dựng bể chứa nước còn thấp so với giá vật liệu, nhân công hiện nay; nhiều hộ nghèo "
                "không có khả năng đối ứng phần kinh phí còn lại.",
                "-",
            ),
            (
                "T",
                "2",
                "Việc rà soát, lập danh sách hộ được hỗ trợ ở một số xã chưa sát thực tế, còn trùng lặp với các chương "
                "trình, dự án khác.",
                "-",
            ),
            (
                "T",
                "3",
                "Quỹ đất để đào ao trữ nước hạn chế; một số vị trí đào ao không có nguồn nước bổ sung nên hiệu quả sử "
                "dụng thấp.",
                "-",
            ),
            (
                "T",
                "4",
                "Công tác kiểm tra, nghiệm thu của một số địa phương chưa kịp thời, hồ sơ thanh toán còn chậm.",
                "-",
            ),
            (
                "T",
                "5",
                "Một bộ phận đồng bào còn tâm lý trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước, chưa chủ động tích trữ "
                "nước trong mùa mưa.",
                "-",
            ),
            ("S", "", "Về kiến nghị", ""),
            ("T", "1", "Đối với UBND tỉnh:", "-"),
            (
                "C",
                "-",
                "Chỉ đạo Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Sở Tài chính, Ban Dân tộc tỉnh "
                "nghiên cứu, tham mưu điều chỉnh mức hỗ trợ xây dựng bể chứa nước phù hợp với giá cả thực tế;",
                "+",
            ),
            (
                "C",
                "-",
                "Bố trí kịp thời nguồn vốn năm 2019 để hoàn thành chính sách trong giai đoạn 2017 - 2020;",
                "+",
            ),
            (
                "C",
                "-",
                "Ưu tiên sửa chữa, nâng cấp các công trình cấp nước sinh hoạt tập trung đã xuống cấp ở vùng đồng bào "
                "dân tộc thiểu số.",
                "+",
            ),
            ("T", "2", "Đối với UBND các huyện:", "-"),
            (
                "C",
                "-",
                "Đẩy nhanh tiến độ thực hiện; rà soát lại danh sách hộ được hỗ trợ bảo đảm đúng đối tượng, công khai, "
                "minh bạch;",
                "+",
            ),
            (
                "C",
                "-",
                "Tăng cường kiểm tra, nghiệm thu; hướng dẫn người dân sử dụng nước tiết kiệm, hiệu quả.",
                "+",
            ),
            (
                "T",
                "3",
                "Đối với UBND các xã: phối hợp với Ban Công tác Mặt trận thôn vận động các hộ đối ứng bằng ngày công, "
                "vật liệu tại chỗ; kịp thời báo cáo những khó khăn, vướng mắc phát sinh.",
                "-",
            ),
            (
                "T",
                "4",
                "Đề nghị Ủy ban MTTQ Việt Nam tỉnh chỉ đạo Mặt trận các cấp tham gia giám sát việc thực hiện chính sách "
                "tại cơ sở.",
                "-",
            ),
            (
                "E",
                "Trên đây là báo cáo kết quả khảo sát tình hình thiếu nước và tiến độ thực hiện chính sách hỗ trợ xây "
                "dựng bể chứa nước hộ gia đình và đào ao trữ nước vùng đồng bào dân tộc thiểu số của Ban Dân tộc HĐND "
                "tỉnh./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thường trực HĐND tỉnh;"),
            ("E", "- UBND tỉnh;"),
            ("E", "- Sở NN&PTNT, Ban Dân tộc tỉnh;"),
            ("E", "- UBND các huyện, thị xã, thành phố;"),
            ("E", "- Lưu: VT, DT."),
            ("E", "TM. BAN DÂN TỘC"),
            ("E", "TRƯỞNG BAN"),
            ("E", "Nguyễn Văn Hải"),
        ],
    },
    {
        "id": "b14b-ninh-thuan-nghi-quyet-tinh-uy-nam-2022",
        "source": "http://baoninhthuan.com.vn/news/127547p24c161/nghi-quyet-cua-ban-chap-hanh-dang-bo-tinh-khoa-xiv-ve-phuong-huong-nhiem-vu-nam-2022.htm",
        "style": "a provincial Party committee resolution on the next year's tasks as reprinted by the provincial paper: "
        "no letterhead, a headline 'Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIV:' over 'Về phương hướng, "
        "nhiệm vụ năm 2022', an 'LTS:' note and two lead-in paragraphs, then Roman parts typed with a hyphen "
        "('I-' … 'IV-', upper case): I- one paragraph, II- '-' targets, III- '1-' … '6-' tasks with '-' sub-items "
        "under three, IV- '1-' … '4-'; closing 'Nghị quyết này được phổ biến đến chi bộ.' and a 'T/M TỈNH ỦY / BÍ "
        "THƯ' signature",
        "lines": [
            ("title", "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIV:"),
            ("h", "Về phương hướng, nhiệm vụ năm 2022"),
            (
                "h",
                "LTS: Ngày 2-12-2021, đồng chí Nguyễn Đức Thanh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy ký ban hành "
                "Nghị quyết số 10-NQ/TU về phương hướng, nhiệm vụ năm 2022. Báo Ninh Thuận trân trọng giới thiệu toàn "
                "văn Nghị quyết.",
            ),
            (
                "h",
                "Năm 2022 là năm thứ hai thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII, Nghị quyết Đại hội "
                "Đảng bộ tỉnh lần thứ XIV và Kế hoạch phát triển kinh tế - xã hội (KT-XH) 5 năm 2021-2025. Dự báo tình "
                "hình thế giới và trong nước có nhiều thuận lợi và khó khăn, thách thức đan xen; trong tỉnh, dịch "
                "COVID-19 tiếp tục diễn biến phức tạp, nguồn lực đầu tư công hạn chế, hoạt động sản xuất, kinh doanh "
                "của doanh nghiệp và đời sống một bộ phận Nhân dân còn nhiều khó khăn.",
            ),
            (
                "h",
                "Trên cơ sở kết quả thực hiện nhiệm vụ năm 2021 và dự báo những thuận lợi, khó khăn, Ban Chấp hành Đảng "
                "bộ tỉnh xác định phương hướng, nhiệm vụ và giải pháp chủ yếu cần tập trung lãnh đạo, chỉ đạo trong năm "
                "2022 như sau:",
            ),
            ("S", "I", "PHƯƠNG HƯỚNG, MỤC TIÊU CHUNG", "I-"),
            (
                "T",
                "1",
                "Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19, bảo vệ sức khỏe, tính mạng của Nhân "
                "dân; tập trung phục hồi và phát triển KT-XH, đẩy mạnh thực hiện ba khâu đột phá của tỉnh về năng lượng "
                "tái tạo, du lịch và nông nghiệp ứng dụng công nghệ cao; bảo đảm an sinh xã hội, giữ vững quốc phòng, "
                "an ninh; tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh.",
                "",
            ),
            ("S", "II", "CÁC CHỈ TIÊU CHỦ YẾU", "II-"),
            ("T", "1", "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) đạt 9-10%.", "-"),
            ("T", "2", "Thu ngân sách nhà nước trên địa bàn đạt 4.200 tỷ đồng.", "-"),
            ("T", "3", "Tổng vốn đầu tư toàn xã hội đạt 21.000 tỷ đồng.", "-"),
            ("T", "4", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm 1,5% trở lên.", "-"),
            ("T", "5", "Kết nạp từ 800 đảng viên mới trở lên.", "-"),
            ("S", "III", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "III-"),
            (
                "T",
                "1",
                "Thực hiện có hiệu quả công tác phòng, chống dịch COVID-19 trong trạng thái bình thường mới; đẩy nhanh "
                "tiêm vắc xin, nâng cao năng lực y tế cơ sở.",
                "1-",
            ),
            ("T", "2", "Tập trung phục hồi và phát triển kinh tế:", "2-"),
            (
                "C",
                "-",
                "Tháo gỡ vướng mắc để các dự án năng lượng tái tạo, hạ tầng truyền tải điện sớm hoàn thành, đưa vào vận "
                "hành;",
                "-",
            ),
            (
                "C",
                "-",
                "Phục hồi hoạt động du lịch, dịch vụ; phát triển sản phẩm du lịch biển, du lịch cộng đồng gắn với văn "
                "hóa Chăm;",
                "-",
            ),
            (
                "C",
                "-",
                "Phát triển nông nghiệp ứng dụng công nghệ cao, sản phẩm chủ lực nho, táo, măng tây, cừu, dê.",
                "-",
            ),
            ("T", "3", "Huy động và sử dụng hiệu quả các nguồn lực đầu tư:", "3-"),
            (
                "C",
                "-",
                "Đẩy nhanh giải ngân vốn đầu tư công, nhất là các công trình trọng điểm: cảng tổng hợp Cà Ná, đường ven "
                "biển, hồ chứa nước Sông Than;",
                "-",
            ),
            (
                "C",
                "-",
                "Tăng cường xúc tiến, thu hút đầu tư; cải thiện chỉ số năng lực cạnh tranh cấp tỉnh (PCI).",
                "-",
            ),
            (
                "T",
                "4",
                "Phát triển văn hóa - xã hội, nâng cao đời sống Nhân dân; thực hiện đầy đủ, kịp thời chính sách an sinh "
                "xã hội, hỗ trợ người lao động, người sử dụng lao động gặp khó khăn do đại dịch.",
                "4-",
            ),
            ("T", "5", "Giữ vững quốc phòng, an ninh và trật tự, an toàn xã hội:", "5-"),
            (
                "C",
                "-",
                "Xây dựng khu vực phòng thủ tỉnh vững chắc; tổ chức tốt diễn tập khu vực phòng thủ các huyện năm 2022;",
                "-",
            ),
            (
                "C",
                "-",
                "Chủ động nắm chắc tình hình, giải quyết kịp thời các vụ việc phức tạp ngay từ cơ sở.",
                "-",
            ),
            (
                "T",
                "6",
                "Tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị; thực hiện có hiệu quả Kết luận số 21-KL/TW "
                "của Hội nghị Trung ương 4 khóa XIII; đẩy mạnh phòng, chống tham nhũng, tiêu cực.",
                "6-",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV-"),
            (
                "T",
                "1",
                "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt và xây dựng chương trình, kế "
                "hoạch thực hiện Nghị quyết phù hợp với tình hình của địa phương, đơn vị.",
                "1-",
            ),
            (
                "T",
                "2",
                "Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo cụ thể hóa Nghị quyết thành các nghị quyết của Hội đồng nhân "
                "dân tỉnh; tăng cường giám sát việc thực hiện.",
                "2-",
            ),
            (
                "T",
                "3",
                "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo xây dựng kế hoạch, phân công nhiệm vụ cụ thể cho các sở, "
                "ngành, địa phương.",
                "3-",
            ),
            (
                "T",
                "4",
                "Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền Nghị quyết; Văn phòng Tỉnh ủy theo dõi, đôn đốc, định kỳ "
                "báo cáo Ban Thường vụ Tỉnh ủy.",
                "4-",
            ),
            ("E", "Nghị quyết này được phổ biến đến chi bộ."),
            ("E", "T/M TỈNH ỦY"),
            ("E", "BÍ THƯ"),
            ("E", "Nguyễn Đức Thanh"),
        ],
    },
    {
        "id": "b14c-vay-nua-ke-hoach-giao-duc",
        "source": "https://123docz.net/document/3056447-kh-nam-giao-duc-vung-kho-khan-2013-2014-xa.htm",
        "style": "a commune People's Committee sector plan (education, 'Năm giáo dục vùng khó khăn'): state header, '(Ban "
        "hành kèm theo Quyết định …)', 'Căn cứ' paragraphs and unlabelled context paragraphs before the body; "
        "Roman parts 'I.' … 'IV.' in capitals, '1.' tasks with '-' sub-items, one task with 'a)' 'b)' 'c)' "
        "sub-items, one task continued by a paragraph, and a 'Tổ chức thực hiện' part whose '1.' tasks name the "
        "commune bodies (Ban Chỉ đạo, schools, công chức Văn hóa - Xã hội, Trạm Y tế, Công an xã…); a closing "
        "request paragraph, 'Nơi nhận:' and a 'TM. ỦY BAN NHÂN DÂN' signature",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "XÃ VẦY NƯA"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Vầy Nưa, ngày 15 tháng 11 năm 2013"),
            ("title", "KẾ HOẠCH"),
            ("h", "“NĂM GIÁO DỤC VÙNG KHÓ KHĂN” XÃ VẦY NƯA"),
            (
                "h",
                "(Ban hành kèm theo Quyết định số 86/QĐ-UBND ngày 15 tháng 11 năm 2013 của Ủy ban nhân dân xã Vầy Nưa)",
            ),
            (
                "h",
                "Căn cứ Công văn số 167/SGD&ĐT-VP ngày 17/01/2013 của Sở Giáo dục và Đào tạo về việc triển khai thực "
                "hiện “Năm giáo dục vùng khó khăn” tỉnh Hòa Bình;",
            ),
            (
                "h",
                "Căn cứ Công văn số 804/HD-PGD&ĐT ngày 01/11/2013 của Phòng Giáo dục và Đào tạo huyện Đà Bắc về việc "
                "triển khai thực hiện “Năm giáo dục vùng khó khăn” năm học 2013 - 2014;",
            ),
            (
                "h",
                "Căn cứ tình hình thực tế giáo dục của địa phương, Ủy ban nhân dân xã Vầy Nưa xây dựng Kế hoạch “Năm "
                "giáo dục vùng khó khăn” xã Vầy Nưa, nội dung cụ thể như sau:",
            ),
            (
                "h",
                "Phát triển giáo dục và đào tạo ở xã Vầy Nưa, xã vùng đặc biệt khó khăn có hai dân tộc Mường, Dao cùng "
                "sinh sống, là chủ trương mang tính chiến lược nhằm bảo đảm công bằng trong giáo dục, nâng cao dân trí, "
                "đào tạo nhân lực cho địa phương.",
            ),
            (
                "h",
                "Những năm qua, giáo dục của xã đã đạt được một số kết quả quan trọng; tuy nhiên tỷ lệ học sinh bỏ học "
                "giữa chừng còn cao, cơ sở vật chất trường lớp còn thiếu, một bộ phận Nhân dân chưa quan tâm đúng mức "
                "đến việc học tập của con em.",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            ("T", "1", "Mục đích", "1."),
            (
                "C",
                "-",
                "Nâng cao nhận thức của cấp ủy, chính quyền, các đoàn thể và Nhân dân về vai trò của giáo dục đối với "
                "sự phát triển kinh tế - xã hội của xã.",
                "-",
            ),
            (
                "C",
                "-",
                "Huy động mọi nguồn lực tập trung cho giáo dục vùng khó khăn, từng bước thu hẹp khoảng cách về chất "
                "lượng giáo dục so với các xã trong huyện.",
                "-",
            ),
            ("T", "2", "Yêu cầu", "2."),
            (
                "C",
                "-",
                "Các nhiệm vụ phải được cụ thể hóa thành chỉ tiêu, phân công rõ người, rõ việc, rõ thời gian hoàn "
                "thành.",
                "-",
            ),
            (
                "C",
                "-",
                "Gắn việc thực hiện Kế hoạch với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư” "
                "và Chương trình xây dựng nông thôn mới.",
                "-",
            ),
            ("S", "II", "MỤC TIÊU", "II."),
            (
                "T",
                "1",
                "Mục tiêu chung: Duy trì vững chắc kết quả phổ cập giáo dục, nâng cao chất lượng giáo dục toàn diện, "
                "giảm tỷ lệ học sinh bỏ học, xây dựng môi trường giáo dục thân thiện trong các nhà trường.",
                "1.",
            ),
            ("T", "2", "Mục tiêu cụ thể năm học 2013 - 2014:", "2."),
            (
                "C",
                "a",
                "Huy động 98% trẻ 5 tuổi ra lớp mẫu giáo; 100% trẻ 6 tuổi vào lớp 1; 97% học sinh hoàn thành chương "
                "trình tiểu học vào lớp 6.",
                "a)",
            ),
            (
                "C",
                "b",
                "Tỷ lệ học sinh bỏ học dưới 1% ở cấp tiểu học và dưới 2% ở cấp trung học cơ sở.",
                "b)",
            ),
            (
                "C",
                "c",
                "Trường Mầm non Vầy Nưa hoàn thiện hồ sơ đề nghị công nhận đạt chuẩn quốc gia mức độ 1 trước tháng 5 "
                "năm 2014.",
                "c)",
            ),
            ("S", "III", "NHIỆM VỤ VÀ GIẢI PHÁP", "III."),
            (
                "T",
                "1",
                "Đẩy mạnh công tác tuyên truyền về “Năm giáo dục vùng khó khăn” trên hệ thống loa truyền thanh, trong "
                "các buổi họp xóm và sinh hoạt của các đoàn thể.",
                "1.",
            ),
            (
                "P",
                "Chú trọng tuyên truyền bằng tiếng dân tộc Mường, Dao tại các xóm vùng cao, nơi có tỷ lệ học sinh bỏ "
                "học cao.",
            ),
            ("T", "2", "Huy động học sinh ra lớp và duy trì sĩ số:", "2."),
            (
                "C",
                "-",
                "Giao các nhà trường phối hợp với trưởng xóm rà soát, lập danh sách trẻ trong độ tuổi đến trường theo "
                "từng hộ gia đình.",
                "-",
            ),
            (
                "C",
                "-",
                "Thành lập tổ vận động học sinh bỏ học trở lại lớp, gồm giáo viên chủ nhiệm, trưởng xóm và cán bộ Đoàn "
                "thanh niên.",
                "-",
            ),
            (
                "T",
                "3",
                "Nâng cao chất lượng đội ngũ giáo viên; khuyến khích giáo viên học tiếng dân tộc để hỗ trợ học sinh đầu "
                "cấp.",
                "3.",
            ),
            ("T", "4", "Tăng cường cơ sở vật chất trường lớp:", "4."),
            (
                "C",
                "-",
                "Ưu tiên nguồn vốn Chương trình 135 sửa chữa 04 phòng học tạm ở điểm trường lẻ xóm Mới.",
                "-",
            ),
            ("C", "-", "Vận động Nhân dân đóng góp ngày công xây dựng nhà bán trú cho học sinh ở xa.", "-"),
            (
                "T",
                "5",
                "Đẩy mạnh xã hội hóa giáo dục, phát huy vai trò của Hội Khuyến học và Ban đại diện cha mẹ học sinh.",
                "5.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Ban Chỉ đạo “Năm giáo dục vùng khó khăn” xã: Xây dựng chương trình hoạt động, phân công thành viên phụ "
                "trách từng xóm, định kỳ hằng quý kiểm tra, đánh giá kết quả thực hiện.",
                "1.",
            ),
            (
                "T",
                "2",
                "Các trường Mầm non, Tiểu học, Trung học cơ sở: Cụ thể hóa Kế hoạch vào kế hoạch năm học; báo cáo kết "
                "quả thực hiện về Ban Chỉ đạo trước ngày 25 hằng tháng.",
                "2.",
            ),
            (
                "T",
                "3",
                "Công chức Văn hóa - Xã hội: Tham mưu Ủy ban nhân dân xã thực hiện chính sách hỗ trợ học sinh nghèo, "
                "học sinh dân tộc thiểu số; phối hợp tuyên truyền trên Đài truyền thanh xã.",
                "3.",
            ),
            (
                "T",
                "4",
                "Trạm Y tế xã: Phối hợp với các nhà trường khám sức khỏe định kỳ, tẩy giun cho học sinh; hướng dẫn bảo "
                "đảm vệ sinh an toàn thực phẩm tại các bếp ăn bán trú.",
                "4.",
            ),
            (
                "T",
                "5",
                "Công an xã: Bảo đảm an ninh trật tự trong và xung quanh khu vực trường học, nhất là tại các điểm "
                "trường lẻ.",
                "5.",
            ),
            (
                "T",
                "6",
                "Đề nghị Ủy ban Mặt trận Tổ quốc và các đoàn thể xã: Vận động hội viên, đoàn viên quan tâm, tạo điều "
                "kiện cho con em đi học đầy đủ, đúng độ tuổi.",
                "6.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch “Năm giáo dục vùng khó khăn” xã Vầy Nưa năm học 2013 - 2014. Ủy ban nhân dân xã "
                "yêu cầu các ban, ngành, đoàn thể, các nhà trường và trưởng các xóm nghiêm túc triển khai thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Phòng GD&ĐT huyện (b/c);"),
            ("E", "- TT Đảng ủy, HĐND xã (b/c);"),
            ("E", "- Các trường học trên địa bàn xã;"),
            ("E", "- Như mục IV;"),
            ("E", "- Lưu: VP."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "CHỦ TỊCH"),
            ("E", "Xa Văn Thắng"),
        ],
    },
    {
        "id": "b14c-dien-bien-khoi-thi-dua-giao-uoc",
        "source": "http://thpttasinthang.dienbien.edu.vn/Hoat-dong-nha-truong/hoi-nghi-ky-giao-uoc-cac-truong-thpt-vung-kho-nam-hoc-2022-2023-443.html",
        "style": "an emulation compact (bản giao ước thi đua) of a cluster of upland upper-secondary schools: a two-line "
        "issuer header (Sở GD&ĐT, Khối thi đua), 'BẢN GIAO ƯỚC THI ĐUA' with a school-year line, a 'Căn cứ' line "
        "and a lead-in ending 'với các nội dung sau:', then a single flat level of tasks '1.' … '8.' (no "
        "sections), two of them with '-' sub-items (indicator figures); a closing paragraph on the copies and "
        "commitment, then a block of representatives' signatures school by school and 'Nơi nhận:'",
        "lines": [
            ("h", "SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐIỆN BIÊN"),
            ("h", "KHỐI THI ĐUA CÁC TRƯỜNG THPT VÙNG KHÓ KHĂN"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Tả Sìn Thàng, ngày 23 tháng 9 năm 2022"),
            ("title", "BẢN GIAO ƯỚC THI ĐUA"),
            ("h", "Năm học 2022 - 2023"),
            (
                "h",
                "Căn cứ Kế hoạch số 1920/KH-SGDĐT ngày 12/9/2022 của Sở Giáo dục và Đào tạo về tổ chức phong trào thi "
                "đua và công tác khen thưởng năm học 2022 - 2023;",
            ),
            (
                "h",
                "Các đơn vị thuộc Khối thi đua các trường THPT vùng khó khăn trực thuộc Sở Giáo dục và Đào tạo thống "
                "nhất ký kết bản giao ước thi đua năm học 2022 - 2023, quyết tâm giữ vững và phát huy thành tích đã đạt "
                "được, phấn đấu hoàn thành xuất sắc nhiệm vụ với các nội dung sau:",
            ),
            (
                "T",
                "1",
                "Nâng cao vai trò lãnh đạo của cấp ủy, chi bộ; đề cao trách nhiệm quản lý, điều hành của Ban Giám hiệu "
                "và sự phối hợp của các đoàn thể trong tổ chức các phong trào thi đua, tạo khí thế sôi nổi trong mỗi "
                "nhà trường và trong toàn Khối.",
                "1.",
            ),
            (
                "T",
                "2",
                "Triển khai thực hiện tốt Luật Thi đua, khen thưởng và các văn bản hướng dẫn của cấp trên; thực hiện "
                "đạt và vượt các chỉ tiêu, nhiệm vụ năm học được giao.",
                "2.",
            ),
            (
                "T",
                "3",
                "Gắn phong trào thi đua với xây dựng tổ chức cơ sở đảng, đoàn thể trong sạch, vững mạnh; thực hiện tốt "
                "quy chế dân chủ ở cơ sở, nâng cao hiệu quả quản trị nhà trường.",
                "3.",
            ),
            (
                "T",
                "4",
                "Duy trì sĩ số, nâng cao chất lượng giáo dục toàn diện, phấn đấu đạt các chỉ tiêu:",
                "4.",
            ),
            ("C", "-", "Tỷ lệ duy trì sĩ số cuối năm học đạt từ 97% trở lên;", "-"),
            ("C", "-", "Tỷ lệ học sinh lớp 12 tốt nghiệp THPT đạt từ 92% trở lên;", "-"),
            (
                "C",
                "-",
                "Mỗi trường có ít nhất 05 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh;",
                "-",
            ),
            ("C", "-", "Không có học sinh xếp loại hạnh kiểm yếu ở khối lớp 12.", "-"),
            (
                "T",
                "5",
                "Đẩy mạnh phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”; tích cực ứng dụng công nghệ thông "
                "tin, chuyển đổi số trong giảng dạy và quản lý, cụ thể:",
                "5.",
            ),
            (
                "C",
                "-",
                "Mỗi giáo viên có ít nhất 01 bài giảng điện tử được đưa lên kho học liệu dùng chung của ngành;",
                "-",
            ),
            ("C", "-", "100% hồ sơ học sinh được cập nhật đầy đủ trên cơ sở dữ liệu ngành;", "-"),
            (
                "C",
                "-",
                "Mỗi trường có ít nhất 01 sáng kiến được Hội đồng sáng kiến cấp cơ sở công nhận.",
                "-",
            ),
            ("T", "6", "Chăm lo đời sống học sinh nội trú, bán trú:", "6."),
            (
                "C",
                "-",
                "Bảo đảm an toàn vệ sinh thực phẩm tại bếp ăn tập thể, không để xảy ra ngộ độc thực phẩm;",
                "-",
            ),
            (
                "C",
                "-",
                "Tổ chức các hoạt động giáo dục kỹ năng sống, văn hóa, văn nghệ, thể thao vào buổi tối và ngày nghỉ;",
                "-",
            ),
            ("C", "-", "Phối hợp với trạm y tế xã khám sức khỏe định kỳ cho học sinh nội trú.", "-"),
            (
                "T",
                "7",
                "Bảo đảm an ninh, an toàn trường học; phòng, chống bạo lực học đường, ma túy và tảo hôn trong học sinh:",
                "7.",
            ),
            (
                "C",
                "-",
                "Phối hợp với Công an xã, Đồn Biên phòng trên địa bàn tổ chức tuyên truyền pháp luật ít nhất 02 buổi "
                "mỗi học kỳ;",
                "-",
            ),
            ("C", "-", "Không để học sinh vi phạm pháp luật phải xử lý hình sự.", "-"),
            (
                "T",
                "8",
                "Tham gia đầy đủ các hoạt động chung của Khối; trao đổi kinh nghiệm, hỗ trợ nhau về chuyên môn, tổ chức "
                "kiểm tra chéo và chấm điểm thi đua cuối năm học theo quy chế của Khối.",
                "8.",
            ),
            (
                "T",
                "9",
                "Tích cực tham gia các hoạt động nhân đạo, từ thiện; mỗi đơn vị vận động ủng hộ Quỹ “Vì học sinh vùng "
                "khó” ít nhất 10 triệu đồng trong năm học.",
                "9.",
            ),
            ("T", "10", "Đăng ký danh hiệu thi đua năm học 2022 - 2023:", "10."),
            ("C", "-", "Tập thể: 100% đơn vị đăng ký danh hiệu “Tập thể lao động tiên tiến”;", "-"),
            (
                "C",
                "-",
                "Cá nhân: 100% cán bộ, giáo viên, nhân viên đăng ký danh hiệu “Lao động tiên tiến”, trong đó ít nhất "
                "15% đăng ký “Chiến sĩ thi đua cơ sở”.",
                "-",
            ),
            (
                "E",
                "Bản giao ước thi đua được lập thành 07 bản, mỗi đơn vị giữ 01 bản, gửi Sở Giáo dục và Đào tạo 01 bản. "
                "Các đơn vị cam kết thực hiện nghiêm túc các nội dung đã giao ước./.",
            ),
            ("E", "ĐẠI DIỆN CÁC ĐƠN VỊ KÝ GIAO ƯỚC"),
            ("E", "TRƯỜNG THCS VÀ THPT TẢ SÌN THÀNG"),
            ("E", "HIỆU TRƯỞNG"),
            ("E", "Lò Văn Hùng"),
            ("E", "TRƯỜNG THPT MƯỜNG NHÉ"),
            ("E", "HIỆU TRƯỞNG"),
            ("E", "Nguyễn Đức Thịnh"),
            ("E", "TRƯỜNG THPT CHÀ CANG"),
            ("E", "HIỆU TRƯỞNG"),
            ("E", "Vàng A Dơ"),
            ("E", "Nơi nhận:"),
            ("E", "- Sở GD&ĐT (b/c);"),
            ("E", "- Các đơn vị trong Khối;"),
            ("E", "- Lưu: Khối trưởng."),
        ],
    },
    {
        "id": "b14c-bat-trang-tram-y-te-ke-hoach",
        "source": "https://text.123docz.net/document/3010261-ke-hoach-phat-trien-su-nghiep-y-te-xa-bat-trang-nam-2012.htm",
        "style": "a commune health station's annual plan (Trạm y tế xã): a two-line header naming the district health "
        "centre and the station, 'Số: 01/KH-TYT', '-' 'Căn cứ' lines; the body in two 'Phần I:' / 'Phần II:' "
        "parts (last year's results, this year's plan), each over Roman 'I.' 'II.' 'III.' items that are tasks, "
        "those with '-' sub-items and one with '1.' '2.' '3.' sub-items, a lone sentence and a trailing paragraph "
        "continuing tasks; a closing submission paragraph, a two-signature block (UBND xã approval, station head) "
        "and 'Nơi nhận:'",
        "lines": [
            ("h", "TRUNG TÂM Y TẾ GIA LÂM"),
            ("h", "TRẠM Y TẾ XÃ BÁT TRÀNG"),
            ("h", "Số: 01/KH-TYT"),
            ("h", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Bát Tràng, ngày 02 tháng 01 năm 2012"),
            ("title", "KẾ HOẠCH"),
            ("h", "Phát triển sự nghiệp y tế xã Bát Tràng năm 2012"),
            (
                "h",
                "- Căn cứ chỉ tiêu kinh tế - xã hội năm 2012 của Huyện ủy, Hội đồng nhân dân, Ủy ban nhân dân huyện Gia "
                "Lâm;",
            ),
            (
                "h",
                "- Căn cứ kế hoạch phát triển sự nghiệp y tế và dự toán thu chi ngân sách năm 2012 của Trung tâm y tế "
                "Gia Lâm;",
            ),
            (
                "h",
                "- Căn cứ nghị quyết của Đảng ủy, Hội đồng nhân dân xã Bát Tràng về phát triển kinh tế - xã hội địa "
                "phương;",
            ),
            (
                "h",
                "- Căn cứ đặc điểm tình hình của xã, Trạm y tế xã Bát Tràng xây dựng kế hoạch phát triển sự nghiệp y tế "
                "năm 2012 như sau:",
            ),
            ("S", "I", "Kết quả thực hiện năm 2011", "Phần I:"),
            ("T", "I", "Đặc điểm tình hình năm 2011:", "I."),
            ("P", "Bát Tràng là xã có nghề sản xuất gốm sứ truyền thống."),
            ("C", "-", "Tổng diện tích đất tự nhiên toàn xã: 164,2 ha; xã có 02 thôn chia làm 11 xóm.", "-"),
            ("C", "-", "Số nhân khẩu toàn xã: 7.953 nhân khẩu; số hộ gia đình: 1.808 hộ.", "-"),
            ("C", "-", "Số trẻ em dưới 05 tuổi: 601 trẻ.", "-"),
            (
                "C",
                "-",
                "Trên địa bàn xã có trên 60 đơn vị kinh tế và trên 1.200 hộ sản xuất, kinh doanh gốm sứ, hằng năm thu "
                "hút từ 4.000 đến 6.000 lao động từ các địa phương khác.",
                "-",
            ),
            (
                "P",
                "Đặc thù làng nghề ảnh hưởng không nhỏ đến môi trường và tình hình dịch bệnh, nhất là các bệnh về đường "
                "hô hấp và sốt xuất huyết.",
            ),
            ("T", "II", "Kết quả thực hiện các chỉ tiêu chuyên môn:", "II."),
            ("C", "-", "Khám chữa bệnh tại trạm 9.846 lượt người, đạt 109% kế hoạch.", "-"),
            ("C", "-", "Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi: 118/120 trẻ, đạt 98,3%.", "-"),
            (
                "C",
                "-",
                "Không để xảy ra dịch bệnh lớn; phát hiện và xử lý kịp thời 07 ca sốt xuất huyết.",
                "-",
            ),
            ("T", "III", "Tồn tại, khó khăn:", "III."),
            ("C", "-", "Cơ sở vật chất của trạm xuống cấp, thiếu phòng lưu bệnh nhân.", "-"),
            ("C", "-", "Việc quản lý sức khỏe lao động ngoại tỉnh làm việc tại các lò gốm còn hạn chế.", "-"),
            ("S", "II", "Kế hoạch năm 2012", "Phần II:"),
            (
                "T",
                "I",
                "Mục tiêu chung: Nâng cao chất lượng chăm sóc sức khỏe ban đầu cho Nhân dân, chủ động phòng chống dịch "
                "bệnh, giữ vững xã đạt chuẩn quốc gia về y tế.",
                "I.",
            ),
            ("T", "II", "Các chỉ tiêu chuyên môn:", "II."),
            ("C", "-", "Khám chữa bệnh tại trạm 9.500 lượt người trở lên.", "-"),
            ("C", "-", "Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 98%.", "-"),
            ("C", "-", "Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thể cân nặng giảm xuống dưới 9%.", "-"),
            ("C", "-", "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 65%.", "-"),
            ("T", "III", "Các giải pháp thực hiện:", "III."),
            (
                "C",
                "1",
                "Công tác chỉ đạo: Tham mưu Ban Chỉ đạo chăm sóc sức khỏe ban đầu xã họp định kỳ hằng quý, phân công "
                "thành viên phụ trách từng thôn.",
                "1.",
            ),
            (
                "C",
                "2",
                "Công tác phòng chống dịch: Phối hợp các thôn tổ chức 02 đợt tổng vệ sinh môi trường, diệt bọ gậy trong "
                "mùa mưa.",
                "2.",
            ),
            (
                "C",
                "3",
                "Công tác truyền thông: Duy trì chuyên mục sức khỏe trên đài truyền thanh xã 02 buổi mỗi tháng.",
                "3.",
            ),
            (
                "T",
                "IV",
                "Kinh phí thực hiện: Từ nguồn ngân sách sự nghiệp y tế do Trung tâm y tế Gia Lâm cấp và nguồn hỗ trợ "
                "của ngân sách xã.",
                "IV.",
            ),
            (
                "E",
                "Trên đây là kế hoạch phát triển sự nghiệp y tế năm 2012 của Trạm y tế xã Bát Tràng, kính trình Trung "
                "tâm y tế Gia Lâm và Ủy ban nhân dân xã xem xét, phê duyệt./.",
            ),
            ("E", "DUYỆT CỦA UBND XÃ"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Lê Văn Thành"),
            ("E", "TRẠM TRƯỞNG"),
            ("E", "Nguyễn Thị Hòa"),
            ("E", "Nơi nhận:"),
            ("E", "- TTYT Gia Lâm;"),
            ("E", "- UBND xã Bát Tràng;"),
            ("E", "- Lưu TYT."),
        ],
    },
]

BLIND14_FORMS: dict[str, list[str]] = {
    "b14a-binh-phuoc-quy-trinh-kiem-tra": ["typed.docx", "running.pdf", "vni.txt"],
    "b14a-quan-11-phuong-4-ke-hoach-ky-niem": ["numbered.docx", "photo.jpg", "tcvn3.txt"],
    "b14a-tw-van-phong-cong-van-ket-luan": ["typed.docx", "txt", "tcvn3.docx"],
    "b14b-quang-ngai-nghi-quyet-6-thang-cuoi": ["typed.docx", "running.pdf", "vni.txt"],
    "b14b-binh-thuan-bao-cao-khao-sat-ban-dan-toc": ["txt", "typed.pdf", "tcvn3.docx"],
    "b14b-ninh-thuan-nghi-quyet-tinh-uy-nam-2022": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "b14c-vay-nua-ke-hoach-giao-duc": ["txt", "running.pdf", "tcvn3.txt"],
    "b14c-dien-bien-khoi-thi-dua-giao-uoc": ["numbered.docx", "photo.jpg", "vni.txt"],
    "b14c-bat-trang-tram-y-te-ke-hoach": ["typed.docx", "typed.pdf", "tcvn3.docx"],
}
