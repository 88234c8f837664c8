// SPDX-License-Identifier: GPL-3.0-or-later
// ReplyBody: a reply's body kept in the pieces it arrived in reads as the same bytes joined, a body of one
// piece is that piece without a copy, and its first character is found across the pieces.
#include "ReplyBody.h"

#include <QTest>

using namespace btxh;

namespace {

ReplyBody piecesOf(const QByteArray &bytes, qsizetype size) {
    ReplyBody body;
    for (qsizetype at = 0; at < bytes.size(); at += size)
        body.append(bytes.mid(at, size));
    return body;
}

} // namespace

class TestReplyBody : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pieces_joinToTheBytesThatArrived() {
        const QByteArray whole = QByteArrayLiteral("{\"result\": {\"error_code\": 0, \"data\": [\"Đồng\"]}}");
        for (qsizetype size : {1, 2, 7, 16, 4096}) {
            const ReplyBody body = piecesOf(whole, size);
            QCOMPARE(body.joined(), whole);
            QCOMPARE(body.size(), whole.size());
            QVERIFY(!body.isEmpty());
        }
    }

    void onePiece_isThatPiece_notACopy() {
        const QByteArray piece(1 << 20, 'x');
        const ReplyBody body(piece);
        QCOMPARE(body.joined().constData(), piece.constData());
    }

    void emptyPieces_addNothing() {
        ReplyBody body;
        body.append(QByteArray());
        body.append(QByteArray(""));
        QVERIFY(body.isEmpty());
        QVERIFY(body.isBlank());
        QCOMPARE(body.joined(), QByteArray());
        body.append(QByteArrayLiteral("ab"));
        body.append(QByteArray());
        body.append(QByteArrayLiteral("c"));
        QCOMPARE(body.joined(), QByteArrayLiteral("abc"));
        body.clear();
        QVERIFY(body.isEmpty());
        QCOMPARE(body.joined(), QByteArray());
    }

    void theFirstCharacter_isFoundPastWhiteSpaceInEarlierPieces() {
        ReplyBody html;
        html.append(QByteArrayLiteral(" \r\n"));
        html.append(QByteArrayLiteral("\t "));
        html.append(QByteArrayLiteral("<html>"));
        QVERIFY(html.startsAfterSpaceWith('<'));
        QVERIFY(!html.startsAfterSpaceWith('{'));
        QVERIFY(!html.isBlank());

        ReplyBody blank;
        blank.append(QByteArrayLiteral("  "));
        blank.append(QByteArrayLiteral("\n\v\f"));
        QVERIFY(blank.isBlank());
        QVERIFY(!blank.startsAfterSpaceWith('<'));
        QVERIFY(!blank.startsAfterSpaceWith(0));
    }
};

QTEST_GUILESS_MAIN(TestReplyBody)
#include "tst_replybody.moc"
