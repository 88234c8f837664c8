// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include "KeychainError.h"
#include "SecretServiceProbe.h"
#include "SecretsLog.h"

#include <qt6keychain/keychain.h>

namespace btxh::secrets {

namespace {

QLatin1StringView statusName(SecretStatus status) {
    switch (status) {
    case SecretStatus::Ok:
        return QLatin1StringView("ok");
    case SecretStatus::NotFound:
        return QLatin1StringView("not found");
    case SecretStatus::NoService:
        return QLatin1StringView("no keychain service");
    case SecretStatus::Locked:
        return QLatin1StringView("keyring locked");
    case SecretStatus::AccessDenied:
        return QLatin1StringView("access denied");
    case SecretStatus::Timeout:
        return QLatin1StringView("timeout");
    case SecretStatus::InvalidInput:
        return QLatin1StringView("invalid input");
    case SecretStatus::Failed:
        break;
    }
    return QLatin1StringView("failed");
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, &KeychainSecretStore::timedOut);
}

// Jobs still running keep going on their own (they delete themselves); their answers are dropped because the
// connections die with this object.
KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::setTimeout(std::chrono::milliseconds timeout) {
    m_timer.setInterval(timeout);
}

void KeychainSecretStore::doRead(const QString &profile, SecretKind kind, Callback done) {
    enqueue(Request{Operation::Read, profile, kind, {}, std::move(done)});
}

void KeychainSecretStore::doWrite(const QString &profile, SecretKind kind, const QString &value,
                                  Callback done) {
    enqueue(Request{Operation::Write, profile, kind, value, std::move(done)});
}

void KeychainSecretStore::doRemove(const QString &profile, SecretKind kind, Callback done) {
    enqueue(Request{Operation::Remove, profile, kind, {}, std::move(done)});
}

void KeychainSecretStore::enqueue(Request request) {
    m_queue.push_back(std::move(request));
    if (!m_busy)
        scheduleNext();
}

// Always from the event loop, so that `done` is never called from inside read()/write()/remove().
void KeychainSecretStore::scheduleNext() {
    if (m_startScheduled || m_queue.empty())
        return;
    m_startScheduled = true;
    QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
}

void KeychainSecretStore::startNext() {
    m_startScheduled = false;
    if (m_busy || m_queue.empty())
        return;
    m_busy = true;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    const quint64 generation = ++m_generation;

    const QString service = serviceName;
    QKeychain::Job *job = nullptr;
    switch (m_current.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(m_current.value);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // Never a plain-text file: with no keychain service the job must fail, not quietly use QSettings.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entryName(m_current.profile, m_current.kind));
    connect(job, &QKeychain::Job::finished, this, [this, generation](QKeychain::Job *finished) {
        QString value;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
            value = read->textData();
        jobFinished(generation, finished->error(), finished->errorString(), value);
    });
    m_current.value.clear(); // no longer needed here
    m_timer.start();
    job->start();
}

void KeychainSecretStore::jobFinished(quint64 generation, int error, const QString &errorString,
                                      const QString &value) {
    if (generation != m_generation || !m_busy)
        return; // answered after its timeout
    m_timer.stop();
    SecretResult result = KeychainError::toResult(error, errorString, m_current.profile, m_current.kind);
    if (result.ok() && m_current.operation == Operation::Read)
        result.value = value;
    // A locked collection hides its items: a lookup answers "not found" and a delete "done" without deleting
    // anything. Ask the Secret Service before believing either.
    const bool mayBeHidden = (result.notFound() && m_current.operation == Operation::Read) ||
                             (result.ok() && m_current.operation == Operation::Remove);
    if (mayBeHidden) {
        SecretServiceProbe::defaultCollectionState(
            this, [this, generation, result](SecretServiceProbe::State state) {
                if (generation != m_generation)
                    return;
                finish(state == SecretServiceProbe::State::Locked
                           ? SecretResult{SecretStatus::Locked, {}, KeychainError::lockedMessage()}
                           : result);
            });
        return;
    }
    finish(result);
}

void KeychainSecretStore::timedOut() {
    const int seconds = static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(m_timer.intervalAsDuration()).count());
    ++m_generation; // drop the late answer
    finish(SecretResult{SecretStatus::Timeout, {}, KeychainError::timeoutMessage(qMax(1, seconds))});
}

QLatin1StringView KeychainSecretStore::operationName(Operation operation) {
    switch (operation) {
    case Operation::Read:
        return QLatin1StringView("read");
    case Operation::Write:
        return QLatin1StringView("write");
    case Operation::Remove:
        break;
    }
    return QLatin1StringView("remove");
}

void KeychainSecretStore::finish(const SecretResult &result) {
    m_timer.stop();
    // Outcomes only: the profile name, which entry, and how it went. The caller shows the officer a message
    // for the expected failures (no service, locked, denied), so only the unexpected ones are warnings.
    const QString outcome =
        QStringLiteral("%1 %2 for profile %3: %4")
            .arg(operationName(m_current.operation), SecretKinds::entrySuffix(m_current.kind),
                 m_current.profile, statusName(result.status));
    if (result.status == SecretStatus::Failed || result.status == SecretStatus::Timeout)
        qCWarning(lcSecrets).noquote() << outcome;
    else
        qCDebug(lcSecrets).noquote() << outcome;
    Callback done = std::move(m_current.done);
    m_current = Request{};
    m_busy = false;
    scheduleNext();
    if (done)
        done(result);
}

} // namespace btxh::secrets
