// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>

namespace Fts::Api {

/**
 * A request body that can be read once and never rewound. QNetworkAccessManager silently re-sends a request
 * whose connection closed before any answer arrived (QHttpNetworkConnectionChannel's reconnect attempts),
 * POST included; for a request that creates something (a fine-tuning job) that means a duplicate bill. With
 * a body it cannot rewind, the hidden resend fails with ContentReSendError instead, and ApiRequest's
 * reconciliation decides what to do.
 */
class OneShotBodyDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBodyDevice(const QByteArray &data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace Fts::Api
