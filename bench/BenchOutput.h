#pragma once

#include <QString>

namespace mamori::bench {

// Where benchmark text goes: figures to stdout (what run_all.sh collects), progress to stderr
// (so that a redirect of stdout keeps only the figures). Both flush at once, because the
// programs are often run under a pipe and a crash must not swallow what was already measured.
void printLine(const QString& text);
void printProgress(const QString& text);

} // namespace mamori::bench
