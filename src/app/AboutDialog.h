// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

namespace btxh {
class Store;
}

namespace btxh::app {

// Help → About: the version and the build (commit, build type, Qt at run time and at build time, SQLite), the
// open database, where the bundled data comes from, and the licences of the data and the libraries
// (docs/licenses.md, compiled in).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const Store *store = nullptr, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The details as shown (translated HTML).
    QString detailsHtml() const;
    static QString sqliteVersion();
    static QString gitCommit();
    static QString buildType();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    std::unique_ptr<Ui::AboutDialog> m_ui;
    const Store *m_store;
};

} // namespace btxh::app
