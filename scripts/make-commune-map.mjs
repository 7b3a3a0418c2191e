#!/usr/bin/env node
// Builds the simplified commune map the campaign dashboards draw: the detailed boundaries of a
// province's communes/wards (≈15 MB for Thái Nguyên, one GeoJSON file per commune) merged into one
// FeatureCollection of { code, name } features, simplified with shared borders kept shared and
// coordinates rounded, small enough (≤ 150 KB) to send to a browser.
//
//   node scripts/make-commune-map.mjs [source-folder] [province-code]
//
// source-folder defaults to ../shared/data/vn-admin-units/geojson (the detailed boundaries are not
// in the repository; see apps/server/reference/vn-admin-units/README.md), province-code to 19.
// The output goes to apps/server/reference/vn-admin-units/geo/<province-code>.json.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mapshaper from 'mapshaper';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceRoot = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/vn-admin-units/geojson'));
const province = process.argv[3] ?? '19';
// 3 % of the removable points keeps every commune recognisable at dashboard size; keep-shapes stops
// the smallest wards from collapsing to nothing.
const SIMPLIFY = '3%';
const PRECISION = '0.0001'; // ≈ 11 m, far below a pixel at province scale

function fail(message) {
  console.error(`make-commune-map: ${message}`);
  process.exit(1);
}

if (!/^\d{2}$/.test(province)) fail(`the province code must be two digits, got "${province}"`);
if (!existsSync(sourceRoot)) {
  fail(`no folder ${sourceRoot}: pass the folder of the detailed boundaries (…/vn-admin-units/geojson)`);
}
const provinceDir = readdirSync(sourceRoot).find(
  (f) => f.startsWith(`${province}_`) && statSync(path.join(sourceRoot, f)).isDirectory(),
);
if (!provinceDir) fail(`no folder ${province}_* in ${sourceRoot}`);
const wardsDir = path.join(sourceRoot, provinceDir, 'wards');
const files = readdirSync(wardsDir)
  .filter((f) => /^\d{5}_.*\.geojson$/.test(f))
  .sort();
if (files.length === 0) fail(`no <code>_<name>.geojson files in ${wardsDir}`);

// Inputs are handed to mapshaper in memory under short names; each file holds one commune whose
// properties carry the official code (also the first five characters of the file name).
const input = {};
for (const f of files) input[f] = readFileSync(path.join(wardsDir, f), 'utf8');

const out = `${province}.json`;
const commands = [
  `-i ${files.join(' ')} combine-files snap`,
  '-merge-layers force name=communes',
  '-each "code = String(code).padStart(5, \'0\')"',
  '-filter-fields code,name',
  `-simplify ${SIMPLIFY} keep-shapes`,
  `-o ${out} format=geojson geojson-type=FeatureCollection precision=${PRECISION}`,
].join(' ');
const result = await mapshaper.applyCommands(commands, input);
const collection = JSON.parse(String(result[out]));

// Check what the dashboards rely on: one feature per file, codes matching the file names.
const codes = collection.features.map((f) => f.properties.code);
const expected = files.map((f) => f.slice(0, 5));
if (codes.length !== expected.length || [...codes].sort().join() !== expected.join()) {
  fail(`the feature codes do not match the ${expected.length} source files`);
}
for (const f of collection.features) {
  if (!f.geometry) fail(`commune ${f.properties.code} lost its geometry`);
  if (!f.properties.name) fail(`commune ${f.properties.code} has no name`);
}
collection.features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));

const target = path.join(root, 'apps/server/reference/vn-admin-units/geo', out);
mkdirSync(path.dirname(target), { recursive: true });
const text = `${JSON.stringify({ type: 'FeatureCollection', features: collection.features })}\n`;
writeFileSync(target, text);
console.log(
  `${path.relative(root, target)}: ${collection.features.length} communes, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`,
);
