// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/SplitSidecar.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/DatasetSplitNames.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace Fts::Core {

QString SplitSidecar::pathFor(const QString &datasetPath)
{
    return datasetPath + QStringLiteral(".splits.json");
}

QString SplitSidecar::fingerprint(QByteArrayView line)
{
    return QString::fromLatin1(QCryptographicHash::hash(line, QCryptographicHash::Sha1).toHex().left(12));
}

bool SplitSidecar::save(const DatasetDocument &document, const QString &datasetPath, QString *errorMessage)
{
    const QString path = pathFor(datasetPath);
    QJsonArray splits;
    QJsonArray fingerprints;
    bool any = false;
    for (int row = 0; row < document.exampleCount(); ++row) {
        any = any || document.split(row) != DatasetSplit::Unassigned;
        splits.append(DatasetSplitNames::key(document.split(row)));
        fingerprints.append(fingerprint(document.exampleLineView(row)));
    }
    if (!any) {
        QFile::remove(path);
        return true;
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("finetune-studio-splits")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("splits"), splits},
                           {QStringLiteral("fingerprints"), fingerprints}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Cannot write the splits file %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<DatasetSplit> SplitSidecar::load(const DatasetDocument &document, const QString &datasetPath, int *unmatched,
                                       QString *errorMessage)
{
    QList<DatasetSplit> result(document.exampleCount(), DatasetSplit::Unassigned);
    if (unmatched)
        *unmatched = 0;
    QFile file(pathFor(datasetPath));
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot read the splits file %1: %2").arg(file.fileName(), file.errorString());
        return result;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonArray splits = root.value(QLatin1String("splits")).toArray();
    const QJsonArray fingerprints = root.value(QLatin1String("fingerprints")).toArray();
    if (splits.isEmpty() || splits.size() != fingerprints.size()) {
        if (errorMessage)
            *errorMessage = tr("The splits file %1 is damaged; splits were not restored.").arg(file.fileName());
        return result;
    }
    // Match by position first; when lines were inserted or removed elsewhere, by fingerprint.
    QMultiHash<QString, DatasetSplit> byFingerprint;
    for (qsizetype i = 0; i < splits.size(); ++i)
        byFingerprint.insert(fingerprints.at(i).toString(), DatasetSplitNames::fromKey(splits.at(i).toString()));
    QSet<QString> present;
    for (int row = 0; row < document.exampleCount(); ++row) {
        const QString print = fingerprint(document.exampleLineView(row));
        present.insert(print);
        if (row < fingerprints.size() && fingerprints.at(row).toString() == print)
            result[row] = DatasetSplitNames::fromKey(splits.at(row).toString());
        else if (byFingerprint.contains(print))
            result[row] = byFingerprint.value(print);
    }
    int dropped = 0;
    for (qsizetype i = 0; i < splits.size(); ++i) {
        if (DatasetSplitNames::fromKey(splits.at(i).toString()) != DatasetSplit::Unassigned
            && !present.contains(fingerprints.at(i).toString()))
            ++dropped;
    }
    if (unmatched)
        *unmatched = dropped;
    return result;
}

} // namespace Fts::Core
