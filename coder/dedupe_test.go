package coder

import (
	"testing"

	"parley"
)

// TestNestedTwin pins that an organisation named inside its official's
// phrase ("NATO" in "NATO Secretary General Jens Stoltenberg") does not
// double an event, while two different parties of one code both stay.
func TestNestedTwin(t *testing.T) {
	duda := &parley.EventActor{Code: "POLGOV", Name: "Andrzej Duda", Start: 0, End: 12}
	chief := &parley.EventActor{Code: "IGOWSTNAT", Name: "Jens Stoltenberg", Start: 30, End: 69}
	nato := &parley.EventActor{Code: "IGOWSTNAT", Name: "NATO", Start: 30, End: 34}
	other := &parley.EventActor{Code: "IGOWSTNAT", Name: "NATO", Start: 80, End: 84}
	ev := func(src, tgt *parley.EventActor) parley.Event {
		return parley.Event{Source: src, Target: tgt, CAMEO: "041", Start: 0, End: 90}
	}
	tests := []struct {
		name   string
		events []parley.Event
		want   int
	}{
		{"OK", []parley.Event{ev(duda, chief), ev(chief, duda), ev(duda, nato), ev(nato, duda)}, 2},
		{"SeparateMentions", []parley.Event{ev(duda, chief), ev(duda, other)}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := len(dedupe(tt.events, 0)); got != tt.want {
				t.Errorf("kept %d events, want %d", got, tt.want)
			}
		})
	}
}
