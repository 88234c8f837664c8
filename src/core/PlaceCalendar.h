// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldSpec.h"
#include "GsoDirectory.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace btxh {

class Record;

// The day Vietnam's two-level administration began (Decision 19/2025/QĐ-TTg): from it there are no districts,
// 34 provinces and 3,321 communes with new GSO codes. The one place the reform date is written.
inline const QDate TwoLevelReformDate{2025, 7, 1};

// Which GSO list a place code is read against, and what a code names, on a given day. A code means what the
// list in force on the dossier's received date says: 03127 is Phường Him Lam before 1 July 2025 and Phường
// Điện Biên Phủ from then. Display, validation, the command line, reports, exports and print all ask here,
// so a code is never read against the wrong list and never rewritten.
class PlaceCalendar {
    Q_DECLARE_TR_FUNCTIONS(btxh::PlaceCalendar)
public:
    // The three-level 2024 list before the reform date, the two-level 2025 list on and after it. An invalid
    // date reads as the reform date (what is entered today lives in the two-level world).
    static GsoList listOn(const QDate &date);
    static bool isTwoLevel(GsoList list) { return list == GsoList::Units2025; }
    static bool isPostReform(const QDate &date) { return !date.isValid() || date >= TwoLevelReformDate; }
    // The day each shipped list took effect (resources/gso/SOURCES.md).
    static QDate inForceFrom(GsoList list);
    // "the 2024 three-level list (in force before 01/07/2025)", translated; for messages.
    static QString listName(GsoList list);
    // "2024" | "2025-pre-reform" | "2025": stable, for settings and command-line options.
    static QString listKey(GsoList list);
    static std::optional<GsoList> listFromKey(const QString &key);

    // The unit a code names in `list`. The 2024 list's reading also accepts a code only the early-2025
    // three-level list has (a 2024 merger), since both are the pre-reform world.
    static const GsoUnit *unit(PlaceLevel level, QStringView code, GsoList list);
    static const GsoUnit *unitOn(PlaceLevel level, QStringView code, const QDate &date) {
        return unit(level, code, listOn(date));
    }
    // The name of a code at a level on a date; empty when the list in force then does not have it.
    static QString nameOn(PlaceLevel level, QStringView code, const QDate &date);
    // For display: the name, or the code itself when the list has no such code.
    static QString displayName(PlaceLevel level, const QString &code, GsoList list);
    // "03127 Phường Điện Biên Phủ", or the code alone when unknown: the code and name side by side.
    static QString codeAndName(PlaceLevel level, const QString &code, GsoList list);

    // The date a dossier's place codes are read on: its received date (NgayTiepNhan), else its submission
    // date; `fallback` (usually today) when it has neither.
    static QDate dossierDate(const Record &dossierFields, const QDate &fallback);
    static GsoList dossierList(const Record &dossierFields, const QDate &fallback) {
        return listOn(dossierDate(dossierFields, fallback));
    }
};

} // namespace btxh
