"""The twelfth blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (07/12/2026, fifteenth session), by three helpers working blind (they never ran the
reader nor read its code), each after the layout and opening of a real public document found that day with the search
tool — none of them a source of the corpus, of its generators, of its target passages or of the first eleven blind
parts. Past what the page showed, the helpers went on in its style (content, numbers and signatories made up). Frozen
before the session's fixes from the eleventh part's classes, so its first run measures them held out.

Same roles as ``blind10_docs``. Two documents the helpers asked in Word numbering ("A."/"B." parts; "1.1." tasks) are
built as typed Word files instead: the builder's numbering writes no capital letters nor decimal numbers (decided
before the build). The kindergarten plan's "+" items under a "-" sub-item are written as sub-items of the task, as the
roles hold two levels under a part only.
"""

from __future__ import annotations

BLIND12_DOCS: list[dict] = [
    {
        "id": "b12a-xuan-tin-ke-hoach-phong-chong-thien-tai",
        "source": "https://xuantin.thoxuan.thanhhoa.gov.vn/web/trang-chu/tin-tuc-su-kien/quoc-phong-an-ninh/phong-chong-thien-tai-tim-kiem-cuu-nan-va-phong-thu-dan-su-nam-2025-tren-dia-ban-xa-xuan-tin.html",
        "style": "a commune People's Committee plan on disaster prevention: state header with 'Số: 36/KH-UBND', four 'Căn "
        "cứ' lines and a lead-in ending 'như sau:', then capital letter parts 'A.', 'B.', 'C.' (MỤC ĐÍCH, YÊU CẦU "
        "/ NHIỆM VỤ TRỌNG TÂM / TỔ CHỨC THỰC HIỆN) over '1.' tasks; in B most tasks are short headings ending ':' "
        "over '-' sub-items, one task is a sentence continued by a paragraph; a closing 'Trên đây là…./.' "
        "sentence, 'Nơi nhận:' and a 'TM. ỦY BAN NHÂN DÂN' signature",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "XÃ XUÂN TÍN"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 36/KH-UBND"),
            ("h", "Xuân Tín, ngày 07 tháng 5 năm 2025"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "Phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự năm 2025 trên địa bàn xã Xuân Tín",
            ),
            (
                "h",
                "Căn cứ Luật Phòng, chống thiên tai ngày 19/6/2013; Luật sửa đổi, bổ sung một số điều của Luật Phòng, "
                "chống thiên tai và Luật Đê điều ngày 17/6/2020;",
            ),
            (
                "h",
                "Căn cứ Nghị định số 160/2018/NĐ-CP ngày 29/11/2018 của Chính phủ quy định chi tiết thi hành một số "
                "điều của Luật Phòng, chống thiên tai;",
            ),
            ("h", "Căn cứ Nghị định số 02/2019/NĐ-CP ngày 02/01/2019 của Chính phủ về phòng thủ dân sự;"),
            (
                "h",
                "Căn cứ Thông tư số 02/2022/TT-BNNPTNT ngày 07/6/2022 của Bộ Nông nghiệp và Phát triển nông thôn hướng "
                "dẫn xây dựng kế hoạch phòng, chống thiên tai các cấp ở địa phương;",
            ),
            (
                "h",
                "Để chủ động trong công tác phòng, chống thiên tai, ứng phó kịp thời, hiệu quả và giảm thiểu thiệt hại "
                "do thiên tai gây ra, Ban Chỉ huy PCTT, TKCN&PTDS xã Xuân Tín xây dựng Kế hoạch phòng, chống thiên tai "
                "và tìm kiếm cứu nạn năm 2025 như sau:",
            ),
            ("S", "A", "MỤC ĐÍCH, YÊU CẦU", "A."),
            (
                "T",
                "1",
                "Tuyên truyền, giáo dục, phổ biến kiến thức về phòng, chống thiên tai và tác động của thiên tai đến "
                "tính mạng, tài sản của Nhân dân; nâng cao nhận thức cộng đồng, phát huy tinh thần tự giác, chủ động "
                "phòng, chống thiên tai của toàn dân trên địa bàn xã.",
                "1.",
            ),
            (
                "T",
                "2",
                "Nâng cao năng lực chỉ huy, điều hành và xử lý tình huống tại chỗ; chủ động ứng phó với các loại hình "
                "thiên tai thường xảy ra trên địa bàn như bão, áp thấp nhiệt đới, mưa lớn, ngập úng, lốc, sét.",
                "2.",
            ),
            (
                "T",
                "3",
                "Xác định rõ trách nhiệm của từng thành viên Ban Chỉ huy, các ban, ngành, đoàn thể và các thôn; thực "
                "hiện tốt phương châm “4 tại chỗ” (chỉ huy tại chỗ, lực lượng tại chỗ, vật tư, phương tiện tại chỗ, hậu "
                "cần tại chỗ).",
                "3.",
            ),
            ("S", "B", "NHIỆM VỤ TRỌNG TÂM", "B."),
            ("T", "1", "Công tác chỉ đạo, điều hành:", "1."),
            (
                "C",
                "-",
                "Kiện toàn Ban Chỉ huy PCTT, TKCN&PTDS xã; phân công các thành viên phụ trách từng thôn, từng lĩnh vực, "
                "hoàn thành trước ngày 15/5/2025.",
                "-",
            ),
            (
                "C",
                "-",
                "Rà soát, cập nhật phương án ứng phó theo các cấp độ rủi ro thiên tai; phương án sơ tán dân ở các khu "
                "vực trũng thấp ven sông Chu và các hộ đang ở nhà không bảo đảm an toàn.",
                "-",
            ),
            (
                "C",
                "-",
                "Duy trì chế độ trực ban 24/24 giờ trong thời gian có thiên tai; bảo đảm thông tin, báo cáo thông suốt "
                "từ thôn đến xã.",
                "-",
            ),
            ("T", "2", "Công tác thông tin, tuyên truyền:", "2."),
            (
                "C",
                "-",
                "Đài truyền thanh xã thường xuyên phát các bản tin dự báo, cảnh báo thiên tai và hướng dẫn kỹ năng ứng "
                "phó cho Nhân dân.",
                "-",
            ),
            (
                "C",
                "-",
                "Lồng ghép nội dung tuyên truyền trong sinh hoạt chi bộ, sinh hoạt của các đoàn thể và các cuộc họp "
                "thôn.",
                "-",
            ),
            ("T", "3", "Công tác chuẩn bị lực lượng, vật tư, phương tiện:", "3."),
            (
                "C",
                "-",
                "Tổ chức lực lượng xung kích của xã gồm 45 người và đội xung kích ở 9 thôn, mỗi đội từ 15 đến 20 người, "
                "sẵn sàng tham gia ứng cứu khi có yêu cầu.",
                "-",
            ),
            (
                "C",
                "-",
                "Dự trữ vật tư theo phương châm “4 tại chỗ”: 2.000 bao tải, 300 cọc tre, 50 áo phao, 10 phao tròn, 20 "
                "đèn pin và các dụng cụ cầm tay.",
                "-",
            ),
            (
                "C",
                "-",
                "Vận động các hộ kinh doanh trên địa bàn dự trữ lương thực, nước uống, thuốc chữa bệnh thông thường để "
                "cung ứng kịp thời khi có tình huống.",
                "-",
            ),
            (
                "T",
                "4",
                "Công tác bảo vệ sản xuất và các công trình thủy lợi: kiểm tra, nạo vét hệ thống kênh mương nội đồng "
                "trước mùa mưa; chỉ đạo thu hoạch lúa vụ Chiêm Xuân theo phương châm “xanh nhà hơn già đồng”.",
                "4.",
            ),
            (
                "P",
                "Phối hợp với Trạm bơm Xuân Tín vận hành tiêu úng kịp thời, bảo vệ diện tích lúa vụ Mùa và cây màu vụ "
                "Đông.",
            ),
            ("T", "5", "Công tác khắc phục hậu quả:", "5."),
            (
                "C",
                "-",
                "Tổ chức thống kê, đánh giá thiệt hại, báo cáo kịp thời về Ban Chỉ huy PCTT, TKCN&PTDS huyện.",
                "-",
            ),
            (
                "C",
                "-",
                "Hỗ trợ các hộ bị thiệt hại sớm ổn định đời sống; vệ sinh môi trường, phòng, chống dịch bệnh sau thiên "
                "tai.",
                "-",
            ),
            ("S", "C", "TỔ CHỨC THỰC HIỆN", "C."),
            (
                "T",
                "1",
                "Ban Chỉ huy PCTT, TKCN&PTDS xã chịu trách nhiệm chỉ đạo, điều hành chung; các thành viên bám sát địa "
                "bàn được phân công, kịp thời báo cáo Trưởng ban khi có tình huống.",
                "1.",
            ),
            (
                "T",
                "2",
                "Ban Chỉ huy Quân sự xã chủ trì tổ chức, huấn luyện lực lượng xung kích; Công an xã bảo đảm an ninh "
                "trật tự, bảo vệ tài sản của Nhân dân tại các điểm sơ tán.",
                "2.",
            ),
            (
                "T",
                "3",
                "Công chức Địa chính - Nông nghiệp - Xây dựng - Môi trường tham mưu các biện pháp bảo vệ sản xuất; rà "
                "soát các công trình, nhà ở có nguy cơ mất an toàn.",
                "3.",
            ),
            (
                "T",
                "4",
                "Trạm Y tế xã chuẩn bị cơ số thuốc, bố trí lực lượng sơ cấp cứu; các trường học xây dựng phương án bảo "
                "đảm an toàn cho học sinh.",
                "4.",
            ),
            (
                "T",
                "5",
                "Ủy ban MTTQ và các đoàn thể xã tuyên truyền, vận động hội viên, đoàn viên và Nhân dân chủ động phòng, "
                "chống thiên tai; tiếp nhận, phân phối hàng cứu trợ đúng đối tượng.",
                "5.",
            ),
            (
                "T",
                "6",
                "Trưởng các thôn xây dựng phương án của thôn, rà soát các hộ cần sơ tán, duy trì lực lượng xung kích "
                "của thôn.",
                "6.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự năm 2025 của xã Xuân "
                "Tín; đề nghị các ban, ngành, đoàn thể, các thôn nghiêm túc triển khai thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Chỉ huy PCTT, TKCN&PTDS huyện (b/c);"),
            ("E", "- Thường trực Đảng ủy, HĐND xã (b/c);"),
            ("E", "- Các thành viên Ban Chỉ huy;"),
            ("E", "- Các thôn;"),
            ("E", "- Lưu: VP."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "CHỦ TỊCH"),
            ("E", "Lê Văn Thắng"),
        ],
    },
    {
        "id": "b12a-thanh-hoa-chi-thi-tet-binh-ngo",
        "source": "https://baothanhhoa.vn/chi-thi-cua-ban-thuong-vu-tinh-uy-ve-nbsp-to-chuc-tet-nguyen-dan-binh-ngo-nam-2026-273740.htm",
        "style": "a provincial Party committee directive (Ban Thường vụ Tỉnh ủy) on the Lunar New Year: Party header with "
        "'Số 02-CT/TU', one preamble paragraph ending 'các nhiệm vụ trọng tâm sau đây:', then a flat run of ten "
        "'1.' … '10.' tasks with no parts: most are whole paragraphs, three end ':' over '-' sub-items, three are "
        "continued by a second paragraph; closing 'Chỉ thị này được phổ biến đến chi bộ.', 'Nơi nhận:' and a 'T/M "
        "BAN THƯỜNG VỤ' signature",
        "lines": [
            ("h", "TỈNH ỦY THANH HÓA"),
            ("h", "*"),
            ("h", "Số 02-CT/TU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Thanh Hóa, ngày 30 tháng 12 năm 2025"),
            ("title", "CHỈ THỊ"),
            ("h", "của Ban Thường vụ Tỉnh ủy về việc tổ chức Tết Nguyên đán Bính Ngọ năm 2026"),
            ("h", "-----"),
            (
                "h",
                "Nhằm chuẩn bị chu đáo các điều kiện để Nhân dân vui Xuân, đón Tết cổ truyền Bính Ngọ năm 2026, tạo "
                "không khí phấn khởi, động lực mới cho toàn Đảng bộ, chính quyền và Nhân dân các dân tộc trong tỉnh thi "
                "đua thực hiện thắng lợi các mục tiêu, nhiệm vụ năm 2026 và cả nhiệm kỳ 2025 - 2030 ngay từ những ngày "
                "đầu, tháng đầu năm, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, các "
                "tổ chức chính trị - xã hội trong tỉnh tập trung lãnh đạo, chỉ đạo, tổ chức thực hiện hiệu quả các "
                "nhiệm vụ trọng tâm sau đây:",
            ),
            (
                "T",
                "1",
                "Quán triệt sâu sắc, thực hiện nghiêm Chỉ thị số 55-CT/TW ngày 22/12/2025 của Ban Bí thư và các văn bản "
                "chỉ đạo của Chính phủ, Thủ tướng Chính phủ, của tỉnh về tổ chức Tết Nguyên đán Bính Ngọ năm 2026; chủ "
                "động xây dựng kế hoạch tổ chức các hoạt động trước, trong và sau Tết phù hợp với thực tiễn từng địa "
                "phương, cơ quan, đơn vị, bảo đảm “vui tươi, an toàn, lành mạnh, tiết kiệm, nghĩa tình”.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tiếp tục tăng cường đoàn kết, thống nhất trong Đảng, đồng thuận trong xã hội; chăm lo tốt đời sống vật "
                "chất, tinh thần của Nhân dân, nhất là gia đình chính sách, hộ nghèo, người có hoàn cảnh khó khăn và "
                "đồng bào vùng bị thiệt hại do thiên tai, bảo đảm mọi người, mọi nhà đều được vui Xuân, đón Tết:",
                "2.",
            ),
            (
                "C",
                "-",
                "Tổ chức thăm hỏi, tặng quà các gia đình chính sách, người có công, cán bộ lão thành cách mạng, Bà mẹ "
                "Việt Nam anh hùng còn sống;",
                "-",
            ),
            (
                "C",
                "-",
                "Hoàn thành việc hỗ trợ xây mới, sửa chữa nhà ở cho các hộ bị thiệt hại do bão, lũ năm 2025 trước ngày "
                "31/01/2026;",
                "-",
            ),
            (
                "C",
                "-",
                "Chi trả đầy đủ, kịp thời tiền lương, tiền thưởng Tết cho cán bộ, công chức, viên chức và người lao "
                "động.",
                "-",
            ),
            (
                "T",
                "3",
                "Chủ động các phương án bảo đảm cung ứng hàng hóa thiết yếu, bình ổn thị trường dịp Tết:",
                "3.",
            ),
            (
                "C",
                "-",
                "Vận động doanh nghiệp phân phối dự trữ hàng hóa, tổ chức các điểm bán hàng bình ổn giá tại các xã miền "
                "núi, vùng sâu, vùng xa;",
                "-",
            ),
            (
                "C",
                "-",
                "Tăng cường kiểm tra, kiểm soát thị trường, giá cả; xử lý nghiêm các hành vi buôn lậu, gian lận thương "
                "mại, kinh doanh hàng giả, hàng kém chất lượng;",
                "-",
            ),
            (
                "C",
                "-",
                "Kiểm soát chặt chẽ an toàn thực phẩm, nhất là tại các cơ sở giết mổ, chế biến và bếp ăn tập thể.",
                "-",
            ),
            ("T", "4", "Bảo đảm an ninh chính trị, trật tự, an toàn xã hội trước, trong và sau Tết:", "4."),
            (
                "C",
                "-",
                "Công an tỉnh chủ trì mở đợt cao điểm tấn công, trấn áp các loại tội phạm, nhất là tội phạm ma túy, cờ "
                "bạc, tín dụng đen;",
                "-",
            ),
            (
                "C",
                "-",
                "Xử lý nghiêm các hành vi sản xuất, buôn bán, tàng trữ, sử dụng pháo nổ trái phép;",
                "-",
            ),
            (
                "C",
                "-",
                "Tăng cường tuần tra, kiểm soát, xử lý vi phạm về nồng độ cồn, bảo đảm an toàn giao thông; chủ động "
                "phòng, chống cháy, nổ tại khu dân cư, chợ và trung tâm thương mại.",
                "-",
            ),
            (
                "T",
                "5",
                "Tổ chức các hoạt động mừng Đảng, mừng Xuân trang trọng, thiết thực, tiết kiệm; tuyên truyền kỷ niệm 96 "
                "năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026) và kết quả Đại hội đại biểu toàn "
                "quốc lần thứ XIV của Đảng; chỉ bắn pháo hoa tại các địa điểm được cấp có thẩm quyền cho phép.",
                "5.",
            ),
            (
                "P",
                "Các địa phương phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Bính Ngọ năm 2026 gắn với trồng "
                "rừng thay thế và phục hồi diện tích rừng bị thiệt hại sau bão, lũ.",
            ),
            (
                "T",
                "6",
                "Quản lý chặt chẽ các lễ hội đầu Xuân, các hoạt động tín ngưỡng, tôn giáo; kiên quyết ngăn chặn các "
                "hoạt động mê tín dị đoan, lợi dụng lễ hội để trục lợi.",
                "6.",
            ),
            (
                "T",
                "7",
                "Cán bộ, đảng viên, công chức, viên chức gương mẫu thực hiện nếp sống văn minh; nghiêm cấm sử dụng ngân "
                "sách, phương tiện, tài sản công trái quy định để biếu, tặng quà, đi lễ hội; không tổ chức đoàn đi "
                "thăm, chúc Tết cấp trên và lãnh đạo các cấp.",
                "7.",
            ),
            (
                "P",
                "Người đứng đầu cấp ủy, cơ quan, đơn vị chịu trách nhiệm nếu để cán bộ, đảng viên thuộc quyền quản lý "
                "vi phạm.",
            ),
            (
                "T",
                "8",
                "Duy trì nghiêm kỷ luật, kỷ cương hành chính; phân công lãnh đạo, cán bộ trực Tết, giải quyết kịp thời "
                "công việc phát sinh; khẩn trương trở lại làm việc ngay sau kỳ nghỉ Tết, không để ảnh hưởng đến nhiệm "
                "vụ chính trị của cơ quan, đơn vị.",
                "8.",
            ),
            (
                "P",
                "Các cơ quan, đơn vị bố trí lực lượng bảo vệ trụ sở, kiểm tra công tác phòng cháy, chữa cháy trước kỳ "
                "nghỉ Tết; tuyệt đối không để xảy ra mất an toàn tài sản, hồ sơ, tài liệu.",
            ),
            (
                "T",
                "9",
                "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh cụ thể hóa Chỉ thị; Ủy ban MTTQ tỉnh và các "
                "tổ chức chính trị - xã hội vận động các nguồn lực tổ chức “Tết Nhân ái”, chăm lo cho hội viên, đoàn "
                "viên có hoàn cảnh khó khăn.",
                "9.",
            ),
            (
                "T",
                "10",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo công tác tuyên truyền Chỉ thị; Văn phòng Tỉnh ủy theo dõi, "
                "đôn đốc việc thực hiện, tổng hợp kết quả báo cáo Ban Thường vụ Tỉnh ủy.",
                "10.",
            ),
            ("E", "Chỉ thị này được phổ biến đến chi bộ."),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư Trung ương Đảng (để b/c),"),
            ("E", "- Văn phòng Trung ương Đảng (để b/c),"),
            ("E", "- Các đồng chí Tỉnh ủy viên,"),
            ("E", "- Các ban đảng, đảng ủy trực thuộc Tỉnh ủy,"),
            ("E", "- Các sở, ban, ngành, đoàn thể cấp tỉnh,"),
            ("E", "- Lưu Văn phòng Tỉnh ủy."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
            ("E", "Lê Quang Hiển"),
        ],
    },
    {
        "id": "b12a-kien-tuong-ke-hoach-nam-hoc-mau-giao",
        "source": "http://mghoasenkt.edu.vn/Detail/5102/KE-HOACH-THUC-HIEN-NHIEM-VU-NAM-HOC-2025-2026",
        "style": "a ward-level kindergarten's school-year plan: two-line header 'UBND PHƯỜNG KIẾN TƯỜNG / TRƯỜNG MẪU GIÁO "
        "HOA SEN', 'Số: 110/KH-MGHS', two 'Căn cứ' lines and a lead-in, then capital Roman parts 'I.' … 'IV.' "
        "over '1.' tasks; the first part's tasks are short headings ('Mạng lưới trường lớp:', 'Thuận lợi:', 'Khó "
        "khăn:') over '-' items, one '-' item ending 'Trong đó:' over '+' items; a heading task continued by a "
        "paragraph; the last part's tasks name who does what ('Hiệu trưởng: …'); closing 'Trên đây là…./.', 'Nơi "
        "nhận:' and 'HIỆU TRƯỞNG'",
        "lines": [
            ("h", "UBND PHƯỜNG KIẾN TƯỜNG"),
            ("h", "TRƯỜNG MẪU GIÁO HOA SEN"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 110/KH-MGHS"),
            ("h", "Kiến Tường, ngày 10 tháng 9 năm 2025"),
            ("title", "KẾ HOẠCH"),
            ("h", "Thực hiện nhiệm vụ giáo dục mầm non, năm học 2025-2026"),
            (
                "h",
                "Căn cứ Công văn số 1084/SGDĐT-GDMN ngày 03/9/2025 của Sở Giáo dục và Đào tạo tỉnh Tây Ninh về việc "
                "hướng dẫn thực hiện nhiệm vụ giáo dục mầm non năm học 2025-2026;",
            ),
            (
                "h",
                "Căn cứ Kế hoạch số 1078/KH-UBND ngày 12 tháng 9 năm 2025 của UBND phường Kiến Tường về việc thực hiện "
                "nhiệm vụ giáo dục mầm non năm học 2025-2026;",
            ),
            (
                "h",
                "Trường Mẫu giáo Hoa Sen xây dựng kế hoạch thực hiện nhiệm vụ giáo dục mầm non năm học 2025-2026 như "
                "sau:",
            ),
            ("S", "I", "ĐẶC ĐIỂM TÌNH HÌNH", "I."),
            ("T", "1", "Mạng lưới trường lớp:", "1."),
            ("C", "-", "Trường có 01 điểm trường tại đường 30/4, khu phố 3, phường Kiến Tường.", "-"),
            ("C", "-", "Cổng thông tin điện tử: mghoasenkt.edu.vn", "-"),
            (
                "C",
                "-",
                "Tổng số lớp học 11/11 lớp, gồm 3 lớp 3-4 tuổi, 4 lớp 4-5 tuổi, 4 lớp 5-6 tuổi; tổng số học sinh tuyển "
                "sinh năm học 2025-2026 là 292 học sinh/130 nữ. Trong đó:",
                "-",
            ),
            ("C", "-", "3 lớp 3-4 tuổi/66 học sinh/30 nữ.", "+"),
            ("C", "-", "4 lớp 4-5 tuổi/104 học sinh/47 nữ.", "+"),
            ("C", "-", "4 lớp 5-6 tuổi/122 học sinh/53 nữ.", "+"),
            ("T", "2", "Đội ngũ cán bộ, giáo viên, nhân viên:", "2."),
            (
                "C",
                "-",
                "Tổng số 31 người, gồm 03 cán bộ quản lý, 22 giáo viên, 06 nhân viên; 100% giáo viên đạt trình độ chuẩn "
                "trở lên.",
                "-",
            ),
            ("C", "-", "Tỷ lệ giáo viên/lớp đạt 2,0; có 14 đảng viên.", "-"),
            ("T", "3", "Thuận lợi:", "3."),
            (
                "C",
                "-",
                "Nhà trường luôn nhận được sự quan tâm lãnh đạo của Đảng ủy, UBND phường và sự phối hợp của cha mẹ học "
                "sinh.",
                "-",
            ),
            (
                "C",
                "-",
                "Cơ sở vật chất cơ bản đáp ứng yêu cầu; 11/11 lớp có ti vi, máy tính kết nối internet.",
                "-",
            ),
            ("T", "4", "Khó khăn:", "4."),
            (
                "C",
                "-",
                "Diện tích sân chơi còn hẹp so với số trẻ; một số đồ chơi ngoài trời đã xuống cấp.",
                "-",
            ),
            (
                "C",
                "-",
                "Một bộ phận phụ huynh đi làm ăn xa, việc phối hợp chăm sóc, giáo dục trẻ còn hạn chế.",
                "-",
            ),
            ("S", "II", "MỤC TIÊU, CHỈ TIÊU", "II."),
            ("T", "1", "Mục tiêu chung:", "1."),
            (
                "P",
                "Nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ; bảo đảm an toàn tuyệt đối cho trẻ; chuẩn bị "
                "tốt cho trẻ 5 tuổi vào lớp Một; từng bước xây dựng trường học số, trường học hạnh phúc.",
            ),
            ("T", "2", "Chỉ tiêu cụ thể:", "2."),
            (
                "C",
                "-",
                "Huy động 100% trẻ 5 tuổi trên địa bàn được phân công ra lớp; tỷ lệ chuyên cần đạt 95% trở lên.",
                "-",
            ),
            ("C", "-", "Giảm tỷ lệ trẻ suy dinh dưỡng thể thấp còi dưới 2%, thể nhẹ cân dưới 1,5%.", "-"),
            ("C", "-", "100% trẻ được theo dõi biểu đồ tăng trưởng và khám sức khỏe định kỳ 2 lần/năm.", "-"),
            (
                "C",
                "-",
                "Có 8 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường; trường đạt danh hiệu Tập thể lao động tiên "
                "tiến.",
                "-",
            ),
            ("S", "III", "NHIỆM VỤ VÀ GIẢI PHÁP", "III."),
            ("T", "1", "Bảo đảm an toàn về thể chất và tinh thần cho trẻ:", "1."),
            (
                "C",
                "-",
                "Thường xuyên kiểm tra, sửa chữa cơ sở vật chất, đồ dùng, đồ chơi; loại bỏ các yếu tố nguy cơ gây tai "
                "nạn thương tích.",
                "-",
            ),
            (
                "C",
                "-",
                "Thực hiện nghiêm quy định về an toàn thực phẩm; lưu mẫu thức ăn hằng ngày theo quy định.",
                "-",
            ),
            ("T", "2", "Nâng cao chất lượng nuôi dưỡng, chăm sóc sức khỏe:", "2."),
            (
                "C",
                "-",
                "Xây dựng thực đơn theo mùa, cân đối dinh dưỡng; phối hợp với Trạm Y tế phường khám sức khỏe cho trẻ.",
                "-",
            ),
            ("C", "-", "Can thiệp kịp thời đối với trẻ suy dinh dưỡng, thừa cân, béo phì.", "-"),
            ("T", "3", "Nâng cao chất lượng thực hiện Chương trình giáo dục mầm non:", "3."),
            (
                "C",
                "-",
                "Tiếp tục thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm”; tăng cường hoạt động "
                "trải nghiệm, hoạt động ngoài trời.",
                "-",
            ),
            ("C", "-", "Chuẩn bị tốt cho trẻ 5 tuổi vào lớp Một, không dạy trước chương trình lớp Một.", "-"),
            (
                "T",
                "4",
                "Phát triển đội ngũ; đẩy mạnh ứng dụng công nghệ thông tin và chuyển đổi số trong quản lý, giảng dạy.",
                "4.",
            ),
            (
                "T",
                "5",
                "Tăng cường công tác tham mưu, xã hội hóa giáo dục; phối hợp chặt chẽ giữa nhà trường, gia đình và cộng "
                "đồng.",
                "5.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Hiệu trưởng: xây dựng kế hoạch, phân công nhiệm vụ, kiểm tra, đánh giá việc thực hiện; báo cáo Phòng "
                "Văn hóa - Xã hội phường theo định kỳ.",
                "1.",
            ),
            (
                "T",
                "2",
                "Phó Hiệu trưởng: chỉ đạo chuyên môn, công tác nuôi dưỡng, chăm sóc sức khỏe trẻ; theo dõi việc thực "
                "hiện chương trình ở các lớp.",
                "2.",
            ),
            (
                "T",
                "3",
                "Tổ trưởng chuyên môn, giáo viên, nhân viên: căn cứ kế hoạch này xây dựng kế hoạch tổ, lớp, kế hoạch cá "
                "nhân và nghiêm túc thực hiện.",
                "3.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch thực hiện nhiệm vụ giáo dục mầm non năm học 2025-2026 của Trường Mẫu giáo Hoa "
                "Sen. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ phận báo cáo Hiệu trưởng để kịp "
                "thời điều chỉnh./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Phòng Văn hóa - Xã hội phường (b/c);"),
            ("E", "- CB, GV, NV nhà trường;"),
            ("E", "- Lưu: VT."),
            ("E", "HIỆU TRƯỞNG"),
            ("E", "Nguyễn Thị Thu Hà"),
        ],
    },
    {
        "id": "b12b-kon-tum-cong-an-ke-hoach-pccc",
        "source": "http://congan.kontum.gov.vn/an-ninh-trat-tu/an-toan-phong-chay-chua-chay/ke-hoach-tuyen-truyen-huan-luyen-va-xay-dung-phong-trao-toan-dan-tham-gia-phong-chay-chua-chay-va-cuu-nan-cuu-ho-nam-202.html",
        "style": "a provincial Police plan (Công an tỉnh) on fire-safety propaganda and training: 'BỘ CÔNG AN / CÔNG AN "
        "TỈNH' header with 'Số: …/KH-CAT-PC07', one 'Thực hiện …' lead-in, capital Roman parts; part I of three "
        "'1.' paragraphs, part II of 'Một là,' … 'Bảy là,' tasks (three with '-' sub-items), part III of '1.' … "
        "'5.' tasks assigning units; closing 'Trên đây là …' paragraph, 'Nơi nhận:' and 'KT. GIÁM ĐỐC'",
        "lines": [
            ("h", "BỘ CÔNG AN"),
            ("h", "CÔNG AN TỈNH KON TUM"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 121/KH-CAT-PC07"),
            ("h", "Kon Tum, ngày 12 tháng 01 năm 2023"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "Tuyên truyền, huấn luyện và xây dựng phong trào toàn dân tham gia phòng cháy, chữa cháy và cứu nạn, "
                "cứu hộ năm 2023",
            ),
            (
                "h",
                "Thực hiện Đề án “Đổi mới, nâng cao hiệu quả công tác tuyên truyền, phổ biến, giáo dục pháp luật và "
                "kiến thức, kỹ năng về phòng cháy, chữa cháy và cứu nạn, cứu hộ đáp ứng yêu cầu tình hình mới” và hướng "
                "dẫn của Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (C07), Công an tỉnh xây dựng Kế hoạch "
                "tuyên truyền, huấn luyện và xây dựng phong trào toàn dân tham gia phòng cháy, chữa cháy và cứu nạn, "
                "cứu hộ (PCCC và CNCH) năm 2023 như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Nâng cao nhận thức, ý thức trách nhiệm của cấp ủy, chính quyền, người đứng đầu cơ quan, tổ chức, cơ sở "
                "và mọi người dân đối với công tác PCCC và CNCH; chủ động phòng ngừa, hạn chế đến mức thấp nhất các vụ "
                "cháy, nổ, tai nạn, sự cố xảy ra trên địa bàn tỉnh.",
                "1.",
            ),
            (
                "T",
                "2",
                "Công tác tuyên truyền, huấn luyện phải bám sát tình hình thực tế của từng địa bàn, từng nhóm đối "
                "tượng; đổi mới nội dung, hình thức, tăng cường ứng dụng nền tảng số và mạng xã hội, tránh hình thức, "
                "lãng phí.",
                "2.",
            ),
            (
                "T",
                "3",
                "Phấn đấu 100% xã, phường, thị trấn duy trì hoạt động của lực lượng dân phòng; 100% cơ sở thuộc diện "
                "quản lý về PCCC được tuyên truyền, hướng dẫn kiến thức, kỹ năng PCCC và CNCH ít nhất 01 lần trong năm.",
                "3.",
            ),
            ("S", "II", "NỘI DUNG THỰC HIỆN", "II."),
            (
                "T",
                "1",
                "Tiếp tục tổ chức tuyên truyền, hướng dẫn kiến thức, kỹ năng về PCCC và CNCH cho cấp ủy, chính quyền "
                "các cấp, người đứng đầu cơ quan, cơ sở, Công an cấp xã, lực lượng dân phòng, PCCC cơ sở, chuyên ngành, "
                "người lao động và hộ gia đình, cụ thể:",
                "Một là,",
            ),
            (
                "C",
                "-",
                "Tổ chức ít nhất 01 buổi tuyên truyền, hướng dẫn tại mỗi xã, phường, thị trấn, ưu tiên các khu dân cư "
                "có nguy cơ cháy cao, chợ, trung tâm thương mại;",
                "-",
            ),
            (
                "C",
                "-",
                "Tuyên truyền trực tiếp đến từng hộ gia đình, hộ kinh doanh, nhà ở kết hợp sản xuất, kinh doanh về các "
                "biện pháp bảo đảm an toàn khi sử dụng điện, gas, nguồn lửa, nguồn nhiệt.",
                "-",
            ),
            (
                "T",
                "2",
                "Tiếp tục đổi mới nội dung, hình thức tuyên truyền, phổ biến, giáo dục pháp luật và kiến thức, kỹ năng "
                "về PCCC và CNCH phù hợp với tình hình thực tế; phát huy hiệu quả hệ thống truyền thanh cấp cơ sở, đẩy "
                "mạnh tuyên truyền qua các nền tảng mạng xã hội và trang thông tin điện tử của đơn vị.",
                "Hai là,",
            ),
            (
                "T",
                "3",
                "Phối hợp với Sở Giáo dục và Đào tạo đưa nội dung kiến thức, kỹ năng PCCC và CNCH vào giảng dạy, hoạt "
                "động ngoại khóa trong các cơ sở giáo dục; tổ chức cho học sinh tham quan, trải nghiệm thực tế tại các "
                "đơn vị Cảnh sát PCCC và CNCH.",
                "Ba là,",
            ),
            (
                "T",
                "4",
                "Tổ chức huấn luyện, bồi dưỡng nghiệp vụ PCCC và CNCH cho lực lượng dân phòng, PCCC cơ sở và chuyên "
                "ngành theo quy định:",
                "Bốn là,",
            ),
            (
                "C",
                "-",
                "Hoàn thành huấn luyện cho lực lượng dân phòng tại 102 xã, phường, thị trấn trước ngày 30/6/2023;",
                "-",
            ),
            (
                "C",
                "-",
                "Cấp chứng nhận huấn luyện nghiệp vụ PCCC cho người làm việc tại các cơ sở thuộc Phụ lục IV Nghị định "
                "số 136/2020/NĐ-CP;",
                "-",
            ),
            (
                "C",
                "-",
                "Tổ chức thực tập phương án chữa cháy, CNCH có huy động nhiều lực lượng, phương tiện tại các khu công "
                "nghiệp, khu du lịch Măng Đen.",
                "-",
            ),
            (
                "T",
                "5",
                "Xây dựng, duy trì và nhân rộng mô hình “Tổ liên gia an toàn PCCC”, “Điểm chữa cháy công cộng” tại các "
                "khu dân cư; mỗi huyện, thành phố xây dựng mới ít nhất 05 mô hình trong năm 2023.",
                "Năm là,",
            ),
            (
                "T",
                "6",
                "Tổ chức các hoạt động hưởng ứng “Ngày toàn dân phòng cháy và chữa cháy” (04/10) thiết thực, hiệu quả; "
                "kịp thời biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào toàn dân "
                "tham gia PCCC và CNCH.",
                "Sáu là,",
            ),
            (
                "C",
                "-",
                "Tổ chức ra quân tuyên truyền lưu động bằng xe chữa cháy, xe loa tại trung tâm các huyện, thành phố;",
                "-",
            ),
            (
                "C",
                "-",
                "Phát động cuộc thi tìm hiểu kiến thức PCCC và CNCH trên Trang thông tin điện tử Công an tỉnh.",
                "-",
            ),
            (
                "T",
                "7",
                "Kết hợp công tác kiểm tra an toàn PCCC đối với các cơ sở kinh doanh karaoke, vũ trường, nhà trọ, chung "
                "cư với hướng dẫn, tuyên truyền cho chủ cơ sở và người lao động; kiên quyết xử lý các vi phạm theo quy "
                "định.",
                "Bảy là,",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Phòng Cảnh sát PCCC và CNCH là đơn vị thường trực, chủ trì, phối hợp với các đơn vị liên quan hướng "
                "dẫn, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ban Giám đốc Công "
                "an tỉnh và Cục C07.",
                "1.",
            ),
            (
                "T",
                "2",
                "Phòng Công tác đảng và công tác chính trị phối hợp với Phòng Cảnh sát PCCC và CNCH xây dựng tin, bài, "
                "phóng sự tuyên truyền trên Trang thông tin điện tử Công an tỉnh và các phương tiện thông tin đại "
                "chúng.",
                "2.",
            ),
            (
                "T",
                "3",
                "Công an các huyện, thành phố căn cứ Kế hoạch này xây dựng kế hoạch cụ thể, tổ chức triển khai tại địa "
                "phương; báo cáo kết quả 6 tháng trước ngày 15/6/2023 và báo cáo năm trước ngày 15/11/2023.",
                "3.",
            ),
            (
                "T",
                "4",
                "Phòng Hậu cần bảo đảm kinh phí, phương tiện, tài liệu phục vụ công tác tuyên truyền, huấn luyện theo "
                "quy định.",
                "4.",
            ),
            (
                "T",
                "5",
                "Đề nghị Đài Phát thanh - Truyền hình tỉnh, Báo Kon Tum phối hợp mở chuyên mục, đăng tải tin, bài tuyên "
                "truyền về PCCC và CNCH, nhất là trong mùa khô và dịp Tết Nguyên đán.",
                "5.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch tuyên truyền, huấn luyện và xây dựng phong trào toàn dân tham gia PCCC và CNCH "
                "năm 2023 của Công an tỉnh Kon Tum, yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện; quá "
                "trình thực hiện có khó khăn, vướng mắc báo cáo về Công an tỉnh (qua Phòng PC07) để chỉ đạo./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Cục C07 - Bộ Công an (để b/c);"),
            ("E", "- Đ/c Giám đốc (để b/c);"),
            ("E", "- Các đ/c Phó Giám đốc;"),
            ("E", "- Các đơn vị thuộc Công an tỉnh;"),
            ("E", "- Công an các huyện, thành phố;"),
            ("E", "- Lưu: VT, PC07."),
            ("E", "KT. GIÁM ĐỐC"),
            ("E", "PHÓ GIÁM ĐỐC"),
            ("E", "Đại tá Lê Văn Thắng"),
        ],
    },
    {
        "id": "b12b-ha-noi-sgddt-huong-dan-tuyen-sinh",
        "source": "https://enre.edu.vn/1445-2/",
        "style": "a city Department of Education guidance letter (công văn, no title) on vocational-school admissions: "
        "issuer header, 'V/v' subject, 'Kính gửi:' over two lines, a 'Căn cứ' paragraph and a lead-in, then parts "
        "labelled 'I/-', 'II/-', 'III/-' with tasks labelled '1-', '2-' (two tasks over '-' sub-items, one over "
        "'a/', 'b/', 'c/' sub-items, one continued by an unlabelled paragraph); closing request paragraph, 'Nơi "
        "nhận:' and 'KT. GIÁM ĐỐC'",
        "lines": [
            ("h", "UBND THÀNH PHỐ HÀ NỘI"),
            ("h", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
            ("h", "Số: 3929/SGD&ĐT-GDTX-CN"),
            ("h", "V/v hướng dẫn công tác tuyển sinh TCCN năm học 2016-2017"),
            ("h", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập – Tự do – Hạnh phúc"),
            ("h", "Hà Nội, ngày 19 tháng 10 năm 2016"),
            ("h", "Kính gửi: Ông (bà) Hiệu trưởng các trường trung cấp chuyên nghiệp,"),
            ("h", "Cao đẳng; Đại học (có hệ TCCN) trên địa bàn thành phố Hà Nội"),
            (
                "h",
                "Căn cứ Thông tư số 27/2014/TT-BGDĐT ngày 11/8/2014 về việc ban hành Quy chế tuyển sinh Trung cấp "
                "chuyên nghiệp (TCCN) 2014 của Bộ trưởng Bộ Giáo dục và Đào tạo; Căn cứ công văn số 3743/SGD&ĐT-GDTX-CN "
                "ngày 05/10/2016 của Sở Giáo dục và Đào tạo Hà Nội về hướng dẫn thực hiện nhiệm vụ năm học 2016 – 2017 "
                "đối với ngành học Giáo dục chuyên nghiệp;",
            ),
            (
                "h",
                "Sở Giáo dục và Đào tạo Hà Nội hướng dẫn các trường trung cấp chuyên nghiệp (TCCN), Cao đẳng (CĐ); Đại "
                "học (có đào tạo hệ TCCN) trên địa bàn Hà Nội (gọi chung là các trường) thực hiện những công việc tuyển "
                "sinh năm học 2016 – 2017 như sau:",
            ),
            ("S", "I", "YÊU CẦU CHUNG", "I/-"),
            ("T", "1", "Tổ chức tuyển sinh đúng Quy chế, đảm bảo công khai, nghiêm túc, công bằng.", "1-"),
            (
                "T",
                "2",
                "Tuyên truyền, giới thiệu thông báo công khai: chỉ tiêu tuyển sinh, đối tượng, tiêu chí xét tuyển, hình "
                "thức tuyển sinh và nghĩa vụ của thí sinh. Tổ chức chu đáo việc thu nhận hồ sơ đăng ký tuyển sinh "
                "(ĐKTS), hồ sơ nhập học.",
                "2-",
            ),
            (
                "T",
                "3",
                "Chấp hành nghiêm lịch làm việc, chế độ báo cáo theo quy định của Bộ GD&ĐT, Sở GD&ĐT Hà Nội.",
                "3-",
            ),
            (
                "T",
                "4",
                "Hiệu trưởng cần thực hiện đúng vai trò là người chịu trách nhiệm cao nhất về công tác tuyển sinh của "
                "trường; thành lập Hội đồng tuyển sinh và các ban giúp việc theo đúng Quy chế.",
                "4-",
            ),
            (
                "T",
                "5",
                "Không tuyển sinh vượt chỉ tiêu được giao; không liên kết tuyển sinh, đào tạo với các tổ chức, cá nhân "
                "không đủ điều kiện theo quy định.",
                "5-",
            ),
            ("S", "II", "NHỮNG CÔNG VIỆC CỤ THỂ", "II/-"),
            ("T", "1", "Xây dựng và công bố kế hoạch tuyển sinh:", "1-"),
            (
                "C",
                "-",
                "Căn cứ chỉ tiêu được giao, các trường xây dựng kế hoạch tuyển sinh theo từng ngành, từng hình thức đào "
                "tạo, gửi về Sở GD&ĐT (qua phòng GDTX-CN) trước ngày 31/10/2016;",
                "-",
            ),
            (
                "C",
                "-",
                "Niêm yết công khai kế hoạch tuyển sinh tại trụ sở trường và đăng tải trên trang thông tin điện tử của "
                "trường chậm nhất 15 ngày trước khi thu nhận hồ sơ.",
                "-",
            ),
            (
                "C",
                "-",
                "Mọi điều chỉnh kế hoạch tuyển sinh phải được báo cáo Sở GD&ĐT bằng văn bản trước khi thực hiện.",
                "-",
            ),
            ("T", "2", "Tổ chức thu nhận hồ sơ và xét tuyển:", "2-"),
            (
                "C",
                "a",
                "Thời gian thu nhận hồ sơ ĐKTS: từ ngày 01/11/2016 đến hết ngày 15/12/2016; thí sinh nộp hồ sơ trực "
                "tiếp tại trường hoặc qua đường bưu điện.",
                "a/",
            ),
            (
                "C",
                "b",
                "Hồ sơ ĐKTS gồm: phiếu đăng ký theo mẫu của Bộ GD&ĐT, bản sao bằng tốt nghiệp hoặc giấy chứng nhận tốt "
                "nghiệp tạm thời, bản sao học bạ và giấy tờ ưu tiên (nếu có).",
                "b/",
            ),
            (
                "C",
                "c",
                "Hội đồng tuyển sinh tổ chức xét tuyển theo đúng tiêu chí đã công bố, công khai danh sách thí sinh "
                "trúng tuyển chậm nhất 05 ngày sau khi kết thúc xét tuyển.",
                "c/",
            ),
            (
                "T",
                "3",
                "Tổ chức nhập học cho thí sinh trúng tuyển đúng thời gian quy định; kiểm tra, đối chiếu hồ sơ gốc của "
                "học sinh trong thời hạn 30 ngày kể từ ngày nhập học, xử lý nghiêm các trường hợp sử dụng văn bằng, "
                "giấy tờ không hợp pháp.",
                "3-",
            ),
            (
                "T",
                "4",
                "Các trường chủ động tự kiểm tra công tác tuyển sinh; Sở GD&ĐT sẽ tổ chức kiểm tra đột xuất tại một số "
                "trường trong thời gian thu nhận hồ sơ và xét tuyển.",
                "4-",
            ),
            (
                "P",
                "Trường nào vi phạm Quy chế tuyển sinh, tùy theo mức độ, Sở GD&ĐT sẽ xử lý theo thẩm quyền hoặc báo cáo "
                "Bộ GD&ĐT xem xét, đình chỉ tuyển sinh.",
            ),
            ("T", "5", "Công tác tư vấn tuyển sinh, hướng nghiệp:", "5-"),
            (
                "C",
                "-",
                "Phối hợp với các trường THCS, THPT, trung tâm GDTX tổ chức tư vấn tuyển sinh, hướng nghiệp cho học "
                "sinh và cha mẹ học sinh;",
                "-",
            ),
            (
                "C",
                "-",
                "Cung cấp đầy đủ, chính xác thông tin về ngành nghề đào tạo, cơ hội việc làm sau tốt nghiệp.",
                "-",
            ),
            ("S", "III", "CHẾ ĐỘ THÔNG TIN, BÁO CÁO", "III/-"),
            (
                "T",
                "1",
                "Gửi danh sách Hội đồng tuyển sinh và kế hoạch tuyển sinh về Sở GD&ĐT trước ngày 31/10/2016.",
                "1-",
            ),
            (
                "T",
                "2",
                "Báo cáo kết quả tuyển sinh (theo mẫu gửi kèm) bằng văn bản và qua hộp thư điện tử của phòng GDTX-CN "
                "trước ngày 30/12/2016.",
                "2-",
            ),
            (
                "T",
                "3",
                "Kết thúc năm học, các trường tổng kết công tác tuyển sinh, đánh giá kết quả, đề xuất chỉ tiêu tuyển "
                "sinh năm 2017 gửi về Sở GD&ĐT.",
                "3-",
            ),
            (
                "E",
                "Nhận được công văn này, Sở GD&ĐT đề nghị Hiệu trưởng các trường nghiêm túc triển khai thực hiện. Trong "
                "quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ Phòng GDTX-CN, Sở GD&ĐT Hà Nội để được hướng "
                "dẫn./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Như trên;"),
            ("E", "- Vụ GDCN - Bộ GD&ĐT (để b/c);"),
            ("E", "- Đ/c Giám đốc Sở (để b/c);"),
            ("E", "- Lưu: VT, GDTX-CN."),
            ("E", "KT. GIÁM ĐỐC"),
            ("E", "PHÓ GIÁM ĐỐC"),
            ("E", "Trần Văn Khải"),
        ],
    },
    {
        "id": "b12b-dhqghn-xhnv-thong-bao-ket-luan",
        "source": "https://ussh.vnu.edu.vn/eng/news/to-chuc-can-bo/thong-bao-ket-luan-tai-phien-hop-giao-ban-thang-10-2025-23634.html",
        "style": "a university notice of the Rector's conclusions at the monthly briefing (VNU University of Social "
        "Sciences and Humanities): two-line issuer header, 'THÔNG BÁO' and a subject line, a narrative preamble "
        "ending 'Hiệu trưởng kết luận:', then sentence-case '1.' … '6.' headings each over decimal '1.1.' tasks "
        "(one task with '-' sub-items); closing notice formula, 'Nơi nhận:' and 'TL. HIỆU TRƯỞNG'",
        "lines": [
            ("h", "ĐẠI HỌC QUỐC GIA HÀ NỘI"),
            ("h", "TRƯỜNG ĐẠI HỌC KHOA HỌC XÃ HỘI VÀ NHÂN VĂN"),
            ("h", "Số: 4125/TB-XHNV"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Hà Nội, ngày 09 tháng 10 năm 2025"),
            ("title", "THÔNG BÁO"),
            ("h", "Kết luận của Hiệu trưởng tại Hội nghị giao ban Trường tháng 10 năm 2025"),
            (
                "h",
                "Ngày 06/10/2025, Trường Đại học Khoa học Xã hội và Nhân văn tổ chức Hội nghị giao ban Trường. GS.TS. "
                "Hoàng Anh Tuấn, Hiệu trưởng chủ trì Hội nghị. Tham dự Hội nghị có Bí thư Đảng ủy, Chủ tịch Hội đồng "
                "Trường, các Phó Hiệu trưởng, Bí thư, Phó Bí thư các chi bộ, Trưởng, Phó các đơn vị, Kế toán trưởng, "
                "Tổng biên tập Tạp chí và lãnh đạo các đoàn thể.",
            ),
            (
                "h",
                "Sau khi nghe ý kiến trao đổi, thảo luận tại Hội nghị về các nội dung: (1) Báo cáo tình hình thực hiện "
                "công tác tháng 9/2025 và kế hoạch công tác tháng 10/2025; (2) Báo cáo việc thực hiện kết luận của Hiệu "
                "trưởng tại Hội nghị giao ban tháng 9/2025; (3) Ý kiến trao đổi, thảo luận của các đơn vị, phòng chức "
                "năng; (4) Ý kiến của các Phó Hiệu trưởng, Hiệu trưởng kết luận:",
            ),
            ("S", "1", "Tổ chức - Cán bộ", "1."),
            (
                "T",
                "1.1",
                "Ban hành Quy định về Trưởng ngành và giao nhiệm vụ cho 30 Trưởng ngành: đơn vị đầu mối đã nhận được ý "
                "kiến góp ý của các đơn vị, khẩn trương điều chỉnh, hoàn thiện và trình ban hành trong tháng 10/2025.",
                "1.1.",
            ),
            (
                "T",
                "1.2",
                "Rà soát Quyết định số 5637/QĐ-XHNV ngày 29/12/2023 về chế độ làm việc của giảng viên theo hướng quy "
                "định rõ hơn việc quy đổi giờ giảng - giờ khoa học, khuyến khích các nhà khoa học có năng lực đóng góp "
                "nhiều hơn cho các công bố quốc tế, quốc gia có chất lượng.",
                "1.2.",
            ),
            (
                "T",
                "1.3",
                "Xây dựng quy định chi trả thù lao giảng dạy đúng quy định, khuyến khích thiết kế bài giảng điện tử, "
                "hạn chế tình trạng giảng viên dạy vượt giờ quá mức, nhất là đối với giảng viên các học phần chung toàn "
                "Đại học Quốc gia Hà Nội.",
                "1.3.",
            ),
            (
                "T",
                "1.4",
                "Tiếp tục thực hiện quy trình tuyển dụng viên chức đợt 2 năm 2025; hoàn thành xét chuyển hạng chức danh "
                "nghề nghiệp giảng viên chính, giảng viên cao cấp theo kế hoạch.",
                "1.4.",
            ),
            ("S", "2", "Đào tạo và công tác người học", "2."),
            (
                "T",
                "2.1",
                "Tổng kết công tác tuyển sinh đại học chính quy năm 2025, rút kinh nghiệm và chủ động công bố sớm "
                "phương thức tuyển sinh, tổ hợp xét tuyển năm 2026.",
                "2.1.",
            ),
            (
                "T",
                "2.2",
                "Phòng Đào tạo phối hợp với các khoa hoàn thiện việc điều chỉnh chương trình đào tạo đại học, bảo đảm "
                "tiến độ như sau:",
                "2.2.",
            ),
            (
                "C",
                "-",
                "Các khoa gửi hồ sơ chương trình đã điều chỉnh về Phòng Đào tạo trước ngày 20/10/2025;",
                "-",
            ),
            ("C", "-", "Hội đồng khoa học và đào tạo thẩm định xong trong tháng 11/2025;", "-"),
            ("C", "-", "Ban hành chương trình áp dụng từ khóa tuyển sinh năm 2026.", "-"),
            (
                "T",
                "2.3",
                "Phòng Công tác người học tổ chức chu đáo Tuần sinh hoạt công dân cho sinh viên khóa QH-2025-X; rà "
                "soát, chi trả kịp thời học bổng, chính sách hỗ trợ cho sinh viên có hoàn cảnh khó khăn.",
                "2.3.",
            ),
            (
                "T",
                "2.4",
                "Trường Trung học phổ thông chuyên Khoa học Xã hội và Nhân văn xây dựng kế hoạch nâng cao chất lượng "
                "đội tuyển học sinh giỏi quốc gia năm học 2025 - 2026.",
                "2.4.",
            ),
            ("S", "3", "Khoa học công nghệ và hợp tác phát triển", "3."),
            (
                "T",
                "3.1",
                "Các đơn vị đẩy nhanh tiến độ tổ chức các hội thảo khoa học quốc tế, quốc gia chào mừng kỷ niệm 80 năm "
                "Trường Đại học Văn khoa và 30 năm Trường Đại học Khoa học Xã hội và Nhân văn.",
                "3.1.",
            ),
            (
                "T",
                "3.2",
                "Phòng Khoa học công nghệ hướng dẫn các nhóm nghiên cứu hoàn thiện hồ sơ đề xuất nhiệm vụ khoa học cấp "
                "Đại học Quốc gia năm 2026, nộp đúng hạn.",
                "3.2.",
            ),
            (
                "T",
                "3.3",
                "Tăng cường hợp tác với các đối tác quốc tế trong trao đổi giảng viên, sinh viên; rà soát hiệu quả các "
                "thỏa thuận hợp tác đã ký kết.",
                "3.3.",
            ),
            ("S", "4", "Hành chính, tài chính và cơ sở vật chất", "4."),
            (
                "T",
                "4.1",
                "Các đơn vị rà soát kế hoạch hoạt động, kinh phí năm 2025, đẩy nhanh tiến độ giải ngân; gửi dự kiến nhu "
                "cầu kinh phí năm 2026 về Phòng Kế hoạch - Tài chính trước ngày 31/10/2025.",
                "4.1.",
            ),
            (
                "T",
                "4.2",
                "Phòng Quản trị kiểm tra, sửa chữa hệ thống phòng cháy, chữa cháy, điện, nước tại các tòa nhà; bảo đảm "
                "an toàn cho hoạt động dạy và học trong mùa mưa bão.",
                "4.2.",
            ),
            ("S", "5", "Công tác truyền thông", "5."),
            (
                "T",
                "5.1",
                "Hoàn thiện bộ nhận diện thương hiệu và các ấn phẩm truyền thông phục vụ Lễ kỷ niệm; cập nhật thường "
                "xuyên thông tin hoạt động của các đơn vị trên Cổng thông tin điện tử của Trường.",
                "5.1.",
            ),
            (
                "T",
                "5.2",
                "Các đơn vị cử cán bộ đầu mối phụ trách truyền thông, phối hợp với Phòng Hành chính - Tổng hợp trong "
                "việc cung cấp thông tin, hình ảnh.",
                "5.2.",
            ),
            ("S", "6", "Công tác Đảng, đoàn thể", "6."),
            (
                "T",
                "6.1",
                "Các chi bộ tổ chức quán triệt Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục "
                "và đào tạo đến toàn thể đảng viên, viên chức và người lao động.",
                "6.1.",
            ),
            (
                "T",
                "6.2",
                "Công đoàn Trường phối hợp tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10 và Ngày Nhà giáo "
                "Việt Nam 20/11.",
                "6.2.",
            ),
            (
                "E",
                "Nhà trường thông báo để các đơn vị biết và triển khai thực hiện; kết quả thực hiện báo cáo tại Hội "
                "nghị giao ban tháng 11/2025./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Hiệu trưởng (để b/c);"),
            ("E", "- Các Phó Hiệu trưởng;"),
            ("E", "- Các đơn vị trong Trường (để t/h);"),
            ("E", "- Lưu: VT, HCTH."),
            ("E", "TL. HIỆU TRƯỞNG"),
            ("E", "TRƯỞNG PHÒNG HÀNH CHÍNH - TỔNG HỢP"),
            ("E", "Nguyễn Thị Thu Hà"),
        ],
    },
    {
        "id": "b12c-tw-mttq-doan-the-chuong-trinh-hanh-dong",
        "source": "https://daihoidangtoanquoc.vn/chuong-trinh-hanh-dong-cua-ban-chap-hanh-dang-bo-thuc-hien-nghi-quyet-dai-hoi-dai-bieu-dang-bo-mat-tran-to-quoc-cac-doan-the-trung-uong-lan-thu-i-nhiem-ky-2025-2030-post2225.html",
        "style": "a Party committee action programme of the central Fatherland Front and mass organisations: Party header, "
        "title with a three-line subtitle and no preamble, then capital Roman parts 'I.' … 'IV.': the first and "
        "last over '1.' tasks, the second over '(1)' … '(6)' target tasks, the third over '1.' tasks with '-' "
        "sub-items, one task continued by a paragraph and one carrying 'Một là,' … 'Ba là,' breakthroughs; a "
        "closing sentence, 'Nơi nhận:' and 'T/M ĐẢNG ỦY'",
        "lines": [
            ("h", "ĐẢNG BỘ MẶT TRẬN TỔ QUỐC,"),
            ("h", "CÁC ĐOÀN THỂ TRUNG ƯƠNG"),
            ("h", "BAN CHẤP HÀNH"),
            ("h", "*"),
            ("h", "Số 01-CTr/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Hà Nội, ngày 10 tháng 10 năm 2025"),
            ("title", "CHƯƠNG TRÌNH HÀNH ĐỘNG"),
            ("h", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ THỰC HIỆN NGHỊ QUYẾT"),
            ("h", "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ MẶT TRẬN TỔ QUỐC, CÁC ĐOÀN THỂ TRUNG ƯƠNG"),
            ("h", "LẦN THỨ I, NHIỆM KỲ 2025-2030"),
            ("h", "--------"),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Cụ thể hóa và tổ chức thực hiện đồng bộ, toàn diện các mục tiêu, nhiệm vụ, giải pháp đã được xác định "
                "trong Nghị quyết Đại hội đại biểu Đảng bộ Mặt trận Tổ quốc, các đoàn thể Trung ương lần thứ I, nhiệm "
                "kỳ 2025-2030.",
                "1.",
            ),
            (
                "T",
                "2",
                "Phân công rõ trách nhiệm, xác định rõ tiến độ và các điều kiện bảo đảm để thực hiện thắng lợi các mục "
                "tiêu, nhiệm vụ theo Nghị quyết của Đại hội.",
                "2.",
            ),
            (
                "T",
                "3",
                "Xác định rõ trọng tâm, trọng điểm; kết hợp chặt chẽ giữa nhiệm vụ thường xuyên và các nhiệm vụ đột "
                "phá; giữa chỉ đạo mang tính dài hạn với giải quyết kịp thời những vấn đề cấp bách, phát sinh; bảo đảm "
                "tính khả thi và đo lường được kết quả.",
                "3.",
            ),
            ("S", "II", "CÁC CHỈ TIÊU CHỦ YẾU", "II."),
            (
                "T",
                "1",
                "100% cán bộ, đảng viên được học tập, quán triệt đầy đủ các nghị quyết, chỉ thị, kết luận của Đảng; "
                "100% tổ chức đảng trực thuộc xây dựng chương trình, kế hoạch thực hiện.",
                "(1)",
            ),
            (
                "T",
                "2",
                "Hằng năm có trên 90% tổ chức đảng trực thuộc được đánh giá hoàn thành tốt nhiệm vụ trở lên, trong đó "
                "ít nhất 20% hoàn thành xuất sắc nhiệm vụ.",
                "(2)",
            ),
            (
                "T",
                "3",
                "Hằng năm có trên 90% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên; kết nạp từ 150 đảng viên "
                "mới trở lên trong nhiệm kỳ.",
                "(3)",
            ),
            (
                "T",
                "4",
                "100% tổ chức đảng trực thuộc hoàn thành số hóa hồ sơ đảng viên và sử dụng hệ thống sinh hoạt đảng trên "
                "nền tảng số.",
                "(4)",
            ),
            (
                "T",
                "5",
                "Đến năm 2030, 100% cơ quan Mặt trận Tổ quốc, các đoàn thể Trung ương kết nối, vận hành thống nhất "
                '"Cổng Mặt trận số".',
                "(5)",
            ),
            (
                "T",
                "6",
                "Mỗi tỉnh, thành phố có ít nhất 01 mô hình điểm về đối thoại xã hội và 01 mô hình điểm về an sinh cộng "
                "đồng.",
                "(6)",
            ),
            ("S", "III", "NHIỆM VỤ TRỌNG TÂM VÀ CÁC KHÂU ĐỘT PHÁ", "III."),
            (
                "T",
                "1",
                "Tăng cường công tác chính trị, tư tưởng; nâng cao chất lượng học tập, quán triệt và tổ chức thực hiện "
                "các nghị quyết của Đảng:",
                "1.",
            ),
            (
                "C",
                "-",
                "Đổi mới phương thức học tập nghị quyết, kết hợp hội nghị trực tiếp với trực tuyến, ứng dụng nền tảng "
                "số;",
                "-",
            ),
            (
                "C",
                "-",
                "Chủ động nắm bắt tình hình tư tưởng của cán bộ, đảng viên sau sắp xếp tổ chức bộ máy; kịp thời định "
                "hướng, giải quyết những vấn đề phát sinh;",
                "-",
            ),
            (
                "C",
                "-",
                "Đẩy mạnh đấu tranh bảo vệ nền tảng tư tưởng của Đảng, phản bác các quan điểm sai trái, thù địch trên "
                "không gian mạng.",
                "-",
            ),
            (
                "T",
                "2",
                "Lãnh đạo đổi mới mạnh mẽ nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị "
                "- xã hội theo hướng gần dân, sát dân, hướng mạnh về cơ sở, địa bàn dân cư.",
                "2.",
            ),
            (
                "P",
                "Tập trung vận hành thông suốt tổ chức bộ máy sau hợp nhất; rà soát, hoàn thiện quy chế làm việc, quy "
                "chế phối hợp giữa cơ quan Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam với các tổ chức chính trị - xã "
                "hội, bảo đảm không chồng chéo, không bỏ sót nhiệm vụ.",
            ),
            (
                "T",
                "3",
                "Nâng cao chất lượng giám sát, phản biện xã hội; đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng "
                "của Nhân dân; tham gia có hiệu quả công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng "
                "nhân dân các cấp nhiệm kỳ 2026-2031.",
                "3.",
            ),
            ("T", "4", "Tập trung thực hiện 03 khâu đột phá của nhiệm kỳ:", "4."),
            (
                "C",
                "1",
                "đổi mới phương thức lãnh đạo theo mô hình tổ chức mới với tư duy mới, cách làm mới, kết quả mới.",
                "Một là,",
            ),
            (
                "C",
                "2",
                "đổi mới mạnh mẽ nội dung, phương thức hoạt động, hướng mạnh về cơ sở, địa bàn dân cư, chủ động phục vụ "
                "Nhân dân.",
                "Hai là,",
            ),
            (
                "C",
                "3",
                "tập trung đào tạo, bồi dưỡng, đánh giá, bố trí, sử dụng hiệu quả đội ngũ cán bộ, nhất là người đứng "
                'đầu; gắn kết chặt chẽ "lý luận với thực tiễn", "nói đi đôi với làm".',
                "Ba là,",
            ),
            (
                "T",
                "5",
                "Xây dựng Đảng bộ trong sạch, vững mạnh; nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở "
                "đảng và chất lượng đảng viên:",
                "5.",
            ),
            (
                "C",
                "-",
                "Thực hiện nghiêm nguyên tắc tập trung dân chủ, tự phê bình và phê bình; nâng cao chất lượng sinh hoạt "
                "chi bộ;",
                "-",
            ),
            (
                "C",
                "-",
                "Tăng cường kiểm tra, giám sát, kiểm soát quyền lực, phòng, chống tham nhũng, lãng phí, tiêu cực;",
                "-",
            ),
            ("C", "-", "Chú trọng phát triển đảng viên trong đoàn viên, hội viên ưu tú, cán bộ trẻ.", "-"),
            (
                "T",
                "6",
                "Đẩy mạnh chuyển đổi số trong hoạt động của Đảng bộ và của hệ thống Mặt trận; khai trương, vận hành "
                '"Cổng Mặt trận số" trong năm 2026.',
                "6.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Các đảng ủy, chi bộ trực thuộc tổ chức quán triệt Chương trình hành động này đến cán bộ, đảng viên; "
                "xây dựng kế hoạch thực hiện sát với chức năng, nhiệm vụ của cơ quan, đơn vị, hoàn thành trong tháng "
                "11/2025.",
                "1.",
            ),
            (
                "T",
                "2",
                "Ban Tuyên giáo và Dân vận Đảng ủy chủ trì, phối hợp với Văn phòng Đảng ủy hướng dẫn, theo dõi, đôn đốc "
                "việc thực hiện; định kỳ hằng năm tổng hợp, báo cáo Ban Thường vụ Đảng ủy.",
                "2.",
            ),
            (
                "T",
                "3",
                "Ủy ban Kiểm tra Đảng ủy đưa nội dung thực hiện Chương trình hành động vào chương trình kiểm tra, giám "
                "sát hằng năm.",
                "3.",
            ),
            (
                "T",
                "4",
                "Giữa nhiệm kỳ, Ban Thường vụ Đảng ủy tổ chức sơ kết; cuối nhiệm kỳ tổng kết việc thực hiện Chương "
                "trình hành động.",
                "4.",
            ),
            ("E", "Chương trình hành động này được phổ biến đến chi bộ và đảng viên./."),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư (để báo cáo),"),
            ("E", "- Văn phòng Trung ương Đảng,"),
            ("E", "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ,"),
            ("E", "- Các đảng ủy, chi bộ trực thuộc,"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M ĐẢNG ỦY"),
            ("E", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
            ("E", "Lê Thị Thanh Vân"),
        ],
    },
    {
        "id": "b12c-bo-gddt-thong-bao-ket-luan",
        "source": "http://spnttw.edu.vn/Pages/Articledetail.aspx?articleid=5917",
        "style": "a ministry notice of the Minister's conclusions at a conference of provincial education directors: state "
        "header, 'THÔNG BÁO' and a two-line subtitle, unlabelled preamble paragraphs (meeting, 'kết luận:', an "
        "assessment and a lead-in), then '1.' … '5.' headings 'Về …' as parts, over 'a)' tasks (some with '-' "
        "sub-items), one part holding a single unlabelled paragraph and the last over '-' tasks giving units "
        "their work; a closing sentence, 'Nơi nhận:' and a 'TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG' signature",
        "lines": [
            ("h", "BỘ GIÁO DỤC VÀ ĐÀO TẠO"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 455/TB-BGDĐT"),
            ("h", "Hà Nội, ngày 19 tháng 7 năm 2017"),
            ("title", "THÔNG BÁO"),
            ("h", "Kết luận của Bộ trưởng Phùng Xuân Nhạ"),
            ("h", "tại Hội nghị Giám đốc sở giáo dục và đào tạo năm 2017"),
            (
                "h",
                "Chiều ngày 14 tháng 7 năm 2017 và sáng ngày 15 tháng 7 năm 2017, tại thành phố Đà Nẵng, Bộ trưởng "
                "Phùng Xuân Nhạ chủ trì làm việc với các Giám đốc sở giáo dục và đào tạo. Tham dự phiên họp có các Thứ "
                "trưởng, Chủ tịch Công đoàn giáo dục Việt Nam, Tổng chủ biên Chương trình giáo dục phổ thông tổng thể, "
                "Thủ trưởng các đơn vị, chương trình, dự án, đề án thuộc Bộ.",
            ),
            (
                "h",
                "Sau khi nghe Văn phòng, Cục Quản lý chất lượng, Viện Khoa học Giáo dục Việt Nam trình bày các dự thảo "
                "báo cáo về kết quả nổi bật nhiệm vụ năm học 2016 - 2017, phương hướng, nhiệm vụ, giải pháp chủ yếu năm "
                "học 2017 - 2018; kết quả kỳ thi trung học phổ thông quốc gia năm 2017; hướng dẫn tiếp tục điều chỉnh "
                "nội dung dạy học trong chương trình, sách giáo khoa giáo dục phổ thông hiện hành; một số giải pháp "
                'bước đầu khắc phục "bệnh thành tích" trong giáo dục; ý kiến thảo luận của các đại biểu tham dự Hội '
                "nghị, ý kiến phát biểu của các Thứ trưởng, Bộ trưởng Phùng Xuân Nhạ kết luận:",
            ),
            (
                "h",
                "Năm học 2016 - 2017, toàn ngành giáo dục đã triển khai thực hiện 09 nhóm nhiệm vụ chủ yếu và 05 giải "
                "pháp cơ bản theo Chỉ thị số 3031/CT-BGDĐT của Bộ trưởng và đạt được nhiều kết quả quan trọng: mạng "
                "lưới trường, lớp tiếp tục được rà soát, sắp xếp; chất lượng giáo dục toàn diện có chuyển biến; kỳ thi "
                "trung học phổ thông quốc gia năm 2017 được tổ chức nghiêm túc, an toàn. Tuy nhiên, ngành vẫn còn những "
                "hạn chế: tình trạng thừa, thiếu giáo viên cục bộ; cơ sở vật chất ở nhiều nơi chưa đáp ứng yêu cầu; "
                '"bệnh thành tích" chưa được khắc phục triệt để.',
            ),
            (
                "h",
                "Để thực hiện tốt nhiệm vụ năm học 2017 - 2018, Bộ trưởng yêu cầu các sở giáo dục và đào tạo, các đơn "
                "vị thuộc Bộ tập trung thực hiện một số nội dung sau:",
            ),
            ("S", "1", "Về nhiệm vụ trọng tâm năm học 2017 - 2018", "1."),
            (
                "T",
                "a",
                "Tiếp tục rà soát, sắp xếp mạng lưới trường, lớp phù hợp với điều kiện thực tế của địa phương, bảo đảm "
                "thuận lợi cho người học; không để xảy ra tình trạng học sinh bỏ học do sáp nhập trường.",
                "a)",
            ),
            (
                "T",
                "b",
                "Chủ động tham mưu với Ủy ban nhân dân cấp tỉnh giải quyết tình trạng thừa, thiếu giáo viên cục bộ:",
                "b)",
            ),
            (
                "C",
                "-",
                "Rà soát, điều chuyển giáo viên giữa các trường, các cấp học trong phạm vi địa phương;",
                "-",
            ),
            (
                "C",
                "-",
                "Thực hiện nghiêm việc tuyển dụng theo vị trí việc làm và định mức quy định; không tuyển dụng vượt số "
                "lượng người làm việc được giao.",
                "-",
            ),
            (
                "T",
                "c",
                "Chuẩn bị các điều kiện về đội ngũ, cơ sở vật chất để triển khai chương trình giáo dục phổ thông mới "
                "theo lộ trình.",
                "c)",
            ),
            ("S", "2", "Về kỳ thi trung học phổ thông quốc gia năm 2018", "2."),
            (
                "T",
                "a",
                "Giữ ổn định phương thức tổ chức thi như năm 2017, có điều chỉnh một số khâu để nâng cao độ tin cậy của "
                "kết quả thi.",
                "a)",
            ),
            (
                "T",
                "b",
                "Tăng cường công tác thanh tra, kiểm tra tại các khâu coi thi, chấm thi; xử lý nghiêm các trường hợp vi "
                "phạm quy chế.",
                "b)",
            ),
            (
                "T",
                "c",
                "Cục Quản lý chất lượng chủ trì xây dựng ngân hàng câu hỏi thi chuẩn hóa, hoàn thành trong quý I năm "
                "2018.",
                "c)",
            ),
            (
                "S",
                "3",
                "Về điều chỉnh nội dung dạy học trong chương trình, sách giáo khoa giáo dục phổ thông hiện hành",
                "3.",
            ),
            (
                "T",
                "1",
                "Các sở giáo dục và đào tạo chỉ đạo các nhà trường chủ động điều chỉnh nội dung dạy học theo hướng tinh "
                "giản, tránh trùng lặp, phù hợp với năng lực học sinh; Viện Khoa học Giáo dục Việt Nam hoàn thiện hướng "
                "dẫn, ban hành trước ngày 15/8/2017.",
                "",
            ),
            ("S", "4", 'Về khắc phục "bệnh thành tích" trong giáo dục', "4."),
            (
                "T",
                "a",
                "Đổi mới công tác thi đua, khen thưởng; không giao chỉ tiêu thi đua về tỷ lệ học sinh giỏi, tỷ lệ lên "
                "lớp, tỷ lệ tốt nghiệp.",
                "a)",
            ),
            (
                "T",
                "b",
                "Thực hiện công khai, minh bạch trong đánh giá học sinh, đánh giá giáo viên và cán bộ quản lý:",
                "b)",
            ),
            (
                "C",
                "-",
                "Công khai kết quả kiểm định chất lượng giáo dục trên trang thông tin điện tử của nhà trường;",
                "-",
            ),
            ("C", "-", "Thiết lập đường dây nóng tiếp nhận phản ánh của cha mẹ học sinh và xã hội.", "-"),
            (
                "T",
                "c",
                "Người đứng đầu cơ sở giáo dục chịu trách nhiệm trước cấp trên khi để xảy ra tình trạng gian lận, báo "
                "cáo không trung thực về kết quả giáo dục.",
                "c)",
            ),
            ("S", "5", "Về giao nhiệm vụ cho các đơn vị thuộc Bộ", "5."),
            (
                "T",
                "1",
                "Văn phòng chủ trì, phối hợp với các đơn vị hoàn thiện dự thảo Chỉ thị về nhiệm vụ chủ yếu năm học 2017 "
                "- 2018, trình Bộ trưởng trước ngày 10/8/2017.",
                "-",
            ),
            (
                "T",
                "2",
                "Vụ Giáo dục Trung học chủ trì tổng hợp ý kiến của các sở về điều chỉnh nội dung dạy học, báo cáo Bộ "
                "trưởng.",
                "-",
            ),
            (
                "T",
                "3",
                "Cục Nhà giáo và Cán bộ quản lý giáo dục chủ trì, phối hợp với Bộ Nội vụ hướng dẫn định mức giáo viên "
                "và việc giải quyết giáo viên dôi dư.",
                "-",
            ),
            (
                "E",
                "Văn phòng Bộ thông báo để các sở giáo dục và đào tạo, các đơn vị thuộc Bộ biết và thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Bộ trưởng (để báo cáo);"),
            ("E", "- Các Thứ trưởng (để chỉ đạo);"),
            ("E", "- Các sở GDĐT;"),
            ("E", "- Các đơn vị thuộc Bộ;"),
            ("E", "- Lưu: VT, VP."),
            ("E", "TL. BỘ TRƯỞNG"),
            ("E", "CHÁNH VĂN PHÒNG"),
            ("E", "Nguyễn Văn Thắng"),
        ],
    },
    {
        "id": "b12c-ha-noi-cum-thi-dua-bao-cao",
        "source": "http://hoitruongson.vn/tin-tuc/2115_105131/bao-cao-tong-ket-hoat-dong-thi-dua-nam-2021-cum-thi-dua-cac-to-chuc-xa-hoi-khu-vuc-ha-noi-.htm",
        "style": "a year-end report of a competition cluster of central social organisations: two-column header, 'BÁO CÁO' "
        "with a two-line subtitle and an unlabelled preamble, then 'Phần thứ nhất' … 'Phần thứ ba' parts with the "
        "heading on the next line: the first over 'I-' … 'IV-' result headings with '-' items, a continuing "
        "paragraph and '1.' '2.' items, the second over '1.' tasks (one with '-' sub-items), the third a single "
        "unlabelled paragraph; a 'Trên đây là …' closing, 'Nơi nhận:' and 'TM. CỤM THI ĐUA / CỤM TRƯỞNG'",
        "lines": [
            ("h", "CỤM THI ĐUA"),
            ("h", "CÁC TỔ CHỨC XÃ HỘI"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập – Tự do – Hạnh phúc"),
            ("h", "Số: 822 / BC"),
            ("h", "Hà Nội, ngày 01 tháng 12 năm 2021"),
            ("title", "BÁO CÁO"),
            ("h", "Tổng kết hoạt động thi đua năm 2021"),
            ("h", "Cụm thi đua các tổ chức xã hội Khu vực Hà Nội"),
            (
                "h",
                "Thực hiện chỉ đạo của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam về nội dung, mục tiêu thi đua năm "
                "2021, Cụm thi đua các tổ chức xã hội khu vực Hà Nội chủ động triển khai các nội dung đã ký giao ước "
                "thi đua năm 2021. Tiến hành trong điều kiện có nhiều thuận lợi, cơ hội, như Đại hội Đại biểu toàn quốc "
                "lần thứ XIII của Đảng, Bầu cử Đại biểu Quốc hội khóa XV và bầu cử đại biểu Hội đồng nhân dân các "
                "cấp... nhưng cũng còn nhiều khó khăn, thách thức, nhất là đại dịch Covid-19 bùng phát kéo dài, từng "
                "Hội đã tìm được giải pháp, hình thức thi đua phù hợp, sáng tạo, đạt nhiều kết quả tốt, được ghi nhận.",
            ),
            ("S", "I", "KẾT QUẢ HOẠT ĐỘNG THI ĐUA NĂM 2021", "Phần thứ nhất"),
            (
                "T",
                "I",
                "Thi đua nâng cao hiệu quả tuyên truyền, giáo dục, vận động hội viên thực hiện chủ trương, nghị quyết "
                "của Đảng; chính sách, pháp luật của Nhà nước",
                "I-",
            ),
            (
                "C",
                "-",
                "Các Hội trong Cụm đã tổ chức cho cán bộ, hội viên học tập, quán triệt Nghị quyết Đại hội XIII của Đảng "
                "bằng nhiều hình thức phù hợp với điều kiện phòng, chống dịch; 100% Trung ương các Hội ban hành chương "
                "trình hành động.",
                "-",
            ),
            (
                "C",
                "-",
                "Tuyên truyền, vận động hội viên tham gia bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân "
                "dân các cấp nhiệm kỳ 2021-2026 đạt kết quả tốt.",
                "-",
            ),
            (
                "C",
                "-",
                "Các tạp chí, bản tin, trang thông tin điện tử của các Hội duy trì hoạt động, đăng tải trên 3.200 tin, "
                "bài.",
                "-",
            ),
            (
                "T",
                "II",
                "Thi đua chăm lo, bảo vệ quyền và lợi ích hợp pháp của hội viên; tham gia phòng, chống dịch Covid-19",
                "II-",
            ),
            (
                "C",
                "-",
                "Các Hội đã vận động ủng hộ Quỹ vắc-xin phòng Covid-19 và các địa phương có dịch với tổng trị giá trên "
                "18 tỷ đồng.",
                "-",
            ),
            (
                "C",
                "-",
                "Thăm hỏi, tặng quà hội viên có hoàn cảnh khó khăn, hội viên bị nhiễm Covid-19 với gần 9.500 suất quà.",
                "-",
            ),
            ("T", "III", "Thi đua xây dựng tổ chức Hội vững mạnh", "III-"),
            (
                "P",
                "Các Hội tiếp tục củng cố tổ chức, phát triển hội viên; trong năm, toàn Cụm kết nạp mới trên 26.000 hội "
                "viên, thành lập mới 41 tổ chức Hội cấp tỉnh, cấp huyện. Thêm 6 Hội cấp tỉnh được công nhận là thành "
                "viên Mặt trận Tổ quốc cùng cấp.",
            ),
            ("T", "IV", "Đánh giá chung", "IV-"),
            (
                "C",
                "1",
                "Ưu điểm: các Hội trong Cụm đã chủ động, sáng tạo, bám sát nội dung giao ước thi đua; hoàn thành và "
                "vượt các chỉ tiêu đề ra; sinh hoạt Cụm được duy trì nền nếp.",
                "1.",
            ),
            (
                "C",
                "2",
                "Hạn chế: một số Hội còn lúng túng trong tổ chức hoạt động trực tuyến; việc báo cáo kết quả thi đua có "
                "lúc chưa kịp thời.",
                "2.",
            ),
            ("S", "II", "PHƯƠNG HƯỚNG HOẠT ĐỘNG THI ĐUA NĂM 2022", "Phần thứ hai"),
            (
                "T",
                "1",
                "Tiếp tục tuyên truyền, vận động hội viên thực hiện Nghị quyết Đại hội XIII của Đảng; hưởng ứng các "
                "phong trào thi đua, cuộc vận động do Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam phát động.",
                "1.",
            ),
            (
                "T",
                "2",
                "Đẩy mạnh các hoạt động an sinh xã hội, chăm lo hội viên khó khăn; thích ứng an toàn, linh hoạt, kiểm "
                "soát hiệu quả dịch Covid-19:",
                "2.",
            ),
            (
                "C",
                "-",
                "Mỗi Hội có ít nhất 01 công trình, phần việc chào mừng các ngày lễ lớn của đất nước năm 2022;",
                "-",
            ),
            (
                "C",
                "-",
                'Phối hợp với Quỹ "Vì người nghèo" các cấp hỗ trợ xây dựng nhà tình nghĩa, nhà đại đoàn kết cho hội '
                "viên.",
                "-",
            ),
            (
                "T",
                "3",
                "Củng cố, kiện toàn tổ chức; nâng cao chất lượng hoạt động của cơ quan Trung ương các Hội; ứng dụng "
                "công nghệ thông tin trong quản lý hội viên.",
                "3.",
            ),
            (
                "T",
                "4",
                "Duy trì nền nếp sinh hoạt Cụm; Hội luân phiên làm Cụm trưởng năm 2022 chủ trì tổ chức ký kết giao ước "
                "thi đua trong quý I năm 2022.",
                "4.",
            ),
            ("S", "III", "ĐỀ NGHỊ KHEN THƯỞNG", "Phần thứ ba"),
            (
                "T",
                "1",
                "Căn cứ kết quả chấm điểm, bình xét, Cụm thi đua thống nhất đề nghị Ủy ban Trung ương Mặt trận Tổ quốc "
                "Việt Nam tặng Cờ thi đua cho 02 Hội dẫn đầu phong trào thi đua và tặng Bằng khen cho 03 Hội có thành "
                "tích xuất sắc năm 2021.",
                "",
            ),
            (
                "E",
                "Trên đây là báo cáo tổng kết hoạt động thi đua năm 2021 của Cụm thi đua các tổ chức xã hội khu vực Hà "
                "Nội./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Thi đua - Khen thưởng UBTƯ MTTQ Việt Nam;"),
            ("E", "- Các Hội thành viên Cụm;"),
            ("E", "- Lưu: VT."),
            ("E", "TM. CỤM THI ĐUA"),
            ("E", "CỤM TRƯỞNG"),
            ("E", "Nguyễn Văn Lâm"),
        ],
    },
]

BLIND12_FORMS: dict[str, list[str]] = {
    "b12a-xuan-tin-ke-hoach-phong-chong-thien-tai": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b12a-thanh-hoa-chi-thi-tet-binh-ngo": ["txt", "scan.pdf", "tcvn3.docx"],
    "b12a-kien-tuong-ke-hoach-nam-hoc-mau-giao": ["typed.docx", "typed.pdf", "vni.txt"],
    "b12b-kon-tum-cong-an-ke-hoach-pccc": ["typed.pdf", "txt", "tcvn3.docx"],
    "b12b-ha-noi-sgddt-huong-dan-tuyen-sinh": ["typed.docx", "scan.pdf", "vni.txt"],
    "b12b-dhqghn-xhnv-thong-bao-ket-luan": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b12c-tw-mttq-doan-the-chuong-trinh-hanh-dong": ["typed.docx", "running.pdf", "vni.txt"],
    "b12c-bo-gddt-thong-bao-ket-luan": ["typed.pdf", "tcvn3.docx", "txt"],
    "b12c-ha-noi-cum-thi-dua-bao-cao": ["typed.docx", "photo.jpg", "tcvn3.txt"],
}
