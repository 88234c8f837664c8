// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only (btxh_core only): included by path from the core tests, the sandbox's tests and the fuzz
// harness, which compare ExtentDataXml::read (with its fast path) against ExtentDataXml::readGeneral.

#include "ExtentDataXml.h"

#include <QJsonDocument>
#include <QString>

namespace btxh::test {

// What differs between two readings of one document, in a line for a failure message; empty when they are
// the same in every respect a caller can see: verdict, error, warnings (every part, in order), the lists'
// presence, unknown element names, and every record's values (null kept apart from empty) and extras.
inline QString extentReadDifference(const ExtentDataXml::ReadResult &a, const ExtentDataXml::ReadResult &b) {
    if (a.ok != b.ok)
        return QStringLiteral("ok %1 / %2").arg(a.ok).arg(b.ok);
    if (a.error != b.error)
        return QStringLiteral("error \"%1\" / \"%2\"").arg(a.error, b.error);
    if (a.warnings.size() != b.warnings.size())
        return QStringLiteral("%1 / %2 warnings").arg(a.warnings.size()).arg(b.warnings.size());
    for (qsizetype i = 0; i < a.warnings.size(); ++i) {
        const Problem &p = a.warnings.at(i), &q = b.warnings.at(i);
        if (p.recordKey != q.recordKey || p.field != q.field || p.label != q.label ||
            p.severity != q.severity || p.code != q.code || p.message != q.message)
            return QStringLiteral("warning %1: \"%2\" / \"%3\"").arg(i).arg(p.message, q.message);
    }
    const ExtentData &x = a.data, &y = b.data;
    if (x.hasDocumentList != y.hasDocumentList || x.hasResultList != y.hasResultList)
        return QStringLiteral("lists present differ");
    if (x.unknownElements != y.unknownElements)
        return QStringLiteral("unknown elements differ");
    const std::pair<const QList<Record> *, const QList<Record> *> lists[] = {
        {&x.documents, &y.documents}, {&x.resultPapers, &y.resultPapers}};
    for (const auto &[l, m] : lists) {
        if (l->size() != m->size())
            return QStringLiteral("%1 / %2 records").arg(l->size()).arg(m->size());
        for (qsizetype r = 0; r < l->size(); ++r) {
            const Record &s = l->at(r), &t = m->at(r);
            if (&s.table() != &t.table())
                return QStringLiteral("record %1: tables differ").arg(r);
            for (int f = 0; f < s.table().size(); ++f)
                if (s.has(f) != t.has(f) || s.value(f) != t.value(f))
                    return QStringLiteral("record %1, %2: \"%3\" (%4) / \"%5\" (%6)")
                        .arg(r)
                        .arg(s.table().at(f).wireName, s.value(f), s.has(f) ? u"set" : u"null", t.value(f),
                             t.has(f) ? u"set" : u"null");
            if (s.extras() != t.extras())
                return QStringLiteral("record %1: extras %2 / %3")
                    .arg(r)
                    .arg(QString::fromUtf8(QJsonDocument(s.extras()).toJson(QJsonDocument::Compact)),
                         QString::fromUtf8(QJsonDocument(t.extras()).toJson(QJsonDocument::Compact)));
        }
    }
    return {};
}

} // namespace btxh::test
