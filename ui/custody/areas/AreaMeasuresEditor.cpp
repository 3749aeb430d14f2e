#include "custody/areas/AreaMeasuresEditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLineEdit>

namespace mamori::ui {

AreaMeasuresEditor::AreaMeasuresEditor(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("areaMeasuresEditor"));
    m_measures = allAreaMeasures();
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < m_measures.size(); ++i) {
        const AreaMeasure m = m_measures.at(i);
        // The sheet's own wording (Japanese data, as printed), not a UI string.
        auto* check = new QCheckBox(areaMeasureLabel(m), this);
        check->setObjectName(QStringLiteral("measure_%1").arg(areaMeasureKey(m)));
        auto* remark = new QLineEdit(this);
        remark->setObjectName(QStringLiteral("measureRemark_%1").arg(areaMeasureKey(m)));
        remark->setMaxLength(500);
        remark->setPlaceholderText(tr("Remark"));
        grid->addWidget(check, i, 0);
        grid->addWidget(remark, i, 1);
        m_checks.append(check);
        m_remarks.append(remark);
    }
    grid->setColumnStretch(1, 1);
}

QList<AreaMeasureState> AreaMeasuresEditor::states() const {
    QList<AreaMeasureState> out;
    for (int i = 0; i < m_measures.size(); ++i)
        out.append(AreaMeasureState{m_measures.at(i), m_checks.at(i)->isChecked(),
                                    m_remarks.at(i)->text().trimmed()});
    return out;
}

void AreaMeasuresEditor::setStates(const QList<AreaMeasureState>& states) {
    for (const AreaMeasureState& s : states) {
        const auto i = m_measures.indexOf(s.measure);
        if (i < 0)
            continue;
        m_checks.at(i)->setChecked(s.inPlace);
        m_remarks.at(i)->setText(s.remark);
    }
}

QCheckBox* AreaMeasuresEditor::checkBox(AreaMeasure m) const {
    const auto i = m_measures.indexOf(m);
    return i < 0 ? nullptr : m_checks.at(i);
}

QLineEdit* AreaMeasuresEditor::remarkEdit(AreaMeasure m) const {
    const auto i = m_measures.indexOf(m);
    return i < 0 ? nullptr : m_remarks.at(i);
}

} // namespace mamori::ui
