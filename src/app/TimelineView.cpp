// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineView.h"

#include "DisplayText.h"
#include "WireDate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>
#include <algorithm>

namespace btxh::app {

namespace {

const QColor Rail(0x8a, 0x93, 0x9b);
const QColor OnTime(0x2e, 0x7d, 0x32);
const QColor Late(0xc0, 0x39, 0x2b);
const QColor Allowed(0xd9, 0xe7, 0xd9);
const QColor Waiting(0xb0, 0xb7, 0xbd);

QString when(const QDateTime &t) {
    return t.isValid() ? t.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QStringLiteral("—");
}

// The rail beside a card: a line through, and a dot coloured by how the step kept its deadline (hollow for
// the step still running). Dashed beside a wait.
class RailMark : public QWidget {
public:
    enum Kind { Step, Gap, Final };
    RailMark(Kind kind, QColor dot, bool hollow, bool first, bool last, QWidget *parent)
        : QWidget(parent)
        , m_kind(kind)
        , m_dot(dot)
        , m_hollow(hollow)
        , m_first(first)
        , m_last(last) {
        setFixedWidth(fontMetrics().height() + 6);
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const int x = width() / 2;
        const int r = fontMetrics().height() / 3;
        const int dotY = fontMetrics().height() / 2 + 2;
        QPen line(m_kind == Gap ? Waiting : Rail, 2, m_kind == Gap ? Qt::DashLine : Qt::SolidLine);
        p.setPen(line);
        p.drawLine(x, m_first ? dotY : 0, x, m_last ? dotY : height());
        if (m_kind == Gap)
            return;
        p.setPen(QPen(m_dot, 2));
        p.setBrush(m_hollow ? QBrush(palette().base()) : QBrush(m_dot));
        if (m_kind == Final)
            p.drawRect(QRect(x - r, dotY - r, 2 * r, 2 * r));
        else
            p.drawEllipse(QPoint(x, dotY), r, r);
    }

private:
    Kind m_kind;
    QColor m_dot;
    bool m_hollow, m_first, m_last;
};

// The step's time drawn against its allowance: the allowed part in light green, the time taken over it in
// green up to the deadline and red past it, with a tick at the deadline. Scaled to its own width.
class DurationBar : public QWidget {
public:
    DurationBar(qint64 taken, qint64 allowed, QWidget *parent)
        : QWidget(parent)
        , m_taken(taken)
        , m_allowed(allowed) {
        setFixedHeight(fontMetrics().height() / 2 + 4);
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed); // never widens the pane
    }

protected:
    void paintEvent(QPaintEvent *) override {
        QPainter p(this);
        const qint64 full = std::max<qint64>({m_taken, m_allowed, 1});
        const int w = width() - 1;
        const int h = height() - 1;
        auto at = [&](qint64 s) { return int(w * double(s) / double(full)); };
        if (m_allowed > 0)
            p.fillRect(QRect(0, 0, at(m_allowed), h), Allowed);
        const qint64 inTime = m_allowed > 0 ? std::min(m_taken, m_allowed) : m_taken;
        p.fillRect(QRect(0, h / 4, at(inTime), h / 2 + 1), OnTime);
        if (m_allowed > 0 && m_taken > m_allowed)
            p.fillRect(QRect(at(m_allowed), h / 4, at(m_taken) - at(m_allowed), h / 2 + 1), Late);
        if (m_allowed > 0) {
            p.setPen(QPen(palette().text().color(), 1));
            p.drawLine(at(m_allowed), 0, at(m_allowed), h);
        }
    }

private:
    qint64 m_taken, m_allowed;
};

QLabel *wrapped(const QString &text, QWidget *parent) {
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps to the pane, never widens it
    return l;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content)) {
    setObjectName(QStringLiteral("timelineCards"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_layout->setSpacing(0);
    setWidget(m_content);
    rebuild();
}

void TimelineView::setTimeline(const ProcessingTimeline &timeline) {
    m_timeline = timeline;
    rebuild();
}

QString TimelineView::duration(qint64 seconds) {
    const auto [days, hours] = ProcessingTimeline::daysAndHours(seconds);
    if (days == 0 && hours == 0)
        return tr("under an hour");
    if (days == 0)
        return tr("%n h", "", int(hours));
    if (hours == 0)
        return tr("%n day(s)", "", int(days));
    return tr("%n day(s)", "", int(days)) + u' ' + tr("%n h", "", int(hours));
}

void TimelineView::rebuild() {
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    const QList<TimelineStep> &steps = m_timeline.steps;
    if (steps.isEmpty())
        m_layout->addWidget(wrapped(tr("No processing step yet."), m_content));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).waitedBefore > 0)
            m_layout->addWidget(gapRow(steps.at(i).waitedBefore));
        m_layout->addWidget(stepCard(int(i), steps.at(i), i + 1 == steps.size() && !m_timeline.finished));
    }
    if (m_timeline.finished && !steps.isEmpty())
        m_layout->addWidget(finalCard());
    m_layout->addStretch(1);
}

QWidget *TimelineView::stepCard(int index, const TimelineStep &s, bool last) {
    auto *card = new QWidget(m_content);
    card->setObjectName(QStringLiteral("timelineStep_%1").arg(index + 1));
    auto *row = new QHBoxLayout(card);
    row->setContentsMargins(0, 0, 0, 0);
    const QColor dot = s.isOverdue() ? Late : OnTime;
    row->addWidget(new RailMark(RailMark::Step, dot, s.open, index == 0, last, card));
    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, fontMetrics().height() / 2);
    text->setSpacing(1);
    row->addLayout(text, 1);

    const ProcessingStep &step = s.step;
    auto *title = wrapped(
        QStringLiteral("%1. %2").arg(index + 1).arg(DisplayText::status(step.value(ProgressField::StatusId))),
        card);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    text->addWidget(title);
    QStringList who;
    for (ProgressField f : {ProgressField::NguoiXuLy, ProgressField::ChucDanh, ProgressField::DonViXuLy})
        if (const QString v = step.value(f).trimmed(); !v.isEmpty())
            who << v;
    if (!who.isEmpty())
        text->addWidget(wrapped(who.join(QStringLiteral(" · ")), card));
    if (const QString content = step.value(ProgressField::NoiDungXuLy).trimmed(); !content.isEmpty())
        text->addWidget(wrapped(content, card));
    text->addWidget(wrapped(s.open ? tr("Started %1, still in progress").arg(when(s.start))
                                   : QStringLiteral("%1 → %2").arg(when(s.start), when(s.end)),
                            card));
    QString took = tr("Took %1").arg(duration(s.seconds()));
    if (s.deadline.isValid())
        took += QStringLiteral("; ") +
                tr("deadline %1 (%2 allowed)").arg(when(s.deadline), duration(s.allowedSeconds()));
    auto *timing = wrapped(took, card);
    text->addWidget(timing);
    if (s.isOverdue()) {
        auto *late = wrapped(tr("Overdue by %1").arg(duration(s.lateSeconds())), card);
        late->setObjectName(QStringLiteral("overdue"));
        late->setStyleSheet(QStringLiteral("color: #a41c1c; font-weight: bold;"));
        text->addWidget(late);
    }
    if (s.deadline.isValid() || s.seconds() > 0) {
        auto *bar = new DurationBar(s.seconds(), s.allowedSeconds(), card);
        bar->setAccessibleName(took);
        text->addWidget(bar);
    }
    return card;
}

QWidget *TimelineView::gapRow(qint64 seconds) {
    auto *gap = new QWidget(m_content);
    gap->setObjectName(QStringLiteral("timelineGap"));
    auto *row = new QHBoxLayout(gap);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new RailMark(RailMark::Gap, Waiting, false, false, false, gap));
    auto *label = wrapped(tr("Waited %1").arg(duration(seconds)), gap);
    QFont italic = label->font();
    italic.setItalic(true);
    label->setFont(italic);
    label->setContentsMargins(0, 2, 0, fontMetrics().height() / 2);
    row->addWidget(label, 1);
    return gap;
}

QWidget *TimelineView::finalCard() {
    auto *card = new QWidget(m_content);
    card->setObjectName(QStringLiteral("timelineResult"));
    auto *row = new QHBoxLayout(card);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new RailMark(RailMark::Final, Rail.darker(), false, false, true, card));
    auto *label = wrapped(tr("Final result: %1, %2")
                              .arg(DisplayText::status(m_timeline.finalStatus), when(m_timeline.finishedAt)),
                          card);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    row->addWidget(label, 1);
    return card;
}

void TimelineView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QScrollArea::changeEvent(event);
}

} // namespace btxh::app
