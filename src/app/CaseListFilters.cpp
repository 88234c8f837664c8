// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseListFilters.h"
#include "ui_MainWindow.h"

#include "AreaFilterChoices.h"
#include "CaseListModel.h"
#include "Catalogues.h"
#include "SearchText.h"
#include "SyncState.h"

#include <QTimer>

namespace btxh::app {

namespace {

constexpr int DefaultSearchDelayMs = 150;
// One letter matches most of a province and says little: the search starts at the second.
constexpr int MinimumSearchLength = 2;

bool sameFilter(const ListFilter &a, const ListFilter &b) {
    return a.statuses == b.statuses && a.procedure == b.procedure && a.province == b.province &&
           a.district == b.district && a.commune == b.commune && a.areaList == b.areaList &&
           a.syncStates == b.syncStates && a.dateField == b.dateField && a.from == b.from && a.to == b.to &&
           a.deadline == b.deadline &&
           SearchText::fold(a.search).simplified() == SearchText::fold(b.search).simplified();
}

} // namespace

CaseListFilters::CaseListFilters(const Ui::MainWindow &ui, CaseListModel *model, const AppServices &services,
                                 std::function<void()> applied, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_model(model)
    , m_services(services)
    , m_applied(std::move(applied))
    , m_searchTimer(new QTimer(this)) {
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(DefaultSearchDelayMs);
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { apply(true); });
    connect(m_ui.searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_ui.searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        apply();
        m_ui.caseTable->setFocus();
        if (m_model->rowCount() > 0)
            m_ui.caseTable->selectRow(0);
    });
    for (QComboBox *combo : {m_ui.statusFilter, m_ui.procedureFilter, m_ui.areaFilter, m_ui.syncFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        connect(combo, &QComboBox::activated, this, [this] { apply(); });
    }
    const QDate today = m_services.now().date();
    m_ui.dateFromEdit->setDate(today.addMonths(-1));
    m_ui.dateToEdit->setDate(today);
    m_ui.dateFromEdit->setEnabled(false);
    m_ui.dateToEdit->setEnabled(false);
    connect(m_ui.dateFilterCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui.dateFromEdit->setEnabled(on);
        m_ui.dateToEdit->setEnabled(on);
        apply();
    });
    connect(m_ui.dateFromEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_ui.dateFilterCheck->isChecked())
            apply();
    });
    connect(m_ui.dateToEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_ui.dateFilterCheck->isChecked())
            apply();
    });
    connect(m_ui.overdueCheck, &QCheckBox::toggled, this, [this] { apply(); });
}

void CaseListFilters::fillChoices() {
    auto refill = [](QComboBox *combo, const QString &all, const QList<std::pair<QString, QString>> &items) {
        const QString keep = combo->currentData().toString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[value, text] : items)
            combo->addItem(text, value);
        const int i = combo->findData(keep);
        combo->setCurrentIndex(i < 0 ? 0 : i);
    };
    QList<std::pair<QString, QString>> statuses, procedures, areas, syncStates;
    if (const Catalogue *c = Catalogues::instance().find(u"status"))
        for (const CatalogueEntry &e : c->entries)
            statuses << std::pair{e.code, e.name()};
    if (const Catalogue *c = Catalogues::instance().find(u"procedure"))
        for (const CatalogueEntry &e : c->entries)
            procedures << std::pair{e.code, e.name()};
    const OfficeSettings settings = m_services.settings();
    areas << AreaFilterChoices::choices(settings.area(), settings.places());
    for (SyncState s : {SyncState::Draft, SyncState::Ready, SyncState::Sent, SyncState::Synced,
                        SyncState::Failed, SyncState::Conflict})
        syncStates << std::pair{syncStateName(s), syncStateLabel(s)};
    syncStates.prepend(
        std::pair{QStringLiteral("attention"), tr("Needs attention (draft, refused, conflict)")});
    refill(m_ui.statusFilter, tr("All statuses"), statuses);
    refill(m_ui.procedureFilter, tr("All procedures"), procedures);
    refill(m_ui.areaFilter, tr("All areas"), areas);
    refill(m_ui.syncFilter, tr("All sync states"), syncStates);
}

void CaseListFilters::setSearchDelay(int milliseconds) {
    m_searchTimer->setInterval(milliseconds);
}

void CaseListFilters::apply(bool inBackground) {
    m_searchTimer->stop();
    ListFilter f;
    const QString typed = m_ui.searchEdit->text();
    if (SearchText::fold(typed).simplified().size() >= MinimumSearchLength)
        f.search = typed;
    if (const QString s = m_ui.statusFilter->currentData().toString(); !s.isEmpty())
        f.statuses << s;
    f.procedure = m_ui.procedureFilter->currentData().toString();
    AreaFilterChoices::apply(m_ui.areaFilter->currentData().toString(), f);
    const QString sync = m_ui.syncFilter->currentData().toString();
    if (sync == u"attention")
        f.syncStates = {SyncState::Draft, SyncState::Failed, SyncState::Conflict};
    else if (const std::optional<SyncState> s = syncStateFromName(sync))
        f.syncStates = {*s};
    if (m_ui.dateFilterCheck->isChecked()) {
        f.dateField = DossierField::NgayTiepNhan;
        f.from = m_ui.dateFromEdit->date();
        f.to = m_ui.dateToEdit->date();
    }
    if (m_ui.overdueCheck->isChecked())
        f.deadline = DeadlineFilter::Overdue;
    if (sameFilter(f, m_model->filter()) && m_model->rowCount() > 0)
        return; // nothing the list would show differently (a space, a first letter, a case change)
    if (inBackground)
        m_model->setFilterInBackground(f); // typing never waits for the database
    else
        m_model->setFilter(f);
    if (m_applied)
        m_applied();
}

} // namespace btxh::app
