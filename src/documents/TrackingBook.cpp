// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrackingBook.h"

#include "CaseTiming.h"
#include "DocumentText.h"
#include "PageSetup.h"
#include "PagedDocument.h"
#include "WrappedText.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <vector>

namespace btxh::documents {

namespace {

// Relative widths of the ten columns, in their order; the address and the procedure get the most room.
constexpr qreal ColumnWeights[] = {3.5, 17, 13, 19, 16, 7.5, 7, 7, 7, 9};
constexpr int ColumnCount = int(std::size(ColumnWeights));
constexpr qreal BodyPoints = 8;
constexpr qreal TitlePoints = 13;

// Paints the pages: the title block on the first, the column header on every one, lines, page numbers.
class BookPainter {
public:
    BookPainter(QPagedPaintDevice *device, QPainter &painter, const QStringList &titles)
        : m_device(device)
        , m_painter(painter)
        , m_titles(titles)
        , m_body(PageSetup::bodyFont(BodyPoints))
        , m_bold(m_body)
        , m_footerFont(PageSetup::bodyFont(7)) {
        m_bold.setBold(true);
        const qreal width = device->width();
        qreal total = 0;
        for (qreal w : ColumnWeights)
            total += w;
        qreal x = 0;
        for (qreal w : ColumnWeights) {
            m_left.push_back(x);
            m_width.push_back(width * w / total);
            x += width * w / total;
        }
        m_padding = QFontMetricsF(m_body, device).height() * 0.25;
        m_footerHeight = QFontMetricsF(m_footerFont, device).height() * 2;
        m_bottom = device->height() - m_footerHeight;
    }

    qreal drawTitle(const QStringList &lines) {
        QFont title = PageSetup::bodyFont(TitlePoints);
        title.setBold(true);
        const qreal width = m_device->width();
        qreal y = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).isEmpty())
                continue;
            const WrappedText t(lines.at(i), i == 0 ? title : m_body, width, m_device);
            m_painter.save();
            m_painter.setFont(i == 0 ? title : m_body);
            t.draw(&m_painter, QPointF(0, y));
            m_painter.restore();
            y += t.height() + m_padding;
        }
        return y + m_padding * 2;
    }

    void startPage(qreal top) {
        m_y = top;
        drawRow(m_titles, m_bold, true);
        m_rowsOnPage = 0;
    }

    // The line's height, laid out once; it goes on a new page when it would not fit on this one.
    bool fits(const std::vector<WrappedText> &cells) const {
        return m_rowsOnPage == 0 || m_y + rowHeight(cells) <= m_bottom;
    }

    std::vector<WrappedText> layout(const QStringList &texts, const QFont &font) const {
        std::vector<WrappedText> cells;
        cells.reserve(size_t(ColumnCount));
        for (int c = 0; c < ColumnCount; ++c)
            cells.emplace_back(texts.value(c), font, m_width[size_t(c)] - 2 * m_padding, m_device);
        return cells;
    }

    void drawRow(const QStringList &texts, const QFont &font, bool shaded) {
        drawCells(layout(texts, font), shaded);
    }

    void drawCells(const std::vector<WrappedText> &cells, bool shaded) {
        const qreal h = std::min(rowHeight(cells), m_bottom - m_y);
        if (shaded)
            m_painter.fillRect(QRectF(0, m_y, m_device->width(), h), QColor(0xee, 0xee, 0xee));
        m_painter.save();
        m_painter.setPen(QPen(Qt::black, 0));
        for (int c = 0; c < ColumnCount; ++c) {
            const QRectF cell(m_left[size_t(c)], m_y, m_width[size_t(c)], h);
            m_painter.save();
            m_painter.setClipRect(cell);
            cells[size_t(c)].draw(&m_painter, cell.topLeft() + QPointF(m_padding, m_padding));
            m_painter.restore();
            m_painter.drawRect(cell);
        }
        m_painter.restore();
        m_y += h;
        ++m_rowsOnPage;
    }

    void drawFooter(int page, const QString &left) {
        m_painter.save();
        m_painter.setFont(m_footerFont);
        const QRectF area(0, m_bottom, m_device->width(), m_footerHeight);
        m_painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom, left);
        m_painter.drawText(area, Qt::AlignRight | Qt::AlignBottom, PagedDocument::pageFooter(page, 0));
        m_painter.restore();
    }

    const QFont &bodyFont() const { return m_body; }

private:
    qreal rowHeight(const std::vector<WrappedText> &cells) const {
        qreal h = 0;
        for (const WrappedText &t : cells)
            h = std::max(h, t.height());
        return h + 2 * m_padding;
    }

    QPagedPaintDevice *m_device;
    QPainter &m_painter;
    QStringList m_titles;
    QFont m_body, m_bold, m_footerFont;
    std::vector<qreal> m_left, m_width;
    qreal m_padding = 0, m_footerHeight = 0, m_bottom = 0, m_y = 0;
    int m_rowsOnPage = 0;
};

} // namespace

TrackingBook::TrackingBook(const PrintContext &context, QString office, QString subtitle)
    : m_context(context)
    , m_office(std::move(office))
    , m_subtitle(std::move(subtitle)) {}

QStringList TrackingBook::columnTitles() {
    return {tr("No."),      tr("Dossier code"), tr("Applicant"), tr("Address"),         tr("Procedure"),
            tr("Received"), tr("Due"),          tr("Finished"),  tr("On time or late"), tr("Notes")};
}

QStringList TrackingBook::cells(qint64 number, const BookEntry &entry) const {
    const DocumentText text(m_context, entry.row.fields);
    const Record &f = entry.row.fields;
    Dossier dossier;
    dossier.fields = f;
    const CaseTiming timing = CaseTiming::of(entry.due, m_context.now.date());
    QString procedure = f.value(int(DossierField::TenTTHC)).simplified();
    if (procedure.isEmpty())
        procedure = text.field(dossier, DossierField::MaTTHC);
    return {QString::number(number),
            entry.row.code,
            f.value(int(DossierField::HoVaTen)).simplified(),
            text.address(dossier),
            procedure,
            DocumentText::dateTime(f.value(int(DossierField::NgayTiepNhan))),
            DocumentText::date(timing.due),
            DocumentText::date(timing.finished),
            timing.label(),
            text.field(dossier, DossierField::StatusId)};
}

TrackingBook::Outcome TrackingBook::print(QPagedPaintDevice *device, TrackingBookSource &source,
                                          const Progress &progress, QString *error) const {
    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("the book cannot be printed there (is the file writable?)");
        return Outcome::Failed;
    }
    BookPainter book(device, painter, columnTitles());
    const QString title = tr("DOSSIER TRACKING BOOK");
    const qint64 total = source.total();
    QStringList heading{title, m_office, m_subtitle,
                        tr("Printed on %1; %n dossier(s).", nullptr, int(std::max<qint64>(total, 0)))
                            .arg(DocumentText::dateTime(m_context.now))};
    if (total < 0)
        heading.removeLast();
    int page = 1;
    book.startPage(book.drawTitle(heading));
    BookEntry entry;
    qint64 done = 0;
    while (source.next(&entry)) {
        const std::vector<WrappedText> line = book.layout(cells(done + 1, entry), book.bodyFont());
        if (!book.fits(line)) {
            book.drawFooter(page, title);
            device->newPage();
            ++page;
            book.startPage(0);
        }
        book.drawCells(line, false);
        ++done;
        if (progress && !progress(done, total)) {
            painter.end();
            return Outcome::Cancelled;
        }
    }
    if (!source.error().isEmpty()) {
        painter.end();
        *error = source.error();
        return Outcome::Failed;
    }
    if (done == 0) {
        painter.save();
        painter.setFont(book.bodyFont());
        painter.drawText(QPointF(0, device->height() / 3.0), tr("No dossier matches the filter."));
        painter.restore();
    }
    book.drawFooter(page, title);
    if (!painter.end()) {
        *error = tr("the book could not be finished");
        return Outcome::Failed;
    }
    return Outcome::Printed;
}

} // namespace btxh::documents
