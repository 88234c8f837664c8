// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyBody.h"

#include <cctype>

namespace btxh {

ReplyBody::ReplyBody(QByteArray whole) {
    append(std::move(whole));
}

void ReplyBody::append(QByteArray piece) {
    if (piece.isEmpty())
        return;
    m_size += piece.size();
    m_pieces.append(std::move(piece));
}

void ReplyBody::clear() {
    m_pieces.clear();
    m_size = 0;
}

char ReplyBody::firstNonSpace() const {
    for (const QByteArray &piece : m_pieces)
        for (const char c : piece)
            if (!std::isspace(static_cast<unsigned char>(c)))
                return c;
    return 0;
}

bool ReplyBody::isBlank() const {
    return firstNonSpace() == 0;
}

bool ReplyBody::startsAfterSpaceWith(char c) const {
    return c != 0 && firstNonSpace() == c;
}

QByteArray ReplyBody::joined() const {
    if (m_pieces.size() == 1)
        return m_pieces.constFirst();
    QByteArray whole;
    whole.reserve(m_size);
    for (const QByteArray &piece : m_pieces)
        whole.append(piece);
    return whole;
}

} // namespace btxh
