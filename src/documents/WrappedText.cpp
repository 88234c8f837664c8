// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappedText.h"

#include <QPainter>
#include <QTextOption>

namespace btxh::documents {

WrappedText::WrappedText(const QString &text, const QFont &font, qreal width, QPaintDevice *device)
    : m_layout(std::make_unique<QTextLayout>(text, font, device)) {
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->beginLayout();
    for (;;) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, m_height));
        m_height += line.height();
    }
    m_layout->endLayout();
}

WrappedText::WrappedText(WrappedText &&) noexcept = default;
WrappedText &WrappedText::operator=(WrappedText &&) noexcept = default;
WrappedText::~WrappedText() = default;

void WrappedText::draw(QPainter *painter, const QPointF &topLeft) const {
    m_layout->draw(painter, topLeft);
}

} // namespace btxh::documents
