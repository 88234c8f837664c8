// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtentDataXmlReader.h"

#include "CoreLog.h"
#include "ExtentDataNames.h"
#include "ExtentDataXmlFastPath.h"
#include "Fields.h"

#include <QJsonValue>
#include <QXmlStreamReader>

#include <algorithm>

namespace btxh {

namespace {

using ExtentDataNames::isXmlChar;

const QLatin1StringView kRoot = ExtentDataNames::Root;
const QLatin1StringView kDocumentList = ExtentDataNames::DocumentList;
const QLatin1StringView kDocument = ExtentDataNames::Document;
const QLatin1StringView kResultList = ExtentDataNames::ResultList;
const QLatin1StringView kResult = ExtentDataNames::Result;
const QLatin1StringView kXsiNamespace = ExtentDataNames::XsiNamespace;

// Bounds on what one document may make us hold, whatever its size: a real one has a few dozen elements.
constexpr int kMaxElements = 100000;
constexpr int kMaxWarnings = 100;
constexpr int kMaxUnknownNames = 100;

// Line and column (both from 1) of a position, counting CR LF, CR and LF as one line break each, as
// QXmlStreamReader does.
struct Position {
    qint64 line = 1;
    qint64 column = 1;
};

Position positionOf(QStringView text, qsizetype index) {
    Position p;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n'))) {
            ++p.line;
            p.column = 1;
        } else if (c != u'\r') {
            ++p.column;
        }
    }
    return p;
}

bool isXmlSpace(char16_t c) {
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

// Index of the first character XML does not allow, or -1.
qsizetype firstInvalidChar(QStringView text, char32_t *found) {
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.unicode() >= 0x20 && c.unicode() < 0xD800)
            continue; // nearly every character: allowed, and no surrogate
        if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, text[i + 1]);
            if (!isXmlChar(ucs)) {
                *found = ucs;
                return i;
            }
            ++i;
            continue;
        }
        if (c.isSurrogate() || !isXmlChar(c.unicode())) {
            *found = c.unicode();
            return i;
        }
    }
    return -1;
}

qsizetype utf8Size(QStringView text) {
    qsizetype bytes = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : c.isSurrogate() ? 2 : 3; // a surrogate pair is 4 bytes
    }
    return bytes;
}

bool startsWith(QStringView text, qsizetype at, QLatin1StringView what, Qt::CaseSensitivity cs) {
    return text.size() - at >= what.size() && text.sliced(at, what.size()).compare(what, cs) == 0;
}

// Every element name the document may contain, spelled as the specification spells it.
const QList<QString> &knownNames() {
    static const QList<QString> names = [] {
        QList<QString> out{kRoot, kDocumentList, kDocument, kResultList, kResult};
        for (const FieldTable *table : {&FieldTable::submittedDocument(), &FieldTable::resultPaper()}) {
            for (const FieldSpec &f : table->fields()) {
                if (!out.contains(f.wireName))
                    out << f.wireName;
                for (const QString &a : f.aliases)
                    if (!out.contains(a))
                        out << a;
            }
        }
        return out;
    }();
    return names;
}

char16_t asciiLower(QChar c) {
    const char16_t u = c.unicode();
    return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
}

// The specification's spelling of a name that differs from a known one only in the case of ASCII letters
// (so that the text keeps its length), or null.
const QString *canonicalName(QStringView name) {
    // The known names grouped by length: a name is compared only with those it could match.
    static const QList<QList<const QString *>> byLength = [] {
        QList<QList<const QString *>> out;
        for (const QString &known : knownNames()) {
            if (out.size() <= known.size())
                out.resize(known.size() + 1);
            out[known.size()] << &known;
        }
        return out;
    }();
    if (name.size() >= byLength.size())
        return nullptr;
    const QList<const QString *> &candidates = byLength.at(name.size());
    for (const QString *known : candidates)
        if (name == *known)
            return known;
    for (const QString *known : candidates) {
        if (std::equal(name.begin(), name.end(), known->begin(),
                       [](QChar a, QChar b) { return asciiLower(a) == asciiLower(b); }))
            return known;
    }
    return nullptr;
}

} // namespace

bool ExtentDataXmlReader::fail(const QString &message, const char *code) {
    qCDebug(lcCore) << "CertificateExtentData refused:" << code;
    m_result.ok = false;
    m_result.error = message;
    m_result.data = ExtentData();
    m_result.warnings.clear(); // a refused document has one problem: the error
    return false;
}

bool ExtentDataXmlReader::failAt(qsizetype index, const char *message, const char *code) {
    const Position p = positionOf(m_text, index);
    return fail(tr(message).arg(p.line).arg(p.column), code);
}

// %1 and %2 of the message are QXmlStreamReader's current line and column, %3 the detail if any. One arg()
// call, so that a "%" in the detail is never taken for a placeholder.
bool ExtentDataXmlReader::failHere(const char *message, const char *code, const QString &detail) {
    const QString line = QString::number(m_xml->lineNumber());
    const QString column = QString::number(m_xml->columnNumber());
    const QString text = tr(message);
    return fail(detail.isNull() ? text.arg(line, column) : text.arg(line, column, detail), code);
}

void ExtentDataXmlReader::warn(const QString &code, const QString &key, const QString &message) {
    const QString id = code + QChar(u'\x1f') + key;
    if (m_warningsCut || m_warned.contains(id))
        return;
    if (m_result.warnings.size() >= kMaxWarnings) {
        m_warningsCut = true;
        warnAnyway(QStringLiteral("xml-more-warnings"),
                   tr("The document departs from the specification in more ways than those listed."));
        return;
    }
    m_warned.insert(id);
    warnAnyway(code, message);
}

void ExtentDataXmlReader::warnAnyway(const QString &code, const QString &message) {
    Problem p;
    p.field = FieldTable::dossier().at(int(DossierField::CertificateExtentData)).wireName;
    p.label = FieldTable::dossier().at(int(DossierField::CertificateExtentData)).label();
    p.severity = Severity::Warning;
    p.code = code;
    p.message = message;
    m_result.warnings << p;
}

void ExtentDataXmlReader::warnUnknown(const QString &name, const QString &parent, bool kept) {
    QStringList &unknown = m_result.data.unknownElements;
    if (unknown.size() < kMaxUnknownNames && !unknown.contains(name))
        unknown << name;
    warn(
        QStringLiteral("xml-unknown-element"), parent + QChar(u'/') + name,
        (kept
             ? tr("The element <%1> inside <%2> is not in the specification; its text was kept but not used.")
             : tr("The element <%1> inside <%2> is not in the specification; it was ignored."))
            .arg(name, parent));
}

void ExtentDataXmlReader::warnText(const QString &parent) {
    warn(QStringLiteral("xml-unexpected-text"), parent,
         tr("Text directly inside <%1> is not in the specification; it was ignored.").arg(parent));
}

bool ExtentDataXmlReader::run(QStringView input) {
    const qsizetype bytes = utf8Size(input);
    if (bytes > ExtentDataXml::MaxInputBytes)
        return fail(tr("The document is too large (%1 bytes; at most %2 are accepted).")
                        .arg(bytes)
                        .arg(ExtentDataXml::MaxInputBytes),
                    "too-large");

    bool blank = true;
    for (QChar c : input)
        if (!isXmlSpace(c.unicode()) && c != QChar(0xFEFF)) {
            blank = false;
            break;
        }
    if (blank) {
        m_result.ok = true;
        return true;
    }

    m_text = input.toString();
    char32_t bad = 0;
    const qsizetype invalid = firstInvalidChar(m_text, &bad);
    if (invalid >= 0) {
        const Position p = positionOf(m_text, invalid);
        return fail(tr("The document contains a character XML does not allow (U+%1) at line %2, column %3.")
                        .arg(QString::number(uint(bad), 16).toUpper().rightJustified(4, QChar(u'0')))
                        .arg(p.line)
                        .arg(p.column),
                    "invalid-character");
    }

    if (!repairDeclaration() || !canonicaliseNames())
        return false;
    if (m_fastPath) {
        if (std::optional<ExtentData> data = ExtentDataXmlFastPath::read(m_text)) {
            m_result.data = std::move(*data);
            m_result.ok = true;
            return true;
        }
    }
    if (!parse())
        return false;
    m_result.ok = true;
    return true;
}

// Real payloads end the declaration with "?'>" or ">" instead of "?>". The text is already decoded, so a
// declaration tells us nothing we need: a malformed one is blanked out (with spaces, keeping line breaks).
bool ExtentDataXmlReader::repairDeclaration() {
    qsizetype start = 0;
    if (!m_text.isEmpty() && m_text.front() == QChar(0xFEFF))
        start = 1;
    qsizetype at = start;
    while (at < m_text.size() && isXmlSpace(m_text[at].unicode()))
        ++at;
    if (!startsWith(m_text, at, QLatin1StringView("<?xml"), Qt::CaseSensitive))
        return true;
    if (at + 5 < m_text.size() && !isXmlSpace(m_text[at + 5].unicode()) && m_text[at + 5] != u'?')
        return true; // a processing instruction such as <?xml-stylesheet ...?>, not a declaration

    qsizetype end = at + 5;
    while (end < m_text.size() && m_text[end] != u'>' && m_text[end] != u'<')
        ++end;
    if (end >= m_text.size() || m_text[end] != u'>')
        return failAt(
            at,
            QT_TRANSLATE_NOOP("ExtentDataXml", "The XML declaration at line %1, column %2 is not closed."),
            "xml-declaration");

    const bool wellFormed = at == start && m_text[end - 1] == u'?';
    if (wellFormed)
        return true; // QXmlStreamReader checks the rest

    QString shown = m_text.mid(at, end - at + 1).simplified();
    if (shown.size() > 80)
        shown = shown.left(77) + QStringLiteral("...");
    warn(QStringLiteral("xml-declaration"), QString(),
         at == start ? tr("The XML declaration %1 is malformed; it was ignored.").arg(shown)
                     : tr("The XML declaration %1 does not start the document; it was ignored.").arg(shown));
    for (qsizetype i = at; i <= end; ++i)
        if (m_text[i] != u'\n' && m_text[i] != u'\r')
            m_text[i] = QChar(u' ');
    return true;
}

// Gives every known element name the specification's spelling, so that <DanhSachTaiLieuNop> closed by
// </DanhsachTaiLieuNop> (as in the dossier-pull example) is one element. Only names right after "<" or "</"
// are touched: text cannot contain a raw "<", and comments, CDATA sections and processing instructions are
// skipped whole. A "<" inside an attribute value would make the document malformed anyway. DTDs and other
// markup declarations are refused here, before any parser could act on them.
bool ExtentDataXmlReader::canonicaliseNames() {
    const qsizetype n = m_text.size();
    QChar *data = m_text.data(); // detaches once, before the view onto it is taken
    const QStringView text(data, n);
    qsizetype i = 0;
    while ((i = text.indexOf(u'<', i)) >= 0) {
        // Comments, CDATA, processing instructions and declarations all start "<!" or "<?".
        const bool markup = i + 1 < n && (text[i + 1] == u'!' || text[i + 1] == u'?');
        if (markup && startsWith(text, i, QLatin1StringView("<!--"), Qt::CaseSensitive)) {
            const qsizetype end = text.indexOf(u"-->", i + 4);
            if (end < 0)
                return true; // QXmlStreamReader reports the unclosed comment
            i = end + 3;
            continue;
        }
        if (markup && startsWith(text, i, QLatin1StringView("<![CDATA["), Qt::CaseSensitive)) {
            const qsizetype end = text.indexOf(u"]]>", i + 9);
            if (end < 0)
                return true;
            i = end + 3;
            continue;
        }
        if (markup && startsWith(text, i, QLatin1StringView("<?"), Qt::CaseSensitive)) {
            const qsizetype end = text.indexOf(u"?>", i + 2);
            if (end < 0)
                return true;
            i = end + 2;
            continue;
        }
        if (markup && startsWith(text, i, QLatin1StringView("<!DOCTYPE"), Qt::CaseInsensitive))
            return failAt(
                i,
                QT_TRANSLATE_NOOP("ExtentDataXml",
                                  "The document contains a document type declaration (<!DOCTYPE) at "
                                  "line %1, column %2; DTDs are not accepted."),
                "xml-dtd");
        if (markup && startsWith(text, i, QLatin1StringView("<!ENTITY"), Qt::CaseInsensitive))
            return failAt(
                i,
                QT_TRANSLATE_NOOP("ExtentDataXml",
                                  "The document declares an entity (<!ENTITY) at line %1, column %2; "
                                  "entity declarations are not accepted."),
                "xml-entity");
        if (markup && startsWith(text, i, QLatin1StringView("<!"), Qt::CaseSensitive))
            return failAt(
                i,
                QT_TRANSLATE_NOOP("ExtentDataXml",
                                  "The document contains a markup declaration (<!) at line %1, column "
                                  "%2; markup declarations are not accepted."),
                "xml-markup-declaration");

        qsizetype start = i + 1;
        if (start < n && text[start] == u'/')
            ++start;
        qsizetype end = start;
        while (end < n) {
            const char16_t c = text[end].unicode();
            if (isXmlSpace(c) || c == u'/' || c == u'>' || c == u'<' || c == u'=' || c == u'\'' || c == u'"')
                break;
            ++end;
        }
        const QStringView name = text.mid(start, end - start);
        if (const QString *canonical = canonicalName(name); canonical && name != *canonical) {
            warn(QStringLiteral("xml-element-case"), name.toString(),
                 tr("The element name <%1> differs in case from the specification's <%2>; it was read as "
                    "<%2>.")
                     .arg(name.toString(), *canonical));
            std::copy(canonical->cbegin(), canonical->cend(), data + start);
        }
        i = end;
    }
    return true;
}

// Advances one token, refusing what the document must not contain and keeping count of the nesting.
bool ExtentDataXmlReader::next() {
    static const char *const truncated =
        QT_TRANSLATE_NOOP("ExtentDataXml", "The document ends before it is complete (line %1, column %2).");
    switch (m_xml->readNext()) {
    case QXmlStreamReader::Invalid:
        if (m_xml->error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return failHere(truncated, "xml-truncated");
        return failHere(QT_TRANSLATE_NOOP("ExtentDataXml",
                                          "The document is not well-formed XML at line %1, column %2: %3"),
                        "xml-malformed", m_xml->errorString());
    case QXmlStreamReader::DTD:
        return failHere(QT_TRANSLATE_NOOP("ExtentDataXml",
                                          "The document contains a document type declaration at line %1, "
                                          "column %2; DTDs are not accepted."),
                        "xml-dtd");
    case QXmlStreamReader::EntityReference:
        return failHere(QT_TRANSLATE_NOOP("ExtentDataXml",
                                          "The document refers to an entity at line %1, column "
                                          "%2; entities are not accepted."),
                        "xml-entity");
    case QXmlStreamReader::StartElement:
        if (++m_elements > kMaxElements)
            return failHere(QT_TRANSLATE_NOOP("ExtentDataXml",
                                              "The document has more than %3 elements (line %1, "
                                              "column %2)."),
                            "xml-too-many-elements", QString::number(kMaxElements));
        if (++m_depth > ExtentDataXml::MaxDepth)
            return failHere(
                QT_TRANSLATE_NOOP("ExtentDataXml",
                                  "The document nests elements more than %3 deep (line %1, column "
                                  "%2)."),
                "xml-too-deep", QString::number(ExtentDataXml::MaxDepth));
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::EndDocument:
        if (m_depth > 0) // cannot happen without an error, but never loop on it
            return failHere(truncated, "xml-truncated");
        return true;
    default:
        return true;
    }
}

bool ExtentDataXmlReader::parse() {
    QXmlStreamReader xml(m_text);
    m_xml = &xml;
    bool sawRoot = false;
    while (!xml.atEnd()) {
        if (!next())
            return false;
        if (xml.tokenType() != QXmlStreamReader::StartElement)
            continue;
        if (sawRoot || xml.qualifiedName() != kRoot)
            return failHere(QT_TRANSLATE_NOOP("ExtentDataXml",
                                              "The document's root element is <%3> (line %1, "
                                              "column %2); <ExtentData> was expected."),
                            "xml-root", xml.qualifiedName().toString());
        sawRoot = true;
        if (!readRoot())
            return false;
    }
    if (!sawRoot)
        return fail(tr("The document has no <ExtentData> element."), "xml-root");
    return true;
}

// The children of the element just started, each given to `child` on its start tag (which reads it to its
// end; false stops the reading), until that element ends. Text between them is warned about as text inside
// `parent`.
template <typename Child> bool ExtentDataXmlReader::readChildren(const QString &parent, Child child) {
    const int level = m_depth;
    for (;;) {
        if (!next())
            return false;
        switch (m_xml->tokenType()) {
        case QXmlStreamReader::StartElement:
            if (!child())
                return false;
            break;
        case QXmlStreamReader::Characters:
            if (!m_xml->isWhitespace())
                warnText(parent);
            break;
        case QXmlStreamReader::EndElement:
            if (m_depth < level)
                return true;
            break;
        default:
            break;
        }
    }
}

bool ExtentDataXmlReader::readRoot() {
    ExtentData &data = m_result.data;
    return readChildren(kRoot, [&] {
        const QStringView name = m_xml->qualifiedName();
        if (name != kDocumentList && name != kResultList) {
            warnUnknown(name.toString(), kRoot, false);
            return skipElement();
        }
        const bool documents = name == kDocumentList;
        bool &seen = documents ? data.hasDocumentList : data.hasResultList;
        if (seen)
            warn(QStringLiteral("xml-duplicate-list"), name.toString(),
                 tr("The list <%1> appears more than once; their items were combined.").arg(name.toString()));
        seen = true;
        return documents ? readList(data.documents, kDocument, FieldTable::submittedDocument())
                         : readList(data.resultPapers, kResult, FieldTable::resultPaper());
    });
}

bool ExtentDataXmlReader::readList(QList<Record> &items, QLatin1StringView itemName,
                                   const FieldTable &table) {
    const QString listName = m_xml->qualifiedName().toString();
    return readChildren(listName, [&] {
        if (m_xml->qualifiedName() != itemName) {
            warnUnknown(m_xml->qualifiedName().toString(), listName, false);
            return skipElement();
        }
        Record record(table);
        if (!readRecord(record))
            return false;
        items << record;
        return true;
    });
}

bool ExtentDataXmlReader::readRecord(Record &record) {
    const QString itemName = m_xml->qualifiedName().toString();
    QList<bool> seen(record.table().size(), false);
    return readChildren(itemName, [&] {
        const QString name = m_xml->qualifiedName().toString();
        // xsi:nil="true" is how XML serialisers write a null value.
        const QStringView nil = m_xml->attributes().value(kXsiNamespace, QLatin1StringView("nil"));
        const bool isNil = nil == u"true" || nil == u"1";
        QString value;
        if (!readText(&value))
            return false;
        if (isNil && value.isEmpty())
            value = QString();
        const int field = record.table().indexOf(name);
        if (field < 0) {
            record.setExtra(name, value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value));
            warnUnknown(name, itemName, true);
            return true;
        }
        if (seen[field])
            warn(QStringLiteral("xml-duplicate-element"), itemName + QChar(u'/') + name,
                 tr("The element <%1> appears more than once in one <%2>; the last one was kept.")
                     .arg(name, itemName));
        seen[field] = true;
        record.setValue(field, value);
        return true;
    });
}

// The text of a field element; an empty element gives an empty (not null) string. Text of elements nested
// inside it is kept too, with a warning: the specification has none.
bool ExtentDataXmlReader::readText(QString *out) {
    const int level = m_depth;
    const QString name = m_xml->qualifiedName().toString();
    QString text = QStringLiteral("");
    for (;;) {
        if (!next())
            return false;
        switch (m_xml->tokenType()) {
        case QXmlStreamReader::Characters:
            text += m_xml->text();
            break;
        case QXmlStreamReader::StartElement:
            warn(QStringLiteral("xml-nested-element"), name,
                 tr("The element <%1> contains other elements; only its text was kept.").arg(name));
            break;
        case QXmlStreamReader::EndElement:
            if (m_depth < level) {
                *out = text;
                return true;
            }
            break;
        default:
            break;
        }
    }
}

bool ExtentDataXmlReader::skipElement() {
    const int level = m_depth;
    for (;;) {
        if (!next())
            return false;
        if (m_xml->tokenType() == QXmlStreamReader::EndElement && m_depth < level)
            return true;
    }
}

} // namespace btxh
