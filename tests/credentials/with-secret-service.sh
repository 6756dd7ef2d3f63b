#!/bin/sh
# Runs one test program inside a private D-Bus session with an unlocked GNOME Keyring, in a
# fresh HOME, so the test talks to a real Secret Service but never to the user's own keyring.
set -eu

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "with-secret-service: $tool is missing; install dbus and gnome-keyring" \
             "(scripts/install-deps lists them)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/ib-keychain-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -m 700 "$scratch/runtime"

export HOME="$scratch"
export XDG_DATA_HOME="$scratch/data"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
export IB_PRIVATE_SECRET_SERVICE="$scratch"

# The keyring password only guards this throw-away keyring.
dbus-run-session -- sh -c \
    'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    with-secret-service "$@"
