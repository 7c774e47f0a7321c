"""The ninth blind part of the structure corpus: nine documents written, with their expected structure,
before the reader was run on them (07/12/2026, fourteenth session), by three helpers working blind (they never ran the
reader nor read its code), each after the layout and opening of a real public document found that day with the search
tool — none of them a source of the corpus, of its generators, of its target passages or of the first eight blind
parts. Past what the page showed, the helpers went on in its style (content, numbers and signatories made up).

Same roles as ``blind5_docs``: ``S`` section (number, title, typed label), ``T`` task (number, text, typed label),
``C`` sub-item, ``M`` several dash tasks on one line, ``P`` a paragraph continuing the last task, ``h`` header and
preamble, ``title`` the title (not a section), ``E`` the closing. ``split_heading``: a part's label on a line of its
own above its title. One form was changed before the build, for the builder and not the reader: the letter-spaced PDF
is made from Word numbering, which prints every sub-item in the first one's shape, so ``b9z-hiep-luc-ke-hoach-giao-duc``
(sub-items "-" and "2.1.") has a running-header PDF instead.
"""

from __future__ import annotations

BLIND9_DOCS: list[dict] = [
    {
        "id": "b9x-thua-thien-hue-chuong-trinh-tinh-uy",
        "source": "https://snnptnt.thuathienhue.gov.vn/?gd=7&cn=210&tc=1083",
        "style": "a provincial Party standing board's programme implementing a Secretariat directive: Party header with "
        "'*' and 'Số 27-CTr/TU', 'CHƯƠNG TRÌNH' title over a two-line subject, one preamble sentence ending "
        "'như sau:', then capital Roman headings 'I.', 'II.', 'III.' over '1.' tasks ('-' sub-items under two "
        "tasks, a continuing paragraph under one), closing with the dissemination line, 'Nơi nhận:' and 'T/M "
        "BAN THƯỜNG VỤ'",
        "lines": [
            ("h", "TỈNH ỦY THỪA THIÊN HUẾ"),
            ("h", "*"),
            ("h", "Số 27-CTr/TU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Huế, ngày 23 tháng 8 năm 2017"),
            ("title", "CHƯƠNG TRÌNH"),
            ("h", "Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng"),
            ("h", "đối với công tác quản lý, bảo vệ và phát triển rừng"),
            (
                "h",
                "Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối "
                "với công tác quản lý, bảo vệ và phát triển rừng, Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương "
                "trình thực hiện như sau:",
            ),
            ("S", "I", "MỤC ĐÍCH, YÊU CẦU", "I."),
            (
                "T",
                "1",
                "Nâng cao trách nhiệm của cả hệ thống chính trị, các cơ quan, tổ chức, hộ gia đình, cá nhân trong "
                "quản lý, bảo vệ và phát triển rừng. Phát huy vai trò của rừng đối với sự phát triển kinh tế - xã "
                "hội ở miền núi, biên giới, vùng sâu, vùng xa; góp phần đa dạng kinh tế nông thôn, tạo việc làm, "
                "tăng thu nhập, giảm nghèo bền vững và giữ vững quốc phòng, an ninh.",
                "1.",
            ),
            (
                "T",
                "2",
                "Tập trung bảo vệ tốt diện tích rừng tự nhiên hiện có, đặc biệt là rừng phòng hộ đầu nguồn, rừng đặc "
                "dụng; nâng cao năng suất, chất lượng rừng trồng; phấn đấu đến năm 2020 tỷ lệ che phủ rừng toàn tỉnh "
                "đạt 57%.",
                "2.",
            ),
            (
                "T",
                "3",
                "Việc triển khai thực hiện Chương trình phải gắn với nhiệm vụ chính trị của từng địa phương, đơn vị; "
                "xác định rõ nội dung, lộ trình và trách nhiệm của người đứng đầu cấp ủy, chính quyền.",
                "3.",
            ),
            ("S", "II", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "II."),
            (
                "T",
                "1",
                "Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với công tác quản lý, bảo vệ và "
                "phát triển rừng:",
                "1.",
            ),
            (
                "C",
                "-",
                "Đưa chỉ tiêu bảo vệ và phát triển rừng vào nghị quyết, kế hoạch phát triển kinh tế - xã hội hằng "
                "năm của các huyện, thị xã, thành phố và các xã có rừng.",
                "-",
            ),
            (
                "C",
                "-",
                "Người đứng đầu cấp ủy, chính quyền chịu trách nhiệm trước Ban Thường vụ Tỉnh ủy khi để xảy ra phá "
                "rừng, cháy rừng, lấn chiếm đất lâm nghiệp trên địa bàn.",
                "-",
            ),
            (
                "T",
                "2",
                "Đẩy mạnh công tác tuyên truyền, phổ biến, giáo dục pháp luật về lâm nghiệp đến cán bộ, đảng viên và "
                "Nhân dân, nhất là đồng bào dân tộc thiểu số sống gần rừng.",
                "2.",
            ),
            (
                "P",
                "Đổi mới hình thức tuyên truyền, lồng ghép vào sinh hoạt chi bộ thôn, bản, các buổi họp cộng đồng; "
                "xây dựng và nhân rộng mô hình cộng đồng tự quản bảo vệ rừng.",
            ),
            (
                "T",
                "3",
                "Rà soát, điều chỉnh quy hoạch ba loại rừng phù hợp với quy hoạch sử dụng đất và yêu cầu phát triển "
                "bền vững:",
                "3.",
            ),
            ("C", "-", "Hoàn thành rà soát quy hoạch ba loại rừng trong năm 2018.", "-"),
            (
                "C",
                "-",
                "Kiểm soát chặt chẽ việc chuyển mục đích sử dụng rừng sang mục đích khác; không chuyển đổi rừng tự "
                "nhiên để thực hiện các dự án không thật sự cần thiết.",
                "-",
            ),
            ("C", "-", "Hoàn thành giao rừng, cho thuê rừng gắn với giao đất, cho thuê đất lâm nghiệp.", "-"),
            (
                "T",
                "4",
                "Đẩy mạnh xã hội hóa nghề rừng; thực hiện hiệu quả chính sách chi trả dịch vụ môi trường rừng, "
                "khuyến khích trồng rừng gỗ lớn gắn với chứng chỉ quản lý rừng bền vững.",
                "4.",
            ),
            (
                "T",
                "5",
                "Kiện toàn tổ chức, nâng cao năng lực lực lượng kiểm lâm, ban quản lý rừng phòng hộ, rừng đặc dụng; "
                "bố trí đủ kiểm lâm địa bàn tại các xã có rừng.",
                "5.",
            ),
            (
                "T",
                "6",
                "Tăng cường kiểm tra, thanh tra, xử lý nghiêm các hành vi vi phạm pháp luật về lâm nghiệp; phối hợp "
                "chặt chẽ giữa kiểm lâm, công an, quân đội và chính quyền cơ sở trong phòng cháy, chữa cháy rừng.",
                "6.",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức quán triệt Chỉ thị 13-CT/TW và "
                "Chương trình này; xây dựng kế hoạch thực hiện, hoàn thành trong quý IV năm 2017.",
                "1.",
            ),
            (
                "T",
                "2",
                "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh cụ thể hóa các nhiệm vụ, giải "
                "pháp, bố trí nguồn lực thực hiện; chỉ đạo Sở Nông nghiệp và Phát triển nông thôn làm đầu mối tham "
                "mưu.",
                "2.",
            ),
            (
                "T",
                "3",
                "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan báo chí của tỉnh định hướng công tác tuyên "
                "truyền về quản lý, bảo vệ và phát triển rừng.",
                "3.",
            ),
            (
                "T",
                "4",
                "Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Chương trình; định kỳ hằng năm tổng hợp, báo cáo "
                "Ban Thường vụ Tỉnh ủy.",
                "4.",
            ),
            ("E", "Chương trình này được phổ biến đến chi bộ."),
            ("E", "Nơi nhận:"),
            ("E", "- Ban Bí thư Trung ương Đảng (để b/c),"),
            ("E", "- Ban Kinh tế Trung ương,"),
            ("E", "- Các đồng chí Tỉnh ủy viên,"),
            ("E", "- Các huyện, thị, thành ủy, đảng ủy trực thuộc,"),
            ("E", "- Lưu Văn phòng Tỉnh ủy."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
            ("E", "Trần Đức Minh"),
        ],
    },
    {
        "id": "b9x-quang-binh-ket-luan-dai-hoi-diem",
        "source": "https://baoquangbinh.vn/chinh-tri/201504/tap-trung-su-lanh-dao-cua-cap-uy-bao-dam-cho-dai-hoi-dang-cac-cap-thanh-cong-tot-dep-2124091/",
        "style": "a provincial Party deputy secretary's concluding speech at a conference drawing lessons from pilot "
        "grassroots Party congresses, published as a newspaper article: headline as title, a '(QBĐT) -' lead, "
        "two salutation lines, three introductory paragraphs and a lead-in sentence, then eight tasks opened "
        "by ordinal phrases 'Một là,' … 'Tám là,' with no headings ('-' sub-items under one, a second "
        "paragraph under another), closing with a salutation, a wish and thanks",
        "lines": [
            (
                "title",
                "Tập trung sự lãnh đạo của cấp ủy, bảo đảm cho đại hội Đảng các cấp thành công tốt đẹp",
            ),
            (
                "h",
                "(QBĐT) - Phát biểu kết luận của đồng chí Lê Minh Khoa, Phó Bí thư Thường trực Tỉnh ủy, tại Hội nghị "
                "rút kinh nghiệm đại hội điểm cấp cơ sở, nhiệm kỳ 2015-2020, ngày 7-4-2015.",
            ),
            ("h", "Thưa các đồng chí đại biểu,"),
            ("h", "Thưa toàn thể Hội nghị,"),
            (
                "h",
                "Sau một buổi làm việc, đến thời điểm này, Hội nghị đánh giá, rút kinh nghiệm đại hội điểm cấp cơ "
                "sở, nhiệm kỳ 2015-2020 đã hoàn thành chương trình đề ra.",
            ),
            (
                "h",
                "Hội nghị đã nghe Báo cáo của Ban Thường vụ Tỉnh ủy về tình hình, kết quả đại hội điểm và thí điểm "
                "chủ trương đại hội đảng bộ cơ sở trực tiếp bầu ban thường vụ, bí thư, phó bí thư cấp ủy.",
            ),
            (
                "h",
                "Qua thảo luận, các đại biểu đều thống nhất cao với Báo cáo của Ban Thường vụ Tỉnh ủy cả về ưu điểm "
                "cũng như khuyết điểm, hạn chế và nguyên nhân; Hội nghị đã rút ra được những kinh nghiệm quan trọng "
                "để trong thời gian tới chúng ta triển khai chỉ đạo đại hội trên diện rộng.",
            ),
            (
                "h",
                "Để đại hội đảng bộ, chi bộ cơ sở thành công tốt đẹp, tôi đề nghị các cấp ủy, tổ chức đảng tập trung "
                "làm tốt một số nội dung sau đây:",
            ),
            (
                "T",
                "1",
                "tiếp tục quán triệt sâu sắc Chỉ thị số 36-CT/TW của Bộ Chính trị và các văn bản hướng dẫn của cấp "
                "trên; xác định đại hội là đợt sinh hoạt chính trị sâu rộng trong toàn Đảng bộ.",
                "Một là,",
            ),
            ("T", "2", "chuẩn bị thật kỹ các văn kiện trình đại hội, trong đó:", "Hai là,"),
            (
                "C",
                "-",
                "Báo cáo chính trị phải đánh giá đúng thực chất, không né tránh hạn chế; phương hướng, chỉ tiêu phải "
                "sát thực tế, có tính khả thi.",
                "-",
            ),
            (
                "C",
                "-",
                "Báo cáo kiểm điểm của cấp ủy phải làm rõ trách nhiệm tập thể và cá nhân, nhất là người đứng đầu.",
                "-",
            ),
            (
                "C",
                "-",
                "Chương trình hành động phải xác định rõ những việc cần làm ngay trong năm đầu nhiệm kỳ.",
                "-",
            ),
            (
                "T",
                "3",
                "làm tốt công tác nhân sự, bảo đảm đúng nguyên tắc, quy trình, dân chủ, khách quan; kiên quyết không "
                "đưa vào cấp ủy những người không đủ tiêu chuẩn, có biểu hiện cơ hội, cục bộ.",
                "Ba là,",
            ),
            (
                "P",
                "Quan tâm cơ cấu hợp lý cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số; chuẩn bị nhân sự bí "
                "thư, phó bí thư chu đáo ở những nơi thí điểm đại hội trực tiếp bầu.",
            ),
            (
                "T",
                "4",
                "đối với các đảng bộ thí điểm đại hội trực tiếp bầu ban thường vụ, bí thư, phó bí thư, cấp ủy cấp "
                "trên phải hướng dẫn cụ thể quy trình giới thiệu, ứng cử, đề cử và bầu cử.",
                "Bốn là,",
            ),
            (
                "T",
                "5",
                "lãnh đạo tổ chức tốt đại hội các chi bộ trực thuộc trước khi tiến hành đại hội đảng bộ cơ sở; hoàn "
                "thành đúng thời gian theo Kế hoạch của Ban Thường vụ Tỉnh ủy.",
                "Năm là,",
            ),
            (
                "T",
                "6",
                "gắn việc chuẩn bị và tổ chức đại hội với thực hiện nhiệm vụ chính trị, phát triển kinh tế - xã hội, "
                "bảo đảm quốc phòng, an ninh ở địa phương, đơn vị.",
                "Sáu là,",
            ),
            (
                "T",
                "7",
                "làm tốt công tác tuyên truyền về đại hội, phát động phong trào thi đua lập thành tích chào mừng đại "
                "hội Đảng các cấp; kịp thời giải quyết đơn thư liên quan đến nhân sự.",
                "Bảy là,",
            ),
            (
                "T",
                "8",
                "các đồng chí Ủy viên Ban Thường vụ, Tỉnh ủy viên được phân công phụ trách địa bàn phải bám sát cơ "
                "sở, trực tiếp dự và chỉ đạo đại hội, kịp thời báo cáo những vấn đề phát sinh.",
                "Tám là,",
            ),
            ("E", "Thưa các đồng chí,"),
            (
                "E",
                "Thời gian từ nay đến khi kết thúc đại hội cấp cơ sở không còn nhiều, khối lượng công việc rất lớn. "
                "Tôi tin tưởng rằng, với tinh thần trách nhiệm cao, các cấp ủy sẽ lãnh đạo đại hội đảng bộ, chi bộ "
                "cơ sở thành công tốt đẹp.",
            ),
            ("E", "Chúc các đồng chí mạnh khỏe, hạnh phúc và thành công."),
            ("E", "Xin trân trọng cảm ơn!"),
        ],
    },
    {
        "id": "b9x-dong-da-thong-bao-thang-3",
        "source": "https://dongda.hanoi.gov.vn/bau-cu-dai-bieu-quoc-hoi-khoa-xvi-va-dai-bieu-hoi-dong-nhan-dan-cac-cap-nhiem-ky-2026-2031/dang-uy-phuong-dong-da-to-chuc-le-chao-co-va-sinh-hoat-duoi-co-thang-3-2026-tap-trung-cao-do-cho-ngay-hoi-toan-dan-2806260304143919985.htm",
        "style": "a ward Party standing board's notice of key tasks for one month (after the 2025 reform): Party header "
        "with '*' and 'Số 46-TB/ĐU', 'THÔNG BÁO' title over a one-line subject, a preamble announcing '04 nhóm "
        "nội dung cốt lõi', then four unnumbered sentence-case field lines ending with ':' ('Quyết liệt cho "
        "công tác bầu cử:' …) each over '-' dash tasks ('+' sub-items under one), closing request, 'Nơi nhận:' "
        "and 'T/M BAN THƯỜNG VỤ'",
        "lines": [
            ("h", "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI"),
            ("h", "ĐẢNG ỦY PHƯỜNG ĐỐNG ĐA"),
            ("h", "*"),
            ("h", "Số 46-TB/ĐU"),
            ("h", "ĐẢNG CỘNG SẢN VIỆT NAM"),
            ("h", "Đống Đa, ngày 02 tháng 3 năm 2026"),
            ("title", "THÔNG BÁO"),
            ("h", "Nhiệm vụ công tác trọng tâm tháng 3 năm 2026"),
            (
                "h",
                "Tại buổi Lễ chào cờ và sinh hoạt dưới cờ tháng 3/2026, Ban Thường vụ Đảng ủy phường đã đánh giá kết "
                "quả công tác tháng 02/2026 và thống nhất các nhiệm vụ công tác trọng tâm tháng 3/2026. Ban Thường "
                "vụ Đảng ủy yêu cầu toàn hệ thống chính trị phường tập trung vào 04 nhóm nội dung cốt lõi sau:",
            ),
            ("S", "", "Quyết liệt cho công tác bầu cử", "Quyết liệt cho công tác bầu cử:"),
            (
                "T",
                "1",
                "Chuẩn bị chu đáo hòm phiếu, danh sách cử tri và trang trí khánh tiết tại 34 khu vực bỏ phiếu; hoàn "
                "thành trước ngày 10/3/2026.",
                "-",
            ),
            (
                "T",
                "2",
                "Đẩy mạnh tuyên truyền đa dạng qua nhiều phương tiện truyền thông, hướng dẫn người dân ứng dụng "
                "VNeID để tra cứu thông tin bầu cử:",
                "-",
            ),
            ("C", "-", "Trên hệ thống loa truyền thanh và bảng tin của 52 tổ dân phố;", "+"),
            ("C", "-", "Trên Trang thông tin điện tử phường và các nhóm Zalo tổ dân phố.", "+"),
            (
                "T",
                "3",
                "Các tổ bầu cử tổ chức diễn tập quy trình bỏ phiếu, kiểm phiếu; bảo đảm an ninh, an toàn tuyệt đối "
                "tại các điểm bỏ phiếu.",
                "-",
            ),
            (
                "S",
                "",
                "Quán triệt Nghị quyết và kiểm tra giám sát",
                "Quán triệt Nghị quyết và kiểm tra giám sát:",
            ),
            (
                "T",
                "1",
                "Triển khai hiệu quả các Nghị quyết của Trung ương và Thành ủy Hà Nội, đặc biệt là các Nghị quyết "
                "79-NQ/TW, 80-NQ/TW đến 100% cán bộ, đảng viên.",
                "-",
            ),
            (
                "T",
                "2",
                "100% chi bộ tổ chức sinh hoạt chuyên đề quý I gắn với học tập và làm theo tư tưởng, đạo đức, phong "
                "cách Hồ Chí Minh.",
                "-",
            ),
            (
                "T",
                "3",
                "Ủy ban Kiểm tra Đảng ủy phường thực hiện kiểm tra, giám sát theo chương trình năm 2026 đối với 05 "
                "chi bộ trực thuộc.",
                "-",
            ),
            ("S", "", "Đẩy mạnh chuyển đổi số", "Đẩy mạnh chuyển đổi số:"),
            (
                "T",
                "1",
                "Thực hiện nghiêm việc xử lý hồ sơ trên môi trường điện tử thông qua không gian làm việc số Hanoi "
                "Works, phấn đấu 100% hồ sơ giải quyết đúng và trước hạn.",
                "-",
            ),
            ("T", "2", "100% văn bản đi của các cơ quan Đảng phường được ký số, phát hành điện tử.", "-"),
            (
                "T",
                "3",
                "Các chi bộ hoàn thành cập nhật dữ liệu đảng viên trên Sổ tay đảng viên điện tử trước ngày "
                "20/3/2026.",
                "-",
            ),
            (
                "S",
                "",
                "Phát triển kinh tế - xã hội và quốc phòng - an ninh",
                "Phát triển kinh tế - xã hội và quốc phòng - an ninh:",
            ),
            (
                "T",
                "1",
                "Chăm lo tốt công tác an sinh xã hội; rà soát, hỗ trợ kịp thời các hộ có hoàn cảnh khó khăn.",
                "-",
            ),
            (
                "T",
                "2",
                "Hoàn thành chỉ tiêu giao quân năm 2026 và tổ chức lễ kết nạp Đảng cho 04 tân binh lên đường nhập "
                "ngũ.",
                "-",
            ),
            ("T", "3", "Phấn đấu thu ngân sách quý I đạt trên 25% dự toán được giao.", "-"),
            (
                "T",
                "4",
                "Giữ vững an ninh chính trị, trật tự an toàn xã hội; xử lý nghiêm các vi phạm trật tự đô thị, lấn "
                "chiếm vỉa hè.",
                "-",
            ),
            (
                "E",
                "Ban Thường vụ Đảng ủy phường yêu cầu các chi bộ, đảng bộ trực thuộc, các cơ quan, đơn vị nghiêm túc "
                "tổ chức thực hiện; báo cáo kết quả về Văn phòng Đảng ủy trước ngày 28/3/2026.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thường trực Thành ủy (để b/c),"),
            ("E", "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ phường,"),
            ("E", "- Các chi bộ, đảng bộ trực thuộc,"),
            ("E", "- Lưu Văn phòng Đảng ủy."),
            ("E", "T/M BAN THƯỜNG VỤ"),
            ("E", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
            ("E", "Đỗ Thanh Bình"),
        ],
    },
    {
        "id": "b9y-quan-2-nghi-quyet-hdnd",
        "source": "https://vanban123.vn/Nghi-quyet/Nghi-quyet-so-01-2008-NQ-HDND-ve-viec-nhiem-vu-kinh-te-xa-hoi-nam-2008-do-Hoi-dong-nhan-dan-Quan-2-thanh-pho-Ho-Chi-Minh-ban-hanh-436021",
        "style": "a district People's Council resolution with no 'Điều': 'QUYẾT NGHỊ:' followed by four unlabelled "
        "'Nhất trí …' / 'Ghi nhận …' paragraphs and a lead-in '… nhấn mạnh một số vấn đề sau:', then capital "
        "Roman headings ending in ':' ('I.' … 'III.'), '1.' tasks written as running sentences (some with an "
        "inline 'Mục tiêu chung:' field), '-' sub-items under three of them, one task continued by a "
        "paragraph; closing 'HĐND quận giao …' and 'Nghị quyết này đã được … thông qua …./.'",
        "lines": [
            ("h", "HỘI ĐỒNG NHÂN DÂN"),
            ("h", "QUẬN 2"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 01/2008/NQ-HĐND"),
            ("h", "Quận 2, ngày 11 tháng 01 năm 2008"),
            ("title", "NGHỊ QUYẾT"),
            ("h", "VỀ NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2008"),
            ("h", "HỘI ĐỒNG NHÂN DÂN QUẬN 2"),
            ("h", "KHÓA III - KỲ HỌP THỨ 14"),
            ("h", "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"),
            (
                "h",
                "Sau khi xem xét các báo cáo của Thường trực Hội đồng nhân dân và Báo cáo thẩm tra của 2 Ban Hội "
                "đồng nhân dân quận; các báo cáo, tờ trình của Ủy ban nhân dân quận và các cơ quan hữu quan; thông "
                "báo của Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận và ý kiến thảo luận của các đại biểu Hội "
                "đồng nhân dân quận,",
            ),
            ("h", "QUYẾT NGHỊ:"),
            (
                "h",
                "Nhất trí với các báo cáo của Thường trực Hội đồng nhân dân và 2 Ban Hội đồng nhân dân quận.",
            ),
            (
                "h",
                "Nhất trí thông qua các báo cáo của Ủy ban nhân dân quận và các cơ quan hữu quan về đánh giá tình "
                "hình kinh tế - xã hội, quốc phòng - an ninh trên địa bàn quận năm 2007; mục tiêu, nhiệm vụ, chỉ "
                "tiêu và các giải pháp phát triển kinh tế - xã hội năm 2008.",
            ),
            (
                "h",
                "Nhất trí với Tờ trình của Ủy ban nhân dân quận về trang bị xe chuyên dùng cho Công ty Quản lý và "
                "Phát triển Nhà quận 2.",
            ),
            (
                "h",
                "Ghi nhận kết quả hoạt động của Viện Kiểm sát nhân dân quận và Tòa án nhân dân quận năm 2007.",
            ),
            ("h", "Hội đồng nhân dân quận nhấn mạnh một số vấn đề sau:"),
            ("S", "I", "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2007", "I."),
            (
                "T",
                "1",
                "Trong năm 2007, bên cạnh một số thuận lợi cơ bản, còn có những yếu tố không thuận lợi về thời tiết, "
                "dịch bệnh, giá cả một số mặt hàng thiết yếu tăng cao ảnh hưởng đến sản xuất, kinh doanh và đời sống "
                "của nhân dân trong quận; song với sự nỗ lực của các cấp, các ngành, kinh tế - xã hội của quận tiếp "
                "tục phát triển, đạt và vượt 14/16 chỉ tiêu Nghị quyết đề ra, trong đó:",
                "1.",
            ),
            (
                "C",
                "-",
                "Tổng doanh thu thương mại - dịch vụ đạt 4.215 tỷ đồng, tăng 24,6% so với năm 2006;",
                "-",
            ),
            (
                "C",
                "-",
                "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp đạt 1.380 tỷ đồng, tăng 18,2%;",
                "-",
            ),
            ("C", "-", "Tổng thu ngân sách nhà nước trên địa bàn đạt 512 tỷ đồng, bằng 108,7% dự toán;", "-"),
            (
                "C",
                "-",
                "Giải quyết việc làm cho 3.150 lao động; giảm 412 hộ nghèo theo chuẩn nghèo của thành phố.",
                "-",
            ),
            (
                "T",
                "2",
                "Bên cạnh những kết quả đạt được, vẫn còn một số tồn tại, hạn chế: tiến độ bồi thường, giải phóng "
                "mặt bằng các dự án trọng điểm còn chậm; tình trạng xây dựng không phép, sai phép chưa được ngăn "
                "chặn triệt để; cải cách hành chính ở một số phường chưa đáp ứng yêu cầu; tai nạn giao thông và tội "
                "phạm hình sự có chiều hướng tăng.",
                "2.",
            ),
            ("S", "II", "MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2008", "II."),
            (
                "T",
                "1",
                "Mục tiêu chung: Tập trung đẩy nhanh tiến độ các dự án đầu tư xây dựng kết cấu hạ tầng, tạo chuyển "
                "biến rõ nét trong quản lý đô thị; phát triển thương mại - dịch vụ theo hướng hiện đại; nâng cao "
                "chất lượng giáo dục, y tế, chăm lo đời sống nhân dân; giữ vững an ninh chính trị, trật tự an toàn "
                "xã hội.",
                "1.",
            ),
            ("T", "2", "Các chỉ tiêu chủ yếu:", "2."),
            ("C", "-", "Tổng doanh thu thương mại - dịch vụ tăng 22% trở lên;", "-"),
            ("C", "-", "Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp tăng 16%;", "-"),
            ("C", "-", "Thu ngân sách nhà nước trên địa bàn đạt 560 tỷ đồng;", "-"),
            ("C", "-", "Giảm 350 hộ nghèo; giải quyết việc làm cho 3.200 lao động;", "-"),
            ("C", "-", "Tỷ lệ hộ dân sử dụng nước sạch đạt 92%.", "-"),
            ("S", "III", "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU", "III."),
            (
                "T",
                "1",
                "Tập trung chỉ đạo đẩy nhanh tiến độ bồi thường, giải phóng mặt bằng, tái định cư các dự án trọng "
                "điểm trên địa bàn quận, nhất là Khu đô thị mới Thủ Thiêm và các tuyến đường kết nối; công khai, "
                "minh bạch chính sách bồi thường, giải quyết dứt điểm các khiếu nại của người dân.",
                "1.",
            ),
            (
                "T",
                "2",
                "Phát triển thương mại - dịch vụ: kêu gọi đầu tư xây dựng trung tâm thương mại, chợ đầu mối; khuyến "
                "khích doanh nghiệp đầu tư vào các ngành dịch vụ chất lượng cao; kiểm tra, chống buôn lậu, gian lận "
                "thương mại.",
                "2.",
            ),
            ("T", "3", "Tăng cường quản lý đô thị, đất đai và xây dựng:", "3."),
            (
                "C",
                "-",
                "Kiên quyết xử lý các trường hợp xây dựng không phép, sai phép, lấn chiếm đất công;",
                "-",
            ),
            (
                "C",
                "-",
                "Đẩy nhanh việc cấp giấy chứng nhận quyền sử dụng đất và quyền sở hữu nhà ở cho nhân dân;",
                "-",
            ),
            ("C", "-", "Duy trì trật tự lòng lề đường, vệ sinh môi trường trên các tuyến đường chính.", "-"),
            (
                "T",
                "4",
                "Nâng cao chất lượng giáo dục - đào tạo, chăm sóc sức khỏe nhân dân; thực hiện tốt chính sách đối "
                "với người có công, chương trình xóa đói giảm nghèo và giải quyết việc làm.",
                "4.",
            ),
            (
                "T",
                "5",
                "Đẩy mạnh cải cách hành chính theo cơ chế “một cửa”, nâng cao chất lượng đội ngũ cán bộ, công chức; "
                "tăng cường phòng, chống tham nhũng, thực hành tiết kiệm, chống lãng phí.",
                "5.",
            ),
            (
                "P",
                "Ủy ban nhân dân quận chỉ đạo các phường công khai quy trình, thời gian giải quyết thủ tục hành "
                "chính; định kỳ hằng quý báo cáo Thường trực Hội đồng nhân dân quận kết quả thực hiện.",
            ),
            (
                "T",
                "6",
                "Giữ vững an ninh chính trị, trật tự an toàn xã hội; hoàn thành 100% chỉ tiêu tuyển quân năm 2008; "
                "kéo giảm tai nạn giao thông trên cả 3 mặt.",
                "6.",
            ),
            (
                "E",
                "Hội đồng nhân dân quận giao Ủy ban nhân dân quận tổ chức thực hiện Nghị quyết này; Thường trực Hội "
                "đồng nhân dân, các Ban Hội đồng nhân dân và đại biểu Hội đồng nhân dân quận giám sát việc thực "
                "hiện.",
            ),
            (
                "E",
                "Nghị quyết này đã được Hội đồng nhân dân quận 2 khóa III, kỳ họp thứ 14 thông qua ngày 11 tháng 01 "
                "năm 2008./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Thường trực HĐND thành phố;"),
            ("E", "- UBND thành phố;"),
            ("E", "- Thường trực Quận ủy;"),
            ("E", "- UBND quận, UBMTTQ quận;"),
            ("E", "- Đại biểu HĐND quận;"),
            ("E", "- Lưu: VT."),
            ("E", "TM. HỘI ĐỒNG NHÂN DÂN"),
            ("E", "CHỦ TỊCH"),
            ("E", "Trần Văn Lộc"),
        ],
    },
    {
        "id": "b9y-binh-dinh-quyet-dinh-ke-hoach",
        "source": "https://thuviennhadat.vn/vbpl/quyet-dinh-1528-qd-ubnd-2021-thuc-hien-chuong-trinh-phat-trien-cong-tac-xa-hoi-binh-dinh-475208.html",
        "style": "a provincial People's Committee decision with its attached plan in one file: 'QUYẾT ĐỊNH:' and the "
        "decision's own 'Điều 1.'–'Điều 3.', 'Nơi nhận:' and 'TM. ỦY BAN NHÂN DÂN' signature all come BEFORE "
        "the plan (preamble), then a repeated header, 'KẾ HOẠCH' with a '(Ban hành kèm theo Quyết định …)' "
        "line; capital Roman parts 'I.' … 'IV.', '1.' tasks (an inline 'Mục tiêu chung:' field, a target task "
        "with 'a)' … 'd)' sub-items, two heading-only tasks each followed by a paragraph, agency tasks with "
        "'-' sub-items), a funding part whose tasks are bare '-' items; closing 'Trong quá trình thực hiện "
        "…./.' with no signature",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH BÌNH ĐỊNH"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 1528/QĐ-UBND"),
            ("h", "Bình Định, ngày 29 tháng 04 năm 2021"),
            ("title", "QUYẾT ĐỊNH"),
            (
                "h",
                "BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH "
                "GIAI ĐOẠN 2021 - 2025",
            ),
            ("h", "ỦY BAN NHÂN DÂN TỈNH"),
            (
                "h",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của "
                "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;",
            ),
            (
                "h",
                "Căn cứ Quyết định số 112/QĐ-TTg ngày 22/01/2021 của Thủ tướng Chính phủ ban hành Chương trình phát "
                "triển công tác xã hội giai đoạn 2021 - 2030;",
            ),
            (
                "h",
                "Căn cứ Công văn số 555/LĐTBXH-BTXH ngày 03/3/2021 của Bộ Lao động - Thương binh và Xã hội về việc "
                "triển khai chương trình phát triển công tác xã hội giai đoạn 2021 - 2030;",
            ),
            (
                "h",
                "Theo đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 92/TTr-SLĐTBXH ngày "
                "06/4/2021.",
            ),
            ("h", "QUYẾT ĐỊNH:"),
            (
                "h",
                "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình phát triển công tác xã hội "
                "trên địa bàn tỉnh Bình Định giai đoạn 2021 - 2025.",
            ),
            (
                "h",
                "Điều 2. Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, đơn vị, địa "
                "phương liên quan tổ chức triển khai thực hiện Kế hoạch này trên địa bàn tỉnh.",
            ),
            (
                "h",
                "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Lao động - Thương binh và Xã hội, Nội vụ, Tài "
                "chính, Kế hoạch và Đầu tư, Y tế, Giáo dục và Đào tạo, Tư pháp, Thông tin và Truyền thông; Chủ tịch "
                "UBND các huyện, thị xã, thành phố và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành "
                "Quyết định này kể từ ngày ký./.",
            ),
            ("h", "Nơi nhận:"),
            ("h", "- Như Điều 3;"),
            ("h", "- Bộ LĐ-TB&XH (b/c);"),
            ("h", "- TT Tỉnh ủy, TT HĐND tỉnh;"),
            ("h", "- CT, các PCT UBND tỉnh;"),
            ("h", "- Lưu: VT, K19."),
            ("h", "TM. ỦY BAN NHÂN DÂN"),
            ("h", "KT. CHỦ TỊCH"),
            ("h", "PHÓ CHỦ TỊCH"),
            ("h", "Trần Châu Phong"),
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "TỈNH BÌNH ĐỊNH"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "KẾ HOẠCH"),
            (
                "h",
                "THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH GIAI ĐOẠN 2021 - "
                "2025",
            ),
            ("h", "(Ban hành kèm theo Quyết định số 1528/QĐ-UBND ngày 29/4/2021 của UBND tỉnh Bình Định)"),
            ("S", "I", "MỤC TIÊU", "I."),
            (
                "T",
                "1",
                "Mục tiêu chung: Phát triển công tác xã hội trở thành một nghề trên địa bàn tỉnh; nâng cao nhận thức "
                "của toàn xã hội về công tác xã hội; xây dựng đội ngũ cán bộ, viên chức, nhân viên và cộng tác viên "
                "công tác xã hội đủ về số lượng, đạt yêu cầu về chất lượng, góp phần xây dựng hệ thống an sinh xã "
                "hội tiên tiến.",
                "1.",
            ),
            ("T", "2", "Mục tiêu cụ thể đến năm 2025:", "2."),
            (
                "C",
                "a",
                "Phấn đấu 100% cán bộ, công chức, viên chức làm công tác xã hội cấp tỉnh, cấp huyện được đào tạo, "
                "bồi dưỡng nâng cao năng lực chuyên môn;",
                "a)",
            ),
            (
                "C",
                "b",
                "Trên 70% người làm việc tại các cơ sở trợ giúp xã hội công lập đạt chuẩn nghiệp vụ công tác xã hội;",
                "b)",
            ),
            (
                "C",
                "c",
                "Mỗi xã, phường, thị trấn có ít nhất 01 cán bộ hoặc cộng tác viên làm công tác xã hội;",
                "c)",
            ),
            (
                "C",
                "d",
                "Trên 80% đối tượng có hoàn cảnh đặc biệt khó khăn được tiếp cận dịch vụ công tác xã hội phù hợp.",
                "d)",
            ),
            ("S", "II", "NHIỆM VỤ VÀ GIẢI PHÁP", "II."),
            ("T", "1", "Tuyên truyền, nâng cao nhận thức về công tác xã hội", "1."),
            (
                "P",
                "Đa dạng hóa hình thức tuyên truyền trên Báo Bình Định, Đài Phát thanh và Truyền hình tỉnh, hệ thống "
                "truyền thanh cơ sở về vị trí, vai trò của nghề công tác xã hội; tổ chức các hoạt động hưởng ứng "
                "Ngày Công tác xã hội Việt Nam 25/3 hằng năm.",
            ),
            ("T", "2", "Rà soát, kiện toàn mạng lưới cơ sở cung cấp dịch vụ công tác xã hội", "2."),
            (
                "P",
                "Sắp xếp lại các cơ sở trợ giúp xã hội công lập theo hướng tinh gọn, đa chức năng; nâng cấp Trung "
                "tâm Công tác xã hội tỉnh thành đơn vị đầu mối cung cấp dịch vụ cho toàn tỉnh.",
            ),
            ("T", "3", "Đào tạo, bồi dưỡng nguồn nhân lực:", "3."),
            (
                "C",
                "-",
                "Phối hợp với Trường Đại học Quy Nhơn mở các lớp bồi dưỡng kiến thức, kỹ năng công tác xã hội cho "
                "cán bộ cấp xã;",
                "-",
            ),
            (
                "C",
                "-",
                "Tập huấn kỹ năng quản lý trường hợp cho cộng tác viên công tác xã hội ở thôn, khu phố.",
                "-",
            ),
            (
                "T",
                "4",
                "Phát triển các mô hình cung cấp dịch vụ công tác xã hội tại bệnh viện, trường học, cơ sở trợ giúp "
                "xã hội và cộng đồng; thí điểm phòng công tác xã hội tại Bệnh viện Đa khoa tỉnh.",
                "4.",
            ),
            (
                "T",
                "5",
                "Huy động, lồng ghép nguồn lực từ các chương trình mục tiêu quốc gia và các tổ chức trong, ngoài "
                "nước để thực hiện Chương trình.",
                "5.",
            ),
            ("S", "III", "KINH PHÍ THỰC HIỆN", "III."),
            (
                "T",
                "1",
                "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng "
                "ghép trong dự toán chi thường xuyên của các cơ quan, đơn vị;",
                "-",
            ),
            ("T", "2", "Huy động sự đóng góp của các tổ chức, cá nhân và các nguồn hợp pháp khác.", "-"),
            ("S", "IV", "TỔ CHỨC THỰC HIỆN", "IV."),
            ("T", "1", "Sở Lao động - Thương binh và Xã hội:", "1."),
            ("C", "-", "Chủ trì, hướng dẫn các sở, ngành, địa phương triển khai Kế hoạch;", "-"),
            (
                "C",
                "-",
                "Định kỳ hằng năm tổng hợp, báo cáo UBND tỉnh và Bộ Lao động - Thương binh và Xã hội kết quả thực "
                "hiện trước ngày 15/12.",
                "-",
            ),
            (
                "T",
                "2",
                "Sở Tài chính: Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân "
                "sách.",
                "2.",
            ),
            (
                "T",
                "3",
                "Sở Y tế, Sở Giáo dục và Đào tạo: Chỉ đạo phát triển dịch vụ công tác xã hội trong các cơ sở y tế, "
                "cơ sở giáo dục thuộc phạm vi quản lý.",
                "3.",
            ),
            (
                "T",
                "4",
                "UBND các huyện, thị xã, thành phố: Xây dựng kế hoạch thực hiện tại địa phương; bố trí cán bộ, cộng "
                "tác viên làm công tác xã hội ở cấp xã.",
                "4.",
            ),
            (
                "E",
                "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về "
                "Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./.",
            ),
        ],
    },
    {
        "id": "b9y-ha-noi-chi-thi-ke-hoach-5-nam",
        "source": "https://phapluatcongdong.vn/van-ban/chi-thi-15-ct-ubnd-ban-hanh-thanh-pho-ha-noi-nam-2014-p193534.htm",
        "style": "a city People's Committee directive on building the five-year plan: 'CHỈ THỊ' title, two context "
        "paragraphs (the second ending '… theo các nội dung sau:'), parts lettered 'A.', 'B.', 'C.' in "
        "capitals, '1.' tasks, '-' sub-items under two tasks and '+' sub-items under another, one task "
        "continued by a paragraph; closing 'Chủ tịch UBND Thành phố yêu cầu …./.' and 'CHỦ TỊCH'",
        "lines": [
            ("h", "ỦY BAN NHÂN DÂN"),
            ("h", "THÀNH PHỐ HÀ NỘI"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số: 15/CT-UBND"),
            ("h", "Hà Nội, ngày 29 tháng 08 năm 2014"),
            ("title", "CHỈ THỊ"),
            ("h", "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ-XÃ HỘI 5 NĂM 2016-2020"),
            (
                "h",
                "Thực hiện Nghị quyết Đại hội đại biểu lần thứ XV Đảng bộ Thành phố và Nghị quyết HĐND Thành phố Hà "
                "Nội về kế hoạch phát triển kinh tế - xã hội 5 năm 2010-2015, trong bối cảnh tình hình kinh tế thế "
                "giới và trong nước có nhiều diễn biến phức tạp, các cấp, các ngành, cộng đồng doanh nghiệp và nhân "
                "dân Thủ đô đã nỗ lực vượt qua khó khăn thách thức, đạt được những thành tựu quan trọng trong việc "
                "phát triển kinh tế-xã hội và nâng cao đời sống nhân dân.",
            ),
            (
                "h",
                "Để tiếp tục phát huy các kết quả đã đạt được, vượt qua các khó khăn thách thức, thực hiện thắng lợi "
                "“Quy hoạch phát triển kinh tế-xã hội thành phố Hà Nội đến năm 2020, định hướng đến năm 2030”, thực "
                "hiện Chỉ thị số 22/CT-TTg ngày 05/8/2014 của Thủ tướng Chính phủ về việc xây dựng Kế hoạch phát "
                "triển kinh tế - xã hội 5 năm 2016-2020, Chủ tịch UBND Thành phố yêu cầu Thủ trưởng các sở, ban, "
                "ngành, Chủ tịch UBND các quận, huyện, thị xã tập trung xây dựng Kế hoạch theo các nội dung sau:",
            ),
            (
                "S",
                "A",
                "ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2011-2015",
                "A.",
            ),
            (
                "T",
                "1",
                "Việc đánh giá phải bám sát các mục tiêu, chỉ tiêu Nghị quyết Đại hội XV Đảng bộ Thành phố và Nghị "
                "quyết HĐND Thành phố; bảo đảm khách quan, trung thực, có số liệu minh chứng và so sánh với giai "
                "đoạn 2006-2010.",
                "1.",
            ),
            ("T", "2", "Nội dung đánh giá tập trung vào:", "2."),
            ("C", "-", "Tình hình thực hiện các chỉ tiêu chủ yếu về kinh tế, xã hội, môi trường;", "-"),
            (
                "C",
                "-",
                "Kết quả thực hiện 3 khâu đột phá và các chương trình công tác trọng tâm của Thành ủy;",
                "-",
            ),
            ("C", "-", "Những tồn tại, hạn chế, nguyên nhân và bài học kinh nghiệm.", "-"),
            (
                "T",
                "3",
                "Các sở, ngành đánh giá theo lĩnh vực được giao quản lý; UBND các quận, huyện, thị xã đánh giá toàn "
                "diện trên địa bàn, làm rõ các công trình, dự án trọng điểm đã hoàn thành và chuyển tiếp.",
                "3.",
            ),
            ("S", "B", "XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2016-2020", "B."),
            (
                "T",
                "1",
                "Dự báo bối cảnh trong nước, quốc tế và những thuận lợi, khó khăn, thách thức tác động đến phát "
                "triển kinh tế - xã hội của Thủ đô giai đoạn 2016-2020.",
                "1.",
            ),
            (
                "T",
                "2",
                "Xác định mục tiêu tổng quát phù hợp với Quy hoạch phát triển kinh tế - xã hội Thành phố đến năm "
                "2020 và Chiến lược phát triển kinh tế - xã hội Thành phố đến năm 2030.",
                "2.",
            ),
            ("T", "3", "Đề xuất các chỉ tiêu chủ yếu, trong đó phấn đấu:", "3."),
            ("C", "-", "Tốc độ tăng trưởng GRDP bình quân 8,5 - 9%/năm;", "+"),
            ("C", "-", "GRDP bình quân đầu người đến năm 2020 đạt 5.300 - 5.500 USD;", "+"),
            ("C", "-", "Tỷ lệ hộ nghèo giảm bình quân 0,5%/năm;", "+"),
            ("C", "-", "Tỷ lệ xã đạt chuẩn nông thôn mới đạt 60% trở lên.", "+"),
            (
                "T",
                "4",
                "Xác định các nhiệm vụ, giải pháp chủ yếu gắn với 3 khâu đột phá: hoàn thiện thể chế, phát triển "
                "nguồn nhân lực chất lượng cao, xây dựng kết cấu hạ tầng đô thị đồng bộ, hiện đại; làm rõ danh mục "
                "các dự án trọng điểm dự kiến đầu tư giai đoạn 2016-2020.",
                "4.",
            ),
            (
                "P",
                "Kế hoạch đầu tư công trung hạn 5 năm 2016-2020 được xây dựng đồng thời, bảo đảm cân đối với khả "
                "năng huy động các nguồn lực của Thành phố.",
            ),
            ("S", "C", "TỔ CHỨC THỰC HIỆN", "C."),
            (
                "T",
                "1",
                "Sở Kế hoạch và Đầu tư chủ trì hướng dẫn khung nội dung, biểu mẫu; tổng hợp, xây dựng dự thảo Kế "
                "hoạch 5 năm 2016-2020 của Thành phố, báo cáo UBND Thành phố trước ngày 30/3/2015.",
                "1.",
            ),
            (
                "T",
                "2",
                "Sở Tài chính chủ trì xây dựng kế hoạch tài chính 5 năm; Cục Thống kê Thành phố cung cấp số liệu "
                "thống kê phục vụ công tác đánh giá.",
                "2.",
            ),
            ("T", "3", "Các sở, ban, ngành, UBND các quận, huyện, thị xã bảo đảm tiến độ:", "3."),
            (
                "C",
                "-",
                "Trước ngày 15/11/2014: gửi báo cáo đánh giá 5 năm 2011-2015 về Sở Kế hoạch và Đầu tư;",
                "-",
            ),
            (
                "C",
                "-",
                "Trước ngày 15/01/2015: gửi dự thảo Kế hoạch 5 năm 2016-2020 của ngành, địa phương.",
                "-",
            ),
            ("T", "4", "Giao Văn phòng UBND Thành phố theo dõi, đôn đốc việc thực hiện Chỉ thị này.", "4."),
            (
                "E",
                "Chủ tịch UBND Thành phố yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các quận, huyện, thị "
                "xã nghiêm túc triển khai thực hiện Chỉ thị này./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Bộ Kế hoạch và Đầu tư;"),
            ("E", "- Thường trực Thành ủy;"),
            ("E", "- Thường trực HĐND TP;"),
            ("E", "- Chủ tịch, các PCT UBND TP;"),
            ("E", "- Các sở, ban, ngành TP;"),
            ("E", "- UBND các quận, huyện, thị xã;"),
            ("E", "- Lưu: VT, KH&ĐT."),
            ("E", "CHỦ TỊCH"),
            ("E", "Nguyễn Văn Khải"),
        ],
    },
    {
        "id": "b9z-bao-loc-de-an-benh-vien",
        "source": "http://baolocgh.vn/vi/news/quan-ly-chat-luong-benh-vien/de-an-bao-dam-va-phat-trien-chat-luong-benh-vien-giai-doan-2015-2020-38.html",
        "style": "a hospital's quality project (đề án): Sở Y tế header with a spaced number line, 'ĐỀ ÁN' over a "
        "sentence-case subject and a '----------' rule, parts 'Phần mở đầu' (unnumbered), 'Phần thứ nhất' … "
        "'Phần thứ ba' on a line of their own above a capital title (split heading), tasks 'I-', 'II-', 'III-' "
        "restarting in each part (sentence case, ending in ':'), sub-items '-' or '1.', some tasks continued "
        "by paragraphs; closing 'GIÁM ĐỐC'",
        "split_heading": True,
        "lines": [
            ("h", "SỞ Y TẾ LÂM ĐỒNG"),
            ("h", "BỆNH VIỆN II"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số:        15 /ĐA-BVII"),
            ("h", "Bảo Lộc, ngày  08   tháng  01   năm  2015"),
            ("title", "ĐỀ ÁN"),
            (
                "h",
                "Bảo đảm và phát triển chất lượng bệnh viện giai đoạn 2015 - 2020 tại Bệnh viện II Lâm Đồng",
            ),
            ("h", "----------"),
            ("S", "", "SỰ CẦN THIẾT CỦA ĐỀ ÁN VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN", "Phần mở đầu"),
            ("T", "I", "Sự cần thiết của đề án:", "I-"),
            (
                "P",
                "Chất lượng khám, điều trị bệnh là vấn đề được cộng đồng và toàn xã hội hết sức quan tâm, bởi nó tác "
                "động trực tiếp đến người bệnh và chất lượng cuộc sống của mỗi người, nhất là những người ốm đau "
                "phải nhập viện điều trị.",
            ),
            (
                "P",
                "Thời gian qua Bệnh viện II Lâm Đồng đã có nhiều tiến bộ, tạo được niềm tin đối với người dân trong "
                "khu vực; tuy nhiên bệnh viện vẫn còn khó khăn về nhân lực, trang thiết bị, cơ sở hạ tầng, chưa đáp "
                "ứng đầy đủ nhu cầu khám, chữa bệnh ngày càng cao của nhân dân. Vì vậy, việc xây dựng Đề án là hết "
                "sức cần thiết.",
            ),
            ("T", "II", "Căn cứ xây dựng đề án:", "II-"),
            ("C", "-", "Luật Khám bệnh, chữa bệnh số 40/2009/QH12 ngày 23/11/2009;", "-"),
            (
                "C",
                "-",
                "Thông tư số 19/2013/TT-BYT ngày 12/7/2013 của Bộ Y tế hướng dẫn thực hiện quản lý chất lượng dịch "
                "vụ khám bệnh, chữa bệnh tại bệnh viện;",
                "-",
            ),
            (
                "C",
                "-",
                "Quyết định số 4858/QĐ-BYT ngày 03/12/2013 của Bộ trưởng Bộ Y tế ban hành thí điểm Bộ tiêu chí đánh "
                "giá chất lượng bệnh viện;",
                "-",
            ),
            ("C", "-", "Kế hoạch số 112/KH-SYT ngày 25/11/2014 của Sở Y tế Lâm Đồng.", "-"),
            ("S", "I", "THỰC TRẠNG CÔNG TÁC QUẢN LÝ CHẤT LƯỢNG TẠI BỆNH VIỆN", "Phần thứ nhất"),
            ("T", "I", "Khái quát về bệnh viện:", "I-"),
            (
                "P",
                "Bệnh viện II Lâm Đồng là bệnh viện đa khoa hạng II, quy mô 320 giường kế hoạch, 14 khoa lâm sàng, 5 "
                "khoa cận lâm sàng và 6 phòng chức năng; tổng số 418 cán bộ, viên chức, người lao động, trong đó 96 "
                "bác sĩ.",
            ),
            ("T", "II", "Kết quả đạt được:", "II-"),
            (
                "C",
                "1",
                "Thành lập Hội đồng quản lý chất lượng, Phòng Quản lý chất lượng và mạng lưới quản lý chất lượng tại "
                "100% khoa, phòng.",
                "1.",
            ),
            (
                "C",
                "2",
                "Năm 2014 bệnh viện tự đánh giá đạt 2,71 điểm theo Bộ tiêu chí; không có tiêu chí ở mức 1.",
                "2.",
            ),
            ("C", "3", "Tỷ lệ người bệnh hài lòng qua khảo sát đạt 86,5%, tăng 4,2% so với năm 2013.", "3."),
            ("T", "III", "Tồn tại, hạn chế:", "III-"),
            (
                "C",
                "1",
                "Cơ sở vật chất xuống cấp, khu khám bệnh chật hẹp, người bệnh phải chờ đợi lâu vào giờ cao điểm.",
                "1.",
            ),
            (
                "C",
                "2",
                "Thiếu bác sĩ chuyên khoa sâu; nhiều viên chức chưa được đào tạo về quản lý chất lượng.",
                "2.",
            ),
            ("S", "II", "MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP", "Phần thứ hai"),
            ("T", "I", "Mục tiêu chung:", "I-"),
            (
                "P",
                "Nâng cao chất lượng khám bệnh, chữa bệnh, bảo đảm an toàn người bệnh, hướng tới sự hài lòng của "
                "người bệnh và người nhà người bệnh; xây dựng bệnh viện trở thành cơ sở y tế tin cậy của nhân dân "
                "khu vực phía Nam tỉnh.",
            ),
            ("T", "II", "Mục tiêu cụ thể đến năm 2020:", "II-"),
            (
                "C",
                "1",
                "Điểm trung bình theo Bộ tiêu chí đánh giá chất lượng bệnh viện đạt từ 3,2 trở lên.",
                "1.",
            ),
            ("C", "2", "Tỷ lệ người bệnh hài lòng đạt trên 90%.", "2."),
            ("C", "3", "Thời gian chờ khám bệnh trung bình dưới 60 phút.", "3."),
            ("C", "4", "Triển khai thêm ít nhất 15 kỹ thuật mới thuộc tuyến tỉnh.", "4."),
            ("T", "III", "Nhiệm vụ và giải pháp:", "III-"),
            (
                "C",
                "1",
                "Kiện toàn tổ chức, nâng cao năng lực mạng lưới quản lý chất lượng; mỗi năm tổ chức ít nhất 02 lớp "
                "tập huấn về quản lý chất lượng cho viên chức.",
                "1.",
            ),
            (
                "C",
                "2",
                "Cải tiến quy trình khám bệnh, ứng dụng phần mềm quản lý bệnh viện và hệ thống lấy số thứ tự tự "
                "động.",
                "2.",
            ),
            (
                "C",
                "3",
                "Cử 20 bác sĩ đi đào tạo chuyên khoa I, chuyên khoa II; thu hút bác sĩ trẻ về công tác.",
                "3.",
            ),
            (
                "C",
                "4",
                "Xây dựng và triển khai chương trình an toàn người bệnh, giám sát nhiễm khuẩn bệnh viện.",
                "4.",
            ),
            (
                "C",
                "5",
                "Huy động nguồn xã hội hóa để đầu tư trang thiết bị chẩn đoán hình ảnh, xét nghiệm.",
                "5.",
            ),
            ("S", "III", "TỔ CHỨC THỰC HIỆN", "Phần thứ ba"),
            ("T", "I", "Phân công trách nhiệm:", "I-"),
            (
                "C",
                "1",
                "Phòng Quản lý chất lượng là đầu mối tham mưu, theo dõi, đôn đốc thực hiện Đề án.",
                "1.",
            ),
            (
                "C",
                "2",
                "Phòng Kế hoạch tổng hợp, Phòng Tài chính kế toán bố trí nhân lực, kinh phí theo kế hoạch hằng năm.",
                "2.",
            ),
            ("C", "3", "Trưởng các khoa, phòng xây dựng kế hoạch cải tiến chất lượng của đơn vị mình.", "3."),
            ("T", "II", "Kinh phí thực hiện:", "II-"),
            (
                "P",
                "Từ nguồn ngân sách nhà nước cấp, nguồn thu sự nghiệp của bệnh viện và các nguồn hợp pháp khác.",
            ),
            ("T", "III", "Chế độ báo cáo:", "III-"),
            (
                "P",
                "Các khoa, phòng báo cáo kết quả thực hiện về Phòng Quản lý chất lượng trước ngày 15/6 và 15/12 hằng "
                "năm để tổng hợp báo cáo Sở Y tế.",
            ),
            (
                "E",
                "Trên đây là Đề án bảo đảm và phát triển chất lượng bệnh viện giai đoạn 2015 - 2020 của Bệnh viện II "
                "Lâm Đồng./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- Sở Y tế Lâm Đồng (b/c);"),
            ("E", "- Ban Giám đốc;"),
            ("E", "- Các khoa, phòng;"),
            ("E", "- Lưu: VT, QLCL."),
            ("E", "GIÁM ĐỐC"),
            ("E", "Nguyễn Văn Thịnh"),
        ],
    },
    {
        "id": "b9z-lam-ha-huong-dan-cong-doan",
        "source": "http://ttytlamhald.vn/Download/MyFile/17269",
        "style": "a health-centre trade union's guidance on emulation ranking: union header with a blank number 'Số:  "
        "/HDBX-CĐ', a sentence-case title line 'Hướng dẫn …' (no separate kind word), 'Kính gửi:' and a 'Thực "
        "hiện … Căn cứ …' preamble, parts 'A.', 'B.' in capitals, tasks 'I.', 'II.' … in capitals (some ending "
        "in '.'), sub-items '1.', 'a.' … 'đ.', 'g.' or '-'; closing 'TM. BAN CHẤP HÀNH'",
        "lines": [
            ("h", "CÔNG ĐOÀN NGÀNH Y TẾ LÂM ĐỒNG"),
            ("h", "CĐCS TTYT LÂM HÀ"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập - Tự do - Hạnh phúc"),
            ("h", "Số:    /HDBX-CĐ"),
            ("h", "Lâm Hà, ngày 22 tháng 11 năm 2021"),
            ("title", "Hướng dẫn bình xét thi đua và chấm điểm tổ CĐ năm 2021"),
            ("h", "Kính gửi: CÁC TỔ CÔNG ĐOÀN TRỰC THUỘC"),
            (
                "h",
                "Thực hiện công văn số 64/CĐYT ngày 25 tháng 10 năm 2021 của Công đoàn Ngành Y tế Lâm Đồng về việc "
                "đánh giá, xếp loại chất lượng hoạt động công đoàn cơ sở.",
            ),
            (
                "h",
                "Căn cứ Hướng dẫn số 06/HD-CĐYT ngày 25 tháng 10 năm 2019 của Ban Thường vụ Công đoàn Ngành Y tế Lâm "
                "Đồng về việc đánh giá xếp loại công đoàn cơ sở.",
            ),
            ("h", "BCH CĐCS hướng dẫn các tổ công đoàn thực hiện một số nội dung sau:"),
            ("S", "A", "HƯỚNG DẪN BÌNH XÉT THI ĐUA, KHEN THƯỞNG", "A."),
            ("T", "I", "ĐỐI TƯỢNG VÀ NGUYÊN TẮC XÉT KHEN THƯỞNG", "I."),
            (
                "C",
                "1",
                "Đối tượng khen thưởng: các tổ công đoàn, đoàn viên công đoàn, công nhân, viên chức, lao động có "
                "thành tích đóng góp trong xây dựng tổ chức công đoàn và đơn vị.",
                "1.",
            ),
            (
                "C",
                "2",
                "Nguyên tắc: bình xét thi đua chính xác, công khai, công bằng, kịp thời; chú trọng khen thưởng người "
                "trực tiếp lao động, công tác và cá nhân có nhiều sáng kiến.",
                "2.",
            ),
            (
                "P",
                "Không xét khen thưởng đối với đoàn viên nghỉ công tác từ 40 ngày làm việc trở lên (trừ nữ nghỉ chế "
                "độ thai sản), không đăng ký thi đua hoặc bị kỷ luật từ hình thức khiển trách trở lên.",
            ),
            ("T", "II", "VỀ DANH HIỆU THI ĐUA.", "II."),
            ("C", "a", "Danh hiệu thi đua đối với cá nhân: “Đoàn viên Công đoàn xuất sắc”.", "a."),
            (
                "C",
                "b",
                "Danh hiệu thi đua đối với tập thể: “Cờ thi đua của LĐLĐ tỉnh”, “Công đoàn cơ sở vững mạnh”, “Tổ "
                "công đoàn vững mạnh”.",
                "b.",
            ),
            ("T", "III", "CÁC HÌNH THỨC KHEN THƯỞNG.", "III."),
            ("C", "a", "Bằng khen của Ban Chấp hành Tổng Liên đoàn;", "a."),
            ("C", "b", "Kỷ niệm chương “Vì sự nghiệp xây dựng tổ chức Công đoàn”;", "b."),
            ("C", "c", "Giải thưởng Nguyễn Đức Cảnh của Tổng Liên đoàn;", "c."),
            ("C", "d", "Bằng khen của Ban Chấp hành LĐLĐ tỉnh;", "d."),
            ("C", "đ", "Giấy khen của Ban Chấp hành Công đoàn Ngành Y tế;", "đ."),
            ("C", "g", "Giấy khen của Ban Chấp hành CĐCS.", "g."),
            ("T", "IV", "TIÊU CHUẨN XÉT TẶNG DANH HIỆU THI ĐUA.", "IV."),
            (
                "C",
                "1",
                "Danh hiệu Đoàn viên CĐ xuất sắc: xét cho cá nhân đạt danh hiệu Lao động tiên tiến, tích cực tham "
                "gia các hoạt động công đoàn, số lượng không quá 15% tổng số đoàn viên của tổ.",
                "1.",
            ),
            (
                "C",
                "2",
                "Danh hiệu Tổ CĐ vững mạnh: tổ đạt từ 85 điểm trở lên theo thang điểm tại phần B, không có đoàn viên "
                "vi phạm pháp luật, kỷ luật.",
                "2.",
            ),
            ("T", "V", "HỒ SƠ VÀ THỜI GIAN BÌNH XÉT.", "V."),
            ("C", "-", "Biên bản họp bình xét của tổ công đoàn (có danh sách đề nghị kèm theo);", "-"),
            ("C", "-", "Báo cáo thành tích của cá nhân đề nghị khen thưởng từ Giấy khen trở lên;", "-"),
            (
                "C",
                "-",
                "Các tổ gửi hồ sơ về BCH CĐCS (qua đồng chí Phó Chủ tịch) trước ngày 10/12/2021.",
                "-",
            ),
            ("S", "B", "HƯỚNG DẪN CHẤM ĐIỂM TỔ CÔNG ĐOÀN", "B."),
            ("T", "I", "THANG ĐIỂM: tổng số 100 điểm, gồm:", "I."),
            ("C", "1", "Công tác tuyên truyền, giáo dục đoàn viên: 20 điểm.", "1."),
            ("C", "2", "Tổ chức phong trào thi đua, chăm lo đời sống đoàn viên: 35 điểm.", "2."),
            ("C", "3", "Sinh hoạt tổ, thu nộp đoàn phí đúng quy định: 25 điểm.", "3."),
            ("C", "4", "Tham gia hoạt động chung của CĐCS và cơ quan: 20 điểm.", "4."),
            ("T", "II", "XẾP LOẠI.", "II."),
            ("C", "-", "Tổ CĐ vững mạnh: đạt từ 85 điểm trở lên;", "-"),
            ("C", "-", "Tổ CĐ hoàn thành nhiệm vụ: đạt từ 60 đến dưới 85 điểm;", "-"),
            ("C", "-", "Tổ CĐ yếu: dưới 60 điểm.", "-"),
            ("T", "III", "TỔ CHỨC THỰC HIỆN.", "III."),
            (
                "P",
                "Tổ trưởng các tổ công đoàn tổ chức cho đoàn viên tự chấm điểm, họp bình xét công khai, dân chủ và "
                "gửi kết quả về BCH CĐCS đúng thời gian quy định.",
            ),
            (
                "E",
                "Trên đây là hướng dẫn bình xét thi đua và chấm điểm tổ công đoàn năm 2021 của BCH CĐCS Trung tâm Y "
                "tế Lâm Hà, đề nghị các tổ công đoàn nghiêm túc thực hiện./.",
            ),
            ("E", "Nơi nhận:"),
            ("E", "- CĐ Ngành Y tế (b/c);"),
            ("E", "- Ban Giám đốc TTYT;"),
            ("E", "- Các tổ CĐ;"),
            ("E", "- Lưu CĐ."),
            ("E", "TM. BAN CHẤP HÀNH"),
            ("E", "CHỦ TỊCH"),
            ("E", "Trần Thị Thu Hà"),
        ],
    },
    {
        "id": "b9z-hiep-luc-ke-hoach-giao-duc",
        "source": "http://ninhgiang.haiduong.edu.vn/nhom_tin_tuc.aspx?id=152018&loai=2",
        "style": "a lower-secondary school's education plan for the school year: two-column header (school under the "
        "commune), 'KẾ HOẠCH' over a sentence-case subject, parts 'A.' … 'D.' in capitals, sentence-case tasks "
        "'1.', '2.' (a field ending in ':' or not), sub-items '-' and decimal '2.1.', '2.2.' (one continued by "
        "a 'Trong đó:' paragraph), an unlabelled 'cụ thể như sau:' line after the first task's dashes; closing "
        "'HIỆU TRƯỞNG'",
        "lines": [
            ("h", "UBND XÃ NINH GIANG"),
            ("h", "TRƯỜNG THCS HIỆP LỰC"),
            ("h", "Số: 08/KH-THCSHL"),
            ("h", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("h", "Độc lập – Tự do – Hạnh phúc"),
            ("h", "Ninh Giang, ngày 04 tháng 09 năm 2025"),
            ("title", "KẾ HOẠCH"),
            ("h", "Giáo dục năm học 2025 – 2026"),
            ("S", "A", "CĂN CỨ XÂY DỰNG KẾ HOẠCH", "A."),
            ("T", "1", "Căn cứ pháp lý", "1."),
            (
                "C",
                "-",
                "Căn cứ Quyết định số 3348/QĐ-UBND, ngày 19/8/2025 của UBND Thành phố Hải Phòng về việc ban hành Kế "
                "hoạch thời gian năm học 2025 – 2026;",
                "-",
            ),
            (
                "C",
                "-",
                "Hướng dẫn số 5775/SGDĐT-GDTrH-GDTX ngày 20/8/2025 của Sở GD&ĐT thành phố Hải Phòng về việc Hướng "
                "dẫn thực hiện nhiệm vụ GDTrH năm học 2025 – 2026;",
                "-",
            ),
            (
                "C",
                "-",
                "Chiến lược phát triển giáo dục trường, giai đoạn 2021 – 2026 tầm nhìn đến năm 2030.",
                "-",
            ),
            (
                "P",
                "Trường THCS Hiệp Lực xây dựng kế hoạch giáo dục trong năm học 2025 – 2026 cụ thể như sau:",
            ),
            ("T", "2", "Đặc điểm tình hình nhà trường", "2."),
            (
                "C",
                "2.1",
                "Số lớp, số học sinh năm học 2025-2026: 01 điểm trường, 11 lớp với 394 học sinh, 163 nữ chiếm tỉ lệ "
                "41,5%; 04 học sinh khuyết tật học hòa nhập.",
                "2.1.",
            ),
            (
                "P",
                "Trong đó: Khối 6: 96 em (2 lớp); Khối 7: 86 em (2 lớp); Khối 8: 116 em (3 lớp); Khối 9: 96 em (3 "
                "lớp).",
            ),
            (
                "C",
                "2.2",
                "Tình hình đội ngũ: tổng số 29 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn, trong đó 21 "
                "giáo viên trên chuẩn.",
                "2.2.",
            ),
            (
                "C",
                "2.3",
                "Cơ sở vật chất: đủ 11 phòng học, 05 phòng bộ môn; trường đạt chuẩn quốc gia mức độ 1.",
                "2.3.",
            ),
            ("T", "3", "Thuận lợi, khó khăn:", "3."),
            (
                "C",
                "-",
                "Thuận lợi: được sự quan tâm của Đảng ủy, UBND xã; đội ngũ đoàn kết, nhiệt tình; phụ huynh quan tâm "
                "đến việc học tập của con em.",
                "-",
            ),
            (
                "C",
                "-",
                "Khó khăn: thiết bị dạy học môn Khoa học tự nhiên còn thiếu; một số học sinh có hoàn cảnh khó khăn, "
                "bố mẹ đi làm ăn xa.",
                "-",
            ),
            ("S", "B", "MỤC TIÊU GIÁO DỤC NĂM HỌC", "B."),
            ("T", "1", "Mục tiêu chung", "1."),
            (
                "P",
                "Tiếp tục thực hiện hiệu quả Chương trình giáo dục phổ thông 2018; nâng cao chất lượng giáo dục toàn "
                "diện, chú trọng giáo dục đạo đức, kỹ năng sống và ứng dụng công nghệ thông tin trong dạy học.",
            ),
            ("T", "2", "Chỉ tiêu cụ thể:", "2."),
            ("C", "2.1", "Học sinh được đánh giá kết quả học tập mức Tốt và Khá đạt từ 68% trở lên.", "2.1."),
            ("C", "2.2", "Tỉ lệ học sinh lên lớp thẳng đạt 98,5%; tốt nghiệp THCS đạt 100%.", "2.2."),
            ("C", "2.3", "Có từ 15 giải học sinh giỏi cấp thành phố trở lên.", "2.3."),
            ("C", "2.4", "Tỉ lệ học sinh thi đỗ vào lớp 10 THPT công lập đạt từ 80% trở lên.", "2.4."),
            ("S", "C", "NHIỆM VỤ VÀ GIẢI PHÁP", "C."),
            (
                "T",
                "1",
                "Thực hiện nghiêm túc kế hoạch thời gian năm học; xây dựng kế hoạch giáo dục các tổ chuyên môn và kế "
                "hoạch bài dạy bảo đảm đúng chương trình.",
                "1.",
            ),
            ("T", "2", "Đổi mới phương pháp dạy học và kiểm tra, đánh giá:", "2."),
            ("C", "-", "Mỗi giáo viên thực hiện ít nhất 02 chuyên đề, tiết dạy minh họa trong năm học;", "-"),
            ("C", "-", "Tổ chức kiểm tra giữa kỳ, cuối kỳ theo đề chung có ma trận, bản đặc tả.", "-"),
            (
                "T",
                "3",
                "Nâng cao chất lượng học sinh giỏi và ôn thi vào lớp 10; phụ đạo học sinh chưa đạt chuẩn kiến thức, "
                "kỹ năng.",
                "3.",
            ),
            (
                "T",
                "4",
                "Đẩy mạnh chuyển đổi số: 100% học sinh có học bạ số; sử dụng sổ điểm điện tử và hồ sơ chuyên môn "
                "điện tử.",
                "4.",
            ),
            (
                "T",
                "5",
                "Tăng cường công tác giáo dục đạo đức, kỹ năng sống; phối hợp với cha mẹ học sinh phòng, chống bạo "
                "lực học đường.",
                "5.",
            ),
            ("S", "D", "TỔ CHỨC THỰC HIỆN", "D."),
            (
                "T",
                "1",
                "Hiệu trưởng chỉ đạo chung, phân công nhiệm vụ và kiểm tra việc thực hiện kế hoạch.",
                "1.",
            ),
            ("T", "2", "Phó Hiệu trưởng phụ trách chuyên môn, theo dõi hoạt động dạy học hằng tháng.", "2."),
            (
                "T",
                "3",
                "Tổ trưởng chuyên môn xây dựng kế hoạch tổ, tổ chức sinh hoạt chuyên môn 2 lần/tháng.",
                "3.",
            ),
            (
                "T",
                "4",
                "Công đoàn, Chi đoàn, Liên đội phối hợp tổ chức các phong trào thi đua, hoạt động trải nghiệm.",
                "4.",
            ),
            ("E", "Trên đây là Kế hoạch giáo dục năm học 2025 – 2026 của Trường THCS Hiệp Lực./."),
            ("E", "Nơi nhận:"),
            ("E", "- Phòng Văn hóa - Xã hội xã (b/c);"),
            ("E", "- CB, GV, NV;"),
            ("E", "- Lưu: VT."),
            ("E", "HIỆU TRƯỞNG"),
            ("E", "Nguyễn Thị Thanh Hương"),
        ],
    },
]

BLIND9_FORMS: dict[str, list[str]] = {
    "b9x-thua-thien-hue-chuong-trinh-tinh-uy": ["numbered.docx", "running.pdf", "tcvn3.txt"],
    "b9x-quang-binh-ket-luan-dai-hoi-diem": ["txt", "scan.pdf", "tcvn3.docx"],
    "b9x-dong-da-thong-bao-thang-3": ["typed.docx", "spaced.pdf", "vni.txt"],
    "b9y-quan-2-nghi-quyet-hdnd": ["numbered.docx", "scan.pdf", "vni.txt"],
    "b9y-binh-dinh-quyet-dinh-ke-hoach": ["typed.docx", "running.pdf", "tcvn3.docx"],
    "b9y-ha-noi-chi-thi-ke-hoach-5-nam": ["typed.docx", "spaced.pdf", "tcvn3.txt"],
    "b9z-bao-loc-de-an-benh-vien": ["typed.docx", "running.pdf", "tcvn3.txt"],
    "b9z-lam-ha-huong-dan-cong-doan": ["typed.docx", "scan.pdf", "vni.txt"],
    "b9z-hiep-luc-ke-hoach-giao-duc": ["typed.docx", "running.pdf", "txt"],
}
