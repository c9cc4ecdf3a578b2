-- The campaign an award came through (from the dossier, through the council and the decision), for statistics by
-- campaign; null for awards outside any campaign
alter table council_item add column campaign_code varchar(60);
alter table dec_draft_line add column campaign_code varchar(60);
alter table dec_recipient add column campaign_code varchar(60);
alter table rpt_award_fact add column campaign_code varchar(60);
