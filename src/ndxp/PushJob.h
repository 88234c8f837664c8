// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GatewayJob.h"

namespace btxh {

// What a push (services 1-3) came back with. `errorCode` and `message` are the gateway's, verbatim, whenever
// its reply could be read (0 = accepted); `error` says why the push did not succeed, if it did not.
struct PushResult {
    GatewayError error;
    bool hasReply = false; // the gateway's {"error_code","message"} was read
    int errorCode = -1;
    QString message;

    bool ok() const { return !error.isError(); }
};

// A push: the reply is {"error_code": 0, "message": "..."} (also accepted inside "result", with the code as
// a number or a numeric string). error_code != 0 is a business error: final, never retried.
class PushJob : public GatewayJob {
    Q_OBJECT

public:
    using GatewayJob::GatewayJob;

    PushResult result() const;

    static PushResult parseReply(const QByteArray &body);

protected:
    GatewayError readReply(const ReplyBody &body) override;

private:
    PushResult m_result;
};

} // namespace btxh
