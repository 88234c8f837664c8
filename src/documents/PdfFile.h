// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageSetup.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <memory>

class QPdfWriter;

namespace btxh::documents {

// A PDF file written whole or not at all: painted into a temporary file that replaces FILE only on commit(),
// so a cancelled or failed book leaves nothing half-written (and an earlier file of that name untouched).
class PdfFile {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::PdfFile)
public:
    PdfFile(const QString &path, Paper paper, QPageLayout::Orientation orientation, const QString &title);
    ~PdfFile();

    // The writer to paint on, or null when the file cannot be created (error() says why).
    QPdfWriter *writer() const { return m_writer.get(); }
    bool commit();
    QString error() const { return m_error; }

    static constexpr int Resolution = 300;

private:
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    QString m_error;
};

} // namespace btxh::documents
