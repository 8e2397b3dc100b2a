package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runMain(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Getenv: func(string) string { return "" }}
	err = m.Run(context.Background(), args)
	return out.String(), errb.String(), err
}

func TestEvalCoded(t *testing.T) {
	gold := filepath.Join("testdata", "eval", "gold.jsonl")
	coded := filepath.Join("testdata", "eval", "coded.jsonl")
	tests := []struct {
		name    string
		args    []string
		stdin   string
		wantErr string
		golden  string
	}{
		{"OK", []string{"--coded", coded}, "", "", "eval/report.txt"},
		{"Verbose", []string{"-v", "--coded", coded}, "", "", "eval/report-v.txt"},
		{"Stdin", []string{"--coded", "-"}, "", "", ""},
		{"ErrGate", []string{"--coded", coded, "--min-recall", "0.95", "--min-precision", "0.5", "--min-claims", "1"}, "", "eval: event recall 0.500 is below --min-recall 0.950; claim recall 0.500 is below --min-claims 1.000", ""},
		{"GatePasses", []string{"--coded", coded, "--min-recall", "0.5", "--min-precision", "0.6", "--min-actors", "0.75"}, "", "", ""},
		{"ErrCodedFile", []string{"--coded", "testdata/eval/nope.jsonl"}, "", "coded: open testdata/eval/nope.jsonl", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin := tt.stdin
			if tt.name == "Stdin" {
				b, _ := os.ReadFile(coded)
				stdin = string(b)
			}
			out, _, err := runMain(t, stdin, append([]string{"eval", "--gold", gold}, tt.args...)...)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("err = %v", err)
			case tt.wantErr != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.wantErr)):
				t.Fatalf("err = %v, want prefix %q", err, tt.wantErr)
			}
			if !strings.HasSuffix(out, "events: recall=0.500 (3/6) precision=0.667 (6/9) f1=0.571\nactors: 3/4\nclaims: 1/2\n") && tt.wantErr == "" {
				t.Errorf("report does not end with the summary:\n%s", out)
			}
			if tt.golden != "" {
				golden(t, tt.golden, []byte(out))
			}
		})
	}
}

func TestEvalUsage(t *testing.T) {
	gold := filepath.Join("testdata", "eval", "gold.jsonl")
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"ErrNoGold", []string{"--coded", "x"}, "--gold is required"},
		{"ErrNoInputs", []string{"--gold", gold}, "no inputs"},
		{"ErrBoth", []string{"--gold", gold, "--coded", "x", "a.txt"}, "not both"},
		{"ErrThreshold", []string{"--gold", gold, "--coded", "x", "--min-recall", "95"}, "--min-recall 95: want a number from 0 to 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, err := runMain(t, "", append([]string{"eval"}, tt.args...)...)
			if err != errUsage || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("err = %v, stderr %q; want usage error mentioning %q", err, stderr, tt.stderr)
			}
		})
	}
	_, _, err := runMain(t, "", "eval", "--gold", "testdata/eval/missing.jsonl", "--coded", "x")
	if err == nil || !strings.Contains(err.Error(), "missing.jsonl") {
		t.Errorf("missing gold file: err = %v", err)
	}
}

// TestEvalSeeds codes the seed articles and scores them against their gold,
// once the pipeline is wired; it logs the scores (CI gates them through
// 'parley eval --min-*').
func TestEvalSeeds(t *testing.T) {
	seeds := filepath.Join("..", "..", "..", "shared", "seeds")
	gold := filepath.Join("..", "..", "..", "shared", "gold", "seeds.jsonl")
	if _, err := os.Stat(gold); err != nil {
		t.Skipf("seeds absent (%v)", err)
	}
	if _, err := (&Main{}).newPipeline(); err != nil {
		t.Skipf("pipeline not available: %v", err)
	}
	out, _, err := runMain(t, "", "eval", "--gold", gold, seeds)
	if err != nil {
		t.Fatalf("eval: %v\n%s", err, out)
	}
	t.Logf("seeds:\n%s", out)
}
