-- Open Badges 3.0 (issue 25): every certificate also becomes a credential signed by its organisation.
-- The organisation is the issuer did:web:{host}:orgs:{slug}; the slug is stable once given (existing organisations
-- get their region and id, new ones get it from the badge feature when their first credential is signed).
alter table organisation add column slug varchar(100);
update organisation set slug = concat(integreat_region, '-', id);
alter table organisation add constraint uq_organisation_slug unique (slug);

-- One P-256 key pair per organisation in use (active_for = the organisation's id; null for the older keys, which
-- stay published so that what they signed still verifies). The unique constraint makes a second active key
-- impossible even when two instances make one at once. The private key is AES-GCM encrypted under the master key
-- (FFIT_SIGNING_KEY_FILE), never stored in clear.
create table signing_key (
    id               bigint        not null auto_increment,
    organisation_id  bigint        not null,
    kid              varchar(64)   not null,
    public_jwk       varchar(1000) not null,
    private_key      varchar(1000) not null,
    active_for       bigint,
    created_at       datetime(6)   not null,
    retired_at       datetime(6),
    constraint pk_signing_key primary key (id),
    constraint uq_signing_key_kid unique (kid),
    constraint uq_signing_key_active unique (active_for),
    constraint fk_signing_key_organisation foreign key (organisation_id) references organisation (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

-- Bitstring Status List v1.0: one list of 131,072 bits per organisation (list 1), stored as the bits themselves so
-- that serving the list reads one row; the revision counts the revocations (the served document's ETag).
-- taken marks the indexes given to credentials, so that a new one draws a free index under this row's lock.
create table status_list (
    id               bigint        not null auto_increment,
    organisation_id  bigint        not null,
    list_number      int           not null,
    bits             longblob      not null,
    taken            longblob      not null,
    updated_at       datetime(6)   not null,
    revision         bigint        not null,
    constraint pk_status_list primary key (id),
    constraint uq_status_list unique (organisation_id, list_number),
    constraint fk_status_list_organisation foreign key (organisation_id) references organisation (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

-- The signed credential issued with the certificate (VC-JWT) and its index in the organisation's status list;
-- a random index, unique within the organisation. Certificates issued before have neither.
alter table certificate add column credential_jwt mediumtext;
alter table certificate add column status_index int;
alter table certificate add constraint uq_certificate_status_index unique (organisation_id, status_index);
