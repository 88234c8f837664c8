<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/AboutDialog.ui" line="+14" />
        <source>About BTXH Desktop</source>
        <translation>Giới thiệu BTXH Desktop</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Social-assistance dossiers of a commune or district office, kept on this computer and synced with the Ministry's system through NDXP.</source>
        <translation>Hồ sơ bảo trợ xã hội của cơ quan cấp xã hoặc cấp huyện, lưu trên máy tính này và đồng bộ với hệ thống của Bộ qua NDXP.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Licences</source>
        <translation>Giấy phép</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <location filename="../src/cli/BackupCommand.cpp" line="+13" />
        <source>back up the local database to a file (while the app may keep working)</source>
        <translation>sao lưu cơ sở dữ liệu cục bộ ra một tệp (ứng dụng vẫn có thể tiếp tục làm việc)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Copies the local database to FILE: a consistent snapshot of the last saved state, taken while BTXH Desktop or a sync may keep working, checked (SQLite's integrity check) and put in place only once complete, so a failed backup never leaves a half file. An existing FILE is replaced. Keep backups on another disk. Exit status: 0 ok, 2 bad usage or FILE cannot be written (folder not writable, disk full, FILE is the database itself), 3 the database is missing, damaged or locked.</source>
        <translation>Sao chép cơ sở dữ liệu cục bộ ra TỆP: một bản chụp nhất quán của trạng thái đã lưu gần nhất, lấy trong khi BTXH Desktop hoặc một lần đồng bộ vẫn có thể đang làm việc, được kiểm tra (kiểm tra toàn vẹn của SQLite) và chỉ được đặt vào chỗ khi đã hoàn chỉnh, nên một lần sao lưu thất bại không bao giờ để lại tệp dở dang. TỆP đã có sẽ bị thay thế. Hãy giữ bản sao lưu trên một ổ đĩa khác. Mã thoát: 0 thành công, 2 dùng sai lệnh hoặc không ghi được TỆP (thư mục không ghi được, đầy ổ đĩa, TỆP chính là cơ sở dữ liệu), 3 cơ sở dữ liệu không có, bị hỏng hoặc đang bị khoá.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The backup file to write.</source>
        <translation>Tệp sao lưu cần ghi.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>btxh backup: give one FILE to write the backup to</source>
        <translation>btxh backup: cần đúng một TỆP để ghi bản sao lưu</translation>
    </message>
    <message numerus="yes">
        <location line="+19" />
        <source>Backed up %n dossier(s) from %1</source>
        <translation>
            <numerusform>Đã sao lưu %n hồ sơ từ %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>to %1 (%2, schema %3, integrity check ok).</source>
        <translation>vào %1 (%2, lược đồ %3, kiểm tra toàn vẹn đạt).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>an office's PostgreSQL database is backed up by its administrator with PostgreSQL's own tools (pg_dump, pg_basebackup or the server's archiving); btxh backup copies a database file. btxh db copy --from ADDRESS --to FILE also writes a database file from it.</source>
        <translation>cơ sở dữ liệu PostgreSQL của cơ quan do quản trị viên sao lưu bằng công cụ riêng của PostgreSQL (pg_dump, pg_basebackup hoặc cơ chế lưu trữ của máy chủ); btxh backup chỉ sao chép một tệp cơ sở dữ liệu. Lệnh btxh db copy --from ĐỊA_CHỈ --to TỆP cũng ghi được một tệp cơ sở dữ liệu từ đó.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <location filename="../src/cli/CliApplication.cpp" line="+18" />
        <source>Usage: btxh [--lang vi|en] COMMAND [options]</source>
        <translation>Cách dùng: btxh [--lang vi|en] LỆNH [tuỳ chọn]</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Social-assistance dossiers (BTXH): check, convert, store and sync them with the Ministry through NDXP.</source>
        <translation>Hồ sơ trợ giúp xã hội (BTXH): kiểm tra, chuyển đổi, lưu trữ và đồng bộ với Bộ qua NDXP.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Global options:</source>
        <translation>Tuỳ chọn chung:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>language of messages (default: vi, or BTXH_LANG)</source>
        <translation>ngôn ngữ của thông báo (mặc định: vi, hoặc theo BTXH_LANG)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>also print what the program is doing (progress of the store and the sync)</source>
        <translation>in thêm những gì chương trình đang làm (tiến trình của kho dữ liệu và của đồng bộ)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>print the version</source>
        <translation>in số phiên bản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>this help; `btxh COMMAND --help` for a command</source>
        <translation>trợ giúp này; `btxh LỆNH --help` cho từng lệnh</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Exit codes: 0 ok, 1 the data has errors or some items failed, 2 unreadable input or bad usage, 3 local database error, 4 gateway unreachable or refused, 5 missing keys or configuration, 6 another sync is running on this database, 7 an administrator's setting and this database's role is not the administrator.</source>
        <translation>Mã thoát: 0 thành công, 1 dữ liệu có lỗi hoặc một số mục không thành công, 2 không đọc được đầu vào hoặc dùng sai lệnh, 3 lỗi cơ sở dữ liệu cục bộ, 4 không kết nối được hoặc bị cổng kết nối từ chối, 5 thiếu khoá hoặc cấu hình, 6 một lần đồng bộ khác đang chạy trên cơ sở dữ liệu này, 7 thiết lập của quản trị viên trong khi vai trò của cơ sở dữ liệu này không phải quản trị viên.</translation>
    </message>
    <message>
        <location line="+50" />
        <source>btxh: unknown language "%1"; use vi or en</source>
        <translation>btxh: không có ngôn ngữ "%1"; hãy dùng vi hoặc en</translation>
    </message>
    <message>
        <location line="+15" />
        <source>btxh: unknown command "%1"; see btxh --help</source>
        <translation>btxh: không có lệnh "%1"; xem btxh --help</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show this help.</source>
        <translation>Hiện trợ giúp này.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Usage: btxh %1</source>
        <translation>Cách dùng: btxh %1</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <location filename="../src/cli/Command.cpp" line="+7" />
        <source>this command does not work on an office's PostgreSQL database yet; btxh import, import-sheet, list, show, export, report, pull, push, sync and db do.</source>
        <translation>lệnh này chưa dùng được với cơ sở dữ liệu PostgreSQL của cơ quan; các lệnh btxh import, import-sheet, list, show, export, report, pull, push, sync và db thì dùng được.</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <location filename="../src/cli/ConfigCommand.cpp" line="+17" />
        <source>show or change the gateway endpoint and the office's area</source>
        <translation>xem hoặc đổi địa chỉ cổng kết nối và địa bàn của cơ quan</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+14" />
        <source> (default: %1)</source>
        <translation> (mặc định: %1)</translation>
    </message>
    <message>
        <location line="-7" />
        <source>who uses this database: %1 (default: %2)</source>
        <translation>ai dùng cơ sở dữ liệu này: %1 (mặc định: %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deadline rules (an administrator's; every computed deadline is recomputed at once):
</source>
        <translation>Quy tắc thời hạn (do quản trị viên đặt; mọi thời hạn tự tính được tính lại ngay):
</translation>
    </message>
    <message>
        <location line="+25" />
        <source>get or set.</source>
        <translation>get hoặc set.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A setting's name.</source>
        <translation>Tên một thiết lập.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Its new value (set).</source>
        <translation>Giá trị mới (set).</translation>
    </message>
    <message>
        <location line="+42" />
        <source>%1 must be one of %2.</source>
        <translation>%1 phải là một trong các giá trị %2.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>btxh config: write "btxh config get [KEY]" or "btxh config set KEY VALUE"; see btxh config --help</source>
        <translation>btxh config: hãy viết "btxh config get [KEY]" hoặc "btxh config set KEY VALUE"; xem btxh config --help</translation>
    </message>
    <message>
        <location line="+8" />
        <source>btxh config: unknown setting "%1"; see btxh config --help</source>
        <translation>btxh config: không có thiết lập "%1"; xem btxh config --help</translation>
    </message>
    <message>
        <location line="-31" />
        <location line="+70" />
        <location line="+6" />
        <source>(default)</source>
        <translation>(mặc định)</translation>
    </message>
    <message>
        <location line="-125" />
        <source>get KEY prints one setting; get alone lists them all; set KEY VALUE changes one (an empty VALUE puts it back to its default). The settings are kept in the database (its settings table), so the desktop app and btxh share them and each --db has its own. No secret is kept there: the consumer key and secret go in the keychain with btxh keys. BTXH_ENDPOINT in the environment overrides endpoint.url.
Only an administrator changes the endpoint.*, keys.*, sync.* and store.* settings and the deadline rules, as in the app's Settings: when the database's app.role is another role, set refuses them (exit status 7) and changes nothing. Every role sets the office's area and app.role. A database where neither a role nor a gateway was chosen yet is still being set up, and takes every setting.
Keys:
</source>
        <translation>get KEY in một thiết lập; chỉ get thì liệt kê tất cả; set KEY VALUE đổi một thiết lập (VALUE rỗng đưa thiết lập về mặc định). Các thiết lập được lưu trong cơ sở dữ liệu (bảng settings), nên ứng dụng máy tính và btxh dùng chung, và mỗi --db có thiết lập riêng. Không lưu bí mật nào ở đó: khoá và mật khẩu ứng dụng (consumer key/secret) được lưu trong kho khoá của hệ điều hành bằng btxh keys. Biến môi trường BTXH_ENDPOINT được ưu tiên hơn endpoint.url.
Chỉ quản trị viên mới đổi các thiết lập endpoint.*, keys.*, sync.*, store.* và các quy tắc thời hạn, như trong phần Cài đặt của ứng dụng: khi app.role của cơ sở dữ liệu là vai trò khác, set từ chối (mã thoát 7) và không thay đổi gì. Mọi vai trò đều đặt được địa bàn của cơ quan và app.role. Cơ sở dữ liệu chưa chọn vai trò cũng chưa chọn cổng kết nối là đang được thiết lập, và nhận mọi thiết lập.
Các thiết lập:
</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Exit status: 0 done, 2 bad usage or value, 3 the database cannot be opened or written, 7 an administrator's setting and the database's role is not the administrator.</source>
        <translation>Mã thoát: 0 hoàn tất, 2 dùng sai lệnh hoặc giá trị không hợp lệ, 3 không mở hoặc không ghi được cơ sở dữ liệu, 7 thiết lập của quản trị viên trong khi vai trò của cơ sở dữ liệu không phải quản trị viên.</translation>
    </message>
    <message>
        <location line="+115" />
        <source>Note: %1=%2 in the environment overrides endpoint.url.</source>
        <translation>Lưu ý: %1=%2 trong biến môi trường được ưu tiên hơn endpoint.url.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/ConflictDialog.ui" line="+14" />
        <source>Resolve a conflict</source>
        <translation>Giải quyết xung đột</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Show only the fields that differ</source>
        <translation>Chỉ hiện các trường khác nhau</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Keep all mine</source>
        <translation>Giữ toàn bộ bản của tôi</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Take all from the server</source>
        <translation>Lấy toàn bộ bản trên máy chủ</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Apply my choices</source>
        <translation>Áp dụng lựa chọn của tôi</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Decide later</source>
        <translation>Để sau</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <location filename="../src/cli/ConvertCommand.cpp" line="+15" />
        <source>print the request form (what would be pushed) of dossiers and steps in JSON files</source>
        <translation>in dạng yêu cầu (dữ liệu sẽ được gửi lên) của hồ sơ và bước xử lý trong các tệp JSON</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reads each FILE (request form, an array, or a pull response, in any of the spellings the gateway uses) and prints one JSON array of the dossiers and processing steps in request form: PascalCase keys, text values, dd/MM/yyyy dates and a well-formed CertificateExtentData XML document.</source>
        <translation>Đọc từng TỆP (dạng yêu cầu, một mảng, hoặc phản hồi khi lấy dữ liệu, với mọi cách viết mà cổng kết nối dùng) và in một mảng JSON gồm các hồ sơ và bước xử lý ở dạng yêu cầu: tên trường PascalCase, giá trị dạng chuỗi, ngày dd/MM/yyyy và tài liệu XML CertificateExtentData hợp lệ.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>JSON files to convert.</source>
        <translation>Các tệp JSON cần chuyển đổi.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write to this file instead of standard output.</source>
        <translation>Ghi vào tệp này thay vì đầu ra chuẩn.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also write keys the specification does not know (as received).</source>
        <translation>Ghi cả các trường không có trong đặc tả (như đã nhận).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>btxh convert: give at least one FILE</source>
        <translation>btxh convert: cần ít nhất một TỆP</translation>
    </message>
    <message>
        <location line="+21" />
        <source>btxh convert: cannot write %1: %2</source>
        <translation>btxh convert: không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../ui/DashboardDialog.ui" line="+14" />
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Received from</source>
        <translation>&amp;Tiếp nhận từ</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+20" />
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="-10" />
        <source>&amp;to</source>
        <translation>đế&amp;n</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;Area</source>
        <translation>&amp;Địa bàn</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;By</source>
        <translation>&amp;Theo</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Count</source>
        <translation>Đế&amp;m</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Counts</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Overdue dossiers</source>
        <translation>Hồ sơ quá hạn</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <location filename="../src/cli/DbCommand.cpp" line="+45" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location line="+0" />
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location line="+52" />
        <source>password: remove the stored password.</source>
        <translation>password: xóa mật khẩu đã lưu.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>btxh db password: %1 is a database file; only an office's PostgreSQL database (--db postgresql://user@server/database) has a password.</source>
        <translation>btxh db password: %1 là một tệp cơ sở dữ liệu; chỉ cơ sở dữ liệu PostgreSQL của cơ quan (--db postgresql://người_dùng@máy_chủ/cơ_sở_dữ_liệu) mới có mật khẩu.</translation>
    </message>
    <message>
        <location line="-36" />
        <source>the database, as --db gives it.</source>
        <translation>cơ sở dữ liệu, viết như với --db.</translation>
    </message>
    <message>
        <location line="-30" />
        <source>status: for a database file, its schema version and size; for an office's PostgreSQL database (--db postgresql://user@server:5432/database), whether the server can be reached and lets the user in, its version, whether the connection is encrypted, whether the office's tables are there and their schema version against this app's, and what the user may do (create tables; read, write and change the office's data).
init: creates the office's tables in an empty PostgreSQL database, in one transaction; a database already initialised is left as it is, and one holding tables that are not BTXH Desktop's is refused.
migrate: upgrades an office's PostgreSQL database to this app's schema, in one transaction (run it as the user that ran init). A database made by a newer version of the app is refused, never changed.
The database may be given after the action instead of with --db. A database file needs neither: the app and every command that writes to it create and upgrade it.
password: reads the PostgreSQL password from standard input (or asks for it without echo on a terminal), checks it against the server and stores it in the OS keychain for that address; --clear removes it. A password is never taken from the command line or the address. Without a stored password, the server's password is read from ~/.pgpass.
copy --from SOURCE --to DESTINATION: copies an office's data from its database file into an office's PostgreSQL database, or from such a database into a new database file. The server database must be initialised at the file's schema version, or empty (it is then initialised first), and hold none of the office's data yet; a new file is written to DESTINATION.partial and renamed when done. The copy is one transaction on the destination: an interrupted copy leaves nothing of itself, and the same command starts it again. The search index is rebuilt there. At the end every table's row count and SHA-256 hash are compared and printed; on any difference nothing is kept.
Exit status: 0 done, 2 bad usage or input, 3 the database cannot be opened, reached, or refused the user, 5 no keychain service or the keyring is locked.</source>
        <translation>status: với tệp cơ sở dữ liệu, phiên bản lược đồ và dung lượng; với cơ sở dữ liệu PostgreSQL của cơ quan (--db postgresql://người_dùng@máy_chủ:5432/cơ_sở_dữ_liệu), máy chủ có kết nối được và có cho người dùng vào không, phiên bản của nó, kết nối có được mã hóa không, các bảng của cơ quan đã có chưa và phiên bản lược đồ của chúng so với của ứng dụng này, cùng những gì người dùng được làm (tạo bảng; đọc, ghi và thay đổi dữ liệu của cơ quan).
init: tạo các bảng của cơ quan trong một cơ sở dữ liệu PostgreSQL trống, trong một giao dịch; cơ sở dữ liệu đã khởi tạo thì được giữ nguyên, còn cơ sở dữ liệu chứa bảng không thuộc BTXH Desktop thì bị từ chối.
migrate: nâng cấp cơ sở dữ liệu PostgreSQL của cơ quan lên lược đồ của ứng dụng này, trong một giao dịch (hãy chạy bằng người dùng đã chạy init). Cơ sở dữ liệu do phiên bản mới hơn của ứng dụng tạo ra bị từ chối, không bao giờ bị thay đổi.
Có thể ghi cơ sở dữ liệu ngay sau thao tác thay vì dùng --db. Tệp cơ sở dữ liệu không cần hai thao tác này: ứng dụng và mọi lệnh ghi vào tệp sẽ tạo và nâng cấp nó.
password: đọc mật khẩu PostgreSQL từ đầu vào chuẩn (hoặc hỏi mà không hiện ký tự trên thiết bị đầu cuối), kiểm tra với máy chủ rồi lưu vào kho khóa của hệ điều hành cho địa chỉ đó; --clear xóa nó. Mật khẩu không bao giờ được lấy từ dòng lệnh hay từ địa chỉ. Khi chưa lưu mật khẩu, mật khẩu của máy chủ được đọc từ ~/.pgpass.
copy --from NGUỒN --to ĐÍCH: sao chép dữ liệu của cơ quan từ tệp cơ sở dữ liệu vào cơ sở dữ liệu PostgreSQL của cơ quan, hoặc từ cơ sở dữ liệu đó vào một tệp cơ sở dữ liệu mới. Cơ sở dữ liệu trên máy chủ phải đã được khởi tạo ở cùng phiên bản lược đồ với tệp, hoặc trống (khi đó nó được khởi tạo trước), và chưa chứa dữ liệu nào của cơ quan; tệp mới được ghi vào ĐÍCH.partial rồi đổi tên khi xong. Việc sao chép là một giao dịch ở nơi đích: một lần sao chép bị ngắt giữa chừng không để lại gì, và chạy lại đúng lệnh đó sẽ sao chép lại từ đầu. Chỉ mục tìm kiếm được dựng lại ở nơi đích. Cuối cùng, số dòng và mã băm SHA-256 của từng bảng được so sánh và in ra; nếu có khác biệt thì không giữ lại gì.
Mã thoát: 0 xong, 2 dùng sai hoặc dữ liệu vào sai, 3 không mở được, không kết nối được cơ sở dữ liệu hoặc người dùng bị từ chối, 5 không có dịch vụ kho khóa hoặc kho khóa đang bị khóa.</translation>
    </message>
    <message>
        <location line="-5" />
        <source>check a database, set up or upgrade an office's database server, copy an office's data to or from it, or keep its password in the OS keychain</source>
        <translation>kiểm tra một cơ sở dữ liệu, thiết lập hoặc nâng cấp máy chủ cơ sở dữ liệu của cơ quan, sao chép dữ liệu của cơ quan vào hoặc ra khỏi máy chủ đó, hoặc lưu mật khẩu của nó trong kho khóa của hệ điều hành</translation>
    </message>
    <message>
        <location line="+33" />
        <source>status, init, migrate, password or copy.</source>
        <translation>status, init, migrate, password hoặc copy.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>copy: the database to copy from.</source>
        <translation>copy: cơ sở dữ liệu để sao chép từ đó.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SOURCE</source>
        <translation>NGUỒN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>copy: the database to copy into.</source>
        <translation>copy: cơ sở dữ liệu để sao chép vào.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>DESTINATION</source>
        <translation>ĐÍCH</translation>
    </message>
    <message>
        <location line="+8" />
        <source>btxh db: give one action, status, init, migrate, password or copy; see btxh db --help</source>
        <translation>btxh db: hãy chọn một thao tác: status, init, migrate, password hoặc copy; xem btxh db --help</translation>
    </message>
    <message>
        <location line="+8" />
        <source>btxh db %1: --from and --to belong to btxh db copy.</source>
        <translation>btxh db %1: --from và --to chỉ dùng với btxh db copy.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>btxh db: give the database once, after the action or with --db.</source>
        <translation>btxh db: chỉ ghi cơ sở dữ liệu một lần, sau thao tác hoặc với --db.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>btxh db %1: --clear belongs to btxh db password.</source>
        <translation>btxh db %1: --clear chỉ dùng với btxh db password.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>btxh db %1: %2 is a database file; the app and every command that writes to it create and upgrade it (keeping a copy first). btxh db init and migrate are for an office's PostgreSQL database (postgresql://user@server/database).</source>
        <translation>btxh db %1: %2 là tệp cơ sở dữ liệu; ứng dụng và mọi lệnh ghi vào tệp sẽ tạo và nâng cấp nó (giữ một bản sao trước). btxh db init và migrate dành cho cơ sở dữ liệu PostgreSQL của cơ quan (postgresql://người_dùng@máy_chủ/cơ_sở_dữ_liệu).</translation>
    </message>
    <message>
        <location line="+13" />
        <source>btxh db copy: give the two databases with --from and --to, and nothing else.</source>
        <translation>btxh db copy: hãy cho hai cơ sở dữ liệu bằng --from và --to, không thêm gì khác.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>btxh db status: there is no database at %1 yet.</source>
        <translation>btxh db status: chưa có cơ sở dữ liệu nào tại %1.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Database file: %1</source>
        <translation>Tệp cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+93" />
        <source>Schema version: %1 (this app's: %2)</source>
        <translation>Phiên bản lược đồ: %1 (của ứng dụng này: %2)</translation>
    </message>
    <message>
        <location line="-89" />
        <source>Size: %1</source>
        <translation>Dung lượng: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dossiers: %1</source>
        <translation>Số hồ sơ: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>It is upgraded the next time the app or a writing command opens it (a copy is kept beside it first).</source>
        <translation>Nó sẽ được nâng cấp lần tới khi ứng dụng hoặc một lệnh ghi mở nó (trước đó một bản sao được giữ bên cạnh).</translation>
    </message>
    <message>
        <location line="+36" />
        <source>(The keychain could not be asked for a password: %1)</source>
        <translation>(Không hỏi được kho khóa về mật khẩu: %1)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Database: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server: PostgreSQL %1, reached as user "%2"</source>
        <translation>Máy chủ: PostgreSQL %1, kết nối với người dùng "%2"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connection: encrypted (%1, sslmode=%2)</source>
        <translation>Kết nối: có mã hóa (%1, sslmode=%2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connection: not encrypted (sslmode=%1)</source>
        <translation>Kết nối: không mã hóa (sslmode=%1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>May create tables: %1</source>
        <translation>Được tạo bảng: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Office tables present: %1</source>
        <translation>Đã có các bảng của cơ quan: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Schema: none yet (btxh db init creates it)</source>
        <translation>Lược đồ: chưa có (btxh db init sẽ tạo)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Other objects in the schema "%1": %2 (%3); btxh db init refuses a database that is not empty.</source>
        <translation>Đối tượng khác trong lược đồ "%1": %2 (%3); btxh db init từ chối cơ sở dữ liệu không trống.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>May read the office's data: %1</source>
        <translation>Được đọc dữ liệu của cơ quan: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May write the office's data: %1</source>
        <translation>Được ghi dữ liệu của cơ quan: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>May change the schema (btxh db migrate): %1</source>
        <translation>Được thay đổi lược đồ (btxh db migrate): %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>It is older than this app's: btxh db migrate upgrades it.</source>
        <translation>Lược đồ cũ hơn của ứng dụng này: btxh db migrate sẽ nâng cấp nó.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The user "%1" may not write every table of the office's schema: the app can only read this database as this user. The tables' owner can grant it (GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %2 TO %1).</source>
        <translation>Người dùng "%1" không được ghi vào mọi bảng trong lược đồ của cơ quan: với người dùng này, ứng dụng chỉ đọc được cơ sở dữ liệu. Chủ sở hữu các bảng có thể cấp quyền (GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %2 TO %1).</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Created the office's tables in %1 (schema %2).</source>
        <translation>Đã tạo các bảng của cơ quan trong %1 (lược đồ %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>btxh db init: %1 is already initialised, at schema %2 (this app's: %3); nothing was changed. btxh db migrate upgrades it.</source>
        <translation>btxh db init: %1 đã được khởi tạo, ở lược đồ %2 (của ứng dụng này: %3); chưa thay đổi gì. btxh db migrate sẽ nâng cấp nó.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is already initialised (schema %2, this app's); nothing was changed.</source>
        <translation>%1 đã được khởi tạo (lược đồ %2, đúng của ứng dụng này); chưa thay đổi gì.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Upgraded %1 from schema %2 to %3.</source>
        <translation>Đã nâng cấp %1 từ lược đồ %2 lên %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is at schema %2, this app's; nothing to do.</source>
        <translation>%1 đang ở lược đồ %2, đúng của ứng dụng này; không cần làm gì.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Removed the stored password of %1.</source>
        <translation>Đã xóa mật khẩu đã lưu của %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Password of %1: </source>
        <translation>Mật khẩu của %1: </translation>
    </message>
    <message>
        <location line="+6" />
        <source>btxh db password: standard input must hold the password on one line; nothing was stored.</source>
        <translation>btxh db password: đầu vào chuẩn phải chứa mật khẩu trên một dòng; chưa lưu gì.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nothing was stored.</source>
        <translation>Chưa lưu gì.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Stored the password of %1 in the keychain.</source>
        <translation>Đã lưu mật khẩu của %1 vào kho khóa.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server could not be reached to check it: %1</source>
        <translation>Không kết nối được máy chủ để kiểm tra mật khẩu: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server accepted it.</source>
        <translation>Máy chủ đã chấp nhận mật khẩu.</translation>
    </message>
</context>
<context>
    <name>DbCopy</name>
    <message>
        <location filename="../src/cli/DbCopy.cpp" line="+36" />
        <source>btxh db copy: copies between a database file and an office's PostgreSQL database (postgresql://user@server/database), one of each; to copy a file, use btxh backup.</source>
        <translation>btxh db copy: sao chép giữa một tệp cơ sở dữ liệu và một cơ sở dữ liệu PostgreSQL của cơ quan (postgresql://người_dùng@máy_chủ/cơ_sở_dữ_liệu), mỗi bên một; để sao chép một tệp, hãy dùng btxh backup.</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Created the office's tables in %1 (schema %2).</source>
        <translation>Đã tạo các bảng của cơ quan trong %1 (lược đồ %2).</translation>
    </message>
    <message>
        <location line="-20" />
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 trên %3 dòng</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(The keychain could not be asked for a password: %1)</source>
        <translation>(Không hỏi được kho khóa về mật khẩu: %1)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: %2 rows, SHA-256 %3</source>
        <translation>%1: %2 dòng, SHA-256 %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>DIFFERS in the copy: %1 rows, SHA-256 %2</source>
        <translation>KHÁC trong bản sao: %1 dòng, SHA-256 %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>btxh db copy: the copy differs from %1 in the tables marked; it was rolled back, nothing was written.</source>
        <translation>btxh db copy: bản sao khác với %1 ở các bảng được đánh dấu; đã hoàn tác, không ghi gì.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copied %1 rows in %2 s (%3 rows/s); every table's count and hash are the same on both sides.</source>
        <translation>Đã sao chép %1 dòng trong %2 giây (%3 dòng/giây); số dòng và mã băm của mọi bảng giống nhau ở cả hai bên.</translation>
    </message>
</context>
<context>
    <name>DeadlineSettingsPage</name>
    <message>
        <location filename="../ui/DeadlineSettingsPage.ui" line="+16" />
        <source>&amp;Processing time of each procedure, in working days</source>
        <translation>&amp;Thời hạn giải quyết của từng thủ tục, tính bằng ngày làm việc</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Extra &amp;days off</source>
        <translation>&amp;Ngày nghỉ bổ sung</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+17" />
        <source>dd/MM/yyyy, dd/MM/yyyy…</source>
        <translation>dd/MM/yyyy, dd/MM/yyyy…</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Make-up &amp;working days</source>
        <translation>Ngày làm &amp;bù</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <location filename="../ui/DossierForm.ui" line="+14" />
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Fields</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Submitted documents</source>
        <translation>Giấy tờ đã nộp</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Result papers</source>
        <translation>Giấy tờ kết quả</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Save draft</source>
        <translation>Lưu nháp</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keep the dossier on this computer; it is not sent (Ctrl+S)</source>
        <translation>Lưu hồ sơ trên máy này, chưa gửi đi (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Save and queue for sync</source>
        <translation>Lưu và đưa vào hàng chờ đồng bộ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save and send at the next sync; possible once no problem is left (Ctrl+Return)</source>
        <translation>Lưu và gửi ở lần đồng bộ tới; chỉ được khi không còn lỗi (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close the form; asks first when changes are not saved (Esc)</source>
        <translation>Đóng biểu mẫu; hỏi trước khi còn thay đổi chưa lưu (Esc)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <location filename="../src/cli/ExportCommand.cpp" line="+29" />
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>export the listed dossiers to an Excel (.xlsx), CSV or JSON file</source>
        <translation>xuất các hồ sơ trong danh sách ra tệp Excel (.xlsx), CSV hoặc JSON</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Writes the dossiers the filters select (the same filters as btxh list) to FILE: xlsx (an Excel workbook with real dates), CSV in UTF-8 with a byte-order mark so Excel shows Vietnamese correctly, or JSON (an array of dossiers in request form). The sheets have every field in the field table's order, headed by its label, codes with their names beside them, then the sync state and the legal deadline. Exit status: 0 ok, 2 bad usage or the file cannot be written, 3 the database cannot be read.</source>
        <translation>Ghi các hồ sơ được bộ lọc chọn (cùng bộ lọc như btxh list) ra FILE: xlsx (sổ tính Excel với ngày tháng thật), CSV UTF-8 có dấu BOM để Excel hiển thị đúng tiếng Việt, hoặc JSON (mảng hồ sơ dạng yêu cầu). Bảng tính có mọi trường theo thứ tự của bảng trường, tiêu đề là tên trường, mã kèm tên bên cạnh, rồi trạng thái đồng bộ và hạn xử lý theo quy định. Mã thoát: 0 thành công, 2 dùng sai hoặc không ghi được tệp, 3 không đọc được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>xlsx, csv or json (default: from the file's extension).</source>
        <translation>xlsx, csv hoặc json (mặc định: theo phần mở rộng của tệp).</translation>
    </message>
    <message>
        <location line="+10" />
        <source>btxh export: give --out FILE</source>
        <translation>btxh export: cần --out TỆP</translation>
    </message>
    <message>
        <location line="+8" />
        <source>btxh export: --format: use xlsx, csv or json</source>
        <translation>btxh export: --format: dùng xlsx, csv hoặc json</translation>
    </message>
    <message>
        <location line="+25" />
        <source>%L1 of %L2 dossiers written</source>
        <translation>Đã ghi %L1/%L2 hồ sơ</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+29" />
        <source>btxh export: %1 cannot be written: %2</source>
        <translation>btxh export: không ghi được %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-35" />
        <location line="+39" />
        <source>%n dossier(s) written to %1</source>
        <translation>
            <numerusform>Đã ghi %n hồ sơ vào %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtentDataXml</name>
    <message>
        <location filename="../src/core/ExtentDataXmlReader.cpp" line="+176" />
        <source>The document departs from the specification in more ways than those listed.</source>
        <translation>Tài liệu còn sai khác với đặc tả ở nhiều chỗ hơn những gì đã liệt kê.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>The element &lt;%1&gt; inside &lt;%2&gt; is not in the specification; its text was kept but not used.</source>
        <translation>Phần tử &lt;%1&gt; trong &lt;%2&gt; không có trong đặc tả; nội dung của nó được giữ lại nhưng không sử dụng.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The element &lt;%1&gt; inside &lt;%2&gt; is not in the specification; it was ignored.</source>
        <translation>Phần tử &lt;%1&gt; trong &lt;%2&gt; không có trong đặc tả; đã bỏ qua.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Text directly inside &lt;%1&gt; is not in the specification; it was ignored.</source>
        <translation>Văn bản nằm trực tiếp trong &lt;%1&gt; không có trong đặc tả; đã bỏ qua.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The document is too large (%1 bytes; at most %2 are accepted).</source>
        <translation>Tài liệu quá lớn (%1 byte; chỉ chấp nhận tối đa %2).</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The document contains a character XML does not allow (U+%1) at line %2, column %3.</source>
        <translation>Tài liệu chứa ký tự XML không cho phép (U+%1) tại dòng %2, cột %3.</translation>
    </message>
    <message>
        <location line="+42" />
        <source>The XML declaration at line %1, column %2 is not closed.</source>
        <translation>Khai báo XML tại dòng %1, cột %2 không được đóng.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The XML declaration %1 is malformed; it was ignored.</source>
        <translation>Khai báo XML %1 sai định dạng; đã bỏ qua.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The XML declaration %1 does not start the document; it was ignored.</source>
        <translation>Khai báo XML %1 không nằm ở đầu tài liệu; đã bỏ qua.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The document contains a document type declaration (&lt;!DOCTYPE) at line %1, column %2; DTDs are not accepted.</source>
        <translation>Tài liệu chứa khai báo kiểu tài liệu (&lt;!DOCTYPE) tại dòng %1, cột %2; không chấp nhận DTD.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The document declares an entity (&lt;!ENTITY) at line %1, column %2; entity declarations are not accepted.</source>
        <translation>Tài liệu khai báo thực thể (&lt;!ENTITY) tại dòng %1, cột %2; không chấp nhận khai báo thực thể.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The document contains a markup declaration (&lt;!) at line %1, column %2; markup declarations are not accepted.</source>
        <translation>Tài liệu chứa khai báo đánh dấu (&lt;!) tại dòng %1, cột %2; không chấp nhận khai báo đánh dấu.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The element name &lt;%1&gt; differs in case from the specification's &lt;%2&gt;; it was read as &lt;%2&gt;.</source>
        <translation>Tên phần tử &lt;%1&gt; khác chữ hoa/thường so với &lt;%2&gt; trong đặc tả; đã đọc như &lt;%2&gt;.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The document ends before it is complete (line %1, column %2).</source>
        <translation>Tài liệu kết thúc khi chưa hoàn chỉnh (dòng %1, cột %2).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The document is not well-formed XML at line %1, column %2: %3</source>
        <translation>Tài liệu không phải XML hợp lệ tại dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The document contains a document type declaration at line %1, column %2; DTDs are not accepted.</source>
        <translation>Tài liệu chứa khai báo kiểu tài liệu tại dòng %1, cột %2; không chấp nhận DTD.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The document refers to an entity at line %1, column %2; entities are not accepted.</source>
        <translation>Tài liệu tham chiếu tới một thực thể tại dòng %1, cột %2; không chấp nhận thực thể.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The document has more than %3 elements (line %1, column %2).</source>
        <translation>Tài liệu có hơn %3 phần tử (dòng %1, cột %2).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The document nests elements more than %3 deep (line %1, column %2).</source>
        <translation>Tài liệu lồng các phần tử sâu hơn %3 cấp (dòng %1, cột %2).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The document's root element is &lt;%3&gt; (line %1, column %2); &lt;ExtentData&gt; was expected.</source>
        <translation>Phần tử gốc của tài liệu là &lt;%3&gt; (dòng %1, cột %2); cần là &lt;ExtentData&gt;.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The document has no &lt;ExtentData&gt; element.</source>
        <translation>Tài liệu không có phần tử &lt;ExtentData&gt;.</translation>
    </message>
    <message>
        <location line="+43" />
        <source>The list &lt;%1&gt; appears more than once; their items were combined.</source>
        <translation>Danh sách &lt;%1&gt; xuất hiện nhiều lần; các mục đã được gộp lại.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The element &lt;%1&gt; appears more than once in one &lt;%2&gt;; the last one was kept.</source>
        <translation>Phần tử &lt;%1&gt; xuất hiện nhiều lần trong cùng một &lt;%2&gt;; đã giữ lại phần tử cuối.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The element &lt;%1&gt; contains other elements; only its text was kept.</source>
        <translation>Phần tử &lt;%1&gt; chứa các phần tử khác; chỉ giữ lại phần văn bản.</translation>
    </message>
</context>
<context>
    <name>FinalResultDialog</name>
    <message>
        <location filename="../ui/FinalResultDialog.ui" line="+14" />
        <source>Record the final result</source>
        <translation>Ghi nhận kết quả cuối cùng</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Result papers</source>
        <translation>Giấy tờ kết quả</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../ui/FirstRunWizard.ui" line="+14" />
        <source>Welcome to BTXH Desktop</source>
        <translation>Chào mừng đến với BTXH Desktop</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose the language of the app. You can change it later from the Language menu.</source>
        <translation>Chọn ngôn ngữ của ứng dụng. Có thể đổi sau trong trình đơn Ngôn ngữ.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The office's area</source>
        <translation>Địa bàn của cơ quan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Where the office works: at least the province. The commune (and, in an old list, the district) narrows the dossiers this computer receives.</source>
        <translation>Nơi cơ quan làm việc: ít nhất là tỉnh. Xã (và huyện, nếu dùng danh mục cũ) thu hẹp các hồ sơ máy này nhận.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Province</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <location line="+10" />
        <source>District</source>
        <translation>Quận/huyện</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Your role</source>
        <translation>Vai trò của bạn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>What you do decides what the app lets you change. An administrator can change it later in Settings.</source>
        <translation>Công việc của bạn quyết định những gì ứng dụng cho phép thay đổi. Quản trị viên có thể đổi lại trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+21" />
        <source>How to connect</source>
        <translation>Cách kết nối</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Everything works offline: dossiers are entered, checked and queued, and go out once a gateway is set up.</source>
        <translation>Mọi việc đều làm được khi không có mạng: hồ sơ được nhập, kiểm tra và đưa vào hàng chờ, rồi được gửi đi khi đã cấu hình cổng kết nối.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Work offline for now</source>
        <translation>Làm việc ngoại tuyến trước</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Connect to a gateway with the office's key pair</source>
        <translation>Kết nối với cổng kết nối bằng cặp khoá của cơ quan</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Gateway</source>
        <translation>Cổng kết nối</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The key pair goes straight into the operating system's keychain, never into a file. Leave both empty to add them later in Settings.</source>
        <translation>Cặp khoá được lưu thẳng vào kho khoá của hệ điều hành, không bao giờ vào tệp. Để trống cả hai nếu muốn thêm sau trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Try the demonstration first: generated dossiers in a temporary database, from a sandbox gateway on this computer. These questions come back at the next start.</source>
        <translation>Dùng thử chế độ trình diễn trước: hồ sơ mẫu trong một cơ sở dữ liệu tạm, từ một cổng kết nối thử (sandbox) trên máy này. Các câu hỏi này sẽ được hỏi lại ở lần khởi động sau.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/cli/ImportCommand.cpp" line="+54" />
        <source>store dossiers and processing steps from JSON files in the local database</source>
        <translation>lưu hồ sơ và bước xử lý từ các tệp JSON vào cơ sở dữ liệu cục bộ</translation>
    </message>
    <message>
        <location line="+11" />
        <source>JSON files to import.</source>
        <translation>Các tệp JSON cần nhập.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import nothing if any item has an error.</source>
        <translation>Không nhập gì nếu có mục bị lỗi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name recorded in the audit trail for local records (default: $USER).</source>
        <translation>Tên ghi vào nhật ký thao tác cho các bản ghi cục bộ (mặc định: $USER).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>btxh import: give at least one FILE</source>
        <translation>btxh import: cần ít nhất một TỆP</translation>
    </message>
    <message>
        <location line="+58" />
        <source>the gateway answered error_code %1: %2</source>
        <translation>cổng kết nối trả về error_code %1: %2</translation>
    </message>
    <message>
        <location line="-22" />
        <source>a dossier without MaHoSo cannot be stored; skipped</source>
        <translation>không lưu được hồ sơ không có MaHoSo; đã bỏ qua</translation>
    </message>
    <message>
        <location line="-57" />
        <source>Stores each FILE in the local database. A pull response (or its items) is kept as the server's copy; a dossier or step in request form is a local record, queued for push when valid and kept as a draft, with its problems printed, when not. A dossier already stored (same MaHoSo) is updated, never duplicated. A large file is read 500 items at a time, so memory does not grow with its size. Exit status: 0 all imported, 1 drafts or rejected items, 2 a file cannot be read, 3 the database cannot be written.</source>
        <translation>Lưu từng FILE vào cơ sở dữ liệu trên máy. Kết quả lấy về (hoặc các mục của nó) được giữ làm bản của máy chủ; hồ sơ hoặc bước xử lý ở dạng yêu cầu là bản ghi tại chỗ, được xếp hàng để đẩy lên khi hợp lệ, còn khi không hợp lệ thì được giữ làm bản nháp và in ra các lỗi. Hồ sơ đã có (cùng MaHoSo) được cập nhật, không bao giờ bị trùng. Tệp lớn được đọc mỗi lần 500 mục nên bộ nhớ không tăng theo kích thước tệp. Mã thoát: 0 đã nhập hết, 1 có bản nháp hoặc mục bị từ chối, 2 không đọc được một tệp, 3 không ghi được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>a processing step without MaHoSo cannot be stored; skipped</source>
        <translation>không lưu được bước xử lý không có MaHoSo; đã bỏ qua</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n pull request bod(ies) skipped: there is nothing to store in a query</source>
        <translation>
            <numerusform>Đã bỏ qua %n nội dung yêu cầu lấy dữ liệu: một truy vấn không có gì để lưu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+121" />
        <source>in the items from byte %1 on: %2</source>
        <translation>trong các mục từ byte %1 trở đi: %2</translation>
    </message>
    <message>
        <location line="+116" />
        <source>the file is %1 MB, larger than the %2 MB limit, and cannot be read in windows: %3</source>
        <translation>tệp có %1 MB, lớn hơn giới hạn %2 MB, và không đọc theo từng phần được: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+41" />
        <source>btxh import: --strict: nothing imported (%n item(s) with errors</source>
        <translation>
            <numerusform>btxh import: --strict: không nhập gì (%n mục có lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n unreadable file(s)</source>
        <translation>
            <numerusform>, %n tệp không đọc được</numerusform>
        </translation>
    </message>
    <message>
        <location line="-198" />
        <source>btxh import: stopped; the batches before this one are stored.</source>
        <translation>btxh import: đã dừng; các lô trước lô này đã được lưu.</translation>
    </message>
    <message>
        <location line="+226" />
        <source>new %1, updated %2, unchanged %3, conflicts %4, drafts %5, rejected %6</source>
        <translation>mới %1, cập nhật %2, không đổi %3, xung đột %4, bản nháp %5, bị từ chối %6</translation>
    </message>
</context>
<context>
    <name>ImportSheetCommand</name>
    <message>
        <location filename="../src/cli/ImportSheetCommand.cpp" line="+12" />
        <source>check, then store, new dossiers from a spreadsheet (CSV) in the import template</source>
        <translation>kiểm tra rồi lưu các hồ sơ mới từ bảng tính (CSV) theo mẫu nhập</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Reads FILE, a sheet in the import template saved as CSV UTF-8 (a list exported with btxh export --format csv reads too), judges every row and prints each problem with its row and column. Nothing is stored without --yes; then the valid rows are stored and queued for the next sync, and rows with errors only with --drafts, as drafts. Rows without MaHoSo, repeated in the file or already in the database are never stored. Exit status: 0 every row good (and stored with --yes), 1 some rows have problems, 2 the file cannot be used or bad usage, 3 the database cannot be read or written.</source>
        <translation>Đọc FILE, một bảng tính theo mẫu nhập được lưu dạng CSV UTF-8 (danh sách xuất bằng btxh export --format csv cũng đọc được), kiểm tra từng dòng và in từng lỗi kèm dòng và cột. Không lưu gì nếu thiếu --yes; khi có --yes, các dòng hợp lệ được lưu và đưa vào hàng đợi cho lần đồng bộ sau, còn các dòng có lỗi chỉ được lưu làm bản nháp khi có --drafts. Dòng không có MaHoSo, trùng trong tệp hoặc đã có trong cơ sở dữ liệu thì không bao giờ được lưu. Mã thoát: 0 mọi dòng đều tốt (và đã lưu nếu có --yes), 1 một số dòng có vấn đề, 2 không dùng được tệp hoặc dùng sai, 3 không đọc hoặc ghi được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The CSV file to import.</source>
        <translation>Tệp CSV cần nhập.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Store the rows (without it, only check them).</source>
        <translation>Lưu các dòng (không có tuỳ chọn này thì chỉ kiểm tra).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep rows with errors as drafts.</source>
        <translation>Giữ các dòng có lỗi làm bản nháp.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Write the empty template (.csv or .xlsx) to FILE and stop.</source>
        <translation>Ghi mẫu nhập trống (.csv hoặc .xlsx) ra FILE rồi dừng.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name recorded in the audit trail (default: $USER).</source>
        <translation>Tên ghi vào nhật ký thao tác (mặc định: $USER).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The import template was written to %1</source>
        <translation>Đã ghi mẫu nhập ra %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>give one FILE</source>
        <translation>hãy cho một FILE</translation>
    </message>
    <message>
        <location line="+28" />
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 rows: %2 ready, %3 with errors, %4 cannot be imported.</source>
        <translation>%1 dòng: %2 sẵn sàng, %3 có lỗi, %4 không nhập được.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing was stored: add --yes to store the ready rows (and --drafts to keep the rows with errors as drafts).</source>
        <translation>Chưa lưu gì: thêm --yes để lưu các dòng sẵn sàng (và --drafts để giữ các dòng có lỗi làm bản nháp).</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%n dossier(s) stored.</source>
        <translation>
            <numerusform>Đã lưu %n hồ sơ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexDeferral</name>
    <message>
        <location filename="../src/cli/IndexDeferral.cpp" line="+17" />
        <source>Whether the database's indexes are set aside while the dossiers are written and made again at the end, which is faster for a large load (meanwhile a search does not find the dossiers being loaded): auto (default: a large load into a small database), defer or keep.</source>
        <translation>Có tạm bỏ các chỉ mục của cơ sở dữ liệu trong khi ghi hồ sơ rồi tạo lại ở cuối hay không (nhanh hơn khi nạp nhiều; trong lúc đó tìm kiếm chưa thấy các hồ sơ đang nạp): auto (mặc định: nạp nhiều vào một cơ sở dữ liệu nhỏ), defer (tạm bỏ) hoặc keep (giữ nguyên).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>btxh %1: --indexes is auto, defer or keep, not "%2".</source>
        <translation>btxh %1: --indexes là auto, defer hoặc keep, không phải "%2".</translation>
    </message>
    <message>
        <location line="+40" />
        <source>btxh %1: making the database's indexes again: %2 of %3</source>
        <translation>btxh %1: đang tạo lại các chỉ mục của cơ sở dữ liệu: %2 trên %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>btxh %1: the database's indexes are made again the next time it is opened.</source>
        <translation>btxh %1: các chỉ mục của cơ sở dữ liệu sẽ được tạo lại vào lần mở tiếp theo.</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <location filename="../src/cli/InputFile.cpp" line="+19" />
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <location line="+2" />
        <source>is a folder, not a file</source>
        <translation>là thư mục, không phải tệp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the file is %1 MB, larger than the %2 MB limit</source>
        <translation>tệp có dung lượng %1 MB, vượt giới hạn %2 MB</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+4" />
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
</context>
<context>
    <name>JsonCodec</name>
    <message>
        <location filename="../src/core/JsonCodec.cpp" line="+79" />
        <source>the field appears twice (as "%1"); the first value is kept</source>
        <translation>trường xuất hiện hai lần (dưới tên "%1"); giữ giá trị đầu tiên</translation>
    </message>
    <message>
        <location line="+9" />
        <source>expected text or a number, got a JSON %1</source>
        <translation>cần văn bản hoặc số, nhưng nhận được %1 JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <source>array</source>
        <translation>mảng</translation>
    </message>
    <message>
        <location line="+0" />
        <source>object</source>
        <translation>đối tượng</translation>
    </message>
    <message>
        <location line="+20" />
        <source>the XML document cannot be read: %1</source>
        <translation>không đọc được tài liệu XML: %1</translation>
    </message>
    <message>
        <location line="+41" />
        <source>the token response has no access_token</source>
        <translation>phản hồi cấp token không có access_token</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the token type is "%1", expected Bearer</source>
        <translation>loại token là "%1", cần là Bearer</translation>
    </message>
</context>
<context>
    <name>KeychainError</name>
    <message>
        <location filename="../src/secrets/KeychainError.cpp" line="+40" />
        <source>No keychain service is running (%1). Start gnome-keyring (or another Secret Service), or set BTXH_CONSUMER_KEY and BTXH_CONSUMER_SECRET in the environment. The keys are never kept in a plain-text file instead.</source>
        <translation>Không có dịch vụ kho khoá nào đang chạy (%1). Hãy khởi động gnome-keyring (hoặc một dịch vụ Secret Service khác), hoặc đặt BTXH_CONSUMER_KEY và BTXH_CONSUMER_SECRET trong biến môi trường. Các khoá không bao giờ được lưu thay vào một tệp văn bản thường.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>no keychain backend is available</source>
        <translation>không có kho khoá nào khả dụng</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The keyring is locked or not set up. Unlock it (log in to the desktop session, or start gnome-keyring-daemon with --unlock) and try again.</source>
        <translation>Kho khoá đang bị khoá hoặc chưa được thiết lập. Hãy mở khoá (đăng nhập vào phiên làm việc trên máy tính, hoặc chạy gnome-keyring-daemon với --unlock) rồi thử lại.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No %1 is stored for profile “%2”.</source>
        <translation>Chưa lưu %1 cho cấu hình điểm kết nối “%2”.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>The keychain did not answer within %n second(s); it may be waiting for an unlock prompt.</source>
        <translation>
            <numerusform>Kho khoá không phản hồi trong vòng %n giây; có thể kho khoá đang chờ mở khoá.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19" />
        <source>Access to the keychain was denied: %1</source>
        <translation>Bị từ chối truy cập kho khoá: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The keychain failed: %1</source>
        <translation>Kho khoá gặp lỗi: %1</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <location filename="../src/cli/KeysCommand.cpp" line="+37" />
        <source>store, check or remove the gateway consumer key and secret in the OS keychain</source>
        <translation>lưu, kiểm tra hoặc xoá khoá và mật khẩu ứng dụng (consumer key/secret) của cổng kết nối trong kho khoá của hệ điều hành</translation>
    </message>
    <message>
        <location line="+4" />
        <source>set: reads the consumer key and the consumer secret from standard input, one per line (or asks for them without echo on a terminal) and stores them in the OS keychain; they are never taken from the command line. status: says whether they are stored (the secret is never shown). clear: removes them.
BTXH_CONSUMER_KEY and BTXH_CONSUMER_SECRET in the environment, when both are set, take precedence over the keychain (for unattended runs).
set and clear are an administrator's: when the role stored in the database (--db) is another one, they are refused and the keychain is left alone, as in the app's Settings.
Exit status: 0 done (status: a key and secret are available), 2 bad usage or input, 5 no keychain service, keyring locked, or (status) no key and secret stored, 7 the database's role is not the administrator.</source>
        <translation>set: đọc khoá ứng dụng (consumer key) và mật khẩu ứng dụng (consumer secret) từ đầu vào chuẩn, mỗi giá trị một dòng (hoặc hỏi nhập mà không hiện ký tự khi chạy trên terminal) rồi lưu vào kho khoá của hệ điều hành; không bao giờ nhận chúng từ dòng lệnh. status: cho biết đã lưu hay chưa (không bao giờ hiện mật khẩu ứng dụng). clear: xoá chúng.
Khi đặt cả BTXH_CONSUMER_KEY và BTXH_CONSUMER_SECRET trong biến môi trường, chúng được ưu tiên hơn kho khoá (cho các lần chạy tự động).
set và clear là việc của quản trị viên: khi vai trò lưu trong cơ sở dữ liệu (--db) là vai trò khác, chúng bị từ chối và kho khoá được giữ nguyên, như trong phần Cài đặt của ứng dụng.
Mã thoát: 0 hoàn tất (status: đã có khoá và mật khẩu ứng dụng), 2 dùng sai lệnh hoặc đầu vào không hợp lệ, 5 không có dịch vụ kho khoá, kho khoá đang bị khoá, hoặc (status) chưa lưu khoá và mật khẩu ứng dụng, 7 vai trò của cơ sở dữ liệu không phải quản trị viên.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>set, status or clear.</source>
        <translation>set, status hoặc clear.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The endpoint profile (default: "default").</source>
        <translation>Cấu hình điểm kết nối (mặc định: "default").</translation>
    </message>
    <message>
        <location line="+15" />
        <source>btxh keys: too many arguments. The key and secret are read from standard input, never from the command line.</source>
        <translation>btxh keys: thừa đối số. Khoá và mật khẩu ứng dụng được đọc từ đầu vào chuẩn, không bao giờ từ dòng lệnh.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>btxh keys: give an action: set, status or clear; see btxh keys --help</source>
        <translation>btxh keys: cần một thao tác: set, status hoặc clear; xem btxh keys --help</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the key pair</source>
        <translation>cặp khoá</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Consumer key for profile "%1": </source>
        <translation>Khoá ứng dụng (consumer key) cho cấu hình "%1": </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consumer secret: </source>
        <translation>Mật khẩu ứng dụng (consumer secret): </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Consumer secret again: </source>
        <translation>Nhập lại mật khẩu ứng dụng: </translation>
    </message>
    <message>
        <location line="+2" />
        <source>btxh keys: the two secrets differ; nothing was stored.</source>
        <translation>btxh keys: hai mật khẩu ứng dụng không khớp; chưa lưu gì.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>btxh keys set: standard input must hold two lines, the consumer key and then the consumer secret; nothing was stored.</source>
        <translation>btxh keys set: đầu vào chuẩn phải có hai dòng, khoá ứng dụng rồi đến mật khẩu ứng dụng; chưa lưu gì.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The consumer key of profile "%1" was stored but its secret was not; run "btxh keys set" again.</source>
        <translation>Đã lưu khoá ứng dụng của cấu hình "%1" nhưng chưa lưu được mật khẩu ứng dụng; hãy chạy lại "btxh keys set".</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Stored the consumer key and secret of profile "%1" in the keychain.</source>
        <translation>Đã lưu khoá và mật khẩu ứng dụng của cấu hình "%1" vào kho khoá.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Note: %1 / %2 are set in the environment and take precedence over the keychain.</source>
        <translation>Lưu ý: %1 / %2 đã được đặt trong biến môi trường và được ưu tiên hơn kho khoá.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>stored</source>
        <translation>đã lưu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>not stored</source>
        <translation>chưa lưu</translation>
    </message>
    <message>
        <location line="+0" />
        <source>unknown (the keychain failed)</source>
        <translation>không rõ (kho khoá gặp lỗi)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Profile "%1":</source>
        <translation>Cấu hình "%1":</translation>
    </message>
    <message>
        <location line="+1" />
        <source>consumer key in the keychain: %1</source>
        <translation>khoá ứng dụng trong kho khoá: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>consumer secret in the keychain: %1</source>
        <translation>mật khẩu ứng dụng trong kho khoá: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (%2) and %3 are set in the environment and take precedence over the keychain.</source>
        <translation>%1 (%2) và %3 đã được đặt trong biến môi trường và được ưu tiên hơn kho khoá.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only one of %1 and %2 is set in the environment: set both, or neither.</source>
        <translation>Biến môi trường chỉ đặt một trong hai biến %1 và %2: hãy đặt cả hai, hoặc không đặt biến nào.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>btxh keys: no consumer key and secret are stored for profile "%1"; run "btxh keys set --profile %1".</source>
        <translation>btxh keys: chưa lưu khoá và mật khẩu ứng dụng cho cấu hình "%1"; hãy chạy "btxh keys set --profile %1".</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Removed the consumer key and secret of profile "%1" from the keychain.</source>
        <translation>Đã xoá khoá và mật khẩu ứng dụng của cấu hình "%1" khỏi kho khoá.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../src/cli/ListCommand.cpp" line="+38" />
        <source>list the dossiers in the local database, with filters and accent-insensitive search</source>
        <translation>liệt kê các hồ sơ trong cơ sở dữ liệu cục bộ, có bộ lọc và tìm kiếm không phân biệt dấu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Lists the stored dossiers: MaHoSo, name, received, procedure, status, commune code and name (in the GSO list in force on the received date) and sync state, one per line (--json: one JSON array). Exit status: 0 ok, 2 bad option, 3 the database cannot be read.</source>
        <translation>Liệt kê các hồ sơ đã lưu: MaHoSo, họ tên, ngày tiếp nhận, thủ tục, trạng thái, mã và tên xã (theo danh mục GSO có hiệu lực vào ngày tiếp nhận) và trạng thái đồng bộ, mỗi hồ sơ một dòng (--json: một mảng JSON). Mã thoát: 0 thành công, 2 tùy chọn sai, 3 không đọc được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Print a JSON array of objects instead of lines.</source>
        <translation>In một mảng JSON gồm các đối tượng thay vì từng dòng.</translation>
    </message>
    <message numerus="yes">
        <location line="+64" />
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+14" />
        <source>BTXH Desktop</source>
        <translation>BTXH Desktop</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Search by name, ID number or dossier code — with or without tone marks</source>
        <translation>Tìm theo họ tên, số CMND/CCCD hoặc mã hồ sơ — gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location line="+64" />
        <location line="+3" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+3" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+3" />
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+3" />
        <source>Sync state</source>
        <translation>Tình trạng đồng bộ</translation>
    </message>
    <message>
        <location line="-87" />
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Received from</source>
        <translation>Tiếp nhận từ ngày</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Received to</source>
        <translation>Tiếp nhận đến ngày</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Overdue only</source>
        <translation>Chỉ hồ sơ quá hạn</translation>
    </message>
    <message>
        <location line="+81" />
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Processing</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Dossier</source>
        <translation>&amp;Hồ sơ</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <location line="+24" />
        <source>New dossier…</source>
        <translation>Hồ sơ mới…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Enter a new dossier</source>
        <translation>Nhập một hồ sơ mới</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Open dossier…</source>
        <translation>Mở hồ sơ…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open the selected dossier</source>
        <translation>Mở hồ sơ đang chọn</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Queue for sync</source>
        <translation>Đưa vào hàng chờ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Queue the selected dossier for the next sync (when it has no problem left)</source>
        <translation>Đưa hồ sơ đang chọn vào hàng chờ cho lần đồng bộ tới (khi không còn lỗi)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Add processing step…</source>
        <translation>Thêm bước xử lý…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Record a processing step of the selected dossier</source>
        <translation>Ghi nhận một bước xử lý của hồ sơ đang chọn</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Record final result…</source>
        <translation>Ghi nhận kết quả…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Record the final result of the selected dossier</source>
        <translation>Ghi nhận kết quả cuối cùng của hồ sơ đang chọn</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Resolve conflict…</source>
        <translation>Giải quyết xung đột…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Compare your version with the server's and choose</source>
        <translation>So sánh bản của bạn với bản trên máy chủ rồi chọn</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Search by name, ID number or dossier code</source>
        <translation>Tìm theo họ tên, số CMND/CCCD hoặc mã hồ sơ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Send what is queued and receive what is new</source>
        <translation>Gửi những gì đang chờ và nhận dữ liệu mới</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sync panel</source>
        <translation>Bảng đồng bộ</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Show or hide the sync panel</source>
        <translation>Hiện hoặc ẩn bảng đồng bộ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sort names by given name</source>
        <translation>Xếp theo tên</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Order the list by given name (tên), then family and middle names, as Vietnamese lists are</source>
        <translation>Xếp danh sách theo tên, rồi đến họ và tên đệm, như các danh sách tiếng Việt</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Read the list again</source>
        <translation>Đọc lại danh sách</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Import…</source>
        <translation>Nhập hồ sơ…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add dossiers from a sheet in the import template (CSV) or an exported dossier file (JSON); every row is shown with its problems before anything is stored</source>
        <translation>Thêm hồ sơ từ bảng tính theo mẫu nhập (CSV) hoặc tệp hồ sơ đã xuất (JSON); mọi dòng được hiển thị cùng các lỗi trước khi lưu</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save the import template…</source>
        <translation>Lưu mẫu nhập hồ sơ…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Save an empty sheet with the columns an import reads</source>
        <translation>Lưu một bảng tính trống có các cột mà chức năng nhập đọc</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export the list…</source>
        <translation>Xuất danh sách…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write the dossiers listed (as filtered and sorted) to an Excel workbook or a CSV file</source>
        <translation>Ghi các hồ sơ trong danh sách (theo bộ lọc và thứ tự đang chọn) ra sổ tính Excel hoặc tệp CSV</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Back up…</source>
        <translation>Sao lưu…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the whole database to a backup file (the app keeps working)</source>
        <translation>Sao chép toàn bộ cơ sở dữ liệu ra một tệp sao lưu (ứng dụng vẫn tiếp tục làm việc)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Restore from backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Replace the database with a backup (the current one is kept as a safety copy)</source>
        <translation>Thay cơ sở dữ liệu bằng một bản sao lưu (cơ sở dữ liệu hiện tại được giữ lại làm bản sao an toàn)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Connection, office, role and language</source>
        <translation>Kết nối, cơ quan, vai trò và ngôn ngữ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Close the app (open forms ask about unsaved changes first)</source>
        <translation>Đóng ứng dụng (các biểu mẫu đang mở sẽ hỏi trước về thay đổi chưa lưu)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>About BTXH Desktop</source>
        <translation>Giới thiệu BTXH Desktop</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Version, licence and the licences of the parts it is built from</source>
        <translation>Phiên bản, giấy phép và giấy phép của các thành phần</translation>
    </message>
    <message>
        <location line="+5" />
        <source>About Qt</source>
        <translation>Giới thiệu Qt</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../src/store/Migrations.cpp" line="+463" />
        <source>The database %1 was made by a newer version of BTXH Desktop (schema %2; this version knows up to %3). It was not opened and was left untouched: update the application to use it.</source>
        <translation>Cơ sở dữ liệu %1 được tạo bởi phiên bản BTXH Desktop mới hơn (lược đồ %2; phiên bản này chỉ hỗ trợ đến %3). Cơ sở dữ liệu không được mở và được giữ nguyên: hãy cập nhật ứng dụng để sử dụng.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The database %1 must be upgraded to this version, and a backup is made first; the backup failed, so it was not upgraded and was left untouched. %2</source>
        <translation>Cơ sở dữ liệu %1 cần được nâng cấp lên phiên bản này và trước đó phải sao lưu; việc sao lưu thất bại nên cơ sở dữ liệu không được nâng cấp và được giữ nguyên. %2</translation>
    </message>
</context>
<context>
    <name>OfficeDatabasePage</name>
    <message>
        <location filename="../ui/OfficeDatabasePage.ui" line="+12" />
        <source>When several officers work on the same cases, the office keeps them in one PostgreSQL database on its server. Copy this computer's cases there once, or copy the office's cases into a new file to take along. The copy is checked table by table (row counts and SHA-256) and is kept only when every table matches; this computer's database is not changed.</source>
        <translation>Khi nhiều cán bộ cùng xử lý các hồ sơ, cơ quan giữ chúng trong một cơ sở dữ liệu PostgreSQL trên máy chủ của mình. Hãy sao chép hồ sơ của máy này lên đó một lần, hoặc sao chép hồ sơ của cơ quan vào một tệp mới để mang theo. Bản sao được kiểm tra từng bảng (số dòng và SHA-256) và chỉ được giữ khi mọi bảng khớp; cơ sở dữ liệu của máy này không bị thay đổi.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This computer's database</source>
        <translation>Cơ sở dữ liệu của máy này</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Office &amp;server</source>
        <translation>&amp;Máy chủ cơ quan</translation>
    </message>
    <message>
        <location line="+10" />
        <source>postgresql://user@server:5432/database</source>
        <translation>postgresql://nguoidung@maychu:5432/tencsdl</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pass&amp;word</source>
        <translation>Mật &amp;khẩu</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the one stored in the keychain, or ~/.pgpass</source>
        <translation>mật khẩu lưu trong kho khóa, hoặc ~/.pgpass</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Copy this computer's cases to the server</source>
        <translation>&amp;Sao chép hồ sơ của máy này lên máy chủ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Copy the server's cases into a new &amp;file…</source>
        <translation>Sao chép hồ sơ của máy chủ vào một &amp;tệp mới…</translation>
    </message>
    <message>
        <location line="+26" />
        <source>This computer opens</source>
        <translation>Máy này mở</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Its &amp;own database file (one officer; works without a network)</source>
        <translation>Tệp cơ sở dữ liệu &amp;riêng (một cán bộ; làm việc được khi không có mạng)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The office's server &amp;database above (several officers on the same cases)</source>
        <translation>Cơ sở &amp;dữ liệu trên máy chủ của cơ quan ở trên (nhiều cán bộ cùng làm trên các hồ sơ)</translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <location filename="../src/core/Payload.cpp" line="+76" />
        <source>item %1 is not a JSON object but %2</source>
        <translation>mục %1 không phải đối tượng JSON mà là %2</translation>
    </message>
    <message>
        <location line="+17" />
        <location line="+12" />
        <source>item %1 has no MaHoSo</source>
        <translation>mục %1 không có MaHoSo</translation>
    </message>
    <message>
        <location line="+9" />
        <source>item %1 is neither a dossier nor a processing step: none of its keys is a field of the specification</source>
        <translation>mục %1 không phải hồ sơ cũng không phải bước xử lý: không có khoá nào là trường trong đặc tả</translation>
    </message>
    <message>
        <location line="+41" />
        <source>the document is %1 MB, larger than the %2 MB limit</source>
        <translation>tài liệu có dung lượng %1 MB, vượt giới hạn %2 MB</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the document is empty</source>
        <translation>tài liệu rỗng</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not valid JSON at byte %1: %2</source>
        <translation>không phải JSON hợp lệ tại byte %1: %2</translation>
    </message>
    <message>
        <location line="+19" />
        <source>result.data is not a list of items</source>
        <translation>result.data không phải danh sách các mục</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"result" is not a JSON object</source>
        <translation>"result" không phải đối tượng JSON</translation>
    </message>
</context>
<context>
    <name>PayloadStream</name>
    <message>
        <location filename="../src/store/PayloadStream.cpp" line="+65" />
        <location line="+53" />
        <location line="+228" />
        <location line="+3" />
        <location line="+14" />
        <location line="+14" />
        <source>cannot be read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <location line="-308" />
        <source>not a regular file: it cannot be read in windows</source>
        <translation>không phải tệp thông thường: không đọc theo từng phần được</translation>
    </message>
    <message>
        <location line="+39" />
        <source>not a number, true, false or null at byte %1: "%2"</source>
        <translation>không phải số, true, false hay null tại byte %1: "%2"</translation>
    </message>
    <message>
        <location line="+52" />
        <source>a control character inside the string starting at byte %1, at byte %2</source>
        <translation>có ký tự điều khiển trong chuỗi bắt đầu tại byte %1, ở byte %2</translation>
    </message>
    <message>
        <location line="+36" />
        <source>there is more than one item array</source>
        <translation>có nhiều hơn một mảng các mục</translation>
    </message>
    <message>
        <location line="+19" />
        <source>unbalanced brackets: '%1' at byte %2 closes nothing</source>
        <translation>ngoặc không cân: '%1' tại byte %2 không đóng ngoặc nào</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unbalanced brackets: '%1' at byte %2 does not close the '%3' opened at byte %4</source>
        <translation>ngoặc không cân: '%1' tại byte %2 không đóng được '%3' mở tại byte %4</translation>
    </message>
    <message>
        <location line="+12" />
        <source>the file does not start with a JSON array or object</source>
        <translation>tệp không bắt đầu bằng một mảng hay đối tượng JSON</translation>
    </message>
    <message>
        <location line="+24" />
        <source>a value is missing before '%1' at byte %2 (a comma too many?)</source>
        <translation>thiếu giá trị trước '%1' tại byte %2 (thừa dấu phẩy?)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>unexpected '%1' at byte %2 where a value should be</source>
        <translation>gặp '%1' tại byte %2 ở chỗ lẽ ra là một giá trị</translation>
    </message>
    <message>
        <location line="+21" />
        <source>a key is missing before '}' at byte %1 (a comma too many?)</source>
        <translation>thiếu khoá trước '}' tại byte %1 (thừa dấu phẩy?)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unexpected '%1' at byte %2 where a key in quotes should be</source>
        <translation>gặp '%1' tại byte %2 ở chỗ lẽ ra là một khoá trong ngoặc kép</translation>
    </message>
    <message>
        <location line="+7" />
        <source>expected ':' after a key at byte %1, found '%2'</source>
        <translation>cần ':' sau khoá tại byte %1, nhưng gặp '%2'</translation>
    </message>
    <message>
        <location line="+12" />
        <source>expected ',' or a closing bracket at byte %1, found '%2'</source>
        <translation>cần ',' hoặc ngoặc đóng tại byte %1, nhưng gặp '%2'</translation>
    </message>
    <message>
        <location line="+8" />
        <source>garbage after the end of the document at byte %1</source>
        <translation>có dữ liệu thừa sau phần cuối của tài liệu tại byte %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unterminated string starting at byte %1</source>
        <translation>chuỗi bắt đầu tại byte %1 không được đóng</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the document is empty</source>
        <translation>tài liệu rỗng</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unbalanced brackets: the document ends at byte %1 with the '%2' opened at byte %3 still open</source>
        <translation>ngoặc không cân: tài liệu kết thúc tại byte %1 trong khi '%2' mở tại byte %3 vẫn chưa đóng</translation>
    </message>
    <message>
        <location line="+6" />
        <source>the document ends at byte %1 in the middle of a value</source>
        <translation>tài liệu kết thúc tại byte %1 giữa chừng một giá trị</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"result" or "data" appears twice</source>
        <translation>"result" hoặc "data" xuất hiện hai lần</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no item array found (neither a top-level array nor result.data)</source>
        <translation>không tìm thấy mảng các mục (không có mảng ở cấp ngoài cùng, cũng không có result.data)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the bytes around the item array are larger than %1 MB</source>
        <translation>phần bao quanh mảng các mục lớn hơn %1 MB</translation>
    </message>
    <message>
        <location line="+41" />
        <source>the file changed while it was being read (it ends at byte %1)</source>
        <translation>tệp đã thay đổi trong khi đang đọc (nó kết thúc tại byte %1)</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <location filename="../src/cli/PrintCommand.cpp" line="+29" />
        <source>print a dossier's receipt or sheet, or the tracking book of the list, or save it as PDF</source>
        <translation>in giấy tiếp nhận hoặc phiếu thông tin của một hồ sơ, hay sổ theo dõi hồ sơ của danh sách, hoặc lưu thành PDF</translation>
    </message>
    <message>
        <location line="+4" />
        <source>btxh print receipt MAHOSO: the citizen's receipt with its appointment date and QR code.
btxh print sheet MAHOSO: every field, the documents, the result papers and the processing steps.
btxh print book [filters]: the tracking book of the dossiers `btxh list` shows with the same filters.
Goes to the default printer, or to a PDF file with --pdf FILE. Exit status: 0 ok, 1 no such dossier, 2 bad usage or the file cannot be written, 3 the database cannot be read, 5 no printer is installed (use --pdf).</source>
        <translation>btxh print receipt MAHOSO: giấy tiếp nhận hồ sơ và hẹn trả kết quả cho người dân, có mã QR.
btxh print sheet MAHOSO: mọi trường, thành phần hồ sơ, giấy tờ kết quả và các bước xử lý.
btxh print book [bộ lọc]: sổ theo dõi các hồ sơ mà `btxh list` liệt kê với cùng bộ lọc.
In ra máy in mặc định, hoặc ghi tệp PDF với --pdf TỆP. Mã thoát: 0 thành công, 1 không có hồ sơ đó, 2 dùng sai hoặc không ghi được tệp, 3 không đọc được cơ sở dữ liệu, 5 chưa cài máy in (hãy dùng --pdf).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>receipt, sheet or book</source>
        <translation>receipt, sheet hoặc book</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The dossier's code (receipt and sheet).</source>
        <translation>Mã hồ sơ (với receipt và sheet).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Write a PDF file instead of printing.</source>
        <translation>Ghi ra tệp PDF thay vì in.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paper of the receipt: A4 (default) or A5.</source>
        <translation>Khổ giấy của giấy tiếp nhận: A4 (mặc định) hoặc A5.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The receiving officer's name, when the dossier's first step does not name one.</source>
        <translation>Tên người tiếp nhận, khi bước xử lý đầu tiên của hồ sơ không ghi tên.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The office's name, when the dossier does not give it (and atop the book).</source>
        <translation>Tên cơ quan, khi hồ sơ không ghi (và ở đầu sổ).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>say what to print: receipt MAHOSO, sheet MAHOSO or book</source>
        <translation>hãy cho biết in gì: receipt MAHOSO, sheet MAHOSO hoặc book</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the book takes filters, not a MAHOSO</source>
        <translation>sổ theo dõi nhận bộ lọc, không nhận MAHOSO</translation>
    </message>
    <message>
        <location line="+0" />
        <source>give exactly one MAHOSO</source>
        <translation>hãy cho đúng một MAHOSO</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--paper: use A4 or A5, not "%1"</source>
        <translation>--paper: dùng A4 hoặc A5, không phải "%1"</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Use --pdf FILE.</source>
        <translation>Hãy dùng --pdf TỆP.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 of %2 dossiers</source>
        <translation>%1/%2 hồ sơ</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Written: %1</source>
        <translation>Đã ghi: %1</translation>
    </message>
</context>
<context>
    <name>ProblemPrinter</name>
    <message>
        <location filename="../src/cli/ProblemPrinter.cpp" line="+9" />
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
</context>
<context>
    <name>PullCommand</name>
    <message>
        <location filename="../src/cli/PullCommand.cpp" line="+10" />
        <source>receive dossiers, processing progress and final results from the gateway</source>
        <translation>nhận hồ sơ, tiến độ xử lý và kết quả cuối cùng từ cổng kết nối</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pulls from the gateway (NDXP or the province's LGSP, see btxh config) into the database: registered dossiers, processing progress and final results of the office's area, by time window. By default each kind continues where its last pull in that area ended, reaching back sync.overlap-minutes so that nothing between two pulls is missed; what was already stored counts as unchanged. A dossier the server changed while local changes are waiting becomes a conflict (both copies kept), never an overwrite. The consumer key and secret come from BTXH_CONSUMER_KEY and BTXH_CONSUMER_SECRET when both are set, else from the keychain (btxh keys); BTXH_ENDPOINT overrides the gateway's address.
</source>
        <translation>Lấy dữ liệu từ cổng kết nối (NDXP hoặc LGSP của tỉnh, xem btxh config) về cơ sở dữ liệu: hồ sơ đã tiếp nhận, tiến độ xử lý và kết quả cuối cùng thuộc địa bàn của cơ quan, theo khoảng thời gian. Mặc định, mỗi loại tiếp tục từ thời điểm lần lấy dữ liệu trước tại địa bàn đó kết thúc, lùi lại sync.overlap-minutes để không bỏ sót gì giữa hai lần lấy; dữ liệu đã lưu được tính là không đổi. Hồ sơ bị máy chủ thay đổi trong khi còn thay đổi cục bộ chờ gửi sẽ trở thành xung đột (giữ cả hai bản), không bao giờ bị ghi đè. Khoá và mật khẩu ứng dụng (consumer key/secret) lấy từ BTXH_CONSUMER_KEY và BTXH_CONSUMER_SECRET khi đặt cả hai, nếu không thì lấy từ kho khoá (btxh keys); BTXH_ENDPOINT thay thế địa chỉ của cổng kết nối.
</translation>
    </message>
</context>
<context>
    <name>PushCommand</name>
    <message>
        <location filename="../src/cli/PushCommand.cpp" line="+10" />
        <source>send queued dossiers, processing steps and final results to the gateway</source>
        <translation>gửi các hồ sơ, bước xử lý và kết quả cuối cùng đang chờ gửi lên cổng kết nối</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sends everything queued in the database's outbox, a dossier before its processing steps before its final result. An item whose answer was lost is sent again, which the gateway takes as a repeat, never as a second dossier. Items the gateway refuses are marked failed with its message; when the gateway cannot be reached, everything stays queued (working offline). The consumer key and secret come from BTXH_CONSUMER_KEY and BTXH_CONSUMER_SECRET when both are set, else from the keychain (btxh keys); BTXH_ENDPOINT overrides the gateway's address.
</source>
        <translation>Gửi mọi thứ đang chờ trong hàng đợi gửi của cơ sở dữ liệu: hồ sơ trước, rồi đến các bước xử lý, sau cùng là kết quả cuối cùng. Mục bị mất phản hồi sẽ được gửi lại; cổng kết nối coi đó là gửi lặp, không bao giờ là một hồ sơ thứ hai. Mục bị cổng kết nối từ chối được đánh dấu lỗi kèm thông báo của cổng; khi không kết nối được tới cổng, mọi thứ vẫn chờ gửi (đang làm việc ngoại tuyến). Khoá và mật khẩu ứng dụng (consumer key/secret) lấy từ BTXH_CONSUMER_KEY và BTXH_CONSUMER_SECRET khi đặt cả hai, nếu không thì lấy từ kho khoá (btxh keys); BTXH_ENDPOINT thay thế địa chỉ của cổng kết nối.
</translation>
    </message>
</context>
<context>
    <name>QuarantineReport</name>
    <message>
        <location filename="../src/cli/QuarantineReport.cpp" line="+26" />
        <source>Queued to send: %1</source>
        <translation>Đang chờ gửi: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No unreadable pulled items are waiting.</source>
        <translation>Không có mục nhận về nào không đọc được đang chờ.</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n pulled item(s) could not be read; their windows are pulled again until they are dismissed (btxh sync --dismiss ID):</source>
        <translation>
            <numerusform>%n mục nhận về không đọc được; khoảng thời gian của chúng được lấy lại cho đến khi được bỏ qua (btxh sync --dismiss ID):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>btxh sync: --dismiss needs the number of a waiting item (see btxh sync --report).</source>
        <translation>btxh sync: --dismiss cần số thứ tự của một mục đang chờ (xem btxh sync --report).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Item %1 dismissed.</source>
        <translation>Đã bỏ qua mục %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../src/cli/ReportCommand.cpp" line="+17" />
        <source>count dossiers received in a period: finished on time or late, in progress or overdue</source>
        <translation>đếm hồ sơ tiếp nhận trong một khoảng thời gian: đã giải quyết đúng hạn hay trễ hạn, đang giải quyết hay quá hạn</translation>
    </message>
    <message>
        <location line="+18" />
        <source>First day received (dd/MM/yyyy).</source>
        <translation>Ngày tiếp nhận đầu tiên (dd/MM/yyyy).</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <location line="+12" />
        <source>DATE</source>
        <translation>NGÀY</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Last day received (dd/MM/yyyy).</source>
        <translation>Ngày tiếp nhận cuối cùng (dd/MM/yyyy).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only this province (GSO code).</source>
        <translation>Chỉ tỉnh này (mã GSO).</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>CODE</source>
        <translation>MÃ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Only this commune (GSO code).</source>
        <translation>Chỉ xã này (mã GSO).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Group by procedure, commune, month or status.</source>
        <translation>Nhóm theo thủ tục (procedure), xã (commune), tháng (month) hoặc trạng thái (status).</translation>
    </message>
    <message>
        <location line="+0" />
        <source>GROUP</source>
        <translation>NHÓM</translation>
    </message>
    <message>
        <location line="+2" />
        <source>table (default), csv, json or xlsx (needs --output).</source>
        <translation>table (mặc định), csv, json hoặc xlsx (cần --output).</translation>
    </message>
    <message>
        <location line="+39" />
        <source>--format: "%1" is not table, csv, json or xlsx</source>
        <translation>--format: "%1" không phải table, csv, json hay xlsx</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--format xlsx needs --output FILE</source>
        <translation>--format xlsx cần --output TỆP</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--output writes csv or xlsx, not %1</source>
        <translation>--output ghi tệp csv hoặc xlsx, không ghi %1</translation>
    </message>
    <message>
        <location line="-45" />
        <source>FORMAT</source>
        <translation>ĐỊNH_DẠNG</translation>
    </message>
    <message>
        <location line="-21" />
        <source>Counts the dossiers received from --from to --to (in the whole database, a province or a commune), grouped by procedure, commune, month received or status: received; finished, on time and late; in progress, within the deadline and overdue; the on-time rate (on time among the finished ones with a deadline). A dossier's deadline is the one the gateway sent, or else the one computed from its procedure's processing time in working days (btxh config). A commune is read in the GSO list of its dossiers' received date: a code used on both sides of %1 is two groups, each named as its list names it. Dates dd/MM/yyyy. Exit status: 0 ok, 2 bad option, 3 the database cannot be read.</source>
        <translation>Đếm các hồ sơ tiếp nhận từ --from đến --to (trong toàn bộ cơ sở dữ liệu, một tỉnh hoặc một xã), nhóm theo thủ tục, xã, tháng tiếp nhận hoặc trạng thái: đã tiếp nhận; đã giải quyết, đúng hạn và trễ hạn; đang giải quyết, trong hạn và quá hạn; tỷ lệ đúng hạn (số đúng hạn trên số đã giải quyết có thời hạn). Thời hạn của hồ sơ là thời hạn cổng kết nối gửi, nếu không thì tính từ thời gian giải quyết của thủ tục theo ngày làm việc (btxh config). Mã xã được đọc theo danh mục GSO có hiệu lực vào ngày tiếp nhận hồ sơ: một mã dùng ở cả hai phía của ngày %1 thành hai nhóm, mỗi nhóm mang tên theo danh mục của nó. Ngày theo dạng dd/MM/yyyy. Mã thoát: 0 thành công, 2 tùy chọn sai, 3 không đọc được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Write the report to this file instead of the screen.</source>
        <translation>Ghi báo cáo vào tệp này thay vì in ra màn hình.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>FILE</source>
        <translation>TỆP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>List the overdue dossiers instead of the counts.</source>
        <translation>Liệt kê các hồ sơ quá hạn thay cho số liệu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Judge deadlines as of this day (dd/MM/yyyy) instead of today.</source>
        <translation>Xét thời hạn tính đến ngày này (dd/MM/yyyy) thay cho hôm nay.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>--%1 is required (a date dd/MM/yyyy)</source>
        <translation>cần có --%1 (một ngày dạng dd/MM/yyyy)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>--%1: "%2" is not a date dd/MM/yyyy</source>
        <translation>--%1: "%2" không phải là ngày dạng dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+4" />
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) trước --from (%2)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--by: "%1" is not procedure, commune, month or status</source>
        <translation>--by: "%1" không phải procedure, commune, month hoặc status</translation>
    </message>
    <message>
        <location line="+13" />
        <source>give --province or --commune, not both</source>
        <translation>chỉ cho --province hoặc --commune, không cho cả hai</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <location filename="../src/cli/RestoreCommand.cpp" line="+16" />
        <source>replace the local database with a backup (keeping a safety copy)</source>
        <translation>thay cơ sở dữ liệu cục bộ bằng một bản sao lưu (có giữ một bản sao an toàn)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The backup file to restore.</source>
        <translation>Tệp sao lưu cần khôi phục.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Do not ask for confirmation.</source>
        <translation>Không hỏi xác nhận.</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Replaces the local database with the backup FILE. The backup is checked first (SQLite's integrity check, BTXH tables, a schema this version knows) and nothing is touched when it fails. The database as it was is kept beside it as &lt;database&gt;.before-restore-&lt;date-time&gt;.sqlite. Close BTXH Desktop first: a database in use is not replaced. A backup made by an older version is upgraded the next time the database is opened. Asks for confirmation on a terminal; otherwise give --yes. Exit status: 0 restored, 1 not confirmed, 2 bad usage or the backup is damaged, truncated, not a BTXH database or from a newer version, 3 the database cannot be replaced (in use, not writable), 7 --backup-endpoint and this database's role is not the administrator.</source>
        <translation>Thay cơ sở dữ liệu cục bộ bằng bản sao lưu TỆP. Bản sao lưu được kiểm tra trước (kiểm tra toàn vẹn của SQLite, các bảng BTXH, lược đồ mà phiên bản này biết) và không có gì bị thay đổi nếu kiểm tra không đạt. Cơ sở dữ liệu như trước khi khôi phục được giữ bên cạnh dưới tên &lt;cơ-sở-dữ-liệu&gt;.before-restore-&lt;ngày-giờ&gt;.sqlite. Hãy đóng BTXH Desktop trước: cơ sở dữ liệu đang được dùng sẽ không bị thay. Bản sao lưu của phiên bản cũ hơn sẽ được nâng cấp ở lần mở cơ sở dữ liệu tiếp theo. Hỏi xác nhận khi chạy trên terminal; nếu không, hãy dùng --yes. Mã thoát: 0 đã khôi phục, 1 không được xác nhận, 2 dùng sai lệnh hoặc bản sao lưu bị hỏng, bị cắt cụt, không phải cơ sở dữ liệu BTXH hoặc của phiên bản mới hơn, 3 không thay được cơ sở dữ liệu (đang được dùng, không ghi được), 7 có --backup-endpoint trong khi vai trò của cơ sở dữ liệu này không phải quản trị viên.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>When the backup's gateway settings differ from this database's, use the backup's without asking (otherwise asked on a terminal, and kept as they are without one). An administrator's choice: when this database's role is another one, nothing is restored (exit status 7), and without this option the current settings are kept without asking.</source>
        <translation>Khi thiết lập cổng kết nối trong bản sao lưu khác với của cơ sở dữ liệu này, dùng thiết lập của bản sao lưu mà không hỏi (nếu không: hỏi trên terminal, và giữ nguyên khi không có terminal). Đây là lựa chọn của quản trị viên: khi vai trò của cơ sở dữ liệu này là vai trò khác, không có gì được khôi phục (mã thoát 7), và khi không có tuỳ chọn này thì thiết lập hiện tại được giữ mà không hỏi.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>btxh restore: give one backup FILE to restore</source>
        <translation>btxh restore: cần đúng một TỆP sao lưu để khôi phục</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>Backup %1: %n dossier(s), schema %2, %3, taken %4.</source>
        <translation>
            <numerusform>Bản sao lưu %1: %n hồ sơ, lược đồ %2, %3, lập lúc %4.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>the gateway settings</source>
        <translation>thiết lập cổng kết nối</translation>
    </message>
    <message>
        <location line="+9" />
        <source>btxh restore: this replaces the database %1; give --yes to confirm (there is no terminal to ask). Nothing was restored.</source>
        <translation>btxh restore: lệnh này thay cơ sở dữ liệu %1; hãy thêm --yes để xác nhận (không có terminal để hỏi). Chưa khôi phục gì.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Replace the database %1 with this backup? The current database is kept as a safety copy beside it. Type "yes" to restore: </source>
        <translation>Thay cơ sở dữ liệu %1 bằng bản sao lưu này? Cơ sở dữ liệu hiện tại được giữ bên cạnh làm bản sao an toàn. Gõ "yes" để khôi phục: </translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+17" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="-16" />
        <source>Nothing was restored.</source>
        <translation>Chưa khôi phục gì.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The backup sends to another gateway (%1) than this database (%2). Use the backup's gateway? Type "yes" to use it, anything else keeps the current one: </source>
        <translation>Bản sao lưu gửi tới một cổng kết nối khác (%1) so với cơ sở dữ liệu này (%2). Dùng cổng kết nối của bản sao lưu? Gõ "yes" để dùng, gõ khác thì giữ cổng hiện tại: </translation>
    </message>
    <message numerus="yes">
        <location line="+15" />
        <source>Restored %n dossier(s) into %1.</source>
        <translation>
            <numerusform>Đã khôi phục %n hồ sơ vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database as it was before is kept at %1</source>
        <translation>Cơ sở dữ liệu như trước đó được giữ tại %1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>btxh restore: the gateway settings could not be put back (%1); check them with btxh config before syncing.</source>
        <translation>btxh restore: không khôi phục lại được thiết lập cổng kết nối (%1); hãy kiểm tra bằng btxh config trước khi đồng bộ.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The gateway settings of the database as it was are kept (%1); the backup's (%2) were not taken.</source>
        <translation>Giữ thiết lập cổng kết nối của cơ sở dữ liệu như trước (%1); không lấy thiết lập của bản sao lưu (%2).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The backup is from an older version (schema %1); it is upgraded the next time the database is opened.</source>
        <translation>Bản sao lưu thuộc phiên bản cũ hơn (lược đồ %1); nó sẽ được nâng cấp ở lần mở cơ sở dữ liệu tiếp theo.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>an office's PostgreSQL database is restored by its administrator with PostgreSQL's own tools (pg_restore, or the server's archive); btxh restore replaces a database file.</source>
        <translation>cơ sở dữ liệu PostgreSQL của cơ quan do quản trị viên khôi phục bằng công cụ riêng của PostgreSQL (pg_restore, hoặc bản lưu trữ của máy chủ); btxh restore chỉ thay thế một tệp cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>SecretKinds</name>
    <message>
        <location filename="../src/secrets/SecretKind.cpp" line="+23" />
        <source>consumer key</source>
        <translation>khoá ứng dụng (consumer key)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>consumer secret</source>
        <translation>mật khẩu ứng dụng (consumer secret)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>database password</source>
        <translation>mật khẩu cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>ServerCopy</name>
    <message>
        <location filename="../src/store/ServerCopy.cpp" line="+203" />
        <source>The server's copy of a dossier kept in the database cannot be read: the database is damaged.</source>
        <translation>Không đọc được bản sao hồ sơ của máy chủ lưu trong cơ sở dữ liệu: cơ sở dữ liệu bị hỏng.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.ui" line="+14" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Gateway</source>
        <translation>Cổng kết nối</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+10" />
        <source>https://… (for a province gateway or a custom one)</source>
        <translation>https://… (cho cổng LGSP của tỉnh hoặc địa chỉ tùy chỉnh)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Token header</source>
        <translation>Tiêu đề mang token</translation>
    </message>
    <message>
        <location line="+10" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Keychain profile</source>
        <translation>Hồ sơ khóa</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <location line="+13" />
        <location line="+20" />
        <source>unchanged</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <location line="-13" />
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The key pair goes straight into the operating system's keychain; it is never written to a file. Leave the boxes empty to keep the pair already stored.</source>
        <translation>Cặp khóa được lưu thẳng vào kho khóa bí mật của hệ điều hành, không bao giờ ghi ra tệp. Để trống hai ô này nếu muốn giữ cặp khóa đã lưu.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Agency code</source>
        <translation>Mã cơ quan</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Office name</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Handler</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Position</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Unit list of the area</source>
        <translation>Danh mục đơn vị của địa bàn</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Ethnic group codes</source>
        <translation>Cách mã hóa dân tộc</translation>
    </message>
    <message>
        <location line="+15" />
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
</context>
<context>
    <name>SheetPreviewDialog</name>
    <message>
        <location filename="../ui/SheetPreviewDialog.ui" line="+14" />
        <source>Import dossiers from a sheet</source>
        <translation>Nhập hồ sơ từ bảng tính</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Show only rows with problems</source>
        <translation>Chỉ hiện các dòng có vấn đề</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Keep the rows with errors as drafts (to correct them later)</source>
        <translation>Giữ các dòng có lỗi làm bản nháp (để sửa sau)</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <location filename="../src/cli/ShowCommand.cpp" line="+34" />
        <source>show one stored dossier with its documents, result papers and processing steps</source>
        <translation>hiển thị một hồ sơ đã lưu cùng các giấy tờ, giấy tờ kết quả và các bước xử lý</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Shows the dossier MAHOSO: every field, its submitted documents and result papers, and its processing steps in time order. --json prints {"dossier": the request form, "steps": [...]}. Exit status: 0 ok, 1 no such dossier, 2 bad usage, 3 the database cannot be read.</source>
        <translation>Hiển thị hồ sơ MAHOSO: mọi trường, các giấy tờ đã nộp và giấy tờ kết quả, cùng các bước xử lý theo thứ tự thời gian. --json in {"dossier": dạng yêu cầu, "steps": [...]}. Mã thoát: 0 thành công, 1 không có hồ sơ này, 2 dùng sai lệnh, 3 không đọc được cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The dossier's code.</source>
        <translation>Mã hồ sơ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print the request form and its steps as JSON.</source>
        <translation>In dạng yêu cầu và các bước xử lý dưới dạng JSON.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>btxh show: give exactly one MAHOSO</source>
        <translation>btxh show: cần đúng một MAHOSO</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Server's last message: %1</source>
        <translation>Thông báo gần nhất của máy chủ: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server's copy changed while local edits were pending; both are kept until someone chooses.</source>
        <translation>Bản của máy chủ đã thay đổi trong khi còn chỉnh sửa cục bộ chờ gửi; cả hai bản được giữ cho đến khi có người chọn.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Legal deadline (latest step): %1</source>
        <translation>Hạn giải quyết theo quy định (bước gần nhất): %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legal deadline of the dossier: %1, %2</source>
        <translation>Hạn giải quyết của hồ sơ: %1, %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Place codes read against %1.</source>
        <translation>Mã địa danh được đối chiếu với %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Submitted documents: %1</source>
        <translation>Giấy tờ đã nộp: %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Result papers: %1</source>
        <translation>Giấy tờ kết quả: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Processing steps: %1</source>
        <translation>Bước xử lý: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>entered here</source>
        <translation>nhập tại đây</translation>
    </message>
    <message>
        <location line="+0" />
        <source>from the server</source>
        <translation>từ máy chủ</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../ui/StepDialog.ui" line="+14" />
        <source>Add a processing step</source>
        <translation>Thêm bước xử lý</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../src/store/StoreConnection.cpp" line="+120" />
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The database %1 is open for reading only; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 chỉ được mở để đọc; không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../src/store/DossierWriter.cpp" line="+67" />
        <source>A %1 without a MaHoSo cannot be stored: nothing was changed.</source>
        <translation>Không thể lưu %1 không có MaHoSo: không có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+240" />
        <location line="+93" />
        <source>dossier</source>
        <translation>hồ sơ</translation>
    </message>
    <message>
        <location line="-31" />
        <source>The dossier %1 is no longer in this database: it was removed after this copy of it was read. Nothing was saved.</source>
        <translation>Hồ sơ %1 không còn trong cơ sở dữ liệu này: hồ sơ đã bị xoá sau khi bản này được đọc. Chưa lưu gì.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The dossier %1 was changed by %2 at %3 after this copy of it was read. Nothing was saved.</source>
        <translation>Hồ sơ %1 đã được %2 sửa lúc %3, sau khi bản này được đọc. Chưa lưu gì.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The dossier %1 was changed at %2 after this copy of it was read. Nothing was saved.</source>
        <translation>Hồ sơ %1 đã được thay đổi lúc %2, sau khi bản này được đọc. Chưa lưu gì.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The dossier %1 was changed after this copy of it was read. Nothing was saved.</source>
        <translation>Hồ sơ %1 đã được thay đổi sau khi bản này được đọc. Chưa lưu gì.</translation>
    </message>
    <message>
        <location line="+52" />
        <source>processing step</source>
        <translation>bước xử lý</translation>
    </message>
    <message>
        <location line="+51" />
        <source>A merged version of %1 goes on top of the server's copy, under the same MaHoSo.</source>
        <translation>Bản gộp của %1 phải đặt lên bản của máy chủ, với cùng MaHoSo.</translation>
    </message>
    <message>
        <location filename="../src/store/DossierReader.cpp" line="+70" />
        <source>There is no dossier %1 in this database.</source>
        <translation>Không có hồ sơ %1 trong cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location filename="../src/store/Store.cpp" line="+121" />
        <source>The database %1 holds no BTXH tables yet. Its administrator creates them with: btxh db init %1</source>
        <translation>Cơ sở dữ liệu %1 chưa có bảng nào của BTXH. Quản trị viên tạo các bảng bằng lệnh: btxh db init %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database %1 is at schema %2 and this version of the app needs %3. Its administrator upgrades it with: btxh db migrate %1</source>
        <translation>Cơ sở dữ liệu %1 đang ở lược đồ %2, phiên bản ứng dụng này cần lược đồ %3. Quản trị viên nâng cấp bằng lệnh: btxh db migrate %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder %1 cannot be created for the database.</source>
        <translation>Không tạo được thư mục %1 cho cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+44" />
        <source>The database %1 was made by an older version and must be upgraded, which needs it to be writable. It was left untouched.</source>
        <translation>Cơ sở dữ liệu %1 được tạo bởi phiên bản cũ hơn và cần được nâng cấp, việc này đòi hỏi ghi được vào cơ sở dữ liệu. Cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../src/store/DossierWriter.cpp" line="+7" />
        <source>The dossier %1 is not in conflict.</source>
        <translation>Hồ sơ %1 không có xung đột.</translation>
    </message>
    <message>
        <location filename="../src/store/Outbox.cpp" line="+136" />
        <source>No sync holds the right to send.</source>
        <translation>Không có phiên đồng bộ nào đang giữ quyền gửi.</translation>
    </message>
    <message>
        <location filename="../src/store/StoreSettings.cpp" line="+72" />
        <source>Nothing was pulled here yet.</source>
        <translation>Chưa tải về dữ liệu nào cho mục này.</translation>
    </message>
    <message>
        <location filename="../src/store/Store.cpp" line="+183" />
        <source>The database %1 is at schema %2; reports need schema %3.</source>
        <translation>Cơ sở dữ liệu %1 đang ở lược đồ %2; báo cáo cần lược đồ %3.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The report was cancelled.</source>
        <translation>Báo cáo đã bị hủy.</translation>
    </message>
    <message>
        <location filename="../src/store/StoreSettings.cpp" line="-50" />
        <source>The setting %1 is not set.</source>
        <translation>Thiết lập %1 chưa được đặt.</translation>
    </message>
    <message>
        <location filename="../src/store/OutboxMachine.cpp" line="+305" />
        <source>There is no outbox entry %1.</source>
        <translation>Không có mục %1 trong hàng đợi gửi.</translation>
    </message>
    <message>
        <location filename="../src/store/Outbox.cpp" line="-15" />
        <source>The right to send from this database expired and another sync took it over.</source>
        <translation>Quyền gửi từ cơ sở dữ liệu này đã hết hạn và một lượt đồng bộ khác đã nhận lấy.</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Outbox entry %1 is not queued, or this sync no longer holds the right to send it.</source>
        <translation>Mục %1 trong hàng chờ gửi không ở trạng thái chờ, hoặc lượt đồng bộ này không còn giữ quyền gửi.</translation>
    </message>
    <message>
        <location line="+26" />
        <location line="+60" />
        <source>Outbox entry %1 was not sent by this sync, or was settled already.</source>
        <translation>Mục %1 trong hàng chờ gửi không do lượt đồng bộ này gửi, hoặc đã có kết quả.</translation>
    </message>
    <message>
        <location filename="../src/store/PullQuarantine.cpp" line="+58" />
        <source>There is no unreadable pulled item %1 waiting.</source>
        <translation>Không có mục nhận về không đọc được số %1 đang chờ.</translation>
    </message>
    <message>
        <location filename="../src/store/Outbox.cpp" line="+46" />
        <source>Outbox entry %1 is being sent or was sent already: it cannot be retried.</source>
        <translation>Mục %1 trong hàng chờ gửi đang được gửi hoặc đã gửi: không thể gửi lại.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Outbox entry %1 is being sent or was sent already: it cannot be discarded.</source>
        <translation>Mục %1 trong hàng chờ gửi đang được gửi hoặc đã gửi: không thể bỏ.</translation>
    </message>
    <message>
        <location filename="../src/store/ListReader.cpp" line="+41" />
        <source>Cannot sort by "%1": it is not a column of the list.</source>
        <translation>Không sắp xếp được theo "%1": đây không phải cột của danh sách.</translation>
    </message>
    <message>
        <location filename="../src/store/DeferredIndexes.cpp" line="+146" />
        <source>The record of the indexes a bulk load set aside (setting %1) cannot be read: %2</source>
        <translation>Không đọc được bản ghi các chỉ mục mà một lần nạp hàng loạt đã tạm bỏ (thiết lập %1): %2</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <location filename="../src/store/StoreBackup.cpp" line="+202" />
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is a folder, not a backup file.</source>
        <translation>%1 là một thư mục, không phải tệp sao lưu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file %1 is not a BTXH database or is damaged (it fails SQLite's integrity check). It cannot be used; nothing was changed.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu BTXH hoặc đã bị hỏng (không đạt kiểm tra toàn vẹn của SQLite). Không dùng được; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The file %1 is an SQLite database but not a BTXH one (it has no %2 table). It cannot be used; nothing was changed.</source>
        <translation>Tệp %1 là cơ sở dữ liệu SQLite nhưng không phải của BTXH (không có bảng %2). Không dùng được; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+81" />
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Đã huỷ sao lưu; không ghi gì.</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The backup file %1 does not exist.</source>
        <translation>Tệp sao lưu %1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The backup %1 was made by a newer version of BTXH Desktop (schema %2; this version knows up to %3). Update the application to restore it; nothing was changed.</source>
        <translation>Bản sao lưu %1 do một phiên bản BTXH Desktop mới hơn tạo ra (lược đồ %2; phiên bản này chỉ biết đến %3). Hãy cập nhật ứng dụng để khôi phục; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file %1 is not a BTXH database (it has no schema version). It cannot be used; nothing was changed.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu BTXH (không có số phiên bản lược đồ). Không dùng được; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>There is no database at %1 to back up.</source>
        <translation>Không có cơ sở dữ liệu tại %1 để sao lưu.</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+103" />
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 là một thư mục, không phải tệp cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="-101" />
        <source>No backup file was given.</source>
        <translation>Chưa chỉ ra tệp sao lưu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The backup file %1 is the database itself: choose another file, preferably on another disk.</source>
        <translation>Tệp sao lưu %1 chính là cơ sở dữ liệu: hãy chọn tệp khác, tốt nhất là trên một ổ đĩa khác.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is a folder: give the backup a file name.</source>
        <translation>%1 là một thư mục: hãy đặt tên tệp cho bản sao lưu.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The disk holding %1 has %L2 MB free and the backup needs about %L3 MB: it was not written. Free some space or choose another disk.</source>
        <translation>Ổ đĩa chứa %1 chỉ còn trống %L2 MB trong khi bản sao lưu cần khoảng %L3 MB: bản sao lưu không được ghi. Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The folder %1 cannot be written (%2): choose another folder for the backup. Nothing was changed.</source>
        <translation>Không ghi được vào thư mục %1 (%2): hãy chọn thư mục khác cho bản sao lưu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The disk holding %1 is full: the backup was not written. Free some space or choose another disk.</source>
        <translation>Ổ đĩa chứa %1 đã đầy: bản sao lưu không được ghi. Hãy giải phóng dung lượng hoặc chọn ổ đĩa khác.</translation>
    </message>
    <message>
        <location line="-11" />
        <location line="+15" />
        <source>The folder %1 cannot be written: choose another folder for the backup. Nothing was changed.</source>
        <translation>Không ghi được vào thư mục %1: hãy chọn thư mục khác cho bản sao lưu. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>No backup was written: %1</source>
        <translation>Không có bản sao lưu nào được ghi: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The backup could not be put in place as %1: %2</source>
        <translation>Không đặt được bản sao lưu vào chỗ với tên %1: %2</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 is the database itself, not a backup of it.</source>
        <translation>%1 chính là cơ sở dữ liệu, không phải bản sao lưu của nó.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The folder %1 cannot be created for the database.</source>
        <translation>Không tạo được thư mục %1 cho cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The database %1 is in use (BTXH Desktop, a sync or another program has it open). Close it and try again; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 đang được dùng (BTXH Desktop, một lần đồng bộ hoặc chương trình khác đang mở nó). Hãy đóng lại rồi thử lại; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The database %1 is damaged and cannot be replaced in place. Move it aside (keep it), then restore again; nothing was changed.</source>
        <translation>Cơ sở dữ liệu %1 bị hỏng nên không thể thay tại chỗ. Hãy chuyển nó sang chỗ khác (giữ lại), rồi khôi phục lại; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+33" />
        <source>The restore was cancelled; the database is as it was.</source>
        <translation>Đã huỷ khôi phục; cơ sở dữ liệu vẫn như cũ.</translation>
    </message>
    <message>
        <location line="-30" />
        <source>A safety copy of the current database could not be made, so nothing was restored: %1</source>
        <translation>Không tạo được bản sao an toàn của cơ sở dữ liệu hiện tại nên chưa khôi phục gì: %1</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Restoring failed and the database was left as it was: %1</source>
        <translation>Khôi phục thất bại và cơ sở dữ liệu được giữ nguyên: %1</translation>
    </message>
</context>
<context>
    <name>StoreCommandSupport</name>
    <message>
        <location filename="../src/cli/StoreCommandSupport.cpp" line="+21" />
        <source>The database file (default: the desktop app's, %1). import, import-sheet, list, show, export, pull, push, sync and report also take an office's PostgreSQL database, postgresql://user@server:5432/database.</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: tệp của ứng dụng máy tính, %1). Các lệnh import, import-sheet, list, show, export, pull, push, sync và report cũng nhận cơ sở dữ liệu PostgreSQL của cơ quan, postgresql://người_dùng@máy_chủ:5432/cơ_sở_dữ_liệu.</translation>
    </message>
    <message>
        <location line="+57" />
        <source>there is no database at %1 yet; import or pull some dossiers first.</source>
        <translation>chưa có cơ sở dữ liệu tại %1; hãy nhập hoặc lấy hồ sơ về trước.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>upgrading the database to schema %1: %L2 of %L3 rows (%4%)</source>
        <translation>đang nâng cấp cơ sở dữ liệu lên lược đồ %1: %L2 trên %L3 dòng (%4%)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>making the database's indexes again (a bulk load did not finish): %1 of %2</source>
        <translation>đang tạo lại các chỉ mục của cơ sở dữ liệu (một lần nạp lớn chưa hoàn tất): %1 / %2</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Read --province/--district/--commune in this GSO list: 2025 (today's units: dossiers received from %1) or 2024 (yesterday's: received before). Without it a code matches on any date.</source>
        <translation>Đọc --province/--district/--commune theo danh mục GSO này: 2025 (đơn vị hiện nay: hồ sơ tiếp nhận từ ngày %1) hoặc 2024 (đơn vị trước đây: tiếp nhận trước ngày đó). Không có tùy chọn này thì mã khớp ở mọi ngày.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>--%1 %2 is not in %3; in %4 it is %5.</source>
        <translation>--%1 %2 không có trong %3; trong %4 mã này là %5.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--%1 %2 is in neither %3 nor %4.</source>
        <translation>--%1 %2 không có trong %3 và cũng không có trong %4.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Only dossiers with this StatusId (repeat for several).</source>
        <translation>Chỉ các hồ sơ có StatusId này (lặp lại để chọn nhiều).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only this procedure (MaTTHC).</source>
        <translation>Chỉ thủ tục này (MaTTHC).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only this processing province (GSO code).</source>
        <translation>Chỉ tỉnh xử lý này (mã GSO).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only this processing district (GSO code).</source>
        <translation>Chỉ huyện xử lý này (mã GSO).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only this processing commune (GSO code).</source>
        <translation>Chỉ xã xử lý này (mã GSO).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only dossiers in this sync state: draft, ready, sent, synced, failed or conflict (repeat for several).</source>
        <translation>Chỉ các hồ sơ ở tình trạng đồng bộ này: draft, ready, sent, synced, failed hoặc conflict (lặp lại để chọn nhiều).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Received on or after this day (dd/MM/yyyy or yyyy-MM-dd).</source>
        <translation>Tiếp nhận từ ngày này trở về sau (dd/MM/yyyy hoặc yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Received on or before this day (dd/MM/yyyy or yyyy-MM-dd).</source>
        <translation>Tiếp nhận đến hết ngày này (dd/MM/yyyy hoặc yyyy-MM-dd).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Name, CMND/CCCD, MaHoSo or address, without accents if you like: "nguyen van an". The beginning of a dossier code ("000.00.15.G07-2406") finds the dossiers whose code begins with it.</source>
        <translation>Họ tên, CMND/CCCD, MaHoSo hoặc địa chỉ, có thể gõ không dấu: "nguyen van an". Phần đầu của một mã hồ sơ ("000.00.15.G07-2406") tìm các hồ sơ có mã bắt đầu bằng phần đó.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only dossiers past their legal deadline and not finished.</source>
        <translation>Chỉ các hồ sơ đã quá hạn giải quyết theo quy định mà chưa hoàn thành.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sort by this column: a field name (MaHoSo, HoVaTen, NgayTiepNhan, StatusId, ...), sync_state, updated_at or deadline. Default: NgayTiepNhan, newest first.</source>
        <translation>Sắp xếp theo cột này: tên trường (MaHoSo, HoVaTen, NgayTiepNhan, StatusId, ...), sync_state, updated_at hoặc deadline. Mặc định: NgayTiepNhan, mới nhất trước.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sort ascending (default: descending).</source>
        <translation>Sắp xếp tăng dần (mặc định: giảm dần).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show at most N dossiers (default: all, fetched page by page).</source>
        <translation>Hiển thị tối đa N hồ sơ (mặc định: tất cả, lấy theo từng trang).</translation>
    </message>
    <message>
        <location line="-55" />
        <source>--units: use 2024 or 2025, not "%1"</source>
        <translation>--units: dùng 2024 hoặc 2025, không phải "%1"</translation>
    </message>
    <message>
        <location line="+74" />
        <source>--sync-state: use draft, ready, sent, synced, failed or conflict, not "%1"</source>
        <translation>--sync-state: dùng draft, ready, sent, synced, failed hoặc conflict, không phải "%1"</translation>
    </message>
    <message>
        <location line="+11" />
        <source>--%1: "%2" is not a date dd/MM/yyyy</source>
        <translation>--%1: "%2" không phải ngày dạng dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--sort: "%1" is not a column of the list</source>
        <translation>--sort: "%1" không phải cột của danh sách</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--limit: "%1" is not a positive number</source>
        <translation>--limit: "%1" không phải số dương</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <location filename="../src/cli/SyncCommand.cpp" line="+12" />
        <source>push the queued changes, then pull (btxh push, then btxh pull)</source>
        <translation>gửi các thay đổi đang chờ gửi, rồi lấy dữ liệu về (btxh push, rồi btxh pull)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sends the outbox (as btxh push), then pulls (as btxh pull, with the same options). When the gateway cannot be reached, nothing is lost: everything stays queued and the run says "working offline". Ctrl-C stops the run; what was stored is kept and the rest stays queued.
</source>
        <translation>Gửi hàng đợi gửi (như btxh push), rồi lấy dữ liệu về (như btxh pull, với cùng các tuỳ chọn). Khi không kết nối được tới cổng kết nối, không mất gì: mọi thứ vẫn chờ gửi và lần chạy báo "đang làm việc ngoại tuyến". Ctrl-C dừng lần chạy; những gì đã lưu được giữ lại và phần còn lại vẫn chờ gửi.
</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Do not sync: show what is queued and the pulled items that could not be read (kept verbatim; their windows are pulled again until dismissed).</source>
        <translation>Không đồng bộ: hiện các mục đang chờ gửi và các mục nhận về không đọc được (giữ nguyên văn; khoảng thời gian của chúng được lấy lại cho đến khi được bỏ qua).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Do not sync: dismiss the unreadable pulled item ID (see --report).</source>
        <translation>Không đồng bộ: bỏ qua mục nhận về không đọc được có số ID (xem --report).</translation>
    </message>
</context>
<context>
    <name>SyncCommandSupport</name>
    <message>
        <location filename="../src/cli/SyncCommandSupport.cpp" line="+62" />
        <source>What to pull: dossiers, results, progress or all (default).</source>
        <translation>Dữ liệu cần lấy: dossiers, results, progress hoặc all (mặc định).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>GSO province code to pull for (default: the configured area.province).</source>
        <translation>Mã GSO của tỉnh cần lấy dữ liệu (mặc định: area.province đã cấu hình).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Narrow to this GSO district code (needs --province).</source>
        <translation>Thu hẹp theo mã GSO của huyện này (cần --province).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Narrow to this GSO commune code (needs --district).</source>
        <translation>Thu hẹp theo mã GSO của xã này (cần --district).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Start of the time window, dd/MM/yyyy HH:mm:ss or ISO 8601 (default: where the last pull ended, less sync.overlap-minutes).</source>
        <translation>Thời điểm bắt đầu khoảng thời gian, dd/MM/yyyy HH:mm:ss hoặc ISO 8601 (mặc định: thời điểm lần lấy dữ liệu trước kết thúc, trừ đi sync.overlap-minutes).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>End of the time window, same forms (default: now).</source>
        <translation>Thời điểm kết thúc khoảng thời gian, cùng định dạng (mặc định: hiện tại).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>When another sync is sending from this database, wait up to S seconds for it to finish (default: do not wait).</source>
        <translation>Khi một lượt đồng bộ khác đang gửi từ cơ sở dữ liệu này, chờ tối đa S giây để lượt đó xong (mặc định: không chờ).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Exit status: 0 done, nothing failed (conflicts are reported, not failures); 1 some items were refused by the gateway, a window could not be pulled, or the run was cancelled (Ctrl-C); 2 bad usage; 3 the local database cannot be opened or written; 4 working offline (the gateway cannot be reached: everything stays queued) or the gateway kept failing; 5 missing or refused keys, missing configuration (endpoint, area), or a gateway address that redirects or refuses every call; 6 another sync is running on this database (--wait waits for it).</source>
        <translation>Mã thoát: 0 hoàn tất, không có mục nào lỗi (xung đột được báo, không tính là lỗi); 1 cổng kết nối từ chối một số mục, một khoảng thời gian không lấy được, hoặc lượt chạy bị huỷ (Ctrl-C); 2 dùng sai lệnh; 3 không mở hoặc không ghi được cơ sở dữ liệu cục bộ; 4 đang làm việc ngoại tuyến (không kết nối được cổng: mọi thứ vẫn ở hàng chờ) hoặc cổng kết nối liên tục lỗi; 5 thiếu khoá hoặc khoá bị từ chối, thiếu cấu hình (địa chỉ, địa bàn), hoặc địa chỉ cổng kết nối chuyển hướng hay từ chối mọi yêu cầu; 6 đang có một lượt đồng bộ khác chạy trên cơ sở dữ liệu này (--wait để chờ).</translation>
    </message>
    <message>
        <location line="+25" />
        <source>btxh %1: --district and --commune need --province.</source>
        <translation>btxh %1: --district và --commune cần có --province.</translation>
    </message>
    <message>
        <location line="+104" />
        <source>btxh %1: %2.</source>
        <translation>btxh %1: %2.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>btxh %1: --wait needs a number of seconds.</source>
        <translation>btxh %1: --wait cần một số giây.</translation>
    </message>
    <message>
        <location line="-145" />
        <source>btxh %1: --kind must be dossiers, results, progress or all.</source>
        <translation>btxh %1: --kind phải là dossiers, results, progress hoặc all.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>btxh %1: --%2 "%3" is not a time; write dd/MM/yyyy HH:mm:ss or ISO 8601 (2024-05-31T17:00:00).</source>
        <translation>btxh %1: --%2 "%3" không phải thời điểm; hãy viết dd/MM/yyyy HH:mm:ss hoặc ISO 8601 (2024-05-31T17:00:00).</translation>
    </message>
    <message>
        <location line="+9" />
        <source>btxh %1: --from is after --to.</source>
        <translation>btxh %1: --from sau --to.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>btxh %1: unexpected argument "%2"; see btxh %1 --help</source>
        <translation>btxh %1: đối số không mong đợi "%2"; xem btxh %1 --help</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../ui/SyncPanel.ui" line="+14" />
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Send what is queued, then receive the area's new dossiers, steps and results (F5)</source>
        <translation>Gửi những gì đang chờ, rồi nhận hồ sơ, bước xử lý và kết quả mới của địa bàn (F5)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Area:</source>
        <translation>Địa bàn:</translation>
    </message>
    <message>
        <location line="+25" />
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unchecked: everything new since the last sync</source>
        <translation>Không chọn: mọi thứ mới kể từ lần đồng bộ trước</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pull from</source>
        <translation>Lấy về từ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pull to</source>
        <translation>Lấy về đến</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Outbox</source>
        <translation>Hàng chờ gửi</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Retry</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Discard</source>
        <translation>Bỏ khỏi hàng chờ</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Compare and choose…</source>
        <translation>So sánh và chọn…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unreadable</source>
        <translation>Không đọc được</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pulled items that could not be read, kept as the gateway sent them. Their time window is pulled again at every sync until they are dismissed.</source>
        <translation>Các mục nhận về không đọc được, được giữ nguyên như cổng kết nối đã gửi. Khoảng thời gian của chúng được lấy lại ở mỗi lần đồng bộ cho đến khi được bỏ qua.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Messages</source>
        <translation>Thông báo</translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <location filename="../src/store/SyncState.cpp" line="+38" />
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ready to send</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Synced</source>
        <translation>Đã đồng bộ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refused by the server</source>
        <translation>Bị máy chủ từ chối</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../ui/TimelineWidget.ui" line="+33" />
        <source>Timeline</source>
        <translation>Tiến trình</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Table</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Add step…</source>
        <translation>Thêm bước…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record what was done and queue it for the Ministry's system</source>
        <translation>Ghi nhận việc đã làm và đưa vào hàng chờ gửi lên hệ thống của Bộ</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Record final result…</source>
        <translation>Ghi nhận kết quả…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Record the outcome with its result papers and queue it</source>
        <translation>Ghi nhận kết quả cùng giấy tờ kết quả và đưa vào hàng chờ</translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../src/cli/ValidateCommand.cpp" line="+11" />
        <source>check dossiers and processing steps in JSON files against the specification</source>
        <translation>kiểm tra hồ sơ và bước xử lý trong các tệp JSON theo đặc tả</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Checks each FILE: one dossier or processing step in request form, an array of them, or a pull response. Prints one line per problem: MaHoSo FIELD severity: message. Exit status: 0 no error, 1 errors found, 2 a file cannot be read or is not JSON.</source>
        <translation>Kiểm tra từng TỆP: một hồ sơ hoặc bước xử lý ở dạng yêu cầu, một mảng các mục đó, hoặc phản hồi khi lấy dữ liệu. In mỗi vấn đề trên một dòng: MaHoSo TRƯỜNG mức độ: thông báo. Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp hoặc tệp không phải JSON.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>JSON files to check.</source>
        <translation>Các tệp JSON cần kiểm tra.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>btxh validate: give at least one FILE</source>
        <translation>btxh validate: cần ít nhất một TỆP</translation>
    </message>
    <message>
        <location line="+23" />
        <source>the gateway answered error_code %1: %2</source>
        <translation>cổng kết nối trả về error_code %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>%n record(s) checked</source>
        <translation>
            <numerusform>đã kiểm tra %n bản ghi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidationOptions</name>
    <message>
        <location filename="../src/cli/ValidationOptions.cpp" line="+11" />
        <source>Judge the data as "sent" (strict: table violations are errors) or "received" (lenient: warnings). Default: received for pull responses, sent otherwise.</source>
        <translation>Đánh giá dữ liệu như "sent" (dữ liệu gửi đi, nghiêm ngặt: vi phạm bảng đặc tả là lỗi) hoặc "received" (dữ liệu nhận về, nới lỏng: chỉ cảnh báo). Mặc định: received với phản hồi lấy dữ liệu, sent với các trường hợp khác.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Judge dates as of this day (dd/MM/yyyy) instead of today.</source>
        <translation>Đánh giá ngày tháng tính đến ngày này (dd/MM/yyyy) thay vì hôm nay.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>GSO list to check place codes against: date (default: the list in force on each dossier's received date, 2024 three-level before 01/07/2025, 2025 two-level from then), 2024 or 2025 (every code against that list).</source>
        <translation>Danh mục GSO dùng để kiểm tra mã địa danh: date (mặc định: danh mục có hiệu lực vào ngày tiếp nhận của từng hồ sơ, danh mục ba cấp 2024 trước 01/07/2025, danh mục hai cấp 2025 từ ngày đó), 2024 hoặc 2025 (mọi mã đối chiếu với danh mục đó).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>How dossiers received from 01/07/2025 are sent, as the endpoint profile says: two-level (MaHuyen empty; default) or three-level (MaHuyen = --post-reform-district).</source>
        <translation>Cách gửi hồ sơ tiếp nhận từ 01/07/2025, theo cấu hình cổng kết nối: two-level (MaHuyen để trống; mặc định) hoặc three-level (MaHuyen = --post-reform-district).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The district code sent as MaHuyen under --post-reform three-level.</source>
        <translation>Mã huyện gửi trong MaHuyen khi dùng --post-reform three-level.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>How DanTocId is coded: gso (the GSO code 1-54, as the examples send; default) or id (the catalogue Id 29-82).</source>
        <translation>Cách mã hoá DanTocId: gso (mã GSO 1-54, như các ví dụ gửi; mặc định) hoặc id (Id danh mục 29-82).</translation>
    </message>
    <message>
        <location line="+15" />
        <source>--today: "%1" is not a date dd/MM/yyyy</source>
        <translation>--today: "%1" không phải ngày dạng dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+13" />
        <source>--as: use sent or received, not "%1"</source>
        <translation>--as: dùng sent hoặc received, không phải "%1"</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--places: use date, 2024 or 2025, not "%1"</source>
        <translation>--places: dùng date, 2024 hoặc 2025, không phải "%1"</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--post-reform: use two-level or three-level, not "%1"</source>
        <translation>--post-reform: dùng two-level hoặc three-level, không phải "%1"</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--post-reform-district: only with --post-reform three-level</source>
        <translation>--post-reform-district: chỉ dùng cùng --post-reform three-level</translation>
    </message>
    <message>
        <location line="+21" />
        <source>place codes checked against %1</source>
        <translation>mã địa danh được kiểm tra theo %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>place codes checked against the list in force on each dossier's received date (%1; %2)</source>
        <translation>mã địa danh được kiểm tra theo danh mục có hiệu lực vào ngày tiếp nhận của từng hồ sơ (%1; %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Rules: %1; %2.</source>
        <translation>Quy tắc: %1; %2.</translation>
    </message>
    <message>
        <location line="-14" />
        <source>--ethnicity: use gso or id, not "%1"</source>
        <translation>--ethnicity: dùng gso hoặc id, không phải "%1"</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../src/core/Validator.cpp" line="+128" />
        <source>is required</source>
        <translation>là bắt buộc</translation>
    </message>
    <message>
        <location line="+6" />
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>dài %1 ký tự; chỉ cho phép tối đa %2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>is %1 characters long; the specification's table says at most %2, though its own example is longer</source>
        <translation>dài %1 ký tự; bảng đặc tả quy định tối đa %2, dù chính ví dụ của đặc tả dài hơn</translation>
    </message>
    <message>
        <location line="+12" />
        <source>"%1" is not a date in the form dd/MM/yyyy</source>
        <translation>"%1" không phải ngày dạng dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+1" />
        <source>"%1" is not a time in the form dd/MM/yyyy HH:mm:ss</source>
        <translation>"%1" không phải thời điểm dạng dd/MM/yyyy HH:mm:ss</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the year %1 is not plausible</source>
        <translation>năm %1 không hợp lý</translation>
    </message>
    <message>
        <location line="+21" />
        <source>"%1" is not a code of the catalogue (%2)</source>
        <translation>"%1" không phải là mã trong danh mục (%2)</translation>
    </message>
    <message>
        <location line="+64" />
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <location line="+2" />
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <location line="+5" />
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <location line="-54" />
        <source>"%1" is not a dossier code shaped like 000.00.15.G07-221209-0001 (agency, date yyMMdd, serial)</source>
        <translation>"%1" không phải mã hồ sơ dạng 000.00.15.G07-221209-0001 (mã cơ quan, ngày yyMMdd, số thứ tự)</translation>
    </message>
    <message>
        <location line="-79" />
        <source>checked against the 2024 and the 2025 GSO lists</source>
        <translation>đã đối chiếu với danh mục GSO 2024 và 2025</translation>
    </message>
    <message>
        <location line="+2" />
        <source>checked against %1, as the settings ask</source>
        <translation>đã đối chiếu với %1, theo cài đặt</translation>
    </message>
    <message>
        <location line="+2" />
        <source>checked against %1, the list in force today (%2): the dossier has no received date</source>
        <translation>đã đối chiếu với %1, danh mục có hiệu lực hôm nay (%2): hồ sơ không có ngày tiếp nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>checked against %1, the list in force on the received date %2</source>
        <translation>đã đối chiếu với %1, danh mục có hiệu lực vào ngày tiếp nhận %2</translation>
    </message>
    <message>
        <location line="+79" />
        <source>must be 12 digits (CCCD) or 9 digits (CMND)</source>
        <translation>phải gồm 12 chữ số (CCCD) hoặc 9 chữ số (CMND)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>is not a Vietnamese phone number (10 or 11 digits starting 0, or +84)</source>
        <translation>không phải số điện thoại Việt Nam (10 hoặc 11 chữ số bắt đầu bằng 0, hoặc +84)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>is not an e-mail address</source>
        <translation>không phải địa chỉ thư điện tử</translation>
    </message>
    <message>
        <location line="+4" />
        <source>is not an http(s) link</source>
        <translation>không phải đường dẫn http(s)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>must contain digits only</source>
        <translation>chỉ được chứa chữ số</translation>
    </message>
    <message>
        <location line="+45" />
        <source>"%1" is not a GSO code of a %2 (%3)</source>
        <translation>"%1" không phải là mã GSO của một %2 (%3)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>"%1" is not a GSO code of a %2 (%3), nor of %4</source>
        <translation>"%1" không phải là mã GSO của một %2 (%3), cũng không có trong %4</translation>
    </message>
    <message>
        <location line="+3" />
        <source>"%1" is not a GSO code of a %2 (%3). It was %4 in %5, which the reform of %6 replaced; the code is kept: choose the %2 of today (no official list maps old units to new ones)</source>
        <translation>"%1" không phải là mã GSO của một %2 (%3). Mã này là %4 trong %5, danh mục đã được thay thế khi sắp xếp đơn vị hành chính ngày %6; mã vẫn được giữ nguyên: hãy chọn %2 hiện nay (không có danh mục chính thức nào chuyển đổi đơn vị cũ sang đơn vị mới)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"%1" is not a GSO code of a %2 (%3). It is %4 in %5, which took effect only on %6, after the dossier's date; the code is kept</source>
        <translation>"%1" không phải là mã GSO của một %2 (%3). Mã này là %4 trong %5, danh mục chỉ có hiệu lực từ %6, sau ngày của hồ sơ; mã vẫn được giữ nguyên</translation>
    </message>
    <message>
        <location line="+16" />
        <source>is required: %1, which has districts</source>
        <translation>là bắt buộc: %1, danh mục có cấp huyện</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" is kept, but means no place: %2, which has no districts</source>
        <translation>"%1" vẫn được giữ, nhưng không chỉ địa danh nào: %2, danh mục không có cấp huyện</translation>
    </message>
    <message>
        <location line="+7" />
        <source>is required by this endpoint profile: it sends dossiers received from %1 in the three-level form, and no district code is configured for MaHuyen (endpoint.district); %2</source>
        <translation>là bắt buộc theo cấu hình cổng kết nối này: hồ sơ tiếp nhận từ %1 được gửi theo dạng ba cấp, nhưng chưa cấu hình mã huyện cho MaHuyen (endpoint.district); %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>"%1" differs from the district code %2 this endpoint profile sends for dossiers received from %3; the dossier's own value is kept and sent</source>
        <translation>"%1" khác mã huyện %2 mà cấu hình cổng kết nối này gửi cho hồ sơ tiếp nhận từ %3; giá trị của hồ sơ được giữ và gửi đi</translation>
    </message>
    <message>
        <location line="+7" />
        <source>must be empty: %1, which has no districts, and this endpoint profile sends MaHuyen empty for dossiers received from %2; "%3" is kept until you clear it</source>
        <translation>phải để trống: %1, danh mục không có cấp huyện, và cấu hình cổng kết nối này gửi MaHuyen trống cho hồ sơ tiếp nhận từ %2; "%3" vẫn được giữ cho đến khi bạn xóa</translation>
    </message>
    <message>
        <location line="+29" />
        <source>district %1 (%2) is not in province %3 (%4)</source>
        <translation>huyện %1 (%2) không thuộc tỉnh %3 (%4)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>commune %1 (%2) is not in district %3 (%4)</source>
        <translation>xã %1 (%2) không thuộc huyện %3 (%4)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>commune %1 (%2) is not in province %3 (%4)</source>
        <translation>xã %1 (%2) không thuộc tỉnh %3 (%4)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>a 12-digit CCCD starts with a province code (001-096); these first three digits are not one</source>
        <translation>số CCCD 12 chữ số bắt đầu bằng mã tỉnh (001-096); ba chữ số đầu này không phải mã tỉnh</translation>
    </message>
    <message>
        <location line="+5" />
        <source>digits 4-6 of the CCCD give the birth year %1, but the date of birth says %2</source>
        <translation>chữ số 4-6 của CCCD cho năm sinh %1, nhưng ngày sinh ghi năm %2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>the 4th digit of the CCCD encodes the other gender than Giới tính says</source>
        <translation>chữ số thứ 4 của CCCD mã hoá giới tính khác với trường Giới tính</translation>
    </message>
    <message>
        <location line="+17" />
        <source>a tax code has 10 digits, or 13 written as 10-3</source>
        <translation>mã số thuế có 10 chữ số, hoặc 13 chữ số viết dạng 10-3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>does not have the shape the identifier kind (Loại định danh) asks for</source>
        <translation>không đúng dạng mà Loại định danh yêu cầu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>differs from the applicant's CMND/CCCD number</source>
        <translation>khác với số CMND/CCCD của người nộp</translation>
    </message>
    <message>
        <location line="+13" />
        <source>the date of birth is in the future</source>
        <translation>ngày sinh nằm trong tương lai</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the date of birth is more than 130 years ago</source>
        <translation>ngày sinh cách đây hơn 130 năm</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the ID issue date is in the future</source>
        <translation>ngày cấp giấy tờ tuỳ thân nằm trong tương lai</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the ID was issued before the date of birth</source>
        <translation>giấy tờ tuỳ thân được cấp trước ngày sinh</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the reception date is in the future</source>
        <translation>ngày tiếp nhận nằm trong tương lai</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the submission date is in the future</source>
        <translation>ngày gửi hồ sơ nằm trong tương lai</translation>
    </message>
    <message>
        <location line="+9" />
        <source>lists no submitted document (DanhSachTaiLieuNop), which every dossier needs</source>
        <translation>không có tài liệu nộp nào (DanhSachTaiLieuNop), trong khi mọi hồ sơ đều cần</translation>
    </message>
    <message>
        <location line="+5" />
        <source>a final result (LoaiDuLieu 100) needs at least one result paper (DanhSachGiayToKetQua)</source>
        <translation>kết quả cuối cùng (LoaiDuLieu 100) cần ít nhất một giấy tờ kết quả (DanhSachGiayToKetQua)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>submitted document %1: %2 %3</source>
        <translation>tài liệu nộp %1: %2 %3</translation>
    </message>
    <message>
        <location line="+12" />
        <source>result paper %1: %2 %3</source>
        <translation>giấy tờ kết quả %1: %2 %3</translation>
    </message>
    <message>
        <location line="+24" />
        <source>the legal deadline is before the start</source>
        <translation>hạn xử lý theo quy định sớm hơn ngày bắt đầu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the step is dated in the future</source>
        <translation>bước xử lý có thời điểm trong tương lai</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the window ends before it starts</source>
        <translation>khoảng thời gian kết thúc trước khi bắt đầu</translation>
    </message>
</context>
<context>
    <name>btxh::AdministratorSettings</name>
    <message>
        <location filename="../src/sync/AdministratorSettings.cpp" line="+34" />
        <source>only an administrator changes %1, and the role of this database is %2. Nothing was changed. (The role is chosen in the app's Settings, or with btxh config set %3.)</source>
        <translation>chỉ quản trị viên mới đổi được %1, mà vai trò của cơ sở dữ liệu này là %2. Không có gì bị thay đổi. (Vai trò được chọn trong phần Cài đặt của ứng dụng, hoặc bằng btxh config set %3.)</translation>
    </message>
</context>
<context>
    <name>btxh::CsvReader</name>
    <message>
        <location filename="../src/sheets/CsvReader.cpp" line="+47" />
        <source>Line %1 is not UTF-8 text: save the sheet as "CSV UTF-8".</source>
        <translation>Dòng %1 không phải văn bản UTF-8: hãy lưu bảng tính dạng "CSV UTF-8".</translation>
    </message>
    <message>
        <location line="+31" />
        <location line="+7" />
        <source>Line %1: a quote opened here is never closed.</source>
        <translation>Dòng %1: dấu ngoặc kép mở ở đây không được đóng.</translation>
    </message>
</context>
<context>
    <name>btxh::CsvTableWriter</name>
    <message>
        <location filename="../src/sheets/CsvTableWriter.cpp" line="+27" />
        <location line="+8" />
        <location line="+37" />
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>btxh::DatabaseCopy</name>
    <message>
        <location filename="../src/store/DatabaseCopy.cpp" line="+130" />
        <source>The copy was cancelled; none of its rows were kept.</source>
        <translation>Đã hủy việc sao chép; không dòng nào được giữ lại.</translation>
    </message>
</context>
<context>
    <name>btxh::DatabaseLocation</name>
    <message>
        <location filename="../src/store/DatabaseLocation.cpp" line="+47" />
        <source>No database was named.</source>
        <translation>Chưa nêu cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The database address "%1" is not a valid address: %2.</source>
        <translation>Địa chỉ cơ sở dữ liệu "%1" không phải là địa chỉ hợp lệ: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database address "%1" holds a password. Remove it from the address: others can read a command line and the address is shown on screen. Store the password in the keychain (btxh db password) or in your ~/.pgpass.</source>
        <translation>Địa chỉ cơ sở dữ liệu "%1" có chứa mật khẩu. Hãy bỏ mật khẩu khỏi địa chỉ: người khác đọc được dòng lệnh và địa chỉ được hiện trên màn hình. Hãy lưu mật khẩu trong kho khóa (btxh db password) hoặc trong tệp ~/.pgpass của bạn.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The database address "%1" asks for sslmode "%2", which is none of: %3.</source>
        <translation>Địa chỉ cơ sở dữ liệu "%1" yêu cầu sslmode "%2", không thuộc: %3.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database address "%1" has connect_timeout "%2": give a number of seconds from 1 to 600.</source>
        <translation>Địa chỉ cơ sở dữ liệu "%1" có connect_timeout "%2": hãy cho số giây từ 1 đến 600.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database address "%1" has the option "%2", which this app does not use (it knows sslmode, connect_timeout and host).</source>
        <translation>Địa chỉ cơ sở dữ liệu "%1" có tùy chọn "%2" mà ứng dụng này không dùng (ứng dụng biết sslmode, connect_timeout và host).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database address "%1" names no server: write it as postgresql://user@server:5432/database.</source>
        <translation>Địa chỉ cơ sở dữ liệu "%1" không nêu máy chủ: hãy viết dạng postgresql://người_dùng@máy_chủ:5432/cơ_sở_dữ_liệu.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database address "%1" names no user: write it as postgresql://user@%2/%3, with the PostgreSQL user the office's administrator gave you.</source>
        <translation>Địa chỉ cơ sở dữ liệu "%1" không nêu người dùng: hãy viết dạng postgresql://người_dùng@%2/%3, với người dùng PostgreSQL mà quản trị viên của cơ quan đã cấp cho bạn.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database address "%1" names no database: write it as postgresql://%2@%3/database.</source>
        <translation>Địa chỉ cơ sở dữ liệu "%1" không nêu cơ sở dữ liệu: hãy viết dạng postgresql://%2@%3/cơ_sở_dữ_liệu.</translation>
    </message>
</context>
<context>
    <name>btxh::DatabaseMove</name>
    <message>
        <location filename="../src/store/DatabaseMove.cpp" line="+48" />
        <source>None of the copied rows were kept in %1; the same copy starts again.</source>
        <translation>Không dòng nào đã sao chép được giữ lại trong %1; sao chép lại y như vậy sẽ bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>There is no database at %1.</source>
        <translation>Không có cơ sở dữ liệu nào tại %1.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is at schema %2 and %3 at schema %4; nothing was copied. Both must be at the same version: open the file with this app (which upgrades it) or upgrade the server with btxh db migrate.</source>
        <translation>%1 ở lược đồ %2 còn %3 ở lược đồ %4; chưa sao chép gì. Cả hai phải cùng phiên bản: hãy mở tệp bằng ứng dụng này (ứng dụng sẽ nâng cấp nó) hoặc nâng cấp máy chủ bằng btxh db migrate.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 already holds the office's data (%2 rows in the table "%3"); nothing was copied. Copy only into a database that holds none yet.</source>
        <translation>%1 đã chứa dữ liệu của cơ quan (%2 dòng trong bảng "%3"); chưa sao chép gì. Chỉ sao chép vào cơ sở dữ liệu chưa chứa dữ liệu nào.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>%1 exists; nothing was copied. The copy makes a new file: give a name no file has.</source>
        <translation>%1 đã tồn tại; chưa sao chép gì. Bản sao tạo một tệp mới: hãy đặt một tên chưa tệp nào dùng.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is not at this app's schema (%2); nothing was copied. btxh db status tells where it is, btxh db migrate upgrades it.</source>
        <translation>%1 không ở lược đồ của ứng dụng này (%2); chưa sao chép gì. btxh db status cho biết nó đang ở đâu, btxh db migrate nâng cấp nó.</translation>
    </message>
    <message numerus="yes">
        <location line="+12" />
        <source>%1 has %n item(s) queued to send to the gateway; nothing was copied. A file copied now would send them a second time: sync the office's database first (btxh sync, or Sync now on a desktop), then copy.</source>
        <translation>
            <numerusform>%1 còn %n mục đang chờ gửi lên trục liên thông; chưa sao chép gì. Một tệp sao chép lúc này sẽ gửi chúng lần thứ hai: hãy đồng bộ cơ sở dữ liệu của cơ quan trước (btxh sync, hoặc Đồng bộ ngay trên một máy), rồi sao chép.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30" />
        <source>The copy is complete in %1 but could not be renamed to %2.</source>
        <translation>Bản sao đã đầy đủ trong %1 nhưng không đổi tên được thành %2.</translation>
    </message>
</context>
<context>
    <name>btxh::DeadlineRules</name>
    <message>
        <location filename="../src/core/DeadlineRules.cpp" line="+92" />
        <source>the received date is missing or not a date, so no deadline can be computed</source>
        <translation>thiếu ngày tiếp nhận hoặc ngày tiếp nhận không hợp lệ, nên không tính được thời hạn</translation>
    </message>
    <message>
        <location line="+8" />
        <source>no processing time is configured for the procedure %1%2, so no deadline can be computed: an administrator sets it in Settings or with "btxh config set %3 DAYS"</source>
        <translation>chưa cấu hình thời gian giải quyết cho thủ tục %1%2, nên không tính được thời hạn: quản trị viên đặt trong Cài đặt hoặc bằng "btxh config set %3 SỐ_NGÀY"</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(none given)</source>
        <translation>(không có)</translation>
    </message>
</context>
<context>
    <name>btxh::DeadlineSettings</name>
    <message>
        <location filename="../src/core/DeadlineSettings.cpp" line="+37" />
        <source>extra days off, yyyy-MM-dd separated by commas</source>
        <translation>các ngày nghỉ thêm, dạng yyyy-MM-dd, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+2" />
        <source>days worked although a weekend or a holiday (make-up days), yyyy-MM-dd separated by commas</source>
        <translation>các ngày làm việc dù là cuối tuần hay ngày nghỉ (ngày làm bù), dạng yyyy-MM-dd, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>processing time of procedure %1 in working days (0 = none)</source>
        <translation>thời gian giải quyết thủ tục %1 theo ngày làm việc (0 = không có)</translation>
    </message>
    <message>
        <location line="+16" />
        <source>%1: there is no procedure %2 in the catalogue</source>
        <translation>%1: không có thủ tục %2 trong danh mục</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: "%2" is not a number of working days from 0 to %3</source>
        <translation>%1: "%2" không phải là số ngày làm việc từ 0 đến %3</translation>
    </message>
    <message>
        <location line="+8" />
        <source>unknown setting "%1"</source>
        <translation>không có thiết lập "%1"</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: "%2" is not a date written yyyy-MM-dd</source>
        <translation>%1: "%2" không phải là ngày viết dạng yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>btxh::DossierDeadline</name>
    <message>
        <location filename="../src/core/DossierDeadline.cpp" line="+45" />
        <source>computed from the procedure's processing time</source>
        <translation>tính từ thời gian giải quyết của thủ tục</translation>
    </message>
    <message>
        <location line="+2" />
        <source>sent by the gateway</source>
        <translation>do cổng gửi về</translation>
    </message>
    <message>
        <location line="+4" />
        <source>no deadline</source>
        <translation>không có thời hạn</translation>
    </message>
    <message>
        <location line="+6" />
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>late</source>
        <translation>trễ hạn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>within the deadline</source>
        <translation>trong hạn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not determined</source>
        <translation>chưa xác định</translation>
    </message>
</context>
<context>
    <name>btxh::DossierExport</name>
    <message>
        <location filename="../src/sheets/DossierExport.cpp" line="+10" />
        <source>Dossiers</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
</context>
<context>
    <name>btxh::EndpointProfile</name>
    <message>
        <location filename="../src/ndxp/EndpointProfile.cpp" line="+71" />
        <source>The gateway address "%1" is not a valid URL.</source>
        <translation>Địa chỉ cổng kết nối "%1" không phải URL hợp lệ.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The gateway address must use https://; plain http:// is only allowed for a sandbox on this computer (127.0.0.1).</source>
        <translation>Địa chỉ cổng kết nối phải dùng https://; http:// thường chỉ được phép cho môi trường thử nghiệm (sandbox) trên máy này (127.0.0.1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The gateway address must start with https://.</source>
        <translation>Địa chỉ cổng kết nối phải bắt đầu bằng https://.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The gateway address must not contain a query or a fragment.</source>
        <translation>Địa chỉ cổng kết nối không được chứa chuỗi truy vấn (query) hoặc phân đoạn (fragment).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The trusted certificate file "%1" cannot be read.</source>
        <translation>Không đọc được tệp chứng chỉ tin cậy "%1".</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The gateway timeouts must be positive.</source>
        <translation>Thời gian chờ của cổng kết nối phải là số dương.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The maximum reply size must be positive.</source>
        <translation>Kích thước phản hồi tối đa phải là số dương.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The extra header name "%1" is not a valid HTTP header name.</source>
        <translation>Tên header bổ sung "%1" không phải tên header HTTP hợp lệ.</translation>
    </message>
</context>
<context>
    <name>btxh::GatewayError</name>
    <message>
        <location filename="../src/ndxp/GatewayError.cpp" line="+66" />
        <source>The gateway could not be reached (%1). The work stays queued and is sent when the connection is back.</source>
        <translation>Không kết nối được tới cổng kết nối (%1). Dữ liệu vẫn chờ gửi và sẽ được gửi khi có kết nối trở lại.</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>The gateway did not answer within %n second(s).</source>
        <translation>
            <numerusform>Cổng kết nối không phản hồi trong vòng %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The gateway's certificate could not be verified (%1). Nothing was sent. Ask the administrator to check the address or to add the province's CA certificate.</source>
        <translation>Không xác minh được chứng chỉ của cổng kết nối (%1). Chưa gửi gì. Hãy nhờ quản trị viên kiểm tra địa chỉ hoặc thêm chứng chỉ CA của tỉnh.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The gateway refused the consumer key and secret (HTTP %1). Check the keys set for this connection.</source>
        <translation>Cổng kết nối từ chối khoá và mật khẩu ứng dụng (HTTP %1). Hãy kiểm tra các khoá đã đặt cho kết nối này.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The gateway refused the access token even after a new one was fetched (HTTP %1). This connection may not be allowed to use this service.</source>
        <translation>Cổng kết nối từ chối token truy cập ngay cả sau khi đã lấy token mới (HTTP %1). Kết nối này có thể không được phép dùng dịch vụ này.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The gateway answered HTTP %1.</source>
        <translation>Cổng kết nối trả về HTTP %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The gateway answered HTTP %1 (%2).</source>
        <translation>Cổng kết nối trả về HTTP %1 (%2).</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The gateway refused the data: error %1.</source>
        <translation>Cổng kết nối từ chối dữ liệu: lỗi %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The gateway refused the data: error %1: %2</source>
        <translation>Cổng kết nối từ chối dữ liệu: lỗi %1: %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The gateway's reply could not be read: %1</source>
        <translation>Không đọc được phản hồi của cổng kết nối: %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The gateway's reply is larger than %1 and was refused. Pull a shorter time window.</source>
        <translation>Phản hồi của cổng kết nối lớn hơn %1 nên đã bị từ chối. Hãy lấy dữ liệu trong khoảng thời gian ngắn hơn.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cancelled.</source>
        <translation>Đã huỷ.</translation>
    </message>
</context>
<context>
    <name>btxh::GatewayJob</name>
    <message>
        <location filename="../src/ndxp/GatewayJob.cpp" line="+194" />
        <source>the gateway answered with an HTML page instead of JSON (HTTP %1); a proxy or the gateway's error page may be in the way</source>
        <translation>cổng kết nối trả về một trang HTML thay vì JSON (HTTP %1); có thể một proxy hoặc trang báo lỗi của cổng kết nối đang chặn giữa</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the reply is empty (HTTP %1)</source>
        <translation>phản hồi rỗng (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>btxh::HttpCall</name>
    <message>
        <location filename="../src/ndxp/HttpCall.cpp" line="+251" />
        <source>the connection closed after %1 of the %2 bytes announced</source>
        <translation>kết nối bị đóng sau khi mới nhận %1 trong số %2 byte đã báo</translation>
    </message>
</context>
<context>
    <name>btxh::PlaceCalendar</name>
    <message>
        <location filename="../src/core/PlaceCalendar.cpp" line="+30" />
        <source>the 2024 three-level GSO list (in force before %1)</source>
        <translation>danh mục GSO ba cấp 2024 (có hiệu lực trước %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the early-2025 three-level GSO list (in force from %1 to the reform)</source>
        <translation>danh mục GSO ba cấp đầu năm 2025 (có hiệu lực từ %1 đến khi sắp xếp)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the 2025 two-level GSO list (in force from %1, no districts)</source>
        <translation>danh mục GSO hai cấp 2025 (có hiệu lực từ %1, không có cấp huyện)</translation>
    </message>
</context>
<context>
    <name>btxh::PostReformForm</name>
    <message>
        <location filename="../src/core/PostReformForm.cpp" line="+38" />
        <source>dossiers received from %1 are sent in the three-level form; no district code is configured for MaHuyen (endpoint.district)</source>
        <translation>hồ sơ tiếp nhận từ %1 được gửi theo dạng ba cấp; chưa cấu hình mã huyện cho MaHuyen (endpoint.district)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dossiers received from %1 are sent in the three-level form with MaHuyen %2 (the endpoint profile's district code)</source>
        <translation>hồ sơ tiếp nhận từ %1 được gửi theo dạng ba cấp với MaHuyen %2 (mã huyện trong cấu hình cổng kết nối)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>dossiers received from %1 are sent with two-level codes and MaHuyen empty</source>
        <translation>hồ sơ tiếp nhận từ %1 được gửi theo mã hai cấp, MaHuyen để trống</translation>
    </message>
</context>
<context>
    <name>btxh::PullJob</name>
    <message>
        <location filename="../src/ndxp/PullJob.cpp" line="+40" />
        <source>the reply is not valid JSON</source>
        <translation>phản hồi không phải JSON hợp lệ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the reply has no "result" object with error_code and data</source>
        <translation>phản hồi không có đối tượng "result" chứa error_code và data</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the reply has no usable error_code</source>
        <translation>phản hồi không có error_code dùng được</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the reply has no "data" list</source>
        <translation>phản hồi không có danh sách "data"</translation>
    </message>
</context>
<context>
    <name>btxh::PushJob</name>
    <message>
        <location filename="../src/ndxp/PushJob.cpp" line="+37" />
        <source>the reply is not valid JSON (%1 at byte %2); it may have been cut short</source>
        <translation>phản hồi không phải JSON hợp lệ (%1 tại byte %2); có thể đã bị cắt ngắn</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the reply is not a JSON object</source>
        <translation>phản hồi không phải đối tượng JSON</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the reply has no error_code</source>
        <translation>phản hồi không có error_code</translation>
    </message>
    <message>
        <location line="+13" />
        <source>error_code is not a whole number</source>
        <translation>error_code không phải số nguyên</translation>
    </message>
    <message>
        <location line="+8" />
        <source>message is not text</source>
        <translation>message không phải văn bản</translation>
    </message>
</context>
<context>
    <name>btxh::ReportTables</name>
    <message>
        <location filename="../src/store/ReportTables.cpp" line="+28" />
        <location line="+139" />
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="-137" />
        <source>Finished</source>
        <translation>Đã giải quyết</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finished on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finished late</source>
        <translation>Giải quyết trễ hạn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>In progress</source>
        <translation>Đang giải quyết</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Within the deadline</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 list, received from %2</source>
        <translation>danh mục %1, tiếp nhận từ ngày %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 list, received before %2</source>
        <translation>danh mục %1, tiếp nhận trước ngày %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Dossiers by procedure</source>
        <translation>Hồ sơ theo thủ tục</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossiers by commune</source>
        <translation>Hồ sơ theo xã</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossiers by month received</source>
        <translation>Hồ sơ theo tháng tiếp nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossiers by status</source>
        <translation>Hồ sơ theo trạng thái</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Received from %1 to %2</source>
        <translation>Tiếp nhận từ %1 đến %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the first</source>
        <translation>đầu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the last</source>
        <translation>cuối</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, commune %1</source>
        <translation>, xã %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, district %1</source>
        <translation>, huyện %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, province %1</source>
        <translation>, tỉnh %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>, all units of the %1</source>
        <translation>, mọi đơn vị của %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; deadlines as of %1</source>
        <translation>; thời hạn tính đến %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>(not given, %1 list)</source>
        <translation>(không ghi, danh mục %1)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 %2 (%3)</source>
        <comment>commune code, its name, the GSO list's year</comment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (not in the %2 list)</source>
        <translation>%1 (không có trong danh mục %2)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(not given)</source>
        <translation>(không ghi)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+4" />
        <source>On-time rate</source>
        <translation>Tỷ lệ đúng hạn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>GSO list</source>
        <translation>Danh mục GSO</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Overdue dossiers</source>
        <translation>Hồ sơ quá hạn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MaHoSo</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legal deadline</source>
        <translation>Hạn xử lý theo quy định</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Deadline from</source>
        <translation>Nguồn thời hạn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
</context>
<context>
    <name>btxh::RolePolicy</name>
    <message>
        <location filename="../src/core/RolePolicy.cpp" line="+54" />
        <source>A commune leader approves and records the decision (processing steps and the final result); the dossier itself is read-only.</source>
        <translation>Lãnh đạo xã phê duyệt và ghi nhận quyết định (các bước xử lý và kết quả cuối cùng); bản thân hồ sơ chỉ được xem.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A province reviewer records review steps across communes; the dossier itself is read-only.</source>
        <translation>Người thẩm định cấp tỉnh ghi các bước thẩm định trên các xã; bản thân hồ sơ chỉ được xem.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This dossier was received from the Ministry's system: it is read-only here.</source>
        <translation>Hồ sơ này được nhận từ hệ thống của Bộ: ở đây chỉ được xem.</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Commune officer</source>
        <translation>Cán bộ cấp xã</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commune leader</source>
        <translation>Lãnh đạo xã</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Province reviewer</source>
        <translation>Người thẩm định cấp tỉnh</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Receives dossiers at the commune and enters them.</source>
        <translation>Tiếp nhận hồ sơ tại xã và nhập hồ sơ.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The commune chair or deputy: approves dossiers and records the decision, as the law in force since 2025 gives it to the commune.</source>
        <translation>Chủ tịch hoặc Phó Chủ tịch UBND xã: phê duyệt hồ sơ và ghi nhận quyết định, theo thẩm quyền pháp luật hiện hành giao cho cấp xã từ năm 2025.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reviews dossiers across the province's communes (formerly the district reviewer).</source>
        <translation>Thẩm định hồ sơ của các xã trong tỉnh (trước đây là người thẩm định cấp huyện).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sets up the connection to the gateway and may change everything.</source>
        <translation>Thiết lập kết nối với cổng và được thay đổi mọi cài đặt.</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
<context>
    <name>btxh::ServerConnection</name>
    <message>
        <location filename="../src/store/ServerConnection.cpp" line="+42" />
        <source>%1 is not a server address.</source>
        <translation>%1 không phải là địa chỉ máy chủ.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This installation cannot reach PostgreSQL databases: Qt's PostgreSQL driver is missing (on Debian, install the package libqt6sql6-psql).</source>
        <translation>Bản cài đặt này không kết nối được cơ sở dữ liệu PostgreSQL: thiếu trình điều khiển PostgreSQL của Qt (trên Debian, hãy cài gói libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The server of %1 refused the user "%2": the password is wrong or missing, or the user may not connect from this machine. Store the password with btxh db password, or in your ~/.pgpass; the server's administrator can check pg_hba.conf.</source>
        <translation>Máy chủ của %1 đã từ chối người dùng "%2": mật khẩu sai hoặc thiếu, hoặc người dùng không được kết nối từ máy này. Hãy lưu mật khẩu bằng btxh db password hoặc trong tệp ~/.pgpass; quản trị viên máy chủ có thể kiểm tra pg_hba.conf.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The server has no database named "%1" (%2). Ask its administrator to create it (createdb).</source>
        <translation>Máy chủ không có cơ sở dữ liệu tên "%1" (%2). Hãy đề nghị quản trị viên của máy chủ tạo nó (createdb).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The user "%1" lacks the rights this needs on %2. Nothing was changed; ask the server's administrator to grant them.</source>
        <translation>Người dùng "%1" thiếu quyền cần cho việc này trên %2. Chưa thay đổi gì; hãy đề nghị quản trị viên máy chủ cấp quyền.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The secure connection to %1 could not be checked: %2 The server's certificate must be signed by an authority this machine trusts (or the one in ~/.postgresql/root.crt) and name the server.</source>
        <translation>Không kiểm tra được kết nối bảo mật tới %1: %2 Chứng chỉ của máy chủ phải được ký bởi một tổ chức mà máy này tin cậy (hoặc tổ chức trong ~/.postgresql/root.crt) và phải ghi đúng tên máy chủ.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The database %1 is busy with another desktop's or program's change, which did not finish in time. Nothing was changed; try again in a moment.</source>
        <translation>Cơ sở dữ liệu %1 đang bận với thay đổi của một máy hoặc chương trình khác và thay đổi đó chưa xong kịp. Chưa có gì bị thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The request to %1 was cancelled.</source>
        <translation>Yêu cầu gửi tới %1 đã bị hủy.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The database server of %1 is read-only (a standby server?). Nothing was changed.</source>
        <translation>Máy chủ cơ sở dữ liệu của %1 chỉ cho đọc (máy chủ dự phòng?). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database server of %1 has run out of disk space. Nothing was changed; tell its administrator.</source>
        <translation>Máy chủ cơ sở dữ liệu của %1 đã hết dung lượng đĩa. Chưa có gì bị thay đổi; hãy báo cho quản trị viên.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server of %1 has no free connection left. Try again in a moment, or ask its administrator to allow more (max_connections).</source>
        <translation>Máy chủ của %1 đã hết kết nối trống. Hãy thử lại sau ít phút, hoặc đề nghị quản trị viên cho phép nhiều hơn (max_connections).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database server of %1 cannot be reached: it is not running, the address or port is wrong, or the network is down. Nothing was changed.</source>
        <translation>Không kết nối được máy chủ cơ sở dữ liệu của %1: máy chủ không chạy, địa chỉ hoặc cổng sai, hoặc mạng bị ngắt. Chưa thay đổi gì.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database server of %1 answered: %2</source>
        <translation>Máy chủ cơ sở dữ liệu của %1 trả lời: %2</translation>
    </message>
</context>
<context>
    <name>btxh::ServerSchema</name>
    <message>
        <location filename="../src/store/ServerSchema.cpp" line="+94" />
        <source>The database %1 has schema %2, made by a newer version of BTXH Desktop; this version knows up to %3. It was left untouched: update the application to use it.</source>
        <translation>Cơ sở dữ liệu %1 có lược đồ %2, do phiên bản mới hơn của BTXH Desktop tạo ra; phiên bản này chỉ biết đến lược đồ %3. Cơ sở dữ liệu được giữ nguyên: hãy cập nhật ứng dụng để dùng nó.</translation>
    </message>
    <message>
        <location line="+54" />
        <source>The table %1 of %2 is empty: the schema's version is unknown, so the database was left untouched.</source>
        <translation>Bảng %1 của %2 trống: không biết phiên bản lược đồ, nên cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The database %1 already holds tables or other objects that are not BTXH Desktop's (%2 in the schema "%3": %4). Nothing was created: give btxh db init an empty database (createdb), or remove them first.</source>
        <translation>Cơ sở dữ liệu %1 đã chứa bảng hoặc đối tượng khác không thuộc BTXH Desktop (%2 trong lược đồ "%3": %4). Chưa tạo gì: hãy dùng btxh db init với một cơ sở dữ liệu trống (createdb), hoặc xóa chúng trước.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The user "%1" may not create tables in the schema "%2" of %3, so the office's tables were not created. The database's owner can grant it (GRANT CREATE ON SCHEMA %2 TO %1), or make the user the database's owner.</source>
        <translation>Người dùng "%1" không được tạo bảng trong lược đồ "%2" của %3, nên các bảng của cơ quan chưa được tạo. Chủ sở hữu cơ sở dữ liệu có thể cấp quyền (GRANT CREATE ON SCHEMA %2 TO %1), hoặc đặt người dùng này làm chủ sở hữu cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The office's search needs PostgreSQL's extension %1 in %2, and the user "%3" may not install it. Nothing was created: the server's administrator can run CREATE EXTENSION %1; in that database, or grant the user CREATE on it.</source>
        <translation>Chức năng tìm kiếm của cơ quan cần phần mở rộng %1 của PostgreSQL trong %2, và người dùng "%3" không được cài nó. Chưa tạo gì: quản trị viên máy chủ có thể chạy CREATE EXTENSION %1; trong cơ sở dữ liệu đó, hoặc cấp cho người dùng quyền CREATE trên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The database %1 holds no BTXH Desktop schema yet: btxh db init creates it.</source>
        <translation>Cơ sở dữ liệu %1 chưa có lược đồ của BTXH Desktop: btxh db init sẽ tạo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database %1 says its schema is %2, older than any BTXH Desktop made on a server (%3). It was left untouched.</source>
        <translation>Cơ sở dữ liệu %1 ghi lược đồ %2, cũ hơn mọi lược đồ BTXH Desktop từng tạo trên máy chủ (%3). Cơ sở dữ liệu được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The user "%1" does not own the office's tables in %2, and only their owner may change them. Nothing was changed: run btxh db migrate as the user that ran btxh db init.</source>
        <translation>Người dùng "%1" không sở hữu các bảng của cơ quan trong %2, mà chỉ chủ sở hữu mới được thay đổi chúng. Chưa thay đổi gì: hãy chạy btxh db migrate bằng người dùng đã chạy btxh db init.</translation>
    </message>
</context>
<context>
    <name>btxh::SheetImport</name>
    <message>
        <location filename="../src/sheets/SheetImport.cpp" line="+94" />
        <source>Row %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Row %1, column %2</source>
        <translation>Dòng %1, cột %2</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Column %1 (%2) is not a dossier field: it is ignored.</source>
        <translation>Cột %1 (%2) không phải trường của hồ sơ: được bỏ qua.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Columns %1 and %2 are both "%3": keep one of them.</source>
        <translation>Cột %1 và cột %2 đều là "%3": hãy giữ một cột.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Row 1 has no column of the import template: is this the right file? Start from the template (File &gt; Save the import template…).</source>
        <translation>Dòng 1 không có cột nào của mẫu nhập: có đúng tệp không? Hãy bắt đầu từ mẫu (Tệp &gt; Lưu mẫu nhập hồ sơ…).</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Row 1: the sheet has no column %1. Add the missing column(s) as in the template.</source>
        <translation>Dòng 1: bảng tính thiếu cột %1. Hãy thêm (các) cột còn thiếu như trong mẫu.</translation>
    </message>
    <message>
        <location line="+31" />
        <source>"%1" is a number Excel shortened: format the column as Text and type the value again.</source>
        <translation>"%1" là số đã bị Excel rút gọn: hãy định dạng cột là Văn bản (Text) rồi nhập lại giá trị.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" is not a date: write it as dd/MM/yyyy, for example 05/03/2024.</source>
        <translation>"%1" không phải là ngày: hãy ghi theo dạng dd/MM/yyyy, ví dụ 05/03/2024.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>read as %1 (the leading zeros the spreadsheet dropped put back).</source>
        <translation>đọc là %1 (đã bổ sung các số 0 đứng đầu mà bảng tính làm mất).</translation>
    </message>
    <message>
        <location line="+6" />
        <source>read as %1 (the leading zero the spreadsheet dropped put back).</source>
        <translation>đọc là %1 (đã bổ sung số 0 đứng đầu mà bảng tính làm mất).</translation>
    </message>
    <message>
        <location line="+22" />
        <source>no MaHoSo: every row needs its dossier code.</source>
        <translation>thiếu MaHoSo: mỗi dòng cần có mã hồ sơ.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is also in row %2: a dossier is imported once.</source>
        <translation>%1 cũng có ở dòng %2: mỗi hồ sơ chỉ được nhập một lần.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is already in the database: an import adds new dossiers and never replaces one.</source>
        <translation>%1 đã có trong cơ sở dữ liệu: chức năng nhập chỉ thêm hồ sơ mới, không bao giờ thay thế hồ sơ đã có.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>There is no file %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is a workbook, which cannot be imported directly: in Excel or LibreOffice, save the sheet as "CSV UTF-8" and import that file.</source>
        <translation>%1 là sổ tính, không nhập trực tiếp được: trong Excel hoặc LibreOffice, hãy lưu bảng tính dạng "CSV UTF-8" rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is empty: it has not even the header row of the template.</source>
        <translation>%1 trống: không có cả dòng tiêu đề của mẫu.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is empty.</source>
        <translation>%1 trống.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Row %L1 is past the limit of %L2 rows per import: split the file and import the parts one after the other. Nothing was imported.</source>
        <translation>Dòng %L1 vượt quá giới hạn %L2 dòng mỗi lần nhập: hãy chia tệp và nhập lần lượt từng phần. Chưa nhập gì.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>the row has values past the last column (%1): they are ignored.</source>
        <translation>dòng có giá trị nằm sau cột cuối cùng (%1): được bỏ qua.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 has the template's header but no dossier rows.</source>
        <translation>%1 có dòng tiêu đề của mẫu nhưng không có dòng hồ sơ nào.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Dossiers to import</source>
        <translation>Hồ sơ cần nhập</translation>
    </message>
</context>
<context>
    <name>btxh::StoreError</name>
    <message>
        <location filename="../src/store/StoreError.cpp" line="+54" />
        <source>The disk holding the database %1 is full (or the database reached its size limit). Nothing was changed; everything saved before is intact. Free some space and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu %1 đã đầy (hoặc cơ sở dữ liệu đã đạt giới hạn dung lượng). Không có gì thay đổi; mọi dữ liệu đã lưu trước đó vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database %1 cannot be written: the file, its folder or the disk is read-only. Nothing was changed. Check the file's permissions or copy it to a writable folder.</source>
        <translation>Không ghi được cơ sở dữ liệu %1: tệp, thư mục chứa tệp hoặc ổ đĩa chỉ cho phép đọc. Không có gì thay đổi. Hãy kiểm tra quyền của tệp hoặc sao chép tệp sang thư mục ghi được.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The database %1 is in use by another program (perhaps another BTXH window or a sync in progress) and stayed locked. Nothing was changed; try again in a moment.</source>
        <translation>Cơ sở dữ liệu %1 đang được chương trình khác sử dụng (có thể là một cửa sổ BTXH khác hoặc đang đồng bộ) và vẫn bị khoá. Không có gì thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file %1 is not a BTXH database or is damaged. It was left untouched; restore it from a backup or ask for support.</source>
        <translation>Tệp %1 không phải cơ sở dữ liệu BTXH hoặc đã bị hỏng. Tệp được giữ nguyên; hãy khôi phục từ bản sao lưu hoặc liên hệ hỗ trợ.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The database %1 cannot be opened: check that its folder exists and can be written.</source>
        <translation>Không mở được cơ sở dữ liệu %1: hãy kiểm tra thư mục chứa nó có tồn tại và ghi được không.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+23" />
        <source>The disk holding the database %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu %1 đã đầy. Không có gì thay đổi; hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Reading or writing the database %1 failed (a disk error). Nothing was changed; check the disk and try again.</source>
        <translation>Đọc hoặc ghi cơ sở dữ liệu %1 không thành công (lỗi ổ đĩa). Không có gì thay đổi; hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Reading the database %1 was stopped: its answer was no longer needed.</source>
        <translation>Đã dừng đọc cơ sở dữ liệu %1: kết quả không còn cần đến nữa.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The computer ran out of memory while using the database %1.</source>
        <translation>Máy tính hết bộ nhớ khi đang dùng cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The database %1 reported an error: %2</source>
        <translation>Cơ sở dữ liệu %1 báo lỗi: %2</translation>
    </message>
</context>
<context>
    <name>btxh::SyncArea</name>
    <message>
        <location filename="../src/sync/SyncArea.cpp" line="+22" />
        <source>No area is set: give the office's province code (btxh config set area.province CODE, or --province CODE).</source>
        <translation>Chưa đặt địa bàn: hãy cho biết mã tỉnh của cơ quan (btxh config set area.province MÃ, hoặc --province MÃ).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" is not a GSO code: digits only, at most 20.</source>
        <translation>"%1" không phải mã GSO: chỉ gồm chữ số, tối đa 20 ký tự.</translation>
    </message>
</context>
<context>
    <name>btxh::SyncEngine</name>
    <message>
        <location filename="../src/sync/PullPhase.cpp" line="+87" />
        <location filename="../src/sync/PushPhase.cpp" line="+79" />
        <source>No gateway is configured.</source>
        <translation>Chưa cấu hình cổng kết nối.</translation>
    </message>
    <message>
        <location filename="../src/sync/PushPhase.cpp" line="+17" />
        <location line="+40" />
        <source>reading the outbox</source>
        <translation>đọc hàng đợi gửi</translation>
    </message>
    <message>
        <location line="-47" />
        <source>re-queueing an unanswered item</source>
        <translation>đưa lại vào hàng đợi một mục chưa được phản hồi</translation>
    </message>
    <message>
        <location line="+57" />
        <source>%1: waits until the dossier itself has been accepted.</source>
        <translation>%1: chờ đến khi chính hồ sơ được chấp nhận.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: the final result waits until its processing steps have been accepted.</source>
        <translation>%1: kết quả cuối cùng chờ đến khi các bước xử lý của hồ sơ được chấp nhận.</translation>
    </message>
    <message>
        <location filename="../src/sync/PulledItems.cpp" line="+142" />
        <location filename="../src/sync/PushPhase.cpp" line="+13" />
        <source>reading the steps of %1</source>
        <translation>đọc các bước xử lý của %1</translation>
    </message>
    <message>
        <location filename="../src/sync/PushPhase.cpp" line="+4" />
        <source>The step is no longer in the database.</source>
        <translation>Bước xử lý không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+29" />
        <location line="+13" />
        <location line="+6" />
        <source>updating the outbox</source>
        <translation>cập nhật hàng đợi gửi</translation>
    </message>
    <message>
        <location line="-131" />
        <source>No answer from the gateway before the program stopped; checked and sent again.</source>
        <translation>Chưa có phản hồi từ cổng kết nối trước khi chương trình dừng; đã kiểm tra và gửi lại.</translation>
    </message>
    <message>
        <location line="+78" />
        <source>%1: a queued step is no longer in the database.</source>
        <translation>%1: một bước xử lý đang chờ gửi không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../src/sync/PulledItems.cpp" line="-68" />
        <location filename="../src/sync/PushPhase.cpp" line="+13" />
        <location line="+68" />
        <source>reading dossier %1</source>
        <translation>đọc hồ sơ %1</translation>
    </message>
    <message>
        <location filename="../src/sync/PushPhase.cpp" line="-67" />
        <source>The dossier is no longer in the database.</source>
        <translation>Hồ sơ không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: a queued dossier is no longer in the database.</source>
        <translation>%1: một hồ sơ đang chờ gửi không còn trong cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1: not sent while the conflict with the server's copy is unresolved.</source>
        <translation>%1: chưa gửi khi xung đột với bản của máy chủ chưa được giải quyết.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: not sent while it has errors.</source>
        <translation>%1: chưa gửi khi còn lỗi.</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Already on the gateway; not sent again.</source>
        <translation>Đã có trên cổng kết nối; không gửi lại.</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+103" />
        <source>recording an accepted item</source>
        <translation>ghi nhận một mục đã được chấp nhận</translation>
    </message>
    <message>
        <location line="-77" />
        <source>This sync was held up so long that another one took over; it stopped. What it had sent is checked by the other run.</source>
        <translation>Lượt đồng bộ này bị chậm quá lâu nên một lượt khác đã nhận quyền gửi; lượt này đã dừng. Những gì nó đã gửi sẽ được lượt kia kiểm tra.</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Another sync is running (%1, process %2 on %3, since %4). Try again when it has finished.</source>
        <translation>Đang có một lượt đồng bộ khác chạy (%1, tiến trình %2 trên %3, từ %4). Hãy thử lại khi lượt đó xong.</translation>
    </message>
    <message>
        <location line="-20" />
        <source>taking the right to send</source>
        <translation>nhận quyền gửi</translation>
    </message>
    <message>
        <location line="+97" />
        <source>recording a refused item</source>
        <translation>ghi nhận một mục bị từ chối</translation>
    </message>
    <message>
        <location filename="../src/sync/PullPhase.cpp" line="+241" />
        <source>keeping unreadable items aside</source>
        <translation>cất riêng các mục không đọc được</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%1 %2: %n item(s) could not be read and were kept aside (btxh sync --report); this window is asked for again until they are dismissed.</source>
        <translation>
            <numerusform>%1 %2: %n mục không đọc được và đã được cất riêng (btxh sync --report); khoảng thời gian này sẽ được lấy lại cho đến khi chúng được bỏ qua.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/sync/PushPhase.cpp" line="-7" />
        <location line="+20" />
        <source>re-queueing an item</source>
        <translation>đưa lại một mục vào hàng đợi</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The gateway keeps failing; the remaining items stay queued.</source>
        <translation>Cổng kết nối liên tục gặp lỗi; các mục còn lại vẫn chờ gửi.</translation>
    </message>
    <message>
        <location filename="../src/sync/SyncRun.cpp" line="+27" />
        <source>The gateway address or keys look wrong: %1 Nothing more was sent; the items stay queued. Ask the administrator to check the connection settings.</source>
        <translation>Địa chỉ hoặc khoá của cổng kết nối có vẻ sai: %1 Không gửi thêm gì nữa; các mục vẫn ở hàng chờ. Hãy nhờ quản trị viên kiểm tra thiết lập kết nối.</translation>
    </message>
    <message>
        <location filename="../src/sync/PullPhase.cpp" line="-257" />
        <source>The start of the time range (%1) is after its end (%2).</source>
        <translation>Thời điểm bắt đầu của khoảng thời gian (%1) sau thời điểm kết thúc (%2).</translation>
    </message>
    <message>
        <location line="+35" />
        <source>reading the watermark</source>
        <translation>đọc mốc đồng bộ</translation>
    </message>
    <message>
        <location line="+100" />
        <source>%1: %2 (even a one-second window is too much; try again later)</source>
        <translation>%1: %2 (ngay cả khoảng một giây cũng quá lớn; hãy thử lại sau)</translation>
    </message>
    <message>
        <location line="+82" />
        <source>reading the unreadable items kept aside</source>
        <translation>đọc các mục không đọc được đã cất riêng</translation>
    </message>
    <message>
        <location line="+10" />
        <source>saving the watermark</source>
        <translation>lưu mốc đồng bộ</translation>
    </message>
    <message>
        <location filename="../src/sync/PulledItems.cpp" line="-23" />
        <location line="+8" />
        <source>reading the stored dossiers</source>
        <translation>đọc các hồ sơ đã lưu</translation>
    </message>
    <message>
        <location line="+32" />
        <source>storing received dossiers</source>
        <translation>lưu các hồ sơ nhận được</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: changed on the server while local changes were waiting; both copies are kept until someone chooses.</source>
        <translation>%1: đã thay đổi trên máy chủ trong khi còn thay đổi cục bộ chờ gửi; cả hai bản được giữ cho đến khi có người chọn.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>reading the stored steps</source>
        <translation>đọc các bước xử lý đã lưu</translation>
    </message>
    <message>
        <location line="+34" />
        <source>storing received steps</source>
        <translation>lưu các bước xử lý nhận được</translation>
    </message>
    <message>
        <location filename="../src/sync/SyncRun.cpp" line="-7" />
        <source>error_code %1: %2</source>
        <translation>error_code %1: %2</translation>
    </message>
    <message>
        <location filename="../src/sync/SyncEngine.cpp" line="+101" />
        <source>The local database failed while %1: %2</source>
        <translation>Cơ sở dữ liệu cục bộ gặp lỗi khi %1: %2</translation>
    </message>
</context>
<context>
    <name>btxh::SyncProgress</name>
    <message>
        <location filename="../src/sync/SyncProgress.cpp" line="+9" />
        <source>Sending queued changes</source>
        <translation>Đang gửi các thay đổi chờ gửi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receiving dossiers</source>
        <translation>Đang nhận hồ sơ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receiving processing progress</source>
        <translation>Đang nhận tiến độ xử lý</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Receiving final results</source>
        <translation>Đang nhận kết quả cuối cùng</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: %2 of %3 (%4 accepted)</source>
        <translation>%1: %2 trên %3 (%4 được chấp nhận)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2% (%3 received)</source>
        <translation>%1: %2% (đã nhận %3)</translation>
    </message>
</context>
<context>
    <name>btxh::SyncReport</name>
    <message>
        <location filename="../src/sync/SyncReport.cpp" line="+27" />
        <source>pulled %1 (new %2, updated %3, unchanged %4), pushed %5, failed %6, conflicts %7, queued %8</source>
        <translation>đã lấy về %1 (mới %2, cập nhật %3, không đổi %4), đã gửi %5, lỗi %6, xung đột %7, chờ gửi %8</translation>
    </message>
    <message numerus="yes">
        <location line="+10" />
        <source> (%n to retry)</source>
        <translation>
            <numerusform> (%n mục sẽ thử lại)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n unreadable item(s) kept aside</source>
        <translation>
            <numerusform>, %n mục không đọc được đã cất riêng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Working offline: the gateway cannot be reached. %n item(s) stay queued and will be sent at the next sync.</source>
        <translation>
            <numerusform>Đang làm việc ngoại tuyến: không kết nối được tới cổng kết nối. %n mục vẫn chờ gửi và sẽ được gửi ở lần đồng bộ tới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Cancelled. What was received is kept; %n item(s) stay queued.</source>
        <translation>
            <numerusform>Đã huỷ. Dữ liệu đã nhận được giữ lại; %n mục vẫn chờ gửi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::SyncSettings</name>
    <message>
        <location filename="../src/sync/SyncSettings.cpp" line="+44" />
        <source>which gateway: production (NDXP), sandbox (NDXP's test keys), lgsp (a province's gateway) or custom</source>
        <translation>cổng kết nối sử dụng: production (NDXP), sandbox (khoá thử nghiệm của NDXP), lgsp (cổng kết nối của tỉnh) hoặc custom</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the gateway's base URL, without /token (required for lgsp and custom; BTXH_ENDPOINT overrides it)</source>
        <translation>URL gốc của cổng kết nối, không kèm /token (bắt buộc với lgsp và custom; BTXH_ENDPOINT được ưu tiên hơn)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>an extra header that also carries the token, e.g. AccessKey (empty: none)</source>
        <translation>header bổ sung cũng mang token, ví dụ AccessKey (để trống: không dùng)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a PEM file of extra trusted CA certificates (empty: the system's only)</source>
        <translation>tệp PEM chứa các chứng chỉ CA tin cậy bổ sung (để trống: chỉ dùng chứng chỉ của hệ thống)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>how dossiers received from 01/07/2025 are sent: two-level (MaHuyen empty) or three-level (MaHuyen = endpoint.district)</source>
        <translation>cách gửi hồ sơ tiếp nhận từ 01/07/2025: two-level (MaHuyen để trống) hoặc three-level (MaHuyen = endpoint.district)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the district code the gateway still expects in MaHuyen, for three-level (empty: none)</source>
        <translation>mã huyện mà cổng kết nối vẫn yêu cầu trong MaHuyen, cho three-level (trống: không có)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the keychain profile holding the consumer key and secret (see btxh keys)</source>
        <translation>cấu hình điểm kết nối trong kho khoá chứa khoá và mật khẩu ứng dụng (xem btxh keys)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the office's GSO province code (required to pull)</source>
        <translation>mã GSO tỉnh của cơ quan (bắt buộc để lấy dữ liệu)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the office's GSO district code (empty: the whole province)</source>
        <translation>mã GSO huyện của cơ quan (để trống: toàn tỉnh)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the office's GSO commune code (empty: the whole district)</source>
        <translation>mã GSO xã của cơ quan (để trống: toàn huyện)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>minutes each pull reaches back before the previous one ended</source>
        <translation>số phút mỗi lần lấy dữ liệu lùi lại trước thời điểm lần trước kết thúc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>days the first pull of an area reaches back</source>
        <translation>số ngày lần lấy dữ liệu đầu tiên của một địa bàn lùi lại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>largest reply to one pull window, in MB; a larger one is split (memory stays near 10x this)</source>
        <translation>dung lượng lớn nhất của phản hồi cho một khoảng lấy dữ liệu, tính bằng MB; phản hồi lớn hơn sẽ được chia nhỏ (bộ nhớ dùng khoảng 10 lần con số này)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pre-migration and before-restore copies kept beside the database, the newest (0: all)</source>
        <translation>số bản sao trước nâng cấp và trước khôi phục được giữ cạnh cơ sở dữ liệu, các bản mới nhất (0: giữ tất cả)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Unknown setting "%1".</source>
        <translation>Không có thiết lập "%1".</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 must be one of %2.</source>
        <translation>%1 phải là một trong các giá trị %2.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>"%1" is not a valid URL.</source>
        <translation>"%1" không phải URL hợp lệ.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>"%1" is not a valid HTTP header name.</source>
        <translation>"%1" không phải tên header HTTP hợp lệ.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file "%1" cannot be read.</source>
        <translation>Không đọc được tệp "%1".</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 must be two-level or three-level.</source>
        <translation>%1 phải là two-level hoặc three-level.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>"%1" is not a GSO code: digits only, at most 20.</source>
        <translation>"%1" không phải mã GSO: chỉ gồm chữ số, tối đa 20 ký tự.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 must be a whole number of minutes from 0 to 1440.</source>
        <translation>%1 phải là số phút nguyên từ 0 đến 1440.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 must be a whole number of days from 1 to 3660.</source>
        <translation>%1 phải là số ngày nguyên từ 1 đến 3660.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 must be a whole number from 0 to 1000.</source>
        <translation>%1 phải là số nguyên từ 0 đến 1000.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 must be a whole number of megabytes from 1 to 256.</source>
        <translation>%1 phải là số nguyên megabyte từ 1 đến 256.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' and '-'.</source>
        <translation>%1 phải gồm 1-64 ký tự A-Z, a-z, 0-9, '.', '_' và '-'.</translation>
    </message>
    <message>
        <location line="+80" />
        <source>Set the gateway's address first: btxh config set endpoint.url URL (or BTXH_ENDPOINT).</source>
        <translation>Hãy đặt địa chỉ cổng kết nối trước: btxh config set endpoint.url URL (hoặc BTXH_ENDPOINT).</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 (from %2)</source>
        <translation>%1 (từ %2)</translation>
    </message>
</context>
<context>
    <name>btxh::TokenProvider</name>
    <message>
        <location filename="../src/ndxp/TokenProvider.cpp" line="+69" />
        <source>No consumer key and secret are set for this connection. Set them with "btxh keys set" or in the connection settings.</source>
        <translation>Chưa đặt khoá và mật khẩu ứng dụng cho kết nối này. Hãy đặt bằng "btxh keys set" hoặc trong phần cài đặt kết nối.</translation>
    </message>
    <message>
        <location line="+48" />
        <source>the token service answered with an HTML page instead of JSON</source>
        <translation>dịch vụ token trả về một trang HTML thay vì JSON</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the token service's answer is not a JSON object (%1 at byte %2)</source>
        <translation>phản hồi của dịch vụ token không phải đối tượng JSON (%1 tại byte %2)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the token service sent no access_token</source>
        <translation>dịch vụ token không gửi access_token</translation>
    </message>
</context>
<context>
    <name>btxh::WorkingCalendar</name>
    <message>
        <location filename="../src/core/WorkingCalendar.cpp" line="+31" />
        <source>entry %1 of %2 needs "date", or "from" and "to" up to %3 days apart, as yyyy-MM-dd</source>
        <translation>mục %1 của %2 cần có "date", hoặc "from" và "to" cách nhau tối đa %3 ngày, dạng yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+36" />
        <source>the calendar is not a JSON object: %1</source>
        <translation>lịch không phải là một đối tượng JSON: %1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the calendar needs "firstYear" and "lastYear"</source>
        <translation>lịch cần có "firstYear" và "lastYear"</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is listed both as a day off and as a working day</source>
        <translation>%1 vừa là ngày nghỉ vừa là ngày làm việc</translation>
    </message>
</context>
<context>
    <name>btxh::XlsxTableWriter</name>
    <message>
        <location filename="../src/sheets/XlsxTableWriter.cpp" line="+49" />
        <location line="+28" />
        <location line="+103" />
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location line="-111" />
        <source>The folder %1 does not exist.</source>
        <translation>Thư mục %1 không tồn tại.</translation>
    </message>
    <message>
        <location line="+24" />
        <location line="+14" />
        <source>%1 cannot be written.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>An Excel sheet holds at most %L1 rows: narrow the list, or export it as CSV.</source>
        <translation>Một trang tính Excel chứa tối đa %L1 dòng: hãy thu hẹp danh sách hoặc xuất ra CSV.</translation>
    </message>
</context>
<context>
    <name>btxh::app::AboutDialog</name>
    <message>
        <location filename="../src/app/AboutDialog.cpp" line="+46" />
        <location line="+5" />
        <location line="+18" />
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BTXH Desktop is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version (%1). It comes with NO WARRANTY. The licence's text is installed with the programs (LICENSE).</source>
        <translation>BTXH Desktop là phần mềm tự do: bạn có thể phân phối lại và/hoặc sửa đổi theo các điều khoản của Giấy phép Công cộng GNU do Tổ chức Phần mềm Tự do công bố, phiên bản 3 hoặc (tuỳ bạn chọn) bất kỳ phiên bản nào sau đó (%1). Phần mềm KHÔNG CÓ BẢO HÀNH. Văn bản giấy phép được cài đặt cùng chương trình (LICENSE).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Build</source>
        <translation>Bản dựng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Build type</source>
        <translation>Kiểu bản dựng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (built with %2)</source>
        <translation>%1 (dựng với %2)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bundled data</source>
        <translation>Dữ liệu đi kèm</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Administrative-unit codes (provinces, districts, communes): data of the General Statistics Office of Viet Nam (GSO), compiled from the repository vietnamese-provinces-database, MIT License, Copyright (c) 2021 Thang Le Quoc.</source>
        <translation>Mã đơn vị hành chính (tỉnh, huyện, xã): dữ liệu của Tổng cục Thống kê (GSO), tổng hợp từ kho vietnamese-provinces-database, giấy phép MIT, Copyright (c) 2021 Thang Le Quoc.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Catalogues (procedures, ethnic groups, statuses and the other code lists): transcribed from Appendix I of the Ministry of Labour, Invalids and Social Affairs' technical guide for connecting social-assistance services through NDXP.</source>
        <translation>Danh mục (thủ tục, dân tộc, trạng thái và các bảng mã khác): chép lại từ Phụ lục I của tài liệu hướng dẫn kỹ thuật kết nối dịch vụ bảo trợ xã hội qua NDXP của Bộ Lao động - Thương binh và Xã hội.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Libraries</source>
        <translation>Thư viện</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Qt 6: GNU LGPL version 3</source>
        <translation>Qt 6: GNU LGPL phiên bản 3</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Qt HTTP Server (in ndxp-sandbox only): GNU GPL version 3</source>
        <translation>Qt HTTP Server (chỉ trong ndxp-sandbox): GNU GPL phiên bản 3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QtKeychain: BSD 2-clause licence</source>
        <translation>QtKeychain: giấy phép BSD 2 điều khoản</translation>
    </message>
    <message>
        <location line="+0" />
        <source>SQLite: public domain</source>
        <translation>SQLite: phạm vi công cộng (public domain)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The full texts and notices are on the Licences tab.</source>
        <translation>Toàn văn giấy phép và các thông báo có ở thẻ Giấy phép.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>btxh::app::AppOptions</name>
    <message>
        <location filename="../src/app/AppOptions.cpp" line="+15" />
        <source>BTXH Desktop: social-assistance dossiers, kept on this computer and synced with the Ministry's system through NDXP.</source>
        <translation>BTXH Desktop: hồ sơ trợ giúp xã hội, lưu trên máy này và đồng bộ với hệ thống của Bộ qua NDXP.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>path</source>
        <translation>đường-dẫn</translation>
    </message>
    <message>
        <location line="-10" />
        <source>Demonstration: a temporary database and a local ndxp-sandbox with generated dossiers (the default when no gateway is configured).</source>
        <translation>Chế độ trình diễn: cơ sở dữ liệu tạm và một ndxp-sandbox chạy trên máy với hồ sơ mẫu (mặc định khi chưa cấu hình cổng kết nối).</translation>
    </message>
    <message>
        <location line="-4" />
        <source>The database file (default: the user's data folder), or an office's PostgreSQL database: postgresql://user@server:port/dbname.</source>
        <translation>Tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng), hoặc cơ sở dữ liệu PostgreSQL của cơ quan: postgresql://người-dùng@máy-chủ:cổng/tên-csdl.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>path or address</source>
        <translation>đường dẫn hoặc địa chỉ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Never start the demonstration, even when no gateway is configured.</source>
        <translation>Không bao giờ chạy chế độ trình diễn, kể cả khi chưa cấu hình cổng kết nối.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Without --db: the demonstration when no gateway is configured, instead of the first-run questions.</source>
        <translation>Khi không có --db: chạy chế độ trình diễn nếu chưa cấu hình cổng kết nối, thay cho các câu hỏi lần đầu.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>vi (default) or en.</source>
        <translation>vi (mặc định) hoặc en.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>language</source>
        <translation>ngôn-ngữ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The ndxp-sandbox program for the demonstration.</source>
        <translation>Chương trình ndxp-sandbox dùng cho chế độ trình diễn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How many dossiers the demonstration's sandbox generates.</source>
        <translation>Số hồ sơ mẫu mà sandbox của chế độ trình diễn tạo ra.</translation>
    </message>
    <message>
        <location line="+0" />
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Print the time to the first painted window and quit (benchmark).</source>
        <translation>In thời gian đến khi cửa sổ được vẽ lần đầu rồi thoát (đo hiệu năng).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>An exported dossier file (.btxhx) to import, as opening it from the file manager does.</source>
        <translation>Một tệp hồ sơ đã xuất (.btxhx) cần nhập, như khi mở nó từ trình quản lý tệp.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>--demo works on a database file of its own, never on an office's server.</source>
        <translation>--demo làm việc trên một tệp cơ sở dữ liệu riêng, không bao giờ trên máy chủ của cơ quan.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>--demo and --offline cannot be used together.</source>
        <translation>Không thể dùng --demo cùng với --offline.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--language must be vi or en.</source>
        <translation>--language phải là vi hoặc en.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>--demo-dossiers must be a number from 1 to 100000.</source>
        <translation>--demo-dossiers phải là một số từ 1 đến 100000.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give at most one file to import.</source>
        <translation>Chỉ được chỉ ra nhiều nhất một tệp để nhập.</translation>
    </message>
</context>
<context>
    <name>btxh::app::AreaFilterChoices</name>
    <message>
        <location filename="../src/app/AreaFilterChoices.cpp" line="+35" />
        <source>Received from %1 (2025 two-level list)</source>
        <translation>Tiếp nhận từ %1 (danh mục hai cấp 2025)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Received before %1 (2024 three-level list)</source>
        <translation>Tiếp nhận trước %1 (danh mục ba cấp 2024)</translation>
    </message>
</context>
<context>
    <name>btxh::app::BackgroundJob</name>
    <message>
        <location filename="../src/app/BackgroundJob.cpp" line="+17" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cancelling…</source>
        <translation>Đang huỷ…</translation>
    </message>
</context>
<context>
    <name>btxh::app::BackupActions</name>
    <message>
        <location filename="../src/app/BackupActions.cpp" line="+87" />
        <location line="+50" />
        <source>BTXH backups (*.sqlite);;All files (*)</source>
        <translation>Bản sao lưu BTXH (*.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="-61" />
        <location line="+12" />
        <source>Back up the database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="-10" />
        <source>The office's server database is backed up by its administrator with PostgreSQL's own tools (pg_dump, or the server's backups); this computer keeps no copy of it.</source>
        <translation>Cơ sở dữ liệu trên máy chủ của cơ quan do quản trị viên sao lưu bằng công cụ của PostgreSQL (pg_dump, hoặc bản sao lưu của máy chủ); máy này không giữ bản sao nào.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The backup was not made</source>
        <translation>Chưa sao lưu được</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Backed up %n dossier(s) to %1 (%2).</source>
        <translation>
            <numerusform>Đã sao lưu %n hồ sơ vào %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21" />
        <location line="+8" />
        <location line="+17" />
        <location line="+24" />
        <location line="+58" />
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location line="-106" />
        <source>A sync is running. Wait for it to finish, then restore.</source>
        <translation>Đang đồng bộ. Hãy chờ đồng bộ xong rồi khôi phục.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This backup cannot be restored</source>
        <translation>Không thể khôi phục bản sao lưu này</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>Restore the backup of %1, holding %n dossier(s)?</source>
        <translation>
            <numerusform>Khôi phục bản sao lưu ngày %1, gồm %n hồ sơ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Everything in the database is replaced by the backup's content: what was entered or received since the backup was taken is no longer shown. The current database is kept as a safety copy beside it.

Backup: %1 (%2)
Database: %3</source>
        <translation>Toàn bộ cơ sở dữ liệu được thay bằng nội dung của bản sao lưu: những gì đã nhập hoặc nhận về sau khi sao lưu sẽ không còn hiển thị. Cơ sở dữ liệu hiện tại được giữ bên cạnh làm bản sao an toàn.

Bản sao lưu: %1 (%2)
Cơ sở dữ liệu: %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The backup sends to another gateway than this database.</source>
        <translation>Bản sao lưu gửi dữ liệu tới một cổng khác với cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Backup: %1
This database: %2

The office's key pair is sent to the gateway chosen here. Keep this database's gateway unless the backup's is the right one.</source>
        <translation>Bản sao lưu: %1
Cơ sở dữ liệu này: %2

Cặp khóa của cơ quan được gửi tới cổng được chọn ở đây. Hãy giữ cổng của cơ sở dữ liệu này, trừ khi cổng của bản sao lưu mới là cổng đúng.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Use the backup's gateway</source>
        <translation>Dùng cổng của bản sao lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep this database's gateway</source>
        <translation>Giữ cổng của cơ sở dữ liệu này</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The backup was not restored</source>
        <translation>Chưa khôi phục được bản sao lưu</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The restored database cannot be opened</source>
        <translation>Không mở được cơ sở dữ liệu đã khôi phục</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The gateway settings could not be put back: check them in Settings before syncing</source>
        <translation>Không khôi phục được cài đặt cổng: hãy kiểm tra trong Cài đặt trước khi đồng bộ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This database's gateway settings were kept.</source>
        <translation>Đã giữ nguyên cài đặt cổng của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This database's gateway settings were kept: only an administrator may take the backup's.</source>
        <translation>Đã giữ nguyên cài đặt cổng của cơ sở dữ liệu này: chỉ quản trị viên mới được dùng cổng của bản sao lưu.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>The backup was restored: %n dossier(s).</source>
        <translation>
            <numerusform>Đã khôi phục bản sao lưu: %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>The database as it was before is kept at %1</source>
        <translation>Cơ sở dữ liệu như trước đó được giữ tại %1</translation>
    </message>
</context>
<context>
    <name>btxh::app::CaseListModel</name>
    <message>
        <location filename="../src/app/CaseListModel.cpp" line="+348" />
        <source>The server changed this dossier while your edits were waiting: open it to choose.</source>
        <translation>Máy chủ đã thay đổi hồ sơ này trong khi chỉnh sửa của bạn đang chờ gửi: mở hồ sơ để chọn.</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Commune</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Received</source>
        <translation>Ngày tiếp nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Legal deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
</context>
<context>
    <name>btxh::app::CodeComboBox</name>
    <message>
        <location filename="../src/app/CodeComboBox.cpp" line="+34" />
        <source>Type to filter</source>
        <translation>Gõ để lọc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 — type to filter</source>
        <translation>%1 — gõ để lọc</translation>
    </message>
    <message>
        <location line="+124" />
        <source>%1 (not in the list)</source>
        <translation>%1 (không có trong danh mục)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This code is not in the catalogue; it is kept as it was received.</source>
        <translation>Mã này không có trong danh mục; được giữ nguyên như khi nhận.</translation>
    </message>
</context>
<context>
    <name>btxh::app::ConflictDialog</name>
    <message>
        <location filename="../src/app/ConflictDialog.cpp" line="+43" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="+0" />
        <source>On this computer</source>
        <translation>Trên máy này</translation>
    </message>
    <message>
        <location line="+0" />
        <source>On the server</source>
        <translation>Trên máy chủ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The dossier %1 is not in conflict (any more).</source>
        <translation>Hồ sơ %1 không (còn) xung đột.</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>The server changed the dossier %1 while your edits were waiting to be sent. For each line, tick the value to keep. %n line(s) differ.</source>
        <translation>
            <numerusform>Máy chủ đã thay đổi hồ sơ %1 trong khi chỉnh sửa của bạn đang chờ gửi. Ở mỗi dòng, hãy đánh dấu giá trị muốn giữ. Có %n dòng khác nhau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/DossierComparison.cpp" line="+116" />
        <source>Submitted documents</source>
        <translation>Giấy tờ đã nộp</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Result papers</source>
        <translation>Giấy tờ kết quả</translation>
    </message>
    <message>
        <location filename="../src/app/ConflictDialog.cpp" line="+10" />
        <source>Cannot resolve the conflict</source>
        <translation>Không giải quyết được xung đột</translation>
    </message>
</context>
<context>
    <name>btxh::app::ConnectionTester</name>
    <message>
        <location filename="../src/app/ConnectionTester.cpp" line="+21" />
        <source>Enter the consumer key and secret (or store them in the keychain) first.</source>
        <translation>Hãy nhập consumer key và consumer secret (hoặc lưu chúng vào kho khóa) trước.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The gateway did not give a token: %1</source>
        <translation>Cổng kết nối không cấp token: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connected: the gateway accepted the key pair.</source>
        <translation>Đã kết nối: cổng kết nối chấp nhận cặp khóa.</translation>
    </message>
</context>
<context>
    <name>btxh::app::DashboardDialog</name>
    <message>
        <location filename="../src/app/DashboardDialog.cpp" line="+105" />
        <source>The whole database</source>
        <translation>Toàn bộ cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Month received</source>
        <translation>Tháng tiếp nhận</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The last day is before the first day: nothing was counted.</source>
        <translation>Ngày cuối trước ngày đầu: chưa đếm gì.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1. %2 received, %3 overdue; on-time rate %4.</source>
        <translation>%1. Đã tiếp nhận %2, quá hạn %3; tỷ lệ đúng hạn %4.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>not known</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The report was cancelled; nothing was counted.</source>
        <translation>Báo cáo đã bị hủy; chưa đếm gì.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Finished on time</source>
        <translation>Giải quyết đúng hạn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Finished late</source>
        <translation>Giải quyết trễ hạn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Within the deadline</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+36" />
        <location line="+11" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>btxh::app::DatabaseChoice</name>
    <message>
        <location filename="../src/app/DatabaseChoice.cpp" line="+35" />
        <source>The office server's address starts with postgresql://, for example postgresql://officer@server:5432/btxh.</source>
        <translation>Địa chỉ máy chủ của cơ quan bắt đầu bằng postgresql://, ví dụ postgresql://canbo@maychu:5432/btxh.</translation>
    </message>
</context>
<context>
    <name>btxh::app::DateEntry</name>
    <message>
        <location filename="../src/app/DateEntry.cpp" line="+15" />
        <source>"%1" is not a date: write the year with four digits</source>
        <translation>"%1" không phải là ngày: hãy viết năm bằng bốn chữ số</translation>
    </message>
    <message>
        <location line="+4" />
        <source>"%1" is not a date: there is no month %2</source>
        <translation>"%1" không phải là ngày: không có tháng %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>"%1" is not a date: month %2 of %3 has %4 days</source>
        <translation>"%1" không phải là ngày: tháng %2 năm %3 chỉ có %4 ngày</translation>
    </message>
    <message>
        <location line="+32" />
        <source>"%1" is not a date: type the day, month and year, for example 12/05/1985 or 12051985</source>
        <translation>"%1" không phải là ngày: hãy gõ ngày, tháng, năm, ví dụ 12/05/1985 hoặc 12051985</translation>
    </message>
</context>
<context>
    <name>btxh::app::DeadlineMarks</name>
    <message>
        <location filename="../src/app/DeadlineMarks.cpp" line="+67" />
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
</context>
<context>
    <name>btxh::app::DeadlineSettingsPage</name>
    <message>
        <location filename="../src/app/DeadlineSettingsPage.cpp" line="+39" />
        <source>MaTTHC</source>
        <translation>Mã TTHC</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Shipped</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Working days</source>
        <translation>Số ngày làm việc</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Processing time of each procedure, in working days</source>
        <translation>Thời hạn giải quyết của từng thủ tục, tính bằng ngày làm việc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A dossier received here is due its processing time in working days after the day it was received (the day of receipt not counted), on the calendar below. A deadline the gateway sent wins over the computed one. Leave a procedure's working days empty for the shipped default; 0 gives its dossiers no computed deadline. Changing a value recomputes every computed deadline.</source>
        <translation>Hạn giải quyết của hồ sơ tiếp nhận tại đây bằng ngày tiếp nhận cộng thời hạn giải quyết của thủ tục, tính bằng ngày làm việc (không tính ngày tiếp nhận), theo lịch dưới đây. Hạn do cổng gửi về được ưu tiên hơn hạn tự tính. Để trống số ngày của một thủ tục để dùng giá trị mặc định; 0 nghĩa là hồ sơ của thủ tục đó không có hạn tự tính. Khi thay đổi, mọi hạn tự tính được tính lại.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Weekends and the official days off of %1–%2 (Tết and the Hùng Kings' day included) are shipped with the application; add a day off or a make-up working day announced after its release here.</source>
        <translation>Thứ Bảy, Chủ nhật và các ngày nghỉ chính thức của các năm %1–%2 (kể cả Tết và Giỗ Tổ Hùng Vương) đã có sẵn trong ứng dụng; ngày nghỉ hoặc ngày làm bù được công bố sau khi phát hành phiên bản này thì thêm ở đây.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Only an administrator changes the deadline rules.</source>
        <translation>Chỉ quản trị viên được thay đổi quy định về thời hạn.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1: "%2" is not a date (dd/MM/yyyy)%3</source>
        <translation>%1: "%2" không phải là ngày (dd/MM/yyyy)%3</translation>
    </message>
</context>
<context>
    <name>btxh::app::DesktopApplication</name>
    <message>
        <location filename="../src/app/DesktopApplication.cpp" line="+80" />
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot open the office's database</source>
        <translation>Không mở được cơ sở dữ liệu của cơ quan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Try again, or work on this computer's own database file for now: it syncs with the gateway as usual, and the office server stays as it is.</source>
        <translation>Thử lại, hoặc tạm làm việc trên tệp cơ sở dữ liệu riêng của máy này: tệp vẫn đồng bộ với trục liên thông như thường lệ, máy chủ của cơ quan giữ nguyên.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Try again</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Work on this computer's &amp;file</source>
        <translation>Làm việc trên &amp;tệp của máy này</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location line="+13" />
        <source>BTXH Desktop</source>
        <translation>BTXH Desktop</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Upgrading the database to schema %1 (a backup was made first): %L2 of %L3 records…</source>
        <translation>Đang nâng cấp cơ sở dữ liệu lên lược đồ %1 (đã sao lưu trước): %L2 trên %L3 bản ghi…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Making the database's indexes again: a large import did not finish (%1 of %2)…</source>
        <translation>Đang tạo lại các chỉ mục của cơ sở dữ liệu: một lần nhập lớn chưa hoàn tất (%1 / %2)…</translation>
    </message>
    <message>
        <location line="+213" />
        <source>Demonstration: receiving the sandbox's dossiers…</source>
        <translation>Trình diễn: đang nhận hồ sơ từ sandbox…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 Working offline.</source>
        <translation>%1 Đang làm việc ngoại tuyến.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>ndxp-sandbox was not found (build it, or pass --sandbox PATH): working offline.</source>
        <translation>Không tìm thấy ndxp-sandbox (hãy biên dịch nó, hoặc dùng --sandbox ĐƯỜNG-DẪN): đang làm việc ngoại tuyến.</translation>
    </message>
</context>
<context>
    <name>btxh::app::DisplayText</name>
    <message>
        <location filename="../src/app/DisplayText.cpp" line="+65" />
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>today %1</source>
        <translation>hôm nay %1</translation>
    </message>
</context>
<context>
    <name>btxh::app::DossierActions</name>
    <message>
        <location filename="../src/app/DossierActions.cpp" line="+40" />
        <source>Cannot start a new dossier</source>
        <translation>Không tạo được hồ sơ mới</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Cannot open the dossier</source>
        <translation>Không mở được hồ sơ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>%1 is not a draft: %2</source>
        <translation>%1 không phải bản nháp: %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Not ready to be queued</source>
        <translation>Chưa thể đưa vào hàng chờ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The dossier %1 still has problems; open it to correct them:

%2</source>
        <translation>Hồ sơ %1 vẫn còn lỗi; hãy mở hồ sơ để sửa:

%2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Cannot queue</source>
        <translation>Không đưa vào hàng chờ được</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is queued: it goes at the next sync.</source>
        <translation>%1 đã vào hàng chờ: sẽ được gửi ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is not in conflict.</source>
        <translation>%1 không có xung đột.</translation>
    </message>
</context>
<context>
    <name>btxh::app::DossierCodeAllocator</name>
    <message>
        <location filename="../src/app/DossierCodeAllocator.cpp" line="+19" />
        <source>The agency code "%1" is not shaped like 000.00.15.G07: set the office's agency code in Settings.</source>
        <translation>Mã cơ quan "%1" không đúng dạng 000.00.15.G07: hãy đặt mã cơ quan trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>All %1 dossier codes of %2 for this day are used.</source>
        <translation>Đã dùng hết %1 mã hồ sơ của %2 trong ngày này.</translation>
    </message>
</context>
<context>
    <name>btxh::app::DossierDetailView</name>
    <message>
        <location filename="../src/app/DossierDetailView.cpp" line="+59" />
        <source>Select a dossier to see it here.</source>
        <translation>Chọn một hồ sơ để xem tại đây.</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+5" />
        <source>Legal deadline:</source>
        <translation>Hạn giải quyết:</translation>
    </message>
    <message>
        <location line="-5" />
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Against the deadline:</source>
        <translation>So với thời hạn:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sync:</source>
        <translation>Đồng bộ:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gateway's message:</source>
        <translation>Thông báo của cổng kết nối:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server changed this dossier while your edits were waiting. Choose which values to keep (Dossier ▸ Resolve conflict…).</source>
        <translation>Máy chủ đã thay đổi hồ sơ này trong khi chỉnh sửa của bạn đang chờ gửi. Hãy chọn giá trị muốn giữ (Hồ sơ ▸ Giải quyết xung đột…).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Why it is a draft:</source>
        <translation>Vì sao còn là bản nháp:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Submitted documents</source>
        <translation>Giấy tờ đã nộp</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Result papers</source>
        <translation>Giấy tờ kết quả</translation>
    </message>
</context>
<context>
    <name>btxh::app::DossierForm</name>
    <message>
        <location filename="../src/app/DossierForm.cpp" line="+321" />
        <source>edit %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <location line="+34" />
        <source>edit the submitted documents</source>
        <translation>sửa giấy tờ đã nộp</translation>
    </message>
    <message>
        <location line="+0" />
        <source>edit the result papers</source>
        <translation>sửa giấy tờ kết quả</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Add at least one submitted document.</source>
        <translation>Hãy thêm ít nhất một giấy tờ đã nộp.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No problems: the dossier can be queued for sync.</source>
        <translation>Không có lỗi: có thể đưa hồ sơ vào hàng chờ đồng bộ.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n problem(s) to fix before the dossier can be queued for sync; it can be saved as a draft meanwhile.</source>
        <translation>
            <numerusform>Còn %n lỗi phải sửa trước khi đưa hồ sơ vào hàng chờ đồng bộ; trong lúc đó vẫn có thể lưu nháp.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>Show them</source>
        <translation>Xem các lỗi</translation>
    </message>
    <message>
        <location line="+26" />
        <location filename="../src/app/DossierSave.cpp" line="+63" />
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A dossier needs its dossier code (MaHoSo) to be saved.</source>
        <translation>Hồ sơ cần có mã hồ sơ (MaHoSo) mới lưu được.</translation>
    </message>
    <message>
        <location filename="../src/app/DossierSave.cpp" line="-31" />
        <source>saved as a draft: not queued for sync yet</source>
        <translation>đã lưu nháp: chưa đưa vào hàng chờ đồng bộ</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The dossier %1 could not be saved: %2

Nothing was lost: the form stays open.</source>
        <translation>Không lưu được hồ sơ %1: %2

Không mất dữ liệu nào: biểu mẫu vẫn đang mở.</translation>
    </message>
    <message>
        <location filename="../src/app/DossierForm.cpp" line="+24" />
        <source>new, not saved yet</source>
        <translation>mới, chưa lưu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <location filename="../src/app/UndoActions.cpp" line="+46" />
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <location filename="../src/app/DossierForm.cpp" line="+17" />
        <source>Add a row (%1)</source>
        <translation>Thêm dòng (%1)</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The dossier %1 has changes that are not saved. Save them as a draft?</source>
        <translation>Hồ sơ %1 có thay đổi chưa được lưu. Lưu nháp các thay đổi này?</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save draft</source>
        <translation>Lưu nháp</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
</context>
<context>
    <name>btxh::app::FieldEditor</name>
    <message>
        <location filename="../src/app/FieldEditor.cpp" line="+95" />
        <source>dd/MM/yyyy</source>
        <translation>ngày/tháng/năm (dd/MM/yyyy)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>dd/MM/yyyy HH:mm:ss</source>
        <translation>dd/MM/yyyy HH:mm:ss</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(none)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1, required</source>
        <translation>%1, bắt buộc</translation>
    </message>
</context>
<context>
    <name>btxh::app::FileImport</name>
    <message>
        <location filename="../src/app/FileImport.cpp" line="+19" />
        <source>There is no file %1.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file is larger than %1 MB.</source>
        <translation>Tệp lớn hơn %1 MB.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file holds the gateway's error %1: %2</source>
        <translation>Tệp chứa lỗi của cổng kết nối %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n dossier(s) to store.</source>
        <translation>
            <numerusform>%n hồ sơ cần lưu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n processing step(s) to store.</source>
        <translation>
            <numerusform>%n bước xử lý cần lưu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 and %2 to store.</source>
        <translation>%1 và %2 cần lưu.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n processing step(s)</source>
        <translation>
            <numerusform>%n bước xử lý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n item(s) with errors will be kept as drafts.</source>
        <translation>
            <numerusform>%n mục có lỗi sẽ được giữ dưới dạng bản nháp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n item(s) cannot be stored and will be skipped.</source>
        <translation>
            <numerusform>%n mục không lưu được và sẽ bị bỏ qua.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập gì: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 in conflict, %5 drafts, %6 skipped.</source>
        <translation>Đã nhập: %1 mới, %2 cập nhật, %3 không đổi, %4 xung đột, %5 bản nháp, %6 bỏ qua.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Cannot import %1</source>
        <translation>Không nhập được %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 cannot be imported.

%2</source>
        <translation>Không thể nhập %1.

%2</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+10" />
        <source>%1 was not imported.</source>
        <translation>Chưa nhập %1.</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import the dossiers of %1 into this computer's database?

%2</source>
        <translation>Nhập các hồ sơ trong %1 vào cơ sở dữ liệu của máy tính này?

%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Do not import</source>
        <translation>Không nhập</translation>
    </message>
</context>
<context>
    <name>btxh::app::FinalResultDialog</name>
    <message>
        <location filename="../src/app/FinalResultDialog.cpp" line="+34" />
        <location line="+86" />
        <source>Save and queue</source>
        <translation>Lưu và đưa vào hàng chờ</translation>
    </message>
    <message>
        <location line="-85" />
        <location line="+86" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-84" />
        <location line="+86" />
        <source>Dossier %1: the result is sent to the Ministry's system at the next sync.</source>
        <translation>Hồ sơ %1: kết quả sẽ được gửi lên hệ thống của Bộ ở lần đồng bộ tới.</translation>
    </message>
    <message>
        <location line="-32" />
        <source>The dossier itself has problems to fix first (open it to correct them):</source>
        <translation>Bản thân hồ sơ còn lỗi cần sửa trước (mở hồ sơ để sửa):</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The result could not be saved: %1</source>
        <translation>Không lưu được kết quả: %1</translation>
    </message>
</context>
<context>
    <name>btxh::app::FirstRunWizard</name>
    <message>
        <location filename="../src/app/FirstRunWizard.cpp" line="+120" />
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start working</source>
        <translation>Bắt đầu làm việc</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Unit list</source>
        <translation>Danh mục đơn vị</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Choose at least the office's province.</source>
        <translation>Hãy chọn ít nhất tỉnh của cơ quan.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Type both the consumer key and the consumer secret, or leave both empty to add them later in Settings.</source>
        <translation>Hãy nhập cả consumer key và consumer secret, hoặc để trống cả hai để thêm sau trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Type the consumer key and the consumer secret to test them.</source>
        <translation>Hãy nhập consumer key và consumer secret để kiểm tra.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Asking the gateway for a token…</source>
        <translation>Đang xin token từ cổng kết nối…</translation>
    </message>
    <message>
        <location line="+65" />
        <source>The other answers are saved, but the keychain refused the key pair: %1</source>
        <translation>Các câu trả lời khác đã được lưu, nhưng kho khóa từ chối lưu cặp khóa: %1</translation>
    </message>
</context>
<context>
    <name>btxh::app::FormSections</name>
    <message>
        <location filename="../src/core/FormSections.cpp" line="+21" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Applicant</source>
        <translation>Người nộp hồ sơ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Identity papers</source>
        <translation>Giấy tờ tùy thân</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Permanent residence</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Current residence</source>
        <translation>Nơi ở hiện tại</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reception and handling</source>
        <translation>Tiếp nhận và xử lý</translation>
    </message>
</context>
<context>
    <name>btxh::app::ImportAction</name>
    <message>
        <location filename="../src/app/ImportAction.cpp" line="+51" />
        <location line="+100" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="-94" />
        <source>Dossiers to import (*.csv *.json *.btxhx);;Sheets in the import template (*.csv);;Exported dossier files (*.json *.btxhx);;All files (*)</source>
        <translation>Hồ sơ cần nhập (*.csv *.json *.btxhx);;Bảng tính theo mẫu nhập (*.csv);;Tệp hồ sơ đã xuất (*.json *.btxhx);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import dossiers</source>
        <translation>Nhập hồ sơ</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+58" />
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <location line="-43" />
        <location line="+22" />
        <location line="+26" />
        <location line="+26" />
        <source>Cannot import %1</source>
        <translation>Không nhập được %1</translation>
    </message>
    <message>
        <location line="-73" />
        <source>%1 cannot be imported; nothing was stored.

%2</source>
        <translation>Không nhập được %1; chưa lưu gì.

%2</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Storing %n dossier(s)…</source>
        <translation>
            <numerusform>Đang lưu %n hồ sơ…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập gì: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>Imported %n dossier(s) from %1</source>
        <translation>
            <numerusform>Đã nhập %n hồ sơ từ %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>(%n kept as draft(s)).</source>
        <translation>
            <numerusform>(%n hồ sơ giữ làm bản nháp).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 cannot be imported.

%2</source>
        <translation>Không thể nhập %1.

%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import the dossiers of %1 into this computer's database?

%2</source>
        <translation>Nhập các hồ sơ trong %1 vào cơ sở dữ liệu của máy tính này?

%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Do not import</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Storing…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Save the import template</source>
        <translation>Lưu mẫu nhập hồ sơ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The template was not saved</source>
        <translation>Chưa lưu được mẫu</translation>
    </message>
</context>
<context>
    <name>btxh::app::ListExportAction</name>
    <message>
        <location filename="../src/app/ListExportAction.cpp" line="+33" />
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Sổ tính Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export the list</source>
        <translation>Xuất danh sách</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Exporting the list…</source>
        <translation>Đang xuất danh sách…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The list was not exported</source>
        <translation>Chưa xuất được danh sách</translation>
    </message>
</context>
<context>
    <name>btxh::app::MainWindow</name>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="+105" />
        <source>Cannot read the list: %1</source>
        <translation>Không đọc được danh sách: %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+145" />
        <source>&amp;Reports and dashboard…</source>
        <translation>&amp;Báo cáo và bảng tổng hợp…</translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>%n dossier(s) exported to %1</source>
        <translation>
            <numerusform>Đã xuất %n hồ sơ ra %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/CaseListFilters.cpp" line="+101" />
        <source>Needs attention (draft, refused, conflict)</source>
        <translation>Cần xem lại (nháp, bị từ chối, xung đột)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All procedures</source>
        <translation>Mọi thủ tục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All areas</source>
        <translation>Mọi địa bàn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All sync states</source>
        <translation>Mọi tình trạng đồng bộ</translation>
    </message>
    <message>
        <location filename="../src/app/MainWindow.cpp" line="+40" />
        <source>searching…</source>
        <translation>đang tìm…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>more than %L1 dossiers, counting…</source>
        <translation>hơn %L1 hồ sơ, đang đếm…</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%Ln dossier(s)</source>
        <translation>
            <numerusform>%Ln hồ sơ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>%n queued</source>
        <translation>
            <numerusform>%n mục chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Last sync: %1</source>
        <translation>Đồng bộ gần nhất: %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>BTXH Desktop</source>
        <translation>BTXH Desktop</translation>
    </message>
    <message>
        <location line="+3" />
        <source>office server %1</source>
        <translation>máy chủ cơ quan %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>DEMO</source>
        <translation>BẢN DÙNG THỬ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>demonstration data, not real</source>
        <translation>dữ liệu trình diễn, không phải dữ liệu thật</translation>
    </message>
    <message>
        <location line="+95" />
        <source>The list shows a report's dossiers: %1. Change a filter to leave it.</source>
        <translation>Danh sách đang hiển thị hồ sơ của báo cáo: %1. Đổi một bộ lọc để thoát.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sync panel</source>
        <translation>Bảng đồng bộ</translation>
    </message>
</context>
<context>
    <name>btxh::app::OfficeDatabasePage</name>
    <message>
        <location filename="../src/app/OfficeDatabasePage.cpp" line="+71" />
        <source>Only the office's administrator moves the office's cases.</source>
        <translation>Chỉ quản trị viên của cơ quan mới chuyển hồ sơ của cơ quan.</translation>
    </message>
    <message>
        <location line="+104" />
        <source>New database file for the office's cases</source>
        <translation>Tệp cơ sở dữ liệu mới cho hồ sơ của cơ quan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Database (*.sqlite)</source>
        <translation>Cơ sở dữ liệu (*.sqlite)</translation>
    </message>
    <message>
        <location line="-114" />
        <source>the office's server, %1</source>
        <translation>máy chủ của cơ quan, %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>At its next start this computer opens its own database file.</source>
        <translation>Lần khởi động sau, máy này mở tệp cơ sở dữ liệu riêng của mình.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>At its next start this computer opens %1.</source>
        <translation>Lần khởi động sau, máy này mở %1.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>At its next start this computer opens its own database file, %1.</source>
        <translation>Lần khởi động sau, máy này mở tệp cơ sở dữ liệu riêng của mình, %1.</translation>
    </message>
    <message>
        <location line="+113" />
        <source>Asking the keychain for the server's password…</source>
        <translation>Đang hỏi kho khóa mật khẩu của máy chủ…</translation>
    </message>
    <message>
        <location line="-89" />
        <source>Connecting to %1…</source>
        <translation>Đang kết nối tới %1…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This computer keeps opening its own file: %1</source>
        <translation>Máy này vẫn mở tệp riêng của mình: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>%1 holds %Ln dossier(s). At its next start this computer opens it; its own file stays as it is.</source>
        <translation>
            <numerusform>%1 có %Ln hồ sơ. Lần khởi động sau, máy này mở cơ sở dữ liệu đó; tệp riêng của máy giữ nguyên.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+76" />
        <source>Copying to %1…</source>
        <translation>Đang sao chép lên %1…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copying from %1…</source>
        <translation>Đang sao chép từ %1…</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The copy differed from its source in: %1. It was rolled back; nothing was kept.</source>
        <translation>Bản sao khác với nguồn ở: %1. Đã hoàn tác; không giữ lại gì.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Created the office's tables on the server (schema %1).</source>
        <translation>Đã tạo các bảng của cơ quan trên máy chủ (lược đồ %1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copied %1 rows to %2 in %3 s; every table's row count and SHA-256 are the same on both sides.</source>
        <translation>Đã sao chép %1 dòng lên %2 trong %3 giây; số dòng và SHA-256 của mọi bảng giống nhau ở cả hai bên.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copied %1 rows into %2 in %3 s; every table's row count and SHA-256 are the same on both sides.</source>
        <translation>Đã sao chép %1 dòng vào %2 trong %3 giây; số dòng và SHA-256 của mọi bảng giống nhau ở cả hai bên.</translation>
    </message>
</context>
<context>
    <name>btxh::app::OutboxModel</name>
    <message>
        <location filename="../src/app/OutboxModel.cpp" line="+26" />
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Processing step</source>
        <translation>Bước xử lý</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Final result</source>
        <translation>Kết quả cuối cùng</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sent, no answer yet</source>
        <translation>Đã gửi, chưa có phản hồi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Accepted</source>
        <translation>Đã được chấp nhận</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next attempt</source>
        <translation>Lần gửi tiếp theo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gateway's message</source>
        <translation>Thông báo của cổng kết nối</translation>
    </message>
</context>
<context>
    <name>btxh::app::PrintActions</name>
    <message>
        <location filename="../src/app/PrintActions.cpp" line="+71" />
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+128" />
        <location line="+11" />
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <location line="-138" />
        <source>Receipt…</source>
        <translation>Giấy tiếp nhận…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt on A5…</source>
        <translation>Giấy tiếp nhận khổ A5…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dossier sheet…</source>
        <translation>Phiếu thông tin hồ sơ…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tracking book…</source>
        <translation>Sổ theo dõi hồ sơ…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt (PDF)…</source>
        <translation>Giấy tiếp nhận (PDF)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Receipt on A5 (PDF)…</source>
        <translation>Giấy tiếp nhận khổ A5 (PDF)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dossier sheet (PDF)…</source>
        <translation>Phiếu thông tin hồ sơ (PDF)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tracking book (PDF)…</source>
        <translation>Sổ theo dõi hồ sơ (PDF)…</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Select a dossier to print.</source>
        <translation>Hãy chọn một hồ sơ để in.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+3" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="-2" />
        <source>Save the dossier %1 first (Ctrl+S), then print it.</source>
        <translation>Hãy lưu hồ sơ %1 trước (Ctrl+S), rồi in.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Printing the tracking book…</source>
        <translation>Đang in sổ theo dõi hồ sơ…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Cannot print: %1</source>
        <translation>Không in được: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Printing cancelled; the preview shows only part of the book.</source>
        <translation>Đã huỷ in; bản xem trước chỉ có một phần của sổ.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Page number</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location line="+14" />
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cancelled: no PDF was written.</source>
        <translation>Đã huỷ: không ghi tệp PDF nào.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The PDF was not written: %1</source>
        <translation>Chưa ghi được tệp PDF: %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
</context>
<context>
    <name>btxh::app::RecordListEditor</name>
    <message>
        <location filename="../src/app/RecordListEditor.cpp" line="+92" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add a row</source>
        <translation>Thêm một dòng</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected rows</source>
        <translation>Xóa các dòng đang chọn</translation>
    </message>
</context>
<context>
    <name>btxh::app::ReportWorker</name>
    <message>
        <location filename="../src/app/ReportWorker.cpp" line="+55" />
        <source>The report was cancelled.</source>
        <translation>Báo cáo đã bị hủy.</translation>
    </message>
</context>
<context>
    <name>btxh::app::SandboxProcess</name>
    <message>
        <location filename="../src/app/SandboxProcess.cpp" line="+42" />
        <source>ndxp-sandbox could not be started: %1</source>
        <translation>Không khởi động được ndxp-sandbox: %1</translation>
    </message>
    <message>
        <location line="+67" />
        <source>ndxp-sandbox did not say which port it listens on in time.</source>
        <translation>ndxp-sandbox không báo cổng đang lắng nghe kịp thời.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>ndxp-sandbox stopped (exit code %1).</source>
        <translation>ndxp-sandbox đã dừng (mã thoát %1).</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ndxp-sandbox ended before it listened (exit code %1).</source>
        <translation>ndxp-sandbox kết thúc trước khi lắng nghe (mã thoát %1).</translation>
    </message>
</context>
<context>
    <name>btxh::app::SettingsDialog</name>
    <message>
        <location filename="../src/app/SettingsDialog.cpp" line="+88" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+16" />
        <source>NDXP (production)</source>
        <translation>NDXP (chính thức)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NDXP test environment (sandbox key pair)</source>
        <translation>Môi trường thử nghiệm NDXP (cặp khóa sandbox)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Province LGSP gateway</source>
        <translation>Cổng LGSP của tỉnh</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Custom address (e.g. a local ndxp-sandbox)</source>
        <translation>Địa chỉ tùy chỉnh (ví dụ ndxp-sandbox trên máy)</translation>
    </message>
    <message>
        <location line="+54" />
        <source>GSO code (Kinh = 1), as the specification's example</source>
        <translation>Mã GSO (Kinh = 1), như ví dụ trong tài liệu đặc tả</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Catalogue id (Kinh = 29)</source>
        <translation>Id danh mục (Kinh = 29)</translation>
    </message>
    <message>
        <location line="-23" />
        <source>https://api.ngsp.gov.vn (default)</source>
        <translation>https://api.ngsp.gov.vn (mặc định)</translation>
    </message>
    <message>
        <location line="-88" />
        <location line="+330" />
        <source>Deadlines</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location line="-327" />
        <location line="+328" />
        <source>Office database</source>
        <translation>Cơ sở dữ liệu cơ quan</translation>
    </message>
    <message>
        <location line="-263" />
        <source>Today's units: 2025 list, province and commune (from 1 July 2025)</source>
        <translation>Đơn vị hiện nay: danh mục 2025, tỉnh và xã (từ ngày 1/7/2025)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Old units: 2024 list, province, district and commune (pre-reform dossiers)</source>
        <translation>Đơn vị cũ: danh mục 2024, tỉnh, huyện và xã (hồ sơ trước sắp xếp)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Old units: early-2025 list, province, district and commune</source>
        <translation>Đơn vị cũ: danh mục đầu năm 2025, tỉnh, huyện và xã</translation>
    </message>
    <message>
        <location line="+17" />
        <source>https://… (required)</source>
        <translation>https://… (bắt buộc)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>enter dossiers</source>
        <translation>nhập hồ sơ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>add processing steps</source>
        <translation>thêm bước xử lý</translation>
    </message>
    <message>
        <location line="+2" />
        <source>record final results</source>
        <translation>ghi nhận kết quả cuối cùng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>change the connection and discard queued items</source>
        <translation>thay đổi kết nối và bỏ mục khỏi hàng chờ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This role can %1.</source>
        <translation>Vai trò này được phép %1.</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Only an administrator changes the connection and the key pair.</source>
        <translation>Chỉ quản trị viên được thay đổi kết nối và cặp khóa.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Asking the gateway for a token…</source>
        <translation>Đang xin token từ cổng kết nối…</translation>
    </message>
    <message>
        <location line="+28" />
        <source>The agency code must look like 000.00.15.G07.</source>
        <translation>Mã cơ quan phải có dạng 000.00.15.G07.</translation>
    </message>
    <message>
        <location line="+103" />
        <source>The other settings are saved, but the keychain refused the key pair: %1</source>
        <translation>Các cài đặt khác đã được lưu, nhưng kho khóa từ chối lưu cặp khóa: %1</translation>
    </message>
</context>
<context>
    <name>btxh::app::SheetPreviewDialog</name>
    <message>
        <location filename="../src/app/SheetPreviewDialog.cpp" line="+19" />
        <source>Import %1</source>
        <translation>Nhập %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%1 holds %n dossier row(s).</source>
        <translation>
            <numerusform>%1 có %n dòng hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ready: %1. With errors: %2. Cannot be imported: %3.</source>
        <translation>Sẵn sàng: %1. Có lỗi: %2. Không nhập được: %3.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing is stored until you choose Import.</source>
        <translation>Chưa lưu gì cho đến khi bạn chọn Nhập.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Cancel: import nothing</source>
        <translation>Huỷ: không nhập gì</translation>
    </message>
    <message numerus="yes">
        <location line="+16" />
        <source>Import %n dossier(s)</source>
        <translation>
            <numerusform>Nhập %n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btxh::app::SheetPreviewModel</name>
    <message>
        <location filename="../src/app/SheetPreviewModel.cpp" line="+34" />
        <source>ready</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>has errors: draft only if kept</source>
        <translation>có lỗi: chỉ lưu làm bản nháp nếu chọn giữ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cannot be imported</source>
        <translation>không nhập được</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Error: </source>
        <translation>Lỗi: </translation>
    </message>
    <message>
        <location line="+0" />
        <source>Warning: </source>
        <translation>Cảnh báo: </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location line="+2" />
        <source>MaHoSo</source>
        <translation>MaHoSo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
</context>
<context>
    <name>btxh::app::StaleEditDialog</name>
    <message>
        <location filename="../src/app/StaleEditDialog.cpp" line="+55" />
        <source>The dossier was changed</source>
        <translation>Hồ sơ đã bị thay đổi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1

Store the dossier again as this form holds it?</source>
        <translation>%1

Lưu lại hồ sơ theo nội dung trên biểu mẫu này?</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Yours (this form)</source>
        <translation>Của bạn (biểu mẫu này)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stored now (by another officer)</source>
        <translation>Đang lưu (do cán bộ khác sửa)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The stored dossier now holds what this form holds.</source>
        <translation>Hồ sơ đang lưu giờ đã giống nội dung trên biểu mẫu này.</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>For each line, tick the value to keep (Space ticks the current cell). %n line(s) differ.</source>
        <translation>
            <numerusform>Ở mỗi dòng, đánh dấu giá trị cần giữ (phím Cách đánh dấu ô đang chọn). Có %n dòng khác nhau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Someone else changed this dossier</source>
        <translation>Người khác đã sửa hồ sơ này</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep all &amp;mine</source>
        <translation>Giữ tất cả của &amp;tôi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Take all &amp;stored</source>
        <translation>Lấy tất cả bản đang &amp;lưu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Apply my choices</source>
        <translation>&amp;Áp dụng lựa chọn</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Back to the form</source>
        <translation>&amp;Quay lại biểu mẫu</translation>
    </message>
</context>
<context>
    <name>btxh::app::StepDialog</name>
    <message>
        <location filename="../src/app/StepDialog.cpp" line="+46" />
        <location line="+114" />
        <source>Dossier %1</source>
        <translation>Hồ sơ %1</translation>
    </message>
    <message>
        <location line="-110" />
        <location line="+111" />
        <source>Save and queue</source>
        <translation>Lưu và đưa vào hàng chờ</translation>
    </message>
    <message>
        <location line="-110" />
        <location line="+111" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="-17" />
        <source>Cannot save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The step could not be saved: %1</source>
        <translation>Không lưu được bước xử lý: %1</translation>
    </message>
</context>
<context>
    <name>btxh::app::SyncController</name>
    <message>
        <location filename="../src/app/SyncController.cpp" line="+31" />
        <source>Not synced yet</source>
        <translation>Chưa đồng bộ</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Working offline</source>
        <translation>Đang làm việc ngoại tuyến</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No gateway configured</source>
        <translation>Chưa cấu hình cổng kết nối</translation>
    </message>
    <message>
        <location line="+90" />
        <source>A sync is already running.</source>
        <translation>Đang có một lượt đồng bộ chạy.</translation>
    </message>
</context>
<context>
    <name>btxh::app::SyncPanel</name>
    <message>
        <location filename="../src/app/SyncPanel.cpp" line="+126" />
        <source>Choose the province (and district, commune) to receive dossiers for.</source>
        <translation>Hãy chọn tỉnh (và huyện, xã) cần nhận hồ sơ.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Starting…</source>
        <translation>Đang bắt đầu…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message numerus="yes">
        <location line="+28" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n đang chờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n refused</source>
        <translation>
            <numerusform>%n bị từ chối</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17" />
        <source>Conflicts (%1)</source>
        <translation>Xung đột (%1)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Unreadable</source>
        <translation>Không đọc được</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unreadable (%1)</source>
        <translation>Không đọc được (%1)</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Cannot dismiss</source>
        <translation>Không bỏ qua được</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Cannot retry</source>
        <translation>Không gửi lại được</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This item is not waiting or refused any more: it cannot be retried.</source>
        <translation>Mục này không còn ở trạng thái chờ hoặc bị từ chối: không thể gửi lại.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+5" />
        <source>Discard</source>
        <translation>Bỏ khỏi hàng chờ</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Take %1 (%2) off the outbox? It stays on this computer as a draft and is not sent.</source>
        <translation>Bỏ %1 (%2) khỏi hàng chờ gửi? Mục này vẫn được giữ trên máy dưới dạng bản nháp và không được gửi đi.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Keep it queued</source>
        <translation>Giữ trong hàng chờ</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Cannot discard</source>
        <translation>Không bỏ khỏi hàng chờ được</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This item is being sent or was sent already: it cannot be discarded.</source>
        <translation>Mục này đang được gửi hoặc đã gửi: không thể bỏ khỏi hàng chờ.</translation>
    </message>
</context>
<context>
    <name>btxh::app::TimelineModel</name>
    <message>
        <location filename="../src/app/TimelineModel.cpp" line="+99" />
        <source>Received</source>
        <translation>Nhận từ máy chủ</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Deadline</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
</context>
<context>
    <name>btxh::app::TimelineView</name>
    <message>
        <location filename="../src/app/TimelineView.cpp" line="+136" />
        <source>under an hour</source>
        <translation>dưới một giờ</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <location line="+3" />
        <source>%n h</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1" />
        <location line="+1" />
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>No processing step yet.</source>
        <translation>Chưa có bước xử lý nào.</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Started %1, still in progress</source>
        <translation>Bắt đầu %1, đang xử lý</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Took %1</source>
        <translation>Mất %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>deadline %1 (%2 allowed)</source>
        <translation>hạn %1 (được phép %2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Overdue by %1</source>
        <translation>Quá hạn %1</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Waited %1</source>
        <translation>Chờ %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Final result: %1, %2</source>
        <translation>Kết quả cuối cùng: %1, %2</translation>
    </message>
</context>
<context>
    <name>btxh::app::TimelineWidget</name>
    <message numerus="yes">
        <location filename="../src/app/TimelineWidget.cpp" line="+74" />
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n bước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n due soon</source>
        <translation>
            <numerusform>%n sắp đến hạn</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>Cannot record the result</source>
        <translation>Không ghi nhận được kết quả</translation>
    </message>
</context>
<context>
    <name>btxh::documents::DocumentHtml</name>
    <message>
        <location filename="../src/documents/DocumentHtml.cpp" line="+29" />
        <source>SOCIALIST REPUBLIC OF VIET NAM</source>
        <translation>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dossier code:</source>
        <translation>Mã hồ sơ:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>(signature and full name)</source>
        <translation>(Ký và ghi rõ họ tên)</translation>
    </message>
</context>
<context>
    <name>btxh::documents::DossierSheet</name>
    <message>
        <location filename="../src/documents/DossierSheet.cpp" line="+53" />
        <location line="+21" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Dossier sheet %1</source>
        <translation>Phiếu thông tin hồ sơ %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>DOSSIER SHEET</source>
        <translation>PHIẾU THÔNG TIN HỒ SƠ</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Deadline</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Due</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Finished</source>
        <translation>Hoàn thành lúc</translation>
    </message>
    <message>
        <location line="+2" />
        <source>On time or late</source>
        <translation>Đúng hạn hay trễ hạn</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Documents handed in</source>
        <translation>Thành phần hồ sơ đã nộp</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No documents were handed in.</source>
        <translation>Không có giấy tờ nào được nộp kèm.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Result papers</source>
        <translation>Giấy tờ kết quả</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No result papers yet.</source>
        <translation>Chưa có giấy tờ kết quả.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Processing</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No processing steps yet.</source>
        <translation>Chưa có bước xử lý nào.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Printed on %1</source>
        <translation>In lúc %1</translation>
    </message>
</context>
<context>
    <name>btxh::documents::PagedDocument</name>
    <message>
        <location filename="../src/documents/PagedDocument.cpp" line="+15" />
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the document cannot be printed there (is the file writable?)</source>
        <translation>không in được tài liệu ra đó (tệp có ghi được không?)</translation>
    </message>
</context>
<context>
    <name>btxh::documents::PdfFile</name>
    <message>
        <location filename="../src/documents/PdfFile.cpp" line="+12" />
        <location line="+21" />
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>btxh::documents::PrintJob</name>
    <message>
        <location filename="../src/documents/PrintJob.cpp" line="+80" />
        <source>Receipt %1</source>
        <translation>Giấy tiếp nhận %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dossier sheet %1</source>
        <translation>Phiếu thông tin hồ sơ %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Dossier tracking book</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <location line="+13" />
        <source>no dossier to print</source>
        <translation>không có hồ sơ để in</translation>
    </message>
    <message>
        <location line="+36" />
        <source>%1 from %2 to %3</source>
        <translation>%1 từ %2 đến %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the start</source>
        <translation>đầu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location line="+14" />
        <source>search "%1"</source>
        <translation>tìm "%1"</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All dossiers</source>
        <translation>Tất cả hồ sơ</translation>
    </message>
</context>
<context>
    <name>btxh::documents::Printers</name>
    <message>
        <location filename="../src/documents/Printers.cpp" line="+13" />
        <source>No printer is installed on this computer. The document can still be saved as a PDF file and printed elsewhere.</source>
        <translation>Máy tính này chưa cài máy in. Vẫn có thể lưu tài liệu thành tệp PDF và in ở nơi khác.</translation>
    </message>
</context>
<context>
    <name>btxh::documents::ReceiptDocument</name>
    <message>
        <location filename="../src/documents/ReceiptDocument.cpp" line="+56" />
        <source>Receipt %1</source>
        <translation>Giấy tiếp nhận %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>RECEIPT OF DOSSIER AND APPOINTMENT FOR THE RESULT</source>
        <translation>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 has received the dossier of:</source>
        <translation>%1 tiếp nhận hồ sơ của:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>The office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Request to be settled</source>
        <translation>Nội dung yêu cầu giải quyết</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1. Documents handed in:</source>
        <translation>1. Thành phần hồ sơ nộp gồm:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No documents were handed in.</source>
        <translation>Không có giấy tờ nào được nộp kèm.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>2. Number of dossiers: 1 set.</source>
        <translation>2. Số lượng hồ sơ: 01 bộ.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1:%2 on %3</source>
        <translation>%1 giờ %2 phút, ngày %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>3. Received at</source>
        <translation>3. Thời gian tiếp nhận</translation>
    </message>
    <message>
        <location line="+5" />
        <source>4. The result will be returned on</source>
        <translation>4. Ngày hẹn trả kết quả</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Printed on %1</source>
        <translation>In ngày %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>APPLICANT</source>
        <translation>NGƯỜI NỘP HỒ SƠ</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RECEIVING OFFICER</source>
        <translation>NGƯỜI TIẾP NHẬN HỒ SƠ</translation>
    </message>
</context>
<context>
    <name>btxh::documents::TrackingBook</name>
    <message>
        <location filename="../src/documents/TrackingBook.cpp" line="+146" />
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Finished</source>
        <translation>Ngày trả</translation>
    </message>
    <message>
        <location line="+0" />
        <source>On time or late</source>
        <translation>Đúng/trễ hạn</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+28" />
        <source>the book cannot be printed there (is the file writable?)</source>
        <translation>không in được sổ ra đó (tệp có ghi được không?)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>DOSSIER TRACKING BOOK</source>
        <translation>SỔ THEO DÕI HỒ SƠ</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Printed on %1; %n dossier(s).</source>
        <translation>
            <numerusform>In lúc %1; %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31" />
        <source>No dossier matches the filter.</source>
        <translation>Không có hồ sơ nào khớp bộ lọc.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the book could not be finished</source>
        <translation>không in xong được sổ</translation>
    </message>
</context>
<context>
    <name>btxh::secrets::CredentialResolver</name>
    <message>
        <location filename="../src/secrets/CredentialResolver.cpp" line="+50" />
        <source>%1 is set but %2 is not: set both, or neither to use the keychain.</source>
        <translation>Đã đặt %1 nhưng chưa đặt %2: hãy đặt cả hai, hoặc không đặt biến nào để dùng kho khoá.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No keychain is available: set %1 and %2.</source>
        <translation>Không có kho khoá: hãy đặt %1 và %2.</translation>
    </message>
    <message>
        <location line="+25" />
        <source>No consumer key and secret are stored for profile “%1”: run “btxh keys set --profile %1”, or set %2 and %3.</source>
        <translation>Chưa lưu khoá và mật khẩu ứng dụng cho cấu hình điểm kết nối “%1”: hãy chạy “btxh keys set --profile %1”, hoặc đặt %2 và %3.</translation>
    </message>
</context>
<context>
    <name>btxh::secrets::MemorySecretStore</name>
    <message>
        <location filename="../src/secrets/MemorySecretStore.cpp" line="+11" />
        <source>The keychain failed (simulated).</source>
        <translation>Kho khoá gặp lỗi (mô phỏng).</translation>
    </message>
    <message>
        <location line="+27" />
        <source>No %1 is stored for profile “%2”.</source>
        <translation>Chưa lưu %1 cho cấu hình điểm kết nối “%2”.</translation>
    </message>
</context>
<context>
    <name>btxh::secrets::SecretStore</name>
    <message>
        <location filename="../src/secrets/SecretStore.cpp" line="+27" />
        <source>“%1” is not a valid profile name: use 1 to 64 letters, digits, '.', '_' or '-'.</source>
        <translation>“%1” không phải tên cấu hình điểm kết nối hợp lệ: hãy dùng từ 1 đến 64 chữ cái, chữ số, '.', '_' hoặc '-'.</translation>
    </message>
    <message>
        <location line="+74" />
        <source>An empty %1 cannot be stored; clear the keys instead.</source>
        <translation>Không thể lưu %1 rỗng; thay vào đó hãy xoá các khoá.</translation>
    </message>
</context>
</TS>