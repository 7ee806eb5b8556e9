// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/stats/TrainingPricesPage.h"
#include "desktop/settings/PriceText.h"
#include "desktop/InlineErrorLabel.h"

#include "core/stats/ModelCatalog.h"
#include "core/stats/TrainingPriceTable.h"

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

using Core::ModelCatalog;
using Core::TrainingPriceTable;

TrainingPricesPage::TrainingPricesPage(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_table(new QTableWidget(0, 5, this))
    , m_newModel(new QLineEdit(this))
    , m_addButton(new QPushButton(tr("&Add model"), this))
    , m_resetButton(new QPushButton(tr("&Use default price"), this))
    , m_error(new InlineErrorLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Training prices in US dollars per million training tokens, used for the cost "
                                "estimates. Type your own price (for example your Azure rate) or leave a cell "
                                "empty to use the built-in price. Fine-tuned models use their base model's price."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Tokenizer"), tr("Tokens per example"),
                                        tr("Built-in price"), tr("Your price")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    for (int column = 1; column < PriceColumn; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PriceColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->resizeSection(PriceColumn, 110);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout();
    m_newModel->setPlaceholderText(tr("Another model, e.g. gpt-4o-2024-11-20"));
    m_newModel->setClearButtonEnabled(true);
    buttons->addWidget(m_newModel, 1);
    buttons->addWidget(m_addButton);
    buttons->addStretch();
    buttons->addWidget(m_resetButton);
    layout->addLayout(buttons);
    layout->addWidget(m_error);

    connect(m_addButton, &QPushButton::clicked, this, &TrainingPricesPage::addCustomModel);
    connect(m_newModel, &QLineEdit::returnPressed, this, &TrainingPricesPage::addCustomModel);
    connect(m_resetButton, &QPushButton::clicked, this, &TrainingPricesPage::resetSelected);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_loading && item->column() == PriceColumn)
            setModified(true);
    });
    load();
}

void TrainingPricesPage::addRow(const QString &model)
{
    const ModelCatalog::Model described = ModelCatalog::describe(model);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto readOnly = [this, row](int column, const QString &text, Qt::Alignment alignment = Qt::AlignLeft) {
        auto *item = new QTableWidgetItem(text);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setTextAlignment(alignment | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
    };
    readOnly(ModelColumn, model);
    readOnly(1, Core::BpeEncoding::nameOf(described.encoding));
    readOnly(2, QLocale().toString(described.maxTokensPerExample), Qt::AlignRight);
    readOnly(3, described.trainingPricePerMillionTokens ? PriceText::format(*described.trainingPricePerMillionTokens)
                                                        : tr("not published"),
             Qt::AlignRight);
    const std::optional<double> own = TrainingPriceTable(m_settings).overriddenPricePerMillionTokens(model);
    auto *price = new QTableWidgetItem(own ? PriceText::format(*own) : QString());
    price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    price->setToolTip(tr("Empty: the built-in price applies"));
    m_table->setItem(row, PriceColumn, price);
}

int TrainingPricesPage::rowOf(const QString &model) const
{
    const QString wanted = ModelCatalog::baseModel(model).toLower();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, ModelColumn)->text().toLower() == wanted)
            return row;
    }
    return -1;
}

void TrainingPricesPage::load()
{
    m_loading = true;
    m_table->setRowCount(0);
    QStringList models;
    for (const ModelCatalog::Model &model : ModelCatalog::fineTunableModels())
        models.append(model.id);
    const QStringList overridden = TrainingPriceTable(m_settings).overrides().keys();
    for (const QString &model : overridden) {
        if (!models.contains(model, Qt::CaseInsensitive))
            models.append(model);
    }
    for (const QString &model : models)
        addRow(model);
    m_error->hide();
    m_loading = false;
    setModified(false);
}

bool TrainingPricesPage::apply()
{
    struct Entry
    {
        QString model;
        std::optional<double> price;
    };
    QList<Entry> entries;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString model = m_table->item(row, ModelColumn)->text();
        const QString text = m_table->item(row, PriceColumn)->text().trimmed();
        if (text.isEmpty()) {
            entries.append({model, std::nullopt});
            continue;
        }
        const std::optional<double> price = PriceText::parse(text);
        if (!price) {
            m_error->showError(tr("The price for %1, '%2', is not a number of zero or more. Nothing was saved.")
                                   .arg(model, text));
            m_table->setCurrentCell(row, PriceColumn);
            return false;
        }
        entries.append({model, price});
    }
    TrainingPriceTable table(m_settings);
    for (const Entry &entry : entries) {
        if (entry.price)
            table.setPricePerMillionTokens(entry.model, *entry.price);
        else
            table.resetPrice(entry.model);
    }
    m_error->hide();
    setModified(false);
    Q_EMIT pricesChanged();
    return true;
}

void TrainingPricesPage::editPrice(const QString &model)
{
    int row = rowOf(model);
    if (row < 0) {
        m_loading = true;
        addRow(ModelCatalog::baseModel(model));
        m_loading = false;
        row = m_table->rowCount() - 1;
    }
    m_table->setCurrentCell(row, PriceColumn);
    m_table->editItem(m_table->item(row, PriceColumn));
}

void TrainingPricesPage::addCustomModel()
{
    const QString model = ModelCatalog::baseModel(m_newModel->text());
    if (model.isEmpty())
        return;
    m_newModel->clear();
    editPrice(model);
}

void TrainingPricesPage::resetSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->item(row, PriceColumn)->setText(QString());
}

void TrainingPricesPage::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace Fts
