-- Cấp xử lý hồ sơ: the levels a dossier passes through (a campaign's route, then the level that receives it for the
-- council), each with its state, as in DHIS2's approval levels: WAITING for a lower level, PENDING here, FORWARDED
-- (approved here and sent up), ACCEPTED (appraised at the last level)
create table dos_level (
    dossier_id bigint not null references dos_dossier (id),
    position integer not null,
    unit_id bigint not null references org_unit (id),
    state varchar(10) not null,
    decided_by varchar(100),
    decided_at timestamp with time zone,
    primary key (dossier_id, position),
    constraint ck_dos_level_state check (state in ('WAITING', 'PENDING', 'FORWARDED', 'ACCEPTED'))
);
