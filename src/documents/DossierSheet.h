// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PrintContext.h"
#include "StoredDossier.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace btxh::documents {

// The dossier sheet for the paper file: every field by section (the form's sections, from the field table),
// the documents handed in, the result papers, and the processing steps as a table.
class DossierSheet {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::DossierSheet)
public:
    static std::unique_ptr<QTextDocument> build(const StoredDossier &stored, const QList<StoredStep> &steps,
                                                const PrintContext &context);
};

} // namespace btxh::documents
