#pragma once

#include "custody/HandlingAreaService.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLineEdit;

namespace mamori::ui {

// The physical measures of a handling area (seed 002 Art. 9, 11) as a checklist: one box per
// measure, in the wording of the designation sheet, each with a remark (where the partition
// stands, which cabinet, how entry is controlled).
class AreaMeasuresEditor : public QWidget {
    Q_OBJECT

public:
    explicit AreaMeasuresEditor(QWidget* parent = nullptr);
    QList<mamori::AreaMeasureState> states() const;
    void setStates(const QList<mamori::AreaMeasureState>& states);
    // For tests: the box and remark of one measure.
    QCheckBox* checkBox(mamori::AreaMeasure m) const;
    QLineEdit* remarkEdit(mamori::AreaMeasure m) const;

private:
    QList<mamori::AreaMeasure> m_measures;
    QList<QCheckBox*> m_checks;
    QList<QLineEdit*> m_remarks;
};

} // namespace mamori::ui
