// SPDX-License-Identifier: GPL-3.0-or-later
#include "EndpointProfile.h"

#include <QTest>

using namespace btxh;

class TestEndpointProfile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void urls_underBaseAndPrefix() {
        const EndpointProfile ndxp = EndpointProfile::ndxpProduction();
        QCOMPARE(ndxp.tokenUrl().toString(), QStringLiteral("https://api.ngsp.gov.vn/token"));
        QCOMPARE(ndxp.serviceUrl(QStringLiteral("DongBoDVC")).toString(),
                 QStringLiteral("https://api.ngsp.gov.vn/apiBTXH/1.0/DongBoDVC"));
        QVERIFY(ndxp.isValid());

        const EndpointProfile lgsp =
            EndpointProfile::provinceLgsp(QUrl(QStringLiteral("https://lgsp.example.vn/gw/")));
        QCOMPARE(lgsp.tokenUrl().toString(), QStringLiteral("https://lgsp.example.vn/gw/token"));
        QCOMPARE(lgsp.serviceUrl(QStringLiteral("TienTrinhXuLy")).toString(),
                 QStringLiteral("https://lgsp.example.vn/gw/apiBTXH/1.0/TienTrinhXuLy"));
    }

    void plainHttp_onlyForLoopback_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("loopback v4") << QStringLiteral("http://127.0.0.1:8088") << true;
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8088") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8088") << true;
        QTest::newRow("remote http") << QStringLiteral("http://api.ngsp.gov.vn") << false;
        QTest::newRow("lan http") << QStringLiteral("http://192.168.1.10") << false;
        QTest::newRow("https remote") << QStringLiteral("https://lgsp.example.vn") << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
        QTest::newRow("query") << QStringLiteral("https://lgsp.example.vn/?x=1") << false;
    }
    void plainHttp_onlyForLoopback() {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        const EndpointProfile p = EndpointProfile::custom(QUrl(url));
        QCOMPARE(p.isValid(), valid);
        if (!valid)
            QVERIFY(!p.validationError().isEmpty());
    }

    void badHeaderName_andMissingCaFile_refused() {
        EndpointProfile p = EndpointProfile::ndxpProduction();
        p.extraTokenHeader = "Access Key";
        QVERIFY(p.validationError().contains(QStringLiteral("Access Key")));
        p.extraTokenHeader = "AccessKey";
        QVERIFY(p.isValid());
        p.trustedCaFile = QStringLiteral("/nonexistent/ca.pem");
        QVERIFY(p.validationError().contains(QStringLiteral("/nonexistent/ca.pem")));
    }
};

QTEST_GUILESS_MAIN(TestEndpointProfile)
#include "tst_endpointprofile.moc"
