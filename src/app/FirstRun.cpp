// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstRun.h"

#include "AppOptions.h"

#include <QSettings>

namespace btxh::app {

const QString FirstRun::LanguageKey = QStringLiteral("language");
const QString FirstRun::DoneKey = QStringLiteral("firstRun/done");
const QString FirstRun::ChoiceKey = QStringLiteral("firstRun/choice");

FirstRun::StartMode FirstRun::startMode(const AppOptions &options, const QSettings &settings,
                                        bool defaultDatabaseHasGateway) {
    if (options.demo)
        return StartMode::Demo;
    if (!options.databasePath.isEmpty() || options.noDemo || defaultDatabaseHasGateway)
        return StartMode::Office;
    if (options.demoIfNoGateway)
        return StartMode::Demo;
    if (done(settings))
        return StartMode::Office;
    if (options.quitAfterPaint)
        return StartMode::Demo; // the start-up benchmark never waits for an answer
    return StartMode::Wizard;
}

bool FirstRun::done(const QSettings &settings) {
    return settings.value(DoneKey, false).toBool();
}

FirstRun::Choice FirstRun::choice(const QSettings &settings) {
    return choiceFromName(settings.value(ChoiceKey).toString());
}

void FirstRun::record(QSettings &settings, Choice choice) {
    settings.setValue(ChoiceKey, choiceName(choice));
    if (choice == Choice::Offline || choice == Choice::Gateway)
        settings.setValue(DoneKey, true);
    settings.sync();
}

QString FirstRun::choiceName(Choice choice) {
    switch (choice) {
    case Choice::None:
        return {};
    case Choice::Offline:
        return QStringLiteral("offline");
    case Choice::Gateway:
        return QStringLiteral("gateway");
    case Choice::Demo:
        return QStringLiteral("demo");
    }
    return {};
}

FirstRun::Choice FirstRun::choiceFromName(const QString &name) {
    if (name == u"offline")
        return Choice::Offline;
    if (name == u"gateway")
        return Choice::Gateway;
    if (name == u"demo")
        return Choice::Demo;
    return Choice::None;
}

} // namespace btxh::app
