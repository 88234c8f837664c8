// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace btxh::secrets {

// A SecretStore in memory, for tests of the layers above (sync engine, gateway client, GUI, CLI). Answers
// asynchronously like the real keychain so that code relying on a synchronous answer fails its tests.
// setFailure() makes every following operation fail as the real keychain can (no service, locked...).
class MemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void setFailure(SecretStatus status, const QString &message = {});
    void clearFailure();

    // For assertions: what is stored now, and the entry names touched so far in order ("write default/...").
    bool contains(const QString &profile, SecretKind kind) const;
    QString value(const QString &profile, SecretKind kind) const;
    int size() const { return static_cast<int>(m_entries.size()); }
    const QStringList &operations() const { return m_operations; }

protected:
    void doRead(const QString &profile, SecretKind kind, Callback done) override;
    void doWrite(const QString &profile, SecretKind kind, const QString &value, Callback done) override;
    void doRemove(const QString &profile, SecretKind kind, Callback done) override;

private:
    QHash<QString, QString> m_entries;
    QStringList m_operations;
    std::optional<SecretResult> m_failure;
};

} // namespace btxh::secrets
