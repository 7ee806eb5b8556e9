// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace Fts {

/**
 * A plain-text editor that grows with its content instead of scrolling inside a message card. The height
 * follows the wrapped text at the editor's current width, so it is right once the card has its final size.
 */
class GrowingTextEdit : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrowingTextEdit)
public:
    explicit GrowingTextEdit(QWidget *parent = nullptr);

    /** The height that shows every wrapped line at @p width (at least two lines, at most maximumGrowth()). */
    int heightForWidth(int width) const override;
    static constexpr int maximumGrowth() { return 480; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
};

} // namespace Fts
