// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncRun.h"

#include "FieldTable.h"
#include "GatewayError.h"
#include "JsonCodec.h"
#include "ProcessingStep.h"
#include "SyncTime.h"

#include <QCoreApplication>

namespace btxh {

QDateTime SyncRun::now() const {
    return SyncTime::wallClock(options.clock ? options.clock() : QDateTime::currentDateTime());
}

QString SyncRun::gatewayWords(const GatewayError &error) {
    if (error.hasGatewayCode || !error.gatewayMessage.isEmpty())
        return QCoreApplication::translate("btxh::SyncEngine", "error_code %1: %2")
            .arg(error.gatewayCode)
            .arg(error.gatewayMessage);
    return error.text;
}

QString SyncRun::gatewayLevelText(const GatewayError &error) {
    return QCoreApplication::translate(
               "btxh::SyncEngine",
               "The gateway address or keys look wrong: %1 Nothing more was sent; the items stay "
               "queued. Ask the administrator to check the connection settings.")
        .arg(error.text);
}

QString SyncRun::stepWireKey(const ProcessingStep &step) {
    QString key;
    for (const FieldSpec &spec : FieldTable::progress().fields()) {
        if (spec.pullOnly)
            continue;
        key += JsonCodec::wireValue(spec, step.fields.value(spec.id).trimmed());
        key += QChar(0x1f);
    }
    return key;
}

} // namespace btxh
