#include "SearchText.h"
#include "VietnameseSortKey.h"

#include <QTest>

using btxh::SearchText;
using btxh::VietnameseSortKey;

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

    void vietnameseSortKey_ordersByTheVietnameseAlphabet() {
        // In the order a Vietnamese reader expects: each one sorts strictly before the next.
        const QStringList ordered = {
            QString::fromUtf8("An"),
            QString::fromUtf8("An Bình"), // a shorter word first: word by word
            QString::fromUtf8("Anh"),
            QString::fromUtf8("ánh"), // the same letters: no tone before sắc, case ignored
            QString::fromUtf8("Ánh Dương"),
            QString::fromUtf8("Ăn"), // ă after every a…
            QString::fromUtf8("Ấn"), // â after ă
            QString::fromUtf8("Bình"),      QString::fromUtf8("Dung"),
            QString::fromUtf8("Dương"), // ư after u
            QString::fromUtf8("Đào"),   // đ after every d
            QString::fromUtf8("Đặng"),      QString::fromUtf8("Em"),   QString::fromUtf8("Ê"),
            QString::fromUtf8("Giang"),     QString::fromUtf8("Ô"),    QString::fromUtf8("Ơn"),
            QString::fromUtf8("Uông"),      QString::fromUtf8("Ưng"),  QString::fromUtf8("Y"),
        };
        for (int i = 1; i < ordered.size(); ++i)
            QVERIFY2(VietnameseSortKey::of(ordered.at(i - 1)) < VietnameseSortKey::of(ordered.at(i)),
                     qPrintable(ordered.at(i - 1) + QStringLiteral(" < ") + ordered.at(i)));
        // Tones: none, huyền, hỏi, ngã, sắc, nặng.
        const QStringList tones = QString::fromUtf8("ma mà mả mã má mạ").split(u' ');
        for (int i = 1; i < tones.size(); ++i)
            QVERIFY2(VietnameseSortKey::of(tones.at(i - 1)) < VietnameseSortKey::of(tones.at(i)),
                     qPrintable(tones.at(i - 1) + QStringLiteral(" < ") + tones.at(i)));
        // The letters decide before any tone: "Ánh" stays next to "Anh", before "Anh Bình"... and "Ăn".
        QVERIFY(VietnameseSortKey::of(QString::fromUtf8("Ánh")) <
                VietnameseSortKey::of(QString::fromUtf8("Anh Bình")));
    }

    void vietnameseSortKey_ignoresCaseAndNormalisationAndComparesNumbersByValue() {
        const QString composed = QString::fromUtf8("Đặng Thị Ánh");
        QCOMPARE(VietnameseSortKey::of(composed.normalized(QString::NormalizationForm_D)),
                 VietnameseSortKey::of(composed));
        QCOMPARE(VietnameseSortKey::of(composed.toUpper()), VietnameseSortKey::of(composed));
        QCOMPARE(VietnameseSortKey::of(QStringLiteral("  an   binh ")),
                 VietnameseSortKey::of(QStringLiteral("An Binh")));
        QVERIFY(VietnameseSortKey::of(QString::fromUtf8("Tổ 2")) <
                VietnameseSortKey::of(QString::fromUtf8("Tổ 10")));
        QVERIFY(VietnameseSortKey::of(QString::fromUtf8("Tổ 10")) <
                VietnameseSortKey::of(QString::fromUtf8("Tổ A")));
        // Keys are printable ASCII: SQLite's BINARY collation orders them as QString does.
        for (QChar c : VietnameseSortKey::of(QString::fromUtf8("Ngô Bảo Châu 李 ß 12")))
            QVERIFY(c.unicode() >= 0x20 && c.unicode() < 0x7F);
        QVERIFY(VietnameseSortKey::of(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
