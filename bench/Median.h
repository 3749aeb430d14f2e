#pragma once

#include <functional>

namespace mamori::bench {

// Runs `work` `runs` times and returns the median wall time in milliseconds: one slow run on a
// busy machine does not move the figure.
double medianMs(int runs, const std::function<void()>& work);

} // namespace mamori::bench
