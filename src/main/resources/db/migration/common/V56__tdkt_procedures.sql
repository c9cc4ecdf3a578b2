-- The public-service procedure (TTHC) a nomination dossier is a case of, by award: each sending is counted in the
-- indicators of the receiving office like any dossier of the sync schema, online only from the unit's own account
-- (seed 000, Lâm Đồng). The national codes of these procedures are not verified (DOMAIN.md §5.2): the TĐKT office
-- sets the codes of its province's catalogue; without a code nothing is counted.
create table dos_award_procedure (
    award_code varchar(40) primary key,
    procedure_code varchar(40),
    legal_source varchar(400) not null
);
insert into dos_award_procedure (award_code, procedure_code, legal_source) values
('CO_THI_DUA_TINH', null, 'Thủ tục tặng Cờ thi đua cấp tỉnh (Quyết định 1099/QĐ-BNV 2023; mã của tỉnh: chưa đối chiếu)'),
('TAP_THE_LDXS', null, 'Thủ tục tặng danh hiệu Tập thể lao động xuất sắc (mã của tỉnh: chưa đối chiếu)'),
('CSTD_TINH', null, 'Thủ tục tặng danh hiệu Chiến sĩ thi đua cấp tỉnh (mã của tỉnh: chưa đối chiếu)'),
('BANG_KHEN_TINH', null, 'Thủ tục tặng Bằng khen của Chủ tịch UBND tỉnh (mã của tỉnh: chưa đối chiếu)');
