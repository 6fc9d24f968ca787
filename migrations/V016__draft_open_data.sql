-- The public API pages through a draft's comments by id (an opaque cursor is the last id seen) and the bulk export
-- reads them all in id order; both walk this index instead of sorting a million rows.
create index draft_comment_draft_id_ix on draft_comment (draft_id, id);
