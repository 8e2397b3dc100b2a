package main

// End-to-end tests of the real parley binary: TestMain builds it once, and
// each test runs it as a subprocess in a temporary working directory with a
// temporary HOME and store, checking exit status, stdout and stderr. The
// inputs under testdata/e2e are invented for these tests.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// parleyBin is the binary built by TestMain; empty under -short.
var parleyBin string

func TestMain(m *testing.M) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "parley-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	parleyBin = filepath.Join(dir, "parley")
	build := exec.Command("go", "build", "-o", parleyBin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: go build: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
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

// parley runs the built binary. Its environment is the test's without
// PARLEY_* variables, with HOME in a temporary directory, plus r.env.
func (r e2eRun) run(t *testing.T) e2eResult {
	t.Helper()
	if parleyBin == "" {
		t.Skip("end-to-end: the binary is not built under -short")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, parleyBin, r.args...)
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
	err := cmd.Run()
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

// jsonLines decodes each non-empty line of s as a JSON object.
func jsonLines(t *testing.T, s string) []map[string]any {
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

// hasKeys reports the keys of want missing from v.
func missingKeys(v map[string]any, want ...string) []string {
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
		{"Version", []string{"version"}, nil, 0, []string{"parley "}, nil},
		{"ErrEvalNoGold", []string{"eval", "x.txt"}, nil, 2, nil, []string{"--gold is required"}},
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

// docWant is what one document printed by 'parley docs' must hold.
type docWant struct {
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
	brief := docWant{doc: "brief.txt", title: "Lanterns return to the old harbour", published: "2024-04-03",
		inText: []string{"VALLETTA, April 3, 2024 (Harbour Post) – Fishermen"}}
	page := docWant{doc: "page.html", title: "Port city opens new ferry terminal", published: "2024-04-05",
		inText: []string{"opened a new ferry terminal on Friday", "Local shop owners welcomed"}, notInText: []string{"Copyright", "Sport"}}
	rail := docWant{doc: "https://harbour-post.example/region/2024/04/06/rail-strike-ends", title: "Rail strike ends after pay deal",
		published: "2024-04-06", inText: []string{"Train drivers returned to work"}, notInText: []string{"<p>"}}
	library := docWant{doc: "https://harbour-post.example/region/2024/04/07/library-reopens", title: "Library reopens after flood repairs", published: "2024-04-07"}
	bridge := docWant{doc: "hp-0408-bridge", title: "Old bridge closed for inspection", published: "2024-04-08", inText: []string{"Traffic was diverted"}}
	market := docWant{doc: "hp-0409-market", title: "Farmers' market moves indoors", published: "2024-04-09"}
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		want   []docWant
		stderr []string // one line each, in order
	}{
		{name: "Text", args: []string{e2ePath(t, "docs/brief.txt")}, want: []docWant{brief}},
		{name: "HTML", args: []string{e2ePath(t, "docs/page.html")}, want: []docWant{page}},
		{name: "RSS", args: []string{e2ePath(t, "docs/feed.xml")}, want: []docWant{rail, library}},
		{name: "JSONL", args: []string{e2ePath(t, "docs/records.jsonl")}, want: []docWant{bridge, market}},
		{name: "Stdin", args: []string{"-"}, stdin: "Farmers blocked the ring road with tractors on Monday.\n",
			want: []docWant{{doc: "stdin", inText: []string{"Farmers blocked the ring road with tractors on Monday."}}}},
		{name: "DefaultStdin", stdin: "Farmers blocked the ring road with tractors on Monday.\n",
			want: []docWant{{doc: "stdin", inText: []string{"tractors"}}}},
		{name: "Directory", args: []string{e2ePath(t, "docs")}, want: []docWant{brief, rail, library, page, bridge, market}},
		{name: "ErrBadInputs", args: []string{e2ePath(t, "docs/brief.txt"), empty, blob, missing, e2ePath(t, "bad.jsonl")}, code: 1,
			want: []docWant{brief, {doc: "hp-0410-school", title: "New school term begins", published: "2024-04-10"},
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
			docs := jsonLines(t, res.stdout)
			if len(docs) != len(tt.want) {
				t.Fatalf("%d documents, want %d\n%s", len(docs), len(tt.want), res)
			}
			for i, w := range tt.want {
				checkDoc(t, docs[i], w)
			}
		})
	}
}

// checkDoc checks one JSON line of 'parley docs' against w.
func checkDoc(t *testing.T, d map[string]any, w docWant) {
	t.Helper()
	if miss := missingKeys(d, "id", "doc", "url", "source", "title", "published", "dateline", "lang", "text"); len(miss) > 0 {
		t.Errorf("%s: keys %v missing", w.doc, miss)
	}
	str := func(k string) string { s, _ := d[k].(string); return s }
	if str("doc") != w.doc {
		t.Errorf("doc = %q, want %q", str("doc"), w.doc)
	}
	if len(str("id")) < 8 {
		t.Errorf("%s: id = %q, want a content hash", w.doc, str("id"))
	}
	if w.title != "" && str("title") != w.title {
		t.Errorf("%s: title = %q, want %q", w.doc, str("title"), w.title)
	}
	if w.published != "" && !strings.HasPrefix(str("published"), w.published) {
		t.Errorf("%s: published = %v, want %q", w.doc, d["published"], w.published)
	}
	for _, s := range w.inText {
		if !strings.Contains(str("text"), s) {
			t.Errorf("%s: text lacks %q:\n%s", w.doc, s, str("text"))
		}
	}
	for _, s := range w.notInText {
		if strings.Contains(str("text"), s) {
			t.Errorf("%s: text holds %q:\n%s", w.doc, s, str("text"))
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
