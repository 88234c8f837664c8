// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"
#include "FirstRun.h"
#include "Language.h"

#include <QStringList>
#include <QWizard>
#include <memory>

class QComboBox;
class QSettings;

namespace Ui {
class FirstRunWizard;
}

namespace btxh::app {

class ConnectionTester;
class FieldEditor;
class PlacePicker;

// The first start of an installed app: the language (switched at once), the office's area, the user's role,
// and how to work — offline for now, with a gateway and the office's key pair (masked, written straight into
// the keychain, with an optional "Test connection"), or the demonstration. Each page is checked before Next.
// Finishing stores the language and the choice in `settings`, and the office's answers in its database.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    FirstRunWizard(const AppServices &services, QSettings &settings, QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    FirstRun::Choice choice() const;
    bool validateCurrentPage() override;
    // Stores everything; the wizard closes once the keychain has answered.
    void accept() override;
    void testConnection();
    // Return in a place picker takes the match; it does not also press Next.
    bool eventFilter(QObject *watched, QEvent *event) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void fillChoices();
    void updateEnabled();
    void showDistrictRow();
    void chooseLanguage(Language language);
    bool checkArea(QString *error) const;
    bool checkConnection(QString *error) const;
    bool save(QString *error);
    void writeSecrets();
    void finish(bool ok, const QString &message);

    std::unique_ptr<Ui::FirstRunWizard> m_ui;
    AppServices m_services;
    QSettings &m_settings;
    ConnectionTester *m_tester;
    FieldEditor *m_province = nullptr;
    FieldEditor *m_district = nullptr;
    FieldEditor *m_commune = nullptr;
    PlacePicker *m_picker = nullptr;
    QComboBox *m_places = nullptr; // which list the area is picked from: today's by default
    bool m_writing = false;        // the key pair is on its way to the keychain
};

} // namespace btxh::app
