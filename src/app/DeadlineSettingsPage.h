// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace Ui {
class DeadlineSettingsPage;
}

namespace btxh::app {

// The Settings page of the deadline rules (DeadlineSettings): each procedure's processing time in working
// days beside its shipped default, and the days off and make-up working days added to the shipped calendar.
// Dates are shown and typed dd/MM/yyyy; they are stored yyyy-MM-dd as `btxh config set` stores them.
class DeadlineSettingsPage : public QWidget {
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, DefaultColumn, DaysColumn };
    using Changes = QList<std::pair<QString, QString>>; // (DeadlineSettings key, value to store)

    explicit DeadlineSettingsPage(QWidget *parent = nullptr);
    ~DeadlineSettingsPage() override;

    // Shows the stored value of every key (`stored` returns "" for an unset one); only an administrator
    // may edit them.
    void load(const std::function<QString(const QString &)> &stored, bool editable);
    // The keys whose value the officer changed, as they will be stored; std::nullopt with a translated
    // message naming the procedure or the date that is wrong.
    std::optional<Changes> changes(QString *error) const;

private:
    std::optional<QString> typedDates(const QString &key, const QString &typed, QString *error) const;

    std::unique_ptr<Ui::DeadlineSettingsPage> m_ui;
    QList<std::pair<QString, QString>> m_stored; // (key, stored value) in the order shown
};

} // namespace btxh::app
