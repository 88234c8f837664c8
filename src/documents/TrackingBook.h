// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrintContext.h"
#include "TrackingBookSource.h"

#include <QCoreApplication>
#include <QFont>
#include <functional>

class QPagedPaintDevice;

namespace btxh::documents {

// The tracking book (sổ theo dõi hồ sơ): the case list as filtered, as a landscape table — no., dossier
// code, applicant, address, procedure, received, due, finished, on time or late, notes — with the column
// header repeated at the top of each page and the page number at its foot. Lines are read from the source
// and painted one at a time; cells wrap rather than clip.
class TrackingBook {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::TrackingBook)
public:
    enum class Outcome { Printed, Cancelled, Failed };
    // Called after each line: how many are done and how many there are (-1 when unknown). Returning false
    // cancels the book.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    TrackingBook(const PrintContext &context, QString office, QString subtitle);

    // The paper is set on the device first (A4 landscape). *error says why when Failed.
    Outcome print(QPagedPaintDevice *device, TrackingBookSource &source, const Progress &progress,
                  QString *error) const;

    static QStringList columnTitles();
    // One line's cells, in the columns' order.
    QStringList cells(qint64 number, const BookEntry &entry) const;

private:
    PrintContext m_context;
    QString m_office;
    QString m_subtitle;
};

} // namespace btxh::documents
