package main

import "testing"

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
		ok         bool
	}{
		{"2024", "2024-01-01", "2024-12-31", true},
		{"2024-02", "2024-02-01", "2024-02-29", true},
		{"2024-03-15", "2024-03-15", "2024-03-15", true},
		{"", "", "", true},
		{"March 2024", "", "", false},
		{"2024-13", "", "", false},
	}
	for _, tt := range tests {
		start, err1 := parsePeriod(tt.in, false)
		end, err2 := parsePeriod(tt.in, true)
		if (err1 == nil) != tt.ok || (err2 == nil) != tt.ok {
			t.Errorf("parsePeriod(%q) errors %v, %v; want ok %v", tt.in, err1, err2, tt.ok)
			continue
		}
		if start.String() != tt.start || end.String() != tt.end {
			t.Errorf("parsePeriod(%q) = %s..%s, want %s..%s", tt.in, start, end, tt.start, tt.end)
		}
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2024", "2024-02", "2024-02-29", "0000-01", "9999-12-31", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		start, err := parsePeriod(s, false)
		if err != nil {
			return
		}
		end, err := parsePeriod(s, true)
		if err != nil || end.Before(start.Time) {
			t.Errorf("parsePeriod(%q) = %s..%s, %v", s, start, end, err)
		}
	})
}
