#pragma once

#include "custody/CarryOutService.h"

#include <QMap>
#include <QWidget>

class QCheckBox;

namespace mamori::ui {

// The protective measures for a carry-out (seed 002 Art. 11(4), seed 000 Art. 12) as a list of
// check boxes. Measures required for the item (CarryOutService::requiredMeasures) are marked
// "required" and in bold; missing() tells which of them are not ticked yet.
// Check boxes are named "measure_<KEY>" (e.g. measure_SEALING).
class MeasureChecklist : public QWidget {
    Q_OBJECT

public:
    explicit MeasureChecklist(QWidget* parent = nullptr);

    void setRequired(const QList<mamori::CarryOutMeasure>& required);
    QList<mamori::CarryOutMeasure> required() const { return m_required; }
    void setApplied(const QList<mamori::CarryOutMeasure>& applied);
    QList<mamori::CarryOutMeasure> applied() const;
    QList<mamori::CarryOutMeasure> missing() const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();

private:
    QMap<mamori::CarryOutMeasure, QCheckBox*> m_boxes;
    QList<mamori::CarryOutMeasure> m_required;
};

} // namespace mamori::ui
