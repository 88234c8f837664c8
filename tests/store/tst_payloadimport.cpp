// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadImport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace btxh;

// What `btxh import` and the app's file import make of one document, item by item.
class TestPayloadImport : public QObject {
    Q_OBJECT

    static QJsonObject fixture(const char *name) {
        QFile f(QStringLiteral(BTXH_FIXTURES_DIR "/spec/") + QLatin1StringView(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("fixture missing");
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static PayloadImport build(const QJsonArray &items) {
        const QByteArray json = QJsonDocument(items).toJson();
        QString error;
        const std::optional<Payload> payload = PayloadReader::read(json, &error);
        if (!payload)
            qFatal("unreadable test document");
        return PayloadImport::build(*payload, Validator(ValidationContext::outgoing(QDate(2022, 12, 20))));
    }

    static int countCode(const Problems &problems, const QString &code, const QString &field) {
        int n = 0;
        for (const Problem &p : problems)
            n += p.code == code && p.field == field ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void readingProblems_belongToTheItemTheyWereFoundIn() {
        // A dossier and one of its steps share the MaHoSo: a step's unreadable field must not make the
        // dossier a draft, nor the dossier's burden the step.
        QJsonObject dossier = fixture("push-dossier.json");
        QJsonObject step = fixture("push-progress.json");
        step.insert(QStringLiteral("NguoiXuLy"), QJsonObject{{QStringLiteral("x"), 1}});
        const PayloadImport plan = build({dossier, step});
        QCOMPARE(plan.changes.local.size(), 1);
        QCOMPARE(plan.changes.localSteps.size(), 1);
        QCOMPARE(countCode(plan.changes.local.at(0).problems, QStringLiteral("wrong-type"),
                           QStringLiteral("NguoiXuLy")),
                 0);
        QCOMPARE(countCode(plan.changes.localSteps.at(0).problems, QStringLiteral("wrong-type"),
                           QStringLiteral("NguoiXuLy")),
                 1);
    }

    void dossiersWithoutCode_eachReportOnlyTheirOwnProblems() {
        QJsonObject a = fixture("push-dossier.json");
        a.remove(QStringLiteral("MaHoSo"));
        QJsonObject b = a;
        a.insert(QStringLiteral("HoVaTen"), QJsonArray{1, 2});
        b.insert(QStringLiteral("Email"), QJsonObject{{QStringLiteral("x"), 1}});
        const PayloadImport plan = build({a, b});
        QCOMPARE(plan.rejected, 2);
        Problems all;
        for (const PayloadImport::Entry &e : plan.entries)
            all << e.problems;
        // Once each, not once per dossier without a code.
        QCOMPARE(countCode(all, QStringLiteral("wrong-type"), QStringLiteral("HoVaTen")), 1);
        QCOMPARE(countCode(all, QStringLiteral("wrong-type"), QStringLiteral("Email")), 1);
    }

    void unreadableItems_areReportedAndRejected() {
        const PayloadImport plan = build({QJsonValue(42), fixture("push-dossier.json")});
        QCOMPARE(plan.rejected, 1);
        QCOMPARE(plan.changes.local.size(), 1);
        QVERIFY(!plan.entries.isEmpty());
        QCOMPARE(plan.entries.constFirst().problems.constFirst().recordKey, QStringLiteral("#1"));
    }
};

QTEST_GUILESS_MAIN(TestPayloadImport)
#include "tst_payloadimport.moc"
