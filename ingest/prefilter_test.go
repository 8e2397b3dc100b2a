package ingest

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// prefilterCases are lines that the prefilters must judge exactly as the
// regexps they guard: matches, near misses, and the non-ASCII letters
// that fold to ASCII ones.
var prefilterCases = []string{
	"", "Share", "share this post", "SHARE ON FACEBOOK", "Shares fell", "ſhare this", "Whatſapp channel",
	"3 comments", "Tags: UK, Germany", "tag:x", "Loading...", "main menu", "Menu", "Advertisement",
	"Advertisements", "advertisementadvertisement", "Back to top button", "Backstage", "- Share",
	"Join our WhatsApp channel now", "You may also like", "“Share this”", "Search", "Home",
	"logo", "WEb logo-04 (1)", "site-logo.png", "PHOTO.JPG", "photo.jpeg", "image.ſvg", "image.svg",
	"Icon", "iconic moment", "Thumbnail", "Featured Image", "featured  image", "x.webp", "a.gif",
	"Ministry of Foreign Affairs", "2024-05-02 PM Kakar met", "Jan 5, 2024", "5th of ſep 2024",
	"Dec. 20th, 2023", "2023-12-20", "20 December 2023", "published: 2023-12-20 text",
	"Date 2024-01-02", "ISLAMABAD (Dunya News) – The minister", "Islamabad, Pakistan – Interim",
	"WASHINGTON, March 5, 2024 (Reuters) - The", "CAIRO: The ministers", "PM Kakar expressed",
	"ISLAMABAD, (UrduPoint / Pakistan Point News - 20th Dec, 2023) President",
	"Amid escalating tensions in occupied Palestine, a pivotal meeting", "NEW YORK, May 14 (AP) – UN",
	"LONDON, Monday (Example Wire) - Britain said", "Prime Minister Kakar – who arrived",
	"Kakar’s “view” – café, São Paulo, Łódź, ǅ", "e\u0301", "\u00e9\u0323", "\u212b", "\u2000", "\xff\xfe",
	"\u1100\u1161", "ǅ\u0301", "\u2126 Ohm", "A\u030a", "Web DeskDecember 28, 2023", "janfeb March 3rd, 2024",
	"(Example Point / Example News - 20th Dec, 2023)", "“quoted”", "\xe2\x80“", "\xf0\xe2\x80\x9c", "Decembers 5 2024", "Mayor Jun 5, 1999x", "SEPT. 9, 2001",
}

// checkPrefilters fails when a prefilter disagrees with its regexp on p.
func checkPrefilters(t *testing.T, p string) {
	t.Helper()
	if got, want := isNavLine(p), navRE.MatchString(p); got != want {
		t.Errorf("isNavLine(%q) = %v, navRE says %v", p, got, want)
	}
	if got, want := isLogoLine(p), logoRE.MatchString(p); got != want {
		t.Errorf("isLogoLine(%q) = %v, logoRE says %v", p, got, want)
	}
	if i := monthIndex(p); i < 0 && (mdyRE.MatchString(p) || dmyRE.MatchString(p)) {
		t.Errorf("monthIndex(%q) = -1, but a date regexp matches", p)
	} else if i >= 0 && !slices.Equal(findFrom(mdyRE, p, i), mdyRE.FindStringSubmatchIndex(p)) {
		t.Errorf("findFrom(mdyRE, %q, %d) = %v, want %v", p, i, findFrom(mdyRE, p, i), mdyRE.FindStringSubmatchIndex(p))
	}
	if !strings.Contains(p, "-") && isoDateRE.MatchString(p) {
		t.Errorf("isoDateRE matches %q, which has no hyphen", p)
	}
	if got, want := hasCurlyQuote(p) || strings.ContainsAny(p, "\""), strings.ContainsAny(p, "\"“”"); got != want {
		t.Errorf("hasCurlyQuote(%q) || has '\"' = %v, strings.ContainsAny says %v", p, got, want)
	}
	if isNFC(p) && norm.NFC.String(p) != p {
		t.Errorf("isNFC(%q) = true, but its NFC differs", p)
	}
	q := p[:min(len(p), 200)]
	if _, ok := matchDateline(q); ok && !mayBeDateline(q) {
		t.Errorf("mayBeDateline(%q) = false, but matchDateline accepts it", q)
	}
	if !mayStartWithDateField(p) && datePrefixRE.MatchString(p) {
		t.Errorf("mayStartWithDateField(%q) = false, but datePrefixRE matches", p)
	}
}

func TestPrefilters(t *testing.T) {
	for _, p := range prefilterCases {
		checkPrefilters(t, p)
	}
}

func FuzzPrefilters(f *testing.F) {
	for _, p := range prefilterCases {
		f.Add(p)
	}
	f.Fuzz(checkPrefilters)
}

func TestNFCStarters(t *testing.T) {
	for r := rune(0); r <= 0x10ffff; r++ {
		if !nfcStarter(r) {
			continue
		}
		s := string(r)
		if norm.NFC.String(s) != s || !norm.NFC.PropertiesString(s).BoundaryBefore() {
			t.Errorf("nfcStarter(%U) = true, but it is not its own NFC or combines with what precedes it", r)
		}
	}
	// Strings of such runes are their own NFC too.
	rng := rand.New(rand.NewPCG(1, 2))
	pick := []rune{'a', 'e', 'o', ' ', '.', 0x80, 0x2ff, 0x2002, 0x206f, 0x20a0, 0x20cf}
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			switch r := pick[rng.IntN(len(pick))]; {
			case r >= 0x80 && rng.IntN(2) == 0:
				b.WriteRune(r + rune(rng.IntN(0x300)))
			default:
				b.WriteRune(r)
			}
		}
		if s := b.String(); isNFC(s) && norm.NFC.String(s) != s {
			t.Errorf("isNFC(%q) = true, but its NFC differs", s)
		}
	}
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"plain ASCII text\r\n", true},
		{"Kakar’s “view” – café, São Paulo", true},
		{"cafe\u0301", false},
		{"\u0627\u0644\u0639\u0631\u0628\u064a\u0629", false},
		{"\u212b", false},
		{"bad \xff byte", false},
	} {
		if got := isNFC(tt.in); got != tt.want {
			t.Errorf("isNFC(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
