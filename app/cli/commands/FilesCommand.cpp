// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands/FilesCommand.h"

#include "api/resources/DeleteRequest.h"
#include "api/resources/FileContentRequest.h"
#include "api/resources/FileListRequest.h"
#include "api/resources/FileUploader.h"
#include "api/transport/ApiClient.h"
#include "cli/CliIo.h"
#include "cli/TextTable.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace Fts::Cli {

FilesCommand::FilesCommand(QObject *parent)
    : ApiCommand(parent)
{
}

QString FilesCommand::summary() const
{
    return tr("Upload, list, delete and download files on the provider");
}

QString FilesCommand::usage() const
{
    return tr("Usage: ftstudio files upload FILE [--purpose PURPOSE]\n"
              "       ftstudio files list [--purpose PURPOSE]\n"
              "       ftstudio files delete FILE_ID\n"
              "       ftstudio files content FILE_ID [-o OUT]\n"
              "Uploads a training file (purpose fine-tune by default), lists the files of the account, deletes one,\n"
              "or downloads one. Fine-tuning result files arrive base64-encoded and are written decoded (CSV).\n");
}

bool FilesCommand::parseArguments(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("OUT"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), QString(), QStringLiteral("PURPOSE"));
    parser.addOptions({output, purpose});
    if (!parser.parse(QStringList{name()} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = tr("Say what to do: upload, list, delete or content.");
        return false;
    }
    const QString action = positional.first();
    const qsizetype expected = action == QLatin1String("list") ? 1 : 2;
    if (action == QLatin1String("upload"))
        m_action = Action::Upload;
    else if (action == QLatin1String("list"))
        m_action = Action::List;
    else if (action == QLatin1String("delete"))
        m_action = Action::Delete;
    else if (action == QLatin1String("content"))
        m_action = Action::Content;
    else {
        *error = tr("Unknown action \"%1\": use upload, list, delete or content.").arg(action);
        return false;
    }
    if (positional.size() != expected) {
        *error = expected == 1 ? tr("\"files list\" takes no further arguments.")
                               : m_action == Action::Upload ? tr("\"files upload\" needs exactly one FILE.")
                                                            : tr("\"files %1\" needs exactly one FILE_ID.").arg(action);
        return false;
    }
    m_target = positional.value(1);
    m_outputPath = parser.value(output);
    if (!m_outputPath.isEmpty() && m_action != Action::Content) {
        *error = tr("-o is only for \"files content\".");
        return false;
    }
    m_purpose = parser.value(purpose);
    if (m_action == Action::Upload) {
        if (m_purpose.isEmpty())
            m_purpose = QStringLiteral("fine-tune");
        const QFileInfo info(m_target);
        if (!info.isFile()) {
            *error = tr("There is no file \"%1\".").arg(m_target);
            return false;
        }
    } else if (!m_purpose.isEmpty() && m_action != Action::List) {
        *error = tr("--purpose is only for \"files upload\" and \"files list\".");
        return false;
    }
    return true;
}

void FilesCommand::run()
{
    switch (m_action) {
    case Action::Upload:
        upload();
        break;
    case Action::List:
        m_listed = {};
        list(QString());
        break;
    case Action::Delete:
        remove();
        break;
    case Action::Content:
        content();
        break;
    }
}

void FilesCommand::upload()
{
    startUpload(m_target, m_purpose, [this](Api::FileUploader *uploader) {
        if (jsonOutput()) {
            printJson(uploader->file().raw);
        } else {
            io().out() << tr("Uploaded %1 as %2 (%3).")
                              .arg(QFileInfo(m_target).fileName(), uploader->file().id,
                                   QLocale().formattedDataSize(uploader->file().bytes))
                       << '\n';
        }
        finish(ExitSuccess);
    });
}

void FilesCommand::list(const QString &after)
{
    auto *request = new Api::FileListRequest(client(), m_purpose, after, 0, QString(), this);
    startRequest(request, [this, request, after] {
        const QJsonArray data = request->json().value(QLatin1String("data")).toArray();
        for (const QJsonValue &item : data)
            m_listed.append(item);
        // The files list defaults to 10,000 per page; follow the cursor anyway so nothing is silently cut off.
        if (request->page().hasMore && !request->page().nextAfter().isEmpty() && request->page().nextAfter() != after) {
            list(request->page().nextAfter());
            return;
        }
        if (jsonOutput()) {
            QJsonObject all = request->json();
            all.insert(QStringLiteral("data"), m_listed);
            all.insert(QStringLiteral("has_more"), false);
            printJson(all);
        } else if (m_listed.isEmpty()) {
            io().out() << tr("No files.") << '\n';
        } else {
            TextTable table({tr("ID"), tr("SIZE"), tr("CREATED"), tr("PURPOSE"), tr("FILENAME")});
            for (const QJsonValue &item : std::as_const(m_listed)) {
                const Api::FileObject file = Api::FileObject::fromJson(item.toObject());
                table.addRow({file.id, QLocale().formattedDataSize(file.bytes), TextTable::timestamp(file.createdAt),
                              file.purpose, file.filename});
            }
            table.print(io().out());
        }
        finish(ExitSuccess);
    });
}

void FilesCommand::remove()
{
    auto *request = new Api::DeleteRequest(client(), Api::DeleteRequest::Target::File, m_target, this);
    startRequest(request, [this, request] {
        if (jsonOutput())
            printJson(request->json());
        else if (request->deleted())
            io().out() << tr("Deleted %1.").arg(m_target) << '\n';
        else
            io().out() << tr("The provider did not delete %1.").arg(m_target) << '\n';
        finish(request->deleted() ? ExitSuccess : ExitFailure);
    });
}

void FilesCommand::content()
{
    auto *request = new Api::FileContentRequest(client(), m_target, this);
    startRequest(request, [this, request] {
        const QByteArray bytes = request->decodedContent();
        if (!m_outputPath.isEmpty()) {
            QSaveFile file(m_outputPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
                failWith(tr("Could not write %1: %2").arg(m_outputPath, file.errorString()));
                return;
            }
            if (jsonOutput()) {
                printJson(QJsonObject{{QStringLiteral("id"), m_target},
                                      {QStringLiteral("path"), QFileInfo(m_outputPath).absoluteFilePath()},
                                      {QStringLiteral("bytes"), qint64(bytes.size())}});
            } else {
                io().out() << tr("Wrote %1 to %2.").arg(QLocale().formattedDataSize(bytes.size()), m_outputPath) << '\n';
            }
        } else if (jsonOutput()) {
            printJson(QJsonObject{{QStringLiteral("id"), m_target}, {QStringLiteral("content"), QString::fromUtf8(bytes)}});
        } else {
            io().out().flush();
            if (QIODevice *device = io().out().device())
                device->write(bytes); // raw bytes: the text stream would re-encode them
            else
                io().out() << QString::fromUtf8(bytes);
        }
        finish(ExitSuccess);
    });
}

} // namespace Fts::Cli
