// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/ConnectionProfilesPage.h"

#include "api/credentials/CredentialResolver.h"
#include "api/credentials/ProfileStore.h"
#include "api/credentials/SecretStore.h"
#include "api/credentials/SessionFallbackSecretStore.h"
#include "api/providers/AzureOpenAiProvider.h"
#include "api/providers/Provider.h"
#include "api/resources/ModelInfo.h"
#include "api/resources/ModelListRequest.h"
#include "api/transport/ApiClient.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace Fts {

using Api::ConnectionProfile;
using Api::ProviderKind;
using Api::SecretResult;

namespace {

const char *const s_successStyle = "color: #1b7f3b;";
const char *const s_errorStyle = "color: #b3261e;";

} // namespace

ConnectionProfilesPage::ConnectionProfilesPage(Api::ProfileStore *profiles, Api::SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    setObjectName(QStringLiteral("connectionProfilesPage"));
    buildUi();
    const QStringList names = m_profiles->profileNames();
    const QString preferred = m_profiles->defaultProfileName();
    reloadList(names.contains(preferred) ? preferred : names.value(0));
    if (names.isEmpty())
        addProfile();
}

ConnectionProfilesPage::~ConnectionProfilesPage()
{
    if (m_testRequest)
        m_testRequest->cancel();
}

void ConnectionProfilesPage::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    refreshKeyStatus();
}

void ConnectionProfilesPage::buildUi()
{
    // Left: the profiles.
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumWidth(210);
    m_list->setAlternatingRowColors(false);
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::currentItemChanged, this, &ConnectionProfilesPage::onSelectionChanged);

    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(QStringLiteral("addProfileButton"));
    m_addButton->setToolTip(tr("Add a connection profile"));
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionProfilesPage::addProfile);
    m_removeButton = new QPushButton(tr("Remove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeProfileButton"));
    m_removeButton->setToolTip(tr("Remove the selected profile and its key"));
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionProfilesPage::removeSelectedProfile);
    m_defaultButton = new QPushButton(tr("Make default"), this);
    m_defaultButton->setObjectName(QStringLiteral("defaultProfileButton"));
    m_defaultButton->setToolTip(tr("Use this profile when none is chosen (also for ftstudio)"));
    connect(m_defaultButton, &QPushButton::clicked, this, &ConnectionProfilesPage::makeSelectedProfileDefault);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addLayout(listButtons);
    listColumn->addWidget(m_defaultButton);

    // Right: the selected profile.
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Clinic OpenAI"));
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    for (ProviderKind kind : {ProviderKind::OpenAi, ProviderKind::Azure, ProviderKind::Compatible})
        m_provider->addItem(ConnectionProfile::providerDisplayName(kind), int(kind));
    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_organization->setPlaceholderText(tr("optional, org-…"));
    m_project = new QLineEdit(this);
    m_project->setObjectName(QStringLiteral("projectEdit"));
    m_project->setPlaceholderText(tr("optional, proj_…"));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("apiKeyEdit"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setClearButtonEnabled(true);
    QAction *reveal = m_apiKey->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, m_apiKey, [this](bool shown) {
        m_apiKey->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_keyStatus = new QLabel(this);
    m_keyStatus->setObjectName(QStringLiteral("keyStatusLabel"));
    m_keyStatus->setWordWrap(true);

    for (QLineEdit *edit : {m_name, m_baseUrl, m_organization, m_project, m_apiKey})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionProfilesPage::markDirty);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &ConnectionProfilesPage::onProviderChanged);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Provider:"), m_provider);
    m_form->addRow(tr("&Base URL:"), m_baseUrl);
    m_form->addRow(tr("&Organization:"), m_organization);
    m_form->addRow(tr("Pro&ject:"), m_project);
    m_apiKeyLabel = new QLabel(tr("API &key:"), this);
    m_apiKeyLabel->setBuddy(m_apiKey);
    m_form->addRow(m_apiKeyLabel, m_apiKey);
    m_form->addRow(QString(), m_keyStatus);

    // Shown only when the keychain is missing: what to do instead, in plain words.
    m_keychainBanner = new QFrame(this);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_keychainBanner->setFrameShape(QFrame::StyledPanel);
    m_keychainBanner->setStyleSheet(QStringLiteral("#keychainBanner { background: #fff4e5; border: 1px solid #f0b35a; border-radius: 4px; }"));
    m_keychainBannerText = new QLabel(m_keychainBanner);
    m_keychainBannerText->setObjectName(QStringLiteral("keychainBannerText"));
    m_keychainBannerText->setWordWrap(true);
    m_keychainBannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keepForSessionButton = new QPushButton(tr("Keep the key for this session"), m_keychainBanner);
    m_keepForSessionButton->setObjectName(QStringLiteral("keepForSessionButton"));
    connect(m_keepForSessionButton, &QPushButton::clicked, this, &ConnectionProfilesPage::keepKeyForSession);
    auto *bannerLayout = new QVBoxLayout(m_keychainBanner);
    bannerLayout->addWidget(m_keychainBannerText);
    bannerLayout->addWidget(m_keepForSessionButton, 0, Qt::AlignLeft);
    m_keychainBanner->hide();

    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formErrorLabel"));
    m_formError->setWordWrap(true);
    m_formError->setStyleSheet(QLatin1String(s_errorStyle));
    m_formError->hide();

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionProfilesPage::saveProfile);
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("List the provider's models with these settings"));
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionProfilesPage::testConnection);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_testButton);
    actions->addStretch(1);
    actions->addWidget(m_saveButton);

    auto *detail = new QVBoxLayout;
    detail->addWidget(m_heading);
    detail->addLayout(m_form);
    detail->addWidget(m_keychainBanner);
    detail->addWidget(m_formError);
    detail->addLayout(actions);
    detail->addWidget(m_testResult);
    detail->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(listColumn);
    layout->addSpacing(12);
    layout->addLayout(detail, 1);
}

void ConnectionProfilesPage::reloadList(const QString &selectName)
{
    const QString defaultName = m_profiles->defaultProfileName();
    m_loading = true;
    m_list->clear();
    QListWidgetItem *selected = nullptr;
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        QString title = profile.name();
        if (profile.name() == defaultName)
            title += QLatin1Char(' ') + tr("(default)");
        auto *item = new QListWidgetItem(title + QLatin1Char('\n') + ConnectionProfile::providerDisplayName(profile.provider()), m_list);
        item->setData(Qt::UserRole, profile.name());
        item->setToolTip(profile.effectiveBaseUrl().toString());
        if (profile.name() == selectName)
            selected = item;
    }
    m_loading = false;
    if (selected) {
        m_list->setCurrentItem(selected); // loads it through onSelectionChanged
    } else {
        m_list->setCurrentItem(nullptr);
        m_removeButton->setEnabled(false);
        m_defaultButton->setEnabled(false);
    }
}

void ConnectionProfilesPage::selectProfile(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void ConnectionProfilesPage::onSelectionChanged()
{
    if (m_loading)
        return;
    QListWidgetItem *item = m_list->currentItem();
    const QString name = item ? item->data(Qt::UserRole).toString() : QString();
    if (name == m_editingName && !name.isEmpty())
        return;
    if (!confirmLeavingUnsavedChanges()) {
        // Put the selection back on the profile being edited.
        m_loading = true;
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toString() == m_editingName)
                m_list->setCurrentRow(row);
        }
        if (m_editingName.isEmpty())
            m_list->setCurrentItem(nullptr);
        m_loading = false;
        return;
    }
    if (const std::optional<ConnectionProfile> profile = m_profiles->profile(name))
        loadProfile(*profile, false);
}

bool ConnectionProfilesPage::confirmLeavingUnsavedChanges()
{
    if (!m_dirty)
        return true;
    const QString name = m_editingName.isEmpty() ? tr("the new profile") : QStringLiteral("\"%1\"").arg(m_editingName);
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to %1?").arg(name),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                              QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return saveProfile();
    m_dirty = false;
    return true;
}

void ConnectionProfilesPage::loadProfile(const ConnectionProfile &profile, bool isNew)
{
    if (m_testRequest)
        m_testRequest->cancel();
    m_loading = true;
    m_editingName = isNew ? QString() : profile.name();
    m_heading->setText(isNew ? tr("New connection profile") : profile.name());
    m_name->setText(profile.name());
    m_provider->setCurrentIndex(m_provider->findData(int(profile.provider())));
    m_baseUrl->setText(profile.baseUrl().toString());
    m_organization->setText(profile.organization());
    m_project->setText(profile.project());
    m_apiKey->clear();
    m_loading = false;
    m_dirty = isNew;
    m_removeButton->setEnabled(!isNew);
    m_defaultButton->setEnabled(!isNew && m_profiles->defaultProfileName() != profile.name());
    m_testResult->clear();
    m_formError->hide();
    m_keychainBanner->hide();
    onProviderChanged();
    refreshKeyStatus();
}

void ConnectionProfilesPage::addProfile()
{
    if (!confirmLeavingUnsavedChanges())
        return;
    QString name = tr("New profile");
    for (int n = 2; m_profiles->contains(name); ++n)
        name = tr("New profile %1").arg(n);
    m_loading = true;
    m_list->setCurrentItem(nullptr);
    m_loading = false;
    loadProfile(ConnectionProfile(name, ProviderKind::OpenAi), true);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionProfilesPage::onProviderChanged()
{
    const auto provider = ProviderKind(m_provider->currentData().toInt());
    const bool openAi = provider == ProviderKind::OpenAi;
    m_form->setRowVisible(m_organization, openAi);
    m_form->setRowVisible(m_project, openAi);
    switch (provider) {
    case ProviderKind::OpenAi:
        m_baseUrl->setPlaceholderText(tr("https://api.openai.com/v1 (leave empty)"));
        break;
    case ProviderKind::Azure:
        m_baseUrl->setPlaceholderText(tr("https://RESOURCE.openai.azure.com/openai/v1, or just RESOURCE"));
        break;
    case ProviderKind::Compatible:
        m_baseUrl->setPlaceholderText(tr("http://127.0.0.1:8080/v1"));
        break;
    }
    m_apiKeyLabel->setText(ConnectionProfile::apiKeyIsOptional(provider) ? tr("API &key (optional):") : tr("API &key:"));
    if (!m_loading) {
        markDirty();
        refreshKeyStatus();
    }
}

void ConnectionProfilesPage::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_formError->hide();
}

QString ConnectionProfilesPage::normalizedBaseUrl(const QString &text, ProviderKind provider) const
{
    const QString trimmed = text.trimmed();
    // Azure users know their resource name; the URL around it is always the same.
    static const QRegularExpression resourceName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{1,62}$"));
    if (provider == ProviderKind::Azure && resourceName.match(trimmed).hasMatch())
        return Api::AzureOpenAiProvider::baseUrlForResource(trimmed).toString();
    return trimmed.endsWith(QLatin1Char('/')) ? trimmed.chopped(1) : trimmed;
}

ConnectionProfile ConnectionProfilesPage::editedProfile() const
{
    const auto provider = ProviderKind(m_provider->currentData().toInt());
    ConnectionProfile profile(m_name->text(), provider, QUrl(normalizedBaseUrl(m_baseUrl->text(), provider)));
    if (provider == ProviderKind::OpenAi) {
        profile.setOrganization(m_organization->text());
        profile.setProject(m_project->text());
    }
    return profile;
}

void ConnectionProfilesPage::showFormError(const QString &text)
{
    m_formError->setText(text);
    m_formError->setVisible(!text.isEmpty());
}

bool ConnectionProfilesPage::saveProfile()
{
    const ConnectionProfile profile = editedProfile();
    const QString previous = m_editingName;
    const bool wasFirst = m_profiles->profiles().isEmpty();
    if (const QString error = m_profiles->save(profile, previous); !error.isEmpty()) {
        showFormError(error);
        return false;
    }
    if (wasFirst || m_profiles->defaultProfileName().isEmpty())
        m_profiles->setDefaultProfileName(profile.name());
    m_dirty = false;
    const QString key = m_apiKey->text().trimmed();
    m_editingName = profile.name();
    reloadList(profile.name());
    m_heading->setText(profile.name());
    m_baseUrl->setText(profile.baseUrl().toString());
    m_removeButton->setEnabled(true);
    m_defaultButton->setEnabled(m_profiles->defaultProfileName() != profile.name());

    if (!key.isEmpty()) {
        storeKey(profile, key);
    } else {
        if (!previous.isEmpty() && previous != profile.name())
            moveKey(previous, profile.name());
        else
            refreshKeyStatus();
        Q_EMIT profileSaved(profile.name(), true);
    }
    return true;
}

void ConnectionProfilesPage::storeKey(const ConnectionProfile &profile, const QString &key)
{
    if (!m_secrets) {
        showKeychainUnavailable(tr("no secret store is configured"));
        Q_EMIT profileSaved(profile.name(), false);
        return;
    }
    setKeyStatus(tr("Saving the key in %1…").arg(m_secrets->description()), false);
    const QString name = profile.name();
    m_secrets->writeSecret(profile.secretKey(), key, this, [this, name](const SecretResult &result) {
        if (result.ok()) {
            if (m_editingName == name)
                m_apiKey->clear(); // the key now lives in the keychain only
            m_keychainBanner->hide();
            setKeyStatus(tr("The key is stored in %1.").arg(m_secrets ? m_secrets->description() : QString()), false);
            Q_EMIT profileSaved(name, true);
            return;
        }
        // The key stays in the field: nothing the user typed is lost.
        if (result.status == SecretResult::Status::Unavailable)
            showKeychainUnavailable(result.errorMessage);
        else
            setKeyStatus(tr("The key was not saved: %1").arg(result.errorMessage), true);
        Q_EMIT profileSaved(name, false);
    });
}

void ConnectionProfilesPage::moveKey(const QString &fromName, const QString &toName)
{
    if (!m_secrets)
        return;
    const QString from = ConnectionProfile::secretKeyForProfile(fromName);
    const QString to = ConnectionProfile::secretKeyForProfile(toName);
    m_secrets->readSecret(from, this, [this, from, to](const SecretResult &read) {
        if (!read.ok() || !m_secrets) {
            refreshKeyStatus();
            return;
        }
        m_secrets->writeSecret(to, read.secret, this, [this, from](const SecretResult &written) {
            if (written.ok() && m_secrets)
                m_secrets->deleteSecret(from, this, [this](const SecretResult &) { refreshKeyStatus(); });
            else
                refreshKeyStatus();
        });
    });
}

void ConnectionProfilesPage::removeSelectedProfile()
{
    const QString name = m_editingName;
    if (name.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove profile"),
        tr("Remove the connection profile \"%1\"? Its API key is removed from the keychain too.").arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const int row = m_list->currentRow();
    m_profiles->remove(name);
    if (m_secrets)
        m_secrets->deleteSecret(ConnectionProfile::secretKeyForProfile(name), this, [](const SecretResult &) {});
    m_editingName.clear();
    m_dirty = false;
    const QStringList names = m_profiles->profileNames();
    if (names.isEmpty()) {
        reloadList(QString());
        addProfile();
    } else {
        reloadList(names.value(qMin(row, int(names.size()) - 1)));
    }
    Q_EMIT profileRemoved(name);
}

void ConnectionProfilesPage::makeSelectedProfileDefault()
{
    if (m_editingName.isEmpty())
        return;
    m_profiles->setDefaultProfileName(m_editingName);
    reloadList(m_editingName);
    m_defaultButton->setEnabled(false);
}

void ConnectionProfilesPage::setKeyStatus(const QString &text, bool warning)
{
    m_keyStatus->setText(text);
    m_keyStatus->setStyleSheet(warning ? QLatin1String(s_errorStyle) : QString());
    Q_EMIT keyStatusChanged(text);
}

void ConnectionProfilesPage::showKeychainUnavailable(const QString &reason)
{
    const auto provider = ProviderKind(m_provider->currentData().toInt());
    const QString variable = ConnectionProfile::apiKeyEnvironmentVariable(provider);
    const bool canKeep = qobject_cast<Api::SessionFallbackSecretStore *>(m_secrets.data()) != nullptr;
    QString text = tr("<b>No system keychain is available on this computer</b>, so the key cannot be saved "
                      "safely. Set the environment variable <b>%1</b> before starting Finetune Studio, for example "
                      "with <code>export %1=…</code> in <code>~/.profile</code>. Finetune Studio never writes keys "
                      "to a file.").arg(variable);
    if (canKeep)
        text += QLatin1Char(' ') + tr("Or keep the key for this session only; it is forgotten when you quit.");
    if (!reason.isEmpty())
        text += QStringLiteral("<br><small>%1</small>").arg(reason.toHtmlEscaped());
    m_keychainBannerText->setText(text);
    m_keepForSessionButton->setVisible(canKeep);
    m_keepForSessionButton->setEnabled(true);
    m_keychainBanner->show();
    setKeyStatus(m_environment.value(variable).isEmpty()
                     ? tr("No key is stored, and %1 is not set.").arg(variable)
                     : tr("The key from the environment variable %1 is used.").arg(variable),
                 m_environment.value(variable).isEmpty() && !ConnectionProfile::apiKeyIsOptional(provider));
}

void ConnectionProfilesPage::keepKeyForSession()
{
    auto *session = qobject_cast<Api::SessionFallbackSecretStore *>(m_secrets.data());
    const QString key = m_apiKey->text().trimmed();
    if (!session || m_editingName.isEmpty())
        return;
    if (key.isEmpty()) {
        setKeyStatus(tr("Type the key first."), true);
        return;
    }
    session->keepForSession(ConnectionProfile::secretKeyForProfile(m_editingName), key);
    m_apiKey->clear();
    m_keepForSessionButton->setEnabled(false);
    setKeyStatus(tr("The key is kept for this session only; it is forgotten when you quit."), false);
}

void ConnectionProfilesPage::refreshKeyStatus()
{
    const int generation = ++m_keyStatusGeneration;
    const ConnectionProfile profile = editedProfile();
    const QString variable = profile.apiKeyEnvironmentVariable();
    const bool environmentHasKey = !m_environment.value(variable).trimmed().isEmpty();
    auto withoutStoredKey = [this, variable, environmentHasKey, provider = profile.provider()] {
        if (environmentHasKey)
            setKeyStatus(tr("No key is stored; the environment variable %1 is used.").arg(variable), false);
        else if (ConnectionProfile::apiKeyIsOptional(provider))
            setKeyStatus(tr("No key is stored. Most local servers need none."), false);
        else
            setKeyStatus(tr("No key is stored yet: paste it above and save."), false);
    };
    if (m_editingName.isEmpty() || !m_secrets) {
        withoutStoredKey();
        return;
    }
    setKeyStatus(tr("Looking for the key in %1…").arg(m_secrets->description()), false);
    m_secrets->readSecret(ConnectionProfile::secretKeyForProfile(m_editingName), this,
                          [this, generation, withoutStoredKey](const SecretResult &result) {
                              if (generation != m_keyStatusGeneration)
                                  return; // another profile is shown by now
                              if (result.ok() && !result.secret.isEmpty()) {
                                  m_keychainBanner->hide();
                                  setKeyStatus(tr("A key is stored in %1.").arg(m_secrets ? m_secrets->description() : QString()), false);
                              } else if (result.status == SecretResult::Status::Unavailable) {
                                  showKeychainUnavailable(result.errorMessage);
                              } else {
                                  withoutStoredKey();
                              }
                          });
}

void ConnectionProfilesPage::testConnection()
{
    if (m_testRequest) {
        m_testRequest->cancel();
        return;
    }
    ConnectionProfile profile = editedProfile();
    if (const QString error = profile.validationError(); !error.isEmpty()) {
        showFormError(error);
        finishTest(false, error);
        return;
    }
    m_testButton->setText(tr("Cancel &test"));
    m_testResult->setStyleSheet(QString());
    m_testResult->setText(tr("Connecting to %1…").arg(profile.effectiveBaseUrl().toString()));

    auto send = [this](const Api::ResolvedConnection &connection) {
        if (!connection.isUsable()) {
            finishTest(false, connection.errorMessage);
            return;
        }
        std::unique_ptr<Api::Provider> provider = connection.createProvider();
        if (!provider) {
            finishTest(false, tr("This provider is not supported."));
            return;
        }
        delete m_testClient;
        m_testClient = new Api::ApiClient(std::move(provider), this);
        auto *request = new Api::ModelListRequest(m_testClient, this);
        m_testRequest = request;
        connect(request, &Api::ApiRequest::finished, this, [this, request] {
            int fineTuned = 0;
            for (const Api::ModelInfo &model : request->models())
                fineTuned += model.isFineTuned() ? 1 : 0;
            finishTest(true, tr("Connected: %n model(s) available", nullptr, int(request->models().size()))
                                 + (fineTuned > 0 ? tr(", %n of them fine-tuned", nullptr, fineTuned) : QString())
                                 + tr(" (answered in %1 ms).").arg(request->latencyMs()));
        });
        connect(request, &Api::ApiRequest::failed, this, [this](const Api::ApiError &error) {
            finishTest(false, error.kind == Api::ApiError::Kind::Cancelled ? tr("Test cancelled.") : error.userMessage());
        });
        request->start();
    };

    // A key typed but not saved yet is what the user wants to try.
    const QString typedKey = m_apiKey->text().trimmed();
    if (!typedKey.isEmpty()) {
        Api::ResolvedConnection connection;
        connection.profile = profile;
        connection.apiKey = typedKey;
        connection.keySource = Api::ResolvedConnection::KeySource::Keychain;
        send(connection);
        return;
    }
    // Keys are filed under the saved name; a rename is only applied on save.
    profile.setName(m_editingName.isEmpty() ? QString() : m_editingName);
    auto *resolver = new Api::CredentialResolver(m_secrets, this);
    resolver->setEnvironment(m_environment);
    if (profile.name().isEmpty()) {
        profile.setName(QStringLiteral("unsaved"));
        const Api::ResolvedConnection connection = resolver->resolveFromEnvironment(profile);
        resolver->deleteLater();
        send(connection);
        return;
    }
    resolver->resolve(profile, this, [resolver, send](const Api::ResolvedConnection &connection) {
        resolver->deleteLater();
        send(connection);
    });
}

void ConnectionProfilesPage::finishTest(bool ok, const QString &message)
{
    m_testButton->setText(tr("&Test connection"));
    m_testResult->setStyleSheet(QLatin1String(ok ? s_successStyle : s_errorStyle));
    m_testResult->setText((ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + message);
    Q_EMIT connectionTested(ok, message);
}

} // namespace Fts
