#include "lists/ListFilterBar.h"

#include "organisation/SectionService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace mamori::ui {

namespace {
// The earliest date a filter can name; shown as "Any" (the date edits' special value).
const QDate kAnyDate(2000, 1, 1);

QDateEdit* anyDateEdit(const QString& objectName, const QString& anyText, QWidget* parent) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(anyText);
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

std::optional<QDate> dateOf(const QDateEdit* edit) {
    if (!edit || edit->date() == kAnyDate)
        return std::nullopt;
    return edit->date();
}
} // namespace

ListFilterBar::ListFilterBar(Parts parts, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("listFilterBar"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    const QString any = tr("Any");
    auto labelled = [this, row](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        row->addWidget(label);
        row->addWidget(w);
        return label;
    };
    auto emitNow = [this] { applyNow(); };

    if (parts & State) {
        m_state = new QComboBox(this);
        m_state->setObjectName(QStringLiteral("listStateFilter"));
        m_state->addItem(any, QString());
        labelled(tr("&State:"), m_state);
        connect(m_state, &QComboBox::currentIndexChanged, this, emitNow);
    }
    if (parts & Section) {
        m_section = new QComboBox(this);
        m_section->setObjectName(QStringLiteral("listSectionFilter"));
        m_section->addItem(any, QVariant());
        m_section->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        labelled(tr("S&ection:"), m_section);
        connect(m_section, &QComboBox::currentIndexChanged, this, emitNow);
    }
    if (parts & DateRange) {
        m_from = anyDateEdit(QStringLiteral("listFromDate"), any, this);
        m_to = anyDateEdit(QStringLiteral("listToDate"), any, this);
        m_dateLabel = labelled(tr("&From:"), m_from);
        labelled(tr("&To:"), m_to);
        connect(m_from, &QDateEdit::dateChanged, this, emitNow);
        connect(m_to, &QDateEdit::dateChanged, this, emitNow);
    }
    if (parts & OverdueOnly) {
        m_overdue = new QCheckBox(tr("&Overdue only"), this);
        m_overdue->setObjectName(QStringLiteral("listOverdueOnly"));
        row->addWidget(m_overdue);
        connect(m_overdue, &QCheckBox::toggled, this, emitNow);
    }
    if (parts & Text) {
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("listTextFilter"));
        m_text->setPlaceholderText(tr("Search"));
        m_text->setClearButtonEnabled(true);
        m_text->setMinimumWidth(m_text->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
        labelled(tr("Fi&nd:"), m_text);
        m_typing = new QTimer(this);
        m_typing->setSingleShot(true);
        m_typing->setInterval(kTypingPauseMs);
        connect(m_typing, &QTimer::timeout, this, emitNow);
        connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
        connect(m_text, &QLineEdit::returnPressed, this, emitNow);
    }
    auto* clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setObjectName(QStringLiteral("listClearFilterButton"));
    row->addWidget(clearButton);
    row->addStretch();
    connect(clearButton, &QPushButton::clicked, this, &ListFilterBar::clear);
}

void ListFilterBar::setStates(const QList<QPair<QString, QString>>& states) {
    if (!m_state)
        return;
    const QString current = m_state->currentData().toString();
    m_silent = true;
    while (m_state->count() > 1)
        m_state->removeItem(1);
    for (const auto& [key, label] : states)
        m_state->addItem(label, key);
    m_state->setCurrentIndex(qMax(0, m_state->findData(current)));
    m_silent = false;
    applyNow();
}

void ListFilterBar::setSections(const QList<mamori::Section>& sections) {
    if (!m_section)
        return;
    const QVariant current = m_section->currentData();
    m_silent = true;
    while (m_section->count() > 1)
        m_section->removeItem(1);
    for (const mamori::Section& s : sections)
        m_section->addItem(QStringLiteral("%1 %2").arg(s.code, s.name), s.id);
    m_section->setCurrentIndex(current.isValid() ? qMax(0, m_section->findData(current)) : 0);
    m_silent = false;
    applyNow();
}

void ListFilterBar::setDateRangeLabel(const QString& text) {
    if (m_dateLabel)
        m_dateLabel->setText(text);
}

ListFilter ListFilterBar::filter() const {
    ListFilter f;
    if (m_state)
        f.state = m_state->currentData().toString();
    if (m_section && m_section->currentData().isValid())
        f.sectionId = m_section->currentData().toLongLong();
    f.from = dateOf(m_from);
    f.to = dateOf(m_to);
    f.overdueOnly = m_overdue && m_overdue->isChecked();
    if (m_text)
        f.text = m_text->text().simplified();
    return f;
}

void ListFilterBar::setFilter(const ListFilter& f) {
    m_silent = true;
    if (m_state)
        m_state->setCurrentIndex(qMax(0, m_state->findData(f.state)));
    if (m_section)
        m_section->setCurrentIndex(f.sectionId ? qMax(0, m_section->findData(*f.sectionId)) : 0);
    if (m_from)
        m_from->setDate(f.from.value_or(kAnyDate));
    if (m_to)
        m_to->setDate(f.to.value_or(kAnyDate));
    if (m_overdue)
        m_overdue->setChecked(f.overdueOnly);
    if (m_text)
        m_text->setText(f.text);
    m_silent = false;
    applyNow();
}

void ListFilterBar::clear() {
    setFilter({});
}

void ListFilterBar::applyNow() {
    if (m_silent)
        return;
    if (m_typing)
        m_typing->stop();
    const ListFilter f = filter();
    if (f == m_last)
        return;
    m_last = f;
    Q_EMIT filterChanged(f);
}

} // namespace mamori::ui
