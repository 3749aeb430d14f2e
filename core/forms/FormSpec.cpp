#include "forms/FormSpec.h"

#include "dates/JapaneseDate.h"

namespace mamori {

QString FormSpec::formattedDate() const
{
    return JapaneseDate::format(date, dateStyle);
}

} // namespace mamori
