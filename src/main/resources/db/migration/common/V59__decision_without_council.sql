-- Awards the law lets the leader decide on the appraisal alone (seed 000: Tập thể lao động xuất sắc, Bằng khen of the
-- chairman, families): their drafts have no council session, name the appraising unit, and may list households,
-- which are known by their name and the unit that proposed them.
alter table dec_draft alter column council_session_id drop not null;
alter table dec_draft add column appraising_unit_id bigint references org_unit (id);
alter table dec_draft_line alter column subject_id drop not null;
alter table dec_draft_line add column subject_name varchar(300);
alter table dec_draft_line add column subject_unit_id bigint references org_unit (id);

