-- The code a person reads aloud and types to check a certificate, beside its QR code: ten symbols of Crockford's
-- base 32 (50 random bits), stored without the hyphens it is printed with. Certificates issued before have none and
-- keep their QR code's verification code, which keeps working.
alter table certificate add column short_code varchar(10) collate utf8mb4_bin;
create unique index uq_certificate_short_code on certificate (short_code);
