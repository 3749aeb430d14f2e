# GUI tests of the shared lists (ui/lists) and the custody screens (ui/custody), included by
# CMakeLists.txt.
mamori_add_test(tst_list_infrastructure SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_list_infrastructure.cpp LIBS mamori_ui)
mamori_add_test(tst_carry_outs_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_carry_outs_view.cpp LIBS mamori_ui)
mamori_add_test(tst_carry_outs_scan SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_carry_outs_scan.cpp LIBS mamori_ui)
