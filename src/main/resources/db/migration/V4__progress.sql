-- Exercise completions, and each cohort's graduation rule frozen when the cohort starts: the rule's figures
-- and the exercises it asks for (with their mandatory flag) as the course had them on that day.
create table exercise_completion (
    id            bigint       not null auto_increment,
    enrollment_id bigint       not null,
    exercise_id   bigint       not null,
    state         varchar(20)  not null,
    source        varchar(20)  not null,
    reported_at   datetime(6),
    confirmed_by  varchar(40),
    confirmed_at  datetime(6),
    version       bigint       not null,
    constraint pk_exercise_completion primary key (id),
    constraint uq_exercise_completion unique (enrollment_id, exercise_id),
    constraint fk_exercise_completion_enrollment foreign key (enrollment_id) references enrollment (id),
    constraint fk_exercise_completion_exercise foreign key (exercise_id) references exercise (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

alter table cohort add column rule_frozen_on date;
alter table cohort add column frozen_min_attendance_percent int;
alter table cohort add column frozen_late_counts varchar(20);
alter table cohort add column frozen_excused_counts varchar(20);
alter table cohort add column frozen_min_exercise_percent int;
alter table cohort add column finished_on date;

create table cohort_exercise (
    cohort_id   bigint  not null,
    exercise_id bigint  not null,
    mandatory   boolean not null,
    constraint pk_cohort_exercise primary key (cohort_id, exercise_id),
    constraint fk_cohort_exercise_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_cohort_exercise_exercise foreign key (exercise_id) references exercise (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;
