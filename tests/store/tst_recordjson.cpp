// SPDX-License-Identifier: GPL-3.0-or-later
// A record's JSON image written directly (RecordJson) is, byte for byte, what QJsonDocument makes of the same
// object: the digest of a server copy stored by an earlier version still matches the copy made now.
#include "FieldTable.h"
#include "RecordJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace btxh;

namespace {

// The oracle, built here rather than taken from RecordJson: the fields by wire name in a QJsonObject.
QByteArray throughQt(const Record &record) {
    QJsonObject o = record.extras();
    for (const FieldSpec &f : record.table().fields()) {
        const QString v = record.value(f.id);
        o.insert(f.wireName, v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString fromUnits(std::initializer_list<char16_t> units) {
    QString s;
    for (const char16_t u : units)
        s += QChar(u);
    return s;
}

// Code units from every range the writer treats apart, surrogates (paired and not) included.
QString randomText(QRandomGenerator &random) {
    static const char16_t Samples[] = {u'a',   u'Z',   u' ',   u'"',   u'\\',  u'/',   u'\n',  u'\t',
                                       0x00,   0x01,   0x1f,   0x7f,   0x80,   0xe0,   0x1ea1, 0x0110,
                                       0x07ff, 0x0800, 0x2028, 0xfeff, 0xfffd, 0xffff, u'<',   u'&'};
    QString s;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i) {
        switch (random.bounded(4)) {
        case 0:
            s += QChar(Samples[random.bounded(int(std::size(Samples)))]);
            break;
        case 1:
            s += QChar(char16_t(random.bounded(0x20, 0x7f)));
            break;
        case 2:
            s += QChar(char16_t(random.bounded(0xd800, 0xe000))); // half of a pair, or by luck a pair
            break;
        default:
            s += QChar(char16_t(random.bounded(0x80, 0x10000)));
        }
    }
    return s;
}

} // namespace

class TestRecordJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writesWhatQJsonDocumentWrites_data() {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty, not null") << QString(u""_qs);
        QTest::newRow("Vietnamese") << QStringLiteral("Nguyễn Thị Hồng Nhung, xã Mường Phăng, Điện Biên");
        QTest::newRow("quotes and backslashes") << QStringLiteral("a \"b\" \\c\\ /d/");
        QTest::newRow("the XML of a document list")
            << QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<TaiLieuNop><Ten>Tờ khai</Ten>"
                              "</TaiLieuNop>");
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c);
        controls += QChar(char16_t(0x7f));
        QTest::newRow("every control character, and DEL") << controls;
        QTest::newRow("line separator, BOM, U+FFFF") << fromUnits({0x2028, 0xfeff, 0xffff, 0x07ff, 0x0800});
        QTest::newRow("a pair: U+1F600") << fromUnits({0xd83d, 0xde00});
        QTest::newRow("a high half alone") << fromUnits({u'a', 0xd83d, u'b'});
        QTest::newRow("a high half at the end") << fromUnits({u'a', 0xd83d});
        QTest::newRow("a low half alone") << fromUnits({0xde00, u'a'});
        QTest::newRow("two high halves") << fromUnits({0xd83d, 0xd83d, 0xde00});
    }
    void writesWhatQJsonDocumentWrites() {
        QFETCH(QString, value);
        for (const FieldTable *table : {&FieldTable::dossier(), &FieldTable::progress(),
                                        &FieldTable::submittedDocument(), &FieldTable::resultPaper()}) {
            Record r(*table);
            r.setValue(0, value);
            r.setValue(int(table->size()) - 1, value);
            QCOMPARE(RecordJson::write(r), throughQt(r));
        }
    }

    void aRecordWithNoValueSetIsAllNulls() {
        const Record r(FieldTable::dossier());
        const QByteArray json = RecordJson::write(r);
        QCOMPARE(json, throughQt(r));
        QCOMPARE(json.count("null"), FieldTable::dossier().size());
    }

    void keysOutsideTheTableTakeTheirPlaceAmongTheFields() {
        Record r(FieldTable::dossier());
        r.setValue(0, QStringLiteral("x"));
        r.setExtra(QStringLiteral("AAA"), QJsonValue(1));
        r.setExtra(QStringLiteral("zz"), QJsonObject{{QStringLiteral("k"), QStringLiteral("v")}});
        QCOMPARE(RecordJson::write(r), throughQt(r));
    }

    // Seeded, so that a failure is found again; every table, values null, empty or random text.
    void randomRecordsAreWrittenAsQtWritesThem() {
        QRandomGenerator random(20261203);
        int compared = 0;
        for (int i = 0; i < 3000; ++i) {
            const FieldTable &table = i % 2 ? FieldTable::dossier() : FieldTable::progress();
            Record r(table);
            for (const FieldSpec &f : table.fields()) {
                const quint32 pick = random.bounded(4);
                if (pick == 1)
                    r.setValue(f.id, QString(u""_qs));
                else if (pick > 1)
                    r.setValue(f.id, randomText(random));
            }
            const QByteArray expected = throughQt(r);
            if (RecordJson::write(r) != expected)
                QFAIL(qPrintable(
                    QStringLiteral("record %1 differs: %2").arg(i).arg(QString::fromUtf8(expected))));
            ++compared;
        }
        QCOMPARE(compared, 3000);
    }
};

QTEST_GUILESS_MAIN(TestRecordJson)
#include "tst_recordjson.moc"
