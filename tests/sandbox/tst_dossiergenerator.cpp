// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalogues.h"
#include "DossierGenerator.h"
#include "GsoDirectory.h"
#include "JsonCodec.h"
#include "WireDate.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace btxh;

class TestDossierGenerator : public QObject {
    Q_OBJECT

    const QDateTime until = QDateTime(QDate(2024, 6, 30), QTime(17, 0));

private Q_SLOTS:
    void sameSeed_sameDossiers_otherSeed_others() {
        DossierGenerator a(42, until, 30), b(42, until, 30), c(43, until, 30);
        for (int i = 0; i < 20; ++i) {
            const auto x = a.next(), y = b.next(), z = c.next();
            QCOMPARE(JsonCodec::writeDossier(x.dossier), JsonCodec::writeDossier(y.dossier));
            QCOMPARE(x.steps.size(), y.steps.size());
            if (i == 0)
                QVERIFY(JsonCodec::writeDossier(x.dossier) != JsonCodec::writeDossier(z.dossier));
        }
    }

    void dossiers_areRealistic() {
        DossierGenerator g(7, until, 30);
        QString error;
        QVERIFY2(g.isUsable(&error), qPrintable(error));
        const GsoDirectory &gso = GsoDirectory::get(GsoList::Units2024);
        const QRegularExpression cccd(QStringLiteral("^\\d{12}$"));
        const QRegularExpression code(QStringLiteral("^000\\.00\\.\\d\\d\\.G07-\\d{6}-\\d{4}$"));
        QSet<QString> procedures, codes;
        bool diacritics = false;
        int results = 0;
        for (int i = 0; i < 300; ++i) {
            const auto item = g.next();
            const Dossier &d = item.dossier;
            QVERIFY2(code.match(d.code()).hasMatch(), qPrintable(d.code()));
            QVERIFY(!codes.contains(d.code()));
            codes << d.code();
            const QString id = d.value(DossierField::CMND);
            QVERIFY(cccd.match(id).hasMatch());
            QCOMPARE(id.left(3).toInt(), d.value(DossierField::MaTinh).toInt()); // province of registration
            const QDate born = WireDate::parse(d.value(DossierField::NgayThangNamSinh)).date;
            QCOMPARE(id.mid(4, 2).toInt(), born.year() % 100);
            const bool female = d.value(DossierField::GioiTinhId) == Gender::Female;
            QCOMPARE(id.mid(3, 1).toInt() % 2, female ? 1 : 0);
            QVERIFY(gso.province(d.value(DossierField::MaTinh)));
            QVERIFY(gso.district(d.value(DossierField::MaHuyen)));
            QVERIFY(gso.commune(d.value(DossierField::MaXa)));
            QCOMPARE(gso.district(d.value(DossierField::MaHuyen))->parentCode, d.value(DossierField::MaTinh));
            QVERIFY(Catalogues::instance().contains(u"procedure", d.value(DossierField::MaTTHC)));
            procedures << d.value(DossierField::MaTTHC);
            diacritics =
                diacritics ||
                d.value(DossierField::HoVaTen).contains(QRegularExpression(QStringLiteral("[^\\x00-\\x7F]")));
            QVERIFY(item.steps.size() >= 2 && item.steps.size() <= 5);
            QCOMPARE(item.steps.last().value(ProgressField::StatusId), d.value(DossierField::StatusId));
            QVERIFY(!d.extent.documents.isEmpty());
            QVERIFY(item.dossierAt <= until);
            for (const QDateTime &t : item.stepTimes)
                QVERIFY(t <= until && t >= item.dossierAt);
            if (item.result) {
                ++results;
                QVERIFY(item.result->isFinalResult());
                QVERIFY(!item.result->extent.resultPapers.isEmpty());
            }
        }
        QCOMPARE(procedures.size(), 11);
        QVERIFY(diacritics);
        QVERIFY(results > 30 && results < 270);
    }

    // After the reform: the 2025 two-level list, MaHuyen empty, and the commune's own staff and chair.
    void postReformDossiers_liveInTheTwoLevelWorld() {
        const QDateTime later(QDate(2026, 11, 30), QTime(17, 0));
        DossierGenerator g(11, later, 60);
        const GsoDirectory &today = GsoDirectory::get(GsoList::Units2025);
        for (int i = 0; i < 100; ++i) {
            const auto item = g.next();
            const Dossier &d = item.dossier;
            QCOMPARE(d.value(DossierField::MaHuyen), QString());
            QVERIFY(d.fields.has(int(DossierField::MaHuyen))); // sent as "", as the two-level form says
            const GsoUnit *commune = today.commune(d.value(DossierField::MaXa));
            QVERIFY2(commune, qPrintable(d.value(DossierField::MaXa)));
            QCOMPARE(commune->parentCode, d.value(DossierField::MaTinh));
            QVERIFY(!d.value(DossierField::DonViXuLy).contains(u"Huyện"));
            for (const ProcessingStep &s : item.steps) {
                for (ProgressField f : {ProgressField::ChucDanh, ProgressField::DonViXuLy,
                                        ProgressField::NoiDungXuLy, ProgressField::NguoiXuLy})
                    QVERIFY2(!s.value(f).contains(u"LĐTBXH") && !s.value(f).contains(u"Huyện"),
                             qPrintable(s.value(f)));
            }
        }
    }

    void provinceFilter_isHonoured() {
        DossierGenerator g(1, until, 10, {QStringLiteral("11")});
        for (int i = 0; i < 30; ++i)
            QCOMPARE(g.next().dossier.value(DossierField::MaTinh), QStringLiteral("11"));
        DossierGenerator none(1, until, 10, {QStringLiteral("999")});
        QString error;
        QVERIFY(!none.isUsable(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDossierGenerator)
#include "tst_dossiergenerator.moc"
