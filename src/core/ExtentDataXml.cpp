// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtentDataXml.h"

#include "ExtentDataNames.h"
#include "ExtentDataXmlReader.h"

#include <QXmlStreamWriter>

namespace btxh {

namespace {

using ExtentDataNames::isXmlChar;

// QXmlStreamWriter writes a carriage return raw, which any reader turns into a line feed, and drops the
// characters XML cannot carry while flagging an error: write CR as a character reference and replace the
// others with U+FFFD so that the document stays well-formed and reads back the same.
void writeText(QXmlStreamWriter &w, QStringView value) {
    QString chunk;
    chunk.reserve(value.size());
    const qsizetype n = value.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = value[i];
        if (c.isHighSurrogate() && i + 1 < n && value[i + 1].isLowSurrogate()) {
            if (isXmlChar(QChar::surrogateToUcs4(c, value[i + 1]))) {
                chunk += c;
                chunk += value[i + 1];
            } else {
                chunk += QChar(QChar::ReplacementCharacter);
            }
            ++i;
        } else if (c == u'\r') {
            w.writeCharacters(chunk);
            chunk.clear();
            w.writeEntityReference(QStringLiteral("#13"));
        } else if (c.isSurrogate() || !isXmlChar(c.unicode())) {
            chunk += QChar(QChar::ReplacementCharacter);
        } else {
            chunk += c;
        }
    }
    if (!chunk.isEmpty())
        w.writeCharacters(chunk);
}

void writeList(QXmlStreamWriter &w, QLatin1StringView listName, QLatin1StringView itemName,
               const QList<Record> &items) {
    if (items.isEmpty()) {
        w.writeEmptyElement(listName);
        return;
    }
    w.writeStartElement(listName);
    for (const Record &record : items) {
        w.writeStartElement(itemName);
        for (const FieldSpec &f : record.table().fields()) {
            if (!record.has(f.id))
                continue;
            const QString value = record.value(f.id);
            if (value.isEmpty()) {
                w.writeEmptyElement(f.wireName);
                continue;
            }
            w.writeStartElement(f.wireName);
            writeText(w, value);
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
}

} // namespace

ExtentDataXml::ReadResult ExtentDataXml::read(QStringView xml) {
    ReadResult result;
    ExtentDataXmlReader(result, true).run(xml);
    return result;
}

ExtentDataXml::ReadResult ExtentDataXml::readGeneral(QStringView xml) {
    ReadResult result;
    ExtentDataXmlReader(result, false).run(xml);
    return result;
}

QString ExtentDataXml::write(const ExtentData &data) {
    QString out;
    QXmlStreamWriter w(&out);
    writeStart(w, out);
    writeList(w, ExtentDataNames::DocumentList, ExtentDataNames::Document, data.documents);
    writeList(w, ExtentDataNames::ResultList, ExtentDataNames::Result, data.resultPapers);
    w.writeEndElement();
    return out;
}

bool ExtentDataXml::writes(const ExtentData &data, QStringView xml) {
    // Most documents received were written by another program, which is seen in their first characters: the
    // whole document is written again only for those that begin as every document written here does.
    static const QString start = [] {
        QString out;
        QXmlStreamWriter w(&out);
        writeStart(w, out);
        w.writeCharacters(QString()); // ends the root's start tag, as its first child would
        return out;
    }();
    return xml.startsWith(start) && write(data) == xml;
}

void ExtentDataXml::writeStart(QXmlStreamWriter &w, QString &out) {
    out += QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
    w.writeStartElement(ExtentDataNames::Root);
    w.writeNamespace(ExtentDataNames::XsiNamespace, QLatin1StringView("xsi"));
    w.writeNamespace(ExtentDataNames::XsdNamespace, QLatin1StringView("xsd"));
}

} // namespace btxh
