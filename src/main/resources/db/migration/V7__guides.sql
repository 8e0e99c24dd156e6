-- Integreat guides: each organisation keeps its own copy of its region's pages (the catalogue), so that linking
-- and showing guides works when Integreat cannot be reached. A page is one guide in all its languages; each
-- translation keeps Integreat's id, url, path, title and last_updated. A link points at the page, never at one
-- translation, so it resolves in every language.

-- The state of the organisation's catalogue and of its last import. One row per organisation; an import claims
-- it (state RUNNING) with one UPDATE, so that two instances never import at once.
create table guide_catalogue (
    organisation_id     bigint        not null,
    region              varchar(100)  not null,
    state               varchar(20)   not null,
    started_at          datetime(6),
    finished_at         datetime(6),
    last_success_at     datetime(6),
    started_by          varchar(40),
    pages               int           not null default 0,
    translations        int           not null default 0,
    languages           int           not null default 0,
    added               int           not null default 0,
    changed             int           not null default 0,
    unchanged           int           not null default 0,
    vanished            int           not null default 0,
    error_kind          varchar(20),
    error_status        int,
    error_detail        varchar(1000),
    error_at            datetime(6),
    constraint pk_guide_catalogue primary key (organisation_id),
    constraint fk_guide_catalogue_organisation foreign key (organisation_id) references organisation (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

-- The region's languages as Integreat lists them: code normalised (fa for fa/prs/pes, kmr for ku/kmr), the
-- code Integreat uses in paths, and the direction Integreat gives.
create table guide_language (
    organisation_id  bigint        not null,
    code             varchar(20)   not null,
    api_code         varchar(20)   not null,
    bcp47_tag        varchar(40),
    native_name      varchar(120)  not null,
    right_to_left    boolean       not null,
    constraint pk_guide_language primary key (organisation_id, code),
    constraint fk_guide_language_organisation foreign key (organisation_id) references organisation (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;

-- A page in all its languages. vanished_at is set when an import no longer finds it: links stay and show as
-- broken until it comes back or the coordinator removes them.
create table guide_page (
    id               bigint        not null auto_increment,
    organisation_id  bigint        not null,
    region           varchar(100)  not null,
    first_seen_at    datetime(6)   not null,
    vanished_at      datetime(6),
    constraint pk_guide_page primary key (id),
    constraint fk_guide_page_organisation foreign key (organisation_id) references organisation (id)
) default character set utf8mb4 collate utf8mb4_unicode_ci;
create index ix_guide_page_organisation on guide_page (organisation_id, region);

-- One translation of a page. path_hash (SHA-256 of the path) makes a path findable by index on both databases
-- (a path of Arabic slugs is longer than an index key may be).
create table guide_translation (
    id               bigint         not null auto_increment,
    page_id          bigint         not null,
    organisation_id  bigint         not null,
    language         varchar(20)    not null,
    integreat_id     bigint         not null,
    url              varchar(1000),
    path             varchar(1000)  not null,
    path_hash        char(64)       not null,
    title            varchar(500)   not null,
    excerpt          varchar(1000),
    last_updated     datetime(6)    not null,
    constraint pk_guide_translation primary key (id),
    constraint uq_guide_translation_language unique (page_id, language),
    constraint uq_guide_translation_integreat unique (organisation_id, integreat_id),
    constraint fk_guide_translation_page foreign key (page_id) references guide_page (id) on delete cascade
) default character set utf8mb4 collate utf8mb4_unicode_ci;
create index ix_guide_translation_path on guide_translation (organisation_id, path_hash);

-- A guide linked to an exercise or to a module (exactly one of them).
create table guide_link (
    id               bigint       not null auto_increment,
    organisation_id  bigint       not null,
    page_id          bigint       not null,
    exercise_id      bigint,
    module_id        bigint,
    created_at       datetime(6)  not null,
    created_by       varchar(40)  not null,
    constraint pk_guide_link primary key (id),
    constraint uq_guide_link_exercise unique (exercise_id, page_id),
    constraint uq_guide_link_module unique (module_id, page_id),
    constraint ck_guide_link_target check ((exercise_id is null) <> (module_id is null)),
    constraint fk_guide_link_page foreign key (page_id) references guide_page (id),
    constraint fk_guide_link_exercise foreign key (exercise_id) references exercise (id) on delete cascade,
    constraint fk_guide_link_module foreign key (module_id) references course_module (id) on delete cascade
) default character set utf8mb4 collate utf8mb4_unicode_ci;
