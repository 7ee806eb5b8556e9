// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/import/ImportDialogBase.h"

class QCheckBox;

namespace Fts {

/**
 * Conversion of a legacy prompt/completion JSONL file to chat examples: an optional system prompt, whether
 * the legacy separator and stop sequence are removed (only ever when every example has the same one), a
 * preview, what was removed and which lines cannot be converted. The file is read in the background.
 */
class PromptCompletionImportDialog : public ImportDialogBase
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptCompletionImportDialog)
public:
    explicit PromptCompletionImportDialog(QWidget *parent = nullptr);
    ~PromptCompletionImportDialog() override;

    void setFilePath(const QString &path) override;
    QString filePath() const override;

    QCheckBox *stripMarkersBox() const { return m_strip; }

protected:
    void refresh() override;
    void conversionFinished() override;

private:
    QCheckBox *m_strip;
    QString m_readPath;
};

} // namespace Fts
