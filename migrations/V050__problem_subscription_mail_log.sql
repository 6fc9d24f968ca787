-- What each subscription has been mailed about: an event delivered a second time (after a crash between the
-- listener's commit and its publication being marked complete) then mails nobody twice.
create table problem_subscription_mail (
    subscription_id bigint                   not null,
    report_id       bigint                   not null,
    event_key       varchar(40)              not null,
    sent_at         timestamp with time zone not null,
    primary key (subscription_id, report_id, event_key)
);
