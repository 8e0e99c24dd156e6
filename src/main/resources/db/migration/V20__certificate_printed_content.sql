-- What a certificate printed, kept with it at issue (issue 24): printed_content holds the value of every placeholder
-- in each language the template drew (names, course, dates as written, hours, competences, serial, short code, the
-- QR code's address) as JSON; template_revision the template's files it was drawn with (sha256:... of the template
-- and its fonts; a version string beside template_key, so templates kept per organisation can name theirs). A cohort
-- print draws these again into one document when the template is still that revision. Certificates issued before
-- have neither: they are printed from their stored PDF as before. The PDF stays the document as issued (an
-- uploaded copy is checked against its bytes); erasing the learner empties printed_content with it.
alter table certificate add column printed_content mediumtext;
alter table certificate add column template_revision varchar(100);
