# GUI tests of the leak-incident screens: the list and report dialog, and the incident editor
# (included by CMakeLists.txt).
mamori_add_test(tst_incidents_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_incidents_view.cpp LIBS mamori_ui)
mamori_add_test(tst_incident_editor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_incident_editor.cpp LIBS mamori_ui)
