// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteRow: a row written through SQLite's own API reads back as the same row written through QSqlQuery,
// value for value and type for type, a row read through it reads as QSqlQuery reads it, and its errors read
// as Qt's driver reports them.
#include "SqliteRow.h"
#include "StoreError.h"

#include <QDate>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace btxh;

class TestSqliteRow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sqliterow"));
        m_db.setDatabaseName(m_dir->filePath(QStringLiteral("rows.sqlite")));
        QVERIFY(m_db.open());
        QSqlQuery q(m_db);
        QVERIFY(
            q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, side TEXT NOT NULL, k INTEGER, "
                                  "v, UNIQUE (side, k))")));
    }
    void cleanup() {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("sqliterow"));
    }

    void everyKindOfValue_isStoredAsQtsDriverStoresIt() {
        const QList<QVariant> values{
            QVariant(),
            QVariant(QString()),
            QVariant(QStringLiteral("")),
            QVariant(QStringLiteral("Nguyễn Văn Đức — 𝔘 \u0000 nul")),
            QVariant(QByteArray()),
            QVariant(QByteArray("")),
            QVariant(QByteArray("\x00\x01\xff", 3)),
            QVariant(0),
            QVariant(-7),
            QVariant(qint64(1) << 40),
            QVariant(true),
            QVariant(2.5),
            QVariant(QDate(2025, 7, 1)),
        };
        std::unique_ptr<SqliteRow> row = prepared();
        QVERIFY(row);
        QSqlQuery q(m_db);
        QVERIFY(q.prepare(InsertSql));
        for (int i = 0; i < values.size(); ++i) {
            q.bindValue(0, QStringLiteral("qt"));
            q.bindValue(1, i);
            q.bindValue(2, values.at(i));
            QVERIFY(q.exec());
            const qint64 qtId = q.lastInsertId().toLongLong();
            row->bindValue(0, QStringLiteral("raw"));
            row->bindValue(1, i);
            row->bindValue(2, values.at(i));
            QVERIFY2(row->exec(), qPrintable(row->lastError().text()));
            QCOMPARE(row->lastInsertId(), qtId + 1);
        }
        QSqlQuery read(m_db);
        QVERIFY(read.exec(
            QStringLiteral("SELECT a.k, typeof(a.v), quote(a.v), typeof(b.v), quote(b.v) FROM t a "
                           "JOIN t b ON a.k = b.k AND a.side = 'qt' AND b.side = 'raw' ORDER BY a.k")));
        int rows = 0;
        while (read.next()) {
            ++rows;
            const QString what = QStringLiteral("value %1").arg(read.value(0).toInt());
            QVERIFY2(read.value(1) == read.value(3),
                     qPrintable(what + QStringLiteral(": ") + read.value(1).toString() +
                                QStringLiteral(" / ") + read.value(3).toString()));
            QVERIFY2(read.value(2) == read.value(4), qPrintable(what));
        }
        QCOMPARE(rows, values.size());
    }

    void aRowRead_readsAsQSqlQueryReadsIt_once() {
        const QList<QVariant> values{
            QVariant(),
            QVariant(QStringLiteral("")),
            QVariant(QStringLiteral("Nguyễn Văn Đức — 𝔘 \u0000 nul")),
            QVariant(QByteArray("\x00\x01\xff", 3)),
            QVariant(-7),
            QVariant(qint64(1) << 40),
            QVariant(2.5),
        };
        QSqlQuery insert(m_db);
        QVERIFY(insert.prepare(InsertSql));
        for (int i = 0; i < values.size(); ++i) {
            insert.bindValue(0, QStringLiteral("qt"));
            insert.bindValue(1, i);
            insert.bindValue(2, values.at(i));
            QVERIFY(insert.exec());
        }
        const QString select = QStringLiteral("SELECT k, v, side FROM t WHERE side = ? AND k = ?");
        QSqlError error;
        std::unique_ptr<SqliteRow> row = SqliteRow::prepare(m_db, select, &error);
        QVERIFY2(row, qPrintable(error.text()));
        QSqlQuery read(m_db);
        QVERIFY(read.prepare(select));
        for (int i = 0; i < values.size(); ++i) {
            for (QVariant side : {QVariant(QStringLiteral("qt"))}) {
                row->bindValue(0, side);
                row->bindValue(1, i);
                QVERIFY(row->exec());
                read.bindValue(0, side);
                read.bindValue(1, i);
                QVERIFY(read.exec() && read.next());
                QVERIFY(row->next());
                QVERIFY(!row->next()); // one row, read once
                for (int c = 0; c < 3; ++c) {
                    const QString what = QStringLiteral("value %1, column %2").arg(i).arg(c);
                    QVERIFY2(row->value(c).isNull() == read.value(c).isNull(), qPrintable(what));
                    QVERIFY2(row->value(c).toString() == read.value(c).toString(), qPrintable(what));
                    QVERIFY2(row->value(c).toByteArray() == read.value(c).toByteArray(), qPrintable(what));
                    QVERIFY2(row->value(c).toLongLong() == read.value(c).toLongLong(), qPrintable(what));
                }
                QVERIFY(!row->value(3).isValid());
            }
        }
        row->bindValue(0, QStringLiteral("none"));
        QVERIFY(row->exec());
        QVERIFY(!row->next());
        QVERIFY(!row->value(0).isValid());
    }

    void aValueBound_staysUntilTheNextExec_andEachExecWritesOneRow() {
        std::unique_ptr<SqliteRow> row = prepared();
        QVERIFY(row);
        row->bindValue(0, QStringLiteral("raw"));
        row->bindValue(2, QStringLiteral("kept"));
        for (int k = 0; k < 3; ++k) {
            row->bindValue(1, k); // side and v stay as bound
            QVERIFY(row->exec());
        }
        QSqlQuery read(m_db);
        QVERIFY(read.exec(QStringLiteral("SELECT count(*), min(v), max(v) FROM t WHERE side = 'raw'")) &&
                read.next());
        QCOMPARE(read.value(0).toInt(), 3);
        QCOMPARE(read.value(1).toString(), QStringLiteral("kept"));
        QCOMPARE(read.value(2).toString(), QStringLiteral("kept"));
    }

    void aFailingRow_saysWhy_asQtsDriverDoes_andWritesNothing() {
        std::unique_ptr<SqliteRow> row = prepared();
        QVERIFY(row);
        row->bindValue(0, QStringLiteral("raw"));
        row->bindValue(1, 1);
        QVERIFY(row->exec());
        QVERIFY(!row->exec()); // the same (side, k) again
        QVERIFY(row->lastError().isValid());
        QCOMPARE(row->lastError().nativeErrorCode().toInt() & 0xff, 19); // SQLITE_CONSTRAINT
        QVERIFY2(row->lastError().text().contains(QStringLiteral("UNIQUE")),
                 qPrintable(row->lastError().text()));
        row->bindValue(0, QVariant()); // NOT NULL
        row->bindValue(1, 2);
        QVERIFY(!row->exec());
        QVERIFY2(row->lastError().text().contains(QStringLiteral("NOT NULL")),
                 qPrintable(row->lastError().text()));
        row->bindValue(0, QStringLiteral("raw")); // and it runs again after a failure
        QVERIFY2(row->exec(), qPrintable(row->lastError().text()));
        QVERIFY(!row->lastError().isValid());
        QSqlQuery read(m_db);
        QVERIFY(read.exec(QStringLiteral("SELECT count(*) FROM t")) && read.next());
        QCOMPARE(read.value(0).toInt(), 2);
    }

    void aStatementThatDoesNotPrepare_orAnotherDriver_isRefusedWithItsReason() {
        QSqlError error;
        QVERIFY(!SqliteRow::prepare(m_db, QStringLiteral("INSERT INTO missing (a) VALUES (?)"), &error));
        QVERIFY2(error.text().contains(QStringLiteral("missing")), qPrintable(error.text()));
        QVERIFY(!SqliteRow::prepare(QSqlDatabase(), InsertSql, &error));
        QVERIFY(error.isValid());
    }

    void aDiskFullWhileWriting_readsAsDiskFull() {
        QSqlQuery q(m_db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 3")));
        std::unique_ptr<SqliteRow> row = prepared();
        QVERIFY(row);
        bool failed = false;
        for (int k = 0; k < 2000 && !failed; ++k) {
            row->bindValue(0, QStringLiteral("raw"));
            row->bindValue(1, k);
            row->bindValue(2, QString(200, u'x'));
            failed = !row->exec();
        }
        QVERIFY(failed);
        QCOMPARE(StoreError::fromSql(row->lastError(), QStringLiteral("rows.sqlite")).kind,
                 StoreError::Kind::DiskFull);
    }

private:
    static inline const QString InsertSql = QStringLiteral("INSERT INTO t (side, k, v) VALUES (?, ?, ?)");

    std::unique_ptr<SqliteRow> prepared() {
        QSqlError error;
        std::unique_ptr<SqliteRow> row = SqliteRow::prepare(m_db, InsertSql, &error);
        if (!row)
            qWarning() << error.text();
        return row;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QSqlDatabase m_db;
};

QTEST_GUILESS_MAIN(TestSqliteRow)
#include "tst_sqliterow.moc"
