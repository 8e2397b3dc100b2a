package storetest

import (
	"context"
	"reflect"
	"testing"

	"parley"
)

// rulesReports exercise the de-duplication rules; with meetingReports they
// make the fixture the query tests run on.
func rulesReports() []*parley.Document {
	accuse := func(doc, outlet string, src, tgt *parley.Actor) *parley.Document {
		return report{doc: doc, outlet: outlet, published: published(2024, 5, 2), sentences: []sentence{
			{text: src.Name + " accused " + tgt.Name + " of shelling.", src: src, tgt: tgt, code: "112", date: day(2024, 5, 2)}}}.build()
	}
	return []*parley.Document{
		// Undated events in documents published a day apart merge; four days apart, not.
		report{doc: "u1", outlet: "A", published: published(2024, 5, 1), sentences: []sentence{
			{text: "Rana met Kian, officials said.", src: &pakGov, tgt: &irnGov, code: "040"}}}.build(),
		report{doc: "u2", outlet: "B", published: published(2024, 5, 2), sentences: []sentence{
			{text: "Rana and Kian met, a statement said.", src: &pakGov, tgt: &irnGov, code: "040"}}}.build(),
		report{doc: "u3", outlet: "C", published: published(2024, 5, 5), sentences: []sentence{
			{text: "Rana met Kian, an aide said.", src: &pakGov, tgt: &irnGov, code: "040"}}}.build(),
		// Accusations both ways are two events.
		accuse("x1", "A", &pakGov, &indGov),
		accuse("x2", "B", &indGov, &pakGov),
		// A denied meeting does not join an asserted one.
		report{doc: "n1", outlet: "D", published: published(2024, 5, 2), sentences: []sentence{
			{text: "Rana did not meet Kian.", src: &pakGov, tgt: &irnGov, code: "040", date: day(2024, 5, 2), modality: "negated"}}}.build(),
		// One direction of a symmetric event joins the other direction.
		report{doc: "s1", outlet: "A", published: published(2024, 6, 1), sentences: []sentence{
			{text: "India and Rana signed a pact.", src: &indGov, tgt: &pakGov, code: "057", date: day(2024, 6, 1), symmetric: true}}}.build(),
		report{doc: "s2", outlet: "B", published: published(2024, 6, 1), sentences: []sentence{
			{text: "Rana signed a pact with India.", src: &pakGov, tgt: &indGov, code: "057", date: day(2024, 6, 1), symmetric: true}}}.build(),
		// Different roots stay apart.
		report{doc: "r1", outlet: "E", published: published(2024, 5, 2), sentences: []sentence{
			{text: "Pakistani forces struck Kian's convoy.", src: &pakMil, tgt: &irnGov, code: "190", date: day(2024, 5, 2)},
			{text: "Pakistani forces accused Kian.", src: &pakMil, tgt: &irnGov, code: "112", date: day(2024, 5, 2)}}}.build(),
	}
}

func fixture(t *testing.T, s parley.Store) []*parley.Document {
	docs := append(meetingReports(), rulesReports()...)
	save(t, s, docs...)
	return docs
}

func testDedupRules(t *testing.T, s parley.Store) {
	save(t, s, rulesReports()...)
	tests := []struct {
		name     string
		f        parley.EventFilter
		mentions []int
	}{
		{"Undated", parley.EventFilter{Source: "PAKGOV", Target: "IRNGOV", CAMEO: "040", Modality: parley.ModalityAsserted}, []int{1, 2}},
		{"Negated", parley.EventFilter{Source: "PAKGOV", Modality: "negated"}, []int{1}},
		{"Accuse", parley.EventFilter{CAMEO: "112", Country: "IND"}, []int{1, 1}},
		{"Symmetric", parley.EventFilter{CAMEO: "057"}, []int{2}},
		{"Roots", parley.EventFilter{Source: "PAKMIL"}, []int{1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, e := range events(t, s, tt.f) {
				got = append(got, e.NumMentions)
			}
			if !reflect.DeepEqual(got, tt.mentions) {
				t.Errorf("mentions per event = %v, want %v", got, tt.mentions)
			}
		})
	}
}

func testFilters(t *testing.T, s parley.Store) {
	docs := fixture(t, s)
	tests := []struct {
		name string
		f    parley.EventFilter
		want int
	}{
		{"All", parley.EventFilter{}, 12},
		{"ActorCode", parley.EventFilter{Actor: "INDGOV"}, 3},
		{"ActorName", parley.EventFilter{Actor: "india"}, 3},
		{"ActorFullName", parley.EventFilter{Actor: "Dara Kian"}, 9},
		{"Country", parley.EventFilter{Country: "ind"}, 3},
		{"Source", parley.EventFilter{Source: "PAKMIL"}, 2},
		{"SourcePrefix", parley.EventFilter{Source: "PAK"}, 8},
		{"Target", parley.EventFilter{Target: "PAKGOV"}, 4},
		{"CAMEORoot", parley.EventFilter{CAMEO: "04"}, 7},
		{"CAMEOCode", parley.EventFilter{CAMEO: "042"}, 2},
		{"CAMEOPrefix", parley.EventFilter{CAMEO: "1"}, 4},
		{"PLOVER", parley.EventFilter{PLOVER: "accuse"}, 3},
		{"Quad4", parley.EventFilter{QuadClass: 4}, 1},
		{"Quad3", parley.EventFilter{QuadClass: 3}, 3},
		{"Since", parley.EventFilter{Since: day(2024, 5, 1)}, 6},
		{"Until", parley.EventFilter{Until: day(2024, 3, 31)}, 4},
		{"Between", parley.EventFilter{Since: day(2024, 3, 15), Until: day(2024, 5, 31)}, 7},
		{"Text", parley.EventFilter{Query: "Tehran"}, 2},
		{"TextLower", parley.EventFilter{Query: "islamabad"}, 2},
		{"TextPrefix", parley.EventFilter{Query: "visi*"}, 2},
		{"TextAllWords", parley.EventFilter{Query: "Rana Kian"}, 7},
		{"TextNone", parley.EventFilter{Query: "zanzibar"}, 0},
		{"DocName", parley.EventFilter{Doc: "e.txt"}, 2},
		{"DocID", parley.EventFilter{Doc: docs[0].ID}, 2},
		{"Asserted", parley.EventFilter{Modality: parley.ModalityAsserted}, 11},
		{"Limit", parley.EventFilter{Limit: 3}, 3},
		{"Combined", parley.EventFilter{Actor: "PAKGOV", CAMEO: "04", Since: day(2024, 3, 1), Query: "Kian"}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := events(t, s, tt.f); len(got) != tt.want {
				t.Errorf("Events(%+v) = %d events, want %d", tt.f, len(got), tt.want)
			}
		})
	}
	all := events(t, s, parley.EventFilter{})
	if all[0].Date.String() != "2024-06-01" || !all[len(all)-1].Date.IsZero() {
		t.Errorf("Events order: first %s, last %s; want latest first, undated last", all[0].Date, all[len(all)-1].Date)
	}
	// A limit keeps the first events in order, whichever way the store
	// picks them (a text-only search picks them from the mentions).
	for _, f := range []parley.EventFilter{{Query: "Rana Kian"}, {Query: "kian", Since: day(2024, 3, 15)},
		{Query: "kian", Until: day(2024, 5, 31), Modality: parley.ModalityAsserted}, {Query: "visi*"},
		{Actor: "PAK", Query: "kian"}, {Source: "PAK"}} {
		full := events(t, s, f)
		for _, n := range []int{1, 3} {
			f.Limit = n
			got := events(t, s, f)
			if len(full) < 2 || len(got) != min(n, len(full)) {
				t.Errorf("Events(%+v) = %d events, want %d of %d", f, len(got), min(n, len(full)), len(full))
				continue
			}
			for i := range got {
				if got[i].ID != full[i].ID || got[i].NumMentions != full[i].NumMentions {
					t.Errorf("Events(%+v)[%d] = event %d, want %d", f, i, got[i].ID, full[i].ID)
				}
			}
		}
	}
	for _, bad := range []parley.EventFilter{{QuadClass: 5}, {Query: "***"}, {Query: "***", Limit: 5}} {
		if _, err := s.Events(context.Background(), bad); parley.ErrorCode(err) != parley.EINVALID {
			t.Errorf("Events(%+v) error = %v, want %s", bad, err, parley.EINVALID)
		}
	}
}

func testDyads(t *testing.T, s parley.Store) {
	fixture(t, s)
	dyads := func(f parley.EventFilter) []parley.Dyad {
		t.Helper()
		got, err := s.Dyads(context.Background(), parley.DyadFilter{EventFilter: f})
		if err != nil {
			t.Fatalf("Dyads(%+v): %v", f, err)
		}
		out := make([]parley.Dyad, len(got))
		for i, d := range got {
			out[i] = *d
		}
		return out
	}
	asserted := parley.ModalityAsserted
	want := []parley.Dyad{
		{Source: "INDGOV", Target: "PAKGOV", Month: "2024-05", Events: 1, Mentions: 1, Quad: [4]int{0, 0, 1, 0}, Goldstein: -2},
		{Source: "INDGOV", Target: "PAKGOV", Month: "2024-06", Events: 1, Mentions: 2, Quad: [4]int{0, 1, 0, 0}, Goldstein: 8},
		{Source: "IRNGOV", Target: "PAKGOV", Month: "2024-03", Events: 2, Mentions: 6, Quad: [4]int{2, 0, 0, 0}, Goldstein: 1.45},
		{Source: "PAKGOV", Target: "INDGOV", Month: "2024-05", Events: 1, Mentions: 1, Quad: [4]int{0, 0, 1, 0}, Goldstein: -2},
		{Source: "PAKGOV", Target: "IRNGOV", Month: "", Events: 2, Mentions: 3, Quad: [4]int{2, 0, 0, 0}, Goldstein: 1},
		{Source: "PAKGOV", Target: "IRNGOV", Month: "2024-03", Events: 2, Mentions: 6, Quad: [4]int{2, 0, 0, 0}, Goldstein: 1.45},
		{Source: "PAKMIL", Target: "IRNGOV", Month: "2024-05", Events: 2, Mentions: 2, Quad: [4]int{0, 0, 1, 1}, Goldstein: -6},
	}
	if got := dyads(parley.EventFilter{Modality: asserted}); !reflect.DeepEqual(got, want) {
		t.Errorf("Dyads(asserted) =\n%+v\nwant\n%+v", got, want)
	}
	// The aggregate (whole months) and the event scan (days) must agree.
	pairs := [][2]parley.EventFilter{
		{{Actor: "PAK", Until: day(2024, 12, 31), Modality: asserted}, {Country: "PAK", Until: day(2024, 12, 30), Modality: asserted}},
		{{Country: "IND", Modality: asserted}, {Country: "IND", Until: day(2024, 12, 30), Modality: asserted}},
		{{Since: day(2024, 5, 1), Until: day(2024, 5, 31), Modality: asserted}, {Since: day(2024, 5, 1), Until: day(2024, 5, 30), Modality: asserted}},
		{{CAMEO: "1", Modality: asserted}, {CAMEO: "1", Since: day(2024, 5, 2), Modality: asserted}},
		{{Country: "PAK", Since: day(2024, 3, 1), Until: day(2024, 5, 31), Modality: asserted},
			{Country: "PAK", Since: day(2024, 3, 1), Until: day(2024, 5, 30), Modality: asserted}},
		{{Actor: "PAKGOV", Since: day(2024, 3, 1), Until: day(2024, 6, 30), Modality: asserted},
			{Actor: "PAKGOV", Since: day(2024, 3, 1), Until: day(2024, 6, 29), Modality: asserted}},
	}
	for _, p := range pairs {
		if a, b := dyads(p[0]), dyads(p[1]); !reflect.DeepEqual(a, b) || len(a) == 0 {
			t.Errorf("Dyads(%+v) = %+v\nDyads(%+v) = %+v\nwant equal and non-empty", p[0], a, p[1], b)
		}
	}
	all := dyads(parley.EventFilter{})
	if len(all) != len(want)+1 {
		t.Errorf("Dyads(any modality) = %d rows, want %d (the denied meeting too)", len(all), len(want)+1)
	}
	if got := dyads(parley.EventFilter{Modality: asserted, Limit: 2}); len(got) != 2 {
		t.Errorf("Dyads(limit 2) = %d rows", len(got))
	}
	// A limit on a summary of either side (the merged union of two index
	// ranges) keeps the first rows in order.
	for _, f := range []parley.EventFilter{{Country: "PAK", Modality: asserted}, {Actor: "PAKGOV", Modality: asserted}} {
		full := dyads(f)
		f.Limit = 2
		if got := dyads(f); len(full) < 3 || !reflect.DeepEqual(got, full[:2]) {
			t.Errorf("Dyads(%+v) = %+v, want the first 2 of %+v", f, got, full)
		}
	}
}

func testActors(t *testing.T, s parley.Store) {
	fixture(t, s)
	ctx := context.Background()
	got, err := s.Actors(ctx, parley.ActorFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, a := range got {
		codes = append(codes, a.Code)
	}
	if want := []string{"PAKGOV", "IRNGOV", "INDGOV", "PAKMIL"}; !reflect.DeepEqual(codes, want) {
		t.Errorf("Actors order = %v, want %v", codes, want)
	}
	if a := got[0]; a.Name != "Asif Rana" || a.Documents != 13 || a.Events != 20 || a.Mentions != 14 || a.Country != "PAK" {
		t.Errorf("top actor = %+v, want Asif Rana in 13 documents, 20 events, 14 mentions", a)
	}
	for _, tt := range []struct {
		f    parley.ActorFilter
		want int
	}{
		{parley.ActorFilter{Actor: "kian"}, 1},
		{parley.ActorFilter{Actor: "PAK"}, 2},
		{parley.ActorFilter{Country: "IND"}, 1},
		{parley.ActorFilter{Limit: 1}, 1},
	} {
		got, err := s.Actors(ctx, tt.f)
		if err != nil || len(got) != tt.want {
			t.Errorf("Actors(%+v) = %d, %v; want %d", tt.f, len(got), err, tt.want)
		}
	}
}
