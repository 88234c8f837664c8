// SPDX-License-Identifier: GPL-3.0-or-later
// The pull's received windows (PulledWindows): read and prepared on worker threads, taken in the order they
// were added whatever order the workers finish in, one item per MaHoSo, and an unreadable reply kept as a
// window holding its error.
#include "PreparedDossier.h"
#include "PulledWindows.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace btxh;

namespace {

// The specification's pull reply (its first dossier) as `count` dossiers, each with its own MaHoSo (and name,
// when given).
QByteArray replyOf(int count, const QString &prefix, const QStringList &names = {}) {
    QFile f(QStringLiteral(BTXH_FIXTURES_DIR "/spec/pull-dossiers-response.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonObject reply = QJsonDocument::fromJson(f.readAll()).object();
    QJsonObject result = reply.value(QStringLiteral("result")).toObject();
    const QJsonObject first = result.value(QStringLiteral("data")).toArray().first().toObject();
    QJsonArray data;
    for (int i = 0; i < count; ++i) {
        QJsonObject item = first;
        item.insert(QStringLiteral("maHoSo"), QString(prefix + QString::number(i)));
        if (i < names.size())
            item.insert(QStringLiteral("hoVaTen"), names.at(i));
        data.append(item);
    }
    result.insert(QStringLiteral("data"), data);
    reply.insert(QStringLiteral("result"), result);
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}

// A reply as the network hands it over: in pieces of `size` bytes.
ReplyBody piecesOf(const QByteArray &bytes, qsizetype size) {
    ReplyBody body;
    for (qsizetype at = 0; at < bytes.size(); at += size)
        body.append(bytes.mid(at, size));
    return body;
}

PullWindowPlanner::Window windowAt(int hour) {
    const QDateTime from(QDate(2025, 7, 1), QTime(hour, 0));
    return {from, from.addSecs(3599)};
}

} // namespace

class TestPulledWindows : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void windows_areTakenInTheOrderAdded_evenWhenALaterOneIsPreparedFirst() {
        PulledWindows windows;
        const QByteArray large = replyOf(3000, QStringLiteral("L-"));
        const QByteArray small = replyOf(1, QStringLiteral("S-"));
        QVERIFY(!large.isEmpty() && !small.isEmpty());
        windows.add(windowAt(1), piecesOf(large, 16384), true);
        windows.add(windowAt(2), ReplyBody(small), true);
        QCOMPARE(windows.size(), 2);

        const std::optional<PulledWindows::Window> first = windows.takeOldest(true);
        const std::optional<PulledWindows::Window> second = windows.takeOldest(true);
        QVERIFY(first && second);
        QVERIFY(windows.isEmpty());
        QVERIFY(!windows.takeOldest(true));
        QCOMPARE(first->window.from, windowAt(1).from);
        QCOMPARE(first->changes.received.size(), 3000);
        QCOMPARE(second->changes.received.size(), 1);
        for (const PulledWindows::Window *w : {&*first, &*second}) {
            QVERIFY(w->result.ok());
            for (const ChangeSet::ReceivedDossier &item : w->changes.received)
                QVERIFY2(item.prepared, qPrintable(item.dossier.code()));
        }
    }

    void aRepeatedCode_keepsTheLastCopyInTheFirstPlace() {
        PulledWindows windows;
        QByteArray reply =
            replyOf(3, QStringLiteral("R-"),
                    {QStringLiteral("Lò Văn A"), QStringLiteral("Lò Thị B"), QStringLiteral("Lò Văn C")});
        reply.replace("\"R-2\"", "\"R-0\""); // the third item is the first one again, renamed
        windows.add(windowAt(3), ReplyBody(reply), true);
        const std::optional<PulledWindows::Window> w = windows.takeOldest(true);
        QVERIFY(w && w->result.ok());
        QCOMPARE(w->changes.received.size(), 2);
        QCOMPARE(w->repeated, 1);
        QCOMPARE(w->changes.received.at(0).dossier.code(), QStringLiteral("R-0"));
        QCOMPARE(w->changes.received.at(0).dossier.value(DossierField::HoVaTen), QStringLiteral("Lò Văn C"));
        QCOMPARE(w->changes.received.at(1).dossier.code(), QStringLiteral("R-1"));
    }

    // A reply of more than a few hundred items is read, and its dossiers prepared, in parts on every worker:
    // the window is the same as one read whole, items in order, repeats and unreadable items counted over
    // the whole reply.
    void aLargeReply_readInParts_isTheWindowReadWhole() {
        QByteArray reply = replyOf(1200, QStringLiteral("P-"), {QStringLiteral("Lò Văn A")});
        reply.replace("\"P-1100\"", "\"P-0\""); // far from the first, in another part
        QJsonObject root = QJsonDocument::fromJson(reply).object();
        QJsonObject result = root.value(QStringLiteral("result")).toObject();
        QJsonArray data = result.value(QStringLiteral("data")).toArray();
        data.insert(700, 42); // not an item
        result.insert(QStringLiteral("data"), data);
        root.insert(QStringLiteral("result"), result);
        reply = QJsonDocument(root).toJson(QJsonDocument::Compact);
        QVERIFY(reply.size() > 512 * 1024);

        PulledWindows windows;
        qsizetype said = -1;
        connect(&windows, &PulledWindows::read, this,
                [&said](const PullWindowPlanner::Window &, const GatewayError &, qsizetype items) {
                    said = items;
                });
        windows.add(windowAt(5), piecesOf(reply, 65536), true);
        QTRY_COMPARE(said, 1200); // said only while the window is queued
        const std::optional<PulledWindows::Window> w = windows.takeOldest(true);
        QVERIFY(w && w->result.ok());
        QCOMPARE(w->result.items(), 1200);
        QCOMPARE(w->result.payload.unreadable.size(), 1);
        QCOMPARE(w->result.payload.unreadable.constFirst().index, 700);
        QCOMPARE(w->repeated, 1);
        const QList<ChangeSet::ReceivedDossier> &items = w->changes.received;
        QCOMPARE(items.size(), 1199);
        QCOMPARE(items.at(0).dossier.code(), QStringLiteral("P-0"));
        QVERIFY(items.at(0).dossier.value(DossierField::HoVaTen) != QStringLiteral("Lò Văn A"));
        for (qsizetype i = 1; i < items.size(); ++i) {
            const qsizetype number = i < 1100 ? i : i + 1; // P-1100 went to P-0's place
            QCOMPARE(items.at(i).dossier.code(), QStringLiteral("P-%1").arg(number));
            QVERIFY2(items.at(i).prepared, qPrintable(items.at(i).dossier.code()));
        }
        QVERIFY(items.at(0).prepared);
    }

    void anUnreadableReply_isAWindowHoldingItsError() {
        PulledWindows windows;
        QList<GatewayError> said;
        connect(&windows, &PulledWindows::read, this,
                [&said](const PullWindowPlanner::Window &, const GatewayError &error, qsizetype) {
                    said << error;
                });
        const QByteArray whole = replyOf(2, QStringLiteral("U-"));
        windows.add(windowAt(4), piecesOf(whole.left(whole.size() / 2), 100), true);
        QTRY_COMPARE(said.size(), 1);
        QVERIFY(said.constFirst().isError());
        const std::optional<PulledWindows::Window> w = windows.takeOldest(true);
        QVERIFY(w);
        QCOMPARE(int(w->result.error.kind), int(GatewayError::Kind::MalformedReply));
        QVERIFY(w->changes.received.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPulledWindows)
#include "tst_pulledwindows.moc"
