/* thi-dua-site: the search worker Material's search box talks to, in place of its own (lunr).

   Material's box fetches search/search_index.json and hands it over (SETUP); here that file is a small
   manifest (generator/builder/search_shards.py), and a query (QUERY) fetches only what it needs: for each word, the
   one shard of words sharing its first folded letters (t/<key>.json), then, for the best pages, the blocks
   of what a result shows (d/<n>.json). Files once fetched are kept for the page's life.

   A page is found when each word of the query is in one of its entries (its title or a section); the last
   word may be the start of a longer one, being typed. A word typed without accents also finds it written
   with them ("toan" finds "toán"; English pages name Vietnamese places too), one typed with accents only as
   typed; a word as typed counts ten times a folded one, a word in a title five times one in the text. The best MAX_PAGES pages are
   answered (RESULT) in Material's shape: per page, its entry first, then its sections that matched. */
"use strict";

var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
var MAX_PAGES = 10;
var MAX_PREFIX_SHARDS = 4;
var TITLE_WEIGHT = 5;
var EXACT_WEIGHT = 10;       /* more than a folded word in a title: a word as typed ranks first */
var manifest = null;
/* this language's index: the root's, or the one the page names (English: ../../en/search/) */
var base = new URL(new URL(self.location.href).searchParams.get("index") || "../../search/", self.location.href);
var files = new Map();
var latest = 0;
var starts = [];

function fold(word) {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

function fetchJson(path) {
  if (!files.has(path)) {
    files.set(path, fetch(new URL(path, base)).then(function (response) {
      if (!response.ok) { throw new Error(path + ": " + response.status); }
      return response.json();
    }).catch(function (error) { files.delete(path); throw error; }));
  }
  return files.get(path);
}

function setup(index) {
  manifest = index.config.shards;
  starts = [];
  var at = 0;
  manifest.pages.forEach(function (gap) { at += gap; starts.push(at); });
}

function queryWords(query) {
  var seen = [];
  query.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).forEach(function (word) {
    if (word && seen.indexOf(word) < 0) { seen.push(word); }
  });
  return seen;
}

function shardKey(word) {
  var folded = fold(word);
  for (var letters = folded.length; letters > 0; letters--) {
    if (Object.prototype.hasOwnProperty.call(manifest.keys, folded.slice(0, letters))) {
      return folded.slice(0, letters);
    }
  }
  return null;
}

/* entry id -> weight, for one query word in its shard */
function hits(word, shard, last) {
  var typedFolded = fold(word) === word;
  var found = new Map();
  Object.keys(shard).forEach(function (candidate) {
    var exact = candidate === word || (last && candidate.startsWith(word));
    var loose = !exact && typedFolded && (function (f) { return f === word || (last && f.startsWith(word)); })(fold(candidate));
    if (!exact && !loose) { return; }
    var weight = exact ? EXACT_WEIGHT : 1;
    var id = 0;
    shard[candidate].forEach(function (code) {
      id += code >> 1;
      var score = weight * (code & 1 ? TITLE_WEIGHT : 1);
      if ((found.get(id) || 0) < score) { found.set(id, score); }
    });
  });
  return found;
}

function pageOf(id) {
  var low = 0, high = starts.length - 1;
  while (low < high) {
    var middle = (low + high + 1) >> 1;
    if (starts[middle] <= id) { low = middle; } else { high = middle - 1; }
  }
  return starts[low];
}

function rankPages(words, found) {
  var pages = new Map();
  words.forEach(function (word, number) {
    found[number].forEach(function (score, id) {
      var page = pageOf(id);
      var entry = pages.get(page) || {score: 0, words: new Set(), entries: new Map()};
      entry.words.add(word);
      var item = entry.entries.get(id) || {score: 0, terms: {}};
      item.score += score;
      item.terms[word] = true;
      entry.entries.set(id, item);
      pages.set(page, entry);
    });
  });
  var ranked = [];
  pages.forEach(function (entry, page) {
    if (entry.words.size < words.length) { return; }
    entry.entries.forEach(function (item, id) {
      words.forEach(function (word) { if (!item.terms[word]) { item.terms[word] = false; } });
      entry.score = Math.max(entry.score, item.score + (id === page ? 1 : 0));
    });
    ranked.push({page: page, score: entry.score, entries: entry.entries});
  });
  ranked.sort(function (a, b) { return b.score - a.score || a.page - b.page; });
  return ranked.slice(0, MAX_PAGES);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function highlight(text, words) {
  return text.replace(/[\p{L}\p{N}]+/gu, function (word) {
    var lower = word.toLowerCase();
    var marked = words.some(function (typed) {
      return lower.startsWith(typed) || (fold(typed) === typed && fold(lower).startsWith(typed));
    });
    return marked ? "<mark>" + word + "</mark>" : word;
  });
}

function shown(id) {
  return fetchJson("d/" + Math.floor(id / manifest.block) + ".json").then(function (block) {
    return block[id % manifest.block];
  });
}

function document(id, item, words) {
  return shown(id).then(function (entry) {
    return {location: entry[0], title: highlight(entry[1], words), text: highlight(entry[2], words),
            score: item.score, terms: item.terms};
  });
}

function group(result, words) {
  var pageTerms = {};
  words.forEach(function (word) { pageTerms[word] = true; });
  var ids = [result.page];
  result.entries.forEach(function (item, id) { if (id !== result.page) { ids.push(id); } });
  return Promise.all(ids.map(function (id) {
    var item = result.entries.get(id) || {score: 0};
    return document(id, {score: item.score, terms: id === result.page ? pageTerms : item.terms}, words);
  }));
}

/* The shards a half-typed last word needs: its own, and those of longer keys it starts ("th": "tha", "thi", ...)
   when there are at most MAX_PREFIX_SHARDS of them; none when there are more (a letter or two: wait for more). */
function lastKeys(word) {
  var folded = fold(word);
  var own = shardKey(word);
  var longer = Object.keys(manifest.keys).filter(function (key) {
    return key.length > folded.length && key.startsWith(folded);
  });
  if (longer.length > MAX_PREFIX_SHARDS) { return []; }
  return (own === null ? [] : [own]).concat(longer);
}

function shard(keys) {
  return Promise.all(keys.map(function (key) { return fetchJson("t/" + manifest.keys[key] + ".json"); }))
    .then(function (shards) { return Object.assign.apply(null, [{}].concat(shards)); });
}

function search(query) {
  var words = queryWords(query);
  var keys = words.map(function (word, number) {
    var key = number === words.length - 1 ? lastKeys(word) : [shardKey(word)];
    return key[0] === null ? [] : key;
  });
  if (words.length && !keys[words.length - 1].length) { words.pop(); keys.pop(); }   /* being typed */
  var last = words.length - 1;
  if (!words.length || keys.some(function (key) { return !key.length; })) { return Promise.resolve({items: []}); }
  return Promise.all(keys.map(shard))
    .then(function (shards) {
      var found = words.map(function (word, number) { return hits(word, shards[number], number === last); });
      return Promise.all(rankPages(words, found).map(function (result) { return group(result, words); }));
    })
    .then(function (items) { return {items: items}; });
}

self.addEventListener("message", function (event) {
  var message = event.data;
  if (message.type === SETUP) {
    setup(message.data);
    self.postMessage({type: READY});
  } else if (message.type === QUERY) {
    var asked = ++latest;
    search(message.data).catch(function (error) {
      console.warn(error);
      return {items: []};
    }).then(function (result) {
      if (asked === latest) { self.postMessage({type: RESULT, data: result}); }
    });
  }
});
