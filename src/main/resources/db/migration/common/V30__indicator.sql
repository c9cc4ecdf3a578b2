-- Public-service indicators (chỉ số dịch vụ công). Dossier facts keyed by MaHoSo, incremental aggregates at
-- unit × procedure × day and unit × month, indicator definitions and 766 scoring as data, working-day calendar.

-- Danh mục thủ tục hành chính
create table ind_procedure (
    code varchar(40) primary key,
    name varchar(500) not null,
    field varchar(200),
    online_level varchar(12),
    has_fee boolean not null,
    paper_result boolean not null,
    essential_25 boolean not null,
    statutory_days integer not null,
    constraint ck_ind_procedure_level check (online_level in ('TOAN_TRINH', 'MOT_PHAN'))
);

-- Ngày nghỉ lễ, Tết (working-day calendar); weekends are Saturday and Sunday
create table ind_holiday (
    holiday date primary key,
    name varchar(200) not null,
    legal_source varchar(300) not null
);

insert into ind_holiday (holiday, name, legal_source) values
(date '2022-01-03', 'Tết Dương lịch (nghỉ bù)', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2022-01-31', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2022-02-01', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2022-02-02', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2022-02-03', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2022-02-04', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2022-04-11', 'Giỗ Tổ Hùng Vương (nghỉ bù)', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2022-05-02', 'Ngày Giải phóng miền Nam (nghỉ bù)', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2022-05-03', 'Ngày Quốc tế Lao động (nghỉ bù)', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2022-09-01', 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2022-09-02', 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2023-01-02', 'Tết Dương lịch (nghỉ bù)', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2023-01-20', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2023-01-23', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2023-01-24', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2023-01-25', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2023-01-26', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2023-05-01', 'Ngày Quốc tế Lao động', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2023-05-02', 'Giỗ Tổ Hùng Vương, 30/4 (nghỉ bù)', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2023-05-03', 'Giỗ Tổ Hùng Vương, 30/4 (nghỉ bù)', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2023-09-01', 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2023-09-04', 'Quốc khánh (nghỉ bù)', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-01-01', 'Tết Dương lịch', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-02-08', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-02-09', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-02-12', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-02-13', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-02-14', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024)', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-04-30', 'Ngày Giải phóng miền Nam', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-05-01', 'Ngày Quốc tế Lao động', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-09-02', 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2024-09-03', 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112; lịch nghỉ năm theo thông báo của Bộ LĐ-TB&XH (chưa đối chiếu số văn bản)'),
(date '2025-01-01', 'Tết Dương lịch', 'Bộ luật Lao động 2019 Điều 112'),
(date '2025-01-27', 'Tết Nguyên đán', 'Thông báo 6150/TB-BLĐTBXH (nghỉ 25/1–2/2/2025)'),
(date '2025-01-28', 'Tết Nguyên đán', 'Thông báo 6150/TB-BLĐTBXH'),
(date '2025-01-29', 'Tết Nguyên đán', 'Thông báo 6150/TB-BLĐTBXH'),
(date '2025-01-30', 'Tết Nguyên đán', 'Thông báo 6150/TB-BLĐTBXH'),
(date '2025-01-31', 'Tết Nguyên đán', 'Thông báo 6150/TB-BLĐTBXH'),
(date '2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 Điều 112'),
(date '2025-04-30', 'Ngày Giải phóng miền Nam', 'Bộ luật Lao động 2019 Điều 112'),
(date '2025-05-01', 'Ngày Quốc tế Lao động', 'Bộ luật Lao động 2019 Điều 112'),
(date '2025-09-01', 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112'),
(date '2025-09-02', 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112'),
(date '2026-01-01', 'Tết Dương lịch', 'Bộ luật Lao động 2019 Điều 112'),
(date '2026-02-16', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112 (lịch nghỉ cụ thể: chưa đối chiếu)'),
(date '2026-02-17', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112 (chưa đối chiếu)'),
(date '2026-02-18', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112 (chưa đối chiếu)'),
(date '2026-02-19', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112 (chưa đối chiếu)'),
(date '2026-02-20', 'Tết Nguyên đán', 'Bộ luật Lao động 2019 Điều 112 (chưa đối chiếu)'),
(date '2026-04-27', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 Điều 112 (chưa đối chiếu)'),
(date '2026-04-30', 'Ngày Giải phóng miền Nam', 'Bộ luật Lao động 2019 Điều 112'),
(date '2026-05-01', 'Ngày Quốc tế Lao động', 'Bộ luật Lao động 2019 Điều 112'),
(date '2026-09-01', 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112'),
(date '2026-09-02', 'Quốc khánh', 'Bộ luật Lao động 2019 Điều 112');

-- Hồ sơ: one row per MaHoSo, with the flags every definition of the indicators needs
-- No foreign keys to org_unit and ind_procedure: the ingest resolves both before writing (and neither is ever
-- deleted), while the two per-row checks made the bulk insert four times slower (docs/DECISIONS.md).
create table ind_dossier (
    ma_ho_so varchar(60) primary key,
    unit_id bigint not null,
    procedure_code varchar(40) not null,
    channel smallint not null,
    own_account boolean not null,
    e_result boolean not null,
    status smallint not null,
    received_on date not null,
    finished_on date,
    on_time boolean,
    has_fee boolean not null,
    paid_online boolean not null,
    digitised boolean not null,
    supplements smallint not null,
    late_update boolean not null,
    updated_at timestamp with time zone not null
);

-- Incremental aggregates: r_* by the day of reception, c_* by the day of completion
create table ind_agg (
    unit_id bigint not null,
    procedure_code varchar(40) not null,
    on_day date not null,
    r_total integer not null,
    r_online integer not null,
    r_online_own integer not null,
    r_online_766 integer not null,
    r_fee integer not null,
    r_paid_online integer not null,
    r_digitised integer not null,
    c_done integer not null,
    c_on_time integer not null,
    primary key (unit_id, procedure_code, on_day)
);

create table ind_agg_month (
    unit_id bigint not null,
    in_month integer not null,
    r_total integer not null,
    r_online integer not null,
    r_online_own integer not null,
    r_online_766 integer not null,
    r_fee integer not null,
    r_paid_online integer not null,
    r_digitised integer not null,
    c_done integer not null,
    c_on_time integer not null,
    primary key (unit_id, in_month)
);

-- Chỉ tiêu as data: a ratio of two aggregate measures (or of procedures, for the DVCTT indicator), versioned
create table ind_definition (
    code varchar(40) not null,
    version integer not null,
    name varchar(300) not null,
    numerator varchar(40) not null,
    denominator varchar(40) not null,
    attribution varchar(20) not null,
    unit_of_measure varchar(10) not null,
    higher_is_better boolean not null,
    legal_source varchar(500) not null,
    valid_from date not null,
    valid_to date,
    primary key (code, version)
);

insert into ind_definition (code, version, name, numerator, denominator, attribution, unit_of_measure, higher_is_better, legal_source, valid_from, valid_to) values
('HS_TRUC_TUYEN', 1, 'Tỷ lệ hồ sơ trực tuyến (theo kênh thực hiện)', 'r_online', 'r_total', 'RECEPTION', 'PERCENT', true, 'Hướng dẫn Bộ TT&TT (MIC); dữ liệu đồng bộ DVCQG, KenhThucHien = 2', date '2022-01-01', null),
('HS_TRUC_TUYEN_TAI_KHOAN', 1, 'Tỷ lệ hồ sơ trực tuyến nộp từ tài khoản của cá nhân, tổ chức', 'r_online_own', 'r_total', 'RECEPTION', 'PERCENT', true, 'Văn bản Ban TĐKT tỉnh Lâm Đồng 4/2023 (tài liệu gốc 000): chỉ tính hồ sơ xuất phát từ tài khoản của cá nhân, tổ chức', date '2022-01-01', null),
('HS_TRUC_TUYEN_766', 1, 'Tỷ lệ hồ sơ trực tuyến theo QĐ 766 (có kết quả điện tử khi TTHC trả kết quả bằng giấy tờ)', 'r_online_766', 'r_total', 'RECEPTION', 'PERCENT', true, 'Quyết định 766/QĐ-TTg ngày 23/6/2022, chỉ số 3.3', date '2022-06-23', null),
('THANH_TOAN_TRUC_TUYEN', 1, 'Tỷ lệ hồ sơ thanh toán trực tuyến', 'r_paid_online', 'r_fee', 'RECEPTION', 'PERCENT', true, 'Quyết định 766/QĐ-TTg, chỉ số 3.6 (hồ sơ có nghĩa vụ tài chính)', date '2022-06-23', null),
('SO_HOA_HS', 1, 'Tỷ lệ hồ sơ được số hóa', 'r_digitised', 'r_total', 'RECEPTION', 'PERCENT', true, 'Quyết định 766/QĐ-TTg, nhóm 4', date '2022-06-23', null),
('DUNG_HAN', 1, 'Tỷ lệ hồ sơ giải quyết đúng hạn', 'c_on_time', 'c_done', 'COMPLETION', 'PERCENT', true, 'Quyết định 766/QĐ-TTg, nhóm 2 (đúng hạn: NgayKetThucXuLy ≤ NgayHenTra, trừ thời gian bổ sung)', date '2022-06-23', null),
('DVCTT_CO_HS_TRUC_TUYEN', 1, 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ trực tuyến', 'procedures_online', 'procedures_dvctt', 'RECEPTION', 'PERCENT', true, 'Hướng dẫn Bộ TT&TT; QĐ 766 chỉ số 3.2 (mẫu số: DVCTT có hồ sơ trong kỳ tại đơn vị — giả định, cấu hình được)', date '2022-01-01', null);

-- QĐ 766: score = min(max, max × rate / threshold); the published transcriptions disagree, so every row is editable
create table ind_score_rule (
    indicator_code varchar(40) primary key,
    group_name varchar(200) not null,
    max_points numeric(6, 2) not null,
    threshold_percent numeric(6, 2) not null,
    legal_source varchar(500) not null,
    verified boolean not null
);

insert into ind_score_rule (indicator_code, group_name, max_points, threshold_percent, legal_source, verified) values
('DUNG_HAN', 'Tiến độ giải quyết', 20, 100, 'Quyết định 766/QĐ-TTg nhóm 2', false),
('HS_TRUC_TUYEN_766', 'Dịch vụ công trực tuyến', 12, 80, 'Quyết định 766/QĐ-TTg nhóm 3 (bản cổng 2026: 12 điểm)', false),
('THANH_TOAN_TRUC_TUYEN', 'Thanh toán trực tuyến', 10, 50, 'Quyết định 766/QĐ-TTg chỉ số 3.6', false),
('SO_HOA_HS', 'Số hóa hồ sơ', 22, 80, 'Quyết định 766/QĐ-TTg nhóm 4', false);

-- Serialises the writing of batches, so the deltas of two imports touching one dossier never interleave
create table ind_ingest_lock (
    id integer primary key
);
insert into ind_ingest_lock (id) values (1);

create table ind_import (
    id bigint generated by default as identity primary key,
    source_name varchar(255) not null,
    started_at timestamp with time zone not null,
    finished_at timestamp with time zone,
    lines integer not null,
    accepted integer not null,
    rejected integer not null,
    late_updates integer not null,
    started_by varchar(100) not null
);
