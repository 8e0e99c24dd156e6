-- Kiosks: a shared device at a location, registered by a coordinator. The device proves itself with a long
-- random secret kept in a cookie; only its SHA-256 is stored. A one-time setup code (also stored as SHA-256)
-- turns a browser into the kiosk.
create table kiosk_device (
    id                bigint       not null auto_increment,
    organisation_id   bigint       not null,
    location_id       bigint       not null,
    name              varchar(80)  not null,
    setup_code_hash   char(64),
    setup_expires_at  datetime(6),
    token_hash        char(64),
    created_at        datetime(6)  not null,
    created_by        varchar(40)  not null,
    set_up_at         datetime(6),
    version           bigint       not null,
    constraint pk_kiosk_device primary key (id),
    constraint uq_kiosk_device_name unique (organisation_id, name),
    constraint uq_kiosk_device_setup unique (setup_code_hash),
    constraint uq_kiosk_device_token unique (token_hash),
    constraint fk_kiosk_device_organisation foreign key (organisation_id) references organisation (id),
    constraint fk_kiosk_device_location foreign key (location_id) references location (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

-- A learner's PIN for the kiosk: when it was set, and the wrong tries since the last right one. Enough wrong
-- tries lock the card until pin_locked_until.
alter table learner add column pin_set_at datetime(6);
alter table learner add column pin_failures int not null default 0;
alter table learner add column pin_locked_until datetime(6);
