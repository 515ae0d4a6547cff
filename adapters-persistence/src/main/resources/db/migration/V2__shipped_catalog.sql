-- The catalog ModelGate ships with. Prices are dated (priced_on) and editable through the API
-- (PUT /api/v1/models/{id}); self-hosted figures are planning defaults in JPY to be replaced with
-- the company's own GPU quotes.

-- Licenses with their real structured terms and the clause of the license text that states each
-- (the same data as the domain's license-evaluation tests, ShippedLicenses.java). Two requirements
-- have no structured term yet and are in the summary: marking modified files (Apache-2.0 4(b),
-- Gemma 3.1(3)) and the exact wording of a prescribed NOTICE (Llama 3 1.b.iii, Gemma 3.1(4)).
INSERT INTO license (id, name, spdx_id, text_url, summary, commercial_use, monthly_active_user_cap,
                     attribution_required, attribution_notice, copyright_notice_required,
                     license_text_with_redistribution, notice_file_with_redistribution, derivative_name_prefix,
                     acceptable_use_policy_url, use_restrictions_pass_through, redistribution_allowed, share_alike,
                     outputs_may_improve_other_models)
VALUES
('apache-2.0', 'Apache License 2.0', 'Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0',
 'Permissive. Commercial use allowed. Redistribution of the Work or Derivative Works requires: a copy of the '
 || 'License (4(a)), prominent notices in modified files (4(b)), retained copyright, patent, trademark and '
 || 'attribution notices (4(c)) and the attribution notices of the NOTICE file when the Work has one (4(d)).',
 'ALLOWED', NULL, FALSE, NULL, TRUE, TRUE, TRUE, NULL, NULL, FALSE, TRUE, FALSE, TRUE),
('mit', 'MIT License', 'MIT', 'https://opensource.org/license/mit',
 'Permissive. Any use including commercial; the copyright notice and the permission notice must be included '
 || 'in all copies or substantial portions.',
 'ALLOWED', NULL, FALSE, NULL, TRUE, FALSE, FALSE, NULL, NULL, FALSE, TRUE, FALSE, TRUE),
('cc-by-nc-4.0', 'Creative Commons Attribution-NonCommercial 4.0 International', 'CC-BY-NC-4.0',
 'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
 'NonCommercial only: not primarily intended for or directed towards commercial advantage or monetary '
 || 'compensation (1(i), 2(a)(1)). Sharing requires attribution: creators, copyright notice, license notice, '
 || 'disclaimer, URI, modifications indicated and the license text or its URI (3(a)). No share-alike.',
 'PROHIBITED', NULL, TRUE, NULL, TRUE, TRUE, FALSE, NULL, NULL, FALSE, TRUE, FALSE, TRUE),
('llama-3-community', 'Meta Llama 3 Community License', NULL, 'https://llama.meta.com/llama3/license/',
 'Commercial use allowed unless the licensee''s products or services exceed 700 million monthly active users '
 || '(then a license must be requested from Meta, Section 2). Distributing the Llama Materials or a product or '
 || 'service using them: a copy of the Agreement and "Built with Meta Llama 3" prominently displayed; a '
 || 'distributed or made-available AI model built with them has a name beginning with "Llama 3" (1.b.i). Copies '
 || 'carry a Notice text file: "Meta Llama 3 is licensed under the Meta Llama 3 Community License, Copyright © '
 || 'Meta Platforms, Inc. All Rights Reserved." (1.b.iii). Acceptable Use Policy (1.b.iv). No use of the '
 || 'materials or their output to improve other large language models (1.b.v).',
 'CONDITIONAL', 700000000, TRUE, 'Built with Meta Llama 3', FALSE, TRUE, TRUE, 'Llama 3',
 'https://llama.meta.com/llama3/use-policy', FALSE, TRUE, FALSE, FALSE),
('gemma-terms', 'Gemma Terms of Use', NULL, 'https://ai.google.dev/gemma/terms',
 'Commercial use allowed under the Prohibited Use Policy (3.2). "Distribution" includes a hosted service '
 || '(1.1(b)). Distributing Gemma or Model Derivatives: the 3.2 use restrictions as an enforceable provision with '
 || 'notice to users (3.1(1)), a copy of the Agreement (3.1(2)), prominent notices in modified files (3.1(3)) '
 || 'and, other than through a hosted service, a Notice text file: "Gemma is provided under and subject to the '
 || 'Gemma Terms of Use found at ai.google.dev/gemma/terms" (3.1(4)). Models trained on Gemma output are Model '
 || 'Derivatives.',
 'ALLOWED', NULL, FALSE, NULL, FALSE, TRUE, TRUE, NULL, 'https://ai.google.dev/gemma/prohibited_use_policy',
 TRUE, TRUE, FALSE, TRUE),
('vendor-proprietary', 'Proprietary vendor terms', NULL, 'https://modelgate.dev/licenses/vendor-proprietary',
 'A closed model used through the vendor''s API (or licensed for self-hosting) under its service terms: '
 || 'commercial use allowed, no access to or redistribution of the weights, the vendor''s usage policy applies '
 || 'and output may not be used to develop competing models.',
 'ALLOWED', NULL, FALSE, NULL, FALSE, FALSE, FALSE, NULL, 'the vendor''s published usage policy', FALSE, FALSE,
 FALSE, FALSE);

INSERT INTO license_clause (license_id, term, clause) VALUES
('apache-2.0', 'COMMERCIAL_USE', 'Section 2 (Grant of Copyright License)'),
('apache-2.0', 'LICENSE_TEXT', 'Section 4(a)'),
('apache-2.0', 'COPYRIGHT_NOTICE', 'Section 4(c)'),
('apache-2.0', 'NOTICE_FILE', 'Section 4(d)'),
('apache-2.0', 'REDISTRIBUTION', 'Section 4 (Redistribution)'),
('mit', 'COMMERCIAL_USE', 'permission grant ("to deal in the Software without restriction")'),
('mit', 'COPYRIGHT_NOTICE', 'condition ("The above copyright notice and this permission notice shall be included in all copies…")'),
('mit', 'REDISTRIBUTION', 'permission grant ("to … distribute, sublicense, and/or sell copies")'),
('cc-by-nc-4.0', 'COMMERCIAL_USE', 'Section 1(i) NonCommercial, Section 2(a)(1)'),
('cc-by-nc-4.0', 'ATTRIBUTION', 'Section 3(a)(1)'),
('cc-by-nc-4.0', 'COPYRIGHT_NOTICE', 'Section 3(a)(1)(A)(ii)'),
('cc-by-nc-4.0', 'LICENSE_TEXT', 'Section 3(a)(1)(C)'),
('cc-by-nc-4.0', 'REDISTRIBUTION', 'Section 2(a)(1) (Share for NonCommercial purposes only)'),
('llama-3-community', 'COMMERCIAL_USE', 'Section 1.a, subject to Section 2 (Additional Commercial Terms)'),
('llama-3-community', 'MONTHLY_ACTIVE_USER_CAP', 'Section 2 (Additional Commercial Terms)'),
('llama-3-community', 'ATTRIBUTION', 'Section 1.b.i'),
('llama-3-community', 'LICENSE_TEXT', 'Section 1.b.i'),
('llama-3-community', 'DERIVATIVE_NAME', 'Section 1.b.i'),
('llama-3-community', 'NOTICE_FILE', 'Section 1.b.iii'),
('llama-3-community', 'ACCEPTABLE_USE_POLICY', 'Section 1.b.iv'),
('llama-3-community', 'OUTPUT_USE', 'Section 1.b.v'),
('llama-3-community', 'REDISTRIBUTION', 'Section 1.b (Redistribution and Use)'),
('gemma-terms', 'COMMERCIAL_USE', 'Section 2.2 (Use)'),
('gemma-terms', 'USE_RESTRICTIONS_PASS_THROUGH', 'Section 3.1(1)'),
('gemma-terms', 'LICENSE_TEXT', 'Section 3.1(2)'),
('gemma-terms', 'NOTICE_FILE', 'Section 3.1(4)'),
('gemma-terms', 'ACCEPTABLE_USE_POLICY', 'Section 3.2 (Use Restrictions; Prohibited Use Policy)'),
('gemma-terms', 'REDISTRIBUTION', 'Section 3.1 (Distribution and Redistribution)'),
('vendor-proprietary', 'COMMERCIAL_USE', 'vendor service terms (business use of the API)'),
('vendor-proprietary', 'REDISTRIBUTION', 'vendor service terms (weights are not licensed; no redistribution)'),
('vendor-proprietary', 'ACCEPTABLE_USE_POLICY', 'vendor usage policy'),
('vendor-proprietary', 'OUTPUT_USE', 'vendor service terms (no use of output to develop competing models)');

INSERT INTO model (id, name, provider, source_kind, license_id, base_model_id, context_window_tokens, quality_tier,
                   lifecycle)
VALUES
('gpt-4o', 'GPT-4o', 'OpenAI', 'CLOSED', 'vendor-proprietary', NULL, 128000, 'FRONTIER', 'ACTIVE'),
('claude-3-5-sonnet', 'Claude 3.5 Sonnet', 'Anthropic', 'CLOSED', 'vendor-proprietary', NULL, 200000, 'FRONTIER', 'ACTIVE'),
('gemini-1-5-pro', 'Gemini 1.5 Pro', 'Google', 'CLOSED', 'vendor-proprietary', NULL, 2000000, 'FRONTIER', 'ACTIVE'),
('llama-3-70b-instruct', 'Llama 3 70B Instruct', 'Meta', 'OPEN_WEIGHTS', 'llama-3-community', NULL, 8192, 'STANDARD', 'ACTIVE'),
('llama-3-8b-instruct', 'Llama 3 8B Instruct', 'Meta', 'OPEN_WEIGHTS', 'llama-3-community', NULL, 8192, 'COMPACT', 'ACTIVE'),
('mistral-7b-instruct', 'Mistral 7B Instruct', 'Mistral AI', 'OPEN_WEIGHTS', 'apache-2.0', NULL, 32768, 'COMPACT', 'ACTIVE'),
('gemma-2-9b', 'Gemma 2 9B', 'Google', 'OPEN_WEIGHTS', 'gemma-terms', NULL, 8192, 'COMPACT', 'ACTIVE'),
('tsuzumi-7b', 'tsuzumi 7B', 'NTT', 'CLOSED', 'vendor-proprietary', NULL, 8192, 'COMPACT', 'ACTIVE'),
('llama-3-swallow-8b', 'Llama 3 Swallow 8B Instruct', 'Tokyo Tech (Swallow)', 'OPEN_WEIGHTS', 'llama-3-community',
 'llama-3-8b-instruct', 8192, 'COMPACT', 'ACTIVE');

-- Vendor APIs: list prices per 1M tokens in USD. Retention and region are the API's defaults;
-- Gemini is listed as deployed on Vertex AI in Tokyo with zero data retention configured.
INSERT INTO model_deployment (model_id, kind, data_retention_days, processing_region, trains_on_customer_data, currency,
                              input_per_million_minor, output_per_million_minor, priced_on)
VALUES
('gpt-4o', 'VENDOR_API', 30, 'US', FALSE, 'USD', 250, 1000, DATE '2024-10-01'),
('claude-3-5-sonnet', 'VENDOR_API', 30, 'US', FALSE, 'USD', 300, 1500, DATE '2024-10-22'),
('gemini-1-5-pro', 'VENDOR_API', 0, 'JP', FALSE, 'USD', 125, 500, DATE '2024-10-01');

-- Self-hosted: monthly cost per GPU (A100 80GB class), tokens one GPU serves in a month, and a fixed
-- monthly operations cost. The article's range for an A100 deployment is ¥300k–800k per month.
INSERT INTO model_deployment (model_id, kind, currency, gpu_monthly_cost_minor, tokens_per_gpu_month,
                              fixed_monthly_operations_minor, priced_on)
VALUES
('llama-3-70b-instruct', 'PRIVATE_CLOUD', 'JPY', 700000, 600000000, 300000, DATE '2024-10-01'),
('llama-3-70b-instruct', 'ON_PREMISES', 'JPY', 450000, 600000000, 500000, DATE '2024-10-01'),
('llama-3-8b-instruct', 'PRIVATE_CLOUD', 'JPY', 400000, 4000000000, 200000, DATE '2024-10-01'),
('llama-3-8b-instruct', 'ON_PREMISES', 'JPY', 300000, 4000000000, 300000, DATE '2024-10-01'),
('mistral-7b-instruct', 'PRIVATE_CLOUD', 'JPY', 400000, 4500000000, 200000, DATE '2024-10-01'),
('mistral-7b-instruct', 'ON_PREMISES', 'JPY', 300000, 4500000000, 300000, DATE '2024-10-01'),
('gemma-2-9b', 'PRIVATE_CLOUD', 'JPY', 400000, 3500000000, 200000, DATE '2024-10-01'),
('gemma-2-9b', 'ON_PREMISES', 'JPY', 300000, 3500000000, 300000, DATE '2024-10-01'),
('tsuzumi-7b', 'PRIVATE_CLOUD', 'JPY', 450000, 4000000000, 400000, DATE '2024-10-01'),
('tsuzumi-7b', 'ON_PREMISES', 'JPY', 350000, 4000000000, 500000, DATE '2024-10-01'),
('llama-3-swallow-8b', 'PRIVATE_CLOUD', 'JPY', 400000, 4000000000, 200000, DATE '2024-10-01'),
('llama-3-swallow-8b', 'ON_PREMISES', 'JPY', 300000, 4000000000, 300000, DATE '2024-10-01');

INSERT INTO model_strength (model_id, strength) VALUES
('gpt-4o', 'reasoning'), ('gpt-4o', 'code'), ('gpt-4o', 'multilingual'), ('gpt-4o', 'vision'),
('claude-3-5-sonnet', 'reasoning'), ('claude-3-5-sonnet', 'code'), ('claude-3-5-sonnet', 'long-context'),
('gemini-1-5-pro', 'long-context'), ('gemini-1-5-pro', 'multilingual'), ('gemini-1-5-pro', 'vision'),
('llama-3-70b-instruct', 'reasoning'), ('llama-3-70b-instruct', 'code'),
('llama-3-8b-instruct', 'fast'),
('mistral-7b-instruct', 'fast'),
('gemma-2-9b', 'fast'),
('tsuzumi-7b', 'japanese'), ('tsuzumi-7b', 'fast'),
('llama-3-swallow-8b', 'japanese'), ('llama-3-swallow-8b', 'fast');

-- Scores as published by each model's authors (5-shot MMLU unless noted in their reports).
INSERT INTO model_benchmark_score (model_id, benchmark, score) VALUES
('gpt-4o', 'MMLU', 88.70),
('claude-3-5-sonnet', 'MMLU', 88.70),
('gemini-1-5-pro', 'MMLU', 85.90),
('llama-3-70b-instruct', 'MMLU', 82.00),
('llama-3-8b-instruct', 'MMLU', 68.40),
('mistral-7b-instruct', 'MMLU', 60.10),
('gemma-2-9b', 'MMLU', 71.30);
