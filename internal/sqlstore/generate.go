package sqlstore

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"regexp"
	"sort"
	"time"

	"parley/dedup"
)

// genCodes are the CAMEO codes Generate draws from, with their quad class,
// Goldstein score and PLOVER type.
var genCodes = []struct {
	code      string
	quad      int
	goldstein float64
	plover    string
}{
	{"010", 1, 0, "STATEMENT"}, {"020", 1, 3, "REQUEST"}, {"036", 1, 4, "CONSULT"}, {"040", 1, 1, "CONSULT"},
	{"042", 1, 1.9, "CONSULT"}, {"043", 1, 2.8, "CONSULT"}, {"046", 1, 7, "CONSULT"}, {"051", 1, 3.4, "SUPPORT"},
	{"057", 2, 8, "AGREE"}, {"061", 2, 6.4, "COOPERATE"}, {"070", 2, 7, "AID"}, {"111", 3, -2, "ACCUSE"},
	{"112", 3, -2, "ACCUSE"}, {"130", 3, -4.4, "THREATEN"}, {"141", 3, -6.5, "PROTEST"}, {"163", 4, -8, "SANCTION"},
	{"173", 4, -5, "COERCE"}, {"190", 4, -10, "ASSAULT"}, {"193", 4, -10, "ASSAULT"}, {"195", 4, -10, "ASSAULT"},
}

var genCountries = []string{"USA", "CHN", "RUS", "IRN", "PAK", "IND", "ISR", "PSE", "UKR", "TUR", "SAU", "EGY",
	"GBR", "FRA", "DEU", "JPN", "KOR", "PRK", "AFG", "SYR", "IRQ", "YEM", "SDN", "ETH", "KEN", "NGA", "ZAF",
	"BRA", "MEX", "VEN", "COL", "ARG", "IDN", "PHL", "VNM", "THA", "MMR", "BGD", "LKA", "NPL", "QAT", "ARE"}

var genSectors = []string{"GOV", "GOV", "GOV", "MIL", "", "OPP", "COP", "BUS"}

var genWords = []string{"talks", "border", "ceasefire", "minister", "trade", "visit", "sanctions", "troops",
	"agreement", "protest", "envoy", "summit", "strike", "aid", "election", "security", "energy", "refugees"}

// Generate fills an empty store with n synthetic events (one mention and one
// document per ten events), in one transaction of bulk inserts, for the
// query benchmarks. Countries follow a Zipf-like law, dates span 2015 to
// 2025, and the dyad aggregate is built as SaveDocument would build it.
func (s *Store) Generate(ctx context.Context, n int, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	zipf := rand.NewZipf(rand.New(rand.NewPCG(seed+1, seed)), 1.1, 2, uint64(len(genCountries)-1))
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Inserting into bare tables and indexing afterwards is several times
	// faster than keeping every index up to date row by row.
	indexes, err := s.indexes()
	if err != nil {
		return err
	}
	for name := range indexes {
		if _, err := tx.ExecContext(ctx, "DROP INDEX "+name); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
	}
	for _, q := range s.d.BulkBegin {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
	}
	docStmt, err := tx.PrepareContext(ctx, s.rebind(`INSERT INTO documents (id, doc, outlet, published, pub_day, body, added)
		VALUES (?, ?, ?, ?, ?, ?, ?)`))
	if err != nil {
		return err
	}
	evStmt, err := tx.PrepareContext(ctx, s.rebind(`INSERT INTO events (id, `+evidenceCols+`, root, pub_day, doc_id,
		num_mentions, num_sources, num_articles, is_root, added) VALUES (?, `+evidenceMarks+`, ?, ?, ?, ?, ?, ?, ?, ?)`))
	if err != nil {
		return err
	}
	mStmt, err := tx.PrepareContext(ctx, s.rebind(`INSERT INTO event_mentions (event_id, event_day, doc_id, outlet, idx, `+evidenceCols+`)
		VALUES (?, ?, ?, ?, ?, `+evidenceMarks+`)`))
	if err != nil {
		return err
	}
	type dyadKey struct {
		src, tgt, root, srcC, tgtC string
		month, quad                int
	}
	type dyadVal struct {
		events, mentions int
		goldstein        float64
	}
	dyads := map[dyadKey]*dyadVal{}
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	now := s.Now().UTC().Format(time.RFC3339)
	var docID string
	for i := range n {
		date := start.AddDate(0, 0, rng.IntN(11*365))
		day := dedup.Day(date)
		if i%10 == 0 {
			docID = fmt.Sprintf("gen%08d", i/10)
			if _, err := docStmt.ExecContext(ctx, docID, docID+".txt", "outlet"+fmt.Sprint(rng.IntN(200)),
				date.Format(time.DateOnly), day, "generated", now); err != nil {
				return fmt.Errorf("generate document: %w", err)
			}
		}
		srcC, tgtC := genCountries[zipf.Uint64()], genCountries[zipf.Uint64()]
		src, tgt := srcC+genSectors[rng.IntN(len(genSectors))], tgtC+genSectors[rng.IntN(len(genSectors))]
		c := genCodes[rng.IntN(len(genCodes))]
		sentence := fmt.Sprintf("%s and %s: %s %s %s", src, tgt, genWords[rng.IntN(len(genWords))],
			genWords[rng.IntN(len(genWords))], genWords[rng.IntN(len(genWords))])
		ev := []any{src, src, srcC, "", src, 0, 3, tgt, tgt, tgtC, "", tgt, 10, 13, c.code, "", c.quad, c.goldstein,
			c.plover, "", day, "text", "", "", nil, nil, sentence, 0, len(sentence), "", 0, 0, "generated", 0, ""}
		mentions := 1 + rng.IntN(5)
		args := append([]any{i + 1}, ev...)
		args = append(args, dedup.Root(c.code), day, docID, mentions, 1+rng.IntN(mentions), mentions, rng.IntN(2), now)
		if _, err := evStmt.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("generate event: %w", err)
		}
		if _, err := mStmt.ExecContext(ctx, append([]any{i + 1, day, docID, "outlet", 0}, ev...)...); err != nil {
			return fmt.Errorf("generate mention: %w", err)
		}
		k := dyadKey{src, tgt, dedup.Root(c.code), srcC, tgtC, day / 100, c.quad}
		v := dyads[k]
		if v == nil {
			v = &dyadVal{}
			dyads[k] = v
		}
		v.events++
		v.mentions += mentions
		v.goldstein += c.goldstein
	}
	dStmt, err := tx.PrepareContext(ctx, s.rebind(`INSERT INTO dyad_months (src_code, tgt_code, month, root, quad,
		src_country, tgt_country, events, mentions, goldstein) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`))
	if err != nil {
		return err
	}
	for k, v := range dyads {
		if _, err := dStmt.ExecContext(ctx, k.src, k.tgt, k.month, k.root, k.quad, k.srcC, k.tgtC, v.events, v.mentions, v.goldstein); err != nil {
			return fmt.Errorf("generate dyads: %w", err)
		}
	}
	for _, ddl := range indexes {
		if _, err := tx.ExecContext(ctx, ddl); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
	}
	for _, q := range s.d.BulkEnd {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("generate: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, "ANALYZE")
	return err
}

// indexRE matches a one-line CREATE INDEX or DROP INDEX statement of a
// migration.
var indexRE = regexp.MustCompile(`(?m)^(?:CREATE INDEX (\w+) ON [^;\n]+|DROP INDEX (\w+));`)

// indexes returns the secondary indexes the migrations leave, by name: a
// later migration's DROP INDEX removes what an earlier one created.
func (s *Store) indexes() (map[string]string, error) {
	names, err := fs.Glob(s.d.Migrations, "*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := map[string]string{}
	for _, name := range names {
		b, err := fs.ReadFile(s.d.Migrations, name)
		if err != nil {
			return nil, err
		}
		for _, m := range indexRE.FindAllStringSubmatch(string(b), -1) {
			if m[1] != "" {
				out[m[1]] = m[0]
			} else {
				delete(out, m[2])
			}
		}
	}
	return out, nil
}
