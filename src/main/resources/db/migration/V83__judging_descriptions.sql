-- What a criterion asks of the jury, and what a prize gives when it is not (only) money
ALTER TABLE criterion ADD COLUMN description VARCHAR(1000);
ALTER TABLE prize ADD COLUMN description VARCHAR(1000);
