// coalition finds a browser itself (flag, env, puppeteer's cache, system paths), and
// scripts/setup.sh installs one when none is found. puppeteer is a dev dependency (the
// bundle in dist/ carries it, so an installed coalition has no puppeteer package to run
// an install script): this file keeps a contributor's `npm install`, should it run
// install scripts, from downloading a Chrome, so it works offline and behind
// registries-only networks.
module.exports = { skipDownload: true };
