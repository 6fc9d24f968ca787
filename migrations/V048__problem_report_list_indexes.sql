-- Indexes for the public problems page on a busy board (100,000 reports and more): the newest public reports first,
-- with or without a status or district filter, and the overdue ones. Each starts with the filter's equality columns
-- and ends with the list's order (created_at, id), so the first page is read straight from the index and the count
-- above the list is an index-only scan instead of a pass over the whole table.
create index problem_report_public_ix on problem_report (hidden, created_at, id);
create index problem_report_status_ix on problem_report (status, hidden, created_at, id);
create index problem_report_district_ix on problem_report (district, hidden, created_at, id);
create index problem_report_deadline_ix on problem_report (hidden, deadline_at, status);
