// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "IndexDeferral.h"
#include "InputFile.h"
#include "PayloadImport.h"
#include "PayloadStream.h"
#include "ProblemPrinter.h"
#include "StoreCommandSupport.h"
#include "Validator.h"

#include <QFileInfo>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace btxh::cli {

namespace {

struct Counts {
    int created = 0, updated = 0, unchanged = 0, conflicts = 0, drafts = 0, rejected = 0;
};

// How judging or writing one file (or one window of it) ended.
enum class Step { Done, Unreadable, BadOption, StoreFailed };

// Files larger than this are read in windows of BatchSize items (PayloadStream) rather than whole, so that
// the memory an import takes does not grow with the file: a pull response of 100,000 dossiers is ~500 MB. The
// environment variable BTXH_IMPORT_STREAM_BYTES (a byte count) overrides it, so that the tests can stream
// small files; an empty or unparseable value keeps the default.
constexpr qint64 DefaultStreamBytes = 16 * 1024 * 1024;

// How many windows are read, judged and prepared ahead while one is written, each on a thread of its own.
constexpr int WindowsAhead = 2;

// The page cache of an import's connection (Store::Options::cacheKiB).
constexpr int ImportCacheKiB = 32 * 1024;

qint64 streamThreshold(const QProcessEnvironment &env) {
    bool ok = false;
    const qint64 bytes = env.value(QStringLiteral("BTXH_IMPORT_STREAM_BYTES")).toLongLong(&ok);
    return ok && bytes >= 0 ? bytes : DefaultStreamBytes;
}

} // namespace

QString ImportCommand::summary() const {
    return tr("store dossiers and processing steps from JSON files in the local database");
}

void ImportCommand::setup(QCommandLineParser &parser) const {
    parser.setApplicationDescription(tr(
        "Stores each FILE in the local database. A pull response (or its items) is kept as the server's "
        "copy; a dossier or step in request form is a local record, queued for push when valid and kept as "
        "a draft, with its problems printed, when not. A dossier already stored (same MaHoSo) is updated, "
        "never duplicated. A large file is read 500 items at a time, so memory does not grow with its "
        "size. Exit status: 0 all imported, 1 drafts or rejected items, 2 a file cannot be read, 3 the "
        "database cannot be written."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("JSON files to import."),
                                 QStringLiteral("FILE..."));
    StoreCommandSupport::addDatabaseOption(parser);
    parser.addOption({QStringLiteral("strict"), tr("Import nothing if any item has an error.")});
    IndexDeferral::addOption(parser);
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
    const qint64 streamBytes = streamThreshold(context.env);
    const std::optional<IndexDeferral::When> deferIndexes = IndexDeferral::when(parser, name(), context);
    if (!deferIndexes)
        return ExitBadInput;
    qint64 inputBytes = 0;
    for (const QString &path : files)
        inputBytes += QFileInfo(path).size();
    IndexDeferral deferral;

    Store::Options options;
    options.user = parser.value(QStringLiteral("user"));
    if (options.user.isEmpty())
        options.user = context.env.value(QStringLiteral("USER"), QStringLiteral("btxh"));
    // SQLite's default page cache (2 MB) is soon smaller than the indexes a large import updates at random
    // places, and each page it drops is read back and written again. A bounded larger one keeps memory flat.
    options.cacheKiB = ImportCacheKiB;
    Store store(StoreCommandSupport::options(options));
    bool storeOpen = false;

    Counts counts;
    int unreadable = 0;
    int streamedDrafts = 0; // drafts a --strict judging pass found in streamed files

    auto report = [&](const QString &prefix, const PayloadImport &plan) {
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
    };

    // Judges one document (a whole file, or one window of a streamed one). It prints nothing, so that a
    // window can be judged on another thread: `complaint` is the line to print when it fails.
    auto judge = [&](const QString &path, const Payload &payload, PayloadImport *plan, QString *complaint) {
        if (payload.hasResult && payload.errorCode != 0) {
            *complaint =
                path + QStringLiteral(": ") +
                tr("the gateway answered error_code %1: %2").arg(payload.errorCode).arg(payload.message);
            return Step::Unreadable;
        }
        ValidationContext vc;
        QString error;
        if (!m_validation.contextFor(parser, payload, &vc, &error)) {
            *complaint = QStringLiteral("btxh import: ") + error;
            return Step::BadOption;
        }
        const Validator validator(vc);
        *plan = PayloadImport::build(payload, validator);
        return Step::Done;
    };

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
    // Writes in batches of BatchSize items, each one transaction: a crash keeps every batch that committed.
    // The store is opened at the first write, so that a run with nothing to store creates no database.
    auto write = [&](const ChangeSet &all) {
        if (all.isEmpty())
            return true;
        if (!storeOpen) {
            if (!StoreCommandSupport::open(store, parser, name(), context, false))
                return false;
            storeOpen = true;
            if (!deferral.begin(store, *deferIndexes, inputBytes / IndexDeferral::BytesPerItemEstimate,
                                name(), context))
                return false;
        }
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
            const StoreResult<ChangeResult> result = store.apply(batch);
            if (!result) {
                context.err << StoreCommandSupport::storeErrorLine(name(), result.error()) << Qt::endl;
                context.err << tr("btxh import: stopped; the batches before this one are stored.")
                            << Qt::endl;
                return false;
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
        return true;
    };

    // A large file, read in windows of BatchSize items: each window is judged, reported and (when `andWrite`)
    // written, then dropped, so memory does not grow with the file. `judged`: a --strict pass has already
    // reported and counted its problems.
    struct Streamed {
        QString path;
        QString prefix;
        std::unique_ptr<PayloadStream> stream;
        bool judged = false;
    };
    struct Judged {
        Step step = Step::Done;
        QString complaint;
        PayloadImport plan;
    };
    // Parses, judges and (for writing) prepares one window; pure, so that windows can be judged on other
    // threads while this one writes.
    auto judgeWindow = [&](const QString &path, const PayloadStream::Window &window, bool forWriting) {
        Judged j;
        QString error;
        const std::optional<Payload> payload = PayloadReader::read(window.document, &error, window.firstItem);
        if (!payload) {
            j.step = Step::Unreadable;
            j.complaint = path + QStringLiteral(": ") +
                          tr("in the items from byte %1 on: %2").arg(window.fileOffset).arg(error);
            return j;
        }
        j.step = judge(path, *payload, &j.plan, &j.complaint);
        if (j.step == Step::Done && forWriting)
            Store::prepare(j.plan.changes);
        return j;
    };
    auto stream = [&](Streamed &s, bool andWrite) {
        // While a window is written, the next ones are cut from the file, parsed, judged and prepared for the
        // store on threads of their own: that is more than half an import's work, the store's writes the
        // rest. Windows are cut in file order, the k-th task cutting the k-th window (`Cuts`); only this
        // thread prints, counts and writes, in file order.
        const std::launch policy = andWrite ? std::launch::async : std::launch::deferred;
        const int depth = andWrite ? WindowsAhead : 1;
        struct Cuts {
            std::mutex lock;
            std::condition_variable turn;
            qsizetype next = 0; // the task whose turn it is to cut
            bool ended = false;
        };
        auto cuts = std::make_shared<Cuts>();
        auto cutAndJudge = [&judgeWindow, &s, cuts, andWrite](qsizetype k) -> std::optional<Judged> {
            PayloadStream::Window window;
            bool cut = false;
            {
                std::unique_lock<std::mutex> lock(cuts->lock);
                cuts->turn.wait(lock, [&] { return cuts->next == k; });
                cut = !cuts->ended && s.stream->next(BatchSize, &window);
                cuts->ended = !cut;
                ++cuts->next;
            }
            cuts->turn.notify_all();
            if (!cut)
                return std::nullopt;
            return judgeWindow(s.path, window, andWrite);
        };
        std::deque<std::future<std::optional<Judged>>> ahead;
        qsizetype launched = 0;
        bool ended = false; // a task found no window left: the ones after it find none either
        auto fill = [&] {
            while (!ended && int(ahead.size()) < depth)
                ahead.push_back(std::async(policy, cutAndJudge, launched++));
        };
        // The last window written, freed on a thread of its own: freeing a window's dossiers, field by field,
        // is no small part of what writing them costs this thread.
        std::future<void> freeing;
        fill();
        while (!ahead.empty()) {
            std::optional<Judged> next = ahead.front().get();
            ahead.pop_front();
            if (!next) {
                ended = true;
                continue;
            }
            Judged j = std::move(*next);
            if (j.step != Step::Done) {
                context.err << j.complaint << Qt::endl;
                return j.step; // the windows read ahead finish and are dropped
            }
            fill();
            if (!s.judged) {
                report(s.prefix, j.plan);
                counts.rejected += j.plan.rejected;
            }
            if (!andWrite)
                streamedDrafts += j.plan.drafts();
            else if (!write(j.plan.changes))
                return Step::StoreFailed;
            if (andWrite) {
                if (freeing.valid())
                    freeing.wait();
                freeing =
                    std::async(std::launch::async, [written = std::move(j)]() mutable { written = {}; });
            }
        }
        if (!s.stream->errorString().isEmpty()) {
            context.err << s.path << ": " << s.stream->errorString() << Qt::endl;
            return Step::Unreadable;
        }
        return Step::Done;
    };

    // First read and judge everything: --strict needs the whole verdict before the first write. Small files
    // are kept in memory until then; large ones are only checked here (and, with --strict, judged in a
    // first pass) and read again window by window when written.
    ChangeSet all;
    std::vector<Streamed> streamed;
    for (const QString &path : files) {
        const QString prefix = files.size() > 1 ? path + QStringLiteral(": ") : QString();
        const QFileInfo info(path);
        if (info.isFile() && info.size() > streamBytes) {
            Streamed s{path, prefix, std::make_unique<PayloadStream>(path)};
            const PayloadStream::Status status = s.stream->open();
            if (status == PayloadStream::Status::Malformed) {
                context.err << path << ": " << s.stream->errorString() << Qt::endl;
                ++unreadable;
                continue;
            }
            if (status == PayloadStream::Status::Streamable) {
                if (strict) {
                    const Step judged = stream(s, false);
                    if (judged == Step::BadOption)
                        return ExitBadInput;
                    if (judged != Step::Done || !s.stream->rewind()) {
                        ++unreadable;
                        continue;
                    }
                    s.judged = true;
                }
                streamed.push_back(std::move(s));
                continue;
            }
            // Not one array of items: read whole, as any small file, when it is not too large for that.
            if (info.size() > PayloadReader::MaxDocumentBytes) {
                context.err << path << ": "
                            << tr("the file is %1 MB, larger than the %2 MB limit, and cannot be read in "
                                  "windows: %3")
                                   .arg(info.size() / (1024 * 1024))
                                   .arg(PayloadReader::MaxDocumentBytes / (1024 * 1024))
                                   .arg(s.stream->errorString())
                            << Qt::endl;
                ++unreadable;
                continue;
            }
        }
        const std::optional<Payload> payload = readPayloadFile(path, context.err);
        if (!payload) {
            ++unreadable;
            continue;
        }
        PayloadImport plan;
        QString complaint;
        const Step judged = judge(path, *payload, &plan, &complaint);
        if (!complaint.isEmpty())
            context.err << complaint << Qt::endl;
        if (judged == Step::BadOption)
            return ExitBadInput;
        if (judged != Step::Done) {
            ++unreadable;
            continue;
        }
        report(prefix, plan);
        counts.rejected += plan.rejected;
        all.received << plan.changes.received;
        all.local << plan.changes.local;
        all.receivedSteps << plan.changes.receivedSteps;
        all.localSteps << plan.changes.localSteps;
    }
    context.out.flush();

    int drafts = streamedDrafts;
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

    auto writeAll = [&] {
        if (!write(all))
            return ExitStoreError;
        all = ChangeSet();
        for (Streamed &s : streamed) {
            const Step written = stream(s, true);
            if (written == Step::BadOption)
                return ExitBadInput;
            if (written == Step::StoreFailed)
                return ExitStoreError;
            if (written == Step::Unreadable)
                ++unreadable; // the windows before the bad one are stored
            s.stream.reset(); // closes the file
        }
        return ExitOk;
    };
    // The indexes set aside are made again however the writing ended: what was stored stays stored.
    const int written = writeAll();
    if (storeOpen && !deferral.finish(store, name(), context))
        return ExitStoreError;
    if (written != ExitOk)
        return written;

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
