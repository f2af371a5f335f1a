// coalition finds a browser itself (flag, env, puppeteer's cache, system paths), and
// scripts/setup.sh installs one when none is found; `npm install` never downloads Chrome,
// so it works offline and behind registries-only networks.
module.exports = { skipDownload: true };
