// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/ApiCommand.h"

#include <QJsonArray>

namespace Fts::Cli {

/** `ftstudio files upload FILE | list | delete ID | content ID [-o OUT]`. */
class FilesCommand : public ApiCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilesCommand)
public:
    explicit FilesCommand(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("files"); }
    QString summary() const override;

protected:
    QString usage() const override;
    bool parseArguments(const QStringList &arguments, QString *error) override;
    void run() override;

private:
    enum class Action { Upload, List, Delete, Content };
    void upload();
    void list(const QString &after);
    void remove();
    void content();

    Action m_action = Action::List;
    QString m_target; ///< the file to upload, or the file id
    QString m_outputPath;
    QString m_purpose;
    QJsonArray m_listed;
};

} // namespace Fts::Cli
