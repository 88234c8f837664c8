// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "AppLog.h"
#include "ConnectionTester.h"
#include "CredentialResolver.h"
#include "DeadlineSettingsPage.h"
#include "DossierCode.h"
#include "FieldEditor.h"
#include "OfficeDatabasePage.h"
#include "PlaceCalendar.h"
#include "PlacePicker.h"
#include "SecretStore.h"
#include "Store.h"
#include "SyncSettings.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace btxh::app {

SettingsDialog::SettingsDialog(const AppServices &services, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_services(services)
    , m_tester(new ConnectionTester(services.network, this))
    , m_connectionEditable(services.settings().mayChangeConnection()) {
    m_ui->setupUi(this);
    const FieldTable &query = FieldTable::query();
    const ValidationContext context = services.validationContext();
    auto *areaLayout = new QHBoxLayout(m_ui->officeAreaHost);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    m_province =
        new FieldEditor(query.at(int(QueryField::MaTinh)), NotRequired, context, m_ui->officeAreaHost);
    m_district =
        new FieldEditor(query.at(int(QueryField::MaHuyen)), NotRequired, context, m_ui->officeAreaHost);
    m_commune = new FieldEditor(query.at(int(QueryField::MaXa)), NotRequired, context, m_ui->officeAreaHost);
    for (FieldEditor *e : {m_province, m_district, m_commune}) {
        e->label()->hide();
        e->problemLabel()->hide();
        e->editor()->setObjectName(QStringLiteral("office_") + e->spec().wireName);
        e->editor()->setToolTip(e->spec().label());
        areaLayout->addWidget(e->editor());
    }
    m_picker = new PlacePicker(services.settings().places(), m_province, m_district, m_commune, this);
    for (FieldEditor *e : {m_province, m_district})
        connect(e, &FieldEditor::edited, this, [this, e] { m_picker->cascade(e); });

    m_deadlines = new DeadlineSettingsPage(m_ui->settingsTabs);
    m_deadlines->setObjectName(QStringLiteral("deadlinesTab"));
    m_ui->settingsTabs->addTab(m_deadlines, tr("Deadlines"));
    m_officeDatabase = new OfficeDatabasePage(services, m_ui->settingsTabs);
    m_officeDatabase->setObjectName(QStringLiteral("officeDatabaseTab"));
    m_ui->settingsTabs->addTab(m_officeDatabase, tr("Office database"));

    m_ui->settingsProblems->setStyleSheet(QStringLiteral("color: #a41c1c;"));
    fillChoices();
    load();
    connect(m_ui->placesCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (const std::optional<GsoList> list =
                PlaceCalendar::listFromKey(m_ui->placesCombo->currentData().toString()))
            switchAreaList(m_picker, *list);
    });
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &message) {
        m_ui->testResultLabel->setText(message);
        m_ui->testResultLabel->setStyleSheet(ok ? QStringLiteral("color: #1e6b30;")
                                                : QStringLiteral("color: #a41c1c;"));
        m_ui->testConnectionButton->setEnabled(true);
    });
    connect(m_ui->endpointKindCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    translateButtons();
    updateEnabled();
}

SettingsDialog::~SettingsDialog() = default;

QStringList SettingsDialog::endpointKinds() {
    return {QStringLiteral("production"), QStringLiteral("sandbox"), QStringLiteral("lgsp"),
            QStringLiteral("custom")};
}

void SettingsDialog::translateButtons() {
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void SettingsDialog::refill(QComboBox *combo, const Choices &items) {
    const QVariant keep = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    for (const auto &[value, text] : items)
        combo->addItem(text, value);
    const int i = combo->findData(keep);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

SettingsDialog::Choices SettingsDialog::endpointChoices() {
    const QStringList kinds = endpointKinds();
    return {{kinds.at(0), tr("NDXP (production)")},
            {kinds.at(1), tr("NDXP test environment (sandbox key pair)")},
            {kinds.at(2), tr("Province LGSP gateway")},
            {kinds.at(3), tr("Custom address (e.g. a local ndxp-sandbox)")}};
}

SettingsDialog::Choices SettingsDialog::roleChoices() {
    Choices roles;
    for (UserRole r : RolePolicy::all())
        roles << std::pair{RolePolicy::name(r), RolePolicy::label(r)};
    return roles;
}

SettingsDialog::Choices SettingsDialog::placesChoices() {
    return {{PlaceCalendar::listKey(GsoList::Units2025),
             tr("Today's units: 2025 list, province and commune (from 1 July 2025)")},
            {PlaceCalendar::listKey(GsoList::Units2024),
             tr("Old units: 2024 list, province, district and commune (pre-reform dossiers)")},
            {PlaceCalendar::listKey(GsoList::Units2025PreReform),
             tr("Old units: early-2025 list, province, district and commune")}};
}

void SettingsDialog::switchAreaList(PlacePicker *picker, GsoList list) {
    picker->setList(list);
    // The office's area is being chosen again: a province the list lacks, and the levels below it, go.
    const QList<const GsoUnit *> provinces = GsoDirectory::get(list).provinces();
    FieldEditor *province = picker->provinceEditor();
    if (province && !std::any_of(provinces.cbegin(), provinces.cend(),
                                 [&](const GsoUnit *u) { return u->code == province->value(); }))
        province->setValue(QString());
    picker->cascade(province);
}

QString SettingsDialog::urlPlaceholder(const QString &endpointKind) {
    return endpointKind == u"production" || endpointKind == u"sandbox"
               ? tr("https://api.ngsp.gov.vn (default)")
               : tr("https://… (required)");
}

QString SettingsDialog::roleNote(const QString &roleName) {
    const RolePolicy policy(RolePolicy::fromName(roleName).value_or(UserRole::CommuneOfficer));
    QStringList can;
    if (policy.canCreateDossiers())
        can << tr("enter dossiers");
    can << tr("add processing steps");
    if (policy.canRecordResult())
        can << tr("record final results");
    if (policy.canChangeConnection())
        can << tr("change the connection and discard queued items");
    return RolePolicy::description(policy.role()) + u' ' +
           tr("This role can %1.").arg(can.join(QStringLiteral(", ")));
}

void SettingsDialog::fillChoices() {
    refill(m_ui->endpointKindCombo, endpointChoices());
    refill(m_ui->placesCombo, placesChoices());
    refill(m_ui->ethnicityCombo,
           {{QStringLiteral("gso"), tr("GSO code (Kinh = 1), as the specification's example")},
            {QStringLiteral("id"), tr("Catalogue id (Kinh = 29)")}});
    refill(m_ui->roleCombo, roleChoices());
    refill(m_ui->languageCombo, {{QStringLiteral("vi"), QStringLiteral("Tiếng Việt")},
                                 {QStringLiteral("en"), QStringLiteral("English")}});
}

void SettingsDialog::load() {
    const OfficeSettings office = m_services.settings();
    m_deadlines->load([&office](const QString &key) { return office.value(key); }, m_connectionEditable);
    m_officeDatabase->load(m_connectionEditable);
    auto select = [](QComboBox *combo, const QString &wanted) {
        const int i = combo->findData(wanted);
        combo->setCurrentIndex(i < 0 ? 0 : i);
    };
    select(m_ui->endpointKindCombo,
           office.value(QStringLiteral("endpoint.kind"), QStringLiteral("production")));
    m_ui->endpointUrlEdit->setText(office.value(QStringLiteral("endpoint.url")));
    m_ui->endpointHeaderEdit->setText(office.value(QStringLiteral("endpoint.header")));
    m_ui->keysProfileEdit->setText(office.value(QStringLiteral("keys.profile"), QStringLiteral("default")));
    const SyncArea area = office.area();
    m_province->setValue(area.province);
    m_picker->refreshEntries();
    m_district->setValue(area.district);
    m_picker->refreshEntries();
    m_commune->setValue(area.commune);
    m_ui->agencyCodeEdit->setText(office.value(OfficeSettings::AgencyCode));
    m_ui->officeUnitEdit->setText(office.officeUnit());
    m_ui->handlerNameEdit->setText(office.handlerName());
    m_ui->handlerPositionEdit->setText(office.handlerPosition());
    m_ui->handlerAccountEdit->setText(office.handlerAccount());
    {
        const QSignalBlocker block(m_ui->placesCombo); // the area was just loaded in this list
        select(m_ui->placesCombo, PlaceCalendar::listKey(office.places()));
    }
    select(m_ui->ethnicityCombo,
           office.ethnicity() == EthnicityCoding::CatalogueId ? QStringLiteral("id") : QStringLiteral("gso"));
    select(m_ui->roleCombo, RolePolicy::name(office.role()));
    select(m_ui->languageCombo,
           currentLanguage() == Language::English ? QStringLiteral("en") : QStringLiteral("vi"));
}

void SettingsDialog::updateEnabled() {
    // The connection is the administrator's, as the role saved now says (not the one being chosen).
    const bool admin = m_connectionEditable;
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui->endpointKindCombo, m_ui->endpointUrlEdit,
                                                       m_ui->endpointHeaderEdit, m_ui->keysProfileEdit,
                                                       m_ui->consumerKeyEdit, m_ui->consumerSecretEdit})
        w->setEnabled(admin);
    const QString kind = m_ui->endpointKindCombo->currentData().toString();
    m_ui->endpointUrlEdit->setEnabled(admin);
    m_ui->endpointUrlEdit->setPlaceholderText(urlPlaceholder(kind));
    m_ui->roleNote->setText(roleNote(m_ui->roleCombo->currentData().toString()));
    if (!admin)
        m_ui->keysNote->setText(tr("Only an administrator changes the connection and the key pair."));
}

std::optional<EndpointProfile> SettingsDialog::editedProfile(QString *error) const {
    SyncSettings s;
    s.load(*m_services.store, error);
    s.setValue(QStringLiteral("endpoint.kind"), m_ui->endpointKindCombo->currentData().toString());
    s.setValue(QStringLiteral("endpoint.url"), m_ui->endpointUrlEdit->text().trimmed());
    s.setValue(QStringLiteral("endpoint.header"), m_ui->endpointHeaderEdit->text().trimmed());
    return s.profile(m_services.environment, error);
}

void SettingsDialog::testConnection() {
    QString error;
    const std::optional<EndpointProfile> profile = editedProfile(&error);
    if (!profile) {
        m_ui->testResultLabel->setText(error);
        m_ui->testResultLabel->setStyleSheet(QStringLiteral("color: #a41c1c;"));
        return;
    }
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->testResultLabel->setStyleSheet(QString());
    m_ui->testResultLabel->setText(tr("Asking the gateway for a token…"));
    const QString key = m_ui->consumerKeyEdit->text();
    const QString secret = m_ui->consumerSecretEdit->text();
    if (!key.isEmpty() && !secret.isEmpty()) {
        m_tester->test(*profile, Credentials{key, secret});
        return;
    }
    auto *resolver = new secrets::CredentialResolver(m_services.secrets, m_services.environment, this);
    const EndpointProfile p = *profile;
    resolver->resolve(
        m_ui->keysProfileEdit->text().trimmed(),
        [this, resolver, p](const secrets::CredentialResult &result) {
            resolver->deleteLater();
            if (!result.ok()) {
                m_ui->testResultLabel->setText(result.message);
                m_ui->testResultLabel->setStyleSheet(QStringLiteral("color: #a41c1c;"));
                m_ui->testConnectionButton->setEnabled(true);
                return;
            }
            m_tester->test(p, Credentials{result.credentials.consumerKey, result.credentials.consumerSecret});
        },
        this);
}

bool SettingsDialog::saveSettings(QString *error) {
    Store &store = *m_services.store;
    const QString agency = m_ui->agencyCodeEdit->text().trimmed();
    if (!agency.isEmpty() && !DossierCode::isAgencyCode(agency)) {
        *error = tr("The agency code must look like 000.00.15.G07.");
        m_ui->settingsTabs->setCurrentWidget(m_ui->officeTab);
        return false;
    }
    // Checked before anything is stored, so that a wrong date leaves every setting as it was.
    DeadlineSettingsPage::Changes deadlineChanges;
    if (m_connectionEditable) {
        QString why;
        const std::optional<DeadlineSettingsPage::Changes> changes = m_deadlines->changes(&why);
        if (!changes) {
            *error = why;
            m_ui->settingsTabs->setCurrentWidget(m_deadlines);
            return false;
        }
        deadlineChanges = *changes;
    }
    QList<std::pair<QString, QString>> sync{
        {QStringLiteral("area.province"), m_province->value()},
        {QStringLiteral("area.district"), m_district->value()},
        {QStringLiteral("area.commune"), m_commune->value()},
    };
    if (m_connectionEditable) {
        QString why;
        if (!editedProfile(&why)) {
            *error = why;
            m_ui->settingsTabs->setCurrentWidget(m_ui->connectionTab);
            return false;
        }
        sync << std::pair{QStringLiteral("endpoint.kind"), m_ui->endpointKindCombo->currentData().toString()}
             << std::pair{QStringLiteral("endpoint.url"), m_ui->endpointUrlEdit->text().trimmed()}
             << std::pair{QStringLiteral("endpoint.header"), m_ui->endpointHeaderEdit->text().trimmed()}
             << std::pair{QStringLiteral("keys.profile"), m_ui->keysProfileEdit->text().trimmed()};
    }
    for (const auto &[key, value] : std::as_const(sync)) {
        QString why;
        if (!SyncSettings::save(store, key, value, &why)) {
            *error = why;
            return false;
        }
    }
    OfficeSettings office(store);
    const QList<std::pair<QString, QString>> own{
        {OfficeSettings::AgencyCode, agency},
        {OfficeSettings::OfficeUnit, m_ui->officeUnitEdit->text()},
        {OfficeSettings::HandlerName, m_ui->handlerNameEdit->text()},
        {OfficeSettings::HandlerPosition, m_ui->handlerPositionEdit->text()},
        {OfficeSettings::HandlerAccount, m_ui->handlerAccountEdit->text()},
        {OfficeSettings::Places, m_ui->placesCombo->currentData().toString()},
        {OfficeSettings::Ethnicity, m_ui->ethnicityCombo->currentData().toString()},
        {OfficeSettings::Role, m_ui->roleCombo->currentData().toString()},
    };
    for (const auto &[key, value] : own)
        if (const StoreResult<void> saved = office.setValue(key, value); !saved) {
            *error = saved.error().message;
            return false;
        }
    // All of them in one transaction, the deadlines computed under the old rules recomputed once.
    QMap<QString, QString> deadlines;
    for (const auto &[key, value] : std::as_const(deadlineChanges))
        deadlines.insert(key, value);
    if (deadlines.isEmpty())
        return true;
    if (const StoreResult<void> saved = store.settings().setValues(deadlines); !saved) {
        *error = saved.error().message;
        return false;
    }
    qCInfo(lcApp) << "deadline settings changed:" << deadlines.keys();
    return true;
}

void SettingsDialog::accept() {
    QString error;
    if (!saveSettings(&error)) {
        m_ui->settingsProblems->setText(error);
        return;
    }
    Q_EMIT settingsSaved();
    const Language language =
        m_ui->languageCombo->currentData().toString() == u"en" ? Language::English : Language::Vietnamese;
    if (language != currentLanguage())
        Q_EMIT languageChosen(language);
    writeSecrets();
}

void SettingsDialog::writeSecrets() {
    const QString profile = m_ui->keysProfileEdit->text().trimmed();
    const QString key = m_ui->consumerKeyEdit->text();
    const QString secret = m_ui->consumerSecretEdit->text();
    if (!m_connectionEditable || !m_services.secrets || (key.isEmpty() && secret.isEmpty())) {
        finishSaving(true, QString());
        return;
    }
    m_ui->buttonBox->setEnabled(false);
    m_services.secrets->writePair(
        profile, key, secret,
        [this](const QStringList &errors) { finishSaving(errors.isEmpty(), errors.join(u'\n')); }, this);
}

void SettingsDialog::finishSaving(bool ok, const QString &message) {
    m_ui->buttonBox->setEnabled(true);
    if (!ok) {
        m_ui->settingsTabs->setCurrentWidget(m_ui->connectionTab);
        m_ui->settingsProblems->setText(
            tr("The other settings are saved, but the keychain refused the key pair: %1").arg(message));
        return;
    }
    // Never keep a secret in a widget longer than needed.
    m_ui->consumerKeyEdit->clear();
    m_ui->consumerSecretEdit->clear();
    qCInfo(lcApp) << "settings saved";
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->settingsTabs->setTabText(m_ui->settingsTabs->indexOf(m_deadlines), tr("Deadlines"));
        m_ui->settingsTabs->setTabText(m_ui->settingsTabs->indexOf(m_officeDatabase), tr("Office database"));
        fillChoices();
        translateButtons();
        for (FieldEditor *e : {m_province, m_district, m_commune})
            e->retranslate();
        updateEnabled();
    }
    QDialog::changeEvent(event);
}

} // namespace btxh::app
