-- A citation of an act that is not in the base yet is kept, with what names the cited act: its number key
-- ('zru-798', the key every spelling of the number folds to) or, for an article of a code named by its subject
-- ("Mehnat kodeksining 13-moddasi"), 'code:' and that subject with the article number. It is resolved (cited_act_id
-- and cited_e_id filled in) when an act with that key, or a code with that name, is imported.
alter table act_citation alter column cited_act_id drop not null;
alter table act_citation add column cited_key varchar(200);
alter table act_citation add column cited_article varchar(16);
create index act_citation_unresolved_ix on act_citation (cited_key);
