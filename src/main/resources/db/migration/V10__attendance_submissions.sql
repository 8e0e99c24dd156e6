-- A trainer's device sends the marks it kept while offline with a key of its own per save. When the answer to
-- such a save is lost on the way (a hotspot that drops), the device sends it again with the same key: the key
-- remembered here makes the second arrival write nothing (attendance.control.Attendance.submit). Keys older
-- than a device's copy can live (14 days unused) are of no use: a lesson's keys older than 30 days are removed
-- when that lesson gets its next device save.
create table attendance_submission (
    submission_key varchar(64)  not null,
    lesson_id      bigint       not null,
    account        varchar(40)  not null,
    saved          int          not null,
    received_at    datetime(6)  not null,
    constraint pk_attendance_submission primary key (submission_key),
    constraint fk_attendance_submission_lesson foreign key (lesson_id) references lesson (id) on delete cascade
) default character set utf8mb4 collate utf8mb4_unicode_ci;
create index ix_attendance_submission_received on attendance_submission (received_at);
