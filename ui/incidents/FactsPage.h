#pragma once

#include "incidents/IncidentPage.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace mamori::ui {

class OptionalDateEdit;

// The investigation facts (issue 4; 002 Art. 13(3)): every IncidentDetails field, the awareness
// time and who became aware, the files of the register concerned and the carry-out the incident
// came from. Saving replaces the facts; when they changed, core asks for a re-assessment. The
// inputs are reloaded only when the stored facts change, so that a step recorded on another tab
// does not wipe what is being typed here.
class FactsPage : public IncidentPage {
    Q_OBJECT

public:
    explicit FactsPage(IncidentContext& context, QWidget* parent = nullptr);
    void setIncident(const mamori::Incident& incident, const IncidentActions& can) override;
    mamori::IncidentDetails details() const;

public Q_SLOTS:
    void save();

private:
    void load(const mamori::Incident& incident);
    QCheckBox* flag(const QString& text, const QString& name);

    QPlainTextEdit* m_summary;
    QComboBox* m_leakType;
    QCheckBox* m_suspected;
    QComboBox* m_medium;
    QLineEdit* m_dataItems;
    QSpinBox* m_persons;
    QCheckBox* m_sensitive;
    QCheckBox* m_ordinanceSensitive;
    QCheckBox* m_myNumber;
    QCheckBox* m_myNumberSystem;
    QCheckBox* m_publicExposure;
    QCheckBox* m_propertyDamageRisk;
    QCheckBox* m_improperPurpose;
    QCheckBox* m_advancedEncryption;
    QCheckBox* m_contractorInvolved;
    QCheckBox* m_secondaryDamage;
    QPlainTextEdit* m_secondaryDamageDetails;
    QPlainTextEdit* m_cause;
    OptionalDateEdit* m_occurredOn;
    QLineEdit* m_howDetected;
    QDateTimeEdit* m_awareAt;
    QComboBox* m_awarePerson;
    QListWidget* m_files;
    QLabel* m_carryOut;
    QPushButton* m_save;
    QWidget* m_inputs;
    // What the inputs were loaded from: reload when the incident or its facts change.
    qint64 m_loadedId = 0;
    int m_loadedVersion = -1;
    QDateTime m_loadedAwareAt;
};

} // namespace mamori::ui
