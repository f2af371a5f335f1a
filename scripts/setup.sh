#!/usr/bin/env bash
# Sets coalition up on a fresh Debian/Ubuntu or macOS machine, then renders the
# sample letter to out/. Safe to run again: it installs only what is missing.
#
#   - Node.js 20 or newer must be there (we say how to get it if not);
#   - a Chrome/Chromium for PDFs, unless one is found (PUPPETEER_EXECUTABLE_PATH,
#     CHROME_PATH, or the usual install paths): on Debian Chromium's headless shell
#     (chromium-headless-shell, the browser coalition prefers: the same PDFs for a third
#     of the CPU), elsewhere Chromium; with a full Chromium already there, a tip says
#     how to add the shell;
#   - what the tests use: poppler-utils (pdftotext, pdfinfo) to read PDFs back, a Java
#     runtime for the Nu HTML Checker (vnu-jar), LibreOffice Writer (headless) to open
#     every Word letter (with its Python bridge, python3-uno, on Debian/Ubuntu, so a
#     test worker starts it once), and on Debian/Ubuntu Apache PDFBox's preflight with the sRGB
#     profile (libpdfbox2-java, libactivation-java, libjaxb-api-java,
#     icc-profiles-free) to validate PDF/A;
#   - the npm dependencies from the lock file, then the build (dist/).
#
# It prints each step, then the files it wrote. The package managers' own output
# (apt-get's unpacking log alone is some 800 lines on a new machine) goes to a log
# file, named only when something fails, with its last lines. .ci/run runs this too.
set -euo pipefail
cd "$(dirname "$0")/.."

LOG="$(mktemp "${TMPDIR:-/tmp}/coalition-setup.XXXXXX")"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

# Runs a command with its output appended to the log; returns its status.
logged() {
  printf '\n$ %s\n' "$*" >>"$LOG"
  "$@" >>"$LOG" 2>&1
}

# Runs a command quietly; if it fails, says so with the log's path and last lines, and stops.
quietly() {
  logged "$@" && return 0
  local status=$?
  local command="$*"
  printf 'setup: this failed (exit %s): %s\n' "$status" "${command/#apt_get/apt-get}" >&2
  printf 'setup: the whole output is in %s; its last lines:\n' "$LOG" >&2
  tail -n 25 "$LOG" | sed 's/^/    /' >&2
  exit "$status"
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $* (install sudo, or run this script as root)"; fi
}

apt_get() { as_root env DEBIAN_FRONTEND=noninteractive apt-get -y -q -o Dpkg::Use-Pty=0 "$@"; }

have_browser() {
  local candidate
  for candidate in "${PUPPETEER_EXECUTABLE_PATH:-}" "${CHROME_PATH:-}" \
    /usr/bin/chromium-headless-shell /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable \
    /snap/bin/chromium /opt/google/chrome/chrome \
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" \
    "/Applications/Chromium.app/Contents/MacOS/Chromium"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && return 0
  done
  return 1
}

node_ok() {
  command -v node >/dev/null 2>&1 && [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ]
}

say "Checking for Node.js 20+, Chrome/Chromium, poppler-utils, Java, LibreOffice and PDFBox (installing what is missing)"
case "$(uname -s)" in
  Linux)
    if command -v apt-get >/dev/null 2>&1; then
      packages=()
      # A browser for PDFs when none is found (the choice is made after apt's update below:
      # its lists may be empty on a new machine): the headless shell where apt has it
      # (Debian), else Chromium. A browser already there is left as it is.
      has_shell_package() { apt-cache show chromium-headless-shell >/dev/null 2>&1; }
      command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
      command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
      command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui)
      # Its Python bridge, so that the tests start LibreOffice once per worker, not per file.
      /usr/bin/python3 -c 'import uno' >/dev/null 2>&1 || packages+=(python3-uno)
      # PDF/A validation (PDFBox preflight and what it needs on Java 17), checked by file.
      [ -f /usr/share/java/preflight.jar ] || packages+=(libpdfbox2-java)
      [ -f /usr/share/java/javax.activation.jar ] || packages+=(libactivation-java)
      [ -f /usr/share/java/jaxb-api.jar ] || packages+=(libjaxb-api-java)
      [ -f /usr/share/color/icc/sRGB.icc ] || packages+=(icc-profiles-free)
      node_ok || packages+=(nodejs npm)
      if [ ${#packages[@]} -gt 0 ] || ! have_browser; then
        logged apt_get update || quietly apt_get update   # once more: a mirror may be syncing
        if ! have_browser; then
          if has_shell_package; then packages+=(chromium-headless-shell); else packages+=(chromium); fi
        fi
        say "Installing ${packages[*]} with apt-get"
        # Ubuntu names the browser chromium-browser.
        logged apt_get install "${packages[@]}" \
          || quietly apt_get install $(for p in "${packages[@]}"; do [ "$p" = chromium ] && p=chromium-browser; echo "$p"; done)
      fi
      if [ ! -x /usr/bin/chromium-headless-shell ] && has_shell_package; then
        echo "    tip: \`sudo apt-get install chromium-headless-shell\` prints the same PDFs with a third of the CPU (README, \"The browser\")"
      fi
    else
      have_browser || die "no Chrome/Chromium found: install one and set PUPPETEER_EXECUTABLE_PATH"
    fi
    ;;
  Darwin)
    if command -v brew >/dev/null 2>&1; then
      node_ok || { say "Installing Node.js with Homebrew"; quietly brew install node; }
      have_browser || { say "Installing Chromium with Homebrew"; quietly brew install --cask chromium; }
      command -v pdftotext >/dev/null 2>&1 || { say "Installing poppler with Homebrew"; quietly brew install poppler; }
      java -version >/dev/null 2>&1 || { say "Installing a Java runtime with Homebrew"; quietly brew install openjdk; }
      command -v soffice >/dev/null 2>&1 || [ -x /Applications/LibreOffice.app/Contents/MacOS/soffice ] \
        || { say "Installing LibreOffice with Homebrew"; quietly brew install --cask libreoffice; }
    else
      have_browser || die "no Chrome found: install Google Chrome, or Homebrew (https://brew.sh) and run this again"
    fi
    ;;
  *) have_browser || die "no Chrome/Chromium found: install one and set PUPPETEER_EXECUTABLE_PATH" ;;
esac

node_ok || die "coalition needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none)); see https://nodejs.org"

say "Installing npm dependencies from package-lock.json"
# No dependency needs an install script (puppeteer's only downloads a Chrome, which
# coalition does not use).
quietly npm ci --ignore-scripts --no-audit --no-fund

say "Building dist/"
npm run build --silent

say "Rendering the sample letter (files written:)"
node bin/coalition.js build --quiet | sed 's/^/    /'

rm -f "$LOG"
say "Ready"
cat <<EOF
    coalition runs from this folder as: node bin/coalition.js <command>
    To put it on your PATH, as the docs assume (README, "Install"):
        npm install --global . --ignore-scripts
    then check what it finds:  coalition doctor
EOF
