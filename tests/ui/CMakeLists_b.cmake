# GUI tests of the application shell: unlock window, auto-lock, settings, main window.
mamori_add_test(tst_unlock SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_unlock.cpp LIBS mamori_ui)
mamori_add_test(tst_autolock SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_autolock.cpp LIBS mamori_ui)
mamori_add_test(tst_settings SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_settings.cpp LIBS mamori_ui)
mamori_add_test(tst_shell SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shell.cpp LIBS mamori_ui)
