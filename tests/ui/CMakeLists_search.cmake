# GUI tests of the search box in the main window's toolbar (included by CMakeLists.txt).
mamori_add_test(tst_search_box SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_search_box.cpp LIBS mamori_ui)
