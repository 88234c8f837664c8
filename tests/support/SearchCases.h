// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One set of search cases for every backend of the store (SQLite's FTS5 index, PostgreSQL's trigram-narrowed
// table): people as an officer would type them, and what each typed text must find. Each person's dossier has
// only these searchable values (the others empty), so a case's answer follows from this table alone.
namespace btxh::test::SearchCases {

struct Person {
    QString key; // names the person in the cases
    QString name;
    QString idNumber; // CMND / CCCD, also the SoDinhDanh
    QString address;  // HKTT_ChiTiet
};

struct Case {
    QString typed;
    QStringList finds; // Person::key, in any order
};

inline QList<Person> people() {
    return {
        {QStringLiteral("long"), QString::fromUtf8("NGUYỄN HOÀNG LONG"), QStringLiteral("001185012345"),
         QStringLiteral("12")},
        {QStringLiteral("ha"), QString::fromUtf8("Đặng Thị Hà"), QStringLiteral("011223344556"),
         QStringLiteral("12")},
        {QStringLiteral("an"), QString::fromUtf8("Nguyễn Văn An"), QStringLiteral("079301234567"),
         QString::fromUtf8("Bản Phiêng Lơi, xã Mường Phăng")},
        {QStringLiteral("hoa"), QString::fromUtf8("Nguyễn Thị Hoa"), QStringLiteral("001290000001"),
         QString::fromUtf8("Số 5, ngõ 17/3 Hoàng Hoa Thám")},
        {QStringLiteral("duc"), QString::fromUtf8("Trần Đức Anh"), QStringLiteral("036092003456"),
         QString::fromUtf8("Thôn Đông, xã Đức Hòa")},
        {QStringLiteral("hanh"), QString::fromUtf8("Lê Thị Hạnh"), QStringLiteral("0011850"),
         QString::fromUtf8("Tổ 3 phường Ða Kao")}, // Ð (eth) typed for Đ
        {QStringLiteral("percent"), QString::fromUtf8("Phạm 100% Văn_Tú"), QString(), QString()},
    };
}

inline QList<Case> cases() {
    return {
        {QStringLiteral("nguyen hoang long"), {QStringLiteral("long")}},
        {QString::fromUtf8("Nguyễn hoàng"), {QStringLiteral("long"), QStringLiteral("hoa")}}, // Hoa's address
        {QStringLiteral("dang"), {QStringLiteral("ha")}},
        {QString::fromUtf8("ĐẶNG"), {QStringLiteral("ha")}},
        {QStringLiteral("nguyen"), {QStringLiteral("long"), QStringLiteral("an"), QStringLiteral("hoa")}},
        {QStringLiteral("ngu"), {QStringLiteral("long"), QStringLiteral("an"), QStringLiteral("hoa")}},
        {QStringLiteral("n"), {QStringLiteral("long"), QStringLiteral("an"), QStringLiteral("hoa")}},
        {QStringLiteral("nguyen thi h"), {QStringLiteral("hoa")}},
        {QStringLiteral("tra du"), {}}, // only the last word is a prefix
        {QStringLiteral("tran du"), {QStringLiteral("duc")}},
        {QString::fromUtf8("đức"), {QStringLiteral("duc")}},
        {QStringLiteral("duc"), {QStringLiteral("duc")}}, // the name and the address
        {QStringLiteral("da kao"), {QStringLiteral("hanh")}},
        {QStringLiteral("0112233"), {QStringLiteral("ha")}},
        {QStringLiteral("001"), {QStringLiteral("long"), QStringLiteral("hoa"), QStringLiteral("hanh")}},
        {QStringLiteral("0011850"), {QStringLiteral("long"), QStringLiteral("hanh")}},
        {QStringLiteral("1185"), {}}, // a prefix, not any part of the number
        {QStringLiteral("muong phang"), {QStringLiteral("an")}},
        {QStringLiteral("phang muong"), {QStringLiteral("an")}}, // words in any order
        {QStringLiteral("17/3"), {QStringLiteral("hoa")}},       // a phrase of its parts
        {QStringLiteral("17/4"), {}},
        {QStringLiteral("3 hoang"), {QStringLiteral("hoa")}}, // words typed apart match anywhere
        {QStringLiteral("hoa tham"), {QStringLiteral("hoa")}},
        {QStringLiteral("100%"), {QStringLiteral("percent")}}, // punctuation is no part of a word
        {QStringLiteral("van_tu"), {QStringLiteral("percent")}},
        {QStringLiteral("v%"), {QStringLiteral("an"), QStringLiteral("percent")}},
        {QStringLiteral("tran"), {QStringLiteral("duc")}},
        {QStringLiteral("le"), {QStringLiteral("hanh")}},
        {QStringLiteral("xyz"), {}},
    };
}

} // namespace btxh::test::SearchCases
