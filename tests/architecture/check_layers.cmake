# The layer rules of DESIGN.md, checked on every test run (cmake -DSOURCE_DIR=… -P check_layers.cmake):
#  - core/ never includes QtGui or QtWidgets (its include path cannot reach them by short name;
#    this also catches the long <QtGui/…> form);
#  - SQL lives only in core/storage: no QtSql headers and no SQL statements anywhere else.
set(violations "")

file(GLOB_RECURSE core_sources "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
foreach(file IN LISTS core_sources)
    file(STRINGS "${file}" hits REGEX "#include[ \t]*[<\"](QtGui|QtWidgets|QtCharts|QtPrintSupport|QtSvg)[/>\"]|#include[ \t]*<Q(Widget|Application|GuiApplication|Pixmap|Image|Icon|Painter|Color|Font)>")
    foreach(hit IN LISTS hits)
        string(APPEND violations "${file}: GUI header in core: ${hit}\n")
    endforeach()
endforeach()

file(GLOB_RECURSE non_storage_sources
    "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
    "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
    "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
list(FILTER non_storage_sources EXCLUDE REGEX "/core/storage/")
foreach(file IN LISTS non_storage_sources)
    file(STRINGS "${file}" sql_headers REGEX "#include[ \t]*[<\"](QtSql|QSql[A-Za-z]*)[/>\"]")
    foreach(hit IN LISTS sql_headers)
        string(APPEND violations "${file}: Qt Sql outside core/storage: ${hit}\n")
    endforeach()
    file(STRINGS "${file}" sql_text REGEX "\"[^\"]*(SELECT [^\"]* FROM |INSERT INTO |UPDATE [a-z_]+ SET |DELETE FROM |CREATE (TABLE|INDEX|TRIGGER) )")
    foreach(hit IN LISTS sql_text)
        string(APPEND violations "${file}: SQL outside core/storage: ${hit}\n")
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "Layer rules broken:\n${violations}")
endif()
message(STATUS "Layer rules hold.")
