// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoRandom.h"

#include <QByteArray>

namespace ntm::core::generate {

/// Ids of generated records: UUID-shaped (version 4 layout), drawn from the seed, and increasing in the order the
/// records are written, so that a table's primary key index is filled at its end instead of at random places
/// (the national database has a million and a half assessments). The first four digits name the table.
class GeneratedIds final
{
public:
    GeneratedIds(quint64 seed, quint16 table) : m_table(table), m_rng(seed ^ (quint64(table) << 48)) {}

    QByteArray next()
    {
        const quint64 r = m_rng.next();
        const quint64 n = m_counter++;
        QByteArray id(36, '-');
        char* p = id.data();
        hex(p, m_table, 4);
        hex(p + 4, n >> 16, 4);
        hex(p + 9, n & 0xffff, 4);
        p[14] = '4';
        hex(p + 15, r & 0xfff, 3);
        hex(p + 19, 0x8000 | ((r >> 12) & 0x3fff), 4);
        hex(p + 24, (r >> 16) & 0xffffffffffffULL, 12);
        return id;
    }

private:
    static void hex(char* out, quint64 value, int digits)
    {
        static constexpr char kDigits[] = "0123456789abcdef";
        for (int i = digits - 1; i >= 0; --i, value >>= 4) {
            out[i] = kDigits[value & 0xf];
        }
    }

    quint16 m_table;
    quint32 m_counter = 0;
    demo::DemoRandom m_rng;
};

} // namespace ntm::core::generate
