// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

namespace Fts {

/** The workbench window: the open dataset, its validation results, and the menus. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens @p path in the background; the window stays responsive while it is indexed. */
    void openDataset(const QString &path);

private:
    void createActions();
    void showAbout();
    void chooseAndOpenDataset();
};

} // namespace Fts
