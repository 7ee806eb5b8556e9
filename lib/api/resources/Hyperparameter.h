// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

namespace Fts::Api {

/** A hyperparameter as the API takes it: the string "auto" or a number. */
struct Hyperparameter
{
    bool isAuto = true;
    double value = 0;

    static Hyperparameter automatic() { return {}; }
    static Hyperparameter number(double value) { return {false, value}; }
    /** "auto" or a number; `ok` is false for anything else. */
    static Hyperparameter fromString(const QString &text, bool *ok = nullptr);
    QJsonValue toJson(bool integer) const;
    QString toString() const;
    bool isInteger() const;
};

} // namespace Fts::Api
