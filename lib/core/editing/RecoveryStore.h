// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Fts::Core {

class DatasetDocument;

/**
 * Autosave copies of unsaved work, one per dataset, in a private directory (the app data location).
 *
 * The window writes a copy every few seconds while there are unsaved changes and removes it when the work
 * is saved or deliberately discarded; a copy still there at the next start means the app did not end
 * normally, and the user is offered to restore it.
 */
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)
public:
    struct Entry
    {
        /** The dataset the work belongs to; empty for a dataset never saved. */
        QString originalPath;
        QString recoveryPath;
        QDateTime savedAt;
    };

    explicit RecoveryStore(const QString &directory);

    /** Writes the document's bytes atomically; @p originalPath identifies it (empty for untitled). */
    bool write(const DatasetDocument &document, const QString &originalPath, QString *errorMessage = nullptr);
    void discard(const QString &originalPath);
    QList<Entry> entries() const;
    static QByteArray read(const Entry &entry);
    QString directory() const { return m_directory; }

private:
    QString baseNameFor(const QString &originalPath) const;

    QString m_directory;
};

} // namespace Fts::Core
