// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentText.h"

#include "Catalogues.h"
#include "FieldTable.h"
#include "PlaceCalendar.h"
#include "WireDate.h"

#include <algorithm>

namespace btxh::documents {

namespace {

const QString DateFormat = QStringLiteral("dd/MM/yyyy");
const QString DateTimeFormat = QStringLiteral("dd/MM/yyyy HH:mm");

} // namespace

DocumentText::DocumentText(const PrintContext &context, const Record &dossierFields)
    : m_context(context)
    , m_places(context.places.value_or(PlaceCalendar::dossierList(dossierFields, context.now.date()))) {}

DocumentText::DocumentText(const PrintContext &context)
    : m_context(context)
    , m_places(context.places.value_or(PlaceCalendar::listOn(context.now.date()))) {}

QString DocumentText::date(const QString &wireValue) {
    const WireDate::Parsed p = WireDate::parse(wireValue.trimmed());
    return p.isValid() ? p.date.toString(DateFormat) : wireValue.trimmed();
}

QString DocumentText::dateTime(const QString &wireValue) {
    const WireDate::Parsed p = WireDate::parse(wireValue.trimmed());
    if (!p.isValid())
        return wireValue.trimmed();
    return p.shape == WireDate::Shape::Date ? p.date.toString(DateFormat)
                                            : p.dateTime().toString(DateTimeFormat);
}

QString DocumentText::date(const QDateTime &at) {
    return at.isValid() ? at.date().toString(DateFormat) : QString();
}

QString DocumentText::date(const QDate &day) {
    return day.isValid() ? day.toString(DateFormat) : QString();
}

QString DocumentText::dateTime(const QDateTime &at) {
    return at.isValid() ? at.toString(DateTimeFormat) : QString();
}

QString DocumentText::blankDate() {
    return QStringLiteral("……/……/…………");
}

QString DocumentText::place(PlaceLevel level, const QString &code) const {
    if (code.trimmed().isEmpty())
        return {};
    return PlaceCalendar::displayName(level, code.trimmed(), m_places);
}

QString DocumentText::field(const FieldSpec &spec, const QString &value) const {
    if (value.trimmed().isEmpty())
        return {};
    switch (spec.kind) {
    case FieldKind::Date:
        return date(value);
    case FieldKind::DateTime:
        return dateTime(value);
    case FieldKind::Enumeration:
    case FieldKind::Catalogue: {
        const Catalogue *catalogue = Catalogues::instance().find(spec.catalogue);
        if (!catalogue)
            return value;
        // DanTocId carries the GSO code or the catalogue id, as the office codes it (decisions.md).
        const bool byGso = spec.catalogue == u"ethnicity" && m_context.ethnicity == EthnicityCoding::GsoCode;
        const CatalogueEntry *e = byGso ? catalogue->findByExtra(value.trimmed()) : catalogue->find(value);
        return e ? e->name() : value;
    }
    case FieldKind::Place:
        return place(spec.placeLevel, value);
    case FieldKind::Text:
    case FieldKind::Xml:
        break;
    }
    return value;
}

QString DocumentText::field(const Dossier &dossier, DossierField f) const {
    return field(FieldTable::dossier().at(int(f)), dossier.value(f));
}

QString DocumentText::address(const Dossier &dossier, const QString &group) const {
    // The table lists an address from the province down; a line reads from the house up.
    QStringList parts;
    const QString prefix = group + u'_';
    for (const FieldSpec &spec : FieldTable::dossier().fields()) {
        if (spec.placeGroup != group && !spec.wireName.startsWith(prefix))
            continue;
        const QString text = field(spec, dossier.fields.value(spec.id)).simplified();
        if (!text.isEmpty() && !parts.contains(text))
            parts << text;
    }
    std::reverse(parts.begin(), parts.end());
    return parts.join(QStringLiteral(", "));
}

QString DocumentText::address(const Dossier &dossier) const {
    const QString current = address(dossier, QStringLiteral("NOHT"));
    return current.isEmpty() ? address(dossier, QStringLiteral("HKTT")) : current;
}

} // namespace btxh::documents
