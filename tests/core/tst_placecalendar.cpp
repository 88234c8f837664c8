// SPDX-License-Identifier: GPL-3.0-or-later
#include "Dossier.h"
#include "PlaceCalendar.h"
#include "PostReformForm.h"
#include "WireDate.h"

#include <QTest>

using namespace btxh;

// The date → list rule and the names a code has on each side of the reform.
class TestPlaceCalendar : public QObject {
    Q_OBJECT

    static Dossier receivedOn(const QDate &day) {
        Dossier d;
        d.setValue(DossierField::NgayTiepNhan, WireDate::formatDateTime(day.startOfDay().addSecs(9 * 3600)));
        return d;
    }

private Q_SLOTS:
    void listOn_changesOnTheReformDay() {
        QCOMPARE(TwoLevelReformDate, QDate(2025, 7, 1));
        QCOMPARE(PlaceCalendar::listOn(QDate(2025, 6, 30)), GsoList::Units2024);
        QCOMPARE(PlaceCalendar::listOn(QDate(2025, 7, 1)), GsoList::Units2025);
        QCOMPARE(PlaceCalendar::listOn(QDate(2023, 1, 5)), GsoList::Units2024);
        QCOMPARE(PlaceCalendar::listOn(QDate()), GsoList::Units2025); // undated: a dossier entered today
        QCOMPARE(PlaceCalendar::inForceFrom(GsoList::Units2025), TwoLevelReformDate);
    }

    void sameCode_namesTwoPlaces_acrossTheReform() {
        const QString him = PlaceCalendar::nameOn(PlaceLevel::Commune, u"03127", QDate(2025, 6, 30));
        const QString dbp = PlaceCalendar::nameOn(PlaceLevel::Commune, u"03127", QDate(2025, 7, 1));
        QCOMPARE(him, QStringLiteral("Phường Him Lam"));
        QCOMPARE(dbp, QStringLiteral("Phường Điện Biên Phủ"));
        QCOMPARE(PlaceCalendar::codeAndName(PlaceLevel::Commune, QStringLiteral("03127"), GsoList::Units2025),
                 QStringLiteral("03127 Phường Điện Biên Phủ"));
        // No district exists after the reform; a code unknown to the list shows as itself.
        QVERIFY(PlaceCalendar::nameOn(PlaceLevel::District, u"094", QDate(2026, 8, 15)).isEmpty());
        QCOMPARE(PlaceCalendar::displayName(PlaceLevel::Commune, QStringLiteral("99999"), GsoList::Units2025),
                 QStringLiteral("99999"));
        // A province merged away in the reform.
        QCOMPARE(PlaceCalendar::nameOn(PlaceLevel::Province, u"02", QDate(2025, 6, 30)),
                 QStringLiteral("Tỉnh Hà Giang"));
        QVERIFY(PlaceCalendar::nameOn(PlaceLevel::Province, u"02", QDate(2025, 7, 1)).isEmpty());
    }

    void dossierDate_isTheReceivedDate_elseSubmitted_elseFallback() {
        Dossier d = receivedOn(QDate(2026, 8, 15));
        QCOMPARE(PlaceCalendar::dossierDate(d.fields, QDate(2020, 1, 1)), QDate(2026, 8, 15));
        d.setValue(DossierField::NgayTiepNhan, QString());
        d.setValue(DossierField::SubmittedDate, QStringLiteral("30/06/2025 23:59:59"));
        QCOMPARE(PlaceCalendar::dossierList(d.fields, QDate(2026, 1, 1)), GsoList::Units2024);
        d.setValue(DossierField::SubmittedDate, QString());
        QCOMPARE(PlaceCalendar::dossierDate(d.fields, QDate(2026, 12, 2)), QDate(2026, 12, 2));
    }

    void listKeys_roundTrip() {
        for (GsoList l : {GsoList::Units2024, GsoList::Units2025PreReform, GsoList::Units2025}) {
            QCOMPARE(PlaceCalendar::listFromKey(PlaceCalendar::listKey(l)), l);
            QVERIFY(!PlaceCalendar::listName(l).isEmpty());
        }
        QVERIFY(!PlaceCalendar::listFromKey(QStringLiteral("2030")));
    }

    void requestForm_fillsOnlyWhatTheProfileSays_andNeverAnOfficersCode() {
        Dossier post = receivedOn(QDate(2025, 7, 1));
        post.setValue(DossierField::MaTinh, QStringLiteral("11"));
        post.setValue(DossierField::MaXa, QStringLiteral("03127"));
        const QDate today(2026, 12, 2);
        // Two-level: MaHuyen goes as "" (present, empty).
        const Dossier two = PostReformForm::twoLevel().requestForm(post, today);
        QVERIFY(two.fields.has(int(DossierField::MaHuyen)));
        QCOMPARE(two.value(DossierField::MaHuyen), QString());
        // Three-level: the configured district; the commune stays the 2025 code.
        const Dossier three = PostReformForm::threeLevel(QStringLiteral("094")).requestForm(post, today);
        QCOMPARE(three.value(DossierField::MaHuyen), QStringLiteral("094"));
        QCOMPARE(three.value(DossierField::MaXa), QStringLiteral("03127"));
        // A pre-reform dossier goes as stored, whatever the profile.
        Dossier pre = receivedOn(QDate(2025, 6, 30));
        pre.setValue(DossierField::MaHuyen, QStringLiteral("094"));
        QCOMPARE(PostReformForm::twoLevel().requestForm(pre, today).fields, pre.fields);
        Dossier preNoDistrict = receivedOn(QDate(2025, 6, 30));
        QCOMPARE(PostReformForm::threeLevel(QStringLiteral("094")).requestForm(preNoDistrict, today).fields,
                 preNoDistrict.fields);
        // An officer's own MaHuyen is never replaced.
        post.setValue(DossierField::MaHuyen, QStringLiteral("095"));
        QCOMPARE(PostReformForm::threeLevel(QStringLiteral("094"))
                     .requestForm(post, today)
                     .value(DossierField::MaHuyen),
                 QStringLiteral("095"));
        QVERIFY(PostReformForm::threeLevel(QStringLiteral("094")).description().contains(u"094"));
    }
};

QTEST_GUILESS_MAIN(TestPlaceCalendar)
#include "tst_placecalendar.moc"
