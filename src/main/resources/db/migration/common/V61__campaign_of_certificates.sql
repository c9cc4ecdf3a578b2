-- The campaign each certificate's award came through, for the public honour board of a campaign (bảng vàng của
-- phong trào); null outside any campaign. Certificates issued before take it from their decision's list.
alter table reg_certificate add column campaign_code varchar(60);
update reg_certificate set campaign_code = (select r.campaign_code from dec_recipient r
    where r.decision_id = reg_certificate.decision_id and r.golden_book_number = reg_certificate.golden_book_number);
create index ix_reg_certificate_campaign on reg_certificate (campaign_code);
