#include "ImportCommand.h"

#include "InputFile.h"
#include "PayloadImport.h"
#include "ProblemPrinter.h"
#include "StoreCommandSupport.h"
#include "Validator.h"

#include <QFile>

namespace btxh::cli {

namespace {

struct Counts {
    int created = 0, updated = 0, unchanged = 0, conflicts = 0, drafts = 0, rejected = 0;
};

} // namespace

QString ImportCommand::summary() const {
    return tr("store dossiers and processing steps from JSON files in the local database");
}

void ImportCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(tr(
        "Stores each FILE in the local database. A pull response (or its items) is kept as the server's "
        "copy; a dossier or step in request form is a local record, queued for push when valid and kept as "
        "a draft, with its problems printed, when not. A dossier already stored (same MaHoSo) is updated, "
        "never duplicated. Exit status: 0 all imported, 1 drafts or rejected items, 2 a file cannot be "
        "read, 3 the database cannot be written."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("JSON files to import."),
                                 QStringLiteral("FILE..."));
    StoreCommandSupport::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("strict"), tr("Import nothing if any item has an error.")});
    parser.addOption({QStringLiteral("user"),
                      tr("Name recorded in the audit trail for local records (default: $USER)."),
                      QStringLiteral("NAME")});
    m_validation.addTo(parser);
}

int ImportCommand::run(const QCommandLineParser &parser, CliContext &context) const {
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        context.err << tr("btxh import: give at least one FILE") << Qt::endl;
        return ExitBadInput;
    }
    const bool strict = parser.isSet(QStringLiteral("strict"));

    // First read and judge everything: --strict needs the whole verdict before the first write.
    ChangeSet all;
    Counts counts;
    int unreadable = 0;
    for (const QString &path : files) {
        const QString prefix = files.size() > 1 ? path + QStringLiteral(": ") : QString();
        QString error;
        const std::optional<Payload> payload = readPayloadFile(path, &error);
        if (!payload) {
            context.err << path << ": " << error << Qt::endl;
            ++unreadable;
            continue;
        }
        if (payload->hasResult && payload->errorCode != 0) {
            context.err
                << path << ": "
                << tr("the gateway answered error_code %1: %2").arg(payload->errorCode).arg(payload->message)
                << Qt::endl;
            ++unreadable;
            continue;
        }
        ValidationContext vc;
        if (!m_validation.contextFor(parser, *payload, &vc, &error)) {
            context.err << "btxh import: " << error << Qt::endl;
            return ExitBadInput;
        }
        const Validator validator(vc);
        const bool received = payload->isReceived();

        QByteArray document; // for the server's verbatim copies
        if (received) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                document = f.readAll();
        }
        const PayloadImport plan = PayloadImport::build(*payload, validator, document);
        for (const PayloadImport::Entry &e : plan.entries) {
            switch (e.note) {
            case PayloadImport::Note::ItemProblems:
                for (const Problem &p : e.problems)
                    context.out << prefix << formatProblem(p) << '\n';
                break;
            case PayloadImport::Note::DossierWithoutCode:
                context.out << prefix << "- MaHoSo " << severityName(Severity::Error) << ": "
                            << tr("a dossier without MaHoSo cannot be stored; skipped") << '\n';
                break;
            case PayloadImport::Note::StepWithoutCode:
                context.out << prefix << "- MaHoSo " << severityName(Severity::Error) << ": "
                            << tr("a processing step without MaHoSo cannot be stored; skipped") << '\n';
                break;
            case PayloadImport::Note::Queries:
                context.out << prefix << "- - " << severityName(Severity::Error) << ": "
                            << tr("%n pull request bod(ies) skipped: there is nothing to store in a query",
                                  nullptr, int(e.count))
                            << '\n';
                break;
            }
        }
        counts.rejected += plan.rejected;
        all.received << plan.changes.received;
        all.local << plan.changes.local;
        all.receivedSteps << plan.changes.receivedSteps;
        all.localSteps << plan.changes.localSteps;
    }
    context.out.flush();

    int drafts = 0;
    for (const auto &l : std::as_const(all.local))
        drafts += hasErrors(l.problems) ? 1 : 0;
    for (const auto &l : std::as_const(all.localSteps))
        drafts += hasErrors(l.problems) ? 1 : 0;
    if (strict && (counts.rejected > 0 || drafts > 0 || unreadable > 0)) {
        context.err << tr("btxh import: --strict: nothing imported (%n item(s) with errors", nullptr,
                          counts.rejected + drafts)
                    << (unreadable > 0 ? tr(", %n unreadable file(s)", nullptr, unreadable) : QString())
                    << ")" << Qt::endl;
        return unreadable > 0 ? ExitBadInput : ExitProblems;
    }

    Store::Options options;
    options.user = parser.value(QStringLiteral("user"));
    if (options.user.isEmpty())
        options.user = context.env.value(QStringLiteral("USER"), QStringLiteral("btxh"));
    Store store(options);
    if (!all.isEmpty() && !StoreCommandSupport::open(store, parser, name(), context, false))
        return ExitStoreError;

    // Batches of BatchSize items, each one transaction: a crash keeps every batch that committed.
    auto tally = [&](ChangeOutcome o, bool draft) {
        if (draft) {
            ++counts.drafts;
            return;
        }
        switch (o) {
        case ChangeOutcome::Created:
            ++counts.created;
            break;
        case ChangeOutcome::Updated:
            ++counts.updated;
            break;
        case ChangeOutcome::Unchanged:
            ++counts.unchanged;
            break;
        case ChangeOutcome::Conflict:
            ++counts.conflicts;
            break;
        }
    };
    auto slice = [](const auto &list, qsizetype &at, qsizetype room) {
        const qsizetype n = std::min(room, list.size() - at);
        auto part = list.mid(at, n);
        at += n;
        return part;
    };
    qsizetype r = 0, l = 0, rs = 0, ls = 0;
    while (r < all.received.size() || l < all.local.size() || rs < all.receivedSteps.size() ||
           ls < all.localSteps.size()) {
        ChangeSet batch;
        qsizetype room = BatchSize;
        batch.received = slice(all.received, r, room);
        room -= batch.received.size();
        batch.local = slice(all.local, l, room);
        room -= batch.local.size();
        batch.receivedSteps = slice(all.receivedSteps, rs, room);
        room -= batch.receivedSteps.size();
        batch.localSteps = slice(all.localSteps, ls, room);
        const std::optional<ChangeResult> result = store.apply(batch);
        if (!result) {
            context.err << StoreCommandSupport::storeErrorLine(name(), store.lastError()) << Qt::endl;
            context.err << tr("btxh import: stopped; the batches before this one are stored.") << Qt::endl;
            return ExitStoreError;
        }
        for (qsizetype i = 0; i < result->received.size(); ++i)
            tally(result->received.at(i), false);
        for (qsizetype i = 0; i < result->local.size(); ++i)
            tally(result->local.at(i), hasErrors(batch.local.at(i).problems));
        for (qsizetype i = 0; i < result->receivedSteps.size(); ++i)
            tally(result->receivedSteps.at(i), false);
        for (qsizetype i = 0; i < result->localSteps.size(); ++i)
            tally(result->localSteps.at(i), hasErrors(batch.localSteps.at(i).problems));
    }

    context.out << tr("new %1, updated %2, unchanged %3, conflicts %4, drafts %5, rejected %6")
                       .arg(counts.created)
                       .arg(counts.updated)
                       .arg(counts.unchanged)
                       .arg(counts.conflicts)
                       .arg(counts.drafts)
                       .arg(counts.rejected)
                << Qt::endl;
    if (unreadable > 0)
        return ExitBadInput;
    return counts.drafts > 0 || counts.rejected > 0 ? ExitProblems : ExitOk;
}

} // namespace btxh::cli
