<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
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
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>Search a district or commune (diacritics optional)</source>
        <translation>Tìm huyện hoặc xã (gõ có dấu hay không dấu đều được)</translation>
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
        <source>%1 did not exist on %2.</source>
        <translation>%1 chưa có hoặc không còn vào ngày %2.</translation>
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
    <name>ntm::core::BulkStatement</name>
    <message>
        <source>Bulk writing needs an SQLite database.</source>
        <translation>Ghi hàng loạt cần cơ sở dữ liệu SQLite.</translation>
    </message>
    <message>
        <source>Writing to the database failed: %1 (in &quot;%2&quot;)</source>
        <translation>Ghi vào cơ sở dữ liệu thất bại: %1 (trong &quot;%2&quot;)</translation>
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
        <source>%1: not valid JSON (byte %2): %3</source>
        <translation>%1: không phải JSON hợp lệ (byte %2): %3</translation>
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
        <source>indicator code %1 appears twice</source>
        <translation>mã chỉ tiêu %1 xuất hiện hai lần</translation>
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
        <source>Upgrading %1 failed; the file was left as it was. %2</source>
        <translation>Nâng cấp %1 không thành công; tệp được giữ nguyên. %2</translation>
    </message>
    <message>
        <source>Could not make a backup of %1 before upgrading it (%2); the file was not changed.</source>
        <translation>Không sao lưu được %1 trước khi nâng cấp (%2); tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Không bắt đầu được giao dịch: %1</translation>
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
        <source>The backup to %1 failed: %2</source>
        <translation>Sao lưu vào %1 không thành công: %2</translation>
    </message>
</context>
<context>
    <name>ntm::core::DeferredIndexes</name>
    <message>
        <source>Reading the indexes</source>
        <translation>Đang đọc các chỉ mục</translation>
    </message>
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
    <name>ntm::core::KindTable</name>
    <message>
        <source>Reading %1</source>
        <translation>Đang đọc %1</translation>
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
</context>
<context>
    <name>ntm::core::OfficialSheetCheck</name>
    <message>
        <source>No gender given; recorded as Nam (male).</source>
        <translation>Không ghi giới tính; được ghi là Nam.</translation>
    </message>
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
        <source>No gender given for the new official; recorded as Nam (male).</source>
        <translation>Không ghi giới tính của cán bộ mới; được ghi là Nam.</translation>
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
        <source>No column holds the gender; every official is recorded as Nam (male).</source>
        <translation>Không có cột giới tính; mọi cán bộ được ghi là Nam.</translation>
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
            <numerusform>%n quyết định luân chuyển</numerusform>
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
</context>
<context>
    <name>ntm::gui::BoardModel</name>
    <message>
        <source>%1/%2 recognised</source>
        <translation>%1/%2 đạt chuẩn</translation>
    </message>
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
        <source>until %1</source>
        <translation>đến %1</translation>
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
        <source>district %1</source>
        <translation>huyện %1</translation>
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
        <source>Recognised NTM on %1 (decision %2).</source>
        <translation>Đạt chuẩn NTM ngày %1 (quyết định %2).</translation>
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
</context>
<context>
    <name>ntm::gui::MainWindow</name>
    <message>
        <source>NTM Tracker databases (*.ntm);;All files (*)</source>
        <translation>Cơ sở dữ liệu NTM Tracker (*.ntm);;Tất cả các tệp (*)</translation>
    </message>
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
        <source>About NTM Tracker</source>
        <translation>Giới thiệu NTM Tracker</translation>
    </message>
    <message>
        <source>NTM Tracker %1

Rotation of officials into communes and the progress of communes in the New Rural Development programme (nông thôn mới).

Demo data: Hà Tĩnh&apos;s real districts and communes; histories other than the article&apos;s two stories are illustrative.</source>
        <translation>NTM Tracker %1

Theo dõi việc luân chuyển cán bộ về xã và tiến độ xây dựng nông thôn mới của các xã.

Dữ liệu mẫu: huyện, xã thực tế của Hà Tĩnh; ngoài hai câu chuyện trong bài báo, quá trình thực hiện là minh họa.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>NTM Tracker – %1</source>
        <translation>NTM Tracker – %1</translation>
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
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The database was copied to %1.</source>
        <translation>Đã sao lưu cơ sở dữ liệu vào %1.</translation>
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
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>The new language applies when NTM Tracker starts again.</source>
        <translation>Ngôn ngữ mới được áp dụng khi khởi động lại NTM Tracker.</translation>
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
    <name>ntm::gui::StepChart</name>
    <message>
        <source>As of %1</source>
        <translation>Tính đến %1</translation>
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
</TS>
