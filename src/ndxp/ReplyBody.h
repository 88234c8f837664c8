// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace btxh {

// A reply's body in the pieces the network layer handed over, joined only when it is read whole. A pull's
// reply of several megabytes arrives on the thread that writes the store; joining it there would copy every
// byte on that thread, so it is joined on the worker that parses it. A body of one piece is that piece,
// shared, not copied.
class ReplyBody {
public:
    ReplyBody() = default;
    explicit ReplyBody(QByteArray whole);

    void append(QByteArray piece);
    void clear();
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Nothing but white space (or nothing at all).
    bool isBlank() const;
    // Whether its first character that is not white space is `c`.
    bool startsAfterSpaceWith(char c) const;
    QByteArray joined() const;

private:
    // The first character that is not white space, or 0 when there is none.
    char firstNonSpace() const;

    QList<QByteArray> m_pieces;
    qsizetype m_size = 0;
};

} // namespace btxh
