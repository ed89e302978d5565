#!/usr/bin/env node
// Real-browser check of rendered kplan HTML documents.
//
// Usage: node tests/browser/check.mjs FILE.html [FILE2.html ...]
//
// For each file, in headless Chromium (playwright-core, /usr/bin/chromium):
//   - no console errors and no uncaught page errors;
//   - no network request other than the file itself (about: and data: allowed);
//   - every a[href^="#"] resolves to an element with that id or name;
//   - exactly one h1 and no skipped heading levels on the way down;
//   - no axe-core violations for WCAG 2.0/2.1 A and AA;
//   - no rule code in the visible text ("(need-without-measure)": findings are sentences);
//   - every table inside its scroll box (a .table-wrap parent);
//   - at 390 px wide (a phone) nothing makes the page wider than the screen;
//   - printed (print media, A4) to PDF it has more than one page, every page says "side N av M"
//     (or "page N of M") with the right N and M, checked in the text pdftotext extracts (without
//     pdftotext: the stylesheet must hold a page margin box with counter(page));
//   - in print, table headers repeat on each page (thead is a table-header-group) and sum rows
//     do not (tfoot is not a table-footer-group).
// Prints `ok FILE (N pages, M links checked)` or `FAIL FILE` plus reasons per
// file, then `N passed, M failed`. Exits 0 only if every file passed.
// With KPLAN_SCREENSHOT=1 full-page PNGs are written next to each file
// (FILE.html -> FILE.png at 1280 px, FILE-390.png at 390 px).
//
// Environment: KPLAN_CHROMIUM overrides the browser path (default /usr/bin/chromium).

import { readFileSync, writeFileSync, existsSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  console.error(`cannot load playwright-core (run \`npm ci\` in ${here}): ${e.message}`);
  process.exit(2);
}

const axePath = join(here, 'node_modules', 'axe-core', 'axe.min.js');
if (!existsSync(axePath)) {
  console.error(`cannot find ${axePath} (run \`npm ci\` in ${here})`);
  process.exit(2);
}
const axeSource = readFileSync(axePath, 'utf8');

const executablePath = process.env.KPLAN_CHROMIUM || '/usr/bin/chromium';
const screenshot = process.env.KPLAN_SCREENSHOT === '1';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node tests/browser/check.mjs FILE.html [FILE2.html ...]');
  process.exit(2);
}

// A rule code in parentheses, as the findings used to end: "(need-without-measure)".
const RULE_CODE = /\((need|goal|measure|[a-z]+(-[a-z]+)+)\)/;
const PHONE_WIDTH = 390;

// The text of each page of a PDF, from pdftotext (poppler-utils); null when pdftotext is missing.
function pdfPageTexts(buf) {
  const probe = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  if (probe.error) return null;
  const dir = mkdtempSync(join(tmpdir(), 'kplan-pdf-'));
  try {
    const pdf = join(dir, 'plan.pdf');
    writeFileSync(pdf, buf);
    const out = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr}`);
    // pdftotext ends each page with a form feed.
    return out.stdout.split('\f').slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let warnedNoPdftotext = false;

function countPdfPages(buf) {
  // Page objects, not the /Pages tree node.
  const m = buf.toString('latin1').match(/\/Type\s*\/Page[^s]/g);
  return m ? m.length : 0;
}

async function checkFile(browser, file) {
  const reasons = [];
  const abs = resolve(file);
  if (!existsSync(abs) || !statSync(abs).isFile()) {
    return { reasons: [`no such file: ${abs}`] };
  }
  const fileUrl = pathToFileURL(abs).href;

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);

  const consoleErrors = [];
  const pageErrors = [];
  const foreignRequests = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const loc = msg.location();
      const where = loc && loc.url ? ` (${loc.url}${loc.lineNumber ? ':' + loc.lineNumber : ''})` : '';
      consoleErrors.push(`${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => pageErrors.push(err.message || String(err)));
  const onRequest = (req) => {
    const url = req.url();
    if (url.startsWith('about:') || url.startsWith('data:')) return;
    if (url === fileUrl || url.startsWith(fileUrl + '#') || url.startsWith(fileUrl + '?')) return;
    foreignRequests.push(`${req.resourceType()} ${url}`);
  };
  page.on('request', onRequest);
  // Never let a check touch the network: record the attempt (above), then abort it.
  await page.route(/^(https?|wss?|ftp):/i, (route) => route.abort('blockedbyclient'));
  // axe-core goes in as an init script: the page's Content-Security-Policy forbids inline
  // scripts (an `addScriptTag` would be refused) but does not apply to init scripts.
  await page.addInitScript({ content: axeSource });

  let links = 0;
  let pages = 0;
  try {
    await page.goto(fileUrl, { waitUntil: 'load' });
    // Give anything asynchronous (fonts, lazy images, timers) a moment to show up.
    await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});

    // Fragment links.
    const linkResult = await page.evaluate(() => {
      const broken = [];
      const anchors = [...document.querySelectorAll('a[href^="#"]')];
      const exists = (name) =>
        document.getElementById(name) !== null || document.getElementsByName(name).length > 0;
      for (const a of anchors) {
        const raw = a.getAttribute('href').slice(1);
        let decoded = raw;
        try { decoded = decodeURIComponent(raw); } catch { /* keep raw */ }
        // HTML: an empty fragment and "top" scroll to the top of the document.
        if (raw === '' || decoded.toLowerCase() === 'top') continue;
        if (!exists(raw) && !exists(decoded)) {
          const text = (a.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60);
          broken.push(`#${raw}${text ? ` ("${text}")` : ''}`);
        }
      }
      return { count: anchors.length, broken };
    });
    links = linkResult.count;
    for (const b of linkResult.broken) reasons.push(`broken in-page link: ${b}`);

    // Heading structure.
    const headings = await page.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => ({
        level: Number(h.tagName[1]),
        text: (h.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60),
      })),
    );
    const h1s = headings.filter((h) => h.level === 1).length;
    if (h1s !== 1) reasons.push(`expected exactly one h1, found ${h1s}`);
    let prev = 0;
    for (const h of headings) {
      if (h.level > prev + 1) {
        const from = prev === 0 ? 'document start' : `h${prev}`;
        reasons.push(`skipped heading level: h${h.level} "${h.text}" after ${from}`);
      }
      prev = h.level;
    }

    // Accessibility (axe-core).
    const violations = await page.evaluate(async (tags) => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        count: v.nodes.length,
        targets: v.nodes.slice(0, 3).map((n) =>
          (Array.isArray(n.target) ? n.target : [n.target])
            .map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t)))
            .join(' | '),
        ),
      }));
    }, AXE_TAGS);
    for (const v of violations) {
      const more = v.count > v.targets.length ? ` (+${v.count - v.targets.length} more)` : '';
      reasons.push(
        `axe ${v.id} [${v.impact}]: ${v.help} -- ${v.targets.join(', ')}${more}`,
      );
    }

    // No tool artefacts: findings are sentences, without their rule codes.
    const codes = await page.evaluate((source) => {
      const re = new RegExp(source, 'g');
      return [...document.body.innerText.matchAll(re)].map((m) => m[0]);
    }, RULE_CODE.source);
    if (codes.length > 0) {
      reasons.push(`rule codes in the visible text: ${[...new Set(codes)].slice(0, 5).join(', ')}`);
    }

    // Every table in its scroll box.
    const bare = await page.evaluate(() =>
      [...document.querySelectorAll('table')]
        .filter((t) => !(t.parentElement && t.parentElement.classList.contains('table-wrap')))
        .map((t) => ((t.caption && t.caption.textContent) || t.textContent).trim().replace(/\s+/g, ' ').slice(0, 50)),
    );
    for (const b of bare) reasons.push(`table outside a .table-wrap scroll box: "${b}"`);

    if (screenshot) {
      const png = /\.html?$/i.test(abs) ? abs.replace(/\.html?$/i, '.png') : `${abs}.png`;
      await page.screenshot({ path: png, fullPage: true });
    }

    // A phone: nothing wider than the screen (tables and wide charts scroll in their own box).
    await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
    const phone = await page.evaluate(() => {
      const width = document.documentElement.scrollWidth;
      const inner = window.innerWidth;
      const wide = [];
      if (width > inner) {
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.right <= inner + 0.5) continue;
          // Skip what sits in a box that scrolls on its own.
          let a = el.parentElement;
          let scrolled = false;
          for (; a; a = a.parentElement) {
            if (/(auto|scroll|hidden)/.test(getComputedStyle(a).overflowX)) { scrolled = true; break; }
          }
          if (!scrolled) wide.push(`${el.tagName.toLowerCase()} (${Math.round(r.right)} px) "${(el.textContent || '').trim().slice(0, 40)}"`);
        }
      }
      return { width, inner, wide: wide.slice(-3) };
    });
    if (phone.width > phone.inner) {
      reasons.push(`at ${phone.inner} px the page is ${phone.width} px wide: ${phone.wide.join('; ')}`);
    }
    if (screenshot) {
      const png = /\.html?$/i.test(abs) ? abs.replace(/\.html?$/i, '-390.png') : `${abs}-390.png`;
      await page.screenshot({ path: png, fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Print.
    await page.emulateMedia({ media: 'print' });
    const groups = await page.evaluate(() => ({
      thead: [...document.querySelectorAll('thead')].map((e) => getComputedStyle(e).display),
      tfoot: [...document.querySelectorAll('tfoot')].map((e) => getComputedStyle(e).display),
      counters: [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((r) => r.constructor.name === 'CSSPageRule')
        .some((r) => /counter\(page\)/.test(r.cssText)),
    }));
    if (groups.thead.length === 0) reasons.push('no table has a thead');
    const notRepeated = groups.thead.filter((d) => d !== 'table-header-group').length;
    if (notRepeated > 0) reasons.push(`in print ${notRepeated} table header(s) are not repeated (display is not table-header-group)`);
    const repeatedSums = groups.tfoot.filter((d) => d === 'table-footer-group').length;
    if (repeatedSums > 0) reasons.push(`in print ${repeatedSums} sum row group(s) would repeat on every page (tfoot is a table-footer-group)`);

    // The @page size and margins (and so the margin boxes) are the stylesheet's.
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    pages = countPdfPages(pdf);
    if (pages <= 1) reasons.push(`printed to A4 it has ${pages} page(s); expected more than 1`);
    const texts = pdfPageTexts(pdf);
    if (texts === null) {
      if (!warnedNoPdftotext) {
        console.log('note: pdftotext is not installed (apt-get install poppler-utils); checking the page numbers in the stylesheet only');
        warnedNoPdftotext = true;
      }
      if (!groups.counters) reasons.push('the print stylesheet has no page margin box with counter(page)');
    } else {
      if (texts.length !== pages) reasons.push(`pdftotext found ${texts.length} pages, the PDF has ${pages}`);
      const unnumbered = texts
        .map((text, i) => i + 1)
        .filter((n) => !new RegExp(`\\b(side ${n} av ${texts.length}|page ${n} of ${texts.length})\\b`).test(texts[n - 1]));
      if (unnumbered.length > 0) {
        reasons.push(`printed page(s) ${unnumbered.slice(0, 10).join(', ')} of ${texts.length} do not say "side N av ${texts.length}" in the footer`);
      }
    }
  } catch (e) {
    reasons.push(`browser error: ${(e && e.message ? e.message : String(e)).split('\n')[0]}`);
  } finally {
    page.off('request', onRequest);
    await context.close().catch(() => {});
  }

  // Collected last so late events are included.
  for (const r of foreignRequests) reasons.push(`request outside the file: ${r}`);
  for (const c of consoleErrors) reasons.push(`console error: ${c}`);
  for (const p of pageErrors) reasons.push(`page error: ${p}`);
  return { reasons, pages, links };
}

const browser = await chromium.launch({
  executablePath,
  headless: true,
  // playwright-core already passes --no-sandbox (chromiumSandbox defaults to false),
  // --no-first-run, --disable-background-networking, --disable-component-update,
  // --disable-sync, --headless and a fresh temporary --user-data-dir.
  args: ['--disable-gpu', '--disable-quic'],
});

let passed = 0;
let failed = 0;
try {
  for (const file of files) {
    const { reasons, pages, links } = await checkFile(browser, file);
    if (reasons.length === 0) {
      passed++;
      console.log(`ok ${file} (${pages} pages, ${links} links checked)`);
    } else {
      failed++;
      console.log(`FAIL ${file}`);
      for (const r of reasons) console.log(`  - ${r}`);
    }
  }
} finally {
  await browser.close().catch(() => {});
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
