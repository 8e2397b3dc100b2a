package nlp

import (
	_ "embed"
	"sort"
	"strings"
	"sync"

	"parley"
)

// SentenceSplitter tokenizes text and splits it into sentences, with the
// learned boundary classifier when it has a model and with the rules
// alone otherwise.
type SentenceSplitter struct {
	model *sentModel // nil: rules only
}

// NewSentenceSplitter returns a splitter using the sentence model in data
// (as written by TrainSentenceModel); empty data gives the rule splitter.
func NewSentenceSplitter(data []byte) (*SentenceSplitter, error) {
	if len(data) == 0 {
		return &SentenceSplitter{}, nil
	}
	m, err := readSentModel(data)
	if err != nil {
		return nil, err
	}
	return &SentenceSplitter{model: m}, nil
}

//go:embed model/en_ewt_sent.model
var embeddedSentModel []byte

var (
	sentOnce     sync.Once
	sentSplitter *SentenceSplitter
)

// defaultSplitter returns the splitter with the embedded sentence model,
// loading it on first use. A model that does not load leaves the rules
// (TestEmbeddedSentModel guards against that).
func defaultSplitter() *SentenceSplitter {
	sentOnce.Do(func() {
		s, err := NewSentenceSplitter(embeddedSentModel)
		if err != nil {
			s = &SentenceSplitter{}
		}
		sentSplitter = s
	})
	return sentSplitter
}

// Tokenize splits text into sentences and tokens, keeping every token's
// byte offsets into text. A blank line always ends a sentence.
func (s *SentenceSplitter) Tokenize(text string) []parley.Sentence {
	var out []parley.Sentence
	var spans []span
	for _, p := range paragraphs(text) {
		spans = spans[:0]
		for _, c := range chunks(text, p.start, p.end) {
			spans = splitChunk(text, c.start, c.end, spans)
		}
		if len(spans) == 0 {
			continue
		}
		var sents [][]span
		if s.model != nil {
			sents = s.model.splitModel(text, spans)
		} else {
			sents = splitSentences(text, spans)
		}
		for _, sp := range sents {
			out = append(out, makeSentence(text, sp))
		}
	}
	return out
}

// SplitScore is the sentence-split precision, recall and F1 of one genre
// (or of all sentences, Genre "all").
type SplitScore struct {
	Genre                 string
	Sentences             int
	Precision, Recall, F1 float64
}

// Score splits the raw text of gold (see RawText) and scores the sentence
// spans, overall and per genre (the sentence ID up to its first "-", as
// in "email-enronsent…" of UD English EWT). The overall score comes first.
func (s *SentenceSplitter) Score(gold []TreebankSentence) []SplitScore {
	text, want := RawText(gold)
	genreAt := map[[2]int]string{}
	type count struct{ got, want, match int }
	counts := map[string]*count{"all": {}}
	add := func(g string, f func(c *count)) {
		f(counts["all"])
		if g == "" {
			return
		}
		if counts[g] == nil {
			counts[g] = &count{}
		}
		f(counts[g])
	}
	genres := make([]string, len(gold))
	for i, sp := range want {
		g, _, _ := strings.Cut(gold[i].ID, "-")
		if g == gold[i].ID {
			g = ""
		}
		genres[i] = g
		if sp[1] > sp[0] {
			genreAt[sp] = g
			add(g, func(c *count) { c.want++ })
		}
	}
	// A predicted sentence counts for the genre of the gold sentence it
	// starts in.
	got := s.Tokenize(text)
	k := 0
	for _, p := range got {
		for k+1 < len(want) && want[k+1][0] <= p.Start {
			k++
		}
		g := ""
		if k < len(genres) {
			g = genres[k]
		}
		add(g, func(c *count) { c.got++ })
		if _, ok := genreAt[[2]int{p.Start, p.End}]; ok {
			add(g, func(c *count) { c.match++ })
		}
	}
	var out []SplitScore
	for g, c := range counts {
		sc := SplitScore{Genre: g, Sentences: c.want}
		if c.got > 0 && c.want > 0 {
			sc.Precision = float64(c.match) / float64(c.got)
			sc.Recall = float64(c.match) / float64(c.want)
			if c.match > 0 {
				sc.F1 = 2 * sc.Precision * sc.Recall / (sc.Precision + sc.Recall)
			}
		}
		out = append(out, sc)
	}
	sort.Slice(out, func(i, j int) bool {
		if (out[i].Genre == "all") != (out[j].Genre == "all") {
			return out[i].Genre == "all"
		}
		return out[i].Genre < out[j].Genre
	})
	return out
}
