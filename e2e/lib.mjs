// Shared by rest.mjs and journey.mjs: where things run, the demo users, tokens from Keycloak,
// and a step runner that times each step and stops the run at the first broken one.
import { mkdirSync } from 'node:fs';

export const KEYCLOAK_URL = process.env.KEYCLOAK_URL ?? 'http://localhost:8180';
export const REALM_URL = `${KEYCLOAK_URL}/realms/modelgate`;
export const PLATFORM_URL = process.env.PLATFORM_URL ?? 'http://localhost:8280';
export const RESULTS_DIR = process.env.RESULTS_DIR ?? new URL('./results/manual', import.meta.url).pathname;
mkdirSync(RESULTS_DIR, { recursive: true });

// Demo users of docs/keycloak/modelgate-realm.json; their passwords are demo-<username> (demo only).
export const USERS = {
  salesRequester: 'sales-requester',
  legalRequester: 'legal-requester',
  securityReviewer: 'sec-reviewer',
  legalReviewer: 'legal-reviewer',
  financeReviewer: 'finance-reviewer',
  admin: 'coe-admin',
  auditor: 'auditor',
};
export const passwordOf = (user) => `demo-${user}`;

/** An access token by password grant through the public demo client modelgate-cli. */
export async function passwordToken(user) {
  return tokenFrom({ grant_type: 'password', client_id: 'modelgate-cli', username: user,
    password: passwordOf(user) });
}

/** An access token for the service-account client (client credentials, demo secret). */
export async function serviceToken() {
  return tokenFrom({ grant_type: 'client_credentials', client_id: 'modelgate-service',
    client_secret: process.env.E2E_SERVICE_SECRET ?? 'demo-service-secret' });
}

async function tokenFrom(form) {
  const res = await fetch(`${REALM_URL}/protocol/openid-connect/token`, {
    method: 'POST', body: new URLSearchParams(form) });
  const body = await res.json();
  if (res.status !== 200 || !body.access_token) {
    throw new Error(`token for ${form.username ?? form.client_id}: HTTP ${res.status} ${JSON.stringify(body)}`);
  }
  return body.access_token;
}

/** The claims of a JWT, read without verification (the platform verifies; this only looks). */
export function claimsOf(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

export function check(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

export function checkEqual(actual, expected, what) {
  check(actual === expected, `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/**
 * Runs steps in order; each is timed and printed. The first failure stops the run (later steps
 * depend on earlier ones) after onFailure had its chance (e.g. a screenshot of the broken page).
 */
export class Steps {
  constructor(title) {
    this.title = title;
    this.done = [];
  }

  async run(name, fn, onFailure) {
    const started = performance.now();
    try {
      const result = await fn();
      this.record(name, 'ok', started);
      return result;
    } catch (error) {
      this.record(name, 'FAILED', started, error);
      if (onFailure) {
        await onFailure(name).catch((e) => console.error(`  (could not record the failure: ${e.message})`));
      }
      throw error;
    }
  }

  record(name, outcome, started, error) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    this.done.push({ name, outcome, seconds });
    console.log(`  [${outcome === 'ok' ? ' ok ' : 'FAIL'}] ${name} (${seconds} s)${error ? `\n         ${error.message}` : ''}`);
  }

  summary() {
    const failed = this.done.filter((s) => s.outcome !== 'ok').length;
    const passed = this.done.length - failed;
    console.log(`${this.title}: ${passed} passed, ${failed} failed`);
    return failed;
  }
}

/** The current month where budgets are kept (modelgate.approval.budget-zone=Asia/Tokyo), as yyyy-MM. */
export function budgetMonth(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit' })
    .formatToParts(now);
  return `${parts.find((p) => p.type === 'year').value}-${parts.find((p) => p.type === 'month').value}`;
}

/**
 * The admin sets a department's budget for this month through the REST API (PUT without If-Match:
 * create or change), so a request's estimate fits and needs no finance review.
 */
export async function setBudget(adminToken, department, yen) {
  const res = await fetch(`${PLATFORM_URL}/api/v1/departments/${department}/budgets/${budgetMonth()}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ amount: { amount: String(yen), currency: 'JPY' }, softAlertPercent: 80,
      hardLimit: { amount: String(yen), currency: 'JPY' } }),
  });
  const text = await res.text();
  check(res.status === 200 || res.status === 201, `budget for ${department}: HTTP ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}
