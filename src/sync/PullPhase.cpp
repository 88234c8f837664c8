// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullPhase.h"

#include "GatewayClient.h"
#include "Store.h"
#include "SyncLog.h"
#include "SyncTime.h"
#include "WireDate.h"

#include <QTimer>
#include <algorithm>

namespace btxh {

namespace {

// Windows received and not yet written before the next is asked for (one written, one read or prepared; a
// third on its way): more kept the workers no busier here, only the memory.
constexpr qsizetype MaxWindowsAhead = 2;
// Dossiers written in one transaction, and one turn of the engine's event loop: a window of a thousand took
// long enough for the replies that came meanwhile to wait for it, and the workers with them.
constexpr qsizetype WritePartItems = 250;

SyncProgress::Step progressStep(PullKind kind) {
    switch (kind) {
    case PullKind::Dossiers:
        return SyncProgress::Step::PullingDossiers;
    case PullKind::Progress:
        return SyncProgress::Step::PullingProgress;
    case PullKind::Results:
        return SyncProgress::Step::PullingResults;
    }
    return SyncProgress::Step::PullingDossiers;
}

QString windowText(const PullWindowPlanner::Window &w) {
    return WireDate::formatDateTime(w.from) + QStringLiteral("..") + WireDate::formatDateTime(w.to);
}

} // namespace

PullPhase::PullPhase(SyncRun &run, SyncRunHost &host)
    : m_run(run)
    , m_host(host)
    , m_items(run, host) {
    connect(&m_windows, &PulledWindows::read, this, &PullPhase::onWindowRead);
    connect(&m_windows, &PulledWindows::ready, this, [this] { writeWindows(false); });
}

void PullPhase::reset() {
    m_kinds.clear();
    m_kindRun.reset();
}

void PullPhase::clear() {
    m_windows.clear();
    m_writing.reset();
    m_kindRun.reset();
}

std::optional<std::pair<QDateTime, QDateTime>> PullPhase::pullRange(PullKind kind, const PullSpec &spec,
                                                                    QString *error, StoreError *storeError) {
    const QDateTime to = spec.to.isValid() ? SyncTime::wallClock(spec.to) : m_run.now();
    QDateTime from;
    if (spec.from.isValid()) {
        from = SyncTime::wallClock(spec.from);
    } else {
        const StoreResult<QString> mark =
            m_run.store->settings().watermark(watermarkService(kind), spec.area.key());
        if (!mark && mark.error().kind != StoreError::Kind::NotFound) {
            *error = mark.error().message;
            if (storeError)
                *storeError = mark.error();
            return std::nullopt;
        }
        const QDateTime markTime = mark ? SyncTime::fromWatermark(*mark) : QDateTime();
        from = markTime.isValid() ? markTime.addSecs(-std::max(0, m_run.options.overlapSeconds))
                                  : to.addDays(-std::max(1, m_run.options.initialLookbackDays));
    }
    if (from > to) {
        *error = tr("The start of the time range (%1) is after its end (%2).")
                     .arg(WireDate::formatDateTime(from), WireDate::formatDateTime(to));
        return std::nullopt;
    }
    return std::make_pair(from, to);
}

void PullPhase::begin() {
    if (m_run.cancelRequested)
        return m_host.stopWith(SyncReport::Stop::Cancelled);
    if (!m_run.client)
        return m_host.stopWith(SyncReport::Stop::Configuration, tr("No gateway is configured."));
    const QString areaError = m_run.spec.area.validationError();
    if (!areaError.isEmpty())
        return m_host.stopWith(SyncReport::Stop::Configuration, areaError);
    for (const PullKind k : {PullKind::Dossiers, PullKind::Progress, PullKind::Results}) {
        if (m_run.spec.kinds.testFlag(k))
            m_kinds << k;
    }
    beginKind();
}

void PullPhase::beginKind() {
    if (m_run.cancelRequested)
        return m_host.stopWith(SyncReport::Stop::Cancelled);
    if (m_kinds.isEmpty()) {
        m_kindRun.reset();
        return m_host.finish();
    }
    const PullKind kind = m_kinds.takeFirst();
    QString error;
    StoreError storeError;
    const auto range = pullRange(kind, m_run.spec, &error, &storeError);
    if (!range) {
        if (storeError.isError())
            return m_host.storeFailed(tr("reading the watermark"), storeError);
        return m_host.stopWith(SyncReport::Stop::Configuration, error);
    }
    m_windowAttempts = 1;
    m_kindRun = std::make_unique<KindRun>();
    m_kindRun->kind = kind;
    m_kindRun->rangeStart = range->first;
    m_kindRun->planner = std::make_unique<PullWindowPlanner>(range->first, range->second, m_run.options);
    const StoreResult<QString> mark =
        m_run.store->settings().watermark(watermarkService(kind), m_run.spec.area.key());
    if (mark) {
        const QDateTime t = SyncTime::fromWatermark(*mark);
        if (t.isValid())
            m_kindRun->watermark = t;
    }
    qCInfo(lcSync) << "pulling" << pullKindName(kind) << "area" << m_run.spec.area.key() << "from"
                   << WireDate::formatDateTime(range->first) << "to"
                   << WireDate::formatDateTime(range->second);
    emitPullProgress();
    if (m_kindRun->planner->atEnd())
        return finishKind();
    launchWindow(m_kindRun->planner->next());
}

void PullPhase::launchWindow(const PullWindowPlanner::Window &window) {
    Query query;
    query.setValue(QueryField::MaTinh, m_run.spec.area.province);
    query.setValue(QueryField::MaHuyen, m_run.spec.area.district); // sent empty when not narrowed (JsonCodec)
    query.setValue(QueryField::MaXa, m_run.spec.area.commune);
    query.setWindow(window.from, window.to);
    PullJob *job = nullptr;
    switch (m_kindRun->kind) {
    case PullKind::Dossiers:
        job = m_run.client->pullDossiers(query);
        break;
    case PullKind::Progress:
        job = m_run.client->pullProgress(query);
        break;
    case PullKind::Results:
        job = m_run.client->pullResults(query);
        break;
    }
    job->setReadByCaller(true);
    m_run.currentJob = job;
    connect(job, &GatewayJob::finished, this, [this, job, window] { onPullFinished(job, window); });
}

void PullPhase::onPullFinished(PullJob *job, const PullWindowPlanner::Window &window) {
    m_run.currentJob = nullptr;
    if (!m_kindRun)
        return;
    const PullResult result = job->result(); // the HTTP-level outcome: the body is read by m_windows
    if (!result.ok())
        return windowFailed(window, result.error);
    if (m_run.cancelRequested)
        return m_host.stopWith(
            SyncReport::Stop::Cancelled); // the windows not yet written are asked for next time
    m_kindRun->planner->received(window);
    m_windows.add(window, job->body(), m_kindRun->kind != PullKind::Progress);
    // Ask for the next window now, so the gateway makes it while this one is read, prepared and written.
    askAhead();
}

void PullPhase::onWindowRead(const PullWindowPlanner::Window &window, const GatewayError &error,
                             qsizetype items) {
    // An unusable reply is dealt with when its turn to be written comes (writeWindows).
    if (!m_kindRun || error.isError())
        return;
    m_kindRun->planner->sized(window, items);
    if (!m_run.cancelRequested)
        askAhead(); // held back until this window's size was known
}

void PullPhase::windowUnusable(const PulledWindows::Window &pulled) {
    // What was asked for after it is asked for again once this window is: from its start.
    m_host.dropCurrentJob();
    m_windows.clear();
    m_kindRun->planner->rewind(pulled.window);
    windowFailed(pulled.window, pulled.result.error);
}

void PullPhase::windowFailed(const PullWindowPlanner::Window &window, const GatewayError &e) {
    // The windows that came before are good whatever this one says: written first.
    if (!writeWindows(true))
        return; // stopped
    const PullKind kind = m_kindRun->kind;
    PullWindowPlanner &planner = *m_kindRun->planner;
    const QString where = pullKindName(kind) + u' ' + windowText(window);
    qCInfo(lcSync) << "pull" << where << "failed:" << e.kindName() << e.httpStatus;
    if (e.isGatewayLevel())
        return m_host.stopWith(SyncReport::Stop::Configuration, SyncRun::gatewayLevelText(e));
    switch (e.kind) {
    case GatewayError::Kind::Cancelled:
        return m_host.stopWith(SyncReport::Stop::Cancelled);
    case GatewayError::Kind::TooLarge:
    case GatewayError::Kind::Timeout:
        if (m_run.cancelRequested)
            return m_host.stopWith(SyncReport::Stop::Cancelled);
        if (planner.split(window)) {
            qCInfo(lcSync) << "splitting the window; now" << planner.windowSeconds() << "s";
            return launchWindow(planner.next());
        }
        ++m_run.report.failed;
        m_run.report.messages << tr("%1: %2 (even a one-second window is too much; try again later)")
                                     .arg(where, SyncRun::gatewayWords(e));
        return finishKind();
    case GatewayError::Kind::Network:
        m_run.report.messages << where + QStringLiteral(": ") + SyncRun::gatewayWords(e);
        return m_host.stopWith(SyncReport::Stop::Offline);
    case GatewayError::Kind::Configuration:
    case GatewayError::Kind::Unauthorized:
    case GatewayError::Kind::Tls:
        return m_host.stopWith(SyncReport::Stop::Configuration, SyncRun::gatewayWords(e));
    case GatewayError::Kind::MalformedReply:
        // An error page or a cut reply in place of the data (a proxy, an overloaded gateway): asking for
        // the same window again is harmless.
        if (m_windowAttempts < std::max(1, m_run.options.pullWindowAttempts)) {
            ++m_windowAttempts;
            qCInfo(lcSync) << "asking for the window again, attempt" << m_windowAttempts;
            return launchWindow(window);
        }
        [[fallthrough]];
    default:
        // A business error, an HTTP error after retries or an unreadable reply: this kind stops here (its
        // watermark stays where it was, so the next run asks for this window again); the others go on.
        ++m_run.report.failed;
        m_run.report.messages << where + QStringLiteral(": ") + SyncRun::gatewayWords(e);
        return finishKind();
    }
}

void PullPhase::askAhead() {
    if (m_kindRun && !m_run.currentJob && !m_kindRun->planner->atEnd() &&
        m_windows.size() < MaxWindowsAhead && m_kindRun->planner->mayAskAhead())
        launchWindow(m_kindRun->planner->next());
}

bool PullPhase::writeWindows(bool all) {
    bool wrote = false;
    while (m_kindRun) {
        if (m_run.cancelRequested) {
            m_host.stopWith(SyncReport::Stop::Cancelled);
            return false;
        }
        if (!m_writing) {
            std::optional<PulledWindows::Window> w = m_windows.takeOldest(all);
            if (!w)
                break;
            if (!w->result.ok()) {
                windowUnusable(*w);
                return false;
            }
            // Its size counted, if its read() was not said before it was taken: the next window waits for it.
            m_kindRun->planner->sized(w->window, w->result.items());
            m_run.report.pulled += w->result.items();
            m_writing = std::move(w);
            m_written = 0;
        }
        if (!writePart(all))
            return false; // stopped
        if (!all) {
            wrote = true;
            break;
        }
    }
    if (!m_kindRun)
        return false;
    if (!all) {
        askAhead();
        if (m_kindRun->planner->atEnd() && !m_run.currentJob && m_windows.isEmpty() && !m_writing)
            finishKind();
        else if (wrote && (m_writing || !m_windows.isEmpty()))
            QTimer::singleShot(0, this, [this] { writeWindows(false); });
    }
    return true;
}

bool PullPhase::writePart(bool all) {
    const PullKind kind = m_kindRun->kind;
    const PulledWindows::Window &pulled = *m_writing;
    if (kind == PullKind::Progress) {
        if (!m_items.writeSteps(pulled.result))
            return false;
    } else {
        const qsizetype total = pulled.changes.received.size();
        const qsizetype count = all ? total - m_written : std::min(WritePartItems, total - m_written);
        if (!m_items.writeDossiers(kind, pulled, m_written, count))
            return false;
        m_written += count;
        if (m_written < total)
            return true;
    }
    if (!finishWindow(kind, pulled))
        return false;
    m_windowAttempts = 1;
    m_kindRun->received += pulled.result.items();
    m_windows.dispose(*std::exchange(m_writing, std::nullopt));
    emitPullProgress();
    return true;
}

bool PullPhase::finishWindow(PullKind kind, const PulledWindows::Window &pulled) {
    const PullResult &result = pulled.result;
    const PullWindowPlanner::Window &window = pulled.window;
    if (!quarantine(kind, result, window))
        return false;
    // The watermark moves only over a range that continues from it: a pull of an older or a detached window
    // (explicit --from) does not make the next run skip what lies between. Never past the start of this run,
    // nor past a window with unreadable items still waiting for an officer: that window is asked for again.
    KindRun &run = *m_kindRun;
    QDateTime mark = std::min(window.to, m_run.startedAt);
    const StoreResult<QDateTime> held =
        m_run.store->quarantine().oldestWindow(watermarkService(kind), m_run.spec.area.key());
    if (!held) {
        m_host.storeFailed(tr("reading the unreadable items kept aside"), held.error());
        return false;
    }
    if (held->isValid())
        mark = std::min(mark, SyncTime::wallClock(*held));
    const bool continues = !run.watermark || run.rangeStart <= *run.watermark;
    if (continues && (!run.watermark || mark > *run.watermark)) {
        if (const StoreResult<void> saved = m_run.store->settings().setWatermark(
                watermarkService(kind), m_run.spec.area.key(), SyncTime::watermarkText(mark));
            !saved) {
            m_host.storeFailed(tr("saving the watermark"), saved.error());
            return false;
        }
        run.watermark = mark;
    }
    return true;
}

bool PullPhase::quarantine(PullKind kind, const PullResult &result, const PullWindowPlanner::Window &window) {
    const QList<Payload::Unreadable> &unreadable = result.payload.unreadable;
    if (unreadable.isEmpty())
        return true;
    QList<QuarantinedItem> items;
    for (const Payload::Unreadable &u : unreadable) {
        QuarantinedItem q;
        q.service = watermarkService(kind);
        q.area = m_run.spec.area.key();
        q.windowFrom = window.from;
        q.windowTo = window.to;
        q.item = u.json;
        q.problem = u.problem;
        q.receivedAt = m_run.now();
        items << q;
    }
    if (const StoreResult<void> kept = m_run.store->quarantine().add(items); !kept) {
        m_host.storeFailed(tr("keeping unreadable items aside"), kept.error());
        return false;
    }
    m_run.report.quarantined += items.size();
    m_run.report.messages
        << tr("%1 %2: %n item(s) could not be read and were kept aside (btxh sync --report); "
              "this window is asked for again until they are dismissed.",
              nullptr, int(items.size()))
               .arg(pullKindName(kind), windowText(window));
    qCWarning(lcSync) << items.size() << "unreadable item(s) kept aside from" << pullKindName(kind)
                      << windowText(window);
    return true;
}

void PullPhase::finishKind() {
    if (m_kindRun) {
        qCInfo(lcSync) << "pulled" << m_kindRun->received << pullKindName(m_kindRun->kind);
        emitPullProgress();
    }
    beginKind();
}

void PullPhase::emitPullProgress() {
    if (!m_kindRun)
        return;
    SyncProgress p;
    p.step = progressStep(m_kindRun->kind);
    p.done = m_kindRun->planner->coveredSeconds();
    p.total = m_kindRun->planner->totalSeconds();
    p.items = m_kindRun->received;
    m_host.reportProgress(p);
}

} // namespace btxh
