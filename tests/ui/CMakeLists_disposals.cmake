# GUI tests of the disposal ledger, its editor and the certificate panel.
mamori_add_test(tst_disposals_view SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_disposals_view.cpp LIBS mamori_ui)
