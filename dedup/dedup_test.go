package dedup

import (
	"testing"
	"time"

	"parley"
)

func TestMatch(t *testing.T) {
	base := Event{ID: 1, Source: "PAKGOV", Target: "IRNGOV", CAMEO: "042", Day: 20240310, PubDay: 20240310, Symmetric: true}
	with := func(f func(*Event)) Event {
		e := base
		f(&e)
		return e
	}
	tests := []struct {
		name    string
		e       Event
		reverse bool
		cands   []Event
		want    int // index, -1 for none
	}{
		{"OK", base, true, []Event{base}, 0},
		{"DayBefore", with(func(e *Event) { e.Day = 20240309 }), true, []Event{base}, 0},
		{"MonthBoundary", with(func(e *Event) { e.Day = 20240229 }), true, []Event{with(func(e *Event) { e.Day = 20240301 })}, 0},
		{"TwoDays", with(func(e *Event) { e.Day = 20240312 }), true, []Event{base}, -1},
		{"OtherRoot", with(func(e *Event) { e.CAMEO = "112" }), true, []Event{base}, -1},
		{"SameRoot", with(func(e *Event) { e.CAMEO = "043" }), true, []Event{base}, 0},
		{"Modality", with(func(e *Event) { e.Modality = "negated" }), true, []Event{base}, -1},
		{"OtherActor", with(func(e *Event) { e.Target = "INDGOV" }), true, []Event{base}, -1},
		{"Reversed", with(func(e *Event) { e.Source, e.Target = e.Target, e.Source }), true, []Event{base}, 0},
		{"ReversedNotAllowed", with(func(e *Event) { e.Source, e.Target = e.Target, e.Source }), false, []Event{base}, -1},
		{"ReversedAsymmetric", with(func(e *Event) { e.Source, e.Target, e.Symmetric = e.Target, e.Source, false }), true, []Event{base}, -1},
		{"UndatedVsDated", with(func(e *Event) { e.Day = 0 }), true, []Event{base}, -1},
		{"BothUndated", with(func(e *Event) { e.Day, e.PubDay = 0, 20240311 }), true, []Event{with(func(e *Event) { e.Day = 0 })}, 0},
		{"BothUndatedFar", with(func(e *Event) { e.Day, e.PubDay = 0, 20240315 }), true, []Event{with(func(e *Event) { e.Day = 0 })}, -1},
		{"NoDates", with(func(e *Event) { e.Day, e.PubDay = 0, 0 }), true, []Event{with(func(e *Event) { e.Day, e.PubDay = 0, 0 })}, -1},
		{"NoActors", with(func(e *Event) { e.Source, e.Target = "", "" }), true, []Event{with(func(e *Event) { e.Source, e.Target = "", "" })}, -1},
		{"PreferSameDirection", base, true, []Event{
			{ID: 1, Source: "IRNGOV", Target: "PAKGOV", CAMEO: "042", Day: 20240310, Symmetric: true},
			{ID: 2, Source: "PAKGOV", Target: "IRNGOV", CAMEO: "042", Day: 20240310, Symmetric: true}}, 1},
		{"PreferSameCode", base, true, []Event{
			with(func(e *Event) { e.CAMEO = "040" }), with(func(e *Event) { e.ID, e.CAMEO = 2, "04" }), with(func(e *Event) { e.ID = 3 })}, 2},
		{"PreferRefinement", base, true, []Event{
			with(func(e *Event) { e.CAMEO = "040" }), with(func(e *Event) { e.ID, e.CAMEO = 2, "04" })}, 1},
		{"PreferCloser", base, true, []Event{
			with(func(e *Event) { e.Day = 20240309 }), with(func(e *Event) { e.ID = 2 })}, 1},
		{"PreferOlder", base, true, []Event{with(func(e *Event) { e.ID = 9 }), with(func(e *Event) { e.ID = 4 })}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Match(tt.e, tt.reverse, tt.cands)
			if ok != (tt.want >= 0) || (ok && got != tt.want) {
				t.Errorf("Match = %d, %v; want %d", got, ok, tt.want)
			}
		})
	}
}

func TestCandidates(t *testing.T) {
	q, ok := Candidates(Event{Source: "A", Target: "B", CAMEO: "042", Day: 20240301, Symmetric: true}, true)
	if !ok || q.Root != "04" || !q.Dated || q.From != 20240229 || q.To != 20240302 || len(q.Pairs) != 2 {
		t.Errorf("Candidates(dated, symmetric) = %+v, %v", q, ok)
	}
	q, ok = Candidates(Event{Source: "A", Target: "B", CAMEO: "042", PubDay: 20241231}, true)
	if !ok || q.Dated || q.From != 20241230 || q.To != 20250101 || len(q.Pairs) != 1 {
		t.Errorf("Candidates(undated) = %+v, %v", q, ok)
	}
	if _, ok := Candidates(Event{CAMEO: "042", Day: 20240301}, true); ok {
		t.Error("Candidates(no actors) ok, want not mergeable")
	}
}

func TestRefine(t *testing.T) {
	for _, tt := range []struct{ event, code, want string }{
		{"04", "042", "042"}, {"042", "04", "042"}, {"040", "042", "040"}, {"042", "0421", "0421"}, {"042", "042", "042"},
	} {
		if got := Refine(tt.event, tt.code); got != tt.want {
			t.Errorf("Refine(%s, %s) = %s, want %s", tt.event, tt.code, got, tt.want)
		}
	}
}

func TestHasReverse(t *testing.T) {
	a := &parley.EventActor{Code: "A"}
	b := &parley.EventActor{Code: "B"}
	evs := []parley.Event{
		{Source: a, Target: b, CAMEO: "040", Symmetric: true, Start: 0},
		{Source: b, Target: a, CAMEO: "040", Symmetric: true, Start: 0},
		{Source: a, Target: b, CAMEO: "040", Symmetric: true, Start: 50},
		{Source: b, Target: a, CAMEO: "112", Start: 80},
	}
	want := []bool{true, true, false, false}
	got := HasReverse(evs)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("HasReverse[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestOutlet(t *testing.T) {
	for _, tt := range []struct {
		doc  parley.Document
		want string
	}{
		{parley.Document{Source: " Dawn ", URL: "https://www.dawn.com/x"}, "dawn"},
		{parley.Document{URL: "https://www.dawn.com/x"}, "dawn.com"},
		{parley.Document{ID: "abc"}, "doc:abc"},
	} {
		if got := Outlet(&tt.doc); got != tt.want {
			t.Errorf("Outlet(%+v) = %q, want %q", tt.doc, got, tt.want)
		}
	}
}

func TestDay(t *testing.T) {
	d := time.Date(2024, 2, 29, 23, 0, 0, 0, time.UTC)
	if got := Day(d); got != 20240229 || !DayTime(got).Equal(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Day = %d", got)
	}
	if Day(time.Time{}) != 0 || !DayTime(0).IsZero() {
		t.Error("zero day round trip")
	}
}
