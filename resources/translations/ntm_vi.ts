<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About NTM Tracker</source>
        <translation>Giới thiệu NTM Tracker</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Action of a review meeting</source>
        <translation>Việc giao tại giao ban</translation>
    </message>
    <message>
        <source>Decided at the &amp;meeting of</source>
        <translation>Kết luận tại cuộc &amp;giao ban ngày</translation>
    </message>
    <message>
        <source>&amp;What is to be done</source>
        <translation>&amp;Nội dung công việc</translation>
    </message>
    <message>
        <source>&amp;Criterion</source>
        <translation>&amp;Tiêu chí</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Thôn</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>Người &amp;phụ trách</translation>
    </message>
    <message>
        <source>A member of the commune&apos;s working groups, or any name</source>
        <translation>Một thành viên các đoàn công tác của xã, hoặc tên bất kỳ</translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation>&amp;Hạn hoàn thành</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Kết quả</translation>
    </message>
    <message>
        <source>&amp;Closed on</source>
        <translation>Ngà&amp;y kết thúc</translation>
    </message>
    <message>
        <source>&amp;Note on the outcome</source>
        <translation>Ghi chú &amp;về kết quả</translation>
    </message>
    <message>
        <source>e.g. done late: the contractor was late</source>
        <translation>ví dụ: hoàn thành chậm do nhà thầu chậm tiến độ</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>Meeting &amp;follow-up…</source>
        <translation>Đôn đốc theo cuộc &amp;giao ban…</translation>
    </message>
    <message>
        <source>The actions due at a meeting and those it decided</source>
        <translation>Các việc đến hạn tại một cuộc giao ban và các việc cuộc giao ban đó kết luận</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>&amp;Thêm việc…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Mar&amp;k done…</source>
        <translation>Đánh &amp;dấu đã xong…</translation>
    </message>
    <message>
        <source>Close the selected action as done or not done</source>
        <translation>Kết thúc việc đang chọn: đã hoàn thành hoặc không hoàn thành</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Criteria: plans and actions</source>
        <translation>Các tiêu chí: kế hoạch và việc cần làm</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>&amp;Kế hoạch…</translation>
    </message>
    <message>
        <source>Set the date by which the selected criterion is to be met</source>
        <translation>Đặt ngày phấn đấu đạt tiêu chí đang chọn</translation>
    </message>
    <message>
        <source>Actions per person</source>
        <translation>Việc theo từng người</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <source>Assessment</source>
        <translation>Lần đánh giá</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Mức đạt</translation>
    </message>
    <message>
        <source>On the timeline</source>
        <translation>Trên dòng thời gian</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Thời điểm ghi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
</context>
<context>
    <name>AssignmentsView</name>
    <message>
        <source>District of the commune at the start of the term</source>
        <translation>Huyện của xã khi bắt đầu nhiệm kỳ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>Terms that overlap this period</source>
        <translation>Các nhiệm kỳ có thời gian trùng với khoảng này</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Official, commune or decision no. (diacritics optional)</source>
        <translation>Cán bộ, xã hoặc số quyết định (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>&amp;New decision…</source>
        <translation>Quyết định &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>E&amp;nd rotation…</source>
        <translation>&amp;Kết thúc luân chuyển…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Xã</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đế&amp;n</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Bỏ lọc</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Search a commune</source>
        <translation>Tìm xã</translation>
    </message>
    <message>
        <source>Show the communes of one province</source>
        <translation>Hiện các xã của một tỉnh</translation>
    </message>
</context>
<context>
    <name>BulkAssessmentDialog</name>
    <message>
        <source>Record several criteria</source>
        <translation>Ghi nhiều tiêu chí</translation>
    </message>
    <message>
        <source>Date of the &amp;review</source>
        <translation>Ngày &amp;rà soát</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Minh chứng</translation>
    </message>
    <message>
        <source>e.g. minutes of the review meeting</source>
        <translation>ví dụ: biên bản cuộc giao ban</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Choose a new status for the criteria reviewed; the others stay as they are.</source>
        <translation>Chọn mức đạt mới cho các tiêu chí đã rà soát; các tiêu chí khác giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>CommuneSettingsDialog</name>
    <message>
        <source>Commune settings</source>
        <translation>Cài đặt xã</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Năm phấn đấu</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Save target year</source>
        <translation>Lưu năm phấn đấu</translation>
    </message>
    <message>
        <source>Criteria set and group from a date (overrides the province&apos;s)</source>
        <translation>Bộ tiêu chí và nhóm xã từ một ngày (thay cho cài đặt của tỉnh)</translation>
    </message>
    <message>
        <source>Apply set</source>
        <translation>Áp dụng bộ</translation>
    </message>
    <message>
        <source>Apply group</source>
        <translation>Áp dụng nhóm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <source>Decision no., e.g. 2540/QĐ-UBND</source>
        <translation>Số quyết định, ví dụ 2540/QĐ-UBND</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this record</source>
        <translation>Người khác đã thay đổi bản ghi này</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>Connect to server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>Open an NTM Tracker database on the province&apos;s PostgreSQL server. The password is used for this session only and is never saved; without one, PGPASSWORD and ~/.pgpass are used.</source>
        <translation>Mở cơ sở dữ liệu NTM Tracker trên máy chủ PostgreSQL của tỉnh. Mật khẩu chỉ dùng cho phiên làm việc này và không bao giờ được lưu; nếu để trống, chương trình dùng PGPASSWORD và ~/.pgpass.</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Máy chủ</translation>
    </message>
    <message>
        <source>db.example.gov.vn</source>
        <translation>db.example.gov.vn</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>&amp;Cổng</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Người dùng</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>The same server as an address (a libpq URI): paste one here to fill the fields</source>
        <translation>Máy chủ này dưới dạng địa chỉ (URI của libpq): dán địa chỉ vào đây để điền các ô</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Thử kết nối</translation>
    </message>
    <message>
        <source>Connect once and say whether it works, or exactly what failed</source>
        <translation>Kết nối thử một lần và cho biết có được không, hoặc lỗi chính xác ở đâu</translation>
    </message>
</context>
<context>
    <name>CriterionPanel</name>
    <message>
        <source>Select a cell of the board to see a criterion of a commune.</source>
        <translation>Chọn một ô của bảng để xem một tiêu chí của một xã.</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Đánh giá mới</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Mức đạt</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Minh chứng</translation>
    </message>
    <message>
        <source>e.g. report no. 12/BC-UBND, minutes of 05/06</source>
        <translation>ví dụ: báo cáo số 12/BC-UBND, biên bản ngày 05/06</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>Record &amp;several criteria…</source>
        <translation>Ghi &amp;nhiều tiêu chí…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Ghi</translation>
    </message>
    <message>
        <source>History (newest first; a correction is a new assessment)</source>
        <translation>Lịch sử (mới nhất trước; đính chính là một lần đánh giá mới)</translation>
    </message>
</context>
<context>
    <name>CriterionPlanDialog</name>
    <message>
        <source>Criterion plan</source>
        <translation>Kế hoạch thực hiện tiêu chí</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>&amp;Met by</source>
        <translation>&amp;Phấn đấu đạt trước ngày</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Type part of a commune&apos;s name (diacritics optional)</source>
        <translation>Gõ một phần tên xã (không dấu cũng được)</translation>
    </message>
    <message>
        <source>Record &amp;several criteria…</source>
        <translation>Ghi &amp;nhiều tiêu chí…</translation>
    </message>
    <message>
        <source>Commune &amp;settings…</source>
        <translation>&amp;Cài đặt xã…</translation>
    </message>
    <message>
        <source>Rotated officials</source>
        <translation>Cán bộ luân chuyển</translation>
    </message>
    <message>
        <source>Review meetings</source>
        <translation>Giao ban</translation>
    </message>
    <message>
        <source>&amp;Add meeting…</source>
        <translation>&amp;Thêm cuộc giao ban…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>A&amp;dd village…</source>
        <translation>Thêm &amp;thôn…</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>S&amp;ửa…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Dòng thời gian</translation>
    </message>
    <message>
        <source>Open this commune&apos;s criterion progress timeline</source>
        <translation>Mở dòng thời gian tiêu chí của xã này</translation>
    </message>
</context>
<context>
    <name>EndRotationDialog</name>
    <message>
        <source>End rotation</source>
        <translation>Kết thúc luân chuyển</translation>
    </message>
    <message>
        <source>&amp;Actual end</source>
        <translation>Ngày kết thúc &amp;thực tế</translation>
    </message>
    <message>
        <source>End &amp;reason</source>
        <translation>&amp;Lý do kết thúc</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>Đánh &amp;giá</translation>
    </message>
    <message>
        <source>Position on &amp;return</source>
        <translation>Chức vụ khi &amp;trở về</translation>
    </message>
    <message>
        <source>e.g. Trưởng phòng Nông nghiệp và PTNT</source>
        <translation>ví dụ: Trưởng phòng Nông nghiệp và PTNT</translation>
    </message>
</context>
<context>
    <name>ExportPackageDialog</name>
    <message>
        <source>Export package</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>An exchange package is one JSON file with the records of the whole database, of one district or of one commune. Another NTM Tracker database merges it with File → Import package.</source>
        <translation>Gói dữ liệu là một tệp JSON chứa các bản ghi của toàn bộ cơ sở dữ liệu, của một huyện hoặc của một xã. Cơ sở dữ liệu NTM Tracker khác gộp gói này bằng Tệp → Nhập gói dữ liệu.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Dữ liệu cần xuất</translation>
    </message>
    <message>
        <source>The &amp;whole database</source>
        <translation>Toàn &amp;bộ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>One &amp;district</source>
        <translation>Một &amp;huyện</translation>
    </message>
    <message>
        <source>One &amp;commune</source>
        <translation>&amp;Một xã</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>&amp;Readable by other users of this computer</source>
        <translation>Cho người dùng &amp;khác trên máy tính này đọc được</translation>
    </message>
    <message>
        <source>Off: only you can open the package file (it holds personnel records). On: every user of this computer can read it, e.g. to pass it on from a shared folder.</source>
        <translation>Tắt: chỉ bạn mở được tệp gói (tệp chứa hồ sơ cán bộ). Bật: mọi người dùng trên máy tính này đều đọc được tệp, ví dụ để chuyển tiếp từ một thư mục dùng chung.</translation>
    </message>
</context>
<context>
    <name>GardenCountDialog</name>
    <message>
        <source>Model gardens of a village</source>
        <translation>Vườn mẫu của thôn</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Thôn</translation>
    </message>
    <message>
        <source>Counted &amp;on</source>
        <translation>&amp;Ngày thống kê</translation>
    </message>
    <message>
        <source>Model &amp;gardens</source>
        <translation>Số &amp;vườn mẫu</translation>
    </message>
    <message>
        <source>How many of the village&apos;s household gardens are recognised model gardens on that day</source>
        <translation>Số vườn hộ của thôn được công nhận vườn mẫu vào ngày đó</translation>
    </message>
    <message>
        <source>&amp;Decision no. (optional)</source>
        <translation>Số &amp;quyết định (không bắt buộc)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NTM Tracker</source>
        <translation>NTM Tracker</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Mở cơ sở dữ &amp;liệu…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;About NTM Tracker</source>
        <translation>&amp;Giới thiệu NTM Tracker</translation>
    </message>
    <message>
        <source>Import &amp;criteria set…</source>
        <translation>Nhập &amp;bộ tiêu chí…</translation>
    </message>
    <message>
        <source>Add or complete a criteria set from a JSON file (a new version if assessments use it)</source>
        <translation>Thêm hoặc bổ sung bộ tiêu chí từ tệp JSON (lưu phiên bản mới nếu đã có kết quả đánh giá dùng bộ đó)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>Save a copy of the whole database to another file</source>
        <translation>Lưu bản sao toàn bộ cơ sở dữ liệu sang tệp khác</translation>
    </message>
    <message>
        <source>&amp;Export table…</source>
        <translation>&amp;Xuất bảng…</translation>
    </message>
    <message>
        <source>Save the table of the current view, as filtered, to Excel (.xlsx) or CSV</source>
        <translation>Lưu bảng của màn hình đang xem (đúng như đang lọc) ra Excel (.xlsx) hoặc CSV</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Tìm</translation>
    </message>
    <message>
        <source>New &amp;official…</source>
        <translation>Cán bộ &amp;mới…</translation>
    </message>
    <message>
        <source>New &amp;rotation decision…</source>
        <translation>Quyết định &amp;luân chuyển mới…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Print a commune report or a district or province summary, with a preview first</source>
        <translation>In báo cáo của một xã hoặc báo cáo tổng hợp của huyện, của tỉnh (xem trước khi in)</translation>
    </message>
    <message>
        <source>Save a commune report or a district or province summary as a PDF file</source>
        <translation>Lưu báo cáo của một xã hoặc báo cáo tổng hợp của huyện, của tỉnh ra tệp PDF</translation>
    </message>
    <message>
        <source>Prin&amp;t report…</source>
        <translation>&amp;In báo cáo…</translation>
    </message>
    <message>
        <source>Export report as P&amp;DF…</source>
        <translation>Xuất báo &amp;cáo ra PDF…</translation>
    </message>
    <message>
        <source>Export &amp;package…</source>
        <translation>Xuất gói &amp;dữ liệu…</translation>
    </message>
    <message>
        <source>Write the records of the whole database, a district or a commune to one file that another database can import</source>
        <translation>Ghi các bản ghi của toàn bộ cơ sở dữ liệu, một huyện hoặc một xã ra một tệp để cơ sở dữ liệu khác nhập vào</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>&amp;Nhập gói dữ liệu…</translation>
    </message>
    <message>
        <source>Merge an exchange package from a district, a commune or another database, after a preview</source>
        <translation>Gộp gói dữ liệu của một huyện, một xã hoặc cơ sở dữ liệu khác, sau khi xem trước</translation>
    </message>
    <message>
        <source>Import from &amp;spreadsheet…</source>
        <translation>Nhậ&amp;p từ bảng tính…</translation>
    </message>
    <message>
        <source>Add officials or rotation decisions from an Excel (.xlsx) or CSV file, every row checked first</source>
        <translation>Thêm cán bộ hoặc quyết định luân chuyển từ tệp Excel (.xlsx) hoặc CSV, kiểm tra từng dòng trước</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Tài khoản</translation>
    </message>
    <message>
        <source>Restore &amp;from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Replace the database with one of its backups (a copy of it as it is now is kept)</source>
        <translation>Thay cơ sở dữ liệu bằng một bản sao lưu của nó (giữ lại một bản của cơ sở dữ liệu hiện tại)</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Kết nối máy chủ…</translation>
    </message>
    <message>
        <source>Open a database on the province&apos;s PostgreSQL server</source>
        <translation>Mở cơ sở dữ liệu trên máy chủ PostgreSQL của tỉnh</translation>
    </message>
</context>
<context>
    <name>MeetingActionsDialog</name>
    <message>
        <source>Meeting follow-up</source>
        <translation>Đôn đốc theo cuộc giao ban</translation>
    </message>
    <message>
        <source>&amp;Meeting of</source>
        <translation>Cuộc &amp;giao ban ngày</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Đánh dấu đã &amp;xong…</translation>
    </message>
    <message>
        <source>Mark &amp;not done…</source>
        <translation>Đánh dấu &amp;không hoàn thành…</translation>
    </message>
    <message>
        <source>&amp;Add action…</source>
        <translation>&amp;Thêm việc…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Xó&amp;a</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Member of a working group</source>
        <translation>Thành viên đoàn công tác</translation>
    </message>
    <message>
        <source>Takes &amp;over on</source>
        <translation>&amp;Nhận nhiệm vụ từ ngày</translation>
    </message>
    <message>
        <source>The outgoing member&apos;s last day is the day before</source>
        <translation>Người thôi nhiệm vụ làm đến hết ngày hôm trước</translation>
    </message>
    <message>
        <source>From the &amp;register</source>
        <translation>Chọn từ &amp;danh sách cán bộ</translation>
    </message>
    <message>
        <source>Type part of an official&apos;s name (diacritics optional), or leave empty</source>
        <translation>Gõ một phần tên cán bộ (không dấu cũng được), hoặc để trống</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>as the decision writes it</source>
        <translation>như ghi trong quyết định</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Chức vụ</translation>
    </message>
    <message>
        <source>e.g. Đảng ủy viên, Chủ tịch Hội Nông dân xã</source>
        <translation>ví dụ: Đảng ủy viên, Chủ tịch Hội Nông dân xã</translation>
    </message>
    <message>
        <source>Member &amp;from</source>
        <translation>Tham gia &amp;từ ngày</translation>
    </message>
    <message>
        <source>Member &amp;until (optional)</source>
        <translation>Tham gia &amp;đến ngày (không bắt buộc)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>MemberResultsTab</name>
    <message>
        <source>Each member&apos;s villages, their progress and the member&apos;s actions, up to the date.</source>
        <translation>Các thôn từng thành viên phụ trách, tiến độ của các thôn và các việc thành viên được giao, tính đến ngày đang xem.</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;In bản tóm tắt…</translation>
    </message>
    <message>
        <source>Print the selected member&apos;s one-page summary</source>
        <translation>In bản tóm tắt một trang của thành viên đang chọn</translation>
    </message>
    <message>
        <source>E&amp;xport summary as PDF…</source>
        <translation>&amp;Xuất bản tóm tắt ra PDF…</translation>
    </message>
</context>
<context>
    <name>ModelAreaDialog</name>
    <message>
        <source>Model residential area</source>
        <translation>Khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Thôn</translation>
    </message>
    <message>
        <source>&amp;Decision no.</source>
        <translation>Số &amp;quyết định</translation>
    </message>
    <message>
        <source>e.g. 3117/QĐ-UBND</source>
        <translation>ví dụ: 3117/QĐ-UBND</translation>
    </message>
    <message>
        <source>Recognised &amp;on</source>
        <translation>Công nhận &amp;ngày</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>Cơ quan &amp;ban hành</translation>
    </message>
    <message>
        <source>e.g. UBND huyện Thạch Hà</source>
        <translation>ví dụ: UBND huyện Thạch Hà</translation>
    </message>
    <message>
        <source>&amp;Ended on (optional)</source>
        <translation>&amp;Hết hiệu lực ngày (không bắt buộc)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <source>Official</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>e.g. Bùi Ngọc Nhật</source>
        <translation>ví dụ: Bùi Ngọc Nhật</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Ngày &amp;sinh</translation>
    </message>
    <message>
        <source>&amp;Home unit</source>
        <translation>Đơn vị &amp;công tác</translation>
    </message>
    <message>
        <source>e.g. Liên đoàn Lao động huyện Đức Thọ</source>
        <translation>ví dụ: Liên đoàn Lao động huyện Đức Thọ</translation>
    </message>
    <message>
        <source>&amp;Position there</source>
        <translation>&amp;Chức vụ</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch</source>
        <translation>ví dụ: Chủ tịch</translation>
    </message>
    <message>
        <source>Home &amp;district</source>
        <translation>&amp;Huyện</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Điện &amp;thoại</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>OfficialsView</name>
    <message>
        <source>&amp;New official…</source>
        <translation>Cán bộ &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>New &amp;rotation for this official…</source>
        <translation>&amp;Luân chuyển cán bộ này…</translation>
    </message>
    <message>
        <source>Search name, unit or position (diacritics optional)</source>
        <translation>Tìm theo tên, đơn vị hoặc chức vụ (gõ không dấu cũng được)</translation>
    </message>
</context>
<context>
    <name>PackageFilePage</name>
    <message>
        <source>Choose the package</source>
        <translation>Chọn gói dữ liệu</translation>
    </message>
    <message>
        <source>An exchange package (.json) exported by NTM Tracker: from a district, a commune or another database. Nothing is written before you confirm on the next page.</source>
        <translation>Gói dữ liệu (.json) do NTM Tracker xuất: của một huyện, một xã hoặc cơ sở dữ liệu khác. Chưa có gì được ghi trước khi bạn xác nhận ở trang sau.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
</context>
<context>
    <name>PackagePreviewPage</name>
    <message>
        <source>What the import will do</source>
        <translation>Việc nhập sẽ làm gì</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check the counts and decide the conflicts, then Import.</source>
        <translation>Chưa có gì được ghi. Hãy kiểm tra số lượng, quyết định các xung đột, rồi bấm Nhập.</translation>
    </message>
    <message>
        <source>Conflicts: records changed both in this database and in the package</source>
        <translation>Xung đột: bản ghi đã thay đổi cả trong cơ sở dữ liệu này lẫn trong gói</translation>
    </message>
    <message>
        <source>Record / field</source>
        <translation>Bản ghi / trường</translation>
    </message>
    <message>
        <source>In this database</source>
        <translation>Trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Trong gói</translation>
    </message>
    <message>
        <source>The import is one transaction: all of it is written, or nothing. It cannot be undone with Edit → Undo (the undo history is cleared); back up the database first (File → Back up…) if you may want to go back.</source>
        <translation>Việc nhập là một giao dịch: ghi tất cả hoặc không ghi gì. Không thể hoàn tác bằng Sửa → Hoàn tác (lịch sử hoàn tác sẽ bị xóa); nếu có thể cần quay lại, hãy sao lưu cơ sở dữ liệu trước (Tệp → Sao lưu…).</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mật khẩu &amp;hiện tại</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Mật khẩu &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Nhập lại</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>History of this record</source>
        <translation>Lịch sử của bản ghi này</translation>
    </message>
</context>
<context>
    <name>ReformRulesDialog</name>
    <message>
        <source>Recognition across mergers</source>
        <translation>Công nhận khi sáp nhập</translation>
    </message>
    <message>
        <source>What a merger does to the recognitions of the merged communes, reform by reform. Every figure follows the rule at once.</source>
        <translation>Việc sáp nhập tác động thế nào đến công nhận của các xã được sáp nhập, theo từng đợt sắp xếp. Mọi số liệu tính lại ngay theo quy tắc.</translation>
    </message>
    <message>
        <source>Rule of the selected reform</source>
        <translation>Quy tắc của đợt sắp xếp đã chọn</translation>
    </message>
    <message>
        <source>&amp;Rule</source>
        <translation>&amp;Quy tắc</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Nguồn</translation>
    </message>
    <message>
        <source>number of the text that sets the rule, e.g. 3372/BNN-VPĐP</source>
        <translation>số hiệu văn bản quy định quy tắc, ví dụ 3372/BNN-VPĐP</translation>
    </message>
    <message>
        <source>Checked against the &amp;text</source>
        <translation>Đã đối chiếu với &amp;văn bản</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
        <translation>&amp;Lưu quy tắc</translation>
    </message>
</context>
<context>
    <name>ReportScopeDialog</name>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Commune report</source>
        <translation>Báo cáo &amp;xã</translation>
    </message>
    <message>
        <source>Type part of the name; diacritics are not needed</source>
        <translation>Gõ một phần tên; không cần gõ dấu</translation>
    </message>
    <message>
        <source>&amp;District summary</source>
        <translation>Tổng hợp &amp;huyện</translation>
    </message>
    <message>
        <source>&amp;Province summary</source>
        <translation>Tổng hợp &amp;tỉnh</translation>
    </message>
    <message>
        <source>Data &amp;as of</source>
        <translation>Số liệu &amp;tính đến</translation>
    </message>
</context>
<context>
    <name>ResponsibilityDialog</name>
    <message>
        <source>Village in a group&apos;s charge</source>
        <translation>Thôn do đoàn công tác phụ trách</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Thôn</translation>
    </message>
    <message>
        <source>In the &amp;charge of</source>
        <translation>Người &amp;phụ trách</translation>
    </message>
    <message>
        <source>A member of the group, or the group as a whole</source>
        <translation>Một thành viên của đoàn, hoặc cả đoàn</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Từ &amp;ngày</translation>
    </message>
    <message>
        <source>&amp;Until (optional)</source>
        <translation>Đến &amp;ngày (không bắt buộc)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Tệp khác…</translation>
    </message>
</context>
<context>
    <name>ReviewMeetingDialog</name>
    <message>
        <source>Review meeting</source>
        <translation>Cuộc giao ban</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Ngày</translation>
    </message>
    <message>
        <source>&amp;Chaired by</source>
        <translation>Người &amp;chủ trì</translation>
    </message>
    <message>
        <source>e.g. Phạm Tiến Nam – Bí thư Đảng ủy xã</source>
        <translation>ví dụ: Phạm Tiến Nam – Bí thư Đảng ủy xã</translation>
    </message>
    <message>
        <source>Criteria &amp;discussed</source>
        <translation>Tiêu chí được &amp;bàn</translation>
    </message>
    <message>
        <source>D&amp;ecisions</source>
        <translation>&amp;Kết luận</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>Người &amp;phụ trách</translation>
    </message>
    <message>
        <source>e.g. Lưu Xuân Đồng – Phó Bí thư Đảng ủy xã</source>
        <translation>ví dụ: Lưu Xuân Đồng – Phó Bí thư Đảng ủy xã</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Huyện:</translation>
    </message>
    <message>
        <source>From 1/7/2025 a district means the communes that came from it</source>
        <translation>Từ 1/7/2025, một huyện được hiểu là các xã hình thành từ huyện đó</translation>
    </message>
    <message>
        <source>E&amp;xport all tables to Excel…</source>
        <translation>&amp;Xuất mọi bảng ra Excel…</translation>
    </message>
    <message>
        <source>Every table of the review in one workbook, one sheet per table</source>
        <translation>Mọi bảng của báo cáo tổng hợp trong một tệp Excel, mỗi bảng một trang tính</translation>
    </message>
    <message>
        <source>Recognised per year</source>
        <translation>Xã đạt chuẩn theo năm</translation>
    </message>
    <message>
        <source>Average criteria met</source>
        <translation>Bình quân tiêu chí đạt</translation>
    </message>
    <message>
        <source>Communes by criteria met</source>
        <translation>Xã theo số tiêu chí đạt</translation>
    </message>
    <message>
        <source>Criteria most missed</source>
        <translation>Tiêu chí chưa đạt nhiều nhất</translation>
    </message>
    <message>
        <source>Rotation impact</source>
        <translation>Hiệu quả luân chuyển</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>Rotation decision</source>
        <translation>Quyết định luân chuyển</translation>
    </message>
    <message>
        <source>&amp;Official</source>
        <translation>&amp;Cán bộ</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Loại</translation>
    </message>
    <message>
        <source>Decision &amp;no.</source>
        <translation>&amp;Số quyết định</translation>
    </message>
    <message>
        <source>e.g. 15-QĐ/HU</source>
        <translation>ví dụ: 15-QĐ/HU</translation>
    </message>
    <message>
        <source>Decision &amp;date</source>
        <translation>&amp;Ngày quyết định</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>Cơ quan &amp;ban hành</translation>
    </message>
    <message>
        <source>&amp;From unit</source>
        <translation>Đơn vị &amp;cũ</translation>
    </message>
    <message>
        <source>Position &amp;there</source>
        <translation>Chức vụ ở đơn vị &amp;cũ</translation>
    </message>
    <message>
        <source>&amp;Commune</source>
        <translation>&amp;Xã</translation>
    </message>
    <message>
        <source>Position in the &amp;commune</source>
        <translation>Chức vụ &amp;tại xã</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Ngày &amp;bắt đầu</translation>
    </message>
    <message>
        <source>&amp;Planned end</source>
        <translation>Dự kiến &amp;kết thúc</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Everything is written in one transaction: Cancel stops the import and leaves the database exactly as it was.</source>
        <translation>Mọi thứ được ghi trong một giao dịch: Hủy sẽ dừng việc nhập và để cơ sở dữ liệu y nguyên như trước.</translation>
    </message>
    <message>
        <source>Checking and writing the records…</source>
        <translation>Đang kiểm tra và ghi các bản ghi…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Ending soon means within</source>
        <translation>&amp;Sắp kết thúc nghĩa là còn không quá</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>A new language applies when NTM Tracker starts again.</source>
        <translation>Ngôn ngữ mới được áp dụng khi khởi động lại NTM Tracker.</translation>
    </message>
    <message>
        <source>&amp;Keep daily backups for</source>
        <translation>&amp;Giữ bản sao lưu hằng ngày trong</translation>
    </message>
</context>
<context>
    <name>SheetFilePage</name>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <source>Officials or rotation decisions from an Excel workbook (.xlsx) or a CSV file saved as UTF-8. Nothing is written before you confirm.</source>
        <translation>Cán bộ hoặc quyết định luân chuyển từ tệp Excel (.xlsx) hoặc tệp CSV lưu dạng UTF-8. Chưa có gì được ghi trước khi bạn xác nhận.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Tệ&amp;p</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Records to import</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>&amp;Officials (the register)</source>
        <translation>Cán &amp;bộ (danh sách cán bộ)</translation>
    </message>
    <message>
        <source>&amp;Rotation decisions</source>
        <translation>Quyết định &amp;luân chuyển</translation>
    </message>
    <message>
        <source>&amp;Worksheet</source>
        <translation>Tr&amp;ang tính</translation>
    </message>
    <message>
        <source>The columns are recognised from the usual headers (Họ và tên, Ngày sinh, Chức vụ, Số quyết định, Từ ngày…); you can change them on the next page. Dates as dd/MM/yyyy text or as Excel dates.</source>
        <translation>Các cột được nhận biết theo tiêu đề thường dùng (Họ và tên, Ngày sinh, Chức vụ, Số quyết định, Từ ngày…); có thể đổi ở trang sau. Ngày ghi dạng dd/MM/yyyy hoặc kiểu ngày của Excel.</translation>
    </message>
</context>
<context>
    <name>SheetMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Which column fills which field. The fields recognised from the headers are chosen already; change any column with its list.</source>
        <translation>Cột nào điền trường nào. Các trường nhận biết được từ tiêu đề đã được chọn sẵn; đổi cột nào cũng được bằng danh sách của cột đó.</translation>
    </message>
</context>
<context>
    <name>SheetPreviewPage</name>
    <message>
        <source>Check the rows</source>
        <translation>Kiểm tra các dòng</translation>
    </message>
    <message>
        <source>Every row checked against the register and the rules. Nothing has been written yet.</source>
        <translation>Từng dòng đã được kiểm tra với danh sách cán bộ và các quy định. Chưa có gì được ghi.</translation>
    </message>
    <message>
        <source>Errors and warnings, by row and column</source>
        <translation>Lỗi và cảnh báo, theo dòng và cột</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows with errors (import the others)</source>
        <translation>&amp;Bỏ qua các dòng có lỗi (nhập các dòng còn lại)</translation>
    </message>
    <message>
        <source>&amp;Create the officials not yet in the register (from the row&apos;s name, gender, birth date, unit and position)</source>
        <translation>&amp;Tạo cán bộ chưa có trong danh sách (theo họ tên, giới tính, ngày sinh, đơn vị và chức vụ trong dòng)</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Type part of a commune&apos;s name (diacritics optional)</source>
        <translation>Gõ một phần tên xã (không dấu cũng được)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Zoom out: more years in view (Ctrl+-)</source>
        <translation>Thu nhỏ: xem được nhiều năm hơn (Ctrl+-)</translation>
    </message>
    <message>
        <source>Width of a year on the screen (Ctrl+wheel over the chart)</source>
        <translation>Độ rộng một năm trên màn hình (Ctrl+con lăn chuột trên biểu đồ)</translation>
    </message>
    <message>
        <source>Zoom in: fewer years in view (Ctrl++)</source>
        <translation>Phóng to: xem ít năm hơn (Ctrl++)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Vừa khung</translation>
    </message>
    <message>
        <source>All the years in the width of the window (Ctrl+0)</source>
        <translation>Đặt tất cả các năm vừa bề rộng cửa sổ (Ctrl+0)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Hover a span for its assessment; click it or press Enter to open it. Arrow keys move between spans; Ctrl+wheel, Ctrl++ and Ctrl+- zoom.</source>
        <translation>Di chuột lên một đoạn để xem lần đánh giá; bấm vào đoạn hoặc nhấn Enter để mở. Phím mũi tên để chuyển giữa các đoạn; Ctrl+con lăn, Ctrl++ và Ctrl+- để thu phóng.</translation>
    </message>
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>Search a district or commune (diacritics optional)</source>
        <translation>Tìm huyện hoặc xã (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>&amp;Recognition across mergers…</source>
        <translation>&amp;Công nhận khi sáp nhập…</translation>
    </message>
    <message>
        <source>What each reform&apos;s mergers do to the merged communes&apos; recognitions (administrators can change the rule)</source>
        <translation>Việc sáp nhập của từng đợt sắp xếp tác động thế nào đến công nhận của các xã được sáp nhập (quản trị viên có thể thay đổi quy tắc)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Người dùng mới</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Tên đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Họ và tên</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Phạm vi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>R&amp;epeat it</source>
        <translation>&amp;Nhập lại</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>Người dùng &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Đặt &amp;lại mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Khóa</translation>
    </message>
</context>
<context>
    <name>VillageChangeDialog</name>
    <message>
        <source>Merge or rename villages</source>
        <translation>Sáp nhập hoặc đổi tên thôn</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Hình thức thay đổi</translation>
    </message>
    <message>
        <source>&amp;Villages</source>
        <translation>Các &amp;thôn</translation>
    </message>
    <message>
        <source>&amp;New name</source>
        <translation>Tên &amp;mới</translation>
    </message>
    <message>
        <source>e.g. Thôn Khê Thượng</source>
        <translation>ví dụ: Thôn Khê Thượng</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Từ &amp;ngày</translation>
    </message>
    <message>
        <source>The old villages&apos; last day is the day before</source>
        <translation>Các thôn cũ kết thúc vào ngày hôm trước</translation>
    </message>
    <message>
        <source>&amp;Act</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>e.g. Nghị quyết số …/NQ-HĐND</source>
        <translation>ví dụ: Nghị quyết số …/NQ-HĐND</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>VillageDialog</name>
    <message>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>e.g. Thôn Hùng Dũng</source>
        <translation>ví dụ: Thôn Hùng Dũng</translation>
    </message>
    <message>
        <source>&amp;Responsible</source>
        <translation>Người &amp;phụ trách</translation>
    </message>
    <message>
        <source>party committee member responsible for the village</source>
        <translation>đảng ủy viên phụ trách thôn</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>&amp;Vai trò</translation>
    </message>
    <message>
        <source>e.g. Đảng ủy viên, trưởng đoàn công tác số 3</source>
        <translation>ví dụ: Đảng ủy viên, trưởng đoàn công tác số 3</translation>
    </message>
    <message>
        <source>Since (&amp;optional)</source>
        <translation>Từ ngày (&amp;không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Until (optional)</source>
        <translation>Đến &amp;ngày (không bắt buộc)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>VillageProgressTab</name>
    <message>
        <source>&amp;Model residential area…</source>
        <translation>Khu dân cư &amp;kiểu mẫu…</translation>
    </message>
    <message>
        <source>Record the selected village&apos;s recognition as a model residential area</source>
        <translation>Ghi quyết định công nhận thôn đang chọn đạt khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>Model &amp;gardens…</source>
        <translation>&amp;Vườn mẫu…</translation>
    </message>
    <message>
        <source>Record how many model gardens the selected village has on a date</source>
        <translation>Ghi số vườn mẫu của thôn đang chọn tại một ngày</translation>
    </message>
    <message>
        <source>Merge or &amp;rename…</source>
        <translation>Sáp nhập hoặc đổi &amp;tên…</translation>
    </message>
    <message>
        <source>Village &amp;rules…</source>
        <translation>&amp;Quy định về thôn…</translation>
    </message>
    <message>
        <source>How villages feed a commune criterion (the province&apos;s rule)</source>
        <translation>Cách các thôn góp vào một tiêu chí của xã (quy định của tỉnh)</translation>
    </message>
</context>
<context>
    <name>VillageRuleDialog</name>
    <message>
        <source>Village rule of a criterion</source>
        <translation>Quy định về thôn của một tiêu chí</translation>
    </message>
    <message>
        <source>&amp;Criterion</source>
        <translation>&amp;Tiêu chí</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>Chỉ t&amp;iêu</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Cách tính</translation>
    </message>
    <message>
        <source>&amp;Threshold known</source>
        <translation>Đã &amp;biết ngưỡng</translation>
    </message>
    <message>
        <source>At &amp;least</source>
        <translation>Tối thiể&amp;u</translation>
    </message>
    <message>
        <source>Checked against its &amp;source (verified)</source>
        <translation>&amp;Đã đối chiếu với nguồn (đã xác minh)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Nguồn</translation>
    </message>
    <message>
        <source>e.g. Quyết định …/QĐ-UBND tỉnh Hà Tĩnh</source>
        <translation>ví dụ: Quyết định …/QĐ-UBND tỉnh Hà Tĩnh</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>VillageRulesDialog</name>
    <message>
        <source>Village rules of criteria</source>
        <translation>Quy định về thôn của các tiêu chí</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Thêm quy định…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>WorkingGroupDialog</name>
    <message>
        <source>Working group</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Tên</translation>
    </message>
    <message>
        <source>e.g. Đoàn công tác số 1</source>
        <translation>ví dụ: Đoàn công tác số 1</translation>
    </message>
    <message>
        <source>&amp;Decision no.</source>
        <translation>Số &amp;quyết định</translation>
    </message>
    <message>
        <source>e.g. 12-QĐ/ĐU</source>
        <translation>ví dụ: 12-QĐ/ĐU</translation>
    </message>
    <message>
        <source>Decision &amp;date (optional)</source>
        <translation>&amp;Ngày quyết định (không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>Cơ quan &amp;ban hành</translation>
    </message>
    <message>
        <source>e.g. Ban Thường vụ Đảng ủy xã</source>
        <translation>ví dụ: Ban Thường vụ Đảng ủy xã</translation>
    </message>
    <message>
        <source>Works &amp;from</source>
        <translation>Hoạt động &amp;kể từ ngày</translation>
    </message>
    <message>
        <source>Works &amp;until (optional)</source>
        <translation>Hoạt động &amp;đến ngày (không bắt buộc)</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Ghi chú</translation>
    </message>
</context>
<context>
    <name>WorkingGroupsTab</name>
    <message>
        <source>Add &amp;group…</source>
        <translation>Thêm đ&amp;oàn…</translation>
    </message>
    <message>
        <source>Add &amp;member…</source>
        <translation>Thêm &amp;thành viên…</translation>
    </message>
    <message>
        <source>Add v&amp;illage…</source>
        <translation>Thêm t&amp;hôn…</translation>
    </message>
    <message>
        <source>A village in the charge of the selected group or member</source>
        <translation>Thôn do đoàn hoặc thành viên đang chọn phụ trách</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Replace member…</source>
        <translation>Thay thành &amp;viên…</translation>
    </message>
    <message>
        <source>Hand the selected member&apos;s place and villages to a successor on a date</source>
        <translation>Giao vị trí và các thôn của thành viên đang chọn cho người thay thế từ một ngày</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
</context>
<context>
    <name>ntm::core::AccessGuard</name>
    <message>
        <source>no district</source>
        <translation>không có huyện</translation>
    </message>
    <message>
        <source>no commune</source>
        <translation>không có xã</translation>
    </message>
    <message>
        <source>Refused: nobody is signed in to this database, and it has user accounts. Sign in to change %1.</source>
        <translation>Từ chối: chưa có ai đăng nhập vào cơ sở dữ liệu này, mà cơ sở dữ liệu có tài khoản người dùng. Hãy đăng nhập để thay đổi %1.</translation>
    </message>
    <message>
        <source>Refused: %1 is a provincial reviewer, who may read, export and print but change nothing.</source>
        <translation>Từ chối: %1 là cán bộ theo dõi của tỉnh, chỉ được xem, xuất và in, không được thay đổi gì.</translation>
    </message>
    <message>
        <source>Refused: changing %1 is not possible here.</source>
        <translation>Từ chối: không thể thay đổi %1 ở đây.</translation>
    </message>
    <message>
        <source>%1 is the district personnel officer of %2, who may change officials and rotations of that district only</source>
        <translation>%1 là cán bộ tổ chức của %2, chỉ được thay đổi cán bộ và luân chuyển của huyện đó</translation>
    </message>
    <message>
        <source>Refused: %1. The change concerns %2 of %3.</source>
        <translation>Từ chối: %1. Thay đổi này liên quan đến %2 của %3.</translation>
    </message>
    <message>
        <source>Refused: %1, not %2.</source>
        <translation>Từ chối: %1, không được thay đổi %2.</translation>
    </message>
    <message>
        <source>Sign in to change %1.</source>
        <translation>Hãy đăng nhập để sửa %1.</translation>
    </message>
    <message>
        <source>%1 is a provincial reviewer, who may read, export and print but change nothing.</source>
        <translation>%1 là cán bộ tổng hợp của tỉnh, chỉ được xem, xuất và in, không được sửa dữ liệu.</translation>
    </message>
    <message>
        <source>Changing %1 is not possible here.</source>
        <translation>Không thể sửa %1 ở đây.</translation>
    </message>
    <message>
        <source>%1; this concerns %2 of %3.</source>
        <translation>%1; thay đổi này thuộc %2 của %3.</translation>
    </message>
    <message>
        <source>%1, not %2.</source>
        <translation>%1, không được sửa %2.</translation>
    </message>
    <message>
        <source>%1 is the commune leader of %2, who may change assessments, review meetings and their actions, working groups, villages and criterion plans of that commune only</source>
        <translation>%1 là lãnh đạo của %2, chỉ được thay đổi kết quả đánh giá, giao ban và việc được giao, đoàn công tác, thôn và kế hoạch tiêu chí của xã đó</translation>
    </message>
</context>
<context>
    <name>ntm::core::AccessPolicy</name>
    <message>
        <source>officials</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>rotations</source>
        <translation>luân chuyển</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>kết quả đánh giá</translation>
    </message>
    <message>
        <source>review meetings</source>
        <translation>giao ban</translation>
    </message>
    <message>
        <source>villages</source>
        <translation>thôn</translation>
    </message>
    <message>
        <source>criterion plans</source>
        <translation>kế hoạch tiêu chí</translation>
    </message>
    <message>
        <source>commune settings and recognitions</source>
        <translation>cài đặt xã và quyết định công nhận</translation>
    </message>
    <message>
        <source>criteria sets</source>
        <translation>bộ tiêu chí</translation>
    </message>
    <message>
        <source>districts and communes</source>
        <translation>huyện và xã</translation>
    </message>
    <message>
        <source>user accounts</source>
        <translation>tài khoản người dùng</translation>
    </message>
    <message>
        <source>the whole database (restoring a backup)</source>
        <translation>toàn bộ cơ sở dữ liệu (khôi phục bản sao lưu)</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Luân chuyển</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Kết quả đánh giá</translation>
    </message>
    <message>
        <source>Review meetings</source>
        <translation>Giao ban</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Criterion plans</source>
        <translation>Kế hoạch tiêu chí</translation>
    </message>
    <message>
        <source>Commune settings</source>
        <translation>Cài đặt xã</translation>
    </message>
    <message>
        <source>Criteria sets</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Districts and communes</source>
        <translation>Huyện và xã</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>mọi thứ</translation>
    </message>
    <message>
        <source>officials and rotations of one district</source>
        <translation>cán bộ và luân chuyển của một huyện</translation>
    </message>
    <message>
        <source>nothing (reads, exports and prints only)</source>
        <translation>không gì cả (chỉ xem, xuất và in)</translation>
    </message>
    <message>
        <source>working groups</source>
        <translation>đoàn công tác</translation>
    </message>
    <message>
        <source>actions of review meetings</source>
        <translation>việc giao tại giao ban</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Actions of review meetings</source>
        <translation>Việc giao tại giao ban</translation>
    </message>
    <message>
        <source>assessments, review meetings and their actions, working groups, villages and criterion plans of one commune</source>
        <translation>kết quả đánh giá, giao ban và việc được giao, đoàn công tác, thôn và kế hoạch tiêu chí của một xã</translation>
    </message>
</context>
<context>
    <name>ntm::core::AccountService</name>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>Tên đăng nhập không tồn tại hoặc mật khẩu sai.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next attempt.</source>
        <translation>
            <numerusform>Hãy chờ %n giây trước lần thử tiếp theo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n character(s).</source>
        <translation>
            <numerusform>Mật khẩu phải có ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Mật khẩu không được trùng với tên đăng nhập.</translation>
    </message>
    <message>
        <source>Choose the district whose officials and rotations this district personnel officer keeps.</source>
        <translation>Chọn huyện mà cán bộ tổ chức này quản lý cán bộ và luân chuyển.</translation>
    </message>
    <message>
        <source>Choose the commune this commune leader records for.</source>
        <translation>Chọn xã mà lãnh đạo xã này cập nhật số liệu.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 letters (without diacritics), digits, dots, dashes or underscores.</source>
        <translation>Tên đăng nhập gồm 2 đến 32 chữ cái (không dấu), chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Đã có tài khoản tên %1.</translation>
    </message>
    <message>
        <source>The first account must be an administrator, so that somebody can manage the accounts once signing in is required.</source>
        <translation>Tài khoản đầu tiên phải là quản trị viên, để có người quản lý tài khoản khi việc đăng nhập trở thành bắt buộc.</translation>
    </message>
    <message>
        <source>The password could not be hashed (no random numbers).</source>
        <translation>Không mã hóa được mật khẩu (không lấy được số ngẫu nhiên).</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Tài khoản này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator; make another account an administrator first.</source>
        <translation>%1 là quản trị viên duy nhất còn hoạt động; hãy cho một tài khoản khác làm quản trị viên trước.</translation>
    </message>
    <message>
        <source>This database has no user accounts, so there is no password to change. An administrator creates accounts under Users.</source>
        <translation>Cơ sở dữ liệu này chưa có tài khoản người dùng nên không có mật khẩu để đổi. Quản trị viên tạo tài khoản trong mục Người dùng.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Hãy đăng nhập trước.</translation>
    </message>
    <message>
        <source>This account no longer exists or was disabled.</source>
        <translation>Tài khoản này không còn tồn tại hoặc đã bị khóa.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Nhập sai quá nhiều lần: hãy chờ %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Mật khẩu mới phải khác mật khẩu hiện tại.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for %1: wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>%1 đã nhập sai quá nhiều lần: hãy chờ %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login role %1.%2 would be longer than the server allows (63 bytes); choose a shorter user name.</source>
        <translation>Vai trò đăng nhập %1.%2 dài hơn mức máy chủ cho phép (63 byte); hãy chọn tên người dùng ngắn hơn.</translation>
    </message>
</context>
<context>
    <name>ntm::core::AccountStore</name>
    <message>
        <source>This account was changed by someone else since you opened it; reload it and make your change again.</source>
        <translation>Tài khoản này đã được người khác thay đổi sau khi bạn mở; hãy tải lại và thực hiện lại thay đổi.</translation>
    </message>
    <message>
        <source>Saving the account %1</source>
        <translation>Lưu tài khoản %1</translation>
    </message>
    <message>
        <source>Saving the password</source>
        <translation>Lưu mật khẩu</translation>
    </message>
    <message>
        <source>Recording the sign-in attempt</source>
        <translation>Ghi nhận lần đăng nhập</translation>
    </message>
    <message>
        <source>Reading the user accounts</source>
        <translation>Đọc danh sách tài khoản</translation>
    </message>
    <message>
        <source>Saving the account&apos;s login role</source>
        <translation>Lưu vai trò đăng nhập của tài khoản</translation>
    </message>
</context>
<context>
    <name>ntm::core::ActionService</name>
    <message>
        <source>Choose the review meeting that decided the action.</source>
        <translation>Chọn cuộc giao ban đã kết luận việc này.</translation>
    </message>
    <message>
        <source>Enter what is to be done.</source>
        <translation>Nhập nội dung công việc.</translation>
    </message>
    <message>
        <source>Choose a member of the commune&apos;s working groups.</source>
        <translation>Chọn một thành viên các đoàn công tác của xã.</translation>
    </message>
    <message>
        <source>%1 was not in the working group on %2, the day of the meeting.</source>
        <translation>%1 không ở trong đoàn công tác vào ngày %2, ngày giao ban.</translation>
    </message>
    <message>
        <source>Enter who answers for the action.</source>
        <translation>Nhập người chịu trách nhiệm thực hiện.</translation>
    </message>
    <message>
        <source>Choose a village of the commune.</source>
        <translation>Chọn một thôn của xã.</translation>
    </message>
    <message>
        <source>This criterion is not in the database.</source>
        <translation>Tiêu chí này không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Enter the date the action is due.</source>
        <translation>Nhập hạn hoàn thành.</translation>
    </message>
    <message>
        <source>The action is due on %1, before the meeting of %2 that decided it.</source>
        <translation>Hạn hoàn thành %1 trước ngày giao ban %2 đã kết luận việc này.</translation>
    </message>
    <message>
        <source>Enter the date the action was done (or found not done).</source>
        <translation>Nhập ngày việc được hoàn thành (hoặc xác định không hoàn thành).</translation>
    </message>
    <message>
        <source>Choose whether the action was done or not done.</source>
        <translation>Chọn kết quả: đã hoàn thành hay không hoàn thành.</translation>
    </message>
    <message>
        <source>The action cannot be closed on %1, before the meeting of %2 that decided it.</source>
        <translation>Không thể kết thúc việc vào ngày %1, trước ngày giao ban %2 đã kết luận việc này.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; close an action once it is done or found not done.</source>
        <translation>Ngày %1 nằm trong tương lai; chỉ kết thúc một việc khi đã hoàn thành hoặc xác định không hoàn thành.</translation>
    </message>
    <message>
        <source>This action no longer exists; someone deleted it meanwhile.</source>
        <translation>Việc này không còn nữa; người khác đã xóa trong lúc đó.</translation>
    </message>
</context>
<context>
    <name>ntm::core::ActionStore</name>
    <message>
        <source>Saving the action</source>
        <translation>Lưu việc cần làm</translation>
    </message>
    <message>
        <source>This action was changed or deleted by someone else since you opened it; reload it and make your change again.</source>
        <translation>Việc này đã bị người khác sửa hoặc xóa từ khi bạn mở; hãy tải lại và sửa lại.</translation>
    </message>
    <message>
        <source>Deleting the action</source>
        <translation>Xóa việc cần làm</translation>
    </message>
    <message>
        <source>Reading actions</source>
        <translation>Đọc các việc cần làm</translation>
    </message>
    <message>
        <source>Saving the criterion plan</source>
        <translation>Lưu kế hoạch tiêu chí</translation>
    </message>
    <message>
        <source>This criterion plan was changed or deleted by someone else since you opened it; reload it and make your change again.</source>
        <translation>Kế hoạch tiêu chí này đã bị người khác sửa hoặc xóa từ khi bạn mở; hãy tải lại và sửa lại.</translation>
    </message>
    <message>
        <source>Deleting the criterion plan</source>
        <translation>Xóa kế hoạch tiêu chí</translation>
    </message>
    <message>
        <source>Reading criterion plans</source>
        <translation>Đọc kế hoạch tiêu chí</translation>
    </message>
</context>
<context>
    <name>ntm::core::AreaSummaryService</name>
    <message>
        <source>Choose a valid date for the summary.</source>
        <translation>Hãy chọn một ngày hợp lệ cho báo cáo tổng hợp.</translation>
    </message>
    <message>
        <source>There is no such district in this database.</source>
        <translation>Không có huyện này trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 did not exist on %2 (districts ended on 30/06/2025).</source>
        <translation>%1 không còn tồn tại vào ngày %2 (cấp huyện kết thúc hoạt động ngày 30/06/2025).</translation>
    </message>
    <message>
        <source>This database holds no province yet.</source>
        <translation>Cơ sở dữ liệu này chưa có tỉnh nào.</translation>
    </message>
    <message>
        <source>This database holds several provinces; make a summary of one district instead.</source>
        <translation>Cơ sở dữ liệu này có nhiều tỉnh; hãy lập báo cáo tổng hợp cho từng huyện.</translation>
    </message>
</context>
<context>
    <name>ntm::core::AssessmentService</name>
    <message>
        <source>&quot;%1&quot; is not yes or no (có / không).</source>
        <translation>&quot;%1&quot; không phải là có hoặc không.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage between 0 and 100.</source>
        <translation>&quot;%1&quot; không phải là tỷ lệ phần trăm từ 0 đến 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; không phải là số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; không phải là số.</translation>
    </message>
    <message>
        <source>Enter the date of the assessment.</source>
        <translation>Nhập ngày đánh giá.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; record an assessment once it is made.</source>
        <translation>Ngày %1 nằm trong tương lai; chỉ ghi kết quả đánh giá sau khi đã đánh giá.</translation>
    </message>
    <message>
        <source>This commune is not in the database.</source>
        <translation>Xã này không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>No criteria set applies to %1 on %2 yet.</source>
        <translation>Vào ngày %2 chưa có bộ tiêu chí nào áp dụng cho %1.</translation>
    </message>
    <message>
        <source>Choose at least one criterion and its status.</source>
        <translation>Chọn ít nhất một tiêu chí và mức đạt của tiêu chí đó.</translation>
    </message>
    <message>
        <source>On %1 the criteria set in force for %2 is %3 (since %4); this criterion belongs to another set.</source>
        <translation>Ngày %1, bộ tiêu chí áp dụng cho %2 là %3 (từ %4); tiêu chí này thuộc bộ khác.</translation>
    </message>
    <message>
        <source>Criterion %1: choose met, basically met or not met.</source>
        <translation>Tiêu chí %1: chọn đạt, cơ bản đạt hoặc chưa đạt.</translation>
    </message>
    <message>
        <source>Criterion %1: the indicator is not part of this criterion.</source>
        <translation>Tiêu chí %1: chỉ tiêu này không thuộc tiêu chí.</translation>
    </message>
    <message>
        <source>Indicator %1: %2</source>
        <translation>Chỉ tiêu %1: %2</translation>
    </message>
    <message>
        <source>The database could not be read.</source>
        <translation>Không đọc được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>This assessment is no longer in the database.</source>
        <translation>Lần đánh giá này không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>it was formed on %1</source>
        <translation>xã được thành lập ngày %1</translation>
    </message>
    <message>
        <source>it ended on %1</source>
        <translation>xã đã chấm dứt từ ngày %1</translation>
    </message>
    <message>
        <source>%1 did not exist on %2: %3.</source>
        <translation>%1 không tồn tại vào ngày %2: %3.</translation>
    </message>
    <message>
        <source>Indicator %1: this version is not in force on %2 (it applies %3 – %4).</source>
        <translation>Chỉ tiêu %1: phiên bản này không có hiệu lực vào ngày %2 (áp dụng %3 – %4).</translation>
    </message>
    <message>
        <source>from the set&apos;s start</source>
        <translation>từ khi bộ tiêu chí bắt đầu</translation>
    </message>
    <message>
        <source>to the set&apos;s end</source>
        <translation>đến khi bộ tiêu chí hết hiệu lực</translation>
    </message>
</context>
<context>
    <name>ntm::core::AssessmentStore</name>
    <message>
        <source>Saving the assessment</source>
        <translation>Lưu kết quả đánh giá</translation>
    </message>
    <message>
        <source>Removing the assessment</source>
        <translation>Xóa kết quả đánh giá</translation>
    </message>
    <message>
        <source>Reading assessments</source>
        <translation>Đọc kết quả đánh giá</translation>
    </message>
    <message>
        <source>Reading indicator values</source>
        <translation>Đọc giá trị chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>ntm::core::AuditLog</name>
    <message>
        <source>Unknown table %1</source>
        <translation>Không có bảng %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đọc %1</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>Ghi nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Đọc nhật ký thay đổi</translation>
    </message>
</context>
<context>
    <name>ntm::core::AuditTrail</name>
    <message>
        <source>Reading the audit log</source>
        <translation>Đọc nhật ký thay đổi</translation>
    </message>
    <message>
        <source>criterion %1 on %2</source>
        <translation>tiêu chí %1 ngày %2</translation>
    </message>
    <message>
        <source>meeting of %1</source>
        <translation>cuộc giao ban ngày %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>Nhập hàng loạt</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)</source>
        <translation>
            <numerusform>%n xã</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official(s)</source>
        <translation>
            <numerusform>%n cán bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s)</source>
        <translation>
            <numerusform>%n lượt luân chuyển</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n lượt đánh giá</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator value(s)</source>
        <translation>
            <numerusform>%n giá trị chỉ tiêu</numerusform>
        </translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>dữ liệu mẫu</translation>
    </message>
    <message>
        <source>exchange package</source>
        <translation>gói trao đổi dữ liệu</translation>
    </message>
    <message>
        <source>exchange package of %1</source>
        <translation>gói trao đổi dữ liệu của %1</translation>
    </message>
    <message>
        <source>restored from the backup %1</source>
        <translation>khôi phục từ bản sao lưu %1</translation>
    </message>
</context>
<context>
    <name>ntm::core::Backend</name>
    <message>
        <source>Only a server database has login roles; a file&apos;s accounts sign in to the program.</source>
        <translation>Chỉ cơ sở dữ liệu trên máy chủ mới có vai trò đăng nhập; tài khoản của tệp đăng nhập vào chương trình.</translation>
    </message>
</context>
<context>
    <name>ntm::core::Backups</name>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>Không tạo được thư mục sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Bản sao lưu %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a backup of an NTM Tracker database, or it is damaged.</source>
        <translation>%1 không phải bản sao lưu cơ sở dữ liệu NTM Tracker, hoặc đã bị hỏng.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of NTM Tracker; update the program to restore it.</source>
        <translation>%1 được tạo bởi phiên bản NTM Tracker mới hơn; hãy cập nhật chương trình để khôi phục.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged; choose another one.</source>
        <translation>Bản sao lưu %1 bị hỏng; hãy chọn bản khác.</translation>
    </message>
    <message>
        <source>Choose a backup, not the database itself.</source>
        <translation>Hãy chọn một bản sao lưu, không phải chính cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Could not copy the backup next to the database (is the disk full?). Nothing was changed.</source>
        <translation>Không sao chép được bản sao lưu vào cạnh cơ sở dữ liệu (ổ đĩa đầy?). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database is open in another program (another NTM Tracker window or computer); close it there and restore again. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu đang được mở trong chương trình khác (cửa sổ NTM Tracker khác hoặc máy khác); hãy đóng ở đó rồi khôi phục lại. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Could not put the backup in place of %1. Nothing was changed.</source>
        <translation>Không thay được %1 bằng bản sao lưu. Chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>ntm::core::CommuneDashboardService</name>
    <message>
        <source>Choose a valid date to show the commune as of.</source>
        <translation>Hãy chọn một ngày hợp lệ để xem tình hình của xã tại ngày đó.</translation>
    </message>
    <message>
        <source>There is no commune with the id &quot;%1&quot; in this database.</source>
        <translation>Không có xã nào có mã định danh &quot;%1&quot; trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ntm::core::CommuneLifeService</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <source>Ended on %1.</source>
        <translation>Kết thúc ngày %1.</translation>
    </message>
    <message>
        <source>Merged into %1 on %2.</source>
        <translation>Sáp nhập vào %1 ngày %2.</translation>
    </message>
    <message>
        <source>Formed on %1.</source>
        <translation>Thành lập ngày %1.</translation>
    </message>
    <message>
        <source>Formed on %1 from %2.</source>
        <translation>Thành lập ngày %1 từ %2.</translation>
    </message>
    <message>
        <source>There is no such commune in this database.</source>
        <translation>Không có xã này trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ntm::core::CommuneSettingsService</name>
    <message>
        <source>Enter the date.</source>
        <translation>Nhập ngày.</translation>
    </message>
    <message>
        <source>This commune is not in the database.</source>
        <translation>Xã này không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The commune did not exist on %1.</source>
        <translation>Xã chưa có hoặc không còn vào ngày %1.</translation>
    </message>
    <message>
        <source>The target year %1 is outside 2009–2050.</source>
        <translation>Năm phấn đấu %1 nằm ngoài khoảng 2009–2050.</translation>
    </message>
    <message>
        <source>Choose the criteria set.</source>
        <translation>Chọn bộ tiêu chí.</translation>
    </message>
    <message>
        <source>A commune group is 1, 2 or 3.</source>
        <translation>Nhóm xã là 1, 2 hoặc 3.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Ngày %1 nằm trong tương lai.</translation>
    </message>
    <message>
        <source>On %1 the commune met %2 of the %3 criteria recorded here.</source>
        <translation>Ngày %1 xã đạt %2 trên %3 tiêu chí theo số liệu ở đây.</translation>
    </message>
    <message>
        <source>The commune has no active NTM recognition on %1.</source>
        <translation>Ngày %1 xã chưa có quyết định công nhận đạt chuẩn NTM còn hiệu lực.</translation>
    </message>
</context>
<context>
    <name>ntm::core::ConflictInspector</name>
    <message>
        <source>The record was deleted, so there is nothing to save your version on.</source>
        <translation>Bản ghi đã bị xóa nên không có gì để lưu phiên bản của bạn lên.</translation>
    </message>
</context>
<context>
    <name>ntm::core::CriteriaBoardService</name>
    <message>
        <source>Directly under the province</source>
        <translation>Trực thuộc tỉnh</translation>
    </message>
    <message>
        <source>Directly under %1</source>
        <translation>Trực thuộc %1</translation>
    </message>
</context>
<context>
    <name>ntm::core::CriteriaImporter</name>
    <message>
        <source>%1: added</source>
        <translation>%1: đã thêm</translation>
    </message>
    <message>
        <source>%1: already present, unchanged</source>
        <translation>%1: đã có, không thay đổi</translation>
    </message>
    <message>
        <source>%1: updated (no assessment used it yet)</source>
        <translation>%1: đã cập nhật (chưa có kết quả đánh giá nào dùng bộ này)</translation>
    </message>
    <message>
        <source>%1: stored as a new version; the earlier version is kept because assessments use it</source>
        <translation>%1: đã lưu thành phiên bản mới; phiên bản trước được giữ lại vì đã có kết quả đánh giá dùng nó</translation>
    </message>
    <message>
        <source>The program&apos;s criteria sets are missing (resources/criteria).</source>
        <translation>Thiếu các bộ tiêu chí của chương trình (resources/criteria).</translation>
    </message>
</context>
<context>
    <name>ntm::core::CriteriaSetCodec</name>
    <message>
        <source>must be an object</source>
        <translation>phải là một đối tượng</translation>
    </message>
    <message>
        <source>must map the set&apos;s commune group numbers to text targets</source>
        <translation>phải ánh xạ số nhóm xã của bộ tiêu chí sang chỉ tiêu dạng văn bản</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>phải là một danh sách</translation>
    </message>
    <message>
        <source>must be a non-empty list</source>
        <translation>phải là một danh sách không rỗng</translation>
    </message>
    <message>
        <source>criterion %1 appears twice</source>
        <translation>tiêu chí %1 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>is before valid_from</source>
        <translation>trước valid_from</translation>
    </message>
</context>
<context>
    <name>ntm::core::CriteriaSetLoader</name>
    <message>
        <source>is missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>phải là văn bản</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; không phải là ngày (dùng dạng YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>phải là số nguyên</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>phải là một đối tượng</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of boolean, percent, number, count, text</source>
        <translation>&quot;%1&quot; không thuộc các loại boolean, percent, number, count, text</translation>
    </message>
    <message>
        <source>must be &quot;min&quot; or &quot;max&quot;</source>
        <translation>phải là &quot;min&quot; hoặc &quot;max&quot;</translation>
    </message>
    <message>
        <source>group &quot;%1&quot; is not one of the set&apos;s commune_groups</source>
        <translation>nhóm &quot;%1&quot; không có trong commune_groups của bộ</translation>
    </message>
    <message>
        <source>targets must be text</source>
        <translation>chỉ tiêu mục tiêu phải là văn bản</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>phải từ 1 trở lên</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the set&apos;s groups</source>
        <translation>&quot;%1&quot; không phải là nhóm của bộ tiêu chí</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>phải là một danh sách</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a criteria set format this program reads (expected &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; không phải định dạng bộ tiêu chí mà chương trình đọc được (cần &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>may hold only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>chỉ được gồm chữ cái, chữ số, &apos;-&apos;, &apos;_&apos; và &apos;.&apos;</translation>
    </message>
    <message>
        <source>is before valid_from</source>
        <translation>sớm hơn valid_from</translation>
    </message>
    <message>
        <source>must be &quot;national&quot; or &quot;provincial&quot;</source>
        <translation>phải là &quot;national&quot; hoặc &quot;provincial&quot;</translation>
    </message>
    <message>
        <source>a national set needs the date it applies from</source>
        <translation>bộ tiêu chí quốc gia cần có ngày bắt đầu áp dụng</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: không đọc được (%2)</translation>
    </message>
    <message>
        <source>%1: not valid JSON</source>
        <translation>%1: không phải JSON hợp lệ</translation>
    </message>
    <message>
        <source>%1: must hold one JSON object</source>
        <translation>%1: phải chứa một đối tượng JSON</translation>
    </message>
    <message>
        <source>must be 1, 2 or 3, each once</source>
        <translation>phải là 1, 2 hoặc 3, mỗi số một lần</translation>
    </message>
    <message>
        <source>must be a non-empty list of criteria</source>
        <translation>phải là danh sách tiêu chí không rỗng</translation>
    </message>
    <message>
        <source>criterion %1 appears twice</source>
        <translation>tiêu chí %1 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>%1: not valid JSON: line %2, column %3: %4</source>
        <translation>%1: không phải JSON hợp lệ: dòng %2, cột %3: %4</translation>
    </message>
    <message>
        <source>is empty: give the level, or mark the period &quot;verified&quot;: false with a note</source>
        <translation>đang trống: hãy ghi mức, hoặc đánh dấu giai đoạn &quot;verified&quot;: false kèm ghi chú</translation>
    </message>
    <message>
        <source>overlaps another period of the same group</source>
        <translation>trùng thời gian với một giai đoạn khác của cùng nhóm</translation>
    </message>
    <message>
        <source>is empty: give the code, or mark the indicator &quot;verified&quot;: false with a note that says why it has none</source>
        <translation>đang trống: hãy ghi mã, hoặc đánh dấu chỉ tiêu &quot;verified&quot;: false kèm ghi chú nêu lý do không có mã</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of ntm, nang_cao, kieu_mau, hien_dai</source>
        <translation>&quot;%1&quot; không thuộc ntm, nang_cao, kieu_mau, hien_dai</translation>
    </message>
    <message>
        <source>tier %1 appears twice</source>
        <translation>mức %1 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>a set applied as an assumption must say why in its note</source>
        <translation>bộ tiêu chí áp dụng theo giả định phải nêu lý do trong ghi chú</translation>
    </message>
    <message>
        <source>indicator code %1 appears twice over the same dates</source>
        <translation>mã chỉ tiêu %1 xuất hiện hai lần trong cùng khoảng thời gian</translation>
    </message>
</context>
<context>
    <name>ntm::core::CriteriaStore</name>
    <message>
        <source>Saving criteria set %1</source>
        <translation>Lưu bộ tiêu chí %1</translation>
    </message>
    <message>
        <source>Updating criteria set %1</source>
        <translation>Cập nhật bộ tiêu chí %1</translation>
    </message>
    <message>
        <source>Reading criteria sets</source>
        <translation>Đọc các bộ tiêu chí</translation>
    </message>
    <message>
        <source>Reading criteria</source>
        <translation>Đọc tiêu chí</translation>
    </message>
    <message>
        <source>Reading indicators</source>
        <translation>Đọc chỉ tiêu</translation>
    </message>
    <message>
        <source>Reading indicator targets</source>
        <translation>Đọc mục tiêu của chỉ tiêu</translation>
    </message>
    <message>
        <source>Saving which criteria set applies</source>
        <translation>Lưu bộ tiêu chí được áp dụng</translation>
    </message>
    <message>
        <source>Reading criteria set assignments</source>
        <translation>Đọc việc áp dụng bộ tiêu chí</translation>
    </message>
    <message>
        <source>Saving the commune group</source>
        <translation>Lưu nhóm xã</translation>
    </message>
    <message>
        <source>Reading commune groups</source>
        <translation>Đọc nhóm xã</translation>
    </message>
    <message>
        <source>Removing the criteria set assignment</source>
        <translation>Gỡ bỏ việc áp dụng bộ tiêu chí</translation>
    </message>
    <message>
        <source>Removing the commune group</source>
        <translation>Gỡ bỏ nhóm xã</translation>
    </message>
</context>
<context>
    <name>ntm::core::CriterionPlanService</name>
    <message>
        <source>This commune is not in the database.</source>
        <translation>Xã này không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Choose a criterion.</source>
        <translation>Chọn một tiêu chí.</translation>
    </message>
    <message>
        <source>Enter the date by which the criterion is to be met.</source>
        <translation>Nhập ngày phấn đấu đạt tiêu chí.</translation>
    </message>
    <message>
        <source>The commune ended on %1, before the target date.</source>
        <translation>Xã đã kết thúc vào ngày %1, trước ngày phấn đấu.</translation>
    </message>
    <message>
        <source>The commune already plans to meet this criterion by %1; change that plan.</source>
        <translation>Xã đã có kế hoạch đạt tiêu chí này trước ngày %1; hãy sửa kế hoạch đó.</translation>
    </message>
    <message>
        <source>This plan no longer exists; someone deleted it meanwhile.</source>
        <translation>Kế hoạch này không còn nữa; người khác đã xóa trong lúc đó.</translation>
    </message>
</context>
<context>
    <name>ntm::core::CriterionTimelineService</name>
    <message>
        <source>There is no such commune in this database.</source>
        <translation>Không có xã này trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ntm::core::CsvReader</name>
    <message>
        <source>%1 is damaged: the quoted field that starts on line %2 is never closed.</source>
        <translation>Tệp %1 bị hỏng: trường trong dấu ngoặc kép bắt đầu ở dòng %2 không được đóng lại.</translation>
    </message>
    <message>
        <source>%1: row %2 has more columns than a spreadsheet can hold (%L3).</source>
        <translation>%1: dòng %2 có nhiều cột hơn số cột một bảng tính có thể chứa (%L3).</translation>
    </message>
    <message>
        <source>%1 is too large to import (more than %L2 rows or %L3 cells).</source>
        <translation>Tệp %1 quá lớn để nhập (hơn %L2 dòng hoặc %L3 ô).</translation>
    </message>
    <message>
        <source>Open it in Excel and choose File &gt; Save As &gt; CSV UTF-8 (Comma delimited) (*.csv), then import the new file.</source>
        <translation>Hãy mở tệp trong Excel, chọn File &gt; Save As &gt; CSV UTF-8 (Comma delimited) (*.csv), rồi nhập tệp mới đó.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is %L2 MB; files above %L3 MB are not imported. Split it into smaller files.</source>
        <translation>Tệp %1 có dung lượng %L2 MB; không nhập các tệp lớn hơn %L3 MB. Hãy tách thành các tệp nhỏ hơn.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Không đọc được %1 (%2).</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đây là một thư mục</translation>
    </message>
    <message>
        <source>%1 grew beyond %L2 MB while it was read.</source>
        <translation>Tệp %1 đã lớn hơn %L2 MB trong lúc đang đọc.</translation>
    </message>
    <message>
        <source>%1 is saved as Unicode text (UTF-16), not as CSV UTF-8. %2</source>
        <translation>Tệp %1 được lưu dưới dạng văn bản Unicode (UTF-16), không phải CSV UTF-8. %2</translation>
    </message>
    <message>
        <source>%1 is not a CSV text file in UTF-8: it contains zero bytes, as UTF-16 text and binary files do. %2</source>
        <translation>Tệp %1 không phải tệp văn bản CSV mã UTF-8: tệp chứa byte 0, như văn bản UTF-16 và tệp nhị phân. %2</translation>
    </message>
    <message>
        <source>%1 is not in UTF-8: line %2 has letters in another encoding (Excel&apos;s plain &quot;CSV (Comma delimited)&quot; uses the Windows code page, which garbles Vietnamese letters). %3</source>
        <translation>Tệp %1 không ở mã UTF-8: dòng %2 có chữ ở bảng mã khác (kiểu &quot;CSV (Comma delimited)&quot; thông thường của Excel dùng bảng mã Windows, làm hỏng chữ tiếng Việt có dấu). %3</translation>
    </message>
</context>
<context>
    <name>ntm::core::CsvWriter</name>
    <message>
        <source>the file cannot be created there (%1).</source>
        <translation>không tạo được tệp ở đó (%1).</translation>
    </message>
    <message>
        <source>writing failed (%1).</source>
        <translation>ghi tệp không thành công (%1).</translation>
    </message>
</context>
<context>
    <name>ntm::core::Database</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>Commit without a transaction</source>
        <translation>Ghi khi chưa bắt đầu giao dịch</translation>
    </message>
    <message>
        <source>The change was undone because part of it failed.</source>
        <translation>Thay đổi đã được hủy vì một phần không thực hiện được.</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 đã tồn tại; hãy chọn tên khác cho bản sao lưu.</translation>
    </message>
    <message>
        <source>A change is still being saved; try the backup again in a moment.</source>
        <translation>Một thay đổi đang được lưu; hãy sao lưu lại sau giây lát.</translation>
    </message>
    <message>
        <source>%1 cannot be written to (the file or its folder is read-only): nothing was changed. To work on it, make it writable or copy it to a folder you can write to.</source>
        <translation>Không ghi được vào %1 (tệp hoặc thư mục chỉ cho đọc): chưa có gì bị thay đổi. Để làm việc với tệp, hãy cho phép ghi hoặc chép tệp sang thư mục có quyền ghi.</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>Lưu thay đổi</translation>
    </message>
    <message>
        <source>%1: the connection to the server %2 was lost. The server rolled the whole change back; nothing of it was saved.</source>
        <translation>%1: mất kết nối tới máy chủ %2. Máy chủ đã hoàn tác toàn bộ thay đổi; không phần nào được lưu.</translation>
    </message>
    <message>
        <source>Cannot connect again in the middle of a change.</source>
        <translation>Không thể kết nối lại khi đang lưu dở một thay đổi.</translation>
    </message>
</context>
<context>
    <name>ntm::core::DatabaseCopier</name>
    <message>
        <source>The target %1 has no table %2.</source>
        <translation>Nơi nhận %1 không có bảng %2.</translation>
    </message>
    <message>
        <source>The table %1 of the target %2 has no column %3.</source>
        <translation>Bảng %1 của nơi nhận %2 không có cột %3.</translation>
    </message>
    <message>
        <source>The target %1 already holds data (table %2); a database is copied only into a new file or an empty server database. Nothing was changed.</source>
        <translation>Nơi nhận %1 đã có dữ liệu (bảng %2); chỉ sao chép cơ sở dữ liệu vào một tệp mới hoặc một cơ sở dữ liệu trống trên máy chủ. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Đọc %1</translation>
    </message>
    <message>
        <source>Copying %1: %2</source>
        <translation>Sao chép %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was copied.</source>
        <translation>Đã hủy; không có gì được sao chép.</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>Ghi nhật ký thay đổi</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>chỉ mục</translation>
    </message>
    <message>
        <source>%1 has schema %2 and this program %3: upgrade it before copying it.</source>
        <translation>%1 có lược đồ phiên bản %2, chương trình này dùng phiên bản %3: hãy nâng cấp trước khi sao chép.</translation>
    </message>
    <message>
        <source>A change is still being saved; try again in a moment.</source>
        <translation>Một thay đổi đang được lưu; vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 chỉ cho phép đọc.</translation>
    </message>
    <message>
        <source>%1 already exists; a database is copied only into a new file.</source>
        <translation>%1 đã tồn tại; chỉ sao chép cơ sở dữ liệu vào một tệp mới.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The copy could not be renamed to %1.</source>
        <translation>Không đổi được tên bản sao thành %1.</translation>
    </message>
    <message>
        <source>Preparing %1</source>
        <translation>Đang chuẩn bị %1</translation>
    </message>
</context>
<context>
    <name>ntm::core::DatabaseLocation</name>
    <message>
        <source>The server address is not valid: %1</source>
        <translation>Địa chỉ máy chủ không hợp lệ: %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
    <message>
        <source>this computer (%1)</source>
        <translation>máy tính này (%1)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <source>the default database</source>
        <translation>cơ sở dữ liệu mặc định</translation>
    </message>
</context>
<context>
    <name>ntm::core::DeferredIndexes</name>
    <message>
        <source>Preparing the bulk load</source>
        <translation>Chuẩn bị nạp hàng loạt</translation>
    </message>
    <message>
        <source>Indexing the new records</source>
        <translation>Lập chỉ mục cho các bản ghi mới</translation>
    </message>
</context>
<context>
    <name>ntm::core::DemoBuilder</name>
    <message>
        <source>The criteria sets of Hà Tĩnh are missing from the program.</source>
        <translation>Chương trình thiếu các bộ tiêu chí của Hà Tĩnh.</translation>
    </message>
    <message>
        <source>This database already holds communes; the demo is built only into a new, empty database.</source>
        <translation>Cơ sở dữ liệu này đã có dữ liệu xã; dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu mới, trống.</translation>
    </message>
    <message>
        <source>Loading criteria sets</source>
        <translation>Nạp các bộ tiêu chí</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Đã hủy; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Planning the communes&apos; histories</source>
        <translation>Lập lịch sử của các xã</translation>
    </message>
    <message>
        <source>Writing districts and communes</source>
        <translation>Ghi huyện và xã</translation>
    </message>
    <message>
        <source>Writing assessments and recognitions</source>
        <translation>Ghi kết quả đánh giá và công nhận</translation>
    </message>
    <message>
        <source>Recording the demo in the audit log</source>
        <translation>Ghi dữ liệu mẫu vào nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Saving the demo marker</source>
        <translation>Lưu dấu hiệu dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ntm::core::ExchangeState</name>
    <message>
        <source>Reading assessments</source>
        <translation>Đang đọc các lần đánh giá</translation>
    </message>
    <message>
        <source>Reading what earlier imports agreed on</source>
        <translation>Đang đọc những gì các lần nhập trước đã thống nhất</translation>
    </message>
</context>
<context>
    <name>ntm::core::FollowUpFigures</name>
    <message>
        <source>renamed</source>
        <translation>đổi tên</translation>
    </message>
    <message>
        <source>split</source>
        <translation>chia tách</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>sáp nhập</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Đúng tiến độ</translation>
    </message>
    <message>
        <source>At risk: actions overdue</source>
        <translation>Có nguy cơ chậm: có việc quá hạn</translation>
    </message>
    <message>
        <source>Late: target date passed</source>
        <translation>Chậm: đã quá ngày phấn đấu</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Chưa có kế hoạch</translation>
    </message>
</context>
<context>
    <name>ntm::core::FollowUpService</name>
    <message>
        <source>There is no commune with the id %1 in the database.</source>
        <translation>Không có xã nào có mã định danh %1 trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>This person was in none of the commune&apos;s working groups by %1.</source>
        <translation>Người này không ở trong đoàn công tác nào của xã tính đến ngày %1.</translation>
    </message>
    <message>
        <source>The commune had no working group members by %1.</source>
        <translation>Tính đến ngày %1, xã chưa có thành viên đoàn công tác nào.</translation>
    </message>
    <message>
        <source>No member of the commune&apos;s working groups is called &quot;%1&quot;; members: %2.</source>
        <translation>Không có thành viên đoàn công tác nào của xã tên &quot;%1&quot;; các thành viên: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several people: %2; give the official&apos;s id instead.</source>
        <translation>&quot;%1&quot; trùng tên nhiều người: %2; hãy dùng mã định danh cán bộ.</translation>
    </message>
</context>
<context>
    <name>ntm::core::IllustrativeData</name>
    <message>
        <source>This database holds illustrative data: generated decision numbers, dates and histories, not real records.</source>
        <translation>Cơ sở dữ liệu này chứa dữ liệu minh họa: số quyết định, ngày tháng và diễn biến được tạo tự động, không phải hồ sơ thật.</translation>
    </message>
    <message>
        <source>(illustrative)</source>
        <translation>(minh họa)</translation>
    </message>
</context>
<context>
    <name>ntm::core::JsonSyntax</name>
    <message>
        <source>the text ends before a bracket, brace or quotation mark is closed</source>
        <translation>nội dung kết thúc khi còn dấu ngoặc hoặc dấu nháy chưa đóng</translation>
    </message>
    <message>
        <source>a text in quotation marks holds a line break, a control character or a bad escape</source>
        <translation>một chuỗi trong dấu nháy có dấu xuống dòng, ký tự điều khiển hoặc ký tự thoát sai</translation>
    </message>
    <message>
        <source>a number is not written as JSON writes numbers</source>
        <translation>một số không được viết đúng cách viết số của JSON</translation>
    </message>
    <message>
        <source>a value is missing (two commas in a row, or a comma before a closing bracket)</source>
        <translation>thiếu một giá trị (hai dấu phẩy liền nhau, hoặc dấu phẩy ngay trước dấu ngoặc đóng)</translation>
    </message>
    <message>
        <source>a name in an object is not in quotation marks, or a colon or comma is missing</source>
        <translation>một tên trường không nằm trong dấu nháy, hoặc thiếu dấu hai chấm hay dấu phẩy</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>nội dung không được mã hóa UTF-8</translation>
    </message>
    <message>
        <source>a word or sign that JSON does not allow here</source>
        <translation>có từ hoặc ký hiệu mà JSON không cho phép ở vị trí này</translation>
    </message>
    <message>
        <source>%1 (near “%2”)</source>
        <translation>%1 (gần “%2”)</translation>
    </message>
</context>
<context>
    <name>ntm::core::KindTable</name>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
    </message>
</context>
<context>
    <name>ntm::core::MemberReplacementService</name>
    <message>
        <source>The member or their villages were changed by someone else meanwhile; reload and make your change again.</source>
        <translation>Thành viên hoặc các thôn họ phụ trách đã bị người khác thay đổi trong lúc đó; hãy tải lại và làm lại.</translation>
    </message>
    <message>
        <source>This member no longer exists; someone deleted it meanwhile.</source>
        <translation>Thành viên này không còn nữa; người khác đã xóa trong lúc đó.</translation>
    </message>
    <message>
        <source>%1 is a member %2; the successor takes over on a day after the first and not after the last.</source>
        <translation>%1 là thành viên %2; người thay thế nhận nhiệm vụ từ một ngày sau ngày đầu tiên và không muộn hơn ngày cuối cùng.</translation>
    </message>
    <message>
        <source>%1 has been given villages or actions since the replacement; move or delete them before undoing it.</source>
        <translation>%1 đã được giao thôn hoặc việc từ sau khi thay thế; hãy chuyển hoặc xóa trước khi hoàn tác.</translation>
    </message>
</context>
<context>
    <name>ntm::core::MergerService</name>
    <message>
        <source>Enter the date the merger took effect.</source>
        <translation>Nhập ngày việc sáp nhập có hiệu lực.</translation>
    </message>
    <message>
        <source>Choose the communes that were merged.</source>
        <translation>Chọn các xã được sáp nhập.</translation>
    </message>
    <message>
        <source>The commune formed by the merger does not exist on %1.</source>
        <translation>Xã hình thành sau sáp nhập không tồn tại vào ngày %1.</translation>
    </message>
    <message>
        <source>A merged commune did not exist on %1, the day before the merger.</source>
        <translation>Một xã được sáp nhập không tồn tại vào ngày %1, ngày trước khi sáp nhập.</translation>
    </message>
    <message>
        <source>A merged commune must end on %1, the day before the merger (it ends on %2).</source>
        <translation>Một xã được sáp nhập phải kết thúc vào ngày %1, ngày trước khi sáp nhập (hiện kết thúc ngày %2).</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>không có ngày</translation>
    </message>
</context>
<context>
    <name>ntm::core::MetBands</name>
    <message>
        <source>All criteria met</source>
        <translation>Đạt tất cả tiêu chí</translation>
    </message>
    <message>
        <source>15 or more (¾ or more)</source>
        <translation>Từ 15 tiêu chí trở lên (từ ¾)</translation>
    </message>
    <message>
        <source>10–14 (½ to ¾)</source>
        <translation>10–14 tiêu chí (½ đến ¾)</translation>
    </message>
    <message>
        <source>5–9 (¼ to ½)</source>
        <translation>5–9 tiêu chí (¼ đến ½)</translation>
    </message>
    <message>
        <source>Under 5 (under ¼)</source>
        <translation>Dưới 5 tiêu chí (dưới ¼)</translation>
    </message>
    <message>
        <source>All %1 criteria met</source>
        <translation>Đạt cả %1 tiêu chí</translation>
    </message>
    <message>
        <source>%1 of %2 criteria (¾ or more)</source>
        <translation>%1/%2 tiêu chí (từ ¾)</translation>
    </message>
    <message>
        <source>%1 of %2 criteria (½ to ¾)</source>
        <translation>%1/%2 tiêu chí (½ đến ¾)</translation>
    </message>
    <message>
        <source>%1 of %2 criteria (¼ to ½)</source>
        <translation>%1/%2 tiêu chí (¼ đến ½)</translation>
    </message>
    <message>
        <source>%1 of %2 criteria (under ¼)</source>
        <translation>%1/%2 tiêu chí (dưới ¼)</translation>
    </message>
</context>
<context>
    <name>ntm::core::Migrator</name>
    <message>
        <source>Migration %1 (%2) is missing from the program</source>
        <translation>Chương trình thiếu bước nâng cấp %1 (%2)</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3 in &quot;%4&quot;</source>
        <translation>Bước nâng cấp %1 (%2) không thành công: %3 tại &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Could not record schema version %1</source>
        <translation>Không ghi được phiên bản lược đồ %1</translation>
    </message>
</context>
<context>
    <name>ntm::core::OfficialList</name>
    <message>
        <source>Reading rotations</source>
        <translation>Đọc các lượt luân chuyển</translation>
    </message>
</context>
<context>
    <name>ntm::core::OfficialMatcher</name>
    <message>
        <source>born %1</source>
        <translation>sinh ngày %1</translation>
    </message>
    <message>
        <source>no birth date</source>
        <translation>không có ngày sinh</translation>
    </message>
    <message>
        <source>%1 is not in the register of officials. Import the officials first, or let the import create the officials it does not find.</source>
        <translation>%1 không có trong danh sách cán bộ. Hãy nhập danh sách cán bộ trước, hoặc cho phép việc nhập tạo các cán bộ chưa có.</translation>
    </message>
    <message>
        <source>%1 born %2 is not in the register of officials, which has %3. Correct the birth date, or let the import create the officials it does not find.</source>
        <translation>%1 sinh ngày %2 không có trong danh sách cán bộ; danh sách có %3. Hãy sửa ngày sinh, hoặc cho phép việc nhập tạo các cán bộ chưa có.</translation>
    </message>
    <message>
        <source>Several officials named %1 were born on %2: %3. Edit the register so that they can be told apart.</source>
        <translation>Có nhiều cán bộ tên %1 cùng sinh ngày %2: %3. Hãy sửa danh sách cán bộ để phân biệt được họ.</translation>
    </message>
    <message>
        <source>Several officials are named %1: %2. Give the birth date (a Ngày sinh column) to tell them apart.</source>
        <translation>Có nhiều cán bộ tên %1: %2. Hãy ghi ngày sinh (cột Ngày sinh) để phân biệt.</translation>
    </message>
</context>
<context>
    <name>ntm::core::OfficialService</name>
    <message>
        <source>Enter the official&apos;s full name.</source>
        <translation>Nhập họ và tên cán bộ.</translation>
    </message>
    <message>
        <source>The birth date %1 is not in the past.</source>
        <translation>Ngày sinh %1 không nằm trong quá khứ.</translation>
    </message>
    <message>
        <source>With the birth date %1 the official would be under 18.</source>
        <translation>Với ngày sinh %1, cán bộ chưa đủ 18 tuổi.</translation>
    </message>
    <message>
        <source>With the birth date %1 the official is over 70.</source>
        <translation>Với ngày sinh %1, cán bộ đã trên 70 tuổi.</translation>
    </message>
    <message>
        <source>This official no longer exists; someone may have deleted them.</source>
        <translation>Cán bộ này không còn trong danh sách; có thể người khác đã xóa.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: %n rotation(s) refer to this official. Delete those rotations first.</source>
        <translation>
            <numerusform>Không xóa được %1: có %n lượt luân chuyển gắn với cán bộ này. Hãy xóa các lượt đó trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be deleted: the official is linked to %n place(s) in the commune&apos;s working groups. Remove them from the groups first.</source>
        <translation>
            <numerusform>Không thể xóa %1: cán bộ này có %n vị trí trong các đoàn công tác của xã. Hãy rút cán bộ khỏi các đoàn trước.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ntm::core::OfficialSheetCheck</name>
    <message>
        <source>%1 is already in the register; left as it is.</source>
        <translation>%1 đã có trong danh sách cán bộ; giữ nguyên.</translation>
    </message>
    <message>
        <source>The same official (name and birth date) as in row %1.</source>
        <translation>Trùng cán bộ (họ tên và ngày sinh) với dòng %1.</translation>
    </message>
    <message>
        <source>The register already has %1 without a birth date; this row adds another official of that name (leave the row out if it is the same person).</source>
        <translation>Danh sách cán bộ đã có %1 (không có ngày sinh); dòng này sẽ thêm một cán bộ khác cùng tên (bỏ dòng này nếu là cùng một người).</translation>
    </message>
    <message>
        <source>The register already has %1, born %2; this row, without a birth date, adds another official of that name.</source>
        <translation>Danh sách cán bộ đã có %1, sinh ngày %2; dòng này không có ngày sinh nên sẽ thêm một cán bộ khác cùng tên.</translation>
    </message>
    <message>
        <source>No gender given; recorded as not given.</source>
        <translation>Không ghi giới tính; ghi nhận là “không ghi”.</translation>
    </message>
</context>
<context>
    <name>ntm::core::OfficialStore</name>
    <message>
        <source>Saving official %1</source>
        <translation>Lưu cán bộ %1</translation>
    </message>
    <message>
        <source>Official %1 was changed or deleted by someone else since you opened it; reload it and make your change again.</source>
        <translation>Cán bộ %1 đã được người khác sửa hoặc xóa sau khi bạn mở; hãy tải lại và sửa lại.</translation>
    </message>
    <message>
        <source>Deleting the official</source>
        <translation>Xóa cán bộ</translation>
    </message>
    <message>
        <source>Reading an official</source>
        <translation>Đọc thông tin cán bộ</translation>
    </message>
    <message>
        <source>Reading officials</source>
        <translation>Đọc danh sách cán bộ</translation>
    </message>
</context>
<context>
    <name>ntm::core::OwnerOnly</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 đã tồn tại.</translation>
    </message>
    <message>
        <source>%1 cannot be made readable by its owner only (is it another user&apos;s file?).</source>
        <translation>Không thể đặt %1 thành tệp chỉ chủ sở hữu được đọc (có phải là tệp của người dùng khác không?).</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Không tạo được %1: %2</translation>
    </message>
    <message>
        <source>Could not copy %1 to %2: %3</source>
        <translation>Không sao chép được %1 sang %2: %3</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer; only its owner (%2) can change that.</source>
        <translation>Người dùng khác trên máy tính này đọc được %1; chỉ chủ sở hữu tệp (%2) mới thay đổi được điều đó.</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer. It was left as it is because its folder is shared with them; if that is not intended, move the file to a folder of your own.</source>
        <translation>Người dùng khác trên máy tính này đọc được %1. Tệp được giữ nguyên vì thư mục chứa tệp đang dùng chung với họ; nếu không chủ ý như vậy, hãy chuyển tệp sang một thư mục riêng của bạn.</translation>
    </message>
    <message>
        <source>%1 could be read by other users of this computer; NTM Tracker made it and its backups readable by you only.</source>
        <translation>Người dùng khác trên máy tính này đã có thể đọc %1; NTM Tracker đã đặt lại để chỉ bạn mới đọc được tệp này và các bản sao lưu của tệp.</translation>
    </message>
    <message>
        <source>%1 or some of its backups can be read by other users of this computer, and NTM Tracker could not change that.</source>
        <translation>Người dùng khác trên máy tính này đọc được %1 hoặc một số bản sao lưu của tệp, và NTM Tracker không thay đổi được điều đó.</translation>
    </message>
</context>
<context>
    <name>ntm::core::PackageChecks</name>
    <message>
        <source>a province</source>
        <translation>một tỉnh</translation>
    </message>
    <message>
        <source>a district</source>
        <translation>một huyện</translation>
    </message>
    <message>
        <source>a commune</source>
        <translation>một xã</translation>
    </message>
    <message>
        <source>a criteria set</source>
        <translation>một bộ tiêu chí</translation>
    </message>
    <message>
        <source>a criterion</source>
        <translation>một tiêu chí</translation>
    </message>
    <message>
        <source>an indicator</source>
        <translation>một chỉ tiêu</translation>
    </message>
    <message>
        <source>an official</source>
        <translation>một cán bộ</translation>
    </message>
    <message>
        <source>%1 refers to %2 that is neither in the package nor in the database (%3)</source>
        <translation>%1 trỏ tới %2 không có trong gói lẫn trong cơ sở dữ liệu (%3)</translation>
    </message>
    <message>
        <source>valid_to %1 is before valid_from %2</source>
        <translation>valid_to %1 trước valid_from %2</translation>
    </message>
    <message>
        <source>ended_on %1 is before decided_on %2</source>
        <translation>ended_on %1 trước decided_on %2</translation>
    </message>
    <message>
        <source>needs either province_id (the whole province) or commune_id (one commune), not both</source>
        <translation>cần province_id (cả tỉnh) hoặc commune_id (một xã), không được cả hai</translation>
    </message>
    <message>
        <source>criterion_ids lists %1 twice</source>
        <translation>criterion_ids liệt kê %1 hai lần</translation>
    </message>
    <message>
        <source>periods[%1]: valid_to %2 is before valid_from %3</source>
        <translation>periods[%1]: valid_to %2 trước valid_from %3</translation>
    </message>
    <message>
        <source>the periods &quot;%1&quot; and &quot;%2&quot; overlap; periods of one commune follow each other</source>
        <translation>các giai đoạn &quot;%1&quot; và &quot;%2&quot; chồng lên nhau; các giai đoạn của một xã phải nối tiếp nhau</translation>
    </message>
    <message>
        <source>assessed_on %1 is in the future; an assessment is recorded once it is made</source>
        <translation>assessed_on %1 ở tương lai; chỉ ghi một lần đánh giá khi đã thực hiện</translation>
    </message>
    <message>
        <source>%1 did not exist on %2</source>
        <translation>%1 chưa tồn tại vào ngày %2</translation>
    </message>
    <message>
        <source>indicator_values: %1 is not an indicator of this criterion</source>
        <translation>indicator_values: %1 không phải là chỉ tiêu của tiêu chí này</translation>
    </message>
    <message>
        <source>indicator_values: indicator %1 appears twice</source>
        <translation>indicator_values: chỉ tiêu %1 xuất hiện hai lần</translation>
    </message>
    <message>
        <source>rotation %1 in the database (%2)</source>
        <translation>lượt luân chuyển %1 trong cơ sở dữ liệu (%2)</translation>
    </message>
    <message>
        <source>decision %1 of %2 is recorded twice: also %3; a decision number is unique per issuing body</source>
        <translation>quyết định %1 của %2 được ghi hai lần: cả ở %3; số quyết định là duy nhất đối với mỗi cơ quan ban hành</translation>
    </message>
    <message>
        <source>a village</source>
        <translation>một thôn</translation>
    </message>
    <message>
        <source>a review meeting</source>
        <translation>một cuộc giao ban</translation>
    </message>
    <message>
        <source>a working group</source>
        <translation>một đoàn công tác</translation>
    </message>
    <message>
        <source>a member of a working group</source>
        <translation>một thành viên đoàn công tác</translation>
    </message>
    <message>
        <source>predecessor_id and successor_id name the same village</source>
        <translation>predecessor_id và successor_id là cùng một thôn</translation>
    </message>
    <message>
        <source>outcome and closed_on go together: both for a closed action, neither for an open one</source>
        <translation>outcome và closed_on đi cùng nhau: có cả hai với việc đã kết thúc, không có cả hai với việc đang thực hiện</translation>
    </message>
</context>
<context>
    <name>ntm::core::PackageExporter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Đã hủy xuất; không có tệp nào được ghi.</translation>
    </message>
</context>
<context>
    <name>ntm::core::PackageManifest</name>
    <message>
        <source>is missing or not text</source>
        <translation>bị thiếu hoặc không phải văn bản</translation>
    </message>
    <message>
        <source>is missing or not an object</source>
        <translation>bị thiếu hoặc không phải một đối tượng</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of database, district, commune</source>
        <translation>&quot;%1&quot; không phải là database, district hay commune</translation>
    </message>
    <message>
        <source>is not a record kind of this format</source>
        <translation>không phải là một loại bản ghi của định dạng này</translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more</source>
        <translation>phải là số nguyên từ 0 trở lên</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>phải là một đối tượng</translation>
    </message>
    <message>
        <source>This file is not an NTM Tracker exchange package (its manifest.format is not &quot;%1&quot;).</source>
        <translation>Tệp này không phải là gói trao đổi của NTM Tracker (manifest.format của nó không phải &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>must be a whole number of 1 or more</source>
        <translation>phải là số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <source>This package was made in exchange format version %1 by a newer NTM Tracker; this program reads up to version %2. Update the program to import it.</source>
        <translation>Gói này được tạo theo định dạng trao đổi phiên bản %1 bởi một NTM Tracker mới hơn; chương trình này chỉ đọc tới phiên bản %2. Hãy cập nhật chương trình để nhập gói.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (use e.g. 2026-11-29T08:30:00Z)</source>
        <translation>&quot;%1&quot; không phải là ngày giờ (dùng ví dụ 2026-11-29T08:30:00Z)</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits</source>
        <translation>phải gồm 64 chữ số thập lục phân viết thường</translation>
    </message>
</context>
<context>
    <name>ntm::core::PackageParser</name>
    <message>
        <source>appears twice</source>
        <translation>xuất hiện hai lần</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>phải là một danh sách</translation>
    </message>
    <message>
        <source>is not part of an exchange package of format version %1</source>
        <translation>không thuộc gói trao đổi định dạng phiên bản %1</translation>
    </message>
</context>
<context>
    <name>ntm::core::PackagePlanner</name>
    <message>
        <source>the id appears twice in the package (also at %1[%2])</source>
        <translation>mã định danh xuất hiện hai lần trong gói (cả ở %1[%2])</translation>
    </message>
    <message>
        <source>says the same as %1[%2] (only one such record is allowed)</source>
        <translation>trùng nội dung khóa với %1[%2] (chỉ được có một bản ghi như vậy)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>the database holds another set under this code and version (id %1)</source>
        <translation>cơ sở dữ liệu đã có một bộ tiêu chí khác với mã và phiên bản này (mã định danh %1)</translation>
    </message>
    <message>
        <source>differs from the database&apos;s definition, which records already use; keep the database&apos;s version, or import the new definition as a new version (ntm-cli criteria-import)</source>
        <translation>khác với định nghĩa trong cơ sở dữ liệu, vốn đã được các bản ghi sử dụng; hãy giữ phiên bản của cơ sở dữ liệu, hoặc nhập định nghĩa mới thành một phiên bản mới (ntm-cli criteria-import)</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria</source>
        <translation>
            <numerusform>%n tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <source>The comparison with the database was cancelled; nothing was changed.</source>
        <translation>Đã hủy việc so sánh với cơ sở dữ liệu; không có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>ntm::core::PackagePreview</name>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(và %n lỗi khác)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ntm::core::PackageReader</name>
    <message>
        <source>manifest.counts.%1 says %2 but the package holds %3 %4; the file is incomplete or was edited by hand.</source>
        <translation>manifest.counts.%1 ghi %2 nhưng gói chứa %3 %4; tệp bị thiếu hoặc đã bị sửa tay.</translation>
    </message>
    <message>
        <source>The package %1 does not exist.</source>
        <translation>Gói %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a package file.</source>
        <translation>%1 là một thư mục, không phải tệp gói.</translation>
    </message>
    <message>
        <source>%1 is %2; packages larger than %3 are refused. Export a smaller scope (one district or one commune) instead.</source>
        <translation>%1 có dung lượng %2; không nhận các gói lớn hơn %3. Hãy xuất một phạm vi nhỏ hơn (một huyện hoặc một xã).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty; it is not an exchange package.</source>
        <translation>%1 rỗng; đây không phải là một gói trao đổi.</translation>
    </message>
    <message>
        <source>Reading the package was cancelled.</source>
        <translation>Đã hủy đọc gói.</translation>
    </message>
    <message>
        <source>%1 nests values more than %2 levels deep; it is not an exchange package.</source>
        <translation>%1 lồng các giá trị sâu hơn %2 cấp; đây không phải là một gói trao đổi.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: line %2, column %3: %4</source>
        <translation>%1 không phải JSON hợp lệ: dòng %2, cột %3: %4</translation>
    </message>
    <message>
        <source>%1 is not an NTM Tracker exchange package (it must hold one JSON object).</source>
        <translation>%1 không phải là gói trao đổi của NTM Tracker (gói phải chứa một đối tượng JSON).</translation>
    </message>
    <message>
        <source>%1 is not an NTM Tracker exchange package (it has no manifest).</source>
        <translation>%1 không phải là gói trao đổi của NTM Tracker (không có manifest).</translation>
    </message>
    <message>
        <source>The content of %1 does not match its SHA-256 checksum: the file was changed or damaged after it was exported. Ask for a new export.</source>
        <translation>Nội dung của %1 không khớp với mã kiểm tra SHA-256: tệp đã bị thay đổi hoặc hư hỏng sau khi xuất. Hãy đề nghị xuất lại.</translation>
    </message>
    <message>
        <source>%1 is not part of an exchange package of format version %2 (it came with version %3); the file was edited by hand or is damaged.</source>
        <translation>%1 không thuộc gói trao đổi định dạng phiên bản %2 (chỉ có từ phiên bản %3); tệp đã bị sửa tay hoặc bị hỏng.</translation>
    </message>
</context>
<context>
    <name>ntm::core::PackageSchema</name>
    <message>
        <source>provinces</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>district mergers</source>
        <translation>sáp nhập huyện</translation>
    </message>
    <message>
        <source>criteria sets</source>
        <translation>bộ tiêu chí</translation>
    </message>
    <message>
        <source>communes</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>commune mergers</source>
        <translation>sáp nhập xã</translation>
    </message>
    <message>
        <source>villages</source>
        <translation>thôn</translation>
    </message>
    <message>
        <source>recognitions</source>
        <translation>công nhận</translation>
    </message>
    <message>
        <source>criteria set assignments</source>
        <translation>áp dụng bộ tiêu chí</translation>
    </message>
    <message>
        <source>commune groups</source>
        <translation>nhóm xã</translation>
    </message>
    <message>
        <source>criterion crosswalks</source>
        <translation>bảng chuyển đổi tiêu chí</translation>
    </message>
    <message>
        <source>officials</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>rotations</source>
        <translation>luân chuyển</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <source>review meetings</source>
        <translation>giao ban</translation>
    </message>
    <message>
        <source>criterion plans</source>
        <translation>kế hoạch tiêu chí</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Ngày có hiệu lực</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Lý do kết thúc</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ngày chấm dứt</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>From criterion</source>
        <translation>Từ tiêu chí</translation>
    </message>
    <message>
        <source>Position left</source>
        <translation>Chức vụ cũ</translation>
    </message>
    <message>
        <source>Unit left</source>
        <translation>Đơn vị cũ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Commune group</source>
        <translation>Nhóm xã</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Home district</source>
        <translation>Huyện quản lý</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Đơn vị công tác</translation>
    </message>
    <message>
        <source>Illustrative</source>
        <translation>Dữ liệu minh họa</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Dự kiến kết thúc</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>Đơn vị trước</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Thời điểm ghi</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Responsible member</source>
        <translation>Đảng ủy viên phụ trách</translation>
    </message>
    <message>
        <source>Role of the responsible member</source>
        <translation>Vai trò người phụ trách</translation>
    </message>
    <message>
        <source>Position on return</source>
        <translation>Chức vụ khi trở về</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Assessment status</source>
        <translation>Mức đạt</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Đơn vị sau</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Ngày phấn đấu</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Năm phấn đấu</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Mức công nhận</translation>
    </message>
    <message>
        <source>To criterion</source>
        <translation>Sang tiêu chí</translation>
    </message>
    <message>
        <source>Position in the commune</source>
        <translation>Chức vụ tại xã</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Periods (names, kinds, districts)</source>
        <translation>Các giai đoạn (tên, loại, huyện)</translation>
    </message>
    <message>
        <source>Indicator values</source>
        <translation>Giá trị chỉ tiêu</translation>
    </message>
    <message>
        <source>Criteria discussed</source>
        <translation>Tiêu chí được bàn</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Họ bộ tiêu chí</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Content (checksum)</source>
        <translation>Nội dung (mã kiểm tra)</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Các tiêu chí</translation>
    </message>
    <message>
        <source>village mergers and renames</source>
        <translation>sáp nhập, đổi tên thôn</translation>
    </message>
    <message>
        <source>model residential areas</source>
        <translation>khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>model garden counts</source>
        <translation>số liệu vườn mẫu</translation>
    </message>
    <message>
        <source>working groups</source>
        <translation>đoàn công tác</translation>
    </message>
    <message>
        <source>members of working groups</source>
        <translation>thành viên đoàn công tác</translation>
    </message>
    <message>
        <source>village responsibilities</source>
        <translation>phân công phụ trách thôn</translation>
    </message>
    <message>
        <source>actions of review meetings</source>
        <translation>việc giao tại giao ban</translation>
    </message>
    <message>
        <source>village rules of criteria</source>
        <translation>quy định về thôn của tiêu chí</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>Ngày thống kê</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <source>Model gardens</source>
        <translation>Vườn mẫu</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>Cuộc giao ban</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Note on the outcome</source>
        <translation>Ghi chú về kết quả</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Ngưỡng</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Nội dung công việc</translation>
    </message>
</context>
<context>
    <name>ntm::core::PackageScope</name>
    <message>
        <source>Reading the units to export</source>
        <translation>Đang đọc các đơn vị cần xuất</translation>
    </message>
    <message>
        <source>There is no district with the id %1 in the database.</source>
        <translation>Không có huyện nào có mã định danh %1 trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>There is no commune with the id %1 in the database.</source>
        <translation>Không có xã nào có mã định danh %1 trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ntm::core::PackageWriter</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Đã hủy nhập; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Đang nhập %1</translation>
    </message>
    <message>
        <source>Recording what was agreed with the package</source>
        <translation>Đang ghi những gì đã thống nhất với gói</translation>
    </message>
</context>
<context>
    <name>ntm::core::PartFile</name>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>the existing file could not be replaced (%1). Is it open in another program?</source>
        <translation>không thay thế được tệp đang có (%1). Tệp có đang mở trong chương trình khác không?</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
</context>
<context>
    <name>ntm::core::PgConnectError</name>
    <message>
        <source>Wrong password for the user %1 on the server %2.</source>
        <translation>Sai mật khẩu của người dùng %1 trên máy chủ %2.</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of the user %2: give it (Connect to server), or set PGPASSWORD or ~/.pgpass.</source>
        <translation>Máy chủ %1 yêu cầu mật khẩu của người dùng %2: hãy nhập mật khẩu (Kết nối máy chủ), hoặc đặt PGPASSWORD hay ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server %1 has no user %2 (check the user name).</source>
        <translation>Máy chủ %1 không có người dùng %2 (hãy kiểm tra tên người dùng).</translation>
    </message>
    <message>
        <source>The server %1 has no database %2 (check the database name).</source>
        <translation>Máy chủ %1 không có cơ sở dữ liệu %2 (hãy kiểm tra tên cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>The server name %1 is not known (check the host name).</source>
        <translation>Không tìm thấy máy chủ có tên %1 (hãy kiểm tra tên máy chủ).</translation>
    </message>
    <message>
        <source>No database server answers at %1 (check the host and the port, and that PostgreSQL runs there).</source>
        <translation>Không có máy chủ cơ sở dữ liệu nào trả lời tại %1 (hãy kiểm tra máy chủ, cổng và PostgreSQL có đang chạy ở đó không).</translation>
    </message>
    <message>
        <source>The server %1 did not answer within %2 seconds (check the host, the port and the network).</source>
        <translation>Máy chủ %1 không trả lời trong vòng %2 giây (hãy kiểm tra máy chủ, cổng và mạng).</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached from this computer (check the network).</source>
        <translation>Máy tính này không kết nối được tới máy chủ %1 (hãy kiểm tra mạng).</translation>
    </message>
    <message>
        <source>The server %1 does not let the user %2 connect to the database %3 from this computer (its pg_hba.conf rules; ask its administrator).</source>
        <translation>Máy chủ %1 không cho người dùng %2 kết nối tới cơ sở dữ liệu %3 từ máy tính này (theo quy tắc pg_hba.conf; hãy hỏi người quản trị máy chủ).</translation>
    </message>
    <message>
        <source>The server %1 does not offer TLS, but the connection requires it (sslmode=%2).</source>
        <translation>Máy chủ %1 không hỗ trợ TLS, nhưng kết nối này bắt buộc dùng TLS (sslmode=%2).</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2</source>
        <translation>Kết nối TLS tới %1 không thành công: %2</translation>
    </message>
    <message>
        <source>The server %1 has no free connections left; try again later or ask its administrator.</source>
        <translation>Máy chủ %1 đã hết chỗ cho kết nối mới; hãy thử lại sau hoặc hỏi người quản trị máy chủ.</translation>
    </message>
    <message>
        <source>Could not connect to the server %1: %2</source>
        <translation>Không kết nối được tới máy chủ %1: %2</translation>
    </message>
    <message>
        <source>The server %1 does not offer TLS. NTM Tracker encrypts every connection to another computer unless the address says otherwise: ask the server&apos;s administrator to turn TLS on, or, on a trusted network only, add sslmode=disable to the address.</source>
        <translation>Máy chủ %1 không hỗ trợ TLS. NTM Tracker mã hóa mọi kết nối tới máy tính khác, trừ khi địa chỉ quy định khác: hãy đề nghị người quản trị máy chủ bật TLS, hoặc, chỉ khi ở trong mạng tin cậy, thêm sslmode=disable vào địa chỉ.</translation>
    </message>
</context>
<context>
    <name>ntm::core::PgCopyTable</name>
    <message>
        <source>Bulk writing needs an open database.</source>
        <translation>Ghi hàng loạt cần một cơ sở dữ liệu đang mở.</translation>
    </message>
    <message>
        <source>Writing to the table %1 failed: %2</source>
        <translation>Ghi vào bảng %1 không thành công: %2</translation>
    </message>
</context>
<context>
    <name>ntm::core::PgLogins</name>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>The password could not be encrypted: %1</source>
        <translation>Không mã hóa được mật khẩu: %1</translation>
    </message>
    <message>
        <source>Creating the login role %1</source>
        <translation>Tạo vai trò đăng nhập %1</translation>
    </message>
    <message>
        <source>Setting the password of %1</source>
        <translation>Đặt mật khẩu cho %1</translation>
    </message>
    <message>
        <source>Switching the audit triggers for the copy</source>
        <translation>Tắt hoặc bật lại các trigger ghi nhật ký thay đổi khi sao chép</translation>
    </message>
</context>
<context>
    <name>ntm::core::PgRows</name>
    <message>
        <source>the database is not open</source>
        <translation>cơ sở dữ liệu chưa được mở</translation>
    </message>
</context>
<context>
    <name>ntm::core::PostgresBackend</name>
    <message>
        <source>the connection to the server was lost, and the server rolled back the whole change</source>
        <translation>mất kết nối tới máy chủ, máy chủ đã hoàn tác toàn bộ thay đổi</translation>
    </message>
    <message>
        <source>the database is open for reading only</source>
        <translation>cơ sở dữ liệu đang mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>another user was saving a change to the same records; try again in a moment</source>
        <translation>một người dùng khác đang lưu thay đổi trên cùng các bản ghi; vui lòng thử lại sau giây lát</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>ổ đĩa của máy chủ đã đầy</translation>
    </message>
    <message>
        <source>This computer cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver is missing (install the Debian package libqt6sql6-psql).</source>
        <translation>Máy tính này không kết nối được máy chủ PostgreSQL: thiếu trình điều khiển PostgreSQL của Qt (hãy cài gói Debian libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server address option %1 may not contain &apos;;&apos;.</source>
        <translation>Tùy chọn %1 của địa chỉ máy chủ không được chứa dấu &apos;;&apos;.</translation>
    </message>
    <message>
        <source>Setting up the connection</source>
        <translation>Thiết lập kết nối</translation>
    </message>
    <message>
        <source>The database %1 has no schema to keep tables in (its search_path names none that exists). Nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 không có lược đồ (schema) để chứa bảng (search_path không chỉ tới lược đồ nào đang có). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program (it has tables, but not NTM Tracker&apos;s). Nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 thuộc một chương trình khác (có bảng, nhưng không phải của NTM Tracker). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 is empty: an administrator creates NTM Tracker&apos;s tables in it with &quot;ntm-cli server-init %2&quot;.</source>
        <translation>Cơ sở dữ liệu %1 còn trống: người quản trị tạo các bảng của NTM Tracker bằng lệnh &quot;ntm-cli server-init %2&quot;.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of NTM Tracker (schema %2; this program knows up to %3). Update the program to open it. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 được tạo bởi phiên bản NTM Tracker mới hơn (lược đồ %2; chương trình này chỉ biết tới %3). Hãy cập nhật chương trình để mở. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database %1 has an older schema (version %2; this program uses %3), so it is open for reading only. An administrator upgrades it with &quot;ntm-cli server-upgrade %4&quot;.</source>
        <translation>Cơ sở dữ liệu %1 có lược đồ cũ hơn (phiên bản %2; chương trình này dùng %3) nên chỉ được mở để đọc. Người quản trị nâng cấp bằng lệnh &quot;ntm-cli server-upgrade %4&quot;.</translation>
    </message>
    <message>
        <source>Could not read the database %1: %2</source>
        <translation>Không đọc được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>Could not read the schema version of %1: %2</source>
        <translation>Không đọc được phiên bản lược đồ của %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) of %3 failed; the database was left at schema %4. %5</source>
        <translation>Bước nâng cấp %1 (%2) của %3 không thành công; cơ sở dữ liệu giữ nguyên ở lược đồ %4. %5</translation>
    </message>
    <message>
        <source>Starting the migration</source>
        <translation>Bắt đầu nâng cấp lược đồ</translation>
    </message>
    <message>
        <source>Waiting for another upgrade</source>
        <translation>Chờ một lần nâng cấp khác kết thúc</translation>
    </message>
    <message>
        <source>Finishing the migration</source>
        <translation>Hoàn tất nâng cấp lược đồ</translation>
    </message>
    <message>
        <source>Running the migration</source>
        <translation>Chạy bước nâng cấp lược đồ</translation>
    </message>
    <message>
        <source>Recording schema version %1: %2</source>
        <translation>Ghi phiên bản lược đồ %1: %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (dòng %1)</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost; nothing was changed. Open the database again when the server is back.</source>
        <translation>Mất kết nối tới máy chủ %1; không có gì bị thay đổi. Hãy mở lại cơ sở dữ liệu khi máy chủ hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>A server database is copied table by table, not as a file.</source>
        <translation>Cơ sở dữ liệu trên máy chủ được sao chép theo từng bảng, không phải theo tệp.</translation>
    </message>
    <message>
        <source>Reading the tables</source>
        <translation>Đọc danh sách bảng</translation>
    </message>
    <message>
        <source>Reading the indexes</source>
        <translation>Đang đọc các chỉ mục</translation>
    </message>
    <message>
        <source>Reading the key counters: %1</source>
        <translation>Đọc bộ đếm khóa: %1</translation>
    </message>
    <message>
        <source>Setting the key counters</source>
        <translation>Đặt bộ đếm khóa</translation>
    </message>
    <message>
        <source>Analysing the new rows</source>
        <translation>Phân tích các dòng mới</translation>
    </message>
    <message>
        <source>The connection to the server %1 was lost; the server rolled back everything written in this transaction.</source>
        <translation>Mất kết nối tới máy chủ %1; máy chủ đã hoàn tác mọi dữ liệu ghi trong giao dịch này.</translation>
    </message>
    <message>
        <source>the server refused it, because this account may not make this change (%1)</source>
        <translation>máy chủ từ chối vì tài khoản này không được phép thực hiện thay đổi này (%1)</translation>
    </message>
</context>
<context>
    <name>ntm::core::ProgressService</name>
    <message>
        <source>Reading the criteria crosswalk</source>
        <translation>Đọc bảng chuyển đổi tiêu chí</translation>
    </message>
    <message>
        <source>There is no such commune in this database.</source>
        <translation>Không có xã này trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ntm::core::ProvincialReviewService</name>
    <message>
        <source>%1 did not exist on %2.</source>
        <translation>%1 không tồn tại vào ngày %2.</translation>
    </message>
    <message>
        <source>There is no such district in this database.</source>
        <translation>Cơ sở dữ liệu này không có huyện đó.</translation>
    </message>
</context>
<context>
    <name>ntm::core::RecognitionStore</name>
    <message>
        <source>Saving the recognition</source>
        <translation>Lưu quyết định công nhận</translation>
    </message>
    <message>
        <source>Ending recognitions</source>
        <translation>Chấm dứt các quyết định công nhận</translation>
    </message>
    <message>
        <source>Reading recognitions</source>
        <translation>Đọc các quyết định công nhận</translation>
    </message>
    <message>
        <source>Deleting the recognition</source>
        <translation>Xóa quyết định công nhận</translation>
    </message>
    <message>
        <source>Ending a recognition</source>
        <translation>Chấm dứt một công nhận</translation>
    </message>
</context>
<context>
    <name>ntm::core::RecognitionText</name>
    <message>
        <source>no source for this reform&apos;s rule</source>
        <translation>chưa có nguồn cho quy tắc của đợt sắp xếp này</translation>
    </message>
    <message>
        <source>%1, unverified</source>
        <translation>%1, chưa xác minh</translation>
    </message>
    <message>
        <source>kept through the %1 merger (%2)</source>
        <translation>giữ nguyên qua đợt sáp nhập %1 (%2)</translation>
    </message>
    <message>
        <source>decision of %1</source>
        <translation>quyết định ngày %1</translation>
    </message>
    <message>
        <source>decision %1 of %2</source>
        <translation>quyết định %1 ngày %2</translation>
    </message>
    <message>
        <source>%1, recognised in %2, %3</source>
        <translation>%1, công nhận năm %2, %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>recognised under %1; under %2 now: %3 of %4 criteria met</source>
        <translation>công nhận theo %1; theo %2 hiện nay: đạt %3/%4 tiêu chí</translation>
    </message>
    <message>
        <source>Recognised: %1, of them %2 under an earlier criteria set. Meeting all %3 criteria of the set in force now: %4. A recognition stays a fact when the criteria change.</source>
        <translation>Đã công nhận: %1, trong đó %2 theo bộ tiêu chí trước. Đạt đủ %3 tiêu chí của bộ đang có hiệu lực: %4. Việc công nhận vẫn giữ nguyên giá trị khi bộ tiêu chí thay đổi.</translation>
    </message>
</context>
<context>
    <name>ntm::core::RecordCodec</name>
    <message>
        <source>must be a whole number</source>
        <translation>phải là số nguyên</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>phải nằm trong khoảng %1 đến %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>phải là true hoặc false</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>phải là một số</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>phải là văn bản</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (a UUID such as 6f1c2a55-43a9-4e5e-9d7b-0b7a3c1e2f11)</source>
        <translation>&quot;%1&quot; không phải là mã định danh (một UUID như 6f1c2a55-43a9-4e5e-9d7b-0b7a3c1e2f11)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date between 1900-01-01 and 2100-12-31 (use YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; không phải là ngày trong khoảng 1900-01-01 đến 2100-12-31 (dùng YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (use e.g. 2026-11-29T08:30:00.000Z)</source>
        <translation>&quot;%1&quot; không phải là ngày giờ (dùng ví dụ 2026-11-29T08:30:00.000Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; không thuộc %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>phải là một đối tượng</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>bị thiếu</translation>
    </message>
    <message>
        <source>is not a field of this record</source>
        <translation>không phải là trường của bản ghi này</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>phải là một danh sách</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
</context>
<context>
    <name>ntm::core::RecordLabels</name>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1[%2] (%3)</source>
        <translation>%1[%2] (%3)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ntm::core::ReformService</name>
    <message>
        <source>A rule marked as checked needs its source: the number of the text that sets it.</source>
        <translation>Quy tắc đánh dấu đã đối chiếu phải có nguồn: số hiệu văn bản quy định quy tắc đó.</translation>
    </message>
    <message>
        <source>Say in the note why the rule is not checked yet, so that others know.</source>
        <translation>Ghi chú lý do quy tắc chưa được đối chiếu để người khác biết.</translation>
    </message>
</context>
<context>
    <name>ntm::core::ReformStore</name>
    <message>
        <source>Reading the reforms</source>
        <translation>Đang đọc các đợt sắp xếp</translation>
    </message>
    <message>
        <source>Saving the reform %1</source>
        <translation>Đang lưu đợt sắp xếp %1</translation>
    </message>
    <message>
        <source>Saving the rule of %1</source>
        <translation>Đang lưu quy tắc của %1</translation>
    </message>
    <message>
        <source>This reform was changed by someone else since you opened it; reload it and make your change again.</source>
        <translation>Đợt sắp xếp này đã được người khác thay đổi sau khi bạn mở; hãy tải lại và thực hiện lại thay đổi.</translation>
    </message>
</context>
<context>
    <name>ntm::core::ReviewSamples</name>
    <message>
        <source>Whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>Province %1</source>
        <translation>Tỉnh %1</translation>
    </message>
</context>
<context>
    <name>ntm::core::ReviewService</name>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>Nhập ngày giao ban.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; record a meeting once it is held.</source>
        <translation>Ngày %1 nằm trong tương lai; chỉ ghi cuộc giao ban khi đã họp.</translation>
    </message>
    <message>
        <source>This commune is not in the database.</source>
        <translation>Xã này không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The commune did not exist on %1.</source>
        <translation>Xã chưa có hoặc không còn vào ngày %1.</translation>
    </message>
    <message>
        <source>Nothing is recorded about the meeting: no criteria discussed and no decisions.</source>
        <translation>Chưa ghi gì về cuộc giao ban: không có tiêu chí được bàn và không có kết luận.</translation>
    </message>
    <message>
        <source>Enter the village&apos;s name.</source>
        <translation>Nhập tên thôn.</translation>
    </message>
    <message>
        <source>The commune already has a village named %1.</source>
        <translation>Xã đã có thôn tên %1.</translation>
    </message>
    <message numerus="yes">
        <source>The meeting decided %n action(s); delete them first.</source>
        <translation>
            <numerusform>Cuộc giao ban đã kết luận %n việc; hãy xóa các việc đó trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>The village has responsibilities, actions, model-area recognitions, garden counts or lineage recorded (%1); delete those first, or give the village an end date.</source>
        <translation>Thôn đã có phân công phụ trách, việc cần làm, quyết định công nhận khu dân cư kiểu mẫu, số liệu vườn mẫu hoặc lịch sử sáp nhập (%1); hãy xóa các mục đó trước, hoặc ghi ngày kết thúc cho thôn.</translation>
    </message>
</context>
<context>
    <name>ntm::core::ReviewStore</name>
    <message>
        <source>Saving the review meeting</source>
        <translation>Lưu cuộc giao ban</translation>
    </message>
    <message>
        <source>Reading review meetings</source>
        <translation>Đọc các cuộc giao ban</translation>
    </message>
    <message>
        <source>Saving the village</source>
        <translation>Lưu thôn</translation>
    </message>
    <message>
        <source>Reading villages</source>
        <translation>Đọc danh sách thôn</translation>
    </message>
    <message>
        <source>This review meeting was changed or deleted by someone else since you opened it; reload it and make your change again.</source>
        <translation>Cuộc giao ban này đã được người khác sửa hoặc xóa sau khi bạn mở; hãy tải lại và sửa lại.</translation>
    </message>
    <message>
        <source>Deleting the review meeting</source>
        <translation>Xóa cuộc giao ban</translation>
    </message>
    <message>
        <source>This village was changed or deleted by someone else since you opened it; reload it and make your change again.</source>
        <translation>Thôn này đã được người khác sửa hoặc xóa sau khi bạn mở; hãy tải lại và sửa lại.</translation>
    </message>
    <message>
        <source>Deleting the village</source>
        <translation>Xóa thôn</translation>
    </message>
</context>
<context>
    <name>ntm::core::ReviewTables</name>
    <message>
        <source>Led by a rotated official, criteria left at the start</source>
        <translation>Có cán bộ luân chuyển, còn tiêu chí chưa đạt khi bắt đầu</translation>
    </message>
    <message>
        <source>Led by a rotated official</source>
        <translation>Có cán bộ luân chuyển</translation>
    </message>
    <message>
        <source>Without one, same periods, criteria left at the start</source>
        <translation>Không có, cùng thời gian, còn tiêu chí chưa đạt khi bắt đầu</translation>
    </message>
    <message>
        <source>Without one, same periods</source>
        <translation>Không có cán bộ luân chuyển, cùng thời gian</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tất cả các huyện</translation>
    </message>
    <message>
        <source>Communes (xã)</source>
        <translation>Số xã</translation>
    </message>
    <message>
        <source>Recognised NTM</source>
        <translation>Đạt chuẩn NTM</translation>
    </message>
    <message>
        <source>Average criteria met</source>
        <translation>Bình quân tiêu chí đạt</translation>
    </message>
    <message>
        <source>Rotations started by the date</source>
        <translation>Số lượt luân chuyển đã bắt đầu</translation>
    </message>
    <message>
        <source>Recognised per year</source>
        <translation>Xã đạt chuẩn theo năm</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Recognised, cumulative</source>
        <translation>Lũy kế đạt chuẩn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Criteria in force</source>
        <translation>Số tiêu chí áp dụng</translation>
    </message>
    <message>
        <source>Communes by criteria met</source>
        <translation>Xã theo số tiêu chí đạt</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Số tiêu chí đạt</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <source>Criteria most missed</source>
        <translation>Tiêu chí chưa đạt nhiều nhất</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Communes not meeting it</source>
        <translation>Số xã chưa đạt</translation>
    </message>
    <message>
        <source>Basically met</source>
        <translation>Cơ bản đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Communes under the set</source>
        <translation>Số xã áp dụng bộ tiêu chí</translation>
    </message>
    <message>
        <source>Share not meeting (%)</source>
        <translation>Tỷ lệ chưa đạt (%)</translation>
    </message>
    <message>
        <source>Rotation impact</source>
        <translation>Hiệu quả luân chuyển</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Met at start</source>
        <translation>Đạt khi đến</translation>
    </message>
    <message>
        <source>Criteria at start</source>
        <translation>Số tiêu chí khi đến</translation>
    </message>
    <message>
        <source>Met at end</source>
        <translation>Đạt khi kết thúc</translation>
    </message>
    <message>
        <source>Criteria at end</source>
        <translation>Số tiêu chí khi kết thúc</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Tăng</translation>
    </message>
    <message>
        <source>Years in post</source>
        <translation>Số năm công tác</translation>
    </message>
    <message>
        <source>Recognised on</source>
        <translation>Ngày đạt chuẩn</translation>
    </message>
    <message>
        <source>Months to recognition</source>
        <translation>Số tháng đến khi đạt chuẩn</translation>
    </message>
    <message>
        <source>Tenure comparison</source>
        <translation>So sánh theo nhiệm kỳ</translation>
    </message>
    <message>
        <source>Group of communes</source>
        <translation>Nhóm xã</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>Số giai đoạn</translation>
    </message>
    <message>
        <source>Distinct communes</source>
        <translation>Số xã khác nhau</translation>
    </message>
    <message>
        <source>Commune-years</source>
        <translation>Xã-năm</translation>
    </message>
    <message>
        <source>Criteria gained</source>
        <translation>Tiêu chí tăng thêm</translation>
    </message>
    <message>
        <source>Gained per year</source>
        <translation>Tăng bình quân mỗi năm</translation>
    </message>
    <message>
        <source>Left out: set changed</source>
        <translation>Không tính: đổi bộ tiêu chí</translation>
    </message>
    <message>
        <source>Illustrative data: the demo&apos;s generator makes progress stronger and assessments denser while a rotated official leads a commune, so this comparison shows what the generator put in, not a finding.</source>
        <translation>Dữ liệu minh họa: bộ tạo dữ liệu mẫu cho tiến độ nhanh hơn và đánh giá dày hơn khi cán bộ luân chuyển lãnh đạo xã, nên so sánh này chỉ phản ánh điều bộ tạo dữ liệu đã đưa vào, không phải một kết luận.</translation>
    </message>
    <message>
        <source>Of them recognised under an earlier criteria set</source>
        <translation>Trong đó công nhận theo bộ tiêu chí trước</translation>
    </message>
    <message>
        <source>Meeting every criterion of the set in force</source>
        <translation>Đạt đủ tiêu chí của bộ đang có hiệu lực</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>theo dữ liệu đã ghi</translation>
    </message>
    <message>
        <source>Held at the start</source>
        <translation>Có đầu kỳ</translation>
    </message>
    <message>
        <source>Recognised in the year (+)</source>
        <translation>Công nhận trong năm (+)</translation>
    </message>
    <message>
        <source>Kept through a merger (+)</source>
        <translation>Giữ qua sáp nhập (+)</translation>
    </message>
    <message>
        <source>Ended by a merger (−)</source>
        <translation>Chấm dứt do sáp nhập (−)</translation>
    </message>
    <message>
        <source>Withdrawn (−)</source>
        <translation>Thu hồi (−)</translation>
    </message>
    <message>
        <source>Moved in or out (±)</source>
        <translation>Chuyển đến hoặc đi (±)</translation>
    </message>
    <message>
        <source>Nâng cao held</source>
        <translation>Có NTM nâng cao</translation>
    </message>
    <message>
        <source>Kiểu mẫu held</source>
        <translation>Có NTM kiểu mẫu</translation>
    </message>
    <message>
        <source>Hiện đại held</source>
        <translation>Có NTM hiện đại</translation>
    </message>
    <message>
        <source>Held at the start + recognised + kept − ended − withdrawn ± moved = cumulative. A merger ends the merged communes&apos; recognitions; the new commune keeps NTM when its reform&apos;s rule says so (3372/BNN-VPĐP: when every merged commune held it). Tiers are counted each on its own.</source>
        <translation>Có đầu kỳ + công nhận + giữ qua sáp nhập − chấm dứt − thu hồi ± chuyển = lũy kế. Sáp nhập chấm dứt công nhận của các xã được sáp nhập; xã mới giữ chuẩn NTM khi quy tắc của đợt sắp xếp quy định như vậy (3372/BNN-VPĐP: khi mọi xã được sáp nhập đều đã đạt chuẩn). Mỗi mức được đếm riêng.</translation>
    </message>
</context>
<context>
    <name>ntm::core::RotationFilter</name>
    <message>
        <source>Upcoming</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang công tác</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>Sắp kết thúc</translation>
    </message>
    <message>
        <source>Past planned end</source>
        <translation>Quá hạn dự kiến</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Đã kết thúc</translation>
    </message>
</context>
<context>
    <name>ntm::core::RotationImpactService</name>
    <message>
        <source>set changed (%1/%2 → %3/%4)</source>
        <translation>đổi bộ tiêu chí (%1/%2 → %3/%4)</translation>
    </message>
</context>
<context>
    <name>ntm::core::RotationList</name>
    <message>
        <source>Reading rotations</source>
        <translation>Đọc các lượt luân chuyển</translation>
    </message>
</context>
<context>
    <name>ntm::core::RotationRules</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1 (no end date)</source>
        <translation>từ %1 (chưa có ngày kết thúc)</translation>
    </message>
    <message>
        <source>Choose the official who is rotated.</source>
        <translation>Chọn cán bộ được luân chuyển.</translation>
    </message>
    <message>
        <source>This official is not in the register.</source>
        <translation>Cán bộ này không có trong danh sách.</translation>
    </message>
    <message>
        <source>Enter the decision number.</source>
        <translation>Nhập số quyết định.</translation>
    </message>
    <message>
        <source>Enter the date of the decision.</source>
        <translation>Nhập ngày quyết định.</translation>
    </message>
    <message>
        <source>Enter the body that issued the decision.</source>
        <translation>Nhập cơ quan ban hành quyết định.</translation>
    </message>
    <message>
        <source>Choose the commune the official is sent to.</source>
        <translation>Chọn xã nơi cán bộ được cử đến.</translation>
    </message>
    <message>
        <source>This commune is not in the database.</source>
        <translation>Xã này không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Enter the position held in the commune.</source>
        <translation>Nhập chức vụ đảm nhiệm tại xã.</translation>
    </message>
    <message>
        <source>Enter the start date of the term.</source>
        <translation>Nhập ngày bắt đầu nhận nhiệm vụ.</translation>
    </message>
    <message>
        <source>The decision date %1 is after the start date %2; a term starts on or after its decision.</source>
        <translation>Ngày quyết định %1 sau ngày bắt đầu %2; nhiệm kỳ bắt đầu từ hoặc sau ngày quyết định.</translation>
    </message>
    <message>
        <source>The planned end %1 is before the start date %2.</source>
        <translation>Ngày dự kiến kết thúc %1 trước ngày bắt đầu %2.</translation>
    </message>
    <message>
        <source>The actual end %1 is before the start date %2.</source>
        <translation>Ngày kết thúc thực tế %1 trước ngày bắt đầu %2.</translation>
    </message>
    <message>
        <source>Enter the actual end date to record an end reason or an evaluation.</source>
        <translation>Nhập ngày kết thúc thực tế để ghi lý do kết thúc hoặc đánh giá.</translation>
    </message>
    <message>
        <source>The actual end %1 is in the future.</source>
        <translation>Ngày kết thúc thực tế %1 nằm trong tương lai.</translation>
    </message>
    <message>
        <source>%1 did not exist on %2 (it existed %3 – %4).</source>
        <translation>%1 không tồn tại vào ngày %2 (tồn tại từ %3 đến %4).</translation>
    </message>
    <message>
        <source>before the records</source>
        <translation>trước khi có số liệu</translation>
    </message>
    <message>
        <source>today</source>
        <translation>nay</translation>
    </message>
    <message>
        <source>The planned term is %1 months; a rotation (luân chuyển) normally lasts at least %2 months.</source>
        <translation>Thời gian dự kiến là %1 tháng; luân chuyển thường kéo dài ít nhất %2 tháng.</translation>
    </message>
    <message>
        <source>The planned term is %1 months; a secondment (biệt phái) lasts at most %2 months unless it is extended.</source>
        <translation>Thời gian dự kiến là %1 tháng; biệt phái không quá %2 tháng, trừ khi được gia hạn.</translation>
    </message>
    <message>
        <source>This term overlaps the official&apos;s rotation to %1 (%2).</source>
        <translation>Thời gian này trùng với lượt luân chuyển của cán bộ về %1 (%2).</translation>
    </message>
    <message>
        <source>Decision %1 of %2 is already recorded (for %3, rotation to %4).</source>
        <translation>Quyết định số %1 của %2 đã được nhập (cho %3, luân chuyển về %4).</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot; in this commune at the same time (%3).</source>
        <translation>%1 đang giữ chức &quot;%2&quot; tại xã này trong cùng thời gian (%3).</translation>
    </message>
</context>
<context>
    <name>ntm::core::RotationService</name>
    <message>
        <source>This rotation no longer exists; someone may have deleted it.</source>
        <translation>Lượt luân chuyển này không còn; có thể người khác đã xóa.</translation>
    </message>
    <message>
        <source>This rotation was changed by someone else since you opened it; reload it and end it again.</source>
        <translation>Lượt luân chuyển này đã được người khác sửa sau khi bạn mở; hãy tải lại và kết thúc lại.</translation>
    </message>
    <message>
        <source>Enter the actual end date.</source>
        <translation>Nhập ngày kết thúc thực tế.</translation>
    </message>
</context>
<context>
    <name>ntm::core::RotationSheetCheck</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1, no end date</source>
        <translation>từ %1, chưa có ngày kết thúc</translation>
    </message>
    <message>
        <source>No kind given; recorded as luân chuyển (rotation).</source>
        <translation>Không ghi hình thức; được ghi là luân chuyển.</translation>
    </message>
    <message>
        <source>Enter the official&apos;s full name.</source>
        <translation>Hãy nhập họ và tên cán bộ.</translation>
    </message>
    <message>
        <source>%1 is not in the register and will be added.</source>
        <translation>%1 chưa có trong danh sách cán bộ và sẽ được thêm vào.</translation>
    </message>
    <message>
        <source>This term overlaps the same official&apos;s rotation to %1 (%2) in row %3.</source>
        <translation>Thời gian này trùng với đợt luân chuyển của cùng cán bộ đến %1 (%2) ở dòng %3.</translation>
    </message>
    <message>
        <source>Decision %1 of %2 is already used in row %3; a decision number is used once per issuing body.</source>
        <translation>Quyết định %1 của %2 đã dùng ở dòng %3; mỗi số quyết định chỉ dùng một lần cho mỗi cơ quan ban hành.</translation>
    </message>
    <message>
        <source>No gender given for the new official; recorded as not given.</source>
        <translation>Cán bộ mới không ghi giới tính; ghi nhận là “không ghi”.</translation>
    </message>
</context>
<context>
    <name>ntm::core::RotationStore</name>
    <message>
        <source>Saving the rotation</source>
        <translation>Lưu lượt luân chuyển</translation>
    </message>
    <message>
        <source>This rotation was changed or deleted by someone else since you opened it; reload it and make your change again.</source>
        <translation>Lượt luân chuyển này đã được người khác sửa hoặc xóa sau khi bạn mở; hãy tải lại và sửa lại.</translation>
    </message>
    <message>
        <source>Deleting the rotation</source>
        <translation>Xóa lượt luân chuyển</translation>
    </message>
    <message>
        <source>Reading rotations</source>
        <translation>Đọc các lượt luân chuyển</translation>
    </message>
</context>
<context>
    <name>ntm::core::ServerTls</name>
    <message>
        <source>The connection to %1 is not encrypted (sslmode=%2): passwords and personnel data cross the network readable by anyone on it. Use sslmode=require or verify-full unless the network is trusted.</source>
        <translation>Kết nối tới %1 không được mã hóa (sslmode=%2): mật khẩu và dữ liệu cán bộ đi qua mạng ở dạng bất kỳ ai trên mạng cũng đọc được. Hãy dùng sslmode=require hoặc verify-full, trừ khi đây là mạng tin cậy.</translation>
    </message>
</context>
<context>
    <name>ntm::core::SheetFields</name>
    <message>
        <source>Official&apos;s full name</source>
        <translation>Họ và tên cán bộ</translation>
    </message>
    <message>
        <source>Official&apos;s gender</source>
        <translation>Giới tính cán bộ</translation>
    </message>
    <message>
        <source>Official&apos;s birth date</source>
        <translation>Ngày sinh cán bộ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Đơn vị cũ</translation>
    </message>
    <message>
        <source>From position</source>
        <translation>Chức vụ cũ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Position in the commune</source>
        <translation>Chức vụ tại xã</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Dự kiến kết thúc</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Đơn vị công tác</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
</context>
<context>
    <name>ntm::core::SheetImport</name>
    <message>
        <source>No column holds %1 (a column headed &quot;%2&quot;, for example); choose the column that does.</source>
        <translation>Không có cột nào chứa %1 (ví dụ cột có tiêu đề &quot;%2&quot;); hãy chọn cột chứa thông tin này.</translation>
    </message>
    <message>
        <source>No column holds the kind of rotation; every row is recorded as luân chuyển.</source>
        <translation>Không có cột hình thức; mọi dòng được ghi là luân chuyển.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Đã hủy; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Checking rows</source>
        <translation>Đang kiểm tra các dòng</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>Writing rows</source>
        <translation>Đang ghi các dòng</translation>
    </message>
    <message>
        <source>No column holds the gender; it is recorded as not given for every official.</source>
        <translation>Không có cột giới tính; giới tính của mọi cán bộ được ghi nhận là “không ghi”.</translation>
    </message>
</context>
<context>
    <name>ntm::core::SheetImportProblem</name>
    <message>
        <source>row %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>row %1, %2: %3</source>
        <translation>dòng %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>ntm::core::SheetPlausibility</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (cột %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 with %2, or with %3 and %4; also %5</source>
        <translation>%1 kèm %2, hoặc kèm %3 và %4; ngoài ra có thể có %5</translation>
    </message>
    <message>
        <source>%1; also %2</source>
        <translation>%1; ngoài ra có thể có %2</translation>
    </message>
    <message>
        <source>The sheet does not say who the officials are: besides the name it needs their birth date, or their home unit and position. Headers found: %1. Expected: %2.</source>
        <translation>Bảng tính không cho biết cán bộ là ai: ngoài họ tên còn cần ngày sinh, hoặc đơn vị công tác và chức vụ. Các cột có trong bảng: %1. Các cột cần có: %2.</translation>
    </message>
    <message>
        <source>The rows do not look like people: %1 of %2 entries under %3 are not a person&apos;s full name (family and given names), e.g. %4. Headers found: %5. Expected: %6.</source>
        <translation>Các dòng không phải là danh sách cán bộ: %1 trong %2 giá trị ở cột %3 không phải họ và tên của một người (họ, tên đệm và tên), ví dụ %4. Các cột có trong bảng: %5. Các cột cần có: %6.</translation>
    </message>
</context>
<context>
    <name>ntm::core::SheetSource</name>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>Tệp %1 không có trang tính nào.</translation>
    </message>
    <message>
        <source>%1 has no worksheet &quot;%2&quot;; its worksheets are: %3.</source>
        <translation>Tệp %1 không có trang tính &quot;%2&quot;; các trang tính của tệp là: %3.</translation>
    </message>
</context>
<context>
    <name>ntm::core::SheetValueParser</name>
    <message>
        <source>%1 is not a date</source>
        <translation>%1 không phải là ngày</translation>
    </message>
    <message>
        <source>%1 is not a gender (write Nam or Nữ)</source>
        <translation>%1 không phải là giới tính (ghi Nam hoặc Nữ)</translation>
    </message>
    <message>
        <source>%1 is not a kind of rotation (write Luân chuyển, Điều động or Biệt phái)</source>
        <translation>%1 không phải là hình thức luân chuyển (ghi Luân chuyển, Điều động hoặc Biệt phái)</translation>
    </message>
    <message>
        <source>%1 is not an evaluation (write Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành or Không hoàn thành nhiệm vụ)</source>
        <translation>%1 không phải là kết quả đánh giá (ghi Hoàn thành xuất sắc, Hoàn thành tốt, Hoàn thành hoặc Không hoàn thành nhiệm vụ)</translation>
    </message>
</context>
<context>
    <name>ntm::core::SqliteBackend</name>
    <message>
        <source>No database file was given.</source>
        <translation>Chưa chọn tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 là thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>Tệp cơ sở dữ liệu %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (no permission).</source>
        <translation>Không có quyền đọc tệp %1.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an NTM Tracker database, or it is damaged (%2). Nothing was changed.</source>
        <translation>%1 không phải là cơ sở dữ liệu NTM Tracker hoặc đã bị hỏng (%2). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of NTM Tracker. Nothing was changed.</source>
        <translation>%1 là cơ sở dữ liệu của chương trình khác, không phải của NTM Tracker. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of NTM Tracker (schema %2; this program knows up to %3). Update the program to open it. Nothing was changed.</source>
        <translation>%1 được tạo bởi phiên bản NTM Tracker mới hơn (lược đồ %2; chương trình này chỉ biết đến %3). Hãy cập nhật chương trình để mở. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>%1 cannot be written to, and it was made by an older version of NTM Tracker that must be upgraded before it can be opened. Make the file writable, or copy it to a folder you can write to. Nothing was changed.</source>
        <translation>Không ghi được vào %1, mà tệp này được tạo bởi phiên bản NTM Tracker cũ hơn nên phải nâng cấp trước khi mở. Hãy cho phép ghi tệp, hoặc chép tệp sang thư mục có quyền ghi. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Upgrading %1 failed; the file was left as it was. %2</source>
        <translation>Nâng cấp %1 không thành công; tệp được giữ nguyên. %2</translation>
    </message>
    <message>
        <source>Could not make a backup of %1 before upgrading it (%2); the file was not changed.</source>
        <translation>Không sao lưu được %1 trước khi nâng cấp (%2); tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation>Sao lưu vào %1 không thành công: %2</translation>
    </message>
    <message numerus="yes">
        <source>Another program (or another NTM Tracker window) has been saving a large change for %n second(s); nothing was changed. Try again when it has finished.</source>
        <translation>
            <numerusform>Một chương trình khác (hoặc cửa sổ NTM Tracker khác) đang lưu một thay đổi lớn đã %n giây; chưa có gì bị thay đổi. Hãy thử lại khi việc đó xong.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Không bắt đầu được giao dịch: %1</translation>
    </message>
    <message>
        <source>Reading the tables</source>
        <translation>Đọc danh sách bảng</translation>
    </message>
    <message>
        <source>Reading the indexes</source>
        <translation>Đang đọc các chỉ mục</translation>
    </message>
</context>
<context>
    <name>ntm::core::SqliteBulkTable</name>
    <message>
        <source>Bulk writing needs an open database.</source>
        <translation>Ghi hàng loạt cần một cơ sở dữ liệu đang mở.</translation>
    </message>
    <message>
        <source>Writing to the database failed: %1 (in &quot;%2&quot;)</source>
        <translation>Ghi vào cơ sở dữ liệu thất bại: %1 (trong &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>ntm::core::SqliteRows</name>
    <message>
        <source>the database is not open</source>
        <translation>cơ sở dữ liệu chưa được mở</translation>
    </message>
</context>
<context>
    <name>ntm::core::StatsService</name>
    <message>
        <source>There is no such district in this database.</source>
        <translation>Không có huyện này trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>There is no such province in this database.</source>
        <translation>Không có tỉnh này trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ntm::core::TenureStore</name>
    <message>
        <source>Reading the communes without a rotated official</source>
        <translation>Đang đọc các xã không có cán bộ luân chuyển</translation>
    </message>
</context>
<context>
    <name>ntm::core::UnitLookup</name>
    <message>
        <source>There is no %1 &quot;%2&quot; in this database.</source>
        <translation>Không có %1 &quot;%2&quot; trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several: %2. Give the kind or the code.</source>
        <translation>&quot;%1&quot; trùng với nhiều đơn vị: %2. Hãy ghi rõ loại đơn vị hoặc mã.</translation>
    </message>
    <message>
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
</context>
<context>
    <name>ntm::core::UnitOverviewService</name>
    <message>
        <source>Directly under the province</source>
        <translation>Trực thuộc tỉnh</translation>
    </message>
    <message>
        <source>Directly under %1</source>
        <translation>Trực thuộc %1</translation>
    </message>
</context>
<context>
    <name>ntm::core::UnitStore</name>
    <message>
        <source>Saving province %1</source>
        <translation>Lưu tỉnh %1</translation>
    </message>
    <message>
        <source>Saving district %1</source>
        <translation>Lưu huyện %1</translation>
    </message>
    <message>
        <source>Saving commune %1</source>
        <translation>Lưu xã %1</translation>
    </message>
    <message>
        <source>Saving a commune merger</source>
        <translation>Lưu việc sáp nhập xã</translation>
    </message>
    <message>
        <source>Saving a district merger</source>
        <translation>Lưu việc sáp nhập huyện</translation>
    </message>
    <message>
        <source>Saving the target year</source>
        <translation>Lưu năm phấn đấu</translation>
    </message>
    <message>
        <source>Reading provinces</source>
        <translation>Đọc danh sách tỉnh</translation>
    </message>
    <message>
        <source>Reading districts</source>
        <translation>Đọc danh sách huyện</translation>
    </message>
    <message>
        <source>Reading a district</source>
        <translation>Đọc thông tin huyện</translation>
    </message>
    <message>
        <source>Reading communes</source>
        <translation>Đọc danh sách xã</translation>
    </message>
    <message>
        <source>Reading a commune</source>
        <translation>Đọc thông tin xã</translation>
    </message>
    <message>
        <source>Reading commune lineage</source>
        <translation>Đọc lịch sử sáp nhập của xã</translation>
    </message>
    <message>
        <source>This commune&apos;s settings were changed by someone else since you opened them; close the window, open it again and make your change again.</source>
        <translation>Cài đặt của xã này đã được người khác thay đổi sau khi bạn mở; hãy đóng cửa sổ, mở lại và thực hiện lại thay đổi.</translation>
    </message>
</context>
<context>
    <name>ntm::core::VillageChangeService</name>
    <message>
        <source>The villages or their responsibilities were changed by someone else meanwhile; reload and make your change again.</source>
        <translation>Các thôn hoặc phân công phụ trách đã bị người khác thay đổi trong lúc đó; hãy tải lại và làm lại.</translation>
    </message>
    <message>
        <source>Choose the one village that is renamed.</source>
        <translation>Chọn một thôn được đổi tên.</translation>
    </message>
    <message>
        <source>Choose two villages or more to merge.</source>
        <translation>Chọn từ hai thôn trở lên để sáp nhập.</translation>
    </message>
    <message>
        <source>Enter the new village&apos;s name.</source>
        <translation>Nhập tên thôn mới.</translation>
    </message>
    <message>
        <source>Enter the date of the change (not in the future).</source>
        <translation>Nhập ngày thay đổi (không phải ngày trong tương lai).</translation>
    </message>
    <message>
        <source>%1 did not exist both before and on %2.</source>
        <translation>%1 không tồn tại cả trước và trong ngày %2.</translation>
    </message>
    <message>
        <source>Enter a name other than the village&apos;s own.</source>
        <translation>Nhập tên khác với tên hiện tại của thôn.</translation>
    </message>
    <message>
        <source>The commune already has a village named %1.</source>
        <translation>Xã đã có thôn tên %1.</translation>
    </message>
    <message>
        <source>Choose villages of this commune.</source>
        <translation>Chọn các thôn của xã này.</translation>
    </message>
    <message>
        <source>A member takes charge of a village on %1, on or after the change; change that responsibility first.</source>
        <translation>Có thành viên nhận phụ trách thôn từ ngày %1, trùng hoặc sau ngày thay đổi; hãy sửa phân công đó trước.</translation>
    </message>
    <message>
        <source>%1 has records of its own since the change (responsibilities, actions, model gardens…); delete them before undoing it.</source>
        <translation>%1 đã có dữ liệu riêng từ sau khi thay đổi (phân công phụ trách, việc cần làm, vườn mẫu…); hãy xóa trước khi hoàn tác.</translation>
    </message>
</context>
<context>
    <name>ntm::core::VillageProgressService</name>
    <message>
        <source>This record no longer exists; someone deleted it meanwhile.</source>
        <translation>Bản ghi này không còn nữa; người khác đã xóa trong lúc đó.</translation>
    </message>
    <message>
        <source>Choose a village of the commune.</source>
        <translation>Chọn một thôn của xã.</translation>
    </message>
    <message>
        <source>%1 did not exist on %2.</source>
        <translation>%1 không tồn tại vào ngày %2.</translation>
    </message>
    <message>
        <source>Enter the date of the recognition.</source>
        <translation>Nhập ngày công nhận.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; record a recognition once it is decided.</source>
        <translation>Ngày %1 nằm trong tương lai; chỉ ghi quyết định công nhận khi đã ban hành.</translation>
    </message>
    <message>
        <source>The recognition cannot end before it was decided.</source>
        <translation>Ngày hết hiệu lực không thể trước ngày công nhận.</translation>
    </message>
    <message>
        <source>The village is already recognised as a model residential area from %1 (decision %2).</source>
        <translation>Thôn đã được công nhận khu dân cư kiểu mẫu từ ngày %1 (quyết định %2).</translation>
    </message>
    <message>
        <source>Enter the date of the count.</source>
        <translation>Nhập ngày thống kê.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Ngày %1 nằm trong tương lai.</translation>
    </message>
    <message>
        <source>Enter the number of model gardens (0 or more).</source>
        <translation>Nhập số vườn mẫu (từ 0 trở lên).</translation>
    </message>
    <message>
        <source>The village&apos;s model gardens were already counted on %1 (%2); change that count.</source>
        <translation>Vườn mẫu của thôn đã được thống kê ngày %1 (%2); hãy sửa số liệu đó.</translation>
    </message>
    <message>
        <source>Choose the province whose rule this is.</source>
        <translation>Chọn tỉnh ban hành quy định.</translation>
    </message>
    <message>
        <source>Choose the criterion the villages feed.</source>
        <translation>Chọn tiêu chí mà các thôn góp vào.</translation>
    </message>
    <message>
        <source>Choose an indicator of this criterion, or none.</source>
        <translation>Chọn một chỉ tiêu của tiêu chí này, hoặc để trống.</translation>
    </message>
    <message>
        <source>A share is between 0 and 100 %.</source>
        <translation>Tỷ lệ phải từ 0 đến 100 %.</translation>
    </message>
    <message>
        <source>Enter a number of 0 or more.</source>
        <translation>Nhập một số từ 0 trở lên.</translation>
    </message>
    <message>
        <source>The province already has a rule for this criterion and measure; change that rule.</source>
        <translation>Tỉnh đã có quy định cho tiêu chí và cách tính này; hãy sửa quy định đó.</translation>
    </message>
</context>
<context>
    <name>ntm::core::VillageProgressStore</name>
    <message>
        <source>This record was changed or deleted by someone else since you opened it; reload it and make your change again.</source>
        <translation>Bản ghi này đã bị người khác sửa hoặc xóa từ khi bạn mở; hãy tải lại và sửa lại.</translation>
    </message>
    <message>
        <source>Saving the model residential area recognition</source>
        <translation>Lưu quyết định công nhận khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>Deleting the model residential area recognition</source>
        <translation>Xóa quyết định công nhận khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>Reading model residential areas</source>
        <translation>Đọc khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>Saving the model gardens</source>
        <translation>Lưu số liệu vườn mẫu</translation>
    </message>
    <message>
        <source>Deleting the model gardens</source>
        <translation>Xóa số liệu vườn mẫu</translation>
    </message>
    <message>
        <source>Reading model gardens</source>
        <translation>Đọc số liệu vườn mẫu</translation>
    </message>
    <message>
        <source>Saving the village lineage</source>
        <translation>Lưu lịch sử sáp nhập thôn</translation>
    </message>
    <message>
        <source>Deleting the village lineage</source>
        <translation>Xóa lịch sử sáp nhập thôn</translation>
    </message>
    <message>
        <source>Reading the village lineage</source>
        <translation>Đọc lịch sử sáp nhập thôn</translation>
    </message>
    <message>
        <source>Saving the village rule</source>
        <translation>Lưu quy định về thôn</translation>
    </message>
    <message>
        <source>Deleting the village rule</source>
        <translation>Xóa quy định về thôn</translation>
    </message>
    <message>
        <source>Reading village rules</source>
        <translation>Đọc quy định về thôn</translation>
    </message>
</context>
<context>
    <name>ntm::core::Vocabulary</name>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Basically met</source>
        <translation>Cơ bản đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Rotation (luân chuyển)</source>
        <translation>Luân chuyển</translation>
    </message>
    <message>
        <source>Transfer (điều động)</source>
        <translation>Điều động</translation>
    </message>
    <message>
        <source>Secondment (biệt phái)</source>
        <translation>Biệt phái</translation>
    </message>
    <message>
        <source>Excellent completion of duties</source>
        <translation>Hoàn thành xuất sắc nhiệm vụ</translation>
    </message>
    <message>
        <source>Good completion of duties</source>
        <translation>Hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <source>Completed duties</source>
        <translation>Hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Did not complete duties</source>
        <translation>Không hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Term completed</source>
        <translation>Hết thời hạn</translation>
    </message>
    <message>
        <source>Recalled early</source>
        <translation>Rút về trước thời hạn</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Được đề bạt</translation>
    </message>
    <message>
        <source>Stayed at the commune</source>
        <translation>Ở lại công tác tại xã</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Nghỉ hưu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>Thị trấn</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>District-level town</source>
        <translation>Thị xã</translation>
    </message>
    <message>
        <source>Provincial city</source>
        <translation>Thành phố thuộc tỉnh</translation>
    </message>
    <message>
        <source>New rural (NTM)</source>
        <translation>Đạt chuẩn nông thôn mới</translation>
    </message>
    <message>
        <source>Advanced NTM (nâng cao)</source>
        <translation>Nông thôn mới nâng cao</translation>
    </message>
    <message>
        <source>Model NTM (kiểu mẫu)</source>
        <translation>Nông thôn mới kiểu mẫu</translation>
    </message>
    <message>
        <source>Modern NTM (hiện đại)</source>
        <translation>Nông thôn mới hiện đại</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>District personnel officer</source>
        <translation>Cán bộ tổ chức huyện</translation>
    </message>
    <message>
        <source>Commune leader</source>
        <translation>Lãnh đạo xã</translation>
    </message>
    <message>
        <source>Provincial reviewer</source>
        <translation>Cán bộ theo dõi của tỉnh</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Không ghi</translation>
    </message>
    <message>
        <source>file owner</source>
        <translation>chủ tệp dữ liệu</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Kept when every merged commune held it, dated with the most recent</source>
        <translation>Giữ nguyên khi mọi xã được sáp nhập đều đã đạt, tính theo năm công nhận gần nhất</translation>
    </message>
    <message>
        <source>Ends: the new commune must qualify again</source>
        <translation>Chấm dứt: xã mới phải xét công nhận lại</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Trưởng đoàn</translation>
    </message>
    <message>
        <source>Deputy leader</source>
        <translation>Phó trưởng đoàn</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Không hoàn thành</translation>
    </message>
    <message>
        <source>Share of villages recognised as model residential areas (%)</source>
        <translation>Tỷ lệ thôn đạt khu dân cư kiểu mẫu (%)</translation>
    </message>
    <message>
        <source>Villages recognised as model residential areas</source>
        <translation>Số thôn đạt khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>Model gardens in the villages</source>
        <translation>Số vườn mẫu trong các thôn</translation>
    </message>
</context>
<context>
    <name>ntm::core::WorkingGroupRules</name>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>Nhập tên đoàn.</translation>
    </message>
    <message>
        <source>Enter the date the group started work.</source>
        <translation>Nhập ngày đoàn bắt đầu hoạt động.</translation>
    </message>
    <message>
        <source>The group cannot end before it starts.</source>
        <translation>Ngày kết thúc của đoàn không thể trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The decision&apos;s date %1 is in the future.</source>
        <translation>Ngày quyết định %1 nằm trong tương lai.</translation>
    </message>
    <message>
        <source>The decision is dated %1, after the group started work on %2.</source>
        <translation>Quyết định ngày %1, sau ngày đoàn bắt đầu hoạt động (%2).</translation>
    </message>
    <message>
        <source>This commune is not in the database.</source>
        <translation>Xã này không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>The commune did not exist on %1.</source>
        <translation>Xã chưa có hoặc không còn vào ngày %1.</translation>
    </message>
    <message>
        <source>The commune ended on %1; the group cannot work after that.</source>
        <translation>Xã đã kết thúc vào ngày %1; đoàn không thể hoạt động sau ngày đó.</translation>
    </message>
    <message>
        <source>The commune already has a working group named %1 (%2).</source>
        <translation>Xã đã có đoàn công tác tên %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is a member %2, outside the group&apos;s period; change their dates first.</source>
        <translation>%1 là thành viên %2, ngoài thời gian hoạt động của đoàn; hãy sửa ngày của thành viên trước.</translation>
    </message>
    <message>
        <source>The group answers for %1 %2, outside its period; change those dates first.</source>
        <translation>Đoàn phụ trách %1 %2, ngoài thời gian hoạt động của đoàn; hãy sửa các ngày đó trước.</translation>
    </message>
    <message>
        <source>Choose the working group.</source>
        <translation>Chọn đoàn công tác.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s name, or choose them from the officials register.</source>
        <translation>Nhập họ tên thành viên, hoặc chọn từ danh sách cán bộ.</translation>
    </message>
    <message>
        <source>This official is no longer in the register.</source>
        <translation>Cán bộ này không còn trong danh sách cán bộ.</translation>
    </message>
    <message>
        <source>Enter the date the member joined the group.</source>
        <translation>Nhập ngày thành viên tham gia đoàn.</translation>
    </message>
    <message>
        <source>The membership cannot end before it starts.</source>
        <translation>Ngày thôi tham gia không thể trước ngày tham gia.</translation>
    </message>
    <message>
        <source>The group works %1; a membership lies within it.</source>
        <translation>Đoàn hoạt động %1; thời gian tham gia phải nằm trong khoảng đó.</translation>
    </message>
    <message>
        <source>%1 is already a member of this group (%2).</source>
        <translation>%1 đã là thành viên của đoàn này (%2).</translation>
    </message>
    <message>
        <source>%1 leads the group %2; a group has one leader at a time (Replace… hands the group over on a date).</source>
        <translation>%1 là trưởng đoàn %2; mỗi đoàn chỉ có một trưởng đoàn tại một thời điểm (Thay thành viên… để bàn giao từ một ngày).</translation>
    </message>
    <message>
        <source>%1 answers for %2 %3, outside this membership; end or move that first (Replace… moves a member&apos;s villages to their successor).</source>
        <translation>%1 phụ trách %2 %3, ngoài thời gian tham gia này; hãy kết thúc hoặc chuyển phân công đó trước (Thay thành viên… sẽ chuyển các thôn cho người thay thế).</translation>
    </message>
    <message>
        <source>Choose a village of the commune.</source>
        <translation>Chọn một thôn của xã.</translation>
    </message>
    <message>
        <source>Choose a member of this group.</source>
        <translation>Chọn một thành viên của đoàn này.</translation>
    </message>
    <message>
        <source>Enter the date from which the village is in their charge.</source>
        <translation>Nhập ngày bắt đầu phụ trách thôn.</translation>
    </message>
    <message>
        <source>The responsibility cannot end before it starts.</source>
        <translation>Ngày kết thúc phụ trách không thể trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The group works %1; its villages are in its charge within that period.</source>
        <translation>Đoàn hoạt động %1; việc phụ trách thôn phải nằm trong khoảng đó.</translation>
    </message>
    <message>
        <source>%1 is in the group %2; the village is in their charge within that period.</source>
        <translation>%1 ở trong đoàn %2; việc phụ trách thôn phải nằm trong khoảng đó.</translation>
    </message>
    <message>
        <source>%1 exists from %2.</source>
        <translation>%1 có từ ngày %2.</translation>
    </message>
    <message>
        <source>%1 ended on %2 (merged or renamed); end the responsibility by then.</source>
        <translation>%1 đã kết thúc ngày %2 (sáp nhập hoặc đổi tên); hãy kết thúc phân công phụ trách trước ngày đó.</translation>
    </message>
    <message>
        <source>%1 is in the charge of %2 %3; a village answers to one group at a time.</source>
        <translation>%1 do %2 phụ trách %3; mỗi thôn chỉ do một đoàn phụ trách tại một thời điểm.</translation>
    </message>
    <message>
        <source>This responsibility for %1 is already recorded (%2).</source>
        <translation>Phân công phụ trách %1 này đã có (%2).</translation>
    </message>
    <message>
        <source>%1 answers for %2 %3; a village has one responsible member at a time.</source>
        <translation>%1 phụ trách %2 %3; mỗi thôn chỉ có một thành viên phụ trách tại một thời điểm.</translation>
    </message>
</context>
<context>
    <name>ntm::core::WorkingGroupService</name>
    <message>
        <source>This working group no longer exists; someone deleted it meanwhile.</source>
        <translation>Đoàn công tác này không còn nữa; người khác đã xóa trong lúc đó.</translation>
    </message>
    <message>
        <source>%1 still has members (%2…); delete them first, or give the group an end date instead.</source>
        <translation>%1 vẫn còn thành viên (%2…); hãy xóa các thành viên trước, hoặc ghi ngày kết thúc cho đoàn.</translation>
    </message>
    <message>
        <source>%1 still answers for villages; delete those first, or give the group an end date instead.</source>
        <translation>%1 vẫn đang phụ trách thôn; hãy xóa các phân công đó trước, hoặc ghi ngày kết thúc cho đoàn.</translation>
    </message>
    <message>
        <source>This member no longer exists; someone deleted it meanwhile.</source>
        <translation>Thành viên này không còn nữa; người khác đã xóa trong lúc đó.</translation>
    </message>
    <message>
        <source>%1 answers for villages or actions (%2); delete or move those first, or give the membership an end date instead.</source>
        <translation>%1 đang phụ trách thôn hoặc việc được giao (%2); hãy xóa hoặc chuyển các mục đó trước, hoặc ghi ngày thôi tham gia.</translation>
    </message>
    <message>
        <source>This village responsibility no longer exists; someone deleted it meanwhile.</source>
        <translation>Phân công phụ trách thôn này không còn nữa; người khác đã xóa trong lúc đó.</translation>
    </message>
</context>
<context>
    <name>ntm::core::WorkingGroupStore</name>
    <message>
        <source>Saving the working group</source>
        <translation>Lưu đoàn công tác</translation>
    </message>
    <message>
        <source>This working group was changed or deleted by someone else since you opened it; reload it and make your change again.</source>
        <translation>Đoàn công tác này đã bị người khác sửa hoặc xóa từ khi bạn mở; hãy tải lại và sửa lại.</translation>
    </message>
    <message>
        <source>Deleting the working group</source>
        <translation>Xóa đoàn công tác</translation>
    </message>
    <message>
        <source>Reading working groups</source>
        <translation>Đọc các đoàn công tác</translation>
    </message>
    <message>
        <source>Saving the member of the working group</source>
        <translation>Lưu thành viên đoàn công tác</translation>
    </message>
    <message>
        <source>This member was changed or deleted by someone else since you opened it; reload it and make your change again.</source>
        <translation>Thành viên này đã bị người khác sửa hoặc xóa từ khi bạn mở; hãy tải lại và sửa lại.</translation>
    </message>
    <message>
        <source>Deleting the member of the working group</source>
        <translation>Xóa thành viên đoàn công tác</translation>
    </message>
    <message>
        <source>Reading the members of working groups</source>
        <translation>Đọc thành viên các đoàn công tác</translation>
    </message>
    <message>
        <source>Saving the village responsibility</source>
        <translation>Lưu phân công phụ trách thôn</translation>
    </message>
    <message>
        <source>This village responsibility was changed or deleted by someone else since you opened it; reload it and make your change again.</source>
        <translation>Phân công phụ trách thôn này đã bị người khác sửa hoặc xóa từ khi bạn mở; hãy tải lại và sửa lại.</translation>
    </message>
    <message>
        <source>Deleting the village responsibility</source>
        <translation>Xóa phân công phụ trách thôn</translation>
    </message>
    <message>
        <source>Reading village responsibilities</source>
        <translation>Đọc phân công phụ trách thôn</translation>
    </message>
</context>
<context>
    <name>ntm::core::XlsxPackage</name>
    <message>
        <source>%1 is not an Excel .xlsx file.</source>
        <translation>%1 không phải là tệp Excel .xlsx.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read (line %3: %4).</source>
        <translation>%1 bị hỏng: không đọc được phần %2 (dòng %3: %4).</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is missing.</source>
        <translation>%1 bị hỏng: thiếu phần %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Không đọc được %1 (%2).</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>đây là một thư mục</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) file or a workbook protected by a password. Open it in Excel, save it as an .xlsx workbook without a password, and import that file.</source>
        <translation>%1 là tệp Excel 97-2003 (.xls) cũ hoặc sổ tính có đặt mật khẩu. Hãy mở tệp bằng Excel, lưu lại thành sổ tính .xlsx không có mật khẩu rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>%1 holds too many parts to be read.</source>
        <translation>%1 có quá nhiều phần, không đọc được.</translation>
    </message>
    <message>
        <source>%1: its part %2 is too large to read (more than %3 MB).</source>
        <translation>%1: phần %2 quá lớn, không đọc được (hơn %3 MB).</translation>
    </message>
    <message>
        <source>%1: its part %2 is encrypted or compressed in a way this program cannot read.</source>
        <translation>%1: phần %2 được mã hóa hoặc nén theo cách chương trình này không đọc được.</translation>
    </message>
    <message>
        <source>%1 is damaged: its table of contents cannot be read.</source>
        <translation>%1 bị hỏng: không đọc được mục lục của tệp.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be unpacked.</source>
        <translation>%1 bị hỏng: không giải nén được phần %2.</translation>
    </message>
</context>
<context>
    <name>ntm::core::XlsxReader</name>
    <message>
        <source>%1 is damaged: sheet &quot;%2&quot; has no contents.</source>
        <translation>%1 bị hỏng: trang tính &quot;%2&quot; không có nội dung.</translation>
    </message>
</context>
<context>
    <name>ntm::core::XlsxSheetParser</name>
    <message>
        <source>%1, sheet &quot;%2&quot;: %3</source>
        <translation>%1, trang tính &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>row %1 lies outside a spreadsheet (rows 1 to %2).</source>
        <translation>dòng %1 nằm ngoài bảng tính (dòng 1 đến %2).</translation>
    </message>
    <message>
        <source>cell %1 lies beyond the last column of a spreadsheet (XFD).</source>
        <translation>ô %1 nằm sau cột cuối cùng của bảng tính (XFD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cell reference; the file is damaged.</source>
        <translation>&quot;%1&quot; không phải là địa chỉ ô; tệp bị hỏng.</translation>
    </message>
    <message>
        <source>cell %1 lies outside a spreadsheet (which ends at column XFD, row %2).</source>
        <translation>ô %1 nằm ngoài bảng tính (bảng tính kết thúc ở cột XFD, dòng %2).</translation>
    </message>
    <message>
        <source>cell %1 refers to text missing from the file; the file is damaged.</source>
        <translation>ô %1 trỏ tới văn bản không có trong tệp; tệp bị hỏng.</translation>
    </message>
    <message>
        <source>the sheet is too large to import (more than %L1 cells).</source>
        <translation>trang tính quá lớn, không nhập được (hơn %L1 ô).</translation>
    </message>
</context>
<context>
    <name>ntm::core::XlsxWriter</name>
    <message>
        <source>Sheet %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>on sheet &quot;%1&quot;, cell %2 holds more than the 32,767 characters Excel allows in a cell.</source>
        <translation>ở trang tính &quot;%1&quot;, ô %2 có hơn 32.767 ký tự, vượt giới hạn một ô của Excel.</translation>
    </message>
    <message>
        <source>on sheet &quot;%1&quot;, cell %2 could not be written (%3).</source>
        <translation>ở trang tính &quot;%1&quot;, không ghi được ô %2 (%3).</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; has more rows or columns than Excel allows (%2 rows, %3 columns).</source>
        <translation>trang tính &quot;%1&quot; có nhiều dòng hoặc cột hơn mức Excel cho phép (%2 dòng, %3 cột).</translation>
    </message>
    <message>
        <source>the file cannot be created there. Check that the folder can be written to.</source>
        <translation>không tạo được tệp ở đó. Hãy kiểm tra quyền ghi vào thư mục.</translation>
    </message>
    <message>
        <source>temporary files could not be written. Is the disk full?</source>
        <translation>không ghi được các tệp tạm. Ổ đĩa có bị đầy không?</translation>
    </message>
    <message>
        <source>the workbook could not be written (%1).</source>
        <translation>không ghi được sổ tính (%1).</translation>
    </message>
    <message>
        <source>there is not enough memory.</source>
        <translation>không đủ bộ nhớ.</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot; could not be added.</source>
        <translation>không thêm được trang tính &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ntm::core::XlsxWriterLibrary</name>
    <message>
        <source>libxlsxwriter (package %1) is missing or cannot be loaded: Excel files cannot be written (%2).</source>
        <translation>Thiếu thư viện libxlsxwriter (gói %1) hoặc không nạp được thư viện này: không thể ghi tệp Excel (%2).</translation>
    </message>
    <message>
        <source>libxlsxwriter (package %1) is too old or damaged: it lacks %2, so Excel files cannot be written. Version %3 or later is needed.</source>
        <translation>Thư viện libxlsxwriter (gói %1) đã quá cũ hoặc bị hỏng: thiếu %2, nên không thể ghi tệp Excel. Cần phiên bản %3 trở lên.</translation>
    </message>
</context>
<context>
    <name>ntm::core::demo::DemoUnits</name>
    <message>
        <source>The unit list %1 cannot be read.</source>
        <translation>Không đọc được danh mục đơn vị hành chính %1.</translation>
    </message>
    <message>
        <source>The unit list %1 is not in the expected format.</source>
        <translation>Danh mục đơn vị hành chính %1 không đúng định dạng.</translation>
    </message>
</context>
<context>
    <name>ntm::core::demo::DemoWriter</name>
    <message>
        <source>The demo&apos;s communes could not be read back.</source>
        <translation>Không đọc lại được các xã của dữ liệu mẫu.</translation>
    </message>
</context>
<context>
    <name>ntm::core::generate::GenerateOptions</name>
    <message>
        <source>--districts must be between 1 and 5,000.</source>
        <translation>--districts phải từ 1 đến 5.000.</translation>
    </message>
    <message>
        <source>--communes must be at least the number of districts (%1) and at most 100,000.</source>
        <translation>--communes phải ít nhất bằng số huyện (%1) và nhiều nhất 100.000.</translation>
    </message>
    <message>
        <source>--from must be a year between 2010 and 2030.</source>
        <translation>--from phải là một năm từ 2010 đến 2030.</translation>
    </message>
    <message>
        <source>--to must be a year from --from (%1) to 2030.</source>
        <translation>--to phải là một năm từ --from (%1) đến 2030.</translation>
    </message>
</context>
<context>
    <name>ntm::core::generate::NationalGenerator</name>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Đã hủy; không có gì được ghi.</translation>
    </message>
    <message>
        <source>Writing the communes&apos; assessments</source>
        <translation>Ghi kết quả đánh giá của các xã</translation>
    </message>
    <message>
        <source>Writing officials and rotations</source>
        <translation>Ghi cán bộ và các lượt luân chuyển</translation>
    </message>
    <message>
        <source>%1 already exists; the national database is generated only into a new file.</source>
        <translation>%1 đã tồn tại; cơ sở dữ liệu toàn quốc chỉ được tạo vào một tệp mới.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <source>The finished database could not be renamed to %1.</source>
        <translation>Không thể đổi tên cơ sở dữ liệu đã tạo thành %1.</translation>
    </message>
    <message>
        <source>Saving the criteria sets</source>
        <translation>Lưu các bộ tiêu chí</translation>
    </message>
    <message>
        <source>Storing the criteria sets</source>
        <translation>Ghi các bộ tiêu chí</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Lập chỉ mục</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Đang lưu</translation>
    </message>
</context>
<context>
    <name>ntm::core::sql</name>
    <message>
        <source>the database is busy in another program; try again in a moment</source>
        <translation>cơ sở dữ liệu đang bận ở chương trình khác; hãy thử lại sau giây lát</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>tệp cơ sở dữ liệu chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>Reading the database</source>
        <translation>Đọc cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>ntm::gui::AboutDialog</name>
    <message>
        <source>Rotation of officials into communes and the progress of communes in the New Rural Development programme (nông thôn mới).

Demo data: Hà Tĩnh&apos;s real districts and communes; histories other than the article&apos;s two stories are illustrative.</source>
        <translation>Theo dõi việc luân chuyển cán bộ về xã và tiến độ xây dựng nông thôn mới của các xã.

Dữ liệu mẫu: huyện, xã thực tế của Hà Tĩnh; ngoài hai câu chuyện trong bài báo, quá trình thực hiện là minh họa.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Sao chép thông tin</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>chưa mở cơ sở dữ liệu nào</translation>
    </message>
    <message>
        <source>%1, schema version %2</source>
        <translation>%1, phiên bản lược đồ %2</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Schema version of this program</source>
        <translation>Phiên bản lược đồ của chương trình này</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Qt %1, SQLite %2</source>
        <translation>Qt %1, SQLite %2</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Giấy phép Công cộng GNU (GNU GPL), phiên bản 3 trở lên</translation>
    </message>
    <message>
        <source>Criteria sets shipped with the program</source>
        <translation>Các bộ tiêu chí kèm theo chương trình</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Có hiệu lực từ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ntm::gui::AccessActions</name>
    <message>
        <source>Sign &amp;in as another user…</source>
        <translation>Đăng &amp;nhập bằng người dùng khác…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Người dùng…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Your new password is saved.</source>
        <translation>Đã lưu mật khẩu mới của bạn.</translation>
    </message>
    <message>
        <source>Single-user mode</source>
        <translation>Chế độ một người dùng</translation>
    </message>
    <message>
        <source>This database has no user accounts: whoever opens it administers it. Create accounts in Account &gt; Users to require a sign-in.</source>
        <translation>Cơ sở dữ liệu này chưa có tài khoản người dùng: ai mở nó cũng là quản trị viên. Tạo tài khoản trong Tài khoản &gt; Người dùng để bắt buộc đăng nhập.</translation>
    </message>
    <message>
        <source>Not signed in: nothing can be changed</source>
        <translation>Chưa đăng nhập: không thể thay đổi gì</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Đã đăng nhập: %1</translation>
    </message>
    <message>
        <source>May change: %1.</source>
        <translation>Được thay đổi: %1.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Việc mới</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Sửa việc</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 (chaired by %2)</source>
        <translation>%1 (chủ trì: %2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Mark the action done</source>
        <translation>Đánh dấu việc đã hoàn thành</translation>
    </message>
    <message>
        <source>Mark the action not done</source>
        <translation>Đánh dấu việc không hoàn thành</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ActionTableModel</name>
    <message>
        <source>Not yet decided</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n day(s))</source>
        <translation>
            <numerusform>Quá hạn (%n ngày)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hoàn thành chậm</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Không hoàn thành</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>tiêu chí %1</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>Criterion, village</source>
        <translation>Tiêu chí, thôn</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ActionTallyModel</name>
    <message>
        <source>Open</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Of which late</source>
        <translation>Trong đó chậm</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Không hoàn thành</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ActionsTab</name>
    <message>
        <source>Person</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Tất cả các việc</translation>
    </message>
    <message>
        <source>Open (overdue included)</source>
        <translation>Đang thực hiện (kể cả quá hạn)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>On %1: &lt;b&gt;%2 open&lt;/b&gt;, of which &lt;b&gt;%3 overdue&lt;/b&gt;; %4 done (%5 late), %6 not done.</source>
        <translation>Ngày %1: &lt;b&gt;%2 việc đang thực hiện&lt;/b&gt;, trong đó &lt;b&gt;%3 quá hạn&lt;/b&gt;; %4 đã hoàn thành (%5 chậm), %6 không hoàn thành.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Thêm việc</translation>
    </message>
    <message>
        <source>Close action</source>
        <translation>Kết thúc việc</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Sửa việc</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Xóa việc</translation>
    </message>
    <message>
        <source>Delete the action &quot;%1&quot;? You can undo this with Edit &gt; Undo.</source>
        <translation>Xóa việc &quot;%1&quot;? Có thể hoàn tác bằng Sửa &gt; Hoàn tác.</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>Bỏ kế hoạch</translation>
    </message>
    <message>
        <source>Plan criterion</source>
        <translation>Lập kế hoạch tiêu chí</translation>
    </message>
    <message>
        <source>Change plan</source>
        <translation>Sửa kế hoạch</translation>
    </message>
</context>
<context>
    <name>ntm::gui::AddOfficialCommand</name>
    <message>
        <source>Add official %1</source>
        <translation>Thêm cán bộ %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::AddRotationCommand</name>
    <message>
        <source>Add rotation of %1</source>
        <translation>Thêm lượt luân chuyển của %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::AreaFiguresSection</name>
    <message>
        <source>Figures</source>
        <translation>Số liệu chung</translation>
    </message>
    <message>
        <source>Communes (xã)</source>
        <translation>Số xã</translation>
    </message>
    <message>
        <source>Recognised NTM</source>
        <translation>Đạt chuẩn NTM</translation>
    </message>
    <message>
        <source>%1 (%2 of the communes)</source>
        <translation>%1 (%2 số xã)</translation>
    </message>
    <message>
        <source>Average criteria met</source>
        <translation>Bình quân tiêu chí đạt</translation>
    </message>
    <message>
        <source>Rotations of officials</source>
        <translation>Lượt luân chuyển cán bộ</translation>
    </message>
    <message>
        <source>%1 started by this date</source>
        <translation>%1 lượt đã bắt đầu đến ngày này</translation>
    </message>
    <message numerus="yes">
        <source>Besides, %n ward(s) and township(s): listed below, not judged by the NTM programme.</source>
        <translation>
            <numerusform>Ngoài ra có %n phường, thị trấn: có trong danh sách dưới đây, không thuộc diện đánh giá nông thôn mới.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ntm::gui::AreaReport</name>
    <message>
        <source>Province summary of New Rural Development</source>
        <translation>Báo cáo tổng hợp kết quả xây dựng nông thôn mới toàn tỉnh</translation>
    </message>
    <message>
        <source>District summary of New Rural Development</source>
        <translation>Báo cáo tổng hợp kết quả xây dựng nông thôn mới cấp huyện</translation>
    </message>
    <message>
        <source>Province %1</source>
        <translation>Tỉnh %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::AssessmentDialog</name>
    <message>
        <source>The status comes through the province&apos;s crosswalk from the previous set; there is no assessment under this set yet.</source>
        <translation>Mức đạt được chuyển qua bảng tương ứng của tỉnh từ bộ tiêu chí trước; chưa có lần đánh giá nào theo bộ này.</translation>
    </message>
    <message>
        <source>The criterion has not been assessed under this set yet.</source>
        <translation>Tiêu chí chưa được đánh giá theo bộ tiêu chí này.</translation>
    </message>
    <message>
        <source>Recorded under %1 and carried over to %2 until the commune is assessed under the new set.</source>
        <translation>Ghi theo bộ %1 và kế thừa sang bộ %2 cho đến khi xã được đánh giá theo bộ mới.</translation>
    </message>
    <message>
        <source>Illustrative demo record.</source>
        <translation>Bản ghi minh họa của dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Assessment – criterion %1</source>
        <translation>Lần đánh giá – tiêu chí %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ntm::gui::AssignmentsView</name>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Phân công cán bộ</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tất cả huyện</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Tất cả xã</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation decision(s)</source>
        <translation>
            <numerusform>%n lượt luân chuyển</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>đang hiện %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit rotation of %1</source>
        <translation>Sửa lượt luân chuyển của %1</translation>
    </message>
    <message>
        <source>End rotation of %1</source>
        <translation>Kết thúc luân chuyển của %1</translation>
    </message>
    <message>
        <source>Delete rotation</source>
        <translation>Xóa lượt luân chuyển</translation>
    </message>
    <message>
        <source>Delete the rotation of %1 to %2 (decision %3)? You can undo this with Edit &gt; Undo.</source>
        <translation>Xóa lượt luân chuyển của %1 về %2 (quyết định %3)? Có thể hoàn tác bằng Sửa &gt; Hoàn tác.</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Luân chuyển</translation>
    </message>
    <message>
        <source>the rotation of %1</source>
        <translation>lượt luân chuyển của %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::AuditChangesModel</name>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
</context>
<context>
    <name>ntm::gui::AuditEntryModel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Loại bản ghi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
</context>
<context>
    <name>ntm::gui::AuditView</name>
    <message>
        <source>&amp;History of this record…</source>
        <translation>&amp;Lịch sử của bản ghi này…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Mọi người dùng</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Mọi xã</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n change(s) shown; narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Đang hiện %n thay đổi mới nhất; hãy thu hẹp bộ lọc để xem các thay đổi cũ hơn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ntm::gui::AveragesSection</name>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Average criteria met over time, by district</source>
        <translation>Số tiêu chí đạt bình quân theo thời gian, theo huyện</translation>
    </message>
    <message>
        <source>No criterion has been assessed by this date.</source>
        <translation>Đến ngày này chưa có tiêu chí nào được đánh giá.</translation>
    </message>
    <message>
        <source>At each year&apos;s end and on the date of the data; the last row is the whole province. From 1/7/2025 communes count under their former district.</source>
        <translation>Vào cuối mỗi năm và vào ngày của số liệu; dòng cuối là toàn tỉnh. Từ 1/7/2025 các xã được tính theo huyện cũ của mình.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::BackupActions</name>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Không tạo được bản sao lưu hôm nay: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation>Bản sao lưu hôm nay: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2? Every change made since that backup is undone; a copy of the database as it is now is kept first.</source>
        <translation>Thay %1 bằng bản sao lưu %2? Mọi thay đổi từ sau bản sao lưu đó sẽ mất; trước đó một bản của cơ sở dữ liệu hiện tại được giữ lại.</translation>
    </message>
    <message>
        <source>%1 was restored from %2. The database as it was before is kept as %3.</source>
        <translation>Đã khôi phục %1 từ %2. Cơ sở dữ liệu trước khi khôi phục được giữ tại %3.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::BandsSection</name>
    <message>
        <source>Communes by criteria met</source>
        <translation>Số xã theo số tiêu chí đạt</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Tiêu chí đạt</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <source>Bands are shares of the criteria in force: “15 or more” is three quarters of 19 or 20 criteria, 8 or 9 of the ten criteria of 2026.</source>
        <translation>Các nhóm tính theo tỷ lệ trên số tiêu chí của bộ đang áp dụng: “từ 15 tiêu chí trở lên” là ba phần tư của 19 hoặc 20 tiêu chí, tức 8 hoặc 9 trong 10 tiêu chí của bộ năm 2026.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::BoardModel</name>
    <message>
        <source>%1 – recognised NTM</source>
        <translation>%1 – đạt chuẩn NTM</translation>
    </message>
    <message>
        <source>Not part of the criteria set of this commune</source>
        <translation>Không thuộc bộ tiêu chí của xã này</translation>
    </message>
    <message>
        <source>Criterion %1: %2</source>
        <translation>Tiêu chí %1: %2</translation>
    </message>
    <message>
        <source>Assessed on %1 by %2</source>
        <translation>Đánh giá ngày %1, người ghi: %2</translation>
    </message>
    <message>
        <source>Carried over from %1</source>
        <translation>Kế thừa từ bộ %1</translation>
    </message>
    <message>
        <source>Carried over through the province&apos;s crosswalk</source>
        <translation>Kế thừa qua bảng chuyển đổi của tỉnh</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>%1 – %2/%3 recognised</source>
        <translation>%1 – %2/%3 xã đạt chuẩn</translation>
    </message>
</context>
<context>
    <name>ntm::gui::BoardView</name>
    <message>
        <source>All communes</source>
        <translation>Tất cả xã</translation>
    </message>
    <message>
        <source>Recognised NTM</source>
        <translation>Đạt chuẩn NTM</translation>
    </message>
    <message>
        <source>Not yet recognised</source>
        <translation>Chưa đạt chuẩn</translation>
    </message>
    <message>
        <source>Criteria board</source>
        <translation>Bảng tiêu chí</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tất cả huyện</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)</source>
        <translation>
            <numerusform>%n xã</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Record %n criteria</source>
        <translation>
            <numerusform>Ghi %n tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <source>Record several criteria</source>
        <translation>Ghi nhiều tiêu chí</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Tất cả các tỉnh</translation>
    </message>
</context>
<context>
    <name>ntm::gui::BulkAssessmentDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Mức đạt mới</translation>
    </message>
    <message>
        <source>— unchanged —</source>
        <translation>— giữ nguyên —</translation>
    </message>
</context>
<context>
    <name>ntm::gui::CommuneChart</name>
    <message>
        <source>Recognised NTM %1</source>
        <translation>Đạt chuẩn NTM %1</translation>
    </message>
    <message>
        <source>Criteria met over time – %1</source>
        <translation>Số tiêu chí đạt theo thời gian – %1</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Tiêu chí đạt</translation>
    </message>
    <message>
        <source>NTM kept through the merger of %1</source>
        <translation>Giữ chuẩn NTM qua sáp nhập ngày %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::CommuneChartSection</name>
    <message>
        <source>Criteria met over time</source>
        <translation>Số tiêu chí đạt theo thời gian</translation>
    </message>
    <message>
        <source>No criterion has been assessed by this date.</source>
        <translation>Đến ngày này chưa có tiêu chí nào được đánh giá.</translation>
    </message>
    <message>
        <source>Shaded bands: the terms of rotated officials, with their names in the legend. Star: NTM recognition. Dashed line: the date of the data.</source>
        <translation>Dải tô màu: thời gian công tác của cán bộ luân chuyển (tên ở chú giải). Ngôi sao: ngày đạt chuẩn NTM. Đường nét đứt: ngày tính số liệu.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::CommuneChooser</name>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::CommuneListSection</name>
    <message>
        <source>Communes of %1</source>
        <translation>Các xã của %1</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Tiêu chí đạt</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Recognised NTM</source>
        <translation>Đạt chuẩn NTM</translation>
    </message>
    <message>
        <source>not in the programme</source>
        <translation>không thuộc diện đánh giá</translation>
    </message>
</context>
<context>
    <name>ntm::gui::CommuneReport</name>
    <message>
        <source>Report on New Rural Development and rotated officials</source>
        <translation>Báo cáo kết quả xây dựng nông thôn mới và cán bộ luân chuyển</translation>
    </message>
    <message>
        <source>Province %1</source>
        <translation>Tỉnh %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::CommuneSettingsDialog</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Nhóm %1</translation>
    </message>
    <message>
        <source>Criteria set %1 from %2</source>
        <translation>Bộ tiêu chí %1 từ %2</translation>
    </message>
    <message>
        <source>Group %1 from %2</source>
        <translation>Nhóm %1 từ %2</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>chấm dứt %1</translation>
    </message>
    <message>
        <source>Set the target year</source>
        <translation>Đặt năm phấn đấu</translation>
    </message>
    <message>
        <source>Apply a criteria set</source>
        <translation>Áp dụng bộ tiêu chí</translation>
    </message>
    <message>
        <source>Set the commune group</source>
        <translation>Đặt nhóm xã</translation>
    </message>
    <message>
        <source>Remove a criteria set</source>
        <translation>Gỡ bỏ bộ tiêu chí</translation>
    </message>
    <message>
        <source>Remove a commune group</source>
        <translation>Gỡ bỏ nhóm xã</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Vẫn lưu?</translation>
    </message>
    <message>
        <source>Add a recognition</source>
        <translation>Thêm quyết định công nhận</translation>
    </message>
    <message>
        <source>Remove a recognition</source>
        <translation>Xóa quyết định công nhận</translation>
    </message>
</context>
<context>
    <name>ntm::gui::CommuneStandingSection</name>
    <message>
        <source>Standing</source>
        <translation>Tình hình chung</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>none in force on this date</source>
        <translation>chưa có bộ nào áp dụng vào ngày này</translation>
    </message>
    <message>
        <source>%1 (%2), since %3</source>
        <translation>%1 (%2), áp dụng từ %3</translation>
    </message>
    <message>
        <source>commune group %1</source>
        <translation>nhóm xã %1</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Tiêu chí đạt</translation>
    </message>
    <message>
        <source>%1 of %2 (basically met: %3)</source>
        <translation>%1 trên %2 (cơ bản đạt: %3)</translation>
    </message>
    <message>
        <source>not recognised on this date</source>
        <translation>chưa đạt chuẩn vào ngày này</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>Năm phấn đấu</translation>
    </message>
    <message>
        <source>Villages and meetings</source>
        <translation>Thôn và giao ban</translation>
    </message>
    <message>
        <source>%1 villages, %2 review meetings held</source>
        <translation>%1 thôn, %2 cuộc giao ban đã họp</translation>
    </message>
    <message>
        <source>A ward or township: listed, but not judged by the NTM programme.</source>
        <translation>Phường hoặc thị trấn: có trong danh sách nhưng không thuộc diện đánh giá nông thôn mới.</translation>
    </message>
    <message>
        <source>%1 Its last standing, on %2:</source>
        <translation>%1 Kết quả cuối cùng, ngày %2:</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ConflictDialog</name>
    <message>
        <source>Someone</source>
        <translation>Một người dùng</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>vừa xong</translation>
    </message>
    <message>
        <source>%1 deleted %2 at %3, after you opened it. Your changes were not saved.</source>
        <translation>%1 đã xóa %2 lúc %3, sau khi bạn mở. Thay đổi của bạn chưa được lưu.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3, after you opened it. Your changes were not saved, so nothing of theirs was overwritten. Where the two versions differ:</source>
        <translation>%1 đã thay đổi %2 lúc %3, sau khi bạn mở. Thay đổi của bạn chưa được lưu nên không ghi đè lên thay đổi của họ. Những chỗ hai phiên bản khác nhau:</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Do %1 lưu</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Của bạn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Giữ bản của họ</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Lưu bản của tôi đè lên</translation>
    </message>
    <message>
        <source>Your version cannot be saved over theirs: %1</source>
        <translation>Không thể lưu phiên bản của bạn đè lên bản của họ: %1</translation>
    </message>
    <message>
        <source>Keep theirs to leave the record as it is saved now. Save mine to save your version over theirs as a new change; it can be undone, and the history of the record keeps both.</source>
        <translation>Chọn Giữ bản của họ để giữ nguyên bản ghi như đang lưu. Chọn Lưu bản của tôi để lưu phiên bản của bạn đè lên như một thay đổi mới; có thể hoàn tác, và lịch sử bản ghi giữ cả hai.</translation>
    </message>
    <message>
        <source>Someone else changed this record</source>
        <translation>Người khác đã thay đổi bản ghi này</translation>
    </message>
    <message>
        <source>The record no longer exists; someone may have deleted it.</source>
        <translation>Bản ghi không còn nữa; có thể ai đó đã xóa.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ConnectServerDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>prefer: TLS when the server offers it</source>
        <translation>prefer: dùng TLS khi máy chủ hỗ trợ</translation>
    </message>
    <message>
        <source>require: always TLS, certificate not checked</source>
        <translation>require: luôn dùng TLS, không kiểm tra chứng thư</translation>
    </message>
    <message>
        <source>verify-ca: TLS with a certificate of a known authority</source>
        <translation>verify-ca: TLS với chứng thư của tổ chức cấp đã biết</translation>
    </message>
    <message>
        <source>verify-full: TLS, certificate and server name checked</source>
        <translation>verify-full: TLS, kiểm tra chứng thư và tên máy chủ</translation>
    </message>
    <message>
        <source>disable: no TLS (only on a trusted network)</source>
        <translation>disable: không dùng TLS (chỉ trong mạng tin cậy)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Hãy nhập tên hoặc địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Hãy nhập tên cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>An address starts with postgresql:// (for example postgresql://user@host:5432/database).</source>
        <translation>Địa chỉ bắt đầu bằng postgresql:// (ví dụ postgresql://user@host:5432/database).</translation>
    </message>
    <message>
        <source>Connected to %1: an NTM Tracker database (schema %2).</source>
        <translation>Đã kết nối tới %1: cơ sở dữ liệu NTM Tracker (lược đồ %2).</translation>
    </message>
    <message>
        <source>Connected to %1. %2</source>
        <translation>Đã kết nối tới %1. %2</translation>
    </message>
    <message>
        <source>default: TLS required, except on this computer</source>
        <translation>mặc định: bắt buộc TLS, trừ máy chủ ngay trên máy tính này</translation>
    </message>
</context>
<context>
    <name>ntm::gui::CriteriaTableSection</name>
    <message>
        <source>Criteria on %1</source>
        <translation>Các tiêu chí tại ngày %1</translation>
    </message>
    <message>
        <source>Criteria on %1 (set %2)</source>
        <translation>Các tiêu chí tại ngày %1 (bộ %2)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Date assessed</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <source>Carried over from</source>
        <translation>Kế thừa từ bộ</translation>
    </message>
    <message>
        <source>No criteria set applies to this commune on this date.</source>
        <translation>Vào ngày này chưa có bộ tiêu chí nào áp dụng cho xã.</translation>
    </message>
    <message>
        <source>Carried over: the status assessed under an older set of the same criteria stands until the commune is assessed under the set in force.</source>
        <translation>Kế thừa: kết quả đánh giá theo bộ tiêu chí cũ cùng nội dung được giữ nguyên cho đến khi xã được đánh giá theo bộ đang áp dụng.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::CriterionPanel</name>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Mức đạt</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Người ghi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Select a cell of the board to see a criterion of a commune.</source>
        <translation>Chọn một ô của bảng để xem một tiêu chí của một xã.</translation>
    </message>
    <message>
        <source>This commune is not in the database.</source>
        <translation>Xã này không có trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>No criterion %1 applies on %2.</source>
        <translation>Ngày %2 không có tiêu chí %1.</translation>
    </message>
    <message>
        <source>criterion %1: %2</source>
        <translation>tiêu chí %1: %2</translation>
    </message>
    <message>
        <source>Criteria set %1, commune group %2</source>
        <translation>Bộ tiêu chí %1, nhóm xã %2</translation>
    </message>
    <message>
        <source>Criteria set %1</source>
        <translation>Bộ tiêu chí %1</translation>
    </message>
    <message>
        <source>Not verified: %1</source>
        <translation>Chưa xác minh: %1</translation>
    </message>
    <message>
        <source>(not published)</source>
        <translation>(chưa công bố)</translation>
    </message>
    <message>
        <source>On %1 the criteria set in force for this commune has no criterion %2 of this family; choose a date when it applies.</source>
        <translation>Ngày %1 bộ tiêu chí áp dụng cho xã này không có tiêu chí %2 này; hãy chọn ngày tiêu chí còn áp dụng.</translation>
    </message>
    <message>
        <source>Record assessment</source>
        <translation>Ghi kết quả đánh giá</translation>
    </message>
    <message>
        <source>Record criterion %1</source>
        <translation>Ghi tiêu chí %1</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>the as-of date</source>
        <translation>ngày “Tính đến”</translation>
    </message>
    <message>
        <source>(applied as an assumption: see the set&apos;s note)</source>
        <translation>(áp dụng theo giả định: xem ghi chú của bộ tiêu chí)</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(không có mã)</translation>
    </message>
</context>
<context>
    <name>ntm::gui::CriterionPlanDialog</name>
    <message>
        <source>Criterion plan</source>
        <translation>Kế hoạch thực hiện tiêu chí</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>Bỏ kế hoạch</translation>
    </message>
</context>
<context>
    <name>ntm::gui::DashboardView</name>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Mức đạt</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Criteria met at start</source>
        <translation>Tiêu chí đạt khi đến</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>Khi kết thúc</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Tăng</translation>
    </message>
    <message>
        <source>Months to recognition</source>
        <translation>Số tháng đến khi đạt chuẩn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Chaired by</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Criteria discussed</source>
        <translation>Tiêu chí được bàn</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Commune dashboard</source>
        <translation>Tổng quan xã</translation>
    </message>
    <message>
        <source>Choose a commune above (type part of its name).</source>
        <translation>Chọn xã ở trên (gõ một phần tên xã).</translation>
    </message>
    <message>
        <source>%1: %2 of %3 criteria met</source>
        <translation>%1: đạt %2/%3 tiêu chí</translation>
    </message>
    <message>
        <source>directly under %1</source>
        <translation>trực thuộc %1</translation>
    </message>
    <message>
        <source>Criteria set %1 since %2</source>
        <translation>Bộ tiêu chí %1 từ %2</translation>
    </message>
    <message>
        <source>commune group %1</source>
        <translation>nhóm xã %1</translation>
    </message>
    <message>
        <source>target year %1</source>
        <translation>năm phấn đấu %1</translation>
    </message>
    <message>
        <source>Not recognised NTM on this date.</source>
        <translation>Tại ngày này chưa đạt chuẩn NTM.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:20pt&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; of %2 criteria met on %3</source>
        <translation>Đạt &lt;span style=&quot;font-size:20pt&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;/%2 tiêu chí tại ngày %3</translation>
    </message>
    <message>
        <source>carried over from %1</source>
        <translation>kế thừa từ %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nay</translation>
    </message>
    <message>
        <source>Review meetings (%1)</source>
        <translation>Giao ban (%1)</translation>
    </message>
    <message>
        <source>Villages (%1)</source>
        <translation>Thôn (%1)</translation>
    </message>
    <message>
        <source>Add review meeting</source>
        <translation>Thêm cuộc giao ban</translation>
    </message>
    <message>
        <source>Edit review meeting</source>
        <translation>Sửa cuộc giao ban</translation>
    </message>
    <message>
        <source>Delete review meeting</source>
        <translation>Xóa cuộc giao ban</translation>
    </message>
    <message>
        <source>Delete the review meeting of %1? You can undo this with Edit &gt; Undo.</source>
        <translation>Xóa cuộc giao ban ngày %1? Có thể hoàn tác bằng Sửa &gt; Hoàn tác.</translation>
    </message>
    <message>
        <source>Add village</source>
        <translation>Thêm thôn</translation>
    </message>
    <message>
        <source>Edit village</source>
        <translation>Sửa thôn</translation>
    </message>
    <message>
        <source>Delete village %1</source>
        <translation>Xóa thôn %1</translation>
    </message>
    <message>
        <source>No commune matches “%1”: type part of its name (diacritics are not needed) and choose from the list.</source>
        <translation>Không có xã nào khớp với “%1”: hãy gõ một phần tên xã (không cần dấu) rồi chọn trong danh sách.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recognised: %1.</source>
        <translation>Công nhận: %1.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Its last standing, on %1:</source>
        <translation>Kết quả cuối cùng, ngày %1:</translation>
    </message>
    <message>
        <source>Not formed yet on %1: nothing was judged.</source>
        <translation>Chưa thành lập vào ngày %1: chưa có đánh giá nào.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::DatabaseSession</name>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 đã tồn tại; hãy chọn tên tệp mới.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::DateEdit</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>enter a date as dd/mm/yyyy</source>
        <translation>hãy nhập ngày theo dạng ngày/tháng/năm (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>“%1” is not a whole date; write it as dd/mm/yyyy</source>
        <translation>“%1” chưa đủ ngày, tháng, năm; hãy viết theo dạng dd/mm/yyyy</translation>
    </message>
    <message>
        <source>%1 is not a date in the calendar</source>
        <translation>%1 không phải là một ngày có thật trên lịch</translation>
    </message>
    <message>
        <source>%1 is outside the dates this field takes (%2 to %3)</source>
        <translation>%1 nằm ngoài khoảng ngày ô này nhận (từ %2 đến %3)</translation>
    </message>
    <message>
        <source>%1: %2. The date was not taken.</source>
        <translation>%1: %2. Ngày vừa nhập không được ghi nhận.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::DeleteOfficialCommand</name>
    <message>
        <source>Delete official %1</source>
        <translation>Xóa cán bộ %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::DeleteRotationCommand</name>
    <message>
        <source>Delete rotation of %1</source>
        <translation>Xóa lượt luân chuyển của %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::DistrictTableSection</name>
    <message>
        <source>By district</source>
        <translation>Theo huyện</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Recognised NTM</source>
        <translation>Đạt chuẩn NTM</translation>
    </message>
    <message>
        <source>Average met</source>
        <translation>Bình quân tiêu chí đạt</translation>
    </message>
    <message>
        <source>All met</source>
        <translation>Đạt tất cả</translation>
    </message>
    <message>
        <source>15 or more</source>
        <translation>Từ 15 trở lên</translation>
    </message>
    <message>
        <source>10–14</source>
        <translation>10–14</translation>
    </message>
    <message>
        <source>5–9</source>
        <translation>5–9</translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation>Dưới 5</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Toàn tỉnh</translation>
    </message>
</context>
<context>
    <name>ntm::gui::EditOfficialCommand</name>
    <message>
        <source>Edit official %1</source>
        <translation>Sửa cán bộ %1</translation>
    </message>
    <message>
        <source>Official %1 was changed or deleted by someone else; this step cannot be undone or redone.</source>
        <translation>Cán bộ %1 đã được người khác sửa hoặc xóa; không thể hoàn tác hay làm lại bước này.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::EditRotationCommand</name>
    <message>
        <source>This rotation was changed or deleted by someone else; this step cannot be undone or redone.</source>
        <translation>Lượt luân chuyển này đã được người khác sửa hoặc xóa; không thể hoàn tác hay làm lại bước này.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::EndRotationDialog</name>
    <message>
        <source>End rotation</source>
        <translation>Kết thúc luân chuyển</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <source>(not yet evaluated)</source>
        <translation>(chưa đánh giá)</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Vẫn lưu?</translation>
    </message>
    <message>
        <source>planned end %1</source>
        <translation>dự kiến kết thúc ngày %1</translation>
    </message>
    <message>
        <source>no planned end</source>
        <translation>chưa có ngày dự kiến kết thúc</translation>
    </message>
    <message>
        <source>Term of &lt;b&gt;%1&lt;/b&gt; as %2 in %3, from %4 (%5), decision %6.</source>
        <translation>Nhiệm kỳ của &lt;b&gt;%1&lt;/b&gt;, %2 tại %3, từ ngày %4 (%5), quyết định số %6.</translation>
    </message>
    <message>
        <source>End rotation – %1</source>
        <translation>Kết thúc luân chuyển – %1</translation>
    </message>
    <message numerus="yes">
        <source>The term ends %n month(s) before its planned end: choose why.</source>
        <translation>
            <numerusform>Nhiệm kỳ kết thúc sớm %n tháng so với dự kiến: hãy chọn lý do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ntm::gui::ExportPackageDialog</name>
    <message>
        <source>Exchange packages (*.json);;All files (*)</source>
        <translation>Gói dữ liệu (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Type a district, e.g. duc tho</source>
        <translation>Gõ tên huyện, ví dụ duc tho</translation>
    </message>
    <message>
        <source>Type a commune, e.g. duc yen</source>
        <translation>Gõ tên xã, ví dụ duc yen</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>Xuất gói dữ liệu</translation>
    </message>
    <message>
        <source>Choose a district from the list (type part of its name).</source>
        <translation>Chọn huyện trong danh sách (gõ một phần của tên).</translation>
    </message>
    <message>
        <source>Choose a commune from the list (type part of its name).</source>
        <translation>Chọn xã trong danh sách (gõ một phần của tên).</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Chọn tệp cần ghi.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>Tệp %1 đã có. Ghi đè lên tệp đó?</translation>
    </message>
    <message>
        <source>%1 records of %2 were exported to %3:</source>
        <translation>Đã xuất %1 bản ghi của %2 ra %3:</translation>
    </message>
    <message>
        <source>%1 was written for you only: it could not be made readable by other users of this computer.</source>
        <translation>Đã ghi %1 chỉ cho riêng bạn: không thể cho người dùng khác trên máy tính này đọc tệp.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::FigurePanel</name>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Sao chép bảng</translation>
    </message>
    <message>
        <source>Copy the whole table as tab-separated text, to paste into Excel</source>
        <translation>Sao chép cả bảng dạng văn bản phân cách bằng tab để dán vào Excel</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Sao chép bảng</translation>
    </message>
</context>
<context>
    <name>ntm::gui::FileActions</name>
    <message>
        <source>NTM Tracker databases (*.ntm);;All files (*)</source>
        <translation>Cơ sở dữ liệu NTM Tracker (*.ntm);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database was copied to %1.</source>
        <translation>Đã sao lưu cơ sở dữ liệu vào %1.</translation>
    </message>
    <message>
        <source>Import criteria set</source>
        <translation>Nhập bộ tiêu chí</translation>
    </message>
    <message>
        <source>Criteria sets (*.json);;All files (*)</source>
        <translation>Bộ tiêu chí (*.json);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cannot import the criteria set</source>
        <translation>Không nhập được bộ tiêu chí</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Xuất bảng</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>Đã xuất %n dòng vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sao lưu</translation>
    </message>
</context>
<context>
    <name>ntm::gui::FollowUp</name>
    <message>
        <source>Save anyway?</source>
        <translation>Vẫn lưu?</translation>
    </message>
</context>
<context>
    <name>ntm::gui::FollowUpTabs</name>
    <message>
        <source>Working groups</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Village progress</source>
        <translation>Tiến độ các thôn</translation>
    </message>
    <message>
        <source>Members&apos; results</source>
        <translation>Kết quả thành viên</translation>
    </message>
    <message>
        <source>Working groups (%1)</source>
        <translation>Đoàn công tác (%1)</translation>
    </message>
    <message>
        <source>Actions (%1 open, %2 overdue)</source>
        <translation>Việc cần làm (%1 đang thực hiện, %2 quá hạn)</translation>
    </message>
    <message>
        <source>Actions (%1 open)</source>
        <translation>Việc cần làm (%1 đang thực hiện)</translation>
    </message>
</context>
<context>
    <name>ntm::gui::GardenCountDialog</name>
    <message>
        <source>Model gardens of a village</source>
        <translation>Vườn mẫu của thôn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ntm::gui::IllustrativeBadge</name>
    <message>
        <source>Illustrative data</source>
        <translation>Dữ liệu minh họa</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ImportPackageWizard</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… và %n vấn đề khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This package cannot be imported; nothing was written. %n problem(s):</source>
        <translation>
            <numerusform>Không nhập được gói dữ liệu này; chưa có gì được ghi. %n vấn đề:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Comparing with the database…</source>
        <translation>Đang so sánh với cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the database is exactly as it was.</source>
        <translation>Đã hủy việc nhập. Không có gì được ghi: cơ sở dữ liệu y nguyên như trước.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written; the database is as it was.

%1</source>
        <translation>Nhập không thành công và không có gì được ghi; cơ sở dữ liệu vẫn như trước.

%1</translation>
    </message>
    <message>
        <source>%1 was imported into this database.</source>
        <translation>Đã nhập %1 vào cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>Nothing needed writing: this database already holds every record of %1, or a newer version, or kept its own version in a conflict.</source>
        <translation>Không cần ghi gì: cơ sở dữ liệu này đã có mọi bản ghi của %1, hoặc có bản mới hơn, hoặc đã giữ bản của mình khi xung đột.</translation>
    </message>
    <message>
        <source>New: %1. Changed: %2. Unchanged: %3. Conflicts: %4 (%5 taken from the package, the others kept). Outdated (this database is newer): %6.</source>
        <translation>Mới: %1. Thay đổi: %2. Không đổi: %3. Xung đột: %4 (%5 lấy theo gói, còn lại giữ nguyên). Cũ hơn (cơ sở dữ liệu này mới hơn): %6.</translation>
    </message>
    <message>
        <source>• %1: %2 new, %3 changed, %4 taken from the package</source>
        <translation>• %1: %2 mới, %3 thay đổi, %4 lấy theo gói</translation>
    </message>
</context>
<context>
    <name>ntm::gui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 has user accounts. Sign in to work on it; Cancel closes it.</source>
        <translation>%1 có tài khoản người dùng. Hãy đăng nhập để làm việc; Hủy sẽ đóng cơ sở dữ liệu.</translation>
    </message>
    <message numerus="yes">
        <source>The next attempt can be made in %n second(s).</source>
        <translation>
            <numerusform>Có thể thử lại sau %n giây.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ntm::gui::MainWindow</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>Fill the new database with the Hà Tĩnh demo data (real districts and communes, illustrative histories)?</source>
        <translation>Đưa dữ liệu mẫu Hà Tĩnh vào cơ sở dữ liệu mới (huyện, xã thực tế; quá trình thực hiện là minh họa)?</translation>
    </message>
    <message>
        <source>Creating the database…</source>
        <translation>Đang tạo cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Không tạo được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Chưa mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>NTM Tracker</source>
        <translation>NTM Tracker</translation>
    </message>
    <message>
        <source>Preparing the demo database…</source>
        <translation>Đang chuẩn bị cơ sở dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Tính đến</translation>
    </message>
    <message>
        <source>Every view shows the data as it stood on this date</source>
        <translation>Mọi màn hình hiển thị số liệu tại ngày này</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tính đến %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>The new language applies when NTM Tracker starts again.</source>
        <translation>Ngôn ngữ mới được áp dụng khi khởi động lại NTM Tracker.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (chỉ đọc)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Máy chủ: %1</translation>
    </message>
    <message>
        <source>Opened for reading only</source>
        <translation>Đã mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>Updated with changes saved by other users.</source>
        <translation>Đã cập nhật các thay đổi do người dùng khác lưu.</translation>
    </message>
    <message>
        <source>The connection to the server %1 is lost; connecting again…</source>
        <translation>Mất kết nối tới máy chủ %1; đang kết nối lại…</translation>
    </message>
    <message>
        <source>Connected again to the server %1.</source>
        <translation>Đã kết nối lại tới máy chủ %1.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::MeetingActionsDialog</name>
    <message>
        <source>Meeting follow-up</source>
        <translation>Đôn đốc theo cuộc giao ban</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due or overdue at this meeting: %1&lt;/b&gt; (%2 overdue). Go through each and mark it done or not done.</source>
        <translation>&lt;b&gt;Việc đến hạn hoặc quá hạn tại cuộc giao ban này: %1&lt;/b&gt; (%2 quá hạn). Rà soát từng việc và đánh dấu đã hoàn thành hoặc không hoàn thành.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided at this meeting: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Việc kết luận tại cuộc giao ban này: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose an action in the list of actions due.</source>
        <translation>Chọn một việc trong danh sách việc đến hạn.</translation>
    </message>
    <message>
        <source>Mark action done</source>
        <translation>Đánh dấu việc đã hoàn thành</translation>
    </message>
    <message>
        <source>Mark action not done</source>
        <translation>Đánh dấu việc không hoàn thành</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Thêm việc</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Sửa việc</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Xóa việc</translation>
    </message>
</context>
<context>
    <name>ntm::gui::MemberActionsSection</name>
    <message>
        <source>Actions of review meetings</source>
        <translation>Việc giao tại giao ban</translation>
    </message>
    <message>
        <source>Actions answered for</source>
        <translation>Số việc được giao</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>%1 (of which %2 late)</source>
        <translation>%1 (trong đó %2 chậm)</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Không hoàn thành</translation>
    </message>
    <message>
        <source>Open on %1</source>
        <translation>Đang thực hiện ngày %1</translation>
    </message>
    <message>
        <source>%1 (of which %2 overdue)</source>
        <translation>%1 (trong đó %2 quá hạn)</translation>
    </message>
    <message>
        <source>Criteria the actions concerned</source>
        <translation>Các tiêu chí liên quan đến các việc</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Chậm</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Status at the end</source>
        <translation>Tình trạng khi kết thúc</translation>
    </message>
    <message>
        <source>None of this member&apos;s actions named a criterion.</source>
        <translation>Không có việc nào của thành viên này gắn với tiêu chí.</translation>
    </message>
    <message>
        <source>Counted up to %1. Late: done after the due date. Status at the end: the criterion&apos;s status on %2, the last day of this member&apos;s time in the groups (or the date of the data).</source>
        <translation>Tính đến ngày %1. Chậm: hoàn thành sau hạn. Tình trạng khi kết thúc: tình trạng của tiêu chí ngày %2, ngày cuối thành viên tham gia đoàn (hoặc ngày của số liệu).</translation>
    </message>
</context>
<context>
    <name>ntm::gui::MemberDialog</name>
    <message>
        <source>Replace a member</source>
        <translation>Thay thành viên</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Thành viên mới</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Sửa thành viên</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 leaves %2. The successor takes the same role (%3) and the villages in %1&apos;s charge from the day they take over.</source>
        <translation>%1 thôi tham gia %2. Người thay thế đảm nhận cùng vai trò (%3) và các thôn do %1 phụ trách từ ngày nhận nhiệm vụ.</translation>
    </message>
    <message>
        <source>Member of %1.</source>
        <translation>Thành viên của %1.</translation>
    </message>
    <message>
        <source>Choose the official from the list (type part of the name), or clear the register field.</source>
        <translation>Chọn cán bộ trong danh sách (gõ một phần tên), hoặc xóa ô chọn từ danh sách cán bộ.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::MemberReport</name>
    <message>
        <source>Province %1</source>
        <translation>Tỉnh %1</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>Huyện %1</translation>
    </message>
    <message>
        <source>Results of a working-group member</source>
        <translation>Kết quả của thành viên đoàn công tác</translation>
    </message>
</context>
<context>
    <name>ntm::gui::MemberResultsModel</name>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Position and groups</source>
        <translation>Chức vụ và đoàn</translation>
    </message>
    <message>
        <source>Time in the groups</source>
        <translation>Thời gian tham gia</translation>
    </message>
    <message>
        <source>Villages answered for</source>
        <translation>Các thôn phụ trách</translation>
    </message>
    <message>
        <source>Model areas recognised</source>
        <translation>Khu dân cư kiểu mẫu được công nhận</translation>
    </message>
    <message>
        <source>Gardens gained</source>
        <translation>Vườn mẫu tăng thêm</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Of which late</source>
        <translation>Trong đó chậm</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Không hoàn thành</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>ntm::gui::MemberVillagesSection</name>
    <message>
        <source>Memberships</source>
        <translation>Tham gia đoàn công tác</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>Time in the groups</source>
        <translation>Thời gian tham gia</translation>
    </message>
    <message>
        <source>Villages answered for</source>
        <translation>Các thôn phụ trách</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Đoàn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Model residential area</source>
        <translation>Khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>Model gardens</source>
        <translation>Vườn mẫu</translation>
    </message>
    <message>
        <source>No village was in this member&apos;s charge.</source>
        <translation>Thành viên này không phụ trách thôn nào.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>%1 (through the group)</source>
        <translation>%1 (qua đoàn)</translation>
    </message>
    <message>
        <source>%1 → %2 (%3%4)</source>
        <translation>%1 → %2 (%3%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) recognised as model residential areas during this member&apos;s time (✓); %1 model gardens gained.</source>
        <translation>
            <numerusform>%n thôn được công nhận khu dân cư kiểu mẫu trong thời gian thành viên phụ trách (✓); tăng thêm %1 vườn mẫu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ntm::gui::MissedCriteriaSection</name>
    <message>
        <source>Criteria most communes still miss</source>
        <translation>Các tiêu chí nhiều xã chưa đạt nhất</translation>
    </message>
    <message>
        <source>No commune is assessed against a criteria set on this date.</source>
        <translation>Vào ngày này chưa có xã nào được đánh giá theo một bộ tiêu chí.</translation>
    </message>
    <message>
        <source>Criteria set %1:</source>
        <translation>Bộ tiêu chí %1:</translation>
    </message>
    <message numerus="yes">
        <source>Communes whose criterion is basically met, not met or not assessed under the set in force on the date; the chart shows the %n most missed.</source>
        <translation>
            <numerusform>Số xã có tiêu chí cơ bản đạt, chưa đạt hoặc chưa đánh giá theo bộ tiêu chí áp dụng vào ngày của số liệu; biểu đồ thể hiện %n tiêu chí nhiều xã chưa đạt nhất.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ntm::gui::ModelAreaDialog</name>
    <message>
        <source>Recognise a model residential area</source>
        <translation>Công nhận khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>Edit the model residential area</source>
        <translation>Sửa quyết định công nhận khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ntm::gui::OfficialDialog</name>
    <message>
        <source>Edit official</source>
        <translation>Sửa thông tin cán bộ</translation>
    </message>
    <message>
        <source>New official</source>
        <translation>Cán bộ mới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Vẫn lưu?</translation>
    </message>
</context>
<context>
    <name>ntm::gui::OfficialHistoryModel</name>
    <message>
        <source>now</source>
        <translation>nay</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>chưa</translation>
    </message>
    <message numerus="yes">
        <source>%1, after %n month(s)</source>
        <translation>
            <numerusform>%1, sau %n tháng</numerusform>
        </translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Criteria met at start</source>
        <translation>Tiêu chí đạt khi đến</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>Khi kết thúc</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>Tăng</translation>
    </message>
    <message>
        <source>Commune recognised</source>
        <translation>Xã đạt chuẩn</translation>
    </message>
</context>
<context>
    <name>ntm::gui::OfficialTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Home unit</source>
        <translation>Đơn vị công tác</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Current assignment</source>
        <translation>Đang công tác tại</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Luân chuyển</translation>
    </message>
</context>
<context>
    <name>ntm::gui::OfficialsSection</name>
    <message>
        <source>Rotations into the communes</source>
        <translation>Cán bộ luân chuyển về các xã</translation>
    </message>
    <message>
        <source>Rotated officials who served here</source>
        <translation>Cán bộ luân chuyển đã công tác tại xã</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Khi đến</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>Khi kết thúc</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Tăng</translation>
    </message>
    <message>
        <source>Months to NTM</source>
        <translation>Số tháng đến khi đạt chuẩn</translation>
    </message>
    <message>
        <source>No rotated official served here by this date.</source>
        <translation>Đến ngày này chưa có cán bộ luân chuyển nào về công tác.</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>đang công tác</translation>
    </message>
    <message>
        <source>At start, at end: criteria met when the term started and when it ended (on the date of the data while it runs). Months to NTM: from the start of the term to the commune&apos;s NTM recognition.</source>
        <translation>Khi đến, khi kết thúc: số tiêu chí đạt khi bắt đầu và khi kết thúc thời gian công tác (tại ngày tính số liệu nếu còn đang công tác). Số tháng đến khi đạt chuẩn: từ khi bắt đầu công tác đến khi xã được công nhận đạt chuẩn NTM.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::OfficialsView</name>
    <message numerus="yes">
        <source>%n official(s)</source>
        <translation>
            <numerusform>%n cán bộ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>đang hiện %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Select an official to see their rotations.</source>
        <translation>Chọn một cán bộ để xem quá trình luân chuyển.</translation>
    </message>
    <message>
        <source>%1 has not been rotated.</source>
        <translation>%1 chưa được luân chuyển.</translation>
    </message>
    <message>
        <source>Rotations of %1 and what their communes gained</source>
        <translation>Các lượt luân chuyển của %1 và kết quả của xã trong thời gian đó</translation>
    </message>
    <message>
        <source>Delete official</source>
        <translation>Xóa cán bộ</translation>
    </message>
    <message>
        <source>Delete %1 from the register? You can undo this with Edit &gt; Undo.</source>
        <translation>Xóa %1 khỏi danh sách cán bộ? Có thể hoàn tác bằng Sửa &gt; Hoàn tác.</translation>
    </message>
    <message>
        <source>the record of %1</source>
        <translation>hồ sơ của %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::PackageFilePage</name>
    <message>
        <source>e.g. huyen-duc-tho-2026-11-29.json</source>
        <translation>ví dụ huyen-duc-tho-2026-11-29.json</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Exchange packages (*.json);;All files (*)</source>
        <translation>Gói dữ liệu (*.json);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>ntm::gui::PackagePreviewPage</name>
    <message>
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>whole database</source>
        <translation>toàn bộ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Cũ hơn</translation>
    </message>
    <message>
        <source>This database holds a newer version than the package: kept, nothing written</source>
        <translation>Cơ sở dữ liệu này có bản mới hơn trong gói: giữ nguyên, không ghi gì</translation>
    </message>
    <message>
        <source>Package of %1 (%2), exported on %3 by %4 %5: %6 records.</source>
        <translation>Gói dữ liệu của %1 (%2), xuất ngày %3 bằng %4 %5: %6 bản ghi.</translation>
    </message>
    <message>
        <source>Every record of the package is already in this database (or older there): importing it writes nothing.</source>
        <translation>Mọi bản ghi của gói đã có trong cơ sở dữ liệu này (hoặc gói cũ hơn): nhập gói sẽ không ghi gì.</translation>
    </message>
    <message numerus="yes">
        <source>%n taken from the package</source>
        <translation>
            <numerusform>%n lấy theo gói</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version</source>
        <translation>Giữ bản trong cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Take the package&apos;s version</source>
        <translation>Lấy bản trong gói</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n conflict(s))</source>
        <translation>
            <numerusform>%1 (%n xung đột)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ntm::gui::PasswordDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message numerus="yes">
        <source>A new password for %1: at least %n character(s).</source>
        <translation>
            <numerusform>Mật khẩu mới cho %1: ít nhất %n ký tự.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>A new password for %1, who must change it at the next sign-in.</source>
        <translation>Mật khẩu mới cho %1; người này phải đổi mật khẩu ở lần đăng nhập tới.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Hai mật khẩu mới không giống nhau.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::PlanTableModel</name>
    <message>
        <source>No.</source>
        <translation>TT</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Ngày phấn đấu</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Việc đang thực hiện</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
</context>
<context>
    <name>ntm::gui::RecognitionsSection</name>
    <message>
        <source>Communes recognised NTM per year</source>
        <translation>Số xã đạt chuẩn NTM theo năm</translation>
    </message>
    <message>
        <source>No commune has been recognised NTM by this date.</source>
        <translation>Đến ngày này chưa có xã nào đạt chuẩn NTM.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::RecordHistoryDialog</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n change(s) recorded, oldest first.</source>
        <translation>
            <numerusform>%1: %n thay đổi đã ghi nhận, cũ nhất trước.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;History of this record…</source>
        <translation>&amp;Lịch sử của bản ghi này…</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ReformRulesDialog</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Reform</source>
        <translation>Đợt sắp xếp</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Communes formed</source>
        <translation>Số xã hình thành</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Đã đối chiếu</translation>
    </message>
    <message>
        <source>Only an administrator can change a reform&apos;s rule; you can read it.</source>
        <translation>Chỉ quản trị viên mới được thay đổi quy tắc của đợt sắp xếp; bạn chỉ được xem.</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>chưa có nguồn</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no: unverified</source>
        <translation>chưa: chưa xác minh</translation>
    </message>
    <message>
        <source>Rule of: %1</source>
        <translation>Quy tắc của: %1</translation>
    </message>
    <message>
        <source>Change the recognition rule of %1</source>
        <translation>Thay đổi quy tắc công nhận của %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::Report</name>
    <message>
        <source>%1 · data as of %2</source>
        <translation>%1 · số liệu tính đến ngày %2</translation>
    </message>
    <message>
        <source>report</source>
        <translation>bao cao</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ReportActions</name>
    <message>
        <source>Export report as PDF</source>
        <translation>Xuất báo cáo ra PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The report (%n page(s)) was saved to %1.</source>
        <translation>
            <numerusform>Đã lưu báo cáo (%n trang) vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Print report – %1</source>
        <translation>In báo cáo – %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Đang ghi báo cáo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Writing the report: page %1 of %2…</source>
        <translation>Đang ghi báo cáo: trang %1/%2…</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ReportRenderer</name>
    <message>
        <source>The report cannot be drawn on this device (is the file writable?).</source>
        <translation>Không vẽ được báo cáo lên thiết bị này (tệp có ghi được không?).</translation>
    </message>
    <message>
        <source>The report&apos;s page %1 cannot be started.</source>
        <translation>Không bắt đầu được trang %1 của báo cáo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>Không hoàn tất được báo cáo.</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Đã hủy việc tạo báo cáo.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ReportScopeDialog</name>
    <message>
        <source>Print report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Xuất báo cáo ra PDF</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Xem trước…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Province summary (%1)</source>
        <translation>Tổng hợp &amp;tỉnh (%1)</translation>
    </message>
    <message>
        <source>Choose a commune from the list (type part of its name).</source>
        <translation>Hãy chọn một xã trong danh sách (gõ một phần tên xã).</translation>
    </message>
    <message>
        <source>Choose a district from the list.</source>
        <translation>Hãy chọn một huyện trong danh sách.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ResponsibilityDialog</name>
    <message>
        <source>Village in the charge of %1</source>
        <translation>Thôn do %1 phụ trách</translation>
    </message>
    <message>
        <source>Edit village responsibility</source>
        <translation>Sửa phân công phụ trách thôn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The group as a whole</source>
        <translation>Cả đoàn</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ntm::gui::RestoreDialog</name>
    <message>
        <source>daily backup</source>
        <translation>sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>trước khi nâng cấp</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Choose the backup that replaces %1. A copy of the database as it is now is kept in %2.</source>
        <translation>Chọn bản sao lưu để thay %1. Một bản của cơ sở dữ liệu hiện tại được giữ trong %2.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>NTM Tracker databases (*.ntm);;All files (*)</source>
        <translation>Cơ sở dữ liệu NTM Tracker (*.ntm);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ReviewCharts</name>
    <message>
        <source>Rotated, criteria left</source>
        <translation>Có luân chuyển, còn tiêu chí</translation>
    </message>
    <message>
        <source>Rotated official</source>
        <translation>Có cán bộ luân chuyển</translation>
    </message>
    <message>
        <source>None, criteria left</source>
        <translation>Không có, còn tiêu chí</translation>
    </message>
    <message>
        <source>No rotated official</source>
        <translation>Không có cán bộ luân chuyển</translation>
    </message>
    <message>
        <source>Recognised in the year</source>
        <translation>Đạt chuẩn trong năm</translation>
    </message>
    <message>
        <source>Recognised, cumulative</source>
        <translation>Lũy kế đạt chuẩn</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Communes not meeting it</source>
        <translation>Số xã chưa đạt</translation>
    </message>
    <message>
        <source>Criteria gained per year</source>
        <translation>Tiêu chí tăng mỗi năm</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ReviewMeetingDialog</name>
    <message>
        <source>New review meeting</source>
        <translation>Cuộc giao ban mới</translation>
    </message>
    <message>
        <source>Edit review meeting</source>
        <translation>Sửa cuộc giao ban</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Vẫn lưu?</translation>
    </message>
</context>
<context>
    <name>ntm::gui::ReviewView</name>
    <message>
        <source>Communes recognised NTM per year</source>
        <translation>Số xã đạt chuẩn NTM theo năm</translation>
    </message>
    <message>
        <source>Average criteria met</source>
        <translation>Bình quân tiêu chí đạt</translation>
    </message>
    <message>
        <source>Communes by criteria met</source>
        <translation>Xã theo số tiêu chí đạt</translation>
    </message>
    <message>
        <source>Communes not meeting each criterion</source>
        <translation>Số xã chưa đạt từng tiêu chí</translation>
    </message>
    <message>
        <source>Criteria gained per year of tenure</source>
        <translation>Tiêu chí tăng thêm mỗi năm công tác</translation>
    </message>
    <message>
        <source>Provincial review</source>
        <translation>Tổng hợp toàn tỉnh</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>the whole province</source>
        <translation>toàn tỉnh</translation>
    </message>
    <message>
        <source>As of %1, %2: &lt;b&gt;%3&lt;/b&gt; communes, &lt;b&gt;%4&lt;/b&gt; recognised NTM, on average &lt;b&gt;%5&lt;/b&gt; criteria met</source>
        <translation>Tính đến %1, %2: &lt;b&gt;%3&lt;/b&gt; xã, &lt;b&gt;%4&lt;/b&gt; xã đạt chuẩn NTM, bình quân đạt &lt;b&gt;%5&lt;/b&gt; tiêu chí</translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)</source>
        <translation>
            <numerusform>%n xã</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s)</source>
        <translation>
            <numerusform>%n lượt luân chuyển</numerusform>
        </translation>
    </message>
    <message>
        <source>At each year&apos;s end and on the date. From 1/7/2025 communes count under their former district.</source>
        <translation>Vào cuối mỗi năm và vào ngày đã chọn. Từ 1/7/2025 các xã được tính theo huyện cũ của mình.</translation>
    </message>
    <message>
        <source>The report bands are counts of 19 or 20 criteria; they are taken as shares, so for the ten criteria of 2026 &quot;15 or more&quot; is 8–9, &quot;10–14&quot; is 5–7, &quot;5–9&quot; is 3–4.</source>
        <translation>Các nhóm trong báo cáo là số tiêu chí trên 19 hoặc 20; ở đây tính theo tỷ lệ, nên với 10 tiêu chí từ năm 2026 &quot;từ 15 trở lên&quot; là 8–9, &quot;10–14&quot; là 5–7, &quot;5–9&quot; là 3–4.</translation>
    </message>
    <message>
        <source>Communes whose criterion is basically met, not met or not assessed under the set in force on the date.</source>
        <translation>Số xã có tiêu chí cơ bản đạt, chưa đạt hoặc chưa đánh giá theo bộ tiêu chí áp dụng vào ngày đã chọn.</translation>
    </message>
    <message>
        <source>Gain per year of tenure: criteria gained during the rotated officials&apos; terms, against every commune without a rotated official over the same days.</source>
        <translation>Mức tăng mỗi năm công tác: số tiêu chí tăng thêm trong nhiệm kỳ của cán bộ luân chuyển, so với mọi xã không có cán bộ luân chuyển trong cùng khoảng thời gian.</translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation>Xuất báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>The review&apos;s tables were written to %1, one sheet per table.</source>
        <translation>Các bảng tổng hợp đã được ghi vào %1, mỗi bảng một trang tính.</translation>
    </message>
    <message>
        <source>%1 (former district, until %2)</source>
        <translation>%1 (huyện cũ, đến %2)</translation>
    </message>
    <message>
        <source>%1 ended on %2; its figures are those of its last day.</source>
        <translation>%1 đã chấm dứt ngày %2; số liệu là số liệu của ngày cuối cùng đó.</translation>
    </message>
    <message>
        <source>Bars: communes newly recognised in the year. Line: communes holding NTM at the year&apos;s end. In the table, held at the start + recognised + kept through a merger − ended − withdrawn ± moved = held at the end; a merger keeps NTM when its reform&apos;s rule says so (3372/BNN-VPĐP).</source>
        <translation>Cột: số xã được công nhận mới trong năm. Đường: số xã đạt chuẩn NTM cuối năm. Trong bảng, có đầu kỳ + công nhận + giữ qua sáp nhập − chấm dứt − thu hồi ± chuyển = có cuối kỳ; xã sáp nhập giữ chuẩn NTM khi quy tắc của đợt sắp xếp quy định như vậy (3372/BNN-VPĐP).</translation>
    </message>
</context>
<context>
    <name>ntm::gui::RotationDialog</name>
    <message>
        <source>Edit rotation decision</source>
        <translation>Sửa quyết định luân chuyển</translation>
    </message>
    <message>
        <source>New rotation decision</source>
        <translation>Quyết định luân chuyển mới</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
    <message>
        <source>Choose the official from the list (type part of the name).</source>
        <translation>Chọn cán bộ trong danh sách (gõ một phần của tên).</translation>
    </message>
    <message>
        <source>Choose the commune from the list (type part of the name).</source>
        <translation>Chọn xã trong danh sách (gõ một phần của tên).</translation>
    </message>
    <message>
        <source>Save the decision anyway?</source>
        <translation>Vẫn lưu quyết định?</translation>
    </message>
    <message>
        <source>“%1” names several communes: %2. Choose one from the list.</source>
        <translation>“%1” trùng tên với nhiều xã: %2. Hãy chọn một xã trong danh sách.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::RotationTableModel</name>
    <message>
        <source>Official</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Decision no.</source>
        <translation>Số quyết định</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Ngày quyết định</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Đơn vị cũ</translation>
    </message>
    <message>
        <source>Position there</source>
        <translation>Chức vụ cũ</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Position in the commune</source>
        <translation>Chức vụ tại xã</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Dự kiến kết thúc</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Kết thúc thực tế</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>ntm::gui::SaveWhenConnected</name>
    <message>
        <source>The connection to the server %1 is lost. What you typed is kept here and saved as soon as the server answers again (trying every few seconds); Cancel gives it up.</source>
        <translation>Mất kết nối tới máy chủ %1. Những gì bạn đã nhập vẫn được giữ ở đây và sẽ được lưu ngay khi máy chủ trả lời trở lại (thử lại sau mỗi vài giây); bấm Hủy để bỏ.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::SettingsDialog</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ntm::gui::SheetFilePage</name>
    <message>
        <source>e.g. can-bo-luan-chuyen.xlsx</source>
        <translation>ví dụ can-bo-luan-chuyen.xlsx</translation>
    </message>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Nhập từ bảng tính</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;Excel workbooks (*.xlsx);;CSV, UTF-8 (*.csv *.txt);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.csv *.txt);;Tệp Excel (*.xlsx);;CSV, UTF-8 (*.csv *.txt);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>ntm::gui::SheetImportWizard</name>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Nhập từ bảng tính</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written: the database is exactly as it was.</source>
        <translation>Đã hủy việc nhập. Không có gì được ghi: cơ sở dữ liệu y nguyên như trước.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written; the database is as it was.

%1</source>
        <translation>Nhập không thành công và không có gì được ghi; cơ sở dữ liệu vẫn như trước.

%1</translation>
    </message>
    <message>
        <source>Nothing was written: rows of %1 now have errors (the database changed since the preview). Go back to the file and check it again.</source>
        <translation>Không có gì được ghi: có dòng trong %1 nay bị lỗi (cơ sở dữ liệu đã thay đổi sau khi xem trước). Hãy quay lại và kiểm tra tệp lần nữa.</translation>
    </message>
    <message numerus="yes">
        <source>%n official(s) imported from %1.</source>
        <translation>
            <numerusform>Đã nhập %n cán bộ từ %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotation decision(s) imported from %1.</source>
        <translation>
            <numerusform>Đã nhập %n quyết định luân chuyển từ %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official(s) created in the register for them.</source>
        <translation>
            <numerusform>Đã tạo %n cán bộ mới trong danh sách cho các quyết định này.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors left out.</source>
        <translation>
            <numerusform>Đã bỏ qua %n dòng có lỗi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already in the register, left as they are.</source>
        <translation>
            <numerusform>%n dòng đã có trong danh sách, giữ nguyên.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) accepted.</source>
        <translation>
            <numerusform>Đã chấp nhận %n cảnh báo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ntm::gui::SheetMappingPage</name>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the sheet</source>
        <translation>Tiêu đề trong bảng tính</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Nhập vào trường</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Nhận biết</translation>
    </message>
    <message numerus="yes">
        <source>Worksheet &quot;%1&quot;: header on row %2, %n row(s) below it.</source>
        <translation>
            <numerusform>Trang tính &quot;%1&quot;: tiêu đề ở dòng %2, bên dưới có %n dòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— không nhập —</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* bắt buộc</translation>
    </message>
    <message>
        <source>✓ recognised from the header</source>
        <translation>✓ nhận biết theo tiêu đề</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>do bạn chọn</translation>
    </message>
    <message>
        <source>changed by you (recognised: %1)</source>
        <translation>do bạn đổi (nhận biết: %1)</translation>
    </message>
    <message>
        <source>No column holds these required fields yet: %1. Choose the column that holds each.</source>
        <translation>Chưa có cột nào cho các trường bắt buộc sau: %1. Hãy chọn cột tương ứng.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::SheetPreviewPage</name>
    <message>
        <source>OK</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>OK, with a warning</source>
        <translation>Hợp lệ, có cảnh báo</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Already in the register</source>
        <translation>Đã có trong danh sách</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>cảnh báo: </translation>
    </message>
    <message>
        <source>Warning – %1</source>
        <translation>Cảnh báo – %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>Đã đọc %n dòng: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid</source>
        <translation>
            <numerusform>%n hợp lệ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n có lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the register</source>
        <translation>
            <numerusform>%n đã có trong danh sách</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new official(s) to create</source>
        <translation>
            <numerusform>%n cán bộ mới sẽ được tạo</numerusform>
        </translation>
    </message>
    <message>
        <source>A required column is missing: go back and choose it.</source>
        <translation>Thiếu một cột bắt buộc: hãy quay lại và chọn cột đó.</translation>
    </message>
    <message>
        <source>Import is possible when no row has an error: correct the spreadsheet and check it again (Back), or tick &quot;Leave out the rows with errors&quot;.</source>
        <translation>Chỉ nhập được khi không dòng nào có lỗi: hãy sửa bảng tính rồi kiểm tra lại (Quay lại), hoặc đánh dấu &quot;Bỏ qua các dòng có lỗi&quot;.</translation>
    </message>
    <message>
        <source>No row can be imported.</source>
        <translation>Không có dòng nào nhập được.</translation>
    </message>
    <message numerus="yes">
        <source>Import writes %n row(s) in one transaction.</source>
        <translation>
            <numerusform>Nhập sẽ ghi %n dòng trong một giao dịch.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are not officials: check that this is the right file and sheet.</source>
        <translation>Các dòng không phải là danh sách cán bộ: hãy kiểm tra lại tệp và trang tính đã chọn.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::StepChart</name>
    <message>
        <source>As of %1</source>
        <translation>Tính đến %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::TenureComparisonSection</name>
    <message>
        <source>Criteria gained per year, with and without a rotated official</source>
        <translation>Số tiêu chí tăng thêm mỗi năm: xã có và không có cán bộ luân chuyển</translation>
    </message>
    <message>
        <source>No rotated official has served in the area by this date.</source>
        <translation>Đến ngày này chưa có cán bộ luân chuyển nào công tác trên địa bàn.</translation>
    </message>
    <message>
        <source>Gain per year of tenure: criteria gained during the rotated officials&apos; terms, against every commune without a rotated official over the same days. Periods in which the number of criteria in force changed are left out.</source>
        <translation>Mức tăng mỗi năm công tác: số tiêu chí tăng thêm trong nhiệm kỳ của cán bộ luân chuyển, so với mọi xã không có cán bộ luân chuyển trong cùng khoảng thời gian. Không tính các khoảng thời gian có thay đổi số tiêu chí áp dụng.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::TimelineExport</name>
    <message>
        <source>%1 – criteria over time, as of %2</source>
        <translation>%1 – tiến độ các tiêu chí, tính đến %2</translation>
    </message>
    <message>
        <source>the image could not be written (is the disk full or the folder read-only?).</source>
        <translation>không ghi được ảnh (ổ đĩa đầy hay thư mục chỉ đọc?).</translation>
    </message>
    <message>
        <source>the PDF could not be started (is the folder read-only?).</source>
        <translation>không tạo được tệp PDF (thư mục chỉ đọc?).</translation>
    </message>
    <message>
        <source>the PDF could not be finished (is the disk full?).</source>
        <translation>không ghi xong tệp PDF (ổ đĩa đầy?).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ntm::gui::TimelineLayout</name>
    <message>
        <source>Recognised NTM %1</source>
        <translation>Đạt chuẩn NTM %1</translation>
    </message>
    <message>
        <source>Recognised %1 %2</source>
        <translation>Công nhận %1 %2</translation>
    </message>
    <message>
        <source>Last day of the commune %1</source>
        <translation>Ngày cuối của xã %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tính đến %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::TimelinePainter</name>
    <message>
        <source>Rotated officials</source>
        <translation>Cán bộ luân chuyển</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>carried over from the previous set</source>
        <translation>kế thừa từ bộ tiêu chí trước</translation>
    </message>
    <message>
        <source>rotated official&apos;s term</source>
        <translation>thời gian công tác của cán bộ luân chuyển</translation>
    </message>
</context>
<context>
    <name>ntm::gui::TimelineSection</name>
    <message>
        <source>%1: each criterion&apos;s status over time</source>
        <translation>%1: tình trạng từng tiêu chí theo thời gian</translation>
    </message>
    <message>
        <source>Criterion timeline</source>
        <translation>Dòng thời gian tiêu chí</translation>
    </message>
    <message>
        <source>No criterion has been assessed by this date.</source>
        <translation>Đến ngày này chưa có tiêu chí nào được đánh giá.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::TimelineToolTips</name>
    <message>
        <source>Criterion %1: %2</source>
        <translation>Tiêu chí %1: %2</translation>
    </message>
    <message>
        <source>%1, %2 (criteria set %3)</source>
        <translation>%1, %2 (bộ tiêu chí %3)</translation>
    </message>
    <message>
        <source>Carried over through the province&apos;s crosswalk from the previous set.</source>
        <translation>Chuyển qua bảng tương ứng của tỉnh từ bộ tiêu chí trước.</translation>
    </message>
    <message>
        <source>Not assessed under this set.</source>
        <translation>Chưa đánh giá theo bộ tiêu chí này.</translation>
    </message>
    <message>
        <source>Assessed on %1</source>
        <translation>Đánh giá ngày %1</translation>
    </message>
    <message>
        <source>Assessed on %1 by %2</source>
        <translation>Đánh giá ngày %1, người ghi %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Minh chứng: %1</translation>
    </message>
    <message>
        <source>carried over from %1</source>
        <translation>kế thừa từ %1</translation>
    </message>
    <message>
        <source>Click or press Enter to open the assessment.</source>
        <translation>Bấm hoặc nhấn Enter để mở lần đánh giá.</translation>
    </message>
    <message>
        <source>serving (planned end %1)</source>
        <translation>đang công tác (dự kiến kết thúc %1)</translation>
    </message>
    <message>
        <source>Term: %1 – %2</source>
        <translation>Thời gian: %1 – %2</translation>
    </message>
    <message>
        <source>Criteria met: %1/%2 at the start, %3/%4 at the end (or now)</source>
        <translation>Tiêu chí đạt: %1/%2 khi đến, %3/%4 khi kết thúc (hoặc hiện nay)</translation>
    </message>
    <message numerus="yes">
        <source>%n criteria, %1</source>
        <translation>
            <numerusform>%n tiêu chí, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Criteria sets: %1</source>
        <translation>Bộ tiêu chí: %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::TimelineView</name>
    <message>
        <source>Image (PNG)…</source>
        <translation>Ảnh (PNG)…</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>Tài liệu PDF…</translation>
    </message>
    <message>
        <source>Criteria timeline</source>
        <translation>Dòng thời gian tiêu chí</translation>
    </message>
    <message>
        <source>Choose a commune above (type part of its name).</source>
        <translation>Chọn xã ở trên (gõ một phần tên xã).</translation>
    </message>
    <message>
        <source>No criteria set applied to %1 on %2.</source>
        <translation>Ngày %2 chưa có bộ tiêu chí nào áp dụng cho %1.</translation>
    </message>
    <message>
        <source>%1 of %2 criteria met on %3</source>
        <translation>đạt %1/%2 tiêu chí tại ngày %3</translation>
    </message>
    <message>
        <source>no rotated official</source>
        <translation>không có cán bộ luân chuyển</translation>
    </message>
    <message>
        <source>rotated officials: %1</source>
        <translation>cán bộ luân chuyển: %1</translation>
    </message>
    <message>
        <source>recognised NTM on %1</source>
        <translation>đạt chuẩn NTM ngày %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n criterion row(s)</source>
        <translation>
            <numerusform>%1: %n hàng tiêu chí</numerusform>
        </translation>
    </message>
    <message>
        <source>rotated official&apos;s term</source>
        <translation>thời gian công tác của cán bộ luân chuyển</translation>
    </message>
    <message>
        <source>hatched: carried over from the previous set</source>
        <translation>gạch chéo: kế thừa từ bộ tiêu chí trước</translation>
    </message>
    <message>
        <source>recognition</source>
        <translation>công nhận đạt chuẩn</translation>
    </message>
    <message>
        <source>as-of date</source>
        <translation>ngày tính đến</translation>
    </message>
    <message>
        <source>dashed grey line: the criteria set changes</source>
        <translation>đường nét đứt xám: đổi bộ tiêu chí</translation>
    </message>
    <message>
        <source>Export the timeline as PDF</source>
        <translation>Xuất dòng thời gian ra PDF</translation>
    </message>
    <message>
        <source>Export the timeline as an image</source>
        <translation>Xuất dòng thời gian ra ảnh</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Xuất dòng thời gian</translation>
    </message>
    <message>
        <source>Timeline saved to %1</source>
        <translation>Đã lưu dòng thời gian vào %1</translation>
    </message>
    <message>
        <source>No commune matches “%1”: type part of its name (diacritics are not needed) and choose from the list.</source>
        <translation>Không có xã nào khớp với “%1”: hãy gõ một phần tên xã (không cần dấu) rồi chọn trong danh sách.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::TitleSection</name>
    <message>
        <source>Data as of %1 · printed on %2</source>
        <translation>Số liệu tính đến ngày %1 · in ngày %2</translation>
    </message>
</context>
<context>
    <name>ntm::gui::TransferWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ntm::gui::UnitChoices</name>
    <message>
        <source>until %1</source>
        <translation>đến %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::UnitTreeModel</name>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on average</source>
        <translation>bình quân %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Đã công nhận</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>%1 of the %2 criteria of %3 met</source>
        <translation>Đạt %1/%2 tiêu chí của bộ %3</translation>
    </message>
    <message>
        <source>Wards and townships are not judged by the New Rural Development programme.</source>
        <translation>Phường và thị trấn không thuộc diện đánh giá xây dựng nông thôn mới.</translation>
    </message>
    <message>
        <source>District / commune</source>
        <translation>Huyện / xã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Tiêu chí đạt</translation>
    </message>
    <message>
        <source>Recognised NTM</source>
        <translation>Đạt chuẩn NTM</translation>
    </message>
</context>
<context>
    <name>ntm::gui::UnitsView</name>
    <message numerus="yes">
        <source>%n recognised NTM</source>
        <translation>
            <numerusform>%n xã đạt chuẩn NTM</numerusform>
        </translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n đơn vị</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ntm::gui::UserDialog</name>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>May change: %1.</source>
        <translation>Được thay đổi: %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Bản cài đặt này thiếu hướng dẫn sử dụng.</translation>
    </message>
</context>
<context>
    <name>ntm::gui::UsersDialog</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>May change</source>
        <translation>Được thay đổi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Must change the password</source>
        <translation>Phải đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Khóa</translation>
    </message>
    <message>
        <source>%1 connects to the server as the login role %2</source>
        <translation>%1 kết nối tới máy chủ bằng vai trò đăng nhập %2</translation>
    </message>
</context>
<context>
    <name>ntm::gui::VersionedRecordNames</name>
    <message>
        <source>this action</source>
        <translation>việc này</translation>
    </message>
    <message>
        <source>this criterion plan</source>
        <translation>kế hoạch tiêu chí này</translation>
    </message>
    <message>
        <source>this working group</source>
        <translation>đoàn công tác này</translation>
    </message>
    <message>
        <source>this member of a working group</source>
        <translation>thành viên đoàn công tác này</translation>
    </message>
    <message>
        <source>this village responsibility</source>
        <translation>phân công phụ trách thôn này</translation>
    </message>
    <message>
        <source>this village rule</source>
        <translation>quy định về thôn này</translation>
    </message>
    <message>
        <source>this review meeting</source>
        <translation>cuộc giao ban này</translation>
    </message>
    <message>
        <source>this village</source>
        <translation>thôn này</translation>
    </message>
</context>
<context>
    <name>ntm::gui::VillageChangeDialog</name>
    <message>
        <source>Merge or rename villages</source>
        <translation>Sáp nhập hoặc đổi tên thôn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Merge villages into a new one</source>
        <translation>Sáp nhập các thôn thành thôn mới</translation>
    </message>
    <message>
        <source>Rename a village</source>
        <translation>Đổi tên thôn</translation>
    </message>
</context>
<context>
    <name>ntm::gui::VillageDialog</name>
    <message>
        <source>New village</source>
        <translation>Thôn mới</translation>
    </message>
    <message>
        <source>Edit village</source>
        <translation>Sửa thôn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ntm::gui::VillageProgressModel</name>
    <message>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>since %1 (%2)</source>
        <translation>từ %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (counted %2)</source>
        <translation>%1 (thống kê ngày %2)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>into %1</source>
        <translation>thành %1</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Model residential area</source>
        <translation>Khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>Model gardens</source>
        <translation>Vườn mẫu</translation>
    </message>
    <message>
        <source>Merged or renamed</source>
        <translation>Sáp nhập, đổi tên</translation>
    </message>
</context>
<context>
    <name>ntm::gui::VillageProgressTab</name>
    <message>
        <source>%1 of %2 villages are model residential areas (%3 %)</source>
        <translation>%1/%2 thôn đạt khu dân cư kiểu mẫu (%3 %)</translation>
    </message>
    <message>
        <source>%1 villages are model residential areas</source>
        <translation>%1 thôn đạt khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>%1 model gardens</source>
        <translation>%1 vườn mẫu</translation>
    </message>
    <message>
        <source>rule: at least %1</source>
        <translation>quy định: tối thiểu %1</translation>
    </message>
    <message>
        <source>rule: threshold not in our sources</source>
        <translation>quy định: chưa có ngưỡng trong nguồn</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>CHƯA XÁC MINH</translation>
    </message>
    <message>
        <source> – meets the rule</source>
        <translation> – đạt quy định</translation>
    </message>
    <message>
        <source> – below the rule</source>
        <translation> – chưa đạt quy định</translation>
    </message>
    <message>
        <source>Criterion %1 (%2, status %3) is fed by the villages: %4 (%5)%6.</source>
        <translation>Tiêu chí %1 (%2, tình trạng: %3) do các thôn tạo nên: %4 (%5)%6.</translation>
    </message>
    <message>
        <source>Village progress</source>
        <translation>Tiến độ các thôn</translation>
    </message>
    <message>
        <source>Recognise a model residential area</source>
        <translation>Công nhận khu dân cư kiểu mẫu</translation>
    </message>
    <message>
        <source>Record model gardens</source>
        <translation>Ghi số vườn mẫu</translation>
    </message>
    <message>
        <source>Rename village to %1</source>
        <translation>Đổi tên thôn thành %1</translation>
    </message>
    <message>
        <source>Merge villages into %1</source>
        <translation>Sáp nhập thôn thành %1</translation>
    </message>
</context>
<context>
    <name>ntm::gui::VillageRuleDialog</name>
    <message>
        <source>New village rule</source>
        <translation>Quy định về thôn mới</translation>
    </message>
    <message>
        <source>Edit village rule</source>
        <translation>Sửa quy định về thôn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
</context>
<context>
    <name>ntm::gui::VillageRulesDialog</name>
    <message>
        <source>Village rules of criteria</source>
        <translation>Quy định về thôn của các tiêu chí</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>How the province&apos;s villages feed a commune criterion (Hà Tĩnh&apos;s criterion 20: model residential areas and model gardens). The dashboard shows each rule beside the commune&apos;s villages; a rule never decides a criterion&apos;s status. Only the province (an administrator) changes the rules.</source>
        <translation>Cách các thôn của tỉnh góp vào một tiêu chí của xã (tiêu chí 20 của Hà Tĩnh: khu dân cư mẫu, vườn mẫu). Màn hình Tổng quan xã hiển thị từng quy định bên cạnh các thôn của xã; quy định không bao giờ tự quyết định tình trạng của tiêu chí. Chỉ tỉnh (quản trị viên) được sửa các quy định.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Cách tính</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Đã xác minh</translation>
    </message>
    <message>
        <source>Source and note</source>
        <translation>Nguồn và ghi chú</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>CHƯA XÁC MINH</translation>
    </message>
    <message>
        <source>Add village rule</source>
        <translation>Thêm quy định về thôn</translation>
    </message>
    <message>
        <source>Edit village rule</source>
        <translation>Sửa quy định về thôn</translation>
    </message>
    <message>
        <source>Delete village rule</source>
        <translation>Xóa quy định về thôn</translation>
    </message>
</context>
<context>
    <name>ntm::gui::WorkingGroupDialog</name>
    <message>
        <source>New working group</source>
        <translation>Đoàn công tác mới</translation>
    </message>
    <message>
        <source>Edit working group</source>
        <translation>Sửa đoàn công tác</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ntm::gui::WorkingGroupTreeModel</name>
    <message>
        <source>decision %1 of %2</source>
        <translation>quyết định %1 ngày %2</translation>
    </message>
    <message>
        <source>%1 (in the register)</source>
        <translation>%1 (có trong danh sách cán bộ)</translation>
    </message>
    <message>
        <source>village of the group</source>
        <translation>thôn của đoàn</translation>
    </message>
    <message>
        <source>village in their charge</source>
        <translation>thôn được giao phụ trách</translation>
    </message>
    <message>
        <source>Group, member or village</source>
        <translation>Đoàn, thành viên hoặc thôn</translation>
    </message>
    <message>
        <source>Formed by, role or charge</source>
        <translation>Cơ quan thành lập, vai trò hoặc phụ trách</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Decision or note</source>
        <translation>Quyết định hoặc ghi chú</translation>
    </message>
</context>
<context>
    <name>ntm::gui::WorkingGroupsTab</name>
    <message>
        <source>No working group recorded. Add the groups the commune&apos;s decision formed.</source>
        <translation>Chưa có đoàn công tác nào. Hãy thêm các đoàn theo quyết định thành lập của xã.</translation>
    </message>
    <message numerus="yes">
        <source>On %1: %n group(s) at work, %2 member(s). Rows in grey were not in force on that date.</source>
        <translation>
            <numerusform>Ngày %1: %n đoàn đang hoạt động, %2 thành viên. Dòng màu xám là chưa hoặc không còn hiệu lực vào ngày đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Đoàn công tác</translation>
    </message>
    <message>
        <source>Add working group %1</source>
        <translation>Thêm đoàn công tác %1</translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>Thêm thành viên %1</translation>
    </message>
    <message>
        <source>Add village %1 to a working group</source>
        <translation>Giao thôn %1 cho đoàn công tác</translation>
    </message>
    <message>
        <source>Edit working group %1</source>
        <translation>Sửa đoàn công tác %1</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>Sửa thành viên %1</translation>
    </message>
    <message>
        <source>Edit village responsibility</source>
        <translation>Sửa phân công phụ trách thôn</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>Thay %1 bằng %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this with Edit &gt; Undo.</source>
        <translation>Xóa %1? Có thể hoàn tác bằng Sửa &gt; Hoàn tác.</translation>
    </message>
    <message>
        <source>Delete working group %1</source>
        <translation>Xóa đoàn công tác %1</translation>
    </message>
    <message>
        <source>Delete member %1</source>
        <translation>Xóa thành viên %1</translation>
    </message>
    <message>
        <source>Delete village responsibility</source>
        <translation>Xóa phân công phụ trách thôn</translation>
    </message>
</context>
</TS>
