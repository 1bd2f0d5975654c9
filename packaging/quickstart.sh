#!/usr/bin/env bash
# Guanxi's one-stop developer script for Debian 12 (and derivatives).
#
#   packaging/quickstart.sh run [ARGS…]  install what is missing, build, start Guanxi (default workspace)
#   packaging/quickstart.sh test         install what is missing, build, run every test
#   packaging/quickstart.sh deps         only install the Debian packages Guanxi needs
#   packaging/quickstart.sh build        only configure and build (build/)
#   packaging/quickstart.sh package      build the .deb and .tar.gz (build/packages/)
#
# Packages are installed with apt-get (through sudo when not root). On other systems the script
# lists what it needs and carries on with what is there. BUILD_DIR and BUILD_TYPE override the defaults.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build}"
build_type="${BUILD_TYPE:-RelWithDebInfo}"

# What building, testing and packaging Guanxi needs on Debian 12 (Qt 6.4 is the floor).
packages=(
    g++ cmake ninja-build pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libsqlite3-dev sqlite3 libicu-dev
    libxlsxwriter-dev libminizip-dev
    fonts-wqy-microhei xvfb xauth
    desktop-file-utils appstream
)

say() { printf '\033[1m== %s\033[0m\n' "$*" >&2; }

install_deps() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "Not a Debian system: make sure these (or your system's equivalents) are installed:"
        printf '   %s\n' "${packages[@]}" >&2
        return 0
    fi
    local missing=()
    for p in "${packages[@]}"; do
        if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    say "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    say "Building in $build_dir ($build_type)"
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type"
    cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)"
}

run_tests() {
    say "Running every test"
    ctest --test-dir "$build_dir" --output-on-failure --no-tests=error --parallel "$(nproc 2>/dev/null || echo 2)"
}

package() {
    say "Packaging (.deb and .tar.gz)"
    (cd "$build_dir" && cpack -G "DEB;TGZ" -B "$build_dir/packages")
    ls -l "$build_dir"/packages/*.deb "$build_dir"/packages/*.tar.gz
}

command="${1:-}"
[ $# -gt 0 ] && shift
case "$command" in
    run)
        install_deps
        build
        if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
            say "No display found; starting Guanxi under xvfb-run (set DISPLAY to see the window)"
            exec xvfb-run -a "$build_dir/app/gui/guanxi" "$@"
        fi
        exec "$build_dir/app/gui/guanxi" "$@"
        ;;
    test)
        install_deps
        build
        run_tests
        ;;
    deps) install_deps ;;
    build) build ;;
    package)
        build
        package
        ;;
    *)
        sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
        exit 2
        ;;
esac
