-- Certificates: each keeps what it was printed with (the PDF itself, its SHA-256, the template key and version)
-- and what its public verification shows (name, course, date, organisation), so later changes to a template, a
-- learner or a course never change an issued certificate, and deleting a learner keeps verification working.
create table certificate (
    id                 bigint       not null auto_increment,
    organisation_id    bigint       not null,
    enrollment_id      bigint,
    serial             varchar(20)  not null,
    serial_year        int          not null,
    serial_number      int          not null,
    verification_code  varchar(32)  collate utf8mb4_bin not null,
    status             varchar(20)  not null,
    learner_name       varchar(200) not null,
    course_title       varchar(200) not null,
    organisation_name  varchar(200) not null,
    issued_on          date         not null,
    issued_at          datetime(6)  not null,
    issued_by          varchar(40)  not null,
    override_reason    varchar(500),
    template_key       varchar(40)  not null,
    template_version   int          not null,
    second_language    varchar(5),
    pdf                longblob     not null,
    pdf_sha256         char(64)     not null,
    revoked_at         datetime(6),
    revoked_by         varchar(40),
    revoke_reason      varchar(500),
    replaces_id        bigint,
    version            bigint       not null,
    constraint pk_certificate primary key (id),
    constraint uq_certificate_serial unique (organisation_id, serial),
    constraint uq_certificate_number unique (organisation_id, serial_year, serial_number),
    constraint uq_certificate_code unique (verification_code),
    constraint fk_certificate_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_certificate_enrollment foreign key (enrollment_id) references enrollment (id) on delete set null,
    constraint fk_certificate_replaces foreign key (replaces_id) references certificate (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

create index ix_certificate_sha256 on certificate (pdf_sha256);
create index ix_certificate_enrollment on certificate (enrollment_id);

-- The last serial number an organisation gave, and in which year; a new year starts again at 1. Issuing locks the
-- organisation's row until the certificate is stored, so numbers have no gaps and never repeat however many
-- coordinators issue at the same moment. (On the organisation's own row, which always exists: a separate counter
-- row made on first use would let concurrent first issues deadlock.) The entity does not map these columns.
alter table organisation add column certificate_year int not null default 0;
alter table organisation add column certificate_last int not null default 0;
