// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace btxh::test {

// A running sandbox gateway as the tests see it: its base URL and its /__admin/ endpoints (stats, faults,
// tokens, records), asked over HTTP like any client would. TestSandbox runs the real ndxp-sandbox process;
// InProcessSandbox runs the same server inside the test.
class SandboxAdmin {
public:
    virtual ~SandboxAdmin() = default;

    virtual QUrl baseUrl() const = 0;

    // GET or POST /__admin/<path>, synchronously (a local event loop); an empty object on failure.
    QJsonObject admin(const QString &path, const QJsonObject *post = nullptr);
    QJsonObject stats() { return admin(QStringLiteral("stats")); }
    int storedDossiers();
    int storedResults();
    int storedSteps();
    int counter(const QString &group, const QString &name);
    bool setFaults(const QJsonObject &faults);
    bool revokeTokens();
    // POST /__admin/<path> without waiting for the answer: safe to call from inside a running sync.
    void postLater(const QString &path, const QJsonObject &body = {});
    // Push counts and stored forms of one MaHoSo (/__admin/records).
    QJsonObject records(const QString &code);

protected:
    SandboxAdmin() = default;
};

} // namespace btxh::test
