// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/RecoveryStore.h"

#include "core/editing/DatasetDocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Fts::Core {

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
{
}

QString RecoveryStore::baseNameFor(const QString &originalPath) const
{
    const QByteArray key = originalPath.isEmpty() ? QByteArrayLiteral("untitled") : originalPath.toUtf8();
    return QDir(m_directory).filePath(
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16)));
}

bool RecoveryStore::write(const DatasetDocument &document, const QString &originalPath, QString *errorMessage)
{
    if (!QDir().mkpath(m_directory)) {
        if (errorMessage)
            *errorMessage = tr("Cannot create the recovery folder %1").arg(m_directory);
        return false;
    }
    const QString base = baseNameFor(originalPath);
    QSaveFile data(base + QStringLiteral(".jsonl"));
    const QByteArray bytes = document.toBytes();
    if (!data.open(QIODevice::WriteOnly) || data.write(bytes) != bytes.size() || !data.commit()) {
        if (errorMessage)
            *errorMessage = tr("Cannot write the recovery copy: %1").arg(data.errorString());
        return false;
    }
    // The metadata is written last: an entry without it is incomplete and ignored.
    QSaveFile meta(base + QStringLiteral(".json"));
    const QJsonObject object{{QStringLiteral("original"), originalPath},
                             {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    if (!meta.open(QIODevice::WriteOnly) || meta.write(QJsonDocument(object).toJson()) < 0 || !meta.commit()) {
        if (errorMessage)
            *errorMessage = tr("Cannot write the recovery copy: %1").arg(meta.errorString());
        return false;
    }
    return true;
}

void RecoveryStore::discard(const QString &originalPath)
{
    const QString base = baseNameFor(originalPath);
    QFile::remove(base + QStringLiteral(".json"));
    QFile::remove(base + QStringLiteral(".jsonl"));
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> result;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Time)) {
        QFile meta(dir.filePath(name));
        if (!meta.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(meta.readAll()).object();
        const QString dataPath = dir.filePath(name.chopped(5) + QStringLiteral(".jsonl"));
        if (object.isEmpty() || !QFile::exists(dataPath))
            continue;
        result.append(Entry{object.value(QLatin1String("original")).toString(), dataPath,
                            QDateTime::fromString(object.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs)});
    }
    return result;
}

QByteArray RecoveryStore::read(const Entry &entry)
{
    QFile file(entry.recoveryPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace Fts::Core
