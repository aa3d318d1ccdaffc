-- Loginwatch schema, version 1.
-- Raw event tables are partitioned by month on occurred_at (retention drops partitions); unique keys therefore
-- include occurred_at. Identity columns are avoided on partitioned tables: ids come from sequences.

create sequence sign_in_id_seq;

create table sign_in (
    id                bigint      not null default nextval('sign_in_id_seq'),
    source            text        not null,
    source_event_id   text        not null,
    occurred_at       timestamptz not null,
    received_at       timestamptz not null default now(),
    user_name         text        not null,
    user_display_name text,
    user_raw_id       text,
    principal_type    text        not null,
    tenant            text,
    kind              text        not null,
    event_type        text,
    outcome           text        not null,
    failure_reason    text,
    mfa               boolean,
    auth_methods      text[]      not null default '{}',
    protocol          text,
    ip                inet,
    user_agent        text,
    device_id         text,
    os                text,
    browser           text,
    device_type       text,
    managed           boolean,
    country           text,
    region            text,
    city              text,
    latitude          double precision,
    longitude         double precision,
    geo_accuracy_km   integer,
    geo_source        text        not null,
    network_name      text,
    trusted_network   boolean     not null default false,
    asn               bigint,
    as_org            text,
    tor               boolean     not null default false,
    vpn               boolean     not null default false,
    hosting           boolean     not null default false,
    proxy             boolean     not null default false,
    network_source    text        not null,
    application       text,
    access_path       text        not null,
    session_id        text,
    interactive       boolean,
    raw               jsonb       not null,
    primary key (id, occurred_at),
    unique (source, source_event_id, occurred_at)
) partition by range (occurred_at);

create index sign_in_user_time on sign_in (user_name, occurred_at desc);
create index sign_in_session on sign_in (session_id) where session_id is not null;
create index sign_in_ip_time on sign_in (ip, occurred_at) where ip is not null;

create sequence audit_event_id_seq;

create table audit_event (
    id                 bigint      not null default nextval('audit_event_id_seq'),
    source             text        not null,
    source_event_id    text        not null,
    occurred_at        timestamptz not null,
    received_at        timestamptz not null default now(),
    actor_name         text        not null,
    actor_display_name text,
    actor_raw_id       text,
    principal_type     text        not null,
    tenant             text,
    ip                 inet,
    user_agent         text,
    session_id         text,
    access_key_id      text,
    service            text,
    action             text        not null,
    targets            text[]      not null default '{}',
    outcome            text        not null,
    failure_reason     text,
    mfa                boolean,
    category           text        not null,
    sensitive          boolean     not null,
    country            text,
    city               text,
    latitude           double precision,
    longitude          double precision,
    geo_source         text        not null,
    asn                bigint,
    as_org             text,
    raw                jsonb       not null,
    primary key (id, occurred_at),
    unique (source, source_event_id, occurred_at)
) partition by range (occurred_at);

create index audit_event_actor_time on audit_event (actor_name, occurred_at desc);
create index audit_event_session on audit_event (session_id) where session_id is not null;
create index audit_event_key on audit_event (access_key_id) where access_key_id is not null;

-- Monthly partitions for the years around go-live, plus a default partition for anything outside them.
-- The partition job keeps creating months ahead.
do $$
declare
    m date;
begin
    for m in select generate_series(date '2024-01-01', date '2027-12-01', interval '1 month')::date loop
        execute format('create table sign_in_%s partition of sign_in for values from (%L) to (%L)',
                       to_char(m, 'YYYYMM'), m, (m + interval '1 month')::date);
        execute format('create table audit_event_%s partition of audit_event for values from (%L) to (%L)',
                       to_char(m, 'YYYYMM'), m, (m + interval '1 month')::date);
    end loop;
end
$$;
create table sign_in_default partition of sign_in default;
create table audit_event_default partition of audit_event default;

-- Work queues: rows are added in the same transaction as the event and removed when the engine has processed
-- them. Together with a transaction-scoped advisory lock this is the engine's durable cursor: nothing committed is
-- skipped, nothing is processed twice, whatever the commit order of concurrent ingest transactions.
create table sign_in_pending (
    sign_in_id  bigint      primary key,
    occurred_at timestamptz not null
);
create index sign_in_pending_order on sign_in_pending (occurred_at, sign_in_id);

create table audit_pending (
    audit_id    bigint      primary key,
    occurred_at timestamptz not null
);
create index audit_pending_order on audit_pending (occurred_at, audit_id);

create table user_baseline (
    user_name  text        primary key,
    baseline   jsonb       not null,
    updated_at timestamptz not null
);

create table org_profile (
    id         integer     primary key check (id = 1),
    profile    jsonb       not null,
    updated_at timestamptz not null
);

create table engine_state (
    id                   integer     primary key check (id = 1),
    last_run_started_at  timestamptz,
    last_run_finished_at timestamptz,
    last_run_scored      bigint      not null default 0,
    last_run_findings    bigint      not null default 0,
    total_scored         bigint      not null default 0,
    watermark            timestamptz,
    last_error           text
);
insert into engine_state (id) values (1);

create table finding (
    id                  bigint generated always as identity primary key,
    sign_in_id          bigint      not null unique,
    sign_in_occurred_at timestamptz not null,
    user_name           text        not null,
    source              text        not null,
    source_event_id     text        not null,
    score               integer     not null check (score between 0 and 100),
    severity            text        not null,
    severity_rank       smallint    not null,
    status              text        not null default 'OPEN',
    assignee            text,
    signal_types        text[]      not null,
    signals             jsonb       not null,
    explanation         text        not null,
    sign_in             jsonb       not null,
    linked_audit        jsonb       not null default '[]',
    history             jsonb       not null default '[]',
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             integer     not null default 0
);
create index finding_time on finding (sign_in_occurred_at desc, id desc);
create index finding_user_time on finding (user_name, sign_in_occurred_at desc, id desc);
create index finding_severity_time on finding (severity_rank, sign_in_occurred_at desc, id desc);
create index finding_signals on finding using gin (signal_types);

create table finding_note (
    id         bigint generated always as identity primary key,
    finding_id bigint      not null references finding (id) on delete cascade,
    author     text        not null,
    body       text        not null,
    created_at timestamptz not null
);
create index finding_note_finding on finding_note (finding_id, created_at);

create table suppression_rule (
    id           bigint generated always as identity primary key,
    user_name    text,
    signal_type  text,
    network_cidr text,
    source       text,
    reason       text        not null,
    created_by   text        not null,
    created_at   timestamptz not null,
    expires_at   timestamptz
);

create table named_network (
    id        bigint generated always as identity primary key,
    cidr      text        not null unique,
    name      text        not null,
    city      text,
    country   text,
    latitude  double precision,
    longitude double precision,
    trusted   boolean     not null default false,
    created_at timestamptz not null default now()
);
