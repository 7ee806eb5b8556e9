// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/credentials/ConnectionProfile.h"

#include <QPointer>
#include <QProcessEnvironment>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Fts::Api {
class ApiClient;
class ApiRequest;
class ProfileStore;
class SecretStore;
struct SecretResult;
} // namespace Fts::Api

namespace Fts {

/**
 * The "Connections" settings page: add, edit, test and remove connection profiles. Profile fields go to the
 * ProfileStore (QSettings); the API key goes only to the SecretStore (the system keychain). When no keychain
 * exists the page says so plainly, names the environment variable to set instead, and, when the store is a
 * SessionFallbackSecretStore, offers to keep the key for this session only. "Test connection" lists the
 * provider's models with the profile as typed, saved or not.
 */
class ConnectionProfilesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProfilesPage)
public:
    /** Neither store is owned; both must outlive the page. */
    ConnectionProfilesPage(Api::ProfileStore *profiles, Api::SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionProfilesPage() override;

    /** Where environment keys are looked up (tests set their own); the process environment by default. */
    void setEnvironment(const QProcessEnvironment &environment);

    /** The profile as the form shows it now, saved or not. */
    Api::ConnectionProfile editedProfile() const;
    /** The saved name of the profile being edited; empty for a new, unsaved one. */
    QString editedProfileName() const { return m_editingName; }
    bool hasUnsavedChanges() const { return m_dirty; }
    bool isTesting() const { return !m_testRequest.isNull(); }

public Q_SLOTS:
    void selectProfile(const QString &name);
    void addProfile();
    /** Saves the form (and the typed key, to the keychain); false when nothing could be saved. */
    bool saveProfile();
    /** Asks, then removes the selected profile and its key. */
    void removeSelectedProfile();
    void makeSelectedProfileDefault();
    void testConnection();
    void keepKeyForSession();

Q_SIGNALS:
    /** A save finished, including the keychain part; @p keyStored is false when the key could not be kept. */
    void profileSaved(const QString &name, bool keyStored);
    void profileRemoved(const QString &name);
    /** The "list models" round-trip ended; @p message is what the page shows. */
    void connectionTested(bool ok, const QString &message);
    /** The key status line changed (after every keychain answer). */
    void keyStatusChanged(const QString &text);

private:
    void buildUi();
    void reloadList(const QString &selectName);
    void loadProfile(const Api::ConnectionProfile &profile, bool isNew);
    void onSelectionChanged();
    bool confirmLeavingUnsavedChanges();
    void onProviderChanged();
    void markDirty();
    void refreshKeyStatus();
    void setKeyStatus(const QString &text, bool warning);
    void showKeychainUnavailable(const QString &reason);
    void showFormError(const QString &text);
    void finishTest(bool ok, const QString &message);
    void storeKey(const Api::ConnectionProfile &profile, const QString &key);
    void moveKey(const QString &fromName, const QString &toName);
    QString normalizedBaseUrl(const QString &text, Api::ProviderKind provider) const;

    Api::ProfileStore *m_profiles;
    QPointer<Api::SecretStore> m_secrets;
    QProcessEnvironment m_environment;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_defaultButton = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_organization = nullptr;
    QLineEdit *m_project = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_apiKeyLabel = nullptr;
    QLabel *m_keyStatus = nullptr;
    QFrame *m_keychainBanner = nullptr;
    QLabel *m_keychainBannerText = nullptr;
    QPushButton *m_keepForSessionButton = nullptr;
    QLabel *m_formError = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;

    QString m_editingName;
    bool m_dirty = false;
    bool m_loading = false;
    int m_keyStatusGeneration = 0;
    QPointer<Api::ApiClient> m_testClient;
    QPointer<Api::ApiRequest> m_testRequest;
};

} // namespace Fts
