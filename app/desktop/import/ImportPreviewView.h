// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Fts::Core {
class ImportPreviewModel;
}

namespace Fts {

/**
 * The examples an import will write, one row per message, tinted by role with the message cards' colours
 * (mixed into the palette's base colour, so dark themes stay readable); a line separates examples.
 */
class ImportPreviewView : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewView)
public:
    explicit ImportPreviewView(Core::ImportPreviewModel *model, QWidget *parent = nullptr);

    /** The tint of a message row with role @p role over @p base. */
};

} // namespace Fts
