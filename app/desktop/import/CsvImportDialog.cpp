// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/import/CsvImportDialog.h"

#include "core/import/ColumnMappingModel.h"
#include "core/import/ImportJob.h"
#include "core/import/ImportPreviewModel.h"
#include "desktop/import/ColumnRoleDelegate.h"
#include "desktop/import/ImportPreviewView.h"
#include "desktop/import/ImportSummaryPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Fts {

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return CsvImportDialog::tr("tab");
    if (delimiter == u';')
        return CsvImportDialog::tr("semicolon");
    return CsvImportDialog::tr("comma");
}

} // namespace

CsvImportDialog::CsvImportDialog(QWidget *parent)
    : ImportDialogBase(tr("&Import"), tr("Import CSV or TSV"), tr("Tables (*.csv *.tsv *.tab *.txt);;All files (*)"),
                       parent)
    , m_mapping(new Core::ColumnMappingModel(this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import CSV or TSV"));
    auto *layout = new QVBoxLayout(this);

    // The file and how it is written.
    auto *form = new QFormLayout;
    m_path->setPlaceholderText(tr("Choose a .csv or .tsv file"));
    addFileRow(form);

    auto *optionsRow = new QHBoxLayout;
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterChoice"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingChoice"));
    for (auto encoding : {Core::CsvReader::Encoding::Auto, Core::CsvReader::Encoding::Utf8,
                          Core::CsvReader::Encoding::Windows1252, Core::CsvReader::Encoding::Latin1})
        m_encoding->addItem(Core::CsvReader::encodingName(encoding), int(encoding));
    m_header = new QCheckBox(tr("First row holds column &names"), this);
    m_header->setObjectName(QStringLiteral("headerRow"));
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);
    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    optionsRow->addWidget(delimiterLabel);
    optionsRow->addWidget(m_delimiter);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(encodingLabel);
    optionsRow->addWidget(m_encoding);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(m_header);
    optionsRow->addStretch(1);
    form->addRow(QString(), optionsRow);
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedFormat"));
    m_detected->setEnabled(false);
    form->addRow(QString(), m_detected);
    layout->addLayout(form);
    connect(m_delimiter, &QComboBox::activated, this, [this] { loadTable(true); });
    connect(m_encoding, &QComboBox::activated, this, [this] { loadTable(true); });
    connect(m_header, &QCheckBox::clicked, this, [this] {
        m_headerChosen = true;
        loadTable(false);
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);

    // What each column becomes.
    auto *mappingBox = new QGroupBox(tr("Columns"), splitter);
    auto *mappingLayout = new QVBoxLayout(mappingBox);
    m_mappingView = new QTableView(mappingBox);
    m_mappingView->setObjectName(QStringLiteral("columnMapping"));
    m_mappingView->setAccessibleName(tr("What each column becomes"));
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(Core::ColumnMappingModel::RoleColumn, new ColumnRoleDelegate(this));
    m_mappingView->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->verticalHeader()->hide();
    m_mappingView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_mappingView->verticalHeader()->setDefaultSectionSize(m_mappingView->fontMetrics().height() + 14);
    m_mappingView->horizontalHeader()->setSectionResizeMode(Core::ColumnMappingModel::NameColumn,
                                                           QHeaderView::ResizeToContents);
    m_mappingView->horizontalHeader()->setSectionResizeMode(Core::ColumnMappingModel::SamplesColumn,
                                                           QHeaderView::Stretch);
    m_mappingView->horizontalHeader()->setSectionResizeMode(Core::ColumnMappingModel::RoleColumn, QHeaderView::Fixed);
    m_mappingView->horizontalHeader()->resizeSection(Core::ColumnMappingModel::RoleColumn, 230);
    mappingLayout->addWidget(m_mappingView);
    auto *promptLabel = new QLabel(tr("Fixed &system prompt, first in every example (optional; a row's own "
                                      "system column replaces it):"),
                                   mappingBox);
    promptLabel->setWordWrap(true);
    promptLabel->setBuddy(m_systemPrompt);
    mappingLayout->addWidget(promptLabel);
    mappingLayout->addWidget(m_systemPrompt);

    // The examples as they will be written.
    auto *previewBox = new QGroupBox(tr("Preview"), splitter);
    auto *previewLayout = new QVBoxLayout(previewBox);
    auto *previewView = new ImportPreviewView(m_preview, previewBox);
    previewLayout->addWidget(previewView, 1);
    previewLayout->addWidget(m_summary);
    splitter->addWidget(mappingBox);
    splitter->addWidget(previewBox);
    // The columns take the height they ask for (fitMappingView), the preview all the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    addButtonRow(layout);
    connect(m_mapping, &Core::ColumnMappingModel::mappingChanged, this, &CsvImportDialog::refresh);
    resize(960, 760);
}

CsvImportDialog::~CsvImportDialog() = default;

QString CsvImportDialog::filePath() const
{
    return m_table.settings.path;
}

void CsvImportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
    m_table.settings.path = path;
    m_headerChosen = false;
    loadTable(false);
}

void CsvImportDialog::loadTable(bool keepMapping)
{
    Core::CsvImportSettings settings;
    settings.path = m_path->text();
    settings.encoding = Core::CsvReader::Encoding(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    settings.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    if (m_headerChosen)
        settings.header = m_header->isChecked() ? Core::CsvImportSettings::Header::Present
                                                : Core::CsvImportSettings::Header::Absent;
    if (keepMapping)
        settings.mapping = m_mapping->mapping();
    m_job->discard();
    beginRefresh();
    if (settings.path.isEmpty()) {
        m_table = Core::CsvTable();
        m_mapping->setTable({}, {}, {});
        m_preview->clear();
        m_detected->clear();
        m_summary->showMessage(tr("Choose a file to see what it will become."));
        return;
    }
    m_table = Core::CsvImporter::inspect(settings);
    m_header->setChecked(m_table.settings.header == Core::CsvImportSettings::Header::Present);
    m_detected->setText(tr("Read as: %1-separated, %2, %3")
                            .arg(delimiterName(m_table.settings.delimiter),
                                 Core::CsvReader::encodingName(m_table.settings.encoding),
                                 m_header->isChecked() ? tr("first row is the header") : tr("no header row")));
    m_mapping->setTable(m_table.columnNames, m_table.rows, m_table.settings.mapping);
    for (int row = 0; row < m_mapping->rowCount(); ++row)
        m_mappingView->openPersistentEditor(m_mapping->index(row, Core::ColumnMappingModel::RoleColumn));
    fitMappingView();
    if (!m_table.error.isEmpty()) {
        m_preview->clear();
        m_summary->showMessage(m_table.error);
        return;
    }
    setWindowTitle(tr("Import %1").arg(QFileInfo(settings.path).fileName()));
    refresh();
}

void CsvImportDialog::fitMappingView()
{
    // The table asks for the height of its columns (AdjustToContents) but no more than a few: the preview
    // gets the rest of the dialog, and a table with many columns scrolls.
    const int rows = qBound(2, m_mapping->rowCount(), 8);
    m_mappingView->setMaximumHeight(m_mappingView->horizontalHeader()->sizeHint().height()
                                    + rows * m_mappingView->verticalHeader()->defaultSectionSize()
                                    + 2 * m_mappingView->frameWidth());
}

Core::CsvImportSettings CsvImportDialog::currentSettings() const
{
    Core::CsvImportSettings settings = m_table.settings;
    settings.mapping = m_mapping->mapping();
    settings.mapping.setSystemPrompt(m_systemPrompt->toPlainText());
    settings.spacedSeparators = spacedSeparatorsForDestination();
    return settings;
}

void CsvImportDialog::refresh()
{
    beginRefresh();
    if (m_table.settings.path.isEmpty() || !m_table.error.isEmpty())
        return;
    const Core::CsvImportSettings settings = currentSettings();
    const QString problem = settings.mapping.problem();
    if (!problem.isEmpty()) {
        m_job->discard();
        m_preview->clear();
        m_summary->showMessage(problem);
        return;
    }
    // The preview comes from the rows already read, at once; the whole file is counted in the background.
    m_preview->setResult(Core::CsvImporter::preview(m_table, settings, PreviewExamples), PreviewExamples);
    m_summary->showRunning(0);
    m_job->start([settings](const Core::ImportJob::ProgressFunction &progress, const std::atomic_bool *cancel) {
        return Core::CsvImporter::convert(settings, progress, cancel);
    });
}

} // namespace Fts
