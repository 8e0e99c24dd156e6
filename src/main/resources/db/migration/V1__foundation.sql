-- The foundation: organisations and their people, courses with their graduation rule, cohorts with
-- lessons, learners and enrollments, and the attendance records that the demo data already holds.
-- Written once for MariaDB and for H2 in MariaDB mode: plain types, named constraints. Every table says
-- utf8mb4 itself, so names in Arabic, Persian, Cyrillic or Ge'ez script survive even in a database whose
-- default is still latin1 (H2 accepts the clause and stores Unicode anyway).
-- Every aggregate root carries its organisation; children belong to it through their parent.

create table organisation (
    id               bigint       not null auto_increment,
    name             varchar(120) not null,
    integreat_region varchar(80)  not null,
    created_at       datetime(6)  not null,
    version          bigint       not null,
    constraint pk_organisation primary key (id),
    constraint uq_organisation_name unique (name)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create table location (
    id              bigint       not null auto_increment,
    organisation_id bigint       not null,
    name            varchar(120) not null,
    address         varchar(250),
    kind            varchar(20)  not null,
    version         bigint       not null,
    constraint pk_location primary key (id),
    constraint uq_location_name unique (organisation_id, name),
    constraint fk_location_organisation foreign key (organisation_id) references organisation (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create table user_account (
    id              bigint       not null auto_increment,
    organisation_id bigint       not null,
    username        varchar(40)  not null,
    display_name    varchar(120) not null,
    role            varchar(20)  not null,
    password_hash   varchar(255) not null,
    active          boolean      not null,
    created_at      datetime(6)  not null,
    version         bigint       not null,
    constraint pk_user_account primary key (id),
    constraint uq_user_account_username unique (username),
    constraint fk_user_account_organisation foreign key (organisation_id) references organisation (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create table course (
    id                     bigint        not null auto_increment,
    organisation_id        bigint        not null,
    title                  varchar(160)  not null,
    description            varchar(2000),
    min_attendance_percent int           not null,
    late_counts            varchar(20)   not null,
    excused_counts         varchar(20)   not null,
    min_exercise_percent   int           not null,
    created_at             datetime(6)   not null,
    version                bigint        not null,
    constraint pk_course primary key (id),
    constraint uq_course_title unique (organisation_id, title),
    constraint fk_course_organisation foreign key (organisation_id) references organisation (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create table course_module (
    id          bigint        not null auto_increment,
    course_id   bigint        not null,
    sort_order  int           not null,
    title       varchar(160)  not null,
    description varchar(2000),
    version     bigint        not null,
    constraint pk_course_module primary key (id),
    constraint uq_course_module_title unique (course_id, title),
    constraint fk_course_module_course foreign key (course_id) references course (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create table exercise (
    id          bigint        not null auto_increment,
    module_id   bigint        not null,
    sort_order  int           not null,
    title       varchar(200)  not null,
    description varchar(4000),
    mandatory   boolean       not null,
    version     bigint        not null,
    constraint pk_exercise primary key (id),
    constraint uq_exercise_title unique (module_id, title),
    constraint fk_exercise_module foreign key (module_id) references course_module (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

-- DigComp 2.2: five areas, 21 competences. Names live in the message bundles (digcomp.<code>).
create table digcomp_competence (
    code       varchar(5) not null,
    area       int        not null,
    sort_order int        not null,
    constraint pk_digcomp_competence primary key (code)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create table exercise_competence (
    exercise_id     bigint     not null,
    competence_code varchar(5) not null,
    constraint pk_exercise_competence primary key (exercise_id, competence_code),
    constraint fk_exercise_competence_exercise foreign key (exercise_id) references exercise (id),
    constraint fk_exercise_competence_competence foreign key (competence_code) references digcomp_competence (code)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create table cohort (
    id              bigint       not null auto_increment,
    organisation_id bigint       not null,
    course_id       bigint       not null,
    location_id     bigint       not null,
    name            varchar(120) not null,
    created_at      datetime(6)  not null,
    version         bigint       not null,
    constraint pk_cohort primary key (id),
    constraint uq_cohort_name unique (organisation_id, name),
    constraint fk_cohort_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_cohort_course foreign key (course_id) references course (id),
    constraint fk_cohort_location foreign key (location_id) references location (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create table cohort_trainer (
    cohort_id  bigint not null,
    account_id bigint not null,
    constraint pk_cohort_trainer primary key (cohort_id, account_id),
    constraint fk_cohort_trainer_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_cohort_trainer_account foreign key (account_id) references user_account (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create table lesson (
    id          bigint       not null auto_increment,
    cohort_id   bigint       not null,
    lesson_date date         not null,
    start_time  time         not null,
    end_time    time         not null,
    topic       varchar(200),
    state       varchar(20)  not null,
    version     bigint       not null,
    constraint pk_lesson primary key (id),
    constraint uq_lesson_slot unique (cohort_id, lesson_date, start_time),
    constraint fk_lesson_cohort foreign key (cohort_id) references cohort (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create table learner (
    id                 bigint       not null auto_increment,
    organisation_id    bigint       not null,
    code               varchar(12)  not null,
    name               varchar(120) not null,
    name_original      varchar(120),
    preferred_language varchar(8)   not null,
    birth_date         date,
    consent_on         date,
    pin_hash           varchar(255),
    created_at         datetime(6)  not null,
    version            bigint       not null,
    constraint pk_learner primary key (id),
    constraint uq_learner_code unique (organisation_id, code),
    constraint fk_learner_organisation foreign key (organisation_id) references organisation (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;
create index ix_learner_name on learner (organisation_id, name);

create table enrollment (
    id                bigint      not null auto_increment,
    cohort_id         bigint      not null,
    learner_id        bigint      not null,
    status            varchar(20) not null,
    enrolled_on       date        not null,
    withdrawn_on      date,
    withdrawal_reason varchar(500),
    version           bigint      not null,
    constraint pk_enrollment primary key (id),
    constraint uq_enrollment unique (cohort_id, learner_id),
    constraint fk_enrollment_cohort foreign key (cohort_id) references cohort (id),
    constraint fk_enrollment_learner foreign key (learner_id) references learner (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create table attendance_record (
    id            bigint       not null auto_increment,
    lesson_id     bigint       not null,
    enrollment_id bigint       not null,
    status        varchar(20)  not null,
    note          varchar(500),
    recorded_by   varchar(40)  not null,
    recorded_at   datetime(6)  not null,
    version       bigint       not null,
    constraint pk_attendance_record primary key (id),
    constraint uq_attendance_record unique (lesson_id, enrollment_id),
    constraint fk_attendance_record_lesson foreign key (lesson_id) references lesson (id),
    constraint fk_attendance_record_enrollment foreign key (enrollment_id) references enrollment (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;
