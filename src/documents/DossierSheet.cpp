// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierSheet.h"

#include "CaseTiming.h"
#include "DocumentHtml.h"
#include "DocumentText.h"
#include "FormSections.h"
#include "QrCode.h"

#include <QTextDocument>

namespace btxh::documents {

namespace {

using H = DocumentHtml;

const QString TableStart =
    QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                   "style=\"border-collapse:collapse\">");

QString sectionTitle(const QString &title) {
    return QStringLiteral("<h4 style=\"margin-top:10px\">%1</h4>").arg(H::esc(title));
}

QString headerRow(const QStringList &cells) {
    QString row = QStringLiteral("<tr>");
    for (const QString &c : cells)
        row += QStringLiteral("<th align=\"left\" bgcolor=\"#eeeeee\">%1</th>").arg(H::esc(c));
    return row + QStringLiteral("</tr>");
}

QString row(const QStringList &cells) {
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += QStringLiteral("<td>%1</td>").arg(H::esc(c));
    return out + QStringLiteral("</tr>");
}

// A list of records (documents or result papers) as a table whose columns are the fields of its table that
// at least one record fills in.
QString recordTable(const QList<Record> &records, const FieldTable &table, const DocumentText &text,
                    const QString &none) {
    if (records.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(H::esc(none));
    QList<int> columns;
    for (const FieldSpec &spec : table.fields())
        for (const Record &r : records)
            if (!r.value(spec.id).trimmed().isEmpty()) {
                columns << spec.id;
                break;
            }
    QStringList header{DossierSheet::tr("No.")};
    for (int c : std::as_const(columns))
        header << table.at(c).label();
    QString html = TableStart + headerRow(header);
    int n = 0;
    for (const Record &r : records) {
        QStringList cells{QString::number(++n)};
        for (int c : std::as_const(columns))
            cells << text.field(table.at(c), r.value(c));
        html += row(cells);
    }
    return html + QStringLiteral("</table>");
}

QString stepTable(const QList<StoredStep> &steps, const DocumentText &text, const QString &none) {
    if (steps.isEmpty())
        return QStringLiteral("<p><i>%1</i></p>").arg(H::esc(none));
    const FieldTable &table = FieldTable::progress();
    const QList<ProgressField> columns = {ProgressField::ThoiDiemXuLy, ProgressField::NguoiXuLy,
                                          ProgressField::DonViXuLy,    ProgressField::NoiDungXuLy,
                                          ProgressField::StatusId,     ProgressField::NgayKetThucTheoQuyDinh};
    QStringList header{DossierSheet::tr("No.")};
    for (ProgressField f : columns)
        header << table.at(int(f)).label();
    QString html = TableStart + headerRow(header);
    int n = 0;
    for (const StoredStep &s : steps) {
        QStringList cells{QString::number(++n)};
        for (ProgressField f : columns) {
            QString value = text.field(table.at(int(f)), s.step.value(f));
            if (f == ProgressField::NguoiXuLy && !s.step.value(ProgressField::ChucDanh).trimmed().isEmpty())
                value += QStringLiteral(" (") + s.step.value(ProgressField::ChucDanh).simplified() + u')';
            cells << value;
        }
        html += row(cells);
    }
    return html + QStringLiteral("</table>");
}

} // namespace

std::unique_ptr<QTextDocument> DossierSheet::build(const StoredDossier &stored,
                                                   const QList<StoredStep> &steps,
                                                   const PrintContext &context) {
    const Dossier &d = stored.dossier;
    const DocumentText text(context, d.fields);
    auto doc = std::make_unique<QTextDocument>();
    H::prepare(*doc, 10);
    doc->setMetaInformation(QTextDocument::DocumentTitle, tr("Dossier sheet %1").arg(d.code()));
    QString office = d.value(DossierField::DonViXuLy).simplified();
    if (office.isEmpty())
        office = context.office;
    const QImage qr = QrCode::image(d.code());
    QString html =
        H::heading(office, tr("DOSSIER SHEET"), d.code(), qr.isNull() ? QString() : H::qrResource());

    const FieldTable &table = FieldTable::dossier();
    for (const FormSections::Group &group : FormSections::dossier()) {
        if (group.fields.isEmpty())
            continue;
        html += sectionTitle(FormSections::title(group.section));
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
        for (int id : group.fields)
            html +=
                QStringLiteral("<tr><td width=\"34%\">%1</td><td width=\"66%\"><b>%2</b></td></tr>")
                    .arg(H::esc(table.at(id).label()), H::esc(text.field(table.at(id), d.fields.value(id))));
        html += QStringLiteral("</table>");
    }

    const CaseTiming timing = CaseTiming::of(stored.due, context.now.date());
    html += sectionTitle(tr("Deadline"));
    QString due = DocumentText::date(timing.due);
    if (timing.source != DeadlineSource::None)
        due += QStringLiteral(" (") + DossierDeadline::sourceLabel(timing.source) + u')';
    html += H::line(tr("Due"), due);
    if (timing.finished.isValid())
        html += H::line(tr("Finished"), DocumentText::date(timing.finished));
    if (!timing.label().isEmpty())
        html += H::line(tr("On time or late"), timing.label());

    html += sectionTitle(tr("Documents handed in"));
    html += recordTable(d.extent.documents, FieldTable::submittedDocument(), text,
                        tr("No documents were handed in."));
    html += sectionTitle(tr("Result papers"));
    html += recordTable(d.extent.resultPapers, FieldTable::resultPaper(), text, tr("No result papers yet."));
    html += sectionTitle(tr("Processing"));
    html += stepTable(steps, text, tr("No processing steps yet."));
    html += QStringLiteral("<p align=\"right\"><i>%1</i></p>")
                .arg(H::esc(tr("Printed on %1").arg(DocumentText::dateTime(context.now))));
    doc->setHtml(html);
    H::addImage(*doc, H::qrResource(), qr);
    return doc;
}

} // namespace btxh::documents
