// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About: the version and the build, and where the bundled data comes from with its licence.
#include "AppTestSupport.h"

#include "AboutDialog.h"
#include "Translations.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTextBrowser>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

class TestAboutDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::English);
    }

    void about_showsTheVersionAndTheBuild() {
        TestOffice office;
        AboutDialog dialog(office.store.get());
        dialog.show();
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("versionLabel"))
                    ->text()
                    .contains(QStringLiteral(BTXH_VERSION)));
        const QString details = child<QTextBrowser>(&dialog, QStringLiteral("detailsBrowser"))->toPlainText();
        QVERIFY2(details.contains(QString::fromLatin1(qVersion())), qPrintable(details));
        QVERIFY(QRegularExpression(QStringLiteral("^3\\.\\d+\\.\\d+"))
                    .match(AboutDialog::sqliteVersion())
                    .hasMatch());
        QVERIFY(details.contains(AboutDialog::sqliteVersion()));
        QVERIFY(details.contains(AboutDialog::gitCommit()));
        QVERIFY(!AboutDialog::gitCommit().isEmpty());
        QVERIFY(details.contains(office.store->path()));
    }

    void about_showsTheBundledDataAttribution() {
        AboutDialog dialog;
        dialog.show();
        const QString details = child<QTextBrowser>(&dialog, QStringLiteral("detailsBrowser"))->toPlainText();
        QVERIFY(details.contains(QStringLiteral("General Statistics Office")));
        QVERIFY(details.contains(QStringLiteral("Thang Le Quoc")));
        QVERIFY(details.contains(QStringLiteral("MIT")));
        // The full licence texts, from docs/licenses.md compiled in.
        const QString licences =
            child<QTextBrowser>(&dialog, QStringLiteral("licencesBrowser"))->toPlainText();
        QVERIFY(licences.contains(QStringLiteral("Copyright (c) 2021 Thang Le Quoc")));
        QVERIFY(licences.contains(QStringLiteral("QtKeychain")));
        QVERIFY(licences.contains(QStringLiteral("GNU Lesser General Public License")));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
