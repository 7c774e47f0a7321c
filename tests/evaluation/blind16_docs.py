"""The sixteenth blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (07/12/2026, sixteenth session), by three helpers working blind (they never ran the
reader nor read its code), each after the layout and opening of a real public document found that day with the search
tool — none of them a source of the corpus, of its generators, of its target passages or of the first fifteen blind
parts. Past what the page showed, the helpers went on in its style (content, numbers and signatories made up).
Written after conventions the fifteenth part's first run showed open were decided (one task a paragraph, a
resolution's articles as preamble and closing, counted names as labels). Frozen after the fixes from the fifteenth
part's first run, so its first run measures them held out.

Same roles as ``blind10_docs``.
"""

from __future__ import annotations

BLIND16_DOCS: list[dict] = [
    {
        "id": "b16a-dien-bien-so-cong-thuong-ke-hoach-cchc",
        "source": "http://socongthuong.dienbien.gov.vn/vi/news/savefile/Tin-Cai-cach-hanh-chinh/Ke-hoach-Cai-cach-hanh-chinh-nam-2022-325/",
        "style": "a provincial department's year plan for administrative reform (Sở Công Thương): two-line state "
        "issuer header over 'Số …/KH-SCT', 'KẾ HOẠCH' over a sentence-case subject, one 'Thực hiện …' "
        "lead-in ending 'với những nội dung sau:', then capital Roman parts 'I.' … 'III.': I over two "
        "short '1.' '2.' headings (the first over '-' sub-items, the second continued by a paragraph), II "
        "over seven short '1.' … '7.' field headings each over '-' sub-items (one '-' item over two '+' "
        "third-level lines), III '1.' … '4.' tasks naming the units; a closing request './.', 'Nơi nhận:' "
        "and 'KT. GIÁM ĐỐC'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN"),
            ("h", "SỞ CÔNG THƯƠNG"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 38/KH-SCT"),
            ("h", "Điện Biên, ngày 07 tháng 01 năm 2022"),
            ("title", "KẾ HOẠCH"),
            ("h", "Cải cách hành chính năm 2022"),
            (
                "h",
                "Thực hiện Kế hoạch số 4289/KH-UBND ngày 21/12/2021 của UBND tỉnh về việc ban hành Kế hoạch cải "
                "cách hành chính nhà nước năm 2022 trên địa bàn tỉnh Điện Biên, Sở Công Thương xây dựng Kế "
                "hoạch cải cách hành chính năm 2022 với những nội dung sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            ("T", "1", "Mục đích", "1."),
            (
                "C",
                "-",
                "Tiếp tục đẩy mạnh cải cách hành chính, xây dựng nền hành chính dân chủ, hiện đại, chuyên "
                "nghiệp, kỷ cương, công khai, minh bạch; tăng cường ứng dụng công nghệ thông tin trong chỉ đạo, "
                "điều hành và giải quyết thủ tục hành chính cho người dân, doanh nghiệp.",
                "-",
            ),
            (
                "C",
                "-",
                "Tạo dựng môi trường đầu tư, kinh doanh thông thoáng, bình đẳng, giảm chi phí và thời gian cho "
                "doanh nghiệp, góp phần nâng cao năng lực cạnh tranh cấp tỉnh và mức độ hài lòng của người dân.",
                "-",
            ),
            (
                "C",
                "-",
                "Xây dựng đội ngũ cán bộ, công chức, viên chức của ngành chuyên nghiệp, có phẩm chất, năng lực "
                "đáp ứng yêu cầu nhiệm vụ.",
                "-",
            ),
            ("T", "2", "Yêu cầu", "2."),
            (
                "P",
                "Xác định cải cách hành chính là nhiệm vụ trọng tâm, thường xuyên của cơ quan; các nhiệm vụ "
                "phải được cụ thể hóa, phân công rõ phòng, đơn vị chủ trì, thời gian hoàn thành và sản phẩm đầu "
                "ra; gắn kết quả thực hiện cải cách hành chính với đánh giá, xếp loại thi đua cuối năm của tập "
                "thể, cá nhân.",
            ),
            ("S", "II", "NHIỆM VỤ TRỌNG TÂM", "II."),
            ("T", "1", "Công tác chỉ đạo, điều hành cải cách hành chính", "1."),
            (
                "C",
                "-",
                "Kiện toàn bộ phận tham mưu công tác cải cách hành chính của Sở; xây dựng và ban hành kế hoạch "
                "kiểm tra cải cách hành chính năm 2022, hoàn thành trong quý I.",
                "-",
            ),
            (
                "C",
                "-",
                "Đẩy mạnh tuyên truyền Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 "
                "đến toàn thể cán bộ, công chức, viên chức và người lao động.",
                "-",
            ),
            ("T", "2", "Cải cách thể chế", "2."),
            (
                "C",
                "-",
                "Tham mưu UBND tỉnh ban hành văn bản quy phạm pháp luật thuộc lĩnh vực công thương theo Chương "
                "trình xây dựng văn bản năm 2022, bảo đảm đúng trình tự, thủ tục.",
                "-",
            ),
            (
                "C",
                "-",
                "Thường xuyên rà soát, kiểm tra, hệ thống hóa văn bản; kịp thời đề xuất sửa đổi, bổ sung những "
                "quy định không còn phù hợp.",
                "-",
            ),
            ("T", "3", "Cải cách thủ tục hành chính", "3."),
            (
                "C",
                "-",
                "Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền giải quyết của Sở, trong đó tập trung "
                "vào các lĩnh vực:",
                "-",
            ),
            ("P", "+ Lưu thông hàng hóa trong nước, kinh doanh xăng dầu, khí;"),
            ("P", "+ An toàn thực phẩm, điện lực và hóa chất."),
            (
                "C",
                "-",
                "Thực hiện nghiêm cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công "
                "tỉnh; phấn đấu 100% hồ sơ được giải quyết đúng và trước hạn.",
                "-",
            ),
            ("T", "4", "Cải cách tổ chức bộ máy hành chính", "4."),
            (
                "C",
                "-",
                "Rà soát chức năng, nhiệm vụ của các phòng chuyên môn, đơn vị sự nghiệp thuộc Sở; thực hiện "
                "tinh giản biên chế theo lộ trình đã được phê duyệt.",
                "-",
            ),
            ("T", "5", "Cải cách chế độ công vụ", "5."),
            (
                "C",
                "-",
                "Thực hiện đúng quy định về tuyển dụng, sử dụng, đánh giá, xếp loại công chức, viên chức; tăng "
                "cường kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính.",
                "-",
            ),
            ("T", "6", "Cải cách tài chính công", "6."),
            (
                "C",
                "-",
                "Thực hiện công khai dự toán, quyết toán ngân sách; quản lý, sử dụng kinh phí, tài sản công "
                "tiết kiệm, hiệu quả theo Quy chế chi tiêu nội bộ.",
                "-",
            ),
            ("T", "7", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "7."),
            (
                "C",
                "-",
                "Duy trì, vận hành hiệu quả hệ thống quản lý văn bản và điều hành; 100% văn bản đi được ký số, "
                "trừ văn bản mật theo quy định.",
                "-",
            ),
            (
                "C",
                "-",
                "Cập nhật thường xuyên thông tin trên Trang thông tin điện tử của Sở; nâng tỷ lệ hồ sơ trực "
                "tuyến mức độ 4 đạt từ 50% trở lên.",
                "-",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Văn phòng Sở là đầu mối tham mưu, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo "
                "cải cách hành chính định kỳ quý, 6 tháng, năm gửi Sở Nội vụ đúng thời gian quy định.",
                "1.",
            ),
            (
                "T",
                "2",
                "Các phòng chuyên môn thuộc Sở căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; báo cáo "
                "kết quả về Văn phòng Sở trước ngày 10 của tháng cuối quý.",
                "2.",
            ),
            (
                "T",
                "3",
                "Trung tâm Khuyến công và Xúc tiến thương mại xây dựng kế hoạch cải cách hành chính của đơn vị, "
                "gắn với thực hiện cơ chế tự chủ tài chính đơn vị sự nghiệp công lập.",
                "3.",
            ),
            (
                "T",
                "4",
                "Thanh tra Sở phối hợp với Văn phòng Sở kiểm tra việc thực hiện công vụ, giải quyết thủ tục "
                "hành chính tại các phòng, đơn vị ít nhất 02 lần trong năm.",
                "4.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch cải cách hành chính năm 2022 của Sở Công Thương; yêu cầu Trưởng các "
                "phòng, đơn vị thuộc Sở nghiêm túc triển khai thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Sở Nội vụ (b/c);"),
            ("E", "- Lãnh đạo Sở;"),
            ("E", "- Các phòng, đơn vị thuộc Sở;"),
            ("E", "- Lưu: VT, VP."),
            ("E", "KT. GIÁM ĐỐC"),
            ("E", "PHÓ GIÁM ĐỐC"),
            ("E", "Lò Văn Hưởng"),
        ],
    },
    {
        "id": "b16a-hue-chi-thi-ky-cuong-hanh-chinh",
        "source": "https://nhansu.vn/van-ban-phap-luat/Chi-thi-18-CT-UBND-2025-tang-cuong-ky-cuong-ky-luat-hanh-chinh-Hue-687410.html",
        "style": "a centrally-run city People's Committee chairman's directive (chỉ thị) after the move to "
        "two-level local government: state header, 'CHỈ THỊ' over an upper-case subject, two context "
        "paragraphs and a '… yêu cầu … thực hiện nghiêm các nội dung sau:' lead-in, then a single flat "
        "level of tasks '1.' … '8.' (no sections): three over 'a)' … 'c)' sub-items (indicator targets), "
        "one continued by an unlabelled paragraph, one 'Giao Sở Nội vụ …' task over '-' sub-items; a "
        "closing request with a report deadline ending './.', 'Nơi nhận:' and a bare 'CHỦ TỊCH' signature",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "THÀNH PHỐ HUẾ"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 18/CT-UBND"),
            ("h", "Huế, ngày 29 tháng 12 năm 2025"),
            ("title", "CHỈ THỊ"),
            (
                "h",
                "TĂNG CƯỜNG KỶ CƯƠNG, KỶ LUẬT HÀNH CHÍNH; NÂNG CAO HIỆU QUẢ, HIỆU LỰC HOẠT ĐỘNG BỘ MÁY QUẢN LÝ "
                "NHÀ NƯỚC TRÊN ĐỊA BÀN THÀNH PHỐ",
            ),
            (
                "h",
                "Thành phố Huế trở thành thành phố trực thuộc Trung ương từ ngày 01/01/2025 và vận hành mô hình "
                "chính quyền địa phương hai cấp từ ngày 01/7/2025. Những thay đổi lớn về tổ chức bộ máy đòi hỏi "
                "chính quyền các cấp nhanh chóng thích ứng, nâng cao hiệu lực, hiệu quả hoạt động để phục vụ "
                "Nhân dân và doanh nghiệp ngày càng tốt hơn. Thời gian qua, kỷ cương, kỷ luật hành chính đã có "
                "chuyển biến tích cực; bộ máy từng bước được kiện toàn, tinh gọn.",
            ),
            (
                "h",
                "Tuy nhiên, việc chấp hành thời giờ làm việc ở một số cơ quan, đơn vị, địa phương chưa nghiêm; "
                "việc thực hiện chỉ đạo của cấp trên có nơi còn chậm; công tác kiểm tra, giám sát chưa thường "
                "xuyên, xử lý vi phạm chưa kịp thời; một bộ phận cán bộ, công chức, viên chức còn gây phiền hà "
                "cho người dân, doanh nghiệp.",
            ),
            (
                "h",
                "Để khắc phục những hạn chế nêu trên, Chủ tịch Ủy ban nhân dân thành phố yêu cầu Thủ trưởng các "
                "sở, ban, ngành, đơn vị sự nghiệp công lập thuộc thành phố và Chủ tịch Ủy ban nhân dân các xã, "
                "phường thực hiện nghiêm các nội dung sau:",
            ),
            (
                "T",
                "1",
                "Nâng cao trách nhiệm của người đứng đầu trong chỉ đạo, điều hành và thực thi công vụ tại cơ "
                "quan, đơn vị, địa phương mình phụ trách:",
                "1.",
            ),
            (
                "C",
                "a",
                "Trực tiếp chỉ đạo, kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính; chịu trách nhiệm "
                "trước Chủ tịch Ủy ban nhân dân thành phố khi để xảy ra vi phạm tại cơ quan, đơn vị;",
                "a)",
            ),
            (
                "C",
                "b",
                "Kiên quyết xử lý hoặc đề xuất xử lý nghiêm cán bộ, công chức, viên chức có hành vi nhũng "
                "nhiễu, né tránh, đùn đẩy trách nhiệm, làm việc cầm chừng.",
                "b)",
            ),
            (
                "T",
                "2",
                "Chấp hành nghiêm thời giờ làm việc, quy tắc ứng xử và văn hóa công sở; nghiêm cấm sử dụng "
                "rượu, bia trong giờ làm việc, giờ nghỉ trưa của ngày làm việc và ngày trực.",
                "2.",
            ),
            (
                "P",
                "Cán bộ, công chức, viên chức phải đeo thẻ, mặc trang phục phù hợp khi thi hành công vụ; không "
                "tiếp khách, giải quyết việc riêng trong giờ làm việc tại bộ phận tiếp nhận và trả kết quả.",
            ),
            (
                "T",
                "3",
                "Đổi mới phương thức chỉ đạo, điều hành; giảm hội họp, giấy tờ hành chính, phấn đấu trong năm "
                "2026:",
                "3.",
            ),
            (
                "C",
                "a",
                "Giảm ít nhất 10% số lượng hội nghị, cuộc họp so với năm 2025; tăng cường tổ chức hội nghị trực "
                "tuyến;",
                "a)",
            ),
            ("C", "b", "Giảm tối thiểu 15% số lượng văn bản hành chính ban hành;", "b)"),
            (
                "C",
                "c",
                "100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình; 100% hồ sơ được số hóa, "
                "lưu trữ điện tử.",
                "c)",
            ),
            (
                "T",
                "4",
                "Nâng cao chất lượng giải quyết thủ tục hành chính; công khai, minh bạch quy trình, thời hạn "
                "giải quyết; không yêu cầu người dân, doanh nghiệp nộp thêm giấy tờ ngoài quy định. Trường hợp "
                "hồ sơ trễ hạn phải có văn bản xin lỗi và nêu rõ thời hạn trả kết quả.",
                "4.",
            ),
            (
                "T",
                "5",
                "Tăng cường thanh tra, kiểm tra công vụ, nhất là kiểm tra đột xuất; gắn kết quả kiểm tra với "
                "đánh giá, xếp loại tập thể, cá nhân và người đứng đầu:",
                "5.",
            ),
            (
                "C",
                "a",
                "Mỗi sở, ban, ngành tự kiểm tra ít nhất 02 lần trong năm tại các phòng, đơn vị trực thuộc;",
                "a)",
            ),
            (
                "C",
                "b",
                "Ủy ban nhân dân các xã, phường tự kiểm tra hằng quý việc thực thi công vụ tại bộ phận một cửa.",
                "b)",
            ),
            ("T", "6", "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan:", "6."),
            (
                "C",
                "-",
                "Thành lập các đoàn kiểm tra công vụ của thành phố, tổ chức kiểm tra đột xuất tại các cơ quan, "
                "đơn vị, địa phương;",
                "-",
            ),
            (
                "C",
                "-",
                "Tham mưu Ủy ban nhân dân thành phố đánh giá, xếp loại người đứng đầu gắn với kết quả thực hiện "
                "Chỉ thị này.",
                "-",
            ),
            (
                "T",
                "7",
                "Giao Văn phòng Ủy ban nhân dân thành phố theo dõi, đôn đốc việc thực hiện các nhiệm vụ Chủ "
                "tịch Ủy ban nhân dân thành phố giao; định kỳ hằng tháng thông báo danh sách nhiệm vụ chậm, trễ "
                "hạn.",
                "7.",
            ),
            (
                "T",
                "8",
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội tăng "
                "cường giám sát việc chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức.",
                "8.",
            ),
            (
                "E",
                "Chủ tịch Ủy ban nhân dân thành phố yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban "
                "nhân dân các xã, phường nghiêm túc triển khai thực hiện Chỉ thị này; định kỳ 6 tháng, năm báo "
                "cáo kết quả về Ủy ban nhân dân thành phố (qua Sở Nội vụ) trước ngày 15/6 và ngày 15/12 để tổng "
                "hợp./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Văn phòng Chính phủ;"),
            ("E", "- Bộ Nội vụ;"),
            ("E", "- TT Thành ủy, TT HĐND thành phố;"),
            ("E", "- CT, các PCT UBND thành phố;"),
            ("E", "- Như trên;"),
            ("E", "- Lưu: VT, NV."),
            ("E", "CHỦ TỊCH"),
            ("E", "Nguyễn Khắc Toàn"),
        ],
    },
    {
        "id": "b16a-tra-vinh-ban-dan-toc-hdnd-bao-cao",
        "source": "https://canglong.travinh.gov.vn/1450/39231/71077/676427/tin-hoat-dong-hdnd/hoat-dong-nam-2022-cua-ban-dan-toc-hoi-dong-nhan-dan-tinh-tra-vinh",
        "style": "a provincial People's Council committee's year report (Ban Dân tộc HĐND tỉnh) on its "
        "verification (thẩm tra), supervision and voter-contact work: committee letterhead, 'BÁO CÁO' "
        "over a sentence-case subject, a 'Căn cứ …' lead-in ending 'như sau:', then capital Roman parts "
        "'I.' … 'IV.': I is unlabelled paragraphs opening with run-in field names ('Về công tác thẩm "
        "tra:', 'Về hoạt động giám sát, khảo sát:' …), two of them over '-' sub-items and a paragraph "
        "after the dashes; II '1.' '2.' short headings (one continued by a paragraph, one over '-' "
        "sub-items); III '1.' … '5.' tasks, one over 'a)' 'b)'; IV '-' recommendations, the first two "
        "typed on one line; 'Trên đây là …/.', 'Nơi nhận:' and 'TM. BAN DÂN TỘC'",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN TỈNH TRÀ VINH"),
            ("h", "BAN DÂN TỘC"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 86/BC-BDT"),
            ("h", "Trà Vinh, ngày 25 tháng 11 năm 2022"),
            ("title", "BÁO CÁO"),
            (
                "h",
                "Kết quả hoạt động năm 2022 và chương trình hoạt động năm 2023 của Ban Dân tộc Hội đồng nhân "
                "dân tỉnh",
            ),
            (
                "h",
                "Căn cứ Luật Tổ chức chính quyền địa phương; Quy chế hoạt động và Chương trình giám sát năm "
                "2022, Ban Dân tộc Hội đồng nhân dân tỉnh báo cáo kết quả hoạt động năm 2022 và chương trình "
                "hoạt động năm 2023 như sau:",
            ),
            ("S", "I", "KẾT QUẢ HOẠT ĐỘNG NĂM 2022", "I."),
            (
                "T",
                "1",
                "Năm 2022, Ban Dân tộc đã tổ chức, thực hiện hoàn thành Chương trình, kế hoạch công tác đề ra, "
                "cơ bản đạt chất lượng và hiệu quả; thực hiện tốt hoạt động giám sát, khảo sát, thẩm tra và "
                "tiếp xúc cử tri theo luật định và sự phân công của Thường trực Hội đồng nhân dân tỉnh thuộc "
                "lĩnh vực phụ trách.",
                "",
            ),
            (
                "T",
                "2",
                "Về công tác tham gia chuẩn bị các kỳ họp Hội đồng nhân dân tỉnh: phối hợp với các Ban và Văn "
                "phòng tham mưu, giúp Thường trực Hội đồng nhân dân tỉnh tổ chức thành công 04 kỳ họp Hội đồng "
                "nhân dân tỉnh khóa X, nhiệm kỳ 2021 - 2026.",
                "",
            ),
            (
                "T",
                "3",
                "Về công tác thẩm tra: Ban tổ chức 02 cuộc họp thẩm tra 04 báo cáo của Ủy ban nhân dân tỉnh và "
                "03 dự thảo nghị quyết của Hội đồng nhân dân tỉnh thuộc lĩnh vực dân tộc, gồm:",
                "",
            ),
            (
                "C",
                "-",
                "Dự thảo nghị quyết về nguyên tắc, tiêu chí, định mức phân bổ vốn ngân sách trung ương và tỷ lệ "
                "vốn đối ứng của ngân sách địa phương thực hiện Chương trình mục tiêu quốc gia phát triển kinh "
                "tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - 2030;",
                "-",
            ),
            (
                "C",
                "-",
                "Dự thảo nghị quyết về mức hỗ trợ đóng bảo hiểm y tế cho người có uy tín trong đồng bào dân tộc "
                "thiểu số giai đoạn 2022 - 2025;",
                "-",
            ),
            (
                "C",
                "-",
                "Dự thảo nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2023 (lĩnh vực dân tộc).",
                "-",
            ),
            (
                "T",
                "4",
                "Về hoạt động giám sát, khảo sát: Ban tổ chức 02 cuộc giám sát chuyên đề và 01 cuộc khảo sát, "
                "cụ thể:",
                "",
            ),
            (
                "C",
                "-",
                "Giám sát việc thực hiện chính sách hỗ trợ đất ở, nhà ở, nước sinh hoạt cho hộ đồng bào dân tộc "
                "thiểu số nghèo tại huyện Trà Cú và huyện Cầu Ngang;",
                "-",
            ),
            (
                "C",
                "-",
                "Giám sát việc thực hiện chính sách tín dụng ưu đãi đối với hộ đồng bào dân tộc thiểu số tại "
                "thị xã Duyên Hải và huyện Châu Thành;",
                "-",
            ),
            (
                "C",
                "-",
                "Khảo sát tình hình hoạt động của các trường phổ thông dân tộc nội trú trên địa bàn tỉnh.",
                "-",
            ),
            (
                "T",
                "5",
                "Qua giám sát, khảo sát, Ban đã có 14 kiến nghị đối với Ủy ban nhân dân tỉnh, các sở, ngành và "
                "địa phương; đến nay có 11 kiến nghị đã được tiếp thu, giải quyết, 03 kiến nghị đang tiếp tục "
                "thực hiện.",
                "",
            ),
            (
                "T",
                "6",
                "Về tiếp xúc cử tri: các thành viên Ban tham gia đầy đủ các đợt tiếp xúc cử tri trước và sau kỳ "
                "họp tại đơn vị bầu cử; tổng hợp 27 ý kiến, kiến nghị của cử tri vùng đồng bào Khmer chuyển đến "
                "các cơ quan có thẩm quyền xem xét, giải quyết.",
                "",
            ),
            (
                "T",
                "7",
                "Về các hoạt động khác: tham gia Đoàn giám sát của Thường trực Hội đồng nhân dân tỉnh; tham dự "
                "các hội nghị của Ban Dân tộc tỉnh và thăm, chúc mừng các chùa Khmer nhân dịp Tết Chôl Chnăm "
                "Thmây, lễ Sene Dolta.",
                "",
            ),
            ("S", "II", "ĐÁNH GIÁ CHUNG", "II."),
            ("T", "1", "Ưu điểm", "1."),
            (
                "P",
                "Ban chủ động xây dựng chương trình, kế hoạch và tổ chức thực hiện đúng tiến độ; các báo cáo "
                "thẩm tra, báo cáo giám sát bảo đảm chất lượng, kiến nghị sát thực tế, được Ủy ban nhân dân "
                "tỉnh và các ngành tiếp thu.",
            ),
            ("T", "2", "Hạn chế, nguyên nhân", "2."),
            (
                "C",
                "-",
                "Thời gian nghiên cứu hồ sơ thẩm tra còn ngắn do một số tờ trình gửi chậm so với quy định;",
                "-",
            ),
            (
                "C",
                "-",
                "Phần lớn thành viên Ban hoạt động kiêm nhiệm nên việc tham gia giám sát, khảo sát chưa đầy đủ.",
                "-",
            ),
            ("S", "III", "CHƯƠNG TRÌNH HOẠT ĐỘNG NĂM 2023", "III."),
            (
                "T",
                "1",
                "Phối hợp chuẩn bị nội dung kỳ họp thường lệ giữa năm và cuối năm 2023; thẩm tra các báo cáo, "
                "dự thảo nghị quyết thuộc lĩnh vực dân tộc theo phân công của Thường trực Hội đồng nhân dân "
                "tỉnh.",
                "1.",
            ),
            ("T", "2", "Tổ chức 02 cuộc giám sát chuyên đề:", "2."),
            (
                "C",
                "a",
                "Việc thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân "
                "tộc thiểu số và miền núi năm 2022 - 2023;",
                "a)",
            ),
            (
                "C",
                "b",
                "Việc thực hiện chính sách đối với người có uy tín trong đồng bào dân tộc thiểu số.",
                "b)",
            ),
            (
                "T",
                "3",
                "Tham gia các đoàn giám sát của Hội đồng nhân dân, Thường trực Hội đồng nhân dân tỉnh khi được "
                "phân công.",
                "3.",
            ),
            (
                "T",
                "4",
                "Tổ chức tiếp xúc cử tri chuyên đề với người có uy tín, chức sắc tôn giáo vùng đồng bào Khmer.",
                "4.",
            ),
            ("T", "5", "Theo dõi, đôn đốc việc thực hiện các kiến nghị sau giám sát của Ban năm 2022.", "5."),
            ("S", "IV", "KIẾN NGHỊ", "IV."),
            (
                "M",
                [
                    ("1", "Đề nghị Ủy ban nhân dân tỉnh gửi hồ sơ trình kỳ họp đúng thời gian quy định;"),
                    ("2", "Đề nghị Thường trực Hội đồng nhân dân tỉnh bố trí kinh phí khảo sát cho Ban."),
                ],
            ),
            (
                "T",
                "3",
                "Đề nghị các sở, ngành, địa phương báo cáo đầy đủ, đúng hạn kết quả thực hiện kiến nghị sau "
                "giám sát.",
                "-",
            ),
            (
                "E",
                "Trên đây là báo cáo kết quả hoạt động năm 2022 và chương trình hoạt động năm 2023 của Ban Dân "
                "tộc Hội đồng nhân dân tỉnh./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thường trực HĐND tỉnh;"),
            ("E", "- Các Ban HĐND tỉnh;"),
            ("E", "- Đại biểu HĐND tỉnh;"),
            ("E", "- Lưu: VT, BDT."),
            ("E", "TM. BAN DÂN TỘC"),
            ("E", "TRƯỞNG BAN"),
            ("E", "Thạch Sô Phol"),
        ],
    },
    {
        "id": "b16b-hue-tran-cao-van-cong-doan-bao-cao",
        "source": "http://thcs-tcvan.tphue.thuathienhue.edu.vn/ke-hoach/ke-hoach-nam/kh-nam-cong-doan-co-so/ke-hoach-cua-cong-doan-co-so-nam-2015",
        "style": "a lower-secondary school trade union's year-end report with the next year's key tasks: two-line "
        "union header over the national motto, 'BÁO CÁO' over a two-line capital subject, one lead-in "
        "paragraph, then capital-letter parts 'A.' and 'B.'; in A the four '1.' programme tasks are long "
        "headings, three continued by a paragraph, three carrying decimal '1.1' sub-items without a "
        "trailing dot, the first of them over three unlabelled activity lines; a '*' star heading 'Tồn "
        "tại, hạn chế' over two plain paragraphs; B of '1.' tasks, two over '-' sub-items; 'Trên đây là "
        "…/.', 'Nơi nhận:' and 'TM. BAN CHẤP HÀNH / CHỦ TỊCH'",
        "lines": [
            ("h", "CÔNG ĐOÀN GIÁO DỤC HUẾ"),
            ("h", "CÔNG ĐOÀN THCS TRẦN CAO VÂN"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 09/BC-CĐ"),
            ("h", "Huế, ngày 26 tháng 9 năm 2014"),
            ("title", "BÁO CÁO"),
            ("h", "TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN CƠ SỞ NĂM HỌC 2013-2014"),
            ("h", "VÀ NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2014-2015"),
            (
                "h",
                "Năm học 2013-2014, được sự quan tâm lãnh đạo, chỉ đạo của Chi bộ, Ban giám hiệu cùng lãnh đạo "
                "các cấp, Công đoàn trường THCS Trần Cao Vân đã hoàn thành tốt nhiệm vụ năm học, nâng cao hiệu "
                "quả thực hiện 4 chương trình trọng tâm của Công đoàn. Ban Chấp hành Công đoàn báo cáo kết quả "
                "như sau:",
            ),
            ("S", "A", "KẾT QUẢ THỰC HIỆN 4 CHƯƠNG TRÌNH CỦA CÔNG ĐOÀN", "A."),
            (
                "T",
                "1",
                "Chăm lo đời sống, đại diện bảo vệ quyền, lợi ích hợp pháp, chính đáng của đội ngũ cán bộ, nhà "
                "giáo và người lao động; tham gia quản lý, xây dựng mối quan hệ lao động ổn định",
                "1.",
            ),
            (
                "P",
                "Công đoàn xác định việc chăm lo đời sống vật chất, tinh thần cho CB, GV, NV là nhiệm vụ trọng "
                "tâm, thường xuyên đổi mới cách làm để nâng cao đời sống văn hóa, tinh thần cho đoàn viên.",
            ),
            (
                "C",
                "1.1",
                "Công đoàn đã tổ chức nhiều hoạt động thiết thực, có ý nghĩa nhân các ngày kỷ niệm trong năm.",
                "1.1",
            ),
            ("P", "Tổ chức tọa đàm, giao lưu văn nghệ cho nữ CB, GV, NV nhân ngày Phụ nữ Việt Nam 20/10."),
            (
                "P",
                "Tổ chức gặp mặt đoàn viên hưu trí và đoàn viên đương chức nhân ngày Nhà giáo Việt Nam 20/11.",
            ),
            ("P", "Tổ chức viếng mộ cụ Trần Cao Vân và liên hoan văn nghệ nhân ngày Quốc tế Phụ nữ 8/3."),
            (
                "C",
                "1.2",
                "Phối hợp với chuyên môn thực hiện đầy đủ, kịp thời chế độ lương, phụ cấp, nâng lương, bảo hiểm "
                "xã hội cho 100% CB, GV, NV; thăm hỏi 12 lượt đoàn viên ốm đau, có việc hiếu, hỷ.",
                "1.2",
            ),
            (
                "C",
                "1.3",
                "Phối hợp tổ chức thành công Hội nghị cán bộ, công chức, viên chức đầu năm học; tham gia xây "
                "dựng và giám sát việc thực hiện Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở.",
                "1.3",
            ),
            (
                "T",
                "2",
                "Tuyên truyền, giáo dục nâng cao trình độ chính trị, chuyên môn nghiệp vụ cho đội ngũ cán bộ, "
                "nhà giáo và người lao động",
                "2.",
            ),
            (
                "P",
                "Công đoàn phối hợp với Chi bộ tổ chức cho 100% đoàn viên học tập, quán triệt Nghị quyết số "
                "29-NQ/TW về đổi mới căn bản, toàn diện giáo dục và đào tạo.",
            ),
            (
                "C",
                "2.1",
                "Vận động 03 đoàn viên tham gia học đại học, 02 đoàn viên học trung cấp lý luận chính trị.",
                "2.1",
            ),
            (
                "C",
                "2.2",
                "Tổ chức 04 chuyên đề đổi mới phương pháp dạy học, ứng dụng công nghệ thông tin trong giảng "
                "dạy.",
                "2.2",
            ),
            ("T", "3", "Tổ chức các phong trào thi đua yêu nước và các cuộc vận động", "3."),
            (
                "C",
                "3.1",
                "Phong trào thi đua “Dạy tốt, học tốt”: có 11 giáo viên dạy giỏi cấp trường, 04 giáo viên dạy "
                "giỏi cấp thành phố; tỷ lệ học sinh lên lớp đạt 97,6%.",
                "3.1",
            ),
            (
                "C",
                "3.2",
                "Cuộc vận động “Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo”: 100% đoàn viên "
                "đăng ký và thực hiện; không có đoàn viên vi phạm đạo đức nhà giáo.",
                "3.2",
            ),
            ("T", "4", "Xây dựng tổ chức Công đoàn vững mạnh", "4."),
            (
                "P",
                "Công đoàn cơ sở hiện có 46 đoàn viên, sinh hoạt tại 04 tổ công đoàn; Ban Chấp hành họp định kỳ "
                "hằng tháng, thu nộp đoàn phí đầy đủ, đúng quy định. Năm học 2013-2014, Công đoàn được Công "
                "đoàn Giáo dục Huế đánh giá vững mạnh xuất sắc.",
            ),
            ("S", "", "Tồn tại, hạn chế", "*"),
            (
                "T",
                "1",
                "Một số hoạt động văn hóa, văn nghệ chưa thu hút đông đảo đoàn viên tham gia; công tác tuyên "
                "truyền trên trang thông tin điện tử của trường chưa thường xuyên.",
                "",
            ),
            (
                "T",
                "2",
                "Việc phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến trong đoàn viên còn hạn chế; nguồn "
                "kinh phí hoạt động Công đoàn còn eo hẹp.",
                "",
            ),
            ("S", "B", "NHIỆM VỤ TRỌNG TÂM NĂM HỌC 2014-2015", "B."),
            (
                "T",
                "1",
                "Tiếp tục thực hiện có hiệu quả 4 chương trình trọng tâm của Công đoàn; phối hợp với chuyên môn "
                "tổ chức tốt Hội nghị cán bộ, công chức, viên chức năm học 2014-2015.",
                "1.",
            ),
            ("T", "2", "Chăm lo đời sống, bảo vệ quyền lợi của đoàn viên:", "2."),
            ("C", "-", "Giám sát việc thực hiện chế độ, chính sách đối với CB, GV, NV;", "-"),
            ("C", "-", "Tổ chức thăm hỏi, động viên kịp thời đoàn viên gặp khó khăn, ốm đau;", "-"),
            ("C", "-", "Tổ chức cho đoàn viên tham quan, nghỉ mát trong dịp hè 2015.", "-"),
            (
                "T",
                "3",
                "Đẩy mạnh phong trào thi đua “Dạy tốt, học tốt”, các cuộc vận động của ngành; phấn đấu có 05 "
                "giáo viên dạy giỏi cấp thành phố.",
                "3.",
            ),
            ("T", "4", "Xây dựng tổ chức Công đoàn vững mạnh:", "4."),
            ("C", "-", "Giới thiệu 02 đoàn viên ưu tú để Chi bộ bồi dưỡng, xem xét kết nạp Đảng;", "-"),
            ("C", "-", "Phấn đấu Công đoàn đạt danh hiệu vững mạnh xuất sắc.", "-"),
            (
                "T",
                "5",
                "Phối hợp với Đoàn thanh niên, Liên đội tổ chức các hoạt động kỷ niệm các ngày lễ lớn, hoạt "
                "động từ thiện, giúp đỡ học sinh nghèo vượt khó.",
                "5.",
            ),
            (
                "E",
                "Trên đây là báo cáo tổng kết hoạt động Công đoàn cơ sở năm học 2013-2014 và nhiệm vụ trọng tâm "
                "năm học 2014-2015 của Công đoàn trường THCS Trần Cao Vân./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- CĐGD Huế (b/c);"),
            ("E", "- Chi bộ, BGH (b/c);"),
            ("E", "- Các tổ công đoàn;"),
            ("E", "- Lưu CĐ."),
            ("E", "TM. BAN CHẤP HÀNH"),
            ("E", "CHỦ TỊCH"),
            ("E", "Lê Thị Thu Hằng"),
        ],
    },
    {
        "id": "b16b-bac-lieu-tinh-doan-chuong-trinh",
        "source": "https://td.baclieu.gov.vn/-/ch%C6%B0%C6%A1ng-tr%C3%ACnh-c%C3%B4ng-t%C3%A1c-%C4%90o%C3%A0n-v%C3%A0-phong-tr%C3%A0o-thanh-ni%C3%AAn-tr%C6%B0%E1%BB%9Dng-h%E1%BB%8Dc-n%C4%83m-h%E1%BB%8Dc-2012-2013",
        "style": "a provincial Youth Union committee's programme of school work for a school year: Đoàn header "
        "with '* * *' and 'Số: …-CT/ĐTN', 'CHƯƠNG TRÌNH' over two subject lines and a dashed rule, one "
        "long lead-in; capital Roman parts typed with a slash and hyphen ('I/-' … 'V/-'); part I of two "
        "'Chủ đề …:' tasks typed '1/-' '2/-', part II of '1.' … '5.' key tasks (one continued by a "
        "paragraph), part III of '-' targets with two typed on one line and one over '+' sub-items, parts "
        "IV and V back to '1/-' tasks, IV's over '-' sub-items; a closing request './.', 'Nơi nhận:' and "
        "'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ BÍ THƯ'",
        "lines": [
            ("h", "ĐOÀN TNCS HỒ CHÍ MINH"),
            ("h", "BCH TỈNH BẠC LIÊU"),
            ("h", "* * *"),
            ("h", "Số: 43-CT/ĐTN"),
            ("h", "Bạc Liêu, ngày 07 tháng 9 năm 2012"),
            ("title", "CHƯƠNG TRÌNH"),
            ("h", "Công tác Đoàn và phong trào thanh niên trường học"),
            ("h", "Năm học 2012-2013"),
            ("h", "-------------"),
            (
                "h",
                "Năm học 2012 – 2013 là năm học diễn ra Đại hội Đoàn các cấp tiến tới Đại hội đại biểu Đoàn "
                "TNCS Hồ Chí Minh tỉnh Bạc Liêu lần thứ IX và Đại hội Đoàn toàn quốc lần thứ X; thực hiện "
                "Chương trình công tác Đoàn và phong trào thanh niên trường học năm học 2012 – 2013 của Ban Bí "
                "thư Trung ương Đoàn, Ban Thường vụ Tỉnh Đoàn Bạc Liêu triển khai Chương trình công tác Đoàn và "
                "phong trào thanh niên trường học tỉnh Bạc Liêu năm học 2012 - 2013, cụ thể như sau:",
            ),
            ("S", "I", "CHỦ ĐỀ", "I/-"),
            (
                "T",
                "1",
                "Chủ đề năm học: Thanh niên trường học xây dựng văn hóa học đường chào mừng Đại hội Đoàn tỉnh "
                "Bạc Liêu lần thứ IX và Đại hội Đoàn toàn quốc lần thứ X",
                "1/-",
            ),
            ("T", "2", "Chủ đề tháng: Có phụ lục riêng", "2/-"),
            ("S", "II", "CÁC NHIỆM VỤ TRỌNG TÂM", "II/-"),
            (
                "T",
                "1",
                "Tổ chức học tập, quán triệt, cụ thể hóa Nghị quyết Đại hội Đoàn các cấp trong đoàn viên, thanh "
                "niên trường học; tiếp tục đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh bằng "
                "những việc làm cụ thể.",
                "1.",
            ),
            (
                "T",
                "2",
                "Đẩy mạnh giáo dục lý tưởng cách mạng, đạo đức, lối sống cho học sinh, sinh viên; đổi mới "
                "phương thức giáo dục phù hợp với từng đối tượng đoàn viên trong trường học.",
                "2.",
            ),
            (
                "T",
                "3",
                "Xây dựng văn hóa học đường thân thiện, lành mạnh, từng bước đẩy lùi các hiện tượng bạo lực học "
                "đường, vi phạm an toàn giao thông trong học sinh.",
                "3.",
            ),
            (
                "P",
                "Mỗi cơ sở Đoàn xây dựng và ký kết bộ quy tắc ứng xử văn hóa của đoàn viên; duy trì đội thanh "
                "niên xung kích giữ gìn trật tự trước cổng trường vào giờ tan học.",
            ),
            (
                "T",
                "4",
                "Tổ chức tốt Đại hội chi đoàn, Đại hội Đoàn trường nhiệm kỳ 2012 – 2013 bảo đảm đúng Điều lệ, "
                "hoàn thành trước ngày 15/10/2012.",
                "4.",
            ),
            (
                "T",
                "5",
                "Nâng cao chất lượng đoàn viên, chất lượng hoạt động của chi đoàn; chú trọng bồi dưỡng, giới "
                "thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp.",
                "5.",
            ),
            ("S", "III", "CHỈ TIÊU CƠ BẢN", "III/-"),
            (
                "T",
                "1",
                "100% cơ sở Đoàn trường học tổ chức học tập, quán triệt Nghị quyết Đại hội Đoàn các cấp cho "
                "đoàn viên.",
                "-",
            ),
            (
                "M",
                [
                    ("2", "100% chi đoàn tổ chức Đại hội đúng thời gian quy định"),
                    ("3", "95% đoàn viên được xếp loại khá trở lên."),
                ],
            ),
            ("T", "4", "Mỗi cơ sở Đoàn trường học có ít nhất:", "-"),
            ("C", "-", "01 công trình thanh niên chào mừng Đại hội Đoàn toàn quốc lần thứ X;", "+"),
            ("C", "-", "01 câu lạc bộ học thuật hoặc kỹ năng hoạt động thường xuyên.", "+"),
            (
                "T",
                "5",
                "Giới thiệu ít nhất 150 đoàn viên ưu tú cho Đảng, trong đó có 60 đảng viên mới là học sinh, "
                "sinh viên.",
                "-",
            ),
            ("S", "IV", "NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN", "IV/-"),
            ("T", "1", "Công tác giáo dục:", "1/-"),
            (
                "C",
                "-",
                "Tổ chức các buổi sinh hoạt chủ điểm theo tháng, gắn với các ngày lễ lớn của dân tộc và của "
                "Đoàn;",
                "-",
            ),
            (
                "C",
                "-",
                "Phát động cuộc thi tìm hiểu lịch sử Đoàn TNCS Hồ Chí Minh và lịch sử địa phương trong đoàn "
                "viên, học sinh.",
                "-",
            ),
            ("T", "2", "Phong trào “Ba trách nhiệm” trong học sinh, sinh viên:", "2/-"),
            (
                "C",
                "-",
                "Duy trì các nhóm “Học tốt”, “Đôi bạn cùng tiến”; tổ chức hội thi học sinh giỏi cấp trường;",
                "-",
            ),
            (
                "C",
                "-",
                "Tổ chức các hoạt động tình nguyện trong dịp hè, tham gia xây dựng nông thôn mới.",
                "-",
            ),
            (
                "T",
                "3",
                "Công tác xây dựng Đoàn: thực hiện nghiêm chế độ sinh hoạt chi đoàn định kỳ; kiện toàn Ban Chấp "
                "hành Đoàn trường sau Đại hội; tổ chức tập huấn nghiệp vụ cho cán bộ Đoàn trường học trong "
                "tháng 11/2012.",
                "3/-",
            ),
            ("S", "V", "TỔ CHỨC THỰC HIỆN", "V/-"),
            (
                "T",
                "1",
                "Ban Phong trào Tỉnh Đoàn chủ trì, phối hợp với Sở Giáo dục và Đào tạo hướng dẫn, kiểm tra việc "
                "thực hiện Chương trình; tham mưu sơ kết học kỳ I và tổng kết năm học.",
                "1/-",
            ),
            (
                "T",
                "2",
                "Các Huyện, Thành Đoàn, Đoàn trường Cao đẳng, Trung cấp căn cứ Chương trình xây dựng kế hoạch "
                "cụ thể, phù hợp với tình hình đơn vị; báo cáo định kỳ về Tỉnh Đoàn trước ngày 20 hằng tháng.",
                "2/-",
            ),
            (
                "T",
                "3",
                "Văn phòng Tỉnh Đoàn bảo đảm kinh phí, tổng hợp thi đua; đề xuất khen thưởng các tập thể, cá "
                "nhân có thành tích xuất sắc.",
                "3/-",
            ),
            (
                "E",
                "Ban Thường vụ Tỉnh Đoàn đề nghị các cơ sở Đoàn trường học nghiêm túc triển khai thực hiện "
                "Chương trình này./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- BBT TW Đoàn (b/c);"),
            ("E", "- Thường trực Tỉnh ủy (b/c);"),
            ("E", "- Sở GD&ĐT;"),
            ("E", "- Các Huyện, Thành Đoàn, Đoàn trực thuộc;"),
            ("E", "- Lưu VP."),
            ("E", "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"),
            ("E", "PHÓ BÍ THƯ"),
            ("E", "Trần Thị Ngọc Diễm"),
        ],
    },
    {
        "id": "b16b-tw-ban-dan-van-ke-hoach-ky-niem",
        "source": "http://www.danvan.vn/Home/Van-ban/Ban-dan-van-tw/12290/Ke-hoach-so-17-KHBDVTW-ngay-0262020-cua-Ban-Dan-van-Trung-uong-ve-to-chuc-hoat-dong-ky-niem-90-nam-Ngay-truyen-thong-cong-tac-dan-van-cua-Dang",
        "style": "a Party board's plan (Ban Dân vận Trung ương) for an anniversary with its commendation and "
        "emulation congress: Party header with '*' and 'Số …-KH/BDVTW', 'KẾ HOẠCH' over a long lower-case "
        "subject, one lead-in ending 'như sau:'; capital Roman parts 'I.' … 'III.'; I of three '-' aims, "
        "II of '1.' … '5.' activities, the first continued by run-in 'Thời gian:' / 'Địa điểm:' "
        "paragraphs and a bare 'Thành phần:' line over '-' sub-items, others over '-' sub-items or a "
        "paragraph; III of '1.' assignments named by unit; 'Nơi nhận:' and a 'K/T TRƯỞNG BAN' signature",
        "lines": [
            ("h", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
            ("h", "BAN DÂN VẬN"),
            ("h", "*"),
            ("h", "Số 17-KH/BDVTW"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Hà Nội, ngày 02 tháng 6 năm 2020"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "tổ chức hoạt động kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng, tuyên dương điển "
                "hình “Dân vận khéo” toàn quốc, Đại hội thi đua yêu nước ngành dân vận",
            ),
            ("h", "-----"),
            (
                "h",
                "Thực hiện kế hoạch công tác năm 2020, Ban Dân vận Trung ương xây dựng Kế hoạch tổ chức hoạt "
                "động kỷ niệm 90 năm Ngày truyền thống công tác dân vận (15/10/1930 – 15/10/2020) gắn với tuyên "
                "dương điển hình “Dân vận khéo” toàn quốc và Đại hội thi đua yêu nước ngành dân vận, như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Tiếp tục tuyên truyền, nâng cao nhận thức, trách nhiệm của hệ thống chính trị đối với công tác "
                "dân vận của Đảng; củng cố mối quan hệ gắn bó mật thiết giữa Đảng với Nhân dân.",
                "-",
            ),
            ("T", "2", "Tôn vinh, biểu dương các điển hình “Dân vận khéo” của hệ thống chính trị.", "-"),
            ("T", "3", "Các hoạt động kỷ niệm bảo đảm phù hợp, tiết kiệm, thiết thực.", "-"),
            ("S", "II", "NỘI DUNG", "II."),
            (
                "T",
                "1",
                "Lễ Kỷ niệm 90 năm Ngày truyền thống công tác dân vận, tuyên dương điển hình “Dân vận khéo” "
                "toàn quốc, Đại hội thi đua yêu nước ngành dân vận.",
                "1.",
            ),
            ("P", "Thời gian: Dự kiến sáng ngày 11/10/2020 (Chủ nhật)."),
            ("P", "Địa điểm: Hội trường Bộ Quốc phòng, Hà Nội."),
            ("P", "Thành phần:"),
            ("C", "-", "Điển hình “Dân vận khéo” toàn quốc được tuyên dương.", "-"),
            ("C", "-", "Cán bộ Ban Dân vận Trung ương qua các thời kỳ.", "-"),
            (
                "C",
                "-",
                "Đại diện lãnh đạo Đảng đoàn Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội, các bộ, "
                "ngành Trung ương có liên quan.",
                "-",
            ),
            ("C", "-", "Trưởng ban dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương.", "-"),
            ("T", "2", "Tuyên truyền kỷ niệm 90 năm Ngày truyền thống công tác dân vận của Đảng:", "2."),
            (
                "C",
                "-",
                "Phối hợp với Ban Tuyên giáo Trung ương ban hành hướng dẫn tuyên truyền; đăng tải các tin, bài "
                "trên Báo Nhân Dân, Tạp chí Cộng sản, Đài Truyền hình Việt Nam;",
                "-",
            ),
            ("C", "-", "Xây dựng phóng sự tài liệu về 90 năm công tác dân vận của Đảng;", "-"),
            ("C", "-", "Xuất bản cuốn sách “Dân vận khéo - Những điển hình tiêu biểu”.", "-"),
            ("T", "3", "Lựa chọn, tuyên dương điển hình “Dân vận khéo” toàn quốc.", "3."),
            (
                "P",
                "Ban dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương lựa chọn từ 01 đến 03 điển "
                "hình tiêu biểu, gửi hồ sơ về Ban Dân vận Trung ương (qua Vụ Tổng hợp) trước ngày 15/8/2020.",
            ),
            (
                "T",
                "4",
                "Tổ chức Đại hội thi đua yêu nước ngành dân vận giai đoạn 2015 - 2020 gắn với Lễ Kỷ niệm; khen "
                "thưởng các tập thể, cá nhân có thành tích xuất sắc.",
                "4.",
            ),
            ("T", "5", "Các hoạt động kỷ niệm ở các địa phương, đơn vị:", "5."),
            ("C", "-", "Tổ chức gặp mặt cán bộ làm công tác dân vận qua các thời kỳ;", "-"),
            ("C", "-", "Tọa đàm, hội thảo về phong trào thi đua “Dân vận khéo” ở cơ sở;", "-"),
            ("C", "-", "Thăm, tặng quà gia đình chính sách, đồng bào vùng khó khăn.", "-"),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Vụ Tổng hợp chủ trì, phối hợp với các vụ, đơn vị xây dựng chương trình, kịch bản Lễ Kỷ niệm; "
                "tổng hợp hồ sơ điển hình “Dân vận khéo”, trình lãnh đạo Ban xem xét.",
                "1.",
            ),
            (
                "T",
                "2",
                "Văn phòng Ban bảo đảm kinh phí, cơ sở vật chất, hậu cần phục vụ các hoạt động kỷ niệm; chủ trì "
                "công tác thi đua, khen thưởng.",
                "2.",
            ),
            (
                "T",
                "3",
                "Báo Dân vận, Tạp chí Dân vận mở chuyên mục tuyên truyền về 90 năm Ngày truyền thống công tác "
                "dân vận và các điển hình “Dân vận khéo”.",
                "3.",
            ),
            (
                "T",
                "4",
                "Đề nghị ban dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương căn cứ Kế hoạch này "
                "tham mưu cấp ủy tổ chức các hoạt động kỷ niệm phù hợp; báo cáo kết quả về Ban Dân vận Trung "
                "ương trước ngày 30/10/2020.",
                "4.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư (để b/c),"),
            ("E", "- Ban dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc TW,"),
            ("E", "- Đảng đoàn MTTQ Việt Nam, các tổ chức chính trị - xã hội,"),
            ("E", "- Các vụ, đơn vị thuộc Ban,"),
            ("E", "- Lưu Văn phòng Ban."),
            ("E", "K/T TRƯỞNG BAN"),
            ("E", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"),
            ("E", "Nguyễn Văn Hòa"),
        ],
    },
    {
        "id": "b16c-tay-ho-huong-dan-chuyen-mon-tieu-hoc",
        "source": "http://mnphuthuongtayho.edu.vn/thong-tin/tin-hoat-dong/hoat-dong-chuyen-mon/hoat-dong-chuyen-mon-tieu-hoc/huong-dan-thuc-hien-nhiem-vu-chuyen-mon-cap-tieu-hoc-nam-hoc.html",
        "style": "a district education office's guidance letter (công văn hướng dẫn) to primary schools, with no "
        "kind line: 'UBND QUẬN … / PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Số: …/PGDĐT' over its 'V/v' subject, "
        "'Kính gửi:' on one line and a single 'Căn cứ … như sau:' lead-in, then capital Roman parts 'I.' "
        "… 'III.' over '1.' tasks; in part II three tasks are short headings over 'a)' 'b)' 'c)' "
        "sub-items, one sub-item continued by a paragraph, two tasks run in after a colon and are "
        "continued by a paragraph; a closing request ending './.', 'Nơi nhận:' and a 'KT. TRƯỞNG PHÒNG' "
        "signature",
        "lines": [
            ("h", "UBND QUẬN TÂY HỒ"),
            ("h", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),
            ("h", "Số: 190/PGDĐT"),
            ("h", "V/v hướng dẫn thực hiện nhiệm vụ chuyên môn cấp Tiểu học năm học 2021-2022"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Tây Hồ, ngày 08 tháng 9 năm 2021"),
            ("h", "Kính gửi: Hiệu trưởng các trường Tiểu học trên địa bàn quận."),
            (
                "h",
                "Căn cứ Công văn số 3078/SGDĐT-GDTH ngày 31/8/2021 của Sở Giáo dục và Đào tạo về việc Hướng dẫn "
                "thực hiện nhiệm vụ giáo dục Tiểu học năm học 2021-2022; Công văn số 182/PGDĐT ngày 01/9/2021 "
                "của Phòng Giáo dục và Đào tạo về việc thực hiện nhiệm vụ năm học 2021-2022 cấp tiểu học quận "
                "Tây Hồ và tình hình thực tế địa bàn quận, Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các "
                "trường Tiểu học trên địa bàn thực hiện nhiệm vụ chuyên môn năm học 2021-2022 như sau:",
            ),
            ("S", "I", "NHIỆM VỤ CHUNG", "I."),
            (
                "T",
                "1",
                "Tiếp tục thực hiện linh hoạt, hiệu quả Chương trình giáo dục phổ thông 2018 đối với lớp 1, lớp "
                "2 và Chương trình giáo dục phổ thông hiện hành đối với lớp 3, 4, 5; chủ động điều chỉnh kế "
                "hoạch giáo dục phù hợp với diễn biến của dịch bệnh COVID-19 trên địa bàn.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tổ chức dạy học trực tuyến, dạy học qua truyền hình trong thời gian học sinh chưa thể đến "
                "trường, bảo đảm “tạm dừng đến trường nhưng không dừng học”.",
                "2.",
            ),
            (
                "T",
                "3",
                "Đổi mới phương pháp dạy học, kiểm tra, đánh giá theo hướng phát triển phẩm chất, năng lực học "
                "sinh; tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và dạy học.",
                "3.",
            ),
            (
                "T",
                "4",
                "Nâng cao chất lượng đội ngũ cán bộ quản lý, giáo viên đáp ứng yêu cầu đổi mới; tiếp tục xây "
                "dựng trường đạt chuẩn quốc gia, kiểm định chất lượng giáo dục.",
                "4.",
            ),
            ("S", "II", "NHIỆM VỤ CỤ THỂ", "II."),
            ("T", "1", "Xây dựng và thực hiện kế hoạch giáo dục nhà trường", "1."),
            (
                "C",
                "a",
                "Các trường xây dựng kế hoạch giáo dục nhà trường theo hướng dẫn tại Công văn số "
                "3078/SGDĐT-GDTH, trình Phòng GDĐT phê duyệt trước ngày 20/9/2021;",
                "a)",
            ),
            (
                "C",
                "b",
                "Kế hoạch dạy học các môn học, hoạt động giáo dục được xây dựng theo hai giai đoạn: dạy học "
                "trực tuyến và dạy học trực tiếp khi học sinh trở lại trường;",
                "b)",
            ),
            (
                "C",
                "c",
                "Thời lượng dạy học trực tuyến đối với lớp 1, lớp 2 không quá 20 phút/tiết, không quá 3 "
                "tiết/buổi; đối với lớp 3, 4, 5 không quá 35 phút/tiết, không quá 4 tiết/buổi.",
                "c)",
            ),
            ("T", "2", "Tổ chức dạy học trực tuyến", "2."),
            (
                "C",
                "a",
                "Trong tuần đầu năm học, giáo viên tập trung hướng dẫn học sinh làm quen với thiết bị, phần mềm "
                "học trực tuyến và các quy tắc an toàn khi học trên mạng;",
                "a)",
            ),
            (
                "C",
                "b",
                "Các trường rà soát số học sinh không có thiết bị học tập, có phương án hỗ trợ kịp thời, không "
                "để học sinh nào bị bỏ lại phía sau.",
                "b)",
            ),
            (
                "P",
                "Đối với học sinh không thể tham gia học trực tuyến, giáo viên chủ nhiệm phối hợp với cha mẹ "
                "học sinh giao nhiệm vụ học tập qua phiếu bài tập, theo dõi và hỗ trợ học sinh hằng tuần.",
            ),
            ("T", "3", "Đổi mới phương pháp dạy học, kiểm tra, đánh giá học sinh", "3."),
            (
                "C",
                "a",
                "Thực hiện đánh giá học sinh lớp 1, lớp 2 theo Thông tư số 27/2020/TT-BGDĐT; học sinh lớp 3, 4, "
                "5 theo Thông tư số 22/2016/TT-BGDĐT;",
                "a)",
            ),
            (
                "C",
                "b",
                "Trong thời gian học trực tuyến, giáo viên đánh giá thường xuyên bằng nhận xét; chưa tổ chức "
                "kiểm tra định kỳ giữa học kỳ I khi học sinh chưa đến trường.",
                "b)",
            ),
            (
                "T",
                "4",
                "Bồi dưỡng đội ngũ cán bộ quản lý, giáo viên: Hoàn thành bồi dưỡng thường xuyên theo các mô-đun "
                "Chương trình giáo dục phổ thông 2018 cho giáo viên dạy lớp 3 trước tháng 12/2021.",
                "4.",
            ),
            (
                "P",
                "Mỗi tổ chuyên môn tổ chức ít nhất 02 chuyên đề/học kỳ về dạy học trực tuyến; khuyến khích giáo "
                "viên chia sẻ bài giảng điện tử trên kho học liệu dùng chung của quận.",
            ),
            (
                "T",
                "5",
                "Công tác kiểm định chất lượng, xây dựng trường chuẩn quốc gia: Các trường Tiểu học Xuân La, Tứ "
                "Liên hoàn thiện hồ sơ tự đánh giá, đề nghị đánh giá ngoài trong học kỳ II năm học 2021-2022.",
                "5.",
            ),
            (
                "P",
                "Các trường đã được công nhận đạt chuẩn quốc gia rà soát các tiêu chuẩn, có kế hoạch cải tiến "
                "chất lượng sau đánh giá, không để bị thu hồi quyết định công nhận.",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Hiệu trưởng các trường căn cứ hướng dẫn này xây dựng kế hoạch thực hiện nhiệm vụ chuyên môn "
                "của nhà trường, phân công nhiệm vụ cụ thể cho phó hiệu trưởng, tổ trưởng chuyên môn và giáo "
                "viên.",
                "1.",
            ),
            (
                "T",
                "2",
                "Bộ phận Tiểu học Phòng GDĐT theo dõi, kiểm tra việc thực hiện tại các trường; tổng hợp những "
                "khó khăn, vướng mắc, báo cáo lãnh đạo Phòng.",
                "2.",
            ),
            (
                "T",
                "3",
                "Các trường báo cáo kết quả thực hiện nhiệm vụ chuyên môn học kỳ I về Phòng GDĐT (qua bộ phận "
                "Tiểu học) trước ngày 10/01/2022.",
                "3.",
            ),
            (
                "E",
                "Phòng GDĐT đề nghị Hiệu trưởng các trường Tiểu học nghiêm túc triển khai thực hiện. Trong quá "
                "trình thực hiện, nếu có vướng mắc, các trường phản ánh về Phòng GDĐT (qua bộ phận Tiểu học) để "
                "được hướng dẫn./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Như trên;"),
            ("E", "- Sở GDĐT Hà Nội (để b/c);"),
            ("E", "- UBND quận Tây Hồ (để b/c);"),
            ("E", "- Lưu: VT, TH."),
            ("E", "KT. TRƯỞNG PHÒNG"),
            ("E", "PHÓ TRƯỞNG PHÒNG"),
            ("E", "Nguyễn Thị Thu Hà"),
        ],
    },
    {
        "id": "b16c-bac-giang-cdc-ke-hoach-chi-dao-tuyen",
        "source": "http://kiemsoatbenhtatbacgiang.vn/ke-hoach-hoat-dong-chi-dao-tuyen-cong-tac-kiem-soat-benh-tat-nam-2017/",
        "style": "a provincial disease-control centre's plan of field supervision (kế hoạch chỉ đạo tuyến): 'SỞ Y "
        "TẾ … / TRUNG TÂM KIỂM SOÁT BỆNH TẬT', 'Số: 74/KH-KSBT', 'KẾ HOẠCH' over a sentence-case subject, "
        "two 'Căn cứ' lines and a 'Nhằm … như sau:' lead-in, then sentence-case parts numbered '1.' … "
        "'7.' (no Roman level): '-' tasks in most parts, one task over '+' sub-items and one continued by "
        "a paragraph, a part of two plain paragraphs, a part of run-in 'Đợt 1:' / 'Đợt 2:' rounds, a part "
        "whose first two '-' items share one line, a one-paragraph 'Kinh phí' part; no closing sentence, "
        "'Nơi nhận:' and a 'GIÁM ĐỐC' signature",
        "lines": [
            ("h", "SỞ Y TẾ BẮC GIANG"),
            ("h", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT"),
            ("h", "Số: 74/KH-KSBT"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Bắc Giang, ngày 11 tháng 7 năm 2017"),
            ("title", "KẾ HOẠCH"),
            ("h", "Hoạt động chỉ đạo tuyến công tác kiểm soát bệnh tật năm 2017"),
            (
                "h",
                "Căn cứ Thông tư số 43/2013/TT-BYT ngày 11/12/2013 của Bộ Y tế quy định chi tiết phân tuyến "
                "chuyên môn kỹ thuật đối với hệ thống cơ sở khám bệnh, chữa bệnh;",
            ),
            ("h", "Căn cứ Kế hoạch hoạt động năm 2017 của Trung tâm Kiểm soát bệnh tật tỉnh Bắc Giang;"),
            (
                "h",
                "Nhằm nâng cao chất lượng và hiệu quả công tác giám sát, hỗ trợ các mặt hoạt động về chuyên "
                "môn, kỹ thuật, nghiệp vụ thuộc lĩnh vực kiểm soát bệnh tật tại tuyến huyện, xã, Trung tâm Kiểm "
                "soát bệnh tật xây dựng Kế hoạch hoạt động chỉ đạo tuyến năm 2017 như sau:",
            ),
            ("S", "1", "Mục đích, yêu cầu", "1."),
            (
                "T",
                "1",
                "Giám sát, đánh giá tiến độ, kết quả triển khai các chương trình, dự án, nhiệm vụ chuyên môn "
                "thuộc lĩnh vực kiểm soát bệnh tật tại tuyến huyện, xã;",
                "-",
            ),
            (
                "T",
                "2",
                "Phát hiện những khó khăn, tồn tại để kịp thời hỗ trợ, hướng dẫn chuyên môn, kỹ thuật cho cán "
                "bộ y tế tuyến dưới;",
                "-",
            ),
            (
                "T",
                "3",
                "Hoạt động chỉ đạo tuyến phải thiết thực, đúng nội dung, không gây phiền hà cho đơn vị được "
                "giám sát.",
                "-",
            ),
            ("S", "2", "Nội dung hoạt động", "2."),
            (
                "T",
                "1",
                "Giám sát, phát hiện, hỗ trợ, hướng dẫn tổ chức thực hiện các hoạt động kiểm soát bệnh tật, "
                "trong đó tập trung chủ yếu vào các hoạt động:",
                "-",
            ),
            (
                "C",
                "-",
                "Triển khai thực hiện các chương trình, dự án: Tiêm chủng mở rộng và triển khai hệ thống thông "
                "tin quản lý tiêm chủng; phòng chống sốt xuất huyết; thực hiện Chiến lược quốc gia về dinh "
                "dưỡng; phòng chống bệnh phong; phòng chống sốt rét và các chương trình, dự án, hoạt động có "
                "liên quan tới nhiệm vụ được UBND tỉnh, Sở Y tế giao;",
                "+",
            ),
            (
                "C",
                "-",
                "Thực hiện các nhiệm vụ: Phòng, chống dịch bệnh; truyền thông giáo dục sức khỏe; sức khỏe cộng "
                "đồng; sức khỏe nghề nghiệp; kiểm soát bệnh không lây nhiễm; phòng chống mù lòa; chăm sóc sức "
                "khỏe sinh sản và kế hoạch hóa gia đình; phòng chống HIV/AIDS; da liễu; dinh dưỡng và sức khỏe "
                "trẻ em; điều trị nghiện chất; xét nghiệm.",
                "+",
            ),
            (
                "T",
                "2",
                "Kiểm tra việc ghi chép sổ sách, biểu mẫu, chế độ thông tin báo cáo của các chương trình tại "
                "trung tâm y tế huyện và trạm y tế xã.",
                "-",
            ),
            (
                "P",
                "Đối với các đơn vị có tỷ lệ tiêm chủng đầy đủ cho trẻ dưới 1 tuổi đạt dưới 90% trong 6 tháng "
                "đầu năm, đoàn giám sát làm việc trực tiếp với lãnh đạo đơn vị để tìm nguyên nhân và thống nhất "
                "giải pháp khắc phục.",
            ),
            (
                "T",
                "3",
                "Hướng dẫn, đào tạo tại chỗ cho cán bộ chuyên trách các chương trình về kỹ thuật bảo quản vắc "
                "xin, giám sát ca bệnh, xử lý ổ dịch và lấy mẫu xét nghiệm.",
                "-",
            ),
            ("S", "3", "Đối tượng, địa bàn giám sát", "3."),
            ("T", "1", "10 Trung tâm Y tế huyện, thành phố trên địa bàn tỉnh.", ""),
            (
                "T",
                "2",
                "Tại mỗi huyện, thành phố, đoàn giám sát chọn ngẫu nhiên 02 trạm y tế xã, phường, thị trấn, ưu "
                "tiên các xã có nguy cơ cao về dịch bệnh, xã vùng sâu, vùng xa và các xã chưa đạt chỉ tiêu "
                "chuyên môn.",
                "",
            ),
            ("S", "4", "Thời gian thực hiện", "4."),
            ("T", "1", "tháng 7/2017, giám sát kết quả thực hiện 6 tháng đầu năm.", "Đợt 1:"),
            (
                "T",
                "2",
                "tháng 11/2017, giám sát kết quả thực hiện cả năm và công tác chuẩn bị phòng, chống dịch bệnh "
                "mùa Đông - Xuân.",
                "Đợt 2:",
            ),
            ("S", "5", "Thành phần đoàn giám sát", "5."),
            (
                "M",
                [
                    ("1", "Lãnh đạo Trung tâm: 01 người;"),
                    ("2", "Cán bộ các khoa, phòng chuyên môn: 03 - 04 người;"),
                ],
            ),
            (
                "T",
                "3",
                "Mời đại diện lãnh đạo Trung tâm Y tế huyện, thành phố cùng tham gia khi đoàn giám sát tại các "
                "trạm y tế xã trên địa bàn.",
                "-",
            ),
            ("S", "6", "Kinh phí", "6."),
            (
                "T",
                "1",
                "Từ nguồn kinh phí sự nghiệp y tế năm 2017 giao cho Trung tâm và nguồn kinh phí Chương trình "
                "mục tiêu Y tế - Dân số năm 2017.",
                "",
            ),
            ("S", "7", "Tổ chức thực hiện", "7."),
            (
                "T",
                "1",
                "Phòng Kế hoạch - Nghiệp vụ: Làm đầu mối xây dựng lịch giám sát chi tiết, thông báo đến các đơn "
                "vị trước 05 ngày; tổng hợp kết quả, báo cáo Giám đốc sau mỗi đợt giám sát.",
                "-",
            ),
            (
                "T",
                "2",
                "Các khoa chuyên môn: Cử cán bộ tham gia đoàn; chuẩn bị bảng kiểm giám sát theo lĩnh vực phụ "
                "trách.",
                "-",
            ),
            (
                "T",
                "3",
                "Phòng Tổ chức - Hành chính: Bố trí phương tiện, bảo đảm kinh phí cho các đoàn công tác.",
                "-",
            ),
            (
                "T",
                "4",
                "Đề nghị Trung tâm Y tế các huyện, thành phố chuẩn bị báo cáo, hồ sơ, sổ sách và bố trí cán bộ "
                "làm việc với đoàn.",
                "-",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Sở Y tế (b/c);"),
            ("E", "- Ban Giám đốc;"),
            ("E", "- TTYT các huyện, TP;"),
            ("E", "- Các khoa, phòng;"),
            ("E", "- Lưu: VT, KHNV."),
            ("E", "GIÁM ĐỐC"),
            ("E", "Ngô Văn Hùng"),
        ],
    },
    {
        "id": "b16c-dak-rlap-ke-hoach-thang-hanh-dong-moi-truong",
        "source": "http://dakrlap.daknong.gov.vn/ke-hoach-tuyen-truyen-to-chuc-cac-hoat-dong-huong-ung-ngay-moi-truong-the-gioi-thang-hanh-dong-vi-moi-truong-nam-2025-tren-dia-ban-huyen-dak-rlap",
        "style": "a district People's Committee campaign plan for the environment month (Tháng hành động vì môi "
        "trường): state header, 'KẾ HOẠCH' over a sentence-case subject, a 'Thực hiện Công văn … như "
        "sau:' lead-in, then capital Roman parts 'I.' … 'IV.': I three plain paragraphs, II three plain "
        "paragraphs, the second ending ':' over '-' slogan sub-items, III '1.' … '4.' activities (one "
        "over '-' sub-items, one continued by a paragraph), IV '1.' … '5.' tasks naming the offices, the "
        "first a bare 'Phòng …:' line over '-' sub-items; 'Trên đây là …/.' closing, 'Nơi nhận:' and a "
        "'TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' signature",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "HUYỆN ĐẮK R'LẤP"),
            ("h", "Số: 1158/KH-UBND"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Đắk R'lấp, ngày 26 tháng 5 năm 2025"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "Tuyên truyền, tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới, Tháng hành động vì môi "
                "trường năm 2025 trên địa bàn huyện Đắk R'lấp",
            ),
            (
                "h",
                "Thực hiện Công văn số 1021/SNNMT-MT ngày 16/5/2025 của Sở Nông nghiệp và Môi trường tỉnh Đắk "
                "Nông về việc tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới, Tháng hành động vì môi "
                "trường năm 2025, Ủy ban nhân dân huyện ban hành Kế hoạch tuyên truyền, tổ chức các hoạt động "
                "hưởng ứng trên địa bàn huyện như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Phát động toàn xã hội tham gia “Tháng hành động vì môi trường” trong thời gian từ nay đến hết "
                "tháng 6 năm 2025 với các hoạt động hưởng ứng Ngày Môi trường thế giới; lồng ghép các hoạt động "
                "bảo vệ môi trường vào các chương trình, kế hoạch hoạt động của cơ quan, đơn vị, địa phương; "
                "huy động sức mạnh của tập thể, các tổ chức, đoàn thể, hiệp hội doanh nghiệp để tổ chức các "
                "hoạt động thiết thực, phù hợp với điều kiện cụ thể của từng địa phương, đơn vị.",
                "",
            ),
            (
                "T",
                "2",
                "Tổ chức tuyên truyền sâu rộng tới UBND các xã, thị trấn, các cơ quan, đoàn thể, Ủy ban Mặt "
                "trận Tổ quốc Việt Nam, các tổ chức, đoàn thể và mọi tầng lớp nhân dân trong huyện cùng chung "
                "tay và có những hành động cụ thể, thiết thực vì thiên nhiên và chất lượng cuộc sống, giảm "
                "thiểu rác thải nhựa, túi nilon dùng một lần; quản lý, sử dụng bền vững nguồn tài nguyên thiên "
                "nhiên.",
                "",
            ),
            (
                "T",
                "3",
                "Bảo đảm tính đồng bộ, thống nhất, thiết thực, tiết kiệm, hiệu quả, tránh phô trương, hình "
                "thức, lãng phí và bám sát theo sự phát động của Bộ Nông nghiệp & Môi trường, UBND tỉnh Đắk "
                "Nông, gắn với triển khai các nhiệm vụ chuyên môn của cơ quan, đơn vị, các hoạt động đoàn thể "
                "xã hội, các phong trào quần chúng…",
                "",
            ),
            ("S", "II", "THÔNG TIN TRUYỀN THÔNG", "II."),
            (
                "T",
                "1",
                "Ngày Môi trường Thế giới 05 tháng 6 năm 2025 do Chương trình Môi trường Liên hợp quốc (UNEP) "
                "phát động với chủ đề “Chấm dứt ô nhiễm nhựa”, kêu gọi các quốc gia, cộng đồng hành động quyết "
                "liệt để giảm thiểu, tiến tới chấm dứt ô nhiễm nhựa trên đất liền và đại dương.",
                "",
            ),
            ("T", "2", "Các thông điệp tuyên truyền hưởng ứng Ngày Môi trường thế giới năm 2025:", ""),
            ("C", "-", "Chung tay chấm dứt ô nhiễm nhựa vì một Việt Nam xanh!", "-"),
            ("C", "-", "Nói không với túi nilon và sản phẩm nhựa dùng một lần!", "-"),
            ("C", "-", "Phân loại rác tại nguồn - Hành động nhỏ, ý nghĩa lớn!", "-"),
            ("T", "3", "Thời gian tuyên truyền: từ ngày ban hành Kế hoạch đến hết ngày 30/6/2025.", ""),
            ("S", "III", "NỘI DUNG HOẠT ĐỘNG", "III."),
            (
                "T",
                "1",
                "Treo băng rôn, khẩu hiệu, pa nô, áp phích tuyên truyền tại trụ sở cơ quan, đơn vị, các tuyến "
                "đường chính, khu dân cư, chợ, trường học; tuyên truyền trên hệ thống truyền thanh huyện, xã, "
                "thôn, bon, tổ dân phố.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tổ chức ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới (05/6/2025), trong "
                "đó:",
                "2.",
            ),
            (
                "C",
                "-",
                "Thị trấn Kiến Đức tổ chức lễ ra quân cấp huyện vào sáng ngày 05/6/2025 (thứ Năm), thu gom rác "
                "thải, phát quang bụi rậm dọc Quốc lộ 14;",
                "-",
            ),
            (
                "C",
                "-",
                "Các xã tổ chức ra quân đồng loạt tại các thôn, bon vào ngày Chủ nhật 08/6/2025;",
                "-",
            ),
            (
                "C",
                "-",
                "Các trường học tổ chức cho học sinh thu gom vỏ chai nhựa, pin đã qua sử dụng để đổi lấy cây "
                "xanh, sách vở.",
                "-",
            ),
            (
                "T",
                "3",
                "Phát động phong trào hạn chế sử dụng túi nilon khó phân hủy và sản phẩm nhựa dùng một lần tại "
                "công sở, chợ, siêu thị, cửa hàng tiện lợi trên địa bàn huyện.",
                "3.",
            ),
            (
                "P",
                "Khuyến khích các cơ quan, đơn vị không sử dụng chai nước nhựa, ly nhựa dùng một lần trong các "
                "cuộc họp, hội nghị; thay thế bằng bình, ly thủy tinh hoặc sản phẩm thân thiện với môi trường.",
            ),
            (
                "T",
                "4",
                "Trồng cây xanh tại khuôn viên công sở, trường học, khu dân cư; khởi công, bàn giao các công "
                "trình bảo vệ môi trường phục vụ cộng đồng (nếu có).",
                "4.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            ("T", "1", "Phòng Nông nghiệp và Môi trường:", "1."),
            (
                "C",
                "-",
                "Là cơ quan thường trực, tham mưu UBND huyện tổ chức lễ ra quân cấp huyện; hướng dẫn, đôn đốc "
                "các xã, thị trấn triển khai thực hiện Kế hoạch;",
                "-",
            ),
            (
                "C",
                "-",
                "Tổng hợp kết quả, báo cáo UBND huyện và Sở Nông nghiệp và Môi trường trước ngày 10/7/2025.",
                "-",
            ),
            (
                "T",
                "2",
                "Phòng Văn hóa, Khoa học và Thông tin: Chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao và "
                "Truyền thông huyện đẩy mạnh tuyên truyền trên Trang thông tin điện tử huyện, hệ thống truyền "
                "thanh và mạng xã hội.",
                "2.",
            ),
            (
                "T",
                "3",
                "Phòng Giáo dục và Đào tạo: Chỉ đạo các trường học trên địa bàn lồng ghép nội dung bảo vệ môi "
                "trường vào các hoạt động hè năm 2025.",
                "3.",
            ),
            (
                "T",
                "4",
                "UBND các xã, thị trấn: Xây dựng kế hoạch, tổ chức các hoạt động hưởng ứng phù hợp với điều "
                "kiện địa phương; huy động đoàn viên, hội viên và Nhân dân tham gia ra quân vệ sinh môi trường.",
                "4.",
            ),
            (
                "T",
                "5",
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện vận "
                "động đoàn viên, hội viên tích cực tham gia các hoạt động hưởng ứng; nhân rộng các mô hình "
                "“Chống rác thải nhựa”, “Con đường xanh - sạch - đẹp”.",
                "5.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch tuyên truyền, tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới, "
                "Tháng hành động vì môi trường năm 2025 trên địa bàn huyện Đắk R'lấp; yêu cầu các cơ quan, đơn "
                "vị, địa phương nghiêm túc triển khai thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Sở Nông nghiệp và Môi trường (b/c);"),
            ("E", "- TT Huyện ủy, TT HĐND huyện (b/c);"),
            ("E", "- CT, các PCT UBND huyện;"),
            ("E", "- UBMTTQVN huyện và các tổ chức CT-XH huyện;"),
            ("E", "- Các cơ quan, đơn vị tại mục IV;"),
            ("E", "- Lưu: VT, NNMT."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Trần Đình Nhân"),
        ],
    },
]

BLIND16_FORMS: dict[str, list[str]] = {
    "b16a-dien-bien-so-cong-thuong-ke-hoach-cchc": ["numbered.docx", "running.pdf", "vni.txt"],
    "b16a-hue-chi-thi-ky-cuong-hanh-chinh": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "b16a-tra-vinh-ban-dan-toc-hdnd-bao-cao": ["typed.docx", "photo.jpg", "tcvn3.docx"],
    "b16b-hue-tran-cao-van-cong-doan-bao-cao": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "b16b-bac-lieu-tinh-doan-chuong-trinh": ["typed.docx", "running.pdf", "vni.txt"],
    "b16b-tw-ban-dan-van-ke-hoach-ky-niem": ["typed.docx", "photo.jpg", "tcvn3.docx"],
    "b16c-tay-ho-huong-dan-chuyen-mon-tieu-hoc": ["numbered.docx", "scan.pdf", "tcvn3.txt"],
    "b16c-bac-giang-cdc-ke-hoach-chi-dao-tuyen": ["typed.docx", "photo.jpg", "tcvn3.docx"],
    "b16c-dak-rlap-ke-hoach-thang-hanh-dong-moi-truong": ["typed.docx", "running.pdf", "vni.txt"],
}
