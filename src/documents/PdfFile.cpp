// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfFile.h"

#include <QDir>
#include <QPdfWriter>

namespace btxh::documents {

PdfFile::PdfFile(const QString &path, Paper paper, QPageLayout::Orientation orientation, const QString &title)
    : m_file(path) {
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return;
    }
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    m_writer->setResolution(Resolution);
    m_writer->setCreator(QStringLiteral("BTXH Desktop"));
    m_writer->setTitle(title);
    PageSetup::apply(m_writer.get(), paper, orientation);
}

PdfFile::~PdfFile() {
    // A writer still open when the file goes: nothing of it is kept.
    m_writer.reset();
}

bool PdfFile::commit() {
    if (!m_writer)
        return false;
    m_writer.reset(); // flushes the PDF's trailer into the file
    if (!m_file.commit()) {
        m_error =
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    return true;
}

} // namespace btxh::documents
