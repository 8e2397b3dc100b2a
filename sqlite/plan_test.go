package sqlite_test

import (
	"context"
	"os"
	"testing"

	"parley/sqlite"
)

func TestTmpPlan(t *testing.T) {
	path := os.Getenv("PLAN_DB")
	if path == "" {
		t.Skip()
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if os.Getenv("PLAN_GEN") != "" {
		if err := s.Generate(ctx, 100000, 1); err != nil {
			t.Fatal(err)
		}
	}
	for _, q := range []string{
		`SELECT e.id FROM events e WHERE (e.src_country = 'PAK' OR e.tgt_country = 'PAK') AND e.cameo >= '04' AND e.cameo < '05' AND e.day >= 20230101 AND e.modality = '' ORDER BY e.day DESC, e.id DESC LIMIT 100`,
		`SELECT e.id FROM events e WHERE ((e.src_code >= 'IRNMIL' AND e.src_code < 'IRNMIM') OR (e.tgt_code >= 'IRNMIL' AND e.tgt_code < 'IRNMIM') OR LOWER(e.src_name) = 'irnmil' OR LOWER(e.tgt_name) = 'irnmil') ORDER BY e.day DESC, e.id DESC LIMIT 100`,
		`SELECT src_code, tgt_code, month, SUM(events) FROM dyad_months WHERE (src_country = 'IRN' OR tgt_country = 'IRN') AND month >= 202301 GROUP BY src_code, tgt_code, month ORDER BY 1,2,3`,
	} {
		rows, err := s.DB().QueryContext(ctx, "EXPLAIN QUERY PLAN "+q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var id, parent, notused int
			var detail string
			rows.Scan(&id, &parent, &notused, &detail)
			t.Log(detail)
		}
		rows.Close()
		t.Log("---")
	}
}
