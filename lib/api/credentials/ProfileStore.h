// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/credentials/ConnectionProfile.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace Fts::Api {

/**
 * The connection profiles, kept in QSettings so that the desktop app and `ftstudio` share them.
 * Only the fields of ConnectionProfile are written: no key, no token, nothing secret ever reaches the file.
 * Every read re-syncs with the file, so a profile saved by the other program is seen at once.
 */
class ProfileStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)
public:
    /** The application's settings (organization and application name of QCoreApplication). */
    explicit ProfileStore(QObject *parent = nullptr);
    /** An INI file of its own, for tests and portable setups. */
    explicit ProfileStore(const QString &iniFileName, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<ConnectionProfile> profiles() const;
    QStringList profileNames() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;
    bool contains(const QString &name) const { return profile(name).has_value(); }

    /**
     * Adds @p profile, or replaces the one named @p previousName (its own name when empty): renaming is a
     * save with the old name. Returns an empty string on success, else why nothing was saved.
     */
    QString save(const ConnectionProfile &profile, const QString &previousName = {});
    /** Removes the profile; returns false when there is none of that name. */
    bool remove(const QString &name);

    /** The profile `ftstudio` uses without `--profile`, and the app selects first; empty when none. */
    QString defaultProfileName() const;
    void setDefaultProfileName(const QString &name);

    /** The file the profiles are written to (so tests can prove the key never lands there). */
    QString fileName() const;

Q_SIGNALS:
    void profilesChanged();

private:
    void writeAll(const QList<ConnectionProfile> &profiles);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Fts::Api
