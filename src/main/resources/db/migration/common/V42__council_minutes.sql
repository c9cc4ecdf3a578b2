-- The organiser who closes the vote signs the minutes as secretary.
alter table council_session add column closed_by_name varchar(200);
