// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PageSetup.h"
#include "PrintContext.h"
#include "StoredDossier.h"

#include <QCoreApplication>
#include <memory>

class QTextDocument;

namespace btxh::documents {

// The citizen's receipt (giấy tiếp nhận hồ sơ và hẹn trả kết quả), the one-stop-shop form: the office, the
// dossier code with its QR code, the applicant (name, ID number, address, phone), the procedure, the
// documents handed in, when it was received, when the result is due, the receiving officer, and the two
// signature blocks. A4 or A5.
class ReceiptDocument {
    Q_DECLARE_TR_FUNCTIONS(btxh::documents::ReceiptDocument)
public:
    static std::unique_ptr<QTextDocument> build(const StoredDossier &stored, const QList<StoredStep> &steps,
                                                const PrintContext &context, Paper paper);

    // The documents handed in, by name, leaving out those marked deleted.
    static QStringList documentNames(const Dossier &dossier);
    // Who received it: the first step's handler, else the officer printing it.
    static QString receivingOfficer(const QList<StoredStep> &steps, const PrintContext &context);
};

} // namespace btxh::documents
