#!/usr/bin/env bash
# Sets coalition up on a fresh Debian/Ubuntu or macOS machine, then renders the
# sample letter to out/. Safe to run again: it installs only what is missing.
#
#   - Node.js 20 or newer must be there (we say how to get it if not);
#   - a Chrome/Chromium for PDFs, unless one is found (PUPPETEER_EXECUTABLE_PATH,
#     CHROME_PATH, or the usual install paths);
#   - poppler-utils (pdftotext, pdfinfo), which the tests use to read PDFs back, a
#     Java runtime for the Nu HTML Checker (vnu-jar) the accessibility tests run, and
#     LibreOffice Writer (headless), which the tests open every Word letter with, and
#     Apache PDFBox Preflight (Debian: libpdfbox2-java, libactivation-java,
#     libjaxb-api-java), which they validate the PDF/A files with;
#   - the npm dependencies from the lock file, then the TypeScript build.
#
# It prints each step, then the files it wrote; package managers' own chatter is kept
# to errors.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'setup: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "need root to run: $* (install sudo, or run this script as root)"; fi
}

have_browser() {
  local candidate
  for candidate in "${PUPPETEER_EXECUTABLE_PATH:-}" "${CHROME_PATH:-}" \
    /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable \
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

say "Checking for Node.js 20+, Chrome/Chromium, poppler-utils, Java and LibreOffice (installing what is missing)"
case "$(uname -s)" in
  Linux)
    if command -v apt-get >/dev/null 2>&1; then
      packages=()
      have_browser || packages+=(chromium)
      command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
      command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
      command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui)
      # Apache PDFBox Preflight, which the tests validate the PDF/A files with.
      [ -f /usr/share/java/preflight.jar ] || packages+=(libpdfbox2-java)
      [ -f /usr/share/java/javax.activation.jar ] || packages+=(libactivation-java)
      [ -f /usr/share/java/jaxb-api.jar ] || packages+=(libjaxb-api-java)
      node_ok || packages+=(nodejs npm)
      if [ ${#packages[@]} -gt 0 ]; then
        say "Installing ${packages[*]} with apt-get"
        as_root apt-get update -qq
        # Ubuntu names the browser chromium-browser.
        as_root apt-get install -y -qq "${packages[@]}" \
          || as_root apt-get install -y -qq "${packages[@]/#chromium/chromium-browser}"
      fi
    else
      have_browser || die "no Chrome/Chromium found: install one and set PUPPETEER_EXECUTABLE_PATH"
    fi
    ;;
  Darwin)
    if command -v brew >/dev/null 2>&1; then
      node_ok || { say "Installing Node.js with Homebrew"; brew install node; }
      have_browser || { say "Installing Chromium with Homebrew"; brew install --cask chromium; }
      command -v pdftotext >/dev/null 2>&1 || { say "Installing poppler with Homebrew"; brew install poppler; }
      java -version >/dev/null 2>&1 || { say "Installing a Java runtime with Homebrew"; brew install openjdk; }
      command -v soffice >/dev/null 2>&1 || [ -x /Applications/LibreOffice.app/Contents/MacOS/soffice ] \
        || { say "Installing LibreOffice with Homebrew"; brew install --cask libreoffice; }
    else
      have_browser || die "no Chrome found: install Google Chrome, or Homebrew (https://brew.sh) and run this again"
    fi
    ;;
  *) have_browser || die "no Chrome/Chromium found: install one and set PUPPETEER_EXECUTABLE_PATH" ;;
esac

node_ok || die "coalition needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none)); see https://nodejs.org"

say "Installing npm dependencies from package-lock.json"
# No dependency needs an install script (puppeteer's only downloads a Chrome, which
# coalition does not use), and npm's notices are not for this reader: errors only.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

say "Building dist/"
npm run build --silent

say "Rendering the sample letter (files written:)"
node bin/coalition.js build --quiet | sed 's/^/    /'

say "Ready"
cat <<EOF
    coalition runs from this folder as: node bin/coalition.js <command>
    To put it on your PATH, as the docs assume (README, "Install"):
        npm install --global . --ignore-scripts
    then check what it finds:  coalition doctor
EOF
