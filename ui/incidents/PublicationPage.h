#pragma once

#include "incidents/IncidentPage.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mamori::ui {

class OptionalDateEdit;

// The publication decision (000 Art. 39): publish or not, on which day, why, when it was
// published, and the day the PPC secretariat was informed.
class PublicationPage : public IncidentPage {
    Q_OBJECT

public:
    explicit PublicationPage(IncidentContext& context, QWidget* parent = nullptr);
    void setIncident(const mamori::Incident& incident, const IncidentActions& can) override;
    mamori::Publication draft() const;

public Q_SLOTS:
    void decide();

private:
    QLabel* m_current;
    QComboBox* m_decision;
    QDateEdit* m_decidedOn;
    QPlainTextEdit* m_reason;
    OptionalDateEdit* m_publishedOn;
    OptionalDateEdit* m_ppcInformedOn;
    QPushButton* m_save;
    QWidget* m_inputs;
    qint64 m_loadedId = 0;
};

} // namespace mamori::ui
