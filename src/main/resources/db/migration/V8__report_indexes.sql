-- Impact reports count by period: cohorts finished in a period and certificates issued in one, per organisation.
-- (Lessons are found by cohort and date through uq_lesson_slot, enrollments by cohort through uq_enrollment,
-- attendance by lesson through uq_attendance_record.)
create index ix_cohort_finished on cohort (organisation_id, finished_on);
create index ix_certificate_issued on certificate (organisation_id, issued_on);
