#include "Translations.h"

#include "CoreLog.h"

#include <QCoreApplication>
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
    // One translator per process, replaced when the language changes.
    static QTranslator *translator = nullptr;
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
        translator = nullptr;
    }
    if (language == Language::English)
        return; // source strings are English
    auto *t = new QTranslator;
    if (t->load(QStringLiteral(":/i18n/btxh_vi.qm"))) {
        QCoreApplication::installTranslator(t);
        translator = t;
    } else {
        qCWarning(lcCore) << "Vietnamese translation missing from the resources";
        delete t;
    }
}

} // namespace btxh::Translations
