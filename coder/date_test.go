package coder

import (
	"testing"
	"time"

	"parley"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestFindDates pins date resolution against a reference date.
func TestFindDates(t *testing.T) {
	tests := []struct {
		name, text, ref string
		future          bool
		want            string // "" for no expression, "?" for unresolved
	}{
		{"MonthDay", "They met on December 15 in Tehran.", "2023-12-20", false, "2023-12-15"},
		{"Rollover", "They met on December 28.", "2024-01-03", false, "2023-12-28"},
		{"DayMonthYear", "(Agency - 20th Dec, 2023) The president", "", false, "2023-12-20"},
		{"ISO", "date 2023-12-20 President", "", false, "2023-12-20"},
		{"WeekdaySame", "The two presidents on Wednesday had a call.", "2023-12-20", false, "2023-12-20"},
		{"WeekdayBefore", "They met on Monday.", "2023-12-20", false, "2023-12-18"},
		{"LastWeekday", "They met last Wednesday.", "2023-12-20", false, "2023-12-13"},
		{"FutureWeekday", "He will visit on Friday.", "2023-12-20", true, "2023-12-22"},
		{"Yesterday", "Police said yesterday that", "2023-12-20", false, "2023-12-19"},
		{"Today", "The talks open today.", "2023-12-20", false, "2023-12-20"},
		{"May", "Talks resumed on May 3.", "2023-12-20", false, "2023-05-03"},
		{"ErrModalMay", "They may meet 3 times.", "2023-12-20", false, ""},
		{"ErrNoRef", "They met on Wednesday.", "", false, "?"},
		{"ErrBadDay", "on February 30", "2023-12-20", false, "?"},
		{"ErrNone", "They met in the afternoon.", "2023-12-20", false, ""},
		// A period without a day that cannot hold the reference date is an
		// unresolved expression: the publication date is not its day.
		{"PeriodYear", "The Taliban took power in 2021.", "2025-10-10", false, "?"},
		{"PeriodThisYear", "Talks began in 2025.", "2025-10-10", false, ""},
		{"PeriodMonth", "In June, strikes hit the site.", "2025-09-09", false, "?"},
		{"PeriodSameMonth", "In September, strikes hit the site.", "2025-09-09", false, ""},
		{"PeriodLastYearsMonth", "They met in December.", "2024-01-03", false, "?"},
		{"PeriodMonthYear", "They met in September 2024.", "2025-09-09", false, "?"},
		{"PeriodLastMonth", "triggered the mechanism last month", "2025-09-09", false, "?"},
		{"PeriodDayWins", "They met on June 5.", "2025-09-09", false, "2025-06-05"},
		{"ErrPeriodModal", "Talks in may resume.", "2025-09-09", false, ""},
		{"DaysAgo", "They met three days ago.", "2025-09-09", false, "2025-09-06"},
		{"DaysAgoDigits", "They met 2 days ago.", "2025-09-09", false, "2025-09-07"},
		{"DaysLater", "Ten days later, gunmen attacked the police.", "2023-09-14", false, "?"},
		{"WeeksAgo", "Troops crossed the border two weeks ago.", "2025-09-09", false, "?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ref time.Time
			if tt.ref != "" {
				ref = day(tt.ref)
			}
			exprs := findDates(tt.text, 0, ref, tt.future)
			got := ""
			if len(exprs) > 0 {
				got = "?"
				if exprs[0].ok {
					got = exprs[0].date.Format(time.DateOnly)
				}
			}
			if got != tt.want {
				t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSinceDate checks "since October 7": the most recent such day on or
// before the reference.
func TestSinceDate(t *testing.T) {
	tests := []struct{ ref, want string }{
		{"2023-12-20", "2023-10-07"},
		{"2024-03-01", "2023-10-07"},
		{"2023-10-07", "2023-10-07"},
	}
	for _, tt := range tests {
		got, ok := sinceDate(time.October, 7, day(tt.ref))
		if !ok || got.Format(time.DateOnly) != tt.want {
			t.Errorf("ref %s: got %v %v, want %s", tt.ref, got, ok, tt.want)
		}
	}
	if _, ok := sinceDate(time.October, 7, time.Time{}); ok {
		t.Error("no reference: got a date, want none")
	}
}

// TestReferenceDate checks the fallback to a byline date when the document
// has no publication date.
func TestReferenceDate(t *testing.T) {
	doc := &parley.Document{Text: "Pakistan Urges Action\n\nWeb Desk December 28, 2023\nIslamabad, Pakistan – The prime minister met ..."}
	if got := referenceDate(doc); got.Format(time.DateOnly) != "2023-12-28" {
		t.Errorf("got %v, want 2023-12-28", got)
	}
	if len(doc.Diagnostics) != 1 {
		t.Errorf("got %d diagnostics, want 1 saying where the date came from", len(doc.Diagnostics))
	}
	doc = &parley.Document{Text: "No date here at all.", Published: parley.Time{Time: day("2021-05-16")}}
	if got := referenceDate(doc); got.Format(time.DateOnly) != "2021-05-16" {
		t.Errorf("published: got %v, want 2021-05-16", got)
	}
}
