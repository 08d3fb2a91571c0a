# SPDX-License-Identifier: GPL-3.0-or-later
# Installation rules and the Debian package (docs/packaging.md). `scripts/package.sh` makes the release package;
# the test "package: ..." (tests/package/) packs the build tree it runs in and checks it.
include(GNUInstallDirs)

set(NTM_APP_ID org.ntmtracker.NtmTracker)
set(NTM_PACKAGE_NAME ntm-tracker)
set(NTM_PACKAGE_MAINTAINER "NTM Tracker maintainers <maintainers@ntm-tracker.invalid>"
    CACHE STRING "Maintainer field of the Debian package and its changelog (a name and a reachable e-mail address)")
set(NTM_PACKAGING_DIR ${PROJECT_BINARY_DIR}/packaging)
set(NTM_PACKAGING_SOURCE ${PROJECT_SOURCE_DIR}/resources/packaging)
set(NTM_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/${NTM_PACKAGE_NAME})
set(NTM_DATA_DIR ${CMAKE_INSTALL_DATADIR}/${NTM_PACKAGE_NAME})

# The programs. Everything they read at run time is compiled into them (migrations, criteria sets, the Hà Tĩnh
# units and stories of the demo, translations, the user guide, the window icon); what they take from the system
# is in the package's dependencies below.
install(TARGETS ntm-tracker ntm-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The desktop: entry, file type (.ntm), icons, AppStream metadata.
install(FILES ${NTM_PACKAGING_SOURCE}/${NTM_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${NTM_PACKAGING_SOURCE}/${NTM_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME ${NTM_APP_ID}.xml)
install(FILES ${NTM_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${NTM_APP_ID}.svg)
set(NTM_ICON_PNGS "")
foreach(size 16 22 24 32 48 64 128 256 512)
    set(png ${NTM_PACKAGING_DIR}/icons/${size}x${size}/${NTM_APP_ID}.png)
    ntm_render_icon(${size} ${png})
    list(APPEND NTM_ICON_PNGS ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# The Debian changelog and the AppStream releases, both from CHANGELOG.md (cmake/NtmReleaseNotes.cmake).
set(NTM_METAINFO ${NTM_PACKAGING_DIR}/${NTM_APP_ID}.metainfo.xml)
add_custom_command(OUTPUT ${NTM_PACKAGING_DIR}/changelog.gz ${NTM_METAINFO}
                   COMMAND ${CMAKE_COMMAND} -DCHANGELOG=${PROJECT_SOURCE_DIR}/CHANGELOG.md -DVERSION=${PROJECT_VERSION}
                           -DPACKAGE=${NTM_PACKAGE_NAME} -DMAINTAINER=${NTM_PACKAGE_MAINTAINER}
                           -DDEBIAN_OUT=${NTM_PACKAGING_DIR}/changelog
                           -DMETAINFO_IN=${NTM_PACKAGING_SOURCE}/${NTM_APP_ID}.metainfo.xml.in
                           -DMETAINFO_OUT=${NTM_METAINFO} -P ${PROJECT_SOURCE_DIR}/cmake/NtmReleaseNotes.cmake
                   COMMAND gzip -9nf ${NTM_PACKAGING_DIR}/changelog
                   DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/cmake/NtmReleaseNotes.cmake
                           ${NTM_PACKAGING_SOURCE}/${NTM_APP_ID}.metainfo.xml.in
                   COMMENT "Writing the Debian changelog and the AppStream releases from CHANGELOG.md"
                   VERBATIM)
install(FILES ${NTM_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Man pages, made by help2man from the programs' own --help and --version, so they cannot drift from them.
# (Not in the sanitizer build: nothing is packaged from it.)
set(NTM_MAN_PAGES "")
if(NOT NTM_SANITIZE)
    find_program(NTM_HELP2MAN help2man REQUIRED)
    foreach(program ntm-tracker ntm-cli)
        set(page ${NTM_PACKAGING_DIR}/man/${program}.1)
        add_custom_command(OUTPUT ${page}.gz
                           COMMAND ${CMAKE_COMMAND} -E make_directory ${NTM_PACKAGING_DIR}/man
                           COMMAND ${NTM_HELP2MAN} --no-info --locale=C.UTF-8 --section=1
                                   --include=${NTM_PACKAGING_SOURCE}/${program}.h2m --output=${page}
                                   $<TARGET_FILE:${program}>
                           COMMAND gzip -9nf ${page}
                           DEPENDS ${program} ${NTM_PACKAGING_SOURCE}/${program}.h2m
                           COMMENT "Writing the man page of ${program} from its --help"
                           VERBATIM)
        list(APPEND NTM_MAN_PAGES ${page}.gz)
    endforeach()
    install(FILES ${NTM_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
add_custom_target(ntm_packaging_data ALL DEPENDS ${NTM_ICON_PNGS} ${NTM_PACKAGING_DIR}/changelog.gz ${NTM_METAINFO}
                                                 ${NTM_MAN_PAGES})

# For people: the shipped criteria sets and the exchange format's schema (the programs use their compiled-in
# copies), the user guide (also under Help, F1), the README, the copyright and the changelog.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/criteria/ DESTINATION ${NTM_DATA_DIR}/criteria
        FILES_MATCHING PATTERN "*.json")
install(FILES ${PROJECT_SOURCE_DIR}/resources/schema/ntm-package-1.schema.json DESTINATION ${NTM_DATA_DIR}/schema)
install(FILES ${PROJECT_SOURCE_DIR}/resources/docs/user-guide-vi.md ${PROJECT_SOURCE_DIR}/resources/docs/user-guide-en.md
              ${PROJECT_SOURCE_DIR}/README.md ${NTM_PACKAGING_SOURCE}/copyright ${NTM_PACKAGING_DIR}/changelog.gz
        DESTINATION ${NTM_DOC_DIR})

# Debian packages the programs load at run time that dpkg-shlibdeps cannot see (it reads only the libraries the
# executables link): Qt's SQL driver plugins and the rest, one line each. A new driver is one more line
# (PostgreSQL: libqt6sql6-psql).
string(REGEX REPLACE "\\.so\\." "" NTM_XLSXWRITER_PACKAGE "${NTM_XLSXWRITER_SONAME}") # Debian's rule: soname -> package
find_program(NTM_DPKG_QUERY dpkg-query)
if(NTM_DPKG_QUERY AND EXISTS "${NTM_XLSXWRITER_REAL_PATH}")
    execute_process(COMMAND ${NTM_DPKG_QUERY} --search ${NTM_XLSXWRITER_REAL_PATH} OUTPUT_VARIABLE owner
                    ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(owner MATCHES "^([a-z0-9][a-z0-9+.-]*)(:[a-z0-9]+)?: ")
        set(NTM_XLSXWRITER_PACKAGE ${CMAKE_MATCH_1})
    endif()
endif()
set(NTM_DEB_RUNTIME_PACKAGES
    libqt6sql6-sqlite         # QSQLITE, the Qt driver of the embedded database
    ${NTM_XLSXWRITER_PACKAGE} # libxlsxwriter, opened with dlopen() to write .xlsx (exchange/XlsxWriterLibrary.h)
    fonts-noto-core           # Noto Sans, embedded in printed reports (reports/ReportFonts.h)
)
# Not qt6-translations-l10n: Qt 6.4 has no Vietnamese (no qtbase_vi.qm), so dialogs set their buttons' texts.
list(JOIN NTM_DEB_RUNTIME_PACKAGES ", " NTM_DEB_DEPENDS)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${NTM_PACKAGE_NAME})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "NTM Tracker contributors")
set(CPACK_PACKAGE_CONTACT ${NTM_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "rotation of officials and New Rural Development progress of communes")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "NTM Tracker is for Vietnamese provinces that rotate district officials into\n"
    "communes and follow each commune's progress in the national New Rural\n"
    "Development programme (nông thôn mới): a register of officials and rotation\n"
    "decisions, the criteria each commune meets as of a date under every national\n"
    "criteria set, commune dashboards and timelines, a provincial review, printed\n"
    "reports as PDF, Excel exports and imports, and exchange packages that merge\n"
    "the data of districts and communes.\n"
    "\n"
    "The package holds the desktop program ntm-tracker (Vietnamese, English\n"
    "available), its command-line companion ntm-cli, and a demonstration database\n"
    "of Hà Tĩnh province made at the first start.")
string(REPLACE ";" "" CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # ntm-tracker_VERSION_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${NTM_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS ${NTM_DEB_DEPENDS})
# On a Wayland desktop Qt draws natively with its Wayland plugin, and falls back to X11 (XWayland) without it.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-wayland)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_THREADS 0) # compress with every core
include(CPack)
