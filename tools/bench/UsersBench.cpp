// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersBench.h"

#include "BenchContext.h"

#include "db/Database.h"
#include "db/DatabaseLocation.h"
#include "service/CriteriaBoard.h"
#include "service/OfficialService.h"
#include "store/OfficialStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <iostream>
#include <memory>
#include <vector>

namespace ntm::bench {

// Named one by one, as the other files of the unity batch do not need all of ntm::core.
using core::BoardFilter;
using core::CriteriaBoardService;
using core::Database;
using core::DatabaseLocation;
using core::ErrorKind;
using core::Official;
using core::OfficialService;
using core::OfficialStore;
using core::Status;

namespace {

/// What one simulated user measured.
struct UserLog
{
    std::vector<double> writesMs;
    std::vector<double> boardsMs;
    int conflicts = 0;
    int errors = 0;
    QString firstError;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const auto at = static_cast<size_t>(
        std::min<double>(static_cast<double>(v.size()) - 1, std::ceil(p * static_cast<double>(v.size())) - 1));
    return v.at(at);
}

nlohmann::ordered_json summary(const std::vector<double>& v, double goalP95)
{
    nlohmann::ordered_json j;
    j["count"] = v.size();
    j["p50_ms"] = percentile(v, 0.50);
    j["p95_ms"] = percentile(v, 0.95);
    j["max_ms"] = v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
    j["goal_p95_ms"] = goalP95;
    j["verdict"] = percentile(v, 0.95) <= goalP95 ? "met" : "missed";
    return j;
}

/// One person at work: their own connection, their province's board, edits of officials.
void work(const UsersOptions& o, const BenchContext& c, const QString& provinceId, const QStringList& officials,
          quint32 seed, UserLog& log)
{
    Database::Options existing;
    existing.create = false;
    auto opened = Database::open(o.database, existing);
    if (!opened) {
        log.errors += 1;
        log.firstError = opened.error().message;
        return;
    }
    Database& db = *opened.value();
    QRandomGenerator random(seed);
    BoardFilter filter;
    filter.provinceId = provinceId;
    QElapsedTimer clock;
    clock.start();
    const qint64 end = static_cast<qint64>(o.seconds) * 1000;
    while (clock.elapsed() < end) {
        QThread::msleep(300 + random.bounded(700));
        QElapsedTimer t;
        t.start();
        if (random.generateDouble() < o.writeShare) {
            const QString id = officials.at(static_cast<int>(random.bounded(static_cast<quint32>(officials.size()))));
            const auto read = OfficialStore(db).get(id);
            Status saved = read ? Status() : Status(read.error());
            if (read && read.value()) {
                Official edited = *read.value();
                edited.note = QStringLiteral("bench %1").arg(random.generate());
                saved = OfficialService(db).update(edited);
            }
            if (saved) {
                log.writesMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            } else if (saved.error().kind == ErrorKind::Conflict) {
                log.conflicts += 1;
            } else {
                log.errors += 1;
                log.firstError = log.firstError.isEmpty() ? saved.error().message : log.firstError;
            }
        } else {
            const auto board = CriteriaBoardService(db).load(c.asOf, filter);
            if (board) {
                log.boardsMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
            } else {
                log.errors += 1;
                log.firstError = log.firstError.isEmpty() ? board.error().message : log.firstError;
            }
        }
    }
}

QStringList firstColumn(Database& db, const QString& statement)
{
    // QSqlQuery as it is: db/Sql.h's namespace sql would clash with main.cpp's sql() in the unity batch.
    QSqlQuery q(db.sql());
    QStringList out;
    if (q.exec(statement)) {
        while (q.next()) {
            out.append(q.value(0).toString());
        }
    }
    return out;
}

} // namespace

int runUsers(const UsersOptions& o)
{
    Database::Options existing;
    existing.create = false;
    auto db = Database::open(o.database, existing);
    BenchContext c;
    c.database = o.database;
    QString error;
    if (!db || !c.choose(*db.value(), &error)) {
        std::cerr << "ntm-bench users: " << (db ? error : db.error().message).toStdString() << std::endl;
        return 1;
    }
    // The provinces with the most communes, one per user in turn; officials to edit, a sample of the register.
    const QStringList provinces = firstColumn(*db.value(), QStringLiteral("SELECT province_id FROM commune GROUP BY "
                                                                          "province_id ORDER BY count(*) DESC, "
                                                                          "province_id LIMIT 20"));
    const QStringList officials =
        firstColumn(*db.value(), QStringLiteral("SELECT id FROM official ORDER BY id LIMIT 5000"));
    if (provinces.isEmpty() || officials.isEmpty()) {
        std::cerr << "ntm-bench users: the database has no provinces or no officials" << std::endl;
        return 1;
    }
    db.value().reset();
    std::vector<UserLog> logs(static_cast<size_t>(o.users));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < o.users; ++i) {
        const QString province = provinces.at(i % provinces.size());
        UserLog* log = &logs.at(static_cast<size_t>(i));
        threads.emplace_back(QThread::create([&o, &c, province, &officials, i, log] {
            work(o, c, province, officials, 1000u + static_cast<quint32>(i), *log);
        }));
        threads.back()->start();
    }
    for (auto& t : threads) {
        t->wait();
    }
    std::vector<double> writes;
    std::vector<double> boards;
    int conflicts = 0;
    int errors = 0;
    QString firstError;
    for (const UserLog& l : logs) {
        writes.insert(writes.end(), l.writesMs.begin(), l.writesMs.end());
        boards.insert(boards.end(), l.boardsMs.begin(), l.boardsMs.end());
        conflicts += l.conflicts;
        errors += l.errors;
        firstError = firstError.isEmpty() ? l.firstError : firstError;
    }
    nlohmann::ordered_json root;
    root["database"] = DatabaseLocation::isServerUri(o.database) ? "server" : "file";
    root["users"] = o.users;
    root["seconds"] = o.seconds;
    root["as_of"] = c.asOf.toString(Qt::ISODate).toStdString();
    root["writes"] = summary(writes, 50);
    root["board_refreshes"] = summary(boards, 200);
    root["conflicts"] = conflicts;
    root["errors"] = errors;
    if (!firstError.isEmpty()) {
        root["first_error"] = firstError.toStdString();
    }
    std::cout << root.dump(2) << std::endl;
    if (!o.out.isEmpty()) {
        QFile file(o.out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::cerr << "ntm-bench users: cannot write " << o.out.toStdString() << std::endl;
            return 1;
        }
        file.write(QByteArray::fromStdString(root.dump(2)));
    }
    return errors == 0 ? 0 : 1;
}

} // namespace ntm::bench
