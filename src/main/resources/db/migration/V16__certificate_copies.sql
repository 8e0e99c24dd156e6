-- A learner's own copy of their certificate: the kiosk shows a QR code of a link that downloads the PDF to the
-- learner's phone without signing in. The link carries a random token of 256 bits; only its SHA-256 is stored
-- (like the kiosk's secrets), so that whoever reads the database cannot download anything. A link works once,
-- until expires_at (15 minutes after it was shown); the instance that answers it need not be the one that made it,
-- as the row is all they share. Rows are removed a day after they expired, when the next link is made.
create table certificate_copy (
    id              bigint       not null auto_increment,
    token_hash      char(64)     not null,
    certificate_id  bigint       not null,
    organisation_id bigint       not null,
    created_at      datetime(6)  not null,
    expires_at      datetime(6)  not null,
    used_at         datetime(6),
    constraint pk_certificate_copy primary key (id),
    constraint uq_certificate_copy_token unique (token_hash),
    constraint fk_certificate_copy_certificate foreign key (certificate_id) references certificate (id) on delete cascade,
    constraint fk_certificate_copy_organisation foreign key (organisation_id) references organisation (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;
create index ix_certificate_copy_expires on certificate_copy (expires_at);
