// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodeHeadPhrase.h"
#include "SearchCounter.h"
#include "SearchMatcher.h"
#include "SearchText.h"
#include "StoreSchema.h"
#include "VietnameseSortKey.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using btxh::SearchMatcher;
using btxh::SearchText;
using btxh::VietnameseSortKey;

// What the search index holds for one dossier, in the shape StoreSchema::searchText gives it: name, ID
// numbers, MaHoSo, address; and what an officer might type to find it.
namespace {

// `n` characters drawn from `from`.
QString pick(QRandomGenerator &rng, int n, const QString &from) {
    QString out;
    for (int i = 0; i < n; ++i)
        out += from.at(rng.bounded(int(from.size())));
    return out;
}

const QString &alnum() {
    static const QString chars = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    return chars;
}

// A code of Decree 61's shape with random parts (any letters and digits where an agency's may be).
QString randomCode(QRandomGenerator &rng) {
    const QString digits = alnum().left(10), letters = alnum().mid(10);
    return pick(rng, 3, alnum()) + u'.' + pick(rng, 2, alnum()) + u'.' + pick(rng, 2, alnum()) + u'.' +
           pick(rng, 1, letters) + pick(rng, 2, digits) + u'-' + pick(rng, 6, digits) + u'-' +
           pick(rng, 4, digits);
}

QString randomText(QRandomGenerator &rng) {
    static const QStringList families = {QString::fromUtf8("Nguyễn"), QString::fromUtf8("Trần"),
                                         QString::fromUtf8("Đặng"),   QString::fromUtf8("Ngô"),
                                         QStringLiteral("Lo"),        QString::fromUtf8("Hoàng")};
    static const QStringList given = {QString::fromUtf8("Văn Hùng"), QString::fromUtf8("Thị Hoa"),
                                      QString::fromUtf8("Thị Hòa"),  QStringLiteral("Long"),
                                      QString::fromUtf8("Đức Anh"),  QString::fromUtf8("Ngọc")};
    static const QStringList places = {QString::fromUtf8("số 12, xã Kim Chung"),
                                       QString::fromUtf8("thôn Đông, xã Liên Hồng"),
                                       QString::fromUtf8("ngõ 3/5 phố Hàng Bạc"), QStringLiteral("x")};
    const QString id = QStringLiteral("0%1").arg(rng.bounded(100000000, 999999999));
    const QString code = QStringLiteral("000.00.%1.G07-24%2-%3")
                             .arg(rng.bounded(10, 13))
                             .arg(rng.bounded(1000, 1300))
                             .arg(rng.bounded(1, 60), 4, 10, QChar(u'0'));
    return SearchText::fold(QString(families.at(rng.bounded(families.size())) + u' ' +
                                    given.at(rng.bounded(given.size())) + u' ' + id + u' ' + code + u' ' +
                                    places.at(rng.bounded(places.size()))));
}

// Cuts what someone might type out of a text: one to three of its words, the last maybe unfinished, in
// various punctuation and case; sometimes a word that is in no text.
QString randomTyping(QRandomGenerator &rng, const QString &text) {
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const int n = 1 + rng.bounded(3);
    const int start = rng.bounded(words.size());
    QStringList typed;
    for (int i = start; i < std::min<qsizetype>(words.size(), start + n); ++i)
        typed << words.at(i);
    QString last = typed.takeLast();
    if (last.size() > 1 && rng.bounded(2))
        last.truncate(1 + rng.bounded(int(last.size()) - 1));
    typed << last;
    if (rng.bounded(10) == 0)
        typed.prepend(QStringLiteral("khong"));
    QString out = typed.join(u' ');
    if (rng.bounded(4) == 0)
        out = out.toUpper();
    return out;
}

// SearchText::fold as it was written before its per-letter table, the reference for it.
QString formerFold(QStringView text) {
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return text.toString().toLower();
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        const char16_t u = c.unicode();
        if (u == 0x0111 || u == 0x0110 || u == 0x00D0 || u == 0x00F0 || u == 0x0189 || u == 0x0256) {
            out.append(u'd');
            continue;
        }
        out.append(c);
    }
    return out.toCaseFolded();
}

} // namespace

class TestSearchText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void storeSearchText_holdsEachValueOnce_inTheFieldsOrder() {
        btxh::Record r(btxh::FieldTable::dossier());
        using F = btxh::DossierField;
        r.setValue(int(F::HoVaTen), QString::fromUtf8("Đỗ Tiến Đạt"));
        r.setValue(int(F::CMND), QStringLiteral("034072866027"));
        r.setValue(int(F::SoDinhDanh), QStringLiteral("034072866027"));
        r.setValue(int(F::MaHoSo), QStringLiteral("000.00.15.G07-230701-0003"));
        r.setValue(int(F::HKTT_ChiTiet), QString::fromUtf8("Thôn 7, xã Phú Xuân"));
        r.setValue(int(F::NOHT_ChiTiet), QString::fromUtf8("thôn 7, Xã Phú Xuân")); // the same, folded
        QCOMPARE(btxh::StoreSchema::searchText(r),
                 QStringLiteral("do tien dat 034072866027 000.00.15.g07-230701-0003 thon 7, xa phu xuan"));
        r.setValue(int(F::SoDinhDanh), QStringLiteral("001203000123"));
        r.setValue(int(F::NOHT_ChiTiet), QString::fromUtf8("Số 12, phường Ba Đình"));
        QCOMPARE(btxh::StoreSchema::searchText(r),
                 QStringLiteral("do tien dat 034072866027 001203000123 000.00.15.g07-230701-0003 "
                                "thon 7, xa phu xuan so 12, phuong ba dinh"));
    }

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

    void fold_sameAsTheFormerWay() {
        // Every character of the ranges the per-letter table covers and around them, alone and after an
        // ASCII letter; then seeded texts mixing them with ASCII, combining marks and other scripts.
        QList<char16_t> pool;
        for (char16_t c = 0x20; c < 0x370; ++c)
            pool << c;
        for (char16_t c = 0x1DF0; c < 0x1F10; ++c)
            pool << c;
        pool << 0x0410 << 0x0451 << 0x03A3 << 0x4E2D << 0x20AB << 0xFF21 << 0x2126 << 0x212A;
        for (char16_t c : std::as_const(pool)) {
            const QString one(QChar{c});
            QCOMPARE(SearchText::fold(one), formerFold(one));
            const QString pair = QStringLiteral("A") + one + QStringLiteral("b");
            QCOMPARE(SearchText::fold(pair), formerFold(pair));
        }
        QRandomGenerator rng(15);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            for (int n = 1 + rng.bounded(12); n > 0; --n) {
                const int pick = rng.bounded(10);
                text += pick < 4   ? QChar(char16_t(u'A' + rng.bounded(58)))
                        : pick < 8 ? QChar(char16_t(0x1EA0 + rng.bounded(0x5A)))
                                   : QChar(pool.at(rng.bounded(int(pool.size()))));
            }
            QCOMPARE(SearchText::fold(text), formerFold(text));
        }
        for (int i = 0; i < 200; ++i) {
            const QString text = randomText(rng);
            QCOMPARE(SearchText::fold(text), formerFold(text));
        }
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

    void withIndexedPrefix_cutsTheLastPartToTheIndexsPrefixes_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("a long last word") << QStringLiteral("nguyen") << QStringLiteral("\"nguy\"*");
        QTest::newRow("only the last word")
            << QStringLiteral("nguyen hoang") << QStringLiteral("\"nguyen\" \"hoan\"*");
        QTest::newRow("a code's last part")
            << QStringLiteral("G07-221209") << QStringLiteral("\"g07 2212\"*");
        QTest::newRow("short: unchanged")
            << QStringLiteral("tran thi") << QStringLiteral("\"tran\" \"thi\"*");
        QTest::newRow("in characters, not bytes")
            << QString::fromUtf8("Phạm Thế Nhiễu") << QStringLiteral("\"pham\" \"the\" \"nhie\"*");
        QTest::newRow("nothing searchable") << QStringLiteral(" -- ") << QString();
    }

    void withIndexedPrefix_cutsTheLastPartToTheIndexsPrefixes() {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(SearchText::matchExpression(SearchText::withIndexedPrefix(SearchText::phrases(typed))),
                 expression);
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

    void matcher_agreesWithTheSearchIndex() {
        // The same tokenizer settings as the store's dossier_search table.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("matcher"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 "
                                           "remove_diacritics 0', prefix = '1 2 3 4')")),
                     qPrintable(q.lastError().text()));
            QRandomGenerator rng(20261127);
            QStringList texts;
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (rowid, text) VALUES (?, ?)")));
            for (int i = 0; i < 400; ++i) {
                texts << randomText(rng);
                q.bindValue(0, i);
                q.bindValue(1, texts.constLast());
                QVERIFY(q.exec());
            }
            QStringList typings = {QStringLiteral("0"),          QStringLiteral("000.00.1"),
                                   QStringLiteral("g07-24"),     QStringLiteral("3/5"),
                                   QStringLiteral("so 12,"),     QStringLiteral("--"),
                                   QString::fromUtf8("ĐẶNG ĐỨC")};
            for (int i = 0; i < 600; ++i)
                typings << randomTyping(rng, texts.at(rng.bounded(texts.size())));
            int nonEmpty = 0;
            for (const QString &typed : std::as_const(typings)) {
                const QString match = SearchText::matchExpression(typed);
                if (match.isEmpty())
                    continue;
                QSet<int> byIndex;
                QVERIFY(q.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ?")));
                q.bindValue(0, match);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                while (q.next())
                    byIndex.insert(q.value(0).toInt());
                const SearchMatcher matcher(SearchText::phrases(typed));
                QSet<int> byMatcher;
                for (int row = 0; row < texts.size(); ++row)
                    if (matcher.matches(texts.at(row)))
                        byMatcher.insert(row);
                QVERIFY2(byIndex == byMatcher, qPrintable(typed + u" → " + match));
                // Read through the last word's indexed prefix and checked by the matcher: the same rows.
                QVERIFY(q.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ?")));
                q.bindValue(0, SearchText::matchExpression(
                                   SearchText::withIndexedPrefix(SearchText::phrases(typed))));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                QSet<int> checked;
                while (q.next())
                    if (matcher.matches(texts.at(q.value(0).toInt())))
                        checked.insert(q.value(0).toInt());
                QVERIFY2(checked == byIndex, qPrintable(typed + u" → " + match));
                nonEmpty += byIndex.isEmpty() ? 0 : 1;
            }
            // The typings were cut from the texts: nearly all of them find something.
            QVERIFY2(nonEmpty > typings.size() * 8 / 10, qPrintable(QString::number(nonEmpty)));
        }
        db.close();
    }

    void dossierCodePrefix_isTheTrimmedTypingOfACodesStart() {
        QCOMPARE(SearchText::dossierCodePrefix(u"  000.00.15.g07-2212 "),
                 QStringLiteral("000.00.15.g07-2212"));
        QCOMPARE(SearchText::dossierCodePrefix(u"000.00.15"), QString());
        QCOMPARE(SearchText::dossierCodePrefix(u"nguyen 000.00.15.G07"), QString());
    }

    void dossierCodePrefix_everyCodeItBeginsHoldsItsPhrase() {
        // The store narrows a code search with the search index before checking codes: that is only right
        // if every code beginning with what was typed also matches it there.
        QRandomGenerator rng(20261128);
        int prefixes = 0;
        for (int i = 0; i < 300; ++i) {
            const QString code = randomCode(rng);
            const QString indexed =
                SearchText::fold(QString(QStringLiteral("ho so ") + code + QStringLiteral(" xa kim")));
            for (int n = 1; n <= code.size(); ++n) {
                QString typed = code.left(n);
                if (rng.bounded(2))
                    typed = typed.toLower();
                if (SearchText::dossierCodePrefix(typed).isEmpty())
                    continue;
                ++prefixes;
                QVERIFY2(SearchMatcher(SearchText::phrases(typed)).matches(indexed), qPrintable(typed));
            }
        }
        QVERIFY(prefixes > 300 * 10);
    }

    void tailPrefixes_holdTheTail_andCoverTheCodeItCameFrom() {
        // The store counts a code's later parts typed alone ("G07-2") from the code index, as the codes that
        // begin with one of these prefixes: every such code must match the search, and the code the typing
        // came from must begin with one.
        QRandomGenerator rng(20261204);
        int tails = 0;
        for (int i = 0; i < 300; ++i) {
            const QString code = randomCode(rng);
            const QString head = code.left(code.indexOf(u'-') + 1);
            for (qsizetype k = 0; k < code.size(); ++k) {
                if (!code.at(k).isLetterOrNumber() || (k > 0 && code.at(k - 1).isLetterOrNumber()))
                    continue;
                QString tail = code.mid(k, 2 + rng.bounded(int(code.size() - k)));
                if (!tail.contains(u'.') && !tail.contains(u'-'))
                    continue;
                if (rng.bounded(2))
                    tail = tail.toLower();
                ++tails;
                const QStringList prefixes = btxh::SearchCounter::tailPrefixes(head, tail);
                QVERIFY2(std::any_of(prefixes.begin(), prefixes.end(),
                                     [&](const QString &p) { return code.startsWith(p); }),
                         qPrintable(code + u' ' + tail));
                const SearchMatcher matcher(SearchText::phrases(tail));
                for (const QString &p : prefixes) {
                    const QString other = p + pick(rng, rng.bounded(8), alnum() + QStringLiteral(".-"));
                    QVERIFY2(matcher.matches(SearchText::fold(QString(QStringLiteral("ho so ") + other))),
                             qPrintable(other + u' ' + tail));
                }
            }
        }
        QVERIFY(tails > 300 * 3);
        // A part's start only: "5.G07" is not in 000.00.15.G07, whose part is 15; it may follow the head.
        QStringList after =
            btxh::SearchCounter::tailPrefixes(QStringLiteral("000.00.15.G07-"), QStringLiteral("5.G07"));
        after.sort();
        QCOMPARE(after,
                 (QStringList{QStringLiteral("000.00.15.G07-5.G07"), QStringLiteral("000.00.15.G07-5.g07")}));
        // In the head, spelt as the head is; after it, in each spelling.
        QVERIFY(btxh::SearchCounter::tailPrefixes(QStringLiteral("000.00.15.G07-"), QStringLiteral("g07-2"))
                    .contains(QStringLiteral("000.00.15.G07-2")));
        QVERIFY(btxh::SearchCounter::tailPrefixes(QStringLiteral("000.00.15.G07-"), QStringLiteral("00.1"))
                    .contains(QStringLiteral("000.00.1")));
    }

    void codeHeadPhrase_fitsAsTheSearchMatchesCodesThatHoldTheAnchorOnce() {
        // The store counts a code's later parts from the code index when one whole word of the search is held
        // by nothing but once in each code's head: CodeHeadPhrase says which codes then match. Checked
        // against SearchMatcher on a dossier's text around codes of the head, none of whose other words is
        // the anchor.
        using btxh::CodeHeadPhrase;
        const QStringList headPool = {QStringLiteral("000"), QStringLiteral("00"),  QStringLiteral("15"),
                                      QStringLiteral("G07"), QStringLiteral("H10"), QStringLiteral("A1")};
        const QStringList tailPool = {QStringLiteral("23"), QStringLiteral("2301"), QStringLiteral("230127"),
                                      QStringLiteral("24"), QStringLiteral("2401"), QStringLiteral("0001")};
        QRandomGenerator rng(20261205);
        auto from = [&](const QStringList &pool) { return pool.at(rng.bounded(int(pool.size()))); };
        auto codeOf = [&](const QString &head) {
            QString code = head + from(tailPool);
            if (rng.bounded(2))
                code += u'-' + from(tailPool);
            return code;
        };
        auto textOf = [](const QString &code) {
            return SearchText::fold(QString(QStringLiteral("ho so ") + code + QStringLiteral(" xa kim")));
        };
        auto randomHead = [&]() -> QString {
            QStringList headParts;
            for (int k = 2 + rng.bounded(3); k > 0; --k)
                headParts << from(headPool);
            return headParts.join(u'.') + u'-';
        };
        QMap<CodeHeadPhrase::Fit, int> seen;
        for (int i = 0; i < 3000; ++i) {
            const QString head = randomHead();
            const std::optional<QStringList> headWords = CodeHeadPhrase::words(head);
            QVERIFY(headWords);
            // Typed from a dossier with a code of this head or another: a run of its words, the last maybe
            // cut short.
            const QString sourceText = textOf(codeOf(rng.bounded(2) ? head : randomHead()));
            const QList<QStringView> source = SearchMatcher::tokens(sourceText);
            const int start = rng.bounded(int(source.size()) - 1);
            const int length = 2 + rng.bounded(int(source.size()) - start - 1);
            QStringList typedParts;
            for (int k = start; k < start + length; ++k)
                typedParts << source.at(k).toString();
            if (rng.bounded(2))
                typedParts.last().truncate(1 + rng.bounded(int(typedParts.last().size())));
            const QString typed = typedParts.join(rng.bounded(2) ? u'-' : u'.');
            const QList<QStringList> phrases = SearchText::phrases(rng.bounded(2) ? typed.toUpper() : typed);
            QCOMPARE(phrases.size(), 1);
            const QStringList &parts = phrases.constFirst();
            const SearchMatcher matcher(phrases);
            for (qsizetype anchor = 0; anchor + 1 < parts.size(); ++anchor) {
                if (headWords->count(parts.at(anchor)) != 1)
                    continue;
                const CodeHeadPhrase::Fit fit = CodeHeadPhrase::fit(*headWords, parts, anchor);
                ++seen[fit];
                if (fit == CodeHeadPhrase::Fit::Unknown)
                    continue;
                for (int k = 0; k < 20; ++k) {
                    const QString code = codeOf(head);
                    const bool matches = matcher.matches(textOf(code));
                    const QString firstTailWord = SearchText::fold(code.mid(head.size()).section(u'-', 0, 0));
                    const bool expected =
                        fit == CodeHeadPhrase::Fit::Always || (fit == CodeHeadPhrase::Fit::FirstTailWord &&
                                                               firstTailWord.startsWith(parts.constLast()));
                    QVERIFY2(matches == expected, qPrintable(QStringLiteral("%1 in %2, anchor %3: fit %4")
                                                                 .arg(typed, code)
                                                                 .arg(anchor)
                                                                 .arg(int(fit))));
                }
            }
        }
        // Every answer was given, each many times.
        for (CodeHeadPhrase::Fit fit : {CodeHeadPhrase::Fit::Never, CodeHeadPhrase::Fit::Always,
                                        CodeHeadPhrase::Fit::FirstTailWord, CodeHeadPhrase::Fit::Unknown})
            QVERIFY2(seen.value(fit) > 100,
                     qPrintable(QStringLiteral("%1: %2").arg(int(fit)).arg(seen.value(fit))));
        // Not the words of a code: a head with a letter beyond ASCII.
        QVERIFY(!CodeHeadPhrase::words(QString::fromUtf8("000.00.15.Đ07-")));
    }

    void tokens_splitLikeTheIndex() {
        const QList<QStringView> t = SearchMatcher::tokens(u"000.00.01.g07-2406 so 94, xa kim");
        QStringList words;
        for (QStringView v : t)
            words << v.toString();
        QCOMPARE(words, (QStringList{QStringLiteral("000"), QStringLiteral("00"), QStringLiteral("01"),
                                     QStringLiteral("g07"), QStringLiteral("2406"), QStringLiteral("so"),
                                     QStringLiteral("94"), QStringLiteral("xa"), QStringLiteral("kim")}));
    }
};

QTEST_GUILESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
