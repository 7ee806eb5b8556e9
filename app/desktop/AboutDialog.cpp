// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/AboutDialog.h"

#include "core/BuildInfo.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Fts {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About %1").arg(Core::BuildInfo::applicationName()));

    auto *logo = new QLabel(this);
    logo->setPixmap(QApplication::windowIcon().pixmap(64, 64));

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setText(QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p>")
                       .arg(Core::BuildInfo::applicationName().toHtmlEscaped(),
                            tr("Version %1").arg(Core::BuildInfo::version()).toHtmlEscaped(),
                            tr("Prepare, validate, train, watch and compare fine-tuned language models.")
                                .toHtmlEscaped()));
    title->setWordWrap(true);

    auto *header = new QHBoxLayout;
    header->addWidget(logo, 0, Qt::AlignTop);
    header->addWidget(title, 1);

    auto *notices = new QPlainTextEdit(this);
    notices->setObjectName(QStringLiteral("licenseNotices"));
    notices->setReadOnly(true);
    notices->setPlainText(Core::BuildInfo::thirdPartyNotices());

    auto *tabs = new QTabWidget(this);
    auto *aboutText = new QLabel(tr("Finetune Studio is free software under the GNU General Public License, "
                                    "version 3 or later. It keeps API keys in the system keychain and works "
                                    "without any provider account for editing, validation and evaluation."),
                                 this);
    aboutText->setWordWrap(true);
    aboutText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    aboutText->setMargin(8);
    tabs->addTab(aboutText, tr("About"));
    tabs->addTab(notices, tr("Licenses"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace Fts
