// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace btxh {

// One cell of a table written by a TableWriter: text, a date, a date-time or a number; empty by default.
class TableCell {
public:
    enum class Type { Empty, Text, Date, DateTime, Number };

    TableCell() = default;
    static TableCell text(const QString &text) {
        TableCell c;
        c.m_type = text.isEmpty() ? Type::Empty : Type::Text;
        c.m_text = text;
        return c;
    }
    static TableCell date(const QDate &date) {
        TableCell c;
        c.m_type = date.isValid() ? Type::Date : Type::Empty;
        c.m_dateTime = QDateTime(date, QTime(0, 0));
        return c;
    }
    static TableCell dateTime(const QDateTime &dateTime) {
        TableCell c;
        c.m_type = dateTime.isValid() ? Type::DateTime : Type::Empty;
        c.m_dateTime = dateTime;
        return c;
    }
    static TableCell number(double value) {
        TableCell c;
        c.m_type = Type::Number;
        c.m_number = value;
        return c;
    }

    Type type() const { return m_type; }
    const QString &textValue() const { return m_text; }
    const QDateTime &dateTimeValue() const { return m_dateTime; }
    double numberValue() const { return m_number; }

private:
    Type m_type = Type::Empty;
    QString m_text;
    QDateTime m_dateTime;
    double m_number = 0;
};

} // namespace btxh
