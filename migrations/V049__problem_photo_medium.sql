-- A third served size of each photo (at most 1024 px): what a phone shows across its screen. Photos stored before
-- it have none and are shown from the larger image.
alter table problem_photo add column medium_key varchar(100);
