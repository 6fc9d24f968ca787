-- How far the near-duplicate grouping of a draft's comments has got: the next run looks only at comments after
-- last_comment_id (against the groups found so far); a full regroup starts again from the first comment.
create table draft_duplicate_scan (
    draft_id         bigint  not null primary key references draft (id),
    last_comment_id  bigint  not null,
    threshold        numeric(4, 3) not null,
    scanned_at       timestamp with time zone not null
);
