// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ListQuery.h"
#include "PageSetup.h"
#include "PrintContext.h"
#include "StoreError.h"
#include "StoredDossier.h"
#include "TrackingBook.h"

#include <QCoreApplication>
#include <optional>

class QPagedPaintDevice;

namespace btxh {
class Store;
}

namespace btxh::documents {

// One document to print, read from the store: a dossier's receipt or sheet, or the tracking book of a
// filtered list. The app's print preview, its printers and PDF files, and `btxh print` all go through here.
class PrintJob {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::PrintJob)
public:
    enum class Kind { Receipt, Sheet, Book };
    using Outcome = TrackingBook::Outcome;

    static std::optional<Kind> kindFromName(const QString &name); // receipt, sheet, book

    PrintJob(Store &store, const PrintContext &context);

    // A receipt or a sheet: reads the dossier and its steps; the store's error when it cannot.
    std::optional<StoreError> loadDossier(Kind kind, const QString &code);
    // The book of the dossiers `query` lists (at most `limit`, 0 for all), under `subtitle`.
    void setBook(const ListQuery &query, qint64 limit, const QString &subtitle);
    void setPaper(Paper paper) { m_paper = paper; }

    Kind kind() const { return m_kind; }
    Paper paper() const;
    QPageLayout pageLayout() const;
    QString title() const;

    // Paints on a device already set to pageLayout() (a printer, the preview's printer).
    Outcome paint(QPagedPaintDevice *device, const TrackingBook::Progress &progress, QString *error) const;
    Outcome writePdf(const QString &path, const TrackingBook::Progress &progress, QString *error) const;

    // The filter in words, for the book's heading: "Received 01/11/2026 - 30/11/2026; status: …".
    static QString describe(const ListFilter &filter, const PrintContext &context);

private:
    Store &m_store;
    PrintContext m_context;
    Kind m_kind = Kind::Receipt;
    Paper m_paper = Paper::A4;
    std::optional<StoredDossier> m_dossier;
    QList<StoredStep> m_steps;
    ListQuery m_query;
    qint64 m_limit = 0;
    QString m_subtitle;
};

} // namespace btxh::documents
