package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"parley"
)

// result is what one Read produced.
type result struct {
	docs  []*parley.Document
	errs  []string
	stats Stats
}

// read runs r over inputs, collecting documents and reported errors.
func read(t *testing.T, r *Reader, inputs ...string) result {
	t.Helper()
	var res result
	r.OnError = func(input string, err error) { res.errs = append(res.errs, err.Error()) }
	stats, err := r.Read(context.Background(), inputs, func(d *parley.Document) error {
		res.docs = append(res.docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	res.stats = stats
	for _, d := range res.docs {
		checkDoc(t, d)
	}
	return res
}

// checkDoc checks the invariants every document must keep.
func checkDoc(t *testing.T, d *parley.Document) {
	t.Helper()
	if !utf8.ValidString(d.Text) || !utf8.ValidString(d.Title) {
		t.Errorf("%s: text is not valid UTF-8", d.Doc)
	}
	if d.ID == "" || d.Doc == "" || strings.TrimSpace(d.Text) == "" {
		t.Errorf("%s: empty ID, Doc or Text: %+v", d.Doc, d)
	}
	if d.Title != "" && (d.TitleEnd != len(d.Title) || !strings.HasPrefix(d.Text, d.Title)) {
		t.Errorf("%s: Text does not start with the title %q (TitleEnd %d)", d.Doc, d.Title, d.TitleEnd)
	}
	if d.Title == "" && d.TitleEnd != 0 {
		t.Errorf("%s: TitleEnd %d without a title", d.Doc, d.TitleEnd)
	}
	if strings.Contains(d.Text, "\n\n\n") || strings.HasPrefix(d.Text, "\n") || strings.HasSuffix(d.Text, "\n") {
		t.Errorf("%s: paragraphs not separated by exactly one blank line: %q", d.Doc, d.Text)
	}
}

// writeFile writes data to dir/name and returns the path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const wireStory = `Kenya and Ethiopia agree to reopen border crossing

NAIROBI, March 5, 2024 (Example Wire) – Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed agreed on Tuesday to reopen the Moyale border crossing to trade.

The two leaders met at State House in Nairobi and signed a memorandum on cross-border security.
`

func utf16LE(s string) []byte {
	b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

func win1252(s string) []byte {
	b, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

func TestReadShapes(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		data      []byte
		docs      int
		title     string
		published string
		dateline  string
		source    string
		contains  string
	}{
		{"OKText", "story.txt", []byte(wireStory), 1, "Kenya and Ethiopia agree to reopen border crossing", "2024-03-05", "Nairobi", "Example Wire", "Moyale border crossing"},
		{"OKTextNoExtension", "story", []byte(wireStory), 1, "Kenya and Ethiopia agree to reopen border crossing", "2024-03-05", "Nairobi", "Example Wire", "memorandum"},
		{"OKUTF8BOM", "bom.txt", append([]byte{0xEF, 0xBB, 0xBF}, wireStory...), 1, "Kenya and Ethiopia agree to reopen border crossing", "2024-03-05", "Nairobi", "Example Wire", "Moyale"},
		{"OKUTF16", "utf16.txt", utf16LE(wireStory), 1, "Kenya and Ethiopia agree to reopen border crossing", "2024-03-05", "Nairobi", "Example Wire", "Moyale"},
		{"OKUTF16NoBOM", "utf16.txt", utf16LE(wireStory)[2:], 1, "Kenya and Ethiopia agree to reopen border crossing", "2024-03-05", "Nairobi", "Example Wire", "Moyale"},
		{"OKQuestionHeadline", "q.txt", []byte("Will the Doha talks resume?\n\nEnvoys of Qatar and Egypt met on Monday and said talks would resume in May."), 1, "Will the Doha talks resume?", "null", "", "", "Envoys of Qatar"},
		{"OKWindows1252", "cp1252.txt", win1252("Café talks end\n\nPARIS, June 2, 2024 – The ministers’ café meeting ended without a deal on Sunday, officials said.\n"), 1, "Café talks end", "2024-06-02", "Paris", "", "ministers’ café"},
		{"OKInvalidUTF8", "bad.txt", []byte("Talks resume\n\nThe envoys \xff met in Doha on Monday and agreed to meet again — officials said.\n"), 1, "Talks resume", "null", "", "", "met in Doha"},
		{"OKHTMLLegacyCharset", "page.html", win1252(`<html><head><meta charset="windows-1252"><title>Ministers meet in Zürich</title></head><body><article><h1>Ministers meet in Zürich</h1><p>ZURICH, May 2, 2024 – The foreign ministers of Switzerland and Austria met in Zürich on Thursday and agreed to deepen cooperation on energy and transport across the Alps, their ministries said in a joint statement.</p><p>They also discussed the war in Ukraine and the situation in the Middle East, and called for an end to the fighting in Gaza.</p></article></body></html>`), 1, "Ministers meet in Zürich", "2024-05-02", "Zurich", "", "met in Zürich"},
		{"OKHTMLSniffed", "page.txt", []byte(`<!DOCTYPE html><html><head><title>Summit opens</title><meta property="article:published_time" content="2024-02-01T09:00:00Z"></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Summit opens</h1><p>The leaders of the African Union opened their annual summit in Addis Ababa on Thursday with a call for peace in Sudan and the eastern Democratic Republic of Congo.</p><p>The chairperson of the commission urged member states to fund peacekeeping missions on the continent.</p></article><footer>© 2024 Example Times</footer></body></html>`), 1, "Summit opens", "2024-02-01T09:00:00Z", "", "", "Addis Ababa"},
		{"OKRSS", "feed.xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Example Daily</title><item><title>First item</title><link>https://example.org/1</link><pubDate>Mon, 04 Mar 2024 10:00:00 +0000</pubDate><description>&lt;p&gt;The first report says the ministers met in Oslo on Monday to discuss the ceasefire.&lt;/p&gt;&lt;p&gt;They agreed to meet again.&lt;/p&gt;</description></item><item><title>Second item</title><guid>tag:example.org,2024:2</guid><description>The second report says talks failed.</description></item></channel></rss>`), 2, "First item", "2024-03-04T10:00:00Z", "", "Example Daily", "met in Oslo"},
		{"OKAtom", "feed.atom", []byte(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title><entry><title>Envoys meet</title><link href="https://example.org/a"/><id>urn:a</id><updated>2024-04-01T12:00:00Z</updated><content type="html">&lt;p&gt;Envoys from Qatar and Egypt met Hamas negotiators in Cairo on Monday.&lt;/p&gt;</content></entry></feed>`), 1, "Envoys meet", "2024-04-01T12:00:00Z", "", "Example Atom", "Cairo"},
		{"OKJSONFeed", "feed.json", []byte(`{"version":"https://jsonfeed.org/version/1.1","title":"Example JSON","items":[{"id":"j1","url":"https://example.org/j1","title":"Leaders talk","date_published":"2024-05-01T08:00:00Z","content_text":"The leaders of Chile and Peru spoke by phone on Wednesday about migration."}]}`), 1, "Leaders talk", "2024-05-01T08:00:00Z", "", "Example JSON", "Chile and Peru"},
		{"OKJSONArray", "docs.json", []byte(`[{"id":"a","title":"Talks in Doha","published":"2024-01-02","source":"Example Wire","text":"Negotiators met in Doha on Tuesday."}, {"id":"b","text":"Ministers met in Rome."}]`), 2, "Talks in Doha", "2024-01-02", "", "Example Wire", "Negotiators met in Doha"},
		{"OKJSONL", "docs.jsonl", []byte(`{"id":"a","title":"Talks in Doha","published":"2024-01-02","source":"Example Wire","text":"Negotiators met in Doha on Tuesday.\n\nThey agreed to meet again next week."}` + "\n" + `{"id":"b","html":"<p>Ministers met in Rome on Friday and signed a trade deal between Italy and Tunisia.</p>"}` + "\n"), 2, "Talks in Doha", "2024-01-02", "", "Example Wire", "Negotiators met in Doha"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), tt.file, tt.data)
			res := read(t, &Reader{}, p)
			if len(res.errs) > 0 || len(res.docs) != tt.docs {
				t.Fatalf("got %d docs, errors %q; want %d docs", len(res.docs), res.errs, tt.docs)
			}
			d := res.docs[0]
			got := []string{d.Title, jsonTime(d.Published), d.Dateline, d.Source}
			want := []string{tt.title, tt.published, tt.dateline, tt.source}
			for i, field := range []string{"title", "published", "dateline", "source"} {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", field, got[i], want[i])
				}
			}
			if !strings.Contains(d.Text, tt.contains) {
				t.Errorf("text lacks %q:\n%s", tt.contains, d.Text)
			}
		})
	}
}

func jsonTime(t parley.Time) string {
	b, _ := t.MarshalJSON()
	return strings.Trim(string(b), `"`)
}

func TestReadBadInputs(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	tests := []struct {
		name string
		file string
		data []byte
		max  int64
		docs int
		want string // in the one reported error
	}{
		{"ErrEmpty", "empty.txt", nil, 0, 0, "empty input"},
		{"ErrBlank", "blank.txt", []byte(" \n\n\t\n"), 0, 0, "empty input"},
		{"ErrBinary", "image.txt", png, 0, 0, "binary content"},
		{"ErrBinaryNUL", "data.bin", []byte("abc\x00def\x00"), 0, 0, "binary content"},
		{"ErrTooLarge", "big.txt", bytes.Repeat([]byte("Ministers met. "), 100), 64, 0, "larger than the 64-byte limit"},
		{"ErrMalformedFeed", "feed.xml", []byte(`<?xml version="1.0"?><rss><channel><item><title>x</ti`), 0, 0, "malformed feed"},
		{"ErrNotAFeed", "x.xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>`), 0, 0, "feed has no items"},
		{"ErrJSONLLine", "docs.jsonl", []byte("{\"id\":\"a\",\"text\":\"Leaders met in Rome on Friday.\"}\n{\"id\": oops}\n{\"id\":\"c\",\"text\":\"Envoys met in Oslo.\"}\n"), 0, 2, "docs.jsonl:2: invalid JSON"},
		{"ErrJSONLNoText", "docs.jsonl", []byte("{\"id\":\"a\",\"title\":\"Only a title\"}\n"), 0, 0, `docs.jsonl:1: no "text" or "html" field`},
		{"ErrJSONLDate", "docs.jsonl", []byte("{\"id\":\"a\",\"published\":\"yesterday\",\"text\":\"Envoys met.\"}\n"), 0, 0, `published "yesterday"`},
		{"ErrJSONArrayElement", "docs.json", []byte(`[{"id":"a","text":"Envoys met."}, {"id":"b"}]`), 0, 1, `docs.json[1]: no "text" or "html" field`},
		{"ErrJSONArrayBroken", "docs.json", []byte(`[{"id":"a","text":"Envoys met."}, {"id":`), 0, 1, `invalid JSON in element 1`},
		{"ErrHTMLNoText", "page.html", []byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), 0, 0, "no article text found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), tt.file, tt.data)
			res := read(t, &Reader{MaxBytes: tt.max}, p)
			if len(res.docs) != tt.docs {
				t.Errorf("got %d docs, want %d", len(res.docs), tt.docs)
			}
			if len(res.errs) != 1 || !strings.Contains(res.errs[0], tt.want) || !strings.Contains(res.errs[0], tt.file) {
				t.Fatalf("errors = %q, want one naming %s and saying %q", res.errs, tt.file, tt.want)
			}
			if strings.Contains(res.errs[0], "\n") {
				t.Errorf("error spans lines: %q", res.errs[0])
			}
			if res.stats.Failed != 1 || res.stats.Inputs != 1 {
				t.Errorf("stats = %+v, want 1 input, 1 failed", res.stats)
			}
		})
	}
}

func TestReadMissingFile(t *testing.T) {
	res := read(t, &Reader{}, filepath.Join(t.TempDir(), "nope.txt"))
	if len(res.errs) != 1 || !strings.Contains(res.errs[0], "nope.txt: no such file") {
		t.Fatalf("errors = %q", res.errs)
	}
}

func TestReadDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", []byte("Second report\n\nEnvoys met in Oslo on Monday."))
	writeFile(t, dir, "a/c.txt", []byte("First report\n\nEnvoys met in Rome on Monday."))
	writeFile(t, dir, ".hidden.txt", []byte("Hidden\n\nShould not be read."))
	writeFile(t, dir, ".git/x.txt", []byte("Hidden\n\nShould not be read."))
	writeFile(t, dir, "logo.png", []byte("\x89PNG\r\n\x1a\n\x00"))
	writeFile(t, dir, "z.txt", nil)
	res := read(t, &Reader{}, dir)
	var titles []string
	for _, d := range res.docs {
		titles = append(titles, d.Title)
	}
	if strings.Join(titles, ",") != "First report,Second report" {
		t.Errorf("titles = %q, want First report,Second report in name order", titles)
	}
	if res.stats != (Stats{Inputs: 3, Documents: 2, Failed: 1}) || len(res.errs) != 1 || !strings.Contains(res.errs[0], "z.txt: empty input") {
		t.Errorf("stats = %+v, errors %q", res.stats, res.errs)
	}
}

func TestReadStdin(t *testing.T) {
	res := read(t, &Reader{Stdin: strings.NewReader(wireStory)}, "-")
	if len(res.docs) != 1 || res.docs[0].Doc != "stdin" || res.docs[0].Dateline != "Nairobi" {
		t.Fatalf("docs = %+v, errors %q", res.docs, res.errs)
	}
}

func TestSameContentSameID(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(wireStory))
	b := writeFile(t, dir, "b.txt", []byte(strings.ReplaceAll(wireStory, "\n", "\r\n")+"\n\nShare This Post\n"))
	rec := `{"id":"c","title":"Kenya and Ethiopia agree to reopen border crossing","text":` +
		`"NAIROBI, March 5, 2024 (Example Wire) – Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed agreed on Tuesday to reopen the Moyale border crossing to trade.\n\nThe two leaders met at State House in Nairobi and signed a memorandum on cross-border security."}`
	c := writeFile(t, dir, "c.jsonl", []byte(rec))
	res := read(t, &Reader{}, a, b, c)
	if len(res.docs) != 3 {
		t.Fatalf("got %d docs, errors %q", len(res.docs), res.errs)
	}
	for _, d := range res.docs[1:] {
		if d.ID != res.docs[0].ID {
			t.Errorf("%s: ID %s, want %s (same article)", d.Doc, d.ID, res.docs[0].ID)
		}
	}
}

func TestReadStopsOnCallbackError(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", []byte(wireStory))
	writeFile(t, dir, "b.txt", []byte(wireStory))
	stop := parley.Errorf(parley.EINTERNAL, "stop")
	n := 0
	_, err := (&Reader{}).Read(context.Background(), []string{dir}, func(*parley.Document) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("err = %v after %d docs, want stop after 1", err, n)
	}
}

func TestReadJoinsErrorsWithoutOnError(t *testing.T) {
	dir := t.TempDir()
	p := writeFile(t, dir, "empty.txt", nil)
	stats, err := (&Reader{}).Read(context.Background(), []string{p}, func(*parley.Document) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "empty.txt: empty input") || stats.Failed != 1 {
		t.Errorf("err = %v, stats %+v", err, stats)
	}
}

func TestReadCancelled(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", []byte(wireStory))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := (&Reader{}).Read(ctx, []string{dir}, func(*parley.Document) error { return nil })
	if err != context.Canceled {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestReadConcurrent(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		writeFile(t, dir, name, []byte(wireStory))
	}
	r := &Reader{}
	done := make(chan int)
	for range 4 {
		go func() {
			n := 0
			r.Read(context.Background(), []string{dir}, func(*parley.Document) error { n++; return nil })
			done <- n
		}()
	}
	for range 4 {
		if n := <-done; n != 3 {
			t.Errorf("got %d docs, want 3", n)
		}
	}
}
