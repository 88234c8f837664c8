// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a database of schema version 1 with a little of everything in it, for tst_storemigrations.
//
//     store_make_fixture tests/fixtures/store/schema-v1.sqlite
//
// Run it once per released schema version, with the build of that release, and commit the file; never
// regenerate an old fixture with a newer build. Rows are written with plain SQL in the shape version 1 had,
// so the fixture stays what version 1 wrote even when the store's own code moves on.
#include "Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <cstdio>

using namespace btxh;

namespace {

bool exec(QSqlDatabase db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(db);
    q.prepare(sql);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec()) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

QString u8(const char *s) {
    return QString::fromUtf8(s);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_make_fixture OUT.sqlite\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QFile::remove(path);
    Store::Options options;
    options.schemaVersion = 1;
    {
        Store store(options);
        if (const StoreResult<void> opened = store.open(path); !opened || store.schemaVersion() != 1) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return 1;
        }
        QSqlDatabase db = store.database();
        const QString at = QStringLiteral("2024-01-15T08:00:00.000Z");
        struct Row {
            const char *code, *name, *cmnd, *status, *state, *received;
        };
        const Row rows[] = {
            {"000.00.15.G07-240110-0001", "NGUYỄN HOÀNG LONG", "011223344556", "4", "synced",
             "10/01/2024 08:30:00"},
            {"000.00.15.G07-240111-0002", "Đặng Thị Hà", "011998877665", "2", "ready", "11/01/2024 14:05:00"},
            {"000.00.15.G07-240112-0003", "Lò Văn Sơn", "040112233445", "1", "draft", "12/01/2024 09:00:00"},
        };
        bool ok = exec(db, QStringLiteral("BEGIN"));
        qint64 id = 0;
        for (const Row &r : rows) {
            ++id;
            const QString received = QString::fromLatin1(r.received);
            const QString key =
                received.mid(6, 4) + u'-' + received.mid(3, 2) + u'-' + received.left(2) + received.mid(10);
            ok =
                ok &&
                exec(db,
                     QStringLiteral(
                         "INSERT INTO dossiers (id, code, sync_state, has_local_edits, content_hash, "
                         "has_document_list, document_count, created_at, updated_at, \"f_LoaiDuLieu\", "
                         "\"f_MaHoSo\", \"f_HoVaTen\", \"f_CMND\", \"f_StatusId\", \"f_MaTTHC\", "
                         "\"f_MaTinh\", \"f_MaHuyen\", \"f_MaXa\", \"f_HKTT_ChiTiet\", "
                         "\"f_NgayTiepNhan\", \"k_NgayTiepNhan\") VALUES (?, ?, ?, ?, ?, 1, 1, ?, ?, "
                         "'1', ?, ?, ?, ?, '1.001776', '11', '094', '03127', ?, ?, ?)"),
                     {id, QString::fromLatin1(r.code), QString::fromLatin1(r.state),
                      QString::fromLatin1(r.state) == u"synced" ? 0 : 1, QStringLiteral("v1-%1").arg(id), at,
                      at, QString::fromLatin1(r.code), u8(r.name), QString::fromLatin1(r.cmnd),
                      QString::fromLatin1(r.status), u8("Bản Mường Phăng, xã Mường Phăng"), received, key}) &&
                exec(db,
                     QStringLiteral("INSERT INTO documents (dossier_id, position, \"f_TenTepDinhKem\", "
                                    "\"f_IsDeleted\") VALUES (?, 0, ?, '0')"),
                     {id, u8("Tờ khai đề nghị trợ giúp xã hội.pdf")});
        }
        ok =
            ok &&
            exec(db,
                 QStringLiteral("INSERT INTO steps (dossier_code, step_key, origin, sync_state, created_at, "
                                "\"f_MaHoSo\", \"f_NguoiXuLy\", \"f_ThoiDiemXuLy\", \"k_ThoiDiemXuLy\", "
                                "\"f_NgayKetThucTheoQuyDinh\", \"k_NgayKetThucTheoQuyDinh\", \"f_StatusId\") "
                                "VALUES (?, 'v1-step-1', 'server', 'synced', ?, ?, ?, '11/01/2024 10:00:00', "
                                "'2024-01-11 10:00:00', '25/01/2024 17:00:00', '2024-01-25 17:00:00', '4')"),
                 {QString::fromLatin1(rows[0].code), at, QString::fromLatin1(rows[0].code),
                  u8("Phạm Văn Nam")}) &&
            exec(db, QStringLiteral("UPDATE dossiers SET k_deadline = '2024-01-25 17:00:00' WHERE id = 1")) &&
            exec(db,
                 QStringLiteral("INSERT INTO outbox (kind, dossier_code, idempotency_key, state, created_at, "
                                "updated_at) VALUES ('new-dossier', ?, 'fixture-key-1', 'pending', ?, ?)"),
                 {QString::fromLatin1(rows[1].code), at, at}) &&
            exec(db,
                 QStringLiteral(
                     "INSERT INTO audit (at, who, dossier_code, entity, field, old_value, new_value) "
                     "VALUES (?, 'canbo.xa', ?, 'dossier', 'StatusId', '1', '2')"),
                 {at, QString::fromLatin1(rows[1].code)}) &&
            exec(db,
                 QStringLiteral("INSERT INTO watermarks (service, area, watermark, updated_at) VALUES "
                                "('DanhSachHoSo', '11', '15/01/2024 08:00:00', ?)"),
                 {at}) &&
            exec(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('places', '2024')")) &&
            exec(db, QStringLiteral("COMMIT"));
        // One self-contained file: no -wal beside it.
        ok = ok && exec(db, QStringLiteral("PRAGMA journal_mode = DELETE")) &&
             exec(db, QStringLiteral("VACUUM"));
        if (!ok)
            return 1;
    }
    std::printf("wrote %s (schema 1)\n", qPrintable(path));
    return 0;
}
