# SPDX-License-Identifier: GPL-3.0-or-later
# Files of src/core whose private helpers share a name with another file's (cmake/NtmBuildSpeed.cmake): compiled on
# their own, outside the unity batches, by the core library (src/core/CMakeLists.txt) and by the fuzz build
# (fuzz/CMakeLists.txt). Give a new helper a name of its own instead of adding to this list.
set(NTM_CORE_UNITY_SKIP
    access/AccessGuard.cpp
    access/AccountService.cpp
    audit/AuditTrail.cpp
    criteria/CriteriaSetLoader.cpp
    db/Backups.cpp
    db/RowReader.cpp
    db/postgres/PgConnectError.cpp
    db/postgres/PostgresBackend.cpp
    demo/DemoRotations.cpp
    demo/DemoUnits.cpp
    domain/Vocabulary.cpp
    exchange/CsvWriter.cpp
    generate/NationalGenerator.cpp
    generate/NationalWriter.cpp
    generate/PeopleGenerator.cpp
    package/CriteriaSetCodec.cpp
    package/PackagePlanner.cpp
    package/PackageSchema.cpp
    package/RecordCodec.cpp
    service/ActionService.cpp
    service/CriterionPlanService.cpp
    service/MemberReplacement.cpp
    service/OfficialService.cpp
    service/ReviewService.cpp
    service/VillageChange.cpp
    service/VillageProgressService.cpp
    service/WorkingGroupService.cpp
    service/followup/FollowUpFigures.cpp
    sheetimport/ColumnMapping.cpp
    sheetimport/HeaderAliases.cpp
    sheetimport/SheetImport.cpp
    sheetimport/SheetPlausibility.cpp
    sheetimport/SheetValueParser.cpp
    store/AccountStore.cpp
    util/JsonSyntax.cpp
)
