-- The decisions issued on a dossier's nominees, given back to the dossier when they are issued (gửi quyết định cho
-- cấp trình): the proposing unit reads them on its dossier.
create table dos_decision (
    dossier_id bigint not null references dos_dossier (id),
    decision_id bigint not null references dec_decision (id),
    number_symbol varchar(60) not null,
    issued_on date not null,
    award_name varchar(500) not null,
    primary key (dossier_id, decision_id)
);
