// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintJob.h"

#include "DocumentText.h"
#include "DocumentsLog.h"
#include "DossierSheet.h"
#include "PagedDocument.h"
#include "PdfFile.h"
#include "ReceiptDocument.h"
#include "ReportTables.h"
#include "Store.h"
#include "WireDate.h"

#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

namespace btxh::documents {

std::optional<PrintJob::Kind> PrintJob::kindFromName(const QString &name) {
    if (name == u"receipt")
        return Kind::Receipt;
    if (name == u"sheet")
        return Kind::Sheet;
    if (name == u"book")
        return Kind::Book;
    return std::nullopt;
}

PrintJob::PrintJob(Store &store, const PrintContext &context)
    : m_store(store)
    , m_context(context) {}

std::optional<StoreError> PrintJob::loadDossier(Kind kind, const QString &code) {
    m_kind = kind;
    StoreResult<StoredDossier> dossier = m_store.dossier(code.trimmed());
    if (!dossier) {
        m_dossier.reset();
        return dossier.error();
    }
    m_dossier = *std::move(dossier);
    const StoreResult<QList<StoredStep>> steps = m_store.steps(code.trimmed());
    if (!steps)
        return steps.error();
    m_steps = *steps;
    // A receipt printed right after saving, before any step: the appointment is the procedure's processing
    // time from the received day, as the office's rules say.
    const WireDate::Parsed received = WireDate::parse(m_dossier->dossier.value(DossierField::NgayTiepNhan));
    if (m_steps.isEmpty() && !m_dossier->due.due.isValid() && received.isValid()) {
        QString why;
        const std::optional<QDate> due = m_store.settings().deadlineRules().dueDate(
            m_dossier->dossier.value(DossierField::MaTTHC), received.date, &why);
        if (due) {
            m_dossier->due.due = *due;
            m_dossier->due.source = DeadlineSource::Computed;
        }
    }
    return std::nullopt;
}

void PrintJob::setBook(const ListQuery &query, qint64 limit, const QString &subtitle) {
    m_kind = Kind::Book;
    m_query = query;
    m_limit = limit;
    m_subtitle = subtitle;
}

Paper PrintJob::paper() const {
    // Only the receipt comes in A5; the sheet and the book need A4's room.
    return m_kind == Kind::Receipt ? m_paper : Paper::A4;
}

QPageLayout PrintJob::pageLayout() const {
    return PageSetup::layout(paper(), m_kind == Kind::Book ? QPageLayout::Landscape : QPageLayout::Portrait);
}

QString PrintJob::title() const {
    switch (m_kind) {
    case Kind::Receipt:
        return tr("Receipt %1").arg(m_dossier ? m_dossier->dossier.code() : QString());
    case Kind::Sheet:
        return tr("Dossier sheet %1").arg(m_dossier ? m_dossier->dossier.code() : QString());
    case Kind::Book:
        break;
    }
    return tr("Dossier tracking book");
}

PrintJob::Outcome PrintJob::paint(QPagedPaintDevice *device, const TrackingBook::Progress &progress,
                                  QString *error) const {
    if (m_kind == Kind::Book) {
        StoreBookSource source(m_store, m_query, m_limit);
        const TrackingBook book(m_context, m_context.office, m_subtitle);
        const Outcome outcome = book.print(device, source, progress, error);
        qCInfo(lcDocuments) << "tracking book" << int(outcome) << "of" << source.total() << "dossiers";
        return outcome;
    }
    if (!m_dossier) {
        *error = tr("no dossier to print");
        return Outcome::Failed;
    }
    const std::unique_ptr<QTextDocument> document =
        m_kind == Kind::Receipt ? ReceiptDocument::build(*m_dossier, m_steps, m_context, paper())
                                : DossierSheet::build(*m_dossier, m_steps, m_context);
    if (!PagedDocument::print(*document, device, m_kind == Kind::Sheet, error))
        return Outcome::Failed;
    qCInfo(lcDocuments) << (m_kind == Kind::Receipt ? "receipt" : "sheet") << "of"
                        << m_dossier->dossier.code();
    return Outcome::Printed;
}

PrintJob::Outcome PrintJob::writePdf(const QString &path, const TrackingBook::Progress &progress,
                                     QString *error) const {
    const QPageLayout layout = pageLayout();
    PdfFile pdf(path, paper(), layout.orientation(), title());
    if (!pdf.writer()) {
        *error = pdf.error();
        return Outcome::Failed;
    }
    const Outcome outcome = paint(pdf.writer(), progress, error);
    if (outcome != Outcome::Printed)
        return outcome; // the file is not written
    if (!pdf.commit()) {
        *error = pdf.error();
        return Outcome::Failed;
    }
    return Outcome::Printed;
}

QString PrintJob::describe(const ListFilter &filter, const PrintContext &context) {
    const DocumentText text(context);
    const FieldTable &table = FieldTable::dossier();
    QStringList parts;
    if (filter.from.isValid() || filter.to.isValid())
        parts << tr("%1 from %2 to %3")
                     .arg(table.at(int(filter.dateField)).label(),
                          filter.from.isValid() ? filter.from.toString(QStringLiteral("dd/MM/yyyy"))
                                                : tr("the start"),
                          filter.to.isValid() ? filter.to.toString(QStringLiteral("dd/MM/yyyy"))
                                              : tr("today"));
    const auto add = [&](DossierField f, const QString &code) {
        if (!code.isEmpty())
            parts << table.at(int(f)).label() + QStringLiteral(": ") + text.field(table.at(int(f)), code);
    };
    add(DossierField::MaTTHC, filter.procedure);
    add(DossierField::MaTinh, filter.province);
    add(DossierField::MaHuyen, filter.district);
    add(DossierField::MaXa, filter.commune);
    for (const QString &s : filter.statuses)
        add(DossierField::StatusId, s);
    if (filter.deadline != DeadlineFilter::Any)
        parts << ReportTables::measureLabel(filter.deadline);
    if (!filter.search.trimmed().isEmpty())
        parts << tr("search \"%1\"").arg(filter.search.trimmed());
    return parts.isEmpty() ? tr("All dossiers") : parts.join(QStringLiteral("; "));
}

} // namespace btxh::documents
