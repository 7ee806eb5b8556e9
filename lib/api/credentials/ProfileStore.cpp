// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/credentials/ProfileStore.h"

#include <QSettings>

namespace Fts::Api {

namespace {

const QString s_group = QStringLiteral("ConnectionProfiles");
const QString s_array = QStringLiteral("profiles");
const QString s_defaultKey = QStringLiteral("defaultProfile");

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

ProfileStore::ProfileStore(const QString &iniFileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFileName, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

QList<ConnectionProfile> ProfileStore::profiles() const
{
    m_settings->sync();
    QList<ConnectionProfile> result;
    m_settings->beginGroup(s_group);
    const int count = m_settings->beginReadArray(s_array);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        bool known = false;
        const ProviderKind provider =
            ConnectionProfile::providerFromId(m_settings->value(QStringLiteral("provider")).toString(), &known);
        ConnectionProfile profile(m_settings->value(QStringLiteral("name")).toString(), provider,
                                  QUrl(m_settings->value(QStringLiteral("baseUrl")).toString()));
        profile.setOrganization(m_settings->value(QStringLiteral("organization")).toString());
        profile.setProject(m_settings->value(QStringLiteral("project")).toString());
        // A hand-edited file may hold garbage; skipping it beats guessing a provider that gets the key sent elsewhere.
        if (known && !profile.name().isEmpty())
            result.append(profile);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return result;
}

QStringList ProfileStore::profileNames() const
{
    QStringList names;
    for (const ConnectionProfile &profile : profiles())
        names.append(profile.name());
    return names;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const ConnectionProfile &profile : profiles()) {
        if (profile.name() == wanted)
            return profile;
    }
    return std::nullopt;
}

QString ProfileStore::save(const ConnectionProfile &profile, const QString &previousName)
{
    if (const QString error = profile.validationError(); !error.isEmpty())
        return error;
    const QString replaced = previousName.trimmed().isEmpty() ? profile.name() : previousName.trimmed();
    QList<ConnectionProfile> all = profiles();
    if (replaced != profile.name()) {
        for (const ConnectionProfile &existing : std::as_const(all)) {
            if (existing.name() == profile.name())
                return tr("A profile named \"%1\" already exists.").arg(profile.name());
        }
    }
    bool updated = false;
    for (ConnectionProfile &existing : all) {
        if (existing.name() == replaced) {
            existing = profile;
            updated = true;
            break;
        }
    }
    if (!updated)
        all.append(profile);
    writeAll(all);
    if (replaced != profile.name() && defaultProfileName() == replaced)
        setDefaultProfileName(profile.name());
    if (m_settings->status() != QSettings::NoError)
        return tr("The settings file %1 could not be written.").arg(m_settings->fileName());
    Q_EMIT profilesChanged();
    return {};
}

bool ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    const auto removed = all.removeIf([&](const ConnectionProfile &p) { return p.name() == name.trimmed(); });
    if (removed == 0)
        return false;
    writeAll(all);
    if (defaultProfileName() == name.trimmed())
        setDefaultProfileName({});
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::defaultProfileName() const
{
    m_settings->sync();
    return m_settings->value(s_group + QLatin1Char('/') + s_defaultKey).toString();
}

void ProfileStore::setDefaultProfileName(const QString &name)
{
    if (name.trimmed().isEmpty())
        m_settings->remove(s_group + QLatin1Char('/') + s_defaultKey);
    else
        m_settings->setValue(s_group + QLatin1Char('/') + s_defaultKey, name.trimmed());
    m_settings->sync();
    Q_EMIT profilesChanged();
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::writeAll(const QList<ConnectionProfile> &profiles)
{
    m_settings->beginGroup(s_group);
    m_settings->remove(s_array);
    m_settings->beginWriteArray(s_array, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &profile = profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), profile.name());
        m_settings->setValue(QStringLiteral("provider"), ConnectionProfile::providerId(profile.provider()));
        m_settings->setValue(QStringLiteral("baseUrl"), profile.baseUrl().toString());
        m_settings->setValue(QStringLiteral("organization"), profile.organization());
        m_settings->setValue(QStringLiteral("project"), profile.project());
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
}

} // namespace Fts::Api

#include "moc_ProfileStore.cpp"
