-- Browsers that signed in to an account: a long-lived device cookie holds a random token of 256 bits, of which only
-- the SHA-256 is stored. It grants nothing by itself; the sign-in brake counts a sign-in that presents it only
-- against this account and device, so that failures from other addresses cannot lock the owner out (issue 22).
-- In the database, so that every instance of a cluster knows the device. Rows unused for 180 days are removed.
create table trusted_device (
    id            bigint       not null auto_increment,
    account_id    bigint       not null,
    token_hash    char(64)     not null,
    created_at    datetime(6)  not null,
    last_used_at  datetime(6)  not null,
    constraint pk_trusted_device primary key (id),
    constraint uq_trusted_device_token unique (token_hash),
    constraint fk_trusted_device_account foreign key (account_id) references user_account (id) on delete cascade
) default character set utf8mb4 collate utf8mb4_unicode_ci;
create index ix_trusted_device_last_used on trusted_device (last_used_at);
