/* Broadsheet search. The index is scripts under search/ calling __bs_search, loaded by <script>
   elements (fetch() fails on file://). Words are folded and stemmed as the build's Terms does. */
(() => {
'use strict';
var WORD = /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;
var STOP = new Set(('an and are as at be been but by for from had has have he her his if in' +
  ' into is it its of on or she that the their them then there these they this to was were' +
  ' which with').split(' '));
var ALPHA = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
var PAGE = 10;

function fold(w) {
  var s = w.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  if (/['\u2019]s$/.test(s)) s = s.slice(0, -2);
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

function term(w) {
  var f = fold(w);
  return f.length < 2 || f.length > 40 || STOP.has(f) ? null : stem(f);
}

function terms(text) {
  var out = [];
  (text.match(WORD) || []).forEach(w => { var t = term(w); if (t) out.push(t); });
  return out;
}

// Porter's stemmer, ported line for line from PorterStemmer.java.
var STEP2 = ('ational ate,tional tion,enci ence,anci ance,izer ize,bli ble,alli al,entli ent,' +
  'eli e,ousli ous,ization ize,ation ate,ator ate,alism al,iveness ive,fulness ful,ousness ous,' +
  'aliti al,iviti ive,biliti ble,logi log').split(',').map(p => p.split(' '));
var STEP3 = 'icate ic,ative ,alize al,iciti ic,ical ic,ful ,ness '.split(',')
  .map(p => p.split(' '));
var STEP4 = 'al ance ence er ic able ible ant ement ment ent ion ou ism ate iti ous ive ize'
  .split(' ');

function stem(w) {
  if (w.length <= 2 || !/^[a-z]+$/.test(w)) return w;
  var b = w.split(''), k = b.length - 1, j = 0;
  function cons(i) {
    return 'aeiou'.includes(b[i]) ? false : b[i] === 'y' ? i === 0 || !cons(i - 1) : true;
  }
  function m() {
    var n = 0, i = 0;
    for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
    i++;
    for (;;) {
      for (;;) { if (i > j) return n; if (cons(i)) break; i++; }
      i++; n++;
      for (;;) { if (i > j) return n; if (!cons(i)) break; i++; }
      i++;
    }
  }
  function vowelInStem() { for (var i = 0; i <= j; i++) if (!cons(i)) return true; return false; }
  function doubleC(i) { return i >= 1 && b[i] === b[i - 1] && cons(i); }
  function cvc(i) { return i >= 2 && cons(i) && !cons(i - 1) && cons(i - 2) && !'wxy'.includes(b[i]); }
  function ends(s) {
    if (s.length > k + 1 || b.slice(k - s.length + 1, k + 1).join('') !== s) return false;
    j = k - s.length;
    return true;
  }
  function setTo(s) { for (var i = 0; i < s.length; i++) b[j + 1 + i] = s[i]; k = j + s.length; }
  function r(s) { if (m() > 0) setTo(s); }
  function rule(rules, at) {
    for (var i = 0; i < rules.length; i++) {
      var s = rules[i][0];
      if (s[s.length - at] === b[k + 1 - at] && ends(s)) { r(rules[i][1]); return; }
    }
  }
  if (b[k] === 's') {
    if (ends('sses')) k -= 2;
    else if (ends('ies')) setTo('i');
    else if (b[k - 1] !== 's') k--;
  }
  if (ends('eed')) { if (m() > 0) k--; } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
    k = j;
    if (ends('at')) setTo('ate');
    else if (ends('bl')) setTo('ble');
    else if (ends('iz')) setTo('ize');
    else if (doubleC(k)) { k--; if ('lsz'.includes(b[k])) k++; }
    else if (m() === 1 && cvc(k)) setTo('e');
  }
  if (k > 0) {
    if (ends('y') && vowelInStem()) b[k] = 'i';
    if (k >= 1) rule(STEP2, 2);
    rule(STEP3, 1);
    if (k >= 1) {
      for (var i = 0; i < STEP4.length; i++) {
        var s = STEP4[i];
        if (s[s.length - 2] === b[k - 1] && ends(s)) {
          if (s === 'ion' && (j < 0 || (b[j] !== 's' && b[j] !== 't'))) continue;
          if (m() > 1) k = j;
          break;
        }
      }
    }
    j = k;
    if (b[k] === 'e') { var a = m(); if (a > 1 || a === 1 && !cvc(k - 1)) k--; }
    if (b[k] === 'l' && doubleC(k) && m() > 1) k--;
  }
  return b.slice(0, k + 1).join('');
}

function decode(s) {
  var out = [], acc = 0;
  for (var i = 0; i < s.length; i++) {
    var d = ALPHA.indexOf(s[i]);
    acc = acc * 32 + (d & 31);
    if (d < 32) { out.push(acc); acc = 0; }
  }
  return out;
}

function termFile(key) {
  var name = key;
  if (!/^[a-z0-9]+$/.test(key) || /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/.test(key)) {
    name = '_';
    for (var i = 0; i < key.length; i++) name += ('000' + key.charCodeAt(i).toString(16)).slice(-4);
  }
  return 'search/t/' + name + '.js';
}

/* A query: required words (a term, or for the last word still being typed a prefix), and
   quoted phrases, checked on the text of candidate articles. */
function parse(q) {
  var words = [], phrases = [], parts = q.split('"'), open = /[^\s"]$/.test(q);
  parts.forEach((part, i) => {
    var ws = part.match(WORD) || [];
    if (i % 2) {
      var ts = terms(part);
      ts.forEach(t => { words.push({ t }); });
      if (ts.length > 1) phrases.push(ts);
      return;
    }
    ws.forEach((w, n) => {
      var f = fold(w);
      if (open && i === parts.length - 1 && n === ws.length - 1 && f.length >= 2 &&
          !STOP.has(f)) words.push({ p: f });
      else { var t = term(w); if (t) words.push({ t }); }
    });
  });
  return { words, phrases };
}

// A term's articles and scores: its best score times the level (1 to 32) over 32.
function postings(e) {
  if (!e.d) {
    var v = decode(e[3]), docs = [], scores = [];
    for (var i = 0, doc = 0; i < v.length; i += 2) {
      docs.push(doc += v[i]);
      scores.push(e[2] / 32000 * (v[i + 1] + 1));
    }
    e.d = { docs, scores };
  }
  return e.d;
}

/* The index, loaded piece by piece through load(path, failed): load must run the script at
   path, which calls back api, and call failed() when it has run or could not be loaded. */
function Index(load) {
  var cache = {}, self = this;
  function done(id, data) { var c = cache[id]; if (c && c.res) { c.res(data); c.res = null; } }
  this.api = {
    meta: function (d) { done('m', d); },
    shard: function (k, d) { done('t:' + k, d); },
    docs: function (g, list) { done('d:' + g, list); },
    section: function (id, s) { done('s:' + id, s); }
  };
  this.get = function (id, path) {
    if (!cache[id]) {
      var c = cache[id] = {};
      c.p = new Promise(res => { c.res = res; });
      load(path, () => { done(id, null); });
    }
    return cache[id].p;
  };
  this.meta = () => self.get('m', 'search/meta.js');
}

/* What a result shows of the article at position n. Articles are numbered by an id counted
   from the oldest, so that adding the newest renumbers none, and their fragments hold four
   each: article id is the (id % 4)th of fragment floor(id / 4). */
Index.prototype.doc = async function (n) {
  var meta = await this.meta();
  var id = meta.n - 1 - n, g = Math.floor(id / 4);
  var list = await this.get('d:' + g, 'search/d/' + Math.floor(g / 1000) + '/' + g + '.js');
  return list && list[id % 4] || null;
};

// The shards on the way to a word's shard: two characters, then longer while split.
Index.prototype.shards = async function (word) {
  var out = [], key = word.slice(0, 2);
  for (;;) {
    var s = await this.get('t:' + key, termFile(key));
    if (!s) return out;
    out.push(s);
    if (!s.x || word.length <= key.length) return out;
    key = word.slice(0, key.length + 1);
  }
};

/* The index entries a word matches: its term, or for a prefix the terms it begins, the term
   it stems to, or a stem it already extends ("intelligen" has passed "intellig"), the most
   frequent first. */
Index.prototype.entries = async function (w) {
  var shards = await this.shards(w.t || w.p), all = [], cut = [];
  // Whole entries first: a split shard's completions have only their best postings.
  shards.forEach(s => { all = all.concat(s.t); cut = cut.concat(s.c || []); });
  all = all.concat(cut);
  if (w.t) return all.filter(e => e[0] === w.t).slice(0, 1);
  var p = w.p, st = stem(p), seen = new Set(), exact = all.some(e => e[0] === st);
  return all.filter(e => {
    var t = e[0], base = t.replace(/e$/, '');
    var ok = t.startsWith(p) || t === st || (!exact && base.length >= 3 &&
      p.startsWith(base) && p.length - base.length <= 4);
    if (!ok || seen.has(t)) return false;
    seen.add(t);
    return true;
  }).sort((a, b) => (b[0] === st) - (a[0] === st) || b[1] - a[1]).slice(0, 8);
};

/* Ranks the articles matching q: the sum over words of each article's precomputed BM25 score
   (for a prefix, its best expansion). Articles must match every word, or any when none match
   them all. Then filters by year (runs of positions) and section, and checks phrases on the
   text. Returns {count, more, approximate, hits: [{n, score, doc}], match(word)}. */
Index.prototype.search = async function (q, opts) {
  opts = opts || {};
  var self = this, query = parse(q), meta = await this.meta(), limit = opts.limit || PAGE;
  var lists = await Promise.all(query.words.map(w => self.entries(w)));
  var known = new Set(), approximate = false;
  var maps = lists.map(entries => {
    var m = new Map();
    entries.forEach(e => {
      known.add(e[0]);
      var p = postings(e);
      if (e[1] > p.docs.length) approximate = true;
      p.docs.forEach((d, i) => { if (!(m.get(d) >= p.scores[i])) m.set(d, p.scores[i]); });
    });
    return m;
  });
  var result = { count: 0, hits: [], more: false, approximate,
    match: w => known.has(term(w)) };
  if (!maps.length || !meta) return result;
  function collect(all) {
    var scores = new Map(), out = [];
    maps.forEach(m => m.forEach((s, d) => scores.set(d, (scores.get(d) || 0) + s)));
    scores.forEach((s, d) => { if (!all || maps.every(m => m.has(d))) out.push([d, s]); });
    return out;
  }
  var found = collect(true);
  if (!found.length && !query.phrases.length) found = collect(false);
  if (opts.year) {
    var runs = (meta.years.find(e => e[0] == opts.year) || [0, 0, []])[2];
    found = found.filter(h => runs.some((r, i) => i % 2 === 0 && h[0] >= r && h[0] < runs[i + 1]));
  }
  if (opts.section != null && opts.section !== '') {
    var ids = await this.get('s:' + opts.section, 'search/s/' + opts.section + '.js');
    var set = new Set(), d = 0;
    decode(ids || '').forEach(x => { d += x; set.add(d); });
    found = found.filter(h => set.has(h[0]));
  }
  found.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  result.count = found.length;
  var i = 0;
  while (i < found.length && result.hits.length <= limit && !(query.phrases.length && i >= 200)) {
    var batch = found.slice(i, i + limit + 1 - result.hits.length);
    i += batch.length;
    var docs = await Promise.all(batch.map(h => self.doc(h[0])));
    docs.forEach((doc, n) => {
      if (!doc) return;
      var seq = ' ' + terms(doc.h + ' ' + doc.t).join(' ') + ' ';
      if (query.phrases.some(p => seq.indexOf(' ' + p.join(' ') + ' ') < 0)) {
        result.count--;
      } else {
        result.hits.push({ n: batch[n][0], score: batch[n][1], doc: doc });
      }
    });
  }
  if (query.phrases.length && i < found.length) result.approximate = true;
  result.more = result.hits.length > limit;
  result.hits = result.hits.slice(0, limit);
  return result;
};

/* Text as [text, matched] runs: all of it when short, else a window of about `size` words
   around the most matched words, with ellipses. */
function snippet(text, match, size) {
  var words = [], m;
  WORD.lastIndex = 0;
  while ((m = WORD.exec(text))) words.push([m.index, m.index + m[0].length, match(m[0])]);
  var from = 0, best = -1;
  if (size && words.length > size) {
    for (var i = 0, hits = 0; i < words.length; i++) {
      hits += words[i][2] ? 1 : 0;
      if (i >= size) hits -= words[i - size][2] ? 1 : 0;
      if (hits > best) { best = hits; from = Math.max(0, i - size + 1); }
    }
    while (best > 0 && !words[from][2]) from++;
    from = Math.max(0, from - 3);
  }
  var to = size ? Math.min(words.length, from + size) : words.length;
  var start = from ? words[from][0] : 0, end = to < words.length ? words[to - 1][1] : text.length;
  var runs = from ? [['\u2026', false]] : [], at = start;
  for (var w = from; w < to; w++) {
    if (!words[w][2]) continue;
    if (words[w][0] > at) runs.push([text.slice(at, words[w][0]), false]);
    runs.push([text.slice(words[w][0], words[w][1]), true]);
    at = words[w][1];
  }
  if (end > at) runs.push([text.slice(at, end), false]);
  if (end < text.length) runs.push(['\u2026', false]);
  return runs;
}

var core = { fold, term, terms, stem, decode, parse, termFile, snippet, Index };
if (typeof module === 'object' && module.exports) module.exports = core;
if (typeof document === 'undefined') return;

// The browser: the site's root is where this script is, one folder up.
var script = document.currentScript;
var root = script ? script.src.replace(/assets\/search\.js([?#].*)?$/, '') : '';
var index = new Index((path, failed) => {
  var s = document.createElement('script');
  s.src = root + path;
  s.onload = s.onerror = function () { s.remove(); failed(); };
  document.head.appendChild(s);
});
window.__bs_search = index.api;

function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
}

function fill(parent, runs) {
  runs.forEach(r => {
    parent.appendChild(r[1] ? el('mark', '', r[0]) : document.createTextNode(r[0]));
  });
}

function start() {
  var page = document.querySelector('[data-search-page]');
  if (!page) return;
  var form = page.querySelector('form'), input = form.elements.q;
  var section = form.elements.section, year = form.elements.year;
  var status = page.querySelector('.search-status'), list = page.querySelector('.search-results');
  var more = page.querySelector('.search-more'), limit = PAGE, run = 0, timer;
  var params = new URLSearchParams(location.search);
  var box = document.querySelector('.masthead .search-box');
  if (box) box.hidden = true;
  form.hidden = false;
  status.hidden = false;
  input.value = params.get('q') || '';
  index.meta().then(meta => {
    if (!meta) { status.textContent = 'The search index could not be loaded.'; return; }
    [[section, meta.sections, 'section'], [year, meta.years, 'year']].forEach(f => {
      f[1].forEach((x, i) => {
        var o = el('option', '', x[0] + ' (' + x[1] + ')');
        o.value = f[2] === 'year' ? x[0] : i;
        o.selected = String(x[0]) === params.get(f[2]);
        f[0].appendChild(o);
      });
    });
    go();
  });

  async function go() {
    var q = input.value, id = ++run, sectionName = section.value === '' ? ''
      : section.options[section.selectedIndex].textContent.replace(/ \(\d+\)$/, '');
    try {
      var p = new URLSearchParams({ q });
      if (sectionName) p.set('section', sectionName);
      if (year.value) p.set('year', year.value);
      history.replaceState(null, '', '?' + p);
    } catch (e) { /* file:// may refuse; the page still works */ }
    if (!q.trim()) { list.textContent = ''; status.textContent = ''; more.hidden = true; return; }
    var r = await index.search(q, { section: section.value, year: year.value, limit: limit });
    if (id !== run) return;
    list.textContent = '';
    status.textContent = r.count === 0 ? 'No articles match \u201c' + q.trim() + '\u201d.'
      : (r.approximate ? 'More than ' : '') + r.count.toLocaleString() +
        (r.count === 1 ? ' article matches' : ' articles match') + ' \u201c' + q.trim() + '\u201d.';
    r.hits.forEach(h => {
      var li = el('li', 'search-result'), d = h.doc;
      if (d.s) li.appendChild(el('p', 'kicker', d.s));
      var h3 = el('h3', 'search-result-headline'), a = el('a');
      a.href = root + d.u;
      fill(a, snippet(d.h, r.match, 0));
      h3.appendChild(a);
      li.appendChild(h3);
      var sn = el('p', 'search-result-snippet');
      fill(sn, snippet(d.t, r.match, 32));
      li.appendChild(sn);
      if (d.dt) {
        var meta = el('p', 'story-meta'), t = el('time', '', d.dt);
        t.dateTime = d.d;
        meta.appendChild(t);
        li.appendChild(meta);
      }
      list.appendChild(li);
    });
    more.hidden = !r.more;
  }

  function soon() { limit = PAGE; clearTimeout(timer); timer = setTimeout(go, 60); }
  input.addEventListener('input', soon);
  section.addEventListener('change', soon);
  year.addEventListener('change', soon);
  form.addEventListener('submit', e => { e.preventDefault(); limit = PAGE; go(); });
  more.addEventListener('click', () => { limit += PAGE; go(); });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
})();
