package ingest

import (
	"strings"
	"testing"
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
	if !mayHoldMonth(p) && (mdyRE.MatchString(p) || dmyRE.MatchString(p)) {
		t.Errorf("mayHoldMonth(%q) = false, but a date regexp matches", p)
	}
	if !strings.Contains(p, "-") && isoDateRE.MatchString(p) {
		t.Errorf("isoDateRE matches %q, which has no hyphen", p)
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
