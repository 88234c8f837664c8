// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProcessingTimeline.h"

#include <QScrollArea>

class QVBoxLayout;

namespace btxh::app {

// The processing timeline drawn as one: a vertical rail with a card per step (status, handler with position
// and unit, content, start and end), under each a bar of the time the step took against the time its legal
// deadline allowed (red past the deadline), the waits between steps, and the final result at the end. The
// text wraps, so the pane never scrolls sideways; a screen reader reads each card as its text.
class TimelineView : public QScrollArea {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setTimeline(const ProcessingTimeline &timeline);
    const ProcessingTimeline &timeline() const { return m_timeline; }

    // "3 days 4 h", as the cards say it.
    static QString duration(qint64 seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *stepCard(int index, const TimelineStep &step, bool last);
    QWidget *gapRow(qint64 seconds);
    QWidget *finalCard();

    ProcessingTimeline m_timeline;
    QWidget *m_content;
    QVBoxLayout *m_layout;
};

} // namespace btxh::app
