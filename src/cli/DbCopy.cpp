// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbCopy.h"

#include "StoreCommandSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

namespace btxh::cli {

namespace {

const QString CopyCommandName = QStringLiteral("db copy");

QString shown(const DatabaseLocation &location) {
    return location.isServer() ? location.display() : QDir::toNativeSeparators(location.filePath());
}

// A refusal of what was asked (no such file to copy, a file in the way) is bad input; the rest is the
// databases'.
int exitCodeOf(const StoreError &error) {
    switch (error.kind) {
    case StoreError::Kind::NotFound:
    case StoreError::Kind::Invalid:
        return ExitBadInput;
    default:
        return ExitStoreError;
    }
}

} // namespace

int DbCopy::run(const DatabaseLocation &from, const DatabaseLocation &to, CliContext &context) const {
    if (from.isServer() == to.isServer()) {
        context.err << tr("btxh db copy: copies between a database file and an office's PostgreSQL database "
                          "(postgresql://user@server/database), one of each; to copy a file, use btxh "
                          "backup.")
                    << Qt::endl;
        return ExitBadInput;
    }
    const DatabaseLocation &server = from.isServer() ? from : to;
    DatabaseMove::Options options;
    options.copy = m_options;
    QString keychainMessage;
    if (!m_password(server, &options.password, &keychainMessage)) {
        context.err << "btxh " << CopyCommandName << ": " << keychainMessage << Qt::endl;
        return ExitConfigError;
    }
    const QLocale locale;
    if (!options.copy.progress)
        options.copy.progress = [&context, &locale](const QString &table, qint64 done, qint64 total) {
            context.err << tr("%1: %2 of %3 rows").arg(table, locale.toString(done), locale.toString(total))
                        << Qt::endl;
        };
    QElapsedTimer timer;
    timer.start();
    const StoreResult<DatabaseMove::Result> r =
        from.isServer() ? DatabaseMove::serverToFile(from, to.filePath(), options)
                        : DatabaseMove::fileToServer(from.filePath(), to, options);
    options.password.fill(u'\0');
    if (!r) {
        context.err << StoreCommandSupport::storeErrorLine(CopyCommandName, r.error()) << Qt::endl;
        const bool connecting = r.error().kind == StoreError::Kind::Unreachable ||
                                r.error().kind == StoreError::Kind::AccessDenied;
        if (connecting && !keychainMessage.isEmpty())
            context.err << tr("(The keychain could not be asked for a password: %1)").arg(keychainMessage)
                        << Qt::endl;
        return exitCodeOf(r.error());
    }
    if (r->createdSchema)
        context.err
            << tr("Created the office's tables in %1 (schema %2).").arg(to.display()).arg(r->schemaVersion)
            << Qt::endl;
    return report(*r, from, timer.elapsed(), context);
}

int DbCopy::report(const DatabaseMove::Result &result, const DatabaseLocation &from, qint64 elapsedMs,
                   CliContext &context) const {
    const QLocale locale;
    for (const DatabaseCopy::TableCheck &c : result.copy.checks) {
        context.out << tr("%1: %2 rows, SHA-256 %3")
                           .arg(c.table, locale.toString(c.source.rows),
                                QString::fromLatin1(c.source.sha256));
        if (!c.matches())
            context.out << ' '
                        << tr("DIFFERS in the copy: %1 rows, SHA-256 %2")
                               .arg(locale.toString(c.destination.rows),
                                    QString::fromLatin1(c.destination.sha256));
        context.out << '\n';
    }
    context.out.flush();
    if (!result.copy.committed) {
        context.err << tr("btxh db copy: the copy differs from %1 in the tables marked; it was rolled back, "
                          "nothing was written.")
                           .arg(shown(from))
                    << Qt::endl;
        return ExitStoreError;
    }
    const double seconds = std::max<qint64>(elapsedMs, 1) / 1000.0;
    context.out << tr("Copied %1 rows in %2 s (%3 rows/s); every table's count and hash are the same on both "
                      "sides.")
                       .arg(locale.toString(result.rows()), locale.toString(seconds, 'f', 1),
                            locale.toString(qint64(result.rows() / seconds)))
                << Qt::endl;
    return ExitOk;
}

} // namespace btxh::cli
