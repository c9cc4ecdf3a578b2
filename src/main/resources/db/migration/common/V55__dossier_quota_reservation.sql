-- The place a nominee holds in the campaign's quotas from the first sending (suất đã giữ), released when the
-- appraisal finds the nominee ineligible
alter table dos_nominee add column reservation_id bigint;
