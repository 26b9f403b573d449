// Time to first results in headless Chromium, over a local HTTP server serving the site under
// /archive/, driven through Debian's chromedriver with plain WebDriver HTTP calls (no
// dependencies). For each query, with the browser cache disabled: (1) open
// search.html?q=QUERY and time from navigation start to the first result shown; (2) on the open
// page, type the query into the box and time from the input event to the first result (this
// includes the client's 60 ms pause for further keystrokes).
// Usage: node bench/search/chromium-timing.js SITE "query one" ...
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const os = require('node:os');

const [site, ...queries] = process.argv.slice(2);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const rel = decodeURIComponent(url.pathname).replace(/^\/archive\//, '');
  const file = path.join(site, rel || 'index.html');
  if (!file.startsWith(path.resolve(site)) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404); res.end(); return;
  }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});

async function wd(method, url, body) {
  const r = await fetch('http://127.0.0.1:9517' + url, { method,
    headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
  const j = await r.json();
  if (j.value && j.value.error) throw new Error(JSON.stringify(j.value));
  return j.value;
}

(async () => {
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const base = 'http://127.0.0.1:' + server.address().port + '/archive/';
  const driver = spawn('/usr/bin/chromedriver', ['--port=9517'], { stdio: 'ignore' });
  await new Promise((ok) => setTimeout(ok, 1000));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bs-chromium-'));
  const session = await wd('POST', '/session', { capabilities: { alwaysMatch: {
    'goog:chromeOptions': { binary: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox',
      '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      '--user-data-dir=' + profile] } } } });
  const s = '/session/' + session.sessionId;
  const run = (script, args = []) => wd('POST', s + '/execute/async', { script, args });
  await wd('POST', s + '/goog/cdp/execute', { cmd: 'Network.enable', params: {} });
  await wd('POST', s + '/goog/cdp/execute', { cmd: 'Network.setCacheDisabled',
    params: { cacheDisabled: true } });
  await wd('POST', s + '/timeouts', { script: 30000 });
  console.log('query'.padEnd(28) + 'page load to results ms'.padStart(25) +
    'typed to results ms'.padStart(22));
  const waitForResults = `
    const done = arguments[arguments.length - 1], t0 = arguments[0];
    (function poll() {
      if (document.querySelector('.search-result') || /No articles/.test(
          document.querySelector('.search-status').textContent)) done(performance.now() - t0);
      else setTimeout(poll, 2);
    })();`;
  for (const q of queries) {
    await wd('POST', s + '/url', { url: base + 'search.html?q=' + encodeURIComponent(q) });
    const load = await run(waitForResults, [0]);
    await wd('POST', s + '/url', { url: base + 'search.html' });
    const typed = await run(`
      const done = arguments[arguments.length - 1], input = document.getElementById('search-query');
      const t0 = performance.now();
      input.value = arguments[0];
      input.dispatchEvent(new Event('input'));
      (function poll() {
        if (document.querySelector('.search-result') || /No articles/.test(
            document.querySelector('.search-status').textContent)) done(performance.now() - t0);
        else setTimeout(poll, 2);
      })();`, [q]);
    console.log(JSON.stringify(q).padEnd(28) + load.toFixed(0).padStart(25) +
      typed.toFixed(0).padStart(22));
  }
  await wd('DELETE', s);
  driver.kill();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
})().catch((e) => { console.error(e); process.exit(1); });
