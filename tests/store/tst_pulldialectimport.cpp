// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/ExtentReadComparison.h"
#include "DossierGenerator.h"
#include "ExtentDataXml.h"
#include "FieldTable.h"
#include "JsonCodec.h"
#include "PayloadImport.h"
#include "SandboxDialect.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace btxh;

// The import's fast ways (the server's copy taken from the object read, field lookups without allocating, the
// plain-document XML reader) give what the former ways gave, on the sandbox's pull-dialect data (the
// gateway's key spellings, nulls, the malformed XML declaration, closing tags in the wrong case) and on the
// specification's pull examples. The former ways are spelled out here as the references.
class TestPullDialectImport : public QObject {
    Q_OBJECT

    // A pull response of `count` generated dossiers in the gateway's dialect, every third with a closing tag
    // in the wrong case, some with duplicated or missing documents.
    static QByteArray pullResponse(int count) {
        DossierGenerator generator(7, QDateTime(QDate(2025, 6, 30), QTime(17, 0), Qt::UTC), 730);
        QJsonArray items;
        for (int i = 0; i < count; ++i) {
            Dossier d = generator.next().dossier;
            if (i % 5 == 1 && !d.extent.documents.isEmpty())
                d.extent.documents << d.extent.documents.constFirst();
            if (i % 7 == 2)
                d.extent.documents.clear();
            d.setValue(DossierField::CertificateExtentData, ExtentDataXml::write(d.extent));
            items.append(SandboxDialect::dossier(JsonCodec::writeDossier(d), i % 3 == 0));
        }
        QJsonObject result{{QStringLiteral("message"), QStringLiteral("Lấy dữ liệu thành công")},
                           {QStringLiteral("error_code"), 0},
                           {QStringLiteral("data"), items}};
        return QJsonDocument(QJsonObject{{QStringLiteral("result"), result}}).toJson(QJsonDocument::Compact);
    }

    static QByteArray fixture(const char *name) {
        QFile f(QStringLiteral(BTXH_FIXTURES_DIR "/spec/") + QLatin1StringView(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("fixture missing");
        return f.readAll();
    }

    // --- The former ways, as they were written before the fast paths.

    // FieldTable::indexOf: a QHash of every spelling folded.
    static int formerIndexOf(const FieldTable &table, QStringView key) {
        QHash<QString, int> lookup;
        for (const FieldSpec &f : table.fields()) {
            lookup.insert(FieldTable::foldKey(f.wireName), f.id);
            for (const QString &a : f.aliases)
                lookup.insert(FieldTable::foldKey(a), f.id);
        }
        return lookup.value(FieldTable::foldKey(key), -1);
    }

    // PayloadImport's server copies: the document parsed again, its items grouped by MaHoSo, each dossier or
    // step given the first one of its code that reads back to the very record.
    static QList<QJsonObject> formerRawItems(const QByteArray &bytes) {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        QJsonArray items;
        if (doc.isArray()) {
            items = doc.array();
        } else {
            const QJsonObject root = doc.object();
            for (auto it = root.begin(); it != root.end(); ++it) {
                if (FieldTable::foldKey(it.key()) != u"result" || !it.value().isObject())
                    continue;
                const QJsonObject result = it.value().toObject();
                for (auto r = result.begin(); r != result.end(); ++r)
                    if (FieldTable::foldKey(r.key()) == u"data")
                        items = r.value().toArray();
            }
            if (items.isEmpty() && !root.isEmpty())
                items.append(root);
        }
        QList<QJsonObject> out;
        for (const QJsonValue &v : std::as_const(items))
            if (v.isObject())
                out << v.toObject();
        return out;
    }

    static QString formerCodeOf(const QJsonObject &o) {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (FieldTable::dossier().indexOf(it.key()) == int(DossierField::MaHoSo))
                return JsonCodec::scalarText(it.value()).trimmed();
        return {};
    }

    static void compareServerCopies(const QByteArray &document) {
        QString error;
        const std::optional<Payload> payload = PayloadReader::read(document, &error);
        QVERIFY2(payload, qPrintable(error));
        QVERIFY(payload->isReceived());
        const PayloadImport plan =
            PayloadImport::build(*payload, Validator(ValidationContext::incoming(QDate(2025, 7, 1))));
        QHash<QString, QList<QJsonObject>> raw;
        for (const QJsonObject &o : formerRawItems(document))
            raw[formerCodeOf(o)] << o;
        auto former = [&](const QString &code, auto matches) {
            QList<QJsonObject> &candidates = raw[code];
            for (qsizetype i = 0; i < candidates.size(); ++i)
                if (matches(candidates.at(i)))
                    return QJsonDocument(candidates.takeAt(i)).toJson(QJsonDocument::Compact);
            return QByteArray();
        };
        // Every received item kept, in order (an item the validator refuses is left out of both).
        qsizetype compared = 0;
        for (const ChangeSet::ReceivedDossier &r : plan.changes.received) {
            const QByteArray expected = former(r.dossier.code(), [&](const QJsonObject &o) {
                return JsonCodec::readDossier(o) == r.dossier;
            });
            QVERIFY(!expected.isEmpty());
            QCOMPARE(r.serverJson, expected);
            ++compared;
        }
        for (const ChangeSet::ReceivedStep &r : plan.changes.receivedSteps) {
            const QByteArray expected = former(
                r.step.dossierCode(), [&](const QJsonObject &o) { return JsonCodec::readStep(o) == r.step; });
            QVERIFY(!expected.isEmpty());
            QCOMPARE(r.serverJson, expected);
            ++compared;
        }
        QVERIFY(compared > 0);
    }

private Q_SLOTS:
    void serverCopies_sameAsTheFormerWay_specExamples_data() {
        QTest::addColumn<QByteArray>("document");
        for (const char *name :
             {"pull-dossiers-response.json", "pull-progress-response.json", "pull-results-response.json"})
            QTest::newRow(name) << fixture(name);
    }

    void serverCopies_sameAsTheFormerWay_specExamples() {
        QFETCH(QByteArray, document);
        compareServerCopies(document);
    }

    void serverCopies_sameAsTheFormerWay_pullDialect() { compareServerCopies(pullResponse(150)); }

    void fieldLookups_sameAsTheFormerWay() {
        // Every key the dialect sends, and every spelling §5 allows of every field of every table.
        QStringList keys;
        const QJsonObject response = QJsonDocument::fromJson(pullResponse(3)).object();
        const QJsonObject first = response.value(QStringLiteral("result"))
                                      .toObject()
                                      .value(QStringLiteral("data"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        keys << first.keys();
        const FieldTable *tables[] = {&FieldTable::dossier(), &FieldTable::progress(), &FieldTable::query(),
                                      &FieldTable::submittedDocument(), &FieldTable::resultPaper()};
        for (const FieldTable *table : tables)
            for (const FieldSpec &f : table->fields())
                for (const QString &name : QStringList{f.wireName} + f.aliases)
                    keys << name << name.toUpper() << name.toLower() << SandboxDialect::camelCase(name)
                         << QStringLiteral("  %1\t").arg(name) << QStringLiteral("\n%1").arg(name)
                         << name + QChar(0x00A0) << name + QStringLiteral("x") << name.left(name.size() - 1)
                         << QStringLiteral("%1 %1").arg(name) << name + QString(70, u'A');
        keys << QString() << QStringLiteral(" ") << QStringLiteral("MaHoSö") << QStringLiteral("ＭaHoSo")
             << QStringLiteral("MAHOSO") << QString(64, u'a') << QString(65, u'a') << QStringLiteral("ß")
             << QStringLiteral("MASS") << QStringLiteral("maß");
        int found = 0;
        for (const FieldTable *table : tables) {
            for (const QString &key : std::as_const(keys)) {
                const int expected = formerIndexOf(*table, key);
                QCOMPARE(table->indexOf(key), expected);
                found += expected >= 0 ? 1 : 0;
            }
        }
        QVERIFY(found > 200);
    }

    void extentDocuments_sameAsTheGeneralReader() {
        const QJsonArray items = QJsonDocument::fromJson(pullResponse(150))
                                     .object()
                                     .value(QStringLiteral("result"))
                                     .toObject()
                                     .value(QStringLiteral("data"))
                                     .toArray();
        QCOMPARE(items.size(), 150);
        for (const QJsonValue &v : items) {
            const QString xml = v.toObject().value(QStringLiteral("certificateExtentData")).toString();
            QVERIFY(!xml.isEmpty());
            const QString difference =
                test::extentReadDifference(ExtentDataXml::read(xml), ExtentDataXml::readGeneral(xml));
            QVERIFY2(difference.isEmpty(), qPrintable(difference + u'\n' + xml));
        }
    }
};

QTEST_GUILESS_MAIN(TestPullDialectImport)
#include "tst_pulldialectimport.moc"
