#include "organisation/OrganisationView.h"

#include "organisation/PeopleView.h"
#include "organisation/SectionsView.h"

namespace mamori::ui {

OrganisationView::OrganisationView(CaseFile& file, QWidget* parent) : QTabWidget(parent) {
    setObjectName(QStringLiteral("organisationView"));
    m_people = new PeopleView(file, this);
    m_sections = new SectionsView(file, this);
    addTab(m_people, tr("People"));
    addTab(m_sections, tr("Sections"));
    connect(m_sections, &SectionsView::sectionsChanged, m_people, &PeopleView::reload);
}

} // namespace mamori::ui
