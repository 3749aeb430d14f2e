# GUI tests of the start page (dashboard).
mamori_add_test(tst_dashboard_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dashboard_view.cpp LIBS mamori_ui)
