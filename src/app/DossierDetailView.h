// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StoredDossier.h"
#include "ValidationContext.h"

#include <QTextBrowser>
#include <optional>

namespace btxh::app {

// The selected dossier at a glance, beside the list: where it stands (sync state, the gateway's last word,
// why it is still a draft), then its fields by section with names instead of codes, then its documents and
// result papers. Read-only; made from the field table like the form.
class DossierDetailView : public QTextBrowser {
    Q_OBJECT
public:
    explicit DossierDetailView(QWidget *parent = nullptr);

    void showDossier(const std::optional<StoredDossier> &dossier, const ValidationContext &context);
    void showMessage(const QString &text);
    const QString &code() const { return m_code; }

    static QString html(const StoredDossier &dossier, const ValidationContext &context);
    // The dossier's legal deadline, where it came from (the gateway's or computed here) and how it stands.
    static QString deadlineHtml(const StoredDossier &dossier, const QDate &today);

private:
    QString m_code;
};

} // namespace btxh::app
