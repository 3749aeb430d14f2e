# GUI tests of the organisation and register screens: people and sections, the roster import,
# handling areas and the personal-information file register (included by CMakeLists.txt).
mamori_add_test(tst_organisation_dialogs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_organisation_dialogs.cpp LIBS mamori_ui)
mamori_add_test(tst_roster_import_dialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_roster_import_dialog.cpp LIBS mamori_ui)
mamori_add_test(tst_area_dialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_area_dialog.cpp LIBS mamori_ui)
mamori_add_test(tst_file_register_dialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_file_register_dialog.cpp LIBS mamori_ui)
mamori_add_test(tst_registers_views SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_registers_views.cpp LIBS mamori_ui)
