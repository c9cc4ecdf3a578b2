-- A draft's date is the council meeting's or, for awards decided on the appraisal alone, the appraisal's.
alter table dec_draft rename column council_held_on to proposed_on;
