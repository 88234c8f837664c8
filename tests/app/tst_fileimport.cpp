// SPDX-License-Identifier: GPL-3.0-or-later
// An exported dossier file (.btxhx) opened with the app: it is judged as `btxh import` judges it, offered to
// the officer, stored only on their "yes", and a file that cannot be read is refused with a clear message and
// nothing already saved is lost.
#include "AppTestSupport.h"

#include "AppOptions.h"
#include "FileImport.h"
#include "JsonCodec.h"
#include "Translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace btxh;
using namespace btxh::app;
using namespace btxh::app::test;

namespace {

const QDateTime Received(QDate(2026, 11, 2), QTime(8, 30));

// What `btxh export --format json` writes: an array of dossiers in request form.
QString exportFile(const QTemporaryDir &dir, const QList<Dossier> &dossiers) {
    QJsonArray items;
    for (const Dossier &d : dossiers)
        items.append(JsonCodec::writeDossier(d));
    const QString path = dir.filePath(QStringLiteral("hồ sơ chuyển.btxhx"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(items).toJson()) < 0)
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestFileImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install(Language::English);
    }

    void fileImport_fileOnTheCommandLineIsTakenForImport() {
        AppOptions options;
        QString message;
        bool help = false;
        QVERIFY(options.parse({QStringLiteral("btxh-desktop"), QStringLiteral("C:/Hồ sơ/chuyển.btxhx")},
                              &message, &help));
        QCOMPARE(options.importFile, QStringLiteral("C:/Hồ sơ/chuyển.btxhx"));
        AppOptions two;
        QVERIFY(
            !two.parse({QStringLiteral("btxh-desktop"), QStringLiteral("a.btxhx"), QStringLiteral("b.btxhx")},
                       &message, &help));
        QVERIFY(!message.isEmpty());
    }

    void fileImport_storesTheDossiersOnYes() {
        TestOffice office;
        const Dossier good = validDossier(QStringLiteral("000.00.01.G07-261102-0001"),
                                          QStringLiteral("Nguyễn Thị Hoà"), Received);
        Dossier draft =
            validDossier(QStringLiteral("000.00.01.G07-261102-0002"), QStringLiteral("Lê Văn Đức"), Received);
        draft.setValue(DossierField::NgayThangNamSinh, QStringLiteral("31/02/1985")); // no such date
        const QString path = exportFile(office.dir, {good, draft});

        QString error;
        const std::optional<PayloadImport> plan =
            FileImport::read(path, office.services.validationContext(), &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->changes.local.size(), 2);
        QCOMPARE(plan->drafts(), 1);

        QString question;
        answerMessageBox(QMessageBox::Yes, &question);
        const FileImport::Outcome outcome =
            FileImport::offer(nullptr, *office.store, office.services.validationContext(), path);
        QVERIFY2(outcome.stored, qPrintable(outcome.message));
        QVERIFY2(question.contains(QStringLiteral("2 dossier")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 item")) && question.contains(QStringLiteral("draft")),
                 qPrintable(question));
        QVERIFY2(outcome.message.contains(QStringLiteral("2 new")), qPrintable(outcome.message));
        QVERIFY(office.store->dossier(good.code()).has_value());
        QVERIFY(office.store->dossier(draft.code()).has_value()); // kept, as a draft
    }

    void fileImport_nothingIsStoredOnNo() {
        TestOffice office;
        const QString path =
            exportFile(office.dir, {validDossier(QStringLiteral("000.00.01.G07-261102-0003"),
                                                 QStringLiteral("Trần Văn Bình"), Received)});
        answerMessageBox(QMessageBox::No);
        const FileImport::Outcome outcome =
            FileImport::offer(nullptr, *office.store, office.services.validationContext(), path);
        QVERIFY(!outcome.stored);
        QVERIFY(!office.store->dossier(QStringLiteral("000.00.01.G07-261102-0003")).has_value());
    }

    void fileImport_unreadableFileIsRefusedAndNothingSavedIsLost() {
        TestOffice office;
        const Dossier kept = validDossier(QStringLiteral("000.00.01.G07-261102-0004"),
                                          QStringLiteral("Phạm Thị Lan"), Received);
        const QString good = exportFile(office.dir, {kept});
        answerMessageBox(QMessageBox::Yes);
        QVERIFY(FileImport::offer(nullptr, *office.store, office.services.validationContext(), good).stored);

        const QString broken = office.dir.filePath(QStringLiteral("broken.btxhx"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"MaHoSo\": ");
        f.close();
        QString shown;
        answerMessageBox(QMessageBox::Ok, &shown);
        const FileImport::Outcome outcome =
            FileImport::offer(nullptr, *office.store, office.services.validationContext(), broken);
        QVERIFY(!outcome.stored);
        QVERIFY2(shown.contains(QStringLiteral("broken.btxhx")), qPrintable(shown));
        QVERIFY(office.store->dossier(kept.code()).has_value());

        QString error;
        QVERIFY(!FileImport::read(office.dir.filePath(QStringLiteral("missing.btxhx")),
                                  office.services.validationContext(), &error));
        QVERIFY(error.contains(QStringLiteral("missing.btxhx")));
    }
};

QTEST_MAIN(TestFileImport)
#include "tst_fileimport.moc"
