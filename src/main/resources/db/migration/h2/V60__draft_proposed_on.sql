-- A draft's date is the council meeting's or, for awards decided on the appraisal alone, the appraisal's.
alter table dec_draft alter column council_held_on rename to proposed_on;
