// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncArea.h"

namespace btxh {

QString SyncArea::key() const {
    return province + u'/' + district + u'/' + commune;
}

bool SyncArea::isCode(const QString &code) {
    if (code.isEmpty() || code.size() > 20)
        return false;
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString SyncArea::validationError() const {
    if (province.isEmpty())
        return tr("No area is set: give the office's province code (btxh config set area.province CODE, or "
                  "--province CODE).");
    for (const QString *code : {&province, &district, &commune}) {
        if (!code->isEmpty() && !isCode(*code))
            return tr("\"%1\" is not a GSO code: digits only, at most 20.").arg(*code);
    }
    return {};
}

} // namespace btxh
