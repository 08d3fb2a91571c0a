// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: PackageReader on arbitrary bytes (scripts/fuzz.sh package_reader_fuzz SECONDS).
// Whatever the input, the reader must return a package or an error, never crash, leak or overflow.
#include "package/PackageReader.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto package = ntm::core::PackageReader::read(reinterpret_cast<const char*>(data), static_cast<qint64>(size),
                                                        QStringLiteral("fuzz.json"));
    if (package) {
        // Touch what a caller would use next.
        (void)package.value().recordCount();
        (void)package.value().manifest.toJson().dump();
    } else {
        (void)package.error().toString().size();
    }
    (void)ntm::core::PackageReader::lineAndColumn(reinterpret_cast<const char*>(data), static_cast<qint64>(size),
                                                  static_cast<qint64>(size / 2));
    return 0;
}
