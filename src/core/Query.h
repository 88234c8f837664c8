// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Fields.h"
#include "Record.h"

#include <QDateTime>

namespace btxh {

// The pull request body (§3.1): an area and a time window, plus LoaiDuLieu for services 4 and 6.
class Query {
public:
    Query();

    Record fields;

    QString value(QueryField f) const { return fields.value(int(f)); }
    void setValue(QueryField f, const QString &v) { fields.setValue(int(f), v); }

    void setWindow(const QDateTime &from, const QDateTime &to);
};

} // namespace btxh
