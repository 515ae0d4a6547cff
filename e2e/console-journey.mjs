// The console journey (docs/console.md, "Page map for scripted tests"): a requester files and
// submits a request that needs security and legal review, cannot review it, the two reviewers sign
// in and approve, the approval appears, and the auditor sees the audit chain verified.
import { PLATFORM_URL, USERS, check, checkEqual, passwordToken, setBudget } from './lib.mjs';
import { NEEDS_SECURITY_AND_LEGAL } from './requests.mjs';

// The REST checks file the same request; the console's own is told apart by its purpose.
const REQUEST = { ...NEEDS_SECURITY_AND_LEGAL,
  useCase: { ...NEEDS_SECURITY_AND_LEGAL.useCase, purpose: 'E2E console: draft answers for customer support' } };
const BAD_PURPOSE = 'E2E console: bad input must not be stored';

const CONSOLE = `${PLATFORM_URL}/console`;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Sets a form control by its name, whatever its kind, after checking a <label for> names it. */
async function setField(form, name, value) {
  const control = form.locator(`[name="${name}"]`);
  check(await control.count() > 0, `form has no field named ${name}`);
  const first = control.first();
  const kind = await first.evaluate((e) => `${e.tagName}:${e.type ?? ''}`);
  if (kind.endsWith(':radio')) {
    await form.locator(`[name="${name}"][value="${value}"]`).check();
    return;
  }
  const id = await first.getAttribute('id');
  check(id && await form.page().locator(`label[for="${id}"]`).count() > 0, `field ${name} has no <label for>`);
  if (kind.startsWith('SELECT')) {
    await first.selectOption(String(value));
  } else if (kind.endsWith(':checkbox')) {
    await first.setChecked(Boolean(value));
  } else {
    await first.fill(String(value));
  }
}

async function textOf(page, selector) {
  return (await page.locator(selector).first().textContent() ?? '').trim();
}

/** Opens a console page; when the session is new, Keycloak's form comes first. */
async function open(page, path, user, signIn) {
  await page.goto(`${CONSOLE}${path}`);
  if (user && page.url().startsWith(process.env.KEYCLOAK_URL ?? 'http://localhost:8180')) {
    await signIn(page, user);
  }
  await page.waitForLoadState('load');
  check(page.url().startsWith(CONSOLE), `expected a console page, got ${page.url()}`);
  checkEqual(await page.locator('h1').count(), 1, `<h1> elements on ${path}`);
}

async function submit(page, buttonId) {
  await Promise.all([page.waitForNavigation(), page.click(`#${buttonId}`)]);
  const error = page.locator('#form-error');
  if (await error.count() > 0) {
    throw new Error(`the console refused the form: ${(await error.first().textContent()).trim()}`);
  }
}

export async function consoleJourney(browser, steps, { newPage, shot, signIn, signOut }) {
  let requestId;
  let page;
  const failed = (name) => (page ? shot(page, `${name}-FAILED`) : Promise.resolve());

  await steps.run('admin sets the sales budget for the month (REST)', async () => {
    await setBudget(await passwordToken(USERS.admin), 'sales', 5_000_000);
  });

  await steps.run('unauthenticated /console goes to Keycloak sign-in', async () => {
    page = await newPage(browser);
    await page.goto(CONSOLE);
    await page.waitForSelector('#username');
    check(page.url().includes('/realms/modelgate/protocol/openid-connect/auth'),
      `not Keycloak's authorization endpoint: ${page.url()}`);
    check(page.url().includes('client_id=modelgate-console'), `wrong client: ${page.url()}`);
    await shot(page, 'sign-in-keycloak');
  }, failed);

  await steps.run('requester signs in: home shows department and role', async () => {
    await signIn(page, USERS.salesRequester);
    await page.waitForURL(`${CONSOLE}**`);
    checkEqual(await textOf(page, '#me-department'), 'sales', 'department on the home page');
    check((await textOf(page, '#me-roles')).includes('requester'), 'home does not show the role requester');
    await shot(page, 'requester-home');
  }, failed);

  await steps.run('bad input in the draft form gets a clear message and stores nothing', async () => {
    await open(page, '/requests/new', null, signIn);
    const form = page.locator('#draft-form');
    await setField(form, 'modelId', REQUEST.modelId);
    await setField(form, 'purpose', BAD_PURPOSE);
    await setField(form, 'expectedMonthlyActiveUsers', 'many');
    for (const field of ['requestsPerMonth', 'averageInputTokens', 'averageOutputTokens']) {
      await setField(form, field, REQUEST.useCase.volume[field]);
    }
    const [response] = await Promise.all([page.waitForNavigation(), page.click('#draft-save')]);
    check([400, 422].includes(response.status()), `bad input answered HTTP ${response.status()}`);
    const alert = page.locator('[role="alert"]#form-error');
    checkEqual(await alert.count(), 1, 'alerts on the re-rendered form');
    check(/expectedMonthlyActiveUsers|monthly active users/i.test(await alert.textContent()),
      `the message does not name the field: ${await alert.textContent()}`);
    checkEqual(await page.locator('#draft-form [name="purpose"]').inputValue(), BAD_PURPOSE,
      'purpose kept on the re-rendered form');
    await shot(page, 'requester-draft-bad-input');
    await open(page, '/requests', null, signIn);
    check(!(await page.locator('body').textContent()).includes(BAD_PURPOSE), 'a request was stored from bad input');
  }, failed);

  await steps.run('requester fills the draft form', async () => {
    await open(page, '/requests/new', null, signIn);
    const form = page.locator('#draft-form');
    await form.waitFor();
    await setField(form, 'modelId', REQUEST.modelId);
    await setField(form, 'deployment', REQUEST.deployment);
    const useCase = REQUEST.useCase;
    for (const field of ['purpose', 'taskCategory', 'audience', 'expectedMonthlyActiveUsers',
      'highestClassification']) {
      await setField(form, field, useCase[field]);
    }
    for (const field of ['commercial', 'redistributesModel', 'fineTunes']) {
      await setField(form, field, useCase[field]);
    }
    for (const field of ['requestsPerMonth', 'averageInputTokens', 'averageOutputTokens']) {
      await setField(form, field, useCase.volume[field]);
    }
    await shot(page, 'requester-draft-form');
  }, failed);

  await steps.run('requester saves the draft: findings and cost estimate shown', async () => {
    await submit(page, 'draft-save');
    const match = page.url().match(new RegExp(`/console/requests/(${UUID})`));
    check(match, `not on a request page after saving: ${page.url()}`);
    requestId = match[1];
    checkEqual(await page.locator('[data-request-id]').first().getAttribute('data-request-id'), requestId,
      'data-request-id');
    check(/draft/i.test(await textOf(page, '#request-status')), `status is not DRAFT: ${await textOf(page, '#request-status')}`);
    // The automatic assessment before submitting: findings, the reviews it will need, the estimate.
    check(await page.locator('#findings .finding').count() > 0, 'the draft page shows no findings');
    checkEqual(await textOf(page, '#preview-reviews'), 'SECURITY, LEGAL', 'reviews the draft will need');
    check(/\d/.test(await textOf(page, '#estimate-monthly')), 'the draft page shows no monthly estimate');
    check(/\d/.test(await textOf(page, '#remaining-budget')), 'the draft page shows no remaining budget');
    await shot(page, 'requester-draft-detail');
  }, failed);

  await steps.run('requester submits: it waits for security and legal review', async () => {
    await submit(page, 'request-submit');
    const status = await textOf(page, '#request-status');
    check(/in.?review/i.test(status), `status after submit is not IN_REVIEW: ${status}`);
    await shot(page, 'requester-submitted');
  }, failed);

  await steps.run('a form post without the CSRF token is refused and changes nothing', async () => {
    // The browser's own session cookies go along; only the form's token is missing.
    const res = await page.request.post(`${CONSOLE}/requests/${requestId}/withdraw`,
      { form: { version: await page.locator('#withdraw-form [name="version"]').inputValue() }, maxRedirects: 0 });
    check([400, 403].includes(res.status()), `withdraw without CSRF token answered HTTP ${res.status()}`);
    await page.reload();
    check(/in.?review/i.test(await textOf(page, '#request-status')), 'the request changed without a CSRF token');
  }, failed);

  await steps.run('requester cannot review it', async () => {
    // Refused outright (403/404), or shown without a review form: either way no decision is possible.
    const res = await page.goto(`${CONSOLE}/reviews/${requestId}`);
    checkEqual(await page.locator('#review-form').count(), 0, `review forms for the requester (HTTP ${res.status()})`);
    check([403, 404].includes(res.status()) || await page.locator('#review-nothing-open').count() === 1,
      `the requester's review page neither refuses nor says nothing is open (HTTP ${res.status()})`);
    await shot(page, 'requester-cannot-review');
    await page.goto(`${CONSOLE}/reviews`);
    checkEqual(await page.locator(`a[href$="/console/reviews/${requestId}"]`).count(), 0,
      'links to the request in the requester\'s review queue');
  }, failed);

  await steps.run('requester signs out', async () => {
    await signOut(page);
    await page.locator('#sign-in').waitFor();
    await shot(page, 'requester-signed-out');
    await page.goto(CONSOLE);
    await page.waitForSelector('#username');
    await page.context().close();
  }, failed);

  await steps.run('a requester of another department gets 404 for the request', async () => {
    page = await newPage(browser);
    await open(page, '', USERS.legalRequester, signIn);
    checkEqual(await textOf(page, '#me-department'), 'legal', 'department of legal-requester');
    const res = await page.goto(`${CONSOLE}/requests/${requestId}`);
    checkEqual(res.status(), 404, `legal-requester opening a sales request`);
    check(!(await page.locator('body').textContent()).includes(REQUEST.useCase.purpose),
      'the 404 page shows the request');
    await shot(page, 'legal-requester-other-department-404');
    await page.context().close();
  }, failed);

  for (const [user, expected] of [[USERS.securityReviewer, /in.?review/i], [USERS.legalReviewer, /approved/i]]) {
    await steps.run(`${user} signs in and finds the request in the queue`, async () => {
      page = await newPage(browser);
      await open(page, '/reviews', user, signIn);
      const link = page.locator(`a[href$="/console/reviews/${requestId}"]`);
      check(await link.count() > 0, `the request ${requestId} is not in ${user}'s queue`);
      await shot(page, `${user}-queue`);
      await Promise.all([page.waitForNavigation(), link.first().click()]);
    }, failed);

    await steps.run(`${user} approves with a comment`, async () => {
      const form = page.locator('#review-form');
      await form.waitFor();
      const body = await page.locator('body').textContent();
      check(body.includes(REQUEST.modelId), 'the review page does not name the model');
      await setField(form, 'comment', `E2E: ${user} approves`);
      await shot(page, `${user}-review`);
      await submit(page, 'review-approve');
      const status = await textOf(page, '#request-status');
      check(expected.test(status), `status after ${user}'s approval: ${status}`);
      await shot(page, `${user}-approved`);
    }, failed);
  }

  await steps.run('the approval appears in the approvals list', async () => {
    await open(page, `/requests/${requestId}`, null, signIn);
    const approvalId = (await textOf(page, '#approval-link'));
    check(new RegExp(`^${UUID}$`).test(approvalId), `the approved request links no approval: ${approvalId}`);
    await open(page, '/approvals', null, signIn);
    const row = page.locator(`[data-approval-id="${approvalId}"]`);
    checkEqual(await row.count(), 1, `rows for approval ${approvalId}`);
    const rowText = await row.textContent();
    check(rowText.includes(REQUEST.modelId) && rowText.includes('sales'), `approval row: ${rowText}`);
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'approvals');
    await signOut(page);
    await page.context().close();
  }, failed);

  await steps.run('auditor sees the audit chain verified', async () => {
    page = await newPage(browser);
    await open(page, '/audit', USERS.auditor, signIn);
    const verification = page.locator('#audit-verification');
    await verification.waitFor();
    const verified = await verification.getAttribute('data-verified');
    const text = (await verification.textContent()).trim();
    check(verified === 'true' || /VERIFIED|検証済み/.test(text), `audit verification says: ${text}`);
    check(!/not verified|broken/i.test(text), `audit verification says: ${text}`);
    await shot(page, 'auditor-audit-verified');
  }, failed);

  await steps.run('auditor switches to Japanese labels', async () => {
    await open(page, '/audit?lang=ja', null, signIn);
    const cookie = (await page.context().cookies()).find((c) => c.name === 'modelgate-lang');
    checkEqual(cookie?.value, 'ja', 'language cookie');
    checkEqual(await page.locator('html').getAttribute('lang'), 'ja', '<html lang>');
    await shot(page, 'auditor-audit-ja');
    await page.context().close();
  }, failed);
}
