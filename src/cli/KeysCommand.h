// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <functional>
#include <memory>

namespace btxh::secrets {
class SecretStore;
}

namespace btxh::cli {

// btxh keys set|status|clear [--profile NAME]: the gateway consumer key and secret in the OS keychain.
// The key and secret are read from standard input (two lines) or prompted for without echo; never taken from
// an argument, never printed.
class KeysCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(KeysCommand)
public:
    using StoreFactory = std::function<std::shared_ptr<secrets::SecretStore>()>;

    KeysCommand(); // the OS keychain
    explicit KeysCommand(StoreFactory storeFactory);
    ~KeysCommand() override;

    QString name() const override { return QStringLiteral("keys"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CliContext &context) const override;

    // "abcd****": the first 4 characters of a key of at least 8, else only stars. Never used for a secret.
    static QString maskedKey(const QString &key);

private:
    int set(secrets::SecretStore &store, const QString &profile, CliContext &context) const;
    int status(secrets::SecretStore &store, const QString &profile, CliContext &context) const;
    int clear(secrets::SecretStore &store, const QString &profile, CliContext &context) const;

    StoreFactory m_storeFactory;
};

} // namespace btxh::cli
