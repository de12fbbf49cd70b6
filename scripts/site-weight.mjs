#!/usr/bin/env node
// Weighs the customer site as a browser loads it the first time it opens the sign-in page:
// index.html, the scripts and styles it names, and the ES modules those scripts import
// statically. Each file is gzipped as the CDN would, and the totals are set against the budgets.
// Modules imported on demand (import()) are listed apart: they are not part of the first load.
//
//   node scripts/site-weight.mjs                          -- static-site/ on disk
//   node scripts/site-weight.mjs some/other/dir           -- another copy on disk
//   node scripts/site-weight.mjs http://localhost:3000/   -- a running site
//
// Exits with 1 when a budget is exceeded. Node built-ins only.
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';

const BUDGETS = {
  requests: 10,
  gzipBytes: 100 * 1024,
  jsGzipBytes: 30 * 1024,
};
const SITE = new URL('../static-site/', import.meta.url);

const STATIC_IMPORT =
  /\b(?:import|export)\s[^;'"()]*?from\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

const root = siteRoot(process.argv[2]);
const entry = new URL('index.html', root);
const firstLoad = new Map();
const onDemand = new Map();

const html = await load(entry);
firstLoad.set(entry.href, html);
for (const url of htmlReferences(html.text, entry)) {
  await walk(url);
}
for (const url of [...firstLoad.values()].flatMap((file) => file.lazy)) {
  await walkOnDemand(url);
}

report();

function siteRoot(argument) {
  if (!argument) {
    return SITE;
  }
  if (/^https?:\/\//.test(argument)) {
    return new URL(argument.endsWith('/') ? argument : `${argument}/`);
  }
  return pathToFileURL(`${resolve(argument)}/`);
}

/** Loads `url` and, for a module, everything it imports statically. */
async function walk(url) {
  if (firstLoad.has(url.href)) {
    return;
  }
  const file = await load(url);
  firstLoad.set(url.href, file);
  for (const imported of file.imports) {
    await walk(imported);
  }
}

async function walkOnDemand(url) {
  if (firstLoad.has(url.href) || onDemand.has(url.href)) {
    return;
  }
  const file = await load(url);
  onDemand.set(url.href, file);
  for (const imported of [...file.imports, ...file.lazy]) {
    await walkOnDemand(imported);
  }
}

async function load(url) {
  const bytes = url.protocol === 'file:'
    ? await readFile(fileURLToPath(url))
    : await download(url);
  const text = bytes.toString('utf8');
  const isJs = /\.m?js$/.test(url.pathname);
  return {
    url,
    isJs,
    text,
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
    imports: isJs ? moduleReferences(text, url, STATIC_IMPORT) : [],
    lazy: isJs ? moduleReferences(text, url, DYNAMIC_IMPORT) : [],
  };
}

async function download(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  return Buffer.from(await response.arrayBuffer());
}

/** What a browser fetches for index.html: scripts, stylesheets, icons, preloads (not data:). */
function htmlReferences(text, base) {
  const markup = text.replace(/<!--[\s\S]*?-->/g, '');
  const urls = [];
  for (const [, tag, attributes] of markup.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attrs = Object.fromEntries([...attributes.matchAll(
      /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)]
      .map(([, name, ...values]) => [name.toLowerCase(), values.find((v) => v !== undefined)]));
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    const href = tag.toLowerCase() === 'script' ? attrs.src
      : rel.some((r) => ['stylesheet', 'icon', 'modulepreload', 'preload'].includes(r))
        ? attrs.href : undefined;
    if (href && !href.replace(/\s/g, '').startsWith('data:')) {
      urls.push(new URL(href, base));
    }
  }
  return urls;
}

function moduleReferences(text, base, pattern) {
  // Comments may mention imports that do not exist; strip them first.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(pattern)]
    .map((match) => match[1] ?? match[2])
    .filter((specifier) => /^\.{0,2}\//.test(specifier))
    .map((specifier) => new URL(specifier, base));
}

function report() {
  const files = [...firstLoad.values()];
  const lazy = [...onDemand.values()];
  const total = sum(files, 'raw');
  const gzip = sum(files, 'gzip');
  const jsGzip = sum(files.filter((file) => file.isJs), 'gzip');

  console.log(`SAV Web: first load of the sign-in page, from ${root.href}`);
  table(files);
  if (lazy.length > 0) {
    console.log('\nLoaded later, on demand (not part of the first load):');
    table(lazy);
  }
  console.log('\nFirst load against the budgets:');
  const results = [
    line('files (requests)', files.length, BUDGETS.requests, ''),
    line('raw bytes', total, null, ' B'),
    line('gzip bytes (transfer)', gzip, BUDGETS.gzipBytes, ' B'),
    line('JavaScript gzip total', jsGzip, BUDGETS.jsGzipBytes, ' B'),
  ];
  console.log('(API calls made by the page itself are not counted.)');
  if (results.includes(false)) {
    console.log('Over budget.');
    process.exitCode = 1;
  }
}

function table(files) {
  const width = Math.max(...files.map((file) => name(file).length), 4);
  console.log(`  ${'file'.padEnd(width)}  ${'raw B'.padStart(9)}  ${'gzip B'.padStart(9)}`);
  for (const file of files) {
    console.log(`  ${name(file).padEnd(width)}  ${number(file.raw).padStart(9)}`
      + `  ${number(file.gzip).padStart(9)}`);
  }
  console.log(`  ${'total'.padEnd(width)}  ${number(sum(files, 'raw')).padStart(9)}`
    + `  ${number(sum(files, 'gzip')).padStart(9)}`);
}

/** Prints one figure with its budget and ratio; answers whether it is within budget. */
function line(label, value, budget, unit) {
  const figure = `${number(value)}${unit}`.padStart(10);
  if (budget === null) {
    console.log(`  ${label.padEnd(22)}${figure}   (no budget)`);
    return true;
  }
  const ratio = value / budget;
  const limit = `${number(budget)}${unit}`.padEnd(10);
  console.log(`  ${label.padEnd(22)}${figure} / ${limit} ratio ${ratio.toFixed(2)}  `
    + `${ratio <= 1 ? 'ok' : 'OVER BUDGET'}`);
  return ratio <= 1;
}

function name(file) {
  return decodeURIComponent(file.url.href.slice(root.href.length)) || file.url.href;
}

function sum(files, key) {
  return files.reduce((total, file) => total + file[key], 0);
}

function number(value) {
  return value.toLocaleString('en-US');
}
