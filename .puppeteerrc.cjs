// coalition finds a browser itself (flag, env, puppeteer's cache, system paths), and
// scripts/setup.sh installs one when none is found; `npm install` never downloads Chrome,
// so it works offline and behind registries-only networks. The file ships in the package
// (package.json "files"): puppeteer's install script looks for it from its own folder
// upwards, so a global install of the packed tarball skips the download too.
module.exports = { skipDownload: true };
