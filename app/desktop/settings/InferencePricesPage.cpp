// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/settings/InferencePricesPage.h"
#include "desktop/settings/PriceText.h"
#include "desktop/InlineErrorLabel.h"

#include "eval/evaluation/InferencePricing.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Fts {

using Eval::InferencePricing;
using Eval::TokenPrice;

InferencePricesPage::InferencePricesPage(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_table(new QTableWidget(0, 5, this))
    , m_newModel(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("&Add model"), this))
    , m_resetButton(new QPushButton(tr("&Use default price"), this))
    , m_error(new InlineErrorLabel(this))
{
    setObjectName(QStringLiteral("inferencePricesPage"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("What calling a model costs, in US dollars per million tokens, for the cost of "
                                "evaluations. A name also prices every model that starts with it (gpt-4o-mini "
                                "covers gpt-4o-mini-2024-07-18; ft:gpt-4o-mini covers its fine-tuned models). Type "
                                "your own price, 0 for a local model, or leave the cells empty for the built-in price."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Built-in input"), tr("Built-in output"), tr("Your input"),
                                        tr("Your output")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // As in a spreadsheet: typing over a price, F2 or a double click edit it; moving through the rows does not
    // open an editor in every cell passed.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    for (int column : {DefaultInputColumn, DefaultOutputColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : {InputColumn, OutputColumn}) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        m_table->horizontalHeader()->resizeSection(column, 100);
    }
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout();
    m_newModel->setPlaceholderText(tr("Another model or deployment, e.g. my-azure-gpt4o"));
    m_newModel->setClearButtonEnabled(true);
    buttons->addWidget(m_newModel, 1);
    buttons->addWidget(m_addButton);
    buttons->addStretch();
    buttons->addWidget(m_resetButton);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_addButton, &QPushButton::clicked, this, &InferencePricesPage::addCustomModel);
    connect(m_newModel, &QLineEdit::returnPressed, this, &InferencePricesPage::addCustomModel);
    connect(m_resetButton, &QPushButton::clicked, this, &InferencePricesPage::resetSelected);
    // Each finished edit is stored at once, so the evaluation's costs follow while the dialog is still open.
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading && (item->column() == InputColumn || item->column() == OutputColumn))
            apply();
    });
    load();
}

void InferencePricesPage::addRow(const QString &model)
{
    const std::optional<TokenPrice> builtIn = m_builtIn.priceFor(model);
    const bool hasOwn = m_stored.contains(model);
    const TokenPrice own = m_stored.value(model);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto readOnly = [this, row](int column, const QString &text, Qt::Alignment alignment) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setTextAlignment(alignment | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    readOnly(ModelColumn, model, Qt::AlignLeft);
    readOnly(DefaultInputColumn, builtIn ? PriceText::format(builtIn->inputPerMillion) : tr("none"), Qt::AlignRight);
    readOnly(DefaultOutputColumn, builtIn ? PriceText::format(builtIn->outputPerMillion) : tr("none"), Qt::AlignRight);
    for (int column : {InputColumn, OutputColumn}) {
        const double value = column == InputColumn ? own.inputPerMillion : own.outputPerMillion;
        auto *price = new QTableWidgetItem(hasOwn ? PriceText::format(value) : QString());
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        price->setToolTip(builtIn ? tr("Empty: the built-in price applies") : tr("Empty: the cost is shown as unknown"));
        m_table->setItem(row, column, price);
    }
}

int InferencePricesPage::rowOf(const QString &model) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ModelColumn)->text() == model)
            return row;
    }
    return -1;
}

void InferencePricesPage::load()
{
    m_loading = true;
    m_table->setRowCount(0);
    m_stored = InferencePricing::storedOverrides(m_settings);
    QStringList models = InferencePricing::defaultPrices().keys();
    // Each base model next to its fine-tuned price: "gpt-4o", "ft:gpt-4o", "gpt-4o-mini", …
    std::sort(models.begin(), models.end(), [](const QString &a, const QString &b) {
        const QString baseA = a.startsWith(QLatin1String("ft:")) ? a.mid(3) : a;
        const QString baseB = b.startsWith(QLatin1String("ft:")) ? b.mid(3) : b;
        return baseA != baseB ? baseA < baseB : !a.startsWith(QLatin1String("ft:"));
    });
    for (const QString &model : m_stored.keys()) {
        if (!models.contains(model))
            models.append(model);
    }
    for (const QString &model : std::as_const(models))
        addRow(model);
    m_error->hide();
    m_loading = false;
}

bool InferencePricesPage::apply()
{
    QMap<QString, TokenPrice> overrides;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString model = m_table->item(row, ModelColumn)->text();
        const QString inputText = m_table->item(row, InputColumn)->text().trimmed();
        const QString outputText = m_table->item(row, OutputColumn)->text().trimmed();
        if (inputText.isEmpty() && outputText.isEmpty())
            continue;
        const std::optional<TokenPrice> builtIn = m_builtIn.priceFor(model);
        auto fail = [this, model](int column, const QString &message) {
            m_error->showError(message);
            // Points at the cell to fix. Queued: apply() runs while a cell's editor commits, and moving the current
            // cell then would close that editor under the view that is still closing it.
            QMetaObject::invokeMethod(this, [this, model, column] {
                const int current = rowOf(model);
                if (current >= 0)
                    m_table->setCurrentCell(current, column);
            }, Qt::QueuedConnection);
            return false;
        };
        std::optional<double> input = builtIn ? std::optional<double>(builtIn->inputPerMillion) : std::nullopt;
        std::optional<double> output = builtIn ? std::optional<double>(builtIn->outputPerMillion) : std::nullopt;
        for (const auto &[column, text, value] : {std::tuple{InputColumn, inputText, &input}, std::tuple{OutputColumn, outputText, &output}}) {
            if (text.isEmpty())
                continue;
            *value = PriceText::parse(text);
            if (!*value)
                return fail(column, tr("The price for %1, '%2', is not a number of zero or more. Nothing was saved.").arg(model, text));
        }
        if (!input || !output)
            return fail(input ? OutputColumn : InputColumn,
                        tr("%1 has no built-in price: enter both its input and its output price.").arg(model));
        overrides.insert(model, TokenPrice{*input, *output});
    }
    if (overrides == m_stored) {
        m_error->hide();
        return true;
    }
    InferencePricing::storeOverrides(overrides, m_settings);
    m_stored = overrides;
    m_error->hide();
    Q_EMIT pricesChanged();
    return true;
}

void InferencePricesPage::editPrice(const QString &model)
{
    const QString name = model.trimmed();
    if (name.isEmpty())
        return;
    int row = rowOf(name);
    if (row < 0) {
        m_loading = true;
        addRow(name);
        m_loading = false;
        row = m_table->rowCount() - 1;
    }
    m_table->setCurrentCell(row, InputColumn);
    m_table->editItem(m_table->item(row, InputColumn));
}

void InferencePricesPage::addCustomModel()
{
    const QString model = m_newModel->text().trimmed();
    if (model.isEmpty())
        return;
    m_newModel->clear();
    editPrice(model);
}

void InferencePricesPage::resetSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_loading = true;
    m_table->item(row, InputColumn)->setText(QString());
    m_table->item(row, OutputColumn)->setText(QString());
    m_loading = false;
    apply();
}

} // namespace Fts
