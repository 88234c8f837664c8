#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the Windows installer description (installer/windows/Windows.cmake) on Linux, where it cannot be built
# for real.
#
#   check_windows.sh config WORK_DIR   configure, build and install the stand-in project (windows-mock/) that
#                                      includes installer/ with Windows mocked, and check the result
#   check_windows.sh nsis WORK_DIR     then compile the NSIS installer from it with makensis (skipped when
#                                      makensis is not installed: Debian package nsis)
#
# Environment (tests/installer/CMakeLists.txt sets it): CMAKE_COMMAND, CPACK_COMMAND, BTXH_SOURCE_DIR, CXX, QT6_DIR.
#
# What a pass proves: installer/ configures with WIN32 (and MinGW) set, and selects NSIS; at install time Qt's own
# deploy function (qt_deploy_runtime_dependencies, from the Qt 6.4 on this machine) runs windeployqt once for
# btxh-desktop with btxh and ndxp-sandbox as extra binaries and writes qt.conf; the DLLs the programs and the
# deployed plugins import (QtKeychain, vcpkg's) are found and copied beside them; the icon and licences are
# installed; the NSIS settings name a per-machine install under Program Files, Start-menu and desktop shortcuts and
# the .btxhx association. With makensis, the whole generated NSIS script (CPack's template plus our commands)
# compiles into an installer .exe.
# What it cannot prove: that real windeployqt, dumpbin/objdump and the MSVC runtime behave as mocked, or that the
# installer runs on Windows. docs/installers.md lists the manual checks on a Windows machine.
set -euo pipefail

mode=${1:?usage: check_windows.sh config|nsis WORK_DIR}
work=${2:?usage: check_windows.sh config|nsis WORK_DIR}
src=${BTXH_SOURCE_DIR:?}
cmake=${CMAKE_COMMAND:-cmake}
cpack=${CPACK_COMMAND:-cpack}

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }
note() { echo "-- $*"; }
finish() {
    if [ $failures -gt 0 ]; then
        echo "$failures check(s) failed" >&2
        exit 1
    fi
    echo "PASS: $1"
    exit 0
}

build="$work/build"
stage="$work/stage"

# Prints NAME=value for CPack variables, as cpack will read them.
cpack_value() {
    "$cmake" -DCONFIG="$build/CPackConfig.cmake" -DNAME="$1" -P "$work/cpack-value.cmake"
}

if [ "$mode" = config ]; then
    command -v "$cmake" >/dev/null 2>&1 || skip "cmake not found"
    command -v "${CXX:-c++}" >/dev/null 2>&1 || skip "no C++ compiler (${CXX:-c++})"
    rm -rf "$work"
    mkdir -p "$work/vcpkg/x64-mingw-dynamic/bin"
    # Windows finds DLLs whatever the case of their names; CMake looks them up in lower case.
    for dll in Qt6Core.dll Qt6Gui.dll qt6keychain.dll freetype.dll; do
        echo "fake $dll" >"$work/vcpkg/x64-mingw-dynamic/bin/$dll"
        lower=$(tr '[:upper:]' '[:lower:]' <<<"$dll")
        [ "$lower" = "$dll" ] || ln -s "$dll" "$work/vcpkg/x64-mingw-dynamic/bin/$lower"
    done
    cat >"$work/cpack-value.cmake" <<'EOF'
include("${CONFIG}")
message("${${NAME}}")
EOF
    generator=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    note "configuring the stand-in project (log: $work/configure.log)"
    if ! "$cmake" -S "$src/tests/installer/windows-mock" -B "$build" "${generator[@]}" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="${CXX:-c++}" ${QT6_DIR:+-DQt6_DIR="$QT6_DIR"} \
        -DBTXH_SOURCE_DIR="$src" -DBTXH_FAKE_VCPKG="$work/vcpkg" >"$work/configure.log" 2>&1; then
        cat "$work/configure.log" >&2
        die "installer/ does not configure with Windows mocked"
    fi
    if grep -q 'CMake Warning' "$work/configure.log"; then
        cat "$work/configure.log" >&2
        fail "configuring with Windows mocked gives warnings"
    fi
    "$cmake" --build "$build" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; die "the stand-in project does not build"; }

    # NSIS settings, as cpack reads them.
    [ "$(cpack_value CPACK_GENERATOR 2>&1)" = NSIS ] || fail "CPACK_GENERATOR is '$(cpack_value CPACK_GENERATOR 2>&1)', not NSIS"
    [ "$(cpack_value CPACK_NSIS_INSTALL_ROOT 2>&1)" = '$PROGRAMFILES64' ] || fail "not installed under Program Files (64-bit)"
    [ "$(cpack_value CPACK_PACKAGE_INSTALL_DIRECTORY 2>&1)" = "BTXH Desktop" ] || fail "install folder is not 'BTXH Desktop'"
    [ "$(cpack_value CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL 2>&1)" = ON ] || fail "upgrades do not remove the old version"
    [ "$(cpack_value CPACK_NSIS_MODIFY_PATH 2>&1)" = OFF ] || fail "the installer edits PATH"
    preinstall=$(cpack_value CPACK_NSIS_EXTRA_PREINSTALL_COMMANDS 2>&1)
    grep -qF 'StrCmp $SV_ALLUSERS "AllUsers"' <<<"$preinstall" || fail "the installer does not insist on a per-machine install"
    icons=$(cpack_value CPACK_NSIS_CREATE_ICONS_EXTRA 2>&1)
    grep -qF 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\BTXH Desktop.lnk" "$INSTDIR\bin\btxh-desktop.exe"' <<<"$icons" ||
        fail "no Start-menu shortcut to bin\\btxh-desktop.exe: $icons"
    delete_icons=$(cpack_value CPACK_NSIS_DELETE_ICONS_EXTRA 2>&1)
    grep -qF 'Delete "$SMPROGRAMS\$MUI_TEMP\BTXH Desktop.lnk"' <<<"$delete_icons" ||
        fail "the uninstaller does not remove the Start-menu shortcut"
    assoc=$(cpack_value CPACK_NSIS_EXTRA_INSTALL_COMMANDS 2>&1)
    grep -qF 'WriteRegStr HKLM "Software\Classes\.btxhx" "" "BTXH.Export.1"' <<<"$assoc" || fail "no .btxhx association: $assoc"
    grep -qF "WriteRegStr HKLM \"Software\\Classes\\BTXH.Export.1\\shell\\open\\command\" \"\" '\"\$INSTDIR\\bin\\btxh-desktop.exe\" \"%1\"'" <<<"$assoc" ||
        fail "the .btxhx files do not open with btxh-desktop.exe: $assoc"
    unassoc=$(cpack_value CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS 2>&1)
    grep -qF 'DeleteRegKey HKLM "Software\Classes\BTXH.Export.1"' <<<"$unassoc" ||
        fail "the uninstaller does not remove the association"
    grep -qF 'StrCmp $0 "BTXH.Export.1" 0 btxh_association_kept' <<<"$unassoc" ||
        fail "the uninstaller removes .btxhx even when another program has taken it"
    ico=$(cpack_value CPACK_NSIS_MUI_ICON 2>&1)
    [ -f "$ico" ] || fail "the installer icon '$ico' was not generated"

    # Install, as cpack does into its staging folder.
    note "installing (log: $work/install.log)"
    if ! BTXH_FAKE_LOG="$work/windeployqt.log" "$cmake" --install "$build" --prefix "$stage" >"$work/install.log" 2>&1; then
        cat "$work/install.log" >&2
        die "the install step fails"
    fi
    grep -q 'CMake Warning' "$work/install.log" && { cat "$work/install.log" >&2; fail "the install step gives warnings"; }
    for p in btxh-desktop btxh ndxp-sandbox; do
        [ -x "$stage/bin/$p" ] || fail "bin/$p is not installed"
    done
    [ "$(wc -l <"$work/windeployqt.log" 2>/dev/null || echo 0)" -eq 1 ] || fail "windeployqt did not run exactly once"
    deploy=$(cat "$work/windeployqt.log" 2>/dev/null || true)
    for arg in 'bin/btxh-desktop' 'bin/btxh' 'bin/ndxp-sandbox' '--libdir bin' '--plugindir plugins' '--force'; do
        grep -qE -- "^windeployqt (.* )?$arg( |\$)" <<<"$deploy" || fail "windeployqt was not given '$arg': $deploy"
    done
    grep -qx 'Prefix = ..' "$stage/bin/qt.conf" 2>/dev/null || fail "bin/qt.conf is missing or does not point at the prefix"
    for dll in Qt6Core.dll qt6keychain.dll freetype.dll; do
        [ -f "$stage/bin/$dll" ] || fail "bin/$dll was not deployed"
    done
    [ -f "$stage/plugins/platforms/qwindows.dll" ] || fail "the platform plugin was not deployed"
    [ "$(od -An -tx1 -N4 "$stage/share/icons/btxh.ico" 2>/dev/null | tr -d ' ')" = 00000100 ] ||
        fail "share/icons/btxh.ico is missing or not an icon file"
    [ -f "$stage/share/doc/btxh-desktop/licenses.md" ] || fail "the licences are not installed"
    for linux_only in share/applications share/metainfo share/man; do
        [ ! -e "$stage/$linux_only" ] || fail "$linux_only is installed on Windows"
    done
    finish "installer/ configures and installs with Windows mocked"
fi

if [ "$mode" = nsis ]; then
    command -v makensis >/dev/null 2>&1 || skip "makensis is not installed (Debian package nsis)"
    [ -f "$build/CPackConfig.cmake" ] || die "run installer_windows_config first (no $build)"
    rm -rf "$work/nsis"
    note "cpack -G NSIS with $(makensis -VERSION) (log: $work/cpack-nsis.log)"
    if ! BTXH_FAKE_LOG="$work/windeployqt-nsis.log" "$cpack" -G NSIS --config "$build/CPackConfig.cmake" \
        -B "$work/nsis" >"$work/cpack-nsis.log" 2>&1; then
        cat "$work/cpack-nsis.log" >&2
        find "$work/nsis" -name 'NSISOutput.log' -exec tail -40 {} \; >&2 || true
        die "cpack -G NSIS failed"
    fi
    exe="$work/nsis/btxh-desktop-0.1.0-win64.exe"
    [ -f "$exe" ] || die "no installer: $(ls "$work/nsis")"
    [ "$(head -c 2 "$exe")" = MZ ] || fail "$exe is not a Windows program"
    nsi=$(find "$work/nsis" -name project.nsi | head -1)
    grep -qF 'InstallDir "$PROGRAMFILES64\BTXH Desktop"' "$nsi" || fail "project.nsi does not install under Program Files"
    grep -qF 'WriteRegStr HKLM "Software\Classes\.btxhx" "" "BTXH.Export.1"' "$nsi" || fail "project.nsi has no association"
    grep -qF 'qt6keychain.dll' "$nsi" || fail "the installer does not carry qt6keychain.dll"
    grep -qF 'qt.conf' "$nsi" || fail "the installer does not carry qt.conf"
    # makensis warnings other than the four CPack's template always gives point at our commands.
    (cd "$(dirname "$nsi")" && makensis -V2 -NOCD project.nsi) >"$work/makensis.log" 2>&1 || fail "makensis project.nsi failed"
    sed -n '/^[0-9]* warnings*:/,$p' "$work/makensis.log" | grep -E '^ +[0-9]+:' |
        grep -vE 'select_NT_profile|"AR_SecFlags"|"AR_RegFlags"' >"$work/makensis-warnings.txt" || true
    [ ! -s "$work/makensis-warnings.txt" ] || fail "makensis warnings: $(cat "$work/makensis-warnings.txt")"
    note "built $(basename "$exe") ($(du -k "$exe" | cut -f1) KiB)"
    finish "the NSIS installer compiles"
fi

die "unknown mode '$mode' (config or nsis)"
