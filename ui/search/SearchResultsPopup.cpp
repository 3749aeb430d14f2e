#include "search/SearchResultsPopup.h"

#include "search/SearchResultsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace mamori::ui {

namespace {
// Enough rows to scan by eye; the rest scroll (core returns at most kDefaultLimit).
constexpr int kVisibleRows = 12;
constexpr int kMaxWidth = 760;
} // namespace

SearchResultsPopup::SearchResultsPopup(SearchResultsModel* model, QWidget* parent)
    : QFrame(parent, Qt::Popup) {
    setObjectName(QStringLiteral("searchResultsPopup"));
    setFrameShape(QFrame::StyledPanel);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    // Long titles (an incident's summary) are elided rather than scrolled sideways: a
    // horizontal bar would hide a row and the kind and section matter more than the tail.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->header()->setStretchLastSection(true);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("searchResultsNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addWidget(m_note);
    // A click opens the hit (a search list is not a place to select and then act), and so do
    // Enter and a double click; styles that activate on a single click send both signals,
    // which choose() takes once.
    connect(m_view, &QAbstractItemView::clicked, this, &SearchResultsPopup::choose);
    connect(m_view, &QAbstractItemView::activated, this, &SearchResultsPopup::choose);
}

QString SearchResultsPopup::noteText() const {
    return m_note->isHidden() ? QString() : m_note->text();
}

void SearchResultsPopup::showBelow(QWidget* anchor, const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    const QAbstractItemModel* model = m_view->model();
    for (int c = 0; c + 1 < model->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
    const int rows = qMin(kVisibleRows, qMax(1, model->rowCount()));
    const int rowHeight = qMax(m_view->sizeHintForRow(0), fontMetrics().height());
    const int last = model->columnCount() - 1;
    int width = 0;
    for (int c = 0; c < last; ++c)
        width += m_view->columnWidth(c);
    // The last column stretches, so its width is not its content's: measure that.
    int lastWidth = m_view->header()->sectionSizeHint(last);
    for (int r = 0; r < model->rowCount(); ++r)
        lastWidth = qMax(
            lastWidth,
            m_view->fontMetrics().horizontalAdvance(model->index(r, last).data().toString()) + 16);
    width += lastWidth;
    if (model->rowCount() > kVisibleRows)
        width += m_view->verticalScrollBar()->sizeHint().width();
    width = qMin(kMaxWidth, qMax(anchor->width(), width + 32));
    const int height =
        m_view->header()->sizeHint().height() + rows * rowHeight + 2 * m_view->frameWidth() + 8;
    m_view->setFixedHeight(height);
    resize(width, sizeHint().height());
    QPoint at = anchor->mapToGlobal(QPoint(0, anchor->height()));
    // Keep it on the screen when the field is near the right edge.
    if (const QScreen* screen = anchor->screen()) {
        const QRect avail = screen->availableGeometry();
        at.setX(qMax(avail.left(), qMin(at.x(), avail.right() - width)));
    }
    move(at);
    show();
    m_view->setFocus(Qt::PopupFocusReason);
    if (model->rowCount() > 0)
        m_view->setCurrentIndex(model->index(0, 0));
}

void SearchResultsPopup::choose(const QModelIndex& index) {
    if (!index.isValid() || !isVisible())
        return;
    hide();
    Q_EMIT hitActivated(index.row());
}

} // namespace mamori::ui
