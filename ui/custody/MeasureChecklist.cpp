#include "custody/MeasureChecklist.h"

#include "custody/CarryOutLabels.h"

#include <QCheckBox>
#include <QVBoxLayout>

namespace mamori::ui {

MeasureChecklist::MeasureChecklist(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("measureChecklist"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (CarryOutMeasure m : allCarryOutMeasures()) {
        auto* box = new QCheckBox(CarryOutLabels::measure(m), this);
        box->setObjectName(QStringLiteral("measure_") + carryOutMeasureKey(m));
        layout->addWidget(box);
        m_boxes.insert(m, box);
        connect(box, &QCheckBox::toggled, this, &MeasureChecklist::changed);
    }
}

void MeasureChecklist::setRequired(const QList<CarryOutMeasure>& required) {
    m_required = required;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const bool req = required.contains(it.key());
        QFont f = it.value()->font();
        f.setBold(req);
        it.value()->setFont(f);
        it.value()->setText(req ? tr("%1 (required)").arg(CarryOutLabels::measure(it.key()))
                                : CarryOutLabels::measure(it.key()));
    }
    Q_EMIT changed();
}

void MeasureChecklist::setApplied(const QList<CarryOutMeasure>& applied) {
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
        it.value()->setChecked(applied.contains(it.key()));
}

QList<CarryOutMeasure> MeasureChecklist::applied() const {
    QList<CarryOutMeasure> out;
    for (CarryOutMeasure m : allCarryOutMeasures())
        if (m_boxes.value(m)->isChecked())
            out << m;
    return out;
}

QList<CarryOutMeasure> MeasureChecklist::missing() const {
    QList<CarryOutMeasure> out;
    for (CarryOutMeasure m : m_required)
        if (!m_boxes.value(m)->isChecked())
            out << m;
    return out;
}

void MeasureChecklist::setReadOnly(bool readOnly) {
    for (QCheckBox* box : std::as_const(m_boxes))
        box->setEnabled(!readOnly);
}

} // namespace mamori::ui
