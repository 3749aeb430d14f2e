#include "custody/files/PersonalInfoFileDialog.h"

#include "common/ReadOnlyDialog.h"

#include "common/FieldErrorLabel.h"
#include "common/FieldWithError.h"
#include "custody/files/AccessRightsPanel.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "custody/HandlingAreaService.h"
#include "organisation/SectionService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <limits>

namespace mamori::ui {

namespace {
const QString kErrorBox = QStringLiteral("fileDialogErrorBox");
const QStringList kFields{
    QStringLiteral("file_no"),       QStringLiteral("name"),
    QStringLiteral("section"),       QStringLiteral("purpose"),
    QStringLiteral("record_items"),  QStringLiteral("record_scope"),
    QStringLiteral("collection_method"), QStringLiteral("person_count"),
    QStringLiteral("regular_recipients"), QStringLiteral("disclosure_office"),
    QStringLiteral("correction_procedures"), QStringLiteral("storage_media"),
    QStringLiteral("handling_area"), QStringLiteral("foreign_location"),
    QStringLiteral("foreign_regime_notes")};

QPlainTextEdit* textBox(const char* name, int height, QWidget* parent) {
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setTabChangesFocus(true);
    e->setMaximumHeight(height);
    return e;
}

QLineEdit* lineBox(const char* name, int max, QWidget* parent) {
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setMaxLength(max);
    return e;
}
} // namespace

PersonalInfoFileDialog::PersonalInfoFileDialog(CaseFile& file, std::optional<qint64> fileId,
                                               QWidget* parent)
    : QDialog(parent), m_file(file), m_id(fileId) {
    setObjectName(QStringLiteral("personalInfoFileDialog"));
    setWindowTitle(fileId ? tr("Edit personal-information file") : tr("Add personal-information file"));
    for (const QString& f : kFields)
        m_errors.add(f, new FieldErrorLabel(f, this));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("fileTabs"));
    m_tabs->addTab(buildEntryPage(), tr("Register entry"));
    m_tabs->addTab(buildRecipientsPage(), tr("Recipients and requests"));
    m_tabs->addTab(buildStoragePage(), tr("Storage and location"));
    if (fileId) {
        m_rights = new AccessRightsPanel(file, *fileId, this);
        m_tabs->addTab(m_rights, tr("Access rights"));
    } else {
        auto* later = new QLabel(tr("Access rights can be granted once the file is saved."), this);
        later->setAlignment(Qt::AlignCenter);
        m_tabs->addTab(later, tr("Access rights"));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("fileDialogButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(fileId ? tr("Save") : tr("Add file"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonalInfoFileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonalInfoFileDialog::reject);
    connect(m_personCount, &QSpinBox::valueChanged, this,
            &PersonalInfoFileDialog::updatePublicationHint);
    if (fileId)
        load(*fileId);
    updatePublicationHint();
    // A reader who may not change the entry (the auditor, another section's officer) sees it whole.
    if (fileId && !m_file.session().can(Permission::WritePersonalData, m_loaded.sectionId))
        ReadOnlyDialog::apply(this, buttons);
    resize(760, 640);
}

QWidget* PersonalInfoFileDialog::buildEntryPage() {
    auto* page = new QWidget(this);
    m_fileNo = lineBox("fileNoEdit", 20, page);
    m_name = lineBox("fileNameEdit", 200, page);
    m_section = new QComboBox(page);
    m_section->setObjectName(QStringLiteral("sectionCombo"));
    m_section->setPlaceholderText(tr("(choose a section)"));
    for (const Section& s : m_file.sections().list())
        m_section->addItem(tr("%1 %2").arg(s.code, s.name), s.id);
    m_section->setCurrentIndex(-1);
    m_fileType = new QComboBox(page);
    m_fileType->setObjectName(QStringLiteral("fileTypeCombo"));
    for (PiFileType t : {PiFileType::Computerised, PiFileType::Manual})
        m_fileType->addItem(piFileTypeLabel(t), static_cast<int>(t));
    m_purpose = textBox("purposeEdit", 70, page);
    m_recordItems = textBox("recordItemsEdit", 70, page);
    m_recordScope = lineBox("recordScopeEdit", 2000, page);
    m_collection = lineBox("collectionMethodEdit", 2000, page);
    m_sensitive = new QCheckBox(tr("Contains sensitive personal information (要配慮個人情報)"), page);
    m_sensitive->setObjectName(QStringLiteral("sensitiveCheck"));
    m_myNumber = new QCheckBox(tr("Contains My Numbers"), page);
    m_myNumber->setObjectName(QStringLiteral("myNumberCheck"));
    m_personCount = new QSpinBox(page);
    m_personCount->setObjectName(QStringLiteral("personCountSpin"));
    m_personCount->setRange(0, std::numeric_limits<int>::max());
    m_personCount->setGroupSeparatorShown(true);
    m_publication = new QLabel(page);
    m_publication->setObjectName(QStringLiteral("publicationHint"));
    m_publication->setWordWrap(true);

    auto e = [this](const char* field) { return m_errors.label(QLatin1String(field)); };
    auto* form = new QFormLayout(page);
    form->addRow(tr("File &number:"), fieldWithError(m_fileNo, e("file_no"), page));
    form->addRow(tr("File &name:"), fieldWithError(m_name, e("name"), page));
    form->addRow(tr("&Section using it:"), fieldWithError(m_section, e("section"), page));
    form->addRow(tr("File &type:"), m_fileType);
    form->addRow(tr("&Purpose of use:"), fieldWithError(m_purpose, e("purpose"), page));
    form->addRow(tr("Record &items:"), fieldWithError(m_recordItems, e("record_items"), page));
    form->addRow(tr("Whose &records:"), fieldWithError(m_recordScope, e("record_scope"), page));
    form->addRow(tr("&Collection method:"),
                 fieldWithError(m_collection, e("collection_method"), page));
    form->addRow(QString(), m_sensitive);
    form->addRow(QString(), m_myNumber);
    form->addRow(tr("Number of &persons:"),
                 fieldWithError(m_personCount, e("person_count"), page));
    form->addRow(QString(), m_publication);
    return page;
}

QWidget* PersonalInfoFileDialog::buildRecipientsPage() {
    auto* page = new QWidget(this);
    m_recipients = textBox("recipientsEdit", 90, page);
    m_disclosureOffice = textBox("disclosureOfficeEdit", 90, page);
    m_correction = textBox("correctionEdit", 90, page);
    auto e = [this](const char* field) { return m_errors.label(QLatin1String(field)); };
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Regular recipients:"),
                 fieldWithError(m_recipients, e("regular_recipients"), page));
    form->addRow(tr("&Office for disclosure requests (name and address):"),
                 fieldWithError(m_disclosureOffice, e("disclosure_office"), page));
    form->addRow(tr("Special &correction or suspension procedures:"),
                 fieldWithError(m_correction, e("correction_procedures"), page));
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return page;
}

QWidget* PersonalInfoFileDialog::buildStoragePage() {
    auto* page = new QWidget(this);
    m_storageMedia = lineBox("storageMediaEdit", 500, page);
    m_storageMedia->setPlaceholderText(tr("e.g. server of the core system, paper ledger"));
    m_area = new QComboBox(page);
    m_area->setObjectName(QStringLiteral("areaCombo"));
    m_area->addItem(tr("(none)"), QVariant());
    try {
        for (const HandlingArea& a : m_file.areas().list(m_file.session()))
            m_area->addItem(tr("%1  %2 %3 %4").arg(a.areaCode, a.building, a.floor, a.room).simplified(),
                            a.id);
    } catch (const Error&) {
        // No readable area: only "(none)".
    }
    m_foreign = lineBox("foreignLocationEdit", 200, page);
    m_foreign->setPlaceholderText(tr("Empty when kept in Japan; else the country or cloud service"));
    m_regime = textBox("regimeNotesEdit", 110, page);
    auto e = [this](const char* field) { return m_errors.label(QLatin1String(field)); };
    auto* form = new QFormLayout(page);
    form->addRow(tr("Storage &media:"), fieldWithError(m_storageMedia, e("storage_media"), page));
    form->addRow(tr("&Handling area:"), fieldWithError(m_area, e("handling_area"), page));
    form->addRow(tr("&Foreign or cloud location:"),
                 fieldWithError(m_foreign, e("foreign_location"), page));
    form->addRow(tr("What is known of that &regime:"),
                 fieldWithError(m_regime, e("foreign_regime_notes"), page));
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return page;
}

void PersonalInfoFileDialog::load(qint64 id) {
    m_loaded = m_file.files().get(m_file.session(), id);
    const PersonalInfoFile& f = m_loaded;
    m_fileNo->setText(f.fileNo);
    m_name->setText(f.name);
    m_section->setCurrentIndex(m_section->findData(f.sectionId));
    m_fileType->setCurrentIndex(m_fileType->findData(static_cast<int>(f.fileType)));
    m_purpose->setPlainText(f.purpose);
    m_recordItems->setPlainText(f.recordItems);
    m_recordScope->setText(f.recordScope);
    m_collection->setText(f.collectionMethod);
    m_sensitive->setChecked(f.containsSensitive);
    m_myNumber->setChecked(f.containsMyNumber);
    m_personCount->setValue(static_cast<int>(qMin<qint64>(f.personCount, m_personCount->maximum())));
    m_recipients->setPlainText(f.regularRecipients);
    m_disclosureOffice->setPlainText(f.disclosureOffice);
    m_correction->setPlainText(f.correctionProcedures);
    m_storageMedia->setText(f.storageMedia);
    if (f.handlingAreaId) {
        const int i = m_area->findData(*f.handlingAreaId);
        m_area->setCurrentIndex(i >= 0 ? i : 0);
    }
    m_foreign->setText(f.foreignLocation);
    m_regime->setPlainText(f.foreignRegimeNotes);
}

PersonalInfoFile PersonalInfoFileDialog::entry() const {
    PersonalInfoFile f = m_loaded;
    f.fileNo = m_fileNo->text().trimmed();
    f.name = m_name->text().trimmed();
    const QVariant section = m_section->currentData();
    f.sectionId = section.isValid() ? section.toLongLong() : 0;
    f.fileType = static_cast<PiFileType>(m_fileType->currentData().toInt());
    f.purpose = m_purpose->toPlainText().trimmed();
    f.recordItems = m_recordItems->toPlainText().trimmed();
    f.recordScope = m_recordScope->text().trimmed();
    f.collectionMethod = m_collection->text().trimmed();
    f.containsSensitive = m_sensitive->isChecked();
    f.containsMyNumber = m_myNumber->isChecked();
    f.personCount = m_personCount->value();
    f.regularRecipients = m_recipients->toPlainText().trimmed();
    f.disclosureOffice = m_disclosureOffice->toPlainText().trimmed();
    f.correctionProcedures = m_correction->toPlainText().trimmed();
    f.storageMedia = m_storageMedia->text().trimmed();
    const QVariant area = m_area->currentData();
    f.handlingAreaId = area.isValid() ? std::optional<qint64>(area.toLongLong()) : std::nullopt;
    f.foreignLocation = m_foreign->text().trimmed();
    f.foreignRegimeNotes = m_regime->toPlainText().trimmed();
    return f;
}

void PersonalInfoFileDialog::updatePublicationHint() {
    // APPI Art. 75: a file of 1,000 persons or more is published in the register.
    m_publication->setText(m_personCount->value() >= 1000
                               ? tr("1,000 persons or more: the file must be published in the "
                                    "register.")
                               : QString());
}

void PersonalInfoFileDialog::showFirstErrorPage() {
    for (int i = 0; i < m_tabs->count(); ++i) {
        for (const FieldErrorLabel* l : m_tabs->widget(i)->findChildren<FieldErrorLabel*>()) {
            if (!l->isHidden()) {
                m_tabs->setCurrentIndex(i);
                return;
            }
        }
    }
}

void PersonalInfoFileDialog::accept() {
    m_errors.clear();
    const PersonalInfoFile f = entry();
    try {
        PersonalInfoFileService& files = m_file.files();
        m_saved = m_id ? files.update(m_file.session(), f) : files.create(m_file.session(), f);
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, kErrorBox);
        showFirstErrorPage();
        return;
    }
    QDialog::accept();
}

} // namespace mamori::ui
