// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuarantineReport.h"

#include "Store.h"

#include <QLocale>

namespace btxh::cli {

namespace {

QString shown(const QDateTime &t) {
    return QLocale::c().toString(t.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

} // namespace

int QuarantineReport::print(Store &store, CliContext &context) {
    const StoreResult<QList<QuarantinedItem>> items = store.quarantine().waiting();
    if (!items) {
        context.err << "btxh sync: " << items.error().message << Qt::endl;
        return ExitStoreError;
    }
    const StoreResult<qint64> queued = store.outbox().queuedCount();
    if (queued)
        context.out << tr("Queued to send: %1").arg(*queued) << '\n';
    if (items->isEmpty()) {
        context.out << tr("No unreadable pulled items are waiting.") << '\n';
        context.out.flush();
        return ExitOk;
    }
    context.out << tr("%n pulled item(s) could not be read; their windows are pulled again until they are "
                      "dismissed (btxh sync --dismiss ID):",
                      nullptr, int(items->size()))
                << '\n';
    for (const QuarantinedItem &i : *items) {
        context.out << "#" << i.id << "  " << i.service << "  " << i.area << "  " << shown(i.windowFrom)
                    << ".." << shown(i.windowTo) << "  " << i.problem << '\n';
        context.out << "    " << QString::fromUtf8(i.item) << '\n';
    }
    context.out.flush();
    return ExitProblems;
}

int QuarantineReport::dismiss(Store &store, const QString &id, CliContext &context) {
    bool ok = false;
    const qint64 n = id.trimmed().toLongLong(&ok);
    if (!ok || n <= 0) {
        context.err << tr("btxh sync: --dismiss needs the number of a waiting item (see btxh sync --report).")
                    << Qt::endl;
        return ExitBadInput;
    }
    if (const StoreResult<void> dismissed = store.quarantine().dismiss(n); !dismissed) {
        context.err << "btxh sync: " << dismissed.error().message << Qt::endl;
        return dismissed.error().kind == StoreError::Kind::NotFound ? ExitBadInput : ExitStoreError;
    }
    context.out << tr("Item %1 dismissed.").arg(n) << '\n';
    context.out.flush();
    return ExitOk;
}

} // namespace btxh::cli
