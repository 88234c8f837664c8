// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "Language.h"

#include <QDialog>
#include <QList>
#include <memory>
#include <optional>
#include <utility>

class QComboBox;

namespace Ui {
class SettingsDialog;
}

namespace btxh {
struct EndpointProfile;
}

namespace btxh::app {

class ConnectionTester;
class DeadlineSettingsPage;
class OfficeDatabasePage;
class FieldEditor;
class PlacePicker;

// The office's settings: which gateway (production NDXP, NDXP's sandbox, a province's LGSP, a custom
// address), the consumer key and secret (masked, written straight into the OS keychain, with "Test
// connection"), the office's area and agency code, who records steps here, the user's role and the language,
// and the deadline rules (processing times, days off). Only an administrator changes the connection and the
// deadline rules.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(const AppServices &services, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void testConnection();
    // Validates and stores everything; the dialog closes once the keychain has answered.
    void accept() override;

    static QStringList endpointKinds(); // the SyncSettings names, in the combo's order

    // The questions the first-run wizard asks as well, answered the same way there.
    using Choices = QList<std::pair<QString, QString>>; // (stored value, label)
    static Choices endpointChoices();
    static Choices roleChoices();
    // The lists the office's area is picked from: today's two-level list first (the default).
    static Choices placesChoices();
    // Offers `list` in the office's area pickers, dropping the chosen units it does not have.
    static void switchAreaList(PlacePicker *picker, GsoList list);
    // Refills a combo box with `items`, keeping its current choice when it is still offered.
    static void refill(QComboBox *combo, const Choices &items);
    static QString urlPlaceholder(const QString &endpointKind);
    // "This role can …", for the role named `roleName` (a RolePolicy name).
    static QString roleNote(const QString &roleName);

Q_SIGNALS:
    void languageChosen(btxh::Language language);
    void settingsSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void fillChoices();
    void translateButtons();
    void updateEnabled();
    std::optional<EndpointProfile> editedProfile(QString *error) const;
    bool saveSettings(QString *error);
    void writeSecrets();
    void finishSaving(bool ok, const QString &message);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppServices m_services;
    ConnectionTester *m_tester;
    // Decided once, from the settings as they were stored when the dialog opened: saving the role and the
    // gateway must not change what the same Save may write (the key pair comes after them).
    bool m_connectionEditable;
    FieldEditor *m_province = nullptr;
    FieldEditor *m_district = nullptr;
    FieldEditor *m_commune = nullptr;
    PlacePicker *m_picker = nullptr;
    DeadlineSettingsPage *m_deadlines = nullptr;
    OfficeDatabasePage *m_officeDatabase = nullptr;
};

} // namespace btxh::app
