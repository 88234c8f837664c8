#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with `cpack -G DEB` and checks what an administrator installing it gets.
#
#   check_deb.sh BUILD_DIR WORK_DIR
#
# Environment (tests/installer/CMakeLists.txt sets it): CMAKE_COMMAND, CPACK_COMMAND, BTXH_PROGRAMS (the programs
# this build packages), BTXH_APP_ID, BTXH_VERSION, BTXH_SOURCE_DIR, BTXH_ICON_SIZES.
#
# What a pass proves:
#  1. With the programs, icons and man page brought up to date (target btxh_package_inputs), `cpack -G DEB`
#     builds exactly one btxh-desktop_<version>-1_<arch>.deb from the build tree.
#  2. Its control data has the maintainer, section, priority, homepage and description, and a Depends from
#     dpkg-shlibdeps (versioned entries such as `libqt6core6 (>= 6.4.0)`) that names the package of every library
#     each program links directly, plus the Qt plugin packages loaded at run time; every Depends entry is a real
#     Debian 12 package, installed on this machine in a version that satisfies it.
#  3. Its files are exactly the expected ones, owned by root, under /usr: the programs in /usr/bin (stripped, no
#     RPATH into the build tree), the .desktop entry (desktop-file-validate), the AppStream metadata
#     (appstreamcli validate), the SVG icon and a PNG of each size with those pixel dimensions, the gzipped man
#     page (which documents every command `btxh --help` lists, and renders without warnings), the licences.
#  4. Extracted into an empty folder, the programs run from there with the system's libraries and nothing from the
#     build or source tree: `btxh --version`, `btxh list` on a new SQLite file (the QSQLITE plugin), `ndxp-sandbox`
#     answering on 127.0.0.1, `btxh-desktop --version` on the offscreen platform.
#  5. As root: `dpkg --root` installs it into an empty root (dependencies forced, as that root has no libraries),
#     records it as installed with every file present, runs btxh from there, and removes it without leaving a file.
# What it does not prove: installation on a machine missing the dependencies (apt would fetch them; that needs a
# network and a debootstrap'ed root), and the desktop app's first run beyond --version.
set -euo pipefail

build=${1:?usage: check_deb.sh BUILD_DIR WORK_DIR}
work=${2:?usage: check_deb.sh BUILD_DIR WORK_DIR}
id=${BTXH_APP_ID:?}
version=${BTXH_VERSION:?}
read -r -a programs <<<"${BTXH_PROGRAMS:?}"
read -r -a icon_sizes <<<"${BTXH_ICON_SIZES:-}"
export PATH="$PATH:/usr/sbin:/sbin" # dpkg looks for ldconfig and start-stop-daemon

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
die() { echo "FAIL: $*" >&2; exit 1; }
skip() { echo "SKIP: $*" >&2; exit 77; }
note() { echo "-- $*"; }
has_program() { local p; for p in "${programs[@]}"; do [ "$p" = "$1" ] && return 0; done; return 1; }

for tool in dpkg:dpkg dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev desktop-file-validate:desktop-file-utils \
            appstreamcli:appstream readelf:binutils ldd:libc-bin gzip:gzip; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || skip "${tool%%:*} is not installed (Debian package ${tool#*:})"
done
[ -x "${CPACK_COMMAND:-}" ] || skip "cpack not found (CPACK_COMMAND=${CPACK_COMMAND:-})"
for p in btxh-desktop btxh ndxp-sandbox; do
    has_program "$p" || note "NOTE: $p is not in this build (BTXH_LAYERS): not expected in the package"
done

rm -rf "$work"
mkdir -p "$work"

# --- 1. Build the package ---------------------------------------------------------------------------------
# cpack packages what is in the build tree without building it (Ninja has no preinstall step): bring the
# programs, icons and man page up to date first (a no-op after a full build).
note "building btxh_package_inputs (log: $work/build.log)"
if ! "${CMAKE_COMMAND:-cmake}" --build "$build" --target btxh_package_inputs >"$work/build.log" 2>&1; then
    tail -40 "$work/build.log" >&2
    die "the programs do not build"
fi
note "cpack -G DEB (log: $work/cpack.log)"
if ! "$CPACK_COMMAND" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    die "cpack -G DEB failed"
fi
shopt -s nullglob
debs=("$work"/out/*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || die "expected one .deb in $work/out, found ${#debs[@]}"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "btxh-desktop_${version}-1_${arch}.deb" ] ||
    fail "package file is $(basename "$deb"), expected btxh-desktop_${version}-1_${arch}.deb"
note "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb -I "$deb" >"$work/info.txt" || die "dpkg-deb -I cannot read the package"
sed 's/^/   /' "$work/info.txt"

# --- 2. Control data --------------------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = btxh-desktop ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "${version}-1" ] || fail "Version is '$(field Version)', expected ${version}-1"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
for f in Maintainer Section Priority Homepage Description Installed-Size; do
    [ -n "$(field "$f")" ] || fail "control field $f is missing"
done
grep -Eq '^[^<]+ <[^>]+@[^>]+>$' <<<"$(field Maintainer)" || fail "Maintainer '$(field Maintainer)' is not 'Name <email>'"
[ "$(dpkg-deb -f "$deb" Description | wc -l)" -gt 3 ] || fail "Description has no long description"

depends=$(field Depends)
[ -n "$depends" ] || die "the package has no Depends"
# One entry per line: "name" or "name (op version)", alternatives split on |.
dep_groups=$(tr ',' '\n' <<<"$depends" | sed -E 's/^ +//; s/ +$//')
dep_names=$(tr '|' '\n' <<<"$dep_groups" | sed -E 's/\(.*\)//; s/^ +//; s/ +$//; s/:any$//' | sort -u)
has_dep() { grep -qx "$1" <<<"$dep_names"; }
grep -Eq '(^|, )libqt6core6 \(>= [0-9]' <<<"$depends" ||
    fail "Depends has no versioned libqt6core6: it does not come from dpkg-shlibdeps ($depends)"
expected_deps=(libqt6core6 libc6 libstdc++6)
has_program btxh-desktop && expected_deps+=(libqt6widgets6 libqt6gui6 libqt6svg6 qt6-qpa-plugins)
has_program ndxp-sandbox && expected_deps+=(libqt6httpserver6 libqt6network6 libqt6sql6 libqt6sql6-sqlite)
for d in "${expected_deps[@]}"; do
    has_dep "$d" || fail "Depends does not name $d ($depends)"
done

# Every Depends group is satisfied by a package installed here (so every name is a real Debian 12 package).
while IFS= read -r group; do
    [ -n "$group" ] || continue
    satisfied=0
    IFS='|' read -r -a alternatives <<<"$group"
    for alt in "${alternatives[@]}"; do
        alt=$(sed -E 's/^ +//; s/ +$//' <<<"$alt")
        name=$(sed -E 's/ *\(.*//; s/:any$//' <<<"$alt")
        installed=$(dpkg-query -W -f='${db:Status-Abbrev}|${Version}\n' "$name" 2>/dev/null | grep '^ii' | head -1 || true)
        [ -n "$installed" ] || continue
        if [[ $alt =~ \((<<|<=|=|>=|>>)\ *([^\)]+)\) ]]; then
            dpkg --compare-versions "${installed#*|}" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}" || continue
        fi
        satisfied=1
    done
    [ $satisfied -eq 1 ] || fail "Depends entry '$group' is not satisfied by any package installed on this system"
done <<<"$dep_groups"

# --- 3. Contents ------------------------------------------------------------------------------------------
dpkg-deb -c "$deb" >"$work/contents.txt" || die "dpkg-deb -c cannot list the package"
awk '$2 != "root/root" { print }' "$work/contents.txt" >"$work/not-root.txt"
[ ! -s "$work/not-root.txt" ] || fail "files not owned by root/root: $(cat "$work/not-root.txt")"
awk '$1 !~ /^d/ { sub(/^\./, "", $6); print $6 }' "$work/contents.txt" | sort >"$work/files.txt"
grep -v '^/usr/' "$work/files.txt" >"$work/outside.txt" || true
[ ! -s "$work/outside.txt" ] || fail "files outside /usr: $(tr '\n' ' ' <"$work/outside.txt")"

{
    for p in "${programs[@]}"; do echo "/usr/bin/$p"; done
    echo /usr/share/doc/btxh-desktop/copyright
    echo /usr/share/doc/btxh-desktop/licenses.md
    echo /usr/share/doc/btxh-desktop/LICENSE
    if has_program btxh; then echo /usr/share/man/man1/btxh.1.gz; fi
    if has_program btxh-desktop; then
        echo "/usr/share/applications/$id.desktop"
        echo "/usr/share/metainfo/$id.metainfo.xml"
        echo "/usr/share/icons/hicolor/scalable/apps/$id.svg"
        for s in "${icon_sizes[@]}"; do echo "/usr/share/icons/hicolor/${s}x${s}/apps/$id.png"; done
    fi
} | sort >"$work/expected-files.txt"
if ! diff -u "$work/expected-files.txt" "$work/files.txt" >"$work/files.diff"; then
    cat "$work/files.diff" >&2
    fail "the package's files differ from the expected list (- expected, + in the package); a new install() rule \
belongs in installer/CMakeLists.txt and in this list"
fi
for p in "${programs[@]}"; do
    grep -Eq "^-rwxr-xr-x .* \./usr/bin/$p\$" "$work/contents.txt" || fail "/usr/bin/$p is not mode 0755"
done

# --- 4. Extracted into an empty folder --------------------------------------------------------------------
root="$work/root"
mkdir -p "$root"
dpkg-deb -x "$deb" "$root" || die "dpkg-deb -x failed"

for p in "${programs[@]}"; do
    bin="$root/usr/bin/$p"
    readelf -d "$bin" >"$work/dynamic-$p.txt" || { fail "$p is not an ELF program"; continue; }
    if grep -Eq '\((RPATH|RUNPATH)\)' "$work/dynamic-$p.txt"; then
        fail "$p has an RPATH/RUNPATH: $(grep -E '\((RPATH|RUNPATH)\)' "$work/dynamic-$p.txt")"
    fi
    readelf -S "$bin" >"$work/sections-$p.txt" || fail "readelf -S $p failed"
    grep -q '\.debug_info' "$work/sections-$p.txt" && fail "$p is not stripped"
    ldd "$bin" >"$work/ldd-$p.txt" 2>&1 || fail "ldd $p failed: $(cat "$work/ldd-$p.txt")"
    grep -q 'not found' "$work/ldd-$p.txt" && fail "$p: libraries not found: $(grep 'not found' "$work/ldd-$p.txt")"
    grep -Fq -e "$build" -e "${BTXH_SOURCE_DIR:-/nonexistent}" "$work/ldd-$p.txt" &&
        fail "$p loads a library from the build or source tree"
    # Each library the program links directly belongs to a package that Depends names.
    for soname in $(sed -nE 's/.*\(NEEDED\).*\[(.*)\]/\1/p' "$work/dynamic-$p.txt"); do
        # The dynamic loader itself (named directly by some libraries' programs) is libc6's, always there.
        case "$soname" in ld-linux*) continue ;; esac
        path=$(awk -v s="$soname" '$1 == s && $2 == "=>" { print $3 }' "$work/ldd-$p.txt")
        [ -n "$path" ] || { fail "$p: cannot resolve $soname"; continue; }
        owner=""
        for candidate in "$path" "${path#/usr}" "/usr$path" "$(readlink -f "$path")" "$(readlink -f "$path" | sed 's|^/usr||')"; do
            owner=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] && break
        done
        if [ -z "$owner" ]; then
            fail "$p: no package owns $path ($soname)"
        elif ! has_dep "$owner"; then
            fail "$p links $soname from $owner, which Depends does not name"
        fi
    done
done

home="$work/home"
mkdir -p "$home"
# A clean environment: no LD_LIBRARY_PATH, a throw-away home.
clean_env=(env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config"
    XDG_DATA_HOME="$home/.local/share" XDG_RUNTIME_DIR="$home/run" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)
run() { "${clean_env[@]}" "$@"; }
mkdir -p "$home/run" && chmod 700 "$home/run"
cd "$work" # nothing from the build or source tree is found by accident

if has_program btxh; then
    out=$(run "$root/usr/bin/btxh" --version 2>&1) || fail "btxh --version failed: $out"
    [ "$out" = "btxh $version" ] || fail "btxh --version printed '$out', expected 'btxh $version'"
    out=$(run "$root/usr/bin/btxh" list --db "$work/cases.sqlite" 2>&1) || fail "btxh list on a new database failed: $out"
    [ -s "$work/cases.sqlite" ] || fail "btxh list did not create its SQLite database"
    note "extracted btxh: --version and list on a new SQLite database work"
fi
if has_program btxh-desktop; then
    out=$(run timeout 60 "$root/usr/bin/btxh-desktop" --version 2>&1) || fail "btxh-desktop --version failed: $out"
    grep -q "$version" <<<"$out" || fail "btxh-desktop --version printed '$out'"
    note "extracted btxh-desktop: --version works (offscreen)"
fi
if has_program ndxp-sandbox; then
    # exec all the way down, so that $! is the sandbox itself and not a shell around it; stopped on every way
    # out of this script (a failed check, set -e, a signal from ctest's timeout): no test leaves it running.
    ( exec "${clean_env[@]}" "$root/usr/bin/ndxp-sandbox" --port 0 --db "$work/sandbox.sqlite" ) \
        >"$work/sandbox.log" 2>&1 &
    sandbox_pid=$!
    stop_sandbox() {
        [ -n "${sandbox_pid:-}" ] || return 0
        kill -TERM "$sandbox_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$sandbox_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$sandbox_pid" 2>/dev/null || true
        wait "$sandbox_pid" 2>/dev/null || true
        sandbox_pid=
    }
    trap stop_sandbox EXIT
    trap 'stop_sandbox; exit 143' TERM INT
    listening=0
    for _ in $(seq 1 300); do # up to 30 s: the machine may be busy
        grep -q 'listening on http://127.0.0.1:' "$work/sandbox.log" && { listening=1; break; }
        kill -0 "$sandbox_pid" 2>/dev/null || break
        sleep 0.1
    done
    stop_sandbox
    ! pgrep -f "^$root/usr/bin/ndxp-sandbox" >/dev/null || fail "ndxp-sandbox still runs after it was stopped"
    [ $listening -eq 1 ] || fail "ndxp-sandbox did not start listening: $(cat "$work/sandbox.log")"
    [ $listening -eq 1 ] && note "extracted ndxp-sandbox: listens on 127.0.0.1, and stops when told"
fi

# Desktop entry, AppStream metadata, icons.
if has_program btxh-desktop; then
    desktop="$root/usr/share/applications/$id.desktop"
    desktop-file-validate "$desktop" >"$work/desktop-validate.txt" 2>&1 ||
        fail "desktop-file-validate: $(cat "$work/desktop-validate.txt")"
    [ ! -s "$work/desktop-validate.txt" ] || fail "desktop-file-validate: $(cat "$work/desktop-validate.txt")"
    exec_program=$(sed -nE 's/^Exec=([^ ]+).*/\1/p' "$desktop")
    [ -x "$root/usr/bin/$exec_program" ] || fail "the desktop entry runs '$exec_program', which is not in /usr/bin"
    grep -qx "Icon=$id" "$desktop" || fail "the desktop entry's Icon is not $id"
    grep -q '^Name\[vi\]=' "$desktop" && grep -q '^Comment\[vi\]=' "$desktop" ||
        fail "the desktop entry has no Vietnamese Name/Comment"

    metainfo="$root/usr/share/metainfo/$id.metainfo.xml"
    appstreamcli validate --no-net --pedantic "$metainfo" >"$work/appstream-validate.txt" 2>&1 ||
        fail "appstreamcli validate: $(cat "$work/appstream-validate.txt")"
    grep -q "<id>$id</id>" "$metainfo" || fail "metainfo id is not $id"
    grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
        fail "metainfo does not launch $id.desktop"
    grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo has no release $version"
    for p in "${programs[@]}"; do
        grep -q "<binary>$p</binary>" "$metainfo" || fail "metainfo does not provide $p"
    done
    grep -Eq '@[A-Z_]+@' "$metainfo" && fail "metainfo has an unconfigured @VARIABLE@"

    grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/$id.svg" || fail "the scalable icon is not SVG"
    for s in "${icon_sizes[@]}"; do
        png="$root/usr/share/icons/hicolor/${s}x${s}/apps/$id.png"
        [ -f "$png" ] || continue # reported by the file list
        header=$(od -An -tx1 -N24 "$png" | tr -d ' \n')
        [ "${header:0:16}" = 89504e470d0a1a0a ] || { fail "$png is not a PNG"; continue; }
        w=$((16#${header:32:8}))
        h=$((16#${header:40:8}))
        [ "$w" -eq "$s" ] && [ "$h" -eq "$s" ] || fail "${s}x${s} icon is ${w}x${h}"
    done
    note "desktop entry, AppStream metadata and ${#icon_sizes[@]} PNG icons valid"
fi

# Man page.
if has_program btxh; then
    man_page="$root/usr/share/man/man1/btxh.1.gz"
    gzip -t "$man_page" || fail "the man page is not valid gzip"
    zcat "$man_page" >"$work/btxh.1"
    grep -q "^\.TH BTXH 1 \"[0-9-]*\" \"BTXH Desktop $version\"" "$work/btxh.1" ||
        fail "the man page's .TH line does not carry version $version: $(grep '^\.TH' "$work/btxh.1")"
    commands=$(run "$root/usr/bin/btxh" --lang en --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 { print $1 }' |
        grep -v '^Commands:' || true)
    [ -n "$commands" ] || fail "cannot read the command list from btxh --help"
    for c in $commands; do
        grep -q "^\.SS \"${c}[ \"]" "$work/btxh.1" ||
            fail "the man page (installer/linux/btxh.1) does not document 'btxh $c'"
    done
    if command -v man >/dev/null 2>&1; then
        LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$man_page" >/dev/null 2>"$work/man-warnings.txt" ||
            fail "man cannot render the man page"
        [ ! -s "$work/man-warnings.txt" ] || fail "man page warnings: $(cat "$work/man-warnings.txt")"
    elif command -v groff >/dev/null 2>&1; then
        groff -man -ww -z "$work/btxh.1" 2>"$work/man-warnings.txt" || fail "groff cannot render the man page"
        [ ! -s "$work/man-warnings.txt" ] || fail "man page warnings: $(cat "$work/man-warnings.txt")"
    else
        note "NOTE: neither man nor groff is installed: the man page's roff was not rendered"
    fi
    note "man page documents: $(tr '\n' ' ' <<<"$commands")"
fi

# --- 5. dpkg --root into an empty root --------------------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
    droot="$work/dpkg-root"
    mkdir -p "$droot/var/lib/dpkg/info" "$droot/var/lib/dpkg/updates" "$droot/var/lib/dpkg/triggers" "$droot/var/log"
    : >"$droot/var/lib/dpkg/status"
    : >"$droot/var/lib/dpkg/available"
    if dpkg --root="$droot" --force-depends --force-script-chrootless -i "$deb" >"$work/dpkg-install.log" 2>&1; then
        grep -q '^Status: install ok installed' <<<"$(dpkg --root="$droot" -s btxh-desktop)" ||
            fail "dpkg --root: btxh-desktop is not recorded as installed"
        while IFS= read -r f; do
            [ -e "$droot$f" ] || fail "dpkg --root -L lists $f, which is not there"
        done < <(dpkg --root="$droot" -L btxh-desktop)
        if has_program btxh; then
            out=$(run "$droot/usr/bin/btxh" --version 2>&1) || fail "btxh --version after dpkg --root -i: $out"
        fi
        dpkg --root="$droot" --force-depends -P btxh-desktop >"$work/dpkg-remove.log" 2>&1 ||
            fail "dpkg --root -P failed: $(cat "$work/dpkg-remove.log")"
        left=$(find "$droot" -path "$droot/var" -prune -o -type f -print 2>/dev/null | head -5 || true)
        [ -z "$left" ] || fail "files left after dpkg --root -P: $left"
        note "dpkg --root: installed into an empty root, ran btxh there, purged cleanly"
    else
        fail "dpkg --root -i failed: $(cat "$work/dpkg-install.log")"
    fi
else
    note "NOTE: not root: the dpkg --root install was not tried (CI runs the suite as root)"
fi

if [ $failures -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "PASS: $(basename "$deb")"
