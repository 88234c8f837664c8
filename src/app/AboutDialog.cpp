// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "ui_AboutDialog.h"

#include "Store.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>

#ifndef BTXH_GIT_COMMIT
#define BTXH_GIT_COMMIT "unknown"
#endif
#ifndef BTXH_LICENSE
#define BTXH_LICENSE "GPL-3.0-or-later"
#endif
#ifndef BTXH_HOMEPAGE
#define BTXH_HOMEPAGE ""
#endif
#ifndef BTXH_BUILD_TYPE
#define BTXH_BUILD_TYPE ""
#endif

namespace btxh::app {

AboutDialog::AboutDialog(const Store *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
    , m_store(store) {
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/btxh.svg")).pixmap(64, 64));
    QFile licences(QStringLiteral(":/about/licenses.md"));
    if (licences.open(QIODevice::ReadOnly))
        m_ui->licencesBrowser->setMarkdown(QString::fromUtf8(licences.readAll()));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    fill();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::gitCommit() {
    const QString commit = QStringLiteral(BTXH_GIT_COMMIT);
    return commit.isEmpty() || commit == u"unknown" ? tr("unknown") : commit;
}

QString AboutDialog::buildType() {
    const QString type = QStringLiteral(BTXH_BUILD_TYPE);
    return type.isEmpty() ? tr("unknown") : type;
}

QString AboutDialog::sqliteVersion() {
    // A private in-memory connection: the driver the store uses, asked for its library's version.
    const QString connection = QStringLiteral("btxh-about-sqlite");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return version.isEmpty() ? tr("unknown") : version;
}

QString AboutDialog::detailsHtml() const {
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td>%2</td></tr>").arg(name, value.toHtmlEscaped());
    };
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p><p><a href=\"%3\">%3</a></p>")
            .arg(tr("Licence"),
                 tr("BTXH Desktop is free software: you can redistribute it and/or modify it under "
                    "the terms of the GNU General Public License as published by the Free Software "
                    "Foundation, either version 3 of the License, or (at your option) any later "
                    "version (%1). It comes with NO WARRANTY. The licence's text is installed with "
                    "the programs (LICENSE).")
                     .arg(QStringLiteral(BTXH_LICENSE))
                     .toHtmlEscaped(),
                 QStringLiteral(BTXH_HOMEPAGE).toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3><table>").arg(tr("Build"));
    html += row(tr("Version"), QStringLiteral(BTXH_VERSION));
    html += row(tr("Commit"), gitCommit());
    html += row(tr("Build type"), buildType());
    html +=
        row(tr("Qt"),
            tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    html += row(tr("SQLite"), sqliteVersion());
    if (m_store)
        html += row(tr("Database"), QDir::toNativeSeparators(m_store->path()));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(tr("Bundled data"));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Administrative-unit codes (provinces, districts, communes): data of the General "
                        "Statistics Office of Viet Nam (GSO), compiled from the repository "
                        "vietnamese-provinces-database, MIT License, Copyright (c) 2021 Thang Le Quoc."));
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Catalogues (procedures, ethnic groups, statuses and the other code lists): "
                        "transcribed from Appendix I of the Ministry of Labour, Invalids and Social Affairs' "
                        "technical guide for connecting social-assistance services through NDXP."));

    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Libraries"));
    for (const QString &line :
         {tr("Qt 6: GNU LGPL version 3"), tr("Qt HTTP Server (in ndxp-sandbox only): GNU GPL version 3"),
          tr("QtKeychain: BSD 2-clause licence"), tr("SQLite: public domain")})
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(tr("The full texts and notices are on the Licences tab.").toHtmlEscaped());
    return html;
}

void AboutDialog::fill() {
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(BTXH_VERSION)));
    m_ui->detailsBrowser->setHtml(detailsHtml());
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
}

void AboutDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace btxh::app
