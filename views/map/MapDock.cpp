#include "MapDock.h"

#include "MapWidget.h"
#include "changes/ChangeSet.h"
#include "files/FileDialogs.h"
#include "item/RegisterFilterModel.h"
#include "item/RegisterTreeModel.h"
#include "mainwindow/MainWindow.h"
#include "session/Session.h"
#include "tree/FilterBar.h"
#include "validation/Validator.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace dtr {

namespace {
constexpr int UpdateDelayMs = 60;
}

MapDock *MapDock::install(MainWindow &window)
{
    auto *dock = new MapDock(window);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    QAction *show = dock->toggleViewAction();
    show->setObjectName(QStringLiteral("showMap"));
    show->setText(tr("K&ort"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    show->setStatusTip(tr("Vis anvisningsenheder og alternative adresser på et kort over kommunerne"));
    // The first time it is shown (no remembered layout), it takes a good part of the window's width.
    QObject::connect(show, &QAction::triggered, dock, [dock, &window](bool on) {
        if (on && !dock->m_sized)
            QTimer::singleShot(0, dock, [dock, &window] {
                if (dock->width() < window.width() / 3)
                    window.resizeDocks({dock}, {window.width() * 2 / 5}, Qt::Horizontal);
            });
        dock->m_sized = true;
    });
    if (auto *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->addAction(show);
    else
        window.addAction(show);
    return dock;
}

MapDock::MapDock(MainWindow &window)
    : QDockWidget(tr("Kort"), &window)
    , m_window(window)
    , m_colouring(new QComboBox)
    , m_legend(new QLabel)
{
    setObjectName(QStringLiteral("mapDock"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(UpdateDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &MapDock::refreshNow);

    auto *bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));
    auto *colourLabel = new QLabel(tr("&Farve efter:"));
    colourLabel->setBuddy(m_colouring);
    for (MapColouring c : {MapColouring::Findings, MapColouring::Review, MapColouring::Changes})
        m_colouring->addItem(MapRenderer::colouringLabel(c), int(c));
    m_colouring->setObjectName(QStringLiteral("mapColouring"));
    connect(m_colouring, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_widget)
            return; // the widget takes the colouring when it is made
        m_widget->setColouring(MapColouring(m_colouring->currentData().toInt()));
        m_legend->setText(m_widget->legendHtml());
    });
    // Short texts on the buttons (the dock is often narrow); the full name in the tooltip.
    const auto add = [this, bar](const char *name, const QString &text, const QString &full, const QKeySequence &key,
                                 auto slot) {
        QAction *a = bar->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(key.isEmpty() ? full
                                    : QStringLiteral("%1 (%2)").arg(full, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    add("mapZoomKommune", tr("&Kommune"), tr("Zoom til kommune"), QKeySequence(Qt::Key_K), [this] {
        const int k = m_window.selectedKommune();
        if (k > 0)
            mapWidget()->zoomToKommune(k);
    });
    add("mapZoomAll", tr("&Alle"), tr("Zoom til alle"), QKeySequence(Qt::Key_Home),
        [this] { mapWidget()->zoomToAll(); });
    add("mapCentre", tr("&Centrér"), tr("Centrér på valgte"), QKeySequence(Qt::Key_C),
        [this] { mapWidget()->centreOnRecord(m_window.selectedRecord()); });
    m_follow = add("mapFollow", tr("&Følg valget"),
                   tr("Flyt kortet til den post, der vælges i træet, når den ligger uden for billedet"), QKeySequence(),
                   [this] { selectionChanged(); });
    m_follow->setCheckable(true);
    bar->addSeparator();
    add("mapSaveImage", tr("&PNG…"), tr("Gem kortet som PNG-billede"), QKeySequence(), [this] { chooseImageFile(); });

    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    m_layout = layout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *colourRow = new QHBoxLayout;
    colourRow->setContentsMargins(6, 2, 6, 0);
    colourRow->addWidget(colourLabel);
    colourRow->addWidget(m_colouring, 1);
    layout->addLayout(colourRow);
    layout->addWidget(bar);
    layout->addStretch(1); // the map's place until it is made
    m_legend->setObjectName(QStringLiteral("mapLegend"));
    m_legend->setWordWrap(true);
    m_legend->setContentsMargins(6, 2, 6, 2);
    m_legend->setTextFormat(Qt::RichText);
    layout->addWidget(m_legend);
    setWidget(body);

    Session *session = m_window.session();
    connect(session, &Session::opened, this, &MapDock::bindSession);
    connect(session, &Session::aboutToClose, this, &MapDock::unbindSession);
    connect(session, &Session::reviewMarksChanged, this, &MapDock::scheduleRefresh);
    connect(m_window.filterBar(), &FilterBar::filtersChanged, this, &MapDock::scheduleRefresh);
    connect(m_window.treeView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MapDock::selectionChanged);
    // A hidden map is brought up to date when it is shown again.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        mapWidget();
        if (m_stale)
            refreshNow();
    });
    if (session->isOpen())
        bindSession();
}

MapWidget *MapDock::mapWidget()
{
    if (m_widget)
        return m_widget;
    m_widget = new MapWidget(m_map);
    m_widget->setToolTip(QString()); // the widget answers tooltips itself
    m_widget->setColouring(MapColouring(m_colouring->currentData().toInt()));
    delete m_layout->takeAt(2); // the stretch holding its place
    m_layout->insertWidget(2, m_widget, 1);
    if (widget()->isVisible())
        m_widget->show(); // now, not when the layout gets to it: it is sized and drawn at once
    connect(m_widget, &MapWidget::recordClicked, &m_window, [this](int record) {
        m_window.selectRecord(record);
        m_widget->setSelectedRecord(record);
    });
    Session *session = m_window.session();
    if (session->isOpen()) {
        m_widget->setOverlay(session->changeSet()->overlay());
        m_stale = true; // its points are read at the next refresh
    }
    selectionChanged();
    return m_widget;
}

void MapDock::bindSession()
{
    Session *session = m_window.session();
    // Edits re-read only the records they touched; records that come or go re-read everything.
    const Overlay *overlay = session->changeSet()->overlay();
    connect(overlay, &Overlay::recordChanged, this, [this](int record) { m_dirty.insert(record); });
    connect(overlay, &Overlay::recordMoved, this, [this](int record) { m_dirty.insert(record); });
    connect(overlay, &Overlay::recordInserted, this, [this] { m_rebuild = true; });
    connect(overlay, &Overlay::recordRemoved, this, [this] { m_rebuild = true; });
    connect(session->changeSet(), &ChangeSet::changed, this, &MapDock::scheduleRefresh);
    connect(session->validator(), &Validator::findingsChanged, this, &MapDock::scheduleRefresh);
    if (m_widget)
        m_widget->setOverlay(session->changeSet()->overlay());
    m_fitted = false;
    m_rebuild = true;
    refreshNow();
    selectionChanged();
}

void MapDock::unbindSession()
{
    Session *session = m_window.session();
    if (session->changeSet()) {
        disconnect(session->changeSet(), nullptr, this, nullptr);
        disconnect(session->changeSet()->overlay(), nullptr, this, nullptr);
    }
    m_dirty.clear();
    if (session->validator())
        disconnect(session->validator(), nullptr, this, nullptr);
    m_timer.stop();
    m_map.clear();
    if (m_widget) {
        m_widget->setOverlay(nullptr);
        m_widget->setSelectedRecord(-1);
        m_widget->pointsChanged();
    }
    m_legend->clear();
}

void MapDock::scheduleRefresh()
{
    m_timer.start();
}

void MapDock::refreshNow()
{
    m_timer.stop();
    Session *session = m_window.session();
    if (!session->isOpen())
        return;
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    mapWidget();
    m_stale = false;
    const ChangeSet *changes = session->changeSet();
    if (m_rebuild)
        m_map.rebuild(*changes->overlay());
    else if (!m_dirty.isEmpty())
        m_map.update(*changes->overlay(), m_dirty);
    m_rebuild = false;
    m_dirty.clear();
    const RegisterFilterModel *filter = m_window.filterModel();
    const bool closedShown = filter->activeFilter() == false;
    m_map.refresh(RegisterMap::statusOf(changes, session->validator(), &session->reviewed()),
                  [filter, closedShown](const MapPoint &p) {
                      // Closed records only when the tree is set to show them, or while a
                      // pending change closes them.
                      if (!p.active && !closedShown && !(p.changes & RegisterMap::Closed))
                          return false;
                      return filter->acceptsRecord(p.record);
                  });
    if (!m_fitted && m_map.visibleCount() > 0) {
        m_widget->zoomToAll();
        m_fitted = true;
    }
    m_widget->pointsChanged();
    m_legend->setText(m_widget->legendHtml());
}

void MapDock::selectionChanged()
{
    if (!m_widget)
        return; // a map made later takes the selection then
    const int record = m_window.selectedRecord();
    m_widget->setSelectedRecord(record);
    m_widget->setSelectedKommune(std::max(0, m_window.selectedKommune()));
    if (m_follow->isChecked() && record >= 0 && !m_widget->isOnScreen(record))
        m_widget->centreOnRecord(record);
}

void MapDock::chooseImageFile()
{
    const QString path = FileDialogs::saveFile(this, FileDialogs::Kind::Exports, tr("Gem kortet"), tr("kort.png"),
                                               tr("PNG-billede (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!mapWidget()->saveImage(path, &error)) {
        QMessageBox::warning(this, tr("Kortet kan ikke gemmes"), error);
        return;
    }
    m_window.statusBar()->showMessage(tr("Kortet er gemt i %1").arg(QDir::toNativeSeparators(path)), 8000);
}

} // namespace dtr
