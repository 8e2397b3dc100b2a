-- The country indexes of dyad_months list the rows of a country in pair
-- and month order (source code, target code, month) rather than in month
-- order, so that a country summary merges the source-side and target-side
-- rows already grouped, without sorting them. Replacing the two indexes
-- keeps the write path's cost as it was. Keep in step with
-- postgres/migrations.
DROP INDEX dyad_months_src_country;
DROP INDEX dyad_months_tgt_country;
CREATE INDEX dyad_months_src_pair ON dyad_months (src_country, src_code, tgt_code, month, root, quad, tgt_country, events, mentions, goldstein);
CREATE INDEX dyad_months_tgt_pair ON dyad_months (tgt_country, src_code, tgt_code, month, root, quad, src_country, events, mentions, goldstein);
