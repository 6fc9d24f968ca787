-- Top-level comments per provision of a draft, kept by whoever inserts comments, in the same transaction, so that the
-- draft page reads a handful of rows instead of counting a busy draft's comments on every view. The draft as a whole
-- is the provision key '' (a key column cannot be null). Hidden comments count: the page counts them too, with their
-- reason shown in place. Comments are never deleted and never move to another provision, so only inserts change it.
create table draft_comment_count (
    draft_id       bigint       not null references draft (id),
    provision_key  varchar(200) not null,
    comments       bigint       not null,
    primary key (draft_id, provision_key)
);

insert into draft_comment_count (draft_id, provision_key, comments)
select draft_id, coalesce(provision_key, ''), count(*)
from draft_comment
where depth = 1
group by draft_id, coalesce(provision_key, '');

-- The first page of a draft's top-level comments, newest or oldest first, without reading the draft's other comments
-- (the index of V011 orders them by provision first).
create index draft_comment_top_ix on draft_comment (draft_id, depth, id);
