// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GatewayJob.h"
#include "Payload.h"
#include "Query.h"

namespace btxh {

// What a pull (services 4-6) came back with: the items as read by PayloadReader (with its reading problems),
// and the gateway's error_code and message verbatim.
struct PullResult {
    GatewayError error;
    Payload payload;

    bool ok() const { return !error.isError(); }
    qsizetype items() const { return payload.dossiers.size() + payload.steps.size(); }
};

// A pull: the body is a Query (§3.1); the reply {"result": {"message", "error_code", "data": [...]}}.
class PullJob : public GatewayJob {
    Q_OBJECT

public:
    PullJob(const GatewayEnvironment &environment, TokenProvider *tokens, const Query &query,
            QObject *parent = nullptr);

    const Query &query() const { return m_query; }
    PullResult result() const;

    // Keeps a 2xx reply's body unread (body()) for the caller to read with parseReply, on a thread of its
    // choosing: the job then ends with the HTTP-level outcome only, and result() holds no items. Set before
    // the job runs.
    void setReadByCaller(bool byCaller) { m_readByCaller = byCaller; }
    const ReplyBody &body() const { return m_body; }

    // `firstItem`: how many items of the reply come before this document's first, when it is a part of a
    // larger reply (PayloadStream), so that unreadable items are numbered in the whole reply.
    static PullResult parseReply(const QByteArray &body, qsizetype firstItem = 0);

protected:
    QByteArray requestBody() const override;
    GatewayError readReply(const ReplyBody &body) override;
    QString logKey() const override;
    // The LoaiDuLieu this service sends ("1", "100"), or an empty string to send the query's own.
    virtual QString dataKind() const = 0;

private:
    Query m_query;
    PullResult m_result;
    ReplyBody m_body;
    bool m_readByCaller = false;
};

} // namespace btxh
