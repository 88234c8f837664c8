// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace btxh {

// A sort key for Vietnamese text: comparing two keys byte by byte (SQLite's BINARY collation, or
// QString::operator<) orders the texts the way a Vietnamese reader expects. Letters first by the alphabet
// a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z in their Latin places), then, for
// texts equal in their letters, by tone (none, huyền, hỏi, ngã, sắc, nặng — as CLDR's Vietnamese order);
// case is ignored. Runs of digits compare by value ("Tổ 2" before "Tổ 10"); spaces and punctuation separate
// words ("An" < "An Bình" < "Anh"). The key is printable ASCII, stable across Qt/ICU versions, so the store
// can keep it in an indexed column.
class VietnameseSortKey {
public:
    static QString of(QStringView text);
    static bool lessThan(QStringView a, QStringView b) { return of(a) < of(b); }
};

} // namespace btxh
