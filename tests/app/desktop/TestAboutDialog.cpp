// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/AboutDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsVersionAndTokenizerLicense();
};

void TestAboutDialog::showsVersionAndTokenizerLicense()
{
    Fts::AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *title = dialog.findChild<QLabel *>(QStringLiteral("aboutTitle"));
    QVERIFY(title);
    QVERIFY(title->text().contains(QStringLiteral(FTS_VERSION)));
    auto *notices = dialog.findChild<QPlainTextEdit *>(QStringLiteral("licenseNotices"));
    QVERIFY(notices);
    QVERIFY(notices->toPlainText().contains(QStringLiteral("Copyright (c) 2022 OpenAI, Shantanu Jain")));
}

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
