// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>
#include <QTextLayout>
#include <memory>

class QPainter;
class QPaintDevice;

namespace btxh::documents {

// One table cell's text laid out to a width: broken between words, or inside a word too long for the
// column (a 250-character address, a long code), so nothing is clipped. Laid out once, measured, then drawn.
class WrappedText {
public:
    WrappedText(const QString &text, const QFont &font, qreal width, QPaintDevice *device);
    WrappedText(WrappedText &&) noexcept;
    WrappedText &operator=(WrappedText &&) noexcept;
    ~WrappedText();

    qreal height() const { return m_height; }
    void draw(QPainter *painter, const QPointF &topLeft) const;

private:
    std::unique_ptr<QTextLayout> m_layout;
    qreal m_height = 0;
};

} // namespace btxh::documents
