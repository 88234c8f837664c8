// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayloadStream.h"

#include <QBuffer>
#include <QFile>
#include <QList>

namespace btxh {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Bytes a JSON number or literal (true, false, null) is made of.
bool isBareByte(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' ||
           c == '-' || c == '.';
}

// A number as JSON writes it: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isNumber(const QByteArray &t) {
    qsizetype i = 0;
    const qsizetype n = t.size();
    auto digits = [&] {
        const qsizetype from = i;
        while (i < n && t.at(i) >= '0' && t.at(i) <= '9')
            ++i;
        return i > from;
    };
    if (i < n && t.at(i) == '-')
        ++i;
    if (i < n && t.at(i) == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < n && t.at(i) == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < n && (t.at(i) == 'e' || t.at(i) == 'E')) {
        ++i;
        if (i < n && (t.at(i) == '+' || t.at(i) == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

// Keys as PayloadReader compares them (FieldTable::foldKey, which lives in core and is not needed for two
// ASCII words).
QString foldKey(const QByteArray &utf8) {
    return QString::fromUtf8(utf8).trimmed().toCaseFolded();
}

} // namespace

PayloadStream::PayloadStream(const QString &path, qint64 chunkBytes)
    : PayloadStream(std::make_unique<QFile>(path), chunkBytes) {}

PayloadStream::PayloadStream(std::unique_ptr<QIODevice> device, qint64 chunkBytes)
    : m_device(std::move(device))
    , m_chunkBytes(std::max<qint64>(chunkBytes, 1)) {}

PayloadStream PayloadStream::ofDocument(const QByteArray &document) {
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(document); // shares the bytes, copies none
    // One chunk: the bytes are in memory already.
    return PayloadStream(std::move(buffer), std::max<qint64>(document.size(), 1));
}

QString PayloadStream::readError() const {
    const auto *file = qobject_cast<const QFileDevice *>(m_device.get());
    return file && file->error() != QFileDevice::NoError ? tr("cannot be read: %1").arg(file->errorString())
                                                         : QString();
}

PayloadStream::Status PayloadStream::open() {
    if (!m_device->open(QIODevice::ReadOnly)) {
        m_error = tr("cannot be read: %1").arg(m_device->errorString());
        return Status::Malformed;
    }
    if (m_device->isSequential()) {
        m_error = tr("not a regular file: it cannot be read in windows");
        return Status::NotStreamable;
    }

    // The roles a container can play on the way to the items.
    enum Role { Other, TopObject, ResultObject, Items };
    struct Frame {
        char open;
        qint64 at;
        Role role;
    };
    enum class Expect { Value, ValueOrClose, KeyOrClose, Key, Colon, CommaOrClose, End };

    QList<Frame> stack;
    Expect expect = Expect::Value;
    bool inString = false, escape = false, stringIsKey = false, inBare = false, sawValue = false;
    bool keyMatters = false; // a key of the objects on the way to the items, the only ones kept
    qint64 stringStart = 0, bareStart = 0;
    QByteArray key, bare;
    Role nextRole = Other; // the role of the value after the key just read
    int results = 0, datas = 0;
    qsizetype items = 0;
    qint64 offset = 0;
    QString notStreamable;

    auto malformed = [this](const QString &why) {
        m_error = why;
        return Status::Malformed;
    };
    auto valueDone = [&] { expect = stack.isEmpty() ? Expect::End : Expect::CommaOrClose; };
    // Checks the number or literal just ended; false when it is neither.
    auto endBare = [&] {
        inBare = false;
        if (bare != "true" && bare != "false" && bare != "null" && !isNumber(bare))
            return false;
        valueDone();
        return true;
    };
    auto badBare = [&] {
        return malformed(tr("not a number, true, false or null at byte %1: \"%2\"")
                             .arg(bareStart)
                             .arg(QString::fromUtf8(bare.left(40))));
    };

    QByteArray chunk;
    while (true) {
        chunk = m_device->read(m_chunkBytes);
        if (chunk.isEmpty()) {
            if (const QString why = readError(); !why.isEmpty())
                return malformed(why);
            break;
        }
        const char *p = chunk.constData();
        const qsizetype size = chunk.size();
        for (qsizetype i = 0; i < size; ++i, ++offset) {
            if (inString && !escape && !keyMatters) {
                // Most of a payload is the inside of string values: nothing to do until a quote, a
                // backslash or a control character.
                qsizetype j = i;
                while (j < size && p[j] != '"' && p[j] != '\\' && static_cast<unsigned char>(p[j]) >= 0x20)
                    ++j;
                offset += j - i;
                i = j;
                if (i == size)
                    break;
            }
            const char c = p[i];
            if (inString) {
                if (escape) {
                    escape = false;
                } else if (c == '\\') {
                    escape = true;
                } else if (c == '"') {
                    inString = false;
                    if (stringIsKey) {
                        // Only the keys on the way to the items matter; keep them short.
                        const Role at = stack.constLast().role;
                        nextRole = Other;
                        if (at == TopObject && foldKey(key) == u"result") {
                            nextRole = ResultObject;
                            ++results;
                        } else if (at == ResultObject && foldKey(key) == u"data") {
                            nextRole = Items;
                            ++datas;
                        }
                        expect = Expect::Colon;
                    } else {
                        valueDone();
                    }
                } else if (static_cast<unsigned char>(c) < 0x20) {
                    return malformed(
                        tr("a control character inside the string starting at byte %1, at byte %2")
                            .arg(stringStart)
                            .arg(offset));
                } else if (keyMatters && key.size() < 64) {
                    key.append(c);
                }
                continue;
            }
            if (inBare) {
                if (isBareByte(c)) {
                    if (bare.size() < 400)
                        bare.append(c);
                    continue;
                }
                if (!endBare())
                    return badBare();
            }
            if (isSpace(c))
                continue;
            // The BOM some editors write is left for PayloadReader to judge, as for a whole file.
            if (offset < 3 && !sawValue &&
                (offset == 0   ? c == '\xEF'
                 : offset == 1 ? c == '\xBB'
                               : c == '\xBF'))
                continue;

            auto open = [&](char bracket) {
                Role role = nextRole;
                if (stack.isEmpty())
                    role = bracket == '[' ? Items : TopObject;
                else if ((role == ResultObject && bracket != '{') || (role == Items && bracket != '['))
                    role = Other;
                if (!stack.isEmpty() && stack.constLast().role == Items)
                    ++items;
                if (role == Items) {
                    if (m_arrayOpen >= 0)
                        notStreamable = tr("there is more than one item array");
                    m_arrayOpen = offset;
                }
                stack.append(Frame{bracket, offset, role});
                nextRole = Other;
                expect = bracket == '[' ? Expect::ValueOrClose : Expect::KeyOrClose;
            };
            auto close = [&](char bracket) -> bool {
                const char wanted = bracket == ']' ? '[' : '{';
                if (stack.isEmpty() || stack.constLast().open != wanted)
                    return false;
                if (stack.constLast().role == Items)
                    m_arrayClose = offset;
                stack.removeLast();
                valueDone();
                return true;
            };
            auto unbalanced = [&](char bracket) {
                if (stack.isEmpty())
                    return malformed(tr("unbalanced brackets: '%1' at byte %2 closes nothing")
                                         .arg(QLatin1Char(bracket))
                                         .arg(offset));
                return malformed(
                    tr("unbalanced brackets: '%1' at byte %2 does not close the '%3' opened at byte %4")
                        .arg(QLatin1Char(bracket))
                        .arg(offset)
                        .arg(QLatin1Char(stack.constLast().open))
                        .arg(stack.constLast().at));
            };

            switch (expect) {
            case Expect::Value:
            case Expect::ValueOrClose:
                if (!sawValue && c != '[' && c != '{') {
                    // XML, a bare scalar...: not ours to judge here.
                    m_error = tr("the file does not start with a JSON array or object");
                    return Status::NotStreamable;
                }
                sawValue = true;
                if (c == '"' || isBareByte(c)) {
                    if (stack.constLast().role == Items)
                        ++items;
                    nextRole = Other;
                    if (c == '"') {
                        inString = true;
                        stringIsKey = false;
                        keyMatters = false;
                        stringStart = offset;
                    } else {
                        inBare = true;
                        bareStart = offset;
                        bare = QByteArray(1, c);
                    }
                } else if (c == '[' || c == '{') {
                    open(c);
                } else if ((c == ']' || c == '}') && expect == Expect::ValueOrClose) {
                    if (!close(c))
                        return unbalanced(c);
                } else if (c == ']' || c == '}') {
                    return malformed(tr("a value is missing before '%1' at byte %2 (a comma too many?)")
                                         .arg(QLatin1Char(c))
                                         .arg(offset));
                } else {
                    return malformed(tr("unexpected '%1' at byte %2 where a value should be")
                                         .arg(QLatin1Char(c))
                                         .arg(offset));
                }
                break;
            case Expect::KeyOrClose:
            case Expect::Key:
                if (c == '"') {
                    inString = true;
                    stringIsKey = true;
                    stringStart = offset;
                    keyMatters =
                        stack.constLast().role == TopObject || stack.constLast().role == ResultObject;
                    if (keyMatters)
                        key.clear();
                } else if (c == '}' && expect == Expect::KeyOrClose) {
                    close(c);
                } else if (c == '}' || c == ']') {
                    if (c == ']')
                        return unbalanced(c);
                    return malformed(
                        tr("a key is missing before '}' at byte %1 (a comma too many?)").arg(offset));
                } else {
                    return malformed(tr("unexpected '%1' at byte %2 where a key in quotes should be")
                                         .arg(QLatin1Char(c))
                                         .arg(offset));
                }
                break;
            case Expect::Colon:
                if (c != ':')
                    return malformed(tr("expected ':' after a key at byte %1, found '%2'")
                                         .arg(offset)
                                         .arg(QLatin1Char(c)));
                expect = Expect::Value;
                break;
            case Expect::CommaOrClose:
                if (c == ',') {
                    expect = stack.constLast().open == '{' ? Expect::Key : Expect::Value;
                } else if (c == ']' || c == '}') {
                    if (!close(c))
                        return unbalanced(c);
                } else {
                    return malformed(tr("expected ',' or a closing bracket at byte %1, found '%2'")
                                         .arg(offset)
                                         .arg(QLatin1Char(c)));
                }
                break;
            case Expect::End:
                if (c == ']' || c == '}')
                    return unbalanced(c);
                return malformed(tr("garbage after the end of the document at byte %1").arg(offset));
            }
        }
    }
    if (inString)
        return malformed(tr("unterminated string starting at byte %1").arg(stringStart));
    if (inBare && !endBare())
        return badBare();
    if (!sawValue) {
        m_error = tr("the document is empty");
        return Status::NotStreamable;
    }
    if (!stack.isEmpty())
        return malformed(
            tr("unbalanced brackets: the document ends at byte %1 with the '%2' opened at byte %3 "
               "still open")
                .arg(offset)
                .arg(QLatin1Char(stack.constLast().open))
                .arg(stack.constLast().at));
    if (expect != Expect::End)
        return malformed(tr("the document ends at byte %1 in the middle of a value").arg(offset));

    if (results > 1 || datas > 1)
        notStreamable = tr("\"result\" or \"data\" appears twice");
    else if (m_arrayOpen < 0)
        notStreamable = tr("no item array found (neither a top-level array nor result.data)");
    else if (m_arrayOpen > MaxFrameBytes || offset - m_arrayClose - 1 > MaxFrameBytes)
        notStreamable =
            tr("the bytes around the item array are larger than %1 MB").arg(MaxFrameBytes / (1024 * 1024));
    if (!notStreamable.isEmpty()) {
        m_error = notStreamable;
        return Status::NotStreamable;
    }
    m_itemCount = items;

    // The frame every window is wrapped in.
    if (!m_device->seek(0))
        return malformed(tr("cannot be read: %1").arg(m_device->errorString()));
    m_prefix = m_device->read(m_arrayOpen);
    if (!m_device->seek(m_arrayClose + 1))
        return malformed(tr("cannot be read: %1").arg(m_device->errorString()));
    m_suffix = m_device->read(offset - m_arrayClose - 1);
    if (!rewind())
        return Status::Malformed;
    return Status::Streamable;
}

bool PayloadStream::rewind() {
    m_chunk.clear();
    m_pos = 0;
    m_chunkOffset = m_arrayOpen + 1;
    m_itemsGiven = 0;
    m_windowGiven = false;
    if (!m_device->seek(m_chunkOffset)) {
        m_error = tr("cannot be read: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

bool PayloadStream::readChunk() {
    m_chunkOffset += m_chunk.size();
    m_chunk = m_device->read(m_chunkBytes);
    m_pos = 0;
    if (m_chunk.isEmpty()) {
        // open() saw the array's end: the file has been cut or changed since.
        m_error = readError();
        if (m_error.isEmpty())
            m_error = tr("the file changed while it was being read (it ends at byte %1)").arg(m_chunkOffset);
        return false;
    }
    return true;
}

bool PayloadStream::next(qsizetype maxItems, Window *window) {
    if (m_arrayOpen < 0)
        return false;
    maxItems = std::max<qsizetype>(maxItems, 1);
    *window = Window{};
    window->firstItem = m_itemsGiven;
    if (m_itemsGiven >= m_itemCount) {
        if (m_windowGiven)
            return false;
        // An empty array: one window with no items, for the frame's sake.
        m_windowGiven = true;
        window->fileOffset = m_arrayClose;
        window->document = m_prefix + "[]" + m_suffix;
        return true;
    }

    // open() checked the syntax: strings, escapes and depth are all that separate one item from the next. The
    // items' bytes go straight into the window's document, between the frame's two parts, in room for as many
    // bytes as the window before took.
    QByteArray &items = window->document;
    items.reserve(std::max(m_lastWindowBytes, m_prefix.size() + m_suffix.size() + 1024));
    items.append(m_prefix).append('[');
    int depth = 0;
    bool inString = false, escape = false, inItem = false, started = false;
    qsizetype seg = m_pos; // where the bytes still to copy start in m_chunk
    qsizetype count = 0;
    while (true) {
        if (m_pos >= m_chunk.size()) {
            if (started)
                items.append(m_chunk.constData() + seg, m_chunk.size() - seg);
            if (!readChunk())
                return false;
            seg = 0;
        }
        if (inString && !escape) {
            // Inside a string only a quote or a backslash matters: skip to the next one.
            const char *d = m_chunk.constData();
            const qsizetype limit = qsizetype(std::min<qint64>(m_chunk.size(), m_arrayClose - m_chunkOffset));
            while (m_pos < limit && d[m_pos] != '"' && d[m_pos] != '\\')
                ++m_pos;
            if (m_pos >= m_chunk.size())
                continue;
        }
        const char c = m_chunk.at(m_pos);
        const qint64 offset = m_chunkOffset + m_pos;
        if (offset >= m_arrayClose) {
            if (inItem)
                ++count;
            if (started)
                items.append(m_chunk.constData() + seg, m_pos - seg);
            break;
        }
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
        } else if (depth == 0 && c == ',') {
            ++count;
            inItem = false;
            if (count == maxItems) {
                items.append(m_chunk.constData() + seg, m_pos - seg);
                ++m_pos; // past the comma
                break;
            }
        } else if (!isSpace(c)) {
            if (!inItem) {
                inItem = true;
                if (!started) {
                    started = true;
                    seg = m_pos;
                    window->fileOffset = offset;
                }
            }
            if (c == '"')
                inString = true;
            else if (c == '[' || c == '{')
                ++depth;
            else if (c == ']' || c == '}')
                --depth;
        }
        ++m_pos;
    }
    items.append(']').append(m_suffix);
    m_lastWindowBytes = items.size();
    m_itemsGiven += count;
    m_windowGiven = true;
    window->items = count;
    return true;
}

} // namespace btxh
