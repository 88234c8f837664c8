// SPDX-License-Identifier: GPL-3.0-or-later
#include "BtxhRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using btxh::test::BtxhRun;

// Runs the real `btxh validate` and `btxh convert` on the specification's examples and on hostile files.
class TestValidateCommand : public QObject {
    Q_OBJECT

    using Run = BtxhRun;

    // Not BtxhRun::english: some of these runs test the language choice itself.
    static Run btxh(const QStringList &args) { return BtxhRun::run(args, 30000); }

    static QString spec(const char *name) {
        return QStringLiteral(BTXH_FIXTURES_DIR "/spec/") + QLatin1StringView(name);
    }

    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &bytes) {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", name);
        return path;
    }

private Q_SLOTS:
    void validate_pushExampleHinhThucTraIsAnError() {
        const Run r =
            btxh({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"),
                  QStringLiteral("--today"), QStringLiteral("27/11/2026"), spec("push-dossier.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.out.contains(QStringLiteral("000.00.15.G07-221209-0001 HinhThucTra error: Result delivery: "
                                          "\"08/12/2022 08:33:00\" is not a code of the catalogue (0, 1)")),
            qPrintable(r.out));
        QVERIFY(r.err.contains(u"1 record checked"));
    }

    void validate_speaksVietnameseByDefault() {
        const Run r = btxh({QStringLiteral("validate"), QStringLiteral("--today"),
                            QStringLiteral("27/11/2026"), spec("push-dossier.json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("HinhThucTra lỗi: Hình thức trả kết quả: ")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("không phải là mã trong danh mục")), qPrintable(r.out));
    }

    void validate_pullResponsesAreJudgedLeniently() {
        const Run r = btxh({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"),
                            spec("pull-dossiers-response.json"), spec("pull-results-response.json"),
                            spec("pull-progress-response.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"DanTocId warning"), qPrintable(r.out));
        QVERIFY(!r.out.contains(u" error: "));
        // The same pull response judged as if we were to send it.
        const Run strict = btxh({QStringLiteral("validate"), QStringLiteral("--as"), QStringLiteral("sent"),
                                 spec("pull-dossiers-response.json")});
        QCOMPARE(strict.exitCode, 1);
    }

    // The push example moved to 15/08/2026 with its three-level codes, sent under each profile setting.
    QString postReformDossier() {
        QFile f(spec("push-dossier.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("push-dossier.json");
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        o.insert(QStringLiteral("NgayTiepNhan"), QStringLiteral("15/08/2026 09:00:00"));
        o.insert(QStringLiteral("SubmittedDate"), QStringLiteral("15/08/2026 08:50:00"));
        o.insert(QStringLiteral("MaTinh"), QStringLiteral("11"));
        o.insert(QStringLiteral("MaHuyen"), QStringLiteral(""));
        o.insert(QStringLiteral("MaXa"), QStringLiteral("03124")); // a 2024 commune, gone since the reform
        return write("post-reform.json", QJsonDocument(o).toJson());
    }

    void validate_saysWhichRuleItApplied_andWhichListACodeWasCheckedAgainst() {
        const QString file = postReformDossier();
        Run r = btxh({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"),
                      QStringLiteral("--today"), QStringLiteral("02/12/2026"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"list in force on each dossier's received date"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"MaHuyen empty"), qPrintable(r.err));
        QVERIFY2(r.out.contains(u"MaXa error: Processing commune: \"03124\" is not a GSO code of a commune "
                                u"(checked against the 2025 two-level GSO list"),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"received date 15/08/2026"));
        QVERIFY(r.out.contains(u"Phường Noong Bua"));
        QVERIFY2(!r.out.contains(u" MaHuyen "), qPrintable(r.out));

        r = btxh({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"),
                  QStringLiteral("--today"), QStringLiteral("02/12/2026"), QStringLiteral("--post-reform"),
                  QStringLiteral("three-level"), file});
        QVERIFY2(r.err.contains(u"three-level form"), qPrintable(r.err));
        QVERIFY2(r.out.contains(u" MaHuyen error"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"district-not-configured") || r.out.contains(u"endpoint.district"));

        r = btxh({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"),
                  QStringLiteral("--today"), QStringLiteral("02/12/2026"), QStringLiteral("--post-reform"),
                  QStringLiteral("three-level"), QStringLiteral("--post-reform-district"),
                  QStringLiteral("094"), file});
        QVERIFY2(r.err.contains(u"with MaHuyen 094"), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u" MaHuyen "), qPrintable(r.out));

        r = btxh({QStringLiteral("validate"), QStringLiteral("--post-reform"), QStringLiteral("four"), file});
        QCOMPARE(r.exitCode, 2);
    }

    void validate_everyExampleReads() {
        for (const char *f :
             {"push-dossier.json", "push-result.json", "push-progress.json", "pull-dossiers-query.json",
              "pull-results-query.json", "pull-progress-query.json", "pull-dossiers-response.json",
              "pull-results-response.json", "pull-progress-response.json", "push-response-ok.json"}) {
            const Run r = btxh({QStringLiteral("validate"), spec(f)});
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, f);
        }
    }

    void validate_unreadableFilesExit2WithOneLineReason_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QByteArray("{\"MaHoSo\": \"000.00.15.G07-221209-0001\", \"HoVa")
                                   << QStringLiteral("not valid JSON at byte");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\x00\x00\x00",
                                              10)
                                << QStringLiteral("not valid JSON");
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"HoVaTen\": \"\xff\xfe\"}") << QStringLiteral("not valid JSON");
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringLiteral("not valid JSON");
        QTest::newRow("result not object") << QByteArray("{\"result\": 5}") << QStringLiteral("\"result\"");
    }
    void validate_unreadableFilesExit2WithOneLineReason() {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = write("bad.json", content);
        const Run r =
            btxh({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY(r.err.startsWith(path + QStringLiteral(": ")));
    }

    void validate_missingFileAndFolderExit2() {
        Run r = btxh({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(r.exitCode, 2);
        r = btxh({QStringLiteral("validate"), m_dir.path()});
        QCOMPARE(r.exitCode, 2);
    }

    void validate_wrongTypesEverywhereAreErrorsNotCrashes() {
        QJsonObject o = QJsonDocument::fromJson([] {
                            QFile f(spec("push-dossier.json"));
                            f.open(QIODevice::ReadOnly);
                            return f.readAll();
                        }())
                            .object();
        for (const QString &k : o.keys())
            o.insert(k, QJsonArray{QJsonObject{{k, 1}}});
        o.insert(QStringLiteral("MaHoSo"), QStringLiteral("000.00.15.G07-221209-0001"));
        const QString path = write("types.json", QJsonDocument(o).toJson());
        const Run r =
            btxh({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(u"HoVaTen error: Full name: expected text or a number, got a JSON array"));
    }

    void validate_hugeStringsAreReportedQuickly() {
        QByteArray big = "{\"MaHoSo\": \"000.00.15.G07-221209-0001\", \"HoVaTen\": \"";
        big += QByteArray(10 * 1024 * 1024, 'A');
        big += "\"}";
        const QString path = write("big.json", big);
        const Run r =
            btxh({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains(
            u"HoVaTen error: Full name: is 10485760 characters long; at most 250 are allowed"));
    }

    void convert_pullExampleGivesCleanRequestForm() {
        const Run r = btxh({QStringLiteral("convert"), spec("pull-dossiers-response.json"),
                            spec("pull-progress-response.json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(items.size(), 3);
        const QJsonObject d = items.at(0).toObject();
        QCOMPARE(d.value(QStringLiteral("HoVaTen")).toString(), QStringLiteral("Phan Thị Bằng"));
        QCOMPARE(d.value(QStringLiteral("HKTT_MaTinh")).toString(), QStringLiteral("01"));
        QCOMPARE(d.value(QStringLiteral("SubmittedDate")).toString(), QStringLiteral("09/12/2022 13:53:25"));
        QCOMPARE(d.value(QStringLiteral("NgayThangNamSinh")).toString(), QStringLiteral("08/12/2022"));
        QVERIFY(!d.contains(QStringLiteral("hktT_MaTinh")));
        QXmlStreamReader xml(d.value(QStringLiteral("CertificateExtentData")).toString());
        int documents = 0;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"TaiLieuNop")
                ++documents;
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(documents, 10);
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("StatusId")).toString(), QStringLiteral("4"));
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("NguoiXuLy")).toString(),
                 QStringLiteral("CB Xã La Phù"));
    }

    void convert_outputValidatesLikeItsInput() {
        const Run r = btxh({QStringLiteral("convert"), QStringLiteral("--out"),
                            m_dir.filePath(QStringLiteral("c.json")), spec("push-result.json")});
        QCOMPARE(r.exitCode, 0);
        const Run v = btxh({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("validate"),
                            QStringLiteral("--today"), QStringLiteral("27/11/2026"),
                            m_dir.filePath(QStringLiteral("c.json"))});
        QCOMPARE(v.exitCode, 1); // HinhThucTra still holds a date: convert never invents data
        QVERIFY(v.out.contains(u"HinhThucTra error"));
        QVERIFY(!v.out.contains(u"xml-"));
    }

    void help_andVersion() {
        Run r = btxh({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(u"btxh "));
        for (const char *c : {"validate", "convert"}) {
            r = btxh({QStringLiteral("--lang"), QStringLiteral("en"), QString::fromLatin1(c),
                      QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: btxh ") + QString::fromLatin1(c)),
                     qPrintable(r.out));
        }
        r = btxh({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        r = btxh({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("validate")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
