-- Địa chỉ thư điện tử of an account, for notifications by e-mail (optional: without it, in-app only)
alter table idn_account add column email varchar(254);
