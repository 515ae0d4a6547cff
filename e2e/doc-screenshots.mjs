// Copies a representative set of a run's screenshots into docs/console/screenshots/, each cut to
// the top of the page (at most 1100×1000, the review pages whole: their form is at the bottom) so
// the images stay small. Cutting is done by Chromium
// itself (no image tools needed): the PNG is shown at its natural size and the viewport captured.
//   node e2e/doc-screenshots.mjs e2e/results/<run>
import { chromium } from 'playwright-core';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';

const CHOSEN = ['sign-in-keycloak', 'requester-home', 'requester-draft-bad-input', 'requester-draft-form',
  'requester-draft-detail', 'requester-cannot-review', 'requester-signed-out', 'legal-requester-other-department-404',
  'sec-reviewer-queue', 'sec-reviewer-review', 'legal-reviewer-approved', 'approvals', 'auditor-audit-verified',
  'auditor-audit-ja'];
const WHOLE = new Set(['sec-reviewer-review', 'legal-reviewer-approved']);
const [runDir] = process.argv.slice(2);
if (!runDir) {
  console.error('usage: node e2e/doc-screenshots.mjs e2e/results/<run>');
  process.exit(2);
}
const target = new URL('../docs/console/screenshots/', import.meta.url).pathname;
mkdirSync(target, { recursive: true });

const files = readdirSync(runDir);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox',
  '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
let n = 0;
for (const name of CHOSEN) {
  const file = files.find((f) => f.replace(/^\d+-/, '') === `${name}.png`);
  if (!file) {
    throw new Error(`no screenshot ${name} in ${runDir}`);
  }
  const png = readFileSync(`${runDir}/${file}`).toString('base64');
  await page.setContent(`<body style="margin:0"><img src="data:image/png;base64,${png}"></body>`);
  const height = await page.locator('img').evaluate((img) => img.naturalHeight);
  await page.setViewportSize({ width: 1100, height: WHOLE.has(name) ? height : Math.min(height, 1000) });
  n += 1;
  const out = `${target}${String(n).padStart(2, '0')}-${name}.png`;
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: 1100, height: WHOLE.has(name) ? height : Math.min(height, 1000) } });
  console.log(out);
}
await browser.close();
