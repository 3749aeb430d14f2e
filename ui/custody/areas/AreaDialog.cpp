#include "custody/areas/AreaDialog.h"

#include "common/ReadOnlyDialog.h"

#include "common/FieldErrorLabel.h"
#include "common/FieldWithError.h"
#include "custody/areas/AreaMeasuresEditor.h"
#include "custody/areas/LayoutImageEditor.h"
#include "organisation/PeoplePicker.h"

#include "casefile/CaseFile.h"
#include "common/Error.h"
#include "organisation/PersonService.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
const QString kCode = QStringLiteral("area_code");
const QString kSection = QStringLiteral("section");
const QString kBuilding = QStringLiteral("building");
const QString kFloor = QStringLiteral("floor");
const QString kRoom = QStringLiteral("room");
const QString kRemarks = QStringLiteral("remarks");
const QString kMeasures = QStringLiteral("measures");
const QString kHandlers = QStringLiteral("handlers");
const QString kImage = QStringLiteral("layout_image");
const QString kErrorBox = QStringLiteral("areaDialogErrorBox");
} // namespace

AreaDialog::AreaDialog(CaseFile& file, std::optional<qint64> areaId, QWidget* parent)
    : QDialog(parent), m_file(file), m_id(areaId) {
    setObjectName(QStringLiteral("areaDialog"));
    setWindowTitle(areaId ? tr("Edit handling area") : tr("Add handling area"));
    m_sections = file.sections().list();
    for (const QString& f :
         {kCode, kSection, kBuilding, kFloor, kRoom, kRemarks, kMeasures, kHandlers, kImage})
        m_errors.add(f, new FieldErrorLabel(f, this));

    auto line = [this](const char* name, int max) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setMaxLength(max);
        return e;
    };
    m_code = line("areaCodeEdit", 20);
    m_building = line("buildingEdit", 100);
    m_floor = line("floorEdit", 20);
    m_room = line("roomEdit", 100);
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("sectionCombo"));
    m_section->setPlaceholderText(tr("(choose a section)"));
    for (const Section& s : m_sections)
        m_section->addItem(tr("%1 %2").arg(s.code, s.name), s.id);
    m_section->setCurrentIndex(-1);
    m_remarks = new QPlainTextEdit(this);
    m_remarks->setObjectName(QStringLiteral("remarksEdit"));
    m_remarks->setTabChangesFocus(true);
    m_remarks->setMaximumHeight(80);

    // Everyone the actor may read can be authorised; names resolve sections for the list.
    QMap<qint64, QString> sectionNames;
    for (const Section& s : m_sections)
        sectionNames.insert(s.id, s.name);
    QList<Person> people;
    try {
        people = file.people().list(file.session());
    } catch (const Error&) {
        // No readable people: the list stays empty, the rest of the area can still be edited.
    }
    m_measures = new AreaMeasuresEditor(this);
    m_handlers = new PeoplePicker(people, sectionNames, this);
    m_image = new LayoutImageEditor(m_errors.label(kImage), this);
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("filesHandledList"));

    auto* place = new QWidget(this);
    auto* form = new QFormLayout(place);
    form->addRow(tr("Area &code:"), fieldWithError(m_code, m_errors.label(kCode), this));
    form->addRow(tr("&Section:"), fieldWithError(m_section, m_errors.label(kSection), this));
    form->addRow(tr("&Building:"), fieldWithError(m_building, m_errors.label(kBuilding), this));
    form->addRow(tr("&Floor:"), fieldWithError(m_floor, m_errors.label(kFloor), this));
    form->addRow(tr("&Room:"), fieldWithError(m_room, m_errors.label(kRoom), this));
    form->addRow(tr("Re&marks:"), fieldWithError(m_remarks, m_errors.label(kRemarks), this));
    form->addRow(tr("Layout image:"), fieldWithError(m_image, m_errors.label(kImage), this));

    auto* measuresPage = new QWidget(this);
    auto* mv = new QVBoxLayout(measuresPage);
    mv->addWidget(m_measures);
    mv->addWidget(m_errors.label(kMeasures));
    mv->addStretch();
    auto* handlersPage = new QWidget(this);
    auto* hv = new QVBoxLayout(handlersPage);
    hv->addWidget(m_handlers, 1);
    hv->addWidget(m_errors.label(kHandlers));
    auto* filesPage = new QWidget(this);
    auto* fv = new QVBoxLayout(filesPage);
    fv->addWidget(m_files, 1);

    m_tabs = new QTabWidget(this);
    auto* tabs = m_tabs;
    tabs->setObjectName(QStringLiteral("areaTabs"));
    tabs->addTab(place, tr("Place"));
    tabs->addTab(measuresPage, tr("Physical measures"));
    tabs->addTab(handlersPage, tr("Authorised handlers"));
    tabs->addTab(filesPage, tr("Files handled here"));
    tabs->setTabEnabled(3, areaId.has_value());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("areaDialogButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(areaId ? tr("Save") : tr("Add area"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AreaDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AreaDialog::reject);
    if (areaId)
        load(*areaId);
    // A reader who may not change the area (the auditor, another section's officer) sees it whole.
    if (areaId && !m_file.session().can(Permission::WritePersonalData, m_loaded.sectionId))
        ReadOnlyDialog::apply(this, buttons);
    resize(760, 600);
}

void AreaDialog::load(qint64 id) {
    HandlingAreaService& areas = m_file.areas();
    const Session& s = m_file.session();
    m_loaded = areas.get(s, id);
    m_code->setText(m_loaded.areaCode);
    m_section->setCurrentIndex(m_section->findData(m_loaded.sectionId));
    m_building->setText(m_loaded.building);
    m_floor->setText(m_loaded.floor);
    m_room->setText(m_loaded.room);
    m_remarks->setPlainText(m_loaded.remarks);
    m_measures->setStates(areas.measures(s, id));
    QList<qint64> handlerIds;
    for (const Person& p : areas.handlers(s, id))
        handlerIds.append(p.id);
    m_handlers->setCheckedIds(handlerIds);
    if (!m_loaded.layoutMime.isEmpty())
        m_image->setStoredImage(areas.layoutImage(s, id));
    for (const PersonalInfoFile& f : areas.filesHandled(s, id))
        new QListWidgetItem(tr("%1  %2").arg(f.fileNo, f.name), m_files);
}

HandlingArea AreaDialog::area() const {
    HandlingArea a = m_loaded;
    a.areaCode = m_code->text().trimmed();
    const QVariant section = m_section->currentData();
    a.sectionId = section.isValid() ? section.toLongLong() : 0;
    a.building = m_building->text().trimmed();
    a.floor = m_floor->text().trimmed();
    a.room = m_room->text().trimmed();
    a.remarks = m_remarks->toPlainText().trimmed();
    return a;
}

void AreaDialog::accept() {
    m_errors.clear();
    if (!m_section->currentData().isValid()) {
        m_errors.show(kSection, tr("Choose the section that keeps the area."));
        showFirstErrorPage();
        return;
    }
    save();
}

void AreaDialog::showFirstErrorPage() {
    // A message on a page not shown would go unseen.
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QList<FieldErrorLabel*> labels = m_tabs->widget(i)->findChildren<FieldErrorLabel*>();
        for (const FieldErrorLabel* l : labels) {
            if (!l->isHidden()) {
                m_tabs->setCurrentIndex(i);
                return;
            }
        }
    }
}

void AreaDialog::save() {
    HandlingAreaService& areas = m_file.areas();
    const Session& s = m_file.session();
    try {
        // The services join this transaction: a refusal anywhere leaves the area as it was.
        Transaction tx(m_file.db());
        const HandlingArea saved = m_id ? areas.update(s, area()) : areas.create(s, area());
        areas.setMeasures(s, saved.id, m_measures->states());
        areas.setHandlers(s, saved.id, m_handlers->checkedIds());
        if (m_image->changed()) {
            if (m_image->image().isEmpty())
                areas.clearLayoutImage(s, saved.id);
            else
                areas.setLayoutImage(s, saved.id, m_image->image());
        }
        tx.commit();
        m_saved = saved;
    } catch (const Error& e) {
        m_errors.showOrInBox(e, this, kErrorBox);
        showFirstErrorPage();
        return;
    }
    QDialog::accept();
}

} // namespace mamori::ui
