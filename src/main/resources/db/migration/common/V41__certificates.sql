-- Certificates (bằng, giấy khen) of issued decisions: what each one prints, frozen at issue, and the code of its
-- public verification page. Rows are never changed or deleted.
create table reg_certificate (
    code varchar(16) primary key,
    decision_id bigint not null references dec_decision (id),
    person_id bigint not null references org_person (id),
    golden_book_number integer not null,
    recipient_name varchar(255) not null,
    recipient_unit varchar(500) not null,
    grantor_title varchar(500) not null,
    is_title boolean not null,
    award_name varchar(255) not null,
    full_award_name varchar(500) not null,
    achievement varchar(4000),
    decision_number varchar(60) not null,
    decision_date date not null,
    issuer_name varchar(255) not null,
    place varchar(100) not null,
    signer_title varchar(200) not null,
    signer_name varchar(200) not null,
    constraint uq_reg_certificate unique (decision_id, person_id)
);
