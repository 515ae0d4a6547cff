-- The catalog ModelGate ships with. Prices are dated (priced_on) and editable through the API
-- (PUT /api/v1/models/{id}); self-hosted figures are planning defaults in JPY to be replaced with
-- the company's own GPU quotes.

INSERT INTO license (id, name, spdx_id, text_url, summary, commercial_use, monthly_active_user_cap,
                     attribution_required, attribution_notice, copyright_notice_required,
                     license_text_with_redistribution, notice_file_with_redistribution, derivative_name_prefix,
                     acceptable_use_policy_url, use_restrictions_pass_through, redistribution_allowed, share_alike,
                     outputs_may_improve_other_models)
VALUES
('apache-2.0', 'Apache License 2.0', 'Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0',
 'Permissive. Commercial use, modification and redistribution allowed; copies must carry the license, '
 || 'retain copyright and attribution notices, mark modified files and include the NOTICE file.',
 'ALLOWED', NULL, TRUE, NULL, TRUE, TRUE, TRUE, NULL, NULL, FALSE, TRUE, FALSE, TRUE),
('mit', 'MIT License', 'MIT', 'https://opensource.org/license/mit',
 'Permissive. Any use allowed provided the copyright notice and this permission notice are included in all '
 || 'copies or substantial portions.',
 'ALLOWED', NULL, TRUE, NULL, TRUE, TRUE, FALSE, NULL, NULL, FALSE, TRUE, FALSE, TRUE),
('cc-by-nc-4.0', 'Creative Commons Attribution-NonCommercial 4.0 International', 'CC-BY-NC-4.0',
 'https://creativecommons.org/licenses/by-nc/4.0/legalcode',
 'NonCommercial purposes only: no use primarily intended for or directed towards commercial advantage or '
 || 'monetary compensation. Attribution and a link to the license are required when shared.',
 'PROHIBITED', NULL, TRUE, NULL, TRUE, TRUE, FALSE, NULL, NULL, FALSE, TRUE, FALSE, TRUE),
('llama-3-community', 'Meta Llama 3 Community License Agreement', NULL, 'https://llama.meta.com/llama3/license/',
 'Commercial use allowed below 700 million monthly active users (above: a separate license from Meta). '
 || 'Redistribution must include the agreement and display "Built with Meta Llama 3"; derivative model names '
 || 'begin with "Llama 3"; the Acceptable Use Policy applies; outputs may not improve other LLMs.',
 'CONDITIONAL', 700000000, TRUE, 'Built with Meta Llama 3', FALSE, TRUE, TRUE, 'Llama 3',
 'https://llama.meta.com/llama3/use-policy', FALSE, TRUE, FALSE, FALSE),
('gemma-terms', 'Gemma Terms of Use', NULL, 'https://ai.google.dev/gemma/terms',
 'Commercial use allowed subject to the Prohibited Use Policy. Distribution must pass the use restrictions on '
 || 'as an enforceable provision, give recipients a copy of the terms, and carry the Gemma notice.',
 'ALLOWED', NULL, TRUE, 'Gemma is provided under and subject to the Gemma Terms of Use found at ai.google.dev/gemma/terms',
 FALSE, TRUE, TRUE, NULL, 'https://ai.google.dev/gemma/prohibited_use_policy', TRUE, TRUE, FALSE, TRUE),
('vendor-proprietary', 'Proprietary vendor terms', NULL, 'https://modelgate.dev/licenses/vendor-proprietary',
 'A vendor''s commercial service or license agreement: business use allowed under the vendor''s usage policy; '
 || 'the weights are not given out and may not be redistributed; outputs may not be used to build competing models.',
 'ALLOWED', NULL, FALSE, NULL, FALSE, FALSE, FALSE, NULL, NULL, FALSE, FALSE, FALSE, FALSE);

INSERT INTO license_clause (license_id, term, clause) VALUES
('apache-2.0', 'COMMERCIAL_USE', 'Section 2 (Grant of Copyright License)'),
('apache-2.0', 'REDISTRIBUTION', 'Section 4 (Redistribution)'),
('apache-2.0', 'LICENSE_TEXT', 'Section 4(a)'),
('apache-2.0', 'COPYRIGHT_NOTICE', 'Section 4(c)'),
('apache-2.0', 'ATTRIBUTION', 'Section 4(c)'),
('apache-2.0', 'NOTICE_FILE', 'Section 4(d)'),
('mit', 'COPYRIGHT_NOTICE', 'Paragraph 2 (the above copyright notice and this permission notice)'),
('mit', 'LICENSE_TEXT', 'Paragraph 2 (the above copyright notice and this permission notice)'),
('mit', 'ATTRIBUTION', 'Paragraph 2 (the above copyright notice and this permission notice)'),
('cc-by-nc-4.0', 'COMMERCIAL_USE', 'Section 1(i) and Section 2(a)(1) (NonCommercial purposes only)'),
('cc-by-nc-4.0', 'ATTRIBUTION', 'Section 3(a)(1)'),
('cc-by-nc-4.0', 'COPYRIGHT_NOTICE', 'Section 3(a)(1)(A)(ii)'),
('cc-by-nc-4.0', 'LICENSE_TEXT', 'Section 3(a)(1)(C)'),
('cc-by-nc-4.0', 'REDISTRIBUTION', 'Section 2(a)(1)(B)'),
('llama-3-community', 'COMMERCIAL_USE', 'Section 2 (Additional Commercial Terms)'),
('llama-3-community', 'MONTHLY_ACTIVE_USER_CAP', 'Section 2 (Additional Commercial Terms)'),
('llama-3-community', 'REDISTRIBUTION', 'Section 1.b (Redistribution and Use)'),
('llama-3-community', 'LICENSE_TEXT', 'Section 1.b.i'),
('llama-3-community', 'ATTRIBUTION', 'Section 1.b.i'),
('llama-3-community', 'DERIVATIVE_NAME', 'Section 1.b.i'),
('llama-3-community', 'NOTICE_FILE', 'Section 1.b.iii'),
('llama-3-community', 'ACCEPTABLE_USE_POLICY', 'Section 1.b.iv'),
('llama-3-community', 'OUTPUT_USE', 'Section 1.b.v'),
('gemma-terms', 'REDISTRIBUTION', 'Section 3.1 (Distribution and Redistribution)'),
('gemma-terms', 'LICENSE_TEXT', 'Section 3.1'),
('gemma-terms', 'ATTRIBUTION', 'Section 3.1'),
('gemma-terms', 'NOTICE_FILE', 'Section 3.1'),
('gemma-terms', 'USE_RESTRICTIONS_PASS_THROUGH', 'Section 3.1'),
('gemma-terms', 'ACCEPTABLE_USE_POLICY', 'Section 3.2 (Use Restrictions)'),
('vendor-proprietary', 'REDISTRIBUTION', 'Vendor service terms: no access to or redistribution of the weights'),
('vendor-proprietary', 'OUTPUT_USE', 'Vendor usage policy: no use of output to develop competing models');

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
