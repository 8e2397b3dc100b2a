package main

// End-to-end tests of the real parley binary, built once (CGO_ENABLED=0)
// into a directory that TestMain makes and removes. Each test runs it as a
// subprocess in a temporary working directory with a temporary HOME and
// store, checking exit status, stdout and stderr. The inputs under
// testdata/e2e are invented for these tests.

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// e2eDir holds the binary; TestMain makes it and removes it at the end.
var e2eDir string

// e2eBuild builds the binary once, on the first end-to-end run, so that
// 'go test -run' on the package's other tests does not pay for the build.
var e2eBuild = sync.OnceValues(func() (string, error) {
	bin := filepath.Join(e2eDir, "parley")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
})

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "parley-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	e2eDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// e2eRun is one run of the binary.
type e2eRun struct {
	args  []string
	stdin string
	env   []string // extra KEY=VALUE pairs
	dir   string   // working directory; a fresh temporary one when empty
}

// e2eResult is what a run of the binary produced.
type e2eResult struct {
	code           int
	stdout, stderr string
}

func (r e2eResult) String() string {
	return fmt.Sprintf("exit %d\n--- stdout\n%s--- stderr\n%s", r.code, r.stdout, r.stderr)
}

// run runs the built binary. Its environment is the test's without
// PARLEY_* variables, with HOME in a temporary directory, plus r.env.
func (r e2eRun) run(t *testing.T) e2eResult {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end: builds and runs the binary")
	}
	bin, err := e2eBuild()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, r.args...)
	cmd.Dir = r.dir
	if cmd.Dir == "" {
		cmd.Dir = t.TempDir()
	}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PARLEY_") && !strings.HasPrefix(kv, "HOME=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(append(cmd.Env, "HOME="+t.TempDir()), r.env...)
	cmd.Stdin = strings.NewReader(r.stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	res := e2eResult{stdout: stdout.String(), stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		res.code = exit.ExitCode()
	case err != nil:
		t.Fatalf("parley %s: %v", strings.Join(r.args, " "), err)
	}
	if ctx.Err() != nil {
		t.Fatalf("parley %s: did not finish in 2 minutes\n%s", strings.Join(r.args, " "), res)
	}
	return res
}

// e2ePath is the absolute path of a file under testdata/e2e.
func e2ePath(t *testing.T, name string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("testdata", "e2e", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// e2eJSONLines decodes each non-empty line of s as a JSON object.
func e2eJSONLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for i, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if line == "" {
			continue
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("line %d is not a JSON object: %v\n%s", i+1, err, line)
		}
		out = append(out, v)
	}
	return out
}

// e2eMissingKeys returns the keys of want that v lacks.
func e2eMissingKeys(v map[string]any, want ...string) []string {
	var miss []string
	for _, k := range want {
		if _, ok := v[k]; !ok {
			miss = append(miss, k)
		}
	}
	return miss
}

func TestE2EUsage(t *testing.T) {
	t.Parallel()
	notModel, err := filepath.Abs("main.go")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		env    []string
		code   int // -1: any failure
		stdout []string
		stderr []string
	}{
		{"Help", []string{"--help"}, nil, 0, nil, []string{"Usage:", "Commands:", "docs", "parse", "train", "code", "eval", "ingest", "events", "dyads", "actors", "bench"}},
		{"NoCommand", nil, nil, 2, nil, []string{"Usage:"}},
		{"ErrUnknownCommand", []string{"nope"}, nil, 2, nil, []string{`unknown command "nope"`}},
		{"CodeHelp", []string{"code", "--help"}, nil, 0, nil, []string{"Usage: parley code", "-format", "-workers", "PARLEY_"}},
		{"ErrUnknownFlag", []string{"docs", "--nope"}, nil, 2, nil, []string{"flag provided but not defined: -nope"}},
		{"ErrBadFormat", []string{"code", "--format", "bogus"}, nil, 2, nil, []string{`--format "bogus"`}},
		{"ErrBadEnv", []string{"docs", "-"}, []string{"PARLEY_MAX_BYTES=lots"}, -1, nil, []string{`PARLEY_MAX_BYTES="lots"`}},
		{"EnvFormat", []string{"docs", "-"}, []string{"PARLEY_FORMAT=text"}, 0, []string{"=== stdin"}, nil},
		{"ErrEventsSince", []string{"events", "--since", "last week"}, nil, -1, nil, []string{`--since: "last week"`}},
		{"ErrDyadsQuad", []string{"dyads", "--quad", "7"}, nil, -1, nil, []string{"--quad 7"}},
		{"Version", []string{"version"}, nil, 0, []string{"parley "}, nil},
		{"ErrEvalNoGold", []string{"eval", "x.txt"}, nil, 2, nil, []string{"--gold is required"}},
		{"ErrParseModelMissing", []string{"parse", "--model", "no-such.model", "-"}, nil, -1, nil, []string{"no-such.model"}},
		{"ErrParseModelNotModel", []string{"parse", "--model", notModel, "-"}, nil, -1, nil, []string{notModel + ": model"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res := e2eRun{args: tt.args, env: tt.env, stdin: "Talks resumed on Monday.\n"}.run(t)
			if res.code != tt.code && !(tt.code == -1 && res.code != 0) {
				t.Errorf("exit %d, want %d\n%s", res.code, tt.code, res)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(res.stdout, s) {
					t.Errorf("stdout lacks %q\n%s", s, res)
				}
			}
			for _, s := range tt.stderr {
				if !strings.Contains(res.stderr, s) {
					t.Errorf("stderr lacks %q\n%s", s, res)
				}
			}
		})
	}
}

// e2eDocWant is what one document printed by 'parley docs' must hold.
type e2eDocWant struct {
	doc, title, published string   // published: a prefix ("2024-04-05" of a time)
	inText, notInText     []string // substrings the text must have or lack
}

func TestE2EDocs(t *testing.T) {
	t.Parallel()
	bad := t.TempDir()
	empty, blob, missing := filepath.Join(bad, "empty.txt"), filepath.Join(bad, "blob.bin"), filepath.Join(bad, "missing.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(blob, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\xfe\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	const cafe = "Minister visits the café\n\nThe foreign minister visited the new café in the capital on Monday.\n"
	utf16, cp1252 := filepath.Join(bad, "utf16.txt"), filepath.Join(bad, "cp1252.txt")
	u := []byte{0xff, 0xfe} // UTF-16LE with its byte-order mark
	for _, r := range cafe {
		u = append(u, byte(r), byte(r>>8))
	}
	if err := os.WriteFile(utf16, u, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cp1252, []byte(strings.ReplaceAll(cafe, "é", "\xe9")), 0o644); err != nil {
		t.Fatal(err)
	}
	brief := e2eDocWant{doc: "brief.txt", title: "Lanterns return to the old harbour", published: "2024-04-03",
		inText: []string{"VALLETTA, April 3, 2024 (Harbour Post) – Fishermen"}}
	page := e2eDocWant{doc: "page.html", title: "Port city opens new ferry terminal", published: "2024-04-05",
		inText: []string{"opened a new ferry terminal on Friday", "Local shop owners welcomed"}, notInText: []string{"Copyright", "Sport"}}
	rail := e2eDocWant{doc: "https://harbour-post.example/region/2024/04/06/rail-strike-ends", title: "Rail strike ends after pay deal",
		published: "2024-04-06", inText: []string{"Train drivers returned to work"}, notInText: []string{"<p>"}}
	library := e2eDocWant{doc: "https://harbour-post.example/region/2024/04/07/library-reopens", title: "Library reopens after flood repairs", published: "2024-04-07"}
	bridge := e2eDocWant{doc: "hp-0408-bridge", title: "Old bridge closed for inspection", published: "2024-04-08", inText: []string{"Traffic was diverted"}}
	market := e2eDocWant{doc: "hp-0409-market", title: "Farmers' market moves indoors", published: "2024-04-09"}
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		want   []e2eDocWant
		stderr []string // one line each, in order
	}{
		{name: "Text", args: []string{e2ePath(t, "docs/brief.txt")}, want: []e2eDocWant{brief}},
		{name: "HTML", args: []string{e2ePath(t, "docs/page.html")}, want: []e2eDocWant{page}},
		{name: "RSS", args: []string{e2ePath(t, "docs/feed.xml")}, want: []e2eDocWant{rail, library}},
		{name: "JSONL", args: []string{e2ePath(t, "docs/records.jsonl")}, want: []e2eDocWant{bridge, market}},
		{name: "Stdin", args: []string{"-"}, stdin: "Farmers blocked the ring road with tractors on Monday.\n",
			want: []e2eDocWant{{doc: "stdin", inText: []string{"Farmers blocked the ring road with tractors on Monday."}}}},
		{name: "DefaultStdin", stdin: "Farmers blocked the ring road with tractors on Monday.\n",
			want: []e2eDocWant{{doc: "stdin", inText: []string{"tractors"}}}},
		{name: "UTF16", args: []string{utf16}, want: []e2eDocWant{{doc: "utf16.txt", title: "Minister visits the café", inText: []string{"the new café in"}}}},
		{name: "Windows1252", args: []string{cp1252}, want: []e2eDocWant{{doc: "cp1252.txt", title: "Minister visits the café", inText: []string{"the new café in"}}}},
		{name: "Directory", args: []string{e2ePath(t, "docs")}, want: []e2eDocWant{brief, rail, library, page, bridge, market}},
		{name: "ErrBadInputs", args: []string{e2ePath(t, "docs/brief.txt"), empty, blob, missing, e2ePath(t, "bad.jsonl")}, code: 1,
			want: []e2eDocWant{brief, {doc: "hp-0410-school", title: "New school term begins", published: "2024-04-10"},
				{doc: "hp-0412-park", title: "Park gets new playground", published: "2024-04-12"}},
			stderr: []string{empty + ": empty input", blob + ": binary", missing + ": ", "bad.jsonl:2: ", "4 of 5 inputs failed"}},
		{name: "ErrEmptyStdin", args: []string{"-"}, code: 1, stderr: []string{"-: empty input", "1 of 1 inputs failed"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res := e2eRun{args: append([]string{"docs"}, tt.args...), stdin: tt.stdin}.run(t)
			if res.code != tt.code {
				t.Fatalf("exit %d, want %d\n%s", res.code, tt.code, res)
			}
			lines := strings.Split(strings.TrimSpace(res.stderr), "\n")
			if len(tt.stderr) == 0 && res.stderr != "" || len(tt.stderr) > 0 && len(lines) != len(tt.stderr) {
				t.Errorf("stderr has %d lines, want %d (one per bad input, then the count)\n%s", len(lines), len(tt.stderr), res)
			}
			for i, s := range tt.stderr {
				if i < len(lines) && !strings.Contains(lines[i], s) {
					t.Errorf("stderr line %d = %q, want it to contain %q", i+1, lines[i], s)
				}
			}
			docs := e2eJSONLines(t, res.stdout)
			if len(docs) != len(tt.want) {
				t.Fatalf("%d documents, want %d\n%s", len(docs), len(tt.want), res)
			}
			for i, w := range tt.want {
				e2eCheckDoc(t, docs[i], w)
			}
		})
	}
}

// e2eCheckDoc checks one JSON line of 'parley docs' against w.
func e2eCheckDoc(t *testing.T, d map[string]any, w e2eDocWant) {
	t.Helper()
	if miss := e2eMissingKeys(d, "id", "doc", "url", "source", "title", "published", "dateline", "lang", "text"); len(miss) > 0 {
		t.Errorf("%s: keys %v missing", w.doc, miss)
	}
	if e2eStr(d, "doc") != w.doc {
		t.Errorf("doc = %q, want %q", e2eStr(d, "doc"), w.doc)
	}
	if len(e2eStr(d, "id")) < 8 {
		t.Errorf("%s: id = %q, want a content hash", w.doc, e2eStr(d, "id"))
	}
	if w.title != "" && e2eStr(d, "title") != w.title {
		t.Errorf("%s: title = %q, want %q", w.doc, e2eStr(d, "title"), w.title)
	}
	if w.published != "" && !strings.HasPrefix(e2eStr(d, "published"), w.published) {
		t.Errorf("%s: published = %v, want %q", w.doc, d["published"], w.published)
	}
	for _, s := range w.inText {
		if !strings.Contains(e2eStr(d, "text"), s) {
			t.Errorf("%s: text lacks %q:\n%s", w.doc, s, e2eStr(d, "text"))
		}
	}
	for _, s := range w.notInText {
		if strings.Contains(e2eStr(d, "text"), s) {
			t.Errorf("%s: text holds %q:\n%s", w.doc, s, e2eStr(d, "text"))
		}
	}
}

func TestE2EDocsText(t *testing.T) {
	t.Parallel()
	res := e2eRun{args: []string{"docs", "--format", "text", e2ePath(t, "docs/brief.txt")}}.run(t)
	for _, s := range []string{"=== brief.txt", "title:     Lanterns return to the old harbour", "published: 2024-04-03", "dateline:  Valletta", "Organisers said"} {
		if !strings.Contains(res.stdout, s) {
			t.Errorf("text form lacks %q\n%s", s, res)
		}
	}
	if res.code != 0 {
		t.Errorf("exit %d, want 0", res.code)
	}
}

// e2eWord is one word of a parsed sentence: 1-based head, 0 for the root.
type e2eWord struct {
	head   int
	deprel string
}

func TestE2EParse(t *testing.T) {
	t.Parallel()
	const sentence = "The minister met the ambassador."
	tests := []struct {
		name  string
		args  []string
		words func(t *testing.T, out string) (text string, ids map[string]int, words map[string]e2eWord)
	}{
		{"CoNLLU", nil, e2eCoNLLUWords},
		{"JSON", []string{"--format", "json"}, e2eJSONWords},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res := e2eRun{args: append([]string{"parse"}, tt.args...), stdin: sentence + "\n"}.run(t)
			if res.code != 0 {
				t.Fatalf("exit %d, want 0\n%s", res.code, res)
			}
			text, ids, words := tt.words(t, res.stdout)
			if text != sentence {
				t.Errorf("sentence text = %q, want %q", text, sentence)
			}
			want := map[string]e2eWord{"minister": {ids["met"], "nsubj"}, "ambassador": {ids["met"], "obj"}, "met": {0, "root"}}
			for form, w := range want {
				if got := words[form]; got != w {
					t.Errorf("%s: head %d %s, want head %d %s\n%s", form, got.head, got.deprel, w.head, w.deprel, res.stdout)
				}
			}
		})
	}
}

// TestE2EParseGold runs parse --eval and --pretokenized on a gold-tokenized
// CoNLL-U file of two easy sentences.
func TestE2EParseGold(t *testing.T) {
	t.Parallel()
	gold := e2ePath(t, "tiny.conllu")
	t.Run("Eval", func(t *testing.T) {
		t.Parallel()
		res := e2eRun{args: []string{"parse", "--eval", gold}}.run(t)
		scores := map[string]float64{}
		for _, line := range strings.Split(strings.TrimSpace(res.stdout), "\n") {
			name, value, ok := strings.Cut(line, "=")
			var f float64
			if _, err := fmt.Sscan(value, &f); !ok || err != nil {
				t.Errorf("line %q is not name=value", line)
			}
			scores[name] = f
		}
		for _, name := range []string{"upos", "lemma", "uas", "las", "sent_f1"} {
			if v, ok := scores[name]; !ok || v < 0.8 || v > 1 {
				t.Errorf("%s = %v (present %v), want a score of at least 0.8 on two easy sentences\n%s", name, v, ok, res)
			}
		}
		if res.code != 0 {
			t.Errorf("exit %d, want 0\n%s", res.code, res)
		}
	})
	t.Run("Model", func(t *testing.T) {
		t.Parallel()
		// The committed model given as a file parses as the embedded one.
		model, err := filepath.Abs("../../nlp/model/en_ewt.model")
		if err != nil {
			t.Fatal(err)
		}
		want := e2eRun{args: []string{"parse", "--pretokenized", gold}}.run(t)
		got := e2eRun{args: []string{"parse", "--model", model, "--pretokenized", gold}}.run(t)
		if got.code != 0 || got.stdout != want.stdout {
			t.Errorf("--model %s: exit %d, output\n%s\nwant the embedded model's\n%s", model, got.code, got.stdout, want.stdout)
		}
	})
	t.Run("Pretokenized", func(t *testing.T) {
		t.Parallel()
		res := e2eRun{args: []string{"parse", "--pretokenized", gold}}.run(t)
		want, err := os.ReadFile(gold)
		if err != nil {
			t.Fatal(err)
		}
		got, wantLines := strings.Split(res.stdout, "\n"), strings.Split(string(want), "\n")
		if res.code != 0 || len(got) != len(wantLines) {
			t.Fatalf("exit %d, %d lines; want 0 and the %d lines of the input\n%s", res.code, len(got), len(wantLines), res)
		}
		for i := range got {
			g, w := strings.Split(got[i], "\t"), strings.Split(wantLines[i], "\t")
			if len(g) != len(w) || len(w) == 10 && (g[0] != w[0] || g[1] != w[1] || g[7] == "_" || g[6] == "_") ||
				len(w) == 1 && g[0] != w[0] {
				t.Errorf("line %d = %q, want the ID and FORM of %q with predicted columns", i+1, got[i], wantLines[i])
			}
		}
	})
}

// e2eCoNLLUWords reads the one sentence of CoNLL-U output.
func e2eCoNLLUWords(t *testing.T, out string) (string, map[string]int, map[string]e2eWord) {
	t.Helper()
	var text string
	ids, words := map[string]int{}, map[string]e2eWord{}
	for _, line := range strings.Split(out, "\n") {
		if rest, ok := strings.CutPrefix(line, "# text = "); ok {
			text = rest
		}
		cols := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(cols) == 1 {
			continue
		}
		if len(cols) != 10 {
			t.Fatalf("CoNLL-U line with %d columns, want 10: %q", len(cols), line)
		}
		var id, head int
		if _, err := fmt.Sscan(cols[0], &id); err != nil {
			t.Fatalf("ID %q: %v", cols[0], err)
		}
		if _, err := fmt.Sscan(cols[6], &head); err != nil {
			t.Fatalf("HEAD %q: %v", cols[6], err)
		}
		ids[cols[1]], words[cols[1]] = id, e2eWord{head, cols[7]}
	}
	return text, ids, words
}

// e2eJSONWords reads the one sentence of 'parse --format json'; heads there
// are 0-based token indices, -1 for the root.
func e2eJSONWords(t *testing.T, out string) (string, map[string]int, map[string]e2eWord) {
	t.Helper()
	var doc struct {
		Sentences []struct {
			Start, End int
			Text       string
			Tokens     []struct {
				Text   string `json:"text"`
				Head   int    `json:"head"`
				Deprel string `json:"deprel"`
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Sentences) != 1 {
		t.Fatalf("want one JSON document with one sentence (%v):\n%s", err, out)
	}
	s := doc.Sentences[0]
	ids, words := map[string]int{}, map[string]e2eWord{}
	for i, tok := range s.Tokens {
		ids[tok.Text], words[tok.Text] = i+1, e2eWord{tok.Head + 1, tok.Deprel}
	}
	if s.End-s.Start != len(s.Text) {
		t.Errorf("sentence offsets %d:%d do not span its text %q", s.Start, s.End, s.Text)
	}
	return s.Text, ids, words
}

// e2eDocKeys, e2eEventKeys and e2eClaimKeys are keys docs/output.md promises.
var (
	e2eDocKeys   = []string{"doc", "id", "title", "published", "actors", "events", "claims", "diagnostics"}
	e2eEventKeys = []string{"source", "target", "cameo", "cameo_name", "quad_class", "goldstein", "plover", "date",
		"date_source", "place", "sentence", "start", "end", "trigger", "rule"}
	e2eClaimKeys = []string{"what", "count", "qualifier", "since", "place", "sentence", "start", "end", "trigger", "rule"}
)

// e2eEvent is the part of a coded event the test compares.
type e2eEvent struct{ source, target, cameo, date, dateSource, plover string }

func TestE2ECode(t *testing.T) {
	t.Parallel()
	call := e2ePath(t, "call.txt")
	docsRes := e2eRun{args: []string{"docs", call}}.run(t)
	res := e2eRun{args: []string{"code", call}}.run(t)
	if res.code != 0 || docsRes.code != 0 {
		t.Fatalf("exit %d, want 0\n%s\ndocs: %s", res.code, res, docsRes)
	}
	src, docs := e2eJSONLines(t, docsRes.stdout), e2eJSONLines(t, res.stdout)
	if len(docs) != 1 || len(src) != 1 {
		t.Fatalf("%d coded documents, want 1\n%s", len(docs), res)
	}
	d, text := docs[0], src[0]["text"].(string)
	if miss := e2eMissingKeys(d, e2eDocKeys...); len(miss) > 0 {
		t.Errorf("document keys %v missing", miss)
	}
	if d["doc"] != "call.txt" || d["id"] != src[0]["id"] || d["published"] != "2024-06-11" ||
		d["title"] != "Sharif and Erdogan discuss Gaza in phone call" {
		t.Errorf("doc %v id %v published %v title %v; want call.txt, %v, 2024-06-11 and the headline", d["doc"], d["id"], d["published"], d["title"], src[0]["id"])
	}
	actors := map[string]string{}
	for _, a := range e2eList(d["actors"]) {
		actors[e2eStr(a, "code")] = e2eStr(a, "name")
	}
	if actors["PAKGOV"] != "Shehbaz Sharif" || !strings.HasPrefix(actors["TURGOV"], "Recep Tayyip Erdo") {
		t.Errorf("actors %v, want PAKGOV Shehbaz Sharif and TURGOV Recep Tayyip Erdogan", actors)
	}
	got := map[e2eEvent]bool{}
	for i, e := range e2eList(d["events"]) {
		if miss := e2eMissingKeys(e, e2eEventKeys...); len(miss) > 0 {
			t.Errorf("event %d: keys %v missing", i, miss)
		}
		e2eCheckEvidence(t, fmt.Sprintf("event %d", i), text, e)
		if !e2eRule.MatchString(e2eStr(e, "rule")) || e2eStr(e, "cameo_name") == "" {
			t.Errorf("event %d: rule %q, cameo_name %q; want file:line and a name", i, e2eStr(e, "rule"), e2eStr(e, "cameo_name"))
		}
		if q, g := e2eNum(e, "quad_class"), e2eNum(e, "goldstein"); q < 1 || q > 4 || g < -10 || g > 10 {
			t.Errorf("event %d: quad class %v, Goldstein %v out of range", i, q, g)
		}
		plover, _ := e["plover"].(map[string]any)
		got[e2eEvent{e2eStr(e["source"], "code"), e2eStr(e["target"], "code"), e2eStr(e, "cameo"), e2eStr(e, "date"), e2eStr(e, "date_source"), e2eStr(plover, "type")}] = true
	}
	for _, w := range []e2eEvent{
		{"PAKGOV", "TURGOV", "041", "2024-06-10", "text", "CONSULT"},
		{"TURGOV", "PAKGOV", "041", "2024-06-10", "text", "CONSULT"},
		{"PAKGOV", "ISR", "111", "2024-06-11", "published", "ACCUSE"},
	} {
		if !got[w] {
			t.Errorf("no event %+v among %v", w, got)
		}
	}
	claims := e2eList(d["claims"])
	for i, c := range claims {
		if miss := e2eMissingKeys(c, e2eClaimKeys...); len(miss) > 0 {
			t.Errorf("claim %d: keys %v missing", i, miss)
		}
		e2eCheckEvidence(t, fmt.Sprintf("claim %d", i), text, c)
	}
	if len(claims) != 1 || e2eStr(claims[0], "what") != "killed" || e2eNum(claims[0], "count") != 30 || e2eStr(claims[0], "qualifier") != "at least" {
		t.Errorf("claims %v, want killed, at least 30", claims)
	}
}

// TestE2ECodeBadInput codes a good file and a JSON Lines file with one
// malformed line: every readable document is coded, the bad line named.
func TestE2ECodeBadInput(t *testing.T) {
	t.Parallel()
	res := e2eRun{args: []string{"code", "--workers", "2", e2ePath(t, "call.txt"), e2ePath(t, "bad.jsonl")}}.run(t)
	var docs []string
	for _, d := range e2eJSONLines(t, res.stdout) {
		docs = append(docs, e2eStr(d, "doc"))
	}
	if res.code != 1 || strings.Join(docs, " ") != "call.txt hp-0410-school hp-0412-park" ||
		!strings.Contains(res.stderr, "bad.jsonl:2: ") || !strings.Contains(res.stderr, "1 of 2 inputs failed") {
		t.Errorf("exit %d, documents %v; want 1, call.txt hp-0410-school hp-0412-park in order, and bad.jsonl:2 named\n%s", res.code, docs, res)
	}
}

// e2eRule is the form of an event's rule: the pattern file and line.
var e2eRule = regexp.MustCompile(`^[\w./-]+\.\w+:[1-9][0-9]*$`)

// e2eCheckEvidence checks that v's sentence (and trigger, when it has offsets)
// is the document text at its byte offsets.
func e2eCheckEvidence(t *testing.T, what, text string, v map[string]any) {
	t.Helper()
	for _, k := range [][3]string{{"sentence", "start", "end"}, {"trigger", "trigger_start", "trigger_end"}} {
		if _, ok := v[k[1]]; !ok && k[0] == "trigger" {
			continue
		}
		start, end := int(e2eNum(v, k[1])), int(e2eNum(v, k[2]))
		if start < 0 || end > len(text) || start > end || text[start:end] != e2eStr(v, k[0]) {
			t.Errorf("%s: %s %q is not text[%d:%d]", what, k[0], e2eStr(v, k[0]), start, end)
		}
	}
}

// e2eList, e2eStr and e2eNum read decoded JSON leniently: a missing or mistyped
// value reads as empty, and the comparison that follows fails.
func e2eList(v any) []map[string]any {
	var out []map[string]any
	for _, x := range e2eSlice(v) {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func e2eSlice(v any) []any { s, _ := v.([]any); return s }

func e2eStr(v any, key string) string {
	m, _ := v.(map[string]any)
	s, _ := m[key].(string)
	return s
}

func e2eNum(v any, key string) float64 {
	m, _ := v.(map[string]any)
	f, _ := m[key].(float64)
	return f
}

func TestE2ECodeText(t *testing.T) {
	t.Parallel()
	res := e2eRun{args: []string{"code", "--format", "text", e2ePath(t, "call.txt")}}.run(t)
	if res.code != 0 {
		t.Fatalf("exit %d, want 0\n%s", res.code, res)
	}
	lines := strings.Split(strings.TrimSpace(res.stdout), "\n")
	if !strings.HasPrefix(lines[0], "=== call.txt") {
		t.Errorf("first line %q, want the document heading", lines[0])
	}
	var phone bool
	for _, l := range lines[1:] {
		if strings.HasPrefix(l, "2024-06-10  PAKGOV (Shehbaz Sharif) —041") && strings.Contains(l, "TURGOV") &&
			strings.Contains(l, "[CONSULT/phone]") && e2eRule.MatchString(l[strings.LastIndex(l, " ")+1:]) {
			phone = true
		}
	}
	if !phone {
		t.Errorf("no line for the phone call PAKGOV —041→ TURGOV on 2024-06-10 ending in its rule\n%s", res)
	}
}

func TestE2EEval(t *testing.T) {
	t.Parallel()
	gold, call := e2ePath(t, "gold.jsonl"), e2ePath(t, "call.txt")
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr string
	}{
		{"OK", []string{"--min-recall", "1", "--min-actors", "1", "--min-claims", "1"}, 0,
			[]string{"docs: 1 scored", "events: recall=1.000 (2/2)", "actors: 2/2", "claims: 1/1"}, ""},
		{"ErrMinRecall", []string{"--min-recall", "1.01"}, -1, nil, "min-recall"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res := e2eRun{args: append(append([]string{"eval", "--gold", gold}, tt.args...), call)}.run(t)
			if res.code != tt.code && !(tt.code == -1 && res.code != 0) {
				t.Errorf("exit %d, want %d\n%s", res.code, tt.code, res)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(res.stdout, s) {
					t.Errorf("stdout lacks %q\n%s", s, res)
				}
			}
			if !strings.Contains(res.stderr, tt.stderr) {
				t.Errorf("stderr lacks %q\n%s", tt.stderr, res)
			}
		})
	}
}

// e2eSummaryLine matches the summary line of 'parley ingest'.
var e2eSummaryLine = regexp.MustCompile(`ingest: (\d+) documents \((\d+) new, (\d+) already stored\), (\d+) new events`)

// e2eSummary returns the documents, new documents and new events that an
// ingest's summary line reports.
func e2eSummary(t *testing.T, res e2eResult) (docs, fresh, events string) {
	t.Helper()
	m := e2eSummaryLine.FindStringSubmatch(res.stderr)
	if m == nil {
		t.Fatalf("no ingest summary on stderr\n%s", res)
	}
	return m[1], m[2], m[4]
}

func TestE2EStore(t *testing.T) {
	t.Parallel()
	db := filepath.Join(t.TempDir(), "store.db")
	in := []string{"ingest", "--db", db, e2ePath(t, "call.txt"), e2ePath(t, "docs")}
	first := e2eRun{args: in}.run(t)
	if docs, fresh, events := e2eSummary(t, first); first.code != 0 || docs != "7" || fresh != "7" || events == "0" {
		t.Fatalf("first ingest: exit %d, %s documents, %s new, %s events; want 0, 7, 7 and some events\n%s", first.code, docs, fresh, events, first)
	}
	again := e2eRun{args: in}.run(t)
	if docs, fresh, events := e2eSummary(t, again); again.code != 0 || docs != "7" || fresh != "0" || events != "0" {
		t.Fatalf("second ingest: exit %d, %s documents, %s new, %s events; want 0, 7, 0, 0\n%s", again.code, docs, fresh, events, again)
	}
	jsonl := e2eRun{args: []string{"events", "--db", db, "--format", "jsonl"}}.run(t)
	n := len(e2eJSONLines(t, jsonl.stdout))
	if jsonl.code != 0 || n < 3 {
		t.Fatalf("events --format jsonl: exit %d, %d events, want at least the 3 of call.txt\n%s", jsonl.code, n, jsonl)
	}
	tests := []struct {
		name  string
		args  []string
		env   []string
		lines int                            // lines of output, -1 to skip the check
		check func(t *testing.T, out string) // more checks, may be nil
	}{
		{"Table", []string{"events", "--db", db}, nil, n + 1, e2eContains("SOURCE", "PAKGOV (Shehbaz Sharif)", "TURGOV")},
		{"CSV", []string{"events", "--db", db, "--format", "csv"}, nil, -1, e2eCheckCSV(n)},
		{"JSONL", []string{"events", "--db", db, "--format", "jsonl", "--mentions"}, nil, n, e2eContains(`"cameo":"041"`)},
		{"GDELT", []string{"events", "--db", db, "--format", "gdelt"}, nil, n, e2eCheckGDELT},
		{"PLOVER", []string{"events", "--db", db, "--format", "plover"}, nil, n, e2eContains(`"event_type":"CONSULT"`, `"event_type":"ACCUSE"`)},
		{"Filter", []string{"events", "--db", db, "--format", "jsonl", "--cameo", "041", "--actor", "PAKGOV"}, nil, 2, e2eContains(`"cameo":"041"`)},
		{"Search", []string{"events", "--db", db, "--format", "jsonl", "--q", "condemned"}, nil, 1, e2eContains(`"cameo":"111"`)},
		{"EnvDB", []string{"events", "--format", "jsonl"}, []string{"PARLEY_DB=" + db}, n, e2eContains(`"PAKGOV"`)},
		{"Dyads", []string{"dyads", "--db", db}, nil, -1, e2eContains("PAKGOV  TURGOV  2024-06", "TURGOV  PAKGOV  2024-06", "PAKGOV  ISR")},
		{"Actors", []string{"actors", "--db", db}, nil, -1, e2eContains("PAKGOV  Shehbaz Sharif", "TURGOV")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res := e2eRun{args: tt.args, env: tt.env}.run(t)
			if res.code != 0 {
				t.Fatalf("exit %d, want 0\n%s", res.code, res)
			}
			if lines := strings.Count(res.stdout, "\n"); tt.lines >= 0 && lines != tt.lines {
				t.Errorf("%d lines, want %d\n%s", lines, tt.lines, res)
			}
			if tt.check != nil {
				tt.check(t, res.stdout)
			}
		})
	}
	t.Run("ErrNoStore", func(t *testing.T) {
		t.Parallel()
		res := e2eRun{args: []string{"events", "--db", filepath.Join(t.TempDir(), "none.db")}}.run(t)
		if res.code != 1 || !strings.Contains(res.stderr, "none.db") {
			t.Errorf("exit %d, want 1 and an error naming the missing store\n%s", res.code, res)
		}
	})
}

// e2eContains returns a check that out holds each of want.
func e2eContains(want ...string) func(*testing.T, string) {
	return func(t *testing.T, out string) {
		t.Helper()
		for _, s := range want {
			if !strings.Contains(out, s) {
				t.Errorf("output lacks %q\n%s", s, out)
			}
		}
	}
}

// e2eCheckCSV returns a check that out is a CSV table with a header and n
// rows of the header's width.
func e2eCheckCSV(n int) func(*testing.T, string) {
	return func(t *testing.T, out string) {
		t.Helper()
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil || len(rows) != n+1 {
			t.Fatalf("CSV: %v, %d rows, want a header and %d rows\n%s", err, len(rows), n, out)
		}
		if !slices.Contains(rows[0], "cameo") || !slices.Contains(rows[0], "source_code") {
			t.Errorf("CSV header %v lacks cameo and source_code", rows[0])
		}
	}
}

// e2eCheckGDELT checks that every row has the GDELT 2.0 event table's 61
// tab-separated columns, with the CAMEO code in EventCode (column 27).
func e2eCheckGDELT(t *testing.T, out string) {
	t.Helper()
	codes := map[string]bool{}
	for i, row := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		cols := strings.Split(row, "\t")
		if len(cols) != 61 {
			t.Fatalf("row %d has %d columns, want 61: %q", i+1, len(cols), row)
		}
		codes[cols[26]] = true
	}
	if !codes["041"] || !codes["111"] {
		t.Errorf("EventCode column holds %v, want 041 and 111", codes)
	}
}

func TestE2EActorsLookup(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout *regexp.Regexp
		stderr string
	}{
		{"OK", []string{"Imran Khan", "--date", "2021-05-13"}, 0, regexp.MustCompile(`(?m)^PAKGOV\s+Imran Khan\s+Prime Minister`), ""},
		{"JSON", []string{"--format", "json", "Imran Khan", "--date", "2021-05-13"}, 0, regexp.MustCompile(`"code": "PAKGOV"`), ""},
		{"ErrNotFound", []string{"Zorblat Quennimore"}, 1, regexp.MustCompile(`^$`), `no actor found for "Zorblat Quennimore"`},
		{"ErrDate", []string{"Imran Khan", "--date", "13/05/2021"}, 1, regexp.MustCompile(`^$`), `--date "13/05/2021"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res := e2eRun{args: append([]string{"actors", "lookup"}, tt.args...)}.run(t)
			if res.code != tt.code || !tt.stdout.MatchString(res.stdout) || !strings.Contains(res.stderr, tt.stderr) {
				t.Errorf("exit %d, want %d; stdout should match %s, stderr hold %q\n%s", res.code, tt.code, tt.stdout, tt.stderr, res)
			}
		})
	}
}

// TestE2EIngestSample ingests the bundled sample corpus (no inputs) into a
// store named relative to a fresh working directory.
func TestE2EIngestSample(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	res := e2eRun{args: []string{"ingest", "--db", "sample.db"}, dir: dir}.run(t)
	if res.code != 0 || !strings.Contains(res.stderr, "sample corpus") {
		t.Fatalf("exit %d, want 0 and a note that the sample corpus is used\n%s", res.code, res)
	}
	if docs, fresh, events := e2eSummary(t, res); docs == "0" || fresh != docs || events == "0" {
		t.Errorf("%s documents, %s new, %s events; want every document new and some events", docs, fresh, events)
	}
	if _, err := os.Stat(filepath.Join(dir, "sample.db")); err != nil {
		t.Errorf("store not created in the working directory: %v", err)
	}
}

// TestE2EIngestBadInput ingests a good and a missing input: the good one
// is stored, the missing one named on stderr, and the exit status is 1.
func TestE2EIngestBadInput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	res := e2eRun{args: []string{"ingest", "--db", "bad.db", e2ePath(t, "call.txt"), missing}, dir: dir}.run(t)
	if res.code != 1 || !strings.Contains(res.stderr, missing) || !strings.Contains(res.stderr, "1 of 2 inputs failed") {
		t.Errorf("exit %d, want 1, the missing input named and the failure counted\n%s", res.code, res)
	}
	if docs, fresh, events := e2eSummary(t, res); docs != "1" || fresh != "1" || events == "0" {
		t.Errorf("%s documents, %s new, %s events; want call.txt stored with its events\n%s", docs, fresh, events, res)
	}
	t.Run("SummaryCountsFailedInputs", func(t *testing.T) {
		if !strings.Contains(res.stderr, ", 1 failed") || strings.Count(res.stderr, missing) != 1 {
			t.Errorf("summary should count the unreadable input, and its error name it once\n%s", res)
		}
	})
}

func TestE2EBench(t *testing.T) {
	t.Parallel()
	res := e2eRun{args: []string{"bench", "--duration", "200ms", "--store=false"}}.run(t)
	if res.code != 0 {
		t.Fatalf("exit %d, want 0\n%s", res.code, res)
	}
	for _, re := range []string{`(?m)^corpus: \d+ documents coded`, `(?m)^\s+nlp\s`, `(?m)^\s+actor\s`, `(?m)^\s+coder\s`,
		`(?m)^\s+total\s+[0-9.]+s\s+100%\s+\d+\s+\d+`, `code end to end: \d+ articles/s per core`} {
		if !regexp.MustCompile(re).MatchString(res.stdout) {
			t.Errorf("stdout does not match %s\n%s", re, res)
		}
	}
	if strings.Contains(res.stdout, "store (SQLite") {
		t.Errorf("--store=false still measured the store\n%s", res)
	}
}
