# SPDX-License-Identifier: GPL-3.0-or-later
# The program's icon is one SVG of our own (resources/icons/ntm-tracker.svg); every PNG is rendered from it at
# build time with rsvg-convert (Debian: librsvg2-bin), so the sizes can never disagree with the drawing.
find_program(NTM_RSVG_CONVERT rsvg-convert REQUIRED)
set(NTM_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/ntm-tracker.svg)

# ntm_render_icon(SIZE OUTPUT): a custom command that renders the icon as a SIZE x SIZE PNG into OUTPUT. Its
# output must be used by a target of the same directory (CMake runs a custom command only for those).
function(ntm_render_icon size output)
    get_filename_component(folder ${output} DIRECTORY)
    add_custom_command(OUTPUT ${output}
                       COMMAND ${CMAKE_COMMAND} -E make_directory ${folder}
                       COMMAND ${NTM_RSVG_CONVERT} --width ${size} --height ${size} --format png
                               --output ${output} ${NTM_ICON_SVG}
                       DEPENDS ${NTM_ICON_SVG}
                       COMMENT "Rendering the icon at ${size} px"
                       VERBATIM)
endfunction()
