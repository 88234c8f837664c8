# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows installer: the programs with everything they load deployed beside them, and a per-machine NSIS
# installer with a Start-menu shortcut and the .btxhx file association. Included by installer/CMakeLists.txt when
# WIN32, before include(CPack); expects BTXH_PACKAGED_PROGRAMS and BTXH_ICON_ICO from it.
# Building it: docs/installers.md. It cannot be built on the Linux CI; tests/installer/check_windows.sh checks it
# there with Windows mocked (a fake windeployqt and objdump, and makensis when installed).

set(BTXH_EXPORT_EXTENSION .btxhx)     # an exported dossier file ("BTXH export"), opened with the desktop app
set(BTXH_EXPORT_PROGID BTXH.Export.1) # Windows' "Vendor.Type.Version" ProgID convention

# --- Runtime deployment -----------------------------------------------------------------------------------
# All of this runs at install time, in the order written, so the staging folder CPack builds the installer from
# holds a self-contained application.
if(BTXH_PACKAGED_PROGRAMS)
    # 1. Qt's DLLs, plugins (platforms, styles, sqldrivers, tls, imageformats, iconengines) and qt.conf, through
    # windeployqt. qt_generate_deploy_app_script() in Qt 6.4 writes a script for one executable; that script
    # calls qt_deploy_runtime_dependencies(), which also takes the other programs, so we call it directly once.
    list(GET BTXH_PACKAGED_PROGRAMS 0 main_program)
    set(other_programs "")
    foreach(program IN LISTS BTXH_PACKAGED_PROGRAMS)
        if(NOT program STREQUAL main_program)
            string(APPEND other_programs " \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:${program}>\"")
        endif()
    endforeach()
    install(CODE "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:${main_program}>\"
    ADDITIONAL_EXECUTABLES ${other_programs}
    GENERATE_QT_CONF)
")

    # 2. Every other DLL the programs and the deployed plugins load: QtKeychain, and with a vcpkg Qt its own
    # dependencies (zlib, pcre2, ICU, freetype, ...), which windeployqt does not copy. Windows' own DLLs stay out.
    find_package(Qt6Keychain QUIET)
    set(search_dirs "$<TARGET_FILE_DIR:Qt6::Core>")
    if(TARGET Qt6Keychain::Qt6Keychain)
        list(APPEND search_dirs "$<TARGET_FILE_DIR:Qt6Keychain::Qt6Keychain>")
    endif()
    if(VCPKG_INSTALLED_DIR AND VCPKG_TARGET_TRIPLET)
        list(APPEND search_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
    endif()
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND search_dirs "${prefix}/bin")
    endforeach()
    set(dependency_tool "")
    if(MINGW)
        # MinGW's runtime (libstdc++, libgcc, winpthread) sits beside its compiler; read imports with its objdump.
        get_filename_component(compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
        list(APPEND search_dirs "${compiler_dir}")
        set(dependency_tool "
set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL objdump)
set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND \"${CMAKE_OBJDUMP}\")")
    endif() # MSVC: CMake finds dumpbin in the Visual Studio installation itself.
    set(built_programs "")
    foreach(program IN LISTS BTXH_PACKAGED_PROGRAMS)
        string(APPEND built_programs " \"$<TARGET_FILE:${program}>\"")
    endforeach()
    set(quoted_dirs "")
    foreach(dir IN LISTS search_dirs)
        string(APPEND quoted_dirs " \"${dir}\"")
    endforeach()
    install(CODE "
set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM windows+pe)${dependency_tool}
file(GLOB_RECURSE btxh_plugins \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/plugins/*.dll\")
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${built_programs}
    MODULES \${btxh_plugins}
    DIRECTORIES ${quoted_dirs}
    RESOLVED_DEPENDENCIES_VAR btxh_dlls
    UNRESOLVED_DEPENDENCIES_VAR btxh_missing_dlls
    PRE_EXCLUDE_REGEXES [=[^api-ms-]=] [=[^ext-ms-]=]
    POST_EXCLUDE_REGEXES [=[^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]]=])
if(btxh_missing_dlls)
    message(WARNING \"DLLs not found, not deployed (add their folder to CMAKE_PREFIX_PATH): \${btxh_missing_dlls}\")
endif()
if(btxh_dlls)
    file(INSTALL DESTINATION \"\${CMAKE_INSTALL_PREFIX}/bin\" TYPE SHARED_LIBRARY FILES \${btxh_dlls})
endif()
")

    # 3. The Visual C++ runtime, app-local (no vc_redist run needed on the office laptops).
    if(MSVC)
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
        include(InstallRequiredSystemLibraries)
    endif()
endif()

if(BTXH_ICON_ICO)
    install(FILES ${BTXH_ICON_ICO} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons RENAME btxh.ico)
    set(shortcut_icon "$INSTDIR\\share\\icons\\btxh.ico")
else()
    set(shortcut_icon "$INSTDIR\\bin\\btxh-desktop.exe")
endif()

# --- NSIS installer ---------------------------------------------------------------------------------------
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_FILE_NAME "btxh-desktop-${PROJECT_VERSION}-win64")
set(CPACK_NSIS_PACKAGE_NAME "BTXH Desktop")
set(CPACK_NSIS_DISPLAY_NAME "BTXH Desktop ${PROJECT_VERSION}")
# A stable key (no version) so that a newer installer finds and removes the older version first.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "BTXH Desktop")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_COMPRESSOR "/SOLID lzma")
set(CPACK_NSIS_URL_INFO_ABOUT "${BTXH_PACKAGE_HOMEPAGE}")
set(CPACK_NSIS_HELP_LINK "${BTXH_PACKAGE_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${BTXH_PACKAGE_MAINTAINER}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\btxh-desktop.exe") # the icon in "Apps & features"
if(BTXH_ICON_ICO)
    set(CPACK_NSIS_MUI_ICON "${BTXH_ICON_ICO}")
    set(CPACK_NSIS_MUI_UNIICON "${BTXH_ICON_ICO}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "share\\icons\\btxh.ico")
endif()
# No "add to PATH" page: the template's PATH editing truncates long PATHs. Administrators who script btxh call it
# by its full path (docs/installers.md).
set(CPACK_NSIS_MODIFY_PATH OFF)

# Per machine: the template elevates (RequestExecutionLevel admin) and switches to all users for an
# administrator; should elevation still leave us in a user's context, stop rather than install for one user.
set(CPACK_NSIS_EXTRA_PREINSTALL_COMMANDS "
  StrCmp $SV_ALLUSERS \"AllUsers\" btxh_all_users
    MessageBox MB_OK|MB_ICONSTOP \"BTXH Desktop is installed for all users of this computer. Run the installer as an administrator.\" /SD IDOK
    Abort
  btxh_all_users:
")

# Start-menu (and desktop) shortcuts, for all users, with the app's icon.
set(CPACK_NSIS_CREATE_ICONS_EXTRA "
  CreateShortCut \"$SMPROGRAMS\\$STARTMENU_FOLDER\\BTXH Desktop.lnk\" \"$INSTDIR\\bin\\btxh-desktop.exe\" \"\" \"${shortcut_icon}\"
  CreateShortCut \"$DESKTOP\\BTXH Desktop.lnk\" \"$INSTDIR\\bin\\btxh-desktop.exe\" \"\" \"${shortcut_icon}\"
")
set(CPACK_NSIS_DELETE_ICONS_EXTRA "
  Delete \"$SMPROGRAMS\\$MUI_TEMP\\BTXH Desktop.lnk\"
  Delete \"$DESKTOP\\BTXH Desktop.lnk\"
")

# Exported dossiers (*.btxhx) open in the desktop app, which receives the file as its argument.
set(assoc_key "Software\\Classes\\${BTXH_EXPORT_EXTENSION}")
set(progid_key "Software\\Classes\\${BTXH_EXPORT_PROGID}")
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKLM \"${assoc_key}\" \"\" \"${BTXH_EXPORT_PROGID}\"
  WriteRegStr HKLM \"${assoc_key}\" \"Content Type\" \"application/json\"
  WriteRegStr HKLM \"${assoc_key}\\OpenWithProgids\" \"${BTXH_EXPORT_PROGID}\" \"\"
  WriteRegStr HKLM \"${progid_key}\" \"\" \"BTXH dossier export\"
  WriteRegStr HKLM \"${progid_key}\\DefaultIcon\" \"\" \"${shortcut_icon}\"
  WriteRegStr HKLM \"${progid_key}\\shell\\open\\command\" \"\" '\"$INSTDIR\\bin\\btxh-desktop.exe\" \"%1\"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
# Remove the association only while it is still ours (another program may have taken the extension since).
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKLM \"${progid_key}\"
  DeleteRegValue HKLM \"${assoc_key}\\OpenWithProgids\" \"${BTXH_EXPORT_PROGID}\"
  ReadRegStr $0 HKLM \"${assoc_key}\" \"\"
  StrCmp $0 \"${BTXH_EXPORT_PROGID}\" 0 btxh_association_kept
    DeleteRegValue HKLM \"${assoc_key}\" \"\"
    DeleteRegValue HKLM \"${assoc_key}\" \"Content Type\"
    DeleteRegKey /ifempty HKLM \"${assoc_key}\\OpenWithProgids\"
    DeleteRegKey /ifempty HKLM \"${assoc_key}\"
  btxh_association_kept:
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
")
