// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileImport.h"

#include "AppLog.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace btxh::app {

std::optional<PayloadImport> FileImport::read(const QString &path, const ValidationContext &context,
                                              QString *error) {
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("There is no file %1.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (info.size() > PayloadReader::MaxDocumentBytes) {
        *error = tr("The file is larger than %1 MB.").arg(PayloadReader::MaxDocumentBytes / (1024 * 1024));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file cannot be read: %1").arg(file.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = file.read(PayloadReader::MaxDocumentBytes + 1);
    const std::optional<Payload> payload = PayloadReader::read(bytes, error);
    if (!payload)
        return std::nullopt;
    if (payload->hasResult && payload->errorCode != 0) {
        *error =
            tr("The file holds the gateway's error %1: %2").arg(payload->errorCode).arg(payload->message);
        return std::nullopt;
    }
    ValidationContext judged = context;
    judged.direction = payload->isReceived() ? Direction::Incoming : Direction::Outgoing;
    return PayloadImport::build(*payload, Validator(judged));
}

QString FileImport::describe(const PayloadImport &plan) {
    const int dossiers = int(plan.changes.received.size() + plan.changes.local.size());
    const int steps = int(plan.changes.receivedSteps.size() + plan.changes.localSteps.size());
    QString text = steps == 0      ? tr("%n dossier(s) to store.", nullptr, dossiers)
                   : dossiers == 0 ? tr("%n processing step(s) to store.", nullptr, steps)
                                   : tr("%1 and %2 to store.")
                                         .arg(tr("%n dossier(s)", nullptr, dossiers),
                                              tr("%n processing step(s)", nullptr, steps));
    if (const int drafts = plan.drafts(); drafts > 0)
        text += u' ' + tr("%n item(s) with errors will be kept as drafts.", nullptr, drafts);
    if (plan.rejected > 0)
        text += u' ' + tr("%n item(s) cannot be stored and will be skipped.", nullptr, plan.rejected);
    return text;
}

bool FileImport::apply(Store &store, const PayloadImport &plan, QString *message) {
    const StoreResult<ChangeResult> result = store.apply(plan.changes);
    if (!result) {
        *message = tr("Nothing was imported: %1").arg(result.error().message);
        return false;
    }
    int created = 0, updated = 0, unchanged = 0, conflicts = 0;
    auto tally = [&](const QList<ChangeOutcome> &outcomes) {
        for (ChangeOutcome o : outcomes) {
            created += o == ChangeOutcome::Created ? 1 : 0;
            updated += o == ChangeOutcome::Updated ? 1 : 0;
            unchanged += o == ChangeOutcome::Unchanged ? 1 : 0;
            conflicts += o == ChangeOutcome::Conflict ? 1 : 0;
        }
    };
    tally(result->received);
    tally(result->local);
    tally(result->receivedSteps);
    tally(result->localSteps);
    qCInfo(lcApp) << "file imported: new" << created << "updated" << updated << "unchanged" << unchanged
                  << "conflicts" << conflicts << "drafts" << plan.drafts() << "rejected" << plan.rejected;
    *message = tr("Imported: %1 new, %2 updated, %3 unchanged, %4 in conflict, %5 drafts, %6 skipped.")
                   .arg(created)
                   .arg(updated)
                   .arg(unchanged)
                   .arg(conflicts)
                   .arg(plan.drafts())
                   .arg(plan.rejected);
    return true;
}

FileImport::Outcome FileImport::offer(QWidget *parent, Store &store, const ValidationContext &context,
                                      const QString &path) {
    const QString name = QFileInfo(path).fileName();
    QString error;
    const std::optional<PayloadImport> plan = read(path, context, &error);
    if (!plan || plan->changes.isEmpty()) {
        const QString why = plan ? describe(*plan) : error;
        QMessageBox box(QMessageBox::Warning, tr("Cannot import %1").arg(name),
                        tr("%1 cannot be imported.\n\n%2").arg(name, why), QMessageBox::Ok, parent);
        box.exec();
        return {false, tr("%1 was not imported.").arg(name)};
    }
    QMessageBox box(
        QMessageBox::Question, tr("Import %1").arg(name),
        tr("Import the dossiers of %1 into this computer's database?\n\n%2").arg(name, describe(*plan)),
        QMessageBox::Yes | QMessageBox::No, parent);
    box.button(QMessageBox::Yes)->setText(tr("Import"));
    box.button(QMessageBox::No)->setText(tr("Do not import"));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() != QMessageBox::Yes)
        return {false, tr("%1 was not imported.").arg(name)};
    Outcome outcome;
    outcome.stored = apply(store, *plan, &outcome.message);
    return outcome;
}

} // namespace btxh::app
