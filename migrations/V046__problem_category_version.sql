-- Two administrators may edit the same category: an edit quotes the version it started from.
alter table problem_category add column version integer not null default 0;
