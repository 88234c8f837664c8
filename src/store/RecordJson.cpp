// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordJson.h"

#include "FieldTable.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <algorithm>
#include <cstring>

namespace btxh {

namespace {

// The table's fields in the order QJsonObject keeps its keys, asked of QJsonObject itself.
QList<int> keyOrder(const FieldTable &table) {
    QJsonObject o;
    QHash<QString, int> byName;
    for (const FieldSpec &f : table.fields()) {
        o.insert(f.wireName, QJsonValue(QJsonValue::Null));
        byName.insert(f.wireName, f.id);
    }
    QList<int> order;
    for (const QString &key : o.keys())
        order << byName.value(key);
    return order;
}

const QList<int> &keyOrderOf(const FieldTable &table) {
    thread_local QHash<const FieldTable *, QList<int>> orders;
    auto it = orders.constFind(&table);
    if (it == orders.constEnd())
        it = orders.insert(&table, keyOrder(table));
    return *it;
}

char hexDigit(uint v) {
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

// Writes into a buffer sized for the worst case first (six bytes per UTF-16 unit, \u00XX), then cut to size.
class Writer {
public:
    explicit Writer(qsizetype sizeHint) { m_out.resize(sizeHint); }

    void put(char c) {
        reserve(1);
        m_out.data()[m_used++] = c;
    }
    void put(const char *s, qsizetype n) {
        reserve(n);
        memcpy(m_out.data() + m_used, s, size_t(n));
        m_used += n;
    }
    // `text` as a JSON string the way QJsonDocument writes it: UTF-8, with \" \\ \b \f \n \r \t and \u00XX
    // for the other control characters. False for half of a surrogate pair (Qt escapes it; the caller leaves
    // such a text to Qt).
    bool putString(QStringView text) {
        reserve(6 * text.size() + 2);
        char *o = m_out.data() + m_used;
        *o++ = '"';
        const char16_t *p = text.utf16();
        const char16_t *const end = p + text.size();
        while (p != end) {
            const char16_t c = *p++;
            if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
                *o++ = char(c);
            } else if (c < 0x80) {
                *o++ = '\\';
                switch (c) {
                case u'"':
                case u'\\':
                    *o++ = char(c);
                    break;
                case u'\b':
                    *o++ = 'b';
                    break;
                case u'\f':
                    *o++ = 'f';
                    break;
                case u'\n':
                    *o++ = 'n';
                    break;
                case u'\r':
                    *o++ = 'r';
                    break;
                case u'\t':
                    *o++ = 't';
                    break;
                default:
                    *o++ = 'u';
                    *o++ = '0';
                    *o++ = '0';
                    *o++ = hexDigit(c >> 4);
                    *o++ = hexDigit(c & 0xf);
                }
            } else if (c < 0x800) {
                *o++ = char(0xc0 | (c >> 6));
                *o++ = char(0x80 | (c & 0x3f));
            } else if (QChar::isSurrogate(c)) {
                if (!QChar::isHighSurrogate(c) || p == end || !QChar::isLowSurrogate(*p))
                    return false;
                const char32_t u = QChar::surrogateToUcs4(c, *p++);
                *o++ = char(0xf0 | (u >> 18));
                *o++ = char(0x80 | ((u >> 12) & 0x3f));
                *o++ = char(0x80 | ((u >> 6) & 0x3f));
                *o++ = char(0x80 | (u & 0x3f));
            } else {
                *o++ = char(0xe0 | (c >> 12));
                *o++ = char(0x80 | ((c >> 6) & 0x3f));
                *o++ = char(0x80 | (c & 0x3f));
            }
        }
        *o++ = '"';
        m_used = o - m_out.data();
        return true;
    }
    QByteArray take() {
        m_out.truncate(m_used);
        m_out.squeeze(); // the image is kept (a pulled window's server copies), not the worst case's room
        return std::move(m_out);
    }

private:
    void reserve(qsizetype n) {
        if (m_used + n > m_out.size())
            m_out.resize(std::max(m_used + n, 2 * m_out.size()));
    }

    QByteArray m_out;
    qsizetype m_used = 0;
};

} // namespace

QByteArray RecordJson::write(const Record &record) {
    if (!record.extras().isEmpty())
        return writeThroughObject(record);
    const FieldTable &table = record.table();
    Writer out(4096);
    out.put('{');
    bool first = true;
    for (const int id : keyOrderOf(table)) {
        if (!first)
            out.put(',');
        first = false;
        if (!out.putString(table.at(id).wireName))
            return writeThroughObject(record);
        out.put(':');
        const QString value = record.value(id);
        if (value.isNull())
            out.put("null", 4);
        else if (!out.putString(value))
            return writeThroughObject(record);
    }
    out.put('}');
    return out.take();
}

QByteArray RecordJson::writeThroughObject(const Record &record) {
    QJsonObject o = record.extras();
    for (const FieldSpec &f : record.table().fields()) {
        const QString v = record.value(f.id);
        o.insert(f.wireName, v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace btxh
