-- Thống kê khen thưởng: one row per awardee of every decision issued here, written when the decision is issued and
-- marked when it is annulled (the report module's own read model, fed by the decision module's events).
create table rpt_award_fact (
    decision_id bigint not null,
    golden_book_number integer not null,
    issued_on date not null,
    issuer_unit_id bigint not null,
    issuer_name varchar(255) not null,
    award_code varchar(40) not null,
    award_name varchar(255) not null,
    subject_type varchar(20) not null,
    unit_id bigint not null,
    amount bigint not null,
    annulled boolean default false not null,
    primary key (decision_id, golden_book_number)
);
create index ix_rpt_award_fact_year on rpt_award_fact (issued_on);

-- Biểu 0603.N/BNV-TĐKT (Thông tư 02/2023/TT-BNV): which award each column counts
create table rpt_form_column (
    form_code varchar(10) not null,
    column_no integer not null,
    award_code varchar(40) not null,
    legal_source varchar(300) not null,
    primary key (form_code, column_no, award_code)
);
insert into rpt_form_column (form_code, column_no, award_code, legal_source) values
('0603', 2, 'BANG_KHEN_TINH', 'Thông tư 02/2023/TT-BNV, biểu 0603.N/BNV-TĐKT, cột 2 (Bằng khen)'),
('0603', 3, 'CSTD_TINH', 'Thông tư 02/2023/TT-BNV, biểu 0603.N/BNV-TĐKT, cột 3 (Chiến sĩ thi đua cấp tỉnh)'),
('0603', 4, 'CO_THI_DUA_TINH', 'Thông tư 02/2023/TT-BNV, biểu 0603.N/BNV-TĐKT, cột 4 (Cờ thi đua của tỉnh)');
