// SPDX-License-Identifier: GPL-3.0-or-later
#include "PulledWindows.h"

#include "PayloadStream.h"
#include "Store.h"

#include <QHash>
#include <QThread>

namespace btxh {

namespace {

constexpr int ReadPriority = 1;
constexpr int PreparePriority = 0;

// A reply is read in parts of about this many items, and its dossiers prepared in parts of this many: enough
// for a part to outweigh its task, few enough that a window of a thousand keeps every worker busy.
constexpr qsizetype PartItems = 250;
// Replies smaller than this are read whole: cutting one costs a pass over its bytes.
constexpr qsizetype CutBytes = 512 * 1024;

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

// The parts' readings as one: the frame (error_code, message) is every part's, the items follow in order.
PullResult joined(QList<PullResult> &parts) {
    // The frame reads alike in every part, and an item cannot fail its part's reading: a part that failed
    // says why the reply cannot be used.
    for (PullResult &part : parts) {
        if (!part.ok())
            return std::move(part);
    }
    PullResult whole = std::move(parts.first());
    for (qsizetype i = 1; i < parts.size(); ++i) {
        PullResult &part = parts[i];
        whole.payload.dossiers.append(std::move(part.payload.dossiers));
        whole.payload.steps.append(std::move(part.payload.steps));
        whole.payload.unreadable.append(std::move(part.payload.unreadable));
    }
    return whole;
}

} // namespace

PulledWindows::PulledWindows(QObject *parent)
    : QObject(parent) {
    m_workers.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

PulledWindows::~PulledWindows() {
    m_workers.waitForDone();
}

template <typename Said> void PulledWindows::tell(const SlotPointer &slot, Said said) {
    // The pool is waited for before this object goes, so `this` is still here for the workers.
    QMetaObject::invokeMethod(
        this,
        [slot, said] {
            if (!slot->gone)
                said();
        },
        Qt::QueuedConnection);
}

void PulledWindows::add(const PullWindowPlanner::Window &window, const ReplyBody &body, bool dossiers) {
    auto slot = std::make_shared<Slot>();
    slot->window.window = window;
    slot->dossiers = dossiers;
    m_queue.push_back(slot);
    // Reading comes first: the engine sizes the windows it asks for next by what this one held. The reply is
    // joined there too, not on the engine's thread.
    m_workers.start([this, slot, body] { cut(slot, body.joined()); }, ReadPriority);
}

void PulledWindows::cut(const SlotPointer &slot, const QByteArray &reply) {
    if (reply.size() >= CutBytes) {
        PayloadStream stream = PayloadStream::ofDocument(reply);
        if (stream.open() == PayloadStream::Status::Streamable && stream.itemCount() > PartItems) {
            const qsizetype parts = (stream.itemCount() + PartItems - 1) / PartItems;
            const qsizetype perPart = (stream.itemCount() + parts - 1) / parts;
            PayloadStream::Window part;
            while (stream.next(perPart, &part)) {
                slot->partDocuments << std::move(part.document);
                slot->partFirstItems << part.firstItem;
            }
            // A reply that stops short is read whole below, and refused as a whole reply is.
            if (slot->partDocuments.size() != parts) {
                slot->partDocuments.clear();
                slot->partFirstItems.clear();
            }
        }
    }
    if (slot->partDocuments.isEmpty()) {
        slot->partDocuments << reply;
        slot->partFirstItems << 0;
    }
    const qsizetype parts = slot->partDocuments.size();
    slot->partResults.resize(parts);
    slot->partsLeft = parts;
    for (qsizetype i = 1; i < parts; ++i)
        m_workers.start([this, slot, i] { readPart(slot, i); }, ReadPriority);
    readPart(slot, 0);
}

void PulledWindows::readPart(const SlotPointer &slot, qsizetype part) {
    PullResult result = PullJob::parseReply(slot->partDocuments.at(part), slot->partFirstItems.at(part));
    // What the engine does not read, let go at once: the objects the items were read from (a pull keeps the
    // record's own image as the server copy) and the reading problems (a pulled item is taken as the server
    // has it).
    Payload &p = result.payload;
    p.dossierSources.clear();
    p.stepSources.clear();
    p.problems.clear();
    p.dossierProblems.clear();
    p.stepProblems.clear();
    // Each part writes its own element of lists sized before any part began.
    slot->partDocuments[part] = QByteArray();
    slot->partResults[part] = std::move(result);
    if (--slot->partsLeft == 0)
        allPartsRead(slot);
}

void PulledWindows::allPartsRead(const SlotPointer &slot) {
    Window &w = slot->window;
    w.result = joined(slot->partResults);
    slot->partResults.clear();
    slot->partDocuments.clear();
    slot->partFirstItems.clear();
    const GatewayError error = w.result.error;
    const qsizetype items = w.result.items();
    tell(slot, [this, window = w.window, error, items] { Q_EMIT read(window, error, items); });
    if (!w.result.ok() || !slot->dossiers)
        return markPrepared(slot);
    collect(w);
    const qsizetype count = w.changes.received.size();
    if (count == 0)
        return markPrepared(slot);
    // Each part prepares its own items of a list filled before any part began and not resized while they run.
    ChangeSet::ReceivedDossier *const received = w.changes.received.data();
    const qsizetype parts = (count + PartItems - 1) / PartItems;
    slot->partsLeft = parts;
    for (qsizetype i = 1; i < parts; ++i) {
        const std::span<ChangeSet::ReceivedDossier> part(received + i * PartItems,
                                                         size_t(std::min(PartItems, count - i * PartItems)));
        m_workers.start([this, slot, part] { preparePart(slot, part); }, PreparePriority);
    }
    preparePart(slot, std::span<ChangeSet::ReceivedDossier>(received, size_t(std::min(PartItems, count))));
}

void PulledWindows::preparePart(const SlotPointer &slot, std::span<ChangeSet::ReceivedDossier> part) {
    Store::prepare(part);
    if (--slot->partsLeft == 0)
        markPrepared(slot);
}

void PulledWindows::markPrepared(const SlotPointer &slot) {
    {
        const std::lock_guard<std::mutex> lock(slot->lock);
        slot->prepared = true;
    }
    slot->done.notify_all();
    tell(slot, [this] { Q_EMIT ready(); });
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
