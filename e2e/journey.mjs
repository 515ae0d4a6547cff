// The browser journey through the console with real Keycloak sign-in, in headless Chromium.
// Every step leaves a screenshot in RESULTS_DIR; the first broken step fails the run (exit 1).
//   node journey.mjs            the console journey (needs the platform with /console)
//   node journey.mjs account    only proves sign-in against Keycloak's own account console
import { chromium } from 'playwright-core';
import { KEYCLOAK_URL, REALM_URL, PLATFORM_URL, RESULTS_DIR, USERS, Steps, passwordOf, check } from './lib.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Without the background-networking flags Chromium reaches out to Google services, which the
// closed network refuses; QUIC likewise.
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TIMEOUT_MS = Number(process.env.E2E_STEP_TIMEOUT_MS ?? 20000);

let shots = 0;

/** Saves a full-page screenshot as NN-name.png and returns its path. */
export async function shot(page, name) {
  shots += 1;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const file = `${RESULTS_DIR}/${String(shots).padStart(2, "0")}-${slug}.png`;
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Fills Keycloak's login form (ids of the keycloak.v2 login theme) when the page shows it. */
export async function signIn(page, user) {
  await page.waitForSelector('#username', { timeout: TIMEOUT_MS });
  check(page.url().startsWith(KEYCLOAK_URL), `sign-in form is not Keycloak's: ${page.url()}`);
  await page.fill('#username', user);
  await page.fill('#password', passwordOf(user));
  await Promise.all([page.waitForNavigation({ timeout: TIMEOUT_MS }), page.click('#kc-login')]);
  const error = await page.locator('#input-error, .kc-feedback-text, #kc-error-message').first()
    .textContent({ timeout: 500 }).catch(() => null);
  check(!page.url().includes('/login-actions/'), `Keycloak refused ${user}: ${error ?? page.url()}`);
}

/** The console's RP-initiated logout; it must land on the console's signed-out page. */
export async function signOut(page) {
  await page.goto(`${PLATFORM_URL}/console/logout`);
  await page.waitForLoadState('load');
  check(page.url().startsWith(PLATFORM_URL), `sign-out did not come back to the platform: ${page.url()}`);
}

async function newPage(browser) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  return page;
}

/** Sign-in proven against Keycloak's own account console (independent of ModelGate's console). */
async function accountJourney(browser, steps) {
  const page = await newPage(browser);
  const failed = (name) => shot(page, `${name}-FAILED`);
  await steps.run('sales-requester signs in to the Keycloak account console', async () => {
    await page.goto(`${REALM_URL}/account`);
    await signIn(page, USERS.salesRequester);
    await page.waitForURL((url) => url.pathname.startsWith('/realms/modelgate/account'));
    // The declarative user profile shows the department (read-only for users).
    const department = page.getByLabel('Department');
    await department.waitFor();
    check(await department.inputValue() === 'sales', `department shown: ${await department.inputValue()}`);
    check(await page.getByLabel('Username').inputValue() === USERS.salesRequester, 'username shown');
    await shot(page, 'keycloak-account-signed-in');
  }, failed);
  await steps.run('a wrong password is refused by Keycloak', async () => {
    const other = await newPage(browser);
    await other.goto(`${REALM_URL}/account`);
    await other.waitForSelector('#username');
    await other.fill('#username', USERS.auditor);
    await other.fill('#password', 'not-the-password');
    await other.click('#kc-login');
    await other.locator('#input-error, .pf-v5-c-helper-text__item-text, .kc-feedback-text').first().waitFor();
    check(!other.url().includes('/account/'), 'a wrong password reached the account console');
    await shot(other, 'keycloak-wrong-password');
    await other.context().close();
  }, failed);
}

const mode = process.argv[2] ?? 'console';
const steps = new Steps('Journey');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
try {
  if (mode === 'account') {
    await accountJourney(browser, steps);
  } else {
    const { consoleJourney } = await import('./console-journey.mjs');
    await consoleJourney(browser, steps, { newPage, shot, signIn, signOut });
  }
} catch {
  // already printed by the step that failed
} finally {
  await browser.close();
}
console.log(`Screenshots: ${RESULTS_DIR}`);
process.exitCode = steps.summary() === 0 ? 0 : 1;
