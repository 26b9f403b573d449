// Tests of assets/search.js under Node, against indexes built by the Java side
// (SearchClientTest sets BS_SITE, BS_PLAIN, BS_SPLIT and BS_PARITY and runs node --test).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const client = require('../../../templates/assets/search.js');

const env = (name) => {
  if (!process.env[name]) throw new Error(name + ' is not set: run through SearchClientTest');
  return process.env[name];
};

/** An index read from disk as the browser would, counting the files and bytes it loads. */
function open(root) {
  const loaded = [];
  const index = new client.Index((file, failed) => {
    const f = path.join(root, file);
    if (fs.existsSync(f)) {
      const code = fs.readFileSync(f, 'utf8');
      loaded.push([file, Buffer.byteLength(code)]);
      new Function('__bs_search', code)(index.api);
    }
    setImmediate(failed);
  });
  index.loaded = loaded;
  return index;
}

const headlines = (r) => r.hits.map((h) => h.doc.h);
const site = () => open(env('BS_SITE'));

test('the headline weighs more than the body: the story about a bridge ranks first', async () => {
  const r = await site().search('bridge');
  assert.deepEqual(headlines(r),
    ['Harbour bridge reopens after repairs', 'A walk along the river']);
  assert.ok(r.hits[0].score > r.hits[1].score);
});

test('the last word is a prefix while it is typed', async () => {
  const idx = site();
  for (const q of ['br', 'brid', 'bridg']) {
    assert.ok(headlines(await idx.search(q)).includes('A walk along the river'), q);
  }
  assert.deepEqual(headlines(await idx.search('harb')), ['Harbour bridge reopens after repairs']);
  // Past the stem: "intelligen" is longer than the indexed "intellig" but still finds it.
  for (const q of ['intel', 'intellig', 'intelligen', 'intelligenc', 'intelligence']) {
    assert.deepEqual(headlines(await idx.search(q)),
      ['Intelligence agencies review their rules'], q);
  }
  // A finished word (followed by a space) is not a prefix.
  assert.equal((await idx.search('harb ')).count, 0);
});

test('words are stemmed: sharing, shared and shares find each other', async () => {
  const idx = site();
  const sharing = headlines(await idx.search('sharing '));
  assert.deepEqual(sharing.slice().sort(), ['Harbour bridge reopens after repairs',
    'Intelligence agencies review their rules', 'Markets <script>alert(1)</script> rally in Zürich',
    'The café that never closes']);
  assert.deepEqual(headlines(await idx.search('shared ')).sort(), sharing.slice().sort());
  assert.deepEqual(headlines(await idx.search('share ')).sort(), sharing.slice().sort());
});

test('case and accents are folded', async () => {
  const idx = site();
  for (const q of ['cafe', 'CAFÉ', 'Cafe\u0301', 'café', 'muller', 'MÜLLER', 'naive']) {
    assert.deepEqual(headlines(await idx.search(q + ' ')), ['The café that never closes'], q);
  }
  assert.deepEqual(headlines(await idx.search('zurich')),
    ['Markets <script>alert(1)</script> rally in Zürich']);
});

test('quoted phrases match only as phrases', async () => {
  const idx = site();
  assert.deepEqual(headlines(await idx.search('white house')).sort(),
    ['Inside the White House press room', 'Paint prices rise again']);
  const phrase = await idx.search('"white house"');
  assert.deepEqual(headlines(phrase), ['Inside the White House press room']);
  assert.equal(phrase.count, 1);
  assert.equal((await idx.search('"house white"')).count, 1);
  assert.equal((await idx.search('"bridge reopens"')).count, 1);
  assert.equal((await idx.search('"reopens bridge"')).count, 0);
});

test('filters by section and by year', async () => {
  const idx = site();
  const meta = await idx.meta();
  assert.deepEqual(meta.sections.map((s) => s[0]), ['Business', 'Culture', 'World']);
  assert.deepEqual(meta.years.map((y) => y[0]), [2017, 2016, 2015]);
  const culture = String(meta.sections.findIndex((s) => s[0] === 'Culture'));
  assert.deepEqual(headlines(await idx.search('bridge', { section: culture })),
    ['A walk along the river']);
  assert.deepEqual(headlines(await idx.search('bridge', { year: '2017' })),
    ['Harbour bridge reopens after repairs']);
  assert.equal((await idx.search('bridge', { year: '2015' })).count, 0);
  assert.deepEqual(headlines(await idx.search('shared', { section: culture, year: '2015' })),
    ['The café that never closes']);
});

test('results carry what a reader sees, text kept as text', async () => {
  const r = await site().search('markets');
  const doc = r.hits[0].doc;
  assert.equal(doc.h, 'Markets <script>alert(1)</script> rally in Zürich');
  assert.match(doc.u, /^articles\/.+\.html$/);
  assert.equal(doc.d, '2017-02-02');
  assert.equal(doc.s, 'Business');
  assert.ok(doc.dt.length > 0);
  assert.ok(doc.t.includes('results & "a strong quarter"'));
  const files = fs.readdirSync(path.join(env('BS_SITE'), 'search/d/0'));
  for (const f of files) {
    assert.doesNotMatch(fs.readFileSync(path.join(env('BS_SITE'), 'search/d/0', f), 'utf8'), /</);
  }
});

test('snippets mark the matched words, keeping the text as written', async () => {
  const r = await site().search('bridges');
  const river = r.hits.find((h) => h.doc.h === 'A walk along the river');
  const runs = client.snippet(river.doc.t, r.match, 32);
  assert.deepEqual(runs.filter((x) => x[1]).map((x) => x[0]), ['bridge', 'bridge', 'bridge']);
  assert.equal(runs.map((x) => x[0]).join(''), river.doc.t);
  const long = 'word '.repeat(100) + 'Bridge ' + 'word '.repeat(100);
  const cut = client.snippet(long, r.match, 10);
  assert.equal(cut[0][0], '\u2026');
  assert.equal(cut[cut.length - 1][0], '\u2026');
  assert.deepEqual(cut.filter((x) => x[1]).map((x) => x[0]), ['Bridge']);
});

test('a query loads only the fragments for its terms and the results shown', async () => {
  const idx = site();
  const r = await idx.search('bridge');
  const files = idx.loaded.map((f) => f[0]).sort();
  assert.deepEqual(files.filter((f) => f.startsWith('search/t/')), ['search/t/br.js']);
  // Four articles to a fragment, counted from the oldest: the groups of the two results.
  const n = (await idx.meta()).n;
  assert.equal(r.hits.length, 2);
  const groups = [...new Set(r.hits.map((h) => Math.floor((n - 1 - h.n) / 4)))];
  assert.deepEqual(files.filter((f) => f.startsWith('search/d/')),
    groups.map((g) => 'search/d/0/' + g + '.js').sort());
  assert.ok(files.includes('search/meta.js'));
});

test('folding and stemming agree with the Java side word for word', () => {
  const parity = JSON.parse(fs.readFileSync(env('BS_PARITY'), 'utf8'));
  const words = Object.entries(parity.words);
  assert.ok(words.length > 500, 'word list of ' + words.length);
  for (const [word, [folded, term]] of words) {
    assert.equal(client.fold(word), folded, 'fold ' + word);
    assert.equal(client.term(word), term, 'term ' + word);
  }
  for (const [text, terms] of parity.texts) assert.deepEqual(client.terms(text), terms);
});

test('Porter stems as published', () => {
  const pairs = { caresses: 'caress', ponies: 'poni', ties: 'ti', cats: 'cat', feed: 'feed',
    agreed: 'agre', plastered: 'plaster', motoring: 'motor', sing: 'sing', conflated: 'conflat',
    hopping: 'hop', falling: 'fall', filing: 'file', happy: 'happi', relational: 'relat',
    generalizations: 'gener', oscillators: 'oscil', effective: 'effect', adjustment: 'adjust',
    controlling: 'control', rolling: 'roll', sharing: 'share', shared: 'share' };
  for (const [w, s] of Object.entries(pairs)) assert.equal(client.stem(w), s, w);
});

test('split shards give the same results as whole ones', async () => {
  const plain = open(env('BS_PLAIN'));
  const split = open(env('BS_SPLIT'));
  const deep = fs.readdirSync(path.join(env('BS_SPLIT'), 'search/t'));
  assert.ok(deep.some((f) => f.length >= 7), 'some shard keys are longer: ' + deep);
  for (const q of ['bridge', 'bridging', 'br', 'bri', 'brid', 'sha', 'shar', 'sharing market',
    'intel', 'intellig', 'intelligen', 'white house', 'house', 'riv', 'rival', 'ma']) {
    const a = await plain.search(q, { limit: 50 });
    const b = await split.search(q, { limit: 50 });
    if (q.length > 3 || q.includes(' ')) {
      assert.deepEqual(b.hits.map((h) => h.n), a.hits.map((h) => h.n), q);
    } else {
      assert.ok(b.count > 0, q);
    }
  }
});
