// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace btxh {

// What one sync run did. Counts are of items (dossiers, results, steps).
struct SyncReport {
    Q_DECLARE_TR_FUNCTIONS(btxh::SyncReport)

public:
    // Why a run stopped before the end, when it did.
    enum class Stop {
        None,      // ran to the end (some items may still have failed: see `failed`)
        Offline,   // the gateway could not be reached: everything not sent stays queued ("working offline")
        Cancelled, // cancel() was called: what was done is kept, the rest stays queued
        Configuration, // the profile, the area or the key pair cannot be used, or the key pair was refused
        StoreError,    // the local database could not be read or written
        Busy,          // another sync holds this database's lease (`error` says who and since when)
    };

    qint64 pulled = 0;      // items the gateway sent, in every window
    qint64 created = 0;     // "new": items the store did not have
    qint64 updated = 0;     // items whose stored copy changed
    qint64 unchanged = 0;   // items the store already had as they are (overlap, repeated pulls)
    qint64 pushed = 0;      // queued items the gateway accepted
    qint64 failed = 0;      // pushes the gateway refused for good, and windows that could not be pulled
    qint64 conflicts = 0;   // dossiers changed on the server while local edits were pending: both kept
    qint64 retrying = 0;    // pushes that failed for a passing reason (5xx, 429, lost reply): queued again
    qint64 queued = 0;      // items still waiting in the outbox at the end (offline, deferred, retry later)
    qint64 quarantined = 0; // pulled items that could not be read, kept for an officer (this run)
    bool offline = false;   // set together with Stop::Offline
    Stop stop = Stop::None;
    QString error; // translated, for Stop::Configuration, Stop::StoreError and Stop::Busy
    // The gateway's own words, verbatim, each after the MaHoSo or window it is about; and notes about items
    // left queued. Never a name or an ID number.
    QStringList messages;

    bool cancelled() const { return stop == Stop::Cancelled; }
    // Ran to the end and nothing failed, has to be tried again or waits for an officer to look at.
    bool ok() const { return stop == Stop::None && failed == 0 && retrying == 0 && quarantined == 0; }
    // Adds the counts and messages of `other` (a later phase of the same run); its stop wins when set.
    void merge(const SyncReport &other);
    // One translated line: "pulled 120 (new 100, updated 15, unchanged 5), pushed 3, failed 0, conflicts 0,
    // queued 0" (and "to retry N" when some pushes will be tried again).
    QString summary() const;
    // "Working offline: 3 items stay queued", "Cancelled", the error; empty when the run ended normally.
    QString stopText() const;
};

} // namespace btxh

Q_DECLARE_METATYPE(btxh::SyncReport)
