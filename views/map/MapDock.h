#pragma once

#include "map/RegisterMap.h"

#include <QDockWidget>
#include <QSet>
#include <QTimer>

class QComboBox;
class QLabel;
class QAction;
class QVBoxLayout;

namespace dtr {

class MainWindow;
class MapWidget;

// The "Kort" dock: the map of the open register beside the tree, linked both ways (a click on a
// point selects its record; the tree's selection is ringed on the map and, on request or with
// "Følg valget", centred), showing what the tree's filters and search let through, coloured as
// chosen. install() adds it and its Vis → Kort action (Ctrl+5) to a main window.
class MapDock : public QDockWidget
{
    Q_OBJECT

public:
    static MapDock *install(MainWindow &window);

    // The map itself, made the first time it is needed (it needs the municipality boundaries,
    // which are parsed after the window's first paint).
    MapWidget *mapWidget();
    const RegisterMap &registerMap() const { return m_map; }
    // Brings the points up to date now (normally done shortly after a change).
    void refreshNow();
    void chooseImageFile();

private:
    explicit MapDock(MainWindow &window);
    void bindSession();
    void unbindSession();
    void scheduleRefresh();
    void selectionChanged();

    MainWindow &m_window;
    RegisterMap m_map;
    MapWidget *m_widget = nullptr; // until the map is first shown or asked for
    QVBoxLayout *m_layout;         // the body's, where the widget goes
    QComboBox *m_colouring;
    QLabel *m_legend;
    QAction *m_follow;
    QTimer m_timer;         // gathers bursts of changes into one update
    bool m_rebuild = false; // every record to be read again
    QSet<int> m_dirty;      // records to be read again
    bool m_fitted = false;  // the view was fitted to this workspace's points
    bool m_sized = false;   // given its first width
    bool m_stale = false;   // changed while hidden
};

} // namespace dtr
