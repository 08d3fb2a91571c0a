// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DateEdit.h"

#include "util/Dates.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QToolTip>

#include <algorithm>

namespace ntm::gui {

namespace {
constexpr int kDigits = 8; // ddMMyyyy
constexpr int kRefusalShownMs = 10000;

const QRegularExpression& wholeDate()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})$"));
    return re;
}

const QRegularExpression& partDate()
{
    static const QRegularExpression re(QStringLiteral("^\\d{0,2}([/.\\-]\\d{0,2}([/.\\-]\\d{0,4})?)?$"));
    return re;
}

/// True for text in the form the field writes itself: digits, with '/' at positions 2 and 5 ("31/12/2", "03/").
bool inOwnForm(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if ((i == 2 || i == 5) ? text.at(i) != u'/' : !text.at(i).isDigit()) {
            return false;
        }
    }
    return true;
}

bool isSeparator(const QString& t)
{
    return t == QLatin1String("/") || t == QLatin1String(".") || t == QLatin1String("-");
}

/// Digits in the form the field writes itself: "3112201" is "31/12/201".
QString ownForm(const QString& digits)
{
    QString out = digits.left(2);
    if (digits.size() > 2) {
        out += QLatin1Char('/') + digits.mid(2, 2);
    }
    if (digits.size() > 4) {
        out += QLatin1Char('/') + digits.mid(4);
    }
    return out;
}
} // namespace

DateEdit::DateEdit(QWidget* parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setCalendarPopup(true);
    lineEdit()->installEventFilter(this);
    if (QCalendarWidget* calendar = calendarWidget()) {
        calendar->window()->installEventFilter(this);
    }
    // A date set another way (the calendar, the arrows, the program) ends what was being typed.
    connect(this, &QDateEdit::dateChanged, this, [this] {
        if (m_typing) {
            stopTyping();
        }
    });
}

void DateEdit::setEmptyMonth(std::function<QDate()> month)
{
    m_emptyMonth = std::move(month);
}

bool DateEdit::isOptional() const
{
    return !specialValueText().isEmpty();
}

QString DateEdit::fieldName() const
{
    for (const QLabel* label : window()->findChildren<QLabel*>()) {
        if (label->buddy() == this) {
            QString text = label->text().remove(QLatin1Char('&')).trimmed();
            if (text.endsWith(QLatin1Char(':'))) {
                text.chop(1);
            }
            return text;
        }
    }
    return accessibleName().isEmpty() ? tr("Date") : accessibleName();
}

void DateEdit::setTyped(const QString& text, int cursor)
{
    m_text = text;
    // Signals blocked: QDateTimeEdit would read the half-typed text as sections and put its old date back.
    const QSignalBlocker block(lineEdit());
    lineEdit()->setText(text);
    lineEdit()->setCursorPosition(std::clamp(cursor, 0, static_cast<int>(text.size())));
}

void DateEdit::stopTyping()
{
    m_typing = false;
    m_text.clear();
}

bool DateEdit::typeKey(QKeyEvent* event)
{
    const QString t = event->text();
    const bool plain = !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
    const bool digit = t.size() == 1 && t.at(0) >= u'0' && t.at(0) <= u'9';
    const int key = event->key();
    const bool erase = key == Qt::Key_Backspace || key == Qt::Key_Delete;
    const bool move = key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Home || key == Qt::Key_End;
    if (plain && !t.isEmpty() && t.at(0).isPrint() && !digit && !isSeparator(t)) {
        return true; // a letter or another sign: a date has none, nothing is typed
    }
    if (!plain || !(digit || isSeparator(t) || erase || (m_typing && move))) {
        return false;
    }
    if (!m_typing) {
        // Typing starts over the whole date; erasing starts from the date shown (none for "—"), keeping what is
        // selected in it.
        m_typing = true;
        const bool shownEmpty = isOptional() && date() == minimumDate();
        const int selectionStart = lineEdit()->selectionStart();
        const auto selected = static_cast<int>(lineEdit()->selectedText().size());
        setTyped(erase && !shownEmpty ? text() : QString(), erase ? lineEdit()->cursorPosition() : 0);
        if (erase && !shownEmpty && selected > 0) {
            const QSignalBlocker block(lineEdit());
            lineEdit()->setSelection(selectionStart, selected);
        }
    }
    QString typed = m_text;
    int cursor = lineEdit()->cursorPosition();
    if (lineEdit()->hasSelectedText() && (digit || isSeparator(t) || erase)) {
        const int start = lineEdit()->selectionStart();
        typed.remove(start, lineEdit()->selectedText().size());
        cursor = start;
    } else if (key == Qt::Key_Backspace && cursor > 0) {
        typed.remove(--cursor, 1);
    } else if (key == Qt::Key_Delete) {
        typed.remove(cursor, 1);
    }
    if (move) {
        cursor = key == Qt::Key_Home  ? 0
                 : key == Qt::Key_End ? static_cast<int>(typed.size())
                                      : cursor + (key == Qt::Key_Right ? 1 : -1);
        setTyped(typed, cursor);
        return true;
    }
    if ((digit || isSeparator(t)) && cursor == typed.size() && inOwnForm(typed)) {
        // At the end of text in the field's own form, the separators come by themselves: "31/12" and "2" give
        // "31/12/2"; a "/" where one belongs is taken as that one.
        QString digits = typed;
        digits.remove(u'/');
        typed = digit ? ownForm(digits + t) : (typed.size() == 2 || typed.size() == 5) ? typed + u'/' : typed + t;
        cursor = static_cast<int>(typed.size());
    } else if (digit || isSeparator(t)) {
        typed.insert(cursor, t); // the user's own separators ("1/2/2020") or a change inside: as typed
        ++cursor;
    }
    QString digitsOnly = typed;
    digitsOnly.remove(QRegularExpression(QStringLiteral("\\D")));
    if (!partDate().match(typed).hasMatch() || digitsOnly.size() > kDigits) {
        return true; // not a keystroke a date can take: the text stays as it was
    }
    setTyped(typed, cursor);
    if (!erase) {
        settle(false);
    }
    return true;
}

bool DateEdit::settle(bool final)
{
    const QString text = m_text.trimmed();
    if (text.isEmpty()) {
        if (!final) {
            return true;
        }
        if (isOptional()) {
            stopTyping();
            setDate(minimumDate()); // erased on purpose: no date
            return true;
        }
        refuse(tr("enter a date as dd/mm/yyyy"));
        return false;
    }
    const QRegularExpressionMatch m = wholeDate().match(text);
    if (!m.hasMatch()) {
        if (final) {
            refuse(tr("“%1” is not a whole date; write it as dd/mm/yyyy").arg(text));
        }
        return !final;
    }
    const QDate typed(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!typed.isValid()) {
        refuse(tr("%1 is not a date in the calendar").arg(text));
        return false;
    }
    const QDate lowest = isOptional() ? minimumDate().addDays(1) : minimumDate();
    if (typed < lowest || typed > maximumDate()) {
        refuse(tr("%1 is outside the dates this field takes (%2 to %3)")
                   .arg(core::dates::toDisplay(typed), core::dates::toDisplay(lowest),
                        core::dates::toDisplay(maximumDate())));
        return false;
    }
    stopTyping();
    setDate(typed); // also when the date is the same: the text is shown the house way ("1/1/2016" → 01/01/2016)
    return true;
}

void DateEdit::refuse(const QString& reason)
{
    m_lastRefusal = tr("%1: %2. The date was not taken.").arg(fieldName(), reason);
    if (!m_refusalShownByForm) {
        // Beside the field, not under it: a tooltip below would lie over the next field and swallow its click.
        QToolTip::showText(mapToGlobal(QPoint(width() + 4, 0)), m_lastRefusal, this, QRect(), kRefusalShownMs);
    }
    Q_EMIT refused(m_lastRefusal);
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    if (typeKey(event)) {
        event->accept();
        return;
    }
    const int key = event->key();
    if (m_typing && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        if (!settle(true)) {
            event->accept(); // refused: Enter does not also press the dialog's default button
            return;
        }
    } else if (m_typing && key == Qt::Key_Escape) {
        stopTyping();
        setDate(date()); // back to the date shown before typing
        event->accept();
        return;
    } else if (m_typing &&
               (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown)) {
        event->accept(); // stepping applies to a date, not to half-typed text
        return;
    }
    QDateEdit::keyPressEvent(event);
}

void DateEdit::focusInEvent(QFocusEvent* event)
{
    stopTyping();
    QDateEdit::focusInEvent(event);
}

void DateEdit::focusOutEvent(QFocusEvent* event)
{
    if (m_typing) {
        // Refused text is said so, then the field shows its date again.
        if (event->reason() != Qt::PopupFocusReason) {
            settle(true);
        }
        stopTyping();
        setDate(date()); // the field shows its date again
    }
    QDateEdit::focusOutEvent(event);
}

bool DateEdit::focusNextPrevChild(bool next)
{
    if (m_typing) {
        settle(true);
        stopTyping();
        setDate(date());
    }
    // Tab leaves the field, as in any other field of a form (not the next section of the date).
    return QAbstractSpinBox::focusNextPrevChild(next);
}

QValidator::State DateEdit::validate(QString& input, int& pos) const
{
    // While a date is being typed, QDateTimeEdit's own parser must not see it: it "corrects" 31/02 into 28/02 and
    // the line edit would show the correction. settle() decides when the typing is done.
    if (m_typing) {
        return QValidator::Intermediate;
    }
    return QDateEdit::validate(input, pos);
}

void DateEdit::fixup(QString&) const
{
    // Nothing is corrected silently: a date that cannot be read is refused (settle), never turned into another.
}

bool DateEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == lineEdit() && m_typing &&
        (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)) {
        // A click while typing moves the cursor in the typed text (QDateTimeEdit would put its old date back).
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const QSignalBlocker block(lineEdit());
        if (event->type() == QEvent::MouseButtonDblClick) {
            lineEdit()->selectAll();
        } else {
            lineEdit()->setCursorPosition(lineEdit()->cursorPositionAt(mouse->position().toPoint()));
        }
        return true;
    }
    if (calendarWidget() && watched == calendarWidget()->window() && event->type() == QEvent::Show && isOptional() &&
        date() == minimumDate()) {
        // No date yet: the calendar opens on a month worth looking at, not on January 1900.
        const QDate month = m_emptyMonth ? m_emptyMonth() : QDate::currentDate();
        calendarWidget()->setCurrentPage(month.year(), month.month());
    }
    return QDateEdit::eventFilter(watched, event);
}

} // namespace ntm::gui
