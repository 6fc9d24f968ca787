-- Which notices a person does not want by e-mail (they still see them in the application), and the secret that lets
-- the "stop these e-mails" link in every mail work without signing in. The token is random, one per person, and
-- only ever compared as a whole.
create table notice_mail_optout (
    recipient_id  bigint      not null references app_user (id),
    kind          varchar(32) not null,
    created_at    timestamp with time zone not null,
    constraint notice_mail_optout_pk primary key (recipient_id, kind)
);

create table notice_mail_token (
    recipient_id  bigint      not null primary key references app_user (id),
    token         varchar(64) not null,
    constraint notice_mail_token_uk unique (token)
);
