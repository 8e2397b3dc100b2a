package sqlstore

// The write path's statements, prepared once when the store opens.
var (
	qInsertDocument = `INSERT INTO documents (id, doc, url, source, outlet, title, published, pub_day,
		dateline, lang, body, title_end, diagnostics, mentions, num_mentions, added)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`
	qInsertActor = `INSERT INTO actors (doc_id, idx, code, name, country, sector, title, type, since, until,
			how, mentions, events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qInsertEvent = `INSERT INTO events (` + evidenceCols + `, root, pub_day, doc_id, is_root, added)
		VALUES (` + evidenceMarks + `, ?, ?, ?, ?, ?) RETURNING id`
	qSeen = `SELECT
		CASE WHEN EXISTS (SELECT 1 FROM event_mentions WHERE event_id = ? AND outlet = ? AND doc_id = ?) THEN 1 ELSE 0 END,
		CASE WHEN EXISTS (SELECT 1 FROM event_mentions WHERE event_id = ? AND outlet = ?) THEN 1 ELSE 0 END`
	qCount = `UPDATE events SET num_mentions = num_mentions + 1,
		num_articles = num_articles + ?, num_sources = num_sources + ? WHERE id = ?`
	qRefine = `UPDATE events SET cameo = ?, cameo_name = ?, goldstein = ?,
			plover_type = ?, plover_mode = ? WHERE id = ?`
	qInsertEventMention = `INSERT INTO event_mentions (event_id, event_day, doc_id, outlet, idx, ` + evidenceCols + `)
		VALUES (?, ?, ?, ?, ?, ` + evidenceMarks + `)`
	qAddDyad = `INSERT INTO dyad_months (src_code, tgt_code, month, root, quad, src_country, tgt_country,
		events, mentions, goldstein) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)
		ON CONFLICT (src_code, tgt_code, month, root, quad, src_country, tgt_country) DO UPDATE SET
		events = dyad_months.events + excluded.events, mentions = dyad_months.mentions + excluded.mentions,
		goldstein = dyad_months.goldstein + excluded.goldstein`
	qInsertClaim = `INSERT INTO claims (doc_id, idx, what, count, qualifier, since, day, place_name,
			place_country, place_lat, place_lon, actor_code, actor_name, victims, sentence, start_off, end_off,
			trigger_text, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	qCandidatesDated = `SELECT id, src_code, tgt_code, cameo, day, pub_day, is_symmetric, modality, goldstein, quad, src_country, tgt_country FROM events
		WHERE src_code = ? AND tgt_code = ? AND root = ? AND modality = ? AND day BETWEEN ? AND ?`
	qCandidatesUndated = `SELECT id, src_code, tgt_code, cameo, day, pub_day, is_symmetric, modality, goldstein, quad, src_country, tgt_country FROM events
		WHERE src_code = ? AND tgt_code = ? AND root = ? AND modality = ? AND day = 0 AND pub_day BETWEEN ? AND ?`
)

var writeQueries = []string{
	qInsertDocument,
	qInsertActor,
	qInsertEvent,
	qSeen,
	qCount,
	qRefine,
	qInsertEventMention,
	qAddDyad,
	qInsertClaim,
	qCandidatesDated,
	qCandidatesUndated,
}
