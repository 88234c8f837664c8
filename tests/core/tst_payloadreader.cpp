// SPDX-License-Identifier: GPL-3.0-or-later
#include "Payload.h"

#include <QElapsedTimer>
#include <QTest>

using namespace btxh;

// Hostile and malformed documents: each gets a clear error naming the problem, never a crash or a hang.
class TestPayloadReader : public QObject {
    Q_OBJECT

    static std::optional<Payload> read(const QByteArray &bytes, QString *error) {
        return PayloadReader::read(bytes, error);
    }

private Q_SLOTS:
    void refusesWhatIsNotJson_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("spaces") << QByteArray(" \n\t ") << QStringLiteral("empty");
        QTest::newRow("truncated") << QByteArray("{\"MaHoSo\": \"000.00.15.G07-2212")
                                   << QStringLiteral("at byte");
        QTest::newRow("trailing comma") << QByteArray("{\"MaHoSo\": \"x\",}") << QStringLiteral("at byte");
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"HoVaTen\": \"Nguy\xe1\xbb\"}") << QStringLiteral("at byte");
        QTest::newRow("binary") << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")
                                << QStringLiteral("at byte");
        QTest::newRow("nested 100k") << QByteArray(100000, '[') + QByteArray(100000, ']')
                                     << QStringLiteral("at byte");
        QTest::newRow("html error page")
            << QByteArray("<html><body>502 Bad Gateway</body></html>") << QStringLiteral("at byte");
        QTest::newRow("result is a string")
            << QByteArray("{\"result\": \"ok\"}") << QStringLiteral("\"result\"");
    }
    void refusesWhatIsNotJson() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QElapsedTimer t;
        t.start();
        QVERIFY(!read(bytes, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }

    void refusesDocumentsOverTheLimit() {
        QString error;
        QByteArray big(PayloadReader::MaxDocumentBytes + 1, ' ');
        QVERIFY(!read(big, &error));
        QVERIFY2(error.contains(u"MB"), qPrintable(error));
    }

    void badItemsAreReportedOneByOne() {
        QString error;
        const auto p =
            read("[{\"MaHoSo\": \"000.00.15.G07-221209-0001\", \"HoVaTen\": \"A\"}, 7, \"x\", null, [],\n"
                 "                               {\"foo\": 1}, {\"TaiKhoanXuLy\": \"cb\", \"MaHoSo\": "
                 "\"000.00.15.G07-221209-0001\"}]",
                 &error);
        QVERIFY(p);
        QCOMPARE(p->dossiers.size(), 1);
        QCOMPARE(p->steps.size(), 1);
        QCOMPARE(p->problems.size(), 5);
        QCOMPARE(p->problems.at(0).recordKey, QStringLiteral("#2"));
        QCOMPARE(p->problems.at(0).code, QStringLiteral("not-an-object"));
        QCOMPARE(p->problems.at(4).code, QStringLiteral("unknown-item"));
    }

    void pullResponse_nullDataIsEmptyAndErrorCodeIsVerbatim() {
        QString error;
        auto p = read("{\"Result\": {\"error_code\": \"3\", \"message\": \"Sai mã tỉnh\", \"data\": null}}",
                      &error);
        QVERIFY(p);
        QVERIFY(p->isReceived());
        QCOMPARE(p->errorCode, 3);
        QCOMPARE(p->message, QStringLiteral("Sai mã tỉnh"));
        QVERIFY(p->dossiers.isEmpty());
        p = read("{\"result\": {\"error_code\": 0, \"data\": {\"maHoSo\": \"x\"}}}", &error);
        QVERIFY(p);
        QCOMPARE(p->problems.size(), 1);
        QCOMPARE(p->problems.first().code, QStringLiteral("data-not-array"));
    }

    void unreadableXmlIsAnErrorOfItsDossierOnly() {
        QString error;
        const auto p = read(
            "[{\"MaHoSo\": \"A\", \"HoVaTen\": \"x\", \"CertificateExtentData\": \"<ExtentData><oops\"},\n"
            "                               {\"MaHoSo\": \"B\", \"HoVaTen\": \"y\", "
            "\"CertificateExtentData\":\n"
            "                                \"<!DOCTYPE lol [<!ENTITY a "
            "\\\"aaaa\\\">]><ExtentData>&a;</ExtentData>\"}]",
            &error);
        QVERIFY(p);
        QCOMPARE(p->dossiers.size(), 2);
        QCOMPARE(p->problems.size(), 2);
        QCOMPARE(p->problems.at(0).recordKey, QStringLiteral("A"));
        QCOMPARE(p->problems.at(0).code, QStringLiteral("xml-unreadable"));
        QCOMPARE(p->problems.at(1).recordKey, QStringLiteral("B"));
        // What was sent is kept, so nothing the server said is lost.
        QVERIFY(p->dossiers.at(1).value(DossierField::CertificateExtentData).contains(u"ENTITY"));
    }

    void tenMegabyteStringsAreKept() {
        QByteArray json = "{\"MaHoSo\": \"A\", \"HoVaTen\": \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"}";
        QString error;
        const auto p = read(json, &error);
        QVERIFY(p);
        QCOMPARE(p->dossiers.first().value(DossierField::HoVaTen).size(), 10 * 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestPayloadReader)
#include "tst_payloadreader.moc"
