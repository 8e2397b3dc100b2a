package ingest

import (
	"strings"
	"testing"
)

func TestParseDateline(t *testing.T) {
	tests := []struct {
		in                       string
		ok                       bool
		place, source, published string
	}{
		{"ISLAMABAD (Example News) – Foreign Minister met", true, "Islamabad", "Example News", "null"},
		{"Islamabad, Pakistan – Interim Prime Minister met", true, "Islamabad", "", "null"},
		{"ISLAMABAD, (Example Point / Example News - 20th Dec, 2023) President met", true, "Islamabad", "Example Point / Example News", "2023-12-20"},
		{"WASHINGTON, March 5, 2024 (Reuters) - The United States said", true, "Washington", "Reuters", "2024-03-05"},
		{"NEW YORK, May 14 (Example Wire) – The UN said", true, "New York", "Example Wire", "null"},
		{"CAIRO: The ministers met", true, "Cairo", "", "null"},
		{"LONDON — The prime minister said", true, "London", "", "null"},
		{"GAZA CITY, Dec. 5 (AP) — Israeli strikes hit", true, "Gaza City", "AP", "null"},
		{"KYIV, Ukraine (AP) — Russia launched", true, "Kyiv", "AP", "null"},
		{"UNITED NATIONS (AP) — The Security Council", true, "United Nations", "AP", "null"},
		{"RAWALPINDI/ISLAMABAD: The army said", true, "Rawalpindi/Islamabad", "", "null"},
		{"LONDON, Monday (Example Wire) - Britain said", true, "London", "Example Wire", "null"},
		{"PM Kakar expressed solidarity", false, "", "", ""},
		{"UN Secretary-General António Guterres said", false, "", "", ""},
		{"EU foreign ministers met", false, "", "", ""},
		{"President Abbas appreciated the support", false, "", "", ""},
		{"Prime Minister Kakar – who arrived on Monday – said", false, "", "", ""},
		{"The ministers met in Oslo", false, "", "", ""},
		{"US President Joe Biden said", false, "", "", ""},
	}
	for _, tt := range tests {
		d, ok := parseDateline(tt.in)
		if ok != tt.ok {
			t.Errorf("parseDateline(%q) ok = %v, want %v (%+v)", tt.in, ok, tt.ok, d)
			continue
		}
		if !ok {
			continue
		}
		if d.Place != tt.place || d.Source != tt.source || jsonTime(d.Published) != tt.published {
			t.Errorf("parseDateline(%q) = %q, %q, %s; want %q, %q, %s", tt.in,
				d.Place, d.Source, jsonTime(d.Published), tt.place, tt.source, tt.published)
		}
	}
}

func TestTitleCase(t *testing.T) {
	for in, want := range map[string]string{
		"ISLAMABAD": "Islamabad", "NEW YORK": "New York", "PORT-AU-PRINCE": "Port-au-Prince",
		"N'DJAMENA": "N'Djamena", "RAWALPINDI/ISLAMABAD": "Rawalpindi/Islamabad", "Islamabad": "Islamabad",
		"BOGOTÁ": "Bogotá", "SÃO PAULO": "São Paulo", "WINSTON-SALEM": "Winston-Salem",
	} {
		if got := titleCase(in); got != want {
			t.Errorf("titleCase(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFindDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"date 2023-12-20 President", "2023-12-20"},
		{"Web DeskDecember 28, 2023", "2023-12-28"},
		{"Web Desk December 28, 2023", "2023-12-28"},
		{"(Example - 20th Dec, 2023)", "2023-12-20"},
		{"Published: 5 March 2024 10:32 GMT", "2024-03-05"},
		{"Sept. 3, 2024", "2024-09-03"},
		{"since October 7", "null"},
		{"on December 15", "null"},
		{"February 30, 2024", "null"},
		{"in 2024 the talks", "null"},
	}
	for _, tt := range tests {
		got, _, _, _ := findDate(tt.in)
		if jsonTime(got) != tt.want {
			t.Errorf("findDate(%q) = %s, want %s", tt.in, jsonTime(got), tt.want)
		}
	}
}

func TestIsNavigation(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Back to top button", true},
		{"Share This Post", true},
		{"Read more:Another headline here", true},
		{"READ MORE: Another headline", true},
		{"Also Read: Dollar shortages hit importers", true},
		{"Example News, 2024 © All Rights Reserved", true},
		{"Copyright 2024 Example Daily", true},
		{"WEb logo-04 (1)", true},
		{"site-logo.png", true},
		{"Follow us on X and Facebook", true},
		{"Politics | Business | Sport | Opinion", true},
		{"(Reporting by Example Wire; Editing by the Asia desk)", true},
		{"-ENDS-", true},
		{"Tags: UK, Germany, Diplomacy", true},
		{"We must not fail Palestinian people", false},
		{"He underscored importance of US role in ensuring necessary steps", false},
		{"The ministers read more than 40 documents before the meeting.", false},
		{"Share prices fell in Karachi on Monday after the talks collapsed.", false},
		{"The company said its logo would change.", false},
	}
	for _, tt := range tests {
		if got := isNavigation(tt.in); got != tt.want {
			t.Errorf("isNavigation(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct {
		name, in      string
		title, source string
		wantText      string
	}{
		{"OKHeadlineAndOutletLine", "A headline here\n\nExample News\n\nISLAMABAD (Example News) – The minister spoke on Monday.",
			"A headline here", "Example News", "ISLAMABAD (Example News) – The minister spoke on Monday."},
		{"OKRepeatedHeadline", "A headline here\n\nA headline here\n\nThe minister spoke on Monday with envoys.",
			"A headline here", "", "The minister spoke on Monday with envoys."},
		{"OKLeadIsNotTitle", "The foreign ministers of Egypt and Jordan met in Cairo on Wednesday.\n\nThey discussed aid deliveries.",
			"", "", "The foreign ministers of Egypt and Jordan met in Cairo on Wednesday.|They discussed aid deliveries."},
		{"OKWrappedLines", "Talks end in Doha\n\nThe envoys of Qatar and Egypt ended their talks in Doha\non Monday without agreement, officials said.\n",
			"Talks end in Doha", "", "The envoys of Qatar and Egypt ended their talks in Doha on Monday without agreement, officials said."},
		{"OKLinesWithoutBlanks", "Talks end in Doha\nThe envoys met on Monday.\nThey left on Tuesday.",
			"Talks end in Doha", "", "The envoys met on Monday.|They left on Tuesday."},
		{"OKTailFurniture", "Talks end\n\nThe envoys met on Monday in Doha.\n\nShare\n\nExample Times\n\nWe bring our readers the latest news every day.\n\n© 2024 Example Times",
			"Talks end", "Example Times", "The envoys met on Monday in Doha."},
		{"OKDateFieldUnderHeadline", "Talks end\n\ndate 2024-05-02 The envoys met on Monday in Doha.",
			"Talks end", "", "The envoys met on Monday in Doha."},
		{"OKRelatedList", "Talks end\n\nThe envoys met on Monday in Doha.\n\nRelated Articles\n\nMarkets fall in Tokyo\n\nRain expected\n\nThey will meet again in May.",
			"Talks end", "", "The envoys met on Monday in Doha.|They will meet again in May."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m meta
			got := strings.Join(clean(tt.in, &m, true), "|")
			if m.Title != tt.title || m.Source != tt.source || got != tt.wantText {
				t.Errorf("got title %q source %q text %q\nwant title %q source %q text %q",
					m.Title, m.Source, got, tt.title, tt.source, tt.wantText)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		data, name string
		want       format
	}{
		{"Plain text.", "a.txt", formatText},
		{"  <!DOCTYPE html><html>", "a.txt", formatHTML},
		{"<p>fragment</p>", "a", formatHTML},
		{"<?xml version='1.0'?><rss version='2.0'>", "a.html", formatFeed},
		{"<feed xmlns='http://www.w3.org/2005/Atom'>", "a", formatFeed},
		{`{"version":"https://jsonfeed.org/version/1.1","items":[]}`, "a.json", formatFeed},
		{`{"id":"a","text":"x"}`, "a.txt", formatJSONL},
		{"Some text mentioning <b>tags</b>", "page.html", formatHTML},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.data), tt.name, ""); got != tt.want {
			t.Errorf("sniff(%q, %s) = %v, want %v", tt.data, tt.name, got, tt.want)
		}
	}
}
