"""The nineteenth blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (08/12/2026, sixteenth session), by three helpers working blind (they never ran the
reader nor read its code), each after the layout and opening of a real public document found that day with the search
tool — none of them a source of the corpus, of its generators, of its target passages or of the first eighteen blind
parts. Past what the page showed, the helpers went on in its style (content, numbers and signatories made up).
Written with the conventions of the sixteenth part's brief (one task a paragraph, a resolution's articles as preamble
and closing, counted names as labels). Frozen after the eighteenth part's first run (no fix after it changed a figure),
so its first run measures the session's rules held out.

Same roles as ``blind10_docs``.
"""

from __future__ import annotations

BLIND19_DOCS: list[dict] = [
    {
        "id": "b19a-ca-mau-ubnd-tinh-ke-hoach-kinh-te-tap-the",
        "source": "http://lienminhhtx.camau.gov.vn/detail-pro/122",
        "style": "a province People's Committee plan implementing a Government resolution on the collective "
        "economy (UBND tỉnh Cà Mau): two-line header, 'Số: …/KH-UBND', 'KẾ HOẠCH' over a sentence-case "
        "subject, one long 'Thực hiện …' lead-in ending 'như sau:', then capital Roman parts 'I.' … "
        "'III.' with '1.' tasks and 'a)' sub-items: I two heading tasks ('Mục đích', 'Yêu cầu') each "
        "continued by a paragraph, II five run-in '1.' tasks (one ending ':' over 'a)' 'b)' 'c)', one "
        "'a)' continued by a paragraph), III four '1.' assignments, one continued by a paragraph; 'Trên "
        "đây là …/.', 'Nơi nhận:' with ';' lines and 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH CÀ MAU"),
            ("h", "Số: 41/KH-UBND"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Cà Mau, ngày 15 tháng 3 năm 2023"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "Triển khai thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ về tiếp tục đổi mới, "
                "phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới trên địa bàn tỉnh Cà Mau",
            ),
            (
                "h",
                "Thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ, Chương trình số 37-CTr/TU ngày "
                "17/11/2022 của Ban Chấp hành Đảng bộ tỉnh và Kế hoạch số 125-KH/TU ngày 05/12/2022 của Ban "
                "Thường vụ Tỉnh ủy về triển khai thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 Hội nghị lần "
                "thứ năm Ban Chấp hành Trung ương Đảng khóa XIII, Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển "
                "khai thực hiện trên địa bàn tỉnh Cà Mau, với các nội dung chính như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            ("T", "1", "Mục đích", "1."),
            (
                "P",
                "Cụ thể hóa các nhiệm vụ, giải pháp tại Nghị quyết số 09/NQ-CP để các sở, ngành, địa phương tổ "
                "chức thực hiện; tạo chuyển biến mạnh mẽ về nhận thức và hành động trong phát triển kinh tế tập "
                "thể, nòng cốt là hợp tác xã.",
            ),
            ("T", "2", "Yêu cầu", "2."),
            (
                "P",
                "Xác định rõ nội dung công việc, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị; "
                "bảo đảm sự phối hợp chặt chẽ, thường xuyên giữa các cấp, các ngành trong quá trình thực hiện.",
            ),
            ("S", "II", "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", "II."),
            (
                "T",
                "1",
                "Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức về vị trí, vai trò của kinh tế tập thể; phổ "
                "biến sâu rộng Luật Hợp tác xã năm 2023 đến cán bộ, đảng viên, thành viên hợp tác xã và Nhân "
                "dân.",
                "1.",
            ),
            ("T", "2", "Hoàn thiện cơ chế, chính sách hỗ trợ phát triển kinh tế tập thể, trong đó:", "2."),
            (
                "C",
                "a",
                "Rà soát, đề xuất sửa đổi các chính sách hỗ trợ đất đai, tín dụng cho hợp tác xã nông nghiệp, "
                "thủy sản;",
                "a)",
            ),
            (
                "P",
                "Ưu tiên hỗ trợ các hợp tác xã nuôi tôm - lúa, tôm - rừng tham gia liên kết chuỗi giá trị với "
                "doanh nghiệp chế biến, xuất khẩu.",
            ),
            (
                "C",
                "b",
                "Bố trí nguồn vốn Quỹ hỗ trợ phát triển hợp tác xã tỉnh tối thiểu 20 tỷ đồng mỗi năm;",
                "b)",
            ),
            (
                "C",
                "c",
                "Hỗ trợ đưa cán bộ trẻ có trình độ đại học, cao đẳng về làm việc tại hợp tác xã.",
                "c)",
            ),
            (
                "T",
                "3",
                "Nâng cao chất lượng hoạt động của các hợp tác xã hiện có; giải thể dứt điểm các hợp tác xã "
                "ngừng hoạt động; phấn đấu mỗi năm thành lập mới ít nhất 25 hợp tác xã.",
                "3.",
            ),
            (
                "T",
                "4",
                "Đẩy mạnh ứng dụng khoa học công nghệ, chuyển đổi số trong hoạt động sản xuất, kinh doanh của "
                "hợp tác xã; hỗ trợ hợp tác xã tham gia sàn thương mại điện tử.",
                "4.",
            ),
            (
                "T",
                "5",
                "Tăng cường quản lý nhà nước về kinh tế tập thể; kiện toàn bộ phận theo dõi kinh tế tập thể ở "
                "cấp huyện, cấp xã.",
                "5.",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Sở Kế hoạch và Đầu tư là cơ quan thường trực, theo dõi, đôn đốc các sở, ngành, địa phương "
                "triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.",
                "1.",
            ),
            (
                "T",
                "2",
                "Sở Nông nghiệp và Phát triển nông thôn chủ trì hướng dẫn phát triển hợp tác xã nông nghiệp gắn "
                "với chuỗi giá trị ngành hàng tôm, lúa, cua.",
                "2.",
            ),
            (
                "T",
                "3",
                "Liên minh Hợp tác xã tỉnh đẩy mạnh tư vấn, hỗ trợ thành lập mới hợp tác xã; tổ chức đào tạo, "
                "bồi dưỡng cán bộ quản lý hợp tác xã.",
                "3.",
            ),
            (
                "P",
                "Phối hợp Sở Tài chính tham mưu bổ sung vốn điều lệ cho Quỹ hỗ trợ phát triển hợp tác xã trong "
                "năm 2023.",
            ),
            (
                "T",
                "4",
                "Ủy ban nhân dân các huyện, thành phố Cà Mau xây dựng kế hoạch cụ thể của địa phương, hoàn "
                "thành trước ngày 30/4/2023.",
                "4.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch triển khai thực hiện Nghị quyết số 09/NQ-CP của Chính phủ trên địa bàn "
                "tỉnh Cà Mau./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Bộ Kế hoạch và Đầu tư;"),
            ("E", "- TT Tỉnh ủy, TT HĐND tỉnh;"),
            ("E", "- CT, các PCT UBND tỉnh;"),
            ("E", "- Các sở, ban, ngành tỉnh;"),
            ("E", "- UBND các huyện, thành phố;"),
            ("E", "- Lưu: VT, KT."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Lê Văn Sử"),
        ],
    },
    {
        "id": "b19a-can-dang-ubnd-xa-bao-cao-thang",
        "source": "https://candang.angiang.gov.vn/node/604",
        "style": "a new commune People's Committee's monthly report with next-month tasks (UBND xã Cần Đăng, An "
        "Giang, January 2026): two-line header, 'Số: …/BC-UBND', 'BÁO CÁO' over a sentence-case subject, "
        "one lead-in paragraph, then capital Roman parts 'I.' … 'V.': I-III field parts with unlabelled "
        "field paragraphs (some opening with run-in 'Về …:' names) and '-' result items, IV a plain 'Đánh "
        "giá chung' with two paragraphs (the second 'Tuy nhiên, …'), V next-month '-' tasks with two on "
        "one line and one continued by a paragraph; 'Trên đây là …/.', 'Nơi nhận:' and 'TM. ỦY BAN NHÂN "
        "DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "XÃ CẦN ĐĂNG"),
            ("h", "Số: 19/BC-UBND"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Cần Đăng, ngày 20 tháng 01 năm 2026"),
            ("title", "BÁO CÁO"),
            (
                "h",
                "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 01 và phương hướng, nhiệm vụ "
                "tháng 02 năm 2026",
            ),
            (
                "h",
                "Trong tháng 01/2026, với sự lãnh đạo, chỉ đạo kịp thời của Đảng ủy, Hội đồng nhân dân, Ủy ban "
                "nhân dân xã, sự nỗ lực của các ngành và sự đồng thuận của Nhân dân, tình hình kinh tế - xã hội "
                "của xã đạt được những kết quả tích cực, cụ thể như sau:",
            ),
            ("S", "I", "LĨNH VỰC KINH TẾ", "I."),
            (
                "T",
                "1",
                "Về nông nghiệp: Vụ Đông Xuân 2025 - 2026 toàn xã đã xuống giống 5.432,9 ha lúa, đạt 100% kế "
                "hoạch; diện tích màu chân ruộng 60,58 ha; công tác tiêm phòng cho gia súc, gia cầm được thực "
                "hiện thường xuyên.",
                "",
            ),
            ("C", "-", "Đề án 01 triệu ha lúa chất lượng cao: có 15 hộ tham gia với diện tích 50 ha;", "-"),
            ("C", "-", "Tiêm phòng lở mồm long móng cho 1.240 con trâu, bò, đạt 92% kế hoạch.", "-"),
            (
                "T",
                "2",
                "Về thu ngân sách: Thu ngân sách nhà nước trên địa bàn ước đạt 1,12 tỷ đồng, bằng 9,6% dự toán "
                "năm; chi ngân sách bảo đảm kịp thời các nhiệm vụ chi thường xuyên và chi chăm lo Tết.",
                "",
            ),
            ("S", "II", "LĨNH VỰC VĂN HÓA - XÃ HỘI", "II."),
            (
                "T",
                "1",
                "Trạm Y tế xã duy trì tốt các hoạt động khám, chữa bệnh; trong tháng khám và điều trị cho 1.356 "
                "lượt người, không để xảy ra dịch bệnh trên địa bàn.",
                "",
            ),
            (
                "T",
                "2",
                "Giới thiệu việc làm cho 89 lao động, tư vấn 20 trường hợp có nhu cầu đi làm việc ở nước ngoài; "
                "thăm hỏi, tặng quà cho 79 gia đình chính sách, gia đình có công với cách mạng nhân dịp Tết "
                "Nguyên đán Bính Ngọ.",
                "",
            ),
            ("S", "III", "CẢI CÁCH HÀNH CHÍNH, QUỐC PHÒNG - AN NINH", "III."),
            (
                "T",
                "1",
                "Bộ phận Một cửa tiếp nhận 642 hồ sơ, đã giải quyết đúng hạn 638 hồ sơ, đạt 99,4%; công tác "
                "tiếp công dân, giải quyết đơn thư được thực hiện đúng quy định.",
                "",
            ),
            (
                "T",
                "2",
                "Tình hình an ninh chính trị, trật tự an toàn xã hội ổn định; hoàn thành giao 32 công dân nhập "
                "ngũ năm 2026, đạt 100% chỉ tiêu.",
                "",
            ),
            ("S", "IV", "ĐÁNH GIÁ CHUNG", "IV."),
            (
                "T",
                "1",
                "Nhìn chung, các lĩnh vực kinh tế - xã hội trong tháng tiếp tục ổn định; công tác chăm lo Tết "
                "cho các đối tượng chính sách được triển khai sớm, đúng đối tượng.",
                "",
            ),
            (
                "T",
                "2",
                "Tuy nhiên, giá lúa thấp ảnh hưởng đến thu nhập của nông dân; tiến độ giải ngân vốn đầu tư công "
                "còn chậm; một số ấp chưa thực hiện tốt việc thu gom rác thải.",
                "",
            ),
            ("S", "V", "PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 02 NĂM 2026", "V."),
            (
                "T",
                "1",
                "Chăm sóc lúa Đông Xuân; theo dõi tình hình sâu bệnh, khuyến cáo nông dân phòng trừ kịp thời.",
                "-",
            ),
            (
                "M",
                [
                    ("2", "Tổ chức Tết Nguyên đán vui tươi, an toàn, tiết kiệm;"),
                    ("3", "Phát động Tết trồng cây Xuân Bính Ngọ."),
                ],
            ),
            (
                "T",
                "4",
                "Triển khai các bước chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân "
                "các cấp nhiệm kỳ 2026 - 2031.",
                "-",
            ),
            (
                "P",
                "Giao Văn phòng HĐND và UBND xã phối hợp Công an xã rà soát, lập danh sách cử tri theo từng ấp, "
                "hoàn thành trước ngày 25/02/2026.",
            ),
            (
                "T",
                "5",
                "Đẩy nhanh tiến độ giải ngân vốn đầu tư công; tăng cường thu ngân sách, chống thất thu.",
                "-",
            ),
            (
                "T",
                "6",
                "Giữ vững an ninh chính trị, trật tự an toàn xã hội trước, trong và sau Tết; thực hiện nghiêm "
                "chế độ trực sẵn sàng chiến đấu.",
                "-",
            ),
            (
                "E",
                "Trên đây là báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội tháng 01 và "
                "phương hướng, nhiệm vụ tháng 02 năm 2026 của Ủy ban nhân dân xã Cần Đăng./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Văn phòng UBND tỉnh;"),
            ("E", "- TT Đảng ủy, TT HĐND xã;"),
            ("E", "- CT, các PCT UBND xã;"),
            ("E", "- Các ngành, đoàn thể xã;"),
            ("E", "- Lưu: VT."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Nguyễn Thị Mai Thu"),
        ],
    },
    {
        "id": "b19a-vinh-trach-dang-uy-thong-bao-ket-luan",
        "source": "https://vinhtrach.angiang.gov.vn/node/349",
        "style": "a new commune Party committee's conclusion notice after its weekly briefing (Đảng ủy xã Vĩnh "
        "Trạch, An Giang, week 7 of 2026): Party header with '*' and 'Số …-TB/ĐU', 'THÔNG BÁO' over a "
        "lower-case 'kết luận …' subject and a dashed rule, one lead-in paragraph, then dash-labelled "
        "Arabic parts '1-' … '3-': 1 two unlabelled paragraphs (the second 'Bên cạnh đó, …'), 2 "
        "Vietnamese-lettered tasks 'a)' … 'd)' (b) ending ':' over '-' items, one '-' continued by a "
        "paragraph), 3 '-' assignments with two typed on one line; 'Nơi nhận:' with comma-ended lines and "
        "'T/M BAN THƯỜNG VỤ / BÍ THƯ'",
        "lines": [
            ("h", "ĐẢNG BỘ TỈNH AN GIANG"),
            ("h", "ĐẢNG ỦY XÃ VĨNH TRẠCH"),
            ("h", "*"),
            ("h", "Số 86-TB/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Vĩnh Trạch, ngày 24 tháng 02 năm 2026"),
            ("title", "THÔNG BÁO"),
            ("h", "kết luận của Ban Thường vụ Đảng ủy tại cuộc họp báo tuần 7 năm 2026"),
            ("h", "-----"),
            (
                "h",
                "Ngày 23/02/2026, Ban Thường vụ Đảng ủy xã tổ chức họp báo tuần 7 năm 2026 để đánh giá kết quả "
                "tổ chức Tết Nguyên đán Bính Ngọ và triển khai nhiệm vụ thời gian tới. Sau khi nghe báo cáo và "
                "ý kiến thảo luận, đồng chí Bí thư Đảng ủy xã kết luận như sau:",
            ),
            ("S", "1", "Đánh giá kết quả công tác chăm lo Tết", "1-"),
            (
                "T",
                "1",
                "Công tác chăm lo Tết được thực hiện kịp thời, hiệu quả: trao 3.153 phần quà cho gia đình chính "
                "sách, hộ nghèo, cận nghèo, hộ khó khăn với tổng kinh phí 1 tỷ 405 triệu đồng; hỗ trợ xây dựng "
                "22 căn nhà Đại đoàn kết; chi trả quà Tết cho 1.100 lượt đối tượng người có công và bảo trợ xã "
                "hội.",
                "",
            ),
            (
                "T",
                "2",
                "Bên cạnh đó, lực lượng Công an, Quân sự xã tổ chức tuần tra thường xuyên; tình hình an ninh "
                "trật tự trong dịp Tết cơ bản ổn định, không xảy ra vụ việc nghiêm trọng.",
                "",
            ),
            ("S", "2", "Nhiệm vụ trọng tâm thời gian tới", "2-"),
            (
                "T",
                "a",
                "Các chi bộ, cơ quan, đơn vị nhanh chóng ổn định tư tưởng, bắt tay ngay vào công việc sau Tết; "
                "không để tình trạng nghỉ Tết kéo dài.",
                "a)",
            ),
            ("T", "b", "Tập trung lãnh đạo công tác bầu cử đại biểu Quốc hội và HĐND các cấp:", "b)"),
            (
                "C",
                "-",
                "Kiện toàn các tổ bầu cử; hoàn thành niêm yết danh sách cử tri đúng thời gian luật định;",
                "-",
            ),
            ("C", "-", "Đẩy mạnh tuyên truyền trên hệ thống loa truyền thanh, mạng xã hội đến từng ấp.", "-"),
            (
                "P",
                "Ban Tuyên giáo và Dân vận Đảng ủy chủ trì, phối hợp Ủy ban MTTQ xã xây dựng đề cương tuyên "
                "truyền, gửi các chi bộ trước ngày 28/02/2026.",
            ),
            (
                "T",
                "c",
                "Chỉ đạo chăm sóc lúa Đông Xuân, chuẩn bị thu hoạch; theo dõi chặt chẽ giá lúa, kịp thời hỗ trợ "
                "nông dân tiêu thụ.",
                "c)",
            ),
            (
                "T",
                "d",
                "Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2026; hoàn thành hồ sơ các công trình khởi "
                "công trong quý I.",
                "d)",
            ),
            ("S", "3", "Phân công thực hiện", "3-"),
            (
                "T",
                "1",
                "Đảng ủy Ủy ban nhân dân xã lãnh đạo cụ thể hóa các nội dung kết luận thành kế hoạch, báo cáo "
                "Ban Thường vụ tại cuộc họp báo tuần 9.",
                "-",
            ),
            (
                "M",
                [
                    ("2", "Văn phòng Đảng ủy theo dõi, đôn đốc,"),
                    ("3", "Ủy ban Kiểm tra Đảng ủy giám sát việc thực hiện."),
                ],
            ),
            (
                "T",
                "4",
                "Các chi bộ trực thuộc quán triệt nội dung Thông báo này trong kỳ sinh hoạt tháng 3/2026.",
                "-",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thường trực Tỉnh ủy (b/c),"),
            ("E", "- Các đồng chí Đảng ủy viên,"),
            ("E", "- Các chi, đảng bộ trực thuộc,"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "BÍ THƯ"),
            ("E", "Nguyễn Thị Tuyết Minh"),
        ],
    },
    {
        "id": "b19b-son-la-hdnd-nghi-quyet-ke-hoach-2026",
        "source": "https://nhansu.vn/van-ban-phap-luat/Nghi-quyet-592-NQ-HDND-2025-ke-hoach-phat-trien-kinh-te-xa-hoi-Son-La-686349.html",
        "style": "a provincial People's Council's resolution on the 2026 socio-economic plan (HĐND tỉnh Sơn La, "
        "Nghị quyết 592/NQ-HĐND): two-line council header, 'NGHỊ QUYẾT' over an upper-case 'VỀ …' "
        "subject, the council and session lines, 'Căn cứ …'/'Xét …' lines, 'QUYẾT NGHỊ:' and a bare 'Điều "
        "1. …' heading, then the parts inside Điều 1 typed '1.' … '3.' with decimal tasks '1.1.' '1.2.' … "
        ": 1.1 a short heading continued by a paragraph, 1.2 a heading over '-' targets (two typed on one "
        "line), 2.x run-in tasks, one ending ':' over 'a)' 'b)' 'c)' items and one continued by an "
        "assignment paragraph, 3 a plain paragraph; 'Điều 2.' with '1.' '2.', 'Điều 3.' and its './.' "
        "sentence, 'Nơi nhận:' and 'CHỦ TỊCH' with name",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN"),
            ("h", "TỈNH SƠN LA"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 592/NQ-HĐND"),
            ("h", "Sơn La, ngày 09 tháng 12 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "VỀ KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2026"),
            ("h", "HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA"),
            ("h", "KHÓA XV, KỲ HỌP THỨ 12"),
            ("h", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
            (
                "h",
                "Xét Tờ trình số 764/TTr-UBND ngày 24 tháng 11 năm 2025 của UBND tỉnh; Báo cáo thẩm tra số "
                "1259/BC-KTNS ngày 05 tháng 12 năm 2025 của Ban Kinh tế - Ngân sách HĐND tỉnh; ý kiến thảo luận "
                "của đại biểu HĐND tỉnh tại kỳ họp.",
            ),
            ("h", "QUYẾT NGHỊ:"),
            ("h", "Điều 1. Quyết định kế hoạch phát triển kinh tế - xã hội năm 2026"),
            ("S", "1", "Mục tiêu và các chỉ tiêu chủ yếu năm 2026", "1."),
            ("T", "1.1", "Mục tiêu", "1.1."),
            (
                "P",
                "Tiếp tục đẩy mạnh cơ cấu lại nền kinh tế, nâng cao năng lực nội tại, khả năng chống chịu và "
                "thích ứng của các thành phần kinh tế; phát triển kinh tế xanh, kinh tế tuần hoàn; thúc đẩy ứng "
                "dụng khoa học - công nghệ, chuyển đổi số toàn diện; đẩy nhanh xây dựng kết cấu hạ tầng; nâng "
                "cao đời sống vật chất, tinh thần của Nhân dân; giữ vững quốc phòng, an ninh.",
            ),
            ("T", "1.2", "Các chỉ tiêu chủ yếu", "1.2."),
            (
                "C",
                "-",
                "Tốc độ tăng trưởng GRDP đạt 8,5% trở lên; GRDP bình quân đầu người đạt 72 triệu đồng.",
                "-",
            ),
            (
                "C",
                "-",
                "Tổng thu ngân sách nhà nước trên địa bàn đạt 6.350 tỷ đồng; giá trị hàng hóa xuất khẩu đạt 360 "
                "triệu USD.",
                "-",
            ),
            (
                "C",
                "-",
                "Tỷ lệ hộ nghèo giảm 2,5% theo chuẩn nghèo đa chiều; tỷ lệ che phủ rừng đạt 48,1%.",
                "-",
            ),
            (
                "C",
                "-",
                "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 97%; tỷ lệ trường học đạt chuẩn quốc gia đạt 63%; có "
                "thêm 08 xã đạt chuẩn nông thôn mới.",
                "-",
            ),
            ("S", "2", "Nhiệm vụ, giải pháp chủ yếu", "2."),
            (
                "T",
                "2.1",
                "Phát triển nông nghiệp hàng hóa công nghệ cao, công nghiệp chế biến nông sản; mở rộng diện "
                "tích cây ăn quả, cà phê chất lượng cao gắn với truy xuất nguồn gốc, mã số vùng trồng phục vụ "
                "xuất khẩu.",
                "2.1.",
            ),
            (
                "T",
                "2.2",
                "Huy động, sử dụng hiệu quả các nguồn lực đầu tư phát triển kết cấu hạ tầng, tập trung:",
                "2.2.",
            ),
            (
                "C",
                "a",
                "Đẩy nhanh tiến độ dự án đường cao tốc Hòa Bình - Mộc Châu và tuyến kết nối Quốc lộ 6 với Quốc "
                "lộ 279D;",
                "a)",
            ),
            (
                "C",
                "b",
                "Hoàn thành cấp điện lưới quốc gia cho các bản chưa có điện tại các xã biên giới;",
                "b)",
            ),
            (
                "C",
                "c",
                "Giải ngân 100% kế hoạch vốn đầu tư công và vốn các chương trình mục tiêu quốc gia được giao.",
                "c)",
            ),
            (
                "T",
                "2.3",
                "Phát triển du lịch gắn với bảo tồn, phát huy bản sắc văn hóa các dân tộc; xây dựng Mộc Châu "
                "trở thành khu du lịch quốc gia; thu hút nhà đầu tư chiến lược vào lĩnh vực dịch vụ.",
                "2.3.",
            ),
            (
                "T",
                "2.4",
                "Nâng cao chất lượng giáo dục, y tế; thực hiện đầy đủ, kịp thời chính sách an sinh xã hội, "
                "chính sách dân tộc; hoàn thành xây dựng các trường phổ thông nội trú liên cấp tại xã biên "
                "giới.",
                "2.4.",
            ),
            (
                "P",
                "Ủy ban nhân dân tỉnh chỉ đạo Sở Giáo dục và Đào tạo, Sở Y tế xây dựng lộ trình cụ thể, bố trí "
                "nguồn lực và báo cáo kết quả tại kỳ họp giữa năm 2026 của Hội đồng nhân dân tỉnh.",
            ),
            (
                "T",
                "2.5",
                "Đẩy mạnh cải cách hành chính, chuyển đổi số; vận hành hiệu quả chính quyền địa phương hai cấp; "
                "củng cố quốc phòng, an ninh, bảo vệ vững chắc chủ quyền biên giới quốc gia.",
                "2.5.",
            ),
            ("S", "3", "Các biểu chi tiết", "3."),
            (
                "T",
                "1",
                "Các chỉ tiêu kế hoạch cụ thể theo ngành, lĩnh vực và theo xã, phường có Biểu số 01 đến Biểu số "
                "05 kèm theo Nghị quyết này.",
                "",
            ),
            ("E", "Điều 2. Tổ chức thực hiện"),
            ("E", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết."),
            (
                "E",
                "2. Thường trực HĐND, các Ban của HĐND, các Tổ đại biểu và đại biểu HĐND tỉnh giám sát việc "
                "thực hiện Nghị quyết.",
            ),
            ("E", "Điều 3. Hiệu lực thi hành"),
            (
                "E",
                "Nghị quyết này đã được HĐND tỉnh Sơn La khóa XV, kỳ họp thứ 12 thông qua ngày 09 tháng 12 năm "
                "2025 và có hiệu lực từ ngày thông qua./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ủy ban Thường vụ Quốc hội; Chính phủ;"),
            ("E", "- Bộ Tài chính;"),
            ("E", "- TT Tỉnh ủy; TT HĐND tỉnh; UBND tỉnh;"),
            ("E", "- Đại biểu HĐND tỉnh;"),
            ("E", "- HĐND, UBND các xã, phường;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Lò Minh Hùng"),
        ],
    },
    {
        "id": "b19b-lai-chau-hdnd-bao-cao-kien-nghi-cu-tri",
        "source": "https://hdnd.laichau.gov.vn/view/kien-nghi-va-tra-loi-kien-nghi-cua-cu-tri/ket-qua-giai-quyet-kien-nghi-cu-tri-truoc-ky-hop-thu-10-hoi-dong-nhan-dan-tinh-khoa-xiv-48086?mid=1851",
        "style": "a provincial People's Council portal post relaying the People's Committee's report on voters' "
        "petitions before a council session (HĐND tỉnh Lai Châu, 2019): no letterhead, the post heading "
        "and a 'Thực hiện Kế hoạch số … như sau:' lead, then district parts typed '1.' … '5.' ('Cử tri "
        "huyện Than Uyên:'), each over '-' petitions ('- Cử tri xã … kiến nghị: …') continued by an "
        "unlabelled 'Ủy ban nhân dân tỉnh trả lời như sau: …' paragraph, one part with two short "
        "petitions typed on one line; the posting board's './.' line and name, no signature",
        "lines": [
            ("h", "Kết quả giải quyết kiến nghị cử tri trước kỳ họp thứ 10, Hội đồng nhân dân tỉnh khóa XIV"),
            (
                "h",
                "Thực hiện Kế hoạch số 154/KH-HĐND, ngày 16/5/2019 của HĐND tỉnh về việc tiếp xúc cử tri trước "
                "kỳ họp thứ mười HĐND tỉnh khóa XIV, nhiệm kỳ 2016 - 2021, từ ngày 25/5/2019 đến ngày 10/6/2019 "
                "các Tổ đại biểu HĐND tỉnh đã tiếp xúc cử tri tại 73 điểm, với 4.384 cử tri tham dự. Ngày 19 "
                "tháng 7 năm 2019, UBND tỉnh đã có Báo cáo số 240/BC-UBND về việc giải quyết kiến nghị cử tri, "
                "Trang Thông tin điện tử HĐND tỉnh đăng tải nội dung trả lời của UBND tỉnh như sau:",
            ),
            ("S", "1", "Cử tri huyện Than Uyên", "1."),
            (
                "T",
                "1",
                "Cử tri xã Tà Mung, Mường Kim kiến nghị: Công trình thủy lợi Nậm Mở đã bàn giao cho Công ty "
                "TNHH MTV Quản lý thủy nông Lai Châu quản lý nhưng mùa khô nước cạn, không đủ tưới; đề nghị "
                "UBND tỉnh chỉ đạo có giải pháp bảo đảm nước tưới hai vụ cho Nhân dân.",
                "-",
            ),
            (
                "P",
                "Ủy ban nhân dân tỉnh trả lời như sau: Để bổ sung nguồn nước, UBND tỉnh đã chỉ đạo Công ty TNHH "
                "MTV Quản lý thủy nông tỉnh đầu tư bổ sung 400 m kênh dẫn từ khe Nậm Pắt; công trình hoàn thành "
                "trong quý III/2019, bảo đảm tưới ổn định cho 35 ha lúa hai vụ.",
            ),
            (
                "T",
                "2",
                "Cử tri xã Phúc Than kiến nghị: Tuyến đường từ trung tâm xã đi bản Mấy bị sạt lở nhiều đoạn sau "
                "mưa lũ năm 2018, đề nghị sớm khắc phục.",
                "-",
            ),
            (
                "P",
                "Ủy ban nhân dân tỉnh trả lời như sau: Tuyến đường đã được bố trí 1,2 tỷ đồng từ nguồn dự phòng "
                "ngân sách tỉnh để khắc phục hậu quả thiên tai; UBND huyện Than Uyên đang tổ chức thi công, dự "
                "kiến hoàn thành trước mùa mưa năm 2020.",
            ),
            ("S", "2", "Cử tri huyện Sìn Hồ", "2."),
            (
                "T",
                "1",
                "Cử tri xã Pa Tần kiến nghị: Đề nghị đầu tư xây dựng cầu treo qua suối Nậm Na tại bản Nậm Ngá "
                "để Nhân dân và học sinh đi lại an toàn trong mùa mưa lũ.",
                "-",
            ),
            (
                "P",
                "Ủy ban nhân dân tỉnh trả lời như sau: Cầu treo bản Nậm Ngá đã được đưa vào danh mục đầu tư "
                "thuộc Dự án xây dựng cầu dân sinh và quản lý tài sản đường địa phương (LRAMP), dự kiến khởi "
                "công trong năm 2020.",
            ),
            (
                "M",
                [
                    ("2", "Cử tri xã Tả Ngảo kiến nghị: Đề nghị sửa chữa điểm trường bản Sử Thàng;"),
                    (
                        "3",
                        "Cử tri xã Làng Mô kiến nghị: Đề nghị bổ sung giáo viên tiếng Anh cho trường tiểu học.",
                    ),
                ],
            ),
            (
                "P",
                "Ủy ban nhân dân tỉnh trả lời như sau: Sở Giáo dục và Đào tạo đã phối hợp UBND huyện Sìn Hồ bố "
                "trí kinh phí sửa chữa điểm trường bản Sử Thàng từ nguồn sự nghiệp giáo dục năm 2019; việc bổ "
                "sung giáo viên tiếng Anh được thực hiện trong đợt tuyển dụng viên chức tháng 8/2019.",
            ),
            ("S", "3", "Cử tri huyện Phong Thổ", "3."),
            (
                "T",
                "1",
                "Cử tri xã Dào San, Tông Qua Lìn kiến nghị: Giá thu mua thảo quả thấp, đề nghị tỉnh hỗ trợ kết "
                "nối tiêu thụ sản phẩm và xây dựng nhãn hiệu thảo quả Phong Thổ.",
                "-",
            ),
            (
                "P",
                "Ủy ban nhân dân tỉnh trả lời như sau: Sở Công Thương đã phối hợp tổ chức 02 hội nghị kết nối "
                "tiêu thụ nông sản; Sở Khoa học và Công nghệ đang hướng dẫn huyện hoàn thiện hồ sơ đăng ký nhãn "
                "hiệu chứng nhận “Thảo quả Phong Thổ”, dự kiến cấp văn bằng trong năm 2020.",
            ),
            ("S", "4", "Cử tri thành phố Lai Châu", "4."),
            (
                "T",
                "1",
                "Cử tri phường Đông Phong kiến nghị: Một số tuyến đường nội thị xuống cấp, hệ thống thoát nước "
                "thường xuyên ùn tắc khi mưa lớn; đề nghị sớm cải tạo.",
                "-",
            ),
            (
                "P",
                "Ủy ban nhân dân tỉnh trả lời như sau: UBND thành phố đã lập kế hoạch duy tu, nạo vét hệ thống "
                "thoát nước trước mùa mưa hằng năm; việc cải tạo các tuyến đường được bố trí trong kế hoạch đầu "
                "tư công trung hạn giai đoạn 2021 - 2025.",
            ),
            ("S", "5", "Cử tri huyện Tam Đường", "5."),
            (
                "T",
                "1",
                "Cử tri xã Bản Bo kiến nghị: Đề nghị tỉnh xem xét nâng mức hỗ trợ trồng chè tập trung theo Nghị "
                "quyết của HĐND tỉnh cho các hộ trồng mới năm 2019.",
                "-",
            ),
            (
                "P",
                "Ủy ban nhân dân tỉnh trả lời như sau: Mức hỗ trợ hiện hành được HĐND tỉnh quyết nghị đến hết "
                "năm 2020; UBND tỉnh sẽ chỉ đạo Sở Nông nghiệp và PTNT tổng hợp ý kiến cử tri khi xây dựng "
                "chính sách giai đoạn 2021 - 2025.",
            ),
            (
                "T",
                "2",
                "Cử tri xã Khun Há kiến nghị: Sóng điện thoại di động tại các bản Can Hồ, Phiêng Chá yếu, đề "
                "nghị các doanh nghiệp viễn thông lắp đặt thêm trạm phát sóng.",
                "-",
            ),
            (
                "P",
                "Ủy ban nhân dân tỉnh trả lời như sau: Sở Thông tin và Truyền thông đã đề nghị Viettel Lai Châu "
                "khảo sát, bổ sung 01 trạm phát sóng tại bản Can Hồ trong quý IV/2019.",
            ),
            (
                "E",
                "Trên đây là kết quả giải quyết kiến nghị cử tri trước kỳ họp thứ 10, HĐND tỉnh khóa XIV của "
                "UBND tỉnh Lai Châu./.",
            ),
            ("E", "BBT Trang Thông tin điện tử HĐND tỉnh"),
        ],
    },
    {
        "id": "b19b-nghia-ta-dang-uy-xa-bcd57-ke-hoach-2026",
        "source": "https://nghiata.thainguyen.gov.vn/nghi-quyet-57/ban-chi-dao-dang-uy-xa-nghia-ta-tinh-thai-nguyen-trien-khai-ke-hoach-thuc-hien-nghi-quyet-so-57-nq--243679",
        "style": "a commune Party committee steering board's 2026 plan for Resolution 57-NQ/TW (Ban Chỉ đạo 57 "
        "Đảng ủy xã Nghĩa Tá, Thái Nguyên after the merger): Party header with '*' and 'Số 03-KH/BCĐ', "
        "'KẾ HOẠCH' over a lower-case subject and a dashed rule, a 'Căn cứ …' line and a 'Thực hiện … như "
        "sau:' lead, then dash-labelled Roman parts 'I-' … 'III-': I two '1-' aims, II '1-' … '4-' tasks, "
        "one ending ':' over '-' items, one continued by a paragraph, III '-' assignments with two short "
        "ones typed on one line; 'Trên đây là …/.', 'Nơi nhận:' with comma-ended dashes and 'T/M BAN CHỈ "
        "ĐẠO / PHÓ TRƯỞNG BAN' with name",
        "lines": [
            ("h", "ĐẢNG BỘ XÃ NGHĨA TÁ"),
            ("h", "BAN CHỈ ĐẠO THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW"),
            ("h", "*"),
            ("h", "Số 03-KH/BCĐ"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Nghĩa Tá, ngày 27 tháng 01 năm 2026"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, "
                "đổi mới sáng tạo và chuyển đổi số năm 2026",
            ),
            ("h", "-----"),
            (
                "h",
                "Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
                "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;",
            ),
            (
                "h",
                "Thực hiện Kế hoạch của Ban Chỉ đạo Tỉnh ủy Thái Nguyên, Ban Chỉ đạo thực hiện Nghị quyết số "
                "57-NQ/TW của Đảng ủy xã xây dựng Kế hoạch thực hiện năm 2026 như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I-"),
            (
                "T",
                "1",
                "Cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết số 57-NQ/TW phù hợp với điều kiện của xã; "
                "tạo chuyển biến rõ nét về chuyển đổi số trong lãnh đạo, quản lý, điều hành và phục vụ Nhân "
                "dân.",
                "1-",
            ),
            (
                "T",
                "2",
                "Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng tổ chức, cá nhân; gắn trách "
                "nhiệm người đứng đầu với kết quả thực hiện.",
                "2-",
            ),
            ("S", "II", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "II-"),
            (
                "T",
                "1",
                "Tăng cường công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về khoa "
                "học, công nghệ, đổi mới sáng tạo và chuyển đổi số; duy trì hoạt động của Tổ công nghệ số cộng "
                "đồng tại 100% xóm.",
                "1-",
            ),
            ("T", "2", "Đẩy mạnh cải cách hành chính gắn với chuyển đổi số, trong đó:", "2-"),
            (
                "C",
                "-",
                "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình đạt 80% trở "
                "lên, ưu tiên lĩnh vực đất đai, hộ tịch;",
                "-",
            ),
            (
                "C",
                "-",
                "100% văn bản đi, đến của Đảng ủy, HĐND, UBND xã được xử lý trên môi trường mạng, trừ văn bản "
                "mật.",
                "-",
            ),
            (
                "T",
                "3",
                "Ứng dụng công nghệ trong sản xuất nông nghiệp, lâm nghiệp; hỗ trợ hợp tác xã, hộ sản xuất chè "
                "đưa sản phẩm OCOP lên sàn thương mại điện tử.",
                "3-",
            ),
            (
                "P",
                "Giao UBND xã phối hợp Hội Nông dân xã tổ chức ít nhất 02 lớp tập huấn kỹ năng bán hàng trực "
                "tuyến trong quý II/2026.",
            ),
            (
                "T",
                "4",
                "Hoàn thiện cơ sở dữ liệu đất đai, dân cư, an sinh xã hội của xã; bảo đảm an toàn, an ninh "
                "thông tin trên không gian mạng.",
                "4-",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III-"),
            (
                "T",
                "1",
                "Các thành viên Ban Chỉ đạo theo lĩnh vực được phân công theo dõi, đôn đốc, kiểm tra việc thực "
                "hiện Kế hoạch.",
                "-",
            ),
            (
                "T",
                "2",
                "UBND xã xây dựng kế hoạch chi tiết, bố trí kinh phí thực hiện; định kỳ hằng quý báo cáo Ban "
                "Chỉ đạo.",
                "-",
            ),
            (
                "M",
                [
                    ("3", "Văn phòng Đảng ủy tham mưu tổng hợp;"),
                    ("4", "Các chi bộ quán triệt đến đảng viên."),
                ],
            ),
            (
                "E",
                "Trên đây là Kế hoạch thực hiện Nghị quyết số 57-NQ/TW năm 2026 của Ban Chỉ đạo Đảng ủy xã "
                "Nghĩa Tá./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Chỉ đạo 57 Tỉnh ủy (b/c),"),
            ("E", "- Thường trực Đảng ủy xã,"),
            ("E", "- Thành viên Ban Chỉ đạo,"),
            ("E", "- Các chi bộ trực thuộc,"),
            ("E", "- Lưu VPĐU."),
            ("E", "T/M BAN CHỈ ĐẠO"),
            ("E", "PHÓ TRƯỞNG BAN"),
            ("E", "Nông Đình Thắng"),
        ],
    },
    {
        "id": "b19c-vksndtc-chi-thi-cong-tac-nam",
        "source": "http://tks.edu.vn/thong-tin-nghiep-vu/chi-tiet/82/53",
        "style": "the Supreme People's Procuracy head's directive on the procuracy's yearly work (Chỉ thị "
        "01/CT-VKSTC 2011): two-line 'VIỆN KIỂM SÁT NHÂN DÂN / TỐI CAO' header with a spaced 'Số: 01 /CT "
        "- VKSTC', 'CHỈ THỊ' over a capital 'VỀ …' subject, two context paragraphs the second ending 'sau "
        "đây:', then capital Roman parts 'I.' … 'V.' whose sentence-case titles end in ':', over '1.' "
        "tasks (one continued by a paragraph, one ending ':' over '-' sub-items), a part IV of two "
        "unlabelled paragraphs, a part V of '1.' assignments; a './.' demand, 'Nơi nhận:' and 'VIỆN "
        "TRƯỞNG'",
        "lines": [
            ("h", "VIỆN KIỂM SÁT NHÂN DÂN"),
            ("h", "TỐI CAO"),
            ("h", "Số: 01 /CT - VKSTC"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc Lập - Tự do - Hạnh phúc"),
            ("h", "Hà Nội, ngày 01 tháng 01 năm 2011"),
            ("title", "CHỈ THỊ"),
            ("h", "VỀ CÔNG TÁC CỦA NGÀNH KIỂM SÁT NHÂN DÂN NĂM 2011"),
            (
                "h",
                "Năm 2011 là năm đầu thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XI của Đảng, tiến "
                "hành bầu cử đại biểu Quốc hội khóa XIII và đại biểu Hội đồng nhân dân các cấp; là năm ngành "
                "Kiểm sát nhân dân tiếp tục thực hiện các nhiệm vụ trọng tâm về cải cách tư pháp. Tình hình vi "
                "phạm, tội phạm dự báo còn diễn biến phức tạp; tranh chấp dân sự, kinh doanh, thương mại, hành "
                "chính có xu hướng tăng về số lượng và phức tạp về tính chất.",
            ),
            (
                "h",
                "Để góp phần thực hiện thắng lợi nhiệm vụ chính trị của Đảng và Nhà nước năm 2011, Viện trưởng "
                "Viện kiểm sát nhân dân tối cao yêu cầu Viện kiểm sát các cấp tập trung thực hiện tốt các nhiệm "
                "vụ trọng tâm sau đây:",
            ),
            (
                "S",
                "I",
                "Nâng cao chất lượng thực hành quyền công tố và kiểm sát điều tra, bảo đảm không để lọt tội "
                "phạm, không làm oan người vô tội",
                "I.",
            ),
            (
                "T",
                "1",
                "Kiểm sát chặt chẽ việc tiếp nhận, giải quyết tố giác, tin báo về tội phạm và kiến nghị khởi "
                "tố; bảo đảm 100% tố giác, tin báo được kiểm sát ngay từ khi cơ quan điều tra thụ lý.",
                "1.",
            ),
            (
                "P",
                "Viện kiểm sát các cấp phải nắm chắc tình hình tội phạm ở địa phương, lĩnh vực được phân công; "
                "chủ động yêu cầu khởi tố khi phát hiện dấu hiệu tội phạm, kiên quyết hủy bỏ các quyết định "
                "khởi tố không có căn cứ.",
            ),
            (
                "T",
                "2",
                "Tăng cường trách nhiệm công tố trong hoạt động điều tra, nhất là đối với các vụ án tham nhũng, "
                "kinh tế, ma túy và các vụ án được dư luận xã hội quan tâm:",
                "2.",
            ),
            (
                "C",
                "-",
                "Kiểm sát viên phải trực tiếp tham gia hỏi cung bị can trong các vụ án đặc biệt nghiêm trọng, "
                "vụ án có bị can kêu oan;",
                "-",
            ),
            (
                "C",
                "-",
                "Đề ra yêu cầu điều tra bằng văn bản ngay từ khi khởi tố; phối hợp chặt chẽ với Cơ quan điều "
                "tra giải quyết dứt điểm các vụ án tồn đọng, quá hạn.",
                "-",
            ),
            (
                "T",
                "3",
                "Nâng cao chất lượng cáo trạng và tranh tụng tại phiên tòa; hạn chế đến mức thấp nhất các vụ án "
                "phải trả hồ sơ để điều tra bổ sung do lỗi của Viện kiểm sát.",
                "3.",
            ),
            (
                "S",
                "II",
                "Tăng cường kiểm sát việc giải quyết các vụ, việc dân sự, hành chính, kinh doanh, thương mại, "
                "lao động",
                "II.",
            ),
            (
                "T",
                "1",
                "Kiểm sát 100% bản án, quyết định sơ thẩm của Tòa án; phát hiện kịp thời vi phạm để kháng nghị "
                "phúc thẩm, giám đốc thẩm, tái thẩm hoặc kiến nghị khắc phục.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tham gia đầy đủ các phiên tòa, phiên họp theo quy định của Bộ luật Tố tụng dân sự; chú trọng "
                "các vụ án tranh chấp đất đai, khiếu kiện hành chính đông người.",
                "2.",
            ),
            (
                "S",
                "III",
                "Kiểm sát việc tạm giữ, tạm giam, thi hành án và giải quyết khiếu nại, tố cáo trong hoạt động "
                "tư pháp",
                "III.",
            ),
            (
                "T",
                "1",
                "Định kỳ trực tiếp kiểm sát nhà tạm giữ, trại tạm giam, trại giam; kiên quyết trả tự do ngay "
                "cho người bị tạm giữ, tạm giam không có căn cứ hoặc quá hạn.",
                "1.",
            ),
            (
                "T",
                "2",
                "Kiểm sát chặt chẽ hoạt động thi hành án dân sự, tập trung các vụ việc có giá trị lớn, thi hành "
                "án thu hồi tài sản trong các vụ án tham nhũng; giải quyết đúng hạn khiếu nại, tố cáo thuộc "
                "thẩm quyền.",
                "2.",
            ),
            ("S", "IV", "Xây dựng ngành Kiểm sát nhân dân trong sạch, vững mạnh", "IV."),
            (
                "T",
                "1",
                "Tiếp tục kiện toàn tổ chức bộ máy, tăng cường đội ngũ Kiểm sát viên cho Viện kiểm sát cấp "
                "huyện; thực hiện nghiêm việc luân chuyển, chuyển đổi vị trí công tác đối với cán bộ lãnh đạo, "
                "Kiểm sát viên theo quy định.",
                "",
            ),
            (
                "T",
                "2",
                "Thủ trưởng đơn vị phải chịu trách nhiệm trước Viện trưởng Viện kiểm sát cấp trên nếu để xảy ra "
                "vi phạm nghiêm trọng trong đơn vị mình; kiên quyết xử lý kỷ luật cán bộ vi phạm, không có vùng "
                "cấm.",
                "",
            ),
            ("S", "V", "Tổ chức thực hiện", "V."),
            (
                "T",
                "1",
                "Viện trưởng Viện kiểm sát nhân dân cấp tỉnh, Thủ trưởng các đơn vị thuộc Viện kiểm sát nhân "
                "dân tối cao căn cứ Chỉ thị này xây dựng kế hoạch công tác năm 2011, gửi về Văn phòng trước "
                "ngày 31/01/2011.",
                "1.",
            ),
            (
                "T",
                "2",
                "Văn phòng Viện kiểm sát nhân dân tối cao theo dõi, đôn đốc, tổng hợp tình hình thực hiện Chỉ "
                "thị, báo cáo Viện trưởng tại các hội nghị sơ kết 6 tháng và tổng kết năm.",
                "2.",
            ),
            (
                "E",
                "Viện trưởng Viện kiểm sát nhân dân tối cao yêu cầu Thủ trưởng các đơn vị, Viện trưởng Viện "
                "kiểm sát các cấp nghiêm túc quán triệt và tổ chức thực hiện Chỉ thị này./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Chỉ đạo cải cách tư pháp TW (để b/c);"),
            ("E", "- Ủy ban Thường vụ Quốc hội (để b/c);"),
            ("E", "- Lãnh đạo VKSNDTC;"),
            ("E", "- Các đơn vị thuộc VKSNDTC;"),
            ("E", "- VKSND các tỉnh, thành phố; VKSQS Trung ương;"),
            ("E", "- Lưu: VT, VP."),
            ("E", "VIỆN TRƯỞNG"),
            ("E", "Trần Quốc Vượng"),
        ],
    },
    {
        "id": "b19c-bo-tu-phap-ke-hoach-thi-dua-chuyen-de",
        "source": "https://pbgdpl.soctrang.gov.vn/pbgdpl/1328/38698/65333/404650/Hoi-dong-phoi-hop-PHGDPL-Trung-uong/Bo-Tu-phap-ban-hanh-Ke-hoach-phat-dong-phong-trao-thi-dua-theo-chuyen-de-doi-voi-So-Tu-phap-cac-tinh--thanh-pho-truc-thuoc-Trung-uong-nam-2025.aspx",
        "style": "the Ministry of Justice's plan launching a themed emulation drive for provincial justice "
        "departments in 2025: one-line 'BỘ TƯ PHÁP' header over 'Số: …/KH-BTP', 'KẾ HOẠCH' over a "
        "sentence-case subject, a 'Căn cứ …' line and a lead-in, then capital Roman parts 'I.' … 'V.': I "
        "of parenthesised '(1)' '(2)' '(3)' aims, II a single unlabelled theme paragraph, III of '1.' "
        "field headings over '-' items (one '-' item continued by a paragraph), IV of '-' run-in tasks "
        "with two typed on one line, V of '1.' assignments with a 'Vụ Thi đua - Khen thưởng:' heading "
        "over '-' items; a './.' sentence, 'Nơi nhận:' and 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG'",
        "lines": [
            ("h", "BỘ TƯ PHÁP"),
            ("h", "Số: 628/KH-BTP"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Hà Nội, ngày 24 tháng 02 năm 2025"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "Phát động phong trào thi đua theo chuyên đề đối với Sở Tư pháp các tỉnh, thành phố trực thuộc "
                "Trung ương năm 2025",
            ),
            ("h", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
            (
                "h",
                "Để triển khai Chương trình hành động của ngành Tư pháp thực hiện Nghị quyết số 01/NQ-CP, Nghị "
                "quyết số 02/NQ-CP ngày 08/01/2025 của Chính phủ, Bộ Tư pháp ban hành Kế hoạch phát động phong "
                "trào thi đua theo chuyên đề đối với Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương năm "
                "2025 như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Phát huy sức mạnh đoàn kết, tinh thần đổi mới, dám nghĩ, dám làm, biến khó khăn, thách thức "
                "thành cơ hội bứt phá, góp phần thực hiện thắng lợi nhiệm vụ chính trị năm 2025 của Bộ, ngành "
                "Tư pháp.",
                "(1)",
            ),
            (
                "T",
                "2",
                "Tăng cường kỷ luật, kỷ cương hành chính; kiện toàn tổ chức bộ máy Sở Tư pháp bảo đảm tinh, "
                "gọn, mạnh, hiệu năng, hiệu lực, hiệu quả sau sắp xếp.",
                "(2)",
            ),
            (
                "T",
                "3",
                "Phát hiện, bồi dưỡng, biểu dương, khen thưởng kịp thời các tập thể, cá nhân tiêu biểu, tạo sự "
                "lan tỏa trong các Cụm thi đua và toàn ngành Tư pháp.",
                "(3)",
            ),
            ("S", "II", "CHỦ ĐỀ THI ĐUA", "II."),
            (
                "T",
                "1",
                "Phong trào thi đua theo chuyên đề được phát động với chủ đề “Đoàn kết, trách nhiệm, chủ động, "
                "tinh gọn, hiệu quả, thi đua về đích sớm các nhiệm vụ được giao”, thực hiện từ tháng 3 đến hết "
                "tháng 11 năm 2025.",
                "",
            ),
            ("S", "III", "NỘI DUNG THI ĐUA", "III."),
            ("T", "1", "Công tác xây dựng, thẩm định văn bản quy phạm pháp luật", "1."),
            (
                "C",
                "-",
                "Triển khai có hiệu quả Luật Ban hành văn bản quy phạm pháp luật năm 2025 và các văn bản quy "
                "định chi tiết; tham mưu kịp thời văn bản quy định chi tiết thuộc thẩm quyền của Hội đồng nhân "
                "dân, Ủy ban nhân dân cấp tỉnh.",
                "-",
            ),
            (
                "C",
                "-",
                "Chú trọng chất lượng thẩm định; bảo đảm 100% dự thảo văn bản quy phạm pháp luật cấp tỉnh được "
                "thẩm định đúng thời hạn.",
                "-",
            ),
            (
                "P",
                "Sở Tư pháp tổ chức rà soát, kiến nghị xử lý văn bản có nội dung không còn phù hợp sau khi sắp "
                "xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.",
            ),
            ("T", "2", "Công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở", "2."),
            (
                "C",
                "-",
                "Đổi mới hình thức phổ biến pháp luật, ứng dụng chuyển đổi số, trí tuệ nhân tạo trong phổ biến, "
                "giáo dục pháp luật;",
                "-",
            ),
            ("C", "-", "Kiện toàn tổ hòa giải ở cơ sở; phấn đấu tỷ lệ hòa giải thành đạt trên 80%.", "-"),
            ("T", "3", "Công tác hành chính tư pháp, bổ trợ tư pháp", "3."),
            (
                "C",
                "-",
                "Hoàn thành số hóa sổ hộ tịch còn lại; bảo đảm cấp Phiếu lý lịch tư pháp trên ứng dụng VNeID "
                "đúng thời hạn;",
                "-",
            ),
            (
                "C",
                "-",
                "Tăng cường thanh tra, kiểm tra hoạt động công chứng, luật sư, đấu giá tài sản; xử lý nghiêm "
                "các vi phạm.",
                "-",
            ),
            ("S", "IV", "THỜI GIAN, HÌNH THỨC KHEN THƯỞNG", "IV."),
            (
                "T",
                "1",
                "Thời gian sơ kết: Sở Tư pháp gửi báo cáo kết quả thực hiện phong trào về Bộ (qua Vụ Thi đua - "
                "Khen thưởng) trước ngày 05/12/2025.",
                "-",
            ),
            (
                "M",
                [
                    ("2", "Hình thức: Bằng khen của Bộ trưởng Bộ Tư pháp;"),
                    ("3", "Số lượng: không quá 10 tập thể và 15 cá nhân."),
                ],
            ),
            ("S", "V", "TỔ CHỨC THỰC HIỆN", "V."),
            ("T", "1", "Vụ Thi đua - Khen thưởng:", "1."),
            ("C", "-", "Hướng dẫn, theo dõi, đôn đốc các Sở Tư pháp triển khai Kế hoạch;", "-"),
            (
                "C",
                "-",
                "Tổng hợp, trình Hội đồng Thi đua - Khen thưởng Bộ xét khen thưởng theo quy định.",
                "-",
            ),
            (
                "T",
                "2",
                "Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương xây dựng kế hoạch hưởng ứng, tổ chức phát "
                "động phong trào thi đua tại cơ quan, đơn vị trong tháng 3 năm 2025.",
                "2.",
            ),
            (
                "T",
                "3",
                "Báo Pháp luật Việt Nam, Cổng Thông tin điện tử Bộ Tư pháp kịp thời đưa tin, tuyên truyền về "
                "phong trào thi đua và các điển hình tiên tiến.",
                "3.",
            ),
            (
                "E",
                "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các Sở Tư pháp phản ánh về Bộ "
                "Tư pháp (qua Vụ Thi đua - Khen thưởng) để được hướng dẫn./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Bộ trưởng (để b/c);"),
            ("E", "- Các Thứ trưởng;"),
            ("E", "- Sở Tư pháp các tỉnh, thành phố trực thuộc TW;"),
            ("E", "- Cổng TTĐT Bộ Tư pháp;"),
            ("E", "- Lưu: VT, Vụ TĐKT."),
            ("E", "KT. BỘ TRƯỞNG"),
            ("E", "THỨ TRƯỞNG"),
            ("E", "Nguyễn Thanh Tịnh"),
        ],
    },
    {
        "id": "b19c-ha-tinh-ubnd-ke-hoach-tin-dung-chinh-sach",
        "source": "https://nhansu.vn/van-ban-phap-luat/Ke-hoach-522-KH-UBND-2025-trien-khai-Chi-thi-39-CT-TW-va-Quyet-dinh-1560-QD-TTg-Ha-Tinh-688020.html",
        "style": "a province People's Committee's plan on social-policy credit drafted by the provincial branch of "
        "the Bank for Social Policies (Kế hoạch 522/KH-UBND Hà Tĩnh, on Chỉ thị 39-CT/TW): two-line state "
        "header over 'Số: 522/KH-UBND', 'KẾ HOẠCH' over a sentence-case subject, a 'Thực hiện …;' line "
        "and a 'Theo đề nghị … như sau:' lead-in, then arabic parts '1.' … '4.' in sentence case over "
        "Vietnamese-lettered 'a)' 'b)' tasks (one continued by a paragraph, several naming a body and "
        "ending ':' over '-' items); a './.' sentence, 'Nơi nhận:' and 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ "
        "TỊCH / PHÓ CHỦ TỊCH'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH HÀ TĨNH"),
            ("h", "Số: 522/KH-UBND"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Hà Tĩnh, ngày 25 tháng 9 năm 2025"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "Triển khai thực hiện Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư và Quyết định số "
                "1560/QĐ-TTg ngày 18/7/2025 của Thủ tướng Chính phủ về nâng cao hiệu quả tín dụng chính sách xã "
                "hội trong giai đoạn mới",
            ),
            (
                "h",
                "Thực hiện Chỉ thị số 39-CT/TW ngày 30/10/2024 của Ban Bí thư Trung ương Đảng; Quyết định số "
                "1560/QĐ-TTg ngày 18/7/2025 của Thủ tướng Chính phủ; Kế hoạch số 327-KH/TU ngày 20/01/2025 của "
                "Ban Thường vụ Tỉnh ủy;",
            ),
            (
                "h",
                "Theo đề nghị của Chi nhánh Ngân hàng Chính sách xã hội tỉnh tại Tờ trình số 570/TTr-NHCS ngày "
                "08/8/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:",
            ),
            ("S", "1", "Mục đích", "1."),
            (
                "T",
                "a",
                "Cụ thể hóa các nhiệm vụ, giải pháp nhằm tổ chức thực hiện quyết liệt, hiệu quả Chỉ thị số "
                "39-CT/TW, Quyết định số 1560/QĐ-TTg và Kế hoạch số 327-KH/TU trên địa bàn tỉnh.",
                "a)",
            ),
            (
                "T",
                "b",
                "Nâng cao nhận thức, trách nhiệm của các cấp, các ngành về vai trò, vị trí của tín dụng chính "
                "sách xã hội trong giảm nghèo bền vững, xây dựng nông thôn mới và bảo đảm an sinh xã hội.",
                "b)",
            ),
            ("S", "2", "Yêu cầu", "2."),
            (
                "T",
                "a",
                "Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của cơ quan, đơn vị chủ trì, phối "
                "hợp; bảo đảm phù hợp với mô hình chính quyền địa phương hai cấp.",
                "a)",
            ),
            (
                "T",
                "b",
                "Hằng năm bố trí nguồn vốn ngân sách địa phương ủy thác qua Ngân hàng Chính sách xã hội tăng "
                "tối thiểu 10% so với năm trước.",
                "b)",
            ),
            ("S", "3", "Nhiệm vụ, giải pháp chủ yếu", "3."),
            (
                "T",
                "a",
                "Tăng cường sự lãnh đạo của cấp ủy, chính quyền đối với tín dụng chính sách xã hội; đưa chỉ "
                "tiêu tăng trưởng nguồn vốn, dư nợ vào nghị quyết, kế hoạch phát triển kinh tế - xã hội hằng "
                "năm của các xã, phường.",
                "a)",
            ),
            (
                "T",
                "b",
                "Huy động tối đa các nguồn lực cho tín dụng chính sách xã hội; ưu tiên cân đối ngân sách tỉnh, "
                "ngân sách cấp xã để ủy thác cho vay hộ nghèo, hộ cận nghèo, người lao động đi làm việc ở nước "
                "ngoài.",
                "b)",
            ),
            (
                "P",
                "Phấn đấu đến năm 2030, nguồn vốn ủy thác từ ngân sách địa phương chiếm tối thiểu 20% tổng "
                "nguồn vốn của Chi nhánh; tổng dư nợ tăng bình quân 8 - 10%/năm.",
            ),
            (
                "T",
                "c",
                "Nâng cao chất lượng tín dụng; củng cố, kiện toàn mạng lưới Điểm giao dịch xã và Tổ tiết kiệm "
                "và vay vốn sau sắp xếp đơn vị hành chính; tỷ lệ nợ quá hạn duy trì dưới 0,1% tổng dư nợ.",
                "c)",
            ),
            (
                "T",
                "d",
                "Đẩy mạnh chuyển đổi số trong hoạt động tín dụng chính sách; mở rộng dịch vụ Mobile Banking cho "
                "khách hàng vay vốn.",
                "d)",
            ),
            ("S", "4", "Tổ chức thực hiện", "4."),
            ("T", "a", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh:", "a)"),
            (
                "C",
                "-",
                "Chủ trì, phối hợp các sở, ngành, địa phương triển khai Kế hoạch; tham mưu Ban đại diện Hội "
                "đồng quản trị tỉnh phân bổ, điều chỉnh chỉ tiêu kế hoạch tín dụng phù hợp nhu cầu vay vốn;",
                "-",
            ),
            (
                "C",
                "-",
                "Định kỳ trước ngày 15/12 hằng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh.",
                "-",
            ),
            ("T", "b", "Sở Tài chính:", "b)"),
            (
                "C",
                "-",
                "Tham mưu bố trí nguồn vốn ngân sách tỉnh ủy thác qua Ngân hàng Chính sách xã hội trong dự toán "
                "hằng năm;",
                "-",
            ),
            ("C", "-", "Hướng dẫn Ủy ban nhân dân cấp xã bố trí nguồn vốn ủy thác từ ngân sách cấp xã.", "-"),
            (
                "T",
                "c",
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội nhận ủy thác "
                "chỉ đạo hệ thống cơ sở nâng cao chất lượng hoạt động của Tổ tiết kiệm và vay vốn.",
                "c)",
            ),
            (
                "T",
                "d",
                "Ủy ban nhân dân các xã, phường xây dựng kế hoạch thực hiện tại địa phương, hoàn thành trong "
                "tháng 10 năm 2025.",
                "d)",
            ),
            (
                "E",
                "Yêu cầu các sở, ban, ngành, đơn vị và Ủy ban nhân dân các xã, phường nghiêm túc triển khai "
                "thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, phản ánh về Chi nhánh Ngân "
                "hàng Chính sách xã hội tỉnh để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ngân hàng Chính sách xã hội Việt Nam;"),
            ("E", "- TT Tỉnh ủy, TT HĐND tỉnh;"),
            ("E", "- Chủ tịch, các PCT UBND tỉnh;"),
            ("E", "- Các sở, ban, ngành cấp tỉnh;"),
            ("E", "- UBND các xã, phường;"),
            ("E", "- Lưu: VT, KT."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Trần Báu Hà"),
        ],
    },
]

BLIND19_FORMS: dict[str, list[str]] = {
    "b19a-ca-mau-ubnd-tinh-ke-hoach-kinh-te-tap-the": ["numbered.docx", "running.pdf", "txt"],
    "b19a-can-dang-ubnd-xa-bao-cao-thang": ["typed.docx", "photo.jpg", "tcvn3.txt"],
    "b19a-vinh-trach-dang-uy-thong-bao-ket-luan": ["typed.docx", "scan.pdf", "vni.txt"],
    "b19b-son-la-hdnd-nghi-quyet-ke-hoach-2026": ["typed.docx", "scan.pdf", "vni.txt"],
    "b19b-lai-chau-hdnd-bao-cao-kien-nghi-cu-tri": ["numbered.docx", "running.pdf", "txt"],
    "b19b-nghia-ta-dang-uy-xa-bcd57-ke-hoach-2026": ["typed.docx", "photo.jpg", "tcvn3.txt"],
    "b19c-vksndtc-chi-thi-cong-tac-nam": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b19c-bo-tu-phap-ke-hoach-thi-dua-chuyen-de": ["typed.docx", "photo.jpg", "vni.txt"],
    "b19c-ha-tinh-ubnd-ke-hoach-tin-dung-chinh-sach": ["numbered.docx", "scan.pdf", "tcvn3.docx"],
}
