package coder

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugDoc(t *testing.T) {
	path := os.Getenv("DOC")
	if path == "" {
		t.Skip()
	}
	grep := os.Getenv("GREP")
	docs := pipeline(t, []string{path})
	for _, d := range docs {
		fmt.Printf("published=%v dateline=%q titleEnd=%d\n", d.Published, d.Dateline, d.TitleEnd)
		for si, s := range d.Sentences {
			txt := s.Text(d)
			if grep != "" && !strings.Contains(txt, grep) {
				continue
			}
			fmt.Printf("--- S%d %q\n", si, txt)
			for i, tk := range s.Tokens {
				fmt.Printf("  %d %s/%s/%s h=%d %s\n", i, tk.Text, tk.UPOS, tk.Lemma, tk.Head, tk.Deprel)
			}
			for _, m := range d.Mentions {
				if m.Sentence == si {
					var codes []string
					for _, a := range m.Actors {
						codes = append(codes, d.Actors[a].Code+":"+d.Actors[a].Name)
					}
					fmt.Printf("  M[%d,%d) head=%d %q %s %v\n", m.TokenStart, m.TokenEnd, m.Head, m.Text, m.How, codes)
				}
			}
		}
		for _, e := range d.Events {
			src, tgt := "-", "-"
			if e.Source != nil { src = e.Source.Code + "(" + e.Source.Text + ")" }
			if e.Target != nil { tgt = e.Target.Code + "(" + e.Target.Text + ")" }
			if grep != "" && !strings.Contains(e.Sentence, grep) { continue }
			fmt.Printf("EV %s %s→%s %q %s %s %s mod=%s place=%v\n", e.CAMEO, src, tgt, e.Trigger, e.Rule, e.Date, e.DateSource, e.Modality, e.Place)
		}
		for _, c := range d.Claims {
			fmt.Printf("CL %s %d %q since=%s place=%v %q\n", c.What, c.Count, c.Qualifier, c.Since, c.Place, c.Trigger)
		}
	}
}
