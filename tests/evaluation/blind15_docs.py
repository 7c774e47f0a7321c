"""The fifteenth blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (07/12/2026, sixteenth session), by three helpers working blind (they never ran the
reader nor read its code), each after the layout and opening of a real public document found that day with the search
tool — none of them a source of the corpus, of its generators, of its target passages or of the first fourteen blind
parts. Past what the page showed, the helpers went on in its style (content, numbers and signatories made up). Frozen
after the fixes from the fourteenth part's first run, before any fix of the sixteenth session, so its first run measures
the fifteenth session's rules held out.

Same roles as ``blind10_docs``.
"""

from __future__ import annotations

BLIND15_DOCS: list[dict] = [
    {
        "id": "b15a-hoa-an-thong-bao-ket-luan",
        "source": "https://hoaan.caobang.gov.vn/tin-tuc-su-kien/ubnd-xa-hoa-an-to-chuc-hop-thuong-ky-thang-01-nam-2026-1042540",
        "style": "a new commune People's Committee's notice of the chairman's conclusions at its January 2026 "
        "monthly meeting (Cao Bằng): state header with 'Số: …/TB-UBND', title 'THÔNG BÁO' over a "
        "sentence-case subject, two lead-in paragraphs ending 'kết luận như sau:', then capital Roman "
        "parts 'I.' … 'III.': I one unlabelled appraisal paragraph continued by a second, II '1.' … '5.' "
        "field tasks ('Về kinh tế:' …) with '-' sub-items under three, 'a)' 'b)' 'c)' under one and one "
        "run-in task continued by a paragraph, III '-' tasks with two typed on one line; closing "
        "sentence, 'Nơi nhận:' and a 'TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG' signature",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "XÃ HÒA AN"),
            ("h", "Số: 27/TB-UBND"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Hòa An, ngày 05 tháng 02 năm 2026"),
            ("title", "THÔNG BÁO"),
            ("h", "Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp thường kỳ tháng 01 năm 2026"),
            (
                "h",
                "Chiều ngày 03/02/2026, Ủy ban nhân dân xã Hòa An tổ chức cuộc họp thường kỳ đánh giá kết quả "
                "thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh tháng 01; triển khai "
                "phương hướng, nhiệm vụ tháng 02 năm 2026. Dự và chỉ đạo cuộc họp có đồng chí Phó Bí thư Thường "
                "trực Đảng ủy xã; chủ trì cuộc họp có đồng chí Chủ tịch UBND xã và các đồng chí Phó Chủ tịch "
                "UBND xã; tham dự có các thành viên UBND xã, lãnh đạo các phòng chuyên môn, đơn vị sự nghiệp "
                "thuộc UBND xã.",
            ),
            (
                "h",
                "Sau khi nghe Báo cáo tình hình phát triển kinh tế - xã hội, quốc phòng - an ninh tháng 01 và "
                "phương hướng nhiệm vụ tháng 02 năm 2026, dự thảo Chương trình công tác quý I và tháng 02 năm "
                "2026 của UBND xã và ý kiến phát biểu của các đại biểu dự họp, đồng chí Chủ tịch UBND xã kết "
                "luận như sau:",
            ),
            ("S", "I", "ĐÁNH GIÁ CHUNG", "I."),
            (
                "T",
                "1",
                "Trong tháng 01 năm 2026, các phòng chuyên môn, đơn vị thuộc UBND xã đã bám sát chỉ đạo của "
                "Đảng ủy, tập trung triển khai các nhiệm vụ ngay từ đầu năm và đạt một số kết quả quan trọng: "
                "diện tích thuốc lá đã trồng 250/326 ha, khoai tây 16/31 ha, rau các loại 28 ha; thu ngân sách "
                "trên địa bàn đạt 3.516,242 triệu đồng; bàn giao 75 con bò cái sinh sản cho 47 hộ tham gia dự "
                "án hỗ trợ phát triển sản xuất cộng đồng; các chế độ, chính sách đối với người có công và đối "
                "tượng bảo trợ xã hội được chi trả đầy đủ, kịp thời.",
                "",
            ),
            (
                "P",
                "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế: tiến độ giải ngân vốn đầu tư công chậm; còn "
                "06 hồ sơ thủ tục hành chính giải quyết quá hạn; việc quản lý đất đai, trật tự xây dựng ở một "
                "số xóm chưa chặt chẽ; công tác tham mưu của một số phòng chuyên môn chưa kịp thời.",
            ),
            ("S", "II", "NHIỆM VỤ TRỌNG TÂM THÁNG 02 NĂM 2026", "II."),
            ("T", "1", "Về kinh tế:", "1."),
            (
                "C",
                "-",
                "Phòng Kinh tế chủ trì, phối hợp với Trung tâm Dịch vụ tổng hợp xã chỉ đạo các xóm hoàn thành "
                "trồng 326 ha thuốc lá và 31 ha khoai tây trước ngày 28/02/2026; hướng dẫn Nhân dân phòng, "
                "chống đói, rét cho gia súc.",
                "-",
            ),
            (
                "C",
                "-",
                "Đôn đốc các chủ đầu tư đẩy nhanh tiến độ các công trình chuyển tiếp; phấn đấu giải ngân vốn "
                "đầu tư công quý I đạt 25% kế hoạch.",
                "-",
            ),
            (
                "C",
                "-",
                "Phối hợp với Thuế cơ sở khai thác các nguồn thu, chống thất thu ngân sách, nhất là thu tiền sử "
                "dụng đất và thuế hộ kinh doanh.",
                "-",
            ),
            ("T", "2", "Về văn hóa - xã hội:", "2."),
            (
                "C",
                "-",
                "Phòng Văn hóa - Xã hội hướng dẫn các xóm tổ chức lễ hội đầu Xuân bảo đảm văn minh, an toàn, "
                "tiết kiệm; duy trì hoạt động thể thao, văn nghệ mừng Đảng, mừng Xuân.",
                "-",
            ),
            (
                "C",
                "-",
                "Rà soát, thăm hỏi kịp thời các hộ gia đình có hoàn cảnh khó khăn sau Tết; triển khai kế hoạch "
                "hỗ trợ nhà ở cho hộ nghèo năm 2026.",
                "-",
            ),
            (
                "C",
                "-",
                "Trạm Y tế xã chủ động phòng, chống dịch bệnh mùa Đông - Xuân, bảo đảm an toàn thực phẩm tại "
                "các bếp ăn tập thể.",
                "-",
            ),
            (
                "T",
                "3",
                "Về quốc phòng - an ninh: Ban Chỉ huy Quân sự xã chuẩn bị chu đáo các điều kiện tổ chức Lễ "
                "giao, nhận quân năm 2026 bảo đảm trang trọng, đúng thời gian, đủ chỉ tiêu được giao.",
                "3.",
            ),
            (
                "P",
                "Công an xã tăng cường tuần tra, kiểm soát, nắm chắc tình hình địa bàn; xử lý nghiêm các trường "
                "hợp vi phạm trật tự an toàn giao thông, tàng trữ, sử dụng pháo nổ trái phép.",
            ),
            (
                "T",
                "4",
                "Về công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ "
                "2026 - 2031:",
                "4.",
            ),
            (
                "C",
                "a",
                "Văn phòng HĐND và UBND xã hoàn thành lập, niêm yết danh sách cử tri tại các khu vực bỏ phiếu "
                "đúng thời gian quy định;",
                "a)",
            ),
            (
                "C",
                "b",
                "Các tổ bầu cử rà soát cơ sở vật chất, trang trí khu vực bỏ phiếu; phối hợp tổ chức hội nghị "
                "tiếp xúc cử tri của người ứng cử;",
                "b)",
            ),
            (
                "C",
                "c",
                "Trung tâm Dịch vụ tổng hợp tăng thời lượng tuyên truyền về bầu cử trên hệ thống truyền thanh "
                "xã và các nền tảng số.",
                "c)",
            ),
            ("T", "5", "Về xây dựng chính quyền, cải cách hành chính:", "5."),
            (
                "C",
                "-",
                "Trung tâm Phục vụ hành chính công xã khắc phục triệt để tình trạng hồ sơ quá hạn; công khai "
                "xin lỗi tổ chức, cá nhân khi để hồ sơ trễ hạn.",
                "-",
            ),
            (
                "C",
                "-",
                "Cán bộ, công chức chấp hành nghiêm kỷ luật, kỷ cương hành chính ngay sau kỳ nghỉ Tết; không đi "
                "lễ hội trong giờ hành chính.",
                "-",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Giao Văn phòng HĐND và UBND xã theo dõi, đôn đốc việc thực hiện các nội dung kết luận; tổng "
                "hợp kết quả báo cáo Chủ tịch UBND xã tại cuộc họp thường kỳ tháng 02 năm 2026.",
                "-",
            ),
            (
                "M",
                [
                    ("2", "Các phòng chuyên môn báo cáo kết quả thực hiện trước ngày 25/02/2026;"),
                    ("3", "Trưởng các xóm phối hợp triển khai tại cơ sở."),
                ],
            ),
            (
                "T",
                "4",
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội tuyên truyền, "
                "vận động Nhân dân cùng thực hiện.",
                "-",
            ),
            ("E", "Ủy ban nhân dân xã thông báo để các cơ quan, đơn vị và các xóm biết, thực hiện./."),
            ("E", "Nơi nhận:"),
            ("E", "- TT Đảng ủy xã (b/c);"),
            ("E", "- TT HĐND xã;"),
            ("E", "- Chủ tịch, các PCT UBND xã;"),
            ("E", "- Các phòng, đơn vị thuộc UBND xã;"),
            ("E", "- Trưởng các xóm;"),
            ("E", "- Lưu: VT."),
            ("E", "TL. CHỦ TỊCH"),
            ("E", "CHÁNH VĂN PHÒNG"),
            ("E", "Hoàng Thị Thu Hà"),
        ],
    },
    {
        "id": "b15a-tran-bien-nghi-quyet-hdnd",
        "source": "https://tranbien.dongnai.gov.vn/vi/news/hoat-dong-chinh-quyen-nha-nuoc/ky-hop-hdnd-phuong-tran-bien-thong-qua-10-nghi-quyet-quan-trong-421.html",
        "style": "a new ward People's Council's resolution on the 2026 socio-economic tasks (Đồng Nai, year-end "
        "session 2025): state header, 'NGHỊ QUYẾT' over its subject, the council and session lines, 'Căn "
        "cứ' / 'Xét' lines and 'QUYẾT NGHỊ:'; the articles are the parts ('Điều 1.' with a long title "
        "ending ':' on the same line, 'Điều 2. Tổ chức thực hiện'); Điều 1 has '1. Mục tiêu tổng quát' (a "
        "bare label continued by a paragraph), '2. Các chỉ tiêu chủ yếu' over '(1)' … '(8)' sub-items and "
        "'3.' over 'a)' … 'e)' sub-items (with 'đ)'), one continued by a paragraph; Điều 2 '1.' … '3.'; "
        "closing 'Nghị quyết này đã được … thông qua …/.', 'Nơi nhận:' and a 'CHỦ TỊCH' signature",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN"),
            ("h", "PHƯỜNG TRẤN BIÊN"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 52/NQ-HĐND"),
            ("h", "Trấn Biên, ngày 19 tháng 12 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "Về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026"),
            ("h", "HỘI ĐỒNG NHÂN DÂN PHƯỜNG TRẤN BIÊN"),
            ("h", "KHÓA I, KỲ HỌP THỨ TƯ"),
            ("h", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;"),
            (
                "h",
                "Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ phường Trấn Biên lần thứ I, nhiệm kỳ 2025 - 2030;",
            ),
            (
                "h",
                "Xét Tờ trình số 318/TTr-UBND ngày 10 tháng 12 năm 2025 của Ủy ban nhân dân phường về nhiệm vụ "
                "phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026; Báo cáo thẩm tra của Ban Kinh tế - "
                "Ngân sách Hội đồng nhân dân phường; ý kiến thảo luận của đại biểu Hội đồng nhân dân phường tại "
                "kỳ họp.",
            ),
            ("h", "QUYẾT NGHỊ:"),
            (
                "S",
                "1",
                "Thông qua mục tiêu, chỉ tiêu và nhiệm vụ, giải pháp phát triển kinh tế - xã hội, quốc phòng - "
                "an ninh năm 2026 của phường Trấn Biên với các nội dung chủ yếu sau",
                "Điều 1.",
            ),
            ("T", "1", "Mục tiêu tổng quát", "1."),
            (
                "P",
                "Vận hành hiệu lực, hiệu quả chính quyền phường theo mô hình chính quyền địa phương hai cấp; "
                "khai thác tốt lợi thế trung tâm hành chính, thương mại - dịch vụ của tỉnh; đẩy mạnh chỉnh "
                "trang, phát triển đô thị văn minh, hiện đại; bảo đảm an sinh xã hội, nâng cao đời sống Nhân "
                "dân; giữ vững quốc phòng, an ninh, trật tự an toàn xã hội.",
            ),
            ("T", "2", "Các chỉ tiêu chủ yếu", "2."),
            ("C", "1", "Tổng thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ đồng trở lên.", "(1)"),
            ("C", "2", "Giải ngân vốn đầu tư công do phường quản lý đạt 100% kế hoạch được giao.", "(2)"),
            (
                "C",
                "3",
                "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn đạt 98% trở lên; 90% hồ sơ "
                "được tiếp nhận trực tuyến.",
                "(3)",
            ),
            ("C", "4", "Tỷ lệ hộ nghèo theo chuẩn nghèo của tỉnh giảm còn dưới 0,3%.", "(4)"),
            ("C", "5", "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95,5%.", "(5)"),
            (
                "C",
                "6",
                "100% khu phố giữ vững danh hiệu “Khu phố văn hóa”; tỷ lệ hộ gia đình văn hóa đạt 96% trở lên.",
                "(6)",
            ),
            ("C", "7", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý đạt 100%.", "(7)"),
            (
                "C",
                "8",
                "Hoàn thành 100% chỉ tiêu giao quân; 90% khu phố trở lên đạt tiêu chuẩn an toàn về an ninh, "
                "trật tự.",
                "(8)",
            ),
            ("T", "3", "Nhiệm vụ, giải pháp trọng tâm", "3."),
            (
                "C",
                "a",
                "Phát triển thương mại - dịch vụ, kinh tế đêm và kinh tế số; chỉnh trang đô thị khu vực trung "
                "tâm và dọc sông Đồng Nai; tạo môi trường thuận lợi cho hộ kinh doanh, doanh nghiệp trên địa "
                "bàn.",
                "a)",
            ),
            (
                "C",
                "b",
                "Tăng cường quản lý đất đai, trật tự xây dựng, trật tự lòng đường, vỉa hè; kiên quyết xử lý các "
                "công trình xây dựng sai phép, không phép ngay từ khi phát sinh.",
                "b)",
            ),
            (
                "C",
                "c",
                "Đẩy nhanh tiến độ giải ngân vốn đầu tư công; tập trung bồi thường, giải phóng mặt bằng các dự "
                "án trọng điểm, các tuyến đường kết nối khu vực trung tâm phường.",
                "c)",
            ),
            (
                "P",
                "Người đứng đầu các phòng, ban, đơn vị được giao làm chủ đầu tư chịu trách nhiệm trước Ủy ban "
                "nhân dân phường về tiến độ giải ngân của từng dự án.",
            ),
            (
                "C",
                "d",
                "Nâng cao chất lượng giáo dục, y tế; thực hiện đầy đủ, kịp thời chính sách đối với người có "
                "công, hộ nghèo, hộ cận nghèo và đối tượng bảo trợ xã hội.",
                "d)",
            ),
            (
                "C",
                "đ",
                "Đẩy mạnh chuyển đổi số, xây dựng chính quyền số phường; triển khai hiệu quả Nghị quyết số "
                "57-NQ/TW của Bộ Chính trị và phong trào “Bình dân học vụ số” tại các khu phố.",
                "đ)",
            ),
            (
                "C",
                "e",
                "Giữ vững quốc phòng, an ninh; tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại "
                "biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031 trên địa bàn phường.",
                "e)",
            ),
            ("S", "2", "Tổ chức thực hiện", "Điều 2."),
            (
                "T",
                "1",
                "Giao Ủy ban nhân dân phường tổ chức triển khai thực hiện Nghị quyết này; định kỳ báo cáo kết "
                "quả thực hiện tại các kỳ họp thường lệ của Hội đồng nhân dân phường.",
                "1.",
            ),
            (
                "T",
                "2",
                "Thường trực Hội đồng nhân dân phường, các Ban, các Tổ đại biểu và đại biểu Hội đồng nhân dân "
                "phường giám sát việc thực hiện Nghị quyết.",
                "2.",
            ),
            (
                "T",
                "3",
                "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường tuyên truyền, vận động Nhân dân tích cực tham "
                "gia thực hiện và giám sát việc thực hiện Nghị quyết.",
                "3.",
            ),
            (
                "E",
                "Nghị quyết này đã được Hội đồng nhân dân phường Trấn Biên khóa I, Kỳ họp thứ tư thông qua ngày "
                "19 tháng 12 năm 2025 và có hiệu lực từ ngày thông qua./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- TT HĐND, UBND tỉnh (b/c);"),
            ("E", "- TT Đảng ủy phường;"),
            ("E", "- TT HĐND, UBND, UBMTTQVN phường;"),
            ("E", "- Đại biểu HĐND phường;"),
            ("E", "- Các phòng, ban, đơn vị thuộc phường;"),
            ("E", "- Các khu phố;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Lê Thanh Bình"),
        ],
    },
    {
        "id": "b15a-van-canh-cong-van-ung-pho-bao",
        "source": "https://vancanh.gialai.gov.vn/tin-tuc2/tin-khac/xa-van-canh-chu-dong-trien-khai-cong-tac-ung-pho-voi-bao-kalmaegi.html",
        "style": "a new commune People's Committee's urgent letter (công văn) on the response to typhoon Kalmaegi "
        "(Gia Lai, November 2025), with no kind line: state header with 'Số: …/UBND-KT' and its 'V/v' "
        "subject, 'Kính gửi:' over four '-' addressees, a lead-in and a request line ending ':', then "
        "four unlabelled heading lines 'Đối với …' as parts, each over '-' tasks, two tasks over '+' "
        "sub-items; a closing request ending './.', 'Nơi nhận:' and a 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' "
        "signature",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "XÃ VÂN CANH"),
            ("h", "Số: 1186/UBND-KT"),
            ("h", "V/v tập trung triển khai các biện pháp cấp bách ứng phó với bão số 13 (bão Kalmaegi)"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Vân Canh, ngày 04 tháng 11 năm 2025"),
            ("h", "Kính gửi:"),
            ("h", "- Các phòng, đơn vị thuộc UBND xã;"),
            ("h", "- Công an xã, Ban Chỉ huy Quân sự xã;"),
            ("h", "- Các trường học, Trạm Y tế xã;"),
            ("h", "- Bí thư chi bộ, Trưởng các thôn, làng."),
            (
                "h",
                "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Gia Lai tại cuộc họp trực tuyến chiều ngày "
                "04/11/2025 về công tác ứng phó với bão số 13 (bão Kalmaegi); theo dự báo, bão có cường độ rất "
                "mạnh, gây mưa to đến rất to trên địa bàn xã từ đêm 06/11/2025, nguy cơ rất cao xảy ra lũ quét, "
                "sạt lở đất và ngập lụt tại các khu vực thấp trũng, ven sông, suối.",
            ),
            (
                "h",
                "Để chủ động ứng phó, bảo đảm an toàn tính mạng và tài sản của Nhân dân, Chủ tịch Ủy ban nhân "
                "dân xã yêu cầu các cơ quan, đơn vị và các thôn, làng khẩn trương triển khai các nội dung sau:",
            ),
            ("S", "", "Đối với các phòng, đơn vị thuộc UBND xã", ""),
            (
                "T",
                "1",
                "Phòng Kinh tế rà soát, kiểm tra an toàn các hồ chứa, đập dâng, kênh mương; phối hợp với Điện "
                "lực phát quang hành lang an toàn lưới điện, kiểm tra hệ thống điện tại các khu dân cư.",
                "-",
            ),
            (
                "T",
                "2",
                "Phòng Văn hóa - Xã hội chuẩn bị lương thực, nước uống, nhu yếu phẩm tại các điểm sơ tán; phối "
                "hợp với các đoàn thể hỗ trợ hộ nghèo, người cao tuổi, người khuyết tật chằng chống nhà cửa.",
                "-",
            ),
            (
                "T",
                "3",
                "Trung tâm Dịch vụ tổng hợp tăng thời lượng phát thanh về diễn biến bão trên hệ thống truyền "
                "thanh xã; tổ chức phát thanh lưu động tại các thôn, làng xa trung tâm.",
                "-",
            ),
            (
                "T",
                "4",
                "Văn phòng HĐND và UBND xã bố trí trực ban 24/24 giờ, tổng hợp tình hình, báo cáo kịp thời Chủ "
                "tịch UBND xã và Ủy ban nhân dân tỉnh.",
                "-",
            ),
            ("S", "", "Đối với Công an xã, Ban Chỉ huy Quân sự xã", ""),
            (
                "T",
                "1",
                "Bố trí lực lượng, phương tiện thường trực sẵn sàng tham gia sơ tán, cứu hộ, cứu nạn tại các "
                "khu vực xung yếu, trong đó:",
                "-",
            ),
            (
                "C",
                "-",
                "Công an xã phụ trách các khu dân cư ven sông Hà Thanh và dọc tuyến Quốc lộ 19C;",
                "+",
            ),
            (
                "C",
                "-",
                "Ban Chỉ huy Quân sự xã phụ trách các làng có nguy cơ sạt lở đất ở khu vực đồi núi phía Tây xã.",
                "+",
            ),
            (
                "T",
                "2",
                "Tổ chức chốt chặn, cấm người và phương tiện qua các ngầm, tràn khi nước dâng cao; bảo đảm an "
                "ninh, trật tự tại các điểm sơ tán.",
                "-",
            ),
            ("S", "", "Đối với Bí thư chi bộ, Trưởng các thôn, làng", ""),
            (
                "T",
                "1",
                "Rà soát, lập danh sách các hộ dân ở khu vực có nguy cơ sạt lở, ngập lụt; chủ động sơ tán người "
                "dân đến nơi an toàn chậm nhất trước 17 giờ 00 ngày 05/11/2025.",
                "-",
            ),
            (
                "T",
                "2",
                "Vận động Nhân dân chằng chống nhà cửa, kho tàng; khẩn trương thu hoạch lúa, hoa màu đã chín "
                "theo phương châm “xanh nhà hơn già đồng”, gồm:",
                "-",
            ),
            ("C", "-", "Thu hoạch dứt điểm diện tích lúa vụ Mùa đã chín ở các cánh đồng ven sông;", "+"),
            ("C", "-", "Di chuyển gia súc, gia cầm lên khu vực cao ráo, an toàn.", "+"),
            (
                "T",
                "3",
                "Tuyệt đối không để người dân ra sông, suối đánh bắt cá, vớt củi hoặc vào rừng trong thời gian "
                "mưa bão.",
                "-",
            ),
            ("S", "", "Đối với các trường học, Trạm Y tế xã", ""),
            (
                "T",
                "1",
                "Các trường học kiểm tra, gia cố phòng học, di chuyển tài liệu, thiết bị lên nơi cao; chủ động "
                "cho học sinh nghỉ học khi có thông báo của cấp có thẩm quyền.",
                "-",
            ),
            (
                "T",
                "2",
                "Trạm Y tế xã chuẩn bị cơ số thuốc, vật tư y tế, bố trí lực lượng sơ cứu, cấp cứu và xử lý môi "
                "trường sau bão.",
                "-",
            ),
            (
                "E",
                "Chủ tịch UBND xã yêu cầu Thủ trưởng các cơ quan, đơn vị, Bí thư chi bộ, Trưởng các thôn, làng "
                "nghiêm túc triển khai thực hiện; báo cáo tình hình về UBND xã (qua Văn phòng HĐND và UBND xã) "
                "trước 16 giờ 00 hằng ngày để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Như trên;"),
            ("E", "- UBND tỉnh (b/c);"),
            ("E", "- TT Đảng ủy, TT HĐND xã (b/c);"),
            ("E", "- CT, các PCT UBND xã;"),
            ("E", "- Lưu: VT, KT."),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Đinh Văn Thương"),
        ],
    },
    {
        "id": "b15b-da-nang-nghi-quyet-dai-hoi-phu-nu",
        "source": "https://myaloha.vn/blog/nghi-quyet-dai-hoi-dai-bieu-phu-nu-tp-da-nang-lan-thu-xiv-34639",
        "style": "a city Women's Union congress resolution as reprinted on a blog: no letterhead, title 'NGHỊ "
        "QUYẾT' over two capital subject lines, one opening paragraph ending 'Đại hội thống nhất:' and a "
        "bare 'QUYẾT NGHỊ' line, then four sentence-case Roman parts 'I.' … 'IV.' that are long "
        "statements; part I one unlabelled paragraph continued by a second, part II '1.' … '3.' tasks "
        "with bracketed '(1)' … '(6)' targets under one, part III '1.' … '5.' tasks (one over '-' "
        "sub-items, one continued by a paragraph), part IV an unlabelled paragraph and its continuation; "
        "a closing appeal ending './.' and a 'T/M ĐOÀN CHỦ TỊCH ĐẠI HỘI' signature, no 'Nơi nhận'",
        "lines": [
            ("title", "NGHỊ QUYẾT"),
            ("h", "ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG"),
            ("h", "LẦN THỨ XIV, NHIỆM KỲ 2021-2026"),
            (
                "h",
                "Đại hội đại biểu phụ nữ thành phố Đà Nẵng lần thứ XIV, nhiệm kỳ 2021-2026 diễn ra vào ngày 16 "
                "tháng 11 năm 2021 tại Hội trường, Trường Chính trị thành phố, với tổng số 190 đại biểu chính "
                "thức. Đại hội thống nhất:",
            ),
            ("h", "QUYẾT NGHỊ"),
            (
                "S",
                "I",
                "Tán thành và thông qua những nội dung cơ bản về đánh giá kết quả hoạt động Hội và phong trào "
                "phụ nữ thành phố Đà Nẵng nhiệm kỳ 2016-2021",
                "I.",
            ),
            (
                "T",
                "1",
                "Nhiệm kỳ qua, trong bối cảnh có nhiều khó khăn, thách thức, các tầng lớp phụ nữ thành phố đã "
                "phát huy truyền thống tốt đẹp, đoàn kết, hăng hái thi đua, cần cù, sáng tạo trong lao động sản "
                "xuất và công tác, khẳng định vai trò, vị thế trong gia đình và xã hội. Các cấp Hội phụ nữ bám "
                "sát chức năng, nhiệm vụ của Hội và nhiệm vụ chính trị của địa phương, không ngừng đổi mới nội "
                "dung, phương thức hoạt động, hướng mạnh về cơ sở với phương châm “Ở đâu có phụ nữ ở đó có hoạt "
                "động Hội”.",
                "",
            ),
            (
                "P",
                "Bên cạnh những kết quả đạt được, hoạt động Hội còn một số hạn chế: sức hút của tổ chức Hội đối "
                "với phụ nữ trẻ, nữ công nhân ở các khu công nghiệp chưa cao; việc ứng dụng công nghệ thông tin "
                "trong tuyên truyền, quản lý hội viên còn chậm; chất lượng sinh hoạt ở một số chi, tổ hội chưa "
                "đồng đều.",
            ),
            (
                "S",
                "II",
                "Thống nhất mục tiêu, chỉ tiêu hoạt động Hội và phong trào phụ nữ thành phố nhiệm kỳ 2021-2026",
                "II.",
            ),
            (
                "T",
                "1",
                "Mục tiêu chung: Xây dựng người phụ nữ Đà Nẵng có sức khỏe, tri thức, kỹ năng, trách nhiệm xã "
                "hội, có lòng nhân ái, khát vọng vươn lên; xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh "
                "phúc; xây dựng tổ chức Hội vững mạnh, góp phần xây dựng thành phố phát triển nhanh, bền vững.",
                "1.",
            ),
            ("T", "2", "Các chỉ tiêu chủ yếu đến cuối nhiệm kỳ:", "2."),
            (
                "C",
                "1",
                "Hằng năm, 100% cơ sở Hội tổ chức tuyên truyền, giáo dục chính trị, tư tưởng cho hội viên, phụ "
                "nữ; 70% hội viên được tiếp cận thông tin qua các nền tảng số của Hội;",
                "(1)",
            ),
            (
                "C",
                "2",
                "Mỗi năm hỗ trợ ít nhất 800 phụ nữ khởi nghiệp, phát triển kinh tế; cả nhiệm kỳ hỗ trợ thành "
                "lập mới 15 tổ hợp tác, hợp tác xã do phụ nữ quản lý;",
                "(2)",
            ),
            (
                "C",
                "3",
                "100% hộ nghèo do phụ nữ làm chủ hộ có nhu cầu được hỗ trợ vốn, kiến thức, kỹ năng để thoát "
                "nghèo bền vững;",
                "(3)",
            ),
            ("C", "4", "90% hộ gia đình hội viên đạt tiêu chí gia đình “5 không, 3 sạch”;", "(4)"),
            ("C", "5", "Giới thiệu ít nhất 2.000 hội viên ưu tú để Đảng xem xét, bồi dưỡng, kết nạp;", "(5)"),
            (
                "C",
                "6",
                "Hằng năm, 100% cơ sở Hội được đánh giá hoàn thành nhiệm vụ trở lên, trong đó 80% hoàn thành "
                "tốt và xuất sắc nhiệm vụ.",
                "(6)",
            ),
            (
                "T",
                "3",
                "Khâu đột phá: Đổi mới mạnh mẽ công tác tuyên truyền, vận động hội viên, phụ nữ trên môi trường "
                "số; nâng cao chất lượng hoạt động của chi, tổ hội phụ nữ ở khu dân cư.",
                "3.",
            ),
            ("S", "III", "Thông qua các nhiệm vụ và giải pháp chủ yếu", "III."),
            (
                "T",
                "1",
                "Đổi mới nội dung, hình thức tuyên truyền, giáo dục chính trị, tư tưởng, đạo đức, lối sống cho "
                "hội viên, phụ nữ; gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
                "1.",
            ),
            (
                "P",
                "Chú trọng xây dựng, nhân rộng các điển hình tiên tiến; chủ động nắm bắt tâm tư, nguyện vọng "
                "của hội viên, định hướng dư luận, đấu tranh với thông tin xấu độc trên mạng xã hội.",
            ),
            ("T", "2", "Hỗ trợ phụ nữ phát triển kinh tế, khởi nghiệp, tham gia giảm nghèo bền vững:", "2."),
            (
                "C",
                "-",
                "Phối hợp với Ngân hàng Chính sách xã hội thành phố quản lý hiệu quả nguồn vốn ủy thác, không "
                "để phát sinh nợ quá hạn;",
                "-",
            ),
            (
                "C",
                "-",
                "Tổ chức các lớp tập huấn kỹ năng kinh doanh, thương mại điện tử cho phụ nữ khởi nghiệp;",
                "-",
            ),
            ("C", "-", "Kết nối tiêu thụ sản phẩm của các tổ hợp tác, hợp tác xã do phụ nữ quản lý.", "-"),
            (
                "T",
                "3",
                "Thực hiện hiệu quả cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”; xây dựng môi trường an "
                "toàn cho phụ nữ, trẻ em; phòng, chống bạo lực gia đình và mua bán người.",
                "3.",
            ),
            (
                "T",
                "4",
                "Tham gia xây dựng Đảng, chính quyền; thực hiện tốt chức năng giám sát, phản biện xã hội; tham "
                "gia bảo vệ môi trường, xây dựng đô thị văn minh.",
                "4.",
            ),
            (
                "T",
                "5",
                "Xây dựng tổ chức Hội vững mạnh; nâng cao chất lượng đội ngũ cán bộ Hội các cấp, nhất là cán bộ "
                "chi, tổ hội; đẩy mạnh chuyển đổi số trong quản lý hội viên.",
                "5.",
            ),
            (
                "S",
                "IV",
                "Giao Ban Chấp hành Hội Liên hiệp Phụ nữ thành phố khóa XIV tổ chức thực hiện Nghị quyết",
                "IV.",
            ),
            (
                "T",
                "1",
                "Căn cứ Nghị quyết Đại hội, Ban Chấp hành Hội Liên hiệp Phụ nữ thành phố xây dựng chương trình "
                "hành động toàn khóa, cụ thể hóa thành kế hoạch công tác hằng năm; chỉ đạo các cấp Hội quán "
                "triệt, triển khai thực hiện sát với tình hình từng địa phương, đơn vị.",
                "",
            ),
            (
                "P",
                "Hằng năm sơ kết việc thực hiện Nghị quyết; giữa nhiệm kỳ tổ chức đánh giá, kịp thời điều chỉnh "
                "các chỉ tiêu, giải pháp cho phù hợp.",
            ),
            (
                "E",
                "Đại hội kêu gọi cán bộ, hội viên, phụ nữ thành phố Đà Nẵng phát huy truyền thống, đoàn kết, "
                "sáng tạo, thi đua thực hiện thắng lợi Nghị quyết Đại hội đại biểu phụ nữ thành phố lần thứ "
                "XIV, góp phần xây dựng thành phố Đà Nẵng ngày càng giàu đẹp, văn minh./.",
            ),
            ("E", "T/M ĐOÀN CHỦ TỊCH ĐẠI HỘI"),
            ("E", "Trần Thị Mỹ Hạnh"),
        ],
    },
    {
        "id": "b15b-thua-thien-hue-ke-hoach-tinh-nguyen-he",
        "source": "https://thanhthieunhi.thuathienhue.gov.vn/?gd=5&cn=28&tc=12157",
        "style": "a one-day summer volunteer campaign plan of the provincial Youth Union's children and youth "
        "activity centre: two-line issuer header (Tỉnh đoàn, Trung tâm), 'Số: …/KH-TTHĐTTN', state motto, "
        "title 'KẾ HOẠCH' over its subject and a one-sentence lead-in, then six capital Roman parts 'I.' "
        "… 'VI.': I and III of '-' items (III opening with two '-' items typed on one line), II of two "
        "run-in '1. Thời gian:' / '2. Địa điểm:' tasks, IV of '-' activities (one over '+' sub-items, one "
        "continued by a paragraph), V a single unlabelled paragraph, VI of '1.' … '4.' tasks naming who "
        "does what; 'Trên đây là …/.' closing, 'Nơi nhận:' and 'GIÁM ĐỐC'",
        "lines": [
            ("h", "TỈNH ĐOÀN THỪA THIÊN HUẾ"),
            ("h", "TRUNG TÂM HOẠT ĐỘNG THANH THIẾU NHI"),
            ("h", "Số: 27/KH-TTHĐTTN"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Thừa Thiên Huế, ngày 20 tháng 7 năm 2021"),
            ("title", "KẾ HOẠCH"),
            ("h", "Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2021"),
            (
                "h",
                "Thực hiện chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2021, Trung tâm Hoạt "
                "động Thanh thiếu nhi tỉnh Thừa Thiên Huế xây dựng kế hoạch tổ chức Chiến dịch thanh niên tình "
                "nguyện hè năm 2021 với những nội dung cụ thể như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Phát huy tinh thần xung kích, tình nguyện của thanh niên trong việc tham gia phát triển kinh "
                "tế - xã hội, xây dựng nông thôn mới, đô thị văn minh, bảo đảm an sinh xã hội ở những địa bàn "
                "còn khó khăn;",
                "-",
            ),
            (
                "T",
                "2",
                "Thông qua hoạt động tình nguyện tạo môi trường cho đoàn viên, thanh niên rèn luyện, cống hiến "
                "và trưởng thành; góp phần hình thành lớp thanh niên giàu lòng nhân ái, có bản lĩnh, có kỹ năng "
                "thực hành xã hội;",
                "-",
            ),
            (
                "T",
                "3",
                "Các hoạt động phải được tổ chức bảo đảm thiết thực, hiệu quả, an toàn, tiết kiệm, tuân thủ "
                "nghiêm các quy định về phòng, chống dịch COVID-19.",
                "-",
            ),
            ("S", "II", "THỜI GIAN VÀ ĐỊA ĐIỂM", "II."),
            ("T", "1", "Thời gian: Ngày 27 tháng 7 năm 2021 (Thứ ba).", "1."),
            ("T", "2", "Địa điểm: Xã Bình Thành, thị xã Hương Trà, tỉnh Thừa Thiên Huế.", "2."),
            ("S", "III", "LỰC LƯỢNG THAM GIA", "III."),
            ("M", [("1", "Ban giám đốc Trung tâm: 02 người"), ("2", "Cộng tác viên: 02 người")]),
            ("T", "3", "Đoàn viên Chi đoàn và cán bộ cơ quan: 07 người", "-"),
            ("T", "4", "Đoàn viên, thanh niên xã Bình Thành: 20 người", "-"),
            ("T", "5", "Tổng cộng: 31 người.", "-"),
            ("S", "IV", "NỘI DUNG HOẠT ĐỘNG", "IV."),
            (
                "T",
                "1",
                "Sửa chữa, sơn mới khu vui chơi thiếu nhi tại Nhà văn hóa thôn Hương Cần; tặng 01 bộ dụng cụ "
                "thể dục thể thao cho Chi đoàn thôn.",
                "-",
            ),
            (
                "T",
                "2",
                "Tổ chức chương trình “Ngày hội tuổi thơ” cho khoảng 150 thiếu nhi trên địa bàn xã, gồm:",
                "-",
            ),
            ("C", "-", "Trò chơi dân gian, trò chơi vận động tập thể;", "+"),
            ("C", "-", "Hướng dẫn kỹ năng phòng, chống đuối nước và xâm hại trẻ em;", "+"),
            (
                "C",
                "-",
                "Trao 30 suất quà cho thiếu nhi có hoàn cảnh khó khăn (mỗi suất trị giá 200.000 đồng).",
                "+",
            ),
            (
                "T",
                "3",
                "Ra quân vệ sinh môi trường, trồng 200 cây xanh trên tuyến đường liên thôn Hương Cần - Bình "
                "Lợi; tuyên truyền người dân phân loại rác thải tại nguồn.",
                "-",
            ),
            (
                "T",
                "4",
                "Tuyên truyền, hướng dẫn đoàn viên, thanh niên và Nhân dân thực hiện các biện pháp phòng, chống "
                "dịch COVID-19 theo khuyến cáo 5K của Bộ Y tế.",
                "-",
            ),
            (
                "P",
                "Các hoạt động được tổ chức theo nhóm nhỏ, không tập trung quá 30 người tại một địa điểm; bố "
                "trí đầy đủ khẩu trang, nước sát khuẩn cho người tham gia.",
            ),
            ("S", "V", "KINH PHÍ", "V."),
            (
                "T",
                "1",
                "Kinh phí tổ chức Chiến dịch trích từ nguồn kinh phí hoạt động năm 2021 của Trung tâm và nguồn "
                "vận động xã hội hóa; tổng kinh phí dự kiến 25.000.000 đồng (Hai mươi lăm triệu đồng).",
                "",
            ),
            ("S", "VI", "TỔ CHỨC THỰC HIỆN", "VI."),
            (
                "T",
                "1",
                "Phòng Hành chính - Tổng hợp: Chuẩn bị kinh phí, phương tiện đưa đón, băng rôn, khẩu trang, "
                "nước sát khuẩn; phối hợp mua sắm quà tặng cho thiếu nhi.",
                "1.",
            ),
            (
                "T",
                "2",
                "Phòng Hoạt động - Dịch vụ: Xây dựng nội dung chương trình “Ngày hội tuổi thơ”; phân công cộng "
                "tác viên hướng dẫn trò chơi, kỹ năng.",
                "2.",
            ),
            (
                "T",
                "3",
                "Chi đoàn Trung tâm: Huy động đoàn viên tham gia đầy đủ; chuẩn bị dụng cụ vệ sinh môi trường, "
                "cây giống.",
                "3.",
            ),
            (
                "T",
                "4",
                "Đề nghị Ban Chấp hành Đoàn xã Bình Thành: Phối hợp bố trí địa điểm, huy động đoàn viên, thanh "
                "niên và thiếu nhi tham gia; báo cáo cấp ủy, chính quyền địa phương tạo điều kiện thuận lợi.",
                "4.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch tổ chức Chiến dịch thanh niên tình nguyện hè năm 2021 của Trung tâm Hoạt "
                "động Thanh thiếu nhi tỉnh. Đề nghị các phòng, Chi đoàn Trung tâm và các đơn vị liên quan phối "
                "hợp thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Thường vụ Tỉnh đoàn (b/c);"),
            ("E", "- Thị đoàn Hương Trà;"),
            ("E", "- Đoàn xã Bình Thành (p/h);"),
            ("E", "- Các phòng, Chi đoàn Trung tâm (t/h);"),
            ("E", "- Lưu: VT."),
            ("E", "GIÁM ĐỐC"),
            ("E", "Hoàng Văn Minh"),
        ],
    },
    {
        "id": "b15b-mttq-trung-uong-thong-tri-giam-sat",
        "source": "http://hocday.com/mt-trn-t-quc-vit-nam-gim-st-cn-b-cng-chc-ng-vin--khu-dn-c.html",
        "style": "a Fatherland Front central standing committee guidance circular (thông tri): two-line MTTQ "
        "header, 'Số: 18/TTr-MTTW', state motto, title 'THÔNG TRI' over its subject, two lead-in "
        "paragraphs (the second ending 'như sau:'), then three capital Roman parts 'I.' … 'III.' over "
        "'1.' tasks; two label-only tasks ('Nội dung giám sát:', 'Hình thức giám sát:') over 'a)' … 'c)' "
        "sub-items and one continued by three paragraphs that begin 'Bước 1:' … 'Bước 3:'; a closing "
        "request ending './.', 'Nơi nhận:' and 'TM. BAN THƯỜNG TRỰC / PHÓ CHỦ TỊCH'",
        "lines": [
            ("h", "ỦY BAN TRUNG ƯƠNG"),
            ("h", "MẶT TRẬN TỔ QUỐC VIỆT NAM"),
            ("h", "BAN THƯỜNG TRỰC"),
            ("h", "Số: 18/TTr-MTTW"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Hà Nội, ngày 28 tháng 4 năm 2006"),
            ("title", "THÔNG TRI"),
            (
                "h",
                "Hướng dẫn việc thực hiện “Quy chế Mặt trận Tổ quốc Việt Nam giám sát cán bộ, công chức, đảng "
                "viên ở khu dân cư”",
            ),
            (
                "h",
                "Thực hiện Thông báo số 161-TB/TW ngày 16 tháng 11 năm 2004 của Ban Bí thư Trung ương Đảng về "
                "việc “Mặt trận Tổ quốc Việt Nam giám sát cán bộ, công chức, đảng viên ở khu dân cư”, ngày 21 "
                "tháng 4 năm 2006 Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam đã ký Nghị quyết "
                "liên tịch ban hành “Quy chế Mặt trận Tổ quốc Việt Nam giám sát cán bộ, công chức, đảng viên ở "
                "khu dân cư”. Quy chế được áp dụng thí điểm ở một số xã, phường, thị trấn tại thành phố Hà Nội, "
                "Thành phố Hồ Chí Minh, tỉnh Ninh Bình, tỉnh Quảng Bình và tỉnh Tiền Giang.",
            ),
            (
                "h",
                "Để cụ thể hóa việc tổ chức thực hiện Quy chế nêu trên, Ban Thường trực Ủy ban Trung ương Mặt "
                "trận Tổ quốc Việt Nam hướng dẫn một số việc cụ thể như sau:",
            ),
            ("S", "I", "YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Quán triệt sâu sắc Thông báo số 161-TB/TW của Ban Bí thư và Quy chế giám sát trong cán bộ Mặt "
                "trận; tuyên truyền sâu rộng trong cán bộ và Nhân dân về mục đích, yêu cầu, nội dung, phương "
                "pháp giám sát; xây dựng kế hoạch cụ thể, chọn điểm chỉ đạo, rút kinh nghiệm trước khi triển "
                "khai rộng.",
                "1.",
            ),
            (
                "T",
                "2",
                "Việc giám sát phải được tiến hành thường xuyên, công khai, dân chủ, đúng pháp luật; không làm "
                "cản trở hoạt động bình thường của cán bộ, công chức, đảng viên và không gây mất đoàn kết ở khu "
                "dân cư.",
                "2.",
            ),
            (
                "T",
                "3",
                "Phát huy vai trò của Ban công tác Mặt trận, Ban Thanh tra nhân dân và các tổ chức thành viên ở "
                "khu dân cư; gắn việc giám sát với cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở "
                "khu dân cư”.",
                "3.",
            ),
            ("S", "II", "NỘI DUNG, HÌNH THỨC VÀ TRÌNH TỰ GIÁM SÁT", "II."),
            ("T", "1", "Nội dung giám sát:", "1."),
            (
                "C",
                "a",
                "Việc chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và các quy "
                "định của địa phương nơi cư trú;",
                "a)",
            ),
            (
                "C",
                "b",
                "Việc giữ gìn phẩm chất đạo đức, lối sống; thực hiện quy định về những điều đảng viên không "
                "được làm;",
                "b)",
            ),
            (
                "C",
                "c",
                "Việc thực hiện nghĩa vụ công dân, hương ước, quy ước của cộng đồng dân cư và quan hệ với Nhân "
                "dân nơi cư trú.",
                "c)",
            ),
            ("T", "2", "Hình thức giám sát:", "2."),
            (
                "C",
                "a",
                "Thông qua hội nghị nhân dân ở khu dân cư để Nhân dân nêu ý kiến nhận xét đối với cán bộ, công "
                "chức, đảng viên;",
                "a)",
            ),
            ("C", "b", "Thông qua hoạt động của Ban Thanh tra nhân dân và Ban công tác Mặt trận;", "b)"),
            ("C", "c", "Thông qua việc tiếp nhận đơn thư, ý kiến phản ánh của Nhân dân.", "c)"),
            ("T", "3", "Trình tự xử lý ý kiến phản ánh của Nhân dân:", "3."),
            (
                "P",
                "Bước 1: Ban công tác Mặt trận tiếp nhận, phân loại ý kiến; đối với những phản ánh có căn cứ, "
                "trao đổi với chi ủy chi bộ nơi cư trú để xác minh.",
            ),
            (
                "P",
                "Bước 2: Gặp gỡ cán bộ, công chức, đảng viên có liên quan để trao đổi, yêu cầu giải trình, khắc "
                "phục; trường hợp cần thiết báo cáo Ban Thường trực Ủy ban Mặt trận Tổ quốc cấp xã.",
            ),
            (
                "P",
                "Bước 3: Ban Thường trực Ủy ban Mặt trận Tổ quốc cấp xã có văn bản kiến nghị cơ quan, tổ chức "
                "quản lý cán bộ, công chức, đảng viên xem xét, xử lý và theo dõi kết quả giải quyết.",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Ban Thường trực Ủy ban Mặt trận Tổ quốc các tỉnh, thành phố thực hiện thí điểm chỉ đạo Ủy ban "
                "Mặt trận Tổ quốc cấp huyện chọn mỗi huyện 01 - 02 xã, phường, thị trấn làm điểm; tổ chức tập "
                "huấn cho cán bộ Mặt trận cơ sở, Ban công tác Mặt trận và Ban Thanh tra nhân dân.",
                "1.",
            ),
            (
                "T",
                "2",
                "Ban Thường trực Ủy ban Mặt trận Tổ quốc cấp xã báo cáo cấp ủy cùng cấp xây dựng kế hoạch thực "
                "hiện; phối hợp với Ủy ban nhân dân cùng cấp tạo điều kiện để các khu dân cư tổ chức hội nghị "
                "nhân dân.",
                "2.",
            ),
            (
                "T",
                "3",
                "Định kỳ 6 tháng, Ban Thường trực Ủy ban Mặt trận Tổ quốc các tỉnh, thành phố thí điểm tổng hợp "
                "kết quả, báo cáo Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam; sau một năm thực "
                "hiện tổ chức sơ kết, rút kinh nghiệm.",
                "3.",
            ),
            (
                "E",
                "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Ban Thường trực Ủy ban Trung "
                "ương Mặt trận Tổ quốc Việt Nam (qua Ban Dân chủ - Pháp luật) để kịp thời hướng dẫn bổ sung./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư TW Đảng (để b/c);"),
            ("E", "- Ban Dân vận TW;"),
            ("E", "- Ban Thường trực UBMTTQ 5 tỉnh, thành phố thí điểm;"),
            ("E", "- Lưu: VP, Ban DC-PL."),
            ("E", "TM. BAN THƯỜNG TRỰC"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Phạm Đức Thành"),
        ],
    },
    {
        "id": "b15c-van-gia-mam-non-kiem-tra-noi-bo",
        "source": "http://mnvangia.pgddtvanninh.edu.vn/noi-quy-chinh-sach/ke-hoach-kiem-tra-noi-bo-truong-hocj",
        "style": "a kindergarten's internal inspection plan for the school year (kế hoạch kiểm tra nội bộ): school "
        "header under the district education office, 'KẾ HOẠCH' over a sentence-case subject and a dashed "
        "rule, three 'Căn cứ' lines and a lead-in; six capital Roman parts 'I.' … 'VI.' each over '1.' "
        "tasks; label-only tasks '1. Mục đích' / '2. Yêu cầu:' carried by unlabelled paragraphs, tasks "
        "over '-' sub-items (month by month 'Tháng 10/2019: …' under 'Học kỳ I:' / 'Học kỳ II:'), one "
        "task continued by a paragraph; closing sentence, 'Nơi nhận:' and 'HIỆU TRƯỞNG'",
        "lines": [
            ("h", "PHÒNG GD&ĐT VẠN NINH"),
            ("h", "TRƯỜNG MẦM NON VẠN GIÃ"),
            ("h", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 176/KH-MNVG"),
            ("h", "Vạn Giã, ngày 10 tháng 10 năm 2019"),
            ("title", "KẾ HOẠCH"),
            ("h", "Kiểm tra nội bộ trường học năm học 2019 – 2020"),
            ("h", "-------------------"),
            (
                "h",
                "Căn cứ Công văn số 1016/PGDĐT-GDMN ngày 12/9/2019 của Phòng Giáo dục và Đào tạo huyện Vạn Ninh "
                "về việc hướng dẫn thực hiện nhiệm vụ Giáo dục mầm non năm học 2019 – 2020;",
            ),
            (
                "h",
                "Căn cứ Kế hoạch số 170/KH-MNVG ngày 02 tháng 10 năm 2019 của Trường Mầm non Vạn Giã về thực "
                "hiện nhiệm vụ năm học 2019 - 2020;",
            ),
            (
                "h",
                "Căn cứ Quyết định số 234/QĐ-PGDĐT ngày 25/9/2019 của Phòng Giáo dục và Đào tạo huyện Vạn Ninh "
                "về việc ban hành kế hoạch kiểm tra năm học 2019 – 2020;",
            ),
            ("h", "Trường Mầm non Vạn Giã xây dựng Kế hoạch kiểm tra nội bộ năm học 2019 - 2020 như sau:"),
            ("S", "I", "MỤC ĐÍCH YÊU CẦU", "I."),
            ("T", "1", "Mục đích", "1."),
            (
                "P",
                "Thông qua kiểm tra nhằm đôn đốc, thúc đẩy hoạt động chăm sóc, nuôi dưỡng, giáo dục trẻ; giữ "
                "vững nề nếp, kỷ cương trong nhà trường; kịp thời phát hiện những nhân tố tích cực để nhân "
                "rộng, đồng thời điều chỉnh những sai sót trong công tác quản lý, góp phần nâng cao chất lượng "
                "giáo dục.",
            ),
            ("T", "2", "Yêu cầu:", "2."),
            (
                "P",
                "Đánh giá khách quan, đúng ưu điểm và hạn chế của từng cá nhân, bộ phận; giúp giáo viên, nhân "
                "viên nhận rõ điểm mạnh, điểm yếu của bản thân để tự điều chỉnh, hoàn thành tốt nhiệm vụ được "
                "giao.",
            ),
            (
                "P",
                "Việc kiểm tra không làm ảnh hưởng đến hoạt động bình thường của nhà trường; sau mỗi lần kiểm "
                "tra phải có biên bản, có kết luận và theo dõi việc khắc phục.",
            ),
            ("S", "II", "NỘI DUNG KIỂM TRA", "II."),
            (
                "T",
                "1",
                "Kiểm tra hoạt động sư phạm của giáo viên: 06/18 giáo viên (bằng 1/3 số giáo viên toàn trường), "
                "trong đó:",
                "1.",
            ),
            ("C", "-", "Kiểm tra toàn diện: 03 giáo viên;", "-"),
            (
                "C",
                "-",
                "Kiểm tra chuyên đề: 03 giáo viên (thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm "
                "trung tâm”).",
                "-",
            ),
            ("T", "2", "Kiểm tra các bộ phận trong nhà trường:", "2."),
            (
                "C",
                "-",
                "Bộ phận nuôi dưỡng: quy trình chế biến, lưu mẫu thức ăn, vệ sinh an toàn thực phẩm tại bếp ăn;",
                "-",
            ),
            ("C", "-", "Bộ phận kế toán, thủ quỹ: việc thu, chi và công khai tài chính;", "-"),
            ("C", "-", "Bộ phận văn thư, y tế: hồ sơ, sổ sách, tủ thuốc và việc theo dõi sức khỏe trẻ.", "-"),
            (
                "T",
                "3",
                "Tự kiểm tra công tác quản lý của Hiệu trưởng: việc thực hiện kế hoạch năm học, quản lý tài "
                "chính, tài sản và thực hiện quy chế dân chủ trong nhà trường.",
                "3.",
            ),
            (
                "T",
                "4",
                "Kiểm tra việc thực hiện chương trình, chế độ sinh hoạt một ngày của trẻ, vệ sinh môi trường và "
                "an toàn cho trẻ tại các nhóm, lớp.",
                "4.",
            ),
            (
                "P",
                "Mỗi nhóm, lớp được kiểm tra ít nhất 02 lần trong năm học, trong đó có 01 lần kiểm tra đột "
                "xuất.",
            ),
            ("S", "III", "HÌNH THỨC, PHƯƠNG PHÁP KIỂM TRA", "III."),
            (
                "T",
                "1",
                "Hình thức: kiểm tra theo kế hoạch kết hợp kiểm tra đột xuất; kiểm tra trực tiếp tại nhóm, lớp "
                "và kiểm tra qua hồ sơ.",
                "1.",
            ),
            ("T", "2", "Phương pháp:", "2."),
            ("C", "-", "Dự giờ, quan sát hoạt động của giáo viên và trẻ;", "-"),
            ("C", "-", "Kiểm tra hồ sơ, sổ sách, đồ dùng, đồ chơi;", "-"),
            ("C", "-", "Trao đổi với giáo viên, nhân viên, phụ huynh; khảo sát kết quả trên trẻ.", "-"),
            ("S", "IV", "LỰC LƯỢNG KIỂM TRA", "IV."),
            (
                "T",
                "1",
                "Ban kiểm tra nội bộ năm học 2019 - 2020 gồm 07 thành viên (có quyết định kèm theo):",
                "1.",
            ),
            ("C", "-", "Trưởng ban: bà Nguyễn Thị Thu Hà – Hiệu trưởng;", "-"),
            ("C", "-", "Phó Trưởng ban: bà Lê Thị Mỹ Dung – Phó Hiệu trưởng;", "-"),
            (
                "C",
                "-",
                "Thành viên: các tổ trưởng chuyên môn, tổ trưởng tổ văn phòng, Chủ tịch Công đoàn, Trưởng ban "
                "Thanh tra nhân dân.",
                "-",
            ),
            (
                "T",
                "2",
                "Các thành viên được phân công phụ trách từng nội dung, từng khối lớp và chịu trách nhiệm trước "
                "Hiệu trưởng về kết quả kiểm tra.",
                "2.",
            ),
            ("S", "V", "KẾ HOẠCH KIỂM TRA CỤ THỂ", "V."),
            ("T", "1", "Học kỳ I:", "1."),
            (
                "C",
                "-",
                "Tháng 10/2019: Kiểm tra hồ sơ chuyên môn đầu năm; kiểm tra toàn diện 01 giáo viên khối Lá; "
                "kiểm tra bếp ăn.",
                "-",
            ),
            (
                "C",
                "-",
                "Tháng 11/2019: Kiểm tra chuyên đề 02 giáo viên; kiểm tra việc thu, chi các khoản đầu năm học.",
                "-",
            ),
            (
                "C",
                "-",
                "Tháng 12/2019: Kiểm tra toàn diện 01 giáo viên khối Chồi; kiểm tra việc cân đo, theo dõi biểu "
                "đồ tăng trưởng của trẻ.",
                "-",
            ),
            ("C", "-", "Tháng 01/2020: Sơ kết công tác kiểm tra nội bộ học kỳ I.", "-"),
            ("T", "2", "Học kỳ II:", "2."),
            (
                "C",
                "-",
                "Tháng 02/2020: Kiểm tra toàn diện 01 giáo viên khối Mầm; kiểm tra đột xuất vệ sinh các nhóm, "
                "lớp.",
                "-",
            ),
            (
                "C",
                "-",
                "Tháng 3/2020: Kiểm tra chuyên đề 01 giáo viên; kiểm tra công tác văn thư, lưu trữ.",
                "-",
            ),
            (
                "C",
                "-",
                "Tháng 4/2020: Kiểm tra tài sản, thiết bị, đồ dùng, đồ chơi; kiểm tra hồ sơ phổ cập giáo dục "
                "mầm non cho trẻ em 5 tuổi.",
                "-",
            ),
            ("C", "-", "Tháng 5/2020: Tổng kết công tác kiểm tra nội bộ năm học, báo cáo Phòng GD&ĐT.", "-"),
            ("S", "VI", "TỔ CHỨC THỰC HIỆN", "VI."),
            (
                "T",
                "1",
                "Hiệu trưởng ra quyết định thành lập Ban kiểm tra nội bộ, phổ biến kế hoạch đến toàn thể cán "
                "bộ, giáo viên, nhân viên.",
                "1.",
            ),
            (
                "T",
                "2",
                "Ban kiểm tra thực hiện đúng kế hoạch; sau mỗi đợt kiểm tra lập biên bản, thông báo kết quả và "
                "lưu hồ sơ theo quy định.",
                "2.",
            ),
            (
                "T",
                "3",
                "Cán bộ, giáo viên, nhân viên được kiểm tra chuẩn bị đầy đủ hồ sơ, sổ sách; nghiêm túc khắc "
                "phục những tồn tại sau kiểm tra.",
                "3.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch kiểm tra nội bộ trường học năm học 2019 - 2020 của Trường Mầm non Vạn "
                "Giã. Yêu cầu các bộ phận, cá nhân nghiêm túc thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Phòng GD&ĐT Vạn Ninh (b/c);"),
            ("E", "- Ban kiểm tra nội bộ (t/h);"),
            ("E", "- Các tổ chuyên môn, tổ văn phòng;"),
            ("E", "- Lưu: VT."),
            ("E", "HIỆU TRƯỞNG"),
            ("E", "Nguyễn Thị Thu Hà"),
        ],
    },
    {
        "id": "b15c-loc-vinh-huong-dan-thoi-vu",
        "source": "https://locvinh.thuathienhue.gov.vn/?cn=97&gd=4&tc=1442",
        "style": "a commune People's Committee's crop-calendar guidance for the winter-spring season (hướng dẫn "
        "lịch thời vụ): state header with 'Số: …/HD-UBND', 'HƯỚNG DẪN' over its subject, two 'Căn cứ' "
        "lines and a 'Nhằm …' lead-in; capital Roman parts named after crops 'I. CÂY LÚA' … 'IV. TỔ CHỨC "
        "THỰC HIỆN'; part I of run-in '1. Cơ cấu chung: …' / '2. Cụ thể:' tasks over '-' sub-items and a "
        "task continued by a 'Lưu ý:' paragraph; part II of '-' tasks with two of them typed on one line; "
        "parts III-IV of '1.' tasks; closing sentence, 'Nơi nhận:' and a 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ "
        "TỊCH' signature",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "XÃ LỘC VĨNH"),
            ("h", "Số: 58/HD-UBND"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Lộc Vĩnh, ngày 05 tháng 11 năm 2018"),
            ("title", "HƯỚNG DẪN"),
            ("h", "Lịch thời vụ gieo trồng vụ Đông Xuân 2018 - 2019"),
            (
                "h",
                "Căn cứ Hướng dẫn số 432/HD-SNNPTNT ngày 29 tháng 10 năm 2018 của Phòng Nông nghiệp và PTNT "
                "huyện về hướng dẫn lịch thời vụ gieo trồng vụ Đông Xuân 2018 - 2019;",
            ),
            (
                "h",
                "Căn cứ diễn biến thời tiết, khí hậu qua các năm; điều kiện sản xuất và tình hình sinh trưởng "
                "của các loại cây trồng trên địa bàn xã.",
            ),
            (
                "h",
                "Nhằm giúp cây trồng sinh trưởng, phát triển thuận lợi và hạn chế thiệt hại do thiên tai gây "
                "ra, UBND xã hướng dẫn lịch thời vụ gieo trồng vụ Đông Xuân 2018 - 2019 như sau:",
            ),
            ("S", "I", "CÂY LÚA", "I."),
            (
                "T",
                "1",
                "Cơ cấu chung: Diện tích kế hoạch 72 ha, năng suất dự kiến 56 tạ/ha; sử dụng giống cấp xác nhận "
                "trên 95% diện tích.",
                "1.",
            ),
            ("C", "-", "Nhóm giống dài ngày và trung ngày: X21, Xi23, ...", "-"),
            (
                "C",
                "-",
                "Nhóm giống ngắn ngày và cực ngắn: Khang dân, KH1, HN6, HT1, DV108, ...; những vùng có khả năng "
                "thâm canh cao có thể gieo thử nghiệm giống JO2, HG12.",
                "-",
            ),
            ("T", "2", "Cụ thể:", "2."),
            (
                "C",
                "-",
                "Vùng đất tốt, tiêu úng thuận lợi: bố trí các giống X21, Xi23 khoảng 10% diện tích;",
                "-",
            ),
            (
                "C",
                "-",
                "Vùng ô đầm, thấp trũng, tiêu úng chậm: bố trí giống ngắn ngày và cực ngắn khoảng 90% diện "
                "tích, trong đó giống lúa chất lượng cao HN6, HT1 khoảng 40%;",
                "-",
            ),
            ("C", "-", "Chân ruộng sâu trũng, khó thoát nước: gieo mạ để cấy, không gieo sạ trực tiếp.", "-"),
            ("T", "3", "Lịch gieo sạ:", "3."),
            ("C", "-", "Giống dài ngày, trung ngày: gieo từ ngày 20/12 đến ngày 30/12/2018;", "-"),
            (
                "C",
                "-",
                "Giống ngắn ngày và cực ngắn: gieo từ ngày 01/01 đến ngày 15/01/2019, mỗi vùng gieo gọn trong 7 "
                "- 10 ngày;",
                "-",
            ),
            (
                "C",
                "-",
                "Bố trí để lúa trổ tập trung từ ngày 10/4 đến ngày 20/4/2019, tránh rét cuối vụ và khô hạn, "
                "nhiễm mặn.",
                "-",
            ),
            (
                "T",
                "4",
                "Lượng giống gieo sạ: lúa thuần 3 - 3,5 kg/sào (500 m2); lúa lai 1,5 - 2 kg/sào.",
                "4.",
            ),
            (
                "P",
                "Lưu ý: không gieo sạ quá dày; ngâm ủ giống theo phương pháp “ba sôi, hai lạnh” và xử lý hạt "
                "giống trước khi gieo để phòng bệnh lúa von, bọ trĩ.",
            ),
            ("S", "II", "CÂY MÀU", "II."),
            (
                "T",
                "1",
                "Diện tích kế hoạch 25 ha, chủ yếu bố trí trên đất cát ven phá và những chân đất cao không chủ "
                "động nước tưới.",
                "-",
            ),
            (
                "M",
                [
                    ("2", "Lạc: gieo từ 15/01 đến 10/02/2019, giống L14, L26."),
                    ("3", "Ngô: gieo từ 20/12/2018 đến 20/01/2019, giống NK66, CP888."),
                ],
            ),
            (
                "T",
                "4",
                "Khoai lang: trồng từ 01/12/2018 đến 15/01/2019; sử dụng giống khoai lang Nhật, HL518.",
                "-",
            ),
            (
                "T",
                "5",
                "Rau các loại: gieo trồng rải vụ theo nhu cầu thị trường, ưu tiên sản xuất rau an toàn, sử dụng "
                "phân hữu cơ đã ủ hoai mục.",
                "-",
            ),
            ("S", "III", "MỘT SỐ BIỆN PHÁP KỸ THUẬT CHỦ YẾU", "III."),
            (
                "T",
                "1",
                "Làm đất: cày ải, phơi đất sớm; vệ sinh đồng ruộng, dọn sạch cỏ dại, lúa chét; san phẳng mặt "
                "ruộng trước khi gieo.",
                "1.",
            ),
            (
                "T",
                "2",
                "Phân bón: bón lót đầy đủ phân chuồng, vôi bột; bón thúc cân đối đạm, lân, kali theo hướng "
                "“nặng đầu, nhẹ cuối”.",
                "2.",
            ),
            ("T", "3", "Bảo vệ thực vật:", "3."),
            (
                "C",
                "-",
                "Thường xuyên thăm đồng, phát hiện sớm chuột, ốc bươu vàng, bệnh đạo ôn, rầy nâu để phòng trừ "
                "kịp thời;",
                "-",
            ),
            (
                "C",
                "-",
                "Sử dụng thuốc bảo vệ thực vật theo nguyên tắc “4 đúng”; không sử dụng thuốc ngoài danh mục "
                "được phép.",
                "-",
            ),
            (
                "T",
                "4",
                "Thủy lợi: Hợp tác xã nạo vét kênh mương, tu sửa cống, chuẩn bị đủ nước phục vụ làm đất; chủ "
                "động phương án chống hạn, ngăn mặn cuối vụ.",
                "4.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Giao công chức Địa chính - Nông nghiệp xã phối hợp với Hợp tác xã nông nghiệp hướng dẫn bà con "
                "gieo trồng đúng lịch thời vụ, đúng cơ cấu giống; theo dõi tiến độ, báo cáo UBND xã hằng tuần.",
                "1.",
            ),
            (
                "T",
                "2",
                "Đề nghị Ủy ban MTTQ Việt Nam xã, Hội Nông dân, Hội Liên hiệp Phụ nữ xã tuyên truyền, vận động "
                "hội viên thực hiện nghiêm lịch thời vụ.",
                "2.",
            ),
            (
                "T",
                "3",
                "Trưởng các thôn thông báo hướng dẫn này đến từng hộ dân; Đài truyền thanh xã phát thường xuyên "
                "trong suốt thời gian gieo trồng.",
                "3.",
            ),
            (
                "E",
                "Trên đây là hướng dẫn lịch thời vụ gieo trồng vụ Đông Xuân 2018 - 2019 của UBND xã Lộc Vĩnh, "
                "đề nghị các ngành, các thôn và bà con nông dân nghiêm túc thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Phòng NN&PTNT huyện (b/c);"),
            ("E", "- TT Đảng ủy, TT HĐND xã (b/c);"),
            ("E", "- HTX NN Lộc Vĩnh;"),
            ("E", "- Các thôn;"),
            ("E", "- Lưu: VT."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "KT. CHỦ TỊCH"),
            ("E", "PHÓ CHỦ TỊCH"),
            ("E", "Hoàng Văn Lợi"),
        ],
    },
    {
        "id": "b15c-tphcm-ttgdsk-dinh-huong-truyen-thong",
        "source": "https://benhvienvanhanh.vn/truyen-thong-giao-duc-suc-khoe-t3g/dinh-huong-truyen-thong-giao-duc-suc-khoe-thang-2-3-nam-2015",
        "style": "a city health-education centre's guidance letter for two months (định hướng truyền thông giáo "
        "dục sức khỏe), with no kind line: Sở Y tế / Trung tâm header, 'Số:' and a 'V/v …' subject, 'Kính "
        "gửi:' over four '-' addressees and a one-line lead-in; capital-letter parts 'A.' … 'D.' in upper "
        "case; part A of long '1.' tasks naming documents (one continued by a paragraph, one over '-' "
        "sub-items), part B of disease headings '1. Bệnh sởi – rubella:' over '-' sub-items and a task "
        "with a 'Thông điệp chính:' paragraph, part C of '1.' tasks, part D of two unlabelled 'Đối với "
        "…:' lines over '-' sub-items; closing report request, 'Nơi nhận:' and a 'KT. GIÁM ĐỐC / PHÓ GIÁM "
        "ĐỐC' signature",
        "lines": [
            ("h", "SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH"),
            ("h", "TRUNG TÂM TRUYỀN THÔNG - GIÁO DỤC SỨC KHỎE"),
            ("h", "Số: 86/TTGDSK-TT"),
            ("h", "V/v định hướng TTGDSK tháng 2&3 năm 2015"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Thành phố Hồ Chí Minh, ngày 29 tháng 01 năm 2015"),
            ("h", "Kính gửi:"),
            ("h", "- Phòng Nghiệp vụ Y – Sở Y tế;"),
            ("h", "- Phòng Truyền thông Giáo dục sức khỏe Trung tâm Y tế dự phòng quận, huyện;"),
            ("h", "- Tổ Truyền thông Giáo dục sức khỏe các bệnh viện, trung tâm chuyên khoa;"),
            ("h", "- Tổ Truyền thông Giáo dục sức khỏe các bệnh viện ngoài công lập."),
            (
                "h",
                "Trung tâm Truyền thông – Giáo dục sức khỏe xây dựng định hướng truyền thông giáo dục sức khỏe "
                "tháng 2 và tháng 3 năm 2015 như sau:",
            ),
            (
                "S",
                "A",
                "TRUYỀN THÔNG NHỮNG CHỦ TRƯƠNG, QUY ĐỊNH, VĂN BẢN CỦA NHÀ NƯỚC TRONG LĨNH VỰC Y TẾ",
                "A.",
            ),
            (
                "T",
                "1",
                "Công điện số 53/CĐ-BYT ngày 22/01/2015 của Bộ trưởng Bộ Y tế về việc tăng cường công tác "
                "phòng, chống bệnh sởi. Mùa Đông - Xuân là thời điểm bệnh sởi dễ lây lan, các đơn vị cần đẩy "
                "mạnh tuyên truyền về lợi ích của việc tiêm vắc xin, tiêm đúng lịch, đủ mũi cho trẻ.",
                "1.",
            ),
            (
                "P",
                "Đồng thời hướng dẫn người dân chủ động thực hiện các biện pháp phòng bệnh đường hô hấp cho bản "
                "thân và cộng đồng, đưa trẻ đến cơ sở y tế ngay khi có biểu hiện sốt, phát ban.",
            ),
            (
                "T",
                "2",
                "Chỉ thị số 02/CT-BYT ngày 26/01/2015 của Bộ trưởng Bộ Y tế về bảo đảm công tác y tế trong dịp "
                "Tết Nguyên đán Ất Mùi 2015, trong đó yêu cầu các đơn vị:",
                "2.",
            ),
            (
                "C",
                "-",
                "Tổ chức trực cấp cứu 24/24 giờ, bảo đảm đủ thuốc, máu, dịch truyền và trang thiết bị;",
                "-",
            ),
            ("C", "-", "Chủ động phòng, chống dịch bệnh và bảo đảm an toàn thực phẩm trong dịp Tết;", "-"),
            (
                "C",
                "-",
                "Thực hiện nghiêm quy tắc ứng xử, không để người bệnh bị từ chối hoặc chậm trễ cấp cứu.",
                "-",
            ),
            (
                "T",
                "3",
                "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế có hiệu lực từ ngày 01/01/2015: tuyên "
                "truyền các điểm mới về bảo hiểm y tế bắt buộc, bảo hiểm y tế hộ gia đình và quyền lợi của "
                "người tham gia khi đi khám, chữa bệnh.",
                "3.",
            ),
            ("S", "B", "TRUYỀN THÔNG PHÒNG, CHỐNG DỊCH BỆNH", "B."),
            ("T", "1", "Bệnh sởi – rubella:", "1."),
            (
                "C",
                "-",
                "Vận động phụ huynh đưa trẻ từ 9 tháng tuổi đi tiêm vắc xin sởi đúng lịch; rà soát, tiêm bù cho "
                "trẻ chưa tiêm đủ mũi;",
                "-",
            ),
            (
                "C",
                "-",
                "Hướng dẫn cách ly, chăm sóc trẻ mắc bệnh tại nhà, vệ sinh mũi họng, bảo đảm dinh dưỡng.",
                "-",
            ),
            ("T", "2", "Cúm A(H7N9), cúm A(H5N1):", "2."),
            (
                "C",
                "-",
                "Không mua bán, giết mổ, sử dụng gia cầm không rõ nguồn gốc, gia cầm bị bệnh hoặc chết;",
                "-",
            ),
            (
                "C",
                "-",
                "Rửa tay thường xuyên bằng xà phòng; khi có sốt, ho, khó thở sau tiếp xúc với gia cầm phải đến "
                "ngay cơ sở y tế.",
                "-",
            ),
            (
                "T",
                "3",
                "Bệnh tay chân miệng, sốt xuất huyết: tiếp tục duy trì truyền thông tại trường học, nhà trẻ và "
                "hộ gia đình vì số ca mắc tuy giảm nhưng vẫn còn rải rác ở nhiều quận, huyện.",
                "3.",
            ),
            (
                "P",
                "Thông điệp chính: “Không có lăng quăng, không có sốt xuất huyết” và “Rửa tay bằng xà phòng để "
                "phòng bệnh tay chân miệng”.",
            ),
            ("S", "C", "TRUYỀN THÔNG HƯỞNG ỨNG CÁC NGÀY LỄ, SỰ KIỆN Y TẾ", "C."),
            (
                "T",
                "1",
                "Kỷ niệm 60 năm Ngày Thầy thuốc Việt Nam (27/02/1955 – 27/02/2015): tuyên truyền truyền thống "
                "của ngành y tế, những tấm gương thầy thuốc tiêu biểu và việc đổi mới phong cách, thái độ phục "
                "vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh.",
                "1.",
            ),
            (
                "T",
                "2",
                "Ngày Thế giới phòng, chống lao (24/3): truyền thông về phát hiện sớm, điều trị đủ liệu trình "
                "và phòng lây nhiễm lao trong gia đình, cộng đồng.",
                "2.",
            ),
            (
                "T",
                "3",
                "Ngày Nước thế giới (22/3): truyền thông sử dụng nước sạch, tiết kiệm nước và bảo vệ nguồn "
                "nước.",
                "3.",
            ),
            ("S", "D", "TỔ CHỨC THỰC HIỆN", "D."),
            ("T", "1", "Đối với Trung tâm Y tế dự phòng quận, huyện:", ""),
            (
                "C",
                "-",
                "Phối hợp Phòng Y tế, Trạm Y tế phường, xã tổ chức truyền thông trực tiếp tại cộng đồng, trường "
                "học, chợ và khu nhà trọ công nhân;",
                "-",
            ),
            (
                "C",
                "-",
                "Cung cấp tài liệu, tin bài cho đài truyền thanh phường, xã phát ít nhất 02 lần mỗi tuần.",
                "-",
            ),
            ("T", "2", "Đối với các bệnh viện, trung tâm chuyên khoa:", ""),
            (
                "C",
                "-",
                "Tổ chức nói chuyện sức khỏe, tư vấn cho người bệnh và thân nhân tại khoa khám bệnh, các khoa "
                "lâm sàng;",
                "-",
            ),
            (
                "C",
                "-",
                "Cập nhật nội dung truyền thông trên bảng tin, màn hình tại khu vực chờ khám và trang thông tin "
                "điện tử của đơn vị.",
                "-",
            ),
            (
                "E",
                "Đề nghị các đơn vị báo cáo kết quả hoạt động truyền thông tháng 2 và tháng 3 năm 2015 về Trung "
                "tâm Truyền thông – Giáo dục sức khỏe trước ngày 05/4/2015 để tổng hợp, báo cáo Sở Y tế./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Như trên;"),
            ("E", "- Ban Giám đốc Sở Y tế (để b/c);"),
            ("E", "- Ban Giám đốc Trung tâm;"),
            ("E", "- Lưu: VT, TT."),
            ("E", "KT. GIÁM ĐỐC"),
            ("E", "PHÓ GIÁM ĐỐC"),
            ("E", "Trần Thị Ngọc Lan"),
        ],
    },
]

BLIND15_FORMS: dict[str, list[str]] = {
    "b15a-hoa-an-thong-bao-ket-luan": ["typed.docx", "scan.pdf", "tcvn3.txt"],
    "b15a-tran-bien-nghi-quyet-hdnd": ["typed.docx", "running.pdf", "vni.txt"],
    "b15a-van-canh-cong-van-ung-pho-bao": ["numbered.docx", "photo.jpg", "tcvn3.docx"],
    "b15b-da-nang-nghi-quyet-dai-hoi-phu-nu": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b15b-thua-thien-hue-ke-hoach-tinh-nguyen-he": ["typed.docx", "photo.jpg", "vni.txt"],
    "b15b-mttq-trung-uong-thong-tri-giam-sat": ["numbered.docx", "scan.pdf", "tcvn3.docx"],
    "b15c-van-gia-mam-non-kiem-tra-noi-bo": ["numbered.docx", "running.pdf", "tcvn3.txt"],
    "b15c-loc-vinh-huong-dan-thoi-vu": ["typed.docx", "photo.jpg", "vni.txt"],
    "b15c-tphcm-ttgdsk-dinh-huong-truyen-thong": ["typed.docx", "scan.pdf", "tcvn3.docx"],
}
