// SPDX-License-Identifier: GPL-3.0-or-later
// Every message of the interface is translated: the catalogues in translations/ have no unfinished or empty
// entry, and none is missing — lupdate, run on the sources into a copy of each catalogue, finds nothing new.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Untranslated {
    QString context;
    QString source;
    QString why;
};

// The messages of a .ts file that are unfinished, or whose translation (or one of its plural forms) is empty.
QList<Untranslated> untranslated(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<Untranslated> found;
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (name == u"source") {
            source = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == u"unfinished") {
                found << Untranslated{context, source, QStringLiteral("unfinished")};
            } else if (type == u"vanished" || type == u"obsolete") {
                continue; // not compiled; lupdate -no-obsolete drops them
            } else if (!numerus && xml.readElementText().isEmpty()) {
                found << Untranslated{context, source, QStringLiteral("empty")};
            }
        } else if (name == u"numerusform" && xml.readElementText().isEmpty()) {
            found << Untranslated{context, source, QStringLiteral("empty plural form")};
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return found;
}

QString describe(const QList<Untranslated> &list) {
    QStringList lines;
    for (qsizetype i = 0; i < list.size() && i < 20; ++i)
        lines << QStringLiteral("  %1 \"%2\": %3")
                     .arg(list.at(i).context, list.at(i).source.left(80), list.at(i).why);
    if (list.size() > 20)
        lines << QStringLiteral("  … and %1 more").arg(list.size() - 20);
    return lines.join(u'\n');
}

const QString root = QStringLiteral(BTXH_SOURCE_DIR);

} // namespace

class TranslationFilesTest : public QObject {
    Q_OBJECT
    static void catalogues() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("lupdateOptions"); // empty: kept by hand, not by lupdate
        QTest::newRow("vi") << QStringLiteral("btxh_vi.ts") << QStringList{};
        QTest::newRow("en (plural forms only)")
            << QStringLiteral("btxh_en.ts") << QStringList{QStringLiteral("-pluralonly")};
        QTest::newRow("qt_vi (Qt's dialogs)") << QStringLiteral("qt_vi.ts") << QStringList{};
    }

private Q_SLOTS:
    void catalogue_hasNoUnfinishedOrEmptyEntry() {
        QFETCH(QString, file);
        QString error;
        const QList<Untranslated> list = untranslated(root + QStringLiteral("/translations/") + file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(list.isEmpty(), qPrintable(QStringLiteral("%1 has %2 untranslated message(s):\n%3")
                                                .arg(file)
                                                .arg(list.size())
                                                .arg(describe(list))));
    }
    void catalogue_hasNoUnfinishedOrEmptyEntry_data() { catalogues(); }

    // A string added to the sources but not to the catalogue (update_translations not run) is found here.
    void catalogue_missesNoStringOfTheSources() {
        QFETCH(QString, file);
        QFETCH(QStringList, lupdateOptions);
        if (file == u"qt_vi.ts")
            QSKIP("qt_vi.ts holds Qt's strings, not ours");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(root + QStringLiteral("/translations/") + file, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.setWorkingDirectory(root);
        lupdate.start(
            QStringLiteral(BTXH_LUPDATE),
            QStringList{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete")}
                << lupdateOptions
                << QStringList{root + QStringLiteral("/src"), root + QStringLiteral("/ui"),
                               QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QString error;
        const QList<Untranslated> list = untranslated(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(
            list.isEmpty(),
            qPrintable(QStringLiteral("the sources have %1 message(s) %2 lacks (run `cmake --build build "
                                      "--target update_translations` and translate them):\n%3")
                           .arg(list.size())
                           .arg(file, describe(list))));
    }
    void catalogue_missesNoStringOfTheSources_data() { catalogues(); }

    // The check itself: a catalogue with an unfinished and an empty entry is caught.
    void check_findsUnfinishedAndEmptyEntries() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile ts(dir.filePath(QStringLiteral("x.ts")));
        QVERIFY(ts.open(QIODevice::WriteOnly));
        ts.write(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><TS version=\"2.1\" language=\"vi_VN\"><context>"
            "<name>A</name>"
            "<message><source>One</source><translation>Một</translation></message>"
            "<message><source>Two</source><translation type=\"unfinished\">Hai</translation></message>"
            "<message><source>Three</source><translation></translation></message>"
            "<message numerus=\"yes\"><source>%n step(s)</source><translation><numerusform></numerusform>"
            "</translation></message></context></TS>");
        ts.close();
        QString error;
        const QList<Untranslated> list = untranslated(ts.fileName(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).source, QStringLiteral("Two"));
        QCOMPARE(list.at(1).source, QStringLiteral("Three"));
        QCOMPARE(list.at(2).why, QStringLiteral("empty plural form"));
    }
};

QTEST_GUILESS_MAIN(TranslationFilesTest)
#include "tst_translationfiles.moc"
