// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PayloadImport.h"
#include "ValidationContext.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace btxh {
class Store;
}

namespace btxh::app {

// An exported dossier file (.btxhx: what `btxh export --format json` writes) given to the app on its command
// line, as opening it from the file manager does: read and judged as `btxh import` judges it
// (PayloadImport), described to the officer, and stored in one transaction only once they agree.
class FileImport {
    Q_DECLARE_TR_FUNCTIONS(btxh::app::FileImport)
public:
    struct Outcome {
        bool stored = false;
        QString message; // translated: what was stored, or why nothing was
    };

    // Reads and judges the file, or says why it cannot.
    static std::optional<PayloadImport> read(const QString &path, const ValidationContext &context,
                                             QString *error);
    // What the file brings, in a sentence or two (translated).
    static QString describe(const PayloadImport &plan);
    // Stores the plan; false with the store's reason in `message`.
    static bool apply(Store &store, const PayloadImport &plan, QString *message);
    // Asks the officer (a file that cannot be read is reported instead), then imports.
    static Outcome offer(QWidget *parent, Store &store, const ValidationContext &context,
                         const QString &path);
};

} // namespace btxh::app
