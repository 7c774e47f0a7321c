"""The seventeenth blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (07/12/2026, sixteenth session), by three helpers working blind (they never ran the
reader nor read its code), each after the layout and opening of a real public document found that day with the search
tool — none of them a source of the corpus, of its generators, of its target passages or of the first sixteen blind
parts. Past what the page showed, the helpers went on in its style (content, numbers and signatories made up).
Written with the conventions of the sixteenth part's brief (one task a paragraph, a resolution's articles as preamble
and closing, counted names as labels). Frozen after the fixes from the sixteenth part's first run, so its first run
measures the session's rules held out.

Same roles as ``blind10_docs``.
"""

from __future__ import annotations

BLIND17_DOCS: list[dict] = [
    {
        "id": "b17a-phong-dien-ubnd-bao-cao-thang",
        "source": "https://phongdien.thuathienhue.gov.vn/?gd=78&cn=277&tc=3291",
        "style": "a district People's Committee's monthly socio-economic report with next month's key tasks, as "
        "copied from the district portal (no letterhead, no kind line): the post heading, a 'Ngày cập "
        "nhật' line and a news-style lead naming 'Báo cáo số:175/BC-UBND' and ending 'như sau:', then "
        "capital-letter parts 'A.' and 'B.'; A runs four levels deep ('I.' fields over '1.' items over "
        "'a.' run-in headings over unlabelled crop paragraphs like 'Cây lúa: …'), one '1.' item continued "
        "by a paragraph and one run in after its colon, 'III.' a heading continued by a paragraph; B is "
        "'1.' … '7.' tasks, the first over two '-' sub-items, one continued by an assignment paragraph; a "
        "closing './.' sentence and the posting office's name, no signature",
        "lines": [
            (
                "h",
                "Tình hình thực hiện nhiệm vụ kinh tế-xã hội tháng 5 năm 2019 và nhiệm vụ trọng tâm tháng 6 năm "
                "2019",
            ),
            ("h", "Ngày cập nhật 06/06/2019"),
            (
                "h",
                "Ngày 06 tháng 6 năm 2019, đồng chí Trịnh Đức Hùng – Chủ tịch UBND huyện đã ký ban hành Báo cáo "
                "số:175/BC-UBND về hình thực hiện nhiệm vụ kinh tế-xã hội tháng 5 năm 2019 và nhiệm vụ trọng "
                "tâm tháng 6 năm 2019, nội dung cụ thể báo cáo như sau:",
            ),
            ("S", "A", "Tình hình thực hiện nhiệm vụ kinh tế-xã hội tháng 5/2019", "A."),
            ("T", "I", "Lĩnh vực kinh tế:", "I."),
            ("C", "1", "Về sản xuất nông nghiệp:", "1."),
            ("P", "a. Trồng trọt:"),
            (
                "P",
                "Cây lúa: Theo kế hoạch, vụ Hè Thu 2019 toàn huyện gieo cấy 4.947,6 ha; đến hết ngày 31/5/2019 "
                "đã gieo sạ được 4.797 ha. Nếu thời gian tới không có mưa diện rộng, khoảng 82 ha ở vùng gò đồi "
                "có khả năng không gieo sạ được, tập trung tại các xã Phong An, Phong Sơn, Phong Mỹ và Phong "
                "Hòa.",
            ),
            (
                "P",
                "Tiếp tục duy trì 25,2 ha lúa hữu cơ tại An Lỗ và Điền Hòa; mở rộng diện tích sản xuất lúa theo "
                "hướng VietGAP lên gần 2.900 ha/vụ; triển khai mô hình chuyển đổi cây trồng trên diện tích lúa "
                "bị ảnh hưởng tại khu mỏ đá vôi xã Phong Xuân.",
            ),
            (
                "P",
                "Cây sắn, lạc: Sắn sinh trưởng, phát triển bình thường, diện tích bị nhện đỏ gây hại tại Phong "
                "Hiền đã phục hồi; lạc vụ Đông Xuân 2018-2019 đã thu hoạch xong, năng suất ước đạt 22 tạ/ha.",
            ),
            (
                "P",
                "b. Chăn nuôi, thú y: Hoàn thành tiêm phòng đợt 1 cho đàn gia súc, gia cầm, đạt 87% kế hoạch; "
                "giám sát chặt chẽ bệnh Dịch tả lợn châu Phi, trong tháng đã tiêu hủy 236 con lợn mắc bệnh tại "
                "03 xã và hỗ trợ kịp thời cho các hộ bị thiệt hại.",
            ),
            (
                "P",
                "c. Lâm nghiệp: Trồng rừng tập trung được 215 ha; tăng cường tuần tra, kiểm tra, không để xảy "
                "ra cháy rừng trong tháng.",
            ),
            ("C", "2", "Về công nghiệp - tiểu thủ công nghiệp, xây dựng cơ bản:", "2."),
            (
                "P",
                "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp tháng 5 ước đạt 412 tỷ đồng, lũy kế 5 "
                "tháng đạt 1.986 tỷ đồng, bằng 40,2% kế hoạch. Trong tháng khởi công mới 07 công trình; giải "
                "ngân vốn đầu tư công đến ngày 31/5 đạt 38,6% kế hoạch vốn giao.",
            ),
            (
                "C",
                "3",
                "Về thu, chi ngân sách: Tổng thu ngân sách trên địa bàn 5 tháng ước đạt 71,4 tỷ đồng, bằng "
                "44,8% dự toán; chi ngân sách bảo đảm kịp thời các nhiệm vụ chi thường xuyên và chi đầu tư phát "
                "triển.",
                "3.",
            ),
            ("T", "II", "Lĩnh vực văn hóa - xã hội:", "II."),
            (
                "C",
                "1",
                "Giáo dục và đào tạo: Hoàn thành chương trình và tổng kết năm học 2018-2019; tỷ lệ học sinh "
                "hoàn thành chương trình tiểu học đạt 100%, xét công nhận tốt nghiệp trung học cơ sở đạt 99,7%.",
                "1.",
            ),
            (
                "C",
                "2",
                "Y tế: Triển khai chiến dịch vệ sinh môi trường phòng, chống dịch bệnh mùa hè; trong tháng "
                "không có dịch bệnh lớn xảy ra trên địa bàn.",
                "2.",
            ),
            (
                "C",
                "3",
                "Lao động - thương binh và xã hội: Chi trả trợ cấp ưu đãi người có công và trợ cấp bảo trợ xã "
                "hội đầy đủ, kịp thời; giải quyết việc làm mới cho 245 lao động, trong đó đi làm việc ở nước "
                "ngoài 38 người.",
                "3.",
            ),
            ("T", "III", "Quốc phòng - an ninh:", "III."),
            (
                "P",
                "Duy trì nghiêm chế độ trực sẵn sàng chiến đấu; hoàn thành huấn luyện lực lượng dân quân năm "
                "thứ nhất. Tình hình an ninh chính trị, trật tự an toàn xã hội cơ bản ổn định; trong tháng xảy "
                "ra 02 vụ tai nạn giao thông, giảm 01 vụ so với cùng kỳ.",
            ),
            ("S", "B", "Nhiệm vụ trọng tâm tháng 6 năm 2019", "B."),
            (
                "T",
                "1",
                "Tập trung chỉ đạo hoàn thành gieo sạ vụ Hè Thu 2019 trước ngày 10/6/2019; chủ động phương án "
                "chống hạn cho diện tích lúa vùng cao, cuối kênh:",
                "1.",
            ),
            (
                "C",
                "-",
                "Phòng Nông nghiệp và PTNT phối hợp Trạm Khuyến nông, Trạm Trồng trọt và Bảo vệ thực vật theo "
                "dõi sát tình hình sinh vật gây hại, hướng dẫn nông dân phòng trừ kịp thời;",
                "-",
            ),
            (
                "C",
                "-",
                "Chi nhánh Thủy lợi Phong Điền điều tiết nước hợp lý, ưu tiên cấp nước cho các xã Phong An, "
                "Phong Sơn, Phong Mỹ, Phong Hòa.",
                "-",
            ),
            (
                "T",
                "2",
                "Tiếp tục kiểm soát chặt chẽ bệnh Dịch tả lợn châu Phi; xử lý dứt điểm các ổ dịch, không để lây "
                "lan ra diện rộng; thực hiện hỗ trợ thiệt hại cho các hộ chăn nuôi đúng quy định.",
                "2.",
            ),
            (
                "T",
                "3",
                "Đẩy nhanh tiến độ thi công, giải ngân vốn đầu tư công năm 2019, phấn đấu đến ngày 30/6/2019 "
                "giải ngân đạt trên 50% kế hoạch vốn; tập trung giải phóng mặt bằng các dự án trọng điểm trên "
                "địa bàn.",
                "3.",
            ),
            (
                "P",
                "Giao Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện báo cáo tiến độ từng công "
                "trình về UBND huyện (qua Phòng Tài chính - Kế hoạch) trước ngày 25/6/2019.",
            ),
            (
                "T",
                "4",
                "Tăng cường quản lý đất đai, tài nguyên khoáng sản; kiểm tra, xử lý nghiêm các trường hợp khai "
                "thác cát, sỏi trái phép trên sông Ô Lâu và sông Bồ.",
                "4.",
            ),
            (
                "T",
                "5",
                "Chỉ đạo tổ chức tốt kỳ thi tuyển sinh vào lớp 10 năm học 2019-2020 và kỳ thi trung học phổ "
                "thông quốc gia năm 2019 trên địa bàn; tổ chức các hoạt động hè cho thanh thiếu nhi, phòng "
                "chống đuối nước trẻ em.",
                "5.",
            ),
            (
                "T",
                "6",
                "Chuẩn bị các báo cáo, tờ trình trình kỳ họp thường lệ giữa năm 2019 của HĐND huyện; chuẩn bị "
                "nội dung sơ kết 6 tháng đầu năm.",
                "6.",
            ),
            (
                "T",
                "7",
                "Duy trì nghiêm chế độ trực sẵn sàng chiến đấu; triển khai phương án phòng chống thiên tai và "
                "tìm kiếm cứu nạn năm 2019; giữ vững an ninh chính trị, trật tự an toàn xã hội trên địa bàn.",
                "7.",
            ),
            (
                "E",
                "Trên đây là báo cáo tình hình thực hiện nhiệm vụ kinh tế - xã hội tháng 5 và nhiệm vụ trọng "
                "tâm tháng 6 năm 2019 của UBND huyện Phong Điền./.",
            ),
            ("E", "Văn phòng HĐND&UBND huyện"),
        ],
    },
    {
        "id": "b17a-phu-loc-ubnd-bao-cao-nam",
        "source": "https://phuloc.thuathienhue.gov.vn/?gd=6&cn=266&tc=1594",
        "style": "a district People's Committee's year-end socio-economic report with next year's targets: "
        "two-line state issuer header over 'Số …/BC-UBND', 'BÁO CÁO' over a sentence-case subject, one "
        "lead-in sentence on how many of the 14 main indicators were met (the page's indicator table "
        "under it left out), then capital Roman parts 'I.' … 'III.': I over '1.' … '5.' tasks, the first "
        "over decimal '1.1.' … '1.3.' sub-items (two continued by a paragraph, one run in), the second "
        "over '-' sub-items, the fourth over decimal '4.1.' … '4.3.'; II two unlabelled paragraphs; III a "
        "'1.' heading continued by a paragraph, a '2.' heading over four '-' targets and a '3.' heading "
        "over decimal '3.1.' … '3.4.'; 'Trên đây là …/.', 'Nơi nhận:' and 'TM. ỦY BAN NHÂN DÂN / CHỦ "
        "TỊCH'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "HUYỆN PHÚ LỘC"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 287/BC-UBND"),
            ("h", "Phú Lộc, ngày 09 tháng 12 năm 2013"),
            ("title", "BÁO CÁO"),
            ("h", "Tình hình kinh tế - xã hội năm 2013 và nhiệm vụ, kế hoạch năm 2014"),
            (
                "h",
                "Trong 14 chỉ tiêu kinh tế xã hội chủ yếu được Hội đồng nhân dân huyện thông qua, có 12 chỉ "
                "tiêu đạt và vượt kế hoạch đề ra, 02 chỉ tiêu chưa đạt là sản lượng lương thực có hạt (đạt 97% "
                "kế hoạch) và tổng đầu tư toàn xã hội (đạt 93,3% kế hoạch).",
            ),
            ("S", "I", "NHỮNG KẾT QUẢ ĐẠT ĐƯỢC NĂM 2013", "I."),
            ("T", "1", "Tình hình sản xuất kinh doanh:", "1."),
            ("C", "1.1", "Lĩnh vực dịch vụ:", "1.1."),
            (
                "P",
                "Tuy còn gặp nhiều khó khăn do ảnh hưởng của lạm phát và việc thắt chặt chi tiêu làm sức mua "
                "giảm, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ vẫn ước đạt 2.150 tỷ đồng, tăng 14,6% so "
                "với năm 2012. Du lịch tiếp tục là điểm sáng, doanh thu du lịch tăng 36% (kế hoạch tăng 28%), "
                "lượng khách đến Lăng Cô, Bạch Mã, Cảnh Dương đạt trên 620 nghìn lượt.",
            ),
            (
                "C",
                "1.2",
                "Công nghiệp - xây dựng: Giá trị sản xuất ước đạt 3.598 tỷ đồng, đạt 100,5% kế hoạch; các dự án "
                "tại Khu kinh tế Chân Mây - Lăng Cô và Khu công nghiệp La Sơn tiếp tục được đẩy nhanh tiến độ.",
                "1.2.",
            ),
            ("C", "1.3", "Nông - lâm - ngư nghiệp:", "1.3."),
            (
                "P",
                "Sản lượng lương thực có hạt đạt 36.348 tấn, bằng 97% kế hoạch do vụ Hè Thu bị ảnh hưởng của "
                "mưa lớn đầu vụ. Sản lượng khai thác và nuôi trồng thủy sản đạt 9.860 tấn; trồng mới 1.450 ha "
                "rừng tập trung, tỷ lệ che phủ rừng đạt 47,6%.",
            ),
            ("T", "2", "Đầu tư phát triển và xây dựng nông thôn mới:", "2."),
            (
                "C",
                "-",
                "Tổng vốn đầu tư toàn xã hội ước đạt 4.200 tỷ đồng, bằng 93,3% kế hoạch; hoàn thành đưa vào sử "
                "dụng 42 công trình hạ tầng thiết yếu;",
                "-",
            ),
            (
                "C",
                "-",
                "Làm mới 27 km đường giao thông nông thôn, vượt 80% kế hoạch; xã Lộc Trì cơ bản hoàn thành "
                "15/19 tiêu chí nông thôn mới.",
                "-",
            ),
            (
                "T",
                "3",
                "Thu, chi ngân sách: Thu ngân sách nhà nước trên địa bàn ước đạt 440,7 tỷ đồng, bằng 101% dự "
                "toán, trong đó thu cân đối ngân sách 81,7 tỷ đồng; chi ngân sách bảo đảm đúng dự toán, tiết "
                "kiệm.",
                "3.",
            ),
            ("T", "4", "Văn hóa - xã hội:", "4."),
            (
                "C",
                "4.1",
                "Giáo dục - đào tạo: Có thêm 04 trường đạt chuẩn quốc gia; tỷ lệ học sinh tốt nghiệp trung học "
                "phổ thông đạt 97,8%.",
                "4.1.",
            ),
            (
                "C",
                "4.2",
                "Y tế, dân số: Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng giảm còn 10,73%; tỷ lệ tăng dân số tự "
                "nhiên 1,03%.",
                "4.2.",
            ),
            (
                "C",
                "4.3",
                "Lao động, việc làm và giảm nghèo: Tạo việc làm mới cho 2.550 lao động; tỷ lệ hộ nghèo giảm còn "
                "7,11%.",
                "4.3.",
            ),
            (
                "T",
                "5",
                "Quốc phòng - an ninh và cải cách hành chính: Hoàn thành 100% chỉ tiêu giao quân; an ninh chính "
                "trị, trật tự an toàn xã hội được giữ vững; bộ phận tiếp nhận và trả kết quả theo cơ chế một "
                "cửa liên thông hoạt động nền nếp.",
                "5.",
            ),
            ("S", "II", "TỒN TẠI, HẠN CHẾ", "II."),
            (
                "T",
                "1",
                "Sản xuất nông nghiệp còn phụ thuộc nhiều vào thời tiết, sản lượng lương thực không đạt kế "
                "hoạch; việc dồn điền đổi thửa, chuyển đổi cơ cấu cây trồng ở một số xã còn chậm.",
                "",
            ),
            (
                "T",
                "2",
                "Huy động vốn đầu tư toàn xã hội chưa đạt kế hoạch; công tác bồi thường, giải phóng mặt bằng "
                "một số dự án trong Khu kinh tế Chân Mây - Lăng Cô còn kéo dài; tình trạng khai thác cát, sạn "
                "trái phép chưa được ngăn chặn triệt để.",
                "",
            ),
            ("S", "III", "NHIỆM VỤ, KẾ HOẠCH NĂM 2014", "III."),
            ("T", "1", "Mục tiêu tổng quát", "1."),
            (
                "P",
                "Tiếp tục đẩy mạnh phát triển dịch vụ - du lịch gắn với Khu kinh tế Chân Mây - Lăng Cô; huy "
                "động tốt các nguồn lực đầu tư kết cấu hạ tầng, xây dựng nông thôn mới; bảo đảm an sinh xã hội, "
                "giữ vững quốc phòng - an ninh, phấn đấu hoàn thành các chỉ tiêu Nghị quyết Đại hội Đảng bộ "
                "huyện nhiệm kỳ 2010 - 2015.",
            ),
            ("T", "2", "Các chỉ tiêu chủ yếu:", "2."),
            (
                "C",
                "-",
                "Giá trị sản xuất tăng 13 - 14% so với năm 2013; thu nhập bình quân đầu người đạt 34 triệu "
                "đồng;",
                "-",
            ),
            (
                "C",
                "-",
                "Thu ngân sách nhà nước trên địa bàn đạt 460 tỷ đồng, trong đó thu cân đối ngân sách 88 tỷ "
                "đồng;",
                "-",
            ),
            (
                "C",
                "-",
                "Sản lượng lương thực có hạt đạt 38.000 tấn; tổng đầu tư toàn xã hội đạt 4.700 tỷ đồng;",
                "-",
            ),
            (
                "C",
                "-",
                "Tỷ lệ hộ nghèo giảm còn dưới 6%; tạo việc làm mới cho 2.600 lao động; tỷ lệ che phủ rừng đạt "
                "48%.",
                "-",
            ),
            ("T", "3", "Nhiệm vụ, giải pháp chủ yếu:", "3."),
            (
                "C",
                "3.1",
                "Phát triển mạnh dịch vụ - du lịch; phối hợp với Ban Quản lý Khu kinh tế, công nghiệp tỉnh đẩy "
                "nhanh tiến độ các dự án du lịch tại Lăng Cô, Cảnh Dương, Vinh Hiền.",
                "3.1.",
            ),
            (
                "C",
                "3.2",
                "Chỉ đạo sản xuất vụ Đông Xuân 2013 - 2014 đúng lịch thời vụ; chủ động phòng, chống dịch bệnh "
                "trên cây trồng, vật nuôi; tập trung xây dựng nông thôn mới tại các xã điểm.",
                "3.2.",
            ),
            (
                "C",
                "3.3",
                "Tăng cường quản lý thu, chống thất thu ngân sách; quản lý chặt chẽ đất đai, tài nguyên khoáng "
                "sản, bảo vệ môi trường.",
                "3.3.",
            ),
            (
                "C",
                "3.4",
                "Nâng cao chất lượng giáo dục, y tế; thực hiện đầy đủ chính sách an sinh xã hội; giữ vững an "
                "ninh chính trị, trật tự an toàn xã hội; đẩy mạnh cải cách hành chính.",
                "3.4.",
            ),
            (
                "E",
                "Trên đây là báo cáo tình hình kinh tế - xã hội năm 2013 và nhiệm vụ, kế hoạch năm 2014 của Ủy "
                "ban nhân dân huyện Phú Lộc./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- UBND tỉnh (b/c);"),
            ("E", "- Sở Kế hoạch và Đầu tư;"),
            ("E", "- TT Huyện ủy; TT HĐND huyện;"),
            ("E", "- Đại biểu HĐND huyện;"),
            ("E", "- Các phòng, ban, đơn vị thuộc huyện;"),
            ("E", "- Lưu: VT."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "CHỦ TỊCH"),
            ("E", "Lê Văn Tùng"),
        ],
    },
    {
        "id": "b17a-a-luoi-ubnd-chi-thi",
        "source": "https://aluoi.thuathienhue.gov.vn/?cn=316&gd=21&tc=38605",
        "style": "a district People's Committee chairman's start-of-year directive (chỉ thị), after the flat "
        "numbered tasks of the page (its letterhead, subject and preamble reconstructed): two-line state "
        "issuer header over 'Số: …/CT-UBND', 'CHỈ THỊ' over a sentence-case 'Về …' subject, a context "
        "paragraph and a '… yêu cầu … thực hiện tốt các nội dung sau:' lead-in, then a single flat level "
        "of tasks '1.' … '9.' (no sections): the first continued by an unlabelled paragraph, two ending "
        "':' over three '-' sub-items each naming an office; a closing request './.', 'Nơi nhận:' and a "
        "bare 'CHỦ TỊCH' signature",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "HUYỆN A LƯỚI"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 01/CT-UBND"),
            ("h", "A Lưới, ngày 05 tháng 01 năm 2023"),
            ("title", "CHỈ THỊ"),
            (
                "h",
                "Về tập trung thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh ngay "
                "từ những ngày đầu năm 2023",
            ),
            (
                "h",
                "Năm 2022, trong bối cảnh còn nhiều khó khăn, thách thức, với sự nỗ lực của cả hệ thống chính "
                "trị và Nhân dân các dân tộc trong huyện, A Lưới đã đạt được những kết quả quan trọng: 13/14 "
                "chỉ tiêu chủ yếu đạt và vượt kế hoạch, tỷ lệ hộ nghèo giảm 6,2%, quốc phòng - an ninh được giữ "
                "vững. Năm 2023 có ý nghĩa đặc biệt quan trọng, tạo tiền đề để huyện thoát khỏi huyện nghèo và "
                "hoàn thành các mục tiêu Nghị quyết Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020 - 2025.",
            ),
            (
                "h",
                "Để thực hiện thắng lợi các mục tiêu, chỉ tiêu năm 2023, Chủ tịch Ủy ban nhân dân huyện yêu cầu "
                "Thủ trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các xã, thị trấn tập trung chỉ đạo, "
                "thực hiện tốt các nội dung sau:",
            ),
            (
                "T",
                "1",
                "Thủ trưởng các cơ quan, đơn vị, địa phương trên địa bàn đề cao trách nhiệm người đứng đầu, nêu "
                "cao tinh thần quyết tâm, phấn đấu ngay từ những ngày đầu năm mới; tổ chức thực hiện nghiêm "
                "Chương trình hành động số 01-CTr/HU ngày 31/8/2020 của Ban Chấp hành Đảng bộ huyện và Quyết "
                "định số 01/QĐ-UBND ngày 03/01/2023 của UBND huyện về triển khai thực hiện kế hoạch phát triển "
                "kinh tế - xã hội năm 2023.",
                "1.",
            ),
            (
                "P",
                "Quán triệt, cụ thể hóa nhiệm vụ thành chương trình, kế hoạch công tác của cơ quan, đơn vị "
                "mình; theo dõi sát tình hình thực tiễn, tăng cường kiểm tra, đôn đốc, xử lý kịp thời những vấn "
                "đề phát sinh, không để chậm trễ ảnh hưởng đến sản xuất, kinh doanh và đời sống Nhân dân.",
            ),
            (
                "T",
                "2",
                "Toàn bộ hệ thống chính trị toàn huyện cùng vào cuộc quyết liệt, tuyệt đối không chủ quan trong "
                "phòng, chống dịch bệnh Covid-19 và các dịch bệnh mới nổi; Ban Chỉ đạo huyện và các xã, thị "
                "trấn chủ động kịch bản, giải pháp ứng phó kịp thời với diễn biến của dịch bệnh.",
                "2.",
            ),
            (
                "T",
                "3",
                "Tập trung chỉ đạo sản xuất vụ Đông Xuân 2022 - 2023 bảo đảm đúng lịch thời vụ:",
                "3.",
            ),
            (
                "C",
                "-",
                "Phòng Nông nghiệp và PTNT hướng dẫn các xã bố trí cơ cấu giống phù hợp, chủ động phương án "
                "phòng, chống rét cho cây trồng, vật nuôi;",
                "-",
            ),
            (
                "C",
                "-",
                "Trung tâm Dịch vụ nông nghiệp huyện cung ứng đủ giống lúa xác nhận, phân bón; theo dõi chặt "
                "chẽ tình hình sâu bệnh;",
                "-",
            ),
            (
                "C",
                "-",
                "UBND các xã, thị trấn kiểm tra, nạo vét kênh mương, bảo đảm đủ nước tưới cho 1.350 ha lúa.",
                "-",
            ),
            (
                "T",
                "4",
                "Tổ chức tốt các hoạt động mừng Đảng, mừng Xuân Quý Mão 2023; thăm hỏi, tặng quà các gia đình "
                "chính sách, người có công, hộ nghèo, bảo đảm mọi người, mọi nhà đều được đón Tết vui tươi, an "
                "toàn, tiết kiệm.",
                "4.",
            ),
            (
                "T",
                "5",
                "Đẩy nhanh tiến độ thực hiện các chương trình mục tiêu quốc gia năm 2023, phấn đấu đủ điều kiện "
                "đề nghị công nhận huyện thoát khỏi huyện nghèo:",
                "5.",
            ),
            (
                "C",
                "-",
                "Phòng Lao động - Thương binh và Xã hội chủ trì rà soát các tiêu chí thoát nghèo, báo cáo UBND "
                "huyện trước ngày 28/02/2023;",
                "-",
            ),
            (
                "C",
                "-",
                "Phòng Tài chính - Kế hoạch tham mưu phân bổ vốn các chương trình mục tiêu quốc gia ngay trong "
                "quý I/2023;",
                "-",
            ),
            (
                "C",
                "-",
                "Phòng Dân tộc hướng dẫn thực hiện các dự án hỗ trợ đất ở, nhà ở, nước sinh hoạt cho đồng bào "
                "dân tộc thiểu số.",
                "-",
            ),
            (
                "T",
                "6",
                "Quản lý chặt chẽ đất đai, tài nguyên rừng; tăng cường tuần tra, kiểm soát, xử lý nghiêm các "
                "hành vi khai thác lâm sản, khai thác vàng trái phép, nhất là tại khu vực biên giới.",
                "6.",
            ),
            (
                "T",
                "7",
                "Tăng cường kỷ luật, kỷ cương hành chính; nâng cao chất lượng giải quyết thủ tục hành chính tại "
                "Bộ phận tiếp nhận và trả kết quả huyện, xã; không để hồ sơ trễ hạn.",
                "7.",
            ),
            (
                "T",
                "8",
                "Công an huyện, Ban Chỉ huy Quân sự huyện phối hợp các Đồn Biên phòng nắm chắc tình hình, bảo "
                "đảm an ninh chính trị, trật tự an toàn xã hội; duy trì nghiêm chế độ trực sẵn sàng chiến đấu; "
                "hoàn thành chỉ tiêu giao quân năm 2023.",
                "8.",
            ),
            (
                "T",
                "9",
                "Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc việc thực hiện Chỉ thị này; tổng hợp, báo "
                "cáo Chủ tịch UBND huyện tại phiên họp thường kỳ hằng tháng.",
                "9.",
            ),
            (
                "E",
                "Chủ tịch Ủy ban nhân dân huyện yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân "
                "dân các xã, thị trấn nghiêm túc triển khai thực hiện Chỉ thị này./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- UBND tỉnh (b/c);"),
            ("E", "- TT Huyện ủy, TT HĐND huyện;"),
            ("E", "- CT, các PCT UBND huyện;"),
            ("E", "- UBMTTQVN huyện và các đoàn thể;"),
            ("E", "- Các cơ quan, đơn vị thuộc huyện;"),
            ("E", "- UBND các xã, thị trấn;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Hồ Văn Ngọc"),
        ],
    },
    {
        "id": "b17b-vinh-hoa-chi-bo-nghi-quyet-thang",
        "source": "http://thvinhlong-thangthuy.haiphong.edu.vn/tin-tuc-su-kien/sinh-hoat-chi-bo-thuong-ky-thang-10/ctfull/2292/470062",
        "style": "a school Party cell's monthly resolution (chi bộ trường tiểu học under a new commune's Party "
        "committee): Party header with '*' and 'Số 09-NQ/CB', 'NGHỊ QUYẾT' over a sentence-case subject "
        "and a dashed rule, a 'Thực hiện …' lead-in, an attendance line and a 'Sau khi nghe …' paragraph "
        "over a bare 'QUYẾT NGHỊ:' line, then capital Roman parts 'I.' … 'IV.': I over '1. Ưu điểm' with "
        "'-' sub-items and a run-in '2. Hạn chế: …' task continued by a 'Nguyên nhân …' paragraph, II "
        "over three '1.' headings with '-' sub-items (one '-' item over two '+' third-level lines), III "
        "of '-' targets with two typed on one line, IV of two plain paragraphs; a one-line adoption "
        "sentence './.', 'Nơi nhận:' and 'T/M CHI BỘ / BÍ THƯ'",
        "lines": [
            ("h", "ĐẢNG BỘ XÃ VĨNH HÒA"),
            ("h", "CHI BỘ TRƯỜNG TIỂU HỌC VĨNH LONG - THẮNG THỦY"),
            ("h", "*"),
            ("h", "Số 09-NQ/CB"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Vĩnh Hòa, ngày 04 tháng 10 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "Sinh hoạt chi bộ thường kỳ tháng 10 năm 2025"),
            ("h", "-----"),
            (
                "h",
                "Thực hiện Điều lệ Đảng Cộng sản Việt Nam và Công văn số 29/BXDĐ của Ban Xây dựng Đảng xã Vĩnh "
                "Hòa về việc hướng dẫn nội dung sinh hoạt chi bộ tháng 10, ngày 04/10/2025, Chi bộ Trường Tiểu "
                "học Vĩnh Long - Thắng Thủy tổ chức sinh hoạt chi bộ thường kỳ tháng 10 năm 2025. Dự sinh hoạt "
                "có đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã và đồng chí Đảng "
                "ủy viên phụ trách chi bộ.",
            ),
            ("h", "Tổng số đảng viên: 30 đồng chí; có mặt: 28 đồng chí; vắng: 02 đồng chí (có lý do)."),
            (
                "h",
                "Sau khi nghe thông tin tình hình kinh tế, chính trị của Thành phố và của xã Vĩnh Hòa tháng "
                "9/2025, nghe báo cáo đánh giá kết quả thực hiện nhiệm vụ tháng 9 và dự kiến phương hướng, "
                "nhiệm vụ tháng 10; trên cơ sở ý kiến thảo luận của đảng viên, Chi bộ",
            ),
            ("h", "QUYẾT NGHỊ:"),
            ("S", "I", "KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 9 NĂM 2025", "I."),
            ("T", "1", "Ưu điểm", "1."),
            (
                "C",
                "-",
                "Chi bộ lãnh đạo nhà trường tổ chức khai giảng năm học 2025 - 2026 trang trọng, an toàn; huy "
                "động 100% trẻ 6 tuổi vào lớp 1; ổn định nền nếp dạy và học ngay từ tuần đầu năm học.",
                "-",
            ),
            (
                "C",
                "-",
                "Công tác tư tưởng, sinh hoạt nội bộ được giữ vững; đảng viên thực hiện tốt quy định về trách "
                "nhiệm nêu gương, không có đảng viên vi phạm kỷ luật.",
                "-",
            ),
            (
                "C",
                "-",
                "Thu nộp đảng phí tháng 9 đầy đủ, đúng quy định; hoàn thành việc đổi thẻ đảng viên đợt 1 cho 12 "
                "đồng chí theo Chỉ thị số 51-CT/TW của Ban Bí thư.",
                "-",
            ),
            (
                "T",
                "2",
                "Hạn chế: Công tác cập nhật dữ liệu đảng viên trên phần mềm quản lý, công tác tuyên truyền trên "
                "trang thông tin điện tử của nhà trường còn chậm; một số đảng viên chưa chủ động tham gia ý "
                "kiến trong sinh hoạt chi bộ.",
                "2.",
            ),
            (
                "P",
                "Nguyên nhân chủ yếu do khối lượng công việc đầu năm học lớn, việc phân công đảng viên phụ "
                "trách từng nội dung chưa cụ thể.",
            ),
            ("S", "II", "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM THÁNG 10 NĂM 2025", "II."),
            ("T", "1", "Công tác chính trị, tư tưởng", "1."),
            (
                "C",
                "-",
                "Tổ chức cho đảng viên nghiên cứu, quán triệt Chỉ thị số 50-CT/TW ngày 23/7/2025 của Ban Bí thư "
                "về tiếp tục đổi mới, nâng cao chất lượng sinh hoạt chi bộ trong giai đoạn mới;",
                "-",
            ),
            (
                "C",
                "-",
                "Tuyên truyền, cổ vũ không khí thi đua chào mừng Đại hội đại biểu Đảng bộ thành phố nhiệm kỳ "
                "2025 - 2030 và kỷ niệm 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
                "20/10/2025).",
                "-",
            ),
            ("T", "2", "Lãnh đạo thực hiện nhiệm vụ chuyên môn", "2."),
            (
                "C",
                "-",
                "Chỉ đạo thực hiện kế hoạch giáo dục năm học 2025 - 2026 đúng tiến độ; tổ chức chuyên đề cấp "
                "trường về dạy học môn Tiếng Việt lớp 1 trong tháng;",
                "-",
            ),
            ("C", "-", "Tổ chức khảo sát chất lượng đầu năm và phân công bồi dưỡng học sinh, cụ thể:", "-"),
            ("P", "+ Khối 1, 2: rèn kỹ năng đọc, viết cho học sinh chưa đạt yêu cầu;"),
            ("P", "+ Khối 3, 4, 5: bồi dưỡng học sinh có năng khiếu Toán, Tiếng Anh."),
            (
                "C",
                "-",
                "Phối hợp với Ban đại diện cha mẹ học sinh tổ chức hội nghị cha mẹ học sinh đầu năm; thực hiện "
                "công khai các khoản thu theo quy định.",
                "-",
            ),
            ("T", "3", "Công tác xây dựng Đảng", "3."),
            (
                "C",
                "-",
                "Hoàn thành cập nhật, chuẩn hóa dữ liệu đảng viên trên phần mềm quản lý trước ngày 25/10/2025; "
                "tiếp tục thực hiện đổi thẻ đảng viên đợt 2;",
                "-",
            ),
            (
                "C",
                "-",
                "Chi ủy xây dựng kế hoạch kiểm tra, giám sát quý IV; kiểm tra việc thực hiện nhiệm vụ được giao "
                "đối với 02 đảng viên;",
                "-",
            ),
            (
                "C",
                "-",
                "Phân công đảng viên giúp đỡ, bồi dưỡng 02 quần chúng ưu tú đã học lớp bồi dưỡng nhận thức về "
                "Đảng.",
                "-",
            ),
            ("S", "III", "CHỈ TIÊU PHẤN ĐẤU", "III."),
            ("T", "1", "100% đảng viên tham gia đầy đủ sinh hoạt chi bộ, thu nộp đảng phí đúng hạn.", "-"),
            (
                "M",
                [
                    (
                        "2",
                        "100% giáo viên là đảng viên đăng ký tiết dạy tốt chào mừng Ngày Nhà giáo Việt Nam 20/11;",
                    ),
                    ("3", "Không có đảng viên vi phạm đạo đức nhà giáo."),
                ],
            ),
            ("T", "4", "Tỷ lệ học sinh đi học chuyên cần đạt từ 98% trở lên.", "-"),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Chi ủy phân công nhiệm vụ cụ thể cho từng đảng viên; đồng chí Bí thư Chi bộ chịu trách nhiệm "
                "chung, đồng chí Phó Bí thư phụ trách công tác chuyên môn và kiểm tra, giám sát.",
                "",
            ),
            (
                "T",
                "2",
                "Mỗi đảng viên căn cứ Nghị quyết xây dựng kế hoạch thực hiện nhiệm vụ cá nhân, báo cáo kết quả "
                "tại buổi sinh hoạt chi bộ tháng 11 năm 2025.",
                "",
            ),
            (
                "E",
                "Nghị quyết được 28/28 đảng viên có mặt nhất trí thông qua và được phổ biến đến toàn thể đảng "
                "viên trong chi bộ./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Đảng ủy xã Vĩnh Hòa (b/c),"),
            ("E", "- Ban Xây dựng Đảng xã,"),
            ("E", "- Đảng viên trong chi bộ,"),
            ("E", "- Lưu Chi bộ."),
            ("E", "T/M CHI BỘ"),
            ("E", "BÍ THƯ"),
            ("E", "Nguyễn Thị Hạnh"),
        ],
    },
    {
        "id": "b17b-hoa-lac-dang-uy-thong-bao-ket-luan",
        "source": "https://hoalac.hanoi.gov.vn/tin-tuc-su-kien/dang-bo-xa-hoa-lac-to-chuc-hoi-nghi-ban-chap-hanh-thong-qua-nhieu-noi-dung-trong-tam-ve-cong-tac-xay-dung-dang-va-phat-trien-kinh-te-xa-hoi-2706250707232049668.htm",
        "style": "a new commune Party committee's notice of the conclusions of its second Executive Committee "
        "meeting (thông báo kết luận, July 2025): Party header with '*' and 'Số 05-TB/ĐU', 'THÔNG BÁO' "
        "over a sentence-case subject and a dashed rule, a long 'Ngày …' paragraph listing the six items "
        "and a '… kết luận như sau:' lead-in, then sentence-case parts numbered '1.' … '5.' (no Roman "
        "level) each opening 'Về …': parts 1, 2 and 4 of plain paragraphs (one opening with a run-in 'Về "
        "Đề án …:'), part 3 of 'a)' 'b)' tasks, a) run in after 'Kết quả đạt được:' and continued by a "
        "'Tuy nhiên, …' paragraph, b) ending ':' over '-' sub-items, one continued by a paragraph; part 5 "
        "of '-' tasks naming the bodies; a notice formula './.', 'Nơi nhận:' and 'T/L BAN THƯỜNG VỤ / "
        "CHÁNH VĂN PHÒNG'",
        "lines": [
            ("h", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"),
            ("h", "ĐẢNG ỦY XÃ HÒA LẠC"),
            ("h", "*"),
            ("h", "Số 05-TB/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Hòa Lạc, ngày 08 tháng 7 năm 2025"),
            ("title", "THÔNG BÁO"),
            ("h", "Kết luận Hội nghị Ban Chấp hành Đảng bộ xã lần thứ 2"),
            ("h", "-----"),
            (
                "h",
                "Ngày 07/7/2025, Ban Chấp hành Đảng bộ xã Hòa Lạc tổ chức Hội nghị lần thứ 2 để thảo luận, cho "
                "ý kiến vào 6 nội dung: Quy chế làm việc của Ban Chấp hành Đảng bộ xã; quy định chức năng, "
                "nhiệm vụ của các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy xã; Đề án thành lập các tổ "
                "chức cơ sở đảng trực thuộc Đảng bộ xã; Chương trình công tác năm 2025 của Ban Chấp hành, Ban "
                "Thường vụ Đảng ủy; tình hình phát triển kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ 6 tháng "
                "cuối năm 2025 và Kế hoạch kiểm tra, giám sát 6 tháng cuối năm 2025.",
            ),
            (
                "h",
                "Sau khi nghe các báo cáo, tờ trình và ý kiến thảo luận của các đồng chí Ủy viên Ban Chấp hành, "
                "đồng chí Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã kết luận như sau:",
            ),
            ("S", "1", "Về các quy chế, quy định và đề án tổ chức bộ máy", "1."),
            (
                "T",
                "1",
                "Hội nghị thống nhất thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ xã Hòa Lạc nhiệm kỳ "
                "2020 - 2025; Quy định chức năng, nhiệm vụ, tổ chức bộ máy của Ban Xây dựng Đảng, Ủy ban Kiểm "
                "tra, Văn phòng Đảng ủy và cơ quan Ủy ban MTTQ Việt Nam xã.",
                "",
            ),
            (
                "T",
                "2",
                "Giao Văn phòng Đảng ủy tiếp thu ý kiến của các đồng chí Ủy viên Ban Chấp hành, hoàn thiện văn "
                "bản, trình đồng chí Bí thư Đảng ủy ký ban hành trước ngày 10/7/2025.",
                "",
            ),
            (
                "T",
                "3",
                "Về Đề án thành lập các tổ chức cơ sở đảng trực thuộc: thống nhất thành lập 38 chi bộ, đảng bộ "
                "trực thuộc Đảng bộ xã; giao Ban Xây dựng Đảng hoàn thiện hồ sơ, tham mưu quyết định chỉ định "
                "cấp ủy, bí thư, phó bí thư, bảo đảm các tổ chức đảng đi vào hoạt động từ ngày 15/7/2025.",
                "",
            ),
            ("S", "2", "Về Chương trình công tác năm 2025 của Ban Chấp hành, Ban Thường vụ Đảng ủy", "2."),
            (
                "T",
                "1",
                "Cơ bản thống nhất dự thảo Chương trình công tác; giao Văn phòng Đảng ủy bổ sung các nội dung "
                "chuẩn bị Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030 và công tác tổng kết năm, "
                "trình ban hành trong tháng 7/2025.",
                "",
            ),
            ("S", "3", "Về tình hình kinh tế - xã hội 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2025", "3."),
            (
                "T",
                "a",
                "Kết quả đạt được: Sáu tháng đầu năm, tình hình kinh tế - xã hội trên địa bàn các xã trước sắp "
                "xếp cơ bản ổn định; thu ngân sách ước đạt 56% dự toán; công tác chuẩn bị vận hành chính quyền "
                "địa phương hai cấp được triển khai chủ động, bộ máy mới đi vào hoạt động thông suốt từ ngày "
                "01/7/2025.",
                "a)",
            ),
            (
                "P",
                "Tuy nhiên, công tác giải phóng mặt bằng một số dự án còn chậm; vi phạm trật tự xây dựng, lấn "
                "chiếm đất công vẫn còn phát sinh; việc bàn giao hồ sơ, tài liệu giữa các xã cũ chưa hoàn tất.",
            ),
            ("T", "b", "Nhiệm vụ trọng tâm 6 tháng cuối năm 2025:", "b)"),
            (
                "C",
                "-",
                "Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã rà soát, điều chỉnh kế hoạch phát triển "
                "kinh tế - xã hội năm 2025 phù hợp với địa giới hành chính mới; phấn đấu hoàn thành 100% dự "
                "toán thu ngân sách;",
                "-",
            ),
            (
                "C",
                "-",
                "Tập trung giải phóng mặt bằng các dự án trọng điểm trên địa bàn; xử lý dứt điểm các trường hợp "
                "vi phạm trật tự xây dựng phát sinh mới;",
                "-",
            ),
            (
                "C",
                "-",
                "Vận hành hiệu quả Trung tâm Phục vụ hành chính công xã, bảo đảm 100% hồ sơ thủ tục hành chính "
                "được giải quyết đúng hạn;",
                "-",
            ),
            (
                "P",
                "Trong tháng 7/2025, Trung tâm bố trí công chức hướng dẫn trực tiếp tại các điểm tiếp nhận của "
                "các xã cũ để người dân không phải đi lại nhiều lần.",
            ),
            (
                "C",
                "-",
                "Bảo đảm an ninh chính trị, trật tự an toàn xã hội; chuẩn bị tốt công tác tuyển chọn, gọi công "
                "dân nhập ngũ năm 2026.",
                "-",
            ),
            ("S", "4", "Về Kế hoạch kiểm tra, giám sát 6 tháng cuối năm 2025", "4."),
            (
                "T",
                "1",
                "Thống nhất thông qua Kế hoạch; Ủy ban Kiểm tra Đảng ủy tập trung giám sát việc bàn giao, tiếp "
                "nhận tài chính, tài sản, hồ sơ sau sắp xếp và việc chấp hành quy chế làm việc của các tổ chức "
                "đảng mới thành lập.",
                "",
            ),
            ("S", "5", "Tổ chức thực hiện", "5."),
            (
                "T",
                "1",
                "Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã theo lĩnh vực được phân công chủ động chỉ đạo, "
                "đôn đốc thực hiện các nội dung kết luận; báo cáo Ban Thường vụ tại cuộc giao ban hằng tháng.",
                "-",
            ),
            (
                "T",
                "2",
                "Văn phòng Đảng ủy theo dõi, tổng hợp tiến độ thực hiện, báo cáo Thường trực Đảng ủy trước ngày "
                "25 hằng tháng.",
                "-",
            ),
            (
                "T",
                "3",
                "Đề nghị Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội xã tuyên truyền, vận động Nhân "
                "dân đồng thuận với chủ trương sắp xếp tổ chức bộ máy, tích cực tham gia các phong trào thi đua "
                "chào mừng Đại hội Đảng bộ xã.",
                "-",
            ),
            (
                "E",
                "Văn phòng Đảng ủy thông báo để các chi, đảng bộ trực thuộc và các cơ quan, đơn vị liên quan "
                "biết, thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thường trực Thành ủy (để b/c),"),
            ("E", "- Các đồng chí Ủy viên BCH Đảng bộ xã,"),
            ("E", "- Các chi, đảng bộ trực thuộc,"),
            ("E", "- HĐND, UBND, UBMTTQ xã,"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/L BAN THƯỜNG VỤ"),
            ("E", "CHÁNH VĂN PHÒNG"),
            ("E", "Kiều Văn Thắng"),
        ],
    },
    {
        "id": "b17b-hoai-duc-ubnd-xa-ke-hoach-binh-dan-hoc-vu-so",
        "source": "https://hoaiduc.hanoi.gov.vn/chi-dao-cua-dia-phuong/xa-hoai-duc-lan-toa-tinh-than-tu-hoc-tich-cuc-tham-gia-tien-trinh-chuyen-doi-so-2784250728164623255.htm",
        "style": "a new commune People's Committee's plan for the 'Bình dân học vụ số' digital-skills movement "
        "(July 2025): two-line state header, 'Số: …/KH-UBND', 'KẾ HOẠCH' over a sentence-case subject, "
        "one 'Thực hiện … như sau:' lead-in, then capital Roman parts 'I.' … 'IV.' with a single '1.' "
        "level and '-' sub-items only: I over 'Mục đích' / 'Yêu cầu' headings with '-' items, II of three "
        "'1.' target tasks, III of four tasks (two headings over '-' items, one heading continued by a "
        "paragraph, one long run-in task), IV of six '1.' assignments to the new commune offices (Phòng "
        "Văn hóa - Xã hội as a bare heading over '-' items, the rest run in after 'Văn phòng …:' / 'Phòng "
        "Kinh tế:'); 'Trên đây là …/.', 'Nơi nhận:' and 'TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "XÃ HOÀI ĐỨC"),
            ("h", "Số: 112/KH-UBND"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Hoài Đức, ngày 25 tháng 7 năm 2025"),
            ("title", "KẾ HOẠCH"),
            ("h", "Triển khai Phong trào “Bình dân học vụ số” trên địa bàn xã Hoài Đức năm 2025 - 2026"),
            (
                "h",
                "Thực hiện Kế hoạch số 05-KH/BCĐ57 ngày 22/4/2025 của Ban Chỉ đạo Thành ủy về phát triển khoa "
                "học, công nghệ, đổi mới sáng tạo và chuyển đổi số về triển khai Phong trào “Bình dân học vụ "
                "số” trên địa bàn thành phố Hà Nội; Kế hoạch số 18-KH/ĐU ngày 15/7/2025 của Ban Thường vụ Đảng "
                "ủy xã Hoài Đức, Ủy ban nhân dân xã ban hành Kế hoạch triển khai Phong trào “Bình dân học vụ "
                "số” trên địa bàn xã năm 2025 - 2026 như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            ("T", "1", "Mục đích", "1."),
            (
                "C",
                "-",
                "Triển khai toàn diện, sâu rộng Phong trào “Bình dân học vụ số” đến từng thôn, tổ dân phố, tạo "
                "cuộc vận động toàn dân thi đua học tập, rèn luyện kỹ năng số, tích cực tham gia tiến trình "
                "chuyển đổi số của Thành phố và của xã.",
                "-",
            ),
            (
                "C",
                "-",
                "Phổ cập tri thức cơ bản về chuyển đổi số cho người dân, nhất là người cao tuổi, người lao động "
                "tự do, hộ kinh doanh, bảo đảm không để ai bị bỏ lại phía sau.",
                "-",
            ),
            ("T", "2", "Yêu cầu", "2."),
            (
                "C",
                "-",
                "Người đứng đầu cấp ủy, chính quyền và cán bộ, công chức, viên chức trong cơ quan nhà nước tiên "
                "phong, gương mẫu thực hiện Phong trào;",
                "-",
            ),
            (
                "C",
                "-",
                "Khai thác triệt để công cụ, nền tảng hỗ trợ học tập; ứng dụng mạnh mẽ công nghệ số, trí tuệ "
                "nhân tạo trong tổ chức thực hiện, bảo đảm thiết thực, hiệu quả, tránh hình thức.",
                "-",
            ),
            ("S", "II", "CHỈ TIÊU", "II."),
            (
                "T",
                "1",
                "Trên 85% người dân trong độ tuổi trưởng thành có tri thức cơ bản về chuyển đổi số, biết sử "
                "dụng thiết bị thông minh để tiếp cận dịch vụ số.",
                "1.",
            ),
            (
                "T",
                "2",
                "100% cán bộ, công chức, viên chức, người lao động của xã hoàn thành các khóa học trên nền tảng "
                "“Bình dân học vụ số” trước ngày 30/9/2025.",
                "2.",
            ),
            (
                "T",
                "3",
                "Trên 80% hồ sơ thủ tục hành chính tiếp nhận tại Trung tâm Phục vụ hành chính công xã được nộp "
                "trực tuyến; 100% hộ kinh doanh trên các tuyến đường chính sử dụng thanh toán không dùng tiền "
                "mặt.",
                "3.",
            ),
            ("S", "III", "NHIỆM VỤ, GIẢI PHÁP", "III."),
            ("T", "1", "Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức", "1."),
            (
                "C",
                "-",
                "Tuyên truyền thường xuyên trên hệ thống truyền thanh xã, thôn, tổ dân phố, Trang thông tin "
                "điện tử xã và các nhóm Zalo cộng đồng về mục đích, ý nghĩa của Phong trào;",
                "-",
            ),
            (
                "C",
                "-",
                "Xây dựng chuyên mục “Mỗi tuần một kỹ năng số” hướng dẫn người dân cài đặt, sử dụng VNeID, dịch "
                "vụ công trực tuyến, thanh toán điện tử.",
                "-",
            ),
            ("T", "2", "Củng cố, kiện toàn Tổ công nghệ số cộng đồng", "2."),
            (
                "P",
                "Kiện toàn 100% Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố, bổ sung lực lượng đoàn viên "
                "thanh niên, giáo viên, học sinh trung học phổ thông; tổ chức tập huấn kỹ năng cho thành viên "
                "các tổ trong tháng 8/2025.",
            ),
            ("T", "3", "Tổ chức các lớp phổ cập kỹ năng số cho Nhân dân", "3."),
            (
                "C",
                "-",
                "Mở lớp “Bình dân học vụ số” tại nhà văn hóa thôn, tổ dân phố vào buổi tối và ngày nghỉ, mỗi "
                "thôn, tổ dân phố tối thiểu 02 lớp trong năm 2025;",
                "-",
            ),
            (
                "C",
                "-",
                "Triển khai mô hình “Đi từng ngõ, gõ từng nhà, hướng dẫn từng người” đối với người cao tuổi, "
                "người khuyết tật, hộ nghèo.",
                "-",
            ),
            (
                "T",
                "4",
                "Gắn Phong trào với cải cách hành chính, phát triển kinh tế số: hỗ trợ hộ sản xuất, kinh doanh, "
                "hợp tác xã đưa sản phẩm lên sàn thương mại điện tử; khuyến khích thanh toán không dùng tiền "
                "mặt tại chợ, cửa hàng trên địa bàn xã.",
                "4.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            ("T", "1", "Phòng Văn hóa - Xã hội", "1."),
            (
                "C",
                "-",
                "Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; hướng dẫn các thôn, "
                "tổ dân phố tổ chức lớp học, theo dõi tiến độ thực hiện;",
                "-",
            ),
            (
                "C",
                "-",
                "Tổng hợp kết quả, báo cáo Ủy ban nhân dân xã định kỳ hằng tháng và đột xuất khi có yêu cầu.",
                "-",
            ),
            (
                "T",
                "2",
                "Văn phòng HĐND và UBND xã: Đôn đốc cán bộ, công chức, viên chức hoàn thành các khóa học trên "
                "nền tảng; cập nhật tin, bài về Phong trào trên Trang thông tin điện tử xã.",
                "2.",
            ),
            (
                "T",
                "3",
                "Trung tâm Phục vụ hành chính công xã: Bố trí khu vực, nhân lực hướng dẫn người dân thực hiện "
                "dịch vụ công trực tuyến ngay tại Trung tâm.",
                "3.",
            ),
            (
                "T",
                "4",
                "Phòng Kinh tế: Phối hợp với các doanh nghiệp viễn thông, ngân hàng hỗ trợ hộ kinh doanh, hợp "
                "tác xã ứng dụng thanh toán điện tử, thương mại điện tử.",
                "4.",
            ),
            (
                "T",
                "5",
                "Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội vận động đoàn viên, hội viên "
                "tích cực tham gia Phong trào; Đoàn Thanh niên xã là lực lượng nòng cốt của các Tổ công nghệ số "
                "cộng đồng.",
                "5.",
            ),
            (
                "T",
                "6",
                "Trưởng thôn, Tổ trưởng tổ dân phố phối hợp với Tổ công nghệ số cộng đồng rà soát, lập danh "
                "sách người dân có nhu cầu hỗ trợ, bố trí địa điểm tổ chức lớp học.",
                "6.",
            ),
            (
                "E",
                "Trên đây là Kế hoạch triển khai Phong trào “Bình dân học vụ số” trên địa bàn xã Hoài Đức năm "
                "2025 - 2026. Chủ tịch UBND xã yêu cầu các cơ quan, đơn vị, thôn, tổ dân phố nghiêm túc triển "
                "khai thực hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo về UBND xã (qua "
                "Phòng Văn hóa - Xã hội) để xem xét, giải quyết./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Chỉ đạo 57 Thành phố (để b/c);"),
            ("E", "- TT Đảng ủy, TT HĐND xã (để b/c);"),
            ("E", "- Chủ tịch, các PCT UBND xã;"),
            ("E", "- UBMTTQ và các tổ chức CT-XH xã;"),
            ("E", "- Các phòng, đơn vị thuộc UBND xã;"),
            ("E", "- Các thôn, tổ dân phố;"),
            ("E", "- Lưu: VT, VHXH."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "CHỦ TỊCH"),
            ("E", "Nguyễn Văn Quang"),
        ],
    },
    {
        "id": "b17c-bo-nong-nghiep-ke-hoach-phong-trao-thi-dua",
        "source": "https://trogiupluat.vn/van-ban/quyet-dinh-781-qd-bnn-tccb-ve-viec-ban-hanh-ke-hoach-to-chuc-thuc-hien-phong-trao-thi-dua-yeu-nuoc-“-6422729d0a553d95e62bc23d.html",
        "style": "a ministry's five-year plan for an emulation movement (Bộ Nông nghiệp và PTNT), issued as the "
        "attachment of a decision: two-line ministry header over the national motto with no number line, "
        "'KẾ HOẠCH' over a three-line capital subject in quotes and a '(Ban hành kèm theo Quyết định …)' "
        "line, two lead-in paragraphs ending 'như sau:'; capital Roman parts 'I.' … 'IV.', the first "
        "typed with a trailing colon 'I. MỤC ĐÍCH, YÊU CẦU:' over bare '-' aims (its 'Thông qua … nhằm:' "
        "lead-in left out); II of '1.' emulation contents, the first ending ':' over '-' sub-items one of "
        "which carries two '+' third-level lines, one continued by a paragraph; III of '1.' '2.' short "
        "headings over 'a)' 'b)' and a '3.' run-on task; IV of '1.' tasks naming the units, the first a "
        "bare unit line over '-' sub-items; a closing request './.' and no signature (attached plan)",
        "lines": [
            ("h", "BỘ NÔNG NGHIỆP"),
            ("h", "VÀ PHÁT TRIỂN NÔNG THÔN"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("title", "KẾ HOẠCH"),
            (
                "h",
                "TỔ CHỨC THỰC HIỆN PHONG TRÀO THI ĐUA YÊU NƯỚC “TOÀN NGÀNH NÔNG NGHIỆP VÀ PTNT CHUNG SỨC XÂY "
                "DỰNG NỀN NÔNG NGHIỆP HIỆN ĐẠI, NÔNG DÂN GIÀU CÓ, NÔNG THÔN VĂN MINH”, GIAI ĐOẠN 2021-2025",
            ),
            (
                "h",
                "(Ban hành kèm theo Quyết định số 781/QĐ-BNN-TCCB ngày25 tháng 02 năm 2021 của Bộ trưởng Bộ "
                "Nông nghiệp và PTNT)",
            ),
            (
                "h",
                "Ngày 14/11/2020, tại Đại hội Thi đua yêu nước ngành Nông nghiệp và Phát triển nông thôn lần "
                "thứ V, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn - Chủ tịch Hội đồng Thi đua khen "
                "thưởng Bộ đã phát động Phong trào thi đua “Toàn Ngành Nông nghiệp và Phát triển nông thôn "
                "chung sức xây dựng nền nông nghiệp hiện đại, nông dân giàu có, nông thôn văn minh” giai đoạn "
                "2021 - 2025 (sau đây gọi tắt là Phong trào thi đua).",
            ),
            (
                "h",
                "Với truyền thống 75 năm xây dựng và phát triển, phát huy tinh thần đoàn kết, sáng tạo, kỷ "
                "cương, đổi mới, hội nhập; quán triệt sâu sắc Chỉ thị 34-CT/TW của Bộ Chính trị về tiếp tục đổi "
                "mới công tác thi đua, khen thưởng trong giai đoạn mới, Bộ Nông nghiệp và PTNT triển khai Kế "
                "hoạch thực hiện phong trào thi đua với các nội dung như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Khuyến khích, động viên cán bộ, công chức, viên chức, người lao động trong toàn Ngành Nông "
                "nghiệp và PTNT thi đua, phấn đấu hoàn thành xuất sắc các nhiệm vụ được giao, góp phần xây dựng "
                "nền nông nghiệp Việt Nam hiện đại, nông dân giàu có, nông thôn văn minh.",
                "-",
            ),
            (
                "T",
                "2",
                "Tạo khí thế thi đua sôi nổi giữa các tập thể, cá nhân trong toàn ngành, phấn đấu về đích trước "
                "thời hạn các chỉ tiêu, nhiệm vụ chính trị của Bộ, ngành hằng năm và giai đoạn 05 năm "
                "(2021-2025).",
                "-",
            ),
            (
                "T",
                "3",
                "Kịp thời phát hiện, bồi dưỡng, biểu dương, khen thưởng và nhân rộng các tập thể, cá nhân điển "
                "hình tiên tiến, các mô hình hay, cách làm sáng tạo trong sản xuất nông nghiệp và xây dựng nông "
                "thôn mới.",
                "-",
            ),
            (
                "T",
                "4",
                "Phong trào thi đua phải được triển khai sâu rộng, thiết thực, gắn với nhiệm vụ chuyên môn của "
                "từng cơ quan, đơn vị; tránh hình thức, phô trương, lãng phí.",
                "-",
            ),
            ("S", "II", "NỘI DUNG THI ĐUA", "II."),
            (
                "T",
                "1",
                "Thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao của từng cơ quan, đơn vị:",
                "1.",
            ),
            (
                "C",
                "-",
                "Hoàn thành có chất lượng, đúng thời hạn các văn bản quy phạm pháp luật, đề án, chương trình "
                "được giao trong Chương trình công tác hằng năm của Bộ;",
                "-",
            ),
            (
                "C",
                "-",
                "Phấn đấu tốc độ tăng trưởng GDP toàn ngành bình quân đạt 2,5 - 3%/năm; kim ngạch xuất khẩu "
                "nông, lâm, thủy sản năm sau cao hơn năm trước;",
                "-",
            ),
            ("C", "-", "Đến năm 2025, phấn đấu:", "-"),
            (
                "P",
                "+ Tỷ lệ xã đạt chuẩn nông thôn mới tối thiểu 80%, trong đó 10% đạt chuẩn nông thôn mới kiểu "
                "mẫu;",
            ),
            ("P", "+ Tỷ lệ che phủ rừng duy trì ổn định ở mức 42%."),
            (
                "T",
                "2",
                "Thi đua nghiên cứu khoa học, đổi mới sáng tạo, ứng dụng công nghệ cao và chuyển đổi số trong "
                "sản xuất, quản lý nhà nước của ngành.",
                "2.",
            ),
            (
                "P",
                "Mỗi cơ quan, đơn vị thuộc Bộ có ít nhất 01 sáng kiến, giải pháp cải tiến được Hội đồng sáng "
                "kiến cấp cơ sở công nhận mỗi năm; các viện, trường chuyển giao ít nhất 02 tiến bộ kỹ thuật vào "
                "sản xuất.",
            ),
            (
                "T",
                "3",
                "Thi đua đẩy mạnh cải cách hành chính, nhất là cải cách thủ tục hành chính trong lĩnh vực kiểm "
                "dịch, cấp phép; cung cấp 100% dịch vụ công trực tuyến mức độ 4 đủ điều kiện thuộc thẩm quyền "
                "của Bộ.",
                "3.",
            ),
            (
                "T",
                "4",
                "Thi đua xây dựng cơ quan, đơn vị trong sạch, vững mạnh; thực hành tiết kiệm, chống lãng phí; "
                "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
                "4.",
            ),
            ("S", "III", "SƠ KẾT, TỔNG KẾT VÀ KHEN THƯỞNG", "III."),
            ("T", "1", "Thời gian sơ kết, tổng kết", "1."),
            (
                "C",
                "a",
                "Sơ kết giữa giai đoạn vào quý IV năm 2023, gắn với tổng kết công tác thi đua, khen thưởng năm "
                "2023 của Bộ;",
                "a)",
            ),
            (
                "C",
                "b",
                "Tổng kết Phong trào thi đua vào năm 2025, gắn với Đại hội Thi đua yêu nước ngành Nông nghiệp "
                "và PTNT lần thứ VI.",
                "b)",
            ),
            ("T", "2", "Hình thức khen thưởng", "2."),
            (
                "C",
                "a",
                "Cấp Nhà nước: lựa chọn tập thể, cá nhân tiêu biểu xuất sắc đề nghị Chủ tịch nước tặng thưởng "
                "Huân chương Lao động, Thủ tướng Chính phủ tặng Bằng khen;",
                "a)",
            ),
            (
                "C",
                "b",
                "Cấp Bộ: Bộ trưởng tặng Cờ thi đua, Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc; "
                "mỗi đợt sơ kết, tổng kết không quá 120 tập thể và 200 cá nhân.",
                "b)",
            ),
            (
                "T",
                "3",
                "Tiêu chuẩn, hồ sơ, thủ tục đề nghị khen thưởng thực hiện theo quy định của Luật Thi đua, khen "
                "thưởng và Thông tư quy định công tác thi đua, khen thưởng ngành Nông nghiệp và PTNT.",
                "3.",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            ("T", "1", "Vụ Tổ chức cán bộ (Thường trực Hội đồng Thi đua - Khen thưởng Bộ):", "1."),
            (
                "C",
                "-",
                "Hướng dẫn, đôn đốc, kiểm tra các cơ quan, đơn vị triển khai thực hiện Kế hoạch; tổng hợp kết "
                "quả báo cáo Bộ trưởng hằng năm;",
                "-",
            ),
            (
                "C",
                "-",
                "Tham mưu Hội đồng Thi đua - Khen thưởng Bộ tổ chức sơ kết, tổng kết và xét khen thưởng Phong "
                "trào thi đua theo đúng quy định.",
                "-",
            ),
            (
                "T",
                "2",
                "Văn phòng Bộ, Báo Nông nghiệp Việt Nam, Tạp chí Nông nghiệp và PTNT mở chuyên mục tuyên truyền "
                "Phong trào thi đua, giới thiệu các gương điển hình tiên tiến của ngành.",
                "2.",
            ),
            (
                "T",
                "3",
                "Các Tổng cục, Cục, Vụ, Thanh tra Bộ, các đơn vị sự nghiệp, doanh nghiệp thuộc Bộ và Sở Nông "
                "nghiệp và PTNT các tỉnh, thành phố trực thuộc Trung ương căn cứ Kế hoạch này xây dựng kế hoạch "
                "cụ thể, gửi về Bộ (qua Vụ Tổ chức cán bộ) trước ngày 31/3/2021.",
                "3.",
            ),
            (
                "T",
                "4",
                "Đề nghị Công đoàn Nông nghiệp và PTNT Việt Nam, Đoàn Thanh niên Bộ phối hợp vận động đoàn "
                "viên, người lao động hưởng ứng, tham gia tích cực Phong trào thi đua.",
                "4.",
            ),
            (
                "E",
                "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh "
                "kịp thời về Bộ (qua Vụ Tổ chức cán bộ) để được hướng dẫn./.",
            ),
        ],
    },
    {
        "id": "b17c-tw-doan-chuong-trinh-cong-tac-nam",
        "source": "http://www.thanhnienviet.vn/Portal/Print.aspx?Culture=vi-VN&q=280",
        "style": "the central Youth Union's year programme (Ban Chấp hành Trung ương Đoàn): Đoàn header with "
        "'***', 'Số: …/CT-TWĐTN' and the organisation name on the right, 'CHƯƠNG TRÌNH' over a "
        "sentence-case subject, one long lead-in ending 'cụ thể như sau:' and a run-in 'Chủ đề công tác: "
        "…' line before the first part; capital Roman parts 'I.' … 'IV.' over tasks typed with a hyphen "
        "'1-' '2-' throughout: I three key tasks, II four targets, III five 'Về …' fields, three ending "
        "':' over '-' sub-items and one run-on task continued by a paragraph, IV three assignments; no "
        "closing sentence, 'Nơi nhận:' and 'TM. BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN / BÍ THƯ THỨ NHẤT'",
        "lines": [
            ("h", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
            ("h", "***"),
            ("h", "Số: 355/CT-TWĐTN"),
            ("h", "ĐOÀN TNCS HỒ CHÍ MINH"),
            ("h", "Hà Nội, ngày 11 tháng 01 năm 2012"),
            ("title", "CHƯƠNG TRÌNH"),
            ("h", "Công tác Đoàn và phong trào thanh thiếu nhi năm 2012"),
            (
                "h",
                "Năm 2012 là năm diễn ra Đại hội Đoàn các cấp và Đại hội Đoàn TNCS Hồ Chí Minh toàn quốc lần "
                "thứ X; năm thứ hai triển khai thực hiện Nghị quyết Đại hội Đảng toàn quốc lần thứ XI, kế hoạch "
                "phát triển kinh tế - xã hội 5 năm (2011 - 2015) và Chiến lược phát triển kinh tế - xã hội 10 "
                "năm (2011 - 2020), Ban Chấp hành Trung ương Đoàn triển khai chương trình công tác Đoàn và "
                "phong trào thanh thiếu nhi năm 2012, cụ thể như sau:",
            ),
            ("h", "Chủ đề công tác: Nâng cao chất lượng tổ chức Đoàn"),
            ("S", "I", "CÁC NHIỆM VỤ TRỌNG TÂM", "I."),
            (
                "T",
                "1",
                "Củng cố tổ chức Đoàn, nâng cao chất lượng đoàn viên, kiện toàn theo hướng chuẩn hoá đội ngũ "
                "cán bộ, tổ chức tốt đại hội Đoàn các cấp và Đại hội Đoàn toàn quốc lần thứ X.",
                "1-",
            ),
            (
                "T",
                "2",
                "Tiếp tục đẩy mạnh công tác giáo dục lý tưởng, đạo đức, lối sống; nghiên cứu, đề xuất và thử "
                "nghiệm các phương thức, mô hình giáo dục phù hợp với từng lứa tuổi thanh thiếu nhi.",
                "2-",
            ),
            (
                "T",
                "3",
                "Đẩy mạnh các phong trào hành động của thanh niên, xung kích thực hiện các mục tiêu phát triển "
                "kinh tế, bảo đảm an sinh xã hội, xây dựng nông thôn mới, giữ vững quốc phòng, an ninh; đồng "
                "hành với thanh niên trong học tập, lập nghiệp.",
                "3-",
            ),
            ("S", "II", "CHỈ TIÊU CƠ BẢN", "II."),
            (
                "T",
                "1",
                "100% tổ chức Đoàn từ cấp Trung ương đến tỉnh, huyện có công trình thanh niên chào mừng Đại hội "
                "Đoàn các cấp; 100% cơ sở Đoàn có phần việc thanh niên.",
                "1-",
            ),
            ("T", "2", "Kết nạp ít nhất 1.000.000 đoàn viên mới trong năm 2012.", "2-"),
            (
                "T",
                "3",
                "Giới thiệu 150.000 đoàn viên ưu tú cho Đảng xem xét kết nạp, trong đó có ít nhất 100.000 đoàn "
                "viên được kết nạp vào Đảng.",
                "3-",
            ),
            (
                "T",
                "4",
                "80% cơ sở Đoàn được xếp loại khá trở lên; giảm 10% số cơ sở Đoàn yếu so với năm 2011.",
                "4-",
            ),
            ("S", "III", "NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN", "III."),
            ("T", "1", "Về công tác xây dựng Đoàn và tổ chức đại hội Đoàn các cấp:", "1-"),
            (
                "C",
                "-",
                "Hoàn thành đại hội chi đoàn, Đoàn cơ sở trong quý I/2012; đại hội Đoàn cấp huyện và tương "
                "đương trước ngày 30/6/2012; đại hội Đoàn cấp tỉnh và tương đương trước ngày 30/9/2012;",
                "-",
            ),
            (
                "C",
                "-",
                "Tổ chức Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ X vào tháng 12/2012 tại Thủ "
                "đô Hà Nội;",
                "-",
            ),
            (
                "C",
                "-",
                "Triển khai Đề án nâng cao chất lượng đoàn viên; thí điểm quản lý đoàn viên bằng phần mềm tại "
                "10 tỉnh, thành đoàn.",
                "-",
            ),
            ("T", "2", "Về công tác giáo dục:", "2-"),
            (
                "C",
                "-",
                "Tổ chức học tập, quán triệt Nghị quyết Trung ương 4 khóa XI “Một số vấn đề cấp bách về xây "
                "dựng Đảng hiện nay” trong cán bộ, đoàn viên;",
                "-",
            ),
            (
                "C",
                "-",
                "Tiếp tục thực hiện cuộc vận động “Tuổi trẻ Việt Nam học tập và làm theo lời Bác”, gắn với các "
                "hoạt động kỷ niệm các ngày lễ lớn của đất nước.",
                "-",
            ),
            (
                "T",
                "3",
                "Về các phong trào hành động cách mạng: tiếp tục triển khai phong trào “Thanh niên tình "
                "nguyện”, “Tuổi trẻ sáng tạo”, “Tuổi trẻ xung kích bảo vệ Tổ quốc”; tổ chức Chiến dịch Thanh "
                "niên tình nguyện hè năm 2012.",
                "3-",
            ),
            (
                "P",
                "Đẩy mạnh cuộc vận động “Tuổi trẻ Việt Nam chung tay xây dựng nông thôn mới”; mỗi tỉnh, thành "
                "đoàn nhận đỡ đầu ít nhất 01 xã điểm xây dựng nông thôn mới.",
            ),
            (
                "T",
                "4",
                "Về công tác đồng hành với thanh niên: tổ chức Ngày hội việc làm, tư vấn hướng nghiệp cho "
                "300.000 lượt thanh niên; hỗ trợ thanh niên vay vốn khởi nghiệp qua các tổ tiết kiệm và vay "
                "vốn.",
                "4-",
            ),
            ("T", "5", "Về công tác thiếu nhi:", "5-"),
            (
                "C",
                "-",
                "Phối hợp với Bộ Giáo dục và Đào tạo tổ chức Đại hội Cháu ngoan Bác Hồ toàn quốc lần thứ VIII;",
                "-",
            ),
            (
                "C",
                "-",
                "Tổ chức Tháng hành động vì trẻ em và các hoạt động hè, bảo đảm an toàn cho thiếu nhi, phòng "
                "chống đuối nước trẻ em.",
                "-",
            ),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            (
                "T",
                "1",
                "Các ban, đơn vị Trung ương Đoàn căn cứ Chương trình này xây dựng kế hoạch công tác năm 2012 "
                "của đơn vị, trình Ban Bí thư Trung ương Đoàn phê duyệt trước ngày 31/01/2012.",
                "1-",
            ),
            (
                "T",
                "2",
                "Các tỉnh, thành đoàn, đoàn trực thuộc cụ thể hóa Chương trình phù hợp với tình hình thực tế "
                "địa phương, đơn vị; gửi chương trình công tác năm về Trung ương Đoàn (qua Văn phòng) trước "
                "ngày 15/02/2012.",
                "2-",
            ),
            (
                "T",
                "3",
                "Văn phòng Trung ương Đoàn theo dõi, đôn đốc việc thực hiện; tổng hợp tình hình, báo cáo Ban Bí "
                "thư Trung ương Đoàn định kỳ hằng quý.",
                "3-",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư TW Đảng (để b/c);"),
            ("E", "- Ban Dân vận TW, Ban Tuyên giáo TW;"),
            ("E", "- Các đ/c Ủy viên BCH TW Đoàn;"),
            ("E", "- Các tỉnh, thành đoàn, đoàn trực thuộc;"),
            ("E", "- Các ban, đơn vị TW Đoàn;"),
            ("E", "- Lưu VP."),
            ("E", "TM. BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN"),
            ("E", "BÍ THƯ THỨ NHẤT"),
            ("E", "Nguyễn Đắc Vinh"),
        ],
    },
    {
        "id": "b17c-bo-noi-vu-bao-cao-thuc-hien-nghi-quyet",
        "source": "https://thuviennhadat.vn/vbpl/bao-cao-3616-bc-bnv-thuc-tinh-hinh-thuc-hien-nghi-quyet-35-nq-cp-phat-trien-doanh-nghiep-2016-2020-329731.html",
        "style": "a ministry's report on its implementation of a Government resolution (Bộ Nội vụ, Nghị quyết "
        "35/NQ-CP): one-line ministry header, 'Số: …/BC-BNV', 'BÁO CÁO' over a two-line capital subject, "
        "one long context paragraph ending 'như sau:'; capital Roman parts 'I.' … 'IV.': I of '1.' '2.' "
        "short headings (the first continued by a paragraph, the second over run-in 'a)' … 'd)' "
        "sub-items, one continued by a paragraph) and a run-in '3.' task; II of two plain unlabelled "
        "paragraphs (the second opening 'Tuy nhiên,'); III of '1.' tasks, one ending ':' over '-' "
        "sub-items; IV of '-' recommendations, the first two typed on one line; 'Trên đây là …/.', 'Nơi "
        "nhận:' and 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG'",
        "lines": [
            ("h", "BỘ NỘI VỤ"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 3616/BC-BNV"),
            ("h", "Hà Nội, ngày 29 tháng 7 năm 2016"),
            ("title", "BÁO CÁO"),
            (
                "h",
                "TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT SỐ 35/NQ-CP NGÀY 16/5/2016 CỦA CHÍNH PHỦ VỀ HỖ TRỢ VÀ PHÁT "
                "TRIỂN DOANH NGHIỆP ĐẾN NĂM 2020",
            ),
            (
                "h",
                "Nghị quyết số 35/NQ-CP ngày 16 tháng 5 năm 2016 của Chính phủ về hỗ trợ và phát triển doanh "
                "nghiệp đến năm 2020 (gọi tắt là Nghị quyết số 35/NQ-CP) giao Bộ Nội vụ tiếp tục đôn đốc, hướng "
                "dẫn các bộ, ngành, địa phương triển khai thực hiện Chương trình tổng thể cải cách hành chính "
                "nhà nước giai đoạn 2011 - 2020 và Kế hoạch cải cách hành chính nhà nước giai đoạn 2016 - 2020. "
                "Thực hiện nhiệm vụ được Chính phủ giao, Bộ trưởng Bộ Nội vụ đã ban hành Kế hoạch hành động của "
                "Bộ Nội vụ triển khai thực hiện Nghị quyết số 35/NQ-CP (tại Quyết định số 1652/QĐ-BNV ngày "
                "27/6/2016), phân công nhiệm vụ cụ thể cho các đơn vị thuộc và trực thuộc Bộ. Bộ Nội vụ báo cáo "
                "tình hình thực hiện như sau:",
            ),
            ("S", "I", "KẾT QUẢ THỰC HIỆN", "I."),
            ("T", "1", "Công tác chỉ đạo, hướng dẫn", "1."),
            (
                "P",
                "Ngay sau khi Kế hoạch hành động được ban hành, Bộ Nội vụ đã tổ chức quán triệt đến lãnh đạo "
                "các đơn vị thuộc Bộ; ban hành Công văn hướng dẫn các bộ, ngành, địa phương lồng ghép nhiệm vụ "
                "hỗ trợ doanh nghiệp vào kế hoạch cải cách hành chính năm 2016 và định kỳ báo cáo kết quả thực "
                "hiện.",
            ),
            ("T", "2", "Kết quả thực hiện các nhiệm vụ được giao", "2."),
            (
                "C",
                "a",
                "Về cải cách thủ tục hành chính: phối hợp với Văn phòng Chính phủ đôn đốc các bộ, ngành rà "
                "soát, đơn giản hóa thủ tục hành chính liên quan đến gia nhập thị trường, đầu tư, đất đai, xây "
                "dựng của doanh nghiệp;",
                "a)",
            ),
            (
                "C",
                "b",
                "Về cơ chế một cửa, một cửa liên thông: hoàn thiện dự thảo Quyết định của Thủ tướng Chính phủ "
                "thay thế Quyết định số 09/2015/QĐ-TTg, đã lấy ý kiến các bộ, ngành, địa phương;",
                "b)",
            ),
            (
                "P",
                "Đến nay, 100% sở, ngành cấp tỉnh và 98,5% Ủy ban nhân dân cấp huyện đã thực hiện cơ chế một "
                "cửa, một cửa liên thông; 27 tỉnh, thành phố thành lập Trung tâm hành chính công hoặc bộ phận "
                "một cửa hiện đại.",
            ),
            (
                "C",
                "c",
                "Về đo lường sự hài lòng: triển khai Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2016 "
                "tại 63 tỉnh, thành phố, lần đầu bổ sung nhóm câu hỏi dành cho doanh nghiệp;",
                "c)",
            ),
            (
                "C",
                "d",
                "Về kỷ luật, kỷ cương hành chính: tăng cường kiểm tra công vụ đột xuất tại các cơ quan trực "
                "tiếp giải quyết thủ tục hành chính cho doanh nghiệp; xử lý nghiêm các trường hợp nhũng nhiễu, "
                "gây phiền hà.",
                "d)",
            ),
            (
                "T",
                "3",
                "Kết quả tại các bộ, ngành, địa phương: qua tổng hợp báo cáo của 16 bộ, ngành và 45 tỉnh, thành "
                "phố, thời gian giải quyết thủ tục thành lập doanh nghiệp đã giảm bình quân còn 3 ngày; nhiều "
                "địa phương tổ chức đối thoại định kỳ với doanh nghiệp.",
                "3.",
            ),
            ("S", "II", "ĐÁNH GIÁ CHUNG", "II."),
            (
                "T",
                "1",
                "Nhìn chung, các nhiệm vụ Chính phủ giao tại Nghị quyết số 35/NQ-CP đã được Bộ Nội vụ triển "
                "khai kịp thời, đúng tiến độ; nhận thức của các bộ, ngành, địa phương về vai trò của cải cách "
                "hành chính trong hỗ trợ doanh nghiệp có chuyển biến rõ nét.",
                "",
            ),
            (
                "T",
                "2",
                "Tuy nhiên, việc rà soát, cắt giảm thủ tục hành chính ở một số bộ, ngành còn chậm, chưa thực "
                "chất; tình trạng một bộ phận cán bộ, công chức thiếu trách nhiệm, gây phiền hà cho doanh "
                "nghiệp chưa được khắc phục triệt để; việc đo lường sự hài lòng của doanh nghiệp mới ở bước "
                "đầu.",
                "",
            ),
            ("S", "III", "NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI", "III."),
            (
                "T",
                "1",
                "Hoàn thiện, trình Thủ tướng Chính phủ ban hành Quyết định thay thế Quyết định số "
                "09/2015/QĐ-TTg về cơ chế một cửa, một cửa liên thông trong quý IV năm 2016.",
                "1.",
            ),
            (
                "T",
                "2",
                "Hướng dẫn các bộ, ngành, địa phương đưa tiêu chí hỗ trợ doanh nghiệp vào Chỉ số cải cách hành "
                "chính (PAR INDEX) từ năm 2016.",
                "2.",
            ),
            ("T", "3", "Tăng cường thanh tra, kiểm tra công vụ, tập trung vào:", "3."),
            (
                "C",
                "-",
                "Việc chấp hành quy định về thời hạn giải quyết hồ sơ, thủ tục hành chính liên quan đến doanh "
                "nghiệp;",
                "-",
            ),
            (
                "C",
                "-",
                "Tinh thần, thái độ phục vụ của cán bộ, công chức tại bộ phận tiếp nhận và trả kết quả.",
                "-",
            ),
            (
                "T",
                "4",
                "Phối hợp với Bộ Kế hoạch và Đầu tư, Phòng Thương mại và Công nghiệp Việt Nam tổng hợp ý kiến "
                "phản ánh của doanh nghiệp, kịp thời kiến nghị xử lý.",
                "4.",
            ),
            ("S", "IV", "KIẾN NGHỊ", "IV."),
            (
                "M",
                [
                    (
                        "1",
                        "Đề nghị Chính phủ chỉ đạo các bộ, ngành hoàn thành rà soát, cắt giảm thủ tục hành chính liên "
                        "quan đến doanh nghiệp trong năm 2016;",
                    ),
                    ("2", "Đề nghị Văn phòng Chính phủ sớm vận hành Cổng dịch vụ công quốc gia."),
                ],
            ),
            (
                "T",
                "3",
                "Đề nghị các bộ, ngành, địa phương gửi báo cáo kết quả thực hiện Nghị quyết về Bộ Nội vụ trước "
                "ngày 10/12 hằng năm để tổng hợp.",
                "-",
            ),
            (
                "E",
                "Trên đây là báo cáo tình hình thực hiện Nghị quyết số 35/NQ-CP của Bộ Nội vụ, đề nghị Bộ Kế "
                "hoạch và Đầu tư tổng hợp, báo cáo Chính phủ./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Bộ Kế hoạch và Đầu tư;"),
            ("E", "- Văn phòng Chính phủ;"),
            ("E", "- Bộ trưởng (để b/c);"),
            ("E", "- Các đơn vị thuộc Bộ;"),
            ("E", "- Lưu: VT, CCHC."),
            ("E", "KT. BỘ TRƯỞNG"),
            ("E", "THỨ TRƯỞNG"),
            ("E", "Nguyễn Trọng Thừa"),
        ],
    },
]

BLIND17_FORMS: dict[str, list[str]] = {
    "b17a-phong-dien-ubnd-bao-cao-thang": ["typed.docx", "scan.pdf", "vni.txt"],
    "b17a-phu-loc-ubnd-bao-cao-nam": ["typed.docx", "running.pdf", "tcvn3.docx"],
    "b17a-a-luoi-ubnd-chi-thi": ["numbered.docx", "photo.jpg", "tcvn3.txt"],
    "b17b-vinh-hoa-chi-bo-nghi-quyet-thang": ["typed.docx", "photo.jpg", "tcvn3.txt"],
    "b17b-hoa-lac-dang-uy-thong-bao-ket-luan": ["typed.docx", "running.pdf", "vni.txt"],
    "b17b-hoai-duc-ubnd-xa-ke-hoach-binh-dan-hoc-vu-so": ["numbered.docx", "scan.pdf", "tcvn3.docx"],
    "b17c-bo-nong-nghiep-ke-hoach-phong-trao-thi-dua": ["typed.docx", "running.pdf", "tcvn3.docx"],
    "b17c-tw-doan-chuong-trinh-cong-tac-nam": ["numbered.docx", "photo.jpg", "vni.txt"],
    "b17c-bo-noi-vu-bao-cao-thuc-hien-nghi-quyet": ["typed.docx", "scan.pdf", "txt"],
}
