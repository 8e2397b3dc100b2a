package storetest

import (
	"context"
	"testing"

	"parley"
)

// Run runs the conformance suite; open returns a new, empty store for each
// subtest and arranges for it to be closed.
func Run(t *testing.T, open func(t *testing.T) parley.Store) {
	t.Run("SaveDocument", func(t *testing.T) { testSave(t, open(t)) })
	t.Run("Idempotent", func(t *testing.T) { testIdempotent(t, open(t)) })
	t.Run("Dedup", func(t *testing.T) { testDedup(t, open(t)) })
	t.Run("DedupRules", func(t *testing.T) { testDedupRules(t, open(t)) })
	t.Run("Filters", func(t *testing.T) { testFilters(t, open(t)) })
	t.Run("Dyads", func(t *testing.T) { testDyads(t, open(t)) })
	t.Run("Actors", func(t *testing.T) { testActors(t, open(t)) })
}

func save(t *testing.T, s parley.Store, docs ...*parley.Document) []parley.Saved {
	t.Helper()
	var out []parley.Saved
	for _, d := range docs {
		got, err := s.SaveDocument(context.Background(), d)
		if err != nil {
			t.Fatalf("SaveDocument(%s): %v", d.Doc, err)
		}
		out = append(out, got)
	}
	return out
}

func stats(t *testing.T, s parley.Store) parley.StoreStats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func events(t *testing.T, s parley.Store, f parley.EventFilter) []*parley.StoredEvent {
	t.Helper()
	got, err := s.Events(context.Background(), f)
	if err != nil {
		t.Fatalf("Events(%+v): %v", f, err)
	}
	return got
}

// meetingReports are four reports of one visit and one unrelated report.
func meetingReports() []*parley.Document {
	visit := func(text, code string, d parley.Date) sentence {
		return sentence{text: text, src: &pakGov, tgt: &irnGov, code: code, date: d, symmetric: true, both: true}
	}
	return []*parley.Document{
		report{doc: "a.txt", outlet: "Daily Star", published: published(2024, 3, 10), claims: 1, sentences: []sentence{
			visit("Rana met Kian in Tehran on Sunday.", "04", day(2024, 3, 10)),
			{text: "The talks covered trade and the border."},
		}}.build(),
		report{doc: "b.txt", outlet: "Wire Service", published: published(2024, 3, 11), sentences: []sentence{
			visit("Rana visits Tehran for talks with Kian.", "042", day(2024, 3, 10)),
			visit("Rana arrived in Tehran on Sunday and met Kian.", "042", day(2024, 3, 10)),
		}}.build(),
		report{doc: "c.txt", outlet: "daily star", published: published(2024, 3, 11), sentences: []sentence{
			visit("Kian and Rana held talks a day after the visit began.", "040", day(2024, 3, 11)),
		}}.build(),
		report{doc: "d.txt", url: "https://www.example.org/news/1", published: published(2024, 3, 12), sentences: []sentence{
			visit("Rana ended his visit to Tehran after meeting Kian.", "042", day(2024, 3, 9)),
		}}.build(),
		report{doc: "e.txt", outlet: "Wire Service", published: published(2024, 3, 20), sentences: []sentence{
			visit("Rana met Kian again in Islamabad.", "040", day(2024, 3, 19)),
		}}.build(),
	}
}

func testSave(t *testing.T, s parley.Store) {
	ctx := context.Background()
	if _, err := s.SaveDocument(ctx, &parley.Document{Text: "no id"}); parley.ErrorCode(err) != parley.EINVALID {
		t.Errorf("SaveDocument(no ID) error = %v, want code %s", err, parley.EINVALID)
	}
	docs := meetingReports()
	got := save(t, s, docs[0])[0]
	if want := (parley.Saved{New: true, Events: 2, Claims: 1}); got != want {
		t.Errorf("Saved = %+v, want %+v", got, want)
	}
	if ok, err := s.HasDocument(ctx, docs[0].ID); err != nil || !ok {
		t.Errorf("HasDocument(saved) = %v, %v; want true", ok, err)
	}
	if ok, err := s.HasDocument(ctx, "nope"); err != nil || ok {
		t.Errorf("HasDocument(nope) = %v, %v; want false", ok, err)
	}
	want := parley.StoreStats{Documents: 1, Events: 2, EventMentions: 2, Actors: 2, Mentions: 2, Claims: 1}
	if st := stats(t, s); st != want {
		t.Errorf("Stats = %+v, want %+v", st, want)
	}
	evs := events(t, s, parley.EventFilter{Source: "PAKGOV", Mentions: true})
	if len(evs) != 1 {
		t.Fatalf("Events(source PAKGOV) = %d events, want 1", len(evs))
	}
	e := evs[0]
	src := docs[0].Events[0]
	if e.CAMEO != "04" || e.Root != "04" || e.Source.Code != "PAKGOV" || e.Target.Code != "IRNGOV" ||
		e.Target.Country != "IRN" || e.Date.String() != "2024-03-10" || e.Sentence != src.Sentence ||
		e.Start != src.Start || e.End != src.End || e.Rule != src.Rule || !e.Symmetric || e.PLOVER.Type != "CONSULT" ||
		e.DocID != docs[0].ID || e.Doc != "a.txt" || e.Outlet != "Daily Star" || !e.Published.Equal(docs[0].Published.Time) {
		t.Errorf("stored event = %+v, want the coding and evidence of %+v", e, src)
	}
	if len(e.Mentions) != 1 || e.Mentions[0].Sentence != src.Sentence || e.Mentions[0].DocID != docs[0].ID {
		t.Errorf("mentions = %+v, want the one mention", e.Mentions)
	}
	one, err := s.Event(ctx, e.ID)
	if err != nil || one.ID != e.ID || len(one.Mentions) != 1 {
		t.Errorf("Event(%d) = %+v, %v", e.ID, one, err)
	}
	if _, err := s.Event(ctx, e.ID+1000); parley.ErrorCode(err) != parley.ENOTFOUND {
		t.Errorf("Event(missing) error = %v, want %s", err, parley.ENOTFOUND)
	}
}

func testIdempotent(t *testing.T, s parley.Store) {
	docs := meetingReports()
	save(t, s, docs...)
	first := stats(t, s)
	before := events(t, s, parley.EventFilter{})
	for _, got := range save(t, s, meetingReports()...) {
		if got.New {
			t.Errorf("re-saving a stored document: Saved = %+v, want New false", got)
		}
	}
	if st := stats(t, s); st != first {
		t.Errorf("after re-ingest Stats = %+v, want %+v", st, first)
	}
	after := events(t, s, parley.EventFilter{})
	if len(after) != len(before) {
		t.Fatalf("after re-ingest %d events, want %d", len(after), len(before))
	}
	for i := range after {
		a, b := after[i], before[i]
		if a.ID != b.ID || a.NumMentions != b.NumMentions || a.NumSources != b.NumSources || a.NumArticles != b.NumArticles {
			t.Errorf("event %d changed on re-ingest: %+v, was %+v", i, a, b)
		}
	}
}

func testDedup(t *testing.T, s parley.Store) {
	docs := meetingReports()
	saved := save(t, s, docs...)
	if saved[1].Merged != 4 || saved[1].Events != 0 {
		t.Errorf("second report: Saved = %+v, want 4 merged mentions and no new event", saved[1])
	}
	evs := events(t, s, parley.EventFilter{Source: "PAKGOV", Target: "IRNGOV", Mentions: true})
	if len(evs) != 2 {
		t.Fatalf("PAKGOV→IRNGOV: %d events, want 2 (the visit, and the later meeting)", len(evs))
	}
	later, visit := evs[0], evs[1]
	// a, b (twice), c and d report the visit: 5 mentions, 4 articles, and
	// three outlets (Daily Star in a and c, Wire Service, example.org).
	if visit.NumMentions != 5 || visit.NumArticles != 4 || visit.NumSources != 3 {
		t.Errorf("visit counts mentions/articles/sources = %d/%d/%d, want 5/4/3",
			visit.NumMentions, visit.NumArticles, visit.NumSources)
	}
	if visit.CAMEO != "042" || visit.Goldstein != 1.9 || visit.Date.String() != "2024-03-10" || visit.Doc != "a.txt" {
		t.Errorf("visit = code %s goldstein %v date %s doc %s; want 042 (refined from 04), 1.9, 2024-03-10, a.txt",
			visit.CAMEO, visit.Goldstein, visit.Date, visit.Doc)
	}
	if len(visit.Mentions) != 5 {
		t.Fatalf("visit has %d mentions, want 5", len(visit.Mentions))
	}
	for i, m := range visit.Mentions {
		doc := map[string]*parley.Document{"a.txt": docs[0], "b.txt": docs[1], "c.txt": docs[2], "d.txt": docs[3]}[m.Doc]
		if doc == nil || doc.Text[m.Start:m.End] != m.Sentence || m.DocID != doc.ID {
			t.Errorf("mention %d = %+v: evidence does not point into its own document", i, m)
		}
	}
	if later.NumMentions != 1 || later.Date.String() != "2024-03-19" {
		t.Errorf("later meeting = %+v, want its own event with one mention", later)
	}
	rev := events(t, s, parley.EventFilter{Source: "IRNGOV", Target: "PAKGOV"})
	if len(rev) != 2 || rev[1].NumMentions != 5 {
		t.Errorf("IRNGOV→PAKGOV: %d events, want 2 with the visit's 5 mentions", len(rev))
	}
	if st := stats(t, s); st.Events != 4 || st.EventMentions != 12 {
		t.Errorf("Stats = %+v, want 4 events, 12 event mentions", st)
	}
}
