// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QTableWidget;

namespace Fts {

class InlineErrorLabel;

/**
 * Settings page for the training price per model (USD per million tokens) that the cost estimates use.
 * Shows every fine-tunable model with its tokenizer, limit per example and built-in price; the user types
 * their own price (an Azure or negotiated rate) or leaves the cell empty for the default, and can add other
 * model names. Nothing is stored until apply(); the settings dialog calls it on OK.
 */
class TrainingPricesPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingPricesPage)
public:
    /** Reads and writes @p settings (nullptr: the application's QSettings), which must outlive the page. */
    explicit TrainingPricesPage(QSettings *settings = nullptr, QWidget *parent = nullptr);

    /** Shows the stored prices, dropping unapplied edits. */
    void load();
    /**
     * Stores the prices typed; returns false, storing nothing and showing which row is wrong, when a price is
     * not a number of zero or more.
     */
    bool apply();
    bool isModified() const { return m_modified; }
    /** Selects @p model's price cell for editing (e.g. from the statistics panel's "set a price" hint). */
    void editPrice(const QString &model);

    static constexpr int ModelColumn = 0;
    static constexpr int PriceColumn = 4;

Q_SIGNALS:
    /** apply() stored new prices. */
    void pricesChanged();
    void modifiedChanged(bool modified);

private:
    void addRow(const QString &model);
    int rowOf(const QString &model) const;
    void addCustomModel();
    void resetSelected();
    void setModified(bool modified);

    QSettings *m_settings;
    QTableWidget *m_table;
    QLineEdit *m_newModel;
    QPushButton *m_addButton;
    QPushButton *m_resetButton;
    InlineErrorLabel *m_error;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace Fts
