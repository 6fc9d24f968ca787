-- The act a draft became: its stable address in the legislation base (the two modules share no foreign key; the
-- address is the act's permanent name).
alter table draft add column adopted_act_uri varchar(200);
create index draft_adopted_act_ix on draft (adopted_act_uri);
