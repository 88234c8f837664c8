// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseListSheet.h"

#include "Catalogues.h"
#include "FieldTable.h"
#include "GsoDirectory.h"
#include "PlaceCalendar.h"
#include "SearchText.h"
#include "WireDate.h"

#include <QHash>

namespace btxh {

namespace {

QString codeSuffix(Language language) {
    return language == Language::English ? QStringLiteral(" (code)") : QStringLiteral(" (mã)");
}

// Headers are matched as an officer may have retyped them: case, accents and spacing aside.
QString headerKey(const QString &header) {
    return SearchText::fold(header).simplified();
}

} // namespace

CaseListSheet::CaseListSheet(Namer namer)
    : m_namer(std::move(namer)) {}

CaseListSheet::Namer CaseListSheet::catalogueNamer(const ValidationContext &context) {
    return [context](const FieldSpec &spec, const QString &code, const Record &row) -> QString {
        if (code.trimmed().isEmpty())
            return {};
        if (spec.kind == FieldKind::Place) {
            // A code names the place of the list in force on the row's received date (PlaceCalendar).
            const GsoList list = context.places.value_or(PlaceCalendar::dossierList(row, context.today));
            const GsoUnit *unit = PlaceCalendar::unit(spec.placeLevel, code, list);
            return unit ? unit->name : QString();
        }
        const Catalogue *catalogue = Catalogues::instance().find(spec.catalogue);
        if (!catalogue)
            return {};
        const bool byGso = spec.catalogue == u"ethnicity" && context.ethnicity == EthnicityCoding::GsoCode;
        const CatalogueEntry *e = byGso ? catalogue->findByExtra(code) : catalogue->find(code);
        return e ? e->name() : QString();
    };
}

bool CaseListSheet::hasName(const FieldSpec &spec) {
    return spec.kind == FieldKind::Enumeration || spec.kind == FieldKind::Catalogue ||
           spec.kind == FieldKind::Place;
}

QList<CaseListSheet::Column> CaseListSheet::columns(bool forImport) {
    QList<Column> out;
    for (const FieldSpec &spec : FieldTable::dossier().fields()) {
        if (spec.pullOnly)
            continue;
        if (spec.kind == FieldKind::Xml) {
            if (forImport)
                out << Column{&spec, Column::Role::Documents};
            continue;
        }
        out << Column{&spec, Column::Role::Value};
        if (!forImport && hasName(spec))
            out << Column{&spec, Column::Role::Name};
    }
    if (!forImport)
        out << Column{nullptr, Column::Role::SyncState} << Column{nullptr, Column::Role::Deadline};
    return out;
}

QString CaseListSheet::header(const Column &column, Language language) {
    const bool english = language == Language::English;
    switch (column.role) {
    case Column::Role::Value:
        return column.spec->label(language) + (hasName(*column.spec) ? codeSuffix(language) : QString());
    case Column::Role::Name:
        return column.spec->label(language);
    case Column::Role::Documents:
        return english ? QStringLiteral("Submitted documents") : QStringLiteral("Giấy tờ nộp");
    case Column::Role::SyncState:
        return english ? QStringLiteral("Sync state") : QStringLiteral("Trạng thái đồng bộ");
    case Column::Role::Deadline:
        return english ? QStringLiteral("Legal deadline") : QStringLiteral("Hạn xử lý theo quy định");
    }
    return {};
}

QStringList CaseListSheet::headers(bool forImport, Language language) {
    QStringList out;
    for (const Column &c : columns(forImport))
        out << header(c, language);
    return out;
}

std::optional<CaseListSheet::Column> CaseListSheet::columnForHeader(const QString &text) {
    static const QHash<QString, Column> known = [] {
        QHash<QString, Column> h;
        for (const Column &c : columns(false) + columns(true)) {
            for (Language l : {Language::Vietnamese, Language::English})
                h.insert(headerKey(header(c, l)), c);
            if (c.role == Column::Role::Value || c.role == Column::Role::Documents)
                h.insert(headerKey(c.spec->wireName), c);
        }
        return h;
    }();
    const auto it = known.constFind(headerKey(text));
    if (it == known.constEnd())
        return std::nullopt;
    return *it;
}

QList<TableCell> CaseListSheet::cells(const ListRow &row) const {
    QList<TableCell> out;
    for (const Column &c : columns(false)) {
        switch (c.role) {
        case Column::Role::Value: {
            const QString value = row.fields.value(c.spec->id);
            if (c.spec->kind == FieldKind::Date || c.spec->kind == FieldKind::DateTime) {
                const WireDate::Parsed p = WireDate::parse(value);
                if (p.isValid()) {
                    out << (c.spec->kind == FieldKind::Date ? TableCell::date(p.date)
                                                            : TableCell::dateTime(p.dateTime()));
                    break;
                }
            }
            out << TableCell::text(value);
            break;
        }
        case Column::Role::Name: {
            const QString value = row.fields.value(c.spec->id);
            out << TableCell::text(value.trimmed().isEmpty() ? QString()
                                                             : m_namer(*c.spec, value, row.fields));
            break;
        }
        case Column::Role::Documents:
            out << TableCell();
            break;
        case Column::Role::SyncState:
            out << TableCell::text(syncStateLabel(row.syncState));
            break;
        case Column::Role::Deadline:
            out << TableCell::date(row.due.due);
            break;
        }
    }
    return out;
}

} // namespace btxh
