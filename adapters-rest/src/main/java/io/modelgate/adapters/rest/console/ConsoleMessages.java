package io.modelgate.adapters.rest.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The console's labels in English (the default); Japanese in {@link ConsoleMessagesJa}. Used as {@code {msg:key}}. */
@MessageBundle(value = "msg", locale = "en")
public interface ConsoleMessages {

    @Message("ModelGate console")
    String app_name();

    @Message("Skip to content")
    String skip_to_content();

    @Message("Main")
    String nav_label();

    @Message("Home")
    String nav_home();

    @Message("Usage requests")
    String nav_requests();

    @Message("New usage request")
    String nav_new_request();

    @Message("Review queue")
    String nav_reviews();

    @Message("Approvals")
    String nav_approvals();

    @Message("Catalog")
    String nav_catalog();

    @Message("Budgets")
    String nav_budgets();

    @Message("Audit trail")
    String nav_audit();

    @Message("Sign out")
    String sign_out();

    @Message("Language")
    String language();

    @Message("Welcome")
    String home_title();

    @Message("Signed in as")
    String home_subject();

    @Message("Department")
    String home_department();

    @Message("Roles")
    String home_roles();

    @Message("(none)")
    String home_no_department();

    @Message("What you can do")
    String home_links();

    @Message("My department's usage requests")
    String requests_title();

    @Message("Usage requests")
    String requests_all_title();

    @Message("No usage requests yet.")
    String requests_empty();

    @Message("ID")
    String col_id();

    @Message("Model")
    String col_model();

    @Message("Deployment")
    String col_deployment();

    @Message("Purpose")
    String col_purpose();

    @Message("State")
    String col_state();

    @Message("Updated")
    String col_updated();

    @Message("Department")
    String col_department();

    @Message("Requester")
    String col_requester();

    @Message("New usage request")
    String draft_title();

    @Message("Edit draft")
    String edit_title();

    @Message("Use case")
    String use_case_legend();

    @Message("Expected monthly volume")
    String volume_legend();

    @Message("Model")
    String field_model();

    @Message("Deployment")
    String field_deployment();

    @Message("Purpose")
    String field_purpose();

    @Message("Task category")
    String field_task();

    @Message("Audience")
    String field_audience();

    @Message("Commercial use")
    String field_commercial();

    @Message("Redistributes the model or a derivative")
    String field_redistributes();

    @Message("Fine-tunes the model")
    String field_fine_tunes();

    @Message("Expected monthly active users")
    String field_mau();

    @Message("Highest data classification")
    String field_classification();

    @Message("Requests per month")
    String field_requests_per_month();

    @Message("Average input tokens per request")
    String field_avg_input();

    @Message("Average output tokens per request")
    String field_avg_output();

    @Message("Save draft")
    String draft_save();

    @Message("Not saved")
    String form_error_title();

    @Message("Someone changed this in the meantime. Reload the page to see the current version, then try again.")
    String stale_hint();

    @Message("Usage request")
    String request_title();

    @Message("Status")
    String request_status();

    @Message("Automatic findings")
    String findings_title();

    @Message("Preview: what the rules say about this draft now. Submitting evaluates it again and records the result.")
    String findings_preview();

    @Message("No findings.")
    String findings_none();

    @Message("License obligations")
    String obligations_title();

    @Message("No obligations.")
    String obligations_none();

    @Message("Cost estimate per month")
    String estimate_title();

    @Message("Estimated monthly cost")
    String estimate_monthly();

    @Message("Remaining budget this month")
    String remaining_budget();

    @Message("No budget set for this month")
    String no_budget();

    @Message("Required reviews")
    String required_reviews();

    @Message("Pending reviews")
    String pending_reviews();

    @Message("None")
    String reviews_none();

    @Message("History")
    String history_title();

    @Message("Review decisions")
    String decisions_title();

    @Message("When")
    String col_when();

    @Message("Who")
    String col_who();

    @Message("Action")
    String col_action();

    @Message("Note")
    String col_note();

    @Message("Comment")
    String col_comment();

    @Message("Submit for review")
    String submit_button();

    @Message("Withdraw")
    String withdraw_button();

    @Message("Edit draft")
    String edit_link();

    @Message("Approval granted")
    String approval_link();

    @Message("Use case")
    String use_case_title();

    @Message("Review queue")
    String reviews_title();

    @Message("Your reviews")
    String reviews_kinds();

    @Message("Nothing is waiting for your review.")
    String reviews_empty();

    @Message("Review a usage request")
    String review_title();

    @Message("Review")
    String review_kind();

    @Message("Comment")
    String review_comment();

    @Message("Required when rejecting.")
    String review_comment_hint();

    @Message("Approve")
    String review_approve();

    @Message("Reject")
    String review_reject();

    @Message("There is no review on this request that you may decide (already decided, not your role, or your own request).")
    String review_nothing_open();

    @Message("Approvals")
    String approvals_title();

    @Message("No approvals.")
    String approvals_empty();

    @Message("Approval")
    String approval_title();

    @Message("Valid until")
    String col_valid_until();

    @Message("Status")
    String col_status();

    @Message("Live")
    String col_live();

    @Message("Re-review")
    String col_rereview();

    @Message("Data up to")
    String col_classification();

    @Message("Flagged")
    String rereview_flagged();

    @Message("Revoke this approval")
    String revoke_title();

    @Message("Reason")
    String revoke_reason();

    @Message("Revoke")
    String revoke_button();

    @Message("Revoked")
    String revoked_by();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Catalog")
    String catalog_title();

    @Message("Models")
    String models_title();

    @Message("Licenses")
    String licenses_title();

    @Message("Name")
    String col_name();

    @Message("Provider")
    String col_provider();

    @Message("Source")
    String col_source();

    @Message("License")
    String col_license();

    @Message("Lifecycle")
    String col_lifecycle();

    @Message("Deployments")
    String col_deployments();

    @Message("Commercial use")
    String col_commercial_use();

    @Message("Monthly active user cap")
    String col_mau_cap();

    @Message("Attribution required")
    String col_attribution();

    @Message("Redistribution allowed")
    String col_redistribution();

    @Message("Share-alike")
    String col_share_alike();

    @Message("Derivative name prefix")
    String col_naming();

    @Message("Summary")
    String col_summary();

    @Message("Budgets and spend")
    String budgets_title();

    @Message("Department")
    String budget_department();

    @Message("Show")
    String budget_show();

    @Message("Choose a department to see its budget.")
    String budget_choose();

    @Message("Month")
    String budget_month();

    @Message("Amount")
    String budget_amount();

    @Message("Hard limit")
    String budget_hard_limit();

    @Message("Soft alert at (%)")
    String budget_soft_percent();

    @Message("Currency")
    String budget_currency();

    @Message("Spent month to date")
    String budget_spent();

    @Message("Reserved")
    String budget_reserved();

    @Message("Remaining")
    String budget_remaining();

    @Message("No budget is set for this month.")
    String budget_none();

    @Message("Spend by model this month")
    String budget_by_model();

    @Message("Budgets by month")
    String budget_history();

    @Message("Soft alert threshold reached")
    String budget_soft_reached();

    @Message("Hard limit reached")
    String budget_hard_reached();

    @Message("Calls")
    String col_calls();

    @Message("Cost")
    String col_cost();

    @Message("Set the month's budget")
    String budget_set_title();

    @Message("Save budget")
    String budget_save();

    @Message("Budgets are read-only for you; admins change them.")
    String budget_readonly();

    @Message("Audit trail")
    String audit_title();

    @Message("Chain verification")
    String audit_verification();

    @Message("VERIFIED: the hash chain is intact")
    String audit_verified();

    @Message("NOT VERIFIED: the chain is broken")
    String audit_broken();

    @Message("Events checked")
    String audit_checked();

    @Message("First broken sequence")
    String audit_first_broken();

    @Message("#")
    String col_seq();

    @Message("Entity")
    String col_entity();

    @Message("Outcome")
    String col_outcome();

    @Message("Actor")
    String col_actor();

    @Message("Older events")
    String audit_next();

    @Message("Newer events")
    String audit_previous();

    @Message("The page cannot be shown")
    String problem_title();

    @Message("Back to the console home")
    String problem_back();

    @Message("The console needs an OIDC provider")
    String unavailable_title();

    @Message("You have signed out")
    String signed_out_title();

    @Message("Sign in again")
    String sign_in_again();

    // --- provider endpoints (EndpointPages) ---

    @Message("Endpoints")
    String nav_endpoints();

    @Message("Provider endpoints")
    String endpoints_title();

    @Message("Where each approved deployment is served, as the gateway sees it now. Endpoints stored here take the place of configured ones; keys are named (an environment variable or a secret file), never entered.")
    String endpoints_intro();

    @Message("Source")
    String col_endpoint_source();

    @Message("Protocol")
    String col_endpoint_protocol();

    @Message("URL")
    String col_endpoint_url();

    @Message("Upstream model")
    String col_endpoint_upstream();

    @Message("Key")
    String col_endpoint_key();

    @Message("Called by the gateway")
    String col_endpoint_callable();

    @Message("replaces a configured one")
    String endpoint_overrides();

    @Message("Remove")
    String endpoint_remove();

    @Message("Store an endpoint")
    String endpoint_set_title();

    @Message("Timeout (seconds)")
    String field_timeout_seconds();

    @Message("Key from environment variable")
    String field_secret_env();

    @Message("or from secret file")
    String field_secret_file();

    @Message("Give at most one: the name of an environment variable of the ModelGate process, or a file under the secrets directory. Never the key itself.")
    String endpoint_secret_hint();

    @Message("Save")
    String endpoint_save();
}
