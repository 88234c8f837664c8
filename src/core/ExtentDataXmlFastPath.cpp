// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtentDataXmlFastPath.h"

#include "ExtentDataNames.h"
#include "FieldTable.h"

namespace btxh {

namespace {

using namespace ExtentDataNames;

// Past this many elements a document is left to the general reader, which has its own, larger, bound.
constexpr int kMaxElements = 4096;

bool isSpace(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\n';
}

bool isNameStart(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'_';
}

bool isNameChar(QChar c) {
    const char16_t u = c.unicode();
    return isNameStart(c) || (u >= u'0' && u <= u'9') || u == u'.' || u == u'-';
}

// Every step returns false when the text leaves the shape this reader knows; the caller then gives up.
class Parser {
public:
    explicit Parser(QStringView text)
        : m_t(text) {}

    bool document(ExtentData &data);

private:
    struct Tag {
        bool empty = false; // <name/>
        bool nil = false;   // xsi:nil="true" or "1"
    };
    enum class Attributes { None, Root, Field };

    bool at(QLatin1StringView s) const { return m_t.sliced(m_i).startsWith(s); }
    bool eat(QLatin1StringView s) {
        if (!at(s))
            return false;
        m_i += s.size();
        return true;
    }
    bool eat(QChar c) {
        if (m_i >= m_t.size() || m_t[m_i] != c)
            return false;
        ++m_i;
        return true;
    }
    void skipSpace() {
        while (m_i < m_t.size() && isSpace(m_t[m_i]))
            ++m_i;
    }
    QStringView name();
    QStringView qualifiedName();

    bool declaration();
    bool startTag(Attributes attributes, Tag *tag);
    template <typename Name> bool endTag(Name expected) {
        if (name() != expected)
            return false;
        skipSpace();
        return eat(QChar(u'>'));
    }
    bool counted();
    bool rootContent(ExtentData &data);
    bool list(QList<Record> &items, QLatin1StringView itemName, const FieldTable &table,
              QStringView listName);
    bool item(Record &record, QStringView itemName);
    bool text(QString *out);

    QStringView m_t;
    qsizetype m_i = 0;
    bool m_xsiDeclared = false;
    int m_elements = 0;
};

QStringView Parser::name() {
    const qsizetype start = m_i;
    if (m_i < m_t.size() && isNameStart(m_t[m_i])) {
        ++m_i;
        while (m_i < m_t.size() && isNameChar(m_t[m_i]))
            ++m_i;
    }
    return m_t.sliced(start, m_i - start);
}

// An attribute's name: a name, or prefix:name.
QStringView Parser::qualifiedName() {
    const qsizetype start = m_i;
    if (name().isEmpty())
        return {};
    if (eat(QChar(u':')) && name().isEmpty())
        return {};
    return m_t.sliced(start, m_i - start);
}

// Only the declarations ExtentDataXml::write and ordinary serialisers write; a malformed one has already
// been blanked out.
bool Parser::declaration() {
    static const QLatin1StringView accepted[] = {
        QLatin1StringView(R"(<?xml version="1.0" encoding="utf-8"?>)"),
        QLatin1StringView(R"(<?xml version="1.0" encoding="UTF-8"?>)"),
        QLatin1StringView(R"(<?xml version='1.0' encoding='utf-8'?>)"),
        QLatin1StringView(R"(<?xml version='1.0' encoding='UTF-8'?>)"),
        QLatin1StringView(R"(<?xml version="1.0"?>)"),
        QLatin1StringView(R"(<?xml version='1.0'?>)"),
    };
    for (QLatin1StringView d : accepted)
        if (eat(d))
            return true;
    return false;
}

// After "<" and the element's name: its attributes, then ">" or "/>". The root may declare the xsi and xsd
// namespaces (with their standard names), a field may carry xsi:nil; nothing else is taken.
bool Parser::startTag(Attributes attributes, Tag *tag) {
    bool xsi = false, xsd = false, nil = false;
    for (;;) {
        const qsizetype before = m_i;
        skipSpace();
        if (eat(QLatin1StringView("/>"))) {
            tag->empty = true;
            return true;
        }
        if (eat(QChar(u'>')))
            return true;
        if (m_i == before || attributes == Attributes::None)
            return false;
        const QStringView attribute = qualifiedName();
        if (attribute.isEmpty() || !eat(QChar(u'=')) || m_i >= m_t.size())
            return false;
        const QChar quote = m_t[m_i];
        if (quote != u'"' && quote != u'\'')
            return false;
        const qsizetype start = ++m_i;
        while (m_i < m_t.size() && m_t[m_i] != quote) {
            if (m_t[m_i] == u'<' || m_t[m_i] == u'&')
                return false;
            ++m_i;
        }
        if (m_i >= m_t.size())
            return false;
        const QStringView value = m_t.sliced(start, m_i - start);
        ++m_i;
        if (attributes == Attributes::Root) {
            if (attribute == QLatin1StringView("xmlns:xsi") && !xsi && value == XsiNamespace)
                xsi = m_xsiDeclared = true;
            else if (attribute == QLatin1StringView("xmlns:xsd") && !xsd && value == XsdNamespace)
                xsd = true;
            else
                return false;
        } else {
            if (attribute != QLatin1StringView("xsi:nil") || !m_xsiDeclared || nil)
                return false;
            nil = true;
            for (QChar c : value)
                if (!isNameChar(c) || c == u'.' || c == u'-' || c == u'_')
                    return false; // letters and digits only: nothing for attribute normalisation to change
            tag->nil = value == u"true" || value == u"1";
        }
    }
}

bool Parser::counted() {
    return ++m_elements <= kMaxElements;
}

bool Parser::document(ExtentData &data) {
    if (m_t.contains(u'\r') || (!m_t.isEmpty() && m_t.front() == QChar(0xFEFF)))
        return false; // line-end and byte-order-mark handling are the general reader's
    skipSpace();
    if (at(QLatin1StringView("<?")) && !declaration())
        return false;
    skipSpace();
    Tag root;
    if (!eat(QChar(u'<')) || name() != Root || !startTag(Attributes::Root, &root) || !counted())
        return false;
    if (!root.empty && !rootContent(data))
        return false;
    skipSpace();
    return m_i == m_t.size();
}

bool Parser::rootContent(ExtentData &data) {
    for (;;) {
        skipSpace();
        if (eat(QLatin1StringView("</")))
            return endTag(Root);
        if (!eat(QChar(u'<')))
            return false;
        const QStringView listName = name();
        const bool documents = listName == DocumentList;
        if (!documents && listName != ResultList)
            return false;
        bool &seen = documents ? data.hasDocumentList : data.hasResultList;
        if (seen)
            return false;
        seen = true;
        Tag tag;
        if (!startTag(Attributes::None, &tag) || !counted())
            return false;
        if (tag.empty)
            continue;
        const bool read = documents
                              ? list(data.documents, Document, FieldTable::submittedDocument(), listName)
                              : list(data.resultPapers, Result, FieldTable::resultPaper(), listName);
        if (!read)
            return false;
    }
}

bool Parser::list(QList<Record> &items, QLatin1StringView itemName, const FieldTable &table,
                  QStringView listName) {
    for (;;) {
        skipSpace();
        if (eat(QLatin1StringView("</")))
            return endTag(listName);
        if (!eat(QChar(u'<')))
            return false;
        const QStringView name = this->name();
        Tag tag;
        if (name != itemName || !startTag(Attributes::None, &tag) || !counted())
            return false;
        Record record(table);
        if (!tag.empty && !item(record, name))
            return false;
        items << record;
    }
}

bool Parser::item(Record &record, QStringView itemName) {
    quint64 seen = 0;
    Q_ASSERT(record.table().size() <= 64);
    for (;;) {
        skipSpace();
        if (eat(QLatin1StringView("</")))
            return endTag(itemName);
        if (!eat(QChar(u'<')))
            return false;
        const QStringView name = this->name();
        const int field = record.table().indexOf(name);
        if (field < 0 || (seen & (quint64(1) << field)) != 0)
            return false;
        seen |= quint64(1) << field;
        Tag tag;
        if (!startTag(Attributes::Field, &tag) || !counted())
            return false;
        QString value = QStringLiteral(""); // an empty element is an empty, not a null, value
        if (!tag.empty && (!text(&value) || !eat(QLatin1StringView("</")) || !endTag(name)))
            return false;
        if (tag.nil && value.isEmpty())
            value = QString();
        record.setValue(field, value);
    }
}

// A field's text up to the next "<", the predefined entities replaced.
bool Parser::text(QString *out) {
    struct Entity {
        QLatin1StringView name;
        char16_t c;
    };
    static const Entity entities[] = {
        {QLatin1StringView("&lt;"), u'<'},    {QLatin1StringView("&gt;"), u'>'},
        {QLatin1StringView("&amp;"), u'&'},   {QLatin1StringView("&quot;"), u'"'},
        {QLatin1StringView("&apos;"), u'\''},
    };
    const qsizetype start = m_i;
    qsizetype segment = m_i;
    QString decoded;
    bool replaced = false;
    while (m_i < m_t.size() && m_t[m_i] != u'<') {
        const QChar c = m_t[m_i];
        if (c == u'>' && m_i - start >= 2 && m_t[m_i - 1] == u']' && m_t[m_i - 2] == u']')
            return false; // "]]>" is not allowed in text
        if (c != u'&') {
            ++m_i;
            continue;
        }
        decoded.append(m_t.sliced(segment, m_i - segment));
        const Entity *found = nullptr;
        for (const Entity &e : entities)
            if (at(e.name))
                found = &e;
        if (!found)
            return false;
        decoded.append(QChar(found->c));
        m_i += found->name.size();
        segment = m_i;
        replaced = true;
    }
    if (m_i >= m_t.size())
        return false;
    if (replaced) {
        decoded.append(m_t.sliced(segment, m_i - segment));
        *out = decoded;
    } else if (m_i > start) {
        *out = m_t.sliced(start, m_i - start).toString();
    }
    return true;
}

} // namespace

std::optional<ExtentData> ExtentDataXmlFastPath::read(QStringView text) {
    ExtentData data;
    if (!Parser(text).document(data))
        return std::nullopt;
    return data;
}

} // namespace btxh
