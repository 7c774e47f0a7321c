"""The fourth blind part of the structure corpus: seven documents written, with their expected structure,
before the reader was run on them (05/12/2026), each after the layout of a real public document found
that day with the search tool — none of them a source of the corpus, of its generators or of the first
three blind parts.

Same roles as ``structure_docs``/``blind_docs``: ``S`` section (number, title, typed label), ``T`` task
(number, text, typed label), ``C`` sub-item, ``M`` several dash tasks on one line, ``P`` a paragraph
continuing the last task, ``h`` header and preamble, ``title`` the title (not a section), ``E`` the
closing. Wording and figures are ours, in the source's layout and kind. Tasks under a dash count from 1
in their section; a part numbered in words ("Phần thứ nhất") is expected with its ordinal in Roman
numerals ("I"), as the parts numbered "PHẦN I".
"""

from __future__ import annotations

BLIND4_DOCS: list[dict] = [
    {
        "id": "phong-thanh-ket-luan",
        "source": "https://societynewstech.com/banchinhsachchienluoc/xay-dung-dang/ket-luan-127-kl-tw-cua-bo-chinh-tri-ban-bi-thu-ve-trien-khai-nghien-cuu-de-xuat-tiep-tuc-sap-xep-to-chuc-bo-may-cua-he-t.html",
        "style": "a conclusion: 'I-' capital headings (Roman with a dash) over '1.' tasks, a lead-in "
        "paragraph ending 'như sau:', the closing a paragraph of its own",
        "lines": [
            ("h", "ĐẢNG ỦY XÃ PHONG THẠNH"),
            ("h", "Số: 24-KL/ĐU"),
            ("h", "Phong Thạnh, ngày 09 tháng 01 năm 2026"),
            ("title", "KẾT LUẬN"),
            ("h", "Của Ban Thường vụ Đảng ủy về nhiệm vụ trọng tâm quý I năm 2026"),
            (
                "h",
                "Tại phiên họp ngày 08/01/2026, sau khi nghe Văn phòng Đảng ủy báo cáo, Ban Thường vụ Đảng ủy kết luận như sau:",
            ),
            ("S", "I", "MỤC TIÊU, YÊU CẦU", "I-"),
            (
                "T",
                "1",
                "Bảo đảm hoàn thành các chỉ tiêu quý I theo Nghị quyết Đảng ủy xã năm 2026.",
                "1.",
            ),
            (
                "T",
                "2",
                "Phân công rõ người, rõ việc, rõ thời hạn hoàn thành đối với từng nhiệm vụ.",
                "2.",
            ),
            ("S", "II", "NHIỆM VỤ TRỌNG TÂM", "II-"),
            (
                "T",
                "1",
                "Hoàn thành thu thuế sử dụng đất phi nông nghiệp đạt 40% dự toán trước ngày 31/3/2026.",
                "1.",
            ),
            ("T", "2", "Tổ chức ra quân làm giao thông nông thôn, bê tông hóa 3,5 km đường nội đồng.", "2."),
            ("T", "3", "Hoàn thành giao quân năm 2026 đạt 100% chỉ tiêu.", "3."),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III-"),
            (
                "T",
                "1",
                "Văn phòng Đảng ủy theo dõi, đôn đốc, báo cáo kết quả tại phiên họp tháng 4/2026.",
                "1.",
            ),
            ("E", "Kết luận này được phổ biến đến các chi bộ trực thuộc./."),
            ("E", "Nơi nhận:"),
            ("E", "- Các chi bộ trực thuộc;"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "BÍ THƯ"),
            ("E", "Lâm Văn Tường"),
        ],
    },
    {
        "id": "que-vo-ba-cap-gach",
        "source": "https://phapluatcongdong.vn/van-ban/van-ban-khac-155-kh-ubnd-ban-hanh-tinh-bac-ninh-nam-2017-p121216.htm",
        "style": "a plan: 'I.' capital headings, '1.' tasks in sentence case, '-' sub-items under them",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN XÃ QUẾ TÂN"),
            ("h", "Số: 09/KH-UBND"),
            ("h", "Quế Tân, ngày 14 tháng 01 năm 2026"),
            ("title", "KẾ HOẠCH"),
            ("h", "Đăng ký và thống kê hộ tịch năm 2026"),
            (
                "h",
                "Thực hiện Luật Hộ tịch và Kế hoạch của UBND tỉnh, UBND xã ban hành Kế hoạch thực hiện như sau:",
            ),
            ("S", "I", "MỤC TIÊU", "I."),
            ("T", "1", "Đăng ký khai sinh đúng hạn cho trẻ em đạt 98% trở lên.", "1."),
            ("T", "2", "Đăng ký khai tử đúng hạn đạt 85%, trong đó:", "2."),
            ("C", "-", "Khu vực thôn, xóm đạt 80%;", "-"),
            ("C", "-", "Khu vực trung tâm xã đạt 95%.", "-"),
            ("S", "II", "NHIỆM VỤ CỤ THỂ", "II."),
            ("T", "1", "Số hóa sổ hộ tịch còn lưu trữ từ năm 2000 đến năm 2015.", "1."),
            ("T", "2", "Tuyên truyền pháp luật về hộ tịch tại 100% thôn, gồm:", "2."),
            ("C", "-", "Phát trên hệ thống loa truyền thanh mỗi tuần một lần;", "-"),
            ("C", "-", "Lồng ghép trong các buổi sinh hoạt của thôn.", "-"),
            ("T", "3", "Cập nhật dữ liệu hộ tịch vào cơ sở dữ liệu điện tử trong ngày.", "3."),
            ("E", "Nơi nhận:"),
            ("E", "- UBND huyện;"),
            ("E", "- Lưu: VT, TP."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "CHỦ TỊCH"),
            ("E", "Ngô Văn Khải"),
        ],
    },
    {
        "id": "dong-son-ve-dam",
        "source": "https://baothanhhoa.vn/chinh-phu-trien-khai-nhiem-vu-trong-tam-de-hoan-thanh-cao-nhat-cac-chi-tieu-phat-trien-kinh-te-xa-hoi-2025-267767.htm",
        "style": "a resolution: unnumbered bold field headings 'Về …' in sentence case without a colon, "
        "'-' tasks under each",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN XÃ ĐÔNG SƠN"),
            ("h", "Số: 31/NQ-HĐND"),
            ("h", "Đông Sơn, ngày 22 tháng 12 năm 2025"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "Về nhiệm vụ trọng tâm những tháng đầu năm 2026"),
            (
                "h",
                "Để bảo đảm hoàn thành cao nhất các chỉ tiêu năm 2026, HĐND xã yêu cầu UBND xã tập trung các nhiệm vụ sau:",
            ),
            ("S", "", "Về thu ngân sách và đầu tư công", "Về thu ngân sách và đầu tư công"),
            ("T", "1", "Thu ngân sách quý I đạt 30% dự toán HĐND xã giao.", "-"),
            ("T", "2", "Giải ngân vốn đầu tư công quý I đạt 25% kế hoạch.", "-"),
            ("S", "", "Về phát triển sản xuất nông nghiệp", "Về phát triển sản xuất nông nghiệp"),
            ("T", "1", "Gieo cấy 620 ha lúa vụ chiêm xuân đúng khung thời vụ.", "-"),
            ("T", "2", "Tiêm phòng vắc xin lở mồm long móng cho 100% đàn trâu, bò.", "-"),
            ("T", "3", "Hỗ trợ 02 hợp tác xã liên kết tiêu thụ lúa chất lượng cao.", "-"),
            ("S", "", "Về bảo đảm an sinh xã hội", "Về bảo đảm an sinh xã hội"),
            ("T", "1", "Tặng quà Tết cho 100% hộ nghèo, hộ cận nghèo và gia đình chính sách.", "-"),
            ("E", "Nghị quyết này có hiệu lực từ ngày ký./."),
            ("E", "Nơi nhận:"),
            ("E", "- Thường trực Đảng ủy;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Lê Thị Thoa"),
        ],
    },
    {
        "id": "tan-hiep-gach-mot-dong",
        "source": "https://www.vietnamplus.vn/thu-tuong-don-doc-thuc-hien-nhiem-vu-trong-tam-sau-ky-nghi-tet-binh-ngo-post1095430.vnp",
        "style": "a directive after the New Year holiday: nothing numbered, '-' tasks only, two tasks "
        "typed on one line",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN XÃ TÂN HIỆP"),
            ("h", "Số: 02/CT-UBND"),
            ("h", "Tân Hiệp, ngày 23 tháng 02 năm 2026"),
            ("title", "CHỈ THỊ"),
            ("h", "Về việc đôn đốc thực hiện nhiệm vụ trọng tâm sau kỳ nghỉ Tết Nguyên đán Bính Ngọ 2026"),
            (
                "h",
                "Để hoàn thành các chỉ tiêu quý I năm 2026, Chủ tịch UBND xã yêu cầu các ban, ngành, thôn thực hiện:",
            ),
            (
                "T",
                "1",
                "Hoạt động trở lại bình thường ngay sau kỳ nghỉ Tết, không để tình trạng du xuân kéo dài.",
                "-",
            ),
            ("T", "2", "Tổ chức Tết trồng cây, trồng mới 3.000 cây phân tán.", "-"),
            (
                "M",
                [
                    ("3", "Hoàn thành giao quân trước ngày 05/3/2026;"),
                    ("4", "ra quân thu thuế sử dụng đất ngay từ đầu năm."),
                ],
            ),
            ("T", "5", "Giải quyết 100% hồ sơ thủ tục hành chính tồn đọng trong dịp Tết.", "-"),
            ("E", "Nơi nhận:"),
            ("E", "- Các ban, ngành, thôn;"),
            ("E", "- Lưu: VT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Huỳnh Văn Bé"),
        ],
    },
    {
        "id": "ho-vuong-phan-thu",
        "source": "https://baothanhhoa.vn/xa-ho-vuong-trien-khai-nhiem-vu-nam-2026-273173.htm",
        "style": "a report: parts 'Phần thứ nhất:', 'Phần thứ hai:' numbered in words before a capital "
        "title, '1.' tasks under each",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN XÃ HỒ VƯƠNG"),
            ("h", "Số: 188/BC-UBND"),
            ("h", "Hồ Vương, ngày 18 tháng 12 năm 2025"),
            ("title", "BÁO CÁO"),
            ("h", "Phương hướng, nhiệm vụ trọng tâm năm 2026"),
            ("S", "I", "CÁC CHỈ TIÊU CHỦ YẾU", "Phần thứ nhất:"),
            ("T", "1", "Tốc độ tăng giá trị sản xuất đạt 10% trở lên.", "1."),
            ("T", "2", "Thu nhập bình quân đầu người đạt 80 triệu đồng.", "2."),
            ("T", "3", "Tỷ lệ hộ nghèo giảm còn 1,2%.", "3."),
            ("S", "II", "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "Phần thứ hai:"),
            ("T", "1", "Xây dựng thêm 02 thôn đạt chuẩn nông thôn mới kiểu mẫu.", "1."),
            ("T", "2", "Hoàn thành chuyển đổi số trong giải quyết thủ tục hành chính cấp xã.", "2."),
            ("E", "Trên đây là phương hướng, nhiệm vụ trọng tâm năm 2026 của UBND xã Hồ Vương./."),
            ("E", "Nơi nhận:"),
            ("E", "- HĐND xã;"),
            ("E", "- Lưu: VT."),
            ("E", "TM. ỦY BAN NHÂN DÂN"),
            ("E", "CHỦ TỊCH"),
            ("E", "Trịnh Văn Long"),
        ],
    },
    {
        "id": "van-chan-chi-thi",
        "source": "http://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=26564&l=Tintrongtinh++&lv=9",
        "style": "a directive: no headings, '1.' tasks straight after the lead-in, one task of two "
        "paragraphs, the closing 'Chỉ thị này …/.' a paragraph of its own",
        "lines": [
            ("h", "ĐẢNG ỦY XÃ VĂN CHẤN"),
            ("h", "Số: 05-CT/ĐU"),
            ("h", "Văn Chấn, ngày 06 tháng 02 năm 2026"),
            ("title", "CHỈ THỊ"),
            ("h", "Về tăng cường nắm bắt, định hướng dư luận xã hội năm 2026"),
            (
                "h",
                "Để nâng cao chất lượng công tác nắm bắt dư luận xã hội, Ban Thường vụ Đảng ủy yêu cầu các chi bộ thực hiện tốt các nhiệm vụ sau:",
            ),
            (
                "T",
                "1",
                "Kiện toàn đội ngũ cộng tác viên dư luận xã hội, mỗi thôn có ít nhất 02 cộng tác viên.",
                "1.",
            ),
            (
                "T",
                "2",
                "Định kỳ hằng tháng tổng hợp tình hình tư tưởng của cán bộ, đảng viên và Nhân dân.",
                "2.",
            ),
            (
                "P",
                "Báo cáo nhanh về Ban Thường vụ Đảng ủy những vấn đề nổi cộm ngay khi phát sinh.",
            ),
            ("T", "3", "Tổ chức 02 cuộc điều tra dư luận xã hội trong năm 2026.", "3."),
            ("E", "Chỉ thị này được phổ biến đến chi bộ và đảng viên./."),
            ("E", "Nơi nhận:"),
            ("E", "- Các chi bộ;"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "BÍ THƯ"),
            ("E", "Hoàng Văn Sơn"),
        ],
    },
    {
        "id": "hoi-thinh-a-b-gach",
        "source": "https://baophutho.vn/dang-uy-xa-hoi-thinh-trien-khai-nhiem-vu-trong-tam-nam-2026-245350.htm",
        "style": "parts 'A.', 'B.' in capitals, '1.' tasks under A, '-' tasks under B with two typed on one line",
        "lines": [
            ("h", "ĐẢNG ỦY XÃ HỘI THỊNH"),
            ("h", "Số: 112-CTr/ĐU"),
            ("h", "Hội Thịnh, ngày 07 tháng 01 năm 2026"),
            ("title", "CHƯƠNG TRÌNH"),
            ("h", "Công tác trọng tâm năm 2026"),
            ("S", "A", "CHỈ TIÊU CHỦ YẾU", "A."),
            ("T", "1", "Tổng thu ngân sách nhà nước trên địa bàn đạt 420 tỷ đồng.", "1."),
            ("T", "2", "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97,5%.", "2."),
            ("T", "3", "Duy trì 04 thôn thông minh, xây dựng thêm 01 thôn.", "3."),
            ("S", "B", "NHIỆM VỤ TRỌNG TÂM", "B."),
            ("T", "1", "Giải ngân vốn đầu tư công đạt 100% kế hoạch tỉnh giao.", "-"),
            (
                "M",
                [
                    ("2", "Hoàn thành quy hoạch chung xã trong quý II;"),
                    ("3", "khởi công trường tiểu học Hội Thịnh trước ngày 30/6/2026."),
                ],
            ),
            ("T", "4", "Kết nạp 45 đảng viên mới.", "-"),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Thường vụ Tỉnh ủy;"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M ĐẢNG ỦY"),
            ("E", "BÍ THƯ"),
            ("E", "Đinh Quang Huy"),
        ],
    },
]

# Each document in its forms: fifteen files.
BLIND4_FORMS: dict[str, list[str]] = {
    "phong-thanh-ket-luan": ["numbered.docx", "spaced.pdf"],
    "que-vo-ba-cap-gach": ["typed.docx", "running.pdf"],
    "dong-son-ve-dam": ["typed.docx", "tcvn3.docx"],
    "tan-hiep-gach-mot-dong": ["txt", "vni.txt"],
    "ho-vuong-phan-thu": ["typed.docx", "typed.pdf", "txt"],
    "van-chan-chi-thi": ["numbered.docx", "scan.pdf"],
    "hoi-thinh-a-b-gach": ["typed.docx", "photo.jpg"],
}
