package nlp

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"parley"
)

// TreebankSentence is one sentence of a CoNLL-U file: its syntactic words
// (as parley.Tokens: FORM in Text, UPOS, XPOS, LEMMA, HEAD as a 0-based
// index or -1 for the root, DEPREL, and SpaceAfter from MISC), its raw
// "# text" and the multiword tokens that group words on the surface.
type TreebankSentence struct {
	ID     string
	Text   string
	NewDoc bool
	NewPar bool
	Words  []parley.Token
	// Misc holds each word's MISC column as read, so that a rewritten file
	// keeps it.
	Misc []string
	// Multiword lists the multiword token lines ("1-2 don't").
	Multiword []Multiword
	// Comments are extra comment lines written after "# text" (without the
	// leading "# "), such as "start = 10".
	Comments []string
}

// Multiword is a CoNLL-U multiword token spanning words First..Last
// (0-based, inclusive).
type Multiword struct {
	First, Last int
	Form, Misc  string
}

// ReadCoNLLU reads every sentence of a CoNLL-U stream; name labels errors.
// Empty nodes (decimal IDs) are skipped; enhanced dependencies and
// features are ignored.
func ReadCoNLLU(r io.Reader, name string) ([]TreebankSentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var (
		out  []TreebankSentence
		cur  TreebankSentence
		line int
	)
	flush := func() error {
		if len(cur.Words) == 0 && len(cur.Multiword) == 0 {
			cur = TreebankSentence{NewDoc: cur.NewDoc, NewPar: cur.NewPar}
			return nil
		}
		for i, w := range cur.Words {
			if w.Head < -1 || w.Head >= len(cur.Words) {
				return fmt.Errorf("%s:%d: word %d of sentence %q has head %d outside the sentence", name, line, i+1, cur.ID, w.Head+1)
			}
		}
		out = append(out, cur)
		cur = TreebankSentence{}
		return nil
	}
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(s) == "":
			if err := flush(); err != nil {
				return nil, err
			}
		case strings.HasPrefix(s, "#"):
			readComment(&cur, s)
		default:
			if err := readWordLine(&cur, s); err != nil {
				return nil, fmt.Errorf("%s:%d: %v", name, line, err)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

func readComment(cur *TreebankSentence, s string) {
	key, val, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(s, "#")), "=")
	key = strings.TrimSpace(key)
	switch {
	case strings.HasPrefix(key, "newdoc"):
		cur.NewDoc = true
	case strings.HasPrefix(key, "newpar"):
		cur.NewPar = true
	case ok && key == "sent_id":
		cur.ID = strings.TrimSpace(val)
	case ok && key == "text":
		cur.Text = strings.TrimSpace(val)
	}
}

func readWordLine(cur *TreebankSentence, s string) error {
	f := strings.Split(s, "\t")
	if len(f) != 10 {
		return fmt.Errorf("want 10 tab-separated columns, got %d", len(f))
	}
	id := f[0]
	if strings.Contains(id, ".") {
		return nil // empty node of the enhanced graph
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return fmt.Errorf("bad multiword token ID %q", id)
		}
		cur.Multiword = append(cur.Multiword, Multiword{First: first - 1, Last: last - 1, Form: f[1], Misc: f[9]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(cur.Words)+1 {
		return fmt.Errorf("word ID %q: want %d", id, len(cur.Words)+1)
	}
	head := -1
	if f[6] != "_" {
		h, err := strconv.Atoi(f[6])
		if err != nil || h < 0 {
			return fmt.Errorf("word %s: bad HEAD %q", id, f[6])
		}
		head = h - 1
	}
	tok := parley.Token{Text: f[1], Lemma: blank(f[2]), UPOS: blank(f[3]), XPOS: blank(f[4]),
		Head: head, Deprel: blank(f[7]), SpaceAfter: !strings.Contains(f[9], "SpaceAfter=No")}
	cur.Words = append(cur.Words, tok)
	cur.Misc = append(cur.Misc, f[9])
	return nil
}

func blank(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

func under(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// WriteCoNLLU writes sentences in CoNLL-U, with their multiword tokens and
// MISC columns; FEATS and DEPS are written as "_".
func WriteCoNLLU(w io.Writer, sents []TreebankSentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		if s.NewDoc {
			bw.WriteString("# newdoc\n")
		}
		if s.NewPar {
			bw.WriteString("# newpar\n")
		}
		if s.ID != "" {
			fmt.Fprintf(bw, "# sent_id = %s\n", s.ID)
		}
		if s.Text != "" {
			fmt.Fprintf(bw, "# text = %s\n", s.Text)
		}
		for _, c := range s.Comments {
			fmt.Fprintf(bw, "# %s\n", c)
		}
		mw := 0
		for i, t := range s.Words {
			for mw < len(s.Multiword) && s.Multiword[mw].First == i {
				m := s.Multiword[mw]
				fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First+1, m.Last+1, m.Form, under(m.Misc))
				mw++
			}
			misc := "_"
			if i < len(s.Misc) {
				misc = under(s.Misc[i])
			} else if !t.SpaceAfter {
				misc = "SpaceAfter=No"
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t%s\n", i+1, t.Text, under(t.Lemma),
				under(t.UPOS), under(t.XPOS), t.Head+1, under(t.Deprel), misc)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// DocumentSentences converts an annotated document's sentences for
// WriteCoNLLU: the sentence ID is doc.Doc plus a number, comments give the
// sentence's byte range in doc.Text ("start = 0", "end = 42"), and each
// word's MISC its own (TokenRange=start:end, as UDPipe writes it, plus
// SpaceAfter=No).
func DocumentSentences(doc *parley.Document) []TreebankSentence {
	out := make([]TreebankSentence, len(doc.Sentences))
	for i, s := range doc.Sentences {
		ts := TreebankSentence{
			ID:       fmt.Sprintf("%s-%d", doc.Doc, i+1),
			Text:     strings.Join(strings.Fields(s.Text(doc)), " "),
			NewDoc:   i == 0,
			Words:    s.Tokens,
			Comments: []string{fmt.Sprintf("start = %d", s.Start), fmt.Sprintf("end = %d", s.End)},
		}
		for _, t := range s.Tokens {
			misc := fmt.Sprintf("TokenRange=%d:%d", t.Start, t.End)
			if !t.SpaceAfter {
				misc += "|SpaceAfter=No"
			}
			ts.Misc = append(ts.Misc, misc)
		}
		out[i] = ts
	}
	return out
}
