package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"parley"
	"parley/sqlite"
)

// storeStats opens the SQLite store at path and returns its counts and
// the mention counts of all its events.
func storeStats(t *testing.T, path string) (parley.StoreStats, []int) {
	t.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(context.Background(), parley.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var counts []int
	for _, e := range evs {
		counts = append(counts, e.NumMentions*10000+e.NumArticles*100+e.NumSources)
	}
	return st, counts
}

func TestIngestSample(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	_, stderr, err := runMain(t, "", "ingest", "--db", db)
	if err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	if !strings.Contains(stderr, "sample corpus") || !strings.Contains(stderr, "ingest: ") {
		t.Errorf("stderr = %q, want the sample-corpus note and a summary", stderr)
	}
	first, _ := storeStats(t, db)
	if first.Documents == 0 || first.Events == 0 {
		t.Fatalf("after ingesting the sample: %+v, want documents and events", first)
	}
	_, stderr, err = runMain(t, "", "ingest", "--db", db)
	if err != nil || !strings.Contains(stderr, "(0 new,") {
		t.Errorf("second ingest: %v, stderr %q; want nothing new", err, stderr)
	}
	if again, _ := storeStats(t, db); again != first {
		t.Errorf("after re-ingest %+v, want %+v", again, first)
	}
	for _, format := range []string{"table", "csv", "jsonl", "gdelt", "plover"} {
		out, stderr, err := runMain(t, "", "events", "--db", db, "--modality", "all", "--format", format)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		want := first.Events
		if format == "table" || format == "csv" {
			want++ // header
		}
		if err != nil || len(lines) != want {
			t.Errorf("events --format %s: %v %s; %d lines, want %d", format, err, stderr, len(lines), want)
		}
		if format == "gdelt" && len(strings.Split(lines[0], "\t")) != 61 {
			t.Errorf("gdelt row has %d columns, want 61", len(strings.Split(lines[0], "\t")))
		}
	}
	for _, args := range [][]string{{"dyads", "--db", db}, {"dyads", "--db", db, "--since", "2024", "--format", "csv"},
		{"actors", "--db", db}, {"events", "--db", db, "--q", "minister*", "--format", "jsonl", "--mentions"}} {
		if out, stderr, err := runMain(t, "", args...); err != nil || out == "" {
			t.Errorf("%v: %v %s; output %q", args, err, stderr, out)
		}
	}
	for _, args := range [][]string{
		{"events", "--db", filepath.Join(t.TempDir(), "missing.db")},
		{"events", "--db", db, "--since", "May 2024"},
		{"events", "--db", db, "--quad", "7"},
		{"events", "--db", db, "--format", "xml"},
		{"dyads", "--db", db, "--format", "gdelt"},
	} {
		if _, _, err := runMain(t, "", args...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

func TestIngestSeedsTwice(t *testing.T) {
	seeds := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("seed articles not found at %s", seeds)
	}
	db := filepath.Join(t.TempDir(), "p.db")
	if _, stderr, err := runMain(t, "", "ingest", "--db", db, seeds); err != nil {
		t.Fatalf("ingest seeds: %v\n%s", err, stderr)
	}
	first, firstCounts := storeStats(t, db)
	if _, stderr, err := runMain(t, "", "ingest", "--db", db, seeds); err != nil {
		t.Fatalf("ingest seeds again: %v\n%s", err, stderr)
	}
	again, againCounts := storeStats(t, db)
	if again != first || fmt.Sprint(againCounts) != fmt.Sprint(firstCounts) {
		t.Errorf("after re-ingesting the seeds %+v %v, want %+v %v", again, againCounts, first, firstCounts)
	}
}

// TestIngestKill kills a real ingest with SIGKILL midway, resumes it, and
// checks that the store equals one uninterrupted run: nothing lost, nothing
// doubled.
func TestIngestKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and ingests a generated corpus")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "parley")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpus := filepath.Join(dir, "corpus")
	writeCorpus(t, corpus, 600)
	ingest := func(db string) *exec.Cmd {
		cmd := exec.Command(bin, "ingest", "--workers", "2", "--db", db, corpus)
		cmd.Env = append(os.Environ(), "PARLEY_DB=")
		return cmd
	}
	clean := filepath.Join(dir, "clean.db")
	if out, err := ingest(clean).CombinedOutput(); err != nil {
		if strings.Contains(string(out), "not wired") {
			t.Skipf("the pipeline is not wired yet: %s", out)
		}
		t.Fatalf("clean ingest: %v\n%s", err, out)
	}
	want, wantCounts := storeStats(t, clean)
	if want.Documents != 600 || want.Events == 0 {
		t.Fatalf("clean run stored %+v; want 600 documents and some events", want)
	}

	killed := filepath.Join(dir, "killed.db")
	cmd := ingest(killed)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stored := waitForDocuments(t, killed, want.Documents/4)
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	part, _ := storeStats(t, killed)
	if part.Documents >= want.Documents {
		t.Skipf("ingest finished (%d documents) before it could be killed", part.Documents)
	}
	t.Logf("killed after %d documents (%d seen while polling)", part.Documents, stored)
	if out, err := ingest(killed).CombinedOutput(); err != nil {
		t.Fatalf("resumed ingest: %v\n%s", err, out)
	}
	got, gotCounts := storeStats(t, killed)
	if got != want {
		t.Errorf("after kill and resume %+v, want %+v", got, want)
	}
	if fmt.Sprint(gotCounts) != fmt.Sprint(wantCounts) {
		t.Errorf("event mention/article/source counts differ after kill and resume")
	}
}

// waitForDocuments polls the store at path until it holds at least n
// documents, and returns the count seen.
func waitForDocuments(t *testing.T, path string, n int) int {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		if _, err := os.Stat(path); err != nil {
			continue
		}
		s, err := sqlite.Open(context.Background(), path)
		if err != nil {
			continue
		}
		st, err := s.Stats(context.Background())
		s.Close()
		if err == nil && st.Documents >= n {
			return st.Documents
		}
	}
	t.Fatalf("ingest stored fewer than %d documents in 2 minutes", n)
	return 0
}

// writeCorpus writes n short invented reports of contacts between countries,
// several of them about the same meeting.
func writeCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	countries := []string{"Pakistan", "Iran", "India", "China", "Turkey", "Egypt", "Kenya", "Ethiopia", "Brazil", "Germany", "France", "Japan"}
	verbs := []string{
		"%s and %s agreed to expand trade and energy cooperation",
		"%s accused %s of violating the ceasefire along the border",
		"%s hosted talks with %s on regional security",
		"%s condemned %s for the missile test",
		"%s signed a defence agreement with %s",
		"%s urged %s to release the detained sailors",
	}
	for i := range n {
		a := countries[i%len(countries)]
		b := countries[(i/len(countries)+i+1)%len(countries)]
		if a == b {
			b = countries[(i+5)%len(countries)]
		}
		v := fmt.Sprintf(verbs[(i/3)%len(verbs)], a, b)
		day := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i/20)
		text := fmt.Sprintf("%s\n\n%s on %s, officials said in statement number %d.\n\nThe two governments are expected to meet again next month.\n",
			v, v, day.Format("January 2, 2006"), i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("report-%04d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
