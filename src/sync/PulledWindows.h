// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangeSet.h"
#include "PullJob.h"
#include "PullWindowPlanner.h"

#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <span>

namespace btxh {

// The windows a pull has received and not yet written, oldest first. Each reply is read (PullJob::parseReply)
// and its dossiers prepared (Store::prepare: the digests, the encoded copy, the search text and sort keys) on
// worker threads as soon as it arrives, while the engine's thread writes the windows before it: the writes
// stay on the store's thread and in the order the windows came. A large reply is read, and its dossiers
// prepared, in parts that every worker takes (PayloadStream cuts it): the first windows of a pull are sized
// blind and may hold thousands of dossiers, which one worker alone would read while the others wait.
class PulledWindows : public QObject {
    Q_OBJECT

public:
    struct Window {
        PullWindowPlanner::Window window;
        // As read, without the items' sources and reading problems (the engine reads neither).
        PullResult result;
        // The window's dossiers to write, one per MaHoSo (the last one received wins, in the place of the
        // first), prepared; none for a window of steps.
        ChangeSet changes;
        qsizetype repeated = 0;    // items whose MaHoSo came again later in the window
        qsizetype withoutCode = 0; // dossiers without a MaHoSo (kept aside by the engine's quarantine)
    };

    explicit PulledWindows(QObject *parent = nullptr);
    ~PulledWindows() override; // waits for the workers

    // Queues a window's reply (a 2xx body, unread) and starts reading it, then preparing its dossiers
    // (`dossiers` false: a window of steps, nothing to prepare). read() follows, then ready(). A reply that
    // cannot be used is a window whose result holds the error.
    void add(const PullWindowPlanner::Window &window, const ReplyBody &body, bool dossiers);
    // The oldest window, taken out, once prepared; with `wait`, waits for it. Nothing when none is queued
    // (or, without `wait`, the oldest is still being prepared).
    std::optional<Window> takeOldest(bool wait);
    // Lets a taken window go on a worker: freeing a window's thousands of strings is no work for the writer.
    void dispose(Window &&window);
    // Forgets every window not taken (a run that stopped, or a window that failed before them): their
    // workers finish into nothing, and no read() or ready() of theirs follows.
    void clear();
    qsizetype size() const { return qsizetype(m_queue.size()); }
    bool isEmpty() const { return m_queue.empty(); }

Q_SIGNALS:
    // A window's reply was read: its error (unreadable, or the gateway's error_code), or none and how many
    // items it holds. On this object's thread; not for a window already taken, and not always in the order
    // the windows were added (two replies may be read at once).
    void read(const btxh::PullWindowPlanner::Window &window, const btxh::GatewayError &error,
              qsizetype items);
    // A window was prepared (on this object's thread).
    void ready();

private:
    struct Slot {
        Window window;
        bool dossiers = true;
        // The reply's parts while they are read, and each one's reading; then the window's dossiers in parts
        // while they are prepared. The last part done goes on with the window.
        QList<QByteArray> partDocuments;
        QList<qsizetype> partFirstItems;
        QList<PullResult> partResults;
        std::atomic<qsizetype> partsLeft = 0;
        std::mutex lock;
        std::condition_variable done;
        bool prepared = false;
        bool gone = false; // taken or forgotten (this object's thread only)
    };
    using SlotPointer = std::shared_ptr<Slot>;

    void cut(const SlotPointer &slot, const QByteArray &reply);
    void readPart(const SlotPointer &slot, qsizetype part);
    void allPartsRead(const SlotPointer &slot);
    void preparePart(const SlotPointer &slot, std::span<ChangeSet::ReceivedDossier> part);
    void markPrepared(const SlotPointer &slot);
    // Runs `said` on this object's thread, only while the slot's window is still queued.
    template <typename Said> void tell(const SlotPointer &slot, Said said);

    QThreadPool m_workers;
    std::deque<std::shared_ptr<Slot>> m_queue;
};

} // namespace btxh
