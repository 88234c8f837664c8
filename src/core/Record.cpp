// SPDX-License-Identifier: GPL-3.0-or-later
#include "Record.h"

#include <algorithm>

namespace btxh {

Record::Record(const FieldTable &table)
    : m_table(&table)
    , m_values(table.size()) {}

bool Record::isEmpty() const {
    return m_extras.isEmpty() &&
           std::all_of(m_values.cbegin(), m_values.cend(), [](const QString &v) { return v.isNull(); });
}

bool Record::operator==(const Record &other) const {
    return m_table == other.m_table && m_values == other.m_values && m_extras == other.m_extras;
}

} // namespace btxh
