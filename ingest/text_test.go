package ingest

import "testing"

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{" ", 0},
		{"one", 1},
		{"one two three", 3},
		{" one two ", 2},
		{"one  two   three", 3},
		{"one\ttwo", 1},
		{"a b  ", 2},
	}
	for _, tt := range tests {
		if got := words(tt.in); got != tt.want {
			t.Errorf("words(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
