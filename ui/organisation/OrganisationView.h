#pragma once

#include <QTabWidget>

namespace mamori {
class CaseFile;
}

namespace mamori::ui {

class PeopleView;
class SectionsView;

// The organisation screen of the navigation: the people (staff records) and the sections.
class OrganisationView : public QTabWidget {
    Q_OBJECT

public:
    explicit OrganisationView(mamori::CaseFile& file, QWidget* parent = nullptr);
    PeopleView* people() const { return m_people; }
    SectionsView* sections() const { return m_sections; }

private:
    PeopleView* m_people = nullptr;
    SectionsView* m_sections = nullptr;
};

} // namespace mamori::ui
