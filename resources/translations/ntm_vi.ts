<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
</context>
<context>
    <name>UnitsView</name>
    <message>
        <source>As &amp;of</source>
        <translation>&amp;Tính đến</translation>
    </message>
    <message>
        <source>Criteria met and recognition are shown as they stood on this date</source>
        <translation>Số tiêu chí đạt và việc công nhận được hiển thị như tại ngày này</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Search a district or commune (diacritics optional)</source>
        <translation>Tìm huyện hoặc xã (gõ có dấu hay không dấu đều được)</translation>
    </message>
</context>
<context>
    <name>ntm::core::AssessmentService</name>
    <message>
        <source>"%1" is not yes or no (có / không).</source>
        <translation>"%1" không phải là có hoặc không.</translation>
    </message>
    <message>
        <source>"%1" is not a percentage between 0 and 100.</source>
        <translation>"%1" không phải là tỷ lệ phần trăm từ 0 đến 100.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of 0 or more.</source>
        <translation>"%1" không phải là số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>"%1" không phải là số.</translation>
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
        <source>The program's criteria sets are missing (resources/criteria).</source>
        <translation>Thiếu các bộ tiêu chí của chương trình (resources/criteria).</translation>
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
        <source>"%1" is not a date (use YYYY-MM-DD)</source>
        <translation>"%1" không phải là ngày (dùng dạng YYYY-MM-DD)</translation>
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
        <source>"%1" is not one of boolean, percent, number, count, text</source>
        <translation>"%1" không thuộc các loại boolean, percent, number, count, text</translation>
    </message>
    <message>
        <source>must be "min" or "max"</source>
        <translation>phải là "min" hoặc "max"</translation>
    </message>
    <message>
        <source>group "%1" is not one of the set's commune_groups</source>
        <translation>nhóm "%1" không có trong commune_groups của bộ</translation>
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
        <source>"%1" is not one of the set's groups</source>
        <translation>"%1" không phải là nhóm của bộ tiêu chí</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>phải là một danh sách</translation>
    </message>
    <message>
        <source>"%1" is not a criteria set format this program reads (expected "%2")</source>
        <translation>"%1" không phải định dạng bộ tiêu chí mà chương trình đọc được (cần "%2")</translation>
    </message>
    <message>
        <source>may hold only letters, digits, '-', '_' and '.'</source>
        <translation>chỉ được gồm chữ cái, chữ số, '-', '_' và '.'</translation>
    </message>
    <message>
        <source>is before valid_from</source>
        <translation>sớm hơn valid_from</translation>
    </message>
    <message>
        <source>must be "national" or "provincial"</source>
        <translation>phải là "national" hoặc "provincial"</translation>
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
        <source>Planning the communes' histories</source>
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
    <name>ntm::core::Migrator</name>
    <message>
        <source>Migration %1 (%2) is missing from the program</source>
        <translation>Chương trình thiếu bước nâng cấp %1 (%2)</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3 in "%4"</source>
        <translation>Bước nâng cấp %1 (%2) không thành công: %3 tại "%4"</translation>
    </message>
    <message>
        <source>Could not record schema version %1</source>
        <translation>Không ghi được phiên bản lược đồ %1</translation>
    </message>
</context>
<context>
    <name>ntm::core::OfficialService</name>
    <message>
        <source>Enter the official's full name.</source>
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
        <source>This term overlaps the official's rotation to %1 (%2).</source>
        <translation>Thời gian này trùng với lượt luân chuyển của cán bộ về %1 (%2).</translation>
    </message>
    <message>
        <source>Decision %1 of %2 is already recorded (for %3, rotation to %4).</source>
        <translation>Quyết định số %1 của %2 đã được nhập (cho %3, luân chuyển về %4).</translation>
    </message>
    <message>
        <source>%1 already holds "%2" in this commune at the same time (%3).</source>
        <translation>%1 đang giữ chức "%2" tại xã này trong cùng thời gian (%3).</translation>
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
    <name>ntm::core::StatsService</name>
    <message>
        <source>There is no such district in this database.</source>
        <translation>Không có huyện này trong cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ntm::core::UnitLookup</name>
    <message>
        <source>There is no %1 "%2" in this database.</source>
        <translation>Không có %1 "%2" trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>"%1" matches several: %2. Give the kind or the code.</source>
        <translation>"%1" trùng với nhiều đơn vị: %2. Hãy ghi rõ loại đơn vị hoặc mã.</translation>
    </message>
    <message>
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
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
        <source>The demo's communes could not be read back.</source>
        <translation>Không đọc lại được các xã của dữ liệu mẫu.</translation>
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
    <name>ntm::gui::MainWindow</name>
    <message>
        <source>NTM Tracker databases (*.ntm);;All files (*)</source>
        <translation>Cơ sở dữ liệu NTM Tracker (*.ntm);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cannot show the communes</source>
        <translation>Không hiển thị được danh sách xã</translation>
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

Demo data: Hà Tĩnh's real districts and communes; histories other than the article's two stories are illustrative.</source>
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
        <source>%n unit(s) on %1</source>
        <translation>
            <numerusform>%n đơn vị tại ngày %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recognised NTM</source>
        <translation>
            <numerusform>%n xã đạt chuẩn NTM</numerusform>
        </translation>
    </message>
</context>
</TS>
