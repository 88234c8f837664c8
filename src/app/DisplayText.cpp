// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

#include "CatalogueChoices.h"
#include "Catalogues.h"
#include "PlaceCalendar.h"
#include "WireDate.h"

namespace btxh::app {

QString DisplayText::date(const QString &wireValue) {
    const WireDate::Parsed p = WireDate::parse(wireValue);
    return p.isValid() ? p.date.toString(QStringLiteral("dd/MM/yyyy")) : wireValue;
}

QString DisplayText::dateTime(const QString &wireValue) {
    const WireDate::Parsed p = WireDate::parse(wireValue);
    if (!p.isValid())
        return wireValue;
    if (p.shape == WireDate::Shape::Date)
        return p.date.toString(QStringLiteral("dd/MM/yyyy"));
    return p.dateTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QDateTime DisplayText::fromKey(const QString &key) {
    if (key.isEmpty())
        return {};
    return QDateTime::fromString(key.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString DisplayText::field(const FieldSpec &spec, const Record &record, const ValidationContext &context) {
    const QString value = record.value(spec.id);
    if (value.isEmpty())
        return {};
    switch (spec.kind) {
    case FieldKind::Date:
        return date(value);
    case FieldKind::DateTime:
        return dateTime(value);
    case FieldKind::Enumeration:
    case FieldKind::Catalogue:
        return CatalogueChoices::name(spec, value, context);
    case FieldKind::Place:
        return PlaceCalendar::codeAndName(
            spec.placeLevel, value,
            context.places.value_or(PlaceCalendar::dossierList(record, context.today)));
    case FieldKind::Text:
    case FieldKind::Xml:
        break;
    }
    return value;
}

QString DisplayText::status(const QString &code) {
    const QString name = Catalogues::instance().name(u"status", code);
    return name.isEmpty() ? code : name;
}

QString DisplayText::syncState(SyncState state) {
    return syncStateLabel(state);
}

QString DisplayText::relative(const QDateTime &at, const QDateTime &now) {
    if (!at.isValid())
        return tr("never");
    const QDateTime local = at.toLocalTime();
    if (local.date() == now.date())
        return tr("today %1").arg(local.toString(QStringLiteral("HH:mm")));
    return local.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace btxh::app
