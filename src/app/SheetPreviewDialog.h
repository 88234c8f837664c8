// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SheetImport.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SheetPreviewDialog;
}

namespace btxh::app {

class SheetPreviewModel;

// What a sheet would import, before anything is stored: every row with its problems (row and column named),
// how many are ready, have errors or cannot be imported, and the choice to keep the rows with errors as
// drafts. Accepting stores nothing itself: the caller stores sheet.changes(keepDrafts()).
class SheetPreviewDialog : public QDialog {
    Q_OBJECT
public:
    SheetPreviewDialog(const SheetImport &sheet, const QString &fileName, QWidget *parent = nullptr);
    ~SheetPreviewDialog() override;

    bool keepDrafts() const;
    SheetPreviewModel *model() const { return m_model; }

private:
    void updateButton();

    std::unique_ptr<Ui::SheetPreviewDialog> m_ui;
    const SheetImport &m_sheet;
    SheetPreviewModel *m_model;
};

} // namespace btxh::app
