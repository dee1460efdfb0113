// Converts the JSON files of @etalab/decoupage-administratif into geography.bin, the compact columnar
// resource that io.github.ptce.core.territory.Geography reads.
//
// Usage: node convert.mjs <extracted package dir> <tarball sha256> <output file>
//
// No npm dependency: only node:fs and node:path. The output is a pure function of the package's files and
// the sha256 given on the command line (no clock, no locale, no map iteration order that depends on
// insertion from an unsorted source), so two runs give identical bytes; regenerate.sh checks that.
//
// ---------------------------------------------------------------------------------------------------
// Format, version 2. Every integer is big-endian (Java's DataInput / ByteBuffer default).
//
//   header   : magic "PTCEGEO\n" (8 bytes), u16 format version (2),
//              u16 m, then m metadata pairs (str key, str value)
//   sections : in this order REGN, DEPT, EPCI, COMM, OTHR, FRMR, then END; each is a 4-byte ASCII tag,
//              a u32 payload length and the payload (so a reader can check it consumed exactly it)
//
//   str      : u16 byte length + UTF-8 bytes
//   text[n]  : u32 byte length B, n x u16 byte lengths, then B bytes: the UTF-8 of the n texts
//              concatenated. The Java reader keeps the bytes and decodes a text when it is first asked for,
//              so that loading decodes nothing.
//   key      : the commune code as an int in [0, 100000): the five digits as a number, and for Corsica
//              20000 + n (2A) or 96000 + n (2B), n being the last three digits (neither 20 nor 96 is a
//              département, so no other code uses 20000-20999 or 96000-96999). Same as CommuneCode.key().
//
//   REGN  u32 n; text[n] codes; text[n] names                                   (sorted by code)
//   DEPT  u32 n; text[n] codes; u8[n] région index; text[n] names               (sorted by code)
//   EPCI  u32 n; u8 t, t x str type code (CC, CA, CU, METRO, MET69 in that order);
//         i32[n] SIREN; u8[n] type index; text[n] names                         (sorted by SIREN)
//   COMM  current communes (commune-actuelle), sorted by code string, so that the communes of a
//         département are contiguous:
//         u32 n; i32[n] key; u8[n] département index; u8[n] région index;
//         i16[n] EPCI index or -1 (no EPCI); i32[n] population, 0 when the source has none;
//         i32[n] SIREN of the commune, 0 when the source has none; text[n] names
//         The members of an EPCI are not stored twice: they are the communes whose EPCI index is its.
//   OTHR  delegated, associated communes and municipal arrondissements, sorted by (key, kind):
//         u32 n; i32[n] key; u8[n] kind (1 delegated, 2 associated, 3 municipal arrondissement);
//         i32[n] index of the current commune (chefLieu, or commune for an arrondissement);
//         i32[n] population, 0 when the source has none (version 2: a perimeter may name an arrondissement,
//         whose population is its own); text[n] names.
//         A delegated commune may share its code with its current commune (e.g. 01015): it is kept here,
//         and the reader gives such a code the status of the current commune.
//   FRMR  former codes listed in a current commune's anciensCodes, sorted by key, except those that are
//         not valid CommuneCode syntax (the pre-1976 Corsican codes 20xxx, which would take 2A keys):
//         u32 n; i32[n] key; i32[n] index of the current commune that lists it
//   END   empty payload
// ---------------------------------------------------------------------------------------------------

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FORMAT_VERSION = 2;
const MAGIC = Buffer.from('PTCEGEO\n', 'ascii');
const EPCI_TYPES = ['CC', 'CA', 'CU', 'METRO', 'MET69'];
const KIND = { 'commune-deleguee': 1, 'commune-associee': 2, 'arrondissement-municipal': 3 };

function fail(message) {
  console.error(`convert.mjs: ${message}`);
  process.exit(1);
}

function check(condition, message) {
  if (!condition) {
    fail(message);
  }
}

// Plain code-unit order, the same as Java's String.compareTo for these ASCII codes; never localeCompare,
// whose result depends on the ICU data of the Node build.
function byString(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// The syntax CommuneCode.parse accepts: a département prefix (01-95 but 20, 971-978, 984-989) and
// five characters in all, or 2A/2B and three digits.
function isCommuneCode(code) {
  return /^(0[1-9]|1[0-9]|2[1-9]|[3-8][0-9]|9[0-5]|97[1-8]|98[4-9]|2[AB])[0-9]+$/.test(code) && code.length === 5;
}

function communeKey(code) {
  check(isCommuneCode(code), `bad commune code ${code}`);
  if (code[1] === 'A' || code[1] === 'B') {
    return (code[1] === 'B' ? 96000 : 20000) + Number(code.slice(2));
  }
  return Number(code);
}

function luhn(digits) {
  let sum = 0;
  for (let i = digits.length - 1, doubled = false; i >= 0; i--, doubled = !doubled) {
    let d = digits.charCodeAt(i) - 48;
    if (doubled) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

class Writer {
  constructor() {
    this.chunks = [];
  }
  bytes(buffer) {
    this.chunks.push(buffer);
  }
  u8(v) {
    check(Number.isInteger(v) && v >= 0 && v < 256, `u8 out of range: ${v}`);
    const b = Buffer.alloc(1);
    b.writeUInt8(v);
    this.bytes(b);
  }
  u16(v) {
    check(Number.isInteger(v) && v >= 0 && v < 65536, `u16 out of range: ${v}`);
    const b = Buffer.alloc(2);
    b.writeUInt16BE(v);
    this.bytes(b);
  }
  u32(v) {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(v);
    this.bytes(b);
  }
  str(s) {
    const b = Buffer.from(s, 'utf8');
    this.u16(b.length);
    this.bytes(b);
  }
  u8s(values) {
    values.forEach((v) => check(Number.isInteger(v) && v >= 0 && v < 256, `u8 out of range: ${v}`));
    this.bytes(Buffer.from(values));
  }
  i16s(values) {
    const b = Buffer.alloc(values.length * 2);
    values.forEach((v, i) => b.writeInt16BE(v, i * 2));
    this.bytes(b);
  }
  i32s(values) {
    const b = Buffer.alloc(values.length * 4);
    values.forEach((v, i) => b.writeInt32BE(v, i * 4));
    this.bytes(b);
  }
  text(values) {
    const encoded = values.map((v) => Buffer.from(v, 'utf8'));
    const blob = Buffer.concat(encoded);
    this.u32(blob.length);
    const lengths = Buffer.alloc(values.length * 2);
    encoded.forEach((e, i) => {
      check(e.length < 65536, `text too long: ${values[i]}`);
      lengths.writeUInt16BE(e.length, i * 2);
    });
    this.bytes(lengths);
    this.bytes(blob);
  }
  section(tag, body) {
    const payload = Buffer.concat(body.chunks);
    this.bytes(Buffer.from(tag, 'ascii'));
    this.u32(payload.length);
    this.bytes(payload);
  }
  toBuffer() {
    return Buffer.concat(this.chunks);
  }
}

function readJson(dir, name) {
  return JSON.parse(readFileSync(join(dir, 'data', name), 'utf8'));
}

function main() {
  const [dir, sha256, output] = process.argv.slice(2);
  check(dir && sha256 && output, 'usage: node convert.mjs <package dir> <tarball sha256> <output>');
  check(/^[0-9a-f]{64}$/.test(sha256), 'the sha256 must be 64 lower-case hex digits');

  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  // Metadata is read from the package, or checked against it, never assumed: the vintage comes from the
  // README's "Millésimes et versions de package" table, the data licence from its "Licence" section.
  const vintageRow = readme
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .find((cells) => cells.length > 3 && /^[0-9]{4}$/.test(cells[1]) && cells[2] === pkg.version);
  check(vintageRow, `the README states no vintage (année) for version ${pkg.version}`);
  check(/Données\s*:\s*\[Licence Ouverte\]/.test(readme), 'the README no longer says "Données : Licence Ouverte"');
  check(/Code\s*:\s*MIT/.test(readme) && pkg.license === 'MIT', 'the package licence is no longer MIT');

  const regions = readJson(dir, 'regions.json').slice().sort((a, b) => byString(a.code, b.code));
  const departements = readJson(dir, 'departements.json').slice().sort((a, b) => byString(a.code, b.code));
  const epcis = readJson(dir, 'epci.json').slice().sort((a, b) => byString(a.code, b.code));
  const rows = readJson(dir, 'communes.json');

  const regionIndex = new Map(regions.map((r, i) => [r.code, i]));
  check(regionIndex.size === regions.length, 'duplicate région code');
  const departementIndex = new Map(departements.map((d, i) => [d.code, i]));
  check(departementIndex.size === departements.length, 'duplicate département code');
  departements.forEach((d) => check(regionIndex.has(d.region), `département ${d.code}: unknown région ${d.region}`));

  const epciIndex = new Map(epcis.map((e, i) => [e.code, i]));
  check(epciIndex.size === epcis.length, 'duplicate EPCI code');
  epcis.forEach((e) => {
    check(/^[0-9]{9}$/.test(e.code) && luhn(e.code), `EPCI ${e.code} is no valid SIREN`);
    check(EPCI_TYPES.includes(e.type), `EPCI ${e.code}: unknown type ${e.type}`);
  });

  const current = rows.filter((r) => r.type === 'commune-actuelle').sort((a, b) => byString(a.code, b.code));
  const others = rows.filter((r) => r.type !== 'commune-actuelle');
  others.forEach((r) => check(KIND[r.type], `unknown commune type ${r.type} (${r.code})`));
  const communeIndex = new Map(current.map((c, i) => [c.code, i]));
  check(communeIndex.size === current.length, 'duplicate current commune code');

  const epciOf = new Map();
  epcis.forEach((e, i) =>
    e.membres.forEach((m) => {
      check(communeIndex.has(m.code), `EPCI ${e.code}: member ${m.code} is no current commune`);
      check(!epciOf.has(m.code), `commune ${m.code} belongs to two EPCIs`);
      epciOf.set(m.code, i);
    }),
  );

  current.forEach((c) => {
    check(departementIndex.has(c.departement), `commune ${c.code}: unknown département ${c.departement}`);
    check(regionIndex.has(c.region), `commune ${c.code}: unknown région ${c.region}`);
    check(departements[departementIndex.get(c.departement)].region === c.region,
      `commune ${c.code}: its région differs from its département's`);
    // The reader finds the communes of a département as one contiguous range of the sorted codes.
    check(c.code.startsWith(c.departement), `commune ${c.code} is not coded under its département ${c.departement}`);
    check(c.population === undefined || (Number.isInteger(c.population) && c.population >= 0),
      `commune ${c.code}: bad population`);
    check(c.siren === undefined || (/^[0-9]{9}$/.test(c.siren) && luhn(c.siren)), `commune ${c.code}: bad SIREN`);
  });

  const other = others
    .map((r) => {
      const target = r.type === 'arrondissement-municipal' ? r.commune : r.chefLieu;
      check(communeIndex.has(target), `${r.type} ${r.code}: ${target} is no current commune`);
      check(r.population === undefined || (Number.isInteger(r.population) && r.population >= 0),
        `${r.type} ${r.code}: bad population`);
      return { key: communeKey(r.code), kind: KIND[r.type], target: communeIndex.get(target), name: r.nom,
        population: r.population ?? 0 };
    })
    .sort((a, b) => a.key - b.key || a.kind - b.kind);
  other.forEach((o, i) => check(i === 0 || other[i - 1].key !== o.key, `code ${o.key} listed twice among the other codes`));
  // A perimeter that names every arrondissement of Paris, Lyon or Marseille is the whole commune: the reader
  // relies on their populations adding up to the commune's.
  const arrondissementPopulation = new Map();
  other.filter((o) => o.kind === KIND['arrondissement-municipal']).forEach((o) =>
    arrondissementPopulation.set(o.target, (arrondissementPopulation.get(o.target) ?? 0) + o.population));
  arrondissementPopulation.forEach((sum, target) => check(sum === (current[target].population ?? 0),
    `the arrondissements of ${current[target].code} add up to ${sum} inhabitants, the commune has ${current[target].population}`));

  // The pre-1976 Corsican codes (20xxx, before départements 2A and 2B) are listed as former codes but
  // CommuneCode.parse rejects them, so no lookup can reach them; keyed, they would take the keys of 2Axxx.
  const former = [];
  let unreachable = 0;
  current.forEach((c, i) =>
    (c.anciensCodes || []).forEach((code) => {
      if (isCommuneCode(code)) {
        former.push({ key: communeKey(code), target: i });
      } else {
        unreachable++;
      }
    }),
  );
  former.sort((a, b) => a.key - b.key || a.target - b.target);
  former.forEach((f, i) => check(i === 0 || former[i - 1].key !== f.key, `former code ${f.key} listed twice`));

  const out = new Writer();
  out.bytes(MAGIC);
  out.u16(FORMAT_VERSION);
  const metadata = [
    ['source', `npm:${pkg.name}@${pkg.version}`],
    ['package', pkg.name],
    ['version', pkg.version],
    ['licence', pkg.license],
    ['dataLicence', 'Licence Ouverte'],
    ['tarballSha256', sha256],
    ['vintage', vintageRow[1]],
    ['repository', String(pkg.repository)],
  ];
  out.u16(metadata.length);
  metadata.forEach(([key, value]) => {
    out.str(key);
    out.str(value);
  });

  let s = new Writer();
  s.u32(regions.length);
  s.text(regions.map((r) => r.code));
  s.text(regions.map((r) => r.nom));
  out.section('REGN', s);

  s = new Writer();
  s.u32(departements.length);
  s.text(departements.map((d) => d.code));
  s.u8s(departements.map((d) => regionIndex.get(d.region)));
  s.text(departements.map((d) => d.nom));
  out.section('DEPT', s);

  s = new Writer();
  s.u32(epcis.length);
  s.u8(EPCI_TYPES.length);
  EPCI_TYPES.forEach((t) => s.str(t));
  s.i32s(epcis.map((e) => Number(e.code)));
  s.u8s(epcis.map((e) => EPCI_TYPES.indexOf(e.type)));
  s.text(epcis.map((e) => e.nom));
  out.section('EPCI', s);

  s = new Writer();
  s.u32(current.length);
  s.i32s(current.map((c) => communeKey(c.code)));
  s.u8s(current.map((c) => departementIndex.get(c.departement)));
  s.u8s(current.map((c) => regionIndex.get(c.region)));
  s.i16s(current.map((c) => (epciOf.has(c.code) ? epciOf.get(c.code) : -1)));
  s.i32s(current.map((c) => c.population ?? 0));
  s.i32s(current.map((c) => (c.siren ? Number(c.siren) : 0)));
  s.text(current.map((c) => c.nom));
  out.section('COMM', s);

  s = new Writer();
  s.u32(other.length);
  s.i32s(other.map((o) => o.key));
  s.u8s(other.map((o) => o.kind));
  s.i32s(other.map((o) => o.target));
  s.i32s(other.map((o) => o.population));
  s.text(other.map((o) => o.name));
  out.section('OTHR', s);

  s = new Writer();
  s.u32(former.length);
  s.i32s(former.map((f) => f.key));
  s.i32s(former.map((f) => f.target));
  out.section('FRMR', s);

  out.section('END\0', new Writer());

  const bytes = out.toBuffer();
  writeFileSync(output, bytes);
  const noEpci = current.filter((c) => !epciOf.has(c.code)).length;
  console.log(
    `${output}: ${bytes.length} bytes; ${regions.length} régions, ${departements.length} départements, ` +
      `${epcis.length} EPCIs, ${current.length} current communes (${noEpci} without EPCI), ` +
      `${other.length} delegated/associated/arrondissement codes, ${former.length} former codes ` +
      `(${unreachable} former codes left out: not valid CommuneCode syntax)`,
  );
}

main();
