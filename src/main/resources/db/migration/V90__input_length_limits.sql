-- Issue #14: every text column written from client input gets a length check, the backstop of the service's own
-- check (common/TextLimits, which answers first with INVALID_INPUT / TOO_LONG naming the field). Limits count
-- characters; each is the largest the API accepts for any input that lands in the column (docs/errors.md "Limits").
-- NOT VALID: rows stored before the limits are not scanned, so this migration cannot fail on old data; every insert
-- and update is checked. After trimming any older over-long row an operator may run
--   alter table <table> validate constraint <table>_<column>_len;

alter table project add constraint project_name_len check (char_length(name) <= 200) not valid;
alter table project add constraint project_description_len check (char_length(description) <= 20000) not valid;
alter table document add constraint document_file_name_len check (char_length(file_name) <= 255) not valid;
alter table document add constraint document_content_type_len check (char_length(content_type) <= 255) not valid;
alter table stage_transition add constraint stage_transition_reason_len check (char_length(reason) <= 2000) not valid;
alter table review add constraint review_conclusion_len check (char_length(conclusion) <= 20000) not valid;
alter table review_panel_member add constraint review_panel_member_username_len check (char_length(username) <= 100) not valid;
alter table expert_opinion add constraint expert_opinion_text_len check (char_length(text) <= 20000) not valid;
alter table approval add constraint approval_document_number_len check (char_length(document_number) <= 200) not valid;
alter table approval add constraint approval_issuing_body_len check (char_length(issuing_body) <= 200) not valid;
alter table contract add constraint contract_title_len check (char_length(title) <= 200) not valid;
alter table contract add constraint contract_supplier_name_len check (char_length(supplier_name) <= 200) not valid;
alter table responsibility_letter add constraint responsibility_letter_reference_len check (char_length(reference) <= 200) not valid;
alter table construction_report add constraint construction_report_period_len check (char_length(period) <= 200) not valid;
alter table construction_report add constraint construction_report_summary_len check (char_length(summary) <= 20000) not valid;
alter table change_request add constraint change_request_description_len check (char_length(description) <= 20000) not valid;
alter table change_request add constraint change_request_document_number_len check (char_length(document_number) <= 200) not valid;
alter table change_request add constraint change_request_decision_note_len check (char_length(decision_note) <= 2000) not valid;
alter table acceptance_step add constraint acceptance_step_reference_len check (char_length(reference) <= 200) not valid;
alter table acceptance_step add constraint acceptance_step_note_len check (char_length(note) <= 20000) not valid;
alter table evaluation add constraint evaluation_evaluator_len check (char_length(evaluator) <= 200) not valid;
alter table evaluation add constraint evaluation_summary_len check (char_length(summary) <= 20000) not valid;
alter table policy_pack add constraint policy_pack_body_len check (char_length(body) <= 1000000) not valid;
alter table project_fact add constraint project_fact_reference_len check (char_length(reference) <= 200) not valid;
alter table project_fact add constraint project_fact_note_len check (char_length(note) <= 1000) not valid;
alter table funding_entry add constraint funding_entry_document_number_len check (char_length(document_number) <= 200) not valid;
alter table finding add constraint finding_article_len check (char_length(article) <= 200) not valid;
alter table finding add constraint finding_quote_len check (char_length(quote) <= 20000) not valid;
alter table act_date_correction add constraint act_date_correction_reason_len check (char_length(reason) <= 2000) not valid;
alter table rectification_order add constraint rectification_order_article_len check (char_length(article) <= 200) not valid;
alter table rectification_step add constraint rectification_step_measure_len check (char_length(measure) <= 200) not valid;
alter table pack_binding add constraint pack_binding_reason_len check (char_length(reason) <= 2000) not valid;
alter table holiday_year add constraint holiday_year_body_len check (char_length(body) <= 1000000) not valid;
alter table holiday_year add constraint holiday_year_reason_len check (char_length(reason) <= 2000) not valid;
alter table platform_approval_item add constraint platform_approval_item_approval_item_id_len check (char_length(approval_item_id) <= 64) not valid;
alter table platform_approval_item add constraint platform_approval_item_project_code_len check (char_length(project_code) <= 64) not valid;
alter table platform_approval_item add constraint platform_approval_item_item_code_len check (char_length(item_code) <= 64) not valid;
alter table platform_approval_item add constraint platform_approval_item_current_state_len check (char_length(current_state) <= 64) not valid;
alter table platform_approval_item add constraint platform_approval_item_dept_code_len check (char_length(dept_code) <= 64) not valid;
alter table platform_approval_item add constraint platform_approval_item_dept_name_len check (char_length(dept_name) <= 200) not valid;
alter table platform_approval_item add constraint platform_approval_item_approval_num_len check (char_length(approval_num) <= 200) not valid;
alter table platform_subscription add constraint platform_subscription_url_len check (char_length(url) <= 2000) not valid;
