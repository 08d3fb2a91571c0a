// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateEdit>

#include <functional>

namespace ntm::gui {

/// A date field that takes a typed date exactly or refuses it with a message naming the field; it never changes what
/// was typed into another date. Typing starts over the whole date wherever the field was clicked ("31122016" or
/// "31/12/2016" give 31/12/2016); the separators come by themselves; a date that does not exist (31/02/2020) or lies
/// outside the allowed range is refused on Enter or when focus leaves, with the reason shown beside the field, and the
/// date stays what it was. Arrow keys, the mouse wheel and the calendar work as in QDateEdit. An optional field (its
/// special value text, "—", means "no date") takes typing over the dash at once, is cleared by erasing its text, and
/// opens its calendar on a sensible month (setEmptyMonth) instead of January 1900.
class DateEdit final : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget* parent = nullptr);

    /// The month the calendar opens on while an optional field has no date (default: today's).
    void setEmptyMonth(std::function<QDate()> month);
    /// The text typed and not yet taken ("31/02/20"), empty when the field shows its date.
    QString pendingText() const { return m_typing ? m_text : QString(); }
    /// The last refusal shown, for tests and for accessibility.
    QString lastRefusal() const { return m_lastRefusal; }
    /// The field's name as its label shows it ("Decision date"), for messages.
    QString fieldName() const;
    /// A form shows the refusals beside the field itself (FieldErrors): no tooltip then.
    void setRefusalShownByForm(bool byForm) { m_refusalShownByForm = byForm; }

Q_SIGNALS:
    /// A typed date was refused; `message` names the field and the reason.
    void refused(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void fixup(QString& input) const override;
    QValidator::State validate(QString& input, int& pos) const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool isOptional() const;
    bool typeKey(QKeyEvent* event);
    void setTyped(const QString& text, int cursor);
    /// Takes the typed text when it is a whole date; returns false (and shows why) when it must be refused.
    bool settle(bool final);
    void refuse(const QString& reason);
    void stopTyping();

    bool m_typing = false;
    QString m_text;
    QString m_lastRefusal;
    std::function<QDate()> m_emptyMonth;
    bool m_refusalShownByForm = false;
};

} // namespace ntm::gui
