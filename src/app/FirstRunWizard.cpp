// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRunWizard.h"
#include "ui_FirstRunWizard.h"

#include "AppLog.h"
#include "ConnectionTester.h"
#include "FieldEditor.h"
#include "FieldTable.h"
#include "PlaceCalendar.h"
#include "PlacePicker.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "Store.h"
#include "SyncSettings.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QSettings>

namespace btxh::app {

namespace {

const QString ProblemStyle = QStringLiteral("color: #a41c1c;");
const QString KeysProfile = QStringLiteral("keys.profile");

void select(QComboBox *combo, const QString &wanted) {
    const int i = combo->findData(wanted);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

FirstRunWizard::FirstRunWizard(const AppServices &services, QSettings &settings, QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::FirstRunWizard>())
    , m_services(services)
    , m_settings(settings)
    , m_tester(new ConnectionTester(services.network, this)) {
    m_ui->setupUi(this);
    const FieldTable &query = FieldTable::query();
    const ValidationContext context = services.validationContext();
    auto place = [&](QueryField field, QWidget *host) {
        auto *e = new FieldEditor(query.at(int(field)), NotRequired, context, host);
        e->label()->hide();
        e->problemLabel()->hide();
        e->editor()->setObjectName(QStringLiteral("area_") + e->spec().wireName);
        auto *layout = new QHBoxLayout(host);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(e->editor());
        e->editor()->installEventFilter(this);
        return e;
    };
    m_province = place(QueryField::MaTinh, m_ui->provinceHost);
    m_district = place(QueryField::MaHuyen, m_ui->districtHost);
    m_commune = place(QueryField::MaXa, m_ui->communeHost);
    m_picker = new PlacePicker(services.settings().places(), m_province, m_district, m_commune, this);
    m_places = new QComboBox(m_ui->areaPage);
    m_places->setObjectName(QStringLiteral("area_places"));
    auto *placesLabel = new QLabel(m_ui->areaPage);
    placesLabel->setBuddy(m_places); // what a screen reader says on the picker (insertRow does not set it)
    m_ui->areaForm->insertRow(0, placesLabel, m_places);
    connect(m_places, &QComboBox::currentIndexChanged, this, [this] {
        if (const std::optional<GsoList> list =
                PlaceCalendar::listFromKey(m_places->currentData().toString()))
            SettingsDialog::switchAreaList(m_picker, *list);
        m_ui->areaProblem->clear();
        showDistrictRow();
    });
    for (FieldEditor *e : {m_province, m_district, m_commune})
        connect(e, &FieldEditor::edited, this, [this, e] {
            m_picker->cascade(e);
            m_ui->areaProblem->clear();
        });
    for (QLabel *l : {m_ui->areaProblem, m_ui->connectionProblem})
        l->setStyleSheet(ProblemStyle);

    fillChoices();
    load();
    connect(m_ui->vietnameseRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseLanguage(Language::Vietnamese);
    });
    connect(m_ui->englishRadio, &QRadioButton::toggled, this, [this](bool on) {
        if (on)
            chooseLanguage(Language::English);
    });
    for (QRadioButton *r : {m_ui->offlineRadio, m_ui->gatewayRadio, m_ui->demoRadio})
        connect(r, &QRadioButton::toggled, this, [this] {
            m_ui->connectionProblem->clear();
            updateEnabled();
        });
    connect(m_ui->endpointKindCombo, &QComboBox::currentIndexChanged, this, &FirstRunWizard::updateEnabled);
    for (QLineEdit *edit : {m_ui->endpointUrlEdit, m_ui->consumerKeyEdit, m_ui->consumerSecretEdit})
        connect(edit, &QLineEdit::textEdited, m_ui->connectionProblem, &QLabel::clear);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &FirstRunWizard::updateEnabled);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &FirstRunWizard::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, [this](bool ok, const QString &message) {
        m_ui->testResultLabel->setText(message);
        m_ui->testResultLabel->setStyleSheet(ok ? QStringLiteral("color: #1e6b30;") : ProblemStyle);
        m_ui->testConnectionButton->setEnabled(true);
    });
    updateEnabled();
}

FirstRunWizard::~FirstRunWizard() = default;

FirstRun::Choice FirstRunWizard::choice() const {
    if (m_ui->gatewayRadio->isChecked())
        return FirstRun::Choice::Gateway;
    if (m_ui->demoRadio->isChecked())
        return FirstRun::Choice::Demo;
    return FirstRun::Choice::Offline;
}

void FirstRunWizard::fillChoices() {
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::FinishButton, tr("Start working"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    SettingsDialog::refill(m_ui->endpointKindCombo, SettingsDialog::endpointChoices());
    SettingsDialog::refill(m_ui->roleCombo, SettingsDialog::roleChoices());
    SettingsDialog::refill(m_places, SettingsDialog::placesChoices());
    if (auto *label = qobject_cast<QLabel *>(m_ui->areaForm->labelForField(m_places)))
        label->setText(tr("Unit list"));
}

void FirstRunWizard::showDistrictRow() {
    // Today's list has no districts: the step is not asked at all.
    const bool districts = GsoDirectory::get(m_picker->list()).hasDistricts();
    m_ui->areaDistrictLabel->setVisible(districts);
    m_ui->districtHost->setVisible(districts);
}

void FirstRunWizard::load() {
    {
        const QSignalBlocker blockVi(m_ui->vietnameseRadio);
        const QSignalBlocker blockEn(m_ui->englishRadio);
        (currentLanguage() == Language::English ? m_ui->englishRadio : m_ui->vietnameseRadio)
            ->setChecked(true);
    }
    // The answers given before (a user who tried the demonstration first) are offered again.
    const OfficeSettings office = m_services.settings();
    const SyncArea area = office.area();
    {
        const QSignalBlocker block(m_places); // the area below is in this list
        select(m_places, PlaceCalendar::listKey(office.places()));
    }
    showDistrictRow();
    m_province->setValue(area.province);
    m_picker->refreshEntries();
    m_district->setValue(area.district);
    m_picker->refreshEntries();
    m_commune->setValue(area.commune);
    select(m_ui->roleCombo, RolePolicy::name(office.role()));
    select(m_ui->endpointKindCombo,
           office.value(QStringLiteral("endpoint.kind"), SettingsDialog::endpointKinds().constFirst()));
    m_ui->endpointUrlEdit->setText(office.value(QStringLiteral("endpoint.url")));
}

void FirstRunWizard::updateEnabled() {
    m_ui->gatewayBox->setEnabled(m_ui->gatewayRadio->isChecked());
    const QString kind = m_ui->endpointKindCombo->currentData().toString();
    m_ui->endpointUrlEdit->setPlaceholderText(SettingsDialog::urlPlaceholder(kind));
    m_ui->roleNote->setText(SettingsDialog::roleNote(m_ui->roleCombo->currentData().toString()));
}

void FirstRunWizard::chooseLanguage(Language language) {
    if (language != currentLanguage())
        Translations::install(language); // the wizard (and everything else) gets a LanguageChange event
}

bool FirstRunWizard::checkArea(QString *error) const {
    if (m_province->value().isEmpty()) {
        *error = tr("Choose at least the office's province.");
        return false;
    }
    for (const auto &[key, editor] : {std::pair{QStringLiteral("area.province"), m_province},
                                      std::pair{QStringLiteral("area.district"), m_district},
                                      std::pair{QStringLiteral("area.commune"), m_commune}})
        if (!SyncSettings::normalise(key, editor->value(), error))
            return false;
    return true;
}

bool FirstRunWizard::checkConnection(QString *error) const {
    if (choice() != FirstRun::Choice::Gateway)
        return true;
    SyncSettings s;
    s.setValue(QStringLiteral("endpoint.kind"), m_ui->endpointKindCombo->currentData().toString());
    s.setValue(QStringLiteral("endpoint.url"), m_ui->endpointUrlEdit->text().trimmed());
    if (!s.profile(m_services.environment, error))
        return false;
    if (m_ui->consumerKeyEdit->text().isEmpty() != m_ui->consumerSecretEdit->text().isEmpty()) {
        *error = tr("Type both the consumer key and the consumer secret, or leave both empty to add them "
                    "later in Settings.");
        return false;
    }
    return true;
}

bool FirstRunWizard::validateCurrentPage() {
    QString error;
    if (currentPage() == m_ui->areaPage && !checkArea(&error)) {
        m_ui->areaProblem->setText(error);
        return false;
    }
    if (currentPage() == m_ui->connectionPage && !checkConnection(&error)) {
        m_ui->connectionProblem->setText(error);
        return false;
    }
    return QWizard::validateCurrentPage();
}

void FirstRunWizard::testConnection() {
    QString error;
    SyncSettings s;
    s.setValue(QStringLiteral("endpoint.kind"), m_ui->endpointKindCombo->currentData().toString());
    s.setValue(QStringLiteral("endpoint.url"), m_ui->endpointUrlEdit->text().trimmed());
    const std::optional<EndpointProfile> profile = s.profile(m_services.environment, &error);
    const Credentials credentials{m_ui->consumerKeyEdit->text(), m_ui->consumerSecretEdit->text()};
    if (profile && !credentials.isComplete())
        error = tr("Type the consumer key and the consumer secret to test them.");
    if (!profile || !credentials.isComplete()) {
        m_ui->testResultLabel->setText(error);
        m_ui->testResultLabel->setStyleSheet(ProblemStyle);
        return;
    }
    m_ui->testConnectionButton->setEnabled(false);
    m_ui->testResultLabel->setStyleSheet(QString());
    m_ui->testResultLabel->setText(tr("Asking the gateway for a token…"));
    m_tester->test(*profile, credentials);
}

bool FirstRunWizard::save(QString *error) {
    Store &store = *m_services.store;
    m_settings.setValue(FirstRun::LanguageKey,
                        m_ui->englishRadio->isChecked() ? QStringLiteral("en") : QStringLiteral("vi"));
    QList<std::pair<QString, QString>> sync{
        {QStringLiteral("area.province"), m_province->value()},
        {QStringLiteral("area.district"), m_district->value()},
        {QStringLiteral("area.commune"), m_commune->value()},
    };
    if (choice() == FirstRun::Choice::Gateway)
        sync << std::pair{QStringLiteral("endpoint.kind"), m_ui->endpointKindCombo->currentData().toString()}
             << std::pair{QStringLiteral("endpoint.url"), m_ui->endpointUrlEdit->text().trimmed()};
    for (const auto &[key, value] : std::as_const(sync))
        if (!SyncSettings::save(store, key, value, error))
            return false;
    OfficeSettings office(store);
    StoreResult<void> saved =
        office.setValue(OfficeSettings::Role, m_ui->roleCombo->currentData().toString());
    if (saved)
        saved = office.setValue(OfficeSettings::Places, PlaceCalendar::listKey(m_picker->list()));
    if (!saved) {
        *error = saved.error().message;
        return false;
    }
    return true;
}

void FirstRunWizard::accept() {
    if (m_writing || !validateCurrentPage())
        return;
    QString error;
    if (!save(&error)) {
        m_ui->connectionProblem->setText(error);
        return;
    }
    writeSecrets();
}

void FirstRunWizard::writeSecrets() {
    const QString key = m_ui->consumerKeyEdit->text();
    const QString secret = m_ui->consumerSecretEdit->text();
    if (choice() != FirstRun::Choice::Gateway || !m_services.secrets || key.isEmpty()) {
        finish(true, QString());
        return;
    }
    const QString profile = m_services.settings().value(KeysProfile, SyncSettings::defaultValue(KeysProfile));
    button(QWizard::FinishButton)->setEnabled(false);
    m_writing = true;
    m_services.secrets->writePair(
        profile, key, secret,
        [this](const QStringList &errors) {
            m_writing = false;
            finish(errors.isEmpty(), errors.join(u'\n'));
        },
        this);
}

void FirstRunWizard::finish(bool ok, const QString &message) {
    button(QWizard::FinishButton)->setEnabled(true);
    if (!ok) {
        m_ui->connectionProblem->setText(
            tr("The other answers are saved, but the keychain refused the key pair: %1").arg(message));
        return;
    }
    // Never keep a secret in a widget longer than needed.
    m_ui->consumerKeyEdit->clear();
    m_ui->consumerSecretEdit->clear();
    FirstRun::record(m_settings, choice());
    qCInfo(lcApp) << "first run answered:" << FirstRun::choiceName(choice());
    QWizard::accept();
}

bool FirstRunWizard::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        bool picker = false;
        for (const FieldEditor *e : {m_province, m_district, m_commune})
            picker = picker || (e && watched == e->editor());
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && picker) {
            event->accept();
            return true;
        }
    }
    return QWizard::eventFilter(watched, event);
}

void FirstRunWizard::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillChoices();
        for (FieldEditor *e : {m_province, m_district, m_commune})
            e->retranslate();
        updateEnabled();
    }
    QWizard::changeEvent(event);
}

} // namespace btxh::app
