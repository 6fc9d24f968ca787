-- Indexes for the public statistics of problem reports: a period with a district or an organisation, and the first
-- time each report reached a status (read from the history without touching its rows).
create index problem_report_district_created_ix on problem_report (district, created_at);
create index problem_report_org_created_ix on problem_report (organisation_id, created_at);
create index problem_update_report_status_ix on problem_update (report_id, status, created_at);
