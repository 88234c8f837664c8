// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretKind.h"
#include "SecretResult.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace btxh::secrets {

// Where consumer keys and secrets live, one entry per (profile, kind). Injected into the app, the sync engine
// and the CLI so that tests can use MemorySecretStore and the product uses KeychainSecretStore.
//
// Every operation is asynchronous: `done` is called exactly once, later, from the event loop of the store's
// thread (never from inside the call), unless `context` is given and has been destroyed by then. Operations
// are applied in the order they were asked for, so a read after a write sees the write.
//
// The *Sync variants spin a local QEventLoop until the answer arrives: for the command line only, never from
// the GUI thread.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    void read(const QString &profile, SecretKind kind, Callback done, const QObject *context = nullptr);
    void write(const QString &profile, SecretKind kind, const QString &value, Callback done = {},
               const QObject *context = nullptr);
    // Writes a profile's key and secret (an empty one is left as it is) and calls `done` once, after both,
    // with the keychain's messages for those that failed (empty: both stored).
    using PairCallback = std::function<void(const QStringList &errors)>;
    void writePair(const QString &profile, const QString &key, const QString &secret, PairCallback done,
                   const QObject *context = nullptr);
    // Removing an entry that does not exist is not an error.
    void remove(const QString &profile, SecretKind kind, Callback done = {},
                const QObject *context = nullptr);

    SecretResult readSync(const QString &profile, SecretKind kind);
    SecretResult writeSync(const QString &profile, SecretKind kind, const QString &value);
    SecretResult removeSync(const QString &profile, SecretKind kind);

    // "<profile>/consumer-key": the entry name in the keychain.
    static QString entryName(const QString &profile, SecretKind kind);
    // 1–64 characters of A–Z, a–z, 0–9, '.', '_' and '-' (a '/' would make entry names ambiguous).
    static bool isValidProfileName(const QString &profile);
    static QString invalidProfileMessage(const QString &profile);

protected:
    // Implementations get validated arguments and must call `done` exactly once, asynchronously, in order.
    virtual void doRead(const QString &profile, SecretKind kind, Callback done) = 0;
    virtual void doWrite(const QString &profile, SecretKind kind, const QString &value, Callback done) = 0;
    virtual void doRemove(const QString &profile, SecretKind kind, Callback done) = 0;

    // Calls `done(result)` from the event loop.
    void deliverLater(Callback done, const SecretResult &result);

private:
    Callback guarded(Callback done, const QObject *context) const;
    bool refuseInvalid(const QString &profile, const Callback &done);
};

} // namespace btxh::secrets
