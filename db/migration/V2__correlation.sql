-- Correlation, version 2: the audit-action categories each user has been seen acting in.
-- A row is written the first time a user's audit event of a category (other than OTHER) is correlated; signalled says
-- whether that event counted as FIRST_SENSITIVE_ACTION (a sensitive action after the user's learning period), so that
-- a finding raised later on the login it belongs to can still show it.
create table user_action_category (
    user_name      text        not null,
    category       text        not null,
    first_seen_at  timestamptz not null,
    first_audit_id bigint      not null,
    signalled      boolean     not null,
    primary key (user_name, category)
);
create index user_action_category_first on user_action_category (first_audit_id) where signalled;
