// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

namespace btxh::secrets {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent) {}

void MemorySecretStore::setFailure(SecretStatus status, const QString &message) {
    m_failure =
        SecretResult{status, {}, message.isEmpty() ? tr("The keychain failed (simulated).") : message};
}

void MemorySecretStore::clearFailure() {
    m_failure.reset();
}

bool MemorySecretStore::contains(const QString &profile, SecretKind kind) const {
    return m_entries.contains(entryName(profile, kind));
}

QString MemorySecretStore::value(const QString &profile, SecretKind kind) const {
    return m_entries.value(entryName(profile, kind));
}

// Each operation takes effect when asked (so the order of calls is the order of effects) and answers later.
void MemorySecretStore::doRead(const QString &profile, SecretKind kind, Callback done) {
    const QString entry = entryName(profile, kind);
    m_operations.append(QStringLiteral("read ") + entry);
    if (const auto &f = m_failure)
        return deliverLater(std::move(done), *f);
    const auto it = m_entries.constFind(entry);
    if (it == m_entries.constEnd()) {
        return deliverLater(
            std::move(done),
            SecretResult{SecretStatus::NotFound,
                         {},
                         tr("No %1 is stored for profile “%2”.").arg(SecretKinds::label(kind), profile)});
    }
    deliverLater(std::move(done), SecretResult{SecretStatus::Ok, it.value(), {}});
}

void MemorySecretStore::doWrite(const QString &profile, SecretKind kind, const QString &value,
                                Callback done) {
    const QString entry = entryName(profile, kind);
    m_operations.append(QStringLiteral("write ") + entry);
    if (const auto &f = m_failure)
        return deliverLater(std::move(done), *f);
    m_entries.insert(entry, value);
    deliverLater(std::move(done), SecretResult{SecretStatus::Ok, {}, {}});
}

void MemorySecretStore::doRemove(const QString &profile, SecretKind kind, Callback done) {
    const QString entry = entryName(profile, kind);
    m_operations.append(QStringLiteral("remove ") + entry);
    if (const auto &f = m_failure)
        return deliverLater(std::move(done), *f);
    m_entries.remove(entry);
    deliverLater(std::move(done), SecretResult{SecretStatus::Ok, {}, {}});
}

} // namespace btxh::secrets
