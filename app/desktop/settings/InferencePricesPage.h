// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/InlineErrorLabel.h"
#include "eval/evaluation/InferencePricing.h"

#include <QMap>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTableWidget;

namespace Fts {



/**
 * Settings page for what calling a model costs (USD per million input and output tokens), used for the cost
 * of an evaluation and the playground. Lists the built-in prices of the OpenAI models; the user types their own
 * (an Azure deployment, a negotiated rate, zero for a local model) or leaves the cells empty for the built-in
 * price, and can add any model name or name prefix. Prices are stored where Eval::InferencePricing::fromSettings()
 * reads them; a valid edit is stored at once, an invalid one is named and nothing is stored.
 */
class InferencePricesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InferencePricesPage)
public:
    /** Reads and writes @p settings (nullptr: the application's QSettings), which must outlive the page. */
    explicit InferencePricesPage(QSettings *settings = nullptr, QWidget *parent = nullptr);

    /** Shows the stored prices, dropping unapplied edits. */
    void load();
    /**
     * Stores the prices typed; returns false, storing nothing and showing which model is wrong, when a price is
     * not a number of zero or more, or a model without a built-in price has only one of its two prices.
     */
    bool apply();
    /** Selects @p model's input price for editing, adding a row for it when it has none. */
    void editPrice(const QString &model);
    QTableWidget *table() const { return m_table; }
    QLabel *errorLabel() const { return m_error; }

    static constexpr int ModelColumn = 0;
    static constexpr int DefaultInputColumn = 1;
    static constexpr int DefaultOutputColumn = 2;
    static constexpr int InputColumn = 3;
    static constexpr int OutputColumn = 4;

Q_SIGNALS:
    /** apply() stored new prices. */
    void pricesChanged();

private:
    void addRow(const QString &model);
    int rowOf(const QString &model) const;
    void addCustomModel();
    void resetSelected();

    QSettings *m_settings;
    QTableWidget *m_table;
    QLineEdit *m_newModel;
    QPushButton *m_addButton;
    QPushButton *m_resetButton;
    InlineErrorLabel *m_error;
    bool m_loading = false;
    /** The prices stored in the settings, read once per load() and kept current by apply(). */
    QMap<QString, Eval::TokenPrice> m_stored;
    // Built-in prices matched as the evaluation matches them: by the longest prefix ("gpt-4o-mini-2024-07-18" is
    // priced as gpt-4o-mini), so a custom model's row shows the built-in price that actually applies to it.
    const Eval::InferencePricing m_builtIn;
};

} // namespace Fts
