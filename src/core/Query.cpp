// SPDX-License-Identifier: GPL-3.0-or-later
#include "Query.h"

#include "WireDate.h"

namespace btxh {

Query::Query()
    : fields(FieldTable::query()) {}

void Query::setWindow(const QDateTime &from, const QDateTime &to) {
    setValue(QueryField::ThoiGianBatDau, WireDate::formatDateTime(from));
    setValue(QueryField::ThoiGianKetThuc, WireDate::formatDateTime(to));
}

} // namespace btxh
