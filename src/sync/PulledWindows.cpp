// SPDX-License-Identifier: GPL-3.0-or-later
#include "PulledWindows.h"

#include "Store.h"

#include <QHash>
#include <QThread>

namespace btxh {

namespace {

constexpr int ReadPriority = 1;
constexpr int PreparePriority = 0;

// One item per MaHoSo, and none without one: the store would refuse the window.
void collect(PulledWindows::Window &w) {
    QHash<QString, qsizetype> byCode;
    QList<ChangeSet::ReceivedDossier> &items = w.changes.received;
    items.reserve(w.result.payload.dossiers.size());
    for (const Dossier &d : std::as_const(w.result.payload.dossiers)) {
        const QString code = d.code();
        if (code.isEmpty()) {
            ++w.withoutCode;
            continue;
        }
        const auto it = byCode.constFind(code);
        if (it != byCode.constEnd()) {
            items[*it] = {d, QByteArray()};
            ++w.repeated;
        } else {
            byCode.insert(code, items.size());
            items.append({d, QByteArray()});
        }
    }
}

} // namespace

PulledWindows::PulledWindows(QObject *parent)
    : QObject(parent) {
    m_workers.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

PulledWindows::~PulledWindows() {
    m_workers.waitForDone();
}

void PulledWindows::add(const PullWindowPlanner::Window &window, const ReplyBody &body, bool dossiers) {
    auto slot = std::make_shared<Slot>();
    slot->window.window = window;
    m_queue.push_back(slot);
    // Said on this object's thread, and only while the window is still queued. The pool is waited for before
    // this object goes, so `this` is still here for the workers.
    const auto tell = [this, slot](auto &&signal) {
        QMetaObject::invokeMethod(
            this,
            [slot, signal] {
                if (!slot->gone)
                    signal();
            },
            Qt::QueuedConnection);
    };
    const auto prepared = [this, slot, tell] {
        {
            const std::lock_guard<std::mutex> lock(slot->lock);
            slot->prepared = true;
        }
        slot->done.notify_all();
        tell([this] { Q_EMIT ready(); });
    };
    // Reading comes first: the engine sizes the windows it asks for next by what this one held.
    m_workers.start(
        [this, slot, body, dossiers, tell, prepared] {
            Window &w = slot->window;
            w.result = PullJob::parseReply(body.joined()); // joined here, not on the engine's thread
            // What the engine does not read, let go at once: the objects the items were read from (a pull
            // keeps the record's own image as the server copy) and the reading problems (a pulled item is
            // taken as the server has it).
            Payload &p = w.result.payload;
            p.dossierSources.clear();
            p.stepSources.clear();
            p.problems.clear();
            p.dossierProblems.clear();
            p.stepProblems.clear();
            const GatewayError error = w.result.error;
            const qsizetype items = w.result.items();
            tell([this, window = w.window, error, items] { Q_EMIT read(window, error, items); });
            if (!w.result.ok() || !dossiers)
                return prepared();
            m_workers.start(
                [slot, prepared] {
                    collect(slot->window);
                    Store::prepare(slot->window.changes);
                    prepared();
                },
                PreparePriority);
        },
        ReadPriority);
}

std::optional<PulledWindows::Window> PulledWindows::takeOldest(bool wait) {
    if (m_queue.empty())
        return std::nullopt;
    const std::shared_ptr<Slot> slot = m_queue.front();
    {
        std::unique_lock<std::mutex> lock(slot->lock);
        if (!slot->prepared) {
            if (!wait)
                return std::nullopt;
            slot->done.wait(lock, [&slot] { return slot->prepared; });
        }
    }
    m_queue.pop_front();
    slot->gone = true;
    return std::move(slot->window);
}

void PulledWindows::dispose(Window &&window) {
    auto gone = std::make_shared<Window>(std::move(window));
    m_workers.start([gone]() mutable { gone.reset(); }, PreparePriority);
}

void PulledWindows::clear() {
    for (const std::shared_ptr<Slot> &slot : m_queue)
        slot->gone = true;
    m_queue.clear();
}

} // namespace btxh
