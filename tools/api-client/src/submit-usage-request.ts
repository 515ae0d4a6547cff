// A client generated from ModelGate's served OpenAPI document (openapi-typescript types, openapi-fetch calls):
// it drafts a usage request and submits it, and the compiler knows that the submit answers the request with
// its state. Run by check.sh against the packaged app: node build/js/src/submit-usage-request.js <url> <token>
import createClient from 'openapi-fetch';
import type { components, paths } from '../build/modelgate.js';

type UsageRequest = components['schemas']['UsageRequest'];
type UsageRequestBody = components['schemas']['UsageRequestBody'];
type RequestState = components['schemas']['RequestState'];

// What the generator made of submitUsageRequest's answer: the request, not void.
type SubmitAnswer = paths['/api/v1/usage-requests/{id}/submit']['post']['responses'][200]['content']['application/json'];
const answerIsTheRequest: SubmitAnswer extends UsageRequest ? true : false = true;

export async function submitUsageRequest(baseUrl: string, token: string, body: UsageRequestBody): Promise<RequestState> {
  const client = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });
  const drafted = await client.POST('/api/v1/usage-requests', { body });
  if (!drafted.data?.id) {
    throw new Error(`draftUsageRequest answered ${drafted.response.status}: ${JSON.stringify(drafted.error)}`);
  }
  const submitted = await client.POST('/api/v1/usage-requests/{id}/submit', {
    params: { path: { id: drafted.data.id } },
  });
  const state: RequestState | undefined = submitted.data?.state;
  if (state === undefined) {
    throw new Error(`submitUsageRequest answered ${submitted.response.status}: ${JSON.stringify(submitted.error)}`);
  }
  return state;
}

const [baseUrl, token] = process.argv.slice(2);
if (baseUrl && token) {
  const body: UsageRequestBody = {
    modelId: 'mistral-7b-instruct',
    deployment: 'ON_PREMISES',
    useCase: {
      purpose: 'Summarise internal reports (generated TypeScript client check)', taskCategory: 'REPORT_GENERATION',
      audience: 'INTERNAL', commercial: false, redistributesModel: false, fineTunes: false,
      expectedMonthlyActiveUsers: 10, highestClassification: 'INTERNAL',
      volume: { requestsPerMonth: 100, averageInputTokens: 500, averageOutputTokens: 200 },
    },
  };
  const state = await submitUsageRequest(baseUrl, token, body);
  const known: RequestState[] = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN'];
  if (!answerIsTheRequest || !known.includes(state) || state === 'DRAFT') {
    throw new Error(`submit answered the state ${state}`);
  }
  console.log(`generated client: submitUsageRequest answered the request in state ${state}`);
}
