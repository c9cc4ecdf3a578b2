-- Thời hạn xử lý hồ sơ, in working days, by step and legal basis (DOMAIN.md §3.4)
create table dos_deadline_rule (
    step varchar(20) not null,
    working_days integer not null,
    legal_source varchar(400) not null,
    valid_from date not null,
    valid_to date,
    primary key (step, valid_from),
    constraint ck_dos_deadline_step check (step in ('CHECK', 'APPRAISE', 'SEND_DOWN'))
);

insert into dos_deadline_rule (step, working_days, legal_source, valid_from, valid_to) values
('CHECK', 5, 'Trả lại hồ sơ không đủ điều kiện, tiêu chuẩn trong 05 ngày làm việc (Nghị định 98/2023/NĐ-CP; áp dụng cho cấp tỉnh theo cùng mức, cấu hình được)', date '2023-12-31', null),
('APPRAISE', 20, 'Cơ quan làm công tác thi đua, khen thưởng thẩm định, trình trong 20 ngày làm việc kể từ ngày nhận đủ hồ sơ (Nghị định 98/2023/NĐ-CP Điều 32 khoản 2)', date '2023-12-31', null),
('SEND_DOWN', 10, 'Sao, gửi quyết định khen thưởng cho cấp trình trong 10 ngày làm việc', date '2023-12-31', null);
