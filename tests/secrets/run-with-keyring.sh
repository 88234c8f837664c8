#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test against a real Secret Service, or against none, in a throwaway home.
#
#   run-with-keyring.sh keyring PROGRAM [ARGS...]  private D-Bus session, gnome-keyring started and unlocked
#   run-with-keyring.sh locked  PROGRAM [ARGS...]  a keyring that holds an entry, then started again NOT unlocked
#   run-with-keyring.sh no-dbus PROGRAM [ARGS...]  no session bus at all
#   run-with-keyring.sh no-dbus-kwallet PROGRAM...  no session bus, on a KDE 4 desktop: QtKeychain then takes its
#                                                   KWallet path, the one with a plain-text fallback
#
# HOME and every XDG directory point into a fresh temporary directory, exported as BTXH_TEST_HOME so the test
# can look at every file written there; it is removed afterwards. Nothing of the developer's own session
# (bus, keyring, desktop) is visible to the test. The keyring daemon is stopped when the program ends.
set -u

password=btxh-test-keyring-password
secrets=org.freedesktop.secrets

# Inside dbus-run-session: start gnome-keyring (unlocked or not), wait until it owns its bus name (the daemon
# returns before that, and a test that came first would get a second, D-Bus-activated, locked daemon), run the
# command, stop the daemon.
if [ "${1:-}" = "--inside-bus" ]; then
    unlock=$2
    shift 2
    if [ "$unlock" = unlock ]; then
        printf %s "$password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    else
        gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
    fi
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
              org.freedesktop.DBus.GetNameOwner "string:$secrets" >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "run-with-keyring.sh: gnome-keyring did not come up on the session bus" >&2
            exit 1
        fi
        sleep 0.1
    done
    daemon=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
                 org.freedesktop.DBus.GetConnectionUnixProcessID "string:$secrets" 2>/dev/null |
             sed -n 's/^ *uint32 \([0-9][0-9]*\)$/\1/p')
    rc=0
    "$@" || rc=$?
    [ -n "$daemon" ] && kill "$daemon" 2>/dev/null
    exit "$rc"
fi

mode=${1:?mode: keyring, locked, no-dbus or no-dbus-kwallet}
shift

for tool in dbus-run-session dbus-send gnome-keyring-daemon secret-tool; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring.sh: $tool is missing; install gnome-keyring dbus-x11 libsecret-tools" >&2
        exit 1
    fi
done

home=$(mktemp -d "${TMPDIR:-/tmp}/btxh-secrets-test.XXXXXX") || exit 1
trap 'rm -rf "$home"' EXIT
trap 'exit 130' INT TERM
mkdir -p "$home/config" "$home/data" "$home/cache" "$home/state" "$home/run"
chmod 700 "$home/run"

export HOME="$home" BTXH_TEST_HOME="$home"
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache"
export XDG_STATE_HOME="$home/state" XDG_RUNTIME_DIR="$home/run"
# No X11 display (D-Bus autolaunch), no desktop (QtKeychain would look for KWallet), no inherited bus or keyring.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK \
      XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID KDE_FULL_SESSION KDE_SESSION_VERSION \
      BTXH_CONSUMER_KEY BTXH_CONSUMER_SECRET

self=$0
rc=0
case "$mode" in
keyring)
    dbus-run-session -- sh "$self" --inside-bus unlock "$@" || rc=$?
    ;;
locked)
    # First session: create the login keyring and put an entry in it, as a user's earlier session would.
    dbus-run-session -- sh "$self" --inside-bus unlock sh -c '
        printf %s stored-before-the-lock | secret-tool store --label="btxh locked test" \
            server btxh-desktop user default/consumer-key type plaintext' 2>/dev/null || exit 1
    # Second session: the daemon starts without the password, so the login keyring stays locked.
    dbus-run-session -- sh "$self" --inside-bus locked "$@" || rc=$?
    ;;
no-dbus)
    "$@" || rc=$?
    ;;
no-dbus-kwallet)
    XDG_CURRENT_DESKTOP=KDE KDE_SESSION_VERSION=4 "$@" || rc=$?
    ;;
*)
    echo "run-with-keyring.sh: unknown mode $mode" >&2
    rc=2
    ;;
esac
exit "$rc"
