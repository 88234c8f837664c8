// SPDX-License-Identifier: GPL-3.0-or-later
// The roles of the law in force: who may enter, edit, add steps, record the decision and change the
// connection; and a database that stored the three-level administration's district reviewer keeps working.
#include "OfficeSettings.h"
#include "RolePolicy.h"
#include "Store.h"

#include <QTemporaryDir>
#include <QTest>

using namespace btxh;
using namespace btxh::app;

class TestRolePolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void permissions_followTheLawInForce() {
        const RolePolicy officer(UserRole::CommuneOfficer), leader(UserRole::CommuneLeader),
            reviewer(UserRole::ProvinceReviewer), admin(UserRole::Administrator);
        // The commune officer receives and enters; edits only what was entered here; no decision.
        QVERIFY(officer.canCreateDossiers());
        QVERIFY(officer.canEditDossier(true) && !officer.canEditDossier(false));
        QVERIFY(officer.canAddSteps(true) && !officer.canAddSteps(false));
        QVERIFY(!officer.canRecordResult());
        // The commune leader (the chair) approves and records the decision; the dossier stays as entered.
        QVERIFY(!leader.canCreateDossiers());
        QVERIFY(!leader.canEditDossier(true));
        QVERIFY(leader.canAddSteps(false));
        QVERIFY(leader.canRecordResult());
        QVERIFY(leader.canResolveConflict(false));
        QVERIFY(!leader.readOnlyReason(true).isEmpty());
        // The province reviewer reviews across communes: steps, no decision, no editing.
        QVERIFY(!reviewer.canCreateDossiers());
        QVERIFY(!reviewer.canEditDossier(true));
        QVERIFY(reviewer.canAddSteps(false));
        QVERIFY(!reviewer.canRecordResult());
        QVERIFY(!reviewer.canChangeConnection());
        // Only the administrator changes the connection or discards queued items.
        QVERIFY(admin.canChangeConnection() && admin.canDiscardQueued());
        QVERIFY(admin.canRecordResult() && admin.canCreateDossiers() && admin.canEditDossier(false));
        for (const RolePolicy &p : {officer, leader, reviewer})
            QVERIFY(!p.canChangeConnection() && !p.canDiscardQueued());
    }

    // One rule for the app's Settings and btxh: the stored role decides; a database where neither a role
    // nor a gateway was chosen is being set up (the first-run wizard's case) and takes every setting.
    void administratorSettings_followTheStoredRole_orTheFirstRun() {
        for (UserRole r : RolePolicy::all()) {
            const bool admin = r == UserRole::Administrator;
            QCOMPARE(RolePolicy::mayChangeAdministratorSettings(r, true), admin);
            QCOMPARE(RolePolicy::mayChangeAdministratorSettings(r, false), admin);
        }
        QVERIFY(RolePolicy::mayChangeAdministratorSettings(std::nullopt, false));
        QVERIFY(!RolePolicy::mayChangeAdministratorSettings(std::nullopt, true));

        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("office.sqlite"))));
        QVERIFY(OfficeSettings(store).mayChangeConnection());
        QVERIFY(store.settings().setValue(QStringLiteral("endpoint.url"),
                                          QStringLiteral("https://lgsp.example")));
        QVERIFY(!OfficeSettings(store).mayChangeConnection());
        QCOMPARE(OfficeSettings(store).role(), UserRole::CommuneOfficer);
        QVERIFY(OfficeSettings(store).setValue(OfficeSettings::Role, QStringLiteral("administrator")));
        QVERIFY(OfficeSettings(store).mayChangeConnection());
        QVERIFY(OfficeSettings(store).setValue(OfficeSettings::Role, QStringLiteral("no-such-role")));
        QVERIFY(!OfficeSettings(store).mayChangeConnection());
    }

    void names_areStable_andEveryRoleIsDescribed() {
        QCOMPARE(RolePolicy::all().size(), 4);
        for (UserRole r : RolePolicy::all()) {
            QCOMPARE(RolePolicy::fromName(RolePolicy::name(r)), r);
            QVERIFY(!RolePolicy::label(r).isEmpty());
            QVERIFY(!RolePolicy::description(r).isEmpty());
        }
        QCOMPARE(RolePolicy::name(UserRole::ProvinceReviewer), QStringLiteral("province-reviewer"));
        QVERIFY(!RolePolicy::fromName(QStringLiteral("district-chief")));
    }

    void storedDistrictReviewer_keepsWorkingAsProvinceReviewer() {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("old.sqlite"))));
        OfficeSettings office(store);
        QVERIFY(office.setValue(OfficeSettings::Role, QStringLiteral("district-reviewer")));
        QCOMPARE(OfficeSettings(store).role(), UserRole::ProvinceReviewer);
        QCOMPARE(UserRole::DistrictReviewer, UserRole::ProvinceReviewer);
        // The setting itself is not rewritten behind the user's back.
        QCOMPARE(OfficeSettings(store).value(OfficeSettings::Role), QStringLiteral("district-reviewer"));
    }

    void officeList_defaultsToToday_butAnOldAreaStaysInItsList() {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("office.sqlite"))));
        OfficeSettings office(store);
        QCOMPARE(office.places(), GsoList::Units2025);
        // A database set up with a district (only the old lists have districts) stays in the 2024 list.
        QVERIFY(office.setValue(QStringLiteral("area.province"), QStringLiteral("11")));
        QVERIFY(office.setValue(QStringLiteral("area.district"), QStringLiteral("094")));
        QCOMPARE(office.places(), GsoList::Units2024);
        QVERIFY(office.setValue(OfficeSettings::Places, QStringLiteral("2025")));
        QCOMPARE(office.places(), GsoList::Units2025);
    }
};

QTEST_GUILESS_MAIN(TestRolePolicy)
#include "tst_rolepolicy.moc"
