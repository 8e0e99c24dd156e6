-- Names and titles are limited in characters as a reader counts them (Unicode code points): a name of 120 emoji
-- or Ethiopic Extended-B letters is 120 characters. MariaDB's utf8mb4 columns count the same way, but H2 (the
-- embedded default) counts Java's UTF-16 units, two for each such character, and refused those names with a
-- server error. The columns get room for twice the limit; the application still checks the limit itself.
alter table organisation modify name varchar(240) not null;
alter table location modify name varchar(240) not null;
alter table location modify address varchar(500);
alter table user_account modify display_name varchar(240) not null;
alter table course modify title varchar(320) not null;
alter table course_module modify title varchar(320) not null;
alter table exercise modify title varchar(400) not null;
alter table cohort modify name varchar(240) not null;
alter table lesson modify topic varchar(400);
alter table learner modify name varchar(240) not null;
alter table learner modify name_original varchar(240);
alter table kiosk_device modify name varchar(160) not null;
alter table certificate modify learner_name varchar(400) not null;
alter table certificate modify course_title varchar(400) not null;
alter table certificate modify organisation_name varchar(400) not null;
