// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Payload.h"
#include "ValidationContext.h"

#include <QCommandLineParser>

namespace btxh::cli {

// The options every command that judges data shares: --as, --today, --places, --post-reform,
// --post-reform-district, --ethnicity.
class ValidationOptions {
    Q_DECLARE_TR_FUNCTIONS(ValidationOptions)
public:
    ValidationOptions();
    void addTo(QCommandLineParser &parser) const;
    // The context for a payload read from a file; false and *error when an option value is bad.
    bool contextFor(const QCommandLineParser &parser, const Payload &payload, ValidationContext *context,
                    QString *error) const;
    // The place rules `context` applies, in one line: which list codes are read against, and how a
    // post-reform dossier is sent.
    static QString rulesApplied(const ValidationContext &context);

private:
    QCommandLineOption m_as;
    QCommandLineOption m_today;
    QCommandLineOption m_places;
    QCommandLineOption m_postReform;
    QCommandLineOption m_postReformDistrict;
    QCommandLineOption m_ethnicity;
};

} // namespace btxh::cli
