// Usage-request bodies shared by the REST checks and the console journey.

// Confidential data, external commercial use of Llama 3 on-premises: needs security and legal
// review (and no finance review once the department has a budget that covers the estimate).
export const NEEDS_SECURITY_AND_LEGAL = {
  modelId: 'llama-3-70b-instruct', deployment: 'ON_PREMISES',
  useCase: {
    purpose: 'E2E: draft answers for customer support', taskCategory: 'CUSTOMER_CHAT',
    audience: 'EXTERNAL_CUSTOMERS', commercial: true, redistributesModel: false, fineTunes: false,
    expectedMonthlyActiveUsers: 200, highestClassification: 'CONFIDENTIAL',
    volume: { requestsPerMonth: 10000, averageInputTokens: 800, averageOutputTokens: 300 },
  },
};
