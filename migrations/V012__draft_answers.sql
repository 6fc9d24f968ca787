-- The agency's consolidated table of proposals ("yig'ma jadval"): published once per draft, when every proposal has
-- its disposition; the draft then moves to ANSWERED. Its downloads are public only once this row exists.
create table draft_answer_table (
    draft_id      bigint not null primary key references draft (id),
    published_by  bigint references app_user (id),
    published_at  timestamp with time zone not null
);

-- The answering view lists a draft's unanswered proposals first and counts those still missing a disposition.
create index draft_comment_answer_ix on draft_comment (draft_id, depth, disposition, id);
