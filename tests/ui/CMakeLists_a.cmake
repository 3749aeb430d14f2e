# GUI tests of forms, the journal viewer and the accounts screen (included by CMakeLists.txt).
mamori_add_test(tst_forms SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_forms.cpp LIBS mamori_ui)
mamori_add_test(tst_forms_paginator SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_forms_paginator.cpp LIBS mamori_ui)
mamori_add_test(tst_form_table_split SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_form_table_split.cpp LIBS mamori_ui)
mamori_add_test(tst_journal_model SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_journal_model.cpp LIBS mamori_ui)
mamori_add_test(tst_journal_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_journal_view.cpp LIBS mamori_ui)
mamori_add_test(tst_accounts_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_accounts_view.cpp LIBS mamori_ui)
mamori_add_test(tst_label_sheet SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_label_sheet.cpp LIBS mamori_ui)
