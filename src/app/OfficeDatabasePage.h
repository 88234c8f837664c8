// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppServices.h"

#include <QString>
#include <QWidget>
#include <functional>
#include <memory>

class QLabel;

namespace Ui {
class OfficeDatabasePage;
}

namespace btxh {
class DatabaseLocation;
}

namespace btxh::app {

// The Settings page that moves an office (DatabaseMove, as btxh db copy does): this computer's cases into the
// office's PostgreSQL database, or the office's cases into a new file. The copy runs as a background job
// with its progress and Cancel; what came of it is written on the page. A password typed here is used for
// the copy and, once the server has accepted it, kept in the OS keychain (as btxh db password keeps it);
// left empty, the one in the keychain is used, or the user's ~/.pgpass. Only an administrator moves an
// office. Below, which database this computer opens at its next start: its own file or the office's
// server (DatabaseChoice; any officer chooses it for their own desktop).
class OfficeDatabasePage : public QWidget {
    Q_OBJECT
public:
    explicit OfficeDatabasePage(const AppServices &services, QWidget *parent = nullptr);
    ~OfficeDatabasePage() override;

    void load(bool editable);
    // Asks for the new file the server's cases are copied into (empty: none chosen); default: a save dialog.
    using FileChooser = std::function<QString(QWidget *parent)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // The buttons' work: copyFromServer is given the new file the chooser answered.
    void copyToServer();
    void copyFromServer(const QString &file);

Q_SIGNALS:
    // A move ended, well or not; the page's result text says how.
    void moveFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Direction { ToServer, FromServer };
    void chooseFileAndCopy();
    void start(Direction direction, const QString &file);
    void run(Direction direction, const DatabaseLocation &server, const QString &file,
             const QString &password, bool typed);
    void finish(bool ok, const QString &text);
    // Which database this computer opens at its next start (DatabaseChoice): the server only once it has
    // answered.
    void chooseServer();
    void chooseOwnFile();
    void checkServer(const DatabaseLocation &server, const QString &password, bool typed);
    // Busy from now on; `then` gets the typed password, else the keychain's (empty: ~/.pgpass), asked with
    // `note` saying so.
    void withPassword(const DatabaseLocation &server, QLabel *note,
                      std::function<void(const QString &password, bool typed)> then);
    void showOpenChoice(bool server);
    void updateEnabled();

    std::unique_ptr<Ui::OfficeDatabasePage> m_ui;
    AppServices m_services;
    bool m_editable = false;
    bool m_busy = false;
    FileChooser m_chooseFile;
};

} // namespace btxh::app
