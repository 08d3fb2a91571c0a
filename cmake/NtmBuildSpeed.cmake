# SPDX-License-Identifier: GPL-3.0-or-later
# Build speed. CI builds everything three times on two cores (normal, sanitizers, fuzzing), and the time went to
# code generation, not to reading headers: every file instantiated and emitted the same Qt templates with their
# debug information again (six core services: 48.9 s of CPU one by one, 20.9 s as one unit; precompiled Qt headers
# saved nothing measurable).
#
# - Unity builds: each target's files are compiled in batches of NTM_UNITY_BATCH as one unit. Helpers of a file
#   therefore live in a named namespace or carry the file's own name, never a generic name in an anonymous
#   namespace that another file of the batch may use too. NTM_UNITY=OFF compiles file by file (quicker when
#   changing one file over and over).
# - lld: GNU ld took minutes to link the test programs with their debug information; lld takes seconds. Used when
#   the compiler accepts -fuse-ld=lld (Debian package lld).
option(NTM_UNITY "Compile each target's files in batches (unity build)" ON)
set(NTM_UNITY_BATCH 16 CACHE STRING "Files per unity batch")
if(NTM_UNITY)
    set(CMAKE_UNITY_BUILD ON)
    set(CMAKE_UNITY_BUILD_BATCH_SIZE ${NTM_UNITY_BATCH})
endif()

include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" NTM_HAVE_LLD)
if(NTM_HAVE_LLD AND NOT MSVC)
    add_link_options(-fuse-ld=lld)
endif()
