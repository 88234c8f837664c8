// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include "CoreLog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace btxh::Translations {

Language parse(QStringView name, bool *ok) {
    const QString n = name.trimmed().toString().toLower();
    if (ok)
        *ok = n.startsWith(u"vi") || n.startsWith(u"en");
    return n.startsWith(u"en") ? Language::English : Language::Vietnamese;
}

void install(Language language) {
    QLocale::setDefault(language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                      : QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    // The app's own catalogue, then Qt's (its dialogs' buttons, the text fields' menu): replaced when the
    // language changes.
    static QList<QTranslator *> installed;
    for (QTranslator *t : std::as_const(installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed.clear();
    const bool english = language == Language::English;
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    // English: only the plural forms ("1 step", "2 steps"). Vietnamese: everything, and Qt's own strings,
    // from Qt's catalogue when the system has one and from ours (the subset the app shows) otherwise.
    const QList<std::pair<QString, QString>> catalogues =
        english ? QList<std::pair<QString, QString>>{{QStringLiteral("btxh_en"), QStringLiteral(":/i18n")}}
                : QList<std::pair<QString, QString>>{{QStringLiteral("btxh_vi"), QStringLiteral(":/i18n")},
                                                     {QStringLiteral("qtbase_vi"), qtDir},
                                                     {QStringLiteral("qt_vi"), QStringLiteral(":/i18n")}};
    for (const auto &[name, dir] : catalogues) {
        auto *t = new QTranslator;
        if (t->load(name, dir)) {
            QCoreApplication::installTranslator(t);
            installed << t;
        } else {
            if (dir.startsWith(u':'))
                qCWarning(lcCore) << "translation" << name << "missing from the resources";
            delete t;
        }
    }
}

} // namespace btxh::Translations
