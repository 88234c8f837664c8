// SPDX-License-Identifier: GPL-3.0-or-later
#include "Payload.h"
#include "PayloadStream.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using btxh::PayloadStream;

// PayloadStream against files in a temporary folder, read in tiny chunks so that items, strings and escapes
// fall across chunk boundaries.
class TestPayloadStream : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes) {
        const QString path = m_dir.filePath(QStringLiteral("f%1.json").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Every window's document, read with a stream of `chunk`-byte reads.
    static QList<PayloadStream::Window> windows(PayloadStream &s, qsizetype perWindow) {
        QList<PayloadStream::Window> out;
        PayloadStream::Window w;
        while (s.next(perWindow, &w))
            out << w;
        return out;
    }

    // The error open() gives for `bytes`, expected malformed.
    QString malformed(const QByteArray &bytes) {
        PayloadStream s(write(bytes), 3);
        const PayloadStream::Status status = s.open();
        if (status != PayloadStream::Status::Malformed)
            return QStringLiteral("<status %1>").arg(int(status));
        return s.errorString();
    }

private Q_SLOTS:
    void topLevelArray_windowsAcrossChunkBoundaries() {
        // Brackets, braces, commas and escaped quotes inside strings; Vietnamese text (multi-byte UTF-8).
        QJsonArray items;
        for (int i = 0; i < 23; ++i) {
            QJsonObject o;
            o.insert(QStringLiteral("MaHoSo"),
                     QStringLiteral("000.00.15.G07-240101-%1").arg(i, 4, 10, QLatin1Char('0')));
            o.insert(QStringLiteral("HoVaTen"),
                     QString(QString::fromUtf8("NGUYỄN HOÀNG LONG [x] {y}, \"z\" \\ ") + QString::number(i)));
            QJsonObject inner;
            inner.insert(QStringLiteral("a"), QStringLiteral("]}"));
            o.insert(QStringLiteral("list"), QJsonArray{1, QJsonArray{2, 3}, inner});
            items.append(o);
        }
        const QByteArray bytes = QJsonDocument(items).toJson(QJsonDocument::Indented);
        for (const qint64 chunk : {1, 2, 7, 64, 1 << 20}) {
            PayloadStream s(write(bytes), chunk);
            QCOMPARE(s.open(), PayloadStream::Status::Streamable);
            QCOMPARE(s.itemCount(), 23);
            const QList<PayloadStream::Window> ws = windows(s, 5);
            QCOMPARE(ws.size(), 5);
            QJsonArray joined;
            qsizetype expectedFirst = 0;
            for (const PayloadStream::Window &w : ws) {
                QCOMPARE(w.firstItem, expectedFirst);
                expectedFirst += w.items;
                QJsonParseError e;
                const QJsonDocument doc = QJsonDocument::fromJson(w.document, &e);
                QVERIFY2(e.error == QJsonParseError::NoError, w.document.constData());
                QVERIFY(doc.isArray());
                QCOMPARE(doc.array().size(), w.items);
                for (const QJsonValue &v : doc.array())
                    joined.append(v);
                // The window's first item starts where the file says.
                QCOMPARE(bytes.at(w.fileOffset), '{');
            }
            QCOMPARE(joined, items);
            // Again, from the start.
            QVERIFY(s.rewind());
            QCOMPARE(windows(s, 100).size(), 1);
        }
    }

    void pullResponse_windowsKeepTheFrame() {
        const QByteArray bytes = QByteArrayLiteral(
            "{ \"Result\" : {\"error_code\": 0, \"message\": \"ok [\\\"data\\\"]\", \" DATA \": [\n"
            "  {\"maHoSo\": \"A\", \"hoVaTen\": \"Phan Th\xe1\xbb\x8b B\xc4\x83ng\"},\n"
            "  {\"maHoSo\": \"B\", \"x\": [1, -2.5e3, true, false, null]},\n"
            "  {\"maHoSo\": \"C\"}\n"
            "]}, \"tail\": \"]\" }\n");
        PayloadStream s(write(bytes), 4);
        QCOMPARE(s.open(), PayloadStream::Status::Streamable);
        QCOMPARE(s.itemCount(), 3);
        const QList<PayloadStream::Window> ws = windows(s, 2);
        QCOMPARE(ws.size(), 2);
        for (const PayloadStream::Window &w : ws) {
            const QJsonObject root = QJsonDocument::fromJson(w.document).object();
            QCOMPARE(root.value(QStringLiteral("tail")).toString(), QStringLiteral("]"));
            const QJsonObject result = root.value(QStringLiteral("Result")).toObject();
            QCOMPARE(result.value(QStringLiteral("message")).toString(), QStringLiteral("ok [\"data\"]"));
            QCOMPARE(result.value(QStringLiteral(" DATA ")).toArray().size(), w.items);
        }
        QCOMPARE(
            QJsonDocument::fromJson(ws.at(0).document)
                .object()[QStringLiteral("Result")][QStringLiteral(" DATA ")][0][QStringLiteral("hoVaTen")]
                .toString(),
            QString::fromUtf8("Phan Thị Băng"));
        // The same windows through the reader: still a pull response, items numbered as in the file.
        QString error;
        const std::optional<btxh::Payload> p =
            btxh::PayloadReader::read(ws.at(1).document, &error, ws.at(1).firstItem);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(p->isReceived());
        QCOMPARE(p->dossiers.size(), 1);
    }

    void documentInMemory_givesTheFilesWindows() {
        const QByteArray bytes = QByteArrayLiteral(
            "{\"result\": {\"error_code\": 0, \"data\": [{\"maHoSo\": \"A\"}, 7, {\"maHoSo\": \"B,]\"},"
            " {\"maHoSo\": \"C\", \"x\": [[], {}]}]}}");
        PayloadStream file(write(bytes), 5);
        PayloadStream memory = PayloadStream::ofDocument(bytes);
        QCOMPARE(file.open(), PayloadStream::Status::Streamable);
        QCOMPARE(memory.open(), PayloadStream::Status::Streamable);
        QCOMPARE(memory.itemCount(), 4);
        const QList<PayloadStream::Window> fromFile = windows(file, 3);
        const QList<PayloadStream::Window> fromMemory = windows(memory, 3);
        QCOMPARE(fromMemory.size(), 2);
        for (qsizetype i = 0; i < fromFile.size(); ++i) {
            QCOMPARE(fromMemory.at(i).document, fromFile.at(i).document);
            QCOMPARE(fromMemory.at(i).firstItem, fromFile.at(i).firstItem);
        }
        // A broken document is refused as a broken file is.
        PayloadStream cut = PayloadStream::ofDocument(bytes.left(bytes.size() - 3));
        QCOMPARE(cut.open(), PayloadStream::Status::Malformed);
        QVERIFY(!cut.errorString().isEmpty());
    }

    void emptyArray_givesOneEmptyWindow() {
        PayloadStream s(write("{\"result\": {\"error_code\": 7, \"message\": \"no\", \"data\": [ ]}}"), 2);
        QCOMPARE(s.open(), PayloadStream::Status::Streamable);
        QCOMPARE(s.itemCount(), 0);
        const QList<PayloadStream::Window> ws = windows(s, 10);
        QCOMPARE(ws.size(), 1);
        QCOMPARE(ws.at(0).items, 0);
        QCOMPARE(ws.at(0).document,
                 QByteArray("{\"result\": {\"error_code\": 7, \"message\": \"no\", \"data\": []}}"));

        PayloadStream a(write("[]"), 1);
        QCOMPARE(a.open(), PayloadStream::Status::Streamable);
        QCOMPARE(windows(a, 10).size(), 1);
    }

    void otherShapes_areNotStreamable() {
        const QList<QByteArray> shapes = {
            "<?xml version='1.0'?><a/>",                     // XML
            "{\"MaHoSo\": \"A\", \"list\": [1, 2]}",         // one object
            "{\"error_code\": 0, \"message\": \"ok\"}",      // a push response
            "{\"result\": {\"data\": null}}",                // no items
            "{\"result\": {\"data\": [1]}, \"RESULT\": {}}", // a key the reader could pick twice
            "   ",                                           // empty
        };
        for (const QByteArray &bytes : shapes) {
            PayloadStream s(write(bytes), 3);
            QCOMPARE(s.open(), PayloadStream::Status::NotStreamable);
            QVERIFY(!s.errorString().isEmpty());
        }
        PayloadStream none(write("{\"MaHoSo\": \"A\"}"));
        QCOMPARE(none.open(), PayloadStream::Status::NotStreamable);
        QVERIFY2(none.errorString().contains(QStringLiteral("no item array found")),
                 qPrintable(none.errorString()));
    }

    void malformed_namesTheProblemAndItsOffset() {
        QCOMPARE(malformed("[{\"a\": \"b}]"), QStringLiteral("unterminated string starting at byte 7"));
        QCOMPARE(malformed("[{\"a\": \"b\\\"}]"), QStringLiteral("unterminated string starting at byte 7"));
        QCOMPARE(
            malformed("[{\"a\": 1}"),
            QStringLiteral(
                "unbalanced brackets: the document ends at byte 9 with the '[' opened at byte 0 still open"));
        QCOMPARE(
            malformed("[{\"a\": 1]]"),
            QStringLiteral("unbalanced brackets: ']' at byte 8 does not close the '{' opened at byte 1"));
        QCOMPARE(malformed("[1]]"), QStringLiteral("unbalanced brackets: ']' at byte 3 closes nothing"));
        QCOMPARE(malformed("[1, 2] x"), QStringLiteral("garbage after the end of the document at byte 7"));
        QCOMPARE(malformed("{\"result\": {\"data\": []}} {}"),
                 QStringLiteral("garbage after the end of the document at byte 25"));
        QCOMPARE(malformed("[1, 2,]"),
                 QStringLiteral("a value is missing before ']' at byte 6 (a comma too many?)"));
        QCOMPARE(malformed("[{\"a\" 1}]"), QStringLiteral("expected ':' after a key at byte 6, found '1'"));
        QCOMPARE(malformed("[1 2]"),
                 QStringLiteral("expected ',' or a closing bracket at byte 3, found '2'"));
        QCOMPARE(malformed("[tru]"), QStringLiteral("not a number, true, false or null at byte 1: \"tru\""));
        QCOMPARE(malformed("[\"a\nb\"]"),
                 QStringLiteral("a control character inside the string starting at byte 1, at byte 3"));
    }
};

QTEST_GUILESS_MAIN(TestPayloadStream)
#include "tst_payloadstream.moc"
