// Bytes each query downloads: runs the real client (templates/assets/search.js) under Node on a
// built site, counting the index fragments it loads. Cold: a fresh page, the query pasted.
// Typed: the query typed a character at a time, every step searched, fragments cached.
// Usage: node bench/search/query-bytes.js SITE "query one" "query two" ...
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const client = require('../../templates/assets/search.js');

function open(root) {
  const loaded = new Map();
  const index = new client.Index((file, failed) => {
    const f = path.join(root, file);
    if (fs.existsSync(f)) {
      const code = fs.readFileSync(f, 'utf8');
      loaded.set(file, Buffer.byteLength(code));
      new Function('__bs_search', code)(index.api);
    }
    setImmediate(failed);
  });
  index.bytes = () => [...loaded.values()].reduce((a, b) => a + b, 0);
  index.files = () => loaded.size;
  return index;
}

(async () => {
  const [site, ...queries] = process.argv.slice(2);
  const script = fs.statSync(path.join(site, 'assets/search.js')).size;
  console.log('client assets/search.js: ' + script + ' bytes (loaded once, cached by browsers)');
  console.log('query'.padEnd(28) + 'results'.padStart(9) + 'cold kB'.padStart(9) +
    'files'.padStart(7) + 'typed kB'.padStart(10) + 'ms'.padStart(7));
  for (const q of queries) {
    const cold = open(site);
    const t0 = process.hrtime.bigint();
    const r = await cold.search(q);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const typed = open(site);
    for (let i = 1; i <= q.length; i++) await typed.search(q.slice(0, i));
    console.log(JSON.stringify(q).padEnd(28) + String(r.count).padStart(9) +
      (cold.bytes() / 1024).toFixed(1).padStart(9) + String(cold.files()).padStart(7) +
      (typed.bytes() / 1024).toFixed(1).padStart(10) + ms.toFixed(0).padStart(7));
  }
})();
