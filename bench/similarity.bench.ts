/**
 * Similar-statement benchmark: a synthetic conversation of 5,000 statements in Finnish, Swedish and
 * English (a third of them with a moderator's translation), then the time of one query with
 * `limit` 5 over published and pending statements, as a moderator sees them. Target: under 5 ms.
 *
 *   npm run bench -- similarity
 *   node --expose-gc --import tsx bench/similarity.bench.ts
 */
import { TfIdfSimilarityIndex, type Lang } from '../src/domain/similarity/index.js';

const STATEMENTS = 5_000;
const QUERIES = 500;
const WARMUP = 50;
const TARGET_MS = 5;

/** Small deterministic PRNG, so that every run measures the same conversation. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Pools {
  readonly frames: readonly string[];
  readonly topics: readonly string[];
  readonly places: readonly string[];
  readonly times: readonly string[];
  readonly reasons: readonly string[];
}

const POOLS: Record<Lang, Pools> = {
  fi: {
    frames: ['Kaupungin pitää lisätä {t}', '{T} pitää vähentää', 'Tarvitaan enemmän {t}', '{T} ei saa lakkauttaa', 'Kaupungin pitäisi parantaa {t}', '{T} pitää säilyttää', 'Asukkaiden pitää saada päättää {t}', 'Kaupungin ei pidä rakentaa {t}'],
    topics: ['pyöräteitä', 'bussivuoroja', 'kirjastojen aukioloaikoja', 'leikkipuistoja', 'kohtuuhintaisia vuokra-asuntoja', 'koulujen kuraattoreita', 'osallistuvaa budjetointia', 'asukasiltoja', 'katuvalaistusta', 'puistojen penkkejä', 'koirapuistoja', 'uimahallin vuoroja', 'nuorisotalojen toimintaa', 'raitiovaunulinjoja', 'pysäköintipaikkoja', 'kävelykatuja', 'päiväkotipaikkoja', 'terveysaseman aikoja', 'kierrätyspisteitä', 'aurinkopaneeleita', 'kaupunkipyöriä', 'talvikunnossapitoa', 'kulttuuritapahtumia', 'ulkokuntosaleja', 'lähimetsiä', 'kotihoidon henkilökuntaa', 'valtuuston striimauksia', 'kouluruoan laatua', 'liityntäpysäkointia', 'meluesteitä'],
    places: ['keskustassa', 'lähiöissä', 'itäisissä kaupunginosissa', 'rannoilla', 'koulujen lähellä', 'asemien ympärillä', 'pohjoisessa', 'vanhassa kaupungissa', 'satamassa', 'torin laidalla'],
    times: ['iltaisin', 'talvella', 'viikonloppuisin', 'kesällä', 'aamuisin', 'heti', 'ensi vuonna', ''],
    reasons: ['koska asukkaat tarvitsevat niitä', 'jotta lapset voivat hyvin', 'koska nykyinen tilanne on huono', 'ilmaston vuoksi', 'säästösyistä', ''],
  },
  sv: {
    frames: ['Staden ska öka {t}', '{T} ska minskas', 'Det behövs fler {t}', '{T} får inte läggas ned', 'Staden borde förbättra {t}', '{T} ska bevaras', 'Invånarna ska få bestämma om {t}', 'Staden ska inte bygga {t}'],
    topics: ['cykelvägar', 'bussturer', 'bibliotekens öppettider', 'lekparker', 'hyresbostäder till rimligt pris', 'skolkuratorer', 'deltagande budgetering', 'invånarmöten', 'gatubelysning', 'parkbänkar', 'hundparker', 'simhallens turer', 'ungdomsgårdar', 'spårvägslinjer', 'parkeringsplatser', 'gågator', 'dagvårdsplatser', 'tider på hälsostationen', 'återvinningsstationer', 'solpaneler', 'stadscyklar', 'snöröjning', 'kulturevenemang', 'utegym', 'närskogar', 'hemvårdens personal', 'direktsändningar av fullmäktige', 'skolmatens kvalitet', 'pendelparkering', 'bullerskydd'],
    places: ['i centrum', 'i förorterna', 'i de östra stadsdelarna', 'vid stränderna', 'nära skolorna', 'kring stationerna', 'i norr', 'i gamla stan', 'i hamnen', 'vid torget'],
    times: ['på kvällarna', 'på vintern', 'på veckosluten', 'på sommaren', 'på morgnarna', 'genast', 'nästa år', ''],
    reasons: ['eftersom invånarna behöver dem', 'så att barnen mår bra', 'eftersom läget är dåligt', 'för klimatets skull', 'för att spara pengar', ''],
  },
  en: {
    frames: ['The city should increase {t}', '{T} should be reduced', 'We need more {t}', '{T} must not be closed', 'The city should improve {t}', '{T} should be kept', 'Residents should decide about {t}', 'The city should not build {t}'],
    topics: ['cycle lanes', 'bus services', 'library opening hours', 'playgrounds', 'affordable rental homes', 'school counsellors', 'the participatory budget', 'resident meetings', 'street lighting', 'park benches', 'dog parks', 'swimming hall hours', 'youth centres', 'tram lines', 'parking spaces', 'pedestrian streets', 'daycare places', 'health centre appointments', 'recycling points', 'solar panels', 'city bikes', 'snow clearing', 'cultural events', 'outdoor gyms', 'local forests', 'home care staff', 'council livestreams', 'school meal quality', 'park and ride', 'noise barriers'],
    places: ['in the centre', 'in the suburbs', 'in the eastern districts', 'on the beaches', 'near schools', 'around the stations', 'in the north', 'in the old town', 'in the harbour', 'by the market square'],
    times: ['in the evenings', 'in winter', 'at weekends', 'in summer', 'in the mornings', 'right away', 'next year', ''],
    reasons: ['because residents need them', 'so that children are well', 'because the situation is bad', 'for the climate', 'to save money', ''],
  },
};

const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

function makeStatement(rand: () => number, lang: Lang): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const pool = POOLS[lang];
  const topic = pick(pool.topics);
  const frame = pick(pool.frames);
  const subject = frame.startsWith('{T}') ? topic[0]!.toUpperCase() + topic.slice(1) : topic;
  const parts = [frame.replace('{t}', topic).replace('{T}', subject), pick(pool.places), pick(pool.times)];
  const reason = pick(pool.reasons);
  return `${parts.filter(Boolean).join(' ')}${reason ? `, ${reason}` : ''}.`;
}

const clock = () => performance.now();
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

function main(): void {
  const rand = mulberry32(2024);
  const index = new TfIdfSimilarityIndex();
  let t = clock();
  for (let i = 0; i < STATEMENTS; i++) {
    const lang = LANGS[Math.floor(rand() * 3)]!;
    const texts = [{ lang, text: makeStatement(rand, lang) }];
    // A third get a moderator's translation (its wording drawn afresh, as translations differ).
    if (rand() < 1 / 3) {
      const other = LANGS[(LANGS.indexOf(lang) + 1 + Math.floor(rand() * 2)) % 3]!;
      texts.push({ lang: other, text: makeStatement(rand, other) });
    }
    index.upsertStatement(`s${i}`, rand() < 0.9 ? 'published' : 'pending', texts);
  }
  const buildMs = clock() - t;
  gc();
  const heapMb = process.memoryUsage().heapUsed / 2 ** 20;

  const queries = Array.from({ length: QUERIES + WARMUP }, () => {
    const lang = LANGS[Math.floor(rand() * 3)]!;
    return { lang, text: makeStatement(rand, lang) };
  });
  const times: number[] = [];
  let results = 0;
  queries.forEach((q, i) => {
    const start = clock();
    const found = index.query({ text: q.text, lang: q.lang, limit: 5, statuses: ['published', 'pending'] });
    const elapsed = clock() - start;
    results += found.length;
    if (i >= WARMUP) times.push(elapsed);
  });
  times.sort((a, b) => a - b);
  const median = percentile(times, 0.5);
  const p95 = percentile(times, 0.95);

  t = clock();
  for (let i = 0; i < 100; i++) index.upsertStatement(`extra${i}`, 'pending', [queries[i]!]);
  const addMs = (clock() - t) / 100;
  t = clock();
  for (let i = 0; i < 100; i++) index.removeStatement(`extra${i}`);
  const removeMs = (clock() - t) / 100;

  const ok = (value: number) => (value < TARGET_MS ? `(target < ${TARGET_MS} ms: ok)` : `(target < ${TARGET_MS} ms: MISSED)`);
  console.log(`conversation: ${index.size} statements, ${index.textCount} texts (fi/sv/en), built in ${buildMs.toFixed(0)} ms, heap ${heapMb.toFixed(0)} MB`);
  console.log(`query, limit 5, ${QUERIES} queries: median ${median.toFixed(3)} ms ${ok(median)}, p95 ${p95.toFixed(3)} ms ${ok(p95)}, ${(results / queries.length).toFixed(1)} results each`);
  console.log(`incremental: add a statement ${addMs.toFixed(3)} ms, remove one ${removeMs.toFixed(3)} ms`);
  if (p95 >= TARGET_MS) process.exitCode = 1;
}

main();
