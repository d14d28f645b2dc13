#pragma once

#include <QLabel>

namespace dtr {

// The message line of a settings page: what a load or save did, or – in red – why it could not.
class SettingsMessage : public QLabel
{
public:
    explicit SettingsMessage(QWidget *parent = nullptr)
        : QLabel(parent)
    {
        setWordWrap(true);
    }
    void showNote(const QString &text)
    {
        setStyleSheet({});
        setText(text);
    }
    // Shows the problem and hands it on (to *error, when given).
    bool showProblem(const QString &text, QString *error)
    {
        setStyleSheet(QStringLiteral("color: #b00020;"));
        setText(text);
        if (error)
            *error = text;
        return false;
    }
};

} // namespace dtr
