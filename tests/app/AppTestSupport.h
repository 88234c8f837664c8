// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests: a real database in a temporary folder, an office configured in it, a key pair in a
// memory keychain, and helpers that drive the real widgets the way an officer does (typing, including
// Vietnamese letters, and clicking).

#include "AppServices.h"
#include "ChangeSet.h"
#include "CodeComboBox.h"
#include "Dossier.h"
#include "MemorySecretStore.h"
#include "OfficeSettings.h"
#include "PlaceCalendar.h"
#include "Store.h"
#include "TestDossiers.h"
#include "Widgets.h"
#include "WireDate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <functional>
#include <memory>

namespace btxh::app::test {

struct TestOffice {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    secrets::MemorySecretStore secrets;
    QNetworkAccessManager network;
    AppServices services;

    // `clock`: the store's (deadlines are judged against its day); the system clock when empty.
    explicit TestOffice(UserRole role = UserRole::CommuneOfficer, std::function<QDateTime()> clock = {}) {
        QVERIFY2(dir.isValid(), "temporary folder");
        Store::Options options;
        options.clock = std::move(clock);
        open(dir.filePath(QStringLiteral("office.sqlite")), options, role);
    }
    // The same office on the database at `address` (an office's server: TestStoreBackend), opened with
    // `options` (its password).
    TestOffice(UserRole role, const QString &address, const Store::Options &options) {
        QVERIFY2(dir.isValid(), "temporary folder");
        open(address, options, role);
    }

private:
    void open(const QString &address, const Store::Options &options, UserRole role) {
        store = std::make_unique<Store>(options);
        const auto opened = store->open(address);
        QVERIFY2(opened, qPrintable(opened.error().message));
        services.store = store.get();
        services.secrets = &secrets;
        services.network = &network;
        services.environment = QProcessEnvironment(); // nothing from the developer's shell leaks in
        // A commune office of today: Phường Ba Đình, Hà Nội, in the two-level list (no district).
        OfficeSettings office(*store);
        office.setValue(QStringLiteral("area.province"), QStringLiteral("01"));
        office.setValue(QStringLiteral("area.commune"), QStringLiteral("00004"));
        office.setValue(OfficeSettings::Role, RolePolicy::name(role));
        office.setValue(OfficeSettings::AgencyCode, QStringLiteral("000.00.01.G07"));
        office.setValue(OfficeSettings::OfficeUnit, QStringLiteral("UBND Phường Phúc Xá"));
        office.setValue(OfficeSettings::HandlerName, QStringLiteral("Trần Văn Bình"));
        office.setValue(OfficeSettings::HandlerPosition, QStringLiteral("Công chức LĐ-TB&XH"));
        office.setValue(OfficeSettings::HandlerAccount, QStringLiteral("binh.tv"));
    }
};

// A complete, valid new dossier of the office's commune (TestDossiers::valid).
inline Dossier validDossier(const QString &code, const QString &name, const QDateTime &received) {
    return btxh::test::TestDossiers::valid(code, name, received);
}

using btxh::test::answerMessageBox;
using btxh::test::child;
using btxh::test::replaceText;
using btxh::test::typeText;

// Picks from a drop-down by typing part of a name and pressing Return (the first match), or, for a plain
// drop-down, by choosing the entry with the mouse-equivalent activation.
inline void pick(CodeComboBox *combo, const QString &typed) {
    QVERIFY(combo);
    if (combo->typeToFilter()) {
        combo->lineEdit()->selectAll();
        typeText(combo->lineEdit(), typed);
        QTest::keyClick(combo->lineEdit(), Qt::Key_Return);
        return;
    }
    const int i = combo->findText(typed, Qt::MatchContains);
    QVERIFY2(i >= 0, qPrintable(typed));
    combo->setFocus();
    combo->setCurrentIndex(i);
    Q_EMIT combo->activated(i);
}

// A screenshot as a small PNG: the 256 most frequent colours (an interface has few; anti-aliased edges take
// the nearest), without dithering noise.
inline QImage smallImage(const QPixmap &shot) {
    const QImage rgb = shot.toImage().convertToFormat(QImage::Format_RGB32);
    QHash<QRgb, qint64> counts;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ++counts[line[x]];
    }
    QList<std::pair<qint64, QRgb>> byCount;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        byCount << std::pair{it.value(), it.key()};
    std::sort(byCount.begin(), byCount.end(), std::greater<>());
    QList<QRgb> palette;
    for (qsizetype i = 0; i < byCount.size() && i < 256; ++i)
        palette << byCount.at(i).second;
    return rgb.convertToFormat(QImage::Format_Indexed8, palette, Qt::ThresholdDither | Qt::AvoidDither);
}

// Screenshots go to the build tree, and to docs/screenshots when BTXH_UPDATE_SCREENSHOTS is set.
inline void saveScreenshot(QWidget *widget, const QString &name) {
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    const QImage image = smallImage(shot);
    QDir().mkpath(QStringLiteral("screenshots"));
    QVERIFY(image.save(QStringLiteral("screenshots/") + name, "PNG", 0)); // 0: the smallest file
    if (qEnvironmentVariableIsSet("BTXH_UPDATE_SCREENSHOTS")) {
        const QString dir = QStringLiteral(BTXH_SCREENSHOT_DIR);
        QDir().mkpath(dir);
        QVERIFY(image.save(dir + u'/' + name, "PNG", 0));
    }
}

} // namespace btxh::app::test
