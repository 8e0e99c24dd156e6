-- Erasure (GDPR Art. 17): an erased learner keeps an anonymous row (language only), so that enrollments,
-- attendance and the impact report's counts stay whole while nothing points at a person any more.
alter table learner add column erased_at datetime(6);
create index ix_learner_erased on learner (organisation_id, erased_at);

-- Work that must run once a day even when several app instances share the database claims its day here
-- with one conditional UPDATE (privacy.control.Retention, guide.control.NightlyGuideImport).
create table scheduled_run (
    job        varchar(40)  not null,
    last_day   date,
    instance   varchar(120),
    started_at datetime(6),
    constraint pk_scheduled_run primary key (job)
) default character set utf8mb4 collate utf8mb4_unicode_ci;
insert into scheduled_run (job) values ('retention');
insert into scheduled_run (job) values ('guide-import');
