#include "SearchText.h"

#include <QTest>

using btxh::SearchText;

class TestSearchText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fold_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("capitals with tones")
            << QString::fromUtf8("NGUYỄN HOÀNG LONG") << QStringLiteral("nguyen hoang long");
        QTest::newRow("d with stroke, lower") << QString::fromUtf8("đặng") << QStringLiteral("dang");
        QTest::newRow("D with stroke, upper")
            << QString::fromUtf8("ĐẶNG VĂN ĐỨC") << QStringLiteral("dang van duc");
        QTest::newRow("horn letters")
            << QString::fromUtf8("Trương Thị Phượng") << QStringLiteral("truong thi phuong");
        QTest::newRow("eth look-alike") << QString::fromUtf8("Ðinh") << QStringLiteral("dinh");
        QTest::newRow("decomposed input")
            << QString::fromUtf8("Nguye\u0302\u0303n") << QStringLiteral("nguyen");
        QTest::newRow("digits and punctuation kept")
            << QStringLiteral("000.00.15.G07-221209-0001") << QStringLiteral("000.00.15.g07-221209-0001");
        QTest::newRow("ascii fast path") << QStringLiteral("Mai LAN") << QStringLiteral("mai lan");
        QTest::newRow("empty") << QString() << QString();
    }

    void fold() {
        QFETCH(QString, input);
        QFETCH(QString, folded);
        QCOMPARE(SearchText::fold(input), folded);
    }

    void matchExpression_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("all words required, the last a prefix")
            << QStringLiteral("nguyen hoang long") << QStringLiteral("\"nguyen\" \"hoang\" \"long\"*");
        QTest::newRow("folded like the index") << QString::fromUtf8("Đặng") << QStringLiteral("\"dang\"*");
        QTest::newRow("code becomes a phrase")
            << QStringLiteral("G07-221209-0001") << QStringLiteral("\"g07 221209 0001\"*");
        QTest::newRow("quotes and operators cannot leak")
            << QStringLiteral("\" OR * NEAR( ^x") << QStringLiteral("\"or\" \"near\" \"x\"*");
        QTest::newRow("nothing searchable") << QStringLiteral(" -- ") << QString();
    }

    void matchExpression() {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(SearchText::matchExpression(typed), expression);
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
