// SPDX-License-Identifier: GPL-3.0-or-later
#include "DossierDetailView.h"

#include "DeadlineRules.h"
#include "DisplayText.h"
#include "FormSections.h"
#include "WireDate.h"

namespace btxh::app {

namespace {

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

QString recordsTable(const QList<Record> &records) {
    if (records.isEmpty())
        return {};
    const FieldTable &t = records.constFirst().table();
    QString html =
        QStringLiteral("<table cellspacing=0 cellpadding=3 border=1 style='border-color:#ccc'><tr>");
    QList<int> shown;
    for (const FieldSpec &f : t.fields()) {
        bool any = false;
        for (const Record &r : records)
            any = any || !r.value(f.id).isEmpty();
        if (!any)
            continue;
        shown << f.id;
        html += QStringLiteral("<th align=left>%1</th>").arg(esc(f.label()));
    }
    html += QStringLiteral("</tr>");
    for (const Record &r : records) {
        html += QStringLiteral("<tr>");
        for (int id : std::as_const(shown))
            html += QStringLiteral("<td>%1</td>").arg(esc(r.value(id)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace

DossierDetailView::DossierDetailView(QWidget *parent)
    : QTextBrowser(parent) {
    setObjectName(QStringLiteral("detailView"));
    setOpenLinks(false);
}

void DossierDetailView::showMessage(const QString &text) {
    m_code.clear();
    setHtml(QStringLiteral("<p style='color:#666'>%1</p>").arg(esc(text)));
}

void DossierDetailView::showDossier(const std::optional<StoredDossier> &dossier,
                                    const ValidationContext &context) {
    if (!dossier) {
        showMessage(tr("Select a dossier to see it here."));
        return;
    }
    m_code = dossier->dossier.code();
    setHtml(html(*dossier, context));
}

QString DossierDetailView::deadlineHtml(const StoredDossier &s, const QDate &today) {
    const DossierDeadline &due = s.due;
    if (!due.due.isValid()) {
        QString reason;
        DeadlineRules::builtIn().dueDate(s.dossier.value(DossierField::MaTTHC),
                                         WireDate::parse(s.dossier.value(DossierField::NgayTiepNhan)).date,
                                         &reason);
        return QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(esc(tr("Legal deadline:")), esc(reason.isEmpty() ? tr("none") : reason));
    }
    const DeadlineOutcome outcome = due.outcome(today);
    const bool late = outcome == DeadlineOutcome::Late || outcome == DeadlineOutcome::Overdue;
    return QStringLiteral("<p><b>%1</b> %2 (%3)<br><b>%4</b> <span style='color:%5'>%6</span></p>")
        .arg(esc(tr("Legal deadline:")), esc(due.due.toString(QStringLiteral("dd/MM/yyyy"))),
             esc(DossierDeadline::sourceLabel(due.source)), esc(tr("Against the deadline:")),
             late ? QStringLiteral("#a41c1c") : QStringLiteral("#1b5e20"),
             esc(DossierDeadline::outcomeLabel(outcome)));
}

QString DossierDetailView::html(const StoredDossier &s, const ValidationContext &context) {
    const Dossier &d = s.dossier;
    QString html = QStringLiteral("<h3>%1<br><span style='font-weight:normal'>%2</span></h3>")
                       .arg(esc(d.value(DossierField::HoVaTen)), esc(d.code()));
    QString state = DisplayText::syncState(s.syncState);
    html += QStringLiteral("<p><b>%1</b> %2").arg(esc(tr("Sync:")), esc(state));
    if (!s.lastMessage.isEmpty())
        html += QStringLiteral("<br><b>%1</b> %2").arg(esc(tr("Gateway's message:")), esc(s.lastMessage));
    if (s.syncState == SyncState::Conflict)
        html += QStringLiteral("<br><span style='color:#a41c1c'>%1</span>")
                    .arg(esc(tr("The server changed this dossier while your edits were waiting. Choose which "
                                "values to keep (Dossier ▸ Resolve conflict…).")));
    html += QStringLiteral("</p>") + deadlineHtml(s, context.today);
    QStringList draft;
    for (const Problem &p : s.problems)
        if (p.isError())
            draft << (p.label.isEmpty() ? p.message : p.label + QStringLiteral(": ") + p.message);
    if (s.syncState == SyncState::Draft && !draft.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><ul>").arg(esc(tr("Why it is a draft:")));
        for (const QString &line : std::as_const(draft))
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        html += QStringLiteral("</ul></p>");
    }
    const FieldTable &table = FieldTable::dossier();
    for (const FormSections::Group &group : FormSections::dossier()) {
        QString rows;
        for (int field : group.fields) {
            const QString v = d.fields.value(field);
            if (v.isEmpty())
                continue;
            const FieldSpec &spec = table.at(field);
            rows += QStringLiteral("<tr><td style='color:#555;padding-right:8px'>%1</td><td>%2</td></tr>")
                        .arg(esc(spec.label()), esc(DisplayText::field(spec, d.fields, context)));
        }
        if (rows.isEmpty())
            continue;
        html += QStringLiteral("<h4>%1</h4><table cellspacing=0 cellpadding=1>%2</table>")
                    .arg(esc(FormSections::title(group.section)), rows);
    }
    if (!d.extent.documents.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Submitted documents"))) +
                recordsTable(d.extent.documents);
    if (!d.extent.resultPapers.isEmpty())
        html +=
            QStringLiteral("<h4>%1</h4>").arg(esc(tr("Result papers"))) + recordsTable(d.extent.resultPapers);
    return html;
}

} // namespace btxh::app
