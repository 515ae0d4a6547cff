// The REST API with real Keycloak tokens: password grant (modelgate-cli) and client credentials
// (modelgate-service). Walks a usage request through security and legal review and checks the
// refusals (401 without or with a forged token, 403 for a wrong role, 404 across departments).
import { PLATFORM_URL, USERS, Steps, passwordToken, serviceToken, claimsOf, check, checkEqual, setBudget }
  from './lib.mjs';
import { NEEDS_SECURITY_AND_LEGAL } from './requests.mjs';

const API = `${PLATFORM_URL}/api/v1`;
const PROBLEM = 'application/problem+json';

async function call(method, path, { token, body, ifMatch } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = ifMatch;
  const res = await fetch(`${API}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { /* not JSON: kept as text for the message */ }
  return { status: res.status, type: res.headers.get('content-type') ?? '', etag: res.headers.get('etag'), json, text };
}

function expectStatus(res, status, what) {
  check(res.status === status, `${what}: expected HTTP ${status}, got ${res.status}: ${res.text.slice(0, 300)}`);
}

function expectProblem(res, status, what) {
  expectStatus(res, status, what);
  check(res.type.startsWith(PROBLEM), `${what}: expected ${PROBLEM}, got ${res.type}`);
  checkEqual(res.json?.status, status, `${what}: problem status`);
}


const steps = new Steps('REST');
const tokens = {};
let request;

try {
  await steps.run('tokens by password grant carry sub, department and roles', async () => {
    for (const [key, user] of Object.entries(USERS)) {
      tokens[key] = await passwordToken(user);
    }
    const claims = claimsOf(tokens.salesRequester);
    check(typeof claims.sub === 'string' && claims.sub.length > 0, 'access token has no sub');
    checkEqual(claims.department, 'sales', 'department claim of sales-requester');
    check(claims.groups?.includes('requester'), `groups claim lacks requester: ${JSON.stringify(claims.groups)}`);
    check(claims.realm_access?.roles?.includes('requester'), 'realm_access.roles lacks requester');
    checkEqual(claimsOf(tokens.legalRequester).department, 'legal', 'department claim of legal-requester');
  });

  await steps.run('no token is refused with 401 problem', async () => {
    expectProblem(await call('GET', '/models'), 401, 'GET /models without a token');
  });

  await steps.run('a forged token is refused with 401', async () => {
    const [header, payload] = tokens.salesRequester.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    expectProblem(await call('GET', '/models', { token: forged }), 401, 'GET /models with a forged signature');
  });

  await steps.run('requester lists the catalog', async () => {
    const res = await call('GET', '/models?deployment=ON_PREMISES', { token: tokens.salesRequester });
    expectStatus(res, 200, 'GET /models');
    const ids = res.json.items.map((m) => m.id);
    check(ids.includes('llama-3-70b-instruct'), `catalog lacks llama-3-70b-instruct: ${ids}`);
  });

  await steps.run('service account (client credentials) lists the catalog', async () => {
    const token = await serviceToken();
    checkEqual(claimsOf(token).department, 'sales', 'department claim of the service account');
    const res = await call('GET', '/models', { token });
    expectStatus(res, 200, 'GET /models as modelgate-service');
    check(res.json.items.length > 0, 'service account sees an empty catalog');
  });

  await steps.run('admin sets the sales budget for the month (so no finance review is needed)', async () => {
    expectProblem(await call('PUT', '/departments/sales/budgets/2000-01', { token: tokens.salesRequester,
      body: { amount: { amount: '1', currency: 'JPY' }, softAlertPercent: 80, hardLimit: { amount: '1', currency: 'JPY' } } }),
    403, 'requester setting a budget');
    const budget = await setBudget(tokens.admin, 'sales', 5_000_000);
    checkEqual(budget.amount.amount, '5000000', 'budget amount');
  });

  await steps.run('requester drafts a request for their department', async () => {
    const res = await call('POST', '/usage-requests', { token: tokens.salesRequester, body: NEEDS_SECURITY_AND_LEGAL });
    expectStatus(res, 201, 'POST /usage-requests');
    checkEqual(res.json.state, 'DRAFT', 'state of the new draft');
    checkEqual(res.json.department, 'sales', 'department of the draft (from the token)');
    checkEqual(res.json.requester, claimsOf(tokens.salesRequester).sub, 'requester of the draft (token sub)');
    request = res.json;
  });

  await steps.run('a wrong role is refused with 403 and changes nothing', async () => {
    const count = async () => {
      const list = await call('GET', '/usage-requests?size=100', { token: tokens.auditor });
      expectStatus(list, 200, 'GET /usage-requests as auditor');
      return list.json.items.length;
    };
    const before = await count();
    expectProblem(await call('POST', '/usage-requests', { token: tokens.auditor, body: NEEDS_SECURITY_AND_LEGAL }),
      403, 'auditor drafting a request');
    expectProblem(await call('POST', '/models', { token: tokens.salesRequester, body: {} }), 403,
      'requester writing the catalog');
    checkEqual(await count(), before, 'requests after the refused draft');
  });

  await steps.run('another department gets 404 for the request', async () => {
    expectProblem(await call('GET', `/usage-requests/${request.id}`, { token: tokens.legalRequester }), 404,
      'legal-requester reading a sales request');
  });

  await steps.run('requester submits: it waits for security and legal review', async () => {
    const res = await call('POST', `/usage-requests/${request.id}/submit`,
      { token: tokens.salesRequester, ifMatch: `"${request.version}"` });
    expectStatus(res, 200, 'submit');
    checkEqual(res.json.state, 'IN_REVIEW', 'state after submit');
    checkEqual([...res.json.requiredReviews].sort().join(','), 'LEGAL,SECURITY', 'required reviews');
    request = res.json;
  });

  await steps.run('the requester cannot review (403)', async () => {
    expectProblem(await call('POST', `/usage-requests/${request.id}/reviews`, { token: tokens.salesRequester,
      ifMatch: `"${request.version}"`, body: { kind: 'SECURITY', outcome: 'APPROVE', comment: 'my own' } }),
      403, 'requester approving their own request');
  });

  for (const [who, kind] of [['securityReviewer', 'SECURITY'], ['legalReviewer', 'LEGAL']]) {
    await steps.run(`${USERS[who]} approves the ${kind} review`, async () => {
      const res = await call('POST', `/usage-requests/${request.id}/reviews`, { token: tokens[who],
        ifMatch: `"${request.version}"`, body: { kind, outcome: 'APPROVE', comment: `E2E ${kind} ok` } });
      expectStatus(res, 200, `${kind} review`);
      request = res.json;
    });
  }

  await steps.run('the request is approved and the approval is listed', async () => {
    checkEqual(request.state, 'APPROVED', 'state after both reviews');
    check(request.approvalId, 'approved request has no approvalId');
    const res = await call('GET', `/approvals/${request.approvalId}`, { token: tokens.salesRequester });
    expectStatus(res, 200, 'GET the approval');
    checkEqual(res.json.department, 'sales', 'department of the approval');
  });

  await steps.run('the auditor finds the audit chain intact', async () => {
    const res = await call('GET', '/audit-events/verification', { token: tokens.auditor });
    expectStatus(res, 200, 'GET /audit-events/verification');
    checkEqual(res.json.intact, true, 'audit chain intact');
    check(res.json.eventsChecked >= 4, `only ${res.json.eventsChecked} audit events checked`);
    expectProblem(await call('GET', '/audit-events/verification', { token: tokens.salesRequester }), 403,
      'requester reading the audit verification');
  });
} catch {
  // already printed by the step that failed
}
process.exitCode = steps.summary() === 0 ? 0 : 1;
