#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace dtr::test {

// Runs `prepare` on the next visible top-level widget of type T once the event loop shows it —
// the way a test drives a modal dialog that exec() is about to open.
template <typename T>
void whenShown(std::function<void(T *)> prepare)
{
    QTimer::singleShot(0, [prepare] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<T *>(w); d && d->isVisible()) {
                prepare(d);
                return;
            }
        }
        whenShown<T>(prepare);
    });
}

} // namespace dtr::test
