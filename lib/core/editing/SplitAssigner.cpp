// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/editing/SplitAssigner.h"

#include "core/editing/DatasetDocument.h"
#include "core/editing/DatasetSplitNames.h"

#include <QSaveFile>

#include <cmath>
#include <numeric>
#include <random>

namespace Fts::Core {

QList<DatasetSplit> SplitAssigner::assign(int count, quint64 seed, double train, double validation, double test)
{
    QList<DatasetSplit> result(count, DatasetSplit::Train);
    const double total = qMax(0.0, train) + qMax(0.0, validation) + qMax(0.0, test);
    if (count <= 0 || total <= 0)
        return result;
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    // mt19937_64 is specified exactly by the standard; std::shuffle is not, so shuffle by hand (Fisher-Yates).
    std::mt19937_64 random(seed);
    for (int i = count - 1; i > 0; --i) {
        const int j = int(random() % quint64(i + 1));
        std::swap(order[size_t(i)], order[size_t(j)]);
    }
    const int validationCount = int(std::lround(count * qMax(0.0, validation) / total));
    const int testCount = qMin(count - validationCount, int(std::lround(count * qMax(0.0, test) / total)));
    for (int i = 0; i < validationCount; ++i)
        result[order[size_t(i)]] = DatasetSplit::Validation;
    for (int i = validationCount; i < validationCount + testCount; ++i)
        result[order[size_t(i)]] = DatasetSplit::Test;
    return result;
}

QStringList SplitAssigner::exportSplits(const DatasetDocument &document, const QString &basePath,
                                        QString *errorMessage)
{
    QStringList written;
    for (DatasetSplit split : {DatasetSplit::Train, DatasetSplit::Validation, DatasetSplit::Test}) {
        const QByteArray bytes = splitBytes(document, split);
        if (bytes.isEmpty())
            continue;
        const QString path = basePath + QLatin1Char('-') + DatasetSplitNames::key(split) + QStringLiteral(".jsonl");
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            if (errorMessage)
                *errorMessage = tr("Cannot write %1: %2").arg(path, file.errorString());
            return written;
        }
        written.append(path);
    }
    return written;
}

namespace {

bool belongsTo(const DatasetDocument &document, int row, std::optional<DatasetSplit> split)
{
    if (!split)
        return true;
    const DatasetSplit own = document.split(row);
    return (own == DatasetSplit::Unassigned ? DatasetSplit::Train : own) == *split;
}

} // namespace

QByteArray SplitAssigner::splitBytes(const DatasetDocument &document, std::optional<DatasetSplit> split,
                                     QList<int> *lineNumbers)
{
    const QByteArrayView terminator = JsonlDocument::terminatorBytes(document.lines().defaultLineEnding());
    qsizetype size = 0;
    for (int row = 0; row < document.exampleCount(); ++row) {
        if (belongsTo(document, row, split))
            size += document.exampleLineView(row).size() + terminator.size();
    }
    QByteArray bytes;
    bytes.reserve(size);
    if (lineNumbers)
        lineNumbers->clear();
    for (int row = 0; row < document.exampleCount(); ++row) {
        if (!belongsTo(document, row, split))
            continue;
        bytes += document.exampleLineView(row);
        bytes += terminator;
        if (lineNumbers)
            lineNumbers->append(document.lineNumber(row));
    }
    return bytes;
}

int SplitAssigner::splitCount(const DatasetDocument &document, std::optional<DatasetSplit> split)
{
    int count = 0;
    for (int row = 0; row < document.exampleCount(); ++row)
        count += belongsTo(document, row, split) ? 1 : 0;
    return count;
}

} // namespace Fts::Core
