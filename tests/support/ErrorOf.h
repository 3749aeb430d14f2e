#pragma once

#include "common/Error.h"

#include <QString>

namespace mamori::test {

// The Error that `f` throws, or an Internal "<no error>" when it throws none, so that a test can
// compare the code, field and message of a refusal in one line each.
template <typename F>
Error errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e;
    }
    return Error(ErrorCode::Internal, QStringLiteral("<no error>"));
}

} // namespace mamori::test
