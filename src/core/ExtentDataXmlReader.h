// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExtentDataXml.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringView>

class QXmlStreamReader;

namespace btxh {

// Reads one document. Before QXmlStreamReader sees the text, a linear pass repairs what real payloads get
// wrong (the declaration, the case of element names) without changing the length of the text, so the
// line and column numbers QXmlStreamReader reports still point into what the caller gave us.
class ExtentDataXmlReader {
    Q_DECLARE_TR_FUNCTIONS(ExtentDataXml)

public:
    ExtentDataXmlReader(ExtentDataXml::ReadResult &result, bool fastPath)
        : m_result(result)
        , m_fastPath(fastPath) {}

    bool run(QStringView input);

private:
    bool repairDeclaration();
    bool canonicaliseNames();
    bool parse();
    bool next();
    template <typename Child> bool readChildren(const QString &parent, Child child);
    bool readRoot();
    bool readList(QList<Record> &items, QLatin1StringView itemName, const FieldTable &table);
    bool readRecord(Record &record);
    bool readText(QString *out);
    bool skipElement();

    bool fail(const QString &message, const char *code);
    bool failAt(qsizetype index, const char *message, const char *code);
    bool failHere(const char *message, const char *code, const QString &detail = QString());
    void warn(const QString &code, const QString &key, const QString &message);
    void warnAnyway(const QString &code, const QString &message);
    void warnUnknown(const QString &name, const QString &parent, bool kept);
    void warnText(const QString &parent);

    ExtentDataXml::ReadResult &m_result;
    bool m_fastPath;
    QString m_text;
    QXmlStreamReader *m_xml = nullptr;
    int m_depth = 0;
    int m_elements = 0;
    bool m_warningsCut = false;
    QSet<QString> m_warned;
};

} // namespace btxh
