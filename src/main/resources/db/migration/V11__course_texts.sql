-- What a learner reads about a course is content, typed once in German by a coordinator (course, module, exercise
-- titles and descriptions, lesson topics) and translated per language by the organisation's volunteers. One row is
-- one text in one language. text_key names the text: course.title, module.{id}.title, exercise.{id}.title,
-- exercise.{id}.description, topic.{hash of the German topic} (a lesson topic is typed per lesson, so the same
-- topic in many cohorts of the course is translated once). source keeps the German text the translation was made
-- from, so that a translation whose German has changed since can be shown as outdated. reviewed: false for drafts
-- (for example machine or non-native drafts), true once a native speaker has checked it.
create table course_text (
    id          bigint         not null auto_increment,
    course_id   bigint         not null,
    text_key    varchar(80)    not null,
    language    varchar(12)    not null,
    text        varchar(4000)  not null,
    source      varchar(4000)  not null,
    reviewed    boolean        not null,
    updated_at  datetime(6)    not null,
    updated_by  varchar(40)    not null,
    version     bigint         not null,
    constraint pk_course_text primary key (id),
    constraint uq_course_text unique (course_id, text_key, language),
    constraint fk_course_text_course foreign key (course_id) references course (id) on delete cascade
) default character set utf8mb4 collate utf8mb4_unicode_ci;
