-- The audit trail: who changed which record when, before -> after. One table for every feature; "context"
-- groups the events a page shows together (e.g. "lesson:42" for a lesson's attendance history).
create table audit_event (
    id              bigint        not null auto_increment,
    organisation_id bigint        not null,
    occurred_at     datetime(6)   not null,
    actor           varchar(40)   not null,
    subject_type    varchar(40)   not null,
    subject_id      bigint        not null,
    context         varchar(80)   not null,
    action          varchar(20)   not null,
    before_value    varchar(2000),
    after_value     varchar(2000),
    constraint pk_audit_event primary key (id),
    constraint fk_audit_event_organisation foreign key (organisation_id) references organisation (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;
create index ix_audit_event_context on audit_event (organisation_id, context, occurred_at);
